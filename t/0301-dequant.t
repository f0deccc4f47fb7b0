#!/bin/sh
# dequant: the story model's MLX 4- and 8-bit checkpoints equal their f32
# dequantizations tensor for tensor, bit for bit; output dtypes; refusals
# with nothing left behind.
. "$(dirname "$0")/lib.sh"

# mkdir_q DIR BITS GROUP: an MLX dir config
mkcfg() {
	mkdir -p "$1"
	printf '{"model_type": "llama", "torch_dtype": "float16", "quantization": {"bits": %s, "group_size": %s}}\n' "$2" "$3" >"$1/config.json"
}
dq() { out=$(dequant "$@" 2>&1); st=$?; }

M=$SHARED/models
if [ -d "$M/story-lmrs-mlx4" ]; then
	for b in 4 8; do
		dq -m "$M/story-lmrs-mlx$b" -o "$TMP/dq$b"
		is "mlx$b: exit 0, nothing printed" "$st:$out" "0:"
		"$BUILD/t/unit/st" same "$M/story-lmrs-mlx$b-f32/model.safetensors" "$TMP/dq$b/model.safetensors" >"$TMP/same"
		grep -q '^not ok' "$TMP/same"
		ok $((1 - $?)) "mlx$b: equal to story-lmrs-mlx$b-f32, tensor for tensor, bit for bit"
		grep '^#' "$TMP/same"
		check "mlx$b: tokenizer.json copied" cmp "$M/story-lmrs-mlx$b/tokenizer.json" "$TMP/dq$b/tokenizer.json"
		check "mlx$b: generation_config.json copied" cmp "$M/story-lmrs-mlx$b/generation_config.json" "$TMP/dq$b/generation_config.json"
		is "mlx$b: config.json without quantization blocks" "$(grep -c quantization "$TMP/dq$b/config.json")" 0
		like "mlx$b: config.json torch_dtype float32" "$(grep torch_dtype "$TMP/dq$b/config.json")" '"float32"'
		check "mlx$b: config.json still reads as the same model" emit -g decode_step -m "$TMP/dq$b"
	done
	dq -t bf16 -m "$M/story-lmrs-mlx4" -o "$TMP/bf"
	is "-t bf16: exit 0" "$st" 0
	like "-t bf16: weights and norms are BF16" "$(head -c 3000 "$TMP/bf/model.safetensors" | tr -d '\0' | grep -o '"dtype":"[A-Z0-9]*"' | sort -u | tr '\n' ' ')" '^"dtype":"BF16" $'
	like "-t bf16: config says bfloat16" "$(grep torch_dtype "$TMP/bf/config.json")" '"bfloat16"'
	dq -m "$M/story-lmrs-mlx4" -o "$TMP/dq4"
	like "an existing out-dir is refused" "$st:$out" "^1:dequant: '.*dq4' exists \(use -f to replace it\)"
	touch "$TMP/dq4/marker"
	dq -f -m "$M/story-lmrs-mlx8" -o "$TMP/dq4"
	is "-f replaces it" "$st:$(ls "$TMP/dq4" | grep -c marker)" "0:0"
	"$BUILD/t/unit/st" same "$M/story-lmrs-mlx8-f32/model.safetensors" "$TMP/dq4/model.safetensors" | grep -q '^not ok'
	ok $((1 - $?)) "-f: the new contents"
else
	skip "no MLX story models in ../shared"
fi

# refusals: exit 1, a message naming the tensor or file, no out-dir
refuse() {	# refuse TITLE DIR REGEX
	dq -m "$2" -o "$TMP/out"
	if [ $st -eq 1 ] && printf '%s\n' "$out" | grep -Eq -- "$3" && [ ! -e "$TMP/out" ] &&
	    [ -z "$(ls -d "$TMP"/out.tmp* 2>/dev/null)" ]; then
		ok 0 "refuses $1"
	else
		ok 1 "refuses $1"
		printf '#   status %s: %s\n' "$st" "$out"
	fi
}
W='"m.weight":{"dtype":"U32","shape":[2,1],"data_offsets":[0,8]}'
S='"m.scales":{"dtype":"F16","shape":[2,2],"data_offsets":[8,16]}'
B='"m.biases":{"dtype":"F16","shape":[2,2],"data_offsets":[16,24]}'
mkcfg "$TMP/ok" 4 4; mkst "$TMP/ok/model.safetensors" "{$W,$S,$B}" 24
dq -m "$TMP/ok" -o "$TMP/okout"
is "a crafted 4-bit dir dequantizes" "$st:$out" "0:"
B8='"m.biases":{"dtype":"F16","shape":[2,2],"data_offsets":[8,16]}'
mkcfg "$TMP/noscales" 4 4; mkst "$TMP/noscales/model.safetensors" "{$W,$B8}" 16
refuse "a missing .scales" "$TMP/noscales" "tensor 'm.weight' is packed \(U32\) but 'm.scales' is missing"
mkcfg "$TMP/group" 4 3; mkst "$TMP/group/model.safetensors" "{$W,$S,$B}" 24
refuse "a group size not dividing the row" "$TMP/group" "tensor 'm.weight': group size 3 does not divide the row of 8 inputs"
mkcfg "$TMP/shape" 4 8; mkst "$TMP/shape/model.safetensors" "{$W,$S,$B}" 24
refuse "scales of the wrong shape" "$TMP/shape" "tensor 'm.scales': expected a float \(2, 1\) tensor"
mkcfg "$TMP/bits" 7 4; mkst "$TMP/bits/model.safetensors" "{$W,$S,$B}" 24
refuse "7 bits" "$TMP/bits" "quantization.bits must be 2, 3, 4, 5, 6 or 8"
mkdir -p "$TMP/noq"; echo '{"model_type": "llama"}' >"$TMP/noq/config.json"; mkst "$TMP/noq/model.safetensors" "{$W,$S,$B}" 24
refuse "a config without quantization" "$TMP/noq" "no quantization block"
mkcfg "$TMP/trunc" 4 4; mkst "$TMP/trunc/model.safetensors" "{$W,$S,$B}" 20
refuse "a truncated checkpoint" "$TMP/trunc" "tensor 'm.biases': data_offsets \[16, 24\] run past the data area"
mkcfg "$TMP/badjson" 4 4; mkst "$TMP/badjson/model.safetensors" "{$W,$S" 24
refuse "a header that is not JSON" "$TMP/badjson" "model.safetensors: header is not JSON"
mkcfg "$TMP/dtype" 4 4; mkst "$TMP/dtype/model.safetensors" "{$W,$S,\"m.biases\":{\"dtype\":\"X9\",\"shape\":[2,2],\"data_offsets\":[16,24]}}" 24
refuse "an unknown dtype" "$TMP/dtype" "tensor 'm.biases': unknown dtype 'X9'"
mkdir -p "$TMP/nocfg"
refuse "a dir without config.json" "$TMP/nocfg" "cannot open '.*nocfg/config.json'"
mkcfg "$TMP/nost" 4 4
refuse "a dir without weights" "$TMP/nost" "no model.safetensors or model.safetensors.index.json"
dq -m "$TMP/ok"
like "no -o: usage" "$st:$out" "^1:usage: dequant"
done_testing
