#pragma once

#include "core/Checklist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The canonical content of a record as its specification
// (docs/CANONICAL-JSON.md) defines it: the QJsonObject tree serialised by
// QJsonDocument::Compact. ContentDigest writes the same bytes without the
// tree; tst_canonicaljson and the digest benchmark compare the two.
inline QByteArray referenceCanonicalJson(const Record& record) {
    auto utc = [](const QDateTime& t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
    };
    QJsonArray sections;
    for (const ChecklistSection& section : record.sections) {
        QJsonArray items;
        for (const ChecklistItem& item : section.items) {
            QJsonObject object{
                {QStringLiteral("id"), QString::number(item.id)},
                {QStringLiteral("group_header"), item.isGroupHeader},
                {QStringLiteral("text"), item.text},
                {QStringLiteral("status"), ItemStatusText::key(item.status)},
                {QStringLiteral("notes"), item.notes},
                {QStringLiteral("extra"), QJsonArray::fromStringList(item.extra)},
                {QStringLiteral("updated_by"), item.updatedBy},
                {QStringLiteral("updated_at"), utc(item.updatedAt)},
            };
            // A task-list item's detail, only when it has one.
            if (!item.detail.isEmpty())
                object.insert(QStringLiteral("detail"), item.detail);
            items.append(object);
        }
        QJsonObject sectionObject{
            {QStringLiteral("title"), section.title},
            {QStringLiteral("kind"), SectionKindText::key(section.kind)},
            {QStringLiteral("description"), section.description},
            {QStringLiteral("columns"), QJsonArray::fromStringList(section.columns)},
            {QStringLiteral("status_column"), section.statusColumn},
            {QStringLiteral("notes_column"), section.notesColumn},
            {QStringLiteral("items"), items},
        };
        if (section.taskList)
            sectionObject.insert(QStringLiteral("task_list"), true);
        sections.append(sectionObject);
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("countersign-record-content/1")},
        {QStringLiteral("id"), QString::number(record.id)},
        {QStringLiteral("title"), record.info.title},
        {QStringLiteral("release_version"), record.info.releaseVersion},
        {QStringLiteral("environment"), record.info.environment},
        {QStringLiteral("template"), QJsonObject{{QStringLiteral("title"), record.templateTitle},
                                                 {QStringLiteral("version"), record.templateVersion}}},
        {QStringLiteral("description"), record.description},
        {QStringLiteral("created_at"), utc(record.createdAt)},
        {QStringLiteral("created_by"), record.createdBy},
        {QStringLiteral("sections"), sections},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
