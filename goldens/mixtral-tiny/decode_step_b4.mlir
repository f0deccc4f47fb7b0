// emit arch=mixtral-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<4x16xf32> loc("model.layers.0.block_sparse_moe.gate.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.0.w1.weight"), %arg14: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.0.w3.weight"), %arg15: tensor<16x32xf32> loc("model.layers.0.block_sparse_moe.experts.0.w2.weight"), %arg16: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.1.w1.weight"), %arg17: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.1.w3.weight"), %arg18: tensor<16x32xf32> loc("model.layers.0.block_sparse_moe.experts.1.w2.weight"), %arg19: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.2.w1.weight"), %arg20: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.2.w3.weight"), %arg21: tensor<16x32xf32> loc("model.layers.0.block_sparse_moe.experts.2.w2.weight"), %arg22: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.3.w1.weight"), %arg23: tensor<32x16xf32> loc("model.layers.0.block_sparse_moe.experts.3.w3.weight"), %arg24: tensor<16x32xf32> loc("model.layers.0.block_sparse_moe.experts.3.w2.weight"), %arg25: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg26: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg27: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg28: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg29: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg30: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg31: tensor<4x16xf32> loc("model.layers.1.block_sparse_moe.gate.weight"), %arg32: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.0.w1.weight"), %arg33: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.0.w3.weight"), %arg34: tensor<16x32xf32> loc("model.layers.1.block_sparse_moe.experts.0.w2.weight"), %arg35: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.1.w1.weight"), %arg36: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.1.w3.weight"), %arg37: tensor<16x32xf32> loc("model.layers.1.block_sparse_moe.experts.1.w2.weight"), %arg38: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.2.w1.weight"), %arg39: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.2.w3.weight"), %arg40: tensor<16x32xf32> loc("model.layers.1.block_sparse_moe.experts.2.w2.weight"), %arg41: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.3.w1.weight"), %arg42: tensor<32x16xf32> loc("model.layers.1.block_sparse_moe.experts.3.w3.weight"), %arg43: tensor<16x32xf32> loc("model.layers.1.block_sparse_moe.experts.3.w2.weight"), %arg44: tensor<16xf32> loc("model.norm.weight"), %arg45: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0316227749, 1.000000e-03, 3.16227779E-5]> : tensor<4xf32>
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
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %23 = stablehlo.add %21, %22 : tensor<4xf32>
    %24 = stablehlo.rsqrt %23 : tensor<4xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %26 = stablehlo.multiply %17, %25 : tensor<4x16xf32>
    %27 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %28 = stablehlo.multiply %26, %27 : tensor<4x16xf32>
    %29 = stablehlo.dot_general %28, %arg7, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %30 = stablehlo.dot_general %28, %arg8, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %31 = stablehlo.dot_general %28, %arg9, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %32 = stablehlo.reshape %29 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %33 = stablehlo.slice %32 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %34 = stablehlo.slice %32 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %35 = stablehlo.negate %34 : tensor<4x2x4xf32>
    %36 = stablehlo.concatenate %35, %33, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %37 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %38 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %39 = stablehlo.multiply %32, %37 : tensor<4x2x8xf32>
    %40 = stablehlo.multiply %36, %38 : tensor<4x2x8xf32>
    %41 = stablehlo.add %39, %40 : tensor<4x2x8xf32>
    %42 = stablehlo.reshape %30 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %43 = stablehlo.slice %42 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %44 = stablehlo.slice %42 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %45 = stablehlo.negate %44 : tensor<4x1x4xf32>
    %46 = stablehlo.concatenate %45, %43, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %47 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %48 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %49 = stablehlo.multiply %42, %47 : tensor<4x1x8xf32>
    %50 = stablehlo.multiply %46, %48 : tensor<4x1x8xf32>
    %51 = stablehlo.add %49, %50 : tensor<4x1x8xf32>
    %52 = stablehlo.reshape %31 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %53 = stablehlo.slice %51 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %54 = stablehlo.slice %52 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %55 = stablehlo.reshape %53 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %56 = stablehlo.dynamic_update_slice %arg3, %55, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %57 = stablehlo.reshape %54 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %58 = stablehlo.dynamic_update_slice %arg4, %57, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %59 = stablehlo.slice %51 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %60 = stablehlo.slice %52 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %61 = stablehlo.reshape %59 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %62 = stablehlo.dynamic_update_slice %56, %61, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %63 = stablehlo.reshape %60 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %64 = stablehlo.dynamic_update_slice %58, %63, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %65 = stablehlo.slice %51 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %66 = stablehlo.slice %52 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %67 = stablehlo.reshape %65 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %68 = stablehlo.dynamic_update_slice %62, %67, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %69 = stablehlo.reshape %66 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %70 = stablehlo.dynamic_update_slice %64, %69, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %71 = stablehlo.slice %51 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %72 = stablehlo.slice %52 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %73 = stablehlo.reshape %71 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %74 = stablehlo.dynamic_update_slice %68, %73, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %75 = stablehlo.reshape %72 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %76 = stablehlo.dynamic_update_slice %70, %75, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %77 = stablehlo.slice %74 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %79 = stablehlo.slice %76 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %81 = stablehlo.reshape %41 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %82 = stablehlo.dot_general %81, %78, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %84 = stablehlo.multiply %82, %83 : tensor<4x1x2x64xf32>
    %85 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %86 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %87 = stablehlo.compare  LE, %86, %85,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %89 = stablehlo.select %87, %84, %88 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %90 = stablehlo.reduce(%89 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %92 = stablehlo.subtract %89, %91 : tensor<4x1x2x64xf32>
    %93 = stablehlo.exponential %92 : tensor<4x1x2x64xf32>
    %94 = stablehlo.reduce(%93 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %96 = stablehlo.divide %93, %95 : tensor<4x1x2x64xf32>
    %97 = stablehlo.dot_general %96, %80, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %98 = stablehlo.reshape %97 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %99 = stablehlo.dot_general %98, %arg10, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %100 = stablehlo.add %17, %99 : tensor<4x16xf32>
    %101 = stablehlo.multiply %100, %100 : tensor<4x16xf32>
    %102 = stablehlo.reduce(%101 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %103 = stablehlo.divide %102, %20 : tensor<4xf32>
    %104 = stablehlo.add %103, %22 : tensor<4xf32>
    %105 = stablehlo.rsqrt %104 : tensor<4xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %107 = stablehlo.multiply %100, %106 : tensor<4x16xf32>
    %108 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %109 = stablehlo.multiply %107, %108 : tensor<4x16xf32>
    %110 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
    %111 = stablehlo.dot_general %109, %arg12, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x4xf32>
    %112 = stablehlo.reduce(%111 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %114 = stablehlo.subtract %111, %113 : tensor<4x4xf32>
    %115 = stablehlo.exponential %114 : tensor<4x4xf32>
    %116 = stablehlo.reduce(%115 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %118 = stablehlo.divide %115, %117 : tensor<4x4xf32>
    %119 = stablehlo.iota dim = 1 : tensor<4x4xi32>
    %120 = stablehlo.reduce(%118 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %122 = stablehlo.compare  EQ, %118, %121,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %123 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4x4xi32>
    %124 = stablehlo.select %122, %119, %123 : tensor<4x4xi1>, tensor<4x4xi32>
    %125 = stablehlo.reduce(%124 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %127 = stablehlo.compare  EQ, %119, %126,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %128 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
    %129 = stablehlo.select %127, %128, %118 : tensor<4x4xi1>, tensor<4x4xf32>
    %130 = stablehlo.reduce(%129 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %132 = stablehlo.compare  EQ, %129, %131,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %133 = stablehlo.select %132, %119, %123 : tensor<4x4xi1>, tensor<4x4xi32>
    %134 = stablehlo.reduce(%133 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %136 = stablehlo.compare  EQ, %119, %135,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %137 = stablehlo.select %136, %128, %129 : tensor<4x4xi1>, tensor<4x4xf32>
    %138 = stablehlo.add %120, %130 : tensor<4xf32>
    %139 = stablehlo.divide %120, %138 : tensor<4xf32>
    %140 = stablehlo.divide %130, %138 : tensor<4xf32>
    %141 = stablehlo.compare  GT, %125, %134,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %142 = stablehlo.select %141, %134, %125 : tensor<4xi1>, tensor<4xi32>
    %143 = stablehlo.select %141, %125, %134 : tensor<4xi1>, tensor<4xi32>
    %144 = stablehlo.select %141, %140, %139 : tensor<4xi1>, tensor<4xf32>
    %145 = stablehlo.select %141, %139, %140 : tensor<4xi1>, tensor<4xf32>
    %146 = stablehlo.slice %109 [0:1, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %147 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %148 = stablehlo.slice %142 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %149 = stablehlo.reshape %148 : (tensor<1xi32>) -> tensor<i32>
    %150 = stablehlo.slice %144 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %151 = "stablehlo.case"(%149) ({
      %152 = stablehlo.dot_general %146, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %153 = stablehlo.dot_general %146, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %154 = stablehlo.logistic %152 : tensor<1x32xf32>
      %155 = stablehlo.multiply %152, %154 : tensor<1x32xf32>
      %156 = stablehlo.multiply %155, %153 : tensor<1x32xf32>
      %157 = stablehlo.dot_general %156, %arg15, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %157 : tensor<1x16xf32>
    }, {
      %158 = stablehlo.dot_general %146, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %159 = stablehlo.dot_general %146, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %160 = stablehlo.logistic %158 : tensor<1x32xf32>
      %161 = stablehlo.multiply %158, %160 : tensor<1x32xf32>
      %162 = stablehlo.multiply %161, %159 : tensor<1x32xf32>
      %163 = stablehlo.dot_general %162, %arg18, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %163 : tensor<1x16xf32>
    }, {
      %164 = stablehlo.dot_general %146, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %165 = stablehlo.dot_general %146, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %166 = stablehlo.logistic %164 : tensor<1x32xf32>
      %167 = stablehlo.multiply %164, %166 : tensor<1x32xf32>
      %168 = stablehlo.multiply %167, %165 : tensor<1x32xf32>
      %169 = stablehlo.dot_general %168, %arg21, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %169 : tensor<1x16xf32>
    }, {
      %170 = stablehlo.dot_general %146, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %171 = stablehlo.dot_general %146, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %172 = stablehlo.logistic %170 : tensor<1x32xf32>
      %173 = stablehlo.multiply %170, %172 : tensor<1x32xf32>
      %174 = stablehlo.multiply %173, %171 : tensor<1x32xf32>
      %175 = stablehlo.dot_general %174, %arg24, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %175 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %176 = stablehlo.broadcast_in_dim %150, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %177 = stablehlo.multiply %151, %176 : tensor<1x16xf32>
    %178 = stablehlo.add %147, %177 : tensor<1x16xf32>
    %179 = stablehlo.slice %143 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %180 = stablehlo.reshape %179 : (tensor<1xi32>) -> tensor<i32>
    %181 = stablehlo.slice %145 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %182 = "stablehlo.case"(%180) ({
      %183 = stablehlo.dot_general %146, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %184 = stablehlo.dot_general %146, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %185 = stablehlo.logistic %183 : tensor<1x32xf32>
      %186 = stablehlo.multiply %183, %185 : tensor<1x32xf32>
      %187 = stablehlo.multiply %186, %184 : tensor<1x32xf32>
      %188 = stablehlo.dot_general %187, %arg15, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %188 : tensor<1x16xf32>
    }, {
      %189 = stablehlo.dot_general %146, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %190 = stablehlo.dot_general %146, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %191 = stablehlo.logistic %189 : tensor<1x32xf32>
      %192 = stablehlo.multiply %189, %191 : tensor<1x32xf32>
      %193 = stablehlo.multiply %192, %190 : tensor<1x32xf32>
      %194 = stablehlo.dot_general %193, %arg18, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %194 : tensor<1x16xf32>
    }, {
      %195 = stablehlo.dot_general %146, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %196 = stablehlo.dot_general %146, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %197 = stablehlo.logistic %195 : tensor<1x32xf32>
      %198 = stablehlo.multiply %195, %197 : tensor<1x32xf32>
      %199 = stablehlo.multiply %198, %196 : tensor<1x32xf32>
      %200 = stablehlo.dot_general %199, %arg21, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %200 : tensor<1x16xf32>
    }, {
      %201 = stablehlo.dot_general %146, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %202 = stablehlo.dot_general %146, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %203 = stablehlo.logistic %201 : tensor<1x32xf32>
      %204 = stablehlo.multiply %201, %203 : tensor<1x32xf32>
      %205 = stablehlo.multiply %204, %202 : tensor<1x32xf32>
      %206 = stablehlo.dot_general %205, %arg24, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %206 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %207 = stablehlo.broadcast_in_dim %181, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %208 = stablehlo.multiply %182, %207 : tensor<1x16xf32>
    %209 = stablehlo.add %178, %208 : tensor<1x16xf32>
    %210 = stablehlo.slice %109 [1:2, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %211 = stablehlo.slice %142 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %212 = stablehlo.reshape %211 : (tensor<1xi32>) -> tensor<i32>
    %213 = stablehlo.slice %144 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %214 = "stablehlo.case"(%212) ({
      %215 = stablehlo.dot_general %210, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %216 = stablehlo.dot_general %210, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %217 = stablehlo.logistic %215 : tensor<1x32xf32>
      %218 = stablehlo.multiply %215, %217 : tensor<1x32xf32>
      %219 = stablehlo.multiply %218, %216 : tensor<1x32xf32>
      %220 = stablehlo.dot_general %219, %arg15, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %220 : tensor<1x16xf32>
    }, {
      %221 = stablehlo.dot_general %210, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %222 = stablehlo.dot_general %210, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %223 = stablehlo.logistic %221 : tensor<1x32xf32>
      %224 = stablehlo.multiply %221, %223 : tensor<1x32xf32>
      %225 = stablehlo.multiply %224, %222 : tensor<1x32xf32>
      %226 = stablehlo.dot_general %225, %arg18, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %226 : tensor<1x16xf32>
    }, {
      %227 = stablehlo.dot_general %210, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %228 = stablehlo.dot_general %210, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %229 = stablehlo.logistic %227 : tensor<1x32xf32>
      %230 = stablehlo.multiply %227, %229 : tensor<1x32xf32>
      %231 = stablehlo.multiply %230, %228 : tensor<1x32xf32>
      %232 = stablehlo.dot_general %231, %arg21, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %232 : tensor<1x16xf32>
    }, {
      %233 = stablehlo.dot_general %210, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %234 = stablehlo.dot_general %210, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %235 = stablehlo.logistic %233 : tensor<1x32xf32>
      %236 = stablehlo.multiply %233, %235 : tensor<1x32xf32>
      %237 = stablehlo.multiply %236, %234 : tensor<1x32xf32>
      %238 = stablehlo.dot_general %237, %arg24, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %238 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %239 = stablehlo.broadcast_in_dim %213, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %240 = stablehlo.multiply %214, %239 : tensor<1x16xf32>
    %241 = stablehlo.add %147, %240 : tensor<1x16xf32>
    %242 = stablehlo.slice %143 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %243 = stablehlo.reshape %242 : (tensor<1xi32>) -> tensor<i32>
    %244 = stablehlo.slice %145 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %245 = "stablehlo.case"(%243) ({
      %246 = stablehlo.dot_general %210, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %247 = stablehlo.dot_general %210, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %248 = stablehlo.logistic %246 : tensor<1x32xf32>
      %249 = stablehlo.multiply %246, %248 : tensor<1x32xf32>
      %250 = stablehlo.multiply %249, %247 : tensor<1x32xf32>
      %251 = stablehlo.dot_general %250, %arg15, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %251 : tensor<1x16xf32>
    }, {
      %252 = stablehlo.dot_general %210, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %253 = stablehlo.dot_general %210, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %254 = stablehlo.logistic %252 : tensor<1x32xf32>
      %255 = stablehlo.multiply %252, %254 : tensor<1x32xf32>
      %256 = stablehlo.multiply %255, %253 : tensor<1x32xf32>
      %257 = stablehlo.dot_general %256, %arg18, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %257 : tensor<1x16xf32>
    }, {
      %258 = stablehlo.dot_general %210, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %259 = stablehlo.dot_general %210, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %260 = stablehlo.logistic %258 : tensor<1x32xf32>
      %261 = stablehlo.multiply %258, %260 : tensor<1x32xf32>
      %262 = stablehlo.multiply %261, %259 : tensor<1x32xf32>
      %263 = stablehlo.dot_general %262, %arg21, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %263 : tensor<1x16xf32>
    }, {
      %264 = stablehlo.dot_general %210, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %265 = stablehlo.dot_general %210, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %266 = stablehlo.logistic %264 : tensor<1x32xf32>
      %267 = stablehlo.multiply %264, %266 : tensor<1x32xf32>
      %268 = stablehlo.multiply %267, %265 : tensor<1x32xf32>
      %269 = stablehlo.dot_general %268, %arg24, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %269 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %270 = stablehlo.broadcast_in_dim %244, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %271 = stablehlo.multiply %245, %270 : tensor<1x16xf32>
    %272 = stablehlo.add %241, %271 : tensor<1x16xf32>
    %273 = stablehlo.slice %109 [2:3, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %274 = stablehlo.slice %142 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %275 = stablehlo.reshape %274 : (tensor<1xi32>) -> tensor<i32>
    %276 = stablehlo.slice %144 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %277 = "stablehlo.case"(%275) ({
      %278 = stablehlo.dot_general %273, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %279 = stablehlo.dot_general %273, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %280 = stablehlo.logistic %278 : tensor<1x32xf32>
      %281 = stablehlo.multiply %278, %280 : tensor<1x32xf32>
      %282 = stablehlo.multiply %281, %279 : tensor<1x32xf32>
      %283 = stablehlo.dot_general %282, %arg15, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %283 : tensor<1x16xf32>
    }, {
      %284 = stablehlo.dot_general %273, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %285 = stablehlo.dot_general %273, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %286 = stablehlo.logistic %284 : tensor<1x32xf32>
      %287 = stablehlo.multiply %284, %286 : tensor<1x32xf32>
      %288 = stablehlo.multiply %287, %285 : tensor<1x32xf32>
      %289 = stablehlo.dot_general %288, %arg18, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %289 : tensor<1x16xf32>
    }, {
      %290 = stablehlo.dot_general %273, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %291 = stablehlo.dot_general %273, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %292 = stablehlo.logistic %290 : tensor<1x32xf32>
      %293 = stablehlo.multiply %290, %292 : tensor<1x32xf32>
      %294 = stablehlo.multiply %293, %291 : tensor<1x32xf32>
      %295 = stablehlo.dot_general %294, %arg21, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %295 : tensor<1x16xf32>
    }, {
      %296 = stablehlo.dot_general %273, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %297 = stablehlo.dot_general %273, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %298 = stablehlo.logistic %296 : tensor<1x32xf32>
      %299 = stablehlo.multiply %296, %298 : tensor<1x32xf32>
      %300 = stablehlo.multiply %299, %297 : tensor<1x32xf32>
      %301 = stablehlo.dot_general %300, %arg24, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %301 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %302 = stablehlo.broadcast_in_dim %276, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %303 = stablehlo.multiply %277, %302 : tensor<1x16xf32>
    %304 = stablehlo.add %147, %303 : tensor<1x16xf32>
    %305 = stablehlo.slice %143 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %306 = stablehlo.reshape %305 : (tensor<1xi32>) -> tensor<i32>
    %307 = stablehlo.slice %145 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %308 = "stablehlo.case"(%306) ({
      %309 = stablehlo.dot_general %273, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %310 = stablehlo.dot_general %273, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %311 = stablehlo.logistic %309 : tensor<1x32xf32>
      %312 = stablehlo.multiply %309, %311 : tensor<1x32xf32>
      %313 = stablehlo.multiply %312, %310 : tensor<1x32xf32>
      %314 = stablehlo.dot_general %313, %arg15, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %314 : tensor<1x16xf32>
    }, {
      %315 = stablehlo.dot_general %273, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %316 = stablehlo.dot_general %273, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %317 = stablehlo.logistic %315 : tensor<1x32xf32>
      %318 = stablehlo.multiply %315, %317 : tensor<1x32xf32>
      %319 = stablehlo.multiply %318, %316 : tensor<1x32xf32>
      %320 = stablehlo.dot_general %319, %arg18, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %320 : tensor<1x16xf32>
    }, {
      %321 = stablehlo.dot_general %273, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %322 = stablehlo.dot_general %273, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %323 = stablehlo.logistic %321 : tensor<1x32xf32>
      %324 = stablehlo.multiply %321, %323 : tensor<1x32xf32>
      %325 = stablehlo.multiply %324, %322 : tensor<1x32xf32>
      %326 = stablehlo.dot_general %325, %arg21, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %326 : tensor<1x16xf32>
    }, {
      %327 = stablehlo.dot_general %273, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %328 = stablehlo.dot_general %273, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %329 = stablehlo.logistic %327 : tensor<1x32xf32>
      %330 = stablehlo.multiply %327, %329 : tensor<1x32xf32>
      %331 = stablehlo.multiply %330, %328 : tensor<1x32xf32>
      %332 = stablehlo.dot_general %331, %arg24, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %332 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %333 = stablehlo.broadcast_in_dim %307, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %334 = stablehlo.multiply %308, %333 : tensor<1x16xf32>
    %335 = stablehlo.add %304, %334 : tensor<1x16xf32>
    %336 = stablehlo.slice %109 [3:4, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %337 = stablehlo.slice %142 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %338 = stablehlo.reshape %337 : (tensor<1xi32>) -> tensor<i32>
    %339 = stablehlo.slice %144 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %340 = "stablehlo.case"(%338) ({
      %341 = stablehlo.dot_general %336, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %342 = stablehlo.dot_general %336, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %343 = stablehlo.logistic %341 : tensor<1x32xf32>
      %344 = stablehlo.multiply %341, %343 : tensor<1x32xf32>
      %345 = stablehlo.multiply %344, %342 : tensor<1x32xf32>
      %346 = stablehlo.dot_general %345, %arg15, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %346 : tensor<1x16xf32>
    }, {
      %347 = stablehlo.dot_general %336, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %348 = stablehlo.dot_general %336, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %349 = stablehlo.logistic %347 : tensor<1x32xf32>
      %350 = stablehlo.multiply %347, %349 : tensor<1x32xf32>
      %351 = stablehlo.multiply %350, %348 : tensor<1x32xf32>
      %352 = stablehlo.dot_general %351, %arg18, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %352 : tensor<1x16xf32>
    }, {
      %353 = stablehlo.dot_general %336, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %354 = stablehlo.dot_general %336, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %355 = stablehlo.logistic %353 : tensor<1x32xf32>
      %356 = stablehlo.multiply %353, %355 : tensor<1x32xf32>
      %357 = stablehlo.multiply %356, %354 : tensor<1x32xf32>
      %358 = stablehlo.dot_general %357, %arg21, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %358 : tensor<1x16xf32>
    }, {
      %359 = stablehlo.dot_general %336, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %360 = stablehlo.dot_general %336, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %361 = stablehlo.logistic %359 : tensor<1x32xf32>
      %362 = stablehlo.multiply %359, %361 : tensor<1x32xf32>
      %363 = stablehlo.multiply %362, %360 : tensor<1x32xf32>
      %364 = stablehlo.dot_general %363, %arg24, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %364 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %365 = stablehlo.broadcast_in_dim %339, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %366 = stablehlo.multiply %340, %365 : tensor<1x16xf32>
    %367 = stablehlo.add %147, %366 : tensor<1x16xf32>
    %368 = stablehlo.slice %143 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %369 = stablehlo.reshape %368 : (tensor<1xi32>) -> tensor<i32>
    %370 = stablehlo.slice %145 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %371 = "stablehlo.case"(%369) ({
      %372 = stablehlo.dot_general %336, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %373 = stablehlo.dot_general %336, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %374 = stablehlo.logistic %372 : tensor<1x32xf32>
      %375 = stablehlo.multiply %372, %374 : tensor<1x32xf32>
      %376 = stablehlo.multiply %375, %373 : tensor<1x32xf32>
      %377 = stablehlo.dot_general %376, %arg15, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %377 : tensor<1x16xf32>
    }, {
      %378 = stablehlo.dot_general %336, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %379 = stablehlo.dot_general %336, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %380 = stablehlo.logistic %378 : tensor<1x32xf32>
      %381 = stablehlo.multiply %378, %380 : tensor<1x32xf32>
      %382 = stablehlo.multiply %381, %379 : tensor<1x32xf32>
      %383 = stablehlo.dot_general %382, %arg18, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %383 : tensor<1x16xf32>
    }, {
      %384 = stablehlo.dot_general %336, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %385 = stablehlo.dot_general %336, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %386 = stablehlo.logistic %384 : tensor<1x32xf32>
      %387 = stablehlo.multiply %384, %386 : tensor<1x32xf32>
      %388 = stablehlo.multiply %387, %385 : tensor<1x32xf32>
      %389 = stablehlo.dot_general %388, %arg21, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %389 : tensor<1x16xf32>
    }, {
      %390 = stablehlo.dot_general %336, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %391 = stablehlo.dot_general %336, %arg23, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %392 = stablehlo.logistic %390 : tensor<1x32xf32>
      %393 = stablehlo.multiply %390, %392 : tensor<1x32xf32>
      %394 = stablehlo.multiply %393, %391 : tensor<1x32xf32>
      %395 = stablehlo.dot_general %394, %arg24, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %395 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %396 = stablehlo.broadcast_in_dim %370, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %397 = stablehlo.multiply %371, %396 : tensor<1x16xf32>
    %398 = stablehlo.add %367, %397 : tensor<1x16xf32>
    %399 = stablehlo.concatenate %209, %272, %335, %398, dim = 0 : (tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<4x16xf32>
    %400 = stablehlo.add %100, %399 : tensor<4x16xf32>
    %401 = stablehlo.multiply %400, %400 : tensor<4x16xf32>
    %402 = stablehlo.reduce(%401 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %403 = stablehlo.divide %402, %20 : tensor<4xf32>
    %404 = stablehlo.add %403, %22 : tensor<4xf32>
    %405 = stablehlo.rsqrt %404 : tensor<4xf32>
    %406 = stablehlo.broadcast_in_dim %405, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %407 = stablehlo.multiply %400, %406 : tensor<4x16xf32>
    %408 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %409 = stablehlo.multiply %407, %408 : tensor<4x16xf32>
    %410 = stablehlo.dot_general %409, %arg26, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %411 = stablehlo.dot_general %409, %arg27, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %412 = stablehlo.dot_general %409, %arg28, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %413 = stablehlo.reshape %410 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %414 = stablehlo.slice %413 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %415 = stablehlo.slice %413 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %416 = stablehlo.negate %415 : tensor<4x2x4xf32>
    %417 = stablehlo.concatenate %416, %414, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %418 = stablehlo.multiply %413, %37 : tensor<4x2x8xf32>
    %419 = stablehlo.multiply %417, %38 : tensor<4x2x8xf32>
    %420 = stablehlo.add %418, %419 : tensor<4x2x8xf32>
    %421 = stablehlo.reshape %411 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %422 = stablehlo.slice %421 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %423 = stablehlo.slice %421 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %424 = stablehlo.negate %423 : tensor<4x1x4xf32>
    %425 = stablehlo.concatenate %424, %422, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %426 = stablehlo.multiply %421, %47 : tensor<4x1x8xf32>
    %427 = stablehlo.multiply %425, %48 : tensor<4x1x8xf32>
    %428 = stablehlo.add %426, %427 : tensor<4x1x8xf32>
    %429 = stablehlo.reshape %412 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %430 = stablehlo.slice %428 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %431 = stablehlo.slice %429 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %432 = stablehlo.reshape %430 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %433 = stablehlo.dynamic_update_slice %74, %432, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %434 = stablehlo.reshape %431 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %435 = stablehlo.dynamic_update_slice %76, %434, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %436 = stablehlo.slice %428 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %437 = stablehlo.slice %429 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %438 = stablehlo.reshape %436 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %439 = stablehlo.dynamic_update_slice %433, %438, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %440 = stablehlo.reshape %437 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %441 = stablehlo.dynamic_update_slice %435, %440, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %442 = stablehlo.slice %428 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %443 = stablehlo.slice %429 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %444 = stablehlo.reshape %442 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %445 = stablehlo.dynamic_update_slice %439, %444, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %446 = stablehlo.reshape %443 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %447 = stablehlo.dynamic_update_slice %441, %446, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %448 = stablehlo.slice %428 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %449 = stablehlo.slice %429 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %450 = stablehlo.reshape %448 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %451 = stablehlo.dynamic_update_slice %445, %450, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %452 = stablehlo.reshape %449 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %453 = stablehlo.dynamic_update_slice %447, %452, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %454 = stablehlo.slice %451 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %455 = stablehlo.reshape %454 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %456 = stablehlo.slice %453 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %457 = stablehlo.reshape %456 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %458 = stablehlo.reshape %420 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %459 = stablehlo.dot_general %458, %455, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %460 = stablehlo.multiply %459, %83 : tensor<4x1x2x64xf32>
    %461 = stablehlo.select %87, %460, %88 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %462 = stablehlo.reduce(%461 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %463 = stablehlo.broadcast_in_dim %462, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %464 = stablehlo.subtract %461, %463 : tensor<4x1x2x64xf32>
    %465 = stablehlo.exponential %464 : tensor<4x1x2x64xf32>
    %466 = stablehlo.reduce(%465 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %467 = stablehlo.broadcast_in_dim %466, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %468 = stablehlo.divide %465, %467 : tensor<4x1x2x64xf32>
    %469 = stablehlo.dot_general %468, %457, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %470 = stablehlo.reshape %469 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %471 = stablehlo.dot_general %470, %arg29, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %472 = stablehlo.add %400, %471 : tensor<4x16xf32>
    %473 = stablehlo.multiply %472, %472 : tensor<4x16xf32>
    %474 = stablehlo.reduce(%473 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %475 = stablehlo.divide %474, %20 : tensor<4xf32>
    %476 = stablehlo.add %475, %22 : tensor<4xf32>
    %477 = stablehlo.rsqrt %476 : tensor<4xf32>
    %478 = stablehlo.broadcast_in_dim %477, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %479 = stablehlo.multiply %472, %478 : tensor<4x16xf32>
    %480 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %481 = stablehlo.multiply %479, %480 : tensor<4x16xf32>
    %482 = stablehlo.dot_general %481, %arg31, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x4xf32>
    %483 = stablehlo.reduce(%482 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %484 = stablehlo.broadcast_in_dim %483, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %485 = stablehlo.subtract %482, %484 : tensor<4x4xf32>
    %486 = stablehlo.exponential %485 : tensor<4x4xf32>
    %487 = stablehlo.reduce(%486 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %488 = stablehlo.broadcast_in_dim %487, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %489 = stablehlo.divide %486, %488 : tensor<4x4xf32>
    %490 = stablehlo.reduce(%489 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %491 = stablehlo.broadcast_in_dim %490, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %492 = stablehlo.compare  EQ, %489, %491,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %493 = stablehlo.select %492, %119, %123 : tensor<4x4xi1>, tensor<4x4xi32>
    %494 = stablehlo.reduce(%493 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %495 = stablehlo.broadcast_in_dim %494, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %496 = stablehlo.compare  EQ, %119, %495,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %497 = stablehlo.select %496, %128, %489 : tensor<4x4xi1>, tensor<4x4xf32>
    %498 = stablehlo.reduce(%497 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4xf32>
    %499 = stablehlo.broadcast_in_dim %498, dims = [0] : (tensor<4xf32>) -> tensor<4x4xf32>
    %500 = stablehlo.compare  EQ, %497, %499,  FLOAT : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xi1>
    %501 = stablehlo.select %500, %119, %123 : tensor<4x4xi1>, tensor<4x4xi32>
    %502 = stablehlo.reduce(%501 init: %c_3) applies stablehlo.minimum across dimensions = [1] : (tensor<4x4xi32>, tensor<i32>) -> tensor<4xi32>
    %503 = stablehlo.broadcast_in_dim %502, dims = [0] : (tensor<4xi32>) -> tensor<4x4xi32>
    %504 = stablehlo.compare  EQ, %119, %503,  SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %505 = stablehlo.select %504, %128, %497 : tensor<4x4xi1>, tensor<4x4xf32>
    %506 = stablehlo.add %490, %498 : tensor<4xf32>
    %507 = stablehlo.divide %490, %506 : tensor<4xf32>
    %508 = stablehlo.divide %498, %506 : tensor<4xf32>
    %509 = stablehlo.compare  GT, %494, %502,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %510 = stablehlo.select %509, %502, %494 : tensor<4xi1>, tensor<4xi32>
    %511 = stablehlo.select %509, %494, %502 : tensor<4xi1>, tensor<4xi32>
    %512 = stablehlo.select %509, %508, %507 : tensor<4xi1>, tensor<4xf32>
    %513 = stablehlo.select %509, %507, %508 : tensor<4xi1>, tensor<4xf32>
    %514 = stablehlo.slice %481 [0:1, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %515 = stablehlo.slice %510 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %516 = stablehlo.reshape %515 : (tensor<1xi32>) -> tensor<i32>
    %517 = stablehlo.slice %512 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %518 = "stablehlo.case"(%516) ({
      %519 = stablehlo.dot_general %514, %arg32, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %520 = stablehlo.dot_general %514, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %521 = stablehlo.logistic %519 : tensor<1x32xf32>
      %522 = stablehlo.multiply %519, %521 : tensor<1x32xf32>
      %523 = stablehlo.multiply %522, %520 : tensor<1x32xf32>
      %524 = stablehlo.dot_general %523, %arg34, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %524 : tensor<1x16xf32>
    }, {
      %525 = stablehlo.dot_general %514, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %526 = stablehlo.dot_general %514, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %527 = stablehlo.logistic %525 : tensor<1x32xf32>
      %528 = stablehlo.multiply %525, %527 : tensor<1x32xf32>
      %529 = stablehlo.multiply %528, %526 : tensor<1x32xf32>
      %530 = stablehlo.dot_general %529, %arg37, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %530 : tensor<1x16xf32>
    }, {
      %531 = stablehlo.dot_general %514, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %532 = stablehlo.dot_general %514, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %533 = stablehlo.logistic %531 : tensor<1x32xf32>
      %534 = stablehlo.multiply %531, %533 : tensor<1x32xf32>
      %535 = stablehlo.multiply %534, %532 : tensor<1x32xf32>
      %536 = stablehlo.dot_general %535, %arg40, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %536 : tensor<1x16xf32>
    }, {
      %537 = stablehlo.dot_general %514, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %538 = stablehlo.dot_general %514, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %539 = stablehlo.logistic %537 : tensor<1x32xf32>
      %540 = stablehlo.multiply %537, %539 : tensor<1x32xf32>
      %541 = stablehlo.multiply %540, %538 : tensor<1x32xf32>
      %542 = stablehlo.dot_general %541, %arg43, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %542 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %543 = stablehlo.broadcast_in_dim %517, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %544 = stablehlo.multiply %518, %543 : tensor<1x16xf32>
    %545 = stablehlo.add %147, %544 : tensor<1x16xf32>
    %546 = stablehlo.slice %511 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %547 = stablehlo.reshape %546 : (tensor<1xi32>) -> tensor<i32>
    %548 = stablehlo.slice %513 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %549 = "stablehlo.case"(%547) ({
      %550 = stablehlo.dot_general %514, %arg32, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %551 = stablehlo.dot_general %514, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %552 = stablehlo.logistic %550 : tensor<1x32xf32>
      %553 = stablehlo.multiply %550, %552 : tensor<1x32xf32>
      %554 = stablehlo.multiply %553, %551 : tensor<1x32xf32>
      %555 = stablehlo.dot_general %554, %arg34, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %555 : tensor<1x16xf32>
    }, {
      %556 = stablehlo.dot_general %514, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %557 = stablehlo.dot_general %514, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %558 = stablehlo.logistic %556 : tensor<1x32xf32>
      %559 = stablehlo.multiply %556, %558 : tensor<1x32xf32>
      %560 = stablehlo.multiply %559, %557 : tensor<1x32xf32>
      %561 = stablehlo.dot_general %560, %arg37, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %561 : tensor<1x16xf32>
    }, {
      %562 = stablehlo.dot_general %514, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %563 = stablehlo.dot_general %514, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %564 = stablehlo.logistic %562 : tensor<1x32xf32>
      %565 = stablehlo.multiply %562, %564 : tensor<1x32xf32>
      %566 = stablehlo.multiply %565, %563 : tensor<1x32xf32>
      %567 = stablehlo.dot_general %566, %arg40, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %567 : tensor<1x16xf32>
    }, {
      %568 = stablehlo.dot_general %514, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %569 = stablehlo.dot_general %514, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %570 = stablehlo.logistic %568 : tensor<1x32xf32>
      %571 = stablehlo.multiply %568, %570 : tensor<1x32xf32>
      %572 = stablehlo.multiply %571, %569 : tensor<1x32xf32>
      %573 = stablehlo.dot_general %572, %arg43, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %573 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %574 = stablehlo.broadcast_in_dim %548, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %575 = stablehlo.multiply %549, %574 : tensor<1x16xf32>
    %576 = stablehlo.add %545, %575 : tensor<1x16xf32>
    %577 = stablehlo.slice %481 [1:2, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %578 = stablehlo.slice %510 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %579 = stablehlo.reshape %578 : (tensor<1xi32>) -> tensor<i32>
    %580 = stablehlo.slice %512 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %581 = "stablehlo.case"(%579) ({
      %582 = stablehlo.dot_general %577, %arg32, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %583 = stablehlo.dot_general %577, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %584 = stablehlo.logistic %582 : tensor<1x32xf32>
      %585 = stablehlo.multiply %582, %584 : tensor<1x32xf32>
      %586 = stablehlo.multiply %585, %583 : tensor<1x32xf32>
      %587 = stablehlo.dot_general %586, %arg34, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %587 : tensor<1x16xf32>
    }, {
      %588 = stablehlo.dot_general %577, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %589 = stablehlo.dot_general %577, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %590 = stablehlo.logistic %588 : tensor<1x32xf32>
      %591 = stablehlo.multiply %588, %590 : tensor<1x32xf32>
      %592 = stablehlo.multiply %591, %589 : tensor<1x32xf32>
      %593 = stablehlo.dot_general %592, %arg37, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %593 : tensor<1x16xf32>
    }, {
      %594 = stablehlo.dot_general %577, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %595 = stablehlo.dot_general %577, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %596 = stablehlo.logistic %594 : tensor<1x32xf32>
      %597 = stablehlo.multiply %594, %596 : tensor<1x32xf32>
      %598 = stablehlo.multiply %597, %595 : tensor<1x32xf32>
      %599 = stablehlo.dot_general %598, %arg40, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %599 : tensor<1x16xf32>
    }, {
      %600 = stablehlo.dot_general %577, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %601 = stablehlo.dot_general %577, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %602 = stablehlo.logistic %600 : tensor<1x32xf32>
      %603 = stablehlo.multiply %600, %602 : tensor<1x32xf32>
      %604 = stablehlo.multiply %603, %601 : tensor<1x32xf32>
      %605 = stablehlo.dot_general %604, %arg43, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %605 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %606 = stablehlo.broadcast_in_dim %580, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %607 = stablehlo.multiply %581, %606 : tensor<1x16xf32>
    %608 = stablehlo.add %147, %607 : tensor<1x16xf32>
    %609 = stablehlo.slice %511 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %610 = stablehlo.reshape %609 : (tensor<1xi32>) -> tensor<i32>
    %611 = stablehlo.slice %513 [1:2] : (tensor<4xf32>) -> tensor<1xf32>
    %612 = "stablehlo.case"(%610) ({
      %613 = stablehlo.dot_general %577, %arg32, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %614 = stablehlo.dot_general %577, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %615 = stablehlo.logistic %613 : tensor<1x32xf32>
      %616 = stablehlo.multiply %613, %615 : tensor<1x32xf32>
      %617 = stablehlo.multiply %616, %614 : tensor<1x32xf32>
      %618 = stablehlo.dot_general %617, %arg34, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %618 : tensor<1x16xf32>
    }, {
      %619 = stablehlo.dot_general %577, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %620 = stablehlo.dot_general %577, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %621 = stablehlo.logistic %619 : tensor<1x32xf32>
      %622 = stablehlo.multiply %619, %621 : tensor<1x32xf32>
      %623 = stablehlo.multiply %622, %620 : tensor<1x32xf32>
      %624 = stablehlo.dot_general %623, %arg37, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %624 : tensor<1x16xf32>
    }, {
      %625 = stablehlo.dot_general %577, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %626 = stablehlo.dot_general %577, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %627 = stablehlo.logistic %625 : tensor<1x32xf32>
      %628 = stablehlo.multiply %625, %627 : tensor<1x32xf32>
      %629 = stablehlo.multiply %628, %626 : tensor<1x32xf32>
      %630 = stablehlo.dot_general %629, %arg40, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %630 : tensor<1x16xf32>
    }, {
      %631 = stablehlo.dot_general %577, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %632 = stablehlo.dot_general %577, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %633 = stablehlo.logistic %631 : tensor<1x32xf32>
      %634 = stablehlo.multiply %631, %633 : tensor<1x32xf32>
      %635 = stablehlo.multiply %634, %632 : tensor<1x32xf32>
      %636 = stablehlo.dot_general %635, %arg43, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %636 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %637 = stablehlo.broadcast_in_dim %611, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %638 = stablehlo.multiply %612, %637 : tensor<1x16xf32>
    %639 = stablehlo.add %608, %638 : tensor<1x16xf32>
    %640 = stablehlo.slice %481 [2:3, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %641 = stablehlo.slice %510 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %642 = stablehlo.reshape %641 : (tensor<1xi32>) -> tensor<i32>
    %643 = stablehlo.slice %512 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %644 = "stablehlo.case"(%642) ({
      %645 = stablehlo.dot_general %640, %arg32, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %646 = stablehlo.dot_general %640, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %647 = stablehlo.logistic %645 : tensor<1x32xf32>
      %648 = stablehlo.multiply %645, %647 : tensor<1x32xf32>
      %649 = stablehlo.multiply %648, %646 : tensor<1x32xf32>
      %650 = stablehlo.dot_general %649, %arg34, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %650 : tensor<1x16xf32>
    }, {
      %651 = stablehlo.dot_general %640, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %652 = stablehlo.dot_general %640, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %653 = stablehlo.logistic %651 : tensor<1x32xf32>
      %654 = stablehlo.multiply %651, %653 : tensor<1x32xf32>
      %655 = stablehlo.multiply %654, %652 : tensor<1x32xf32>
      %656 = stablehlo.dot_general %655, %arg37, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %656 : tensor<1x16xf32>
    }, {
      %657 = stablehlo.dot_general %640, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %658 = stablehlo.dot_general %640, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %659 = stablehlo.logistic %657 : tensor<1x32xf32>
      %660 = stablehlo.multiply %657, %659 : tensor<1x32xf32>
      %661 = stablehlo.multiply %660, %658 : tensor<1x32xf32>
      %662 = stablehlo.dot_general %661, %arg40, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %662 : tensor<1x16xf32>
    }, {
      %663 = stablehlo.dot_general %640, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %664 = stablehlo.dot_general %640, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %665 = stablehlo.logistic %663 : tensor<1x32xf32>
      %666 = stablehlo.multiply %663, %665 : tensor<1x32xf32>
      %667 = stablehlo.multiply %666, %664 : tensor<1x32xf32>
      %668 = stablehlo.dot_general %667, %arg43, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %668 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %669 = stablehlo.broadcast_in_dim %643, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %670 = stablehlo.multiply %644, %669 : tensor<1x16xf32>
    %671 = stablehlo.add %147, %670 : tensor<1x16xf32>
    %672 = stablehlo.slice %511 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %673 = stablehlo.reshape %672 : (tensor<1xi32>) -> tensor<i32>
    %674 = stablehlo.slice %513 [2:3] : (tensor<4xf32>) -> tensor<1xf32>
    %675 = "stablehlo.case"(%673) ({
      %676 = stablehlo.dot_general %640, %arg32, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %677 = stablehlo.dot_general %640, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %678 = stablehlo.logistic %676 : tensor<1x32xf32>
      %679 = stablehlo.multiply %676, %678 : tensor<1x32xf32>
      %680 = stablehlo.multiply %679, %677 : tensor<1x32xf32>
      %681 = stablehlo.dot_general %680, %arg34, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %681 : tensor<1x16xf32>
    }, {
      %682 = stablehlo.dot_general %640, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %683 = stablehlo.dot_general %640, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %684 = stablehlo.logistic %682 : tensor<1x32xf32>
      %685 = stablehlo.multiply %682, %684 : tensor<1x32xf32>
      %686 = stablehlo.multiply %685, %683 : tensor<1x32xf32>
      %687 = stablehlo.dot_general %686, %arg37, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %687 : tensor<1x16xf32>
    }, {
      %688 = stablehlo.dot_general %640, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %689 = stablehlo.dot_general %640, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %690 = stablehlo.logistic %688 : tensor<1x32xf32>
      %691 = stablehlo.multiply %688, %690 : tensor<1x32xf32>
      %692 = stablehlo.multiply %691, %689 : tensor<1x32xf32>
      %693 = stablehlo.dot_general %692, %arg40, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %693 : tensor<1x16xf32>
    }, {
      %694 = stablehlo.dot_general %640, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %695 = stablehlo.dot_general %640, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %696 = stablehlo.logistic %694 : tensor<1x32xf32>
      %697 = stablehlo.multiply %694, %696 : tensor<1x32xf32>
      %698 = stablehlo.multiply %697, %695 : tensor<1x32xf32>
      %699 = stablehlo.dot_general %698, %arg43, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %699 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %700 = stablehlo.broadcast_in_dim %674, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %701 = stablehlo.multiply %675, %700 : tensor<1x16xf32>
    %702 = stablehlo.add %671, %701 : tensor<1x16xf32>
    %703 = stablehlo.slice %481 [3:4, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %704 = stablehlo.slice %510 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %705 = stablehlo.reshape %704 : (tensor<1xi32>) -> tensor<i32>
    %706 = stablehlo.slice %512 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %707 = "stablehlo.case"(%705) ({
      %708 = stablehlo.dot_general %703, %arg32, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %709 = stablehlo.dot_general %703, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %710 = stablehlo.logistic %708 : tensor<1x32xf32>
      %711 = stablehlo.multiply %708, %710 : tensor<1x32xf32>
      %712 = stablehlo.multiply %711, %709 : tensor<1x32xf32>
      %713 = stablehlo.dot_general %712, %arg34, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %713 : tensor<1x16xf32>
    }, {
      %714 = stablehlo.dot_general %703, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %715 = stablehlo.dot_general %703, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %716 = stablehlo.logistic %714 : tensor<1x32xf32>
      %717 = stablehlo.multiply %714, %716 : tensor<1x32xf32>
      %718 = stablehlo.multiply %717, %715 : tensor<1x32xf32>
      %719 = stablehlo.dot_general %718, %arg37, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %719 : tensor<1x16xf32>
    }, {
      %720 = stablehlo.dot_general %703, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %721 = stablehlo.dot_general %703, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %722 = stablehlo.logistic %720 : tensor<1x32xf32>
      %723 = stablehlo.multiply %720, %722 : tensor<1x32xf32>
      %724 = stablehlo.multiply %723, %721 : tensor<1x32xf32>
      %725 = stablehlo.dot_general %724, %arg40, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %725 : tensor<1x16xf32>
    }, {
      %726 = stablehlo.dot_general %703, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %727 = stablehlo.dot_general %703, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %728 = stablehlo.logistic %726 : tensor<1x32xf32>
      %729 = stablehlo.multiply %726, %728 : tensor<1x32xf32>
      %730 = stablehlo.multiply %729, %727 : tensor<1x32xf32>
      %731 = stablehlo.dot_general %730, %arg43, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %731 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %732 = stablehlo.broadcast_in_dim %706, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %733 = stablehlo.multiply %707, %732 : tensor<1x16xf32>
    %734 = stablehlo.add %147, %733 : tensor<1x16xf32>
    %735 = stablehlo.slice %511 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %736 = stablehlo.reshape %735 : (tensor<1xi32>) -> tensor<i32>
    %737 = stablehlo.slice %513 [3:4] : (tensor<4xf32>) -> tensor<1xf32>
    %738 = "stablehlo.case"(%736) ({
      %739 = stablehlo.dot_general %703, %arg32, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %740 = stablehlo.dot_general %703, %arg33, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %741 = stablehlo.logistic %739 : tensor<1x32xf32>
      %742 = stablehlo.multiply %739, %741 : tensor<1x32xf32>
      %743 = stablehlo.multiply %742, %740 : tensor<1x32xf32>
      %744 = stablehlo.dot_general %743, %arg34, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %744 : tensor<1x16xf32>
    }, {
      %745 = stablehlo.dot_general %703, %arg35, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %746 = stablehlo.dot_general %703, %arg36, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %747 = stablehlo.logistic %745 : tensor<1x32xf32>
      %748 = stablehlo.multiply %745, %747 : tensor<1x32xf32>
      %749 = stablehlo.multiply %748, %746 : tensor<1x32xf32>
      %750 = stablehlo.dot_general %749, %arg37, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %750 : tensor<1x16xf32>
    }, {
      %751 = stablehlo.dot_general %703, %arg38, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %752 = stablehlo.dot_general %703, %arg39, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %753 = stablehlo.logistic %751 : tensor<1x32xf32>
      %754 = stablehlo.multiply %751, %753 : tensor<1x32xf32>
      %755 = stablehlo.multiply %754, %752 : tensor<1x32xf32>
      %756 = stablehlo.dot_general %755, %arg40, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %756 : tensor<1x16xf32>
    }, {
      %757 = stablehlo.dot_general %703, %arg41, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %758 = stablehlo.dot_general %703, %arg42, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
      %759 = stablehlo.logistic %757 : tensor<1x32xf32>
      %760 = stablehlo.multiply %757, %759 : tensor<1x32xf32>
      %761 = stablehlo.multiply %760, %758 : tensor<1x32xf32>
      %762 = stablehlo.dot_general %761, %arg43, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
      stablehlo.return %762 : tensor<1x16xf32>
    }) : (tensor<i32>) -> tensor<1x16xf32>
    %763 = stablehlo.broadcast_in_dim %737, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %764 = stablehlo.multiply %738, %763 : tensor<1x16xf32>
    %765 = stablehlo.add %734, %764 : tensor<1x16xf32>
    %766 = stablehlo.concatenate %576, %639, %702, %765, dim = 0 : (tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<4x16xf32>
    %767 = stablehlo.add %472, %766 : tensor<4x16xf32>
    %768 = stablehlo.multiply %767, %767 : tensor<4x16xf32>
    %769 = stablehlo.reduce(%768 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %770 = stablehlo.divide %769, %20 : tensor<4xf32>
    %771 = stablehlo.add %770, %22 : tensor<4xf32>
    %772 = stablehlo.rsqrt %771 : tensor<4xf32>
    %773 = stablehlo.broadcast_in_dim %772, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %774 = stablehlo.multiply %767, %773 : tensor<4x16xf32>
    %775 = stablehlo.broadcast_in_dim %arg44, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %776 = stablehlo.multiply %774, %775 : tensor<4x16xf32>
    %777 = stablehlo.dot_general %776, %arg45, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %778 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %779:2 = stablehlo.reduce(%777 init: %cst_4), (%778 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg46: tensor<f32>, %arg48: tensor<f32>) (%arg47: tensor<i32>, %arg49: tensor<i32>)  {
      %780 = stablehlo.compare  GT, %arg46, %arg48,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %781 = stablehlo.compare  NE, %arg46, %arg46,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %782 = stablehlo.or %780, %781 : tensor<i1>
      %783 = stablehlo.compare  EQ, %arg46, %arg48,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %784 = stablehlo.compare  LT, %arg47, %arg49,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %785 = stablehlo.and %783, %784 : tensor<i1>
      %786 = stablehlo.or %782, %785 : tensor<i1>
      %787 = stablehlo.select %782, %arg46, %arg48 : tensor<i1>, tensor<f32>
      %788 = stablehlo.select %786, %arg47, %arg49 : tensor<i1>, tensor<i32>
      stablehlo.return %787, %788 : tensor<f32>, tensor<i32>
    }
    return %779#1, %451, %453 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
