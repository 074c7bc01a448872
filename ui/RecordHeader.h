#pragma once

#include "Checklist.h"

#include <QFrame>

class QLabel;
class QProgressBar;

// Above the record page: what the record is, and how far it has come
// ("Pre-Deployment 7/10 · … · Overall 21/32 · 1 failed" and a progress bar).
class RecordHeader : public QFrame {
    Q_OBJECT
public:
    explicit RecordHeader(QWidget* parent = nullptr);

    void setRecord(const Record& record);
    void updateProgress(const Record& record);
    QString progressText() const;

private:
    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_progress;
    QProgressBar* m_progressBar;
};
