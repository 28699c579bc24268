#!/usr/bin/env python3
"""Lists every conflict `parallax compare` reports on each pair of reports of one topic in
tests/data/news-pairs, labelled or not: one line per conflict. Run it before and after a
change to the engine and diff the two lists; a new line on a pair the gold does not label
is most often a false conflict that the scores cannot see.

Usage: list-conflicts.py PARALLAX"""
import glob, itertools, json, os, subprocess, sys

data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "news-pairs")
for topic in sorted(glob.glob(os.path.join(data, "*", ""))):
    for a, b in itertools.combinations(sorted(glob.glob(os.path.join(topic, "*.txt"))), 2):
        run = subprocess.run([sys.argv[1], "compare", a, b, "--format", "json"], capture_output=True, text=True, check=True)
        for claim in json.loads(run.stdout)["claims"]:
            if claim["status"] == "conflict":
                print(f"{os.path.basename(a)} {os.path.basename(b)} {claim['kind']} {claim['explanation']}")
