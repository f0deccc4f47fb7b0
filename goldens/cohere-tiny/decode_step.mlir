// emit arch=cohere-tiny graph=decode_step precision=f32 capacity=64 batch=1 quant=none
module @decode_step {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg12: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg13: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg14: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg15: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg16: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg17: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg18: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg19: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg20: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg21: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg22: tensor<16xf32> loc("model.norm.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0188030154, 3.53553391E-4, 6.64786967E-6]> : tensor<4xf32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<1x4xf32>
    %7 = stablehlo.cosine %6 : tensor<1x4xf32>
    %8 = stablehlo.sine %6 : tensor<1x4xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x2xf32>
    %10 = stablehlo.reshape %9 : (tensor<1x4x2xf32>) -> tensor<1x8xf32>
    %11 = stablehlo.broadcast_in_dim %8, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x2xf32>
    %12 = stablehlo.reshape %11 : (tensor<1x4x2xf32>) -> tensor<1x8xf32>
    %13 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %14 = "stablehlo.gather"(%arg5, %13) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<1x1xi32>) -> tensor<1x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.reduce(%14 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %17 = stablehlo.divide %15, %16 : tensor<1xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %19 = stablehlo.subtract %14, %18 : tensor<1x16xf32>
    %20 = stablehlo.multiply %19, %19 : tensor<1x16xf32>
    %21 = stablehlo.reduce(%20 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %22 = stablehlo.divide %21, %16 : tensor<1xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %24 = stablehlo.add %22, %23 : tensor<1xf32>
    %25 = stablehlo.rsqrt %24 : tensor<1xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %27 = stablehlo.multiply %19, %26 : tensor<1x16xf32>
    %28 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %29 = stablehlo.multiply %27, %28 : tensor<1x16xf32>
    %30 = stablehlo.dot_general %29, %arg7, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %31 = stablehlo.dot_general %29, %arg8, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %32 = stablehlo.dot_general %29, %arg9, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %33 = stablehlo.reshape %30 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %34 = stablehlo.reshape %33 : (tensor<1x2x8xf32>) -> tensor<1x2x4x2xf32>
    %35 = stablehlo.slice %34 [0:1, 0:2, 0:4, 0:1] : (tensor<1x2x4x2xf32>) -> tensor<1x2x4x1xf32>
    %36 = stablehlo.slice %34 [0:1, 0:2, 0:4, 1:2] : (tensor<1x2x4x2xf32>) -> tensor<1x2x4x1xf32>
    %37 = stablehlo.negate %36 : tensor<1x2x4x1xf32>
    %38 = stablehlo.concatenate %37, %35, dim = 3 : (tensor<1x2x4x1xf32>, tensor<1x2x4x1xf32>) -> tensor<1x2x4x2xf32>
    %39 = stablehlo.reshape %38 : (tensor<1x2x4x2xf32>) -> tensor<1x2x8xf32>
    %40 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %41 = stablehlo.broadcast_in_dim %12, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %42 = stablehlo.multiply %33, %40 : tensor<1x2x8xf32>
    %43 = stablehlo.multiply %39, %41 : tensor<1x2x8xf32>
    %44 = stablehlo.add %42, %43 : tensor<1x2x8xf32>
    %45 = stablehlo.reshape %31 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %46 = stablehlo.reshape %45 : (tensor<1x1x8xf32>) -> tensor<1x1x4x2xf32>
    %47 = stablehlo.slice %46 [0:1, 0:1, 0:4, 0:1] : (tensor<1x1x4x2xf32>) -> tensor<1x1x4x1xf32>
    %48 = stablehlo.slice %46 [0:1, 0:1, 0:4, 1:2] : (tensor<1x1x4x2xf32>) -> tensor<1x1x4x1xf32>
    %49 = stablehlo.negate %48 : tensor<1x1x4x1xf32>
    %50 = stablehlo.concatenate %49, %47, dim = 3 : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x2xf32>
    %51 = stablehlo.reshape %50 : (tensor<1x1x4x2xf32>) -> tensor<1x1x8xf32>
    %52 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %53 = stablehlo.broadcast_in_dim %12, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %54 = stablehlo.multiply %45, %52 : tensor<1x1x8xf32>
    %55 = stablehlo.multiply %51, %53 : tensor<1x1x8xf32>
    %56 = stablehlo.add %54, %55 : tensor<1x1x8xf32>
    %57 = stablehlo.reshape %32 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %58 = stablehlo.reshape %56 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %59 = stablehlo.dynamic_update_slice %arg3, %58, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %60 = stablehlo.reshape %57 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %61 = stablehlo.dynamic_update_slice %arg4, %60, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %62 = stablehlo.slice %59 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %63 = stablehlo.slice %61 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %64 = stablehlo.reshape %44 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %65 = stablehlo.dot_general %64, %62, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %67 = stablehlo.multiply %65, %66 : tensor<1x1x2x64xf32>
    %68 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %69 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %70 = stablehlo.compare  LE, %69, %68,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %72 = stablehlo.select %70, %67, %71 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %73 = stablehlo.reduce(%72 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %75 = stablehlo.subtract %72, %74 : tensor<1x1x2x64xf32>
    %76 = stablehlo.exponential %75 : tensor<1x1x2x64xf32>
    %77 = stablehlo.reduce(%76 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %78 = stablehlo.broadcast_in_dim %77, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %79 = stablehlo.divide %76, %78 : tensor<1x1x2x64xf32>
    %80 = stablehlo.dot_general %79, %63, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %81 = stablehlo.reshape %80 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %82 = stablehlo.dot_general %81, %arg10, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %83 = stablehlo.dot_general %29, %arg11, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %84 = stablehlo.dot_general %29, %arg12, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %85 = stablehlo.logistic %83 : tensor<1x32xf32>
    %86 = stablehlo.multiply %83, %85 : tensor<1x32xf32>
    %87 = stablehlo.multiply %86, %84 : tensor<1x32xf32>
    %88 = stablehlo.dot_general %87, %arg13, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %89 = stablehlo.add %14, %82 : tensor<1x16xf32>
    %90 = stablehlo.add %89, %88 : tensor<1x16xf32>
    %91 = stablehlo.reduce(%90 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %92 = stablehlo.divide %91, %16 : tensor<1xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %94 = stablehlo.subtract %90, %93 : tensor<1x16xf32>
    %95 = stablehlo.multiply %94, %94 : tensor<1x16xf32>
    %96 = stablehlo.reduce(%95 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %97 = stablehlo.divide %96, %16 : tensor<1xf32>
    %98 = stablehlo.add %97, %23 : tensor<1xf32>
    %99 = stablehlo.rsqrt %98 : tensor<1xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %101 = stablehlo.multiply %94, %100 : tensor<1x16xf32>
    %102 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %103 = stablehlo.multiply %101, %102 : tensor<1x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %104 = stablehlo.dot_general %103, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %105 = stablehlo.dot_general %103, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %106 = stablehlo.dot_general %103, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %107 = stablehlo.reshape %104 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %108 = stablehlo.reshape %107 : (tensor<1x2x8xf32>) -> tensor<1x2x4x2xf32>
    %109 = stablehlo.slice %108 [0:1, 0:2, 0:4, 0:1] : (tensor<1x2x4x2xf32>) -> tensor<1x2x4x1xf32>
    %110 = stablehlo.slice %108 [0:1, 0:2, 0:4, 1:2] : (tensor<1x2x4x2xf32>) -> tensor<1x2x4x1xf32>
    %111 = stablehlo.negate %110 : tensor<1x2x4x1xf32>
    %112 = stablehlo.concatenate %111, %109, dim = 3 : (tensor<1x2x4x1xf32>, tensor<1x2x4x1xf32>) -> tensor<1x2x4x2xf32>
    %113 = stablehlo.reshape %112 : (tensor<1x2x4x2xf32>) -> tensor<1x2x8xf32>
    %114 = stablehlo.multiply %107, %40 : tensor<1x2x8xf32>
    %115 = stablehlo.multiply %113, %41 : tensor<1x2x8xf32>
    %116 = stablehlo.add %114, %115 : tensor<1x2x8xf32>
    %117 = stablehlo.reshape %105 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %118 = stablehlo.reshape %117 : (tensor<1x1x8xf32>) -> tensor<1x1x4x2xf32>
    %119 = stablehlo.slice %118 [0:1, 0:1, 0:4, 0:1] : (tensor<1x1x4x2xf32>) -> tensor<1x1x4x1xf32>
    %120 = stablehlo.slice %118 [0:1, 0:1, 0:4, 1:2] : (tensor<1x1x4x2xf32>) -> tensor<1x1x4x1xf32>
    %121 = stablehlo.negate %120 : tensor<1x1x4x1xf32>
    %122 = stablehlo.concatenate %121, %119, dim = 3 : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x2xf32>
    %123 = stablehlo.reshape %122 : (tensor<1x1x4x2xf32>) -> tensor<1x1x8xf32>
    %124 = stablehlo.multiply %117, %52 : tensor<1x1x8xf32>
    %125 = stablehlo.multiply %123, %53 : tensor<1x1x8xf32>
    %126 = stablehlo.add %124, %125 : tensor<1x1x8xf32>
    %127 = stablehlo.reshape %106 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %128 = stablehlo.reshape %126 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %129 = stablehlo.dynamic_update_slice %59, %128, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %130 = stablehlo.reshape %127 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %131 = stablehlo.dynamic_update_slice %61, %130, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %132 = stablehlo.slice %129 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %133 = stablehlo.slice %131 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %134 = stablehlo.reshape %116 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %135 = stablehlo.dot_general %134, %132, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %136 = stablehlo.multiply %135, %66 : tensor<1x1x2x64xf32>
    %137 = stablehlo.select %70, %136, %71 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %138 = stablehlo.reduce(%137 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %140 = stablehlo.subtract %137, %139 : tensor<1x1x2x64xf32>
    %141 = stablehlo.exponential %140 : tensor<1x1x2x64xf32>
    %142 = stablehlo.reduce(%141 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %144 = stablehlo.divide %141, %143 : tensor<1x1x2x64xf32>
    %145 = stablehlo.dot_general %144, %133, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %146 = stablehlo.reshape %145 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %147 = stablehlo.dot_general %146, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %148 = stablehlo.dot_general %103, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %149 = stablehlo.dot_general %103, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %150 = stablehlo.logistic %148 : tensor<1x32xf32>
    %151 = stablehlo.multiply %148, %150 : tensor<1x32xf32>
    %152 = stablehlo.multiply %151, %149 : tensor<1x32xf32>
    %153 = stablehlo.dot_general %152, %arg21, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %154 = stablehlo.add %90, %147 : tensor<1x16xf32>
    %155 = stablehlo.add %154, %153 : tensor<1x16xf32>
    %156 = stablehlo.reduce(%155 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %157 = stablehlo.divide %156, %16 : tensor<1xf32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %159 = stablehlo.subtract %155, %158 : tensor<1x16xf32>
    %160 = stablehlo.multiply %159, %159 : tensor<1x16xf32>
    %161 = stablehlo.reduce(%160 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %162 = stablehlo.divide %161, %16 : tensor<1xf32>
    %163 = stablehlo.add %162, %23 : tensor<1xf32>
    %164 = stablehlo.rsqrt %163 : tensor<1xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %166 = stablehlo.multiply %159, %165 : tensor<1x16xf32>
    %167 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %168 = stablehlo.multiply %166, %167 : tensor<1x16xf32>
    %169 = stablehlo.dot_general %168, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %cst_5 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %171 = stablehlo.multiply %169, %170 : tensor<1x32xf32>
    %172 = stablehlo.reshape %171 : (tensor<1x32xf32>) -> tensor<32xf32>
    %173 = stablehlo.iota dim = 0 : tensor<32xi32>
    %174:2 = stablehlo.reduce(%172 init: %cst_4), (%173 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg23: tensor<f32>, %arg25: tensor<f32>) (%arg24: tensor<i32>, %arg26: tensor<i32>)  {
      %175 = stablehlo.compare  GT, %arg23, %arg25,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %176 = stablehlo.compare  NE, %arg23, %arg23,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %177 = stablehlo.or %175, %176 : tensor<i1>
      %178 = stablehlo.compare  EQ, %arg23, %arg25,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %179 = stablehlo.compare  LT, %arg24, %arg26,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %180 = stablehlo.and %178, %179 : tensor<i1>
      %181 = stablehlo.or %177, %180 : tensor<i1>
      %182 = stablehlo.select %177, %arg23, %arg25 : tensor<i1>, tensor<f32>
      %183 = stablehlo.select %181, %arg24, %arg26 : tensor<i1>, tensor<i32>
      stablehlo.return %182, %183 : tensor<f32>, tensor<i32>
    }
    return %174#1, %129, %131 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
