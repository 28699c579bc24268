#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
"""Runs a command, its output thrown away, and prints its wall time, CPU time in user
space and peak memory (as getrusage reports them for a child), for tests/bench/RESULTS.md:

    tools/dev exec python3 tests/tools/measure.py build/release/bin/parallax extract build/huge.html
"""
import resource
import subprocess
import sys
import time


def main(command):
    started = time.monotonic()
    finished = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"wall {time.monotonic() - started:.3f} s, user {usage.ru_utime:.3f} s, "
          f"peak {usage.ru_maxrss / 1024:.0f} MB, exit {finished.returncode}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
