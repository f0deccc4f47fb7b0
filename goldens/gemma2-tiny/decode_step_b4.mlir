// emit arch=gemma2-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<16xf32> loc("model.layers.0.pre_feedforward_layernorm.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg14: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg15: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg16: tensor<16xf32> loc("model.layers.0.post_feedforward_layernorm.weight"), %arg17: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg18: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg19: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg20: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg21: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg22: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg23: tensor<16xf32> loc("model.layers.1.pre_feedforward_layernorm.weight"), %arg24: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg25: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg26: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg27: tensor<16xf32> loc("model.layers.1.post_feedforward_layernorm.weight"), %arg28: tensor<16xf32> loc("model.norm.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %cst_0 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
    %19 = stablehlo.multiply %17, %18 : tensor<4x16xf32>
    %20 = stablehlo.multiply %19, %19 : tensor<4x16xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %21 = stablehlo.reduce(%20 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_2 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %23 = stablehlo.divide %21, %22 : tensor<4xf32>
    %cst_3 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %25 = stablehlo.add %23, %24 : tensor<4xf32>
    %26 = stablehlo.rsqrt %25 : tensor<4xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %28 = stablehlo.multiply %19, %27 : tensor<4x16xf32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %30 = stablehlo.add %arg6, %29 : tensor<16xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %32 = stablehlo.multiply %28, %31 : tensor<4x16xf32>
    %33 = stablehlo.dot_general %32, %arg7, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %34 = stablehlo.dot_general %32, %arg8, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %35 = stablehlo.dot_general %32, %arg9, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %36 = stablehlo.reshape %33 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %37 = stablehlo.slice %36 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %38 = stablehlo.slice %36 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %39 = stablehlo.negate %38 : tensor<4x2x4xf32>
    %40 = stablehlo.concatenate %39, %37, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %41 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %42 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %43 = stablehlo.multiply %36, %41 : tensor<4x2x8xf32>
    %44 = stablehlo.multiply %40, %42 : tensor<4x2x8xf32>
    %45 = stablehlo.add %43, %44 : tensor<4x2x8xf32>
    %46 = stablehlo.reshape %34 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %47 = stablehlo.slice %46 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %48 = stablehlo.slice %46 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %49 = stablehlo.negate %48 : tensor<4x1x4xf32>
    %50 = stablehlo.concatenate %49, %47, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %51 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %52 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %53 = stablehlo.multiply %46, %51 : tensor<4x1x8xf32>
    %54 = stablehlo.multiply %50, %52 : tensor<4x1x8xf32>
    %55 = stablehlo.add %53, %54 : tensor<4x1x8xf32>
    %56 = stablehlo.reshape %35 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %57 = stablehlo.slice %55 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %58 = stablehlo.slice %56 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %59 = stablehlo.reshape %57 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %60 = stablehlo.dynamic_update_slice %arg3, %59, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %61 = stablehlo.reshape %58 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %62 = stablehlo.dynamic_update_slice %arg4, %61, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %63 = stablehlo.slice %55 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %64 = stablehlo.slice %56 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %65 = stablehlo.reshape %63 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %66 = stablehlo.dynamic_update_slice %60, %65, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %67 = stablehlo.reshape %64 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %68 = stablehlo.dynamic_update_slice %62, %67, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %69 = stablehlo.slice %55 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %70 = stablehlo.slice %56 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %71 = stablehlo.reshape %69 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %72 = stablehlo.dynamic_update_slice %66, %71, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %73 = stablehlo.reshape %70 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %74 = stablehlo.dynamic_update_slice %68, %73, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %75 = stablehlo.slice %55 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %76 = stablehlo.slice %56 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %77 = stablehlo.reshape %75 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %78 = stablehlo.dynamic_update_slice %72, %77, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %79 = stablehlo.reshape %76 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %80 = stablehlo.dynamic_update_slice %74, %79, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %81 = stablehlo.slice %78 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %82 = stablehlo.reshape %81 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %83 = stablehlo.slice %80 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %84 = stablehlo.reshape %83 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %85 = stablehlo.reshape %45 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %86 = stablehlo.dot_general %85, %82, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_5 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %88 = stablehlo.multiply %86, %87 : tensor<4x1x2x64xf32>
    %cst_6 = stablehlo.constant dense<5.000000e+01> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %90 = stablehlo.divide %88, %89 : tensor<4x1x2x64xf32>
    %91 = stablehlo.tanh %90 : tensor<4x1x2x64xf32>
    %92 = stablehlo.multiply %91, %89 : tensor<4x1x2x64xf32>
    %93 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %94 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %95 = stablehlo.compare  LE, %94, %93,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %96 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4x1x2x64xi32>
    %97 = stablehlo.subtract %93, %96 : tensor<4x1x2x64xi32>
    %98 = stablehlo.compare  GT, %94, %97,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %99 = stablehlo.and %95, %98 : tensor<4x1x2x64xi1>
    %cst_7 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %100 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %101 = stablehlo.select %99, %92, %100 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %102 = stablehlo.reduce(%101 init: %cst_7) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %104 = stablehlo.subtract %101, %103 : tensor<4x1x2x64xf32>
    %105 = stablehlo.exponential %104 : tensor<4x1x2x64xf32>
    %106 = stablehlo.reduce(%105 init: %cst_1) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %108 = stablehlo.divide %105, %107 : tensor<4x1x2x64xf32>
    %109 = stablehlo.dot_general %108, %84, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %110 = stablehlo.reshape %109 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %111 = stablehlo.dot_general %110, %arg10, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %112 = stablehlo.multiply %111, %111 : tensor<4x16xf32>
    %113 = stablehlo.reduce(%112 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %114 = stablehlo.divide %113, %22 : tensor<4xf32>
    %115 = stablehlo.add %114, %24 : tensor<4xf32>
    %116 = stablehlo.rsqrt %115 : tensor<4xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %118 = stablehlo.multiply %111, %117 : tensor<4x16xf32>
    %119 = stablehlo.add %arg11, %29 : tensor<16xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %121 = stablehlo.multiply %118, %120 : tensor<4x16xf32>
    %122 = stablehlo.add %19, %121 : tensor<4x16xf32>
    %123 = stablehlo.multiply %122, %122 : tensor<4x16xf32>
    %124 = stablehlo.reduce(%123 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %125 = stablehlo.divide %124, %22 : tensor<4xf32>
    %126 = stablehlo.add %125, %24 : tensor<4xf32>
    %127 = stablehlo.rsqrt %126 : tensor<4xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %129 = stablehlo.multiply %122, %128 : tensor<4x16xf32>
    %130 = stablehlo.add %arg12, %29 : tensor<16xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<4x16xf32>
    %133 = stablehlo.dot_general %132, %arg13, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %134 = stablehlo.dot_general %132, %arg14, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %135 = stablehlo.multiply %133, %133 : tensor<4x32xf32>
    %136 = stablehlo.multiply %135, %133 : tensor<4x32xf32>
    %cst_8 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %138 = stablehlo.multiply %137, %136 : tensor<4x32xf32>
    %139 = stablehlo.add %133, %138 : tensor<4x32xf32>
    %cst_9 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %141 = stablehlo.multiply %140, %139 : tensor<4x32xf32>
    %142 = stablehlo.tanh %141 : tensor<4x32xf32>
    %143 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %144 = stablehlo.add %143, %142 : tensor<4x32xf32>
    %cst_10 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %146 = stablehlo.multiply %145, %133 : tensor<4x32xf32>
    %147 = stablehlo.multiply %146, %144 : tensor<4x32xf32>
    %148 = stablehlo.multiply %147, %134 : tensor<4x32xf32>
    %149 = stablehlo.dot_general %148, %arg15, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %150 = stablehlo.multiply %149, %149 : tensor<4x16xf32>
    %151 = stablehlo.reduce(%150 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %152 = stablehlo.divide %151, %22 : tensor<4xf32>
    %153 = stablehlo.add %152, %24 : tensor<4xf32>
    %154 = stablehlo.rsqrt %153 : tensor<4xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %156 = stablehlo.multiply %149, %155 : tensor<4x16xf32>
    %157 = stablehlo.add %arg16, %29 : tensor<16xf32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %159 = stablehlo.multiply %156, %158 : tensor<4x16xf32>
    %160 = stablehlo.add %122, %159 : tensor<4x16xf32>
    %161 = stablehlo.multiply %160, %160 : tensor<4x16xf32>
    %162 = stablehlo.reduce(%161 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %163 = stablehlo.divide %162, %22 : tensor<4xf32>
    %164 = stablehlo.add %163, %24 : tensor<4xf32>
    %165 = stablehlo.rsqrt %164 : tensor<4xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %167 = stablehlo.multiply %160, %166 : tensor<4x16xf32>
    %168 = stablehlo.add %arg17, %29 : tensor<16xf32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %170 = stablehlo.multiply %167, %169 : tensor<4x16xf32>
    %171 = stablehlo.dot_general %170, %arg18, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %172 = stablehlo.dot_general %170, %arg19, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %173 = stablehlo.dot_general %170, %arg20, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %174 = stablehlo.reshape %171 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %175 = stablehlo.slice %174 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %176 = stablehlo.slice %174 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %177 = stablehlo.negate %176 : tensor<4x2x4xf32>
    %178 = stablehlo.concatenate %177, %175, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %179 = stablehlo.multiply %174, %41 : tensor<4x2x8xf32>
    %180 = stablehlo.multiply %178, %42 : tensor<4x2x8xf32>
    %181 = stablehlo.add %179, %180 : tensor<4x2x8xf32>
    %182 = stablehlo.reshape %172 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %183 = stablehlo.slice %182 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %184 = stablehlo.slice %182 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %185 = stablehlo.negate %184 : tensor<4x1x4xf32>
    %186 = stablehlo.concatenate %185, %183, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %187 = stablehlo.multiply %182, %51 : tensor<4x1x8xf32>
    %188 = stablehlo.multiply %186, %52 : tensor<4x1x8xf32>
    %189 = stablehlo.add %187, %188 : tensor<4x1x8xf32>
    %190 = stablehlo.reshape %173 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %191 = stablehlo.slice %189 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %192 = stablehlo.slice %190 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %193 = stablehlo.reshape %191 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %194 = stablehlo.dynamic_update_slice %78, %193, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %195 = stablehlo.reshape %192 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %196 = stablehlo.dynamic_update_slice %80, %195, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %197 = stablehlo.slice %189 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %198 = stablehlo.slice %190 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %199 = stablehlo.reshape %197 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %200 = stablehlo.dynamic_update_slice %194, %199, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %201 = stablehlo.reshape %198 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %202 = stablehlo.dynamic_update_slice %196, %201, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %203 = stablehlo.slice %189 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %204 = stablehlo.slice %190 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %205 = stablehlo.reshape %203 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %206 = stablehlo.dynamic_update_slice %200, %205, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %207 = stablehlo.reshape %204 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %208 = stablehlo.dynamic_update_slice %202, %207, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %209 = stablehlo.slice %189 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %210 = stablehlo.slice %190 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %211 = stablehlo.reshape %209 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %212 = stablehlo.dynamic_update_slice %206, %211, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %213 = stablehlo.reshape %210 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %214 = stablehlo.dynamic_update_slice %208, %213, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %215 = stablehlo.slice %212 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %216 = stablehlo.reshape %215 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %217 = stablehlo.slice %214 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %218 = stablehlo.reshape %217 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %219 = stablehlo.reshape %181 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %220 = stablehlo.dot_general %219, %216, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %221 = stablehlo.multiply %220, %87 : tensor<4x1x2x64xf32>
    %222 = stablehlo.divide %221, %89 : tensor<4x1x2x64xf32>
    %223 = stablehlo.tanh %222 : tensor<4x1x2x64xf32>
    %224 = stablehlo.multiply %223, %89 : tensor<4x1x2x64xf32>
    %225 = stablehlo.select %95, %224, %100 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %226 = stablehlo.reduce(%225 init: %cst_7) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %228 = stablehlo.subtract %225, %227 : tensor<4x1x2x64xf32>
    %229 = stablehlo.exponential %228 : tensor<4x1x2x64xf32>
    %230 = stablehlo.reduce(%229 init: %cst_1) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %232 = stablehlo.divide %229, %231 : tensor<4x1x2x64xf32>
    %233 = stablehlo.dot_general %232, %218, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %234 = stablehlo.reshape %233 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %235 = stablehlo.dot_general %234, %arg21, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %236 = stablehlo.multiply %235, %235 : tensor<4x16xf32>
    %237 = stablehlo.reduce(%236 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %238 = stablehlo.divide %237, %22 : tensor<4xf32>
    %239 = stablehlo.add %238, %24 : tensor<4xf32>
    %240 = stablehlo.rsqrt %239 : tensor<4xf32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %242 = stablehlo.multiply %235, %241 : tensor<4x16xf32>
    %243 = stablehlo.add %arg22, %29 : tensor<16xf32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %245 = stablehlo.multiply %242, %244 : tensor<4x16xf32>
    %246 = stablehlo.add %160, %245 : tensor<4x16xf32>
    %247 = stablehlo.multiply %246, %246 : tensor<4x16xf32>
    %248 = stablehlo.reduce(%247 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %249 = stablehlo.divide %248, %22 : tensor<4xf32>
    %250 = stablehlo.add %249, %24 : tensor<4xf32>
    %251 = stablehlo.rsqrt %250 : tensor<4xf32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %253 = stablehlo.multiply %246, %252 : tensor<4x16xf32>
    %254 = stablehlo.add %arg23, %29 : tensor<16xf32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %256 = stablehlo.multiply %253, %255 : tensor<4x16xf32>
    %257 = stablehlo.dot_general %256, %arg24, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %258 = stablehlo.dot_general %256, %arg25, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %259 = stablehlo.multiply %257, %257 : tensor<4x32xf32>
    %260 = stablehlo.multiply %259, %257 : tensor<4x32xf32>
    %261 = stablehlo.multiply %137, %260 : tensor<4x32xf32>
    %262 = stablehlo.add %257, %261 : tensor<4x32xf32>
    %263 = stablehlo.multiply %140, %262 : tensor<4x32xf32>
    %264 = stablehlo.tanh %263 : tensor<4x32xf32>
    %265 = stablehlo.add %143, %264 : tensor<4x32xf32>
    %266 = stablehlo.multiply %145, %257 : tensor<4x32xf32>
    %267 = stablehlo.multiply %266, %265 : tensor<4x32xf32>
    %268 = stablehlo.multiply %267, %258 : tensor<4x32xf32>
    %269 = stablehlo.dot_general %268, %arg26, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %270 = stablehlo.multiply %269, %269 : tensor<4x16xf32>
    %271 = stablehlo.reduce(%270 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %272 = stablehlo.divide %271, %22 : tensor<4xf32>
    %273 = stablehlo.add %272, %24 : tensor<4xf32>
    %274 = stablehlo.rsqrt %273 : tensor<4xf32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %276 = stablehlo.multiply %269, %275 : tensor<4x16xf32>
    %277 = stablehlo.add %arg27, %29 : tensor<16xf32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %279 = stablehlo.multiply %276, %278 : tensor<4x16xf32>
    %280 = stablehlo.add %246, %279 : tensor<4x16xf32>
    %281 = stablehlo.multiply %280, %280 : tensor<4x16xf32>
    %282 = stablehlo.reduce(%281 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %283 = stablehlo.divide %282, %22 : tensor<4xf32>
    %284 = stablehlo.add %283, %24 : tensor<4xf32>
    %285 = stablehlo.rsqrt %284 : tensor<4xf32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %287 = stablehlo.multiply %280, %286 : tensor<4x16xf32>
    %288 = stablehlo.add %arg28, %29 : tensor<16xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %290 = stablehlo.multiply %287, %289 : tensor<4x16xf32>
    %291 = stablehlo.dot_general %290, %arg5, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %cst_11 = stablehlo.constant dense<3.000000e+01> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %293 = stablehlo.divide %291, %292 : tensor<4x32xf32>
    %294 = stablehlo.tanh %293 : tensor<4x32xf32>
    %295 = stablehlo.multiply %294, %292 : tensor<4x32xf32>
    %296 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %297:2 = stablehlo.reduce(%295 init: %cst_7), (%296 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg29: tensor<f32>, %arg31: tensor<f32>) (%arg30: tensor<i32>, %arg32: tensor<i32>)  {
      %298 = stablehlo.compare  GT, %arg29, %arg31,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %299 = stablehlo.compare  NE, %arg29, %arg29,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %300 = stablehlo.or %298, %299 : tensor<i1>
      %301 = stablehlo.compare  EQ, %arg29, %arg31,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %302 = stablehlo.compare  LT, %arg30, %arg32,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %303 = stablehlo.and %301, %302 : tensor<i1>
      %304 = stablehlo.or %300, %303 : tensor<i1>
      %305 = stablehlo.select %300, %arg29, %arg31 : tensor<i1>, tensor<f32>
      %306 = stablehlo.select %304, %arg30, %arg32 : tensor<i1>, tensor<i32>
      stablehlo.return %305, %306 : tensor<f32>, tensor<i32>
    }
    return %297#1, %212, %214 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
