// emit arch=exaone-tiny graph=decode_step precision=f32 capacity=64 batch=1 quant=none
module @decode_step {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("transformer.wte.weight"), %arg6: tensor<16xf32> loc("transformer.h.0.ln_1.weight"), %arg7: tensor<16x16xf32> loc("transformer.h.0.attn.attention.q_proj.weight"), %arg8: tensor<8x16xf32> loc("transformer.h.0.attn.attention.k_proj.weight"), %arg9: tensor<8x16xf32> loc("transformer.h.0.attn.attention.v_proj.weight"), %arg10: tensor<16x16xf32> loc("transformer.h.0.attn.attention.out_proj.weight"), %arg11: tensor<16xf32> loc("transformer.h.0.ln_2.weight"), %arg12: tensor<32x16xf32> loc("transformer.h.0.mlp.c_fc_0.weight"), %arg13: tensor<32x16xf32> loc("transformer.h.0.mlp.c_fc_1.weight"), %arg14: tensor<16x32xf32> loc("transformer.h.0.mlp.c_proj.weight"), %arg15: tensor<16xf32> loc("transformer.h.1.ln_1.weight"), %arg16: tensor<16x16xf32> loc("transformer.h.1.attn.attention.q_proj.weight"), %arg17: tensor<8x16xf32> loc("transformer.h.1.attn.attention.k_proj.weight"), %arg18: tensor<8x16xf32> loc("transformer.h.1.attn.attention.v_proj.weight"), %arg19: tensor<16x16xf32> loc("transformer.h.1.attn.attention.out_proj.weight"), %arg20: tensor<16xf32> loc("transformer.h.1.ln_2.weight"), %arg21: tensor<32x16xf32> loc("transformer.h.1.mlp.c_fc_0.weight"), %arg22: tensor<32x16xf32> loc("transformer.h.1.mlp.c_fc_1.weight"), %arg23: tensor<16x32xf32> loc("transformer.h.1.mlp.c_proj.weight"), %arg24: tensor<16xf32> loc("transformer.ln_f.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0316227749, 2.13607549E-4, 3.95284724E-6]> : tensor<4xf32>
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
    %83 = stablehlo.dot_general %82, %arg12, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %84 = stablehlo.dot_general %82, %arg13, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %85 = stablehlo.logistic %83 : tensor<1x32xf32>
    %86 = stablehlo.multiply %83, %85 : tensor<1x32xf32>
    %87 = stablehlo.multiply %86, %84 : tensor<1x32xf32>
    %88 = stablehlo.dot_general %87, %arg14, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %89 = stablehlo.add %73, %88 : tensor<1x16xf32>
    %90 = stablehlo.multiply %89, %89 : tensor<1x16xf32>
    %91 = stablehlo.reduce(%90 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %92 = stablehlo.divide %91, %15 : tensor<1xf32>
    %93 = stablehlo.add %92, %17 : tensor<1xf32>
    %94 = stablehlo.rsqrt %93 : tensor<1xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %96 = stablehlo.multiply %89, %95 : tensor<1x16xf32>
    %97 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %98 = stablehlo.multiply %96, %97 : tensor<1x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %99 = stablehlo.dot_general %98, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %100 = stablehlo.dot_general %98, %arg17, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %101 = stablehlo.dot_general %98, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %102 = stablehlo.reshape %99 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %103 = stablehlo.slice %102 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %104 = stablehlo.slice %102 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %105 = stablehlo.negate %104 : tensor<1x2x4xf32>
    %106 = stablehlo.concatenate %105, %103, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %107 = stablehlo.multiply %102, %32 : tensor<1x2x8xf32>
    %108 = stablehlo.multiply %106, %33 : tensor<1x2x8xf32>
    %109 = stablehlo.add %107, %108 : tensor<1x2x8xf32>
    %110 = stablehlo.reshape %100 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %111 = stablehlo.slice %110 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %112 = stablehlo.slice %110 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %113 = stablehlo.negate %112 : tensor<1x1x4xf32>
    %114 = stablehlo.concatenate %113, %111, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %115 = stablehlo.multiply %110, %42 : tensor<1x1x8xf32>
    %116 = stablehlo.multiply %114, %43 : tensor<1x1x8xf32>
    %117 = stablehlo.add %115, %116 : tensor<1x1x8xf32>
    %118 = stablehlo.reshape %101 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %119 = stablehlo.reshape %117 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %120 = stablehlo.dynamic_update_slice %49, %119, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %121 = stablehlo.reshape %118 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %122 = stablehlo.dynamic_update_slice %51, %121, %c_0, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %123 = stablehlo.slice %120 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %124 = stablehlo.slice %122 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %125 = stablehlo.reshape %109 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %126 = stablehlo.dot_general %125, %123, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %127 = stablehlo.multiply %126, %56 : tensor<1x1x2x64xf32>
    %128 = stablehlo.select %60, %127, %61 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %129 = stablehlo.reduce(%128 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %131 = stablehlo.subtract %128, %130 : tensor<1x1x2x64xf32>
    %132 = stablehlo.exponential %131 : tensor<1x1x2x64xf32>
    %133 = stablehlo.reduce(%132 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %135 = stablehlo.divide %132, %134 : tensor<1x1x2x64xf32>
    %136 = stablehlo.dot_general %135, %124, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %137 = stablehlo.reshape %136 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %138 = stablehlo.dot_general %137, %arg19, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %139 = stablehlo.add %89, %138 : tensor<1x16xf32>
    %140 = stablehlo.multiply %139, %139 : tensor<1x16xf32>
    %141 = stablehlo.reduce(%140 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %142 = stablehlo.divide %141, %15 : tensor<1xf32>
    %143 = stablehlo.add %142, %17 : tensor<1xf32>
    %144 = stablehlo.rsqrt %143 : tensor<1xf32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %146 = stablehlo.multiply %139, %145 : tensor<1x16xf32>
    %147 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %148 = stablehlo.multiply %146, %147 : tensor<1x16xf32>
    %149 = stablehlo.dot_general %148, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %150 = stablehlo.dot_general %148, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %151 = stablehlo.logistic %149 : tensor<1x32xf32>
    %152 = stablehlo.multiply %149, %151 : tensor<1x32xf32>
    %153 = stablehlo.multiply %152, %150 : tensor<1x32xf32>
    %154 = stablehlo.dot_general %153, %arg23, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %155 = stablehlo.add %139, %154 : tensor<1x16xf32>
    %156 = stablehlo.multiply %155, %155 : tensor<1x16xf32>
    %157 = stablehlo.reduce(%156 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %158 = stablehlo.divide %157, %15 : tensor<1xf32>
    %159 = stablehlo.add %158, %17 : tensor<1xf32>
    %160 = stablehlo.rsqrt %159 : tensor<1xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %162 = stablehlo.multiply %155, %161 : tensor<1x16xf32>
    %163 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %164 = stablehlo.multiply %162, %163 : tensor<1x16xf32>
    %165 = stablehlo.dot_general %164, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %166 = stablehlo.reshape %165 : (tensor<1x32xf32>) -> tensor<32xf32>
    %167 = stablehlo.iota dim = 0 : tensor<32xi32>
    %168:2 = stablehlo.reduce(%166 init: %cst_4), (%167 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg25: tensor<f32>, %arg27: tensor<f32>) (%arg26: tensor<i32>, %arg28: tensor<i32>)  {
      %169 = stablehlo.compare  GT, %arg25, %arg27,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %170 = stablehlo.compare  NE, %arg25, %arg25,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %171 = stablehlo.or %169, %170 : tensor<i1>
      %172 = stablehlo.compare  EQ, %arg25, %arg27,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %173 = stablehlo.compare  LT, %arg26, %arg28,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %174 = stablehlo.and %172, %173 : tensor<i1>
      %175 = stablehlo.or %171, %174 : tensor<i1>
      %176 = stablehlo.select %171, %arg25, %arg27 : tensor<i1>, tensor<f32>
      %177 = stablehlo.select %175, %arg26, %arg28 : tensor<i1>, tensor<i32>
      stablehlo.return %176, %177 : tensor<f32>, tensor<i32>
    }
    return %168#1, %120, %122 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
