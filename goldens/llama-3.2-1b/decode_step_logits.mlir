// emit arch=llama-3.2-1b graph=decode_step_logits precision=f32 capacity=256 batch=1 quant=none
module @decode_step_logits {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<16x256x8x64xf32> loc("kcache"), %arg4: tensor<16x256x8x64xf32> loc("vcache"), %arg5: tensor<128256x2048xf32> loc("model.embed_tokens.weight"), %arg6: tensor<2048xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<2048x2048xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<512x2048xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<512x2048xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<2048x2048xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<2048xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<8192x2048xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<8192x2048xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<2048x8192xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<2048xf32> loc("model.layers.1.input_layernorm.weight"), %arg16: tensor<2048x2048xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg17: tensor<512x2048xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg18: tensor<512x2048xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg19: tensor<2048x2048xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg20: tensor<2048xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg21: tensor<8192x2048xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg22: tensor<8192x2048xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg23: tensor<2048x8192xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg24: tensor<2048xf32> loc("model.layers.2.input_layernorm.weight"), %arg25: tensor<2048x2048xf32> loc("model.layers.2.self_attn.q_proj.weight"), %arg26: tensor<512x2048xf32> loc("model.layers.2.self_attn.k_proj.weight"), %arg27: tensor<512x2048xf32> loc("model.layers.2.self_attn.v_proj.weight"), %arg28: tensor<2048x2048xf32> loc("model.layers.2.self_attn.o_proj.weight"), %arg29: tensor<2048xf32> loc("model.layers.2.post_attention_layernorm.weight"), %arg30: tensor<8192x2048xf32> loc("model.layers.2.mlp.gate_proj.weight"), %arg31: tensor<8192x2048xf32> loc("model.layers.2.mlp.up_proj.weight"), %arg32: tensor<2048x8192xf32> loc("model.layers.2.mlp.down_proj.weight"), %arg33: tensor<2048xf32> loc("model.layers.3.input_layernorm.weight"), %arg34: tensor<2048x2048xf32> loc("model.layers.3.self_attn.q_proj.weight"), %arg35: tensor<512x2048xf32> loc("model.layers.3.self_attn.k_proj.weight"), %arg36: tensor<512x2048xf32> loc("model.layers.3.self_attn.v_proj.weight"), %arg37: tensor<2048x2048xf32> loc("model.layers.3.self_attn.o_proj.weight"), %arg38: tensor<2048xf32> loc("model.layers.3.post_attention_layernorm.weight"), %arg39: tensor<8192x2048xf32> loc("model.layers.3.mlp.gate_proj.weight"), %arg40: tensor<8192x2048xf32> loc("model.layers.3.mlp.up_proj.weight"), %arg41: tensor<2048x8192xf32> loc("model.layers.3.mlp.down_proj.weight"), %arg42: tensor<2048xf32> loc("model.layers.4.input_layernorm.weight"), %arg43: tensor<2048x2048xf32> loc("model.layers.4.self_attn.q_proj.weight"), %arg44: tensor<512x2048xf32> loc("model.layers.4.self_attn.k_proj.weight"), %arg45: tensor<512x2048xf32> loc("model.layers.4.self_attn.v_proj.weight"), %arg46: tensor<2048x2048xf32> loc("model.layers.4.self_attn.o_proj.weight"), %arg47: tensor<2048xf32> loc("model.layers.4.post_attention_layernorm.weight"), %arg48: tensor<8192x2048xf32> loc("model.layers.4.mlp.gate_proj.weight"), %arg49: tensor<8192x2048xf32> loc("model.layers.4.mlp.up_proj.weight"), %arg50: tensor<2048x8192xf32> loc("model.layers.4.mlp.down_proj.weight"), %arg51: tensor<2048xf32> loc("model.layers.5.input_layernorm.weight"), %arg52: tensor<2048x2048xf32> loc("model.layers.5.self_attn.q_proj.weight"), %arg53: tensor<512x2048xf32> loc("model.layers.5.self_attn.k_proj.weight"), %arg54: tensor<512x2048xf32> loc("model.layers.5.self_attn.v_proj.weight"), %arg55: tensor<2048x2048xf32> loc("model.layers.5.self_attn.o_proj.weight"), %arg56: tensor<2048xf32> loc("model.layers.5.post_attention_layernorm.weight"), %arg57: tensor<8192x2048xf32> loc("model.layers.5.mlp.gate_proj.weight"), %arg58: tensor<8192x2048xf32> loc("model.layers.5.mlp.up_proj.weight"), %arg59: tensor<2048x8192xf32> loc("model.layers.5.mlp.down_proj.weight"), %arg60: tensor<2048xf32> loc("model.layers.6.input_layernorm.weight"), %arg61: tensor<2048x2048xf32> loc("model.layers.6.self_attn.q_proj.weight"), %arg62: tensor<512x2048xf32> loc("model.layers.6.self_attn.k_proj.weight"), %arg63: tensor<512x2048xf32> loc("model.layers.6.self_attn.v_proj.weight"), %arg64: tensor<2048x2048xf32> loc("model.layers.6.self_attn.o_proj.weight"), %arg65: tensor<2048xf32> loc("model.layers.6.post_attention_layernorm.weight"), %arg66: tensor<8192x2048xf32> loc("model.layers.6.mlp.gate_proj.weight"), %arg67: tensor<8192x2048xf32> loc("model.layers.6.mlp.up_proj.weight"), %arg68: tensor<2048x8192xf32> loc("model.layers.6.mlp.down_proj.weight"), %arg69: tensor<2048xf32> loc("model.layers.7.input_layernorm.weight"), %arg70: tensor<2048x2048xf32> loc("model.layers.7.self_attn.q_proj.weight"), %arg71: tensor<512x2048xf32> loc("model.layers.7.self_attn.k_proj.weight"), %arg72: tensor<512x2048xf32> loc("model.layers.7.self_attn.v_proj.weight"), %arg73: tensor<2048x2048xf32> loc("model.layers.7.self_attn.o_proj.weight"), %arg74: tensor<2048xf32> loc("model.layers.7.post_attention_layernorm.weight"), %arg75: tensor<8192x2048xf32> loc("model.layers.7.mlp.gate_proj.weight"), %arg76: tensor<8192x2048xf32> loc("model.layers.7.mlp.up_proj.weight"), %arg77: tensor<2048x8192xf32> loc("model.layers.7.mlp.down_proj.weight"), %arg78: tensor<2048xf32> loc("model.layers.8.input_layernorm.weight"), %arg79: tensor<2048x2048xf32> loc("model.layers.8.self_attn.q_proj.weight"), %arg80: tensor<512x2048xf32> loc("model.layers.8.self_attn.k_proj.weight"), %arg81: tensor<512x2048xf32> loc("model.layers.8.self_attn.v_proj.weight"), %arg82: tensor<2048x2048xf32> loc("model.layers.8.self_attn.o_proj.weight"), %arg83: tensor<2048xf32> loc("model.layers.8.post_attention_layernorm.weight"), %arg84: tensor<8192x2048xf32> loc("model.layers.8.mlp.gate_proj.weight"), %arg85: tensor<8192x2048xf32> loc("model.layers.8.mlp.up_proj.weight"), %arg86: tensor<2048x8192xf32> loc("model.layers.8.mlp.down_proj.weight"), %arg87: tensor<2048xf32> loc("model.layers.9.input_layernorm.weight"), %arg88: tensor<2048x2048xf32> loc("model.layers.9.self_attn.q_proj.weight"), %arg89: tensor<512x2048xf32> loc("model.layers.9.self_attn.k_proj.weight"), %arg90: tensor<512x2048xf32> loc("model.layers.9.self_attn.v_proj.weight"), %arg91: tensor<2048x2048xf32> loc("model.layers.9.self_attn.o_proj.weight"), %arg92: tensor<2048xf32> loc("model.layers.9.post_attention_layernorm.weight"), %arg93: tensor<8192x2048xf32> loc("model.layers.9.mlp.gate_proj.weight"), %arg94: tensor<8192x2048xf32> loc("model.layers.9.mlp.up_proj.weight"), %arg95: tensor<2048x8192xf32> loc("model.layers.9.mlp.down_proj.weight"), %arg96: tensor<2048xf32> loc("model.layers.10.input_layernorm.weight"), %arg97: tensor<2048x2048xf32> loc("model.layers.10.self_attn.q_proj.weight"), %arg98: tensor<512x2048xf32> loc("model.layers.10.self_attn.k_proj.weight"), %arg99: tensor<512x2048xf32> loc("model.layers.10.self_attn.v_proj.weight"), %arg100: tensor<2048x2048xf32> loc("model.layers.10.self_attn.o_proj.weight"), %arg101: tensor<2048xf32> loc("model.layers.10.post_attention_layernorm.weight"), %arg102: tensor<8192x2048xf32> loc("model.layers.10.mlp.gate_proj.weight"), %arg103: tensor<8192x2048xf32> loc("model.layers.10.mlp.up_proj.weight"), %arg104: tensor<2048x8192xf32> loc("model.layers.10.mlp.down_proj.weight"), %arg105: tensor<2048xf32> loc("model.layers.11.input_layernorm.weight"), %arg106: tensor<2048x2048xf32> loc("model.layers.11.self_attn.q_proj.weight"), %arg107: tensor<512x2048xf32> loc("model.layers.11.self_attn.k_proj.weight"), %arg108: tensor<512x2048xf32> loc("model.layers.11.self_attn.v_proj.weight"), %arg109: tensor<2048x2048xf32> loc("model.layers.11.self_attn.o_proj.weight"), %arg110: tensor<2048xf32> loc("model.layers.11.post_attention_layernorm.weight"), %arg111: tensor<8192x2048xf32> loc("model.layers.11.mlp.gate_proj.weight"), %arg112: tensor<8192x2048xf32> loc("model.layers.11.mlp.up_proj.weight"), %arg113: tensor<2048x8192xf32> loc("model.layers.11.mlp.down_proj.weight"), %arg114: tensor<2048xf32> loc("model.layers.12.input_layernorm.weight"), %arg115: tensor<2048x2048xf32> loc("model.layers.12.self_attn.q_proj.weight"), %arg116: tensor<512x2048xf32> loc("model.layers.12.self_attn.k_proj.weight"), %arg117: tensor<512x2048xf32> loc("model.layers.12.self_attn.v_proj.weight"), %arg118: tensor<2048x2048xf32> loc("model.layers.12.self_attn.o_proj.weight"), %arg119: tensor<2048xf32> loc("model.layers.12.post_attention_layernorm.weight"), %arg120: tensor<8192x2048xf32> loc("model.layers.12.mlp.gate_proj.weight"), %arg121: tensor<8192x2048xf32> loc("model.layers.12.mlp.up_proj.weight"), %arg122: tensor<2048x8192xf32> loc("model.layers.12.mlp.down_proj.weight"), %arg123: tensor<2048xf32> loc("model.layers.13.input_layernorm.weight"), %arg124: tensor<2048x2048xf32> loc("model.layers.13.self_attn.q_proj.weight"), %arg125: tensor<512x2048xf32> loc("model.layers.13.self_attn.k_proj.weight"), %arg126: tensor<512x2048xf32> loc("model.layers.13.self_attn.v_proj.weight"), %arg127: tensor<2048x2048xf32> loc("model.layers.13.self_attn.o_proj.weight"), %arg128: tensor<2048xf32> loc("model.layers.13.post_attention_layernorm.weight"), %arg129: tensor<8192x2048xf32> loc("model.layers.13.mlp.gate_proj.weight"), %arg130: tensor<8192x2048xf32> loc("model.layers.13.mlp.up_proj.weight"), %arg131: tensor<2048x8192xf32> loc("model.layers.13.mlp.down_proj.weight"), %arg132: tensor<2048xf32> loc("model.layers.14.input_layernorm.weight"), %arg133: tensor<2048x2048xf32> loc("model.layers.14.self_attn.q_proj.weight"), %arg134: tensor<512x2048xf32> loc("model.layers.14.self_attn.k_proj.weight"), %arg135: tensor<512x2048xf32> loc("model.layers.14.self_attn.v_proj.weight"), %arg136: tensor<2048x2048xf32> loc("model.layers.14.self_attn.o_proj.weight"), %arg137: tensor<2048xf32> loc("model.layers.14.post_attention_layernorm.weight"), %arg138: tensor<8192x2048xf32> loc("model.layers.14.mlp.gate_proj.weight"), %arg139: tensor<8192x2048xf32> loc("model.layers.14.mlp.up_proj.weight"), %arg140: tensor<2048x8192xf32> loc("model.layers.14.mlp.down_proj.weight"), %arg141: tensor<2048xf32> loc("model.layers.15.input_layernorm.weight"), %arg142: tensor<2048x2048xf32> loc("model.layers.15.self_attn.q_proj.weight"), %arg143: tensor<512x2048xf32> loc("model.layers.15.self_attn.k_proj.weight"), %arg144: tensor<512x2048xf32> loc("model.layers.15.self_attn.v_proj.weight"), %arg145: tensor<2048x2048xf32> loc("model.layers.15.self_attn.o_proj.weight"), %arg146: tensor<2048xf32> loc("model.layers.15.post_attention_layernorm.weight"), %arg147: tensor<8192x2048xf32> loc("model.layers.15.mlp.gate_proj.weight"), %arg148: tensor<8192x2048xf32> loc("model.layers.15.mlp.up_proj.weight"), %arg149: tensor<2048x8192xf32> loc("model.layers.15.mlp.down_proj.weight"), %arg150: tensor<2048xf32> loc("model.norm.weight")) -> (tensor<128256xf32>, tensor<16x256x8x64xf32>, tensor<16x256x8x64xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.663601219, 0.440366596, 0.292227834, 0.193922743, 0.128687367, 8.539710e-02, 0.0566696227, 0.0376060307, 0.0249554086, 0.0165604409, 0.0109895281, 0.00729266461, 0.00483942125, 0.00321144611, 0.00129054789, 4.29556792E-4, 9.70828768E-5, 1.94616387E-5, 1.29147675E-5, 8.57025588E-6, 5.68723226E-6, 3.77405422E-6, 2.50446715E-6, 1.66196742E-6, 1.10288363E-6, 7.318750e-07, 4.85673127E-7, 3.22293289E-7, 2.1387423E-7, 1.41927202E-7, 9.41830649E-8]> : tensor<32xf32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<1x32xf32>
    %7 = stablehlo.cosine %6 : tensor<1x32xf32>
    %8 = stablehlo.sine %6 : tensor<1x32xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %11 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %12 = "stablehlo.gather"(%arg5, %11) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 2048>}> : (tensor<128256x2048xf32>, tensor<1x1xi32>) -> tensor<1x2048xf32>
    %13 = stablehlo.multiply %12, %12 : tensor<1x2048xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.reduce(%13 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_1 = stablehlo.constant dense<2.048000e+03> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %16 = stablehlo.divide %14, %15 : tensor<1xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %18 = stablehlo.add %16, %17 : tensor<1xf32>
    %19 = stablehlo.rsqrt %18 : tensor<1xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %21 = stablehlo.multiply %12, %20 : tensor<1x2048xf32>
    %22 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %23 = stablehlo.multiply %21, %22 : tensor<1x2048xf32>
    %24 = stablehlo.dot_general %23, %arg7, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %25 = stablehlo.dot_general %23, %arg8, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %26 = stablehlo.dot_general %23, %arg9, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %27 = stablehlo.reshape %24 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %28 = stablehlo.slice %27 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %29 = stablehlo.slice %27 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %30 = stablehlo.negate %29 : tensor<1x32x32xf32>
    %31 = stablehlo.concatenate %30, %28, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %32 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x32x64xf32>
    %33 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x32x64xf32>
    %34 = stablehlo.multiply %27, %32 : tensor<1x32x64xf32>
    %35 = stablehlo.multiply %31, %33 : tensor<1x32x64xf32>
    %36 = stablehlo.add %34, %35 : tensor<1x32x64xf32>
    %37 = stablehlo.reshape %25 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %38 = stablehlo.slice %37 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %39 = stablehlo.slice %37 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %40 = stablehlo.negate %39 : tensor<1x8x32xf32>
    %41 = stablehlo.concatenate %40, %38, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %42 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %43 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x8x64xf32>
    %44 = stablehlo.multiply %37, %42 : tensor<1x8x64xf32>
    %45 = stablehlo.multiply %41, %43 : tensor<1x8x64xf32>
    %46 = stablehlo.add %44, %45 : tensor<1x8x64xf32>
    %47 = stablehlo.reshape %26 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %48 = stablehlo.reshape %46 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %49 = stablehlo.dynamic_update_slice %arg3, %48, %c, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %50 = stablehlo.reshape %47 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %51 = stablehlo.dynamic_update_slice %arg4, %50, %c, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %52 = stablehlo.slice %49 [0:1, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %53 = stablehlo.slice %51 [0:1, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %54 = stablehlo.reshape %36 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %55 = stablehlo.dot_general %54, %52, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %cst_3 = stablehlo.constant dense<1.250000e-01> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x8x4x256xf32>
    %57 = stablehlo.multiply %55, %56 : tensor<1x8x4x256xf32>
    %58 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x8x4x256xi32>
    %59 = stablehlo.iota dim = 3 : tensor<1x8x4x256xi32>
    %60 = stablehlo.compare  LE, %59, %58,  SIGNED : (tensor<1x8x4x256xi32>, tensor<1x8x4x256xi32>) -> tensor<1x8x4x256xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x8x4x256xf32>
    %62 = stablehlo.select %60, %57, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %63 = stablehlo.reduce(%62 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %65 = stablehlo.subtract %62, %64 : tensor<1x8x4x256xf32>
    %66 = stablehlo.exponential %65 : tensor<1x8x4x256xf32>
    %67 = stablehlo.reduce(%66 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %69 = stablehlo.divide %66, %68 : tensor<1x8x4x256xf32>
    %70 = stablehlo.dot_general %69, %53, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %72 = stablehlo.dot_general %71, %arg10, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %73 = stablehlo.add %12, %72 : tensor<1x2048xf32>
    %74 = stablehlo.multiply %73, %73 : tensor<1x2048xf32>
    %75 = stablehlo.reduce(%74 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %76 = stablehlo.divide %75, %15 : tensor<1xf32>
    %77 = stablehlo.add %76, %17 : tensor<1xf32>
    %78 = stablehlo.rsqrt %77 : tensor<1xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %80 = stablehlo.multiply %73, %79 : tensor<1x2048xf32>
    %81 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<1x2048xf32>
    %83 = stablehlo.dot_general %82, %arg12, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %84 = stablehlo.dot_general %82, %arg13, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %85 = stablehlo.logistic %83 : tensor<1x8192xf32>
    %86 = stablehlo.multiply %83, %85 : tensor<1x8192xf32>
    %87 = stablehlo.multiply %86, %84 : tensor<1x8192xf32>
    %88 = stablehlo.dot_general %87, %arg14, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %89 = stablehlo.add %73, %88 : tensor<1x2048xf32>
    %90 = stablehlo.multiply %89, %89 : tensor<1x2048xf32>
    %91 = stablehlo.reduce(%90 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %92 = stablehlo.divide %91, %15 : tensor<1xf32>
    %93 = stablehlo.add %92, %17 : tensor<1xf32>
    %94 = stablehlo.rsqrt %93 : tensor<1xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %96 = stablehlo.multiply %89, %95 : tensor<1x2048xf32>
    %97 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %98 = stablehlo.multiply %96, %97 : tensor<1x2048xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %99 = stablehlo.dot_general %98, %arg16, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %100 = stablehlo.dot_general %98, %arg17, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %101 = stablehlo.dot_general %98, %arg18, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %102 = stablehlo.reshape %99 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %103 = stablehlo.slice %102 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %104 = stablehlo.slice %102 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %105 = stablehlo.negate %104 : tensor<1x32x32xf32>
    %106 = stablehlo.concatenate %105, %103, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %107 = stablehlo.multiply %102, %32 : tensor<1x32x64xf32>
    %108 = stablehlo.multiply %106, %33 : tensor<1x32x64xf32>
    %109 = stablehlo.add %107, %108 : tensor<1x32x64xf32>
    %110 = stablehlo.reshape %100 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %111 = stablehlo.slice %110 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %112 = stablehlo.slice %110 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %113 = stablehlo.negate %112 : tensor<1x8x32xf32>
    %114 = stablehlo.concatenate %113, %111, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %115 = stablehlo.multiply %110, %42 : tensor<1x8x64xf32>
    %116 = stablehlo.multiply %114, %43 : tensor<1x8x64xf32>
    %117 = stablehlo.add %115, %116 : tensor<1x8x64xf32>
    %118 = stablehlo.reshape %101 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %119 = stablehlo.reshape %117 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %120 = stablehlo.dynamic_update_slice %49, %119, %c_0, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %121 = stablehlo.reshape %118 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %122 = stablehlo.dynamic_update_slice %51, %121, %c_0, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %123 = stablehlo.slice %120 [1:2, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %124 = stablehlo.slice %122 [1:2, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %125 = stablehlo.reshape %109 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %126 = stablehlo.dot_general %125, %123, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %127 = stablehlo.multiply %126, %56 : tensor<1x8x4x256xf32>
    %128 = stablehlo.select %60, %127, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %129 = stablehlo.reduce(%128 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %131 = stablehlo.subtract %128, %130 : tensor<1x8x4x256xf32>
    %132 = stablehlo.exponential %131 : tensor<1x8x4x256xf32>
    %133 = stablehlo.reduce(%132 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %135 = stablehlo.divide %132, %134 : tensor<1x8x4x256xf32>
    %136 = stablehlo.dot_general %135, %124, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %137 = stablehlo.reshape %136 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %138 = stablehlo.dot_general %137, %arg19, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %139 = stablehlo.add %89, %138 : tensor<1x2048xf32>
    %140 = stablehlo.multiply %139, %139 : tensor<1x2048xf32>
    %141 = stablehlo.reduce(%140 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %142 = stablehlo.divide %141, %15 : tensor<1xf32>
    %143 = stablehlo.add %142, %17 : tensor<1xf32>
    %144 = stablehlo.rsqrt %143 : tensor<1xf32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %146 = stablehlo.multiply %139, %145 : tensor<1x2048xf32>
    %147 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %148 = stablehlo.multiply %146, %147 : tensor<1x2048xf32>
    %149 = stablehlo.dot_general %148, %arg21, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %150 = stablehlo.dot_general %148, %arg22, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %151 = stablehlo.logistic %149 : tensor<1x8192xf32>
    %152 = stablehlo.multiply %149, %151 : tensor<1x8192xf32>
    %153 = stablehlo.multiply %152, %150 : tensor<1x8192xf32>
    %154 = stablehlo.dot_general %153, %arg23, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %155 = stablehlo.add %139, %154 : tensor<1x2048xf32>
    %156 = stablehlo.multiply %155, %155 : tensor<1x2048xf32>
    %157 = stablehlo.reduce(%156 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %158 = stablehlo.divide %157, %15 : tensor<1xf32>
    %159 = stablehlo.add %158, %17 : tensor<1xf32>
    %160 = stablehlo.rsqrt %159 : tensor<1xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %162 = stablehlo.multiply %155, %161 : tensor<1x2048xf32>
    %163 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %164 = stablehlo.multiply %162, %163 : tensor<1x2048xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %165 = stablehlo.dot_general %164, %arg25, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %166 = stablehlo.dot_general %164, %arg26, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %167 = stablehlo.dot_general %164, %arg27, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %168 = stablehlo.reshape %165 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %169 = stablehlo.slice %168 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %170 = stablehlo.slice %168 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %171 = stablehlo.negate %170 : tensor<1x32x32xf32>
    %172 = stablehlo.concatenate %171, %169, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %173 = stablehlo.multiply %168, %32 : tensor<1x32x64xf32>
    %174 = stablehlo.multiply %172, %33 : tensor<1x32x64xf32>
    %175 = stablehlo.add %173, %174 : tensor<1x32x64xf32>
    %176 = stablehlo.reshape %166 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %177 = stablehlo.slice %176 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %178 = stablehlo.slice %176 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %179 = stablehlo.negate %178 : tensor<1x8x32xf32>
    %180 = stablehlo.concatenate %179, %177, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %181 = stablehlo.multiply %176, %42 : tensor<1x8x64xf32>
    %182 = stablehlo.multiply %180, %43 : tensor<1x8x64xf32>
    %183 = stablehlo.add %181, %182 : tensor<1x8x64xf32>
    %184 = stablehlo.reshape %167 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %185 = stablehlo.reshape %183 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %186 = stablehlo.dynamic_update_slice %120, %185, %c_1, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %187 = stablehlo.reshape %184 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %188 = stablehlo.dynamic_update_slice %122, %187, %c_1, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %189 = stablehlo.slice %186 [2:3, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %190 = stablehlo.slice %188 [2:3, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %191 = stablehlo.reshape %175 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %192 = stablehlo.dot_general %191, %189, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %193 = stablehlo.multiply %192, %56 : tensor<1x8x4x256xf32>
    %194 = stablehlo.select %60, %193, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %195 = stablehlo.reduce(%194 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %197 = stablehlo.subtract %194, %196 : tensor<1x8x4x256xf32>
    %198 = stablehlo.exponential %197 : tensor<1x8x4x256xf32>
    %199 = stablehlo.reduce(%198 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %201 = stablehlo.divide %198, %200 : tensor<1x8x4x256xf32>
    %202 = stablehlo.dot_general %201, %190, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %203 = stablehlo.reshape %202 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %204 = stablehlo.dot_general %203, %arg28, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %205 = stablehlo.add %155, %204 : tensor<1x2048xf32>
    %206 = stablehlo.multiply %205, %205 : tensor<1x2048xf32>
    %207 = stablehlo.reduce(%206 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %208 = stablehlo.divide %207, %15 : tensor<1xf32>
    %209 = stablehlo.add %208, %17 : tensor<1xf32>
    %210 = stablehlo.rsqrt %209 : tensor<1xf32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %212 = stablehlo.multiply %205, %211 : tensor<1x2048xf32>
    %213 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %214 = stablehlo.multiply %212, %213 : tensor<1x2048xf32>
    %215 = stablehlo.dot_general %214, %arg30, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %216 = stablehlo.dot_general %214, %arg31, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %217 = stablehlo.logistic %215 : tensor<1x8192xf32>
    %218 = stablehlo.multiply %215, %217 : tensor<1x8192xf32>
    %219 = stablehlo.multiply %218, %216 : tensor<1x8192xf32>
    %220 = stablehlo.dot_general %219, %arg32, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %221 = stablehlo.add %205, %220 : tensor<1x2048xf32>
    %222 = stablehlo.multiply %221, %221 : tensor<1x2048xf32>
    %223 = stablehlo.reduce(%222 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %224 = stablehlo.divide %223, %15 : tensor<1xf32>
    %225 = stablehlo.add %224, %17 : tensor<1xf32>
    %226 = stablehlo.rsqrt %225 : tensor<1xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %228 = stablehlo.multiply %221, %227 : tensor<1x2048xf32>
    %229 = stablehlo.broadcast_in_dim %arg33, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %230 = stablehlo.multiply %228, %229 : tensor<1x2048xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %231 = stablehlo.dot_general %230, %arg34, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %232 = stablehlo.dot_general %230, %arg35, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %233 = stablehlo.dot_general %230, %arg36, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %234 = stablehlo.reshape %231 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %235 = stablehlo.slice %234 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %236 = stablehlo.slice %234 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %237 = stablehlo.negate %236 : tensor<1x32x32xf32>
    %238 = stablehlo.concatenate %237, %235, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %239 = stablehlo.multiply %234, %32 : tensor<1x32x64xf32>
    %240 = stablehlo.multiply %238, %33 : tensor<1x32x64xf32>
    %241 = stablehlo.add %239, %240 : tensor<1x32x64xf32>
    %242 = stablehlo.reshape %232 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %243 = stablehlo.slice %242 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %244 = stablehlo.slice %242 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %245 = stablehlo.negate %244 : tensor<1x8x32xf32>
    %246 = stablehlo.concatenate %245, %243, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %247 = stablehlo.multiply %242, %42 : tensor<1x8x64xf32>
    %248 = stablehlo.multiply %246, %43 : tensor<1x8x64xf32>
    %249 = stablehlo.add %247, %248 : tensor<1x8x64xf32>
    %250 = stablehlo.reshape %233 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %251 = stablehlo.reshape %249 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %252 = stablehlo.dynamic_update_slice %186, %251, %c_2, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %253 = stablehlo.reshape %250 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %254 = stablehlo.dynamic_update_slice %188, %253, %c_2, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %255 = stablehlo.slice %252 [3:4, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %256 = stablehlo.slice %254 [3:4, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %257 = stablehlo.reshape %241 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %258 = stablehlo.dot_general %257, %255, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %259 = stablehlo.multiply %258, %56 : tensor<1x8x4x256xf32>
    %260 = stablehlo.select %60, %259, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %261 = stablehlo.reduce(%260 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %263 = stablehlo.subtract %260, %262 : tensor<1x8x4x256xf32>
    %264 = stablehlo.exponential %263 : tensor<1x8x4x256xf32>
    %265 = stablehlo.reduce(%264 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %267 = stablehlo.divide %264, %266 : tensor<1x8x4x256xf32>
    %268 = stablehlo.dot_general %267, %256, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %269 = stablehlo.reshape %268 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %270 = stablehlo.dot_general %269, %arg37, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %271 = stablehlo.add %221, %270 : tensor<1x2048xf32>
    %272 = stablehlo.multiply %271, %271 : tensor<1x2048xf32>
    %273 = stablehlo.reduce(%272 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %274 = stablehlo.divide %273, %15 : tensor<1xf32>
    %275 = stablehlo.add %274, %17 : tensor<1xf32>
    %276 = stablehlo.rsqrt %275 : tensor<1xf32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %278 = stablehlo.multiply %271, %277 : tensor<1x2048xf32>
    %279 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %280 = stablehlo.multiply %278, %279 : tensor<1x2048xf32>
    %281 = stablehlo.dot_general %280, %arg39, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %282 = stablehlo.dot_general %280, %arg40, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %283 = stablehlo.logistic %281 : tensor<1x8192xf32>
    %284 = stablehlo.multiply %281, %283 : tensor<1x8192xf32>
    %285 = stablehlo.multiply %284, %282 : tensor<1x8192xf32>
    %286 = stablehlo.dot_general %285, %arg41, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %287 = stablehlo.add %271, %286 : tensor<1x2048xf32>
    %288 = stablehlo.multiply %287, %287 : tensor<1x2048xf32>
    %289 = stablehlo.reduce(%288 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %290 = stablehlo.divide %289, %15 : tensor<1xf32>
    %291 = stablehlo.add %290, %17 : tensor<1xf32>
    %292 = stablehlo.rsqrt %291 : tensor<1xf32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %294 = stablehlo.multiply %287, %293 : tensor<1x2048xf32>
    %295 = stablehlo.broadcast_in_dim %arg42, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %296 = stablehlo.multiply %294, %295 : tensor<1x2048xf32>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %297 = stablehlo.dot_general %296, %arg43, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %298 = stablehlo.dot_general %296, %arg44, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %299 = stablehlo.dot_general %296, %arg45, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %300 = stablehlo.reshape %297 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %301 = stablehlo.slice %300 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %302 = stablehlo.slice %300 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %303 = stablehlo.negate %302 : tensor<1x32x32xf32>
    %304 = stablehlo.concatenate %303, %301, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %305 = stablehlo.multiply %300, %32 : tensor<1x32x64xf32>
    %306 = stablehlo.multiply %304, %33 : tensor<1x32x64xf32>
    %307 = stablehlo.add %305, %306 : tensor<1x32x64xf32>
    %308 = stablehlo.reshape %298 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %309 = stablehlo.slice %308 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %310 = stablehlo.slice %308 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %311 = stablehlo.negate %310 : tensor<1x8x32xf32>
    %312 = stablehlo.concatenate %311, %309, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %313 = stablehlo.multiply %308, %42 : tensor<1x8x64xf32>
    %314 = stablehlo.multiply %312, %43 : tensor<1x8x64xf32>
    %315 = stablehlo.add %313, %314 : tensor<1x8x64xf32>
    %316 = stablehlo.reshape %299 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %317 = stablehlo.reshape %315 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %318 = stablehlo.dynamic_update_slice %252, %317, %c_3, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %319 = stablehlo.reshape %316 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %320 = stablehlo.dynamic_update_slice %254, %319, %c_3, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %321 = stablehlo.slice %318 [4:5, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %322 = stablehlo.slice %320 [4:5, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %323 = stablehlo.reshape %307 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %324 = stablehlo.dot_general %323, %321, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %325 = stablehlo.multiply %324, %56 : tensor<1x8x4x256xf32>
    %326 = stablehlo.select %60, %325, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %327 = stablehlo.reduce(%326 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %329 = stablehlo.subtract %326, %328 : tensor<1x8x4x256xf32>
    %330 = stablehlo.exponential %329 : tensor<1x8x4x256xf32>
    %331 = stablehlo.reduce(%330 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %332 = stablehlo.broadcast_in_dim %331, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %333 = stablehlo.divide %330, %332 : tensor<1x8x4x256xf32>
    %334 = stablehlo.dot_general %333, %322, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %335 = stablehlo.reshape %334 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %336 = stablehlo.dot_general %335, %arg46, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %337 = stablehlo.add %287, %336 : tensor<1x2048xf32>
    %338 = stablehlo.multiply %337, %337 : tensor<1x2048xf32>
    %339 = stablehlo.reduce(%338 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %340 = stablehlo.divide %339, %15 : tensor<1xf32>
    %341 = stablehlo.add %340, %17 : tensor<1xf32>
    %342 = stablehlo.rsqrt %341 : tensor<1xf32>
    %343 = stablehlo.broadcast_in_dim %342, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %344 = stablehlo.multiply %337, %343 : tensor<1x2048xf32>
    %345 = stablehlo.broadcast_in_dim %arg47, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %346 = stablehlo.multiply %344, %345 : tensor<1x2048xf32>
    %347 = stablehlo.dot_general %346, %arg48, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %348 = stablehlo.dot_general %346, %arg49, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %349 = stablehlo.logistic %347 : tensor<1x8192xf32>
    %350 = stablehlo.multiply %347, %349 : tensor<1x8192xf32>
    %351 = stablehlo.multiply %350, %348 : tensor<1x8192xf32>
    %352 = stablehlo.dot_general %351, %arg50, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %353 = stablehlo.add %337, %352 : tensor<1x2048xf32>
    %354 = stablehlo.multiply %353, %353 : tensor<1x2048xf32>
    %355 = stablehlo.reduce(%354 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %356 = stablehlo.divide %355, %15 : tensor<1xf32>
    %357 = stablehlo.add %356, %17 : tensor<1xf32>
    %358 = stablehlo.rsqrt %357 : tensor<1xf32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %360 = stablehlo.multiply %353, %359 : tensor<1x2048xf32>
    %361 = stablehlo.broadcast_in_dim %arg51, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %362 = stablehlo.multiply %360, %361 : tensor<1x2048xf32>
    %c_4 = stablehlo.constant dense<5> : tensor<i32>
    %363 = stablehlo.dot_general %362, %arg52, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %364 = stablehlo.dot_general %362, %arg53, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %365 = stablehlo.dot_general %362, %arg54, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %366 = stablehlo.reshape %363 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %367 = stablehlo.slice %366 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %368 = stablehlo.slice %366 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %369 = stablehlo.negate %368 : tensor<1x32x32xf32>
    %370 = stablehlo.concatenate %369, %367, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %371 = stablehlo.multiply %366, %32 : tensor<1x32x64xf32>
    %372 = stablehlo.multiply %370, %33 : tensor<1x32x64xf32>
    %373 = stablehlo.add %371, %372 : tensor<1x32x64xf32>
    %374 = stablehlo.reshape %364 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %375 = stablehlo.slice %374 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %376 = stablehlo.slice %374 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %377 = stablehlo.negate %376 : tensor<1x8x32xf32>
    %378 = stablehlo.concatenate %377, %375, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %379 = stablehlo.multiply %374, %42 : tensor<1x8x64xf32>
    %380 = stablehlo.multiply %378, %43 : tensor<1x8x64xf32>
    %381 = stablehlo.add %379, %380 : tensor<1x8x64xf32>
    %382 = stablehlo.reshape %365 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %383 = stablehlo.reshape %381 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %384 = stablehlo.dynamic_update_slice %318, %383, %c_4, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %385 = stablehlo.reshape %382 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %386 = stablehlo.dynamic_update_slice %320, %385, %c_4, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %387 = stablehlo.slice %384 [5:6, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %388 = stablehlo.slice %386 [5:6, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %389 = stablehlo.reshape %373 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %390 = stablehlo.dot_general %389, %387, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %391 = stablehlo.multiply %390, %56 : tensor<1x8x4x256xf32>
    %392 = stablehlo.select %60, %391, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %393 = stablehlo.reduce(%392 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %394 = stablehlo.broadcast_in_dim %393, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %395 = stablehlo.subtract %392, %394 : tensor<1x8x4x256xf32>
    %396 = stablehlo.exponential %395 : tensor<1x8x4x256xf32>
    %397 = stablehlo.reduce(%396 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %398 = stablehlo.broadcast_in_dim %397, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %399 = stablehlo.divide %396, %398 : tensor<1x8x4x256xf32>
    %400 = stablehlo.dot_general %399, %388, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %401 = stablehlo.reshape %400 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %402 = stablehlo.dot_general %401, %arg55, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %403 = stablehlo.add %353, %402 : tensor<1x2048xf32>
    %404 = stablehlo.multiply %403, %403 : tensor<1x2048xf32>
    %405 = stablehlo.reduce(%404 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %406 = stablehlo.divide %405, %15 : tensor<1xf32>
    %407 = stablehlo.add %406, %17 : tensor<1xf32>
    %408 = stablehlo.rsqrt %407 : tensor<1xf32>
    %409 = stablehlo.broadcast_in_dim %408, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %410 = stablehlo.multiply %403, %409 : tensor<1x2048xf32>
    %411 = stablehlo.broadcast_in_dim %arg56, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %412 = stablehlo.multiply %410, %411 : tensor<1x2048xf32>
    %413 = stablehlo.dot_general %412, %arg57, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %414 = stablehlo.dot_general %412, %arg58, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %415 = stablehlo.logistic %413 : tensor<1x8192xf32>
    %416 = stablehlo.multiply %413, %415 : tensor<1x8192xf32>
    %417 = stablehlo.multiply %416, %414 : tensor<1x8192xf32>
    %418 = stablehlo.dot_general %417, %arg59, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %419 = stablehlo.add %403, %418 : tensor<1x2048xf32>
    %420 = stablehlo.multiply %419, %419 : tensor<1x2048xf32>
    %421 = stablehlo.reduce(%420 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %422 = stablehlo.divide %421, %15 : tensor<1xf32>
    %423 = stablehlo.add %422, %17 : tensor<1xf32>
    %424 = stablehlo.rsqrt %423 : tensor<1xf32>
    %425 = stablehlo.broadcast_in_dim %424, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %426 = stablehlo.multiply %419, %425 : tensor<1x2048xf32>
    %427 = stablehlo.broadcast_in_dim %arg60, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %428 = stablehlo.multiply %426, %427 : tensor<1x2048xf32>
    %c_5 = stablehlo.constant dense<6> : tensor<i32>
    %429 = stablehlo.dot_general %428, %arg61, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %430 = stablehlo.dot_general %428, %arg62, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %431 = stablehlo.dot_general %428, %arg63, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %432 = stablehlo.reshape %429 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %433 = stablehlo.slice %432 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %434 = stablehlo.slice %432 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %435 = stablehlo.negate %434 : tensor<1x32x32xf32>
    %436 = stablehlo.concatenate %435, %433, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %437 = stablehlo.multiply %432, %32 : tensor<1x32x64xf32>
    %438 = stablehlo.multiply %436, %33 : tensor<1x32x64xf32>
    %439 = stablehlo.add %437, %438 : tensor<1x32x64xf32>
    %440 = stablehlo.reshape %430 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %441 = stablehlo.slice %440 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %442 = stablehlo.slice %440 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %443 = stablehlo.negate %442 : tensor<1x8x32xf32>
    %444 = stablehlo.concatenate %443, %441, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %445 = stablehlo.multiply %440, %42 : tensor<1x8x64xf32>
    %446 = stablehlo.multiply %444, %43 : tensor<1x8x64xf32>
    %447 = stablehlo.add %445, %446 : tensor<1x8x64xf32>
    %448 = stablehlo.reshape %431 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %449 = stablehlo.reshape %447 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %450 = stablehlo.dynamic_update_slice %384, %449, %c_5, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %451 = stablehlo.reshape %448 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %452 = stablehlo.dynamic_update_slice %386, %451, %c_5, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %453 = stablehlo.slice %450 [6:7, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %454 = stablehlo.slice %452 [6:7, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %455 = stablehlo.reshape %439 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %456 = stablehlo.dot_general %455, %453, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %457 = stablehlo.multiply %456, %56 : tensor<1x8x4x256xf32>
    %458 = stablehlo.select %60, %457, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %459 = stablehlo.reduce(%458 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %460 = stablehlo.broadcast_in_dim %459, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %461 = stablehlo.subtract %458, %460 : tensor<1x8x4x256xf32>
    %462 = stablehlo.exponential %461 : tensor<1x8x4x256xf32>
    %463 = stablehlo.reduce(%462 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %464 = stablehlo.broadcast_in_dim %463, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %465 = stablehlo.divide %462, %464 : tensor<1x8x4x256xf32>
    %466 = stablehlo.dot_general %465, %454, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %467 = stablehlo.reshape %466 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %468 = stablehlo.dot_general %467, %arg64, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %469 = stablehlo.add %419, %468 : tensor<1x2048xf32>
    %470 = stablehlo.multiply %469, %469 : tensor<1x2048xf32>
    %471 = stablehlo.reduce(%470 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %472 = stablehlo.divide %471, %15 : tensor<1xf32>
    %473 = stablehlo.add %472, %17 : tensor<1xf32>
    %474 = stablehlo.rsqrt %473 : tensor<1xf32>
    %475 = stablehlo.broadcast_in_dim %474, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %476 = stablehlo.multiply %469, %475 : tensor<1x2048xf32>
    %477 = stablehlo.broadcast_in_dim %arg65, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %478 = stablehlo.multiply %476, %477 : tensor<1x2048xf32>
    %479 = stablehlo.dot_general %478, %arg66, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %480 = stablehlo.dot_general %478, %arg67, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %481 = stablehlo.logistic %479 : tensor<1x8192xf32>
    %482 = stablehlo.multiply %479, %481 : tensor<1x8192xf32>
    %483 = stablehlo.multiply %482, %480 : tensor<1x8192xf32>
    %484 = stablehlo.dot_general %483, %arg68, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %485 = stablehlo.add %469, %484 : tensor<1x2048xf32>
    %486 = stablehlo.multiply %485, %485 : tensor<1x2048xf32>
    %487 = stablehlo.reduce(%486 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %488 = stablehlo.divide %487, %15 : tensor<1xf32>
    %489 = stablehlo.add %488, %17 : tensor<1xf32>
    %490 = stablehlo.rsqrt %489 : tensor<1xf32>
    %491 = stablehlo.broadcast_in_dim %490, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %492 = stablehlo.multiply %485, %491 : tensor<1x2048xf32>
    %493 = stablehlo.broadcast_in_dim %arg69, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %494 = stablehlo.multiply %492, %493 : tensor<1x2048xf32>
    %c_6 = stablehlo.constant dense<7> : tensor<i32>
    %495 = stablehlo.dot_general %494, %arg70, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %496 = stablehlo.dot_general %494, %arg71, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %497 = stablehlo.dot_general %494, %arg72, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %498 = stablehlo.reshape %495 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %499 = stablehlo.slice %498 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %500 = stablehlo.slice %498 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %501 = stablehlo.negate %500 : tensor<1x32x32xf32>
    %502 = stablehlo.concatenate %501, %499, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %503 = stablehlo.multiply %498, %32 : tensor<1x32x64xf32>
    %504 = stablehlo.multiply %502, %33 : tensor<1x32x64xf32>
    %505 = stablehlo.add %503, %504 : tensor<1x32x64xf32>
    %506 = stablehlo.reshape %496 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %507 = stablehlo.slice %506 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %508 = stablehlo.slice %506 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %509 = stablehlo.negate %508 : tensor<1x8x32xf32>
    %510 = stablehlo.concatenate %509, %507, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %511 = stablehlo.multiply %506, %42 : tensor<1x8x64xf32>
    %512 = stablehlo.multiply %510, %43 : tensor<1x8x64xf32>
    %513 = stablehlo.add %511, %512 : tensor<1x8x64xf32>
    %514 = stablehlo.reshape %497 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %515 = stablehlo.reshape %513 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %516 = stablehlo.dynamic_update_slice %450, %515, %c_6, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %517 = stablehlo.reshape %514 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %518 = stablehlo.dynamic_update_slice %452, %517, %c_6, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %519 = stablehlo.slice %516 [7:8, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %520 = stablehlo.slice %518 [7:8, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %521 = stablehlo.reshape %505 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %522 = stablehlo.dot_general %521, %519, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %523 = stablehlo.multiply %522, %56 : tensor<1x8x4x256xf32>
    %524 = stablehlo.select %60, %523, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %525 = stablehlo.reduce(%524 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %526 = stablehlo.broadcast_in_dim %525, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %527 = stablehlo.subtract %524, %526 : tensor<1x8x4x256xf32>
    %528 = stablehlo.exponential %527 : tensor<1x8x4x256xf32>
    %529 = stablehlo.reduce(%528 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %530 = stablehlo.broadcast_in_dim %529, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %531 = stablehlo.divide %528, %530 : tensor<1x8x4x256xf32>
    %532 = stablehlo.dot_general %531, %520, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %533 = stablehlo.reshape %532 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %534 = stablehlo.dot_general %533, %arg73, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %535 = stablehlo.add %485, %534 : tensor<1x2048xf32>
    %536 = stablehlo.multiply %535, %535 : tensor<1x2048xf32>
    %537 = stablehlo.reduce(%536 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %538 = stablehlo.divide %537, %15 : tensor<1xf32>
    %539 = stablehlo.add %538, %17 : tensor<1xf32>
    %540 = stablehlo.rsqrt %539 : tensor<1xf32>
    %541 = stablehlo.broadcast_in_dim %540, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %542 = stablehlo.multiply %535, %541 : tensor<1x2048xf32>
    %543 = stablehlo.broadcast_in_dim %arg74, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %544 = stablehlo.multiply %542, %543 : tensor<1x2048xf32>
    %545 = stablehlo.dot_general %544, %arg75, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %546 = stablehlo.dot_general %544, %arg76, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %547 = stablehlo.logistic %545 : tensor<1x8192xf32>
    %548 = stablehlo.multiply %545, %547 : tensor<1x8192xf32>
    %549 = stablehlo.multiply %548, %546 : tensor<1x8192xf32>
    %550 = stablehlo.dot_general %549, %arg77, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %551 = stablehlo.add %535, %550 : tensor<1x2048xf32>
    %552 = stablehlo.multiply %551, %551 : tensor<1x2048xf32>
    %553 = stablehlo.reduce(%552 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %554 = stablehlo.divide %553, %15 : tensor<1xf32>
    %555 = stablehlo.add %554, %17 : tensor<1xf32>
    %556 = stablehlo.rsqrt %555 : tensor<1xf32>
    %557 = stablehlo.broadcast_in_dim %556, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %558 = stablehlo.multiply %551, %557 : tensor<1x2048xf32>
    %559 = stablehlo.broadcast_in_dim %arg78, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %560 = stablehlo.multiply %558, %559 : tensor<1x2048xf32>
    %c_7 = stablehlo.constant dense<8> : tensor<i32>
    %561 = stablehlo.dot_general %560, %arg79, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %562 = stablehlo.dot_general %560, %arg80, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %563 = stablehlo.dot_general %560, %arg81, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %564 = stablehlo.reshape %561 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %565 = stablehlo.slice %564 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %566 = stablehlo.slice %564 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %567 = stablehlo.negate %566 : tensor<1x32x32xf32>
    %568 = stablehlo.concatenate %567, %565, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %569 = stablehlo.multiply %564, %32 : tensor<1x32x64xf32>
    %570 = stablehlo.multiply %568, %33 : tensor<1x32x64xf32>
    %571 = stablehlo.add %569, %570 : tensor<1x32x64xf32>
    %572 = stablehlo.reshape %562 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %573 = stablehlo.slice %572 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %574 = stablehlo.slice %572 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %575 = stablehlo.negate %574 : tensor<1x8x32xf32>
    %576 = stablehlo.concatenate %575, %573, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %577 = stablehlo.multiply %572, %42 : tensor<1x8x64xf32>
    %578 = stablehlo.multiply %576, %43 : tensor<1x8x64xf32>
    %579 = stablehlo.add %577, %578 : tensor<1x8x64xf32>
    %580 = stablehlo.reshape %563 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %581 = stablehlo.reshape %579 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %582 = stablehlo.dynamic_update_slice %516, %581, %c_7, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %583 = stablehlo.reshape %580 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %584 = stablehlo.dynamic_update_slice %518, %583, %c_7, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %585 = stablehlo.slice %582 [8:9, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %586 = stablehlo.slice %584 [8:9, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %587 = stablehlo.reshape %571 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %588 = stablehlo.dot_general %587, %585, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %589 = stablehlo.multiply %588, %56 : tensor<1x8x4x256xf32>
    %590 = stablehlo.select %60, %589, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %591 = stablehlo.reduce(%590 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %592 = stablehlo.broadcast_in_dim %591, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %593 = stablehlo.subtract %590, %592 : tensor<1x8x4x256xf32>
    %594 = stablehlo.exponential %593 : tensor<1x8x4x256xf32>
    %595 = stablehlo.reduce(%594 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %596 = stablehlo.broadcast_in_dim %595, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %597 = stablehlo.divide %594, %596 : tensor<1x8x4x256xf32>
    %598 = stablehlo.dot_general %597, %586, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %599 = stablehlo.reshape %598 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %600 = stablehlo.dot_general %599, %arg82, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %601 = stablehlo.add %551, %600 : tensor<1x2048xf32>
    %602 = stablehlo.multiply %601, %601 : tensor<1x2048xf32>
    %603 = stablehlo.reduce(%602 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %604 = stablehlo.divide %603, %15 : tensor<1xf32>
    %605 = stablehlo.add %604, %17 : tensor<1xf32>
    %606 = stablehlo.rsqrt %605 : tensor<1xf32>
    %607 = stablehlo.broadcast_in_dim %606, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %608 = stablehlo.multiply %601, %607 : tensor<1x2048xf32>
    %609 = stablehlo.broadcast_in_dim %arg83, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %610 = stablehlo.multiply %608, %609 : tensor<1x2048xf32>
    %611 = stablehlo.dot_general %610, %arg84, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %612 = stablehlo.dot_general %610, %arg85, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %613 = stablehlo.logistic %611 : tensor<1x8192xf32>
    %614 = stablehlo.multiply %611, %613 : tensor<1x8192xf32>
    %615 = stablehlo.multiply %614, %612 : tensor<1x8192xf32>
    %616 = stablehlo.dot_general %615, %arg86, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %617 = stablehlo.add %601, %616 : tensor<1x2048xf32>
    %618 = stablehlo.multiply %617, %617 : tensor<1x2048xf32>
    %619 = stablehlo.reduce(%618 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %620 = stablehlo.divide %619, %15 : tensor<1xf32>
    %621 = stablehlo.add %620, %17 : tensor<1xf32>
    %622 = stablehlo.rsqrt %621 : tensor<1xf32>
    %623 = stablehlo.broadcast_in_dim %622, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %624 = stablehlo.multiply %617, %623 : tensor<1x2048xf32>
    %625 = stablehlo.broadcast_in_dim %arg87, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %626 = stablehlo.multiply %624, %625 : tensor<1x2048xf32>
    %c_8 = stablehlo.constant dense<9> : tensor<i32>
    %627 = stablehlo.dot_general %626, %arg88, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %628 = stablehlo.dot_general %626, %arg89, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %629 = stablehlo.dot_general %626, %arg90, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %630 = stablehlo.reshape %627 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %631 = stablehlo.slice %630 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %632 = stablehlo.slice %630 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %633 = stablehlo.negate %632 : tensor<1x32x32xf32>
    %634 = stablehlo.concatenate %633, %631, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %635 = stablehlo.multiply %630, %32 : tensor<1x32x64xf32>
    %636 = stablehlo.multiply %634, %33 : tensor<1x32x64xf32>
    %637 = stablehlo.add %635, %636 : tensor<1x32x64xf32>
    %638 = stablehlo.reshape %628 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %639 = stablehlo.slice %638 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %640 = stablehlo.slice %638 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %641 = stablehlo.negate %640 : tensor<1x8x32xf32>
    %642 = stablehlo.concatenate %641, %639, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %643 = stablehlo.multiply %638, %42 : tensor<1x8x64xf32>
    %644 = stablehlo.multiply %642, %43 : tensor<1x8x64xf32>
    %645 = stablehlo.add %643, %644 : tensor<1x8x64xf32>
    %646 = stablehlo.reshape %629 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %647 = stablehlo.reshape %645 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %648 = stablehlo.dynamic_update_slice %582, %647, %c_8, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %649 = stablehlo.reshape %646 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %650 = stablehlo.dynamic_update_slice %584, %649, %c_8, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %651 = stablehlo.slice %648 [9:10, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %652 = stablehlo.slice %650 [9:10, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %653 = stablehlo.reshape %637 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %654 = stablehlo.dot_general %653, %651, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %655 = stablehlo.multiply %654, %56 : tensor<1x8x4x256xf32>
    %656 = stablehlo.select %60, %655, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %657 = stablehlo.reduce(%656 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %658 = stablehlo.broadcast_in_dim %657, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %659 = stablehlo.subtract %656, %658 : tensor<1x8x4x256xf32>
    %660 = stablehlo.exponential %659 : tensor<1x8x4x256xf32>
    %661 = stablehlo.reduce(%660 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %662 = stablehlo.broadcast_in_dim %661, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %663 = stablehlo.divide %660, %662 : tensor<1x8x4x256xf32>
    %664 = stablehlo.dot_general %663, %652, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %665 = stablehlo.reshape %664 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %666 = stablehlo.dot_general %665, %arg91, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %667 = stablehlo.add %617, %666 : tensor<1x2048xf32>
    %668 = stablehlo.multiply %667, %667 : tensor<1x2048xf32>
    %669 = stablehlo.reduce(%668 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %670 = stablehlo.divide %669, %15 : tensor<1xf32>
    %671 = stablehlo.add %670, %17 : tensor<1xf32>
    %672 = stablehlo.rsqrt %671 : tensor<1xf32>
    %673 = stablehlo.broadcast_in_dim %672, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %674 = stablehlo.multiply %667, %673 : tensor<1x2048xf32>
    %675 = stablehlo.broadcast_in_dim %arg92, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %676 = stablehlo.multiply %674, %675 : tensor<1x2048xf32>
    %677 = stablehlo.dot_general %676, %arg93, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %678 = stablehlo.dot_general %676, %arg94, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %679 = stablehlo.logistic %677 : tensor<1x8192xf32>
    %680 = stablehlo.multiply %677, %679 : tensor<1x8192xf32>
    %681 = stablehlo.multiply %680, %678 : tensor<1x8192xf32>
    %682 = stablehlo.dot_general %681, %arg95, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %683 = stablehlo.add %667, %682 : tensor<1x2048xf32>
    %684 = stablehlo.multiply %683, %683 : tensor<1x2048xf32>
    %685 = stablehlo.reduce(%684 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %686 = stablehlo.divide %685, %15 : tensor<1xf32>
    %687 = stablehlo.add %686, %17 : tensor<1xf32>
    %688 = stablehlo.rsqrt %687 : tensor<1xf32>
    %689 = stablehlo.broadcast_in_dim %688, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %690 = stablehlo.multiply %683, %689 : tensor<1x2048xf32>
    %691 = stablehlo.broadcast_in_dim %arg96, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %692 = stablehlo.multiply %690, %691 : tensor<1x2048xf32>
    %c_9 = stablehlo.constant dense<10> : tensor<i32>
    %693 = stablehlo.dot_general %692, %arg97, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %694 = stablehlo.dot_general %692, %arg98, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %695 = stablehlo.dot_general %692, %arg99, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %696 = stablehlo.reshape %693 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %697 = stablehlo.slice %696 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %698 = stablehlo.slice %696 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %699 = stablehlo.negate %698 : tensor<1x32x32xf32>
    %700 = stablehlo.concatenate %699, %697, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %701 = stablehlo.multiply %696, %32 : tensor<1x32x64xf32>
    %702 = stablehlo.multiply %700, %33 : tensor<1x32x64xf32>
    %703 = stablehlo.add %701, %702 : tensor<1x32x64xf32>
    %704 = stablehlo.reshape %694 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %705 = stablehlo.slice %704 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %706 = stablehlo.slice %704 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %707 = stablehlo.negate %706 : tensor<1x8x32xf32>
    %708 = stablehlo.concatenate %707, %705, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %709 = stablehlo.multiply %704, %42 : tensor<1x8x64xf32>
    %710 = stablehlo.multiply %708, %43 : tensor<1x8x64xf32>
    %711 = stablehlo.add %709, %710 : tensor<1x8x64xf32>
    %712 = stablehlo.reshape %695 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %713 = stablehlo.reshape %711 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %714 = stablehlo.dynamic_update_slice %648, %713, %c_9, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %715 = stablehlo.reshape %712 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %716 = stablehlo.dynamic_update_slice %650, %715, %c_9, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %717 = stablehlo.slice %714 [10:11, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %718 = stablehlo.slice %716 [10:11, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %719 = stablehlo.reshape %703 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %720 = stablehlo.dot_general %719, %717, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %721 = stablehlo.multiply %720, %56 : tensor<1x8x4x256xf32>
    %722 = stablehlo.select %60, %721, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %723 = stablehlo.reduce(%722 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %724 = stablehlo.broadcast_in_dim %723, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %725 = stablehlo.subtract %722, %724 : tensor<1x8x4x256xf32>
    %726 = stablehlo.exponential %725 : tensor<1x8x4x256xf32>
    %727 = stablehlo.reduce(%726 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %728 = stablehlo.broadcast_in_dim %727, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %729 = stablehlo.divide %726, %728 : tensor<1x8x4x256xf32>
    %730 = stablehlo.dot_general %729, %718, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %731 = stablehlo.reshape %730 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %732 = stablehlo.dot_general %731, %arg100, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %733 = stablehlo.add %683, %732 : tensor<1x2048xf32>
    %734 = stablehlo.multiply %733, %733 : tensor<1x2048xf32>
    %735 = stablehlo.reduce(%734 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %736 = stablehlo.divide %735, %15 : tensor<1xf32>
    %737 = stablehlo.add %736, %17 : tensor<1xf32>
    %738 = stablehlo.rsqrt %737 : tensor<1xf32>
    %739 = stablehlo.broadcast_in_dim %738, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %740 = stablehlo.multiply %733, %739 : tensor<1x2048xf32>
    %741 = stablehlo.broadcast_in_dim %arg101, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %742 = stablehlo.multiply %740, %741 : tensor<1x2048xf32>
    %743 = stablehlo.dot_general %742, %arg102, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %744 = stablehlo.dot_general %742, %arg103, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %745 = stablehlo.logistic %743 : tensor<1x8192xf32>
    %746 = stablehlo.multiply %743, %745 : tensor<1x8192xf32>
    %747 = stablehlo.multiply %746, %744 : tensor<1x8192xf32>
    %748 = stablehlo.dot_general %747, %arg104, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %749 = stablehlo.add %733, %748 : tensor<1x2048xf32>
    %750 = stablehlo.multiply %749, %749 : tensor<1x2048xf32>
    %751 = stablehlo.reduce(%750 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %752 = stablehlo.divide %751, %15 : tensor<1xf32>
    %753 = stablehlo.add %752, %17 : tensor<1xf32>
    %754 = stablehlo.rsqrt %753 : tensor<1xf32>
    %755 = stablehlo.broadcast_in_dim %754, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %756 = stablehlo.multiply %749, %755 : tensor<1x2048xf32>
    %757 = stablehlo.broadcast_in_dim %arg105, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %758 = stablehlo.multiply %756, %757 : tensor<1x2048xf32>
    %c_10 = stablehlo.constant dense<11> : tensor<i32>
    %759 = stablehlo.dot_general %758, %arg106, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %760 = stablehlo.dot_general %758, %arg107, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %761 = stablehlo.dot_general %758, %arg108, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %762 = stablehlo.reshape %759 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %763 = stablehlo.slice %762 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %764 = stablehlo.slice %762 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %765 = stablehlo.negate %764 : tensor<1x32x32xf32>
    %766 = stablehlo.concatenate %765, %763, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %767 = stablehlo.multiply %762, %32 : tensor<1x32x64xf32>
    %768 = stablehlo.multiply %766, %33 : tensor<1x32x64xf32>
    %769 = stablehlo.add %767, %768 : tensor<1x32x64xf32>
    %770 = stablehlo.reshape %760 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %771 = stablehlo.slice %770 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %772 = stablehlo.slice %770 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %773 = stablehlo.negate %772 : tensor<1x8x32xf32>
    %774 = stablehlo.concatenate %773, %771, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %775 = stablehlo.multiply %770, %42 : tensor<1x8x64xf32>
    %776 = stablehlo.multiply %774, %43 : tensor<1x8x64xf32>
    %777 = stablehlo.add %775, %776 : tensor<1x8x64xf32>
    %778 = stablehlo.reshape %761 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %779 = stablehlo.reshape %777 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %780 = stablehlo.dynamic_update_slice %714, %779, %c_10, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %781 = stablehlo.reshape %778 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %782 = stablehlo.dynamic_update_slice %716, %781, %c_10, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %783 = stablehlo.slice %780 [11:12, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %784 = stablehlo.slice %782 [11:12, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %785 = stablehlo.reshape %769 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %786 = stablehlo.dot_general %785, %783, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %787 = stablehlo.multiply %786, %56 : tensor<1x8x4x256xf32>
    %788 = stablehlo.select %60, %787, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %789 = stablehlo.reduce(%788 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %790 = stablehlo.broadcast_in_dim %789, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %791 = stablehlo.subtract %788, %790 : tensor<1x8x4x256xf32>
    %792 = stablehlo.exponential %791 : tensor<1x8x4x256xf32>
    %793 = stablehlo.reduce(%792 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %794 = stablehlo.broadcast_in_dim %793, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %795 = stablehlo.divide %792, %794 : tensor<1x8x4x256xf32>
    %796 = stablehlo.dot_general %795, %784, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %797 = stablehlo.reshape %796 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %798 = stablehlo.dot_general %797, %arg109, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %799 = stablehlo.add %749, %798 : tensor<1x2048xf32>
    %800 = stablehlo.multiply %799, %799 : tensor<1x2048xf32>
    %801 = stablehlo.reduce(%800 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %802 = stablehlo.divide %801, %15 : tensor<1xf32>
    %803 = stablehlo.add %802, %17 : tensor<1xf32>
    %804 = stablehlo.rsqrt %803 : tensor<1xf32>
    %805 = stablehlo.broadcast_in_dim %804, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %806 = stablehlo.multiply %799, %805 : tensor<1x2048xf32>
    %807 = stablehlo.broadcast_in_dim %arg110, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %808 = stablehlo.multiply %806, %807 : tensor<1x2048xf32>
    %809 = stablehlo.dot_general %808, %arg111, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %810 = stablehlo.dot_general %808, %arg112, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %811 = stablehlo.logistic %809 : tensor<1x8192xf32>
    %812 = stablehlo.multiply %809, %811 : tensor<1x8192xf32>
    %813 = stablehlo.multiply %812, %810 : tensor<1x8192xf32>
    %814 = stablehlo.dot_general %813, %arg113, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %815 = stablehlo.add %799, %814 : tensor<1x2048xf32>
    %816 = stablehlo.multiply %815, %815 : tensor<1x2048xf32>
    %817 = stablehlo.reduce(%816 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %818 = stablehlo.divide %817, %15 : tensor<1xf32>
    %819 = stablehlo.add %818, %17 : tensor<1xf32>
    %820 = stablehlo.rsqrt %819 : tensor<1xf32>
    %821 = stablehlo.broadcast_in_dim %820, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %822 = stablehlo.multiply %815, %821 : tensor<1x2048xf32>
    %823 = stablehlo.broadcast_in_dim %arg114, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %824 = stablehlo.multiply %822, %823 : tensor<1x2048xf32>
    %c_11 = stablehlo.constant dense<12> : tensor<i32>
    %825 = stablehlo.dot_general %824, %arg115, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %826 = stablehlo.dot_general %824, %arg116, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %827 = stablehlo.dot_general %824, %arg117, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %828 = stablehlo.reshape %825 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %829 = stablehlo.slice %828 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %830 = stablehlo.slice %828 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %831 = stablehlo.negate %830 : tensor<1x32x32xf32>
    %832 = stablehlo.concatenate %831, %829, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %833 = stablehlo.multiply %828, %32 : tensor<1x32x64xf32>
    %834 = stablehlo.multiply %832, %33 : tensor<1x32x64xf32>
    %835 = stablehlo.add %833, %834 : tensor<1x32x64xf32>
    %836 = stablehlo.reshape %826 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %837 = stablehlo.slice %836 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %838 = stablehlo.slice %836 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %839 = stablehlo.negate %838 : tensor<1x8x32xf32>
    %840 = stablehlo.concatenate %839, %837, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %841 = stablehlo.multiply %836, %42 : tensor<1x8x64xf32>
    %842 = stablehlo.multiply %840, %43 : tensor<1x8x64xf32>
    %843 = stablehlo.add %841, %842 : tensor<1x8x64xf32>
    %844 = stablehlo.reshape %827 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %845 = stablehlo.reshape %843 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %846 = stablehlo.dynamic_update_slice %780, %845, %c_11, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %847 = stablehlo.reshape %844 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %848 = stablehlo.dynamic_update_slice %782, %847, %c_11, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %849 = stablehlo.slice %846 [12:13, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %850 = stablehlo.slice %848 [12:13, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %851 = stablehlo.reshape %835 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %852 = stablehlo.dot_general %851, %849, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %853 = stablehlo.multiply %852, %56 : tensor<1x8x4x256xf32>
    %854 = stablehlo.select %60, %853, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %855 = stablehlo.reduce(%854 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %856 = stablehlo.broadcast_in_dim %855, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %857 = stablehlo.subtract %854, %856 : tensor<1x8x4x256xf32>
    %858 = stablehlo.exponential %857 : tensor<1x8x4x256xf32>
    %859 = stablehlo.reduce(%858 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %860 = stablehlo.broadcast_in_dim %859, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %861 = stablehlo.divide %858, %860 : tensor<1x8x4x256xf32>
    %862 = stablehlo.dot_general %861, %850, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %863 = stablehlo.reshape %862 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %864 = stablehlo.dot_general %863, %arg118, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %865 = stablehlo.add %815, %864 : tensor<1x2048xf32>
    %866 = stablehlo.multiply %865, %865 : tensor<1x2048xf32>
    %867 = stablehlo.reduce(%866 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %868 = stablehlo.divide %867, %15 : tensor<1xf32>
    %869 = stablehlo.add %868, %17 : tensor<1xf32>
    %870 = stablehlo.rsqrt %869 : tensor<1xf32>
    %871 = stablehlo.broadcast_in_dim %870, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %872 = stablehlo.multiply %865, %871 : tensor<1x2048xf32>
    %873 = stablehlo.broadcast_in_dim %arg119, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %874 = stablehlo.multiply %872, %873 : tensor<1x2048xf32>
    %875 = stablehlo.dot_general %874, %arg120, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %876 = stablehlo.dot_general %874, %arg121, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %877 = stablehlo.logistic %875 : tensor<1x8192xf32>
    %878 = stablehlo.multiply %875, %877 : tensor<1x8192xf32>
    %879 = stablehlo.multiply %878, %876 : tensor<1x8192xf32>
    %880 = stablehlo.dot_general %879, %arg122, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %881 = stablehlo.add %865, %880 : tensor<1x2048xf32>
    %882 = stablehlo.multiply %881, %881 : tensor<1x2048xf32>
    %883 = stablehlo.reduce(%882 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %884 = stablehlo.divide %883, %15 : tensor<1xf32>
    %885 = stablehlo.add %884, %17 : tensor<1xf32>
    %886 = stablehlo.rsqrt %885 : tensor<1xf32>
    %887 = stablehlo.broadcast_in_dim %886, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %888 = stablehlo.multiply %881, %887 : tensor<1x2048xf32>
    %889 = stablehlo.broadcast_in_dim %arg123, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %890 = stablehlo.multiply %888, %889 : tensor<1x2048xf32>
    %c_12 = stablehlo.constant dense<13> : tensor<i32>
    %891 = stablehlo.dot_general %890, %arg124, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %892 = stablehlo.dot_general %890, %arg125, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %893 = stablehlo.dot_general %890, %arg126, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %894 = stablehlo.reshape %891 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %895 = stablehlo.slice %894 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %896 = stablehlo.slice %894 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %897 = stablehlo.negate %896 : tensor<1x32x32xf32>
    %898 = stablehlo.concatenate %897, %895, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %899 = stablehlo.multiply %894, %32 : tensor<1x32x64xf32>
    %900 = stablehlo.multiply %898, %33 : tensor<1x32x64xf32>
    %901 = stablehlo.add %899, %900 : tensor<1x32x64xf32>
    %902 = stablehlo.reshape %892 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %903 = stablehlo.slice %902 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %904 = stablehlo.slice %902 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %905 = stablehlo.negate %904 : tensor<1x8x32xf32>
    %906 = stablehlo.concatenate %905, %903, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %907 = stablehlo.multiply %902, %42 : tensor<1x8x64xf32>
    %908 = stablehlo.multiply %906, %43 : tensor<1x8x64xf32>
    %909 = stablehlo.add %907, %908 : tensor<1x8x64xf32>
    %910 = stablehlo.reshape %893 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %911 = stablehlo.reshape %909 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %912 = stablehlo.dynamic_update_slice %846, %911, %c_12, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %913 = stablehlo.reshape %910 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %914 = stablehlo.dynamic_update_slice %848, %913, %c_12, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %915 = stablehlo.slice %912 [13:14, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %916 = stablehlo.slice %914 [13:14, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %917 = stablehlo.reshape %901 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %918 = stablehlo.dot_general %917, %915, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %919 = stablehlo.multiply %918, %56 : tensor<1x8x4x256xf32>
    %920 = stablehlo.select %60, %919, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %921 = stablehlo.reduce(%920 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %922 = stablehlo.broadcast_in_dim %921, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %923 = stablehlo.subtract %920, %922 : tensor<1x8x4x256xf32>
    %924 = stablehlo.exponential %923 : tensor<1x8x4x256xf32>
    %925 = stablehlo.reduce(%924 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %926 = stablehlo.broadcast_in_dim %925, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %927 = stablehlo.divide %924, %926 : tensor<1x8x4x256xf32>
    %928 = stablehlo.dot_general %927, %916, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %929 = stablehlo.reshape %928 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %930 = stablehlo.dot_general %929, %arg127, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %931 = stablehlo.add %881, %930 : tensor<1x2048xf32>
    %932 = stablehlo.multiply %931, %931 : tensor<1x2048xf32>
    %933 = stablehlo.reduce(%932 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %934 = stablehlo.divide %933, %15 : tensor<1xf32>
    %935 = stablehlo.add %934, %17 : tensor<1xf32>
    %936 = stablehlo.rsqrt %935 : tensor<1xf32>
    %937 = stablehlo.broadcast_in_dim %936, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %938 = stablehlo.multiply %931, %937 : tensor<1x2048xf32>
    %939 = stablehlo.broadcast_in_dim %arg128, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %940 = stablehlo.multiply %938, %939 : tensor<1x2048xf32>
    %941 = stablehlo.dot_general %940, %arg129, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %942 = stablehlo.dot_general %940, %arg130, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %943 = stablehlo.logistic %941 : tensor<1x8192xf32>
    %944 = stablehlo.multiply %941, %943 : tensor<1x8192xf32>
    %945 = stablehlo.multiply %944, %942 : tensor<1x8192xf32>
    %946 = stablehlo.dot_general %945, %arg131, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %947 = stablehlo.add %931, %946 : tensor<1x2048xf32>
    %948 = stablehlo.multiply %947, %947 : tensor<1x2048xf32>
    %949 = stablehlo.reduce(%948 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %950 = stablehlo.divide %949, %15 : tensor<1xf32>
    %951 = stablehlo.add %950, %17 : tensor<1xf32>
    %952 = stablehlo.rsqrt %951 : tensor<1xf32>
    %953 = stablehlo.broadcast_in_dim %952, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %954 = stablehlo.multiply %947, %953 : tensor<1x2048xf32>
    %955 = stablehlo.broadcast_in_dim %arg132, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %956 = stablehlo.multiply %954, %955 : tensor<1x2048xf32>
    %c_13 = stablehlo.constant dense<14> : tensor<i32>
    %957 = stablehlo.dot_general %956, %arg133, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %958 = stablehlo.dot_general %956, %arg134, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %959 = stablehlo.dot_general %956, %arg135, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %960 = stablehlo.reshape %957 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %961 = stablehlo.slice %960 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %962 = stablehlo.slice %960 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %963 = stablehlo.negate %962 : tensor<1x32x32xf32>
    %964 = stablehlo.concatenate %963, %961, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %965 = stablehlo.multiply %960, %32 : tensor<1x32x64xf32>
    %966 = stablehlo.multiply %964, %33 : tensor<1x32x64xf32>
    %967 = stablehlo.add %965, %966 : tensor<1x32x64xf32>
    %968 = stablehlo.reshape %958 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %969 = stablehlo.slice %968 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %970 = stablehlo.slice %968 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %971 = stablehlo.negate %970 : tensor<1x8x32xf32>
    %972 = stablehlo.concatenate %971, %969, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %973 = stablehlo.multiply %968, %42 : tensor<1x8x64xf32>
    %974 = stablehlo.multiply %972, %43 : tensor<1x8x64xf32>
    %975 = stablehlo.add %973, %974 : tensor<1x8x64xf32>
    %976 = stablehlo.reshape %959 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %977 = stablehlo.reshape %975 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %978 = stablehlo.dynamic_update_slice %912, %977, %c_13, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %979 = stablehlo.reshape %976 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %980 = stablehlo.dynamic_update_slice %914, %979, %c_13, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %981 = stablehlo.slice %978 [14:15, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %982 = stablehlo.slice %980 [14:15, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %983 = stablehlo.reshape %967 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %984 = stablehlo.dot_general %983, %981, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %985 = stablehlo.multiply %984, %56 : tensor<1x8x4x256xf32>
    %986 = stablehlo.select %60, %985, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %987 = stablehlo.reduce(%986 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %988 = stablehlo.broadcast_in_dim %987, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %989 = stablehlo.subtract %986, %988 : tensor<1x8x4x256xf32>
    %990 = stablehlo.exponential %989 : tensor<1x8x4x256xf32>
    %991 = stablehlo.reduce(%990 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %992 = stablehlo.broadcast_in_dim %991, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %993 = stablehlo.divide %990, %992 : tensor<1x8x4x256xf32>
    %994 = stablehlo.dot_general %993, %982, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %995 = stablehlo.reshape %994 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %996 = stablehlo.dot_general %995, %arg136, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %997 = stablehlo.add %947, %996 : tensor<1x2048xf32>
    %998 = stablehlo.multiply %997, %997 : tensor<1x2048xf32>
    %999 = stablehlo.reduce(%998 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %1000 = stablehlo.divide %999, %15 : tensor<1xf32>
    %1001 = stablehlo.add %1000, %17 : tensor<1xf32>
    %1002 = stablehlo.rsqrt %1001 : tensor<1xf32>
    %1003 = stablehlo.broadcast_in_dim %1002, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %1004 = stablehlo.multiply %997, %1003 : tensor<1x2048xf32>
    %1005 = stablehlo.broadcast_in_dim %arg137, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %1006 = stablehlo.multiply %1004, %1005 : tensor<1x2048xf32>
    %1007 = stablehlo.dot_general %1006, %arg138, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %1008 = stablehlo.dot_general %1006, %arg139, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %1009 = stablehlo.logistic %1007 : tensor<1x8192xf32>
    %1010 = stablehlo.multiply %1007, %1009 : tensor<1x8192xf32>
    %1011 = stablehlo.multiply %1010, %1008 : tensor<1x8192xf32>
    %1012 = stablehlo.dot_general %1011, %arg140, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %1013 = stablehlo.add %997, %1012 : tensor<1x2048xf32>
    %1014 = stablehlo.multiply %1013, %1013 : tensor<1x2048xf32>
    %1015 = stablehlo.reduce(%1014 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %1016 = stablehlo.divide %1015, %15 : tensor<1xf32>
    %1017 = stablehlo.add %1016, %17 : tensor<1xf32>
    %1018 = stablehlo.rsqrt %1017 : tensor<1xf32>
    %1019 = stablehlo.broadcast_in_dim %1018, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %1020 = stablehlo.multiply %1013, %1019 : tensor<1x2048xf32>
    %1021 = stablehlo.broadcast_in_dim %arg141, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %1022 = stablehlo.multiply %1020, %1021 : tensor<1x2048xf32>
    %c_14 = stablehlo.constant dense<15> : tensor<i32>
    %1023 = stablehlo.dot_general %1022, %arg142, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %1024 = stablehlo.dot_general %1022, %arg143, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %1025 = stablehlo.dot_general %1022, %arg144, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<512x2048xf32>) -> tensor<1x512xf32>
    %1026 = stablehlo.reshape %1023 : (tensor<1x2048xf32>) -> tensor<1x32x64xf32>
    %1027 = stablehlo.slice %1026 [0:1, 0:32, 0:32] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %1028 = stablehlo.slice %1026 [0:1, 0:32, 32:64] : (tensor<1x32x64xf32>) -> tensor<1x32x32xf32>
    %1029 = stablehlo.negate %1028 : tensor<1x32x32xf32>
    %1030 = stablehlo.concatenate %1029, %1027, dim = 2 : (tensor<1x32x32xf32>, tensor<1x32x32xf32>) -> tensor<1x32x64xf32>
    %1031 = stablehlo.multiply %1026, %32 : tensor<1x32x64xf32>
    %1032 = stablehlo.multiply %1030, %33 : tensor<1x32x64xf32>
    %1033 = stablehlo.add %1031, %1032 : tensor<1x32x64xf32>
    %1034 = stablehlo.reshape %1024 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %1035 = stablehlo.slice %1034 [0:1, 0:8, 0:32] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %1036 = stablehlo.slice %1034 [0:1, 0:8, 32:64] : (tensor<1x8x64xf32>) -> tensor<1x8x32xf32>
    %1037 = stablehlo.negate %1036 : tensor<1x8x32xf32>
    %1038 = stablehlo.concatenate %1037, %1035, dim = 2 : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x64xf32>
    %1039 = stablehlo.multiply %1034, %42 : tensor<1x8x64xf32>
    %1040 = stablehlo.multiply %1038, %43 : tensor<1x8x64xf32>
    %1041 = stablehlo.add %1039, %1040 : tensor<1x8x64xf32>
    %1042 = stablehlo.reshape %1025 : (tensor<1x512xf32>) -> tensor<1x8x64xf32>
    %1043 = stablehlo.reshape %1041 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %1044 = stablehlo.dynamic_update_slice %978, %1043, %c_14, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %1045 = stablehlo.reshape %1042 : (tensor<1x8x64xf32>) -> tensor<1x1x8x64xf32>
    %1046 = stablehlo.dynamic_update_slice %980, %1045, %c_14, %arg2, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %1047 = stablehlo.slice %1044 [15:16, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %1048 = stablehlo.slice %1046 [15:16, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %1049 = stablehlo.reshape %1033 : (tensor<1x32x64xf32>) -> tensor<1x8x4x64xf32>
    %1050 = stablehlo.dot_general %1049, %1047, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x8x4x64xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x256xf32>
    %1051 = stablehlo.multiply %1050, %56 : tensor<1x8x4x256xf32>
    %1052 = stablehlo.select %60, %1051, %61 : tensor<1x8x4x256xi1>, tensor<1x8x4x256xf32>
    %1053 = stablehlo.reduce(%1052 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %1054 = stablehlo.broadcast_in_dim %1053, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %1055 = stablehlo.subtract %1052, %1054 : tensor<1x8x4x256xf32>
    %1056 = stablehlo.exponential %1055 : tensor<1x8x4x256xf32>
    %1057 = stablehlo.reduce(%1056 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x256xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %1058 = stablehlo.broadcast_in_dim %1057, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x256xf32>
    %1059 = stablehlo.divide %1056, %1058 : tensor<1x8x4x256xf32>
    %1060 = stablehlo.dot_general %1059, %1048, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x8x4x256xf32>, tensor<1x256x8x64xf32>) -> tensor<1x8x4x64xf32>
    %1061 = stablehlo.reshape %1060 : (tensor<1x8x4x64xf32>) -> tensor<1x2048xf32>
    %1062 = stablehlo.dot_general %1061, %arg145, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<2048x2048xf32>) -> tensor<1x2048xf32>
    %1063 = stablehlo.add %1013, %1062 : tensor<1x2048xf32>
    %1064 = stablehlo.multiply %1063, %1063 : tensor<1x2048xf32>
    %1065 = stablehlo.reduce(%1064 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %1066 = stablehlo.divide %1065, %15 : tensor<1xf32>
    %1067 = stablehlo.add %1066, %17 : tensor<1xf32>
    %1068 = stablehlo.rsqrt %1067 : tensor<1xf32>
    %1069 = stablehlo.broadcast_in_dim %1068, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %1070 = stablehlo.multiply %1063, %1069 : tensor<1x2048xf32>
    %1071 = stablehlo.broadcast_in_dim %arg146, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %1072 = stablehlo.multiply %1070, %1071 : tensor<1x2048xf32>
    %1073 = stablehlo.dot_general %1072, %arg147, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %1074 = stablehlo.dot_general %1072, %arg148, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<8192x2048xf32>) -> tensor<1x8192xf32>
    %1075 = stablehlo.logistic %1073 : tensor<1x8192xf32>
    %1076 = stablehlo.multiply %1073, %1075 : tensor<1x8192xf32>
    %1077 = stablehlo.multiply %1076, %1074 : tensor<1x8192xf32>
    %1078 = stablehlo.dot_general %1077, %arg149, contracting_dims = [1] x [1] : (tensor<1x8192xf32>, tensor<2048x8192xf32>) -> tensor<1x2048xf32>
    %1079 = stablehlo.add %1063, %1078 : tensor<1x2048xf32>
    %1080 = stablehlo.multiply %1079, %1079 : tensor<1x2048xf32>
    %1081 = stablehlo.reduce(%1080 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %1082 = stablehlo.divide %1081, %15 : tensor<1xf32>
    %1083 = stablehlo.add %1082, %17 : tensor<1xf32>
    %1084 = stablehlo.rsqrt %1083 : tensor<1xf32>
    %1085 = stablehlo.broadcast_in_dim %1084, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %1086 = stablehlo.multiply %1079, %1085 : tensor<1x2048xf32>
    %1087 = stablehlo.broadcast_in_dim %arg150, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %1088 = stablehlo.multiply %1086, %1087 : tensor<1x2048xf32>
    %1089 = stablehlo.dot_general %1088, %arg5, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<128256x2048xf32>) -> tensor<1x128256xf32>
    %1090 = stablehlo.reshape %1089 : (tensor<1x128256xf32>) -> tensor<128256xf32>
    return %1090, %1044, %1046 : tensor<128256xf32>, tensor<16x256x8x64xf32>, tensor<16x256x8x64xf32>
  }
}
