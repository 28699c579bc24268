// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QString>
#include <QStringView>

#include <memory>

struct sb_stemmer;

namespace Parallax
{

/**
 * English word stems through Snowball (libstemmer), and English stop words.
 * One instance is not thread-safe; make one per thread.
 */
class Stemmer final
{
public:
    Stemmer();
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    /// The stem of a lower-case word: "nations" → "nation", "developing" → "develop".
    QString stem(QStringView lowerCaseWord) const;

    /// Function words that carry no content ("the", "of", "has"), from Snowball's
    /// English stop word list.
    static bool isStopWord(QStringView lowerCaseWord);

private:
    struct Deleter {
        void operator()(sb_stemmer *stemmer) const;
    };
    std::unique_ptr<sb_stemmer, Deleter> m_stemmer;
};

} // namespace Parallax
