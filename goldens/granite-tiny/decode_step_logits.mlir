// emit arch=granite-tiny graph=decode_step_logits precision=f32 capacity=64 batch=1 quant=none
module @decode_step_logits {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg16: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg17: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg18: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg19: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg21: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg22: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg23: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg24: tensor<16xf32> loc("model.norm.weight")) -> (tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 1.000000e-01, 0.00999999977, 1.000000e-03]> : tensor<4xf32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<1x4xf32>
    %7 = stablehlo.cosine %6 : tensor<1x4xf32>
    %8 = stablehlo.sine %6 : tensor<1x4xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %11 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %12 = "stablehlo.gather"(%arg5, %11) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<1x1xi32>) -> tensor<1x16xf32>
    %cst_0 = stablehlo.constant dense<1.200000e+01> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %14 = stablehlo.multiply %12, %13 : tensor<1x16xf32>
    %15 = stablehlo.multiply %14, %14 : tensor<1x16xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.reduce(%15 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_2 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %18 = stablehlo.divide %16, %17 : tensor<1xf32>
    %cst_3 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %20 = stablehlo.add %18, %19 : tensor<1xf32>
    %21 = stablehlo.rsqrt %20 : tensor<1xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %23 = stablehlo.multiply %14, %22 : tensor<1x16xf32>
    %24 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %25 = stablehlo.multiply %23, %24 : tensor<1x16xf32>
    %26 = stablehlo.dot_general %25, %arg7, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %27 = stablehlo.dot_general %25, %arg8, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %28 = stablehlo.dot_general %25, %arg9, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %29 = stablehlo.reshape %26 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %30 = stablehlo.slice %29 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %31 = stablehlo.slice %29 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %32 = stablehlo.negate %31 : tensor<1x2x4xf32>
    %33 = stablehlo.concatenate %32, %30, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %34 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %35 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %36 = stablehlo.multiply %29, %34 : tensor<1x2x8xf32>
    %37 = stablehlo.multiply %33, %35 : tensor<1x2x8xf32>
    %38 = stablehlo.add %36, %37 : tensor<1x2x8xf32>
    %39 = stablehlo.reshape %27 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %40 = stablehlo.slice %39 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %41 = stablehlo.slice %39 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %42 = stablehlo.negate %41 : tensor<1x1x4xf32>
    %43 = stablehlo.concatenate %42, %40, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %44 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %45 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %46 = stablehlo.multiply %39, %44 : tensor<1x1x8xf32>
    %47 = stablehlo.multiply %43, %45 : tensor<1x1x8xf32>
    %48 = stablehlo.add %46, %47 : tensor<1x1x8xf32>
    %49 = stablehlo.reshape %28 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %50 = stablehlo.reshape %48 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %51 = stablehlo.dynamic_update_slice %arg3, %50, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %52 = stablehlo.reshape %49 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %53 = stablehlo.dynamic_update_slice %arg4, %52, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %54 = stablehlo.slice %51 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %55 = stablehlo.slice %53 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %56 = stablehlo.reshape %38 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %57 = stablehlo.dot_general %56, %54, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_4 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %59 = stablehlo.multiply %57, %58 : tensor<1x1x2x64xf32>
    %60 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %61 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %62 = stablehlo.compare  LE, %61, %60,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %64 = stablehlo.select %62, %59, %63 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %65 = stablehlo.reduce(%64 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %66 = stablehlo.broadcast_in_dim %65, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %67 = stablehlo.subtract %64, %66 : tensor<1x1x2x64xf32>
    %68 = stablehlo.exponential %67 : tensor<1x1x2x64xf32>
    %69 = stablehlo.reduce(%68 init: %cst_1) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %71 = stablehlo.divide %68, %70 : tensor<1x1x2x64xf32>
    %72 = stablehlo.dot_general %71, %55, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %74 = stablehlo.dot_general %73, %arg10, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %cst_6 = stablehlo.constant dense<2.200000e-01> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %76 = stablehlo.multiply %74, %75 : tensor<1x16xf32>
    %77 = stablehlo.add %14, %76 : tensor<1x16xf32>
    %78 = stablehlo.multiply %77, %77 : tensor<1x16xf32>
    %79 = stablehlo.reduce(%78 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %80 = stablehlo.divide %79, %17 : tensor<1xf32>
    %81 = stablehlo.add %80, %19 : tensor<1xf32>
    %82 = stablehlo.rsqrt %81 : tensor<1xf32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %84 = stablehlo.multiply %77, %83 : tensor<1x16xf32>
    %85 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %86 = stablehlo.multiply %84, %85 : tensor<1x16xf32>
    %87 = stablehlo.dot_general %86, %arg12, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %88 = stablehlo.dot_general %86, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %89 = stablehlo.logistic %87 : tensor<1x32xf32>
    %90 = stablehlo.multiply %87, %89 : tensor<1x32xf32>
    %91 = stablehlo.multiply %90, %88 : tensor<1x32xf32>
    %92 = stablehlo.dot_general %91, %arg14, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %93 = stablehlo.multiply %92, %75 : tensor<1x16xf32>
    %94 = stablehlo.add %77, %93 : tensor<1x16xf32>
    %95 = stablehlo.multiply %94, %94 : tensor<1x16xf32>
    %96 = stablehlo.reduce(%95 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %97 = stablehlo.divide %96, %17 : tensor<1xf32>
    %98 = stablehlo.add %97, %19 : tensor<1xf32>
    %99 = stablehlo.rsqrt %98 : tensor<1xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %101 = stablehlo.multiply %94, %100 : tensor<1x16xf32>
    %102 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %103 = stablehlo.multiply %101, %102 : tensor<1x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %104 = stablehlo.dot_general %103, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %105 = stablehlo.dot_general %103, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %106 = stablehlo.dot_general %103, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %107 = stablehlo.reshape %104 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %108 = stablehlo.slice %107 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %109 = stablehlo.slice %107 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %110 = stablehlo.negate %109 : tensor<1x2x4xf32>
    %111 = stablehlo.concatenate %110, %108, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %112 = stablehlo.multiply %107, %34 : tensor<1x2x8xf32>
    %113 = stablehlo.multiply %111, %35 : tensor<1x2x8xf32>
    %114 = stablehlo.add %112, %113 : tensor<1x2x8xf32>
    %115 = stablehlo.reshape %105 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %116 = stablehlo.slice %115 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %117 = stablehlo.slice %115 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %118 = stablehlo.negate %117 : tensor<1x1x4xf32>
    %119 = stablehlo.concatenate %118, %116, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %120 = stablehlo.multiply %115, %44 : tensor<1x1x8xf32>
    %121 = stablehlo.multiply %119, %45 : tensor<1x1x8xf32>
    %122 = stablehlo.add %120, %121 : tensor<1x1x8xf32>
    %123 = stablehlo.reshape %106 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %124 = stablehlo.reshape %122 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %125 = stablehlo.dynamic_update_slice %51, %124, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %126 = stablehlo.reshape %123 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %127 = stablehlo.dynamic_update_slice %53, %126, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %128 = stablehlo.slice %125 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %129 = stablehlo.slice %127 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %130 = stablehlo.reshape %114 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %131 = stablehlo.dot_general %130, %128, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %132 = stablehlo.multiply %131, %58 : tensor<1x1x2x64xf32>
    %133 = stablehlo.select %62, %132, %63 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %134 = stablehlo.reduce(%133 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %136 = stablehlo.subtract %133, %135 : tensor<1x1x2x64xf32>
    %137 = stablehlo.exponential %136 : tensor<1x1x2x64xf32>
    %138 = stablehlo.reduce(%137 init: %cst_1) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %140 = stablehlo.divide %137, %139 : tensor<1x1x2x64xf32>
    %141 = stablehlo.dot_general %140, %129, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %142 = stablehlo.reshape %141 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %143 = stablehlo.dot_general %142, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %144 = stablehlo.multiply %143, %75 : tensor<1x16xf32>
    %145 = stablehlo.add %94, %144 : tensor<1x16xf32>
    %146 = stablehlo.multiply %145, %145 : tensor<1x16xf32>
    %147 = stablehlo.reduce(%146 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %148 = stablehlo.divide %147, %17 : tensor<1xf32>
    %149 = stablehlo.add %148, %19 : tensor<1xf32>
    %150 = stablehlo.rsqrt %149 : tensor<1xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %152 = stablehlo.multiply %145, %151 : tensor<1x16xf32>
    %153 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %154 = stablehlo.multiply %152, %153 : tensor<1x16xf32>
    %155 = stablehlo.dot_general %154, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %156 = stablehlo.dot_general %154, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %157 = stablehlo.logistic %155 : tensor<1x32xf32>
    %158 = stablehlo.multiply %155, %157 : tensor<1x32xf32>
    %159 = stablehlo.multiply %158, %156 : tensor<1x32xf32>
    %160 = stablehlo.dot_general %159, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %161 = stablehlo.multiply %160, %75 : tensor<1x16xf32>
    %162 = stablehlo.add %145, %161 : tensor<1x16xf32>
    %163 = stablehlo.multiply %162, %162 : tensor<1x16xf32>
    %164 = stablehlo.reduce(%163 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %165 = stablehlo.divide %164, %17 : tensor<1xf32>
    %166 = stablehlo.add %165, %19 : tensor<1xf32>
    %167 = stablehlo.rsqrt %166 : tensor<1xf32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %169 = stablehlo.multiply %162, %168 : tensor<1x16xf32>
    %170 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %171 = stablehlo.multiply %169, %170 : tensor<1x16xf32>
    %172 = stablehlo.dot_general %171, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %cst_7 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %174 = stablehlo.divide %172, %173 : tensor<1x32xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x32xf32>) -> tensor<32xf32>
    return %175, %125, %127 : tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
