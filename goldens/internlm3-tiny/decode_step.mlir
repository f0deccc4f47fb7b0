// emit arch=internlm3-tiny graph=decode_step precision=f32 capacity=64 batch=1 quant=none
module @decode_step {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<16xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg11: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg12: tensor<8xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg13: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg14: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg15: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg16: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg17: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg18: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg19: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg21: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg22: tensor<8xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg23: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg24: tensor<8xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg25: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg26: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg27: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg28: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg29: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg30: tensor<16xf32> loc("model.norm.weight"), %arg31: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.011892071, 1.41421362E-4, 1.68179281E-6]> : tensor<4xf32>
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
    %25 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %26 = stablehlo.add %24, %25 : tensor<1x16xf32>
    %27 = stablehlo.dot_general %23, %arg9, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %28 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %29 = stablehlo.add %27, %28 : tensor<1x8xf32>
    %30 = stablehlo.dot_general %23, %arg11, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %31 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %32 = stablehlo.add %30, %31 : tensor<1x8xf32>
    %33 = stablehlo.reshape %26 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %34 = stablehlo.slice %33 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %35 = stablehlo.slice %33 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %36 = stablehlo.negate %35 : tensor<1x2x4xf32>
    %37 = stablehlo.concatenate %36, %34, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %38 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %39 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %40 = stablehlo.multiply %33, %38 : tensor<1x2x8xf32>
    %41 = stablehlo.multiply %37, %39 : tensor<1x2x8xf32>
    %42 = stablehlo.add %40, %41 : tensor<1x2x8xf32>
    %43 = stablehlo.reshape %29 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %44 = stablehlo.slice %43 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %45 = stablehlo.slice %43 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %46 = stablehlo.negate %45 : tensor<1x1x4xf32>
    %47 = stablehlo.concatenate %46, %44, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %48 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %49 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %50 = stablehlo.multiply %43, %48 : tensor<1x1x8xf32>
    %51 = stablehlo.multiply %47, %49 : tensor<1x1x8xf32>
    %52 = stablehlo.add %50, %51 : tensor<1x1x8xf32>
    %53 = stablehlo.reshape %32 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %54 = stablehlo.reshape %52 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %55 = stablehlo.dynamic_update_slice %arg3, %54, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %56 = stablehlo.reshape %53 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %57 = stablehlo.dynamic_update_slice %arg4, %56, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %58 = stablehlo.slice %55 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %59 = stablehlo.slice %57 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %60 = stablehlo.reshape %42 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %61 = stablehlo.dot_general %60, %58, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %63 = stablehlo.multiply %61, %62 : tensor<1x1x2x64xf32>
    %64 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %65 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %66 = stablehlo.compare  LE, %65, %64,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %68 = stablehlo.select %66, %63, %67 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %69 = stablehlo.reduce(%68 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %71 = stablehlo.subtract %68, %70 : tensor<1x1x2x64xf32>
    %72 = stablehlo.exponential %71 : tensor<1x1x2x64xf32>
    %73 = stablehlo.reduce(%72 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %75 = stablehlo.divide %72, %74 : tensor<1x1x2x64xf32>
    %76 = stablehlo.dot_general %75, %59, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %77 = stablehlo.reshape %76 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %78 = stablehlo.dot_general %77, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %79 = stablehlo.add %12, %78 : tensor<1x16xf32>
    %80 = stablehlo.multiply %79, %79 : tensor<1x16xf32>
    %81 = stablehlo.reduce(%80 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %82 = stablehlo.divide %81, %15 : tensor<1xf32>
    %83 = stablehlo.add %82, %17 : tensor<1xf32>
    %84 = stablehlo.rsqrt %83 : tensor<1xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %86 = stablehlo.multiply %79, %85 : tensor<1x16xf32>
    %87 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %88 = stablehlo.multiply %86, %87 : tensor<1x16xf32>
    %89 = stablehlo.dot_general %88, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %90 = stablehlo.dot_general %88, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %91 = stablehlo.logistic %89 : tensor<1x32xf32>
    %92 = stablehlo.multiply %89, %91 : tensor<1x32xf32>
    %93 = stablehlo.multiply %92, %90 : tensor<1x32xf32>
    %94 = stablehlo.dot_general %93, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %95 = stablehlo.add %79, %94 : tensor<1x16xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<1x16xf32>
    %97 = stablehlo.reduce(%96 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %98 = stablehlo.divide %97, %15 : tensor<1xf32>
    %99 = stablehlo.add %98, %17 : tensor<1xf32>
    %100 = stablehlo.rsqrt %99 : tensor<1xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %102 = stablehlo.multiply %95, %101 : tensor<1x16xf32>
    %103 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<1x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %105 = stablehlo.dot_general %104, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %106 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %107 = stablehlo.add %105, %106 : tensor<1x16xf32>
    %108 = stablehlo.dot_general %104, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %109 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %110 = stablehlo.add %108, %109 : tensor<1x8xf32>
    %111 = stablehlo.dot_general %104, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %112 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %113 = stablehlo.add %111, %112 : tensor<1x8xf32>
    %114 = stablehlo.reshape %107 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %115 = stablehlo.slice %114 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %116 = stablehlo.slice %114 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %117 = stablehlo.negate %116 : tensor<1x2x4xf32>
    %118 = stablehlo.concatenate %117, %115, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %119 = stablehlo.multiply %114, %38 : tensor<1x2x8xf32>
    %120 = stablehlo.multiply %118, %39 : tensor<1x2x8xf32>
    %121 = stablehlo.add %119, %120 : tensor<1x2x8xf32>
    %122 = stablehlo.reshape %110 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %123 = stablehlo.slice %122 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %124 = stablehlo.slice %122 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %125 = stablehlo.negate %124 : tensor<1x1x4xf32>
    %126 = stablehlo.concatenate %125, %123, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %127 = stablehlo.multiply %122, %48 : tensor<1x1x8xf32>
    %128 = stablehlo.multiply %126, %49 : tensor<1x1x8xf32>
    %129 = stablehlo.add %127, %128 : tensor<1x1x8xf32>
    %130 = stablehlo.reshape %113 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %131 = stablehlo.reshape %129 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %132 = stablehlo.dynamic_update_slice %55, %131, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %133 = stablehlo.reshape %130 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %134 = stablehlo.dynamic_update_slice %57, %133, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %135 = stablehlo.slice %132 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %136 = stablehlo.slice %134 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %137 = stablehlo.reshape %121 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %138 = stablehlo.dot_general %137, %135, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %139 = stablehlo.multiply %138, %62 : tensor<1x1x2x64xf32>
    %140 = stablehlo.select %66, %139, %67 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %141 = stablehlo.reduce(%140 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %143 = stablehlo.subtract %140, %142 : tensor<1x1x2x64xf32>
    %144 = stablehlo.exponential %143 : tensor<1x1x2x64xf32>
    %145 = stablehlo.reduce(%144 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %147 = stablehlo.divide %144, %146 : tensor<1x1x2x64xf32>
    %148 = stablehlo.dot_general %147, %136, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %149 = stablehlo.reshape %148 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %150 = stablehlo.dot_general %149, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %151 = stablehlo.add %95, %150 : tensor<1x16xf32>
    %152 = stablehlo.multiply %151, %151 : tensor<1x16xf32>
    %153 = stablehlo.reduce(%152 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %154 = stablehlo.divide %153, %15 : tensor<1xf32>
    %155 = stablehlo.add %154, %17 : tensor<1xf32>
    %156 = stablehlo.rsqrt %155 : tensor<1xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %158 = stablehlo.multiply %151, %157 : tensor<1x16xf32>
    %159 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %160 = stablehlo.multiply %158, %159 : tensor<1x16xf32>
    %161 = stablehlo.dot_general %160, %arg27, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %162 = stablehlo.dot_general %160, %arg28, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %163 = stablehlo.logistic %161 : tensor<1x32xf32>
    %164 = stablehlo.multiply %161, %163 : tensor<1x32xf32>
    %165 = stablehlo.multiply %164, %162 : tensor<1x32xf32>
    %166 = stablehlo.dot_general %165, %arg29, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %167 = stablehlo.add %151, %166 : tensor<1x16xf32>
    %168 = stablehlo.multiply %167, %167 : tensor<1x16xf32>
    %169 = stablehlo.reduce(%168 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %170 = stablehlo.divide %169, %15 : tensor<1xf32>
    %171 = stablehlo.add %170, %17 : tensor<1xf32>
    %172 = stablehlo.rsqrt %171 : tensor<1xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %174 = stablehlo.multiply %167, %173 : tensor<1x16xf32>
    %175 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %176 = stablehlo.multiply %174, %175 : tensor<1x16xf32>
    %177 = stablehlo.dot_general %176, %arg31, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x32xf32>) -> tensor<32xf32>
    %179 = stablehlo.iota dim = 0 : tensor<32xi32>
    %180:2 = stablehlo.reduce(%178 init: %cst_4), (%179 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg32: tensor<f32>, %arg34: tensor<f32>) (%arg33: tensor<i32>, %arg35: tensor<i32>)  {
      %181 = stablehlo.compare  GT, %arg32, %arg34,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %182 = stablehlo.compare  NE, %arg32, %arg32,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %183 = stablehlo.or %181, %182 : tensor<i1>
      %184 = stablehlo.compare  EQ, %arg32, %arg34,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %185 = stablehlo.compare  LT, %arg33, %arg35,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %186 = stablehlo.and %184, %185 : tensor<i1>
      %187 = stablehlo.or %183, %186 : tensor<i1>
      %188 = stablehlo.select %183, %arg32, %arg34 : tensor<i1>, tensor<f32>
      %189 = stablehlo.select %187, %arg33, %arg35 : tensor<i1>, tensor<i32>
      stablehlo.return %188, %189 : tensor<f32>, tensor<i32>
    }
    return %180#1, %132, %134 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
