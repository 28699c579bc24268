// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "legacypins.h"

#include <QCryptographicHash>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Parallax::LegacyPins
{

namespace
{

QString contentKey(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString settingsKey(const QString &first, const QString &second)
{
    return u"Pins/"_s + contentKey(first) + u'-' + contentKey(second);
}

// "start,end,start,end" per pin; positions are UTF-16 offsets into the two texts.
QList<PinnedPassage> decode(const QStringList &encoded, bool swapped)
{
    QList<PinnedPassage> pins;
    for (const QString &entry : encoded) {
        const QStringList numbers = entry.split(u',');
        if (numbers.size() != 4)
            continue;
        PinnedPassage pin {{numbers.at(0).toLongLong(), numbers.at(1).toLongLong()}, {numbers.at(2).toLongLong(), numbers.at(3).toLongLong()}};
        if (swapped)
            std::swap(pin.a, pin.b);
        pins.append(pin);
    }
    return pins;
}

} // namespace

QList<PinnedPassage> load(const QString &textA, const QString &textB)
{
    QSettings settings;
    // Asked at every comparison: without any pins left in the settings, skip hashing the texts.
    if (!settings.childGroups().contains(u"Pins"_s))
        return {};
    const QString key = settingsKey(textA, textB);
    if (settings.contains(key))
        return decode(settings.value(key).toStringList(), false);
    return decode(settings.value(settingsKey(textB, textA)).toStringList(), true);
}

void forget(const QString &textA, const QString &textB)
{
    QSettings settings;
    settings.remove(settingsKey(textA, textB));
    settings.remove(settingsKey(textB, textA));
}

} // namespace Parallax::LegacyPins
