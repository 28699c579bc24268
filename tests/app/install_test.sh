#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary prefix and checks that the installed program
# starts, finds its bundled corpus and renders a screenshot.
set -euo pipefail
cmake="$1" build="$2"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT

"$cmake" --install "$build" --prefix "$prefix" >/dev/null
for file in bin/parallax share/applications/org.parallax.Parallax.desktop \
    share/metainfo/org.parallax.Parallax.metainfo.xml \
    share/icons/hicolor/scalable/apps/org.parallax.Parallax.svg; do
    [[ -f "$prefix/$file" ]] || { echo "not installed: $file" >&2; exit 1; }
done
count=$(find "$prefix/share/parallax/corpus" -name '*.md' | wc -l)
[[ "$count" -eq 4 ]] || { echo "expected 4 corpus articles, found $count" >&2; exit 1; }

output=$(cd "$prefix" && HOME="$prefix" XDG_CONFIG_HOME="$prefix/config" QT_QPA_PLATFORM=offscreen \
    "$prefix/bin/parallax" --screenshot "$prefix/shot.png" 2>&1)
echo "$output"
[[ "$output" == *"4 articles from $prefix/share/parallax/corpus"* ]] || { echo "the installed program did not load its corpus" >&2; exit 1; }
[[ -s "$prefix/shot.png" ]] || { echo "no screenshot" >&2; exit 1; }
echo "installed program works"
