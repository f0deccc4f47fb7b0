// emit arch=mixtral-tiny graph=decode_step_logits precision=f32 capacity=64 batch=1 quant=none
module @decode_step_logits {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<4x16xf32> loc("model.layers.0.block_sparse_moe.gate.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.0.w1.weight"), %arg14: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.0.w3.weight"), %arg15: tensor<16x32xf32> loc("model.layers.0.block_sparse_moe.experts.0.w2.weight"), %arg16: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.1.w1.weight"), %arg17: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.1.w3.weight"), %arg18: tensor<16x32xf32> loc("model.layers.0.block_sparse_moe.experts.1.w2.weight"), %arg19: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.2.w1.weight"), %arg20: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.2.w3.weight"), %arg21: tensor<16x32xf32> loc("model.layers.0.block_sparse_moe.experts.2.w2.weight"), %arg22: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.3.w1.weight"), %arg23: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.3.w3.weight"), %arg24: tensor<16x32xf32> loc("model.layers.0.block_sparse_moe.experts.3.w2.weight"), %arg25: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg26: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg27: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg28: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg29: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg30: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg31: tensor<4x16xf32> loc("model.layers.1.block_sparse_moe.gate.weight"), %arg32: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.0.w1.weight"), %arg33: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.0.w3.weight"), %arg34: tensor<16x32xf32> loc("model.layers.1.block_sparse_moe.experts.0.w2.weight"), %arg35: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.1.w1.weight"), %arg36: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.1.w3.weight"), %arg37: tensor<16x32xf32> loc("model.layers.1.block_sparse_moe.experts.1.w2.weight"), %arg38: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.2.w1.weight"), %arg39: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.2.w3.weight"), %arg40: tensor<16x32xf32> loc("model.layers.1.block_sparse_moe.experts.2.w2.weight"), %arg41: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.3.w1.weight"), %arg42: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.3.w3.weight"), %arg43: tensor<16x32xf32> loc("model.layers.1.block_sparse_moe.experts.3.w2.weight"), %arg44: tensor<16xf32> loc("model.norm.weight"), %arg45: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0316227749, 1.000000e-03, 3.16227779E-5]> : tensor<4xf32>
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
    %25 = stablehlo.dot_general %23, %arg8, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %26 = stablehlo.dot_general %23, %arg9, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %27 = stablehlo.reshape %24 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %28 = stablehlo.slice %27 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %29 = stablehlo.slice %27 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %30 = stablehlo.negate %29 : tensor<1x2x4xf32>
    %31 = stablehlo.concatenate %30, %28, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %32 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %33 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %34 = stablehlo.multiply %27, %32 : tensor<1x2x8xf32>
    %35 = stablehlo.multiply %31, %33 : tensor<1x2x8xf32>
    %36 = stablehlo.add %34, %35 : tensor<1x2x8xf32>
    %37 = stablehlo.reshape %25 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %38 = stablehlo.slice %37 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %39 = stablehlo.slice %37 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %40 = stablehlo.negate %39 : tensor<1x1x4xf32>
    %41 = stablehlo.concatenate %40, %38, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %42 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %43 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %44 = stablehlo.multiply %37, %42 : tensor<1x1x8xf32>
    %45 = stablehlo.multiply %41, %43 : tensor<1x1x8xf32>
    %46 = stablehlo.add %44, %45 : tensor<1x1x8xf32>
    %47 = stablehlo.reshape %26 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %48 = stablehlo.reshape %46 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %49 = stablehlo.dynamic_update_slice %arg3, %48, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %50 = stablehlo.reshape %47 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %51 = stablehlo.dynamic_update_slice %arg4, %50, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %52 = stablehlo.slice %49 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %53 = stablehlo.slice %51 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %54 = stablehlo.reshape %36 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %55 = stablehlo.dot_general %54, %52, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %57 = stablehlo.multiply %55, %56 : tensor<1x1x2x64xf32>
    %58 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %59 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %60 = stablehlo.compare  LE, %59, %58,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %62 = stablehlo.select %60, %57, %61 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %63 = stablehlo.reduce(%62 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %65 = stablehlo.subtract %62, %64 : tensor<1x1x2x64xf32>
    %66 = stablehlo.exponential %65 : tensor<1x1x2x64xf32>
    %67 = stablehlo.reduce(%66 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %69 = stablehlo.divide %66, %68 : tensor<1x1x2x64xf32>
    %70 = stablehlo.dot_general %69, %53, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %72 = stablehlo.dot_general %71, %arg10, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %73 = stablehlo.add %12, %72 : tensor<1x16xf32>
    %74 = stablehlo.multiply %73, %73 : tensor<1x16xf32>
    %75 = stablehlo.reduce(%74 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %76 = stablehlo.divide %75, %15 : tensor<1xf32>
    %77 = stablehlo.add %76, %17 : tensor<1xf32>
    %78 = stablehlo.rsqrt %77 : tensor<1xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %80 = stablehlo.multiply %73, %79 : tensor<1x16xf32>
    %81 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<1x16xf32>
    %83 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %84 = stablehlo.dot_general %82, %arg12, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<4x16xf32>) -> tensor<1x4xf32>
    %85 = stablehlo.reduce(%84 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %87 = stablehlo.subtract %84, %86 : tensor<1x4xf32>
    %88 = stablehlo.exponential %87 : tensor<1x4xf32>
    %89 = stablehlo.reduce(%88 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %91 = stablehlo.divide %88, %90 : tensor<1x4xf32>
    %92 = stablehlo.iota dim = 1 : tensor<1x4xi32>
    %93 = stablehlo.reduce(%91 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %95 = stablehlo.compare  EQ, %91, %94,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %96 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x4xi32>
    %97 = stablehlo.select %95, %92, %96 : tensor<1x4xi1>, tensor<1x4xi32>
    %98 = stablehlo.reduce(%97 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %100 = stablehlo.compare  EQ, %92, %99,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %101 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x4xf32>
    %102 = stablehlo.select %100, %101, %91 : tensor<1x4xi1>, tensor<1x4xf32>
    %103 = stablehlo.reduce(%102 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %105 = stablehlo.compare  EQ, %102, %104,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %106 = stablehlo.select %105, %92, %96 : tensor<1x4xi1>, tensor<1x4xi32>
    %107 = stablehlo.reduce(%106 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %109 = stablehlo.compare  EQ, %92, %108,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %110 = stablehlo.select %109, %101, %102 : tensor<1x4xi1>, tensor<1x4xf32>
    %111 = stablehlo.add %93, %103 : tensor<1xf32>
    %112 = stablehlo.divide %93, %111 : tensor<1xf32>
    %113 = stablehlo.divide %103, %111 : tensor<1xf32>
    %114 = stablehlo.compare  GT, %98, %107,  SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %115 = stablehlo.select %114, %107, %98 : tensor<1xi1>, tensor<1xi32>
    %116 = stablehlo.select %114, %98, %107 : tensor<1xi1>, tensor<1xi32>
    %117 = stablehlo.select %114, %113, %112 : tensor<1xi1>, tensor<1xf32>
    %118 = stablehlo.select %114, %112, %113 : tensor<1xi1>, tensor<1xf32>
    %119 = stablehlo.slice %82 [0:1, 0:16] : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %120 = stablehlo.slice %115 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %121 = stablehlo.reshape %120 : (tensor<1xi32>) -> tensor<i32>
    %122 = stablehlo.slice %117 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %123 = "stablehlo.case"(%121) ({
      %124 = stablehlo.dot_general %119, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %125 = stablehlo.dot_general %119, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %126 = stablehlo.logistic %124 : tensor<1x32xf32>
      %127 = stablehlo.multiply %124, %126 : tensor<1x32xf32>
      %128 = stablehlo.multiply %127, %125 : tensor<1x32xf32>
      %129 = stablehlo.dot_general %128, %arg15, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %129 : tensor<1x16xf32>
    }, {
      %130 = stablehlo.dot_general %119, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %131 = stablehlo.dot_general %119, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %132 = stablehlo.logistic %130 : tensor<1x32xf32>
      %133 = stablehlo.multiply %130, %132 : tensor<1x32xf32>
      %134 = stablehlo.multiply %133, %131 : tensor<1x32xf32>
      %135 = stablehlo.dot_general %134, %arg18, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %135 : tensor<1x16xf32>
    }, {
      %136 = stablehlo.dot_general %119, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %137 = stablehlo.dot_general %119, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %138 = stablehlo.logistic %136 : tensor<1x32xf32>
      %139 = stablehlo.multiply %136, %138 : tensor<1x32xf32>
      %140 = stablehlo.multiply %139, %137 : tensor<1x32xf32>
      %141 = stablehlo.dot_general %140, %arg21, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %141 : tensor<1x16xf32>
    }, {
      %142 = stablehlo.dot_general %119, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %143 = stablehlo.dot_general %119, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %144 = stablehlo.logistic %142 : tensor<1x32xf32>
      %145 = stablehlo.multiply %142, %144 : tensor<1x32xf32>
      %146 = stablehlo.multiply %145, %143 : tensor<1x32xf32>
      %147 = stablehlo.dot_general %146, %arg24, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %147 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %148 = stablehlo.broadcast_in_dim %122, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %149 = stablehlo.multiply %123, %148 : tensor<1x16xf32>
    %150 = stablehlo.add %83, %149 : tensor<1x16xf32>
    %151 = stablehlo.slice %116 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %152 = stablehlo.reshape %151 : (tensor<1xi32>) -> tensor<i32>
    %153 = stablehlo.slice %118 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %154 = "stablehlo.case"(%152) ({
      %155 = stablehlo.dot_general %119, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %156 = stablehlo.dot_general %119, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %157 = stablehlo.logistic %155 : tensor<1x32xf32>
      %158 = stablehlo.multiply %155, %157 : tensor<1x32xf32>
      %159 = stablehlo.multiply %158, %156 : tensor<1x32xf32>
      %160 = stablehlo.dot_general %159, %arg15, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %160 : tensor<1x16xf32>
    }, {
      %161 = stablehlo.dot_general %119, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %162 = stablehlo.dot_general %119, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %163 = stablehlo.logistic %161 : tensor<1x32xf32>
      %164 = stablehlo.multiply %161, %163 : tensor<1x32xf32>
      %165 = stablehlo.multiply %164, %162 : tensor<1x32xf32>
      %166 = stablehlo.dot_general %165, %arg18, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %166 : tensor<1x16xf32>
    }, {
      %167 = stablehlo.dot_general %119, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %168 = stablehlo.dot_general %119, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %169 = stablehlo.logistic %167 : tensor<1x32xf32>
      %170 = stablehlo.multiply %167, %169 : tensor<1x32xf32>
      %171 = stablehlo.multiply %170, %168 : tensor<1x32xf32>
      %172 = stablehlo.dot_general %171, %arg21, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %172 : tensor<1x16xf32>
    }, {
      %173 = stablehlo.dot_general %119, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %174 = stablehlo.dot_general %119, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %175 = stablehlo.logistic %173 : tensor<1x32xf32>
      %176 = stablehlo.multiply %173, %175 : tensor<1x32xf32>
      %177 = stablehlo.multiply %176, %174 : tensor<1x32xf32>
      %178 = stablehlo.dot_general %177, %arg24, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %178 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %179 = stablehlo.broadcast_in_dim %153, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %180 = stablehlo.multiply %154, %179 : tensor<1x16xf32>
    %181 = stablehlo.add %150, %180 : tensor<1x16xf32>
    %182 = stablehlo.add %73, %181 : tensor<1x16xf32>
    %183 = stablehlo.multiply %182, %182 : tensor<1x16xf32>
    %184 = stablehlo.reduce(%183 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %185 = stablehlo.divide %184, %15 : tensor<1xf32>
    %186 = stablehlo.add %185, %17 : tensor<1xf32>
    %187 = stablehlo.rsqrt %186 : tensor<1xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %189 = stablehlo.multiply %182, %188 : tensor<1x16xf32>
    %190 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %191 = stablehlo.multiply %189, %190 : tensor<1x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %192 = stablehlo.dot_general %191, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %193 = stablehlo.dot_general %191, %arg27, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %194 = stablehlo.dot_general %191, %arg28, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %195 = stablehlo.reshape %192 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %196 = stablehlo.slice %195 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %197 = stablehlo.slice %195 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %198 = stablehlo.negate %197 : tensor<1x2x4xf32>
    %199 = stablehlo.concatenate %198, %196, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %200 = stablehlo.multiply %195, %32 : tensor<1x2x8xf32>
    %201 = stablehlo.multiply %199, %33 : tensor<1x2x8xf32>
    %202 = stablehlo.add %200, %201 : tensor<1x2x8xf32>
    %203 = stablehlo.reshape %193 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %204 = stablehlo.slice %203 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %205 = stablehlo.slice %203 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %206 = stablehlo.negate %205 : tensor<1x1x4xf32>
    %207 = stablehlo.concatenate %206, %204, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %208 = stablehlo.multiply %203, %42 : tensor<1x1x8xf32>
    %209 = stablehlo.multiply %207, %43 : tensor<1x1x8xf32>
    %210 = stablehlo.add %208, %209 : tensor<1x1x8xf32>
    %211 = stablehlo.reshape %194 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %212 = stablehlo.reshape %210 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %213 = stablehlo.dynamic_update_slice %49, %212, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %214 = stablehlo.reshape %211 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %215 = stablehlo.dynamic_update_slice %51, %214, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %216 = stablehlo.slice %213 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %217 = stablehlo.slice %215 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %218 = stablehlo.reshape %202 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %219 = stablehlo.dot_general %218, %216, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %220 = stablehlo.multiply %219, %56 : tensor<1x1x2x64xf32>
    %221 = stablehlo.select %60, %220, %61 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %222 = stablehlo.reduce(%221 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %224 = stablehlo.subtract %221, %223 : tensor<1x1x2x64xf32>
    %225 = stablehlo.exponential %224 : tensor<1x1x2x64xf32>
    %226 = stablehlo.reduce(%225 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %228 = stablehlo.divide %225, %227 : tensor<1x1x2x64xf32>
    %229 = stablehlo.dot_general %228, %217, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %230 = stablehlo.reshape %229 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %231 = stablehlo.dot_general %230, %arg29, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %232 = stablehlo.add %182, %231 : tensor<1x16xf32>
    %233 = stablehlo.multiply %232, %232 : tensor<1x16xf32>
    %234 = stablehlo.reduce(%233 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %235 = stablehlo.divide %234, %15 : tensor<1xf32>
    %236 = stablehlo.add %235, %17 : tensor<1xf32>
    %237 = stablehlo.rsqrt %236 : tensor<1xf32>
    %238 = stablehlo.broadcast_in_dim %237, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %239 = stablehlo.multiply %232, %238 : tensor<1x16xf32>
    %240 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %241 = stablehlo.multiply %239, %240 : tensor<1x16xf32>
    %242 = stablehlo.dot_general %241, %arg31, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<4x16xf32>) -> tensor<1x4xf32>
    %243 = stablehlo.reduce(%242 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %245 = stablehlo.subtract %242, %244 : tensor<1x4xf32>
    %246 = stablehlo.exponential %245 : tensor<1x4xf32>
    %247 = stablehlo.reduce(%246 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %249 = stablehlo.divide %246, %248 : tensor<1x4xf32>
    %250 = stablehlo.reduce(%249 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %252 = stablehlo.compare  EQ, %249, %251,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %253 = stablehlo.select %252, %92, %96 : tensor<1x4xi1>, tensor<1x4xi32>
    %254 = stablehlo.reduce(%253 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %256 = stablehlo.compare  EQ, %92, %255,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %257 = stablehlo.select %256, %101, %249 : tensor<1x4xi1>, tensor<1x4xf32>
    %258 = stablehlo.reduce(%257 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<1x4xf32>, tensor<f32>) -> tensor<1xf32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %260 = stablehlo.compare  EQ, %257, %259,  FLOAT : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xi1>
    %261 = stablehlo.select %260, %92, %96 : tensor<1x4xi1>, tensor<1x4xi32>
    %262 = stablehlo.reduce(%261 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [0] : (tensor<1xi32>) -> tensor<1x4xi32>
    %264 = stablehlo.compare  EQ, %92, %263,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %265 = stablehlo.select %264, %101, %257 : tensor<1x4xi1>, tensor<1x4xf32>
    %266 = stablehlo.add %250, %258 : tensor<1xf32>
    %267 = stablehlo.divide %250, %266 : tensor<1xf32>
    %268 = stablehlo.divide %258, %266 : tensor<1xf32>
    %269 = stablehlo.compare  GT, %254, %262,  SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %270 = stablehlo.select %269, %262, %254 : tensor<1xi1>, tensor<1xi32>
    %271 = stablehlo.select %269, %254, %262 : tensor<1xi1>, tensor<1xi32>
    %272 = stablehlo.select %269, %268, %267 : tensor<1xi1>, tensor<1xf32>
    %273 = stablehlo.select %269, %267, %268 : tensor<1xi1>, tensor<1xf32>
    %274 = stablehlo.slice %241 [0:1, 0:16] : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %275 = stablehlo.slice %270 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %276 = stablehlo.reshape %275 : (tensor<1xi32>) -> tensor<i32>
    %277 = stablehlo.slice %272 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %278 = "stablehlo.case"(%276) ({
      %279 = stablehlo.dot_general %274, %arg32, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %280 = stablehlo.dot_general %274, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %281 = stablehlo.logistic %279 : tensor<1x32xf32>
      %282 = stablehlo.multiply %279, %281 : tensor<1x32xf32>
      %283 = stablehlo.multiply %282, %280 : tensor<1x32xf32>
      %284 = stablehlo.dot_general %283, %arg34, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %284 : tensor<1x16xf32>
    }, {
      %285 = stablehlo.dot_general %274, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %286 = stablehlo.dot_general %274, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %287 = stablehlo.logistic %285 : tensor<1x32xf32>
      %288 = stablehlo.multiply %285, %287 : tensor<1x32xf32>
      %289 = stablehlo.multiply %288, %286 : tensor<1x32xf32>
      %290 = stablehlo.dot_general %289, %arg37, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %290 : tensor<1x16xf32>
    }, {
      %291 = stablehlo.dot_general %274, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %292 = stablehlo.dot_general %274, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %293 = stablehlo.logistic %291 : tensor<1x32xf32>
      %294 = stablehlo.multiply %291, %293 : tensor<1x32xf32>
      %295 = stablehlo.multiply %294, %292 : tensor<1x32xf32>
      %296 = stablehlo.dot_general %295, %arg40, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %296 : tensor<1x16xf32>
    }, {
      %297 = stablehlo.dot_general %274, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %298 = stablehlo.dot_general %274, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %299 = stablehlo.logistic %297 : tensor<1x32xf32>
      %300 = stablehlo.multiply %297, %299 : tensor<1x32xf32>
      %301 = stablehlo.multiply %300, %298 : tensor<1x32xf32>
      %302 = stablehlo.dot_general %301, %arg43, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %302 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %303 = stablehlo.broadcast_in_dim %277, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %304 = stablehlo.multiply %278, %303 : tensor<1x16xf32>
    %305 = stablehlo.add %83, %304 : tensor<1x16xf32>
    %306 = stablehlo.slice %271 [0:1] : (tensor<1xi32>) -> tensor<1xi32>
    %307 = stablehlo.reshape %306 : (tensor<1xi32>) -> tensor<i32>
    %308 = stablehlo.slice %273 [0:1] : (tensor<1xf32>) -> tensor<1xf32>
    %309 = "stablehlo.case"(%307) ({
      %310 = stablehlo.dot_general %274, %arg32, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %311 = stablehlo.dot_general %274, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %312 = stablehlo.logistic %310 : tensor<1x32xf32>
      %313 = stablehlo.multiply %310, %312 : tensor<1x32xf32>
      %314 = stablehlo.multiply %313, %311 : tensor<1x32xf32>
      %315 = stablehlo.dot_general %314, %arg34, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %315 : tensor<1x16xf32>
    }, {
      %316 = stablehlo.dot_general %274, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %317 = stablehlo.dot_general %274, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %318 = stablehlo.logistic %316 : tensor<1x32xf32>
      %319 = stablehlo.multiply %316, %318 : tensor<1x32xf32>
      %320 = stablehlo.multiply %319, %317 : tensor<1x32xf32>
      %321 = stablehlo.dot_general %320, %arg37, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %321 : tensor<1x16xf32>
    }, {
      %322 = stablehlo.dot_general %274, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %323 = stablehlo.dot_general %274, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %324 = stablehlo.logistic %322 : tensor<1x32xf32>
      %325 = stablehlo.multiply %322, %324 : tensor<1x32xf32>
      %326 = stablehlo.multiply %325, %323 : tensor<1x32xf32>
      %327 = stablehlo.dot_general %326, %arg40, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %327 : tensor<1x16xf32>
    }, {
      %328 = stablehlo.dot_general %274, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %329 = stablehlo.dot_general %274, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %330 = stablehlo.logistic %328 : tensor<1x32xf32>
      %331 = stablehlo.multiply %328, %330 : tensor<1x32xf32>
      %332 = stablehlo.multiply %331, %329 : tensor<1x32xf32>
      %333 = stablehlo.dot_general %332, %arg43, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %333 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %334 = stablehlo.broadcast_in_dim %308, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %335 = stablehlo.multiply %309, %334 : tensor<1x16xf32>
    %336 = stablehlo.add %305, %335 : tensor<1x16xf32>
    %337 = stablehlo.add %232, %336 : tensor<1x16xf32>
    %338 = stablehlo.multiply %337, %337 : tensor<1x16xf32>
    %339 = stablehlo.reduce(%338 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %340 = stablehlo.divide %339, %15 : tensor<1xf32>
    %341 = stablehlo.add %340, %17 : tensor<1xf32>
    %342 = stablehlo.rsqrt %341 : tensor<1xf32>
    %343 = stablehlo.broadcast_in_dim %342, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %344 = stablehlo.multiply %337, %343 : tensor<1x16xf32>
    %345 = stablehlo.broadcast_in_dim %arg44, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %346 = stablehlo.multiply %344, %345 : tensor<1x16xf32>
    %347 = stablehlo.dot_general %346, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %348 = stablehlo.reshape %347 : (tensor<1x32xf32>) -> tensor<32xf32>
    return %348, %213, %215 : tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
