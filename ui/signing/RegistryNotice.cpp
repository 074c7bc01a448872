#include "ui/signing/RegistryNotice.h"

#include "core/ChecklistStore.h"
#include "core/Registry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

RegistryNotice::RegistryNotice(ChecklistStore& store, QWidget* parent)
    : QFrame(parent)
    , m_store(store)
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("registryNotice"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's highlight, faintly: informative, not an alarm, and right in dark mode too.
    setAutoFillBackground(true);
    QPalette tinted = palette();
    QColor tint = tinted.color(QPalette::Highlight);
    tint.setAlphaF(0.15);
    tinted.setColor(QPalette::Window, tint);
    setPalette(tinted);
    auto* icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(side, side));
    m_text->setObjectName(QStringLiteral("registryNoticeText"));
    m_text->setWordWrap(true);
    m_text->setText(
        tr("This database has no administrator yet, so nobody can be added as a signer. Set up its "
           "first administrator once; they then certify each signer with their password."));
    auto* setUp = new QPushButton(tr("Set &Up This Database…"), this);
    setUp->setObjectName(QStringLiteral("setUpRegistryButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(setUp, 0, Qt::AlignVCenter);
    connect(setUp, &QPushButton::clicked, this, &RegistryNotice::setUpRequested);
    connect(&m_store, &ChecklistStore::signersChanged, this, &RegistryNotice::refresh);
    refresh();
}

void RegistryNotice::refresh() {
    // A registry that cannot be read is verify's business (the integrity
    // badge says so); the bar only invites a set-up that can be done.
    const Result<bool> exists = Registry(m_store).exists();
    setVisible(exists && !exists.value());
}
