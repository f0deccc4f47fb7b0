// emit arch=qwen3-moe-tiny graph=prefill precision=f32 capacity=64 chunk=32 quant=none
module @prefill {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg12: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg13: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg14: tensor<4x16xf32> loc("model.layers.0.mlp.gate.weight"), %arg15: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.gate_proj.weight"), %arg16: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.up_proj.weight"), %arg17: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.down_proj.weight"), %arg18: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.gate_proj.weight"), %arg19: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.up_proj.weight"), %arg20: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.down_proj.weight"), %arg21: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.gate_proj.weight"), %arg22: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.up_proj.weight"), %arg23: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.down_proj.weight"), %arg24: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.gate_proj.weight"), %arg25: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.up_proj.weight"), %arg26: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.down_proj.weight"), %arg27: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg28: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg29: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg30: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg31: tensor<8xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg32: tensor<8xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg33: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg34: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg35: tensor<4x16xf32> loc("model.layers.1.mlp.gate.weight"), %arg36: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.gate_proj.weight"), %arg37: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.up_proj.weight"), %arg38: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.down_proj.weight"), %arg39: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.gate_proj.weight"), %arg40: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.up_proj.weight"), %arg41: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.down_proj.weight"), %arg42: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.gate_proj.weight"), %arg43: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.up_proj.weight"), %arg44: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.down_proj.weight"), %arg45: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.gate_proj.weight"), %arg46: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.up_proj.weight"), %arg47: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.down_proj.weight"), %arg48: tensor<16xf32> loc("model.norm.weight"), %arg49: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
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
    %24 = stablehlo.dot_general %22, %arg8, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %25 = stablehlo.dot_general %22, %arg9, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %26 = stablehlo.reshape %23 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %27 = stablehlo.multiply %26, %26 : tensor<32x2x8xf32>
    %28 = stablehlo.reduce(%27 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<32x2x8xf32>, tensor<f32>) -> tensor<32x2xf32>
    %cst_3 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<32x2xf32>
    %30 = stablehlo.divide %28, %29 : tensor<32x2xf32>
    %31 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32x2xf32>
    %32 = stablehlo.add %30, %31 : tensor<32x2xf32>
    %33 = stablehlo.rsqrt %32 : tensor<32x2xf32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [0, 1] : (tensor<32x2xf32>) -> tensor<32x2x8xf32>
    %35 = stablehlo.multiply %26, %34 : tensor<32x2x8xf32>
    %36 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<8xf32>) -> tensor<32x2x8xf32>
    %37 = stablehlo.multiply %35, %36 : tensor<32x2x8xf32>
    %38 = stablehlo.slice %37 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %39 = stablehlo.slice %37 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %40 = stablehlo.negate %39 : tensor<32x2x4xf32>
    %41 = stablehlo.concatenate %40, %38, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %42 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %43 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %44 = stablehlo.multiply %37, %42 : tensor<32x2x8xf32>
    %45 = stablehlo.multiply %41, %43 : tensor<32x2x8xf32>
    %46 = stablehlo.add %44, %45 : tensor<32x2x8xf32>
    %47 = stablehlo.reshape %24 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %48 = stablehlo.multiply %47, %47 : tensor<32x1x8xf32>
    %49 = stablehlo.reduce(%48 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<32x1x8xf32>, tensor<f32>) -> tensor<32x1xf32>
    %50 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<32x1xf32>
    %51 = stablehlo.divide %49, %50 : tensor<32x1xf32>
    %52 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32x1xf32>
    %53 = stablehlo.add %51, %52 : tensor<32x1xf32>
    %54 = stablehlo.rsqrt %53 : tensor<32x1xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [0, 1] : (tensor<32x1xf32>) -> tensor<32x1x8xf32>
    %56 = stablehlo.multiply %47, %55 : tensor<32x1x8xf32>
    %57 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<8xf32>) -> tensor<32x1x8xf32>
    %58 = stablehlo.multiply %56, %57 : tensor<32x1x8xf32>
    %59 = stablehlo.slice %58 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %60 = stablehlo.slice %58 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %61 = stablehlo.negate %60 : tensor<32x1x4xf32>
    %62 = stablehlo.concatenate %61, %59, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %63 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %64 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %65 = stablehlo.multiply %58, %63 : tensor<32x1x8xf32>
    %66 = stablehlo.multiply %62, %64 : tensor<32x1x8xf32>
    %67 = stablehlo.add %65, %66 : tensor<32x1x8xf32>
    %68 = stablehlo.reshape %25 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %69 = stablehlo.reshape %67 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %70 = stablehlo.dynamic_update_slice %arg3, %69, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %71 = stablehlo.reshape %68 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %72 = stablehlo.dynamic_update_slice %arg4, %71, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %73 = stablehlo.slice %70 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %74 = stablehlo.slice %72 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %75 = stablehlo.reshape %46 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %76 = stablehlo.reshape %73 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %77 = stablehlo.reshape %74 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %78 = stablehlo.dot_general %75, %76, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %cst_4 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %80 = stablehlo.multiply %78, %79 : tensor<1x32x2x64xf32>
    %81 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<1x32x2x64xi32>
    %82 = stablehlo.iota dim = 3 : tensor<1x32x2x64xi32>
    %83 = stablehlo.compare  LE, %82, %81,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %85 = stablehlo.select %83, %80, %84 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %86 = stablehlo.reduce(%85 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %88 = stablehlo.subtract %85, %87 : tensor<1x32x2x64xf32>
    %89 = stablehlo.exponential %88 : tensor<1x32x2x64xf32>
    %90 = stablehlo.reduce(%89 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %92 = stablehlo.divide %89, %91 : tensor<1x32x2x64xf32>
    %93 = stablehlo.dot_general %92, %77, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %94 = stablehlo.transpose %93, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %95 = stablehlo.reshape %94 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %96 = stablehlo.dot_general %95, %arg12, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %97 = stablehlo.add %11, %96 : tensor<32x16xf32>
    %98 = stablehlo.multiply %97, %97 : tensor<32x16xf32>
    %99 = stablehlo.reduce(%98 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %100 = stablehlo.divide %99, %14 : tensor<32xf32>
    %101 = stablehlo.add %100, %16 : tensor<32xf32>
    %102 = stablehlo.rsqrt %101 : tensor<32xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %104 = stablehlo.multiply %97, %103 : tensor<32x16xf32>
    %105 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %106 = stablehlo.multiply %104, %105 : tensor<32x16xf32>
    %107 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<32x16xf32>
    %108 = stablehlo.dot_general %106, %arg14, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<4x16xf32>) -> tensor<32x4xf32>
    %109 = stablehlo.reduce(%108 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %111 = stablehlo.subtract %108, %110 : tensor<32x4xf32>
    %112 = stablehlo.exponential %111 : tensor<32x4xf32>
    %113 = stablehlo.reduce(%112 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %115 = stablehlo.divide %112, %114 : tensor<32x4xf32>
    %116 = stablehlo.iota dim = 1 : tensor<32x4xi32>
    %117 = stablehlo.reduce(%115 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %119 = stablehlo.compare  EQ, %115, %118,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %120 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<32x4xi32>
    %121 = stablehlo.select %119, %116, %120 : tensor<32x4xi1>, tensor<32x4xi32>
    %122 = stablehlo.reduce(%121 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %124 = stablehlo.compare  EQ, %116, %123,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %125 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<32x4xf32>
    %126 = stablehlo.select %124, %125, %115 : tensor<32x4xi1>, tensor<32x4xf32>
    %127 = stablehlo.reduce(%126 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %129 = stablehlo.compare  EQ, %126, %128,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %130 = stablehlo.select %129, %116, %120 : tensor<32x4xi1>, tensor<32x4xi32>
    %131 = stablehlo.reduce(%130 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %133 = stablehlo.compare  EQ, %116, %132,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %134 = stablehlo.select %133, %125, %126 : tensor<32x4xi1>, tensor<32x4xf32>
    %135 = stablehlo.add %117, %127 : tensor<32xf32>
    %136 = stablehlo.divide %117, %135 : tensor<32xf32>
    %137 = stablehlo.divide %127, %135 : tensor<32xf32>
    %138 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<32x4xf32>
    %139 = stablehlo.broadcast_in_dim %136, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %140 = stablehlo.select %124, %139, %138 : tensor<32x4xi1>, tensor<32x4xf32>
    %141 = stablehlo.broadcast_in_dim %137, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %142 = stablehlo.select %133, %141, %140 : tensor<32x4xi1>, tensor<32x4xf32>
    %143 = stablehlo.dot_general %106, %arg15, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %144 = stablehlo.dot_general %106, %arg16, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %145 = stablehlo.logistic %143 : tensor<32x16xf32>
    %146 = stablehlo.multiply %143, %145 : tensor<32x16xf32>
    %147 = stablehlo.multiply %146, %144 : tensor<32x16xf32>
    %148 = stablehlo.dot_general %147, %arg17, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %149 = stablehlo.slice %142 [0:32, 0:1] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %150 = stablehlo.reshape %149 : (tensor<32x1xf32>) -> tensor<32xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %152 = stablehlo.multiply %148, %151 : tensor<32x16xf32>
    %153 = stablehlo.add %107, %152 : tensor<32x16xf32>
    %154 = stablehlo.dot_general %106, %arg18, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %155 = stablehlo.dot_general %106, %arg19, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %156 = stablehlo.logistic %154 : tensor<32x16xf32>
    %157 = stablehlo.multiply %154, %156 : tensor<32x16xf32>
    %158 = stablehlo.multiply %157, %155 : tensor<32x16xf32>
    %159 = stablehlo.dot_general %158, %arg20, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %160 = stablehlo.slice %142 [0:32, 1:2] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %161 = stablehlo.reshape %160 : (tensor<32x1xf32>) -> tensor<32xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %163 = stablehlo.multiply %159, %162 : tensor<32x16xf32>
    %164 = stablehlo.add %153, %163 : tensor<32x16xf32>
    %165 = stablehlo.dot_general %106, %arg21, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %166 = stablehlo.dot_general %106, %arg22, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %167 = stablehlo.logistic %165 : tensor<32x16xf32>
    %168 = stablehlo.multiply %165, %167 : tensor<32x16xf32>
    %169 = stablehlo.multiply %168, %166 : tensor<32x16xf32>
    %170 = stablehlo.dot_general %169, %arg23, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %171 = stablehlo.slice %142 [0:32, 2:3] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %172 = stablehlo.reshape %171 : (tensor<32x1xf32>) -> tensor<32xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %174 = stablehlo.multiply %170, %173 : tensor<32x16xf32>
    %175 = stablehlo.add %164, %174 : tensor<32x16xf32>
    %176 = stablehlo.dot_general %106, %arg24, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %177 = stablehlo.dot_general %106, %arg25, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %178 = stablehlo.logistic %176 : tensor<32x16xf32>
    %179 = stablehlo.multiply %176, %178 : tensor<32x16xf32>
    %180 = stablehlo.multiply %179, %177 : tensor<32x16xf32>
    %181 = stablehlo.dot_general %180, %arg26, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %182 = stablehlo.slice %142 [0:32, 3:4] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %183 = stablehlo.reshape %182 : (tensor<32x1xf32>) -> tensor<32xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %185 = stablehlo.multiply %181, %184 : tensor<32x16xf32>
    %186 = stablehlo.add %175, %185 : tensor<32x16xf32>
    %187 = stablehlo.add %97, %186 : tensor<32x16xf32>
    %188 = stablehlo.multiply %187, %187 : tensor<32x16xf32>
    %189 = stablehlo.reduce(%188 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %190 = stablehlo.divide %189, %14 : tensor<32xf32>
    %191 = stablehlo.add %190, %16 : tensor<32xf32>
    %192 = stablehlo.rsqrt %191 : tensor<32xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %194 = stablehlo.multiply %187, %193 : tensor<32x16xf32>
    %195 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %196 = stablehlo.multiply %194, %195 : tensor<32x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %197 = stablehlo.dot_general %196, %arg28, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %198 = stablehlo.dot_general %196, %arg29, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %199 = stablehlo.dot_general %196, %arg30, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %200 = stablehlo.reshape %197 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %201 = stablehlo.multiply %200, %200 : tensor<32x2x8xf32>
    %202 = stablehlo.reduce(%201 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<32x2x8xf32>, tensor<f32>) -> tensor<32x2xf32>
    %203 = stablehlo.divide %202, %29 : tensor<32x2xf32>
    %204 = stablehlo.add %203, %31 : tensor<32x2xf32>
    %205 = stablehlo.rsqrt %204 : tensor<32x2xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [0, 1] : (tensor<32x2xf32>) -> tensor<32x2x8xf32>
    %207 = stablehlo.multiply %200, %206 : tensor<32x2x8xf32>
    %208 = stablehlo.broadcast_in_dim %arg31, dims = [2] : (tensor<8xf32>) -> tensor<32x2x8xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<32x2x8xf32>
    %210 = stablehlo.slice %209 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %211 = stablehlo.slice %209 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %212 = stablehlo.negate %211 : tensor<32x2x4xf32>
    %213 = stablehlo.concatenate %212, %210, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %214 = stablehlo.multiply %209, %42 : tensor<32x2x8xf32>
    %215 = stablehlo.multiply %213, %43 : tensor<32x2x8xf32>
    %216 = stablehlo.add %214, %215 : tensor<32x2x8xf32>
    %217 = stablehlo.reshape %198 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %218 = stablehlo.multiply %217, %217 : tensor<32x1x8xf32>
    %219 = stablehlo.reduce(%218 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<32x1x8xf32>, tensor<f32>) -> tensor<32x1xf32>
    %220 = stablehlo.divide %219, %50 : tensor<32x1xf32>
    %221 = stablehlo.add %220, %52 : tensor<32x1xf32>
    %222 = stablehlo.rsqrt %221 : tensor<32x1xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1] : (tensor<32x1xf32>) -> tensor<32x1x8xf32>
    %224 = stablehlo.multiply %217, %223 : tensor<32x1x8xf32>
    %225 = stablehlo.broadcast_in_dim %arg32, dims = [2] : (tensor<8xf32>) -> tensor<32x1x8xf32>
    %226 = stablehlo.multiply %224, %225 : tensor<32x1x8xf32>
    %227 = stablehlo.slice %226 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %228 = stablehlo.slice %226 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %229 = stablehlo.negate %228 : tensor<32x1x4xf32>
    %230 = stablehlo.concatenate %229, %227, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %231 = stablehlo.multiply %226, %63 : tensor<32x1x8xf32>
    %232 = stablehlo.multiply %230, %64 : tensor<32x1x8xf32>
    %233 = stablehlo.add %231, %232 : tensor<32x1x8xf32>
    %234 = stablehlo.reshape %199 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %235 = stablehlo.reshape %233 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %236 = stablehlo.dynamic_update_slice %70, %235, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %237 = stablehlo.reshape %234 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %238 = stablehlo.dynamic_update_slice %72, %237, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %239 = stablehlo.slice %236 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %240 = stablehlo.slice %238 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %241 = stablehlo.reshape %216 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %242 = stablehlo.reshape %239 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %243 = stablehlo.reshape %240 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %244 = stablehlo.dot_general %241, %242, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %245 = stablehlo.multiply %244, %79 : tensor<1x32x2x64xf32>
    %246 = stablehlo.select %83, %245, %84 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %247 = stablehlo.reduce(%246 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %249 = stablehlo.subtract %246, %248 : tensor<1x32x2x64xf32>
    %250 = stablehlo.exponential %249 : tensor<1x32x2x64xf32>
    %251 = stablehlo.reduce(%250 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %253 = stablehlo.divide %250, %252 : tensor<1x32x2x64xf32>
    %254 = stablehlo.dot_general %253, %243, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %255 = stablehlo.transpose %254, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %256 = stablehlo.reshape %255 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %257 = stablehlo.dot_general %256, %arg33, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %258 = stablehlo.add %187, %257 : tensor<32x16xf32>
    %259 = stablehlo.multiply %258, %258 : tensor<32x16xf32>
    %260 = stablehlo.reduce(%259 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %261 = stablehlo.divide %260, %14 : tensor<32xf32>
    %262 = stablehlo.add %261, %16 : tensor<32xf32>
    %263 = stablehlo.rsqrt %262 : tensor<32xf32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %265 = stablehlo.multiply %258, %264 : tensor<32x16xf32>
    %266 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %267 = stablehlo.multiply %265, %266 : tensor<32x16xf32>
    %268 = stablehlo.dot_general %267, %arg35, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<4x16xf32>) -> tensor<32x4xf32>
    %269 = stablehlo.reduce(%268 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %271 = stablehlo.subtract %268, %270 : tensor<32x4xf32>
    %272 = stablehlo.exponential %271 : tensor<32x4xf32>
    %273 = stablehlo.reduce(%272 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %275 = stablehlo.divide %272, %274 : tensor<32x4xf32>
    %276 = stablehlo.reduce(%275 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %278 = stablehlo.compare  EQ, %275, %277,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %279 = stablehlo.select %278, %116, %120 : tensor<32x4xi1>, tensor<32x4xi32>
    %280 = stablehlo.reduce(%279 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %282 = stablehlo.compare  EQ, %116, %281,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %283 = stablehlo.select %282, %125, %275 : tensor<32x4xi1>, tensor<32x4xf32>
    %284 = stablehlo.reduce(%283 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %286 = stablehlo.compare  EQ, %283, %285,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %287 = stablehlo.select %286, %116, %120 : tensor<32x4xi1>, tensor<32x4xi32>
    %288 = stablehlo.reduce(%287 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %290 = stablehlo.compare  EQ, %116, %289,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %291 = stablehlo.select %290, %125, %283 : tensor<32x4xi1>, tensor<32x4xf32>
    %292 = stablehlo.add %276, %284 : tensor<32xf32>
    %293 = stablehlo.divide %276, %292 : tensor<32xf32>
    %294 = stablehlo.divide %284, %292 : tensor<32xf32>
    %295 = stablehlo.broadcast_in_dim %293, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %296 = stablehlo.select %282, %295, %138 : tensor<32x4xi1>, tensor<32x4xf32>
    %297 = stablehlo.broadcast_in_dim %294, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %298 = stablehlo.select %290, %297, %296 : tensor<32x4xi1>, tensor<32x4xf32>
    %299 = stablehlo.dot_general %267, %arg36, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %300 = stablehlo.dot_general %267, %arg37, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %301 = stablehlo.logistic %299 : tensor<32x16xf32>
    %302 = stablehlo.multiply %299, %301 : tensor<32x16xf32>
    %303 = stablehlo.multiply %302, %300 : tensor<32x16xf32>
    %304 = stablehlo.dot_general %303, %arg38, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %305 = stablehlo.slice %298 [0:32, 0:1] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %306 = stablehlo.reshape %305 : (tensor<32x1xf32>) -> tensor<32xf32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %308 = stablehlo.multiply %304, %307 : tensor<32x16xf32>
    %309 = stablehlo.add %107, %308 : tensor<32x16xf32>
    %310 = stablehlo.dot_general %267, %arg39, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %311 = stablehlo.dot_general %267, %arg40, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %312 = stablehlo.logistic %310 : tensor<32x16xf32>
    %313 = stablehlo.multiply %310, %312 : tensor<32x16xf32>
    %314 = stablehlo.multiply %313, %311 : tensor<32x16xf32>
    %315 = stablehlo.dot_general %314, %arg41, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %316 = stablehlo.slice %298 [0:32, 1:2] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %317 = stablehlo.reshape %316 : (tensor<32x1xf32>) -> tensor<32xf32>
    %318 = stablehlo.broadcast_in_dim %317, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %319 = stablehlo.multiply %315, %318 : tensor<32x16xf32>
    %320 = stablehlo.add %309, %319 : tensor<32x16xf32>
    %321 = stablehlo.dot_general %267, %arg42, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %322 = stablehlo.dot_general %267, %arg43, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %323 = stablehlo.logistic %321 : tensor<32x16xf32>
    %324 = stablehlo.multiply %321, %323 : tensor<32x16xf32>
    %325 = stablehlo.multiply %324, %322 : tensor<32x16xf32>
    %326 = stablehlo.dot_general %325, %arg44, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %327 = stablehlo.slice %298 [0:32, 2:3] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %328 = stablehlo.reshape %327 : (tensor<32x1xf32>) -> tensor<32xf32>
    %329 = stablehlo.broadcast_in_dim %328, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %330 = stablehlo.multiply %326, %329 : tensor<32x16xf32>
    %331 = stablehlo.add %320, %330 : tensor<32x16xf32>
    %332 = stablehlo.dot_general %267, %arg45, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %333 = stablehlo.dot_general %267, %arg46, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %334 = stablehlo.logistic %332 : tensor<32x16xf32>
    %335 = stablehlo.multiply %332, %334 : tensor<32x16xf32>
    %336 = stablehlo.multiply %335, %333 : tensor<32x16xf32>
    %337 = stablehlo.dot_general %336, %arg47, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %338 = stablehlo.slice %298 [0:32, 3:4] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %339 = stablehlo.reshape %338 : (tensor<32x1xf32>) -> tensor<32xf32>
    %340 = stablehlo.broadcast_in_dim %339, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %341 = stablehlo.multiply %337, %340 : tensor<32x16xf32>
    %342 = stablehlo.add %331, %341 : tensor<32x16xf32>
    %343 = stablehlo.add %258, %342 : tensor<32x16xf32>
    %344 = stablehlo.subtract %arg2, %c_1 : tensor<i32>
    %345 = stablehlo.dynamic_slice %343, %344, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %346 = stablehlo.multiply %345, %345 : tensor<1x16xf32>
    %347 = stablehlo.reduce(%346 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %348 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %349 = stablehlo.divide %347, %348 : tensor<1xf32>
    %350 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %351 = stablehlo.add %349, %350 : tensor<1xf32>
    %352 = stablehlo.rsqrt %351 : tensor<1xf32>
    %353 = stablehlo.broadcast_in_dim %352, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %354 = stablehlo.multiply %345, %353 : tensor<1x16xf32>
    %355 = stablehlo.broadcast_in_dim %arg48, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %356 = stablehlo.multiply %354, %355 : tensor<1x16xf32>
    %357 = stablehlo.dot_general %356, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %358 = stablehlo.reshape %357 : (tensor<1x32xf32>) -> tensor<32xf32>
    %359 = stablehlo.iota dim = 0 : tensor<32xi32>
    %360:2 = stablehlo.reduce(%358 init: %cst_5), (%359 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg50: tensor<f32>, %arg52: tensor<f32>) (%arg51: tensor<i32>, %arg53: tensor<i32>)  {
      %361 = stablehlo.compare  GT, %arg50, %arg52,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %362 = stablehlo.compare  NE, %arg50, %arg50,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %363 = stablehlo.or %361, %362 : tensor<i1>
      %364 = stablehlo.compare  EQ, %arg50, %arg52,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %365 = stablehlo.compare  LT, %arg51, %arg53,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %366 = stablehlo.and %364, %365 : tensor<i1>
      %367 = stablehlo.or %363, %366 : tensor<i1>
      %368 = stablehlo.select %363, %arg50, %arg52 : tensor<i1>, tensor<f32>
      %369 = stablehlo.select %367, %arg51, %arg53 : tensor<i1>, tensor<i32>
      stablehlo.return %368, %369 : tensor<f32>, tensor<i32>
    }
    return %360#1, %236, %238 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
