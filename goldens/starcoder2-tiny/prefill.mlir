// emit arch=starcoder2-tiny graph=prefill precision=f32 capacity=64 chunk=32 quant=none
module @prefill {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x64x1x8xf32> loc("kcache"), %arg4: tensor<2x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16xf32> loc("model.layers.0.input_layernorm.bias"), %arg8: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg9: tensor<16xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg10: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg12: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg13: tensor<8xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg14: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.0.self_attn.o_proj.bias"), %arg16: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg17: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.bias"), %arg18: tensor<32x16xf32> loc("model.layers.0.mlp.c_fc.weight"), %arg19: tensor<32xf32> loc("model.layers.0.mlp.c_fc.bias"), %arg20: tensor<16x32xf32> loc("model.layers.0.mlp.c_proj.weight"), %arg21: tensor<16xf32> loc("model.layers.0.mlp.c_proj.bias"), %arg22: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg23: tensor<16xf32> loc("model.layers.1.input_layernorm.bias"), %arg24: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg25: tensor<16xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg26: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg27: tensor<8xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg28: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg29: tensor<8xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg30: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg31: tensor<16xf32> loc("model.layers.1.self_attn.o_proj.bias"), %arg32: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg33: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.bias"), %arg34: tensor<32x16xf32> loc("model.layers.1.mlp.c_fc.weight"), %arg35: tensor<32xf32> loc("model.layers.1.mlp.c_fc.bias"), %arg36: tensor<16x32xf32> loc("model.layers.1.mlp.c_proj.weight"), %arg37: tensor<16xf32> loc("model.layers.1.mlp.c_proj.bias"), %arg38: tensor<16xf32> loc("model.norm.weight"), %arg39: tensor<16xf32> loc("model.norm.bias")) -> (tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>) {
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
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.reduce(%11 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %14 = stablehlo.divide %12, %13 : tensor<32xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %16 = stablehlo.subtract %11, %15 : tensor<32x16xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<32x16xf32>
    %18 = stablehlo.reduce(%17 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %19 = stablehlo.divide %18, %13 : tensor<32xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %21 = stablehlo.add %19, %20 : tensor<32xf32>
    %22 = stablehlo.rsqrt %21 : tensor<32xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %24 = stablehlo.multiply %16, %23 : tensor<32x16xf32>
    %25 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %26 = stablehlo.multiply %24, %25 : tensor<32x16xf32>
    %27 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %28 = stablehlo.add %26, %27 : tensor<32x16xf32>
    %29 = stablehlo.dot_general %28, %arg8, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %30 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %31 = stablehlo.add %29, %30 : tensor<32x16xf32>
    %32 = stablehlo.dot_general %28, %arg10, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %33 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %34 = stablehlo.add %32, %33 : tensor<32x8xf32>
    %35 = stablehlo.dot_general %28, %arg12, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %36 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %37 = stablehlo.add %35, %36 : tensor<32x8xf32>
    %38 = stablehlo.reshape %31 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %39 = stablehlo.slice %38 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %40 = stablehlo.slice %38 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %41 = stablehlo.negate %40 : tensor<32x2x4xf32>
    %42 = stablehlo.concatenate %41, %39, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %43 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %44 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x2x8xf32>
    %45 = stablehlo.multiply %38, %43 : tensor<32x2x8xf32>
    %46 = stablehlo.multiply %42, %44 : tensor<32x2x8xf32>
    %47 = stablehlo.add %45, %46 : tensor<32x2x8xf32>
    %48 = stablehlo.reshape %34 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %49 = stablehlo.slice %48 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %50 = stablehlo.slice %48 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %51 = stablehlo.negate %50 : tensor<32x1x4xf32>
    %52 = stablehlo.concatenate %51, %49, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %53 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %54 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %55 = stablehlo.multiply %48, %53 : tensor<32x1x8xf32>
    %56 = stablehlo.multiply %52, %54 : tensor<32x1x8xf32>
    %57 = stablehlo.add %55, %56 : tensor<32x1x8xf32>
    %58 = stablehlo.reshape %37 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %59 = stablehlo.reshape %57 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %60 = stablehlo.dynamic_update_slice %arg3, %59, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %61 = stablehlo.reshape %58 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %62 = stablehlo.dynamic_update_slice %arg4, %61, %c, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %63 = stablehlo.slice %60 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %64 = stablehlo.slice %62 [0:1, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %65 = stablehlo.reshape %47 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %66 = stablehlo.reshape %63 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %67 = stablehlo.reshape %64 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %68 = stablehlo.dot_general %65, %66, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %69 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %70 = stablehlo.multiply %68, %69 : tensor<1x32x2x64xf32>
    %71 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<1x32x2x64xi32>
    %72 = stablehlo.iota dim = 3 : tensor<1x32x2x64xi32>
    %73 = stablehlo.compare  LE, %72, %71,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %74 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x32x2x64xi32>
    %75 = stablehlo.subtract %71, %74 : tensor<1x32x2x64xi32>
    %76 = stablehlo.compare  GT, %72, %75,  SIGNED : (tensor<1x32x2x64xi32>, tensor<1x32x2x64xi32>) -> tensor<1x32x2x64xi1>
    %77 = stablehlo.and %73, %76 : tensor<1x32x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x32x2x64xf32>
    %79 = stablehlo.select %77, %70, %78 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %80 = stablehlo.reduce(%79 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %82 = stablehlo.subtract %79, %81 : tensor<1x32x2x64xf32>
    %83 = stablehlo.exponential %82 : tensor<1x32x2x64xf32>
    %84 = stablehlo.reduce(%83 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %86 = stablehlo.divide %83, %85 : tensor<1x32x2x64xf32>
    %87 = stablehlo.dot_general %86, %67, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %88 = stablehlo.transpose %87, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %89 = stablehlo.reshape %88 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %90 = stablehlo.dot_general %89, %arg14, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %91 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %92 = stablehlo.add %90, %91 : tensor<32x16xf32>
    %93 = stablehlo.add %11, %92 : tensor<32x16xf32>
    %94 = stablehlo.reduce(%93 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %95 = stablehlo.divide %94, %13 : tensor<32xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %97 = stablehlo.subtract %93, %96 : tensor<32x16xf32>
    %98 = stablehlo.multiply %97, %97 : tensor<32x16xf32>
    %99 = stablehlo.reduce(%98 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %100 = stablehlo.divide %99, %13 : tensor<32xf32>
    %101 = stablehlo.add %100, %20 : tensor<32xf32>
    %102 = stablehlo.rsqrt %101 : tensor<32xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %104 = stablehlo.multiply %97, %103 : tensor<32x16xf32>
    %105 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %106 = stablehlo.multiply %104, %105 : tensor<32x16xf32>
    %107 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %108 = stablehlo.add %106, %107 : tensor<32x16xf32>
    %109 = stablehlo.dot_general %108, %arg18, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %110 = stablehlo.broadcast_in_dim %arg19, dims = [1] : (tensor<32xf32>) -> tensor<32x32xf32>
    %111 = stablehlo.add %109, %110 : tensor<32x32xf32>
    %112 = stablehlo.multiply %111, %111 : tensor<32x32xf32>
    %113 = stablehlo.multiply %112, %111 : tensor<32x32xf32>
    %cst_5 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %114 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %115 = stablehlo.multiply %114, %113 : tensor<32x32xf32>
    %116 = stablehlo.add %111, %115 : tensor<32x32xf32>
    %cst_6 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %117 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %118 = stablehlo.multiply %117, %116 : tensor<32x32xf32>
    %119 = stablehlo.tanh %118 : tensor<32x32xf32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %120 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %121 = stablehlo.add %120, %119 : tensor<32x32xf32>
    %cst_8 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %122 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %123 = stablehlo.multiply %122, %111 : tensor<32x32xf32>
    %124 = stablehlo.multiply %123, %121 : tensor<32x32xf32>
    %125 = stablehlo.dot_general %124, %arg20, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %126 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %127 = stablehlo.add %125, %126 : tensor<32x16xf32>
    %128 = stablehlo.add %93, %127 : tensor<32x16xf32>
    %129 = stablehlo.reduce(%128 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %130 = stablehlo.divide %129, %13 : tensor<32xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %132 = stablehlo.subtract %128, %131 : tensor<32x16xf32>
    %133 = stablehlo.multiply %132, %132 : tensor<32x16xf32>
    %134 = stablehlo.reduce(%133 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %135 = stablehlo.divide %134, %13 : tensor<32xf32>
    %136 = stablehlo.add %135, %20 : tensor<32xf32>
    %137 = stablehlo.rsqrt %136 : tensor<32xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %139 = stablehlo.multiply %132, %138 : tensor<32x16xf32>
    %140 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %141 = stablehlo.multiply %139, %140 : tensor<32x16xf32>
    %142 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %143 = stablehlo.add %141, %142 : tensor<32x16xf32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %144 = stablehlo.dot_general %143, %arg24, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %145 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %146 = stablehlo.add %144, %145 : tensor<32x16xf32>
    %147 = stablehlo.dot_general %143, %arg26, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %148 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %149 = stablehlo.add %147, %148 : tensor<32x8xf32>
    %150 = stablehlo.dot_general %143, %arg28, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<8x16xf32>) -> tensor<32x8xf32>
    %151 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %152 = stablehlo.add %150, %151 : tensor<32x8xf32>
    %153 = stablehlo.reshape %146 : (tensor<32x16xf32>) -> tensor<32x2x8xf32>
    %154 = stablehlo.slice %153 [0:32, 0:2, 0:4] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %155 = stablehlo.slice %153 [0:32, 0:2, 4:8] : (tensor<32x2x8xf32>) -> tensor<32x2x4xf32>
    %156 = stablehlo.negate %155 : tensor<32x2x4xf32>
    %157 = stablehlo.concatenate %156, %154, dim = 2 : (tensor<32x2x4xf32>, tensor<32x2x4xf32>) -> tensor<32x2x8xf32>
    %158 = stablehlo.multiply %153, %43 : tensor<32x2x8xf32>
    %159 = stablehlo.multiply %157, %44 : tensor<32x2x8xf32>
    %160 = stablehlo.add %158, %159 : tensor<32x2x8xf32>
    %161 = stablehlo.reshape %149 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %162 = stablehlo.slice %161 [0:32, 0:1, 0:4] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %163 = stablehlo.slice %161 [0:32, 0:1, 4:8] : (tensor<32x1x8xf32>) -> tensor<32x1x4xf32>
    %164 = stablehlo.negate %163 : tensor<32x1x4xf32>
    %165 = stablehlo.concatenate %164, %162, dim = 2 : (tensor<32x1x4xf32>, tensor<32x1x4xf32>) -> tensor<32x1x8xf32>
    %166 = stablehlo.multiply %161, %53 : tensor<32x1x8xf32>
    %167 = stablehlo.multiply %165, %54 : tensor<32x1x8xf32>
    %168 = stablehlo.add %166, %167 : tensor<32x1x8xf32>
    %169 = stablehlo.reshape %152 : (tensor<32x8xf32>) -> tensor<32x1x8xf32>
    %170 = stablehlo.reshape %168 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %171 = stablehlo.dynamic_update_slice %60, %170, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %172 = stablehlo.reshape %169 : (tensor<32x1x8xf32>) -> tensor<1x32x1x8xf32>
    %173 = stablehlo.dynamic_update_slice %62, %172, %c_1, %1, %c, %c : (tensor<2x64x1x8xf32>, tensor<1x32x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x1x8xf32>
    %174 = stablehlo.slice %171 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %175 = stablehlo.slice %173 [1:2, 0:64, 0:1, 0:8] : (tensor<2x64x1x8xf32>) -> tensor<1x64x1x8xf32>
    %176 = stablehlo.reshape %160 : (tensor<32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %177 = stablehlo.reshape %174 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %178 = stablehlo.reshape %175 : (tensor<1x64x1x8xf32>) -> tensor<64x1x8xf32>
    %179 = stablehlo.dot_general %176, %177, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x1x2x8xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x64xf32>
    %180 = stablehlo.multiply %179, %69 : tensor<1x32x2x64xf32>
    %181 = stablehlo.select %77, %180, %78 : tensor<1x32x2x64xi1>, tensor<1x32x2x64xf32>
    %182 = stablehlo.reduce(%181 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %184 = stablehlo.subtract %181, %183 : tensor<1x32x2x64xf32>
    %185 = stablehlo.exponential %184 : tensor<1x32x2x64xf32>
    %186 = stablehlo.reduce(%185 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x32x2x64xf32>, tensor<f32>) -> tensor<1x32x2xf32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [0, 1, 2] : (tensor<1x32x2xf32>) -> tensor<1x32x2x64xf32>
    %188 = stablehlo.divide %185, %187 : tensor<1x32x2x64xf32>
    %189 = stablehlo.dot_general %188, %178, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<1x32x2x64xf32>, tensor<64x1x8xf32>) -> tensor<1x32x2x8xf32>
    %190 = stablehlo.transpose %189, dims = [1, 0, 2, 3] : (tensor<1x32x2x8xf32>) -> tensor<32x1x2x8xf32>
    %191 = stablehlo.reshape %190 : (tensor<32x1x2x8xf32>) -> tensor<32x16xf32>
    %192 = stablehlo.dot_general %191, %arg30, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<16x16xf32>) -> tensor<32x16xf32>
    %193 = stablehlo.broadcast_in_dim %arg31, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %194 = stablehlo.add %192, %193 : tensor<32x16xf32>
    %195 = stablehlo.add %128, %194 : tensor<32x16xf32>
    %196 = stablehlo.reduce(%195 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %197 = stablehlo.divide %196, %13 : tensor<32xf32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %199 = stablehlo.subtract %195, %198 : tensor<32x16xf32>
    %200 = stablehlo.multiply %199, %199 : tensor<32x16xf32>
    %201 = stablehlo.reduce(%200 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %202 = stablehlo.divide %201, %13 : tensor<32xf32>
    %203 = stablehlo.add %202, %20 : tensor<32xf32>
    %204 = stablehlo.rsqrt %203 : tensor<32xf32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %206 = stablehlo.multiply %199, %205 : tensor<32x16xf32>
    %207 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %208 = stablehlo.multiply %206, %207 : tensor<32x16xf32>
    %209 = stablehlo.broadcast_in_dim %arg33, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %210 = stablehlo.add %208, %209 : tensor<32x16xf32>
    %211 = stablehlo.dot_general %210, %arg34, contracting_dims = [1] x [1] : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x32xf32>
    %212 = stablehlo.broadcast_in_dim %arg35, dims = [1] : (tensor<32xf32>) -> tensor<32x32xf32>
    %213 = stablehlo.add %211, %212 : tensor<32x32xf32>
    %214 = stablehlo.multiply %213, %213 : tensor<32x32xf32>
    %215 = stablehlo.multiply %214, %213 : tensor<32x32xf32>
    %216 = stablehlo.multiply %114, %215 : tensor<32x32xf32>
    %217 = stablehlo.add %213, %216 : tensor<32x32xf32>
    %218 = stablehlo.multiply %117, %217 : tensor<32x32xf32>
    %219 = stablehlo.tanh %218 : tensor<32x32xf32>
    %220 = stablehlo.add %120, %219 : tensor<32x32xf32>
    %221 = stablehlo.multiply %122, %213 : tensor<32x32xf32>
    %222 = stablehlo.multiply %221, %220 : tensor<32x32xf32>
    %223 = stablehlo.dot_general %222, %arg36, contracting_dims = [1] x [1] : (tensor<32x32xf32>, tensor<16x32xf32>) -> tensor<32x16xf32>
    %224 = stablehlo.broadcast_in_dim %arg37, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %225 = stablehlo.add %223, %224 : tensor<32x16xf32>
    %226 = stablehlo.add %195, %225 : tensor<32x16xf32>
    %227 = stablehlo.subtract %arg2, %c_1 : tensor<i32>
    %228 = stablehlo.dynamic_slice %226, %227, %c, sizes = [1, 16] : (tensor<32x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %229 = stablehlo.reduce(%228 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %230 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %231 = stablehlo.divide %229, %230 : tensor<1xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %233 = stablehlo.subtract %228, %232 : tensor<1x16xf32>
    %234 = stablehlo.multiply %233, %233 : tensor<1x16xf32>
    %235 = stablehlo.reduce(%234 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x16xf32>, tensor<f32>) -> tensor<1xf32>
    %236 = stablehlo.divide %235, %230 : tensor<1xf32>
    %237 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %238 = stablehlo.add %236, %237 : tensor<1xf32>
    %239 = stablehlo.rsqrt %238 : tensor<1xf32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [0] : (tensor<1xf32>) -> tensor<1x16xf32>
    %241 = stablehlo.multiply %233, %240 : tensor<1x16xf32>
    %242 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %243 = stablehlo.multiply %241, %242 : tensor<1x16xf32>
    %244 = stablehlo.broadcast_in_dim %arg39, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %245 = stablehlo.add %243, %244 : tensor<1x16xf32>
    %246 = stablehlo.dot_general %245, %arg5, contracting_dims = [1] x [1] : (tensor<1x16xf32>, tensor<32x16xf32>) -> tensor<1x32xf32>
    %247 = stablehlo.reshape %246 : (tensor<1x32xf32>) -> tensor<32xf32>
    %248 = stablehlo.iota dim = 0 : tensor<32xi32>
    %249:2 = stablehlo.reduce(%247 init: %cst_4), (%248 init: %c) across dimensions = [0] : (tensor<32xf32>, tensor<32xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg40: tensor<f32>, %arg42: tensor<f32>) (%arg41: tensor<i32>, %arg43: tensor<i32>)  {
      %250 = stablehlo.compare  GT, %arg40, %arg42,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %251 = stablehlo.compare  NE, %arg40, %arg40,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %252 = stablehlo.or %250, %251 : tensor<i1>
      %253 = stablehlo.compare  EQ, %arg40, %arg42,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %254 = stablehlo.compare  LT, %arg41, %arg43,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %255 = stablehlo.and %253, %254 : tensor<i1>
      %256 = stablehlo.or %252, %255 : tensor<i1>
      %257 = stablehlo.select %252, %arg40, %arg42 : tensor<i1>, tensor<f32>
      %258 = stablehlo.select %256, %arg41, %arg43 : tensor<i1>, tensor<i32>
      stablehlo.return %257, %258 : tensor<f32>, tensor<i32>
    }
    return %249#1, %171, %173 : tensor<i32>, tensor<2x64x1x8xf32>, tensor<2x64x1x8xf32>
  }
}
