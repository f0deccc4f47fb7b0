#!/bin/sh
# run needs only graphs: a model dir whose config.json names a family no
# emitter knows runs from graphs given with -g, single and batched, to
# the tokens of the known family; weights named another way bind through
# a name map (-M); a graph without a state argument the driver needs is
# refused by name.
. "$(dirname "$0")/lib.sh"
M=$SHARED/models/story-lmrs
[ -d "$M" ] || skip_all "no story-lmrs in ../shared"
c=$SHARED/oracles/story-lmrs/short-cat.json
oracle-compare -f prompt_text "$c" >"$TMP/p"
oracle-compare -f prompt_text "$SHARED/oracles/story-lmrs/medium-park.json" >"$TMP/p2"

# the same weights and tokenizer, a family nobody knows
mkdir -p "$TMP/m" "$TMP/g"
for f in model.safetensors tokenizer.json tokenizer_config.json generation_config.json; do
	ln -s "$M/$f" "$TMP/m/$f"
done
sed 's/"model_type": "llama"/"model_type": "mystery"/' "$M/config.json" >"$TMP/m/config.json"
emit -g prefill -C 16 -S 160 -m "$M" >"$TMP/g/prefill.mlir"
emit -g decode_step -S 160 -m "$M" >"$TMP/g/decode_step.mlir"
emit -g decode_step_b2 -S 160 -m "$M" >"$TMP/g/decode_step_b2.mlir"

run --raw --ids -n 40 -m "$M" <"$TMP/p" >"$TMP/known.json"
run --raw --ids -n 40 -m "$TMP/m" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
like "without -g, an unknown family is refused by name" "$?:$(cat "$TMP/err")" \
    "^1:run: .*config.json:[0-9]+:[0-9]+: model_type: 'mystery' is not a supported family"
run --raw --ids -n 40 -g "$TMP/g" -m "$TMP/m" <"$TMP/p" >"$TMP/g.json" 2>"$TMP/err"
is "with -g: the unknown family's tokens are the known family's" "$?:$(cat "$TMP/g.json")" "0:$(cat "$TMP/known.json")"
run --raw --ids -n 40 -m "$M" <"$TMP/p2" >"$TMP/known2.json"
run --raw --ids -n 40 -B 2 -g "$TMP/g" -m "$TMP/m" "$TMP/p" "$TMP/p2" >"$TMP/b.json" 2>"$TMP/err"
is "with -g and prompt files: decode_step_b2.mlir, each stream its single run's" \
    "$?:$(cat "$TMP/b.json")" "0:$(cat "$TMP/known.json" "$TMP/known2.json")"
run --raw --ids -n 40 -B 3 -g "$TMP/g" -m "$TMP/m" "$TMP/p" "$TMP/p2" >"$TMP/out" 2>"$TMP/err"
like "-B 3 with no decode_step_b3.mlir: the file named" "$?:$(cat "$TMP/err")" "^1:run: cannot open '.*/decode_step_b3.mlir'"

# weights named another way, bound through a map with {n} for the layer
mkdir -p "$TMP/r"
for f in prefill decode_step; do
	sed -e 's/loc("model\.layers\.\([0-9]*\)\.self_attn\.\([qkvo]\)_proj\.weight")/loc("blk.\1.attn_\2")/g' \
	    -e 's/loc("model\.layers\.\([0-9]*\)\.mlp\.\([a-z]*\)_proj\.weight")/loc("blk.\1.ffn_\2")/g' \
	    "$TMP/g/$f.mlir" >"$TMP/r/$f.mlir"
done
cat >"$TMP/map" <<'MAP'
# graph name		checkpoint name
blk.{n}.attn_q		model.layers.{n}.self_attn.q_proj.weight
blk.{n}.attn_k		model.layers.{n}.self_attn.k_proj.weight
blk.{n}.attn_v		model.layers.{n}.self_attn.v_proj.weight
blk.{n}.attn_o		model.layers.{n}.self_attn.o_proj.weight
blk.{l}.ffn_{w}		model.layers.{l}.mlp.{w}_proj.weight
MAP
like "the renamed graph names no checkpoint tensor of the layers" "$(grep -c 'loc("model.layers.[0-9]*.self_attn' "$TMP/r/decode_step.mlir")" "^0$"
run --raw --ids -n 40 -g "$TMP/r" -m "$TMP/m" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
like "without the map: the weight named, exit 1" "$?:$(cat "$TMP/err")" "^1:run: .*weight 'blk.0.attn_q' is not in the checkpoint"
run --raw --ids -n 40 -g "$TMP/r" -M "$TMP/map" -m "$TMP/m" <"$TMP/p" >"$TMP/map.json" 2>"$TMP/err"
is "with -M: the tokens of the emitter's names" "$?:$(cat "$TMP/map.json")" "0:$(cat "$TMP/known.json")"
printf 'blk.{n}.attn_q model.layers.{m}.x\n' >"$TMP/badmap"
run --raw --ids -n 4 -g "$TMP/r" -M "$TMP/badmap" -m "$TMP/m" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
like "a map whose checkpoint name uses an unbound {m}: refused with its line" "$?:$(cat "$TMP/err")" \
    "^1:run: .*badmap:1: \{m\} is not in the graph name"

# a decode graph without a state argument the driver needs
mkdir -p "$TMP/bad"
cp "$TMP/g/prefill.mlir" "$TMP/bad/"
sed 's/loc("kcache")/loc("keys")/' "$TMP/g/decode_step.mlir" >"$TMP/bad/decode_step.mlir"
run --raw --ids -n 4 -g "$TMP/bad" -m "$TMP/m" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
like "a decode graph without kcache: refused, the argument named" "$?:$(cat "$TMP/err")" \
    "^1:run: .*decode_step.mlir: @main has no argument named 'kcache'"
sed 's/loc("tokens")/loc("ids")/' "$TMP/g/prefill.mlir" >"$TMP/bad/prefill.mlir"
cp "$TMP/g/decode_step.mlir" "$TMP/bad/"
run --raw --ids -n 4 -g "$TMP/bad" -m "$TMP/m" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
like "a prefill graph without tokens: refused, the argument named" "$?:$(cat "$TMP/err")" \
    "^1:run: .*prefill.mlir: @main has no argument named 'tokens'"
done_testing
