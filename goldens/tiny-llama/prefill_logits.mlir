// emit arch=tiny-llama graph=prefill_logits precision=f32 capacity=64 chunk=32 quant=none
module @prefill_logits {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<1x64x1x4xf32> loc("kcache"), %arg4: tensor<1x64x1x4xf32> loc("vcache"), %arg5: tensor<16x8xf32> loc("model.embed_tokens.weight"), %arg6: tensor<8xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<8x8xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<4x8xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<4x8xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<8x8xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<8xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<16x8xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<16x8xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<8x16xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<8xf32> loc("model.norm.weight"), %arg16: tensor<16x8xf32> loc("lm_head.weight")) -> (tensor<16xf32>, tensor<1x64x1x4xf32>, tensor<1x64x1x4xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x2xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.00999999977]> : tensor<2xf32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<2xf32>) -> tensor<32x2xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<32x2xf32>
    %6 = stablehlo.cosine %5 : tensor<32x2xf32>
    %7 = stablehlo.sine %5 : tensor<32x2xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<32x2xf32>, tensor<32x2xf32>) -> tensor<32x4xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<32x2xf32>, tensor<32x2xf32>) -> tensor<32x4xf32>
    %10 = stablehlo.reshape %arg0 : (tensor<32xi32>) -> tensor<32x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 8>}> : (tensor<16x8xf32>, tensor<32x1xi32>) -> tensor<32x8xf32>
    %12 = stablehlo.multiply %11, %11 : tensor<32x8xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%12 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x8xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_1 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %15 = stablehlo.divide %13, %14 : tensor<32xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %17 = stablehlo.add %15, %16 : tensor<32xf32>
    %18 = stablehlo.rsqrt %17 : tensor<32xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0] : (tensor<32xf32>) -> tensor<32x8xf32>
    %20 = stablehlo.multiply %11, %19 : tensor<32x8xf32>
    %21 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %22 = stablehlo.multiply %20, %21 : tensor<32x8xf32>
    %23 = stablehlo.dot_general %22, %arg7, contracting_dims = [1] x [1] : (tensor<32x8xf32>, tensor<8x8xf32>) -> tensor<32x8xf32>
    %24 = stablehlo.dot_general %22, %arg8, contracting_dims = [1] x [1] : (tensor<32x8xf32>, tensor<4x8xf32>) -> tensor<32x4xf32>
    %25 = stablehlo.dot_general %22, %arg9, contracting_dims = [1] x [1] : (tensor<32x8xf32>, tensor<4x8xf32>) -> tensor<32x4xf32>
    %26 = stablehlo.reshape %23 : (tensor<32x8xf32>) -> tensor<32x2x4xf32>
    %27 = stablehlo.slice %26 [0:32, 0:2, 0:2] : (tensor<32x2x4xf32>) -> tensor<32x2x2xf32>
    %28 = stablehlo.slice %26 [0:32, 0:2, 2:4] : (tensor<32x2x4xf32>) -> tensor<32x2x2xf32>
    %29 = stablehlo.negate %28 : tensor<32x2x2xf32>
    %30 = stablehlo.concatenate %29, %27, dim = 2 : (tensor<32x2x2xf32>, tensor<32x2x2xf32>) -> tensor<32x2x4xf32>
    %31 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x4xf32>) -> tensor<32x2x4xf32>
    %32 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x4xf32>) -> tensor<32x2x4xf32>
    %33 = stablehlo.multiply %26, %31 : tensor<32x2x4xf32>
    %34 = stablehlo.multiply %30, %32 : tensor<32x2x4xf32>
    %35 = stablehlo.add %33, %34 : tensor<32x2x4xf32>
    %36 = stablehlo.reshape %24 : (tensor<32x4xf32>) -> tensor<32x1x4xf32>
    %37 = stablehlo.slice %36 [0:32, 0:1, 0:2] : (tensor<32x1x4xf32>) -> tensor<32x1x2xf32>
    %38 = stablehlo.slice %36 [0:32, 0:1, 2:4] : (tensor<32x1x4xf32>) -> tensor<32x1x2xf32>
    %39 = stablehlo.negate %38 : tensor<32x1x2xf32>
    %40 = stablehlo.concatenate %39, %37, dim = 2 : (tensor<32x1x2xf32>, tensor<32x1x2xf32>) -> tensor<32x1x4xf32>
    %41 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x4xf32>) -> tensor<32x1x4xf32>
    %42 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x4xf32>) -> tensor<32x1x4xf32>
    %43 = stablehlo.multiply %36, %41 : tensor<32x1x4xf32>
    %44 = stablehlo.multiply %40, %42 : tensor<32x1x4xf32>
    %45 = stablehlo.add %43, %44 : tensor<32x1x4xf32>
    %46 = stablehlo.reshape %25 : (tensor<32x4xf32>) -> tensor<32x1x4xf32>
    %47 = stablehlo.reshape %45 : (tensor<32x1x4xf32>) -> tensor<1x32x1x4xf32>
    %48 = stablehlo.dynamic_update_slice %arg3, %47, %c, %1, %c, %c : (tensor<1x64x1x4xf32>, tensor<1x32x1x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x1x4xf32>
    %49 = stablehlo.reshape %46 : (tensor<32x1x4xf32>) -> tensor<1x32x1x4xf32>
    %50 = stablehlo.dynamic_update_slice %arg4, %49, %c, %1, %c, %c : (tensor<1x64x1x4xf32>, tensor<1x32x1x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x1x4xf32>
    %51 = stablehlo.slice %48 [0:1, 0:64, 0:1, 0:4] : (tensor<1x64x1x4xf32>) -> tensor<1x64x1x4xf32>
    %52 = stablehlo.slice %50 [0:1, 0:64, 0:1, 0:4] : (tensor<1x64x1x4xf32>) -> tensor<1x64x1x4xf32>
    %53 = stablehlo.reshape %35 : (tensor<32x2x4xf32>) -> tensor<32x1x2x4xf32>
    %54 = stablehlo.reshape %51 : (tensor<1x64x1x4xf32>) -> tensor<64x1x4xf32>
    %55 = stablehlo.reshape %52 : (tensor<1x64x1x4xf32>) -> tensor<64x1x4xf32>
    %56 = stablehlo.dot_general %53, %54, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x4xf32>, tensor<64x1x4xf32>) -> tensor<1x32x2x64xf32>
    %cst_3 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %57 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %58 = stablehlo.multiply %56, %57 : tensor<1x32x2x64xf32>
    %59 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<1x32x2x64xi32>
    %60 = stablehlo.iota dim = 3 : tensor<1x32x2x64xi32>
    %61 = stablehlo.compare  LE, %60, %59,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %63 = stablehlo.select %61, %58, %62 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %64 = stablehlo.reduce(%63 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %66 = stablehlo.subtract %63, %65 : tensor<1x32x2x64xf32>
    %67 = stablehlo.exponential %66 : tensor<1x32x2x64xf32>
    %68 = stablehlo.reduce(%67 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %70 = stablehlo.divide %67, %69 : tensor<1x32x2x64xf32>
    %71 = stablehlo.dot_general %70, %55, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x4xf32>) -> tensor<1x32x2x4xf32>
    %72 = stablehlo.transpose %71, dims = [1, 0, 2, 3] : (tensor<1x32x2x4xf32>) -> tensor<32x1x2x4xf32>
    %73 = stablehlo.reshape %72 : (tensor<32x1x2x4xf32>) -> tensor<32x8xf32>
    %74 = stablehlo.dot_general %73, %arg10, contracting_dims = [1] x [1] : (tensor<32x8xf32>, tensor<8x8xf32>) -> tensor<32x8xf32>
    %75 = stablehlo.add %11, %74 : tensor<32x8xf32>
    %76 = stablehlo.multiply %75, %75 : tensor<32x8xf32>
    %77 = stablehlo.reduce(%76 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x8xf32>, tensor<f32>) -> tensor<32xf32>
    %78 = stablehlo.divide %77, %14 : tensor<32xf32>
    %79 = stablehlo.add %78, %16 : tensor<32xf32>
    %80 = stablehlo.rsqrt %79 : tensor<32xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0] : (tensor<32xf32>) -> tensor<32x8xf32>
    %82 = stablehlo.multiply %75, %81 : tensor<32x8xf32>
    %83 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %84 = stablehlo.multiply %82, %83 : tensor<32x8xf32>
    %85 = stablehlo.dot_general %84, %arg12, contracting_dims = [1] x [1] : (tensor<32x8xf32>, tensor<16x8xf32>) -> tensor<32x16xf32>
    %86 = stablehlo.dot_general %84, %arg13, contracting_dims = [1] x [1] : (tensor<32x8xf32>, tensor<16x8xf32>) -> tensor<32x16xf32>
    %87 = stablehlo.logistic %85 : tensor<32x16xf32>
    %88 = stablehlo.multiply %85, %87 : tensor<32x16xf32>
    %89 = stablehlo.multiply %88, %86 : tensor<32x16xf32>
    %90 = stablehlo.dot_general %89, %arg14, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %91 = stablehlo.add %75, %90 : tensor<32x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %92 = stablehlo.subtract %arg2, %c_0 : tensor<i32>
    %93 = stablehlo.dynamic_slice %91, %92, %c, sizes = [1, 8] : (tensor<32x8xf32>, tensor<i32>, tensor<i32>) -> tensor<1x8xf32>
    %94 = stablehlo.multiply %93, %93 : tensor<1x8xf32>
    %95 = stablehlo.reduce(%94 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x8xf32>, tensor<f32>) -> tensor<1xf32>
    %96 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %97 = stablehlo.divide %95, %96 : tensor<1xf32>
    %98 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %99 = stablehlo.add %97, %98 : tensor<1xf32>
    %100 = stablehlo.rsqrt %99 : tensor<1xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0] : (tensor<1xf32>) -> tensor<1x8xf32>
    %102 = stablehlo.multiply %93, %101 : tensor<1x8xf32>
    %103 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<1x8xf32>
    %105 = stablehlo.dot_general %104, %arg16, contracting_dims = [1] x [1] : (tensor<1x8xf32>, tensor<16x8xf32>) -> tensor<1x16xf32>
    %106 = stablehlo.reshape %105 : (tensor<1x16xf32>) -> tensor<16xf32>
    return %106, %48, %50 : tensor<16xf32>, tensor<1x64x1x4xf32>, tensor<1x64x1x4xf32>
  }
}
