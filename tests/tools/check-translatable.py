#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
"""Fails when a string the user reads cannot be translated.

Two kinds of mistake are looked for in the sources of core/, ui/ and app/:
- tr() without a context (QObject::tr), which lupdate files under "QObject", where no
  translator looks for the string;
- a text given to a widget, an action, a dialog or the status and message bars as a bare
  literal ("Save", u"Save"_s, QStringLiteral("Save")) instead of through tr().

Usage: check-translatable.py SOURCE_DIR
"""
import pathlib
import re
import sys

# Calls whose first text argument the user reads.
USER_VISIBLE = (
    "setText|setToolTip|setStatusTip|setWhatsThis|setWindowTitle|setPlaceholderText|setLabelText|"
    "setAccessibleName|setAccessibleDescription|showMessage|showError|showWarning|setInformativeText|"
    "addMenu|addItem|setTabText|setHorizontalHeaderLabels|QAction|QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QDockWidget"
)
BARE_LITERAL = re.compile(
    r"\b(?:" + USER_VISIBLE + r")\s*\((?:[^()\"]*?,\s*)?(?:ThemedIcon::named\([^()]*\),\s*)?"
    r"(?:u?\"(?P<text>[^\"]*)\"(?:_s|_L1)?|QStringLiteral\(\"(?P<literal>[^\"]*)\"\))"
)
CONTEXTLESS = re.compile(r"\bQObject::tr\(")
# Literals that carry no words: "", separators, symbols.
WORDLESS = re.compile(r"^[^A-Za-z]*$")


def problems_in(path: pathlib.Path, root: pathlib.Path):
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        where = f"{path.relative_to(root)}:{number}"
        if CONTEXTLESS.search(line):
            yield f"{where}: QObject::tr() has no context; use the class's tr() (Q_DECLARE_TR_FUNCTIONS) or QCoreApplication::translate()"
        if path.relative_to(root).parts[0] == "core":
            continue  # no widgets there
        for match in BARE_LITERAL.finditer(line):
            literal = match.group("text") if match.group("text") is not None else match.group("literal")
            if not WORDLESS.match(literal):
                yield f"{where}: \"{literal}\" is shown to the user but not translatable; wrap it in tr()"


def main() -> int:
    root = pathlib.Path(sys.argv[1]).resolve()
    sources = [p for folder in ("core", "ui", "app") for p in sorted((root / folder).rglob("*.cpp"))]
    if not sources:
        print(f"no sources under {root}", file=sys.stderr)
        return 2
    found = [problem for path in sources for problem in problems_in(path, root)]
    for problem in found:
        print(problem)
    print(f"{len(sources)} files read, {len(found)} untranslatable strings")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
