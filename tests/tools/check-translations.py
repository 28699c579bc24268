#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
"""Fails when the translation catalogues are not what lupdate makes of the sources.

lupdate is run on core/, app/ and ui/ into a scratch catalogue, and its messages are set
against those of each catalogue in TS_DIR: a string the sources have and a catalogue
lacks is never offered to translators, and one a catalogue keeps that the sources lost
is work for nothing. The order of messages and the line numbers are left out, as the
catalogues have no locations (-locations none).

A tr() that lupdate cannot tie to a class ("lacks Q_OBJECT macro") fails too: lupdate
then files the string under another context than the one the program asks for, and the
translation is never found.

The plural catalogue (parallax_en.ts, made with lconvert -pluralonly) holds only the
strings counted with %n.

Usage: check-translations.py LUPDATE SOURCE_DIR TS_DIR
Run `cmake --build build/dev --target update_translations` to bring the catalogues up to date.
"""
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree


def messages_of(path: pathlib.Path, plurals_only=False):
    found = set()
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            if plurals_only and not numerus:
                continue
            found.add((name, message.findtext("source"), message.findtext("comment") or "", numerus))
    return found


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    lupdate, source_dir, ts_dir = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    folders = [name for name in ("core", "app", "ui") if (source_dir / name).is_dir()]
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = pathlib.Path(scratch) / "fresh.ts"
        run = subprocess.run(
            [lupdate, "-no-obsolete", "-locations", "none", "-extensions", "cpp,h", *folders, "-ts", str(fresh)],
            cwd=source_dir, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"lupdate failed:\n{run.stdout}{run.stderr}")
        for line in (run.stdout + run.stderr).splitlines():
            if "lacks Q_OBJECT" in line:
                problems.append(f"{line.strip()}: its strings get the wrong context; give the class Q_DECLARE_TR_FUNCTIONS")
        expected = messages_of(fresh)
    catalogues = sorted(ts_dir.glob("*.ts"))
    if not catalogues:
        problems.append(f"no catalogue in {ts_dir}")
    for catalogue in catalogues:
        plurals_only = catalogue.name.endswith("_en.ts")
        wanted = {message for message in expected if message[3]} if plurals_only else expected
        have = messages_of(catalogue, plurals_only)
        for context, source, _, _ in sorted(wanted - have):
            problems.append(f"{catalogue.name}: missing {context}: {source!r}")
        for context, source, _, _ in sorted(have - wanted):
            problems.append(f"{catalogue.name}: no longer in the sources: {context}: {source!r}")
    for problem in problems:
        print(problem)
    print(f"{len(expected)} strings, {len(catalogues)} catalogues, {len(problems)} problems")
    if problems:
        print("Run `cmake --build build/dev --target update_translations` to update the catalogues.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
