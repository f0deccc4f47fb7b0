#!/bin/sh
# oracle-compare: token mode (match, each kind of divergence, EOS rules,
# near ties), logits mode, and malformed input (exit 2).
. "$(dirname "$0")/lib.sh"
"$BUILD/t/unit/npy" "$TMP" "$SHARED" "$T/data/npz" >"$TMP/npy.tap" 2>&1
st=$?
is ".npy/.npz reader and writer (unit): $(grep -c '^ok' "$TMP/npy.tap") checks" \
    "$st:$(grep -c '^not ok' "$TMP/npy.tap"):$(grep -c '^1\.\.' "$TMP/npy.tap")" "0:0:1"
grep -A1 '^not ok' "$TMP/npy.tap" | sed 's/^/# /'

oc() {	# oc ARGS... : sets st and out
	out=$(oracle-compare "$@" 2>&1)
	st=$?
}
o='"prompt_ids": [1, 5, 9], "ref_token_ids": [10, 11, 12, 13]'
printf '{%s}\n' "$o" >"$TMP/o.json"
printf '{"model": "m", "case": "c", %s, "stopped_at_eog": false, "stop_token_id": null}\n' "$o" >"$TMP/same.json"
oc "$TMP/o.json" "$TMP/same.json"
is "identical: match 4/4, exit 0" "$st:$out" "0:match 4/4"
oc "$TMP/o.json" <"$TMP/same.json"
is "the run from standard input" "$st:$out" "0:match 4/4"
printf '{"prompt_ids": [1, 5, 9], "ref_token_ids": [10, 11, 99, 13]}' >"$TMP/d.json"
oc "$TMP/o.json" "$TMP/d.json"
is "a differing token: index, expected, got" "$st:$out" "1:differ at token 2 of 4: expected 12, got 99 (2/4 matched)"
printf '{"prompt_ids": [1, 5], "ref_token_ids": [10, 11, 12, 13]}' >"$TMP/p.json"
oc "$TMP/o.json" "$TMP/p.json"
is "a differing prompt" "$st:$out" "1:prompt differs at index 2: expected 9, got end of prompt"
printf '{"prompt_ids": [1, 5, 9], "ref_token_ids": [10, 11], "stopped_at_eog": true, "stop_token_id": 2}' >"$TMP/s.json"
oc "$TMP/o.json" "$TMP/s.json"
is "a run that stopped at EOS early diverges" "$st:$out" "1:differ at token 2 of 4: expected 12, got EOS 2 (2/4 matched)"
printf '{"prompt_ids": [1, 5, 9], "ref_token_ids": [10, 11], "stopped_at_eog": true, "stop_token_id": 2}' >"$TMP/os.json"
oc "$TMP/os.json" "$TMP/s.json"
is "both stopped at the same EOS: match" "$st:$out" "0:match 2/2"
printf '{"prompt_ids": [1, 5, 9], "ref_token_ids": [10, 11, 2, 7]}' >"$TMP/on.json"
oc "$TMP/os.json" "$TMP/on.json"
is "a run not stopping on EOS chose the stop token: match" "$st:$out" "0:match 2/2"
printf '{"prompt_ids": [1, 5, 9], "ref_token_ids": [10, 11, 8]}' >"$TMP/went.json"
oc "$TMP/os.json" "$TMP/went.json"
is "a run going past the oracle's EOS diverges" "$st:$out" "1:differ at token 2: the oracle stopped at EOS 2, got 8 (2/2 matched)"
printf '{"prompt_ids": [1, 5, 9], "ref_token_ids": [10, 11, 12, 13, 14, 15]}' >"$TMP/long.json"
oc "$TMP/o.json" "$TMP/long.json"
is "a longer run is compared on the oracle's budget" "$st:$out" "0:match 4/4"

# malformed input: exit 2, the file and field named
printf '{"prompt_ids": [1, 5, 9]}' >"$TMP/m1.json"
oc "$TMP/m1.json" "$TMP/same.json"
like "missing ref_token_ids" "$st:$out" "^2:oracle-compare: .*m1.json: ref_token_ids: missing"
printf '{"prompt_ids": [1, "x"], "ref_token_ids": []}' >"$TMP/m2.json"
oc "$TMP/m2.json" "$TMP/same.json"
like "a non-id in prompt_ids" "$st:$out" "^2:oracle-compare: .*m2.json:1:[0-9]+: prompt_ids\[1\]: not a token id"
printf '[1, 2]' >"$TMP/m3.json"
oc "$TMP/m3.json" "$TMP/same.json"
like "not an object" "$st:$out" "^2:oracle-compare: .*m3.json: expected a JSON object, got an array"
printf '{"ref_token_ids": [1' >"$TMP/m4.json"
oc "$TMP/o.json" "$TMP/m4.json"
like "broken JSON" "$st:$out" "^2:oracle-compare: .*m4.json:1:[0-9]+: unexpected end of input"
oc "$TMP/o.json" "$TMP/nonexistent.json"
like "a missing file" "$st:$out" "^2:oracle-compare: cannot open '.*nonexistent.json'"
oc
like "no operands: usage, exit 2" "$st:$out" "^2:usage: oracle-compare"

# logits in .npz archives (numpy's savez and savez_compressed; t/data/npz)
N=$T/data/npz
for z in stored.npz deflated.npz one-member.npz two-members.npz:steps; do
	oc -l "$N/small.npy" "$N/$z"
	like "logits mode: small.npy against $z: match" "$st:$(echo "$out" | tail -1)" "^0:match 2/2 steps"
done
oc -l "$N/two-members.npz:a" "$N/small.npy"
like "logits mode: another shape: trouble, exit 2" "$st:$out" "^2:oracle-compare: .*rank 1.*rank 2"
oc -l "$N/two-members.npz" "$N/small.npy"
like "an archive without logits.npy: exit 2, members named" "$st:$out" "^2:oracle-compare: .*two-members.npz: 2 members and none is 'logits.npy'.*a.npy, steps.npy"
for f in "$T"/data/npz-crash/*; do
	oc -l "$f" "$f"
	like "kept fuzz crasher $(basename "$f"): trouble, exit 2" "$st:$out" "^2:oracle-compare: "
done
head -c 200 "$N/deflated.npz" >"$TMP/cut.npz"
oc -l "$N/small.npy" "$TMP/cut.npz"
like "a truncated archive: exit 2, named" "$st:$out" "^2:oracle-compare: .*cut.npz: no zip end-of-central-directory record"

O=$SHARED/oracles/story-lmrs
if [ -f "$O/medium-park.logits.npy" ]; then
	for c in "$O"/*.json; do
		oc "$c" "$c"
		like "$(basename "$c") against itself" "$st:$out" "^0:match ([0-9]+)/\1$"
	done
	oc -l "$O/medium-park.logits.npy" "$O/medium-park.logits.npy"
	like "logits mode: identical logits" "$st:$(echo "$out" | tail -1)" "^0:match 4/4 steps within tolerance"
	# near tie: the reference's top-2 gap at a divergence below the tolerance
	oc -L "$O/medium-park.logits.npy" -t 100 "$O/medium-park.json" "$TMP/d.json"
	like "a differing prompt is never a near tie" "$st:$out" "^1:prompt differs"
	tr -d '\n' <"$O/medium-park.json" | sed 's/"ref_token_ids": \[\([0-9]*\),/"ref_token_ids": [1,/' >"$TMP/mp.json"
	oc -L "$O/medium-park.logits.npy" -t 100 "$O/medium-park.json" "$TMP/mp.json"
	like "near tie under a wide gap: warning, exit 0" "$st:$(printf %s "$out" | tr "\n" " ")" "^0:differ at token 0 .*warning: near tie at token 0"
	oc -L "$O/medium-park.logits.npy" "$O/medium-park.json" "$TMP/mp.json"
	like "not a near tie at 1e-3: exit 1" "$st:$(printf %s "$out" | tr "\n" " ")" "^1:differ at token 0 .*not a near tie"
	# -L reads archives too, with the same verdicts
	"$BUILD/t/unit/npy" pack deflated "$TMP/mp.npz" logits.npy="$O/medium-park.logits.npy"
	oc -L "$TMP/mp.npz" -t 100 "$O/medium-park.json" "$TMP/mp.json"
	like "-L from a deflated .npz: the near tie" "$st:$(printf %s "$out" | tr "\n" " ")" "^0:differ at token 0 .*warning: near tie at token 0"
	oc -L "$TMP/mp.npz" "$O/medium-park.json" "$TMP/mp.json"
	like "-L from a deflated .npz: not a near tie at 1e-3" "$st:$(printf %s "$out" | tr "\n" " ")" "^1:differ at token 0 .*not a near tie"
	oc -L "$TMP/mp.npz:nope" "$O/medium-park.json" "$TMP/mp.json"
	like "-L with no such member: exit 2, named" "$st:$out" "^2:oracle-compare: .*mp.npz: no member 'nope' \(members: logits.npy\)$"
	oc -m "$SHARED/models/story-lmrs" "$O/medium-park.json" "$TMP/mp.json"
	like "-m: the text around the divergence" "$st:$(printf %s "$out" | tr '\n' '|')" \
	    "^1:differ at token 0 .*\|  before  : \"\"\|  expected: \"[^\"]+\"\|  got     : \"<\|start_story\|>\"$"
else
	skip "no story-lmrs oracles in ../shared"
fi
done_testing
