// emit arch=exaone-tiny graph=prefill precision=f32 capacity=64 chunk=32 quant=none
module @prefill {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("transformer.wte.weight"), %arg6: tensor<16xf32> loc("transformer.h.0.ln_1.weight"), %arg7: tensor<16x16xf32> loc("transformer.h.0.attn.attention.q_proj.weight"), %arg8: tensor<8x16xf32> loc("transformer.h.0.attn.attention.k_proj.weight"), %arg9: tensor<8x16xf32> loc("transformer.h.0.attn.attention.v_proj.weight"), %arg10: tensor<16x16xf32> loc("transformer.h.0.attn.attention.out_proj.weight"), %arg11: tensor<16xf32> loc("transformer.h.0.ln_2.weight"), %arg12: tensor<32x16xf32> loc("transformer.h.0.mlp.c_fc_0.weight"), %arg13: tensor<32x16xf32> loc("transformer.h.0.mlp.c_fc_1.weight"), %arg14: tensor<16x32xf32> loc("transformer.h.0.mlp.c_proj.weight"), %arg15: tensor<16xf32> loc("transformer.h.1.ln_1.weight"), %arg16: tensor<16x16xf32> loc("transformer.h.1.attn.attention.q_proj.weight"), %arg17: tensor<8x16xf32> loc("transformer.h.1.attn.attention.k_proj.weight"), %arg18: tensor<8x16xf32> loc("transformer.h.1.attn.attention.v_proj.weight"), %arg19: tensor<16x16xf32> loc("transformer.h.1.attn.attention.out_proj.weight"), %arg20: tensor<16xf32> loc("transformer.h.1.ln_2.weight"), %arg21: tensor<32x16xf32> loc("transformer.h.1.mlp.c_fc_0.weight"), %arg22: tensor<32x16xf32> loc("transformer.h.1.mlp.c_fc_1.weight"), %arg23: tensor<16x32xf32> loc("transformer.h.1.mlp.c_proj.weight"), %arg24: tensor<16xf32> loc("transformer.ln_f.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0316227749, 2.13607549E-4, 3.95284724E-6]> : tensor<4xf32>
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
    %85 = stablehlo.dot_general %84, %arg12, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %86 = stablehlo.dot_general %84, %arg13, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %87 = stablehlo.logistic %85 : tensor<32x32xf32>
    %88 = stablehlo.multiply %85, %87 : tensor<32x32xf32>
    %89 = stablehlo.multiply %88, %86 : tensor<32x32xf32>
    %90 = stablehlo.dot_general %89, %arg14, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %91 = stablehlo.add %75, %90 : tensor<32x16xf32>
    %92 = stablehlo.multiply %91, %91 : tensor<32x16xf32>
    %93 = stablehlo.reduce(%92 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %94 = stablehlo.divide %93, %14 : tensor<32xf32>
    %95 = stablehlo.add %94, %16 : tensor<32xf32>
    %96 = stablehlo.rsqrt %95 : tensor<32xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %98 = stablehlo.multiply %91, %97 : tensor<32x16xf32>
    %99 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %100 = stablehlo.multiply %98, %99 : tensor<32x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %101 = stablehlo.dot_general %100, %arg16, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %102 = stablehlo.dot_general %100, %arg17, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %103 = stablehlo.dot_general %100, %arg18, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %104 = stablehlo.reshape %101 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %105 = stablehlo.slice %104 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %106 = stablehlo.slice %104 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %107 = stablehlo.negate %106 : tensor<32x2x4xf32>
    %108 = stablehlo.concatenate %107, %105, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %109 = stablehlo.multiply %104, %31 : tensor<32x2x8xf32>
    %110 = stablehlo.multiply %108, %32 : tensor<32x2x8xf32>
    %111 = stablehlo.add %109, %110 : tensor<32x2x8xf32>
    %112 = stablehlo.reshape %102 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %113 = stablehlo.slice %112 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %114 = stablehlo.slice %112 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %115 = stablehlo.negate %114 : tensor<32x1x4xf32>
    %116 = stablehlo.concatenate %115, %113, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %117 = stablehlo.multiply %112, %41 : tensor<32x1x8xf32>
    %118 = stablehlo.multiply %116, %42 : tensor<32x1x8xf32>
    %119 = stablehlo.add %117, %118 : tensor<32x1x8xf32>
    %120 = stablehlo.reshape %103 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %121 = stablehlo.reshape %119 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %122 = stablehlo.dynamic_update_slice %48, %121, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %123 = stablehlo.reshape %120 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %124 = stablehlo.dynamic_update_slice %50, %123, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %125 = stablehlo.slice %122 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %126 = stablehlo.slice %124 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %127 = stablehlo.reshape %111 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %128 = stablehlo.reshape %125 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %129 = stablehlo.reshape %126 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %130 = stablehlo.dot_general %127, %128, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %131 = stablehlo.multiply %130, %57 : tensor<1x32x2x64xf32>
    %132 = stablehlo.select %61, %131, %62 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %133 = stablehlo.reduce(%132 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %135 = stablehlo.subtract %132, %134 : tensor<1x32x2x64xf32>
    %136 = stablehlo.exponential %135 : tensor<1x32x2x64xf32>
    %137 = stablehlo.reduce(%136 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %139 = stablehlo.divide %136, %138 : tensor<1x32x2x64xf32>
    %140 = stablehlo.dot_general %139, %129, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %141 = stablehlo.transpose %140, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %142 = stablehlo.reshape %141 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %143 = stablehlo.dot_general %142, %arg19, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %144 = stablehlo.add %91, %143 : tensor<32x16xf32>
    %145 = stablehlo.multiply %144, %144 : tensor<32x16xf32>
    %146 = stablehlo.reduce(%145 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %147 = stablehlo.divide %146, %14 : tensor<32xf32>
    %148 = stablehlo.add %147, %16 : tensor<32xf32>
    %149 = stablehlo.rsqrt %148 : tensor<32xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %151 = stablehlo.multiply %144, %150 : tensor<32x16xf32>
    %152 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %153 = stablehlo.multiply %151, %152 : tensor<32x16xf32>
    %154 = stablehlo.dot_general %153, %arg21, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %155 = stablehlo.dot_general %153, %arg22, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %156 = stablehlo.logistic %154 : tensor<32x32xf32>
    %157 = stablehlo.multiply %154, %156 : tensor<32x32xf32>
    %158 = stablehlo.multiply %157, %155 : tensor<32x32xf32>
    %159 = stablehlo.dot_general %158, %arg23, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %160 = stablehlo.add %144, %159 : tensor<32x16xf32>
    %161 = stablehlo.subtract %arg2, %c_0 : tensor<i32>
    %162 = stablehlo.dynamic_slice %160, %161, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %163 = stablehlo.multiply %162, %162 : tensor<1x16xf32>
    %164 = stablehlo.reduce(%163 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %165 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %166 = stablehlo.divide %164, %165 : tensor<1xf32>
    %167 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %168 = stablehlo.add %166, %167 : tensor<1xf32>
    %169 = stablehlo.rsqrt %168 : tensor<1xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %171 = stablehlo.multiply %162, %170 : tensor<1x16xf32>
    %172 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %173 = stablehlo.multiply %171, %172 : tensor<1x16xf32>
    %174 = stablehlo.dot_general %173, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x32xf32>) -> tensor<32xf32>
    %176 = stablehlo.iota dim = 0 : tensor<32xi32>
    %177:2 = stablehlo.reduce(%175 init: %cst_4), (%176 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg25: tensor<f32>, %arg27: tensor<f32>) (%arg26: tensor<i32>, %arg28: tensor<i32>)  {
      %178 = stablehlo.compare  GT, %arg25, %arg27,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %179 = stablehlo.compare  NE, %arg25, %arg25,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %180 = stablehlo.or %178, %179 : tensor<i1>
      %181 = stablehlo.compare  EQ, %arg25, %arg27,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %182 = stablehlo.compare  LT, %arg26, %arg28,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %183 = stablehlo.and %181, %182 : tensor<i1>
      %184 = stablehlo.or %180, %183 : tensor<i1>
      %185 = stablehlo.select %180, %arg25, %arg27 : tensor<i1>, tensor<f32>
      %186 = stablehlo.select %184, %arg26, %arg28 : tensor<i1>, tensor<i32>
      stablehlo.return %185, %186 : tensor<f32>, tensor<i32>
    }
    return %177#1, %122, %124 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
