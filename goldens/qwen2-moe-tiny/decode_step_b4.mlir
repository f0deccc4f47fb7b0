// emit arch=qwen2-moe-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<16xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg11: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg12: tensor<8xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg13: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg14: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg15: tensor<4x16xf32> loc("model.layers.0.mlp.gate.weight"), %arg16: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.gate_proj.weight"), %arg17: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.up_proj.weight"), %arg18: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.down_proj.weight"), %arg19: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.gate_proj.weight"), %arg20: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.up_proj.weight"), %arg21: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.down_proj.weight"), %arg22: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.gate_proj.weight"), %arg23: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.up_proj.weight"), %arg24: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.down_proj.weight"), %arg25: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.gate_proj.weight"), %arg26: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.up_proj.weight"), %arg27: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.down_proj.weight"), %arg28: tensor<32x16xf32> loc("model.layers.0.mlp.shared_expert.gate_proj.weight"), %arg29: tensor<32x16xf32> loc("model.layers.0.mlp.shared_expert.up_proj.weight"), %arg30: tensor<16x32xf32> loc("model.layers.0.mlp.shared_expert.down_proj.weight"), %arg31: tensor<1x16xf32> loc("model.layers.0.mlp.shared_expert_gate.weight"), %arg32: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg33: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg34: tensor<16xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg35: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg36: tensor<8xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg37: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg38: tensor<8xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg39: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg40: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg41: tensor<4x16xf32> loc("model.layers.1.mlp.gate.weight"), %arg42: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.gate_proj.weight"), %arg43: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.up_proj.weight"), %arg44: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.down_proj.weight"), %arg45: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.gate_proj.weight"), %arg46: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.up_proj.weight"), %arg47: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.down_proj.weight"), %arg48: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.gate_proj.weight"), %arg49: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.up_proj.weight"), %arg50: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.down_proj.weight"), %arg51: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.gate_proj.weight"), %arg52: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.up_proj.weight"), %arg53: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.down_proj.weight"), %arg54: tensor<32x16xf32> loc("model.layers.1.mlp.shared_expert.gate_proj.weight"), %arg55: tensor<32x16xf32> loc("model.layers.1.mlp.shared_expert.up_proj.weight"), %arg56: tensor<16x32xf32> loc("model.layers.1.mlp.shared_expert.down_proj.weight"), %arg57: tensor<1x16xf32> loc("model.layers.1.mlp.shared_expert_gate.weight"), %arg58: tensor<16xf32> loc("model.norm.weight"), %arg59: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %30 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %31 = stablehlo.add %29, %30 : tensor<4x16xf32>
    %32 = stablehlo.dot_general %28, %arg9, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %33 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %34 = stablehlo.add %32, %33 : tensor<4x8xf32>
    %35 = stablehlo.dot_general %28, %arg11, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %36 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %37 = stablehlo.add %35, %36 : tensor<4x8xf32>
    %38 = stablehlo.reshape %31 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %39 = stablehlo.slice %38 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %40 = stablehlo.slice %38 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %41 = stablehlo.negate %40 : tensor<4x2x4xf32>
    %42 = stablehlo.concatenate %41, %39, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %43 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %44 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %45 = stablehlo.multiply %38, %43 : tensor<4x2x8xf32>
    %46 = stablehlo.multiply %42, %44 : tensor<4x2x8xf32>
    %47 = stablehlo.add %45, %46 : tensor<4x2x8xf32>
    %48 = stablehlo.reshape %34 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %49 = stablehlo.slice %48 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %50 = stablehlo.slice %48 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %51 = stablehlo.negate %50 : tensor<4x1x4xf32>
    %52 = stablehlo.concatenate %51, %49, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %53 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %54 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %55 = stablehlo.multiply %48, %53 : tensor<4x1x8xf32>
    %56 = stablehlo.multiply %52, %54 : tensor<4x1x8xf32>
    %57 = stablehlo.add %55, %56 : tensor<4x1x8xf32>
    %58 = stablehlo.reshape %37 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %59 = stablehlo.slice %57 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %60 = stablehlo.slice %58 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %61 = stablehlo.reshape %59 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %62 = stablehlo.dynamic_update_slice %arg3, %61, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %63 = stablehlo.reshape %60 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %64 = stablehlo.dynamic_update_slice %arg4, %63, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %65 = stablehlo.slice %57 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %66 = stablehlo.slice %58 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %67 = stablehlo.reshape %65 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %68 = stablehlo.dynamic_update_slice %62, %67, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %69 = stablehlo.reshape %66 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %70 = stablehlo.dynamic_update_slice %64, %69, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %71 = stablehlo.slice %57 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %72 = stablehlo.slice %58 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %73 = stablehlo.reshape %71 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %74 = stablehlo.dynamic_update_slice %68, %73, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %75 = stablehlo.reshape %72 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %76 = stablehlo.dynamic_update_slice %70, %75, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %77 = stablehlo.slice %57 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %78 = stablehlo.slice %58 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %79 = stablehlo.reshape %77 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %80 = stablehlo.dynamic_update_slice %74, %79, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %81 = stablehlo.reshape %78 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %82 = stablehlo.dynamic_update_slice %76, %81, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %83 = stablehlo.slice %80 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %84 = stablehlo.reshape %83 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %85 = stablehlo.slice %82 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %86 = stablehlo.reshape %85 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %87 = stablehlo.reshape %47 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %88 = stablehlo.dot_general %87, %84, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %90 = stablehlo.multiply %88, %89 : tensor<4x1x2x64xf32>
    %91 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %92 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %93 = stablehlo.compare  LE, %92, %91,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %95 = stablehlo.select %93, %90, %94 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %96 = stablehlo.reduce(%95 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %98 = stablehlo.subtract %95, %97 : tensor<4x1x2x64xf32>
    %99 = stablehlo.exponential %98 : tensor<4x1x2x64xf32>
    %100 = stablehlo.reduce(%99 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %102 = stablehlo.divide %99, %101 : tensor<4x1x2x64xf32>
    %103 = stablehlo.dot_general %102, %86, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %104 = stablehlo.reshape %103 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %105 = stablehlo.dot_general %104, %arg13, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %106 = stablehlo.add %17, %105 : tensor<4x16xf32>
    %107 = stablehlo.multiply %106, %106 : tensor<4x16xf32>
    %108 = stablehlo.reduce(%107 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %109 = stablehlo.divide %108, %20 : tensor<4xf32>
    %110 = stablehlo.add %109, %22 : tensor<4xf32>
    %111 = stablehlo.rsqrt %110 : tensor<4xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %113 = stablehlo.multiply %106, %112 : tensor<4x16xf32>
    %114 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %115 = stablehlo.multiply %113, %114 : tensor<4x16xf32>
    %116 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
    %117 = stablehlo.dot_general %115, %arg15, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x4xf32>
    %118 = stablehlo.reduce(%117 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %120 = stablehlo.subtract %117, %119 : tensor<4x4xf32>
    %121 = stablehlo.exponential %120 : tensor<4x4xf32>
    %122 = stablehlo.reduce(%121 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %124 = stablehlo.divide %121, %123 : tensor<4x4xf32>
    %125 = stablehlo.iota dim = 1 : tensor<4x4xi32>
    %126 = stablehlo.reduce(%124 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %128 = stablehlo.compare  EQ, %124, %127,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %129 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4x4xi32>
    %130 = stablehlo.select %128, %125, %129 : tensor<4x4xi1>, tensor<4x4xi32>
    %131 = stablehlo.reduce(%130 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %133 = stablehlo.compare  EQ, %125, %132,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %134 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
    %135 = stablehlo.select %133, %134, %124 : tensor<4x4xi1>, tensor<4x4xf32>
    %136 = stablehlo.reduce(%135 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %138 = stablehlo.compare  EQ, %135, %137,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %139 = stablehlo.select %138, %125, %129 : tensor<4x4xi1>, tensor<4x4xi32>
    %140 = stablehlo.reduce(%139 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %142 = stablehlo.compare  EQ, %125, %141,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %143 = stablehlo.select %142, %134, %135 : tensor<4x4xi1>, tensor<4x4xf32>
    %144 = stablehlo.compare  GT, %131, %140,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %145 = stablehlo.select %144, %140, %131 : tensor<4xi1>, tensor<4xi32>
    %146 = stablehlo.select %144, %131, %140 : tensor<4xi1>, tensor<4xi32>
    %147 = stablehlo.select %144, %136, %126 : tensor<4xi1>, tensor<4xf32>
    %148 = stablehlo.select %144, %126, %136 : tensor<4xi1>, tensor<4xf32>
    %149 = stablehlo.slice %115 [0:1, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %150 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %151 = stablehlo.slice %145 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %152 = stablehlo.reshape %151 : (tensor<1xi32>) -> tensor<i32>
    %153 = stablehlo.slice %147 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %154 = "stablehlo.case"(%152) ({
      %155 = stablehlo.dot_general %149, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %156 = stablehlo.dot_general %149, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %157 = stablehlo.logistic %155 : tensor<1x16xf32>
      %158 = stablehlo.multiply %155, %157 : tensor<1x16xf32>
      %159 = stablehlo.multiply %158, %156 : tensor<1x16xf32>
      %160 = stablehlo.dot_general %159, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %160 : tensor<1x16xf32>
    }, {
      %161 = stablehlo.dot_general %149, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %162 = stablehlo.dot_general %149, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %163 = stablehlo.logistic %161 : tensor<1x16xf32>
      %164 = stablehlo.multiply %161, %163 : tensor<1x16xf32>
      %165 = stablehlo.multiply %164, %162 : tensor<1x16xf32>
      %166 = stablehlo.dot_general %165, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %166 : tensor<1x16xf32>
    }, {
      %167 = stablehlo.dot_general %149, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %168 = stablehlo.dot_general %149, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %169 = stablehlo.logistic %167 : tensor<1x16xf32>
      %170 = stablehlo.multiply %167, %169 : tensor<1x16xf32>
      %171 = stablehlo.multiply %170, %168 : tensor<1x16xf32>
      %172 = stablehlo.dot_general %171, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %172 : tensor<1x16xf32>
    }, {
      %173 = stablehlo.dot_general %149, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %174 = stablehlo.dot_general %149, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %175 = stablehlo.logistic %173 : tensor<1x16xf32>
      %176 = stablehlo.multiply %173, %175 : tensor<1x16xf32>
      %177 = stablehlo.multiply %176, %174 : tensor<1x16xf32>
      %178 = stablehlo.dot_general %177, %arg27, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %178 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %179 = stablehlo.broadcast_in_dim %153, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %180 = stablehlo.multiply %154, %179 : tensor<1x16xf32>
    %181 = stablehlo.add %150, %180 : tensor<1x16xf32>
    %182 = stablehlo.slice %146 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %183 = stablehlo.reshape %182 : (tensor<1xi32>) -> tensor<i32>
    %184 = stablehlo.slice %148 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %185 = "stablehlo.case"(%183) ({
      %186 = stablehlo.dot_general %149, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %187 = stablehlo.dot_general %149, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %188 = stablehlo.logistic %186 : tensor<1x16xf32>
      %189 = stablehlo.multiply %186, %188 : tensor<1x16xf32>
      %190 = stablehlo.multiply %189, %187 : tensor<1x16xf32>
      %191 = stablehlo.dot_general %190, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %191 : tensor<1x16xf32>
    }, {
      %192 = stablehlo.dot_general %149, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %193 = stablehlo.dot_general %149, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %194 = stablehlo.logistic %192 : tensor<1x16xf32>
      %195 = stablehlo.multiply %192, %194 : tensor<1x16xf32>
      %196 = stablehlo.multiply %195, %193 : tensor<1x16xf32>
      %197 = stablehlo.dot_general %196, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %197 : tensor<1x16xf32>
    }, {
      %198 = stablehlo.dot_general %149, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %199 = stablehlo.dot_general %149, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %200 = stablehlo.logistic %198 : tensor<1x16xf32>
      %201 = stablehlo.multiply %198, %200 : tensor<1x16xf32>
      %202 = stablehlo.multiply %201, %199 : tensor<1x16xf32>
      %203 = stablehlo.dot_general %202, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %203 : tensor<1x16xf32>
    }, {
      %204 = stablehlo.dot_general %149, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %205 = stablehlo.dot_general %149, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %206 = stablehlo.logistic %204 : tensor<1x16xf32>
      %207 = stablehlo.multiply %204, %206 : tensor<1x16xf32>
      %208 = stablehlo.multiply %207, %205 : tensor<1x16xf32>
      %209 = stablehlo.dot_general %208, %arg27, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %209 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %210 = stablehlo.broadcast_in_dim %184, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %211 = stablehlo.multiply %185, %210 : tensor<1x16xf32>
    %212 = stablehlo.add %181, %211 : tensor<1x16xf32>
    %213 = stablehlo.slice %115 [1:2, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %214 = stablehlo.slice %145 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %215 = stablehlo.reshape %214 : (tensor<1xi32>) -> tensor<i32>
    %216 = stablehlo.slice %147 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %217 = "stablehlo.case"(%215) ({
      %218 = stablehlo.dot_general %213, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %219 = stablehlo.dot_general %213, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %220 = stablehlo.logistic %218 : tensor<1x16xf32>
      %221 = stablehlo.multiply %218, %220 : tensor<1x16xf32>
      %222 = stablehlo.multiply %221, %219 : tensor<1x16xf32>
      %223 = stablehlo.dot_general %222, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %223 : tensor<1x16xf32>
    }, {
      %224 = stablehlo.dot_general %213, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %225 = stablehlo.dot_general %213, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %226 = stablehlo.logistic %224 : tensor<1x16xf32>
      %227 = stablehlo.multiply %224, %226 : tensor<1x16xf32>
      %228 = stablehlo.multiply %227, %225 : tensor<1x16xf32>
      %229 = stablehlo.dot_general %228, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %229 : tensor<1x16xf32>
    }, {
      %230 = stablehlo.dot_general %213, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %231 = stablehlo.dot_general %213, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %232 = stablehlo.logistic %230 : tensor<1x16xf32>
      %233 = stablehlo.multiply %230, %232 : tensor<1x16xf32>
      %234 = stablehlo.multiply %233, %231 : tensor<1x16xf32>
      %235 = stablehlo.dot_general %234, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %235 : tensor<1x16xf32>
    }, {
      %236 = stablehlo.dot_general %213, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %237 = stablehlo.dot_general %213, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %238 = stablehlo.logistic %236 : tensor<1x16xf32>
      %239 = stablehlo.multiply %236, %238 : tensor<1x16xf32>
      %240 = stablehlo.multiply %239, %237 : tensor<1x16xf32>
      %241 = stablehlo.dot_general %240, %arg27, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %241 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %242 = stablehlo.broadcast_in_dim %216, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %243 = stablehlo.multiply %217, %242 : tensor<1x16xf32>
    %244 = stablehlo.add %150, %243 : tensor<1x16xf32>
    %245 = stablehlo.slice %146 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %246 = stablehlo.reshape %245 : (tensor<1xi32>) -> tensor<i32>
    %247 = stablehlo.slice %148 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %248 = "stablehlo.case"(%246) ({
      %249 = stablehlo.dot_general %213, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %250 = stablehlo.dot_general %213, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %251 = stablehlo.logistic %249 : tensor<1x16xf32>
      %252 = stablehlo.multiply %249, %251 : tensor<1x16xf32>
      %253 = stablehlo.multiply %252, %250 : tensor<1x16xf32>
      %254 = stablehlo.dot_general %253, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %254 : tensor<1x16xf32>
    }, {
      %255 = stablehlo.dot_general %213, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %256 = stablehlo.dot_general %213, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %257 = stablehlo.logistic %255 : tensor<1x16xf32>
      %258 = stablehlo.multiply %255, %257 : tensor<1x16xf32>
      %259 = stablehlo.multiply %258, %256 : tensor<1x16xf32>
      %260 = stablehlo.dot_general %259, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %260 : tensor<1x16xf32>
    }, {
      %261 = stablehlo.dot_general %213, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %262 = stablehlo.dot_general %213, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %263 = stablehlo.logistic %261 : tensor<1x16xf32>
      %264 = stablehlo.multiply %261, %263 : tensor<1x16xf32>
      %265 = stablehlo.multiply %264, %262 : tensor<1x16xf32>
      %266 = stablehlo.dot_general %265, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %266 : tensor<1x16xf32>
    }, {
      %267 = stablehlo.dot_general %213, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %268 = stablehlo.dot_general %213, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %269 = stablehlo.logistic %267 : tensor<1x16xf32>
      %270 = stablehlo.multiply %267, %269 : tensor<1x16xf32>
      %271 = stablehlo.multiply %270, %268 : tensor<1x16xf32>
      %272 = stablehlo.dot_general %271, %arg27, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %272 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %273 = stablehlo.broadcast_in_dim %247, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %274 = stablehlo.multiply %248, %273 : tensor<1x16xf32>
    %275 = stablehlo.add %244, %274 : tensor<1x16xf32>
    %276 = stablehlo.slice %115 [2:3, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %277 = stablehlo.slice %145 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %278 = stablehlo.reshape %277 : (tensor<1xi32>) -> tensor<i32>
    %279 = stablehlo.slice %147 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %280 = "stablehlo.case"(%278) ({
      %281 = stablehlo.dot_general %276, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %282 = stablehlo.dot_general %276, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %283 = stablehlo.logistic %281 : tensor<1x16xf32>
      %284 = stablehlo.multiply %281, %283 : tensor<1x16xf32>
      %285 = stablehlo.multiply %284, %282 : tensor<1x16xf32>
      %286 = stablehlo.dot_general %285, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %286 : tensor<1x16xf32>
    }, {
      %287 = stablehlo.dot_general %276, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %288 = stablehlo.dot_general %276, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %289 = stablehlo.logistic %287 : tensor<1x16xf32>
      %290 = stablehlo.multiply %287, %289 : tensor<1x16xf32>
      %291 = stablehlo.multiply %290, %288 : tensor<1x16xf32>
      %292 = stablehlo.dot_general %291, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %292 : tensor<1x16xf32>
    }, {
      %293 = stablehlo.dot_general %276, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %294 = stablehlo.dot_general %276, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %295 = stablehlo.logistic %293 : tensor<1x16xf32>
      %296 = stablehlo.multiply %293, %295 : tensor<1x16xf32>
      %297 = stablehlo.multiply %296, %294 : tensor<1x16xf32>
      %298 = stablehlo.dot_general %297, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %298 : tensor<1x16xf32>
    }, {
      %299 = stablehlo.dot_general %276, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %300 = stablehlo.dot_general %276, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %301 = stablehlo.logistic %299 : tensor<1x16xf32>
      %302 = stablehlo.multiply %299, %301 : tensor<1x16xf32>
      %303 = stablehlo.multiply %302, %300 : tensor<1x16xf32>
      %304 = stablehlo.dot_general %303, %arg27, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %304 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %305 = stablehlo.broadcast_in_dim %279, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %306 = stablehlo.multiply %280, %305 : tensor<1x16xf32>
    %307 = stablehlo.add %150, %306 : tensor<1x16xf32>
    %308 = stablehlo.slice %146 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %309 = stablehlo.reshape %308 : (tensor<1xi32>) -> tensor<i32>
    %310 = stablehlo.slice %148 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %311 = "stablehlo.case"(%309) ({
      %312 = stablehlo.dot_general %276, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %313 = stablehlo.dot_general %276, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %314 = stablehlo.logistic %312 : tensor<1x16xf32>
      %315 = stablehlo.multiply %312, %314 : tensor<1x16xf32>
      %316 = stablehlo.multiply %315, %313 : tensor<1x16xf32>
      %317 = stablehlo.dot_general %316, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %317 : tensor<1x16xf32>
    }, {
      %318 = stablehlo.dot_general %276, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %319 = stablehlo.dot_general %276, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %320 = stablehlo.logistic %318 : tensor<1x16xf32>
      %321 = stablehlo.multiply %318, %320 : tensor<1x16xf32>
      %322 = stablehlo.multiply %321, %319 : tensor<1x16xf32>
      %323 = stablehlo.dot_general %322, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %323 : tensor<1x16xf32>
    }, {
      %324 = stablehlo.dot_general %276, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %325 = stablehlo.dot_general %276, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %326 = stablehlo.logistic %324 : tensor<1x16xf32>
      %327 = stablehlo.multiply %324, %326 : tensor<1x16xf32>
      %328 = stablehlo.multiply %327, %325 : tensor<1x16xf32>
      %329 = stablehlo.dot_general %328, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %329 : tensor<1x16xf32>
    }, {
      %330 = stablehlo.dot_general %276, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %331 = stablehlo.dot_general %276, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %332 = stablehlo.logistic %330 : tensor<1x16xf32>
      %333 = stablehlo.multiply %330, %332 : tensor<1x16xf32>
      %334 = stablehlo.multiply %333, %331 : tensor<1x16xf32>
      %335 = stablehlo.dot_general %334, %arg27, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %335 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %336 = stablehlo.broadcast_in_dim %310, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %337 = stablehlo.multiply %311, %336 : tensor<1x16xf32>
    %338 = stablehlo.add %307, %337 : tensor<1x16xf32>
    %339 = stablehlo.slice %115 [3:4, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %340 = stablehlo.slice %145 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %341 = stablehlo.reshape %340 : (tensor<1xi32>) -> tensor<i32>
    %342 = stablehlo.slice %147 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %343 = "stablehlo.case"(%341) ({
      %344 = stablehlo.dot_general %339, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %345 = stablehlo.dot_general %339, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %346 = stablehlo.logistic %344 : tensor<1x16xf32>
      %347 = stablehlo.multiply %344, %346 : tensor<1x16xf32>
      %348 = stablehlo.multiply %347, %345 : tensor<1x16xf32>
      %349 = stablehlo.dot_general %348, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %349 : tensor<1x16xf32>
    }, {
      %350 = stablehlo.dot_general %339, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %351 = stablehlo.dot_general %339, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %352 = stablehlo.logistic %350 : tensor<1x16xf32>
      %353 = stablehlo.multiply %350, %352 : tensor<1x16xf32>
      %354 = stablehlo.multiply %353, %351 : tensor<1x16xf32>
      %355 = stablehlo.dot_general %354, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %355 : tensor<1x16xf32>
    }, {
      %356 = stablehlo.dot_general %339, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %357 = stablehlo.dot_general %339, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %358 = stablehlo.logistic %356 : tensor<1x16xf32>
      %359 = stablehlo.multiply %356, %358 : tensor<1x16xf32>
      %360 = stablehlo.multiply %359, %357 : tensor<1x16xf32>
      %361 = stablehlo.dot_general %360, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %361 : tensor<1x16xf32>
    }, {
      %362 = stablehlo.dot_general %339, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %363 = stablehlo.dot_general %339, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %364 = stablehlo.logistic %362 : tensor<1x16xf32>
      %365 = stablehlo.multiply %362, %364 : tensor<1x16xf32>
      %366 = stablehlo.multiply %365, %363 : tensor<1x16xf32>
      %367 = stablehlo.dot_general %366, %arg27, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %367 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %368 = stablehlo.broadcast_in_dim %342, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %369 = stablehlo.multiply %343, %368 : tensor<1x16xf32>
    %370 = stablehlo.add %150, %369 : tensor<1x16xf32>
    %371 = stablehlo.slice %146 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %372 = stablehlo.reshape %371 : (tensor<1xi32>) -> tensor<i32>
    %373 = stablehlo.slice %148 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %374 = "stablehlo.case"(%372) ({
      %375 = stablehlo.dot_general %339, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %376 = stablehlo.dot_general %339, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %377 = stablehlo.logistic %375 : tensor<1x16xf32>
      %378 = stablehlo.multiply %375, %377 : tensor<1x16xf32>
      %379 = stablehlo.multiply %378, %376 : tensor<1x16xf32>
      %380 = stablehlo.dot_general %379, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %380 : tensor<1x16xf32>
    }, {
      %381 = stablehlo.dot_general %339, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %382 = stablehlo.dot_general %339, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %383 = stablehlo.logistic %381 : tensor<1x16xf32>
      %384 = stablehlo.multiply %381, %383 : tensor<1x16xf32>
      %385 = stablehlo.multiply %384, %382 : tensor<1x16xf32>
      %386 = stablehlo.dot_general %385, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %386 : tensor<1x16xf32>
    }, {
      %387 = stablehlo.dot_general %339, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %388 = stablehlo.dot_general %339, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %389 = stablehlo.logistic %387 : tensor<1x16xf32>
      %390 = stablehlo.multiply %387, %389 : tensor<1x16xf32>
      %391 = stablehlo.multiply %390, %388 : tensor<1x16xf32>
      %392 = stablehlo.dot_general %391, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %392 : tensor<1x16xf32>
    }, {
      %393 = stablehlo.dot_general %339, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %394 = stablehlo.dot_general %339, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %395 = stablehlo.logistic %393 : tensor<1x16xf32>
      %396 = stablehlo.multiply %393, %395 : tensor<1x16xf32>
      %397 = stablehlo.multiply %396, %394 : tensor<1x16xf32>
      %398 = stablehlo.dot_general %397, %arg27, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %398 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %399 = stablehlo.broadcast_in_dim %373, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %400 = stablehlo.multiply %374, %399 : tensor<1x16xf32>
    %401 = stablehlo.add %370, %400 : tensor<1x16xf32>
    %402 = stablehlo.concatenate %212, %275, %338, %401, dim = 0 : (tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<4x16xf32>
    %403 = stablehlo.dot_general %115, %arg28, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %404 = stablehlo.dot_general %115, %arg29, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %405 = stablehlo.logistic %403 : tensor<4x32xf32>
    %406 = stablehlo.multiply %403, %405 : tensor<4x32xf32>
    %407 = stablehlo.multiply %406, %404 : tensor<4x32xf32>
    %408 = stablehlo.dot_general %407, %arg30, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %409 = stablehlo.dot_general %115, %arg31, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<1x16xf32>) -> tensor<4x1xf32>
    %410 = stablehlo.logistic %409 : tensor<4x1xf32>
    %411 = stablehlo.reshape %410 : (tensor<4x1xf32>) -> tensor<4xf32>
    %412 = stablehlo.broadcast_in_dim %411, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %413 = stablehlo.multiply %412, %408 : tensor<4x16xf32>
    %414 = stablehlo.add %402, %413 : tensor<4x16xf32>
    %415 = stablehlo.add %106, %414 : tensor<4x16xf32>
    %416 = stablehlo.multiply %415, %415 : tensor<4x16xf32>
    %417 = stablehlo.reduce(%416 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %418 = stablehlo.divide %417, %20 : tensor<4xf32>
    %419 = stablehlo.add %418, %22 : tensor<4xf32>
    %420 = stablehlo.rsqrt %419 : tensor<4xf32>
    %421 = stablehlo.broadcast_in_dim %420, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %422 = stablehlo.multiply %415, %421 : tensor<4x16xf32>
    %423 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %424 = stablehlo.multiply %422, %423 : tensor<4x16xf32>
    %425 = stablehlo.dot_general %424, %arg33, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %426 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %427 = stablehlo.add %425, %426 : tensor<4x16xf32>
    %428 = stablehlo.dot_general %424, %arg35, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %429 = stablehlo.broadcast_in_dim %arg36, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %430 = stablehlo.add %428, %429 : tensor<4x8xf32>
    %431 = stablehlo.dot_general %424, %arg37, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %432 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %433 = stablehlo.add %431, %432 : tensor<4x8xf32>
    %434 = stablehlo.reshape %427 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %435 = stablehlo.slice %434 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %436 = stablehlo.slice %434 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %437 = stablehlo.negate %436 : tensor<4x2x4xf32>
    %438 = stablehlo.concatenate %437, %435, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %439 = stablehlo.multiply %434, %43 : tensor<4x2x8xf32>
    %440 = stablehlo.multiply %438, %44 : tensor<4x2x8xf32>
    %441 = stablehlo.add %439, %440 : tensor<4x2x8xf32>
    %442 = stablehlo.reshape %430 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %443 = stablehlo.slice %442 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %444 = stablehlo.slice %442 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %445 = stablehlo.negate %444 : tensor<4x1x4xf32>
    %446 = stablehlo.concatenate %445, %443, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %447 = stablehlo.multiply %442, %53 : tensor<4x1x8xf32>
    %448 = stablehlo.multiply %446, %54 : tensor<4x1x8xf32>
    %449 = stablehlo.add %447, %448 : tensor<4x1x8xf32>
    %450 = stablehlo.reshape %433 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %451 = stablehlo.slice %449 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %452 = stablehlo.slice %450 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %453 = stablehlo.reshape %451 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %454 = stablehlo.dynamic_update_slice %80, %453, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %455 = stablehlo.reshape %452 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %456 = stablehlo.dynamic_update_slice %82, %455, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %457 = stablehlo.slice %449 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %458 = stablehlo.slice %450 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %459 = stablehlo.reshape %457 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %460 = stablehlo.dynamic_update_slice %454, %459, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %461 = stablehlo.reshape %458 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %462 = stablehlo.dynamic_update_slice %456, %461, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %463 = stablehlo.slice %449 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %464 = stablehlo.slice %450 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %465 = stablehlo.reshape %463 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %466 = stablehlo.dynamic_update_slice %460, %465, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %467 = stablehlo.reshape %464 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %468 = stablehlo.dynamic_update_slice %462, %467, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %469 = stablehlo.slice %449 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %470 = stablehlo.slice %450 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %471 = stablehlo.reshape %469 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %472 = stablehlo.dynamic_update_slice %466, %471, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %473 = stablehlo.reshape %470 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %474 = stablehlo.dynamic_update_slice %468, %473, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %475 = stablehlo.slice %472 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %476 = stablehlo.reshape %475 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %477 = stablehlo.slice %474 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %478 = stablehlo.reshape %477 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %479 = stablehlo.reshape %441 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %480 = stablehlo.dot_general %479, %476, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %481 = stablehlo.multiply %480, %89 : tensor<4x1x2x64xf32>
    %482 = stablehlo.select %93, %481, %94 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %483 = stablehlo.reduce(%482 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %484 = stablehlo.broadcast_in_dim %483, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %485 = stablehlo.subtract %482, %484 : tensor<4x1x2x64xf32>
    %486 = stablehlo.exponential %485 : tensor<4x1x2x64xf32>
    %487 = stablehlo.reduce(%486 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %488 = stablehlo.broadcast_in_dim %487, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %489 = stablehlo.divide %486, %488 : tensor<4x1x2x64xf32>
    %490 = stablehlo.dot_general %489, %478, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %491 = stablehlo.reshape %490 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %492 = stablehlo.dot_general %491, %arg39, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %493 = stablehlo.add %415, %492 : tensor<4x16xf32>
    %494 = stablehlo.multiply %493, %493 : tensor<4x16xf32>
    %495 = stablehlo.reduce(%494 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %496 = stablehlo.divide %495, %20 : tensor<4xf32>
    %497 = stablehlo.add %496, %22 : tensor<4xf32>
    %498 = stablehlo.rsqrt %497 : tensor<4xf32>
    %499 = stablehlo.broadcast_in_dim %498, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %500 = stablehlo.multiply %493, %499 : tensor<4x16xf32>
    %501 = stablehlo.broadcast_in_dim %arg40, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %502 = stablehlo.multiply %500, %501 : tensor<4x16xf32>
    %503 = stablehlo.dot_general %502, %arg41, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x4xf32>
    %504 = stablehlo.reduce(%503 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %505 = stablehlo.broadcast_in_dim %504, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %506 = stablehlo.subtract %503, %505 : tensor<4x4xf32>
    %507 = stablehlo.exponential %506 : tensor<4x4xf32>
    %508 = stablehlo.reduce(%507 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %509 = stablehlo.broadcast_in_dim %508, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %510 = stablehlo.divide %507, %509 : tensor<4x4xf32>
    %511 = stablehlo.reduce(%510 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %512 = stablehlo.broadcast_in_dim %511, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %513 = stablehlo.compare  EQ, %510, %512,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %514 = stablehlo.select %513, %125, %129 : tensor<4x4xi1>, tensor<4x4xi32>
    %515 = stablehlo.reduce(%514 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %516 = stablehlo.broadcast_in_dim %515, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %517 = stablehlo.compare  EQ, %125, %516,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %518 = stablehlo.select %517, %134, %510 : tensor<4x4xi1>, tensor<4x4xf32>
    %519 = stablehlo.reduce(%518 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %520 = stablehlo.broadcast_in_dim %519, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %521 = stablehlo.compare  EQ, %518, %520,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %522 = stablehlo.select %521, %125, %129 : tensor<4x4xi1>, tensor<4x4xi32>
    %523 = stablehlo.reduce(%522 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %524 = stablehlo.broadcast_in_dim %523, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %525 = stablehlo.compare  EQ, %125, %524,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %526 = stablehlo.select %525, %134, %518 : tensor<4x4xi1>, tensor<4x4xf32>
    %527 = stablehlo.compare  GT, %515, %523,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %528 = stablehlo.select %527, %523, %515 : tensor<4xi1>, tensor<4xi32>
    %529 = stablehlo.select %527, %515, %523 : tensor<4xi1>, tensor<4xi32>
    %530 = stablehlo.select %527, %519, %511 : tensor<4xi1>, tensor<4xf32>
    %531 = stablehlo.select %527, %511, %519 : tensor<4xi1>, tensor<4xf32>
    %532 = stablehlo.slice %502 [0:1, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %533 = stablehlo.slice %528 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %534 = stablehlo.reshape %533 : (tensor<1xi32>) -> tensor<i32>
    %535 = stablehlo.slice %530 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %536 = "stablehlo.case"(%534) ({
      %537 = stablehlo.dot_general %532, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %538 = stablehlo.dot_general %532, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %539 = stablehlo.logistic %537 : tensor<1x16xf32>
      %540 = stablehlo.multiply %537, %539 : tensor<1x16xf32>
      %541 = stablehlo.multiply %540, %538 : tensor<1x16xf32>
      %542 = stablehlo.dot_general %541, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %542 : tensor<1x16xf32>
    }, {
      %543 = stablehlo.dot_general %532, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %544 = stablehlo.dot_general %532, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %545 = stablehlo.logistic %543 : tensor<1x16xf32>
      %546 = stablehlo.multiply %543, %545 : tensor<1x16xf32>
      %547 = stablehlo.multiply %546, %544 : tensor<1x16xf32>
      %548 = stablehlo.dot_general %547, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %548 : tensor<1x16xf32>
    }, {
      %549 = stablehlo.dot_general %532, %arg48, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %550 = stablehlo.dot_general %532, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %551 = stablehlo.logistic %549 : tensor<1x16xf32>
      %552 = stablehlo.multiply %549, %551 : tensor<1x16xf32>
      %553 = stablehlo.multiply %552, %550 : tensor<1x16xf32>
      %554 = stablehlo.dot_general %553, %arg50, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %554 : tensor<1x16xf32>
    }, {
      %555 = stablehlo.dot_general %532, %arg51, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %556 = stablehlo.dot_general %532, %arg52, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %557 = stablehlo.logistic %555 : tensor<1x16xf32>
      %558 = stablehlo.multiply %555, %557 : tensor<1x16xf32>
      %559 = stablehlo.multiply %558, %556 : tensor<1x16xf32>
      %560 = stablehlo.dot_general %559, %arg53, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %560 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %561 = stablehlo.broadcast_in_dim %535, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %562 = stablehlo.multiply %536, %561 : tensor<1x16xf32>
    %563 = stablehlo.add %150, %562 : tensor<1x16xf32>
    %564 = stablehlo.slice %529 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %565 = stablehlo.reshape %564 : (tensor<1xi32>) -> tensor<i32>
    %566 = stablehlo.slice %531 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %567 = "stablehlo.case"(%565) ({
      %568 = stablehlo.dot_general %532, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %569 = stablehlo.dot_general %532, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %570 = stablehlo.logistic %568 : tensor<1x16xf32>
      %571 = stablehlo.multiply %568, %570 : tensor<1x16xf32>
      %572 = stablehlo.multiply %571, %569 : tensor<1x16xf32>
      %573 = stablehlo.dot_general %572, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %573 : tensor<1x16xf32>
    }, {
      %574 = stablehlo.dot_general %532, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %575 = stablehlo.dot_general %532, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %576 = stablehlo.logistic %574 : tensor<1x16xf32>
      %577 = stablehlo.multiply %574, %576 : tensor<1x16xf32>
      %578 = stablehlo.multiply %577, %575 : tensor<1x16xf32>
      %579 = stablehlo.dot_general %578, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %579 : tensor<1x16xf32>
    }, {
      %580 = stablehlo.dot_general %532, %arg48, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %581 = stablehlo.dot_general %532, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %582 = stablehlo.logistic %580 : tensor<1x16xf32>
      %583 = stablehlo.multiply %580, %582 : tensor<1x16xf32>
      %584 = stablehlo.multiply %583, %581 : tensor<1x16xf32>
      %585 = stablehlo.dot_general %584, %arg50, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %585 : tensor<1x16xf32>
    }, {
      %586 = stablehlo.dot_general %532, %arg51, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %587 = stablehlo.dot_general %532, %arg52, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %588 = stablehlo.logistic %586 : tensor<1x16xf32>
      %589 = stablehlo.multiply %586, %588 : tensor<1x16xf32>
      %590 = stablehlo.multiply %589, %587 : tensor<1x16xf32>
      %591 = stablehlo.dot_general %590, %arg53, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %591 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %592 = stablehlo.broadcast_in_dim %566, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %593 = stablehlo.multiply %567, %592 : tensor<1x16xf32>
    %594 = stablehlo.add %563, %593 : tensor<1x16xf32>
    %595 = stablehlo.slice %502 [1:2, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %596 = stablehlo.slice %528 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %597 = stablehlo.reshape %596 : (tensor<1xi32>) -> tensor<i32>
    %598 = stablehlo.slice %530 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %599 = "stablehlo.case"(%597) ({
      %600 = stablehlo.dot_general %595, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %601 = stablehlo.dot_general %595, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %602 = stablehlo.logistic %600 : tensor<1x16xf32>
      %603 = stablehlo.multiply %600, %602 : tensor<1x16xf32>
      %604 = stablehlo.multiply %603, %601 : tensor<1x16xf32>
      %605 = stablehlo.dot_general %604, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %605 : tensor<1x16xf32>
    }, {
      %606 = stablehlo.dot_general %595, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %607 = stablehlo.dot_general %595, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %608 = stablehlo.logistic %606 : tensor<1x16xf32>
      %609 = stablehlo.multiply %606, %608 : tensor<1x16xf32>
      %610 = stablehlo.multiply %609, %607 : tensor<1x16xf32>
      %611 = stablehlo.dot_general %610, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %611 : tensor<1x16xf32>
    }, {
      %612 = stablehlo.dot_general %595, %arg48, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %613 = stablehlo.dot_general %595, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %614 = stablehlo.logistic %612 : tensor<1x16xf32>
      %615 = stablehlo.multiply %612, %614 : tensor<1x16xf32>
      %616 = stablehlo.multiply %615, %613 : tensor<1x16xf32>
      %617 = stablehlo.dot_general %616, %arg50, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %617 : tensor<1x16xf32>
    }, {
      %618 = stablehlo.dot_general %595, %arg51, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %619 = stablehlo.dot_general %595, %arg52, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %620 = stablehlo.logistic %618 : tensor<1x16xf32>
      %621 = stablehlo.multiply %618, %620 : tensor<1x16xf32>
      %622 = stablehlo.multiply %621, %619 : tensor<1x16xf32>
      %623 = stablehlo.dot_general %622, %arg53, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %623 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %624 = stablehlo.broadcast_in_dim %598, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %625 = stablehlo.multiply %599, %624 : tensor<1x16xf32>
    %626 = stablehlo.add %150, %625 : tensor<1x16xf32>
    %627 = stablehlo.slice %529 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %628 = stablehlo.reshape %627 : (tensor<1xi32>) -> tensor<i32>
    %629 = stablehlo.slice %531 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %630 = "stablehlo.case"(%628) ({
      %631 = stablehlo.dot_general %595, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %632 = stablehlo.dot_general %595, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %633 = stablehlo.logistic %631 : tensor<1x16xf32>
      %634 = stablehlo.multiply %631, %633 : tensor<1x16xf32>
      %635 = stablehlo.multiply %634, %632 : tensor<1x16xf32>
      %636 = stablehlo.dot_general %635, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %636 : tensor<1x16xf32>
    }, {
      %637 = stablehlo.dot_general %595, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %638 = stablehlo.dot_general %595, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %639 = stablehlo.logistic %637 : tensor<1x16xf32>
      %640 = stablehlo.multiply %637, %639 : tensor<1x16xf32>
      %641 = stablehlo.multiply %640, %638 : tensor<1x16xf32>
      %642 = stablehlo.dot_general %641, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %642 : tensor<1x16xf32>
    }, {
      %643 = stablehlo.dot_general %595, %arg48, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %644 = stablehlo.dot_general %595, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %645 = stablehlo.logistic %643 : tensor<1x16xf32>
      %646 = stablehlo.multiply %643, %645 : tensor<1x16xf32>
      %647 = stablehlo.multiply %646, %644 : tensor<1x16xf32>
      %648 = stablehlo.dot_general %647, %arg50, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %648 : tensor<1x16xf32>
    }, {
      %649 = stablehlo.dot_general %595, %arg51, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %650 = stablehlo.dot_general %595, %arg52, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %651 = stablehlo.logistic %649 : tensor<1x16xf32>
      %652 = stablehlo.multiply %649, %651 : tensor<1x16xf32>
      %653 = stablehlo.multiply %652, %650 : tensor<1x16xf32>
      %654 = stablehlo.dot_general %653, %arg53, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %654 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %655 = stablehlo.broadcast_in_dim %629, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %656 = stablehlo.multiply %630, %655 : tensor<1x16xf32>
    %657 = stablehlo.add %626, %656 : tensor<1x16xf32>
    %658 = stablehlo.slice %502 [2:3, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %659 = stablehlo.slice %528 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %660 = stablehlo.reshape %659 : (tensor<1xi32>) -> tensor<i32>
    %661 = stablehlo.slice %530 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %662 = "stablehlo.case"(%660) ({
      %663 = stablehlo.dot_general %658, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %664 = stablehlo.dot_general %658, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %665 = stablehlo.logistic %663 : tensor<1x16xf32>
      %666 = stablehlo.multiply %663, %665 : tensor<1x16xf32>
      %667 = stablehlo.multiply %666, %664 : tensor<1x16xf32>
      %668 = stablehlo.dot_general %667, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %668 : tensor<1x16xf32>
    }, {
      %669 = stablehlo.dot_general %658, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %670 = stablehlo.dot_general %658, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %671 = stablehlo.logistic %669 : tensor<1x16xf32>
      %672 = stablehlo.multiply %669, %671 : tensor<1x16xf32>
      %673 = stablehlo.multiply %672, %670 : tensor<1x16xf32>
      %674 = stablehlo.dot_general %673, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %674 : tensor<1x16xf32>
    }, {
      %675 = stablehlo.dot_general %658, %arg48, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %676 = stablehlo.dot_general %658, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %677 = stablehlo.logistic %675 : tensor<1x16xf32>
      %678 = stablehlo.multiply %675, %677 : tensor<1x16xf32>
      %679 = stablehlo.multiply %678, %676 : tensor<1x16xf32>
      %680 = stablehlo.dot_general %679, %arg50, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %680 : tensor<1x16xf32>
    }, {
      %681 = stablehlo.dot_general %658, %arg51, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %682 = stablehlo.dot_general %658, %arg52, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %683 = stablehlo.logistic %681 : tensor<1x16xf32>
      %684 = stablehlo.multiply %681, %683 : tensor<1x16xf32>
      %685 = stablehlo.multiply %684, %682 : tensor<1x16xf32>
      %686 = stablehlo.dot_general %685, %arg53, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %686 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %687 = stablehlo.broadcast_in_dim %661, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %688 = stablehlo.multiply %662, %687 : tensor<1x16xf32>
    %689 = stablehlo.add %150, %688 : tensor<1x16xf32>
    %690 = stablehlo.slice %529 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %691 = stablehlo.reshape %690 : (tensor<1xi32>) -> tensor<i32>
    %692 = stablehlo.slice %531 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %693 = "stablehlo.case"(%691) ({
      %694 = stablehlo.dot_general %658, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %695 = stablehlo.dot_general %658, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %696 = stablehlo.logistic %694 : tensor<1x16xf32>
      %697 = stablehlo.multiply %694, %696 : tensor<1x16xf32>
      %698 = stablehlo.multiply %697, %695 : tensor<1x16xf32>
      %699 = stablehlo.dot_general %698, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %699 : tensor<1x16xf32>
    }, {
      %700 = stablehlo.dot_general %658, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %701 = stablehlo.dot_general %658, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %702 = stablehlo.logistic %700 : tensor<1x16xf32>
      %703 = stablehlo.multiply %700, %702 : tensor<1x16xf32>
      %704 = stablehlo.multiply %703, %701 : tensor<1x16xf32>
      %705 = stablehlo.dot_general %704, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %705 : tensor<1x16xf32>
    }, {
      %706 = stablehlo.dot_general %658, %arg48, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %707 = stablehlo.dot_general %658, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %708 = stablehlo.logistic %706 : tensor<1x16xf32>
      %709 = stablehlo.multiply %706, %708 : tensor<1x16xf32>
      %710 = stablehlo.multiply %709, %707 : tensor<1x16xf32>
      %711 = stablehlo.dot_general %710, %arg50, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %711 : tensor<1x16xf32>
    }, {
      %712 = stablehlo.dot_general %658, %arg51, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %713 = stablehlo.dot_general %658, %arg52, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %714 = stablehlo.logistic %712 : tensor<1x16xf32>
      %715 = stablehlo.multiply %712, %714 : tensor<1x16xf32>
      %716 = stablehlo.multiply %715, %713 : tensor<1x16xf32>
      %717 = stablehlo.dot_general %716, %arg53, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %717 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %718 = stablehlo.broadcast_in_dim %692, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %719 = stablehlo.multiply %693, %718 : tensor<1x16xf32>
    %720 = stablehlo.add %689, %719 : tensor<1x16xf32>
    %721 = stablehlo.slice %502 [3:4, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %722 = stablehlo.slice %528 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %723 = stablehlo.reshape %722 : (tensor<1xi32>) -> tensor<i32>
    %724 = stablehlo.slice %530 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %725 = "stablehlo.case"(%723) ({
      %726 = stablehlo.dot_general %721, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %727 = stablehlo.dot_general %721, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %728 = stablehlo.logistic %726 : tensor<1x16xf32>
      %729 = stablehlo.multiply %726, %728 : tensor<1x16xf32>
      %730 = stablehlo.multiply %729, %727 : tensor<1x16xf32>
      %731 = stablehlo.dot_general %730, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %731 : tensor<1x16xf32>
    }, {
      %732 = stablehlo.dot_general %721, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %733 = stablehlo.dot_general %721, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %734 = stablehlo.logistic %732 : tensor<1x16xf32>
      %735 = stablehlo.multiply %732, %734 : tensor<1x16xf32>
      %736 = stablehlo.multiply %735, %733 : tensor<1x16xf32>
      %737 = stablehlo.dot_general %736, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %737 : tensor<1x16xf32>
    }, {
      %738 = stablehlo.dot_general %721, %arg48, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %739 = stablehlo.dot_general %721, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %740 = stablehlo.logistic %738 : tensor<1x16xf32>
      %741 = stablehlo.multiply %738, %740 : tensor<1x16xf32>
      %742 = stablehlo.multiply %741, %739 : tensor<1x16xf32>
      %743 = stablehlo.dot_general %742, %arg50, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %743 : tensor<1x16xf32>
    }, {
      %744 = stablehlo.dot_general %721, %arg51, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %745 = stablehlo.dot_general %721, %arg52, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %746 = stablehlo.logistic %744 : tensor<1x16xf32>
      %747 = stablehlo.multiply %744, %746 : tensor<1x16xf32>
      %748 = stablehlo.multiply %747, %745 : tensor<1x16xf32>
      %749 = stablehlo.dot_general %748, %arg53, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %749 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %750 = stablehlo.broadcast_in_dim %724, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %751 = stablehlo.multiply %725, %750 : tensor<1x16xf32>
    %752 = stablehlo.add %150, %751 : tensor<1x16xf32>
    %753 = stablehlo.slice %529 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %754 = stablehlo.reshape %753 : (tensor<1xi32>) -> tensor<i32>
    %755 = stablehlo.slice %531 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %756 = "stablehlo.case"(%754) ({
      %757 = stablehlo.dot_general %721, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %758 = stablehlo.dot_general %721, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %759 = stablehlo.logistic %757 : tensor<1x16xf32>
      %760 = stablehlo.multiply %757, %759 : tensor<1x16xf32>
      %761 = stablehlo.multiply %760, %758 : tensor<1x16xf32>
      %762 = stablehlo.dot_general %761, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %762 : tensor<1x16xf32>
    }, {
      %763 = stablehlo.dot_general %721, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %764 = stablehlo.dot_general %721, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %765 = stablehlo.logistic %763 : tensor<1x16xf32>
      %766 = stablehlo.multiply %763, %765 : tensor<1x16xf32>
      %767 = stablehlo.multiply %766, %764 : tensor<1x16xf32>
      %768 = stablehlo.dot_general %767, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %768 : tensor<1x16xf32>
    }, {
      %769 = stablehlo.dot_general %721, %arg48, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %770 = stablehlo.dot_general %721, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %771 = stablehlo.logistic %769 : tensor<1x16xf32>
      %772 = stablehlo.multiply %769, %771 : tensor<1x16xf32>
      %773 = stablehlo.multiply %772, %770 : tensor<1x16xf32>
      %774 = stablehlo.dot_general %773, %arg50, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %774 : tensor<1x16xf32>
    }, {
      %775 = stablehlo.dot_general %721, %arg51, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %776 = stablehlo.dot_general %721, %arg52, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %777 = stablehlo.logistic %775 : tensor<1x16xf32>
      %778 = stablehlo.multiply %775, %777 : tensor<1x16xf32>
      %779 = stablehlo.multiply %778, %776 : tensor<1x16xf32>
      %780 = stablehlo.dot_general %779, %arg53, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %780 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %781 = stablehlo.broadcast_in_dim %755, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %782 = stablehlo.multiply %756, %781 : tensor<1x16xf32>
    %783 = stablehlo.add %752, %782 : tensor<1x16xf32>
    %784 = stablehlo.concatenate %594, %657, %720, %783, dim = 0 : (tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<4x16xf32>
    %785 = stablehlo.dot_general %502, %arg54, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %786 = stablehlo.dot_general %502, %arg55, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %787 = stablehlo.logistic %785 : tensor<4x32xf32>
    %788 = stablehlo.multiply %785, %787 : tensor<4x32xf32>
    %789 = stablehlo.multiply %788, %786 : tensor<4x32xf32>
    %790 = stablehlo.dot_general %789, %arg56, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %791 = stablehlo.dot_general %502, %arg57, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<1x16xf32>) -> tensor<4x1xf32>
    %792 = stablehlo.logistic %791 : tensor<4x1xf32>
    %793 = stablehlo.reshape %792 : (tensor<4x1xf32>) -> tensor<4xf32>
    %794 = stablehlo.broadcast_in_dim %793, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %795 = stablehlo.multiply %794, %790 : tensor<4x16xf32>
    %796 = stablehlo.add %784, %795 : tensor<4x16xf32>
    %797 = stablehlo.add %493, %796 : tensor<4x16xf32>
    %798 = stablehlo.multiply %797, %797 : tensor<4x16xf32>
    %799 = stablehlo.reduce(%798 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %800 = stablehlo.divide %799, %20 : tensor<4xf32>
    %801 = stablehlo.add %800, %22 : tensor<4xf32>
    %802 = stablehlo.rsqrt %801 : tensor<4xf32>
    %803 = stablehlo.broadcast_in_dim %802, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %804 = stablehlo.multiply %797, %803 : tensor<4x16xf32>
    %805 = stablehlo.broadcast_in_dim %arg58, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %806 = stablehlo.multiply %804, %805 : tensor<4x16xf32>
    %807 = stablehlo.dot_general %806, %arg59, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %808 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %809:2 = stablehlo.reduce(%807 init: %cst_4), (%808 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg60: tensor<f32>, %arg62: tensor<f32>) (%arg61: tensor<i32>, %arg63: tensor<i32>)  {
      %810 = stablehlo.compare  GT, %arg60, %arg62,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %811 = stablehlo.compare  NE, %arg60, %arg60,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %812 = stablehlo.or %810, %811 : tensor<i1>
      %813 = stablehlo.compare  EQ, %arg60, %arg62,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %814 = stablehlo.compare  LT, %arg61, %arg63,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %815 = stablehlo.and %813, %814 : tensor<i1>
      %816 = stablehlo.or %812, %815 : tensor<i1>
      %817 = stablehlo.select %812, %arg60, %arg62 : tensor<i1>, tensor<f32>
      %818 = stablehlo.select %816, %arg61, %arg63 : tensor<i1>, tensor<i32>
      stablehlo.return %817, %818 : tensor<f32>, tensor<i32>
    }
    return %809#1, %472, %474 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
