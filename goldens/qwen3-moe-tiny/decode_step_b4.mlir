// emit arch=qwen3-moe-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg12: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg13: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg14: tensor<4x16xf32> loc("model.layers.0.mlp.gate.weight"), %arg15: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.gate_proj.weight"), %arg16: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.up_proj.weight"), %arg17: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.down_proj.weight"), %arg18: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.gate_proj.weight"), %arg19: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.up_proj.weight"), %arg20: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.down_proj.weight"), %arg21: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.gate_proj.weight"), %arg22: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.up_proj.weight"), %arg23: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.down_proj.weight"), %arg24: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.gate_proj.weight"), %arg25: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.up_proj.weight"), %arg26: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.down_proj.weight"), %arg27: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg28: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg29: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg30: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg31: tensor<8xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg32: tensor<8xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg33: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg34: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg35: tensor<4x16xf32> loc("model.layers.1.mlp.gate.weight"), %arg36: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.gate_proj.weight"), %arg37: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.up_proj.weight"), %arg38: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.down_proj.weight"), %arg39: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.gate_proj.weight"), %arg40: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.up_proj.weight"), %arg41: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.down_proj.weight"), %arg42: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.gate_proj.weight"), %arg43: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.up_proj.weight"), %arg44: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.down_proj.weight"), %arg45: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.gate_proj.weight"), %arg46: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.up_proj.weight"), %arg47: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.down_proj.weight"), %arg48: tensor<16xf32> loc("model.norm.weight"), %arg49: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %18 = stablehlo.multiply %17, %17 : tensor<4x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.reduce(%18 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %21 = stablehlo.divide %19, %20 : tensor<4xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %23 = stablehlo.add %21, %22 : tensor<4xf32>
    %24 = stablehlo.rsqrt %23 : tensor<4xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %26 = stablehlo.multiply %17, %25 : tensor<4x16xf32>
    %27 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %28 = stablehlo.multiply %26, %27 : tensor<4x16xf32>
    %29 = stablehlo.dot_general %28, %arg7, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %30 = stablehlo.dot_general %28, %arg8, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %31 = stablehlo.dot_general %28, %arg9, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %32 = stablehlo.reshape %29 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %33 = stablehlo.multiply %32, %32 : tensor<4x2x8xf32>
    %34 = stablehlo.reduce(%33 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<4x2x8xf32>, tensor<f32>) -> tensor<4x2xf32>
    %cst_3 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x2xf32>
    %36 = stablehlo.divide %34, %35 : tensor<4x2xf32>
    %37 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x2xf32>
    %38 = stablehlo.add %36, %37 : tensor<4x2xf32>
    %39 = stablehlo.rsqrt %38 : tensor<4x2xf32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [0, 1] : (tensor<4x2xf32>) -> tensor<4x2x8xf32>
    %41 = stablehlo.multiply %32, %40 : tensor<4x2x8xf32>
    %42 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<8xf32>) -> tensor<4x2x8xf32>
    %43 = stablehlo.multiply %41, %42 : tensor<4x2x8xf32>
    %44 = stablehlo.slice %43 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %45 = stablehlo.slice %43 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %46 = stablehlo.negate %45 : tensor<4x2x4xf32>
    %47 = stablehlo.concatenate %46, %44, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %48 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %49 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %50 = stablehlo.multiply %43, %48 : tensor<4x2x8xf32>
    %51 = stablehlo.multiply %47, %49 : tensor<4x2x8xf32>
    %52 = stablehlo.add %50, %51 : tensor<4x2x8xf32>
    %53 = stablehlo.reshape %30 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %54 = stablehlo.multiply %53, %53 : tensor<4x1x8xf32>
    %55 = stablehlo.reduce(%54 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<4x1x8xf32>, tensor<f32>) -> tensor<4x1xf32>
    %56 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %57 = stablehlo.divide %55, %56 : tensor<4x1xf32>
    %58 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %59 = stablehlo.add %57, %58 : tensor<4x1xf32>
    %60 = stablehlo.rsqrt %59 : tensor<4x1xf32>
    %61 = stablehlo.broadcast_in_dim %60, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x1x8xf32>
    %62 = stablehlo.multiply %53, %61 : tensor<4x1x8xf32>
    %63 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<8xf32>) -> tensor<4x1x8xf32>
    %64 = stablehlo.multiply %62, %63 : tensor<4x1x8xf32>
    %65 = stablehlo.slice %64 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %66 = stablehlo.slice %64 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %67 = stablehlo.negate %66 : tensor<4x1x4xf32>
    %68 = stablehlo.concatenate %67, %65, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %69 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %70 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %71 = stablehlo.multiply %64, %69 : tensor<4x1x8xf32>
    %72 = stablehlo.multiply %68, %70 : tensor<4x1x8xf32>
    %73 = stablehlo.add %71, %72 : tensor<4x1x8xf32>
    %74 = stablehlo.reshape %31 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %75 = stablehlo.slice %73 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %76 = stablehlo.slice %74 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %77 = stablehlo.reshape %75 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %78 = stablehlo.dynamic_update_slice %arg3, %77, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %79 = stablehlo.reshape %76 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %80 = stablehlo.dynamic_update_slice %arg4, %79, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %81 = stablehlo.slice %73 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %82 = stablehlo.slice %74 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %83 = stablehlo.reshape %81 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %84 = stablehlo.dynamic_update_slice %78, %83, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %85 = stablehlo.reshape %82 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %86 = stablehlo.dynamic_update_slice %80, %85, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %87 = stablehlo.slice %73 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %88 = stablehlo.slice %74 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %89 = stablehlo.reshape %87 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %90 = stablehlo.dynamic_update_slice %84, %89, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %91 = stablehlo.reshape %88 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %92 = stablehlo.dynamic_update_slice %86, %91, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %93 = stablehlo.slice %73 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %94 = stablehlo.slice %74 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %95 = stablehlo.reshape %93 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %96 = stablehlo.dynamic_update_slice %90, %95, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %97 = stablehlo.reshape %94 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %98 = stablehlo.dynamic_update_slice %92, %97, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %99 = stablehlo.slice %96 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %100 = stablehlo.reshape %99 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %101 = stablehlo.slice %98 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %102 = stablehlo.reshape %101 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %103 = stablehlo.reshape %52 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %104 = stablehlo.dot_general %103, %100, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_4 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %106 = stablehlo.multiply %104, %105 : tensor<4x1x2x64xf32>
    %107 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %108 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %109 = stablehlo.compare  LE, %108, %107,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %110 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %111 = stablehlo.select %109, %106, %110 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %112 = stablehlo.reduce(%111 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %114 = stablehlo.subtract %111, %113 : tensor<4x1x2x64xf32>
    %115 = stablehlo.exponential %114 : tensor<4x1x2x64xf32>
    %116 = stablehlo.reduce(%115 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %118 = stablehlo.divide %115, %117 : tensor<4x1x2x64xf32>
    %119 = stablehlo.dot_general %118, %102, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %120 = stablehlo.reshape %119 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %121 = stablehlo.dot_general %120, %arg12, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %122 = stablehlo.add %17, %121 : tensor<4x16xf32>
    %123 = stablehlo.multiply %122, %122 : tensor<4x16xf32>
    %124 = stablehlo.reduce(%123 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %125 = stablehlo.divide %124, %20 : tensor<4xf32>
    %126 = stablehlo.add %125, %22 : tensor<4xf32>
    %127 = stablehlo.rsqrt %126 : tensor<4xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %129 = stablehlo.multiply %122, %128 : tensor<4x16xf32>
    %130 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %131 = stablehlo.multiply %129, %130 : tensor<4x16xf32>
    %132 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
    %133 = stablehlo.dot_general %131, %arg14, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x4xf32>
    %134 = stablehlo.reduce(%133 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %136 = stablehlo.subtract %133, %135 : tensor<4x4xf32>
    %137 = stablehlo.exponential %136 : tensor<4x4xf32>
    %138 = stablehlo.reduce(%137 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %140 = stablehlo.divide %137, %139 : tensor<4x4xf32>
    %141 = stablehlo.iota dim = 1 : tensor<4x4xi32>
    %142 = stablehlo.reduce(%140 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %144 = stablehlo.compare  EQ, %140, %143,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %145 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4x4xi32>
    %146 = stablehlo.select %144, %141, %145 : tensor<4x4xi1>, tensor<4x4xi32>
    %147 = stablehlo.reduce(%146 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %149 = stablehlo.compare  EQ, %141, %148,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %150 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
    %151 = stablehlo.select %149, %150, %140 : tensor<4x4xi1>, tensor<4x4xf32>
    %152 = stablehlo.reduce(%151 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %154 = stablehlo.compare  EQ, %151, %153,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %155 = stablehlo.select %154, %141, %145 : tensor<4x4xi1>, tensor<4x4xi32>
    %156 = stablehlo.reduce(%155 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %158 = stablehlo.compare  EQ, %141, %157,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %159 = stablehlo.select %158, %150, %151 : tensor<4x4xi1>, tensor<4x4xf32>
    %160 = stablehlo.add %142, %152 : tensor<4xf32>
    %161 = stablehlo.divide %142, %160 : tensor<4xf32>
    %162 = stablehlo.divide %152, %160 : tensor<4xf32>
    %163 = stablehlo.compare  GT, %147, %156,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %164 = stablehlo.select %163, %156, %147 : tensor<4xi1>, tensor<4xi32>
    %165 = stablehlo.select %163, %147, %156 : tensor<4xi1>, tensor<4xi32>
    %166 = stablehlo.select %163, %162, %161 : tensor<4xi1>, tensor<4xf32>
    %167 = stablehlo.select %163, %161, %162 : tensor<4xi1>, tensor<4xf32>
    %168 = stablehlo.slice %131 [0:1, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %169 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %170 = stablehlo.slice %164 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %171 = stablehlo.reshape %170 : (tensor<1xi32>) -> tensor<i32>
    %172 = stablehlo.slice %166 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %173 = "stablehlo.case"(%171) ({
      %174 = stablehlo.dot_general %168, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %175 = stablehlo.dot_general %168, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %176 = stablehlo.logistic %174 : tensor<1x16xf32>
      %177 = stablehlo.multiply %174, %176 : tensor<1x16xf32>
      %178 = stablehlo.multiply %177, %175 : tensor<1x16xf32>
      %179 = stablehlo.dot_general %178, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %179 : tensor<1x16xf32>
    }, {
      %180 = stablehlo.dot_general %168, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %181 = stablehlo.dot_general %168, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %182 = stablehlo.logistic %180 : tensor<1x16xf32>
      %183 = stablehlo.multiply %180, %182 : tensor<1x16xf32>
      %184 = stablehlo.multiply %183, %181 : tensor<1x16xf32>
      %185 = stablehlo.dot_general %184, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %185 : tensor<1x16xf32>
    }, {
      %186 = stablehlo.dot_general %168, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %187 = stablehlo.dot_general %168, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %188 = stablehlo.logistic %186 : tensor<1x16xf32>
      %189 = stablehlo.multiply %186, %188 : tensor<1x16xf32>
      %190 = stablehlo.multiply %189, %187 : tensor<1x16xf32>
      %191 = stablehlo.dot_general %190, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %191 : tensor<1x16xf32>
    }, {
      %192 = stablehlo.dot_general %168, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %193 = stablehlo.dot_general %168, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %194 = stablehlo.logistic %192 : tensor<1x16xf32>
      %195 = stablehlo.multiply %192, %194 : tensor<1x16xf32>
      %196 = stablehlo.multiply %195, %193 : tensor<1x16xf32>
      %197 = stablehlo.dot_general %196, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %197 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %198 = stablehlo.broadcast_in_dim %172, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %199 = stablehlo.multiply %173, %198 : tensor<1x16xf32>
    %200 = stablehlo.add %169, %199 : tensor<1x16xf32>
    %201 = stablehlo.slice %165 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %202 = stablehlo.reshape %201 : (tensor<1xi32>) -> tensor<i32>
    %203 = stablehlo.slice %167 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %204 = "stablehlo.case"(%202) ({
      %205 = stablehlo.dot_general %168, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %206 = stablehlo.dot_general %168, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %207 = stablehlo.logistic %205 : tensor<1x16xf32>
      %208 = stablehlo.multiply %205, %207 : tensor<1x16xf32>
      %209 = stablehlo.multiply %208, %206 : tensor<1x16xf32>
      %210 = stablehlo.dot_general %209, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %210 : tensor<1x16xf32>
    }, {
      %211 = stablehlo.dot_general %168, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %212 = stablehlo.dot_general %168, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %213 = stablehlo.logistic %211 : tensor<1x16xf32>
      %214 = stablehlo.multiply %211, %213 : tensor<1x16xf32>
      %215 = stablehlo.multiply %214, %212 : tensor<1x16xf32>
      %216 = stablehlo.dot_general %215, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %216 : tensor<1x16xf32>
    }, {
      %217 = stablehlo.dot_general %168, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %218 = stablehlo.dot_general %168, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %219 = stablehlo.logistic %217 : tensor<1x16xf32>
      %220 = stablehlo.multiply %217, %219 : tensor<1x16xf32>
      %221 = stablehlo.multiply %220, %218 : tensor<1x16xf32>
      %222 = stablehlo.dot_general %221, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %222 : tensor<1x16xf32>
    }, {
      %223 = stablehlo.dot_general %168, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %224 = stablehlo.dot_general %168, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %225 = stablehlo.logistic %223 : tensor<1x16xf32>
      %226 = stablehlo.multiply %223, %225 : tensor<1x16xf32>
      %227 = stablehlo.multiply %226, %224 : tensor<1x16xf32>
      %228 = stablehlo.dot_general %227, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %228 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %229 = stablehlo.broadcast_in_dim %203, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %230 = stablehlo.multiply %204, %229 : tensor<1x16xf32>
    %231 = stablehlo.add %200, %230 : tensor<1x16xf32>
    %232 = stablehlo.slice %131 [1:2, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %233 = stablehlo.slice %164 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %234 = stablehlo.reshape %233 : (tensor<1xi32>) -> tensor<i32>
    %235 = stablehlo.slice %166 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %236 = "stablehlo.case"(%234) ({
      %237 = stablehlo.dot_general %232, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %238 = stablehlo.dot_general %232, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %239 = stablehlo.logistic %237 : tensor<1x16xf32>
      %240 = stablehlo.multiply %237, %239 : tensor<1x16xf32>
      %241 = stablehlo.multiply %240, %238 : tensor<1x16xf32>
      %242 = stablehlo.dot_general %241, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %242 : tensor<1x16xf32>
    }, {
      %243 = stablehlo.dot_general %232, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %244 = stablehlo.dot_general %232, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %245 = stablehlo.logistic %243 : tensor<1x16xf32>
      %246 = stablehlo.multiply %243, %245 : tensor<1x16xf32>
      %247 = stablehlo.multiply %246, %244 : tensor<1x16xf32>
      %248 = stablehlo.dot_general %247, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %248 : tensor<1x16xf32>
    }, {
      %249 = stablehlo.dot_general %232, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %250 = stablehlo.dot_general %232, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %251 = stablehlo.logistic %249 : tensor<1x16xf32>
      %252 = stablehlo.multiply %249, %251 : tensor<1x16xf32>
      %253 = stablehlo.multiply %252, %250 : tensor<1x16xf32>
      %254 = stablehlo.dot_general %253, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %254 : tensor<1x16xf32>
    }, {
      %255 = stablehlo.dot_general %232, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %256 = stablehlo.dot_general %232, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %257 = stablehlo.logistic %255 : tensor<1x16xf32>
      %258 = stablehlo.multiply %255, %257 : tensor<1x16xf32>
      %259 = stablehlo.multiply %258, %256 : tensor<1x16xf32>
      %260 = stablehlo.dot_general %259, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %260 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %261 = stablehlo.broadcast_in_dim %235, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %262 = stablehlo.multiply %236, %261 : tensor<1x16xf32>
    %263 = stablehlo.add %169, %262 : tensor<1x16xf32>
    %264 = stablehlo.slice %165 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %265 = stablehlo.reshape %264 : (tensor<1xi32>) -> tensor<i32>
    %266 = stablehlo.slice %167 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %267 = "stablehlo.case"(%265) ({
      %268 = stablehlo.dot_general %232, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %269 = stablehlo.dot_general %232, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %270 = stablehlo.logistic %268 : tensor<1x16xf32>
      %271 = stablehlo.multiply %268, %270 : tensor<1x16xf32>
      %272 = stablehlo.multiply %271, %269 : tensor<1x16xf32>
      %273 = stablehlo.dot_general %272, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %273 : tensor<1x16xf32>
    }, {
      %274 = stablehlo.dot_general %232, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %275 = stablehlo.dot_general %232, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %276 = stablehlo.logistic %274 : tensor<1x16xf32>
      %277 = stablehlo.multiply %274, %276 : tensor<1x16xf32>
      %278 = stablehlo.multiply %277, %275 : tensor<1x16xf32>
      %279 = stablehlo.dot_general %278, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %279 : tensor<1x16xf32>
    }, {
      %280 = stablehlo.dot_general %232, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %281 = stablehlo.dot_general %232, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %282 = stablehlo.logistic %280 : tensor<1x16xf32>
      %283 = stablehlo.multiply %280, %282 : tensor<1x16xf32>
      %284 = stablehlo.multiply %283, %281 : tensor<1x16xf32>
      %285 = stablehlo.dot_general %284, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %285 : tensor<1x16xf32>
    }, {
      %286 = stablehlo.dot_general %232, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %287 = stablehlo.dot_general %232, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %288 = stablehlo.logistic %286 : tensor<1x16xf32>
      %289 = stablehlo.multiply %286, %288 : tensor<1x16xf32>
      %290 = stablehlo.multiply %289, %287 : tensor<1x16xf32>
      %291 = stablehlo.dot_general %290, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %291 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %292 = stablehlo.broadcast_in_dim %266, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %293 = stablehlo.multiply %267, %292 : tensor<1x16xf32>
    %294 = stablehlo.add %263, %293 : tensor<1x16xf32>
    %295 = stablehlo.slice %131 [2:3, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %296 = stablehlo.slice %164 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %297 = stablehlo.reshape %296 : (tensor<1xi32>) -> tensor<i32>
    %298 = stablehlo.slice %166 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %299 = "stablehlo.case"(%297) ({
      %300 = stablehlo.dot_general %295, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %301 = stablehlo.dot_general %295, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %302 = stablehlo.logistic %300 : tensor<1x16xf32>
      %303 = stablehlo.multiply %300, %302 : tensor<1x16xf32>
      %304 = stablehlo.multiply %303, %301 : tensor<1x16xf32>
      %305 = stablehlo.dot_general %304, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %305 : tensor<1x16xf32>
    }, {
      %306 = stablehlo.dot_general %295, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %307 = stablehlo.dot_general %295, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %308 = stablehlo.logistic %306 : tensor<1x16xf32>
      %309 = stablehlo.multiply %306, %308 : tensor<1x16xf32>
      %310 = stablehlo.multiply %309, %307 : tensor<1x16xf32>
      %311 = stablehlo.dot_general %310, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %311 : tensor<1x16xf32>
    }, {
      %312 = stablehlo.dot_general %295, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %313 = stablehlo.dot_general %295, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %314 = stablehlo.logistic %312 : tensor<1x16xf32>
      %315 = stablehlo.multiply %312, %314 : tensor<1x16xf32>
      %316 = stablehlo.multiply %315, %313 : tensor<1x16xf32>
      %317 = stablehlo.dot_general %316, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %317 : tensor<1x16xf32>
    }, {
      %318 = stablehlo.dot_general %295, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %319 = stablehlo.dot_general %295, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %320 = stablehlo.logistic %318 : tensor<1x16xf32>
      %321 = stablehlo.multiply %318, %320 : tensor<1x16xf32>
      %322 = stablehlo.multiply %321, %319 : tensor<1x16xf32>
      %323 = stablehlo.dot_general %322, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %323 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %324 = stablehlo.broadcast_in_dim %298, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %325 = stablehlo.multiply %299, %324 : tensor<1x16xf32>
    %326 = stablehlo.add %169, %325 : tensor<1x16xf32>
    %327 = stablehlo.slice %165 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %328 = stablehlo.reshape %327 : (tensor<1xi32>) -> tensor<i32>
    %329 = stablehlo.slice %167 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %330 = "stablehlo.case"(%328) ({
      %331 = stablehlo.dot_general %295, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %332 = stablehlo.dot_general %295, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %333 = stablehlo.logistic %331 : tensor<1x16xf32>
      %334 = stablehlo.multiply %331, %333 : tensor<1x16xf32>
      %335 = stablehlo.multiply %334, %332 : tensor<1x16xf32>
      %336 = stablehlo.dot_general %335, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %336 : tensor<1x16xf32>
    }, {
      %337 = stablehlo.dot_general %295, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %338 = stablehlo.dot_general %295, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %339 = stablehlo.logistic %337 : tensor<1x16xf32>
      %340 = stablehlo.multiply %337, %339 : tensor<1x16xf32>
      %341 = stablehlo.multiply %340, %338 : tensor<1x16xf32>
      %342 = stablehlo.dot_general %341, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %342 : tensor<1x16xf32>
    }, {
      %343 = stablehlo.dot_general %295, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %344 = stablehlo.dot_general %295, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %345 = stablehlo.logistic %343 : tensor<1x16xf32>
      %346 = stablehlo.multiply %343, %345 : tensor<1x16xf32>
      %347 = stablehlo.multiply %346, %344 : tensor<1x16xf32>
      %348 = stablehlo.dot_general %347, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %348 : tensor<1x16xf32>
    }, {
      %349 = stablehlo.dot_general %295, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %350 = stablehlo.dot_general %295, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %351 = stablehlo.logistic %349 : tensor<1x16xf32>
      %352 = stablehlo.multiply %349, %351 : tensor<1x16xf32>
      %353 = stablehlo.multiply %352, %350 : tensor<1x16xf32>
      %354 = stablehlo.dot_general %353, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %354 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %355 = stablehlo.broadcast_in_dim %329, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %356 = stablehlo.multiply %330, %355 : tensor<1x16xf32>
    %357 = stablehlo.add %326, %356 : tensor<1x16xf32>
    %358 = stablehlo.slice %131 [3:4, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %359 = stablehlo.slice %164 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %360 = stablehlo.reshape %359 : (tensor<1xi32>) -> tensor<i32>
    %361 = stablehlo.slice %166 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %362 = "stablehlo.case"(%360) ({
      %363 = stablehlo.dot_general %358, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %364 = stablehlo.dot_general %358, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %365 = stablehlo.logistic %363 : tensor<1x16xf32>
      %366 = stablehlo.multiply %363, %365 : tensor<1x16xf32>
      %367 = stablehlo.multiply %366, %364 : tensor<1x16xf32>
      %368 = stablehlo.dot_general %367, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %368 : tensor<1x16xf32>
    }, {
      %369 = stablehlo.dot_general %358, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %370 = stablehlo.dot_general %358, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %371 = stablehlo.logistic %369 : tensor<1x16xf32>
      %372 = stablehlo.multiply %369, %371 : tensor<1x16xf32>
      %373 = stablehlo.multiply %372, %370 : tensor<1x16xf32>
      %374 = stablehlo.dot_general %373, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %374 : tensor<1x16xf32>
    }, {
      %375 = stablehlo.dot_general %358, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %376 = stablehlo.dot_general %358, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %377 = stablehlo.logistic %375 : tensor<1x16xf32>
      %378 = stablehlo.multiply %375, %377 : tensor<1x16xf32>
      %379 = stablehlo.multiply %378, %376 : tensor<1x16xf32>
      %380 = stablehlo.dot_general %379, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %380 : tensor<1x16xf32>
    }, {
      %381 = stablehlo.dot_general %358, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %382 = stablehlo.dot_general %358, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %383 = stablehlo.logistic %381 : tensor<1x16xf32>
      %384 = stablehlo.multiply %381, %383 : tensor<1x16xf32>
      %385 = stablehlo.multiply %384, %382 : tensor<1x16xf32>
      %386 = stablehlo.dot_general %385, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %386 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %387 = stablehlo.broadcast_in_dim %361, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %388 = stablehlo.multiply %362, %387 : tensor<1x16xf32>
    %389 = stablehlo.add %169, %388 : tensor<1x16xf32>
    %390 = stablehlo.slice %165 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %391 = stablehlo.reshape %390 : (tensor<1xi32>) -> tensor<i32>
    %392 = stablehlo.slice %167 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %393 = "stablehlo.case"(%391) ({
      %394 = stablehlo.dot_general %358, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %395 = stablehlo.dot_general %358, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %396 = stablehlo.logistic %394 : tensor<1x16xf32>
      %397 = stablehlo.multiply %394, %396 : tensor<1x16xf32>
      %398 = stablehlo.multiply %397, %395 : tensor<1x16xf32>
      %399 = stablehlo.dot_general %398, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %399 : tensor<1x16xf32>
    }, {
      %400 = stablehlo.dot_general %358, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %401 = stablehlo.dot_general %358, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %402 = stablehlo.logistic %400 : tensor<1x16xf32>
      %403 = stablehlo.multiply %400, %402 : tensor<1x16xf32>
      %404 = stablehlo.multiply %403, %401 : tensor<1x16xf32>
      %405 = stablehlo.dot_general %404, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %405 : tensor<1x16xf32>
    }, {
      %406 = stablehlo.dot_general %358, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %407 = stablehlo.dot_general %358, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %408 = stablehlo.logistic %406 : tensor<1x16xf32>
      %409 = stablehlo.multiply %406, %408 : tensor<1x16xf32>
      %410 = stablehlo.multiply %409, %407 : tensor<1x16xf32>
      %411 = stablehlo.dot_general %410, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %411 : tensor<1x16xf32>
    }, {
      %412 = stablehlo.dot_general %358, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %413 = stablehlo.dot_general %358, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %414 = stablehlo.logistic %412 : tensor<1x16xf32>
      %415 = stablehlo.multiply %412, %414 : tensor<1x16xf32>
      %416 = stablehlo.multiply %415, %413 : tensor<1x16xf32>
      %417 = stablehlo.dot_general %416, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %417 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %418 = stablehlo.broadcast_in_dim %392, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %419 = stablehlo.multiply %393, %418 : tensor<1x16xf32>
    %420 = stablehlo.add %389, %419 : tensor<1x16xf32>
    %421 = stablehlo.concatenate %231, %294, %357, %420, dim = 0 : (tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<4x16xf32>
    %422 = stablehlo.add %122, %421 : tensor<4x16xf32>
    %423 = stablehlo.multiply %422, %422 : tensor<4x16xf32>
    %424 = stablehlo.reduce(%423 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %425 = stablehlo.divide %424, %20 : tensor<4xf32>
    %426 = stablehlo.add %425, %22 : tensor<4xf32>
    %427 = stablehlo.rsqrt %426 : tensor<4xf32>
    %428 = stablehlo.broadcast_in_dim %427, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %429 = stablehlo.multiply %422, %428 : tensor<4x16xf32>
    %430 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %431 = stablehlo.multiply %429, %430 : tensor<4x16xf32>
    %432 = stablehlo.dot_general %431, %arg28, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %433 = stablehlo.dot_general %431, %arg29, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %434 = stablehlo.dot_general %431, %arg30, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %435 = stablehlo.reshape %432 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %436 = stablehlo.multiply %435, %435 : tensor<4x2x8xf32>
    %437 = stablehlo.reduce(%436 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<4x2x8xf32>, tensor<f32>) -> tensor<4x2xf32>
    %438 = stablehlo.divide %437, %35 : tensor<4x2xf32>
    %439 = stablehlo.add %438, %37 : tensor<4x2xf32>
    %440 = stablehlo.rsqrt %439 : tensor<4x2xf32>
    %441 = stablehlo.broadcast_in_dim %440, dims = [0, 1] : (tensor<4x2xf32>) -> tensor<4x2x8xf32>
    %442 = stablehlo.multiply %435, %441 : tensor<4x2x8xf32>
    %443 = stablehlo.broadcast_in_dim %arg31, dims = [2] : (tensor<8xf32>) -> tensor<4x2x8xf32>
    %444 = stablehlo.multiply %442, %443 : tensor<4x2x8xf32>
    %445 = stablehlo.slice %444 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %446 = stablehlo.slice %444 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %447 = stablehlo.negate %446 : tensor<4x2x4xf32>
    %448 = stablehlo.concatenate %447, %445, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %449 = stablehlo.multiply %444, %48 : tensor<4x2x8xf32>
    %450 = stablehlo.multiply %448, %49 : tensor<4x2x8xf32>
    %451 = stablehlo.add %449, %450 : tensor<4x2x8xf32>
    %452 = stablehlo.reshape %433 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %453 = stablehlo.multiply %452, %452 : tensor<4x1x8xf32>
    %454 = stablehlo.reduce(%453 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<4x1x8xf32>, tensor<f32>) -> tensor<4x1xf32>
    %455 = stablehlo.divide %454, %56 : tensor<4x1xf32>
    %456 = stablehlo.add %455, %58 : tensor<4x1xf32>
    %457 = stablehlo.rsqrt %456 : tensor<4x1xf32>
    %458 = stablehlo.broadcast_in_dim %457, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x1x8xf32>
    %459 = stablehlo.multiply %452, %458 : tensor<4x1x8xf32>
    %460 = stablehlo.broadcast_in_dim %arg32, dims = [2] : (tensor<8xf32>) -> tensor<4x1x8xf32>
    %461 = stablehlo.multiply %459, %460 : tensor<4x1x8xf32>
    %462 = stablehlo.slice %461 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %463 = stablehlo.slice %461 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %464 = stablehlo.negate %463 : tensor<4x1x4xf32>
    %465 = stablehlo.concatenate %464, %462, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %466 = stablehlo.multiply %461, %69 : tensor<4x1x8xf32>
    %467 = stablehlo.multiply %465, %70 : tensor<4x1x8xf32>
    %468 = stablehlo.add %466, %467 : tensor<4x1x8xf32>
    %469 = stablehlo.reshape %434 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %470 = stablehlo.slice %468 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %471 = stablehlo.slice %469 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %472 = stablehlo.reshape %470 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %473 = stablehlo.dynamic_update_slice %96, %472, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %474 = stablehlo.reshape %471 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %475 = stablehlo.dynamic_update_slice %98, %474, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %476 = stablehlo.slice %468 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %477 = stablehlo.slice %469 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %478 = stablehlo.reshape %476 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %479 = stablehlo.dynamic_update_slice %473, %478, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %480 = stablehlo.reshape %477 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %481 = stablehlo.dynamic_update_slice %475, %480, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %482 = stablehlo.slice %468 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %483 = stablehlo.slice %469 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %484 = stablehlo.reshape %482 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %485 = stablehlo.dynamic_update_slice %479, %484, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %486 = stablehlo.reshape %483 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %487 = stablehlo.dynamic_update_slice %481, %486, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %488 = stablehlo.slice %468 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %489 = stablehlo.slice %469 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %490 = stablehlo.reshape %488 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %491 = stablehlo.dynamic_update_slice %485, %490, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %492 = stablehlo.reshape %489 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %493 = stablehlo.dynamic_update_slice %487, %492, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %494 = stablehlo.slice %491 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %495 = stablehlo.reshape %494 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %496 = stablehlo.slice %493 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %497 = stablehlo.reshape %496 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %498 = stablehlo.reshape %451 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %499 = stablehlo.dot_general %498, %495, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %500 = stablehlo.multiply %499, %105 : tensor<4x1x2x64xf32>
    %501 = stablehlo.select %109, %500, %110 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %502 = stablehlo.reduce(%501 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %503 = stablehlo.broadcast_in_dim %502, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %504 = stablehlo.subtract %501, %503 : tensor<4x1x2x64xf32>
    %505 = stablehlo.exponential %504 : tensor<4x1x2x64xf32>
    %506 = stablehlo.reduce(%505 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %507 = stablehlo.broadcast_in_dim %506, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %508 = stablehlo.divide %505, %507 : tensor<4x1x2x64xf32>
    %509 = stablehlo.dot_general %508, %497, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %510 = stablehlo.reshape %509 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %511 = stablehlo.dot_general %510, %arg33, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %512 = stablehlo.add %422, %511 : tensor<4x16xf32>
    %513 = stablehlo.multiply %512, %512 : tensor<4x16xf32>
    %514 = stablehlo.reduce(%513 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %515 = stablehlo.divide %514, %20 : tensor<4xf32>
    %516 = stablehlo.add %515, %22 : tensor<4xf32>
    %517 = stablehlo.rsqrt %516 : tensor<4xf32>
    %518 = stablehlo.broadcast_in_dim %517, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %519 = stablehlo.multiply %512, %518 : tensor<4x16xf32>
    %520 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %521 = stablehlo.multiply %519, %520 : tensor<4x16xf32>
    %522 = stablehlo.dot_general %521, %arg35, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x4xf32>
    %523 = stablehlo.reduce(%522 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %524 = stablehlo.broadcast_in_dim %523, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %525 = stablehlo.subtract %522, %524 : tensor<4x4xf32>
    %526 = stablehlo.exponential %525 : tensor<4x4xf32>
    %527 = stablehlo.reduce(%526 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %528 = stablehlo.broadcast_in_dim %527, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %529 = stablehlo.divide %526, %528 : tensor<4x4xf32>
    %530 = stablehlo.reduce(%529 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %531 = stablehlo.broadcast_in_dim %530, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %532 = stablehlo.compare  EQ, %529, %531,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %533 = stablehlo.select %532, %141, %145 : tensor<4x4xi1>, tensor<4x4xi32>
    %534 = stablehlo.reduce(%533 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %535 = stablehlo.broadcast_in_dim %534, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %536 = stablehlo.compare  EQ, %141, %535,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %537 = stablehlo.select %536, %150, %529 : tensor<4x4xi1>, tensor<4x4xf32>
    %538 = stablehlo.reduce(%537 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %539 = stablehlo.broadcast_in_dim %538, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %540 = stablehlo.compare  EQ, %537, %539,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %541 = stablehlo.select %540, %141, %145 : tensor<4x4xi1>, tensor<4x4xi32>
    %542 = stablehlo.reduce(%541 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %543 = stablehlo.broadcast_in_dim %542, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %544 = stablehlo.compare  EQ, %141, %543,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %545 = stablehlo.select %544, %150, %537 : tensor<4x4xi1>, tensor<4x4xf32>
    %546 = stablehlo.add %530, %538 : tensor<4xf32>
    %547 = stablehlo.divide %530, %546 : tensor<4xf32>
    %548 = stablehlo.divide %538, %546 : tensor<4xf32>
    %549 = stablehlo.compare  GT, %534, %542,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %550 = stablehlo.select %549, %542, %534 : tensor<4xi1>, tensor<4xi32>
    %551 = stablehlo.select %549, %534, %542 : tensor<4xi1>, tensor<4xi32>
    %552 = stablehlo.select %549, %548, %547 : tensor<4xi1>, tensor<4xf32>
    %553 = stablehlo.select %549, %547, %548 : tensor<4xi1>, tensor<4xf32>
    %554 = stablehlo.slice %521 [0:1, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %555 = stablehlo.slice %550 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %556 = stablehlo.reshape %555 : (tensor<1xi32>) -> tensor<i32>
    %557 = stablehlo.slice %552 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %558 = "stablehlo.case"(%556) ({
      %559 = stablehlo.dot_general %554, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %560 = stablehlo.dot_general %554, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %561 = stablehlo.logistic %559 : tensor<1x16xf32>
      %562 = stablehlo.multiply %559, %561 : tensor<1x16xf32>
      %563 = stablehlo.multiply %562, %560 : tensor<1x16xf32>
      %564 = stablehlo.dot_general %563, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %564 : tensor<1x16xf32>
    }, {
      %565 = stablehlo.dot_general %554, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %566 = stablehlo.dot_general %554, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %567 = stablehlo.logistic %565 : tensor<1x16xf32>
      %568 = stablehlo.multiply %565, %567 : tensor<1x16xf32>
      %569 = stablehlo.multiply %568, %566 : tensor<1x16xf32>
      %570 = stablehlo.dot_general %569, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %570 : tensor<1x16xf32>
    }, {
      %571 = stablehlo.dot_general %554, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %572 = stablehlo.dot_general %554, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %573 = stablehlo.logistic %571 : tensor<1x16xf32>
      %574 = stablehlo.multiply %571, %573 : tensor<1x16xf32>
      %575 = stablehlo.multiply %574, %572 : tensor<1x16xf32>
      %576 = stablehlo.dot_general %575, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %576 : tensor<1x16xf32>
    }, {
      %577 = stablehlo.dot_general %554, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %578 = stablehlo.dot_general %554, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %579 = stablehlo.logistic %577 : tensor<1x16xf32>
      %580 = stablehlo.multiply %577, %579 : tensor<1x16xf32>
      %581 = stablehlo.multiply %580, %578 : tensor<1x16xf32>
      %582 = stablehlo.dot_general %581, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %582 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %583 = stablehlo.broadcast_in_dim %557, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %584 = stablehlo.multiply %558, %583 : tensor<1x16xf32>
    %585 = stablehlo.add %169, %584 : tensor<1x16xf32>
    %586 = stablehlo.slice %551 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %587 = stablehlo.reshape %586 : (tensor<1xi32>) -> tensor<i32>
    %588 = stablehlo.slice %553 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %589 = "stablehlo.case"(%587) ({
      %590 = stablehlo.dot_general %554, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %591 = stablehlo.dot_general %554, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %592 = stablehlo.logistic %590 : tensor<1x16xf32>
      %593 = stablehlo.multiply %590, %592 : tensor<1x16xf32>
      %594 = stablehlo.multiply %593, %591 : tensor<1x16xf32>
      %595 = stablehlo.dot_general %594, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %595 : tensor<1x16xf32>
    }, {
      %596 = stablehlo.dot_general %554, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %597 = stablehlo.dot_general %554, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %598 = stablehlo.logistic %596 : tensor<1x16xf32>
      %599 = stablehlo.multiply %596, %598 : tensor<1x16xf32>
      %600 = stablehlo.multiply %599, %597 : tensor<1x16xf32>
      %601 = stablehlo.dot_general %600, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %601 : tensor<1x16xf32>
    }, {
      %602 = stablehlo.dot_general %554, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %603 = stablehlo.dot_general %554, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %604 = stablehlo.logistic %602 : tensor<1x16xf32>
      %605 = stablehlo.multiply %602, %604 : tensor<1x16xf32>
      %606 = stablehlo.multiply %605, %603 : tensor<1x16xf32>
      %607 = stablehlo.dot_general %606, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %607 : tensor<1x16xf32>
    }, {
      %608 = stablehlo.dot_general %554, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %609 = stablehlo.dot_general %554, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %610 = stablehlo.logistic %608 : tensor<1x16xf32>
      %611 = stablehlo.multiply %608, %610 : tensor<1x16xf32>
      %612 = stablehlo.multiply %611, %609 : tensor<1x16xf32>
      %613 = stablehlo.dot_general %612, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %613 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %614 = stablehlo.broadcast_in_dim %588, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %615 = stablehlo.multiply %589, %614 : tensor<1x16xf32>
    %616 = stablehlo.add %585, %615 : tensor<1x16xf32>
    %617 = stablehlo.slice %521 [1:2, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %618 = stablehlo.slice %550 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %619 = stablehlo.reshape %618 : (tensor<1xi32>) -> tensor<i32>
    %620 = stablehlo.slice %552 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %621 = "stablehlo.case"(%619) ({
      %622 = stablehlo.dot_general %617, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %623 = stablehlo.dot_general %617, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %624 = stablehlo.logistic %622 : tensor<1x16xf32>
      %625 = stablehlo.multiply %622, %624 : tensor<1x16xf32>
      %626 = stablehlo.multiply %625, %623 : tensor<1x16xf32>
      %627 = stablehlo.dot_general %626, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %627 : tensor<1x16xf32>
    }, {
      %628 = stablehlo.dot_general %617, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %629 = stablehlo.dot_general %617, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %630 = stablehlo.logistic %628 : tensor<1x16xf32>
      %631 = stablehlo.multiply %628, %630 : tensor<1x16xf32>
      %632 = stablehlo.multiply %631, %629 : tensor<1x16xf32>
      %633 = stablehlo.dot_general %632, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %633 : tensor<1x16xf32>
    }, {
      %634 = stablehlo.dot_general %617, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %635 = stablehlo.dot_general %617, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %636 = stablehlo.logistic %634 : tensor<1x16xf32>
      %637 = stablehlo.multiply %634, %636 : tensor<1x16xf32>
      %638 = stablehlo.multiply %637, %635 : tensor<1x16xf32>
      %639 = stablehlo.dot_general %638, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %639 : tensor<1x16xf32>
    }, {
      %640 = stablehlo.dot_general %617, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %641 = stablehlo.dot_general %617, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %642 = stablehlo.logistic %640 : tensor<1x16xf32>
      %643 = stablehlo.multiply %640, %642 : tensor<1x16xf32>
      %644 = stablehlo.multiply %643, %641 : tensor<1x16xf32>
      %645 = stablehlo.dot_general %644, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %645 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %646 = stablehlo.broadcast_in_dim %620, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %647 = stablehlo.multiply %621, %646 : tensor<1x16xf32>
    %648 = stablehlo.add %169, %647 : tensor<1x16xf32>
    %649 = stablehlo.slice %551 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %650 = stablehlo.reshape %649 : (tensor<1xi32>) -> tensor<i32>
    %651 = stablehlo.slice %553 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %652 = "stablehlo.case"(%650) ({
      %653 = stablehlo.dot_general %617, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %654 = stablehlo.dot_general %617, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %655 = stablehlo.logistic %653 : tensor<1x16xf32>
      %656 = stablehlo.multiply %653, %655 : tensor<1x16xf32>
      %657 = stablehlo.multiply %656, %654 : tensor<1x16xf32>
      %658 = stablehlo.dot_general %657, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %658 : tensor<1x16xf32>
    }, {
      %659 = stablehlo.dot_general %617, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %660 = stablehlo.dot_general %617, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %661 = stablehlo.logistic %659 : tensor<1x16xf32>
      %662 = stablehlo.multiply %659, %661 : tensor<1x16xf32>
      %663 = stablehlo.multiply %662, %660 : tensor<1x16xf32>
      %664 = stablehlo.dot_general %663, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %664 : tensor<1x16xf32>
    }, {
      %665 = stablehlo.dot_general %617, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %666 = stablehlo.dot_general %617, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %667 = stablehlo.logistic %665 : tensor<1x16xf32>
      %668 = stablehlo.multiply %665, %667 : tensor<1x16xf32>
      %669 = stablehlo.multiply %668, %666 : tensor<1x16xf32>
      %670 = stablehlo.dot_general %669, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %670 : tensor<1x16xf32>
    }, {
      %671 = stablehlo.dot_general %617, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %672 = stablehlo.dot_general %617, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %673 = stablehlo.logistic %671 : tensor<1x16xf32>
      %674 = stablehlo.multiply %671, %673 : tensor<1x16xf32>
      %675 = stablehlo.multiply %674, %672 : tensor<1x16xf32>
      %676 = stablehlo.dot_general %675, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %676 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %677 = stablehlo.broadcast_in_dim %651, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %678 = stablehlo.multiply %652, %677 : tensor<1x16xf32>
    %679 = stablehlo.add %648, %678 : tensor<1x16xf32>
    %680 = stablehlo.slice %521 [2:3, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %681 = stablehlo.slice %550 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %682 = stablehlo.reshape %681 : (tensor<1xi32>) -> tensor<i32>
    %683 = stablehlo.slice %552 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %684 = "stablehlo.case"(%682) ({
      %685 = stablehlo.dot_general %680, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %686 = stablehlo.dot_general %680, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %687 = stablehlo.logistic %685 : tensor<1x16xf32>
      %688 = stablehlo.multiply %685, %687 : tensor<1x16xf32>
      %689 = stablehlo.multiply %688, %686 : tensor<1x16xf32>
      %690 = stablehlo.dot_general %689, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %690 : tensor<1x16xf32>
    }, {
      %691 = stablehlo.dot_general %680, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %692 = stablehlo.dot_general %680, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %693 = stablehlo.logistic %691 : tensor<1x16xf32>
      %694 = stablehlo.multiply %691, %693 : tensor<1x16xf32>
      %695 = stablehlo.multiply %694, %692 : tensor<1x16xf32>
      %696 = stablehlo.dot_general %695, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %696 : tensor<1x16xf32>
    }, {
      %697 = stablehlo.dot_general %680, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %698 = stablehlo.dot_general %680, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %699 = stablehlo.logistic %697 : tensor<1x16xf32>
      %700 = stablehlo.multiply %697, %699 : tensor<1x16xf32>
      %701 = stablehlo.multiply %700, %698 : tensor<1x16xf32>
      %702 = stablehlo.dot_general %701, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %702 : tensor<1x16xf32>
    }, {
      %703 = stablehlo.dot_general %680, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %704 = stablehlo.dot_general %680, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %705 = stablehlo.logistic %703 : tensor<1x16xf32>
      %706 = stablehlo.multiply %703, %705 : tensor<1x16xf32>
      %707 = stablehlo.multiply %706, %704 : tensor<1x16xf32>
      %708 = stablehlo.dot_general %707, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %708 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %709 = stablehlo.broadcast_in_dim %683, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %710 = stablehlo.multiply %684, %709 : tensor<1x16xf32>
    %711 = stablehlo.add %169, %710 : tensor<1x16xf32>
    %712 = stablehlo.slice %551 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %713 = stablehlo.reshape %712 : (tensor<1xi32>) -> tensor<i32>
    %714 = stablehlo.slice %553 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %715 = "stablehlo.case"(%713) ({
      %716 = stablehlo.dot_general %680, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %717 = stablehlo.dot_general %680, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %718 = stablehlo.logistic %716 : tensor<1x16xf32>
      %719 = stablehlo.multiply %716, %718 : tensor<1x16xf32>
      %720 = stablehlo.multiply %719, %717 : tensor<1x16xf32>
      %721 = stablehlo.dot_general %720, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %721 : tensor<1x16xf32>
    }, {
      %722 = stablehlo.dot_general %680, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %723 = stablehlo.dot_general %680, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %724 = stablehlo.logistic %722 : tensor<1x16xf32>
      %725 = stablehlo.multiply %722, %724 : tensor<1x16xf32>
      %726 = stablehlo.multiply %725, %723 : tensor<1x16xf32>
      %727 = stablehlo.dot_general %726, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %727 : tensor<1x16xf32>
    }, {
      %728 = stablehlo.dot_general %680, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %729 = stablehlo.dot_general %680, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %730 = stablehlo.logistic %728 : tensor<1x16xf32>
      %731 = stablehlo.multiply %728, %730 : tensor<1x16xf32>
      %732 = stablehlo.multiply %731, %729 : tensor<1x16xf32>
      %733 = stablehlo.dot_general %732, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %733 : tensor<1x16xf32>
    }, {
      %734 = stablehlo.dot_general %680, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %735 = stablehlo.dot_general %680, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %736 = stablehlo.logistic %734 : tensor<1x16xf32>
      %737 = stablehlo.multiply %734, %736 : tensor<1x16xf32>
      %738 = stablehlo.multiply %737, %735 : tensor<1x16xf32>
      %739 = stablehlo.dot_general %738, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %739 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %740 = stablehlo.broadcast_in_dim %714, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %741 = stablehlo.multiply %715, %740 : tensor<1x16xf32>
    %742 = stablehlo.add %711, %741 : tensor<1x16xf32>
    %743 = stablehlo.slice %521 [3:4, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %744 = stablehlo.slice %550 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %745 = stablehlo.reshape %744 : (tensor<1xi32>) -> tensor<i32>
    %746 = stablehlo.slice %552 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %747 = "stablehlo.case"(%745) ({
      %748 = stablehlo.dot_general %743, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %749 = stablehlo.dot_general %743, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %750 = stablehlo.logistic %748 : tensor<1x16xf32>
      %751 = stablehlo.multiply %748, %750 : tensor<1x16xf32>
      %752 = stablehlo.multiply %751, %749 : tensor<1x16xf32>
      %753 = stablehlo.dot_general %752, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %753 : tensor<1x16xf32>
    }, {
      %754 = stablehlo.dot_general %743, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %755 = stablehlo.dot_general %743, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %756 = stablehlo.logistic %754 : tensor<1x16xf32>
      %757 = stablehlo.multiply %754, %756 : tensor<1x16xf32>
      %758 = stablehlo.multiply %757, %755 : tensor<1x16xf32>
      %759 = stablehlo.dot_general %758, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %759 : tensor<1x16xf32>
    }, {
      %760 = stablehlo.dot_general %743, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %761 = stablehlo.dot_general %743, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %762 = stablehlo.logistic %760 : tensor<1x16xf32>
      %763 = stablehlo.multiply %760, %762 : tensor<1x16xf32>
      %764 = stablehlo.multiply %763, %761 : tensor<1x16xf32>
      %765 = stablehlo.dot_general %764, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %765 : tensor<1x16xf32>
    }, {
      %766 = stablehlo.dot_general %743, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %767 = stablehlo.dot_general %743, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %768 = stablehlo.logistic %766 : tensor<1x16xf32>
      %769 = stablehlo.multiply %766, %768 : tensor<1x16xf32>
      %770 = stablehlo.multiply %769, %767 : tensor<1x16xf32>
      %771 = stablehlo.dot_general %770, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %771 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %772 = stablehlo.broadcast_in_dim %746, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %773 = stablehlo.multiply %747, %772 : tensor<1x16xf32>
    %774 = stablehlo.add %169, %773 : tensor<1x16xf32>
    %775 = stablehlo.slice %551 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %776 = stablehlo.reshape %775 : (tensor<1xi32>) -> tensor<i32>
    %777 = stablehlo.slice %553 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %778 = "stablehlo.case"(%776) ({
      %779 = stablehlo.dot_general %743, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %780 = stablehlo.dot_general %743, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %781 = stablehlo.logistic %779 : tensor<1x16xf32>
      %782 = stablehlo.multiply %779, %781 : tensor<1x16xf32>
      %783 = stablehlo.multiply %782, %780 : tensor<1x16xf32>
      %784 = stablehlo.dot_general %783, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %784 : tensor<1x16xf32>
    }, {
      %785 = stablehlo.dot_general %743, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %786 = stablehlo.dot_general %743, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %787 = stablehlo.logistic %785 : tensor<1x16xf32>
      %788 = stablehlo.multiply %785, %787 : tensor<1x16xf32>
      %789 = stablehlo.multiply %788, %786 : tensor<1x16xf32>
      %790 = stablehlo.dot_general %789, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %790 : tensor<1x16xf32>
    }, {
      %791 = stablehlo.dot_general %743, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %792 = stablehlo.dot_general %743, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %793 = stablehlo.logistic %791 : tensor<1x16xf32>
      %794 = stablehlo.multiply %791, %793 : tensor<1x16xf32>
      %795 = stablehlo.multiply %794, %792 : tensor<1x16xf32>
      %796 = stablehlo.dot_general %795, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %796 : tensor<1x16xf32>
    }, {
      %797 = stablehlo.dot_general %743, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %798 = stablehlo.dot_general %743, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %799 = stablehlo.logistic %797 : tensor<1x16xf32>
      %800 = stablehlo.multiply %797, %799 : tensor<1x16xf32>
      %801 = stablehlo.multiply %800, %798 : tensor<1x16xf32>
      %802 = stablehlo.dot_general %801, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %802 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %803 = stablehlo.broadcast_in_dim %777, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %804 = stablehlo.multiply %778, %803 : tensor<1x16xf32>
    %805 = stablehlo.add %774, %804 : tensor<1x16xf32>
    %806 = stablehlo.concatenate %616, %679, %742, %805, dim = 0 : (tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<4x16xf32>
    %807 = stablehlo.add %512, %806 : tensor<4x16xf32>
    %808 = stablehlo.multiply %807, %807 : tensor<4x16xf32>
    %809 = stablehlo.reduce(%808 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %810 = stablehlo.divide %809, %20 : tensor<4xf32>
    %811 = stablehlo.add %810, %22 : tensor<4xf32>
    %812 = stablehlo.rsqrt %811 : tensor<4xf32>
    %813 = stablehlo.broadcast_in_dim %812, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %814 = stablehlo.multiply %807, %813 : tensor<4x16xf32>
    %815 = stablehlo.broadcast_in_dim %arg48, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %816 = stablehlo.multiply %814, %815 : tensor<4x16xf32>
    %817 = stablehlo.dot_general %816, %arg49, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %818 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %819:2 = stablehlo.reduce(%817 init: %cst_5), (%818 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg50: tensor<f32>, %arg52: tensor<f32>) (%arg51: tensor<i32>, %arg53: tensor<i32>)  {
      %820 = stablehlo.compare  GT, %arg50, %arg52,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %821 = stablehlo.compare  NE, %arg50, %arg50,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %822 = stablehlo.or %820, %821 : tensor<i1>
      %823 = stablehlo.compare  EQ, %arg50, %arg52,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %824 = stablehlo.compare  LT, %arg51, %arg53,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %825 = stablehlo.and %823, %824 : tensor<i1>
      %826 = stablehlo.or %822, %825 : tensor<i1>
      %827 = stablehlo.select %822, %arg50, %arg52 : tensor<i1>, tensor<f32>
      %828 = stablehlo.select %826, %arg51, %arg53 : tensor<i1>, tensor<i32>
      stablehlo.return %827, %828 : tensor<f32>, tensor<i32>
    }
    return %819#1, %491, %493 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
