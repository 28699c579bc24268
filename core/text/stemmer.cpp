// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "stemmer.h"

#include <QSet>

#include <libstemmer.h>

using namespace Qt::StringLiterals;

namespace Parallax
{

void Stemmer::Deleter::operator()(sb_stemmer *stemmer) const
{
    sb_stemmer_delete(stemmer);
}

Stemmer::Stemmer()
    : m_stemmer(sb_stemmer_new("english", "UTF_8"))
{
    Q_ASSERT_X(m_stemmer, "Stemmer", "libstemmer has no English stemmer");
}

Stemmer::~Stemmer() = default;

QString Stemmer::stem(QStringView lowerCaseWord) const
{
    if (!m_stemmer)
        return lowerCaseWord.toString();
    const QByteArray utf8 = lowerCaseWord.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(m_stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed) // out of memory: the word itself is a usable fallback
        return lowerCaseWord.toString();
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer.get()));
}

bool Stemmer::isStopWord(QStringView lowerCaseWord)
{
    // Snowball's English stop word list (snowballstem.org/algorithms/english/stop.txt).
    static const QStringList words
        = u"i me my myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they "
          u"them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did "
          u"doing would should could ought i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll "
          u"you'll he'll she'll we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't "
          u"can't cannot couldn't mustn't let's that's who's what's here's there's when's where's why's how's a an the and but if or because as until "
          u"while of at by for with about against between into through during before after above below to from up down in out on off over under "
          u"again further then once here there when where why how all any both each few more most other some such no nor not only own same so than "
          u"too very s t can will just don should now"_s.split(u' ');
    // Views into the list above, so that a lookup needs no copy of the word: this runs
    // for every token of every document.
    static const QSet<QStringView> stopWords = [] {
        QSet<QStringView> set;
        for (const QString &word : words)
            set.insert(QStringView(word));
        return set;
    }();
    return stopWords.contains(lowerCaseWord);
}

} // namespace Parallax
