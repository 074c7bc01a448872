#include "SignOffTable.h"

#include "InlineMarkdown.h"
#include "TableFit.h"

#include <QHeaderView>
#include <QLocale>

namespace {
enum class Cell { Name, Signature, Date, Other };

Cell cellOf(const QString& header) {
    const QString h = header.trimmed().toLower();
    if (h == u"name")
        return Cell::Name;
    if (h == u"signature")
        return Cell::Signature;
    if (h == u"date")
        return Cell::Date;
    return Cell::Other;
}
} // namespace

SignOffTable::SignOffTable(const Record& record, const ChecklistSection& section, QWidget* parent)
    : QTableWidget(int(section.items.size()), int(std::max<qsizetype>(section.columns.size(), 1)), parent) {
    setObjectName(QStringLiteral("signoff:%1").arg(section.title));
    setAccessibleName(tr("%1 table").arg(section.title));
    TableFit::prepare(this);
    setEditTriggers(NoEditTriggers);
    setSelectionMode(NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setAlternatingRowColors(true);

    QStringList headers;
    for (const QString& column : section.columns)
        headers << InlineMarkdown::toPlainText(column);
    if (headers.isEmpty())
        headers << tr("Role");
    setHorizontalHeaderLabels(headers);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    for (int row = 0; row < section.items.size(); ++row)
        fillRow(row, section, section.items.at(row), record);
    TableFit::fitHeight(this);
}

void SignOffTable::fillRow(int row, const ChecklistSection& section, const ChecklistItem& role,
                           const Record& record) {
    const SignatureEntry* signature = record.activeSignature(role.text);
    auto* roleItem = new QTableWidgetItem(InlineMarkdown::toPlainText(role.text));
    QFont bold = roleItem->font();
    bold.setBold(true);
    roleItem->setFont(bold);
    setItem(row, 0, roleItem);
    // The other cells follow the role, as the template wrote them.
    for (int column = 1; column < columnCount(); ++column) {
        QString text = InlineMarkdown::toPlainText(role.extra.value(column - 1));
        bool placeholder = false;
        switch (cellOf(section.columns.value(column))) {
        case Cell::Name:
            if (signature)
                text = signature->printedName;
            break;
        case Cell::Signature:
            if (signature) {
                text = tr("✓ Signed (%1)").arg(signature->meaning);
            } else if (text.isEmpty()) {
                text = tr("Not signed yet");
                placeholder = true;
            }
            break;
        case Cell::Date:
            if (signature)
                text = QLocale().toString(signature->signedAt.toLocalTime(), QLocale::ShortFormat);
            break;
        case Cell::Other:
            break;
        }
        auto* cell = new QTableWidgetItem(text);
        if (placeholder) {
            QFont italic = cell->font();
            italic.setItalic(true);
            cell->setFont(italic);
            cell->setForeground(palette().placeholderText());
        }
        setItem(row, column, cell);
    }
}

void SignOffTable::resizeEvent(QResizeEvent* event) {
    QTableWidget::resizeEvent(event);
    TableFit::fitHeightLater(this);
}
