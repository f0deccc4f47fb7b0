// emit arch=qwen3-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg12: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg13: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg14: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg15: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg16: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg17: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg18: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg19: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg20: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg21: tensor<8xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg22: tensor<8xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg23: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg24: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg25: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg26: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg27: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg28: tensor<16xf32> loc("model.norm.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg2 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.slice %arg2 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %3 = stablehlo.reshape %2 : (tensor<1xi32>) -> tensor<i32>
    %4 = stablehlo.slice %arg2 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.slice %arg2 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %7 = stablehlo.reshape %6 : (tensor<1xi32>) -> tensor<i32>
    %8 = stablehlo.convert %arg1 : (tensor<4xi32>) -> tensor<4xf32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0316227749, 1.000000e-03, 3.16227779E-5]> : tensor<4xf32>
    %10 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<4x4xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<4x4xf32>
    %12 = stablehlo.cosine %11 : tensor<4x4xf32>
    %13 = stablehlo.sine %11 : tensor<4x4xf32>
    %14 = stablehlo.concatenate %12, %12, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %15 = stablehlo.concatenate %13, %13, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %16 = stablehlo.reshape %arg0 : (tensor<4xi32>) -> tensor<4x1xi32>
    %17 = "stablehlo.gather"(%arg5, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %18 = stablehlo.multiply %17, %17 : tensor<4x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.reduce(%18 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %21 = stablehlo.divide %19, %20 : tensor<4xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %23 = stablehlo.add %21, %22 : tensor<4xf32>
    %24 = stablehlo.rsqrt %23 : tensor<4xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %26 = stablehlo.multiply %17, %25 : tensor<4x16xf32>
    %27 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %28 = stablehlo.multiply %26, %27 : tensor<4x16xf32>
    %29 = stablehlo.dot_general %28, %arg7, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %30 = stablehlo.dot_general %28, %arg8, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %31 = stablehlo.dot_general %28, %arg9, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %32 = stablehlo.reshape %29 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %33 = stablehlo.multiply %32, %32 : tensor<4x2x8xf32>
    %34 = stablehlo.reduce(%33 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<4x2x8xf32>, tensor<f32>) -> tensor<4x2xf32>
    %cst_3 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x2xf32>
    %36 = stablehlo.divide %34, %35 : tensor<4x2xf32>
    %37 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x2xf32>
    %38 = stablehlo.add %36, %37 : tensor<4x2xf32>
    %39 = stablehlo.rsqrt %38 : tensor<4x2xf32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [0, 1] : (tensor<4x2xf32>) -> tensor<4x2x8xf32>
    %41 = stablehlo.multiply %32, %40 : tensor<4x2x8xf32>
    %42 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<8xf32>) -> tensor<4x2x8xf32>
    %43 = stablehlo.multiply %41, %42 : tensor<4x2x8xf32>
    %44 = stablehlo.slice %43 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %45 = stablehlo.slice %43 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %46 = stablehlo.negate %45 : tensor<4x2x4xf32>
    %47 = stablehlo.concatenate %46, %44, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %48 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %49 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %50 = stablehlo.multiply %43, %48 : tensor<4x2x8xf32>
    %51 = stablehlo.multiply %47, %49 : tensor<4x2x8xf32>
    %52 = stablehlo.add %50, %51 : tensor<4x2x8xf32>
    %53 = stablehlo.reshape %30 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %54 = stablehlo.multiply %53, %53 : tensor<4x1x8xf32>
    %55 = stablehlo.reduce(%54 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<4x1x8xf32>, tensor<f32>) -> tensor<4x1xf32>
    %56 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %57 = stablehlo.divide %55, %56 : tensor<4x1xf32>
    %58 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %59 = stablehlo.add %57, %58 : tensor<4x1xf32>
    %60 = stablehlo.rsqrt %59 : tensor<4x1xf32>
    %61 = stablehlo.broadcast_in_dim %60, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x1x8xf32>
    %62 = stablehlo.multiply %53, %61 : tensor<4x1x8xf32>
    %63 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<8xf32>) -> tensor<4x1x8xf32>
    %64 = stablehlo.multiply %62, %63 : tensor<4x1x8xf32>
    %65 = stablehlo.slice %64 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %66 = stablehlo.slice %64 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %67 = stablehlo.negate %66 : tensor<4x1x4xf32>
    %68 = stablehlo.concatenate %67, %65, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %69 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %70 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %71 = stablehlo.multiply %64, %69 : tensor<4x1x8xf32>
    %72 = stablehlo.multiply %68, %70 : tensor<4x1x8xf32>
    %73 = stablehlo.add %71, %72 : tensor<4x1x8xf32>
    %74 = stablehlo.reshape %31 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %75 = stablehlo.slice %73 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %76 = stablehlo.slice %74 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %77 = stablehlo.reshape %75 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %78 = stablehlo.dynamic_update_slice %arg3, %77, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %79 = stablehlo.reshape %76 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %80 = stablehlo.dynamic_update_slice %arg4, %79, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %81 = stablehlo.slice %73 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %82 = stablehlo.slice %74 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %83 = stablehlo.reshape %81 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %84 = stablehlo.dynamic_update_slice %78, %83, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %85 = stablehlo.reshape %82 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %86 = stablehlo.dynamic_update_slice %80, %85, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %87 = stablehlo.slice %73 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %88 = stablehlo.slice %74 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %89 = stablehlo.reshape %87 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %90 = stablehlo.dynamic_update_slice %84, %89, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %91 = stablehlo.reshape %88 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %92 = stablehlo.dynamic_update_slice %86, %91, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %93 = stablehlo.slice %73 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %94 = stablehlo.slice %74 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %95 = stablehlo.reshape %93 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %96 = stablehlo.dynamic_update_slice %90, %95, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %97 = stablehlo.reshape %94 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %98 = stablehlo.dynamic_update_slice %92, %97, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %99 = stablehlo.slice %96 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %100 = stablehlo.reshape %99 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %101 = stablehlo.slice %98 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %102 = stablehlo.reshape %101 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %103 = stablehlo.reshape %52 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %104 = stablehlo.dot_general %103, %100, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_4 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %106 = stablehlo.multiply %104, %105 : tensor<4x1x2x64xf32>
    %107 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %108 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %109 = stablehlo.compare  LE, %108, %107,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %110 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %111 = stablehlo.select %109, %106, %110 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %112 = stablehlo.reduce(%111 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %114 = stablehlo.subtract %111, %113 : tensor<4x1x2x64xf32>
    %115 = stablehlo.exponential %114 : tensor<4x1x2x64xf32>
    %116 = stablehlo.reduce(%115 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %118 = stablehlo.divide %115, %117 : tensor<4x1x2x64xf32>
    %119 = stablehlo.dot_general %118, %102, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %120 = stablehlo.reshape %119 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %121 = stablehlo.dot_general %120, %arg12, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %122 = stablehlo.add %17, %121 : tensor<4x16xf32>
    %123 = stablehlo.multiply %122, %122 : tensor<4x16xf32>
    %124 = stablehlo.reduce(%123 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %125 = stablehlo.divide %124, %20 : tensor<4xf32>
    %126 = stablehlo.add %125, %22 : tensor<4xf32>
    %127 = stablehlo.rsqrt %126 : tensor<4xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %129 = stablehlo.multiply %122, %128 : tensor<4x16xf32>
    %130 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %131 = stablehlo.multiply %129, %130 : tensor<4x16xf32>
    %132 = stablehlo.dot_general %131, %arg14, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %133 = stablehlo.dot_general %131, %arg15, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %134 = stablehlo.logistic %132 : tensor<4x32xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<4x32xf32>
    %136 = stablehlo.multiply %135, %133 : tensor<4x32xf32>
    %137 = stablehlo.dot_general %136, %arg16, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %138 = stablehlo.add %122, %137 : tensor<4x16xf32>
    %139 = stablehlo.multiply %138, %138 : tensor<4x16xf32>
    %140 = stablehlo.reduce(%139 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %141 = stablehlo.divide %140, %20 : tensor<4xf32>
    %142 = stablehlo.add %141, %22 : tensor<4xf32>
    %143 = stablehlo.rsqrt %142 : tensor<4xf32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %145 = stablehlo.multiply %138, %144 : tensor<4x16xf32>
    %146 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %147 = stablehlo.multiply %145, %146 : tensor<4x16xf32>
    %148 = stablehlo.dot_general %147, %arg18, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %149 = stablehlo.dot_general %147, %arg19, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %150 = stablehlo.dot_general %147, %arg20, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %151 = stablehlo.reshape %148 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %152 = stablehlo.multiply %151, %151 : tensor<4x2x8xf32>
    %153 = stablehlo.reduce(%152 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<4x2x8xf32>, tensor<f32>) -> tensor<4x2xf32>
    %154 = stablehlo.divide %153, %35 : tensor<4x2xf32>
    %155 = stablehlo.add %154, %37 : tensor<4x2xf32>
    %156 = stablehlo.rsqrt %155 : tensor<4x2xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0, 1] : (tensor<4x2xf32>) -> tensor<4x2x8xf32>
    %158 = stablehlo.multiply %151, %157 : tensor<4x2x8xf32>
    %159 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<8xf32>) -> tensor<4x2x8xf32>
    %160 = stablehlo.multiply %158, %159 : tensor<4x2x8xf32>
    %161 = stablehlo.slice %160 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %162 = stablehlo.slice %160 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %163 = stablehlo.negate %162 : tensor<4x2x4xf32>
    %164 = stablehlo.concatenate %163, %161, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %165 = stablehlo.multiply %160, %48 : tensor<4x2x8xf32>
    %166 = stablehlo.multiply %164, %49 : tensor<4x2x8xf32>
    %167 = stablehlo.add %165, %166 : tensor<4x2x8xf32>
    %168 = stablehlo.reshape %149 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %169 = stablehlo.multiply %168, %168 : tensor<4x1x8xf32>
    %170 = stablehlo.reduce(%169 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<4x1x8xf32>, tensor<f32>) -> tensor<4x1xf32>
    %171 = stablehlo.divide %170, %56 : tensor<4x1xf32>
    %172 = stablehlo.add %171, %58 : tensor<4x1xf32>
    %173 = stablehlo.rsqrt %172 : tensor<4x1xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x1x8xf32>
    %175 = stablehlo.multiply %168, %174 : tensor<4x1x8xf32>
    %176 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<8xf32>) -> tensor<4x1x8xf32>
    %177 = stablehlo.multiply %175, %176 : tensor<4x1x8xf32>
    %178 = stablehlo.slice %177 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %179 = stablehlo.slice %177 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %180 = stablehlo.negate %179 : tensor<4x1x4xf32>
    %181 = stablehlo.concatenate %180, %178, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %182 = stablehlo.multiply %177, %69 : tensor<4x1x8xf32>
    %183 = stablehlo.multiply %181, %70 : tensor<4x1x8xf32>
    %184 = stablehlo.add %182, %183 : tensor<4x1x8xf32>
    %185 = stablehlo.reshape %150 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %186 = stablehlo.slice %184 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %187 = stablehlo.slice %185 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %188 = stablehlo.reshape %186 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %189 = stablehlo.dynamic_update_slice %96, %188, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %190 = stablehlo.reshape %187 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %191 = stablehlo.dynamic_update_slice %98, %190, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %192 = stablehlo.slice %184 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %193 = stablehlo.slice %185 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %194 = stablehlo.reshape %192 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %195 = stablehlo.dynamic_update_slice %189, %194, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %196 = stablehlo.reshape %193 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %197 = stablehlo.dynamic_update_slice %191, %196, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %198 = stablehlo.slice %184 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %199 = stablehlo.slice %185 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %200 = stablehlo.reshape %198 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %201 = stablehlo.dynamic_update_slice %195, %200, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %202 = stablehlo.reshape %199 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %203 = stablehlo.dynamic_update_slice %197, %202, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %204 = stablehlo.slice %184 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %205 = stablehlo.slice %185 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %206 = stablehlo.reshape %204 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %207 = stablehlo.dynamic_update_slice %201, %206, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %208 = stablehlo.reshape %205 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %209 = stablehlo.dynamic_update_slice %203, %208, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %210 = stablehlo.slice %207 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %211 = stablehlo.reshape %210 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %212 = stablehlo.slice %209 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %213 = stablehlo.reshape %212 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %214 = stablehlo.reshape %167 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %215 = stablehlo.dot_general %214, %211, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %216 = stablehlo.multiply %215, %105 : tensor<4x1x2x64xf32>
    %217 = stablehlo.select %109, %216, %110 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %218 = stablehlo.reduce(%217 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %220 = stablehlo.subtract %217, %219 : tensor<4x1x2x64xf32>
    %221 = stablehlo.exponential %220 : tensor<4x1x2x64xf32>
    %222 = stablehlo.reduce(%221 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %224 = stablehlo.divide %221, %223 : tensor<4x1x2x64xf32>
    %225 = stablehlo.dot_general %224, %213, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %226 = stablehlo.reshape %225 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %227 = stablehlo.dot_general %226, %arg23, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %228 = stablehlo.add %138, %227 : tensor<4x16xf32>
    %229 = stablehlo.multiply %228, %228 : tensor<4x16xf32>
    %230 = stablehlo.reduce(%229 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %231 = stablehlo.divide %230, %20 : tensor<4xf32>
    %232 = stablehlo.add %231, %22 : tensor<4xf32>
    %233 = stablehlo.rsqrt %232 : tensor<4xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %235 = stablehlo.multiply %228, %234 : tensor<4x16xf32>
    %236 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %237 = stablehlo.multiply %235, %236 : tensor<4x16xf32>
    %238 = stablehlo.dot_general %237, %arg25, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %239 = stablehlo.dot_general %237, %arg26, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %240 = stablehlo.logistic %238 : tensor<4x32xf32>
    %241 = stablehlo.multiply %238, %240 : tensor<4x32xf32>
    %242 = stablehlo.multiply %241, %239 : tensor<4x32xf32>
    %243 = stablehlo.dot_general %242, %arg27, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %244 = stablehlo.add %228, %243 : tensor<4x16xf32>
    %245 = stablehlo.multiply %244, %244 : tensor<4x16xf32>
    %246 = stablehlo.reduce(%245 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %247 = stablehlo.divide %246, %20 : tensor<4xf32>
    %248 = stablehlo.add %247, %22 : tensor<4xf32>
    %249 = stablehlo.rsqrt %248 : tensor<4xf32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %251 = stablehlo.multiply %244, %250 : tensor<4x16xf32>
    %252 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %253 = stablehlo.multiply %251, %252 : tensor<4x16xf32>
    %254 = stablehlo.dot_general %253, %arg5, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %255 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %256:2 = stablehlo.reduce(%254 init: %cst_5), (%255 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg29: tensor<f32>, %arg31: tensor<f32>) (%arg30: tensor<i32>, %arg32: tensor<i32>)  {
      %257 = stablehlo.compare  GT, %arg29, %arg31,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %258 = stablehlo.compare  NE, %arg29, %arg29,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %259 = stablehlo.or %257, %258 : tensor<i1>
      %260 = stablehlo.compare  EQ, %arg29, %arg31,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %261 = stablehlo.compare  LT, %arg30, %arg32,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %262 = stablehlo.and %260, %261 : tensor<i1>
      %263 = stablehlo.or %259, %262 : tensor<i1>
      %264 = stablehlo.select %259, %arg29, %arg31 : tensor<i1>, tensor<f32>
      %265 = stablehlo.select %263, %arg30, %arg32 : tensor<i1>, tensor<i32>
      stablehlo.return %264, %265 : tensor<f32>, tensor<i32>
    }
    return %256#1, %207, %209 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
