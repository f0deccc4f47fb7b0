// emit arch=internlm3-tiny graph=prefill precision=f32 capacity=64 chunk=32 quant=none
module @prefill {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<16xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg11: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg12: tensor<8xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg13: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg14: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg15: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg16: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg17: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg18: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg19: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg21: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg22: tensor<8xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg23: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg24: tensor<8xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg25: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg26: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg27: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg28: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg29: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg30: tensor<16xf32> loc("model.norm.weight"), %arg31: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.011892071, 1.41421362E-4, 1.68179281E-6]> : tensor<4xf32>
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
    %24 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %25 = stablehlo.add %23, %24 : tensor<32x16xf32>
    %26 = stablehlo.dot_general %22, %arg9, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %27 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %28 = stablehlo.add %26, %27 : tensor<32x8xf32>
    %29 = stablehlo.dot_general %22, %arg11, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %30 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %31 = stablehlo.add %29, %30 : tensor<32x8xf32>
    %32 = stablehlo.reshape %25 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %33 = stablehlo.slice %32 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %34 = stablehlo.slice %32 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %35 = stablehlo.negate %34 : tensor<32x2x4xf32>
    %36 = stablehlo.concatenate %35, %33, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %37 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %38 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %39 = stablehlo.multiply %32, %37 : tensor<32x2x8xf32>
    %40 = stablehlo.multiply %36, %38 : tensor<32x2x8xf32>
    %41 = stablehlo.add %39, %40 : tensor<32x2x8xf32>
    %42 = stablehlo.reshape %28 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %43 = stablehlo.slice %42 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %44 = stablehlo.slice %42 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %45 = stablehlo.negate %44 : tensor<32x1x4xf32>
    %46 = stablehlo.concatenate %45, %43, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %47 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %48 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %49 = stablehlo.multiply %42, %47 : tensor<32x1x8xf32>
    %50 = stablehlo.multiply %46, %48 : tensor<32x1x8xf32>
    %51 = stablehlo.add %49, %50 : tensor<32x1x8xf32>
    %52 = stablehlo.reshape %31 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %53 = stablehlo.reshape %51 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %54 = stablehlo.dynamic_update_slice %arg3, %53, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %55 = stablehlo.reshape %52 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %56 = stablehlo.dynamic_update_slice %arg4, %55, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %57 = stablehlo.slice %54 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %58 = stablehlo.slice %56 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %59 = stablehlo.reshape %41 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %60 = stablehlo.reshape %57 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %61 = stablehlo.reshape %58 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %62 = stablehlo.dot_general %59, %60, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %64 = stablehlo.multiply %62, %63 : tensor<1x32x2x64xf32>
    %65 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<1x32x2x64xi32>
    %66 = stablehlo.iota dim = 3 : tensor<1x32x2x64xi32>
    %67 = stablehlo.compare  LE, %66, %65,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %69 = stablehlo.select %67, %64, %68 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %70 = stablehlo.reduce(%69 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %72 = stablehlo.subtract %69, %71 : tensor<1x32x2x64xf32>
    %73 = stablehlo.exponential %72 : tensor<1x32x2x64xf32>
    %74 = stablehlo.reduce(%73 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %76 = stablehlo.divide %73, %75 : tensor<1x32x2x64xf32>
    %77 = stablehlo.dot_general %76, %61, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %78 = stablehlo.transpose %77, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %79 = stablehlo.reshape %78 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %80 = stablehlo.dot_general %79, %arg13, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %81 = stablehlo.add %11, %80 : tensor<32x16xf32>
    %82 = stablehlo.multiply %81, %81 : tensor<32x16xf32>
    %83 = stablehlo.reduce(%82 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %84 = stablehlo.divide %83, %14 : tensor<32xf32>
    %85 = stablehlo.add %84, %16 : tensor<32xf32>
    %86 = stablehlo.rsqrt %85 : tensor<32xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %88 = stablehlo.multiply %81, %87 : tensor<32x16xf32>
    %89 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %90 = stablehlo.multiply %88, %89 : tensor<32x16xf32>
    %91 = stablehlo.dot_general %90, %arg15, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %92 = stablehlo.dot_general %90, %arg16, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %93 = stablehlo.logistic %91 : tensor<32x32xf32>
    %94 = stablehlo.multiply %91, %93 : tensor<32x32xf32>
    %95 = stablehlo.multiply %94, %92 : tensor<32x32xf32>
    %96 = stablehlo.dot_general %95, %arg17, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %97 = stablehlo.add %81, %96 : tensor<32x16xf32>
    %98 = stablehlo.multiply %97, %97 : tensor<32x16xf32>
    %99 = stablehlo.reduce(%98 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %100 = stablehlo.divide %99, %14 : tensor<32xf32>
    %101 = stablehlo.add %100, %16 : tensor<32xf32>
    %102 = stablehlo.rsqrt %101 : tensor<32xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %104 = stablehlo.multiply %97, %103 : tensor<32x16xf32>
    %105 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %106 = stablehlo.multiply %104, %105 : tensor<32x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %107 = stablehlo.dot_general %106, %arg19, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %108 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %109 = stablehlo.add %107, %108 : tensor<32x16xf32>
    %110 = stablehlo.dot_general %106, %arg21, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %111 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %112 = stablehlo.add %110, %111 : tensor<32x8xf32>
    %113 = stablehlo.dot_general %106, %arg23, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %114 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %115 = stablehlo.add %113, %114 : tensor<32x8xf32>
    %116 = stablehlo.reshape %109 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %117 = stablehlo.slice %116 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %118 = stablehlo.slice %116 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %119 = stablehlo.negate %118 : tensor<32x2x4xf32>
    %120 = stablehlo.concatenate %119, %117, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %121 = stablehlo.multiply %116, %37 : tensor<32x2x8xf32>
    %122 = stablehlo.multiply %120, %38 : tensor<32x2x8xf32>
    %123 = stablehlo.add %121, %122 : tensor<32x2x8xf32>
    %124 = stablehlo.reshape %112 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %125 = stablehlo.slice %124 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %126 = stablehlo.slice %124 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %127 = stablehlo.negate %126 : tensor<32x1x4xf32>
    %128 = stablehlo.concatenate %127, %125, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %129 = stablehlo.multiply %124, %47 : tensor<32x1x8xf32>
    %130 = stablehlo.multiply %128, %48 : tensor<32x1x8xf32>
    %131 = stablehlo.add %129, %130 : tensor<32x1x8xf32>
    %132 = stablehlo.reshape %115 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %133 = stablehlo.reshape %131 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %134 = stablehlo.dynamic_update_slice %54, %133, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %135 = stablehlo.reshape %132 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %136 = stablehlo.dynamic_update_slice %56, %135, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %137 = stablehlo.slice %134 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %138 = stablehlo.slice %136 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %139 = stablehlo.reshape %123 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %140 = stablehlo.reshape %137 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %141 = stablehlo.reshape %138 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %142 = stablehlo.dot_general %139, %140, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %143 = stablehlo.multiply %142, %63 : tensor<1x32x2x64xf32>
    %144 = stablehlo.select %67, %143, %68 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %145 = stablehlo.reduce(%144 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %147 = stablehlo.subtract %144, %146 : tensor<1x32x2x64xf32>
    %148 = stablehlo.exponential %147 : tensor<1x32x2x64xf32>
    %149 = stablehlo.reduce(%148 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %151 = stablehlo.divide %148, %150 : tensor<1x32x2x64xf32>
    %152 = stablehlo.dot_general %151, %141, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %153 = stablehlo.transpose %152, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %154 = stablehlo.reshape %153 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %155 = stablehlo.dot_general %154, %arg25, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %156 = stablehlo.add %97, %155 : tensor<32x16xf32>
    %157 = stablehlo.multiply %156, %156 : tensor<32x16xf32>
    %158 = stablehlo.reduce(%157 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %159 = stablehlo.divide %158, %14 : tensor<32xf32>
    %160 = stablehlo.add %159, %16 : tensor<32xf32>
    %161 = stablehlo.rsqrt %160 : tensor<32xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %163 = stablehlo.multiply %156, %162 : tensor<32x16xf32>
    %164 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %165 = stablehlo.multiply %163, %164 : tensor<32x16xf32>
    %166 = stablehlo.dot_general %165, %arg27, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %167 = stablehlo.dot_general %165, %arg28, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %168 = stablehlo.logistic %166 : tensor<32x32xf32>
    %169 = stablehlo.multiply %166, %168 : tensor<32x32xf32>
    %170 = stablehlo.multiply %169, %167 : tensor<32x32xf32>
    %171 = stablehlo.dot_general %170, %arg29, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %172 = stablehlo.add %156, %171 : tensor<32x16xf32>
    %173 = stablehlo.subtract %arg2, %c_0 : tensor<i32>
    %174 = stablehlo.dynamic_slice %172, %173, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %175 = stablehlo.multiply %174, %174 : tensor<1x16xf32>
    %176 = stablehlo.reduce(%175 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %177 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %178 = stablehlo.divide %176, %177 : tensor<1xf32>
    %179 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %180 = stablehlo.add %178, %179 : tensor<1xf32>
    %181 = stablehlo.rsqrt %180 : tensor<1xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %183 = stablehlo.multiply %174, %182 : tensor<1x16xf32>
    %184 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %185 = stablehlo.multiply %183, %184 : tensor<1x16xf32>
    %186 = stablehlo.dot_general %185, %arg31, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %187 = stablehlo.reshape %186 : (tensor<1x32xf32>) -> tensor<32xf32>
    %188 = stablehlo.iota dim = 0 : tensor<32xi32>
    %189:2 = stablehlo.reduce(%187 init: %cst_4), (%188 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg32: tensor<f32>, %arg34: tensor<f32>) (%arg33: tensor<i32>, %arg35: tensor<i32>)  {
      %190 = stablehlo.compare  GT, %arg32, %arg34,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %191 = stablehlo.compare  NE, %arg32, %arg32,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %192 = stablehlo.or %190, %191 : tensor<i1>
      %193 = stablehlo.compare  EQ, %arg32, %arg34,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %194 = stablehlo.compare  LT, %arg33, %arg35,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %195 = stablehlo.and %193, %194 : tensor<i1>
      %196 = stablehlo.or %192, %195 : tensor<i1>
      %197 = stablehlo.select %192, %arg32, %arg34 : tensor<i1>, tensor<f32>
      %198 = stablehlo.select %196, %arg33, %arg35 : tensor<i1>, tensor<i32>
      stablehlo.return %197, %198 : tensor<f32>, tensor<i32>
    }
    return %189#1, %134, %136 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
