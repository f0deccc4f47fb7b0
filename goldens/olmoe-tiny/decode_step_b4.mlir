// emit arch=olmoe-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x2x8xf32> loc("kcache"), %arg4: tensor<2x4x64x2x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<16x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<16x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg11: tensor<16xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg12: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg13: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg14: tensor<4x16xf32> loc("model.layers.0.mlp.gate.weight"), %arg15: tensor<32x16xf32> loc("model.layers.0.mlp.experts.0.gate_proj.weight"), %arg16: tensor<32x16xf32> loc("model.layers.0.mlp.experts.0.up_proj.weight"), %arg17: tensor<16x32xf32> loc("model.layers.0.mlp.experts.0.down_proj.weight"), %arg18: tensor<32x16xf32> loc("model.layers.0.mlp.experts.1.gate_proj.weight"), %arg19: tensor<32x16xf32> loc("model.layers.0.mlp.experts.1.up_proj.weight"), %arg20: tensor<16x32xf32> loc("model.layers.0.mlp.experts.1.down_proj.weight"), %arg21: tensor<32x16xf32> loc("model.layers.0.mlp.experts.2.gate_proj.weight"), %arg22: tensor<32x16xf32> loc("model.layers.0.mlp.experts.2.up_proj.weight"), %arg23: tensor<16x32xf32> loc("model.layers.0.mlp.experts.2.down_proj.weight"), %arg24: tensor<32x16xf32> loc("model.layers.0.mlp.experts.3.gate_proj.weight"), %arg25: tensor<32x16xf32> loc("model.layers.0.mlp.experts.3.up_proj.weight"), %arg26: tensor<16x32xf32> loc("model.layers.0.mlp.experts.3.down_proj.weight"), %arg27: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg28: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg29: tensor<16x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg30: tensor<16x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg31: tensor<16xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg32: tensor<16xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg33: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg34: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg35: tensor<4x16xf32> loc("model.layers.1.mlp.gate.weight"), %arg36: tensor<32x16xf32> loc("model.layers.1.mlp.experts.0.gate_proj.weight"), %arg37: tensor<32x16xf32> loc("model.layers.1.mlp.experts.0.up_proj.weight"), %arg38: tensor<16x32xf32> loc("model.layers.1.mlp.experts.0.down_proj.weight"), %arg39: tensor<32x16xf32> loc("model.layers.1.mlp.experts.1.gate_proj.weight"), %arg40: tensor<32x16xf32> loc("model.layers.1.mlp.experts.1.up_proj.weight"), %arg41: tensor<16x32xf32> loc("model.layers.1.mlp.experts.1.down_proj.weight"), %arg42: tensor<32x16xf32> loc("model.layers.1.mlp.experts.2.gate_proj.weight"), %arg43: tensor<32x16xf32> loc("model.layers.1.mlp.experts.2.up_proj.weight"), %arg44: tensor<16x32xf32> loc("model.layers.1.mlp.experts.2.down_proj.weight"), %arg45: tensor<32x16xf32> loc("model.layers.1.mlp.experts.3.gate_proj.weight"), %arg46: tensor<32x16xf32> loc("model.layers.1.mlp.experts.3.up_proj.weight"), %arg47: tensor<16x32xf32> loc("model.layers.1.mlp.experts.3.down_proj.weight"), %arg48: tensor<16xf32> loc("model.norm.weight"), %arg49: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<4xi32>, tensor<2x4x64x2x8xf32>, tensor<2x4x64x2x8xf32>) {
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
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %23 = stablehlo.add %21, %22 : tensor<4xf32>
    %24 = stablehlo.rsqrt %23 : tensor<4xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %26 = stablehlo.multiply %17, %25 : tensor<4x16xf32>
    %27 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %28 = stablehlo.multiply %26, %27 : tensor<4x16xf32>
    %29 = stablehlo.dot_general %28, %arg7, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %30 = stablehlo.dot_general %28, %arg8, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %31 = stablehlo.dot_general %28, %arg9, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %32 = stablehlo.multiply %29, %29 : tensor<4x16xf32>
    %33 = stablehlo.reduce(%32 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %34 = stablehlo.divide %33, %20 : tensor<4xf32>
    %35 = stablehlo.add %34, %22 : tensor<4xf32>
    %36 = stablehlo.rsqrt %35 : tensor<4xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %38 = stablehlo.multiply %29, %37 : tensor<4x16xf32>
    %39 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<4x16xf32>
    %41 = stablehlo.reshape %40 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %42 = stablehlo.slice %41 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %43 = stablehlo.slice %41 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %44 = stablehlo.negate %43 : tensor<4x2x4xf32>
    %45 = stablehlo.concatenate %44, %42, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %46 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %47 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %48 = stablehlo.multiply %41, %46 : tensor<4x2x8xf32>
    %49 = stablehlo.multiply %45, %47 : tensor<4x2x8xf32>
    %50 = stablehlo.add %48, %49 : tensor<4x2x8xf32>
    %51 = stablehlo.multiply %30, %30 : tensor<4x16xf32>
    %52 = stablehlo.reduce(%51 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %53 = stablehlo.divide %52, %20 : tensor<4xf32>
    %54 = stablehlo.add %53, %22 : tensor<4xf32>
    %55 = stablehlo.rsqrt %54 : tensor<4xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %57 = stablehlo.multiply %30, %56 : tensor<4x16xf32>
    %58 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %59 = stablehlo.multiply %57, %58 : tensor<4x16xf32>
    %60 = stablehlo.reshape %59 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %61 = stablehlo.slice %60 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %62 = stablehlo.slice %60 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %63 = stablehlo.negate %62 : tensor<4x2x4xf32>
    %64 = stablehlo.concatenate %63, %61, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %65 = stablehlo.multiply %60, %46 : tensor<4x2x8xf32>
    %66 = stablehlo.multiply %64, %47 : tensor<4x2x8xf32>
    %67 = stablehlo.add %65, %66 : tensor<4x2x8xf32>
    %68 = stablehlo.reshape %31 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %69 = stablehlo.slice %67 [0:1, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %70 = stablehlo.slice %68 [0:1, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %71 = stablehlo.reshape %69 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %72 = stablehlo.dynamic_update_slice %arg3, %71, %c, %c, %1, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %73 = stablehlo.reshape %70 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %74 = stablehlo.dynamic_update_slice %arg4, %73, %c, %c, %1, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %75 = stablehlo.slice %67 [1:2, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %76 = stablehlo.slice %68 [1:2, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %77 = stablehlo.reshape %75 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %78 = stablehlo.dynamic_update_slice %72, %77, %c, %c_0, %3, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %79 = stablehlo.reshape %76 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %80 = stablehlo.dynamic_update_slice %74, %79, %c, %c_0, %3, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %81 = stablehlo.slice %67 [2:3, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %82 = stablehlo.slice %68 [2:3, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %83 = stablehlo.reshape %81 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %84 = stablehlo.dynamic_update_slice %78, %83, %c, %c_1, %5, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %85 = stablehlo.reshape %82 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %86 = stablehlo.dynamic_update_slice %80, %85, %c, %c_1, %5, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %87 = stablehlo.slice %67 [3:4, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %88 = stablehlo.slice %68 [3:4, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %89 = stablehlo.reshape %87 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %90 = stablehlo.dynamic_update_slice %84, %89, %c, %c_2, %7, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %91 = stablehlo.reshape %88 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %92 = stablehlo.dynamic_update_slice %86, %91, %c, %c_2, %7, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %93 = stablehlo.slice %90 [0:1, 0:4, 0:64, 0:2, 0:8] : (tensor<2x4x64x2x8xf32>) -> tensor<1x4x64x2x8xf32>
    %94 = stablehlo.reshape %93 : (tensor<1x4x64x2x8xf32>) -> tensor<4x64x2x8xf32>
    %95 = stablehlo.slice %92 [0:1, 0:4, 0:64, 0:2, 0:8] : (tensor<2x4x64x2x8xf32>) -> tensor<1x4x64x2x8xf32>
    %96 = stablehlo.reshape %95 : (tensor<1x4x64x2x8xf32>) -> tensor<4x64x2x8xf32>
    %97 = stablehlo.reshape %50 : (tensor<4x2x8xf32>) -> tensor<4x2x1x8xf32>
    %98 = stablehlo.dot_general %97, %94, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x1x8xf32>, tensor<4x64x2x8xf32>) -> tensor<4x2x1x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x2x1x64xf32>
    %100 = stablehlo.multiply %98, %99 : tensor<4x2x1x64xf32>
    %101 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x2x1x64xi32>
    %102 = stablehlo.iota dim = 3 : tensor<4x2x1x64xi32>
    %103 = stablehlo.compare  LE, %102, %101,  SIGNED : (tensor<4x2x1x64xi32>, tensor<4x2x1x64xi32>) -> tensor<4x2x1x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x2x1x64xf32>
    %105 = stablehlo.select %103, %100, %104 : tensor<4x2x1x64xi1>, tensor<4x2x1x64xf32>
    %106 = stablehlo.reduce(%105 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x1x64xf32>, tensor<f32>) -> tensor<4x2x1xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<4x2x1xf32>) -> tensor<4x2x1x64xf32>
    %108 = stablehlo.subtract %105, %107 : tensor<4x2x1x64xf32>
    %109 = stablehlo.exponential %108 : tensor<4x2x1x64xf32>
    %110 = stablehlo.reduce(%109 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x1x64xf32>, tensor<f32>) -> tensor<4x2x1xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2] : (tensor<4x2x1xf32>) -> tensor<4x2x1x64xf32>
    %112 = stablehlo.divide %109, %111 : tensor<4x2x1x64xf32>
    %113 = stablehlo.dot_general %112, %96, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x1x64xf32>, tensor<4x64x2x8xf32>) -> tensor<4x2x1x8xf32>
    %114 = stablehlo.reshape %113 : (tensor<4x2x1x8xf32>) -> tensor<4x16xf32>
    %115 = stablehlo.dot_general %114, %arg12, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %116 = stablehlo.add %17, %115 : tensor<4x16xf32>
    %117 = stablehlo.multiply %116, %116 : tensor<4x16xf32>
    %118 = stablehlo.reduce(%117 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %119 = stablehlo.divide %118, %20 : tensor<4xf32>
    %120 = stablehlo.add %119, %22 : tensor<4xf32>
    %121 = stablehlo.rsqrt %120 : tensor<4xf32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %123 = stablehlo.multiply %116, %122 : tensor<4x16xf32>
    %124 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %125 = stablehlo.multiply %123, %124 : tensor<4x16xf32>
    %126 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
    %127 = stablehlo.dot_general %125, %arg14, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x4xf32>
    %128 = stablehlo.reduce(%127 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %130 = stablehlo.subtract %127, %129 : tensor<4x4xf32>
    %131 = stablehlo.exponential %130 : tensor<4x4xf32>
    %132 = stablehlo.reduce(%131 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %134 = stablehlo.divide %131, %133 : tensor<4x4xf32>
    %135 = stablehlo.iota dim = 1 : tensor<4x4xi32>
    %136 = stablehlo.reduce(%134 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %138 = stablehlo.compare  EQ, %134, %137,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %139 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4x4xi32>
    %140 = stablehlo.select %138, %135, %139 : tensor<4x4xi1>, tensor<4x4xi32>
    %141 = stablehlo.reduce(%140 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %143 = stablehlo.compare  EQ, %135, %142,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %144 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
    %145 = stablehlo.select %143, %144, %134 : tensor<4x4xi1>, tensor<4x4xf32>
    %146 = stablehlo.reduce(%145 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %148 = stablehlo.compare  EQ, %145, %147,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %149 = stablehlo.select %148, %135, %139 : tensor<4x4xi1>, tensor<4x4xi32>
    %150 = stablehlo.reduce(%149 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %152 = stablehlo.compare  EQ, %135, %151,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %153 = stablehlo.select %152, %144, %145 : tensor<4x4xi1>, tensor<4x4xf32>
    %154 = stablehlo.compare  GT, %141, %150,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %155 = stablehlo.select %154, %150, %141 : tensor<4xi1>, tensor<4xi32>
    %156 = stablehlo.select %154, %141, %150 : tensor<4xi1>, tensor<4xi32>
    %157 = stablehlo.select %154, %146, %136 : tensor<4xi1>, tensor<4xf32>
    %158 = stablehlo.select %154, %136, %146 : tensor<4xi1>, tensor<4xf32>
    %159 = stablehlo.slice %125 [0:1, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %160 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %161 = stablehlo.slice %155 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %162 = stablehlo.reshape %161 : (tensor<1xi32>) -> tensor<i32>
    %163 = stablehlo.slice %157 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %164 = "stablehlo.case"(%162) ({
      %165 = stablehlo.dot_general %159, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %166 = stablehlo.dot_general %159, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %167 = stablehlo.logistic %165 : tensor<1x32xf32>
      %168 = stablehlo.multiply %165, %167 : tensor<1x32xf32>
      %169 = stablehlo.multiply %168, %166 : tensor<1x32xf32>
      %170 = stablehlo.dot_general %169, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %170 : tensor<1x16xf32>
    }, {
      %171 = stablehlo.dot_general %159, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %172 = stablehlo.dot_general %159, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %173 = stablehlo.logistic %171 : tensor<1x32xf32>
      %174 = stablehlo.multiply %171, %173 : tensor<1x32xf32>
      %175 = stablehlo.multiply %174, %172 : tensor<1x32xf32>
      %176 = stablehlo.dot_general %175, %arg20, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %176 : tensor<1x16xf32>
    }, {
      %177 = stablehlo.dot_general %159, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %178 = stablehlo.dot_general %159, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %179 = stablehlo.logistic %177 : tensor<1x32xf32>
      %180 = stablehlo.multiply %177, %179 : tensor<1x32xf32>
      %181 = stablehlo.multiply %180, %178 : tensor<1x32xf32>
      %182 = stablehlo.dot_general %181, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %182 : tensor<1x16xf32>
    }, {
      %183 = stablehlo.dot_general %159, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %184 = stablehlo.dot_general %159, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %185 = stablehlo.logistic %183 : tensor<1x32xf32>
      %186 = stablehlo.multiply %183, %185 : tensor<1x32xf32>
      %187 = stablehlo.multiply %186, %184 : tensor<1x32xf32>
      %188 = stablehlo.dot_general %187, %arg26, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %188 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %189 = stablehlo.broadcast_in_dim %163, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %190 = stablehlo.multiply %164, %189 : tensor<1x16xf32>
    %191 = stablehlo.add %160, %190 : tensor<1x16xf32>
    %192 = stablehlo.slice %156 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %193 = stablehlo.reshape %192 : (tensor<1xi32>) -> tensor<i32>
    %194 = stablehlo.slice %158 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %195 = "stablehlo.case"(%193) ({
      %196 = stablehlo.dot_general %159, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %197 = stablehlo.dot_general %159, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %198 = stablehlo.logistic %196 : tensor<1x32xf32>
      %199 = stablehlo.multiply %196, %198 : tensor<1x32xf32>
      %200 = stablehlo.multiply %199, %197 : tensor<1x32xf32>
      %201 = stablehlo.dot_general %200, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %201 : tensor<1x16xf32>
    }, {
      %202 = stablehlo.dot_general %159, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %203 = stablehlo.dot_general %159, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %204 = stablehlo.logistic %202 : tensor<1x32xf32>
      %205 = stablehlo.multiply %202, %204 : tensor<1x32xf32>
      %206 = stablehlo.multiply %205, %203 : tensor<1x32xf32>
      %207 = stablehlo.dot_general %206, %arg20, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %207 : tensor<1x16xf32>
    }, {
      %208 = stablehlo.dot_general %159, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %209 = stablehlo.dot_general %159, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %210 = stablehlo.logistic %208 : tensor<1x32xf32>
      %211 = stablehlo.multiply %208, %210 : tensor<1x32xf32>
      %212 = stablehlo.multiply %211, %209 : tensor<1x32xf32>
      %213 = stablehlo.dot_general %212, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %213 : tensor<1x16xf32>
    }, {
      %214 = stablehlo.dot_general %159, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %215 = stablehlo.dot_general %159, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %216 = stablehlo.logistic %214 : tensor<1x32xf32>
      %217 = stablehlo.multiply %214, %216 : tensor<1x32xf32>
      %218 = stablehlo.multiply %217, %215 : tensor<1x32xf32>
      %219 = stablehlo.dot_general %218, %arg26, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %219 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %220 = stablehlo.broadcast_in_dim %194, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %221 = stablehlo.multiply %195, %220 : tensor<1x16xf32>
    %222 = stablehlo.add %191, %221 : tensor<1x16xf32>
    %223 = stablehlo.slice %125 [1:2, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %224 = stablehlo.slice %155 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %225 = stablehlo.reshape %224 : (tensor<1xi32>) -> tensor<i32>
    %226 = stablehlo.slice %157 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %227 = "stablehlo.case"(%225) ({
      %228 = stablehlo.dot_general %223, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %229 = stablehlo.dot_general %223, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %230 = stablehlo.logistic %228 : tensor<1x32xf32>
      %231 = stablehlo.multiply %228, %230 : tensor<1x32xf32>
      %232 = stablehlo.multiply %231, %229 : tensor<1x32xf32>
      %233 = stablehlo.dot_general %232, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %233 : tensor<1x16xf32>
    }, {
      %234 = stablehlo.dot_general %223, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %235 = stablehlo.dot_general %223, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %236 = stablehlo.logistic %234 : tensor<1x32xf32>
      %237 = stablehlo.multiply %234, %236 : tensor<1x32xf32>
      %238 = stablehlo.multiply %237, %235 : tensor<1x32xf32>
      %239 = stablehlo.dot_general %238, %arg20, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %239 : tensor<1x16xf32>
    }, {
      %240 = stablehlo.dot_general %223, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %241 = stablehlo.dot_general %223, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %242 = stablehlo.logistic %240 : tensor<1x32xf32>
      %243 = stablehlo.multiply %240, %242 : tensor<1x32xf32>
      %244 = stablehlo.multiply %243, %241 : tensor<1x32xf32>
      %245 = stablehlo.dot_general %244, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %245 : tensor<1x16xf32>
    }, {
      %246 = stablehlo.dot_general %223, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %247 = stablehlo.dot_general %223, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %248 = stablehlo.logistic %246 : tensor<1x32xf32>
      %249 = stablehlo.multiply %246, %248 : tensor<1x32xf32>
      %250 = stablehlo.multiply %249, %247 : tensor<1x32xf32>
      %251 = stablehlo.dot_general %250, %arg26, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %251 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %252 = stablehlo.broadcast_in_dim %226, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %253 = stablehlo.multiply %227, %252 : tensor<1x16xf32>
    %254 = stablehlo.add %160, %253 : tensor<1x16xf32>
    %255 = stablehlo.slice %156 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %256 = stablehlo.reshape %255 : (tensor<1xi32>) -> tensor<i32>
    %257 = stablehlo.slice %158 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %258 = "stablehlo.case"(%256) ({
      %259 = stablehlo.dot_general %223, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %260 = stablehlo.dot_general %223, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %261 = stablehlo.logistic %259 : tensor<1x32xf32>
      %262 = stablehlo.multiply %259, %261 : tensor<1x32xf32>
      %263 = stablehlo.multiply %262, %260 : tensor<1x32xf32>
      %264 = stablehlo.dot_general %263, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %264 : tensor<1x16xf32>
    }, {
      %265 = stablehlo.dot_general %223, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %266 = stablehlo.dot_general %223, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %267 = stablehlo.logistic %265 : tensor<1x32xf32>
      %268 = stablehlo.multiply %265, %267 : tensor<1x32xf32>
      %269 = stablehlo.multiply %268, %266 : tensor<1x32xf32>
      %270 = stablehlo.dot_general %269, %arg20, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %270 : tensor<1x16xf32>
    }, {
      %271 = stablehlo.dot_general %223, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %272 = stablehlo.dot_general %223, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %273 = stablehlo.logistic %271 : tensor<1x32xf32>
      %274 = stablehlo.multiply %271, %273 : tensor<1x32xf32>
      %275 = stablehlo.multiply %274, %272 : tensor<1x32xf32>
      %276 = stablehlo.dot_general %275, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %276 : tensor<1x16xf32>
    }, {
      %277 = stablehlo.dot_general %223, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %278 = stablehlo.dot_general %223, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %279 = stablehlo.logistic %277 : tensor<1x32xf32>
      %280 = stablehlo.multiply %277, %279 : tensor<1x32xf32>
      %281 = stablehlo.multiply %280, %278 : tensor<1x32xf32>
      %282 = stablehlo.dot_general %281, %arg26, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %282 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %283 = stablehlo.broadcast_in_dim %257, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %284 = stablehlo.multiply %258, %283 : tensor<1x16xf32>
    %285 = stablehlo.add %254, %284 : tensor<1x16xf32>
    %286 = stablehlo.slice %125 [2:3, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %287 = stablehlo.slice %155 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %288 = stablehlo.reshape %287 : (tensor<1xi32>) -> tensor<i32>
    %289 = stablehlo.slice %157 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %290 = "stablehlo.case"(%288) ({
      %291 = stablehlo.dot_general %286, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %292 = stablehlo.dot_general %286, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %293 = stablehlo.logistic %291 : tensor<1x32xf32>
      %294 = stablehlo.multiply %291, %293 : tensor<1x32xf32>
      %295 = stablehlo.multiply %294, %292 : tensor<1x32xf32>
      %296 = stablehlo.dot_general %295, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %296 : tensor<1x16xf32>
    }, {
      %297 = stablehlo.dot_general %286, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %298 = stablehlo.dot_general %286, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %299 = stablehlo.logistic %297 : tensor<1x32xf32>
      %300 = stablehlo.multiply %297, %299 : tensor<1x32xf32>
      %301 = stablehlo.multiply %300, %298 : tensor<1x32xf32>
      %302 = stablehlo.dot_general %301, %arg20, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %302 : tensor<1x16xf32>
    }, {
      %303 = stablehlo.dot_general %286, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %304 = stablehlo.dot_general %286, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %305 = stablehlo.logistic %303 : tensor<1x32xf32>
      %306 = stablehlo.multiply %303, %305 : tensor<1x32xf32>
      %307 = stablehlo.multiply %306, %304 : tensor<1x32xf32>
      %308 = stablehlo.dot_general %307, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %308 : tensor<1x16xf32>
    }, {
      %309 = stablehlo.dot_general %286, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %310 = stablehlo.dot_general %286, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %311 = stablehlo.logistic %309 : tensor<1x32xf32>
      %312 = stablehlo.multiply %309, %311 : tensor<1x32xf32>
      %313 = stablehlo.multiply %312, %310 : tensor<1x32xf32>
      %314 = stablehlo.dot_general %313, %arg26, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %314 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %315 = stablehlo.broadcast_in_dim %289, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %316 = stablehlo.multiply %290, %315 : tensor<1x16xf32>
    %317 = stablehlo.add %160, %316 : tensor<1x16xf32>
    %318 = stablehlo.slice %156 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %319 = stablehlo.reshape %318 : (tensor<1xi32>) -> tensor<i32>
    %320 = stablehlo.slice %158 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %321 = "stablehlo.case"(%319) ({
      %322 = stablehlo.dot_general %286, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %323 = stablehlo.dot_general %286, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %324 = stablehlo.logistic %322 : tensor<1x32xf32>
      %325 = stablehlo.multiply %322, %324 : tensor<1x32xf32>
      %326 = stablehlo.multiply %325, %323 : tensor<1x32xf32>
      %327 = stablehlo.dot_general %326, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %327 : tensor<1x16xf32>
    }, {
      %328 = stablehlo.dot_general %286, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %329 = stablehlo.dot_general %286, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %330 = stablehlo.logistic %328 : tensor<1x32xf32>
      %331 = stablehlo.multiply %328, %330 : tensor<1x32xf32>
      %332 = stablehlo.multiply %331, %329 : tensor<1x32xf32>
      %333 = stablehlo.dot_general %332, %arg20, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %333 : tensor<1x16xf32>
    }, {
      %334 = stablehlo.dot_general %286, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %335 = stablehlo.dot_general %286, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %336 = stablehlo.logistic %334 : tensor<1x32xf32>
      %337 = stablehlo.multiply %334, %336 : tensor<1x32xf32>
      %338 = stablehlo.multiply %337, %335 : tensor<1x32xf32>
      %339 = stablehlo.dot_general %338, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %339 : tensor<1x16xf32>
    }, {
      %340 = stablehlo.dot_general %286, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %341 = stablehlo.dot_general %286, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %342 = stablehlo.logistic %340 : tensor<1x32xf32>
      %343 = stablehlo.multiply %340, %342 : tensor<1x32xf32>
      %344 = stablehlo.multiply %343, %341 : tensor<1x32xf32>
      %345 = stablehlo.dot_general %344, %arg26, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %345 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %346 = stablehlo.broadcast_in_dim %320, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %347 = stablehlo.multiply %321, %346 : tensor<1x16xf32>
    %348 = stablehlo.add %317, %347 : tensor<1x16xf32>
    %349 = stablehlo.slice %125 [3:4, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %350 = stablehlo.slice %155 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %351 = stablehlo.reshape %350 : (tensor<1xi32>) -> tensor<i32>
    %352 = stablehlo.slice %157 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %353 = "stablehlo.case"(%351) ({
      %354 = stablehlo.dot_general %349, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %355 = stablehlo.dot_general %349, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %356 = stablehlo.logistic %354 : tensor<1x32xf32>
      %357 = stablehlo.multiply %354, %356 : tensor<1x32xf32>
      %358 = stablehlo.multiply %357, %355 : tensor<1x32xf32>
      %359 = stablehlo.dot_general %358, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %359 : tensor<1x16xf32>
    }, {
      %360 = stablehlo.dot_general %349, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %361 = stablehlo.dot_general %349, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %362 = stablehlo.logistic %360 : tensor<1x32xf32>
      %363 = stablehlo.multiply %360, %362 : tensor<1x32xf32>
      %364 = stablehlo.multiply %363, %361 : tensor<1x32xf32>
      %365 = stablehlo.dot_general %364, %arg20, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %365 : tensor<1x16xf32>
    }, {
      %366 = stablehlo.dot_general %349, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %367 = stablehlo.dot_general %349, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %368 = stablehlo.logistic %366 : tensor<1x32xf32>
      %369 = stablehlo.multiply %366, %368 : tensor<1x32xf32>
      %370 = stablehlo.multiply %369, %367 : tensor<1x32xf32>
      %371 = stablehlo.dot_general %370, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %371 : tensor<1x16xf32>
    }, {
      %372 = stablehlo.dot_general %349, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %373 = stablehlo.dot_general %349, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %374 = stablehlo.logistic %372 : tensor<1x32xf32>
      %375 = stablehlo.multiply %372, %374 : tensor<1x32xf32>
      %376 = stablehlo.multiply %375, %373 : tensor<1x32xf32>
      %377 = stablehlo.dot_general %376, %arg26, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %377 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %378 = stablehlo.broadcast_in_dim %352, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %379 = stablehlo.multiply %353, %378 : tensor<1x16xf32>
    %380 = stablehlo.add %160, %379 : tensor<1x16xf32>
    %381 = stablehlo.slice %156 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %382 = stablehlo.reshape %381 : (tensor<1xi32>) -> tensor<i32>
    %383 = stablehlo.slice %158 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %384 = "stablehlo.case"(%382) ({
      %385 = stablehlo.dot_general %349, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %386 = stablehlo.dot_general %349, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %387 = stablehlo.logistic %385 : tensor<1x32xf32>
      %388 = stablehlo.multiply %385, %387 : tensor<1x32xf32>
      %389 = stablehlo.multiply %388, %386 : tensor<1x32xf32>
      %390 = stablehlo.dot_general %389, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %390 : tensor<1x16xf32>
    }, {
      %391 = stablehlo.dot_general %349, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %392 = stablehlo.dot_general %349, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %393 = stablehlo.logistic %391 : tensor<1x32xf32>
      %394 = stablehlo.multiply %391, %393 : tensor<1x32xf32>
      %395 = stablehlo.multiply %394, %392 : tensor<1x32xf32>
      %396 = stablehlo.dot_general %395, %arg20, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %396 : tensor<1x16xf32>
    }, {
      %397 = stablehlo.dot_general %349, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %398 = stablehlo.dot_general %349, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %399 = stablehlo.logistic %397 : tensor<1x32xf32>
      %400 = stablehlo.multiply %397, %399 : tensor<1x32xf32>
      %401 = stablehlo.multiply %400, %398 : tensor<1x32xf32>
      %402 = stablehlo.dot_general %401, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %402 : tensor<1x16xf32>
    }, {
      %403 = stablehlo.dot_general %349, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %404 = stablehlo.dot_general %349, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %405 = stablehlo.logistic %403 : tensor<1x32xf32>
      %406 = stablehlo.multiply %403, %405 : tensor<1x32xf32>
      %407 = stablehlo.multiply %406, %404 : tensor<1x32xf32>
      %408 = stablehlo.dot_general %407, %arg26, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %408 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %409 = stablehlo.broadcast_in_dim %383, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %410 = stablehlo.multiply %384, %409 : tensor<1x16xf32>
    %411 = stablehlo.add %380, %410 : tensor<1x16xf32>
    %412 = stablehlo.concatenate %222, %285, %348, %411, dim = 0 : (tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<4x16xf32>
    %413 = stablehlo.add %116, %412 : tensor<4x16xf32>
    %414 = stablehlo.multiply %413, %413 : tensor<4x16xf32>
    %415 = stablehlo.reduce(%414 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %416 = stablehlo.divide %415, %20 : tensor<4xf32>
    %417 = stablehlo.add %416, %22 : tensor<4xf32>
    %418 = stablehlo.rsqrt %417 : tensor<4xf32>
    %419 = stablehlo.broadcast_in_dim %418, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %420 = stablehlo.multiply %413, %419 : tensor<4x16xf32>
    %421 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %422 = stablehlo.multiply %420, %421 : tensor<4x16xf32>
    %423 = stablehlo.dot_general %422, %arg28, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %424 = stablehlo.dot_general %422, %arg29, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %425 = stablehlo.dot_general %422, %arg30, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %426 = stablehlo.multiply %423, %423 : tensor<4x16xf32>
    %427 = stablehlo.reduce(%426 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %428 = stablehlo.divide %427, %20 : tensor<4xf32>
    %429 = stablehlo.add %428, %22 : tensor<4xf32>
    %430 = stablehlo.rsqrt %429 : tensor<4xf32>
    %431 = stablehlo.broadcast_in_dim %430, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %432 = stablehlo.multiply %423, %431 : tensor<4x16xf32>
    %433 = stablehlo.broadcast_in_dim %arg31, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %434 = stablehlo.multiply %432, %433 : tensor<4x16xf32>
    %435 = stablehlo.reshape %434 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %436 = stablehlo.slice %435 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %437 = stablehlo.slice %435 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %438 = stablehlo.negate %437 : tensor<4x2x4xf32>
    %439 = stablehlo.concatenate %438, %436, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %440 = stablehlo.multiply %435, %46 : tensor<4x2x8xf32>
    %441 = stablehlo.multiply %439, %47 : tensor<4x2x8xf32>
    %442 = stablehlo.add %440, %441 : tensor<4x2x8xf32>
    %443 = stablehlo.multiply %424, %424 : tensor<4x16xf32>
    %444 = stablehlo.reduce(%443 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %445 = stablehlo.divide %444, %20 : tensor<4xf32>
    %446 = stablehlo.add %445, %22 : tensor<4xf32>
    %447 = stablehlo.rsqrt %446 : tensor<4xf32>
    %448 = stablehlo.broadcast_in_dim %447, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %449 = stablehlo.multiply %424, %448 : tensor<4x16xf32>
    %450 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %451 = stablehlo.multiply %449, %450 : tensor<4x16xf32>
    %452 = stablehlo.reshape %451 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %453 = stablehlo.slice %452 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %454 = stablehlo.slice %452 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %455 = stablehlo.negate %454 : tensor<4x2x4xf32>
    %456 = stablehlo.concatenate %455, %453, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %457 = stablehlo.multiply %452, %46 : tensor<4x2x8xf32>
    %458 = stablehlo.multiply %456, %47 : tensor<4x2x8xf32>
    %459 = stablehlo.add %457, %458 : tensor<4x2x8xf32>
    %460 = stablehlo.reshape %425 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %461 = stablehlo.slice %459 [0:1, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %462 = stablehlo.slice %460 [0:1, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %463 = stablehlo.reshape %461 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %464 = stablehlo.dynamic_update_slice %90, %463, %c_0, %c, %1, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %465 = stablehlo.reshape %462 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %466 = stablehlo.dynamic_update_slice %92, %465, %c_0, %c, %1, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %467 = stablehlo.slice %459 [1:2, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %468 = stablehlo.slice %460 [1:2, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %469 = stablehlo.reshape %467 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %470 = stablehlo.dynamic_update_slice %464, %469, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %471 = stablehlo.reshape %468 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %472 = stablehlo.dynamic_update_slice %466, %471, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %473 = stablehlo.slice %459 [2:3, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %474 = stablehlo.slice %460 [2:3, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %475 = stablehlo.reshape %473 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %476 = stablehlo.dynamic_update_slice %470, %475, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %477 = stablehlo.reshape %474 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %478 = stablehlo.dynamic_update_slice %472, %477, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %479 = stablehlo.slice %459 [3:4, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %480 = stablehlo.slice %460 [3:4, 0:2, 0:8] : (tensor<4x2x8xf32>) -> tensor<1x2x8xf32>
    %481 = stablehlo.reshape %479 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %482 = stablehlo.dynamic_update_slice %476, %481, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %483 = stablehlo.reshape %480 : (tensor<1x2x8xf32>) -> tensor<1x1x1x2x8xf32>
    %484 = stablehlo.dynamic_update_slice %478, %483, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x2x8xf32>, tensor<1x1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x2x8xf32>
    %485 = stablehlo.slice %482 [1:2, 0:4, 0:64, 0:2, 0:8] : (tensor<2x4x64x2x8xf32>) -> tensor<1x4x64x2x8xf32>
    %486 = stablehlo.reshape %485 : (tensor<1x4x64x2x8xf32>) -> tensor<4x64x2x8xf32>
    %487 = stablehlo.slice %484 [1:2, 0:4, 0:64, 0:2, 0:8] : (tensor<2x4x64x2x8xf32>) -> tensor<1x4x64x2x8xf32>
    %488 = stablehlo.reshape %487 : (tensor<1x4x64x2x8xf32>) -> tensor<4x64x2x8xf32>
    %489 = stablehlo.reshape %442 : (tensor<4x2x8xf32>) -> tensor<4x2x1x8xf32>
    %490 = stablehlo.dot_general %489, %486, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x1x8xf32>, tensor<4x64x2x8xf32>) -> tensor<4x2x1x64xf32>
    %491 = stablehlo.multiply %490, %99 : tensor<4x2x1x64xf32>
    %492 = stablehlo.select %103, %491, %104 : tensor<4x2x1x64xi1>, tensor<4x2x1x64xf32>
    %493 = stablehlo.reduce(%492 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x1x64xf32>, tensor<f32>) -> tensor<4x2x1xf32>
    %494 = stablehlo.broadcast_in_dim %493, dims = [0, 1, 2] : (tensor<4x2x1xf32>) -> tensor<4x2x1x64xf32>
    %495 = stablehlo.subtract %492, %494 : tensor<4x2x1x64xf32>
    %496 = stablehlo.exponential %495 : tensor<4x2x1x64xf32>
    %497 = stablehlo.reduce(%496 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x1x64xf32>, tensor<f32>) -> tensor<4x2x1xf32>
    %498 = stablehlo.broadcast_in_dim %497, dims = [0, 1, 2] : (tensor<4x2x1xf32>) -> tensor<4x2x1x64xf32>
    %499 = stablehlo.divide %496, %498 : tensor<4x2x1x64xf32>
    %500 = stablehlo.dot_general %499, %488, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x1x64xf32>, tensor<4x64x2x8xf32>) -> tensor<4x2x1x8xf32>
    %501 = stablehlo.reshape %500 : (tensor<4x2x1x8xf32>) -> tensor<4x16xf32>
    %502 = stablehlo.dot_general %501, %arg33, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %503 = stablehlo.add %413, %502 : tensor<4x16xf32>
    %504 = stablehlo.multiply %503, %503 : tensor<4x16xf32>
    %505 = stablehlo.reduce(%504 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %506 = stablehlo.divide %505, %20 : tensor<4xf32>
    %507 = stablehlo.add %506, %22 : tensor<4xf32>
    %508 = stablehlo.rsqrt %507 : tensor<4xf32>
    %509 = stablehlo.broadcast_in_dim %508, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %510 = stablehlo.multiply %503, %509 : tensor<4x16xf32>
    %511 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %512 = stablehlo.multiply %510, %511 : tensor<4x16xf32>
    %513 = stablehlo.dot_general %512, %arg35, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x4xf32>
    %514 = stablehlo.reduce(%513 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %515 = stablehlo.broadcast_in_dim %514, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %516 = stablehlo.subtract %513, %515 : tensor<4x4xf32>
    %517 = stablehlo.exponential %516 : tensor<4x4xf32>
    %518 = stablehlo.reduce(%517 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %519 = stablehlo.broadcast_in_dim %518, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %520 = stablehlo.divide %517, %519 : tensor<4x4xf32>
    %521 = stablehlo.reduce(%520 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %522 = stablehlo.broadcast_in_dim %521, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %523 = stablehlo.compare  EQ, %520, %522,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %524 = stablehlo.select %523, %135, %139 : tensor<4x4xi1>, tensor<4x4xi32>
    %525 = stablehlo.reduce(%524 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %526 = stablehlo.broadcast_in_dim %525, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %527 = stablehlo.compare  EQ, %135, %526,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %528 = stablehlo.select %527, %144, %520 : tensor<4x4xi1>, tensor<4x4xf32>
    %529 = stablehlo.reduce(%528 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %530 = stablehlo.broadcast_in_dim %529, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %531 = stablehlo.compare  EQ, %528, %530,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %532 = stablehlo.select %531, %135, %139 : tensor<4x4xi1>, tensor<4x4xi32>
    %533 = stablehlo.reduce(%532 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %534 = stablehlo.broadcast_in_dim %533, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %535 = stablehlo.compare  EQ, %135, %534,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %536 = stablehlo.select %535, %144, %528 : tensor<4x4xi1>, tensor<4x4xf32>
    %537 = stablehlo.compare  GT, %525, %533,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %538 = stablehlo.select %537, %533, %525 : tensor<4xi1>, tensor<4xi32>
    %539 = stablehlo.select %537, %525, %533 : tensor<4xi1>, tensor<4xi32>
    %540 = stablehlo.select %537, %529, %521 : tensor<4xi1>, tensor<4xf32>
    %541 = stablehlo.select %537, %521, %529 : tensor<4xi1>, tensor<4xf32>
    %542 = stablehlo.slice %512 [0:1, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %543 = stablehlo.slice %538 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %544 = stablehlo.reshape %543 : (tensor<1xi32>) -> tensor<i32>
    %545 = stablehlo.slice %540 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %546 = "stablehlo.case"(%544) ({
      %547 = stablehlo.dot_general %542, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %548 = stablehlo.dot_general %542, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %549 = stablehlo.logistic %547 : tensor<1x32xf32>
      %550 = stablehlo.multiply %547, %549 : tensor<1x32xf32>
      %551 = stablehlo.multiply %550, %548 : tensor<1x32xf32>
      %552 = stablehlo.dot_general %551, %arg38, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %552 : tensor<1x16xf32>
    }, {
      %553 = stablehlo.dot_general %542, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %554 = stablehlo.dot_general %542, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %555 = stablehlo.logistic %553 : tensor<1x32xf32>
      %556 = stablehlo.multiply %553, %555 : tensor<1x32xf32>
      %557 = stablehlo.multiply %556, %554 : tensor<1x32xf32>
      %558 = stablehlo.dot_general %557, %arg41, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %558 : tensor<1x16xf32>
    }, {
      %559 = stablehlo.dot_general %542, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %560 = stablehlo.dot_general %542, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %561 = stablehlo.logistic %559 : tensor<1x32xf32>
      %562 = stablehlo.multiply %559, %561 : tensor<1x32xf32>
      %563 = stablehlo.multiply %562, %560 : tensor<1x32xf32>
      %564 = stablehlo.dot_general %563, %arg44, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %564 : tensor<1x16xf32>
    }, {
      %565 = stablehlo.dot_general %542, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %566 = stablehlo.dot_general %542, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %567 = stablehlo.logistic %565 : tensor<1x32xf32>
      %568 = stablehlo.multiply %565, %567 : tensor<1x32xf32>
      %569 = stablehlo.multiply %568, %566 : tensor<1x32xf32>
      %570 = stablehlo.dot_general %569, %arg47, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %570 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %571 = stablehlo.broadcast_in_dim %545, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %572 = stablehlo.multiply %546, %571 : tensor<1x16xf32>
    %573 = stablehlo.add %160, %572 : tensor<1x16xf32>
    %574 = stablehlo.slice %539 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %575 = stablehlo.reshape %574 : (tensor<1xi32>) -> tensor<i32>
    %576 = stablehlo.slice %541 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %577 = "stablehlo.case"(%575) ({
      %578 = stablehlo.dot_general %542, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %579 = stablehlo.dot_general %542, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %580 = stablehlo.logistic %578 : tensor<1x32xf32>
      %581 = stablehlo.multiply %578, %580 : tensor<1x32xf32>
      %582 = stablehlo.multiply %581, %579 : tensor<1x32xf32>
      %583 = stablehlo.dot_general %582, %arg38, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %583 : tensor<1x16xf32>
    }, {
      %584 = stablehlo.dot_general %542, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %585 = stablehlo.dot_general %542, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %586 = stablehlo.logistic %584 : tensor<1x32xf32>
      %587 = stablehlo.multiply %584, %586 : tensor<1x32xf32>
      %588 = stablehlo.multiply %587, %585 : tensor<1x32xf32>
      %589 = stablehlo.dot_general %588, %arg41, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %589 : tensor<1x16xf32>
    }, {
      %590 = stablehlo.dot_general %542, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %591 = stablehlo.dot_general %542, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %592 = stablehlo.logistic %590 : tensor<1x32xf32>
      %593 = stablehlo.multiply %590, %592 : tensor<1x32xf32>
      %594 = stablehlo.multiply %593, %591 : tensor<1x32xf32>
      %595 = stablehlo.dot_general %594, %arg44, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %595 : tensor<1x16xf32>
    }, {
      %596 = stablehlo.dot_general %542, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %597 = stablehlo.dot_general %542, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %598 = stablehlo.logistic %596 : tensor<1x32xf32>
      %599 = stablehlo.multiply %596, %598 : tensor<1x32xf32>
      %600 = stablehlo.multiply %599, %597 : tensor<1x32xf32>
      %601 = stablehlo.dot_general %600, %arg47, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %601 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %602 = stablehlo.broadcast_in_dim %576, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %603 = stablehlo.multiply %577, %602 : tensor<1x16xf32>
    %604 = stablehlo.add %573, %603 : tensor<1x16xf32>
    %605 = stablehlo.slice %512 [1:2, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %606 = stablehlo.slice %538 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %607 = stablehlo.reshape %606 : (tensor<1xi32>) -> tensor<i32>
    %608 = stablehlo.slice %540 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %609 = "stablehlo.case"(%607) ({
      %610 = stablehlo.dot_general %605, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %611 = stablehlo.dot_general %605, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %612 = stablehlo.logistic %610 : tensor<1x32xf32>
      %613 = stablehlo.multiply %610, %612 : tensor<1x32xf32>
      %614 = stablehlo.multiply %613, %611 : tensor<1x32xf32>
      %615 = stablehlo.dot_general %614, %arg38, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %615 : tensor<1x16xf32>
    }, {
      %616 = stablehlo.dot_general %605, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %617 = stablehlo.dot_general %605, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %618 = stablehlo.logistic %616 : tensor<1x32xf32>
      %619 = stablehlo.multiply %616, %618 : tensor<1x32xf32>
      %620 = stablehlo.multiply %619, %617 : tensor<1x32xf32>
      %621 = stablehlo.dot_general %620, %arg41, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %621 : tensor<1x16xf32>
    }, {
      %622 = stablehlo.dot_general %605, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %623 = stablehlo.dot_general %605, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %624 = stablehlo.logistic %622 : tensor<1x32xf32>
      %625 = stablehlo.multiply %622, %624 : tensor<1x32xf32>
      %626 = stablehlo.multiply %625, %623 : tensor<1x32xf32>
      %627 = stablehlo.dot_general %626, %arg44, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %627 : tensor<1x16xf32>
    }, {
      %628 = stablehlo.dot_general %605, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %629 = stablehlo.dot_general %605, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %630 = stablehlo.logistic %628 : tensor<1x32xf32>
      %631 = stablehlo.multiply %628, %630 : tensor<1x32xf32>
      %632 = stablehlo.multiply %631, %629 : tensor<1x32xf32>
      %633 = stablehlo.dot_general %632, %arg47, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %633 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %634 = stablehlo.broadcast_in_dim %608, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %635 = stablehlo.multiply %609, %634 : tensor<1x16xf32>
    %636 = stablehlo.add %160, %635 : tensor<1x16xf32>
    %637 = stablehlo.slice %539 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %638 = stablehlo.reshape %637 : (tensor<1xi32>) -> tensor<i32>
    %639 = stablehlo.slice %541 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %640 = "stablehlo.case"(%638) ({
      %641 = stablehlo.dot_general %605, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %642 = stablehlo.dot_general %605, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %643 = stablehlo.logistic %641 : tensor<1x32xf32>
      %644 = stablehlo.multiply %641, %643 : tensor<1x32xf32>
      %645 = stablehlo.multiply %644, %642 : tensor<1x32xf32>
      %646 = stablehlo.dot_general %645, %arg38, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %646 : tensor<1x16xf32>
    }, {
      %647 = stablehlo.dot_general %605, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %648 = stablehlo.dot_general %605, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %649 = stablehlo.logistic %647 : tensor<1x32xf32>
      %650 = stablehlo.multiply %647, %649 : tensor<1x32xf32>
      %651 = stablehlo.multiply %650, %648 : tensor<1x32xf32>
      %652 = stablehlo.dot_general %651, %arg41, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %652 : tensor<1x16xf32>
    }, {
      %653 = stablehlo.dot_general %605, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %654 = stablehlo.dot_general %605, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %655 = stablehlo.logistic %653 : tensor<1x32xf32>
      %656 = stablehlo.multiply %653, %655 : tensor<1x32xf32>
      %657 = stablehlo.multiply %656, %654 : tensor<1x32xf32>
      %658 = stablehlo.dot_general %657, %arg44, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %658 : tensor<1x16xf32>
    }, {
      %659 = stablehlo.dot_general %605, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %660 = stablehlo.dot_general %605, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %661 = stablehlo.logistic %659 : tensor<1x32xf32>
      %662 = stablehlo.multiply %659, %661 : tensor<1x32xf32>
      %663 = stablehlo.multiply %662, %660 : tensor<1x32xf32>
      %664 = stablehlo.dot_general %663, %arg47, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %664 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %665 = stablehlo.broadcast_in_dim %639, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %666 = stablehlo.multiply %640, %665 : tensor<1x16xf32>
    %667 = stablehlo.add %636, %666 : tensor<1x16xf32>
    %668 = stablehlo.slice %512 [2:3, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %669 = stablehlo.slice %538 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %670 = stablehlo.reshape %669 : (tensor<1xi32>) -> tensor<i32>
    %671 = stablehlo.slice %540 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %672 = "stablehlo.case"(%670) ({
      %673 = stablehlo.dot_general %668, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %674 = stablehlo.dot_general %668, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %675 = stablehlo.logistic %673 : tensor<1x32xf32>
      %676 = stablehlo.multiply %673, %675 : tensor<1x32xf32>
      %677 = stablehlo.multiply %676, %674 : tensor<1x32xf32>
      %678 = stablehlo.dot_general %677, %arg38, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %678 : tensor<1x16xf32>
    }, {
      %679 = stablehlo.dot_general %668, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %680 = stablehlo.dot_general %668, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %681 = stablehlo.logistic %679 : tensor<1x32xf32>
      %682 = stablehlo.multiply %679, %681 : tensor<1x32xf32>
      %683 = stablehlo.multiply %682, %680 : tensor<1x32xf32>
      %684 = stablehlo.dot_general %683, %arg41, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %684 : tensor<1x16xf32>
    }, {
      %685 = stablehlo.dot_general %668, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %686 = stablehlo.dot_general %668, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %687 = stablehlo.logistic %685 : tensor<1x32xf32>
      %688 = stablehlo.multiply %685, %687 : tensor<1x32xf32>
      %689 = stablehlo.multiply %688, %686 : tensor<1x32xf32>
      %690 = stablehlo.dot_general %689, %arg44, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %690 : tensor<1x16xf32>
    }, {
      %691 = stablehlo.dot_general %668, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %692 = stablehlo.dot_general %668, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %693 = stablehlo.logistic %691 : tensor<1x32xf32>
      %694 = stablehlo.multiply %691, %693 : tensor<1x32xf32>
      %695 = stablehlo.multiply %694, %692 : tensor<1x32xf32>
      %696 = stablehlo.dot_general %695, %arg47, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %696 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %697 = stablehlo.broadcast_in_dim %671, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %698 = stablehlo.multiply %672, %697 : tensor<1x16xf32>
    %699 = stablehlo.add %160, %698 : tensor<1x16xf32>
    %700 = stablehlo.slice %539 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %701 = stablehlo.reshape %700 : (tensor<1xi32>) -> tensor<i32>
    %702 = stablehlo.slice %541 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %703 = "stablehlo.case"(%701) ({
      %704 = stablehlo.dot_general %668, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %705 = stablehlo.dot_general %668, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %706 = stablehlo.logistic %704 : tensor<1x32xf32>
      %707 = stablehlo.multiply %704, %706 : tensor<1x32xf32>
      %708 = stablehlo.multiply %707, %705 : tensor<1x32xf32>
      %709 = stablehlo.dot_general %708, %arg38, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %709 : tensor<1x16xf32>
    }, {
      %710 = stablehlo.dot_general %668, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %711 = stablehlo.dot_general %668, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %712 = stablehlo.logistic %710 : tensor<1x32xf32>
      %713 = stablehlo.multiply %710, %712 : tensor<1x32xf32>
      %714 = stablehlo.multiply %713, %711 : tensor<1x32xf32>
      %715 = stablehlo.dot_general %714, %arg41, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %715 : tensor<1x16xf32>
    }, {
      %716 = stablehlo.dot_general %668, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %717 = stablehlo.dot_general %668, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %718 = stablehlo.logistic %716 : tensor<1x32xf32>
      %719 = stablehlo.multiply %716, %718 : tensor<1x32xf32>
      %720 = stablehlo.multiply %719, %717 : tensor<1x32xf32>
      %721 = stablehlo.dot_general %720, %arg44, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %721 : tensor<1x16xf32>
    }, {
      %722 = stablehlo.dot_general %668, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %723 = stablehlo.dot_general %668, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %724 = stablehlo.logistic %722 : tensor<1x32xf32>
      %725 = stablehlo.multiply %722, %724 : tensor<1x32xf32>
      %726 = stablehlo.multiply %725, %723 : tensor<1x32xf32>
      %727 = stablehlo.dot_general %726, %arg47, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %727 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %728 = stablehlo.broadcast_in_dim %702, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %729 = stablehlo.multiply %703, %728 : tensor<1x16xf32>
    %730 = stablehlo.add %699, %729 : tensor<1x16xf32>
    %731 = stablehlo.slice %512 [3:4, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %732 = stablehlo.slice %538 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %733 = stablehlo.reshape %732 : (tensor<1xi32>) -> tensor<i32>
    %734 = stablehlo.slice %540 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %735 = "stablehlo.case"(%733) ({
      %736 = stablehlo.dot_general %731, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %737 = stablehlo.dot_general %731, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %738 = stablehlo.logistic %736 : tensor<1x32xf32>
      %739 = stablehlo.multiply %736, %738 : tensor<1x32xf32>
      %740 = stablehlo.multiply %739, %737 : tensor<1x32xf32>
      %741 = stablehlo.dot_general %740, %arg38, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %741 : tensor<1x16xf32>
    }, {
      %742 = stablehlo.dot_general %731, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %743 = stablehlo.dot_general %731, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %744 = stablehlo.logistic %742 : tensor<1x32xf32>
      %745 = stablehlo.multiply %742, %744 : tensor<1x32xf32>
      %746 = stablehlo.multiply %745, %743 : tensor<1x32xf32>
      %747 = stablehlo.dot_general %746, %arg41, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %747 : tensor<1x16xf32>
    }, {
      %748 = stablehlo.dot_general %731, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %749 = stablehlo.dot_general %731, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %750 = stablehlo.logistic %748 : tensor<1x32xf32>
      %751 = stablehlo.multiply %748, %750 : tensor<1x32xf32>
      %752 = stablehlo.multiply %751, %749 : tensor<1x32xf32>
      %753 = stablehlo.dot_general %752, %arg44, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %753 : tensor<1x16xf32>
    }, {
      %754 = stablehlo.dot_general %731, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %755 = stablehlo.dot_general %731, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %756 = stablehlo.logistic %754 : tensor<1x32xf32>
      %757 = stablehlo.multiply %754, %756 : tensor<1x32xf32>
      %758 = stablehlo.multiply %757, %755 : tensor<1x32xf32>
      %759 = stablehlo.dot_general %758, %arg47, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %759 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %760 = stablehlo.broadcast_in_dim %734, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %761 = stablehlo.multiply %735, %760 : tensor<1x16xf32>
    %762 = stablehlo.add %160, %761 : tensor<1x16xf32>
    %763 = stablehlo.slice %539 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %764 = stablehlo.reshape %763 : (tensor<1xi32>) -> tensor<i32>
    %765 = stablehlo.slice %541 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %766 = "stablehlo.case"(%764) ({
      %767 = stablehlo.dot_general %731, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %768 = stablehlo.dot_general %731, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %769 = stablehlo.logistic %767 : tensor<1x32xf32>
      %770 = stablehlo.multiply %767, %769 : tensor<1x32xf32>
      %771 = stablehlo.multiply %770, %768 : tensor<1x32xf32>
      %772 = stablehlo.dot_general %771, %arg38, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %772 : tensor<1x16xf32>
    }, {
      %773 = stablehlo.dot_general %731, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %774 = stablehlo.dot_general %731, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %775 = stablehlo.logistic %773 : tensor<1x32xf32>
      %776 = stablehlo.multiply %773, %775 : tensor<1x32xf32>
      %777 = stablehlo.multiply %776, %774 : tensor<1x32xf32>
      %778 = stablehlo.dot_general %777, %arg41, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %778 : tensor<1x16xf32>
    }, {
      %779 = stablehlo.dot_general %731, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %780 = stablehlo.dot_general %731, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %781 = stablehlo.logistic %779 : tensor<1x32xf32>
      %782 = stablehlo.multiply %779, %781 : tensor<1x32xf32>
      %783 = stablehlo.multiply %782, %780 : tensor<1x32xf32>
      %784 = stablehlo.dot_general %783, %arg44, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %784 : tensor<1x16xf32>
    }, {
      %785 = stablehlo.dot_general %731, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %786 = stablehlo.dot_general %731, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %787 = stablehlo.logistic %785 : tensor<1x32xf32>
      %788 = stablehlo.multiply %785, %787 : tensor<1x32xf32>
      %789 = stablehlo.multiply %788, %786 : tensor<1x32xf32>
      %790 = stablehlo.dot_general %789, %arg47, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %790 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %791 = stablehlo.broadcast_in_dim %765, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %792 = stablehlo.multiply %766, %791 : tensor<1x16xf32>
    %793 = stablehlo.add %762, %792 : tensor<1x16xf32>
    %794 = stablehlo.concatenate %604, %667, %730, %793, dim = 0 : (tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<4x16xf32>
    %795 = stablehlo.add %503, %794 : tensor<4x16xf32>
    %796 = stablehlo.multiply %795, %795 : tensor<4x16xf32>
    %797 = stablehlo.reduce(%796 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %798 = stablehlo.divide %797, %20 : tensor<4xf32>
    %799 = stablehlo.add %798, %22 : tensor<4xf32>
    %800 = stablehlo.rsqrt %799 : tensor<4xf32>
    %801 = stablehlo.broadcast_in_dim %800, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %802 = stablehlo.multiply %795, %801 : tensor<4x16xf32>
    %803 = stablehlo.broadcast_in_dim %arg48, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %804 = stablehlo.multiply %802, %803 : tensor<4x16xf32>
    %805 = stablehlo.dot_general %804, %arg49, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %806 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %807:2 = stablehlo.reduce(%805 init: %cst_4), (%806 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg50: tensor<f32>, %arg52: tensor<f32>) (%arg51: tensor<i32>, %arg53: tensor<i32>)  {
      %808 = stablehlo.compare  GT, %arg50, %arg52,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %809 = stablehlo.compare  NE, %arg50, %arg50,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %810 = stablehlo.or %808, %809 : tensor<i1>
      %811 = stablehlo.compare  EQ, %arg50, %arg52,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %812 = stablehlo.compare  LT, %arg51, %arg53,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %813 = stablehlo.and %811, %812 : tensor<i1>
      %814 = stablehlo.or %810, %813 : tensor<i1>
      %815 = stablehlo.select %810, %arg50, %arg52 : tensor<i1>, tensor<f32>
      %816 = stablehlo.select %814, %arg51, %arg53 : tensor<i1>, tensor<i32>
      stablehlo.return %815, %816 : tensor<f32>, tensor<i32>
    }
    return %807#1, %482, %484 : tensor<4xi32>, tensor<2x4x64x2x8xf32>, tensor<2x4x64x2x8xf32>
  }
}
