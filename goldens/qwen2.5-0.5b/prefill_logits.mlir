// emit arch=qwen2.5-0.5b graph=prefill_logits precision=f32 capacity=256 chunk=32 quant=none
module @prefill_logits {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<24x256x2x64xf32> loc("kcache"), %arg4: tensor<24x256x2x64xf32> loc("vcache"), %arg5: tensor<151936x896xf32> loc("model.embed_tokens.weight"), %arg6: tensor<896xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<896x896xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<896xf32> loc("model.layers.0.self_attn.q_proj.bias"), %arg9: tensor<128x896xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg10: tensor<128xf32> loc("model.layers.0.self_attn.k_proj.bias"), %arg11: tensor<128x896xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg12: tensor<128xf32> loc("model.layers.0.self_attn.v_proj.bias"), %arg13: tensor<896x896xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg14: tensor<896xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg15: tensor<4864x896xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg16: tensor<4864x896xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg17: tensor<896x4864xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg18: tensor<896xf32> loc("model.layers.1.input_layernorm.weight"), %arg19: tensor<896x896xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg20: tensor<896xf32> loc("model.layers.1.self_attn.q_proj.bias"), %arg21: tensor<128x896xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg22: tensor<128xf32> loc("model.layers.1.self_attn.k_proj.bias"), %arg23: tensor<128x896xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg24: tensor<128xf32> loc("model.layers.1.self_attn.v_proj.bias"), %arg25: tensor<896x896xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg26: tensor<896xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg27: tensor<4864x896xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg28: tensor<4864x896xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg29: tensor<896x4864xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg30: tensor<896xf32> loc("model.layers.2.input_layernorm.weight"), %arg31: tensor<896x896xf32> loc("model.layers.2.self_attn.q_proj.weight"), %arg32: tensor<896xf32> loc("model.layers.2.self_attn.q_proj.bias"), %arg33: tensor<128x896xf32> loc("model.layers.2.self_attn.k_proj.weight"), %arg34: tensor<128xf32> loc("model.layers.2.self_attn.k_proj.bias"), %arg35: tensor<128x896xf32> loc("model.layers.2.self_attn.v_proj.weight"), %arg36: tensor<128xf32> loc("model.layers.2.self_attn.v_proj.bias"), %arg37: tensor<896x896xf32> loc("model.layers.2.self_attn.o_proj.weight"), %arg38: tensor<896xf32> loc("model.layers.2.post_attention_layernorm.weight"), %arg39: tensor<4864x896xf32> loc("model.layers.2.mlp.gate_proj.weight"), %arg40: tensor<4864x896xf32> loc("model.layers.2.mlp.up_proj.weight"), %arg41: tensor<896x4864xf32> loc("model.layers.2.mlp.down_proj.weight"), %arg42: tensor<896xf32> loc("model.layers.3.input_layernorm.weight"), %arg43: tensor<896x896xf32> loc("model.layers.3.self_attn.q_proj.weight"), %arg44: tensor<896xf32> loc("model.layers.3.self_attn.q_proj.bias"), %arg45: tensor<128x896xf32> loc("model.layers.3.self_attn.k_proj.weight"), %arg46: tensor<128xf32> loc("model.layers.3.self_attn.k_proj.bias"), %arg47: tensor<128x896xf32> loc("model.layers.3.self_attn.v_proj.weight"), %arg48: tensor<128xf32> loc("model.layers.3.self_attn.v_proj.bias"), %arg49: tensor<896x896xf32> loc("model.layers.3.self_attn.o_proj.weight"), %arg50: tensor<896xf32> loc("model.layers.3.post_attention_layernorm.weight"), %arg51: tensor<4864x896xf32> loc("model.layers.3.mlp.gate_proj.weight"), %arg52: tensor<4864x896xf32> loc("model.layers.3.mlp.up_proj.weight"), %arg53: tensor<896x4864xf32> loc("model.layers.3.mlp.down_proj.weight"), %arg54: tensor<896xf32> loc("model.layers.4.input_layernorm.weight"), %arg55: tensor<896x896xf32> loc("model.layers.4.self_attn.q_proj.weight"), %arg56: tensor<896xf32> loc("model.layers.4.self_attn.q_proj.bias"), %arg57: tensor<128x896xf32> loc("model.layers.4.self_attn.k_proj.weight"), %arg58: tensor<128xf32> loc("model.layers.4.self_attn.k_proj.bias"), %arg59: tensor<128x896xf32> loc("model.layers.4.self_attn.v_proj.weight"), %arg60: tensor<128xf32> loc("model.layers.4.self_attn.v_proj.bias"), %arg61: tensor<896x896xf32> loc("model.layers.4.self_attn.o_proj.weight"), %arg62: tensor<896xf32> loc("model.layers.4.post_attention_layernorm.weight"), %arg63: tensor<4864x896xf32> loc("model.layers.4.mlp.gate_proj.weight"), %arg64: tensor<4864x896xf32> loc("model.layers.4.mlp.up_proj.weight"), %arg65: tensor<896x4864xf32> loc("model.layers.4.mlp.down_proj.weight"), %arg66: tensor<896xf32> loc("model.layers.5.input_layernorm.weight"), %arg67: tensor<896x896xf32> loc("model.layers.5.self_attn.q_proj.weight"), %arg68: tensor<896xf32> loc("model.layers.5.self_attn.q_proj.bias"), %arg69: tensor<128x896xf32> loc("model.layers.5.self_attn.k_proj.weight"), %arg70: tensor<128xf32> loc("model.layers.5.self_attn.k_proj.bias"), %arg71: tensor<128x896xf32> loc("model.layers.5.self_attn.v_proj.weight"), %arg72: tensor<128xf32> loc("model.layers.5.self_attn.v_proj.bias"), %arg73: tensor<896x896xf32> loc("model.layers.5.self_attn.o_proj.weight"), %arg74: tensor<896xf32> loc("model.layers.5.post_attention_layernorm.weight"), %arg75: tensor<4864x896xf32> loc("model.layers.5.mlp.gate_proj.weight"), %arg76: tensor<4864x896xf32> loc("model.layers.5.mlp.up_proj.weight"), %arg77: tensor<896x4864xf32> loc("model.layers.5.mlp.down_proj.weight"), %arg78: tensor<896xf32> loc("model.layers.6.input_layernorm.weight"), %arg79: tensor<896x896xf32> loc("model.layers.6.self_attn.q_proj.weight"), %arg80: tensor<896xf32> loc("model.layers.6.self_attn.q_proj.bias"), %arg81: tensor<128x896xf32> loc("model.layers.6.self_attn.k_proj.weight"), %arg82: tensor<128xf32> loc("model.layers.6.self_attn.k_proj.bias"), %arg83: tensor<128x896xf32> loc("model.layers.6.self_attn.v_proj.weight"), %arg84: tensor<128xf32> loc("model.layers.6.self_attn.v_proj.bias"), %arg85: tensor<896x896xf32> loc("model.layers.6.self_attn.o_proj.weight"), %arg86: tensor<896xf32> loc("model.layers.6.post_attention_layernorm.weight"), %arg87: tensor<4864x896xf32> loc("model.layers.6.mlp.gate_proj.weight"), %arg88: tensor<4864x896xf32> loc("model.layers.6.mlp.up_proj.weight"), %arg89: tensor<896x4864xf32> loc("model.layers.6.mlp.down_proj.weight"), %arg90: tensor<896xf32> loc("model.layers.7.input_layernorm.weight"), %arg91: tensor<896x896xf32> loc("model.layers.7.self_attn.q_proj.weight"), %arg92: tensor<896xf32> loc("model.layers.7.self_attn.q_proj.bias"), %arg93: tensor<128x896xf32> loc("model.layers.7.self_attn.k_proj.weight"), %arg94: tensor<128xf32> loc("model.layers.7.self_attn.k_proj.bias"), %arg95: tensor<128x896xf32> loc("model.layers.7.self_attn.v_proj.weight"), %arg96: tensor<128xf32> loc("model.layers.7.self_attn.v_proj.bias"), %arg97: tensor<896x896xf32> loc("model.layers.7.self_attn.o_proj.weight"), %arg98: tensor<896xf32> loc("model.layers.7.post_attention_layernorm.weight"), %arg99: tensor<4864x896xf32> loc("model.layers.7.mlp.gate_proj.weight"), %arg100: tensor<4864x896xf32> loc("model.layers.7.mlp.up_proj.weight"), %arg101: tensor<896x4864xf32> loc("model.layers.7.mlp.down_proj.weight"), %arg102: tensor<896xf32> loc("model.layers.8.input_layernorm.weight"), %arg103: tensor<896x896xf32> loc("model.layers.8.self_attn.q_proj.weight"), %arg104: tensor<896xf32> loc("model.layers.8.self_attn.q_proj.bias"), %arg105: tensor<128x896xf32> loc("model.layers.8.self_attn.k_proj.weight"), %arg106: tensor<128xf32> loc("model.layers.8.self_attn.k_proj.bias"), %arg107: tensor<128x896xf32> loc("model.layers.8.self_attn.v_proj.weight"), %arg108: tensor<128xf32> loc("model.layers.8.self_attn.v_proj.bias"), %arg109: tensor<896x896xf32> loc("model.layers.8.self_attn.o_proj.weight"), %arg110: tensor<896xf32> loc("model.layers.8.post_attention_layernorm.weight"), %arg111: tensor<4864x896xf32> loc("model.layers.8.mlp.gate_proj.weight"), %arg112: tensor<4864x896xf32> loc("model.layers.8.mlp.up_proj.weight"), %arg113: tensor<896x4864xf32> loc("model.layers.8.mlp.down_proj.weight"), %arg114: tensor<896xf32> loc("model.layers.9.input_layernorm.weight"), %arg115: tensor<896x896xf32> loc("model.layers.9.self_attn.q_proj.weight"), %arg116: tensor<896xf32> loc("model.layers.9.self_attn.q_proj.bias"), %arg117: tensor<128x896xf32> loc("model.layers.9.self_attn.k_proj.weight"), %arg118: tensor<128xf32> loc("model.layers.9.self_attn.k_proj.bias"), %arg119: tensor<128x896xf32> loc("model.layers.9.self_attn.v_proj.weight"), %arg120: tensor<128xf32> loc("model.layers.9.self_attn.v_proj.bias"), %arg121: tensor<896x896xf32> loc("model.layers.9.self_attn.o_proj.weight"), %arg122: tensor<896xf32> loc("model.layers.9.post_attention_layernorm.weight"), %arg123: tensor<4864x896xf32> loc("model.layers.9.mlp.gate_proj.weight"), %arg124: tensor<4864x896xf32> loc("model.layers.9.mlp.up_proj.weight"), %arg125: tensor<896x4864xf32> loc("model.layers.9.mlp.down_proj.weight"), %arg126: tensor<896xf32> loc("model.layers.10.input_layernorm.weight"), %arg127: tensor<896x896xf32> loc("model.layers.10.self_attn.q_proj.weight"), %arg128: tensor<896xf32> loc("model.layers.10.self_attn.q_proj.bias"), %arg129: tensor<128x896xf32> loc("model.layers.10.self_attn.k_proj.weight"), %arg130: tensor<128xf32> loc("model.layers.10.self_attn.k_proj.bias"), %arg131: tensor<128x896xf32> loc("model.layers.10.self_attn.v_proj.weight"), %arg132: tensor<128xf32> loc("model.layers.10.self_attn.v_proj.bias"), %arg133: tensor<896x896xf32> loc("model.layers.10.self_attn.o_proj.weight"), %arg134: tensor<896xf32> loc("model.layers.10.post_attention_layernorm.weight"), %arg135: tensor<4864x896xf32> loc("model.layers.10.mlp.gate_proj.weight"), %arg136: tensor<4864x896xf32> loc("model.layers.10.mlp.up_proj.weight"), %arg137: tensor<896x4864xf32> loc("model.layers.10.mlp.down_proj.weight"), %arg138: tensor<896xf32> loc("model.layers.11.input_layernorm.weight"), %arg139: tensor<896x896xf32> loc("model.layers.11.self_attn.q_proj.weight"), %arg140: tensor<896xf32> loc("model.layers.11.self_attn.q_proj.bias"), %arg141: tensor<128x896xf32> loc("model.layers.11.self_attn.k_proj.weight"), %arg142: tensor<128xf32> loc("model.layers.11.self_attn.k_proj.bias"), %arg143: tensor<128x896xf32> loc("model.layers.11.self_attn.v_proj.weight"), %arg144: tensor<128xf32> loc("model.layers.11.self_attn.v_proj.bias"), %arg145: tensor<896x896xf32> loc("model.layers.11.self_attn.o_proj.weight"), %arg146: tensor<896xf32> loc("model.layers.11.post_attention_layernorm.weight"), %arg147: tensor<4864x896xf32> loc("model.layers.11.mlp.gate_proj.weight"), %arg148: tensor<4864x896xf32> loc("model.layers.11.mlp.up_proj.weight"), %arg149: tensor<896x4864xf32> loc("model.layers.11.mlp.down_proj.weight"), %arg150: tensor<896xf32> loc("model.layers.12.input_layernorm.weight"), %arg151: tensor<896x896xf32> loc("model.layers.12.self_attn.q_proj.weight"), %arg152: tensor<896xf32> loc("model.layers.12.self_attn.q_proj.bias"), %arg153: tensor<128x896xf32> loc("model.layers.12.self_attn.k_proj.weight"), %arg154: tensor<128xf32> loc("model.layers.12.self_attn.k_proj.bias"), %arg155: tensor<128x896xf32> loc("model.layers.12.self_attn.v_proj.weight"), %arg156: tensor<128xf32> loc("model.layers.12.self_attn.v_proj.bias"), %arg157: tensor<896x896xf32> loc("model.layers.12.self_attn.o_proj.weight"), %arg158: tensor<896xf32> loc("model.layers.12.post_attention_layernorm.weight"), %arg159: tensor<4864x896xf32> loc("model.layers.12.mlp.gate_proj.weight"), %arg160: tensor<4864x896xf32> loc("model.layers.12.mlp.up_proj.weight"), %arg161: tensor<896x4864xf32> loc("model.layers.12.mlp.down_proj.weight"), %arg162: tensor<896xf32> loc("model.layers.13.input_layernorm.weight"), %arg163: tensor<896x896xf32> loc("model.layers.13.self_attn.q_proj.weight"), %arg164: tensor<896xf32> loc("model.layers.13.self_attn.q_proj.bias"), %arg165: tensor<128x896xf32> loc("model.layers.13.self_attn.k_proj.weight"), %arg166: tensor<128xf32> loc("model.layers.13.self_attn.k_proj.bias"), %arg167: tensor<128x896xf32> loc("model.layers.13.self_attn.v_proj.weight"), %arg168: tensor<128xf32> loc("model.layers.13.self_attn.v_proj.bias"), %arg169: tensor<896x896xf32> loc("model.layers.13.self_attn.o_proj.weight"), %arg170: tensor<896xf32> loc("model.layers.13.post_attention_layernorm.weight"), %arg171: tensor<4864x896xf32> loc("model.layers.13.mlp.gate_proj.weight"), %arg172: tensor<4864x896xf32> loc("model.layers.13.mlp.up_proj.weight"), %arg173: tensor<896x4864xf32> loc("model.layers.13.mlp.down_proj.weight"), %arg174: tensor<896xf32> loc("model.layers.14.input_layernorm.weight"), %arg175: tensor<896x896xf32> loc("model.layers.14.self_attn.q_proj.weight"), %arg176: tensor<896xf32> loc("model.layers.14.self_attn.q_proj.bias"), %arg177: tensor<128x896xf32> loc("model.layers.14.self_attn.k_proj.weight"), %arg178: tensor<128xf32> loc("model.layers.14.self_attn.k_proj.bias"), %arg179: tensor<128x896xf32> loc("model.layers.14.self_attn.v_proj.weight"), %arg180: tensor<128xf32> loc("model.layers.14.self_attn.v_proj.bias"), %arg181: tensor<896x896xf32> loc("model.layers.14.self_attn.o_proj.weight"), %arg182: tensor<896xf32> loc("model.layers.14.post_attention_layernorm.weight"), %arg183: tensor<4864x896xf32> loc("model.layers.14.mlp.gate_proj.weight"), %arg184: tensor<4864x896xf32> loc("model.layers.14.mlp.up_proj.weight"), %arg185: tensor<896x4864xf32> loc("model.layers.14.mlp.down_proj.weight"), %arg186: tensor<896xf32> loc("model.layers.15.input_layernorm.weight"), %arg187: tensor<896x896xf32> loc("model.layers.15.self_attn.q_proj.weight"), %arg188: tensor<896xf32> loc("model.layers.15.self_attn.q_proj.bias"), %arg189: tensor<128x896xf32> loc("model.layers.15.self_attn.k_proj.weight"), %arg190: tensor<128xf32> loc("model.layers.15.self_attn.k_proj.bias"), %arg191: tensor<128x896xf32> loc("model.layers.15.self_attn.v_proj.weight"), %arg192: tensor<128xf32> loc("model.layers.15.self_attn.v_proj.bias"), %arg193: tensor<896x896xf32> loc("model.layers.15.self_attn.o_proj.weight"), %arg194: tensor<896xf32> loc("model.layers.15.post_attention_layernorm.weight"), %arg195: tensor<4864x896xf32> loc("model.layers.15.mlp.gate_proj.weight"), %arg196: tensor<4864x896xf32> loc("model.layers.15.mlp.up_proj.weight"), %arg197: tensor<896x4864xf32> loc("model.layers.15.mlp.down_proj.weight"), %arg198: tensor<896xf32> loc("model.layers.16.input_layernorm.weight"), %arg199: tensor<896x896xf32> loc("model.layers.16.self_attn.q_proj.weight"), %arg200: tensor<896xf32> loc("model.layers.16.self_attn.q_proj.bias"), %arg201: tensor<128x896xf32> loc("model.layers.16.self_attn.k_proj.weight"), %arg202: tensor<128xf32> loc("model.layers.16.self_attn.k_proj.bias"), %arg203: tensor<128x896xf32> loc("model.layers.16.self_attn.v_proj.weight"), %arg204: tensor<128xf32> loc("model.layers.16.self_attn.v_proj.bias"), %arg205: tensor<896x896xf32> loc("model.layers.16.self_attn.o_proj.weight"), %arg206: tensor<896xf32> loc("model.layers.16.post_attention_layernorm.weight"), %arg207: tensor<4864x896xf32> loc("model.layers.16.mlp.gate_proj.weight"), %arg208: tensor<4864x896xf32> loc("model.layers.16.mlp.up_proj.weight"), %arg209: tensor<896x4864xf32> loc("model.layers.16.mlp.down_proj.weight"), %arg210: tensor<896xf32> loc("model.layers.17.input_layernorm.weight"), %arg211: tensor<896x896xf32> loc("model.layers.17.self_attn.q_proj.weight"), %arg212: tensor<896xf32> loc("model.layers.17.self_attn.q_proj.bias"), %arg213: tensor<128x896xf32> loc("model.layers.17.self_attn.k_proj.weight"), %arg214: tensor<128xf32> loc("model.layers.17.self_attn.k_proj.bias"), %arg215: tensor<128x896xf32> loc("model.layers.17.self_attn.v_proj.weight"), %arg216: tensor<128xf32> loc("model.layers.17.self_attn.v_proj.bias"), %arg217: tensor<896x896xf32> loc("model.layers.17.self_attn.o_proj.weight"), %arg218: tensor<896xf32> loc("model.layers.17.post_attention_layernorm.weight"), %arg219: tensor<4864x896xf32> loc("model.layers.17.mlp.gate_proj.weight"), %arg220: tensor<4864x896xf32> loc("model.layers.17.mlp.up_proj.weight"), %arg221: tensor<896x4864xf32> loc("model.layers.17.mlp.down_proj.weight"), %arg222: tensor<896xf32> loc("model.layers.18.input_layernorm.weight"), %arg223: tensor<896x896xf32> loc("model.layers.18.self_attn.q_proj.weight"), %arg224: tensor<896xf32> loc("model.layers.18.self_attn.q_proj.bias"), %arg225: tensor<128x896xf32> loc("model.layers.18.self_attn.k_proj.weight"), %arg226: tensor<128xf32> loc("model.layers.18.self_attn.k_proj.bias"), %arg227: tensor<128x896xf32> loc("model.layers.18.self_attn.v_proj.weight"), %arg228: tensor<128xf32> loc("model.layers.18.self_attn.v_proj.bias"), %arg229: tensor<896x896xf32> loc("model.layers.18.self_attn.o_proj.weight"), %arg230: tensor<896xf32> loc("model.layers.18.post_attention_layernorm.weight"), %arg231: tensor<4864x896xf32> loc("model.layers.18.mlp.gate_proj.weight"), %arg232: tensor<4864x896xf32> loc("model.layers.18.mlp.up_proj.weight"), %arg233: tensor<896x4864xf32> loc("model.layers.18.mlp.down_proj.weight"), %arg234: tensor<896xf32> loc("model.layers.19.input_layernorm.weight"), %arg235: tensor<896x896xf32> loc("model.layers.19.self_attn.q_proj.weight"), %arg236: tensor<896xf32> loc("model.layers.19.self_attn.q_proj.bias"), %arg237: tensor<128x896xf32> loc("model.layers.19.self_attn.k_proj.weight"), %arg238: tensor<128xf32> loc("model.layers.19.self_attn.k_proj.bias"), %arg239: tensor<128x896xf32> loc("model.layers.19.self_attn.v_proj.weight"), %arg240: tensor<128xf32> loc("model.layers.19.self_attn.v_proj.bias"), %arg241: tensor<896x896xf32> loc("model.layers.19.self_attn.o_proj.weight"), %arg242: tensor<896xf32> loc("model.layers.19.post_attention_layernorm.weight"), %arg243: tensor<4864x896xf32> loc("model.layers.19.mlp.gate_proj.weight"), %arg244: tensor<4864x896xf32> loc("model.layers.19.mlp.up_proj.weight"), %arg245: tensor<896x4864xf32> loc("model.layers.19.mlp.down_proj.weight"), %arg246: tensor<896xf32> loc("model.layers.20.input_layernorm.weight"), %arg247: tensor<896x896xf32> loc("model.layers.20.self_attn.q_proj.weight"), %arg248: tensor<896xf32> loc("model.layers.20.self_attn.q_proj.bias"), %arg249: tensor<128x896xf32> loc("model.layers.20.self_attn.k_proj.weight"), %arg250: tensor<128xf32> loc("model.layers.20.self_attn.k_proj.bias"), %arg251: tensor<128x896xf32> loc("model.layers.20.self_attn.v_proj.weight"), %arg252: tensor<128xf32> loc("model.layers.20.self_attn.v_proj.bias"), %arg253: tensor<896x896xf32> loc("model.layers.20.self_attn.o_proj.weight"), %arg254: tensor<896xf32> loc("model.layers.20.post_attention_layernorm.weight"), %arg255: tensor<4864x896xf32> loc("model.layers.20.mlp.gate_proj.weight"), %arg256: tensor<4864x896xf32> loc("model.layers.20.mlp.up_proj.weight"), %arg257: tensor<896x4864xf32> loc("model.layers.20.mlp.down_proj.weight"), %arg258: tensor<896xf32> loc("model.layers.21.input_layernorm.weight"), %arg259: tensor<896x896xf32> loc("model.layers.21.self_attn.q_proj.weight"), %arg260: tensor<896xf32> loc("model.layers.21.self_attn.q_proj.bias"), %arg261: tensor<128x896xf32> loc("model.layers.21.self_attn.k_proj.weight"), %arg262: tensor<128xf32> loc("model.layers.21.self_attn.k_proj.bias"), %arg263: tensor<128x896xf32> loc("model.layers.21.self_attn.v_proj.weight"), %arg264: tensor<128xf32> loc("model.layers.21.self_attn.v_proj.bias"), %arg265: tensor<896x896xf32> loc("model.layers.21.self_attn.o_proj.weight"), %arg266: tensor<896xf32> loc("model.layers.21.post_attention_layernorm.weight"), %arg267: tensor<4864x896xf32> loc("model.layers.21.mlp.gate_proj.weight"), %arg268: tensor<4864x896xf32> loc("model.layers.21.mlp.up_proj.weight"), %arg269: tensor<896x4864xf32> loc("model.layers.21.mlp.down_proj.weight"), %arg270: tensor<896xf32> loc("model.layers.22.input_layernorm.weight"), %arg271: tensor<896x896xf32> loc("model.layers.22.self_attn.q_proj.weight"), %arg272: tensor<896xf32> loc("model.layers.22.self_attn.q_proj.bias"), %arg273: tensor<128x896xf32> loc("model.layers.22.self_attn.k_proj.weight"), %arg274: tensor<128xf32> loc("model.layers.22.self_attn.k_proj.bias"), %arg275: tensor<128x896xf32> loc("model.layers.22.self_attn.v_proj.weight"), %arg276: tensor<128xf32> loc("model.layers.22.self_attn.v_proj.bias"), %arg277: tensor<896x896xf32> loc("model.layers.22.self_attn.o_proj.weight"), %arg278: tensor<896xf32> loc("model.layers.22.post_attention_layernorm.weight"), %arg279: tensor<4864x896xf32> loc("model.layers.22.mlp.gate_proj.weight"), %arg280: tensor<4864x896xf32> loc("model.layers.22.mlp.up_proj.weight"), %arg281: tensor<896x4864xf32> loc("model.layers.22.mlp.down_proj.weight"), %arg282: tensor<896xf32> loc("model.layers.23.input_layernorm.weight"), %arg283: tensor<896x896xf32> loc("model.layers.23.self_attn.q_proj.weight"), %arg284: tensor<896xf32> loc("model.layers.23.self_attn.q_proj.bias"), %arg285: tensor<128x896xf32> loc("model.layers.23.self_attn.k_proj.weight"), %arg286: tensor<128xf32> loc("model.layers.23.self_attn.k_proj.bias"), %arg287: tensor<128x896xf32> loc("model.layers.23.self_attn.v_proj.weight"), %arg288: tensor<128xf32> loc("model.layers.23.self_attn.v_proj.bias"), %arg289: tensor<896x896xf32> loc("model.layers.23.self_attn.o_proj.weight"), %arg290: tensor<896xf32> loc("model.layers.23.post_attention_layernorm.weight"), %arg291: tensor<4864x896xf32> loc("model.layers.23.mlp.gate_proj.weight"), %arg292: tensor<4864x896xf32> loc("model.layers.23.mlp.up_proj.weight"), %arg293: tensor<896x4864xf32> loc("model.layers.23.mlp.down_proj.weight"), %arg294: tensor<896xf32> loc("model.norm.weight")) -> (tensor<151936xf32>, tensor<24x256x2x64xf32>, tensor<24x256x2x64xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    %2 = stablehlo.convert %arg1 : (tensor<32xi32>) -> tensor<32xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<32xf32>) -> tensor<32x32xf32>
    %cst = stablehlo.constant dense<[1.000000e+00, 0.649381638, 0.421696514, 0.273841977, 0.177827939, 0.115478195, 0.0749894232, 0.0486967526, 0.0316227749, 0.0205352511, 0.013335214, 0.00865964312, 0.00562341325, 0.00365174119, 0.00237137382, 0.00153992651, 1.000000e-03, 6.49381604E-4, 4.21696517E-4, 2.73841957E-4, 1.7782794E-4, 1.154782E-4, 7.49894243E-5, 4.8696751E-5, 3.16227779E-5, 2.05352499E-5, 1.33352141E-5, 8.65964284E-6, 5.62341347E-6, 3.65174128E-6, 2.37137374E-6, 1.53992653E-6]> : tensor<32xf32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [1] : (tensor<32xf32>) -> tensor<32x32xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<32x32xf32>
    %6 = stablehlo.cosine %5 : tensor<32x32xf32>
    %7 = stablehlo.sine %5 : tensor<32x32xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x64xf32>
    %9 = stablehlo.concatenate %7, %7, dim = 1 : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x64xf32>
    %10 = stablehlo.reshape %arg0 : (tensor<32xi32>) -> tensor<32x1xi32>
    %11 = "stablehlo.gather"(%arg5, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 896>}> : (tensor<151936x896xf32>, tensor<32x1xi32>) -> tensor<32x896xf32>
    %12 = stablehlo.multiply %11, %11 : tensor<32x896xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%12 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %cst_1 = stablehlo.constant dense<8.960000e+02> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %15 = stablehlo.divide %13, %14 : tensor<32xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %17 = stablehlo.add %15, %16 : tensor<32xf32>
    %18 = stablehlo.rsqrt %17 : tensor<32xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %20 = stablehlo.multiply %11, %19 : tensor<32x896xf32>
    %21 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %22 = stablehlo.multiply %20, %21 : tensor<32x896xf32>
    %23 = stablehlo.dot_general %22, %arg7, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %24 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %25 = stablehlo.add %23, %24 : tensor<32x896xf32>
    %26 = stablehlo.dot_general %22, %arg9, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %27 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %28 = stablehlo.add %26, %27 : tensor<32x128xf32>
    %29 = stablehlo.dot_general %22, %arg11, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %30 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %31 = stablehlo.add %29, %30 : tensor<32x128xf32>
    %32 = stablehlo.reshape %25 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %33 = stablehlo.slice %32 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %34 = stablehlo.slice %32 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %35 = stablehlo.negate %34 : tensor<32x14x32xf32>
    %36 = stablehlo.concatenate %35, %33, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %37 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x64xf32>) -> tensor<32x14x64xf32>
    %38 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x64xf32>) -> tensor<32x14x64xf32>
    %39 = stablehlo.multiply %32, %37 : tensor<32x14x64xf32>
    %40 = stablehlo.multiply %36, %38 : tensor<32x14x64xf32>
    %41 = stablehlo.add %39, %40 : tensor<32x14x64xf32>
    %42 = stablehlo.reshape %28 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %43 = stablehlo.slice %42 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %44 = stablehlo.slice %42 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %45 = stablehlo.negate %44 : tensor<32x2x32xf32>
    %46 = stablehlo.concatenate %45, %43, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %47 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<32x64xf32>) -> tensor<32x2x64xf32>
    %48 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<32x64xf32>) -> tensor<32x2x64xf32>
    %49 = stablehlo.multiply %42, %47 : tensor<32x2x64xf32>
    %50 = stablehlo.multiply %46, %48 : tensor<32x2x64xf32>
    %51 = stablehlo.add %49, %50 : tensor<32x2x64xf32>
    %52 = stablehlo.reshape %31 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %53 = stablehlo.reshape %51 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %54 = stablehlo.dynamic_update_slice %arg3, %53, %c, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %55 = stablehlo.reshape %52 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %56 = stablehlo.dynamic_update_slice %arg4, %55, %c, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %57 = stablehlo.slice %54 [0:1, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %58 = stablehlo.slice %56 [0:1, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %59 = stablehlo.reshape %41 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %60 = stablehlo.reshape %57 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %61 = stablehlo.reshape %58 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %62 = stablehlo.dot_general %59, %60, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %cst_3 = stablehlo.constant dense<1.250000e-01> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<2x32x7x256xf32>
    %64 = stablehlo.multiply %62, %63 : tensor<2x32x7x256xf32>
    %65 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xi32>) -> tensor<2x32x7x256xi32>
    %66 = stablehlo.iota dim = 3 : tensor<2x32x7x256xi32>
    %67 = stablehlo.compare  LE, %66, %65,  SIGNED : (tensor<2x32x7x256xi32>, tensor<2x32x7x256xi32>) -> tensor<2x32x7x256xi1>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x32x7x256xf32>
    %69 = stablehlo.select %67, %64, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %70 = stablehlo.reduce(%69 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %72 = stablehlo.subtract %69, %71 : tensor<2x32x7x256xf32>
    %73 = stablehlo.exponential %72 : tensor<2x32x7x256xf32>
    %74 = stablehlo.reduce(%73 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %76 = stablehlo.divide %73, %75 : tensor<2x32x7x256xf32>
    %77 = stablehlo.dot_general %76, %61, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %78 = stablehlo.transpose %77, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %79 = stablehlo.reshape %78 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %80 = stablehlo.dot_general %79, %arg13, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %81 = stablehlo.add %11, %80 : tensor<32x896xf32>
    %82 = stablehlo.multiply %81, %81 : tensor<32x896xf32>
    %83 = stablehlo.reduce(%82 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %84 = stablehlo.divide %83, %14 : tensor<32xf32>
    %85 = stablehlo.add %84, %16 : tensor<32xf32>
    %86 = stablehlo.rsqrt %85 : tensor<32xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %88 = stablehlo.multiply %81, %87 : tensor<32x896xf32>
    %89 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %90 = stablehlo.multiply %88, %89 : tensor<32x896xf32>
    %91 = stablehlo.dot_general %90, %arg15, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %92 = stablehlo.dot_general %90, %arg16, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %93 = stablehlo.logistic %91 : tensor<32x4864xf32>
    %94 = stablehlo.multiply %91, %93 : tensor<32x4864xf32>
    %95 = stablehlo.multiply %94, %92 : tensor<32x4864xf32>
    %96 = stablehlo.dot_general %95, %arg17, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %97 = stablehlo.add %81, %96 : tensor<32x896xf32>
    %98 = stablehlo.multiply %97, %97 : tensor<32x896xf32>
    %99 = stablehlo.reduce(%98 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %100 = stablehlo.divide %99, %14 : tensor<32xf32>
    %101 = stablehlo.add %100, %16 : tensor<32xf32>
    %102 = stablehlo.rsqrt %101 : tensor<32xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %104 = stablehlo.multiply %97, %103 : tensor<32x896xf32>
    %105 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %106 = stablehlo.multiply %104, %105 : tensor<32x896xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %107 = stablehlo.dot_general %106, %arg19, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %108 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %109 = stablehlo.add %107, %108 : tensor<32x896xf32>
    %110 = stablehlo.dot_general %106, %arg21, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %111 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %112 = stablehlo.add %110, %111 : tensor<32x128xf32>
    %113 = stablehlo.dot_general %106, %arg23, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %114 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %115 = stablehlo.add %113, %114 : tensor<32x128xf32>
    %116 = stablehlo.reshape %109 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %117 = stablehlo.slice %116 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %118 = stablehlo.slice %116 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %119 = stablehlo.negate %118 : tensor<32x14x32xf32>
    %120 = stablehlo.concatenate %119, %117, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %121 = stablehlo.multiply %116, %37 : tensor<32x14x64xf32>
    %122 = stablehlo.multiply %120, %38 : tensor<32x14x64xf32>
    %123 = stablehlo.add %121, %122 : tensor<32x14x64xf32>
    %124 = stablehlo.reshape %112 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %125 = stablehlo.slice %124 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %126 = stablehlo.slice %124 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %127 = stablehlo.negate %126 : tensor<32x2x32xf32>
    %128 = stablehlo.concatenate %127, %125, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %129 = stablehlo.multiply %124, %47 : tensor<32x2x64xf32>
    %130 = stablehlo.multiply %128, %48 : tensor<32x2x64xf32>
    %131 = stablehlo.add %129, %130 : tensor<32x2x64xf32>
    %132 = stablehlo.reshape %115 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %133 = stablehlo.reshape %131 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %134 = stablehlo.dynamic_update_slice %54, %133, %c_0, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %135 = stablehlo.reshape %132 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %136 = stablehlo.dynamic_update_slice %56, %135, %c_0, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %137 = stablehlo.slice %134 [1:2, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %138 = stablehlo.slice %136 [1:2, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %139 = stablehlo.reshape %123 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %140 = stablehlo.reshape %137 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %141 = stablehlo.reshape %138 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %142 = stablehlo.dot_general %139, %140, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %143 = stablehlo.multiply %142, %63 : tensor<2x32x7x256xf32>
    %144 = stablehlo.select %67, %143, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %145 = stablehlo.reduce(%144 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %147 = stablehlo.subtract %144, %146 : tensor<2x32x7x256xf32>
    %148 = stablehlo.exponential %147 : tensor<2x32x7x256xf32>
    %149 = stablehlo.reduce(%148 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %151 = stablehlo.divide %148, %150 : tensor<2x32x7x256xf32>
    %152 = stablehlo.dot_general %151, %141, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %153 = stablehlo.transpose %152, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %154 = stablehlo.reshape %153 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %155 = stablehlo.dot_general %154, %arg25, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %156 = stablehlo.add %97, %155 : tensor<32x896xf32>
    %157 = stablehlo.multiply %156, %156 : tensor<32x896xf32>
    %158 = stablehlo.reduce(%157 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %159 = stablehlo.divide %158, %14 : tensor<32xf32>
    %160 = stablehlo.add %159, %16 : tensor<32xf32>
    %161 = stablehlo.rsqrt %160 : tensor<32xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %163 = stablehlo.multiply %156, %162 : tensor<32x896xf32>
    %164 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %165 = stablehlo.multiply %163, %164 : tensor<32x896xf32>
    %166 = stablehlo.dot_general %165, %arg27, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %167 = stablehlo.dot_general %165, %arg28, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %168 = stablehlo.logistic %166 : tensor<32x4864xf32>
    %169 = stablehlo.multiply %166, %168 : tensor<32x4864xf32>
    %170 = stablehlo.multiply %169, %167 : tensor<32x4864xf32>
    %171 = stablehlo.dot_general %170, %arg29, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %172 = stablehlo.add %156, %171 : tensor<32x896xf32>
    %173 = stablehlo.multiply %172, %172 : tensor<32x896xf32>
    %174 = stablehlo.reduce(%173 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %175 = stablehlo.divide %174, %14 : tensor<32xf32>
    %176 = stablehlo.add %175, %16 : tensor<32xf32>
    %177 = stablehlo.rsqrt %176 : tensor<32xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %179 = stablehlo.multiply %172, %178 : tensor<32x896xf32>
    %180 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %181 = stablehlo.multiply %179, %180 : tensor<32x896xf32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %182 = stablehlo.dot_general %181, %arg31, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %183 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %184 = stablehlo.add %182, %183 : tensor<32x896xf32>
    %185 = stablehlo.dot_general %181, %arg33, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %186 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %187 = stablehlo.add %185, %186 : tensor<32x128xf32>
    %188 = stablehlo.dot_general %181, %arg35, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %189 = stablehlo.broadcast_in_dim %arg36, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %190 = stablehlo.add %188, %189 : tensor<32x128xf32>
    %191 = stablehlo.reshape %184 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %192 = stablehlo.slice %191 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %193 = stablehlo.slice %191 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %194 = stablehlo.negate %193 : tensor<32x14x32xf32>
    %195 = stablehlo.concatenate %194, %192, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %196 = stablehlo.multiply %191, %37 : tensor<32x14x64xf32>
    %197 = stablehlo.multiply %195, %38 : tensor<32x14x64xf32>
    %198 = stablehlo.add %196, %197 : tensor<32x14x64xf32>
    %199 = stablehlo.reshape %187 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %200 = stablehlo.slice %199 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %201 = stablehlo.slice %199 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %202 = stablehlo.negate %201 : tensor<32x2x32xf32>
    %203 = stablehlo.concatenate %202, %200, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %204 = stablehlo.multiply %199, %47 : tensor<32x2x64xf32>
    %205 = stablehlo.multiply %203, %48 : tensor<32x2x64xf32>
    %206 = stablehlo.add %204, %205 : tensor<32x2x64xf32>
    %207 = stablehlo.reshape %190 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %208 = stablehlo.reshape %206 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %209 = stablehlo.dynamic_update_slice %134, %208, %c_1, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %210 = stablehlo.reshape %207 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %211 = stablehlo.dynamic_update_slice %136, %210, %c_1, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %212 = stablehlo.slice %209 [2:3, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %213 = stablehlo.slice %211 [2:3, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %214 = stablehlo.reshape %198 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %215 = stablehlo.reshape %212 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %216 = stablehlo.reshape %213 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %217 = stablehlo.dot_general %214, %215, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %218 = stablehlo.multiply %217, %63 : tensor<2x32x7x256xf32>
    %219 = stablehlo.select %67, %218, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %220 = stablehlo.reduce(%219 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %222 = stablehlo.subtract %219, %221 : tensor<2x32x7x256xf32>
    %223 = stablehlo.exponential %222 : tensor<2x32x7x256xf32>
    %224 = stablehlo.reduce(%223 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %226 = stablehlo.divide %223, %225 : tensor<2x32x7x256xf32>
    %227 = stablehlo.dot_general %226, %216, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %228 = stablehlo.transpose %227, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %229 = stablehlo.reshape %228 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %230 = stablehlo.dot_general %229, %arg37, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %231 = stablehlo.add %172, %230 : tensor<32x896xf32>
    %232 = stablehlo.multiply %231, %231 : tensor<32x896xf32>
    %233 = stablehlo.reduce(%232 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %234 = stablehlo.divide %233, %14 : tensor<32xf32>
    %235 = stablehlo.add %234, %16 : tensor<32xf32>
    %236 = stablehlo.rsqrt %235 : tensor<32xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %238 = stablehlo.multiply %231, %237 : tensor<32x896xf32>
    %239 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %240 = stablehlo.multiply %238, %239 : tensor<32x896xf32>
    %241 = stablehlo.dot_general %240, %arg39, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %242 = stablehlo.dot_general %240, %arg40, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %243 = stablehlo.logistic %241 : tensor<32x4864xf32>
    %244 = stablehlo.multiply %241, %243 : tensor<32x4864xf32>
    %245 = stablehlo.multiply %244, %242 : tensor<32x4864xf32>
    %246 = stablehlo.dot_general %245, %arg41, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %247 = stablehlo.add %231, %246 : tensor<32x896xf32>
    %248 = stablehlo.multiply %247, %247 : tensor<32x896xf32>
    %249 = stablehlo.reduce(%248 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %250 = stablehlo.divide %249, %14 : tensor<32xf32>
    %251 = stablehlo.add %250, %16 : tensor<32xf32>
    %252 = stablehlo.rsqrt %251 : tensor<32xf32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %254 = stablehlo.multiply %247, %253 : tensor<32x896xf32>
    %255 = stablehlo.broadcast_in_dim %arg42, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %256 = stablehlo.multiply %254, %255 : tensor<32x896xf32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %257 = stablehlo.dot_general %256, %arg43, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %258 = stablehlo.broadcast_in_dim %arg44, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %259 = stablehlo.add %257, %258 : tensor<32x896xf32>
    %260 = stablehlo.dot_general %256, %arg45, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %261 = stablehlo.broadcast_in_dim %arg46, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %262 = stablehlo.add %260, %261 : tensor<32x128xf32>
    %263 = stablehlo.dot_general %256, %arg47, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %264 = stablehlo.broadcast_in_dim %arg48, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %265 = stablehlo.add %263, %264 : tensor<32x128xf32>
    %266 = stablehlo.reshape %259 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %267 = stablehlo.slice %266 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %268 = stablehlo.slice %266 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %269 = stablehlo.negate %268 : tensor<32x14x32xf32>
    %270 = stablehlo.concatenate %269, %267, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %271 = stablehlo.multiply %266, %37 : tensor<32x14x64xf32>
    %272 = stablehlo.multiply %270, %38 : tensor<32x14x64xf32>
    %273 = stablehlo.add %271, %272 : tensor<32x14x64xf32>
    %274 = stablehlo.reshape %262 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %275 = stablehlo.slice %274 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %276 = stablehlo.slice %274 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %277 = stablehlo.negate %276 : tensor<32x2x32xf32>
    %278 = stablehlo.concatenate %277, %275, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %279 = stablehlo.multiply %274, %47 : tensor<32x2x64xf32>
    %280 = stablehlo.multiply %278, %48 : tensor<32x2x64xf32>
    %281 = stablehlo.add %279, %280 : tensor<32x2x64xf32>
    %282 = stablehlo.reshape %265 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %283 = stablehlo.reshape %281 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %284 = stablehlo.dynamic_update_slice %209, %283, %c_2, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %285 = stablehlo.reshape %282 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %286 = stablehlo.dynamic_update_slice %211, %285, %c_2, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %287 = stablehlo.slice %284 [3:4, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %288 = stablehlo.slice %286 [3:4, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %289 = stablehlo.reshape %273 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %290 = stablehlo.reshape %287 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %291 = stablehlo.reshape %288 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %292 = stablehlo.dot_general %289, %290, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %293 = stablehlo.multiply %292, %63 : tensor<2x32x7x256xf32>
    %294 = stablehlo.select %67, %293, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %295 = stablehlo.reduce(%294 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %297 = stablehlo.subtract %294, %296 : tensor<2x32x7x256xf32>
    %298 = stablehlo.exponential %297 : tensor<2x32x7x256xf32>
    %299 = stablehlo.reduce(%298 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %301 = stablehlo.divide %298, %300 : tensor<2x32x7x256xf32>
    %302 = stablehlo.dot_general %301, %291, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %303 = stablehlo.transpose %302, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %304 = stablehlo.reshape %303 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %305 = stablehlo.dot_general %304, %arg49, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %306 = stablehlo.add %247, %305 : tensor<32x896xf32>
    %307 = stablehlo.multiply %306, %306 : tensor<32x896xf32>
    %308 = stablehlo.reduce(%307 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %309 = stablehlo.divide %308, %14 : tensor<32xf32>
    %310 = stablehlo.add %309, %16 : tensor<32xf32>
    %311 = stablehlo.rsqrt %310 : tensor<32xf32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %313 = stablehlo.multiply %306, %312 : tensor<32x896xf32>
    %314 = stablehlo.broadcast_in_dim %arg50, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %315 = stablehlo.multiply %313, %314 : tensor<32x896xf32>
    %316 = stablehlo.dot_general %315, %arg51, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %317 = stablehlo.dot_general %315, %arg52, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %318 = stablehlo.logistic %316 : tensor<32x4864xf32>
    %319 = stablehlo.multiply %316, %318 : tensor<32x4864xf32>
    %320 = stablehlo.multiply %319, %317 : tensor<32x4864xf32>
    %321 = stablehlo.dot_general %320, %arg53, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %322 = stablehlo.add %306, %321 : tensor<32x896xf32>
    %323 = stablehlo.multiply %322, %322 : tensor<32x896xf32>
    %324 = stablehlo.reduce(%323 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %325 = stablehlo.divide %324, %14 : tensor<32xf32>
    %326 = stablehlo.add %325, %16 : tensor<32xf32>
    %327 = stablehlo.rsqrt %326 : tensor<32xf32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %329 = stablehlo.multiply %322, %328 : tensor<32x896xf32>
    %330 = stablehlo.broadcast_in_dim %arg54, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %331 = stablehlo.multiply %329, %330 : tensor<32x896xf32>
    %c_3 = stablehlo.constant dense<4> : tensor<i32>
    %332 = stablehlo.dot_general %331, %arg55, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %333 = stablehlo.broadcast_in_dim %arg56, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %334 = stablehlo.add %332, %333 : tensor<32x896xf32>
    %335 = stablehlo.dot_general %331, %arg57, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %336 = stablehlo.broadcast_in_dim %arg58, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %337 = stablehlo.add %335, %336 : tensor<32x128xf32>
    %338 = stablehlo.dot_general %331, %arg59, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %339 = stablehlo.broadcast_in_dim %arg60, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %340 = stablehlo.add %338, %339 : tensor<32x128xf32>
    %341 = stablehlo.reshape %334 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %342 = stablehlo.slice %341 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %343 = stablehlo.slice %341 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %344 = stablehlo.negate %343 : tensor<32x14x32xf32>
    %345 = stablehlo.concatenate %344, %342, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %346 = stablehlo.multiply %341, %37 : tensor<32x14x64xf32>
    %347 = stablehlo.multiply %345, %38 : tensor<32x14x64xf32>
    %348 = stablehlo.add %346, %347 : tensor<32x14x64xf32>
    %349 = stablehlo.reshape %337 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %350 = stablehlo.slice %349 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %351 = stablehlo.slice %349 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %352 = stablehlo.negate %351 : tensor<32x2x32xf32>
    %353 = stablehlo.concatenate %352, %350, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %354 = stablehlo.multiply %349, %47 : tensor<32x2x64xf32>
    %355 = stablehlo.multiply %353, %48 : tensor<32x2x64xf32>
    %356 = stablehlo.add %354, %355 : tensor<32x2x64xf32>
    %357 = stablehlo.reshape %340 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %358 = stablehlo.reshape %356 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %359 = stablehlo.dynamic_update_slice %284, %358, %c_3, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %360 = stablehlo.reshape %357 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %361 = stablehlo.dynamic_update_slice %286, %360, %c_3, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %362 = stablehlo.slice %359 [4:5, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %363 = stablehlo.slice %361 [4:5, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %364 = stablehlo.reshape %348 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %365 = stablehlo.reshape %362 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %366 = stablehlo.reshape %363 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %367 = stablehlo.dot_general %364, %365, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %368 = stablehlo.multiply %367, %63 : tensor<2x32x7x256xf32>
    %369 = stablehlo.select %67, %368, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %370 = stablehlo.reduce(%369 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %371 = stablehlo.broadcast_in_dim %370, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %372 = stablehlo.subtract %369, %371 : tensor<2x32x7x256xf32>
    %373 = stablehlo.exponential %372 : tensor<2x32x7x256xf32>
    %374 = stablehlo.reduce(%373 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %375 = stablehlo.broadcast_in_dim %374, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %376 = stablehlo.divide %373, %375 : tensor<2x32x7x256xf32>
    %377 = stablehlo.dot_general %376, %366, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %378 = stablehlo.transpose %377, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %379 = stablehlo.reshape %378 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %380 = stablehlo.dot_general %379, %arg61, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %381 = stablehlo.add %322, %380 : tensor<32x896xf32>
    %382 = stablehlo.multiply %381, %381 : tensor<32x896xf32>
    %383 = stablehlo.reduce(%382 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %384 = stablehlo.divide %383, %14 : tensor<32xf32>
    %385 = stablehlo.add %384, %16 : tensor<32xf32>
    %386 = stablehlo.rsqrt %385 : tensor<32xf32>
    %387 = stablehlo.broadcast_in_dim %386, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %388 = stablehlo.multiply %381, %387 : tensor<32x896xf32>
    %389 = stablehlo.broadcast_in_dim %arg62, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %390 = stablehlo.multiply %388, %389 : tensor<32x896xf32>
    %391 = stablehlo.dot_general %390, %arg63, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %392 = stablehlo.dot_general %390, %arg64, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %393 = stablehlo.logistic %391 : tensor<32x4864xf32>
    %394 = stablehlo.multiply %391, %393 : tensor<32x4864xf32>
    %395 = stablehlo.multiply %394, %392 : tensor<32x4864xf32>
    %396 = stablehlo.dot_general %395, %arg65, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %397 = stablehlo.add %381, %396 : tensor<32x896xf32>
    %398 = stablehlo.multiply %397, %397 : tensor<32x896xf32>
    %399 = stablehlo.reduce(%398 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %400 = stablehlo.divide %399, %14 : tensor<32xf32>
    %401 = stablehlo.add %400, %16 : tensor<32xf32>
    %402 = stablehlo.rsqrt %401 : tensor<32xf32>
    %403 = stablehlo.broadcast_in_dim %402, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %404 = stablehlo.multiply %397, %403 : tensor<32x896xf32>
    %405 = stablehlo.broadcast_in_dim %arg66, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %406 = stablehlo.multiply %404, %405 : tensor<32x896xf32>
    %c_4 = stablehlo.constant dense<5> : tensor<i32>
    %407 = stablehlo.dot_general %406, %arg67, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %408 = stablehlo.broadcast_in_dim %arg68, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %409 = stablehlo.add %407, %408 : tensor<32x896xf32>
    %410 = stablehlo.dot_general %406, %arg69, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %411 = stablehlo.broadcast_in_dim %arg70, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %412 = stablehlo.add %410, %411 : tensor<32x128xf32>
    %413 = stablehlo.dot_general %406, %arg71, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %414 = stablehlo.broadcast_in_dim %arg72, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %415 = stablehlo.add %413, %414 : tensor<32x128xf32>
    %416 = stablehlo.reshape %409 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %417 = stablehlo.slice %416 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %418 = stablehlo.slice %416 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %419 = stablehlo.negate %418 : tensor<32x14x32xf32>
    %420 = stablehlo.concatenate %419, %417, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %421 = stablehlo.multiply %416, %37 : tensor<32x14x64xf32>
    %422 = stablehlo.multiply %420, %38 : tensor<32x14x64xf32>
    %423 = stablehlo.add %421, %422 : tensor<32x14x64xf32>
    %424 = stablehlo.reshape %412 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %425 = stablehlo.slice %424 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %426 = stablehlo.slice %424 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %427 = stablehlo.negate %426 : tensor<32x2x32xf32>
    %428 = stablehlo.concatenate %427, %425, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %429 = stablehlo.multiply %424, %47 : tensor<32x2x64xf32>
    %430 = stablehlo.multiply %428, %48 : tensor<32x2x64xf32>
    %431 = stablehlo.add %429, %430 : tensor<32x2x64xf32>
    %432 = stablehlo.reshape %415 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %433 = stablehlo.reshape %431 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %434 = stablehlo.dynamic_update_slice %359, %433, %c_4, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %435 = stablehlo.reshape %432 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %436 = stablehlo.dynamic_update_slice %361, %435, %c_4, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %437 = stablehlo.slice %434 [5:6, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %438 = stablehlo.slice %436 [5:6, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %439 = stablehlo.reshape %423 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %440 = stablehlo.reshape %437 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %441 = stablehlo.reshape %438 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %442 = stablehlo.dot_general %439, %440, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %443 = stablehlo.multiply %442, %63 : tensor<2x32x7x256xf32>
    %444 = stablehlo.select %67, %443, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %445 = stablehlo.reduce(%444 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %446 = stablehlo.broadcast_in_dim %445, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %447 = stablehlo.subtract %444, %446 : tensor<2x32x7x256xf32>
    %448 = stablehlo.exponential %447 : tensor<2x32x7x256xf32>
    %449 = stablehlo.reduce(%448 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %450 = stablehlo.broadcast_in_dim %449, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %451 = stablehlo.divide %448, %450 : tensor<2x32x7x256xf32>
    %452 = stablehlo.dot_general %451, %441, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %453 = stablehlo.transpose %452, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %454 = stablehlo.reshape %453 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %455 = stablehlo.dot_general %454, %arg73, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %456 = stablehlo.add %397, %455 : tensor<32x896xf32>
    %457 = stablehlo.multiply %456, %456 : tensor<32x896xf32>
    %458 = stablehlo.reduce(%457 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %459 = stablehlo.divide %458, %14 : tensor<32xf32>
    %460 = stablehlo.add %459, %16 : tensor<32xf32>
    %461 = stablehlo.rsqrt %460 : tensor<32xf32>
    %462 = stablehlo.broadcast_in_dim %461, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %463 = stablehlo.multiply %456, %462 : tensor<32x896xf32>
    %464 = stablehlo.broadcast_in_dim %arg74, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %465 = stablehlo.multiply %463, %464 : tensor<32x896xf32>
    %466 = stablehlo.dot_general %465, %arg75, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %467 = stablehlo.dot_general %465, %arg76, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %468 = stablehlo.logistic %466 : tensor<32x4864xf32>
    %469 = stablehlo.multiply %466, %468 : tensor<32x4864xf32>
    %470 = stablehlo.multiply %469, %467 : tensor<32x4864xf32>
    %471 = stablehlo.dot_general %470, %arg77, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %472 = stablehlo.add %456, %471 : tensor<32x896xf32>
    %473 = stablehlo.multiply %472, %472 : tensor<32x896xf32>
    %474 = stablehlo.reduce(%473 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %475 = stablehlo.divide %474, %14 : tensor<32xf32>
    %476 = stablehlo.add %475, %16 : tensor<32xf32>
    %477 = stablehlo.rsqrt %476 : tensor<32xf32>
    %478 = stablehlo.broadcast_in_dim %477, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %479 = stablehlo.multiply %472, %478 : tensor<32x896xf32>
    %480 = stablehlo.broadcast_in_dim %arg78, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %481 = stablehlo.multiply %479, %480 : tensor<32x896xf32>
    %c_5 = stablehlo.constant dense<6> : tensor<i32>
    %482 = stablehlo.dot_general %481, %arg79, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %483 = stablehlo.broadcast_in_dim %arg80, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %484 = stablehlo.add %482, %483 : tensor<32x896xf32>
    %485 = stablehlo.dot_general %481, %arg81, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %486 = stablehlo.broadcast_in_dim %arg82, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %487 = stablehlo.add %485, %486 : tensor<32x128xf32>
    %488 = stablehlo.dot_general %481, %arg83, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %489 = stablehlo.broadcast_in_dim %arg84, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %490 = stablehlo.add %488, %489 : tensor<32x128xf32>
    %491 = stablehlo.reshape %484 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %492 = stablehlo.slice %491 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %493 = stablehlo.slice %491 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %494 = stablehlo.negate %493 : tensor<32x14x32xf32>
    %495 = stablehlo.concatenate %494, %492, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %496 = stablehlo.multiply %491, %37 : tensor<32x14x64xf32>
    %497 = stablehlo.multiply %495, %38 : tensor<32x14x64xf32>
    %498 = stablehlo.add %496, %497 : tensor<32x14x64xf32>
    %499 = stablehlo.reshape %487 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %500 = stablehlo.slice %499 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %501 = stablehlo.slice %499 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %502 = stablehlo.negate %501 : tensor<32x2x32xf32>
    %503 = stablehlo.concatenate %502, %500, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %504 = stablehlo.multiply %499, %47 : tensor<32x2x64xf32>
    %505 = stablehlo.multiply %503, %48 : tensor<32x2x64xf32>
    %506 = stablehlo.add %504, %505 : tensor<32x2x64xf32>
    %507 = stablehlo.reshape %490 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %508 = stablehlo.reshape %506 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %509 = stablehlo.dynamic_update_slice %434, %508, %c_5, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %510 = stablehlo.reshape %507 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %511 = stablehlo.dynamic_update_slice %436, %510, %c_5, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %512 = stablehlo.slice %509 [6:7, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %513 = stablehlo.slice %511 [6:7, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %514 = stablehlo.reshape %498 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %515 = stablehlo.reshape %512 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %516 = stablehlo.reshape %513 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %517 = stablehlo.dot_general %514, %515, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %518 = stablehlo.multiply %517, %63 : tensor<2x32x7x256xf32>
    %519 = stablehlo.select %67, %518, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %520 = stablehlo.reduce(%519 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %521 = stablehlo.broadcast_in_dim %520, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %522 = stablehlo.subtract %519, %521 : tensor<2x32x7x256xf32>
    %523 = stablehlo.exponential %522 : tensor<2x32x7x256xf32>
    %524 = stablehlo.reduce(%523 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %525 = stablehlo.broadcast_in_dim %524, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %526 = stablehlo.divide %523, %525 : tensor<2x32x7x256xf32>
    %527 = stablehlo.dot_general %526, %516, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %528 = stablehlo.transpose %527, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %529 = stablehlo.reshape %528 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %530 = stablehlo.dot_general %529, %arg85, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %531 = stablehlo.add %472, %530 : tensor<32x896xf32>
    %532 = stablehlo.multiply %531, %531 : tensor<32x896xf32>
    %533 = stablehlo.reduce(%532 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %534 = stablehlo.divide %533, %14 : tensor<32xf32>
    %535 = stablehlo.add %534, %16 : tensor<32xf32>
    %536 = stablehlo.rsqrt %535 : tensor<32xf32>
    %537 = stablehlo.broadcast_in_dim %536, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %538 = stablehlo.multiply %531, %537 : tensor<32x896xf32>
    %539 = stablehlo.broadcast_in_dim %arg86, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %540 = stablehlo.multiply %538, %539 : tensor<32x896xf32>
    %541 = stablehlo.dot_general %540, %arg87, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %542 = stablehlo.dot_general %540, %arg88, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %543 = stablehlo.logistic %541 : tensor<32x4864xf32>
    %544 = stablehlo.multiply %541, %543 : tensor<32x4864xf32>
    %545 = stablehlo.multiply %544, %542 : tensor<32x4864xf32>
    %546 = stablehlo.dot_general %545, %arg89, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %547 = stablehlo.add %531, %546 : tensor<32x896xf32>
    %548 = stablehlo.multiply %547, %547 : tensor<32x896xf32>
    %549 = stablehlo.reduce(%548 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %550 = stablehlo.divide %549, %14 : tensor<32xf32>
    %551 = stablehlo.add %550, %16 : tensor<32xf32>
    %552 = stablehlo.rsqrt %551 : tensor<32xf32>
    %553 = stablehlo.broadcast_in_dim %552, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %554 = stablehlo.multiply %547, %553 : tensor<32x896xf32>
    %555 = stablehlo.broadcast_in_dim %arg90, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %556 = stablehlo.multiply %554, %555 : tensor<32x896xf32>
    %c_6 = stablehlo.constant dense<7> : tensor<i32>
    %557 = stablehlo.dot_general %556, %arg91, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %558 = stablehlo.broadcast_in_dim %arg92, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %559 = stablehlo.add %557, %558 : tensor<32x896xf32>
    %560 = stablehlo.dot_general %556, %arg93, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %561 = stablehlo.broadcast_in_dim %arg94, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %562 = stablehlo.add %560, %561 : tensor<32x128xf32>
    %563 = stablehlo.dot_general %556, %arg95, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %564 = stablehlo.broadcast_in_dim %arg96, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %565 = stablehlo.add %563, %564 : tensor<32x128xf32>
    %566 = stablehlo.reshape %559 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %567 = stablehlo.slice %566 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %568 = stablehlo.slice %566 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %569 = stablehlo.negate %568 : tensor<32x14x32xf32>
    %570 = stablehlo.concatenate %569, %567, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %571 = stablehlo.multiply %566, %37 : tensor<32x14x64xf32>
    %572 = stablehlo.multiply %570, %38 : tensor<32x14x64xf32>
    %573 = stablehlo.add %571, %572 : tensor<32x14x64xf32>
    %574 = stablehlo.reshape %562 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %575 = stablehlo.slice %574 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %576 = stablehlo.slice %574 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %577 = stablehlo.negate %576 : tensor<32x2x32xf32>
    %578 = stablehlo.concatenate %577, %575, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %579 = stablehlo.multiply %574, %47 : tensor<32x2x64xf32>
    %580 = stablehlo.multiply %578, %48 : tensor<32x2x64xf32>
    %581 = stablehlo.add %579, %580 : tensor<32x2x64xf32>
    %582 = stablehlo.reshape %565 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %583 = stablehlo.reshape %581 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %584 = stablehlo.dynamic_update_slice %509, %583, %c_6, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %585 = stablehlo.reshape %582 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %586 = stablehlo.dynamic_update_slice %511, %585, %c_6, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %587 = stablehlo.slice %584 [7:8, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %588 = stablehlo.slice %586 [7:8, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %589 = stablehlo.reshape %573 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %590 = stablehlo.reshape %587 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %591 = stablehlo.reshape %588 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %592 = stablehlo.dot_general %589, %590, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %593 = stablehlo.multiply %592, %63 : tensor<2x32x7x256xf32>
    %594 = stablehlo.select %67, %593, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %595 = stablehlo.reduce(%594 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %596 = stablehlo.broadcast_in_dim %595, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %597 = stablehlo.subtract %594, %596 : tensor<2x32x7x256xf32>
    %598 = stablehlo.exponential %597 : tensor<2x32x7x256xf32>
    %599 = stablehlo.reduce(%598 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %600 = stablehlo.broadcast_in_dim %599, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %601 = stablehlo.divide %598, %600 : tensor<2x32x7x256xf32>
    %602 = stablehlo.dot_general %601, %591, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %603 = stablehlo.transpose %602, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %604 = stablehlo.reshape %603 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %605 = stablehlo.dot_general %604, %arg97, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %606 = stablehlo.add %547, %605 : tensor<32x896xf32>
    %607 = stablehlo.multiply %606, %606 : tensor<32x896xf32>
    %608 = stablehlo.reduce(%607 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %609 = stablehlo.divide %608, %14 : tensor<32xf32>
    %610 = stablehlo.add %609, %16 : tensor<32xf32>
    %611 = stablehlo.rsqrt %610 : tensor<32xf32>
    %612 = stablehlo.broadcast_in_dim %611, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %613 = stablehlo.multiply %606, %612 : tensor<32x896xf32>
    %614 = stablehlo.broadcast_in_dim %arg98, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %615 = stablehlo.multiply %613, %614 : tensor<32x896xf32>
    %616 = stablehlo.dot_general %615, %arg99, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %617 = stablehlo.dot_general %615, %arg100, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %618 = stablehlo.logistic %616 : tensor<32x4864xf32>
    %619 = stablehlo.multiply %616, %618 : tensor<32x4864xf32>
    %620 = stablehlo.multiply %619, %617 : tensor<32x4864xf32>
    %621 = stablehlo.dot_general %620, %arg101, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %622 = stablehlo.add %606, %621 : tensor<32x896xf32>
    %623 = stablehlo.multiply %622, %622 : tensor<32x896xf32>
    %624 = stablehlo.reduce(%623 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %625 = stablehlo.divide %624, %14 : tensor<32xf32>
    %626 = stablehlo.add %625, %16 : tensor<32xf32>
    %627 = stablehlo.rsqrt %626 : tensor<32xf32>
    %628 = stablehlo.broadcast_in_dim %627, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %629 = stablehlo.multiply %622, %628 : tensor<32x896xf32>
    %630 = stablehlo.broadcast_in_dim %arg102, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %631 = stablehlo.multiply %629, %630 : tensor<32x896xf32>
    %c_7 = stablehlo.constant dense<8> : tensor<i32>
    %632 = stablehlo.dot_general %631, %arg103, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %633 = stablehlo.broadcast_in_dim %arg104, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %634 = stablehlo.add %632, %633 : tensor<32x896xf32>
    %635 = stablehlo.dot_general %631, %arg105, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %636 = stablehlo.broadcast_in_dim %arg106, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %637 = stablehlo.add %635, %636 : tensor<32x128xf32>
    %638 = stablehlo.dot_general %631, %arg107, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %639 = stablehlo.broadcast_in_dim %arg108, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %640 = stablehlo.add %638, %639 : tensor<32x128xf32>
    %641 = stablehlo.reshape %634 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %642 = stablehlo.slice %641 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %643 = stablehlo.slice %641 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %644 = stablehlo.negate %643 : tensor<32x14x32xf32>
    %645 = stablehlo.concatenate %644, %642, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %646 = stablehlo.multiply %641, %37 : tensor<32x14x64xf32>
    %647 = stablehlo.multiply %645, %38 : tensor<32x14x64xf32>
    %648 = stablehlo.add %646, %647 : tensor<32x14x64xf32>
    %649 = stablehlo.reshape %637 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %650 = stablehlo.slice %649 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %651 = stablehlo.slice %649 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %652 = stablehlo.negate %651 : tensor<32x2x32xf32>
    %653 = stablehlo.concatenate %652, %650, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %654 = stablehlo.multiply %649, %47 : tensor<32x2x64xf32>
    %655 = stablehlo.multiply %653, %48 : tensor<32x2x64xf32>
    %656 = stablehlo.add %654, %655 : tensor<32x2x64xf32>
    %657 = stablehlo.reshape %640 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %658 = stablehlo.reshape %656 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %659 = stablehlo.dynamic_update_slice %584, %658, %c_7, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %660 = stablehlo.reshape %657 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %661 = stablehlo.dynamic_update_slice %586, %660, %c_7, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %662 = stablehlo.slice %659 [8:9, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %663 = stablehlo.slice %661 [8:9, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %664 = stablehlo.reshape %648 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %665 = stablehlo.reshape %662 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %666 = stablehlo.reshape %663 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %667 = stablehlo.dot_general %664, %665, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %668 = stablehlo.multiply %667, %63 : tensor<2x32x7x256xf32>
    %669 = stablehlo.select %67, %668, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %670 = stablehlo.reduce(%669 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %671 = stablehlo.broadcast_in_dim %670, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %672 = stablehlo.subtract %669, %671 : tensor<2x32x7x256xf32>
    %673 = stablehlo.exponential %672 : tensor<2x32x7x256xf32>
    %674 = stablehlo.reduce(%673 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %675 = stablehlo.broadcast_in_dim %674, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %676 = stablehlo.divide %673, %675 : tensor<2x32x7x256xf32>
    %677 = stablehlo.dot_general %676, %666, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %678 = stablehlo.transpose %677, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %679 = stablehlo.reshape %678 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %680 = stablehlo.dot_general %679, %arg109, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %681 = stablehlo.add %622, %680 : tensor<32x896xf32>
    %682 = stablehlo.multiply %681, %681 : tensor<32x896xf32>
    %683 = stablehlo.reduce(%682 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %684 = stablehlo.divide %683, %14 : tensor<32xf32>
    %685 = stablehlo.add %684, %16 : tensor<32xf32>
    %686 = stablehlo.rsqrt %685 : tensor<32xf32>
    %687 = stablehlo.broadcast_in_dim %686, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %688 = stablehlo.multiply %681, %687 : tensor<32x896xf32>
    %689 = stablehlo.broadcast_in_dim %arg110, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %690 = stablehlo.multiply %688, %689 : tensor<32x896xf32>
    %691 = stablehlo.dot_general %690, %arg111, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %692 = stablehlo.dot_general %690, %arg112, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %693 = stablehlo.logistic %691 : tensor<32x4864xf32>
    %694 = stablehlo.multiply %691, %693 : tensor<32x4864xf32>
    %695 = stablehlo.multiply %694, %692 : tensor<32x4864xf32>
    %696 = stablehlo.dot_general %695, %arg113, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %697 = stablehlo.add %681, %696 : tensor<32x896xf32>
    %698 = stablehlo.multiply %697, %697 : tensor<32x896xf32>
    %699 = stablehlo.reduce(%698 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %700 = stablehlo.divide %699, %14 : tensor<32xf32>
    %701 = stablehlo.add %700, %16 : tensor<32xf32>
    %702 = stablehlo.rsqrt %701 : tensor<32xf32>
    %703 = stablehlo.broadcast_in_dim %702, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %704 = stablehlo.multiply %697, %703 : tensor<32x896xf32>
    %705 = stablehlo.broadcast_in_dim %arg114, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %706 = stablehlo.multiply %704, %705 : tensor<32x896xf32>
    %c_8 = stablehlo.constant dense<9> : tensor<i32>
    %707 = stablehlo.dot_general %706, %arg115, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %708 = stablehlo.broadcast_in_dim %arg116, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %709 = stablehlo.add %707, %708 : tensor<32x896xf32>
    %710 = stablehlo.dot_general %706, %arg117, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %711 = stablehlo.broadcast_in_dim %arg118, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %712 = stablehlo.add %710, %711 : tensor<32x128xf32>
    %713 = stablehlo.dot_general %706, %arg119, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %714 = stablehlo.broadcast_in_dim %arg120, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %715 = stablehlo.add %713, %714 : tensor<32x128xf32>
    %716 = stablehlo.reshape %709 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %717 = stablehlo.slice %716 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %718 = stablehlo.slice %716 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %719 = stablehlo.negate %718 : tensor<32x14x32xf32>
    %720 = stablehlo.concatenate %719, %717, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %721 = stablehlo.multiply %716, %37 : tensor<32x14x64xf32>
    %722 = stablehlo.multiply %720, %38 : tensor<32x14x64xf32>
    %723 = stablehlo.add %721, %722 : tensor<32x14x64xf32>
    %724 = stablehlo.reshape %712 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %725 = stablehlo.slice %724 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %726 = stablehlo.slice %724 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %727 = stablehlo.negate %726 : tensor<32x2x32xf32>
    %728 = stablehlo.concatenate %727, %725, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %729 = stablehlo.multiply %724, %47 : tensor<32x2x64xf32>
    %730 = stablehlo.multiply %728, %48 : tensor<32x2x64xf32>
    %731 = stablehlo.add %729, %730 : tensor<32x2x64xf32>
    %732 = stablehlo.reshape %715 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %733 = stablehlo.reshape %731 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %734 = stablehlo.dynamic_update_slice %659, %733, %c_8, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %735 = stablehlo.reshape %732 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %736 = stablehlo.dynamic_update_slice %661, %735, %c_8, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %737 = stablehlo.slice %734 [9:10, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %738 = stablehlo.slice %736 [9:10, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %739 = stablehlo.reshape %723 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %740 = stablehlo.reshape %737 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %741 = stablehlo.reshape %738 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %742 = stablehlo.dot_general %739, %740, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %743 = stablehlo.multiply %742, %63 : tensor<2x32x7x256xf32>
    %744 = stablehlo.select %67, %743, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %745 = stablehlo.reduce(%744 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %746 = stablehlo.broadcast_in_dim %745, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %747 = stablehlo.subtract %744, %746 : tensor<2x32x7x256xf32>
    %748 = stablehlo.exponential %747 : tensor<2x32x7x256xf32>
    %749 = stablehlo.reduce(%748 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %750 = stablehlo.broadcast_in_dim %749, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %751 = stablehlo.divide %748, %750 : tensor<2x32x7x256xf32>
    %752 = stablehlo.dot_general %751, %741, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %753 = stablehlo.transpose %752, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %754 = stablehlo.reshape %753 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %755 = stablehlo.dot_general %754, %arg121, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %756 = stablehlo.add %697, %755 : tensor<32x896xf32>
    %757 = stablehlo.multiply %756, %756 : tensor<32x896xf32>
    %758 = stablehlo.reduce(%757 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %759 = stablehlo.divide %758, %14 : tensor<32xf32>
    %760 = stablehlo.add %759, %16 : tensor<32xf32>
    %761 = stablehlo.rsqrt %760 : tensor<32xf32>
    %762 = stablehlo.broadcast_in_dim %761, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %763 = stablehlo.multiply %756, %762 : tensor<32x896xf32>
    %764 = stablehlo.broadcast_in_dim %arg122, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %765 = stablehlo.multiply %763, %764 : tensor<32x896xf32>
    %766 = stablehlo.dot_general %765, %arg123, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %767 = stablehlo.dot_general %765, %arg124, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %768 = stablehlo.logistic %766 : tensor<32x4864xf32>
    %769 = stablehlo.multiply %766, %768 : tensor<32x4864xf32>
    %770 = stablehlo.multiply %769, %767 : tensor<32x4864xf32>
    %771 = stablehlo.dot_general %770, %arg125, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %772 = stablehlo.add %756, %771 : tensor<32x896xf32>
    %773 = stablehlo.multiply %772, %772 : tensor<32x896xf32>
    %774 = stablehlo.reduce(%773 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %775 = stablehlo.divide %774, %14 : tensor<32xf32>
    %776 = stablehlo.add %775, %16 : tensor<32xf32>
    %777 = stablehlo.rsqrt %776 : tensor<32xf32>
    %778 = stablehlo.broadcast_in_dim %777, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %779 = stablehlo.multiply %772, %778 : tensor<32x896xf32>
    %780 = stablehlo.broadcast_in_dim %arg126, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %781 = stablehlo.multiply %779, %780 : tensor<32x896xf32>
    %c_9 = stablehlo.constant dense<10> : tensor<i32>
    %782 = stablehlo.dot_general %781, %arg127, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %783 = stablehlo.broadcast_in_dim %arg128, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %784 = stablehlo.add %782, %783 : tensor<32x896xf32>
    %785 = stablehlo.dot_general %781, %arg129, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %786 = stablehlo.broadcast_in_dim %arg130, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %787 = stablehlo.add %785, %786 : tensor<32x128xf32>
    %788 = stablehlo.dot_general %781, %arg131, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %789 = stablehlo.broadcast_in_dim %arg132, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %790 = stablehlo.add %788, %789 : tensor<32x128xf32>
    %791 = stablehlo.reshape %784 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %792 = stablehlo.slice %791 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %793 = stablehlo.slice %791 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %794 = stablehlo.negate %793 : tensor<32x14x32xf32>
    %795 = stablehlo.concatenate %794, %792, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %796 = stablehlo.multiply %791, %37 : tensor<32x14x64xf32>
    %797 = stablehlo.multiply %795, %38 : tensor<32x14x64xf32>
    %798 = stablehlo.add %796, %797 : tensor<32x14x64xf32>
    %799 = stablehlo.reshape %787 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %800 = stablehlo.slice %799 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %801 = stablehlo.slice %799 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %802 = stablehlo.negate %801 : tensor<32x2x32xf32>
    %803 = stablehlo.concatenate %802, %800, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %804 = stablehlo.multiply %799, %47 : tensor<32x2x64xf32>
    %805 = stablehlo.multiply %803, %48 : tensor<32x2x64xf32>
    %806 = stablehlo.add %804, %805 : tensor<32x2x64xf32>
    %807 = stablehlo.reshape %790 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %808 = stablehlo.reshape %806 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %809 = stablehlo.dynamic_update_slice %734, %808, %c_9, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %810 = stablehlo.reshape %807 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %811 = stablehlo.dynamic_update_slice %736, %810, %c_9, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %812 = stablehlo.slice %809 [10:11, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %813 = stablehlo.slice %811 [10:11, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %814 = stablehlo.reshape %798 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %815 = stablehlo.reshape %812 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %816 = stablehlo.reshape %813 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %817 = stablehlo.dot_general %814, %815, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %818 = stablehlo.multiply %817, %63 : tensor<2x32x7x256xf32>
    %819 = stablehlo.select %67, %818, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %820 = stablehlo.reduce(%819 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %821 = stablehlo.broadcast_in_dim %820, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %822 = stablehlo.subtract %819, %821 : tensor<2x32x7x256xf32>
    %823 = stablehlo.exponential %822 : tensor<2x32x7x256xf32>
    %824 = stablehlo.reduce(%823 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %825 = stablehlo.broadcast_in_dim %824, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %826 = stablehlo.divide %823, %825 : tensor<2x32x7x256xf32>
    %827 = stablehlo.dot_general %826, %816, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %828 = stablehlo.transpose %827, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %829 = stablehlo.reshape %828 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %830 = stablehlo.dot_general %829, %arg133, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %831 = stablehlo.add %772, %830 : tensor<32x896xf32>
    %832 = stablehlo.multiply %831, %831 : tensor<32x896xf32>
    %833 = stablehlo.reduce(%832 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %834 = stablehlo.divide %833, %14 : tensor<32xf32>
    %835 = stablehlo.add %834, %16 : tensor<32xf32>
    %836 = stablehlo.rsqrt %835 : tensor<32xf32>
    %837 = stablehlo.broadcast_in_dim %836, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %838 = stablehlo.multiply %831, %837 : tensor<32x896xf32>
    %839 = stablehlo.broadcast_in_dim %arg134, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %840 = stablehlo.multiply %838, %839 : tensor<32x896xf32>
    %841 = stablehlo.dot_general %840, %arg135, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %842 = stablehlo.dot_general %840, %arg136, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %843 = stablehlo.logistic %841 : tensor<32x4864xf32>
    %844 = stablehlo.multiply %841, %843 : tensor<32x4864xf32>
    %845 = stablehlo.multiply %844, %842 : tensor<32x4864xf32>
    %846 = stablehlo.dot_general %845, %arg137, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %847 = stablehlo.add %831, %846 : tensor<32x896xf32>
    %848 = stablehlo.multiply %847, %847 : tensor<32x896xf32>
    %849 = stablehlo.reduce(%848 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %850 = stablehlo.divide %849, %14 : tensor<32xf32>
    %851 = stablehlo.add %850, %16 : tensor<32xf32>
    %852 = stablehlo.rsqrt %851 : tensor<32xf32>
    %853 = stablehlo.broadcast_in_dim %852, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %854 = stablehlo.multiply %847, %853 : tensor<32x896xf32>
    %855 = stablehlo.broadcast_in_dim %arg138, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %856 = stablehlo.multiply %854, %855 : tensor<32x896xf32>
    %c_10 = stablehlo.constant dense<11> : tensor<i32>
    %857 = stablehlo.dot_general %856, %arg139, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %858 = stablehlo.broadcast_in_dim %arg140, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %859 = stablehlo.add %857, %858 : tensor<32x896xf32>
    %860 = stablehlo.dot_general %856, %arg141, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %861 = stablehlo.broadcast_in_dim %arg142, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %862 = stablehlo.add %860, %861 : tensor<32x128xf32>
    %863 = stablehlo.dot_general %856, %arg143, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %864 = stablehlo.broadcast_in_dim %arg144, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %865 = stablehlo.add %863, %864 : tensor<32x128xf32>
    %866 = stablehlo.reshape %859 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %867 = stablehlo.slice %866 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %868 = stablehlo.slice %866 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %869 = stablehlo.negate %868 : tensor<32x14x32xf32>
    %870 = stablehlo.concatenate %869, %867, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %871 = stablehlo.multiply %866, %37 : tensor<32x14x64xf32>
    %872 = stablehlo.multiply %870, %38 : tensor<32x14x64xf32>
    %873 = stablehlo.add %871, %872 : tensor<32x14x64xf32>
    %874 = stablehlo.reshape %862 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %875 = stablehlo.slice %874 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %876 = stablehlo.slice %874 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %877 = stablehlo.negate %876 : tensor<32x2x32xf32>
    %878 = stablehlo.concatenate %877, %875, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %879 = stablehlo.multiply %874, %47 : tensor<32x2x64xf32>
    %880 = stablehlo.multiply %878, %48 : tensor<32x2x64xf32>
    %881 = stablehlo.add %879, %880 : tensor<32x2x64xf32>
    %882 = stablehlo.reshape %865 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %883 = stablehlo.reshape %881 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %884 = stablehlo.dynamic_update_slice %809, %883, %c_10, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %885 = stablehlo.reshape %882 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %886 = stablehlo.dynamic_update_slice %811, %885, %c_10, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %887 = stablehlo.slice %884 [11:12, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %888 = stablehlo.slice %886 [11:12, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %889 = stablehlo.reshape %873 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %890 = stablehlo.reshape %887 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %891 = stablehlo.reshape %888 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %892 = stablehlo.dot_general %889, %890, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %893 = stablehlo.multiply %892, %63 : tensor<2x32x7x256xf32>
    %894 = stablehlo.select %67, %893, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %895 = stablehlo.reduce(%894 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %896 = stablehlo.broadcast_in_dim %895, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %897 = stablehlo.subtract %894, %896 : tensor<2x32x7x256xf32>
    %898 = stablehlo.exponential %897 : tensor<2x32x7x256xf32>
    %899 = stablehlo.reduce(%898 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %900 = stablehlo.broadcast_in_dim %899, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %901 = stablehlo.divide %898, %900 : tensor<2x32x7x256xf32>
    %902 = stablehlo.dot_general %901, %891, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %903 = stablehlo.transpose %902, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %904 = stablehlo.reshape %903 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %905 = stablehlo.dot_general %904, %arg145, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %906 = stablehlo.add %847, %905 : tensor<32x896xf32>
    %907 = stablehlo.multiply %906, %906 : tensor<32x896xf32>
    %908 = stablehlo.reduce(%907 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %909 = stablehlo.divide %908, %14 : tensor<32xf32>
    %910 = stablehlo.add %909, %16 : tensor<32xf32>
    %911 = stablehlo.rsqrt %910 : tensor<32xf32>
    %912 = stablehlo.broadcast_in_dim %911, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %913 = stablehlo.multiply %906, %912 : tensor<32x896xf32>
    %914 = stablehlo.broadcast_in_dim %arg146, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %915 = stablehlo.multiply %913, %914 : tensor<32x896xf32>
    %916 = stablehlo.dot_general %915, %arg147, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %917 = stablehlo.dot_general %915, %arg148, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %918 = stablehlo.logistic %916 : tensor<32x4864xf32>
    %919 = stablehlo.multiply %916, %918 : tensor<32x4864xf32>
    %920 = stablehlo.multiply %919, %917 : tensor<32x4864xf32>
    %921 = stablehlo.dot_general %920, %arg149, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %922 = stablehlo.add %906, %921 : tensor<32x896xf32>
    %923 = stablehlo.multiply %922, %922 : tensor<32x896xf32>
    %924 = stablehlo.reduce(%923 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %925 = stablehlo.divide %924, %14 : tensor<32xf32>
    %926 = stablehlo.add %925, %16 : tensor<32xf32>
    %927 = stablehlo.rsqrt %926 : tensor<32xf32>
    %928 = stablehlo.broadcast_in_dim %927, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %929 = stablehlo.multiply %922, %928 : tensor<32x896xf32>
    %930 = stablehlo.broadcast_in_dim %arg150, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %931 = stablehlo.multiply %929, %930 : tensor<32x896xf32>
    %c_11 = stablehlo.constant dense<12> : tensor<i32>
    %932 = stablehlo.dot_general %931, %arg151, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %933 = stablehlo.broadcast_in_dim %arg152, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %934 = stablehlo.add %932, %933 : tensor<32x896xf32>
    %935 = stablehlo.dot_general %931, %arg153, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %936 = stablehlo.broadcast_in_dim %arg154, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %937 = stablehlo.add %935, %936 : tensor<32x128xf32>
    %938 = stablehlo.dot_general %931, %arg155, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %939 = stablehlo.broadcast_in_dim %arg156, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %940 = stablehlo.add %938, %939 : tensor<32x128xf32>
    %941 = stablehlo.reshape %934 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %942 = stablehlo.slice %941 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %943 = stablehlo.slice %941 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %944 = stablehlo.negate %943 : tensor<32x14x32xf32>
    %945 = stablehlo.concatenate %944, %942, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %946 = stablehlo.multiply %941, %37 : tensor<32x14x64xf32>
    %947 = stablehlo.multiply %945, %38 : tensor<32x14x64xf32>
    %948 = stablehlo.add %946, %947 : tensor<32x14x64xf32>
    %949 = stablehlo.reshape %937 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %950 = stablehlo.slice %949 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %951 = stablehlo.slice %949 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %952 = stablehlo.negate %951 : tensor<32x2x32xf32>
    %953 = stablehlo.concatenate %952, %950, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %954 = stablehlo.multiply %949, %47 : tensor<32x2x64xf32>
    %955 = stablehlo.multiply %953, %48 : tensor<32x2x64xf32>
    %956 = stablehlo.add %954, %955 : tensor<32x2x64xf32>
    %957 = stablehlo.reshape %940 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %958 = stablehlo.reshape %956 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %959 = stablehlo.dynamic_update_slice %884, %958, %c_11, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %960 = stablehlo.reshape %957 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %961 = stablehlo.dynamic_update_slice %886, %960, %c_11, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %962 = stablehlo.slice %959 [12:13, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %963 = stablehlo.slice %961 [12:13, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %964 = stablehlo.reshape %948 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %965 = stablehlo.reshape %962 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %966 = stablehlo.reshape %963 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %967 = stablehlo.dot_general %964, %965, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %968 = stablehlo.multiply %967, %63 : tensor<2x32x7x256xf32>
    %969 = stablehlo.select %67, %968, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %970 = stablehlo.reduce(%969 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %971 = stablehlo.broadcast_in_dim %970, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %972 = stablehlo.subtract %969, %971 : tensor<2x32x7x256xf32>
    %973 = stablehlo.exponential %972 : tensor<2x32x7x256xf32>
    %974 = stablehlo.reduce(%973 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %975 = stablehlo.broadcast_in_dim %974, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %976 = stablehlo.divide %973, %975 : tensor<2x32x7x256xf32>
    %977 = stablehlo.dot_general %976, %966, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %978 = stablehlo.transpose %977, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %979 = stablehlo.reshape %978 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %980 = stablehlo.dot_general %979, %arg157, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %981 = stablehlo.add %922, %980 : tensor<32x896xf32>
    %982 = stablehlo.multiply %981, %981 : tensor<32x896xf32>
    %983 = stablehlo.reduce(%982 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %984 = stablehlo.divide %983, %14 : tensor<32xf32>
    %985 = stablehlo.add %984, %16 : tensor<32xf32>
    %986 = stablehlo.rsqrt %985 : tensor<32xf32>
    %987 = stablehlo.broadcast_in_dim %986, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %988 = stablehlo.multiply %981, %987 : tensor<32x896xf32>
    %989 = stablehlo.broadcast_in_dim %arg158, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %990 = stablehlo.multiply %988, %989 : tensor<32x896xf32>
    %991 = stablehlo.dot_general %990, %arg159, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %992 = stablehlo.dot_general %990, %arg160, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %993 = stablehlo.logistic %991 : tensor<32x4864xf32>
    %994 = stablehlo.multiply %991, %993 : tensor<32x4864xf32>
    %995 = stablehlo.multiply %994, %992 : tensor<32x4864xf32>
    %996 = stablehlo.dot_general %995, %arg161, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %997 = stablehlo.add %981, %996 : tensor<32x896xf32>
    %998 = stablehlo.multiply %997, %997 : tensor<32x896xf32>
    %999 = stablehlo.reduce(%998 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1000 = stablehlo.divide %999, %14 : tensor<32xf32>
    %1001 = stablehlo.add %1000, %16 : tensor<32xf32>
    %1002 = stablehlo.rsqrt %1001 : tensor<32xf32>
    %1003 = stablehlo.broadcast_in_dim %1002, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1004 = stablehlo.multiply %997, %1003 : tensor<32x896xf32>
    %1005 = stablehlo.broadcast_in_dim %arg162, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1006 = stablehlo.multiply %1004, %1005 : tensor<32x896xf32>
    %c_12 = stablehlo.constant dense<13> : tensor<i32>
    %1007 = stablehlo.dot_general %1006, %arg163, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1008 = stablehlo.broadcast_in_dim %arg164, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1009 = stablehlo.add %1007, %1008 : tensor<32x896xf32>
    %1010 = stablehlo.dot_general %1006, %arg165, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1011 = stablehlo.broadcast_in_dim %arg166, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1012 = stablehlo.add %1010, %1011 : tensor<32x128xf32>
    %1013 = stablehlo.dot_general %1006, %arg167, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1014 = stablehlo.broadcast_in_dim %arg168, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1015 = stablehlo.add %1013, %1014 : tensor<32x128xf32>
    %1016 = stablehlo.reshape %1009 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %1017 = stablehlo.slice %1016 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1018 = stablehlo.slice %1016 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1019 = stablehlo.negate %1018 : tensor<32x14x32xf32>
    %1020 = stablehlo.concatenate %1019, %1017, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %1021 = stablehlo.multiply %1016, %37 : tensor<32x14x64xf32>
    %1022 = stablehlo.multiply %1020, %38 : tensor<32x14x64xf32>
    %1023 = stablehlo.add %1021, %1022 : tensor<32x14x64xf32>
    %1024 = stablehlo.reshape %1012 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1025 = stablehlo.slice %1024 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1026 = stablehlo.slice %1024 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1027 = stablehlo.negate %1026 : tensor<32x2x32xf32>
    %1028 = stablehlo.concatenate %1027, %1025, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %1029 = stablehlo.multiply %1024, %47 : tensor<32x2x64xf32>
    %1030 = stablehlo.multiply %1028, %48 : tensor<32x2x64xf32>
    %1031 = stablehlo.add %1029, %1030 : tensor<32x2x64xf32>
    %1032 = stablehlo.reshape %1015 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1033 = stablehlo.reshape %1031 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1034 = stablehlo.dynamic_update_slice %959, %1033, %c_12, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1035 = stablehlo.reshape %1032 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1036 = stablehlo.dynamic_update_slice %961, %1035, %c_12, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1037 = stablehlo.slice %1034 [13:14, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1038 = stablehlo.slice %1036 [13:14, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1039 = stablehlo.reshape %1023 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %1040 = stablehlo.reshape %1037 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1041 = stablehlo.reshape %1038 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1042 = stablehlo.dot_general %1039, %1040, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %1043 = stablehlo.multiply %1042, %63 : tensor<2x32x7x256xf32>
    %1044 = stablehlo.select %67, %1043, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %1045 = stablehlo.reduce(%1044 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1046 = stablehlo.broadcast_in_dim %1045, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1047 = stablehlo.subtract %1044, %1046 : tensor<2x32x7x256xf32>
    %1048 = stablehlo.exponential %1047 : tensor<2x32x7x256xf32>
    %1049 = stablehlo.reduce(%1048 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1050 = stablehlo.broadcast_in_dim %1049, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1051 = stablehlo.divide %1048, %1050 : tensor<2x32x7x256xf32>
    %1052 = stablehlo.dot_general %1051, %1041, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %1053 = stablehlo.transpose %1052, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %1054 = stablehlo.reshape %1053 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %1055 = stablehlo.dot_general %1054, %arg169, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1056 = stablehlo.add %997, %1055 : tensor<32x896xf32>
    %1057 = stablehlo.multiply %1056, %1056 : tensor<32x896xf32>
    %1058 = stablehlo.reduce(%1057 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1059 = stablehlo.divide %1058, %14 : tensor<32xf32>
    %1060 = stablehlo.add %1059, %16 : tensor<32xf32>
    %1061 = stablehlo.rsqrt %1060 : tensor<32xf32>
    %1062 = stablehlo.broadcast_in_dim %1061, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1063 = stablehlo.multiply %1056, %1062 : tensor<32x896xf32>
    %1064 = stablehlo.broadcast_in_dim %arg170, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1065 = stablehlo.multiply %1063, %1064 : tensor<32x896xf32>
    %1066 = stablehlo.dot_general %1065, %arg171, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1067 = stablehlo.dot_general %1065, %arg172, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1068 = stablehlo.logistic %1066 : tensor<32x4864xf32>
    %1069 = stablehlo.multiply %1066, %1068 : tensor<32x4864xf32>
    %1070 = stablehlo.multiply %1069, %1067 : tensor<32x4864xf32>
    %1071 = stablehlo.dot_general %1070, %arg173, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %1072 = stablehlo.add %1056, %1071 : tensor<32x896xf32>
    %1073 = stablehlo.multiply %1072, %1072 : tensor<32x896xf32>
    %1074 = stablehlo.reduce(%1073 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1075 = stablehlo.divide %1074, %14 : tensor<32xf32>
    %1076 = stablehlo.add %1075, %16 : tensor<32xf32>
    %1077 = stablehlo.rsqrt %1076 : tensor<32xf32>
    %1078 = stablehlo.broadcast_in_dim %1077, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1079 = stablehlo.multiply %1072, %1078 : tensor<32x896xf32>
    %1080 = stablehlo.broadcast_in_dim %arg174, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1081 = stablehlo.multiply %1079, %1080 : tensor<32x896xf32>
    %c_13 = stablehlo.constant dense<14> : tensor<i32>
    %1082 = stablehlo.dot_general %1081, %arg175, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1083 = stablehlo.broadcast_in_dim %arg176, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1084 = stablehlo.add %1082, %1083 : tensor<32x896xf32>
    %1085 = stablehlo.dot_general %1081, %arg177, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1086 = stablehlo.broadcast_in_dim %arg178, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1087 = stablehlo.add %1085, %1086 : tensor<32x128xf32>
    %1088 = stablehlo.dot_general %1081, %arg179, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1089 = stablehlo.broadcast_in_dim %arg180, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1090 = stablehlo.add %1088, %1089 : tensor<32x128xf32>
    %1091 = stablehlo.reshape %1084 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %1092 = stablehlo.slice %1091 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1093 = stablehlo.slice %1091 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1094 = stablehlo.negate %1093 : tensor<32x14x32xf32>
    %1095 = stablehlo.concatenate %1094, %1092, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %1096 = stablehlo.multiply %1091, %37 : tensor<32x14x64xf32>
    %1097 = stablehlo.multiply %1095, %38 : tensor<32x14x64xf32>
    %1098 = stablehlo.add %1096, %1097 : tensor<32x14x64xf32>
    %1099 = stablehlo.reshape %1087 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1100 = stablehlo.slice %1099 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1101 = stablehlo.slice %1099 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1102 = stablehlo.negate %1101 : tensor<32x2x32xf32>
    %1103 = stablehlo.concatenate %1102, %1100, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %1104 = stablehlo.multiply %1099, %47 : tensor<32x2x64xf32>
    %1105 = stablehlo.multiply %1103, %48 : tensor<32x2x64xf32>
    %1106 = stablehlo.add %1104, %1105 : tensor<32x2x64xf32>
    %1107 = stablehlo.reshape %1090 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1108 = stablehlo.reshape %1106 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1109 = stablehlo.dynamic_update_slice %1034, %1108, %c_13, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1110 = stablehlo.reshape %1107 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1111 = stablehlo.dynamic_update_slice %1036, %1110, %c_13, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1112 = stablehlo.slice %1109 [14:15, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1113 = stablehlo.slice %1111 [14:15, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1114 = stablehlo.reshape %1098 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %1115 = stablehlo.reshape %1112 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1116 = stablehlo.reshape %1113 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1117 = stablehlo.dot_general %1114, %1115, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %1118 = stablehlo.multiply %1117, %63 : tensor<2x32x7x256xf32>
    %1119 = stablehlo.select %67, %1118, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %1120 = stablehlo.reduce(%1119 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1121 = stablehlo.broadcast_in_dim %1120, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1122 = stablehlo.subtract %1119, %1121 : tensor<2x32x7x256xf32>
    %1123 = stablehlo.exponential %1122 : tensor<2x32x7x256xf32>
    %1124 = stablehlo.reduce(%1123 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1125 = stablehlo.broadcast_in_dim %1124, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1126 = stablehlo.divide %1123, %1125 : tensor<2x32x7x256xf32>
    %1127 = stablehlo.dot_general %1126, %1116, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %1128 = stablehlo.transpose %1127, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %1129 = stablehlo.reshape %1128 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %1130 = stablehlo.dot_general %1129, %arg181, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1131 = stablehlo.add %1072, %1130 : tensor<32x896xf32>
    %1132 = stablehlo.multiply %1131, %1131 : tensor<32x896xf32>
    %1133 = stablehlo.reduce(%1132 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1134 = stablehlo.divide %1133, %14 : tensor<32xf32>
    %1135 = stablehlo.add %1134, %16 : tensor<32xf32>
    %1136 = stablehlo.rsqrt %1135 : tensor<32xf32>
    %1137 = stablehlo.broadcast_in_dim %1136, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1138 = stablehlo.multiply %1131, %1137 : tensor<32x896xf32>
    %1139 = stablehlo.broadcast_in_dim %arg182, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1140 = stablehlo.multiply %1138, %1139 : tensor<32x896xf32>
    %1141 = stablehlo.dot_general %1140, %arg183, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1142 = stablehlo.dot_general %1140, %arg184, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1143 = stablehlo.logistic %1141 : tensor<32x4864xf32>
    %1144 = stablehlo.multiply %1141, %1143 : tensor<32x4864xf32>
    %1145 = stablehlo.multiply %1144, %1142 : tensor<32x4864xf32>
    %1146 = stablehlo.dot_general %1145, %arg185, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %1147 = stablehlo.add %1131, %1146 : tensor<32x896xf32>
    %1148 = stablehlo.multiply %1147, %1147 : tensor<32x896xf32>
    %1149 = stablehlo.reduce(%1148 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1150 = stablehlo.divide %1149, %14 : tensor<32xf32>
    %1151 = stablehlo.add %1150, %16 : tensor<32xf32>
    %1152 = stablehlo.rsqrt %1151 : tensor<32xf32>
    %1153 = stablehlo.broadcast_in_dim %1152, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1154 = stablehlo.multiply %1147, %1153 : tensor<32x896xf32>
    %1155 = stablehlo.broadcast_in_dim %arg186, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1156 = stablehlo.multiply %1154, %1155 : tensor<32x896xf32>
    %c_14 = stablehlo.constant dense<15> : tensor<i32>
    %1157 = stablehlo.dot_general %1156, %arg187, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1158 = stablehlo.broadcast_in_dim %arg188, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1159 = stablehlo.add %1157, %1158 : tensor<32x896xf32>
    %1160 = stablehlo.dot_general %1156, %arg189, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1161 = stablehlo.broadcast_in_dim %arg190, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1162 = stablehlo.add %1160, %1161 : tensor<32x128xf32>
    %1163 = stablehlo.dot_general %1156, %arg191, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1164 = stablehlo.broadcast_in_dim %arg192, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1165 = stablehlo.add %1163, %1164 : tensor<32x128xf32>
    %1166 = stablehlo.reshape %1159 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %1167 = stablehlo.slice %1166 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1168 = stablehlo.slice %1166 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1169 = stablehlo.negate %1168 : tensor<32x14x32xf32>
    %1170 = stablehlo.concatenate %1169, %1167, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %1171 = stablehlo.multiply %1166, %37 : tensor<32x14x64xf32>
    %1172 = stablehlo.multiply %1170, %38 : tensor<32x14x64xf32>
    %1173 = stablehlo.add %1171, %1172 : tensor<32x14x64xf32>
    %1174 = stablehlo.reshape %1162 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1175 = stablehlo.slice %1174 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1176 = stablehlo.slice %1174 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1177 = stablehlo.negate %1176 : tensor<32x2x32xf32>
    %1178 = stablehlo.concatenate %1177, %1175, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %1179 = stablehlo.multiply %1174, %47 : tensor<32x2x64xf32>
    %1180 = stablehlo.multiply %1178, %48 : tensor<32x2x64xf32>
    %1181 = stablehlo.add %1179, %1180 : tensor<32x2x64xf32>
    %1182 = stablehlo.reshape %1165 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1183 = stablehlo.reshape %1181 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1184 = stablehlo.dynamic_update_slice %1109, %1183, %c_14, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1185 = stablehlo.reshape %1182 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1186 = stablehlo.dynamic_update_slice %1111, %1185, %c_14, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1187 = stablehlo.slice %1184 [15:16, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1188 = stablehlo.slice %1186 [15:16, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1189 = stablehlo.reshape %1173 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %1190 = stablehlo.reshape %1187 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1191 = stablehlo.reshape %1188 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1192 = stablehlo.dot_general %1189, %1190, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %1193 = stablehlo.multiply %1192, %63 : tensor<2x32x7x256xf32>
    %1194 = stablehlo.select %67, %1193, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %1195 = stablehlo.reduce(%1194 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1196 = stablehlo.broadcast_in_dim %1195, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1197 = stablehlo.subtract %1194, %1196 : tensor<2x32x7x256xf32>
    %1198 = stablehlo.exponential %1197 : tensor<2x32x7x256xf32>
    %1199 = stablehlo.reduce(%1198 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1200 = stablehlo.broadcast_in_dim %1199, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1201 = stablehlo.divide %1198, %1200 : tensor<2x32x7x256xf32>
    %1202 = stablehlo.dot_general %1201, %1191, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %1203 = stablehlo.transpose %1202, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %1204 = stablehlo.reshape %1203 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %1205 = stablehlo.dot_general %1204, %arg193, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1206 = stablehlo.add %1147, %1205 : tensor<32x896xf32>
    %1207 = stablehlo.multiply %1206, %1206 : tensor<32x896xf32>
    %1208 = stablehlo.reduce(%1207 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1209 = stablehlo.divide %1208, %14 : tensor<32xf32>
    %1210 = stablehlo.add %1209, %16 : tensor<32xf32>
    %1211 = stablehlo.rsqrt %1210 : tensor<32xf32>
    %1212 = stablehlo.broadcast_in_dim %1211, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1213 = stablehlo.multiply %1206, %1212 : tensor<32x896xf32>
    %1214 = stablehlo.broadcast_in_dim %arg194, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1215 = stablehlo.multiply %1213, %1214 : tensor<32x896xf32>
    %1216 = stablehlo.dot_general %1215, %arg195, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1217 = stablehlo.dot_general %1215, %arg196, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1218 = stablehlo.logistic %1216 : tensor<32x4864xf32>
    %1219 = stablehlo.multiply %1216, %1218 : tensor<32x4864xf32>
    %1220 = stablehlo.multiply %1219, %1217 : tensor<32x4864xf32>
    %1221 = stablehlo.dot_general %1220, %arg197, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %1222 = stablehlo.add %1206, %1221 : tensor<32x896xf32>
    %1223 = stablehlo.multiply %1222, %1222 : tensor<32x896xf32>
    %1224 = stablehlo.reduce(%1223 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1225 = stablehlo.divide %1224, %14 : tensor<32xf32>
    %1226 = stablehlo.add %1225, %16 : tensor<32xf32>
    %1227 = stablehlo.rsqrt %1226 : tensor<32xf32>
    %1228 = stablehlo.broadcast_in_dim %1227, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1229 = stablehlo.multiply %1222, %1228 : tensor<32x896xf32>
    %1230 = stablehlo.broadcast_in_dim %arg198, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1231 = stablehlo.multiply %1229, %1230 : tensor<32x896xf32>
    %c_15 = stablehlo.constant dense<16> : tensor<i32>
    %1232 = stablehlo.dot_general %1231, %arg199, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1233 = stablehlo.broadcast_in_dim %arg200, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1234 = stablehlo.add %1232, %1233 : tensor<32x896xf32>
    %1235 = stablehlo.dot_general %1231, %arg201, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1236 = stablehlo.broadcast_in_dim %arg202, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1237 = stablehlo.add %1235, %1236 : tensor<32x128xf32>
    %1238 = stablehlo.dot_general %1231, %arg203, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1239 = stablehlo.broadcast_in_dim %arg204, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1240 = stablehlo.add %1238, %1239 : tensor<32x128xf32>
    %1241 = stablehlo.reshape %1234 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %1242 = stablehlo.slice %1241 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1243 = stablehlo.slice %1241 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1244 = stablehlo.negate %1243 : tensor<32x14x32xf32>
    %1245 = stablehlo.concatenate %1244, %1242, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %1246 = stablehlo.multiply %1241, %37 : tensor<32x14x64xf32>
    %1247 = stablehlo.multiply %1245, %38 : tensor<32x14x64xf32>
    %1248 = stablehlo.add %1246, %1247 : tensor<32x14x64xf32>
    %1249 = stablehlo.reshape %1237 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1250 = stablehlo.slice %1249 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1251 = stablehlo.slice %1249 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1252 = stablehlo.negate %1251 : tensor<32x2x32xf32>
    %1253 = stablehlo.concatenate %1252, %1250, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %1254 = stablehlo.multiply %1249, %47 : tensor<32x2x64xf32>
    %1255 = stablehlo.multiply %1253, %48 : tensor<32x2x64xf32>
    %1256 = stablehlo.add %1254, %1255 : tensor<32x2x64xf32>
    %1257 = stablehlo.reshape %1240 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1258 = stablehlo.reshape %1256 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1259 = stablehlo.dynamic_update_slice %1184, %1258, %c_15, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1260 = stablehlo.reshape %1257 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1261 = stablehlo.dynamic_update_slice %1186, %1260, %c_15, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1262 = stablehlo.slice %1259 [16:17, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1263 = stablehlo.slice %1261 [16:17, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1264 = stablehlo.reshape %1248 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %1265 = stablehlo.reshape %1262 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1266 = stablehlo.reshape %1263 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1267 = stablehlo.dot_general %1264, %1265, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %1268 = stablehlo.multiply %1267, %63 : tensor<2x32x7x256xf32>
    %1269 = stablehlo.select %67, %1268, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %1270 = stablehlo.reduce(%1269 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1271 = stablehlo.broadcast_in_dim %1270, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1272 = stablehlo.subtract %1269, %1271 : tensor<2x32x7x256xf32>
    %1273 = stablehlo.exponential %1272 : tensor<2x32x7x256xf32>
    %1274 = stablehlo.reduce(%1273 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1275 = stablehlo.broadcast_in_dim %1274, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1276 = stablehlo.divide %1273, %1275 : tensor<2x32x7x256xf32>
    %1277 = stablehlo.dot_general %1276, %1266, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %1278 = stablehlo.transpose %1277, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %1279 = stablehlo.reshape %1278 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %1280 = stablehlo.dot_general %1279, %arg205, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1281 = stablehlo.add %1222, %1280 : tensor<32x896xf32>
    %1282 = stablehlo.multiply %1281, %1281 : tensor<32x896xf32>
    %1283 = stablehlo.reduce(%1282 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1284 = stablehlo.divide %1283, %14 : tensor<32xf32>
    %1285 = stablehlo.add %1284, %16 : tensor<32xf32>
    %1286 = stablehlo.rsqrt %1285 : tensor<32xf32>
    %1287 = stablehlo.broadcast_in_dim %1286, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1288 = stablehlo.multiply %1281, %1287 : tensor<32x896xf32>
    %1289 = stablehlo.broadcast_in_dim %arg206, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1290 = stablehlo.multiply %1288, %1289 : tensor<32x896xf32>
    %1291 = stablehlo.dot_general %1290, %arg207, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1292 = stablehlo.dot_general %1290, %arg208, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1293 = stablehlo.logistic %1291 : tensor<32x4864xf32>
    %1294 = stablehlo.multiply %1291, %1293 : tensor<32x4864xf32>
    %1295 = stablehlo.multiply %1294, %1292 : tensor<32x4864xf32>
    %1296 = stablehlo.dot_general %1295, %arg209, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %1297 = stablehlo.add %1281, %1296 : tensor<32x896xf32>
    %1298 = stablehlo.multiply %1297, %1297 : tensor<32x896xf32>
    %1299 = stablehlo.reduce(%1298 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1300 = stablehlo.divide %1299, %14 : tensor<32xf32>
    %1301 = stablehlo.add %1300, %16 : tensor<32xf32>
    %1302 = stablehlo.rsqrt %1301 : tensor<32xf32>
    %1303 = stablehlo.broadcast_in_dim %1302, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1304 = stablehlo.multiply %1297, %1303 : tensor<32x896xf32>
    %1305 = stablehlo.broadcast_in_dim %arg210, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1306 = stablehlo.multiply %1304, %1305 : tensor<32x896xf32>
    %c_16 = stablehlo.constant dense<17> : tensor<i32>
    %1307 = stablehlo.dot_general %1306, %arg211, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1308 = stablehlo.broadcast_in_dim %arg212, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1309 = stablehlo.add %1307, %1308 : tensor<32x896xf32>
    %1310 = stablehlo.dot_general %1306, %arg213, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1311 = stablehlo.broadcast_in_dim %arg214, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1312 = stablehlo.add %1310, %1311 : tensor<32x128xf32>
    %1313 = stablehlo.dot_general %1306, %arg215, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1314 = stablehlo.broadcast_in_dim %arg216, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1315 = stablehlo.add %1313, %1314 : tensor<32x128xf32>
    %1316 = stablehlo.reshape %1309 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %1317 = stablehlo.slice %1316 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1318 = stablehlo.slice %1316 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1319 = stablehlo.negate %1318 : tensor<32x14x32xf32>
    %1320 = stablehlo.concatenate %1319, %1317, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %1321 = stablehlo.multiply %1316, %37 : tensor<32x14x64xf32>
    %1322 = stablehlo.multiply %1320, %38 : tensor<32x14x64xf32>
    %1323 = stablehlo.add %1321, %1322 : tensor<32x14x64xf32>
    %1324 = stablehlo.reshape %1312 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1325 = stablehlo.slice %1324 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1326 = stablehlo.slice %1324 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1327 = stablehlo.negate %1326 : tensor<32x2x32xf32>
    %1328 = stablehlo.concatenate %1327, %1325, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %1329 = stablehlo.multiply %1324, %47 : tensor<32x2x64xf32>
    %1330 = stablehlo.multiply %1328, %48 : tensor<32x2x64xf32>
    %1331 = stablehlo.add %1329, %1330 : tensor<32x2x64xf32>
    %1332 = stablehlo.reshape %1315 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1333 = stablehlo.reshape %1331 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1334 = stablehlo.dynamic_update_slice %1259, %1333, %c_16, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1335 = stablehlo.reshape %1332 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1336 = stablehlo.dynamic_update_slice %1261, %1335, %c_16, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1337 = stablehlo.slice %1334 [17:18, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1338 = stablehlo.slice %1336 [17:18, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1339 = stablehlo.reshape %1323 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %1340 = stablehlo.reshape %1337 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1341 = stablehlo.reshape %1338 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1342 = stablehlo.dot_general %1339, %1340, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %1343 = stablehlo.multiply %1342, %63 : tensor<2x32x7x256xf32>
    %1344 = stablehlo.select %67, %1343, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %1345 = stablehlo.reduce(%1344 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1346 = stablehlo.broadcast_in_dim %1345, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1347 = stablehlo.subtract %1344, %1346 : tensor<2x32x7x256xf32>
    %1348 = stablehlo.exponential %1347 : tensor<2x32x7x256xf32>
    %1349 = stablehlo.reduce(%1348 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1350 = stablehlo.broadcast_in_dim %1349, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1351 = stablehlo.divide %1348, %1350 : tensor<2x32x7x256xf32>
    %1352 = stablehlo.dot_general %1351, %1341, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %1353 = stablehlo.transpose %1352, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %1354 = stablehlo.reshape %1353 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %1355 = stablehlo.dot_general %1354, %arg217, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1356 = stablehlo.add %1297, %1355 : tensor<32x896xf32>
    %1357 = stablehlo.multiply %1356, %1356 : tensor<32x896xf32>
    %1358 = stablehlo.reduce(%1357 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1359 = stablehlo.divide %1358, %14 : tensor<32xf32>
    %1360 = stablehlo.add %1359, %16 : tensor<32xf32>
    %1361 = stablehlo.rsqrt %1360 : tensor<32xf32>
    %1362 = stablehlo.broadcast_in_dim %1361, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1363 = stablehlo.multiply %1356, %1362 : tensor<32x896xf32>
    %1364 = stablehlo.broadcast_in_dim %arg218, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1365 = stablehlo.multiply %1363, %1364 : tensor<32x896xf32>
    %1366 = stablehlo.dot_general %1365, %arg219, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1367 = stablehlo.dot_general %1365, %arg220, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1368 = stablehlo.logistic %1366 : tensor<32x4864xf32>
    %1369 = stablehlo.multiply %1366, %1368 : tensor<32x4864xf32>
    %1370 = stablehlo.multiply %1369, %1367 : tensor<32x4864xf32>
    %1371 = stablehlo.dot_general %1370, %arg221, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %1372 = stablehlo.add %1356, %1371 : tensor<32x896xf32>
    %1373 = stablehlo.multiply %1372, %1372 : tensor<32x896xf32>
    %1374 = stablehlo.reduce(%1373 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1375 = stablehlo.divide %1374, %14 : tensor<32xf32>
    %1376 = stablehlo.add %1375, %16 : tensor<32xf32>
    %1377 = stablehlo.rsqrt %1376 : tensor<32xf32>
    %1378 = stablehlo.broadcast_in_dim %1377, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1379 = stablehlo.multiply %1372, %1378 : tensor<32x896xf32>
    %1380 = stablehlo.broadcast_in_dim %arg222, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1381 = stablehlo.multiply %1379, %1380 : tensor<32x896xf32>
    %c_17 = stablehlo.constant dense<18> : tensor<i32>
    %1382 = stablehlo.dot_general %1381, %arg223, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1383 = stablehlo.broadcast_in_dim %arg224, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1384 = stablehlo.add %1382, %1383 : tensor<32x896xf32>
    %1385 = stablehlo.dot_general %1381, %arg225, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1386 = stablehlo.broadcast_in_dim %arg226, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1387 = stablehlo.add %1385, %1386 : tensor<32x128xf32>
    %1388 = stablehlo.dot_general %1381, %arg227, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1389 = stablehlo.broadcast_in_dim %arg228, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1390 = stablehlo.add %1388, %1389 : tensor<32x128xf32>
    %1391 = stablehlo.reshape %1384 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %1392 = stablehlo.slice %1391 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1393 = stablehlo.slice %1391 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1394 = stablehlo.negate %1393 : tensor<32x14x32xf32>
    %1395 = stablehlo.concatenate %1394, %1392, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %1396 = stablehlo.multiply %1391, %37 : tensor<32x14x64xf32>
    %1397 = stablehlo.multiply %1395, %38 : tensor<32x14x64xf32>
    %1398 = stablehlo.add %1396, %1397 : tensor<32x14x64xf32>
    %1399 = stablehlo.reshape %1387 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1400 = stablehlo.slice %1399 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1401 = stablehlo.slice %1399 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1402 = stablehlo.negate %1401 : tensor<32x2x32xf32>
    %1403 = stablehlo.concatenate %1402, %1400, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %1404 = stablehlo.multiply %1399, %47 : tensor<32x2x64xf32>
    %1405 = stablehlo.multiply %1403, %48 : tensor<32x2x64xf32>
    %1406 = stablehlo.add %1404, %1405 : tensor<32x2x64xf32>
    %1407 = stablehlo.reshape %1390 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1408 = stablehlo.reshape %1406 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1409 = stablehlo.dynamic_update_slice %1334, %1408, %c_17, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1410 = stablehlo.reshape %1407 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1411 = stablehlo.dynamic_update_slice %1336, %1410, %c_17, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1412 = stablehlo.slice %1409 [18:19, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1413 = stablehlo.slice %1411 [18:19, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1414 = stablehlo.reshape %1398 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %1415 = stablehlo.reshape %1412 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1416 = stablehlo.reshape %1413 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1417 = stablehlo.dot_general %1414, %1415, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %1418 = stablehlo.multiply %1417, %63 : tensor<2x32x7x256xf32>
    %1419 = stablehlo.select %67, %1418, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %1420 = stablehlo.reduce(%1419 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1421 = stablehlo.broadcast_in_dim %1420, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1422 = stablehlo.subtract %1419, %1421 : tensor<2x32x7x256xf32>
    %1423 = stablehlo.exponential %1422 : tensor<2x32x7x256xf32>
    %1424 = stablehlo.reduce(%1423 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1425 = stablehlo.broadcast_in_dim %1424, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1426 = stablehlo.divide %1423, %1425 : tensor<2x32x7x256xf32>
    %1427 = stablehlo.dot_general %1426, %1416, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %1428 = stablehlo.transpose %1427, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %1429 = stablehlo.reshape %1428 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %1430 = stablehlo.dot_general %1429, %arg229, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1431 = stablehlo.add %1372, %1430 : tensor<32x896xf32>
    %1432 = stablehlo.multiply %1431, %1431 : tensor<32x896xf32>
    %1433 = stablehlo.reduce(%1432 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1434 = stablehlo.divide %1433, %14 : tensor<32xf32>
    %1435 = stablehlo.add %1434, %16 : tensor<32xf32>
    %1436 = stablehlo.rsqrt %1435 : tensor<32xf32>
    %1437 = stablehlo.broadcast_in_dim %1436, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1438 = stablehlo.multiply %1431, %1437 : tensor<32x896xf32>
    %1439 = stablehlo.broadcast_in_dim %arg230, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1440 = stablehlo.multiply %1438, %1439 : tensor<32x896xf32>
    %1441 = stablehlo.dot_general %1440, %arg231, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1442 = stablehlo.dot_general %1440, %arg232, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1443 = stablehlo.logistic %1441 : tensor<32x4864xf32>
    %1444 = stablehlo.multiply %1441, %1443 : tensor<32x4864xf32>
    %1445 = stablehlo.multiply %1444, %1442 : tensor<32x4864xf32>
    %1446 = stablehlo.dot_general %1445, %arg233, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %1447 = stablehlo.add %1431, %1446 : tensor<32x896xf32>
    %1448 = stablehlo.multiply %1447, %1447 : tensor<32x896xf32>
    %1449 = stablehlo.reduce(%1448 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1450 = stablehlo.divide %1449, %14 : tensor<32xf32>
    %1451 = stablehlo.add %1450, %16 : tensor<32xf32>
    %1452 = stablehlo.rsqrt %1451 : tensor<32xf32>
    %1453 = stablehlo.broadcast_in_dim %1452, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1454 = stablehlo.multiply %1447, %1453 : tensor<32x896xf32>
    %1455 = stablehlo.broadcast_in_dim %arg234, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1456 = stablehlo.multiply %1454, %1455 : tensor<32x896xf32>
    %c_18 = stablehlo.constant dense<19> : tensor<i32>
    %1457 = stablehlo.dot_general %1456, %arg235, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1458 = stablehlo.broadcast_in_dim %arg236, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1459 = stablehlo.add %1457, %1458 : tensor<32x896xf32>
    %1460 = stablehlo.dot_general %1456, %arg237, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1461 = stablehlo.broadcast_in_dim %arg238, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1462 = stablehlo.add %1460, %1461 : tensor<32x128xf32>
    %1463 = stablehlo.dot_general %1456, %arg239, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1464 = stablehlo.broadcast_in_dim %arg240, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1465 = stablehlo.add %1463, %1464 : tensor<32x128xf32>
    %1466 = stablehlo.reshape %1459 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %1467 = stablehlo.slice %1466 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1468 = stablehlo.slice %1466 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1469 = stablehlo.negate %1468 : tensor<32x14x32xf32>
    %1470 = stablehlo.concatenate %1469, %1467, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %1471 = stablehlo.multiply %1466, %37 : tensor<32x14x64xf32>
    %1472 = stablehlo.multiply %1470, %38 : tensor<32x14x64xf32>
    %1473 = stablehlo.add %1471, %1472 : tensor<32x14x64xf32>
    %1474 = stablehlo.reshape %1462 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1475 = stablehlo.slice %1474 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1476 = stablehlo.slice %1474 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1477 = stablehlo.negate %1476 : tensor<32x2x32xf32>
    %1478 = stablehlo.concatenate %1477, %1475, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %1479 = stablehlo.multiply %1474, %47 : tensor<32x2x64xf32>
    %1480 = stablehlo.multiply %1478, %48 : tensor<32x2x64xf32>
    %1481 = stablehlo.add %1479, %1480 : tensor<32x2x64xf32>
    %1482 = stablehlo.reshape %1465 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1483 = stablehlo.reshape %1481 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1484 = stablehlo.dynamic_update_slice %1409, %1483, %c_18, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1485 = stablehlo.reshape %1482 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1486 = stablehlo.dynamic_update_slice %1411, %1485, %c_18, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1487 = stablehlo.slice %1484 [19:20, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1488 = stablehlo.slice %1486 [19:20, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1489 = stablehlo.reshape %1473 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %1490 = stablehlo.reshape %1487 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1491 = stablehlo.reshape %1488 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1492 = stablehlo.dot_general %1489, %1490, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %1493 = stablehlo.multiply %1492, %63 : tensor<2x32x7x256xf32>
    %1494 = stablehlo.select %67, %1493, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %1495 = stablehlo.reduce(%1494 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1496 = stablehlo.broadcast_in_dim %1495, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1497 = stablehlo.subtract %1494, %1496 : tensor<2x32x7x256xf32>
    %1498 = stablehlo.exponential %1497 : tensor<2x32x7x256xf32>
    %1499 = stablehlo.reduce(%1498 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1500 = stablehlo.broadcast_in_dim %1499, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1501 = stablehlo.divide %1498, %1500 : tensor<2x32x7x256xf32>
    %1502 = stablehlo.dot_general %1501, %1491, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %1503 = stablehlo.transpose %1502, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %1504 = stablehlo.reshape %1503 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %1505 = stablehlo.dot_general %1504, %arg241, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1506 = stablehlo.add %1447, %1505 : tensor<32x896xf32>
    %1507 = stablehlo.multiply %1506, %1506 : tensor<32x896xf32>
    %1508 = stablehlo.reduce(%1507 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1509 = stablehlo.divide %1508, %14 : tensor<32xf32>
    %1510 = stablehlo.add %1509, %16 : tensor<32xf32>
    %1511 = stablehlo.rsqrt %1510 : tensor<32xf32>
    %1512 = stablehlo.broadcast_in_dim %1511, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1513 = stablehlo.multiply %1506, %1512 : tensor<32x896xf32>
    %1514 = stablehlo.broadcast_in_dim %arg242, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1515 = stablehlo.multiply %1513, %1514 : tensor<32x896xf32>
    %1516 = stablehlo.dot_general %1515, %arg243, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1517 = stablehlo.dot_general %1515, %arg244, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1518 = stablehlo.logistic %1516 : tensor<32x4864xf32>
    %1519 = stablehlo.multiply %1516, %1518 : tensor<32x4864xf32>
    %1520 = stablehlo.multiply %1519, %1517 : tensor<32x4864xf32>
    %1521 = stablehlo.dot_general %1520, %arg245, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %1522 = stablehlo.add %1506, %1521 : tensor<32x896xf32>
    %1523 = stablehlo.multiply %1522, %1522 : tensor<32x896xf32>
    %1524 = stablehlo.reduce(%1523 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1525 = stablehlo.divide %1524, %14 : tensor<32xf32>
    %1526 = stablehlo.add %1525, %16 : tensor<32xf32>
    %1527 = stablehlo.rsqrt %1526 : tensor<32xf32>
    %1528 = stablehlo.broadcast_in_dim %1527, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1529 = stablehlo.multiply %1522, %1528 : tensor<32x896xf32>
    %1530 = stablehlo.broadcast_in_dim %arg246, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1531 = stablehlo.multiply %1529, %1530 : tensor<32x896xf32>
    %c_19 = stablehlo.constant dense<20> : tensor<i32>
    %1532 = stablehlo.dot_general %1531, %arg247, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1533 = stablehlo.broadcast_in_dim %arg248, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1534 = stablehlo.add %1532, %1533 : tensor<32x896xf32>
    %1535 = stablehlo.dot_general %1531, %arg249, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1536 = stablehlo.broadcast_in_dim %arg250, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1537 = stablehlo.add %1535, %1536 : tensor<32x128xf32>
    %1538 = stablehlo.dot_general %1531, %arg251, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1539 = stablehlo.broadcast_in_dim %arg252, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1540 = stablehlo.add %1538, %1539 : tensor<32x128xf32>
    %1541 = stablehlo.reshape %1534 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %1542 = stablehlo.slice %1541 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1543 = stablehlo.slice %1541 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1544 = stablehlo.negate %1543 : tensor<32x14x32xf32>
    %1545 = stablehlo.concatenate %1544, %1542, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %1546 = stablehlo.multiply %1541, %37 : tensor<32x14x64xf32>
    %1547 = stablehlo.multiply %1545, %38 : tensor<32x14x64xf32>
    %1548 = stablehlo.add %1546, %1547 : tensor<32x14x64xf32>
    %1549 = stablehlo.reshape %1537 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1550 = stablehlo.slice %1549 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1551 = stablehlo.slice %1549 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1552 = stablehlo.negate %1551 : tensor<32x2x32xf32>
    %1553 = stablehlo.concatenate %1552, %1550, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %1554 = stablehlo.multiply %1549, %47 : tensor<32x2x64xf32>
    %1555 = stablehlo.multiply %1553, %48 : tensor<32x2x64xf32>
    %1556 = stablehlo.add %1554, %1555 : tensor<32x2x64xf32>
    %1557 = stablehlo.reshape %1540 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1558 = stablehlo.reshape %1556 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1559 = stablehlo.dynamic_update_slice %1484, %1558, %c_19, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1560 = stablehlo.reshape %1557 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1561 = stablehlo.dynamic_update_slice %1486, %1560, %c_19, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1562 = stablehlo.slice %1559 [20:21, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1563 = stablehlo.slice %1561 [20:21, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1564 = stablehlo.reshape %1548 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %1565 = stablehlo.reshape %1562 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1566 = stablehlo.reshape %1563 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1567 = stablehlo.dot_general %1564, %1565, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %1568 = stablehlo.multiply %1567, %63 : tensor<2x32x7x256xf32>
    %1569 = stablehlo.select %67, %1568, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %1570 = stablehlo.reduce(%1569 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1571 = stablehlo.broadcast_in_dim %1570, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1572 = stablehlo.subtract %1569, %1571 : tensor<2x32x7x256xf32>
    %1573 = stablehlo.exponential %1572 : tensor<2x32x7x256xf32>
    %1574 = stablehlo.reduce(%1573 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1575 = stablehlo.broadcast_in_dim %1574, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1576 = stablehlo.divide %1573, %1575 : tensor<2x32x7x256xf32>
    %1577 = stablehlo.dot_general %1576, %1566, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %1578 = stablehlo.transpose %1577, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %1579 = stablehlo.reshape %1578 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %1580 = stablehlo.dot_general %1579, %arg253, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1581 = stablehlo.add %1522, %1580 : tensor<32x896xf32>
    %1582 = stablehlo.multiply %1581, %1581 : tensor<32x896xf32>
    %1583 = stablehlo.reduce(%1582 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1584 = stablehlo.divide %1583, %14 : tensor<32xf32>
    %1585 = stablehlo.add %1584, %16 : tensor<32xf32>
    %1586 = stablehlo.rsqrt %1585 : tensor<32xf32>
    %1587 = stablehlo.broadcast_in_dim %1586, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1588 = stablehlo.multiply %1581, %1587 : tensor<32x896xf32>
    %1589 = stablehlo.broadcast_in_dim %arg254, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1590 = stablehlo.multiply %1588, %1589 : tensor<32x896xf32>
    %1591 = stablehlo.dot_general %1590, %arg255, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1592 = stablehlo.dot_general %1590, %arg256, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1593 = stablehlo.logistic %1591 : tensor<32x4864xf32>
    %1594 = stablehlo.multiply %1591, %1593 : tensor<32x4864xf32>
    %1595 = stablehlo.multiply %1594, %1592 : tensor<32x4864xf32>
    %1596 = stablehlo.dot_general %1595, %arg257, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %1597 = stablehlo.add %1581, %1596 : tensor<32x896xf32>
    %1598 = stablehlo.multiply %1597, %1597 : tensor<32x896xf32>
    %1599 = stablehlo.reduce(%1598 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1600 = stablehlo.divide %1599, %14 : tensor<32xf32>
    %1601 = stablehlo.add %1600, %16 : tensor<32xf32>
    %1602 = stablehlo.rsqrt %1601 : tensor<32xf32>
    %1603 = stablehlo.broadcast_in_dim %1602, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1604 = stablehlo.multiply %1597, %1603 : tensor<32x896xf32>
    %1605 = stablehlo.broadcast_in_dim %arg258, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1606 = stablehlo.multiply %1604, %1605 : tensor<32x896xf32>
    %c_20 = stablehlo.constant dense<21> : tensor<i32>
    %1607 = stablehlo.dot_general %1606, %arg259, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1608 = stablehlo.broadcast_in_dim %arg260, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1609 = stablehlo.add %1607, %1608 : tensor<32x896xf32>
    %1610 = stablehlo.dot_general %1606, %arg261, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1611 = stablehlo.broadcast_in_dim %arg262, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1612 = stablehlo.add %1610, %1611 : tensor<32x128xf32>
    %1613 = stablehlo.dot_general %1606, %arg263, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1614 = stablehlo.broadcast_in_dim %arg264, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1615 = stablehlo.add %1613, %1614 : tensor<32x128xf32>
    %1616 = stablehlo.reshape %1609 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %1617 = stablehlo.slice %1616 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1618 = stablehlo.slice %1616 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1619 = stablehlo.negate %1618 : tensor<32x14x32xf32>
    %1620 = stablehlo.concatenate %1619, %1617, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %1621 = stablehlo.multiply %1616, %37 : tensor<32x14x64xf32>
    %1622 = stablehlo.multiply %1620, %38 : tensor<32x14x64xf32>
    %1623 = stablehlo.add %1621, %1622 : tensor<32x14x64xf32>
    %1624 = stablehlo.reshape %1612 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1625 = stablehlo.slice %1624 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1626 = stablehlo.slice %1624 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1627 = stablehlo.negate %1626 : tensor<32x2x32xf32>
    %1628 = stablehlo.concatenate %1627, %1625, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %1629 = stablehlo.multiply %1624, %47 : tensor<32x2x64xf32>
    %1630 = stablehlo.multiply %1628, %48 : tensor<32x2x64xf32>
    %1631 = stablehlo.add %1629, %1630 : tensor<32x2x64xf32>
    %1632 = stablehlo.reshape %1615 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1633 = stablehlo.reshape %1631 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1634 = stablehlo.dynamic_update_slice %1559, %1633, %c_20, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1635 = stablehlo.reshape %1632 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1636 = stablehlo.dynamic_update_slice %1561, %1635, %c_20, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1637 = stablehlo.slice %1634 [21:22, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1638 = stablehlo.slice %1636 [21:22, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1639 = stablehlo.reshape %1623 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %1640 = stablehlo.reshape %1637 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1641 = stablehlo.reshape %1638 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1642 = stablehlo.dot_general %1639, %1640, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %1643 = stablehlo.multiply %1642, %63 : tensor<2x32x7x256xf32>
    %1644 = stablehlo.select %67, %1643, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %1645 = stablehlo.reduce(%1644 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1646 = stablehlo.broadcast_in_dim %1645, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1647 = stablehlo.subtract %1644, %1646 : tensor<2x32x7x256xf32>
    %1648 = stablehlo.exponential %1647 : tensor<2x32x7x256xf32>
    %1649 = stablehlo.reduce(%1648 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1650 = stablehlo.broadcast_in_dim %1649, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1651 = stablehlo.divide %1648, %1650 : tensor<2x32x7x256xf32>
    %1652 = stablehlo.dot_general %1651, %1641, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %1653 = stablehlo.transpose %1652, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %1654 = stablehlo.reshape %1653 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %1655 = stablehlo.dot_general %1654, %arg265, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1656 = stablehlo.add %1597, %1655 : tensor<32x896xf32>
    %1657 = stablehlo.multiply %1656, %1656 : tensor<32x896xf32>
    %1658 = stablehlo.reduce(%1657 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1659 = stablehlo.divide %1658, %14 : tensor<32xf32>
    %1660 = stablehlo.add %1659, %16 : tensor<32xf32>
    %1661 = stablehlo.rsqrt %1660 : tensor<32xf32>
    %1662 = stablehlo.broadcast_in_dim %1661, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1663 = stablehlo.multiply %1656, %1662 : tensor<32x896xf32>
    %1664 = stablehlo.broadcast_in_dim %arg266, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1665 = stablehlo.multiply %1663, %1664 : tensor<32x896xf32>
    %1666 = stablehlo.dot_general %1665, %arg267, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1667 = stablehlo.dot_general %1665, %arg268, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1668 = stablehlo.logistic %1666 : tensor<32x4864xf32>
    %1669 = stablehlo.multiply %1666, %1668 : tensor<32x4864xf32>
    %1670 = stablehlo.multiply %1669, %1667 : tensor<32x4864xf32>
    %1671 = stablehlo.dot_general %1670, %arg269, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %1672 = stablehlo.add %1656, %1671 : tensor<32x896xf32>
    %1673 = stablehlo.multiply %1672, %1672 : tensor<32x896xf32>
    %1674 = stablehlo.reduce(%1673 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1675 = stablehlo.divide %1674, %14 : tensor<32xf32>
    %1676 = stablehlo.add %1675, %16 : tensor<32xf32>
    %1677 = stablehlo.rsqrt %1676 : tensor<32xf32>
    %1678 = stablehlo.broadcast_in_dim %1677, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1679 = stablehlo.multiply %1672, %1678 : tensor<32x896xf32>
    %1680 = stablehlo.broadcast_in_dim %arg270, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1681 = stablehlo.multiply %1679, %1680 : tensor<32x896xf32>
    %c_21 = stablehlo.constant dense<22> : tensor<i32>
    %1682 = stablehlo.dot_general %1681, %arg271, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1683 = stablehlo.broadcast_in_dim %arg272, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1684 = stablehlo.add %1682, %1683 : tensor<32x896xf32>
    %1685 = stablehlo.dot_general %1681, %arg273, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1686 = stablehlo.broadcast_in_dim %arg274, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1687 = stablehlo.add %1685, %1686 : tensor<32x128xf32>
    %1688 = stablehlo.dot_general %1681, %arg275, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1689 = stablehlo.broadcast_in_dim %arg276, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1690 = stablehlo.add %1688, %1689 : tensor<32x128xf32>
    %1691 = stablehlo.reshape %1684 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %1692 = stablehlo.slice %1691 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1693 = stablehlo.slice %1691 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1694 = stablehlo.negate %1693 : tensor<32x14x32xf32>
    %1695 = stablehlo.concatenate %1694, %1692, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %1696 = stablehlo.multiply %1691, %37 : tensor<32x14x64xf32>
    %1697 = stablehlo.multiply %1695, %38 : tensor<32x14x64xf32>
    %1698 = stablehlo.add %1696, %1697 : tensor<32x14x64xf32>
    %1699 = stablehlo.reshape %1687 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1700 = stablehlo.slice %1699 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1701 = stablehlo.slice %1699 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1702 = stablehlo.negate %1701 : tensor<32x2x32xf32>
    %1703 = stablehlo.concatenate %1702, %1700, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %1704 = stablehlo.multiply %1699, %47 : tensor<32x2x64xf32>
    %1705 = stablehlo.multiply %1703, %48 : tensor<32x2x64xf32>
    %1706 = stablehlo.add %1704, %1705 : tensor<32x2x64xf32>
    %1707 = stablehlo.reshape %1690 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1708 = stablehlo.reshape %1706 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1709 = stablehlo.dynamic_update_slice %1634, %1708, %c_21, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1710 = stablehlo.reshape %1707 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1711 = stablehlo.dynamic_update_slice %1636, %1710, %c_21, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1712 = stablehlo.slice %1709 [22:23, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1713 = stablehlo.slice %1711 [22:23, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1714 = stablehlo.reshape %1698 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %1715 = stablehlo.reshape %1712 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1716 = stablehlo.reshape %1713 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1717 = stablehlo.dot_general %1714, %1715, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %1718 = stablehlo.multiply %1717, %63 : tensor<2x32x7x256xf32>
    %1719 = stablehlo.select %67, %1718, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %1720 = stablehlo.reduce(%1719 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1721 = stablehlo.broadcast_in_dim %1720, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1722 = stablehlo.subtract %1719, %1721 : tensor<2x32x7x256xf32>
    %1723 = stablehlo.exponential %1722 : tensor<2x32x7x256xf32>
    %1724 = stablehlo.reduce(%1723 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1725 = stablehlo.broadcast_in_dim %1724, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1726 = stablehlo.divide %1723, %1725 : tensor<2x32x7x256xf32>
    %1727 = stablehlo.dot_general %1726, %1716, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %1728 = stablehlo.transpose %1727, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %1729 = stablehlo.reshape %1728 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %1730 = stablehlo.dot_general %1729, %arg277, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1731 = stablehlo.add %1672, %1730 : tensor<32x896xf32>
    %1732 = stablehlo.multiply %1731, %1731 : tensor<32x896xf32>
    %1733 = stablehlo.reduce(%1732 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1734 = stablehlo.divide %1733, %14 : tensor<32xf32>
    %1735 = stablehlo.add %1734, %16 : tensor<32xf32>
    %1736 = stablehlo.rsqrt %1735 : tensor<32xf32>
    %1737 = stablehlo.broadcast_in_dim %1736, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1738 = stablehlo.multiply %1731, %1737 : tensor<32x896xf32>
    %1739 = stablehlo.broadcast_in_dim %arg278, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1740 = stablehlo.multiply %1738, %1739 : tensor<32x896xf32>
    %1741 = stablehlo.dot_general %1740, %arg279, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1742 = stablehlo.dot_general %1740, %arg280, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1743 = stablehlo.logistic %1741 : tensor<32x4864xf32>
    %1744 = stablehlo.multiply %1741, %1743 : tensor<32x4864xf32>
    %1745 = stablehlo.multiply %1744, %1742 : tensor<32x4864xf32>
    %1746 = stablehlo.dot_general %1745, %arg281, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %1747 = stablehlo.add %1731, %1746 : tensor<32x896xf32>
    %1748 = stablehlo.multiply %1747, %1747 : tensor<32x896xf32>
    %1749 = stablehlo.reduce(%1748 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1750 = stablehlo.divide %1749, %14 : tensor<32xf32>
    %1751 = stablehlo.add %1750, %16 : tensor<32xf32>
    %1752 = stablehlo.rsqrt %1751 : tensor<32xf32>
    %1753 = stablehlo.broadcast_in_dim %1752, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1754 = stablehlo.multiply %1747, %1753 : tensor<32x896xf32>
    %1755 = stablehlo.broadcast_in_dim %arg282, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1756 = stablehlo.multiply %1754, %1755 : tensor<32x896xf32>
    %c_22 = stablehlo.constant dense<23> : tensor<i32>
    %1757 = stablehlo.dot_general %1756, %arg283, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1758 = stablehlo.broadcast_in_dim %arg284, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1759 = stablehlo.add %1757, %1758 : tensor<32x896xf32>
    %1760 = stablehlo.dot_general %1756, %arg285, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1761 = stablehlo.broadcast_in_dim %arg286, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1762 = stablehlo.add %1760, %1761 : tensor<32x128xf32>
    %1763 = stablehlo.dot_general %1756, %arg287, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<128x896xf32>) -> tensor<32x128xf32>
    %1764 = stablehlo.broadcast_in_dim %arg288, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %1765 = stablehlo.add %1763, %1764 : tensor<32x128xf32>
    %1766 = stablehlo.reshape %1759 : (tensor<32x896xf32>) -> tensor<32x14x64xf32>
    %1767 = stablehlo.slice %1766 [0:32, 0:14, 0:32] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1768 = stablehlo.slice %1766 [0:32, 0:14, 32:64] : (tensor<32x14x64xf32>) -> tensor<32x14x32xf32>
    %1769 = stablehlo.negate %1768 : tensor<32x14x32xf32>
    %1770 = stablehlo.concatenate %1769, %1767, dim = 2 : (tensor<32x14x32xf32>, tensor<32x14x32xf32>) -> tensor<32x14x64xf32>
    %1771 = stablehlo.multiply %1766, %37 : tensor<32x14x64xf32>
    %1772 = stablehlo.multiply %1770, %38 : tensor<32x14x64xf32>
    %1773 = stablehlo.add %1771, %1772 : tensor<32x14x64xf32>
    %1774 = stablehlo.reshape %1762 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1775 = stablehlo.slice %1774 [0:32, 0:2, 0:32] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1776 = stablehlo.slice %1774 [0:32, 0:2, 32:64] : (tensor<32x2x64xf32>) -> tensor<32x2x32xf32>
    %1777 = stablehlo.negate %1776 : tensor<32x2x32xf32>
    %1778 = stablehlo.concatenate %1777, %1775, dim = 2 : (tensor<32x2x32xf32>, tensor<32x2x32xf32>) -> tensor<32x2x64xf32>
    %1779 = stablehlo.multiply %1774, %47 : tensor<32x2x64xf32>
    %1780 = stablehlo.multiply %1778, %48 : tensor<32x2x64xf32>
    %1781 = stablehlo.add %1779, %1780 : tensor<32x2x64xf32>
    %1782 = stablehlo.reshape %1765 : (tensor<32x128xf32>) -> tensor<32x2x64xf32>
    %1783 = stablehlo.reshape %1781 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1784 = stablehlo.dynamic_update_slice %1709, %1783, %c_22, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1785 = stablehlo.reshape %1782 : (tensor<32x2x64xf32>) -> tensor<1x32x2x64xf32>
    %1786 = stablehlo.dynamic_update_slice %1711, %1785, %c_22, %1, %c, %c : (tensor<24x256x2x64xf32>, tensor<1x32x2x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<24x256x2x64xf32>
    %1787 = stablehlo.slice %1784 [23:24, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1788 = stablehlo.slice %1786 [23:24, 0:256, 0:2, 0:64] : (tensor<24x256x2x64xf32>) -> tensor<1x256x2x64xf32>
    %1789 = stablehlo.reshape %1773 : (tensor<32x14x64xf32>) -> tensor<32x2x7x64xf32>
    %1790 = stablehlo.reshape %1787 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1791 = stablehlo.reshape %1788 : (tensor<1x256x2x64xf32>) -> tensor<256x2x64xf32>
    %1792 = stablehlo.dot_general %1789, %1790, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x2x7x64xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x256xf32>
    %1793 = stablehlo.multiply %1792, %63 : tensor<2x32x7x256xf32>
    %1794 = stablehlo.select %67, %1793, %68 : tensor<2x32x7x256xi1>, tensor<2x32x7x256xf32>
    %1795 = stablehlo.reduce(%1794 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1796 = stablehlo.broadcast_in_dim %1795, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1797 = stablehlo.subtract %1794, %1796 : tensor<2x32x7x256xf32>
    %1798 = stablehlo.exponential %1797 : tensor<2x32x7x256xf32>
    %1799 = stablehlo.reduce(%1798 init: %cst_0) applies stablehlo.add across dimensions = [3] : (tensor<2x32x7x256xf32>, tensor<f32>) -> tensor<2x32x7xf32>
    %1800 = stablehlo.broadcast_in_dim %1799, dims = [0, 1, 2] : (tensor<2x32x7xf32>) -> tensor<2x32x7x256xf32>
    %1801 = stablehlo.divide %1798, %1800 : tensor<2x32x7x256xf32>
    %1802 = stablehlo.dot_general %1801, %1791, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x32x7x256xf32>, tensor<256x2x64xf32>) -> tensor<2x32x7x64xf32>
    %1803 = stablehlo.transpose %1802, dims = [1, 0, 2, 3] : (tensor<2x32x7x64xf32>) -> tensor<32x2x7x64xf32>
    %1804 = stablehlo.reshape %1803 : (tensor<32x2x7x64xf32>) -> tensor<32x896xf32>
    %1805 = stablehlo.dot_general %1804, %arg289, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<896x896xf32>) -> tensor<32x896xf32>
    %1806 = stablehlo.add %1747, %1805 : tensor<32x896xf32>
    %1807 = stablehlo.multiply %1806, %1806 : tensor<32x896xf32>
    %1808 = stablehlo.reduce(%1807 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<32x896xf32>, tensor<f32>) -> tensor<32xf32>
    %1809 = stablehlo.divide %1808, %14 : tensor<32xf32>
    %1810 = stablehlo.add %1809, %16 : tensor<32xf32>
    %1811 = stablehlo.rsqrt %1810 : tensor<32xf32>
    %1812 = stablehlo.broadcast_in_dim %1811, dims = [0] : (tensor<32xf32>) -> tensor<32x896xf32>
    %1813 = stablehlo.multiply %1806, %1812 : tensor<32x896xf32>
    %1814 = stablehlo.broadcast_in_dim %arg290, dims = [1] : (tensor<896xf32>) -> tensor<32x896xf32>
    %1815 = stablehlo.multiply %1813, %1814 : tensor<32x896xf32>
    %1816 = stablehlo.dot_general %1815, %arg291, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1817 = stablehlo.dot_general %1815, %arg292, contracting_dims = [1] x [1] : (tensor<32x896xf32>, tensor<4864x896xf32>) -> tensor<32x4864xf32>
    %1818 = stablehlo.logistic %1816 : tensor<32x4864xf32>
    %1819 = stablehlo.multiply %1816, %1818 : tensor<32x4864xf32>
    %1820 = stablehlo.multiply %1819, %1817 : tensor<32x4864xf32>
    %1821 = stablehlo.dot_general %1820, %arg293, contracting_dims = [1] x [1] : (tensor<32x4864xf32>, tensor<896x4864xf32>) -> tensor<32x896xf32>
    %1822 = stablehlo.add %1806, %1821 : tensor<32x896xf32>
    %1823 = stablehlo.subtract %arg2, %c_0 : tensor<i32>
    %1824 = stablehlo.dynamic_slice %1822, %1823, %c, sizes = [1, 896] : (tensor<32x896xf32>, tensor<i32>, tensor<i32>) -> tensor<1x896xf32>
    %1825 = stablehlo.multiply %1824, %1824 : tensor<1x896xf32>
    %1826 = stablehlo.reduce(%1825 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<1x896xf32>, tensor<f32>) -> tensor<1xf32>
    %1827 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %1828 = stablehlo.divide %1826, %1827 : tensor<1xf32>
    %1829 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %1830 = stablehlo.add %1828, %1829 : tensor<1xf32>
    %1831 = stablehlo.rsqrt %1830 : tensor<1xf32>
    %1832 = stablehlo.broadcast_in_dim %1831, dims = [0] : (tensor<1xf32>) -> tensor<1x896xf32>
    %1833 = stablehlo.multiply %1824, %1832 : tensor<1x896xf32>
    %1834 = stablehlo.broadcast_in_dim %arg294, dims = [1] : (tensor<896xf32>) -> tensor<1x896xf32>
    %1835 = stablehlo.multiply %1833, %1834 : tensor<1x896xf32>
    %1836 = stablehlo.dot_general %1835, %arg5, contracting_dims = [1] x [1] : (tensor<1x896xf32>, tensor<151936x896xf32>) -> tensor<1x151936xf32>
    %1837 = stablehlo.reshape %1836 : (tensor<1x151936xf32>) -> tensor<151936xf32>
    return %1837, %1784, %1786 : tensor<151936xf32>, tensor<24x256x2x64xf32>, tensor<24x256x2x64xf32>
  }
}
