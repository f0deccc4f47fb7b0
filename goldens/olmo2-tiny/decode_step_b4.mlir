// emit arch=olmo2-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg7: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg9: tensor<16xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg11: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg12: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg14: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg15: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg16: tensor<16xf32> loc("model.layers.0.post_feedforward_layernorm.weight"), %arg17: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg18: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg19: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg21: tensor<8xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg22: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg23: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg24: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg25: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg26: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg27: tensor<16xf32> loc("model.layers.1.post_feedforward_layernorm.weight"), %arg28: tensor<16xf32> loc("model.norm.weight"), %arg29: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg2 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.slice %arg2 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %3 = stablehlo.reshape %2 : (tensor<1xi32>) -> tensor<i32>
    %4 = stablehlo.slice %arg2 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.slice %arg2 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %7 = stablehlo.reshape %6 : (tensor<1xi32>) -> tensor<i32>
    %8 = stablehlo.convert %arg1 : (tensor<4xi32>) -> tensor<4xf32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0376060307, 0.00141421356, 5.31829573E-5]> : tensor<4xf32>
    %10 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<4x4xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<4x4xf32>
    %12 = stablehlo.cosine %11 : tensor<4x4xf32>
    %13 = stablehlo.sine %11 : tensor<4x4xf32>
    %14 = stablehlo.concatenate %12, %12, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %15 = stablehlo.concatenate %13, %13, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %16 = stablehlo.reshape %arg0 : (tensor<4xi32>) -> tensor<4x1xi32>
    %17 = "stablehlo.gather"(%arg5, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %18 = stablehlo.dot_general %17, %arg6, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %19 = stablehlo.dot_general %17, %arg7, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %20 = stablehlo.dot_general %17, %arg8, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %21 = stablehlo.multiply %18, %18 : tensor<4x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %22 = stablehlo.reduce(%21 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %24 = stablehlo.divide %22, %23 : tensor<4xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %26 = stablehlo.add %24, %25 : tensor<4xf32>
    %27 = stablehlo.rsqrt %26 : tensor<4xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %29 = stablehlo.multiply %18, %28 : tensor<4x16xf32>
    %30 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %31 = stablehlo.multiply %29, %30 : tensor<4x16xf32>
    %32 = stablehlo.reshape %31 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %33 = stablehlo.slice %32 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %34 = stablehlo.slice %32 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %35 = stablehlo.negate %34 : tensor<4x2x4xf32>
    %36 = stablehlo.concatenate %35, %33, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %37 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %38 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %39 = stablehlo.multiply %32, %37 : tensor<4x2x8xf32>
    %40 = stablehlo.multiply %36, %38 : tensor<4x2x8xf32>
    %41 = stablehlo.add %39, %40 : tensor<4x2x8xf32>
    %42 = stablehlo.multiply %19, %19 : tensor<4x8xf32>
    %43 = stablehlo.reduce(%42 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_3 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %45 = stablehlo.divide %43, %44 : tensor<4xf32>
    %46 = stablehlo.add %45, %25 : tensor<4xf32>
    %47 = stablehlo.rsqrt %46 : tensor<4xf32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [0] : (tensor<4xf32>) -> tensor<4x8xf32>
    %49 = stablehlo.multiply %19, %48 : tensor<4x8xf32>
    %50 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %51 = stablehlo.multiply %49, %50 : tensor<4x8xf32>
    %52 = stablehlo.reshape %51 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %53 = stablehlo.slice %52 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %54 = stablehlo.slice %52 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %55 = stablehlo.negate %54 : tensor<4x1x4xf32>
    %56 = stablehlo.concatenate %55, %53, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %57 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %58 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %59 = stablehlo.multiply %52, %57 : tensor<4x1x8xf32>
    %60 = stablehlo.multiply %56, %58 : tensor<4x1x8xf32>
    %61 = stablehlo.add %59, %60 : tensor<4x1x8xf32>
    %62 = stablehlo.reshape %20 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %63 = stablehlo.slice %61 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %64 = stablehlo.slice %62 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %65 = stablehlo.reshape %63 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %66 = stablehlo.dynamic_update_slice %arg3, %65, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %67 = stablehlo.reshape %64 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %68 = stablehlo.dynamic_update_slice %arg4, %67, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %69 = stablehlo.slice %61 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %70 = stablehlo.slice %62 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %71 = stablehlo.reshape %69 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %72 = stablehlo.dynamic_update_slice %66, %71, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %73 = stablehlo.reshape %70 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %74 = stablehlo.dynamic_update_slice %68, %73, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %75 = stablehlo.slice %61 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %76 = stablehlo.slice %62 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %77 = stablehlo.reshape %75 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %78 = stablehlo.dynamic_update_slice %72, %77, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %79 = stablehlo.reshape %76 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %80 = stablehlo.dynamic_update_slice %74, %79, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %81 = stablehlo.slice %61 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %82 = stablehlo.slice %62 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %83 = stablehlo.reshape %81 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %84 = stablehlo.dynamic_update_slice %78, %83, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %85 = stablehlo.reshape %82 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %86 = stablehlo.dynamic_update_slice %80, %85, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %87 = stablehlo.slice %84 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %88 = stablehlo.reshape %87 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %89 = stablehlo.slice %86 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %90 = stablehlo.reshape %89 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %91 = stablehlo.reshape %41 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %92 = stablehlo.dot_general %91, %88, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_4 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %94 = stablehlo.multiply %92, %93 : tensor<4x1x2x64xf32>
    %95 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %96 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %97 = stablehlo.compare  LE, %96, %95,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %99 = stablehlo.select %97, %94, %98 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %100 = stablehlo.reduce(%99 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %102 = stablehlo.subtract %99, %101 : tensor<4x1x2x64xf32>
    %103 = stablehlo.exponential %102 : tensor<4x1x2x64xf32>
    %104 = stablehlo.reduce(%103 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %106 = stablehlo.divide %103, %105 : tensor<4x1x2x64xf32>
    %107 = stablehlo.dot_general %106, %90, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %108 = stablehlo.reshape %107 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %109 = stablehlo.dot_general %108, %arg11, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %110 = stablehlo.multiply %109, %109 : tensor<4x16xf32>
    %111 = stablehlo.reduce(%110 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %112 = stablehlo.divide %111, %23 : tensor<4xf32>
    %113 = stablehlo.add %112, %25 : tensor<4xf32>
    %114 = stablehlo.rsqrt %113 : tensor<4xf32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %116 = stablehlo.multiply %109, %115 : tensor<4x16xf32>
    %117 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %118 = stablehlo.multiply %116, %117 : tensor<4x16xf32>
    %119 = stablehlo.add %17, %118 : tensor<4x16xf32>
    %120 = stablehlo.dot_general %119, %arg13, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %121 = stablehlo.dot_general %119, %arg14, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %122 = stablehlo.logistic %120 : tensor<4x32xf32>
    %123 = stablehlo.multiply %120, %122 : tensor<4x32xf32>
    %124 = stablehlo.multiply %123, %121 : tensor<4x32xf32>
    %125 = stablehlo.dot_general %124, %arg15, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %126 = stablehlo.multiply %125, %125 : tensor<4x16xf32>
    %127 = stablehlo.reduce(%126 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %128 = stablehlo.divide %127, %23 : tensor<4xf32>
    %129 = stablehlo.add %128, %25 : tensor<4xf32>
    %130 = stablehlo.rsqrt %129 : tensor<4xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %132 = stablehlo.multiply %125, %131 : tensor<4x16xf32>
    %133 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %134 = stablehlo.multiply %132, %133 : tensor<4x16xf32>
    %135 = stablehlo.add %119, %134 : tensor<4x16xf32>
    %136 = stablehlo.dot_general %135, %arg17, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %137 = stablehlo.dot_general %135, %arg18, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %138 = stablehlo.dot_general %135, %arg19, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %139 = stablehlo.multiply %136, %136 : tensor<4x16xf32>
    %140 = stablehlo.reduce(%139 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %141 = stablehlo.divide %140, %23 : tensor<4xf32>
    %142 = stablehlo.add %141, %25 : tensor<4xf32>
    %143 = stablehlo.rsqrt %142 : tensor<4xf32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %145 = stablehlo.multiply %136, %144 : tensor<4x16xf32>
    %146 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %147 = stablehlo.multiply %145, %146 : tensor<4x16xf32>
    %148 = stablehlo.reshape %147 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %149 = stablehlo.slice %148 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %150 = stablehlo.slice %148 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %151 = stablehlo.negate %150 : tensor<4x2x4xf32>
    %152 = stablehlo.concatenate %151, %149, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %153 = stablehlo.multiply %148, %37 : tensor<4x2x8xf32>
    %154 = stablehlo.multiply %152, %38 : tensor<4x2x8xf32>
    %155 = stablehlo.add %153, %154 : tensor<4x2x8xf32>
    %156 = stablehlo.multiply %137, %137 : tensor<4x8xf32>
    %157 = stablehlo.reduce(%156 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>
    %158 = stablehlo.divide %157, %44 : tensor<4xf32>
    %159 = stablehlo.add %158, %25 : tensor<4xf32>
    %160 = stablehlo.rsqrt %159 : tensor<4xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0] : (tensor<4xf32>) -> tensor<4x8xf32>
    %162 = stablehlo.multiply %137, %161 : tensor<4x8xf32>
    %163 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %164 = stablehlo.multiply %162, %163 : tensor<4x8xf32>
    %165 = stablehlo.reshape %164 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %166 = stablehlo.slice %165 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %167 = stablehlo.slice %165 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %168 = stablehlo.negate %167 : tensor<4x1x4xf32>
    %169 = stablehlo.concatenate %168, %166, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %170 = stablehlo.multiply %165, %57 : tensor<4x1x8xf32>
    %171 = stablehlo.multiply %169, %58 : tensor<4x1x8xf32>
    %172 = stablehlo.add %170, %171 : tensor<4x1x8xf32>
    %173 = stablehlo.reshape %138 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %174 = stablehlo.slice %172 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %175 = stablehlo.slice %173 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %176 = stablehlo.reshape %174 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %177 = stablehlo.dynamic_update_slice %84, %176, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %178 = stablehlo.reshape %175 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %179 = stablehlo.dynamic_update_slice %86, %178, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %180 = stablehlo.slice %172 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %181 = stablehlo.slice %173 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %182 = stablehlo.reshape %180 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %183 = stablehlo.dynamic_update_slice %177, %182, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %184 = stablehlo.reshape %181 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %185 = stablehlo.dynamic_update_slice %179, %184, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %186 = stablehlo.slice %172 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %187 = stablehlo.slice %173 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %188 = stablehlo.reshape %186 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %189 = stablehlo.dynamic_update_slice %183, %188, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %190 = stablehlo.reshape %187 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %191 = stablehlo.dynamic_update_slice %185, %190, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %192 = stablehlo.slice %172 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %193 = stablehlo.slice %173 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %194 = stablehlo.reshape %192 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %195 = stablehlo.dynamic_update_slice %189, %194, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %196 = stablehlo.reshape %193 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %197 = stablehlo.dynamic_update_slice %191, %196, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %198 = stablehlo.slice %195 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %199 = stablehlo.reshape %198 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %200 = stablehlo.slice %197 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %201 = stablehlo.reshape %200 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %202 = stablehlo.reshape %155 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %203 = stablehlo.dot_general %202, %199, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %204 = stablehlo.multiply %203, %93 : tensor<4x1x2x64xf32>
    %205 = stablehlo.select %97, %204, %98 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %206 = stablehlo.reduce(%205 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %208 = stablehlo.subtract %205, %207 : tensor<4x1x2x64xf32>
    %209 = stablehlo.exponential %208 : tensor<4x1x2x64xf32>
    %210 = stablehlo.reduce(%209 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %212 = stablehlo.divide %209, %211 : tensor<4x1x2x64xf32>
    %213 = stablehlo.dot_general %212, %201, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %214 = stablehlo.reshape %213 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %215 = stablehlo.dot_general %214, %arg22, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %216 = stablehlo.multiply %215, %215 : tensor<4x16xf32>
    %217 = stablehlo.reduce(%216 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %218 = stablehlo.divide %217, %23 : tensor<4xf32>
    %219 = stablehlo.add %218, %25 : tensor<4xf32>
    %220 = stablehlo.rsqrt %219 : tensor<4xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %222 = stablehlo.multiply %215, %221 : tensor<4x16xf32>
    %223 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %224 = stablehlo.multiply %222, %223 : tensor<4x16xf32>
    %225 = stablehlo.add %135, %224 : tensor<4x16xf32>
    %226 = stablehlo.dot_general %225, %arg24, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %227 = stablehlo.dot_general %225, %arg25, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %228 = stablehlo.logistic %226 : tensor<4x32xf32>
    %229 = stablehlo.multiply %226, %228 : tensor<4x32xf32>
    %230 = stablehlo.multiply %229, %227 : tensor<4x32xf32>
    %231 = stablehlo.dot_general %230, %arg26, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %232 = stablehlo.multiply %231, %231 : tensor<4x16xf32>
    %233 = stablehlo.reduce(%232 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %234 = stablehlo.divide %233, %23 : tensor<4xf32>
    %235 = stablehlo.add %234, %25 : tensor<4xf32>
    %236 = stablehlo.rsqrt %235 : tensor<4xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %238 = stablehlo.multiply %231, %237 : tensor<4x16xf32>
    %239 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %240 = stablehlo.multiply %238, %239 : tensor<4x16xf32>
    %241 = stablehlo.add %225, %240 : tensor<4x16xf32>
    %242 = stablehlo.multiply %241, %241 : tensor<4x16xf32>
    %243 = stablehlo.reduce(%242 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %244 = stablehlo.divide %243, %23 : tensor<4xf32>
    %245 = stablehlo.add %244, %25 : tensor<4xf32>
    %246 = stablehlo.rsqrt %245 : tensor<4xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %248 = stablehlo.multiply %241, %247 : tensor<4x16xf32>
    %249 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %250 = stablehlo.multiply %248, %249 : tensor<4x16xf32>
    %251 = stablehlo.dot_general %250, %arg29, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %252 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %253:2 = stablehlo.reduce(%251 init: %cst_5), (%252 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg30: tensor<f32>, %arg32: tensor<f32>) (%arg31: tensor<i32>, %arg33: tensor<i32>)  {
      %254 = stablehlo.compare  GT, %arg30, %arg32,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %255 = stablehlo.compare  NE, %arg30, %arg30,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %256 = stablehlo.or %254, %255 : tensor<i1>
      %257 = stablehlo.compare  EQ, %arg30, %arg32,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %258 = stablehlo.compare  LT, %arg31, %arg33,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %259 = stablehlo.and %257, %258 : tensor<i1>
      %260 = stablehlo.or %256, %259 : tensor<i1>
      %261 = stablehlo.select %256, %arg30, %arg32 : tensor<i1>, tensor<f32>
      %262 = stablehlo.select %260, %arg31, %arg33 : tensor<i1>, tensor<i32>
      stablehlo.return %261, %262 : tensor<f32>, tensor<i32>
    }
    return %253#1, %195, %197 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
