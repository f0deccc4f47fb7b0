// emit arch=olmo2-tiny graph=decode_step_logits precision=f32 capacity=64 batch=1 quant=none
module @decode_step_logits {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg7: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg9: tensor<16xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg11: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg12: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg14: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg15: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg16: tensor<16xf32> loc("model.layers.0.post_feedforward_layernorm.weight"), %arg17: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg18: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg19: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg21: tensor<8xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg22: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg23: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg24: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg25: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg26: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg27: tensor<16xf32> loc("model.layers.1.post_feedforward_layernorm.weight"), %arg28: tensor<16xf32> loc("model.norm.weight"), %arg29: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0376060307, 0.00141421356, 5.31829573E-5]> : tensor<4xf32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<1x4xf32>
    %7 = stablehlo.cosine %6 : tensor<1x4xf32>
    %8 = stablehlo.sine %6 : tensor<1x4xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %11 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %12 = "stablehlo.gather"(%arg5, %11) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<1x1xi32>) -> tensor<1x16xf32>
    %13 = stablehlo.dot_general %12, %arg6, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %14 = stablehlo.dot_general %12, %arg7, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %15 = stablehlo.dot_general %12, %arg8, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %16 = stablehlo.multiply %13, %13 : tensor<1x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.reduce(%16 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %19 = stablehlo.divide %17, %18 : tensor<1xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %21 = stablehlo.add %19, %20 : tensor<1xf32>
    %22 = stablehlo.rsqrt %21 : tensor<1xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %24 = stablehlo.multiply %13, %23 : tensor<1x16xf32>
    %25 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %26 = stablehlo.multiply %24, %25 : tensor<1x16xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %28 = stablehlo.slice %27 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %29 = stablehlo.slice %27 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %30 = stablehlo.negate %29 : tensor<1x2x4xf32>
    %31 = stablehlo.concatenate %30, %28, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %32 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %33 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %34 = stablehlo.multiply %27, %32 : tensor<1x2x8xf32>
    %35 = stablehlo.multiply %31, %33 : tensor<1x2x8xf32>
    %36 = stablehlo.add %34, %35 : tensor<1x2x8xf32>
    %37 = stablehlo.multiply %14, %14 : tensor<1x8xf32>
    %38 = stablehlo.reduce(%37 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x8xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_3 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %39 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %40 = stablehlo.divide %38, %39 : tensor<1xf32>
    %41 = stablehlo.add %40, %20 : tensor<1xf32>
    %42 = stablehlo.rsqrt %41 : tensor<1xf32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [0] : (tensor<1xf32>) -> tensor<1x8xf32>
    %44 = stablehlo.multiply %14, %43 : tensor<1x8xf32>
    %45 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %46 = stablehlo.multiply %44, %45 : tensor<1x8xf32>
    %47 = stablehlo.reshape %46 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %48 = stablehlo.slice %47 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %49 = stablehlo.slice %47 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %50 = stablehlo.negate %49 : tensor<1x1x4xf32>
    %51 = stablehlo.concatenate %50, %48, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %52 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %53 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %54 = stablehlo.multiply %47, %52 : tensor<1x1x8xf32>
    %55 = stablehlo.multiply %51, %53 : tensor<1x1x8xf32>
    %56 = stablehlo.add %54, %55 : tensor<1x1x8xf32>
    %57 = stablehlo.reshape %15 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %58 = stablehlo.reshape %56 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %59 = stablehlo.dynamic_update_slice %arg3, %58, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %60 = stablehlo.reshape %57 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %61 = stablehlo.dynamic_update_slice %arg4, %60, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %62 = stablehlo.slice %59 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %63 = stablehlo.slice %61 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %64 = stablehlo.reshape %36 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %65 = stablehlo.dot_general %64, %62, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_4 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %67 = stablehlo.multiply %65, %66 : tensor<1x1x2x64xf32>
    %68 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %69 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %70 = stablehlo.compare  LE, %69, %68,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %72 = stablehlo.select %70, %67, %71 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %73 = stablehlo.reduce(%72 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %75 = stablehlo.subtract %72, %74 : tensor<1x1x2x64xf32>
    %76 = stablehlo.exponential %75 : tensor<1x1x2x64xf32>
    %77 = stablehlo.reduce(%76 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %78 = stablehlo.broadcast_in_dim %77, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %79 = stablehlo.divide %76, %78 : tensor<1x1x2x64xf32>
    %80 = stablehlo.dot_general %79, %63, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %81 = stablehlo.reshape %80 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %82 = stablehlo.dot_general %81, %arg11, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %83 = stablehlo.multiply %82, %82 : tensor<1x16xf32>
    %84 = stablehlo.reduce(%83 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %85 = stablehlo.divide %84, %18 : tensor<1xf32>
    %86 = stablehlo.add %85, %20 : tensor<1xf32>
    %87 = stablehlo.rsqrt %86 : tensor<1xf32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %89 = stablehlo.multiply %82, %88 : tensor<1x16xf32>
    %90 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %91 = stablehlo.multiply %89, %90 : tensor<1x16xf32>
    %92 = stablehlo.add %12, %91 : tensor<1x16xf32>
    %93 = stablehlo.dot_general %92, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %94 = stablehlo.dot_general %92, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %95 = stablehlo.logistic %93 : tensor<1x32xf32>
    %96 = stablehlo.multiply %93, %95 : tensor<1x32xf32>
    %97 = stablehlo.multiply %96, %94 : tensor<1x32xf32>
    %98 = stablehlo.dot_general %97, %arg15, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %99 = stablehlo.multiply %98, %98 : tensor<1x16xf32>
    %100 = stablehlo.reduce(%99 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %101 = stablehlo.divide %100, %18 : tensor<1xf32>
    %102 = stablehlo.add %101, %20 : tensor<1xf32>
    %103 = stablehlo.rsqrt %102 : tensor<1xf32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %105 = stablehlo.multiply %98, %104 : tensor<1x16xf32>
    %106 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %107 = stablehlo.multiply %105, %106 : tensor<1x16xf32>
    %108 = stablehlo.add %92, %107 : tensor<1x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %109 = stablehlo.dot_general %108, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %110 = stablehlo.dot_general %108, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %111 = stablehlo.dot_general %108, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %112 = stablehlo.multiply %109, %109 : tensor<1x16xf32>
    %113 = stablehlo.reduce(%112 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %114 = stablehlo.divide %113, %18 : tensor<1xf32>
    %115 = stablehlo.add %114, %20 : tensor<1xf32>
    %116 = stablehlo.rsqrt %115 : tensor<1xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %118 = stablehlo.multiply %109, %117 : tensor<1x16xf32>
    %119 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %120 = stablehlo.multiply %118, %119 : tensor<1x16xf32>
    %121 = stablehlo.reshape %120 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %122 = stablehlo.slice %121 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %123 = stablehlo.slice %121 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %124 = stablehlo.negate %123 : tensor<1x2x4xf32>
    %125 = stablehlo.concatenate %124, %122, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %126 = stablehlo.multiply %121, %32 : tensor<1x2x8xf32>
    %127 = stablehlo.multiply %125, %33 : tensor<1x2x8xf32>
    %128 = stablehlo.add %126, %127 : tensor<1x2x8xf32>
    %129 = stablehlo.multiply %110, %110 : tensor<1x8xf32>
    %130 = stablehlo.reduce(%129 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x8xf32>, tensor<f32>) -> tensor<1xf32>
    %131 = stablehlo.divide %130, %39 : tensor<1xf32>
    %132 = stablehlo.add %131, %20 : tensor<1xf32>
    %133 = stablehlo.rsqrt %132 : tensor<1xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0] : (tensor<1xf32>) -> tensor<1x8xf32>
    %135 = stablehlo.multiply %110, %134 : tensor<1x8xf32>
    %136 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %137 = stablehlo.multiply %135, %136 : tensor<1x8xf32>
    %138 = stablehlo.reshape %137 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %139 = stablehlo.slice %138 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %140 = stablehlo.slice %138 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %141 = stablehlo.negate %140 : tensor<1x1x4xf32>
    %142 = stablehlo.concatenate %141, %139, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %143 = stablehlo.multiply %138, %52 : tensor<1x1x8xf32>
    %144 = stablehlo.multiply %142, %53 : tensor<1x1x8xf32>
    %145 = stablehlo.add %143, %144 : tensor<1x1x8xf32>
    %146 = stablehlo.reshape %111 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %147 = stablehlo.reshape %145 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %148 = stablehlo.dynamic_update_slice %59, %147, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %149 = stablehlo.reshape %146 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %150 = stablehlo.dynamic_update_slice %61, %149, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %151 = stablehlo.slice %148 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %152 = stablehlo.slice %150 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %153 = stablehlo.reshape %128 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %154 = stablehlo.dot_general %153, %151, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %155 = stablehlo.multiply %154, %66 : tensor<1x1x2x64xf32>
    %156 = stablehlo.select %70, %155, %71 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %157 = stablehlo.reduce(%156 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %159 = stablehlo.subtract %156, %158 : tensor<1x1x2x64xf32>
    %160 = stablehlo.exponential %159 : tensor<1x1x2x64xf32>
    %161 = stablehlo.reduce(%160 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %163 = stablehlo.divide %160, %162 : tensor<1x1x2x64xf32>
    %164 = stablehlo.dot_general %163, %152, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %165 = stablehlo.reshape %164 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %166 = stablehlo.dot_general %165, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %167 = stablehlo.multiply %166, %166 : tensor<1x16xf32>
    %168 = stablehlo.reduce(%167 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %169 = stablehlo.divide %168, %18 : tensor<1xf32>
    %170 = stablehlo.add %169, %20 : tensor<1xf32>
    %171 = stablehlo.rsqrt %170 : tensor<1xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %173 = stablehlo.multiply %166, %172 : tensor<1x16xf32>
    %174 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %175 = stablehlo.multiply %173, %174 : tensor<1x16xf32>
    %176 = stablehlo.add %108, %175 : tensor<1x16xf32>
    %177 = stablehlo.dot_general %176, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %178 = stablehlo.dot_general %176, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %179 = stablehlo.logistic %177 : tensor<1x32xf32>
    %180 = stablehlo.multiply %177, %179 : tensor<1x32xf32>
    %181 = stablehlo.multiply %180, %178 : tensor<1x32xf32>
    %182 = stablehlo.dot_general %181, %arg26, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %183 = stablehlo.multiply %182, %182 : tensor<1x16xf32>
    %184 = stablehlo.reduce(%183 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %185 = stablehlo.divide %184, %18 : tensor<1xf32>
    %186 = stablehlo.add %185, %20 : tensor<1xf32>
    %187 = stablehlo.rsqrt %186 : tensor<1xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %189 = stablehlo.multiply %182, %188 : tensor<1x16xf32>
    %190 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %191 = stablehlo.multiply %189, %190 : tensor<1x16xf32>
    %192 = stablehlo.add %176, %191 : tensor<1x16xf32>
    %193 = stablehlo.multiply %192, %192 : tensor<1x16xf32>
    %194 = stablehlo.reduce(%193 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %195 = stablehlo.divide %194, %18 : tensor<1xf32>
    %196 = stablehlo.add %195, %20 : tensor<1xf32>
    %197 = stablehlo.rsqrt %196 : tensor<1xf32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %199 = stablehlo.multiply %192, %198 : tensor<1x16xf32>
    %200 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %201 = stablehlo.multiply %199, %200 : tensor<1x16xf32>
    %202 = stablehlo.dot_general %201, %arg29, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %203 = stablehlo.reshape %202 : (tensor<1x32xf32>) -> tensor<32xf32>
    return %203, %148, %150 : tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
