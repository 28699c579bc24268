// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// Not built: a tr() without a context, which check-translatable.py must find.
QString message()
{
    return QObject::tr("The library cannot be read.");
}
