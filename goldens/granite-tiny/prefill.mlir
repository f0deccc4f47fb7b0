// emit arch=granite-tiny graph=prefill precision=f32 capacity=64 chunk=32 quant=none
module @prefill {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg16: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg17: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg18: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg19: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg20: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg21: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg22: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg23: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg24: tensor<16xf32> loc("model.norm.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 1.000000e-01, 0.00999999977, 1.000000e-03]> : tensor<4xf32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<32x4xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<32x4xf32>
    %6 = stablehlo.cosine %5 : tensor<32x4xf32>
    %7 = stablehlo.sine %5 : tensor<32x4xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x8xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x8xf32>
    %10 = stablehlo.reshape %arg0 : (tensor<32xi32>) -> tensor<32x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<32x1xi32>) -> tensor<32x16xf32>
    %cst_0 = stablehlo.constant dense<1.200000e+01> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<32x16xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<32x16xf32>
    %14 = stablehlo.multiply %13, %13 : tensor<32x16xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.reduce(%14 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_2 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %17 = stablehlo.divide %15, %16 : tensor<32xf32>
    %cst_3 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %19 = stablehlo.add %17, %18 : tensor<32xf32>
    %20 = stablehlo.rsqrt %19 : tensor<32xf32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %22 = stablehlo.multiply %13, %21 : tensor<32x16xf32>
    %23 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %24 = stablehlo.multiply %22, %23 : tensor<32x16xf32>
    %25 = stablehlo.dot_general %24, %arg7, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %26 = stablehlo.dot_general %24, %arg8, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %27 = stablehlo.dot_general %24, %arg9, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %28 = stablehlo.reshape %25 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %29 = stablehlo.slice %28 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %30 = stablehlo.slice %28 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %31 = stablehlo.negate %30 : tensor<32x2x4xf32>
    %32 = stablehlo.concatenate %31, %29, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %33 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %34 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %35 = stablehlo.multiply %28, %33 : tensor<32x2x8xf32>
    %36 = stablehlo.multiply %32, %34 : tensor<32x2x8xf32>
    %37 = stablehlo.add %35, %36 : tensor<32x2x8xf32>
    %38 = stablehlo.reshape %26 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %39 = stablehlo.slice %38 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %40 = stablehlo.slice %38 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %41 = stablehlo.negate %40 : tensor<32x1x4xf32>
    %42 = stablehlo.concatenate %41, %39, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %43 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %44 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %45 = stablehlo.multiply %38, %43 : tensor<32x1x8xf32>
    %46 = stablehlo.multiply %42, %44 : tensor<32x1x8xf32>
    %47 = stablehlo.add %45, %46 : tensor<32x1x8xf32>
    %48 = stablehlo.reshape %27 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %49 = stablehlo.reshape %47 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %50 = stablehlo.dynamic_update_slice %arg3, %49, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %51 = stablehlo.reshape %48 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %52 = stablehlo.dynamic_update_slice %arg4, %51, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %53 = stablehlo.slice %50 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %54 = stablehlo.slice %52 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %55 = stablehlo.reshape %37 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %56 = stablehlo.reshape %53 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %57 = stablehlo.reshape %54 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %58 = stablehlo.dot_general %55, %56, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %cst_4 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %60 = stablehlo.multiply %58, %59 : tensor<1x32x2x64xf32>
    %61 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<1x32x2x64xi32>
    %62 = stablehlo.iota dim = 3 : tensor<1x32x2x64xi32>
    %63 = stablehlo.compare  LE, %62, %61,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %65 = stablehlo.select %63, %60, %64 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %66 = stablehlo.reduce(%65 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %67 = stablehlo.broadcast_in_dim %66, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %68 = stablehlo.subtract %65, %67 : tensor<1x32x2x64xf32>
    %69 = stablehlo.exponential %68 : tensor<1x32x2x64xf32>
    %70 = stablehlo.reduce(%69 init: %cst_1) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %72 = stablehlo.divide %69, %71 : tensor<1x32x2x64xf32>
    %73 = stablehlo.dot_general %72, %57, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %74 = stablehlo.transpose %73, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %75 = stablehlo.reshape %74 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %76 = stablehlo.dot_general %75, %arg10, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %cst_6 = stablehlo.constant dense<2.200000e-01> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<32x16xf32>
    %78 = stablehlo.multiply %76, %77 : tensor<32x16xf32>
    %79 = stablehlo.add %13, %78 : tensor<32x16xf32>
    %80 = stablehlo.multiply %79, %79 : tensor<32x16xf32>
    %81 = stablehlo.reduce(%80 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %82 = stablehlo.divide %81, %16 : tensor<32xf32>
    %83 = stablehlo.add %82, %18 : tensor<32xf32>
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
    %95 = stablehlo.multiply %94, %77 : tensor<32x16xf32>
    %96 = stablehlo.add %79, %95 : tensor<32x16xf32>
    %97 = stablehlo.multiply %96, %96 : tensor<32x16xf32>
    %98 = stablehlo.reduce(%97 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %99 = stablehlo.divide %98, %16 : tensor<32xf32>
    %100 = stablehlo.add %99, %18 : tensor<32xf32>
    %101 = stablehlo.rsqrt %100 : tensor<32xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %103 = stablehlo.multiply %96, %102 : tensor<32x16xf32>
    %104 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %105 = stablehlo.multiply %103, %104 : tensor<32x16xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %106 = stablehlo.dot_general %105, %arg16, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %107 = stablehlo.dot_general %105, %arg17, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %108 = stablehlo.dot_general %105, %arg18, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %109 = stablehlo.reshape %106 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %110 = stablehlo.slice %109 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %111 = stablehlo.slice %109 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %112 = stablehlo.negate %111 : tensor<32x2x4xf32>
    %113 = stablehlo.concatenate %112, %110, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %114 = stablehlo.multiply %109, %33 : tensor<32x2x8xf32>
    %115 = stablehlo.multiply %113, %34 : tensor<32x2x8xf32>
    %116 = stablehlo.add %114, %115 : tensor<32x2x8xf32>
    %117 = stablehlo.reshape %107 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %118 = stablehlo.slice %117 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %119 = stablehlo.slice %117 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %120 = stablehlo.negate %119 : tensor<32x1x4xf32>
    %121 = stablehlo.concatenate %120, %118, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %122 = stablehlo.multiply %117, %43 : tensor<32x1x8xf32>
    %123 = stablehlo.multiply %121, %44 : tensor<32x1x8xf32>
    %124 = stablehlo.add %122, %123 : tensor<32x1x8xf32>
    %125 = stablehlo.reshape %108 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %126 = stablehlo.reshape %124 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %127 = stablehlo.dynamic_update_slice %50, %126, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %128 = stablehlo.reshape %125 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %129 = stablehlo.dynamic_update_slice %52, %128, %c_0, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %130 = stablehlo.slice %127 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %131 = stablehlo.slice %129 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %132 = stablehlo.reshape %116 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %133 = stablehlo.reshape %130 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %134 = stablehlo.reshape %131 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %135 = stablehlo.dot_general %132, %133, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %136 = stablehlo.multiply %135, %59 : tensor<1x32x2x64xf32>
    %137 = stablehlo.select %63, %136, %64 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %138 = stablehlo.reduce(%137 init: %cst_5) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %140 = stablehlo.subtract %137, %139 : tensor<1x32x2x64xf32>
    %141 = stablehlo.exponential %140 : tensor<1x32x2x64xf32>
    %142 = stablehlo.reduce(%141 init: %cst_1) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %144 = stablehlo.divide %141, %143 : tensor<1x32x2x64xf32>
    %145 = stablehlo.dot_general %144, %134, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %146 = stablehlo.transpose %145, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %147 = stablehlo.reshape %146 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %148 = stablehlo.dot_general %147, %arg19, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %149 = stablehlo.multiply %148, %77 : tensor<32x16xf32>
    %150 = stablehlo.add %96, %149 : tensor<32x16xf32>
    %151 = stablehlo.multiply %150, %150 : tensor<32x16xf32>
    %152 = stablehlo.reduce(%151 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %153 = stablehlo.divide %152, %16 : tensor<32xf32>
    %154 = stablehlo.add %153, %18 : tensor<32xf32>
    %155 = stablehlo.rsqrt %154 : tensor<32xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %157 = stablehlo.multiply %150, %156 : tensor<32x16xf32>
    %158 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %159 = stablehlo.multiply %157, %158 : tensor<32x16xf32>
    %160 = stablehlo.dot_general %159, %arg21, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %161 = stablehlo.dot_general %159, %arg22, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %162 = stablehlo.logistic %160 : tensor<32x32xf32>
    %163 = stablehlo.multiply %160, %162 : tensor<32x32xf32>
    %164 = stablehlo.multiply %163, %161 : tensor<32x32xf32>
    %165 = stablehlo.dot_general %164, %arg23, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %166 = stablehlo.multiply %165, %77 : tensor<32x16xf32>
    %167 = stablehlo.add %150, %166 : tensor<32x16xf32>
    %168 = stablehlo.subtract %arg2, %c_0 : tensor<i32>
    %169 = stablehlo.dynamic_slice %167, %168, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %170 = stablehlo.multiply %169, %169 : tensor<1x16xf32>
    %171 = stablehlo.reduce(%170 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %172 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %173 = stablehlo.divide %171, %172 : tensor<1xf32>
    %174 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %175 = stablehlo.add %173, %174 : tensor<1xf32>
    %176 = stablehlo.rsqrt %175 : tensor<1xf32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %178 = stablehlo.multiply %169, %177 : tensor<1x16xf32>
    %179 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<1x16xf32>
    %181 = stablehlo.dot_general %180, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %cst_7 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %182 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %183 = stablehlo.divide %181, %182 : tensor<1x32xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x32xf32>) -> tensor<32xf32>
    %185 = stablehlo.iota dim = 0 : tensor<32xi32>
    %186:2 = stablehlo.reduce(%184 init: %cst_5), (%185 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg25: tensor<f32>, %arg27: tensor<f32>) (%arg26: tensor<i32>, %arg28: tensor<i32>)  {
      %187 = stablehlo.compare  GT, %arg25, %arg27,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %188 = stablehlo.compare  NE, %arg25, %arg25,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %189 = stablehlo.or %187, %188 : tensor<i1>
      %190 = stablehlo.compare  EQ, %arg25, %arg27,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %191 = stablehlo.compare  LT, %arg26, %arg28,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %192 = stablehlo.and %190, %191 : tensor<i1>
      %193 = stablehlo.or %189, %192 : tensor<i1>
      %194 = stablehlo.select %189, %arg25, %arg27 : tensor<i1>, tensor<f32>
      %195 = stablehlo.select %193, %arg26, %arg28 : tensor<i1>, tensor<i32>
      stablehlo.return %194, %195 : tensor<f32>, tensor<i32>
    }
    return %186#1, %127, %129 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
