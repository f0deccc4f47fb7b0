// emit arch=qwen3-tiny graph=decode_step precision=f32 capacity=64 batch=1 quant=none
module @decode_step {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg12: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg13: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg14: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg15: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg16: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg17: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg18: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg19: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg20: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg21: tensor<8xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg22: tensor<8xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg23: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg24: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg25: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg26: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg27: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg28: tensor<16xf32> loc("model.norm.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
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
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
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
    %28 = stablehlo.multiply %27, %27 : tensor<1x2x8xf32>
    %29 = stablehlo.reduce(%28 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<1x2x8xf32>, tensor<f32>) -> tensor<1x2xf32>
    %cst_3 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x2xf32>
    %31 = stablehlo.divide %29, %30 : tensor<1x2xf32>
    %32 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x2xf32>
    %33 = stablehlo.add %31, %32 : tensor<1x2xf32>
    %34 = stablehlo.rsqrt %33 : tensor<1x2xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1] : (tensor<1x2xf32>) -> tensor<1x2x8xf32>
    %36 = stablehlo.multiply %27, %35 : tensor<1x2x8xf32>
    %37 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<8xf32>) -> tensor<1x2x8xf32>
    %38 = stablehlo.multiply %36, %37 : tensor<1x2x8xf32>
    %39 = stablehlo.slice %38 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %40 = stablehlo.slice %38 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %41 = stablehlo.negate %40 : tensor<1x2x4xf32>
    %42 = stablehlo.concatenate %41, %39, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %43 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %44 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %45 = stablehlo.multiply %38, %43 : tensor<1x2x8xf32>
    %46 = stablehlo.multiply %42, %44 : tensor<1x2x8xf32>
    %47 = stablehlo.add %45, %46 : tensor<1x2x8xf32>
    %48 = stablehlo.reshape %25 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %49 = stablehlo.multiply %48, %48 : tensor<1x1x8xf32>
    %50 = stablehlo.reduce(%49 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<1x1x8xf32>, tensor<f32>) -> tensor<1x1xf32>
    %51 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %52 = stablehlo.divide %50, %51 : tensor<1x1xf32>
    %53 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %54 = stablehlo.add %52, %53 : tensor<1x1xf32>
    %55 = stablehlo.rsqrt %54 : tensor<1x1xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x8xf32>
    %57 = stablehlo.multiply %48, %56 : tensor<1x1x8xf32>
    %58 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %59 = stablehlo.multiply %57, %58 : tensor<1x1x8xf32>
    %60 = stablehlo.slice %59 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %61 = stablehlo.slice %59 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %62 = stablehlo.negate %61 : tensor<1x1x4xf32>
    %63 = stablehlo.concatenate %62, %60, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %64 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %65 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %66 = stablehlo.multiply %59, %64 : tensor<1x1x8xf32>
    %67 = stablehlo.multiply %63, %65 : tensor<1x1x8xf32>
    %68 = stablehlo.add %66, %67 : tensor<1x1x8xf32>
    %69 = stablehlo.reshape %26 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %70 = stablehlo.reshape %68 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %71 = stablehlo.dynamic_update_slice %arg3, %70, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %72 = stablehlo.reshape %69 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %73 = stablehlo.dynamic_update_slice %arg4, %72, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %74 = stablehlo.slice %71 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %75 = stablehlo.slice %73 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %76 = stablehlo.reshape %47 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %77 = stablehlo.dot_general %76, %74, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_4 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %79 = stablehlo.multiply %77, %78 : tensor<1x1x2x64xf32>
    %80 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %81 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %82 = stablehlo.compare  LE, %81, %80,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %84 = stablehlo.select %82, %79, %83 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %85 = stablehlo.reduce(%84 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %87 = stablehlo.subtract %84, %86 : tensor<1x1x2x64xf32>
    %88 = stablehlo.exponential %87 : tensor<1x1x2x64xf32>
    %89 = stablehlo.reduce(%88 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %91 = stablehlo.divide %88, %90 : tensor<1x1x2x64xf32>
    %92 = stablehlo.dot_general %91, %75, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %93 = stablehlo.reshape %92 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %94 = stablehlo.dot_general %93, %arg12, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %95 = stablehlo.add %12, %94 : tensor<1x16xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<1x16xf32>
    %97 = stablehlo.reduce(%96 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %98 = stablehlo.divide %97, %15 : tensor<1xf32>
    %99 = stablehlo.add %98, %17 : tensor<1xf32>
    %100 = stablehlo.rsqrt %99 : tensor<1xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %102 = stablehlo.multiply %95, %101 : tensor<1x16xf32>
    %103 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<1x16xf32>
    %105 = stablehlo.dot_general %104, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %106 = stablehlo.dot_general %104, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %107 = stablehlo.logistic %105 : tensor<1x32xf32>
    %108 = stablehlo.multiply %105, %107 : tensor<1x32xf32>
    %109 = stablehlo.multiply %108, %106 : tensor<1x32xf32>
    %110 = stablehlo.dot_general %109, %arg16, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %111 = stablehlo.add %95, %110 : tensor<1x16xf32>
    %112 = stablehlo.multiply %111, %111 : tensor<1x16xf32>
    %113 = stablehlo.reduce(%112 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %114 = stablehlo.divide %113, %15 : tensor<1xf32>
    %115 = stablehlo.add %114, %17 : tensor<1xf32>
    %116 = stablehlo.rsqrt %115 : tensor<1xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %118 = stablehlo.multiply %111, %117 : tensor<1x16xf32>
    %119 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %120 = stablehlo.multiply %118, %119 : tensor<1x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %121 = stablehlo.dot_general %120, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %122 = stablehlo.dot_general %120, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %123 = stablehlo.dot_general %120, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %124 = stablehlo.reshape %121 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %125 = stablehlo.multiply %124, %124 : tensor<1x2x8xf32>
    %126 = stablehlo.reduce(%125 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<1x2x8xf32>, tensor<f32>) -> tensor<1x2xf32>
    %127 = stablehlo.divide %126, %30 : tensor<1x2xf32>
    %128 = stablehlo.add %127, %32 : tensor<1x2xf32>
    %129 = stablehlo.rsqrt %128 : tensor<1x2xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1] : (tensor<1x2xf32>) -> tensor<1x2x8xf32>
    %131 = stablehlo.multiply %124, %130 : tensor<1x2x8xf32>
    %132 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<8xf32>) -> tensor<1x2x8xf32>
    %133 = stablehlo.multiply %131, %132 : tensor<1x2x8xf32>
    %134 = stablehlo.slice %133 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %135 = stablehlo.slice %133 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %136 = stablehlo.negate %135 : tensor<1x2x4xf32>
    %137 = stablehlo.concatenate %136, %134, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %138 = stablehlo.multiply %133, %43 : tensor<1x2x8xf32>
    %139 = stablehlo.multiply %137, %44 : tensor<1x2x8xf32>
    %140 = stablehlo.add %138, %139 : tensor<1x2x8xf32>
    %141 = stablehlo.reshape %122 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %142 = stablehlo.multiply %141, %141 : tensor<1x1x8xf32>
    %143 = stablehlo.reduce(%142 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<1x1x8xf32>, tensor<f32>) -> tensor<1x1xf32>
    %144 = stablehlo.divide %143, %51 : tensor<1x1xf32>
    %145 = stablehlo.add %144, %53 : tensor<1x1xf32>
    %146 = stablehlo.rsqrt %145 : tensor<1x1xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x8xf32>
    %148 = stablehlo.multiply %141, %147 : tensor<1x1x8xf32>
    %149 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %150 = stablehlo.multiply %148, %149 : tensor<1x1x8xf32>
    %151 = stablehlo.slice %150 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %152 = stablehlo.slice %150 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %153 = stablehlo.negate %152 : tensor<1x1x4xf32>
    %154 = stablehlo.concatenate %153, %151, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %155 = stablehlo.multiply %150, %64 : tensor<1x1x8xf32>
    %156 = stablehlo.multiply %154, %65 : tensor<1x1x8xf32>
    %157 = stablehlo.add %155, %156 : tensor<1x1x8xf32>
    %158 = stablehlo.reshape %123 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %159 = stablehlo.reshape %157 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %160 = stablehlo.dynamic_update_slice %71, %159, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %161 = stablehlo.reshape %158 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %162 = stablehlo.dynamic_update_slice %73, %161, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %163 = stablehlo.slice %160 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %164 = stablehlo.slice %162 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %165 = stablehlo.reshape %140 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %166 = stablehlo.dot_general %165, %163, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %167 = stablehlo.multiply %166, %78 : tensor<1x1x2x64xf32>
    %168 = stablehlo.select %82, %167, %83 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %169 = stablehlo.reduce(%168 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %171 = stablehlo.subtract %168, %170 : tensor<1x1x2x64xf32>
    %172 = stablehlo.exponential %171 : tensor<1x1x2x64xf32>
    %173 = stablehlo.reduce(%172 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %175 = stablehlo.divide %172, %174 : tensor<1x1x2x64xf32>
    %176 = stablehlo.dot_general %175, %164, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %177 = stablehlo.reshape %176 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %178 = stablehlo.dot_general %177, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %179 = stablehlo.add %111, %178 : tensor<1x16xf32>
    %180 = stablehlo.multiply %179, %179 : tensor<1x16xf32>
    %181 = stablehlo.reduce(%180 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %182 = stablehlo.divide %181, %15 : tensor<1xf32>
    %183 = stablehlo.add %182, %17 : tensor<1xf32>
    %184 = stablehlo.rsqrt %183 : tensor<1xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %186 = stablehlo.multiply %179, %185 : tensor<1x16xf32>
    %187 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %188 = stablehlo.multiply %186, %187 : tensor<1x16xf32>
    %189 = stablehlo.dot_general %188, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %190 = stablehlo.dot_general %188, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %191 = stablehlo.logistic %189 : tensor<1x32xf32>
    %192 = stablehlo.multiply %189, %191 : tensor<1x32xf32>
    %193 = stablehlo.multiply %192, %190 : tensor<1x32xf32>
    %194 = stablehlo.dot_general %193, %arg27, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %195 = stablehlo.add %179, %194 : tensor<1x16xf32>
    %196 = stablehlo.multiply %195, %195 : tensor<1x16xf32>
    %197 = stablehlo.reduce(%196 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %198 = stablehlo.divide %197, %15 : tensor<1xf32>
    %199 = stablehlo.add %198, %17 : tensor<1xf32>
    %200 = stablehlo.rsqrt %199 : tensor<1xf32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %202 = stablehlo.multiply %195, %201 : tensor<1x16xf32>
    %203 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %204 = stablehlo.multiply %202, %203 : tensor<1x16xf32>
    %205 = stablehlo.dot_general %204, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %206 = stablehlo.reshape %205 : (tensor<1x32xf32>) -> tensor<32xf32>
    %207 = stablehlo.iota dim = 0 : tensor<32xi32>
    %208:2 = stablehlo.reduce(%206 init: %cst_5), (%207 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg29: tensor<f32>, %arg31: tensor<f32>) (%arg30: tensor<i32>, %arg32: tensor<i32>)  {
      %209 = stablehlo.compare  GT, %arg29, %arg31,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %210 = stablehlo.compare  NE, %arg29, %arg29,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %211 = stablehlo.or %209, %210 : tensor<i1>
      %212 = stablehlo.compare  EQ, %arg29, %arg31,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %213 = stablehlo.compare  LT, %arg30, %arg32,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %214 = stablehlo.and %212, %213 : tensor<i1>
      %215 = stablehlo.or %211, %214 : tensor<i1>
      %216 = stablehlo.select %211, %arg29, %arg31 : tensor<i1>, tensor<f32>
      %217 = stablehlo.select %215, %arg30, %arg32 : tensor<i1>, tensor<i32>
      stablehlo.return %216, %217 : tensor<f32>, tensor<i32>
    }
    return %208#1, %160, %162 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
