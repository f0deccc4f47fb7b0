// emit arch=exaone-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("transformer.wte.weight"), %arg6: tensor<16xf32> loc("transformer.h.0.ln_1.weight"), %arg7: tensor<16x16xf32> loc("transformer.h.0.attn.attention.q_proj.weight"), %arg8: tensor<8x16xf32> loc("transformer.h.0.attn.attention.k_proj.weight"), %arg9: tensor<8x16xf32> loc("transformer.h.0.attn.attention.v_proj.weight"), %arg10: tensor<16x16xf32> loc("transformer.h.0.attn.attention.out_proj.weight"), %arg11: tensor<16xf32> loc("transformer.h.0.ln_2.weight"), %arg12: tensor<32x16xf32> loc("transformer.h.0.mlp.c_fc_0.weight"), %arg13: tensor<32x16xf32> loc("transformer.h.0.mlp.c_fc_1.weight"), %arg14: tensor<16x32xf32> loc("transformer.h.0.mlp.c_proj.weight"), %arg15: tensor<16xf32> loc("transformer.h.1.ln_1.weight"), %arg16: tensor<16x16xf32> loc("transformer.h.1.attn.attention.q_proj.weight"), %arg17: tensor<8x16xf32> loc("transformer.h.1.attn.attention.k_proj.weight"), %arg18: tensor<8x16xf32> loc("transformer.h.1.attn.attention.v_proj.weight"), %arg19: tensor<16x16xf32> loc("transformer.h.1.attn.attention.out_proj.weight"), %arg20: tensor<16xf32> loc("transformer.h.1.ln_2.weight"), %arg21: tensor<32x16xf32> loc("transformer.h.1.mlp.c_fc_0.weight"), %arg22: tensor<32x16xf32> loc("transformer.h.1.mlp.c_fc_1.weight"), %arg23: tensor<16x32xf32> loc("transformer.h.1.mlp.c_proj.weight"), %arg24: tensor<16xf32> loc("transformer.ln_f.weight")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %cst = stablehlo.constant dense<[1.000000e+00, 0.0316227749, 2.13607549E-4, 3.95284724E-6]> : tensor<4xf32>
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
    %110 = stablehlo.dot_general %109, %arg12, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %111 = stablehlo.dot_general %109, %arg13, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %112 = stablehlo.logistic %110 : tensor<4x32xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<4x32xf32>
    %114 = stablehlo.multiply %113, %111 : tensor<4x32xf32>
    %115 = stablehlo.dot_general %114, %arg14, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %116 = stablehlo.add %100, %115 : tensor<4x16xf32>
    %117 = stablehlo.multiply %116, %116 : tensor<4x16xf32>
    %118 = stablehlo.reduce(%117 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %119 = stablehlo.divide %118, %20 : tensor<4xf32>
    %120 = stablehlo.add %119, %22 : tensor<4xf32>
    %121 = stablehlo.rsqrt %120 : tensor<4xf32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %123 = stablehlo.multiply %116, %122 : tensor<4x16xf32>
    %124 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %125 = stablehlo.multiply %123, %124 : tensor<4x16xf32>
    %126 = stablehlo.dot_general %125, %arg16, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %127 = stablehlo.dot_general %125, %arg17, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %128 = stablehlo.dot_general %125, %arg18, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %129 = stablehlo.reshape %126 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %130 = stablehlo.slice %129 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %131 = stablehlo.slice %129 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %132 = stablehlo.negate %131 : tensor<4x2x4xf32>
    %133 = stablehlo.concatenate %132, %130, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %134 = stablehlo.multiply %129, %37 : tensor<4x2x8xf32>
    %135 = stablehlo.multiply %133, %38 : tensor<4x2x8xf32>
    %136 = stablehlo.add %134, %135 : tensor<4x2x8xf32>
    %137 = stablehlo.reshape %127 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %138 = stablehlo.slice %137 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %139 = stablehlo.slice %137 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %140 = stablehlo.negate %139 : tensor<4x1x4xf32>
    %141 = stablehlo.concatenate %140, %138, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %142 = stablehlo.multiply %137, %47 : tensor<4x1x8xf32>
    %143 = stablehlo.multiply %141, %48 : tensor<4x1x8xf32>
    %144 = stablehlo.add %142, %143 : tensor<4x1x8xf32>
    %145 = stablehlo.reshape %128 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %146 = stablehlo.slice %144 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %147 = stablehlo.slice %145 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %148 = stablehlo.reshape %146 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %149 = stablehlo.dynamic_update_slice %74, %148, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %150 = stablehlo.reshape %147 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %151 = stablehlo.dynamic_update_slice %76, %150, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %152 = stablehlo.slice %144 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %153 = stablehlo.slice %145 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %154 = stablehlo.reshape %152 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %155 = stablehlo.dynamic_update_slice %149, %154, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %156 = stablehlo.reshape %153 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %157 = stablehlo.dynamic_update_slice %151, %156, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %158 = stablehlo.slice %144 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %159 = stablehlo.slice %145 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %160 = stablehlo.reshape %158 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %161 = stablehlo.dynamic_update_slice %155, %160, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %162 = stablehlo.reshape %159 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %163 = stablehlo.dynamic_update_slice %157, %162, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %164 = stablehlo.slice %144 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %165 = stablehlo.slice %145 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %166 = stablehlo.reshape %164 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %167 = stablehlo.dynamic_update_slice %161, %166, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %168 = stablehlo.reshape %165 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %169 = stablehlo.dynamic_update_slice %163, %168, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %170 = stablehlo.slice %167 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %171 = stablehlo.reshape %170 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %172 = stablehlo.slice %169 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %174 = stablehlo.reshape %136 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %175 = stablehlo.dot_general %174, %171, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %176 = stablehlo.multiply %175, %83 : tensor<4x1x2x64xf32>
    %177 = stablehlo.select %87, %176, %88 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %178 = stablehlo.reduce(%177 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %180 = stablehlo.subtract %177, %179 : tensor<4x1x2x64xf32>
    %181 = stablehlo.exponential %180 : tensor<4x1x2x64xf32>
    %182 = stablehlo.reduce(%181 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %184 = stablehlo.divide %181, %183 : tensor<4x1x2x64xf32>
    %185 = stablehlo.dot_general %184, %173, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %186 = stablehlo.reshape %185 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %187 = stablehlo.dot_general %186, %arg19, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %188 = stablehlo.add %116, %187 : tensor<4x16xf32>
    %189 = stablehlo.multiply %188, %188 : tensor<4x16xf32>
    %190 = stablehlo.reduce(%189 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %191 = stablehlo.divide %190, %20 : tensor<4xf32>
    %192 = stablehlo.add %191, %22 : tensor<4xf32>
    %193 = stablehlo.rsqrt %192 : tensor<4xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %195 = stablehlo.multiply %188, %194 : tensor<4x16xf32>
    %196 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %197 = stablehlo.multiply %195, %196 : tensor<4x16xf32>
    %198 = stablehlo.dot_general %197, %arg21, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %199 = stablehlo.dot_general %197, %arg22, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %200 = stablehlo.logistic %198 : tensor<4x32xf32>
    %201 = stablehlo.multiply %198, %200 : tensor<4x32xf32>
    %202 = stablehlo.multiply %201, %199 : tensor<4x32xf32>
    %203 = stablehlo.dot_general %202, %arg23, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %204 = stablehlo.add %188, %203 : tensor<4x16xf32>
    %205 = stablehlo.multiply %204, %204 : tensor<4x16xf32>
    %206 = stablehlo.reduce(%205 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %207 = stablehlo.divide %206, %20 : tensor<4xf32>
    %208 = stablehlo.add %207, %22 : tensor<4xf32>
    %209 = stablehlo.rsqrt %208 : tensor<4xf32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %211 = stablehlo.multiply %204, %210 : tensor<4x16xf32>
    %212 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %213 = stablehlo.multiply %211, %212 : tensor<4x16xf32>
    %214 = stablehlo.dot_general %213, %arg5, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %215 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %216:2 = stablehlo.reduce(%214 init: %cst_4), (%215 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg25: tensor<f32>, %arg27: tensor<f32>) (%arg26: tensor<i32>, %arg28: tensor<i32>)  {
      %217 = stablehlo.compare  GT, %arg25, %arg27,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %218 = stablehlo.compare  NE, %arg25, %arg25,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %219 = stablehlo.or %217, %218 : tensor<i1>
      %220 = stablehlo.compare  EQ, %arg25, %arg27,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %221 = stablehlo.compare  LT, %arg26, %arg28,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %222 = stablehlo.and %220, %221 : tensor<i1>
      %223 = stablehlo.or %219, %222 : tensor<i1>
      %224 = stablehlo.select %219, %arg25, %arg27 : tensor<i1>, tensor<f32>
      %225 = stablehlo.select %223, %arg26, %arg28 : tensor<i1>, tensor<i32>
      stablehlo.return %224, %225 : tensor<f32>, tensor<i32>
    }
    return %216#1, %167, %169 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
