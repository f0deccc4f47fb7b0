// emit arch=gemma3-tiny graph=prefill precision=f32 capacity=64 chunk=32 quant=none
module @prefill {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg12: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg13: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg14: tensor<16xf32> loc("model.layers.0.pre_feedforward_layernorm.weight"), %arg15: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg16: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg17: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg18: tensor<16xf32> loc("model.layers.0.post_feedforward_layernorm.weight"), %arg19: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg20: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg21: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg22: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg23: tensor<8xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg24: tensor<8xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg25: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg26: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg27: tensor<16xf32> loc("model.layers.1.pre_feedforward_layernorm.weight"), %arg28: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg29: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg30: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg31: tensor<16xf32> loc("model.layers.1.post_feedforward_layernorm.weight"), %arg32: tensor<16xf32> loc("model.norm.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
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
    %cst_0 = stablehlo.constant dense<[1.000000e+00, 0.0316227749, 1.000000e-03, 3.16227779E-5]> : tensor<4xf32>
    %10 = stablehlo.broadcast_in_dim %cst_0, dims = [1] : (tensor<4xf32>) -> tensor<32x4xf32>
    %11 = stablehlo.multiply %3, %10 : tensor<32x4xf32>
    %12 = stablehlo.cosine %11 : tensor<32x4xf32>
    %13 = stablehlo.sine %11 : tensor<32x4xf32>
    %14 = stablehlo.concatenate %12, %12, dim = 1 : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x8xf32>
    %15 = stablehlo.concatenate %13, %13, dim = 1 : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x8xf32>
    %16 = stablehlo.reshape %arg0 : (tensor<32xi32>) -> tensor<32x1xi32>
    %17 = "stablehlo.gather"(%arg5, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<32x1xi32>) -> tensor<32x16xf32>
    %cst_1 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32x16xf32>
    %19 = stablehlo.multiply %17, %18 : tensor<32x16xf32>
    %20 = stablehlo.multiply %19, %19 : tensor<32x16xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %21 = stablehlo.reduce(%20 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_3 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %23 = stablehlo.divide %21, %22 : tensor<32xf32>
    %cst_4 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %25 = stablehlo.add %23, %24 : tensor<32xf32>
    %26 = stablehlo.rsqrt %25 : tensor<32xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %28 = stablehlo.multiply %19, %27 : tensor<32x16xf32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %30 = stablehlo.add %arg6, %29 : tensor<16xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %32 = stablehlo.multiply %28, %31 : tensor<32x16xf32>
    %33 = stablehlo.dot_general %32, %arg7, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %34 = stablehlo.dot_general %32, %arg8, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %35 = stablehlo.dot_general %32, %arg9, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %36 = stablehlo.reshape %33 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %37 = stablehlo.multiply %36, %36 : tensor<32x2x8xf32>
    %38 = stablehlo.reduce(%37 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<32x2x8xf32>, tensor<f32>) -> tensor<32x2xf32>
    %cst_6 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %39 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<32x2xf32>
    %40 = stablehlo.divide %38, %39 : tensor<32x2xf32>
    %41 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<32x2xf32>
    %42 = stablehlo.add %40, %41 : tensor<32x2xf32>
    %43 = stablehlo.rsqrt %42 : tensor<32x2xf32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [0, 1] : (tensor<32x2xf32>) -> tensor<32x2x8xf32>
    %45 = stablehlo.multiply %36, %44 : tensor<32x2x8xf32>
    %46 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %47 = stablehlo.add %arg10, %46 : tensor<8xf32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [2] : (tensor<8xf32>) -> tensor<32x2x8xf32>
    %49 = stablehlo.multiply %45, %48 : tensor<32x2x8xf32>
    %50 = stablehlo.slice %49 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %51 = stablehlo.slice %49 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %52 = stablehlo.negate %51 : tensor<32x2x4xf32>
    %53 = stablehlo.concatenate %52, %50, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %54 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %55 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %56 = stablehlo.multiply %49, %54 : tensor<32x2x8xf32>
    %57 = stablehlo.multiply %53, %55 : tensor<32x2x8xf32>
    %58 = stablehlo.add %56, %57 : tensor<32x2x8xf32>
    %59 = stablehlo.reshape %34 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %60 = stablehlo.multiply %59, %59 : tensor<32x1x8xf32>
    %61 = stablehlo.reduce(%60 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<32x1x8xf32>, tensor<f32>) -> tensor<32x1xf32>
    %62 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<32x1xf32>
    %63 = stablehlo.divide %61, %62 : tensor<32x1xf32>
    %64 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<32x1xf32>
    %65 = stablehlo.add %63, %64 : tensor<32x1xf32>
    %66 = stablehlo.rsqrt %65 : tensor<32x1xf32>
    %67 = stablehlo.broadcast_in_dim %66, dims = [0, 1] : (tensor<32x1xf32>) -> tensor<32x1x8xf32>
    %68 = stablehlo.multiply %59, %67 : tensor<32x1x8xf32>
    %69 = stablehlo.add %arg11, %46 : tensor<8xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [2] : (tensor<8xf32>) -> tensor<32x1x8xf32>
    %71 = stablehlo.multiply %68, %70 : tensor<32x1x8xf32>
    %72 = stablehlo.slice %71 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %73 = stablehlo.slice %71 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %74 = stablehlo.negate %73 : tensor<32x1x4xf32>
    %75 = stablehlo.concatenate %74, %72, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %76 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %77 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %78 = stablehlo.multiply %71, %76 : tensor<32x1x8xf32>
    %79 = stablehlo.multiply %75, %77 : tensor<32x1x8xf32>
    %80 = stablehlo.add %78, %79 : tensor<32x1x8xf32>
    %81 = stablehlo.reshape %35 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %82 = stablehlo.reshape %80 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %83 = stablehlo.dynamic_update_slice %arg3, %82, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %84 = stablehlo.reshape %81 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %85 = stablehlo.dynamic_update_slice %arg4, %84, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %86 = stablehlo.slice %83 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %87 = stablehlo.slice %85 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %88 = stablehlo.reshape %58 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %89 = stablehlo.reshape %86 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %90 = stablehlo.reshape %87 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %91 = stablehlo.dot_general %88, %89, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %cst_7 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %92 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %93 = stablehlo.multiply %91, %92 : tensor<1x32x2x64xf32>
    %94 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<1x32x2x64xi32>
    %95 = stablehlo.iota dim = 3 : tensor<1x32x2x64xi32>
    %96 = stablehlo.compare  LE, %95, %94,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %97 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x32x2x64xi32>
    %98 = stablehlo.subtract %94, %97 : tensor<1x32x2x64xi32>
    %99 = stablehlo.compare  GT, %95, %98,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %100 = stablehlo.and %96, %99 : tensor<1x32x2x64xi1>
    %cst_8 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %102 = stablehlo.select %100, %93, %101 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %103 = stablehlo.reduce(%102 init: %cst_8) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %105 = stablehlo.subtract %102, %104 : tensor<1x32x2x64xf32>
    %106 = stablehlo.exponential %105 : tensor<1x32x2x64xf32>
    %107 = stablehlo.reduce(%106 init: %cst_2) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %109 = stablehlo.divide %106, %108 : tensor<1x32x2x64xf32>
    %110 = stablehlo.dot_general %109, %90, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %111 = stablehlo.transpose %110, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %112 = stablehlo.reshape %111 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %113 = stablehlo.dot_general %112, %arg12, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %114 = stablehlo.multiply %113, %113 : tensor<32x16xf32>
    %115 = stablehlo.reduce(%114 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %116 = stablehlo.divide %115, %22 : tensor<32xf32>
    %117 = stablehlo.add %116, %24 : tensor<32xf32>
    %118 = stablehlo.rsqrt %117 : tensor<32xf32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %120 = stablehlo.multiply %113, %119 : tensor<32x16xf32>
    %121 = stablehlo.add %arg13, %29 : tensor<16xf32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %123 = stablehlo.multiply %120, %122 : tensor<32x16xf32>
    %124 = stablehlo.add %19, %123 : tensor<32x16xf32>
    %125 = stablehlo.multiply %124, %124 : tensor<32x16xf32>
    %126 = stablehlo.reduce(%125 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %127 = stablehlo.divide %126, %22 : tensor<32xf32>
    %128 = stablehlo.add %127, %24 : tensor<32xf32>
    %129 = stablehlo.rsqrt %128 : tensor<32xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %131 = stablehlo.multiply %124, %130 : tensor<32x16xf32>
    %132 = stablehlo.add %arg14, %29 : tensor<16xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %134 = stablehlo.multiply %131, %133 : tensor<32x16xf32>
    %135 = stablehlo.dot_general %134, %arg15, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %136 = stablehlo.dot_general %134, %arg16, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %137 = stablehlo.multiply %135, %135 : tensor<32x32xf32>
    %138 = stablehlo.multiply %137, %135 : tensor<32x32xf32>
    %cst_9 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %140 = stablehlo.multiply %139, %138 : tensor<32x32xf32>
    %141 = stablehlo.add %135, %140 : tensor<32x32xf32>
    %cst_10 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %143 = stablehlo.multiply %142, %141 : tensor<32x32xf32>
    %144 = stablehlo.tanh %143 : tensor<32x32xf32>
    %145 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %146 = stablehlo.add %145, %144 : tensor<32x32xf32>
    %cst_11 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %147 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %148 = stablehlo.multiply %147, %135 : tensor<32x32xf32>
    %149 = stablehlo.multiply %148, %146 : tensor<32x32xf32>
    %150 = stablehlo.multiply %149, %136 : tensor<32x32xf32>
    %151 = stablehlo.dot_general %150, %arg17, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %152 = stablehlo.multiply %151, %151 : tensor<32x16xf32>
    %153 = stablehlo.reduce(%152 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %154 = stablehlo.divide %153, %22 : tensor<32xf32>
    %155 = stablehlo.add %154, %24 : tensor<32xf32>
    %156 = stablehlo.rsqrt %155 : tensor<32xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %158 = stablehlo.multiply %151, %157 : tensor<32x16xf32>
    %159 = stablehlo.add %arg18, %29 : tensor<16xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %161 = stablehlo.multiply %158, %160 : tensor<32x16xf32>
    %162 = stablehlo.add %124, %161 : tensor<32x16xf32>
    %163 = stablehlo.multiply %162, %162 : tensor<32x16xf32>
    %164 = stablehlo.reduce(%163 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %165 = stablehlo.divide %164, %22 : tensor<32xf32>
    %166 = stablehlo.add %165, %24 : tensor<32xf32>
    %167 = stablehlo.rsqrt %166 : tensor<32xf32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %169 = stablehlo.multiply %162, %168 : tensor<32x16xf32>
    %170 = stablehlo.add %arg19, %29 : tensor<16xf32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %172 = stablehlo.multiply %169, %171 : tensor<32x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %173 = stablehlo.dot_general %172, %arg20, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %174 = stablehlo.dot_general %172, %arg21, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %175 = stablehlo.dot_general %172, %arg22, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %176 = stablehlo.reshape %173 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %177 = stablehlo.multiply %176, %176 : tensor<32x2x8xf32>
    %178 = stablehlo.reduce(%177 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<32x2x8xf32>, tensor<f32>) -> tensor<32x2xf32>
    %179 = stablehlo.divide %178, %39 : tensor<32x2xf32>
    %180 = stablehlo.add %179, %41 : tensor<32x2xf32>
    %181 = stablehlo.rsqrt %180 : tensor<32x2xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0, 1] : (tensor<32x2xf32>) -> tensor<32x2x8xf32>
    %183 = stablehlo.multiply %176, %182 : tensor<32x2x8xf32>
    %184 = stablehlo.add %arg23, %46 : tensor<8xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [2] : (tensor<8xf32>) -> tensor<32x2x8xf32>
    %186 = stablehlo.multiply %183, %185 : tensor<32x2x8xf32>
    %187 = stablehlo.slice %186 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %188 = stablehlo.slice %186 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %189 = stablehlo.negate %188 : tensor<32x2x4xf32>
    %190 = stablehlo.concatenate %189, %187, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %191 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %192 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %193 = stablehlo.multiply %186, %191 : tensor<32x2x8xf32>
    %194 = stablehlo.multiply %190, %192 : tensor<32x2x8xf32>
    %195 = stablehlo.add %193, %194 : tensor<32x2x8xf32>
    %196 = stablehlo.reshape %174 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %197 = stablehlo.multiply %196, %196 : tensor<32x1x8xf32>
    %198 = stablehlo.reduce(%197 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<32x1x8xf32>, tensor<f32>) -> tensor<32x1xf32>
    %199 = stablehlo.divide %198, %62 : tensor<32x1xf32>
    %200 = stablehlo.add %199, %64 : tensor<32x1xf32>
    %201 = stablehlo.rsqrt %200 : tensor<32x1xf32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [0, 1] : (tensor<32x1xf32>) -> tensor<32x1x8xf32>
    %203 = stablehlo.multiply %196, %202 : tensor<32x1x8xf32>
    %204 = stablehlo.add %arg24, %46 : tensor<8xf32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [2] : (tensor<8xf32>) -> tensor<32x1x8xf32>
    %206 = stablehlo.multiply %203, %205 : tensor<32x1x8xf32>
    %207 = stablehlo.slice %206 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %208 = stablehlo.slice %206 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %209 = stablehlo.negate %208 : tensor<32x1x4xf32>
    %210 = stablehlo.concatenate %209, %207, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %211 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %212 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %213 = stablehlo.multiply %206, %211 : tensor<32x1x8xf32>
    %214 = stablehlo.multiply %210, %212 : tensor<32x1x8xf32>
    %215 = stablehlo.add %213, %214 : tensor<32x1x8xf32>
    %216 = stablehlo.reshape %175 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %217 = stablehlo.reshape %215 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %218 = stablehlo.dynamic_update_slice %83, %217, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %219 = stablehlo.reshape %216 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %220 = stablehlo.dynamic_update_slice %85, %219, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %221 = stablehlo.slice %218 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %222 = stablehlo.slice %220 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %223 = stablehlo.reshape %195 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %224 = stablehlo.reshape %221 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %225 = stablehlo.reshape %222 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %226 = stablehlo.dot_general %223, %224, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %227 = stablehlo.multiply %226, %92 : tensor<1x32x2x64xf32>
    %228 = stablehlo.select %96, %227, %101 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %229 = stablehlo.reduce(%228 init: %cst_8) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %231 = stablehlo.subtract %228, %230 : tensor<1x32x2x64xf32>
    %232 = stablehlo.exponential %231 : tensor<1x32x2x64xf32>
    %233 = stablehlo.reduce(%232 init: %cst_2) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %235 = stablehlo.divide %232, %234 : tensor<1x32x2x64xf32>
    %236 = stablehlo.dot_general %235, %225, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %237 = stablehlo.transpose %236, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %238 = stablehlo.reshape %237 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %239 = stablehlo.dot_general %238, %arg25, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %240 = stablehlo.multiply %239, %239 : tensor<32x16xf32>
    %241 = stablehlo.reduce(%240 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %242 = stablehlo.divide %241, %22 : tensor<32xf32>
    %243 = stablehlo.add %242, %24 : tensor<32xf32>
    %244 = stablehlo.rsqrt %243 : tensor<32xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %246 = stablehlo.multiply %239, %245 : tensor<32x16xf32>
    %247 = stablehlo.add %arg26, %29 : tensor<16xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %249 = stablehlo.multiply %246, %248 : tensor<32x16xf32>
    %250 = stablehlo.add %162, %249 : tensor<32x16xf32>
    %251 = stablehlo.multiply %250, %250 : tensor<32x16xf32>
    %252 = stablehlo.reduce(%251 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %253 = stablehlo.divide %252, %22 : tensor<32xf32>
    %254 = stablehlo.add %253, %24 : tensor<32xf32>
    %255 = stablehlo.rsqrt %254 : tensor<32xf32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %257 = stablehlo.multiply %250, %256 : tensor<32x16xf32>
    %258 = stablehlo.add %arg27, %29 : tensor<16xf32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %260 = stablehlo.multiply %257, %259 : tensor<32x16xf32>
    %261 = stablehlo.dot_general %260, %arg28, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %262 = stablehlo.dot_general %260, %arg29, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %263 = stablehlo.multiply %261, %261 : tensor<32x32xf32>
    %264 = stablehlo.multiply %263, %261 : tensor<32x32xf32>
    %265 = stablehlo.multiply %139, %264 : tensor<32x32xf32>
    %266 = stablehlo.add %261, %265 : tensor<32x32xf32>
    %267 = stablehlo.multiply %142, %266 : tensor<32x32xf32>
    %268 = stablehlo.tanh %267 : tensor<32x32xf32>
    %269 = stablehlo.add %145, %268 : tensor<32x32xf32>
    %270 = stablehlo.multiply %147, %261 : tensor<32x32xf32>
    %271 = stablehlo.multiply %270, %269 : tensor<32x32xf32>
    %272 = stablehlo.multiply %271, %262 : tensor<32x32xf32>
    %273 = stablehlo.dot_general %272, %arg30, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %274 = stablehlo.multiply %273, %273 : tensor<32x16xf32>
    %275 = stablehlo.reduce(%274 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %276 = stablehlo.divide %275, %22 : tensor<32xf32>
    %277 = stablehlo.add %276, %24 : tensor<32xf32>
    %278 = stablehlo.rsqrt %277 : tensor<32xf32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %280 = stablehlo.multiply %273, %279 : tensor<32x16xf32>
    %281 = stablehlo.add %arg31, %29 : tensor<16xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %283 = stablehlo.multiply %280, %282 : tensor<32x16xf32>
    %284 = stablehlo.add %250, %283 : tensor<32x16xf32>
    %285 = stablehlo.subtract %arg2, %c_1 : tensor<i32>
    %286 = stablehlo.dynamic_slice %284, %285, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %287 = stablehlo.multiply %286, %286 : tensor<1x16xf32>
    %288 = stablehlo.reduce(%287 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %289 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %290 = stablehlo.divide %288, %289 : tensor<1xf32>
    %291 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %292 = stablehlo.add %290, %291 : tensor<1xf32>
    %293 = stablehlo.rsqrt %292 : tensor<1xf32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %295 = stablehlo.multiply %286, %294 : tensor<1x16xf32>
    %296 = stablehlo.add %arg32, %29 : tensor<16xf32>
    %297 = stablehlo.broadcast_in_dim %296, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %298 = stablehlo.multiply %295, %297 : tensor<1x16xf32>
    %299 = stablehlo.dot_general %298, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %300 = stablehlo.reshape %299 : (tensor<1x32xf32>) -> tensor<32xf32>
    %301 = stablehlo.iota dim = 0 : tensor<32xi32>
    %302:2 = stablehlo.reduce(%300 init: %cst_8), (%301 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg33: tensor<f32>, %arg35: tensor<f32>) (%arg34: tensor<i32>, %arg36: tensor<i32>)  {
      %303 = stablehlo.compare  GT, %arg33, %arg35,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %304 = stablehlo.compare  NE, %arg33, %arg33,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %305 = stablehlo.or %303, %304 : tensor<i1>
      %306 = stablehlo.compare  EQ, %arg33, %arg35,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %307 = stablehlo.compare  LT, %arg34, %arg36,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %308 = stablehlo.and %306, %307 : tensor<i1>
      %309 = stablehlo.or %305, %308 : tensor<i1>
      %310 = stablehlo.select %305, %arg33, %arg35 : tensor<i1>, tensor<f32>
      %311 = stablehlo.select %309, %arg34, %arg36 : tensor<i1>, tensor<i32>
      stablehlo.return %310, %311 : tensor<f32>, tensor<i32>
    }
    return %302#1, %218, %220 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
