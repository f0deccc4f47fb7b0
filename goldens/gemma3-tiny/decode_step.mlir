// emit arch=gemma3-tiny graph=decode_step precision=f32 capacity=64 batch=1 quant=none
module @decode_step {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<8xf32> loc("model.layers.0.self_attn.q_norm.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_norm.weight"), %arg12: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg13: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg14: tensor<16xf32> loc("model.layers.0.pre_feedforward_layernorm.weight"), %arg15: tensor<32x16xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg16: tensor<32x16xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg17: tensor<16x32xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg18: tensor<16xf32> loc("model.layers.0.post_feedforward_layernorm.weight"), %arg19: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg20: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg21: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg22: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg23: tensor<8xf32> loc("model.layers.1.self_attn.q_norm.weight"), %arg24: tensor<8xf32> loc("model.layers.1.self_attn.k_norm.weight"), %arg25: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg26: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg27: tensor<16xf32> loc("model.layers.1.pre_feedforward_layernorm.weight"), %arg28: tensor<32x16xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg29: tensor<32x16xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg30: tensor<16x32xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg31: tensor<16xf32> loc("model.layers.1.post_feedforward_layernorm.weight"), %arg32: tensor<16xf32> loc("model.norm.weight")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 1.000000e-01, 0.00999999977, 1.000000e-03]> : tensor<4xf32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<1x4xf32>
    %7 = stablehlo.cosine %6 : tensor<1x4xf32>
    %8 = stablehlo.sine %6 : tensor<1x4xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %cst_0 = stablehlo.constant dense<[1.000000e+00, 0.0316227749, 1.000000e-03, 3.16227779E-5]> : tensor<4xf32>
    %11 = stablehlo.broadcast_in_dim %cst_0, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %12 = stablehlo.multiply %4, %11 : tensor<1x4xf32>
    %13 = stablehlo.cosine %12 : tensor<1x4xf32>
    %14 = stablehlo.sine %12 : tensor<1x4xf32>
    %15 = stablehlo.concatenate %13, %13, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %16 = stablehlo.concatenate %14, %14, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %17 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %18 = "stablehlo.gather"(%arg5, %17) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<1x1xi32>) -> tensor<1x16xf32>
    %cst_1 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %20 = stablehlo.multiply %18, %19 : tensor<1x16xf32>
    %21 = stablehlo.multiply %20, %20 : tensor<1x16xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %22 = stablehlo.reduce(%21 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_3 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %24 = stablehlo.divide %22, %23 : tensor<1xf32>
    %cst_4 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %26 = stablehlo.add %24, %25 : tensor<1xf32>
    %27 = stablehlo.rsqrt %26 : tensor<1xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %29 = stablehlo.multiply %20, %28 : tensor<1x16xf32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %31 = stablehlo.add %arg6, %30 : tensor<16xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %33 = stablehlo.multiply %29, %32 : tensor<1x16xf32>
    %34 = stablehlo.dot_general %33, %arg7, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %35 = stablehlo.dot_general %33, %arg8, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %36 = stablehlo.dot_general %33, %arg9, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %37 = stablehlo.reshape %34 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %38 = stablehlo.multiply %37, %37 : tensor<1x2x8xf32>
    %39 = stablehlo.reduce(%38 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<1x2x8xf32>, tensor<f32>) -> tensor<1x2xf32>
    %cst_6 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x2xf32>
    %41 = stablehlo.divide %39, %40 : tensor<1x2xf32>
    %42 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x2xf32>
    %43 = stablehlo.add %41, %42 : tensor<1x2xf32>
    %44 = stablehlo.rsqrt %43 : tensor<1x2xf32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [0, 1] : (tensor<1x2xf32>) -> tensor<1x2x8xf32>
    %46 = stablehlo.multiply %37, %45 : tensor<1x2x8xf32>
    %47 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %48 = stablehlo.add %arg10, %47 : tensor<8xf32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [2] : (tensor<8xf32>) -> tensor<1x2x8xf32>
    %50 = stablehlo.multiply %46, %49 : tensor<1x2x8xf32>
    %51 = stablehlo.slice %50 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %52 = stablehlo.slice %50 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %53 = stablehlo.negate %52 : tensor<1x2x4xf32>
    %54 = stablehlo.concatenate %53, %51, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %55 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %56 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %57 = stablehlo.multiply %50, %55 : tensor<1x2x8xf32>
    %58 = stablehlo.multiply %54, %56 : tensor<1x2x8xf32>
    %59 = stablehlo.add %57, %58 : tensor<1x2x8xf32>
    %60 = stablehlo.reshape %35 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %61 = stablehlo.multiply %60, %60 : tensor<1x1x8xf32>
    %62 = stablehlo.reduce(%61 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<1x1x8xf32>, tensor<f32>) -> tensor<1x1xf32>
    %63 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %64 = stablehlo.divide %62, %63 : tensor<1x1xf32>
    %65 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %66 = stablehlo.add %64, %65 : tensor<1x1xf32>
    %67 = stablehlo.rsqrt %66 : tensor<1x1xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x8xf32>
    %69 = stablehlo.multiply %60, %68 : tensor<1x1x8xf32>
    %70 = stablehlo.add %arg11, %47 : tensor<8xf32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [2] : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %72 = stablehlo.multiply %69, %71 : tensor<1x1x8xf32>
    %73 = stablehlo.slice %72 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %74 = stablehlo.slice %72 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %75 = stablehlo.negate %74 : tensor<1x1x4xf32>
    %76 = stablehlo.concatenate %75, %73, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %77 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %78 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %79 = stablehlo.multiply %72, %77 : tensor<1x1x8xf32>
    %80 = stablehlo.multiply %76, %78 : tensor<1x1x8xf32>
    %81 = stablehlo.add %79, %80 : tensor<1x1x8xf32>
    %82 = stablehlo.reshape %36 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %83 = stablehlo.reshape %81 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %84 = stablehlo.dynamic_update_slice %arg3, %83, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %85 = stablehlo.reshape %82 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %86 = stablehlo.dynamic_update_slice %arg4, %85, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %87 = stablehlo.slice %84 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %88 = stablehlo.slice %86 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %89 = stablehlo.reshape %59 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %90 = stablehlo.dot_general %89, %87, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_7 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %92 = stablehlo.multiply %90, %91 : tensor<1x1x2x64xf32>
    %93 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %94 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %95 = stablehlo.compare  LE, %94, %93,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %96 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x1x2x64xi32>
    %97 = stablehlo.subtract %93, %96 : tensor<1x1x2x64xi32>
    %98 = stablehlo.compare  GT, %94, %97,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %99 = stablehlo.and %95, %98 : tensor<1x1x2x64xi1>
    %cst_8 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %100 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %101 = stablehlo.select %99, %92, %100 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %102 = stablehlo.reduce(%101 init: %cst_8) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %104 = stablehlo.subtract %101, %103 : tensor<1x1x2x64xf32>
    %105 = stablehlo.exponential %104 : tensor<1x1x2x64xf32>
    %106 = stablehlo.reduce(%105 init: %cst_2) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %108 = stablehlo.divide %105, %107 : tensor<1x1x2x64xf32>
    %109 = stablehlo.dot_general %108, %88, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %110 = stablehlo.reshape %109 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %111 = stablehlo.dot_general %110, %arg12, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %112 = stablehlo.multiply %111, %111 : tensor<1x16xf32>
    %113 = stablehlo.reduce(%112 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %114 = stablehlo.divide %113, %23 : tensor<1xf32>
    %115 = stablehlo.add %114, %25 : tensor<1xf32>
    %116 = stablehlo.rsqrt %115 : tensor<1xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %118 = stablehlo.multiply %111, %117 : tensor<1x16xf32>
    %119 = stablehlo.add %arg13, %30 : tensor<16xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %121 = stablehlo.multiply %118, %120 : tensor<1x16xf32>
    %122 = stablehlo.add %20, %121 : tensor<1x16xf32>
    %123 = stablehlo.multiply %122, %122 : tensor<1x16xf32>
    %124 = stablehlo.reduce(%123 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %125 = stablehlo.divide %124, %23 : tensor<1xf32>
    %126 = stablehlo.add %125, %25 : tensor<1xf32>
    %127 = stablehlo.rsqrt %126 : tensor<1xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %129 = stablehlo.multiply %122, %128 : tensor<1x16xf32>
    %130 = stablehlo.add %arg14, %30 : tensor<16xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<1x16xf32>
    %133 = stablehlo.dot_general %132, %arg15, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %134 = stablehlo.dot_general %132, %arg16, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %135 = stablehlo.multiply %133, %133 : tensor<1x32xf32>
    %136 = stablehlo.multiply %135, %133 : tensor<1x32xf32>
    %cst_9 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %138 = stablehlo.multiply %137, %136 : tensor<1x32xf32>
    %139 = stablehlo.add %133, %138 : tensor<1x32xf32>
    %cst_10 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %141 = stablehlo.multiply %140, %139 : tensor<1x32xf32>
    %142 = stablehlo.tanh %141 : tensor<1x32xf32>
    %143 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %144 = stablehlo.add %143, %142 : tensor<1x32xf32>
    %cst_11 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %146 = stablehlo.multiply %145, %133 : tensor<1x32xf32>
    %147 = stablehlo.multiply %146, %144 : tensor<1x32xf32>
    %148 = stablehlo.multiply %147, %134 : tensor<1x32xf32>
    %149 = stablehlo.dot_general %148, %arg17, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %150 = stablehlo.multiply %149, %149 : tensor<1x16xf32>
    %151 = stablehlo.reduce(%150 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %152 = stablehlo.divide %151, %23 : tensor<1xf32>
    %153 = stablehlo.add %152, %25 : tensor<1xf32>
    %154 = stablehlo.rsqrt %153 : tensor<1xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %156 = stablehlo.multiply %149, %155 : tensor<1x16xf32>
    %157 = stablehlo.add %arg18, %30 : tensor<16xf32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %159 = stablehlo.multiply %156, %158 : tensor<1x16xf32>
    %160 = stablehlo.add %122, %159 : tensor<1x16xf32>
    %161 = stablehlo.multiply %160, %160 : tensor<1x16xf32>
    %162 = stablehlo.reduce(%161 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %163 = stablehlo.divide %162, %23 : tensor<1xf32>
    %164 = stablehlo.add %163, %25 : tensor<1xf32>
    %165 = stablehlo.rsqrt %164 : tensor<1xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %167 = stablehlo.multiply %160, %166 : tensor<1x16xf32>
    %168 = stablehlo.add %arg19, %30 : tensor<16xf32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %170 = stablehlo.multiply %167, %169 : tensor<1x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %171 = stablehlo.dot_general %170, %arg20, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %172 = stablehlo.dot_general %170, %arg21, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %173 = stablehlo.dot_general %170, %arg22, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %174 = stablehlo.reshape %171 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %175 = stablehlo.multiply %174, %174 : tensor<1x2x8xf32>
    %176 = stablehlo.reduce(%175 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<1x2x8xf32>, tensor<f32>) -> tensor<1x2xf32>
    %177 = stablehlo.divide %176, %40 : tensor<1x2xf32>
    %178 = stablehlo.add %177, %42 : tensor<1x2xf32>
    %179 = stablehlo.rsqrt %178 : tensor<1x2xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1] : (tensor<1x2xf32>) -> tensor<1x2x8xf32>
    %181 = stablehlo.multiply %174, %180 : tensor<1x2x8xf32>
    %182 = stablehlo.add %arg23, %47 : tensor<8xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [2] : (tensor<8xf32>) -> tensor<1x2x8xf32>
    %184 = stablehlo.multiply %181, %183 : tensor<1x2x8xf32>
    %185 = stablehlo.slice %184 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %186 = stablehlo.slice %184 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %187 = stablehlo.negate %186 : tensor<1x2x4xf32>
    %188 = stablehlo.concatenate %187, %185, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %189 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %190 = stablehlo.broadcast_in_dim %16, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %191 = stablehlo.multiply %184, %189 : tensor<1x2x8xf32>
    %192 = stablehlo.multiply %188, %190 : tensor<1x2x8xf32>
    %193 = stablehlo.add %191, %192 : tensor<1x2x8xf32>
    %194 = stablehlo.reshape %172 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %195 = stablehlo.multiply %194, %194 : tensor<1x1x8xf32>
    %196 = stablehlo.reduce(%195 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<1x1x8xf32>, tensor<f32>) -> tensor<1x1xf32>
    %197 = stablehlo.divide %196, %63 : tensor<1x1xf32>
    %198 = stablehlo.add %197, %65 : tensor<1x1xf32>
    %199 = stablehlo.rsqrt %198 : tensor<1x1xf32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x8xf32>
    %201 = stablehlo.multiply %194, %200 : tensor<1x1x8xf32>
    %202 = stablehlo.add %arg24, %47 : tensor<8xf32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [2] : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %204 = stablehlo.multiply %201, %203 : tensor<1x1x8xf32>
    %205 = stablehlo.slice %204 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %206 = stablehlo.slice %204 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %207 = stablehlo.negate %206 : tensor<1x1x4xf32>
    %208 = stablehlo.concatenate %207, %205, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %209 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %210 = stablehlo.broadcast_in_dim %16, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %211 = stablehlo.multiply %204, %209 : tensor<1x1x8xf32>
    %212 = stablehlo.multiply %208, %210 : tensor<1x1x8xf32>
    %213 = stablehlo.add %211, %212 : tensor<1x1x8xf32>
    %214 = stablehlo.reshape %173 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %215 = stablehlo.reshape %213 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %216 = stablehlo.dynamic_update_slice %84, %215, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %217 = stablehlo.reshape %214 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %218 = stablehlo.dynamic_update_slice %86, %217, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %219 = stablehlo.slice %216 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %220 = stablehlo.slice %218 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %221 = stablehlo.reshape %193 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %222 = stablehlo.dot_general %221, %219, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %223 = stablehlo.multiply %222, %91 : tensor<1x1x2x64xf32>
    %224 = stablehlo.select %95, %223, %100 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %225 = stablehlo.reduce(%224 init: %cst_8) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %227 = stablehlo.subtract %224, %226 : tensor<1x1x2x64xf32>
    %228 = stablehlo.exponential %227 : tensor<1x1x2x64xf32>
    %229 = stablehlo.reduce(%228 init: %cst_2) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %231 = stablehlo.divide %228, %230 : tensor<1x1x2x64xf32>
    %232 = stablehlo.dot_general %231, %220, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %233 = stablehlo.reshape %232 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %234 = stablehlo.dot_general %233, %arg25, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %235 = stablehlo.multiply %234, %234 : tensor<1x16xf32>
    %236 = stablehlo.reduce(%235 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %237 = stablehlo.divide %236, %23 : tensor<1xf32>
    %238 = stablehlo.add %237, %25 : tensor<1xf32>
    %239 = stablehlo.rsqrt %238 : tensor<1xf32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %241 = stablehlo.multiply %234, %240 : tensor<1x16xf32>
    %242 = stablehlo.add %arg26, %30 : tensor<16xf32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %244 = stablehlo.multiply %241, %243 : tensor<1x16xf32>
    %245 = stablehlo.add %160, %244 : tensor<1x16xf32>
    %246 = stablehlo.multiply %245, %245 : tensor<1x16xf32>
    %247 = stablehlo.reduce(%246 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %248 = stablehlo.divide %247, %23 : tensor<1xf32>
    %249 = stablehlo.add %248, %25 : tensor<1xf32>
    %250 = stablehlo.rsqrt %249 : tensor<1xf32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %252 = stablehlo.multiply %245, %251 : tensor<1x16xf32>
    %253 = stablehlo.add %arg27, %30 : tensor<16xf32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %255 = stablehlo.multiply %252, %254 : tensor<1x16xf32>
    %256 = stablehlo.dot_general %255, %arg28, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %257 = stablehlo.dot_general %255, %arg29, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %258 = stablehlo.multiply %256, %256 : tensor<1x32xf32>
    %259 = stablehlo.multiply %258, %256 : tensor<1x32xf32>
    %260 = stablehlo.multiply %137, %259 : tensor<1x32xf32>
    %261 = stablehlo.add %256, %260 : tensor<1x32xf32>
    %262 = stablehlo.multiply %140, %261 : tensor<1x32xf32>
    %263 = stablehlo.tanh %262 : tensor<1x32xf32>
    %264 = stablehlo.add %143, %263 : tensor<1x32xf32>
    %265 = stablehlo.multiply %145, %256 : tensor<1x32xf32>
    %266 = stablehlo.multiply %265, %264 : tensor<1x32xf32>
    %267 = stablehlo.multiply %266, %257 : tensor<1x32xf32>
    %268 = stablehlo.dot_general %267, %arg30, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %269 = stablehlo.multiply %268, %268 : tensor<1x16xf32>
    %270 = stablehlo.reduce(%269 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %271 = stablehlo.divide %270, %23 : tensor<1xf32>
    %272 = stablehlo.add %271, %25 : tensor<1xf32>
    %273 = stablehlo.rsqrt %272 : tensor<1xf32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %275 = stablehlo.multiply %268, %274 : tensor<1x16xf32>
    %276 = stablehlo.add %arg31, %30 : tensor<16xf32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %278 = stablehlo.multiply %275, %277 : tensor<1x16xf32>
    %279 = stablehlo.add %245, %278 : tensor<1x16xf32>
    %280 = stablehlo.multiply %279, %279 : tensor<1x16xf32>
    %281 = stablehlo.reduce(%280 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %282 = stablehlo.divide %281, %23 : tensor<1xf32>
    %283 = stablehlo.add %282, %25 : tensor<1xf32>
    %284 = stablehlo.rsqrt %283 : tensor<1xf32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %286 = stablehlo.multiply %279, %285 : tensor<1x16xf32>
    %287 = stablehlo.add %arg32, %30 : tensor<16xf32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %289 = stablehlo.multiply %286, %288 : tensor<1x16xf32>
    %290 = stablehlo.dot_general %289, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %291 = stablehlo.reshape %290 : (tensor<1x32xf32>) -> tensor<32xf32>
    %292 = stablehlo.iota dim = 0 : tensor<32xi32>
    %293:2 = stablehlo.reduce(%291 init: %cst_8), (%292 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg33: tensor<f32>, %arg35: tensor<f32>) (%arg34: tensor<i32>, %arg36: tensor<i32>)  {
      %294 = stablehlo.compare  GT, %arg33, %arg35,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %295 = stablehlo.compare  NE, %arg33, %arg33,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %296 = stablehlo.or %294, %295 : tensor<i1>
      %297 = stablehlo.compare  EQ, %arg33, %arg35,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %298 = stablehlo.compare  LT, %arg34, %arg36,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %299 = stablehlo.and %297, %298 : tensor<i1>
      %300 = stablehlo.or %296, %299 : tensor<i1>
      %301 = stablehlo.select %296, %arg33, %arg35 : tensor<i1>, tensor<f32>
      %302 = stablehlo.select %300, %arg34, %arg36 : tensor<i1>, tensor<i32>
      stablehlo.return %301, %302 : tensor<f32>, tensor<i32>
    }
    return %293#1, %216, %218 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
