// emit arch=mistral-tiny graph=prefill precision=f32 capacity=64 chunk=32 quant=none
module @prefill {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg16: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg17: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg18: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg19: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg21: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg22: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg23: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg24: tensor<16xf32> loc("model.norm.weight"), %arg25: tensor<32x16xf32> loc("lm_head.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
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
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %62 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x32x2x64xi32>
    %63 = stablehlo.subtract %59, %62 : tensor<1x32x2x64xi32>
    %64 = stablehlo.compare  GT, %60, %63,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %65 = stablehlo.and %61, %64 : tensor<1x32x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %67 = stablehlo.select %65, %58, %66 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %68 = stablehlo.reduce(%67 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %70 = stablehlo.subtract %67, %69 : tensor<1x32x2x64xf32>
    %71 = stablehlo.exponential %70 : tensor<1x32x2x64xf32>
    %72 = stablehlo.reduce(%71 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %74 = stablehlo.divide %71, %73 : tensor<1x32x2x64xf32>
    %75 = stablehlo.dot_general %74, %55, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %76 = stablehlo.transpose %75, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %77 = stablehlo.reshape %76 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %78 = stablehlo.dot_general %77, %arg10, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %79 = stablehlo.add %11, %78 : tensor<32x16xf32>
    %80 = stablehlo.multiply %79, %79 : tensor<32x16xf32>
    %81 = stablehlo.reduce(%80 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %82 = stablehlo.divide %81, %14 : tensor<32xf32>
    %83 = stablehlo.add %82, %16 : tensor<32xf32>
    %84 = stablehlo.rsqrt %83 : tensor<32xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %86 = stablehlo.multiply %79, %85 : tensor<32x16xf32>
    %87 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %88 = stablehlo.multiply %86, %87 : tensor<32x16xf32>
    %89 = stablehlo.dot_general %88, %arg12, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %90 = stablehlo.dot_general %88, %arg13, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %91 = stablehlo.logistic %89 : tensor<32x32xf32>
    %92 = stablehlo.multiply %89, %91 : tensor<32x32xf32>
    %93 = stablehlo.multiply %92, %90 : tensor<32x32xf32>
    %94 = stablehlo.dot_general %93, %arg14, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %95 = stablehlo.add %79, %94 : tensor<32x16xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<32x16xf32>
    %97 = stablehlo.reduce(%96 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %98 = stablehlo.divide %97, %14 : tensor<32xf32>
    %99 = stablehlo.add %98, %16 : tensor<32xf32>
    %100 = stablehlo.rsqrt %99 : tensor<32xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %102 = stablehlo.multiply %95, %101 : tensor<32x16xf32>
    %103 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<32x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %105 = stablehlo.dot_general %104, %arg16, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %106 = stablehlo.dot_general %104, %arg17, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %107 = stablehlo.dot_general %104, %arg18, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %108 = stablehlo.reshape %105 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %109 = stablehlo.slice %108 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %110 = stablehlo.slice %108 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %111 = stablehlo.negate %110 : tensor<32x2x4xf32>
    %112 = stablehlo.concatenate %111, %109, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %113 = stablehlo.multiply %108, %31 : tensor<32x2x8xf32>
    %114 = stablehlo.multiply %112, %32 : tensor<32x2x8xf32>
    %115 = stablehlo.add %113, %114 : tensor<32x2x8xf32>
    %116 = stablehlo.reshape %106 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %117 = stablehlo.slice %116 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %118 = stablehlo.slice %116 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %119 = stablehlo.negate %118 : tensor<32x1x4xf32>
    %120 = stablehlo.concatenate %119, %117, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %121 = stablehlo.multiply %116, %41 : tensor<32x1x8xf32>
    %122 = stablehlo.multiply %120, %42 : tensor<32x1x8xf32>
    %123 = stablehlo.add %121, %122 : tensor<32x1x8xf32>
    %124 = stablehlo.reshape %107 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %125 = stablehlo.reshape %123 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %126 = stablehlo.dynamic_update_slice %48, %125, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %127 = stablehlo.reshape %124 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %128 = stablehlo.dynamic_update_slice %50, %127, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %129 = stablehlo.slice %126 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %130 = stablehlo.slice %128 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %131 = stablehlo.reshape %115 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %132 = stablehlo.reshape %129 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %133 = stablehlo.reshape %130 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %134 = stablehlo.dot_general %131, %132, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %135 = stablehlo.multiply %134, %57 : tensor<1x32x2x64xf32>
    %136 = stablehlo.select %65, %135, %66 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %137 = stablehlo.reduce(%136 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %139 = stablehlo.subtract %136, %138 : tensor<1x32x2x64xf32>
    %140 = stablehlo.exponential %139 : tensor<1x32x2x64xf32>
    %141 = stablehlo.reduce(%140 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %143 = stablehlo.divide %140, %142 : tensor<1x32x2x64xf32>
    %144 = stablehlo.dot_general %143, %133, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %145 = stablehlo.transpose %144, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %146 = stablehlo.reshape %145 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %147 = stablehlo.dot_general %146, %arg19, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %148 = stablehlo.add %95, %147 : tensor<32x16xf32>
    %149 = stablehlo.multiply %148, %148 : tensor<32x16xf32>
    %150 = stablehlo.reduce(%149 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %151 = stablehlo.divide %150, %14 : tensor<32xf32>
    %152 = stablehlo.add %151, %16 : tensor<32xf32>
    %153 = stablehlo.rsqrt %152 : tensor<32xf32>
    %154 = stablehlo.broadcast_in_dim %153, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %155 = stablehlo.multiply %148, %154 : tensor<32x16xf32>
    %156 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %157 = stablehlo.multiply %155, %156 : tensor<32x16xf32>
    %158 = stablehlo.dot_general %157, %arg21, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %159 = stablehlo.dot_general %157, %arg22, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %160 = stablehlo.logistic %158 : tensor<32x32xf32>
    %161 = stablehlo.multiply %158, %160 : tensor<32x32xf32>
    %162 = stablehlo.multiply %161, %159 : tensor<32x32xf32>
    %163 = stablehlo.dot_general %162, %arg23, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %164 = stablehlo.add %148, %163 : tensor<32x16xf32>
    %165 = stablehlo.subtract %arg2, %c_1 : tensor<i32>
    %166 = stablehlo.dynamic_slice %164, %165, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %167 = stablehlo.multiply %166, %166 : tensor<1x16xf32>
    %168 = stablehlo.reduce(%167 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %169 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %170 = stablehlo.divide %168, %169 : tensor<1xf32>
    %171 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %172 = stablehlo.add %170, %171 : tensor<1xf32>
    %173 = stablehlo.rsqrt %172 : tensor<1xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %175 = stablehlo.multiply %166, %174 : tensor<1x16xf32>
    %176 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %177 = stablehlo.multiply %175, %176 : tensor<1x16xf32>
    %178 = stablehlo.dot_general %177, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %179 = stablehlo.reshape %178 : (tensor<1x32xf32>) -> tensor<32xf32>
    %180 = stablehlo.iota dim = 0 : tensor<32xi32>
    %181:2 = stablehlo.reduce(%179 init: %cst_4), (%180 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg26: tensor<f32>, %arg28: tensor<f32>) (%arg27: tensor<i32>, %arg29: tensor<i32>)  {
      %182 = stablehlo.compare  GT, %arg26, %arg28,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %183 = stablehlo.compare  NE, %arg26, %arg26,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %184 = stablehlo.or %182, %183 : tensor<i1>
      %185 = stablehlo.compare  EQ, %arg26, %arg28,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %186 = stablehlo.compare  LT, %arg27, %arg29,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %187 = stablehlo.and %185, %186 : tensor<i1>
      %188 = stablehlo.or %184, %187 : tensor<i1>
      %189 = stablehlo.select %184, %arg26, %arg28 : tensor<i1>, tensor<f32>
      %190 = stablehlo.select %188, %arg27, %arg29 : tensor<i1>, tensor<i32>
      stablehlo.return %189, %190 : tensor<f32>, tensor<i32>
    }
    return %181#1, %126, %128 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
