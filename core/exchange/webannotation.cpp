// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "webannotation.h"

#include "jsonldwriter.h"

#include <core/text/codepoints.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax::WebAnnotation
{

namespace
{

const QString AnnotationContext = u"http://www.w3.org/ns/anno.jsonld"_s;

// Ids are name-based UUIDs (version 5) under this namespace: the same annotation gets
// the same IRI in every export, so that a consumer can recognise it.
const QUuid IdNamespace(u"{5d0c4a1e-8f6b-4a57-9a43-2f1f7c9e0b61}"_s);

QString uuidIri(const QString &name)
{
    return u"urn:uuid:"_s + QUuid::createUuidV5(IdNamespace, name.toUtf8()).toString(QUuid::WithoutBraces);
}

QString timeString(const QDateTime &time)
{
    // xsd:dateTime with milliseconds, as the store keeps them: "2026-11-20T09:30:00.000Z"
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString scopeName(const ExportScope &scope)
{
    switch (scope.kind) {
    case ExportScope::Kind::Article:
        return u"article:%1"_s.arg(scope.articleId);
    case ExportScope::Kind::Tag:
        return u"tag:"_s + scope.tagPath;
    case ExportScope::Kind::Comparison:
        return u"comparison:%1-%2"_s.arg(scope.articleId).arg(scope.otherArticleId);
    case ExportScope::Kind::Library:
        break;
    }
    return u"library"_s;
}

QJsonObject textualBody(const QString &purpose, const QString &value, const QString &format = {})
{
    QJsonObject body {{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, purpose}, {u"value"_s, value}};
    if (!format.isEmpty())
        body.insert(u"format"_s, format);
    return body;
}

QJsonObject annotationJson(const Annotation &annotation, const StoredArticle &article, const CodePointMap &codePoints, const QJsonValue &creator)
{
    QJsonArray bodies;
    if (!annotation.note.isEmpty())
        bodies.append(textualBody(u"commenting"_s, annotation.note, u"text/markdown"_s));
    for (const QString &path : annotation.tagPaths)
        bodies.append(textualBody(u"tagging"_s, path));
    const TextAnchor &anchor = annotation.anchor;
    QJsonObject quote {{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, anchor.exact}};
    if (!anchor.prefix.isEmpty())
        quote.insert(u"prefix"_s, anchor.prefix);
    if (!anchor.suffix.isEmpty())
        quote.insert(u"suffix"_s, anchor.suffix);
    QJsonArray selectors {quote};
    // An orphaned annotation's position is not in this text: only its quote is.
    if (!annotation.orphaned)
        selectors.append(QJsonObject {{u"type"_s, u"TextPositionSelector"_s},
            {u"start"_s, codePoints.toCodePoint(anchor.range.start)},
            {u"end"_s, codePoints.toCodePoint(anchor.range.end)}});
    QJsonObject json {
        {u"id"_s, uuidIri(u"annotation:%1:%2"_s.arg(timeString(annotation.created)).arg(annotation.id))},
        {u"type"_s, u"Annotation"_s},
        {u"motivation"_s,
            !annotation.note.isEmpty()           ? u"commenting"_s
                : !annotation.tagPaths.isEmpty() ? u"tagging"_s
                                                 : u"highlighting"_s},
        {u"created"_s, timeString(annotation.created)},
        {u"modified"_s, timeString(annotation.modified)},
        {u"target"_s, QJsonObject {{u"type"_s, u"SpecificResource"_s}, {u"source"_s, sourceIri(article.document.path)}, {u"selector"_s, selectors}}},
    };
    if (!creator.isNull())
        json.insert(u"creator"_s, creator);
    if (!bodies.isEmpty())
        json.insert(u"body"_s, bodies.size() == 1 ? bodies.first() : QJsonValue(bodies));
    return json;
}

// The tags of a whole article: an annotation whose target is the text itself.
QJsonObject wholeArticleJson(const StoredArticle &article, const QStringList &tagPaths, const QJsonValue &creator)
{
    QJsonArray bodies;
    for (const QString &path : tagPaths)
        bodies.append(textualBody(u"tagging"_s, path));
    QJsonObject json {
        {u"id"_s, uuidIri(u"article-tags:%1"_s.arg(article.contentHash))},
        {u"type"_s, u"Annotation"_s},
        {u"motivation"_s, u"tagging"_s},
        {u"body"_s, bodies.size() == 1 ? bodies.first() : QJsonValue(bodies)},
        {u"target"_s, sourceIri(article.document.path)},
    };
    if (!creator.isNull())
        json.insert(u"creator"_s, creator);
    return json;
}

// Reads a Web Annotation document, checking each annotation against what the model
// says it MUST be (the W3C test suite's "musts"), and gathers what Parallax can use.
class DocumentReader
{
public:
    Expected<QList<ExchangedAnnotation>> read(const QByteArray &data)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const QByteArray before = data.left(parseError.offset);
            const qsizetype line = before.count('\n') + 1;
            const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
            return Failure {QCoreApplication::translate("Parallax::WebAnnotation", "This is not JSON: %1 at line %2, column %3.")
                    .arg(parseError.errorString())
                    .arg(line)
                    .arg(column)};
        }
        if (!document.isObject())
            return Failure {QCoreApplication::translate(
                "Parallax::WebAnnotation", "A Web Annotation document is a JSON object: an Annotation, an AnnotationPage or an AnnotationCollection.")};
        const QJsonObject top = document.object();
        if (!readTop(top))
            return Failure {m_error};
        return m_annotations;
    }

private:
    bool fail(const QString &where, const QString &message)
    {
        m_error = where.isEmpty() ? message : QCoreApplication::translate("Parallax::WebAnnotation", "%1: %2").arg(where, message);
        return false;
    }

    static bool isIri(const QJsonValue &value)
    {
        static const QRegularExpression iri(u"^[A-Za-z][A-Za-z0-9+.\\-]*:[^\\s\"<>\\\\^`{|}]*$"_s);
        return value.isString() && iri.match(value.toString()).hasMatch();
    }

    static bool hasType(const QJsonObject &object, const QString &type)
    {
        const QJsonValue value = object.value(u"type"_s);
        return value.toString() == type || (value.isArray() && value.toArray().contains(type));
    }

    // A key that must have one value: VALUE itself, or an array of exactly one.
    static QJsonValue single(const QJsonValue &value)
    {
        if (value.isArray() && value.toArray().size() == 1)
            return value.toArray().first();
        return value;
    }

    static std::optional<QDateTime> dateTime(const QJsonValue &value)
    {
        static const QRegularExpression xsdDateTime(u"^-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?$"_s);
        const QJsonValue one = single(value);
        if (!one.isString() || !xsdDateTime.match(one.toString()).hasMatch())
            return std::nullopt;
        QDateTime time = QDateTime::fromString(one.toString(), Qt::ISODateWithMs);
        return time.isValid() ? std::optional(time) : std::nullopt;
    }

    bool readTop(const QJsonObject &top)
    {
        const QJsonValue context = top.value(u"@context"_s);
        const bool contextOk = context.toString() == AnnotationContext || (context.isArray() && context.toArray().contains(AnnotationContext));
        if (!contextOk)
            return fail({},
                QCoreApplication::translate("Parallax::WebAnnotation", "its @context is not %1, so it is not a Web Annotation document.")
                    .arg(AnnotationContext));
        if (hasType(top, u"Annotation"_s))
            return readAnnotation(top, QCoreApplication::translate("Parallax::WebAnnotation", "The annotation"));
        if (hasType(top, u"AnnotationPage"_s))
            return readPage(top, QCoreApplication::translate("Parallax::WebAnnotation", "The page"));
        if (hasType(top, u"AnnotationCollection"_s))
            return readCollection(top);
        return fail({}, QCoreApplication::translate("Parallax::WebAnnotation", "its type is not Annotation, AnnotationPage or AnnotationCollection."));
    }

    bool readCollection(const QJsonObject &collection)
    {
        const QString where = QCoreApplication::translate("Parallax::WebAnnotation", "The collection");
        if (collection.contains(u"id"_s) && !isIri(single(collection.value(u"id"_s))))
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its id is not one IRI."));
        const QJsonValue total = single(collection.value(u"total"_s));
        if (!total.isUndefined() && (!total.isDouble() || total.toDouble() < 0 || total.toDouble() != std::floor(total.toDouble())))
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its total is not a whole number of annotations."));
        for (const QString &key : {u"created"_s, u"modified"_s}) {
            if (collection.contains(key) && !dateTime(collection.value(key)))
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its %1 is not a date and time (xsd:dateTime).").arg(key));
        }
        QHash<QString, QJsonObject> included;
        for (const QJsonValue &node : collection.value(u"@included"_s).toArray())
            included.insert(node.toObject().value(u"id"_s).toString(), node.toObject());
        QJsonValue page = single(collection.value(u"first"_s));
        if (page.isUndefined()) {
            if (total.toInteger() > 0)
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "it has %1 annotations but no first page.").arg(total.toInteger()));
            return true;
        }
        QSet<QString> seen;
        for (int number = 1; !page.isUndefined(); ++number) {
            if (isIri(page)) {
                const QString id = page.toString();
                if (!included.contains(id))
                    return fail(where,
                        QCoreApplication::translate("Parallax::WebAnnotation", "its page %1 is not in this file (only pages inside the file are read).")
                            .arg(id));
                page = included.value(id);
            }
            if (!page.isObject() || !hasType(page.toObject(), u"AnnotationPage"_s))
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its page %1 is not an AnnotationPage.").arg(number));
            const QString id = page.toObject().value(u"id"_s).toString();
            if (!id.isEmpty() && seen.contains(id))
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its pages go round in a circle at %1.").arg(id));
            seen.insert(id);
            if (!readPage(page.toObject(), QCoreApplication::translate("Parallax::WebAnnotation", "Page %1").arg(number)))
                return false;
            page = single(page.toObject().value(u"next"_s));
        }
        return true;
    }

    bool readPage(const QJsonObject &page, const QString &where)
    {
        const QJsonValue items = page.value(u"items"_s);
        if (!items.isArray())
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "it has no items."));
        int index = 0;
        for (const QJsonValue &item : items.toArray()) {
            ++index;
            const QString itemWhere = QCoreApplication::translate("Parallax::WebAnnotation", "%1, annotation %2").arg(where).arg(index);
            if (!item.isObject())
                return fail(itemWhere, QCoreApplication::translate("Parallax::WebAnnotation", "it is only referenced, not included in the file."));
            if (!readAnnotation(item.toObject(), itemWhere))
                return false;
        }
        return true;
    }

    // The name of the (first) agent VALUE names: its name, nickname or account; an
    // agent given by IRI only has none.
    static QString agentName(const QJsonValue &value)
    {
        const QJsonObject agent = (value.isArray() ? value.toArray().at(0) : value).toObject();
        for (const QString &key : {u"name"_s, u"nickname"_s, u"account"_s}) {
            const QJsonValue name = single(agent.value(key));
            if (name.isString() && !name.toString().trimmed().isEmpty())
                return name.toString().trimmed();
        }
        return {};
    }

    bool checkAgent(const QJsonValue &value)
    {
        const auto agentOk = [](const QJsonValue &agent) {
            return isIri(agent) || agent.isObject();
        };
        if (value.isArray())
            return !value.toArray().isEmpty() && std::all_of(value.toArray().begin(), value.toArray().end(), agentOk);
        return agentOk(value);
    }

    bool checkIris(const QJsonObject &object, const QStringList &keys, const QString &where)
    {
        for (const QString &key : keys) {
            if (!object.contains(key))
                continue;
            const QJsonValue value = object.value(key);
            const bool ok = value.isArray() ? !value.toArray().isEmpty() && std::all_of(value.toArray().begin(), value.toArray().end(), isIri) : isIri(value);
            if (!ok)
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its %1 is not an IRI.").arg(key));
        }
        return true;
    }

    bool checkTimes(const QJsonObject &object, const QString &where)
    {
        for (const QString &key : {u"created"_s, u"modified"_s, u"generated"_s}) {
            if (object.contains(key) && !dateTime(object.value(key)))
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its %1 is not one date and time (xsd:dateTime).").arg(key));
        }
        return true;
    }

    bool checkSelector(const QJsonValue &value, const QString &where)
    {
        if (value.isArray()) {
            for (const QJsonValue &each : value.toArray())
                if (!checkSelector(each, where))
                    return false;
            return true;
        }
        if (isIri(value))
            return true;
        if (!value.isObject())
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "a selector is neither an IRI nor an object."));
        const QJsonObject selector = value.toObject();
        const auto requireString = [&](const QString &key) {
            return single(selector.value(key)).isString()
                || fail(
                    where, QCoreApplication::translate("Parallax::WebAnnotation", "its %1 has no single %2.").arg(selector.value(u"type"_s).toString(), key));
        };
        const auto requireOffset = [&](const QString &key) {
            const QJsonValue offset = single(selector.value(key));
            return (offset.isDouble() && offset.toDouble() >= 0 && offset.toDouble() == std::floor(offset.toDouble()))
                || fail(where,
                    QCoreApplication::translate("Parallax::WebAnnotation", "its %1 has no %2 that is a whole number ≥ 0.")
                        .arg(selector.value(u"type"_s).toString(), key));
        };
        if (hasType(selector, u"FragmentSelector"_s) || hasType(selector, u"CssSelector"_s) || hasType(selector, u"XPathSelector"_s)) {
            if (!requireString(u"value"_s))
                return false;
            if (selector.contains(u"conformsTo"_s) && !isIri(selector.value(u"conformsTo"_s)))
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its FragmentSelector's conformsTo is not one IRI."));
        } else if (hasType(selector, u"TextQuoteSelector"_s)) {
            if (!requireString(u"exact"_s))
                return false;
            for (const QString &key : {u"prefix"_s, u"suffix"_s})
                if (selector.contains(key) && !requireString(key))
                    return false;
        } else if (hasType(selector, u"TextPositionSelector"_s) || hasType(selector, u"DataPositionSelector"_s)) {
            if (!requireOffset(u"start"_s) || !requireOffset(u"end"_s))
                return false;
            if (single(selector.value(u"end"_s)).toInteger() < single(selector.value(u"start"_s)).toInteger())
                return fail(
                    where, QCoreApplication::translate("Parallax::WebAnnotation", "its %1 ends before it starts.").arg(selector.value(u"type"_s).toString()));
        } else if (hasType(selector, u"RangeSelector"_s)) {
            if (!selector.contains(u"startSelector"_s) || !selector.contains(u"endSelector"_s))
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its RangeSelector needs a startSelector and an endSelector."));
            if (!checkSelector(selector.value(u"startSelector"_s), where) || !checkSelector(selector.value(u"endSelector"_s), where))
                return false;
        } else if (hasType(selector, u"SvgSelector"_s)) {
            if (!selector.contains(u"value"_s) && !selector.contains(u"id"_s))
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its SvgSelector has neither a value nor an id."));
        }
        return !selector.contains(u"refinedBy"_s) || checkSelector(selector.value(u"refinedBy"_s), where);
    }

    // A body or target: an IRI, or a resource described in place.
    bool checkResource(const QJsonValue &value, const QString &where)
    {
        if (value.isArray()) {
            if (value.toArray().isEmpty())
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "it lists no resources."));
            for (const QJsonValue &each : value.toArray())
                if (!checkResource(each, where))
                    return false;
            return true;
        }
        if (value.isString())
            return isIri(value) || fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "“%1” is not an IRI.").arg(value.toString()));
        if (!value.isObject())
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "a body or target is neither an IRI nor an object."));
        const QJsonObject resource = value.toObject();
        if (resource.contains(u"id"_s) && !isIri(single(resource.value(u"id"_s))))
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "the id of a body or target is not one IRI."));
        if (hasType(resource, u"TextualBody"_s) && !single(resource.value(u"value"_s)).isString())
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "a TextualBody has no single text value."));
        for (const QString &set : {u"Choice"_s, u"Composite"_s, u"List"_s, u"Independents"_s}) {
            if (!hasType(resource, set))
                continue;
            if (!resource.value(u"items"_s).isArray() || resource.value(u"items"_s).toArray().isEmpty())
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its %1 has no items.").arg(set));
            if (!checkResource(resource.value(u"items"_s), where))
                return false;
        }
        const bool specific = hasType(resource, u"SpecificResource"_s) || resource.contains(u"selector"_s) || resource.contains(u"state"_s)
            || resource.contains(u"styleClass"_s) || resource.contains(u"renderedVia"_s) || resource.contains(u"scope"_s);
        if (specific && !resource.contains(u"source"_s))
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "a specific resource has no source."));
        if (resource.contains(u"source"_s) && !checkResource(single(resource.value(u"source"_s)), where))
            return false;
        if (resource.contains(u"selector"_s) && !checkSelector(resource.value(u"selector"_s), where))
            return false;
        if (resource.contains(u"textDirection"_s)
            && !QStringList {u"ltr"_s, u"rtl"_s, u"auto"_s}.contains(single(resource.value(u"textDirection"_s)).toString()))
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its textDirection is not ltr, rtl or auto."));
        for (const QString &key : {u"format"_s, u"processingLanguage"_s}) {
            if (resource.contains(key) && !single(resource.value(key)).isString())
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its %1 is not one string.").arg(key));
        }
        if (resource.contains(u"creator"_s) && !checkAgent(resource.value(u"creator"_s)))
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "the creator of a body or target is neither an IRI nor an agent."));
        return checkTimes(resource, where) && checkIris(resource, {u"rights"_s, u"via"_s, u"canonical"_s}, where);
    }

    bool readAnnotation(const QJsonObject &annotation, const QString &where)
    {
        if (!hasType(annotation, u"Annotation"_s))
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its type is not Annotation."));
        if (!isIri(annotation.value(u"id"_s)))
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "it needs exactly one id that is an IRI."));
        if (!annotation.contains(u"target"_s))
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "it has no target."));
        if (annotation.contains(u"body"_s) && annotation.contains(u"bodyValue"_s))
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "it has both a body and a bodyValue."));
        if (annotation.contains(u"bodyValue"_s) && !single(annotation.value(u"bodyValue"_s)).isString())
            return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its bodyValue is not one string."));
        for (const QString &key : {u"creator"_s, u"generator"_s}) {
            if (annotation.contains(key) && !checkAgent(annotation.value(key)))
                return fail(where, QCoreApplication::translate("Parallax::WebAnnotation", "its %1 is neither an IRI nor an agent.").arg(key));
        }
        if (!checkTimes(annotation, where) || !checkIris(annotation, {u"rights"_s, u"via"_s, u"canonical"_s}, where))
            return false;
        if (annotation.contains(u"body"_s) && !checkResource(annotation.value(u"body"_s), where))
            return false;
        if (!checkResource(annotation.value(u"target"_s), where))
            return false;
        gather(annotation);
        return true;
    }

    // What Parallax keeps: per target, its source and text selectors; the tags and note.
    void gather(const QJsonObject &annotation)
    {
        QStringList tags;
        QStringList notes;
        const bool taggingMotivation = annotation.value(u"motivation"_s).toString() == "tagging"_L1;
        if (annotation.contains(u"bodyValue"_s))
            notes.append(single(annotation.value(u"bodyValue"_s)).toString());
        const QJsonValue bodyValue = annotation.value(u"body"_s);
        const QJsonArray bodies = bodyValue.isArray() ? bodyValue.toArray() : QJsonArray {bodyValue};
        for (QJsonValue body : bodies) {
            if (hasType(body.toObject(), u"Choice"_s))
                body = body.toObject().value(u"items"_s).toArray().first(); // the first choice is the default
            const QJsonObject object = body.toObject();
            if (!hasType(object, u"TextualBody"_s) && !(object.contains(u"value"_s) && !object.contains(u"id"_s)))
                continue; // a linked resource: nothing to carry over as text
            const QString purpose = single(object.value(u"purpose"_s)).toString();
            const QString value = single(object.value(u"value"_s)).toString();
            if (purpose == "tagging"_L1 || (purpose.isEmpty() && taggingMotivation))
                tags.append(value);
            else
                notes.append(value);
        }
        const QJsonValue targetValue = annotation.value(u"target"_s);
        const QJsonArray targets = targetValue.isArray() ? targetValue.toArray() : QJsonArray {targetValue};
        for (const QJsonValue &target : targets) {
            ExchangedAnnotation exchanged;
            exchanged.tagPaths = tags;
            exchanged.note = notes.join(u"\n\n"_s);
            exchanged.created = dateTime(annotation.value(u"created"_s)).value_or(QDateTime());
            exchanged.modified = dateTime(annotation.value(u"modified"_s)).value_or(QDateTime());
            exchanged.creator = agentName(annotation.value(u"creator"_s));
            const QJsonObject object = target.toObject();
            // A target without a selector is the whole text: its tags are the article's.
            exchanged.wholeSource = !object.contains(u"selector"_s);
            const QJsonValue source = single(object.value(u"source"_s));
            exchanged.sourceIri = target.isString() ? target.toString()
                : source.isString()                 ? source.toString()
                : source.isObject()                 ? source.toObject().value(u"id"_s).toString()
                                                    : object.value(u"id"_s).toString();
            const QJsonValue selectorValue = object.value(u"selector"_s);
            const QJsonArray selectors = selectorValue.isArray() ? selectorValue.toArray() : QJsonArray {selectorValue};
            for (const QJsonValue &selector : selectors) {
                const QJsonObject s = selector.toObject();
                if (hasType(s, u"TextQuoteSelector"_s)) {
                    exchanged.exact = single(s.value(u"exact"_s)).toString();
                    exchanged.prefix = single(s.value(u"prefix"_s)).toString();
                    exchanged.suffix = single(s.value(u"suffix"_s)).toString();
                } else if (hasType(s, u"TextPositionSelector"_s)) {
                    exchanged.start = single(s.value(u"start"_s)).toInteger();
                    exchanged.end = single(s.value(u"end"_s)).toInteger();
                }
            }
            m_annotations.append(exchanged);
        }
    }

    QList<ExchangedAnnotation> m_annotations;
    QString m_error;
};

} // namespace

QString sourceIri(const QString &path)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
}

StoreResult<QByteArray> exportCollection(const Store &store, const ExportScope &scope, const ExportOptions &options)
{
    const auto scoped = ScopedAnnotations::collect(store, scope);
    if (!scoped)
        return scoped.error();
    const QDateTime generated = options.generated.isValid() ? options.generated : QDateTime::currentDateTimeUtc();
    const QJsonValue creator = options.creatorName.isEmpty() ? QJsonValue() : QJsonObject {{u"type"_s, u"Person"_s}, {u"name"_s, options.creatorName}};
    qsizetype total = scoped->articleTags.size(); // one annotation per article tagged as a whole
    for (const StoredArticle &article : scoped->articles)
        total += scoped->byArticle.value(article.id).size();

    const QString collectionId = uuidIri(u"collection:%1:%2"_s.arg(scopeName(scope), timeString(generated)));
    const qsizetype pageSize = std::max(1, options.pageSize);
    const qsizetype pageCount = (total + pageSize - 1) / pageSize;
    auto pageId = [&](qsizetype page) {
        return uuidIri(u"%1:page:%2"_s.arg(collectionId).arg(page + 1));
    };
    const QString label = QCoreApplication::translate("Parallax::WebAnnotation", "Parallax annotations (%1)").arg(scopeName(scope));
    // Each page says what it is part of, as the model's example does: id, label, total.
    const QJsonObject partOf {{u"id"_s, collectionId}, {u"label"_s, label}, {u"total"_s, total}};

    // Written as it is made, one annotation at a time: the whole document built in
    // memory first took four times its size.
    JsonLdWriter json;
    json.openObject();
    json.member(u"@context", AnnotationContext);
    json.member(u"id", collectionId);
    json.member(u"type", u"AnnotationCollection"_s);
    json.member(u"label", label);
    json.member(u"total", total);
    json.member(u"created", timeString(generated));
    json.member(u"generated", timeString(generated));
    if (!creator.isNull())
        json.member(u"creator", creator);
    json.member(u"generator", QJsonObject {{u"type"_s, u"Software"_s}, {u"name"_s, u"Parallax"_s}});
    if (pageCount > 0)
        json.member(u"last", pageId(pageCount - 1));
    // The first page is embedded; the others follow in JSON-LD 1.1's @included.
    const auto openPage = [&](qsizetype page) {
        json.openObject(page == 0 ? u"first" : QStringView());
        json.member(u"id", pageId(page));
        json.member(u"type", u"AnnotationPage"_s);
        json.member(u"partOf", partOf);
        json.member(u"startIndex", page * pageSize);
        if (page > 0)
            json.member(u"prev", pageId(page - 1));
        if (page + 1 < pageCount)
            json.member(u"next", pageId(page + 1));
        json.openArray(u"items");
    };
    qsizetype written = 0;
    const auto writeItem = [&](const QJsonObject &item) {
        if (written % pageSize == 0) {
            if (written > 0) {
                json.close(); // items
                json.close(); // page
            }
            if (written == pageSize)
                json.openArray(u"@included");
            openPage(written / pageSize);
        }
        json.element(item);
        ++written;
    };
    for (const StoredArticle &article : scoped->articles) {
        if (scoped->articleTags.contains(article.id))
            writeItem(wholeArticleJson(article, scoped->articleTags.value(article.id), creator));
        const CodePointMap codePoints(article.document.text);
        for (const Annotation &annotation : scoped->byArticle.value(article.id))
            // Each annotation names the coder who made it; the export's creator, the rest.
            writeItem(annotationJson(annotation,
                article,
                codePoints,
                annotation.coder.isEmpty() ? creator : QJsonValue(QJsonObject {{u"type"_s, u"Person"_s}, {u"name"_s, annotation.coder}})));
    }
    if (written > 0) {
        json.close(); // items
        json.close(); // page
    }
    if (pageCount > 1)
        json.close(); // @included
    json.close();
    return json.take();
}

Expected<QList<ExchangedAnnotation>> read(const QByteArray &data)
{
    return DocumentReader().read(data);
}

} // namespace Parallax::WebAnnotation
