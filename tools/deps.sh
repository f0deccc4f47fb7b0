#!/bin/sh
# Installs the Debian packages the build and the tests need, when some are
# missing and we run as root; otherwise says what to install.  Called by
# `make deps` (and so by `make demo` and `make test`).
set -u

pkgs="make gcc libc6-dev perl groff-base libpcre2-dev libunistring-dev libopenblas-dev zlib1g-dev glslc libvulkan-dev mesa-vulkan-drivers"
missing=
for p in $pkgs; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)
	case "$st" in
	*" installed") ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q >&2 && apt-get install -y -q --no-install-recommends $missing >&2 && exit 0
	echo "deps: apt-get install$missing failed" >&2
	exit 1
fi
echo "deps: missing Debian packages:$missing (run as root, or: sudo apt-get install$missing)" >&2
exit 1
