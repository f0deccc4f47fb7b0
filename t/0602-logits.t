#!/bin/sh
# run --logits: the logits that chose each token, as the oracles'
# *.logits.npy; the tokens the same as without it (the host's argmax is
# the graph's); against the oracles' logits with oracle-compare -l, as
# .npy and as .npz archives (stored and deflated: t/unit/npy pack).
. "$(dirname "$0")/lib.sh"
"$BUILD/t/unit/argmax" >"$TMP/argmax.tap" 2>&1
st=$?
is "gen_argmax is the graphs' argmax (unit): $(grep -c '^ok' "$TMP/argmax.tap") checks" \
    "$st:$(grep -c '^not ok' "$TMP/argmax.tap"):$(grep -c '^1\.\.' "$TMP/argmax.tap")" "0:0:1"
grep -A1 '^not ok' "$TMP/argmax.tap" | sed 's/^/# /'

# oc ARGS...: oracle-compare's lines and its exit status
oc() {
	oracle-compare "$@" 2>&1
	echo "exit $?"
}
O=$SHARED/oracles
for mc in story-lmrs/medium-park synth-llama3/short-hello synth-gemma2/medium-poem synth-granite/medium-support \
    synth-cohere/medium-report synth-cohere2/medium-notes synth-minicpm/medium-guide; do
	m=${mc%/*}
	c=$O/$mc.json
	if [ ! -f "$O/$mc.logits.npy" ]; then
		skip "no $mc oracle logits in ../shared"
		continue
	fi
	n=$(oracle-compare -f n_new "$c")
	oracle-compare -f prompt_text "$c" >"$TMP/p"
	run -m "$SHARED/models/$m" --raw --ids -n "$n" <"$TMP/p" >"$TMP/plain.json"
	run -m "$SHARED/models/$m" --raw --ids -n "$n" -k 4 --logits "$TMP/l.npy" <"$TMP/p" >"$TMP/l.json"
	is "$mc: the same tokens with --logits" "$(cat "$TMP/l.json")" "$(cat "$TMP/plain.json")"
	oc=$(oracle-compare "$c" "$TMP/l.json")
	like "$mc: the tokens match the oracle" "$oc" "^match ([0-9]+)/\\1$"
	oc=$(oracle-compare -l "$O/$mc.logits.npy" "$TMP/l.npy" 2>&1)
	like "$mc: -k 4 logits match the oracle's within the tolerance" "$?:$(echo "$oc" | tail -1)" \
	    "^0:match 4/4 steps within tolerance"
	# the same verdicts, line for line, with either file in an archive:
	# within the tolerance, and differing at none
	npy=$(oc -l "$O/$mc.logits.npy" "$TMP/l.npy")
	tight=$(oc -l -a 0 -r 0 "$O/$mc.logits.npy" "$TMP/l.npy")
	like "$mc: .npy: within the tolerance" "$(echo "$npy" | tail -2 | tr '\n' ' ')" \
	    "^match 4/4 steps within tolerance exit 0 $"
	like "$mc: .npy, at -a 0 -r 0: the logits differ" "$(echo "$tight" | tail -2 | tr '\n' ' ')" \
	    "^differ: [0-3]/4 steps within tolerance exit 1 $"
	for z in stored deflated; do
		"$BUILD/t/unit/npy" pack $z "$TMP/got.npz" logits.npy="$TMP/l.npy"
		"$BUILD/t/unit/npy" pack $z "$TMP/ref.npz" ref.npy="$O/$mc.logits.npy" steps.npy="$TMP/l.npy"
		is "$mc: the run's logits $z in a .npz: the same lines and status" \
		    "$(oc -l "$O/$mc.logits.npy" "$TMP/got.npz")" "$npy"
		is "$mc: both in .npz archives ($z, 'ref.npz:ref'): the same" \
		    "$(oc -l "$TMP/ref.npz:ref" "$TMP/got.npz")" "$npy"
		is "$mc: -a 0 -r 0, both $z: the same difference" \
		    "$(oc -l -a 0 -r 0 "$TMP/ref.npz:ref.npy" "$TMP/got.npz:logits")" "$tight"
	done
done

M=$SHARED/models/story-lmrs
c=$O/story-lmrs/medium-park.json
if [ -f "$c" ]; then
	oracle-compare -f prompt_text "$c" >"$TMP/p"
	run -m "$M" --raw --ids -n 128 --logits "$TMP/all.npy" <"$TMP/p" >"$TMP/all.json"
	# a row for each token chosen, the EOS that stopped the run included
	ntok=$(sed 's/.*"ref_token_ids": \[\([^]]*\)\].*/\1/' "$TMP/all.json" | tr ',' '\n' | grep -c .)
	stopped=$(grep -c '"stopped_at_eog": true' "$TMP/all.json")
	rows=$(oracle-compare -l "$TMP/all.npy" "$TMP/all.npy" | tail -1)
	is "without -k: a row per token chosen ($ntok tokens, EOS: $stopped)" "$rows" \
	    "match $((ntok + stopped))/$((ntok + stopped)) steps within tolerance"
	run -m "$M" --raw --ids -n 128 -k 1000 --logits "$TMP/k.npy" <"$TMP/p" >/dev/null
	is "-k past the EOS that stops the run: only the rows produced" \
	    "$(oracle-compare -l "$TMP/k.npy" "$TMP/all.npy" | tail -1)" \
	    "match $((ntok + stopped))/$((ntok + stopped)) steps within tolerance"
	run -m "$M" --raw --ids -n 3 --logits "$TMP/three.npy" <"$TMP/p" >/dev/null
	is "-n 3: three rows" "$(oracle-compare -l "$TMP/three.npy" "$TMP/three.npy" | tail -1)" \
	    "match 3/3 steps within tolerance"
	run -m "$M" --raw --ids -n 3 -k 10 --logits "$TMP/k3.npy" <"$TMP/p" >/dev/null
	is "-n 3 -k 10: the same three rows, bit for bit" \
	    "$(oracle-compare -l -a 0 -r 0 "$TMP/k3.npy" "$TMP/three.npy" 2>&1 | tail -1)" \
	    "match 3/3 steps within tolerance"
	# the reference interpreter chooses the same tokens from its logits
	run -m "$M" --raw --ids -n 8 --interp --logits "$TMP/i.npy" <"$TMP/p" >"$TMP/i.json"
	run -m "$M" --raw --ids -n 8 --logits "$TMP/p8.npy" <"$TMP/p" >"$TMP/p8.json"
	is "--interp --logits: the same tokens" "$(cat "$TMP/i.json")" "$(cat "$TMP/p8.json")"
	like "--interp logits equal the plan's within 1e-4" \
	    "$(oracle-compare -l "$TMP/i.npy" "$TMP/p8.npy" 2>&1 | tail -1)" "^match 8/8 steps within tolerance"
	# graphs emitted earlier: the _logits ones
	mkdir -p "$TMP/g"
	emit -g prefill_logits -C 16 -S 160 -m "$M" >"$TMP/g/prefill_logits.mlir"
	emit -g decode_step_logits -S 160 -m "$M" >"$TMP/g/decode_step_logits.mlir"
	run -m "$M" --raw --ids -n 128 -g "$TMP/g" --logits "$TMP/g.npy" <"$TMP/p" >"$TMP/g.json"
	is "-g with the _logits graphs: the same tokens" "$(cat "$TMP/g.json")" "$(cat "$TMP/all.json")"
	# errors: nothing half-written
	run -m "$M" --raw -n 2 --logits "$TMP/nodir/x.npy" <"$TMP/p" >/dev/null 2>"$TMP/err"
	like "an unwritable --logits file: exit 1, named" "$?:$(cat "$TMP/err")" "^1:run: .*nodir/x.npy"
	mkdir -p "$TMP/g2"
	cp "$TMP/g/prefill_logits.mlir" "$TMP/g2/prefill.mlir"
	cp "$TMP/g/decode_step_logits.mlir" "$TMP/g2/decode_step.mlir"
	run -m "$M" --raw -n 2 -g "$TMP/g2" --logits "$TMP/g2.npy" <"$TMP/p" >/dev/null 2>"$TMP/err"
	like "-g without the _logits graphs: exit 1, the file named" "$?:$(cat "$TMP/err")" \
	    "^1:run: .*g2/prefill_logits.mlir"
	[ ! -e "$TMP/g2.npy" ]
	ok $? "... and no logits file"
	run -m "$M" --raw -n 2 -k 2 <"$TMP/p" >/dev/null 2>"$TMP/err"
	like "-k without --logits: exit 1" "$?:$(cat "$TMP/err")" "^1:run: -k counts the steps of --logits"
	run -m "$M" --raw -n 2 --logits "$TMP/x.npy" "$TMP/p" "$TMP/p" >/dev/null 2>"$TMP/err"
	like "--logits with prompt files: exit 1" "$?:$(cat "$TMP/err")" "^1:run: --logits is for one prompt"
else
	skip "no story-lmrs oracles in ../shared"
fi
done_testing
