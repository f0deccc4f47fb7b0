// emit arch=gemma2-tiny graph=decode_step precision=f32 capacity=64 batch=1 quant=none
module @decode_step {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<16xf32> loc("model.layers.0.pre_feedforward_layernorm.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg14: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg15: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg16: tensor<16xf32> loc("model.layers.0.post_feedforward_layernorm.weight"), %arg17: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg18: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg19: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg20: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg21: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg22: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg23: tensor<16xf32> loc("model.layers.1.pre_feedforward_layernorm.weight"), %arg24: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg25: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg26: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg27: tensor<16xf32> loc("model.layers.1.post_feedforward_layernorm.weight"), %arg28: tensor<16xf32> loc("model.norm.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
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
    %cst_0 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %14 = stablehlo.multiply %12, %13 : tensor<1x16xf32>
    %15 = stablehlo.multiply %14, %14 : tensor<1x16xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.reduce(%15 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_2 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %18 = stablehlo.divide %16, %17 : tensor<1xf32>
    %cst_3 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %20 = stablehlo.add %18, %19 : tensor<1xf32>
    %21 = stablehlo.rsqrt %20 : tensor<1xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %23 = stablehlo.multiply %14, %22 : tensor<1x16xf32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %25 = stablehlo.add %arg6, %24 : tensor<16xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %27 = stablehlo.multiply %23, %26 : tensor<1x16xf32>
    %28 = stablehlo.dot_general %27, %arg7, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %29 = stablehlo.dot_general %27, %arg8, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %30 = stablehlo.dot_general %27, %arg9, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %31 = stablehlo.reshape %28 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %32 = stablehlo.slice %31 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %33 = stablehlo.slice %31 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %34 = stablehlo.negate %33 : tensor<1x2x4xf32>
    %35 = stablehlo.concatenate %34, %32, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %36 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %37 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %38 = stablehlo.multiply %31, %36 : tensor<1x2x8xf32>
    %39 = stablehlo.multiply %35, %37 : tensor<1x2x8xf32>
    %40 = stablehlo.add %38, %39 : tensor<1x2x8xf32>
    %41 = stablehlo.reshape %29 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %42 = stablehlo.slice %41 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %43 = stablehlo.slice %41 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %44 = stablehlo.negate %43 : tensor<1x1x4xf32>
    %45 = stablehlo.concatenate %44, %42, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %46 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %47 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %48 = stablehlo.multiply %41, %46 : tensor<1x1x8xf32>
    %49 = stablehlo.multiply %45, %47 : tensor<1x1x8xf32>
    %50 = stablehlo.add %48, %49 : tensor<1x1x8xf32>
    %51 = stablehlo.reshape %30 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %52 = stablehlo.reshape %50 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %53 = stablehlo.dynamic_update_slice %arg3, %52, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %54 = stablehlo.reshape %51 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %55 = stablehlo.dynamic_update_slice %arg4, %54, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %56 = stablehlo.slice %53 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %57 = stablehlo.slice %55 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %58 = stablehlo.reshape %40 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %59 = stablehlo.dot_general %58, %56, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_5 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %60 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %61 = stablehlo.multiply %59, %60 : tensor<1x1x2x64xf32>
    %cst_6 = stablehlo.constant dense<5.000000e+01> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %63 = stablehlo.divide %61, %62 : tensor<1x1x2x64xf32>
    %64 = stablehlo.tanh %63 : tensor<1x1x2x64xf32>
    %65 = stablehlo.multiply %64, %62 : tensor<1x1x2x64xf32>
    %66 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %67 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %68 = stablehlo.compare  LE, %67, %66,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %69 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x1x2x64xi32>
    %70 = stablehlo.subtract %66, %69 : tensor<1x1x2x64xi32>
    %71 = stablehlo.compare  GT, %67, %70,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %72 = stablehlo.and %68, %71 : tensor<1x1x2x64xi1>
    %cst_7 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %74 = stablehlo.select %72, %65, %73 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %75 = stablehlo.reduce(%74 init: %cst_7) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %77 = stablehlo.subtract %74, %76 : tensor<1x1x2x64xf32>
    %78 = stablehlo.exponential %77 : tensor<1x1x2x64xf32>
    %79 = stablehlo.reduce(%78 init: %cst_1) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %81 = stablehlo.divide %78, %80 : tensor<1x1x2x64xf32>
    %82 = stablehlo.dot_general %81, %57, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %83 = stablehlo.reshape %82 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %84 = stablehlo.dot_general %83, %arg10, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %85 = stablehlo.multiply %84, %84 : tensor<1x16xf32>
    %86 = stablehlo.reduce(%85 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %87 = stablehlo.divide %86, %17 : tensor<1xf32>
    %88 = stablehlo.add %87, %19 : tensor<1xf32>
    %89 = stablehlo.rsqrt %88 : tensor<1xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %91 = stablehlo.multiply %84, %90 : tensor<1x16xf32>
    %92 = stablehlo.add %arg11, %24 : tensor<16xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %94 = stablehlo.multiply %91, %93 : tensor<1x16xf32>
    %95 = stablehlo.add %14, %94 : tensor<1x16xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<1x16xf32>
    %97 = stablehlo.reduce(%96 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %98 = stablehlo.divide %97, %17 : tensor<1xf32>
    %99 = stablehlo.add %98, %19 : tensor<1xf32>
    %100 = stablehlo.rsqrt %99 : tensor<1xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %102 = stablehlo.multiply %95, %101 : tensor<1x16xf32>
    %103 = stablehlo.add %arg12, %24 : tensor<16xf32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %105 = stablehlo.multiply %102, %104 : tensor<1x16xf32>
    %106 = stablehlo.dot_general %105, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %107 = stablehlo.dot_general %105, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %108 = stablehlo.multiply %106, %106 : tensor<1x32xf32>
    %109 = stablehlo.multiply %108, %106 : tensor<1x32xf32>
    %cst_8 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %110 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %111 = stablehlo.multiply %110, %109 : tensor<1x32xf32>
    %112 = stablehlo.add %106, %111 : tensor<1x32xf32>
    %cst_9 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %114 = stablehlo.multiply %113, %112 : tensor<1x32xf32>
    %115 = stablehlo.tanh %114 : tensor<1x32xf32>
    %116 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %117 = stablehlo.add %116, %115 : tensor<1x32xf32>
    %cst_10 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %118 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %119 = stablehlo.multiply %118, %106 : tensor<1x32xf32>
    %120 = stablehlo.multiply %119, %117 : tensor<1x32xf32>
    %121 = stablehlo.multiply %120, %107 : tensor<1x32xf32>
    %122 = stablehlo.dot_general %121, %arg15, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %123 = stablehlo.multiply %122, %122 : tensor<1x16xf32>
    %124 = stablehlo.reduce(%123 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %125 = stablehlo.divide %124, %17 : tensor<1xf32>
    %126 = stablehlo.add %125, %19 : tensor<1xf32>
    %127 = stablehlo.rsqrt %126 : tensor<1xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %129 = stablehlo.multiply %122, %128 : tensor<1x16xf32>
    %130 = stablehlo.add %arg16, %24 : tensor<16xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<1x16xf32>
    %133 = stablehlo.add %95, %132 : tensor<1x16xf32>
    %134 = stablehlo.multiply %133, %133 : tensor<1x16xf32>
    %135 = stablehlo.reduce(%134 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %136 = stablehlo.divide %135, %17 : tensor<1xf32>
    %137 = stablehlo.add %136, %19 : tensor<1xf32>
    %138 = stablehlo.rsqrt %137 : tensor<1xf32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %140 = stablehlo.multiply %133, %139 : tensor<1x16xf32>
    %141 = stablehlo.add %arg17, %24 : tensor<16xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %143 = stablehlo.multiply %140, %142 : tensor<1x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %144 = stablehlo.dot_general %143, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %145 = stablehlo.dot_general %143, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %146 = stablehlo.dot_general %143, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %147 = stablehlo.reshape %144 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %148 = stablehlo.slice %147 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %149 = stablehlo.slice %147 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %150 = stablehlo.negate %149 : tensor<1x2x4xf32>
    %151 = stablehlo.concatenate %150, %148, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %152 = stablehlo.multiply %147, %36 : tensor<1x2x8xf32>
    %153 = stablehlo.multiply %151, %37 : tensor<1x2x8xf32>
    %154 = stablehlo.add %152, %153 : tensor<1x2x8xf32>
    %155 = stablehlo.reshape %145 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %156 = stablehlo.slice %155 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %157 = stablehlo.slice %155 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %158 = stablehlo.negate %157 : tensor<1x1x4xf32>
    %159 = stablehlo.concatenate %158, %156, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %160 = stablehlo.multiply %155, %46 : tensor<1x1x8xf32>
    %161 = stablehlo.multiply %159, %47 : tensor<1x1x8xf32>
    %162 = stablehlo.add %160, %161 : tensor<1x1x8xf32>
    %163 = stablehlo.reshape %146 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %164 = stablehlo.reshape %162 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %165 = stablehlo.dynamic_update_slice %53, %164, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %166 = stablehlo.reshape %163 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %167 = stablehlo.dynamic_update_slice %55, %166, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %168 = stablehlo.slice %165 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %169 = stablehlo.slice %167 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %170 = stablehlo.reshape %154 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %171 = stablehlo.dot_general %170, %168, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %172 = stablehlo.multiply %171, %60 : tensor<1x1x2x64xf32>
    %173 = stablehlo.divide %172, %62 : tensor<1x1x2x64xf32>
    %174 = stablehlo.tanh %173 : tensor<1x1x2x64xf32>
    %175 = stablehlo.multiply %174, %62 : tensor<1x1x2x64xf32>
    %176 = stablehlo.select %68, %175, %73 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %177 = stablehlo.reduce(%176 init: %cst_7) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %179 = stablehlo.subtract %176, %178 : tensor<1x1x2x64xf32>
    %180 = stablehlo.exponential %179 : tensor<1x1x2x64xf32>
    %181 = stablehlo.reduce(%180 init: %cst_1) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %183 = stablehlo.divide %180, %182 : tensor<1x1x2x64xf32>
    %184 = stablehlo.dot_general %183, %169, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %185 = stablehlo.reshape %184 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %186 = stablehlo.dot_general %185, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %187 = stablehlo.multiply %186, %186 : tensor<1x16xf32>
    %188 = stablehlo.reduce(%187 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %189 = stablehlo.divide %188, %17 : tensor<1xf32>
    %190 = stablehlo.add %189, %19 : tensor<1xf32>
    %191 = stablehlo.rsqrt %190 : tensor<1xf32>
    %192 = stablehlo.broadcast_in_dim %191, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %193 = stablehlo.multiply %186, %192 : tensor<1x16xf32>
    %194 = stablehlo.add %arg22, %24 : tensor<16xf32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %196 = stablehlo.multiply %193, %195 : tensor<1x16xf32>
    %197 = stablehlo.add %133, %196 : tensor<1x16xf32>
    %198 = stablehlo.multiply %197, %197 : tensor<1x16xf32>
    %199 = stablehlo.reduce(%198 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %200 = stablehlo.divide %199, %17 : tensor<1xf32>
    %201 = stablehlo.add %200, %19 : tensor<1xf32>
    %202 = stablehlo.rsqrt %201 : tensor<1xf32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %204 = stablehlo.multiply %197, %203 : tensor<1x16xf32>
    %205 = stablehlo.add %arg23, %24 : tensor<16xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %207 = stablehlo.multiply %204, %206 : tensor<1x16xf32>
    %208 = stablehlo.dot_general %207, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %209 = stablehlo.dot_general %207, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %210 = stablehlo.multiply %208, %208 : tensor<1x32xf32>
    %211 = stablehlo.multiply %210, %208 : tensor<1x32xf32>
    %212 = stablehlo.multiply %110, %211 : tensor<1x32xf32>
    %213 = stablehlo.add %208, %212 : tensor<1x32xf32>
    %214 = stablehlo.multiply %113, %213 : tensor<1x32xf32>
    %215 = stablehlo.tanh %214 : tensor<1x32xf32>
    %216 = stablehlo.add %116, %215 : tensor<1x32xf32>
    %217 = stablehlo.multiply %118, %208 : tensor<1x32xf32>
    %218 = stablehlo.multiply %217, %216 : tensor<1x32xf32>
    %219 = stablehlo.multiply %218, %209 : tensor<1x32xf32>
    %220 = stablehlo.dot_general %219, %arg26, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %221 = stablehlo.multiply %220, %220 : tensor<1x16xf32>
    %222 = stablehlo.reduce(%221 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %223 = stablehlo.divide %222, %17 : tensor<1xf32>
    %224 = stablehlo.add %223, %19 : tensor<1xf32>
    %225 = stablehlo.rsqrt %224 : tensor<1xf32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %227 = stablehlo.multiply %220, %226 : tensor<1x16xf32>
    %228 = stablehlo.add %arg27, %24 : tensor<16xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %230 = stablehlo.multiply %227, %229 : tensor<1x16xf32>
    %231 = stablehlo.add %197, %230 : tensor<1x16xf32>
    %232 = stablehlo.multiply %231, %231 : tensor<1x16xf32>
    %233 = stablehlo.reduce(%232 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %234 = stablehlo.divide %233, %17 : tensor<1xf32>
    %235 = stablehlo.add %234, %19 : tensor<1xf32>
    %236 = stablehlo.rsqrt %235 : tensor<1xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %238 = stablehlo.multiply %231, %237 : tensor<1x16xf32>
    %239 = stablehlo.add %arg28, %24 : tensor<16xf32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %241 = stablehlo.multiply %238, %240 : tensor<1x16xf32>
    %242 = stablehlo.dot_general %241, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %cst_11 = stablehlo.constant dense<3.000000e+01> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %244 = stablehlo.divide %242, %243 : tensor<1x32xf32>
    %245 = stablehlo.tanh %244 : tensor<1x32xf32>
    %246 = stablehlo.multiply %245, %243 : tensor<1x32xf32>
    %247 = stablehlo.reshape %246 : (tensor<1x32xf32>) -> tensor<32xf32>
    %248 = stablehlo.iota dim = 0 : tensor<32xi32>
    %249:2 = stablehlo.reduce(%247 init: %cst_7), (%248 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg29: tensor<f32>, %arg31: tensor<f32>) (%arg30: tensor<i32>, %arg32: tensor<i32>)  {
      %250 = stablehlo.compare  GT, %arg29, %arg31,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %251 = stablehlo.compare  NE, %arg29, %arg29,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %252 = stablehlo.or %250, %251 : tensor<i1>
      %253 = stablehlo.compare  EQ, %arg29, %arg31,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %254 = stablehlo.compare  LT, %arg30, %arg32,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %255 = stablehlo.and %253, %254 : tensor<i1>
      %256 = stablehlo.or %252, %255 : tensor<i1>
      %257 = stablehlo.select %252, %arg29, %arg31 : tensor<i1>, tensor<f32>
      %258 = stablehlo.select %256, %arg30, %arg32 : tensor<i1>, tensor<i32>
      stablehlo.return %257, %258 : tensor<f32>, tensor<i32>
    }
    return %249#1, %165, %167 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
