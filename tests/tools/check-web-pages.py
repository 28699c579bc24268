#!/usr/bin/env python3
"""Scores `parallax extract` on the saved web pages of tests/data/web-pages and fails when a
figure falls below its floor.

Usage: check-web-pages.py PARALLAX [--f1 R] [--precision R] [--recall R] [--title R]
                          [--byline R] [--published R] [--site R] [--keep DIR]

The body is scored with score-extraction.py (word 4-shingle F1 averaged over pages). A
metadata field is scored on the pages whose expected metadata has it:
- title: the same text, spaces aside;
- byline: the same names, case, punctuation and a leading "By" aside (one may hold the
  other: "Nicholas Kristof" / "By Nicholas Kristof, Opinion Columnist");
- published: the same day;
- site: the same name, case aside;
- readerable: whether the page is an article (no "not an article" warning), on every page.
The floors are the figures reached so far (tests/bench/RESULTS.md): the test guards them
while the extractor climbs towards the targets of issue 15."""
import argparse, html, json, os, re, subprocess, sys, tarfile, tempfile

here = os.path.dirname(os.path.abspath(__file__))
archive = os.path.join(here, "..", "data", "web-pages", "readability.tar.xz")
parser = argparse.ArgumentParser()
parser.add_argument("parallax")
for name in ("f1", "precision", "recall", "title", "byline", "published", "site", "readerable"):
    parser.add_argument("--" + name, type=float, default=0.0)
parser.add_argument("--keep", help="unpack the pages here and keep them (for looking at the worst)")
args = parser.parse_args()


def spaces(text):
    return " ".join(html.unescape(text or "").split())


def names(text):
    words = re.findall(r"\w+", spaces(text).lower())
    return " ".join(words[1:] if words[:1] == ["by"] else words)


def score(folder):
    pages = os.path.join(folder, "readability")
    sources = sorted(os.path.join(pages, name, "source.html") for name in os.listdir(pages)
                     if os.path.exists(os.path.join(pages, name, "source.html")))
    run = subprocess.run([args.parallax, "extract", *sources, "--format", "json"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"parallax extract failed ({run.returncode}): {run.stderr}")
    predictions = json.loads(run.stdout)
    prediction_file = os.path.join(folder, "predictions.json")
    with open(prediction_file, "w", encoding="utf-8") as out:
        json.dump(predictions, out)
    body = subprocess.run([sys.executable, os.path.join(here, "score-extraction.py"), prediction_file, pages],
                          capture_output=True, text=True)
    print(body.stdout, end="")
    if body.returncode != 0:
        sys.exit(f"score-extraction.py failed: {body.stderr}")
    figures = dict(zip(("f1", "precision", "recall"),
                       map(float, re.search(r"F1 ([\d.]+) precision ([\d.]+) recall ([\d.]+)", body.stdout).groups())))

    by_page = {os.path.basename(os.path.dirname(p["path"])): p for p in predictions}
    checks = {
        "title": ("title", lambda got, want: spaces(got) == spaces(want)),
        "byline": ("byline", lambda got, want: bool(names(got)) and (names(got) in names(want) or names(want) in names(got))),
        "published": ("publishedTime", lambda got, want: (got or "")[:10] == want[:10]),
        "site": ("siteName", lambda got, want: spaces(got).lower() == spaces(want).lower()),
    }
    for field, (expected_key, same) in checks.items():
        right, total, wrong = 0, 0, []
        for name, prediction in sorted(by_page.items()):
            with open(os.path.join(pages, name, "expected-metadata.json"), encoding="utf-8") as meta:
                want = json.load(meta).get(expected_key)
            if not want:
                continue
            total += 1
            if same(prediction.get(field), want):
                right += 1
            else:
                wrong.append(f"{name}: {prediction.get(field)!r} (expected {want!r})")
        figures[field] = right / total if total else 1.0
        print(f"{field}: {right}/{total} ({figures[field]:.0%})")
        for line in wrong[:5]:
            print("   ", line)
    right, wrong = 0, []
    for name, prediction in sorted(by_page.items()):
        with open(os.path.join(pages, name, "expected-metadata.json"), encoding="utf-8") as meta:
            want = bool(json.load(meta).get("readerable", True))
        got = not any("not an article" in warning for warning in prediction.get("warnings", []))
        if got == want:
            right += 1
        else:
            wrong.append(f"{name}: {got} (expected {want})")
    figures["readerable"] = right / len(by_page)
    print(f"readerable: {right}/{len(by_page)} ({figures['readerable']:.0%})")
    for line in wrong[:5]:
        print("   ", line)
    return figures


def unpack_and_score(folder):
    with tarfile.open(archive) as pages:
        pages.extractall(folder, filter="data") if hasattr(tarfile, "data_filter") else pages.extractall(folder)
    return score(folder)


if args.keep:
    os.makedirs(args.keep, exist_ok=True)
    figures = unpack_and_score(args.keep)
else:
    with tempfile.TemporaryDirectory() as folder:
        figures = unpack_and_score(folder)

problems = [f"{name} {figures[name]:.3f}, below the floor of {getattr(args, name):.3f}"
            for name in ("f1", "precision", "recall", "title", "byline", "published", "site", "readerable")
            if figures[name] < getattr(args, name)]
if problems:
    sys.exit("\n".join(problems))
