// emit arch=phi3-tiny graph=decode_step precision=f32 capacity=64 batch=1 quant=none
module @decode_step {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<32x16xf32> loc("model.layers.0.self_attn.qkv_proj.weight"), %arg8: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg9: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg10: tensor<64x16xf32> loc("model.layers.0.mlp.gate_up_proj.weight"), %arg11: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg12: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg13: tensor<32x16xf32> loc("model.layers.1.self_attn.qkv_proj.weight"), %arg14: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg16: tensor<64x16xf32> loc("model.layers.1.mlp.gate_up_proj.weight"), %arg17: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg18: tensor<16xf32> loc("model.norm.weight"), %arg19: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x3xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0464158878, 0.0021544348]> : tensor<3xf32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<1x3xf32>
    %7 = stablehlo.cosine %6 : tensor<1x3xf32>
    %8 = stablehlo.sine %6 : tensor<1x3xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<1x3xf32>, tensor<1x3xf32>) -> tensor<1x6xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<1x3xf32>, tensor<1x3xf32>) -> tensor<1x6xf32>
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
    %24 = stablehlo.dot_general %23, %arg7, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %25 = stablehlo.slice %24 [0:1, 0:16] : (tensor<1x32xf32>) -> tensor<1x16xf32>
    %26 = stablehlo.slice %24 [0:1, 16:24] : (tensor<1x32xf32>) -> tensor<1x8xf32>
    %27 = stablehlo.slice %24 [0:1, 24:32] : (tensor<1x32xf32>) -> tensor<1x8xf32>
    %28 = stablehlo.reshape %25 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %29 = stablehlo.slice %28 [0:1, 0:2, 0:6] : (tensor<1x2x8xf32>) -> tensor<1x2x6xf32>
    %30 = stablehlo.slice %28 [0:1, 0:2, 6:8] : (tensor<1x2x8xf32>) -> tensor<1x2x2xf32>
    %31 = stablehlo.slice %29 [0:1, 0:2, 0:3] : (tensor<1x2x6xf32>) -> tensor<1x2x3xf32>
    %32 = stablehlo.slice %29 [0:1, 0:2, 3:6] : (tensor<1x2x6xf32>) -> tensor<1x2x3xf32>
    %33 = stablehlo.negate %32 : tensor<1x2x3xf32>
    %34 = stablehlo.concatenate %33, %31, dim = 2 : (tensor<1x2x3xf32>, tensor<1x2x3xf32>) -> tensor<1x2x6xf32>
    %35 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x6xf32>) -> tensor<1x2x6xf32>
    %36 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x6xf32>) -> tensor<1x2x6xf32>
    %37 = stablehlo.multiply %29, %35 : tensor<1x2x6xf32>
    %38 = stablehlo.multiply %34, %36 : tensor<1x2x6xf32>
    %39 = stablehlo.add %37, %38 : tensor<1x2x6xf32>
    %40 = stablehlo.concatenate %39, %30, dim = 2 : (tensor<1x2x6xf32>, tensor<1x2x2xf32>) -> tensor<1x2x8xf32>
    %41 = stablehlo.reshape %26 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %42 = stablehlo.slice %41 [0:1, 0:1, 0:6] : (tensor<1x1x8xf32>) -> tensor<1x1x6xf32>
    %43 = stablehlo.slice %41 [0:1, 0:1, 6:8] : (tensor<1x1x8xf32>) -> tensor<1x1x2xf32>
    %44 = stablehlo.slice %42 [0:1, 0:1, 0:3] : (tensor<1x1x6xf32>) -> tensor<1x1x3xf32>
    %45 = stablehlo.slice %42 [0:1, 0:1, 3:6] : (tensor<1x1x6xf32>) -> tensor<1x1x3xf32>
    %46 = stablehlo.negate %45 : tensor<1x1x3xf32>
    %47 = stablehlo.concatenate %46, %44, dim = 2 : (tensor<1x1x3xf32>, tensor<1x1x3xf32>) -> tensor<1x1x6xf32>
    %48 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x6xf32>) -> tensor<1x1x6xf32>
    %49 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x6xf32>) -> tensor<1x1x6xf32>
    %50 = stablehlo.multiply %42, %48 : tensor<1x1x6xf32>
    %51 = stablehlo.multiply %47, %49 : tensor<1x1x6xf32>
    %52 = stablehlo.add %50, %51 : tensor<1x1x6xf32>
    %53 = stablehlo.concatenate %52, %43, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x2xf32>) -> tensor<1x1x8xf32>
    %54 = stablehlo.reshape %27 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %55 = stablehlo.reshape %53 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %56 = stablehlo.dynamic_update_slice %arg3, %55, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %57 = stablehlo.reshape %54 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %58 = stablehlo.dynamic_update_slice %arg4, %57, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %59 = stablehlo.slice %56 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %60 = stablehlo.slice %58 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %61 = stablehlo.reshape %40 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %62 = stablehlo.dot_general %61, %59, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %64 = stablehlo.multiply %62, %63 : tensor<1x1x2x64xf32>
    %65 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %66 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %67 = stablehlo.compare  LE, %66, %65,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %69 = stablehlo.select %67, %64, %68 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %70 = stablehlo.reduce(%69 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %72 = stablehlo.subtract %69, %71 : tensor<1x1x2x64xf32>
    %73 = stablehlo.exponential %72 : tensor<1x1x2x64xf32>
    %74 = stablehlo.reduce(%73 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %76 = stablehlo.divide %73, %75 : tensor<1x1x2x64xf32>
    %77 = stablehlo.dot_general %76, %60, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %79 = stablehlo.dot_general %78, %arg8, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %80 = stablehlo.add %12, %79 : tensor<1x16xf32>
    %81 = stablehlo.multiply %80, %80 : tensor<1x16xf32>
    %82 = stablehlo.reduce(%81 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %83 = stablehlo.divide %82, %15 : tensor<1xf32>
    %84 = stablehlo.add %83, %17 : tensor<1xf32>
    %85 = stablehlo.rsqrt %84 : tensor<1xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %87 = stablehlo.multiply %80, %86 : tensor<1x16xf32>
    %88 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %89 = stablehlo.multiply %87, %88 : tensor<1x16xf32>
    %90 = stablehlo.dot_general %89, %arg10, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<64x16xf32>) -> tensor<1x64xf32>
    %91 = stablehlo.slice %90 [0:1, 0:32] : (tensor<1x64xf32>) -> tensor<1x32xf32>
    %92 = stablehlo.slice %90 [0:1, 32:64] : (tensor<1x64xf32>) -> tensor<1x32xf32>
    %93 = stablehlo.logistic %91 : tensor<1x32xf32>
    %94 = stablehlo.multiply %91, %93 : tensor<1x32xf32>
    %95 = stablehlo.multiply %94, %92 : tensor<1x32xf32>
    %96 = stablehlo.dot_general %95, %arg11, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %97 = stablehlo.add %80, %96 : tensor<1x16xf32>
    %98 = stablehlo.multiply %97, %97 : tensor<1x16xf32>
    %99 = stablehlo.reduce(%98 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %100 = stablehlo.divide %99, %15 : tensor<1xf32>
    %101 = stablehlo.add %100, %17 : tensor<1xf32>
    %102 = stablehlo.rsqrt %101 : tensor<1xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %104 = stablehlo.multiply %97, %103 : tensor<1x16xf32>
    %105 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %106 = stablehlo.multiply %104, %105 : tensor<1x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %107 = stablehlo.dot_general %106, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %108 = stablehlo.slice %107 [0:1, 0:16] : (tensor<1x32xf32>) -> tensor<1x16xf32>
    %109 = stablehlo.slice %107 [0:1, 16:24] : (tensor<1x32xf32>) -> tensor<1x8xf32>
    %110 = stablehlo.slice %107 [0:1, 24:32] : (tensor<1x32xf32>) -> tensor<1x8xf32>
    %111 = stablehlo.reshape %108 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %112 = stablehlo.slice %111 [0:1, 0:2, 0:6] : (tensor<1x2x8xf32>) -> tensor<1x2x6xf32>
    %113 = stablehlo.slice %111 [0:1, 0:2, 6:8] : (tensor<1x2x8xf32>) -> tensor<1x2x2xf32>
    %114 = stablehlo.slice %112 [0:1, 0:2, 0:3] : (tensor<1x2x6xf32>) -> tensor<1x2x3xf32>
    %115 = stablehlo.slice %112 [0:1, 0:2, 3:6] : (tensor<1x2x6xf32>) -> tensor<1x2x3xf32>
    %116 = stablehlo.negate %115 : tensor<1x2x3xf32>
    %117 = stablehlo.concatenate %116, %114, dim = 2 : (tensor<1x2x3xf32>, tensor<1x2x3xf32>) -> tensor<1x2x6xf32>
    %118 = stablehlo.multiply %112, %35 : tensor<1x2x6xf32>
    %119 = stablehlo.multiply %117, %36 : tensor<1x2x6xf32>
    %120 = stablehlo.add %118, %119 : tensor<1x2x6xf32>
    %121 = stablehlo.concatenate %120, %113, dim = 2 : (tensor<1x2x6xf32>, tensor<1x2x2xf32>) -> tensor<1x2x8xf32>
    %122 = stablehlo.reshape %109 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %123 = stablehlo.slice %122 [0:1, 0:1, 0:6] : (tensor<1x1x8xf32>) -> tensor<1x1x6xf32>
    %124 = stablehlo.slice %122 [0:1, 0:1, 6:8] : (tensor<1x1x8xf32>) -> tensor<1x1x2xf32>
    %125 = stablehlo.slice %123 [0:1, 0:1, 0:3] : (tensor<1x1x6xf32>) -> tensor<1x1x3xf32>
    %126 = stablehlo.slice %123 [0:1, 0:1, 3:6] : (tensor<1x1x6xf32>) -> tensor<1x1x3xf32>
    %127 = stablehlo.negate %126 : tensor<1x1x3xf32>
    %128 = stablehlo.concatenate %127, %125, dim = 2 : (tensor<1x1x3xf32>, tensor<1x1x3xf32>) -> tensor<1x1x6xf32>
    %129 = stablehlo.multiply %123, %48 : tensor<1x1x6xf32>
    %130 = stablehlo.multiply %128, %49 : tensor<1x1x6xf32>
    %131 = stablehlo.add %129, %130 : tensor<1x1x6xf32>
    %132 = stablehlo.concatenate %131, %124, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x2xf32>) -> tensor<1x1x8xf32>
    %133 = stablehlo.reshape %110 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %134 = stablehlo.reshape %132 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %135 = stablehlo.dynamic_update_slice %56, %134, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %136 = stablehlo.reshape %133 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %137 = stablehlo.dynamic_update_slice %58, %136, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %138 = stablehlo.slice %135 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %139 = stablehlo.slice %137 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %140 = stablehlo.reshape %121 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %141 = stablehlo.dot_general %140, %138, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %142 = stablehlo.multiply %141, %63 : tensor<1x1x2x64xf32>
    %143 = stablehlo.select %67, %142, %68 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %144 = stablehlo.reduce(%143 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %146 = stablehlo.subtract %143, %145 : tensor<1x1x2x64xf32>
    %147 = stablehlo.exponential %146 : tensor<1x1x2x64xf32>
    %148 = stablehlo.reduce(%147 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %150 = stablehlo.divide %147, %149 : tensor<1x1x2x64xf32>
    %151 = stablehlo.dot_general %150, %139, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %152 = stablehlo.reshape %151 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %153 = stablehlo.dot_general %152, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %154 = stablehlo.add %97, %153 : tensor<1x16xf32>
    %155 = stablehlo.multiply %154, %154 : tensor<1x16xf32>
    %156 = stablehlo.reduce(%155 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %157 = stablehlo.divide %156, %15 : tensor<1xf32>
    %158 = stablehlo.add %157, %17 : tensor<1xf32>
    %159 = stablehlo.rsqrt %158 : tensor<1xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %161 = stablehlo.multiply %154, %160 : tensor<1x16xf32>
    %162 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %163 = stablehlo.multiply %161, %162 : tensor<1x16xf32>
    %164 = stablehlo.dot_general %163, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<64x16xf32>) -> tensor<1x64xf32>
    %165 = stablehlo.slice %164 [0:1, 0:32] : (tensor<1x64xf32>) -> tensor<1x32xf32>
    %166 = stablehlo.slice %164 [0:1, 32:64] : (tensor<1x64xf32>) -> tensor<1x32xf32>
    %167 = stablehlo.logistic %165 : tensor<1x32xf32>
    %168 = stablehlo.multiply %165, %167 : tensor<1x32xf32>
    %169 = stablehlo.multiply %168, %166 : tensor<1x32xf32>
    %170 = stablehlo.dot_general %169, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %171 = stablehlo.add %154, %170 : tensor<1x16xf32>
    %172 = stablehlo.multiply %171, %171 : tensor<1x16xf32>
    %173 = stablehlo.reduce(%172 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %174 = stablehlo.divide %173, %15 : tensor<1xf32>
    %175 = stablehlo.add %174, %17 : tensor<1xf32>
    %176 = stablehlo.rsqrt %175 : tensor<1xf32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %178 = stablehlo.multiply %171, %177 : tensor<1x16xf32>
    %179 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<1x16xf32>
    %181 = stablehlo.dot_general %180, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %182 = stablehlo.reshape %181 : (tensor<1x32xf32>) -> tensor<32xf32>
    %183 = stablehlo.iota dim = 0 : tensor<32xi32>
    %184:2 = stablehlo.reduce(%182 init: %cst_4), (%183 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg20: tensor<f32>, %arg22: tensor<f32>) (%arg21: tensor<i32>, %arg23: tensor<i32>)  {
      %185 = stablehlo.compare  GT, %arg20, %arg22,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %186 = stablehlo.compare  NE, %arg20, %arg20,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %187 = stablehlo.or %185, %186 : tensor<i1>
      %188 = stablehlo.compare  EQ, %arg20, %arg22,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %189 = stablehlo.compare  LT, %arg21, %arg23,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %190 = stablehlo.and %188, %189 : tensor<i1>
      %191 = stablehlo.or %187, %190 : tensor<i1>
      %192 = stablehlo.select %187, %arg20, %arg22 : tensor<i1>, tensor<f32>
      %193 = stablehlo.select %191, %arg21, %arg23 : tensor<i1>, tensor<i32>
      stablehlo.return %192, %193 : tensor<f32>, tensor<i32>
    }
    return %184#1, %135, %137 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
