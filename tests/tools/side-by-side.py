#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
"""Times `parallax compare A B` and `git diff --no-index --word-diff A B` side by side in
one run (21 runs each, median and fastest), and `parallax --version`, for the process
target of tests/bench/RESULTS.md:

    tools/dev exec python3 tests/tools/side-by-side.py build/release/bin/parallax A B
"""
import statistics
import subprocess
import sys
import time


def timed(command, runs=21):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times)


def main(parallax, a, b):
    for name, command in (("parallax compare", [parallax, "compare", a, b]),
                          ("git diff --word-diff", ["git", "diff", "--no-index", "--word-diff", a, b]),
                          ("parallax --version", [parallax, "--version"])):
        median, fastest = timed(command)
        print(f"{name}: median {median:.1f} ms, fastest {fastest:.1f} ms")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
