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
# a generation_config.json that is there must be JSON (its absence is fine)
mkdir -p "$TMP/gc"
for f in model.safetensors tokenizer.json tokenizer_config.json config.json; do
	ln -s "$M/$f" "$TMP/gc/$f"
done
run --raw --ids -n 3 -m "$TMP/gc" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
is "no generation_config.json: config.json's eos_token_id" "$?:$(wc -c <"$TMP/err")" "0:0"
printf '{"eos_token_id": 2,\n' >"$TMP/gc/generation_config.json"
run --raw --ids -n 3 -m "$TMP/gc" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
like "a generation_config.json that is not JSON: refused with its line" "$?:$(wc -c <"$TMP/out"):$(cat "$TMP/err")" \
    "^1:0:run: .*gc/generation_config.json:2:1: unexpected end of input"

# -p: the graphs run emits with bf16 dot operands, emit -p's; the plan
# keeps bf16 in f32 and runs every op of them (none on the interpreter)
mkdir -p "$TMP/g16"
emit -p bf16 -g prefill -C 16 -S 160 -m "$M" >"$TMP/g16/prefill.mlir"
emit -p bf16 -g decode_step -S 160 -m "$M" >"$TMP/g16/decode_step.mlir"
run --raw --ids -n 40 -g "$TMP/g16" -m "$M" <"$TMP/p" >"$TMP/g16.json" 2>"$TMP/err"
HLO_PLAN_DEBUG=1 run -v --raw --ids -n 40 -p bf16 -m "$M" <"$TMP/p" >"$TMP/p16.json" 2>"$TMP/err"
is "-p bf16: the tokens of emit -p bf16's graphs" "$?:$(cat "$TMP/p16.json")" "0:$(cat "$TMP/g16.json")"
like "-p bf16 -v: the precision said" "$(cat "$TMP/err")" "graphs emitted from config.json, dot operands bf16 "
is "-p bf16: no op of the graphs on the interpreter" "$(grep -c 'runs on the interpreter' "$TMP/err")" "0"
run --raw --ids -n 40 --interp -p bf16 -m "$M" <"$TMP/p" >"$TMP/i16.json" 2>"$TMP/err"
is "-p bf16: the interpreter's tokens" "$?:$(cat "$TMP/i16.json")" "0:$(cat "$TMP/p16.json")"
run --raw --ids -n 4 -p bf16 -g "$TMP/g16" -m "$M" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
like "-p with -g: refused" "$?:$(cat "$TMP/err")" "^1:run: -p is the precision of the graphs run emits"
run --raw --ids -n 4 -p q4 -m "$M" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
like "-p q4: refused by name" "$?:$(cat "$TMP/err")" "^1:run: precision 'q4' is not f32, f16 or bf16"
done_testing
