// emit arch=mixtral-tiny graph=prefill_logits precision=f32 capacity=64 chunk=32 quant=none
module @prefill_logits {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<4x16xf32> loc("model.layers.0.block_sparse_moe.gate.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.0.w1.weight"), %arg14: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.0.w3.weight"), %arg15: tensor<16x32xf32> loc("model.layers.0.block_sparse_moe.experts.0.w2.weight"), %arg16: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.1.w1.weight"), %arg17: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.1.w3.weight"), %arg18: tensor<16x32xf32> loc("model.layers.0.block_sparse_moe.experts.1.w2.weight"), %arg19: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.2.w1.weight"), %arg20: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.2.w3.weight"), %arg21: tensor<16x32xf32> loc("model.layers.0.block_sparse_moe.experts.2.w2.weight"), %arg22: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.3.w1.weight"), %arg23: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.3.w3.weight"), %arg24: tensor<16x32xf32> loc("model.layers.0.block_sparse_moe.experts.3.w2.weight"), %arg25: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg26: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg27: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg28: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg29: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg30: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg31: tensor<4x16xf32> loc("model.layers.1.block_sparse_moe.gate.weight"), %arg32: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.0.w1.weight"), %arg33: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.0.w3.weight"), %arg34: tensor<16x32xf32> loc("model.layers.1.block_sparse_moe.experts.0.w2.weight"), %arg35: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.1.w1.weight"), %arg36: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.1.w3.weight"), %arg37: tensor<16x32xf32> loc("model.layers.1.block_sparse_moe.experts.1.w2.weight"), %arg38: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.2.w1.weight"), %arg39: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.2.w3.weight"), %arg40: tensor<16x32xf32> loc("model.layers.1.block_sparse_moe.experts.2.w2.weight"), %arg41: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.3.w1.weight"), %arg42: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.3.w3.weight"), %arg43: tensor<16x32xf32> loc("model.layers.1.block_sparse_moe.experts.3.w2.weight"), %arg44: tensor<16xf32> loc("model.norm.weight"), %arg45: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0316227749, 1.000000e-03, 3.16227779E-5]> : tensor<4xf32>
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
    %24 = stablehlo.dot_general %22, %arg8, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %25 = stablehlo.dot_general %22, %arg9, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %26 = stablehlo.reshape %23 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %27 = stablehlo.slice %26 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %28 = stablehlo.slice %26 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %29 = stablehlo.negate %28 : tensor<32x2x4xf32>
    %30 = stablehlo.concatenate %29, %27, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %31 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %32 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %33 = stablehlo.multiply %26, %31 : tensor<32x2x8xf32>
    %34 = stablehlo.multiply %30, %32 : tensor<32x2x8xf32>
    %35 = stablehlo.add %33, %34 : tensor<32x2x8xf32>
    %36 = stablehlo.reshape %24 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %37 = stablehlo.slice %36 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %38 = stablehlo.slice %36 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %39 = stablehlo.negate %38 : tensor<32x1x4xf32>
    %40 = stablehlo.concatenate %39, %37, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %41 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %42 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %43 = stablehlo.multiply %36, %41 : tensor<32x1x8xf32>
    %44 = stablehlo.multiply %40, %42 : tensor<32x1x8xf32>
    %45 = stablehlo.add %43, %44 : tensor<32x1x8xf32>
    %46 = stablehlo.reshape %25 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %47 = stablehlo.reshape %45 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %48 = stablehlo.dynamic_update_slice %arg3, %47, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %49 = stablehlo.reshape %46 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %50 = stablehlo.dynamic_update_slice %arg4, %49, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %51 = stablehlo.slice %48 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %52 = stablehlo.slice %50 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %53 = stablehlo.reshape %35 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %54 = stablehlo.reshape %51 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %55 = stablehlo.reshape %52 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %56 = stablehlo.dot_general %53, %54, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
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
    %71 = stablehlo.dot_general %70, %55, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %72 = stablehlo.transpose %71, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %73 = stablehlo.reshape %72 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %74 = stablehlo.dot_general %73, %arg10, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %75 = stablehlo.add %11, %74 : tensor<32x16xf32>
    %76 = stablehlo.multiply %75, %75 : tensor<32x16xf32>
    %77 = stablehlo.reduce(%76 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %78 = stablehlo.divide %77, %14 : tensor<32xf32>
    %79 = stablehlo.add %78, %16 : tensor<32xf32>
    %80 = stablehlo.rsqrt %79 : tensor<32xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %82 = stablehlo.multiply %75, %81 : tensor<32x16xf32>
    %83 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %84 = stablehlo.multiply %82, %83 : tensor<32x16xf32>
    %85 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<32x16xf32>
    %86 = stablehlo.dot_general %84, %arg12, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<4x16xf32>) -> tensor<32x4xf32>
    %87 = stablehlo.reduce(%86 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %89 = stablehlo.subtract %86, %88 : tensor<32x4xf32>
    %90 = stablehlo.exponential %89 : tensor<32x4xf32>
    %91 = stablehlo.reduce(%90 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %93 = stablehlo.divide %90, %92 : tensor<32x4xf32>
    %94 = stablehlo.iota dim = 1 : tensor<32x4xi32>
    %95 = stablehlo.reduce(%93 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %97 = stablehlo.compare  EQ, %93, %96,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %98 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<32x4xi32>
    %99 = stablehlo.select %97, %94, %98 : tensor<32x4xi1>, tensor<32x4xi32>
    %100 = stablehlo.reduce(%99 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %102 = stablehlo.compare  EQ, %94, %101,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %103 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<32x4xf32>
    %104 = stablehlo.select %102, %103, %93 : tensor<32x4xi1>, tensor<32x4xf32>
    %105 = stablehlo.reduce(%104 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %107 = stablehlo.compare  EQ, %104, %106,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %108 = stablehlo.select %107, %94, %98 : tensor<32x4xi1>, tensor<32x4xi32>
    %109 = stablehlo.reduce(%108 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %111 = stablehlo.compare  EQ, %94, %110,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %112 = stablehlo.select %111, %103, %104 : tensor<32x4xi1>, tensor<32x4xf32>
    %113 = stablehlo.add %95, %105 : tensor<32xf32>
    %114 = stablehlo.divide %95, %113 : tensor<32xf32>
    %115 = stablehlo.divide %105, %113 : tensor<32xf32>
    %116 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<32x4xf32>
    %117 = stablehlo.broadcast_in_dim %114, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %118 = stablehlo.select %102, %117, %116 : tensor<32x4xi1>, tensor<32x4xf32>
    %119 = stablehlo.broadcast_in_dim %115, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %120 = stablehlo.select %111, %119, %118 : tensor<32x4xi1>, tensor<32x4xf32>
    %121 = stablehlo.dot_general %84, %arg13, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %122 = stablehlo.dot_general %84, %arg14, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %123 = stablehlo.logistic %121 : tensor<32x32xf32>
    %124 = stablehlo.multiply %121, %123 : tensor<32x32xf32>
    %125 = stablehlo.multiply %124, %122 : tensor<32x32xf32>
    %126 = stablehlo.dot_general %125, %arg15, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %127 = stablehlo.slice %120 [0:32, 0:1] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %128 = stablehlo.reshape %127 : (tensor<32x1xf32>) -> tensor<32xf32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %130 = stablehlo.multiply %126, %129 : tensor<32x16xf32>
    %131 = stablehlo.add %85, %130 : tensor<32x16xf32>
    %132 = stablehlo.dot_general %84, %arg16, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %133 = stablehlo.dot_general %84, %arg17, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %134 = stablehlo.logistic %132 : tensor<32x32xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<32x32xf32>
    %136 = stablehlo.multiply %135, %133 : tensor<32x32xf32>
    %137 = stablehlo.dot_general %136, %arg18, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %138 = stablehlo.slice %120 [0:32, 1:2] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %139 = stablehlo.reshape %138 : (tensor<32x1xf32>) -> tensor<32xf32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %141 = stablehlo.multiply %137, %140 : tensor<32x16xf32>
    %142 = stablehlo.add %131, %141 : tensor<32x16xf32>
    %143 = stablehlo.dot_general %84, %arg19, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %144 = stablehlo.dot_general %84, %arg20, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %145 = stablehlo.logistic %143 : tensor<32x32xf32>
    %146 = stablehlo.multiply %143, %145 : tensor<32x32xf32>
    %147 = stablehlo.multiply %146, %144 : tensor<32x32xf32>
    %148 = stablehlo.dot_general %147, %arg21, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %149 = stablehlo.slice %120 [0:32, 2:3] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %150 = stablehlo.reshape %149 : (tensor<32x1xf32>) -> tensor<32xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %152 = stablehlo.multiply %148, %151 : tensor<32x16xf32>
    %153 = stablehlo.add %142, %152 : tensor<32x16xf32>
    %154 = stablehlo.dot_general %84, %arg22, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %155 = stablehlo.dot_general %84, %arg23, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %156 = stablehlo.logistic %154 : tensor<32x32xf32>
    %157 = stablehlo.multiply %154, %156 : tensor<32x32xf32>
    %158 = stablehlo.multiply %157, %155 : tensor<32x32xf32>
    %159 = stablehlo.dot_general %158, %arg24, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %160 = stablehlo.slice %120 [0:32, 3:4] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %161 = stablehlo.reshape %160 : (tensor<32x1xf32>) -> tensor<32xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %163 = stablehlo.multiply %159, %162 : tensor<32x16xf32>
    %164 = stablehlo.add %153, %163 : tensor<32x16xf32>
    %165 = stablehlo.add %75, %164 : tensor<32x16xf32>
    %166 = stablehlo.multiply %165, %165 : tensor<32x16xf32>
    %167 = stablehlo.reduce(%166 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %168 = stablehlo.divide %167, %14 : tensor<32xf32>
    %169 = stablehlo.add %168, %16 : tensor<32xf32>
    %170 = stablehlo.rsqrt %169 : tensor<32xf32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %172 = stablehlo.multiply %165, %171 : tensor<32x16xf32>
    %173 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %174 = stablehlo.multiply %172, %173 : tensor<32x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %175 = stablehlo.dot_general %174, %arg26, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %176 = stablehlo.dot_general %174, %arg27, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %177 = stablehlo.dot_general %174, %arg28, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %178 = stablehlo.reshape %175 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %179 = stablehlo.slice %178 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %180 = stablehlo.slice %178 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %181 = stablehlo.negate %180 : tensor<32x2x4xf32>
    %182 = stablehlo.concatenate %181, %179, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %183 = stablehlo.multiply %178, %31 : tensor<32x2x8xf32>
    %184 = stablehlo.multiply %182, %32 : tensor<32x2x8xf32>
    %185 = stablehlo.add %183, %184 : tensor<32x2x8xf32>
    %186 = stablehlo.reshape %176 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %187 = stablehlo.slice %186 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %188 = stablehlo.slice %186 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %189 = stablehlo.negate %188 : tensor<32x1x4xf32>
    %190 = stablehlo.concatenate %189, %187, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %191 = stablehlo.multiply %186, %41 : tensor<32x1x8xf32>
    %192 = stablehlo.multiply %190, %42 : tensor<32x1x8xf32>
    %193 = stablehlo.add %191, %192 : tensor<32x1x8xf32>
    %194 = stablehlo.reshape %177 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %195 = stablehlo.reshape %193 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %196 = stablehlo.dynamic_update_slice %48, %195, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %197 = stablehlo.reshape %194 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %198 = stablehlo.dynamic_update_slice %50, %197, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %199 = stablehlo.slice %196 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %200 = stablehlo.slice %198 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %201 = stablehlo.reshape %185 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %202 = stablehlo.reshape %199 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %203 = stablehlo.reshape %200 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %204 = stablehlo.dot_general %201, %202, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %205 = stablehlo.multiply %204, %57 : tensor<1x32x2x64xf32>
    %206 = stablehlo.select %61, %205, %62 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %207 = stablehlo.reduce(%206 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %209 = stablehlo.subtract %206, %208 : tensor<1x32x2x64xf32>
    %210 = stablehlo.exponential %209 : tensor<1x32x2x64xf32>
    %211 = stablehlo.reduce(%210 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %213 = stablehlo.divide %210, %212 : tensor<1x32x2x64xf32>
    %214 = stablehlo.dot_general %213, %203, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %215 = stablehlo.transpose %214, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %216 = stablehlo.reshape %215 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %217 = stablehlo.dot_general %216, %arg29, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %218 = stablehlo.add %165, %217 : tensor<32x16xf32>
    %219 = stablehlo.multiply %218, %218 : tensor<32x16xf32>
    %220 = stablehlo.reduce(%219 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %221 = stablehlo.divide %220, %14 : tensor<32xf32>
    %222 = stablehlo.add %221, %16 : tensor<32xf32>
    %223 = stablehlo.rsqrt %222 : tensor<32xf32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %225 = stablehlo.multiply %218, %224 : tensor<32x16xf32>
    %226 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %227 = stablehlo.multiply %225, %226 : tensor<32x16xf32>
    %228 = stablehlo.dot_general %227, %arg31, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<4x16xf32>) -> tensor<32x4xf32>
    %229 = stablehlo.reduce(%228 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %231 = stablehlo.subtract %228, %230 : tensor<32x4xf32>
    %232 = stablehlo.exponential %231 : tensor<32x4xf32>
    %233 = stablehlo.reduce(%232 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %235 = stablehlo.divide %232, %234 : tensor<32x4xf32>
    %236 = stablehlo.reduce(%235 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %238 = stablehlo.compare  EQ, %235, %237,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %239 = stablehlo.select %238, %94, %98 : tensor<32x4xi1>, tensor<32x4xi32>
    %240 = stablehlo.reduce(%239 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %242 = stablehlo.compare  EQ, %94, %241,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %243 = stablehlo.select %242, %103, %235 : tensor<32x4xi1>, tensor<32x4xf32>
    %244 = stablehlo.reduce(%243 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<32x4xf32>, tensor<f32>) -> tensor<32xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %246 = stablehlo.compare  EQ, %243, %245,  FLOAT : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xi1>
    %247 = stablehlo.select %246, %94, %98 : tensor<32x4xi1>, tensor<32x4xi32>
    %248 = stablehlo.reduce(%247 init: %c_0) applies stablehlo.minimum across dimensions = [1] : (tensor<32x4xi32>, tensor<i32>) -> tensor<32xi32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [0] : (tensor<32xi32>) -> tensor<32x4xi32>
    %250 = stablehlo.compare  EQ, %94, %249,  SIGNED : (tensor<32x4xi32>, tensor<32x4xi32>) -> tensor<32x4xi1>
    %251 = stablehlo.select %250, %103, %243 : tensor<32x4xi1>, tensor<32x4xf32>
    %252 = stablehlo.add %236, %244 : tensor<32xf32>
    %253 = stablehlo.divide %236, %252 : tensor<32xf32>
    %254 = stablehlo.divide %244, %252 : tensor<32xf32>
    %255 = stablehlo.broadcast_in_dim %253, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %256 = stablehlo.select %242, %255, %116 : tensor<32x4xi1>, tensor<32x4xf32>
    %257 = stablehlo.broadcast_in_dim %254, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %258 = stablehlo.select %250, %257, %256 : tensor<32x4xi1>, tensor<32x4xf32>
    %259 = stablehlo.dot_general %227, %arg32, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %260 = stablehlo.dot_general %227, %arg33, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %261 = stablehlo.logistic %259 : tensor<32x32xf32>
    %262 = stablehlo.multiply %259, %261 : tensor<32x32xf32>
    %263 = stablehlo.multiply %262, %260 : tensor<32x32xf32>
    %264 = stablehlo.dot_general %263, %arg34, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %265 = stablehlo.slice %258 [0:32, 0:1] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %266 = stablehlo.reshape %265 : (tensor<32x1xf32>) -> tensor<32xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %268 = stablehlo.multiply %264, %267 : tensor<32x16xf32>
    %269 = stablehlo.add %85, %268 : tensor<32x16xf32>
    %270 = stablehlo.dot_general %227, %arg35, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %271 = stablehlo.dot_general %227, %arg36, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %272 = stablehlo.logistic %270 : tensor<32x32xf32>
    %273 = stablehlo.multiply %270, %272 : tensor<32x32xf32>
    %274 = stablehlo.multiply %273, %271 : tensor<32x32xf32>
    %275 = stablehlo.dot_general %274, %arg37, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %276 = stablehlo.slice %258 [0:32, 1:2] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %277 = stablehlo.reshape %276 : (tensor<32x1xf32>) -> tensor<32xf32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %279 = stablehlo.multiply %275, %278 : tensor<32x16xf32>
    %280 = stablehlo.add %269, %279 : tensor<32x16xf32>
    %281 = stablehlo.dot_general %227, %arg38, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %282 = stablehlo.dot_general %227, %arg39, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %283 = stablehlo.logistic %281 : tensor<32x32xf32>
    %284 = stablehlo.multiply %281, %283 : tensor<32x32xf32>
    %285 = stablehlo.multiply %284, %282 : tensor<32x32xf32>
    %286 = stablehlo.dot_general %285, %arg40, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %287 = stablehlo.slice %258 [0:32, 2:3] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %288 = stablehlo.reshape %287 : (tensor<32x1xf32>) -> tensor<32xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %290 = stablehlo.multiply %286, %289 : tensor<32x16xf32>
    %291 = stablehlo.add %280, %290 : tensor<32x16xf32>
    %292 = stablehlo.dot_general %227, %arg41, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %293 = stablehlo.dot_general %227, %arg42, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %294 = stablehlo.logistic %292 : tensor<32x32xf32>
    %295 = stablehlo.multiply %292, %294 : tensor<32x32xf32>
    %296 = stablehlo.multiply %295, %293 : tensor<32x32xf32>
    %297 = stablehlo.dot_general %296, %arg43, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %298 = stablehlo.slice %258 [0:32, 3:4] : (tensor<32x4xf32>) -> tensor<32x1xf32>
    %299 = stablehlo.reshape %298 : (tensor<32x1xf32>) -> tensor<32xf32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %301 = stablehlo.multiply %297, %300 : tensor<32x16xf32>
    %302 = stablehlo.add %291, %301 : tensor<32x16xf32>
    %303 = stablehlo.add %218, %302 : tensor<32x16xf32>
    %304 = stablehlo.subtract %arg2, %c_1 : tensor<i32>
    %305 = stablehlo.dynamic_slice %303, %304, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %306 = stablehlo.multiply %305, %305 : tensor<1x16xf32>
    %307 = stablehlo.reduce(%306 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %308 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %309 = stablehlo.divide %307, %308 : tensor<1xf32>
    %310 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %311 = stablehlo.add %309, %310 : tensor<1xf32>
    %312 = stablehlo.rsqrt %311 : tensor<1xf32>
    %313 = stablehlo.broadcast_in_dim %312, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %314 = stablehlo.multiply %305, %313 : tensor<1x16xf32>
    %315 = stablehlo.broadcast_in_dim %arg44, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %316 = stablehlo.multiply %314, %315 : tensor<1x16xf32>
    %317 = stablehlo.dot_general %316, %arg45, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %318 = stablehlo.reshape %317 : (tensor<1x32xf32>) -> tensor<32xf32>
    return %318, %196, %198 : tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
