// emit arch=qwen2-moe-tiny graph=prefill_logits precision=f32 capacity=64 chunk=32 quant=none
module @prefill_logits {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<16xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg11: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg12: tensor<8xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg13: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg14: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg15: tensor<4x16xf32> loc("model.layers.0.mlp.gate.weight"), %arg16: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.gate_proj.weight"), %arg17: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.up_proj.weight"), %arg18: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.down_proj.weight"), %arg19: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.gate_proj.weight"), %arg20: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.up_proj.weight"), %arg21: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.down_proj.weight"), %arg22: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.gate_proj.weight"), %arg23: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.up_proj.weight"), %arg24: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.down_proj.weight"), %arg25: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.gate_proj.weight"), %arg26: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.up_proj.weight"), %arg27: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.down_proj.weight"), %arg28: tensor<32x16xf32> loc("model.layers.0.mlp.shared_expert.gate_proj.weight"), %arg29: tensor<32x16xf32> loc("model.layers.0.mlp.shared_expert.up_proj.weight"), %arg30: tensor<16x32xf32> loc("model.layers.0.mlp.shared_expert.down_proj.weight"), %arg31: tensor<1x16xf32> loc("model.layers.0.mlp.shared_expert_gate.weight"), %arg32: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg33: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg34: tensor<16xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg35: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg36: tensor<8xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg37: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg38: tensor<8xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg39: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg40: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg41: tensor<4x16xf32> loc("model.layers.1.mlp.gate.weight"), %arg42: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.gate_proj.weight"), %arg43: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.up_proj.weight"), %arg44: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.down_proj.weight"), %arg45: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.gate_proj.weight"), %arg46: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.up_proj.weight"), %arg47: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.down_proj.weight"), %arg48: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.gate_proj.weight"), %arg49: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.up_proj.weight"), %arg50: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.down_proj.weight"), %arg51: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.gate_proj.weight"), %arg52: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.up_proj.weight"), %arg53: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.down_proj.weight"), %arg54: tensor<32x16xf32> loc("model.layers.1.mlp.shared_expert.gate_proj.weight"), %arg55: tensor<32x16xf32> loc("model.layers.1.mlp.shared_expert.up_proj.weight"), %arg56: tensor<16x32xf32> loc("model.layers.1.mlp.shared_expert.down_proj.weight"), %arg57: tensor<1x16xf32> loc("model.layers.1.mlp.shared_expert_gate.weight"), %arg58: tensor<16xf32> loc("model.norm.weight"), %arg59: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 1.000000e-01, 0.00999999977, 1.000000e-03]> : tensor<4xf32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<32x4xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<32x4xf32>
    %6 = stablehlo.cosine %5 : tensor<32x4xf32>
    %7 = stablehlo.sine %5 : tensor<32x4xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x8xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x8xf32>
    %10 = stablehlo.reshape %arg0 : (tensor<32xi32>) -> tensor<32x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<32x1xi32>) -> tensor<32x16xf32>
    %12 = stablehlo.multiply %11, %11 : tensor<32x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%12 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %15 = stablehlo.divide %13, %14 : tensor<32xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %17 = stablehlo.add %15, %16 : tensor<32xf32>
    %18 = stablehlo.rsqrt %17 : tensor<32xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %20 = stablehlo.multiply %11, %19 : tensor<32x16xf32>
    %21 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %22 = stablehlo.multiply %20, %21 : tensor<32x16xf32>
    %23 = stablehlo.dot_general %22, %arg7, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %24 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %25 = stablehlo.add %23, %24 : tensor<32x16xf32>
    %26 = stablehlo.dot_general %22, %arg9, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %27 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %28 = stablehlo.add %26, %27 : tensor<32x8xf32>
    %29 = stablehlo.dot_general %22, %arg11, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %30 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %31 = stablehlo.add %29, %30 : tensor<32x8xf32>
    %32 = stablehlo.reshape %25 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %33 = stablehlo.slice %32 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %34 = stablehlo.slice %32 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %35 = stablehlo.negate %34 : tensor<32x2x4xf32>
    %36 = stablehlo.concatenate %35, %33, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %37 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %38 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %39 = stablehlo.multiply %32, %37 : tensor<32x2x8xf32>
    %40 = stablehlo.multiply %36, %38 : tensor<32x2x8xf32>
    %41 = stablehlo.add %39, %40 : tensor<32x2x8xf32>
    %42 = stablehlo.reshape %28 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %43 = stablehlo.slice %42 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %44 = stablehlo.slice %42 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %45 = stablehlo.negate %44 : tensor<32x1x4xf32>
    %46 = stablehlo.concatenate %45, %43, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %47 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %48 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %49 = stablehlo.multiply %42, %47 : tensor<32x1x8xf32>
    %50 = stablehlo.multiply %46, %48 : tensor<32x1x8xf32>
    %51 = stablehlo.add %49, %50 : tensor<32x1x8xf32>
    %52 = stablehlo.reshape %31 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %53 = stablehlo.reshape %51 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %54 = stablehlo.dynamic_update_slice %arg3, %53, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %55 = stablehlo.reshape %52 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %56 = stablehlo.dynamic_update_slice %arg4, %55, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %57 = stablehlo.slice %54 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %58 = stablehlo.slice %56 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %59 = stablehlo.reshape %41 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %60 = stablehlo.reshape %57 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %61 = stablehlo.reshape %58 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %62 = stablehlo.dot_general %59, %60, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %64 = stablehlo.multiply %62, %63 : tensor<1x32x2x64xf32>
    %65 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<1x32x2x64xi32>
    %66 = stablehlo.iota dim = 3 : tensor<1x32x2x64xi32>
    %67 = stablehlo.compare  LE, %66, %65,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %69 = stablehlo.select %67, %64, %68 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %70 = stablehlo.reduce(%69 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %72 = stablehlo.subtract %69, %71 : tensor<1x32x2x64xf32>
    %73 = stablehlo.exponential %72 : tensor<1x32x2x64xf32>
    %74 = stablehlo.reduce(%73 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %76 = stablehlo.divide %73, %75 : tensor<1x32x2x64xf32>
    %77 = stablehlo.dot_general %76, %61, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %78 = stablehlo.transpose %77, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %79 = stablehlo.reshape %78 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %80 = stablehlo.dot_general %79, %arg13, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %81 = stablehlo.add %11, %80 : tensor<32x16xf32>
    %82 = stablehlo.multiply %81, %81 : tensor<32x16xf32>
    %83 = stablehlo.reduce(%82 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %84 = stablehlo.divide %83, %14 : tensor<32xf32>
    %85 = stablehlo.add %84, %16 : tensor<32xf32>
    %86 = stablehlo.rsqrt %85 : tensor<32xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %88 = stablehlo.multiply %81, %87 : tensor<32x16xf32>
    %89 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %90 = stablehlo.multiply %88, %89 : tensor<32x16xf32>
    %91 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<32x16xf32>
    %92 = stablehlo.dot_general %90, %arg15, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<4x16xf32>) -> tensor<32x4xf32>
    %93 = stablehlo.reduce(%92 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %95 = stablehlo.subtract %92, %94 : tensor<32x4xf32>
    %96 = stablehlo.exponential %95 : tensor<32x4xf32>
    %97 = stablehlo.reduce(%96 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %99 = stablehlo.divide %96, %98 : tensor<32x4xf32>
    %100 = stablehlo.iota dim = 1 : tensor<32x4xi32>
    %101 = stablehlo.reduce(%99 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %103 = stablehlo.compare  EQ, %99, %102,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %104 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<32x4xi32>
    %105 = stablehlo.select %103, %100, %104 : tensor<32x4xi1>, tensor<32x4xi32>
    %106 = stablehlo.reduce(%105 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %108 = stablehlo.compare  EQ, %100, %107,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %109 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<32x4xf32>
    %110 = stablehlo.select %108, %109, %99 : tensor<32x4xi1>, tensor<32x4xf32>
    %111 = stablehlo.reduce(%110 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %113 = stablehlo.compare  EQ, %110, %112,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %114 = stablehlo.select %113, %100, %104 : tensor<32x4xi1>, tensor<32x4xi32>
    %115 = stablehlo.reduce(%114 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %117 = stablehlo.compare  EQ, %100, %116,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %118 = stablehlo.select %117, %109, %110 : tensor<32x4xi1>, tensor<32x4xf32>
    %119 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<32x4xf32>
    %120 = stablehlo.select %108, %102, %119 : tensor<32x4xi1>, tensor<32x4xf32>
    %121 = stablehlo.select %117, %112, %120 : tensor<32x4xi1>, tensor<32x4xf32>
    %122 = stablehlo.dot_general %90, %arg16, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %123 = stablehlo.dot_general %90, %arg17, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %124 = stablehlo.logistic %122 : tensor<32x16xf32>
    %125 = stablehlo.multiply %122, %124 : tensor<32x16xf32>
    %126 = stablehlo.multiply %125, %123 : tensor<32x16xf32>
    %127 = stablehlo.dot_general %126, %arg18, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %128 = stablehlo.slice %121 [0:32, 0:1] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %129 = stablehlo.reshape %128 : (tensor<32x1xf32>) -> tensor<32xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %131 = stablehlo.multiply %127, %130 : tensor<32x16xf32>
    %132 = stablehlo.add %91, %131 : tensor<32x16xf32>
    %133 = stablehlo.dot_general %90, %arg19, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %134 = stablehlo.dot_general %90, %arg20, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %135 = stablehlo.logistic %133 : tensor<32x16xf32>
    %136 = stablehlo.multiply %133, %135 : tensor<32x16xf32>
    %137 = stablehlo.multiply %136, %134 : tensor<32x16xf32>
    %138 = stablehlo.dot_general %137, %arg21, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %139 = stablehlo.slice %121 [0:32, 1:2] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %140 = stablehlo.reshape %139 : (tensor<32x1xf32>) -> tensor<32xf32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %142 = stablehlo.multiply %138, %141 : tensor<32x16xf32>
    %143 = stablehlo.add %132, %142 : tensor<32x16xf32>
    %144 = stablehlo.dot_general %90, %arg22, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %145 = stablehlo.dot_general %90, %arg23, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %146 = stablehlo.logistic %144 : tensor<32x16xf32>
    %147 = stablehlo.multiply %144, %146 : tensor<32x16xf32>
    %148 = stablehlo.multiply %147, %145 : tensor<32x16xf32>
    %149 = stablehlo.dot_general %148, %arg24, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %150 = stablehlo.slice %121 [0:32, 2:3] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %151 = stablehlo.reshape %150 : (tensor<32x1xf32>) -> tensor<32xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %153 = stablehlo.multiply %149, %152 : tensor<32x16xf32>
    %154 = stablehlo.add %143, %153 : tensor<32x16xf32>
    %155 = stablehlo.dot_general %90, %arg25, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %156 = stablehlo.dot_general %90, %arg26, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %157 = stablehlo.logistic %155 : tensor<32x16xf32>
    %158 = stablehlo.multiply %155, %157 : tensor<32x16xf32>
    %159 = stablehlo.multiply %158, %156 : tensor<32x16xf32>
    %160 = stablehlo.dot_general %159, %arg27, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %161 = stablehlo.slice %121 [0:32, 3:4] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %162 = stablehlo.reshape %161 : (tensor<32x1xf32>) -> tensor<32xf32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %164 = stablehlo.multiply %160, %163 : tensor<32x16xf32>
    %165 = stablehlo.add %154, %164 : tensor<32x16xf32>
    %166 = stablehlo.dot_general %90, %arg28, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %167 = stablehlo.dot_general %90, %arg29, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %168 = stablehlo.logistic %166 : tensor<32x32xf32>
    %169 = stablehlo.multiply %166, %168 : tensor<32x32xf32>
    %170 = stablehlo.multiply %169, %167 : tensor<32x32xf32>
    %171 = stablehlo.dot_general %170, %arg30, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %172 = stablehlo.dot_general %90, %arg31, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<1x16xf32>) -> tensor<32x1xf32>
    %173 = stablehlo.logistic %172 : tensor<32x1xf32>
    %174 = stablehlo.reshape %173 : (tensor<32x1xf32>) -> tensor<32xf32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %176 = stablehlo.multiply %175, %171 : tensor<32x16xf32>
    %177 = stablehlo.add %165, %176 : tensor<32x16xf32>
    %178 = stablehlo.add %81, %177 : tensor<32x16xf32>
    %179 = stablehlo.multiply %178, %178 : tensor<32x16xf32>
    %180 = stablehlo.reduce(%179 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %181 = stablehlo.divide %180, %14 : tensor<32xf32>
    %182 = stablehlo.add %181, %16 : tensor<32xf32>
    %183 = stablehlo.rsqrt %182 : tensor<32xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %185 = stablehlo.multiply %178, %184 : tensor<32x16xf32>
    %186 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %187 = stablehlo.multiply %185, %186 : tensor<32x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %188 = stablehlo.dot_general %187, %arg33, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %189 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %190 = stablehlo.add %188, %189 : tensor<32x16xf32>
    %191 = stablehlo.dot_general %187, %arg35, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %192 = stablehlo.broadcast_in_dim %arg36, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %193 = stablehlo.add %191, %192 : tensor<32x8xf32>
    %194 = stablehlo.dot_general %187, %arg37, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %195 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %196 = stablehlo.add %194, %195 : tensor<32x8xf32>
    %197 = stablehlo.reshape %190 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %198 = stablehlo.slice %197 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %199 = stablehlo.slice %197 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %200 = stablehlo.negate %199 : tensor<32x2x4xf32>
    %201 = stablehlo.concatenate %200, %198, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %202 = stablehlo.multiply %197, %37 : tensor<32x2x8xf32>
    %203 = stablehlo.multiply %201, %38 : tensor<32x2x8xf32>
    %204 = stablehlo.add %202, %203 : tensor<32x2x8xf32>
    %205 = stablehlo.reshape %193 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %206 = stablehlo.slice %205 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %207 = stablehlo.slice %205 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %208 = stablehlo.negate %207 : tensor<32x1x4xf32>
    %209 = stablehlo.concatenate %208, %206, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %210 = stablehlo.multiply %205, %47 : tensor<32x1x8xf32>
    %211 = stablehlo.multiply %209, %48 : tensor<32x1x8xf32>
    %212 = stablehlo.add %210, %211 : tensor<32x1x8xf32>
    %213 = stablehlo.reshape %196 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %214 = stablehlo.reshape %212 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %215 = stablehlo.dynamic_update_slice %54, %214, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %216 = stablehlo.reshape %213 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %217 = stablehlo.dynamic_update_slice %56, %216, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %218 = stablehlo.slice %215 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %219 = stablehlo.slice %217 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %220 = stablehlo.reshape %204 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %221 = stablehlo.reshape %218 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %222 = stablehlo.reshape %219 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %223 = stablehlo.dot_general %220, %221, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %224 = stablehlo.multiply %223, %63 : tensor<1x32x2x64xf32>
    %225 = stablehlo.select %67, %224, %68 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %226 = stablehlo.reduce(%225 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %228 = stablehlo.subtract %225, %227 : tensor<1x32x2x64xf32>
    %229 = stablehlo.exponential %228 : tensor<1x32x2x64xf32>
    %230 = stablehlo.reduce(%229 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %232 = stablehlo.divide %229, %231 : tensor<1x32x2x64xf32>
    %233 = stablehlo.dot_general %232, %222, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %234 = stablehlo.transpose %233, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %235 = stablehlo.reshape %234 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %236 = stablehlo.dot_general %235, %arg39, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %237 = stablehlo.add %178, %236 : tensor<32x16xf32>
    %238 = stablehlo.multiply %237, %237 : tensor<32x16xf32>
    %239 = stablehlo.reduce(%238 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %240 = stablehlo.divide %239, %14 : tensor<32xf32>
    %241 = stablehlo.add %240, %16 : tensor<32xf32>
    %242 = stablehlo.rsqrt %241 : tensor<32xf32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %244 = stablehlo.multiply %237, %243 : tensor<32x16xf32>
    %245 = stablehlo.broadcast_in_dim %arg40, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %246 = stablehlo.multiply %244, %245 : tensor<32x16xf32>
    %247 = stablehlo.dot_general %246, %arg41, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<4x16xf32>) -> tensor<32x4xf32>
    %248 = stablehlo.reduce(%247 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %250 = stablehlo.subtract %247, %249 : tensor<32x4xf32>
    %251 = stablehlo.exponential %250 : tensor<32x4xf32>
    %252 = stablehlo.reduce(%251 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %254 = stablehlo.divide %251, %253 : tensor<32x4xf32>
    %255 = stablehlo.reduce(%254 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %257 = stablehlo.compare  EQ, %254, %256,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %258 = stablehlo.select %257, %100, %104 : tensor<32x4xi1>, tensor<32x4xi32>
    %259 = stablehlo.reduce(%258 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %261 = stablehlo.compare  EQ, %100, %260,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %262 = stablehlo.select %261, %109, %254 : tensor<32x4xi1>, tensor<32x4xf32>
    %263 = stablehlo.reduce(%262 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %265 = stablehlo.compare  EQ, %262, %264,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %266 = stablehlo.select %265, %100, %104 : tensor<32x4xi1>, tensor<32x4xi32>
    %267 = stablehlo.reduce(%266 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %269 = stablehlo.compare  EQ, %100, %268,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %270 = stablehlo.select %269, %109, %262 : tensor<32x4xi1>, tensor<32x4xf32>
    %271 = stablehlo.select %261, %256, %119 : tensor<32x4xi1>, tensor<32x4xf32>
    %272 = stablehlo.select %269, %264, %271 : tensor<32x4xi1>, tensor<32x4xf32>
    %273 = stablehlo.dot_general %246, %arg42, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %274 = stablehlo.dot_general %246, %arg43, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %275 = stablehlo.logistic %273 : tensor<32x16xf32>
    %276 = stablehlo.multiply %273, %275 : tensor<32x16xf32>
    %277 = stablehlo.multiply %276, %274 : tensor<32x16xf32>
    %278 = stablehlo.dot_general %277, %arg44, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %279 = stablehlo.slice %272 [0:32, 0:1] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %280 = stablehlo.reshape %279 : (tensor<32x1xf32>) -> tensor<32xf32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %282 = stablehlo.multiply %278, %281 : tensor<32x16xf32>
    %283 = stablehlo.add %91, %282 : tensor<32x16xf32>
    %284 = stablehlo.dot_general %246, %arg45, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %285 = stablehlo.dot_general %246, %arg46, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %286 = stablehlo.logistic %284 : tensor<32x16xf32>
    %287 = stablehlo.multiply %284, %286 : tensor<32x16xf32>
    %288 = stablehlo.multiply %287, %285 : tensor<32x16xf32>
    %289 = stablehlo.dot_general %288, %arg47, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %290 = stablehlo.slice %272 [0:32, 1:2] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %291 = stablehlo.reshape %290 : (tensor<32x1xf32>) -> tensor<32xf32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %293 = stablehlo.multiply %289, %292 : tensor<32x16xf32>
    %294 = stablehlo.add %283, %293 : tensor<32x16xf32>
    %295 = stablehlo.dot_general %246, %arg48, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %296 = stablehlo.dot_general %246, %arg49, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %297 = stablehlo.logistic %295 : tensor<32x16xf32>
    %298 = stablehlo.multiply %295, %297 : tensor<32x16xf32>
    %299 = stablehlo.multiply %298, %296 : tensor<32x16xf32>
    %300 = stablehlo.dot_general %299, %arg50, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %301 = stablehlo.slice %272 [0:32, 2:3] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %302 = stablehlo.reshape %301 : (tensor<32x1xf32>) -> tensor<32xf32>
    %303 = stablehlo.broadcast_in_dim %302, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %304 = stablehlo.multiply %300, %303 : tensor<32x16xf32>
    %305 = stablehlo.add %294, %304 : tensor<32x16xf32>
    %306 = stablehlo.dot_general %246, %arg51, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %307 = stablehlo.dot_general %246, %arg52, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %308 = stablehlo.logistic %306 : tensor<32x16xf32>
    %309 = stablehlo.multiply %306, %308 : tensor<32x16xf32>
    %310 = stablehlo.multiply %309, %307 : tensor<32x16xf32>
    %311 = stablehlo.dot_general %310, %arg53, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %312 = stablehlo.slice %272 [0:32, 3:4] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %313 = stablehlo.reshape %312 : (tensor<32x1xf32>) -> tensor<32xf32>
    %314 = stablehlo.broadcast_in_dim %313, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %315 = stablehlo.multiply %311, %314 : tensor<32x16xf32>
    %316 = stablehlo.add %305, %315 : tensor<32x16xf32>
    %317 = stablehlo.dot_general %246, %arg54, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %318 = stablehlo.dot_general %246, %arg55, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %319 = stablehlo.logistic %317 : tensor<32x32xf32>
    %320 = stablehlo.multiply %317, %319 : tensor<32x32xf32>
    %321 = stablehlo.multiply %320, %318 : tensor<32x32xf32>
    %322 = stablehlo.dot_general %321, %arg56, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %323 = stablehlo.dot_general %246, %arg57, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<1x16xf32>) -> tensor<32x1xf32>
    %324 = stablehlo.logistic %323 : tensor<32x1xf32>
    %325 = stablehlo.reshape %324 : (tensor<32x1xf32>) -> tensor<32xf32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %327 = stablehlo.multiply %326, %322 : tensor<32x16xf32>
    %328 = stablehlo.add %316, %327 : tensor<32x16xf32>
    %329 = stablehlo.add %237, %328 : tensor<32x16xf32>
    %330 = stablehlo.subtract %arg2, %c_1 : tensor<i32>
    %331 = stablehlo.dynamic_slice %329, %330, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %332 = stablehlo.multiply %331, %331 : tensor<1x16xf32>
    %333 = stablehlo.reduce(%332 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %334 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %335 = stablehlo.divide %333, %334 : tensor<1xf32>
    %336 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %337 = stablehlo.add %335, %336 : tensor<1xf32>
    %338 = stablehlo.rsqrt %337 : tensor<1xf32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %340 = stablehlo.multiply %331, %339 : tensor<1x16xf32>
    %341 = stablehlo.broadcast_in_dim %arg58, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %342 = stablehlo.multiply %340, %341 : tensor<1x16xf32>
    %343 = stablehlo.dot_general %342, %arg59, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %344 = stablehlo.reshape %343 : (tensor<1x32xf32>) -> tensor<32xf32>
    return %344, %215, %217 : tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
