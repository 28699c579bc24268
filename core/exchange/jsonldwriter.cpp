// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "jsonldwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

constexpr int IndentWidth = 4;

// The rank of KEY among the Web Annotation terms, in the order a reader wants them;
// anything else ranks after them.
int rankOf(const QString &key)
{
    static const QHash<QString, int> ranks = [] {
        const QStringList order = {u"@context"_s,
            u"id"_s,
            u"type"_s,
            u"label"_s,
            u"motivation"_s,
            u"purpose"_s,
            u"format"_s,
            u"value"_s,
            u"exact"_s,
            u"prefix"_s,
            u"suffix"_s,
            u"start"_s,
            u"end"_s,
            u"name"_s,
            u"total"_s,
            u"partOf"_s,
            u"startIndex"_s,
            u"created"_s,
            u"modified"_s,
            u"generated"_s,
            u"creator"_s,
            u"generator"_s,
            u"body"_s,
            u"target"_s,
            u"source"_s,
            u"selector"_s};
        QHash<QString, int> byKey;
        for (qsizetype i = 0; i < order.size(); ++i)
            byKey.insert(order.at(i), int(i));
        return byKey;
    }();
    return ranks.value(key, int(ranks.size()));
}

// OBJECT's keys as written: by rank, then alphabetically (keys() comes sorted).
QList<std::pair<int, QString>> orderedKeys(const QJsonObject &object)
{
    QList<std::pair<int, QString>> keys;
    keys.reserve(object.size());
    for (const QString &key : object.keys())
        keys.append({rankOf(key), key});
    std::stable_sort(keys.begin(), keys.end(), [](const auto &x, const auto &y) {
        return x.first < y.first;
    });
    return keys;
}

} // namespace

void JsonLdWriter::newLine()
{
    m_out += '\n';
    m_out += QByteArray(m_open.size() * IndentWidth, ' ');
}

void JsonLdWriter::beginItem(QStringView key)
{
    if (m_open.isEmpty())
        return; // the document itself
    Level &level = m_open.last();
    Q_ASSERT(level.isObject != key.isEmpty());
    if (!level.empty)
        m_out += ',';
    level.empty = false;
    newLine();
    if (level.isObject) {
        writeString(key);
        m_out += ": ";
    }
}

void JsonLdWriter::open(bool isObject)
{
    m_out += isObject ? '{' : '[';
    m_open.append(Level {isObject});
}

void JsonLdWriter::openObject(QStringView key)
{
    beginItem(key);
    open(true);
}

void JsonLdWriter::openArray(QStringView key)
{
    beginItem(key);
    open(false);
}

void JsonLdWriter::close()
{
    Q_ASSERT(!m_open.isEmpty());
    const Level level = m_open.takeLast();
    if (!level.empty)
        newLine();
    m_out += level.isObject ? '}' : ']';
}

void JsonLdWriter::member(QStringView key, const QJsonValue &value)
{
    beginItem(key);
    writeValue(value);
}

void JsonLdWriter::element(const QJsonValue &value)
{
    beginItem({});
    writeValue(value);
}

QByteArray JsonLdWriter::take()
{
    Q_ASSERT(m_open.isEmpty());
    m_out += '\n';
    return std::exchange(m_out, {});
}

void JsonLdWriter::writeValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        open(true);
        for (const auto &[rank, key] : orderedKeys(object))
            member(key, object.value(key));
        close();
        break;
    }
    case QJsonValue::Array:
        open(false);
        for (const QJsonValue &each : value.toArray())
            element(each);
        close();
        break;
    case QJsonValue::String:
        writeString(value.toString());
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto whole = qint64(number);
        m_out += double(whole) == number ? QByteArray::number(whole) : QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        break;
    }
    case QJsonValue::Bool:
        m_out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        m_out += "null";
        break;
    }
}

void JsonLdWriter::writeString(QStringView text)
{
    // As RFC 8259 asks: quote, backslash and control characters escaped; the rest UTF-8.
    m_out += '"';
    qsizetype plainFrom = 0;
    const auto flushPlain = [&](qsizetype upTo) {
        m_out += text.sliced(plainFrom, upTo - plainFrom).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flushPlain(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            m_out += "\\\"";
            break;
        case u'\\':
            m_out += "\\\\";
            break;
        case u'\n':
            m_out += "\\n";
            break;
        case u'\r':
            m_out += "\\r";
            break;
        case u'\t':
            m_out += "\\t";
            break;
        case u'\b':
            m_out += "\\b";
            break;
        case u'\f':
            m_out += "\\f";
            break;
        default:
            m_out += "\\u00" + QByteArray::number(int(c), 16).rightJustified(2, '0');
        }
    }
    flushPlain(text.size());
    m_out += '"';
}

} // namespace Parallax
