// emit arch=llama-3.2-1b graph=prefill precision=f32 capacity=256 chunk=32 quant=none
module @prefill {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<16x256x8x64xf32> loc("kcache"), %arg4: tensor<16x256x8x64xf32> loc("vcache"), %arg5: tensor<128256x2048xf32> loc("model.embed_tokens.weight"), %arg6: tensor<2048xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<2048x2048xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<512x2048xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<512x2048xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<2048x2048xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<2048xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<8192x2048xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<8192x2048xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<2048x8192xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<2048xf32> loc("model.layers.1.input_layernorm.weight"), %arg16: tensor<2048x2048xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg17: tensor<512x2048xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg18: tensor<512x2048xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg19: tensor<2048x2048xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg20: tensor<2048xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg21: tensor<8192x2048xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg22: tensor<8192x2048xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg23: tensor<2048x8192xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg24: tensor<2048xf32> loc("model.layers.2.input_layernorm.weight"), %arg25: tensor<2048x2048xf32> loc("model.layers.2.self_attn.q_proj.weight"), %arg26: tensor<512x2048xf32> loc("model.layers.2.self_attn.k_proj.weight"), %arg27: tensor<512x2048xf32> loc("model.layers.2.self_attn.v_proj.weight"), %arg28: tensor<2048x2048xf32> loc("model.layers.2.self_attn.o_proj.weight"), %arg29: tensor<2048xf32> loc("model.layers.2.post_attention_layernorm.weight"), %arg30: tensor<8192x2048xf32> loc("model.layers.2.mlp.gate_proj.weight"), %arg31: tensor<8192x2048xf32> loc("model.layers.2.mlp.up_proj.weight"), %arg32: tensor<2048x8192xf32> loc("model.layers.2.mlp.down_proj.weight"), %arg33: tensor<2048xf32> loc("model.layers.3.input_layernorm.weight"), %arg34: tensor<2048x2048xf32> loc("model.layers.3.self_attn.q_proj.weight"), %arg35: tensor<512x2048xf32> loc("model.layers.3.self_attn.k_proj.weight"), %arg36: tensor<512x2048xf32> loc("model.layers.3.self_attn.v_proj.weight"), %arg37: tensor<2048x2048xf32> loc("model.layers.3.self_attn.o_proj.weight"), %arg38: tensor<2048xf32> loc("model.layers.3.post_attention_layernorm.weight"), %arg39: tensor<8192x2048xf32> loc("model.layers.3.mlp.gate_proj.weight"), %arg40: tensor<8192x2048xf32> loc("model.layers.3.mlp.up_proj.weight"), %arg41: tensor<2048x8192xf32> loc("model.layers.3.mlp.down_proj.weight"), %arg42: tensor<2048xf32> loc("model.layers.4.input_layernorm.weight"), %arg43: tensor<2048x2048xf32> loc("model.layers.4.self_attn.q_proj.weight"), %arg44: tensor<512x2048xf32> loc("model.layers.4.self_attn.k_proj.weight"), %arg45: tensor<512x2048xf32> loc("model.layers.4.self_attn.v_proj.weight"), %arg46: tensor<2048x2048xf32> loc("model.layers.4.self_attn.o_proj.weight"), %arg47: tensor<2048xf32> loc("model.layers.4.post_attention_layernorm.weight"), %arg48: tensor<8192x2048xf32> loc("model.layers.4.mlp.gate_proj.weight"), %arg49: tensor<8192x2048xf32> loc("model.layers.4.mlp.up_proj.weight"), %arg50: tensor<2048x8192xf32> loc("model.layers.4.mlp.down_proj.weight"), %arg51: tensor<2048xf32> loc("model.layers.5.input_layernorm.weight"), %arg52: tensor<2048x2048xf32> loc("model.layers.5.self_attn.q_proj.weight"), %arg53: tensor<512x2048xf32> loc("model.layers.5.self_attn.k_proj.weight"), %arg54: tensor<512x2048xf32> loc("model.layers.5.self_attn.v_proj.weight"), %arg55: tensor<2048x2048xf32> loc("model.layers.5.self_attn.o_proj.weight"), %arg56: tensor<2048xf32> loc("model.layers.5.post_attention_layernorm.weight"), %arg57: tensor<8192x2048xf32> loc("model.layers.5.mlp.gate_proj.weight"), %arg58: tensor<8192x2048xf32> loc("model.layers.5.mlp.up_proj.weight"), %arg59: tensor<2048x8192xf32> loc("model.layers.5.mlp.down_proj.weight"), %arg60: tensor<2048xf32> loc("model.layers.6.input_layernorm.weight"), %arg61: tensor<2048x2048xf32> loc("model.layers.6.self_attn.q_proj.weight"), %arg62: tensor<512x2048xf32> loc("model.layers.6.self_attn.k_proj.weight"), %arg63: tensor<512x2048xf32> loc("model.layers.6.self_attn.v_proj.weight"), %arg64: tensor<2048x2048xf32> loc("model.layers.6.self_attn.o_proj.weight"), %arg65: tensor<2048xf32> loc("model.layers.6.post_attention_layernorm.weight"), %arg66: tensor<8192x2048xf32> loc("model.layers.6.mlp.gate_proj.weight"), %arg67: tensor<8192x2048xf32> loc("model.layers.6.mlp.up_proj.weight"), %arg68: tensor<2048x8192xf32> loc("model.layers.6.mlp.down_proj.weight"), %arg69: tensor<2048xf32> loc("model.layers.7.input_layernorm.weight"), %arg70: tensor<2048x2048xf32> loc("model.layers.7.self_attn.q_proj.weight"), %arg71: tensor<512x2048xf32> loc("model.layers.7.self_attn.k_proj.weight"), %arg72: tensor<512x2048xf32> loc("model.layers.7.self_attn.v_proj.weight"), %arg73: tensor<2048x2048xf32> loc("model.layers.7.self_attn.o_proj.weight"), %arg74: tensor<2048xf32> loc("model.layers.7.post_attention_layernorm.weight"), %arg75: tensor<8192x2048xf32> loc("model.layers.7.mlp.gate_proj.weight"), %arg76: tensor<8192x2048xf32> loc("model.layers.7.mlp.up_proj.weight"), %arg77: tensor<2048x8192xf32> loc("model.layers.7.mlp.down_proj.weight"), %arg78: tensor<2048xf32> loc("model.layers.8.input_layernorm.weight"), %arg79: tensor<2048x2048xf32> loc("model.layers.8.self_attn.q_proj.weight"), %arg80: tensor<512x2048xf32> loc("model.layers.8.self_attn.k_proj.weight"), %arg81: tensor<512x2048xf32> loc("model.layers.8.self_attn.v_proj.weight"), %arg82: tensor<2048x2048xf32> loc("model.layers.8.self_attn.o_proj.weight"), %arg83: tensor<2048xf32> loc("model.layers.8.post_attention_layernorm.weight"), %arg84: tensor<8192x2048xf32> loc("model.layers.8.mlp.gate_proj.weight"), %arg85: tensor<8192x2048xf32> loc("model.layers.8.mlp.up_proj.weight"), %arg86: tensor<2048x8192xf32> loc("model.layers.8.mlp.down_proj.weight"), %arg87: tensor<2048xf32> loc("model.layers.9.input_layernorm.weight"), %arg88: tensor<2048x2048xf32> loc("model.layers.9.self_attn.q_proj.weight"), %arg89: tensor<512x2048xf32> loc("model.layers.9.self_attn.k_proj.weight"), %arg90: tensor<512x2048xf32> loc("model.layers.9.self_attn.v_proj.weight"), %arg91: tensor<2048x2048xf32> loc("model.layers.9.self_attn.o_proj.weight"), %arg92: tensor<2048xf32> loc("model.layers.9.post_attention_layernorm.weight"), %arg93: tensor<8192x2048xf32> loc("model.layers.9.mlp.gate_proj.weight"), %arg94: tensor<8192x2048xf32> loc("model.layers.9.mlp.up_proj.weight"), %arg95: tensor<2048x8192xf32> loc("model.layers.9.mlp.down_proj.weight"), %arg96: tensor<2048xf32> loc("model.layers.10.input_layernorm.weight"), %arg97: tensor<2048x2048xf32> loc("model.layers.10.self_attn.q_proj.weight"), %arg98: tensor<512x2048xf32> loc("model.layers.10.self_attn.k_proj.weight"), %arg99: tensor<512x2048xf32> loc("model.layers.10.self_attn.v_proj.weight"), %arg100: tensor<2048x2048xf32> loc("model.layers.10.self_attn.o_proj.weight"), %arg101: tensor<2048xf32> loc("model.layers.10.post_attention_layernorm.weight"), %arg102: tensor<8192x2048xf32> loc("model.layers.10.mlp.gate_proj.weight"), %arg103: tensor<8192x2048xf32> loc("model.layers.10.mlp.up_proj.weight"), %arg104: tensor<2048x8192xf32> loc("model.layers.10.mlp.down_proj.weight"), %arg105: tensor<2048xf32> loc("model.layers.11.input_layernorm.weight"), %arg106: tensor<2048x2048xf32> loc("model.layers.11.self_attn.q_proj.weight"), %arg107: tensor<512x2048xf32> loc("model.layers.11.self_attn.k_proj.weight"), %arg108: tensor<512x2048xf32> loc("model.layers.11.self_attn.v_proj.weight"), %arg109: tensor<2048x2048xf32> loc("model.layers.11.self_attn.o_proj.weight"), %arg110: tensor<2048xf32> loc("model.layers.11.post_attention_layernorm.weight"), %arg111: tensor<8192x2048xf32> loc("model.layers.11.mlp.gate_proj.weight"), %arg112: tensor<8192x2048xf32> loc("model.layers.11.mlp.up_proj.weight"), %arg113: tensor<2048x8192xf32> loc("model.layers.11.mlp.down_proj.weight"), %arg114: tensor<2048xf32> loc("model.layers.12.input_layernorm.weight"), %arg115: tensor<2048x2048xf32> loc("model.layers.12.self_attn.q_proj.weight"), %arg116: tensor<512x2048xf32> loc("model.layers.12.self_attn.k_proj.weight"), %arg117: tensor<512x2048xf32> loc("model.layers.12.self_attn.v_proj.weight"), %arg118: tensor<2048x2048xf32> loc("model.layers.12.self_attn.o_proj.weight"), %arg119: tensor<2048xf32> loc("model.layers.12.post_attention_layernorm.weight"), %arg120: tensor<8192x2048xf32> loc("model.layers.12.mlp.gate_proj.weight"), %arg121: tensor<8192x2048xf32> loc("model.layers.12.mlp.up_proj.weight"), %arg122: tensor<2048x8192xf32> loc("model.layers.12.mlp.down_proj.weight"), %arg123: tensor<2048xf32> loc("model.layers.13.input_layernorm.weight"), %arg124: tensor<2048x2048xf32> loc("model.layers.13.self_attn.q_proj.weight"), %arg125: tensor<512x2048xf32> loc("model.layers.13.self_attn.k_proj.weight"), %arg126: tensor<512x2048xf32> loc("model.layers.13.self_attn.v_proj.weight"), %arg127: tensor<2048x2048xf32> loc("model.layers.13.self_attn.o_proj.weight"), %arg128: tensor<2048xf32> loc("model.layers.13.post_attention_layernorm.weight"), %arg129: tensor<8192x2048xf32> loc("model.layers.13.mlp.gate_proj.weight"), %arg130: tensor<8192x2048xf32> loc("model.layers.13.mlp.up_proj.weight"), %arg131: tensor<2048x8192xf32> loc("model.layers.13.mlp.down_proj.weight"), %arg132: tensor<2048xf32> loc("model.layers.14.input_layernorm.weight"), %arg133: tensor<2048x2048xf32> loc("model.layers.14.self_attn.q_proj.weight"), %arg134: tensor<512x2048xf32> loc("model.layers.14.self_attn.k_proj.weight"), %arg135: tensor<512x2048xf32> loc("model.layers.14.self_attn.v_proj.weight"), %arg136: tensor<2048x2048xf32> loc("model.layers.14.self_attn.o_proj.weight"), %arg137: tensor<2048xf32> loc("model.layers.14.post_attention_layernorm.weight"), %arg138: tensor<8192x2048xf32> loc("model.layers.14.mlp.gate_proj.weight"), %arg139: tensor<8192x2048xf32> loc("model.layers.14.mlp.up_proj.weight"), %arg140: tensor<2048x8192xf32> loc("model.layers.14.mlp.down_proj.weight"), %arg141: tensor<2048xf32> loc("model.layers.15.input_layernorm.weight"), %arg142: tensor<2048x2048xf32> loc("model.layers.15.self_attn.q_proj.weight"), %arg143: tensor<512x2048xf32> loc("model.layers.15.self_attn.k_proj.weight"), %arg144: tensor<512x2048xf32> loc("model.layers.15.self_attn.v_proj.weight"), %arg145: tensor<2048x2048xf32> loc("model.layers.15.self_attn.o_proj.weight"), %arg146: tensor<2048xf32> loc("model.layers.15.post_attention_layernorm.weight"), %arg147: tensor<8192x2048xf32> loc("model.layers.15.mlp.gate_proj.weight"), %arg148: tensor<8192x2048xf32> loc("model.layers.15.mlp.up_proj.weight"), %arg149: tensor<2048x8192xf32> loc("model.layers.15.mlp.down_proj.weight"), %arg150: tensor<2048xf32> loc("model.norm.weight")) -> (tensor<i32>, tensor<16x256x8x64xf32>, tensor<16x256x8x64xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x32xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.663601219, 0.440366596, 0.292227834, 0.193922743, 0.128687367, 8.539710e-02, 0.0566696227, 0.0376060307, 0.0249554086, 0.0165604409, 0.0109895281, 0.00729266461, 0.00483942125, 0.00321144611, 0.00129054789, 4.29556792E-4, 9.70828768E-5, 1.94616387E-5, 1.29147675E-5, 8.57025588E-6, 5.68723226E-6, 3.77405422E-6, 2.50446715E-6, 1.66196742E-6, 1.10288363E-6, 7.318750e-07, 4.85673127E-7, 3.22293289E-7, 2.1387423E-7, 1.41927202E-7, 9.41830649E-8]> : tensor<32xf32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<32xf32>) -> tensor<32x32xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<32x32xf32>
    %6 = stablehlo.cosine %5 : tensor<32x32xf32>
    %7 = stablehlo.sine %5 : tensor<32x32xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x64xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x64xf32>
    %10 = stablehlo.reshape %arg0 : (tensor<32xi32>) -> tensor<32x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 2048>}> : (tensor<128256x2048xf32>, tensor<32x1xi32>) -> tensor<32x2048xf32>
    %12 = stablehlo.multiply %11, %11 : tensor<32x2048xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%12 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_1 = stablehlo.constant dense<2.048000e+03> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %15 = stablehlo.divide %13, %14 : tensor<32xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %17 = stablehlo.add %15, %16 : tensor<32xf32>
    %18 = stablehlo.rsqrt %17 : tensor<32xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %20 = stablehlo.multiply %11, %19 : tensor<32x2048xf32>
    %21 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %22 = stablehlo.multiply %20, %21 : tensor<32x2048xf32>
    %23 = stablehlo.dot_general %22, %arg7, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %24 = stablehlo.dot_general %22, %arg8, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %25 = stablehlo.dot_general %22, %arg9, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %26 = stablehlo.reshape %23 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %27 = stablehlo.slice %26 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %28 = stablehlo.slice %26 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %29 = stablehlo.negate %28 : tensor<32x32x32xf32>
    %30 = stablehlo.concatenate %29, %27, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %31 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x64xf32>) -> tensor<32x32x64xf32>
    %32 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x64xf32>) -> tensor<32x32x64xf32>
    %33 = stablehlo.multiply %26, %31 : tensor<32x32x64xf32>
    %34 = stablehlo.multiply %30, %32 : tensor<32x32x64xf32>
    %35 = stablehlo.add %33, %34 : tensor<32x32x64xf32>
    %36 = stablehlo.reshape %24 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %37 = stablehlo.slice %36 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %38 = stablehlo.slice %36 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %39 = stablehlo.negate %38 : tensor<32x8x32xf32>
    %40 = stablehlo.concatenate %39, %37, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %41 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x64xf32>) -> tensor<32x8x64xf32>
    %42 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x64xf32>) -> tensor<32x8x64xf32>
    %43 = stablehlo.multiply %36, %41 : tensor<32x8x64xf32>
    %44 = stablehlo.multiply %40, %42 : tensor<32x8x64xf32>
    %45 = stablehlo.add %43, %44 : tensor<32x8x64xf32>
    %46 = stablehlo.reshape %25 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %47 = stablehlo.reshape %45 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %48 = stablehlo.dynamic_update_slice %arg3, %47, %c, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %49 = stablehlo.reshape %46 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %50 = stablehlo.dynamic_update_slice %arg4, %49, %c, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %51 = stablehlo.slice %48 [0:1, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %52 = stablehlo.slice %50 [0:1, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %53 = stablehlo.reshape %35 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %54 = stablehlo.reshape %51 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %55 = stablehlo.reshape %52 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %56 = stablehlo.dot_general %53, %54, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %cst_3 = stablehlo.constant dense<1.250000e-01> : tensor<f32>
    %57 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<8x32x4x256xf32>
    %58 = stablehlo.multiply %56, %57 : tensor<8x32x4x256xf32>
    %59 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<8x32x4x256xi32>
    %60 = stablehlo.iota dim = 3 : tensor<8x32x4x256xi32>
    %61 = stablehlo.compare  LE, %60, %59,  SIGNED : (tensor<8x32x4x256xi32>, tensor<8x32x4x256xi32>) -> tensor<8x32x4x256xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8x32x4x256xf32>
    %63 = stablehlo.select %61, %58, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %64 = stablehlo.reduce(%63 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %66 = stablehlo.subtract %63, %65 : tensor<8x32x4x256xf32>
    %67 = stablehlo.exponential %66 : tensor<8x32x4x256xf32>
    %68 = stablehlo.reduce(%67 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %70 = stablehlo.divide %67, %69 : tensor<8x32x4x256xf32>
    %71 = stablehlo.dot_general %70, %55, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %72 = stablehlo.transpose %71, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %73 = stablehlo.reshape %72 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %74 = stablehlo.dot_general %73, %arg10, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %75 = stablehlo.add %11, %74 : tensor<32x2048xf32>
    %76 = stablehlo.multiply %75, %75 : tensor<32x2048xf32>
    %77 = stablehlo.reduce(%76 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %78 = stablehlo.divide %77, %14 : tensor<32xf32>
    %79 = stablehlo.add %78, %16 : tensor<32xf32>
    %80 = stablehlo.rsqrt %79 : tensor<32xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %82 = stablehlo.multiply %75, %81 : tensor<32x2048xf32>
    %83 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %84 = stablehlo.multiply %82, %83 : tensor<32x2048xf32>
    %85 = stablehlo.dot_general %84, %arg12, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %86 = stablehlo.dot_general %84, %arg13, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %87 = stablehlo.logistic %85 : tensor<32x8192xf32>
    %88 = stablehlo.multiply %85, %87 : tensor<32x8192xf32>
    %89 = stablehlo.multiply %88, %86 : tensor<32x8192xf32>
    %90 = stablehlo.dot_general %89, %arg14, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %91 = stablehlo.add %75, %90 : tensor<32x2048xf32>
    %92 = stablehlo.multiply %91, %91 : tensor<32x2048xf32>
    %93 = stablehlo.reduce(%92 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %94 = stablehlo.divide %93, %14 : tensor<32xf32>
    %95 = stablehlo.add %94, %16 : tensor<32xf32>
    %96 = stablehlo.rsqrt %95 : tensor<32xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %98 = stablehlo.multiply %91, %97 : tensor<32x2048xf32>
    %99 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %100 = stablehlo.multiply %98, %99 : tensor<32x2048xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %101 = stablehlo.dot_general %100, %arg16, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %102 = stablehlo.dot_general %100, %arg17, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %103 = stablehlo.dot_general %100, %arg18, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %104 = stablehlo.reshape %101 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %105 = stablehlo.slice %104 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %106 = stablehlo.slice %104 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %107 = stablehlo.negate %106 : tensor<32x32x32xf32>
    %108 = stablehlo.concatenate %107, %105, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %109 = stablehlo.multiply %104, %31 : tensor<32x32x64xf32>
    %110 = stablehlo.multiply %108, %32 : tensor<32x32x64xf32>
    %111 = stablehlo.add %109, %110 : tensor<32x32x64xf32>
    %112 = stablehlo.reshape %102 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %113 = stablehlo.slice %112 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %114 = stablehlo.slice %112 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %115 = stablehlo.negate %114 : tensor<32x8x32xf32>
    %116 = stablehlo.concatenate %115, %113, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %117 = stablehlo.multiply %112, %41 : tensor<32x8x64xf32>
    %118 = stablehlo.multiply %116, %42 : tensor<32x8x64xf32>
    %119 = stablehlo.add %117, %118 : tensor<32x8x64xf32>
    %120 = stablehlo.reshape %103 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %121 = stablehlo.reshape %119 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %122 = stablehlo.dynamic_update_slice %48, %121, %c_0, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %123 = stablehlo.reshape %120 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %124 = stablehlo.dynamic_update_slice %50, %123, %c_0, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %125 = stablehlo.slice %122 [1:2, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %126 = stablehlo.slice %124 [1:2, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %127 = stablehlo.reshape %111 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %128 = stablehlo.reshape %125 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %129 = stablehlo.reshape %126 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %130 = stablehlo.dot_general %127, %128, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %131 = stablehlo.multiply %130, %57 : tensor<8x32x4x256xf32>
    %132 = stablehlo.select %61, %131, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %133 = stablehlo.reduce(%132 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %135 = stablehlo.subtract %132, %134 : tensor<8x32x4x256xf32>
    %136 = stablehlo.exponential %135 : tensor<8x32x4x256xf32>
    %137 = stablehlo.reduce(%136 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %139 = stablehlo.divide %136, %138 : tensor<8x32x4x256xf32>
    %140 = stablehlo.dot_general %139, %129, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %141 = stablehlo.transpose %140, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %142 = stablehlo.reshape %141 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %143 = stablehlo.dot_general %142, %arg19, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %144 = stablehlo.add %91, %143 : tensor<32x2048xf32>
    %145 = stablehlo.multiply %144, %144 : tensor<32x2048xf32>
    %146 = stablehlo.reduce(%145 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %147 = stablehlo.divide %146, %14 : tensor<32xf32>
    %148 = stablehlo.add %147, %16 : tensor<32xf32>
    %149 = stablehlo.rsqrt %148 : tensor<32xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %151 = stablehlo.multiply %144, %150 : tensor<32x2048xf32>
    %152 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %153 = stablehlo.multiply %151, %152 : tensor<32x2048xf32>
    %154 = stablehlo.dot_general %153, %arg21, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %155 = stablehlo.dot_general %153, %arg22, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %156 = stablehlo.logistic %154 : tensor<32x8192xf32>
    %157 = stablehlo.multiply %154, %156 : tensor<32x8192xf32>
    %158 = stablehlo.multiply %157, %155 : tensor<32x8192xf32>
    %159 = stablehlo.dot_general %158, %arg23, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %160 = stablehlo.add %144, %159 : tensor<32x2048xf32>
    %161 = stablehlo.multiply %160, %160 : tensor<32x2048xf32>
    %162 = stablehlo.reduce(%161 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %163 = stablehlo.divide %162, %14 : tensor<32xf32>
    %164 = stablehlo.add %163, %16 : tensor<32xf32>
    %165 = stablehlo.rsqrt %164 : tensor<32xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %167 = stablehlo.multiply %160, %166 : tensor<32x2048xf32>
    %168 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %169 = stablehlo.multiply %167, %168 : tensor<32x2048xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %170 = stablehlo.dot_general %169, %arg25, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %171 = stablehlo.dot_general %169, %arg26, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %172 = stablehlo.dot_general %169, %arg27, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %173 = stablehlo.reshape %170 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %174 = stablehlo.slice %173 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %175 = stablehlo.slice %173 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %176 = stablehlo.negate %175 : tensor<32x32x32xf32>
    %177 = stablehlo.concatenate %176, %174, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %178 = stablehlo.multiply %173, %31 : tensor<32x32x64xf32>
    %179 = stablehlo.multiply %177, %32 : tensor<32x32x64xf32>
    %180 = stablehlo.add %178, %179 : tensor<32x32x64xf32>
    %181 = stablehlo.reshape %171 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %182 = stablehlo.slice %181 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %183 = stablehlo.slice %181 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %184 = stablehlo.negate %183 : tensor<32x8x32xf32>
    %185 = stablehlo.concatenate %184, %182, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %186 = stablehlo.multiply %181, %41 : tensor<32x8x64xf32>
    %187 = stablehlo.multiply %185, %42 : tensor<32x8x64xf32>
    %188 = stablehlo.add %186, %187 : tensor<32x8x64xf32>
    %189 = stablehlo.reshape %172 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %190 = stablehlo.reshape %188 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %191 = stablehlo.dynamic_update_slice %122, %190, %c_1, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %192 = stablehlo.reshape %189 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %193 = stablehlo.dynamic_update_slice %124, %192, %c_1, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %194 = stablehlo.slice %191 [2:3, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %195 = stablehlo.slice %193 [2:3, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %196 = stablehlo.reshape %180 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %197 = stablehlo.reshape %194 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %198 = stablehlo.reshape %195 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %199 = stablehlo.dot_general %196, %197, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %200 = stablehlo.multiply %199, %57 : tensor<8x32x4x256xf32>
    %201 = stablehlo.select %61, %200, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %202 = stablehlo.reduce(%201 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %204 = stablehlo.subtract %201, %203 : tensor<8x32x4x256xf32>
    %205 = stablehlo.exponential %204 : tensor<8x32x4x256xf32>
    %206 = stablehlo.reduce(%205 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %208 = stablehlo.divide %205, %207 : tensor<8x32x4x256xf32>
    %209 = stablehlo.dot_general %208, %198, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %210 = stablehlo.transpose %209, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %211 = stablehlo.reshape %210 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %212 = stablehlo.dot_general %211, %arg28, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %213 = stablehlo.add %160, %212 : tensor<32x2048xf32>
    %214 = stablehlo.multiply %213, %213 : tensor<32x2048xf32>
    %215 = stablehlo.reduce(%214 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %216 = stablehlo.divide %215, %14 : tensor<32xf32>
    %217 = stablehlo.add %216, %16 : tensor<32xf32>
    %218 = stablehlo.rsqrt %217 : tensor<32xf32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %220 = stablehlo.multiply %213, %219 : tensor<32x2048xf32>
    %221 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %222 = stablehlo.multiply %220, %221 : tensor<32x2048xf32>
    %223 = stablehlo.dot_general %222, %arg30, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %224 = stablehlo.dot_general %222, %arg31, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %225 = stablehlo.logistic %223 : tensor<32x8192xf32>
    %226 = stablehlo.multiply %223, %225 : tensor<32x8192xf32>
    %227 = stablehlo.multiply %226, %224 : tensor<32x8192xf32>
    %228 = stablehlo.dot_general %227, %arg32, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %229 = stablehlo.add %213, %228 : tensor<32x2048xf32>
    %230 = stablehlo.multiply %229, %229 : tensor<32x2048xf32>
    %231 = stablehlo.reduce(%230 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %232 = stablehlo.divide %231, %14 : tensor<32xf32>
    %233 = stablehlo.add %232, %16 : tensor<32xf32>
    %234 = stablehlo.rsqrt %233 : tensor<32xf32>
    %235 = stablehlo.broadcast_in_dim %234, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %236 = stablehlo.multiply %229, %235 : tensor<32x2048xf32>
    %237 = stablehlo.broadcast_in_dim %arg33, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %238 = stablehlo.multiply %236, %237 : tensor<32x2048xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %239 = stablehlo.dot_general %238, %arg34, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %240 = stablehlo.dot_general %238, %arg35, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %241 = stablehlo.dot_general %238, %arg36, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %242 = stablehlo.reshape %239 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %243 = stablehlo.slice %242 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %244 = stablehlo.slice %242 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %245 = stablehlo.negate %244 : tensor<32x32x32xf32>
    %246 = stablehlo.concatenate %245, %243, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %247 = stablehlo.multiply %242, %31 : tensor<32x32x64xf32>
    %248 = stablehlo.multiply %246, %32 : tensor<32x32x64xf32>
    %249 = stablehlo.add %247, %248 : tensor<32x32x64xf32>
    %250 = stablehlo.reshape %240 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %251 = stablehlo.slice %250 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %252 = stablehlo.slice %250 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %253 = stablehlo.negate %252 : tensor<32x8x32xf32>
    %254 = stablehlo.concatenate %253, %251, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %255 = stablehlo.multiply %250, %41 : tensor<32x8x64xf32>
    %256 = stablehlo.multiply %254, %42 : tensor<32x8x64xf32>
    %257 = stablehlo.add %255, %256 : tensor<32x8x64xf32>
    %258 = stablehlo.reshape %241 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %259 = stablehlo.reshape %257 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %260 = stablehlo.dynamic_update_slice %191, %259, %c_2, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %261 = stablehlo.reshape %258 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %262 = stablehlo.dynamic_update_slice %193, %261, %c_2, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %263 = stablehlo.slice %260 [3:4, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %264 = stablehlo.slice %262 [3:4, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %265 = stablehlo.reshape %249 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %266 = stablehlo.reshape %263 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %267 = stablehlo.reshape %264 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %268 = stablehlo.dot_general %265, %266, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %269 = stablehlo.multiply %268, %57 : tensor<8x32x4x256xf32>
    %270 = stablehlo.select %61, %269, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %271 = stablehlo.reduce(%270 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %273 = stablehlo.subtract %270, %272 : tensor<8x32x4x256xf32>
    %274 = stablehlo.exponential %273 : tensor<8x32x4x256xf32>
    %275 = stablehlo.reduce(%274 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %277 = stablehlo.divide %274, %276 : tensor<8x32x4x256xf32>
    %278 = stablehlo.dot_general %277, %267, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %279 = stablehlo.transpose %278, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %280 = stablehlo.reshape %279 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %281 = stablehlo.dot_general %280, %arg37, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %282 = stablehlo.add %229, %281 : tensor<32x2048xf32>
    %283 = stablehlo.multiply %282, %282 : tensor<32x2048xf32>
    %284 = stablehlo.reduce(%283 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %285 = stablehlo.divide %284, %14 : tensor<32xf32>
    %286 = stablehlo.add %285, %16 : tensor<32xf32>
    %287 = stablehlo.rsqrt %286 : tensor<32xf32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %289 = stablehlo.multiply %282, %288 : tensor<32x2048xf32>
    %290 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %291 = stablehlo.multiply %289, %290 : tensor<32x2048xf32>
    %292 = stablehlo.dot_general %291, %arg39, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %293 = stablehlo.dot_general %291, %arg40, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %294 = stablehlo.logistic %292 : tensor<32x8192xf32>
    %295 = stablehlo.multiply %292, %294 : tensor<32x8192xf32>
    %296 = stablehlo.multiply %295, %293 : tensor<32x8192xf32>
    %297 = stablehlo.dot_general %296, %arg41, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %298 = stablehlo.add %282, %297 : tensor<32x2048xf32>
    %299 = stablehlo.multiply %298, %298 : tensor<32x2048xf32>
    %300 = stablehlo.reduce(%299 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %301 = stablehlo.divide %300, %14 : tensor<32xf32>
    %302 = stablehlo.add %301, %16 : tensor<32xf32>
    %303 = stablehlo.rsqrt %302 : tensor<32xf32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %305 = stablehlo.multiply %298, %304 : tensor<32x2048xf32>
    %306 = stablehlo.broadcast_in_dim %arg42, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %307 = stablehlo.multiply %305, %306 : tensor<32x2048xf32>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %308 = stablehlo.dot_general %307, %arg43, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %309 = stablehlo.dot_general %307, %arg44, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %310 = stablehlo.dot_general %307, %arg45, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %311 = stablehlo.reshape %308 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %312 = stablehlo.slice %311 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %313 = stablehlo.slice %311 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %314 = stablehlo.negate %313 : tensor<32x32x32xf32>
    %315 = stablehlo.concatenate %314, %312, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %316 = stablehlo.multiply %311, %31 : tensor<32x32x64xf32>
    %317 = stablehlo.multiply %315, %32 : tensor<32x32x64xf32>
    %318 = stablehlo.add %316, %317 : tensor<32x32x64xf32>
    %319 = stablehlo.reshape %309 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %320 = stablehlo.slice %319 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %321 = stablehlo.slice %319 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %322 = stablehlo.negate %321 : tensor<32x8x32xf32>
    %323 = stablehlo.concatenate %322, %320, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %324 = stablehlo.multiply %319, %41 : tensor<32x8x64xf32>
    %325 = stablehlo.multiply %323, %42 : tensor<32x8x64xf32>
    %326 = stablehlo.add %324, %325 : tensor<32x8x64xf32>
    %327 = stablehlo.reshape %310 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %328 = stablehlo.reshape %326 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %329 = stablehlo.dynamic_update_slice %260, %328, %c_3, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %330 = stablehlo.reshape %327 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %331 = stablehlo.dynamic_update_slice %262, %330, %c_3, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %332 = stablehlo.slice %329 [4:5, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %333 = stablehlo.slice %331 [4:5, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %334 = stablehlo.reshape %318 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %335 = stablehlo.reshape %332 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %336 = stablehlo.reshape %333 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %337 = stablehlo.dot_general %334, %335, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %338 = stablehlo.multiply %337, %57 : tensor<8x32x4x256xf32>
    %339 = stablehlo.select %61, %338, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %340 = stablehlo.reduce(%339 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %341 = stablehlo.broadcast_in_dim %340, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %342 = stablehlo.subtract %339, %341 : tensor<8x32x4x256xf32>
    %343 = stablehlo.exponential %342 : tensor<8x32x4x256xf32>
    %344 = stablehlo.reduce(%343 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %346 = stablehlo.divide %343, %345 : tensor<8x32x4x256xf32>
    %347 = stablehlo.dot_general %346, %336, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %348 = stablehlo.transpose %347, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %349 = stablehlo.reshape %348 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %350 = stablehlo.dot_general %349, %arg46, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %351 = stablehlo.add %298, %350 : tensor<32x2048xf32>
    %352 = stablehlo.multiply %351, %351 : tensor<32x2048xf32>
    %353 = stablehlo.reduce(%352 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %354 = stablehlo.divide %353, %14 : tensor<32xf32>
    %355 = stablehlo.add %354, %16 : tensor<32xf32>
    %356 = stablehlo.rsqrt %355 : tensor<32xf32>
    %357 = stablehlo.broadcast_in_dim %356, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %358 = stablehlo.multiply %351, %357 : tensor<32x2048xf32>
    %359 = stablehlo.broadcast_in_dim %arg47, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %360 = stablehlo.multiply %358, %359 : tensor<32x2048xf32>
    %361 = stablehlo.dot_general %360, %arg48, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %362 = stablehlo.dot_general %360, %arg49, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %363 = stablehlo.logistic %361 : tensor<32x8192xf32>
    %364 = stablehlo.multiply %361, %363 : tensor<32x8192xf32>
    %365 = stablehlo.multiply %364, %362 : tensor<32x8192xf32>
    %366 = stablehlo.dot_general %365, %arg50, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %367 = stablehlo.add %351, %366 : tensor<32x2048xf32>
    %368 = stablehlo.multiply %367, %367 : tensor<32x2048xf32>
    %369 = stablehlo.reduce(%368 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %370 = stablehlo.divide %369, %14 : tensor<32xf32>
    %371 = stablehlo.add %370, %16 : tensor<32xf32>
    %372 = stablehlo.rsqrt %371 : tensor<32xf32>
    %373 = stablehlo.broadcast_in_dim %372, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %374 = stablehlo.multiply %367, %373 : tensor<32x2048xf32>
    %375 = stablehlo.broadcast_in_dim %arg51, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %376 = stablehlo.multiply %374, %375 : tensor<32x2048xf32>
    %c_4 = stablehlo.constant dense<5> : tensor<i32>
    %377 = stablehlo.dot_general %376, %arg52, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %378 = stablehlo.dot_general %376, %arg53, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %379 = stablehlo.dot_general %376, %arg54, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %380 = stablehlo.reshape %377 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %381 = stablehlo.slice %380 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %382 = stablehlo.slice %380 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %383 = stablehlo.negate %382 : tensor<32x32x32xf32>
    %384 = stablehlo.concatenate %383, %381, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %385 = stablehlo.multiply %380, %31 : tensor<32x32x64xf32>
    %386 = stablehlo.multiply %384, %32 : tensor<32x32x64xf32>
    %387 = stablehlo.add %385, %386 : tensor<32x32x64xf32>
    %388 = stablehlo.reshape %378 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %389 = stablehlo.slice %388 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %390 = stablehlo.slice %388 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %391 = stablehlo.negate %390 : tensor<32x8x32xf32>
    %392 = stablehlo.concatenate %391, %389, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %393 = stablehlo.multiply %388, %41 : tensor<32x8x64xf32>
    %394 = stablehlo.multiply %392, %42 : tensor<32x8x64xf32>
    %395 = stablehlo.add %393, %394 : tensor<32x8x64xf32>
    %396 = stablehlo.reshape %379 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %397 = stablehlo.reshape %395 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %398 = stablehlo.dynamic_update_slice %329, %397, %c_4, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %399 = stablehlo.reshape %396 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %400 = stablehlo.dynamic_update_slice %331, %399, %c_4, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %401 = stablehlo.slice %398 [5:6, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %402 = stablehlo.slice %400 [5:6, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %403 = stablehlo.reshape %387 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %404 = stablehlo.reshape %401 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %405 = stablehlo.reshape %402 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %406 = stablehlo.dot_general %403, %404, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %407 = stablehlo.multiply %406, %57 : tensor<8x32x4x256xf32>
    %408 = stablehlo.select %61, %407, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %409 = stablehlo.reduce(%408 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %410 = stablehlo.broadcast_in_dim %409, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %411 = stablehlo.subtract %408, %410 : tensor<8x32x4x256xf32>
    %412 = stablehlo.exponential %411 : tensor<8x32x4x256xf32>
    %413 = stablehlo.reduce(%412 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %414 = stablehlo.broadcast_in_dim %413, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %415 = stablehlo.divide %412, %414 : tensor<8x32x4x256xf32>
    %416 = stablehlo.dot_general %415, %405, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %417 = stablehlo.transpose %416, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %418 = stablehlo.reshape %417 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %419 = stablehlo.dot_general %418, %arg55, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %420 = stablehlo.add %367, %419 : tensor<32x2048xf32>
    %421 = stablehlo.multiply %420, %420 : tensor<32x2048xf32>
    %422 = stablehlo.reduce(%421 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %423 = stablehlo.divide %422, %14 : tensor<32xf32>
    %424 = stablehlo.add %423, %16 : tensor<32xf32>
    %425 = stablehlo.rsqrt %424 : tensor<32xf32>
    %426 = stablehlo.broadcast_in_dim %425, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %427 = stablehlo.multiply %420, %426 : tensor<32x2048xf32>
    %428 = stablehlo.broadcast_in_dim %arg56, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %429 = stablehlo.multiply %427, %428 : tensor<32x2048xf32>
    %430 = stablehlo.dot_general %429, %arg57, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %431 = stablehlo.dot_general %429, %arg58, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %432 = stablehlo.logistic %430 : tensor<32x8192xf32>
    %433 = stablehlo.multiply %430, %432 : tensor<32x8192xf32>
    %434 = stablehlo.multiply %433, %431 : tensor<32x8192xf32>
    %435 = stablehlo.dot_general %434, %arg59, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %436 = stablehlo.add %420, %435 : tensor<32x2048xf32>
    %437 = stablehlo.multiply %436, %436 : tensor<32x2048xf32>
    %438 = stablehlo.reduce(%437 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %439 = stablehlo.divide %438, %14 : tensor<32xf32>
    %440 = stablehlo.add %439, %16 : tensor<32xf32>
    %441 = stablehlo.rsqrt %440 : tensor<32xf32>
    %442 = stablehlo.broadcast_in_dim %441, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %443 = stablehlo.multiply %436, %442 : tensor<32x2048xf32>
    %444 = stablehlo.broadcast_in_dim %arg60, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %445 = stablehlo.multiply %443, %444 : tensor<32x2048xf32>
    %c_5 = stablehlo.constant dense<6> : tensor<i32>
    %446 = stablehlo.dot_general %445, %arg61, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %447 = stablehlo.dot_general %445, %arg62, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %448 = stablehlo.dot_general %445, %arg63, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %449 = stablehlo.reshape %446 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %450 = stablehlo.slice %449 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %451 = stablehlo.slice %449 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %452 = stablehlo.negate %451 : tensor<32x32x32xf32>
    %453 = stablehlo.concatenate %452, %450, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %454 = stablehlo.multiply %449, %31 : tensor<32x32x64xf32>
    %455 = stablehlo.multiply %453, %32 : tensor<32x32x64xf32>
    %456 = stablehlo.add %454, %455 : tensor<32x32x64xf32>
    %457 = stablehlo.reshape %447 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %458 = stablehlo.slice %457 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %459 = stablehlo.slice %457 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %460 = stablehlo.negate %459 : tensor<32x8x32xf32>
    %461 = stablehlo.concatenate %460, %458, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %462 = stablehlo.multiply %457, %41 : tensor<32x8x64xf32>
    %463 = stablehlo.multiply %461, %42 : tensor<32x8x64xf32>
    %464 = stablehlo.add %462, %463 : tensor<32x8x64xf32>
    %465 = stablehlo.reshape %448 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %466 = stablehlo.reshape %464 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %467 = stablehlo.dynamic_update_slice %398, %466, %c_5, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %468 = stablehlo.reshape %465 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %469 = stablehlo.dynamic_update_slice %400, %468, %c_5, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %470 = stablehlo.slice %467 [6:7, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %471 = stablehlo.slice %469 [6:7, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %472 = stablehlo.reshape %456 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %473 = stablehlo.reshape %470 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %474 = stablehlo.reshape %471 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %475 = stablehlo.dot_general %472, %473, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %476 = stablehlo.multiply %475, %57 : tensor<8x32x4x256xf32>
    %477 = stablehlo.select %61, %476, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %478 = stablehlo.reduce(%477 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %479 = stablehlo.broadcast_in_dim %478, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %480 = stablehlo.subtract %477, %479 : tensor<8x32x4x256xf32>
    %481 = stablehlo.exponential %480 : tensor<8x32x4x256xf32>
    %482 = stablehlo.reduce(%481 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %483 = stablehlo.broadcast_in_dim %482, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %484 = stablehlo.divide %481, %483 : tensor<8x32x4x256xf32>
    %485 = stablehlo.dot_general %484, %474, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %486 = stablehlo.transpose %485, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %487 = stablehlo.reshape %486 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %488 = stablehlo.dot_general %487, %arg64, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %489 = stablehlo.add %436, %488 : tensor<32x2048xf32>
    %490 = stablehlo.multiply %489, %489 : tensor<32x2048xf32>
    %491 = stablehlo.reduce(%490 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %492 = stablehlo.divide %491, %14 : tensor<32xf32>
    %493 = stablehlo.add %492, %16 : tensor<32xf32>
    %494 = stablehlo.rsqrt %493 : tensor<32xf32>
    %495 = stablehlo.broadcast_in_dim %494, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %496 = stablehlo.multiply %489, %495 : tensor<32x2048xf32>
    %497 = stablehlo.broadcast_in_dim %arg65, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %498 = stablehlo.multiply %496, %497 : tensor<32x2048xf32>
    %499 = stablehlo.dot_general %498, %arg66, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %500 = stablehlo.dot_general %498, %arg67, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %501 = stablehlo.logistic %499 : tensor<32x8192xf32>
    %502 = stablehlo.multiply %499, %501 : tensor<32x8192xf32>
    %503 = stablehlo.multiply %502, %500 : tensor<32x8192xf32>
    %504 = stablehlo.dot_general %503, %arg68, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %505 = stablehlo.add %489, %504 : tensor<32x2048xf32>
    %506 = stablehlo.multiply %505, %505 : tensor<32x2048xf32>
    %507 = stablehlo.reduce(%506 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %508 = stablehlo.divide %507, %14 : tensor<32xf32>
    %509 = stablehlo.add %508, %16 : tensor<32xf32>
    %510 = stablehlo.rsqrt %509 : tensor<32xf32>
    %511 = stablehlo.broadcast_in_dim %510, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %512 = stablehlo.multiply %505, %511 : tensor<32x2048xf32>
    %513 = stablehlo.broadcast_in_dim %arg69, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %514 = stablehlo.multiply %512, %513 : tensor<32x2048xf32>
    %c_6 = stablehlo.constant dense<7> : tensor<i32>
    %515 = stablehlo.dot_general %514, %arg70, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %516 = stablehlo.dot_general %514, %arg71, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %517 = stablehlo.dot_general %514, %arg72, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %518 = stablehlo.reshape %515 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %519 = stablehlo.slice %518 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %520 = stablehlo.slice %518 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %521 = stablehlo.negate %520 : tensor<32x32x32xf32>
    %522 = stablehlo.concatenate %521, %519, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %523 = stablehlo.multiply %518, %31 : tensor<32x32x64xf32>
    %524 = stablehlo.multiply %522, %32 : tensor<32x32x64xf32>
    %525 = stablehlo.add %523, %524 : tensor<32x32x64xf32>
    %526 = stablehlo.reshape %516 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %527 = stablehlo.slice %526 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %528 = stablehlo.slice %526 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %529 = stablehlo.negate %528 : tensor<32x8x32xf32>
    %530 = stablehlo.concatenate %529, %527, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %531 = stablehlo.multiply %526, %41 : tensor<32x8x64xf32>
    %532 = stablehlo.multiply %530, %42 : tensor<32x8x64xf32>
    %533 = stablehlo.add %531, %532 : tensor<32x8x64xf32>
    %534 = stablehlo.reshape %517 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %535 = stablehlo.reshape %533 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %536 = stablehlo.dynamic_update_slice %467, %535, %c_6, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %537 = stablehlo.reshape %534 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %538 = stablehlo.dynamic_update_slice %469, %537, %c_6, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %539 = stablehlo.slice %536 [7:8, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %540 = stablehlo.slice %538 [7:8, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %541 = stablehlo.reshape %525 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %542 = stablehlo.reshape %539 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %543 = stablehlo.reshape %540 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %544 = stablehlo.dot_general %541, %542, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %545 = stablehlo.multiply %544, %57 : tensor<8x32x4x256xf32>
    %546 = stablehlo.select %61, %545, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %547 = stablehlo.reduce(%546 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %548 = stablehlo.broadcast_in_dim %547, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %549 = stablehlo.subtract %546, %548 : tensor<8x32x4x256xf32>
    %550 = stablehlo.exponential %549 : tensor<8x32x4x256xf32>
    %551 = stablehlo.reduce(%550 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %552 = stablehlo.broadcast_in_dim %551, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %553 = stablehlo.divide %550, %552 : tensor<8x32x4x256xf32>
    %554 = stablehlo.dot_general %553, %543, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %555 = stablehlo.transpose %554, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %556 = stablehlo.reshape %555 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %557 = stablehlo.dot_general %556, %arg73, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %558 = stablehlo.add %505, %557 : tensor<32x2048xf32>
    %559 = stablehlo.multiply %558, %558 : tensor<32x2048xf32>
    %560 = stablehlo.reduce(%559 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %561 = stablehlo.divide %560, %14 : tensor<32xf32>
    %562 = stablehlo.add %561, %16 : tensor<32xf32>
    %563 = stablehlo.rsqrt %562 : tensor<32xf32>
    %564 = stablehlo.broadcast_in_dim %563, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %565 = stablehlo.multiply %558, %564 : tensor<32x2048xf32>
    %566 = stablehlo.broadcast_in_dim %arg74, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %567 = stablehlo.multiply %565, %566 : tensor<32x2048xf32>
    %568 = stablehlo.dot_general %567, %arg75, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %569 = stablehlo.dot_general %567, %arg76, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %570 = stablehlo.logistic %568 : tensor<32x8192xf32>
    %571 = stablehlo.multiply %568, %570 : tensor<32x8192xf32>
    %572 = stablehlo.multiply %571, %569 : tensor<32x8192xf32>
    %573 = stablehlo.dot_general %572, %arg77, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %574 = stablehlo.add %558, %573 : tensor<32x2048xf32>
    %575 = stablehlo.multiply %574, %574 : tensor<32x2048xf32>
    %576 = stablehlo.reduce(%575 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %577 = stablehlo.divide %576, %14 : tensor<32xf32>
    %578 = stablehlo.add %577, %16 : tensor<32xf32>
    %579 = stablehlo.rsqrt %578 : tensor<32xf32>
    %580 = stablehlo.broadcast_in_dim %579, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %581 = stablehlo.multiply %574, %580 : tensor<32x2048xf32>
    %582 = stablehlo.broadcast_in_dim %arg78, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %583 = stablehlo.multiply %581, %582 : tensor<32x2048xf32>
    %c_7 = stablehlo.constant dense<8> : tensor<i32>
    %584 = stablehlo.dot_general %583, %arg79, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %585 = stablehlo.dot_general %583, %arg80, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %586 = stablehlo.dot_general %583, %arg81, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %587 = stablehlo.reshape %584 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %588 = stablehlo.slice %587 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %589 = stablehlo.slice %587 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %590 = stablehlo.negate %589 : tensor<32x32x32xf32>
    %591 = stablehlo.concatenate %590, %588, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %592 = stablehlo.multiply %587, %31 : tensor<32x32x64xf32>
    %593 = stablehlo.multiply %591, %32 : tensor<32x32x64xf32>
    %594 = stablehlo.add %592, %593 : tensor<32x32x64xf32>
    %595 = stablehlo.reshape %585 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %596 = stablehlo.slice %595 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %597 = stablehlo.slice %595 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %598 = stablehlo.negate %597 : tensor<32x8x32xf32>
    %599 = stablehlo.concatenate %598, %596, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %600 = stablehlo.multiply %595, %41 : tensor<32x8x64xf32>
    %601 = stablehlo.multiply %599, %42 : tensor<32x8x64xf32>
    %602 = stablehlo.add %600, %601 : tensor<32x8x64xf32>
    %603 = stablehlo.reshape %586 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %604 = stablehlo.reshape %602 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %605 = stablehlo.dynamic_update_slice %536, %604, %c_7, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %606 = stablehlo.reshape %603 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %607 = stablehlo.dynamic_update_slice %538, %606, %c_7, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %608 = stablehlo.slice %605 [8:9, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %609 = stablehlo.slice %607 [8:9, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %610 = stablehlo.reshape %594 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %611 = stablehlo.reshape %608 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %612 = stablehlo.reshape %609 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %613 = stablehlo.dot_general %610, %611, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %614 = stablehlo.multiply %613, %57 : tensor<8x32x4x256xf32>
    %615 = stablehlo.select %61, %614, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %616 = stablehlo.reduce(%615 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %617 = stablehlo.broadcast_in_dim %616, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %618 = stablehlo.subtract %615, %617 : tensor<8x32x4x256xf32>
    %619 = stablehlo.exponential %618 : tensor<8x32x4x256xf32>
    %620 = stablehlo.reduce(%619 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %621 = stablehlo.broadcast_in_dim %620, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %622 = stablehlo.divide %619, %621 : tensor<8x32x4x256xf32>
    %623 = stablehlo.dot_general %622, %612, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %624 = stablehlo.transpose %623, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %625 = stablehlo.reshape %624 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %626 = stablehlo.dot_general %625, %arg82, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %627 = stablehlo.add %574, %626 : tensor<32x2048xf32>
    %628 = stablehlo.multiply %627, %627 : tensor<32x2048xf32>
    %629 = stablehlo.reduce(%628 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %630 = stablehlo.divide %629, %14 : tensor<32xf32>
    %631 = stablehlo.add %630, %16 : tensor<32xf32>
    %632 = stablehlo.rsqrt %631 : tensor<32xf32>
    %633 = stablehlo.broadcast_in_dim %632, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %634 = stablehlo.multiply %627, %633 : tensor<32x2048xf32>
    %635 = stablehlo.broadcast_in_dim %arg83, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %636 = stablehlo.multiply %634, %635 : tensor<32x2048xf32>
    %637 = stablehlo.dot_general %636, %arg84, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %638 = stablehlo.dot_general %636, %arg85, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %639 = stablehlo.logistic %637 : tensor<32x8192xf32>
    %640 = stablehlo.multiply %637, %639 : tensor<32x8192xf32>
    %641 = stablehlo.multiply %640, %638 : tensor<32x8192xf32>
    %642 = stablehlo.dot_general %641, %arg86, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %643 = stablehlo.add %627, %642 : tensor<32x2048xf32>
    %644 = stablehlo.multiply %643, %643 : tensor<32x2048xf32>
    %645 = stablehlo.reduce(%644 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %646 = stablehlo.divide %645, %14 : tensor<32xf32>
    %647 = stablehlo.add %646, %16 : tensor<32xf32>
    %648 = stablehlo.rsqrt %647 : tensor<32xf32>
    %649 = stablehlo.broadcast_in_dim %648, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %650 = stablehlo.multiply %643, %649 : tensor<32x2048xf32>
    %651 = stablehlo.broadcast_in_dim %arg87, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %652 = stablehlo.multiply %650, %651 : tensor<32x2048xf32>
    %c_8 = stablehlo.constant dense<9> : tensor<i32>
    %653 = stablehlo.dot_general %652, %arg88, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %654 = stablehlo.dot_general %652, %arg89, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %655 = stablehlo.dot_general %652, %arg90, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %656 = stablehlo.reshape %653 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %657 = stablehlo.slice %656 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %658 = stablehlo.slice %656 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %659 = stablehlo.negate %658 : tensor<32x32x32xf32>
    %660 = stablehlo.concatenate %659, %657, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %661 = stablehlo.multiply %656, %31 : tensor<32x32x64xf32>
    %662 = stablehlo.multiply %660, %32 : tensor<32x32x64xf32>
    %663 = stablehlo.add %661, %662 : tensor<32x32x64xf32>
    %664 = stablehlo.reshape %654 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %665 = stablehlo.slice %664 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %666 = stablehlo.slice %664 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %667 = stablehlo.negate %666 : tensor<32x8x32xf32>
    %668 = stablehlo.concatenate %667, %665, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %669 = stablehlo.multiply %664, %41 : tensor<32x8x64xf32>
    %670 = stablehlo.multiply %668, %42 : tensor<32x8x64xf32>
    %671 = stablehlo.add %669, %670 : tensor<32x8x64xf32>
    %672 = stablehlo.reshape %655 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %673 = stablehlo.reshape %671 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %674 = stablehlo.dynamic_update_slice %605, %673, %c_8, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %675 = stablehlo.reshape %672 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %676 = stablehlo.dynamic_update_slice %607, %675, %c_8, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %677 = stablehlo.slice %674 [9:10, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %678 = stablehlo.slice %676 [9:10, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %679 = stablehlo.reshape %663 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %680 = stablehlo.reshape %677 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %681 = stablehlo.reshape %678 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %682 = stablehlo.dot_general %679, %680, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %683 = stablehlo.multiply %682, %57 : tensor<8x32x4x256xf32>
    %684 = stablehlo.select %61, %683, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %685 = stablehlo.reduce(%684 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %686 = stablehlo.broadcast_in_dim %685, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %687 = stablehlo.subtract %684, %686 : tensor<8x32x4x256xf32>
    %688 = stablehlo.exponential %687 : tensor<8x32x4x256xf32>
    %689 = stablehlo.reduce(%688 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %690 = stablehlo.broadcast_in_dim %689, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %691 = stablehlo.divide %688, %690 : tensor<8x32x4x256xf32>
    %692 = stablehlo.dot_general %691, %681, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %693 = stablehlo.transpose %692, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %694 = stablehlo.reshape %693 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %695 = stablehlo.dot_general %694, %arg91, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %696 = stablehlo.add %643, %695 : tensor<32x2048xf32>
    %697 = stablehlo.multiply %696, %696 : tensor<32x2048xf32>
    %698 = stablehlo.reduce(%697 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %699 = stablehlo.divide %698, %14 : tensor<32xf32>
    %700 = stablehlo.add %699, %16 : tensor<32xf32>
    %701 = stablehlo.rsqrt %700 : tensor<32xf32>
    %702 = stablehlo.broadcast_in_dim %701, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %703 = stablehlo.multiply %696, %702 : tensor<32x2048xf32>
    %704 = stablehlo.broadcast_in_dim %arg92, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %705 = stablehlo.multiply %703, %704 : tensor<32x2048xf32>
    %706 = stablehlo.dot_general %705, %arg93, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %707 = stablehlo.dot_general %705, %arg94, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %708 = stablehlo.logistic %706 : tensor<32x8192xf32>
    %709 = stablehlo.multiply %706, %708 : tensor<32x8192xf32>
    %710 = stablehlo.multiply %709, %707 : tensor<32x8192xf32>
    %711 = stablehlo.dot_general %710, %arg95, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %712 = stablehlo.add %696, %711 : tensor<32x2048xf32>
    %713 = stablehlo.multiply %712, %712 : tensor<32x2048xf32>
    %714 = stablehlo.reduce(%713 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %715 = stablehlo.divide %714, %14 : tensor<32xf32>
    %716 = stablehlo.add %715, %16 : tensor<32xf32>
    %717 = stablehlo.rsqrt %716 : tensor<32xf32>
    %718 = stablehlo.broadcast_in_dim %717, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %719 = stablehlo.multiply %712, %718 : tensor<32x2048xf32>
    %720 = stablehlo.broadcast_in_dim %arg96, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %721 = stablehlo.multiply %719, %720 : tensor<32x2048xf32>
    %c_9 = stablehlo.constant dense<10> : tensor<i32>
    %722 = stablehlo.dot_general %721, %arg97, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %723 = stablehlo.dot_general %721, %arg98, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %724 = stablehlo.dot_general %721, %arg99, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %725 = stablehlo.reshape %722 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %726 = stablehlo.slice %725 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %727 = stablehlo.slice %725 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %728 = stablehlo.negate %727 : tensor<32x32x32xf32>
    %729 = stablehlo.concatenate %728, %726, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %730 = stablehlo.multiply %725, %31 : tensor<32x32x64xf32>
    %731 = stablehlo.multiply %729, %32 : tensor<32x32x64xf32>
    %732 = stablehlo.add %730, %731 : tensor<32x32x64xf32>
    %733 = stablehlo.reshape %723 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %734 = stablehlo.slice %733 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %735 = stablehlo.slice %733 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %736 = stablehlo.negate %735 : tensor<32x8x32xf32>
    %737 = stablehlo.concatenate %736, %734, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %738 = stablehlo.multiply %733, %41 : tensor<32x8x64xf32>
    %739 = stablehlo.multiply %737, %42 : tensor<32x8x64xf32>
    %740 = stablehlo.add %738, %739 : tensor<32x8x64xf32>
    %741 = stablehlo.reshape %724 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %742 = stablehlo.reshape %740 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %743 = stablehlo.dynamic_update_slice %674, %742, %c_9, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %744 = stablehlo.reshape %741 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %745 = stablehlo.dynamic_update_slice %676, %744, %c_9, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %746 = stablehlo.slice %743 [10:11, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %747 = stablehlo.slice %745 [10:11, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %748 = stablehlo.reshape %732 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %749 = stablehlo.reshape %746 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %750 = stablehlo.reshape %747 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %751 = stablehlo.dot_general %748, %749, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %752 = stablehlo.multiply %751, %57 : tensor<8x32x4x256xf32>
    %753 = stablehlo.select %61, %752, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %754 = stablehlo.reduce(%753 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %755 = stablehlo.broadcast_in_dim %754, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %756 = stablehlo.subtract %753, %755 : tensor<8x32x4x256xf32>
    %757 = stablehlo.exponential %756 : tensor<8x32x4x256xf32>
    %758 = stablehlo.reduce(%757 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %759 = stablehlo.broadcast_in_dim %758, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %760 = stablehlo.divide %757, %759 : tensor<8x32x4x256xf32>
    %761 = stablehlo.dot_general %760, %750, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %762 = stablehlo.transpose %761, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %763 = stablehlo.reshape %762 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %764 = stablehlo.dot_general %763, %arg100, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %765 = stablehlo.add %712, %764 : tensor<32x2048xf32>
    %766 = stablehlo.multiply %765, %765 : tensor<32x2048xf32>
    %767 = stablehlo.reduce(%766 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %768 = stablehlo.divide %767, %14 : tensor<32xf32>
    %769 = stablehlo.add %768, %16 : tensor<32xf32>
    %770 = stablehlo.rsqrt %769 : tensor<32xf32>
    %771 = stablehlo.broadcast_in_dim %770, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %772 = stablehlo.multiply %765, %771 : tensor<32x2048xf32>
    %773 = stablehlo.broadcast_in_dim %arg101, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %774 = stablehlo.multiply %772, %773 : tensor<32x2048xf32>
    %775 = stablehlo.dot_general %774, %arg102, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %776 = stablehlo.dot_general %774, %arg103, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %777 = stablehlo.logistic %775 : tensor<32x8192xf32>
    %778 = stablehlo.multiply %775, %777 : tensor<32x8192xf32>
    %779 = stablehlo.multiply %778, %776 : tensor<32x8192xf32>
    %780 = stablehlo.dot_general %779, %arg104, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %781 = stablehlo.add %765, %780 : tensor<32x2048xf32>
    %782 = stablehlo.multiply %781, %781 : tensor<32x2048xf32>
    %783 = stablehlo.reduce(%782 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %784 = stablehlo.divide %783, %14 : tensor<32xf32>
    %785 = stablehlo.add %784, %16 : tensor<32xf32>
    %786 = stablehlo.rsqrt %785 : tensor<32xf32>
    %787 = stablehlo.broadcast_in_dim %786, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %788 = stablehlo.multiply %781, %787 : tensor<32x2048xf32>
    %789 = stablehlo.broadcast_in_dim %arg105, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %790 = stablehlo.multiply %788, %789 : tensor<32x2048xf32>
    %c_10 = stablehlo.constant dense<11> : tensor<i32>
    %791 = stablehlo.dot_general %790, %arg106, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %792 = stablehlo.dot_general %790, %arg107, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %793 = stablehlo.dot_general %790, %arg108, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %794 = stablehlo.reshape %791 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %795 = stablehlo.slice %794 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %796 = stablehlo.slice %794 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %797 = stablehlo.negate %796 : tensor<32x32x32xf32>
    %798 = stablehlo.concatenate %797, %795, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %799 = stablehlo.multiply %794, %31 : tensor<32x32x64xf32>
    %800 = stablehlo.multiply %798, %32 : tensor<32x32x64xf32>
    %801 = stablehlo.add %799, %800 : tensor<32x32x64xf32>
    %802 = stablehlo.reshape %792 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %803 = stablehlo.slice %802 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %804 = stablehlo.slice %802 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %805 = stablehlo.negate %804 : tensor<32x8x32xf32>
    %806 = stablehlo.concatenate %805, %803, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %807 = stablehlo.multiply %802, %41 : tensor<32x8x64xf32>
    %808 = stablehlo.multiply %806, %42 : tensor<32x8x64xf32>
    %809 = stablehlo.add %807, %808 : tensor<32x8x64xf32>
    %810 = stablehlo.reshape %793 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %811 = stablehlo.reshape %809 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %812 = stablehlo.dynamic_update_slice %743, %811, %c_10, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %813 = stablehlo.reshape %810 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %814 = stablehlo.dynamic_update_slice %745, %813, %c_10, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %815 = stablehlo.slice %812 [11:12, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %816 = stablehlo.slice %814 [11:12, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %817 = stablehlo.reshape %801 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %818 = stablehlo.reshape %815 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %819 = stablehlo.reshape %816 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %820 = stablehlo.dot_general %817, %818, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %821 = stablehlo.multiply %820, %57 : tensor<8x32x4x256xf32>
    %822 = stablehlo.select %61, %821, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %823 = stablehlo.reduce(%822 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %824 = stablehlo.broadcast_in_dim %823, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %825 = stablehlo.subtract %822, %824 : tensor<8x32x4x256xf32>
    %826 = stablehlo.exponential %825 : tensor<8x32x4x256xf32>
    %827 = stablehlo.reduce(%826 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %828 = stablehlo.broadcast_in_dim %827, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %829 = stablehlo.divide %826, %828 : tensor<8x32x4x256xf32>
    %830 = stablehlo.dot_general %829, %819, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %831 = stablehlo.transpose %830, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %832 = stablehlo.reshape %831 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %833 = stablehlo.dot_general %832, %arg109, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %834 = stablehlo.add %781, %833 : tensor<32x2048xf32>
    %835 = stablehlo.multiply %834, %834 : tensor<32x2048xf32>
    %836 = stablehlo.reduce(%835 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %837 = stablehlo.divide %836, %14 : tensor<32xf32>
    %838 = stablehlo.add %837, %16 : tensor<32xf32>
    %839 = stablehlo.rsqrt %838 : tensor<32xf32>
    %840 = stablehlo.broadcast_in_dim %839, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %841 = stablehlo.multiply %834, %840 : tensor<32x2048xf32>
    %842 = stablehlo.broadcast_in_dim %arg110, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %843 = stablehlo.multiply %841, %842 : tensor<32x2048xf32>
    %844 = stablehlo.dot_general %843, %arg111, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %845 = stablehlo.dot_general %843, %arg112, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %846 = stablehlo.logistic %844 : tensor<32x8192xf32>
    %847 = stablehlo.multiply %844, %846 : tensor<32x8192xf32>
    %848 = stablehlo.multiply %847, %845 : tensor<32x8192xf32>
    %849 = stablehlo.dot_general %848, %arg113, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %850 = stablehlo.add %834, %849 : tensor<32x2048xf32>
    %851 = stablehlo.multiply %850, %850 : tensor<32x2048xf32>
    %852 = stablehlo.reduce(%851 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %853 = stablehlo.divide %852, %14 : tensor<32xf32>
    %854 = stablehlo.add %853, %16 : tensor<32xf32>
    %855 = stablehlo.rsqrt %854 : tensor<32xf32>
    %856 = stablehlo.broadcast_in_dim %855, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %857 = stablehlo.multiply %850, %856 : tensor<32x2048xf32>
    %858 = stablehlo.broadcast_in_dim %arg114, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %859 = stablehlo.multiply %857, %858 : tensor<32x2048xf32>
    %c_11 = stablehlo.constant dense<12> : tensor<i32>
    %860 = stablehlo.dot_general %859, %arg115, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %861 = stablehlo.dot_general %859, %arg116, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %862 = stablehlo.dot_general %859, %arg117, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %863 = stablehlo.reshape %860 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %864 = stablehlo.slice %863 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %865 = stablehlo.slice %863 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %866 = stablehlo.negate %865 : tensor<32x32x32xf32>
    %867 = stablehlo.concatenate %866, %864, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %868 = stablehlo.multiply %863, %31 : tensor<32x32x64xf32>
    %869 = stablehlo.multiply %867, %32 : tensor<32x32x64xf32>
    %870 = stablehlo.add %868, %869 : tensor<32x32x64xf32>
    %871 = stablehlo.reshape %861 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %872 = stablehlo.slice %871 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %873 = stablehlo.slice %871 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %874 = stablehlo.negate %873 : tensor<32x8x32xf32>
    %875 = stablehlo.concatenate %874, %872, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %876 = stablehlo.multiply %871, %41 : tensor<32x8x64xf32>
    %877 = stablehlo.multiply %875, %42 : tensor<32x8x64xf32>
    %878 = stablehlo.add %876, %877 : tensor<32x8x64xf32>
    %879 = stablehlo.reshape %862 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %880 = stablehlo.reshape %878 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %881 = stablehlo.dynamic_update_slice %812, %880, %c_11, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %882 = stablehlo.reshape %879 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %883 = stablehlo.dynamic_update_slice %814, %882, %c_11, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %884 = stablehlo.slice %881 [12:13, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %885 = stablehlo.slice %883 [12:13, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %886 = stablehlo.reshape %870 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %887 = stablehlo.reshape %884 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %888 = stablehlo.reshape %885 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %889 = stablehlo.dot_general %886, %887, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %890 = stablehlo.multiply %889, %57 : tensor<8x32x4x256xf32>
    %891 = stablehlo.select %61, %890, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %892 = stablehlo.reduce(%891 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %893 = stablehlo.broadcast_in_dim %892, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %894 = stablehlo.subtract %891, %893 : tensor<8x32x4x256xf32>
    %895 = stablehlo.exponential %894 : tensor<8x32x4x256xf32>
    %896 = stablehlo.reduce(%895 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %897 = stablehlo.broadcast_in_dim %896, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %898 = stablehlo.divide %895, %897 : tensor<8x32x4x256xf32>
    %899 = stablehlo.dot_general %898, %888, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %900 = stablehlo.transpose %899, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %901 = stablehlo.reshape %900 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %902 = stablehlo.dot_general %901, %arg118, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %903 = stablehlo.add %850, %902 : tensor<32x2048xf32>
    %904 = stablehlo.multiply %903, %903 : tensor<32x2048xf32>
    %905 = stablehlo.reduce(%904 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %906 = stablehlo.divide %905, %14 : tensor<32xf32>
    %907 = stablehlo.add %906, %16 : tensor<32xf32>
    %908 = stablehlo.rsqrt %907 : tensor<32xf32>
    %909 = stablehlo.broadcast_in_dim %908, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %910 = stablehlo.multiply %903, %909 : tensor<32x2048xf32>
    %911 = stablehlo.broadcast_in_dim %arg119, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %912 = stablehlo.multiply %910, %911 : tensor<32x2048xf32>
    %913 = stablehlo.dot_general %912, %arg120, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %914 = stablehlo.dot_general %912, %arg121, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %915 = stablehlo.logistic %913 : tensor<32x8192xf32>
    %916 = stablehlo.multiply %913, %915 : tensor<32x8192xf32>
    %917 = stablehlo.multiply %916, %914 : tensor<32x8192xf32>
    %918 = stablehlo.dot_general %917, %arg122, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %919 = stablehlo.add %903, %918 : tensor<32x2048xf32>
    %920 = stablehlo.multiply %919, %919 : tensor<32x2048xf32>
    %921 = stablehlo.reduce(%920 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %922 = stablehlo.divide %921, %14 : tensor<32xf32>
    %923 = stablehlo.add %922, %16 : tensor<32xf32>
    %924 = stablehlo.rsqrt %923 : tensor<32xf32>
    %925 = stablehlo.broadcast_in_dim %924, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %926 = stablehlo.multiply %919, %925 : tensor<32x2048xf32>
    %927 = stablehlo.broadcast_in_dim %arg123, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %928 = stablehlo.multiply %926, %927 : tensor<32x2048xf32>
    %c_12 = stablehlo.constant dense<13> : tensor<i32>
    %929 = stablehlo.dot_general %928, %arg124, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %930 = stablehlo.dot_general %928, %arg125, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %931 = stablehlo.dot_general %928, %arg126, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %932 = stablehlo.reshape %929 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %933 = stablehlo.slice %932 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %934 = stablehlo.slice %932 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %935 = stablehlo.negate %934 : tensor<32x32x32xf32>
    %936 = stablehlo.concatenate %935, %933, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %937 = stablehlo.multiply %932, %31 : tensor<32x32x64xf32>
    %938 = stablehlo.multiply %936, %32 : tensor<32x32x64xf32>
    %939 = stablehlo.add %937, %938 : tensor<32x32x64xf32>
    %940 = stablehlo.reshape %930 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %941 = stablehlo.slice %940 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %942 = stablehlo.slice %940 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %943 = stablehlo.negate %942 : tensor<32x8x32xf32>
    %944 = stablehlo.concatenate %943, %941, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %945 = stablehlo.multiply %940, %41 : tensor<32x8x64xf32>
    %946 = stablehlo.multiply %944, %42 : tensor<32x8x64xf32>
    %947 = stablehlo.add %945, %946 : tensor<32x8x64xf32>
    %948 = stablehlo.reshape %931 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %949 = stablehlo.reshape %947 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %950 = stablehlo.dynamic_update_slice %881, %949, %c_12, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %951 = stablehlo.reshape %948 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %952 = stablehlo.dynamic_update_slice %883, %951, %c_12, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %953 = stablehlo.slice %950 [13:14, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %954 = stablehlo.slice %952 [13:14, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %955 = stablehlo.reshape %939 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %956 = stablehlo.reshape %953 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %957 = stablehlo.reshape %954 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %958 = stablehlo.dot_general %955, %956, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %959 = stablehlo.multiply %958, %57 : tensor<8x32x4x256xf32>
    %960 = stablehlo.select %61, %959, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %961 = stablehlo.reduce(%960 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %962 = stablehlo.broadcast_in_dim %961, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %963 = stablehlo.subtract %960, %962 : tensor<8x32x4x256xf32>
    %964 = stablehlo.exponential %963 : tensor<8x32x4x256xf32>
    %965 = stablehlo.reduce(%964 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %966 = stablehlo.broadcast_in_dim %965, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %967 = stablehlo.divide %964, %966 : tensor<8x32x4x256xf32>
    %968 = stablehlo.dot_general %967, %957, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %969 = stablehlo.transpose %968, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %970 = stablehlo.reshape %969 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %971 = stablehlo.dot_general %970, %arg127, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %972 = stablehlo.add %919, %971 : tensor<32x2048xf32>
    %973 = stablehlo.multiply %972, %972 : tensor<32x2048xf32>
    %974 = stablehlo.reduce(%973 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %975 = stablehlo.divide %974, %14 : tensor<32xf32>
    %976 = stablehlo.add %975, %16 : tensor<32xf32>
    %977 = stablehlo.rsqrt %976 : tensor<32xf32>
    %978 = stablehlo.broadcast_in_dim %977, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %979 = stablehlo.multiply %972, %978 : tensor<32x2048xf32>
    %980 = stablehlo.broadcast_in_dim %arg128, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %981 = stablehlo.multiply %979, %980 : tensor<32x2048xf32>
    %982 = stablehlo.dot_general %981, %arg129, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %983 = stablehlo.dot_general %981, %arg130, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %984 = stablehlo.logistic %982 : tensor<32x8192xf32>
    %985 = stablehlo.multiply %982, %984 : tensor<32x8192xf32>
    %986 = stablehlo.multiply %985, %983 : tensor<32x8192xf32>
    %987 = stablehlo.dot_general %986, %arg131, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %988 = stablehlo.add %972, %987 : tensor<32x2048xf32>
    %989 = stablehlo.multiply %988, %988 : tensor<32x2048xf32>
    %990 = stablehlo.reduce(%989 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %991 = stablehlo.divide %990, %14 : tensor<32xf32>
    %992 = stablehlo.add %991, %16 : tensor<32xf32>
    %993 = stablehlo.rsqrt %992 : tensor<32xf32>
    %994 = stablehlo.broadcast_in_dim %993, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %995 = stablehlo.multiply %988, %994 : tensor<32x2048xf32>
    %996 = stablehlo.broadcast_in_dim %arg132, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %997 = stablehlo.multiply %995, %996 : tensor<32x2048xf32>
    %c_13 = stablehlo.constant dense<14> : tensor<i32>
    %998 = stablehlo.dot_general %997, %arg133, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %999 = stablehlo.dot_general %997, %arg134, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %1000 = stablehlo.dot_general %997, %arg135, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %1001 = stablehlo.reshape %998 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %1002 = stablehlo.slice %1001 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %1003 = stablehlo.slice %1001 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %1004 = stablehlo.negate %1003 : tensor<32x32x32xf32>
    %1005 = stablehlo.concatenate %1004, %1002, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %1006 = stablehlo.multiply %1001, %31 : tensor<32x32x64xf32>
    %1007 = stablehlo.multiply %1005, %32 : tensor<32x32x64xf32>
    %1008 = stablehlo.add %1006, %1007 : tensor<32x32x64xf32>
    %1009 = stablehlo.reshape %999 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %1010 = stablehlo.slice %1009 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %1011 = stablehlo.slice %1009 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %1012 = stablehlo.negate %1011 : tensor<32x8x32xf32>
    %1013 = stablehlo.concatenate %1012, %1010, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %1014 = stablehlo.multiply %1009, %41 : tensor<32x8x64xf32>
    %1015 = stablehlo.multiply %1013, %42 : tensor<32x8x64xf32>
    %1016 = stablehlo.add %1014, %1015 : tensor<32x8x64xf32>
    %1017 = stablehlo.reshape %1000 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %1018 = stablehlo.reshape %1016 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %1019 = stablehlo.dynamic_update_slice %950, %1018, %c_13, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %1020 = stablehlo.reshape %1017 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %1021 = stablehlo.dynamic_update_slice %952, %1020, %c_13, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %1022 = stablehlo.slice %1019 [14:15, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %1023 = stablehlo.slice %1021 [14:15, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %1024 = stablehlo.reshape %1008 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %1025 = stablehlo.reshape %1022 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %1026 = stablehlo.reshape %1023 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %1027 = stablehlo.dot_general %1024, %1025, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %1028 = stablehlo.multiply %1027, %57 : tensor<8x32x4x256xf32>
    %1029 = stablehlo.select %61, %1028, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %1030 = stablehlo.reduce(%1029 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %1031 = stablehlo.broadcast_in_dim %1030, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %1032 = stablehlo.subtract %1029, %1031 : tensor<8x32x4x256xf32>
    %1033 = stablehlo.exponential %1032 : tensor<8x32x4x256xf32>
    %1034 = stablehlo.reduce(%1033 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %1035 = stablehlo.broadcast_in_dim %1034, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %1036 = stablehlo.divide %1033, %1035 : tensor<8x32x4x256xf32>
    %1037 = stablehlo.dot_general %1036, %1026, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %1038 = stablehlo.transpose %1037, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %1039 = stablehlo.reshape %1038 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %1040 = stablehlo.dot_general %1039, %arg136, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %1041 = stablehlo.add %988, %1040 : tensor<32x2048xf32>
    %1042 = stablehlo.multiply %1041, %1041 : tensor<32x2048xf32>
    %1043 = stablehlo.reduce(%1042 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %1044 = stablehlo.divide %1043, %14 : tensor<32xf32>
    %1045 = stablehlo.add %1044, %16 : tensor<32xf32>
    %1046 = stablehlo.rsqrt %1045 : tensor<32xf32>
    %1047 = stablehlo.broadcast_in_dim %1046, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %1048 = stablehlo.multiply %1041, %1047 : tensor<32x2048xf32>
    %1049 = stablehlo.broadcast_in_dim %arg137, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %1050 = stablehlo.multiply %1048, %1049 : tensor<32x2048xf32>
    %1051 = stablehlo.dot_general %1050, %arg138, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %1052 = stablehlo.dot_general %1050, %arg139, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %1053 = stablehlo.logistic %1051 : tensor<32x8192xf32>
    %1054 = stablehlo.multiply %1051, %1053 : tensor<32x8192xf32>
    %1055 = stablehlo.multiply %1054, %1052 : tensor<32x8192xf32>
    %1056 = stablehlo.dot_general %1055, %arg140, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %1057 = stablehlo.add %1041, %1056 : tensor<32x2048xf32>
    %1058 = stablehlo.multiply %1057, %1057 : tensor<32x2048xf32>
    %1059 = stablehlo.reduce(%1058 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %1060 = stablehlo.divide %1059, %14 : tensor<32xf32>
    %1061 = stablehlo.add %1060, %16 : tensor<32xf32>
    %1062 = stablehlo.rsqrt %1061 : tensor<32xf32>
    %1063 = stablehlo.broadcast_in_dim %1062, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %1064 = stablehlo.multiply %1057, %1063 : tensor<32x2048xf32>
    %1065 = stablehlo.broadcast_in_dim %arg141, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %1066 = stablehlo.multiply %1064, %1065 : tensor<32x2048xf32>
    %c_14 = stablehlo.constant dense<15> : tensor<i32>
    %1067 = stablehlo.dot_general %1066, %arg142, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %1068 = stablehlo.dot_general %1066, %arg143, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %1069 = stablehlo.dot_general %1066, %arg144, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<512x2048xf32>) -> tensor<32x512xf32>
    %1070 = stablehlo.reshape %1067 : (tensor<32x2048xf32>) -> tensor<32x32x64xf32>
    %1071 = stablehlo.slice %1070 [0:32, 0:32, 0:32] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %1072 = stablehlo.slice %1070 [0:32, 0:32, 32:64] : (tensor<32x32x64xf32>) -> tensor<32x32x32xf32>
    %1073 = stablehlo.negate %1072 : tensor<32x32x32xf32>
    %1074 = stablehlo.concatenate %1073, %1071, dim = 2 : (tensor<32x32x32xf32>, tensor<32x32x32xf32>) -> tensor<32x32x64xf32>
    %1075 = stablehlo.multiply %1070, %31 : tensor<32x32x64xf32>
    %1076 = stablehlo.multiply %1074, %32 : tensor<32x32x64xf32>
    %1077 = stablehlo.add %1075, %1076 : tensor<32x32x64xf32>
    %1078 = stablehlo.reshape %1068 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %1079 = stablehlo.slice %1078 [0:32, 0:8, 0:32] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %1080 = stablehlo.slice %1078 [0:32, 0:8, 32:64] : (tensor<32x8x64xf32>) -> tensor<32x8x32xf32>
    %1081 = stablehlo.negate %1080 : tensor<32x8x32xf32>
    %1082 = stablehlo.concatenate %1081, %1079, dim = 2 : (tensor<32x8x32xf32>, tensor<32x8x32xf32>) -> tensor<32x8x64xf32>
    %1083 = stablehlo.multiply %1078, %41 : tensor<32x8x64xf32>
    %1084 = stablehlo.multiply %1082, %42 : tensor<32x8x64xf32>
    %1085 = stablehlo.add %1083, %1084 : tensor<32x8x64xf32>
    %1086 = stablehlo.reshape %1069 : (tensor<32x512xf32>) -> tensor<32x8x64xf32>
    %1087 = stablehlo.reshape %1085 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %1088 = stablehlo.dynamic_update_slice %1019, %1087, %c_14, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %1089 = stablehlo.reshape %1086 : (tensor<32x8x64xf32>) -> tensor<1x32x8x64xf32>
    %1090 = stablehlo.dynamic_update_slice %1021, %1089, %c_14, %1, %c, %c : (tensor<16x256x8x64xf32>, tensor<1x32x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x256x8x64xf32>
    %1091 = stablehlo.slice %1088 [15:16, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %1092 = stablehlo.slice %1090 [15:16, 0:256, 0:8, 0:64] : (tensor<16x256x8x64xf32>) -> tensor<1x256x8x64xf32>
    %1093 = stablehlo.reshape %1077 : (tensor<32x32x64xf32>) -> tensor<32x8x4x64xf32>
    %1094 = stablehlo.reshape %1091 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %1095 = stablehlo.reshape %1092 : (tensor<1x256x8x64xf32>) -> tensor<256x8x64xf32>
    %1096 = stablehlo.dot_general %1093, %1094, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x8x4x64xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x256xf32>
    %1097 = stablehlo.multiply %1096, %57 : tensor<8x32x4x256xf32>
    %1098 = stablehlo.select %61, %1097, %62 : tensor<8x32x4x256xi1>, tensor<8x32x4x256xf32>
    %1099 = stablehlo.reduce(%1098 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %1100 = stablehlo.broadcast_in_dim %1099, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %1101 = stablehlo.subtract %1098, %1100 : tensor<8x32x4x256xf32>
    %1102 = stablehlo.exponential %1101 : tensor<8x32x4x256xf32>
    %1103 = stablehlo.reduce(%1102 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<8x32x4x256xf32>, tensor<f32>) -> tensor<8x32x4xf32>
    %1104 = stablehlo.broadcast_in_dim %1103, dims = [0, 1, 2] : (tensor<8x32x4xf32>) -> tensor<8x32x4x256xf32>
    %1105 = stablehlo.divide %1102, %1104 : tensor<8x32x4x256xf32>
    %1106 = stablehlo.dot_general %1105, %1095, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<8x32x4x256xf32>, tensor<256x8x64xf32>) -> tensor<8x32x4x64xf32>
    %1107 = stablehlo.transpose %1106, dims = [1, 0, 2, 3] : (tensor<8x32x4x64xf32>) -> tensor<32x8x4x64xf32>
    %1108 = stablehlo.reshape %1107 : (tensor<32x8x4x64xf32>) -> tensor<32x2048xf32>
    %1109 = stablehlo.dot_general %1108, %arg145, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<2048x2048xf32>) -> tensor<32x2048xf32>
    %1110 = stablehlo.add %1057, %1109 : tensor<32x2048xf32>
    %1111 = stablehlo.multiply %1110, %1110 : tensor<32x2048xf32>
    %1112 = stablehlo.reduce(%1111 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x2048xf32>, tensor<f32>) -> tensor<32xf32>
    %1113 = stablehlo.divide %1112, %14 : tensor<32xf32>
    %1114 = stablehlo.add %1113, %16 : tensor<32xf32>
    %1115 = stablehlo.rsqrt %1114 : tensor<32xf32>
    %1116 = stablehlo.broadcast_in_dim %1115, dims = [0] : (tensor<32xf32>) -> tensor<32x2048xf32>
    %1117 = stablehlo.multiply %1110, %1116 : tensor<32x2048xf32>
    %1118 = stablehlo.broadcast_in_dim %arg146, dims = [1] : (tensor<2048xf32>) -> tensor<32x2048xf32>
    %1119 = stablehlo.multiply %1117, %1118 : tensor<32x2048xf32>
    %1120 = stablehlo.dot_general %1119, %arg147, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %1121 = stablehlo.dot_general %1119, %arg148, contracting_dims = [1] x [1] : (tensor<32x2048xf32>, tensor<8192x2048xf32>) -> tensor<32x8192xf32>
    %1122 = stablehlo.logistic %1120 : tensor<32x8192xf32>
    %1123 = stablehlo.multiply %1120, %1122 : tensor<32x8192xf32>
    %1124 = stablehlo.multiply %1123, %1121 : tensor<32x8192xf32>
    %1125 = stablehlo.dot_general %1124, %arg149, contracting_dims = [1] x [1] : (tensor<32x8192xf32>, tensor<2048x8192xf32>) -> tensor<32x2048xf32>
    %1126 = stablehlo.add %1110, %1125 : tensor<32x2048xf32>
    %1127 = stablehlo.subtract %arg2, %c_0 : tensor<i32>
    %1128 = stablehlo.dynamic_slice %1126, %1127, %c, sizes = [1, 2048] : (tensor<32x2048xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2048xf32>
    %1129 = stablehlo.multiply %1128, %1128 : tensor<1x2048xf32>
    %1130 = stablehlo.reduce(%1129 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x2048xf32>, tensor<f32>) -> tensor<1xf32>
    %1131 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %1132 = stablehlo.divide %1130, %1131 : tensor<1xf32>
    %1133 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %1134 = stablehlo.add %1132, %1133 : tensor<1xf32>
    %1135 = stablehlo.rsqrt %1134 : tensor<1xf32>
    %1136 = stablehlo.broadcast_in_dim %1135, dims = [0] : (tensor<1xf32>) -> tensor<1x2048xf32>
    %1137 = stablehlo.multiply %1128, %1136 : tensor<1x2048xf32>
    %1138 = stablehlo.broadcast_in_dim %arg150, dims = [1] : (tensor<2048xf32>) -> tensor<1x2048xf32>
    %1139 = stablehlo.multiply %1137, %1138 : tensor<1x2048xf32>
    %1140 = stablehlo.dot_general %1139, %arg5, contracting_dims = [1] x [1] : (tensor<1x2048xf32>, tensor<128256x2048xf32>) -> tensor<1x128256xf32>
    %1141 = stablehlo.reshape %1140 : (tensor<1x128256xf32>) -> tensor<128256xf32>
    %1142 = stablehlo.iota dim = 0 : tensor<128256xi32>
    %1143:2 = stablehlo.reduce(%1141 init: %cst_4), (%1142 init: %c) across dimensions = [0] : (tensor<128256xf32>, tensor<128256xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg151: tensor<f32>, %arg153: tensor<f32>) (%arg152: tensor<i32>, %arg154: tensor<i32>)  {
      %1144 = stablehlo.compare  GT, %arg151, %arg153,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %1145 = stablehlo.compare  NE, %arg151, %arg151,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %1146 = stablehlo.or %1144, %1145 : tensor<i1>
      %1147 = stablehlo.compare  EQ, %arg151, %arg153,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %1148 = stablehlo.compare  LT, %arg152, %arg154,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %1149 = stablehlo.and %1147, %1148 : tensor<i1>
      %1150 = stablehlo.or %1146, %1149 : tensor<i1>
      %1151 = stablehlo.select %1146, %arg151, %arg153 : tensor<i1>, tensor<f32>
      %1152 = stablehlo.select %1150, %arg152, %arg154 : tensor<i1>, tensor<i32>
      stablehlo.return %1151, %1152 : tensor<f32>, tensor<i32>
    }
    return %1143#1, %1088, %1090 : tensor<i32>, tensor<16x256x8x64xf32>, tensor<16x256x8x64xf32>
  }
}
