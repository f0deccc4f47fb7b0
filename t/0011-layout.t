#!/bin/sh
# The library's wings and the arrows between them (README, "Layout"):
# every #include "wing/file.h" in lib/ must point along an allowed
# arrow.  A wing's sub-folders (exec/cpu, exec/vk) may also reach
# their parent wing.  cmd/ may reach any wing; lib/ never reaches cmd/.
. "$(dirname "$0")/lib.sh"
cd "$ROOT" || exit 1

allowed() {	# allowed WING: the wings it may include
	case $1 in
	base) echo "base" ;;
	data) echo "base data" ;;
	ir) echo "base ir" ;;
	model) echo "base model" ;;
	text) echo "base text" ;;
	compare) echo "base data compare" ;;
	exec) echo "base ir exec" ;;
	gen) echo "base data ir exec model text gen" ;;
	*) echo "" ;;
	esac
}

wings=$(cd lib && ls -d */ | tr -d /)
for w in $wings; do
	bad=""
	for f in $(find "lib/$w" -name '*.[ch]' | sort); do
		for inc in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f"); do
			case $inc in
			*/*) to=${inc%%/*} ;;
			*) bad="$bad $f:$inc(no-wing)"; continue ;;
			esac
			[ -f "lib/$inc" ] || { bad="$bad $f:$inc(missing)"; continue; }
			case " $(allowed "$w") " in
			*" $to "*) ;;
			*) bad="$bad $f:$inc" ;;
			esac
		done
	done
	is "lib/$w reaches only $(allowed "$w" | sed 's/ /, /g')" "${bad# }" ""
done

bad=$(grep -rln '#include "cmd/\|#include "\.\./' lib | tr '\n' ' ')
is "lib never reaches cmd" "$bad" ""
bad=$(find lib -maxdepth 1 -name '*.[ch]' | tr '\n' ' ')
is "no file lies outside a wing" "$bad" ""
# a rule that cannot fail proves nothing: a made-up include is caught
mkdir -p "$TMP/lib/model"
printf '#include "exec/exec.h"\n' >"$TMP/lib/model/x.c"
inc=$(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$TMP/lib/model/x.c")
case " $(allowed model) " in *" ${inc%%/*} "*) r=1 ;; *) r=0 ;; esac
ok $r "the check refuses model -> exec"
done_testing
