#pragma once

#include "Checklist.h"

#include <QColor>
#include <QLabel>

// A record's signing state at a glance, as a coloured pill:
//   "✓ Sealed · all 4 signatures valid"   (green)
//   "Signed 2 of 4"                        (blue)
//   "Not signed yet · 0 of 4"              (grey)
//   "⚠ Signature invalid · …"              (red: a standing signature no
//                                           longer matches the record)
// assess() gives the same text and colours without a widget (status bar,
// window title, the PDF).
//
//   auto* badge = new IntegrityBadge(this);
//   connect(signOffModel, &SignOffTableModel::recordReloaded, badge, &IntegrityBadge::setRecord);
class IntegrityBadge : public QLabel {
    Q_OBJECT
public:
    enum class Level { NoSignOff, Unsigned, Partial, Sealed, Invalid };

    struct Assessment {
        Level level = Level::NoSignOff;
        QString text;
        QString toolTip; // one line per role: who signed, when, and the state
        QColor foreground;
        QColor background;
        int roles = 0;
        int signedRoles = 0;
        int invalidated = 0;
    };

    static Assessment assess(const Record& record);

    explicit IntegrityBadge(QWidget* parent = nullptr);

    Level level() const { return m_level; }

public Q_SLOTS:
    void setRecord(const Record& record);
    void clearRecord();

private:
    void apply(const Assessment& assessment);

    Level m_level = Level::NoSignOff;
};
