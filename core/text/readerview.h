// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "document.h"
#include "textrange.h"

#include <QList>
#include <QString>

namespace Parallax
{

/**
 * The article as a reader view shows it: a document's text without what the page put
 * around it (menus, teasers, cookie notices, sharing links), which BoilerplateDetector
 * marks. The document itself keeps every word; this is a view of it.
 */
class ReaderView final
{
public:
    explicit ReaderView(const QString &text);
    /// DOCUMENT's furniture is left out too.
    explicit ReaderView(const Document &document);

    /// The article's text: each line that is not page junk, blank lines between blocks
    /// kept single.
    QString body() const;
    /// The page junk, sorted and disjoint.
    const QList<TextRange> &junk() const { return m_junk; }

private:
    QString m_text;
    QList<TextRange> m_junk;
};

} // namespace Parallax
