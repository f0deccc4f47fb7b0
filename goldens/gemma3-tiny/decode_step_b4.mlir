// emit arch=gemma3-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg12: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg13: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg14: tensor<16xf32> loc("model.layers.0.pre_feedforward_layernorm.weight"), %arg15: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg16: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg17: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg18: tensor<16xf32> loc("model.layers.0.post_feedforward_layernorm.weight"), %arg19: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg20: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg21: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg22: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg23: tensor<8xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg24: tensor<8xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg25: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg26: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg27: tensor<16xf32> loc("model.layers.1.pre_feedforward_layernorm.weight"), %arg28: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg29: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg30: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg31: tensor<16xf32> loc("model.layers.1.post_feedforward_layernorm.weight"), %arg32: tensor<16xf32> loc("model.norm.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %cst = stablehlo.constant dense<[1.000000e+00, 1.000000e-01, 0.00999999977, 1.000000e-03]> : tensor<4xf32>
    %10 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<4x4xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<4x4xf32>
    %12 = stablehlo.cosine %11 : tensor<4x4xf32>
    %13 = stablehlo.sine %11 : tensor<4x4xf32>
    %14 = stablehlo.concatenate %12, %12, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %15 = stablehlo.concatenate %13, %13, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %cst_0 = stablehlo.constant dense<[1.000000e+00, 0.0316227749, 1.000000e-03, 3.16227779E-5]> : tensor<4xf32>
    %16 = stablehlo.broadcast_in_dim %cst_0, dims = [1] : (tensor<4xf32>) -> tensor<4x4xf32>
    %17 = stablehlo.multiply %9, %16 : tensor<4x4xf32>
    %18 = stablehlo.cosine %17 : tensor<4x4xf32>
    %19 = stablehlo.sine %17 : tensor<4x4xf32>
    %20 = stablehlo.concatenate %18, %18, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %21 = stablehlo.concatenate %19, %19, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %22 = stablehlo.reshape %arg0 : (tensor<4xi32>) -> tensor<4x1xi32>
    %23 = "stablehlo.gather"(%arg5, %22) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %cst_1 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
    %25 = stablehlo.multiply %23, %24 : tensor<4x16xf32>
    %26 = stablehlo.multiply %25, %25 : tensor<4x16xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %27 = stablehlo.reduce(%26 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_3 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %28 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %29 = stablehlo.divide %27, %28 : tensor<4xf32>
    %cst_4 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %31 = stablehlo.add %29, %30 : tensor<4xf32>
    %32 = stablehlo.rsqrt %31 : tensor<4xf32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %34 = stablehlo.multiply %25, %33 : tensor<4x16xf32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %36 = stablehlo.add %arg6, %35 : tensor<16xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %38 = stablehlo.multiply %34, %37 : tensor<4x16xf32>
    %39 = stablehlo.dot_general %38, %arg7, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %40 = stablehlo.dot_general %38, %arg8, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %41 = stablehlo.dot_general %38, %arg9, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %42 = stablehlo.reshape %39 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %43 = stablehlo.multiply %42, %42 : tensor<4x2x8xf32>
    %44 = stablehlo.reduce(%43 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<4x2x8xf32>, tensor<f32>) -> tensor<4x2xf32>
    %cst_6 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<4x2xf32>
    %46 = stablehlo.divide %44, %45 : tensor<4x2xf32>
    %47 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x2xf32>
    %48 = stablehlo.add %46, %47 : tensor<4x2xf32>
    %49 = stablehlo.rsqrt %48 : tensor<4x2xf32>
    %50 = stablehlo.broadcast_in_dim %49, dims = [0, 1] : (tensor<4x2xf32>) -> tensor<4x2x8xf32>
    %51 = stablehlo.multiply %42, %50 : tensor<4x2x8xf32>
    %52 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %53 = stablehlo.add %arg10, %52 : tensor<8xf32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [2] : (tensor<8xf32>) -> tensor<4x2x8xf32>
    %55 = stablehlo.multiply %51, %54 : tensor<4x2x8xf32>
    %56 = stablehlo.slice %55 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %57 = stablehlo.slice %55 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %58 = stablehlo.negate %57 : tensor<4x2x4xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %60 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %61 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %62 = stablehlo.multiply %55, %60 : tensor<4x2x8xf32>
    %63 = stablehlo.multiply %59, %61 : tensor<4x2x8xf32>
    %64 = stablehlo.add %62, %63 : tensor<4x2x8xf32>
    %65 = stablehlo.reshape %40 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %66 = stablehlo.multiply %65, %65 : tensor<4x1x8xf32>
    %67 = stablehlo.reduce(%66 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<4x1x8xf32>, tensor<f32>) -> tensor<4x1xf32>
    %68 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %69 = stablehlo.divide %67, %68 : tensor<4x1xf32>
    %70 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %71 = stablehlo.add %69, %70 : tensor<4x1xf32>
    %72 = stablehlo.rsqrt %71 : tensor<4x1xf32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x1x8xf32>
    %74 = stablehlo.multiply %65, %73 : tensor<4x1x8xf32>
    %75 = stablehlo.add %arg11, %52 : tensor<8xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [2] : (tensor<8xf32>) -> tensor<4x1x8xf32>
    %77 = stablehlo.multiply %74, %76 : tensor<4x1x8xf32>
    %78 = stablehlo.slice %77 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %79 = stablehlo.slice %77 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %80 = stablehlo.negate %79 : tensor<4x1x4xf32>
    %81 = stablehlo.concatenate %80, %78, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %82 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %83 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %84 = stablehlo.multiply %77, %82 : tensor<4x1x8xf32>
    %85 = stablehlo.multiply %81, %83 : tensor<4x1x8xf32>
    %86 = stablehlo.add %84, %85 : tensor<4x1x8xf32>
    %87 = stablehlo.reshape %41 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %88 = stablehlo.slice %86 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %89 = stablehlo.slice %87 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %90 = stablehlo.reshape %88 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %91 = stablehlo.dynamic_update_slice %arg3, %90, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %92 = stablehlo.reshape %89 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %93 = stablehlo.dynamic_update_slice %arg4, %92, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %94 = stablehlo.slice %86 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %95 = stablehlo.slice %87 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %96 = stablehlo.reshape %94 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %97 = stablehlo.dynamic_update_slice %91, %96, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %98 = stablehlo.reshape %95 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %99 = stablehlo.dynamic_update_slice %93, %98, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %100 = stablehlo.slice %86 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %101 = stablehlo.slice %87 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %102 = stablehlo.reshape %100 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %103 = stablehlo.dynamic_update_slice %97, %102, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %104 = stablehlo.reshape %101 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %105 = stablehlo.dynamic_update_slice %99, %104, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %106 = stablehlo.slice %86 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %107 = stablehlo.slice %87 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %108 = stablehlo.reshape %106 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %109 = stablehlo.dynamic_update_slice %103, %108, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %110 = stablehlo.reshape %107 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %111 = stablehlo.dynamic_update_slice %105, %110, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %112 = stablehlo.slice %109 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %113 = stablehlo.reshape %112 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %114 = stablehlo.slice %111 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %115 = stablehlo.reshape %114 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %116 = stablehlo.reshape %64 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %117 = stablehlo.dot_general %116, %113, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_7 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %118 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %119 = stablehlo.multiply %117, %118 : tensor<4x1x2x64xf32>
    %120 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %121 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %122 = stablehlo.compare  LE, %121, %120,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %123 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4x1x2x64xi32>
    %124 = stablehlo.subtract %120, %123 : tensor<4x1x2x64xi32>
    %125 = stablehlo.compare  GT, %121, %124,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %126 = stablehlo.and %122, %125 : tensor<4x1x2x64xi1>
    %cst_8 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %128 = stablehlo.select %126, %119, %127 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %129 = stablehlo.reduce(%128 init: %cst_8) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %131 = stablehlo.subtract %128, %130 : tensor<4x1x2x64xf32>
    %132 = stablehlo.exponential %131 : tensor<4x1x2x64xf32>
    %133 = stablehlo.reduce(%132 init: %cst_2) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %135 = stablehlo.divide %132, %134 : tensor<4x1x2x64xf32>
    %136 = stablehlo.dot_general %135, %115, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %137 = stablehlo.reshape %136 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %138 = stablehlo.dot_general %137, %arg12, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %139 = stablehlo.multiply %138, %138 : tensor<4x16xf32>
    %140 = stablehlo.reduce(%139 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %141 = stablehlo.divide %140, %28 : tensor<4xf32>
    %142 = stablehlo.add %141, %30 : tensor<4xf32>
    %143 = stablehlo.rsqrt %142 : tensor<4xf32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %145 = stablehlo.multiply %138, %144 : tensor<4x16xf32>
    %146 = stablehlo.add %arg13, %35 : tensor<16xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %148 = stablehlo.multiply %145, %147 : tensor<4x16xf32>
    %149 = stablehlo.add %25, %148 : tensor<4x16xf32>
    %150 = stablehlo.multiply %149, %149 : tensor<4x16xf32>
    %151 = stablehlo.reduce(%150 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %152 = stablehlo.divide %151, %28 : tensor<4xf32>
    %153 = stablehlo.add %152, %30 : tensor<4xf32>
    %154 = stablehlo.rsqrt %153 : tensor<4xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %156 = stablehlo.multiply %149, %155 : tensor<4x16xf32>
    %157 = stablehlo.add %arg14, %35 : tensor<16xf32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %159 = stablehlo.multiply %156, %158 : tensor<4x16xf32>
    %160 = stablehlo.dot_general %159, %arg15, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %161 = stablehlo.dot_general %159, %arg16, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %162 = stablehlo.multiply %160, %160 : tensor<4x32xf32>
    %163 = stablehlo.multiply %162, %160 : tensor<4x32xf32>
    %cst_9 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %165 = stablehlo.multiply %164, %163 : tensor<4x32xf32>
    %166 = stablehlo.add %160, %165 : tensor<4x32xf32>
    %cst_10 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %168 = stablehlo.multiply %167, %166 : tensor<4x32xf32>
    %169 = stablehlo.tanh %168 : tensor<4x32xf32>
    %170 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %171 = stablehlo.add %170, %169 : tensor<4x32xf32>
    %cst_11 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %173 = stablehlo.multiply %172, %160 : tensor<4x32xf32>
    %174 = stablehlo.multiply %173, %171 : tensor<4x32xf32>
    %175 = stablehlo.multiply %174, %161 : tensor<4x32xf32>
    %176 = stablehlo.dot_general %175, %arg17, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %177 = stablehlo.multiply %176, %176 : tensor<4x16xf32>
    %178 = stablehlo.reduce(%177 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %179 = stablehlo.divide %178, %28 : tensor<4xf32>
    %180 = stablehlo.add %179, %30 : tensor<4xf32>
    %181 = stablehlo.rsqrt %180 : tensor<4xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %183 = stablehlo.multiply %176, %182 : tensor<4x16xf32>
    %184 = stablehlo.add %arg18, %35 : tensor<16xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %186 = stablehlo.multiply %183, %185 : tensor<4x16xf32>
    %187 = stablehlo.add %149, %186 : tensor<4x16xf32>
    %188 = stablehlo.multiply %187, %187 : tensor<4x16xf32>
    %189 = stablehlo.reduce(%188 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %190 = stablehlo.divide %189, %28 : tensor<4xf32>
    %191 = stablehlo.add %190, %30 : tensor<4xf32>
    %192 = stablehlo.rsqrt %191 : tensor<4xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %194 = stablehlo.multiply %187, %193 : tensor<4x16xf32>
    %195 = stablehlo.add %arg19, %35 : tensor<16xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %197 = stablehlo.multiply %194, %196 : tensor<4x16xf32>
    %198 = stablehlo.dot_general %197, %arg20, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %199 = stablehlo.dot_general %197, %arg21, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %200 = stablehlo.dot_general %197, %arg22, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %201 = stablehlo.reshape %198 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %202 = stablehlo.multiply %201, %201 : tensor<4x2x8xf32>
    %203 = stablehlo.reduce(%202 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<4x2x8xf32>, tensor<f32>) -> tensor<4x2xf32>
    %204 = stablehlo.divide %203, %45 : tensor<4x2xf32>
    %205 = stablehlo.add %204, %47 : tensor<4x2xf32>
    %206 = stablehlo.rsqrt %205 : tensor<4x2xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0, 1] : (tensor<4x2xf32>) -> tensor<4x2x8xf32>
    %208 = stablehlo.multiply %201, %207 : tensor<4x2x8xf32>
    %209 = stablehlo.add %arg23, %52 : tensor<8xf32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [2] : (tensor<8xf32>) -> tensor<4x2x8xf32>
    %211 = stablehlo.multiply %208, %210 : tensor<4x2x8xf32>
    %212 = stablehlo.slice %211 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %213 = stablehlo.slice %211 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %214 = stablehlo.negate %213 : tensor<4x2x4xf32>
    %215 = stablehlo.concatenate %214, %212, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %216 = stablehlo.broadcast_in_dim %20, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %217 = stablehlo.broadcast_in_dim %21, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %218 = stablehlo.multiply %211, %216 : tensor<4x2x8xf32>
    %219 = stablehlo.multiply %215, %217 : tensor<4x2x8xf32>
    %220 = stablehlo.add %218, %219 : tensor<4x2x8xf32>
    %221 = stablehlo.reshape %199 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %222 = stablehlo.multiply %221, %221 : tensor<4x1x8xf32>
    %223 = stablehlo.reduce(%222 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<4x1x8xf32>, tensor<f32>) -> tensor<4x1xf32>
    %224 = stablehlo.divide %223, %68 : tensor<4x1xf32>
    %225 = stablehlo.add %224, %70 : tensor<4x1xf32>
    %226 = stablehlo.rsqrt %225 : tensor<4x1xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x1x8xf32>
    %228 = stablehlo.multiply %221, %227 : tensor<4x1x8xf32>
    %229 = stablehlo.add %arg24, %52 : tensor<8xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [2] : (tensor<8xf32>) -> tensor<4x1x8xf32>
    %231 = stablehlo.multiply %228, %230 : tensor<4x1x8xf32>
    %232 = stablehlo.slice %231 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %233 = stablehlo.slice %231 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %234 = stablehlo.negate %233 : tensor<4x1x4xf32>
    %235 = stablehlo.concatenate %234, %232, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %236 = stablehlo.broadcast_in_dim %20, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %237 = stablehlo.broadcast_in_dim %21, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %238 = stablehlo.multiply %231, %236 : tensor<4x1x8xf32>
    %239 = stablehlo.multiply %235, %237 : tensor<4x1x8xf32>
    %240 = stablehlo.add %238, %239 : tensor<4x1x8xf32>
    %241 = stablehlo.reshape %200 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %242 = stablehlo.slice %240 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %243 = stablehlo.slice %241 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %244 = stablehlo.reshape %242 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %245 = stablehlo.dynamic_update_slice %109, %244, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %246 = stablehlo.reshape %243 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %247 = stablehlo.dynamic_update_slice %111, %246, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %248 = stablehlo.slice %240 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %249 = stablehlo.slice %241 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %250 = stablehlo.reshape %248 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %251 = stablehlo.dynamic_update_slice %245, %250, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %252 = stablehlo.reshape %249 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %253 = stablehlo.dynamic_update_slice %247, %252, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %254 = stablehlo.slice %240 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %255 = stablehlo.slice %241 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %256 = stablehlo.reshape %254 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %257 = stablehlo.dynamic_update_slice %251, %256, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %258 = stablehlo.reshape %255 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %259 = stablehlo.dynamic_update_slice %253, %258, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %260 = stablehlo.slice %240 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %261 = stablehlo.slice %241 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %262 = stablehlo.reshape %260 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %263 = stablehlo.dynamic_update_slice %257, %262, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %264 = stablehlo.reshape %261 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %265 = stablehlo.dynamic_update_slice %259, %264, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %266 = stablehlo.slice %263 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %267 = stablehlo.reshape %266 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %268 = stablehlo.slice %265 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %269 = stablehlo.reshape %268 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %270 = stablehlo.reshape %220 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %271 = stablehlo.dot_general %270, %267, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %272 = stablehlo.multiply %271, %118 : tensor<4x1x2x64xf32>
    %273 = stablehlo.select %122, %272, %127 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %274 = stablehlo.reduce(%273 init: %cst_8) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %276 = stablehlo.subtract %273, %275 : tensor<4x1x2x64xf32>
    %277 = stablehlo.exponential %276 : tensor<4x1x2x64xf32>
    %278 = stablehlo.reduce(%277 init: %cst_2) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %280 = stablehlo.divide %277, %279 : tensor<4x1x2x64xf32>
    %281 = stablehlo.dot_general %280, %269, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %282 = stablehlo.reshape %281 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %283 = stablehlo.dot_general %282, %arg25, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %284 = stablehlo.multiply %283, %283 : tensor<4x16xf32>
    %285 = stablehlo.reduce(%284 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %286 = stablehlo.divide %285, %28 : tensor<4xf32>
    %287 = stablehlo.add %286, %30 : tensor<4xf32>
    %288 = stablehlo.rsqrt %287 : tensor<4xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %290 = stablehlo.multiply %283, %289 : tensor<4x16xf32>
    %291 = stablehlo.add %arg26, %35 : tensor<16xf32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %293 = stablehlo.multiply %290, %292 : tensor<4x16xf32>
    %294 = stablehlo.add %187, %293 : tensor<4x16xf32>
    %295 = stablehlo.multiply %294, %294 : tensor<4x16xf32>
    %296 = stablehlo.reduce(%295 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %297 = stablehlo.divide %296, %28 : tensor<4xf32>
    %298 = stablehlo.add %297, %30 : tensor<4xf32>
    %299 = stablehlo.rsqrt %298 : tensor<4xf32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %301 = stablehlo.multiply %294, %300 : tensor<4x16xf32>
    %302 = stablehlo.add %arg27, %35 : tensor<16xf32>
    %303 = stablehlo.broadcast_in_dim %302, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %304 = stablehlo.multiply %301, %303 : tensor<4x16xf32>
    %305 = stablehlo.dot_general %304, %arg28, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %306 = stablehlo.dot_general %304, %arg29, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %307 = stablehlo.multiply %305, %305 : tensor<4x32xf32>
    %308 = stablehlo.multiply %307, %305 : tensor<4x32xf32>
    %309 = stablehlo.multiply %164, %308 : tensor<4x32xf32>
    %310 = stablehlo.add %305, %309 : tensor<4x32xf32>
    %311 = stablehlo.multiply %167, %310 : tensor<4x32xf32>
    %312 = stablehlo.tanh %311 : tensor<4x32xf32>
    %313 = stablehlo.add %170, %312 : tensor<4x32xf32>
    %314 = stablehlo.multiply %172, %305 : tensor<4x32xf32>
    %315 = stablehlo.multiply %314, %313 : tensor<4x32xf32>
    %316 = stablehlo.multiply %315, %306 : tensor<4x32xf32>
    %317 = stablehlo.dot_general %316, %arg30, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %318 = stablehlo.multiply %317, %317 : tensor<4x16xf32>
    %319 = stablehlo.reduce(%318 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %320 = stablehlo.divide %319, %28 : tensor<4xf32>
    %321 = stablehlo.add %320, %30 : tensor<4xf32>
    %322 = stablehlo.rsqrt %321 : tensor<4xf32>
    %323 = stablehlo.broadcast_in_dim %322, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %324 = stablehlo.multiply %317, %323 : tensor<4x16xf32>
    %325 = stablehlo.add %arg31, %35 : tensor<16xf32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %327 = stablehlo.multiply %324, %326 : tensor<4x16xf32>
    %328 = stablehlo.add %294, %327 : tensor<4x16xf32>
    %329 = stablehlo.multiply %328, %328 : tensor<4x16xf32>
    %330 = stablehlo.reduce(%329 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %331 = stablehlo.divide %330, %28 : tensor<4xf32>
    %332 = stablehlo.add %331, %30 : tensor<4xf32>
    %333 = stablehlo.rsqrt %332 : tensor<4xf32>
    %334 = stablehlo.broadcast_in_dim %333, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %335 = stablehlo.multiply %328, %334 : tensor<4x16xf32>
    %336 = stablehlo.add %arg32, %35 : tensor<16xf32>
    %337 = stablehlo.broadcast_in_dim %336, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %338 = stablehlo.multiply %335, %337 : tensor<4x16xf32>
    %339 = stablehlo.dot_general %338, %arg5, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %340 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %341:2 = stablehlo.reduce(%339 init: %cst_8), (%340 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg33: tensor<f32>, %arg35: tensor<f32>) (%arg34: tensor<i32>, %arg36: tensor<i32>)  {
      %342 = stablehlo.compare  GT, %arg33, %arg35,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %343 = stablehlo.compare  NE, %arg33, %arg33,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %344 = stablehlo.or %342, %343 : tensor<i1>
      %345 = stablehlo.compare  EQ, %arg33, %arg35,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %346 = stablehlo.compare  LT, %arg34, %arg36,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %347 = stablehlo.and %345, %346 : tensor<i1>
      %348 = stablehlo.or %344, %347 : tensor<i1>
      %349 = stablehlo.select %344, %arg33, %arg35 : tensor<i1>, tensor<f32>
      %350 = stablehlo.select %348, %arg34, %arg36 : tensor<i1>, tensor<i32>
      stablehlo.return %349, %350 : tensor<f32>, tensor<i32>
    }
    return %341#1, %263, %265 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
