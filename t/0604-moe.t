#!/bin/sh
# Mixtures of experts: decode picks the chosen experts with a
# stablehlo.case per slot, prefill weights all experts by a zero-padded
# routing matrix.  The sparse decode equals the masked-dense form of the
# same graph (emit -E) bit for bit, on the plan and on the interpreter,
# and reads the weights of k experts, not E (t/unit/moe.c).
. "$(dirname "$0")/lib.sh"
[ -d "$SHARED/models" ] || skip_all "no models in ../shared"
for m in synth-mixtral synth-qwen3-moe synth-qwen2-moe synth-olmoe; do
	M=$SHARED/models/$m
	if [ ! -d "$M" ]; then
		skip "no $m in ../shared"
		continue
	fi
	for v in sparse dense; do
		mkdir -p "$TMP/$v"
		f=
		[ $v = dense ] && f=-E
		emit $f -g prefill_logits -C 16 -S 128 -m "$M" >"$TMP/$v/prefill_logits.mlir"
		emit $f -g decode_step_logits -S 128 -m "$M" >"$TMP/$v/decode_step_logits.mlir"
	done
	k=$(grep -o '"num_experts_per_tok": *[0-9]*' "$M/config.json" | grep -o '[0-9]*$')
	L=$(grep -o '"num_hidden_layers": *[0-9]*' "$M/config.json" | grep -o '[0-9]*$')
	is "$m: the sparse decode has a case per slot ($k a layer), the dense none" \
	    "$(grep -c stablehlo.case "$TMP/sparse/decode_step_logits.mlir"):$(grep -c stablehlo.case "$TMP/dense/decode_step_logits.mlir")" \
	    "$((k * L)):0"
	c=$(ls "$SHARED/oracles/$m"/*.json | head -1)
	oracle-compare -f prompt_text "$c" >"$TMP/p"
	for b in cpu interp; do
		for v in sparse dense; do
			run -b $b --raw --ids -n 12 --logits "$TMP/$v.$b.npy" -g "$TMP/$v" -m "$M" <"$TMP/p" >"$TMP/$v.$b.json" || echo "run failed" >"$TMP/$v.$b.json"
		done
		cmp -s "$TMP/sparse.$b.npy" "$TMP/dense.$b.npy"
		ok $? "$m ($b): the sparse decode's logits are the masked-dense decode's, byte for byte"
	done
	"$BUILD/t/unit/moe" "$M" >"$TMP/out" 2>&1
	st=$?
	grep -q '^not ok' "$TMP/out"
	bad=$?
	[ $st -eq 0 ] && [ $bad -ne 0 ]
	ok $? "$m: $(grep 'a decode step reads' "$TMP/out" | sed 's/^ok [0-9]* - //')"
	[ $bad -eq 0 ] && sed 's/^/# /' "$TMP/out"
done

# the config and the checkpoint disagreeing: the tensor named, nothing out
M=$SHARED/models/synth-mixtral
if [ -d "$M" ]; then
	oracle-compare -f prompt_text "$(ls "$SHARED/oracles/synth-mixtral"/*.json | head -1)" >"$TMP/p"
	mkdir -p "$TMP/more" "$TMP/fewer"
	for d in more fewer; do
		for f in model.safetensors tokenizer.json tokenizer_config.json generation_config.json; do
			ln -s "$M/$f" "$TMP/$d/$f"
		done
	done
	sed 's/"num_local_experts": 4/"num_local_experts": 6/' "$M/config.json" >"$TMP/more/config.json"
	sed 's/"num_local_experts": 4/"num_local_experts": 3/' "$M/config.json" >"$TMP/fewer/config.json"
	run --raw --ids -n 4 -m "$TMP/more" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
	like "more experts in the config than the checkpoint has: the router's shapes named" \
	    "$?:$(wc -c <"$TMP/out"):$(cat "$TMP/err")" \
	    "^1:0:run: .*weight 'model.layers.0.block_sparse_moe.gate.weight' is 4x32 F32 in the checkpoint, the graph wants tensor<6x32xf32>"
	run --raw --ids -n 4 -m "$TMP/fewer" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
	like "fewer experts in the config: the router's shapes named" "$?:$(wc -c <"$TMP/out"):$(cat "$TMP/err")" \
	    "^1:0:run: .*block_sparse_moe.gate.weight' is 4x32 F32 in the checkpoint, the graph wants tensor<3x32xf32>"
	mkdir -p "$TMP/g"
	emit -g prefill -C 16 -S 128 -m "$M" | sed 's/block_sparse_moe.gate.weight/block_sparse_moe.router.weight/' >"$TMP/g/prefill.mlir"
	emit -g decode_step -S 128 -m "$M" >"$TMP/g/decode_step.mlir"
	run --raw --ids -n 4 -g "$TMP/g" -m "$M" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
	like "a router tensor the checkpoint lacks: named" "$?:$(wc -c <"$TMP/out"):$(cat "$TMP/err")" \
	    "^1:0:run: .*weight 'model.layers.0.block_sparse_moe.router.weight' is not in the checkpoint"
fi
done_testing
