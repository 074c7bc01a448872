#include "ui/signing/RolePicker.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
constexpr int kColumns = 2;
}

RolePicker::RolePicker(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(4);
    layout->addLayout(m_grid);
    m_other = new QLineEdit(this);
    m_other->setObjectName(QStringLiteral("otherRolesEdit"));
    m_other->setPlaceholderText(tr("Other roles, comma-separated"));
    m_other->setAccessibleName(tr("Other roles"));
    layout->addWidget(m_other);
    connect(m_other, &QLineEdit::textChanged, this, &RolePicker::rolesChanged);
}

void RolePicker::setKnownRoles(const QStringList& roles) {
    const QStringList current = this->roles();
    qDeleteAll(m_boxes);
    m_boxes.clear();
    QStringList unique;
    for (const QString& role : roles) {
        if (!role.trimmed().isEmpty() && !unique.contains(role.trimmed(), Qt::CaseInsensitive))
            unique << role.trimmed();
    }
    for (int i = 0; i < unique.size(); ++i) {
        auto* box = new QCheckBox(unique.at(i), this);
        box->setObjectName(QStringLiteral("role:") + unique.at(i));
        connect(box, &QCheckBox::toggled, this, &RolePicker::rolesChanged);
        m_grid->addWidget(box, i / kColumns, i % kColumns);
        m_boxes << box;
    }
    setRoles(current);
}

QStringList RolePicker::roles() const {
    QStringList result;
    for (const QCheckBox* box : m_boxes) {
        if (box->isChecked())
            result << box->text();
    }
    const QStringList others = m_other->text().split(u',', Qt::SkipEmptyParts);
    for (const QString& other : others) {
        const QString role = other.trimmed();
        if (!role.isEmpty() && !result.contains(role, Qt::CaseInsensitive))
            result << role;
    }
    return result;
}

void RolePicker::setRoles(const QStringList& roles) {
    QStringList others;
    for (QCheckBox* box : std::as_const(m_boxes)) {
        const QSignalBlocker blocker(box);
        box->setChecked(roles.contains(box->text(), Qt::CaseInsensitive));
    }
    for (const QString& role : roles) {
        bool known = false;
        for (const QCheckBox* box : std::as_const(m_boxes))
            known = known || box->text().compare(role, Qt::CaseInsensitive) == 0;
        if (!known && !role.trimmed().isEmpty())
            others << role.trimmed();
    }
    const QSignalBlocker blocker(m_other);
    m_other->setText(others.join(QStringLiteral(", ")));
    Q_EMIT rolesChanged();
}
