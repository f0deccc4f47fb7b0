// emit arch=llama-3.2-1b graph=decode_step_b4 precision=f32 capacity=256 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<16x4x256x8x64xf32> loc("kcache"), %arg4: tensor<16x4x256x8x64xf32> loc("vcache"), %arg5: tensor<128256x2048xf32> loc("model.embed_tokens.weight"), %arg6: tensor<2048xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<2048x2048xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<512x2048xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<512x2048xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<2048x2048xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<2048xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<8192x2048xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<8192x2048xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<2048x8192xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<2048xf32> loc("model.layers.1.input_layernorm.weight"), %arg16: tensor<2048x2048xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg17: tensor<512x2048xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg18: tensor<512x2048xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg19: tensor<2048x2048xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg20: tensor<2048xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg21: tensor<8192x2048xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg22: tensor<8192x2048xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg23: tensor<2048x8192xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg24: tensor<2048xf32> loc("model.layers.2.input_layernorm.weight"), %arg25: tensor<2048x2048xf32> loc("model.layers.2.self_attn.q_proj.weight"), %arg26: tensor<512x2048xf32> loc("model.layers.2.self_attn.k_proj.weight"), %arg27: tensor<512x2048xf32> loc("model.layers.2.self_attn.v_proj.weight"), %arg28: tensor<2048x2048xf32> loc("model.layers.2.self_attn.o_proj.weight"), %arg29: tensor<2048xf32> loc("model.layers.2.post_attention_layernorm.weight"), %arg30: tensor<8192x2048xf32> loc("model.layers.2.mlp.gate_proj.weight"), %arg31: tensor<8192x2048xf32> loc("model.layers.2.mlp.up_proj.weight"), %arg32: tensor<2048x8192xf32> loc("model.layers.2.mlp.down_proj.weight"), %arg33: tensor<2048xf32> loc("model.layers.3.input_layernorm.weight"), %arg34: tensor<2048x2048xf32> loc("model.layers.3.self_attn.q_proj.weight"), %arg35: tensor<512x2048xf32> loc("model.layers.3.self_attn.k_proj.weight"), %arg36: tensor<512x2048xf32> loc("model.layers.3.self_attn.v_proj.weight"), %arg37: tensor<2048x2048xf32> loc("model.layers.3.self_attn.o_proj.weight"), %arg38: tensor<2048xf32> loc("model.layers.3.post_attention_layernorm.weight"), %arg39: tensor<8192x2048xf32> loc("model.layers.3.mlp.gate_proj.weight"), %arg40: tensor<8192x2048xf32> loc("model.layers.3.mlp.up_proj.weight"), %arg41: tensor<2048x8192xf32> loc("model.layers.3.mlp.down_proj.weight"), %arg42: tensor<2048xf32> loc("model.layers.4.input_layernorm.weight"), %arg43: tensor<2048x2048xf32> loc("model.layers.4.self_attn.q_proj.weight"), %arg44: tensor<512x2048xf32> loc("model.layers.4.self_attn.k_proj.weight"), %arg45: tensor<512x2048xf32> loc("model.layers.4.self_attn.v_proj.weight"), %arg46: tensor<2048x2048xf32> loc("model.layers.4.self_attn.o_proj.weight"), %arg47: tensor<2048xf32> loc("model.layers.4.post_attention_layernorm.weight"), %arg48: tensor<8192x2048xf32> loc("model.layers.4.mlp.gate_proj.weight"), %arg49: tensor<8192x2048xf32> loc("model.layers.4.mlp.up_proj.weight"), %arg50: tensor<2048x8192xf32> loc("model.layers.4.mlp.down_proj.weight"), %arg51: tensor<2048xf32> loc("model.layers.5.input_layernorm.weight"), %arg52: tensor<2048x2048xf32> loc("model.layers.5.self_attn.q_proj.weight"), %arg53: tensor<512x2048xf32> loc("model.layers.5.self_attn.k_proj.weight"), %arg54: tensor<512x2048xf32> loc("model.layers.5.self_attn.v_proj.weight"), %arg55: tensor<2048x2048xf32> loc("model.layers.5.self_attn.o_proj.weight"), %arg56: tensor<2048xf32> loc("model.layers.5.post_attention_layernorm.weight"), %arg57: tensor<8192x2048xf32> loc("model.layers.5.mlp.gate_proj.weight"), %arg58: tensor<8192x2048xf32> loc("model.layers.5.mlp.up_proj.weight"), %arg59: tensor<2048x8192xf32> loc("model.layers.5.mlp.down_proj.weight"), %arg60: tensor<2048xf32> loc("model.layers.6.input_layernorm.weight"), %arg61: tensor<2048x2048xf32> loc("model.layers.6.self_attn.q_proj.weight"), %arg62: tensor<512x2048xf32> loc("model.layers.6.self_attn.k_proj.weight"), %arg63: tensor<512x2048xf32> loc("model.layers.6.self_attn.v_proj.weight"), %arg64: tensor<2048x2048xf32> loc("model.layers.6.self_attn.o_proj.weight"), %arg65: tensor<2048xf32> loc("model.layers.6.post_attention_layernorm.weight"), %arg66: tensor<8192x2048xf32> loc("model.layers.6.mlp.gate_proj.weight"), %arg67: tensor<8192x2048xf32> loc("model.layers.6.mlp.up_proj.weight"), %arg68: tensor<2048x8192xf32> loc("model.layers.6.mlp.down_proj.weight"), %arg69: tensor<2048xf32> loc("model.layers.7.input_layernorm.weight"), %arg70: tensor<2048x2048xf32> loc("model.layers.7.self_attn.q_proj.weight"), %arg71: tensor<512x2048xf32> loc("model.layers.7.self_attn.k_proj.weight"), %arg72: tensor<512x2048xf32> loc("model.layers.7.self_attn.v_proj.weight"), %arg73: tensor<2048x2048xf32> loc("model.layers.7.self_attn.o_proj.weight"), %arg74: tensor<2048xf32> loc("model.layers.7.post_attention_layernorm.weight"), %arg75: tensor<8192x2048xf32> loc("model.layers.7.mlp.gate_proj.weight"), %arg76: tensor<8192x2048xf32> loc("model.layers.7.mlp.up_proj.weight"), %arg77: tensor<2048x8192xf32> loc("model.layers.7.mlp.down_proj.weight"), %arg78: tensor<2048xf32> loc("model.layers.8.input_layernorm.weight"), %arg79: tensor<2048x2048xf32> loc("model.layers.8.self_attn.q_proj.weight"), %arg80: tensor<512x2048xf32> loc("model.layers.8.self_attn.k_proj.weight"), %arg81: tensor<512x2048xf32> loc("model.layers.8.self_attn.v_proj.weight"), %arg82: tensor<2048x2048xf32> loc("model.layers.8.self_attn.o_proj.weight"), %arg83: tensor<2048xf32> loc("model.layers.8.post_attention_layernorm.weight"), %arg84: tensor<8192x2048xf32> loc("model.layers.8.mlp.gate_proj.weight"), %arg85: tensor<8192x2048xf32> loc("model.layers.8.mlp.up_proj.weight"), %arg86: tensor<2048x8192xf32> loc("model.layers.8.mlp.down_proj.weight"), %arg87: tensor<2048xf32> loc("model.layers.9.input_layernorm.weight"), %arg88: tensor<2048x2048xf32> loc("model.layers.9.self_attn.q_proj.weight"), %arg89: tensor<512x2048xf32> loc("model.layers.9.self_attn.k_proj.weight"), %arg90: tensor<512x2048xf32> loc("model.layers.9.self_attn.v_proj.weight"), %arg91: tensor<2048x2048xf32> loc("model.layers.9.self_attn.o_proj.weight"), %arg92: tensor<2048xf32> loc("model.layers.9.post_attention_layernorm.weight"), %arg93: tensor<8192x2048xf32> loc("model.layers.9.mlp.gate_proj.weight"), %arg94: tensor<8192x2048xf32> loc("model.layers.9.mlp.up_proj.weight"), %arg95: tensor<2048x8192xf32> loc("model.layers.9.mlp.down_proj.weight"), %arg96: tensor<2048xf32> loc("model.layers.10.input_layernorm.weight"), %arg97: tensor<2048x2048xf32> loc("model.layers.10.self_attn.q_proj.weight"), %arg98: tensor<512x2048xf32> loc("model.layers.10.self_attn.k_proj.weight"), %arg99: tensor<512x2048xf32> loc("model.layers.10.self_attn.v_proj.weight"), %arg100: tensor<2048x2048xf32> loc("model.layers.10.self_attn.o_proj.weight"), %arg101: tensor<2048xf32> loc("model.layers.10.post_attention_layernorm.weight"), %arg102: tensor<8192x2048xf32> loc("model.layers.10.mlp.gate_proj.weight"), %arg103: tensor<8192x2048xf32> loc("model.layers.10.mlp.up_proj.weight"), %arg104: tensor<2048x8192xf32> loc("model.layers.10.mlp.down_proj.weight"), %arg105: tensor<2048xf32> loc("model.layers.11.input_layernorm.weight"), %arg106: tensor<2048x2048xf32> loc("model.layers.11.self_attn.q_proj.weight"), %arg107: tensor<512x2048xf32> loc("model.layers.11.self_attn.k_proj.weight"), %arg108: tensor<512x2048xf32> loc("model.layers.11.self_attn.v_proj.weight"), %arg109: tensor<2048x2048xf32> loc("model.layers.11.self_attn.o_proj.weight"), %arg110: tensor<2048xf32> loc("model.layers.11.post_attention_layernorm.weight"), %arg111: tensor<8192x2048xf32> loc("model.layers.11.mlp.gate_proj.weight"), %arg112: tensor<8192x2048xf32> loc("model.layers.11.mlp.up_proj.weight"), %arg113: tensor<2048x8192xf32> loc("model.layers.11.mlp.down_proj.weight"), %arg114: tensor<2048xf32> loc("model.layers.12.input_layernorm.weight"), %arg115: tensor<2048x2048xf32> loc("model.layers.12.self_attn.q_proj.weight"), %arg116: tensor<512x2048xf32> loc("model.layers.12.self_attn.k_proj.weight"), %arg117: tensor<512x2048xf32> loc("model.layers.12.self_attn.v_proj.weight"), %arg118: tensor<2048x2048xf32> loc("model.layers.12.self_attn.o_proj.weight"), %arg119: tensor<2048xf32> loc("model.layers.12.post_attention_layernorm.weight"), %arg120: tensor<8192x2048xf32> loc("model.layers.12.mlp.gate_proj.weight"), %arg121: tensor<8192x2048xf32> loc("model.layers.12.mlp.up_proj.weight"), %arg122: tensor<2048x8192xf32> loc("model.layers.12.mlp.down_proj.weight"), %arg123: tensor<2048xf32> loc("model.layers.13.input_layernorm.weight"), %arg124: tensor<2048x2048xf32> loc("model.layers.13.self_attn.q_proj.weight"), %arg125: tensor<512x2048xf32> loc("model.layers.13.self_attn.k_proj.weight"), %arg126: tensor<512x2048xf32> loc("model.layers.13.self_attn.v_proj.weight"), %arg127: tensor<2048x2048xf32> loc("model.layers.13.self_attn.o_proj.weight"), %arg128: tensor<2048xf32> loc("model.layers.13.post_attention_layernorm.weight"), %arg129: tensor<8192x2048xf32> loc("model.layers.13.mlp.gate_proj.weight"), %arg130: tensor<8192x2048xf32> loc("model.layers.13.mlp.up_proj.weight"), %arg131: tensor<2048x8192xf32> loc("model.layers.13.mlp.down_proj.weight"), %arg132: tensor<2048xf32> loc("model.layers.14.input_layernorm.weight"), %arg133: tensor<2048x2048xf32> loc("model.layers.14.self_attn.q_proj.weight"), %arg134: tensor<512x2048xf32> loc("model.layers.14.self_attn.k_proj.weight"), %arg135: tensor<512x2048xf32> loc("model.layers.14.self_attn.v_proj.weight"), %arg136: tensor<2048x2048xf32> loc("model.layers.14.self_attn.o_proj.weight"), %arg137: tensor<2048xf32> loc("model.layers.14.post_attention_layernorm.weight"), %arg138: tensor<8192x2048xf32> loc("model.layers.14.mlp.gate_proj.weight"), %arg139: tensor<8192x2048xf32> loc("model.layers.14.mlp.up_proj.weight"), %arg140: tensor<2048x8192xf32> loc("model.layers.14.mlp.down_proj.weight"), %arg141: tensor<2048xf32> loc("model.layers.15.input_layernorm.weight"), %arg142: tensor<2048x2048xf32> loc("model.layers.15.self_attn.q_proj.weight"), %arg143: tensor<512x2048xf32> loc("model.layers.15.self_attn.k_proj.weight"), %arg144: tensor<512x2048xf32> loc("model.layers.15.self_attn.v_proj.weight"), %arg145: tensor<2048x2048xf32> loc("model.layers.15.self_attn.o_proj.weight"), %arg146: tensor<2048xf32> loc("model.layers.15.post_attention_layernorm.weight"), %arg147: tensor<8192x2048xf32> loc("model.layers.15.mlp.gate_proj.weight"), %arg148: tensor<8192x2048xf32> loc("model.layers.15.mlp.up_proj.weight"), %arg149: tensor<2048x8192xf32> loc("model.layers.15.mlp.down_proj.weight"), %arg150: tensor<2048xf32> loc("model.norm.weight")) -> (tensor<4xi32>, tensor<16x4x256x8x64xf32>, tensor<16x4x256x8x64xf32>) {
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
    %9 = stablehlo.broadcast_in_dim %8, dims = [0] : (tensor<4xf32>) -> tensor<4x32xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.663601219, 0.440366596, 0.292227834, 0.193922743, 0.128687367, 8.539710e-02, 0.0566696227, 0.0376060307, 0.0249554086, 0.0165604409, 0.0109895281, 0.00729266461, 0.00483942125, 0.00321144611, 0.00129054789, 4.29556792E-4, 9.70828768E-5, 1.94616387E-5, 1.29147675E-5, 8.57025588E-6, 5.68723226E-6, 3.77405422E-6, 2.50446715E-6, 1.66196742E-6, 1.10288363E-6, 7.318750e-07, 4.85673127E-7, 3.22293289E-7, 2.1387423E-7, 1.41927202E-7, 9.41830649E-8]> : tensor<32xf32>
    %10 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<32xf32>) -> tensor<4x32xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<4x32xf32>
    %12 = stablehlo.cosine %11 : tensor<4x32xf32>
    %13 = stablehlo.sine %11 : tensor<4x32xf32>
    %14 = stablehlo.concatenate %12, %12, dim = 1 : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x64xf32>
    %15 = stablehlo.concatenate %13, %13, dim = 1 : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x64xf32>
    %16 = stablehlo.reshape %arg0 : (tensor<4xi32>) -> tensor<4x1xi32>
    %17 = "stablehlo.gather"(%arg5, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 2048>}> : (tensor<128256x2048xf32>, tensor<4x1xi32>) -> tensor<4x2048xf32>
    %18 = stablehlo.multiply %17, %17 : tensor<4x2048xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.reduce(%18 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_1 = stablehlo.constant dense<2.048000e+03> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %21 = stablehlo.divide %19, %20 : tensor<4xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %23 = stablehlo.add %21, %22 : tensor<4xf32>
    %24 = stablehlo.rsqrt %23 : tensor<4xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %26 = stablehlo.multiply %17, %25 : tensor<4x2048xf32>
    %27 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %28 = stablehlo.multiply %26, %27 : tensor<4x2048xf32>
    %29 = stablehlo.dot_general %28, %arg7, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %30 = stablehlo.dot_general %28, %arg8, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %31 = stablehlo.dot_general %28, %arg9, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %32 = stablehlo.reshape %29 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %33 = stablehlo.slice %32 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %34 = stablehlo.slice %32 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %35 = stablehlo.negate %34 : tensor<4x32x32xf32>
    %36 = stablehlo.concatenate %35, %33, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %37 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x64xf32>) -> tensor<4x32x64xf32>
    %38 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x64xf32>) -> tensor<4x32x64xf32>
    %39 = stablehlo.multiply %32, %37 : tensor<4x32x64xf32>
    %40 = stablehlo.multiply %36, %38 : tensor<4x32x64xf32>
    %41 = stablehlo.add %39, %40 : tensor<4x32x64xf32>
    %42 = stablehlo.reshape %30 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %43 = stablehlo.slice %42 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %44 = stablehlo.slice %42 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %45 = stablehlo.negate %44 : tensor<4x8x32xf32>
    %46 = stablehlo.concatenate %45, %43, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %47 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x64xf32>) -> tensor<4x8x64xf32>
    %48 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x64xf32>) -> tensor<4x8x64xf32>
    %49 = stablehlo.multiply %42, %47 : tensor<4x8x64xf32>
    %50 = stablehlo.multiply %46, %48 : tensor<4x8x64xf32>
    %51 = stablehlo.add %49, %50 : tensor<4x8x64xf32>
    %52 = stablehlo.reshape %31 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %53 = stablehlo.slice %51 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %54 = stablehlo.slice %52 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %55 = stablehlo.reshape %53 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %56 = stablehlo.dynamic_update_slice %arg3, %55, %c, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %57 = stablehlo.reshape %54 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %58 = stablehlo.dynamic_update_slice %arg4, %57, %c, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %59 = stablehlo.slice %51 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %60 = stablehlo.slice %52 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %61 = stablehlo.reshape %59 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %62 = stablehlo.dynamic_update_slice %56, %61, %c, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %63 = stablehlo.reshape %60 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %64 = stablehlo.dynamic_update_slice %58, %63, %c, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %65 = stablehlo.slice %51 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %66 = stablehlo.slice %52 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %67 = stablehlo.reshape %65 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %68 = stablehlo.dynamic_update_slice %62, %67, %c, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %69 = stablehlo.reshape %66 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %70 = stablehlo.dynamic_update_slice %64, %69, %c, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %71 = stablehlo.slice %51 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %72 = stablehlo.slice %52 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %73 = stablehlo.reshape %71 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %74 = stablehlo.dynamic_update_slice %68, %73, %c, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %75 = stablehlo.reshape %72 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %76 = stablehlo.dynamic_update_slice %70, %75, %c, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %77 = stablehlo.slice %74 [0:1, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %79 = stablehlo.slice %76 [0:1, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %81 = stablehlo.reshape %41 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %82 = stablehlo.dot_general %81, %78, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %cst_3 = stablehlo.constant dense<1.250000e-01> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x8x4x256xf32>
    %84 = stablehlo.multiply %82, %83 : tensor<4x8x4x256xf32>
    %85 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x8x4x256xi32>
    %86 = stablehlo.iota dim = 3 : tensor<4x8x4x256xi32>
    %87 = stablehlo.compare  LE, %86, %85,  SIGNED : (tensor<4x8x4x256xi32>, tensor<4x8x4x256xi32>) -> tensor<4x8x4x256xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x8x4x256xf32>
    %89 = stablehlo.select %87, %84, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %90 = stablehlo.reduce(%89 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %92 = stablehlo.subtract %89, %91 : tensor<4x8x4x256xf32>
    %93 = stablehlo.exponential %92 : tensor<4x8x4x256xf32>
    %94 = stablehlo.reduce(%93 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %96 = stablehlo.divide %93, %95 : tensor<4x8x4x256xf32>
    %97 = stablehlo.dot_general %96, %80, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %98 = stablehlo.reshape %97 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %99 = stablehlo.dot_general %98, %arg10, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %100 = stablehlo.add %17, %99 : tensor<4x2048xf32>
    %101 = stablehlo.multiply %100, %100 : tensor<4x2048xf32>
    %102 = stablehlo.reduce(%101 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %103 = stablehlo.divide %102, %20 : tensor<4xf32>
    %104 = stablehlo.add %103, %22 : tensor<4xf32>
    %105 = stablehlo.rsqrt %104 : tensor<4xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %107 = stablehlo.multiply %100, %106 : tensor<4x2048xf32>
    %108 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %109 = stablehlo.multiply %107, %108 : tensor<4x2048xf32>
    %110 = stablehlo.dot_general %109, %arg12, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %111 = stablehlo.dot_general %109, %arg13, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %112 = stablehlo.logistic %110 : tensor<4x8192xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<4x8192xf32>
    %114 = stablehlo.multiply %113, %111 : tensor<4x8192xf32>
    %115 = stablehlo.dot_general %114, %arg14, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %116 = stablehlo.add %100, %115 : tensor<4x2048xf32>
    %117 = stablehlo.multiply %116, %116 : tensor<4x2048xf32>
    %118 = stablehlo.reduce(%117 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %119 = stablehlo.divide %118, %20 : tensor<4xf32>
    %120 = stablehlo.add %119, %22 : tensor<4xf32>
    %121 = stablehlo.rsqrt %120 : tensor<4xf32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %123 = stablehlo.multiply %116, %122 : tensor<4x2048xf32>
    %124 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %125 = stablehlo.multiply %123, %124 : tensor<4x2048xf32>
    %126 = stablehlo.dot_general %125, %arg16, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %127 = stablehlo.dot_general %125, %arg17, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %128 = stablehlo.dot_general %125, %arg18, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %129 = stablehlo.reshape %126 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %130 = stablehlo.slice %129 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %131 = stablehlo.slice %129 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %132 = stablehlo.negate %131 : tensor<4x32x32xf32>
    %133 = stablehlo.concatenate %132, %130, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %134 = stablehlo.multiply %129, %37 : tensor<4x32x64xf32>
    %135 = stablehlo.multiply %133, %38 : tensor<4x32x64xf32>
    %136 = stablehlo.add %134, %135 : tensor<4x32x64xf32>
    %137 = stablehlo.reshape %127 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %138 = stablehlo.slice %137 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %139 = stablehlo.slice %137 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %140 = stablehlo.negate %139 : tensor<4x8x32xf32>
    %141 = stablehlo.concatenate %140, %138, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %142 = stablehlo.multiply %137, %47 : tensor<4x8x64xf32>
    %143 = stablehlo.multiply %141, %48 : tensor<4x8x64xf32>
    %144 = stablehlo.add %142, %143 : tensor<4x8x64xf32>
    %145 = stablehlo.reshape %128 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %146 = stablehlo.slice %144 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %147 = stablehlo.slice %145 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %148 = stablehlo.reshape %146 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %149 = stablehlo.dynamic_update_slice %74, %148, %c_0, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %150 = stablehlo.reshape %147 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %151 = stablehlo.dynamic_update_slice %76, %150, %c_0, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %152 = stablehlo.slice %144 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %153 = stablehlo.slice %145 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %154 = stablehlo.reshape %152 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %155 = stablehlo.dynamic_update_slice %149, %154, %c_0, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %156 = stablehlo.reshape %153 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %157 = stablehlo.dynamic_update_slice %151, %156, %c_0, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %158 = stablehlo.slice %144 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %159 = stablehlo.slice %145 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %160 = stablehlo.reshape %158 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %161 = stablehlo.dynamic_update_slice %155, %160, %c_0, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %162 = stablehlo.reshape %159 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %163 = stablehlo.dynamic_update_slice %157, %162, %c_0, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %164 = stablehlo.slice %144 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %165 = stablehlo.slice %145 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %166 = stablehlo.reshape %164 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %167 = stablehlo.dynamic_update_slice %161, %166, %c_0, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %168 = stablehlo.reshape %165 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %169 = stablehlo.dynamic_update_slice %163, %168, %c_0, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %170 = stablehlo.slice %167 [1:2, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %171 = stablehlo.reshape %170 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %172 = stablehlo.slice %169 [1:2, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %174 = stablehlo.reshape %136 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %175 = stablehlo.dot_general %174, %171, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %176 = stablehlo.multiply %175, %83 : tensor<4x8x4x256xf32>
    %177 = stablehlo.select %87, %176, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %178 = stablehlo.reduce(%177 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %180 = stablehlo.subtract %177, %179 : tensor<4x8x4x256xf32>
    %181 = stablehlo.exponential %180 : tensor<4x8x4x256xf32>
    %182 = stablehlo.reduce(%181 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %184 = stablehlo.divide %181, %183 : tensor<4x8x4x256xf32>
    %185 = stablehlo.dot_general %184, %173, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %186 = stablehlo.reshape %185 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %187 = stablehlo.dot_general %186, %arg19, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %188 = stablehlo.add %116, %187 : tensor<4x2048xf32>
    %189 = stablehlo.multiply %188, %188 : tensor<4x2048xf32>
    %190 = stablehlo.reduce(%189 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %191 = stablehlo.divide %190, %20 : tensor<4xf32>
    %192 = stablehlo.add %191, %22 : tensor<4xf32>
    %193 = stablehlo.rsqrt %192 : tensor<4xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %195 = stablehlo.multiply %188, %194 : tensor<4x2048xf32>
    %196 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %197 = stablehlo.multiply %195, %196 : tensor<4x2048xf32>
    %198 = stablehlo.dot_general %197, %arg21, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %199 = stablehlo.dot_general %197, %arg22, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %200 = stablehlo.logistic %198 : tensor<4x8192xf32>
    %201 = stablehlo.multiply %198, %200 : tensor<4x8192xf32>
    %202 = stablehlo.multiply %201, %199 : tensor<4x8192xf32>
    %203 = stablehlo.dot_general %202, %arg23, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %204 = stablehlo.add %188, %203 : tensor<4x2048xf32>
    %205 = stablehlo.multiply %204, %204 : tensor<4x2048xf32>
    %206 = stablehlo.reduce(%205 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %207 = stablehlo.divide %206, %20 : tensor<4xf32>
    %208 = stablehlo.add %207, %22 : tensor<4xf32>
    %209 = stablehlo.rsqrt %208 : tensor<4xf32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %211 = stablehlo.multiply %204, %210 : tensor<4x2048xf32>
    %212 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %213 = stablehlo.multiply %211, %212 : tensor<4x2048xf32>
    %214 = stablehlo.dot_general %213, %arg25, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %215 = stablehlo.dot_general %213, %arg26, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %216 = stablehlo.dot_general %213, %arg27, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %217 = stablehlo.reshape %214 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %218 = stablehlo.slice %217 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %219 = stablehlo.slice %217 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %220 = stablehlo.negate %219 : tensor<4x32x32xf32>
    %221 = stablehlo.concatenate %220, %218, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %222 = stablehlo.multiply %217, %37 : tensor<4x32x64xf32>
    %223 = stablehlo.multiply %221, %38 : tensor<4x32x64xf32>
    %224 = stablehlo.add %222, %223 : tensor<4x32x64xf32>
    %225 = stablehlo.reshape %215 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %226 = stablehlo.slice %225 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %227 = stablehlo.slice %225 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %228 = stablehlo.negate %227 : tensor<4x8x32xf32>
    %229 = stablehlo.concatenate %228, %226, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %230 = stablehlo.multiply %225, %47 : tensor<4x8x64xf32>
    %231 = stablehlo.multiply %229, %48 : tensor<4x8x64xf32>
    %232 = stablehlo.add %230, %231 : tensor<4x8x64xf32>
    %233 = stablehlo.reshape %216 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %234 = stablehlo.slice %232 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %235 = stablehlo.slice %233 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %236 = stablehlo.reshape %234 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %237 = stablehlo.dynamic_update_slice %167, %236, %c_1, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %238 = stablehlo.reshape %235 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %239 = stablehlo.dynamic_update_slice %169, %238, %c_1, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %240 = stablehlo.slice %232 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %241 = stablehlo.slice %233 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %242 = stablehlo.reshape %240 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %243 = stablehlo.dynamic_update_slice %237, %242, %c_1, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %244 = stablehlo.reshape %241 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %245 = stablehlo.dynamic_update_slice %239, %244, %c_1, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %246 = stablehlo.slice %232 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %247 = stablehlo.slice %233 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %248 = stablehlo.reshape %246 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %249 = stablehlo.dynamic_update_slice %243, %248, %c_1, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %250 = stablehlo.reshape %247 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %251 = stablehlo.dynamic_update_slice %245, %250, %c_1, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %252 = stablehlo.slice %232 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %253 = stablehlo.slice %233 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %254 = stablehlo.reshape %252 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %255 = stablehlo.dynamic_update_slice %249, %254, %c_1, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %256 = stablehlo.reshape %253 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %257 = stablehlo.dynamic_update_slice %251, %256, %c_1, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %258 = stablehlo.slice %255 [2:3, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %259 = stablehlo.reshape %258 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %260 = stablehlo.slice %257 [2:3, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %261 = stablehlo.reshape %260 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %262 = stablehlo.reshape %224 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %263 = stablehlo.dot_general %262, %259, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %264 = stablehlo.multiply %263, %83 : tensor<4x8x4x256xf32>
    %265 = stablehlo.select %87, %264, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %266 = stablehlo.reduce(%265 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %268 = stablehlo.subtract %265, %267 : tensor<4x8x4x256xf32>
    %269 = stablehlo.exponential %268 : tensor<4x8x4x256xf32>
    %270 = stablehlo.reduce(%269 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %272 = stablehlo.divide %269, %271 : tensor<4x8x4x256xf32>
    %273 = stablehlo.dot_general %272, %261, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %274 = stablehlo.reshape %273 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %275 = stablehlo.dot_general %274, %arg28, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %276 = stablehlo.add %204, %275 : tensor<4x2048xf32>
    %277 = stablehlo.multiply %276, %276 : tensor<4x2048xf32>
    %278 = stablehlo.reduce(%277 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %279 = stablehlo.divide %278, %20 : tensor<4xf32>
    %280 = stablehlo.add %279, %22 : tensor<4xf32>
    %281 = stablehlo.rsqrt %280 : tensor<4xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %283 = stablehlo.multiply %276, %282 : tensor<4x2048xf32>
    %284 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %285 = stablehlo.multiply %283, %284 : tensor<4x2048xf32>
    %286 = stablehlo.dot_general %285, %arg30, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %287 = stablehlo.dot_general %285, %arg31, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %288 = stablehlo.logistic %286 : tensor<4x8192xf32>
    %289 = stablehlo.multiply %286, %288 : tensor<4x8192xf32>
    %290 = stablehlo.multiply %289, %287 : tensor<4x8192xf32>
    %291 = stablehlo.dot_general %290, %arg32, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %292 = stablehlo.add %276, %291 : tensor<4x2048xf32>
    %293 = stablehlo.multiply %292, %292 : tensor<4x2048xf32>
    %294 = stablehlo.reduce(%293 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %295 = stablehlo.divide %294, %20 : tensor<4xf32>
    %296 = stablehlo.add %295, %22 : tensor<4xf32>
    %297 = stablehlo.rsqrt %296 : tensor<4xf32>
    %298 = stablehlo.broadcast_in_dim %297, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %299 = stablehlo.multiply %292, %298 : tensor<4x2048xf32>
    %300 = stablehlo.broadcast_in_dim %arg33, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %301 = stablehlo.multiply %299, %300 : tensor<4x2048xf32>
    %302 = stablehlo.dot_general %301, %arg34, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %303 = stablehlo.dot_general %301, %arg35, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %304 = stablehlo.dot_general %301, %arg36, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %305 = stablehlo.reshape %302 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %306 = stablehlo.slice %305 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %307 = stablehlo.slice %305 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %308 = stablehlo.negate %307 : tensor<4x32x32xf32>
    %309 = stablehlo.concatenate %308, %306, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %310 = stablehlo.multiply %305, %37 : tensor<4x32x64xf32>
    %311 = stablehlo.multiply %309, %38 : tensor<4x32x64xf32>
    %312 = stablehlo.add %310, %311 : tensor<4x32x64xf32>
    %313 = stablehlo.reshape %303 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %314 = stablehlo.slice %313 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %315 = stablehlo.slice %313 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %316 = stablehlo.negate %315 : tensor<4x8x32xf32>
    %317 = stablehlo.concatenate %316, %314, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %318 = stablehlo.multiply %313, %47 : tensor<4x8x64xf32>
    %319 = stablehlo.multiply %317, %48 : tensor<4x8x64xf32>
    %320 = stablehlo.add %318, %319 : tensor<4x8x64xf32>
    %321 = stablehlo.reshape %304 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %322 = stablehlo.slice %320 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %323 = stablehlo.slice %321 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %324 = stablehlo.reshape %322 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %325 = stablehlo.dynamic_update_slice %255, %324, %c_2, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %326 = stablehlo.reshape %323 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %327 = stablehlo.dynamic_update_slice %257, %326, %c_2, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %328 = stablehlo.slice %320 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %329 = stablehlo.slice %321 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %330 = stablehlo.reshape %328 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %331 = stablehlo.dynamic_update_slice %325, %330, %c_2, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %332 = stablehlo.reshape %329 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %333 = stablehlo.dynamic_update_slice %327, %332, %c_2, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %334 = stablehlo.slice %320 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %335 = stablehlo.slice %321 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %336 = stablehlo.reshape %334 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %337 = stablehlo.dynamic_update_slice %331, %336, %c_2, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %338 = stablehlo.reshape %335 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %339 = stablehlo.dynamic_update_slice %333, %338, %c_2, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %340 = stablehlo.slice %320 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %341 = stablehlo.slice %321 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %342 = stablehlo.reshape %340 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %343 = stablehlo.dynamic_update_slice %337, %342, %c_2, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %344 = stablehlo.reshape %341 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %345 = stablehlo.dynamic_update_slice %339, %344, %c_2, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %346 = stablehlo.slice %343 [3:4, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %347 = stablehlo.reshape %346 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %348 = stablehlo.slice %345 [3:4, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %349 = stablehlo.reshape %348 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %350 = stablehlo.reshape %312 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %351 = stablehlo.dot_general %350, %347, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %352 = stablehlo.multiply %351, %83 : tensor<4x8x4x256xf32>
    %353 = stablehlo.select %87, %352, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %354 = stablehlo.reduce(%353 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %355 = stablehlo.broadcast_in_dim %354, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %356 = stablehlo.subtract %353, %355 : tensor<4x8x4x256xf32>
    %357 = stablehlo.exponential %356 : tensor<4x8x4x256xf32>
    %358 = stablehlo.reduce(%357 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %360 = stablehlo.divide %357, %359 : tensor<4x8x4x256xf32>
    %361 = stablehlo.dot_general %360, %349, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %362 = stablehlo.reshape %361 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %363 = stablehlo.dot_general %362, %arg37, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %364 = stablehlo.add %292, %363 : tensor<4x2048xf32>
    %365 = stablehlo.multiply %364, %364 : tensor<4x2048xf32>
    %366 = stablehlo.reduce(%365 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %367 = stablehlo.divide %366, %20 : tensor<4xf32>
    %368 = stablehlo.add %367, %22 : tensor<4xf32>
    %369 = stablehlo.rsqrt %368 : tensor<4xf32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %371 = stablehlo.multiply %364, %370 : tensor<4x2048xf32>
    %372 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %373 = stablehlo.multiply %371, %372 : tensor<4x2048xf32>
    %374 = stablehlo.dot_general %373, %arg39, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %375 = stablehlo.dot_general %373, %arg40, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %376 = stablehlo.logistic %374 : tensor<4x8192xf32>
    %377 = stablehlo.multiply %374, %376 : tensor<4x8192xf32>
    %378 = stablehlo.multiply %377, %375 : tensor<4x8192xf32>
    %379 = stablehlo.dot_general %378, %arg41, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %380 = stablehlo.add %364, %379 : tensor<4x2048xf32>
    %381 = stablehlo.multiply %380, %380 : tensor<4x2048xf32>
    %382 = stablehlo.reduce(%381 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %383 = stablehlo.divide %382, %20 : tensor<4xf32>
    %384 = stablehlo.add %383, %22 : tensor<4xf32>
    %385 = stablehlo.rsqrt %384 : tensor<4xf32>
    %386 = stablehlo.broadcast_in_dim %385, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %387 = stablehlo.multiply %380, %386 : tensor<4x2048xf32>
    %388 = stablehlo.broadcast_in_dim %arg42, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %389 = stablehlo.multiply %387, %388 : tensor<4x2048xf32>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %390 = stablehlo.dot_general %389, %arg43, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %391 = stablehlo.dot_general %389, %arg44, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %392 = stablehlo.dot_general %389, %arg45, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %393 = stablehlo.reshape %390 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %394 = stablehlo.slice %393 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %395 = stablehlo.slice %393 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %396 = stablehlo.negate %395 : tensor<4x32x32xf32>
    %397 = stablehlo.concatenate %396, %394, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %398 = stablehlo.multiply %393, %37 : tensor<4x32x64xf32>
    %399 = stablehlo.multiply %397, %38 : tensor<4x32x64xf32>
    %400 = stablehlo.add %398, %399 : tensor<4x32x64xf32>
    %401 = stablehlo.reshape %391 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %402 = stablehlo.slice %401 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %403 = stablehlo.slice %401 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %404 = stablehlo.negate %403 : tensor<4x8x32xf32>
    %405 = stablehlo.concatenate %404, %402, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %406 = stablehlo.multiply %401, %47 : tensor<4x8x64xf32>
    %407 = stablehlo.multiply %405, %48 : tensor<4x8x64xf32>
    %408 = stablehlo.add %406, %407 : tensor<4x8x64xf32>
    %409 = stablehlo.reshape %392 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %410 = stablehlo.slice %408 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %411 = stablehlo.slice %409 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %412 = stablehlo.reshape %410 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %413 = stablehlo.dynamic_update_slice %343, %412, %c_3, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %414 = stablehlo.reshape %411 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %415 = stablehlo.dynamic_update_slice %345, %414, %c_3, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %416 = stablehlo.slice %408 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %417 = stablehlo.slice %409 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %418 = stablehlo.reshape %416 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %419 = stablehlo.dynamic_update_slice %413, %418, %c_3, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %420 = stablehlo.reshape %417 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %421 = stablehlo.dynamic_update_slice %415, %420, %c_3, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %422 = stablehlo.slice %408 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %423 = stablehlo.slice %409 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %424 = stablehlo.reshape %422 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %425 = stablehlo.dynamic_update_slice %419, %424, %c_3, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %426 = stablehlo.reshape %423 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %427 = stablehlo.dynamic_update_slice %421, %426, %c_3, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %428 = stablehlo.slice %408 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %429 = stablehlo.slice %409 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %430 = stablehlo.reshape %428 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %431 = stablehlo.dynamic_update_slice %425, %430, %c_3, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %432 = stablehlo.reshape %429 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %433 = stablehlo.dynamic_update_slice %427, %432, %c_3, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %434 = stablehlo.slice %431 [4:5, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %435 = stablehlo.reshape %434 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %436 = stablehlo.slice %433 [4:5, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %437 = stablehlo.reshape %436 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %438 = stablehlo.reshape %400 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %439 = stablehlo.dot_general %438, %435, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %440 = stablehlo.multiply %439, %83 : tensor<4x8x4x256xf32>
    %441 = stablehlo.select %87, %440, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %442 = stablehlo.reduce(%441 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %443 = stablehlo.broadcast_in_dim %442, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %444 = stablehlo.subtract %441, %443 : tensor<4x8x4x256xf32>
    %445 = stablehlo.exponential %444 : tensor<4x8x4x256xf32>
    %446 = stablehlo.reduce(%445 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %447 = stablehlo.broadcast_in_dim %446, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %448 = stablehlo.divide %445, %447 : tensor<4x8x4x256xf32>
    %449 = stablehlo.dot_general %448, %437, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %450 = stablehlo.reshape %449 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %451 = stablehlo.dot_general %450, %arg46, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %452 = stablehlo.add %380, %451 : tensor<4x2048xf32>
    %453 = stablehlo.multiply %452, %452 : tensor<4x2048xf32>
    %454 = stablehlo.reduce(%453 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %455 = stablehlo.divide %454, %20 : tensor<4xf32>
    %456 = stablehlo.add %455, %22 : tensor<4xf32>
    %457 = stablehlo.rsqrt %456 : tensor<4xf32>
    %458 = stablehlo.broadcast_in_dim %457, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %459 = stablehlo.multiply %452, %458 : tensor<4x2048xf32>
    %460 = stablehlo.broadcast_in_dim %arg47, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %461 = stablehlo.multiply %459, %460 : tensor<4x2048xf32>
    %462 = stablehlo.dot_general %461, %arg48, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %463 = stablehlo.dot_general %461, %arg49, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %464 = stablehlo.logistic %462 : tensor<4x8192xf32>
    %465 = stablehlo.multiply %462, %464 : tensor<4x8192xf32>
    %466 = stablehlo.multiply %465, %463 : tensor<4x8192xf32>
    %467 = stablehlo.dot_general %466, %arg50, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %468 = stablehlo.add %452, %467 : tensor<4x2048xf32>
    %469 = stablehlo.multiply %468, %468 : tensor<4x2048xf32>
    %470 = stablehlo.reduce(%469 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %471 = stablehlo.divide %470, %20 : tensor<4xf32>
    %472 = stablehlo.add %471, %22 : tensor<4xf32>
    %473 = stablehlo.rsqrt %472 : tensor<4xf32>
    %474 = stablehlo.broadcast_in_dim %473, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %475 = stablehlo.multiply %468, %474 : tensor<4x2048xf32>
    %476 = stablehlo.broadcast_in_dim %arg51, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %477 = stablehlo.multiply %475, %476 : tensor<4x2048xf32>
    %c_4 = stablehlo.constant dense<5> : tensor<i32>
    %478 = stablehlo.dot_general %477, %arg52, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %479 = stablehlo.dot_general %477, %arg53, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %480 = stablehlo.dot_general %477, %arg54, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %481 = stablehlo.reshape %478 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %482 = stablehlo.slice %481 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %483 = stablehlo.slice %481 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %484 = stablehlo.negate %483 : tensor<4x32x32xf32>
    %485 = stablehlo.concatenate %484, %482, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %486 = stablehlo.multiply %481, %37 : tensor<4x32x64xf32>
    %487 = stablehlo.multiply %485, %38 : tensor<4x32x64xf32>
    %488 = stablehlo.add %486, %487 : tensor<4x32x64xf32>
    %489 = stablehlo.reshape %479 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %490 = stablehlo.slice %489 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %491 = stablehlo.slice %489 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %492 = stablehlo.negate %491 : tensor<4x8x32xf32>
    %493 = stablehlo.concatenate %492, %490, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %494 = stablehlo.multiply %489, %47 : tensor<4x8x64xf32>
    %495 = stablehlo.multiply %493, %48 : tensor<4x8x64xf32>
    %496 = stablehlo.add %494, %495 : tensor<4x8x64xf32>
    %497 = stablehlo.reshape %480 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %498 = stablehlo.slice %496 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %499 = stablehlo.slice %497 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %500 = stablehlo.reshape %498 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %501 = stablehlo.dynamic_update_slice %431, %500, %c_4, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %502 = stablehlo.reshape %499 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %503 = stablehlo.dynamic_update_slice %433, %502, %c_4, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %504 = stablehlo.slice %496 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %505 = stablehlo.slice %497 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %506 = stablehlo.reshape %504 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %507 = stablehlo.dynamic_update_slice %501, %506, %c_4, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %508 = stablehlo.reshape %505 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %509 = stablehlo.dynamic_update_slice %503, %508, %c_4, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %510 = stablehlo.slice %496 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %511 = stablehlo.slice %497 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %512 = stablehlo.reshape %510 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %513 = stablehlo.dynamic_update_slice %507, %512, %c_4, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %514 = stablehlo.reshape %511 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %515 = stablehlo.dynamic_update_slice %509, %514, %c_4, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %516 = stablehlo.slice %496 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %517 = stablehlo.slice %497 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %518 = stablehlo.reshape %516 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %519 = stablehlo.dynamic_update_slice %513, %518, %c_4, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %520 = stablehlo.reshape %517 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %521 = stablehlo.dynamic_update_slice %515, %520, %c_4, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %522 = stablehlo.slice %519 [5:6, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %523 = stablehlo.reshape %522 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %524 = stablehlo.slice %521 [5:6, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %525 = stablehlo.reshape %524 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %526 = stablehlo.reshape %488 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %527 = stablehlo.dot_general %526, %523, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %528 = stablehlo.multiply %527, %83 : tensor<4x8x4x256xf32>
    %529 = stablehlo.select %87, %528, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %530 = stablehlo.reduce(%529 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %531 = stablehlo.broadcast_in_dim %530, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %532 = stablehlo.subtract %529, %531 : tensor<4x8x4x256xf32>
    %533 = stablehlo.exponential %532 : tensor<4x8x4x256xf32>
    %534 = stablehlo.reduce(%533 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %535 = stablehlo.broadcast_in_dim %534, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %536 = stablehlo.divide %533, %535 : tensor<4x8x4x256xf32>
    %537 = stablehlo.dot_general %536, %525, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %538 = stablehlo.reshape %537 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %539 = stablehlo.dot_general %538, %arg55, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %540 = stablehlo.add %468, %539 : tensor<4x2048xf32>
    %541 = stablehlo.multiply %540, %540 : tensor<4x2048xf32>
    %542 = stablehlo.reduce(%541 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %543 = stablehlo.divide %542, %20 : tensor<4xf32>
    %544 = stablehlo.add %543, %22 : tensor<4xf32>
    %545 = stablehlo.rsqrt %544 : tensor<4xf32>
    %546 = stablehlo.broadcast_in_dim %545, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %547 = stablehlo.multiply %540, %546 : tensor<4x2048xf32>
    %548 = stablehlo.broadcast_in_dim %arg56, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %549 = stablehlo.multiply %547, %548 : tensor<4x2048xf32>
    %550 = stablehlo.dot_general %549, %arg57, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %551 = stablehlo.dot_general %549, %arg58, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %552 = stablehlo.logistic %550 : tensor<4x8192xf32>
    %553 = stablehlo.multiply %550, %552 : tensor<4x8192xf32>
    %554 = stablehlo.multiply %553, %551 : tensor<4x8192xf32>
    %555 = stablehlo.dot_general %554, %arg59, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %556 = stablehlo.add %540, %555 : tensor<4x2048xf32>
    %557 = stablehlo.multiply %556, %556 : tensor<4x2048xf32>
    %558 = stablehlo.reduce(%557 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %559 = stablehlo.divide %558, %20 : tensor<4xf32>
    %560 = stablehlo.add %559, %22 : tensor<4xf32>
    %561 = stablehlo.rsqrt %560 : tensor<4xf32>
    %562 = stablehlo.broadcast_in_dim %561, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %563 = stablehlo.multiply %556, %562 : tensor<4x2048xf32>
    %564 = stablehlo.broadcast_in_dim %arg60, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %565 = stablehlo.multiply %563, %564 : tensor<4x2048xf32>
    %c_5 = stablehlo.constant dense<6> : tensor<i32>
    %566 = stablehlo.dot_general %565, %arg61, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %567 = stablehlo.dot_general %565, %arg62, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %568 = stablehlo.dot_general %565, %arg63, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %569 = stablehlo.reshape %566 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %570 = stablehlo.slice %569 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %571 = stablehlo.slice %569 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %572 = stablehlo.negate %571 : tensor<4x32x32xf32>
    %573 = stablehlo.concatenate %572, %570, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %574 = stablehlo.multiply %569, %37 : tensor<4x32x64xf32>
    %575 = stablehlo.multiply %573, %38 : tensor<4x32x64xf32>
    %576 = stablehlo.add %574, %575 : tensor<4x32x64xf32>
    %577 = stablehlo.reshape %567 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %578 = stablehlo.slice %577 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %579 = stablehlo.slice %577 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %580 = stablehlo.negate %579 : tensor<4x8x32xf32>
    %581 = stablehlo.concatenate %580, %578, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %582 = stablehlo.multiply %577, %47 : tensor<4x8x64xf32>
    %583 = stablehlo.multiply %581, %48 : tensor<4x8x64xf32>
    %584 = stablehlo.add %582, %583 : tensor<4x8x64xf32>
    %585 = stablehlo.reshape %568 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %586 = stablehlo.slice %584 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %587 = stablehlo.slice %585 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %588 = stablehlo.reshape %586 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %589 = stablehlo.dynamic_update_slice %519, %588, %c_5, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %590 = stablehlo.reshape %587 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %591 = stablehlo.dynamic_update_slice %521, %590, %c_5, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %592 = stablehlo.slice %584 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %593 = stablehlo.slice %585 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %594 = stablehlo.reshape %592 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %595 = stablehlo.dynamic_update_slice %589, %594, %c_5, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %596 = stablehlo.reshape %593 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %597 = stablehlo.dynamic_update_slice %591, %596, %c_5, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %598 = stablehlo.slice %584 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %599 = stablehlo.slice %585 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %600 = stablehlo.reshape %598 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %601 = stablehlo.dynamic_update_slice %595, %600, %c_5, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %602 = stablehlo.reshape %599 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %603 = stablehlo.dynamic_update_slice %597, %602, %c_5, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %604 = stablehlo.slice %584 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %605 = stablehlo.slice %585 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %606 = stablehlo.reshape %604 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %607 = stablehlo.dynamic_update_slice %601, %606, %c_5, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %608 = stablehlo.reshape %605 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %609 = stablehlo.dynamic_update_slice %603, %608, %c_5, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %610 = stablehlo.slice %607 [6:7, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %611 = stablehlo.reshape %610 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %612 = stablehlo.slice %609 [6:7, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %613 = stablehlo.reshape %612 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %614 = stablehlo.reshape %576 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %615 = stablehlo.dot_general %614, %611, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %616 = stablehlo.multiply %615, %83 : tensor<4x8x4x256xf32>
    %617 = stablehlo.select %87, %616, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %618 = stablehlo.reduce(%617 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %619 = stablehlo.broadcast_in_dim %618, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %620 = stablehlo.subtract %617, %619 : tensor<4x8x4x256xf32>
    %621 = stablehlo.exponential %620 : tensor<4x8x4x256xf32>
    %622 = stablehlo.reduce(%621 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %623 = stablehlo.broadcast_in_dim %622, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %624 = stablehlo.divide %621, %623 : tensor<4x8x4x256xf32>
    %625 = stablehlo.dot_general %624, %613, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %626 = stablehlo.reshape %625 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %627 = stablehlo.dot_general %626, %arg64, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %628 = stablehlo.add %556, %627 : tensor<4x2048xf32>
    %629 = stablehlo.multiply %628, %628 : tensor<4x2048xf32>
    %630 = stablehlo.reduce(%629 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %631 = stablehlo.divide %630, %20 : tensor<4xf32>
    %632 = stablehlo.add %631, %22 : tensor<4xf32>
    %633 = stablehlo.rsqrt %632 : tensor<4xf32>
    %634 = stablehlo.broadcast_in_dim %633, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %635 = stablehlo.multiply %628, %634 : tensor<4x2048xf32>
    %636 = stablehlo.broadcast_in_dim %arg65, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %637 = stablehlo.multiply %635, %636 : tensor<4x2048xf32>
    %638 = stablehlo.dot_general %637, %arg66, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %639 = stablehlo.dot_general %637, %arg67, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %640 = stablehlo.logistic %638 : tensor<4x8192xf32>
    %641 = stablehlo.multiply %638, %640 : tensor<4x8192xf32>
    %642 = stablehlo.multiply %641, %639 : tensor<4x8192xf32>
    %643 = stablehlo.dot_general %642, %arg68, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %644 = stablehlo.add %628, %643 : tensor<4x2048xf32>
    %645 = stablehlo.multiply %644, %644 : tensor<4x2048xf32>
    %646 = stablehlo.reduce(%645 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %647 = stablehlo.divide %646, %20 : tensor<4xf32>
    %648 = stablehlo.add %647, %22 : tensor<4xf32>
    %649 = stablehlo.rsqrt %648 : tensor<4xf32>
    %650 = stablehlo.broadcast_in_dim %649, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %651 = stablehlo.multiply %644, %650 : tensor<4x2048xf32>
    %652 = stablehlo.broadcast_in_dim %arg69, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %653 = stablehlo.multiply %651, %652 : tensor<4x2048xf32>
    %c_6 = stablehlo.constant dense<7> : tensor<i32>
    %654 = stablehlo.dot_general %653, %arg70, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %655 = stablehlo.dot_general %653, %arg71, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %656 = stablehlo.dot_general %653, %arg72, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %657 = stablehlo.reshape %654 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %658 = stablehlo.slice %657 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %659 = stablehlo.slice %657 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %660 = stablehlo.negate %659 : tensor<4x32x32xf32>
    %661 = stablehlo.concatenate %660, %658, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %662 = stablehlo.multiply %657, %37 : tensor<4x32x64xf32>
    %663 = stablehlo.multiply %661, %38 : tensor<4x32x64xf32>
    %664 = stablehlo.add %662, %663 : tensor<4x32x64xf32>
    %665 = stablehlo.reshape %655 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %666 = stablehlo.slice %665 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %667 = stablehlo.slice %665 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %668 = stablehlo.negate %667 : tensor<4x8x32xf32>
    %669 = stablehlo.concatenate %668, %666, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %670 = stablehlo.multiply %665, %47 : tensor<4x8x64xf32>
    %671 = stablehlo.multiply %669, %48 : tensor<4x8x64xf32>
    %672 = stablehlo.add %670, %671 : tensor<4x8x64xf32>
    %673 = stablehlo.reshape %656 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %674 = stablehlo.slice %672 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %675 = stablehlo.slice %673 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %676 = stablehlo.reshape %674 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %677 = stablehlo.dynamic_update_slice %607, %676, %c_6, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %678 = stablehlo.reshape %675 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %679 = stablehlo.dynamic_update_slice %609, %678, %c_6, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %680 = stablehlo.slice %672 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %681 = stablehlo.slice %673 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %682 = stablehlo.reshape %680 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %683 = stablehlo.dynamic_update_slice %677, %682, %c_6, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %684 = stablehlo.reshape %681 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %685 = stablehlo.dynamic_update_slice %679, %684, %c_6, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %686 = stablehlo.slice %672 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %687 = stablehlo.slice %673 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %688 = stablehlo.reshape %686 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %689 = stablehlo.dynamic_update_slice %683, %688, %c_6, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %690 = stablehlo.reshape %687 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %691 = stablehlo.dynamic_update_slice %685, %690, %c_6, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %692 = stablehlo.slice %672 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %693 = stablehlo.slice %673 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %694 = stablehlo.reshape %692 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %695 = stablehlo.dynamic_update_slice %689, %694, %c_6, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %696 = stablehlo.reshape %693 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %697 = stablehlo.dynamic_update_slice %691, %696, %c_6, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %698 = stablehlo.slice %695 [7:8, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %699 = stablehlo.reshape %698 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %700 = stablehlo.slice %697 [7:8, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %701 = stablehlo.reshape %700 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %702 = stablehlo.reshape %664 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %703 = stablehlo.dot_general %702, %699, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %704 = stablehlo.multiply %703, %83 : tensor<4x8x4x256xf32>
    %705 = stablehlo.select %87, %704, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %706 = stablehlo.reduce(%705 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %707 = stablehlo.broadcast_in_dim %706, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %708 = stablehlo.subtract %705, %707 : tensor<4x8x4x256xf32>
    %709 = stablehlo.exponential %708 : tensor<4x8x4x256xf32>
    %710 = stablehlo.reduce(%709 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %711 = stablehlo.broadcast_in_dim %710, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %712 = stablehlo.divide %709, %711 : tensor<4x8x4x256xf32>
    %713 = stablehlo.dot_general %712, %701, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %714 = stablehlo.reshape %713 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %715 = stablehlo.dot_general %714, %arg73, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %716 = stablehlo.add %644, %715 : tensor<4x2048xf32>
    %717 = stablehlo.multiply %716, %716 : tensor<4x2048xf32>
    %718 = stablehlo.reduce(%717 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %719 = stablehlo.divide %718, %20 : tensor<4xf32>
    %720 = stablehlo.add %719, %22 : tensor<4xf32>
    %721 = stablehlo.rsqrt %720 : tensor<4xf32>
    %722 = stablehlo.broadcast_in_dim %721, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %723 = stablehlo.multiply %716, %722 : tensor<4x2048xf32>
    %724 = stablehlo.broadcast_in_dim %arg74, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %725 = stablehlo.multiply %723, %724 : tensor<4x2048xf32>
    %726 = stablehlo.dot_general %725, %arg75, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %727 = stablehlo.dot_general %725, %arg76, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %728 = stablehlo.logistic %726 : tensor<4x8192xf32>
    %729 = stablehlo.multiply %726, %728 : tensor<4x8192xf32>
    %730 = stablehlo.multiply %729, %727 : tensor<4x8192xf32>
    %731 = stablehlo.dot_general %730, %arg77, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %732 = stablehlo.add %716, %731 : tensor<4x2048xf32>
    %733 = stablehlo.multiply %732, %732 : tensor<4x2048xf32>
    %734 = stablehlo.reduce(%733 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %735 = stablehlo.divide %734, %20 : tensor<4xf32>
    %736 = stablehlo.add %735, %22 : tensor<4xf32>
    %737 = stablehlo.rsqrt %736 : tensor<4xf32>
    %738 = stablehlo.broadcast_in_dim %737, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %739 = stablehlo.multiply %732, %738 : tensor<4x2048xf32>
    %740 = stablehlo.broadcast_in_dim %arg78, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %741 = stablehlo.multiply %739, %740 : tensor<4x2048xf32>
    %c_7 = stablehlo.constant dense<8> : tensor<i32>
    %742 = stablehlo.dot_general %741, %arg79, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %743 = stablehlo.dot_general %741, %arg80, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %744 = stablehlo.dot_general %741, %arg81, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %745 = stablehlo.reshape %742 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %746 = stablehlo.slice %745 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %747 = stablehlo.slice %745 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %748 = stablehlo.negate %747 : tensor<4x32x32xf32>
    %749 = stablehlo.concatenate %748, %746, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %750 = stablehlo.multiply %745, %37 : tensor<4x32x64xf32>
    %751 = stablehlo.multiply %749, %38 : tensor<4x32x64xf32>
    %752 = stablehlo.add %750, %751 : tensor<4x32x64xf32>
    %753 = stablehlo.reshape %743 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %754 = stablehlo.slice %753 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %755 = stablehlo.slice %753 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %756 = stablehlo.negate %755 : tensor<4x8x32xf32>
    %757 = stablehlo.concatenate %756, %754, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %758 = stablehlo.multiply %753, %47 : tensor<4x8x64xf32>
    %759 = stablehlo.multiply %757, %48 : tensor<4x8x64xf32>
    %760 = stablehlo.add %758, %759 : tensor<4x8x64xf32>
    %761 = stablehlo.reshape %744 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %762 = stablehlo.slice %760 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %763 = stablehlo.slice %761 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %764 = stablehlo.reshape %762 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %765 = stablehlo.dynamic_update_slice %695, %764, %c_7, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %766 = stablehlo.reshape %763 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %767 = stablehlo.dynamic_update_slice %697, %766, %c_7, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %768 = stablehlo.slice %760 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %769 = stablehlo.slice %761 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %770 = stablehlo.reshape %768 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %771 = stablehlo.dynamic_update_slice %765, %770, %c_7, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %772 = stablehlo.reshape %769 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %773 = stablehlo.dynamic_update_slice %767, %772, %c_7, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %774 = stablehlo.slice %760 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %775 = stablehlo.slice %761 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %776 = stablehlo.reshape %774 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %777 = stablehlo.dynamic_update_slice %771, %776, %c_7, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %778 = stablehlo.reshape %775 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %779 = stablehlo.dynamic_update_slice %773, %778, %c_7, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %780 = stablehlo.slice %760 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %781 = stablehlo.slice %761 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %782 = stablehlo.reshape %780 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %783 = stablehlo.dynamic_update_slice %777, %782, %c_7, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %784 = stablehlo.reshape %781 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %785 = stablehlo.dynamic_update_slice %779, %784, %c_7, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %786 = stablehlo.slice %783 [8:9, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %787 = stablehlo.reshape %786 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %788 = stablehlo.slice %785 [8:9, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %789 = stablehlo.reshape %788 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %790 = stablehlo.reshape %752 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %791 = stablehlo.dot_general %790, %787, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %792 = stablehlo.multiply %791, %83 : tensor<4x8x4x256xf32>
    %793 = stablehlo.select %87, %792, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %794 = stablehlo.reduce(%793 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %795 = stablehlo.broadcast_in_dim %794, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %796 = stablehlo.subtract %793, %795 : tensor<4x8x4x256xf32>
    %797 = stablehlo.exponential %796 : tensor<4x8x4x256xf32>
    %798 = stablehlo.reduce(%797 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %799 = stablehlo.broadcast_in_dim %798, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %800 = stablehlo.divide %797, %799 : tensor<4x8x4x256xf32>
    %801 = stablehlo.dot_general %800, %789, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %802 = stablehlo.reshape %801 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %803 = stablehlo.dot_general %802, %arg82, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %804 = stablehlo.add %732, %803 : tensor<4x2048xf32>
    %805 = stablehlo.multiply %804, %804 : tensor<4x2048xf32>
    %806 = stablehlo.reduce(%805 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %807 = stablehlo.divide %806, %20 : tensor<4xf32>
    %808 = stablehlo.add %807, %22 : tensor<4xf32>
    %809 = stablehlo.rsqrt %808 : tensor<4xf32>
    %810 = stablehlo.broadcast_in_dim %809, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %811 = stablehlo.multiply %804, %810 : tensor<4x2048xf32>
    %812 = stablehlo.broadcast_in_dim %arg83, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %813 = stablehlo.multiply %811, %812 : tensor<4x2048xf32>
    %814 = stablehlo.dot_general %813, %arg84, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %815 = stablehlo.dot_general %813, %arg85, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %816 = stablehlo.logistic %814 : tensor<4x8192xf32>
    %817 = stablehlo.multiply %814, %816 : tensor<4x8192xf32>
    %818 = stablehlo.multiply %817, %815 : tensor<4x8192xf32>
    %819 = stablehlo.dot_general %818, %arg86, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %820 = stablehlo.add %804, %819 : tensor<4x2048xf32>
    %821 = stablehlo.multiply %820, %820 : tensor<4x2048xf32>
    %822 = stablehlo.reduce(%821 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %823 = stablehlo.divide %822, %20 : tensor<4xf32>
    %824 = stablehlo.add %823, %22 : tensor<4xf32>
    %825 = stablehlo.rsqrt %824 : tensor<4xf32>
    %826 = stablehlo.broadcast_in_dim %825, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %827 = stablehlo.multiply %820, %826 : tensor<4x2048xf32>
    %828 = stablehlo.broadcast_in_dim %arg87, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %829 = stablehlo.multiply %827, %828 : tensor<4x2048xf32>
    %c_8 = stablehlo.constant dense<9> : tensor<i32>
    %830 = stablehlo.dot_general %829, %arg88, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %831 = stablehlo.dot_general %829, %arg89, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %832 = stablehlo.dot_general %829, %arg90, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %833 = stablehlo.reshape %830 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %834 = stablehlo.slice %833 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %835 = stablehlo.slice %833 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %836 = stablehlo.negate %835 : tensor<4x32x32xf32>
    %837 = stablehlo.concatenate %836, %834, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %838 = stablehlo.multiply %833, %37 : tensor<4x32x64xf32>
    %839 = stablehlo.multiply %837, %38 : tensor<4x32x64xf32>
    %840 = stablehlo.add %838, %839 : tensor<4x32x64xf32>
    %841 = stablehlo.reshape %831 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %842 = stablehlo.slice %841 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %843 = stablehlo.slice %841 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %844 = stablehlo.negate %843 : tensor<4x8x32xf32>
    %845 = stablehlo.concatenate %844, %842, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %846 = stablehlo.multiply %841, %47 : tensor<4x8x64xf32>
    %847 = stablehlo.multiply %845, %48 : tensor<4x8x64xf32>
    %848 = stablehlo.add %846, %847 : tensor<4x8x64xf32>
    %849 = stablehlo.reshape %832 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %850 = stablehlo.slice %848 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %851 = stablehlo.slice %849 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %852 = stablehlo.reshape %850 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %853 = stablehlo.dynamic_update_slice %783, %852, %c_8, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %854 = stablehlo.reshape %851 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %855 = stablehlo.dynamic_update_slice %785, %854, %c_8, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %856 = stablehlo.slice %848 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %857 = stablehlo.slice %849 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %858 = stablehlo.reshape %856 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %859 = stablehlo.dynamic_update_slice %853, %858, %c_8, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %860 = stablehlo.reshape %857 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %861 = stablehlo.dynamic_update_slice %855, %860, %c_8, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %862 = stablehlo.slice %848 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %863 = stablehlo.slice %849 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %864 = stablehlo.reshape %862 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %865 = stablehlo.dynamic_update_slice %859, %864, %c_8, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %866 = stablehlo.reshape %863 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %867 = stablehlo.dynamic_update_slice %861, %866, %c_8, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %868 = stablehlo.slice %848 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %869 = stablehlo.slice %849 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %870 = stablehlo.reshape %868 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %871 = stablehlo.dynamic_update_slice %865, %870, %c_8, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %872 = stablehlo.reshape %869 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %873 = stablehlo.dynamic_update_slice %867, %872, %c_8, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %874 = stablehlo.slice %871 [9:10, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %875 = stablehlo.reshape %874 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %876 = stablehlo.slice %873 [9:10, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %877 = stablehlo.reshape %876 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %878 = stablehlo.reshape %840 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %879 = stablehlo.dot_general %878, %875, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %880 = stablehlo.multiply %879, %83 : tensor<4x8x4x256xf32>
    %881 = stablehlo.select %87, %880, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %882 = stablehlo.reduce(%881 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %883 = stablehlo.broadcast_in_dim %882, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %884 = stablehlo.subtract %881, %883 : tensor<4x8x4x256xf32>
    %885 = stablehlo.exponential %884 : tensor<4x8x4x256xf32>
    %886 = stablehlo.reduce(%885 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %887 = stablehlo.broadcast_in_dim %886, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %888 = stablehlo.divide %885, %887 : tensor<4x8x4x256xf32>
    %889 = stablehlo.dot_general %888, %877, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %890 = stablehlo.reshape %889 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %891 = stablehlo.dot_general %890, %arg91, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %892 = stablehlo.add %820, %891 : tensor<4x2048xf32>
    %893 = stablehlo.multiply %892, %892 : tensor<4x2048xf32>
    %894 = stablehlo.reduce(%893 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %895 = stablehlo.divide %894, %20 : tensor<4xf32>
    %896 = stablehlo.add %895, %22 : tensor<4xf32>
    %897 = stablehlo.rsqrt %896 : tensor<4xf32>
    %898 = stablehlo.broadcast_in_dim %897, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %899 = stablehlo.multiply %892, %898 : tensor<4x2048xf32>
    %900 = stablehlo.broadcast_in_dim %arg92, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %901 = stablehlo.multiply %899, %900 : tensor<4x2048xf32>
    %902 = stablehlo.dot_general %901, %arg93, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %903 = stablehlo.dot_general %901, %arg94, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %904 = stablehlo.logistic %902 : tensor<4x8192xf32>
    %905 = stablehlo.multiply %902, %904 : tensor<4x8192xf32>
    %906 = stablehlo.multiply %905, %903 : tensor<4x8192xf32>
    %907 = stablehlo.dot_general %906, %arg95, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %908 = stablehlo.add %892, %907 : tensor<4x2048xf32>
    %909 = stablehlo.multiply %908, %908 : tensor<4x2048xf32>
    %910 = stablehlo.reduce(%909 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %911 = stablehlo.divide %910, %20 : tensor<4xf32>
    %912 = stablehlo.add %911, %22 : tensor<4xf32>
    %913 = stablehlo.rsqrt %912 : tensor<4xf32>
    %914 = stablehlo.broadcast_in_dim %913, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %915 = stablehlo.multiply %908, %914 : tensor<4x2048xf32>
    %916 = stablehlo.broadcast_in_dim %arg96, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %917 = stablehlo.multiply %915, %916 : tensor<4x2048xf32>
    %c_9 = stablehlo.constant dense<10> : tensor<i32>
    %918 = stablehlo.dot_general %917, %arg97, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %919 = stablehlo.dot_general %917, %arg98, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %920 = stablehlo.dot_general %917, %arg99, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %921 = stablehlo.reshape %918 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %922 = stablehlo.slice %921 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %923 = stablehlo.slice %921 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %924 = stablehlo.negate %923 : tensor<4x32x32xf32>
    %925 = stablehlo.concatenate %924, %922, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %926 = stablehlo.multiply %921, %37 : tensor<4x32x64xf32>
    %927 = stablehlo.multiply %925, %38 : tensor<4x32x64xf32>
    %928 = stablehlo.add %926, %927 : tensor<4x32x64xf32>
    %929 = stablehlo.reshape %919 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %930 = stablehlo.slice %929 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %931 = stablehlo.slice %929 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %932 = stablehlo.negate %931 : tensor<4x8x32xf32>
    %933 = stablehlo.concatenate %932, %930, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %934 = stablehlo.multiply %929, %47 : tensor<4x8x64xf32>
    %935 = stablehlo.multiply %933, %48 : tensor<4x8x64xf32>
    %936 = stablehlo.add %934, %935 : tensor<4x8x64xf32>
    %937 = stablehlo.reshape %920 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %938 = stablehlo.slice %936 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %939 = stablehlo.slice %937 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %940 = stablehlo.reshape %938 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %941 = stablehlo.dynamic_update_slice %871, %940, %c_9, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %942 = stablehlo.reshape %939 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %943 = stablehlo.dynamic_update_slice %873, %942, %c_9, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %944 = stablehlo.slice %936 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %945 = stablehlo.slice %937 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %946 = stablehlo.reshape %944 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %947 = stablehlo.dynamic_update_slice %941, %946, %c_9, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %948 = stablehlo.reshape %945 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %949 = stablehlo.dynamic_update_slice %943, %948, %c_9, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %950 = stablehlo.slice %936 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %951 = stablehlo.slice %937 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %952 = stablehlo.reshape %950 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %953 = stablehlo.dynamic_update_slice %947, %952, %c_9, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %954 = stablehlo.reshape %951 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %955 = stablehlo.dynamic_update_slice %949, %954, %c_9, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %956 = stablehlo.slice %936 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %957 = stablehlo.slice %937 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %958 = stablehlo.reshape %956 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %959 = stablehlo.dynamic_update_slice %953, %958, %c_9, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %960 = stablehlo.reshape %957 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %961 = stablehlo.dynamic_update_slice %955, %960, %c_9, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %962 = stablehlo.slice %959 [10:11, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %963 = stablehlo.reshape %962 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %964 = stablehlo.slice %961 [10:11, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %965 = stablehlo.reshape %964 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %966 = stablehlo.reshape %928 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %967 = stablehlo.dot_general %966, %963, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %968 = stablehlo.multiply %967, %83 : tensor<4x8x4x256xf32>
    %969 = stablehlo.select %87, %968, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %970 = stablehlo.reduce(%969 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %971 = stablehlo.broadcast_in_dim %970, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %972 = stablehlo.subtract %969, %971 : tensor<4x8x4x256xf32>
    %973 = stablehlo.exponential %972 : tensor<4x8x4x256xf32>
    %974 = stablehlo.reduce(%973 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %975 = stablehlo.broadcast_in_dim %974, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %976 = stablehlo.divide %973, %975 : tensor<4x8x4x256xf32>
    %977 = stablehlo.dot_general %976, %965, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %978 = stablehlo.reshape %977 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %979 = stablehlo.dot_general %978, %arg100, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %980 = stablehlo.add %908, %979 : tensor<4x2048xf32>
    %981 = stablehlo.multiply %980, %980 : tensor<4x2048xf32>
    %982 = stablehlo.reduce(%981 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %983 = stablehlo.divide %982, %20 : tensor<4xf32>
    %984 = stablehlo.add %983, %22 : tensor<4xf32>
    %985 = stablehlo.rsqrt %984 : tensor<4xf32>
    %986 = stablehlo.broadcast_in_dim %985, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %987 = stablehlo.multiply %980, %986 : tensor<4x2048xf32>
    %988 = stablehlo.broadcast_in_dim %arg101, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %989 = stablehlo.multiply %987, %988 : tensor<4x2048xf32>
    %990 = stablehlo.dot_general %989, %arg102, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %991 = stablehlo.dot_general %989, %arg103, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %992 = stablehlo.logistic %990 : tensor<4x8192xf32>
    %993 = stablehlo.multiply %990, %992 : tensor<4x8192xf32>
    %994 = stablehlo.multiply %993, %991 : tensor<4x8192xf32>
    %995 = stablehlo.dot_general %994, %arg104, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %996 = stablehlo.add %980, %995 : tensor<4x2048xf32>
    %997 = stablehlo.multiply %996, %996 : tensor<4x2048xf32>
    %998 = stablehlo.reduce(%997 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %999 = stablehlo.divide %998, %20 : tensor<4xf32>
    %1000 = stablehlo.add %999, %22 : tensor<4xf32>
    %1001 = stablehlo.rsqrt %1000 : tensor<4xf32>
    %1002 = stablehlo.broadcast_in_dim %1001, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %1003 = stablehlo.multiply %996, %1002 : tensor<4x2048xf32>
    %1004 = stablehlo.broadcast_in_dim %arg105, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %1005 = stablehlo.multiply %1003, %1004 : tensor<4x2048xf32>
    %c_10 = stablehlo.constant dense<11> : tensor<i32>
    %1006 = stablehlo.dot_general %1005, %arg106, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %1007 = stablehlo.dot_general %1005, %arg107, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %1008 = stablehlo.dot_general %1005, %arg108, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %1009 = stablehlo.reshape %1006 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %1010 = stablehlo.slice %1009 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %1011 = stablehlo.slice %1009 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %1012 = stablehlo.negate %1011 : tensor<4x32x32xf32>
    %1013 = stablehlo.concatenate %1012, %1010, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %1014 = stablehlo.multiply %1009, %37 : tensor<4x32x64xf32>
    %1015 = stablehlo.multiply %1013, %38 : tensor<4x32x64xf32>
    %1016 = stablehlo.add %1014, %1015 : tensor<4x32x64xf32>
    %1017 = stablehlo.reshape %1007 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %1018 = stablehlo.slice %1017 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %1019 = stablehlo.slice %1017 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %1020 = stablehlo.negate %1019 : tensor<4x8x32xf32>
    %1021 = stablehlo.concatenate %1020, %1018, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %1022 = stablehlo.multiply %1017, %47 : tensor<4x8x64xf32>
    %1023 = stablehlo.multiply %1021, %48 : tensor<4x8x64xf32>
    %1024 = stablehlo.add %1022, %1023 : tensor<4x8x64xf32>
    %1025 = stablehlo.reshape %1008 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %1026 = stablehlo.slice %1024 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1027 = stablehlo.slice %1025 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1028 = stablehlo.reshape %1026 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1029 = stablehlo.dynamic_update_slice %959, %1028, %c_10, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1030 = stablehlo.reshape %1027 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1031 = stablehlo.dynamic_update_slice %961, %1030, %c_10, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1032 = stablehlo.slice %1024 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1033 = stablehlo.slice %1025 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1034 = stablehlo.reshape %1032 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1035 = stablehlo.dynamic_update_slice %1029, %1034, %c_10, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1036 = stablehlo.reshape %1033 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1037 = stablehlo.dynamic_update_slice %1031, %1036, %c_10, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1038 = stablehlo.slice %1024 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1039 = stablehlo.slice %1025 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1040 = stablehlo.reshape %1038 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1041 = stablehlo.dynamic_update_slice %1035, %1040, %c_10, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1042 = stablehlo.reshape %1039 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1043 = stablehlo.dynamic_update_slice %1037, %1042, %c_10, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1044 = stablehlo.slice %1024 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1045 = stablehlo.slice %1025 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1046 = stablehlo.reshape %1044 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1047 = stablehlo.dynamic_update_slice %1041, %1046, %c_10, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1048 = stablehlo.reshape %1045 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1049 = stablehlo.dynamic_update_slice %1043, %1048, %c_10, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1050 = stablehlo.slice %1047 [11:12, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %1051 = stablehlo.reshape %1050 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %1052 = stablehlo.slice %1049 [11:12, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %1053 = stablehlo.reshape %1052 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %1054 = stablehlo.reshape %1016 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %1055 = stablehlo.dot_general %1054, %1051, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %1056 = stablehlo.multiply %1055, %83 : tensor<4x8x4x256xf32>
    %1057 = stablehlo.select %87, %1056, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %1058 = stablehlo.reduce(%1057 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %1059 = stablehlo.broadcast_in_dim %1058, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %1060 = stablehlo.subtract %1057, %1059 : tensor<4x8x4x256xf32>
    %1061 = stablehlo.exponential %1060 : tensor<4x8x4x256xf32>
    %1062 = stablehlo.reduce(%1061 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %1063 = stablehlo.broadcast_in_dim %1062, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %1064 = stablehlo.divide %1061, %1063 : tensor<4x8x4x256xf32>
    %1065 = stablehlo.dot_general %1064, %1053, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %1066 = stablehlo.reshape %1065 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %1067 = stablehlo.dot_general %1066, %arg109, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %1068 = stablehlo.add %996, %1067 : tensor<4x2048xf32>
    %1069 = stablehlo.multiply %1068, %1068 : tensor<4x2048xf32>
    %1070 = stablehlo.reduce(%1069 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %1071 = stablehlo.divide %1070, %20 : tensor<4xf32>
    %1072 = stablehlo.add %1071, %22 : tensor<4xf32>
    %1073 = stablehlo.rsqrt %1072 : tensor<4xf32>
    %1074 = stablehlo.broadcast_in_dim %1073, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %1075 = stablehlo.multiply %1068, %1074 : tensor<4x2048xf32>
    %1076 = stablehlo.broadcast_in_dim %arg110, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %1077 = stablehlo.multiply %1075, %1076 : tensor<4x2048xf32>
    %1078 = stablehlo.dot_general %1077, %arg111, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %1079 = stablehlo.dot_general %1077, %arg112, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %1080 = stablehlo.logistic %1078 : tensor<4x8192xf32>
    %1081 = stablehlo.multiply %1078, %1080 : tensor<4x8192xf32>
    %1082 = stablehlo.multiply %1081, %1079 : tensor<4x8192xf32>
    %1083 = stablehlo.dot_general %1082, %arg113, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %1084 = stablehlo.add %1068, %1083 : tensor<4x2048xf32>
    %1085 = stablehlo.multiply %1084, %1084 : tensor<4x2048xf32>
    %1086 = stablehlo.reduce(%1085 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %1087 = stablehlo.divide %1086, %20 : tensor<4xf32>
    %1088 = stablehlo.add %1087, %22 : tensor<4xf32>
    %1089 = stablehlo.rsqrt %1088 : tensor<4xf32>
    %1090 = stablehlo.broadcast_in_dim %1089, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %1091 = stablehlo.multiply %1084, %1090 : tensor<4x2048xf32>
    %1092 = stablehlo.broadcast_in_dim %arg114, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %1093 = stablehlo.multiply %1091, %1092 : tensor<4x2048xf32>
    %c_11 = stablehlo.constant dense<12> : tensor<i32>
    %1094 = stablehlo.dot_general %1093, %arg115, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %1095 = stablehlo.dot_general %1093, %arg116, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %1096 = stablehlo.dot_general %1093, %arg117, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %1097 = stablehlo.reshape %1094 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %1098 = stablehlo.slice %1097 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %1099 = stablehlo.slice %1097 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %1100 = stablehlo.negate %1099 : tensor<4x32x32xf32>
    %1101 = stablehlo.concatenate %1100, %1098, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %1102 = stablehlo.multiply %1097, %37 : tensor<4x32x64xf32>
    %1103 = stablehlo.multiply %1101, %38 : tensor<4x32x64xf32>
    %1104 = stablehlo.add %1102, %1103 : tensor<4x32x64xf32>
    %1105 = stablehlo.reshape %1095 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %1106 = stablehlo.slice %1105 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %1107 = stablehlo.slice %1105 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %1108 = stablehlo.negate %1107 : tensor<4x8x32xf32>
    %1109 = stablehlo.concatenate %1108, %1106, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %1110 = stablehlo.multiply %1105, %47 : tensor<4x8x64xf32>
    %1111 = stablehlo.multiply %1109, %48 : tensor<4x8x64xf32>
    %1112 = stablehlo.add %1110, %1111 : tensor<4x8x64xf32>
    %1113 = stablehlo.reshape %1096 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %1114 = stablehlo.slice %1112 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1115 = stablehlo.slice %1113 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1116 = stablehlo.reshape %1114 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1117 = stablehlo.dynamic_update_slice %1047, %1116, %c_11, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1118 = stablehlo.reshape %1115 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1119 = stablehlo.dynamic_update_slice %1049, %1118, %c_11, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1120 = stablehlo.slice %1112 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1121 = stablehlo.slice %1113 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1122 = stablehlo.reshape %1120 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1123 = stablehlo.dynamic_update_slice %1117, %1122, %c_11, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1124 = stablehlo.reshape %1121 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1125 = stablehlo.dynamic_update_slice %1119, %1124, %c_11, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1126 = stablehlo.slice %1112 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1127 = stablehlo.slice %1113 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1128 = stablehlo.reshape %1126 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1129 = stablehlo.dynamic_update_slice %1123, %1128, %c_11, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1130 = stablehlo.reshape %1127 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1131 = stablehlo.dynamic_update_slice %1125, %1130, %c_11, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1132 = stablehlo.slice %1112 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1133 = stablehlo.slice %1113 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1134 = stablehlo.reshape %1132 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1135 = stablehlo.dynamic_update_slice %1129, %1134, %c_11, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1136 = stablehlo.reshape %1133 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1137 = stablehlo.dynamic_update_slice %1131, %1136, %c_11, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1138 = stablehlo.slice %1135 [12:13, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %1139 = stablehlo.reshape %1138 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %1140 = stablehlo.slice %1137 [12:13, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %1141 = stablehlo.reshape %1140 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %1142 = stablehlo.reshape %1104 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %1143 = stablehlo.dot_general %1142, %1139, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %1144 = stablehlo.multiply %1143, %83 : tensor<4x8x4x256xf32>
    %1145 = stablehlo.select %87, %1144, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %1146 = stablehlo.reduce(%1145 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %1147 = stablehlo.broadcast_in_dim %1146, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %1148 = stablehlo.subtract %1145, %1147 : tensor<4x8x4x256xf32>
    %1149 = stablehlo.exponential %1148 : tensor<4x8x4x256xf32>
    %1150 = stablehlo.reduce(%1149 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %1151 = stablehlo.broadcast_in_dim %1150, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %1152 = stablehlo.divide %1149, %1151 : tensor<4x8x4x256xf32>
    %1153 = stablehlo.dot_general %1152, %1141, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %1154 = stablehlo.reshape %1153 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %1155 = stablehlo.dot_general %1154, %arg118, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %1156 = stablehlo.add %1084, %1155 : tensor<4x2048xf32>
    %1157 = stablehlo.multiply %1156, %1156 : tensor<4x2048xf32>
    %1158 = stablehlo.reduce(%1157 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %1159 = stablehlo.divide %1158, %20 : tensor<4xf32>
    %1160 = stablehlo.add %1159, %22 : tensor<4xf32>
    %1161 = stablehlo.rsqrt %1160 : tensor<4xf32>
    %1162 = stablehlo.broadcast_in_dim %1161, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %1163 = stablehlo.multiply %1156, %1162 : tensor<4x2048xf32>
    %1164 = stablehlo.broadcast_in_dim %arg119, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %1165 = stablehlo.multiply %1163, %1164 : tensor<4x2048xf32>
    %1166 = stablehlo.dot_general %1165, %arg120, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %1167 = stablehlo.dot_general %1165, %arg121, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %1168 = stablehlo.logistic %1166 : tensor<4x8192xf32>
    %1169 = stablehlo.multiply %1166, %1168 : tensor<4x8192xf32>
    %1170 = stablehlo.multiply %1169, %1167 : tensor<4x8192xf32>
    %1171 = stablehlo.dot_general %1170, %arg122, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %1172 = stablehlo.add %1156, %1171 : tensor<4x2048xf32>
    %1173 = stablehlo.multiply %1172, %1172 : tensor<4x2048xf32>
    %1174 = stablehlo.reduce(%1173 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %1175 = stablehlo.divide %1174, %20 : tensor<4xf32>
    %1176 = stablehlo.add %1175, %22 : tensor<4xf32>
    %1177 = stablehlo.rsqrt %1176 : tensor<4xf32>
    %1178 = stablehlo.broadcast_in_dim %1177, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %1179 = stablehlo.multiply %1172, %1178 : tensor<4x2048xf32>
    %1180 = stablehlo.broadcast_in_dim %arg123, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %1181 = stablehlo.multiply %1179, %1180 : tensor<4x2048xf32>
    %c_12 = stablehlo.constant dense<13> : tensor<i32>
    %1182 = stablehlo.dot_general %1181, %arg124, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %1183 = stablehlo.dot_general %1181, %arg125, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %1184 = stablehlo.dot_general %1181, %arg126, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %1185 = stablehlo.reshape %1182 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %1186 = stablehlo.slice %1185 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %1187 = stablehlo.slice %1185 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %1188 = stablehlo.negate %1187 : tensor<4x32x32xf32>
    %1189 = stablehlo.concatenate %1188, %1186, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %1190 = stablehlo.multiply %1185, %37 : tensor<4x32x64xf32>
    %1191 = stablehlo.multiply %1189, %38 : tensor<4x32x64xf32>
    %1192 = stablehlo.add %1190, %1191 : tensor<4x32x64xf32>
    %1193 = stablehlo.reshape %1183 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %1194 = stablehlo.slice %1193 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %1195 = stablehlo.slice %1193 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %1196 = stablehlo.negate %1195 : tensor<4x8x32xf32>
    %1197 = stablehlo.concatenate %1196, %1194, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %1198 = stablehlo.multiply %1193, %47 : tensor<4x8x64xf32>
    %1199 = stablehlo.multiply %1197, %48 : tensor<4x8x64xf32>
    %1200 = stablehlo.add %1198, %1199 : tensor<4x8x64xf32>
    %1201 = stablehlo.reshape %1184 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %1202 = stablehlo.slice %1200 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1203 = stablehlo.slice %1201 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1204 = stablehlo.reshape %1202 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1205 = stablehlo.dynamic_update_slice %1135, %1204, %c_12, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1206 = stablehlo.reshape %1203 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1207 = stablehlo.dynamic_update_slice %1137, %1206, %c_12, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1208 = stablehlo.slice %1200 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1209 = stablehlo.slice %1201 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1210 = stablehlo.reshape %1208 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1211 = stablehlo.dynamic_update_slice %1205, %1210, %c_12, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1212 = stablehlo.reshape %1209 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1213 = stablehlo.dynamic_update_slice %1207, %1212, %c_12, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1214 = stablehlo.slice %1200 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1215 = stablehlo.slice %1201 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1216 = stablehlo.reshape %1214 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1217 = stablehlo.dynamic_update_slice %1211, %1216, %c_12, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1218 = stablehlo.reshape %1215 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1219 = stablehlo.dynamic_update_slice %1213, %1218, %c_12, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1220 = stablehlo.slice %1200 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1221 = stablehlo.slice %1201 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1222 = stablehlo.reshape %1220 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1223 = stablehlo.dynamic_update_slice %1217, %1222, %c_12, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1224 = stablehlo.reshape %1221 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1225 = stablehlo.dynamic_update_slice %1219, %1224, %c_12, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1226 = stablehlo.slice %1223 [13:14, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %1227 = stablehlo.reshape %1226 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %1228 = stablehlo.slice %1225 [13:14, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %1229 = stablehlo.reshape %1228 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %1230 = stablehlo.reshape %1192 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %1231 = stablehlo.dot_general %1230, %1227, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %1232 = stablehlo.multiply %1231, %83 : tensor<4x8x4x256xf32>
    %1233 = stablehlo.select %87, %1232, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %1234 = stablehlo.reduce(%1233 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %1235 = stablehlo.broadcast_in_dim %1234, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %1236 = stablehlo.subtract %1233, %1235 : tensor<4x8x4x256xf32>
    %1237 = stablehlo.exponential %1236 : tensor<4x8x4x256xf32>
    %1238 = stablehlo.reduce(%1237 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %1239 = stablehlo.broadcast_in_dim %1238, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %1240 = stablehlo.divide %1237, %1239 : tensor<4x8x4x256xf32>
    %1241 = stablehlo.dot_general %1240, %1229, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %1242 = stablehlo.reshape %1241 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %1243 = stablehlo.dot_general %1242, %arg127, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %1244 = stablehlo.add %1172, %1243 : tensor<4x2048xf32>
    %1245 = stablehlo.multiply %1244, %1244 : tensor<4x2048xf32>
    %1246 = stablehlo.reduce(%1245 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %1247 = stablehlo.divide %1246, %20 : tensor<4xf32>
    %1248 = stablehlo.add %1247, %22 : tensor<4xf32>
    %1249 = stablehlo.rsqrt %1248 : tensor<4xf32>
    %1250 = stablehlo.broadcast_in_dim %1249, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %1251 = stablehlo.multiply %1244, %1250 : tensor<4x2048xf32>
    %1252 = stablehlo.broadcast_in_dim %arg128, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %1253 = stablehlo.multiply %1251, %1252 : tensor<4x2048xf32>
    %1254 = stablehlo.dot_general %1253, %arg129, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %1255 = stablehlo.dot_general %1253, %arg130, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %1256 = stablehlo.logistic %1254 : tensor<4x8192xf32>
    %1257 = stablehlo.multiply %1254, %1256 : tensor<4x8192xf32>
    %1258 = stablehlo.multiply %1257, %1255 : tensor<4x8192xf32>
    %1259 = stablehlo.dot_general %1258, %arg131, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %1260 = stablehlo.add %1244, %1259 : tensor<4x2048xf32>
    %1261 = stablehlo.multiply %1260, %1260 : tensor<4x2048xf32>
    %1262 = stablehlo.reduce(%1261 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %1263 = stablehlo.divide %1262, %20 : tensor<4xf32>
    %1264 = stablehlo.add %1263, %22 : tensor<4xf32>
    %1265 = stablehlo.rsqrt %1264 : tensor<4xf32>
    %1266 = stablehlo.broadcast_in_dim %1265, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %1267 = stablehlo.multiply %1260, %1266 : tensor<4x2048xf32>
    %1268 = stablehlo.broadcast_in_dim %arg132, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %1269 = stablehlo.multiply %1267, %1268 : tensor<4x2048xf32>
    %c_13 = stablehlo.constant dense<14> : tensor<i32>
    %1270 = stablehlo.dot_general %1269, %arg133, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %1271 = stablehlo.dot_general %1269, %arg134, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %1272 = stablehlo.dot_general %1269, %arg135, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %1273 = stablehlo.reshape %1270 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %1274 = stablehlo.slice %1273 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %1275 = stablehlo.slice %1273 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %1276 = stablehlo.negate %1275 : tensor<4x32x32xf32>
    %1277 = stablehlo.concatenate %1276, %1274, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %1278 = stablehlo.multiply %1273, %37 : tensor<4x32x64xf32>
    %1279 = stablehlo.multiply %1277, %38 : tensor<4x32x64xf32>
    %1280 = stablehlo.add %1278, %1279 : tensor<4x32x64xf32>
    %1281 = stablehlo.reshape %1271 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %1282 = stablehlo.slice %1281 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %1283 = stablehlo.slice %1281 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %1284 = stablehlo.negate %1283 : tensor<4x8x32xf32>
    %1285 = stablehlo.concatenate %1284, %1282, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %1286 = stablehlo.multiply %1281, %47 : tensor<4x8x64xf32>
    %1287 = stablehlo.multiply %1285, %48 : tensor<4x8x64xf32>
    %1288 = stablehlo.add %1286, %1287 : tensor<4x8x64xf32>
    %1289 = stablehlo.reshape %1272 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %1290 = stablehlo.slice %1288 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1291 = stablehlo.slice %1289 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1292 = stablehlo.reshape %1290 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1293 = stablehlo.dynamic_update_slice %1223, %1292, %c_13, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1294 = stablehlo.reshape %1291 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1295 = stablehlo.dynamic_update_slice %1225, %1294, %c_13, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1296 = stablehlo.slice %1288 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1297 = stablehlo.slice %1289 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1298 = stablehlo.reshape %1296 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1299 = stablehlo.dynamic_update_slice %1293, %1298, %c_13, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1300 = stablehlo.reshape %1297 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1301 = stablehlo.dynamic_update_slice %1295, %1300, %c_13, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1302 = stablehlo.slice %1288 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1303 = stablehlo.slice %1289 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1304 = stablehlo.reshape %1302 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1305 = stablehlo.dynamic_update_slice %1299, %1304, %c_13, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1306 = stablehlo.reshape %1303 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1307 = stablehlo.dynamic_update_slice %1301, %1306, %c_13, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1308 = stablehlo.slice %1288 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1309 = stablehlo.slice %1289 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1310 = stablehlo.reshape %1308 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1311 = stablehlo.dynamic_update_slice %1305, %1310, %c_13, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1312 = stablehlo.reshape %1309 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1313 = stablehlo.dynamic_update_slice %1307, %1312, %c_13, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1314 = stablehlo.slice %1311 [14:15, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %1315 = stablehlo.reshape %1314 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %1316 = stablehlo.slice %1313 [14:15, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %1317 = stablehlo.reshape %1316 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %1318 = stablehlo.reshape %1280 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %1319 = stablehlo.dot_general %1318, %1315, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %1320 = stablehlo.multiply %1319, %83 : tensor<4x8x4x256xf32>
    %1321 = stablehlo.select %87, %1320, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %1322 = stablehlo.reduce(%1321 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %1323 = stablehlo.broadcast_in_dim %1322, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %1324 = stablehlo.subtract %1321, %1323 : tensor<4x8x4x256xf32>
    %1325 = stablehlo.exponential %1324 : tensor<4x8x4x256xf32>
    %1326 = stablehlo.reduce(%1325 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %1327 = stablehlo.broadcast_in_dim %1326, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %1328 = stablehlo.divide %1325, %1327 : tensor<4x8x4x256xf32>
    %1329 = stablehlo.dot_general %1328, %1317, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %1330 = stablehlo.reshape %1329 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %1331 = stablehlo.dot_general %1330, %arg136, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %1332 = stablehlo.add %1260, %1331 : tensor<4x2048xf32>
    %1333 = stablehlo.multiply %1332, %1332 : tensor<4x2048xf32>
    %1334 = stablehlo.reduce(%1333 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %1335 = stablehlo.divide %1334, %20 : tensor<4xf32>
    %1336 = stablehlo.add %1335, %22 : tensor<4xf32>
    %1337 = stablehlo.rsqrt %1336 : tensor<4xf32>
    %1338 = stablehlo.broadcast_in_dim %1337, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %1339 = stablehlo.multiply %1332, %1338 : tensor<4x2048xf32>
    %1340 = stablehlo.broadcast_in_dim %arg137, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %1341 = stablehlo.multiply %1339, %1340 : tensor<4x2048xf32>
    %1342 = stablehlo.dot_general %1341, %arg138, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %1343 = stablehlo.dot_general %1341, %arg139, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %1344 = stablehlo.logistic %1342 : tensor<4x8192xf32>
    %1345 = stablehlo.multiply %1342, %1344 : tensor<4x8192xf32>
    %1346 = stablehlo.multiply %1345, %1343 : tensor<4x8192xf32>
    %1347 = stablehlo.dot_general %1346, %arg140, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %1348 = stablehlo.add %1332, %1347 : tensor<4x2048xf32>
    %1349 = stablehlo.multiply %1348, %1348 : tensor<4x2048xf32>
    %1350 = stablehlo.reduce(%1349 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %1351 = stablehlo.divide %1350, %20 : tensor<4xf32>
    %1352 = stablehlo.add %1351, %22 : tensor<4xf32>
    %1353 = stablehlo.rsqrt %1352 : tensor<4xf32>
    %1354 = stablehlo.broadcast_in_dim %1353, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %1355 = stablehlo.multiply %1348, %1354 : tensor<4x2048xf32>
    %1356 = stablehlo.broadcast_in_dim %arg141, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %1357 = stablehlo.multiply %1355, %1356 : tensor<4x2048xf32>
    %c_14 = stablehlo.constant dense<15> : tensor<i32>
    %1358 = stablehlo.dot_general %1357, %arg142, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %1359 = stablehlo.dot_general %1357, %arg143, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %1360 = stablehlo.dot_general %1357, %arg144, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<512x2048xf32>) -> tensor<4x512xf32>
    %1361 = stablehlo.reshape %1358 : (tensor<4x2048xf32>) -> tensor<4x32x64xf32>
    %1362 = stablehlo.slice %1361 [0:4, 0:32, 0:32] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %1363 = stablehlo.slice %1361 [0:4, 0:32, 32:64] : (tensor<4x32x64xf32>) -> tensor<4x32x32xf32>
    %1364 = stablehlo.negate %1363 : tensor<4x32x32xf32>
    %1365 = stablehlo.concatenate %1364, %1362, dim = 2 : (tensor<4x32x32xf32>, tensor<4x32x32xf32>) -> tensor<4x32x64xf32>
    %1366 = stablehlo.multiply %1361, %37 : tensor<4x32x64xf32>
    %1367 = stablehlo.multiply %1365, %38 : tensor<4x32x64xf32>
    %1368 = stablehlo.add %1366, %1367 : tensor<4x32x64xf32>
    %1369 = stablehlo.reshape %1359 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %1370 = stablehlo.slice %1369 [0:4, 0:8, 0:32] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %1371 = stablehlo.slice %1369 [0:4, 0:8, 32:64] : (tensor<4x8x64xf32>) -> tensor<4x8x32xf32>
    %1372 = stablehlo.negate %1371 : tensor<4x8x32xf32>
    %1373 = stablehlo.concatenate %1372, %1370, dim = 2 : (tensor<4x8x32xf32>, tensor<4x8x32xf32>) -> tensor<4x8x64xf32>
    %1374 = stablehlo.multiply %1369, %47 : tensor<4x8x64xf32>
    %1375 = stablehlo.multiply %1373, %48 : tensor<4x8x64xf32>
    %1376 = stablehlo.add %1374, %1375 : tensor<4x8x64xf32>
    %1377 = stablehlo.reshape %1360 : (tensor<4x512xf32>) -> tensor<4x8x64xf32>
    %1378 = stablehlo.slice %1376 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1379 = stablehlo.slice %1377 [0:1, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1380 = stablehlo.reshape %1378 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1381 = stablehlo.dynamic_update_slice %1311, %1380, %c_14, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1382 = stablehlo.reshape %1379 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1383 = stablehlo.dynamic_update_slice %1313, %1382, %c_14, %c, %1, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1384 = stablehlo.slice %1376 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1385 = stablehlo.slice %1377 [1:2, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1386 = stablehlo.reshape %1384 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1387 = stablehlo.dynamic_update_slice %1381, %1386, %c_14, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1388 = stablehlo.reshape %1385 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1389 = stablehlo.dynamic_update_slice %1383, %1388, %c_14, %c_0, %3, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1390 = stablehlo.slice %1376 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1391 = stablehlo.slice %1377 [2:3, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1392 = stablehlo.reshape %1390 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1393 = stablehlo.dynamic_update_slice %1387, %1392, %c_14, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1394 = stablehlo.reshape %1391 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1395 = stablehlo.dynamic_update_slice %1389, %1394, %c_14, %c_1, %5, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1396 = stablehlo.slice %1376 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1397 = stablehlo.slice %1377 [3:4, 0:8, 0:64] : (tensor<4x8x64xf32>) -> tensor<1x8x64xf32>
    %1398 = stablehlo.reshape %1396 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1399 = stablehlo.dynamic_update_slice %1393, %1398, %c_14, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1400 = stablehlo.reshape %1397 : (tensor<1x8x64xf32>) -> tensor<1x1x1x8x64xf32>
    %1401 = stablehlo.dynamic_update_slice %1395, %1400, %c_14, %c_2, %7, %c, %c : (tensor<16x4x256x8x64xf32>, tensor<1x1x1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<16x4x256x8x64xf32>
    %1402 = stablehlo.slice %1399 [15:16, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %1403 = stablehlo.reshape %1402 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %1404 = stablehlo.slice %1401 [15:16, 0:4, 0:256, 0:8, 0:64] : (tensor<16x4x256x8x64xf32>) -> tensor<1x4x256x8x64xf32>
    %1405 = stablehlo.reshape %1404 : (tensor<1x4x256x8x64xf32>) -> tensor<4x256x8x64xf32>
    %1406 = stablehlo.reshape %1368 : (tensor<4x32x64xf32>) -> tensor<4x8x4x64xf32>
    %1407 = stablehlo.dot_general %1406, %1403, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x8x4x64xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x256xf32>
    %1408 = stablehlo.multiply %1407, %83 : tensor<4x8x4x256xf32>
    %1409 = stablehlo.select %87, %1408, %88 : tensor<4x8x4x256xi1>, tensor<4x8x4x256xf32>
    %1410 = stablehlo.reduce(%1409 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %1411 = stablehlo.broadcast_in_dim %1410, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %1412 = stablehlo.subtract %1409, %1411 : tensor<4x8x4x256xf32>
    %1413 = stablehlo.exponential %1412 : tensor<4x8x4x256xf32>
    %1414 = stablehlo.reduce(%1413 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x8x4x256xf32>, tensor<f32>) -> tensor<4x8x4xf32>
    %1415 = stablehlo.broadcast_in_dim %1414, dims = [0, 1, 2] : (tensor<4x8x4xf32>) -> tensor<4x8x4x256xf32>
    %1416 = stablehlo.divide %1413, %1415 : tensor<4x8x4x256xf32>
    %1417 = stablehlo.dot_general %1416, %1405, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x8x4x256xf32>, tensor<4x256x8x64xf32>) -> tensor<4x8x4x64xf32>
    %1418 = stablehlo.reshape %1417 : (tensor<4x8x4x64xf32>) -> tensor<4x2048xf32>
    %1419 = stablehlo.dot_general %1418, %arg145, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<2048x2048xf32>) -> tensor<4x2048xf32>
    %1420 = stablehlo.add %1348, %1419 : tensor<4x2048xf32>
    %1421 = stablehlo.multiply %1420, %1420 : tensor<4x2048xf32>
    %1422 = stablehlo.reduce(%1421 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %1423 = stablehlo.divide %1422, %20 : tensor<4xf32>
    %1424 = stablehlo.add %1423, %22 : tensor<4xf32>
    %1425 = stablehlo.rsqrt %1424 : tensor<4xf32>
    %1426 = stablehlo.broadcast_in_dim %1425, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %1427 = stablehlo.multiply %1420, %1426 : tensor<4x2048xf32>
    %1428 = stablehlo.broadcast_in_dim %arg146, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %1429 = stablehlo.multiply %1427, %1428 : tensor<4x2048xf32>
    %1430 = stablehlo.dot_general %1429, %arg147, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %1431 = stablehlo.dot_general %1429, %arg148, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<8192x2048xf32>) -> tensor<4x8192xf32>
    %1432 = stablehlo.logistic %1430 : tensor<4x8192xf32>
    %1433 = stablehlo.multiply %1430, %1432 : tensor<4x8192xf32>
    %1434 = stablehlo.multiply %1433, %1431 : tensor<4x8192xf32>
    %1435 = stablehlo.dot_general %1434, %arg149, contracting_dims = [1] x [1] : (tensor<4x8192xf32>, tensor<2048x8192xf32>) -> tensor<4x2048xf32>
    %1436 = stablehlo.add %1420, %1435 : tensor<4x2048xf32>
    %1437 = stablehlo.multiply %1436, %1436 : tensor<4x2048xf32>
    %1438 = stablehlo.reduce(%1437 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x2048xf32>, tensor<f32>) -> tensor<4xf32>
    %1439 = stablehlo.divide %1438, %20 : tensor<4xf32>
    %1440 = stablehlo.add %1439, %22 : tensor<4xf32>
    %1441 = stablehlo.rsqrt %1440 : tensor<4xf32>
    %1442 = stablehlo.broadcast_in_dim %1441, dims = [0] : (tensor<4xf32>) -> tensor<4x2048xf32>
    %1443 = stablehlo.multiply %1436, %1442 : tensor<4x2048xf32>
    %1444 = stablehlo.broadcast_in_dim %arg150, dims = [1] : (tensor<2048xf32>) -> tensor<4x2048xf32>
    %1445 = stablehlo.multiply %1443, %1444 : tensor<4x2048xf32>
    %1446 = stablehlo.dot_general %1445, %arg5, contracting_dims = [1] x [1] : (tensor<4x2048xf32>, tensor<128256x2048xf32>) -> tensor<4x128256xf32>
    %1447 = stablehlo.iota dim = 1 : tensor<4x128256xi32>
    %1448:2 = stablehlo.reduce(%1446 init: %cst_4), (%1447 init: %c) across dimensions = [1] : (tensor<4x128256xf32>, tensor<4x128256xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg151: tensor<f32>, %arg153: tensor<f32>) (%arg152: tensor<i32>, %arg154: tensor<i32>)  {
      %1449 = stablehlo.compare  GT, %arg151, %arg153,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %1450 = stablehlo.compare  NE, %arg151, %arg151,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %1451 = stablehlo.or %1449, %1450 : tensor<i1>
      %1452 = stablehlo.compare  EQ, %arg151, %arg153,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %1453 = stablehlo.compare  LT, %arg152, %arg154,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %1454 = stablehlo.and %1452, %1453 : tensor<i1>
      %1455 = stablehlo.or %1451, %1454 : tensor<i1>
      %1456 = stablehlo.select %1451, %arg151, %arg153 : tensor<i1>, tensor<f32>
      %1457 = stablehlo.select %1455, %arg152, %arg154 : tensor<i1>, tensor<i32>
      stablehlo.return %1456, %1457 : tensor<f32>, tensor<i32>
    }
    return %1448#1, %1399, %1401 : tensor<4xi32>, tensor<16x4x256x8x64xf32>, tensor<16x4x256x8x64xf32>
  }
}
