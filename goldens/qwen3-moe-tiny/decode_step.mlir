// emit arch=qwen3-moe-tiny graph=decode_step precision=f32 capacity=64 batch=1 quant=none
module @decode_step {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg12: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg13: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg14: tensor<4x16xf32> loc("model.layers.0.mlp.gate.weight"), %arg15: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.gate_proj.weight"), %arg16: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.up_proj.weight"), %arg17: tensor<16x16xf32> loc("model.layers.0.mlp.experts.0.down_proj.weight"), %arg18: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.gate_proj.weight"), %arg19: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.up_proj.weight"), %arg20: tensor<16x16xf32> loc("model.layers.0.mlp.experts.1.down_proj.weight"), %arg21: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.gate_proj.weight"), %arg22: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.up_proj.weight"), %arg23: tensor<16x16xf32> loc("model.layers.0.mlp.experts.2.down_proj.weight"), %arg24: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.gate_proj.weight"), %arg25: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.up_proj.weight"), %arg26: tensor<16x16xf32> loc("model.layers.0.mlp.experts.3.down_proj.weight"), %arg27: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg28: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg29: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg30: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg31: tensor<8xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg32: tensor<8xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg33: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg34: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg35: tensor<4x16xf32> loc("model.layers.1.mlp.gate.weight"), %arg36: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.gate_proj.weight"), %arg37: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.up_proj.weight"), %arg38: tensor<16x16xf32> loc("model.layers.1.mlp.experts.0.down_proj.weight"), %arg39: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.gate_proj.weight"), %arg40: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.up_proj.weight"), %arg41: tensor<16x16xf32> loc("model.layers.1.mlp.experts.1.down_proj.weight"), %arg42: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.gate_proj.weight"), %arg43: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.up_proj.weight"), %arg44: tensor<16x16xf32> loc("model.layers.1.mlp.experts.2.down_proj.weight"), %arg45: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.gate_proj.weight"), %arg46: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.up_proj.weight"), %arg47: tensor<16x16xf32> loc("model.layers.1.mlp.experts.3.down_proj.weight"), %arg48: tensor<16xf32> loc("model.norm.weight"), %arg49: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
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
    %25 = stablehlo.dot_general %23, %arg8, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %26 = stablehlo.dot_general %23, %arg9, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %27 = stablehlo.reshape %24 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %28 = stablehlo.multiply %27, %27 : tensor<1x2x8xf32>
    %29 = stablehlo.reduce(%28 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<1x2x8xf32>, tensor<f32>) -> tensor<1x2xf32>
    %cst_3 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x2xf32>
    %31 = stablehlo.divide %29, %30 : tensor<1x2xf32>
    %32 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x2xf32>
    %33 = stablehlo.add %31, %32 : tensor<1x2xf32>
    %34 = stablehlo.rsqrt %33 : tensor<1x2xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1] : (tensor<1x2xf32>) -> tensor<1x2x8xf32>
    %36 = stablehlo.multiply %27, %35 : tensor<1x2x8xf32>
    %37 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<8xf32>) -> tensor<1x2x8xf32>
    %38 = stablehlo.multiply %36, %37 : tensor<1x2x8xf32>
    %39 = stablehlo.slice %38 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %40 = stablehlo.slice %38 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %41 = stablehlo.negate %40 : tensor<1x2x4xf32>
    %42 = stablehlo.concatenate %41, %39, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %43 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %44 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %45 = stablehlo.multiply %38, %43 : tensor<1x2x8xf32>
    %46 = stablehlo.multiply %42, %44 : tensor<1x2x8xf32>
    %47 = stablehlo.add %45, %46 : tensor<1x2x8xf32>
    %48 = stablehlo.reshape %25 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %49 = stablehlo.multiply %48, %48 : tensor<1x1x8xf32>
    %50 = stablehlo.reduce(%49 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<1x1x8xf32>, tensor<f32>) -> tensor<1x1xf32>
    %51 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %52 = stablehlo.divide %50, %51 : tensor<1x1xf32>
    %53 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %54 = stablehlo.add %52, %53 : tensor<1x1xf32>
    %55 = stablehlo.rsqrt %54 : tensor<1x1xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x8xf32>
    %57 = stablehlo.multiply %48, %56 : tensor<1x1x8xf32>
    %58 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %59 = stablehlo.multiply %57, %58 : tensor<1x1x8xf32>
    %60 = stablehlo.slice %59 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %61 = stablehlo.slice %59 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %62 = stablehlo.negate %61 : tensor<1x1x4xf32>
    %63 = stablehlo.concatenate %62, %60, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %64 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %65 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %66 = stablehlo.multiply %59, %64 : tensor<1x1x8xf32>
    %67 = stablehlo.multiply %63, %65 : tensor<1x1x8xf32>
    %68 = stablehlo.add %66, %67 : tensor<1x1x8xf32>
    %69 = stablehlo.reshape %26 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %70 = stablehlo.reshape %68 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %71 = stablehlo.dynamic_update_slice %arg3, %70, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %72 = stablehlo.reshape %69 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %73 = stablehlo.dynamic_update_slice %arg4, %72, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %74 = stablehlo.slice %71 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %75 = stablehlo.slice %73 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %76 = stablehlo.reshape %47 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %77 = stablehlo.dot_general %76, %74, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_4 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %79 = stablehlo.multiply %77, %78 : tensor<1x1x2x64xf32>
    %80 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %81 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %82 = stablehlo.compare  LE, %81, %80,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %84 = stablehlo.select %82, %79, %83 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %85 = stablehlo.reduce(%84 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %87 = stablehlo.subtract %84, %86 : tensor<1x1x2x64xf32>
    %88 = stablehlo.exponential %87 : tensor<1x1x2x64xf32>
    %89 = stablehlo.reduce(%88 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %91 = stablehlo.divide %88, %90 : tensor<1x1x2x64xf32>
    %92 = stablehlo.dot_general %91, %75, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %93 = stablehlo.reshape %92 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %94 = stablehlo.dot_general %93, %arg12, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %95 = stablehlo.add %12, %94 : tensor<1x16xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<1x16xf32>
    %97 = stablehlo.reduce(%96 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %98 = stablehlo.divide %97, %15 : tensor<1xf32>
    %99 = stablehlo.add %98, %17 : tensor<1xf32>
    %100 = stablehlo.rsqrt %99 : tensor<1xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %102 = stablehlo.multiply %95, %101 : tensor<1x16xf32>
    %103 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<1x16xf32>
    %105 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %106 = stablehlo.dot_general %104, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<4x16xf32>) -> tensor<1x4xf32>
    %107 = stablehlo.reduce(%106 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %109 = stablehlo.subtract %106, %108 : tensor<1x4xf32>
    %110 = stablehlo.exponential %109 : tensor<1x4xf32>
    %111 = stablehlo.reduce(%110 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %113 = stablehlo.divide %110, %112 : tensor<1x4xf32>
    %114 = stablehlo.iota dim = 1 : tensor<1x4xi32>
    %115 = stablehlo.reduce(%113 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %117 = stablehlo.compare  EQ, %113, %116,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %118 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x4xi32>
    %119 = stablehlo.select %117, %114, %118 : tensor<1x4xi1>, tensor<1x4xi32>
    %120 = stablehlo.reduce(%119 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %122 = stablehlo.compare  EQ, %114, %121,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %123 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x4xf32>
    %124 = stablehlo.select %122, %123, %113 : tensor<1x4xi1>, tensor<1x4xf32>
    %125 = stablehlo.reduce(%124 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %127 = stablehlo.compare  EQ, %124, %126,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %128 = stablehlo.select %127, %114, %118 : tensor<1x4xi1>, tensor<1x4xi32>
    %129 = stablehlo.reduce(%128 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %131 = stablehlo.compare  EQ, %114, %130,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %132 = stablehlo.select %131, %123, %124 : tensor<1x4xi1>, tensor<1x4xf32>
    %133 = stablehlo.add %115, %125 : tensor<1xf32>
    %134 = stablehlo.divide %115, %133 : tensor<1xf32>
    %135 = stablehlo.divide %125, %133 : tensor<1xf32>
    %136 = stablehlo.compare  GT, %120, %129,  SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %137 = stablehlo.select %136, %129, %120 : tensor<1xi1>, tensor<1xi32>
    %138 = stablehlo.select %136, %120, %129 : tensor<1xi1>, tensor<1xi32>
    %139 = stablehlo.select %136, %135, %134 : tensor<1xi1>, tensor<1xf32>
    %140 = stablehlo.select %136, %134, %135 : tensor<1xi1>, tensor<1xf32>
    %141 = stablehlo.slice %104 [0:1, 0:16] : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %142 = stablehlo.slice %137 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %143 = stablehlo.reshape %142 : (tensor<1xi32>) -> tensor<i32>
    %144 = stablehlo.slice %139 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %145 = "stablehlo.case"(%143) ({
      %146 = stablehlo.dot_general %141, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %147 = stablehlo.dot_general %141, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %148 = stablehlo.logistic %146 : tensor<1x16xf32>
      %149 = stablehlo.multiply %146, %148 : tensor<1x16xf32>
      %150 = stablehlo.multiply %149, %147 : tensor<1x16xf32>
      %151 = stablehlo.dot_general %150, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %151 : tensor<1x16xf32>
    }, {
      %152 = stablehlo.dot_general %141, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %153 = stablehlo.dot_general %141, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %154 = stablehlo.logistic %152 : tensor<1x16xf32>
      %155 = stablehlo.multiply %152, %154 : tensor<1x16xf32>
      %156 = stablehlo.multiply %155, %153 : tensor<1x16xf32>
      %157 = stablehlo.dot_general %156, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %157 : tensor<1x16xf32>
    }, {
      %158 = stablehlo.dot_general %141, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %159 = stablehlo.dot_general %141, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %160 = stablehlo.logistic %158 : tensor<1x16xf32>
      %161 = stablehlo.multiply %158, %160 : tensor<1x16xf32>
      %162 = stablehlo.multiply %161, %159 : tensor<1x16xf32>
      %163 = stablehlo.dot_general %162, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %163 : tensor<1x16xf32>
    }, {
      %164 = stablehlo.dot_general %141, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %165 = stablehlo.dot_general %141, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %166 = stablehlo.logistic %164 : tensor<1x16xf32>
      %167 = stablehlo.multiply %164, %166 : tensor<1x16xf32>
      %168 = stablehlo.multiply %167, %165 : tensor<1x16xf32>
      %169 = stablehlo.dot_general %168, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %169 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %170 = stablehlo.broadcast_in_dim %144, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %171 = stablehlo.multiply %145, %170 : tensor<1x16xf32>
    %172 = stablehlo.add %105, %171 : tensor<1x16xf32>
    %173 = stablehlo.slice %138 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %174 = stablehlo.reshape %173 : (tensor<1xi32>) -> tensor<i32>
    %175 = stablehlo.slice %140 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %176 = "stablehlo.case"(%174) ({
      %177 = stablehlo.dot_general %141, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %178 = stablehlo.dot_general %141, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %179 = stablehlo.logistic %177 : tensor<1x16xf32>
      %180 = stablehlo.multiply %177, %179 : tensor<1x16xf32>
      %181 = stablehlo.multiply %180, %178 : tensor<1x16xf32>
      %182 = stablehlo.dot_general %181, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %182 : tensor<1x16xf32>
    }, {
      %183 = stablehlo.dot_general %141, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %184 = stablehlo.dot_general %141, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %185 = stablehlo.logistic %183 : tensor<1x16xf32>
      %186 = stablehlo.multiply %183, %185 : tensor<1x16xf32>
      %187 = stablehlo.multiply %186, %184 : tensor<1x16xf32>
      %188 = stablehlo.dot_general %187, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %188 : tensor<1x16xf32>
    }, {
      %189 = stablehlo.dot_general %141, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %190 = stablehlo.dot_general %141, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %191 = stablehlo.logistic %189 : tensor<1x16xf32>
      %192 = stablehlo.multiply %189, %191 : tensor<1x16xf32>
      %193 = stablehlo.multiply %192, %190 : tensor<1x16xf32>
      %194 = stablehlo.dot_general %193, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %194 : tensor<1x16xf32>
    }, {
      %195 = stablehlo.dot_general %141, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %196 = stablehlo.dot_general %141, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %197 = stablehlo.logistic %195 : tensor<1x16xf32>
      %198 = stablehlo.multiply %195, %197 : tensor<1x16xf32>
      %199 = stablehlo.multiply %198, %196 : tensor<1x16xf32>
      %200 = stablehlo.dot_general %199, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %200 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %201 = stablehlo.broadcast_in_dim %175, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %202 = stablehlo.multiply %176, %201 : tensor<1x16xf32>
    %203 = stablehlo.add %172, %202 : tensor<1x16xf32>
    %204 = stablehlo.add %95, %203 : tensor<1x16xf32>
    %205 = stablehlo.multiply %204, %204 : tensor<1x16xf32>
    %206 = stablehlo.reduce(%205 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %207 = stablehlo.divide %206, %15 : tensor<1xf32>
    %208 = stablehlo.add %207, %17 : tensor<1xf32>
    %209 = stablehlo.rsqrt %208 : tensor<1xf32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %211 = stablehlo.multiply %204, %210 : tensor<1x16xf32>
    %212 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %213 = stablehlo.multiply %211, %212 : tensor<1x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %214 = stablehlo.dot_general %213, %arg28, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %215 = stablehlo.dot_general %213, %arg29, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %216 = stablehlo.dot_general %213, %arg30, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %217 = stablehlo.reshape %214 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %218 = stablehlo.multiply %217, %217 : tensor<1x2x8xf32>
    %219 = stablehlo.reduce(%218 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<1x2x8xf32>, tensor<f32>) -> tensor<1x2xf32>
    %220 = stablehlo.divide %219, %30 : tensor<1x2xf32>
    %221 = stablehlo.add %220, %32 : tensor<1x2xf32>
    %222 = stablehlo.rsqrt %221 : tensor<1x2xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1] : (tensor<1x2xf32>) -> tensor<1x2x8xf32>
    %224 = stablehlo.multiply %217, %223 : tensor<1x2x8xf32>
    %225 = stablehlo.broadcast_in_dim %arg31, dims = [2] : (tensor<8xf32>) -> tensor<1x2x8xf32>
    %226 = stablehlo.multiply %224, %225 : tensor<1x2x8xf32>
    %227 = stablehlo.slice %226 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %228 = stablehlo.slice %226 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %229 = stablehlo.negate %228 : tensor<1x2x4xf32>
    %230 = stablehlo.concatenate %229, %227, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %231 = stablehlo.multiply %226, %43 : tensor<1x2x8xf32>
    %232 = stablehlo.multiply %230, %44 : tensor<1x2x8xf32>
    %233 = stablehlo.add %231, %232 : tensor<1x2x8xf32>
    %234 = stablehlo.reshape %215 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %235 = stablehlo.multiply %234, %234 : tensor<1x1x8xf32>
    %236 = stablehlo.reduce(%235 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<1x1x8xf32>, tensor<f32>) -> tensor<1x1xf32>
    %237 = stablehlo.divide %236, %51 : tensor<1x1xf32>
    %238 = stablehlo.add %237, %53 : tensor<1x1xf32>
    %239 = stablehlo.rsqrt %238 : tensor<1x1xf32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x8xf32>
    %241 = stablehlo.multiply %234, %240 : tensor<1x1x8xf32>
    %242 = stablehlo.broadcast_in_dim %arg32, dims = [2] : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %243 = stablehlo.multiply %241, %242 : tensor<1x1x8xf32>
    %244 = stablehlo.slice %243 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %245 = stablehlo.slice %243 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %246 = stablehlo.negate %245 : tensor<1x1x4xf32>
    %247 = stablehlo.concatenate %246, %244, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %248 = stablehlo.multiply %243, %64 : tensor<1x1x8xf32>
    %249 = stablehlo.multiply %247, %65 : tensor<1x1x8xf32>
    %250 = stablehlo.add %248, %249 : tensor<1x1x8xf32>
    %251 = stablehlo.reshape %216 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %252 = stablehlo.reshape %250 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %253 = stablehlo.dynamic_update_slice %71, %252, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %254 = stablehlo.reshape %251 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %255 = stablehlo.dynamic_update_slice %73, %254, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %256 = stablehlo.slice %253 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %257 = stablehlo.slice %255 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %258 = stablehlo.reshape %233 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %259 = stablehlo.dot_general %258, %256, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %260 = stablehlo.multiply %259, %78 : tensor<1x1x2x64xf32>
    %261 = stablehlo.select %82, %260, %83 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %262 = stablehlo.reduce(%261 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %264 = stablehlo.subtract %261, %263 : tensor<1x1x2x64xf32>
    %265 = stablehlo.exponential %264 : tensor<1x1x2x64xf32>
    %266 = stablehlo.reduce(%265 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %268 = stablehlo.divide %265, %267 : tensor<1x1x2x64xf32>
    %269 = stablehlo.dot_general %268, %257, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %270 = stablehlo.reshape %269 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %271 = stablehlo.dot_general %270, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %272 = stablehlo.add %204, %271 : tensor<1x16xf32>
    %273 = stablehlo.multiply %272, %272 : tensor<1x16xf32>
    %274 = stablehlo.reduce(%273 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %275 = stablehlo.divide %274, %15 : tensor<1xf32>
    %276 = stablehlo.add %275, %17 : tensor<1xf32>
    %277 = stablehlo.rsqrt %276 : tensor<1xf32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %279 = stablehlo.multiply %272, %278 : tensor<1x16xf32>
    %280 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %281 = stablehlo.multiply %279, %280 : tensor<1x16xf32>
    %282 = stablehlo.dot_general %281, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<4x16xf32>) -> tensor<1x4xf32>
    %283 = stablehlo.reduce(%282 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %285 = stablehlo.subtract %282, %284 : tensor<1x4xf32>
    %286 = stablehlo.exponential %285 : tensor<1x4xf32>
    %287 = stablehlo.reduce(%286 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %289 = stablehlo.divide %286, %288 : tensor<1x4xf32>
    %290 = stablehlo.reduce(%289 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %292 = stablehlo.compare  EQ, %289, %291,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %293 = stablehlo.select %292, %114, %118 : tensor<1x4xi1>, tensor<1x4xi32>
    %294 = stablehlo.reduce(%293 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %296 = stablehlo.compare  EQ, %114, %295,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %297 = stablehlo.select %296, %123, %289 : tensor<1x4xi1>, tensor<1x4xf32>
    %298 = stablehlo.reduce(%297 init: %cst_5) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %299 = stablehlo.broadcast_in_dim %298, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %300 = stablehlo.compare  EQ, %297, %299,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %301 = stablehlo.select %300, %114, %118 : tensor<1x4xi1>, tensor<1x4xi32>
    %302 = stablehlo.reduce(%301 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %303 = stablehlo.broadcast_in_dim %302, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %304 = stablehlo.compare  EQ, %114, %303,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %305 = stablehlo.select %304, %123, %297 : tensor<1x4xi1>, tensor<1x4xf32>
    %306 = stablehlo.add %290, %298 : tensor<1xf32>
    %307 = stablehlo.divide %290, %306 : tensor<1xf32>
    %308 = stablehlo.divide %298, %306 : tensor<1xf32>
    %309 = stablehlo.compare  GT, %294, %302,  SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %310 = stablehlo.select %309, %302, %294 : tensor<1xi1>, tensor<1xi32>
    %311 = stablehlo.select %309, %294, %302 : tensor<1xi1>, tensor<1xi32>
    %312 = stablehlo.select %309, %308, %307 : tensor<1xi1>, tensor<1xf32>
    %313 = stablehlo.select %309, %307, %308 : tensor<1xi1>, tensor<1xf32>
    %314 = stablehlo.slice %281 [0:1, 0:16] : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %315 = stablehlo.slice %310 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %316 = stablehlo.reshape %315 : (tensor<1xi32>) -> tensor<i32>
    %317 = stablehlo.slice %312 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %318 = "stablehlo.case"(%316) ({
      %319 = stablehlo.dot_general %314, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %320 = stablehlo.dot_general %314, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %321 = stablehlo.logistic %319 : tensor<1x16xf32>
      %322 = stablehlo.multiply %319, %321 : tensor<1x16xf32>
      %323 = stablehlo.multiply %322, %320 : tensor<1x16xf32>
      %324 = stablehlo.dot_general %323, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %324 : tensor<1x16xf32>
    }, {
      %325 = stablehlo.dot_general %314, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %326 = stablehlo.dot_general %314, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %327 = stablehlo.logistic %325 : tensor<1x16xf32>
      %328 = stablehlo.multiply %325, %327 : tensor<1x16xf32>
      %329 = stablehlo.multiply %328, %326 : tensor<1x16xf32>
      %330 = stablehlo.dot_general %329, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %330 : tensor<1x16xf32>
    }, {
      %331 = stablehlo.dot_general %314, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %332 = stablehlo.dot_general %314, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %333 = stablehlo.logistic %331 : tensor<1x16xf32>
      %334 = stablehlo.multiply %331, %333 : tensor<1x16xf32>
      %335 = stablehlo.multiply %334, %332 : tensor<1x16xf32>
      %336 = stablehlo.dot_general %335, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %336 : tensor<1x16xf32>
    }, {
      %337 = stablehlo.dot_general %314, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %338 = stablehlo.dot_general %314, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %339 = stablehlo.logistic %337 : tensor<1x16xf32>
      %340 = stablehlo.multiply %337, %339 : tensor<1x16xf32>
      %341 = stablehlo.multiply %340, %338 : tensor<1x16xf32>
      %342 = stablehlo.dot_general %341, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %342 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %343 = stablehlo.broadcast_in_dim %317, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %344 = stablehlo.multiply %318, %343 : tensor<1x16xf32>
    %345 = stablehlo.add %105, %344 : tensor<1x16xf32>
    %346 = stablehlo.slice %311 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %347 = stablehlo.reshape %346 : (tensor<1xi32>) -> tensor<i32>
    %348 = stablehlo.slice %313 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %349 = "stablehlo.case"(%347) ({
      %350 = stablehlo.dot_general %314, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %351 = stablehlo.dot_general %314, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %352 = stablehlo.logistic %350 : tensor<1x16xf32>
      %353 = stablehlo.multiply %350, %352 : tensor<1x16xf32>
      %354 = stablehlo.multiply %353, %351 : tensor<1x16xf32>
      %355 = stablehlo.dot_general %354, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %355 : tensor<1x16xf32>
    }, {
      %356 = stablehlo.dot_general %314, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %357 = stablehlo.dot_general %314, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %358 = stablehlo.logistic %356 : tensor<1x16xf32>
      %359 = stablehlo.multiply %356, %358 : tensor<1x16xf32>
      %360 = stablehlo.multiply %359, %357 : tensor<1x16xf32>
      %361 = stablehlo.dot_general %360, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %361 : tensor<1x16xf32>
    }, {
      %362 = stablehlo.dot_general %314, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %363 = stablehlo.dot_general %314, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %364 = stablehlo.logistic %362 : tensor<1x16xf32>
      %365 = stablehlo.multiply %362, %364 : tensor<1x16xf32>
      %366 = stablehlo.multiply %365, %363 : tensor<1x16xf32>
      %367 = stablehlo.dot_general %366, %arg44, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %367 : tensor<1x16xf32>
    }, {
      %368 = stablehlo.dot_general %314, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %369 = stablehlo.dot_general %314, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      %370 = stablehlo.logistic %368 : tensor<1x16xf32>
      %371 = stablehlo.multiply %368, %370 : tensor<1x16xf32>
      %372 = stablehlo.multiply %371, %369 : tensor<1x16xf32>
      %373 = stablehlo.dot_general %372, %arg47, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
      stablehlo.return %373 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %374 = stablehlo.broadcast_in_dim %348, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %375 = stablehlo.multiply %349, %374 : tensor<1x16xf32>
    %376 = stablehlo.add %345, %375 : tensor<1x16xf32>
    %377 = stablehlo.add %272, %376 : tensor<1x16xf32>
    %378 = stablehlo.multiply %377, %377 : tensor<1x16xf32>
    %379 = stablehlo.reduce(%378 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %380 = stablehlo.divide %379, %15 : tensor<1xf32>
    %381 = stablehlo.add %380, %17 : tensor<1xf32>
    %382 = stablehlo.rsqrt %381 : tensor<1xf32>
    %383 = stablehlo.broadcast_in_dim %382, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %384 = stablehlo.multiply %377, %383 : tensor<1x16xf32>
    %385 = stablehlo.broadcast_in_dim %arg48, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %386 = stablehlo.multiply %384, %385 : tensor<1x16xf32>
    %387 = stablehlo.dot_general %386, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %388 = stablehlo.reshape %387 : (tensor<1x32xf32>) -> tensor<32xf32>
    %389 = stablehlo.iota dim = 0 : tensor<32xi32>
    %390:2 = stablehlo.reduce(%388 init: %cst_5), (%389 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg50: tensor<f32>, %arg52: tensor<f32>) (%arg51: tensor<i32>, %arg53: tensor<i32>)  {
      %391 = stablehlo.compare  GT, %arg50, %arg52,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %392 = stablehlo.compare  NE, %arg50, %arg50,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %393 = stablehlo.or %391, %392 : tensor<i1>
      %394 = stablehlo.compare  EQ, %arg50, %arg52,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %395 = stablehlo.compare  LT, %arg51, %arg53,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %396 = stablehlo.and %394, %395 : tensor<i1>
      %397 = stablehlo.or %393, %396 : tensor<i1>
      %398 = stablehlo.select %393, %arg50, %arg52 : tensor<i1>, tensor<f32>
      %399 = stablehlo.select %397, %arg51, %arg53 : tensor<i1>, tensor<i32>
      stablehlo.return %398, %399 : tensor<f32>, tensor<i32>
    }
    return %390#1, %253, %255 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
