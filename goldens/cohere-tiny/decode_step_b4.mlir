// emit arch=cohere-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg12: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg13: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg14: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg15: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg16: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg17: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg18: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg19: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg20: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg21: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg22: tensor<16xf32> loc("model.norm.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0188030154, 3.53553391E-4, 6.64786967E-6]> : tensor<4xf32>
    %10 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<4x4xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<4x4xf32>
    %12 = stablehlo.cosine %11 : tensor<4x4xf32>
    %13 = stablehlo.sine %11 : tensor<4x4xf32>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<4x4xf32>) -> tensor<4x4x2xf32>
    %15 = stablehlo.reshape %14 : (tensor<4x4x2xf32>) -> tensor<4x8xf32>
    %16 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<4x4xf32>) -> tensor<4x4x2xf32>
    %17 = stablehlo.reshape %16 : (tensor<4x4x2xf32>) -> tensor<4x8xf32>
    %18 = stablehlo.reshape %arg0 : (tensor<4xi32>) -> tensor<4x1xi32>
    %19 = "stablehlo.gather"(%arg5, %18) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %20 = stablehlo.reduce(%19 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %22 = stablehlo.divide %20, %21 : tensor<4xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %24 = stablehlo.subtract %19, %23 : tensor<4x16xf32>
    %25 = stablehlo.multiply %24, %24 : tensor<4x16xf32>
    %26 = stablehlo.reduce(%25 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %27 = stablehlo.divide %26, %21 : tensor<4xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %28 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %29 = stablehlo.add %27, %28 : tensor<4xf32>
    %30 = stablehlo.rsqrt %29 : tensor<4xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %32 = stablehlo.multiply %24, %31 : tensor<4x16xf32>
    %33 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %34 = stablehlo.multiply %32, %33 : tensor<4x16xf32>
    %35 = stablehlo.dot_general %34, %arg7, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %36 = stablehlo.dot_general %34, %arg8, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %37 = stablehlo.dot_general %34, %arg9, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %38 = stablehlo.reshape %35 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %39 = stablehlo.reshape %38 : (tensor<4x2x8xf32>) -> tensor<4x2x4x2xf32>
    %40 = stablehlo.slice %39 [0:4, 0:2, 0:4, 0:1] : (tensor<4x2x4x2xf32>) -> tensor<4x2x4x1xf32>
    %41 = stablehlo.slice %39 [0:4, 0:2, 0:4, 1:2] : (tensor<4x2x4x2xf32>) -> tensor<4x2x4x1xf32>
    %42 = stablehlo.negate %41 : tensor<4x2x4x1xf32>
    %43 = stablehlo.concatenate %42, %40, dim = 3 : (tensor<4x2x4x1xf32>, tensor<4x2x4x1xf32>) -> tensor<4x2x4x2xf32>
    %44 = stablehlo.reshape %43 : (tensor<4x2x4x2xf32>) -> tensor<4x2x8xf32>
    %45 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %46 = stablehlo.broadcast_in_dim %17, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %47 = stablehlo.multiply %38, %45 : tensor<4x2x8xf32>
    %48 = stablehlo.multiply %44, %46 : tensor<4x2x8xf32>
    %49 = stablehlo.add %47, %48 : tensor<4x2x8xf32>
    %50 = stablehlo.reshape %36 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %51 = stablehlo.reshape %50 : (tensor<4x1x8xf32>) -> tensor<4x1x4x2xf32>
    %52 = stablehlo.slice %51 [0:4, 0:1, 0:4, 0:1] : (tensor<4x1x4x2xf32>) -> tensor<4x1x4x1xf32>
    %53 = stablehlo.slice %51 [0:4, 0:1, 0:4, 1:2] : (tensor<4x1x4x2xf32>) -> tensor<4x1x4x1xf32>
    %54 = stablehlo.negate %53 : tensor<4x1x4x1xf32>
    %55 = stablehlo.concatenate %54, %52, dim = 3 : (tensor<4x1x4x1xf32>, tensor<4x1x4x1xf32>) -> tensor<4x1x4x2xf32>
    %56 = stablehlo.reshape %55 : (tensor<4x1x4x2xf32>) -> tensor<4x1x8xf32>
    %57 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %58 = stablehlo.broadcast_in_dim %17, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %59 = stablehlo.multiply %50, %57 : tensor<4x1x8xf32>
    %60 = stablehlo.multiply %56, %58 : tensor<4x1x8xf32>
    %61 = stablehlo.add %59, %60 : tensor<4x1x8xf32>
    %62 = stablehlo.reshape %37 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %63 = stablehlo.slice %61 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %64 = stablehlo.slice %62 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %65 = stablehlo.reshape %63 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %66 = stablehlo.dynamic_update_slice %arg3, %65, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %67 = stablehlo.reshape %64 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %68 = stablehlo.dynamic_update_slice %arg4, %67, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %69 = stablehlo.slice %61 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %70 = stablehlo.slice %62 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %71 = stablehlo.reshape %69 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %72 = stablehlo.dynamic_update_slice %66, %71, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %73 = stablehlo.reshape %70 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %74 = stablehlo.dynamic_update_slice %68, %73, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %75 = stablehlo.slice %61 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %76 = stablehlo.slice %62 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %77 = stablehlo.reshape %75 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %78 = stablehlo.dynamic_update_slice %72, %77, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %79 = stablehlo.reshape %76 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %80 = stablehlo.dynamic_update_slice %74, %79, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %81 = stablehlo.slice %61 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %82 = stablehlo.slice %62 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %83 = stablehlo.reshape %81 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %84 = stablehlo.dynamic_update_slice %78, %83, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %85 = stablehlo.reshape %82 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %86 = stablehlo.dynamic_update_slice %80, %85, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %87 = stablehlo.slice %84 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %88 = stablehlo.reshape %87 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %89 = stablehlo.slice %86 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %90 = stablehlo.reshape %89 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %91 = stablehlo.reshape %49 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %92 = stablehlo.dot_general %91, %88, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %94 = stablehlo.multiply %92, %93 : tensor<4x1x2x64xf32>
    %95 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %96 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %97 = stablehlo.compare  LE, %96, %95,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %99 = stablehlo.select %97, %94, %98 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %100 = stablehlo.reduce(%99 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %102 = stablehlo.subtract %99, %101 : tensor<4x1x2x64xf32>
    %103 = stablehlo.exponential %102 : tensor<4x1x2x64xf32>
    %104 = stablehlo.reduce(%103 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %106 = stablehlo.divide %103, %105 : tensor<4x1x2x64xf32>
    %107 = stablehlo.dot_general %106, %90, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %108 = stablehlo.reshape %107 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %109 = stablehlo.dot_general %108, %arg10, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %110 = stablehlo.dot_general %34, %arg11, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %111 = stablehlo.dot_general %34, %arg12, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %112 = stablehlo.logistic %110 : tensor<4x32xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<4x32xf32>
    %114 = stablehlo.multiply %113, %111 : tensor<4x32xf32>
    %115 = stablehlo.dot_general %114, %arg13, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %116 = stablehlo.add %19, %109 : tensor<4x16xf32>
    %117 = stablehlo.add %116, %115 : tensor<4x16xf32>
    %118 = stablehlo.reduce(%117 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %119 = stablehlo.divide %118, %21 : tensor<4xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %121 = stablehlo.subtract %117, %120 : tensor<4x16xf32>
    %122 = stablehlo.multiply %121, %121 : tensor<4x16xf32>
    %123 = stablehlo.reduce(%122 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %124 = stablehlo.divide %123, %21 : tensor<4xf32>
    %125 = stablehlo.add %124, %28 : tensor<4xf32>
    %126 = stablehlo.rsqrt %125 : tensor<4xf32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %128 = stablehlo.multiply %121, %127 : tensor<4x16xf32>
    %129 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %130 = stablehlo.multiply %128, %129 : tensor<4x16xf32>
    %131 = stablehlo.dot_general %130, %arg15, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %132 = stablehlo.dot_general %130, %arg16, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %133 = stablehlo.dot_general %130, %arg17, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %134 = stablehlo.reshape %131 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %135 = stablehlo.reshape %134 : (tensor<4x2x8xf32>) -> tensor<4x2x4x2xf32>
    %136 = stablehlo.slice %135 [0:4, 0:2, 0:4, 0:1] : (tensor<4x2x4x2xf32>) -> tensor<4x2x4x1xf32>
    %137 = stablehlo.slice %135 [0:4, 0:2, 0:4, 1:2] : (tensor<4x2x4x2xf32>) -> tensor<4x2x4x1xf32>
    %138 = stablehlo.negate %137 : tensor<4x2x4x1xf32>
    %139 = stablehlo.concatenate %138, %136, dim = 3 : (tensor<4x2x4x1xf32>, tensor<4x2x4x1xf32>) -> tensor<4x2x4x2xf32>
    %140 = stablehlo.reshape %139 : (tensor<4x2x4x2xf32>) -> tensor<4x2x8xf32>
    %141 = stablehlo.multiply %134, %45 : tensor<4x2x8xf32>
    %142 = stablehlo.multiply %140, %46 : tensor<4x2x8xf32>
    %143 = stablehlo.add %141, %142 : tensor<4x2x8xf32>
    %144 = stablehlo.reshape %132 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %145 = stablehlo.reshape %144 : (tensor<4x1x8xf32>) -> tensor<4x1x4x2xf32>
    %146 = stablehlo.slice %145 [0:4, 0:1, 0:4, 0:1] : (tensor<4x1x4x2xf32>) -> tensor<4x1x4x1xf32>
    %147 = stablehlo.slice %145 [0:4, 0:1, 0:4, 1:2] : (tensor<4x1x4x2xf32>) -> tensor<4x1x4x1xf32>
    %148 = stablehlo.negate %147 : tensor<4x1x4x1xf32>
    %149 = stablehlo.concatenate %148, %146, dim = 3 : (tensor<4x1x4x1xf32>, tensor<4x1x4x1xf32>) -> tensor<4x1x4x2xf32>
    %150 = stablehlo.reshape %149 : (tensor<4x1x4x2xf32>) -> tensor<4x1x8xf32>
    %151 = stablehlo.multiply %144, %57 : tensor<4x1x8xf32>
    %152 = stablehlo.multiply %150, %58 : tensor<4x1x8xf32>
    %153 = stablehlo.add %151, %152 : tensor<4x1x8xf32>
    %154 = stablehlo.reshape %133 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %155 = stablehlo.slice %153 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %156 = stablehlo.slice %154 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %157 = stablehlo.reshape %155 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %158 = stablehlo.dynamic_update_slice %84, %157, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %159 = stablehlo.reshape %156 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %160 = stablehlo.dynamic_update_slice %86, %159, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %161 = stablehlo.slice %153 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %162 = stablehlo.slice %154 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %163 = stablehlo.reshape %161 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %164 = stablehlo.dynamic_update_slice %158, %163, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %165 = stablehlo.reshape %162 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %166 = stablehlo.dynamic_update_slice %160, %165, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %167 = stablehlo.slice %153 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %168 = stablehlo.slice %154 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %169 = stablehlo.reshape %167 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %170 = stablehlo.dynamic_update_slice %164, %169, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %171 = stablehlo.reshape %168 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %172 = stablehlo.dynamic_update_slice %166, %171, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %173 = stablehlo.slice %153 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %174 = stablehlo.slice %154 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %175 = stablehlo.reshape %173 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %176 = stablehlo.dynamic_update_slice %170, %175, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %177 = stablehlo.reshape %174 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %178 = stablehlo.dynamic_update_slice %172, %177, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %179 = stablehlo.slice %176 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %180 = stablehlo.reshape %179 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %181 = stablehlo.slice %178 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %182 = stablehlo.reshape %181 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %183 = stablehlo.reshape %143 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %184 = stablehlo.dot_general %183, %180, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %185 = stablehlo.multiply %184, %93 : tensor<4x1x2x64xf32>
    %186 = stablehlo.select %97, %185, %98 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %187 = stablehlo.reduce(%186 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %189 = stablehlo.subtract %186, %188 : tensor<4x1x2x64xf32>
    %190 = stablehlo.exponential %189 : tensor<4x1x2x64xf32>
    %191 = stablehlo.reduce(%190 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %192 = stablehlo.broadcast_in_dim %191, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %193 = stablehlo.divide %190, %192 : tensor<4x1x2x64xf32>
    %194 = stablehlo.dot_general %193, %182, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %195 = stablehlo.reshape %194 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %196 = stablehlo.dot_general %195, %arg18, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %197 = stablehlo.dot_general %130, %arg19, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %198 = stablehlo.dot_general %130, %arg20, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %199 = stablehlo.logistic %197 : tensor<4x32xf32>
    %200 = stablehlo.multiply %197, %199 : tensor<4x32xf32>
    %201 = stablehlo.multiply %200, %198 : tensor<4x32xf32>
    %202 = stablehlo.dot_general %201, %arg21, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %203 = stablehlo.add %117, %196 : tensor<4x16xf32>
    %204 = stablehlo.add %203, %202 : tensor<4x16xf32>
    %205 = stablehlo.reduce(%204 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %206 = stablehlo.divide %205, %21 : tensor<4xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %208 = stablehlo.subtract %204, %207 : tensor<4x16xf32>
    %209 = stablehlo.multiply %208, %208 : tensor<4x16xf32>
    %210 = stablehlo.reduce(%209 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %211 = stablehlo.divide %210, %21 : tensor<4xf32>
    %212 = stablehlo.add %211, %28 : tensor<4xf32>
    %213 = stablehlo.rsqrt %212 : tensor<4xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %215 = stablehlo.multiply %208, %214 : tensor<4x16xf32>
    %216 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %217 = stablehlo.multiply %215, %216 : tensor<4x16xf32>
    %218 = stablehlo.dot_general %217, %arg5, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %cst_5 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %220 = stablehlo.multiply %218, %219 : tensor<4x32xf32>
    %221 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %222:2 = stablehlo.reduce(%220 init: %cst_4), (%221 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg23: tensor<f32>, %arg25: tensor<f32>) (%arg24: tensor<i32>, %arg26: tensor<i32>)  {
      %223 = stablehlo.compare  GT, %arg23, %arg25,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %224 = stablehlo.compare  NE, %arg23, %arg23,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %225 = stablehlo.or %223, %224 : tensor<i1>
      %226 = stablehlo.compare  EQ, %arg23, %arg25,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %227 = stablehlo.compare  LT, %arg24, %arg26,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %228 = stablehlo.and %226, %227 : tensor<i1>
      %229 = stablehlo.or %225, %228 : tensor<i1>
      %230 = stablehlo.select %225, %arg23, %arg25 : tensor<i1>, tensor<f32>
      %231 = stablehlo.select %229, %arg24, %arg26 : tensor<i1>, tensor<i32>
      stablehlo.return %230, %231 : tensor<f32>, tensor<i32>
    }
    return %222#1, %176, %178 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
