// emit arch=olmoe-tiny graph=decode_step_logits precision=f32 capacity=64 batch=1 quant=none
module @decode_step_logits {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x2x8xf32> loc("kcache"), %arg4: tensor<2x64x2x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<16x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<16x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg11: tensor<16xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg12: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg13: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg14: tensor<4x16xf32> loc("model.layers.0.mlp.gate.weight"), %arg15: tensor<32x16xf32> loc("model.layers.0.mlp.experts.0.gate_proj.weight"), %arg16: tensor<32x16xf32> loc("model.layers.0.mlp.experts.0.up_proj.weight"), %arg17: tensor<16x32xf32> loc("model.layers.0.mlp.experts.0.down_proj.weight"), %arg18: tensor<32x16xf32> loc("model.layers.0.mlp.experts.1.gate_proj.weight"), %arg19: tensor<32x16xf32> loc("model.layers.0.mlp.experts.1.up_proj.weight"), %arg20: tensor<16x32xf32> loc("model.layers.0.mlp.experts.1.down_proj.weight"), %arg21: tensor<32x16xf32> loc("model.layers.0.mlp.experts.2.gate_proj.weight"), %arg22: tensor<32x16xf32> loc("model.layers.0.mlp.experts.2.up_proj.weight"), %arg23: tensor<16x32xf32> loc("model.layers.0.mlp.experts.2.down_proj.weight"), %arg24: tensor<32x16xf32> loc("model.layers.0.mlp.experts.3.gate_proj.weight"), %arg25: tensor<32x16xf32> loc("model.layers.0.mlp.experts.3.up_proj.weight"), %arg26: tensor<16x32xf32> loc("model.layers.0.mlp.experts.3.down_proj.weight"), %arg27: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg28: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg29: tensor<16x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg30: tensor<16x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg31: tensor<16xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg32: tensor<16xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg33: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg34: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg35: tensor<4x16xf32> loc("model.layers.1.mlp.gate.weight"), %arg36: tensor<32x16xf32> loc("model.layers.1.mlp.experts.0.gate_proj.weight"), %arg37: tensor<32x16xf32> loc("model.layers.1.mlp.experts.0.up_proj.weight"), %arg38: tensor<16x32xf32> loc("model.layers.1.mlp.experts.0.down_proj.weight"), %arg39: tensor<32x16xf32> loc("model.layers.1.mlp.experts.1.gate_proj.weight"), %arg40: tensor<32x16xf32> loc("model.layers.1.mlp.experts.1.up_proj.weight"), %arg41: tensor<16x32xf32> loc("model.layers.1.mlp.experts.1.down_proj.weight"), %arg42: tensor<32x16xf32> loc("model.layers.1.mlp.experts.2.gate_proj.weight"), %arg43: tensor<32x16xf32> loc("model.layers.1.mlp.experts.2.up_proj.weight"), %arg44: tensor<16x32xf32> loc("model.layers.1.mlp.experts.2.down_proj.weight"), %arg45: tensor<32x16xf32> loc("model.layers.1.mlp.experts.3.gate_proj.weight"), %arg46: tensor<32x16xf32> loc("model.layers.1.mlp.experts.3.up_proj.weight"), %arg47: tensor<16x32xf32> loc("model.layers.1.mlp.experts.3.down_proj.weight"), %arg48: tensor<16xf32> loc("model.norm.weight"), %arg49: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<32xf32>, tensor<2x64x2x8xf32>, tensor<2x64x2x8xf32>) {
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
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %18 = stablehlo.add %16, %17 : tensor<1xf32>
    %19 = stablehlo.rsqrt %18 : tensor<1xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %21 = stablehlo.multiply %12, %20 : tensor<1x16xf32>
    %22 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %23 = stablehlo.multiply %21, %22 : tensor<1x16xf32>
    %24 = stablehlo.dot_general %23, %arg7, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %25 = stablehlo.dot_general %23, %arg8, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %26 = stablehlo.dot_general %23, %arg9, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %27 = stablehlo.multiply %24, %24 : tensor<1x16xf32>
    %28 = stablehlo.reduce(%27 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %29 = stablehlo.divide %28, %15 : tensor<1xf32>
    %30 = stablehlo.add %29, %17 : tensor<1xf32>
    %31 = stablehlo.rsqrt %30 : tensor<1xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %33 = stablehlo.multiply %24, %32 : tensor<1x16xf32>
    %34 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %35 = stablehlo.multiply %33, %34 : tensor<1x16xf32>
    %36 = stablehlo.reshape %35 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %37 = stablehlo.slice %36 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %38 = stablehlo.slice %36 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %39 = stablehlo.negate %38 : tensor<1x2x4xf32>
    %40 = stablehlo.concatenate %39, %37, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %41 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %42 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %43 = stablehlo.multiply %36, %41 : tensor<1x2x8xf32>
    %44 = stablehlo.multiply %40, %42 : tensor<1x2x8xf32>
    %45 = stablehlo.add %43, %44 : tensor<1x2x8xf32>
    %46 = stablehlo.multiply %25, %25 : tensor<1x16xf32>
    %47 = stablehlo.reduce(%46 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %48 = stablehlo.divide %47, %15 : tensor<1xf32>
    %49 = stablehlo.add %48, %17 : tensor<1xf32>
    %50 = stablehlo.rsqrt %49 : tensor<1xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %52 = stablehlo.multiply %25, %51 : tensor<1x16xf32>
    %53 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %54 = stablehlo.multiply %52, %53 : tensor<1x16xf32>
    %55 = stablehlo.reshape %54 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %56 = stablehlo.slice %55 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %57 = stablehlo.slice %55 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %58 = stablehlo.negate %57 : tensor<1x2x4xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %60 = stablehlo.multiply %55, %41 : tensor<1x2x8xf32>
    %61 = stablehlo.multiply %59, %42 : tensor<1x2x8xf32>
    %62 = stablehlo.add %60, %61 : tensor<1x2x8xf32>
    %63 = stablehlo.reshape %26 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %64 = stablehlo.reshape %62 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %65 = stablehlo.dynamic_update_slice %arg3, %64, %c, %arg2, %c, %c : (tensor<2x64x2x8xf32>, tensor<1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x2x8xf32>
    %66 = stablehlo.reshape %63 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %67 = stablehlo.dynamic_update_slice %arg4, %66, %c, %arg2, %c, %c : (tensor<2x64x2x8xf32>, tensor<1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x2x8xf32>
    %68 = stablehlo.slice %65 [0:1, 0:64, 0:2, 0:8] : (tensor<2x64x2x8xf32>) -> tensor<1x64x2x8xf32>
    %69 = stablehlo.slice %67 [0:1, 0:64, 0:2, 0:8] : (tensor<2x64x2x8xf32>) -> tensor<1x64x2x8xf32>
    %70 = stablehlo.reshape %45 : (tensor<1x2x8xf32>) -> tensor<1x2x1x8xf32>
    %71 = stablehlo.dot_general %70, %68, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x1x8xf32>, tensor<1x64x2x8xf32>) -> tensor<1x2x1x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x2x1x64xf32>
    %73 = stablehlo.multiply %71, %72 : tensor<1x2x1x64xf32>
    %74 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x2x1x64xi32>
    %75 = stablehlo.iota dim = 3 : tensor<1x2x1x64xi32>
    %76 = stablehlo.compare  LE, %75, %74,  SIGNED : (tensor<1x2x1x64xi32>, tensor<1x2x1x64xi32>) -> tensor<1x2x1x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x2x1x64xf32>
    %78 = stablehlo.select %76, %73, %77 : tensor<1x2x1x64xi1>, tensor<1x2x1x64xf32>
    %79 = stablehlo.reduce(%78 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x1x64xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x64xf32>
    %81 = stablehlo.subtract %78, %80 : tensor<1x2x1x64xf32>
    %82 = stablehlo.exponential %81 : tensor<1x2x1x64xf32>
    %83 = stablehlo.reduce(%82 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x1x64xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x64xf32>
    %85 = stablehlo.divide %82, %84 : tensor<1x2x1x64xf32>
    %86 = stablehlo.dot_general %85, %69, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x1x64xf32>, tensor<1x64x2x8xf32>) -> tensor<1x2x1x8xf32>
    %87 = stablehlo.reshape %86 : (tensor<1x2x1x8xf32>) -> tensor<1x16xf32>
    %88 = stablehlo.dot_general %87, %arg12, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %89 = stablehlo.add %12, %88 : tensor<1x16xf32>
    %90 = stablehlo.multiply %89, %89 : tensor<1x16xf32>
    %91 = stablehlo.reduce(%90 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %92 = stablehlo.divide %91, %15 : tensor<1xf32>
    %93 = stablehlo.add %92, %17 : tensor<1xf32>
    %94 = stablehlo.rsqrt %93 : tensor<1xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %96 = stablehlo.multiply %89, %95 : tensor<1x16xf32>
    %97 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %98 = stablehlo.multiply %96, %97 : tensor<1x16xf32>
    %99 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %100 = stablehlo.dot_general %98, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<4x16xf32>) -> tensor<1x4xf32>
    %101 = stablehlo.reduce(%100 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %103 = stablehlo.subtract %100, %102 : tensor<1x4xf32>
    %104 = stablehlo.exponential %103 : tensor<1x4xf32>
    %105 = stablehlo.reduce(%104 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %107 = stablehlo.divide %104, %106 : tensor<1x4xf32>
    %108 = stablehlo.iota dim = 1 : tensor<1x4xi32>
    %109 = stablehlo.reduce(%107 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %111 = stablehlo.compare  EQ, %107, %110,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %112 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x4xi32>
    %113 = stablehlo.select %111, %108, %112 : tensor<1x4xi1>, tensor<1x4xi32>
    %114 = stablehlo.reduce(%113 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %116 = stablehlo.compare  EQ, %108, %115,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %117 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x4xf32>
    %118 = stablehlo.select %116, %117, %107 : tensor<1x4xi1>, tensor<1x4xf32>
    %119 = stablehlo.reduce(%118 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %121 = stablehlo.compare  EQ, %118, %120,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %122 = stablehlo.select %121, %108, %112 : tensor<1x4xi1>, tensor<1x4xi32>
    %123 = stablehlo.reduce(%122 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %125 = stablehlo.compare  EQ, %108, %124,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %126 = stablehlo.select %125, %117, %118 : tensor<1x4xi1>, tensor<1x4xf32>
    %127 = stablehlo.compare  GT, %114, %123,  SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %128 = stablehlo.select %127, %123, %114 : tensor<1xi1>, tensor<1xi32>
    %129 = stablehlo.select %127, %114, %123 : tensor<1xi1>, tensor<1xi32>
    %130 = stablehlo.select %127, %119, %109 : tensor<1xi1>, tensor<1xf32>
    %131 = stablehlo.select %127, %109, %119 : tensor<1xi1>, tensor<1xf32>
    %132 = stablehlo.slice %98 [0:1, 0:16] : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %133 = stablehlo.slice %128 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %134 = stablehlo.reshape %133 : (tensor<1xi32>) -> tensor<i32>
    %135 = stablehlo.slice %130 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %136 = "stablehlo.case"(%134) ({
      %137 = stablehlo.dot_general %132, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %138 = stablehlo.dot_general %132, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %139 = stablehlo.logistic %137 : tensor<1x32xf32>
      %140 = stablehlo.multiply %137, %139 : tensor<1x32xf32>
      %141 = stablehlo.multiply %140, %138 : tensor<1x32xf32>
      %142 = stablehlo.dot_general %141, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %142 : tensor<1x16xf32>
    }, {
      %143 = stablehlo.dot_general %132, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %144 = stablehlo.dot_general %132, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %145 = stablehlo.logistic %143 : tensor<1x32xf32>
      %146 = stablehlo.multiply %143, %145 : tensor<1x32xf32>
      %147 = stablehlo.multiply %146, %144 : tensor<1x32xf32>
      %148 = stablehlo.dot_general %147, %arg20, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %148 : tensor<1x16xf32>
    }, {
      %149 = stablehlo.dot_general %132, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %150 = stablehlo.dot_general %132, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %151 = stablehlo.logistic %149 : tensor<1x32xf32>
      %152 = stablehlo.multiply %149, %151 : tensor<1x32xf32>
      %153 = stablehlo.multiply %152, %150 : tensor<1x32xf32>
      %154 = stablehlo.dot_general %153, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %154 : tensor<1x16xf32>
    }, {
      %155 = stablehlo.dot_general %132, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %156 = stablehlo.dot_general %132, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %157 = stablehlo.logistic %155 : tensor<1x32xf32>
      %158 = stablehlo.multiply %155, %157 : tensor<1x32xf32>
      %159 = stablehlo.multiply %158, %156 : tensor<1x32xf32>
      %160 = stablehlo.dot_general %159, %arg26, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %160 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %161 = stablehlo.broadcast_in_dim %135, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %162 = stablehlo.multiply %136, %161 : tensor<1x16xf32>
    %163 = stablehlo.add %99, %162 : tensor<1x16xf32>
    %164 = stablehlo.slice %129 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %165 = stablehlo.reshape %164 : (tensor<1xi32>) -> tensor<i32>
    %166 = stablehlo.slice %131 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %167 = "stablehlo.case"(%165) ({
      %168 = stablehlo.dot_general %132, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %169 = stablehlo.dot_general %132, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %170 = stablehlo.logistic %168 : tensor<1x32xf32>
      %171 = stablehlo.multiply %168, %170 : tensor<1x32xf32>
      %172 = stablehlo.multiply %171, %169 : tensor<1x32xf32>
      %173 = stablehlo.dot_general %172, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %173 : tensor<1x16xf32>
    }, {
      %174 = stablehlo.dot_general %132, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %175 = stablehlo.dot_general %132, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %176 = stablehlo.logistic %174 : tensor<1x32xf32>
      %177 = stablehlo.multiply %174, %176 : tensor<1x32xf32>
      %178 = stablehlo.multiply %177, %175 : tensor<1x32xf32>
      %179 = stablehlo.dot_general %178, %arg20, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %179 : tensor<1x16xf32>
    }, {
      %180 = stablehlo.dot_general %132, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %181 = stablehlo.dot_general %132, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %182 = stablehlo.logistic %180 : tensor<1x32xf32>
      %183 = stablehlo.multiply %180, %182 : tensor<1x32xf32>
      %184 = stablehlo.multiply %183, %181 : tensor<1x32xf32>
      %185 = stablehlo.dot_general %184, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %185 : tensor<1x16xf32>
    }, {
      %186 = stablehlo.dot_general %132, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %187 = stablehlo.dot_general %132, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %188 = stablehlo.logistic %186 : tensor<1x32xf32>
      %189 = stablehlo.multiply %186, %188 : tensor<1x32xf32>
      %190 = stablehlo.multiply %189, %187 : tensor<1x32xf32>
      %191 = stablehlo.dot_general %190, %arg26, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %191 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %192 = stablehlo.broadcast_in_dim %166, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %193 = stablehlo.multiply %167, %192 : tensor<1x16xf32>
    %194 = stablehlo.add %163, %193 : tensor<1x16xf32>
    %195 = stablehlo.add %89, %194 : tensor<1x16xf32>
    %196 = stablehlo.multiply %195, %195 : tensor<1x16xf32>
    %197 = stablehlo.reduce(%196 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %198 = stablehlo.divide %197, %15 : tensor<1xf32>
    %199 = stablehlo.add %198, %17 : tensor<1xf32>
    %200 = stablehlo.rsqrt %199 : tensor<1xf32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %202 = stablehlo.multiply %195, %201 : tensor<1x16xf32>
    %203 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %204 = stablehlo.multiply %202, %203 : tensor<1x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %205 = stablehlo.dot_general %204, %arg28, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %206 = stablehlo.dot_general %204, %arg29, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %207 = stablehlo.dot_general %204, %arg30, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %208 = stablehlo.multiply %205, %205 : tensor<1x16xf32>
    %209 = stablehlo.reduce(%208 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %210 = stablehlo.divide %209, %15 : tensor<1xf32>
    %211 = stablehlo.add %210, %17 : tensor<1xf32>
    %212 = stablehlo.rsqrt %211 : tensor<1xf32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %214 = stablehlo.multiply %205, %213 : tensor<1x16xf32>
    %215 = stablehlo.broadcast_in_dim %arg31, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %216 = stablehlo.multiply %214, %215 : tensor<1x16xf32>
    %217 = stablehlo.reshape %216 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %218 = stablehlo.slice %217 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %219 = stablehlo.slice %217 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %220 = stablehlo.negate %219 : tensor<1x2x4xf32>
    %221 = stablehlo.concatenate %220, %218, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %222 = stablehlo.multiply %217, %41 : tensor<1x2x8xf32>
    %223 = stablehlo.multiply %221, %42 : tensor<1x2x8xf32>
    %224 = stablehlo.add %222, %223 : tensor<1x2x8xf32>
    %225 = stablehlo.multiply %206, %206 : tensor<1x16xf32>
    %226 = stablehlo.reduce(%225 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %227 = stablehlo.divide %226, %15 : tensor<1xf32>
    %228 = stablehlo.add %227, %17 : tensor<1xf32>
    %229 = stablehlo.rsqrt %228 : tensor<1xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %231 = stablehlo.multiply %206, %230 : tensor<1x16xf32>
    %232 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %233 = stablehlo.multiply %231, %232 : tensor<1x16xf32>
    %234 = stablehlo.reshape %233 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %235 = stablehlo.slice %234 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %236 = stablehlo.slice %234 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %237 = stablehlo.negate %236 : tensor<1x2x4xf32>
    %238 = stablehlo.concatenate %237, %235, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %239 = stablehlo.multiply %234, %41 : tensor<1x2x8xf32>
    %240 = stablehlo.multiply %238, %42 : tensor<1x2x8xf32>
    %241 = stablehlo.add %239, %240 : tensor<1x2x8xf32>
    %242 = stablehlo.reshape %207 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %243 = stablehlo.reshape %241 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %244 = stablehlo.dynamic_update_slice %65, %243, %c_1, %arg2, %c, %c : (tensor<2x64x2x8xf32>, tensor<1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x2x8xf32>
    %245 = stablehlo.reshape %242 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %246 = stablehlo.dynamic_update_slice %67, %245, %c_1, %arg2, %c, %c : (tensor<2x64x2x8xf32>, tensor<1x1x2x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x2x8xf32>
    %247 = stablehlo.slice %244 [1:2, 0:64, 0:2, 0:8] : (tensor<2x64x2x8xf32>) -> tensor<1x64x2x8xf32>
    %248 = stablehlo.slice %246 [1:2, 0:64, 0:2, 0:8] : (tensor<2x64x2x8xf32>) -> tensor<1x64x2x8xf32>
    %249 = stablehlo.reshape %224 : (tensor<1x2x8xf32>) -> tensor<1x2x1x8xf32>
    %250 = stablehlo.dot_general %249, %247, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x1x8xf32>, tensor<1x64x2x8xf32>) -> tensor<1x2x1x64xf32>
    %251 = stablehlo.multiply %250, %72 : tensor<1x2x1x64xf32>
    %252 = stablehlo.select %76, %251, %77 : tensor<1x2x1x64xi1>, tensor<1x2x1x64xf32>
    %253 = stablehlo.reduce(%252 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x1x64xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x64xf32>
    %255 = stablehlo.subtract %252, %254 : tensor<1x2x1x64xf32>
    %256 = stablehlo.exponential %255 : tensor<1x2x1x64xf32>
    %257 = stablehlo.reduce(%256 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x1x64xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %258 = stablehlo.broadcast_in_dim %257, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x64xf32>
    %259 = stablehlo.divide %256, %258 : tensor<1x2x1x64xf32>
    %260 = stablehlo.dot_general %259, %248, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x1x64xf32>, tensor<1x64x2x8xf32>) -> tensor<1x2x1x8xf32>
    %261 = stablehlo.reshape %260 : (tensor<1x2x1x8xf32>) -> tensor<1x16xf32>
    %262 = stablehlo.dot_general %261, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %263 = stablehlo.add %195, %262 : tensor<1x16xf32>
    %264 = stablehlo.multiply %263, %263 : tensor<1x16xf32>
    %265 = stablehlo.reduce(%264 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %266 = stablehlo.divide %265, %15 : tensor<1xf32>
    %267 = stablehlo.add %266, %17 : tensor<1xf32>
    %268 = stablehlo.rsqrt %267 : tensor<1xf32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %270 = stablehlo.multiply %263, %269 : tensor<1x16xf32>
    %271 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %272 = stablehlo.multiply %270, %271 : tensor<1x16xf32>
    %273 = stablehlo.dot_general %272, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<4x16xf32>) -> tensor<1x4xf32>
    %274 = stablehlo.reduce(%273 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %276 = stablehlo.subtract %273, %275 : tensor<1x4xf32>
    %277 = stablehlo.exponential %276 : tensor<1x4xf32>
    %278 = stablehlo.reduce(%277 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %280 = stablehlo.divide %277, %279 : tensor<1x4xf32>
    %281 = stablehlo.reduce(%280 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %283 = stablehlo.compare  EQ, %280, %282,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %284 = stablehlo.select %283, %108, %112 : tensor<1x4xi1>, tensor<1x4xi32>
    %285 = stablehlo.reduce(%284 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %287 = stablehlo.compare  EQ, %108, %286,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %288 = stablehlo.select %287, %117, %280 : tensor<1x4xi1>, tensor<1x4xf32>
    %289 = stablehlo.reduce(%288 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %290 = stablehlo.broadcast_in_dim %289, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %291 = stablehlo.compare  EQ, %288, %290,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %292 = stablehlo.select %291, %108, %112 : tensor<1x4xi1>, tensor<1x4xi32>
    %293 = stablehlo.reduce(%292 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %295 = stablehlo.compare  EQ, %108, %294,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %296 = stablehlo.select %295, %117, %288 : tensor<1x4xi1>, tensor<1x4xf32>
    %297 = stablehlo.compare  GT, %285, %293,  SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %298 = stablehlo.select %297, %293, %285 : tensor<1xi1>, tensor<1xi32>
    %299 = stablehlo.select %297, %285, %293 : tensor<1xi1>, tensor<1xi32>
    %300 = stablehlo.select %297, %289, %281 : tensor<1xi1>, tensor<1xf32>
    %301 = stablehlo.select %297, %281, %289 : tensor<1xi1>, tensor<1xf32>
    %302 = stablehlo.slice %272 [0:1, 0:16] : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %303 = stablehlo.slice %298 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %304 = stablehlo.reshape %303 : (tensor<1xi32>) -> tensor<i32>
    %305 = stablehlo.slice %300 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %306 = "stablehlo.case"(%304) ({
      %307 = stablehlo.dot_general %302, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %308 = stablehlo.dot_general %302, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %309 = stablehlo.logistic %307 : tensor<1x32xf32>
      %310 = stablehlo.multiply %307, %309 : tensor<1x32xf32>
      %311 = stablehlo.multiply %310, %308 : tensor<1x32xf32>
      %312 = stablehlo.dot_general %311, %arg38, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %312 : tensor<1x16xf32>
    }, {
      %313 = stablehlo.dot_general %302, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %314 = stablehlo.dot_general %302, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %315 = stablehlo.logistic %313 : tensor<1x32xf32>
      %316 = stablehlo.multiply %313, %315 : tensor<1x32xf32>
      %317 = stablehlo.multiply %316, %314 : tensor<1x32xf32>
      %318 = stablehlo.dot_general %317, %arg41, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %318 : tensor<1x16xf32>
    }, {
      %319 = stablehlo.dot_general %302, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %320 = stablehlo.dot_general %302, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %321 = stablehlo.logistic %319 : tensor<1x32xf32>
      %322 = stablehlo.multiply %319, %321 : tensor<1x32xf32>
      %323 = stablehlo.multiply %322, %320 : tensor<1x32xf32>
      %324 = stablehlo.dot_general %323, %arg44, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %324 : tensor<1x16xf32>
    }, {
      %325 = stablehlo.dot_general %302, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %326 = stablehlo.dot_general %302, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %327 = stablehlo.logistic %325 : tensor<1x32xf32>
      %328 = stablehlo.multiply %325, %327 : tensor<1x32xf32>
      %329 = stablehlo.multiply %328, %326 : tensor<1x32xf32>
      %330 = stablehlo.dot_general %329, %arg47, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %330 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %331 = stablehlo.broadcast_in_dim %305, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %332 = stablehlo.multiply %306, %331 : tensor<1x16xf32>
    %333 = stablehlo.add %99, %332 : tensor<1x16xf32>
    %334 = stablehlo.slice %299 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %335 = stablehlo.reshape %334 : (tensor<1xi32>) -> tensor<i32>
    %336 = stablehlo.slice %301 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %337 = "stablehlo.case"(%335) ({
      %338 = stablehlo.dot_general %302, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %339 = stablehlo.dot_general %302, %arg37, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %340 = stablehlo.logistic %338 : tensor<1x32xf32>
      %341 = stablehlo.multiply %338, %340 : tensor<1x32xf32>
      %342 = stablehlo.multiply %341, %339 : tensor<1x32xf32>
      %343 = stablehlo.dot_general %342, %arg38, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %343 : tensor<1x16xf32>
    }, {
      %344 = stablehlo.dot_general %302, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %345 = stablehlo.dot_general %302, %arg40, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %346 = stablehlo.logistic %344 : tensor<1x32xf32>
      %347 = stablehlo.multiply %344, %346 : tensor<1x32xf32>
      %348 = stablehlo.multiply %347, %345 : tensor<1x32xf32>
      %349 = stablehlo.dot_general %348, %arg41, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %349 : tensor<1x16xf32>
    }, {
      %350 = stablehlo.dot_general %302, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %351 = stablehlo.dot_general %302, %arg43, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %352 = stablehlo.logistic %350 : tensor<1x32xf32>
      %353 = stablehlo.multiply %350, %352 : tensor<1x32xf32>
      %354 = stablehlo.multiply %353, %351 : tensor<1x32xf32>
      %355 = stablehlo.dot_general %354, %arg44, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %355 : tensor<1x16xf32>
    }, {
      %356 = stablehlo.dot_general %302, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %357 = stablehlo.dot_general %302, %arg46, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %358 = stablehlo.logistic %356 : tensor<1x32xf32>
      %359 = stablehlo.multiply %356, %358 : tensor<1x32xf32>
      %360 = stablehlo.multiply %359, %357 : tensor<1x32xf32>
      %361 = stablehlo.dot_general %360, %arg47, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %361 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %362 = stablehlo.broadcast_in_dim %336, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %363 = stablehlo.multiply %337, %362 : tensor<1x16xf32>
    %364 = stablehlo.add %333, %363 : tensor<1x16xf32>
    %365 = stablehlo.add %263, %364 : tensor<1x16xf32>
    %366 = stablehlo.multiply %365, %365 : tensor<1x16xf32>
    %367 = stablehlo.reduce(%366 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %368 = stablehlo.divide %367, %15 : tensor<1xf32>
    %369 = stablehlo.add %368, %17 : tensor<1xf32>
    %370 = stablehlo.rsqrt %369 : tensor<1xf32>
    %371 = stablehlo.broadcast_in_dim %370, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %372 = stablehlo.multiply %365, %371 : tensor<1x16xf32>
    %373 = stablehlo.broadcast_in_dim %arg48, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %374 = stablehlo.multiply %372, %373 : tensor<1x16xf32>
    %375 = stablehlo.dot_general %374, %arg49, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %376 = stablehlo.reshape %375 : (tensor<1x32xf32>) -> tensor<32xf32>
    return %376, %244, %246 : tensor<32xf32>, tensor<2x64x2x8xf32>, tensor<2x64x2x8xf32>
  }
}
