// emit arch=qwen3-tiny graph=prefill precision=f32 capacity=64 chunk=32 quant=none
module @prefill {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg12: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg13: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg14: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg15: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg16: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg17: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg18: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg19: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg20: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg21: tensor<8xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg22: tensor<8xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg23: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg24: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg25: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg26: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg27: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg28: tensor<16xf32> loc("model.norm.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0316227749, 1.000000e-03, 3.16227779E-5]> : tensor<4xf32>
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
    %107 = stablehlo.dot_general %106, %arg14, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %108 = stablehlo.dot_general %106, %arg15, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %109 = stablehlo.logistic %107 : tensor<32x32xf32>
    %110 = stablehlo.multiply %107, %109 : tensor<32x32xf32>
    %111 = stablehlo.multiply %110, %108 : tensor<32x32xf32>
    %112 = stablehlo.dot_general %111, %arg16, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %113 = stablehlo.add %97, %112 : tensor<32x16xf32>
    %114 = stablehlo.multiply %113, %113 : tensor<32x16xf32>
    %115 = stablehlo.reduce(%114 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %116 = stablehlo.divide %115, %14 : tensor<32xf32>
    %117 = stablehlo.add %116, %16 : tensor<32xf32>
    %118 = stablehlo.rsqrt %117 : tensor<32xf32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %120 = stablehlo.multiply %113, %119 : tensor<32x16xf32>
    %121 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %122 = stablehlo.multiply %120, %121 : tensor<32x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %123 = stablehlo.dot_general %122, %arg18, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %124 = stablehlo.dot_general %122, %arg19, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %125 = stablehlo.dot_general %122, %arg20, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %126 = stablehlo.reshape %123 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %127 = stablehlo.multiply %126, %126 : tensor<32x2x8xf32>
    %128 = stablehlo.reduce(%127 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<32x2x8xf32>, tensor<f32>) -> tensor<32x2xf32>
    %129 = stablehlo.divide %128, %29 : tensor<32x2xf32>
    %130 = stablehlo.add %129, %31 : tensor<32x2xf32>
    %131 = stablehlo.rsqrt %130 : tensor<32x2xf32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [0, 1] : (tensor<32x2xf32>) -> tensor<32x2x8xf32>
    %133 = stablehlo.multiply %126, %132 : tensor<32x2x8xf32>
    %134 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<8xf32>) -> tensor<32x2x8xf32>
    %135 = stablehlo.multiply %133, %134 : tensor<32x2x8xf32>
    %136 = stablehlo.slice %135 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %137 = stablehlo.slice %135 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %138 = stablehlo.negate %137 : tensor<32x2x4xf32>
    %139 = stablehlo.concatenate %138, %136, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %140 = stablehlo.multiply %135, %42 : tensor<32x2x8xf32>
    %141 = stablehlo.multiply %139, %43 : tensor<32x2x8xf32>
    %142 = stablehlo.add %140, %141 : tensor<32x2x8xf32>
    %143 = stablehlo.reshape %124 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %144 = stablehlo.multiply %143, %143 : tensor<32x1x8xf32>
    %145 = stablehlo.reduce(%144 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<32x1x8xf32>, tensor<f32>) -> tensor<32x1xf32>
    %146 = stablehlo.divide %145, %50 : tensor<32x1xf32>
    %147 = stablehlo.add %146, %52 : tensor<32x1xf32>
    %148 = stablehlo.rsqrt %147 : tensor<32x1xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0, 1] : (tensor<32x1xf32>) -> tensor<32x1x8xf32>
    %150 = stablehlo.multiply %143, %149 : tensor<32x1x8xf32>
    %151 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<8xf32>) -> tensor<32x1x8xf32>
    %152 = stablehlo.multiply %150, %151 : tensor<32x1x8xf32>
    %153 = stablehlo.slice %152 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %154 = stablehlo.slice %152 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %155 = stablehlo.negate %154 : tensor<32x1x4xf32>
    %156 = stablehlo.concatenate %155, %153, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %157 = stablehlo.multiply %152, %63 : tensor<32x1x8xf32>
    %158 = stablehlo.multiply %156, %64 : tensor<32x1x8xf32>
    %159 = stablehlo.add %157, %158 : tensor<32x1x8xf32>
    %160 = stablehlo.reshape %125 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %161 = stablehlo.reshape %159 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %162 = stablehlo.dynamic_update_slice %70, %161, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %163 = stablehlo.reshape %160 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %164 = stablehlo.dynamic_update_slice %72, %163, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %165 = stablehlo.slice %162 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %166 = stablehlo.slice %164 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %167 = stablehlo.reshape %142 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %168 = stablehlo.reshape %165 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %169 = stablehlo.reshape %166 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %170 = stablehlo.dot_general %167, %168, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %171 = stablehlo.multiply %170, %79 : tensor<1x32x2x64xf32>
    %172 = stablehlo.select %83, %171, %84 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %173 = stablehlo.reduce(%172 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %175 = stablehlo.subtract %172, %174 : tensor<1x32x2x64xf32>
    %176 = stablehlo.exponential %175 : tensor<1x32x2x64xf32>
    %177 = stablehlo.reduce(%176 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %179 = stablehlo.divide %176, %178 : tensor<1x32x2x64xf32>
    %180 = stablehlo.dot_general %179, %169, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %181 = stablehlo.transpose %180, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %182 = stablehlo.reshape %181 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %183 = stablehlo.dot_general %182, %arg23, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %184 = stablehlo.add %113, %183 : tensor<32x16xf32>
    %185 = stablehlo.multiply %184, %184 : tensor<32x16xf32>
    %186 = stablehlo.reduce(%185 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %187 = stablehlo.divide %186, %14 : tensor<32xf32>
    %188 = stablehlo.add %187, %16 : tensor<32xf32>
    %189 = stablehlo.rsqrt %188 : tensor<32xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %191 = stablehlo.multiply %184, %190 : tensor<32x16xf32>
    %192 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %193 = stablehlo.multiply %191, %192 : tensor<32x16xf32>
    %194 = stablehlo.dot_general %193, %arg25, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %195 = stablehlo.dot_general %193, %arg26, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %196 = stablehlo.logistic %194 : tensor<32x32xf32>
    %197 = stablehlo.multiply %194, %196 : tensor<32x32xf32>
    %198 = stablehlo.multiply %197, %195 : tensor<32x32xf32>
    %199 = stablehlo.dot_general %198, %arg27, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %200 = stablehlo.add %184, %199 : tensor<32x16xf32>
    %201 = stablehlo.subtract %arg2, %c_0 : tensor<i32>
    %202 = stablehlo.dynamic_slice %200, %201, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %203 = stablehlo.multiply %202, %202 : tensor<1x16xf32>
    %204 = stablehlo.reduce(%203 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %205 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %206 = stablehlo.divide %204, %205 : tensor<1xf32>
    %207 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %208 = stablehlo.add %206, %207 : tensor<1xf32>
    %209 = stablehlo.rsqrt %208 : tensor<1xf32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %211 = stablehlo.multiply %202, %210 : tensor<1x16xf32>
    %212 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %213 = stablehlo.multiply %211, %212 : tensor<1x16xf32>
    %214 = stablehlo.dot_general %213, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %215 = stablehlo.reshape %214 : (tensor<1x32xf32>) -> tensor<32xf32>
    %216 = stablehlo.iota dim = 0 : tensor<32xi32>
    %217:2 = stablehlo.reduce(%215 init: %cst_5), (%216 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg29: tensor<f32>, %arg31: tensor<f32>) (%arg30: tensor<i32>, %arg32: tensor<i32>)  {
      %218 = stablehlo.compare  GT, %arg29, %arg31,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %219 = stablehlo.compare  NE, %arg29, %arg29,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %220 = stablehlo.or %218, %219 : tensor<i1>
      %221 = stablehlo.compare  EQ, %arg29, %arg31,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %222 = stablehlo.compare  LT, %arg30, %arg32,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %223 = stablehlo.and %221, %222 : tensor<i1>
      %224 = stablehlo.or %220, %223 : tensor<i1>
      %225 = stablehlo.select %220, %arg29, %arg31 : tensor<i1>, tensor<f32>
      %226 = stablehlo.select %224, %arg30, %arg32 : tensor<i1>, tensor<i32>
      stablehlo.return %225, %226 : tensor<f32>, tensor<i32>
    }
    return %217#1, %162, %164 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
