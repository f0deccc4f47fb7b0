#!/bin/sh
# The tools' conventions as a user meets them: -h and --help print the
# usage and exit 0 everywhere; a usage error exits with the tool's error
# status (1 for emit, dequant and run; 2 for diffmlir, oracle-compare and
# validate); and the user's path through emit, dequant -f,
# oracle-compare -f and oracle files, and validate from a checkout or an
# install.
. "$(dirname "$0")/lib.sh"

# -h and --help: usage on stdout, nothing on stderr, exit 0
for t in emit dequant diffmlir oracle-compare run validate; do
	if [ $t = validate ]; then set -- sh "$ROOT/scripts/validate"; else set -- $t; fi
	for h in -h --help; do
		"$@" $h >"$TMP/out" 2>"$TMP/err"
		like "$t $h: the usage on stdout, exit 0" "$?:$(wc -c <"$TMP/err" | tr -d ' '):$(head -1 "$TMP/out")" \
		    "^0:0:usage: $t "
	done
done

# usage errors: the tool's error status, the usage on stderr, no stdout
usage_error() {	# TITLE STATUS CMD...
	title=$1
	want=$2
	shift 2
	"$@" >"$TMP/out" 2>"$TMP/err"
	like "$title: exit $want, the usage on stderr" "$?:$(wc -c <"$TMP/out" | tr -d ' '):$(grep -c '^usage: ' "$TMP/err")" \
	    "^$want:0:1$"
}
usage_error "emit -Q" 1 emit -Q
usage_error "emit without a model" 1 emit
usage_error "dequant -Q" 1 dequant -Q -m a -o b
usage_error "dequant without -o" 1 dequant -m a
usage_error "run -Q" 1 run -Q -m a
usage_error "run without -m" 1 run --tokenize
usage_error "diffmlir -Q" 2 diffmlir -Q goldens
usage_error "diffmlir without operands" 2 diffmlir
usage_error "oracle-compare -Q" 2 oracle-compare -Q o.json
usage_error "oracle-compare without operands" 2 oracle-compare
usage_error "validate -Q" 2 sh "$ROOT/scripts/validate" -Q a b
usage_error "validate without operands" 2 sh "$ROOT/scripts/validate"
sh "$ROOT/scripts/validate" -n abc "$TMP" "$TMP" >"$TMP/out" 2>"$TMP/err"
is "validate -n abc: a clean usage error, exit 2, no shell errors" "$?:$(cat "$TMP/err" | tr '\n' '|')" \
    "2:validate: -n 'abc' is not a number in 0..1048576|usage: validate [-h] [-G goldens-dir] [-n tokens] model-dir oracle-dir|"
oracle-compare -a x o.json >"$TMP/out" 2>"$TMP/err"
like "oracle-compare -a x: trouble, exit 2" "$?:$(cat "$TMP/err")" "^2:oracle-compare: atol 'x' is not a non-negative number$"

# emit: the default graphs are the five its page lists
emit tiny | sed -n 's|^// emit arch=[^ ]* graph=\([^ ]*\) .*|\1|p' | tr '\n' ' ' >"$TMP/graphs"
is "emit: the default graphs" "$(cat "$TMP/graphs")" "prefill prefill_logits decode_step decode_step_logits decode_step_b4 "
sed -n '/writes five graphs/,/(4)/p' "$ROOT/man/emit.1" | sed -n 's/^\.Cm \([a-z_]*\).*/\1/p' | tr '\n' ' ' >"$TMP/page"
is "emit.1 lists exactly those" "$(cat "$TMP/page")" "prefill prefill_logits decode_step decode_step_logits decode_step_b "

# emit -g decode_step_bN: N parsed with a range, not atoi
for g in decode_step_b100000 decode_step_b4294967297 decode_step_b0; do
	emit -g $g tiny >"$TMP/out" 2>"$TMP/err"
	like "emit -g $g: refused, nothing written" "$?:$(wc -c <"$TMP/out" | tr -d ' '):$(cat "$TMP/err")" \
	    "^1:0:emit: unknown graph '$g' \(.*; N in 1\.\.64\)$"
done

# emit -m names the architecture after the directory itself
mkdir -p "$TMP/my-model/sub"
printf '{"model_type": "llama", "vocab_size": 64, "hidden_size": 16, "intermediate_size": 32,
 "num_hidden_layers": 1, "num_attention_heads": 2, "max_position_embeddings": 64}\n' >"$TMP/my-model/config.json"
(cd "$TMP/my-model" && emit -m . -g decode_step) | head -1 >"$TMP/h1"
(cd "$TMP/my-model/sub" && emit -m ../ -g decode_step) | head -1 >"$TMP/h2"
like "emit -m .: named after the real directory" "$(cat "$TMP/h1")" "^// emit arch=my-model graph=decode_step "
like "emit -m ../: the same" "$(cat "$TMP/h2")" "^// emit arch=my-model graph=decode_step "

# emit -c of a bundled model's config finds the goldens
C=$SHARED/configs/llama-3.2-1b.json
if [ -f "$C" ]; then
	tr -d ' \n' <"$C" >"$TMP/compact.json"
	emit -c "$TMP/compact.json" | diffmlir "$ROOT/goldens" >"$TMP/out" 2>&1
	like "emit -c a bundled config (respaced): diffmlir finds and matches its goldens" \
	    "$?:$(tr '\n' ' ' <"$TMP/out")" "^0:ok llama-3.2-1b/prefill ok llama-3.2-1b/prefill_logits "
	sed 's/"rms_norm_eps": 1e-05/"rms_norm_eps": 1e-06/' "$C" >"$TMP/other.json"
	emit -c "$TMP/other.json" -g decode_step | head -1 >"$TMP/h"
	like "emit -c another config: the family's label" "$(cat "$TMP/h")" "^// emit arch=llama graph=decode_step "
else
	skip "no configs in ../shared"
	skip "no configs in ../shared"
fi

# dequant -f over a directory with subdirectories leaves nothing behind
mkdir -p "$TMP/dq/in" "$TMP/dq/out/sub/deeper"
printf '{"model_type": "llama", "quantization": {"bits": 4, "group_size": 4}}\n' >"$TMP/dq/in/config.json"
mkst "$TMP/dq/in/model.safetensors" '{"m.weight":{"dtype":"U32","shape":[2,1],"data_offsets":[0,8]},"m.scales":{"dtype":"F16","shape":[2,2],"data_offsets":[8,16]},"m.biases":{"dtype":"F16","shape":[2,2],"data_offsets":[16,24]}}' 24
touch "$TMP/dq/out/old-file" "$TMP/dq/out/sub/x" "$TMP/dq/out/sub/deeper/y"
dequant -f -m "$TMP/dq/in" -o "$TMP/dq/out" >"$TMP/out" 2>&1
st=$?
is "dequant -f over subfolders: exit 0, nothing printed" "$st:$(cat "$TMP/out")" "0:"
is "dequant -f: the new directory, none of the old" "$(ls "$TMP/dq/out" | tr '\n' ' ')" "config.json model.safetensors "
is "dequant -f: no *.old* or *.tmp* tree left beside it" "$(ls "$TMP/dq" | tr '\n' ' ')" "in out "

# a packed weight of no rows and 2^60 words a row: refused, no overflow
mkdir -p "$TMP/dq/huge"
cp "$TMP/dq/in/config.json" "$TMP/dq/huge/"
mkst "$TMP/dq/huge/model.safetensors" '{"m.weight":{"dtype":"U32","shape":[0,1152921504606846976],"data_offsets":[0,0]},"m.scales":{"dtype":"F16","shape":[0,2],"data_offsets":[0,0]},"m.biases":{"dtype":"F16","shape":[0,2],"data_offsets":[0,0]}}' 0
dequant -m "$TMP/dq/huge" -o "$TMP/dq/hugeout" >"$TMP/out" 2>&1
like "dequant: a packed weight 2^60 words wide is refused" "$?:$(cat "$TMP/out"):$(ls "$TMP/dq" | tr '\n' ' ')" \
    "^1:dequant: .*huge: tensor 'm.weight': a packed weight must be \(rows, words\):huge in out $"

# oracle-compare -f prints numbers and booleans; arrays are refused as such
printf '{"n_new": 12, "temperature": 0.5, "eps": 1e-05, "big": 1e300, "greedy": true, "ids": [1], "o": {}, "z": null}\n' >"$TMP/o.json"
for f in n_new temperature eps big greedy; do
	printf '%s=%s ' $f "$(oracle-compare -f $f "$TMP/o.json")"
done >"$TMP/fields"
is "oracle-compare -f: numbers and booleans as Python's json writes them" "$(cat "$TMP/fields")" \
    "n_new=12 temperature=0.5 eps=1e-05 big=1e+300 greedy=true "
oracle-compare -f ids "$TMP/o.json" >"$TMP/out" 2>"$TMP/err"
like "oracle-compare -f of an array: exit 2, 'an array'" "$?:$(cat "$TMP/err")" \
    "^2:oracle-compare: .*o.json:1:86: field 'ids' is an array: -f prints a string, a number or a boolean$"
oracle-compare -f o "$TMP/o.json" >"$TMP/out" 2>"$TMP/err"
like "oracle-compare -f of an object: 'an object'" "$?:$(cat "$TMP/err")" "^2:oracle-compare: .*field 'o' is an object"

# hostile oracles: trouble (exit 2) naming the file and the field
bad_oracle() {	# TITLE JSON REGEX
	printf '%s\n' "$2" >"$TMP/bad.json"
	printf '{"ref_token_ids": [1, 2]}\n' >"$TMP/run.json"
	oracle-compare "$TMP/bad.json" "$TMP/run.json" >"$TMP/out" 2>"$TMP/err"
	like "$1" "$?:$(wc -c <"$TMP/out" | tr -d ' '):$(cat "$TMP/err")" "^2:0:oracle-compare: .*bad.json$3"
}
bad_oracle "an id past int range is not id 1" '{"ref_token_ids": [4294967297]}' ":1:20: ref_token_ids\[0\]: not a token id$"
bad_oracle "a negative id" '{"ref_token_ids": [1, -2]}' ":1:23: ref_token_ids\[1\]: not a token id$"
bad_oracle "an id that is a fraction" '{"ref_token_ids": [1.5]}' ":1:20: ref_token_ids\[0\]: not a token id$"
bad_oracle "ids that are an object" '{"ref_token_ids": {"a": 1}}' ":1:19: ref_token_ids: expected an array of token ids, got an object$"
bad_oracle "stopped at EOS with no stop id" '{"ref_token_ids": [1], "stopped_at_eog": true, "stop_token_id": null}' \
    ": stopped_at_eog is true but stop_token_id is null$"
bad_oracle "a stop id past int range" '{"ref_token_ids": [1], "stopped_at_eog": true, "stop_token_id": 2147483648}' \
    ":1:[0-9]+: stop_token_id: not a token id$"
printf '{"ref_token_ids": [7, 7], "ref_token_ids": [1, 2]}\n' >"$TMP/twice.json"
printf '{"ref_token_ids": [1, 2]}\n' >"$TMP/run.json"
oracle-compare "$TMP/twice.json" "$TMP/run.json" >"$TMP/out" 2>&1
is "a field given twice: the last counts, as Python's json" "$?:$(cat "$TMP/out")" "0:match 2/2"

# validate finds its sibling tools, with nothing on PATH
M=$SHARED/models/story-lmrs
O=$SHARED/oracles/story-lmrs
if [ -d "$M" ] && [ -f "$O/bos-only.json" ]; then
	mkdir -p "$TMP/o1" "$TMP/inst/bin" "$TMP/co/scripts" "$TMP/co/build"
	cp "$O/bos-only.json" "$TMP/o1/"
	for t in emit diffmlir run oracle-compare; do
		ln -s "$BIN/$t" "$TMP/inst/bin/$t"
	done
	cp "$ROOT/scripts/validate" "$TMP/inst/bin/validate"
	cp "$ROOT/scripts/validate" "$TMP/co/scripts/validate"
	ln -s "$TMP/inst/bin" "$TMP/co/build/bin"
	env -u HLO_EXEC_PATH PATH=/usr/bin:/bin sh "$TMP/inst/bin/validate" -G "$TMP/none" "$M" "$TMP/o1" >"$TMP/out" 2>&1
	like "validate installed beside its tools: runs with an empty PATH" "$?:$(tail -1 "$TMP/out")" "^0:# 3 passed, 0 failed$"
	env -u HLO_EXEC_PATH PATH=/usr/bin:/bin sh "$TMP/co/scripts/validate" -G "$TMP/none" "$M" "$TMP/o1" >"$TMP/out" 2>&1
	like "validate from a checkout (scripts/validate): the build's bin/" "$?:$(tail -1 "$TMP/out")" "^0:# 3 passed, 0 failed$"
	rm "$TMP/co/build/bin"
	env -u HLO_EXEC_PATH PATH=/usr/bin:/bin sh "$TMP/co/scripts/validate" -G "$TMP/none" "$M" "$TMP/o1" >"$TMP/out" 2>&1
	like "validate with no tools anywhere: fails, saying so" "$?:$(sed -n 2p "$TMP/out")" "^1:# .*emit: not found"
	printf '{"prompt_text": "x", "n_new": "many", "ref_token_ids": [1]}\n' >"$TMP/o1/bad-n.json"
	sh "$ROOT/scripts/validate" -G "$TMP/none" "$M" "$TMP/o1" >"$TMP/out" 2>&1
	like "validate: an oracle whose n_new is not a count fails that case, no shell error" \
	    "$?:$(grep 'bad-n' "$TMP/out" | head -1):$(grep -c 'integer expression' "$TMP/out")" "^1:not ok [0-9]+ - single: bad-n:0$"
else
	skip "no story-lmrs in ../shared"
	skip "no story-lmrs in ../shared"
	skip "no story-lmrs in ../shared"
	skip "no story-lmrs in ../shared"
fi
done_testing
