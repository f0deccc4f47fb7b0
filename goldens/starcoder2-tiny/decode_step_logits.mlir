// emit arch=starcoder2-tiny graph=decode_step_logits precision=f32 capacity=64 batch=1 quant=none
module @decode_step_logits {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16xf32> loc("model.layers.0.input_layernorm.bias"), %arg8: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg9: tensor<16xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg10: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg12: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg13: tensor<8xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg14: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.0.self_attn.o_proj.bias"), %arg16: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg17: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.bias"), %arg18: tensor<32x16xf32> loc("model.layers.0.mlp.c_fc.weight"), %arg19: tensor<32xf32> loc("model.layers.0.mlp.c_fc.bias"), %arg20: tensor<16x32xf32> loc("model.layers.0.mlp.c_proj.weight"), %arg21: tensor<16xf32> loc("model.layers.0.mlp.c_proj.bias"), %arg22: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg23: tensor<16xf32> loc("model.layers.1.input_layernorm.bias"), %arg24: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg25: tensor<16xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg26: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg27: tensor<8xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg28: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg29: tensor<8xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg30: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg31: tensor<16xf32> loc("model.layers.1.self_attn.o_proj.bias"), %arg32: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg33: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.bias"), %arg34: tensor<32x16xf32> loc("model.layers.1.mlp.c_fc.weight"), %arg35: tensor<32xf32> loc("model.layers.1.mlp.c_fc.bias"), %arg36: tensor<16x32xf32> loc("model.layers.1.mlp.c_proj.weight"), %arg37: tensor<16xf32> loc("model.layers.1.mlp.c_proj.bias"), %arg38: tensor<16xf32> loc("model.norm.weight"), %arg39: tensor<16xf32> loc("model.norm.bias")) -> (tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
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
    %11 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %12 = "stablehlo.gather"(%arg5, %11) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<1x1xi32>) -> tensor<1x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%12 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %15 = stablehlo.divide %13, %14 : tensor<1xf32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %17 = stablehlo.subtract %12, %16 : tensor<1x16xf32>
    %18 = stablehlo.multiply %17, %17 : tensor<1x16xf32>
    %19 = stablehlo.reduce(%18 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %20 = stablehlo.divide %19, %14 : tensor<1xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %22 = stablehlo.add %20, %21 : tensor<1xf32>
    %23 = stablehlo.rsqrt %22 : tensor<1xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %25 = stablehlo.multiply %17, %24 : tensor<1x16xf32>
    %26 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %27 = stablehlo.multiply %25, %26 : tensor<1x16xf32>
    %28 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %29 = stablehlo.add %27, %28 : tensor<1x16xf32>
    %30 = stablehlo.dot_general %29, %arg8, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %31 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %32 = stablehlo.add %30, %31 : tensor<1x16xf32>
    %33 = stablehlo.dot_general %29, %arg10, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %34 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %35 = stablehlo.add %33, %34 : tensor<1x8xf32>
    %36 = stablehlo.dot_general %29, %arg12, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %37 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %38 = stablehlo.add %36, %37 : tensor<1x8xf32>
    %39 = stablehlo.reshape %32 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %40 = stablehlo.slice %39 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %41 = stablehlo.slice %39 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %42 = stablehlo.negate %41 : tensor<1x2x4xf32>
    %43 = stablehlo.concatenate %42, %40, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %44 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %45 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x2x8xf32>
    %46 = stablehlo.multiply %39, %44 : tensor<1x2x8xf32>
    %47 = stablehlo.multiply %43, %45 : tensor<1x2x8xf32>
    %48 = stablehlo.add %46, %47 : tensor<1x2x8xf32>
    %49 = stablehlo.reshape %35 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %50 = stablehlo.slice %49 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %51 = stablehlo.slice %49 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %52 = stablehlo.negate %51 : tensor<1x1x4xf32>
    %53 = stablehlo.concatenate %52, %50, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %54 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %55 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %56 = stablehlo.multiply %49, %54 : tensor<1x1x8xf32>
    %57 = stablehlo.multiply %53, %55 : tensor<1x1x8xf32>
    %58 = stablehlo.add %56, %57 : tensor<1x1x8xf32>
    %59 = stablehlo.reshape %38 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %60 = stablehlo.reshape %58 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %61 = stablehlo.dynamic_update_slice %arg3, %60, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %62 = stablehlo.reshape %59 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %63 = stablehlo.dynamic_update_slice %arg4, %62, %c, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %64 = stablehlo.slice %61 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %65 = stablehlo.slice %63 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %66 = stablehlo.reshape %48 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %67 = stablehlo.dot_general %66, %64, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %69 = stablehlo.multiply %67, %68 : tensor<1x1x2x64xf32>
    %70 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x1x2x64xi32>
    %71 = stablehlo.iota dim = 3 : tensor<1x1x2x64xi32>
    %72 = stablehlo.compare  LE, %71, %70,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %73 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x1x2x64xi32>
    %74 = stablehlo.subtract %70, %73 : tensor<1x1x2x64xi32>
    %75 = stablehlo.compare  GT, %71, %74,  SIGNED : (tensor<1x1x2x64xi32>, tensor<1x1x2x64xi32>) -> tensor<1x1x2x64xi1>
    %76 = stablehlo.and %72, %75 : tensor<1x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x2x64xf32>
    %78 = stablehlo.select %76, %69, %77 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %79 = stablehlo.reduce(%78 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %81 = stablehlo.subtract %78, %80 : tensor<1x1x2x64xf32>
    %82 = stablehlo.exponential %81 : tensor<1x1x2x64xf32>
    %83 = stablehlo.reduce(%82 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %85 = stablehlo.divide %82, %84 : tensor<1x1x2x64xf32>
    %86 = stablehlo.dot_general %85, %65, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %87 = stablehlo.reshape %86 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %88 = stablehlo.dot_general %87, %arg14, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %89 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %90 = stablehlo.add %88, %89 : tensor<1x16xf32>
    %91 = stablehlo.add %12, %90 : tensor<1x16xf32>
    %92 = stablehlo.reduce(%91 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %93 = stablehlo.divide %92, %14 : tensor<1xf32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %95 = stablehlo.subtract %91, %94 : tensor<1x16xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<1x16xf32>
    %97 = stablehlo.reduce(%96 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %98 = stablehlo.divide %97, %14 : tensor<1xf32>
    %99 = stablehlo.add %98, %21 : tensor<1xf32>
    %100 = stablehlo.rsqrt %99 : tensor<1xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %102 = stablehlo.multiply %95, %101 : tensor<1x16xf32>
    %103 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<1x16xf32>
    %105 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %106 = stablehlo.add %104, %105 : tensor<1x16xf32>
    %107 = stablehlo.dot_general %106, %arg18, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %108 = stablehlo.broadcast_in_dim %arg19, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %109 = stablehlo.add %107, %108 : tensor<1x32xf32>
    %110 = stablehlo.multiply %109, %109 : tensor<1x32xf32>
    %111 = stablehlo.multiply %110, %109 : tensor<1x32xf32>
    %cst_5 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %112 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %113 = stablehlo.multiply %112, %111 : tensor<1x32xf32>
    %114 = stablehlo.add %109, %113 : tensor<1x32xf32>
    %cst_6 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %116 = stablehlo.multiply %115, %114 : tensor<1x32xf32>
    %117 = stablehlo.tanh %116 : tensor<1x32xf32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %118 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %119 = stablehlo.add %118, %117 : tensor<1x32xf32>
    %cst_8 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %120 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %121 = stablehlo.multiply %120, %109 : tensor<1x32xf32>
    %122 = stablehlo.multiply %121, %119 : tensor<1x32xf32>
    %123 = stablehlo.dot_general %122, %arg20, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %124 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %125 = stablehlo.add %123, %124 : tensor<1x16xf32>
    %126 = stablehlo.add %91, %125 : tensor<1x16xf32>
    %127 = stablehlo.reduce(%126 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %128 = stablehlo.divide %127, %14 : tensor<1xf32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %130 = stablehlo.subtract %126, %129 : tensor<1x16xf32>
    %131 = stablehlo.multiply %130, %130 : tensor<1x16xf32>
    %132 = stablehlo.reduce(%131 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %133 = stablehlo.divide %132, %14 : tensor<1xf32>
    %134 = stablehlo.add %133, %21 : tensor<1xf32>
    %135 = stablehlo.rsqrt %134 : tensor<1xf32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %137 = stablehlo.multiply %130, %136 : tensor<1x16xf32>
    %138 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %139 = stablehlo.multiply %137, %138 : tensor<1x16xf32>
    %140 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %141 = stablehlo.add %139, %140 : tensor<1x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %142 = stablehlo.dot_general %141, %arg24, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %143 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %144 = stablehlo.add %142, %143 : tensor<1x16xf32>
    %145 = stablehlo.dot_general %141, %arg26, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %146 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %147 = stablehlo.add %145, %146 : tensor<1x8xf32>
    %148 = stablehlo.dot_general %141, %arg28, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<8x16xf32>) -> tensor<1x8xf32>
    %149 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %150 = stablehlo.add %148, %149 : tensor<1x8xf32>
    %151 = stablehlo.reshape %144 : (tensor<1x16xf32>) -> tensor<1x2x8xf32>
    %152 = stablehlo.slice %151 [0:1, 0:2, 0:4] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %153 = stablehlo.slice %151 [0:1, 0:2, 4:8] : (tensor<1x2x8xf32>) -> tensor<1x2x4xf32>
    %154 = stablehlo.negate %153 : tensor<1x2x4xf32>
    %155 = stablehlo.concatenate %154, %152, dim = 2 : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x8xf32>
    %156 = stablehlo.multiply %151, %44 : tensor<1x2x8xf32>
    %157 = stablehlo.multiply %155, %45 : tensor<1x2x8xf32>
    %158 = stablehlo.add %156, %157 : tensor<1x2x8xf32>
    %159 = stablehlo.reshape %147 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %160 = stablehlo.slice %159 [0:1, 0:1, 0:4] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %161 = stablehlo.slice %159 [0:1, 0:1, 4:8] : (tensor<1x1x8xf32>) -> tensor<1x1x4xf32>
    %162 = stablehlo.negate %161 : tensor<1x1x4xf32>
    %163 = stablehlo.concatenate %162, %160, dim = 2 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %164 = stablehlo.multiply %159, %54 : tensor<1x1x8xf32>
    %165 = stablehlo.multiply %163, %55 : tensor<1x1x8xf32>
    %166 = stablehlo.add %164, %165 : tensor<1x1x8xf32>
    %167 = stablehlo.reshape %150 : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %168 = stablehlo.reshape %166 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %169 = stablehlo.dynamic_update_slice %61, %168, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %170 = stablehlo.reshape %167 : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %171 = stablehlo.dynamic_update_slice %63, %170, %c_1, %arg2, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %172 = stablehlo.slice %169 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %173 = stablehlo.slice %171 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %174 = stablehlo.reshape %158 : (tensor<1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %175 = stablehlo.dot_general %174, %172, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x1x2x8xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x64xf32>
    %176 = stablehlo.multiply %175, %68 : tensor<1x1x2x64xf32>
    %177 = stablehlo.select %76, %176, %77 : tensor<1x1x2x64xi1>, tensor<1x1x2x64xf32>
    %178 = stablehlo.reduce(%177 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %180 = stablehlo.subtract %177, %179 : tensor<1x1x2x64xf32>
    %181 = stablehlo.exponential %180 : tensor<1x1x2x64xf32>
    %182 = stablehlo.reduce(%181 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x64xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x64xf32>
    %184 = stablehlo.divide %181, %183 : tensor<1x1x2x64xf32>
    %185 = stablehlo.dot_general %184, %173, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x1x2x64xf32>, tensor<1x64x1x8xf32>) -> tensor<1x1x2x8xf32>
    %186 = stablehlo.reshape %185 : (tensor<1x1x2x8xf32>) -> tensor<1x16xf32>
    %187 = stablehlo.dot_general %186, %arg30, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<16x16xf32>) -> tensor<1x16xf32>
    %188 = stablehlo.broadcast_in_dim %arg31, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %189 = stablehlo.add %187, %188 : tensor<1x16xf32>
    %190 = stablehlo.add %126, %189 : tensor<1x16xf32>
    %191 = stablehlo.reduce(%190 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %192 = stablehlo.divide %191, %14 : tensor<1xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %194 = stablehlo.subtract %190, %193 : tensor<1x16xf32>
    %195 = stablehlo.multiply %194, %194 : tensor<1x16xf32>
    %196 = stablehlo.reduce(%195 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %197 = stablehlo.divide %196, %14 : tensor<1xf32>
    %198 = stablehlo.add %197, %21 : tensor<1xf32>
    %199 = stablehlo.rsqrt %198 : tensor<1xf32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %201 = stablehlo.multiply %194, %200 : tensor<1x16xf32>
    %202 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %203 = stablehlo.multiply %201, %202 : tensor<1x16xf32>
    %204 = stablehlo.broadcast_in_dim %arg33, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %205 = stablehlo.add %203, %204 : tensor<1x16xf32>
    %206 = stablehlo.dot_general %205, %arg34, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %207 = stablehlo.broadcast_in_dim %arg35, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %208 = stablehlo.add %206, %207 : tensor<1x32xf32>
    %209 = stablehlo.multiply %208, %208 : tensor<1x32xf32>
    %210 = stablehlo.multiply %209, %208 : tensor<1x32xf32>
    %211 = stablehlo.multiply %112, %210 : tensor<1x32xf32>
    %212 = stablehlo.add %208, %211 : tensor<1x32xf32>
    %213 = stablehlo.multiply %115, %212 : tensor<1x32xf32>
    %214 = stablehlo.tanh %213 : tensor<1x32xf32>
    %215 = stablehlo.add %118, %214 : tensor<1x32xf32>
    %216 = stablehlo.multiply %120, %208 : tensor<1x32xf32>
    %217 = stablehlo.multiply %216, %215 : tensor<1x32xf32>
    %218 = stablehlo.dot_general %217, %arg36, contracting_dims = [1] x [1] : (tensor<1x32xf32>, tensor<16x32xf32>) -> tensor<1x16xf32>
    %219 = stablehlo.broadcast_in_dim %arg37, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %220 = stablehlo.add %218, %219 : tensor<1x16xf32>
    %221 = stablehlo.add %190, %220 : tensor<1x16xf32>
    %222 = stablehlo.reduce(%221 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %223 = stablehlo.divide %222, %14 : tensor<1xf32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %225 = stablehlo.subtract %221, %224 : tensor<1x16xf32>
    %226 = stablehlo.multiply %225, %225 : tensor<1x16xf32>
    %227 = stablehlo.reduce(%226 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %228 = stablehlo.divide %227, %14 : tensor<1xf32>
    %229 = stablehlo.add %228, %21 : tensor<1xf32>
    %230 = stablehlo.rsqrt %229 : tensor<1xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %232 = stablehlo.multiply %225, %231 : tensor<1x16xf32>
    %233 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %234 = stablehlo.multiply %232, %233 : tensor<1x16xf32>
    %235 = stablehlo.broadcast_in_dim %arg39, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %236 = stablehlo.add %234, %235 : tensor<1x16xf32>
    %237 = stablehlo.dot_general %236, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %238 = stablehlo.reshape %237 : (tensor<1x32xf32>) -> tensor<32xf32>
    return %238, %169, %171 : tensor<32xf32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
