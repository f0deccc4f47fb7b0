// emit arch=qwen2-moe-tiny graph=decode_step precision=f32 capacity=64 batch=1 quant=none
module @decode_step {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<16xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg11: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg12: tensor<8xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg13: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg14: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg15: tensor<4x16xf32> loc("model.layers.0.mlp.gate.weight"), %arg16: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.gate_proj.weight"), %arg17: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.up_proj.weight"), %arg18: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.down_proj.weight"), %arg19: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.gate_proj.weight"), %arg20: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.up_proj.weight"), %arg21: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.down_proj.weight"), %arg22: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.gate_proj.weight"), %arg23: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.up_proj.weight"), %arg24: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.down_proj.weight"), %arg25: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.gate_proj.weight"), %arg26: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.up_proj.weight"), %arg27: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.down_proj.weight"), %arg28: tensor<32x16xf32> loc("model.layers.0.mlp.shared_expert.gate_proj.weight"), %arg29: tensor<32x16xf32> loc("model.layers.0.mlp.shared_expert.up_proj.weight"), %arg30: tensor<16x32xf32> loc("model.layers.0.mlp.shared_expert.down_proj.weight"), %arg31: tensor<1x16xf32> loc("model.layers.0.mlp.shared_expert_gate.weight"), %arg32: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg33: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg34: tensor<16xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg35: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg36: tensor<8xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg37: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg38: tensor<8xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg39: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg40: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg41: tensor<4x16xf32> loc("model.layers.1.mlp.gate.weight"), %arg42: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.gate_proj.weight"), %arg43: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.up_proj.weight"), %arg44: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.down_proj.weight"), %arg45: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.gate_proj.weight"), %arg46: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.up_proj.weight"), %arg47: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.down_proj.weight"), %arg48: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.gate_proj.weight"), %arg49: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.up_proj.weight"), %arg50: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.down_proj.weight"), %arg51: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.gate_proj.weight"), %arg52: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.up_proj.weight"), %arg53: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.down_proj.weight"), %arg54: tensor<32x16xf32> loc("model.layers.1.mlp.shared_expert.gate_proj.weight"), %arg55: tensor<32x16xf32> loc("model.layers.1.mlp.shared_expert.up_proj.weight"), %arg56: tensor<16x32xf32> loc("model.layers.1.mlp.shared_expert.down_proj.weight"), %arg57: tensor<1x16xf32> loc("model.layers.1.mlp.shared_expert_gate.weight"), %arg58: tensor<16xf32> loc("model.norm.weight"), %arg59: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 1.000000e-01, 0.00999999977, 1.000000e-03]> : tensor<4xf32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<1x4xf32>
    %7 = stablehlo.cosine %6 : tensor<1x4xf32>
    %8 = stablehlo.sine %6 : tensor<1x4xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %11 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %12 = "stablehlo.gather"(%arg5, %11) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<1x1xi32>) -> tensor<1x16xf32>
    %13 = stablehlo.multiply %12, %12 : tensor<1x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.reduce(%13 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %16 = stablehlo.divide %14, %15 : tensor<1xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %18 = stablehlo.add %16, %17 : tensor<1xf32>
    %19 = stablehlo.rsqrt %18 : tensor<1xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %21 = stablehlo.multiply %12, %20 : tensor<1x16xf32>
    %22 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %23 = stablehlo.multiply %21, %22 : tensor<1x16xf32>
    %24 = stablehlo.dot_general %23, %arg7, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %25 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %26 = stablehlo.add %24, %25 : tensor<1x16xf32>
    %27 = stablehlo.dot_general %23, %arg9, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %28 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %29 = stablehlo.add %27, %28 : tensor<1x8xf32>
    %30 = stablehlo.dot_general %23, %arg11, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %31 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %32 = stablehlo.add %30, %31 : tensor<1x8xf32>
    %33 = stablehlo.reshape %26 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %34 = stablehlo.slice %33 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %35 = stablehlo.slice %33 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %36 = stablehlo.negate %35 : tensor<1x2x4xf32>
    %37 = stablehlo.concatenate %36, %34, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %38 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %39 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %40 = stablehlo.multiply %33, %38 : tensor<1x2x8xf32>
    %41 = stablehlo.multiply %37, %39 : tensor<1x2x8xf32>
    %42 = stablehlo.add %40, %41 : tensor<1x2x8xf32>
    %43 = stablehlo.reshape %29 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %44 = stablehlo.slice %43 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %45 = stablehlo.slice %43 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %46 = stablehlo.negate %45 : tensor<1x1x4xf32>
    %47 = stablehlo.concatenate %46, %44, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %48 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %49 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %50 = stablehlo.multiply %43, %48 : tensor<1x1x8xf32>
    %51 = stablehlo.multiply %47, %49 : tensor<1x1x8xf32>
    %52 = stablehlo.add %50, %51 : tensor<1x1x8xf32>
    %53 = stablehlo.reshape %32 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %54 = stablehlo.reshape %52 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %55 = stablehlo.dynamic_update_slice %arg3, %54, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %56 = stablehlo.reshape %53 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %57 = stablehlo.dynamic_update_slice %arg4, %56, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %58 = stablehlo.slice %55 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %59 = stablehlo.slice %57 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %60 = stablehlo.reshape %42 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %61 = stablehlo.dot_general %60, %58, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %63 = stablehlo.multiply %61, %62 : tensor<1x1x2x64xf32>
    %64 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %65 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %66 = stablehlo.compare  LE, %65, %64,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %68 = stablehlo.select %66, %63, %67 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %69 = stablehlo.reduce(%68 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %71 = stablehlo.subtract %68, %70 : tensor<1x1x2x64xf32>
    %72 = stablehlo.exponential %71 : tensor<1x1x2x64xf32>
    %73 = stablehlo.reduce(%72 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %75 = stablehlo.divide %72, %74 : tensor<1x1x2x64xf32>
    %76 = stablehlo.dot_general %75, %59, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %77 = stablehlo.reshape %76 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %78 = stablehlo.dot_general %77, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %79 = stablehlo.add %12, %78 : tensor<1x16xf32>
    %80 = stablehlo.multiply %79, %79 : tensor<1x16xf32>
    %81 = stablehlo.reduce(%80 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %82 = stablehlo.divide %81, %15 : tensor<1xf32>
    %83 = stablehlo.add %82, %17 : tensor<1xf32>
    %84 = stablehlo.rsqrt %83 : tensor<1xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %86 = stablehlo.multiply %79, %85 : tensor<1x16xf32>
    %87 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %88 = stablehlo.multiply %86, %87 : tensor<1x16xf32>
    %89 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %90 = stablehlo.dot_general %88, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<4x16xf32>) -> tensor<1x4xf32>
    %91 = stablehlo.reduce(%90 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %93 = stablehlo.subtract %90, %92 : tensor<1x4xf32>
    %94 = stablehlo.exponential %93 : tensor<1x4xf32>
    %95 = stablehlo.reduce(%94 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %97 = stablehlo.divide %94, %96 : tensor<1x4xf32>
    %98 = stablehlo.iota dim = 1 : tensor<1x4xi32>
    %99 = stablehlo.reduce(%97 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %101 = stablehlo.compare  EQ, %97, %100,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %102 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x4xi32>
    %103 = stablehlo.select %101, %98, %102 : tensor<1x4xi1>, tensor<1x4xi32>
    %104 = stablehlo.reduce(%103 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %106 = stablehlo.compare  EQ, %98, %105,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %107 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x4xf32>
    %108 = stablehlo.select %106, %107, %97 : tensor<1x4xi1>, tensor<1x4xf32>
    %109 = stablehlo.reduce(%108 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %111 = stablehlo.compare  EQ, %108, %110,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %112 = stablehlo.select %111, %98, %102 : tensor<1x4xi1>, tensor<1x4xi32>
    %113 = stablehlo.reduce(%112 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %115 = stablehlo.compare  EQ, %98, %114,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %116 = stablehlo.select %115, %107, %108 : tensor<1x4xi1>, tensor<1x4xf32>
    %117 = stablehlo.compare  GT, %104, %113,  SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %118 = stablehlo.select %117, %113, %104 : tensor<1xi1>, tensor<1xi32>
    %119 = stablehlo.select %117, %104, %113 : tensor<1xi1>, tensor<1xi32>
    %120 = stablehlo.select %117, %109, %99 : tensor<1xi1>, tensor<1xf32>
    %121 = stablehlo.select %117, %99, %109 : tensor<1xi1>, tensor<1xf32>
    %122 = stablehlo.slice %88 [0:1, 0:16] : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %123 = stablehlo.slice %118 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %124 = stablehlo.reshape %123 : (tensor<1xi32>) -> tensor<i32>
    %125 = stablehlo.slice %120 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %126 = "stablehlo.case"(%124) ({
      %127 = stablehlo.dot_general %122, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %128 = stablehlo.dot_general %122, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %129 = stablehlo.logistic %127 : tensor<1x16xf32>
      %130 = stablehlo.multiply %127, %129 : tensor<1x16xf32>
      %131 = stablehlo.multiply %130, %128 : tensor<1x16xf32>
      %132 = stablehlo.dot_general %131, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %132 : tensor<1x16xf32>
    }, {
      %133 = stablehlo.dot_general %122, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %134 = stablehlo.dot_general %122, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %135 = stablehlo.logistic %133 : tensor<1x16xf32>
      %136 = stablehlo.multiply %133, %135 : tensor<1x16xf32>
      %137 = stablehlo.multiply %136, %134 : tensor<1x16xf32>
      %138 = stablehlo.dot_general %137, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %138 : tensor<1x16xf32>
    }, {
      %139 = stablehlo.dot_general %122, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %140 = stablehlo.dot_general %122, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %141 = stablehlo.logistic %139 : tensor<1x16xf32>
      %142 = stablehlo.multiply %139, %141 : tensor<1x16xf32>
      %143 = stablehlo.multiply %142, %140 : tensor<1x16xf32>
      %144 = stablehlo.dot_general %143, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %144 : tensor<1x16xf32>
    }, {
      %145 = stablehlo.dot_general %122, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %146 = stablehlo.dot_general %122, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %147 = stablehlo.logistic %145 : tensor<1x16xf32>
      %148 = stablehlo.multiply %145, %147 : tensor<1x16xf32>
      %149 = stablehlo.multiply %148, %146 : tensor<1x16xf32>
      %150 = stablehlo.dot_general %149, %arg27, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %150 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %151 = stablehlo.broadcast_in_dim %125, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %152 = stablehlo.multiply %126, %151 : tensor<1x16xf32>
    %153 = stablehlo.add %89, %152 : tensor<1x16xf32>
    %154 = stablehlo.slice %119 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %155 = stablehlo.reshape %154 : (tensor<1xi32>) -> tensor<i32>
    %156 = stablehlo.slice %121 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %157 = "stablehlo.case"(%155) ({
      %158 = stablehlo.dot_general %122, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %159 = stablehlo.dot_general %122, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %160 = stablehlo.logistic %158 : tensor<1x16xf32>
      %161 = stablehlo.multiply %158, %160 : tensor<1x16xf32>
      %162 = stablehlo.multiply %161, %159 : tensor<1x16xf32>
      %163 = stablehlo.dot_general %162, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %163 : tensor<1x16xf32>
    }, {
      %164 = stablehlo.dot_general %122, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %165 = stablehlo.dot_general %122, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %166 = stablehlo.logistic %164 : tensor<1x16xf32>
      %167 = stablehlo.multiply %164, %166 : tensor<1x16xf32>
      %168 = stablehlo.multiply %167, %165 : tensor<1x16xf32>
      %169 = stablehlo.dot_general %168, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %169 : tensor<1x16xf32>
    }, {
      %170 = stablehlo.dot_general %122, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %171 = stablehlo.dot_general %122, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %172 = stablehlo.logistic %170 : tensor<1x16xf32>
      %173 = stablehlo.multiply %170, %172 : tensor<1x16xf32>
      %174 = stablehlo.multiply %173, %171 : tensor<1x16xf32>
      %175 = stablehlo.dot_general %174, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %175 : tensor<1x16xf32>
    }, {
      %176 = stablehlo.dot_general %122, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %177 = stablehlo.dot_general %122, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %178 = stablehlo.logistic %176 : tensor<1x16xf32>
      %179 = stablehlo.multiply %176, %178 : tensor<1x16xf32>
      %180 = stablehlo.multiply %179, %177 : tensor<1x16xf32>
      %181 = stablehlo.dot_general %180, %arg27, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %181 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %182 = stablehlo.broadcast_in_dim %156, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %183 = stablehlo.multiply %157, %182 : tensor<1x16xf32>
    %184 = stablehlo.add %153, %183 : tensor<1x16xf32>
    %185 = stablehlo.dot_general %88, %arg28, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %186 = stablehlo.dot_general %88, %arg29, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %187 = stablehlo.logistic %185 : tensor<1x32xf32>
    %188 = stablehlo.multiply %185, %187 : tensor<1x32xf32>
    %189 = stablehlo.multiply %188, %186 : tensor<1x32xf32>
    %190 = stablehlo.dot_general %189, %arg30, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %191 = stablehlo.dot_general %88, %arg31, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x1xf32>
    %192 = stablehlo.logistic %191 : tensor<1x1xf32>
    %193 = stablehlo.reshape %192 : (tensor<1x1xf32>) -> tensor<1xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %195 = stablehlo.multiply %194, %190 : tensor<1x16xf32>
    %196 = stablehlo.add %184, %195 : tensor<1x16xf32>
    %197 = stablehlo.add %79, %196 : tensor<1x16xf32>
    %198 = stablehlo.multiply %197, %197 : tensor<1x16xf32>
    %199 = stablehlo.reduce(%198 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %200 = stablehlo.divide %199, %15 : tensor<1xf32>
    %201 = stablehlo.add %200, %17 : tensor<1xf32>
    %202 = stablehlo.rsqrt %201 : tensor<1xf32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %204 = stablehlo.multiply %197, %203 : tensor<1x16xf32>
    %205 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %206 = stablehlo.multiply %204, %205 : tensor<1x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %207 = stablehlo.dot_general %206, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %208 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %209 = stablehlo.add %207, %208 : tensor<1x16xf32>
    %210 = stablehlo.dot_general %206, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %211 = stablehlo.broadcast_in_dim %arg36, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %212 = stablehlo.add %210, %211 : tensor<1x8xf32>
    %213 = stablehlo.dot_general %206, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %214 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %215 = stablehlo.add %213, %214 : tensor<1x8xf32>
    %216 = stablehlo.reshape %209 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %217 = stablehlo.slice %216 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %218 = stablehlo.slice %216 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %219 = stablehlo.negate %218 : tensor<1x2x4xf32>
    %220 = stablehlo.concatenate %219, %217, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %221 = stablehlo.multiply %216, %38 : tensor<1x2x8xf32>
    %222 = stablehlo.multiply %220, %39 : tensor<1x2x8xf32>
    %223 = stablehlo.add %221, %222 : tensor<1x2x8xf32>
    %224 = stablehlo.reshape %212 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %225 = stablehlo.slice %224 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %226 = stablehlo.slice %224 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %227 = stablehlo.negate %226 : tensor<1x1x4xf32>
    %228 = stablehlo.concatenate %227, %225, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %229 = stablehlo.multiply %224, %48 : tensor<1x1x8xf32>
    %230 = stablehlo.multiply %228, %49 : tensor<1x1x8xf32>
    %231 = stablehlo.add %229, %230 : tensor<1x1x8xf32>
    %232 = stablehlo.reshape %215 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %233 = stablehlo.reshape %231 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %234 = stablehlo.dynamic_update_slice %55, %233, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %235 = stablehlo.reshape %232 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %236 = stablehlo.dynamic_update_slice %57, %235, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %237 = stablehlo.slice %234 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %238 = stablehlo.slice %236 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %239 = stablehlo.reshape %223 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %240 = stablehlo.dot_general %239, %237, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %241 = stablehlo.multiply %240, %62 : tensor<1x1x2x64xf32>
    %242 = stablehlo.select %66, %241, %67 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %243 = stablehlo.reduce(%242 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %245 = stablehlo.subtract %242, %244 : tensor<1x1x2x64xf32>
    %246 = stablehlo.exponential %245 : tensor<1x1x2x64xf32>
    %247 = stablehlo.reduce(%246 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %249 = stablehlo.divide %246, %248 : tensor<1x1x2x64xf32>
    %250 = stablehlo.dot_general %249, %238, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %251 = stablehlo.reshape %250 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %252 = stablehlo.dot_general %251, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %253 = stablehlo.add %197, %252 : tensor<1x16xf32>
    %254 = stablehlo.multiply %253, %253 : tensor<1x16xf32>
    %255 = stablehlo.reduce(%254 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %256 = stablehlo.divide %255, %15 : tensor<1xf32>
    %257 = stablehlo.add %256, %17 : tensor<1xf32>
    %258 = stablehlo.rsqrt %257 : tensor<1xf32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %260 = stablehlo.multiply %253, %259 : tensor<1x16xf32>
    %261 = stablehlo.broadcast_in_dim %arg40, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %262 = stablehlo.multiply %260, %261 : tensor<1x16xf32>
    %263 = stablehlo.dot_general %262, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<4x16xf32>) -> tensor<1x4xf32>
    %264 = stablehlo.reduce(%263 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %266 = stablehlo.subtract %263, %265 : tensor<1x4xf32>
    %267 = stablehlo.exponential %266 : tensor<1x4xf32>
    %268 = stablehlo.reduce(%267 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %270 = stablehlo.divide %267, %269 : tensor<1x4xf32>
    %271 = stablehlo.reduce(%270 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %273 = stablehlo.compare  EQ, %270, %272,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %274 = stablehlo.select %273, %98, %102 : tensor<1x4xi1>, tensor<1x4xi32>
    %275 = stablehlo.reduce(%274 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %277 = stablehlo.compare  EQ, %98, %276,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %278 = stablehlo.select %277, %107, %270 : tensor<1x4xi1>, tensor<1x4xf32>
    %279 = stablehlo.reduce(%278 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %281 = stablehlo.compare  EQ, %278, %280,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %282 = stablehlo.select %281, %98, %102 : tensor<1x4xi1>, tensor<1x4xi32>
    %283 = stablehlo.reduce(%282 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %285 = stablehlo.compare  EQ, %98, %284,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %286 = stablehlo.select %285, %107, %278 : tensor<1x4xi1>, tensor<1x4xf32>
    %287 = stablehlo.compare  GT, %275, %283,  SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %288 = stablehlo.select %287, %283, %275 : tensor<1xi1>, tensor<1xi32>
    %289 = stablehlo.select %287, %275, %283 : tensor<1xi1>, tensor<1xi32>
    %290 = stablehlo.select %287, %279, %271 : tensor<1xi1>, tensor<1xf32>
    %291 = stablehlo.select %287, %271, %279 : tensor<1xi1>, tensor<1xf32>
    %292 = stablehlo.slice %262 [0:1, 0:16] : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %293 = stablehlo.slice %288 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %294 = stablehlo.reshape %293 : (tensor<1xi32>) -> tensor<i32>
    %295 = stablehlo.slice %290 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %296 = "stablehlo.case"(%294) ({
      %297 = stablehlo.dot_general %292, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %298 = stablehlo.dot_general %292, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %299 = stablehlo.logistic %297 : tensor<1x16xf32>
      %300 = stablehlo.multiply %297, %299 : tensor<1x16xf32>
      %301 = stablehlo.multiply %300, %298 : tensor<1x16xf32>
      %302 = stablehlo.dot_general %301, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %302 : tensor<1x16xf32>
    }, {
      %303 = stablehlo.dot_general %292, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %304 = stablehlo.dot_general %292, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %305 = stablehlo.logistic %303 : tensor<1x16xf32>
      %306 = stablehlo.multiply %303, %305 : tensor<1x16xf32>
      %307 = stablehlo.multiply %306, %304 : tensor<1x16xf32>
      %308 = stablehlo.dot_general %307, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %308 : tensor<1x16xf32>
    }, {
      %309 = stablehlo.dot_general %292, %arg48, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %310 = stablehlo.dot_general %292, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %311 = stablehlo.logistic %309 : tensor<1x16xf32>
      %312 = stablehlo.multiply %309, %311 : tensor<1x16xf32>
      %313 = stablehlo.multiply %312, %310 : tensor<1x16xf32>
      %314 = stablehlo.dot_general %313, %arg50, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %314 : tensor<1x16xf32>
    }, {
      %315 = stablehlo.dot_general %292, %arg51, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %316 = stablehlo.dot_general %292, %arg52, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %317 = stablehlo.logistic %315 : tensor<1x16xf32>
      %318 = stablehlo.multiply %315, %317 : tensor<1x16xf32>
      %319 = stablehlo.multiply %318, %316 : tensor<1x16xf32>
      %320 = stablehlo.dot_general %319, %arg53, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %320 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %321 = stablehlo.broadcast_in_dim %295, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %322 = stablehlo.multiply %296, %321 : tensor<1x16xf32>
    %323 = stablehlo.add %89, %322 : tensor<1x16xf32>
    %324 = stablehlo.slice %289 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %325 = stablehlo.reshape %324 : (tensor<1xi32>) -> tensor<i32>
    %326 = stablehlo.slice %291 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %327 = "stablehlo.case"(%325) ({
      %328 = stablehlo.dot_general %292, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %329 = stablehlo.dot_general %292, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %330 = stablehlo.logistic %328 : tensor<1x16xf32>
      %331 = stablehlo.multiply %328, %330 : tensor<1x16xf32>
      %332 = stablehlo.multiply %331, %329 : tensor<1x16xf32>
      %333 = stablehlo.dot_general %332, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %333 : tensor<1x16xf32>
    }, {
      %334 = stablehlo.dot_general %292, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %335 = stablehlo.dot_general %292, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %336 = stablehlo.logistic %334 : tensor<1x16xf32>
      %337 = stablehlo.multiply %334, %336 : tensor<1x16xf32>
      %338 = stablehlo.multiply %337, %335 : tensor<1x16xf32>
      %339 = stablehlo.dot_general %338, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %339 : tensor<1x16xf32>
    }, {
      %340 = stablehlo.dot_general %292, %arg48, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %341 = stablehlo.dot_general %292, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %342 = stablehlo.logistic %340 : tensor<1x16xf32>
      %343 = stablehlo.multiply %340, %342 : tensor<1x16xf32>
      %344 = stablehlo.multiply %343, %341 : tensor<1x16xf32>
      %345 = stablehlo.dot_general %344, %arg50, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %345 : tensor<1x16xf32>
    }, {
      %346 = stablehlo.dot_general %292, %arg51, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %347 = stablehlo.dot_general %292, %arg52, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %348 = stablehlo.logistic %346 : tensor<1x16xf32>
      %349 = stablehlo.multiply %346, %348 : tensor<1x16xf32>
      %350 = stablehlo.multiply %349, %347 : tensor<1x16xf32>
      %351 = stablehlo.dot_general %350, %arg53, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %351 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %352 = stablehlo.broadcast_in_dim %326, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %353 = stablehlo.multiply %327, %352 : tensor<1x16xf32>
    %354 = stablehlo.add %323, %353 : tensor<1x16xf32>
    %355 = stablehlo.dot_general %262, %arg54, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %356 = stablehlo.dot_general %262, %arg55, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %357 = stablehlo.logistic %355 : tensor<1x32xf32>
    %358 = stablehlo.multiply %355, %357 : tensor<1x32xf32>
    %359 = stablehlo.multiply %358, %356 : tensor<1x32xf32>
    %360 = stablehlo.dot_general %359, %arg56, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %361 = stablehlo.dot_general %262, %arg57, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x1xf32>
    %362 = stablehlo.logistic %361 : tensor<1x1xf32>
    %363 = stablehlo.reshape %362 : (tensor<1x1xf32>) -> tensor<1xf32>
    %364 = stablehlo.broadcast_in_dim %363, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %365 = stablehlo.multiply %364, %360 : tensor<1x16xf32>
    %366 = stablehlo.add %354, %365 : tensor<1x16xf32>
    %367 = stablehlo.add %253, %366 : tensor<1x16xf32>
    %368 = stablehlo.multiply %367, %367 : tensor<1x16xf32>
    %369 = stablehlo.reduce(%368 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %370 = stablehlo.divide %369, %15 : tensor<1xf32>
    %371 = stablehlo.add %370, %17 : tensor<1xf32>
    %372 = stablehlo.rsqrt %371 : tensor<1xf32>
    %373 = stablehlo.broadcast_in_dim %372, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %374 = stablehlo.multiply %367, %373 : tensor<1x16xf32>
    %375 = stablehlo.broadcast_in_dim %arg58, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %376 = stablehlo.multiply %374, %375 : tensor<1x16xf32>
    %377 = stablehlo.dot_general %376, %arg59, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %378 = stablehlo.reshape %377 : (tensor<1x32xf32>) -> tensor<32xf32>
    %379 = stablehlo.iota dim = 0 : tensor<32xi32>
    %380:2 = stablehlo.reduce(%378 init: %cst_4), (%379 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg60: tensor<f32>, %arg62: tensor<f32>) (%arg61: tensor<i32>, %arg63: tensor<i32>)  {
      %381 = stablehlo.compare  GT, %arg60, %arg62,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %382 = stablehlo.compare  NE, %arg60, %arg60,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %383 = stablehlo.or %381, %382 : tensor<i1>
      %384 = stablehlo.compare  EQ, %arg60, %arg62,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %385 = stablehlo.compare  LT, %arg61, %arg63,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %386 = stablehlo.and %384, %385 : tensor<i1>
      %387 = stablehlo.or %383, %386 : tensor<i1>
      %388 = stablehlo.select %383, %arg60, %arg62 : tensor<i1>, tensor<f32>
      %389 = stablehlo.select %387, %arg61, %arg63 : tensor<i1>, tensor<i32>
      stablehlo.return %388, %389 : tensor<f32>, tensor<i32>
    }
    return %380#1, %234, %236 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
