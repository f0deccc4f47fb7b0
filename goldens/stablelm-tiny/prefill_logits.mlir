// emit arch=stablelm-tiny graph=prefill_logits precision=f32 capacity=64 chunk=32 quant=none
module @prefill_logits {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16xf32> loc("model.layers.0.input_layernorm.bias"), %arg8: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg9: tensor<16xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg10: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg12: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg13: tensor<8xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg14: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg16: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.bias"), %arg17: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg18: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg19: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg21: tensor<16xf32> loc("model.layers.1.input_layernorm.bias"), %arg22: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg23: tensor<16xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg24: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg25: tensor<8xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg26: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg27: tensor<8xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg28: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg29: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg30: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.bias"), %arg31: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg32: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg33: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg34: tensor<16xf32> loc("model.norm.weight"), %arg35: tensor<16xf32> loc("model.norm.bias"), %arg36: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x1xf32>
    %cst = stablehlo.constant dense<[1.000000e+00]> : tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<1xf32>) -> tensor<32x1xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<32x1xf32>
    %6 = stablehlo.cosine %5 : tensor<32x1xf32>
    %7 = stablehlo.sine %5 : tensor<32x1xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<32x1xf32>, tensor<32x1xf32>) -> tensor<32x2xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<32x1xf32>, tensor<32x1xf32>) -> tensor<32x2xf32>
    %10 = stablehlo.reshape %arg0 : (tensor<32xi32>) -> tensor<32x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<32x1xi32>) -> tensor<32x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.reduce(%11 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %14 = stablehlo.divide %12, %13 : tensor<32xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %16 = stablehlo.subtract %11, %15 : tensor<32x16xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<32x16xf32>
    %18 = stablehlo.reduce(%17 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %19 = stablehlo.divide %18, %13 : tensor<32xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %21 = stablehlo.add %19, %20 : tensor<32xf32>
    %22 = stablehlo.rsqrt %21 : tensor<32xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %24 = stablehlo.multiply %16, %23 : tensor<32x16xf32>
    %25 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %26 = stablehlo.multiply %24, %25 : tensor<32x16xf32>
    %27 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %28 = stablehlo.add %26, %27 : tensor<32x16xf32>
    %29 = stablehlo.dot_general %28, %arg8, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %30 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %31 = stablehlo.add %29, %30 : tensor<32x16xf32>
    %32 = stablehlo.dot_general %28, %arg10, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %33 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %34 = stablehlo.add %32, %33 : tensor<32x8xf32>
    %35 = stablehlo.dot_general %28, %arg12, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %36 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %37 = stablehlo.add %35, %36 : tensor<32x8xf32>
    %38 = stablehlo.reshape %31 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %39 = stablehlo.slice %38 [0:32, 0:2, 0:2] : (tensor<32x2x8xf32>) -> tensor<32x2x2xf32>
    %40 = stablehlo.slice %38 [0:32, 0:2, 2:8] : (tensor<32x2x8xf32>) -> tensor<32x2x6xf32>
    %41 = stablehlo.slice %39 [0:32, 0:2, 0:1] : (tensor<32x2x2xf32>) -> tensor<32x2x1xf32>
    %42 = stablehlo.slice %39 [0:32, 0:2, 1:2] : (tensor<32x2x2xf32>) -> tensor<32x2x1xf32>
    %43 = stablehlo.negate %42 : tensor<32x2x1xf32>
    %44 = stablehlo.concatenate %43, %41, dim = 2 : (tensor<32x2x1xf32>, tensor<32x2x1xf32>) -> tensor<32x2x2xf32>
    %45 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x2xf32>) -> tensor<32x2x2xf32>
    %46 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x2xf32>) -> tensor<32x2x2xf32>
    %47 = stablehlo.multiply %39, %45 : tensor<32x2x2xf32>
    %48 = stablehlo.multiply %44, %46 : tensor<32x2x2xf32>
    %49 = stablehlo.add %47, %48 : tensor<32x2x2xf32>
    %50 = stablehlo.concatenate %49, %40, dim = 2 : (tensor<32x2x2xf32>, tensor<32x2x6xf32>) -> tensor<32x2x8xf32>
    %51 = stablehlo.reshape %34 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %52 = stablehlo.slice %51 [0:32, 0:1, 0:2] : (tensor<32x1x8xf32>) -> tensor<32x1x2xf32>
    %53 = stablehlo.slice %51 [0:32, 0:1, 2:8] : (tensor<32x1x8xf32>) -> tensor<32x1x6xf32>
    %54 = stablehlo.slice %52 [0:32, 0:1, 0:1] : (tensor<32x1x2xf32>) -> tensor<32x1x1xf32>
    %55 = stablehlo.slice %52 [0:32, 0:1, 1:2] : (tensor<32x1x2xf32>) -> tensor<32x1x1xf32>
    %56 = stablehlo.negate %55 : tensor<32x1x1xf32>
    %57 = stablehlo.concatenate %56, %54, dim = 2 : (tensor<32x1x1xf32>, tensor<32x1x1xf32>) -> tensor<32x1x2xf32>
    %58 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x2xf32>) -> tensor<32x1x2xf32>
    %59 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x2xf32>) -> tensor<32x1x2xf32>
    %60 = stablehlo.multiply %52, %58 : tensor<32x1x2xf32>
    %61 = stablehlo.multiply %57, %59 : tensor<32x1x2xf32>
    %62 = stablehlo.add %60, %61 : tensor<32x1x2xf32>
    %63 = stablehlo.concatenate %62, %53, dim = 2 : (tensor<32x1x2xf32>, tensor<32x1x6xf32>) -> tensor<32x1x8xf32>
    %64 = stablehlo.reshape %37 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %65 = stablehlo.reshape %63 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %66 = stablehlo.dynamic_update_slice %arg3, %65, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %67 = stablehlo.reshape %64 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %68 = stablehlo.dynamic_update_slice %arg4, %67, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %69 = stablehlo.slice %66 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %70 = stablehlo.slice %68 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %71 = stablehlo.reshape %50 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %72 = stablehlo.reshape %69 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %73 = stablehlo.reshape %70 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %74 = stablehlo.dot_general %71, %72, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %76 = stablehlo.multiply %74, %75 : tensor<1x32x2x64xf32>
    %77 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<1x32x2x64xi32>
    %78 = stablehlo.iota dim = 3 : tensor<1x32x2x64xi32>
    %79 = stablehlo.compare  LE, %78, %77,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %81 = stablehlo.select %79, %76, %80 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %82 = stablehlo.reduce(%81 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %84 = stablehlo.subtract %81, %83 : tensor<1x32x2x64xf32>
    %85 = stablehlo.exponential %84 : tensor<1x32x2x64xf32>
    %86 = stablehlo.reduce(%85 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %88 = stablehlo.divide %85, %87 : tensor<1x32x2x64xf32>
    %89 = stablehlo.dot_general %88, %73, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %90 = stablehlo.transpose %89, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %91 = stablehlo.reshape %90 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %92 = stablehlo.dot_general %91, %arg14, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %93 = stablehlo.add %11, %92 : tensor<32x16xf32>
    %94 = stablehlo.reduce(%93 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %95 = stablehlo.divide %94, %13 : tensor<32xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %97 = stablehlo.subtract %93, %96 : tensor<32x16xf32>
    %98 = stablehlo.multiply %97, %97 : tensor<32x16xf32>
    %99 = stablehlo.reduce(%98 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %100 = stablehlo.divide %99, %13 : tensor<32xf32>
    %101 = stablehlo.add %100, %20 : tensor<32xf32>
    %102 = stablehlo.rsqrt %101 : tensor<32xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %104 = stablehlo.multiply %97, %103 : tensor<32x16xf32>
    %105 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %106 = stablehlo.multiply %104, %105 : tensor<32x16xf32>
    %107 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %108 = stablehlo.add %106, %107 : tensor<32x16xf32>
    %109 = stablehlo.dot_general %108, %arg17, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %110 = stablehlo.dot_general %108, %arg18, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %111 = stablehlo.logistic %109 : tensor<32x32xf32>
    %112 = stablehlo.multiply %109, %111 : tensor<32x32xf32>
    %113 = stablehlo.multiply %112, %110 : tensor<32x32xf32>
    %114 = stablehlo.dot_general %113, %arg19, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %115 = stablehlo.add %93, %114 : tensor<32x16xf32>
    %116 = stablehlo.reduce(%115 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %117 = stablehlo.divide %116, %13 : tensor<32xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %119 = stablehlo.subtract %115, %118 : tensor<32x16xf32>
    %120 = stablehlo.multiply %119, %119 : tensor<32x16xf32>
    %121 = stablehlo.reduce(%120 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %122 = stablehlo.divide %121, %13 : tensor<32xf32>
    %123 = stablehlo.add %122, %20 : tensor<32xf32>
    %124 = stablehlo.rsqrt %123 : tensor<32xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %126 = stablehlo.multiply %119, %125 : tensor<32x16xf32>
    %127 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %128 = stablehlo.multiply %126, %127 : tensor<32x16xf32>
    %129 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %130 = stablehlo.add %128, %129 : tensor<32x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %131 = stablehlo.dot_general %130, %arg22, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %132 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %133 = stablehlo.add %131, %132 : tensor<32x16xf32>
    %134 = stablehlo.dot_general %130, %arg24, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %135 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %136 = stablehlo.add %134, %135 : tensor<32x8xf32>
    %137 = stablehlo.dot_general %130, %arg26, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %138 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %139 = stablehlo.add %137, %138 : tensor<32x8xf32>
    %140 = stablehlo.reshape %133 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %141 = stablehlo.slice %140 [0:32, 0:2, 0:2] : (tensor<32x2x8xf32>) -> tensor<32x2x2xf32>
    %142 = stablehlo.slice %140 [0:32, 0:2, 2:8] : (tensor<32x2x8xf32>) -> tensor<32x2x6xf32>
    %143 = stablehlo.slice %141 [0:32, 0:2, 0:1] : (tensor<32x2x2xf32>) -> tensor<32x2x1xf32>
    %144 = stablehlo.slice %141 [0:32, 0:2, 1:2] : (tensor<32x2x2xf32>) -> tensor<32x2x1xf32>
    %145 = stablehlo.negate %144 : tensor<32x2x1xf32>
    %146 = stablehlo.concatenate %145, %143, dim = 2 : (tensor<32x2x1xf32>, tensor<32x2x1xf32>) -> tensor<32x2x2xf32>
    %147 = stablehlo.multiply %141, %45 : tensor<32x2x2xf32>
    %148 = stablehlo.multiply %146, %46 : tensor<32x2x2xf32>
    %149 = stablehlo.add %147, %148 : tensor<32x2x2xf32>
    %150 = stablehlo.concatenate %149, %142, dim = 2 : (tensor<32x2x2xf32>, tensor<32x2x6xf32>) -> tensor<32x2x8xf32>
    %151 = stablehlo.reshape %136 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %152 = stablehlo.slice %151 [0:32, 0:1, 0:2] : (tensor<32x1x8xf32>) -> tensor<32x1x2xf32>
    %153 = stablehlo.slice %151 [0:32, 0:1, 2:8] : (tensor<32x1x8xf32>) -> tensor<32x1x6xf32>
    %154 = stablehlo.slice %152 [0:32, 0:1, 0:1] : (tensor<32x1x2xf32>) -> tensor<32x1x1xf32>
    %155 = stablehlo.slice %152 [0:32, 0:1, 1:2] : (tensor<32x1x2xf32>) -> tensor<32x1x1xf32>
    %156 = stablehlo.negate %155 : tensor<32x1x1xf32>
    %157 = stablehlo.concatenate %156, %154, dim = 2 : (tensor<32x1x1xf32>, tensor<32x1x1xf32>) -> tensor<32x1x2xf32>
    %158 = stablehlo.multiply %152, %58 : tensor<32x1x2xf32>
    %159 = stablehlo.multiply %157, %59 : tensor<32x1x2xf32>
    %160 = stablehlo.add %158, %159 : tensor<32x1x2xf32>
    %161 = stablehlo.concatenate %160, %153, dim = 2 : (tensor<32x1x2xf32>, tensor<32x1x6xf32>) -> tensor<32x1x8xf32>
    %162 = stablehlo.reshape %139 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %163 = stablehlo.reshape %161 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %164 = stablehlo.dynamic_update_slice %66, %163, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %165 = stablehlo.reshape %162 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %166 = stablehlo.dynamic_update_slice %68, %165, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %167 = stablehlo.slice %164 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %168 = stablehlo.slice %166 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %169 = stablehlo.reshape %150 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %170 = stablehlo.reshape %167 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %171 = stablehlo.reshape %168 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %172 = stablehlo.dot_general %169, %170, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %173 = stablehlo.multiply %172, %75 : tensor<1x32x2x64xf32>
    %174 = stablehlo.select %79, %173, %80 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %175 = stablehlo.reduce(%174 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %177 = stablehlo.subtract %174, %176 : tensor<1x32x2x64xf32>
    %178 = stablehlo.exponential %177 : tensor<1x32x2x64xf32>
    %179 = stablehlo.reduce(%178 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %181 = stablehlo.divide %178, %180 : tensor<1x32x2x64xf32>
    %182 = stablehlo.dot_general %181, %171, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %183 = stablehlo.transpose %182, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %184 = stablehlo.reshape %183 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %185 = stablehlo.dot_general %184, %arg28, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %186 = stablehlo.add %115, %185 : tensor<32x16xf32>
    %187 = stablehlo.reduce(%186 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %188 = stablehlo.divide %187, %13 : tensor<32xf32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %190 = stablehlo.subtract %186, %189 : tensor<32x16xf32>
    %191 = stablehlo.multiply %190, %190 : tensor<32x16xf32>
    %192 = stablehlo.reduce(%191 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %193 = stablehlo.divide %192, %13 : tensor<32xf32>
    %194 = stablehlo.add %193, %20 : tensor<32xf32>
    %195 = stablehlo.rsqrt %194 : tensor<32xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %197 = stablehlo.multiply %190, %196 : tensor<32x16xf32>
    %198 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %199 = stablehlo.multiply %197, %198 : tensor<32x16xf32>
    %200 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %201 = stablehlo.add %199, %200 : tensor<32x16xf32>
    %202 = stablehlo.dot_general %201, %arg31, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %203 = stablehlo.dot_general %201, %arg32, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %204 = stablehlo.logistic %202 : tensor<32x32xf32>
    %205 = stablehlo.multiply %202, %204 : tensor<32x32xf32>
    %206 = stablehlo.multiply %205, %203 : tensor<32x32xf32>
    %207 = stablehlo.dot_general %206, %arg33, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %208 = stablehlo.add %186, %207 : tensor<32x16xf32>
    %209 = stablehlo.subtract %arg2, %c_0 : tensor<i32>
    %210 = stablehlo.dynamic_slice %208, %209, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %211 = stablehlo.reduce(%210 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %212 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %213 = stablehlo.divide %211, %212 : tensor<1xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %215 = stablehlo.subtract %210, %214 : tensor<1x16xf32>
    %216 = stablehlo.multiply %215, %215 : tensor<1x16xf32>
    %217 = stablehlo.reduce(%216 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %218 = stablehlo.divide %217, %212 : tensor<1xf32>
    %219 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %220 = stablehlo.add %218, %219 : tensor<1xf32>
    %221 = stablehlo.rsqrt %220 : tensor<1xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %223 = stablehlo.multiply %215, %222 : tensor<1x16xf32>
    %224 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %225 = stablehlo.multiply %223, %224 : tensor<1x16xf32>
    %226 = stablehlo.broadcast_in_dim %arg35, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %227 = stablehlo.add %225, %226 : tensor<1x16xf32>
    %228 = stablehlo.dot_general %227, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %229 = stablehlo.reshape %228 : (tensor<1x32xf32>) -> tensor<32xf32>
    return %229, %164, %166 : tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
