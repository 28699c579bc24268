#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
"""Writes the generated 50 MB page that tests/bench/RESULTS.md times `parallax extract`
on: a menu, a box of related stories, then paragraphs of one story until the page holds
50 MiB.

    python3 tests/tools/make-huge-page.py build/huge.html
"""
import sys

SIZE = 50 * 1024 * 1024


def main(path):
    with open(path, "w", encoding="utf-8") as page:
        written = page.write(
            '<html><head><title>Huge</title></head><body><nav><a href="/">Home</a></nav>'
            '<div class="story"><div class="related"><ul><li><a href="/x0">Teaser 0 of another story</a>'
            "</li></ul></div>\n")
        number = 1
        while written < SIZE:
            written += page.write(
                f"<p>Paragraph {number}: rescuers searched the rubble of the mosque, the school "
                "and the market through the night, officials said.</p>\n")
            number += 1
        page.write("</div></body></html>\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
