// emit arch=seed-oss-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<16xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg11: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg12: tensor<8xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg13: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg14: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg15: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg16: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg17: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg18: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg19: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg21: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg22: tensor<8xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg23: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg24: tensor<8xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg25: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg26: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg27: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg28: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg29: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg30: tensor<16xf32> loc("model.norm.weight"), %arg31: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0177827943, 3.16227757E-4, 5.62341347E-6]> : tensor<4xf32>
    %10 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<4x4xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<4x4xf32>
    %12 = stablehlo.cosine %11 : tensor<4x4xf32>
    %13 = stablehlo.sine %11 : tensor<4x4xf32>
    %14 = stablehlo.concatenate %12, %12, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %15 = stablehlo.concatenate %13, %13, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %16 = stablehlo.reshape %arg0 : (tensor<4xi32>) -> tensor<4x1xi32>
    %17 = "stablehlo.gather"(%arg5, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %18 = stablehlo.multiply %17, %17 : tensor<4x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.reduce(%18 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %21 = stablehlo.divide %19, %20 : tensor<4xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %23 = stablehlo.add %21, %22 : tensor<4xf32>
    %24 = stablehlo.rsqrt %23 : tensor<4xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %26 = stablehlo.multiply %17, %25 : tensor<4x16xf32>
    %27 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %28 = stablehlo.multiply %26, %27 : tensor<4x16xf32>
    %29 = stablehlo.dot_general %28, %arg7, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %30 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %31 = stablehlo.add %29, %30 : tensor<4x16xf32>
    %32 = stablehlo.dot_general %28, %arg9, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %33 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %34 = stablehlo.add %32, %33 : tensor<4x8xf32>
    %35 = stablehlo.dot_general %28, %arg11, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %36 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %37 = stablehlo.add %35, %36 : tensor<4x8xf32>
    %38 = stablehlo.reshape %31 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %39 = stablehlo.slice %38 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %40 = stablehlo.slice %38 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %41 = stablehlo.negate %40 : tensor<4x2x4xf32>
    %42 = stablehlo.concatenate %41, %39, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %43 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %44 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %45 = stablehlo.multiply %38, %43 : tensor<4x2x8xf32>
    %46 = stablehlo.multiply %42, %44 : tensor<4x2x8xf32>
    %47 = stablehlo.add %45, %46 : tensor<4x2x8xf32>
    %48 = stablehlo.reshape %34 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %49 = stablehlo.slice %48 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %50 = stablehlo.slice %48 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %51 = stablehlo.negate %50 : tensor<4x1x4xf32>
    %52 = stablehlo.concatenate %51, %49, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %53 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %54 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %55 = stablehlo.multiply %48, %53 : tensor<4x1x8xf32>
    %56 = stablehlo.multiply %52, %54 : tensor<4x1x8xf32>
    %57 = stablehlo.add %55, %56 : tensor<4x1x8xf32>
    %58 = stablehlo.reshape %37 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %59 = stablehlo.slice %57 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %60 = stablehlo.slice %58 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %61 = stablehlo.reshape %59 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %62 = stablehlo.dynamic_update_slice %arg3, %61, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %63 = stablehlo.reshape %60 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %64 = stablehlo.dynamic_update_slice %arg4, %63, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %65 = stablehlo.slice %57 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %66 = stablehlo.slice %58 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %67 = stablehlo.reshape %65 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %68 = stablehlo.dynamic_update_slice %62, %67, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %69 = stablehlo.reshape %66 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %70 = stablehlo.dynamic_update_slice %64, %69, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %71 = stablehlo.slice %57 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %72 = stablehlo.slice %58 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %73 = stablehlo.reshape %71 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %74 = stablehlo.dynamic_update_slice %68, %73, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %75 = stablehlo.reshape %72 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %76 = stablehlo.dynamic_update_slice %70, %75, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %77 = stablehlo.slice %57 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %78 = stablehlo.slice %58 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %79 = stablehlo.reshape %77 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %80 = stablehlo.dynamic_update_slice %74, %79, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %81 = stablehlo.reshape %78 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %82 = stablehlo.dynamic_update_slice %76, %81, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %83 = stablehlo.slice %80 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %84 = stablehlo.reshape %83 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %85 = stablehlo.slice %82 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %86 = stablehlo.reshape %85 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %87 = stablehlo.reshape %47 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %88 = stablehlo.dot_general %87, %84, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %90 = stablehlo.multiply %88, %89 : tensor<4x1x2x64xf32>
    %91 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %92 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %93 = stablehlo.compare  LE, %92, %91,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %95 = stablehlo.select %93, %90, %94 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %96 = stablehlo.reduce(%95 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %98 = stablehlo.subtract %95, %97 : tensor<4x1x2x64xf32>
    %99 = stablehlo.exponential %98 : tensor<4x1x2x64xf32>
    %100 = stablehlo.reduce(%99 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %102 = stablehlo.divide %99, %101 : tensor<4x1x2x64xf32>
    %103 = stablehlo.dot_general %102, %86, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %104 = stablehlo.reshape %103 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %105 = stablehlo.dot_general %104, %arg13, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %106 = stablehlo.add %17, %105 : tensor<4x16xf32>
    %107 = stablehlo.multiply %106, %106 : tensor<4x16xf32>
    %108 = stablehlo.reduce(%107 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %109 = stablehlo.divide %108, %20 : tensor<4xf32>
    %110 = stablehlo.add %109, %22 : tensor<4xf32>
    %111 = stablehlo.rsqrt %110 : tensor<4xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %113 = stablehlo.multiply %106, %112 : tensor<4x16xf32>
    %114 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %115 = stablehlo.multiply %113, %114 : tensor<4x16xf32>
    %116 = stablehlo.dot_general %115, %arg15, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %117 = stablehlo.dot_general %115, %arg16, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %118 = stablehlo.logistic %116 : tensor<4x32xf32>
    %119 = stablehlo.multiply %116, %118 : tensor<4x32xf32>
    %120 = stablehlo.multiply %119, %117 : tensor<4x32xf32>
    %121 = stablehlo.dot_general %120, %arg17, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %122 = stablehlo.add %106, %121 : tensor<4x16xf32>
    %123 = stablehlo.multiply %122, %122 : tensor<4x16xf32>
    %124 = stablehlo.reduce(%123 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %125 = stablehlo.divide %124, %20 : tensor<4xf32>
    %126 = stablehlo.add %125, %22 : tensor<4xf32>
    %127 = stablehlo.rsqrt %126 : tensor<4xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %129 = stablehlo.multiply %122, %128 : tensor<4x16xf32>
    %130 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %131 = stablehlo.multiply %129, %130 : tensor<4x16xf32>
    %132 = stablehlo.dot_general %131, %arg19, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %133 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %134 = stablehlo.add %132, %133 : tensor<4x16xf32>
    %135 = stablehlo.dot_general %131, %arg21, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %136 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %137 = stablehlo.add %135, %136 : tensor<4x8xf32>
    %138 = stablehlo.dot_general %131, %arg23, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %139 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %140 = stablehlo.add %138, %139 : tensor<4x8xf32>
    %141 = stablehlo.reshape %134 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %142 = stablehlo.slice %141 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %143 = stablehlo.slice %141 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %144 = stablehlo.negate %143 : tensor<4x2x4xf32>
    %145 = stablehlo.concatenate %144, %142, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %146 = stablehlo.multiply %141, %43 : tensor<4x2x8xf32>
    %147 = stablehlo.multiply %145, %44 : tensor<4x2x8xf32>
    %148 = stablehlo.add %146, %147 : tensor<4x2x8xf32>
    %149 = stablehlo.reshape %137 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %150 = stablehlo.slice %149 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %151 = stablehlo.slice %149 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %152 = stablehlo.negate %151 : tensor<4x1x4xf32>
    %153 = stablehlo.concatenate %152, %150, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %154 = stablehlo.multiply %149, %53 : tensor<4x1x8xf32>
    %155 = stablehlo.multiply %153, %54 : tensor<4x1x8xf32>
    %156 = stablehlo.add %154, %155 : tensor<4x1x8xf32>
    %157 = stablehlo.reshape %140 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %158 = stablehlo.slice %156 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %159 = stablehlo.slice %157 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %160 = stablehlo.reshape %158 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %161 = stablehlo.dynamic_update_slice %80, %160, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %162 = stablehlo.reshape %159 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %163 = stablehlo.dynamic_update_slice %82, %162, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %164 = stablehlo.slice %156 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %165 = stablehlo.slice %157 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %166 = stablehlo.reshape %164 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %167 = stablehlo.dynamic_update_slice %161, %166, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %168 = stablehlo.reshape %165 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %169 = stablehlo.dynamic_update_slice %163, %168, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %170 = stablehlo.slice %156 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %171 = stablehlo.slice %157 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %172 = stablehlo.reshape %170 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %173 = stablehlo.dynamic_update_slice %167, %172, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %174 = stablehlo.reshape %171 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %175 = stablehlo.dynamic_update_slice %169, %174, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %176 = stablehlo.slice %156 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %177 = stablehlo.slice %157 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %178 = stablehlo.reshape %176 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %179 = stablehlo.dynamic_update_slice %173, %178, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %180 = stablehlo.reshape %177 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %181 = stablehlo.dynamic_update_slice %175, %180, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %182 = stablehlo.slice %179 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %183 = stablehlo.reshape %182 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %184 = stablehlo.slice %181 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %185 = stablehlo.reshape %184 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %186 = stablehlo.reshape %148 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %187 = stablehlo.dot_general %186, %183, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %188 = stablehlo.multiply %187, %89 : tensor<4x1x2x64xf32>
    %189 = stablehlo.select %93, %188, %94 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %190 = stablehlo.reduce(%189 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %192 = stablehlo.subtract %189, %191 : tensor<4x1x2x64xf32>
    %193 = stablehlo.exponential %192 : tensor<4x1x2x64xf32>
    %194 = stablehlo.reduce(%193 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %196 = stablehlo.divide %193, %195 : tensor<4x1x2x64xf32>
    %197 = stablehlo.dot_general %196, %185, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %198 = stablehlo.reshape %197 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %199 = stablehlo.dot_general %198, %arg25, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %200 = stablehlo.add %122, %199 : tensor<4x16xf32>
    %201 = stablehlo.multiply %200, %200 : tensor<4x16xf32>
    %202 = stablehlo.reduce(%201 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %203 = stablehlo.divide %202, %20 : tensor<4xf32>
    %204 = stablehlo.add %203, %22 : tensor<4xf32>
    %205 = stablehlo.rsqrt %204 : tensor<4xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %207 = stablehlo.multiply %200, %206 : tensor<4x16xf32>
    %208 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<4x16xf32>
    %210 = stablehlo.dot_general %209, %arg27, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %211 = stablehlo.dot_general %209, %arg28, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %212 = stablehlo.logistic %210 : tensor<4x32xf32>
    %213 = stablehlo.multiply %210, %212 : tensor<4x32xf32>
    %214 = stablehlo.multiply %213, %211 : tensor<4x32xf32>
    %215 = stablehlo.dot_general %214, %arg29, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %216 = stablehlo.add %200, %215 : tensor<4x16xf32>
    %217 = stablehlo.multiply %216, %216 : tensor<4x16xf32>
    %218 = stablehlo.reduce(%217 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %219 = stablehlo.divide %218, %20 : tensor<4xf32>
    %220 = stablehlo.add %219, %22 : tensor<4xf32>
    %221 = stablehlo.rsqrt %220 : tensor<4xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %223 = stablehlo.multiply %216, %222 : tensor<4x16xf32>
    %224 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %225 = stablehlo.multiply %223, %224 : tensor<4x16xf32>
    %226 = stablehlo.dot_general %225, %arg31, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %227 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %228:2 = stablehlo.reduce(%226 init: %cst_4), (%227 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg32: tensor<f32>, %arg34: tensor<f32>) (%arg33: tensor<i32>, %arg35: tensor<i32>)  {
      %229 = stablehlo.compare  GT, %arg32, %arg34,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %230 = stablehlo.compare  NE, %arg32, %arg32,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %231 = stablehlo.or %229, %230 : tensor<i1>
      %232 = stablehlo.compare  EQ, %arg32, %arg34,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %233 = stablehlo.compare  LT, %arg33, %arg35,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %234 = stablehlo.and %232, %233 : tensor<i1>
      %235 = stablehlo.or %231, %234 : tensor<i1>
      %236 = stablehlo.select %231, %arg32, %arg34 : tensor<i1>, tensor<f32>
      %237 = stablehlo.select %235, %arg33, %arg35 : tensor<i1>, tensor<i32>
      stablehlo.return %236, %237 : tensor<f32>, tensor<i32>
    }
    return %228#1, %179, %181 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
