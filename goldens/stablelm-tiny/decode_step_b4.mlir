// emit arch=stablelm-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16xf32> loc("model.layers.0.input_layernorm.bias"), %arg8: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg9: tensor<16xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg10: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg12: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg13: tensor<8xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg14: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg16: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.bias"), %arg17: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg18: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg19: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg21: tensor<16xf32> loc("model.layers.1.input_layernorm.bias"), %arg22: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg23: tensor<16xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg24: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg25: tensor<8xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg26: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg27: tensor<8xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg28: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg29: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg30: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.bias"), %arg31: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg32: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg33: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg34: tensor<16xf32> loc("model.norm.weight"), %arg35: tensor<16xf32> loc("model.norm.bias"), %arg36: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %9 = stablehlo.broadcast_in_dim %8, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %cst = stablehlo.constant dense<[1.000000e+00]> : tensor<1xf32>
    %10 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<1xf32>) -> tensor<4x1xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<4x1xf32>
    %12 = stablehlo.cosine %11 : tensor<4x1xf32>
    %13 = stablehlo.sine %11 : tensor<4x1xf32>
    %14 = stablehlo.concatenate %12, %12, dim = 1 : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x2xf32>
    %15 = stablehlo.concatenate %13, %13, dim = 1 : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x2xf32>
    %16 = stablehlo.reshape %arg0 : (tensor<4xi32>) -> tensor<4x1xi32>
    %17 = "stablehlo.gather"(%arg5, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %18 = stablehlo.reduce(%17 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %20 = stablehlo.divide %18, %19 : tensor<4xf32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %22 = stablehlo.subtract %17, %21 : tensor<4x16xf32>
    %23 = stablehlo.multiply %22, %22 : tensor<4x16xf32>
    %24 = stablehlo.reduce(%23 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %25 = stablehlo.divide %24, %19 : tensor<4xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %27 = stablehlo.add %25, %26 : tensor<4xf32>
    %28 = stablehlo.rsqrt %27 : tensor<4xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %30 = stablehlo.multiply %22, %29 : tensor<4x16xf32>
    %31 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %32 = stablehlo.multiply %30, %31 : tensor<4x16xf32>
    %33 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %34 = stablehlo.add %32, %33 : tensor<4x16xf32>
    %35 = stablehlo.dot_general %34, %arg8, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %36 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %37 = stablehlo.add %35, %36 : tensor<4x16xf32>
    %38 = stablehlo.dot_general %34, %arg10, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %39 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %40 = stablehlo.add %38, %39 : tensor<4x8xf32>
    %41 = stablehlo.dot_general %34, %arg12, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %42 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %43 = stablehlo.add %41, %42 : tensor<4x8xf32>
    %44 = stablehlo.reshape %37 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %45 = stablehlo.slice %44 [0:4, 0:2, 0:2] : (tensor<4x2x8xf32>) -> tensor<4x2x2xf32>
    %46 = stablehlo.slice %44 [0:4, 0:2, 2:8] : (tensor<4x2x8xf32>) -> tensor<4x2x6xf32>
    %47 = stablehlo.slice %45 [0:4, 0:2, 0:1] : (tensor<4x2x2xf32>) -> tensor<4x2x1xf32>
    %48 = stablehlo.slice %45 [0:4, 0:2, 1:2] : (tensor<4x2x2xf32>) -> tensor<4x2x1xf32>
    %49 = stablehlo.negate %48 : tensor<4x2x1xf32>
    %50 = stablehlo.concatenate %49, %47, dim = 2 : (tensor<4x2x1xf32>, tensor<4x2x1xf32>) -> tensor<4x2x2xf32>
    %51 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x2xf32>) -> tensor<4x2x2xf32>
    %52 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x2xf32>) -> tensor<4x2x2xf32>
    %53 = stablehlo.multiply %45, %51 : tensor<4x2x2xf32>
    %54 = stablehlo.multiply %50, %52 : tensor<4x2x2xf32>
    %55 = stablehlo.add %53, %54 : tensor<4x2x2xf32>
    %56 = stablehlo.concatenate %55, %46, dim = 2 : (tensor<4x2x2xf32>, tensor<4x2x6xf32>) -> tensor<4x2x8xf32>
    %57 = stablehlo.reshape %40 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %58 = stablehlo.slice %57 [0:4, 0:1, 0:2] : (tensor<4x1x8xf32>) -> tensor<4x1x2xf32>
    %59 = stablehlo.slice %57 [0:4, 0:1, 2:8] : (tensor<4x1x8xf32>) -> tensor<4x1x6xf32>
    %60 = stablehlo.slice %58 [0:4, 0:1, 0:1] : (tensor<4x1x2xf32>) -> tensor<4x1x1xf32>
    %61 = stablehlo.slice %58 [0:4, 0:1, 1:2] : (tensor<4x1x2xf32>) -> tensor<4x1x1xf32>
    %62 = stablehlo.negate %61 : tensor<4x1x1xf32>
    %63 = stablehlo.concatenate %62, %60, dim = 2 : (tensor<4x1x1xf32>, tensor<4x1x1xf32>) -> tensor<4x1x2xf32>
    %64 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x2xf32>) -> tensor<4x1x2xf32>
    %65 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x2xf32>) -> tensor<4x1x2xf32>
    %66 = stablehlo.multiply %58, %64 : tensor<4x1x2xf32>
    %67 = stablehlo.multiply %63, %65 : tensor<4x1x2xf32>
    %68 = stablehlo.add %66, %67 : tensor<4x1x2xf32>
    %69 = stablehlo.concatenate %68, %59, dim = 2 : (tensor<4x1x2xf32>, tensor<4x1x6xf32>) -> tensor<4x1x8xf32>
    %70 = stablehlo.reshape %43 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %71 = stablehlo.slice %69 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %72 = stablehlo.slice %70 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %73 = stablehlo.reshape %71 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %74 = stablehlo.dynamic_update_slice %arg3, %73, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %75 = stablehlo.reshape %72 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %76 = stablehlo.dynamic_update_slice %arg4, %75, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %77 = stablehlo.slice %69 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %78 = stablehlo.slice %70 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %79 = stablehlo.reshape %77 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %80 = stablehlo.dynamic_update_slice %74, %79, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %81 = stablehlo.reshape %78 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %82 = stablehlo.dynamic_update_slice %76, %81, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %83 = stablehlo.slice %69 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %84 = stablehlo.slice %70 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %85 = stablehlo.reshape %83 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %86 = stablehlo.dynamic_update_slice %80, %85, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %87 = stablehlo.reshape %84 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %88 = stablehlo.dynamic_update_slice %82, %87, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %89 = stablehlo.slice %69 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %90 = stablehlo.slice %70 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %91 = stablehlo.reshape %89 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %92 = stablehlo.dynamic_update_slice %86, %91, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %93 = stablehlo.reshape %90 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %94 = stablehlo.dynamic_update_slice %88, %93, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %95 = stablehlo.slice %92 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %96 = stablehlo.reshape %95 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %97 = stablehlo.slice %94 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %98 = stablehlo.reshape %97 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %99 = stablehlo.reshape %56 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %100 = stablehlo.dot_general %99, %96, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %102 = stablehlo.multiply %100, %101 : tensor<4x1x2x64xf32>
    %103 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %104 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %105 = stablehlo.compare  LE, %104, %103,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %106 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %107 = stablehlo.select %105, %102, %106 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %108 = stablehlo.reduce(%107 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %110 = stablehlo.subtract %107, %109 : tensor<4x1x2x64xf32>
    %111 = stablehlo.exponential %110 : tensor<4x1x2x64xf32>
    %112 = stablehlo.reduce(%111 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %114 = stablehlo.divide %111, %113 : tensor<4x1x2x64xf32>
    %115 = stablehlo.dot_general %114, %98, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %116 = stablehlo.reshape %115 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %117 = stablehlo.dot_general %116, %arg14, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %118 = stablehlo.add %17, %117 : tensor<4x16xf32>
    %119 = stablehlo.reduce(%118 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %120 = stablehlo.divide %119, %19 : tensor<4xf32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %122 = stablehlo.subtract %118, %121 : tensor<4x16xf32>
    %123 = stablehlo.multiply %122, %122 : tensor<4x16xf32>
    %124 = stablehlo.reduce(%123 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %125 = stablehlo.divide %124, %19 : tensor<4xf32>
    %126 = stablehlo.add %125, %26 : tensor<4xf32>
    %127 = stablehlo.rsqrt %126 : tensor<4xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %129 = stablehlo.multiply %122, %128 : tensor<4x16xf32>
    %130 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %131 = stablehlo.multiply %129, %130 : tensor<4x16xf32>
    %132 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %133 = stablehlo.add %131, %132 : tensor<4x16xf32>
    %134 = stablehlo.dot_general %133, %arg17, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %135 = stablehlo.dot_general %133, %arg18, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %136 = stablehlo.logistic %134 : tensor<4x32xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<4x32xf32>
    %138 = stablehlo.multiply %137, %135 : tensor<4x32xf32>
    %139 = stablehlo.dot_general %138, %arg19, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %140 = stablehlo.add %118, %139 : tensor<4x16xf32>
    %141 = stablehlo.reduce(%140 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %142 = stablehlo.divide %141, %19 : tensor<4xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %144 = stablehlo.subtract %140, %143 : tensor<4x16xf32>
    %145 = stablehlo.multiply %144, %144 : tensor<4x16xf32>
    %146 = stablehlo.reduce(%145 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %147 = stablehlo.divide %146, %19 : tensor<4xf32>
    %148 = stablehlo.add %147, %26 : tensor<4xf32>
    %149 = stablehlo.rsqrt %148 : tensor<4xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %151 = stablehlo.multiply %144, %150 : tensor<4x16xf32>
    %152 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %153 = stablehlo.multiply %151, %152 : tensor<4x16xf32>
    %154 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %155 = stablehlo.add %153, %154 : tensor<4x16xf32>
    %156 = stablehlo.dot_general %155, %arg22, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %157 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %158 = stablehlo.add %156, %157 : tensor<4x16xf32>
    %159 = stablehlo.dot_general %155, %arg24, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %160 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %161 = stablehlo.add %159, %160 : tensor<4x8xf32>
    %162 = stablehlo.dot_general %155, %arg26, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %163 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %164 = stablehlo.add %162, %163 : tensor<4x8xf32>
    %165 = stablehlo.reshape %158 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %166 = stablehlo.slice %165 [0:4, 0:2, 0:2] : (tensor<4x2x8xf32>) -> tensor<4x2x2xf32>
    %167 = stablehlo.slice %165 [0:4, 0:2, 2:8] : (tensor<4x2x8xf32>) -> tensor<4x2x6xf32>
    %168 = stablehlo.slice %166 [0:4, 0:2, 0:1] : (tensor<4x2x2xf32>) -> tensor<4x2x1xf32>
    %169 = stablehlo.slice %166 [0:4, 0:2, 1:2] : (tensor<4x2x2xf32>) -> tensor<4x2x1xf32>
    %170 = stablehlo.negate %169 : tensor<4x2x1xf32>
    %171 = stablehlo.concatenate %170, %168, dim = 2 : (tensor<4x2x1xf32>, tensor<4x2x1xf32>) -> tensor<4x2x2xf32>
    %172 = stablehlo.multiply %166, %51 : tensor<4x2x2xf32>
    %173 = stablehlo.multiply %171, %52 : tensor<4x2x2xf32>
    %174 = stablehlo.add %172, %173 : tensor<4x2x2xf32>
    %175 = stablehlo.concatenate %174, %167, dim = 2 : (tensor<4x2x2xf32>, tensor<4x2x6xf32>) -> tensor<4x2x8xf32>
    %176 = stablehlo.reshape %161 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %177 = stablehlo.slice %176 [0:4, 0:1, 0:2] : (tensor<4x1x8xf32>) -> tensor<4x1x2xf32>
    %178 = stablehlo.slice %176 [0:4, 0:1, 2:8] : (tensor<4x1x8xf32>) -> tensor<4x1x6xf32>
    %179 = stablehlo.slice %177 [0:4, 0:1, 0:1] : (tensor<4x1x2xf32>) -> tensor<4x1x1xf32>
    %180 = stablehlo.slice %177 [0:4, 0:1, 1:2] : (tensor<4x1x2xf32>) -> tensor<4x1x1xf32>
    %181 = stablehlo.negate %180 : tensor<4x1x1xf32>
    %182 = stablehlo.concatenate %181, %179, dim = 2 : (tensor<4x1x1xf32>, tensor<4x1x1xf32>) -> tensor<4x1x2xf32>
    %183 = stablehlo.multiply %177, %64 : tensor<4x1x2xf32>
    %184 = stablehlo.multiply %182, %65 : tensor<4x1x2xf32>
    %185 = stablehlo.add %183, %184 : tensor<4x1x2xf32>
    %186 = stablehlo.concatenate %185, %178, dim = 2 : (tensor<4x1x2xf32>, tensor<4x1x6xf32>) -> tensor<4x1x8xf32>
    %187 = stablehlo.reshape %164 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %188 = stablehlo.slice %186 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %189 = stablehlo.slice %187 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %190 = stablehlo.reshape %188 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %191 = stablehlo.dynamic_update_slice %92, %190, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %192 = stablehlo.reshape %189 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %193 = stablehlo.dynamic_update_slice %94, %192, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %194 = stablehlo.slice %186 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %195 = stablehlo.slice %187 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %196 = stablehlo.reshape %194 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %197 = stablehlo.dynamic_update_slice %191, %196, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %198 = stablehlo.reshape %195 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %199 = stablehlo.dynamic_update_slice %193, %198, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %200 = stablehlo.slice %186 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %201 = stablehlo.slice %187 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %202 = stablehlo.reshape %200 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %203 = stablehlo.dynamic_update_slice %197, %202, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %204 = stablehlo.reshape %201 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %205 = stablehlo.dynamic_update_slice %199, %204, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %206 = stablehlo.slice %186 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %207 = stablehlo.slice %187 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %208 = stablehlo.reshape %206 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %209 = stablehlo.dynamic_update_slice %203, %208, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %210 = stablehlo.reshape %207 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %211 = stablehlo.dynamic_update_slice %205, %210, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %212 = stablehlo.slice %209 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %213 = stablehlo.reshape %212 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %214 = stablehlo.slice %211 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %215 = stablehlo.reshape %214 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %216 = stablehlo.reshape %175 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %217 = stablehlo.dot_general %216, %213, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %218 = stablehlo.multiply %217, %101 : tensor<4x1x2x64xf32>
    %219 = stablehlo.select %105, %218, %106 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %220 = stablehlo.reduce(%219 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %222 = stablehlo.subtract %219, %221 : tensor<4x1x2x64xf32>
    %223 = stablehlo.exponential %222 : tensor<4x1x2x64xf32>
    %224 = stablehlo.reduce(%223 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %226 = stablehlo.divide %223, %225 : tensor<4x1x2x64xf32>
    %227 = stablehlo.dot_general %226, %215, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %228 = stablehlo.reshape %227 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %229 = stablehlo.dot_general %228, %arg28, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %230 = stablehlo.add %140, %229 : tensor<4x16xf32>
    %231 = stablehlo.reduce(%230 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %232 = stablehlo.divide %231, %19 : tensor<4xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %234 = stablehlo.subtract %230, %233 : tensor<4x16xf32>
    %235 = stablehlo.multiply %234, %234 : tensor<4x16xf32>
    %236 = stablehlo.reduce(%235 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %237 = stablehlo.divide %236, %19 : tensor<4xf32>
    %238 = stablehlo.add %237, %26 : tensor<4xf32>
    %239 = stablehlo.rsqrt %238 : tensor<4xf32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %241 = stablehlo.multiply %234, %240 : tensor<4x16xf32>
    %242 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %243 = stablehlo.multiply %241, %242 : tensor<4x16xf32>
    %244 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %245 = stablehlo.add %243, %244 : tensor<4x16xf32>
    %246 = stablehlo.dot_general %245, %arg31, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %247 = stablehlo.dot_general %245, %arg32, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %248 = stablehlo.logistic %246 : tensor<4x32xf32>
    %249 = stablehlo.multiply %246, %248 : tensor<4x32xf32>
    %250 = stablehlo.multiply %249, %247 : tensor<4x32xf32>
    %251 = stablehlo.dot_general %250, %arg33, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %252 = stablehlo.add %230, %251 : tensor<4x16xf32>
    %253 = stablehlo.reduce(%252 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %254 = stablehlo.divide %253, %19 : tensor<4xf32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %256 = stablehlo.subtract %252, %255 : tensor<4x16xf32>
    %257 = stablehlo.multiply %256, %256 : tensor<4x16xf32>
    %258 = stablehlo.reduce(%257 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %259 = stablehlo.divide %258, %19 : tensor<4xf32>
    %260 = stablehlo.add %259, %26 : tensor<4xf32>
    %261 = stablehlo.rsqrt %260 : tensor<4xf32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %263 = stablehlo.multiply %256, %262 : tensor<4x16xf32>
    %264 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %265 = stablehlo.multiply %263, %264 : tensor<4x16xf32>
    %266 = stablehlo.broadcast_in_dim %arg35, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %267 = stablehlo.add %265, %266 : tensor<4x16xf32>
    %268 = stablehlo.dot_general %267, %arg36, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %269 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %270:2 = stablehlo.reduce(%268 init: %cst_4), (%269 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg37: tensor<f32>, %arg39: tensor<f32>) (%arg38: tensor<i32>, %arg40: tensor<i32>)  {
      %271 = stablehlo.compare  GT, %arg37, %arg39,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %272 = stablehlo.compare  NE, %arg37, %arg37,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %273 = stablehlo.or %271, %272 : tensor<i1>
      %274 = stablehlo.compare  EQ, %arg37, %arg39,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %275 = stablehlo.compare  LT, %arg38, %arg40,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %276 = stablehlo.and %274, %275 : tensor<i1>
      %277 = stablehlo.or %273, %276 : tensor<i1>
      %278 = stablehlo.select %273, %arg37, %arg39 : tensor<i1>, tensor<f32>
      %279 = stablehlo.select %277, %arg38, %arg40 : tensor<i1>, tensor<i32>
      stablehlo.return %278, %279 : tensor<f32>, tensor<i32>
    }
    return %270#1, %209, %211 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
