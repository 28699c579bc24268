// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringView>

namespace Parallax
{

/**
 * Writes indented JSON as it goes, for documents too large to hold twice: a W3C
 * annotation collection of 100,000 annotations built as one QJsonDocument took four
 * times its size in memory. Objects given whole (QJsonObject) have their keys in the
 * order a person reads JSON-LD: "@context", "id", "type" first, then the known terms
 * in a sensible order, then the rest alphabetically (QJsonDocument sorts them all).
 *
 * The caller opens and closes objects and arrays in matching pairs; members of an open
 * object appear in the order they are written.
 */
class JsonLdWriter final
{
public:
    /// Opens an object: the document itself, an element of the open array, or (with
    /// KEY) a member of the open object.
    void openObject(QStringView key = {});
    /// Opens an array, in the same places.
    void openArray(QStringView key = {});
    /// Closes the object or array opened last.
    void close();
    /// A member of the open object.
    void member(QStringView key, const QJsonValue &value);
    /// An element of the open array.
    void element(const QJsonValue &value);

    /// The document, once everything opened is closed.
    QByteArray take();

private:
    void beginItem(QStringView key);
    void open(bool isObject);
    void writeValue(const QJsonValue &value);
    void writeString(QStringView text);
    void newLine();

    struct Level {
        bool isObject;
        bool empty = true;
    };
    QByteArray m_out;
    QList<Level> m_open;
};

} // namespace Parallax
