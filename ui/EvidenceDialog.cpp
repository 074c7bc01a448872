#include "ui/EvidenceDialog.h"

#include "core/ChecklistStore.h"
#include "core/UtcTime.h"
#include "io/InlineMarkup.h"
#include "ui/EvidenceFiles.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

EvidenceDialog::EvidenceDialog(ChecklistStore& store, EvidenceFiles& files, qint64 recordId,
                               const ChecklistItem& item, const QString& lockMessage, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_files(files)
    , m_recordId(recordId)
    , m_item(item)
    , m_lockMessage(lockMessage)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Evidence for “%1”").arg(InlineMarkup::plainText(item.text)));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setAccessibleName(tr("Evidence files"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Name"), tr("Size"), tr("Type"), tr("SHA-256"), tr("Attached by"),
                             tr("Attached at"), tr("Removed")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto button = [buttons](const QString& text, const QString& name, const QString& tip) {
        QPushButton* b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        return b;
    };
    m_attach =
        button(tr("&Attach…"), QStringLiteral("evidenceAttach"), tr("Attach another file to the item"));
    m_open = button(tr("&Open"), QStringLiteral("evidenceOpen"),
                    tr("Open a read-only copy of the file in the program your desktop chooses"));
    m_saveCopy = button(tr("&Save a Copy…"), QStringLiteral("evidenceSaveCopy"),
                        tr("Write the file's bytes, as attached, to a file of your choice"));
    m_remove = button(tr("&Remove…"), QStringLiteral("evidenceRemove"), QString());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QString itemText = InlineMarkup::plainText(item.text);
    connect(m_attach, &QPushButton::clicked, this,
            [this, itemText] { m_files.chooseAndAttach(m_recordId, m_item.id, itemText, this); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const AttachmentEntry* attachment = selected())
            m_files.open(*attachment, this);
    });
    connect(m_saveCopy, &QPushButton::clicked, this, [this] {
        if (const AttachmentEntry* attachment = selected())
            m_files.saveCopy(*attachment, this);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const AttachmentEntry* attachment = selected())
            m_files.remove(m_recordId, AttachmentEntry(*attachment), this);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &EvidenceDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, m_open, &QPushButton::click);
    connect(&m_store, &ChecklistStore::itemChanged, this, &EvidenceDialog::onItemChanged);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    fill();
    resize(900, 360);
}

const AttachmentEntry* EvidenceDialog::selected() const {
    const QTreeWidgetItem* row = m_list->currentItem();
    if (!row)
        return nullptr;
    const int index = m_list->indexOfTopLevelItem(const_cast<QTreeWidgetItem*>(row));
    return index >= 0 && index < m_item.attachments.size() ? &m_item.attachments.at(index) : nullptr;
}

void EvidenceDialog::onItemChanged(qint64 recordId, const ChecklistItem& item) {
    if (recordId != m_recordId || item.id != m_item.id)
        return;
    m_item = item;
    fill();
}

void EvidenceDialog::fill() {
    const qint64 keep = selected() ? selected()->id : 0;
    m_list->clear();
    const QLocale locale;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int standing = 0;
    QTreeWidgetItem* current = nullptr;
    for (const AttachmentEntry& attachment : std::as_const(m_item.attachments)) {
        auto* row = new QTreeWidgetItem(m_list);
        row->setText(Name, attachment.name);
        row->setText(Size, locale.formattedDataSize(attachment.size, 1, QLocale::DataSizeTraditionalFormat));
        row->setToolTip(Size, tr("%1 bytes").arg(locale.toString(attachment.size)));
        row->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(Type, attachment.mediaType);
        row->setText(Sha256, attachment.sha256);
        row->setFont(Sha256, mono);
        row->setToolTip(Sha256, attachment.sha256);
        row->setText(AttachedBy, attachment.addedBy);
        row->setText(AttachedAt, UtcTime::local(attachment.addedAt, UtcTime::Precision::Minutes));
        if (attachment.isRemoved()) {
            const QString removed =
                tr("by %1, %2: %3")
                    .arg(attachment.removedBy,
                         UtcTime::local(attachment.removedAt, UtcTime::Precision::Minutes),
                         attachment.removedReason);
            row->setText(Removed, removed);
            row->setToolTip(Removed, removed);
            for (int column = 0; column < ColumnCount; ++column)
                row->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            ++standing;
        }
        if (attachment.id == keep)
            current = row;
    }
    const int removed = int(m_item.attachments.size()) - standing;
    m_summary->setText(
        m_item.attachments.isEmpty()
            ? tr("No file is attached to this item yet. Attach… adds one; so does dropping "
                 "files on the item's row.")
            : tr("%n file(s) attached", nullptr, standing) +
                  (removed > 0 ? tr("; %n removed, kept with the reason", nullptr, removed) : QString()) +
                  u'.');
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_list->resizeColumnToContents(column);
    if (!current && m_list->topLevelItemCount() > 0)
        current = m_list->topLevelItem(0);
    m_list->setCurrentItem(current);
    updateButtons();
}

void EvidenceDialog::updateButtons() {
    const AttachmentEntry* attachment = selected();
    const bool editable = m_lockMessage.isEmpty();
    m_attach->setEnabled(editable);
    m_attach->setToolTip(editable ? tr("Attach another file to the item") : m_lockMessage);
    m_open->setEnabled(attachment != nullptr);
    m_saveCopy->setEnabled(attachment != nullptr);
    m_remove->setEnabled(editable && attachment && !attachment->isRemoved());
    m_remove->setToolTip(!editable ? m_lockMessage
                         : attachment && attachment->isRemoved()
                             ? tr("This file is already removed")
                             : tr("Remove the file from the item's evidence, with a reason; its bytes stay "
                                  "in the database"));
}
