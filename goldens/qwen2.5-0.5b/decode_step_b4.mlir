// emit arch=qwen2.5-0.5b graph=decode_step_b4 precision=f32 capacity=256 batch=4 quant=none
module @decode_step_b4 {
  func.func public @main(%arg0: tensor<4xi32> loc("token"), %arg1: tensor<4xi32> loc("pos"), %arg2: tensor<4xi32> loc("cache_len"), %arg3: tensor<24x4x256x2x64xf32> loc("kcache"), %arg4: tensor<24x4x256x2x64xf32> loc("vcache"), %arg5: tensor<151936x896xf32> loc("model.embed_tokens.weight"), %arg6: tensor<896xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<896x896xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<896xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg9: tensor<128x896xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg10: tensor<128xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg11: tensor<128x896xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg12: tensor<128xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg13: tensor<896x896xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg14: tensor<896xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg15: tensor<4864x896xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg16: tensor<4864x896xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg17: tensor<896x4864xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg18: tensor<896xf32> loc("model.layers.1.input_layernorm.weight"), %arg19: tensor<896x896xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg20: tensor<896xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg21: tensor<128x896xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg22: tensor<128xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg23: tensor<128x896xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg24: tensor<128xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg25: tensor<896x896xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg26: tensor<896xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg27: tensor<4864x896xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg28: tensor<4864x896xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg29: tensor<896x4864xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg30: tensor<896xf32> loc("model.layers.2.input_layernorm.weight"), %arg31: tensor<896x896xf32> loc("model.layers.2.self_attn.q_proj.weight"), %arg32: tensor<896xf32> loc("model.layers.2.self_attn.q_proj.bias"), %arg33: tensor<128x896xf32> loc("model.layers.2.self_attn.k_proj.weight"), %arg34: tensor<128xf32> loc("model.layers.2.self_attn.k_proj.bias"), %arg35: tensor<128x896xf32> loc("model.layers.2.self_attn.v_proj.weight"), %arg36: tensor<128xf32> loc("model.layers.2.self_attn.v_proj.bias"), %arg37: tensor<896x896xf32> loc("model.layers.2.self_attn.o_proj.weight"), %arg38: tensor<896xf32> loc("model.layers.2.post_attention_layernorm.weight"), %arg39: tensor<4864x896xf32> loc("model.layers.2.mlp.gate_proj.weight"), %arg40: tensor<4864x896xf32> loc("model.layers.2.mlp.up_proj.weight"), %arg41: tensor<896x4864xf32> loc("model.layers.2.mlp.down_proj.weight"), %arg42: tensor<896xf32> loc("model.layers.3.input_layernorm.weight"), %arg43: tensor<896x896xf32> loc("model.layers.3.self_attn.q_proj.weight"), %arg44: tensor<896xf32> loc("model.layers.3.self_attn.q_proj.bias"), %arg45: tensor<128x896xf32> loc("model.layers.3.self_attn.k_proj.weight"), %arg46: tensor<128xf32> loc("model.layers.3.self_attn.k_proj.bias"), %arg47: tensor<128x896xf32> loc("model.layers.3.self_attn.v_proj.weight"), %arg48: tensor<128xf32> loc("model.layers.3.self_attn.v_proj.bias"), %arg49: tensor<896x896xf32> loc("model.layers.3.self_attn.o_proj.weight"), %arg50: tensor<896xf32> loc("model.layers.3.post_attention_layernorm.weight"), %arg51: tensor<4864x896xf32> loc("model.layers.3.mlp.gate_proj.weight"), %arg52: tensor<4864x896xf32> loc("model.layers.3.mlp.up_proj.weight"), %arg53: tensor<896x4864xf32> loc("model.layers.3.mlp.down_proj.weight"), %arg54: tensor<896xf32> loc("model.layers.4.input_layernorm.weight"), %arg55: tensor<896x896xf32> loc("model.layers.4.self_attn.q_proj.weight"), %arg56: tensor<896xf32> loc("model.layers.4.self_attn.q_proj.bias"), %arg57: tensor<128x896xf32> loc("model.layers.4.self_attn.k_proj.weight"), %arg58: tensor<128xf32> loc("model.layers.4.self_attn.k_proj.bias"), %arg59: tensor<128x896xf32> loc("model.layers.4.self_attn.v_proj.weight"), %arg60: tensor<128xf32> loc("model.layers.4.self_attn.v_proj.bias"), %arg61: tensor<896x896xf32> loc("model.layers.4.self_attn.o_proj.weight"), %arg62: tensor<896xf32> loc("model.layers.4.post_attention_layernorm.weight"), %arg63: tensor<4864x896xf32> loc("model.layers.4.mlp.gate_proj.weight"), %arg64: tensor<4864x896xf32> loc("model.layers.4.mlp.up_proj.weight"), %arg65: tensor<896x4864xf32> loc("model.layers.4.mlp.down_proj.weight"), %arg66: tensor<896xf32> loc("model.layers.5.input_layernorm.weight"), %arg67: tensor<896x896xf32> loc("model.layers.5.self_attn.q_proj.weight"), %arg68: tensor<896xf32> loc("model.layers.5.self_attn.q_proj.bias"), %arg69: tensor<128x896xf32> loc("model.layers.5.self_attn.k_proj.weight"), %arg70: tensor<128xf32> loc("model.layers.5.self_attn.k_proj.bias"), %arg71: tensor<128x896xf32> loc("model.layers.5.self_attn.v_proj.weight"), %arg72: tensor<128xf32> loc("model.layers.5.self_attn.v_proj.bias"), %arg73: tensor<896x896xf32> loc("model.layers.5.self_attn.o_proj.weight"), %arg74: tensor<896xf32> loc("model.layers.5.post_attention_layernorm.weight"), %arg75: tensor<4864x896xf32> loc("model.layers.5.mlp.gate_proj.weight"), %arg76: tensor<4864x896xf32> loc("model.layers.5.mlp.up_proj.weight"), %arg77: tensor<896x4864xf32> loc("model.layers.5.mlp.down_proj.weight"), %arg78: tensor<896xf32> loc("model.layers.6.input_layernorm.weight"), %arg79: tensor<896x896xf32> loc("model.layers.6.self_attn.q_proj.weight"), %arg80: tensor<896xf32> loc("model.layers.6.self_attn.q_proj.bias"), %arg81: tensor<128x896xf32> loc("model.layers.6.self_attn.k_proj.weight"), %arg82: tensor<128xf32> loc("model.layers.6.self_attn.k_proj.bias"), %arg83: tensor<128x896xf32> loc("model.layers.6.self_attn.v_proj.weight"), %arg84: tensor<128xf32> loc("model.layers.6.self_attn.v_proj.bias"), %arg85: tensor<896x896xf32> loc("model.layers.6.self_attn.o_proj.weight"), %arg86: tensor<896xf32> loc("model.layers.6.post_attention_layernorm.weight"), %arg87: tensor<4864x896xf32> loc("model.layers.6.mlp.gate_proj.weight"), %arg88: tensor<4864x896xf32> loc("model.layers.6.mlp.up_proj.weight"), %arg89: tensor<896x4864xf32> loc("model.layers.6.mlp.down_proj.weight"), %arg90: tensor<896xf32> loc("model.layers.7.input_layernorm.weight"), %arg91: tensor<896x896xf32> loc("model.layers.7.self_attn.q_proj.weight"), %arg92: tensor<896xf32> loc("model.layers.7.self_attn.q_proj.bias"), %arg93: tensor<128x896xf32> loc("model.layers.7.self_attn.k_proj.weight"), %arg94: tensor<128xf32> loc("model.layers.7.self_attn.k_proj.bias"), %arg95: tensor<128x896xf32> loc("model.layers.7.self_attn.v_proj.weight"), %arg96: tensor<128xf32> loc("model.layers.7.self_attn.v_proj.bias"), %arg97: tensor<896x896xf32> loc("model.layers.7.self_attn.o_proj.weight"), %arg98: tensor<896xf32> loc("model.layers.7.post_attention_layernorm.weight"), %arg99: tensor<4864x896xf32> loc("model.layers.7.mlp.gate_proj.weight"), %arg100: tensor<4864x896xf32> loc("model.layers.7.mlp.up_proj.weight"), %arg101: tensor<896x4864xf32> loc("model.layers.7.mlp.down_proj.weight"), %arg102: tensor<896xf32> loc("model.layers.8.input_layernorm.weight"), %arg103: tensor<896x896xf32> loc("model.layers.8.self_attn.q_proj.weight"), %arg104: tensor<896xf32> loc("model.layers.8.self_attn.q_proj.bias"), %arg105: tensor<128x896xf32> loc("model.layers.8.self_attn.k_proj.weight"), %arg106: tensor<128xf32> loc("model.layers.8.self_attn.k_proj.bias"), %arg107: tensor<128x896xf32> loc("model.layers.8.self_attn.v_proj.weight"), %arg108: tensor<128xf32> loc("model.layers.8.self_attn.v_proj.bias"), %arg109: tensor<896x896xf32> loc("model.layers.8.self_attn.o_proj.weight"), %arg110: tensor<896xf32> loc("model.layers.8.post_attention_layernorm.weight"), %arg111: tensor<4864x896xf32> loc("model.layers.8.mlp.gate_proj.weight"), %arg112: tensor<4864x896xf32> loc("model.layers.8.mlp.up_proj.weight"), %arg113: tensor<896x4864xf32> loc("model.layers.8.mlp.down_proj.weight"), %arg114: tensor<896xf32> loc("model.layers.9.input_layernorm.weight"), %arg115: tensor<896x896xf32> loc("model.layers.9.self_attn.q_proj.weight"), %arg116: tensor<896xf32> loc("model.layers.9.self_attn.q_proj.bias"), %arg117: tensor<128x896xf32> loc("model.layers.9.self_attn.k_proj.weight"), %arg118: tensor<128xf32> loc("model.layers.9.self_attn.k_proj.bias"), %arg119: tensor<128x896xf32> loc("model.layers.9.self_attn.v_proj.weight"), %arg120: tensor<128xf32> loc("model.layers.9.self_attn.v_proj.bias"), %arg121: tensor<896x896xf32> loc("model.layers.9.self_attn.o_proj.weight"), %arg122: tensor<896xf32> loc("model.layers.9.post_attention_layernorm.weight"), %arg123: tensor<4864x896xf32> loc("model.layers.9.mlp.gate_proj.weight"), %arg124: tensor<4864x896xf32> loc("model.layers.9.mlp.up_proj.weight"), %arg125: tensor<896x4864xf32> loc("model.layers.9.mlp.down_proj.weight"), %arg126: tensor<896xf32> loc("model.layers.10.input_layernorm.weight"), %arg127: tensor<896x896xf32> loc("model.layers.10.self_attn.q_proj.weight"), %arg128: tensor<896xf32> loc("model.layers.10.self_attn.q_proj.bias"), %arg129: tensor<128x896xf32> loc("model.layers.10.self_attn.k_proj.weight"), %arg130: tensor<128xf32> loc("model.layers.10.self_attn.k_proj.bias"), %arg131: tensor<128x896xf32> loc("model.layers.10.self_attn.v_proj.weight"), %arg132: tensor<128xf32> loc("model.layers.10.self_attn.v_proj.bias"), %arg133: tensor<896x896xf32> loc("model.layers.10.self_attn.o_proj.weight"), %arg134: tensor<896xf32> loc("model.layers.10.post_attention_layernorm.weight"), %arg135: tensor<4864x896xf32> loc("model.layers.10.mlp.gate_proj.weight"), %arg136: tensor<4864x896xf32> loc("model.layers.10.mlp.up_proj.weight"), %arg137: tensor<896x4864xf32> loc("model.layers.10.mlp.down_proj.weight"), %arg138: tensor<896xf32> loc("model.layers.11.input_layernorm.weight"), %arg139: tensor<896x896xf32> loc("model.layers.11.self_attn.q_proj.weight"), %arg140: tensor<896xf32> loc("model.layers.11.self_attn.q_proj.bias"), %arg141: tensor<128x896xf32> loc("model.layers.11.self_attn.k_proj.weight"), %arg142: tensor<128xf32> loc("model.layers.11.self_attn.k_proj.bias"), %arg143: tensor<128x896xf32> loc("model.layers.11.self_attn.v_proj.weight"), %arg144: tensor<128xf32> loc("model.layers.11.self_attn.v_proj.bias"), %arg145: tensor<896x896xf32> loc("model.layers.11.self_attn.o_proj.weight"), %arg146: tensor<896xf32> loc("model.layers.11.post_attention_layernorm.weight"), %arg147: tensor<4864x896xf32> loc("model.layers.11.mlp.gate_proj.weight"), %arg148: tensor<4864x896xf32> loc("model.layers.11.mlp.up_proj.weight"), %arg149: tensor<896x4864xf32> loc("model.layers.11.mlp.down_proj.weight"), %arg150: tensor<896xf32> loc("model.layers.12.input_layernorm.weight"), %arg151: tensor<896x896xf32> loc("model.layers.12.self_attn.q_proj.weight"), %arg152: tensor<896xf32> loc("model.layers.12.self_attn.q_proj.bias"), %arg153: tensor<128x896xf32> loc("model.layers.12.self_attn.k_proj.weight"), %arg154: tensor<128xf32> loc("model.layers.12.self_attn.k_proj.bias"), %arg155: tensor<128x896xf32> loc("model.layers.12.self_attn.v_proj.weight"), %arg156: tensor<128xf32> loc("model.layers.12.self_attn.v_proj.bias"), %arg157: tensor<896x896xf32> loc("model.layers.12.self_attn.o_proj.weight"), %arg158: tensor<896xf32> loc("model.layers.12.post_attention_layernorm.weight"), %arg159: tensor<4864x896xf32> loc("model.layers.12.mlp.gate_proj.weight"), %arg160: tensor<4864x896xf32> loc("model.layers.12.mlp.up_proj.weight"), %arg161: tensor<896x4864xf32> loc("model.layers.12.mlp.down_proj.weight"), %arg162: tensor<896xf32> loc("model.layers.13.input_layernorm.weight"), %arg163: tensor<896x896xf32> loc("model.layers.13.self_attn.q_proj.weight"), %arg164: tensor<896xf32> loc("model.layers.13.self_attn.q_proj.bias"), %arg165: tensor<128x896xf32> loc("model.layers.13.self_attn.k_proj.weight"), %arg166: tensor<128xf32> loc("model.layers.13.self_attn.k_proj.bias"), %arg167: tensor<128x896xf32> loc("model.layers.13.self_attn.v_proj.weight"), %arg168: tensor<128xf32> loc("model.layers.13.self_attn.v_proj.bias"), %arg169: tensor<896x896xf32> loc("model.layers.13.self_attn.o_proj.weight"), %arg170: tensor<896xf32> loc("model.layers.13.post_attention_layernorm.weight"), %arg171: tensor<4864x896xf32> loc("model.layers.13.mlp.gate_proj.weight"), %arg172: tensor<4864x896xf32> loc("model.layers.13.mlp.up_proj.weight"), %arg173: tensor<896x4864xf32> loc("model.layers.13.mlp.down_proj.weight"), %arg174: tensor<896xf32> loc("model.layers.14.input_layernorm.weight"), %arg175: tensor<896x896xf32> loc("model.layers.14.self_attn.q_proj.weight"), %arg176: tensor<896xf32> loc("model.layers.14.self_attn.q_proj.bias"), %arg177: tensor<128x896xf32> loc("model.layers.14.self_attn.k_proj.weight"), %arg178: tensor<128xf32> loc("model.layers.14.self_attn.k_proj.bias"), %arg179: tensor<128x896xf32> loc("model.layers.14.self_attn.v_proj.weight"), %arg180: tensor<128xf32> loc("model.layers.14.self_attn.v_proj.bias"), %arg181: tensor<896x896xf32> loc("model.layers.14.self_attn.o_proj.weight"), %arg182: tensor<896xf32> loc("model.layers.14.post_attention_layernorm.weight"), %arg183: tensor<4864x896xf32> loc("model.layers.14.mlp.gate_proj.weight"), %arg184: tensor<4864x896xf32> loc("model.layers.14.mlp.up_proj.weight"), %arg185: tensor<896x4864xf32> loc("model.layers.14.mlp.down_proj.weight"), %arg186: tensor<896xf32> loc("model.layers.15.input_layernorm.weight"), %arg187: tensor<896x896xf32> loc("model.layers.15.self_attn.q_proj.weight"), %arg188: tensor<896xf32> loc("model.layers.15.self_attn.q_proj.bias"), %arg189: tensor<128x896xf32> loc("model.layers.15.self_attn.k_proj.weight"), %arg190: tensor<128xf32> loc("model.layers.15.self_attn.k_proj.bias"), %arg191: tensor<128x896xf32> loc("model.layers.15.self_attn.v_proj.weight"), %arg192: tensor<128xf32> loc("model.layers.15.self_attn.v_proj.bias"), %arg193: tensor<896x896xf32> loc("model.layers.15.self_attn.o_proj.weight"), %arg194: tensor<896xf32> loc("model.layers.15.post_attention_layernorm.weight"), %arg195: tensor<4864x896xf32> loc("model.layers.15.mlp.gate_proj.weight"), %arg196: tensor<4864x896xf32> loc("model.layers.15.mlp.up_proj.weight"), %arg197: tensor<896x4864xf32> loc("model.layers.15.mlp.down_proj.weight"), %arg198: tensor<896xf32> loc("model.layers.16.input_layernorm.weight"), %arg199: tensor<896x896xf32> loc("model.layers.16.self_attn.q_proj.weight"), %arg200: tensor<896xf32> loc("model.layers.16.self_attn.q_proj.bias"), %arg201: tensor<128x896xf32> loc("model.layers.16.self_attn.k_proj.weight"), %arg202: tensor<128xf32> loc("model.layers.16.self_attn.k_proj.bias"), %arg203: tensor<128x896xf32> loc("model.layers.16.self_attn.v_proj.weight"), %arg204: tensor<128xf32> loc("model.layers.16.self_attn.v_proj.bias"), %arg205: tensor<896x896xf32> loc("model.layers.16.self_attn.o_proj.weight"), %arg206: tensor<896xf32> loc("model.layers.16.post_attention_layernorm.weight"), %arg207: tensor<4864x896xf32> loc("model.layers.16.mlp.gate_proj.weight"), %arg208: tensor<4864x896xf32> loc("model.layers.16.mlp.up_proj.weight"), %arg209: tensor<896x4864xf32> loc("model.layers.16.mlp.down_proj.weight"), %arg210: tensor<896xf32> loc("model.layers.17.input_layernorm.weight"), %arg211: tensor<896x896xf32> loc("model.layers.17.self_attn.q_proj.weight"), %arg212: tensor<896xf32> loc("model.layers.17.self_attn.q_proj.bias"), %arg213: tensor<128x896xf32> loc("model.layers.17.self_attn.k_proj.weight"), %arg214: tensor<128xf32> loc("model.layers.17.self_attn.k_proj.bias"), %arg215: tensor<128x896xf32> loc("model.layers.17.self_attn.v_proj.weight"), %arg216: tensor<128xf32> loc("model.layers.17.self_attn.v_proj.bias"), %arg217: tensor<896x896xf32> loc("model.layers.17.self_attn.o_proj.weight"), %arg218: tensor<896xf32> loc("model.layers.17.post_attention_layernorm.weight"), %arg219: tensor<4864x896xf32> loc("model.layers.17.mlp.gate_proj.weight"), %arg220: tensor<4864x896xf32> loc("model.layers.17.mlp.up_proj.weight"), %arg221: tensor<896x4864xf32> loc("model.layers.17.mlp.down_proj.weight"), %arg222: tensor<896xf32> loc("model.layers.18.input_layernorm.weight"), %arg223: tensor<896x896xf32> loc("model.layers.18.self_attn.q_proj.weight"), %arg224: tensor<896xf32> loc("model.layers.18.self_attn.q_proj.bias"), %arg225: tensor<128x896xf32> loc("model.layers.18.self_attn.k_proj.weight"), %arg226: tensor<128xf32> loc("model.layers.18.self_attn.k_proj.bias"), %arg227: tensor<128x896xf32> loc("model.layers.18.self_attn.v_proj.weight"), %arg228: tensor<128xf32> loc("model.layers.18.self_attn.v_proj.bias"), %arg229: tensor<896x896xf32> loc("model.layers.18.self_attn.o_proj.weight"), %arg230: tensor<896xf32> loc("model.layers.18.post_attention_layernorm.weight"), %arg231: tensor<4864x896xf32> loc("model.layers.18.mlp.gate_proj.weight"), %arg232: tensor<4864x896xf32> loc("model.layers.18.mlp.up_proj.weight"), %arg233: tensor<896x4864xf32> loc("model.layers.18.mlp.down_proj.weight"), %arg234: tensor<896xf32> loc("model.layers.19.input_layernorm.weight"), %arg235: tensor<896x896xf32> loc("model.layers.19.self_attn.q_proj.weight"), %arg236: tensor<896xf32> loc("model.layers.19.self_attn.q_proj.bias"), %arg237: tensor<128x896xf32> loc("model.layers.19.self_attn.k_proj.weight"), %arg238: tensor<128xf32> loc("model.layers.19.self_attn.k_proj.bias"), %arg239: tensor<128x896xf32> loc("model.layers.19.self_attn.v_proj.weight"), %arg240: tensor<128xf32> loc("model.layers.19.self_attn.v_proj.bias"), %arg241: tensor<896x896xf32> loc("model.layers.19.self_attn.o_proj.weight"), %arg242: tensor<896xf32> loc("model.layers.19.post_attention_layernorm.weight"), %arg243: tensor<4864x896xf32> loc("model.layers.19.mlp.gate_proj.weight"), %arg244: tensor<4864x896xf32> loc("model.layers.19.mlp.up_proj.weight"), %arg245: tensor<896x4864xf32> loc("model.layers.19.mlp.down_proj.weight"), %arg246: tensor<896xf32> loc("model.layers.20.input_layernorm.weight"), %arg247: tensor<896x896xf32> loc("model.layers.20.self_attn.q_proj.weight"), %arg248: tensor<896xf32> loc("model.layers.20.self_attn.q_proj.bias"), %arg249: tensor<128x896xf32> loc("model.layers.20.self_attn.k_proj.weight"), %arg250: tensor<128xf32> loc("model.layers.20.self_attn.k_proj.bias"), %arg251: tensor<128x896xf32> loc("model.layers.20.self_attn.v_proj.weight"), %arg252: tensor<128xf32> loc("model.layers.20.self_attn.v_proj.bias"), %arg253: tensor<896x896xf32> loc("model.layers.20.self_attn.o_proj.weight"), %arg254: tensor<896xf32> loc("model.layers.20.post_attention_layernorm.weight"), %arg255: tensor<4864x896xf32> loc("model.layers.20.mlp.gate_proj.weight"), %arg256: tensor<4864x896xf32> loc("model.layers.20.mlp.up_proj.weight"), %arg257: tensor<896x4864xf32> loc("model.layers.20.mlp.down_proj.weight"), %arg258: tensor<896xf32> loc("model.layers.21.input_layernorm.weight"), %arg259: tensor<896x896xf32> loc("model.layers.21.self_attn.q_proj.weight"), %arg260: tensor<896xf32> loc("model.layers.21.self_attn.q_proj.bias"), %arg261: tensor<128x896xf32> loc("model.layers.21.self_attn.k_proj.weight"), %arg262: tensor<128xf32> loc("model.layers.21.self_attn.k_proj.bias"), %arg263: tensor<128x896xf32> loc("model.layers.21.self_attn.v_proj.weight"), %arg264: tensor<128xf32> loc("model.layers.21.self_attn.v_proj.bias"), %arg265: tensor<896x896xf32> loc("model.layers.21.self_attn.o_proj.weight"), %arg266: tensor<896xf32> loc("model.layers.21.post_attention_layernorm.weight"), %arg267: tensor<4864x896xf32> loc("model.layers.21.mlp.gate_proj.weight"), %arg268: tensor<4864x896xf32> loc("model.layers.21.mlp.up_proj.weight"), %arg269: tensor<896x4864xf32> loc("model.layers.21.mlp.down_proj.weight"), %arg270: tensor<896xf32> loc("model.layers.22.input_layernorm.weight"), %arg271: tensor<896x896xf32> loc("model.layers.22.self_attn.q_proj.weight"), %arg272: tensor<896xf32> loc("model.layers.22.self_attn.q_proj.bias"), %arg273: tensor<128x896xf32> loc("model.layers.22.self_attn.k_proj.weight"), %arg274: tensor<128xf32> loc("model.layers.22.self_attn.k_proj.bias"), %arg275: tensor<128x896xf32> loc("model.layers.22.self_attn.v_proj.weight"), %arg276: tensor<128xf32> loc("model.layers.22.self_attn.v_proj.bias"), %arg277: tensor<896x896xf32> loc("model.layers.22.self_attn.o_proj.weight"), %arg278: tensor<896xf32> loc("model.layers.22.post_attention_layernorm.weight"), %arg279: tensor<4864x896xf32> loc("model.layers.22.mlp.gate_proj.weight"), %arg280: tensor<4864x896xf32> loc("model.layers.22.mlp.up_proj.weight"), %arg281: tensor<896x4864xf32> loc("model.layers.22.mlp.down_proj.weight"), %arg282: tensor<896xf32> loc("model.layers.23.input_layernorm.weight"), %arg283: tensor<896x896xf32> loc("model.layers.23.self_attn.q_proj.weight"), %arg284: tensor<896xf32> loc("model.layers.23.self_attn.q_proj.bias"), %arg285: tensor<128x896xf32> loc("model.layers.23.self_attn.k_proj.weight"), %arg286: tensor<128xf32> loc("model.layers.23.self_attn.k_proj.bias"), %arg287: tensor<128x896xf32> loc("model.layers.23.self_attn.v_proj.weight"), %arg288: tensor<128xf32> loc("model.layers.23.self_attn.v_proj.bias"), %arg289: tensor<896x896xf32> loc("model.layers.23.self_attn.o_proj.weight"), %arg290: tensor<896xf32> loc("model.layers.23.post_attention_layernorm.weight"), %arg291: tensor<4864x896xf32> loc("model.layers.23.mlp.gate_proj.weight"), %arg292: tensor<4864x896xf32> loc("model.layers.23.mlp.up_proj.weight"), %arg293: tensor<896x4864xf32> loc("model.layers.23.mlp.down_proj.weight"), %arg294: tensor<896xf32> loc("model.norm.weight")) -> (tensor<4xi32>, tensor<24x4x256x2x64xf32>, tensor<24x4x256x2x64xf32>) {
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
    %cst = stablehlo.constant dense<[1.000000e+00, 0.649381638, 0.421696514, 0.273841977, 0.177827939, 0.115478195, 0.0749894232, 0.0486967526, 0.0316227749, 0.0205352511, 0.013335214, 0.00865964312, 0.00562341325, 0.00365174119, 0.00237137382, 0.00153992651, 1.000000e-03, 6.49381604E-4, 4.21696517E-4, 2.73841957E-4, 1.7782794E-4, 1.154782E-4, 7.49894243E-5, 4.8696751E-5, 3.16227779E-5, 2.05352499E-5, 1.33352141E-5, 8.65964284E-6, 5.62341347E-6, 3.65174128E-6, 2.37137374E-6, 1.53992653E-6]> : tensor<32xf32>
    %10 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<32xf32>) -> tensor<4x32xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<4x32xf32>
    %12 = stablehlo.cosine %11 : tensor<4x32xf32>
    %13 = stablehlo.sine %11 : tensor<4x32xf32>
    %14 = stablehlo.concatenate %12, %12, dim = 1 : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x64xf32>
    %15 = stablehlo.concatenate %13, %13, dim = 1 : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x64xf32>
    %16 = stablehlo.reshape %arg0 : (tensor<4xi32>) -> tensor<4x1xi32>
    %17 = "stablehlo.gather"(%arg5, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 896>}> : (tensor<151936x896xf32>, tensor<4x1xi32>) -> tensor<4x896xf32>
    %18 = stablehlo.multiply %17, %17 : tensor<4x896xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.reduce(%18 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_1 = stablehlo.constant dense<8.960000e+02> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %21 = stablehlo.divide %19, %20 : tensor<4xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %23 = stablehlo.add %21, %22 : tensor<4xf32>
    %24 = stablehlo.rsqrt %23 : tensor<4xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %26 = stablehlo.multiply %17, %25 : tensor<4x896xf32>
    %27 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %28 = stablehlo.multiply %26, %27 : tensor<4x896xf32>
    %29 = stablehlo.dot_general %28, %arg7, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %30 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %31 = stablehlo.add %29, %30 : tensor<4x896xf32>
    %32 = stablehlo.dot_general %28, %arg9, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %33 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %34 = stablehlo.add %32, %33 : tensor<4x128xf32>
    %35 = stablehlo.dot_general %28, %arg11, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %36 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %37 = stablehlo.add %35, %36 : tensor<4x128xf32>
    %38 = stablehlo.reshape %31 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %39 = stablehlo.slice %38 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %40 = stablehlo.slice %38 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %41 = stablehlo.negate %40 : tensor<4x14x32xf32>
    %42 = stablehlo.concatenate %41, %39, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %43 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x64xf32>) -> tensor<4x14x64xf32>
    %44 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x64xf32>) -> tensor<4x14x64xf32>
    %45 = stablehlo.multiply %38, %43 : tensor<4x14x64xf32>
    %46 = stablehlo.multiply %42, %44 : tensor<4x14x64xf32>
    %47 = stablehlo.add %45, %46 : tensor<4x14x64xf32>
    %48 = stablehlo.reshape %34 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %49 = stablehlo.slice %48 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %50 = stablehlo.slice %48 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %51 = stablehlo.negate %50 : tensor<4x2x32xf32>
    %52 = stablehlo.concatenate %51, %49, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %53 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<4x64xf32>) -> tensor<4x2x64xf32>
    %54 = stablehlo.broadcast_in_dim %15, dims = [0, 2] : (tensor<4x64xf32>) -> tensor<4x2x64xf32>
    %55 = stablehlo.multiply %48, %53 : tensor<4x2x64xf32>
    %56 = stablehlo.multiply %52, %54 : tensor<4x2x64xf32>
    %57 = stablehlo.add %55, %56 : tensor<4x2x64xf32>
    %58 = stablehlo.reshape %37 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %59 = stablehlo.slice %57 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %60 = stablehlo.slice %58 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %61 = stablehlo.reshape %59 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %62 = stablehlo.dynamic_update_slice %arg3, %61, %c, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %63 = stablehlo.reshape %60 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %64 = stablehlo.dynamic_update_slice %arg4, %63, %c, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %65 = stablehlo.slice %57 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %66 = stablehlo.slice %58 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %67 = stablehlo.reshape %65 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %68 = stablehlo.dynamic_update_slice %62, %67, %c, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %69 = stablehlo.reshape %66 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %70 = stablehlo.dynamic_update_slice %64, %69, %c, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %71 = stablehlo.slice %57 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %72 = stablehlo.slice %58 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %73 = stablehlo.reshape %71 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %74 = stablehlo.dynamic_update_slice %68, %73, %c, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %75 = stablehlo.reshape %72 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %76 = stablehlo.dynamic_update_slice %70, %75, %c, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %77 = stablehlo.slice %57 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %78 = stablehlo.slice %58 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %79 = stablehlo.reshape %77 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %80 = stablehlo.dynamic_update_slice %74, %79, %c, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %81 = stablehlo.reshape %78 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %82 = stablehlo.dynamic_update_slice %76, %81, %c, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %83 = stablehlo.slice %80 [0:1, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %84 = stablehlo.reshape %83 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %85 = stablehlo.slice %82 [0:1, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %86 = stablehlo.reshape %85 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %87 = stablehlo.reshape %47 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %88 = stablehlo.dot_general %87, %84, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %cst_3 = stablehlo.constant dense<1.250000e-01> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x2x7x256xf32>
    %90 = stablehlo.multiply %88, %89 : tensor<4x2x7x256xf32>
    %91 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xi32>) -> tensor<4x2x7x256xi32>
    %92 = stablehlo.iota dim = 3 : tensor<4x2x7x256xi32>
    %93 = stablehlo.compare  LE, %92, %91,  SIGNED : (tensor<4x2x7x256xi32>, tensor<4x2x7x256xi32>) -> tensor<4x2x7x256xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x2x7x256xf32>
    %95 = stablehlo.select %93, %90, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %96 = stablehlo.reduce(%95 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %98 = stablehlo.subtract %95, %97 : tensor<4x2x7x256xf32>
    %99 = stablehlo.exponential %98 : tensor<4x2x7x256xf32>
    %100 = stablehlo.reduce(%99 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %102 = stablehlo.divide %99, %101 : tensor<4x2x7x256xf32>
    %103 = stablehlo.dot_general %102, %86, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %104 = stablehlo.reshape %103 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %105 = stablehlo.dot_general %104, %arg13, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %106 = stablehlo.add %17, %105 : tensor<4x896xf32>
    %107 = stablehlo.multiply %106, %106 : tensor<4x896xf32>
    %108 = stablehlo.reduce(%107 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %109 = stablehlo.divide %108, %20 : tensor<4xf32>
    %110 = stablehlo.add %109, %22 : tensor<4xf32>
    %111 = stablehlo.rsqrt %110 : tensor<4xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %113 = stablehlo.multiply %106, %112 : tensor<4x896xf32>
    %114 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %115 = stablehlo.multiply %113, %114 : tensor<4x896xf32>
    %116 = stablehlo.dot_general %115, %arg15, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %117 = stablehlo.dot_general %115, %arg16, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %118 = stablehlo.logistic %116 : tensor<4x4864xf32>
    %119 = stablehlo.multiply %116, %118 : tensor<4x4864xf32>
    %120 = stablehlo.multiply %119, %117 : tensor<4x4864xf32>
    %121 = stablehlo.dot_general %120, %arg17, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %122 = stablehlo.add %106, %121 : tensor<4x896xf32>
    %123 = stablehlo.multiply %122, %122 : tensor<4x896xf32>
    %124 = stablehlo.reduce(%123 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %125 = stablehlo.divide %124, %20 : tensor<4xf32>
    %126 = stablehlo.add %125, %22 : tensor<4xf32>
    %127 = stablehlo.rsqrt %126 : tensor<4xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %129 = stablehlo.multiply %122, %128 : tensor<4x896xf32>
    %130 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %131 = stablehlo.multiply %129, %130 : tensor<4x896xf32>
    %132 = stablehlo.dot_general %131, %arg19, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %133 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %134 = stablehlo.add %132, %133 : tensor<4x896xf32>
    %135 = stablehlo.dot_general %131, %arg21, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %136 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %137 = stablehlo.add %135, %136 : tensor<4x128xf32>
    %138 = stablehlo.dot_general %131, %arg23, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %139 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %140 = stablehlo.add %138, %139 : tensor<4x128xf32>
    %141 = stablehlo.reshape %134 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %142 = stablehlo.slice %141 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %143 = stablehlo.slice %141 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %144 = stablehlo.negate %143 : tensor<4x14x32xf32>
    %145 = stablehlo.concatenate %144, %142, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %146 = stablehlo.multiply %141, %43 : tensor<4x14x64xf32>
    %147 = stablehlo.multiply %145, %44 : tensor<4x14x64xf32>
    %148 = stablehlo.add %146, %147 : tensor<4x14x64xf32>
    %149 = stablehlo.reshape %137 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %150 = stablehlo.slice %149 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %151 = stablehlo.slice %149 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %152 = stablehlo.negate %151 : tensor<4x2x32xf32>
    %153 = stablehlo.concatenate %152, %150, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %154 = stablehlo.multiply %149, %53 : tensor<4x2x64xf32>
    %155 = stablehlo.multiply %153, %54 : tensor<4x2x64xf32>
    %156 = stablehlo.add %154, %155 : tensor<4x2x64xf32>
    %157 = stablehlo.reshape %140 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %158 = stablehlo.slice %156 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %159 = stablehlo.slice %157 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %160 = stablehlo.reshape %158 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %161 = stablehlo.dynamic_update_slice %80, %160, %c_0, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %162 = stablehlo.reshape %159 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %163 = stablehlo.dynamic_update_slice %82, %162, %c_0, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %164 = stablehlo.slice %156 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %165 = stablehlo.slice %157 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %166 = stablehlo.reshape %164 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %167 = stablehlo.dynamic_update_slice %161, %166, %c_0, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %168 = stablehlo.reshape %165 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %169 = stablehlo.dynamic_update_slice %163, %168, %c_0, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %170 = stablehlo.slice %156 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %171 = stablehlo.slice %157 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %172 = stablehlo.reshape %170 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %173 = stablehlo.dynamic_update_slice %167, %172, %c_0, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %174 = stablehlo.reshape %171 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %175 = stablehlo.dynamic_update_slice %169, %174, %c_0, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %176 = stablehlo.slice %156 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %177 = stablehlo.slice %157 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %178 = stablehlo.reshape %176 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %179 = stablehlo.dynamic_update_slice %173, %178, %c_0, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %180 = stablehlo.reshape %177 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %181 = stablehlo.dynamic_update_slice %175, %180, %c_0, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %182 = stablehlo.slice %179 [1:2, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %183 = stablehlo.reshape %182 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %184 = stablehlo.slice %181 [1:2, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %185 = stablehlo.reshape %184 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %186 = stablehlo.reshape %148 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %187 = stablehlo.dot_general %186, %183, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %188 = stablehlo.multiply %187, %89 : tensor<4x2x7x256xf32>
    %189 = stablehlo.select %93, %188, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %190 = stablehlo.reduce(%189 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %192 = stablehlo.subtract %189, %191 : tensor<4x2x7x256xf32>
    %193 = stablehlo.exponential %192 : tensor<4x2x7x256xf32>
    %194 = stablehlo.reduce(%193 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %196 = stablehlo.divide %193, %195 : tensor<4x2x7x256xf32>
    %197 = stablehlo.dot_general %196, %185, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %198 = stablehlo.reshape %197 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %199 = stablehlo.dot_general %198, %arg25, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %200 = stablehlo.add %122, %199 : tensor<4x896xf32>
    %201 = stablehlo.multiply %200, %200 : tensor<4x896xf32>
    %202 = stablehlo.reduce(%201 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %203 = stablehlo.divide %202, %20 : tensor<4xf32>
    %204 = stablehlo.add %203, %22 : tensor<4xf32>
    %205 = stablehlo.rsqrt %204 : tensor<4xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %207 = stablehlo.multiply %200, %206 : tensor<4x896xf32>
    %208 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<4x896xf32>
    %210 = stablehlo.dot_general %209, %arg27, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %211 = stablehlo.dot_general %209, %arg28, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %212 = stablehlo.logistic %210 : tensor<4x4864xf32>
    %213 = stablehlo.multiply %210, %212 : tensor<4x4864xf32>
    %214 = stablehlo.multiply %213, %211 : tensor<4x4864xf32>
    %215 = stablehlo.dot_general %214, %arg29, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %216 = stablehlo.add %200, %215 : tensor<4x896xf32>
    %217 = stablehlo.multiply %216, %216 : tensor<4x896xf32>
    %218 = stablehlo.reduce(%217 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %219 = stablehlo.divide %218, %20 : tensor<4xf32>
    %220 = stablehlo.add %219, %22 : tensor<4xf32>
    %221 = stablehlo.rsqrt %220 : tensor<4xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %223 = stablehlo.multiply %216, %222 : tensor<4x896xf32>
    %224 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %225 = stablehlo.multiply %223, %224 : tensor<4x896xf32>
    %226 = stablehlo.dot_general %225, %arg31, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %227 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %228 = stablehlo.add %226, %227 : tensor<4x896xf32>
    %229 = stablehlo.dot_general %225, %arg33, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %230 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %231 = stablehlo.add %229, %230 : tensor<4x128xf32>
    %232 = stablehlo.dot_general %225, %arg35, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %233 = stablehlo.broadcast_in_dim %arg36, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %234 = stablehlo.add %232, %233 : tensor<4x128xf32>
    %235 = stablehlo.reshape %228 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %236 = stablehlo.slice %235 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %237 = stablehlo.slice %235 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %238 = stablehlo.negate %237 : tensor<4x14x32xf32>
    %239 = stablehlo.concatenate %238, %236, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %240 = stablehlo.multiply %235, %43 : tensor<4x14x64xf32>
    %241 = stablehlo.multiply %239, %44 : tensor<4x14x64xf32>
    %242 = stablehlo.add %240, %241 : tensor<4x14x64xf32>
    %243 = stablehlo.reshape %231 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %244 = stablehlo.slice %243 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %245 = stablehlo.slice %243 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %246 = stablehlo.negate %245 : tensor<4x2x32xf32>
    %247 = stablehlo.concatenate %246, %244, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %248 = stablehlo.multiply %243, %53 : tensor<4x2x64xf32>
    %249 = stablehlo.multiply %247, %54 : tensor<4x2x64xf32>
    %250 = stablehlo.add %248, %249 : tensor<4x2x64xf32>
    %251 = stablehlo.reshape %234 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %252 = stablehlo.slice %250 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %253 = stablehlo.slice %251 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %254 = stablehlo.reshape %252 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %255 = stablehlo.dynamic_update_slice %179, %254, %c_1, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %256 = stablehlo.reshape %253 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %257 = stablehlo.dynamic_update_slice %181, %256, %c_1, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %258 = stablehlo.slice %250 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %259 = stablehlo.slice %251 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %260 = stablehlo.reshape %258 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %261 = stablehlo.dynamic_update_slice %255, %260, %c_1, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %262 = stablehlo.reshape %259 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %263 = stablehlo.dynamic_update_slice %257, %262, %c_1, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %264 = stablehlo.slice %250 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %265 = stablehlo.slice %251 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %266 = stablehlo.reshape %264 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %267 = stablehlo.dynamic_update_slice %261, %266, %c_1, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %268 = stablehlo.reshape %265 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %269 = stablehlo.dynamic_update_slice %263, %268, %c_1, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %270 = stablehlo.slice %250 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %271 = stablehlo.slice %251 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %272 = stablehlo.reshape %270 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %273 = stablehlo.dynamic_update_slice %267, %272, %c_1, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %274 = stablehlo.reshape %271 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %275 = stablehlo.dynamic_update_slice %269, %274, %c_1, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %276 = stablehlo.slice %273 [2:3, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %277 = stablehlo.reshape %276 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %278 = stablehlo.slice %275 [2:3, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %279 = stablehlo.reshape %278 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %280 = stablehlo.reshape %242 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %281 = stablehlo.dot_general %280, %277, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %282 = stablehlo.multiply %281, %89 : tensor<4x2x7x256xf32>
    %283 = stablehlo.select %93, %282, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %284 = stablehlo.reduce(%283 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %286 = stablehlo.subtract %283, %285 : tensor<4x2x7x256xf32>
    %287 = stablehlo.exponential %286 : tensor<4x2x7x256xf32>
    %288 = stablehlo.reduce(%287 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %290 = stablehlo.divide %287, %289 : tensor<4x2x7x256xf32>
    %291 = stablehlo.dot_general %290, %279, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %292 = stablehlo.reshape %291 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %293 = stablehlo.dot_general %292, %arg37, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %294 = stablehlo.add %216, %293 : tensor<4x896xf32>
    %295 = stablehlo.multiply %294, %294 : tensor<4x896xf32>
    %296 = stablehlo.reduce(%295 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %297 = stablehlo.divide %296, %20 : tensor<4xf32>
    %298 = stablehlo.add %297, %22 : tensor<4xf32>
    %299 = stablehlo.rsqrt %298 : tensor<4xf32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %301 = stablehlo.multiply %294, %300 : tensor<4x896xf32>
    %302 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %303 = stablehlo.multiply %301, %302 : tensor<4x896xf32>
    %304 = stablehlo.dot_general %303, %arg39, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %305 = stablehlo.dot_general %303, %arg40, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %306 = stablehlo.logistic %304 : tensor<4x4864xf32>
    %307 = stablehlo.multiply %304, %306 : tensor<4x4864xf32>
    %308 = stablehlo.multiply %307, %305 : tensor<4x4864xf32>
    %309 = stablehlo.dot_general %308, %arg41, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %310 = stablehlo.add %294, %309 : tensor<4x896xf32>
    %311 = stablehlo.multiply %310, %310 : tensor<4x896xf32>
    %312 = stablehlo.reduce(%311 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %313 = stablehlo.divide %312, %20 : tensor<4xf32>
    %314 = stablehlo.add %313, %22 : tensor<4xf32>
    %315 = stablehlo.rsqrt %314 : tensor<4xf32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %317 = stablehlo.multiply %310, %316 : tensor<4x896xf32>
    %318 = stablehlo.broadcast_in_dim %arg42, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %319 = stablehlo.multiply %317, %318 : tensor<4x896xf32>
    %320 = stablehlo.dot_general %319, %arg43, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %321 = stablehlo.broadcast_in_dim %arg44, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %322 = stablehlo.add %320, %321 : tensor<4x896xf32>
    %323 = stablehlo.dot_general %319, %arg45, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %324 = stablehlo.broadcast_in_dim %arg46, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %325 = stablehlo.add %323, %324 : tensor<4x128xf32>
    %326 = stablehlo.dot_general %319, %arg47, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %327 = stablehlo.broadcast_in_dim %arg48, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %328 = stablehlo.add %326, %327 : tensor<4x128xf32>
    %329 = stablehlo.reshape %322 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %330 = stablehlo.slice %329 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %331 = stablehlo.slice %329 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %332 = stablehlo.negate %331 : tensor<4x14x32xf32>
    %333 = stablehlo.concatenate %332, %330, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %334 = stablehlo.multiply %329, %43 : tensor<4x14x64xf32>
    %335 = stablehlo.multiply %333, %44 : tensor<4x14x64xf32>
    %336 = stablehlo.add %334, %335 : tensor<4x14x64xf32>
    %337 = stablehlo.reshape %325 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %338 = stablehlo.slice %337 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %339 = stablehlo.slice %337 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %340 = stablehlo.negate %339 : tensor<4x2x32xf32>
    %341 = stablehlo.concatenate %340, %338, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %342 = stablehlo.multiply %337, %53 : tensor<4x2x64xf32>
    %343 = stablehlo.multiply %341, %54 : tensor<4x2x64xf32>
    %344 = stablehlo.add %342, %343 : tensor<4x2x64xf32>
    %345 = stablehlo.reshape %328 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %346 = stablehlo.slice %344 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %347 = stablehlo.slice %345 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %348 = stablehlo.reshape %346 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %349 = stablehlo.dynamic_update_slice %273, %348, %c_2, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %350 = stablehlo.reshape %347 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %351 = stablehlo.dynamic_update_slice %275, %350, %c_2, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %352 = stablehlo.slice %344 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %353 = stablehlo.slice %345 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %354 = stablehlo.reshape %352 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %355 = stablehlo.dynamic_update_slice %349, %354, %c_2, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %356 = stablehlo.reshape %353 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %357 = stablehlo.dynamic_update_slice %351, %356, %c_2, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %358 = stablehlo.slice %344 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %359 = stablehlo.slice %345 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %360 = stablehlo.reshape %358 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %361 = stablehlo.dynamic_update_slice %355, %360, %c_2, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %362 = stablehlo.reshape %359 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %363 = stablehlo.dynamic_update_slice %357, %362, %c_2, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %364 = stablehlo.slice %344 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %365 = stablehlo.slice %345 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %366 = stablehlo.reshape %364 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %367 = stablehlo.dynamic_update_slice %361, %366, %c_2, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %368 = stablehlo.reshape %365 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %369 = stablehlo.dynamic_update_slice %363, %368, %c_2, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %370 = stablehlo.slice %367 [3:4, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %371 = stablehlo.reshape %370 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %372 = stablehlo.slice %369 [3:4, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %373 = stablehlo.reshape %372 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %374 = stablehlo.reshape %336 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %375 = stablehlo.dot_general %374, %371, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %376 = stablehlo.multiply %375, %89 : tensor<4x2x7x256xf32>
    %377 = stablehlo.select %93, %376, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %378 = stablehlo.reduce(%377 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %379 = stablehlo.broadcast_in_dim %378, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %380 = stablehlo.subtract %377, %379 : tensor<4x2x7x256xf32>
    %381 = stablehlo.exponential %380 : tensor<4x2x7x256xf32>
    %382 = stablehlo.reduce(%381 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %383 = stablehlo.broadcast_in_dim %382, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %384 = stablehlo.divide %381, %383 : tensor<4x2x7x256xf32>
    %385 = stablehlo.dot_general %384, %373, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %386 = stablehlo.reshape %385 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %387 = stablehlo.dot_general %386, %arg49, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %388 = stablehlo.add %310, %387 : tensor<4x896xf32>
    %389 = stablehlo.multiply %388, %388 : tensor<4x896xf32>
    %390 = stablehlo.reduce(%389 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %391 = stablehlo.divide %390, %20 : tensor<4xf32>
    %392 = stablehlo.add %391, %22 : tensor<4xf32>
    %393 = stablehlo.rsqrt %392 : tensor<4xf32>
    %394 = stablehlo.broadcast_in_dim %393, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %395 = stablehlo.multiply %388, %394 : tensor<4x896xf32>
    %396 = stablehlo.broadcast_in_dim %arg50, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %397 = stablehlo.multiply %395, %396 : tensor<4x896xf32>
    %398 = stablehlo.dot_general %397, %arg51, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %399 = stablehlo.dot_general %397, %arg52, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %400 = stablehlo.logistic %398 : tensor<4x4864xf32>
    %401 = stablehlo.multiply %398, %400 : tensor<4x4864xf32>
    %402 = stablehlo.multiply %401, %399 : tensor<4x4864xf32>
    %403 = stablehlo.dot_general %402, %arg53, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %404 = stablehlo.add %388, %403 : tensor<4x896xf32>
    %405 = stablehlo.multiply %404, %404 : tensor<4x896xf32>
    %406 = stablehlo.reduce(%405 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %407 = stablehlo.divide %406, %20 : tensor<4xf32>
    %408 = stablehlo.add %407, %22 : tensor<4xf32>
    %409 = stablehlo.rsqrt %408 : tensor<4xf32>
    %410 = stablehlo.broadcast_in_dim %409, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %411 = stablehlo.multiply %404, %410 : tensor<4x896xf32>
    %412 = stablehlo.broadcast_in_dim %arg54, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %413 = stablehlo.multiply %411, %412 : tensor<4x896xf32>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %414 = stablehlo.dot_general %413, %arg55, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %415 = stablehlo.broadcast_in_dim %arg56, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %416 = stablehlo.add %414, %415 : tensor<4x896xf32>
    %417 = stablehlo.dot_general %413, %arg57, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %418 = stablehlo.broadcast_in_dim %arg58, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %419 = stablehlo.add %417, %418 : tensor<4x128xf32>
    %420 = stablehlo.dot_general %413, %arg59, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %421 = stablehlo.broadcast_in_dim %arg60, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %422 = stablehlo.add %420, %421 : tensor<4x128xf32>
    %423 = stablehlo.reshape %416 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %424 = stablehlo.slice %423 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %425 = stablehlo.slice %423 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %426 = stablehlo.negate %425 : tensor<4x14x32xf32>
    %427 = stablehlo.concatenate %426, %424, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %428 = stablehlo.multiply %423, %43 : tensor<4x14x64xf32>
    %429 = stablehlo.multiply %427, %44 : tensor<4x14x64xf32>
    %430 = stablehlo.add %428, %429 : tensor<4x14x64xf32>
    %431 = stablehlo.reshape %419 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %432 = stablehlo.slice %431 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %433 = stablehlo.slice %431 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %434 = stablehlo.negate %433 : tensor<4x2x32xf32>
    %435 = stablehlo.concatenate %434, %432, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %436 = stablehlo.multiply %431, %53 : tensor<4x2x64xf32>
    %437 = stablehlo.multiply %435, %54 : tensor<4x2x64xf32>
    %438 = stablehlo.add %436, %437 : tensor<4x2x64xf32>
    %439 = stablehlo.reshape %422 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %440 = stablehlo.slice %438 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %441 = stablehlo.slice %439 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %442 = stablehlo.reshape %440 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %443 = stablehlo.dynamic_update_slice %367, %442, %c_3, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %444 = stablehlo.reshape %441 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %445 = stablehlo.dynamic_update_slice %369, %444, %c_3, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %446 = stablehlo.slice %438 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %447 = stablehlo.slice %439 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %448 = stablehlo.reshape %446 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %449 = stablehlo.dynamic_update_slice %443, %448, %c_3, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %450 = stablehlo.reshape %447 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %451 = stablehlo.dynamic_update_slice %445, %450, %c_3, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %452 = stablehlo.slice %438 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %453 = stablehlo.slice %439 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %454 = stablehlo.reshape %452 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %455 = stablehlo.dynamic_update_slice %449, %454, %c_3, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %456 = stablehlo.reshape %453 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %457 = stablehlo.dynamic_update_slice %451, %456, %c_3, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %458 = stablehlo.slice %438 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %459 = stablehlo.slice %439 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %460 = stablehlo.reshape %458 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %461 = stablehlo.dynamic_update_slice %455, %460, %c_3, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %462 = stablehlo.reshape %459 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %463 = stablehlo.dynamic_update_slice %457, %462, %c_3, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %464 = stablehlo.slice %461 [4:5, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %465 = stablehlo.reshape %464 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %466 = stablehlo.slice %463 [4:5, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %467 = stablehlo.reshape %466 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %468 = stablehlo.reshape %430 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %469 = stablehlo.dot_general %468, %465, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %470 = stablehlo.multiply %469, %89 : tensor<4x2x7x256xf32>
    %471 = stablehlo.select %93, %470, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %472 = stablehlo.reduce(%471 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %473 = stablehlo.broadcast_in_dim %472, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %474 = stablehlo.subtract %471, %473 : tensor<4x2x7x256xf32>
    %475 = stablehlo.exponential %474 : tensor<4x2x7x256xf32>
    %476 = stablehlo.reduce(%475 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %477 = stablehlo.broadcast_in_dim %476, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %478 = stablehlo.divide %475, %477 : tensor<4x2x7x256xf32>
    %479 = stablehlo.dot_general %478, %467, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %480 = stablehlo.reshape %479 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %481 = stablehlo.dot_general %480, %arg61, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %482 = stablehlo.add %404, %481 : tensor<4x896xf32>
    %483 = stablehlo.multiply %482, %482 : tensor<4x896xf32>
    %484 = stablehlo.reduce(%483 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %485 = stablehlo.divide %484, %20 : tensor<4xf32>
    %486 = stablehlo.add %485, %22 : tensor<4xf32>
    %487 = stablehlo.rsqrt %486 : tensor<4xf32>
    %488 = stablehlo.broadcast_in_dim %487, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %489 = stablehlo.multiply %482, %488 : tensor<4x896xf32>
    %490 = stablehlo.broadcast_in_dim %arg62, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %491 = stablehlo.multiply %489, %490 : tensor<4x896xf32>
    %492 = stablehlo.dot_general %491, %arg63, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %493 = stablehlo.dot_general %491, %arg64, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %494 = stablehlo.logistic %492 : tensor<4x4864xf32>
    %495 = stablehlo.multiply %492, %494 : tensor<4x4864xf32>
    %496 = stablehlo.multiply %495, %493 : tensor<4x4864xf32>
    %497 = stablehlo.dot_general %496, %arg65, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %498 = stablehlo.add %482, %497 : tensor<4x896xf32>
    %499 = stablehlo.multiply %498, %498 : tensor<4x896xf32>
    %500 = stablehlo.reduce(%499 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %501 = stablehlo.divide %500, %20 : tensor<4xf32>
    %502 = stablehlo.add %501, %22 : tensor<4xf32>
    %503 = stablehlo.rsqrt %502 : tensor<4xf32>
    %504 = stablehlo.broadcast_in_dim %503, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %505 = stablehlo.multiply %498, %504 : tensor<4x896xf32>
    %506 = stablehlo.broadcast_in_dim %arg66, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %507 = stablehlo.multiply %505, %506 : tensor<4x896xf32>
    %c_4 = stablehlo.constant dense<5> : tensor<i32>
    %508 = stablehlo.dot_general %507, %arg67, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %509 = stablehlo.broadcast_in_dim %arg68, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %510 = stablehlo.add %508, %509 : tensor<4x896xf32>
    %511 = stablehlo.dot_general %507, %arg69, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %512 = stablehlo.broadcast_in_dim %arg70, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %513 = stablehlo.add %511, %512 : tensor<4x128xf32>
    %514 = stablehlo.dot_general %507, %arg71, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %515 = stablehlo.broadcast_in_dim %arg72, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %516 = stablehlo.add %514, %515 : tensor<4x128xf32>
    %517 = stablehlo.reshape %510 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %518 = stablehlo.slice %517 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %519 = stablehlo.slice %517 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %520 = stablehlo.negate %519 : tensor<4x14x32xf32>
    %521 = stablehlo.concatenate %520, %518, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %522 = stablehlo.multiply %517, %43 : tensor<4x14x64xf32>
    %523 = stablehlo.multiply %521, %44 : tensor<4x14x64xf32>
    %524 = stablehlo.add %522, %523 : tensor<4x14x64xf32>
    %525 = stablehlo.reshape %513 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %526 = stablehlo.slice %525 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %527 = stablehlo.slice %525 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %528 = stablehlo.negate %527 : tensor<4x2x32xf32>
    %529 = stablehlo.concatenate %528, %526, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %530 = stablehlo.multiply %525, %53 : tensor<4x2x64xf32>
    %531 = stablehlo.multiply %529, %54 : tensor<4x2x64xf32>
    %532 = stablehlo.add %530, %531 : tensor<4x2x64xf32>
    %533 = stablehlo.reshape %516 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %534 = stablehlo.slice %532 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %535 = stablehlo.slice %533 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %536 = stablehlo.reshape %534 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %537 = stablehlo.dynamic_update_slice %461, %536, %c_4, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %538 = stablehlo.reshape %535 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %539 = stablehlo.dynamic_update_slice %463, %538, %c_4, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %540 = stablehlo.slice %532 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %541 = stablehlo.slice %533 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %542 = stablehlo.reshape %540 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %543 = stablehlo.dynamic_update_slice %537, %542, %c_4, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %544 = stablehlo.reshape %541 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %545 = stablehlo.dynamic_update_slice %539, %544, %c_4, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %546 = stablehlo.slice %532 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %547 = stablehlo.slice %533 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %548 = stablehlo.reshape %546 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %549 = stablehlo.dynamic_update_slice %543, %548, %c_4, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %550 = stablehlo.reshape %547 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %551 = stablehlo.dynamic_update_slice %545, %550, %c_4, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %552 = stablehlo.slice %532 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %553 = stablehlo.slice %533 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %554 = stablehlo.reshape %552 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %555 = stablehlo.dynamic_update_slice %549, %554, %c_4, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %556 = stablehlo.reshape %553 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %557 = stablehlo.dynamic_update_slice %551, %556, %c_4, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %558 = stablehlo.slice %555 [5:6, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %559 = stablehlo.reshape %558 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %560 = stablehlo.slice %557 [5:6, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %561 = stablehlo.reshape %560 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %562 = stablehlo.reshape %524 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %563 = stablehlo.dot_general %562, %559, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %564 = stablehlo.multiply %563, %89 : tensor<4x2x7x256xf32>
    %565 = stablehlo.select %93, %564, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %566 = stablehlo.reduce(%565 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %567 = stablehlo.broadcast_in_dim %566, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %568 = stablehlo.subtract %565, %567 : tensor<4x2x7x256xf32>
    %569 = stablehlo.exponential %568 : tensor<4x2x7x256xf32>
    %570 = stablehlo.reduce(%569 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %571 = stablehlo.broadcast_in_dim %570, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %572 = stablehlo.divide %569, %571 : tensor<4x2x7x256xf32>
    %573 = stablehlo.dot_general %572, %561, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %574 = stablehlo.reshape %573 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %575 = stablehlo.dot_general %574, %arg73, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %576 = stablehlo.add %498, %575 : tensor<4x896xf32>
    %577 = stablehlo.multiply %576, %576 : tensor<4x896xf32>
    %578 = stablehlo.reduce(%577 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %579 = stablehlo.divide %578, %20 : tensor<4xf32>
    %580 = stablehlo.add %579, %22 : tensor<4xf32>
    %581 = stablehlo.rsqrt %580 : tensor<4xf32>
    %582 = stablehlo.broadcast_in_dim %581, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %583 = stablehlo.multiply %576, %582 : tensor<4x896xf32>
    %584 = stablehlo.broadcast_in_dim %arg74, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %585 = stablehlo.multiply %583, %584 : tensor<4x896xf32>
    %586 = stablehlo.dot_general %585, %arg75, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %587 = stablehlo.dot_general %585, %arg76, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %588 = stablehlo.logistic %586 : tensor<4x4864xf32>
    %589 = stablehlo.multiply %586, %588 : tensor<4x4864xf32>
    %590 = stablehlo.multiply %589, %587 : tensor<4x4864xf32>
    %591 = stablehlo.dot_general %590, %arg77, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %592 = stablehlo.add %576, %591 : tensor<4x896xf32>
    %593 = stablehlo.multiply %592, %592 : tensor<4x896xf32>
    %594 = stablehlo.reduce(%593 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %595 = stablehlo.divide %594, %20 : tensor<4xf32>
    %596 = stablehlo.add %595, %22 : tensor<4xf32>
    %597 = stablehlo.rsqrt %596 : tensor<4xf32>
    %598 = stablehlo.broadcast_in_dim %597, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %599 = stablehlo.multiply %592, %598 : tensor<4x896xf32>
    %600 = stablehlo.broadcast_in_dim %arg78, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %601 = stablehlo.multiply %599, %600 : tensor<4x896xf32>
    %c_5 = stablehlo.constant dense<6> : tensor<i32>
    %602 = stablehlo.dot_general %601, %arg79, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %603 = stablehlo.broadcast_in_dim %arg80, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %604 = stablehlo.add %602, %603 : tensor<4x896xf32>
    %605 = stablehlo.dot_general %601, %arg81, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %606 = stablehlo.broadcast_in_dim %arg82, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %607 = stablehlo.add %605, %606 : tensor<4x128xf32>
    %608 = stablehlo.dot_general %601, %arg83, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %609 = stablehlo.broadcast_in_dim %arg84, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %610 = stablehlo.add %608, %609 : tensor<4x128xf32>
    %611 = stablehlo.reshape %604 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %612 = stablehlo.slice %611 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %613 = stablehlo.slice %611 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %614 = stablehlo.negate %613 : tensor<4x14x32xf32>
    %615 = stablehlo.concatenate %614, %612, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %616 = stablehlo.multiply %611, %43 : tensor<4x14x64xf32>
    %617 = stablehlo.multiply %615, %44 : tensor<4x14x64xf32>
    %618 = stablehlo.add %616, %617 : tensor<4x14x64xf32>
    %619 = stablehlo.reshape %607 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %620 = stablehlo.slice %619 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %621 = stablehlo.slice %619 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %622 = stablehlo.negate %621 : tensor<4x2x32xf32>
    %623 = stablehlo.concatenate %622, %620, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %624 = stablehlo.multiply %619, %53 : tensor<4x2x64xf32>
    %625 = stablehlo.multiply %623, %54 : tensor<4x2x64xf32>
    %626 = stablehlo.add %624, %625 : tensor<4x2x64xf32>
    %627 = stablehlo.reshape %610 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %628 = stablehlo.slice %626 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %629 = stablehlo.slice %627 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %630 = stablehlo.reshape %628 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %631 = stablehlo.dynamic_update_slice %555, %630, %c_5, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %632 = stablehlo.reshape %629 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %633 = stablehlo.dynamic_update_slice %557, %632, %c_5, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %634 = stablehlo.slice %626 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %635 = stablehlo.slice %627 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %636 = stablehlo.reshape %634 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %637 = stablehlo.dynamic_update_slice %631, %636, %c_5, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %638 = stablehlo.reshape %635 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %639 = stablehlo.dynamic_update_slice %633, %638, %c_5, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %640 = stablehlo.slice %626 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %641 = stablehlo.slice %627 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %642 = stablehlo.reshape %640 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %643 = stablehlo.dynamic_update_slice %637, %642, %c_5, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %644 = stablehlo.reshape %641 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %645 = stablehlo.dynamic_update_slice %639, %644, %c_5, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %646 = stablehlo.slice %626 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %647 = stablehlo.slice %627 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %648 = stablehlo.reshape %646 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %649 = stablehlo.dynamic_update_slice %643, %648, %c_5, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %650 = stablehlo.reshape %647 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %651 = stablehlo.dynamic_update_slice %645, %650, %c_5, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %652 = stablehlo.slice %649 [6:7, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %653 = stablehlo.reshape %652 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %654 = stablehlo.slice %651 [6:7, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %655 = stablehlo.reshape %654 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %656 = stablehlo.reshape %618 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %657 = stablehlo.dot_general %656, %653, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %658 = stablehlo.multiply %657, %89 : tensor<4x2x7x256xf32>
    %659 = stablehlo.select %93, %658, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %660 = stablehlo.reduce(%659 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %661 = stablehlo.broadcast_in_dim %660, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %662 = stablehlo.subtract %659, %661 : tensor<4x2x7x256xf32>
    %663 = stablehlo.exponential %662 : tensor<4x2x7x256xf32>
    %664 = stablehlo.reduce(%663 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %665 = stablehlo.broadcast_in_dim %664, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %666 = stablehlo.divide %663, %665 : tensor<4x2x7x256xf32>
    %667 = stablehlo.dot_general %666, %655, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %668 = stablehlo.reshape %667 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %669 = stablehlo.dot_general %668, %arg85, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %670 = stablehlo.add %592, %669 : tensor<4x896xf32>
    %671 = stablehlo.multiply %670, %670 : tensor<4x896xf32>
    %672 = stablehlo.reduce(%671 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %673 = stablehlo.divide %672, %20 : tensor<4xf32>
    %674 = stablehlo.add %673, %22 : tensor<4xf32>
    %675 = stablehlo.rsqrt %674 : tensor<4xf32>
    %676 = stablehlo.broadcast_in_dim %675, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %677 = stablehlo.multiply %670, %676 : tensor<4x896xf32>
    %678 = stablehlo.broadcast_in_dim %arg86, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %679 = stablehlo.multiply %677, %678 : tensor<4x896xf32>
    %680 = stablehlo.dot_general %679, %arg87, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %681 = stablehlo.dot_general %679, %arg88, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %682 = stablehlo.logistic %680 : tensor<4x4864xf32>
    %683 = stablehlo.multiply %680, %682 : tensor<4x4864xf32>
    %684 = stablehlo.multiply %683, %681 : tensor<4x4864xf32>
    %685 = stablehlo.dot_general %684, %arg89, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %686 = stablehlo.add %670, %685 : tensor<4x896xf32>
    %687 = stablehlo.multiply %686, %686 : tensor<4x896xf32>
    %688 = stablehlo.reduce(%687 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %689 = stablehlo.divide %688, %20 : tensor<4xf32>
    %690 = stablehlo.add %689, %22 : tensor<4xf32>
    %691 = stablehlo.rsqrt %690 : tensor<4xf32>
    %692 = stablehlo.broadcast_in_dim %691, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %693 = stablehlo.multiply %686, %692 : tensor<4x896xf32>
    %694 = stablehlo.broadcast_in_dim %arg90, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %695 = stablehlo.multiply %693, %694 : tensor<4x896xf32>
    %c_6 = stablehlo.constant dense<7> : tensor<i32>
    %696 = stablehlo.dot_general %695, %arg91, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %697 = stablehlo.broadcast_in_dim %arg92, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %698 = stablehlo.add %696, %697 : tensor<4x896xf32>
    %699 = stablehlo.dot_general %695, %arg93, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %700 = stablehlo.broadcast_in_dim %arg94, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %701 = stablehlo.add %699, %700 : tensor<4x128xf32>
    %702 = stablehlo.dot_general %695, %arg95, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %703 = stablehlo.broadcast_in_dim %arg96, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %704 = stablehlo.add %702, %703 : tensor<4x128xf32>
    %705 = stablehlo.reshape %698 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %706 = stablehlo.slice %705 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %707 = stablehlo.slice %705 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %708 = stablehlo.negate %707 : tensor<4x14x32xf32>
    %709 = stablehlo.concatenate %708, %706, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %710 = stablehlo.multiply %705, %43 : tensor<4x14x64xf32>
    %711 = stablehlo.multiply %709, %44 : tensor<4x14x64xf32>
    %712 = stablehlo.add %710, %711 : tensor<4x14x64xf32>
    %713 = stablehlo.reshape %701 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %714 = stablehlo.slice %713 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %715 = stablehlo.slice %713 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %716 = stablehlo.negate %715 : tensor<4x2x32xf32>
    %717 = stablehlo.concatenate %716, %714, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %718 = stablehlo.multiply %713, %53 : tensor<4x2x64xf32>
    %719 = stablehlo.multiply %717, %54 : tensor<4x2x64xf32>
    %720 = stablehlo.add %718, %719 : tensor<4x2x64xf32>
    %721 = stablehlo.reshape %704 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %722 = stablehlo.slice %720 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %723 = stablehlo.slice %721 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %724 = stablehlo.reshape %722 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %725 = stablehlo.dynamic_update_slice %649, %724, %c_6, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %726 = stablehlo.reshape %723 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %727 = stablehlo.dynamic_update_slice %651, %726, %c_6, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %728 = stablehlo.slice %720 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %729 = stablehlo.slice %721 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %730 = stablehlo.reshape %728 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %731 = stablehlo.dynamic_update_slice %725, %730, %c_6, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %732 = stablehlo.reshape %729 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %733 = stablehlo.dynamic_update_slice %727, %732, %c_6, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %734 = stablehlo.slice %720 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %735 = stablehlo.slice %721 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %736 = stablehlo.reshape %734 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %737 = stablehlo.dynamic_update_slice %731, %736, %c_6, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %738 = stablehlo.reshape %735 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %739 = stablehlo.dynamic_update_slice %733, %738, %c_6, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %740 = stablehlo.slice %720 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %741 = stablehlo.slice %721 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %742 = stablehlo.reshape %740 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %743 = stablehlo.dynamic_update_slice %737, %742, %c_6, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %744 = stablehlo.reshape %741 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %745 = stablehlo.dynamic_update_slice %739, %744, %c_6, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %746 = stablehlo.slice %743 [7:8, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %747 = stablehlo.reshape %746 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %748 = stablehlo.slice %745 [7:8, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %749 = stablehlo.reshape %748 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %750 = stablehlo.reshape %712 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %751 = stablehlo.dot_general %750, %747, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %752 = stablehlo.multiply %751, %89 : tensor<4x2x7x256xf32>
    %753 = stablehlo.select %93, %752, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %754 = stablehlo.reduce(%753 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %755 = stablehlo.broadcast_in_dim %754, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %756 = stablehlo.subtract %753, %755 : tensor<4x2x7x256xf32>
    %757 = stablehlo.exponential %756 : tensor<4x2x7x256xf32>
    %758 = stablehlo.reduce(%757 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %759 = stablehlo.broadcast_in_dim %758, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %760 = stablehlo.divide %757, %759 : tensor<4x2x7x256xf32>
    %761 = stablehlo.dot_general %760, %749, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %762 = stablehlo.reshape %761 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %763 = stablehlo.dot_general %762, %arg97, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %764 = stablehlo.add %686, %763 : tensor<4x896xf32>
    %765 = stablehlo.multiply %764, %764 : tensor<4x896xf32>
    %766 = stablehlo.reduce(%765 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %767 = stablehlo.divide %766, %20 : tensor<4xf32>
    %768 = stablehlo.add %767, %22 : tensor<4xf32>
    %769 = stablehlo.rsqrt %768 : tensor<4xf32>
    %770 = stablehlo.broadcast_in_dim %769, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %771 = stablehlo.multiply %764, %770 : tensor<4x896xf32>
    %772 = stablehlo.broadcast_in_dim %arg98, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %773 = stablehlo.multiply %771, %772 : tensor<4x896xf32>
    %774 = stablehlo.dot_general %773, %arg99, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %775 = stablehlo.dot_general %773, %arg100, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %776 = stablehlo.logistic %774 : tensor<4x4864xf32>
    %777 = stablehlo.multiply %774, %776 : tensor<4x4864xf32>
    %778 = stablehlo.multiply %777, %775 : tensor<4x4864xf32>
    %779 = stablehlo.dot_general %778, %arg101, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %780 = stablehlo.add %764, %779 : tensor<4x896xf32>
    %781 = stablehlo.multiply %780, %780 : tensor<4x896xf32>
    %782 = stablehlo.reduce(%781 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %783 = stablehlo.divide %782, %20 : tensor<4xf32>
    %784 = stablehlo.add %783, %22 : tensor<4xf32>
    %785 = stablehlo.rsqrt %784 : tensor<4xf32>
    %786 = stablehlo.broadcast_in_dim %785, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %787 = stablehlo.multiply %780, %786 : tensor<4x896xf32>
    %788 = stablehlo.broadcast_in_dim %arg102, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %789 = stablehlo.multiply %787, %788 : tensor<4x896xf32>
    %c_7 = stablehlo.constant dense<8> : tensor<i32>
    %790 = stablehlo.dot_general %789, %arg103, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %791 = stablehlo.broadcast_in_dim %arg104, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %792 = stablehlo.add %790, %791 : tensor<4x896xf32>
    %793 = stablehlo.dot_general %789, %arg105, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %794 = stablehlo.broadcast_in_dim %arg106, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %795 = stablehlo.add %793, %794 : tensor<4x128xf32>
    %796 = stablehlo.dot_general %789, %arg107, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %797 = stablehlo.broadcast_in_dim %arg108, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %798 = stablehlo.add %796, %797 : tensor<4x128xf32>
    %799 = stablehlo.reshape %792 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %800 = stablehlo.slice %799 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %801 = stablehlo.slice %799 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %802 = stablehlo.negate %801 : tensor<4x14x32xf32>
    %803 = stablehlo.concatenate %802, %800, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %804 = stablehlo.multiply %799, %43 : tensor<4x14x64xf32>
    %805 = stablehlo.multiply %803, %44 : tensor<4x14x64xf32>
    %806 = stablehlo.add %804, %805 : tensor<4x14x64xf32>
    %807 = stablehlo.reshape %795 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %808 = stablehlo.slice %807 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %809 = stablehlo.slice %807 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %810 = stablehlo.negate %809 : tensor<4x2x32xf32>
    %811 = stablehlo.concatenate %810, %808, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %812 = stablehlo.multiply %807, %53 : tensor<4x2x64xf32>
    %813 = stablehlo.multiply %811, %54 : tensor<4x2x64xf32>
    %814 = stablehlo.add %812, %813 : tensor<4x2x64xf32>
    %815 = stablehlo.reshape %798 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %816 = stablehlo.slice %814 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %817 = stablehlo.slice %815 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %818 = stablehlo.reshape %816 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %819 = stablehlo.dynamic_update_slice %743, %818, %c_7, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %820 = stablehlo.reshape %817 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %821 = stablehlo.dynamic_update_slice %745, %820, %c_7, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %822 = stablehlo.slice %814 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %823 = stablehlo.slice %815 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %824 = stablehlo.reshape %822 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %825 = stablehlo.dynamic_update_slice %819, %824, %c_7, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %826 = stablehlo.reshape %823 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %827 = stablehlo.dynamic_update_slice %821, %826, %c_7, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %828 = stablehlo.slice %814 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %829 = stablehlo.slice %815 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %830 = stablehlo.reshape %828 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %831 = stablehlo.dynamic_update_slice %825, %830, %c_7, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %832 = stablehlo.reshape %829 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %833 = stablehlo.dynamic_update_slice %827, %832, %c_7, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %834 = stablehlo.slice %814 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %835 = stablehlo.slice %815 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %836 = stablehlo.reshape %834 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %837 = stablehlo.dynamic_update_slice %831, %836, %c_7, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %838 = stablehlo.reshape %835 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %839 = stablehlo.dynamic_update_slice %833, %838, %c_7, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %840 = stablehlo.slice %837 [8:9, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %841 = stablehlo.reshape %840 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %842 = stablehlo.slice %839 [8:9, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %843 = stablehlo.reshape %842 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %844 = stablehlo.reshape %806 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %845 = stablehlo.dot_general %844, %841, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %846 = stablehlo.multiply %845, %89 : tensor<4x2x7x256xf32>
    %847 = stablehlo.select %93, %846, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %848 = stablehlo.reduce(%847 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %849 = stablehlo.broadcast_in_dim %848, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %850 = stablehlo.subtract %847, %849 : tensor<4x2x7x256xf32>
    %851 = stablehlo.exponential %850 : tensor<4x2x7x256xf32>
    %852 = stablehlo.reduce(%851 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %853 = stablehlo.broadcast_in_dim %852, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %854 = stablehlo.divide %851, %853 : tensor<4x2x7x256xf32>
    %855 = stablehlo.dot_general %854, %843, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %856 = stablehlo.reshape %855 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %857 = stablehlo.dot_general %856, %arg109, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %858 = stablehlo.add %780, %857 : tensor<4x896xf32>
    %859 = stablehlo.multiply %858, %858 : tensor<4x896xf32>
    %860 = stablehlo.reduce(%859 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %861 = stablehlo.divide %860, %20 : tensor<4xf32>
    %862 = stablehlo.add %861, %22 : tensor<4xf32>
    %863 = stablehlo.rsqrt %862 : tensor<4xf32>
    %864 = stablehlo.broadcast_in_dim %863, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %865 = stablehlo.multiply %858, %864 : tensor<4x896xf32>
    %866 = stablehlo.broadcast_in_dim %arg110, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %867 = stablehlo.multiply %865, %866 : tensor<4x896xf32>
    %868 = stablehlo.dot_general %867, %arg111, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %869 = stablehlo.dot_general %867, %arg112, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %870 = stablehlo.logistic %868 : tensor<4x4864xf32>
    %871 = stablehlo.multiply %868, %870 : tensor<4x4864xf32>
    %872 = stablehlo.multiply %871, %869 : tensor<4x4864xf32>
    %873 = stablehlo.dot_general %872, %arg113, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %874 = stablehlo.add %858, %873 : tensor<4x896xf32>
    %875 = stablehlo.multiply %874, %874 : tensor<4x896xf32>
    %876 = stablehlo.reduce(%875 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %877 = stablehlo.divide %876, %20 : tensor<4xf32>
    %878 = stablehlo.add %877, %22 : tensor<4xf32>
    %879 = stablehlo.rsqrt %878 : tensor<4xf32>
    %880 = stablehlo.broadcast_in_dim %879, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %881 = stablehlo.multiply %874, %880 : tensor<4x896xf32>
    %882 = stablehlo.broadcast_in_dim %arg114, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %883 = stablehlo.multiply %881, %882 : tensor<4x896xf32>
    %c_8 = stablehlo.constant dense<9> : tensor<i32>
    %884 = stablehlo.dot_general %883, %arg115, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %885 = stablehlo.broadcast_in_dim %arg116, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %886 = stablehlo.add %884, %885 : tensor<4x896xf32>
    %887 = stablehlo.dot_general %883, %arg117, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %888 = stablehlo.broadcast_in_dim %arg118, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %889 = stablehlo.add %887, %888 : tensor<4x128xf32>
    %890 = stablehlo.dot_general %883, %arg119, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %891 = stablehlo.broadcast_in_dim %arg120, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %892 = stablehlo.add %890, %891 : tensor<4x128xf32>
    %893 = stablehlo.reshape %886 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %894 = stablehlo.slice %893 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %895 = stablehlo.slice %893 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %896 = stablehlo.negate %895 : tensor<4x14x32xf32>
    %897 = stablehlo.concatenate %896, %894, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %898 = stablehlo.multiply %893, %43 : tensor<4x14x64xf32>
    %899 = stablehlo.multiply %897, %44 : tensor<4x14x64xf32>
    %900 = stablehlo.add %898, %899 : tensor<4x14x64xf32>
    %901 = stablehlo.reshape %889 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %902 = stablehlo.slice %901 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %903 = stablehlo.slice %901 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %904 = stablehlo.negate %903 : tensor<4x2x32xf32>
    %905 = stablehlo.concatenate %904, %902, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %906 = stablehlo.multiply %901, %53 : tensor<4x2x64xf32>
    %907 = stablehlo.multiply %905, %54 : tensor<4x2x64xf32>
    %908 = stablehlo.add %906, %907 : tensor<4x2x64xf32>
    %909 = stablehlo.reshape %892 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %910 = stablehlo.slice %908 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %911 = stablehlo.slice %909 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %912 = stablehlo.reshape %910 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %913 = stablehlo.dynamic_update_slice %837, %912, %c_8, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %914 = stablehlo.reshape %911 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %915 = stablehlo.dynamic_update_slice %839, %914, %c_8, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %916 = stablehlo.slice %908 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %917 = stablehlo.slice %909 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %918 = stablehlo.reshape %916 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %919 = stablehlo.dynamic_update_slice %913, %918, %c_8, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %920 = stablehlo.reshape %917 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %921 = stablehlo.dynamic_update_slice %915, %920, %c_8, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %922 = stablehlo.slice %908 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %923 = stablehlo.slice %909 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %924 = stablehlo.reshape %922 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %925 = stablehlo.dynamic_update_slice %919, %924, %c_8, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %926 = stablehlo.reshape %923 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %927 = stablehlo.dynamic_update_slice %921, %926, %c_8, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %928 = stablehlo.slice %908 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %929 = stablehlo.slice %909 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %930 = stablehlo.reshape %928 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %931 = stablehlo.dynamic_update_slice %925, %930, %c_8, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %932 = stablehlo.reshape %929 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %933 = stablehlo.dynamic_update_slice %927, %932, %c_8, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %934 = stablehlo.slice %931 [9:10, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %935 = stablehlo.reshape %934 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %936 = stablehlo.slice %933 [9:10, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %937 = stablehlo.reshape %936 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %938 = stablehlo.reshape %900 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %939 = stablehlo.dot_general %938, %935, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %940 = stablehlo.multiply %939, %89 : tensor<4x2x7x256xf32>
    %941 = stablehlo.select %93, %940, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %942 = stablehlo.reduce(%941 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %943 = stablehlo.broadcast_in_dim %942, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %944 = stablehlo.subtract %941, %943 : tensor<4x2x7x256xf32>
    %945 = stablehlo.exponential %944 : tensor<4x2x7x256xf32>
    %946 = stablehlo.reduce(%945 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %947 = stablehlo.broadcast_in_dim %946, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %948 = stablehlo.divide %945, %947 : tensor<4x2x7x256xf32>
    %949 = stablehlo.dot_general %948, %937, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %950 = stablehlo.reshape %949 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %951 = stablehlo.dot_general %950, %arg121, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %952 = stablehlo.add %874, %951 : tensor<4x896xf32>
    %953 = stablehlo.multiply %952, %952 : tensor<4x896xf32>
    %954 = stablehlo.reduce(%953 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %955 = stablehlo.divide %954, %20 : tensor<4xf32>
    %956 = stablehlo.add %955, %22 : tensor<4xf32>
    %957 = stablehlo.rsqrt %956 : tensor<4xf32>
    %958 = stablehlo.broadcast_in_dim %957, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %959 = stablehlo.multiply %952, %958 : tensor<4x896xf32>
    %960 = stablehlo.broadcast_in_dim %arg122, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %961 = stablehlo.multiply %959, %960 : tensor<4x896xf32>
    %962 = stablehlo.dot_general %961, %arg123, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %963 = stablehlo.dot_general %961, %arg124, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %964 = stablehlo.logistic %962 : tensor<4x4864xf32>
    %965 = stablehlo.multiply %962, %964 : tensor<4x4864xf32>
    %966 = stablehlo.multiply %965, %963 : tensor<4x4864xf32>
    %967 = stablehlo.dot_general %966, %arg125, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %968 = stablehlo.add %952, %967 : tensor<4x896xf32>
    %969 = stablehlo.multiply %968, %968 : tensor<4x896xf32>
    %970 = stablehlo.reduce(%969 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %971 = stablehlo.divide %970, %20 : tensor<4xf32>
    %972 = stablehlo.add %971, %22 : tensor<4xf32>
    %973 = stablehlo.rsqrt %972 : tensor<4xf32>
    %974 = stablehlo.broadcast_in_dim %973, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %975 = stablehlo.multiply %968, %974 : tensor<4x896xf32>
    %976 = stablehlo.broadcast_in_dim %arg126, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %977 = stablehlo.multiply %975, %976 : tensor<4x896xf32>
    %c_9 = stablehlo.constant dense<10> : tensor<i32>
    %978 = stablehlo.dot_general %977, %arg127, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %979 = stablehlo.broadcast_in_dim %arg128, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %980 = stablehlo.add %978, %979 : tensor<4x896xf32>
    %981 = stablehlo.dot_general %977, %arg129, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %982 = stablehlo.broadcast_in_dim %arg130, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %983 = stablehlo.add %981, %982 : tensor<4x128xf32>
    %984 = stablehlo.dot_general %977, %arg131, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %985 = stablehlo.broadcast_in_dim %arg132, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %986 = stablehlo.add %984, %985 : tensor<4x128xf32>
    %987 = stablehlo.reshape %980 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %988 = stablehlo.slice %987 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %989 = stablehlo.slice %987 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %990 = stablehlo.negate %989 : tensor<4x14x32xf32>
    %991 = stablehlo.concatenate %990, %988, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %992 = stablehlo.multiply %987, %43 : tensor<4x14x64xf32>
    %993 = stablehlo.multiply %991, %44 : tensor<4x14x64xf32>
    %994 = stablehlo.add %992, %993 : tensor<4x14x64xf32>
    %995 = stablehlo.reshape %983 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %996 = stablehlo.slice %995 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %997 = stablehlo.slice %995 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %998 = stablehlo.negate %997 : tensor<4x2x32xf32>
    %999 = stablehlo.concatenate %998, %996, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %1000 = stablehlo.multiply %995, %53 : tensor<4x2x64xf32>
    %1001 = stablehlo.multiply %999, %54 : tensor<4x2x64xf32>
    %1002 = stablehlo.add %1000, %1001 : tensor<4x2x64xf32>
    %1003 = stablehlo.reshape %986 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1004 = stablehlo.slice %1002 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1005 = stablehlo.slice %1003 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1006 = stablehlo.reshape %1004 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1007 = stablehlo.dynamic_update_slice %931, %1006, %c_9, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1008 = stablehlo.reshape %1005 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1009 = stablehlo.dynamic_update_slice %933, %1008, %c_9, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1010 = stablehlo.slice %1002 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1011 = stablehlo.slice %1003 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1012 = stablehlo.reshape %1010 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1013 = stablehlo.dynamic_update_slice %1007, %1012, %c_9, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1014 = stablehlo.reshape %1011 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1015 = stablehlo.dynamic_update_slice %1009, %1014, %c_9, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1016 = stablehlo.slice %1002 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1017 = stablehlo.slice %1003 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1018 = stablehlo.reshape %1016 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1019 = stablehlo.dynamic_update_slice %1013, %1018, %c_9, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1020 = stablehlo.reshape %1017 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1021 = stablehlo.dynamic_update_slice %1015, %1020, %c_9, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1022 = stablehlo.slice %1002 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1023 = stablehlo.slice %1003 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1024 = stablehlo.reshape %1022 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1025 = stablehlo.dynamic_update_slice %1019, %1024, %c_9, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1026 = stablehlo.reshape %1023 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1027 = stablehlo.dynamic_update_slice %1021, %1026, %c_9, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1028 = stablehlo.slice %1025 [10:11, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1029 = stablehlo.reshape %1028 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1030 = stablehlo.slice %1027 [10:11, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1031 = stablehlo.reshape %1030 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1032 = stablehlo.reshape %994 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %1033 = stablehlo.dot_general %1032, %1029, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %1034 = stablehlo.multiply %1033, %89 : tensor<4x2x7x256xf32>
    %1035 = stablehlo.select %93, %1034, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %1036 = stablehlo.reduce(%1035 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1037 = stablehlo.broadcast_in_dim %1036, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1038 = stablehlo.subtract %1035, %1037 : tensor<4x2x7x256xf32>
    %1039 = stablehlo.exponential %1038 : tensor<4x2x7x256xf32>
    %1040 = stablehlo.reduce(%1039 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1041 = stablehlo.broadcast_in_dim %1040, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1042 = stablehlo.divide %1039, %1041 : tensor<4x2x7x256xf32>
    %1043 = stablehlo.dot_general %1042, %1031, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %1044 = stablehlo.reshape %1043 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %1045 = stablehlo.dot_general %1044, %arg133, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1046 = stablehlo.add %968, %1045 : tensor<4x896xf32>
    %1047 = stablehlo.multiply %1046, %1046 : tensor<4x896xf32>
    %1048 = stablehlo.reduce(%1047 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1049 = stablehlo.divide %1048, %20 : tensor<4xf32>
    %1050 = stablehlo.add %1049, %22 : tensor<4xf32>
    %1051 = stablehlo.rsqrt %1050 : tensor<4xf32>
    %1052 = stablehlo.broadcast_in_dim %1051, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1053 = stablehlo.multiply %1046, %1052 : tensor<4x896xf32>
    %1054 = stablehlo.broadcast_in_dim %arg134, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1055 = stablehlo.multiply %1053, %1054 : tensor<4x896xf32>
    %1056 = stablehlo.dot_general %1055, %arg135, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1057 = stablehlo.dot_general %1055, %arg136, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1058 = stablehlo.logistic %1056 : tensor<4x4864xf32>
    %1059 = stablehlo.multiply %1056, %1058 : tensor<4x4864xf32>
    %1060 = stablehlo.multiply %1059, %1057 : tensor<4x4864xf32>
    %1061 = stablehlo.dot_general %1060, %arg137, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %1062 = stablehlo.add %1046, %1061 : tensor<4x896xf32>
    %1063 = stablehlo.multiply %1062, %1062 : tensor<4x896xf32>
    %1064 = stablehlo.reduce(%1063 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1065 = stablehlo.divide %1064, %20 : tensor<4xf32>
    %1066 = stablehlo.add %1065, %22 : tensor<4xf32>
    %1067 = stablehlo.rsqrt %1066 : tensor<4xf32>
    %1068 = stablehlo.broadcast_in_dim %1067, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1069 = stablehlo.multiply %1062, %1068 : tensor<4x896xf32>
    %1070 = stablehlo.broadcast_in_dim %arg138, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1071 = stablehlo.multiply %1069, %1070 : tensor<4x896xf32>
    %c_10 = stablehlo.constant dense<11> : tensor<i32>
    %1072 = stablehlo.dot_general %1071, %arg139, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1073 = stablehlo.broadcast_in_dim %arg140, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1074 = stablehlo.add %1072, %1073 : tensor<4x896xf32>
    %1075 = stablehlo.dot_general %1071, %arg141, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1076 = stablehlo.broadcast_in_dim %arg142, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1077 = stablehlo.add %1075, %1076 : tensor<4x128xf32>
    %1078 = stablehlo.dot_general %1071, %arg143, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1079 = stablehlo.broadcast_in_dim %arg144, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1080 = stablehlo.add %1078, %1079 : tensor<4x128xf32>
    %1081 = stablehlo.reshape %1074 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %1082 = stablehlo.slice %1081 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1083 = stablehlo.slice %1081 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1084 = stablehlo.negate %1083 : tensor<4x14x32xf32>
    %1085 = stablehlo.concatenate %1084, %1082, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %1086 = stablehlo.multiply %1081, %43 : tensor<4x14x64xf32>
    %1087 = stablehlo.multiply %1085, %44 : tensor<4x14x64xf32>
    %1088 = stablehlo.add %1086, %1087 : tensor<4x14x64xf32>
    %1089 = stablehlo.reshape %1077 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1090 = stablehlo.slice %1089 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1091 = stablehlo.slice %1089 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1092 = stablehlo.negate %1091 : tensor<4x2x32xf32>
    %1093 = stablehlo.concatenate %1092, %1090, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %1094 = stablehlo.multiply %1089, %53 : tensor<4x2x64xf32>
    %1095 = stablehlo.multiply %1093, %54 : tensor<4x2x64xf32>
    %1096 = stablehlo.add %1094, %1095 : tensor<4x2x64xf32>
    %1097 = stablehlo.reshape %1080 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1098 = stablehlo.slice %1096 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1099 = stablehlo.slice %1097 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1100 = stablehlo.reshape %1098 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1101 = stablehlo.dynamic_update_slice %1025, %1100, %c_10, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1102 = stablehlo.reshape %1099 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1103 = stablehlo.dynamic_update_slice %1027, %1102, %c_10, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1104 = stablehlo.slice %1096 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1105 = stablehlo.slice %1097 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1106 = stablehlo.reshape %1104 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1107 = stablehlo.dynamic_update_slice %1101, %1106, %c_10, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1108 = stablehlo.reshape %1105 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1109 = stablehlo.dynamic_update_slice %1103, %1108, %c_10, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1110 = stablehlo.slice %1096 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1111 = stablehlo.slice %1097 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1112 = stablehlo.reshape %1110 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1113 = stablehlo.dynamic_update_slice %1107, %1112, %c_10, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1114 = stablehlo.reshape %1111 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1115 = stablehlo.dynamic_update_slice %1109, %1114, %c_10, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1116 = stablehlo.slice %1096 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1117 = stablehlo.slice %1097 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1118 = stablehlo.reshape %1116 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1119 = stablehlo.dynamic_update_slice %1113, %1118, %c_10, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1120 = stablehlo.reshape %1117 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1121 = stablehlo.dynamic_update_slice %1115, %1120, %c_10, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1122 = stablehlo.slice %1119 [11:12, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1123 = stablehlo.reshape %1122 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1124 = stablehlo.slice %1121 [11:12, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1125 = stablehlo.reshape %1124 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1126 = stablehlo.reshape %1088 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %1127 = stablehlo.dot_general %1126, %1123, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %1128 = stablehlo.multiply %1127, %89 : tensor<4x2x7x256xf32>
    %1129 = stablehlo.select %93, %1128, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %1130 = stablehlo.reduce(%1129 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1131 = stablehlo.broadcast_in_dim %1130, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1132 = stablehlo.subtract %1129, %1131 : tensor<4x2x7x256xf32>
    %1133 = stablehlo.exponential %1132 : tensor<4x2x7x256xf32>
    %1134 = stablehlo.reduce(%1133 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1135 = stablehlo.broadcast_in_dim %1134, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1136 = stablehlo.divide %1133, %1135 : tensor<4x2x7x256xf32>
    %1137 = stablehlo.dot_general %1136, %1125, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %1138 = stablehlo.reshape %1137 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %1139 = stablehlo.dot_general %1138, %arg145, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1140 = stablehlo.add %1062, %1139 : tensor<4x896xf32>
    %1141 = stablehlo.multiply %1140, %1140 : tensor<4x896xf32>
    %1142 = stablehlo.reduce(%1141 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1143 = stablehlo.divide %1142, %20 : tensor<4xf32>
    %1144 = stablehlo.add %1143, %22 : tensor<4xf32>
    %1145 = stablehlo.rsqrt %1144 : tensor<4xf32>
    %1146 = stablehlo.broadcast_in_dim %1145, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1147 = stablehlo.multiply %1140, %1146 : tensor<4x896xf32>
    %1148 = stablehlo.broadcast_in_dim %arg146, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1149 = stablehlo.multiply %1147, %1148 : tensor<4x896xf32>
    %1150 = stablehlo.dot_general %1149, %arg147, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1151 = stablehlo.dot_general %1149, %arg148, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1152 = stablehlo.logistic %1150 : tensor<4x4864xf32>
    %1153 = stablehlo.multiply %1150, %1152 : tensor<4x4864xf32>
    %1154 = stablehlo.multiply %1153, %1151 : tensor<4x4864xf32>
    %1155 = stablehlo.dot_general %1154, %arg149, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %1156 = stablehlo.add %1140, %1155 : tensor<4x896xf32>
    %1157 = stablehlo.multiply %1156, %1156 : tensor<4x896xf32>
    %1158 = stablehlo.reduce(%1157 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1159 = stablehlo.divide %1158, %20 : tensor<4xf32>
    %1160 = stablehlo.add %1159, %22 : tensor<4xf32>
    %1161 = stablehlo.rsqrt %1160 : tensor<4xf32>
    %1162 = stablehlo.broadcast_in_dim %1161, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1163 = stablehlo.multiply %1156, %1162 : tensor<4x896xf32>
    %1164 = stablehlo.broadcast_in_dim %arg150, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1165 = stablehlo.multiply %1163, %1164 : tensor<4x896xf32>
    %c_11 = stablehlo.constant dense<12> : tensor<i32>
    %1166 = stablehlo.dot_general %1165, %arg151, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1167 = stablehlo.broadcast_in_dim %arg152, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1168 = stablehlo.add %1166, %1167 : tensor<4x896xf32>
    %1169 = stablehlo.dot_general %1165, %arg153, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1170 = stablehlo.broadcast_in_dim %arg154, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1171 = stablehlo.add %1169, %1170 : tensor<4x128xf32>
    %1172 = stablehlo.dot_general %1165, %arg155, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1173 = stablehlo.broadcast_in_dim %arg156, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1174 = stablehlo.add %1172, %1173 : tensor<4x128xf32>
    %1175 = stablehlo.reshape %1168 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %1176 = stablehlo.slice %1175 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1177 = stablehlo.slice %1175 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1178 = stablehlo.negate %1177 : tensor<4x14x32xf32>
    %1179 = stablehlo.concatenate %1178, %1176, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %1180 = stablehlo.multiply %1175, %43 : tensor<4x14x64xf32>
    %1181 = stablehlo.multiply %1179, %44 : tensor<4x14x64xf32>
    %1182 = stablehlo.add %1180, %1181 : tensor<4x14x64xf32>
    %1183 = stablehlo.reshape %1171 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1184 = stablehlo.slice %1183 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1185 = stablehlo.slice %1183 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1186 = stablehlo.negate %1185 : tensor<4x2x32xf32>
    %1187 = stablehlo.concatenate %1186, %1184, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %1188 = stablehlo.multiply %1183, %53 : tensor<4x2x64xf32>
    %1189 = stablehlo.multiply %1187, %54 : tensor<4x2x64xf32>
    %1190 = stablehlo.add %1188, %1189 : tensor<4x2x64xf32>
    %1191 = stablehlo.reshape %1174 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1192 = stablehlo.slice %1190 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1193 = stablehlo.slice %1191 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1194 = stablehlo.reshape %1192 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1195 = stablehlo.dynamic_update_slice %1119, %1194, %c_11, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1196 = stablehlo.reshape %1193 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1197 = stablehlo.dynamic_update_slice %1121, %1196, %c_11, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1198 = stablehlo.slice %1190 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1199 = stablehlo.slice %1191 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1200 = stablehlo.reshape %1198 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1201 = stablehlo.dynamic_update_slice %1195, %1200, %c_11, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1202 = stablehlo.reshape %1199 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1203 = stablehlo.dynamic_update_slice %1197, %1202, %c_11, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1204 = stablehlo.slice %1190 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1205 = stablehlo.slice %1191 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1206 = stablehlo.reshape %1204 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1207 = stablehlo.dynamic_update_slice %1201, %1206, %c_11, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1208 = stablehlo.reshape %1205 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1209 = stablehlo.dynamic_update_slice %1203, %1208, %c_11, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1210 = stablehlo.slice %1190 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1211 = stablehlo.slice %1191 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1212 = stablehlo.reshape %1210 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1213 = stablehlo.dynamic_update_slice %1207, %1212, %c_11, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1214 = stablehlo.reshape %1211 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1215 = stablehlo.dynamic_update_slice %1209, %1214, %c_11, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1216 = stablehlo.slice %1213 [12:13, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1217 = stablehlo.reshape %1216 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1218 = stablehlo.slice %1215 [12:13, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1219 = stablehlo.reshape %1218 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1220 = stablehlo.reshape %1182 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %1221 = stablehlo.dot_general %1220, %1217, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %1222 = stablehlo.multiply %1221, %89 : tensor<4x2x7x256xf32>
    %1223 = stablehlo.select %93, %1222, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %1224 = stablehlo.reduce(%1223 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1225 = stablehlo.broadcast_in_dim %1224, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1226 = stablehlo.subtract %1223, %1225 : tensor<4x2x7x256xf32>
    %1227 = stablehlo.exponential %1226 : tensor<4x2x7x256xf32>
    %1228 = stablehlo.reduce(%1227 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1229 = stablehlo.broadcast_in_dim %1228, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1230 = stablehlo.divide %1227, %1229 : tensor<4x2x7x256xf32>
    %1231 = stablehlo.dot_general %1230, %1219, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %1232 = stablehlo.reshape %1231 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %1233 = stablehlo.dot_general %1232, %arg157, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1234 = stablehlo.add %1156, %1233 : tensor<4x896xf32>
    %1235 = stablehlo.multiply %1234, %1234 : tensor<4x896xf32>
    %1236 = stablehlo.reduce(%1235 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1237 = stablehlo.divide %1236, %20 : tensor<4xf32>
    %1238 = stablehlo.add %1237, %22 : tensor<4xf32>
    %1239 = stablehlo.rsqrt %1238 : tensor<4xf32>
    %1240 = stablehlo.broadcast_in_dim %1239, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1241 = stablehlo.multiply %1234, %1240 : tensor<4x896xf32>
    %1242 = stablehlo.broadcast_in_dim %arg158, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1243 = stablehlo.multiply %1241, %1242 : tensor<4x896xf32>
    %1244 = stablehlo.dot_general %1243, %arg159, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1245 = stablehlo.dot_general %1243, %arg160, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1246 = stablehlo.logistic %1244 : tensor<4x4864xf32>
    %1247 = stablehlo.multiply %1244, %1246 : tensor<4x4864xf32>
    %1248 = stablehlo.multiply %1247, %1245 : tensor<4x4864xf32>
    %1249 = stablehlo.dot_general %1248, %arg161, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %1250 = stablehlo.add %1234, %1249 : tensor<4x896xf32>
    %1251 = stablehlo.multiply %1250, %1250 : tensor<4x896xf32>
    %1252 = stablehlo.reduce(%1251 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1253 = stablehlo.divide %1252, %20 : tensor<4xf32>
    %1254 = stablehlo.add %1253, %22 : tensor<4xf32>
    %1255 = stablehlo.rsqrt %1254 : tensor<4xf32>
    %1256 = stablehlo.broadcast_in_dim %1255, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1257 = stablehlo.multiply %1250, %1256 : tensor<4x896xf32>
    %1258 = stablehlo.broadcast_in_dim %arg162, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1259 = stablehlo.multiply %1257, %1258 : tensor<4x896xf32>
    %c_12 = stablehlo.constant dense<13> : tensor<i32>
    %1260 = stablehlo.dot_general %1259, %arg163, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1261 = stablehlo.broadcast_in_dim %arg164, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1262 = stablehlo.add %1260, %1261 : tensor<4x896xf32>
    %1263 = stablehlo.dot_general %1259, %arg165, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1264 = stablehlo.broadcast_in_dim %arg166, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1265 = stablehlo.add %1263, %1264 : tensor<4x128xf32>
    %1266 = stablehlo.dot_general %1259, %arg167, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1267 = stablehlo.broadcast_in_dim %arg168, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1268 = stablehlo.add %1266, %1267 : tensor<4x128xf32>
    %1269 = stablehlo.reshape %1262 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %1270 = stablehlo.slice %1269 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1271 = stablehlo.slice %1269 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1272 = stablehlo.negate %1271 : tensor<4x14x32xf32>
    %1273 = stablehlo.concatenate %1272, %1270, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %1274 = stablehlo.multiply %1269, %43 : tensor<4x14x64xf32>
    %1275 = stablehlo.multiply %1273, %44 : tensor<4x14x64xf32>
    %1276 = stablehlo.add %1274, %1275 : tensor<4x14x64xf32>
    %1277 = stablehlo.reshape %1265 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1278 = stablehlo.slice %1277 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1279 = stablehlo.slice %1277 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1280 = stablehlo.negate %1279 : tensor<4x2x32xf32>
    %1281 = stablehlo.concatenate %1280, %1278, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %1282 = stablehlo.multiply %1277, %53 : tensor<4x2x64xf32>
    %1283 = stablehlo.multiply %1281, %54 : tensor<4x2x64xf32>
    %1284 = stablehlo.add %1282, %1283 : tensor<4x2x64xf32>
    %1285 = stablehlo.reshape %1268 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1286 = stablehlo.slice %1284 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1287 = stablehlo.slice %1285 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1288 = stablehlo.reshape %1286 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1289 = stablehlo.dynamic_update_slice %1213, %1288, %c_12, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1290 = stablehlo.reshape %1287 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1291 = stablehlo.dynamic_update_slice %1215, %1290, %c_12, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1292 = stablehlo.slice %1284 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1293 = stablehlo.slice %1285 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1294 = stablehlo.reshape %1292 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1295 = stablehlo.dynamic_update_slice %1289, %1294, %c_12, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1296 = stablehlo.reshape %1293 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1297 = stablehlo.dynamic_update_slice %1291, %1296, %c_12, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1298 = stablehlo.slice %1284 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1299 = stablehlo.slice %1285 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1300 = stablehlo.reshape %1298 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1301 = stablehlo.dynamic_update_slice %1295, %1300, %c_12, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1302 = stablehlo.reshape %1299 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1303 = stablehlo.dynamic_update_slice %1297, %1302, %c_12, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1304 = stablehlo.slice %1284 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1305 = stablehlo.slice %1285 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1306 = stablehlo.reshape %1304 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1307 = stablehlo.dynamic_update_slice %1301, %1306, %c_12, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1308 = stablehlo.reshape %1305 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1309 = stablehlo.dynamic_update_slice %1303, %1308, %c_12, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1310 = stablehlo.slice %1307 [13:14, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1311 = stablehlo.reshape %1310 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1312 = stablehlo.slice %1309 [13:14, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1313 = stablehlo.reshape %1312 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1314 = stablehlo.reshape %1276 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %1315 = stablehlo.dot_general %1314, %1311, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %1316 = stablehlo.multiply %1315, %89 : tensor<4x2x7x256xf32>
    %1317 = stablehlo.select %93, %1316, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %1318 = stablehlo.reduce(%1317 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1319 = stablehlo.broadcast_in_dim %1318, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1320 = stablehlo.subtract %1317, %1319 : tensor<4x2x7x256xf32>
    %1321 = stablehlo.exponential %1320 : tensor<4x2x7x256xf32>
    %1322 = stablehlo.reduce(%1321 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1323 = stablehlo.broadcast_in_dim %1322, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1324 = stablehlo.divide %1321, %1323 : tensor<4x2x7x256xf32>
    %1325 = stablehlo.dot_general %1324, %1313, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %1326 = stablehlo.reshape %1325 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %1327 = stablehlo.dot_general %1326, %arg169, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1328 = stablehlo.add %1250, %1327 : tensor<4x896xf32>
    %1329 = stablehlo.multiply %1328, %1328 : tensor<4x896xf32>
    %1330 = stablehlo.reduce(%1329 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1331 = stablehlo.divide %1330, %20 : tensor<4xf32>
    %1332 = stablehlo.add %1331, %22 : tensor<4xf32>
    %1333 = stablehlo.rsqrt %1332 : tensor<4xf32>
    %1334 = stablehlo.broadcast_in_dim %1333, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1335 = stablehlo.multiply %1328, %1334 : tensor<4x896xf32>
    %1336 = stablehlo.broadcast_in_dim %arg170, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1337 = stablehlo.multiply %1335, %1336 : tensor<4x896xf32>
    %1338 = stablehlo.dot_general %1337, %arg171, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1339 = stablehlo.dot_general %1337, %arg172, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1340 = stablehlo.logistic %1338 : tensor<4x4864xf32>
    %1341 = stablehlo.multiply %1338, %1340 : tensor<4x4864xf32>
    %1342 = stablehlo.multiply %1341, %1339 : tensor<4x4864xf32>
    %1343 = stablehlo.dot_general %1342, %arg173, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %1344 = stablehlo.add %1328, %1343 : tensor<4x896xf32>
    %1345 = stablehlo.multiply %1344, %1344 : tensor<4x896xf32>
    %1346 = stablehlo.reduce(%1345 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1347 = stablehlo.divide %1346, %20 : tensor<4xf32>
    %1348 = stablehlo.add %1347, %22 : tensor<4xf32>
    %1349 = stablehlo.rsqrt %1348 : tensor<4xf32>
    %1350 = stablehlo.broadcast_in_dim %1349, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1351 = stablehlo.multiply %1344, %1350 : tensor<4x896xf32>
    %1352 = stablehlo.broadcast_in_dim %arg174, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1353 = stablehlo.multiply %1351, %1352 : tensor<4x896xf32>
    %c_13 = stablehlo.constant dense<14> : tensor<i32>
    %1354 = stablehlo.dot_general %1353, %arg175, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1355 = stablehlo.broadcast_in_dim %arg176, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1356 = stablehlo.add %1354, %1355 : tensor<4x896xf32>
    %1357 = stablehlo.dot_general %1353, %arg177, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1358 = stablehlo.broadcast_in_dim %arg178, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1359 = stablehlo.add %1357, %1358 : tensor<4x128xf32>
    %1360 = stablehlo.dot_general %1353, %arg179, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1361 = stablehlo.broadcast_in_dim %arg180, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1362 = stablehlo.add %1360, %1361 : tensor<4x128xf32>
    %1363 = stablehlo.reshape %1356 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %1364 = stablehlo.slice %1363 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1365 = stablehlo.slice %1363 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1366 = stablehlo.negate %1365 : tensor<4x14x32xf32>
    %1367 = stablehlo.concatenate %1366, %1364, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %1368 = stablehlo.multiply %1363, %43 : tensor<4x14x64xf32>
    %1369 = stablehlo.multiply %1367, %44 : tensor<4x14x64xf32>
    %1370 = stablehlo.add %1368, %1369 : tensor<4x14x64xf32>
    %1371 = stablehlo.reshape %1359 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1372 = stablehlo.slice %1371 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1373 = stablehlo.slice %1371 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1374 = stablehlo.negate %1373 : tensor<4x2x32xf32>
    %1375 = stablehlo.concatenate %1374, %1372, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %1376 = stablehlo.multiply %1371, %53 : tensor<4x2x64xf32>
    %1377 = stablehlo.multiply %1375, %54 : tensor<4x2x64xf32>
    %1378 = stablehlo.add %1376, %1377 : tensor<4x2x64xf32>
    %1379 = stablehlo.reshape %1362 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1380 = stablehlo.slice %1378 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1381 = stablehlo.slice %1379 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1382 = stablehlo.reshape %1380 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1383 = stablehlo.dynamic_update_slice %1307, %1382, %c_13, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1384 = stablehlo.reshape %1381 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1385 = stablehlo.dynamic_update_slice %1309, %1384, %c_13, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1386 = stablehlo.slice %1378 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1387 = stablehlo.slice %1379 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1388 = stablehlo.reshape %1386 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1389 = stablehlo.dynamic_update_slice %1383, %1388, %c_13, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1390 = stablehlo.reshape %1387 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1391 = stablehlo.dynamic_update_slice %1385, %1390, %c_13, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1392 = stablehlo.slice %1378 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1393 = stablehlo.slice %1379 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1394 = stablehlo.reshape %1392 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1395 = stablehlo.dynamic_update_slice %1389, %1394, %c_13, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1396 = stablehlo.reshape %1393 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1397 = stablehlo.dynamic_update_slice %1391, %1396, %c_13, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1398 = stablehlo.slice %1378 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1399 = stablehlo.slice %1379 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1400 = stablehlo.reshape %1398 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1401 = stablehlo.dynamic_update_slice %1395, %1400, %c_13, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1402 = stablehlo.reshape %1399 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1403 = stablehlo.dynamic_update_slice %1397, %1402, %c_13, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1404 = stablehlo.slice %1401 [14:15, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1405 = stablehlo.reshape %1404 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1406 = stablehlo.slice %1403 [14:15, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1407 = stablehlo.reshape %1406 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1408 = stablehlo.reshape %1370 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %1409 = stablehlo.dot_general %1408, %1405, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %1410 = stablehlo.multiply %1409, %89 : tensor<4x2x7x256xf32>
    %1411 = stablehlo.select %93, %1410, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %1412 = stablehlo.reduce(%1411 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1413 = stablehlo.broadcast_in_dim %1412, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1414 = stablehlo.subtract %1411, %1413 : tensor<4x2x7x256xf32>
    %1415 = stablehlo.exponential %1414 : tensor<4x2x7x256xf32>
    %1416 = stablehlo.reduce(%1415 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1417 = stablehlo.broadcast_in_dim %1416, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1418 = stablehlo.divide %1415, %1417 : tensor<4x2x7x256xf32>
    %1419 = stablehlo.dot_general %1418, %1407, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %1420 = stablehlo.reshape %1419 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %1421 = stablehlo.dot_general %1420, %arg181, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1422 = stablehlo.add %1344, %1421 : tensor<4x896xf32>
    %1423 = stablehlo.multiply %1422, %1422 : tensor<4x896xf32>
    %1424 = stablehlo.reduce(%1423 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1425 = stablehlo.divide %1424, %20 : tensor<4xf32>
    %1426 = stablehlo.add %1425, %22 : tensor<4xf32>
    %1427 = stablehlo.rsqrt %1426 : tensor<4xf32>
    %1428 = stablehlo.broadcast_in_dim %1427, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1429 = stablehlo.multiply %1422, %1428 : tensor<4x896xf32>
    %1430 = stablehlo.broadcast_in_dim %arg182, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1431 = stablehlo.multiply %1429, %1430 : tensor<4x896xf32>
    %1432 = stablehlo.dot_general %1431, %arg183, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1433 = stablehlo.dot_general %1431, %arg184, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1434 = stablehlo.logistic %1432 : tensor<4x4864xf32>
    %1435 = stablehlo.multiply %1432, %1434 : tensor<4x4864xf32>
    %1436 = stablehlo.multiply %1435, %1433 : tensor<4x4864xf32>
    %1437 = stablehlo.dot_general %1436, %arg185, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %1438 = stablehlo.add %1422, %1437 : tensor<4x896xf32>
    %1439 = stablehlo.multiply %1438, %1438 : tensor<4x896xf32>
    %1440 = stablehlo.reduce(%1439 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1441 = stablehlo.divide %1440, %20 : tensor<4xf32>
    %1442 = stablehlo.add %1441, %22 : tensor<4xf32>
    %1443 = stablehlo.rsqrt %1442 : tensor<4xf32>
    %1444 = stablehlo.broadcast_in_dim %1443, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1445 = stablehlo.multiply %1438, %1444 : tensor<4x896xf32>
    %1446 = stablehlo.broadcast_in_dim %arg186, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1447 = stablehlo.multiply %1445, %1446 : tensor<4x896xf32>
    %c_14 = stablehlo.constant dense<15> : tensor<i32>
    %1448 = stablehlo.dot_general %1447, %arg187, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1449 = stablehlo.broadcast_in_dim %arg188, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1450 = stablehlo.add %1448, %1449 : tensor<4x896xf32>
    %1451 = stablehlo.dot_general %1447, %arg189, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1452 = stablehlo.broadcast_in_dim %arg190, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1453 = stablehlo.add %1451, %1452 : tensor<4x128xf32>
    %1454 = stablehlo.dot_general %1447, %arg191, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1455 = stablehlo.broadcast_in_dim %arg192, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1456 = stablehlo.add %1454, %1455 : tensor<4x128xf32>
    %1457 = stablehlo.reshape %1450 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %1458 = stablehlo.slice %1457 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1459 = stablehlo.slice %1457 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1460 = stablehlo.negate %1459 : tensor<4x14x32xf32>
    %1461 = stablehlo.concatenate %1460, %1458, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %1462 = stablehlo.multiply %1457, %43 : tensor<4x14x64xf32>
    %1463 = stablehlo.multiply %1461, %44 : tensor<4x14x64xf32>
    %1464 = stablehlo.add %1462, %1463 : tensor<4x14x64xf32>
    %1465 = stablehlo.reshape %1453 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1466 = stablehlo.slice %1465 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1467 = stablehlo.slice %1465 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1468 = stablehlo.negate %1467 : tensor<4x2x32xf32>
    %1469 = stablehlo.concatenate %1468, %1466, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %1470 = stablehlo.multiply %1465, %53 : tensor<4x2x64xf32>
    %1471 = stablehlo.multiply %1469, %54 : tensor<4x2x64xf32>
    %1472 = stablehlo.add %1470, %1471 : tensor<4x2x64xf32>
    %1473 = stablehlo.reshape %1456 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1474 = stablehlo.slice %1472 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1475 = stablehlo.slice %1473 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1476 = stablehlo.reshape %1474 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1477 = stablehlo.dynamic_update_slice %1401, %1476, %c_14, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1478 = stablehlo.reshape %1475 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1479 = stablehlo.dynamic_update_slice %1403, %1478, %c_14, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1480 = stablehlo.slice %1472 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1481 = stablehlo.slice %1473 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1482 = stablehlo.reshape %1480 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1483 = stablehlo.dynamic_update_slice %1477, %1482, %c_14, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1484 = stablehlo.reshape %1481 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1485 = stablehlo.dynamic_update_slice %1479, %1484, %c_14, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1486 = stablehlo.slice %1472 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1487 = stablehlo.slice %1473 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1488 = stablehlo.reshape %1486 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1489 = stablehlo.dynamic_update_slice %1483, %1488, %c_14, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1490 = stablehlo.reshape %1487 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1491 = stablehlo.dynamic_update_slice %1485, %1490, %c_14, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1492 = stablehlo.slice %1472 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1493 = stablehlo.slice %1473 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1494 = stablehlo.reshape %1492 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1495 = stablehlo.dynamic_update_slice %1489, %1494, %c_14, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1496 = stablehlo.reshape %1493 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1497 = stablehlo.dynamic_update_slice %1491, %1496, %c_14, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1498 = stablehlo.slice %1495 [15:16, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1499 = stablehlo.reshape %1498 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1500 = stablehlo.slice %1497 [15:16, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1501 = stablehlo.reshape %1500 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1502 = stablehlo.reshape %1464 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %1503 = stablehlo.dot_general %1502, %1499, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %1504 = stablehlo.multiply %1503, %89 : tensor<4x2x7x256xf32>
    %1505 = stablehlo.select %93, %1504, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %1506 = stablehlo.reduce(%1505 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1507 = stablehlo.broadcast_in_dim %1506, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1508 = stablehlo.subtract %1505, %1507 : tensor<4x2x7x256xf32>
    %1509 = stablehlo.exponential %1508 : tensor<4x2x7x256xf32>
    %1510 = stablehlo.reduce(%1509 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1511 = stablehlo.broadcast_in_dim %1510, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1512 = stablehlo.divide %1509, %1511 : tensor<4x2x7x256xf32>
    %1513 = stablehlo.dot_general %1512, %1501, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %1514 = stablehlo.reshape %1513 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %1515 = stablehlo.dot_general %1514, %arg193, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1516 = stablehlo.add %1438, %1515 : tensor<4x896xf32>
    %1517 = stablehlo.multiply %1516, %1516 : tensor<4x896xf32>
    %1518 = stablehlo.reduce(%1517 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1519 = stablehlo.divide %1518, %20 : tensor<4xf32>
    %1520 = stablehlo.add %1519, %22 : tensor<4xf32>
    %1521 = stablehlo.rsqrt %1520 : tensor<4xf32>
    %1522 = stablehlo.broadcast_in_dim %1521, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1523 = stablehlo.multiply %1516, %1522 : tensor<4x896xf32>
    %1524 = stablehlo.broadcast_in_dim %arg194, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1525 = stablehlo.multiply %1523, %1524 : tensor<4x896xf32>
    %1526 = stablehlo.dot_general %1525, %arg195, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1527 = stablehlo.dot_general %1525, %arg196, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1528 = stablehlo.logistic %1526 : tensor<4x4864xf32>
    %1529 = stablehlo.multiply %1526, %1528 : tensor<4x4864xf32>
    %1530 = stablehlo.multiply %1529, %1527 : tensor<4x4864xf32>
    %1531 = stablehlo.dot_general %1530, %arg197, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %1532 = stablehlo.add %1516, %1531 : tensor<4x896xf32>
    %1533 = stablehlo.multiply %1532, %1532 : tensor<4x896xf32>
    %1534 = stablehlo.reduce(%1533 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1535 = stablehlo.divide %1534, %20 : tensor<4xf32>
    %1536 = stablehlo.add %1535, %22 : tensor<4xf32>
    %1537 = stablehlo.rsqrt %1536 : tensor<4xf32>
    %1538 = stablehlo.broadcast_in_dim %1537, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1539 = stablehlo.multiply %1532, %1538 : tensor<4x896xf32>
    %1540 = stablehlo.broadcast_in_dim %arg198, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1541 = stablehlo.multiply %1539, %1540 : tensor<4x896xf32>
    %c_15 = stablehlo.constant dense<16> : tensor<i32>
    %1542 = stablehlo.dot_general %1541, %arg199, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1543 = stablehlo.broadcast_in_dim %arg200, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1544 = stablehlo.add %1542, %1543 : tensor<4x896xf32>
    %1545 = stablehlo.dot_general %1541, %arg201, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1546 = stablehlo.broadcast_in_dim %arg202, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1547 = stablehlo.add %1545, %1546 : tensor<4x128xf32>
    %1548 = stablehlo.dot_general %1541, %arg203, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1549 = stablehlo.broadcast_in_dim %arg204, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1550 = stablehlo.add %1548, %1549 : tensor<4x128xf32>
    %1551 = stablehlo.reshape %1544 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %1552 = stablehlo.slice %1551 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1553 = stablehlo.slice %1551 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1554 = stablehlo.negate %1553 : tensor<4x14x32xf32>
    %1555 = stablehlo.concatenate %1554, %1552, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %1556 = stablehlo.multiply %1551, %43 : tensor<4x14x64xf32>
    %1557 = stablehlo.multiply %1555, %44 : tensor<4x14x64xf32>
    %1558 = stablehlo.add %1556, %1557 : tensor<4x14x64xf32>
    %1559 = stablehlo.reshape %1547 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1560 = stablehlo.slice %1559 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1561 = stablehlo.slice %1559 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1562 = stablehlo.negate %1561 : tensor<4x2x32xf32>
    %1563 = stablehlo.concatenate %1562, %1560, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %1564 = stablehlo.multiply %1559, %53 : tensor<4x2x64xf32>
    %1565 = stablehlo.multiply %1563, %54 : tensor<4x2x64xf32>
    %1566 = stablehlo.add %1564, %1565 : tensor<4x2x64xf32>
    %1567 = stablehlo.reshape %1550 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1568 = stablehlo.slice %1566 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1569 = stablehlo.slice %1567 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1570 = stablehlo.reshape %1568 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1571 = stablehlo.dynamic_update_slice %1495, %1570, %c_15, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1572 = stablehlo.reshape %1569 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1573 = stablehlo.dynamic_update_slice %1497, %1572, %c_15, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1574 = stablehlo.slice %1566 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1575 = stablehlo.slice %1567 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1576 = stablehlo.reshape %1574 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1577 = stablehlo.dynamic_update_slice %1571, %1576, %c_15, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1578 = stablehlo.reshape %1575 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1579 = stablehlo.dynamic_update_slice %1573, %1578, %c_15, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1580 = stablehlo.slice %1566 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1581 = stablehlo.slice %1567 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1582 = stablehlo.reshape %1580 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1583 = stablehlo.dynamic_update_slice %1577, %1582, %c_15, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1584 = stablehlo.reshape %1581 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1585 = stablehlo.dynamic_update_slice %1579, %1584, %c_15, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1586 = stablehlo.slice %1566 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1587 = stablehlo.slice %1567 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1588 = stablehlo.reshape %1586 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1589 = stablehlo.dynamic_update_slice %1583, %1588, %c_15, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1590 = stablehlo.reshape %1587 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1591 = stablehlo.dynamic_update_slice %1585, %1590, %c_15, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1592 = stablehlo.slice %1589 [16:17, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1593 = stablehlo.reshape %1592 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1594 = stablehlo.slice %1591 [16:17, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1595 = stablehlo.reshape %1594 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1596 = stablehlo.reshape %1558 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %1597 = stablehlo.dot_general %1596, %1593, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %1598 = stablehlo.multiply %1597, %89 : tensor<4x2x7x256xf32>
    %1599 = stablehlo.select %93, %1598, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %1600 = stablehlo.reduce(%1599 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1601 = stablehlo.broadcast_in_dim %1600, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1602 = stablehlo.subtract %1599, %1601 : tensor<4x2x7x256xf32>
    %1603 = stablehlo.exponential %1602 : tensor<4x2x7x256xf32>
    %1604 = stablehlo.reduce(%1603 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1605 = stablehlo.broadcast_in_dim %1604, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1606 = stablehlo.divide %1603, %1605 : tensor<4x2x7x256xf32>
    %1607 = stablehlo.dot_general %1606, %1595, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %1608 = stablehlo.reshape %1607 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %1609 = stablehlo.dot_general %1608, %arg205, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1610 = stablehlo.add %1532, %1609 : tensor<4x896xf32>
    %1611 = stablehlo.multiply %1610, %1610 : tensor<4x896xf32>
    %1612 = stablehlo.reduce(%1611 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1613 = stablehlo.divide %1612, %20 : tensor<4xf32>
    %1614 = stablehlo.add %1613, %22 : tensor<4xf32>
    %1615 = stablehlo.rsqrt %1614 : tensor<4xf32>
    %1616 = stablehlo.broadcast_in_dim %1615, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1617 = stablehlo.multiply %1610, %1616 : tensor<4x896xf32>
    %1618 = stablehlo.broadcast_in_dim %arg206, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1619 = stablehlo.multiply %1617, %1618 : tensor<4x896xf32>
    %1620 = stablehlo.dot_general %1619, %arg207, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1621 = stablehlo.dot_general %1619, %arg208, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1622 = stablehlo.logistic %1620 : tensor<4x4864xf32>
    %1623 = stablehlo.multiply %1620, %1622 : tensor<4x4864xf32>
    %1624 = stablehlo.multiply %1623, %1621 : tensor<4x4864xf32>
    %1625 = stablehlo.dot_general %1624, %arg209, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %1626 = stablehlo.add %1610, %1625 : tensor<4x896xf32>
    %1627 = stablehlo.multiply %1626, %1626 : tensor<4x896xf32>
    %1628 = stablehlo.reduce(%1627 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1629 = stablehlo.divide %1628, %20 : tensor<4xf32>
    %1630 = stablehlo.add %1629, %22 : tensor<4xf32>
    %1631 = stablehlo.rsqrt %1630 : tensor<4xf32>
    %1632 = stablehlo.broadcast_in_dim %1631, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1633 = stablehlo.multiply %1626, %1632 : tensor<4x896xf32>
    %1634 = stablehlo.broadcast_in_dim %arg210, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1635 = stablehlo.multiply %1633, %1634 : tensor<4x896xf32>
    %c_16 = stablehlo.constant dense<17> : tensor<i32>
    %1636 = stablehlo.dot_general %1635, %arg211, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1637 = stablehlo.broadcast_in_dim %arg212, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1638 = stablehlo.add %1636, %1637 : tensor<4x896xf32>
    %1639 = stablehlo.dot_general %1635, %arg213, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1640 = stablehlo.broadcast_in_dim %arg214, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1641 = stablehlo.add %1639, %1640 : tensor<4x128xf32>
    %1642 = stablehlo.dot_general %1635, %arg215, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1643 = stablehlo.broadcast_in_dim %arg216, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1644 = stablehlo.add %1642, %1643 : tensor<4x128xf32>
    %1645 = stablehlo.reshape %1638 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %1646 = stablehlo.slice %1645 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1647 = stablehlo.slice %1645 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1648 = stablehlo.negate %1647 : tensor<4x14x32xf32>
    %1649 = stablehlo.concatenate %1648, %1646, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %1650 = stablehlo.multiply %1645, %43 : tensor<4x14x64xf32>
    %1651 = stablehlo.multiply %1649, %44 : tensor<4x14x64xf32>
    %1652 = stablehlo.add %1650, %1651 : tensor<4x14x64xf32>
    %1653 = stablehlo.reshape %1641 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1654 = stablehlo.slice %1653 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1655 = stablehlo.slice %1653 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1656 = stablehlo.negate %1655 : tensor<4x2x32xf32>
    %1657 = stablehlo.concatenate %1656, %1654, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %1658 = stablehlo.multiply %1653, %53 : tensor<4x2x64xf32>
    %1659 = stablehlo.multiply %1657, %54 : tensor<4x2x64xf32>
    %1660 = stablehlo.add %1658, %1659 : tensor<4x2x64xf32>
    %1661 = stablehlo.reshape %1644 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1662 = stablehlo.slice %1660 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1663 = stablehlo.slice %1661 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1664 = stablehlo.reshape %1662 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1665 = stablehlo.dynamic_update_slice %1589, %1664, %c_16, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1666 = stablehlo.reshape %1663 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1667 = stablehlo.dynamic_update_slice %1591, %1666, %c_16, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1668 = stablehlo.slice %1660 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1669 = stablehlo.slice %1661 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1670 = stablehlo.reshape %1668 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1671 = stablehlo.dynamic_update_slice %1665, %1670, %c_16, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1672 = stablehlo.reshape %1669 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1673 = stablehlo.dynamic_update_slice %1667, %1672, %c_16, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1674 = stablehlo.slice %1660 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1675 = stablehlo.slice %1661 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1676 = stablehlo.reshape %1674 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1677 = stablehlo.dynamic_update_slice %1671, %1676, %c_16, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1678 = stablehlo.reshape %1675 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1679 = stablehlo.dynamic_update_slice %1673, %1678, %c_16, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1680 = stablehlo.slice %1660 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1681 = stablehlo.slice %1661 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1682 = stablehlo.reshape %1680 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1683 = stablehlo.dynamic_update_slice %1677, %1682, %c_16, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1684 = stablehlo.reshape %1681 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1685 = stablehlo.dynamic_update_slice %1679, %1684, %c_16, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1686 = stablehlo.slice %1683 [17:18, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1687 = stablehlo.reshape %1686 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1688 = stablehlo.slice %1685 [17:18, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1689 = stablehlo.reshape %1688 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1690 = stablehlo.reshape %1652 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %1691 = stablehlo.dot_general %1690, %1687, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %1692 = stablehlo.multiply %1691, %89 : tensor<4x2x7x256xf32>
    %1693 = stablehlo.select %93, %1692, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %1694 = stablehlo.reduce(%1693 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1695 = stablehlo.broadcast_in_dim %1694, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1696 = stablehlo.subtract %1693, %1695 : tensor<4x2x7x256xf32>
    %1697 = stablehlo.exponential %1696 : tensor<4x2x7x256xf32>
    %1698 = stablehlo.reduce(%1697 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1699 = stablehlo.broadcast_in_dim %1698, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1700 = stablehlo.divide %1697, %1699 : tensor<4x2x7x256xf32>
    %1701 = stablehlo.dot_general %1700, %1689, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %1702 = stablehlo.reshape %1701 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %1703 = stablehlo.dot_general %1702, %arg217, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1704 = stablehlo.add %1626, %1703 : tensor<4x896xf32>
    %1705 = stablehlo.multiply %1704, %1704 : tensor<4x896xf32>
    %1706 = stablehlo.reduce(%1705 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1707 = stablehlo.divide %1706, %20 : tensor<4xf32>
    %1708 = stablehlo.add %1707, %22 : tensor<4xf32>
    %1709 = stablehlo.rsqrt %1708 : tensor<4xf32>
    %1710 = stablehlo.broadcast_in_dim %1709, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1711 = stablehlo.multiply %1704, %1710 : tensor<4x896xf32>
    %1712 = stablehlo.broadcast_in_dim %arg218, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1713 = stablehlo.multiply %1711, %1712 : tensor<4x896xf32>
    %1714 = stablehlo.dot_general %1713, %arg219, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1715 = stablehlo.dot_general %1713, %arg220, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1716 = stablehlo.logistic %1714 : tensor<4x4864xf32>
    %1717 = stablehlo.multiply %1714, %1716 : tensor<4x4864xf32>
    %1718 = stablehlo.multiply %1717, %1715 : tensor<4x4864xf32>
    %1719 = stablehlo.dot_general %1718, %arg221, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %1720 = stablehlo.add %1704, %1719 : tensor<4x896xf32>
    %1721 = stablehlo.multiply %1720, %1720 : tensor<4x896xf32>
    %1722 = stablehlo.reduce(%1721 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1723 = stablehlo.divide %1722, %20 : tensor<4xf32>
    %1724 = stablehlo.add %1723, %22 : tensor<4xf32>
    %1725 = stablehlo.rsqrt %1724 : tensor<4xf32>
    %1726 = stablehlo.broadcast_in_dim %1725, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1727 = stablehlo.multiply %1720, %1726 : tensor<4x896xf32>
    %1728 = stablehlo.broadcast_in_dim %arg222, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1729 = stablehlo.multiply %1727, %1728 : tensor<4x896xf32>
    %c_17 = stablehlo.constant dense<18> : tensor<i32>
    %1730 = stablehlo.dot_general %1729, %arg223, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1731 = stablehlo.broadcast_in_dim %arg224, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1732 = stablehlo.add %1730, %1731 : tensor<4x896xf32>
    %1733 = stablehlo.dot_general %1729, %arg225, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1734 = stablehlo.broadcast_in_dim %arg226, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1735 = stablehlo.add %1733, %1734 : tensor<4x128xf32>
    %1736 = stablehlo.dot_general %1729, %arg227, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1737 = stablehlo.broadcast_in_dim %arg228, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1738 = stablehlo.add %1736, %1737 : tensor<4x128xf32>
    %1739 = stablehlo.reshape %1732 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %1740 = stablehlo.slice %1739 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1741 = stablehlo.slice %1739 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1742 = stablehlo.negate %1741 : tensor<4x14x32xf32>
    %1743 = stablehlo.concatenate %1742, %1740, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %1744 = stablehlo.multiply %1739, %43 : tensor<4x14x64xf32>
    %1745 = stablehlo.multiply %1743, %44 : tensor<4x14x64xf32>
    %1746 = stablehlo.add %1744, %1745 : tensor<4x14x64xf32>
    %1747 = stablehlo.reshape %1735 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1748 = stablehlo.slice %1747 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1749 = stablehlo.slice %1747 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1750 = stablehlo.negate %1749 : tensor<4x2x32xf32>
    %1751 = stablehlo.concatenate %1750, %1748, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %1752 = stablehlo.multiply %1747, %53 : tensor<4x2x64xf32>
    %1753 = stablehlo.multiply %1751, %54 : tensor<4x2x64xf32>
    %1754 = stablehlo.add %1752, %1753 : tensor<4x2x64xf32>
    %1755 = stablehlo.reshape %1738 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1756 = stablehlo.slice %1754 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1757 = stablehlo.slice %1755 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1758 = stablehlo.reshape %1756 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1759 = stablehlo.dynamic_update_slice %1683, %1758, %c_17, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1760 = stablehlo.reshape %1757 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1761 = stablehlo.dynamic_update_slice %1685, %1760, %c_17, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1762 = stablehlo.slice %1754 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1763 = stablehlo.slice %1755 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1764 = stablehlo.reshape %1762 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1765 = stablehlo.dynamic_update_slice %1759, %1764, %c_17, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1766 = stablehlo.reshape %1763 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1767 = stablehlo.dynamic_update_slice %1761, %1766, %c_17, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1768 = stablehlo.slice %1754 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1769 = stablehlo.slice %1755 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1770 = stablehlo.reshape %1768 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1771 = stablehlo.dynamic_update_slice %1765, %1770, %c_17, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1772 = stablehlo.reshape %1769 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1773 = stablehlo.dynamic_update_slice %1767, %1772, %c_17, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1774 = stablehlo.slice %1754 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1775 = stablehlo.slice %1755 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1776 = stablehlo.reshape %1774 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1777 = stablehlo.dynamic_update_slice %1771, %1776, %c_17, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1778 = stablehlo.reshape %1775 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1779 = stablehlo.dynamic_update_slice %1773, %1778, %c_17, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1780 = stablehlo.slice %1777 [18:19, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1781 = stablehlo.reshape %1780 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1782 = stablehlo.slice %1779 [18:19, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1783 = stablehlo.reshape %1782 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1784 = stablehlo.reshape %1746 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %1785 = stablehlo.dot_general %1784, %1781, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %1786 = stablehlo.multiply %1785, %89 : tensor<4x2x7x256xf32>
    %1787 = stablehlo.select %93, %1786, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %1788 = stablehlo.reduce(%1787 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1789 = stablehlo.broadcast_in_dim %1788, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1790 = stablehlo.subtract %1787, %1789 : tensor<4x2x7x256xf32>
    %1791 = stablehlo.exponential %1790 : tensor<4x2x7x256xf32>
    %1792 = stablehlo.reduce(%1791 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1793 = stablehlo.broadcast_in_dim %1792, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1794 = stablehlo.divide %1791, %1793 : tensor<4x2x7x256xf32>
    %1795 = stablehlo.dot_general %1794, %1783, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %1796 = stablehlo.reshape %1795 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %1797 = stablehlo.dot_general %1796, %arg229, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1798 = stablehlo.add %1720, %1797 : tensor<4x896xf32>
    %1799 = stablehlo.multiply %1798, %1798 : tensor<4x896xf32>
    %1800 = stablehlo.reduce(%1799 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1801 = stablehlo.divide %1800, %20 : tensor<4xf32>
    %1802 = stablehlo.add %1801, %22 : tensor<4xf32>
    %1803 = stablehlo.rsqrt %1802 : tensor<4xf32>
    %1804 = stablehlo.broadcast_in_dim %1803, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1805 = stablehlo.multiply %1798, %1804 : tensor<4x896xf32>
    %1806 = stablehlo.broadcast_in_dim %arg230, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1807 = stablehlo.multiply %1805, %1806 : tensor<4x896xf32>
    %1808 = stablehlo.dot_general %1807, %arg231, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1809 = stablehlo.dot_general %1807, %arg232, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1810 = stablehlo.logistic %1808 : tensor<4x4864xf32>
    %1811 = stablehlo.multiply %1808, %1810 : tensor<4x4864xf32>
    %1812 = stablehlo.multiply %1811, %1809 : tensor<4x4864xf32>
    %1813 = stablehlo.dot_general %1812, %arg233, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %1814 = stablehlo.add %1798, %1813 : tensor<4x896xf32>
    %1815 = stablehlo.multiply %1814, %1814 : tensor<4x896xf32>
    %1816 = stablehlo.reduce(%1815 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1817 = stablehlo.divide %1816, %20 : tensor<4xf32>
    %1818 = stablehlo.add %1817, %22 : tensor<4xf32>
    %1819 = stablehlo.rsqrt %1818 : tensor<4xf32>
    %1820 = stablehlo.broadcast_in_dim %1819, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1821 = stablehlo.multiply %1814, %1820 : tensor<4x896xf32>
    %1822 = stablehlo.broadcast_in_dim %arg234, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1823 = stablehlo.multiply %1821, %1822 : tensor<4x896xf32>
    %c_18 = stablehlo.constant dense<19> : tensor<i32>
    %1824 = stablehlo.dot_general %1823, %arg235, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1825 = stablehlo.broadcast_in_dim %arg236, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1826 = stablehlo.add %1824, %1825 : tensor<4x896xf32>
    %1827 = stablehlo.dot_general %1823, %arg237, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1828 = stablehlo.broadcast_in_dim %arg238, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1829 = stablehlo.add %1827, %1828 : tensor<4x128xf32>
    %1830 = stablehlo.dot_general %1823, %arg239, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1831 = stablehlo.broadcast_in_dim %arg240, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1832 = stablehlo.add %1830, %1831 : tensor<4x128xf32>
    %1833 = stablehlo.reshape %1826 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %1834 = stablehlo.slice %1833 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1835 = stablehlo.slice %1833 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1836 = stablehlo.negate %1835 : tensor<4x14x32xf32>
    %1837 = stablehlo.concatenate %1836, %1834, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %1838 = stablehlo.multiply %1833, %43 : tensor<4x14x64xf32>
    %1839 = stablehlo.multiply %1837, %44 : tensor<4x14x64xf32>
    %1840 = stablehlo.add %1838, %1839 : tensor<4x14x64xf32>
    %1841 = stablehlo.reshape %1829 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1842 = stablehlo.slice %1841 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1843 = stablehlo.slice %1841 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1844 = stablehlo.negate %1843 : tensor<4x2x32xf32>
    %1845 = stablehlo.concatenate %1844, %1842, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %1846 = stablehlo.multiply %1841, %53 : tensor<4x2x64xf32>
    %1847 = stablehlo.multiply %1845, %54 : tensor<4x2x64xf32>
    %1848 = stablehlo.add %1846, %1847 : tensor<4x2x64xf32>
    %1849 = stablehlo.reshape %1832 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1850 = stablehlo.slice %1848 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1851 = stablehlo.slice %1849 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1852 = stablehlo.reshape %1850 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1853 = stablehlo.dynamic_update_slice %1777, %1852, %c_18, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1854 = stablehlo.reshape %1851 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1855 = stablehlo.dynamic_update_slice %1779, %1854, %c_18, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1856 = stablehlo.slice %1848 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1857 = stablehlo.slice %1849 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1858 = stablehlo.reshape %1856 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1859 = stablehlo.dynamic_update_slice %1853, %1858, %c_18, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1860 = stablehlo.reshape %1857 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1861 = stablehlo.dynamic_update_slice %1855, %1860, %c_18, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1862 = stablehlo.slice %1848 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1863 = stablehlo.slice %1849 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1864 = stablehlo.reshape %1862 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1865 = stablehlo.dynamic_update_slice %1859, %1864, %c_18, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1866 = stablehlo.reshape %1863 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1867 = stablehlo.dynamic_update_slice %1861, %1866, %c_18, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1868 = stablehlo.slice %1848 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1869 = stablehlo.slice %1849 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1870 = stablehlo.reshape %1868 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1871 = stablehlo.dynamic_update_slice %1865, %1870, %c_18, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1872 = stablehlo.reshape %1869 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1873 = stablehlo.dynamic_update_slice %1867, %1872, %c_18, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1874 = stablehlo.slice %1871 [19:20, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1875 = stablehlo.reshape %1874 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1876 = stablehlo.slice %1873 [19:20, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1877 = stablehlo.reshape %1876 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1878 = stablehlo.reshape %1840 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %1879 = stablehlo.dot_general %1878, %1875, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %1880 = stablehlo.multiply %1879, %89 : tensor<4x2x7x256xf32>
    %1881 = stablehlo.select %93, %1880, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %1882 = stablehlo.reduce(%1881 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1883 = stablehlo.broadcast_in_dim %1882, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1884 = stablehlo.subtract %1881, %1883 : tensor<4x2x7x256xf32>
    %1885 = stablehlo.exponential %1884 : tensor<4x2x7x256xf32>
    %1886 = stablehlo.reduce(%1885 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1887 = stablehlo.broadcast_in_dim %1886, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1888 = stablehlo.divide %1885, %1887 : tensor<4x2x7x256xf32>
    %1889 = stablehlo.dot_general %1888, %1877, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %1890 = stablehlo.reshape %1889 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %1891 = stablehlo.dot_general %1890, %arg241, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1892 = stablehlo.add %1814, %1891 : tensor<4x896xf32>
    %1893 = stablehlo.multiply %1892, %1892 : tensor<4x896xf32>
    %1894 = stablehlo.reduce(%1893 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1895 = stablehlo.divide %1894, %20 : tensor<4xf32>
    %1896 = stablehlo.add %1895, %22 : tensor<4xf32>
    %1897 = stablehlo.rsqrt %1896 : tensor<4xf32>
    %1898 = stablehlo.broadcast_in_dim %1897, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1899 = stablehlo.multiply %1892, %1898 : tensor<4x896xf32>
    %1900 = stablehlo.broadcast_in_dim %arg242, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1901 = stablehlo.multiply %1899, %1900 : tensor<4x896xf32>
    %1902 = stablehlo.dot_general %1901, %arg243, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1903 = stablehlo.dot_general %1901, %arg244, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1904 = stablehlo.logistic %1902 : tensor<4x4864xf32>
    %1905 = stablehlo.multiply %1902, %1904 : tensor<4x4864xf32>
    %1906 = stablehlo.multiply %1905, %1903 : tensor<4x4864xf32>
    %1907 = stablehlo.dot_general %1906, %arg245, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %1908 = stablehlo.add %1892, %1907 : tensor<4x896xf32>
    %1909 = stablehlo.multiply %1908, %1908 : tensor<4x896xf32>
    %1910 = stablehlo.reduce(%1909 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1911 = stablehlo.divide %1910, %20 : tensor<4xf32>
    %1912 = stablehlo.add %1911, %22 : tensor<4xf32>
    %1913 = stablehlo.rsqrt %1912 : tensor<4xf32>
    %1914 = stablehlo.broadcast_in_dim %1913, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1915 = stablehlo.multiply %1908, %1914 : tensor<4x896xf32>
    %1916 = stablehlo.broadcast_in_dim %arg246, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1917 = stablehlo.multiply %1915, %1916 : tensor<4x896xf32>
    %c_19 = stablehlo.constant dense<20> : tensor<i32>
    %1918 = stablehlo.dot_general %1917, %arg247, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1919 = stablehlo.broadcast_in_dim %arg248, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1920 = stablehlo.add %1918, %1919 : tensor<4x896xf32>
    %1921 = stablehlo.dot_general %1917, %arg249, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1922 = stablehlo.broadcast_in_dim %arg250, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1923 = stablehlo.add %1921, %1922 : tensor<4x128xf32>
    %1924 = stablehlo.dot_general %1917, %arg251, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %1925 = stablehlo.broadcast_in_dim %arg252, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %1926 = stablehlo.add %1924, %1925 : tensor<4x128xf32>
    %1927 = stablehlo.reshape %1920 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %1928 = stablehlo.slice %1927 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1929 = stablehlo.slice %1927 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %1930 = stablehlo.negate %1929 : tensor<4x14x32xf32>
    %1931 = stablehlo.concatenate %1930, %1928, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %1932 = stablehlo.multiply %1927, %43 : tensor<4x14x64xf32>
    %1933 = stablehlo.multiply %1931, %44 : tensor<4x14x64xf32>
    %1934 = stablehlo.add %1932, %1933 : tensor<4x14x64xf32>
    %1935 = stablehlo.reshape %1923 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1936 = stablehlo.slice %1935 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1937 = stablehlo.slice %1935 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %1938 = stablehlo.negate %1937 : tensor<4x2x32xf32>
    %1939 = stablehlo.concatenate %1938, %1936, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %1940 = stablehlo.multiply %1935, %53 : tensor<4x2x64xf32>
    %1941 = stablehlo.multiply %1939, %54 : tensor<4x2x64xf32>
    %1942 = stablehlo.add %1940, %1941 : tensor<4x2x64xf32>
    %1943 = stablehlo.reshape %1926 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %1944 = stablehlo.slice %1942 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1945 = stablehlo.slice %1943 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1946 = stablehlo.reshape %1944 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1947 = stablehlo.dynamic_update_slice %1871, %1946, %c_19, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1948 = stablehlo.reshape %1945 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1949 = stablehlo.dynamic_update_slice %1873, %1948, %c_19, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1950 = stablehlo.slice %1942 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1951 = stablehlo.slice %1943 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1952 = stablehlo.reshape %1950 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1953 = stablehlo.dynamic_update_slice %1947, %1952, %c_19, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1954 = stablehlo.reshape %1951 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1955 = stablehlo.dynamic_update_slice %1949, %1954, %c_19, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1956 = stablehlo.slice %1942 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1957 = stablehlo.slice %1943 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1958 = stablehlo.reshape %1956 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1959 = stablehlo.dynamic_update_slice %1953, %1958, %c_19, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1960 = stablehlo.reshape %1957 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1961 = stablehlo.dynamic_update_slice %1955, %1960, %c_19, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1962 = stablehlo.slice %1942 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1963 = stablehlo.slice %1943 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %1964 = stablehlo.reshape %1962 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1965 = stablehlo.dynamic_update_slice %1959, %1964, %c_19, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1966 = stablehlo.reshape %1963 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %1967 = stablehlo.dynamic_update_slice %1961, %1966, %c_19, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %1968 = stablehlo.slice %1965 [20:21, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1969 = stablehlo.reshape %1968 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1970 = stablehlo.slice %1967 [20:21, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %1971 = stablehlo.reshape %1970 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %1972 = stablehlo.reshape %1934 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %1973 = stablehlo.dot_general %1972, %1969, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %1974 = stablehlo.multiply %1973, %89 : tensor<4x2x7x256xf32>
    %1975 = stablehlo.select %93, %1974, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %1976 = stablehlo.reduce(%1975 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1977 = stablehlo.broadcast_in_dim %1976, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1978 = stablehlo.subtract %1975, %1977 : tensor<4x2x7x256xf32>
    %1979 = stablehlo.exponential %1978 : tensor<4x2x7x256xf32>
    %1980 = stablehlo.reduce(%1979 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %1981 = stablehlo.broadcast_in_dim %1980, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %1982 = stablehlo.divide %1979, %1981 : tensor<4x2x7x256xf32>
    %1983 = stablehlo.dot_general %1982, %1971, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %1984 = stablehlo.reshape %1983 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %1985 = stablehlo.dot_general %1984, %arg253, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %1986 = stablehlo.add %1908, %1985 : tensor<4x896xf32>
    %1987 = stablehlo.multiply %1986, %1986 : tensor<4x896xf32>
    %1988 = stablehlo.reduce(%1987 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %1989 = stablehlo.divide %1988, %20 : tensor<4xf32>
    %1990 = stablehlo.add %1989, %22 : tensor<4xf32>
    %1991 = stablehlo.rsqrt %1990 : tensor<4xf32>
    %1992 = stablehlo.broadcast_in_dim %1991, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %1993 = stablehlo.multiply %1986, %1992 : tensor<4x896xf32>
    %1994 = stablehlo.broadcast_in_dim %arg254, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %1995 = stablehlo.multiply %1993, %1994 : tensor<4x896xf32>
    %1996 = stablehlo.dot_general %1995, %arg255, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1997 = stablehlo.dot_general %1995, %arg256, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %1998 = stablehlo.logistic %1996 : tensor<4x4864xf32>
    %1999 = stablehlo.multiply %1996, %1998 : tensor<4x4864xf32>
    %2000 = stablehlo.multiply %1999, %1997 : tensor<4x4864xf32>
    %2001 = stablehlo.dot_general %2000, %arg257, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %2002 = stablehlo.add %1986, %2001 : tensor<4x896xf32>
    %2003 = stablehlo.multiply %2002, %2002 : tensor<4x896xf32>
    %2004 = stablehlo.reduce(%2003 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %2005 = stablehlo.divide %2004, %20 : tensor<4xf32>
    %2006 = stablehlo.add %2005, %22 : tensor<4xf32>
    %2007 = stablehlo.rsqrt %2006 : tensor<4xf32>
    %2008 = stablehlo.broadcast_in_dim %2007, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %2009 = stablehlo.multiply %2002, %2008 : tensor<4x896xf32>
    %2010 = stablehlo.broadcast_in_dim %arg258, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %2011 = stablehlo.multiply %2009, %2010 : tensor<4x896xf32>
    %c_20 = stablehlo.constant dense<21> : tensor<i32>
    %2012 = stablehlo.dot_general %2011, %arg259, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %2013 = stablehlo.broadcast_in_dim %arg260, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %2014 = stablehlo.add %2012, %2013 : tensor<4x896xf32>
    %2015 = stablehlo.dot_general %2011, %arg261, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %2016 = stablehlo.broadcast_in_dim %arg262, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %2017 = stablehlo.add %2015, %2016 : tensor<4x128xf32>
    %2018 = stablehlo.dot_general %2011, %arg263, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %2019 = stablehlo.broadcast_in_dim %arg264, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %2020 = stablehlo.add %2018, %2019 : tensor<4x128xf32>
    %2021 = stablehlo.reshape %2014 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %2022 = stablehlo.slice %2021 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %2023 = stablehlo.slice %2021 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %2024 = stablehlo.negate %2023 : tensor<4x14x32xf32>
    %2025 = stablehlo.concatenate %2024, %2022, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %2026 = stablehlo.multiply %2021, %43 : tensor<4x14x64xf32>
    %2027 = stablehlo.multiply %2025, %44 : tensor<4x14x64xf32>
    %2028 = stablehlo.add %2026, %2027 : tensor<4x14x64xf32>
    %2029 = stablehlo.reshape %2017 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %2030 = stablehlo.slice %2029 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %2031 = stablehlo.slice %2029 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %2032 = stablehlo.negate %2031 : tensor<4x2x32xf32>
    %2033 = stablehlo.concatenate %2032, %2030, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %2034 = stablehlo.multiply %2029, %53 : tensor<4x2x64xf32>
    %2035 = stablehlo.multiply %2033, %54 : tensor<4x2x64xf32>
    %2036 = stablehlo.add %2034, %2035 : tensor<4x2x64xf32>
    %2037 = stablehlo.reshape %2020 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %2038 = stablehlo.slice %2036 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2039 = stablehlo.slice %2037 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2040 = stablehlo.reshape %2038 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2041 = stablehlo.dynamic_update_slice %1965, %2040, %c_20, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2042 = stablehlo.reshape %2039 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2043 = stablehlo.dynamic_update_slice %1967, %2042, %c_20, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2044 = stablehlo.slice %2036 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2045 = stablehlo.slice %2037 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2046 = stablehlo.reshape %2044 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2047 = stablehlo.dynamic_update_slice %2041, %2046, %c_20, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2048 = stablehlo.reshape %2045 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2049 = stablehlo.dynamic_update_slice %2043, %2048, %c_20, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2050 = stablehlo.slice %2036 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2051 = stablehlo.slice %2037 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2052 = stablehlo.reshape %2050 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2053 = stablehlo.dynamic_update_slice %2047, %2052, %c_20, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2054 = stablehlo.reshape %2051 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2055 = stablehlo.dynamic_update_slice %2049, %2054, %c_20, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2056 = stablehlo.slice %2036 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2057 = stablehlo.slice %2037 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2058 = stablehlo.reshape %2056 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2059 = stablehlo.dynamic_update_slice %2053, %2058, %c_20, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2060 = stablehlo.reshape %2057 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2061 = stablehlo.dynamic_update_slice %2055, %2060, %c_20, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2062 = stablehlo.slice %2059 [21:22, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %2063 = stablehlo.reshape %2062 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %2064 = stablehlo.slice %2061 [21:22, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %2065 = stablehlo.reshape %2064 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %2066 = stablehlo.reshape %2028 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %2067 = stablehlo.dot_general %2066, %2063, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %2068 = stablehlo.multiply %2067, %89 : tensor<4x2x7x256xf32>
    %2069 = stablehlo.select %93, %2068, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %2070 = stablehlo.reduce(%2069 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %2071 = stablehlo.broadcast_in_dim %2070, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %2072 = stablehlo.subtract %2069, %2071 : tensor<4x2x7x256xf32>
    %2073 = stablehlo.exponential %2072 : tensor<4x2x7x256xf32>
    %2074 = stablehlo.reduce(%2073 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %2075 = stablehlo.broadcast_in_dim %2074, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %2076 = stablehlo.divide %2073, %2075 : tensor<4x2x7x256xf32>
    %2077 = stablehlo.dot_general %2076, %2065, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %2078 = stablehlo.reshape %2077 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %2079 = stablehlo.dot_general %2078, %arg265, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %2080 = stablehlo.add %2002, %2079 : tensor<4x896xf32>
    %2081 = stablehlo.multiply %2080, %2080 : tensor<4x896xf32>
    %2082 = stablehlo.reduce(%2081 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %2083 = stablehlo.divide %2082, %20 : tensor<4xf32>
    %2084 = stablehlo.add %2083, %22 : tensor<4xf32>
    %2085 = stablehlo.rsqrt %2084 : tensor<4xf32>
    %2086 = stablehlo.broadcast_in_dim %2085, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %2087 = stablehlo.multiply %2080, %2086 : tensor<4x896xf32>
    %2088 = stablehlo.broadcast_in_dim %arg266, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %2089 = stablehlo.multiply %2087, %2088 : tensor<4x896xf32>
    %2090 = stablehlo.dot_general %2089, %arg267, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %2091 = stablehlo.dot_general %2089, %arg268, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %2092 = stablehlo.logistic %2090 : tensor<4x4864xf32>
    %2093 = stablehlo.multiply %2090, %2092 : tensor<4x4864xf32>
    %2094 = stablehlo.multiply %2093, %2091 : tensor<4x4864xf32>
    %2095 = stablehlo.dot_general %2094, %arg269, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %2096 = stablehlo.add %2080, %2095 : tensor<4x896xf32>
    %2097 = stablehlo.multiply %2096, %2096 : tensor<4x896xf32>
    %2098 = stablehlo.reduce(%2097 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %2099 = stablehlo.divide %2098, %20 : tensor<4xf32>
    %2100 = stablehlo.add %2099, %22 : tensor<4xf32>
    %2101 = stablehlo.rsqrt %2100 : tensor<4xf32>
    %2102 = stablehlo.broadcast_in_dim %2101, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %2103 = stablehlo.multiply %2096, %2102 : tensor<4x896xf32>
    %2104 = stablehlo.broadcast_in_dim %arg270, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %2105 = stablehlo.multiply %2103, %2104 : tensor<4x896xf32>
    %c_21 = stablehlo.constant dense<22> : tensor<i32>
    %2106 = stablehlo.dot_general %2105, %arg271, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %2107 = stablehlo.broadcast_in_dim %arg272, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %2108 = stablehlo.add %2106, %2107 : tensor<4x896xf32>
    %2109 = stablehlo.dot_general %2105, %arg273, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %2110 = stablehlo.broadcast_in_dim %arg274, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %2111 = stablehlo.add %2109, %2110 : tensor<4x128xf32>
    %2112 = stablehlo.dot_general %2105, %arg275, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %2113 = stablehlo.broadcast_in_dim %arg276, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %2114 = stablehlo.add %2112, %2113 : tensor<4x128xf32>
    %2115 = stablehlo.reshape %2108 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %2116 = stablehlo.slice %2115 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %2117 = stablehlo.slice %2115 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %2118 = stablehlo.negate %2117 : tensor<4x14x32xf32>
    %2119 = stablehlo.concatenate %2118, %2116, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %2120 = stablehlo.multiply %2115, %43 : tensor<4x14x64xf32>
    %2121 = stablehlo.multiply %2119, %44 : tensor<4x14x64xf32>
    %2122 = stablehlo.add %2120, %2121 : tensor<4x14x64xf32>
    %2123 = stablehlo.reshape %2111 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %2124 = stablehlo.slice %2123 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %2125 = stablehlo.slice %2123 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %2126 = stablehlo.negate %2125 : tensor<4x2x32xf32>
    %2127 = stablehlo.concatenate %2126, %2124, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %2128 = stablehlo.multiply %2123, %53 : tensor<4x2x64xf32>
    %2129 = stablehlo.multiply %2127, %54 : tensor<4x2x64xf32>
    %2130 = stablehlo.add %2128, %2129 : tensor<4x2x64xf32>
    %2131 = stablehlo.reshape %2114 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %2132 = stablehlo.slice %2130 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2133 = stablehlo.slice %2131 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2134 = stablehlo.reshape %2132 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2135 = stablehlo.dynamic_update_slice %2059, %2134, %c_21, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2136 = stablehlo.reshape %2133 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2137 = stablehlo.dynamic_update_slice %2061, %2136, %c_21, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2138 = stablehlo.slice %2130 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2139 = stablehlo.slice %2131 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2140 = stablehlo.reshape %2138 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2141 = stablehlo.dynamic_update_slice %2135, %2140, %c_21, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2142 = stablehlo.reshape %2139 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2143 = stablehlo.dynamic_update_slice %2137, %2142, %c_21, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2144 = stablehlo.slice %2130 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2145 = stablehlo.slice %2131 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2146 = stablehlo.reshape %2144 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2147 = stablehlo.dynamic_update_slice %2141, %2146, %c_21, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2148 = stablehlo.reshape %2145 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2149 = stablehlo.dynamic_update_slice %2143, %2148, %c_21, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2150 = stablehlo.slice %2130 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2151 = stablehlo.slice %2131 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2152 = stablehlo.reshape %2150 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2153 = stablehlo.dynamic_update_slice %2147, %2152, %c_21, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2154 = stablehlo.reshape %2151 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2155 = stablehlo.dynamic_update_slice %2149, %2154, %c_21, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2156 = stablehlo.slice %2153 [22:23, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %2157 = stablehlo.reshape %2156 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %2158 = stablehlo.slice %2155 [22:23, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %2159 = stablehlo.reshape %2158 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %2160 = stablehlo.reshape %2122 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %2161 = stablehlo.dot_general %2160, %2157, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %2162 = stablehlo.multiply %2161, %89 : tensor<4x2x7x256xf32>
    %2163 = stablehlo.select %93, %2162, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %2164 = stablehlo.reduce(%2163 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %2165 = stablehlo.broadcast_in_dim %2164, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %2166 = stablehlo.subtract %2163, %2165 : tensor<4x2x7x256xf32>
    %2167 = stablehlo.exponential %2166 : tensor<4x2x7x256xf32>
    %2168 = stablehlo.reduce(%2167 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %2169 = stablehlo.broadcast_in_dim %2168, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %2170 = stablehlo.divide %2167, %2169 : tensor<4x2x7x256xf32>
    %2171 = stablehlo.dot_general %2170, %2159, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %2172 = stablehlo.reshape %2171 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %2173 = stablehlo.dot_general %2172, %arg277, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %2174 = stablehlo.add %2096, %2173 : tensor<4x896xf32>
    %2175 = stablehlo.multiply %2174, %2174 : tensor<4x896xf32>
    %2176 = stablehlo.reduce(%2175 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %2177 = stablehlo.divide %2176, %20 : tensor<4xf32>
    %2178 = stablehlo.add %2177, %22 : tensor<4xf32>
    %2179 = stablehlo.rsqrt %2178 : tensor<4xf32>
    %2180 = stablehlo.broadcast_in_dim %2179, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %2181 = stablehlo.multiply %2174, %2180 : tensor<4x896xf32>
    %2182 = stablehlo.broadcast_in_dim %arg278, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %2183 = stablehlo.multiply %2181, %2182 : tensor<4x896xf32>
    %2184 = stablehlo.dot_general %2183, %arg279, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %2185 = stablehlo.dot_general %2183, %arg280, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %2186 = stablehlo.logistic %2184 : tensor<4x4864xf32>
    %2187 = stablehlo.multiply %2184, %2186 : tensor<4x4864xf32>
    %2188 = stablehlo.multiply %2187, %2185 : tensor<4x4864xf32>
    %2189 = stablehlo.dot_general %2188, %arg281, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %2190 = stablehlo.add %2174, %2189 : tensor<4x896xf32>
    %2191 = stablehlo.multiply %2190, %2190 : tensor<4x896xf32>
    %2192 = stablehlo.reduce(%2191 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %2193 = stablehlo.divide %2192, %20 : tensor<4xf32>
    %2194 = stablehlo.add %2193, %22 : tensor<4xf32>
    %2195 = stablehlo.rsqrt %2194 : tensor<4xf32>
    %2196 = stablehlo.broadcast_in_dim %2195, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %2197 = stablehlo.multiply %2190, %2196 : tensor<4x896xf32>
    %2198 = stablehlo.broadcast_in_dim %arg282, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %2199 = stablehlo.multiply %2197, %2198 : tensor<4x896xf32>
    %c_22 = stablehlo.constant dense<23> : tensor<i32>
    %2200 = stablehlo.dot_general %2199, %arg283, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %2201 = stablehlo.broadcast_in_dim %arg284, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %2202 = stablehlo.add %2200, %2201 : tensor<4x896xf32>
    %2203 = stablehlo.dot_general %2199, %arg285, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %2204 = stablehlo.broadcast_in_dim %arg286, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %2205 = stablehlo.add %2203, %2204 : tensor<4x128xf32>
    %2206 = stablehlo.dot_general %2199, %arg287, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<128x896xf32>) -> tensor<4x128xf32>
    %2207 = stablehlo.broadcast_in_dim %arg288, dims = [1] : (tensor<128xf32>) -> tensor<4x128xf32>
    %2208 = stablehlo.add %2206, %2207 : tensor<4x128xf32>
    %2209 = stablehlo.reshape %2202 : (tensor<4x896xf32>) -> tensor<4x14x64xf32>
    %2210 = stablehlo.slice %2209 [0:4, 0:14, 0:32] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %2211 = stablehlo.slice %2209 [0:4, 0:14, 32:64] : (tensor<4x14x64xf32>) -> tensor<4x14x32xf32>
    %2212 = stablehlo.negate %2211 : tensor<4x14x32xf32>
    %2213 = stablehlo.concatenate %2212, %2210, dim = 2 : (tensor<4x14x32xf32>, tensor<4x14x32xf32>) -> tensor<4x14x64xf32>
    %2214 = stablehlo.multiply %2209, %43 : tensor<4x14x64xf32>
    %2215 = stablehlo.multiply %2213, %44 : tensor<4x14x64xf32>
    %2216 = stablehlo.add %2214, %2215 : tensor<4x14x64xf32>
    %2217 = stablehlo.reshape %2205 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %2218 = stablehlo.slice %2217 [0:4, 0:2, 0:32] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %2219 = stablehlo.slice %2217 [0:4, 0:2, 32:64] : (tensor<4x2x64xf32>) -> tensor<4x2x32xf32>
    %2220 = stablehlo.negate %2219 : tensor<4x2x32xf32>
    %2221 = stablehlo.concatenate %2220, %2218, dim = 2 : (tensor<4x2x32xf32>, tensor<4x2x32xf32>) -> tensor<4x2x64xf32>
    %2222 = stablehlo.multiply %2217, %53 : tensor<4x2x64xf32>
    %2223 = stablehlo.multiply %2221, %54 : tensor<4x2x64xf32>
    %2224 = stablehlo.add %2222, %2223 : tensor<4x2x64xf32>
    %2225 = stablehlo.reshape %2208 : (tensor<4x128xf32>) -> tensor<4x2x64xf32>
    %2226 = stablehlo.slice %2224 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2227 = stablehlo.slice %2225 [0:1, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2228 = stablehlo.reshape %2226 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2229 = stablehlo.dynamic_update_slice %2153, %2228, %c_22, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2230 = stablehlo.reshape %2227 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2231 = stablehlo.dynamic_update_slice %2155, %2230, %c_22, %c, %1, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2232 = stablehlo.slice %2224 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2233 = stablehlo.slice %2225 [1:2, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2234 = stablehlo.reshape %2232 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2235 = stablehlo.dynamic_update_slice %2229, %2234, %c_22, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2236 = stablehlo.reshape %2233 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2237 = stablehlo.dynamic_update_slice %2231, %2236, %c_22, %c_0, %3, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2238 = stablehlo.slice %2224 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2239 = stablehlo.slice %2225 [2:3, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2240 = stablehlo.reshape %2238 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2241 = stablehlo.dynamic_update_slice %2235, %2240, %c_22, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2242 = stablehlo.reshape %2239 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2243 = stablehlo.dynamic_update_slice %2237, %2242, %c_22, %c_1, %5, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2244 = stablehlo.slice %2224 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2245 = stablehlo.slice %2225 [3:4, 0:2, 0:64] : (tensor<4x2x64xf32>) -> tensor<1x2x64xf32>
    %2246 = stablehlo.reshape %2244 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2247 = stablehlo.dynamic_update_slice %2241, %2246, %c_22, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2248 = stablehlo.reshape %2245 : (tensor<1x2x64xf32>) -> tensor<1x1x1x2x64xf32>
    %2249 = stablehlo.dynamic_update_slice %2243, %2248, %c_22, %c_2, %7, %c, %c : (tensor<24x4x256x2x64xf32>, tensor<1x1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x4x256x2x64xf32>
    %2250 = stablehlo.slice %2247 [23:24, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %2251 = stablehlo.reshape %2250 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %2252 = stablehlo.slice %2249 [23:24, 0:4, 0:256, 0:2, 0:64] : (tensor<24x4x256x2x64xf32>) -> tensor<1x4x256x2x64xf32>
    %2253 = stablehlo.reshape %2252 : (tensor<1x4x256x2x64xf32>) -> tensor<4x256x2x64xf32>
    %2254 = stablehlo.reshape %2216 : (tensor<4x14x64xf32>) -> tensor<4x2x7x64xf32>
    %2255 = stablehlo.dot_general %2254, %2251, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<4x2x7x64xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x256xf32>
    %2256 = stablehlo.multiply %2255, %89 : tensor<4x2x7x256xf32>
    %2257 = stablehlo.select %93, %2256, %94 : tensor<4x2x7x256xi1>, tensor<4x2x7x256xf32>
    %2258 = stablehlo.reduce(%2257 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %2259 = stablehlo.broadcast_in_dim %2258, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %2260 = stablehlo.subtract %2257, %2259 : tensor<4x2x7x256xf32>
    %2261 = stablehlo.exponential %2260 : tensor<4x2x7x256xf32>
    %2262 = stablehlo.reduce(%2261 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<4x2x7x256xf32>, tensor<f32>) -> tensor<4x2x7xf32>
    %2263 = stablehlo.broadcast_in_dim %2262, dims = [0, 1, 2] : (tensor<4x2x7xf32>) -> tensor<4x2x7x256xf32>
    %2264 = stablehlo.divide %2261, %2263 : tensor<4x2x7x256xf32>
    %2265 = stablehlo.dot_general %2264, %2253, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<4x2x7x256xf32>, tensor<4x256x2x64xf32>) -> tensor<4x2x7x64xf32>
    %2266 = stablehlo.reshape %2265 : (tensor<4x2x7x64xf32>) -> tensor<4x896xf32>
    %2267 = stablehlo.dot_general %2266, %arg289, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<896x896xf32>) -> tensor<4x896xf32>
    %2268 = stablehlo.add %2190, %2267 : tensor<4x896xf32>
    %2269 = stablehlo.multiply %2268, %2268 : tensor<4x896xf32>
    %2270 = stablehlo.reduce(%2269 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %2271 = stablehlo.divide %2270, %20 : tensor<4xf32>
    %2272 = stablehlo.add %2271, %22 : tensor<4xf32>
    %2273 = stablehlo.rsqrt %2272 : tensor<4xf32>
    %2274 = stablehlo.broadcast_in_dim %2273, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %2275 = stablehlo.multiply %2268, %2274 : tensor<4x896xf32>
    %2276 = stablehlo.broadcast_in_dim %arg290, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %2277 = stablehlo.multiply %2275, %2276 : tensor<4x896xf32>
    %2278 = stablehlo.dot_general %2277, %arg291, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %2279 = stablehlo.dot_general %2277, %arg292, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<4864x896xf32>) -> tensor<4x4864xf32>
    %2280 = stablehlo.logistic %2278 : tensor<4x4864xf32>
    %2281 = stablehlo.multiply %2278, %2280 : tensor<4x4864xf32>
    %2282 = stablehlo.multiply %2281, %2279 : tensor<4x4864xf32>
    %2283 = stablehlo.dot_general %2282, %arg293, contracting_dims = [1] x [1] : (tensor<4x4864xf32>, tensor<896x4864xf32>) -> tensor<4x896xf32>
    %2284 = stablehlo.add %2268, %2283 : tensor<4x896xf32>
    %2285 = stablehlo.multiply %2284, %2284 : tensor<4x896xf32>
    %2286 = stablehlo.reduce(%2285 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x896xf32>, tensor<f32>) -> tensor<4xf32>
    %2287 = stablehlo.divide %2286, %20 : tensor<4xf32>
    %2288 = stablehlo.add %2287, %22 : tensor<4xf32>
    %2289 = stablehlo.rsqrt %2288 : tensor<4xf32>
    %2290 = stablehlo.broadcast_in_dim %2289, dims = [0] : (tensor<4xf32>) -> tensor<4x896xf32>
    %2291 = stablehlo.multiply %2284, %2290 : tensor<4x896xf32>
    %2292 = stablehlo.broadcast_in_dim %arg294, dims = [1] : (tensor<896xf32>) -> tensor<4x896xf32>
    %2293 = stablehlo.multiply %2291, %2292 : tensor<4x896xf32>
    %2294 = stablehlo.dot_general %2293, %arg5, contracting_dims = [1] x [1] : (tensor<4x896xf32>, tensor<151936x896xf32>) -> tensor<4x151936xf32>
    %2295 = stablehlo.iota dim = 1 : tensor<4x151936xi32>
    %2296:2 = stablehlo.reduce(%2294 init: %cst_4), (%2295 init: %c) across dimensions = [1] : (tensor<4x151936xf32>, tensor<4x151936xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg295: tensor<f32>, %arg297: tensor<f32>) (%arg296: tensor<i32>, %arg298: tensor<i32>)  {
      %2297 = stablehlo.compare  GT, %arg295, %arg297,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %2298 = stablehlo.compare  NE, %arg295, %arg295,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %2299 = stablehlo.or %2297, %2298 : tensor<i1>
      %2300 = stablehlo.compare  EQ, %arg295, %arg297,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %2301 = stablehlo.compare  LT, %arg296, %arg298,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2302 = stablehlo.and %2300, %2301 : tensor<i1>
      %2303 = stablehlo.or %2299, %2302 : tensor<i1>
      %2304 = stablehlo.select %2299, %arg295, %arg297 : tensor<i1>, tensor<f32>
      %2305 = stablehlo.select %2303, %arg296, %arg298 : tensor<i1>, tensor<i32>
      stablehlo.return %2304, %2305 : tensor<f32>, tensor<i32>
    }
    return %2296#1, %2247, %2249 : tensor<4xi32>, tensor<24x4x256x2x64xf32>, tensor<24x4x256x2x64xf32>
  }
}
