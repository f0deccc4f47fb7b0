// emit arch=mistral-tiny graph=decode_step_logits precision=f32 capacity=64 batch=1 quant=none
module @decode_step_logits {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg16: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg17: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg18: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg19: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg21: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg22: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg23: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg24: tensor<16xf32> loc("model.norm.weight"), %arg25: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0316227749, 1.000000e-03, 3.16227779E-5]> : tensor<4xf32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<1x4xf32>
    %7 = stablehlo.cosine %6 : tensor<1x4xf32>
    %8 = stablehlo.sine %6 : tensor<1x4xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %11 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %12 = "stablehlo.gather"(%arg5, %11) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<1x1xi32>) -> tensor<1x16xf32>
    %13 = stablehlo.multiply %12, %12 : tensor<1x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.reduce(%13 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %16 = stablehlo.divide %14, %15 : tensor<1xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %18 = stablehlo.add %16, %17 : tensor<1xf32>
    %19 = stablehlo.rsqrt %18 : tensor<1xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %21 = stablehlo.multiply %12, %20 : tensor<1x16xf32>
    %22 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %23 = stablehlo.multiply %21, %22 : tensor<1x16xf32>
    %24 = stablehlo.dot_general %23, %arg7, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %25 = stablehlo.dot_general %23, %arg8, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %26 = stablehlo.dot_general %23, %arg9, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %27 = stablehlo.reshape %24 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %28 = stablehlo.slice %27 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %29 = stablehlo.slice %27 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %30 = stablehlo.negate %29 : tensor<1x2x4xf32>
    %31 = stablehlo.concatenate %30, %28, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %32 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %33 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %34 = stablehlo.multiply %27, %32 : tensor<1x2x8xf32>
    %35 = stablehlo.multiply %31, %33 : tensor<1x2x8xf32>
    %36 = stablehlo.add %34, %35 : tensor<1x2x8xf32>
    %37 = stablehlo.reshape %25 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %38 = stablehlo.slice %37 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %39 = stablehlo.slice %37 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %40 = stablehlo.negate %39 : tensor<1x1x4xf32>
    %41 = stablehlo.concatenate %40, %38, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %42 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %43 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %44 = stablehlo.multiply %37, %42 : tensor<1x1x8xf32>
    %45 = stablehlo.multiply %41, %43 : tensor<1x1x8xf32>
    %46 = stablehlo.add %44, %45 : tensor<1x1x8xf32>
    %47 = stablehlo.reshape %26 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %48 = stablehlo.reshape %46 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %49 = stablehlo.dynamic_update_slice %arg3, %48, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %50 = stablehlo.reshape %47 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %51 = stablehlo.dynamic_update_slice %arg4, %50, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %52 = stablehlo.slice %49 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %53 = stablehlo.slice %51 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %54 = stablehlo.reshape %36 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %55 = stablehlo.dot_general %54, %52, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %57 = stablehlo.multiply %55, %56 : tensor<1x1x2x64xf32>
    %58 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %59 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %60 = stablehlo.compare  LE, %59, %58,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %61 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x1x2x64xi32>
    %62 = stablehlo.subtract %58, %61 : tensor<1x1x2x64xi32>
    %63 = stablehlo.compare  GT, %59, %62,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %64 = stablehlo.and %60, %63 : tensor<1x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %66 = stablehlo.select %64, %57, %65 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %67 = stablehlo.reduce(%66 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %69 = stablehlo.subtract %66, %68 : tensor<1x1x2x64xf32>
    %70 = stablehlo.exponential %69 : tensor<1x1x2x64xf32>
    %71 = stablehlo.reduce(%70 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %72 = stablehlo.broadcast_in_dim %71, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %73 = stablehlo.divide %70, %72 : tensor<1x1x2x64xf32>
    %74 = stablehlo.dot_general %73, %53, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %76 = stablehlo.dot_general %75, %arg10, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %77 = stablehlo.add %12, %76 : tensor<1x16xf32>
    %78 = stablehlo.multiply %77, %77 : tensor<1x16xf32>
    %79 = stablehlo.reduce(%78 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %80 = stablehlo.divide %79, %15 : tensor<1xf32>
    %81 = stablehlo.add %80, %17 : tensor<1xf32>
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
    %93 = stablehlo.add %77, %92 : tensor<1x16xf32>
    %94 = stablehlo.multiply %93, %93 : tensor<1x16xf32>
    %95 = stablehlo.reduce(%94 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %96 = stablehlo.divide %95, %15 : tensor<1xf32>
    %97 = stablehlo.add %96, %17 : tensor<1xf32>
    %98 = stablehlo.rsqrt %97 : tensor<1xf32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %100 = stablehlo.multiply %93, %99 : tensor<1x16xf32>
    %101 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %102 = stablehlo.multiply %100, %101 : tensor<1x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %103 = stablehlo.dot_general %102, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %104 = stablehlo.dot_general %102, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %105 = stablehlo.dot_general %102, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %106 = stablehlo.reshape %103 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %107 = stablehlo.slice %106 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %108 = stablehlo.slice %106 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %109 = stablehlo.negate %108 : tensor<1x2x4xf32>
    %110 = stablehlo.concatenate %109, %107, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %111 = stablehlo.multiply %106, %32 : tensor<1x2x8xf32>
    %112 = stablehlo.multiply %110, %33 : tensor<1x2x8xf32>
    %113 = stablehlo.add %111, %112 : tensor<1x2x8xf32>
    %114 = stablehlo.reshape %104 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %115 = stablehlo.slice %114 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %116 = stablehlo.slice %114 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %117 = stablehlo.negate %116 : tensor<1x1x4xf32>
    %118 = stablehlo.concatenate %117, %115, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %119 = stablehlo.multiply %114, %42 : tensor<1x1x8xf32>
    %120 = stablehlo.multiply %118, %43 : tensor<1x1x8xf32>
    %121 = stablehlo.add %119, %120 : tensor<1x1x8xf32>
    %122 = stablehlo.reshape %105 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %123 = stablehlo.reshape %121 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %124 = stablehlo.dynamic_update_slice %49, %123, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %125 = stablehlo.reshape %122 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %126 = stablehlo.dynamic_update_slice %51, %125, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %127 = stablehlo.slice %124 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %128 = stablehlo.slice %126 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %129 = stablehlo.reshape %113 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %130 = stablehlo.dot_general %129, %127, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %131 = stablehlo.multiply %130, %56 : tensor<1x1x2x64xf32>
    %132 = stablehlo.select %64, %131, %65 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %133 = stablehlo.reduce(%132 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %135 = stablehlo.subtract %132, %134 : tensor<1x1x2x64xf32>
    %136 = stablehlo.exponential %135 : tensor<1x1x2x64xf32>
    %137 = stablehlo.reduce(%136 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %139 = stablehlo.divide %136, %138 : tensor<1x1x2x64xf32>
    %140 = stablehlo.dot_general %139, %128, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %141 = stablehlo.reshape %140 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %142 = stablehlo.dot_general %141, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %143 = stablehlo.add %93, %142 : tensor<1x16xf32>
    %144 = stablehlo.multiply %143, %143 : tensor<1x16xf32>
    %145 = stablehlo.reduce(%144 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %146 = stablehlo.divide %145, %15 : tensor<1xf32>
    %147 = stablehlo.add %146, %17 : tensor<1xf32>
    %148 = stablehlo.rsqrt %147 : tensor<1xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %150 = stablehlo.multiply %143, %149 : tensor<1x16xf32>
    %151 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %152 = stablehlo.multiply %150, %151 : tensor<1x16xf32>
    %153 = stablehlo.dot_general %152, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %154 = stablehlo.dot_general %152, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %155 = stablehlo.logistic %153 : tensor<1x32xf32>
    %156 = stablehlo.multiply %153, %155 : tensor<1x32xf32>
    %157 = stablehlo.multiply %156, %154 : tensor<1x32xf32>
    %158 = stablehlo.dot_general %157, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %159 = stablehlo.add %143, %158 : tensor<1x16xf32>
    %160 = stablehlo.multiply %159, %159 : tensor<1x16xf32>
    %161 = stablehlo.reduce(%160 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %162 = stablehlo.divide %161, %15 : tensor<1xf32>
    %163 = stablehlo.add %162, %17 : tensor<1xf32>
    %164 = stablehlo.rsqrt %163 : tensor<1xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %166 = stablehlo.multiply %159, %165 : tensor<1x16xf32>
    %167 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %168 = stablehlo.multiply %166, %167 : tensor<1x16xf32>
    %169 = stablehlo.dot_general %168, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %170 = stablehlo.reshape %169 : (tensor<1x32xf32>) -> tensor<32xf32>
    return %170, %124, %126 : tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
