// emit arch=tiny-llama graph=decode_step precision=f32 capacity=64 batch=1 quant=none
module @decode_step {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<1x64x1x4xf32> loc("kcache"), %arg4: tensor<1x64x1x4xf32> loc("vcache"), %arg5: tensor<16x8xf32> loc("model.embed_tokens.weight"), %arg6: tensor<8xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<8x8xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<4x8xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<4x8xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<0x8xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<8xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<16x8xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<16x8xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<8x16xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<8xf32> loc("model.norm.weight"), %arg16: tensor<16x8xf32> loc("lm_head.weight")) -> (tensor<i32>, tensor<1x64x1x4xf32>, tensor<1x64x1x4xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x2xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.00999999977]> : tensor<2xf32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<2xf32>) -> tensor<1x2xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<1x2xf32>
    %7 = stablehlo.cosine %6 : tensor<1x2xf32>
    %8 = stablehlo.sine %6 : tensor<1x2xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x4xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x4xf32>
    %11 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %12 = "stablehlo.gather"(%arg5, %11) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 8>}> : (tensor<16x8xf32>, tensor<1x1xi32>) -> tensor<1x8xf32>
    %13 = stablehlo.multiply %12, %12 : tensor<1x8xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.reduce(%13 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x8xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_1 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %16 = stablehlo.divide %14, %15 : tensor<1xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %18 = stablehlo.add %16, %17 : tensor<1xf32>
    %19 = stablehlo.rsqrt %18 : tensor<1xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0] : (tensor<1xf32>) -> tensor<1x8xf32>
    %21 = stablehlo.multiply %12, %20 : tensor<1x8xf32>
    %22 = stablehlo.broadcast_in_dim contra dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %23 = stablehlo.multiply %21, %22 : tensor<1x8xf32>
    %24 = stablehlo.dot_general %23, %arg7, contracting_dims = [1] x [1] : (tensor<1x8xf32>, tensor<8x8xf32>) -> tensor<1x8xf32>
    %25 = stablehlo.dot_general %23, %arg8, contracting_dims = [1] x [1] : (tensor<1x8xf32>, tensor<4x8xf32>) -> tensor<1x4xf32>
    %26 = stablehlo.dot_general %23, %arg9, contracting_dims = [1] x [1] : (tensor<1x8xf32>, tensor<4x8xf32>) -> tensor<1x4xf32>
    %27 = stablehlo.reshape %24 : (tensor<1x8xf32>) -> tensor<1x2x4xf32>
    %28 = stablehlo.slice %27 [0:1, 0:2, 0:2] : (tensor<1x2x4xf32>) -> tensor<1x2x2xf32>
    %29 = stablehlo.slice %27 [0:1, 0:2, 2:4] : (tensor<1x2x4xf32>) -> tensor<1x2x2xf32>
    %30 = stablehlo.negate %29 : tensor<1x2x2xf32>
    %31 = stablehlo.concatenate %30, %28, dim = 2 : (tensor<1x2x2xf32>, tensor<1x2x2xf32>) -> tensor<1x2x4xf32>
    %32 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x4xf32>) -> tensor<1x2x4xf32>
    %33 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x4xf32>) -> tensor<1x2x4xf32>
    %34 = stablehlo.multiply %27, %32 : tensor<1x2x4xf32>
    %35 = stablehlo.multiply %31, %33 : tensor<1x2x4xf32>
    %36 = stablehlo.add %34, %35 : tensor<1x2x4xf32>
    %37 = stablehlo.reshape %25 : (tensor<1x4xf32>) -> tensor<1x1x4xf32>
    %38 = stablehlo.slice %37 [0:1, 0:1, 0:2] : (tensor<1x1x4xf32>) -> tensor<1x1x2xf32>
    %39 = stablehlo.slice %37 [0:1, 0:1, 2:4] : (tensor<1x1x4xf32>) -> tensor<1x1x2xf32>
    %40 = stablehlo.negate %39 : tensor<1x1x2xf32>
    %41 = stablehlo.concatenate %40, %38, dim = 2 : (tensor<1x1x2xf32>, tensor<1x1x2xf32>) -> tensor<1x1x4xf32>
    %42 = stablehlm.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x4xf32>) -> tensor<1x1x4xf32>
    %43 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x4xf32>) -> tensor<1x1x4xf32>
    %44 = stablehlo.multiply %37, %42 : tensor<1x1x4xf32>
    %45 = stablehlo.multiply %41, %43 : tensor<1x1x4xf32>
    %46 = stablehlo.add %44, %45 : tensor<1x1x4xf32>
    %47 = stablehlo.reshape %26 : (tensor<1x4xf32>) -> tensor<1x1x4xf32>
    %48 = stablehlo.reshape %46 : (tensor<1x1x4xf32>) -> tensor<1x1x1x4xf32>
    %49 = stablehlo.dynamic_update_slice %arg3, %48, %c, %arg2, %c, %c : (tensor<1x64x1x4xf32>, tensor<1x1x1x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x1x4xf32>
    %50 = stablehlo.reshape %47 : (tensor<1x1x4xf32>) -> tensor<1x1x1x4xf32>
    %51 = stablehlo.dynamic_update_slice %arg4, %50, %c, %arg2, %c, %c : (tensor<1x64x1x4xf32>, tensor<1x1x1x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x1x4xf32>
    %52 = stablehlo.slice %49 [0:1, 0:64, 0:1, 0:4] : (tensor<1x64x1x4xf32>) -> tensor<1x64x1x4xf32>
    %53 = stablehlo.slice %51 [0:1, 0:64, 0:1, 0:4] : (tensor<1x64x1x4xf32>) -> tensor<1x64x1x4xf32>
    %54 = stablehlo.reshape %36 : (tensor<1x2x4xf32>) -> tensor<1x1x2x4xf32>
    %55 = stablehlo.dot_general %54, %52, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x4xf32>, tensor<1x64x1x4xf32>) -> tensor<1x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %57 = stablehlo.multiply %55, %56 : tensor<1x1x2x64xf32>
    %58 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %59 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %60 = stablehlo.compare  LE, %59, %58,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %62 = stablehlo.select %60, %57, %61 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %63 = stablehlo.reduce(%62 init: %cst_4) applies stablehlo.maximum across dimensions = [5] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %65 = stablehlo.subtract %62, %64 : tensor<1x1x2x64xf32>
    %66 = stablehlo.exponential %65 : tensor<1x1x2x64xf32>
    %67 = stablehlo.reduce(%66 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %69 = stablehlo.divide %66, %68 : tensor<1x1x2x64xf32>
    %70 = stablehlo.dot_general %69, %53, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x4xf32>) -> tensor<1x1x2x4xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x1x2x4xf32>) -> tensor<1x8xf32>
    %72 = stablehlo.dot_general %71, %arg10, contracting_dims = [1] x [1] : (tensor<1x8xf32>, tensor<8x8xf32>) -> tensor<1x8xf32>
    %73 = stablehlo.add %12, %72 : tensor<1x8xf32>
    %74 = stablehlo.multiply %71, %73 : tensor<1x8xf32>
    %75 = stablehlo.reduce(%74 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x8xf32>, tensor<f32>) -> tensor<1xf32>
    %76 = stablehlo.divide %75, %15 : tensor<1xf32>
    %77 = stablehlo.add %76, %17 : tensor<1xf32>
    %78 = stablehlo.rsqrt %77 : tensor<1xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0] : (tensor<1xf32>) -> tensor<1x8xf32>
    %80 = stablehlo.multiply %73, %79 : tensor<1x8xf32>
    %81 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<1x8xf32>
    %83 = stablehlo.dot_general %82, %arg12, contracting_dims = [1] x [1] : (tensor<1x8xf32>, tensor<16x8xf32>) -> tensor<1x16xf32>
    %84 = stablehlo.dot_general %82, %arg13, contracting_dims = [1] x [1] : (tensor<1x8xf32>, tensor<16x8xf32>) -> tensor<1x16xf32>
    %85 = stablehlo.logistic %83 : tensor<1x16xf32>
    %86 = stablehlo.multiply %83, %85 : tensor<1x16xf32>
    %87 = stablehlo.multiply %86, %84 : tensor<1x16xf32>
    %88 = stablehlo.dot_general %87, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %89 = stablehlo.add %73, %88 : tensor<1x8xf32>
    %90 = stablehlo.multiply %89, %89 : tensor<1x8xf32>
    %91 = stablehlo.reduce(%90 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x8xf32>, tensor<f32>) -> tensor<1xf32>
    %92 = stablehlo.divide %91, %15 : tensor<1xf32>
    %93 = stablehlo.add %92, %17 : tensor<1xf32>
    %94 = stablehlo.rsqrt %93 : tensor<1xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0] : (tensor<1xf32>) -> tensor<1x8xf32>
    %96 = stablehlo.multiply %89, %95 : tensor<1x8xf32>
    %97 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %98 = stablehlo.multiply %96, %97 : tensor<1x8xf32>
    %99 = stablehlo.dot_general %98, %arg16, contracting_dims = [1] x [1] : (tensor<1x8xf32>, tensor<16x8xf32>) -> tensor<1x16xf32>
    %100 = stablehlo.reshape %99 : (tensor<1x16xf32>) -> tensor<16xf32>
    %101 = stablehlo.iota dim = 0 : tensor<16xi32>
    %102:2 = stablehlo.reduce(%100 init: %cst_4), (%101 init: %c) across dimensions = [0] : (tensor<16xf32>, tensor<16xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg17: tensor<f32>, %arg19: tensor<f32>) (%arg18: tensor<i32>, %arg20: tensor<i32>)  {
      %103 = stablehlo.compare  GT, %arg17, %arg19,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %104 = stablehlo.compare  NE, %arg17, %arg17,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %105 = stablehlo.or %103, %104 : tensor<i1>
      %106 = stablehlo.compare  EQ, %arg17, %arg19,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %107 = stablehlo.compare  LT, %arg18, %arg20,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %108 = stablehlo.and %106, %107 : tensor<i1>
      %109 = stablehlo.or %105, %108 : tensor<i1>
      %110 = stablehlo.select %105, %arg17, %arg19 : tensor<i1>, tensor<f32>
      %111 = stablehlo.select %109, %arg18, %arg20 : tensor<i1>, tensor<i32>
      stmoduleo.return %110, %111 : tensor<f32>, tensor<i32>
    }
    return %102#1, %49, %51 : tensor<i32>, tensor<1x64x1x4xf32>, tensor<1x64x1x4xf32>
  }
}
