#!/usr/bin/env python3
"""Scores `parallax compare` on the hand-labelled pairs of real reports
(tests/data/news-pairs) with score-compare.py, and fails when a rate falls below its floor.

Usage: check-news-pairs.py PARALLAX [--agree R] [--conflict R] [--compatible R]
                            [--only R] [--false-per-10-pairs N]
The floors are the rates reached so far (tests/bench/RESULTS.md): the test guards them
while the engine climbs towards the targets of issue 14."""
import argparse, glob, os, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "..", "data", "news-pairs")
parser = argparse.ArgumentParser()
parser.add_argument("parallax")
for name, default in (("agree", 0.0), ("conflict", 0.0), ("compatible", 0.0), ("only", 0.0)):
    parser.add_argument("--" + name, type=float, default=default)
parser.add_argument("--false-per-10-pairs", type=float, default=1.0)
args = parser.parse_args()

golds = sorted(glob.glob(os.path.join(data, "gold-*.json")))
run = subprocess.run([sys.executable, os.path.join(here, "score-compare.py"), *golds, "--", args.parallax, "compare"],
                     capture_output=True, text=True)
print(run.stdout, end="")
if run.returncode != 0:
    sys.exit(f"score-compare.py failed: {run.stderr}")
summary = run.stdout.strip().splitlines()[-1]
rates = {k: (int(a), int(b)) for k, a, b in re.findall(r"(agree|conflicts|compatible|only_a|only_b) (\d+)/(\d+)", summary)}
false_conflicts = int(re.search(r"false conflicts (\d+)", summary).group(1))
failed_runs = int(re.search(r"failed runs (\d+)", summary).group(1))
pairs = sum(1 for line in run.stdout.splitlines() if " vs " in line)

def rate(*keys):
    hit = sum(rates[k][0] for k in keys); total = sum(rates[k][1] for k in keys)
    return hit / total if total else 1.0

problems = []
for label, keys, floor in (("agreements", ("agree",), args.agree), ("conflicts", ("conflicts",), args.conflict),
                           ("compatible", ("compatible",), args.compatible), ("one side only", ("only_a", "only_b"), args.only)):
    if rate(*keys) < floor:
        problems.append(f"{label} found {rate(*keys):.0%}, below the floor of {floor:.0%}")
if false_conflicts > args.false_per_10_pairs * pairs / 10:
    problems.append(f"{false_conflicts} false conflicts in {pairs} pairs, more than {args.false_per_10_pairs} per 10 pairs")
if failed_runs:
    problems.append(f"{failed_runs} runs of parallax compare failed")
for problem in problems:
    print("FAIL:", problem)
sys.exit(1 if problems else 0)
