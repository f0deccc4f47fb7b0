#!/bin/sh
# emit: the bundled configs, the graphs' structure and op counts, every
# rejected config field with its message, and all-or-nothing output.
. "$(dirname "$0")/lib.sh"

for m in llama qwen2 tiny; do
	emit "$m" >"$TMP/$m.mlir" 2>"$TMP/err"
	ok $? "bundled '$m' emits"
	is "'$m' writes five modules" "$(grep -c '^// emit ' "$TMP/$m.mlir")" 5
done
emit llama >"$TMP/again.mlir"
check "output is deterministic" cmp "$TMP/llama.mlir" "$TMP/again.mlir"
is "no custom_call" "$(grep -c custom_call "$TMP/llama.mlir" "$TMP/qwen2.mlir" | sed 's/.*://' | tr '\n' ' ')" "0 0 "
is "no f64" "$(grep -c 'f64' "$TMP/llama.mlir")" 0
is "every module has a public @main" "$(grep -c 'func.func public @main(' "$TMP/llama.mlir")" 5

# Llama-3.2-1B decode: 7 projections + scores + context per layer, + LM head
emit -g decode_step llama >"$TMP/d.mlir"
is "llama decode: 16 x 9 + 1 dot_general" "$(grep -c 'stablehlo.dot_general' "$TMP/d.mlir")" 145
is "llama decode: one argmax reduce" "$(grep -c 'reduce(.*), (.*) across' "$TMP/d.mlir")" 1
is "llama decode: K and V written once per layer" "$(grep -c 'dynamic_update_slice' "$TMP/d.mlir")" 32
is "llama decode: 16 x 2 + 1 rsqrt (norms)" "$(grep -c 'stablehlo.rsqrt' "$TMP/d.mlir")" 33
like "llama decode header" "$(head -1 "$TMP/d.mlir")" \
    '^// emit arch=llama-3.2-1b graph=decode_step precision=f32 capacity=256 batch=1 quant=none$'
like "weights are named by their safetensors names" "$(sed -n 3p "$TMP/d.mlir")" \
    'tensor<128256x2048xf32> loc\("model.embed_tokens.weight"\)'
like "state arguments come first" "$(sed -n 3p "$TMP/d.mlir")" \
    '@main\(%arg0: tensor<i32> loc\("token"\), %arg1: tensor<i32> loc\("pos"\), %arg2: tensor<i32> loc\("cache_len"\), %arg3: tensor<16x256x8x64xf32> loc\("kcache"\)'
like "tied: no lm_head argument" "$(grep -c 'lm_head' "$TMP/d.mlir")" '^0$'
emit -g decode_step qwen2 >"$TMP/q.mlir"
is "qwen2 decode: 24 x 9 + 1 dot_general" "$(grep -c 'stablehlo.dot_general' "$TMP/q.mlir")" 217
is "qwen2: q/k/v biases, no o bias" "$(grep -o 'self_attn.[a-z]_proj.bias' "$TMP/q.mlir" | sort -u | tr '\n' ' ')" \
    "self_attn.k_proj.bias self_attn.q_proj.bias self_attn.v_proj.bias "
emit -g decode_step tiny >"$TMP/t.mlir"
like "untied: lm_head argument" "$(grep -c 'loc("lm_head.weight")' "$TMP/t.mlir")" '^1$'

emit -g decode_step_b4 llama >"$TMP/b.mlir"
like "batched decode: vectors and 5-D caches" "$(sed -n 3p "$TMP/b.mlir")" \
    '%arg0: tensor<4xi32> loc\("token"\), %arg1: tensor<4xi32> loc\("pos"\), %arg2: tensor<4xi32> loc\("cache_len"\), %arg3: tensor<16x4x256x8x64xf32>'
is "batched decode: each row writes its own K/V" "$(grep -c 'dynamic_update_slice' "$TMP/b.mlir")" 128
emit -g prefill -C 16 -S 128 llama >"$TMP/p.mlir"
like "prefill arguments" "$(sed -n 3p "$TMP/p.mlir")" \
    '%arg0: tensor<16xi32> loc\("tokens"\), %arg1: tensor<16xi32> loc\("positions"\), %arg2: tensor<i32> loc\("real_len"\), %arg3: tensor<16x128x8x64xf32>'
like "prefill header" "$(head -1 "$TMP/p.mlir")" 'graph=prefill precision=f32 capacity=128 chunk=16 quant=none'
emit -g decode_step_logits llama >"$TMP/l.mlir"
like "logits form returns the logits" "$(grep '    return ' "$TMP/l.mlir")" \
    ': tensor<128256xf32>, tensor<16x256x8x64xf32>, tensor<16x256x8x64xf32>$'
is "logits form has no argmax" "$(grep -c 'reducer(' "$TMP/l.mlir")" 0

emit -p bf16 -g decode_step llama >"$TMP/bf.mlir"
like "bf16: header" "$(head -1 "$TMP/bf.mlir")" 'precision=bf16'
like "bf16: projection weights are bf16" "$(sed -n 3p "$TMP/bf.mlir")" \
    'tensor<2048x2048xbf16> loc\("model.layers.0.self_attn.q_proj.weight"\)'
like "bf16: norms stay f32" "$(sed -n 3p "$TMP/bf.mlir")" \
    'tensor<2048xf32> loc\("model.layers.0.input_layernorm.weight"\)'
is "bf16: every dot_general accumulates in f32" \
    "$(grep 'dot_general' "$TMP/bf.mlir" | grep -vc 'xbf16>, tensor<[0-9x]*xbf16>) -> tensor<[0-9x]*xf32>')" 0

cat >"$TMP/q4.json" <<'J'
{"model_type": "llama", "hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 1,
 "num_attention_heads": 4, "vocab_size": 32, "tie_word_embeddings": true,
 "quantization": {"group_size": 32, "bits": 4, "model.layers.0.mlp.down_proj": {"bits": 8, "group_size": 64}}}
J
emit -g decode_step -c "$TMP/q4.json" >"$TMP/q4.mlir"
ok $? "quantized config emits"
like "quantized: packed u32 weight, scales, biases" "$(sed -n 3p "$TMP/q4.mlir")" \
    'tensor<64x8xui32> loc\("model.layers.0.self_attn.q_proj.weight"\), %arg[0-9]*: tensor<64x2xf32> loc\("model.layers.0.self_attn.q_proj.scales"\), %arg[0-9]*: tensor<64x2xf32> loc\("model.layers.0.self_attn.q_proj.biases"\)'
like "quantized: a per-module override" "$(sed -n 3p "$TMP/q4.mlir")" \
    'tensor<64x32xui32> loc\("model.layers.0.mlp.down_proj.weight"\), %arg[0-9]*: tensor<64x2xf32> loc\("model.layers.0.mlp.down_proj.scales"\)'
like "quantized: header" "$(head -1 "$TMP/q4.mlir")" 'quant=mlx4b32$'

# head_dim 256: 128 RoPE frequencies, printed as MLIR prints a long list
printf '{"model_type": "llama", "hidden_size": 512, "num_attention_heads": 2, "head_dim": 256, "num_hidden_layers": 1, "vocab_size": 16, "intermediate_size": 32}' >"$TMP/hd.json"
emit -g decode_step -S 16 -c "$TMP/hd.json" >"$TMP/hd.mlir"
like "head_dim 256: the frequencies as a hex constant" "$?:$(grep -c 'constant dense<"0x[0-9A-F]\{1024\}"> : tensor<128xf32>' "$TMP/hd.mlir")" "^0:1$"
check "head_dim 256: the graph parses and verifies" run --verify "$TMP/hd.mlir"

# rejected configs: exit 1, a message naming the field and value, no output
reject() {	# reject TITLE JSON EXPECTED-MESSAGE-REGEX
	printf '%s\n' "$2" >"$TMP/c.json"
	emit -c "$TMP/c.json" >"$TMP/out" 2>"$TMP/err"
	st=$?
	if [ $st -eq 1 ] && [ ! -s "$TMP/out" ] && grep -Eq -- "$3" "$TMP/err"; then
		ok 0 "rejects $1"
	else
		ok 1 "rejects $1"
		printf '#   status %s, stdout %s bytes, stderr: %s\n' $st "$(wc -c <"$TMP/out")" "$(cat "$TMP/err")"
	fi
}
base='"hidden_size": 64, "num_attention_heads": 4, "num_hidden_layers": 1, "vocab_size": 32'
reject "rope_scaling yarn" "{\"model_type\": \"llama\", $base, \"rope_scaling\": {\"rope_type\": \"yarn\", \"factor\": 4.0}}" \
    "^emit: .*c.json:1:[0-9]+: rope_scaling.rope_type: 'yarn' is not supported"
reject "rope_scaling linear (old 'type' key)" "{\"model_type\": \"llama\", $base, \"rope_scaling\": {\"type\": \"linear\", \"factor\": 2.0}}" \
    "rope_scaling.type: 'linear' is not supported"
reject "llama3 scaling without its factors" "{\"model_type\": \"llama\", $base, \"rope_scaling\": {\"rope_type\": \"llama3\", \"factor\": 8.0}}" \
    "rope_scaling: llama3 needs factor, low_freq_factor"
reject "hidden_act gelu" "{\"model_type\": \"llama\", $base, \"hidden_act\": \"gelu\"}" \
    "hidden_act: 'gelu' is not supported"
reject "attention_bias on qwen2" "{\"model_type\": \"qwen2\", $base, \"attention_bias\": true}" \
    "attention_bias: is not a field of family 'qwen2'"
reject "use_sliding_window true on llama (a field of Qwen2, not of Llama)" \
    "{\"model_type\": \"llama\", $base, \"use_sliding_window\": true}" "use_sliding_window: is not a field of family 'llama'"
reject "partial_rotary_factor" "{\"model_type\": \"llama\", $base, \"partial_rotary_factor\": 0.5}" \
    "partial_rotary_factor: only 1.0 is supported"
reject "an unknown family" "{\"model_type\": \"mamba\", $base}" "model_type: 'mamba' is not a supported family \\(supported: llama, qwen2, .*olmoe\\)"
reject "a model_type with a NUL after a known name" "{\"model_type\": \"llama\\u0000x\", $base}" "model_type: 'llama' is not a supported family"
# each family's fields the emitter cannot honour, by name and value
reject "Gemma 3's bidirectional attention" "{\"model_type\": \"gemma3_text\", $base, \"use_bidirectional_attention\": true}" \
    "use_bidirectional_attention: true is not supported by the emitter"
reject "StableLM's qk_layernorm" "{\"model_type\": \"stablelm\", $base, \"qk_layernorm\": true}" \
    "qk_layernorm: true is not supported by the emitter"
reject "Cohere's use_qk_norm" "{\"model_type\": \"cohere\", $base, \"use_qk_norm\": true}" \
    "use_qk_norm: true is not supported by the emitter"
reject "OLMoE's clip_qkv" "{\"model_type\": \"olmoe\", $base, \"clip_qkv\": 8.0}" "clip_qkv: is not supported by the emitter"
reject "Phi-3's longrope" "{\"model_type\": \"phi3\", $base, \"rope_scaling\": {\"rope_type\": \"longrope\"}}" \
    "rope_scaling.rope_type: 'longrope' is not supported"
reject "layer_types of the wrong length" "{\"model_type\": \"gemma2\", $base, \"layer_types\": [\"full_attention\", \"full_attention\"]}" \
    "layer_types: 2 entries for 1 layers"
reject "an unknown layer type" "{\"model_type\": \"gemma2\", $base, \"layer_types\": [\"chunked_attention\"]}" \
    "layer_types: 'chunked_attention' is not supported"
reject "more experts per token than experts" "{\"model_type\": \"mixtral\", $base, \"num_key_value_heads\": 2, \"num_local_experts\": 2, \"num_experts_per_tok\": 3}" \
    "num_experts_per_tok: more than the experts"
reject "a partial rotary width that is odd" "{\"model_type\": \"stablelm\", $base, \"partial_rotary_factor\": 0.1}" \
    "partial_rotary_factor: leaves an odd or empty rotary width"
reject "an activation no graph computes" "{\"model_type\": \"gemma2\", $base, \"hidden_activation\": \"relu\"}" \
    "hidden_activation: 'relu' is not supported"
reject "no_rope_layers of the wrong length" "{\"model_type\": \"smollm3\", $base, \"no_rope_layers\": [1, 0]}" \
    "no_rope_layers: 2 entries for 1 layers"
reject "a missing model_type" "{$base}" "model_type: missing"
reject "kv heads not dividing heads" "{\"model_type\": \"llama\", $base, \"num_key_value_heads\": 3}" \
    "num_key_value_heads: does not divide num_attention_heads"
reject "an odd head_dim" "{\"model_type\": \"llama\", $base, \"head_dim\": 15}" "head_dim: must be even"
reject "a string where a number belongs" "{\"model_type\": \"llama\", $base, \"intermediate_size\": \"big\"}" \
    "intermediate_size: expected an integer, got a string"
reject "a negative size" "{\"model_type\": \"llama\", $base, \"intermediate_size\": -4}" \
    "intermediate_size: value -4 is out of range"
reject "3-bit quantization" "{\"model_type\": \"llama\", $base, \"quantization\": {\"bits\": 3, \"group_size\": 32}}" \
    "3-bit quantization is not supported by the emitter"
reject "a group size not dividing the row" "{\"model_type\": \"llama\", $base, \"quantization\": {\"bits\": 4, \"group_size\": 48}}" \
    "group size 48 does not divide the 64 inputs"
reject "broken JSON, with line and column" "{\"model_type\": \"llama\",
  \"hidden_size\" 64}" "c.json:2:17: expected ':' after object key"
emit -c "$TMP/nonexistent.json" >"$TMP/out" 2>"$TMP/err"
is "a missing config is an error" "$?:$(cat "$TMP/err")" "1:emit: cannot open '$TMP/nonexistent.json': No such file or directory"
emit nosuch >"$TMP/out" 2>"$TMP/err"
like "an unknown bundled name lists the known ones" "$?:$(cat "$TMP/err")" "^1:emit: unknown model .nosuch. \(bundled: llama qwen2 tiny qwen3 .* olmoe\)"
emit -g decode_step -S 1000 tiny >"$TMP/out" 2>"$TMP/err"
like "a capacity past max_position_embeddings" "$?:$(cat "$TMP/err")" "^1:emit: tiny: capacity 1000 is outside 1..64"
emit -g nosuch tiny >"$TMP/out" 2>"$TMP/err"
like "an unknown graph" "$?:$(wc -c <"$TMP/out"):$(cat "$TMP/err")" "^1:0:emit: unknown graph 'nosuch'"
emit -p f8 tiny >"$TMP/out" 2>"$TMP/err"
like "an unknown precision" "$?:$(cat "$TMP/err")" "^1:emit: precision 'f8' is not f32, f16 or bf16"

# every model in ../shared emits: all five graphs, which parse and verify
if [ -d "$SHARED/models" ]; then
	for d in "$SHARED"/models/*/; do
		d=${d%/}
		n=$(basename "$d")
		emit -m "$d" >"$TMP/out" 2>"$TMP/err"
		st=$?
		is "$n emits" "$st:$(head -1 "$TMP/out" | cut -d' ' -f1-5):$(grep -c '^// emit' "$TMP/out")" \
		    "0:// emit arch=$n graph=prefill precision=f32:5"
		run --verify "$TMP/out" >"$TMP/v" 2>&1
		is "$n: the graphs verify" "$?:$(cat "$TMP/v")" "0:ok $TMP/out (5 modules)"
	done
else
	skip "no ../shared/models"
fi
# switches honoured: Llama's mlp_bias declares the MLP's biases, Qwen2's
# window masks the layers from max_window_layers on
printf '{"model_type": "llama", %s, "mlp_bias": true}\n' "$base" >"$TMP/c.json"
emit -g decode_step -S 16 -c "$TMP/c.json" >"$TMP/out"
like "llama mlp_bias: the MLP's biases are weights" "$(grep -o 'loc("model.layers.0.mlp.[a-z_]*.bias")' "$TMP/out" | tr '\n' ' ')" \
    "gate_proj.bias.*up_proj.bias.*down_proj.bias"
printf '{"model_type": "qwen2", %s, "num_hidden_layers": 2, "use_sliding_window": true, "sliding_window": 8, "max_window_layers": 1}\n' \
    "$(echo "$base" | sed 's/"num_hidden_layers": 1, //')" >"$TMP/c.json"
emit -g decode_step_logits -S 16 -c "$TMP/c.json" >"$TMP/out"
is "qwen2 use_sliding_window: one window compare (layer 1 only)" "$(grep -c 'compare  GT' "$TMP/out")" 1
done_testing
