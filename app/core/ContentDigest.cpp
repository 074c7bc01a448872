#include "core/ContentDigest.h"

#include "core/CanonicalJson.h"
#include "core/Sha256.h"
#include "core/SignOffService.h"
#include "core/SignatureGeometry.h"
#include "core/UtcTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

// Keys in each object are written in sorted order (UTF-16 code units), as
// QJsonObject keeps them; docs/CANONICAL-JSON.md shows the same order.
void writeCanonical(const Record& record, CanonicalJsonWriter& w) {
    w.raw('{');
    w.key("created_at");
    w.time(record.createdAt);
    w.raw(',');
    w.key("created_by");
    w.string(record.createdBy);
    w.raw(',');
    w.key("description");
    w.string(record.description);
    w.raw(',');
    w.key("environment");
    w.string(record.info.environment);
    w.raw(',');
    w.key("format");
    w.raw("\"countersign-record-content/1\"");
    w.raw(',');
    w.key("id");
    w.integerString(record.id);
    w.raw(',');
    w.key("release_version");
    w.string(record.info.releaseVersion);
    w.raw(',');
    w.key("sections");
    w.raw('[');
    for (qsizetype s = 0; s < record.sections.size(); ++s) {
        const ChecklistSection& section = record.sections.at(s);
        if (s > 0)
            w.raw(',');
        w.raw('{');
        w.key("columns");
        w.stringList(section.columns);
        w.raw(',');
        w.key("description");
        w.string(section.description);
        w.raw(',');
        w.key("items");
        w.raw('[');
        for (qsizetype i = 0; i < section.items.size(); ++i) {
            const ChecklistItem& item = section.items.at(i);
            if (i > 0)
                w.raw(',');
            w.raw('{');
            // Only when there is one: records without details digest as before it existed.
            if (!item.detail.isEmpty()) {
                w.key("detail");
                w.string(item.detail);
                w.raw(',');
            }
            w.key("extra");
            w.stringList(item.extra);
            w.raw(',');
            w.key("group_header");
            w.boolean(item.isGroupHeader);
            w.raw(',');
            w.key("id");
            w.integerString(item.id);
            w.raw(',');
            w.key("notes");
            w.string(item.notes);
            w.raw(',');
            w.key("status");
            w.string(ItemStatusText::key(item.status));
            w.raw(',');
            w.key("text");
            w.string(item.text);
            w.raw(',');
            w.key("updated_at");
            w.time(item.updatedAt);
            w.raw(',');
            w.key("updated_by");
            w.string(item.updatedBy);
            w.raw('}');
        }
        w.raw(']');
        w.raw(',');
        w.key("kind");
        w.string(SectionKindText::key(section.kind));
        w.raw(',');
        w.key("notes_column");
        w.integer(section.notesColumn);
        w.raw(',');
        w.key("status_column");
        w.integer(section.statusColumn);
        w.raw(',');
        if (section.taskList) { // only when true, as detail
            w.key("task_list");
            w.boolean(true);
            w.raw(',');
        }
        w.key("title");
        w.string(section.title);
        w.raw('}');
    }
    w.raw(']');
    w.raw(',');
    w.key("template");
    w.raw('{');
    w.key("title");
    w.string(record.templateTitle);
    w.raw(',');
    w.key("version");
    w.integer(record.templateVersion);
    w.raw('}');
    w.raw(',');
    w.key("title");
    w.string(record.info.title);
    w.raw('}');
}

// ---- countersign-record-content/2: every key always present, keys sorted.

void writeMark(const NotApplicableMark& mark, CanonicalJsonWriter& w) {
    if (!mark.isSet()) {
        w.raw("null");
        return;
    }
    w.raw('{');
    w.key("at");
    w.time(mark.at);
    w.raw(',');
    w.key("by");
    w.string(mark.by);
    w.raw(',');
    w.key("reason");
    w.string(mark.reason);
    w.raw('}');
}

void writeAttachment(const AttachmentEntry& a, CanonicalJsonWriter& w) {
    w.raw('{');
    w.key("added_at");
    w.time(a.addedAt);
    w.raw(',');
    w.key("added_by");
    w.string(a.addedBy);
    w.raw(',');
    w.key("id");
    w.integerString(a.id);
    w.raw(',');
    w.key("media_type");
    w.string(a.mediaType);
    w.raw(',');
    w.key("name");
    w.string(a.name);
    w.raw(',');
    w.key("removed");
    if (a.isRemoved()) {
        w.raw('{');
        w.key("at");
        w.time(a.removedAt);
        w.raw(',');
        w.key("by");
        w.string(a.removedBy);
        w.raw(',');
        w.key("reason");
        w.string(a.removedReason);
        w.raw('}');
    } else {
        w.raw("null");
    }
    w.raw(',');
    w.key("sha256");
    w.string(a.sha256);
    w.raw(',');
    w.key("size");
    w.integer(a.size);
    w.raw('}');
}

void writeItem2(const ChecklistItem& item, CanonicalJsonWriter& w) {
    w.raw('{');
    w.key("attachments");
    w.raw('[');
    for (qsizetype a = 0; a < item.attachments.size(); ++a) {
        if (a > 0)
            w.raw(',');
        writeAttachment(item.attachments.at(a), w);
    }
    w.raw(']');
    w.raw(',');
    w.key("checked_at");
    w.time(item.updatedAt);
    w.raw(',');
    w.key("checked_by");
    w.string(item.updatedBy);
    w.raw(',');
    w.key("detail");
    w.string(item.detail);
    w.raw(',');
    w.key("extra");
    w.stringList(item.extra);
    w.raw(',');
    w.key("group_header");
    w.boolean(item.isGroupHeader);
    w.raw(',');
    w.key("id");
    w.integerString(item.id);
    w.raw(',');
    w.key("not_applicable");
    writeMark(item.notApplicable, w);
    w.raw(',');
    w.key("notes");
    w.string(item.notes);
    w.raw(',');
    w.key("notes_at");
    w.time(item.notesAt);
    w.raw(',');
    w.key("notes_by");
    w.string(item.notesBy);
    w.raw(',');
    w.key("status");
    w.string(ItemStatusText::key(item.status));
    w.raw(',');
    w.key("text");
    w.string(item.text);
    w.raw('}');
}

// Every column with its role, in column order: column 0 is the item's.
void writeColumns(const ChecklistSection& section, CanonicalJsonWriter& w) {
    w.raw('[');
    for (qsizetype c = 0; c < section.columns.size(); ++c) {
        if (c > 0)
            w.raw(',');
        const char* role = c == 0                           ? "item"
                           : int(c) == section.statusColumn ? "status"
                           : int(c) == section.notesColumn  ? "notes"
                                                            : "extra";
        w.raw('{');
        w.key("role");
        w.raw('"');
        w.raw(role);
        w.raw('"');
        w.raw(',');
        w.key("title");
        w.string(section.columns.at(c));
        w.raw('}');
    }
    w.raw(']');
}

void writeSections2(const QList<ChecklistSection>& sections, CanonicalJsonWriter& w) {
    w.raw('[');
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const ChecklistSection& section = sections.at(s);
        if (s > 0)
            w.raw(',');
        w.raw('{');
        w.key("columns");
        writeColumns(section, w);
        w.raw(',');
        w.key("description");
        w.string(section.description);
        w.raw(',');
        w.key("items");
        w.raw('[');
        for (qsizetype i = 0; i < section.items.size(); ++i) {
            if (i > 0)
                w.raw(',');
            writeItem2(section.items.at(i), w);
        }
        w.raw(']');
        w.raw(',');
        w.key("kind");
        w.string(SectionKindText::key(section.kind));
        w.raw(',');
        w.key("not_applicable");
        writeMark(section.notApplicable, w);
        w.raw(',');
        w.key("title");
        w.string(section.title);
        w.raw('}');
    }
    w.raw(']');
}

// The sign-off section's roles, in table order, with the rules they are signed under.
void writePolicy(const Record& record, CanonicalJsonWriter& w) {
    const ChecklistSection* signOff = record.signOffSection();
    w.raw('{');
    w.key("any_order");
    w.boolean(signOff && SignOffService::rolesSignInAnyOrder(*signOff));
    w.raw(',');
    w.key("roles");
    w.raw('[');
    bool first = true;
    for (qsizetype position = 0; signOff && position < signOff->items.size(); ++position) {
        const ChecklistItem& row = signOff->items.at(position);
        if (row.isGroupHeader)
            continue;
        if (!first)
            w.raw(',');
        first = false;
        const RolePolicy policy = record.policyFor(row.text);
        w.raw('{');
        w.key("any_time");
        w.boolean(SignOffService::signsAnyTime(*signOff, row));
        w.raw(',');
        w.key("independent");
        w.boolean(policy.independent);
        w.raw(',');
        w.key("meanings");
        w.stringList(SignOffService::tableMeanings(record, row.text));
        w.raw(',');
        w.key("position");
        w.integer(position);
        w.raw(',');
        w.key("role");
        w.string(row.text);
        w.raw(',');
        w.key("signers_required");
        w.integer(policy.signersRequired);
        w.raw('}');
    }
    w.raw(']');
    w.raw('}');
}

void writeCanonical2(const Record& record, CanonicalJsonWriter& w) {
    w.raw('{');
    w.key("created_at");
    w.time(record.createdAt);
    w.raw(',');
    w.key("created_by");
    w.string(record.createdBy);
    w.raw(',');
    w.key("database_id");
    w.string(record.databaseId);
    w.raw(',');
    w.key("description");
    w.string(record.description);
    w.raw(',');
    w.key("environment");
    w.string(record.info.environment);
    w.raw(',');
    w.key("format");
    w.raw("\"countersign-record-content/2\"");
    w.raw(',');
    w.key("id");
    w.integerString(record.id);
    w.raw(',');
    w.key("policy");
    writePolicy(record, w);
    w.raw(',');
    w.key("release_version");
    w.string(record.info.releaseVersion);
    w.raw(',');
    w.key("sections");
    writeSections2(record.sections, w);
    w.raw(',');
    w.key("template");
    w.raw('{');
    w.key("source_sha256");
    w.string(record.templateSha256);
    w.raw(',');
    w.key("title");
    w.string(record.templateTitle);
    w.raw(',');
    w.key("version");
    w.integer(record.templateVersion);
    w.raw('}');
    w.raw(',');
    w.key("title");
    w.string(record.info.title);
    w.raw('}');
}

void writeCanonical(const Record& record, ContentFormat format, CanonicalJsonWriter& w) {
    if (format == ContentFormat::V1)
        writeCanonical(record, w);
    else
        writeCanonical2(record, w);
}

} // namespace

QByteArray ContentDigest::canonicalJson(const Record& record, ContentFormat format) {
    CanonicalJsonWriter writer;
    writeCanonical(record, format, writer);
    return writer.take();
}

QString ContentDigest::digest(const Record& record, ContentFormat format) {
    Sha256 hash;
    CanonicalJsonWriter writer(&hash);
    writeCanonical(record, format, writer);
    writer.finish();
    return hash.resultHex();
}

const char* ContentDigest::formatName(ContentFormat format) {
    return format == ContentFormat::V1 ? kFormat1 : kFormat2;
}

QString ContentDigest::formatNameOf(const SignatureEntry& signature) {
    if (signature.payloadFormat < 2)
        return QString::fromLatin1(kFormat1);
    return QJsonDocument::fromJson(signature.payload)
        .object()
        .value(QStringLiteral("content_format"))
        .toString();
}

std::optional<ContentFormat> ContentDigest::formatOf(const SignatureEntry& signature) {
    return formatNamed(formatNameOf(signature));
}

std::optional<ContentFormat> ContentDigest::formatNamed(const QString& name) {
    if (name == QLatin1StringView(kFormat1))
        return ContentFormat::V1;
    if (name == QLatin1StringView(kFormat2))
        return ContentFormat::V2;
    return std::nullopt;
}

QString ContentDigest::templateSha256(const ChecklistTemplate& tmpl) {
    CanonicalJsonWriter w;
    w.raw('{');
    w.key("description");
    w.string(tmpl.description);
    w.raw(',');
    w.key("format");
    w.raw("\"countersign-template-source/1\"");
    w.raw(',');
    w.key("sections");
    writeSections2(tmpl.sections, w);
    w.raw(',');
    w.key("title");
    w.string(tmpl.title);
    w.raw(',');
    w.key("version");
    w.integer(tmpl.version);
    w.raw('}');
    return Sha256::hex(w.take());
}

QString RecordDigests::of(ContentFormat format) const {
    std::optional<QString>& digest = m_digests[format == ContentFormat::V1 ? 0 : 1];
    if (!digest)
        digest = ContentDigest::digest(m_record, format);
    return *digest;
}

QString RecordDigests::forSignature(const SignatureEntry& signature) const {
    const std::optional<ContentFormat> format = ContentDigest::formatOf(signature);
    return format ? of(*format) : QString();
}

SignatureState RecordDigests::stateOf(const SignatureEntry& signature) const {
    return signature.stateAgainst(signature.revoked ? QString() : forSignature(signature));
}

QByteArray ContentDigest::canonicalJson(const Record& record) {
    CanonicalJsonWriter writer;
    writeCanonical(record, writer);
    return writer.take();
}

QString ContentDigest::digest(const Record& record) {
    Sha256 hash;
    CanonicalJsonWriter writer(&hash);
    writeCanonical(record, writer);
    writer.finish();
    return hash.resultHex();
}
