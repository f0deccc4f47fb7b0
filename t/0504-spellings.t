#!/bin/sh
# The same model in other StableHLO spellings (t/data/spellings/, written
# by tools/spellings.py for story-lmrs): the reference engine's style
# (mlxcel: its weight names through a name map, dynamic_slice
# embeddings and RoPE tables, 1-D dots, an additive mask, a prefill
# without caches) and a gather/scatter one (gathers with other dimension
# numbers, RoPE from cosine and sine of an iota, cache writes by
# scatter, the weight as the dot's lhs).  Each gives emit's tokens on
# every oracle prompt, the plan leaves none of their ops to the
# interpreter, and a graph lacking a state or a map naming a weight
# wrongly is refused by name.
. "$(dirname "$0")/lib.sh"
M=$SHARED/models/story-lmrs
[ -d "$M" ] || skip_all "no story-lmrs in ../shared"
[ -d "$SHARED/oracles/story-lmrs" ] || skip_all "no story-lmrs oracles in ../shared"
D=$T/data/spellings
J=$BUILD/t/unit/jget

# run VARIANT ARGS...: run with the variant's graphs (and its name map)
runv() {
	v=$1
	shift
	if [ -e "$D/$v/names.map" ]; then
		run -g "$D/$v" -M "$D/$v/names.map" "$@"
	else
		run -g "$D/$v" "$@"
	fi
}

for c in "$SHARED/oracles/story-lmrs"/*.json; do
	[ -e "$c" ] || continue
	case=$(basename "$c" .json)
	n=$("$J" "$c" n_new)
	"$J" "$c" prompt_text >"$TMP/prompt"
	run --raw --ids -n "$n" -m "$M" <"$TMP/prompt" >"$TMP/ours.json"
	like "$case: emit's own tokens are the oracle's" "$(oracle-compare "$c" "$TMP/ours.json")" "^match ([0-9]+)/\1$"
	for v in mlxcel gather; do
		runv "$v" --raw --ids -n "$n" -m "$M" <"$TMP/prompt" >"$TMP/$v.json" 2>"$TMP/err"
		is "$v/$case: emit's tokens" "$?:$(cat "$TMP/$v.json")" "0:$(cat "$TMP/ours.json")"
		[ -s "$TMP/err" ] && sed 's/^/# /' "$TMP/err"
	done
done

c=$SHARED/oracles/story-lmrs/short-cat.json
"$J" "$c" prompt_text >"$TMP/prompt"
for v in mlxcel gather; do
	HLO_PLAN_DEBUG=1 runv "$v" --raw --ids -n 4 -m "$M" <"$TMP/prompt" >/dev/null 2>"$TMP/debug"
	is "$v: the plan leaves no op of either graph to the interpreter" "$?:$(cat "$TMP/debug")" "0:"
	runv "$v" --raw --ids -n 12 -m "$M" <"$TMP/prompt" >"$TMP/plan.json"
	runv "$v" --interp --raw --ids -n 12 -m "$M" <"$TMP/prompt" >"$TMP/interp.json"
	is "$v: the plan's tokens are the interpreter's" "$(cat "$TMP/plan.json")" "$(cat "$TMP/interp.json")"
done

# refusals, named
mkdir -p "$TMP/nolen"
cp "$D/mlxcel/prefill.mlir" "$D/mlxcel/names.map" "$TMP/nolen/"
sed 's/loc("cache_len")/loc("length")/' "$D/mlxcel/decode_step.mlir" >"$TMP/nolen/decode_step.mlir"
run -g "$TMP/nolen" -M "$TMP/nolen/names.map" --raw -n 2 -m "$M" <"$TMP/prompt" >/dev/null 2>"$TMP/err"
like "a decode graph without cache_len is refused, naming it" "$?:$(cat "$TMP/err")" \
    "^1:run: .*decode_step.mlir: @main has no argument named 'cache_len'"
mkdir -p "$TMP/nok"
cp "$D/gather/decode_step.mlir" "$TMP/nok/"
sed 's/loc("kcache")/loc("keys")/' "$D/gather/prefill.mlir" >"$TMP/nok/prefill.mlir"
run -g "$TMP/nok" --raw -n 2 -m "$M" <"$TMP/prompt" >/dev/null 2>"$TMP/err"
like "a prefill with vcache but no kcache is refused, naming it" "$?:$(cat "$TMP/err")" \
    "^1:run: .*prefill.mlir: @main has vcache but not kcache"
run -g "$D/mlxcel" --raw -n 2 -m "$M" <"$TMP/prompt" >/dev/null 2>"$TMP/err"
like "mlxcel names without the map: the weight named" "$?:$(cat "$TMP/err")" \
    "^1:run: .*: weight 'params\['embed'\]' is not in the checkpoint of "
sed 's/self_attn.q_proj/attn.q_proj/' "$D/mlxcel/names.map" >"$TMP/bad.map"
run -g "$D/mlxcel" -M "$TMP/bad.map" --raw -n 2 -m "$M" <"$TMP/prompt" >/dev/null 2>"$TMP/err"
like "a map naming a weight wrongly: both names said" "$?:$(cat "$TMP/err")" \
    "^1:run: .*: weight 'model.layers.0.attn.q_proj.weight' \(argument 'params\['layers'\]\[0\]\['wq'\]'\) is not in the checkpoint of "
printf 'params[x] model.norm.weight extra\n' >"$TMP/bad2.map"
run -g "$D/mlxcel" -M "$TMP/bad2.map" --raw -n 2 -m "$M" <"$TMP/prompt" >/dev/null 2>"$TMP/err"
like "a map line of three names: its line" "$?:$(cat "$TMP/err")" "^1:run: .*bad2.map:1: expected two names"
done_testing
