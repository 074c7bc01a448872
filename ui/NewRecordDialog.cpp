#include "ui/NewRecordDialog.h"

#include "ui_NewRecordDialog.h"

#include <QPushButton>

#include <algorithm>

namespace {
// What the template combo is wide enough for; longer titles are cut short in the closed combo.
constexpr int kTemplateNameChars = 48;
} // namespace

NewRecordDialog::NewRecordDialog(const QList<TemplateSummary>& templates, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewRecordDialog>()) {
    m_ui->setupUi(this);
    setWindowTitle(tr("New Record"));
    for (QComboBox* combo : {m_ui->templateCombo, m_ui->environmentCombo})
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->templateLabel->setText(tr("&Template:"));
    m_ui->titleLabel->setText(tr("T&itle:"));
    m_ui->versionLabel->setText(tr("Release &version:"));
    m_ui->environmentLabel->setText(tr("&Environment:"));
    m_ui->titleEdit->setPlaceholderText(tr("Required, for example: Release 2.4"));
    m_ui->versionEdit->setPlaceholderText(tr("For example: 2.4.0"));
    m_ui->templateCombo->setToolTip(tr("The checklist this record follows"));
    m_ui->environmentCombo->setToolTip(tr("Where the release goes; pick one or type another"));
    m_ui->titleEdit->setToolTip(tr("The name the record is listed under"));
    m_ui->versionEdit->setToolTip(tr("The version being released; shown in the record and its report"));
    m_ui->templateCombo->setAccessibleName(tr("Template"));
    m_ui->titleEdit->setAccessibleName(tr("Title"));
    m_ui->versionEdit->setAccessibleName(tr("Release version"));
    m_ui->environmentCombo->setAccessibleName(tr("Environment"));
    // The editable combo's text field is an object of its own to a screen reader.
    m_ui->environmentCombo->lineEdit()->setAccessibleName(tr("Environment"));

    // A long template title must not widen the dialog past the screen: the combo keeps a
    // reasonable width and the full title shows in its list and tooltip.
    m_ui->templateCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->templateCombo->setMinimumContentsLength(kTemplateNameChars);
    for (const TemplateSummary& t : sortedNewestFirst(templates)) {
        const QString text = tr("%1 (v%2, %n items)", nullptr, t.itemCount).arg(t.title).arg(t.version);
        m_ui->templateCombo->addItem(text, t.id);
        m_ui->templateCombo->setItemData(m_ui->templateCombo->count() - 1, text, Qt::ToolTipRole);
    }
    m_ui->environmentCombo->addItems({tr("Development"), tr("Staging"), tr("Production")});
    m_ui->environmentCombo->setCurrentIndex(-1);
    m_ui->environmentCombo->lineEdit()->setPlaceholderText(tr("Development, Staging, Production…"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create Record"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &NewRecordDialog::updateOkButton);
    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this, &NewRecordDialog::updateOkButton);
    m_ui->titleEdit->setFocus();
    updateOkButton();
    resize(std::max(width(), 520), sizeHint().height());
}

NewRecordDialog::~NewRecordDialog() = default;

QList<TemplateSummary> NewRecordDialog::sortedNewestFirst(QList<TemplateSummary> templates) {
    std::stable_sort(templates.begin(), templates.end(),
                     [](const TemplateSummary& a, const TemplateSummary& b) {
                         if (a.isNewest != b.isNewest)
                             return a.isNewest;
                         const int byTitle = a.title.localeAwareCompare(b.title);
                         if (byTitle != 0)
                             return byTitle < 0;
                         return a.version > b.version;
                     });
    return templates;
}

qint64 NewRecordDialog::templateId() const {
    return m_ui->templateCombo->currentData().toLongLong();
}

RecordInfo NewRecordDialog::info() const {
    return {m_ui->titleEdit->text().trimmed(), m_ui->versionEdit->text().trimmed(),
            m_ui->environmentCombo->currentText().trimmed()};
}

void NewRecordDialog::updateOkButton() {
    const bool ready = templateId() != 0 && !m_ui->titleEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
}
