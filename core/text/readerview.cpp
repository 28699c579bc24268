// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "readerview.h"

#include "textsegmenter.h"

#include <QStringList>

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
    QString body;
    body.reserve(m_text.size());
    qsizetype position = 0;
    for (const TextRange &junk : m_junk) {
        body += QStringView(m_text).mid(position, junk.start - position);
        position = std::max(position, junk.end);
    }
    body += QStringView(m_text).mid(position);
    // What the junk leaves behind: lines with nothing on them, runs of blank lines.
    QStringList blocks;
    for (const QStringView line : QStringView(body).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            blocks.append(trimmed.toString());
    }
    return blocks.join(u"\n\n"_s);
}

} // namespace Parallax
