#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
"""Writes the hostile REFI-QDA archives the import tests must refuse, next to this file.

Kept in the repository as made; run again only to change them. declared-huge-entry.qdpx
is not made here: fuzz_refiqda_archive found it (a zip whose headers ask for 2 GiB).
"""
import pathlib
import zipfile

HERE = pathlib.Path(__file__).parent
PROJECT = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="hostile">
  <Sources>
    <TextSource guid="11111111-1111-1111-1111-111111111111" name="a.txt" plainTextPath="internal://a.txt">
      <PlainTextSelection guid="22222222-2222-2222-2222-222222222222" startPosition="0" endPosition="5"/>
    </TextSource>
  </Sources>
</Project>
"""


def archive(name, entries):
    with zipfile.ZipFile(HERE / name, "w", zipfile.ZIP_DEFLATED) as out:
        for entry, data in entries:
            out.writestr(entry, data)


archive("zip-slip.qdpx", [("project.qde", PROJECT), ("sources/a.txt", "Hello world"), ("../../evil.txt", "escaped")])
archive("absolute-path.qdpx", [("project.qde", PROJECT), ("sources/a.txt", "Hello world"), ("/tmp/evil.txt", "escaped")])
LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE Project [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol4;"/>
"""
archive("entity-expansion.qdpx", [("project.qde", LAUGHS)])
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE Project [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&secret;"/>
"""
archive("external-entity.qdpx", [("project.qde", EXTERNAL)])
archive("good.qdpx", [("project.qde", PROJECT), ("sources/a.txt", "Hello world")])
whole = (HERE / "good.qdpx").read_bytes()
(HERE / "truncated.qdpx").write_bytes(whole[: len(whole) // 2])
(HERE / "good.qdpx").unlink()
