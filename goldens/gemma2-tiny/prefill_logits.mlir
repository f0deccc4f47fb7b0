// emit arch=gemma2-tiny graph=prefill_logits precision=f32 capacity=64 chunk=32 quant=none
module @prefill_logits {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<16xf32> loc("model.layers.0.pre_feedforward_layernorm.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg14: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg15: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg16: tensor<16xf32> loc("model.layers.0.post_feedforward_layernorm.weight"), %arg17: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg18: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg19: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg20: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg21: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg22: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg23: tensor<16xf32> loc("model.layers.1.pre_feedforward_layernorm.weight"), %arg24: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg25: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg26: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg27: tensor<16xf32> loc("model.layers.1.post_feedforward_layernorm.weight"), %arg28: tensor<16xf32> loc("model.norm.weight")) -> (tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
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
    %cst_0 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<32x16xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<32x16xf32>
    %14 = stablehlo.multiply %13, %13 : tensor<32x16xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.reduce(%14 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_2 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %17 = stablehlo.divide %15, %16 : tensor<32xf32>
    %cst_3 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %19 = stablehlo.add %17, %18 : tensor<32xf32>
    %20 = stablehlo.rsqrt %19 : tensor<32xf32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %22 = stablehlo.multiply %13, %21 : tensor<32x16xf32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %24 = stablehlo.add %arg6, %23 : tensor<16xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %26 = stablehlo.multiply %22, %25 : tensor<32x16xf32>
    %27 = stablehlo.dot_general %26, %arg7, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %28 = stablehlo.dot_general %26, %arg8, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %29 = stablehlo.dot_general %26, %arg9, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %30 = stablehlo.reshape %27 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %31 = stablehlo.slice %30 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %32 = stablehlo.slice %30 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %33 = stablehlo.negate %32 : tensor<32x2x4xf32>
    %34 = stablehlo.concatenate %33, %31, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %35 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %36 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %37 = stablehlo.multiply %30, %35 : tensor<32x2x8xf32>
    %38 = stablehlo.multiply %34, %36 : tensor<32x2x8xf32>
    %39 = stablehlo.add %37, %38 : tensor<32x2x8xf32>
    %40 = stablehlo.reshape %28 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %41 = stablehlo.slice %40 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %42 = stablehlo.slice %40 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %43 = stablehlo.negate %42 : tensor<32x1x4xf32>
    %44 = stablehlo.concatenate %43, %41, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %45 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %46 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %47 = stablehlo.multiply %40, %45 : tensor<32x1x8xf32>
    %48 = stablehlo.multiply %44, %46 : tensor<32x1x8xf32>
    %49 = stablehlo.add %47, %48 : tensor<32x1x8xf32>
    %50 = stablehlo.reshape %29 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %51 = stablehlo.reshape %49 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %52 = stablehlo.dynamic_update_slice %arg3, %51, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %53 = stablehlo.reshape %50 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %54 = stablehlo.dynamic_update_slice %arg4, %53, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %55 = stablehlo.slice %52 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %56 = stablehlo.slice %54 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %57 = stablehlo.reshape %39 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %58 = stablehlo.reshape %55 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %59 = stablehlo.reshape %56 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %60 = stablehlo.dot_general %57, %58, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %cst_5 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %62 = stablehlo.multiply %60, %61 : tensor<1x32x2x64xf32>
    %cst_6 = stablehlo.constant dense<5.000000e+01> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %64 = stablehlo.divide %62, %63 : tensor<1x32x2x64xf32>
    %65 = stablehlo.tanh %64 : tensor<1x32x2x64xf32>
    %66 = stablehlo.multiply %65, %63 : tensor<1x32x2x64xf32>
    %67 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<1x32x2x64xi32>
    %68 = stablehlo.iota dim = 3 : tensor<1x32x2x64xi32>
    %69 = stablehlo.compare  LE, %68, %67,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %70 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x32x2x64xi32>
    %71 = stablehlo.subtract %67, %70 : tensor<1x32x2x64xi32>
    %72 = stablehlo.compare  GT, %68, %71,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %73 = stablehlo.and %69, %72 : tensor<1x32x2x64xi1>
    %cst_7 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %75 = stablehlo.select %73, %66, %74 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %76 = stablehlo.reduce(%75 init: %cst_7) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %78 = stablehlo.subtract %75, %77 : tensor<1x32x2x64xf32>
    %79 = stablehlo.exponential %78 : tensor<1x32x2x64xf32>
    %80 = stablehlo.reduce(%79 init: %cst_1) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %82 = stablehlo.divide %79, %81 : tensor<1x32x2x64xf32>
    %83 = stablehlo.dot_general %82, %59, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %84 = stablehlo.transpose %83, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %85 = stablehlo.reshape %84 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %86 = stablehlo.dot_general %85, %arg10, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %87 = stablehlo.multiply %86, %86 : tensor<32x16xf32>
    %88 = stablehlo.reduce(%87 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %89 = stablehlo.divide %88, %16 : tensor<32xf32>
    %90 = stablehlo.add %89, %18 : tensor<32xf32>
    %91 = stablehlo.rsqrt %90 : tensor<32xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %93 = stablehlo.multiply %86, %92 : tensor<32x16xf32>
    %94 = stablehlo.add %arg11, %23 : tensor<16xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %96 = stablehlo.multiply %93, %95 : tensor<32x16xf32>
    %97 = stablehlo.add %13, %96 : tensor<32x16xf32>
    %98 = stablehlo.multiply %97, %97 : tensor<32x16xf32>
    %99 = stablehlo.reduce(%98 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %100 = stablehlo.divide %99, %16 : tensor<32xf32>
    %101 = stablehlo.add %100, %18 : tensor<32xf32>
    %102 = stablehlo.rsqrt %101 : tensor<32xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %104 = stablehlo.multiply %97, %103 : tensor<32x16xf32>
    %105 = stablehlo.add %arg12, %23 : tensor<16xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %107 = stablehlo.multiply %104, %106 : tensor<32x16xf32>
    %108 = stablehlo.dot_general %107, %arg13, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %109 = stablehlo.dot_general %107, %arg14, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %110 = stablehlo.multiply %108, %108 : tensor<32x32xf32>
    %111 = stablehlo.multiply %110, %108 : tensor<32x32xf32>
    %cst_8 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %112 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %113 = stablehlo.multiply %112, %111 : tensor<32x32xf32>
    %114 = stablehlo.add %108, %113 : tensor<32x32xf32>
    %cst_9 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %116 = stablehlo.multiply %115, %114 : tensor<32x32xf32>
    %117 = stablehlo.tanh %116 : tensor<32x32xf32>
    %118 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %119 = stablehlo.add %118, %117 : tensor<32x32xf32>
    %cst_10 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %120 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %121 = stablehlo.multiply %120, %108 : tensor<32x32xf32>
    %122 = stablehlo.multiply %121, %119 : tensor<32x32xf32>
    %123 = stablehlo.multiply %122, %109 : tensor<32x32xf32>
    %124 = stablehlo.dot_general %123, %arg15, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %125 = stablehlo.multiply %124, %124 : tensor<32x16xf32>
    %126 = stablehlo.reduce(%125 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %127 = stablehlo.divide %126, %16 : tensor<32xf32>
    %128 = stablehlo.add %127, %18 : tensor<32xf32>
    %129 = stablehlo.rsqrt %128 : tensor<32xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %131 = stablehlo.multiply %124, %130 : tensor<32x16xf32>
    %132 = stablehlo.add %arg16, %23 : tensor<16xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %134 = stablehlo.multiply %131, %133 : tensor<32x16xf32>
    %135 = stablehlo.add %97, %134 : tensor<32x16xf32>
    %136 = stablehlo.multiply %135, %135 : tensor<32x16xf32>
    %137 = stablehlo.reduce(%136 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %138 = stablehlo.divide %137, %16 : tensor<32xf32>
    %139 = stablehlo.add %138, %18 : tensor<32xf32>
    %140 = stablehlo.rsqrt %139 : tensor<32xf32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %142 = stablehlo.multiply %135, %141 : tensor<32x16xf32>
    %143 = stablehlo.add %arg17, %23 : tensor<16xf32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %145 = stablehlo.multiply %142, %144 : tensor<32x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %146 = stablehlo.dot_general %145, %arg18, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %147 = stablehlo.dot_general %145, %arg19, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %148 = stablehlo.dot_general %145, %arg20, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %149 = stablehlo.reshape %146 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %150 = stablehlo.slice %149 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %151 = stablehlo.slice %149 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %152 = stablehlo.negate %151 : tensor<32x2x4xf32>
    %153 = stablehlo.concatenate %152, %150, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %154 = stablehlo.multiply %149, %35 : tensor<32x2x8xf32>
    %155 = stablehlo.multiply %153, %36 : tensor<32x2x8xf32>
    %156 = stablehlo.add %154, %155 : tensor<32x2x8xf32>
    %157 = stablehlo.reshape %147 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %158 = stablehlo.slice %157 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %159 = stablehlo.slice %157 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %160 = stablehlo.negate %159 : tensor<32x1x4xf32>
    %161 = stablehlo.concatenate %160, %158, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %162 = stablehlo.multiply %157, %45 : tensor<32x1x8xf32>
    %163 = stablehlo.multiply %161, %46 : tensor<32x1x8xf32>
    %164 = stablehlo.add %162, %163 : tensor<32x1x8xf32>
    %165 = stablehlo.reshape %148 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %166 = stablehlo.reshape %164 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %167 = stablehlo.dynamic_update_slice %52, %166, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %168 = stablehlo.reshape %165 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %169 = stablehlo.dynamic_update_slice %54, %168, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %170 = stablehlo.slice %167 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %171 = stablehlo.slice %169 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %172 = stablehlo.reshape %156 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %173 = stablehlo.reshape %170 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %174 = stablehlo.reshape %171 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %175 = stablehlo.dot_general %172, %173, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %176 = stablehlo.multiply %175, %61 : tensor<1x32x2x64xf32>
    %177 = stablehlo.divide %176, %63 : tensor<1x32x2x64xf32>
    %178 = stablehlo.tanh %177 : tensor<1x32x2x64xf32>
    %179 = stablehlo.multiply %178, %63 : tensor<1x32x2x64xf32>
    %180 = stablehlo.select %69, %179, %74 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %181 = stablehlo.reduce(%180 init: %cst_7) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %183 = stablehlo.subtract %180, %182 : tensor<1x32x2x64xf32>
    %184 = stablehlo.exponential %183 : tensor<1x32x2x64xf32>
    %185 = stablehlo.reduce(%184 init: %cst_1) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %187 = stablehlo.divide %184, %186 : tensor<1x32x2x64xf32>
    %188 = stablehlo.dot_general %187, %174, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %189 = stablehlo.transpose %188, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %190 = stablehlo.reshape %189 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %191 = stablehlo.dot_general %190, %arg21, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %192 = stablehlo.multiply %191, %191 : tensor<32x16xf32>
    %193 = stablehlo.reduce(%192 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %194 = stablehlo.divide %193, %16 : tensor<32xf32>
    %195 = stablehlo.add %194, %18 : tensor<32xf32>
    %196 = stablehlo.rsqrt %195 : tensor<32xf32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %198 = stablehlo.multiply %191, %197 : tensor<32x16xf32>
    %199 = stablehlo.add %arg22, %23 : tensor<16xf32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %201 = stablehlo.multiply %198, %200 : tensor<32x16xf32>
    %202 = stablehlo.add %135, %201 : tensor<32x16xf32>
    %203 = stablehlo.multiply %202, %202 : tensor<32x16xf32>
    %204 = stablehlo.reduce(%203 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %205 = stablehlo.divide %204, %16 : tensor<32xf32>
    %206 = stablehlo.add %205, %18 : tensor<32xf32>
    %207 = stablehlo.rsqrt %206 : tensor<32xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %209 = stablehlo.multiply %202, %208 : tensor<32x16xf32>
    %210 = stablehlo.add %arg23, %23 : tensor<16xf32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %212 = stablehlo.multiply %209, %211 : tensor<32x16xf32>
    %213 = stablehlo.dot_general %212, %arg24, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %214 = stablehlo.dot_general %212, %arg25, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %215 = stablehlo.multiply %213, %213 : tensor<32x32xf32>
    %216 = stablehlo.multiply %215, %213 : tensor<32x32xf32>
    %217 = stablehlo.multiply %112, %216 : tensor<32x32xf32>
    %218 = stablehlo.add %213, %217 : tensor<32x32xf32>
    %219 = stablehlo.multiply %115, %218 : tensor<32x32xf32>
    %220 = stablehlo.tanh %219 : tensor<32x32xf32>
    %221 = stablehlo.add %118, %220 : tensor<32x32xf32>
    %222 = stablehlo.multiply %120, %213 : tensor<32x32xf32>
    %223 = stablehlo.multiply %222, %221 : tensor<32x32xf32>
    %224 = stablehlo.multiply %223, %214 : tensor<32x32xf32>
    %225 = stablehlo.dot_general %224, %arg26, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %226 = stablehlo.multiply %225, %225 : tensor<32x16xf32>
    %227 = stablehlo.reduce(%226 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %228 = stablehlo.divide %227, %16 : tensor<32xf32>
    %229 = stablehlo.add %228, %18 : tensor<32xf32>
    %230 = stablehlo.rsqrt %229 : tensor<32xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %232 = stablehlo.multiply %225, %231 : tensor<32x16xf32>
    %233 = stablehlo.add %arg27, %23 : tensor<16xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %235 = stablehlo.multiply %232, %234 : tensor<32x16xf32>
    %236 = stablehlo.add %202, %235 : tensor<32x16xf32>
    %237 = stablehlo.subtract %arg2, %c_1 : tensor<i32>
    %238 = stablehlo.dynamic_slice %236, %237, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %239 = stablehlo.multiply %238, %238 : tensor<1x16xf32>
    %240 = stablehlo.reduce(%239 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %241 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %242 = stablehlo.divide %240, %241 : tensor<1xf32>
    %243 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %244 = stablehlo.add %242, %243 : tensor<1xf32>
    %245 = stablehlo.rsqrt %244 : tensor<1xf32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %247 = stablehlo.multiply %238, %246 : tensor<1x16xf32>
    %248 = stablehlo.add %arg28, %23 : tensor<16xf32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %250 = stablehlo.multiply %247, %249 : tensor<1x16xf32>
    %251 = stablehlo.dot_general %250, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %cst_11 = stablehlo.constant dense<3.000000e+01> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %253 = stablehlo.divide %251, %252 : tensor<1x32xf32>
    %254 = stablehlo.tanh %253 : tensor<1x32xf32>
    %255 = stablehlo.multiply %254, %252 : tensor<1x32xf32>
    %256 = stablehlo.reshape %255 : (tensor<1x32xf32>) -> tensor<32xf32>
    return %256, %167, %169 : tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
