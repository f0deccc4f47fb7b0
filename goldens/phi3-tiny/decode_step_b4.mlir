// emit arch=phi3-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<32x16xf32> loc("model.layers.0.self_attn.qkv_proj.weight"), %arg8: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg9: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg10: tensor<64x16xf32> loc("model.layers.0.mlp.gate_up_proj.weight"), %arg11: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg12: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg13: tensor<32x16xf32> loc("model.layers.1.self_attn.qkv_proj.weight"), %arg14: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg16: tensor<64x16xf32> loc("model.layers.1.mlp.gate_up_proj.weight"), %arg17: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg18: tensor<16xf32> loc("model.norm.weight"), %arg19: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %9 = stablehlo.broadcast_in_dim %8, dims = [0] : (tensor<4xf32>) -> tensor<4x3xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0464158878, 0.0021544348]> : tensor<3xf32>
    %10 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<3xf32>) -> tensor<4x3xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<4x3xf32>
    %12 = stablehlo.cosine %11 : tensor<4x3xf32>
    %13 = stablehlo.sine %11 : tensor<4x3xf32>
    %14 = stablehlo.concatenate %12, %12, dim = 1 : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x6xf32>
    %15 = stablehlo.concatenate %13, %13, dim = 1 : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x6xf32>
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
    %29 = stablehlo.dot_general %28, %arg7, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %30 = stablehlo.slice %29 [0:4, 0:16] : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %31 = stablehlo.slice %29 [0:4, 16:24] : (tensor<4x32xf32>) -> tensor<4x8xf32>
    %32 = stablehlo.slice %29 [0:4, 24:32] : (tensor<4x32xf32>) -> tensor<4x8xf32>
    %33 = stablehlo.reshape %30 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %34 = stablehlo.slice %33 [0:4, 0:2, 0:6] : (tensor<4x2x8xf32>) -> tensor<4x2x6xf32>
    %35 = stablehlo.slice %33 [0:4, 0:2, 6:8] : (tensor<4x2x8xf32>) -> tensor<4x2x2xf32>
    %36 = stablehlo.slice %34 [0:4, 0:2, 0:3] : (tensor<4x2x6xf32>) -> tensor<4x2x3xf32>
    %37 = stablehlo.slice %34 [0:4, 0:2, 3:6] : (tensor<4x2x6xf32>) -> tensor<4x2x3xf32>
    %38 = stablehlo.negate %37 : tensor<4x2x3xf32>
    %39 = stablehlo.concatenate %38, %36, dim = 2 : (tensor<4x2x3xf32>, tensor<4x2x3xf32>) -> tensor<4x2x6xf32>
    %40 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x6xf32>) -> tensor<4x2x6xf32>
    %41 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x6xf32>) -> tensor<4x2x6xf32>
    %42 = stablehlo.multiply %34, %40 : tensor<4x2x6xf32>
    %43 = stablehlo.multiply %39, %41 : tensor<4x2x6xf32>
    %44 = stablehlo.add %42, %43 : tensor<4x2x6xf32>
    %45 = stablehlo.concatenate %44, %35, dim = 2 : (tensor<4x2x6xf32>, tensor<4x2x2xf32>) -> tensor<4x2x8xf32>
    %46 = stablehlo.reshape %31 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %47 = stablehlo.slice %46 [0:4, 0:1, 0:6] : (tensor<4x1x8xf32>) -> tensor<4x1x6xf32>
    %48 = stablehlo.slice %46 [0:4, 0:1, 6:8] : (tensor<4x1x8xf32>) -> tensor<4x1x2xf32>
    %49 = stablehlo.slice %47 [0:4, 0:1, 0:3] : (tensor<4x1x6xf32>) -> tensor<4x1x3xf32>
    %50 = stablehlo.slice %47 [0:4, 0:1, 3:6] : (tensor<4x1x6xf32>) -> tensor<4x1x3xf32>
    %51 = stablehlo.negate %50 : tensor<4x1x3xf32>
    %52 = stablehlo.concatenate %51, %49, dim = 2 : (tensor<4x1x3xf32>, tensor<4x1x3xf32>) -> tensor<4x1x6xf32>
    %53 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x6xf32>) -> tensor<4x1x6xf32>
    %54 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x6xf32>) -> tensor<4x1x6xf32>
    %55 = stablehlo.multiply %47, %53 : tensor<4x1x6xf32>
    %56 = stablehlo.multiply %52, %54 : tensor<4x1x6xf32>
    %57 = stablehlo.add %55, %56 : tensor<4x1x6xf32>
    %58 = stablehlo.concatenate %57, %48, dim = 2 : (tensor<4x1x6xf32>, tensor<4x1x2xf32>) -> tensor<4x1x8xf32>
    %59 = stablehlo.reshape %32 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %60 = stablehlo.slice %58 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %61 = stablehlo.slice %59 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %62 = stablehlo.reshape %60 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %63 = stablehlo.dynamic_update_slice %arg3, %62, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %64 = stablehlo.reshape %61 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %65 = stablehlo.dynamic_update_slice %arg4, %64, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %66 = stablehlo.slice %58 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %67 = stablehlo.slice %59 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %68 = stablehlo.reshape %66 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %69 = stablehlo.dynamic_update_slice %63, %68, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %70 = stablehlo.reshape %67 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %71 = stablehlo.dynamic_update_slice %65, %70, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %72 = stablehlo.slice %58 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %73 = stablehlo.slice %59 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %74 = stablehlo.reshape %72 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %75 = stablehlo.dynamic_update_slice %69, %74, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %76 = stablehlo.reshape %73 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %77 = stablehlo.dynamic_update_slice %71, %76, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %78 = stablehlo.slice %58 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %79 = stablehlo.slice %59 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %80 = stablehlo.reshape %78 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %81 = stablehlo.dynamic_update_slice %75, %80, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %82 = stablehlo.reshape %79 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %83 = stablehlo.dynamic_update_slice %77, %82, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %84 = stablehlo.slice %81 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %85 = stablehlo.reshape %84 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %86 = stablehlo.slice %83 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %87 = stablehlo.reshape %86 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %88 = stablehlo.reshape %45 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %89 = stablehlo.dot_general %88, %85, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %91 = stablehlo.multiply %89, %90 : tensor<4x1x2x64xf32>
    %92 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %93 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %94 = stablehlo.compare  LE, %93, %92,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %96 = stablehlo.select %94, %91, %95 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %97 = stablehlo.reduce(%96 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %99 = stablehlo.subtract %96, %98 : tensor<4x1x2x64xf32>
    %100 = stablehlo.exponential %99 : tensor<4x1x2x64xf32>
    %101 = stablehlo.reduce(%100 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %103 = stablehlo.divide %100, %102 : tensor<4x1x2x64xf32>
    %104 = stablehlo.dot_general %103, %87, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %105 = stablehlo.reshape %104 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %106 = stablehlo.dot_general %105, %arg8, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %107 = stablehlo.add %17, %106 : tensor<4x16xf32>
    %108 = stablehlo.multiply %107, %107 : tensor<4x16xf32>
    %109 = stablehlo.reduce(%108 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %110 = stablehlo.divide %109, %20 : tensor<4xf32>
    %111 = stablehlo.add %110, %22 : tensor<4xf32>
    %112 = stablehlo.rsqrt %111 : tensor<4xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %114 = stablehlo.multiply %107, %113 : tensor<4x16xf32>
    %115 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %116 = stablehlo.multiply %114, %115 : tensor<4x16xf32>
    %117 = stablehlo.dot_general %116, %arg10, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<64x16xf32>) -> tensor<4x64xf32>
    %118 = stablehlo.slice %117 [0:4, 0:32] : (tensor<4x64xf32>) -> tensor<4x32xf32>
    %119 = stablehlo.slice %117 [0:4, 32:64] : (tensor<4x64xf32>) -> tensor<4x32xf32>
    %120 = stablehlo.logistic %118 : tensor<4x32xf32>
    %121 = stablehlo.multiply %118, %120 : tensor<4x32xf32>
    %122 = stablehlo.multiply %121, %119 : tensor<4x32xf32>
    %123 = stablehlo.dot_general %122, %arg11, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %124 = stablehlo.add %107, %123 : tensor<4x16xf32>
    %125 = stablehlo.multiply %124, %124 : tensor<4x16xf32>
    %126 = stablehlo.reduce(%125 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %127 = stablehlo.divide %126, %20 : tensor<4xf32>
    %128 = stablehlo.add %127, %22 : tensor<4xf32>
    %129 = stablehlo.rsqrt %128 : tensor<4xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %131 = stablehlo.multiply %124, %130 : tensor<4x16xf32>
    %132 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %133 = stablehlo.multiply %131, %132 : tensor<4x16xf32>
    %134 = stablehlo.dot_general %133, %arg13, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %135 = stablehlo.slice %134 [0:4, 0:16] : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %136 = stablehlo.slice %134 [0:4, 16:24] : (tensor<4x32xf32>) -> tensor<4x8xf32>
    %137 = stablehlo.slice %134 [0:4, 24:32] : (tensor<4x32xf32>) -> tensor<4x8xf32>
    %138 = stablehlo.reshape %135 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %139 = stablehlo.slice %138 [0:4, 0:2, 0:6] : (tensor<4x2x8xf32>) -> tensor<4x2x6xf32>
    %140 = stablehlo.slice %138 [0:4, 0:2, 6:8] : (tensor<4x2x8xf32>) -> tensor<4x2x2xf32>
    %141 = stablehlo.slice %139 [0:4, 0:2, 0:3] : (tensor<4x2x6xf32>) -> tensor<4x2x3xf32>
    %142 = stablehlo.slice %139 [0:4, 0:2, 3:6] : (tensor<4x2x6xf32>) -> tensor<4x2x3xf32>
    %143 = stablehlo.negate %142 : tensor<4x2x3xf32>
    %144 = stablehlo.concatenate %143, %141, dim = 2 : (tensor<4x2x3xf32>, tensor<4x2x3xf32>) -> tensor<4x2x6xf32>
    %145 = stablehlo.multiply %139, %40 : tensor<4x2x6xf32>
    %146 = stablehlo.multiply %144, %41 : tensor<4x2x6xf32>
    %147 = stablehlo.add %145, %146 : tensor<4x2x6xf32>
    %148 = stablehlo.concatenate %147, %140, dim = 2 : (tensor<4x2x6xf32>, tensor<4x2x2xf32>) -> tensor<4x2x8xf32>
    %149 = stablehlo.reshape %136 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %150 = stablehlo.slice %149 [0:4, 0:1, 0:6] : (tensor<4x1x8xf32>) -> tensor<4x1x6xf32>
    %151 = stablehlo.slice %149 [0:4, 0:1, 6:8] : (tensor<4x1x8xf32>) -> tensor<4x1x2xf32>
    %152 = stablehlo.slice %150 [0:4, 0:1, 0:3] : (tensor<4x1x6xf32>) -> tensor<4x1x3xf32>
    %153 = stablehlo.slice %150 [0:4, 0:1, 3:6] : (tensor<4x1x6xf32>) -> tensor<4x1x3xf32>
    %154 = stablehlo.negate %153 : tensor<4x1x3xf32>
    %155 = stablehlo.concatenate %154, %152, dim = 2 : (tensor<4x1x3xf32>, tensor<4x1x3xf32>) -> tensor<4x1x6xf32>
    %156 = stablehlo.multiply %150, %53 : tensor<4x1x6xf32>
    %157 = stablehlo.multiply %155, %54 : tensor<4x1x6xf32>
    %158 = stablehlo.add %156, %157 : tensor<4x1x6xf32>
    %159 = stablehlo.concatenate %158, %151, dim = 2 : (tensor<4x1x6xf32>, tensor<4x1x2xf32>) -> tensor<4x1x8xf32>
    %160 = stablehlo.reshape %137 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %161 = stablehlo.slice %159 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %162 = stablehlo.slice %160 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %163 = stablehlo.reshape %161 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %164 = stablehlo.dynamic_update_slice %81, %163, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %165 = stablehlo.reshape %162 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %166 = stablehlo.dynamic_update_slice %83, %165, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %167 = stablehlo.slice %159 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %168 = stablehlo.slice %160 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %169 = stablehlo.reshape %167 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %170 = stablehlo.dynamic_update_slice %164, %169, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %171 = stablehlo.reshape %168 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %172 = stablehlo.dynamic_update_slice %166, %171, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %173 = stablehlo.slice %159 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %174 = stablehlo.slice %160 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %175 = stablehlo.reshape %173 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %176 = stablehlo.dynamic_update_slice %170, %175, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %177 = stablehlo.reshape %174 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %178 = stablehlo.dynamic_update_slice %172, %177, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %179 = stablehlo.slice %159 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %180 = stablehlo.slice %160 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %181 = stablehlo.reshape %179 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %182 = stablehlo.dynamic_update_slice %176, %181, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %183 = stablehlo.reshape %180 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %184 = stablehlo.dynamic_update_slice %178, %183, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %185 = stablehlo.slice %182 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %186 = stablehlo.reshape %185 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %187 = stablehlo.slice %184 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %188 = stablehlo.reshape %187 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %189 = stablehlo.reshape %148 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %190 = stablehlo.dot_general %189, %186, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %191 = stablehlo.multiply %190, %90 : tensor<4x1x2x64xf32>
    %192 = stablehlo.select %94, %191, %95 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %193 = stablehlo.reduce(%192 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %195 = stablehlo.subtract %192, %194 : tensor<4x1x2x64xf32>
    %196 = stablehlo.exponential %195 : tensor<4x1x2x64xf32>
    %197 = stablehlo.reduce(%196 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %199 = stablehlo.divide %196, %198 : tensor<4x1x2x64xf32>
    %200 = stablehlo.dot_general %199, %188, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %201 = stablehlo.reshape %200 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %202 = stablehlo.dot_general %201, %arg14, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %203 = stablehlo.add %124, %202 : tensor<4x16xf32>
    %204 = stablehlo.multiply %203, %203 : tensor<4x16xf32>
    %205 = stablehlo.reduce(%204 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %206 = stablehlo.divide %205, %20 : tensor<4xf32>
    %207 = stablehlo.add %206, %22 : tensor<4xf32>
    %208 = stablehlo.rsqrt %207 : tensor<4xf32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %210 = stablehlo.multiply %203, %209 : tensor<4x16xf32>
    %211 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %212 = stablehlo.multiply %210, %211 : tensor<4x16xf32>
    %213 = stablehlo.dot_general %212, %arg16, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<64x16xf32>) -> tensor<4x64xf32>
    %214 = stablehlo.slice %213 [0:4, 0:32] : (tensor<4x64xf32>) -> tensor<4x32xf32>
    %215 = stablehlo.slice %213 [0:4, 32:64] : (tensor<4x64xf32>) -> tensor<4x32xf32>
    %216 = stablehlo.logistic %214 : tensor<4x32xf32>
    %217 = stablehlo.multiply %214, %216 : tensor<4x32xf32>
    %218 = stablehlo.multiply %217, %215 : tensor<4x32xf32>
    %219 = stablehlo.dot_general %218, %arg17, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %220 = stablehlo.add %203, %219 : tensor<4x16xf32>
    %221 = stablehlo.multiply %220, %220 : tensor<4x16xf32>
    %222 = stablehlo.reduce(%221 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %223 = stablehlo.divide %222, %20 : tensor<4xf32>
    %224 = stablehlo.add %223, %22 : tensor<4xf32>
    %225 = stablehlo.rsqrt %224 : tensor<4xf32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %227 = stablehlo.multiply %220, %226 : tensor<4x16xf32>
    %228 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %229 = stablehlo.multiply %227, %228 : tensor<4x16xf32>
    %230 = stablehlo.dot_general %229, %arg19, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %231 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %232:2 = stablehlo.reduce(%230 init: %cst_4), (%231 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg20: tensor<f32>, %arg22: tensor<f32>) (%arg21: tensor<i32>, %arg23: tensor<i32>)  {
      %233 = stablehlo.compare  GT, %arg20, %arg22,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %234 = stablehlo.compare  NE, %arg20, %arg20,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %235 = stablehlo.or %233, %234 : tensor<i1>
      %236 = stablehlo.compare  EQ, %arg20, %arg22,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %237 = stablehlo.compare  LT, %arg21, %arg23,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %238 = stablehlo.and %236, %237 : tensor<i1>
      %239 = stablehlo.or %235, %238 : tensor<i1>
      %240 = stablehlo.select %235, %arg20, %arg22 : tensor<i1>, tensor<f32>
      %241 = stablehlo.select %239, %arg21, %arg23 : tensor<i1>, tensor<i32>
      stablehlo.return %240, %241 : tensor<f32>, tensor<i32>
    }
    return %232#1, %182, %184 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
