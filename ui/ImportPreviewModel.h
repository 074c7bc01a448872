#pragma once

#include "core/Checklist.h"

#include <QAbstractItemModel>

// File ▸ Import Template's preview of what the reader understood, before
// anything is stored: a read-only tree of the template's sections (with
// their kind), and under each its columns and their roles, group rows,
// items with their default mark and notes (a task's detail in the tooltip),
// procedure steps and sign-off roles.
class ImportPreviewModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Default, Notes, ColumnCount };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setTemplate(const ChecklistTemplate& tmpl);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // One row under a section: its columns' roles, then its items.
    struct Row {
        QString name;
        QString kind;
        QString defaultMark;
        QString notes;
        QString tooltip;
    };
    struct Section {
        Row row;
        QList<Row> children;
    };
    static Section describe(const ChecklistSection& section);

    QList<Section> m_sections;
};
