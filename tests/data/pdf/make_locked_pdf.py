#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
"""Writes locked.pdf: a one-page PDF that opens only with the user password "letmein".

It is encrypted as PDF 1.4's standard security handler does it (revision 2, RC4 with
a 40-bit key; ISO 32000-1, 7.6.3), so that any reader, Poppler included, asks for the
password. Qt's PDF writer cannot encrypt, and no encrypting tool is among the build
dependencies, so the file is committed; run this script to make it again.
"""
import hashlib
import pathlib
import struct

PADDING = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
USER_PASSWORD = b"letmein"
OWNER_PASSWORD = b"parallax-owner"
PERMISSIONS = -4  # every permission granted: only opening needs the password
FILE_ID = b"Parallax locked!"  # 16 bytes, as a PDF file identifier is


def rc4(key, data):
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def padded(password):
    return (password + PADDING)[:32]


def owner_entry():  # algorithm 3
    key = hashlib.md5(padded(OWNER_PASSWORD)).digest()[:5]
    return rc4(key, padded(USER_PASSWORD))


def file_key(owner):  # algorithm 2
    digest = hashlib.md5(padded(USER_PASSWORD) + owner + struct.pack("<i", PERMISSIONS) + FILE_ID)
    return digest.digest()[:5]


def object_key(key, number, generation=0):  # algorithm 1
    salt = struct.pack("<i", number)[:3] + struct.pack("<i", generation)[:2]
    return hashlib.md5(key + salt).digest()[: len(key) + 5]


def hex_string(data):
    return b"<" + data.hex().upper().encode() + b">"


def main():
    owner = owner_entry()
    key = file_key(owner)
    user = rc4(key, PADDING)  # algorithm 4
    content = b"BT /F1 12 Tf 72 720 Td (This text is behind a password.) Tj ET"
    encrypted = rc4(object_key(key, 4), content)
    title = rc4(object_key(key, 6), b"Locked report")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(encrypted) + encrypted + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title " + hex_string(title) + b" >>",
        b"<< /Filter /Standard /V 1 /R 2 /O " + hex_string(owner) + b" /U " + hex_string(user) + b" /P %d >>" % PERMISSIONS,
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        pdf += b"%010d 00000 n \n" % offset
    pdf += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /Encrypt 7 0 R /ID [" % (len(objects) + 1)
    pdf += hex_string(FILE_ID) * 2 + b"] >>\nstartxref\n%d\n%%%%EOF\n" % xref
    pathlib.Path(__file__).with_name("locked.pdf").write_bytes(bytes(pdf))


if __name__ == "__main__":
    main()
