#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
#
# Installs the Debian package as a user does: CPack makes it from the build, apt
# installs it into a fresh Debian 13 root and resolves its dependencies from the
# archive, and the installed program then shows its version, compares two articles of
# its corpus, reads a PDF, and renders its window headless.
#
# Needs root (debootstrap, chroot, a mount namespace) and the Debian archive; without
# root or debootstrap it is skipped (exit 77). The minimal root debootstrap makes is kept
# in $PARALLAX_PACKAGE_TEST_CACHE (default ~/.cache/parallax-package-test) and copied for
# each run, so that only the first run downloads it.
#
# Usage: package_test.sh CPACK BUILD_DIR SOURCE_DIR
set -euo pipefail
cpack="$1" build="$2" source="$3"
suite="${PARALLAX_SUITE:-trixie}"
mirror="${PARALLAX_MIRROR:-http://deb.debian.org/debian}"
cache="${PARALLAX_PACKAGE_TEST_CACHE:-$HOME/.cache/parallax-package-test}"

if [[ $EUID -ne 0 ]] || ! command -v debootstrap >/dev/null || ! command -v unshare >/dev/null; then
    echo "skipped: installing a package into a fresh root needs root rights, debootstrap and unshare"
    exit 77
fi

work="$(mktemp -d)"
# --one-file-system: should a mount of the root outlive its namespace, /dev is not emptied.
trap 'rm -rf --one-file-system "$work"' EXIT

echo "== making the package"
"$cpack" --config "$build/CPackConfig.cmake" -B "$work/package" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
package="$(ls "$work"/package/*.deb)"
dpkg-deb --info "$package" | sed -n '/Package:/,$p'

echo "== a fresh Debian root ($suite)"
if [[ ! -f "$cache/base/etc/debian_version" ]]; then
    rm -rf "$cache/base.new"
    mkdir -p "$cache"
    debootstrap --variant=minbase "$suite" "$cache/base.new" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        { tail -n 20 "$work/debootstrap.log"; echo "debootstrap failed: is $mirror reachable?"; exit 1; }
    rm -rf "$cache/base" && mv "$cache/base.new" "$cache/base"
fi
root="$work/root"
cp -a "$cache/base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$package" "$root/tmp/parallax.deb"
cp "$source/tests/fuzz/seeds/pdf/council-budget.pdf" "$root/tmp/"

# Runs a shell script in the root, with /dev, /proc and /sys mounted in a namespace of
# its own, so that nothing stays mounted when it ends. Its mounts are private to it;
# inside a chroot (the build root), "/" is no mount point whose propagation could be
# set, and the namespace it runs in is a private one already.
propagation=private
unshare --mount --propagation private true 2>/dev/null || propagation=unchanged
in_root() {
    unshare --mount --propagation "$propagation" -- sh -euc '
        root=$1; shift
        mount --rbind /dev "$root/dev"; mount -t proc proc "$root/proc"; mount --rbind /sys "$root/sys"
        exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/home LANG=C.UTF-8 /bin/sh -euc "$1"
    ' sh "$root" "$1"
}

echo "== apt installs the package and what it depends on"
in_root 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/parallax.deb' \
    >"$work/apt.log" 2>&1 || { tail -n 30 "$work/apt.log"; echo "apt could not install the package"; exit 1; }
grep -E "^Setting up parallax" "$work/apt.log"

echo "== the installed program"
version="$(in_root 'parallax --version')"
echo "$version"
[[ "$version" == "parallax 0.1.0"* ]] || { echo "unexpected version line: $version"; exit 1; }

compared="$(in_root 'parallax compare /usr/share/parallax/corpus/000-russia-plans-to-join-china.md /usr/share/parallax/corpus/001-russia-collaborates-with-brics.md --format json')"
[[ "$compared" == *'"claims"'* ]] || { echo "compare printed no claims: $compared"; exit 1; }
echo "compare: $(grep -c '"status"' <<<"$compared") claims"

extracted="$(in_root 'parallax extract /tmp/council-budget.pdf')"
[[ "$extracted" == *"The council approved 12 new schools"* ]] || { echo "the PDF was not read: $extracted"; exit 1; }
echo "extract: the PDF module reads a PDF"

in_root 'mkdir -p /tmp/home && QT_QPA_PLATFORM=offscreen parallax --db /tmp/home/library.sqlite --screenshot /tmp/shot.png'
[[ "$(head -c 8 "$root/tmp/shot.png" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] || { echo "no PNG screenshot"; exit 1; }
cp "$root/tmp/shot.png" "$build/screenshots/installed-package.png" 2>/dev/null || true
echo "the package installs and works"
