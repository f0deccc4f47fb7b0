// emit arch=starcoder2-tiny graph=decode_step_b4 precision=f32 capacity=64 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<2x4x64x1x8xf32> loc("kcache"), %arg4: tensor<2x4x64x1x8xf32> loc("vcache"), %arg5: tensor<32x16xf32> loc("model.embed_tokens.weight"), %arg6: tensor<16xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<16xf32> loc("model.layers.0.input_layernorm.bias"), %arg8: tensor<16x16xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg9: tensor<16xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg10: tensor<8x16xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg11: tensor<8xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg12: tensor<8x16xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg13: tensor<8xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg14: tensor<16x16xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg15: tensor<16xf32> loc("model.layers.0.self_attn.o_proj.bias"), %arg16: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg17: tensor<16xf32> loc("model.layers.0.post_attention_layernorm.bias"), %arg18: tensor<32x16xf32> loc("model.layers.0.mlp.c_fc.weight"), %arg19: tensor<32xf32> loc("model.layers.0.mlp.c_fc.bias"), %arg20: tensor<16x32xf32> loc("model.layers.0.mlp.c_proj.weight"), %arg21: tensor<16xf32> loc("model.layers.0.mlp.c_proj.bias"), %arg22: tensor<16xf32> loc("model.layers.1.input_layernorm.weight"), %arg23: tensor<16xf32> loc("model.layers.1.input_layernorm.bias"), %arg24: tensor<16x16xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg25: tensor<16xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg26: tensor<8x16xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg27: tensor<8xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg28: tensor<8x16xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg29: tensor<8xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg30: tensor<16x16xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg31: tensor<16xf32> loc("model.layers.1.self_attn.o_proj.bias"), %arg32: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg33: tensor<16xf32> loc("model.layers.1.post_attention_layernorm.bias"), %arg34: tensor<32x16xf32> loc("model.layers.1.mlp.c_fc.weight"), %arg35: tensor<32xf32> loc("model.layers.1.mlp.c_fc.bias"), %arg36: tensor<16x32xf32> loc("model.layers.1.mlp.c_proj.weight"), %arg37: tensor<16xf32> loc("model.layers.1.mlp.c_proj.bias"), %arg38: tensor<16xf32> loc("model.norm.weight"), %arg39: tensor<16xf32> loc("model.norm.bias")) -> (tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>) {
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
    %cst = stablehlo.constant dense<[1.000000e+00, 1.000000e-01, 0.00999999977, 1.000000e-03]> : tensor<4xf32>
    %10 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<4xf32>) -> tensor<4x4xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<4x4xf32>
    %12 = stablehlo.cosine %11 : tensor<4x4xf32>
    %13 = stablehlo.sine %11 : tensor<4x4xf32>
    %14 = stablehlo.concatenate %12, %12, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %15 = stablehlo.concatenate %13, %13, dim = 1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    %16 = stablehlo.reshape %arg0 : (tensor<4xi32>) -> tensor<4x1xi32>
    %17 = "stablehlo.gather"(%arg5, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %18 = stablehlo.reduce(%17 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_1 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %20 = stablehlo.divide %18, %19 : tensor<4xf32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %22 = stablehlo.subtract %17, %21 : tensor<4x16xf32>
    %23 = stablehlo.multiply %22, %22 : tensor<4x16xf32>
    %24 = stablehlo.reduce(%23 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %25 = stablehlo.divide %24, %19 : tensor<4xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %27 = stablehlo.add %25, %26 : tensor<4xf32>
    %28 = stablehlo.rsqrt %27 : tensor<4xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %30 = stablehlo.multiply %22, %29 : tensor<4x16xf32>
    %31 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %32 = stablehlo.multiply %30, %31 : tensor<4x16xf32>
    %33 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %34 = stablehlo.add %32, %33 : tensor<4x16xf32>
    %35 = stablehlo.dot_general %34, %arg8, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %36 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %37 = stablehlo.add %35, %36 : tensor<4x16xf32>
    %38 = stablehlo.dot_general %34, %arg10, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %39 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %40 = stablehlo.add %38, %39 : tensor<4x8xf32>
    %41 = stablehlo.dot_general %34, %arg12, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %42 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %43 = stablehlo.add %41, %42 : tensor<4x8xf32>
    %44 = stablehlo.reshape %37 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %45 = stablehlo.slice %44 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %46 = stablehlo.slice %44 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %47 = stablehlo.negate %46 : tensor<4x2x4xf32>
    %48 = stablehlo.concatenate %47, %45, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %49 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %50 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %51 = stablehlo.multiply %44, %49 : tensor<4x2x8xf32>
    %52 = stablehlo.multiply %48, %50 : tensor<4x2x8xf32>
    %53 = stablehlo.add %51, %52 : tensor<4x2x8xf32>
    %54 = stablehlo.reshape %40 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %55 = stablehlo.slice %54 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %56 = stablehlo.slice %54 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %57 = stablehlo.negate %56 : tensor<4x1x4xf32>
    %58 = stablehlo.concatenate %57, %55, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %59 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %60 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %61 = stablehlo.multiply %54, %59 : tensor<4x1x8xf32>
    %62 = stablehlo.multiply %58, %60 : tensor<4x1x8xf32>
    %63 = stablehlo.add %61, %62 : tensor<4x1x8xf32>
    %64 = stablehlo.reshape %43 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %65 = stablehlo.slice %63 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %66 = stablehlo.slice %64 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %67 = stablehlo.reshape %65 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %68 = stablehlo.dynamic_update_slice %arg3, %67, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %69 = stablehlo.reshape %66 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %70 = stablehlo.dynamic_update_slice %arg4, %69, %c, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %71 = stablehlo.slice %63 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %72 = stablehlo.slice %64 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %73 = stablehlo.reshape %71 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %74 = stablehlo.dynamic_update_slice %68, %73, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %75 = stablehlo.reshape %72 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %76 = stablehlo.dynamic_update_slice %70, %75, %c, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %77 = stablehlo.slice %63 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %78 = stablehlo.slice %64 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %79 = stablehlo.reshape %77 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %80 = stablehlo.dynamic_update_slice %74, %79, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %81 = stablehlo.reshape %78 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %82 = stablehlo.dynamic_update_slice %76, %81, %c, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %83 = stablehlo.slice %63 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %84 = stablehlo.slice %64 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %85 = stablehlo.reshape %83 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %86 = stablehlo.dynamic_update_slice %80, %85, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %87 = stablehlo.reshape %84 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %88 = stablehlo.dynamic_update_slice %82, %87, %c, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %89 = stablehlo.slice %86 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %90 = stablehlo.reshape %89 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %91 = stablehlo.slice %88 [0:1, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %92 = stablehlo.reshape %91 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %93 = stablehlo.reshape %53 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %94 = stablehlo.dot_general %93, %90, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %96 = stablehlo.multiply %94, %95 : tensor<4x1x2x64xf32>
    %97 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x1x2x64xi32>
    %98 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %99 = stablehlo.compare  LE, %98, %97,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %100 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4x1x2x64xi32>
    %101 = stablehlo.subtract %97, %100 : tensor<4x1x2x64xi32>
    %102 = stablehlo.compare  GT, %98, %101,  SIGNED : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %103 = stablehlo.and %99, %102 : tensor<4x1x2x64xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1x2x64xf32>
    %105 = stablehlo.select %103, %96, %104 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %106 = stablehlo.reduce(%105 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %108 = stablehlo.subtract %105, %107 : tensor<4x1x2x64xf32>
    %109 = stablehlo.exponential %108 : tensor<4x1x2x64xf32>
    %110 = stablehlo.reduce(%109 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %112 = stablehlo.divide %109, %111 : tensor<4x1x2x64xf32>
    %113 = stablehlo.dot_general %112, %92, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %114 = stablehlo.reshape %113 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %115 = stablehlo.dot_general %114, %arg14, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %116 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %117 = stablehlo.add %115, %116 : tensor<4x16xf32>
    %118 = stablehlo.add %17, %117 : tensor<4x16xf32>
    %119 = stablehlo.reduce(%118 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %120 = stablehlo.divide %119, %19 : tensor<4xf32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %122 = stablehlo.subtract %118, %121 : tensor<4x16xf32>
    %123 = stablehlo.multiply %122, %122 : tensor<4x16xf32>
    %124 = stablehlo.reduce(%123 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %125 = stablehlo.divide %124, %19 : tensor<4xf32>
    %126 = stablehlo.add %125, %26 : tensor<4xf32>
    %127 = stablehlo.rsqrt %126 : tensor<4xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %129 = stablehlo.multiply %122, %128 : tensor<4x16xf32>
    %130 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %131 = stablehlo.multiply %129, %130 : tensor<4x16xf32>
    %132 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %133 = stablehlo.add %131, %132 : tensor<4x16xf32>
    %134 = stablehlo.dot_general %133, %arg18, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %135 = stablehlo.broadcast_in_dim %arg19, dims = [1] : (tensor<32xf32>) -> tensor<4x32xf32>
    %136 = stablehlo.add %134, %135 : tensor<4x32xf32>
    %137 = stablehlo.multiply %136, %136 : tensor<4x32xf32>
    %138 = stablehlo.multiply %137, %136 : tensor<4x32xf32>
    %cst_5 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %140 = stablehlo.multiply %139, %138 : tensor<4x32xf32>
    %141 = stablehlo.add %136, %140 : tensor<4x32xf32>
    %cst_6 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %143 = stablehlo.multiply %142, %141 : tensor<4x32xf32>
    %144 = stablehlo.tanh %143 : tensor<4x32xf32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %146 = stablehlo.add %145, %144 : tensor<4x32xf32>
    %cst_8 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %147 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %148 = stablehlo.multiply %147, %136 : tensor<4x32xf32>
    %149 = stablehlo.multiply %148, %146 : tensor<4x32xf32>
    %150 = stablehlo.dot_general %149, %arg20, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %151 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %152 = stablehlo.add %150, %151 : tensor<4x16xf32>
    %153 = stablehlo.add %118, %152 : tensor<4x16xf32>
    %154 = stablehlo.reduce(%153 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %155 = stablehlo.divide %154, %19 : tensor<4xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %157 = stablehlo.subtract %153, %156 : tensor<4x16xf32>
    %158 = stablehlo.multiply %157, %157 : tensor<4x16xf32>
    %159 = stablehlo.reduce(%158 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %160 = stablehlo.divide %159, %19 : tensor<4xf32>
    %161 = stablehlo.add %160, %26 : tensor<4xf32>
    %162 = stablehlo.rsqrt %161 : tensor<4xf32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %164 = stablehlo.multiply %157, %163 : tensor<4x16xf32>
    %165 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %166 = stablehlo.multiply %164, %165 : tensor<4x16xf32>
    %167 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %168 = stablehlo.add %166, %167 : tensor<4x16xf32>
    %169 = stablehlo.dot_general %168, %arg24, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %170 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %171 = stablehlo.add %169, %170 : tensor<4x16xf32>
    %172 = stablehlo.dot_general %168, %arg26, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %173 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %174 = stablehlo.add %172, %173 : tensor<4x8xf32>
    %175 = stablehlo.dot_general %168, %arg28, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
    %176 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %177 = stablehlo.add %175, %176 : tensor<4x8xf32>
    %178 = stablehlo.reshape %171 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
    %179 = stablehlo.slice %178 [0:4, 0:2, 0:4] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %180 = stablehlo.slice %178 [0:4, 0:2, 4:8] : (tensor<4x2x8xf32>) -> tensor<4x2x4xf32>
    %181 = stablehlo.negate %180 : tensor<4x2x4xf32>
    %182 = stablehlo.concatenate %181, %179, dim = 2 : (tensor<4x2x4xf32>, tensor<4x2x4xf32>) -> tensor<4x2x8xf32>
    %183 = stablehlo.multiply %178, %49 : tensor<4x2x8xf32>
    %184 = stablehlo.multiply %182, %50 : tensor<4x2x8xf32>
    %185 = stablehlo.add %183, %184 : tensor<4x2x8xf32>
    %186 = stablehlo.reshape %174 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %187 = stablehlo.slice %186 [0:4, 0:1, 0:4] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %188 = stablehlo.slice %186 [0:4, 0:1, 4:8] : (tensor<4x1x8xf32>) -> tensor<4x1x4xf32>
    %189 = stablehlo.negate %188 : tensor<4x1x4xf32>
    %190 = stablehlo.concatenate %189, %187, dim = 2 : (tensor<4x1x4xf32>, tensor<4x1x4xf32>) -> tensor<4x1x8xf32>
    %191 = stablehlo.multiply %186, %59 : tensor<4x1x8xf32>
    %192 = stablehlo.multiply %190, %60 : tensor<4x1x8xf32>
    %193 = stablehlo.add %191, %192 : tensor<4x1x8xf32>
    %194 = stablehlo.reshape %177 : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %195 = stablehlo.slice %193 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %196 = stablehlo.slice %194 [0:1, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %197 = stablehlo.reshape %195 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %198 = stablehlo.dynamic_update_slice %86, %197, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %199 = stablehlo.reshape %196 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %200 = stablehlo.dynamic_update_slice %88, %199, %c_0, %c, %1, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %201 = stablehlo.slice %193 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %202 = stablehlo.slice %194 [1:2, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %203 = stablehlo.reshape %201 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %204 = stablehlo.dynamic_update_slice %198, %203, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %205 = stablehlo.reshape %202 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %206 = stablehlo.dynamic_update_slice %200, %205, %c_0, %c_0, %3, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %207 = stablehlo.slice %193 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %208 = stablehlo.slice %194 [2:3, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %209 = stablehlo.reshape %207 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %210 = stablehlo.dynamic_update_slice %204, %209, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %211 = stablehlo.reshape %208 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %212 = stablehlo.dynamic_update_slice %206, %211, %c_0, %c_1, %5, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %213 = stablehlo.slice %193 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %214 = stablehlo.slice %194 [3:4, 0:1, 0:8] : (tensor<4x1x8xf32>) -> tensor<1x1x8xf32>
    %215 = stablehlo.reshape %213 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %216 = stablehlo.dynamic_update_slice %210, %215, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %217 = stablehlo.reshape %214 : (tensor<1x1x8xf32>) -> tensor<1x1x1x1x8xf32>
    %218 = stablehlo.dynamic_update_slice %212, %217, %c_0, %c_2, %7, %c, %c : (tensor<2x4x64x1x8xf32>, tensor<1x1x1x1x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x4x64x1x8xf32>
    %219 = stablehlo.slice %216 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %220 = stablehlo.reshape %219 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %221 = stablehlo.slice %218 [1:2, 0:4, 0:64, 0:1, 0:8] : (tensor<2x4x64x1x8xf32>) -> tensor<1x4x64x1x8xf32>
    %222 = stablehlo.reshape %221 : (tensor<1x4x64x1x8xf32>) -> tensor<4x64x1x8xf32>
    %223 = stablehlo.reshape %185 : (tensor<4x2x8xf32>) -> tensor<4x1x2x8xf32>
    %224 = stablehlo.dot_general %223, %220, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x1x2x8xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x64xf32>
    %225 = stablehlo.multiply %224, %95 : tensor<4x1x2x64xf32>
    %226 = stablehlo.select %103, %225, %104 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %227 = stablehlo.reduce(%226 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %229 = stablehlo.subtract %226, %228 : tensor<4x1x2x64xf32>
    %230 = stablehlo.exponential %229 : tensor<4x1x2x64xf32>
    %231 = stablehlo.reduce(%230 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %233 = stablehlo.divide %230, %232 : tensor<4x1x2x64xf32>
    %234 = stablehlo.dot_general %233, %222, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x1x2x64xf32>, tensor<4x64x1x8xf32>) -> tensor<4x1x2x8xf32>
    %235 = stablehlo.reshape %234 : (tensor<4x1x2x8xf32>) -> tensor<4x16xf32>
    %236 = stablehlo.dot_general %235, %arg30, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %237 = stablehlo.broadcast_in_dim %arg31, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %238 = stablehlo.add %236, %237 : tensor<4x16xf32>
    %239 = stablehlo.add %153, %238 : tensor<4x16xf32>
    %240 = stablehlo.reduce(%239 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %241 = stablehlo.divide %240, %19 : tensor<4xf32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %243 = stablehlo.subtract %239, %242 : tensor<4x16xf32>
    %244 = stablehlo.multiply %243, %243 : tensor<4x16xf32>
    %245 = stablehlo.reduce(%244 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %246 = stablehlo.divide %245, %19 : tensor<4xf32>
    %247 = stablehlo.add %246, %26 : tensor<4xf32>
    %248 = stablehlo.rsqrt %247 : tensor<4xf32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %250 = stablehlo.multiply %243, %249 : tensor<4x16xf32>
    %251 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %252 = stablehlo.multiply %250, %251 : tensor<4x16xf32>
    %253 = stablehlo.broadcast_in_dim %arg33, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %254 = stablehlo.add %252, %253 : tensor<4x16xf32>
    %255 = stablehlo.dot_general %254, %arg34, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %256 = stablehlo.broadcast_in_dim %arg35, dims = [1] : (tensor<32xf32>) -> tensor<4x32xf32>
    %257 = stablehlo.add %255, %256 : tensor<4x32xf32>
    %258 = stablehlo.multiply %257, %257 : tensor<4x32xf32>
    %259 = stablehlo.multiply %258, %257 : tensor<4x32xf32>
    %260 = stablehlo.multiply %139, %259 : tensor<4x32xf32>
    %261 = stablehlo.add %257, %260 : tensor<4x32xf32>
    %262 = stablehlo.multiply %142, %261 : tensor<4x32xf32>
    %263 = stablehlo.tanh %262 : tensor<4x32xf32>
    %264 = stablehlo.add %145, %263 : tensor<4x32xf32>
    %265 = stablehlo.multiply %147, %257 : tensor<4x32xf32>
    %266 = stablehlo.multiply %265, %264 : tensor<4x32xf32>
    %267 = stablehlo.dot_general %266, %arg36, contracting_dims = [1] x [1] : (tensor<4x32xf32>, tensor<16x32xf32>) -> tensor<4x16xf32>
    %268 = stablehlo.broadcast_in_dim %arg37, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %269 = stablehlo.add %267, %268 : tensor<4x16xf32>
    %270 = stablehlo.add %239, %269 : tensor<4x16xf32>
    %271 = stablehlo.reduce(%270 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %272 = stablehlo.divide %271, %19 : tensor<4xf32>
    %273 = stablehlo.broadcast_in_dim %272, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %274 = stablehlo.subtract %270, %273 : tensor<4x16xf32>
    %275 = stablehlo.multiply %274, %274 : tensor<4x16xf32>
    %276 = stablehlo.reduce(%275 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %277 = stablehlo.divide %276, %19 : tensor<4xf32>
    %278 = stablehlo.add %277, %26 : tensor<4xf32>
    %279 = stablehlo.rsqrt %278 : tensor<4xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %281 = stablehlo.multiply %274, %280 : tensor<4x16xf32>
    %282 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %283 = stablehlo.multiply %281, %282 : tensor<4x16xf32>
    %284 = stablehlo.broadcast_in_dim %arg39, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %285 = stablehlo.add %283, %284 : tensor<4x16xf32>
    %286 = stablehlo.dot_general %285, %arg5, contracting_dims = [1] x [1] : (tensor<4x16xf32>, tensor<32x16xf32>) -> tensor<4x32xf32>
    %287 = stablehlo.iota dim = 1 : tensor<4x32xi32>
    %288:2 = stablehlo.reduce(%286 init: %cst_4), (%287 init: %c) across dimensions = [1] : (tensor<4x32xf32>, tensor<4x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg40: tensor<f32>, %arg42: tensor<f32>) (%arg41: tensor<i32>, %arg43: tensor<i32>)  {
      %289 = stablehlo.compare  GT, %arg40, %arg42,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %290 = stablehlo.compare  NE, %arg40, %arg40,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %291 = stablehlo.or %289, %290 : tensor<i1>
      %292 = stablehlo.compare  EQ, %arg40, %arg42,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %293 = stablehlo.compare  LT, %arg41, %arg43,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %294 = stablehlo.and %292, %293 : tensor<i1>
      %295 = stablehlo.or %291, %294 : tensor<i1>
      %296 = stablehlo.select %291, %arg40, %arg42 : tensor<i1>, tensor<f32>
      %297 = stablehlo.select %295, %arg41, %arg43 : tensor<i1>, tensor<i32>
      stablehlo.return %296, %297 : tensor<f32>, tensor<i32>
    }
    return %288#1, %216, %218 : tensor<4xi32>, tensor<2x4x64x1x8xf32>, tensor<2x4x64x1x8xf32>
  }
}
