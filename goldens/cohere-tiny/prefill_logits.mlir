// emit arch=cohere-tiny graph=prefill_logits precision=f32 capacity=64 chunk=32 quant=none
module @prefill_logits {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg12: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg13: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg14: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg15: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg16: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg17: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg18: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg19: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg20: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg21: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg22: tensor<16xf32> loc("model.norm.weight")) -> (tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0188030154, 3.53553391E-4, 6.64786967E-6]> : tensor<4xf32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<32x4xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<32x4xf32>
    %6 = stablehlo.cosine %5 : tensor<32x4xf32>
    %7 = stablehlo.sine %5 : tensor<32x4xf32>
    %8 = stablehlo.broadcast_in_dim %6, dims = [0, 1] : (tensor<32x4xf32>) -> tensor<32x4x2xf32>
    %9 = stablehlo.reshape %8 : (tensor<32x4x2xf32>) -> tensor<32x8xf32>
    %10 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<32x4xf32>) -> tensor<32x4x2xf32>
    %11 = stablehlo.reshape %10 : (tensor<32x4x2xf32>) -> tensor<32x8xf32>
    %12 = stablehlo.reshape %arg0 : (tensor<32xi32>) -> tensor<32x1xi32>
    %13 = "stablehlo.gather"(%arg5, %12) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<32x1xi32>) -> tensor<32x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.reduce(%13 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %16 = stablehlo.divide %14, %15 : tensor<32xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %18 = stablehlo.subtract %13, %17 : tensor<32x16xf32>
    %19 = stablehlo.multiply %18, %18 : tensor<32x16xf32>
    %20 = stablehlo.reduce(%19 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %21 = stablehlo.divide %20, %15 : tensor<32xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %23 = stablehlo.add %21, %22 : tensor<32xf32>
    %24 = stablehlo.rsqrt %23 : tensor<32xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %26 = stablehlo.multiply %18, %25 : tensor<32x16xf32>
    %27 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %28 = stablehlo.multiply %26, %27 : tensor<32x16xf32>
    %29 = stablehlo.dot_general %28, %arg7, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %30 = stablehlo.dot_general %28, %arg8, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %31 = stablehlo.dot_general %28, %arg9, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %32 = stablehlo.reshape %29 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %33 = stablehlo.reshape %32 : (tensor<32x2x8xf32>) -> tensor<32x2x4x2xf32>
    %34 = stablehlo.slice %33 [0:32, 0:2, 0:4, 0:1] : (tensor<32x2x4x2xf32>) -> tensor<32x2x4x1xf32>
    %35 = stablehlo.slice %33 [0:32, 0:2, 0:4, 1:2] : (tensor<32x2x4x2xf32>) -> tensor<32x2x4x1xf32>
    %36 = stablehlo.negate %35 : tensor<32x2x4x1xf32>
    %37 = stablehlo.concatenate %36, %34, dim = 3 : (tensor<32x2x4x1xf32>, tensor<32x2x4x1xf32>) -> tensor<32x2x4x2xf32>
    %38 = stablehlo.reshape %37 : (tensor<32x2x4x2xf32>) -> tensor<32x2x8xf32>
    %39 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %40 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %41 = stablehlo.multiply %32, %39 : tensor<32x2x8xf32>
    %42 = stablehlo.multiply %38, %40 : tensor<32x2x8xf32>
    %43 = stablehlo.add %41, %42 : tensor<32x2x8xf32>
    %44 = stablehlo.reshape %30 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %45 = stablehlo.reshape %44 : (tensor<32x1x8xf32>) -> tensor<32x1x4x2xf32>
    %46 = stablehlo.slice %45 [0:32, 0:1, 0:4, 0:1] : (tensor<32x1x4x2xf32>) -> tensor<32x1x4x1xf32>
    %47 = stablehlo.slice %45 [0:32, 0:1, 0:4, 1:2] : (tensor<32x1x4x2xf32>) -> tensor<32x1x4x1xf32>
    %48 = stablehlo.negate %47 : tensor<32x1x4x1xf32>
    %49 = stablehlo.concatenate %48, %46, dim = 3 : (tensor<32x1x4x1xf32>, tensor<32x1x4x1xf32>) -> tensor<32x1x4x2xf32>
    %50 = stablehlo.reshape %49 : (tensor<32x1x4x2xf32>) -> tensor<32x1x8xf32>
    %51 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %52 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %53 = stablehlo.multiply %44, %51 : tensor<32x1x8xf32>
    %54 = stablehlo.multiply %50, %52 : tensor<32x1x8xf32>
    %55 = stablehlo.add %53, %54 : tensor<32x1x8xf32>
    %56 = stablehlo.reshape %31 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %57 = stablehlo.reshape %55 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %58 = stablehlo.dynamic_update_slice %arg3, %57, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %59 = stablehlo.reshape %56 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %60 = stablehlo.dynamic_update_slice %arg4, %59, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %61 = stablehlo.slice %58 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %62 = stablehlo.slice %60 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %63 = stablehlo.reshape %43 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %64 = stablehlo.reshape %61 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %65 = stablehlo.reshape %62 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %66 = stablehlo.dot_general %63, %64, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %68 = stablehlo.multiply %66, %67 : tensor<1x32x2x64xf32>
    %69 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<1x32x2x64xi32>
    %70 = stablehlo.iota dim = 3 : tensor<1x32x2x64xi32>
    %71 = stablehlo.compare  LE, %70, %69,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %73 = stablehlo.select %71, %68, %72 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %74 = stablehlo.reduce(%73 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %76 = stablehlo.subtract %73, %75 : tensor<1x32x2x64xf32>
    %77 = stablehlo.exponential %76 : tensor<1x32x2x64xf32>
    %78 = stablehlo.reduce(%77 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %80 = stablehlo.divide %77, %79 : tensor<1x32x2x64xf32>
    %81 = stablehlo.dot_general %80, %65, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %82 = stablehlo.transpose %81, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %83 = stablehlo.reshape %82 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %84 = stablehlo.dot_general %83, %arg10, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %85 = stablehlo.dot_general %28, %arg11, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %86 = stablehlo.dot_general %28, %arg12, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %87 = stablehlo.logistic %85 : tensor<32x32xf32>
    %88 = stablehlo.multiply %85, %87 : tensor<32x32xf32>
    %89 = stablehlo.multiply %88, %86 : tensor<32x32xf32>
    %90 = stablehlo.dot_general %89, %arg13, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %91 = stablehlo.add %13, %84 : tensor<32x16xf32>
    %92 = stablehlo.add %91, %90 : tensor<32x16xf32>
    %93 = stablehlo.reduce(%92 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %94 = stablehlo.divide %93, %15 : tensor<32xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %96 = stablehlo.subtract %92, %95 : tensor<32x16xf32>
    %97 = stablehlo.multiply %96, %96 : tensor<32x16xf32>
    %98 = stablehlo.reduce(%97 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %99 = stablehlo.divide %98, %15 : tensor<32xf32>
    %100 = stablehlo.add %99, %22 : tensor<32xf32>
    %101 = stablehlo.rsqrt %100 : tensor<32xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %103 = stablehlo.multiply %96, %102 : tensor<32x16xf32>
    %104 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %105 = stablehlo.multiply %103, %104 : tensor<32x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %106 = stablehlo.dot_general %105, %arg15, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %107 = stablehlo.dot_general %105, %arg16, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %108 = stablehlo.dot_general %105, %arg17, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %109 = stablehlo.reshape %106 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %110 = stablehlo.reshape %109 : (tensor<32x2x8xf32>) -> tensor<32x2x4x2xf32>
    %111 = stablehlo.slice %110 [0:32, 0:2, 0:4, 0:1] : (tensor<32x2x4x2xf32>) -> tensor<32x2x4x1xf32>
    %112 = stablehlo.slice %110 [0:32, 0:2, 0:4, 1:2] : (tensor<32x2x4x2xf32>) -> tensor<32x2x4x1xf32>
    %113 = stablehlo.negate %112 : tensor<32x2x4x1xf32>
    %114 = stablehlo.concatenate %113, %111, dim = 3 : (tensor<32x2x4x1xf32>, tensor<32x2x4x1xf32>) -> tensor<32x2x4x2xf32>
    %115 = stablehlo.reshape %114 : (tensor<32x2x4x2xf32>) -> tensor<32x2x8xf32>
    %116 = stablehlo.multiply %109, %39 : tensor<32x2x8xf32>
    %117 = stablehlo.multiply %115, %40 : tensor<32x2x8xf32>
    %118 = stablehlo.add %116, %117 : tensor<32x2x8xf32>
    %119 = stablehlo.reshape %107 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %120 = stablehlo.reshape %119 : (tensor<32x1x8xf32>) -> tensor<32x1x4x2xf32>
    %121 = stablehlo.slice %120 [0:32, 0:1, 0:4, 0:1] : (tensor<32x1x4x2xf32>) -> tensor<32x1x4x1xf32>
    %122 = stablehlo.slice %120 [0:32, 0:1, 0:4, 1:2] : (tensor<32x1x4x2xf32>) -> tensor<32x1x4x1xf32>
    %123 = stablehlo.negate %122 : tensor<32x1x4x1xf32>
    %124 = stablehlo.concatenate %123, %121, dim = 3 : (tensor<32x1x4x1xf32>, tensor<32x1x4x1xf32>) -> tensor<32x1x4x2xf32>
    %125 = stablehlo.reshape %124 : (tensor<32x1x4x2xf32>) -> tensor<32x1x8xf32>
    %126 = stablehlo.multiply %119, %51 : tensor<32x1x8xf32>
    %127 = stablehlo.multiply %125, %52 : tensor<32x1x8xf32>
    %128 = stablehlo.add %126, %127 : tensor<32x1x8xf32>
    %129 = stablehlo.reshape %108 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %130 = stablehlo.reshape %128 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %131 = stablehlo.dynamic_update_slice %58, %130, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %132 = stablehlo.reshape %129 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %133 = stablehlo.dynamic_update_slice %60, %132, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %134 = stablehlo.slice %131 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %135 = stablehlo.slice %133 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %136 = stablehlo.reshape %118 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %137 = stablehlo.reshape %134 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %138 = stablehlo.reshape %135 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %139 = stablehlo.dot_general %136, %137, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %140 = stablehlo.multiply %139, %67 : tensor<1x32x2x64xf32>
    %141 = stablehlo.select %71, %140, %72 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %142 = stablehlo.reduce(%141 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %144 = stablehlo.subtract %141, %143 : tensor<1x32x2x64xf32>
    %145 = stablehlo.exponential %144 : tensor<1x32x2x64xf32>
    %146 = stablehlo.reduce(%145 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %148 = stablehlo.divide %145, %147 : tensor<1x32x2x64xf32>
    %149 = stablehlo.dot_general %148, %138, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %150 = stablehlo.transpose %149, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %151 = stablehlo.reshape %150 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %152 = stablehlo.dot_general %151, %arg18, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %153 = stablehlo.dot_general %105, %arg19, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %154 = stablehlo.dot_general %105, %arg20, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %155 = stablehlo.logistic %153 : tensor<32x32xf32>
    %156 = stablehlo.multiply %153, %155 : tensor<32x32xf32>
    %157 = stablehlo.multiply %156, %154 : tensor<32x32xf32>
    %158 = stablehlo.dot_general %157, %arg21, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %159 = stablehlo.add %92, %152 : tensor<32x16xf32>
    %160 = stablehlo.add %159, %158 : tensor<32x16xf32>
    %161 = stablehlo.subtract %arg2, %c_0 : tensor<i32>
    %162 = stablehlo.dynamic_slice %160, %161, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %163 = stablehlo.reduce(%162 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %164 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %165 = stablehlo.divide %163, %164 : tensor<1xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %167 = stablehlo.subtract %162, %166 : tensor<1x16xf32>
    %168 = stablehlo.multiply %167, %167 : tensor<1x16xf32>
    %169 = stablehlo.reduce(%168 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %170 = stablehlo.divide %169, %164 : tensor<1xf32>
    %171 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %172 = stablehlo.add %170, %171 : tensor<1xf32>
    %173 = stablehlo.rsqrt %172 : tensor<1xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %175 = stablehlo.multiply %167, %174 : tensor<1x16xf32>
    %176 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %177 = stablehlo.multiply %175, %176 : tensor<1x16xf32>
    %178 = stablehlo.dot_general %177, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %cst_5 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<1x32xf32>
    %181 = stablehlo.reshape %180 : (tensor<1x32xf32>) -> tensor<32xf32>
    return %181, %131, %133 : tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
