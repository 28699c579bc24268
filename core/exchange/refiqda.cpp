// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "refiqda.h"

#include <core/import/documentimporter.h>
#include <core/text/codepoints.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QObject>
#include <QScopeGuard>
#include <QStringConverter>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <KZip>
#include <array>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Parallax::RefiQda
{

namespace
{

const QString ProjectNamespace = u"urn:QDA-XML:project:1.0"_s;
// Files in an archive larger than these are refused before they are read. A project
// takes about 1.1 KiB per coded passage: 100k passages are 108 MiB.
constexpr qint64 MaximumProjectSize = 512 * 1024 * 1024;
constexpr qint64 MaximumSourceSize = 256 * 1024 * 1024;

// GUIDs are name-based (version 5) under this namespace, so that exporting the same
// work twice gives the same project.
const QUuid GuidNamespace(u"{a3e9d7f2-1c4b-4e8a-9f5d-6b2c8e1a7d40}"_s);

QString guid(const QString &name)
{
    return QUuid::createUuidV5(GuidNamespace, name.toUtf8()).toString(QUuid::WithoutBraces).toUpper();
}

QString timeString(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// A REFI-QDA code name may hold '/', a Parallax tag name may not: it becomes a
// division slash, which reads the same.
QString tagName(const QString &codeName)
{
    return codeName.trimmed().replace(u'/', u'\u2215');
}

class ProjectWriter
{
public:
    ProjectWriter(const Store &store, const ExportOptions &options)
        : m_store(store)
        , m_generated(options.generated.isValid() ? options.generated : QDateTime::currentDateTimeUtc())
        , m_userName(options.creatorName.isEmpty() ? u"Parallax"_s : options.creatorName)
        , m_userGuid(userGuid(m_userName))
        , m_xml(&m_files.projectXml)
    {
    }

    StoreResult<ProjectFiles> write(const ExportScope &scope)
    {
        const auto scoped = ScopedAnnotations::collect(m_store, scope);
        if (!scoped)
            return scoped.error();
        const StoreResult<QList<Tag>> tags = m_store.tags();
        if (!tags)
            return tags.error();
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(ProjectNamespace);
        m_xml.writeStartElement(ProjectNamespace, u"Project"_s);
        m_xml.writeAttribute(u"name"_s, QCoreApplication::translate("Parallax::RefiQda", "Parallax library"));
        m_xml.writeAttribute(u"origin"_s, u"Parallax"_s);
        m_xml.writeAttribute(u"creatingUserGUID"_s, m_userGuid);
        m_xml.writeAttribute(u"creationDateTime"_s, timeString(m_generated));
        m_xml.writeAttribute(u"modifiedDateTime"_s, timeString(m_generated));
        // The export's author, and every coder whose annotations it holds: each selection,
        // coding and note names the one who made it.
        QStringList users {m_userName};
        for (const QList<Annotation> &annotations : std::as_const(scoped->byArticle))
            for (const Annotation &annotation : annotations)
                if (!annotation.coder.isEmpty() && !users.contains(annotation.coder))
                    users.append(annotation.coder);
        std::sort(users.begin() + 1, users.end());
        m_xml.writeStartElement(u"Users"_s);
        for (const QString &user : std::as_const(users)) {
            m_xml.writeEmptyElement(u"User"_s);
            m_xml.writeAttribute(u"guid"_s, userGuid(user));
            m_xml.writeAttribute(u"name"_s, user);
        }
        m_xml.writeEndElement();
        writeCodeBook(*tags);
        writeSources(*scoped);
        writeNotes();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return std::move(m_files);
    }

private:
    void writeCodeBook(const QList<Tag> &tags)
    {
        if (tags.isEmpty())
            return;
        m_xml.writeStartElement(u"CodeBook"_s);
        m_xml.writeStartElement(u"Codes"_s);
        for (const Tag &tag : tags)
            if (!tag.parentId)
                writeCode(tag, tags);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void writeCode(const Tag &tag, const QList<Tag> &tags)
    {
        m_xml.writeStartElement(u"Code"_s);
        m_xml.writeAttribute(u"guid"_s, codeGuid(tag.path));
        m_xml.writeAttribute(u"name"_s, tag.name);
        m_xml.writeAttribute(u"isCodable"_s, u"true"_s);
        if (!tag.color.isEmpty())
            m_xml.writeAttribute(u"color"_s, tag.color.toUpper());
        if (!tag.description.isEmpty())
            m_xml.writeTextElement(u"Description"_s, tag.description);
        for (const Tag &child : tags)
            if (child.parentId == tag.id)
                writeCode(child, tags);
        m_xml.writeEndElement();
    }

    static QString codeGuid(const QString &tagPath) { return guid(u"code:"_s + tagPath); }
    static QString userGuid(const QString &name) { return guid(u"user:"_s + name); }
    /// Who made ANNOTATION: its coder, or the export's author when none was recorded.
    QString creatorGuid(const Annotation &annotation) const { return annotation.coder.isEmpty() ? m_userGuid : userGuid(annotation.coder); }

    void writeSources(const ScopedAnnotations &scoped)
    {
        if (scoped.articles.isEmpty())
            return;
        m_xml.writeStartElement(u"Sources"_s);
        for (const StoredArticle &article : scoped.articles) {
            const QString sourceGuid = guid(u"source:"_s + article.contentHash);
            const QString fileName = sourceGuid + u".txt"_s;
            m_files.sources.append({u"sources/"_s + fileName, article.document.text.toUtf8()});
            m_xml.writeStartElement(u"TextSource"_s);
            m_xml.writeAttribute(u"guid"_s, sourceGuid);
            const QString title = article.document.metadata.title;
            m_xml.writeAttribute(u"name"_s, title.isEmpty() ? QFileInfo(article.document.path).fileName() : title);
            m_xml.writeAttribute(u"plainTextPath"_s, u"internal://"_s + fileName);
            m_xml.writeAttribute(u"creatingUser"_s, m_userGuid);
            const CodePointMap codePoints(article.document.text);
            for (const Annotation &annotation : scoped.byArticle.value(article.id)) {
                // An orphaned annotation has no passage in this text to point at.
                if (!annotation.orphaned)
                    writeSelection(annotation, codePoints);
            }
            // The tags of the whole article: codings of the source itself.
            for (const QString &path : scoped.articleTags.value(article.id))
                writeCoding(u"source:%1:coding:%2"_s.arg(article.contentHash, path), path, std::nullopt, m_userGuid);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeSelection(const Annotation &annotation, const CodePointMap &codePoints)
    {
        const QString key = u"annotation:%1:%2"_s.arg(timeString(annotation.created)).arg(annotation.id);
        m_xml.writeStartElement(u"PlainTextSelection"_s);
        m_xml.writeAttribute(u"guid"_s, guid(key));
        m_xml.writeAttribute(u"name"_s, annotation.anchor.exact);
        m_xml.writeAttribute(u"startPosition"_s, QString::number(codePoints.toCodePoint(annotation.anchor.range.start)));
        m_xml.writeAttribute(u"endPosition"_s, QString::number(codePoints.toCodePoint(annotation.anchor.range.end)));
        m_xml.writeAttribute(u"creatingUser"_s, creatorGuid(annotation));
        m_xml.writeAttribute(u"creationDateTime"_s, timeString(annotation.created));
        m_xml.writeAttribute(u"modifyingUser"_s, creatorGuid(annotation));
        m_xml.writeAttribute(u"modifiedDateTime"_s, timeString(annotation.modified));
        for (const QString &path : annotation.tagPaths)
            writeCoding(key + u":coding:"_s + path, path, annotation.created, creatorGuid(annotation));
        if (!annotation.note.isEmpty()) {
            const QString noteGuid = guid(key + u":note"_s);
            m_xml.writeEmptyElement(u"NoteRef"_s);
            m_xml.writeAttribute(u"targetGUID"_s, noteGuid);
            m_notes.append({noteGuid, annotation});
        }
        m_xml.writeEndElement();
    }

    // A Coding with the code of the tag at PATH, made by CREATOR (a user's GUID); KEY
    // makes its GUID.
    void writeCoding(const QString &key, const QString &path, const std::optional<QDateTime> &created, const QString &creator)
    {
        m_xml.writeStartElement(u"Coding"_s);
        m_xml.writeAttribute(u"guid"_s, guid(key));
        m_xml.writeAttribute(u"creatingUser"_s, creator);
        if (created)
            m_xml.writeAttribute(u"creationDateTime"_s, timeString(*created));
        m_xml.writeEmptyElement(u"CodeRef"_s);
        m_xml.writeAttribute(u"targetGUID"_s, codeGuid(path));
        m_xml.writeEndElement();
    }

    void writeNotes()
    {
        if (m_notes.isEmpty())
            return;
        m_xml.writeStartElement(u"Notes"_s);
        for (const auto &[noteGuid, annotation] : std::as_const(m_notes)) {
            m_xml.writeStartElement(u"Note"_s);
            m_xml.writeAttribute(u"guid"_s, noteGuid);
            m_xml.writeAttribute(u"name"_s, QCoreApplication::translate("Parallax::RefiQda", "Note on “%1”").arg(annotation.anchor.exact.left(60)));
            m_xml.writeAttribute(u"creatingUser"_s, creatorGuid(annotation));
            m_xml.writeAttribute(u"creationDateTime"_s, timeString(annotation.created));
            m_xml.writeAttribute(u"modifyingUser"_s, creatorGuid(annotation));
            m_xml.writeAttribute(u"modifiedDateTime"_s, timeString(annotation.modified));
            m_xml.writeTextElement(u"PlainTextContent"_s, annotation.note);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    const Store &m_store;
    const QDateTime m_generated;
    const QString m_userName;
    const QString m_userGuid;
    ProjectFiles m_files;
    QXmlStreamWriter m_xml;
    QList<std::pair<QString, Annotation>> m_notes;
};

// Reads project.qde: the codes, the text sources with their coded selections, and the
// notes, resolving the references among them once everything is read.
class ProjectReader
{
public:
    ProjectReader(const QString &archive, const std::function<std::optional<QByteArray>(const QString &)> &sourceFile)
        : m_archive(archive)
        , m_sourceFile(sourceFile)
    {
    }

    Expected<Project> read(const QByteArray &data)
    {
        m_xml.addData(data);
        while (!m_xml.atEnd() && m_xml.readNext() != QXmlStreamReader::StartElement) {
            if (sawDtd())
                return Failure {m_error};
        }
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            return Failure {failure(m_xml.hasError() ? m_xml.errorString() : QCoreApplication::translate("Parallax::RefiQda", "it holds no XML element"))};
        if (m_xml.name() != "Project"_L1)
            return Failure {
                QCoreApplication::translate("Parallax::RefiQda", "The project file is not a REFI-QDA project: its root element is <%1>, not <Project>.")
                    .arg(m_xml.name())};
        readChildren(u"Project"_s);
        if (!m_error.isEmpty())
            return Failure {m_error};
        if (m_xml.hasError())
            return Failure {failure(m_xml.errorString())};
        return assemble();
    }

private:
    struct Selection {
        qsizetype start = 0;
        qsizetype end = 0;
        QString description;
        QStringList codeGuids;
        QStringList noteGuids;
        QDateTime created;
        QDateTime modified;
        QString creatingUser; ///< the GUID of a User
    };
    struct Source {
        QString guid;
        QString name;
        QString plainTextPath;
        std::optional<QString> content;
        QList<Selection> selections;
        QStringList codeGuids; ///< codings of the whole source
    };

    QString failure(const QString &why)
    {
        m_error = QCoreApplication::translate("Parallax::RefiQda", "The project file cannot be read: %1 (line %2).").arg(why).arg(m_xml.lineNumber());
        return m_error;
    }

    // A DTD may declare entities; REFI-QDA projects have none, so a project with one is
    // refused instead of parsed.
    bool sawDtd()
    {
        if (m_xml.tokenType() != QXmlStreamReader::DTD)
            return false;
        failure(QCoreApplication::translate(
            "Parallax::RefiQda", "it has a document type declaration (DTD), which REFI-QDA projects do not use; it is not read, for safety"));
        return true;
    }

    static QDateTime timeAttribute(const QXmlStreamAttributes &attributes, const QString &name)
    {
        return QDateTime::fromString(attributes.value(name).toString(), Qt::ISODateWithMs);
    }

    // Reads the children of the current element (named PARENT) up to its end.
    void readChildren(const QString &parent)
    {
        // Each level of elements is a level of recursion here: a file nested without
        // end must not exhaust the stack. QDA-XML needs fewer than a dozen levels.
        constexpr int MaximumDepth = 256;
        if (m_depth >= MaximumDepth) {
            failure(QCoreApplication::translate("Parallax::RefiQda", "its elements are nested more than %1 levels deep").arg(MaximumDepth));
            return;
        }
        ++m_depth;
        const auto leave = qScopeGuard([this] {
            --m_depth;
        });
        while (m_error.isEmpty() && !m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
                if (!sawDtd())
                    failure(QCoreApplication::translate("Parallax::RefiQda", "it refers to an entity, which is not expanded, for safety"));
                return;
            }
            if (token == QXmlStreamReader::EndElement)
                return;
            if (token == QXmlStreamReader::StartElement)
                readElement(parent);
        }
    }

    void readElement(const QString &parent)
    {
        const QString name = m_xml.name().toString();
        const QXmlStreamAttributes attributes = m_xml.attributes();
        if (name == "User"_L1) {
            m_users.insert(attributes.value(u"guid"_s).toString().toUpper(), attributes.value(u"name"_s).toString());
            m_xml.skipCurrentElement();
        } else if (name == "Code"_L1) {
            m_codePath.append(tagName(attributes.value(u"name"_s).toString()));
            const QString path = m_codePath.join(u'/');
            m_codes.insert(attributes.value(u"guid"_s).toString().toUpper(), path);
            QString color = attributes.value(u"color"_s).toString().toLower();
            if (color.size() == 4) // "#abc"
                color = u"#%1%1%2%2%3%3"_s.arg(color.at(1)).arg(color.at(2)).arg(color.at(3));
            m_tags.append({path, color, {}});
            readChildren(name);
            m_codePath.removeLast();
        } else if (name == "TextSource"_L1 && parent == "Sources"_L1) {
            m_sources.append({attributes.value(u"guid"_s).toString().toUpper(),
                attributes.value(u"name"_s).toString(),
                attributes.value(u"plainTextPath"_s).toString(),
                {},
                {},
                {}});
            const bool outerTaken = std::exchange(m_inTakenSource, true);
            readChildren(name);
            m_inTakenSource = outerTaken;
        } else if (name == "PlainTextSelection"_L1 && parent == "TextSource"_L1 && !m_sources.isEmpty()) {
            Selection selection;
            selection.start = attributes.value(u"startPosition"_s).toLongLong();
            selection.end = attributes.value(u"endPosition"_s).toLongLong();
            selection.created = timeAttribute(attributes, u"creationDateTime"_s);
            selection.modified = timeAttribute(attributes, u"modifiedDateTime"_s);
            selection.creatingUser = attributes.value(u"creatingUser"_s).toString().toUpper();
            m_sources.last().selections.append(selection);
            const bool outerSelectionOpen = std::exchange(m_selectionOpen, true);
            readChildren(name);
            m_selectionOpen = outerSelectionOpen;
        } else if (name == "CodeRef"_L1 && parent == "Coding"_L1 && m_inSelectionCoding && openSelection()) {
            openSelection()->codeGuids.append(attributes.value(u"targetGUID"_s).toString().toUpper());
            m_xml.skipCurrentElement();
        } else if (name == "CodeRef"_L1 && parent == "Coding"_L1 && m_inSourceCoding) {
            m_sources.last().codeGuids.append(attributes.value(u"targetGUID"_s).toString().toUpper());
            m_xml.skipCurrentElement();
        } else if (name == "Coding"_L1) {
            m_inSelectionCoding = parent == "PlainTextSelection"_L1;
            // Only a TextSource that was taken: one outside Sources is not in m_sources.
            m_inSourceCoding = parent == "TextSource"_L1 && m_inTakenSource;
            readChildren(name);
            m_inSelectionCoding = false;
            m_inSourceCoding = false;
        } else if (name == "NoteRef"_L1 && parent == "PlainTextSelection"_L1 && openSelection()) {
            openSelection()->noteGuids.append(attributes.value(u"targetGUID"_s).toString().toUpper());
            m_xml.skipCurrentElement();
        } else if (name == "Description"_L1 || name == "PlainTextContent"_L1) {
            readText(parent, name);
        } else if (name == "Note"_L1 && parent == "Notes"_L1) {
            m_noteGuid = attributes.value(u"guid"_s).toString().toUpper();
            m_notePath = attributes.value(u"plainTextPath"_s).toString();
            readChildren(name);
            if (!m_notes.contains(m_noteGuid) && !m_notePath.isEmpty())
                m_notes.insert(m_noteGuid, internalText(m_notePath).value_or(QString()));
        } else if (name.endsWith("Source"_L1) && parent == "Sources"_L1) {
            m_otherSources.append(name);
            m_xml.skipCurrentElement();
        } else {
            readChildren(name);
        }
    }

    // The selection whose element is being read; nullptr outside one, and inside a
    // PlainTextSelection that was not taken (one outside a TextSource, say).
    Selection *openSelection()
    {
        if (!m_selectionOpen || m_sources.isEmpty() || m_sources.last().selections.isEmpty())
            return nullptr;
        return &m_sources.last().selections.last();
    }

    void readText(const QString &parent, const QString &name)
    {
        const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (parent == "Code"_L1 && name == "Description"_L1 && !m_tags.isEmpty())
            m_tags.last().description = text;
        else if (parent == "PlainTextSelection"_L1 && name == "Description"_L1 && openSelection())
            openSelection()->description = text;
        else if (parent == "TextSource"_L1 && name == "PlainTextContent"_L1 && !m_sources.isEmpty())
            m_sources.last().content = text;
        else if (parent == "Note"_L1 && name == "PlainTextContent"_L1)
            m_notes.insert(m_noteGuid, text);
    }

    // The text of an "internal://NAME" file of the archive.
    std::optional<QString> internalText(const QString &path)
    {
        if (!path.startsWith("internal://"_L1))
            return std::nullopt;
        const auto bytes = m_sourceFile(path.mid(11));
        if (!bytes)
            return std::nullopt;
        auto decode = QStringDecoder(QStringDecoder::Utf8);
        const QString text = decode(*bytes);
        if (decode.hasError())
            return std::nullopt;
        return text;
    }

    static QString normalized(const QString &text)
    {
        QString lines = text;
        lines.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        return lines.normalized(QString::NormalizationForm_C);
    }

    Project assemble()
    {
        Project project;
        project.tags = m_tags;
        for (const Source &source : std::as_const(m_sources)) {
            const std::optional<QString> raw = source.content ? source.content : internalText(source.plainTextPath);
            if (!raw) {
                if (!source.selections.isEmpty())
                    project.leftOut.append(QCoreApplication::translate("Parallax::RefiQda", "The passages of “%1” (%2): its text is not in the archive.")
                            .arg(source.name)
                            .arg(source.selections.size()));
                if (!source.codeGuids.isEmpty())
                    project.leftOut.append(
                        QCoreApplication::translate("Parallax::RefiQda", "The codes of the whole of “%1” (%2): its text is not in the archive.")
                            .arg(source.name)
                            .arg(source.codeGuids.size()));
                continue;
            }
            const QString iri = u"qdpx:source:"_s + source.guid;
            const ImportResult imported = DocumentImporter::importPlainText(m_archive + u'#' + source.name, *raw);
            if (!imported.has_value()) {
                project.leftOut.append(QCoreApplication::translate("Parallax::RefiQda", "“%1”: %2").arg(source.name, imported.error().message));
                continue;
            }
            Document document = imported->document;
            // Names from macOS tools come decomposed (NFD); Parallax keeps text in NFC.
            const QString name = source.name.normalized(QString::NormalizationForm_C);
            document.metadata.title = QFileInfo(name).completeBaseName();
            document.metadata.originalFileName = name;
            project.sources.insert(iri, document);
            if (!source.codeGuids.isEmpty()) {
                ExchangedAnnotation whole;
                whole.sourceIri = iri;
                whole.wholeSource = true;
                for (const QString &codeGuid : source.codeGuids)
                    if (m_codes.contains(codeGuid))
                        whole.tagPaths.append(m_codes.value(codeGuid));
                project.annotations.append(whole);
            }
            const CodePointMap codePoints(*raw);
            const qsizetype length = codePoints.toCodePoint(raw->size());
            for (const Selection &selection : source.selections) {
                if (selection.start < 0 || selection.end > length || selection.start >= selection.end) {
                    project.leftOut.append(QCoreApplication::translate("Parallax::RefiQda", "A passage of “%1”: its positions %2–%3 are outside the text.")
                            .arg(source.name)
                            .arg(selection.start)
                            .arg(selection.end));
                    continue;
                }
                // Positions count the text as the tool stored it; the quote and its
                // context find the passage again in the normalized text.
                const qsizetype start = codePoints.toUtf16(selection.start);
                const qsizetype end = codePoints.toUtf16(selection.end);
                ExchangedAnnotation annotation;
                annotation.sourceIri = iri;
                annotation.start = selection.start;
                annotation.end = selection.end;
                annotation.exact = normalized(raw->mid(start, end - start));
                annotation.prefix = normalized(raw->mid(std::max<qsizetype>(0, start - TextAnchor::ContextLength), std::min(start, TextAnchor::ContextLength)));
                annotation.suffix = normalized(raw->mid(end, TextAnchor::ContextLength));
                for (const QString &codeGuid : selection.codeGuids)
                    if (m_codes.contains(codeGuid))
                        annotation.tagPaths.append(m_codes.value(codeGuid));
                annotation.creator = m_users.value(selection.creatingUser);
                QStringList notes;
                if (!selection.description.trimmed().isEmpty())
                    notes.append(selection.description.trimmed());
                for (const QString &noteGuid : selection.noteGuids)
                    if (!m_notes.value(noteGuid).trimmed().isEmpty())
                        notes.append(m_notes.value(noteGuid).trimmed());
                annotation.note = notes.join(u"\n\n"_s);
                annotation.created = selection.created;
                annotation.modified = selection.modified;
                project.annotations.append(annotation);
            }
        }
        if (!m_otherSources.isEmpty())
            project.leftOut.append(
                QCoreApplication::translate("Parallax::RefiQda", "Sources that are not text (%1): Parallax reads text.").arg(m_otherSources.join(u", "_s)));
        return project;
    }

    const QString m_archive;
    const std::function<std::optional<QByteArray>(const QString &)> m_sourceFile;
    QXmlStreamReader m_xml;
    QString m_error;
    QStringList m_codePath;
    QHash<QString, QString> m_codes; ///< GUID → tag path
    QHash<QString, QString> m_users; ///< GUID → name
    QList<ExchangedTag> m_tags;
    QList<Source> m_sources;
    QHash<QString, QString> m_notes; ///< GUID → text
    QString m_noteGuid;
    QString m_notePath;
    bool m_inSelectionCoding = false;
    bool m_inSourceCoding = false;
    bool m_inTakenSource = false;
    bool m_selectionOpen = false;
    int m_depth = 0;
    QStringList m_otherSources;
};

} // namespace

StoreResult<ProjectFiles> exportProject(const Store &store, const ExportScope &scope, const ExportOptions &options)
{
    return ProjectWriter(store, options).write(scope);
}

std::optional<QByteArray> zip(const ProjectFiles &files)
{
    QBuffer buffer;
    KZip archive(&buffer);
    if (!archive.open(QIODevice::WriteOnly))
        return std::nullopt;
    archive.setCompression(KZip::DeflateCompression);
    bool written = archive.writeFile(u"project.qde"_s, files.projectXml);
    for (const auto &[name, bytes] : files.sources)
        written = written && archive.writeFile(name, bytes);
    if (!archive.close() || !written)
        return std::nullopt;
    return buffer.data();
}

Expected<Project> readProject(const QByteArray &xml, const QString &archive, const std::function<std::optional<QByteArray>(const QString &)> &sourceFile)
{
    return ProjectReader(archive, sourceFile).read(xml);
}

namespace
{
// An entry's bytes, read a piece at a time, or nothing past LIMIT. The sizes a zip
// declares are its sender's word: trusted, a damaged or hostile archive of a few bytes
// has KArchive allocate gigabytes for an entry that holds nothing of the kind.
std::optional<QByteArray> readEntry(const KArchiveFile *file, qint64 limit)
{
    if (file->size() > limit)
        return std::nullopt;
    const std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device)
        return std::nullopt;
    QByteArray bytes;
    std::array<char, 64 * 1024> piece {};
    for (qint64 read = 0; (read = device->read(piece.data(), piece.size())) > 0;) {
        if (bytes.size() + read > limit)
            return std::nullopt;
        bytes.append(piece.data(), read);
    }
    return bytes;
}
} // namespace

Expected<Project> readArchive(const QString &path)
{
    KZip archive(path);
    if (!archive.open(QIODevice::ReadOnly))
        return Failure {
            QCoreApplication::translate("Parallax::RefiQda", "%1 is not a zip archive, or it is damaged (cut short?): %2").arg(path, archive.errorString())};
    // Every file of the archive by its path, lower-cased: tools differ in case
    // (Project.qde, Sources/). A path that would leave the project folder refuses the
    // whole archive.
    QHash<QString, const KArchiveFile *> files;
    QString escaping;
    std::function<void(const KArchiveDirectory *, const QString &)> collect = [&](const KArchiveDirectory *directory, const QString &prefix) {
        for (const QString &name : directory->entries()) {
            if (name.isEmpty() || name == "."_L1 || name == ".."_L1 || name.contains(u'\\') || name.contains(u'/')) {
                escaping = prefix + name;
                return;
            }
            const KArchiveEntry *entry = directory->entry(name);
            if (entry->isDirectory())
                collect(static_cast<const KArchiveDirectory *>(entry), prefix + name + u'/');
            else if (entry->isFile())
                files.insert((prefix + name).toLower(), static_cast<const KArchiveFile *>(entry));
        }
    };
    collect(archive.directory(), {});
    if (!escaping.isEmpty())
        return Failure {
            QCoreApplication::translate("Parallax::RefiQda", "%1 was refused: its entry “%2” would be placed outside the project folder.").arg(path, escaping)};
    const KArchiveFile *projectFile = files.value(u"project.qde"_s);
    for (auto it = files.cbegin(); !projectFile && it != files.cend(); ++it)
        if (it.key().endsWith(".qde"_L1) && !it.key().contains(u'/'))
            projectFile = it.value();
    if (!projectFile)
        return Failure {QCoreApplication::translate("Parallax::RefiQda", "%1 is not a REFI-QDA project: it holds no project.qde.").arg(path)};
    const std::optional<QByteArray> projectXml = readEntry(projectFile, MaximumProjectSize);
    if (!projectXml)
        return Failure {QCoreApplication::translate("Parallax::RefiQda", "%1: its project.qde is larger than %2 MiB and is not read.")
                .arg(path)
                .arg(MaximumProjectSize >> 20)};
    const auto sourceFile = [&](const QString &name) -> std::optional<QByteArray> {
        const KArchiveFile *file = files.value(u"sources/"_s + name.toLower());
        return file ? readEntry(file, MaximumSourceSize) : std::nullopt;
    };
    auto project = readProject(*projectXml, path, sourceFile);
    if (!project)
        return Failure {QCoreApplication::translate("Parallax::RefiQda", "%1 was not imported. %2").arg(path, project.error().message)};
    return project;
}

} // namespace Parallax::RefiQda
