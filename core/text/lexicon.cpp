// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "lexicon.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

using namespace Qt::StringLiterals;

namespace Parallax::Lexicon
{

namespace
{

QStringList readLines(const char *name)
{
    QFile file(u":/parallax/lexicon/%1.txt"_s.arg(QLatin1StringView(name)));
    // A missing list is a build error, not something a user can mend.
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Parallax: the word list %s is not compiled in", name);
    QStringList lines;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        QString line = QString::fromUtf8(raw);
        const qsizetype comment = line.indexOf(u'#');
        if (comment >= 0)
            line.truncate(comment);
        line = line.simplified();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

// Lists are read once, from any thread (comparisons run on workers).
template<typename T>
const T &cached(const char *name, T (*make)(const char *))
{
    static QMutex mutex;
    static QHash<QByteArray, std::shared_ptr<const T>> lists;
    const QMutexLocker lock(&mutex);
    auto found = lists.constFind(QByteArray::fromRawData(name, qstrlen(name)));
    if (found == lists.cend())
        found = lists.insert(QByteArray(name), std::make_shared<const T>(make(name)));
    return **found;
}

QSet<QString> makeSet(const char *name)
{
    const QStringList &entries = list(name);
    return QSet<QString>(entries.cbegin(), entries.cend());
}

QHash<QString, QString> makeMap(const char *name)
{
    QHash<QString, QString> map;
    for (const QString &line : list(name)) {
        const qsizetype colon = line.indexOf(u':');
        const QString key = line.left(colon).trimmed();
        map.insert(key, key);
        if (colon < 0)
            continue;
        // Values are words, or phrases between "|" where a value has spaces.
        const QString values = line.mid(colon + 1);
        const QStringList entries = values.contains(u'|') ? values.split(u'|') : values.split(u' ', Qt::SkipEmptyParts);
        for (const QString &value : entries) {
            if (!value.trimmed().isEmpty())
                map.insert(value.trimmed(), key);
        }
    }
    return map;
}

} // namespace

const QStringList &list(const char *name)
{
    return cached<QStringList>(name, readLines);
}

const QSet<QString> &set(const char *name)
{
    return cached<QSet<QString>>(name, makeSet);
}

const QHash<QString, QString> &map(const char *name)
{
    return cached<QHash<QString, QString>>(name, makeMap);
}

} // namespace Parallax::Lexicon
