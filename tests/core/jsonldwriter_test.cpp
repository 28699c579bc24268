// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// The streaming JSON writer of the W3C export: valid JSON that reads back the same,
// with JSON-LD's keys first.
#include <core/exchange/jsonldwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

// VALUE as the only element of a document that is an array.
QByteArray written(const QJsonValue &value)
{
    JsonLdWriter writer;
    writer.openArray();
    writer.element(value);
    writer.close();
    return writer.take();
}

} // namespace

TEST(JsonLdWriter, writesJsonThatReadsBackTheSame_whateverTheStringsHold)
{
    const QJsonObject value {
        {u"quote"_s, u"He said \"no\" \\ then\nleft\ttoday\r\x01\x1f — café 🎉"_s},
        {u"empty"_s, QString()},
        {u"start"_s, 1377},
        {u"big"_s, qint64(1) << 52},
        {u"ratio"_s, 0.125},
        {u"negative"_s, -3},
        {u"yes"_s, true},
        {u"no"_s, false},
        {u"nothing"_s, QJsonValue::Null},
        {u"none"_s, QJsonArray {}},
        {u"bare"_s, QJsonObject {}},
        {u"nested"_s, QJsonArray {QJsonObject {{u"a"_s, QJsonArray {1, 2, QJsonArray {u"x"_s}}}}, u"y"_s}},
    };
    const QByteArray json = written(value);
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(json, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString()) << json.constData();
    EXPECT_EQ(read.array(), QJsonArray {value});
    // Text stays readable UTF-8; only what JSON requires is escaped.
    EXPECT_TRUE(json.contains("\"He said \\\"no\\\" \\\\ then\\nleft\\ttoday\\r\\u0001\\u001f — café 🎉\"")) << json.constData();
    EXPECT_TRUE(json.contains("\"ratio\": 0.125"));
    EXPECT_TRUE(json.contains("\"none\": []"));
    EXPECT_TRUE(json.contains("\"bare\": {}"));
}

TEST(JsonLdWriter, putsContextIdAndTypeFirst_thenTheModelsTerms_thenTheRestAlphabetically)
{
    const QJsonObject annotation {{u"zeta"_s, 1},
        {u"target"_s, u"http://example.org/page1"_s},
        {u"body"_s, u"http://example.org/post1"_s},
        {u"type"_s, u"Annotation"_s},
        {u"alpha"_s, 2},
        {u"id"_s, u"http://example.org/anno1"_s},
        {u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s}};
    const QByteArray json = written(annotation);
    QList<qsizetype> positions;
    for (const char *key : {"\"@context\"", "\"id\"", "\"type\"", "\"body\"", "\"target\"", "\"alpha\"", "\"zeta\""})
        positions.append(json.indexOf(key));
    EXPECT_TRUE(std::is_sorted(positions.cbegin(), positions.cend()) && positions.first() >= 0) << json.constData();
}

TEST(JsonLdWriter, streamsMembersAndElements_inTheOrderWritten_indentedLikeQJsonDocument)
{
    JsonLdWriter writer;
    writer.openObject();
    writer.member(u"type", u"AnnotationCollection"_s);
    writer.openObject(u"first");
    writer.openArray(u"items");
    writer.element(QJsonObject {{u"id"_s, u"urn:a"_s}});
    writer.element(2);
    writer.close();
    writer.close();
    writer.member(u"@context", u"http://www.w3.org/ns/anno.jsonld"_s);
    writer.close();
    const QByteArray json = writer.take();
    EXPECT_EQ(json,
        "{\n"
        "    \"type\": \"AnnotationCollection\",\n"
        "    \"first\": {\n"
        "        \"items\": [\n"
        "            {\n"
        "                \"id\": \"urn:a\"\n"
        "            },\n"
        "            2\n"
        "        ]\n"
        "    },\n"
        "    \"@context\": \"http://www.w3.org/ns/anno.jsonld\"\n"
        "}\n");
}
