#pragma once

#include "core/Checklist.h"

#include <QFrame>

class IntegrityBadge;
class QLabel;
class QProgressBar;

// Above the record page: what the record is, and how far it has come
// ("Pre-Deployment 7/10 · … · Overall 21/32 · 1 failed" and a progress bar),
// its signing and integrity badge, and — once signed — a lock banner saying
// the record is read-only and how to change it.
class RecordHeader : public QFrame {
    Q_OBJECT
public:
    explicit RecordHeader(QWidget* parent = nullptr);

    // states: SignOffService::statesOf(record), for the signing badge.
    void setRecord(const Record& record, const QList<SignatureState>& states);
    void updateProgress(const Record& record);
    QString progressText() const;
    IntegrityBadge* integrityBadge() const { return m_badge; }
    // "Sealed — read-only" and why; empty while the record can be changed.
    QString lockText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateLock(const Record& record);
    // The read-only banner's colours from the palette (light or dark appearance).
    void applyLockColours();

    QLabel* m_title;
    IntegrityBadge* m_badge;
    QWidget* m_lockBanner;
    QLabel* m_lockIcon;
    QLabel* m_lockLabel;
    QLabel* m_details;
    QLabel* m_progress;
    QProgressBar* m_progressBar;
};
