// emit arch=cohere2-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
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
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0668740273, 0.00447213603, 2.99069769E-4]> : tensor<4xf32>
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
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %98 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4x1x2x64xi32>
    %99 = stablehlo.subtract %95, %98 : tensor<4x1x2x64xi32>
    %100 = stablehlo.compare  GT, %96, %99,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %101 = stablehlo.and %97, %100 : tensor<4x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %103 = stablehlo.select %101, %94, %102 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %104 = stablehlo.reduce(%103 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %106 = stablehlo.subtract %103, %105 : tensor<4x1x2x64xf32>
    %107 = stablehlo.exponential %106 : tensor<4x1x2x64xf32>
    %108 = stablehlo.reduce(%107 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %110 = stablehlo.divide %107, %109 : tensor<4x1x2x64xf32>
    %111 = stablehlo.dot_general %110, %90, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %112 = stablehlo.reshape %111 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %113 = stablehlo.dot_general %112, %arg10, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %114 = stablehlo.dot_general %34, %arg11, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %115 = stablehlo.dot_general %34, %arg12, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %116 = stablehlo.logistic %114 : tensor<4x32xf32>
    %117 = stablehlo.multiply %114, %116 : tensor<4x32xf32>
    %118 = stablehlo.multiply %117, %115 : tensor<4x32xf32>
    %119 = stablehlo.dot_general %118, %arg13, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %120 = stablehlo.add %19, %113 : tensor<4x16xf32>
    %121 = stablehlo.add %120, %119 : tensor<4x16xf32>
    %122 = stablehlo.reduce(%121 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %123 = stablehlo.divide %122, %21 : tensor<4xf32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %125 = stablehlo.subtract %121, %124 : tensor<4x16xf32>
    %126 = stablehlo.multiply %125, %125 : tensor<4x16xf32>
    %127 = stablehlo.reduce(%126 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %128 = stablehlo.divide %127, %21 : tensor<4xf32>
    %129 = stablehlo.add %128, %28 : tensor<4xf32>
    %130 = stablehlo.rsqrt %129 : tensor<4xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %132 = stablehlo.multiply %125, %131 : tensor<4x16xf32>
    %133 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %134 = stablehlo.multiply %132, %133 : tensor<4x16xf32>
    %135 = stablehlo.dot_general %134, %arg15, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %136 = stablehlo.dot_general %134, %arg16, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %137 = stablehlo.dot_general %134, %arg17, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %138 = stablehlo.reshape %135 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %139 = stablehlo.reshape %136 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %140 = stablehlo.reshape %137 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %141 = stablehlo.slice %139 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %142 = stablehlo.slice %140 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %143 = stablehlo.reshape %141 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %144 = stablehlo.dynamic_update_slice %84, %143, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %145 = stablehlo.reshape %142 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %146 = stablehlo.dynamic_update_slice %86, %145, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %147 = stablehlo.slice %139 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %148 = stablehlo.slice %140 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %149 = stablehlo.reshape %147 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %150 = stablehlo.dynamic_update_slice %144, %149, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %151 = stablehlo.reshape %148 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %152 = stablehlo.dynamic_update_slice %146, %151, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %153 = stablehlo.slice %139 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %154 = stablehlo.slice %140 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %155 = stablehlo.reshape %153 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %156 = stablehlo.dynamic_update_slice %150, %155, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %157 = stablehlo.reshape %154 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %158 = stablehlo.dynamic_update_slice %152, %157, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %159 = stablehlo.slice %139 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %160 = stablehlo.slice %140 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %161 = stablehlo.reshape %159 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %162 = stablehlo.dynamic_update_slice %156, %161, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %163 = stablehlo.reshape %160 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %164 = stablehlo.dynamic_update_slice %158, %163, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %165 = stablehlo.slice %162 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %166 = stablehlo.reshape %165 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %167 = stablehlo.slice %164 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %168 = stablehlo.reshape %167 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %169 = stablehlo.reshape %138 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %170 = stablehlo.dot_general %169, %166, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %171 = stablehlo.multiply %170, %93 : tensor<4x1x2x64xf32>
    %172 = stablehlo.select %97, %171, %102 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %173 = stablehlo.reduce(%172 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %175 = stablehlo.subtract %172, %174 : tensor<4x1x2x64xf32>
    %176 = stablehlo.exponential %175 : tensor<4x1x2x64xf32>
    %177 = stablehlo.reduce(%176 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %179 = stablehlo.divide %176, %178 : tensor<4x1x2x64xf32>
    %180 = stablehlo.dot_general %179, %168, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %181 = stablehlo.reshape %180 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %182 = stablehlo.dot_general %181, %arg18, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %183 = stablehlo.dot_general %134, %arg19, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %184 = stablehlo.dot_general %134, %arg20, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %185 = stablehlo.logistic %183 : tensor<4x32xf32>
    %186 = stablehlo.multiply %183, %185 : tensor<4x32xf32>
    %187 = stablehlo.multiply %186, %184 : tensor<4x32xf32>
    %188 = stablehlo.dot_general %187, %arg21, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %189 = stablehlo.add %121, %182 : tensor<4x16xf32>
    %190 = stablehlo.add %189, %188 : tensor<4x16xf32>
    %191 = stablehlo.reduce(%190 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %192 = stablehlo.divide %191, %21 : tensor<4xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %194 = stablehlo.subtract %190, %193 : tensor<4x16xf32>
    %195 = stablehlo.multiply %194, %194 : tensor<4x16xf32>
    %196 = stablehlo.reduce(%195 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %197 = stablehlo.divide %196, %21 : tensor<4xf32>
    %198 = stablehlo.add %197, %28 : tensor<4xf32>
    %199 = stablehlo.rsqrt %198 : tensor<4xf32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %201 = stablehlo.multiply %194, %200 : tensor<4x16xf32>
    %202 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %203 = stablehlo.multiply %201, %202 : tensor<4x16xf32>
    %204 = stablehlo.dot_general %203, %arg5, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %cst_5 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %206 = stablehlo.multiply %204, %205 : tensor<4x32xf32>
    %207 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %208:2 = stablehlo.reduce(%206 init: %cst_4), (%207 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg23: tensor<f32>, %arg25: tensor<f32>) (%arg24: tensor<i32>, %arg26: tensor<i32>)  {
      %209 = stablehlo.compare  GT, %arg23, %arg25,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %210 = stablehlo.compare  NE, %arg23, %arg23,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %211 = stablehlo.or %209, %210 : tensor<i1>
      %212 = stablehlo.compare  EQ, %arg23, %arg25,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %213 = stablehlo.compare  LT, %arg24, %arg26,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %214 = stablehlo.and %212, %213 : tensor<i1>
      %215 = stablehlo.or %211, %214 : tensor<i1>
      %216 = stablehlo.select %211, %arg23, %arg25 : tensor<i1>, tensor<f32>
      %217 = stablehlo.select %215, %arg24, %arg26 : tensor<i1>, tensor<i32>
      stablehlo.return %216, %217 : tensor<f32>, tensor<i32>
    }
    return %208#1, %162, %164 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
