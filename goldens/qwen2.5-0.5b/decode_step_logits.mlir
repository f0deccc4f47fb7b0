// emit arch=qwen2.5-0.5b graph=decode_step_logits precision=f32 capacity=256 batch=1 quant=none
module @decode_step_logits {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<24x256x2x64xf32> loc("kcache"), %arg4: tensor<24x256x2x64xf32> loc("vcache"), %arg5: tensor<151936x896xf32> loc("model.embed_tokens.weight"), %arg6: tensor<896xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<896x896xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<896xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg9: tensor<128x896xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg10: tensor<128xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg11: tensor<128x896xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg12: tensor<128xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg13: tensor<896x896xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg14: tensor<896xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg15: tensor<4864x896xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg16: tensor<4864x896xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg17: tensor<896x4864xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg18: tensor<896xf32> loc("model.layers.1.input_layernorm.weight"), %arg19: tensor<896x896xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg20: tensor<896xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg21: tensor<128x896xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg22: tensor<128xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg23: tensor<128x896xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg24: tensor<128xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg25: tensor<896x896xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg26: tensor<896xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg27: tensor<4864x896xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg28: tensor<4864x896xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg29: tensor<896x4864xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg30: tensor<896xf32> loc("model.layers.2.input_layernorm.weight"), %arg31: tensor<896x896xf32> loc("model.layers.2.self_attn.q_proj.weight"), %arg32: tensor<896xf32> loc("model.layers.2.self_attn.q_proj.bias"), %arg33: tensor<128x896xf32> loc("model.layers.2.self_attn.k_proj.weight"), %arg34: tensor<128xf32> loc("model.layers.2.self_attn.k_proj.bias"), %arg35: tensor<128x896xf32> loc("model.layers.2.self_attn.v_proj.weight"), %arg36: tensor<128xf32> loc("model.layers.2.self_attn.v_proj.bias"), %arg37: tensor<896x896xf32> loc("model.layers.2.self_attn.o_proj.weight"), %arg38: tensor<896xf32> loc("model.layers.2.post_attention_layernorm.weight"), %arg39: tensor<4864x896xf32> loc("model.layers.2.mlp.gate_proj.weight"), %arg40: tensor<4864x896xf32> loc("model.layers.2.mlp.up_proj.weight"), %arg41: tensor<896x4864xf32> loc("model.layers.2.mlp.down_proj.weight"), %arg42: tensor<896xf32> loc("model.layers.3.input_layernorm.weight"), %arg43: tensor<896x896xf32> loc("model.layers.3.self_attn.q_proj.weight"), %arg44: tensor<896xf32> loc("model.layers.3.self_attn.q_proj.bias"), %arg45: tensor<128x896xf32> loc("model.layers.3.self_attn.k_proj.weight"), %arg46: tensor<128xf32> loc("model.layers.3.self_attn.k_proj.bias"), %arg47: tensor<128x896xf32> loc("model.layers.3.self_attn.v_proj.weight"), %arg48: tensor<128xf32> loc("model.layers.3.self_attn.v_proj.bias"), %arg49: tensor<896x896xf32> loc("model.layers.3.self_attn.o_proj.weight"), %arg50: tensor<896xf32> loc("model.layers.3.post_attention_layernorm.weight"), %arg51: tensor<4864x896xf32> loc("model.layers.3.mlp.gate_proj.weight"), %arg52: tensor<4864x896xf32> loc("model.layers.3.mlp.up_proj.weight"), %arg53: tensor<896x4864xf32> loc("model.layers.3.mlp.down_proj.weight"), %arg54: tensor<896xf32> loc("model.layers.4.input_layernorm.weight"), %arg55: tensor<896x896xf32> loc("model.layers.4.self_attn.q_proj.weight"), %arg56: tensor<896xf32> loc("model.layers.4.self_attn.q_proj.bias"), %arg57: tensor<128x896xf32> loc("model.layers.4.self_attn.k_proj.weight"), %arg58: tensor<128xf32> loc("model.layers.4.self_attn.k_proj.bias"), %arg59: tensor<128x896xf32> loc("model.layers.4.self_attn.v_proj.weight"), %arg60: tensor<128xf32> loc("model.layers.4.self_attn.v_proj.bias"), %arg61: tensor<896x896xf32> loc("model.layers.4.self_attn.o_proj.weight"), %arg62: tensor<896xf32> loc("model.layers.4.post_attention_layernorm.weight"), %arg63: tensor<4864x896xf32> loc("model.layers.4.mlp.gate_proj.weight"), %arg64: tensor<4864x896xf32> loc("model.layers.4.mlp.up_proj.weight"), %arg65: tensor<896x4864xf32> loc("model.layers.4.mlp.down_proj.weight"), %arg66: tensor<896xf32> loc("model.layers.5.input_layernorm.weight"), %arg67: tensor<896x896xf32> loc("model.layers.5.self_attn.q_proj.weight"), %arg68: tensor<896xf32> loc("model.layers.5.self_attn.q_proj.bias"), %arg69: tensor<128x896xf32> loc("model.layers.5.self_attn.k_proj.weight"), %arg70: tensor<128xf32> loc("model.layers.5.self_attn.k_proj.bias"), %arg71: tensor<128x896xf32> loc("model.layers.5.self_attn.v_proj.weight"), %arg72: tensor<128xf32> loc("model.layers.5.self_attn.v_proj.bias"), %arg73: tensor<896x896xf32> loc("model.layers.5.self_attn.o_proj.weight"), %arg74: tensor<896xf32> loc("model.layers.5.post_attention_layernorm.weight"), %arg75: tensor<4864x896xf32> loc("model.layers.5.mlp.gate_proj.weight"), %arg76: tensor<4864x896xf32> loc("model.layers.5.mlp.up_proj.weight"), %arg77: tensor<896x4864xf32> loc("model.layers.5.mlp.down_proj.weight"), %arg78: tensor<896xf32> loc("model.layers.6.input_layernorm.weight"), %arg79: tensor<896x896xf32> loc("model.layers.6.self_attn.q_proj.weight"), %arg80: tensor<896xf32> loc("model.layers.6.self_attn.q_proj.bias"), %arg81: tensor<128x896xf32> loc("model.layers.6.self_attn.k_proj.weight"), %arg82: tensor<128xf32> loc("model.layers.6.self_attn.k_proj.bias"), %arg83: tensor<128x896xf32> loc("model.layers.6.self_attn.v_proj.weight"), %arg84: tensor<128xf32> loc("model.layers.6.self_attn.v_proj.bias"), %arg85: tensor<896x896xf32> loc("model.layers.6.self_attn.o_proj.weight"), %arg86: tensor<896xf32> loc("model.layers.6.post_attention_layernorm.weight"), %arg87: tensor<4864x896xf32> loc("model.layers.6.mlp.gate_proj.weight"), %arg88: tensor<4864x896xf32> loc("model.layers.6.mlp.up_proj.weight"), %arg89: tensor<896x4864xf32> loc("model.layers.6.mlp.down_proj.weight"), %arg90: tensor<896xf32> loc("model.layers.7.input_layernorm.weight"), %arg91: tensor<896x896xf32> loc("model.layers.7.self_attn.q_proj.weight"), %arg92: tensor<896xf32> loc("model.layers.7.self_attn.q_proj.bias"), %arg93: tensor<128x896xf32> loc("model.layers.7.self_attn.k_proj.weight"), %arg94: tensor<128xf32> loc("model.layers.7.self_attn.k_proj.bias"), %arg95: tensor<128x896xf32> loc("model.layers.7.self_attn.v_proj.weight"), %arg96: tensor<128xf32> loc("model.layers.7.self_attn.v_proj.bias"), %arg97: tensor<896x896xf32> loc("model.layers.7.self_attn.o_proj.weight"), %arg98: tensor<896xf32> loc("model.layers.7.post_attention_layernorm.weight"), %arg99: tensor<4864x896xf32> loc("model.layers.7.mlp.gate_proj.weight"), %arg100: tensor<4864x896xf32> loc("model.layers.7.mlp.up_proj.weight"), %arg101: tensor<896x4864xf32> loc("model.layers.7.mlp.down_proj.weight"), %arg102: tensor<896xf32> loc("model.layers.8.input_layernorm.weight"), %arg103: tensor<896x896xf32> loc("model.layers.8.self_attn.q_proj.weight"), %arg104: tensor<896xf32> loc("model.layers.8.self_attn.q_proj.bias"), %arg105: tensor<128x896xf32> loc("model.layers.8.self_attn.k_proj.weight"), %arg106: tensor<128xf32> loc("model.layers.8.self_attn.k_proj.bias"), %arg107: tensor<128x896xf32> loc("model.layers.8.self_attn.v_proj.weight"), %arg108: tensor<128xf32> loc("model.layers.8.self_attn.v_proj.bias"), %arg109: tensor<896x896xf32> loc("model.layers.8.self_attn.o_proj.weight"), %arg110: tensor<896xf32> loc("model.layers.8.post_attention_layernorm.weight"), %arg111: tensor<4864x896xf32> loc("model.layers.8.mlp.gate_proj.weight"), %arg112: tensor<4864x896xf32> loc("model.layers.8.mlp.up_proj.weight"), %arg113: tensor<896x4864xf32> loc("model.layers.8.mlp.down_proj.weight"), %arg114: tensor<896xf32> loc("model.layers.9.input_layernorm.weight"), %arg115: tensor<896x896xf32> loc("model.layers.9.self_attn.q_proj.weight"), %arg116: tensor<896xf32> loc("model.layers.9.self_attn.q_proj.bias"), %arg117: tensor<128x896xf32> loc("model.layers.9.self_attn.k_proj.weight"), %arg118: tensor<128xf32> loc("model.layers.9.self_attn.k_proj.bias"), %arg119: tensor<128x896xf32> loc("model.layers.9.self_attn.v_proj.weight"), %arg120: tensor<128xf32> loc("model.layers.9.self_attn.v_proj.bias"), %arg121: tensor<896x896xf32> loc("model.layers.9.self_attn.o_proj.weight"), %arg122: tensor<896xf32> loc("model.layers.9.post_attention_layernorm.weight"), %arg123: tensor<4864x896xf32> loc("model.layers.9.mlp.gate_proj.weight"), %arg124: tensor<4864x896xf32> loc("model.layers.9.mlp.up_proj.weight"), %arg125: tensor<896x4864xf32> loc("model.layers.9.mlp.down_proj.weight"), %arg126: tensor<896xf32> loc("model.layers.10.input_layernorm.weight"), %arg127: tensor<896x896xf32> loc("model.layers.10.self_attn.q_proj.weight"), %arg128: tensor<896xf32> loc("model.layers.10.self_attn.q_proj.bias"), %arg129: tensor<128x896xf32> loc("model.layers.10.self_attn.k_proj.weight"), %arg130: tensor<128xf32> loc("model.layers.10.self_attn.k_proj.bias"), %arg131: tensor<128x896xf32> loc("model.layers.10.self_attn.v_proj.weight"), %arg132: tensor<128xf32> loc("model.layers.10.self_attn.v_proj.bias"), %arg133: tensor<896x896xf32> loc("model.layers.10.self_attn.o_proj.weight"), %arg134: tensor<896xf32> loc("model.layers.10.post_attention_layernorm.weight"), %arg135: tensor<4864x896xf32> loc("model.layers.10.mlp.gate_proj.weight"), %arg136: tensor<4864x896xf32> loc("model.layers.10.mlp.up_proj.weight"), %arg137: tensor<896x4864xf32> loc("model.layers.10.mlp.down_proj.weight"), %arg138: tensor<896xf32> loc("model.layers.11.input_layernorm.weight"), %arg139: tensor<896x896xf32> loc("model.layers.11.self_attn.q_proj.weight"), %arg140: tensor<896xf32> loc("model.layers.11.self_attn.q_proj.bias"), %arg141: tensor<128x896xf32> loc("model.layers.11.self_attn.k_proj.weight"), %arg142: tensor<128xf32> loc("model.layers.11.self_attn.k_proj.bias"), %arg143: tensor<128x896xf32> loc("model.layers.11.self_attn.v_proj.weight"), %arg144: tensor<128xf32> loc("model.layers.11.self_attn.v_proj.bias"), %arg145: tensor<896x896xf32> loc("model.layers.11.self_attn.o_proj.weight"), %arg146: tensor<896xf32> loc("model.layers.11.post_attention_layernorm.weight"), %arg147: tensor<4864x896xf32> loc("model.layers.11.mlp.gate_proj.weight"), %arg148: tensor<4864x896xf32> loc("model.layers.11.mlp.up_proj.weight"), %arg149: tensor<896x4864xf32> loc("model.layers.11.mlp.down_proj.weight"), %arg150: tensor<896xf32> loc("model.layers.12.input_layernorm.weight"), %arg151: tensor<896x896xf32> loc("model.layers.12.self_attn.q_proj.weight"), %arg152: tensor<896xf32> loc("model.layers.12.self_attn.q_proj.bias"), %arg153: tensor<128x896xf32> loc("model.layers.12.self_attn.k_proj.weight"), %arg154: tensor<128xf32> loc("model.layers.12.self_attn.k_proj.bias"), %arg155: tensor<128x896xf32> loc("model.layers.12.self_attn.v_proj.weight"), %arg156: tensor<128xf32> loc("model.layers.12.self_attn.v_proj.bias"), %arg157: tensor<896x896xf32> loc("model.layers.12.self_attn.o_proj.weight"), %arg158: tensor<896xf32> loc("model.layers.12.post_attention_layernorm.weight"), %arg159: tensor<4864x896xf32> loc("model.layers.12.mlp.gate_proj.weight"), %arg160: tensor<4864x896xf32> loc("model.layers.12.mlp.up_proj.weight"), %arg161: tensor<896x4864xf32> loc("model.layers.12.mlp.down_proj.weight"), %arg162: tensor<896xf32> loc("model.layers.13.input_layernorm.weight"), %arg163: tensor<896x896xf32> loc("model.layers.13.self_attn.q_proj.weight"), %arg164: tensor<896xf32> loc("model.layers.13.self_attn.q_proj.bias"), %arg165: tensor<128x896xf32> loc("model.layers.13.self_attn.k_proj.weight"), %arg166: tensor<128xf32> loc("model.layers.13.self_attn.k_proj.bias"), %arg167: tensor<128x896xf32> loc("model.layers.13.self_attn.v_proj.weight"), %arg168: tensor<128xf32> loc("model.layers.13.self_attn.v_proj.bias"), %arg169: tensor<896x896xf32> loc("model.layers.13.self_attn.o_proj.weight"), %arg170: tensor<896xf32> loc("model.layers.13.post_attention_layernorm.weight"), %arg171: tensor<4864x896xf32> loc("model.layers.13.mlp.gate_proj.weight"), %arg172: tensor<4864x896xf32> loc("model.layers.13.mlp.up_proj.weight"), %arg173: tensor<896x4864xf32> loc("model.layers.13.mlp.down_proj.weight"), %arg174: tensor<896xf32> loc("model.layers.14.input_layernorm.weight"), %arg175: tensor<896x896xf32> loc("model.layers.14.self_attn.q_proj.weight"), %arg176: tensor<896xf32> loc("model.layers.14.self_attn.q_proj.bias"), %arg177: tensor<128x896xf32> loc("model.layers.14.self_attn.k_proj.weight"), %arg178: tensor<128xf32> loc("model.layers.14.self_attn.k_proj.bias"), %arg179: tensor<128x896xf32> loc("model.layers.14.self_attn.v_proj.weight"), %arg180: tensor<128xf32> loc("model.layers.14.self_attn.v_proj.bias"), %arg181: tensor<896x896xf32> loc("model.layers.14.self_attn.o_proj.weight"), %arg182: tensor<896xf32> loc("model.layers.14.post_attention_layernorm.weight"), %arg183: tensor<4864x896xf32> loc("model.layers.14.mlp.gate_proj.weight"), %arg184: tensor<4864x896xf32> loc("model.layers.14.mlp.up_proj.weight"), %arg185: tensor<896x4864xf32> loc("model.layers.14.mlp.down_proj.weight"), %arg186: tensor<896xf32> loc("model.layers.15.input_layernorm.weight"), %arg187: tensor<896x896xf32> loc("model.layers.15.self_attn.q_proj.weight"), %arg188: tensor<896xf32> loc("model.layers.15.self_attn.q_proj.bias"), %arg189: tensor<128x896xf32> loc("model.layers.15.self_attn.k_proj.weight"), %arg190: tensor<128xf32> loc("model.layers.15.self_attn.k_proj.bias"), %arg191: tensor<128x896xf32> loc("model.layers.15.self_attn.v_proj.weight"), %arg192: tensor<128xf32> loc("model.layers.15.self_attn.v_proj.bias"), %arg193: tensor<896x896xf32> loc("model.layers.15.self_attn.o_proj.weight"), %arg194: tensor<896xf32> loc("model.layers.15.post_attention_layernorm.weight"), %arg195: tensor<4864x896xf32> loc("model.layers.15.mlp.gate_proj.weight"), %arg196: tensor<4864x896xf32> loc("model.layers.15.mlp.up_proj.weight"), %arg197: tensor<896x4864xf32> loc("model.layers.15.mlp.down_proj.weight"), %arg198: tensor<896xf32> loc("model.layers.16.input_layernorm.weight"), %arg199: tensor<896x896xf32> loc("model.layers.16.self_attn.q_proj.weight"), %arg200: tensor<896xf32> loc("model.layers.16.self_attn.q_proj.bias"), %arg201: tensor<128x896xf32> loc("model.layers.16.self_attn.k_proj.weight"), %arg202: tensor<128xf32> loc("model.layers.16.self_attn.k_proj.bias"), %arg203: tensor<128x896xf32> loc("model.layers.16.self_attn.v_proj.weight"), %arg204: tensor<128xf32> loc("model.layers.16.self_attn.v_proj.bias"), %arg205: tensor<896x896xf32> loc("model.layers.16.self_attn.o_proj.weight"), %arg206: tensor<896xf32> loc("model.layers.16.post_attention_layernorm.weight"), %arg207: tensor<4864x896xf32> loc("model.layers.16.mlp.gate_proj.weight"), %arg208: tensor<4864x896xf32> loc("model.layers.16.mlp.up_proj.weight"), %arg209: tensor<896x4864xf32> loc("model.layers.16.mlp.down_proj.weight"), %arg210: tensor<896xf32> loc("model.layers.17.input_layernorm.weight"), %arg211: tensor<896x896xf32> loc("model.layers.17.self_attn.q_proj.weight"), %arg212: tensor<896xf32> loc("model.layers.17.self_attn.q_proj.bias"), %arg213: tensor<128x896xf32> loc("model.layers.17.self_attn.k_proj.weight"), %arg214: tensor<128xf32> loc("model.layers.17.self_attn.k_proj.bias"), %arg215: tensor<128x896xf32> loc("model.layers.17.self_attn.v_proj.weight"), %arg216: tensor<128xf32> loc("model.layers.17.self_attn.v_proj.bias"), %arg217: tensor<896x896xf32> loc("model.layers.17.self_attn.o_proj.weight"), %arg218: tensor<896xf32> loc("model.layers.17.post_attention_layernorm.weight"), %arg219: tensor<4864x896xf32> loc("model.layers.17.mlp.gate_proj.weight"), %arg220: tensor<4864x896xf32> loc("model.layers.17.mlp.up_proj.weight"), %arg221: tensor<896x4864xf32> loc("model.layers.17.mlp.down_proj.weight"), %arg222: tensor<896xf32> loc("model.layers.18.input_layernorm.weight"), %arg223: tensor<896x896xf32> loc("model.layers.18.self_attn.q_proj.weight"), %arg224: tensor<896xf32> loc("model.layers.18.self_attn.q_proj.bias"), %arg225: tensor<128x896xf32> loc("model.layers.18.self_attn.k_proj.weight"), %arg226: tensor<128xf32> loc("model.layers.18.self_attn.k_proj.bias"), %arg227: tensor<128x896xf32> loc("model.layers.18.self_attn.v_proj.weight"), %arg228: tensor<128xf32> loc("model.layers.18.self_attn.v_proj.bias"), %arg229: tensor<896x896xf32> loc("model.layers.18.self_attn.o_proj.weight"), %arg230: tensor<896xf32> loc("model.layers.18.post_attention_layernorm.weight"), %arg231: tensor<4864x896xf32> loc("model.layers.18.mlp.gate_proj.weight"), %arg232: tensor<4864x896xf32> loc("model.layers.18.mlp.up_proj.weight"), %arg233: tensor<896x4864xf32> loc("model.layers.18.mlp.down_proj.weight"), %arg234: tensor<896xf32> loc("model.layers.19.input_layernorm.weight"), %arg235: tensor<896x896xf32> loc("model.layers.19.self_attn.q_proj.weight"), %arg236: tensor<896xf32> loc("model.layers.19.self_attn.q_proj.bias"), %arg237: tensor<128x896xf32> loc("model.layers.19.self_attn.k_proj.weight"), %arg238: tensor<128xf32> loc("model.layers.19.self_attn.k_proj.bias"), %arg239: tensor<128x896xf32> loc("model.layers.19.self_attn.v_proj.weight"), %arg240: tensor<128xf32> loc("model.layers.19.self_attn.v_proj.bias"), %arg241: tensor<896x896xf32> loc("model.layers.19.self_attn.o_proj.weight"), %arg242: tensor<896xf32> loc("model.layers.19.post_attention_layernorm.weight"), %arg243: tensor<4864x896xf32> loc("model.layers.19.mlp.gate_proj.weight"), %arg244: tensor<4864x896xf32> loc("model.layers.19.mlp.up_proj.weight"), %arg245: tensor<896x4864xf32> loc("model.layers.19.mlp.down_proj.weight"), %arg246: tensor<896xf32> loc("model.layers.20.input_layernorm.weight"), %arg247: tensor<896x896xf32> loc("model.layers.20.self_attn.q_proj.weight"), %arg248: tensor<896xf32> loc("model.layers.20.self_attn.q_proj.bias"), %arg249: tensor<128x896xf32> loc("model.layers.20.self_attn.k_proj.weight"), %arg250: tensor<128xf32> loc("model.layers.20.self_attn.k_proj.bias"), %arg251: tensor<128x896xf32> loc("model.layers.20.self_attn.v_proj.weight"), %arg252: tensor<128xf32> loc("model.layers.20.self_attn.v_proj.bias"), %arg253: tensor<896x896xf32> loc("model.layers.20.self_attn.o_proj.weight"), %arg254: tensor<896xf32> loc("model.layers.20.post_attention_layernorm.weight"), %arg255: tensor<4864x896xf32> loc("model.layers.20.mlp.gate_proj.weight"), %arg256: tensor<4864x896xf32> loc("model.layers.20.mlp.up_proj.weight"), %arg257: tensor<896x4864xf32> loc("model.layers.20.mlp.down_proj.weight"), %arg258: tensor<896xf32> loc("model.layers.21.input_layernorm.weight"), %arg259: tensor<896x896xf32> loc("model.layers.21.self_attn.q_proj.weight"), %arg260: tensor<896xf32> loc("model.layers.21.self_attn.q_proj.bias"), %arg261: tensor<128x896xf32> loc("model.layers.21.self_attn.k_proj.weight"), %arg262: tensor<128xf32> loc("model.layers.21.self_attn.k_proj.bias"), %arg263: tensor<128x896xf32> loc("model.layers.21.self_attn.v_proj.weight"), %arg264: tensor<128xf32> loc("model.layers.21.self_attn.v_proj.bias"), %arg265: tensor<896x896xf32> loc("model.layers.21.self_attn.o_proj.weight"), %arg266: tensor<896xf32> loc("model.layers.21.post_attention_layernorm.weight"), %arg267: tensor<4864x896xf32> loc("model.layers.21.mlp.gate_proj.weight"), %arg268: tensor<4864x896xf32> loc("model.layers.21.mlp.up_proj.weight"), %arg269: tensor<896x4864xf32> loc("model.layers.21.mlp.down_proj.weight"), %arg270: tensor<896xf32> loc("model.layers.22.input_layernorm.weight"), %arg271: tensor<896x896xf32> loc("model.layers.22.self_attn.q_proj.weight"), %arg272: tensor<896xf32> loc("model.layers.22.self_attn.q_proj.bias"), %arg273: tensor<128x896xf32> loc("model.layers.22.self_attn.k_proj.weight"), %arg274: tensor<128xf32> loc("model.layers.22.self_attn.k_proj.bias"), %arg275: tensor<128x896xf32> loc("model.layers.22.self_attn.v_proj.weight"), %arg276: tensor<128xf32> loc("model.layers.22.self_attn.v_proj.bias"), %arg277: tensor<896x896xf32> loc("model.layers.22.self_attn.o_proj.weight"), %arg278: tensor<896xf32> loc("model.layers.22.post_attention_layernorm.weight"), %arg279: tensor<4864x896xf32> loc("model.layers.22.mlp.gate_proj.weight"), %arg280: tensor<4864x896xf32> loc("model.layers.22.mlp.up_proj.weight"), %arg281: tensor<896x4864xf32> loc("model.layers.22.mlp.down_proj.weight"), %arg282: tensor<896xf32> loc("model.layers.23.input_layernorm.weight"), %arg283: tensor<896x896xf32> loc("model.layers.23.self_attn.q_proj.weight"), %arg284: tensor<896xf32> loc("model.layers.23.self_attn.q_proj.bias"), %arg285: tensor<128x896xf32> loc("model.layers.23.self_attn.k_proj.weight"), %arg286: tensor<128xf32> loc("model.layers.23.self_attn.k_proj.bias"), %arg287: tensor<128x896xf32> loc("model.layers.23.self_attn.v_proj.weight"), %arg288: tensor<128xf32> loc("model.layers.23.self_attn.v_proj.bias"), %arg289: tensor<896x896xf32> loc("model.layers.23.self_attn.o_proj.weight"), %arg290: tensor<896xf32> loc("model.layers.23.post_attention_layernorm.weight"), %arg291: tensor<4864x896xf32> loc("model.layers.23.mlp.gate_proj.weight"), %arg292: tensor<4864x896xf32> loc("model.layers.23.mlp.up_proj.weight"), %arg293: tensor<896x4864xf32> loc("model.layers.23.mlp.down_proj.weight"), %arg294: tensor<896xf32> loc("model.norm.weight")) -> (tensor<151936xf32>, tensor<24x256x2x64xf32>, tensor<24x256x2x64xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %1 : (tensor<1xi32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x32xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.649381638, 0.421696514, 0.273841977, 0.177827939, 0.115478195, 0.0749894232, 0.0486967526, 0.0316227749, 0.0205352511, 0.013335214, 0.00865964312, 0.00562341325, 0.00365174119, 0.00237137382, 0.00153992651, 1.000000e-03, 6.49381604E-4, 4.21696517E-4, 2.73841957E-4, 1.7782794E-4, 1.154782E-4, 7.49894243E-5, 4.8696751E-5, 3.16227779E-5, 2.05352499E-5, 1.33352141E-5, 8.65964284E-6, 5.62341347E-6, 3.65174128E-6, 2.37137374E-6, 1.53992653E-6]> : tensor<32xf32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<32xf32>) -> tensor<1x32xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<1x32xf32>
    %7 = stablehlo.cosine %6 : tensor<1x32xf32>
    %8 = stablehlo.sine %6 : tensor<1x32xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %10 = stablehlo.concatenate %8, %8, dim = 1 : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x64xf32>
    %11 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %12 = "stablehlo.gather"(%arg5, %11) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 896>}> : (tensor<151936x896xf32>, tensor<1x1xi32>) -> tensor<1x896xf32>
    %13 = stablehlo.multiply %12, %12 : tensor<1x896xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.reduce(%13 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_1 = stablehlo.constant dense<8.960000e+02> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %16 = stablehlo.divide %14, %15 : tensor<1xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %18 = stablehlo.add %16, %17 : tensor<1xf32>
    %19 = stablehlo.rsqrt %18 : tensor<1xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %21 = stablehlo.multiply %12, %20 : tensor<1x896xf32>
    %22 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %23 = stablehlo.multiply %21, %22 : tensor<1x896xf32>
    %24 = stablehlo.dot_general %23, %arg7, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %25 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %26 = stablehlo.add %24, %25 : tensor<1x896xf32>
    %27 = stablehlo.dot_general %23, %arg9, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %28 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %29 = stablehlo.add %27, %28 : tensor<1x128xf32>
    %30 = stablehlo.dot_general %23, %arg11, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %31 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %32 = stablehlo.add %30, %31 : tensor<1x128xf32>
    %33 = stablehlo.reshape %26 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %34 = stablehlo.slice %33 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %35 = stablehlo.slice %33 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %36 = stablehlo.negate %35 : tensor<1x14x32xf32>
    %37 = stablehlo.concatenate %36, %34, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %38 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x14x64xf32>
    %39 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x14x64xf32>
    %40 = stablehlo.multiply %33, %38 : tensor<1x14x64xf32>
    %41 = stablehlo.multiply %37, %39 : tensor<1x14x64xf32>
    %42 = stablehlo.add %40, %41 : tensor<1x14x64xf32>
    %43 = stablehlo.reshape %29 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %44 = stablehlo.slice %43 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %45 = stablehlo.slice %43 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %46 = stablehlo.negate %45 : tensor<1x2x32xf32>
    %47 = stablehlo.concatenate %46, %44, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %48 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x2x64xf32>
    %49 = stablehlo.broadcast_in_dim %10, dims = [0, 2] : (tensor<1x64xf32>) -> tensor<1x2x64xf32>
    %50 = stablehlo.multiply %43, %48 : tensor<1x2x64xf32>
    %51 = stablehlo.multiply %47, %49 : tensor<1x2x64xf32>
    %52 = stablehlo.add %50, %51 : tensor<1x2x64xf32>
    %53 = stablehlo.reshape %32 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %54 = stablehlo.reshape %52 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %55 = stablehlo.dynamic_update_slice %arg3, %54, %c, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %56 = stablehlo.reshape %53 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %57 = stablehlo.dynamic_update_slice %arg4, %56, %c, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %58 = stablehlo.slice %55 [0:1, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %59 = stablehlo.slice %57 [0:1, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %60 = stablehlo.reshape %42 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %61 = stablehlo.dot_general %60, %58, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %cst_3 = stablehlo.constant dense<1.250000e-01> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x2x7x256xf32>
    %63 = stablehlo.multiply %61, %62 : tensor<1x2x7x256xf32>
    %64 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xi32>) -> tensor<1x2x7x256xi32>
    %65 = stablehlo.iota dim = 3 : tensor<1x2x7x256xi32>
    %66 = stablehlo.compare  LE, %65, %64,  SIGNED : (tensor<1x2x7x256xi32>, tensor<1x2x7x256xi32>) -> tensor<1x2x7x256xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x2x7x256xf32>
    %68 = stablehlo.select %66, %63, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %69 = stablehlo.reduce(%68 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %71 = stablehlo.subtract %68, %70 : tensor<1x2x7x256xf32>
    %72 = stablehlo.exponential %71 : tensor<1x2x7x256xf32>
    %73 = stablehlo.reduce(%72 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %75 = stablehlo.divide %72, %74 : tensor<1x2x7x256xf32>
    %76 = stablehlo.dot_general %75, %59, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %77 = stablehlo.reshape %76 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %78 = stablehlo.dot_general %77, %arg13, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %79 = stablehlo.add %12, %78 : tensor<1x896xf32>
    %80 = stablehlo.multiply %79, %79 : tensor<1x896xf32>
    %81 = stablehlo.reduce(%80 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %82 = stablehlo.divide %81, %15 : tensor<1xf32>
    %83 = stablehlo.add %82, %17 : tensor<1xf32>
    %84 = stablehlo.rsqrt %83 : tensor<1xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %86 = stablehlo.multiply %79, %85 : tensor<1x896xf32>
    %87 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %88 = stablehlo.multiply %86, %87 : tensor<1x896xf32>
    %89 = stablehlo.dot_general %88, %arg15, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %90 = stablehlo.dot_general %88, %arg16, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %91 = stablehlo.logistic %89 : tensor<1x4864xf32>
    %92 = stablehlo.multiply %89, %91 : tensor<1x4864xf32>
    %93 = stablehlo.multiply %92, %90 : tensor<1x4864xf32>
    %94 = stablehlo.dot_general %93, %arg17, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %95 = stablehlo.add %79, %94 : tensor<1x896xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<1x896xf32>
    %97 = stablehlo.reduce(%96 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %98 = stablehlo.divide %97, %15 : tensor<1xf32>
    %99 = stablehlo.add %98, %17 : tensor<1xf32>
    %100 = stablehlo.rsqrt %99 : tensor<1xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %102 = stablehlo.multiply %95, %101 : tensor<1x896xf32>
    %103 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<1x896xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %105 = stablehlo.dot_general %104, %arg19, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %106 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %107 = stablehlo.add %105, %106 : tensor<1x896xf32>
    %108 = stablehlo.dot_general %104, %arg21, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %109 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %110 = stablehlo.add %108, %109 : tensor<1x128xf32>
    %111 = stablehlo.dot_general %104, %arg23, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %112 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %113 = stablehlo.add %111, %112 : tensor<1x128xf32>
    %114 = stablehlo.reshape %107 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %115 = stablehlo.slice %114 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %116 = stablehlo.slice %114 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %117 = stablehlo.negate %116 : tensor<1x14x32xf32>
    %118 = stablehlo.concatenate %117, %115, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %119 = stablehlo.multiply %114, %38 : tensor<1x14x64xf32>
    %120 = stablehlo.multiply %118, %39 : tensor<1x14x64xf32>
    %121 = stablehlo.add %119, %120 : tensor<1x14x64xf32>
    %122 = stablehlo.reshape %110 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %123 = stablehlo.slice %122 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %124 = stablehlo.slice %122 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %125 = stablehlo.negate %124 : tensor<1x2x32xf32>
    %126 = stablehlo.concatenate %125, %123, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %127 = stablehlo.multiply %122, %48 : tensor<1x2x64xf32>
    %128 = stablehlo.multiply %126, %49 : tensor<1x2x64xf32>
    %129 = stablehlo.add %127, %128 : tensor<1x2x64xf32>
    %130 = stablehlo.reshape %113 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %131 = stablehlo.reshape %129 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %132 = stablehlo.dynamic_update_slice %55, %131, %c_0, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %133 = stablehlo.reshape %130 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %134 = stablehlo.dynamic_update_slice %57, %133, %c_0, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %135 = stablehlo.slice %132 [1:2, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %136 = stablehlo.slice %134 [1:2, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %137 = stablehlo.reshape %121 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %138 = stablehlo.dot_general %137, %135, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %139 = stablehlo.multiply %138, %62 : tensor<1x2x7x256xf32>
    %140 = stablehlo.select %66, %139, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %141 = stablehlo.reduce(%140 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %143 = stablehlo.subtract %140, %142 : tensor<1x2x7x256xf32>
    %144 = stablehlo.exponential %143 : tensor<1x2x7x256xf32>
    %145 = stablehlo.reduce(%144 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %147 = stablehlo.divide %144, %146 : tensor<1x2x7x256xf32>
    %148 = stablehlo.dot_general %147, %136, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %149 = stablehlo.reshape %148 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %150 = stablehlo.dot_general %149, %arg25, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %151 = stablehlo.add %95, %150 : tensor<1x896xf32>
    %152 = stablehlo.multiply %151, %151 : tensor<1x896xf32>
    %153 = stablehlo.reduce(%152 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %154 = stablehlo.divide %153, %15 : tensor<1xf32>
    %155 = stablehlo.add %154, %17 : tensor<1xf32>
    %156 = stablehlo.rsqrt %155 : tensor<1xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %158 = stablehlo.multiply %151, %157 : tensor<1x896xf32>
    %159 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %160 = stablehlo.multiply %158, %159 : tensor<1x896xf32>
    %161 = stablehlo.dot_general %160, %arg27, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %162 = stablehlo.dot_general %160, %arg28, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %163 = stablehlo.logistic %161 : tensor<1x4864xf32>
    %164 = stablehlo.multiply %161, %163 : tensor<1x4864xf32>
    %165 = stablehlo.multiply %164, %162 : tensor<1x4864xf32>
    %166 = stablehlo.dot_general %165, %arg29, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %167 = stablehlo.add %151, %166 : tensor<1x896xf32>
    %168 = stablehlo.multiply %167, %167 : tensor<1x896xf32>
    %169 = stablehlo.reduce(%168 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %170 = stablehlo.divide %169, %15 : tensor<1xf32>
    %171 = stablehlo.add %170, %17 : tensor<1xf32>
    %172 = stablehlo.rsqrt %171 : tensor<1xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %174 = stablehlo.multiply %167, %173 : tensor<1x896xf32>
    %175 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %176 = stablehlo.multiply %174, %175 : tensor<1x896xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %177 = stablehlo.dot_general %176, %arg31, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %178 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %179 = stablehlo.add %177, %178 : tensor<1x896xf32>
    %180 = stablehlo.dot_general %176, %arg33, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %181 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %182 = stablehlo.add %180, %181 : tensor<1x128xf32>
    %183 = stablehlo.dot_general %176, %arg35, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %184 = stablehlo.broadcast_in_dim %arg36, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %185 = stablehlo.add %183, %184 : tensor<1x128xf32>
    %186 = stablehlo.reshape %179 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %187 = stablehlo.slice %186 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %188 = stablehlo.slice %186 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %189 = stablehlo.negate %188 : tensor<1x14x32xf32>
    %190 = stablehlo.concatenate %189, %187, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %191 = stablehlo.multiply %186, %38 : tensor<1x14x64xf32>
    %192 = stablehlo.multiply %190, %39 : tensor<1x14x64xf32>
    %193 = stablehlo.add %191, %192 : tensor<1x14x64xf32>
    %194 = stablehlo.reshape %182 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %195 = stablehlo.slice %194 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %196 = stablehlo.slice %194 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %197 = stablehlo.negate %196 : tensor<1x2x32xf32>
    %198 = stablehlo.concatenate %197, %195, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %199 = stablehlo.multiply %194, %48 : tensor<1x2x64xf32>
    %200 = stablehlo.multiply %198, %49 : tensor<1x2x64xf32>
    %201 = stablehlo.add %199, %200 : tensor<1x2x64xf32>
    %202 = stablehlo.reshape %185 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %203 = stablehlo.reshape %201 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %204 = stablehlo.dynamic_update_slice %132, %203, %c_1, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %205 = stablehlo.reshape %202 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %206 = stablehlo.dynamic_update_slice %134, %205, %c_1, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %207 = stablehlo.slice %204 [2:3, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %208 = stablehlo.slice %206 [2:3, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %209 = stablehlo.reshape %193 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %210 = stablehlo.dot_general %209, %207, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %211 = stablehlo.multiply %210, %62 : tensor<1x2x7x256xf32>
    %212 = stablehlo.select %66, %211, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %213 = stablehlo.reduce(%212 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %215 = stablehlo.subtract %212, %214 : tensor<1x2x7x256xf32>
    %216 = stablehlo.exponential %215 : tensor<1x2x7x256xf32>
    %217 = stablehlo.reduce(%216 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %219 = stablehlo.divide %216, %218 : tensor<1x2x7x256xf32>
    %220 = stablehlo.dot_general %219, %208, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %221 = stablehlo.reshape %220 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %222 = stablehlo.dot_general %221, %arg37, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %223 = stablehlo.add %167, %222 : tensor<1x896xf32>
    %224 = stablehlo.multiply %223, %223 : tensor<1x896xf32>
    %225 = stablehlo.reduce(%224 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %226 = stablehlo.divide %225, %15 : tensor<1xf32>
    %227 = stablehlo.add %226, %17 : tensor<1xf32>
    %228 = stablehlo.rsqrt %227 : tensor<1xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %230 = stablehlo.multiply %223, %229 : tensor<1x896xf32>
    %231 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %232 = stablehlo.multiply %230, %231 : tensor<1x896xf32>
    %233 = stablehlo.dot_general %232, %arg39, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %234 = stablehlo.dot_general %232, %arg40, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %235 = stablehlo.logistic %233 : tensor<1x4864xf32>
    %236 = stablehlo.multiply %233, %235 : tensor<1x4864xf32>
    %237 = stablehlo.multiply %236, %234 : tensor<1x4864xf32>
    %238 = stablehlo.dot_general %237, %arg41, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %239 = stablehlo.add %223, %238 : tensor<1x896xf32>
    %240 = stablehlo.multiply %239, %239 : tensor<1x896xf32>
    %241 = stablehlo.reduce(%240 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %242 = stablehlo.divide %241, %15 : tensor<1xf32>
    %243 = stablehlo.add %242, %17 : tensor<1xf32>
    %244 = stablehlo.rsqrt %243 : tensor<1xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %246 = stablehlo.multiply %239, %245 : tensor<1x896xf32>
    %247 = stablehlo.broadcast_in_dim %arg42, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %248 = stablehlo.multiply %246, %247 : tensor<1x896xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %249 = stablehlo.dot_general %248, %arg43, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %250 = stablehlo.broadcast_in_dim %arg44, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %251 = stablehlo.add %249, %250 : tensor<1x896xf32>
    %252 = stablehlo.dot_general %248, %arg45, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %253 = stablehlo.broadcast_in_dim %arg46, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %254 = stablehlo.add %252, %253 : tensor<1x128xf32>
    %255 = stablehlo.dot_general %248, %arg47, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %256 = stablehlo.broadcast_in_dim %arg48, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %257 = stablehlo.add %255, %256 : tensor<1x128xf32>
    %258 = stablehlo.reshape %251 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %259 = stablehlo.slice %258 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %260 = stablehlo.slice %258 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %261 = stablehlo.negate %260 : tensor<1x14x32xf32>
    %262 = stablehlo.concatenate %261, %259, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %263 = stablehlo.multiply %258, %38 : tensor<1x14x64xf32>
    %264 = stablehlo.multiply %262, %39 : tensor<1x14x64xf32>
    %265 = stablehlo.add %263, %264 : tensor<1x14x64xf32>
    %266 = stablehlo.reshape %254 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %267 = stablehlo.slice %266 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %268 = stablehlo.slice %266 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %269 = stablehlo.negate %268 : tensor<1x2x32xf32>
    %270 = stablehlo.concatenate %269, %267, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %271 = stablehlo.multiply %266, %48 : tensor<1x2x64xf32>
    %272 = stablehlo.multiply %270, %49 : tensor<1x2x64xf32>
    %273 = stablehlo.add %271, %272 : tensor<1x2x64xf32>
    %274 = stablehlo.reshape %257 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %275 = stablehlo.reshape %273 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %276 = stablehlo.dynamic_update_slice %204, %275, %c_2, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %277 = stablehlo.reshape %274 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %278 = stablehlo.dynamic_update_slice %206, %277, %c_2, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %279 = stablehlo.slice %276 [3:4, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %280 = stablehlo.slice %278 [3:4, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %281 = stablehlo.reshape %265 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %282 = stablehlo.dot_general %281, %279, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %283 = stablehlo.multiply %282, %62 : tensor<1x2x7x256xf32>
    %284 = stablehlo.select %66, %283, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %285 = stablehlo.reduce(%284 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %287 = stablehlo.subtract %284, %286 : tensor<1x2x7x256xf32>
    %288 = stablehlo.exponential %287 : tensor<1x2x7x256xf32>
    %289 = stablehlo.reduce(%288 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %290 = stablehlo.broadcast_in_dim %289, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %291 = stablehlo.divide %288, %290 : tensor<1x2x7x256xf32>
    %292 = stablehlo.dot_general %291, %280, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %293 = stablehlo.reshape %292 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %294 = stablehlo.dot_general %293, %arg49, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %295 = stablehlo.add %239, %294 : tensor<1x896xf32>
    %296 = stablehlo.multiply %295, %295 : tensor<1x896xf32>
    %297 = stablehlo.reduce(%296 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %298 = stablehlo.divide %297, %15 : tensor<1xf32>
    %299 = stablehlo.add %298, %17 : tensor<1xf32>
    %300 = stablehlo.rsqrt %299 : tensor<1xf32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %302 = stablehlo.multiply %295, %301 : tensor<1x896xf32>
    %303 = stablehlo.broadcast_in_dim %arg50, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %304 = stablehlo.multiply %302, %303 : tensor<1x896xf32>
    %305 = stablehlo.dot_general %304, %arg51, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %306 = stablehlo.dot_general %304, %arg52, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %307 = stablehlo.logistic %305 : tensor<1x4864xf32>
    %308 = stablehlo.multiply %305, %307 : tensor<1x4864xf32>
    %309 = stablehlo.multiply %308, %306 : tensor<1x4864xf32>
    %310 = stablehlo.dot_general %309, %arg53, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %311 = stablehlo.add %295, %310 : tensor<1x896xf32>
    %312 = stablehlo.multiply %311, %311 : tensor<1x896xf32>
    %313 = stablehlo.reduce(%312 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %314 = stablehlo.divide %313, %15 : tensor<1xf32>
    %315 = stablehlo.add %314, %17 : tensor<1xf32>
    %316 = stablehlo.rsqrt %315 : tensor<1xf32>
    %317 = stablehlo.broadcast_in_dim %316, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %318 = stablehlo.multiply %311, %317 : tensor<1x896xf32>
    %319 = stablehlo.broadcast_in_dim %arg54, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %320 = stablehlo.multiply %318, %319 : tensor<1x896xf32>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %321 = stablehlo.dot_general %320, %arg55, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %322 = stablehlo.broadcast_in_dim %arg56, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %323 = stablehlo.add %321, %322 : tensor<1x896xf32>
    %324 = stablehlo.dot_general %320, %arg57, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %325 = stablehlo.broadcast_in_dim %arg58, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %326 = stablehlo.add %324, %325 : tensor<1x128xf32>
    %327 = stablehlo.dot_general %320, %arg59, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %328 = stablehlo.broadcast_in_dim %arg60, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %329 = stablehlo.add %327, %328 : tensor<1x128xf32>
    %330 = stablehlo.reshape %323 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %331 = stablehlo.slice %330 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %332 = stablehlo.slice %330 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %333 = stablehlo.negate %332 : tensor<1x14x32xf32>
    %334 = stablehlo.concatenate %333, %331, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %335 = stablehlo.multiply %330, %38 : tensor<1x14x64xf32>
    %336 = stablehlo.multiply %334, %39 : tensor<1x14x64xf32>
    %337 = stablehlo.add %335, %336 : tensor<1x14x64xf32>
    %338 = stablehlo.reshape %326 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %339 = stablehlo.slice %338 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %340 = stablehlo.slice %338 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %341 = stablehlo.negate %340 : tensor<1x2x32xf32>
    %342 = stablehlo.concatenate %341, %339, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %343 = stablehlo.multiply %338, %48 : tensor<1x2x64xf32>
    %344 = stablehlo.multiply %342, %49 : tensor<1x2x64xf32>
    %345 = stablehlo.add %343, %344 : tensor<1x2x64xf32>
    %346 = stablehlo.reshape %329 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %347 = stablehlo.reshape %345 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %348 = stablehlo.dynamic_update_slice %276, %347, %c_3, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %349 = stablehlo.reshape %346 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %350 = stablehlo.dynamic_update_slice %278, %349, %c_3, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %351 = stablehlo.slice %348 [4:5, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %352 = stablehlo.slice %350 [4:5, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %353 = stablehlo.reshape %337 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %354 = stablehlo.dot_general %353, %351, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %355 = stablehlo.multiply %354, %62 : tensor<1x2x7x256xf32>
    %356 = stablehlo.select %66, %355, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %357 = stablehlo.reduce(%356 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %358 = stablehlo.broadcast_in_dim %357, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %359 = stablehlo.subtract %356, %358 : tensor<1x2x7x256xf32>
    %360 = stablehlo.exponential %359 : tensor<1x2x7x256xf32>
    %361 = stablehlo.reduce(%360 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %362 = stablehlo.broadcast_in_dim %361, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %363 = stablehlo.divide %360, %362 : tensor<1x2x7x256xf32>
    %364 = stablehlo.dot_general %363, %352, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %365 = stablehlo.reshape %364 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %366 = stablehlo.dot_general %365, %arg61, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %367 = stablehlo.add %311, %366 : tensor<1x896xf32>
    %368 = stablehlo.multiply %367, %367 : tensor<1x896xf32>
    %369 = stablehlo.reduce(%368 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %370 = stablehlo.divide %369, %15 : tensor<1xf32>
    %371 = stablehlo.add %370, %17 : tensor<1xf32>
    %372 = stablehlo.rsqrt %371 : tensor<1xf32>
    %373 = stablehlo.broadcast_in_dim %372, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %374 = stablehlo.multiply %367, %373 : tensor<1x896xf32>
    %375 = stablehlo.broadcast_in_dim %arg62, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %376 = stablehlo.multiply %374, %375 : tensor<1x896xf32>
    %377 = stablehlo.dot_general %376, %arg63, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %378 = stablehlo.dot_general %376, %arg64, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %379 = stablehlo.logistic %377 : tensor<1x4864xf32>
    %380 = stablehlo.multiply %377, %379 : tensor<1x4864xf32>
    %381 = stablehlo.multiply %380, %378 : tensor<1x4864xf32>
    %382 = stablehlo.dot_general %381, %arg65, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %383 = stablehlo.add %367, %382 : tensor<1x896xf32>
    %384 = stablehlo.multiply %383, %383 : tensor<1x896xf32>
    %385 = stablehlo.reduce(%384 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %386 = stablehlo.divide %385, %15 : tensor<1xf32>
    %387 = stablehlo.add %386, %17 : tensor<1xf32>
    %388 = stablehlo.rsqrt %387 : tensor<1xf32>
    %389 = stablehlo.broadcast_in_dim %388, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %390 = stablehlo.multiply %383, %389 : tensor<1x896xf32>
    %391 = stablehlo.broadcast_in_dim %arg66, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %392 = stablehlo.multiply %390, %391 : tensor<1x896xf32>
    %c_4 = stablehlo.constant dense<5> : tensor<i32>
    %393 = stablehlo.dot_general %392, %arg67, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %394 = stablehlo.broadcast_in_dim %arg68, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %395 = stablehlo.add %393, %394 : tensor<1x896xf32>
    %396 = stablehlo.dot_general %392, %arg69, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %397 = stablehlo.broadcast_in_dim %arg70, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %398 = stablehlo.add %396, %397 : tensor<1x128xf32>
    %399 = stablehlo.dot_general %392, %arg71, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %400 = stablehlo.broadcast_in_dim %arg72, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %401 = stablehlo.add %399, %400 : tensor<1x128xf32>
    %402 = stablehlo.reshape %395 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %403 = stablehlo.slice %402 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %404 = stablehlo.slice %402 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %405 = stablehlo.negate %404 : tensor<1x14x32xf32>
    %406 = stablehlo.concatenate %405, %403, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %407 = stablehlo.multiply %402, %38 : tensor<1x14x64xf32>
    %408 = stablehlo.multiply %406, %39 : tensor<1x14x64xf32>
    %409 = stablehlo.add %407, %408 : tensor<1x14x64xf32>
    %410 = stablehlo.reshape %398 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %411 = stablehlo.slice %410 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %412 = stablehlo.slice %410 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %413 = stablehlo.negate %412 : tensor<1x2x32xf32>
    %414 = stablehlo.concatenate %413, %411, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %415 = stablehlo.multiply %410, %48 : tensor<1x2x64xf32>
    %416 = stablehlo.multiply %414, %49 : tensor<1x2x64xf32>
    %417 = stablehlo.add %415, %416 : tensor<1x2x64xf32>
    %418 = stablehlo.reshape %401 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %419 = stablehlo.reshape %417 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %420 = stablehlo.dynamic_update_slice %348, %419, %c_4, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %421 = stablehlo.reshape %418 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %422 = stablehlo.dynamic_update_slice %350, %421, %c_4, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %423 = stablehlo.slice %420 [5:6, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %424 = stablehlo.slice %422 [5:6, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %425 = stablehlo.reshape %409 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %426 = stablehlo.dot_general %425, %423, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %427 = stablehlo.multiply %426, %62 : tensor<1x2x7x256xf32>
    %428 = stablehlo.select %66, %427, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %429 = stablehlo.reduce(%428 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %430 = stablehlo.broadcast_in_dim %429, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %431 = stablehlo.subtract %428, %430 : tensor<1x2x7x256xf32>
    %432 = stablehlo.exponential %431 : tensor<1x2x7x256xf32>
    %433 = stablehlo.reduce(%432 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %434 = stablehlo.broadcast_in_dim %433, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %435 = stablehlo.divide %432, %434 : tensor<1x2x7x256xf32>
    %436 = stablehlo.dot_general %435, %424, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %437 = stablehlo.reshape %436 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %438 = stablehlo.dot_general %437, %arg73, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %439 = stablehlo.add %383, %438 : tensor<1x896xf32>
    %440 = stablehlo.multiply %439, %439 : tensor<1x896xf32>
    %441 = stablehlo.reduce(%440 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %442 = stablehlo.divide %441, %15 : tensor<1xf32>
    %443 = stablehlo.add %442, %17 : tensor<1xf32>
    %444 = stablehlo.rsqrt %443 : tensor<1xf32>
    %445 = stablehlo.broadcast_in_dim %444, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %446 = stablehlo.multiply %439, %445 : tensor<1x896xf32>
    %447 = stablehlo.broadcast_in_dim %arg74, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %448 = stablehlo.multiply %446, %447 : tensor<1x896xf32>
    %449 = stablehlo.dot_general %448, %arg75, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %450 = stablehlo.dot_general %448, %arg76, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %451 = stablehlo.logistic %449 : tensor<1x4864xf32>
    %452 = stablehlo.multiply %449, %451 : tensor<1x4864xf32>
    %453 = stablehlo.multiply %452, %450 : tensor<1x4864xf32>
    %454 = stablehlo.dot_general %453, %arg77, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %455 = stablehlo.add %439, %454 : tensor<1x896xf32>
    %456 = stablehlo.multiply %455, %455 : tensor<1x896xf32>
    %457 = stablehlo.reduce(%456 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %458 = stablehlo.divide %457, %15 : tensor<1xf32>
    %459 = stablehlo.add %458, %17 : tensor<1xf32>
    %460 = stablehlo.rsqrt %459 : tensor<1xf32>
    %461 = stablehlo.broadcast_in_dim %460, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %462 = stablehlo.multiply %455, %461 : tensor<1x896xf32>
    %463 = stablehlo.broadcast_in_dim %arg78, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %464 = stablehlo.multiply %462, %463 : tensor<1x896xf32>
    %c_5 = stablehlo.constant dense<6> : tensor<i32>
    %465 = stablehlo.dot_general %464, %arg79, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %466 = stablehlo.broadcast_in_dim %arg80, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %467 = stablehlo.add %465, %466 : tensor<1x896xf32>
    %468 = stablehlo.dot_general %464, %arg81, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %469 = stablehlo.broadcast_in_dim %arg82, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %470 = stablehlo.add %468, %469 : tensor<1x128xf32>
    %471 = stablehlo.dot_general %464, %arg83, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %472 = stablehlo.broadcast_in_dim %arg84, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %473 = stablehlo.add %471, %472 : tensor<1x128xf32>
    %474 = stablehlo.reshape %467 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %475 = stablehlo.slice %474 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %476 = stablehlo.slice %474 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %477 = stablehlo.negate %476 : tensor<1x14x32xf32>
    %478 = stablehlo.concatenate %477, %475, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %479 = stablehlo.multiply %474, %38 : tensor<1x14x64xf32>
    %480 = stablehlo.multiply %478, %39 : tensor<1x14x64xf32>
    %481 = stablehlo.add %479, %480 : tensor<1x14x64xf32>
    %482 = stablehlo.reshape %470 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %483 = stablehlo.slice %482 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %484 = stablehlo.slice %482 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %485 = stablehlo.negate %484 : tensor<1x2x32xf32>
    %486 = stablehlo.concatenate %485, %483, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %487 = stablehlo.multiply %482, %48 : tensor<1x2x64xf32>
    %488 = stablehlo.multiply %486, %49 : tensor<1x2x64xf32>
    %489 = stablehlo.add %487, %488 : tensor<1x2x64xf32>
    %490 = stablehlo.reshape %473 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %491 = stablehlo.reshape %489 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %492 = stablehlo.dynamic_update_slice %420, %491, %c_5, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %493 = stablehlo.reshape %490 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %494 = stablehlo.dynamic_update_slice %422, %493, %c_5, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %495 = stablehlo.slice %492 [6:7, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %496 = stablehlo.slice %494 [6:7, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %497 = stablehlo.reshape %481 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %498 = stablehlo.dot_general %497, %495, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %499 = stablehlo.multiply %498, %62 : tensor<1x2x7x256xf32>
    %500 = stablehlo.select %66, %499, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %501 = stablehlo.reduce(%500 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %502 = stablehlo.broadcast_in_dim %501, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %503 = stablehlo.subtract %500, %502 : tensor<1x2x7x256xf32>
    %504 = stablehlo.exponential %503 : tensor<1x2x7x256xf32>
    %505 = stablehlo.reduce(%504 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %506 = stablehlo.broadcast_in_dim %505, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %507 = stablehlo.divide %504, %506 : tensor<1x2x7x256xf32>
    %508 = stablehlo.dot_general %507, %496, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %509 = stablehlo.reshape %508 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %510 = stablehlo.dot_general %509, %arg85, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %511 = stablehlo.add %455, %510 : tensor<1x896xf32>
    %512 = stablehlo.multiply %511, %511 : tensor<1x896xf32>
    %513 = stablehlo.reduce(%512 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %514 = stablehlo.divide %513, %15 : tensor<1xf32>
    %515 = stablehlo.add %514, %17 : tensor<1xf32>
    %516 = stablehlo.rsqrt %515 : tensor<1xf32>
    %517 = stablehlo.broadcast_in_dim %516, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %518 = stablehlo.multiply %511, %517 : tensor<1x896xf32>
    %519 = stablehlo.broadcast_in_dim %arg86, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %520 = stablehlo.multiply %518, %519 : tensor<1x896xf32>
    %521 = stablehlo.dot_general %520, %arg87, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %522 = stablehlo.dot_general %520, %arg88, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %523 = stablehlo.logistic %521 : tensor<1x4864xf32>
    %524 = stablehlo.multiply %521, %523 : tensor<1x4864xf32>
    %525 = stablehlo.multiply %524, %522 : tensor<1x4864xf32>
    %526 = stablehlo.dot_general %525, %arg89, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %527 = stablehlo.add %511, %526 : tensor<1x896xf32>
    %528 = stablehlo.multiply %527, %527 : tensor<1x896xf32>
    %529 = stablehlo.reduce(%528 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %530 = stablehlo.divide %529, %15 : tensor<1xf32>
    %531 = stablehlo.add %530, %17 : tensor<1xf32>
    %532 = stablehlo.rsqrt %531 : tensor<1xf32>
    %533 = stablehlo.broadcast_in_dim %532, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %534 = stablehlo.multiply %527, %533 : tensor<1x896xf32>
    %535 = stablehlo.broadcast_in_dim %arg90, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %536 = stablehlo.multiply %534, %535 : tensor<1x896xf32>
    %c_6 = stablehlo.constant dense<7> : tensor<i32>
    %537 = stablehlo.dot_general %536, %arg91, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %538 = stablehlo.broadcast_in_dim %arg92, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %539 = stablehlo.add %537, %538 : tensor<1x896xf32>
    %540 = stablehlo.dot_general %536, %arg93, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %541 = stablehlo.broadcast_in_dim %arg94, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %542 = stablehlo.add %540, %541 : tensor<1x128xf32>
    %543 = stablehlo.dot_general %536, %arg95, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %544 = stablehlo.broadcast_in_dim %arg96, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %545 = stablehlo.add %543, %544 : tensor<1x128xf32>
    %546 = stablehlo.reshape %539 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %547 = stablehlo.slice %546 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %548 = stablehlo.slice %546 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %549 = stablehlo.negate %548 : tensor<1x14x32xf32>
    %550 = stablehlo.concatenate %549, %547, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %551 = stablehlo.multiply %546, %38 : tensor<1x14x64xf32>
    %552 = stablehlo.multiply %550, %39 : tensor<1x14x64xf32>
    %553 = stablehlo.add %551, %552 : tensor<1x14x64xf32>
    %554 = stablehlo.reshape %542 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %555 = stablehlo.slice %554 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %556 = stablehlo.slice %554 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %557 = stablehlo.negate %556 : tensor<1x2x32xf32>
    %558 = stablehlo.concatenate %557, %555, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %559 = stablehlo.multiply %554, %48 : tensor<1x2x64xf32>
    %560 = stablehlo.multiply %558, %49 : tensor<1x2x64xf32>
    %561 = stablehlo.add %559, %560 : tensor<1x2x64xf32>
    %562 = stablehlo.reshape %545 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %563 = stablehlo.reshape %561 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %564 = stablehlo.dynamic_update_slice %492, %563, %c_6, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %565 = stablehlo.reshape %562 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %566 = stablehlo.dynamic_update_slice %494, %565, %c_6, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %567 = stablehlo.slice %564 [7:8, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %568 = stablehlo.slice %566 [7:8, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %569 = stablehlo.reshape %553 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %570 = stablehlo.dot_general %569, %567, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %571 = stablehlo.multiply %570, %62 : tensor<1x2x7x256xf32>
    %572 = stablehlo.select %66, %571, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %573 = stablehlo.reduce(%572 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %574 = stablehlo.broadcast_in_dim %573, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %575 = stablehlo.subtract %572, %574 : tensor<1x2x7x256xf32>
    %576 = stablehlo.exponential %575 : tensor<1x2x7x256xf32>
    %577 = stablehlo.reduce(%576 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %578 = stablehlo.broadcast_in_dim %577, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %579 = stablehlo.divide %576, %578 : tensor<1x2x7x256xf32>
    %580 = stablehlo.dot_general %579, %568, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %581 = stablehlo.reshape %580 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %582 = stablehlo.dot_general %581, %arg97, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %583 = stablehlo.add %527, %582 : tensor<1x896xf32>
    %584 = stablehlo.multiply %583, %583 : tensor<1x896xf32>
    %585 = stablehlo.reduce(%584 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %586 = stablehlo.divide %585, %15 : tensor<1xf32>
    %587 = stablehlo.add %586, %17 : tensor<1xf32>
    %588 = stablehlo.rsqrt %587 : tensor<1xf32>
    %589 = stablehlo.broadcast_in_dim %588, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %590 = stablehlo.multiply %583, %589 : tensor<1x896xf32>
    %591 = stablehlo.broadcast_in_dim %arg98, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %592 = stablehlo.multiply %590, %591 : tensor<1x896xf32>
    %593 = stablehlo.dot_general %592, %arg99, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %594 = stablehlo.dot_general %592, %arg100, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %595 = stablehlo.logistic %593 : tensor<1x4864xf32>
    %596 = stablehlo.multiply %593, %595 : tensor<1x4864xf32>
    %597 = stablehlo.multiply %596, %594 : tensor<1x4864xf32>
    %598 = stablehlo.dot_general %597, %arg101, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %599 = stablehlo.add %583, %598 : tensor<1x896xf32>
    %600 = stablehlo.multiply %599, %599 : tensor<1x896xf32>
    %601 = stablehlo.reduce(%600 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %602 = stablehlo.divide %601, %15 : tensor<1xf32>
    %603 = stablehlo.add %602, %17 : tensor<1xf32>
    %604 = stablehlo.rsqrt %603 : tensor<1xf32>
    %605 = stablehlo.broadcast_in_dim %604, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %606 = stablehlo.multiply %599, %605 : tensor<1x896xf32>
    %607 = stablehlo.broadcast_in_dim %arg102, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %608 = stablehlo.multiply %606, %607 : tensor<1x896xf32>
    %c_7 = stablehlo.constant dense<8> : tensor<i32>
    %609 = stablehlo.dot_general %608, %arg103, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %610 = stablehlo.broadcast_in_dim %arg104, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %611 = stablehlo.add %609, %610 : tensor<1x896xf32>
    %612 = stablehlo.dot_general %608, %arg105, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %613 = stablehlo.broadcast_in_dim %arg106, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %614 = stablehlo.add %612, %613 : tensor<1x128xf32>
    %615 = stablehlo.dot_general %608, %arg107, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %616 = stablehlo.broadcast_in_dim %arg108, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %617 = stablehlo.add %615, %616 : tensor<1x128xf32>
    %618 = stablehlo.reshape %611 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %619 = stablehlo.slice %618 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %620 = stablehlo.slice %618 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %621 = stablehlo.negate %620 : tensor<1x14x32xf32>
    %622 = stablehlo.concatenate %621, %619, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %623 = stablehlo.multiply %618, %38 : tensor<1x14x64xf32>
    %624 = stablehlo.multiply %622, %39 : tensor<1x14x64xf32>
    %625 = stablehlo.add %623, %624 : tensor<1x14x64xf32>
    %626 = stablehlo.reshape %614 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %627 = stablehlo.slice %626 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %628 = stablehlo.slice %626 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %629 = stablehlo.negate %628 : tensor<1x2x32xf32>
    %630 = stablehlo.concatenate %629, %627, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %631 = stablehlo.multiply %626, %48 : tensor<1x2x64xf32>
    %632 = stablehlo.multiply %630, %49 : tensor<1x2x64xf32>
    %633 = stablehlo.add %631, %632 : tensor<1x2x64xf32>
    %634 = stablehlo.reshape %617 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %635 = stablehlo.reshape %633 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %636 = stablehlo.dynamic_update_slice %564, %635, %c_7, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %637 = stablehlo.reshape %634 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %638 = stablehlo.dynamic_update_slice %566, %637, %c_7, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %639 = stablehlo.slice %636 [8:9, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %640 = stablehlo.slice %638 [8:9, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %641 = stablehlo.reshape %625 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %642 = stablehlo.dot_general %641, %639, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %643 = stablehlo.multiply %642, %62 : tensor<1x2x7x256xf32>
    %644 = stablehlo.select %66, %643, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %645 = stablehlo.reduce(%644 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %646 = stablehlo.broadcast_in_dim %645, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %647 = stablehlo.subtract %644, %646 : tensor<1x2x7x256xf32>
    %648 = stablehlo.exponential %647 : tensor<1x2x7x256xf32>
    %649 = stablehlo.reduce(%648 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %650 = stablehlo.broadcast_in_dim %649, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %651 = stablehlo.divide %648, %650 : tensor<1x2x7x256xf32>
    %652 = stablehlo.dot_general %651, %640, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %653 = stablehlo.reshape %652 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %654 = stablehlo.dot_general %653, %arg109, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %655 = stablehlo.add %599, %654 : tensor<1x896xf32>
    %656 = stablehlo.multiply %655, %655 : tensor<1x896xf32>
    %657 = stablehlo.reduce(%656 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %658 = stablehlo.divide %657, %15 : tensor<1xf32>
    %659 = stablehlo.add %658, %17 : tensor<1xf32>
    %660 = stablehlo.rsqrt %659 : tensor<1xf32>
    %661 = stablehlo.broadcast_in_dim %660, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %662 = stablehlo.multiply %655, %661 : tensor<1x896xf32>
    %663 = stablehlo.broadcast_in_dim %arg110, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %664 = stablehlo.multiply %662, %663 : tensor<1x896xf32>
    %665 = stablehlo.dot_general %664, %arg111, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %666 = stablehlo.dot_general %664, %arg112, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %667 = stablehlo.logistic %665 : tensor<1x4864xf32>
    %668 = stablehlo.multiply %665, %667 : tensor<1x4864xf32>
    %669 = stablehlo.multiply %668, %666 : tensor<1x4864xf32>
    %670 = stablehlo.dot_general %669, %arg113, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %671 = stablehlo.add %655, %670 : tensor<1x896xf32>
    %672 = stablehlo.multiply %671, %671 : tensor<1x896xf32>
    %673 = stablehlo.reduce(%672 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %674 = stablehlo.divide %673, %15 : tensor<1xf32>
    %675 = stablehlo.add %674, %17 : tensor<1xf32>
    %676 = stablehlo.rsqrt %675 : tensor<1xf32>
    %677 = stablehlo.broadcast_in_dim %676, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %678 = stablehlo.multiply %671, %677 : tensor<1x896xf32>
    %679 = stablehlo.broadcast_in_dim %arg114, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %680 = stablehlo.multiply %678, %679 : tensor<1x896xf32>
    %c_8 = stablehlo.constant dense<9> : tensor<i32>
    %681 = stablehlo.dot_general %680, %arg115, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %682 = stablehlo.broadcast_in_dim %arg116, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %683 = stablehlo.add %681, %682 : tensor<1x896xf32>
    %684 = stablehlo.dot_general %680, %arg117, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %685 = stablehlo.broadcast_in_dim %arg118, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %686 = stablehlo.add %684, %685 : tensor<1x128xf32>
    %687 = stablehlo.dot_general %680, %arg119, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %688 = stablehlo.broadcast_in_dim %arg120, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %689 = stablehlo.add %687, %688 : tensor<1x128xf32>
    %690 = stablehlo.reshape %683 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %691 = stablehlo.slice %690 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %692 = stablehlo.slice %690 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %693 = stablehlo.negate %692 : tensor<1x14x32xf32>
    %694 = stablehlo.concatenate %693, %691, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %695 = stablehlo.multiply %690, %38 : tensor<1x14x64xf32>
    %696 = stablehlo.multiply %694, %39 : tensor<1x14x64xf32>
    %697 = stablehlo.add %695, %696 : tensor<1x14x64xf32>
    %698 = stablehlo.reshape %686 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %699 = stablehlo.slice %698 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %700 = stablehlo.slice %698 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %701 = stablehlo.negate %700 : tensor<1x2x32xf32>
    %702 = stablehlo.concatenate %701, %699, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %703 = stablehlo.multiply %698, %48 : tensor<1x2x64xf32>
    %704 = stablehlo.multiply %702, %49 : tensor<1x2x64xf32>
    %705 = stablehlo.add %703, %704 : tensor<1x2x64xf32>
    %706 = stablehlo.reshape %689 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %707 = stablehlo.reshape %705 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %708 = stablehlo.dynamic_update_slice %636, %707, %c_8, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %709 = stablehlo.reshape %706 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %710 = stablehlo.dynamic_update_slice %638, %709, %c_8, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %711 = stablehlo.slice %708 [9:10, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %712 = stablehlo.slice %710 [9:10, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %713 = stablehlo.reshape %697 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %714 = stablehlo.dot_general %713, %711, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %715 = stablehlo.multiply %714, %62 : tensor<1x2x7x256xf32>
    %716 = stablehlo.select %66, %715, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %717 = stablehlo.reduce(%716 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %718 = stablehlo.broadcast_in_dim %717, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %719 = stablehlo.subtract %716, %718 : tensor<1x2x7x256xf32>
    %720 = stablehlo.exponential %719 : tensor<1x2x7x256xf32>
    %721 = stablehlo.reduce(%720 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %722 = stablehlo.broadcast_in_dim %721, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %723 = stablehlo.divide %720, %722 : tensor<1x2x7x256xf32>
    %724 = stablehlo.dot_general %723, %712, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %725 = stablehlo.reshape %724 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %726 = stablehlo.dot_general %725, %arg121, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %727 = stablehlo.add %671, %726 : tensor<1x896xf32>
    %728 = stablehlo.multiply %727, %727 : tensor<1x896xf32>
    %729 = stablehlo.reduce(%728 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %730 = stablehlo.divide %729, %15 : tensor<1xf32>
    %731 = stablehlo.add %730, %17 : tensor<1xf32>
    %732 = stablehlo.rsqrt %731 : tensor<1xf32>
    %733 = stablehlo.broadcast_in_dim %732, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %734 = stablehlo.multiply %727, %733 : tensor<1x896xf32>
    %735 = stablehlo.broadcast_in_dim %arg122, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %736 = stablehlo.multiply %734, %735 : tensor<1x896xf32>
    %737 = stablehlo.dot_general %736, %arg123, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %738 = stablehlo.dot_general %736, %arg124, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %739 = stablehlo.logistic %737 : tensor<1x4864xf32>
    %740 = stablehlo.multiply %737, %739 : tensor<1x4864xf32>
    %741 = stablehlo.multiply %740, %738 : tensor<1x4864xf32>
    %742 = stablehlo.dot_general %741, %arg125, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %743 = stablehlo.add %727, %742 : tensor<1x896xf32>
    %744 = stablehlo.multiply %743, %743 : tensor<1x896xf32>
    %745 = stablehlo.reduce(%744 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %746 = stablehlo.divide %745, %15 : tensor<1xf32>
    %747 = stablehlo.add %746, %17 : tensor<1xf32>
    %748 = stablehlo.rsqrt %747 : tensor<1xf32>
    %749 = stablehlo.broadcast_in_dim %748, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %750 = stablehlo.multiply %743, %749 : tensor<1x896xf32>
    %751 = stablehlo.broadcast_in_dim %arg126, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %752 = stablehlo.multiply %750, %751 : tensor<1x896xf32>
    %c_9 = stablehlo.constant dense<10> : tensor<i32>
    %753 = stablehlo.dot_general %752, %arg127, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %754 = stablehlo.broadcast_in_dim %arg128, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %755 = stablehlo.add %753, %754 : tensor<1x896xf32>
    %756 = stablehlo.dot_general %752, %arg129, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %757 = stablehlo.broadcast_in_dim %arg130, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %758 = stablehlo.add %756, %757 : tensor<1x128xf32>
    %759 = stablehlo.dot_general %752, %arg131, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %760 = stablehlo.broadcast_in_dim %arg132, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %761 = stablehlo.add %759, %760 : tensor<1x128xf32>
    %762 = stablehlo.reshape %755 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %763 = stablehlo.slice %762 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %764 = stablehlo.slice %762 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %765 = stablehlo.negate %764 : tensor<1x14x32xf32>
    %766 = stablehlo.concatenate %765, %763, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %767 = stablehlo.multiply %762, %38 : tensor<1x14x64xf32>
    %768 = stablehlo.multiply %766, %39 : tensor<1x14x64xf32>
    %769 = stablehlo.add %767, %768 : tensor<1x14x64xf32>
    %770 = stablehlo.reshape %758 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %771 = stablehlo.slice %770 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %772 = stablehlo.slice %770 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %773 = stablehlo.negate %772 : tensor<1x2x32xf32>
    %774 = stablehlo.concatenate %773, %771, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %775 = stablehlo.multiply %770, %48 : tensor<1x2x64xf32>
    %776 = stablehlo.multiply %774, %49 : tensor<1x2x64xf32>
    %777 = stablehlo.add %775, %776 : tensor<1x2x64xf32>
    %778 = stablehlo.reshape %761 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %779 = stablehlo.reshape %777 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %780 = stablehlo.dynamic_update_slice %708, %779, %c_9, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %781 = stablehlo.reshape %778 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %782 = stablehlo.dynamic_update_slice %710, %781, %c_9, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %783 = stablehlo.slice %780 [10:11, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %784 = stablehlo.slice %782 [10:11, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %785 = stablehlo.reshape %769 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %786 = stablehlo.dot_general %785, %783, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %787 = stablehlo.multiply %786, %62 : tensor<1x2x7x256xf32>
    %788 = stablehlo.select %66, %787, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %789 = stablehlo.reduce(%788 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %790 = stablehlo.broadcast_in_dim %789, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %791 = stablehlo.subtract %788, %790 : tensor<1x2x7x256xf32>
    %792 = stablehlo.exponential %791 : tensor<1x2x7x256xf32>
    %793 = stablehlo.reduce(%792 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %794 = stablehlo.broadcast_in_dim %793, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %795 = stablehlo.divide %792, %794 : tensor<1x2x7x256xf32>
    %796 = stablehlo.dot_general %795, %784, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %797 = stablehlo.reshape %796 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %798 = stablehlo.dot_general %797, %arg133, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %799 = stablehlo.add %743, %798 : tensor<1x896xf32>
    %800 = stablehlo.multiply %799, %799 : tensor<1x896xf32>
    %801 = stablehlo.reduce(%800 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %802 = stablehlo.divide %801, %15 : tensor<1xf32>
    %803 = stablehlo.add %802, %17 : tensor<1xf32>
    %804 = stablehlo.rsqrt %803 : tensor<1xf32>
    %805 = stablehlo.broadcast_in_dim %804, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %806 = stablehlo.multiply %799, %805 : tensor<1x896xf32>
    %807 = stablehlo.broadcast_in_dim %arg134, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %808 = stablehlo.multiply %806, %807 : tensor<1x896xf32>
    %809 = stablehlo.dot_general %808, %arg135, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %810 = stablehlo.dot_general %808, %arg136, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %811 = stablehlo.logistic %809 : tensor<1x4864xf32>
    %812 = stablehlo.multiply %809, %811 : tensor<1x4864xf32>
    %813 = stablehlo.multiply %812, %810 : tensor<1x4864xf32>
    %814 = stablehlo.dot_general %813, %arg137, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %815 = stablehlo.add %799, %814 : tensor<1x896xf32>
    %816 = stablehlo.multiply %815, %815 : tensor<1x896xf32>
    %817 = stablehlo.reduce(%816 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %818 = stablehlo.divide %817, %15 : tensor<1xf32>
    %819 = stablehlo.add %818, %17 : tensor<1xf32>
    %820 = stablehlo.rsqrt %819 : tensor<1xf32>
    %821 = stablehlo.broadcast_in_dim %820, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %822 = stablehlo.multiply %815, %821 : tensor<1x896xf32>
    %823 = stablehlo.broadcast_in_dim %arg138, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %824 = stablehlo.multiply %822, %823 : tensor<1x896xf32>
    %c_10 = stablehlo.constant dense<11> : tensor<i32>
    %825 = stablehlo.dot_general %824, %arg139, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %826 = stablehlo.broadcast_in_dim %arg140, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %827 = stablehlo.add %825, %826 : tensor<1x896xf32>
    %828 = stablehlo.dot_general %824, %arg141, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %829 = stablehlo.broadcast_in_dim %arg142, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %830 = stablehlo.add %828, %829 : tensor<1x128xf32>
    %831 = stablehlo.dot_general %824, %arg143, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %832 = stablehlo.broadcast_in_dim %arg144, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %833 = stablehlo.add %831, %832 : tensor<1x128xf32>
    %834 = stablehlo.reshape %827 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %835 = stablehlo.slice %834 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %836 = stablehlo.slice %834 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %837 = stablehlo.negate %836 : tensor<1x14x32xf32>
    %838 = stablehlo.concatenate %837, %835, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %839 = stablehlo.multiply %834, %38 : tensor<1x14x64xf32>
    %840 = stablehlo.multiply %838, %39 : tensor<1x14x64xf32>
    %841 = stablehlo.add %839, %840 : tensor<1x14x64xf32>
    %842 = stablehlo.reshape %830 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %843 = stablehlo.slice %842 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %844 = stablehlo.slice %842 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %845 = stablehlo.negate %844 : tensor<1x2x32xf32>
    %846 = stablehlo.concatenate %845, %843, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %847 = stablehlo.multiply %842, %48 : tensor<1x2x64xf32>
    %848 = stablehlo.multiply %846, %49 : tensor<1x2x64xf32>
    %849 = stablehlo.add %847, %848 : tensor<1x2x64xf32>
    %850 = stablehlo.reshape %833 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %851 = stablehlo.reshape %849 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %852 = stablehlo.dynamic_update_slice %780, %851, %c_10, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %853 = stablehlo.reshape %850 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %854 = stablehlo.dynamic_update_slice %782, %853, %c_10, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %855 = stablehlo.slice %852 [11:12, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %856 = stablehlo.slice %854 [11:12, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %857 = stablehlo.reshape %841 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %858 = stablehlo.dot_general %857, %855, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %859 = stablehlo.multiply %858, %62 : tensor<1x2x7x256xf32>
    %860 = stablehlo.select %66, %859, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %861 = stablehlo.reduce(%860 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %862 = stablehlo.broadcast_in_dim %861, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %863 = stablehlo.subtract %860, %862 : tensor<1x2x7x256xf32>
    %864 = stablehlo.exponential %863 : tensor<1x2x7x256xf32>
    %865 = stablehlo.reduce(%864 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %866 = stablehlo.broadcast_in_dim %865, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %867 = stablehlo.divide %864, %866 : tensor<1x2x7x256xf32>
    %868 = stablehlo.dot_general %867, %856, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %869 = stablehlo.reshape %868 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %870 = stablehlo.dot_general %869, %arg145, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %871 = stablehlo.add %815, %870 : tensor<1x896xf32>
    %872 = stablehlo.multiply %871, %871 : tensor<1x896xf32>
    %873 = stablehlo.reduce(%872 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %874 = stablehlo.divide %873, %15 : tensor<1xf32>
    %875 = stablehlo.add %874, %17 : tensor<1xf32>
    %876 = stablehlo.rsqrt %875 : tensor<1xf32>
    %877 = stablehlo.broadcast_in_dim %876, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %878 = stablehlo.multiply %871, %877 : tensor<1x896xf32>
    %879 = stablehlo.broadcast_in_dim %arg146, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %880 = stablehlo.multiply %878, %879 : tensor<1x896xf32>
    %881 = stablehlo.dot_general %880, %arg147, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %882 = stablehlo.dot_general %880, %arg148, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %883 = stablehlo.logistic %881 : tensor<1x4864xf32>
    %884 = stablehlo.multiply %881, %883 : tensor<1x4864xf32>
    %885 = stablehlo.multiply %884, %882 : tensor<1x4864xf32>
    %886 = stablehlo.dot_general %885, %arg149, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %887 = stablehlo.add %871, %886 : tensor<1x896xf32>
    %888 = stablehlo.multiply %887, %887 : tensor<1x896xf32>
    %889 = stablehlo.reduce(%888 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %890 = stablehlo.divide %889, %15 : tensor<1xf32>
    %891 = stablehlo.add %890, %17 : tensor<1xf32>
    %892 = stablehlo.rsqrt %891 : tensor<1xf32>
    %893 = stablehlo.broadcast_in_dim %892, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %894 = stablehlo.multiply %887, %893 : tensor<1x896xf32>
    %895 = stablehlo.broadcast_in_dim %arg150, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %896 = stablehlo.multiply %894, %895 : tensor<1x896xf32>
    %c_11 = stablehlo.constant dense<12> : tensor<i32>
    %897 = stablehlo.dot_general %896, %arg151, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %898 = stablehlo.broadcast_in_dim %arg152, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %899 = stablehlo.add %897, %898 : tensor<1x896xf32>
    %900 = stablehlo.dot_general %896, %arg153, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %901 = stablehlo.broadcast_in_dim %arg154, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %902 = stablehlo.add %900, %901 : tensor<1x128xf32>
    %903 = stablehlo.dot_general %896, %arg155, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %904 = stablehlo.broadcast_in_dim %arg156, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %905 = stablehlo.add %903, %904 : tensor<1x128xf32>
    %906 = stablehlo.reshape %899 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %907 = stablehlo.slice %906 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %908 = stablehlo.slice %906 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %909 = stablehlo.negate %908 : tensor<1x14x32xf32>
    %910 = stablehlo.concatenate %909, %907, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %911 = stablehlo.multiply %906, %38 : tensor<1x14x64xf32>
    %912 = stablehlo.multiply %910, %39 : tensor<1x14x64xf32>
    %913 = stablehlo.add %911, %912 : tensor<1x14x64xf32>
    %914 = stablehlo.reshape %902 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %915 = stablehlo.slice %914 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %916 = stablehlo.slice %914 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %917 = stablehlo.negate %916 : tensor<1x2x32xf32>
    %918 = stablehlo.concatenate %917, %915, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %919 = stablehlo.multiply %914, %48 : tensor<1x2x64xf32>
    %920 = stablehlo.multiply %918, %49 : tensor<1x2x64xf32>
    %921 = stablehlo.add %919, %920 : tensor<1x2x64xf32>
    %922 = stablehlo.reshape %905 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %923 = stablehlo.reshape %921 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %924 = stablehlo.dynamic_update_slice %852, %923, %c_11, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %925 = stablehlo.reshape %922 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %926 = stablehlo.dynamic_update_slice %854, %925, %c_11, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %927 = stablehlo.slice %924 [12:13, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %928 = stablehlo.slice %926 [12:13, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %929 = stablehlo.reshape %913 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %930 = stablehlo.dot_general %929, %927, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %931 = stablehlo.multiply %930, %62 : tensor<1x2x7x256xf32>
    %932 = stablehlo.select %66, %931, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %933 = stablehlo.reduce(%932 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %934 = stablehlo.broadcast_in_dim %933, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %935 = stablehlo.subtract %932, %934 : tensor<1x2x7x256xf32>
    %936 = stablehlo.exponential %935 : tensor<1x2x7x256xf32>
    %937 = stablehlo.reduce(%936 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %938 = stablehlo.broadcast_in_dim %937, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %939 = stablehlo.divide %936, %938 : tensor<1x2x7x256xf32>
    %940 = stablehlo.dot_general %939, %928, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %941 = stablehlo.reshape %940 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %942 = stablehlo.dot_general %941, %arg157, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %943 = stablehlo.add %887, %942 : tensor<1x896xf32>
    %944 = stablehlo.multiply %943, %943 : tensor<1x896xf32>
    %945 = stablehlo.reduce(%944 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %946 = stablehlo.divide %945, %15 : tensor<1xf32>
    %947 = stablehlo.add %946, %17 : tensor<1xf32>
    %948 = stablehlo.rsqrt %947 : tensor<1xf32>
    %949 = stablehlo.broadcast_in_dim %948, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %950 = stablehlo.multiply %943, %949 : tensor<1x896xf32>
    %951 = stablehlo.broadcast_in_dim %arg158, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %952 = stablehlo.multiply %950, %951 : tensor<1x896xf32>
    %953 = stablehlo.dot_general %952, %arg159, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %954 = stablehlo.dot_general %952, %arg160, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %955 = stablehlo.logistic %953 : tensor<1x4864xf32>
    %956 = stablehlo.multiply %953, %955 : tensor<1x4864xf32>
    %957 = stablehlo.multiply %956, %954 : tensor<1x4864xf32>
    %958 = stablehlo.dot_general %957, %arg161, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %959 = stablehlo.add %943, %958 : tensor<1x896xf32>
    %960 = stablehlo.multiply %959, %959 : tensor<1x896xf32>
    %961 = stablehlo.reduce(%960 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %962 = stablehlo.divide %961, %15 : tensor<1xf32>
    %963 = stablehlo.add %962, %17 : tensor<1xf32>
    %964 = stablehlo.rsqrt %963 : tensor<1xf32>
    %965 = stablehlo.broadcast_in_dim %964, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %966 = stablehlo.multiply %959, %965 : tensor<1x896xf32>
    %967 = stablehlo.broadcast_in_dim %arg162, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %968 = stablehlo.multiply %966, %967 : tensor<1x896xf32>
    %c_12 = stablehlo.constant dense<13> : tensor<i32>
    %969 = stablehlo.dot_general %968, %arg163, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %970 = stablehlo.broadcast_in_dim %arg164, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %971 = stablehlo.add %969, %970 : tensor<1x896xf32>
    %972 = stablehlo.dot_general %968, %arg165, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %973 = stablehlo.broadcast_in_dim %arg166, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %974 = stablehlo.add %972, %973 : tensor<1x128xf32>
    %975 = stablehlo.dot_general %968, %arg167, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %976 = stablehlo.broadcast_in_dim %arg168, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %977 = stablehlo.add %975, %976 : tensor<1x128xf32>
    %978 = stablehlo.reshape %971 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %979 = stablehlo.slice %978 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %980 = stablehlo.slice %978 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %981 = stablehlo.negate %980 : tensor<1x14x32xf32>
    %982 = stablehlo.concatenate %981, %979, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %983 = stablehlo.multiply %978, %38 : tensor<1x14x64xf32>
    %984 = stablehlo.multiply %982, %39 : tensor<1x14x64xf32>
    %985 = stablehlo.add %983, %984 : tensor<1x14x64xf32>
    %986 = stablehlo.reshape %974 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %987 = stablehlo.slice %986 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %988 = stablehlo.slice %986 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %989 = stablehlo.negate %988 : tensor<1x2x32xf32>
    %990 = stablehlo.concatenate %989, %987, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %991 = stablehlo.multiply %986, %48 : tensor<1x2x64xf32>
    %992 = stablehlo.multiply %990, %49 : tensor<1x2x64xf32>
    %993 = stablehlo.add %991, %992 : tensor<1x2x64xf32>
    %994 = stablehlo.reshape %977 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %995 = stablehlo.reshape %993 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %996 = stablehlo.dynamic_update_slice %924, %995, %c_12, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %997 = stablehlo.reshape %994 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %998 = stablehlo.dynamic_update_slice %926, %997, %c_12, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %999 = stablehlo.slice %996 [13:14, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1000 = stablehlo.slice %998 [13:14, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1001 = stablehlo.reshape %985 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %1002 = stablehlo.dot_general %1001, %999, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %1003 = stablehlo.multiply %1002, %62 : tensor<1x2x7x256xf32>
    %1004 = stablehlo.select %66, %1003, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %1005 = stablehlo.reduce(%1004 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1006 = stablehlo.broadcast_in_dim %1005, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1007 = stablehlo.subtract %1004, %1006 : tensor<1x2x7x256xf32>
    %1008 = stablehlo.exponential %1007 : tensor<1x2x7x256xf32>
    %1009 = stablehlo.reduce(%1008 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1010 = stablehlo.broadcast_in_dim %1009, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1011 = stablehlo.divide %1008, %1010 : tensor<1x2x7x256xf32>
    %1012 = stablehlo.dot_general %1011, %1000, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %1013 = stablehlo.reshape %1012 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %1014 = stablehlo.dot_general %1013, %arg169, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1015 = stablehlo.add %959, %1014 : tensor<1x896xf32>
    %1016 = stablehlo.multiply %1015, %1015 : tensor<1x896xf32>
    %1017 = stablehlo.reduce(%1016 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1018 = stablehlo.divide %1017, %15 : tensor<1xf32>
    %1019 = stablehlo.add %1018, %17 : tensor<1xf32>
    %1020 = stablehlo.rsqrt %1019 : tensor<1xf32>
    %1021 = stablehlo.broadcast_in_dim %1020, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1022 = stablehlo.multiply %1015, %1021 : tensor<1x896xf32>
    %1023 = stablehlo.broadcast_in_dim %arg170, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1024 = stablehlo.multiply %1022, %1023 : tensor<1x896xf32>
    %1025 = stablehlo.dot_general %1024, %arg171, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1026 = stablehlo.dot_general %1024, %arg172, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1027 = stablehlo.logistic %1025 : tensor<1x4864xf32>
    %1028 = stablehlo.multiply %1025, %1027 : tensor<1x4864xf32>
    %1029 = stablehlo.multiply %1028, %1026 : tensor<1x4864xf32>
    %1030 = stablehlo.dot_general %1029, %arg173, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %1031 = stablehlo.add %1015, %1030 : tensor<1x896xf32>
    %1032 = stablehlo.multiply %1031, %1031 : tensor<1x896xf32>
    %1033 = stablehlo.reduce(%1032 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1034 = stablehlo.divide %1033, %15 : tensor<1xf32>
    %1035 = stablehlo.add %1034, %17 : tensor<1xf32>
    %1036 = stablehlo.rsqrt %1035 : tensor<1xf32>
    %1037 = stablehlo.broadcast_in_dim %1036, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1038 = stablehlo.multiply %1031, %1037 : tensor<1x896xf32>
    %1039 = stablehlo.broadcast_in_dim %arg174, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1040 = stablehlo.multiply %1038, %1039 : tensor<1x896xf32>
    %c_13 = stablehlo.constant dense<14> : tensor<i32>
    %1041 = stablehlo.dot_general %1040, %arg175, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1042 = stablehlo.broadcast_in_dim %arg176, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1043 = stablehlo.add %1041, %1042 : tensor<1x896xf32>
    %1044 = stablehlo.dot_general %1040, %arg177, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1045 = stablehlo.broadcast_in_dim %arg178, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1046 = stablehlo.add %1044, %1045 : tensor<1x128xf32>
    %1047 = stablehlo.dot_general %1040, %arg179, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1048 = stablehlo.broadcast_in_dim %arg180, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1049 = stablehlo.add %1047, %1048 : tensor<1x128xf32>
    %1050 = stablehlo.reshape %1043 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %1051 = stablehlo.slice %1050 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1052 = stablehlo.slice %1050 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1053 = stablehlo.negate %1052 : tensor<1x14x32xf32>
    %1054 = stablehlo.concatenate %1053, %1051, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %1055 = stablehlo.multiply %1050, %38 : tensor<1x14x64xf32>
    %1056 = stablehlo.multiply %1054, %39 : tensor<1x14x64xf32>
    %1057 = stablehlo.add %1055, %1056 : tensor<1x14x64xf32>
    %1058 = stablehlo.reshape %1046 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1059 = stablehlo.slice %1058 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1060 = stablehlo.slice %1058 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1061 = stablehlo.negate %1060 : tensor<1x2x32xf32>
    %1062 = stablehlo.concatenate %1061, %1059, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %1063 = stablehlo.multiply %1058, %48 : tensor<1x2x64xf32>
    %1064 = stablehlo.multiply %1062, %49 : tensor<1x2x64xf32>
    %1065 = stablehlo.add %1063, %1064 : tensor<1x2x64xf32>
    %1066 = stablehlo.reshape %1049 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1067 = stablehlo.reshape %1065 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1068 = stablehlo.dynamic_update_slice %996, %1067, %c_13, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1069 = stablehlo.reshape %1066 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1070 = stablehlo.dynamic_update_slice %998, %1069, %c_13, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1071 = stablehlo.slice %1068 [14:15, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1072 = stablehlo.slice %1070 [14:15, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1073 = stablehlo.reshape %1057 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %1074 = stablehlo.dot_general %1073, %1071, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %1075 = stablehlo.multiply %1074, %62 : tensor<1x2x7x256xf32>
    %1076 = stablehlo.select %66, %1075, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %1077 = stablehlo.reduce(%1076 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1078 = stablehlo.broadcast_in_dim %1077, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1079 = stablehlo.subtract %1076, %1078 : tensor<1x2x7x256xf32>
    %1080 = stablehlo.exponential %1079 : tensor<1x2x7x256xf32>
    %1081 = stablehlo.reduce(%1080 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1082 = stablehlo.broadcast_in_dim %1081, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1083 = stablehlo.divide %1080, %1082 : tensor<1x2x7x256xf32>
    %1084 = stablehlo.dot_general %1083, %1072, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %1085 = stablehlo.reshape %1084 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %1086 = stablehlo.dot_general %1085, %arg181, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1087 = stablehlo.add %1031, %1086 : tensor<1x896xf32>
    %1088 = stablehlo.multiply %1087, %1087 : tensor<1x896xf32>
    %1089 = stablehlo.reduce(%1088 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1090 = stablehlo.divide %1089, %15 : tensor<1xf32>
    %1091 = stablehlo.add %1090, %17 : tensor<1xf32>
    %1092 = stablehlo.rsqrt %1091 : tensor<1xf32>
    %1093 = stablehlo.broadcast_in_dim %1092, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1094 = stablehlo.multiply %1087, %1093 : tensor<1x896xf32>
    %1095 = stablehlo.broadcast_in_dim %arg182, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1096 = stablehlo.multiply %1094, %1095 : tensor<1x896xf32>
    %1097 = stablehlo.dot_general %1096, %arg183, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1098 = stablehlo.dot_general %1096, %arg184, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1099 = stablehlo.logistic %1097 : tensor<1x4864xf32>
    %1100 = stablehlo.multiply %1097, %1099 : tensor<1x4864xf32>
    %1101 = stablehlo.multiply %1100, %1098 : tensor<1x4864xf32>
    %1102 = stablehlo.dot_general %1101, %arg185, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %1103 = stablehlo.add %1087, %1102 : tensor<1x896xf32>
    %1104 = stablehlo.multiply %1103, %1103 : tensor<1x896xf32>
    %1105 = stablehlo.reduce(%1104 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1106 = stablehlo.divide %1105, %15 : tensor<1xf32>
    %1107 = stablehlo.add %1106, %17 : tensor<1xf32>
    %1108 = stablehlo.rsqrt %1107 : tensor<1xf32>
    %1109 = stablehlo.broadcast_in_dim %1108, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1110 = stablehlo.multiply %1103, %1109 : tensor<1x896xf32>
    %1111 = stablehlo.broadcast_in_dim %arg186, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1112 = stablehlo.multiply %1110, %1111 : tensor<1x896xf32>
    %c_14 = stablehlo.constant dense<15> : tensor<i32>
    %1113 = stablehlo.dot_general %1112, %arg187, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1114 = stablehlo.broadcast_in_dim %arg188, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1115 = stablehlo.add %1113, %1114 : tensor<1x896xf32>
    %1116 = stablehlo.dot_general %1112, %arg189, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1117 = stablehlo.broadcast_in_dim %arg190, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1118 = stablehlo.add %1116, %1117 : tensor<1x128xf32>
    %1119 = stablehlo.dot_general %1112, %arg191, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1120 = stablehlo.broadcast_in_dim %arg192, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1121 = stablehlo.add %1119, %1120 : tensor<1x128xf32>
    %1122 = stablehlo.reshape %1115 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %1123 = stablehlo.slice %1122 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1124 = stablehlo.slice %1122 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1125 = stablehlo.negate %1124 : tensor<1x14x32xf32>
    %1126 = stablehlo.concatenate %1125, %1123, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %1127 = stablehlo.multiply %1122, %38 : tensor<1x14x64xf32>
    %1128 = stablehlo.multiply %1126, %39 : tensor<1x14x64xf32>
    %1129 = stablehlo.add %1127, %1128 : tensor<1x14x64xf32>
    %1130 = stablehlo.reshape %1118 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1131 = stablehlo.slice %1130 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1132 = stablehlo.slice %1130 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1133 = stablehlo.negate %1132 : tensor<1x2x32xf32>
    %1134 = stablehlo.concatenate %1133, %1131, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %1135 = stablehlo.multiply %1130, %48 : tensor<1x2x64xf32>
    %1136 = stablehlo.multiply %1134, %49 : tensor<1x2x64xf32>
    %1137 = stablehlo.add %1135, %1136 : tensor<1x2x64xf32>
    %1138 = stablehlo.reshape %1121 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1139 = stablehlo.reshape %1137 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1140 = stablehlo.dynamic_update_slice %1068, %1139, %c_14, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1141 = stablehlo.reshape %1138 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1142 = stablehlo.dynamic_update_slice %1070, %1141, %c_14, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1143 = stablehlo.slice %1140 [15:16, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1144 = stablehlo.slice %1142 [15:16, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1145 = stablehlo.reshape %1129 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %1146 = stablehlo.dot_general %1145, %1143, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %1147 = stablehlo.multiply %1146, %62 : tensor<1x2x7x256xf32>
    %1148 = stablehlo.select %66, %1147, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %1149 = stablehlo.reduce(%1148 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1150 = stablehlo.broadcast_in_dim %1149, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1151 = stablehlo.subtract %1148, %1150 : tensor<1x2x7x256xf32>
    %1152 = stablehlo.exponential %1151 : tensor<1x2x7x256xf32>
    %1153 = stablehlo.reduce(%1152 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1154 = stablehlo.broadcast_in_dim %1153, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1155 = stablehlo.divide %1152, %1154 : tensor<1x2x7x256xf32>
    %1156 = stablehlo.dot_general %1155, %1144, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %1157 = stablehlo.reshape %1156 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %1158 = stablehlo.dot_general %1157, %arg193, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1159 = stablehlo.add %1103, %1158 : tensor<1x896xf32>
    %1160 = stablehlo.multiply %1159, %1159 : tensor<1x896xf32>
    %1161 = stablehlo.reduce(%1160 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1162 = stablehlo.divide %1161, %15 : tensor<1xf32>
    %1163 = stablehlo.add %1162, %17 : tensor<1xf32>
    %1164 = stablehlo.rsqrt %1163 : tensor<1xf32>
    %1165 = stablehlo.broadcast_in_dim %1164, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1166 = stablehlo.multiply %1159, %1165 : tensor<1x896xf32>
    %1167 = stablehlo.broadcast_in_dim %arg194, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1168 = stablehlo.multiply %1166, %1167 : tensor<1x896xf32>
    %1169 = stablehlo.dot_general %1168, %arg195, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1170 = stablehlo.dot_general %1168, %arg196, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1171 = stablehlo.logistic %1169 : tensor<1x4864xf32>
    %1172 = stablehlo.multiply %1169, %1171 : tensor<1x4864xf32>
    %1173 = stablehlo.multiply %1172, %1170 : tensor<1x4864xf32>
    %1174 = stablehlo.dot_general %1173, %arg197, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %1175 = stablehlo.add %1159, %1174 : tensor<1x896xf32>
    %1176 = stablehlo.multiply %1175, %1175 : tensor<1x896xf32>
    %1177 = stablehlo.reduce(%1176 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1178 = stablehlo.divide %1177, %15 : tensor<1xf32>
    %1179 = stablehlo.add %1178, %17 : tensor<1xf32>
    %1180 = stablehlo.rsqrt %1179 : tensor<1xf32>
    %1181 = stablehlo.broadcast_in_dim %1180, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1182 = stablehlo.multiply %1175, %1181 : tensor<1x896xf32>
    %1183 = stablehlo.broadcast_in_dim %arg198, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1184 = stablehlo.multiply %1182, %1183 : tensor<1x896xf32>
    %c_15 = stablehlo.constant dense<16> : tensor<i32>
    %1185 = stablehlo.dot_general %1184, %arg199, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1186 = stablehlo.broadcast_in_dim %arg200, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1187 = stablehlo.add %1185, %1186 : tensor<1x896xf32>
    %1188 = stablehlo.dot_general %1184, %arg201, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1189 = stablehlo.broadcast_in_dim %arg202, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1190 = stablehlo.add %1188, %1189 : tensor<1x128xf32>
    %1191 = stablehlo.dot_general %1184, %arg203, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1192 = stablehlo.broadcast_in_dim %arg204, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1193 = stablehlo.add %1191, %1192 : tensor<1x128xf32>
    %1194 = stablehlo.reshape %1187 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %1195 = stablehlo.slice %1194 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1196 = stablehlo.slice %1194 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1197 = stablehlo.negate %1196 : tensor<1x14x32xf32>
    %1198 = stablehlo.concatenate %1197, %1195, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %1199 = stablehlo.multiply %1194, %38 : tensor<1x14x64xf32>
    %1200 = stablehlo.multiply %1198, %39 : tensor<1x14x64xf32>
    %1201 = stablehlo.add %1199, %1200 : tensor<1x14x64xf32>
    %1202 = stablehlo.reshape %1190 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1203 = stablehlo.slice %1202 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1204 = stablehlo.slice %1202 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1205 = stablehlo.negate %1204 : tensor<1x2x32xf32>
    %1206 = stablehlo.concatenate %1205, %1203, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %1207 = stablehlo.multiply %1202, %48 : tensor<1x2x64xf32>
    %1208 = stablehlo.multiply %1206, %49 : tensor<1x2x64xf32>
    %1209 = stablehlo.add %1207, %1208 : tensor<1x2x64xf32>
    %1210 = stablehlo.reshape %1193 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1211 = stablehlo.reshape %1209 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1212 = stablehlo.dynamic_update_slice %1140, %1211, %c_15, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1213 = stablehlo.reshape %1210 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1214 = stablehlo.dynamic_update_slice %1142, %1213, %c_15, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1215 = stablehlo.slice %1212 [16:17, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1216 = stablehlo.slice %1214 [16:17, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1217 = stablehlo.reshape %1201 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %1218 = stablehlo.dot_general %1217, %1215, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %1219 = stablehlo.multiply %1218, %62 : tensor<1x2x7x256xf32>
    %1220 = stablehlo.select %66, %1219, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %1221 = stablehlo.reduce(%1220 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1222 = stablehlo.broadcast_in_dim %1221, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1223 = stablehlo.subtract %1220, %1222 : tensor<1x2x7x256xf32>
    %1224 = stablehlo.exponential %1223 : tensor<1x2x7x256xf32>
    %1225 = stablehlo.reduce(%1224 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1226 = stablehlo.broadcast_in_dim %1225, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1227 = stablehlo.divide %1224, %1226 : tensor<1x2x7x256xf32>
    %1228 = stablehlo.dot_general %1227, %1216, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %1229 = stablehlo.reshape %1228 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %1230 = stablehlo.dot_general %1229, %arg205, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1231 = stablehlo.add %1175, %1230 : tensor<1x896xf32>
    %1232 = stablehlo.multiply %1231, %1231 : tensor<1x896xf32>
    %1233 = stablehlo.reduce(%1232 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1234 = stablehlo.divide %1233, %15 : tensor<1xf32>
    %1235 = stablehlo.add %1234, %17 : tensor<1xf32>
    %1236 = stablehlo.rsqrt %1235 : tensor<1xf32>
    %1237 = stablehlo.broadcast_in_dim %1236, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1238 = stablehlo.multiply %1231, %1237 : tensor<1x896xf32>
    %1239 = stablehlo.broadcast_in_dim %arg206, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1240 = stablehlo.multiply %1238, %1239 : tensor<1x896xf32>
    %1241 = stablehlo.dot_general %1240, %arg207, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1242 = stablehlo.dot_general %1240, %arg208, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1243 = stablehlo.logistic %1241 : tensor<1x4864xf32>
    %1244 = stablehlo.multiply %1241, %1243 : tensor<1x4864xf32>
    %1245 = stablehlo.multiply %1244, %1242 : tensor<1x4864xf32>
    %1246 = stablehlo.dot_general %1245, %arg209, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %1247 = stablehlo.add %1231, %1246 : tensor<1x896xf32>
    %1248 = stablehlo.multiply %1247, %1247 : tensor<1x896xf32>
    %1249 = stablehlo.reduce(%1248 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1250 = stablehlo.divide %1249, %15 : tensor<1xf32>
    %1251 = stablehlo.add %1250, %17 : tensor<1xf32>
    %1252 = stablehlo.rsqrt %1251 : tensor<1xf32>
    %1253 = stablehlo.broadcast_in_dim %1252, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1254 = stablehlo.multiply %1247, %1253 : tensor<1x896xf32>
    %1255 = stablehlo.broadcast_in_dim %arg210, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1256 = stablehlo.multiply %1254, %1255 : tensor<1x896xf32>
    %c_16 = stablehlo.constant dense<17> : tensor<i32>
    %1257 = stablehlo.dot_general %1256, %arg211, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1258 = stablehlo.broadcast_in_dim %arg212, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1259 = stablehlo.add %1257, %1258 : tensor<1x896xf32>
    %1260 = stablehlo.dot_general %1256, %arg213, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1261 = stablehlo.broadcast_in_dim %arg214, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1262 = stablehlo.add %1260, %1261 : tensor<1x128xf32>
    %1263 = stablehlo.dot_general %1256, %arg215, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1264 = stablehlo.broadcast_in_dim %arg216, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1265 = stablehlo.add %1263, %1264 : tensor<1x128xf32>
    %1266 = stablehlo.reshape %1259 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %1267 = stablehlo.slice %1266 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1268 = stablehlo.slice %1266 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1269 = stablehlo.negate %1268 : tensor<1x14x32xf32>
    %1270 = stablehlo.concatenate %1269, %1267, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %1271 = stablehlo.multiply %1266, %38 : tensor<1x14x64xf32>
    %1272 = stablehlo.multiply %1270, %39 : tensor<1x14x64xf32>
    %1273 = stablehlo.add %1271, %1272 : tensor<1x14x64xf32>
    %1274 = stablehlo.reshape %1262 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1275 = stablehlo.slice %1274 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1276 = stablehlo.slice %1274 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1277 = stablehlo.negate %1276 : tensor<1x2x32xf32>
    %1278 = stablehlo.concatenate %1277, %1275, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %1279 = stablehlo.multiply %1274, %48 : tensor<1x2x64xf32>
    %1280 = stablehlo.multiply %1278, %49 : tensor<1x2x64xf32>
    %1281 = stablehlo.add %1279, %1280 : tensor<1x2x64xf32>
    %1282 = stablehlo.reshape %1265 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1283 = stablehlo.reshape %1281 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1284 = stablehlo.dynamic_update_slice %1212, %1283, %c_16, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1285 = stablehlo.reshape %1282 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1286 = stablehlo.dynamic_update_slice %1214, %1285, %c_16, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1287 = stablehlo.slice %1284 [17:18, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1288 = stablehlo.slice %1286 [17:18, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1289 = stablehlo.reshape %1273 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %1290 = stablehlo.dot_general %1289, %1287, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %1291 = stablehlo.multiply %1290, %62 : tensor<1x2x7x256xf32>
    %1292 = stablehlo.select %66, %1291, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %1293 = stablehlo.reduce(%1292 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1294 = stablehlo.broadcast_in_dim %1293, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1295 = stablehlo.subtract %1292, %1294 : tensor<1x2x7x256xf32>
    %1296 = stablehlo.exponential %1295 : tensor<1x2x7x256xf32>
    %1297 = stablehlo.reduce(%1296 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1298 = stablehlo.broadcast_in_dim %1297, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1299 = stablehlo.divide %1296, %1298 : tensor<1x2x7x256xf32>
    %1300 = stablehlo.dot_general %1299, %1288, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %1301 = stablehlo.reshape %1300 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %1302 = stablehlo.dot_general %1301, %arg217, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1303 = stablehlo.add %1247, %1302 : tensor<1x896xf32>
    %1304 = stablehlo.multiply %1303, %1303 : tensor<1x896xf32>
    %1305 = stablehlo.reduce(%1304 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1306 = stablehlo.divide %1305, %15 : tensor<1xf32>
    %1307 = stablehlo.add %1306, %17 : tensor<1xf32>
    %1308 = stablehlo.rsqrt %1307 : tensor<1xf32>
    %1309 = stablehlo.broadcast_in_dim %1308, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1310 = stablehlo.multiply %1303, %1309 : tensor<1x896xf32>
    %1311 = stablehlo.broadcast_in_dim %arg218, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1312 = stablehlo.multiply %1310, %1311 : tensor<1x896xf32>
    %1313 = stablehlo.dot_general %1312, %arg219, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1314 = stablehlo.dot_general %1312, %arg220, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1315 = stablehlo.logistic %1313 : tensor<1x4864xf32>
    %1316 = stablehlo.multiply %1313, %1315 : tensor<1x4864xf32>
    %1317 = stablehlo.multiply %1316, %1314 : tensor<1x4864xf32>
    %1318 = stablehlo.dot_general %1317, %arg221, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %1319 = stablehlo.add %1303, %1318 : tensor<1x896xf32>
    %1320 = stablehlo.multiply %1319, %1319 : tensor<1x896xf32>
    %1321 = stablehlo.reduce(%1320 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1322 = stablehlo.divide %1321, %15 : tensor<1xf32>
    %1323 = stablehlo.add %1322, %17 : tensor<1xf32>
    %1324 = stablehlo.rsqrt %1323 : tensor<1xf32>
    %1325 = stablehlo.broadcast_in_dim %1324, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1326 = stablehlo.multiply %1319, %1325 : tensor<1x896xf32>
    %1327 = stablehlo.broadcast_in_dim %arg222, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1328 = stablehlo.multiply %1326, %1327 : tensor<1x896xf32>
    %c_17 = stablehlo.constant dense<18> : tensor<i32>
    %1329 = stablehlo.dot_general %1328, %arg223, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1330 = stablehlo.broadcast_in_dim %arg224, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1331 = stablehlo.add %1329, %1330 : tensor<1x896xf32>
    %1332 = stablehlo.dot_general %1328, %arg225, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1333 = stablehlo.broadcast_in_dim %arg226, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1334 = stablehlo.add %1332, %1333 : tensor<1x128xf32>
    %1335 = stablehlo.dot_general %1328, %arg227, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1336 = stablehlo.broadcast_in_dim %arg228, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1337 = stablehlo.add %1335, %1336 : tensor<1x128xf32>
    %1338 = stablehlo.reshape %1331 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %1339 = stablehlo.slice %1338 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1340 = stablehlo.slice %1338 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1341 = stablehlo.negate %1340 : tensor<1x14x32xf32>
    %1342 = stablehlo.concatenate %1341, %1339, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %1343 = stablehlo.multiply %1338, %38 : tensor<1x14x64xf32>
    %1344 = stablehlo.multiply %1342, %39 : tensor<1x14x64xf32>
    %1345 = stablehlo.add %1343, %1344 : tensor<1x14x64xf32>
    %1346 = stablehlo.reshape %1334 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1347 = stablehlo.slice %1346 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1348 = stablehlo.slice %1346 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1349 = stablehlo.negate %1348 : tensor<1x2x32xf32>
    %1350 = stablehlo.concatenate %1349, %1347, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %1351 = stablehlo.multiply %1346, %48 : tensor<1x2x64xf32>
    %1352 = stablehlo.multiply %1350, %49 : tensor<1x2x64xf32>
    %1353 = stablehlo.add %1351, %1352 : tensor<1x2x64xf32>
    %1354 = stablehlo.reshape %1337 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1355 = stablehlo.reshape %1353 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1356 = stablehlo.dynamic_update_slice %1284, %1355, %c_17, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1357 = stablehlo.reshape %1354 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1358 = stablehlo.dynamic_update_slice %1286, %1357, %c_17, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1359 = stablehlo.slice %1356 [18:19, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1360 = stablehlo.slice %1358 [18:19, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1361 = stablehlo.reshape %1345 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %1362 = stablehlo.dot_general %1361, %1359, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %1363 = stablehlo.multiply %1362, %62 : tensor<1x2x7x256xf32>
    %1364 = stablehlo.select %66, %1363, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %1365 = stablehlo.reduce(%1364 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1366 = stablehlo.broadcast_in_dim %1365, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1367 = stablehlo.subtract %1364, %1366 : tensor<1x2x7x256xf32>
    %1368 = stablehlo.exponential %1367 : tensor<1x2x7x256xf32>
    %1369 = stablehlo.reduce(%1368 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1370 = stablehlo.broadcast_in_dim %1369, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1371 = stablehlo.divide %1368, %1370 : tensor<1x2x7x256xf32>
    %1372 = stablehlo.dot_general %1371, %1360, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %1373 = stablehlo.reshape %1372 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %1374 = stablehlo.dot_general %1373, %arg229, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1375 = stablehlo.add %1319, %1374 : tensor<1x896xf32>
    %1376 = stablehlo.multiply %1375, %1375 : tensor<1x896xf32>
    %1377 = stablehlo.reduce(%1376 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1378 = stablehlo.divide %1377, %15 : tensor<1xf32>
    %1379 = stablehlo.add %1378, %17 : tensor<1xf32>
    %1380 = stablehlo.rsqrt %1379 : tensor<1xf32>
    %1381 = stablehlo.broadcast_in_dim %1380, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1382 = stablehlo.multiply %1375, %1381 : tensor<1x896xf32>
    %1383 = stablehlo.broadcast_in_dim %arg230, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1384 = stablehlo.multiply %1382, %1383 : tensor<1x896xf32>
    %1385 = stablehlo.dot_general %1384, %arg231, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1386 = stablehlo.dot_general %1384, %arg232, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1387 = stablehlo.logistic %1385 : tensor<1x4864xf32>
    %1388 = stablehlo.multiply %1385, %1387 : tensor<1x4864xf32>
    %1389 = stablehlo.multiply %1388, %1386 : tensor<1x4864xf32>
    %1390 = stablehlo.dot_general %1389, %arg233, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %1391 = stablehlo.add %1375, %1390 : tensor<1x896xf32>
    %1392 = stablehlo.multiply %1391, %1391 : tensor<1x896xf32>
    %1393 = stablehlo.reduce(%1392 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1394 = stablehlo.divide %1393, %15 : tensor<1xf32>
    %1395 = stablehlo.add %1394, %17 : tensor<1xf32>
    %1396 = stablehlo.rsqrt %1395 : tensor<1xf32>
    %1397 = stablehlo.broadcast_in_dim %1396, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1398 = stablehlo.multiply %1391, %1397 : tensor<1x896xf32>
    %1399 = stablehlo.broadcast_in_dim %arg234, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1400 = stablehlo.multiply %1398, %1399 : tensor<1x896xf32>
    %c_18 = stablehlo.constant dense<19> : tensor<i32>
    %1401 = stablehlo.dot_general %1400, %arg235, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1402 = stablehlo.broadcast_in_dim %arg236, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1403 = stablehlo.add %1401, %1402 : tensor<1x896xf32>
    %1404 = stablehlo.dot_general %1400, %arg237, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1405 = stablehlo.broadcast_in_dim %arg238, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1406 = stablehlo.add %1404, %1405 : tensor<1x128xf32>
    %1407 = stablehlo.dot_general %1400, %arg239, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1408 = stablehlo.broadcast_in_dim %arg240, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1409 = stablehlo.add %1407, %1408 : tensor<1x128xf32>
    %1410 = stablehlo.reshape %1403 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %1411 = stablehlo.slice %1410 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1412 = stablehlo.slice %1410 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1413 = stablehlo.negate %1412 : tensor<1x14x32xf32>
    %1414 = stablehlo.concatenate %1413, %1411, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %1415 = stablehlo.multiply %1410, %38 : tensor<1x14x64xf32>
    %1416 = stablehlo.multiply %1414, %39 : tensor<1x14x64xf32>
    %1417 = stablehlo.add %1415, %1416 : tensor<1x14x64xf32>
    %1418 = stablehlo.reshape %1406 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1419 = stablehlo.slice %1418 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1420 = stablehlo.slice %1418 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1421 = stablehlo.negate %1420 : tensor<1x2x32xf32>
    %1422 = stablehlo.concatenate %1421, %1419, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %1423 = stablehlo.multiply %1418, %48 : tensor<1x2x64xf32>
    %1424 = stablehlo.multiply %1422, %49 : tensor<1x2x64xf32>
    %1425 = stablehlo.add %1423, %1424 : tensor<1x2x64xf32>
    %1426 = stablehlo.reshape %1409 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1427 = stablehlo.reshape %1425 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1428 = stablehlo.dynamic_update_slice %1356, %1427, %c_18, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1429 = stablehlo.reshape %1426 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1430 = stablehlo.dynamic_update_slice %1358, %1429, %c_18, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1431 = stablehlo.slice %1428 [19:20, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1432 = stablehlo.slice %1430 [19:20, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1433 = stablehlo.reshape %1417 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %1434 = stablehlo.dot_general %1433, %1431, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %1435 = stablehlo.multiply %1434, %62 : tensor<1x2x7x256xf32>
    %1436 = stablehlo.select %66, %1435, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %1437 = stablehlo.reduce(%1436 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1438 = stablehlo.broadcast_in_dim %1437, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1439 = stablehlo.subtract %1436, %1438 : tensor<1x2x7x256xf32>
    %1440 = stablehlo.exponential %1439 : tensor<1x2x7x256xf32>
    %1441 = stablehlo.reduce(%1440 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1442 = stablehlo.broadcast_in_dim %1441, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1443 = stablehlo.divide %1440, %1442 : tensor<1x2x7x256xf32>
    %1444 = stablehlo.dot_general %1443, %1432, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %1445 = stablehlo.reshape %1444 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %1446 = stablehlo.dot_general %1445, %arg241, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1447 = stablehlo.add %1391, %1446 : tensor<1x896xf32>
    %1448 = stablehlo.multiply %1447, %1447 : tensor<1x896xf32>
    %1449 = stablehlo.reduce(%1448 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1450 = stablehlo.divide %1449, %15 : tensor<1xf32>
    %1451 = stablehlo.add %1450, %17 : tensor<1xf32>
    %1452 = stablehlo.rsqrt %1451 : tensor<1xf32>
    %1453 = stablehlo.broadcast_in_dim %1452, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1454 = stablehlo.multiply %1447, %1453 : tensor<1x896xf32>
    %1455 = stablehlo.broadcast_in_dim %arg242, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1456 = stablehlo.multiply %1454, %1455 : tensor<1x896xf32>
    %1457 = stablehlo.dot_general %1456, %arg243, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1458 = stablehlo.dot_general %1456, %arg244, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1459 = stablehlo.logistic %1457 : tensor<1x4864xf32>
    %1460 = stablehlo.multiply %1457, %1459 : tensor<1x4864xf32>
    %1461 = stablehlo.multiply %1460, %1458 : tensor<1x4864xf32>
    %1462 = stablehlo.dot_general %1461, %arg245, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %1463 = stablehlo.add %1447, %1462 : tensor<1x896xf32>
    %1464 = stablehlo.multiply %1463, %1463 : tensor<1x896xf32>
    %1465 = stablehlo.reduce(%1464 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1466 = stablehlo.divide %1465, %15 : tensor<1xf32>
    %1467 = stablehlo.add %1466, %17 : tensor<1xf32>
    %1468 = stablehlo.rsqrt %1467 : tensor<1xf32>
    %1469 = stablehlo.broadcast_in_dim %1468, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1470 = stablehlo.multiply %1463, %1469 : tensor<1x896xf32>
    %1471 = stablehlo.broadcast_in_dim %arg246, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1472 = stablehlo.multiply %1470, %1471 : tensor<1x896xf32>
    %c_19 = stablehlo.constant dense<20> : tensor<i32>
    %1473 = stablehlo.dot_general %1472, %arg247, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1474 = stablehlo.broadcast_in_dim %arg248, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1475 = stablehlo.add %1473, %1474 : tensor<1x896xf32>
    %1476 = stablehlo.dot_general %1472, %arg249, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1477 = stablehlo.broadcast_in_dim %arg250, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1478 = stablehlo.add %1476, %1477 : tensor<1x128xf32>
    %1479 = stablehlo.dot_general %1472, %arg251, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1480 = stablehlo.broadcast_in_dim %arg252, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1481 = stablehlo.add %1479, %1480 : tensor<1x128xf32>
    %1482 = stablehlo.reshape %1475 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %1483 = stablehlo.slice %1482 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1484 = stablehlo.slice %1482 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1485 = stablehlo.negate %1484 : tensor<1x14x32xf32>
    %1486 = stablehlo.concatenate %1485, %1483, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %1487 = stablehlo.multiply %1482, %38 : tensor<1x14x64xf32>
    %1488 = stablehlo.multiply %1486, %39 : tensor<1x14x64xf32>
    %1489 = stablehlo.add %1487, %1488 : tensor<1x14x64xf32>
    %1490 = stablehlo.reshape %1478 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1491 = stablehlo.slice %1490 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1492 = stablehlo.slice %1490 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1493 = stablehlo.negate %1492 : tensor<1x2x32xf32>
    %1494 = stablehlo.concatenate %1493, %1491, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %1495 = stablehlo.multiply %1490, %48 : tensor<1x2x64xf32>
    %1496 = stablehlo.multiply %1494, %49 : tensor<1x2x64xf32>
    %1497 = stablehlo.add %1495, %1496 : tensor<1x2x64xf32>
    %1498 = stablehlo.reshape %1481 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1499 = stablehlo.reshape %1497 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1500 = stablehlo.dynamic_update_slice %1428, %1499, %c_19, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1501 = stablehlo.reshape %1498 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1502 = stablehlo.dynamic_update_slice %1430, %1501, %c_19, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1503 = stablehlo.slice %1500 [20:21, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1504 = stablehlo.slice %1502 [20:21, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1505 = stablehlo.reshape %1489 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %1506 = stablehlo.dot_general %1505, %1503, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %1507 = stablehlo.multiply %1506, %62 : tensor<1x2x7x256xf32>
    %1508 = stablehlo.select %66, %1507, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %1509 = stablehlo.reduce(%1508 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1510 = stablehlo.broadcast_in_dim %1509, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1511 = stablehlo.subtract %1508, %1510 : tensor<1x2x7x256xf32>
    %1512 = stablehlo.exponential %1511 : tensor<1x2x7x256xf32>
    %1513 = stablehlo.reduce(%1512 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1514 = stablehlo.broadcast_in_dim %1513, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1515 = stablehlo.divide %1512, %1514 : tensor<1x2x7x256xf32>
    %1516 = stablehlo.dot_general %1515, %1504, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %1517 = stablehlo.reshape %1516 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %1518 = stablehlo.dot_general %1517, %arg253, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1519 = stablehlo.add %1463, %1518 : tensor<1x896xf32>
    %1520 = stablehlo.multiply %1519, %1519 : tensor<1x896xf32>
    %1521 = stablehlo.reduce(%1520 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1522 = stablehlo.divide %1521, %15 : tensor<1xf32>
    %1523 = stablehlo.add %1522, %17 : tensor<1xf32>
    %1524 = stablehlo.rsqrt %1523 : tensor<1xf32>
    %1525 = stablehlo.broadcast_in_dim %1524, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1526 = stablehlo.multiply %1519, %1525 : tensor<1x896xf32>
    %1527 = stablehlo.broadcast_in_dim %arg254, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1528 = stablehlo.multiply %1526, %1527 : tensor<1x896xf32>
    %1529 = stablehlo.dot_general %1528, %arg255, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1530 = stablehlo.dot_general %1528, %arg256, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1531 = stablehlo.logistic %1529 : tensor<1x4864xf32>
    %1532 = stablehlo.multiply %1529, %1531 : tensor<1x4864xf32>
    %1533 = stablehlo.multiply %1532, %1530 : tensor<1x4864xf32>
    %1534 = stablehlo.dot_general %1533, %arg257, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %1535 = stablehlo.add %1519, %1534 : tensor<1x896xf32>
    %1536 = stablehlo.multiply %1535, %1535 : tensor<1x896xf32>
    %1537 = stablehlo.reduce(%1536 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1538 = stablehlo.divide %1537, %15 : tensor<1xf32>
    %1539 = stablehlo.add %1538, %17 : tensor<1xf32>
    %1540 = stablehlo.rsqrt %1539 : tensor<1xf32>
    %1541 = stablehlo.broadcast_in_dim %1540, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1542 = stablehlo.multiply %1535, %1541 : tensor<1x896xf32>
    %1543 = stablehlo.broadcast_in_dim %arg258, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1544 = stablehlo.multiply %1542, %1543 : tensor<1x896xf32>
    %c_20 = stablehlo.constant dense<21> : tensor<i32>
    %1545 = stablehlo.dot_general %1544, %arg259, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1546 = stablehlo.broadcast_in_dim %arg260, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1547 = stablehlo.add %1545, %1546 : tensor<1x896xf32>
    %1548 = stablehlo.dot_general %1544, %arg261, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1549 = stablehlo.broadcast_in_dim %arg262, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1550 = stablehlo.add %1548, %1549 : tensor<1x128xf32>
    %1551 = stablehlo.dot_general %1544, %arg263, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1552 = stablehlo.broadcast_in_dim %arg264, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1553 = stablehlo.add %1551, %1552 : tensor<1x128xf32>
    %1554 = stablehlo.reshape %1547 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %1555 = stablehlo.slice %1554 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1556 = stablehlo.slice %1554 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1557 = stablehlo.negate %1556 : tensor<1x14x32xf32>
    %1558 = stablehlo.concatenate %1557, %1555, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %1559 = stablehlo.multiply %1554, %38 : tensor<1x14x64xf32>
    %1560 = stablehlo.multiply %1558, %39 : tensor<1x14x64xf32>
    %1561 = stablehlo.add %1559, %1560 : tensor<1x14x64xf32>
    %1562 = stablehlo.reshape %1550 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1563 = stablehlo.slice %1562 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1564 = stablehlo.slice %1562 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1565 = stablehlo.negate %1564 : tensor<1x2x32xf32>
    %1566 = stablehlo.concatenate %1565, %1563, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %1567 = stablehlo.multiply %1562, %48 : tensor<1x2x64xf32>
    %1568 = stablehlo.multiply %1566, %49 : tensor<1x2x64xf32>
    %1569 = stablehlo.add %1567, %1568 : tensor<1x2x64xf32>
    %1570 = stablehlo.reshape %1553 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1571 = stablehlo.reshape %1569 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1572 = stablehlo.dynamic_update_slice %1500, %1571, %c_20, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1573 = stablehlo.reshape %1570 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1574 = stablehlo.dynamic_update_slice %1502, %1573, %c_20, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1575 = stablehlo.slice %1572 [21:22, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1576 = stablehlo.slice %1574 [21:22, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1577 = stablehlo.reshape %1561 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %1578 = stablehlo.dot_general %1577, %1575, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %1579 = stablehlo.multiply %1578, %62 : tensor<1x2x7x256xf32>
    %1580 = stablehlo.select %66, %1579, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %1581 = stablehlo.reduce(%1580 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1582 = stablehlo.broadcast_in_dim %1581, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1583 = stablehlo.subtract %1580, %1582 : tensor<1x2x7x256xf32>
    %1584 = stablehlo.exponential %1583 : tensor<1x2x7x256xf32>
    %1585 = stablehlo.reduce(%1584 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1586 = stablehlo.broadcast_in_dim %1585, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1587 = stablehlo.divide %1584, %1586 : tensor<1x2x7x256xf32>
    %1588 = stablehlo.dot_general %1587, %1576, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %1589 = stablehlo.reshape %1588 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %1590 = stablehlo.dot_general %1589, %arg265, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1591 = stablehlo.add %1535, %1590 : tensor<1x896xf32>
    %1592 = stablehlo.multiply %1591, %1591 : tensor<1x896xf32>
    %1593 = stablehlo.reduce(%1592 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1594 = stablehlo.divide %1593, %15 : tensor<1xf32>
    %1595 = stablehlo.add %1594, %17 : tensor<1xf32>
    %1596 = stablehlo.rsqrt %1595 : tensor<1xf32>
    %1597 = stablehlo.broadcast_in_dim %1596, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1598 = stablehlo.multiply %1591, %1597 : tensor<1x896xf32>
    %1599 = stablehlo.broadcast_in_dim %arg266, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1600 = stablehlo.multiply %1598, %1599 : tensor<1x896xf32>
    %1601 = stablehlo.dot_general %1600, %arg267, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1602 = stablehlo.dot_general %1600, %arg268, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1603 = stablehlo.logistic %1601 : tensor<1x4864xf32>
    %1604 = stablehlo.multiply %1601, %1603 : tensor<1x4864xf32>
    %1605 = stablehlo.multiply %1604, %1602 : tensor<1x4864xf32>
    %1606 = stablehlo.dot_general %1605, %arg269, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %1607 = stablehlo.add %1591, %1606 : tensor<1x896xf32>
    %1608 = stablehlo.multiply %1607, %1607 : tensor<1x896xf32>
    %1609 = stablehlo.reduce(%1608 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1610 = stablehlo.divide %1609, %15 : tensor<1xf32>
    %1611 = stablehlo.add %1610, %17 : tensor<1xf32>
    %1612 = stablehlo.rsqrt %1611 : tensor<1xf32>
    %1613 = stablehlo.broadcast_in_dim %1612, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1614 = stablehlo.multiply %1607, %1613 : tensor<1x896xf32>
    %1615 = stablehlo.broadcast_in_dim %arg270, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1616 = stablehlo.multiply %1614, %1615 : tensor<1x896xf32>
    %c_21 = stablehlo.constant dense<22> : tensor<i32>
    %1617 = stablehlo.dot_general %1616, %arg271, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1618 = stablehlo.broadcast_in_dim %arg272, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1619 = stablehlo.add %1617, %1618 : tensor<1x896xf32>
    %1620 = stablehlo.dot_general %1616, %arg273, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1621 = stablehlo.broadcast_in_dim %arg274, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1622 = stablehlo.add %1620, %1621 : tensor<1x128xf32>
    %1623 = stablehlo.dot_general %1616, %arg275, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1624 = stablehlo.broadcast_in_dim %arg276, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1625 = stablehlo.add %1623, %1624 : tensor<1x128xf32>
    %1626 = stablehlo.reshape %1619 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %1627 = stablehlo.slice %1626 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1628 = stablehlo.slice %1626 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1629 = stablehlo.negate %1628 : tensor<1x14x32xf32>
    %1630 = stablehlo.concatenate %1629, %1627, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %1631 = stablehlo.multiply %1626, %38 : tensor<1x14x64xf32>
    %1632 = stablehlo.multiply %1630, %39 : tensor<1x14x64xf32>
    %1633 = stablehlo.add %1631, %1632 : tensor<1x14x64xf32>
    %1634 = stablehlo.reshape %1622 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1635 = stablehlo.slice %1634 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1636 = stablehlo.slice %1634 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1637 = stablehlo.negate %1636 : tensor<1x2x32xf32>
    %1638 = stablehlo.concatenate %1637, %1635, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %1639 = stablehlo.multiply %1634, %48 : tensor<1x2x64xf32>
    %1640 = stablehlo.multiply %1638, %49 : tensor<1x2x64xf32>
    %1641 = stablehlo.add %1639, %1640 : tensor<1x2x64xf32>
    %1642 = stablehlo.reshape %1625 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1643 = stablehlo.reshape %1641 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1644 = stablehlo.dynamic_update_slice %1572, %1643, %c_21, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1645 = stablehlo.reshape %1642 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1646 = stablehlo.dynamic_update_slice %1574, %1645, %c_21, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1647 = stablehlo.slice %1644 [22:23, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1648 = stablehlo.slice %1646 [22:23, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1649 = stablehlo.reshape %1633 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %1650 = stablehlo.dot_general %1649, %1647, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %1651 = stablehlo.multiply %1650, %62 : tensor<1x2x7x256xf32>
    %1652 = stablehlo.select %66, %1651, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %1653 = stablehlo.reduce(%1652 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1654 = stablehlo.broadcast_in_dim %1653, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1655 = stablehlo.subtract %1652, %1654 : tensor<1x2x7x256xf32>
    %1656 = stablehlo.exponential %1655 : tensor<1x2x7x256xf32>
    %1657 = stablehlo.reduce(%1656 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1658 = stablehlo.broadcast_in_dim %1657, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1659 = stablehlo.divide %1656, %1658 : tensor<1x2x7x256xf32>
    %1660 = stablehlo.dot_general %1659, %1648, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %1661 = stablehlo.reshape %1660 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %1662 = stablehlo.dot_general %1661, %arg277, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1663 = stablehlo.add %1607, %1662 : tensor<1x896xf32>
    %1664 = stablehlo.multiply %1663, %1663 : tensor<1x896xf32>
    %1665 = stablehlo.reduce(%1664 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1666 = stablehlo.divide %1665, %15 : tensor<1xf32>
    %1667 = stablehlo.add %1666, %17 : tensor<1xf32>
    %1668 = stablehlo.rsqrt %1667 : tensor<1xf32>
    %1669 = stablehlo.broadcast_in_dim %1668, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1670 = stablehlo.multiply %1663, %1669 : tensor<1x896xf32>
    %1671 = stablehlo.broadcast_in_dim %arg278, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1672 = stablehlo.multiply %1670, %1671 : tensor<1x896xf32>
    %1673 = stablehlo.dot_general %1672, %arg279, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1674 = stablehlo.dot_general %1672, %arg280, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1675 = stablehlo.logistic %1673 : tensor<1x4864xf32>
    %1676 = stablehlo.multiply %1673, %1675 : tensor<1x4864xf32>
    %1677 = stablehlo.multiply %1676, %1674 : tensor<1x4864xf32>
    %1678 = stablehlo.dot_general %1677, %arg281, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %1679 = stablehlo.add %1663, %1678 : tensor<1x896xf32>
    %1680 = stablehlo.multiply %1679, %1679 : tensor<1x896xf32>
    %1681 = stablehlo.reduce(%1680 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1682 = stablehlo.divide %1681, %15 : tensor<1xf32>
    %1683 = stablehlo.add %1682, %17 : tensor<1xf32>
    %1684 = stablehlo.rsqrt %1683 : tensor<1xf32>
    %1685 = stablehlo.broadcast_in_dim %1684, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1686 = stablehlo.multiply %1679, %1685 : tensor<1x896xf32>
    %1687 = stablehlo.broadcast_in_dim %arg282, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1688 = stablehlo.multiply %1686, %1687 : tensor<1x896xf32>
    %c_22 = stablehlo.constant dense<23> : tensor<i32>
    %1689 = stablehlo.dot_general %1688, %arg283, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1690 = stablehlo.broadcast_in_dim %arg284, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1691 = stablehlo.add %1689, %1690 : tensor<1x896xf32>
    %1692 = stablehlo.dot_general %1688, %arg285, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1693 = stablehlo.broadcast_in_dim %arg286, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1694 = stablehlo.add %1692, %1693 : tensor<1x128xf32>
    %1695 = stablehlo.dot_general %1688, %arg287, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<128x896xf32>) -> tensor<1x128xf32>
    %1696 = stablehlo.broadcast_in_dim %arg288, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %1697 = stablehlo.add %1695, %1696 : tensor<1x128xf32>
    %1698 = stablehlo.reshape %1691 : (tensor<1x896xf32>) -> tensor<1x14x64xf32>
    %1699 = stablehlo.slice %1698 [0:1, 0:14, 0:32] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1700 = stablehlo.slice %1698 [0:1, 0:14, 32:64] : (tensor<1x14x64xf32>) -> tensor<1x14x32xf32>
    %1701 = stablehlo.negate %1700 : tensor<1x14x32xf32>
    %1702 = stablehlo.concatenate %1701, %1699, dim = 2 : (tensor<1x14x32xf32>, tensor<1x14x32xf32>) -> tensor<1x14x64xf32>
    %1703 = stablehlo.multiply %1698, %38 : tensor<1x14x64xf32>
    %1704 = stablehlo.multiply %1702, %39 : tensor<1x14x64xf32>
    %1705 = stablehlo.add %1703, %1704 : tensor<1x14x64xf32>
    %1706 = stablehlo.reshape %1694 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1707 = stablehlo.slice %1706 [0:1, 0:2, 0:32] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1708 = stablehlo.slice %1706 [0:1, 0:2, 32:64] : (tensor<1x2x64xf32>) -> tensor<1x2x32xf32>
    %1709 = stablehlo.negate %1708 : tensor<1x2x32xf32>
    %1710 = stablehlo.concatenate %1709, %1707, dim = 2 : (tensor<1x2x32xf32>, tensor<1x2x32xf32>) -> tensor<1x2x64xf32>
    %1711 = stablehlo.multiply %1706, %48 : tensor<1x2x64xf32>
    %1712 = stablehlo.multiply %1710, %49 : tensor<1x2x64xf32>
    %1713 = stablehlo.add %1711, %1712 : tensor<1x2x64xf32>
    %1714 = stablehlo.reshape %1697 : (tensor<1x128xf32>) -> tensor<1x2x64xf32>
    %1715 = stablehlo.reshape %1713 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1716 = stablehlo.dynamic_update_slice %1644, %1715, %c_22, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1717 = stablehlo.reshape %1714 : (tensor<1x2x64xf32>) -> tensor<1x1x2x64xf32>
    %1718 = stablehlo.dynamic_update_slice %1646, %1717, %c_22, %arg2, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x1x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1719 = stablehlo.slice %1716 [23:24, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1720 = stablehlo.slice %1718 [23:24, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1721 = stablehlo.reshape %1705 : (tensor<1x14x64xf32>) -> tensor<1x2x7x64xf32>
    %1722 = stablehlo.dot_general %1721, %1719, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<1x2x7x64xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x256xf32>
    %1723 = stablehlo.multiply %1722, %62 : tensor<1x2x7x256xf32>
    %1724 = stablehlo.select %66, %1723, %67 : tensor<1x2x7x256xi1>, tensor<1x2x7x256xf32>
    %1725 = stablehlo.reduce(%1724 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1726 = stablehlo.broadcast_in_dim %1725, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1727 = stablehlo.subtract %1724, %1726 : tensor<1x2x7x256xf32>
    %1728 = stablehlo.exponential %1727 : tensor<1x2x7x256xf32>
    %1729 = stablehlo.reduce(%1728 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<1x2x7x256xf32>, tensor<f32>) -> tensor<1x2x7xf32>
    %1730 = stablehlo.broadcast_in_dim %1729, dims = [0, 1, 2] : (tensor<1x2x7xf32>) -> tensor<1x2x7x256xf32>
    %1731 = stablehlo.divide %1728, %1730 : tensor<1x2x7x256xf32>
    %1732 = stablehlo.dot_general %1731, %1720, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<1x2x7x256xf32>, tensor<1x256x2x64xf32>) -> tensor<1x2x7x64xf32>
    %1733 = stablehlo.reshape %1732 : (tensor<1x2x7x64xf32>) -> tensor<1x896xf32>
    %1734 = stablehlo.dot_general %1733, %arg289, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<896x896xf32>) -> tensor<1x896xf32>
    %1735 = stablehlo.add %1679, %1734 : tensor<1x896xf32>
    %1736 = stablehlo.multiply %1735, %1735 : tensor<1x896xf32>
    %1737 = stablehlo.reduce(%1736 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1738 = stablehlo.divide %1737, %15 : tensor<1xf32>
    %1739 = stablehlo.add %1738, %17 : tensor<1xf32>
    %1740 = stablehlo.rsqrt %1739 : tensor<1xf32>
    %1741 = stablehlo.broadcast_in_dim %1740, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1742 = stablehlo.multiply %1735, %1741 : tensor<1x896xf32>
    %1743 = stablehlo.broadcast_in_dim %arg290, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1744 = stablehlo.multiply %1742, %1743 : tensor<1x896xf32>
    %1745 = stablehlo.dot_general %1744, %arg291, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1746 = stablehlo.dot_general %1744, %arg292, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<4864x896xf32>) -> tensor<1x4864xf32>
    %1747 = stablehlo.logistic %1745 : tensor<1x4864xf32>
    %1748 = stablehlo.multiply %1745, %1747 : tensor<1x4864xf32>
    %1749 = stablehlo.multiply %1748, %1746 : tensor<1x4864xf32>
    %1750 = stablehlo.dot_general %1749, %arg293, contracting_dims = [1] x [1] : (tensor<1x4864xf32>, tensor<896x4864xf32>) -> tensor<1x896xf32>
    %1751 = stablehlo.add %1735, %1750 : tensor<1x896xf32>
    %1752 = stablehlo.multiply %1751, %1751 : tensor<1x896xf32>
    %1753 = stablehlo.reduce(%1752 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1754 = stablehlo.divide %1753, %15 : tensor<1xf32>
    %1755 = stablehlo.add %1754, %17 : tensor<1xf32>
    %1756 = stablehlo.rsqrt %1755 : tensor<1xf32>
    %1757 = stablehlo.broadcast_in_dim %1756, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1758 = stablehlo.multiply %1751, %1757 : tensor<1x896xf32>
    %1759 = stablehlo.broadcast_in_dim %arg294, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1760 = stablehlo.multiply %1758, %1759 : tensor<1x896xf32>
    %1761 = stablehlo.dot_general %1760, %arg5, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<151936x896xf32>) -> tensor<1x151936xf32>
    %1762 = stablehlo.reshape %1761 : (tensor<1x151936xf32>) -> tensor<151936xf32>
    return %1762, %1716, %1718 : tensor<151936xf32>, tensor<24x256x2x64xf32>, tensor<24x256x2x64xf32>
  }
}
