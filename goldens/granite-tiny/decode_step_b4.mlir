// emit arch=granite-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg16: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg17: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg18: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg19: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg21: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg22: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg23: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg24: tensor<16xf32> loc("model.norm.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %cst = stablehlo.constant dense<[1.000000e+00, 1.000000e-01, 0.00999999977, 1.000000e-03]> : tensor<4xf32>
    %10 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<4x4xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<4x4xf32>
    %12 = stablehlo.cosine %11 : tensor<4x4xf32>
    %13 = stablehlo.sine %11 : tensor<4x4xf32>
    %14 = stablehlo.concatenate %12, %12, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %15 = stablehlo.concatenate %13, %13, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %16 = stablehlo.reshape %arg0 : (tensor<4xi32>) -> tensor<4x1xi32>
    %17 = "stablehlo.gather"(%arg5, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %cst_0 = stablehlo.constant dense<1.200000e+01> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
    %19 = stablehlo.multiply %17, %18 : tensor<4x16xf32>
    %20 = stablehlo.multiply %19, %19 : tensor<4x16xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %21 = stablehlo.reduce(%20 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_2 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %23 = stablehlo.divide %21, %22 : tensor<4xf32>
    %cst_3 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %25 = stablehlo.add %23, %24 : tensor<4xf32>
    %26 = stablehlo.rsqrt %25 : tensor<4xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %28 = stablehlo.multiply %19, %27 : tensor<4x16xf32>
    %29 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %30 = stablehlo.multiply %28, %29 : tensor<4x16xf32>
    %31 = stablehlo.dot_general %30, %arg7, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %32 = stablehlo.dot_general %30, %arg8, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %33 = stablehlo.dot_general %30, %arg9, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %34 = stablehlo.reshape %31 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %35 = stablehlo.slice %34 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %36 = stablehlo.slice %34 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %37 = stablehlo.negate %36 : tensor<4x2x4xf32>
    %38 = stablehlo.concatenate %37, %35, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %39 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %40 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %41 = stablehlo.multiply %34, %39 : tensor<4x2x8xf32>
    %42 = stablehlo.multiply %38, %40 : tensor<4x2x8xf32>
    %43 = stablehlo.add %41, %42 : tensor<4x2x8xf32>
    %44 = stablehlo.reshape %32 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %45 = stablehlo.slice %44 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %46 = stablehlo.slice %44 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %47 = stablehlo.negate %46 : tensor<4x1x4xf32>
    %48 = stablehlo.concatenate %47, %45, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %49 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %50 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %51 = stablehlo.multiply %44, %49 : tensor<4x1x8xf32>
    %52 = stablehlo.multiply %48, %50 : tensor<4x1x8xf32>
    %53 = stablehlo.add %51, %52 : tensor<4x1x8xf32>
    %54 = stablehlo.reshape %33 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %55 = stablehlo.slice %53 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %56 = stablehlo.slice %54 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %57 = stablehlo.reshape %55 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %58 = stablehlo.dynamic_update_slice %arg3, %57, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %59 = stablehlo.reshape %56 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %60 = stablehlo.dynamic_update_slice %arg4, %59, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %61 = stablehlo.slice %53 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %62 = stablehlo.slice %54 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %63 = stablehlo.reshape %61 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %64 = stablehlo.dynamic_update_slice %58, %63, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %65 = stablehlo.reshape %62 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %66 = stablehlo.dynamic_update_slice %60, %65, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %67 = stablehlo.slice %53 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %68 = stablehlo.slice %54 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %69 = stablehlo.reshape %67 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %70 = stablehlo.dynamic_update_slice %64, %69, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %71 = stablehlo.reshape %68 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %72 = stablehlo.dynamic_update_slice %66, %71, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %73 = stablehlo.slice %53 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %74 = stablehlo.slice %54 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %75 = stablehlo.reshape %73 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %76 = stablehlo.dynamic_update_slice %70, %75, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %77 = stablehlo.reshape %74 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %78 = stablehlo.dynamic_update_slice %72, %77, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %79 = stablehlo.slice %76 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %81 = stablehlo.slice %78 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %82 = stablehlo.reshape %81 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %83 = stablehlo.reshape %43 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %84 = stablehlo.dot_general %83, %80, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_4 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %85 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %86 = stablehlo.multiply %84, %85 : tensor<4x1x2x64xf32>
    %87 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %88 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %89 = stablehlo.compare  LE, %88, %87,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %91 = stablehlo.select %89, %86, %90 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %92 = stablehlo.reduce(%91 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %94 = stablehlo.subtract %91, %93 : tensor<4x1x2x64xf32>
    %95 = stablehlo.exponential %94 : tensor<4x1x2x64xf32>
    %96 = stablehlo.reduce(%95 init: %cst_1) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %98 = stablehlo.divide %95, %97 : tensor<4x1x2x64xf32>
    %99 = stablehlo.dot_general %98, %82, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %100 = stablehlo.reshape %99 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %101 = stablehlo.dot_general %100, %arg10, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %cst_6 = stablehlo.constant dense<2.200000e-01> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
    %103 = stablehlo.multiply %101, %102 : tensor<4x16xf32>
    %104 = stablehlo.add %19, %103 : tensor<4x16xf32>
    %105 = stablehlo.multiply %104, %104 : tensor<4x16xf32>
    %106 = stablehlo.reduce(%105 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %107 = stablehlo.divide %106, %22 : tensor<4xf32>
    %108 = stablehlo.add %107, %24 : tensor<4xf32>
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
    %120 = stablehlo.multiply %119, %102 : tensor<4x16xf32>
    %121 = stablehlo.add %104, %120 : tensor<4x16xf32>
    %122 = stablehlo.multiply %121, %121 : tensor<4x16xf32>
    %123 = stablehlo.reduce(%122 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %124 = stablehlo.divide %123, %22 : tensor<4xf32>
    %125 = stablehlo.add %124, %24 : tensor<4xf32>
    %126 = stablehlo.rsqrt %125 : tensor<4xf32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %128 = stablehlo.multiply %121, %127 : tensor<4x16xf32>
    %129 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %130 = stablehlo.multiply %128, %129 : tensor<4x16xf32>
    %131 = stablehlo.dot_general %130, %arg16, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %132 = stablehlo.dot_general %130, %arg17, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %133 = stablehlo.dot_general %130, %arg18, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %134 = stablehlo.reshape %131 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %135 = stablehlo.slice %134 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %136 = stablehlo.slice %134 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %137 = stablehlo.negate %136 : tensor<4x2x4xf32>
    %138 = stablehlo.concatenate %137, %135, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %139 = stablehlo.multiply %134, %39 : tensor<4x2x8xf32>
    %140 = stablehlo.multiply %138, %40 : tensor<4x2x8xf32>
    %141 = stablehlo.add %139, %140 : tensor<4x2x8xf32>
    %142 = stablehlo.reshape %132 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %143 = stablehlo.slice %142 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %144 = stablehlo.slice %142 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %145 = stablehlo.negate %144 : tensor<4x1x4xf32>
    %146 = stablehlo.concatenate %145, %143, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %147 = stablehlo.multiply %142, %49 : tensor<4x1x8xf32>
    %148 = stablehlo.multiply %146, %50 : tensor<4x1x8xf32>
    %149 = stablehlo.add %147, %148 : tensor<4x1x8xf32>
    %150 = stablehlo.reshape %133 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %151 = stablehlo.slice %149 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %152 = stablehlo.slice %150 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %153 = stablehlo.reshape %151 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %154 = stablehlo.dynamic_update_slice %76, %153, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %155 = stablehlo.reshape %152 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %156 = stablehlo.dynamic_update_slice %78, %155, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %157 = stablehlo.slice %149 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %158 = stablehlo.slice %150 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %159 = stablehlo.reshape %157 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %160 = stablehlo.dynamic_update_slice %154, %159, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %161 = stablehlo.reshape %158 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %162 = stablehlo.dynamic_update_slice %156, %161, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %163 = stablehlo.slice %149 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %164 = stablehlo.slice %150 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %165 = stablehlo.reshape %163 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %166 = stablehlo.dynamic_update_slice %160, %165, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %167 = stablehlo.reshape %164 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %168 = stablehlo.dynamic_update_slice %162, %167, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %169 = stablehlo.slice %149 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %170 = stablehlo.slice %150 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %171 = stablehlo.reshape %169 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %172 = stablehlo.dynamic_update_slice %166, %171, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %173 = stablehlo.reshape %170 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %174 = stablehlo.dynamic_update_slice %168, %173, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %175 = stablehlo.slice %172 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %176 = stablehlo.reshape %175 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %177 = stablehlo.slice %174 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %179 = stablehlo.reshape %141 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %180 = stablehlo.dot_general %179, %176, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %181 = stablehlo.multiply %180, %85 : tensor<4x1x2x64xf32>
    %182 = stablehlo.select %89, %181, %90 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %183 = stablehlo.reduce(%182 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %185 = stablehlo.subtract %182, %184 : tensor<4x1x2x64xf32>
    %186 = stablehlo.exponential %185 : tensor<4x1x2x64xf32>
    %187 = stablehlo.reduce(%186 init: %cst_1) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %189 = stablehlo.divide %186, %188 : tensor<4x1x2x64xf32>
    %190 = stablehlo.dot_general %189, %178, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %191 = stablehlo.reshape %190 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %192 = stablehlo.dot_general %191, %arg19, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %193 = stablehlo.multiply %192, %102 : tensor<4x16xf32>
    %194 = stablehlo.add %121, %193 : tensor<4x16xf32>
    %195 = stablehlo.multiply %194, %194 : tensor<4x16xf32>
    %196 = stablehlo.reduce(%195 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %197 = stablehlo.divide %196, %22 : tensor<4xf32>
    %198 = stablehlo.add %197, %24 : tensor<4xf32>
    %199 = stablehlo.rsqrt %198 : tensor<4xf32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %201 = stablehlo.multiply %194, %200 : tensor<4x16xf32>
    %202 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %203 = stablehlo.multiply %201, %202 : tensor<4x16xf32>
    %204 = stablehlo.dot_general %203, %arg21, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %205 = stablehlo.dot_general %203, %arg22, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %206 = stablehlo.logistic %204 : tensor<4x32xf32>
    %207 = stablehlo.multiply %204, %206 : tensor<4x32xf32>
    %208 = stablehlo.multiply %207, %205 : tensor<4x32xf32>
    %209 = stablehlo.dot_general %208, %arg23, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %210 = stablehlo.multiply %209, %102 : tensor<4x16xf32>
    %211 = stablehlo.add %194, %210 : tensor<4x16xf32>
    %212 = stablehlo.multiply %211, %211 : tensor<4x16xf32>
    %213 = stablehlo.reduce(%212 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %214 = stablehlo.divide %213, %22 : tensor<4xf32>
    %215 = stablehlo.add %214, %24 : tensor<4xf32>
    %216 = stablehlo.rsqrt %215 : tensor<4xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %218 = stablehlo.multiply %211, %217 : tensor<4x16xf32>
    %219 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %220 = stablehlo.multiply %218, %219 : tensor<4x16xf32>
    %221 = stablehlo.dot_general %220, %arg5, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %cst_7 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %223 = stablehlo.divide %221, %222 : tensor<4x32xf32>
    %224 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %225:2 = stablehlo.reduce(%223 init: %cst_5), (%224 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg25: tensor<f32>, %arg27: tensor<f32>) (%arg26: tensor<i32>, %arg28: tensor<i32>)  {
      %226 = stablehlo.compare  GT, %arg25, %arg27,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %227 = stablehlo.compare  NE, %arg25, %arg25,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %228 = stablehlo.or %226, %227 : tensor<i1>
      %229 = stablehlo.compare  EQ, %arg25, %arg27,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %230 = stablehlo.compare  LT, %arg26, %arg28,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %231 = stablehlo.and %229, %230 : tensor<i1>
      %232 = stablehlo.or %228, %231 : tensor<i1>
      %233 = stablehlo.select %228, %arg25, %arg27 : tensor<i1>, tensor<f32>
      %234 = stablehlo.select %232, %arg26, %arg28 : tensor<i1>, tensor<i32>
      stablehlo.return %233, %234 : tensor<f32>, tensor<i32>
    }
    return %225#1, %172, %174 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
