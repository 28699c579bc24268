// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "readerview.h"

#include "textsegmenter.h"

#include <QStringTokenizer>

using namespace Qt::StringLiterals;

namespace Parallax
{

ReaderView::ReaderView(const QString &text)
    : m_text(text)
    , m_junk(TextSegmenter::boilerplate(text))
{
}

ReaderView::ReaderView(const Document &document)
    : m_text(document.text)
    , m_junk(TextSegmenter::boilerplate(document.text, document.furniture))
{
}

QString ReaderView::body() const
{
    QString kept;
    kept.reserve(m_text.size());
    qsizetype position = 0;
    for (const TextRange &junk : m_junk) {
        kept += QStringView(m_text).mid(position, junk.start - position);
        position = std::max(position, junk.end);
    }
    kept += QStringView(m_text).mid(position);
    // What the junk leaves behind: lines with nothing on them, runs of blank lines. The
    // blocks are copied straight into the body, one blank line apart.
    QString body;
    body.reserve(kept.size());
    for (const QStringView line : qTokenize(QStringView(kept), u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!body.isEmpty())
            body += u"\n\n"_s;
        body += trimmed;
    }
    return body;
}

} // namespace Parallax
