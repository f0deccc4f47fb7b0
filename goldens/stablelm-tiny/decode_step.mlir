// emit arch=stablelm-tiny graph=decode_step precision=f32 capacity=64 batch=1 quant=none
module @decode_step {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16xf32> loc("model.layers.0.input_layernorm.bias"), %arg8: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg9: tensor<16xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg10: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg12: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg13: tensor<8xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg14: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg16: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.bias"), %arg17: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg18: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg19: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg21: tensor<16xf32> loc("model.layers.1.input_layernorm.bias"), %arg22: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg23: tensor<16xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg24: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg25: tensor<8xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg26: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg27: tensor<8xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg28: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg29: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg30: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.bias"), %arg31: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg32: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg33: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg34: tensor<16xf32> loc("model.norm.weight"), %arg35: tensor<16xf32> loc("model.norm.bias"), %arg36: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x1xf32>
    %cst = stablehlo.constant dense<[1.000000e+00]> : tensor<1xf32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<1x1xf32>
    %7 = stablehlo.cosine %6 : tensor<1x1xf32>
    %8 = stablehlo.sine %6 : tensor<1x1xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x2xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x2xf32>
    %11 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %12 = "stablehlo.gather"(%arg5, %11) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<1x1xi32>) -> tensor<1x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%12 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %15 = stablehlo.divide %13, %14 : tensor<1xf32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %17 = stablehlo.subtract %12, %16 : tensor<1x16xf32>
    %18 = stablehlo.multiply %17, %17 : tensor<1x16xf32>
    %19 = stablehlo.reduce(%18 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %20 = stablehlo.divide %19, %14 : tensor<1xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %22 = stablehlo.add %20, %21 : tensor<1xf32>
    %23 = stablehlo.rsqrt %22 : tensor<1xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %25 = stablehlo.multiply %17, %24 : tensor<1x16xf32>
    %26 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %27 = stablehlo.multiply %25, %26 : tensor<1x16xf32>
    %28 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %29 = stablehlo.add %27, %28 : tensor<1x16xf32>
    %30 = stablehlo.dot_general %29, %arg8, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %31 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %32 = stablehlo.add %30, %31 : tensor<1x16xf32>
    %33 = stablehlo.dot_general %29, %arg10, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %34 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %35 = stablehlo.add %33, %34 : tensor<1x8xf32>
    %36 = stablehlo.dot_general %29, %arg12, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %37 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %38 = stablehlo.add %36, %37 : tensor<1x8xf32>
    %39 = stablehlo.reshape %32 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %40 = stablehlo.slice %39 [0:1, 0:2, 0:2] : (tensor<1x2x8xf32>) -> tensor<1x2x2xf32>
    %41 = stablehlo.slice %39 [0:1, 0:2, 2:8] : (tensor<1x2x8xf32>) -> tensor<1x2x6xf32>
    %42 = stablehlo.slice %40 [0:1, 0:2, 0:1] : (tensor<1x2x2xf32>) -> tensor<1x2x1xf32>
    %43 = stablehlo.slice %40 [0:1, 0:2, 1:2] : (tensor<1x2x2xf32>) -> tensor<1x2x1xf32>
    %44 = stablehlo.negate %43 : tensor<1x2x1xf32>
    %45 = stablehlo.concatenate %44, %42, dim = 2 : (tensor<1x2x1xf32>, tensor<1x2x1xf32>) -> tensor<1x2x2xf32>
    %46 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x2xf32>) -> tensor<1x2x2xf32>
    %47 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x2xf32>) -> tensor<1x2x2xf32>
    %48 = stablehlo.multiply %40, %46 : tensor<1x2x2xf32>
    %49 = stablehlo.multiply %45, %47 : tensor<1x2x2xf32>
    %50 = stablehlo.add %48, %49 : tensor<1x2x2xf32>
    %51 = stablehlo.concatenate %50, %41, dim = 2 : (tensor<1x2x2xf32>, tensor<1x2x6xf32>) -> tensor<1x2x8xf32>
    %52 = stablehlo.reshape %35 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %53 = stablehlo.slice %52 [0:1, 0:1, 0:2] : (tensor<1x1x8xf32>) -> tensor<1x1x2xf32>
    %54 = stablehlo.slice %52 [0:1, 0:1, 2:8] : (tensor<1x1x8xf32>) -> tensor<1x1x6xf32>
    %55 = stablehlo.slice %53 [0:1, 0:1, 0:1] : (tensor<1x1x2xf32>) -> tensor<1x1x1xf32>
    %56 = stablehlo.slice %53 [0:1, 0:1, 1:2] : (tensor<1x1x2xf32>) -> tensor<1x1x1xf32>
    %57 = stablehlo.negate %56 : tensor<1x1x1xf32>
    %58 = stablehlo.concatenate %57, %55, dim = 2 : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x2xf32>
    %59 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x2xf32>) -> tensor<1x1x2xf32>
    %60 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x2xf32>) -> tensor<1x1x2xf32>
    %61 = stablehlo.multiply %53, %59 : tensor<1x1x2xf32>
    %62 = stablehlo.multiply %58, %60 : tensor<1x1x2xf32>
    %63 = stablehlo.add %61, %62 : tensor<1x1x2xf32>
    %64 = stablehlo.concatenate %63, %54, dim = 2 : (tensor<1x1x2xf32>, tensor<1x1x6xf32>) -> tensor<1x1x8xf32>
    %65 = stablehlo.reshape %38 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %66 = stablehlo.reshape %64 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %67 = stablehlo.dynamic_update_slice %arg3, %66, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %68 = stablehlo.reshape %65 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %69 = stablehlo.dynamic_update_slice %arg4, %68, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %70 = stablehlo.slice %67 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %71 = stablehlo.slice %69 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %72 = stablehlo.reshape %51 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %73 = stablehlo.dot_general %72, %70, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %75 = stablehlo.multiply %73, %74 : tensor<1x1x2x64xf32>
    %76 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %77 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %78 = stablehlo.compare  LE, %77, %76,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %80 = stablehlo.select %78, %75, %79 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %81 = stablehlo.reduce(%80 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %83 = stablehlo.subtract %80, %82 : tensor<1x1x2x64xf32>
    %84 = stablehlo.exponential %83 : tensor<1x1x2x64xf32>
    %85 = stablehlo.reduce(%84 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %87 = stablehlo.divide %84, %86 : tensor<1x1x2x64xf32>
    %88 = stablehlo.dot_general %87, %71, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %89 = stablehlo.reshape %88 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %90 = stablehlo.dot_general %89, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %91 = stablehlo.add %12, %90 : tensor<1x16xf32>
    %92 = stablehlo.reduce(%91 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %93 = stablehlo.divide %92, %14 : tensor<1xf32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %95 = stablehlo.subtract %91, %94 : tensor<1x16xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<1x16xf32>
    %97 = stablehlo.reduce(%96 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %98 = stablehlo.divide %97, %14 : tensor<1xf32>
    %99 = stablehlo.add %98, %21 : tensor<1xf32>
    %100 = stablehlo.rsqrt %99 : tensor<1xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %102 = stablehlo.multiply %95, %101 : tensor<1x16xf32>
    %103 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<1x16xf32>
    %105 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %106 = stablehlo.add %104, %105 : tensor<1x16xf32>
    %107 = stablehlo.dot_general %106, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %108 = stablehlo.dot_general %106, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %109 = stablehlo.logistic %107 : tensor<1x32xf32>
    %110 = stablehlo.multiply %107, %109 : tensor<1x32xf32>
    %111 = stablehlo.multiply %110, %108 : tensor<1x32xf32>
    %112 = stablehlo.dot_general %111, %arg19, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %113 = stablehlo.add %91, %112 : tensor<1x16xf32>
    %114 = stablehlo.reduce(%113 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %115 = stablehlo.divide %114, %14 : tensor<1xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %117 = stablehlo.subtract %113, %116 : tensor<1x16xf32>
    %118 = stablehlo.multiply %117, %117 : tensor<1x16xf32>
    %119 = stablehlo.reduce(%118 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %120 = stablehlo.divide %119, %14 : tensor<1xf32>
    %121 = stablehlo.add %120, %21 : tensor<1xf32>
    %122 = stablehlo.rsqrt %121 : tensor<1xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %124 = stablehlo.multiply %117, %123 : tensor<1x16xf32>
    %125 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %126 = stablehlo.multiply %124, %125 : tensor<1x16xf32>
    %127 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %128 = stablehlo.add %126, %127 : tensor<1x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %129 = stablehlo.dot_general %128, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %130 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %131 = stablehlo.add %129, %130 : tensor<1x16xf32>
    %132 = stablehlo.dot_general %128, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %133 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %134 = stablehlo.add %132, %133 : tensor<1x8xf32>
    %135 = stablehlo.dot_general %128, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %136 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %137 = stablehlo.add %135, %136 : tensor<1x8xf32>
    %138 = stablehlo.reshape %131 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %139 = stablehlo.slice %138 [0:1, 0:2, 0:2] : (tensor<1x2x8xf32>) -> tensor<1x2x2xf32>
    %140 = stablehlo.slice %138 [0:1, 0:2, 2:8] : (tensor<1x2x8xf32>) -> tensor<1x2x6xf32>
    %141 = stablehlo.slice %139 [0:1, 0:2, 0:1] : (tensor<1x2x2xf32>) -> tensor<1x2x1xf32>
    %142 = stablehlo.slice %139 [0:1, 0:2, 1:2] : (tensor<1x2x2xf32>) -> tensor<1x2x1xf32>
    %143 = stablehlo.negate %142 : tensor<1x2x1xf32>
    %144 = stablehlo.concatenate %143, %141, dim = 2 : (tensor<1x2x1xf32>, tensor<1x2x1xf32>) -> tensor<1x2x2xf32>
    %145 = stablehlo.multiply %139, %46 : tensor<1x2x2xf32>
    %146 = stablehlo.multiply %144, %47 : tensor<1x2x2xf32>
    %147 = stablehlo.add %145, %146 : tensor<1x2x2xf32>
    %148 = stablehlo.concatenate %147, %140, dim = 2 : (tensor<1x2x2xf32>, tensor<1x2x6xf32>) -> tensor<1x2x8xf32>
    %149 = stablehlo.reshape %134 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %150 = stablehlo.slice %149 [0:1, 0:1, 0:2] : (tensor<1x1x8xf32>) -> tensor<1x1x2xf32>
    %151 = stablehlo.slice %149 [0:1, 0:1, 2:8] : (tensor<1x1x8xf32>) -> tensor<1x1x6xf32>
    %152 = stablehlo.slice %150 [0:1, 0:1, 0:1] : (tensor<1x1x2xf32>) -> tensor<1x1x1xf32>
    %153 = stablehlo.slice %150 [0:1, 0:1, 1:2] : (tensor<1x1x2xf32>) -> tensor<1x1x1xf32>
    %154 = stablehlo.negate %153 : tensor<1x1x1xf32>
    %155 = stablehlo.concatenate %154, %152, dim = 2 : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x2xf32>
    %156 = stablehlo.multiply %150, %59 : tensor<1x1x2xf32>
    %157 = stablehlo.multiply %155, %60 : tensor<1x1x2xf32>
    %158 = stablehlo.add %156, %157 : tensor<1x1x2xf32>
    %159 = stablehlo.concatenate %158, %151, dim = 2 : (tensor<1x1x2xf32>, tensor<1x1x6xf32>) -> tensor<1x1x8xf32>
    %160 = stablehlo.reshape %137 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %161 = stablehlo.reshape %159 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %162 = stablehlo.dynamic_update_slice %67, %161, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %163 = stablehlo.reshape %160 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %164 = stablehlo.dynamic_update_slice %69, %163, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %165 = stablehlo.slice %162 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %166 = stablehlo.slice %164 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %167 = stablehlo.reshape %148 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %168 = stablehlo.dot_general %167, %165, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %169 = stablehlo.multiply %168, %74 : tensor<1x1x2x64xf32>
    %170 = stablehlo.select %78, %169, %79 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %171 = stablehlo.reduce(%170 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %173 = stablehlo.subtract %170, %172 : tensor<1x1x2x64xf32>
    %174 = stablehlo.exponential %173 : tensor<1x1x2x64xf32>
    %175 = stablehlo.reduce(%174 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %177 = stablehlo.divide %174, %176 : tensor<1x1x2x64xf32>
    %178 = stablehlo.dot_general %177, %166, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %179 = stablehlo.reshape %178 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %180 = stablehlo.dot_general %179, %arg28, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %181 = stablehlo.add %113, %180 : tensor<1x16xf32>
    %182 = stablehlo.reduce(%181 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %183 = stablehlo.divide %182, %14 : tensor<1xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %185 = stablehlo.subtract %181, %184 : tensor<1x16xf32>
    %186 = stablehlo.multiply %185, %185 : tensor<1x16xf32>
    %187 = stablehlo.reduce(%186 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %188 = stablehlo.divide %187, %14 : tensor<1xf32>
    %189 = stablehlo.add %188, %21 : tensor<1xf32>
    %190 = stablehlo.rsqrt %189 : tensor<1xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %192 = stablehlo.multiply %185, %191 : tensor<1x16xf32>
    %193 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %194 = stablehlo.multiply %192, %193 : tensor<1x16xf32>
    %195 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %196 = stablehlo.add %194, %195 : tensor<1x16xf32>
    %197 = stablehlo.dot_general %196, %arg31, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %198 = stablehlo.dot_general %196, %arg32, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %199 = stablehlo.logistic %197 : tensor<1x32xf32>
    %200 = stablehlo.multiply %197, %199 : tensor<1x32xf32>
    %201 = stablehlo.multiply %200, %198 : tensor<1x32xf32>
    %202 = stablehlo.dot_general %201, %arg33, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %203 = stablehlo.add %181, %202 : tensor<1x16xf32>
    %204 = stablehlo.reduce(%203 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %205 = stablehlo.divide %204, %14 : tensor<1xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %207 = stablehlo.subtract %203, %206 : tensor<1x16xf32>
    %208 = stablehlo.multiply %207, %207 : tensor<1x16xf32>
    %209 = stablehlo.reduce(%208 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %210 = stablehlo.divide %209, %14 : tensor<1xf32>
    %211 = stablehlo.add %210, %21 : tensor<1xf32>
    %212 = stablehlo.rsqrt %211 : tensor<1xf32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %214 = stablehlo.multiply %207, %213 : tensor<1x16xf32>
    %215 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %216 = stablehlo.multiply %214, %215 : tensor<1x16xf32>
    %217 = stablehlo.broadcast_in_dim %arg35, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %218 = stablehlo.add %216, %217 : tensor<1x16xf32>
    %219 = stablehlo.dot_general %218, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %220 = stablehlo.reshape %219 : (tensor<1x32xf32>) -> tensor<32xf32>
    %221 = stablehlo.iota dim = 0 : tensor<32xi32>
    %222:2 = stablehlo.reduce(%220 init: %cst_4), (%221 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg37: tensor<f32>, %arg39: tensor<f32>) (%arg38: tensor<i32>, %arg40: tensor<i32>)  {
      %223 = stablehlo.compare  GT, %arg37, %arg39,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %224 = stablehlo.compare  NE, %arg37, %arg37,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %225 = stablehlo.or %223, %224 : tensor<i1>
      %226 = stablehlo.compare  EQ, %arg37, %arg39,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %227 = stablehlo.compare  LT, %arg38, %arg40,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %228 = stablehlo.and %226, %227 : tensor<i1>
      %229 = stablehlo.or %225, %228 : tensor<i1>
      %230 = stablehlo.select %225, %arg37, %arg39 : tensor<i1>, tensor<f32>
      %231 = stablehlo.select %229, %arg38, %arg40 : tensor<i1>, tensor<i32>
      stablehlo.return %230, %231 : tensor<f32>, tensor<i32>
    }
    return %222#1, %162, %164 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
