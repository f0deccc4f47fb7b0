// emit arch=phi3-tiny graph=prefill precision=f32 capacity=64 chunk=32 quant=none
module @prefill {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<32x16xf32> loc("model.layers.0.self_attn.qkv_proj.weight"), %arg8: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg9: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg10: tensor<64x16xf32> loc("model.layers.0.mlp.gate_up_proj.weight"), %arg11: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg12: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg13: tensor<32x16xf32> loc("model.layers.1.self_attn.qkv_proj.weight"), %arg14: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg16: tensor<64x16xf32> loc("model.layers.1.mlp.gate_up_proj.weight"), %arg17: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg18: tensor<16xf32> loc("model.norm.weight"), %arg19: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x3xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0464158878, 0.0021544348]> : tensor<3xf32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<3xf32>) -> tensor<32x3xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<32x3xf32>
    %6 = stablehlo.cosine %5 : tensor<32x3xf32>
    %7 = stablehlo.sine %5 : tensor<32x3xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<32x3xf32>, tensor<32x3xf32>) -> tensor<32x6xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<32x3xf32>, tensor<32x3xf32>) -> tensor<32x6xf32>
    %10 = stablehlo.reshape %arg0 : (tensor<32xi32>) -> tensor<32x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<32x1xi32>) -> tensor<32x16xf32>
    %12 = stablehlo.multiply %11, %11 : tensor<32x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%12 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %15 = stablehlo.divide %13, %14 : tensor<32xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %17 = stablehlo.add %15, %16 : tensor<32xf32>
    %18 = stablehlo.rsqrt %17 : tensor<32xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %20 = stablehlo.multiply %11, %19 : tensor<32x16xf32>
    %21 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %22 = stablehlo.multiply %20, %21 : tensor<32x16xf32>
    %23 = stablehlo.dot_general %22, %arg7, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %24 = stablehlo.slice %23 [0:32, 0:16] : (tensor<32x32xf32>) -> tensor<32x16xf32>
    %25 = stablehlo.slice %23 [0:32, 16:24] : (tensor<32x32xf32>) -> tensor<32x8xf32>
    %26 = stablehlo.slice %23 [0:32, 24:32] : (tensor<32x32xf32>) -> tensor<32x8xf32>
    %27 = stablehlo.reshape %24 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %28 = stablehlo.slice %27 [0:32, 0:2, 0:6] : (tensor<32x2x8xf32>) -> tensor<32x2x6xf32>
    %29 = stablehlo.slice %27 [0:32, 0:2, 6:8] : (tensor<32x2x8xf32>) -> tensor<32x2x2xf32>
    %30 = stablehlo.slice %28 [0:32, 0:2, 0:3] : (tensor<32x2x6xf32>) -> tensor<32x2x3xf32>
    %31 = stablehlo.slice %28 [0:32, 0:2, 3:6] : (tensor<32x2x6xf32>) -> tensor<32x2x3xf32>
    %32 = stablehlo.negate %31 : tensor<32x2x3xf32>
    %33 = stablehlo.concatenate %32, %30, dim = 2 : (tensor<32x2x3xf32>, tensor<32x2x3xf32>) -> tensor<32x2x6xf32>
    %34 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x6xf32>) -> tensor<32x2x6xf32>
    %35 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x6xf32>) -> tensor<32x2x6xf32>
    %36 = stablehlo.multiply %28, %34 : tensor<32x2x6xf32>
    %37 = stablehlo.multiply %33, %35 : tensor<32x2x6xf32>
    %38 = stablehlo.add %36, %37 : tensor<32x2x6xf32>
    %39 = stablehlo.concatenate %38, %29, dim = 2 : (tensor<32x2x6xf32>, tensor<32x2x2xf32>) -> tensor<32x2x8xf32>
    %40 = stablehlo.reshape %25 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %41 = stablehlo.slice %40 [0:32, 0:1, 0:6] : (tensor<32x1x8xf32>) -> tensor<32x1x6xf32>
    %42 = stablehlo.slice %40 [0:32, 0:1, 6:8] : (tensor<32x1x8xf32>) -> tensor<32x1x2xf32>
    %43 = stablehlo.slice %41 [0:32, 0:1, 0:3] : (tensor<32x1x6xf32>) -> tensor<32x1x3xf32>
    %44 = stablehlo.slice %41 [0:32, 0:1, 3:6] : (tensor<32x1x6xf32>) -> tensor<32x1x3xf32>
    %45 = stablehlo.negate %44 : tensor<32x1x3xf32>
    %46 = stablehlo.concatenate %45, %43, dim = 2 : (tensor<32x1x3xf32>, tensor<32x1x3xf32>) -> tensor<32x1x6xf32>
    %47 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x6xf32>) -> tensor<32x1x6xf32>
    %48 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x6xf32>) -> tensor<32x1x6xf32>
    %49 = stablehlo.multiply %41, %47 : tensor<32x1x6xf32>
    %50 = stablehlo.multiply %46, %48 : tensor<32x1x6xf32>
    %51 = stablehlo.add %49, %50 : tensor<32x1x6xf32>
    %52 = stablehlo.concatenate %51, %42, dim = 2 : (tensor<32x1x6xf32>, tensor<32x1x2xf32>) -> tensor<32x1x8xf32>
    %53 = stablehlo.reshape %26 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %54 = stablehlo.reshape %52 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %55 = stablehlo.dynamic_update_slice %arg3, %54, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %56 = stablehlo.reshape %53 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %57 = stablehlo.dynamic_update_slice %arg4, %56, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %58 = stablehlo.slice %55 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %59 = stablehlo.slice %57 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %60 = stablehlo.reshape %39 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %61 = stablehlo.reshape %58 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %62 = stablehlo.reshape %59 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %63 = stablehlo.dot_general %60, %61, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %65 = stablehlo.multiply %63, %64 : tensor<1x32x2x64xf32>
    %66 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<1x32x2x64xi32>
    %67 = stablehlo.iota dim = 3 : tensor<1x32x2x64xi32>
    %68 = stablehlo.compare  LE, %67, %66,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %69 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %70 = stablehlo.select %68, %65, %69 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %71 = stablehlo.reduce(%70 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %72 = stablehlo.broadcast_in_dim %71, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %73 = stablehlo.subtract %70, %72 : tensor<1x32x2x64xf32>
    %74 = stablehlo.exponential %73 : tensor<1x32x2x64xf32>
    %75 = stablehlo.reduce(%74 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %77 = stablehlo.divide %74, %76 : tensor<1x32x2x64xf32>
    %78 = stablehlo.dot_general %77, %62, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %79 = stablehlo.transpose %78, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %80 = stablehlo.reshape %79 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %81 = stablehlo.dot_general %80, %arg8, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %82 = stablehlo.add %11, %81 : tensor<32x16xf32>
    %83 = stablehlo.multiply %82, %82 : tensor<32x16xf32>
    %84 = stablehlo.reduce(%83 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %85 = stablehlo.divide %84, %14 : tensor<32xf32>
    %86 = stablehlo.add %85, %16 : tensor<32xf32>
    %87 = stablehlo.rsqrt %86 : tensor<32xf32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %89 = stablehlo.multiply %82, %88 : tensor<32x16xf32>
    %90 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %91 = stablehlo.multiply %89, %90 : tensor<32x16xf32>
    %92 = stablehlo.dot_general %91, %arg10, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<64x16xf32>) -> tensor<32x64xf32>
    %93 = stablehlo.slice %92 [0:32, 0:32] : (tensor<32x64xf32>) -> tensor<32x32xf32>
    %94 = stablehlo.slice %92 [0:32, 32:64] : (tensor<32x64xf32>) -> tensor<32x32xf32>
    %95 = stablehlo.logistic %93 : tensor<32x32xf32>
    %96 = stablehlo.multiply %93, %95 : tensor<32x32xf32>
    %97 = stablehlo.multiply %96, %94 : tensor<32x32xf32>
    %98 = stablehlo.dot_general %97, %arg11, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %99 = stablehlo.add %82, %98 : tensor<32x16xf32>
    %100 = stablehlo.multiply %99, %99 : tensor<32x16xf32>
    %101 = stablehlo.reduce(%100 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %102 = stablehlo.divide %101, %14 : tensor<32xf32>
    %103 = stablehlo.add %102, %16 : tensor<32xf32>
    %104 = stablehlo.rsqrt %103 : tensor<32xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %106 = stablehlo.multiply %99, %105 : tensor<32x16xf32>
    %107 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %108 = stablehlo.multiply %106, %107 : tensor<32x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %109 = stablehlo.dot_general %108, %arg13, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %110 = stablehlo.slice %109 [0:32, 0:16] : (tensor<32x32xf32>) -> tensor<32x16xf32>
    %111 = stablehlo.slice %109 [0:32, 16:24] : (tensor<32x32xf32>) -> tensor<32x8xf32>
    %112 = stablehlo.slice %109 [0:32, 24:32] : (tensor<32x32xf32>) -> tensor<32x8xf32>
    %113 = stablehlo.reshape %110 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %114 = stablehlo.slice %113 [0:32, 0:2, 0:6] : (tensor<32x2x8xf32>) -> tensor<32x2x6xf32>
    %115 = stablehlo.slice %113 [0:32, 0:2, 6:8] : (tensor<32x2x8xf32>) -> tensor<32x2x2xf32>
    %116 = stablehlo.slice %114 [0:32, 0:2, 0:3] : (tensor<32x2x6xf32>) -> tensor<32x2x3xf32>
    %117 = stablehlo.slice %114 [0:32, 0:2, 3:6] : (tensor<32x2x6xf32>) -> tensor<32x2x3xf32>
    %118 = stablehlo.negate %117 : tensor<32x2x3xf32>
    %119 = stablehlo.concatenate %118, %116, dim = 2 : (tensor<32x2x3xf32>, tensor<32x2x3xf32>) -> tensor<32x2x6xf32>
    %120 = stablehlo.multiply %114, %34 : tensor<32x2x6xf32>
    %121 = stablehlo.multiply %119, %35 : tensor<32x2x6xf32>
    %122 = stablehlo.add %120, %121 : tensor<32x2x6xf32>
    %123 = stablehlo.concatenate %122, %115, dim = 2 : (tensor<32x2x6xf32>, tensor<32x2x2xf32>) -> tensor<32x2x8xf32>
    %124 = stablehlo.reshape %111 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %125 = stablehlo.slice %124 [0:32, 0:1, 0:6] : (tensor<32x1x8xf32>) -> tensor<32x1x6xf32>
    %126 = stablehlo.slice %124 [0:32, 0:1, 6:8] : (tensor<32x1x8xf32>) -> tensor<32x1x2xf32>
    %127 = stablehlo.slice %125 [0:32, 0:1, 0:3] : (tensor<32x1x6xf32>) -> tensor<32x1x3xf32>
    %128 = stablehlo.slice %125 [0:32, 0:1, 3:6] : (tensor<32x1x6xf32>) -> tensor<32x1x3xf32>
    %129 = stablehlo.negate %128 : tensor<32x1x3xf32>
    %130 = stablehlo.concatenate %129, %127, dim = 2 : (tensor<32x1x3xf32>, tensor<32x1x3xf32>) -> tensor<32x1x6xf32>
    %131 = stablehlo.multiply %125, %47 : tensor<32x1x6xf32>
    %132 = stablehlo.multiply %130, %48 : tensor<32x1x6xf32>
    %133 = stablehlo.add %131, %132 : tensor<32x1x6xf32>
    %134 = stablehlo.concatenate %133, %126, dim = 2 : (tensor<32x1x6xf32>, tensor<32x1x2xf32>) -> tensor<32x1x8xf32>
    %135 = stablehlo.reshape %112 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %136 = stablehlo.reshape %134 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %137 = stablehlo.dynamic_update_slice %55, %136, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %138 = stablehlo.reshape %135 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %139 = stablehlo.dynamic_update_slice %57, %138, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %140 = stablehlo.slice %137 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %141 = stablehlo.slice %139 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %142 = stablehlo.reshape %123 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %143 = stablehlo.reshape %140 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %144 = stablehlo.reshape %141 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %145 = stablehlo.dot_general %142, %143, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %146 = stablehlo.multiply %145, %64 : tensor<1x32x2x64xf32>
    %147 = stablehlo.select %68, %146, %69 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %148 = stablehlo.reduce(%147 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %150 = stablehlo.subtract %147, %149 : tensor<1x32x2x64xf32>
    %151 = stablehlo.exponential %150 : tensor<1x32x2x64xf32>
    %152 = stablehlo.reduce(%151 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %154 = stablehlo.divide %151, %153 : tensor<1x32x2x64xf32>
    %155 = stablehlo.dot_general %154, %144, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %156 = stablehlo.transpose %155, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %157 = stablehlo.reshape %156 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %158 = stablehlo.dot_general %157, %arg14, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %159 = stablehlo.add %99, %158 : tensor<32x16xf32>
    %160 = stablehlo.multiply %159, %159 : tensor<32x16xf32>
    %161 = stablehlo.reduce(%160 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %162 = stablehlo.divide %161, %14 : tensor<32xf32>
    %163 = stablehlo.add %162, %16 : tensor<32xf32>
    %164 = stablehlo.rsqrt %163 : tensor<32xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %166 = stablehlo.multiply %159, %165 : tensor<32x16xf32>
    %167 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %168 = stablehlo.multiply %166, %167 : tensor<32x16xf32>
    %169 = stablehlo.dot_general %168, %arg16, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<64x16xf32>) -> tensor<32x64xf32>
    %170 = stablehlo.slice %169 [0:32, 0:32] : (tensor<32x64xf32>) -> tensor<32x32xf32>
    %171 = stablehlo.slice %169 [0:32, 32:64] : (tensor<32x64xf32>) -> tensor<32x32xf32>
    %172 = stablehlo.logistic %170 : tensor<32x32xf32>
    %173 = stablehlo.multiply %170, %172 : tensor<32x32xf32>
    %174 = stablehlo.multiply %173, %171 : tensor<32x32xf32>
    %175 = stablehlo.dot_general %174, %arg17, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %176 = stablehlo.add %159, %175 : tensor<32x16xf32>
    %177 = stablehlo.subtract %arg2, %c_0 : tensor<i32>
    %178 = stablehlo.dynamic_slice %176, %177, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %179 = stablehlo.multiply %178, %178 : tensor<1x16xf32>
    %180 = stablehlo.reduce(%179 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %181 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %182 = stablehlo.divide %180, %181 : tensor<1xf32>
    %183 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %184 = stablehlo.add %182, %183 : tensor<1xf32>
    %185 = stablehlo.rsqrt %184 : tensor<1xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %187 = stablehlo.multiply %178, %186 : tensor<1x16xf32>
    %188 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %189 = stablehlo.multiply %187, %188 : tensor<1x16xf32>
    %190 = stablehlo.dot_general %189, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %191 = stablehlo.reshape %190 : (tensor<1x32xf32>) -> tensor<32xf32>
    %192 = stablehlo.iota dim = 0 : tensor<32xi32>
    %193:2 = stablehlo.reduce(%191 init: %cst_4), (%192 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg20: tensor<f32>, %arg22: tensor<f32>) (%arg21: tensor<i32>, %arg23: tensor<i32>)  {
      %194 = stablehlo.compare  GT, %arg20, %arg22,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %195 = stablehlo.compare  NE, %arg20, %arg20,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %196 = stablehlo.or %194, %195 : tensor<i1>
      %197 = stablehlo.compare  EQ, %arg20, %arg22,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %198 = stablehlo.compare  LT, %arg21, %arg23,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %199 = stablehlo.and %197, %198 : tensor<i1>
      %200 = stablehlo.or %196, %199 : tensor<i1>
      %201 = stablehlo.select %196, %arg20, %arg22 : tensor<i1>, tensor<f32>
      %202 = stablehlo.select %200, %arg21, %arg23 : tensor<i1>, tensor<i32>
      stablehlo.return %201, %202 : tensor<f32>, tensor<i32>
    }
    return %193#1, %137, %139 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
