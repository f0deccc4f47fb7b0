// emit arch=olmo2-tiny graph=prefill_logits precision=f32 capacity=64 chunk=32 quant=none
module @prefill_logits {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg7: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg9: tensor<16xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg11: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg12: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg14: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg15: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg16: tensor<16xf32> loc("model.layers.0.post_feedforward_layernorm.weight"), %arg17: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg18: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg19: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg21: tensor<8xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg22: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg23: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg24: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg25: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg26: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg27: tensor<16xf32> loc("model.layers.1.post_feedforward_layernorm.weight"), %arg28: tensor<16xf32> loc("model.norm.weight"), %arg29: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0376060307, 0.00141421356, 5.31829573E-5]> : tensor<4xf32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<32x4xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<32x4xf32>
    %6 = stablehlo.cosine %5 : tensor<32x4xf32>
    %7 = stablehlo.sine %5 : tensor<32x4xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x8xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x8xf32>
    %10 = stablehlo.reshape %arg0 : (tensor<32xi32>) -> tensor<32x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<32x1xi32>) -> tensor<32x16xf32>
    %12 = stablehlo.dot_general %11, %arg6, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %13 = stablehlo.dot_general %11, %arg7, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %14 = stablehlo.dot_general %11, %arg8, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %15 = stablehlo.multiply %12, %12 : tensor<32x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.reduce(%15 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %18 = stablehlo.divide %16, %17 : tensor<32xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %20 = stablehlo.add %18, %19 : tensor<32xf32>
    %21 = stablehlo.rsqrt %20 : tensor<32xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %23 = stablehlo.multiply %12, %22 : tensor<32x16xf32>
    %24 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %25 = stablehlo.multiply %23, %24 : tensor<32x16xf32>
    %26 = stablehlo.reshape %25 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %27 = stablehlo.slice %26 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %28 = stablehlo.slice %26 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %29 = stablehlo.negate %28 : tensor<32x2x4xf32>
    %30 = stablehlo.concatenate %29, %27, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %31 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %32 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %33 = stablehlo.multiply %26, %31 : tensor<32x2x8xf32>
    %34 = stablehlo.multiply %30, %32 : tensor<32x2x8xf32>
    %35 = stablehlo.add %33, %34 : tensor<32x2x8xf32>
    %36 = stablehlo.multiply %13, %13 : tensor<32x8xf32>
    %37 = stablehlo.reduce(%36 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x8xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_3 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %38 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %39 = stablehlo.divide %37, %38 : tensor<32xf32>
    %40 = stablehlo.add %39, %19 : tensor<32xf32>
    %41 = stablehlo.rsqrt %40 : tensor<32xf32>
    %42 = stablehlo.broadcast_in_dim %41, dims = [0] : (tensor<32xf32>) -> tensor<32x8xf32>
    %43 = stablehlo.multiply %13, %42 : tensor<32x8xf32>
    %44 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %45 = stablehlo.multiply %43, %44 : tensor<32x8xf32>
    %46 = stablehlo.reshape %45 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %47 = stablehlo.slice %46 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %48 = stablehlo.slice %46 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %49 = stablehlo.negate %48 : tensor<32x1x4xf32>
    %50 = stablehlo.concatenate %49, %47, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %51 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %52 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %53 = stablehlo.multiply %46, %51 : tensor<32x1x8xf32>
    %54 = stablehlo.multiply %50, %52 : tensor<32x1x8xf32>
    %55 = stablehlo.add %53, %54 : tensor<32x1x8xf32>
    %56 = stablehlo.reshape %14 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %57 = stablehlo.reshape %55 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %58 = stablehlo.dynamic_update_slice %arg3, %57, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %59 = stablehlo.reshape %56 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %60 = stablehlo.dynamic_update_slice %arg4, %59, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %61 = stablehlo.slice %58 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %62 = stablehlo.slice %60 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %63 = stablehlo.reshape %35 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %64 = stablehlo.reshape %61 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %65 = stablehlo.reshape %62 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %66 = stablehlo.dot_general %63, %64, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %cst_4 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %68 = stablehlo.multiply %66, %67 : tensor<1x32x2x64xf32>
    %69 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<1x32x2x64xi32>
    %70 = stablehlo.iota dim = 3 : tensor<1x32x2x64xi32>
    %71 = stablehlo.compare  LE, %70, %69,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %73 = stablehlo.select %71, %68, %72 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %74 = stablehlo.reduce(%73 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %76 = stablehlo.subtract %73, %75 : tensor<1x32x2x64xf32>
    %77 = stablehlo.exponential %76 : tensor<1x32x2x64xf32>
    %78 = stablehlo.reduce(%77 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %80 = stablehlo.divide %77, %79 : tensor<1x32x2x64xf32>
    %81 = stablehlo.dot_general %80, %65, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %82 = stablehlo.transpose %81, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %83 = stablehlo.reshape %82 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %84 = stablehlo.dot_general %83, %arg11, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %85 = stablehlo.multiply %84, %84 : tensor<32x16xf32>
    %86 = stablehlo.reduce(%85 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %87 = stablehlo.divide %86, %17 : tensor<32xf32>
    %88 = stablehlo.add %87, %19 : tensor<32xf32>
    %89 = stablehlo.rsqrt %88 : tensor<32xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %91 = stablehlo.multiply %84, %90 : tensor<32x16xf32>
    %92 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %93 = stablehlo.multiply %91, %92 : tensor<32x16xf32>
    %94 = stablehlo.add %11, %93 : tensor<32x16xf32>
    %95 = stablehlo.dot_general %94, %arg13, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %96 = stablehlo.dot_general %94, %arg14, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %97 = stablehlo.logistic %95 : tensor<32x32xf32>
    %98 = stablehlo.multiply %95, %97 : tensor<32x32xf32>
    %99 = stablehlo.multiply %98, %96 : tensor<32x32xf32>
    %100 = stablehlo.dot_general %99, %arg15, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %101 = stablehlo.multiply %100, %100 : tensor<32x16xf32>
    %102 = stablehlo.reduce(%101 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %103 = stablehlo.divide %102, %17 : tensor<32xf32>
    %104 = stablehlo.add %103, %19 : tensor<32xf32>
    %105 = stablehlo.rsqrt %104 : tensor<32xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %107 = stablehlo.multiply %100, %106 : tensor<32x16xf32>
    %108 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %109 = stablehlo.multiply %107, %108 : tensor<32x16xf32>
    %110 = stablehlo.add %94, %109 : tensor<32x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %111 = stablehlo.dot_general %110, %arg17, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %112 = stablehlo.dot_general %110, %arg18, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %113 = stablehlo.dot_general %110, %arg19, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %114 = stablehlo.multiply %111, %111 : tensor<32x16xf32>
    %115 = stablehlo.reduce(%114 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %116 = stablehlo.divide %115, %17 : tensor<32xf32>
    %117 = stablehlo.add %116, %19 : tensor<32xf32>
    %118 = stablehlo.rsqrt %117 : tensor<32xf32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %120 = stablehlo.multiply %111, %119 : tensor<32x16xf32>
    %121 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %122 = stablehlo.multiply %120, %121 : tensor<32x16xf32>
    %123 = stablehlo.reshape %122 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %124 = stablehlo.slice %123 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %125 = stablehlo.slice %123 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %126 = stablehlo.negate %125 : tensor<32x2x4xf32>
    %127 = stablehlo.concatenate %126, %124, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %128 = stablehlo.multiply %123, %31 : tensor<32x2x8xf32>
    %129 = stablehlo.multiply %127, %32 : tensor<32x2x8xf32>
    %130 = stablehlo.add %128, %129 : tensor<32x2x8xf32>
    %131 = stablehlo.multiply %112, %112 : tensor<32x8xf32>
    %132 = stablehlo.reduce(%131 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x8xf32>, tensor<f32>) -> tensor<32xf32>
    %133 = stablehlo.divide %132, %38 : tensor<32xf32>
    %134 = stablehlo.add %133, %19 : tensor<32xf32>
    %135 = stablehlo.rsqrt %134 : tensor<32xf32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [0] : (tensor<32xf32>) -> tensor<32x8xf32>
    %137 = stablehlo.multiply %112, %136 : tensor<32x8xf32>
    %138 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %139 = stablehlo.multiply %137, %138 : tensor<32x8xf32>
    %140 = stablehlo.reshape %139 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %141 = stablehlo.slice %140 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %142 = stablehlo.slice %140 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %143 = stablehlo.negate %142 : tensor<32x1x4xf32>
    %144 = stablehlo.concatenate %143, %141, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %145 = stablehlo.multiply %140, %51 : tensor<32x1x8xf32>
    %146 = stablehlo.multiply %144, %52 : tensor<32x1x8xf32>
    %147 = stablehlo.add %145, %146 : tensor<32x1x8xf32>
    %148 = stablehlo.reshape %113 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %149 = stablehlo.reshape %147 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %150 = stablehlo.dynamic_update_slice %58, %149, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %151 = stablehlo.reshape %148 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %152 = stablehlo.dynamic_update_slice %60, %151, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %153 = stablehlo.slice %150 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %154 = stablehlo.slice %152 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %155 = stablehlo.reshape %130 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %156 = stablehlo.reshape %153 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %157 = stablehlo.reshape %154 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %158 = stablehlo.dot_general %155, %156, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %159 = stablehlo.multiply %158, %67 : tensor<1x32x2x64xf32>
    %160 = stablehlo.select %71, %159, %72 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %161 = stablehlo.reduce(%160 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %163 = stablehlo.subtract %160, %162 : tensor<1x32x2x64xf32>
    %164 = stablehlo.exponential %163 : tensor<1x32x2x64xf32>
    %165 = stablehlo.reduce(%164 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %167 = stablehlo.divide %164, %166 : tensor<1x32x2x64xf32>
    %168 = stablehlo.dot_general %167, %157, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %169 = stablehlo.transpose %168, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %170 = stablehlo.reshape %169 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %171 = stablehlo.dot_general %170, %arg22, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %172 = stablehlo.multiply %171, %171 : tensor<32x16xf32>
    %173 = stablehlo.reduce(%172 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %174 = stablehlo.divide %173, %17 : tensor<32xf32>
    %175 = stablehlo.add %174, %19 : tensor<32xf32>
    %176 = stablehlo.rsqrt %175 : tensor<32xf32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %178 = stablehlo.multiply %171, %177 : tensor<32x16xf32>
    %179 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<32x16xf32>
    %181 = stablehlo.add %110, %180 : tensor<32x16xf32>
    %182 = stablehlo.dot_general %181, %arg24, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %183 = stablehlo.dot_general %181, %arg25, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %184 = stablehlo.logistic %182 : tensor<32x32xf32>
    %185 = stablehlo.multiply %182, %184 : tensor<32x32xf32>
    %186 = stablehlo.multiply %185, %183 : tensor<32x32xf32>
    %187 = stablehlo.dot_general %186, %arg26, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %188 = stablehlo.multiply %187, %187 : tensor<32x16xf32>
    %189 = stablehlo.reduce(%188 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %190 = stablehlo.divide %189, %17 : tensor<32xf32>
    %191 = stablehlo.add %190, %19 : tensor<32xf32>
    %192 = stablehlo.rsqrt %191 : tensor<32xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %194 = stablehlo.multiply %187, %193 : tensor<32x16xf32>
    %195 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %196 = stablehlo.multiply %194, %195 : tensor<32x16xf32>
    %197 = stablehlo.add %181, %196 : tensor<32x16xf32>
    %198 = stablehlo.subtract %arg2, %c_0 : tensor<i32>
    %199 = stablehlo.dynamic_slice %197, %198, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %200 = stablehlo.multiply %199, %199 : tensor<1x16xf32>
    %201 = stablehlo.reduce(%200 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %202 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %203 = stablehlo.divide %201, %202 : tensor<1xf32>
    %204 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %205 = stablehlo.add %203, %204 : tensor<1xf32>
    %206 = stablehlo.rsqrt %205 : tensor<1xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %208 = stablehlo.multiply %199, %207 : tensor<1x16xf32>
    %209 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %210 = stablehlo.multiply %208, %209 : tensor<1x16xf32>
    %211 = stablehlo.dot_general %210, %arg29, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %212 = stablehlo.reshape %211 : (tensor<1x32xf32>) -> tensor<32xf32>
    return %212, %150, %152 : tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
