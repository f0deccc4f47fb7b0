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
done_testing
