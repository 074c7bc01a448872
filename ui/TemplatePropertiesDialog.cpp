#include "ui/TemplatePropertiesDialog.h"

#include "ui_TemplatePropertiesDialog.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>

namespace {
enum Column { RoleColumn, SignersColumn, IndependentColumn, ColumnCount };
// More would be a committee, not a sign-off; the engine takes any count.
constexpr int kMostSigners = 9;
} // namespace

TemplatePropertiesDialog::TemplatePropertiesDialog(const ChecklistTemplate& tmpl, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplatePropertiesDialog>())
    , m_template(tmpl) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Template Properties"));
    m_ui->titleLabel->setTextFormat(Qt::PlainText);
    m_ui->titleLabel->setText(tr("%1, version %2").arg(tmpl.title).arg(tmpl.version));
    QFont bold = m_ui->titleLabel->font();
    bold.setBold(true);
    m_ui->titleLabel->setFont(bold);
    m_ui->policiesLabel->setText(
        tr("Sign-off &policy of each role: how many different people must sign it, and whether they must "
           "be independent, having changed none of the record's items."));
    m_ui->versionLabel->setText(
        tr("Saving stores these as version %1 of the template, which new records use. Records already made "
           "keep the policy of their own version.")
            .arg(tmpl.version + 1));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save as New Version"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillRoles();
    updateSaveButton();
}

TemplatePropertiesDialog::~TemplatePropertiesDialog() = default;

void TemplatePropertiesDialog::fillRoles() {
    for (const ChecklistSection& section : m_template.sections) {
        if (section.kind != SectionKind::SignOff)
            continue;
        for (const ChecklistItem& row : section.items) {
            if (!row.isGroupHeader)
                m_roles << row.text;
        }
    }
    QTableWidget* table = m_ui->policyTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Role"), tr("Signers required"), tr("Independent")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(SignersColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(IndependentColumn, QHeaderView::ResizeToContents);
    table->setRowCount(int(m_roles.size()));
    for (int r = 0; r < m_roles.size(); ++r) {
        const QString& role = m_roles.at(r);
        const RolePolicy policy = m_template.rolePolicies.value(role);
        auto* name = new QTableWidgetItem(role);
        name->setFlags(Qt::ItemIsEnabled);
        table->setItem(r, RoleColumn, name);
        auto* signers = new QSpinBox(table);
        signers->setRange(1, std::max(kMostSigners, policy.signersRequired));
        signers->setValue(policy.signersRequired);
        signers->setAccessibleName(tr("Signers required for %1").arg(role));
        table->setCellWidget(r, SignersColumn, signers);
        auto* independent = new QCheckBox(tr("independent"), table);
        independent->setChecked(policy.independent);
        independent->setAccessibleName(tr("%1 must be signed by someone independent").arg(role));
        independent->setToolTip(
            tr("No one who changed an item of the record (by the name the change was recorded under) may "
               "sign as %1.")
                .arg(role));
        table->setCellWidget(r, IndependentColumn, independent);
        connect(signers, &QSpinBox::valueChanged, this, &TemplatePropertiesDialog::updateSaveButton);
        connect(independent, &QCheckBox::toggled, this, &TemplatePropertiesDialog::updateSaveButton);
    }
    if (m_roles.isEmpty()) {
        m_ui->policyTable->hide();
        m_ui->policiesLabel->setText(
            tr("This template has no sign-off table, so there is no sign-off policy to set."));
        m_ui->versionLabel->hide();
    }
}

QSpinBox* TemplatePropertiesDialog::signersEditor(const QString& role) const {
    const int row = int(m_roles.indexOf(role));
    return row < 0 ? nullptr : qobject_cast<QSpinBox*>(m_ui->policyTable->cellWidget(row, SignersColumn));
}

QCheckBox* TemplatePropertiesDialog::independentEditor(const QString& role) const {
    const int row = int(m_roles.indexOf(role));
    return row < 0 ? nullptr
                   : qobject_cast<QCheckBox*>(m_ui->policyTable->cellWidget(row, IndependentColumn));
}

QMap<QString, RolePolicy> TemplatePropertiesDialog::policies() const {
    QMap<QString, RolePolicy> result;
    for (const QString& role : m_roles) {
        RolePolicy policy;
        policy.signersRequired = signersEditor(role)->value();
        policy.independent = independentEditor(role)->isChecked();
        if (policy != RolePolicy())
            result.insert(role, policy);
    }
    return result;
}

ChecklistTemplate TemplatePropertiesDialog::edited() const {
    ChecklistTemplate tmpl = m_template;
    tmpl.rolePolicies = policies();
    return tmpl;
}

// Saving an unchanged policy would only make a version that differs in nothing.
void TemplatePropertiesDialog::updateSaveButton() {
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!m_roles.isEmpty() && changed());
}
