#include "ui/RecordHeader.h"

#include "core/UtcTime.h"
#include "ui/signing/IntegrityBadge.h"
#include "ui/signing/LockIcon.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace {
constexpr int kLockIconSize = 18;

// a blended toward b by t (0..1).
QColor blend(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

RecordHeader::RecordHeader(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_badge(new IntegrityBadge(this))
    , m_lockBanner(new QWidget(this))
    , m_lockIcon(new QLabel(m_lockBanner))
    , m_lockLabel(new QLabel(m_lockBanner))
    , m_details(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_progressBar(new QProgressBar(this)) {
    setObjectName(QStringLiteral("recordHeader"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_title->setObjectName(QStringLiteral("recordTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details->setObjectName(QStringLiteral("recordDetails"));
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The record's own words are signed: shown as written, never read as HTML
    // (a title "<b>2.4</b><!-- waived -->" would show as "2.4").
    for (QLabel* signedText : {m_title, m_details, m_progress})
        signedText->setTextFormat(Qt::PlainText);

    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setWordWrap(true);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setAccessibleName(tr("Overall progress"));
    // A slim meter: the numbers are in the summary beside it.
    m_progressBar->setTextVisible(false);
    m_progressBar->setFixedSize(240, 10);
    QPalette meter = m_progressBar->palette();
    meter.setColor(QPalette::Highlight, QColor(0x2e, 0x9e, 0x52));
    m_progressBar->setPalette(meter);

    // Read-only records say so above everything they show, with the way out.
    m_lockBanner->setObjectName(QStringLiteral("lockBanner"));
    m_lockBanner->setAttribute(Qt::WA_StyledBackground);
    m_lockIcon->setObjectName(QStringLiteral("lockIcon"));
    m_lockIcon->setFixedSize(kLockIconSize, kLockIconSize);
    applyLockColours();
    m_lockLabel->setObjectName(QStringLiteral("lockLabel"));
    m_lockLabel->setTextFormat(Qt::RichText);
    m_lockLabel->setWordWrap(true);
    m_lockLabel->setAccessibleName(tr("Read-only"));
    auto* lockLayout = new QHBoxLayout(m_lockBanner);
    lockLayout->setContentsMargins(10, 7, 12, 7);
    lockLayout->setSpacing(10);
    lockLayout->addWidget(m_lockIcon, 0, Qt::AlignTop);
    lockLayout->addWidget(m_lockLabel, 1);
    m_lockBanner->hide();

    m_badge->setAlignment(Qt::AlignCenter);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(6);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_badge, 0, 2, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_details, 1, 0, 1, 3);
    layout->addWidget(m_progressBar, 2, 0, Qt::AlignVCenter);
    layout->addWidget(m_progress, 2, 1, 1, 2);
    layout->addWidget(m_lockBanner, 3, 0, 1, 3);
    layout->setColumnStretch(1, 1);
}

void RecordHeader::setRecord(const Record& record, const QList<SignatureState>& states) {
    m_title->setText(record.info.title);
    QStringList details;
    if (!record.info.releaseVersion.isEmpty())
        details << tr("Release %1").arg(record.info.releaseVersion);
    if (!record.info.environment.isEmpty())
        details << record.info.environment;
    details << tr("%1 v%2").arg(record.templateTitle).arg(record.templateVersion);
    details << tr("created %1 by %2")
                   .arg(UtcTime::localeText(record.createdAt, QLocale::ShortFormat), record.createdBy);
    details << RecordStateText::label(record.state);
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    updateProgress(record);
    m_badge->setRecord(record, states);
    updateLock(record);
}

void RecordHeader::updateLock(const Record& record) {
    QString heading;
    QString explanation;
    switch (record.state) {
    case RecordState::InProgress:
        m_lockBanner->hide();
        m_lockLabel->clear();
        return;
    case RecordState::Sealed:
        heading = tr("Sealed — read-only");
        explanation = tr("Every role has signed this record, so nothing in it can change. To correct it, use "
                         "Record ▸ Reopen for Changes…, which revokes every signature.");
        break;
    case RecordState::Signed: {
        int roles = 0;
        int signedRoles = 0;
        if (const ChecklistSection* signOff = record.signOffSection()) {
            for (const ChecklistItem& row : signOff->items) {
                if (row.isGroupHeader)
                    continue;
                ++roles;
                signedRoles += record.roleComplete(row.text) ? 1 : 0;
            }
        }
        heading = tr("Signed — read-only");
        explanation =
            tr("%1 of %2 roles have signed the record as it stands. The other roles can still sign; "
               "to change an item, use Record ▸ Reopen for Changes…, which revokes the signatures.")
                .arg(signedRoles)
                .arg(roles);
        break;
    }
    }
    m_lockLabel->setText(
        QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2").arg(heading.toHtmlEscaped(), explanation.toHtmlEscaped()));
    m_lockBanner->setAccessibleDescription(heading + QStringLiteral(". ") + explanation);
    m_lockBanner->show();
}

QString RecordHeader::lockText() const {
    return m_lockBanner->isVisibleTo(this) ? m_lockBanner->accessibleDescription() : QString();
}

void RecordHeader::updateProgress(const Record& record) {
    const Progress overall = record.progress();
    m_progress->setText(progressSummary(record.sectionProgress(), overall));
    // The caption, then what the label shows: a name of its own would hide the numbers.
    m_progress->setAccessibleName(tr("Progress: %1").arg(m_progress->text()));
    m_progressBar->setRange(0, std::max(overall.total, 1));
    m_progressBar->setValue(overall.resolved());
    m_progressBar->setFormat(tr("%1 of %2 resolved").arg(overall.resolved()).arg(overall.total));
    m_progressBar->setToolTip(tr("%1 of %2 resolved: %3 done, %4 N/A, %5 failed, %6 pending")
                                  .arg(overall.resolved())
                                  .arg(overall.total)
                                  .arg(overall.done)
                                  .arg(overall.notApplicable)
                                  .arg(overall.failed)
                                  .arg(overall.pending()));
}

QString RecordHeader::progressText() const {
    return m_progress->text();
}

void RecordHeader::applyLockColours() {
    // From the palette, not fixed: a light banner would glare in a dark
    // appearance. A faint tint of the selection colour over the window's.
    const QPalette p = palette();
    const QColor window = p.color(QPalette::Window);
    const QColor accent = p.color(QPalette::Highlight);
    const QColor ink = p.color(QPalette::WindowText);
    const QString sheet =
        QStringLiteral("#lockBanner { background: %1; border: 1px solid %2; border-radius: 6px; } "
                       "#lockBanner QLabel { color: %3; }")
            .arg(blend(window, accent, 0.12).name(), blend(window, accent, 0.45).name(), ink.name());
    // Setting the same sheet again would only cause another round of change events.
    if (m_lockBanner->styleSheet() == sheet)
        return;
    m_lockBanner->setStyleSheet(sheet);
    m_lockIcon->setPixmap(LockIcon::pixmap(kLockIconSize, ink, devicePixelRatioF()));
}

void RecordHeader::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyLockColours();
}
