#include "io/RecordExporter.h"

#include "core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

QJsonValue timeValue(const QDateTime& time) {
    if (!time.isValid())
        return QJsonValue::Null;
    return UtcTime::text(time);
}

QString timeText(const QDateTime& time) {
    return UtcTime::text(time);
}

QJsonObject itemJson(const ChecklistSection& section, int index) {
    const ChecklistItem& item = section.items.at(index);
    const QList<int> extraColumns = section.extraColumns();
    QJsonObject extra;
    for (qsizetype i = 0; i < extraColumns.size(); ++i)
        extra.insert(section.columns.at(extraColumns.at(i)),
                     i < item.extra.size() ? item.extra.at(i) : QString());
    QJsonObject json{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("group"), section.groupOf(index)},
        {QStringLiteral("text"), item.text},
        {QStringLiteral("notes"), item.notes},
        {QStringLiteral("detail"), item.detail},
        {QStringLiteral("extra"), extra},
        {QStringLiteral("updated_by"), item.updatedBy},
        {QStringLiteral("updated_at"), timeValue(item.updatedAt)},
        {QStringLiteral("notes_by"), item.notesBy},
        {QStringLiteral("notes_at"), timeValue(item.notesAt)},
    };
    // Only a checklist item has a status: a procedure step or a sign-off role
    // cannot be ticked (`set` refuses them), so a "pending" there would be a lie.
    if (section.kind == SectionKind::Checklist)
        json.insert(QStringLiteral("status"), ItemStatusText::key(item.status));
    if (!item.attachments.isEmpty()) {
        QJsonArray attachments;
        for (const AttachmentEntry& entry : item.attachments)
            attachments.append(RecordExporter::attachmentJson(entry));
        json.insert(QStringLiteral("attachments"), attachments);
    }
    return json;
}

// A section's or group's mark not applicable; null while unmarked.
QJsonValue markJson(const NotApplicableMark& mark) {
    if (!mark.isSet())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("reason"), mark.reason},
        {QStringLiteral("by"), mark.by},
        {QStringLiteral("at"), timeValue(mark.at)},
    };
}

QJsonObject sectionJson(const ChecklistSection& section) {
    QJsonArray items;
    QJsonArray markedGroups;
    for (int i = 0; i < section.items.size(); ++i) {
        const ChecklistItem& item = section.items.at(i);
        if (!item.isGroupHeader) {
            items.append(itemJson(section, i));
        } else if (item.notApplicable.isSet()) {
            QJsonObject group = markJson(item.notApplicable).toObject();
            group.insert(QStringLiteral("group"), item.text);
            markedGroups.append(group);
        }
    }
    QJsonObject json{
        {QStringLiteral("title"), section.title},
        {QStringLiteral("kind"), SectionKindText::key(section.kind)},
        {QStringLiteral("description"), section.description},
        {QStringLiteral("columns"), QJsonArray::fromStringList(section.columns)},
        {QStringLiteral("items"), items},
    };
    if (section.kind == SectionKind::Checklist) {
        json.insert(QStringLiteral("not_applicable"), markJson(section.notApplicable));
        json.insert(QStringLiteral("groups_not_applicable"), markedGroups);
    }
    return json;
}

QJsonArray signoffsJson(const Record& record) {
    QJsonArray signoffs;
    const ChecklistSection* section = record.signOffSection();
    if (!section)
        return signoffs;
    for (const ChecklistItem& item : section->items) {
        const SignatureEntry* signature = record.activeSignature(item.text);
        const RolePolicy policy = record.policyFor(item.text);
        signoffs.append(QJsonObject{
            {QStringLiteral("role"), item.text},
            {QStringLiteral("signed"), record.roleComplete(item.text)},
            {QStringLiteral("signers_required"), policy.signersRequired},
            {QStringLiteral("independent"), policy.independent},
            {QStringLiteral("signed_count"), int(record.activeSignatures(item.text).size())},
            {QStringLiteral("name"),
             signature ? QJsonValue(signature->printedName) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("signed_at"),
             signature ? timeValue(signature->signedAt) : QJsonValue(QJsonValue::Null)},
        });
    }
    return signoffs;
}

QString csvField(const QString& text) {
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\r') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

QJsonObject RecordExporter::attachmentJson(const AttachmentEntry& entry) {
    QJsonObject json{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("name"), entry.name},
        {QStringLiteral("size"), entry.size},
        {QStringLiteral("media_type"), entry.mediaType},
        {QStringLiteral("sha256"), entry.sha256},
        {QStringLiteral("added_by"), entry.addedBy},
        {QStringLiteral("added_at"), timeValue(entry.addedAt)},
        {QStringLiteral("removed"), entry.isRemoved()},
    };
    if (entry.isRemoved()) {
        json.insert(QStringLiteral("removed_by"), entry.removedBy);
        json.insert(QStringLiteral("removed_at"), timeValue(entry.removedAt));
        json.insert(QStringLiteral("removed_reason"), entry.removedReason);
    }
    return json;
}

QJsonObject RecordExporter::toJson(const Record& record) {
    const Progress progress = record.progress();
    QJsonArray sections;
    for (const ChecklistSection& section : record.sections)
        sections.append(sectionJson(section));
    return {
        {QStringLiteral("id"), record.id},
        {QStringLiteral("title"), record.info.title},
        {QStringLiteral("version"), record.info.releaseVersion},
        {QStringLiteral("environment"), record.info.environment},
        {QStringLiteral("template"),
         QJsonObject{
             {QStringLiteral("id"), record.templateId},
             {QStringLiteral("title"), record.templateTitle},
             {QStringLiteral("version"), record.templateVersion},
         }},
        {QStringLiteral("state"), RecordStateText::key(record.state)},
        {QStringLiteral("created_at"), timeValue(record.createdAt)},
        {QStringLiteral("created_by"), record.createdBy},
        {QStringLiteral("progress"),
         QJsonObject{
             {QStringLiteral("total"), progress.total},
             {QStringLiteral("done"), progress.done},
             {QStringLiteral("na"), progress.notApplicable},
             {QStringLiteral("failed"), progress.failed},
             {QStringLiteral("pending"), progress.pending()},
         }},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("signoffs"), signoffsJson(record)},
    };
}

QByteArray RecordExporter::toJsonBytes(const Record& record) {
    return QJsonDocument(toJson(record)).toJson(QJsonDocument::Indented);
}

QByteArray RecordExporter::toCsv(const Record& record) {
    QString csv = QStringLiteral("section,group,text,status,notes,by,at\n");
    for (const ChecklistSection& section : record.sections) {
        if (section.kind != SectionKind::Checklist)
            continue;
        for (int i = 0; i < section.items.size(); ++i) {
            const ChecklistItem& item = section.items.at(i);
            if (item.isGroupHeader)
                continue;
            const QStringList fields{section.title,
                                     section.groupOf(i),
                                     item.text,
                                     ItemStatusText::key(item.status),
                                     item.notes,
                                     item.updatedBy,
                                     timeText(item.updatedAt)};
            QStringList quoted;
            for (const QString& field : fields)
                quoted.append(csvField(field));
            csv += quoted.join(u',') + u'\n';
        }
    }
    return csv.toUtf8();
}
