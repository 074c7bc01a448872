#include "RecordHeader.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

RecordHeader::RecordHeader(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
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

    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setWordWrap(true);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setAccessibleName(tr("Overall progress"));
    // A slim meter: the numbers are in the summary beside it.
    m_progressBar->setTextVisible(false);
    m_progressBar->setFixedSize(240, 10);
    QPalette meter = m_progressBar->palette();
    meter.setColor(QPalette::Highlight, QColor(0x2e, 0x9e, 0x52));
    m_progressBar->setPalette(meter);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(6);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_details, 1, 0, 1, 2);
    layout->addWidget(m_progressBar, 2, 0, Qt::AlignVCenter);
    layout->addWidget(m_progress, 2, 1);
    layout->setColumnStretch(1, 1);
}

void RecordHeader::setRecord(const Record& record) {
    m_title->setText(record.info.title);
    QStringList details;
    if (!record.info.releaseVersion.isEmpty())
        details << tr("Release %1").arg(record.info.releaseVersion);
    if (!record.info.environment.isEmpty())
        details << record.info.environment;
    details << tr("%1 v%2").arg(record.templateTitle).arg(record.templateVersion);
    details << tr("created %1 by %2")
                   .arg(QLocale().toString(record.createdAt.toLocalTime(), QLocale::ShortFormat),
                        record.createdBy);
    details << RecordStateText::label(record.state);
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    updateProgress(record);
}

void RecordHeader::updateProgress(const Record& record) {
    const Progress overall = record.progress();
    m_progress->setText(progressSummary(record.sectionProgress(), overall));
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
