#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
"""Fails when a folder of core/ includes a header of a folder that comes after it in the
pipeline (text → import → compare → library → exchange, then the document layer and the web sources), or
when core includes ui/ or app/. The folders show the pipeline only as long as its
dependencies point one way.

usage: check-core-layers.py SOURCE_DIR
"""
import pathlib
import re
import sys

PIPELINE = ["text", "import", "compare", "library", "exchange", "document", "web"]
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.MULTILINE)


def main() -> int:
    core = pathlib.Path(sys.argv[1]) / "core"
    problems = []
    for path in sorted(core.rglob("*")):
        if path.suffix not in (".h", ".cpp"):
            continue
        folder = path.relative_to(core).parts[0]
        if folder not in PIPELINE:
            problems.append(f"{path}: outside the pipeline's folders {PIPELINE}")
            continue
        for included in INCLUDE.findall(path.read_text(encoding="utf-8")):
            parts = included.split("/")
            if parts[0] in ("ui", "app"):
                problems.append(f"{path}: includes {included}: core never uses the {parts[0]} layer")
            elif parts[0] == "core" and len(parts) > 2 and parts[1] in PIPELINE:
                if PIPELINE.index(parts[1]) > PIPELINE.index(folder):
                    problems.append(f"{path}: includes {included}, which comes after {folder}/ in the pipeline")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} include(s) against the pipeline's direction")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
