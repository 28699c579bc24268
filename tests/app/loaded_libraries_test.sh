#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line loads only the libraries its command uses: `compare` and the library
# commands no GUI, PDF or highlighting library; reading a PDF loads Poppler's module (and
# the Qt GUI that Poppler-Qt6 links), nothing of the window. glibc's loader names every file it opens under LD_DEBUG=files.
set -euo pipefail
parallax="$1" data="$2" pdf_file="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
gui='libQt6Gui|libQt6Widgets|libKF6SyntaxHighlighting|parallax_gui'
window='libQt6Widgets|libKF6SyntaxHighlighting|parallax_gui' # Poppler-Qt6 itself links Qt GUI
pdf='libpoppler|parallax_pdfreader'

loaded() { LD_DEBUG=files "$@" 2>&1 >/dev/null | grep -oE 'file=[^ ]+' | sort -u || true; }

libraries=$(loaded "$parallax" --version)
[[ -n "$libraries" ]] || { echo "LD_DEBUG reported nothing: cannot check" >&2; exit 1; }
if grep -E "$gui|$pdf" <<<"$libraries"; then echo "--version loaded the above" >&2; exit 1; fi

a="$data/news-pairs/37/37_10ecbplus.txt" b="$data/news-pairs/37/37_6ecbplus.txt"
libraries=$(loaded "$parallax" compare "$a" "$b")
if grep -E "$gui|$pdf" <<<"$libraries"; then echo "compare loaded the above" >&2; exit 1; fi

libraries=$(loaded "$parallax" import --db "$work/library.sqlite" "$pdf_file")
grep -qE "$pdf" <<<"$libraries" || { echo "importing a PDF did not load the PDF module" >&2; exit 1; }
if grep -E "$window" <<<"$libraries"; then echo "importing a PDF loaded the above" >&2; exit 1; fi
"$parallax" import --db "$work/library.sqlite" "$pdf_file" >/dev/null
echo "each command loads what it uses"
