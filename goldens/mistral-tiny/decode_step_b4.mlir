// emit arch=mistral-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg16: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg17: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg18: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg19: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg21: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg22: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg23: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg24: tensor<16xf32> loc("model.norm.weight"), %arg25: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
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
    %33 = stablehlo.slice %32 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %34 = stablehlo.slice %32 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %35 = stablehlo.negate %34 : tensor<4x2x4xf32>
    %36 = stablehlo.concatenate %35, %33, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %37 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %38 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %39 = stablehlo.multiply %32, %37 : tensor<4x2x8xf32>
    %40 = stablehlo.multiply %36, %38 : tensor<4x2x8xf32>
    %41 = stablehlo.add %39, %40 : tensor<4x2x8xf32>
    %42 = stablehlo.reshape %30 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %43 = stablehlo.slice %42 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %44 = stablehlo.slice %42 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %45 = stablehlo.negate %44 : tensor<4x1x4xf32>
    %46 = stablehlo.concatenate %45, %43, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %47 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %48 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %49 = stablehlo.multiply %42, %47 : tensor<4x1x8xf32>
    %50 = stablehlo.multiply %46, %48 : tensor<4x1x8xf32>
    %51 = stablehlo.add %49, %50 : tensor<4x1x8xf32>
    %52 = stablehlo.reshape %31 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %53 = stablehlo.slice %51 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %54 = stablehlo.slice %52 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %55 = stablehlo.reshape %53 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %56 = stablehlo.dynamic_update_slice %arg3, %55, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %57 = stablehlo.reshape %54 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %58 = stablehlo.dynamic_update_slice %arg4, %57, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %59 = stablehlo.slice %51 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %60 = stablehlo.slice %52 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %61 = stablehlo.reshape %59 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %62 = stablehlo.dynamic_update_slice %56, %61, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %63 = stablehlo.reshape %60 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %64 = stablehlo.dynamic_update_slice %58, %63, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %65 = stablehlo.slice %51 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %66 = stablehlo.slice %52 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %67 = stablehlo.reshape %65 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %68 = stablehlo.dynamic_update_slice %62, %67, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %69 = stablehlo.reshape %66 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %70 = stablehlo.dynamic_update_slice %64, %69, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %71 = stablehlo.slice %51 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %72 = stablehlo.slice %52 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %73 = stablehlo.reshape %71 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %74 = stablehlo.dynamic_update_slice %68, %73, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %75 = stablehlo.reshape %72 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %76 = stablehlo.dynamic_update_slice %70, %75, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %77 = stablehlo.slice %74 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %79 = stablehlo.slice %76 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %81 = stablehlo.reshape %41 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %82 = stablehlo.dot_general %81, %78, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %84 = stablehlo.multiply %82, %83 : tensor<4x1x2x64xf32>
    %85 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %86 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %87 = stablehlo.compare  LE, %86, %85,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %88 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4x1x2x64xi32>
    %89 = stablehlo.subtract %85, %88 : tensor<4x1x2x64xi32>
    %90 = stablehlo.compare  GT, %86, %89,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %91 = stablehlo.and %87, %90 : tensor<4x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %92 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %93 = stablehlo.select %91, %84, %92 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %94 = stablehlo.reduce(%93 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %96 = stablehlo.subtract %93, %95 : tensor<4x1x2x64xf32>
    %97 = stablehlo.exponential %96 : tensor<4x1x2x64xf32>
    %98 = stablehlo.reduce(%97 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %100 = stablehlo.divide %97, %99 : tensor<4x1x2x64xf32>
    %101 = stablehlo.dot_general %100, %80, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %102 = stablehlo.reshape %101 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %103 = stablehlo.dot_general %102, %arg10, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %104 = stablehlo.add %17, %103 : tensor<4x16xf32>
    %105 = stablehlo.multiply %104, %104 : tensor<4x16xf32>
    %106 = stablehlo.reduce(%105 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %107 = stablehlo.divide %106, %20 : tensor<4xf32>
    %108 = stablehlo.add %107, %22 : tensor<4xf32>
    %109 = stablehlo.rsqrt %108 : tensor<4xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %111 = stablehlo.multiply %104, %110 : tensor<4x16xf32>
    %112 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %113 = stablehlo.multiply %111, %112 : tensor<4x16xf32>
    %114 = stablehlo.dot_general %113, %arg12, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %115 = stablehlo.dot_general %113, %arg13, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %116 = stablehlo.logistic %114 : tensor<4x32xf32>
    %117 = stablehlo.multiply %114, %116 : tensor<4x32xf32>
    %118 = stablehlo.multiply %117, %115 : tensor<4x32xf32>
    %119 = stablehlo.dot_general %118, %arg14, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %120 = stablehlo.add %104, %119 : tensor<4x16xf32>
    %121 = stablehlo.multiply %120, %120 : tensor<4x16xf32>
    %122 = stablehlo.reduce(%121 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %123 = stablehlo.divide %122, %20 : tensor<4xf32>
    %124 = stablehlo.add %123, %22 : tensor<4xf32>
    %125 = stablehlo.rsqrt %124 : tensor<4xf32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %127 = stablehlo.multiply %120, %126 : tensor<4x16xf32>
    %128 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %129 = stablehlo.multiply %127, %128 : tensor<4x16xf32>
    %130 = stablehlo.dot_general %129, %arg16, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %131 = stablehlo.dot_general %129, %arg17, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %132 = stablehlo.dot_general %129, %arg18, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %133 = stablehlo.reshape %130 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %134 = stablehlo.slice %133 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %135 = stablehlo.slice %133 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %136 = stablehlo.negate %135 : tensor<4x2x4xf32>
    %137 = stablehlo.concatenate %136, %134, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %138 = stablehlo.multiply %133, %37 : tensor<4x2x8xf32>
    %139 = stablehlo.multiply %137, %38 : tensor<4x2x8xf32>
    %140 = stablehlo.add %138, %139 : tensor<4x2x8xf32>
    %141 = stablehlo.reshape %131 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %142 = stablehlo.slice %141 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %143 = stablehlo.slice %141 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %144 = stablehlo.negate %143 : tensor<4x1x4xf32>
    %145 = stablehlo.concatenate %144, %142, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %146 = stablehlo.multiply %141, %47 : tensor<4x1x8xf32>
    %147 = stablehlo.multiply %145, %48 : tensor<4x1x8xf32>
    %148 = stablehlo.add %146, %147 : tensor<4x1x8xf32>
    %149 = stablehlo.reshape %132 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %150 = stablehlo.slice %148 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %151 = stablehlo.slice %149 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %152 = stablehlo.reshape %150 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %153 = stablehlo.dynamic_update_slice %74, %152, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %154 = stablehlo.reshape %151 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %155 = stablehlo.dynamic_update_slice %76, %154, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %156 = stablehlo.slice %148 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %157 = stablehlo.slice %149 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %158 = stablehlo.reshape %156 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %159 = stablehlo.dynamic_update_slice %153, %158, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %160 = stablehlo.reshape %157 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %161 = stablehlo.dynamic_update_slice %155, %160, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %162 = stablehlo.slice %148 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %163 = stablehlo.slice %149 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %164 = stablehlo.reshape %162 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %165 = stablehlo.dynamic_update_slice %159, %164, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %166 = stablehlo.reshape %163 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %167 = stablehlo.dynamic_update_slice %161, %166, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %168 = stablehlo.slice %148 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %169 = stablehlo.slice %149 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %170 = stablehlo.reshape %168 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %171 = stablehlo.dynamic_update_slice %165, %170, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %172 = stablehlo.reshape %169 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %173 = stablehlo.dynamic_update_slice %167, %172, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %174 = stablehlo.slice %171 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %176 = stablehlo.slice %173 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %177 = stablehlo.reshape %176 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %178 = stablehlo.reshape %140 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %179 = stablehlo.dot_general %178, %175, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %180 = stablehlo.multiply %179, %83 : tensor<4x1x2x64xf32>
    %181 = stablehlo.select %91, %180, %92 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %182 = stablehlo.reduce(%181 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %184 = stablehlo.subtract %181, %183 : tensor<4x1x2x64xf32>
    %185 = stablehlo.exponential %184 : tensor<4x1x2x64xf32>
    %186 = stablehlo.reduce(%185 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %188 = stablehlo.divide %185, %187 : tensor<4x1x2x64xf32>
    %189 = stablehlo.dot_general %188, %177, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %190 = stablehlo.reshape %189 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %191 = stablehlo.dot_general %190, %arg19, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %192 = stablehlo.add %120, %191 : tensor<4x16xf32>
    %193 = stablehlo.multiply %192, %192 : tensor<4x16xf32>
    %194 = stablehlo.reduce(%193 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %195 = stablehlo.divide %194, %20 : tensor<4xf32>
    %196 = stablehlo.add %195, %22 : tensor<4xf32>
    %197 = stablehlo.rsqrt %196 : tensor<4xf32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %199 = stablehlo.multiply %192, %198 : tensor<4x16xf32>
    %200 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %201 = stablehlo.multiply %199, %200 : tensor<4x16xf32>
    %202 = stablehlo.dot_general %201, %arg21, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %203 = stablehlo.dot_general %201, %arg22, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %204 = stablehlo.logistic %202 : tensor<4x32xf32>
    %205 = stablehlo.multiply %202, %204 : tensor<4x32xf32>
    %206 = stablehlo.multiply %205, %203 : tensor<4x32xf32>
    %207 = stablehlo.dot_general %206, %arg23, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %208 = stablehlo.add %192, %207 : tensor<4x16xf32>
    %209 = stablehlo.multiply %208, %208 : tensor<4x16xf32>
    %210 = stablehlo.reduce(%209 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %211 = stablehlo.divide %210, %20 : tensor<4xf32>
    %212 = stablehlo.add %211, %22 : tensor<4xf32>
    %213 = stablehlo.rsqrt %212 : tensor<4xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %215 = stablehlo.multiply %208, %214 : tensor<4x16xf32>
    %216 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %217 = stablehlo.multiply %215, %216 : tensor<4x16xf32>
    %218 = stablehlo.dot_general %217, %arg25, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %219 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %220:2 = stablehlo.reduce(%218 init: %cst_4), (%219 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg26: tensor<f32>, %arg28: tensor<f32>) (%arg27: tensor<i32>, %arg29: tensor<i32>)  {
      %221 = stablehlo.compare  GT, %arg26, %arg28,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %222 = stablehlo.compare  NE, %arg26, %arg26,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %223 = stablehlo.or %221, %222 : tensor<i1>
      %224 = stablehlo.compare  EQ, %arg26, %arg28,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %225 = stablehlo.compare  LT, %arg27, %arg29,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %226 = stablehlo.and %224, %225 : tensor<i1>
      %227 = stablehlo.or %223, %226 : tensor<i1>
      %228 = stablehlo.select %223, %arg26, %arg28 : tensor<i1>, tensor<f32>
      %229 = stablehlo.select %227, %arg27, %arg29 : tensor<i1>, tensor<i32>
      stablehlo.return %228, %229 : tensor<f32>, tensor<i32>
    }
    return %220#1, %171, %173 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
