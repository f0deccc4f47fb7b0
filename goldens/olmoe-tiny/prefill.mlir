// emit arch=olmoe-tiny graph=prefill precision=f32 capacity=64 chunk=32 quant=none
module @prefill {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x2x8xf32> loc("kcache"), %arg4: tensor<2x64x2x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<16x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<16x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg11: tensor<16xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg12: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg13: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg14: tensor<4x16xf32> loc("model.layers.0.mlp.gate.weight"), %arg15: tensor<32x16xf32> loc("model.layers.0.mlp.experts.0.gate_proj.weight"), %arg16: tensor<32x16xf32> loc("model.layers.0.mlp.experts.0.up_proj.weight"), %arg17: tensor<16x32xf32> loc("model.layers.0.mlp.experts.0.down_proj.weight"), %arg18: tensor<32x16xf32> loc("model.layers.0.mlp.experts.1.gate_proj.weight"), %arg19: tensor<32x16xf32> loc("model.layers.0.mlp.experts.1.up_proj.weight"), %arg20: tensor<16x32xf32> loc("model.layers.0.mlp.experts.1.down_proj.weight"), %arg21: tensor<32x16xf32> loc("model.layers.0.mlp.experts.2.gate_proj.weight"), %arg22: tensor<32x16xf32> loc("model.layers.0.mlp.experts.2.up_proj.weight"), %arg23: tensor<16x32xf32> loc("model.layers.0.mlp.experts.2.down_proj.weight"), %arg24: tensor<32x16xf32> loc("model.layers.0.mlp.experts.3.gate_proj.weight"), %arg25: tensor<32x16xf32> loc("model.layers.0.mlp.experts.3.up_proj.weight"), %arg26: tensor<16x32xf32> loc("model.layers.0.mlp.experts.3.down_proj.weight"), %arg27: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg28: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg29: tensor<16x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg30: tensor<16x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg31: tensor<16xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg32: tensor<16xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg33: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg34: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg35: tensor<4x16xf32> loc("model.layers.1.mlp.gate.weight"), %arg36: tensor<32x16xf32> loc("model.layers.1.mlp.experts.0.gate_proj.weight"), %arg37: tensor<32x16xf32> loc("model.layers.1.mlp.experts.0.up_proj.weight"), %arg38: tensor<16x32xf32> loc("model.layers.1.mlp.experts.0.down_proj.weight"), %arg39: tensor<32x16xf32> loc("model.layers.1.mlp.experts.1.gate_proj.weight"), %arg40: tensor<32x16xf32> loc("model.layers.1.mlp.experts.1.up_proj.weight"), %arg41: tensor<16x32xf32> loc("model.layers.1.mlp.experts.1.down_proj.weight"), %arg42: tensor<32x16xf32> loc("model.layers.1.mlp.experts.2.gate_proj.weight"), %arg43: tensor<32x16xf32> loc("model.layers.1.mlp.experts.2.up_proj.weight"), %arg44: tensor<16x32xf32> loc("model.layers.1.mlp.experts.2.down_proj.weight"), %arg45: tensor<32x16xf32> loc("model.layers.1.mlp.experts.3.gate_proj.weight"), %arg46: tensor<32x16xf32> loc("model.layers.1.mlp.experts.3.up_proj.weight"), %arg47: tensor<16x32xf32> loc("model.layers.1.mlp.experts.3.down_proj.weight"), %arg48: tensor<16xf32> loc("model.norm.weight"), %arg49: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<i32>, tensor<2x64x2x8xf32>, tensor<2x64x2x8xf32>) {
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
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %17 = stablehlo.add %15, %16 : tensor<32xf32>
    %18 = stablehlo.rsqrt %17 : tensor<32xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %20 = stablehlo.multiply %11, %19 : tensor<32x16xf32>
    %21 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %22 = stablehlo.multiply %20, %21 : tensor<32x16xf32>
    %23 = stablehlo.dot_general %22, %arg7, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %24 = stablehlo.dot_general %22, %arg8, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %25 = stablehlo.dot_general %22, %arg9, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %26 = stablehlo.multiply %23, %23 : tensor<32x16xf32>
    %27 = stablehlo.reduce(%26 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %28 = stablehlo.divide %27, %14 : tensor<32xf32>
    %29 = stablehlo.add %28, %16 : tensor<32xf32>
    %30 = stablehlo.rsqrt %29 : tensor<32xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %32 = stablehlo.multiply %23, %31 : tensor<32x16xf32>
    %33 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %34 = stablehlo.multiply %32, %33 : tensor<32x16xf32>
    %35 = stablehlo.reshape %34 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %36 = stablehlo.slice %35 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %37 = stablehlo.slice %35 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %38 = stablehlo.negate %37 : tensor<32x2x4xf32>
    %39 = stablehlo.concatenate %38, %36, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %40 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %41 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %42 = stablehlo.multiply %35, %40 : tensor<32x2x8xf32>
    %43 = stablehlo.multiply %39, %41 : tensor<32x2x8xf32>
    %44 = stablehlo.add %42, %43 : tensor<32x2x8xf32>
    %45 = stablehlo.multiply %24, %24 : tensor<32x16xf32>
    %46 = stablehlo.reduce(%45 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %47 = stablehlo.divide %46, %14 : tensor<32xf32>
    %48 = stablehlo.add %47, %16 : tensor<32xf32>
    %49 = stablehlo.rsqrt %48 : tensor<32xf32>
    %50 = stablehlo.broadcast_in_dim %49, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %51 = stablehlo.multiply %24, %50 : tensor<32x16xf32>
    %52 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %53 = stablehlo.multiply %51, %52 : tensor<32x16xf32>
    %54 = stablehlo.reshape %53 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %55 = stablehlo.slice %54 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %56 = stablehlo.slice %54 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %57 = stablehlo.negate %56 : tensor<32x2x4xf32>
    %58 = stablehlo.concatenate %57, %55, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %59 = stablehlo.multiply %54, %40 : tensor<32x2x8xf32>
    %60 = stablehlo.multiply %58, %41 : tensor<32x2x8xf32>
    %61 = stablehlo.add %59, %60 : tensor<32x2x8xf32>
    %62 = stablehlo.reshape %25 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %63 = stablehlo.reshape %61 : (tensor<32x2x8xf32>) -> tensor<1x32x2x8xf32>
    %64 = stablehlo.dynamic_update_slice %arg3, %63, %c, %1, %c, %c : (tensor<2x64x2x8xf32>, tensor<1x32x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x2x8xf32>
    %65 = stablehlo.reshape %62 : (tensor<32x2x8xf32>) -> tensor<1x32x2x8xf32>
    %66 = stablehlo.dynamic_update_slice %arg4, %65, %c, %1, %c, %c : (tensor<2x64x2x8xf32>, tensor<1x32x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x2x8xf32>
    %67 = stablehlo.slice %64 [0:1, 0:64, 0:2, 0:8] : (tensor<2x64x2x8xf32>) -> tensor<1x64x2x8xf32>
    %68 = stablehlo.slice %66 [0:1, 0:64, 0:2, 0:8] : (tensor<2x64x2x8xf32>) -> tensor<1x64x2x8xf32>
    %69 = stablehlo.reshape %44 : (tensor<32x2x8xf32>) -> tensor<32x2x1x8xf32>
    %70 = stablehlo.reshape %67 : (tensor<1x64x2x8xf32>) -> tensor<64x2x8xf32>
    %71 = stablehlo.reshape %68 : (tensor<1x64x2x8xf32>) -> tensor<64x2x8xf32>
    %72 = stablehlo.dot_general %69, %70, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x1x8xf32>, tensor<64x2x8xf32>) -> tensor<2x32x1x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<2x32x1x64xf32>
    %74 = stablehlo.multiply %72, %73 : tensor<2x32x1x64xf32>
    %75 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<2x32x1x64xi32>
    %76 = stablehlo.iota dim = 3 : tensor<2x32x1x64xi32>
    %77 = stablehlo.compare  LE, %76, %75,  SIGNED : (tensor<2x32x1x64xi32>, tensor<2x32x1x64xi32>) -> tensor<2x32x1x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x32x1x64xf32>
    %79 = stablehlo.select %77, %74, %78 : tensor<2x32x1x64xi1>, tensor<2x32x1x64xf32>
    %80 = stablehlo.reduce(%79 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x1x64xf32>, tensor<f32>) -> tensor<2x32x1xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2] : (tensor<2x32x1xf32>) -> tensor<2x32x1x64xf32>
    %82 = stablehlo.subtract %79, %81 : tensor<2x32x1x64xf32>
    %83 = stablehlo.exponential %82 : tensor<2x32x1x64xf32>
    %84 = stablehlo.reduce(%83 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x1x64xf32>, tensor<f32>) -> tensor<2x32x1xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2] : (tensor<2x32x1xf32>) -> tensor<2x32x1x64xf32>
    %86 = stablehlo.divide %83, %85 : tensor<2x32x1x64xf32>
    %87 = stablehlo.dot_general %86, %71, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x1x64xf32>, tensor<64x2x8xf32>) -> tensor<2x32x1x8xf32>
    %88 = stablehlo.transpose %87, dims = [1, 0, 2, 3] : (tensor<2x32x1x8xf32>) -> tensor<32x2x1x8xf32>
    %89 = stablehlo.reshape %88 : (tensor<32x2x1x8xf32>) -> tensor<32x16xf32>
    %90 = stablehlo.dot_general %89, %arg12, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %91 = stablehlo.add %11, %90 : tensor<32x16xf32>
    %92 = stablehlo.multiply %91, %91 : tensor<32x16xf32>
    %93 = stablehlo.reduce(%92 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %94 = stablehlo.divide %93, %14 : tensor<32xf32>
    %95 = stablehlo.add %94, %16 : tensor<32xf32>
    %96 = stablehlo.rsqrt %95 : tensor<32xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %98 = stablehlo.multiply %91, %97 : tensor<32x16xf32>
    %99 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %100 = stablehlo.multiply %98, %99 : tensor<32x16xf32>
    %101 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<32x16xf32>
    %102 = stablehlo.dot_general %100, %arg14, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<4x16xf32>) -> tensor<32x4xf32>
    %103 = stablehlo.reduce(%102 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %105 = stablehlo.subtract %102, %104 : tensor<32x4xf32>
    %106 = stablehlo.exponential %105 : tensor<32x4xf32>
    %107 = stablehlo.reduce(%106 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %109 = stablehlo.divide %106, %108 : tensor<32x4xf32>
    %110 = stablehlo.iota dim = 1 : tensor<32x4xi32>
    %111 = stablehlo.reduce(%109 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %113 = stablehlo.compare  EQ, %109, %112,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %114 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<32x4xi32>
    %115 = stablehlo.select %113, %110, %114 : tensor<32x4xi1>, tensor<32x4xi32>
    %116 = stablehlo.reduce(%115 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %118 = stablehlo.compare  EQ, %110, %117,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %119 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<32x4xf32>
    %120 = stablehlo.select %118, %119, %109 : tensor<32x4xi1>, tensor<32x4xf32>
    %121 = stablehlo.reduce(%120 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %123 = stablehlo.compare  EQ, %120, %122,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %124 = stablehlo.select %123, %110, %114 : tensor<32x4xi1>, tensor<32x4xi32>
    %125 = stablehlo.reduce(%124 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %127 = stablehlo.compare  EQ, %110, %126,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %128 = stablehlo.select %127, %119, %120 : tensor<32x4xi1>, tensor<32x4xf32>
    %129 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<32x4xf32>
    %130 = stablehlo.select %118, %112, %129 : tensor<32x4xi1>, tensor<32x4xf32>
    %131 = stablehlo.select %127, %122, %130 : tensor<32x4xi1>, tensor<32x4xf32>
    %132 = stablehlo.dot_general %100, %arg15, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %133 = stablehlo.dot_general %100, %arg16, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %134 = stablehlo.logistic %132 : tensor<32x32xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<32x32xf32>
    %136 = stablehlo.multiply %135, %133 : tensor<32x32xf32>
    %137 = stablehlo.dot_general %136, %arg17, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %138 = stablehlo.slice %131 [0:32, 0:1] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %139 = stablehlo.reshape %138 : (tensor<32x1xf32>) -> tensor<32xf32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %141 = stablehlo.multiply %137, %140 : tensor<32x16xf32>
    %142 = stablehlo.add %101, %141 : tensor<32x16xf32>
    %143 = stablehlo.dot_general %100, %arg18, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %144 = stablehlo.dot_general %100, %arg19, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %145 = stablehlo.logistic %143 : tensor<32x32xf32>
    %146 = stablehlo.multiply %143, %145 : tensor<32x32xf32>
    %147 = stablehlo.multiply %146, %144 : tensor<32x32xf32>
    %148 = stablehlo.dot_general %147, %arg20, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %149 = stablehlo.slice %131 [0:32, 1:2] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %150 = stablehlo.reshape %149 : (tensor<32x1xf32>) -> tensor<32xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %152 = stablehlo.multiply %148, %151 : tensor<32x16xf32>
    %153 = stablehlo.add %142, %152 : tensor<32x16xf32>
    %154 = stablehlo.dot_general %100, %arg21, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %155 = stablehlo.dot_general %100, %arg22, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %156 = stablehlo.logistic %154 : tensor<32x32xf32>
    %157 = stablehlo.multiply %154, %156 : tensor<32x32xf32>
    %158 = stablehlo.multiply %157, %155 : tensor<32x32xf32>
    %159 = stablehlo.dot_general %158, %arg23, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %160 = stablehlo.slice %131 [0:32, 2:3] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %161 = stablehlo.reshape %160 : (tensor<32x1xf32>) -> tensor<32xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %163 = stablehlo.multiply %159, %162 : tensor<32x16xf32>
    %164 = stablehlo.add %153, %163 : tensor<32x16xf32>
    %165 = stablehlo.dot_general %100, %arg24, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %166 = stablehlo.dot_general %100, %arg25, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %167 = stablehlo.logistic %165 : tensor<32x32xf32>
    %168 = stablehlo.multiply %165, %167 : tensor<32x32xf32>
    %169 = stablehlo.multiply %168, %166 : tensor<32x32xf32>
    %170 = stablehlo.dot_general %169, %arg26, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %171 = stablehlo.slice %131 [0:32, 3:4] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %172 = stablehlo.reshape %171 : (tensor<32x1xf32>) -> tensor<32xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %174 = stablehlo.multiply %170, %173 : tensor<32x16xf32>
    %175 = stablehlo.add %164, %174 : tensor<32x16xf32>
    %176 = stablehlo.add %91, %175 : tensor<32x16xf32>
    %177 = stablehlo.multiply %176, %176 : tensor<32x16xf32>
    %178 = stablehlo.reduce(%177 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %179 = stablehlo.divide %178, %14 : tensor<32xf32>
    %180 = stablehlo.add %179, %16 : tensor<32xf32>
    %181 = stablehlo.rsqrt %180 : tensor<32xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %183 = stablehlo.multiply %176, %182 : tensor<32x16xf32>
    %184 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %185 = stablehlo.multiply %183, %184 : tensor<32x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %186 = stablehlo.dot_general %185, %arg28, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %187 = stablehlo.dot_general %185, %arg29, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %188 = stablehlo.dot_general %185, %arg30, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %189 = stablehlo.multiply %186, %186 : tensor<32x16xf32>
    %190 = stablehlo.reduce(%189 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %191 = stablehlo.divide %190, %14 : tensor<32xf32>
    %192 = stablehlo.add %191, %16 : tensor<32xf32>
    %193 = stablehlo.rsqrt %192 : tensor<32xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %195 = stablehlo.multiply %186, %194 : tensor<32x16xf32>
    %196 = stablehlo.broadcast_in_dim %arg31, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %197 = stablehlo.multiply %195, %196 : tensor<32x16xf32>
    %198 = stablehlo.reshape %197 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %199 = stablehlo.slice %198 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %200 = stablehlo.slice %198 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %201 = stablehlo.negate %200 : tensor<32x2x4xf32>
    %202 = stablehlo.concatenate %201, %199, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %203 = stablehlo.multiply %198, %40 : tensor<32x2x8xf32>
    %204 = stablehlo.multiply %202, %41 : tensor<32x2x8xf32>
    %205 = stablehlo.add %203, %204 : tensor<32x2x8xf32>
    %206 = stablehlo.multiply %187, %187 : tensor<32x16xf32>
    %207 = stablehlo.reduce(%206 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %208 = stablehlo.divide %207, %14 : tensor<32xf32>
    %209 = stablehlo.add %208, %16 : tensor<32xf32>
    %210 = stablehlo.rsqrt %209 : tensor<32xf32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %212 = stablehlo.multiply %187, %211 : tensor<32x16xf32>
    %213 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %214 = stablehlo.multiply %212, %213 : tensor<32x16xf32>
    %215 = stablehlo.reshape %214 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %216 = stablehlo.slice %215 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %217 = stablehlo.slice %215 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %218 = stablehlo.negate %217 : tensor<32x2x4xf32>
    %219 = stablehlo.concatenate %218, %216, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %220 = stablehlo.multiply %215, %40 : tensor<32x2x8xf32>
    %221 = stablehlo.multiply %219, %41 : tensor<32x2x8xf32>
    %222 = stablehlo.add %220, %221 : tensor<32x2x8xf32>
    %223 = stablehlo.reshape %188 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %224 = stablehlo.reshape %222 : (tensor<32x2x8xf32>) -> tensor<1x32x2x8xf32>
    %225 = stablehlo.dynamic_update_slice %64, %224, %c_1, %1, %c, %c : (tensor<2x64x2x8xf32>, tensor<1x32x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x2x8xf32>
    %226 = stablehlo.reshape %223 : (tensor<32x2x8xf32>) -> tensor<1x32x2x8xf32>
    %227 = stablehlo.dynamic_update_slice %66, %226, %c_1, %1, %c, %c : (tensor<2x64x2x8xf32>, tensor<1x32x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x2x8xf32>
    %228 = stablehlo.slice %225 [1:2, 0:64, 0:2, 0:8] : (tensor<2x64x2x8xf32>) -> tensor<1x64x2x8xf32>
    %229 = stablehlo.slice %227 [1:2, 0:64, 0:2, 0:8] : (tensor<2x64x2x8xf32>) -> tensor<1x64x2x8xf32>
    %230 = stablehlo.reshape %205 : (tensor<32x2x8xf32>) -> tensor<32x2x1x8xf32>
    %231 = stablehlo.reshape %228 : (tensor<1x64x2x8xf32>) -> tensor<64x2x8xf32>
    %232 = stablehlo.reshape %229 : (tensor<1x64x2x8xf32>) -> tensor<64x2x8xf32>
    %233 = stablehlo.dot_general %230, %231, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x1x8xf32>, tensor<64x2x8xf32>) -> tensor<2x32x1x64xf32>
    %234 = stablehlo.multiply %233, %73 : tensor<2x32x1x64xf32>
    %235 = stablehlo.select %77, %234, %78 : tensor<2x32x1x64xi1>, tensor<2x32x1x64xf32>
    %236 = stablehlo.reduce(%235 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x1x64xf32>, tensor<f32>) -> tensor<2x32x1xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0, 1, 2] : (tensor<2x32x1xf32>) -> tensor<2x32x1x64xf32>
    %238 = stablehlo.subtract %235, %237 : tensor<2x32x1x64xf32>
    %239 = stablehlo.exponential %238 : tensor<2x32x1x64xf32>
    %240 = stablehlo.reduce(%239 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x1x64xf32>, tensor<f32>) -> tensor<2x32x1xf32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2] : (tensor<2x32x1xf32>) -> tensor<2x32x1x64xf32>
    %242 = stablehlo.divide %239, %241 : tensor<2x32x1x64xf32>
    %243 = stablehlo.dot_general %242, %232, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x1x64xf32>, tensor<64x2x8xf32>) -> tensor<2x32x1x8xf32>
    %244 = stablehlo.transpose %243, dims = [1, 0, 2, 3] : (tensor<2x32x1x8xf32>) -> tensor<32x2x1x8xf32>
    %245 = stablehlo.reshape %244 : (tensor<32x2x1x8xf32>) -> tensor<32x16xf32>
    %246 = stablehlo.dot_general %245, %arg33, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %247 = stablehlo.add %176, %246 : tensor<32x16xf32>
    %248 = stablehlo.multiply %247, %247 : tensor<32x16xf32>
    %249 = stablehlo.reduce(%248 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %250 = stablehlo.divide %249, %14 : tensor<32xf32>
    %251 = stablehlo.add %250, %16 : tensor<32xf32>
    %252 = stablehlo.rsqrt %251 : tensor<32xf32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %254 = stablehlo.multiply %247, %253 : tensor<32x16xf32>
    %255 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %256 = stablehlo.multiply %254, %255 : tensor<32x16xf32>
    %257 = stablehlo.dot_general %256, %arg35, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<4x16xf32>) -> tensor<32x4xf32>
    %258 = stablehlo.reduce(%257 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %260 = stablehlo.subtract %257, %259 : tensor<32x4xf32>
    %261 = stablehlo.exponential %260 : tensor<32x4xf32>
    %262 = stablehlo.reduce(%261 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %264 = stablehlo.divide %261, %263 : tensor<32x4xf32>
    %265 = stablehlo.reduce(%264 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %267 = stablehlo.compare  EQ, %264, %266,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %268 = stablehlo.select %267, %110, %114 : tensor<32x4xi1>, tensor<32x4xi32>
    %269 = stablehlo.reduce(%268 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %271 = stablehlo.compare  EQ, %110, %270,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %272 = stablehlo.select %271, %119, %264 : tensor<32x4xi1>, tensor<32x4xf32>
    %273 = stablehlo.reduce(%272 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %275 = stablehlo.compare  EQ, %272, %274,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %276 = stablehlo.select %275, %110, %114 : tensor<32x4xi1>, tensor<32x4xi32>
    %277 = stablehlo.reduce(%276 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %279 = stablehlo.compare  EQ, %110, %278,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %280 = stablehlo.select %279, %119, %272 : tensor<32x4xi1>, tensor<32x4xf32>
    %281 = stablehlo.select %271, %266, %129 : tensor<32x4xi1>, tensor<32x4xf32>
    %282 = stablehlo.select %279, %274, %281 : tensor<32x4xi1>, tensor<32x4xf32>
    %283 = stablehlo.dot_general %256, %arg36, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %284 = stablehlo.dot_general %256, %arg37, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %285 = stablehlo.logistic %283 : tensor<32x32xf32>
    %286 = stablehlo.multiply %283, %285 : tensor<32x32xf32>
    %287 = stablehlo.multiply %286, %284 : tensor<32x32xf32>
    %288 = stablehlo.dot_general %287, %arg38, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %289 = stablehlo.slice %282 [0:32, 0:1] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %290 = stablehlo.reshape %289 : (tensor<32x1xf32>) -> tensor<32xf32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %292 = stablehlo.multiply %288, %291 : tensor<32x16xf32>
    %293 = stablehlo.add %101, %292 : tensor<32x16xf32>
    %294 = stablehlo.dot_general %256, %arg39, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %295 = stablehlo.dot_general %256, %arg40, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %296 = stablehlo.logistic %294 : tensor<32x32xf32>
    %297 = stablehlo.multiply %294, %296 : tensor<32x32xf32>
    %298 = stablehlo.multiply %297, %295 : tensor<32x32xf32>
    %299 = stablehlo.dot_general %298, %arg41, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %300 = stablehlo.slice %282 [0:32, 1:2] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %301 = stablehlo.reshape %300 : (tensor<32x1xf32>) -> tensor<32xf32>
    %302 = stablehlo.broadcast_in_dim %301, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %303 = stablehlo.multiply %299, %302 : tensor<32x16xf32>
    %304 = stablehlo.add %293, %303 : tensor<32x16xf32>
    %305 = stablehlo.dot_general %256, %arg42, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %306 = stablehlo.dot_general %256, %arg43, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %307 = stablehlo.logistic %305 : tensor<32x32xf32>
    %308 = stablehlo.multiply %305, %307 : tensor<32x32xf32>
    %309 = stablehlo.multiply %308, %306 : tensor<32x32xf32>
    %310 = stablehlo.dot_general %309, %arg44, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %311 = stablehlo.slice %282 [0:32, 2:3] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %312 = stablehlo.reshape %311 : (tensor<32x1xf32>) -> tensor<32xf32>
    %313 = stablehlo.broadcast_in_dim %312, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %314 = stablehlo.multiply %310, %313 : tensor<32x16xf32>
    %315 = stablehlo.add %304, %314 : tensor<32x16xf32>
    %316 = stablehlo.dot_general %256, %arg45, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %317 = stablehlo.dot_general %256, %arg46, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %318 = stablehlo.logistic %316 : tensor<32x32xf32>
    %319 = stablehlo.multiply %316, %318 : tensor<32x32xf32>
    %320 = stablehlo.multiply %319, %317 : tensor<32x32xf32>
    %321 = stablehlo.dot_general %320, %arg47, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %322 = stablehlo.slice %282 [0:32, 3:4] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %323 = stablehlo.reshape %322 : (tensor<32x1xf32>) -> tensor<32xf32>
    %324 = stablehlo.broadcast_in_dim %323, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %325 = stablehlo.multiply %321, %324 : tensor<32x16xf32>
    %326 = stablehlo.add %315, %325 : tensor<32x16xf32>
    %327 = stablehlo.add %247, %326 : tensor<32x16xf32>
    %328 = stablehlo.subtract %arg2, %c_1 : tensor<i32>
    %329 = stablehlo.dynamic_slice %327, %328, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %330 = stablehlo.multiply %329, %329 : tensor<1x16xf32>
    %331 = stablehlo.reduce(%330 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %332 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %333 = stablehlo.divide %331, %332 : tensor<1xf32>
    %334 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %335 = stablehlo.add %333, %334 : tensor<1xf32>
    %336 = stablehlo.rsqrt %335 : tensor<1xf32>
    %337 = stablehlo.broadcast_in_dim %336, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %338 = stablehlo.multiply %329, %337 : tensor<1x16xf32>
    %339 = stablehlo.broadcast_in_dim %arg48, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %340 = stablehlo.multiply %338, %339 : tensor<1x16xf32>
    %341 = stablehlo.dot_general %340, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %342 = stablehlo.reshape %341 : (tensor<1x32xf32>) -> tensor<32xf32>
    %343 = stablehlo.iota dim = 0 : tensor<32xi32>
    %344:2 = stablehlo.reduce(%342 init: %cst_4), (%343 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg50: tensor<f32>, %arg52: tensor<f32>) (%arg51: tensor<i32>, %arg53: tensor<i32>)  {
      %345 = stablehlo.compare  GT, %arg50, %arg52,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %346 = stablehlo.compare  NE, %arg50, %arg50,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %347 = stablehlo.or %345, %346 : tensor<i1>
      %348 = stablehlo.compare  EQ, %arg50, %arg52,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %349 = stablehlo.compare  LT, %arg51, %arg53,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %350 = stablehlo.and %348, %349 : tensor<i1>
      %351 = stablehlo.or %347, %350 : tensor<i1>
      %352 = stablehlo.select %347, %arg50, %arg52 : tensor<i1>, tensor<f32>
      %353 = stablehlo.select %351, %arg51, %arg53 : tensor<i1>, tensor<i32>
      stablehlo.return %352, %353 : tensor<f32>, tensor<i32>
    }
    return %344#1, %225, %227 : tensor<i32>, tensor<2x64x2x8xf32>, tensor<2x64x2x8xf32>
  }
}
