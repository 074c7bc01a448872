#pragma once

#include "core/Checklist.h"
#include "core/Verifier.h"

#include <QColor>
#include <QDateTime>
#include <QLabel>

#include <optional>

// A record's signing state at a glance, as a coloured pill:
//   "✓ Sealed · all 4 signatures valid"   (green)
//   "Signed 2 of 4"                        (blue)
//   "Not signed yet · 0 of 4"              (grey)
//   "⚠ Signature invalid · …"              (red: a standing signature no
//                                           longer matches the record)
// assess() gives the same text and colours without a widget (status bar,
// window title, the PDF).
//
// Once the Verifier's report for the record is in (setVerification), the
// badge also says whether the audit chain and every signature still hold:
//   "✓ Sealed · all 4 signatures valid · intact"   the tooltip says what was checked
//   "⚠ Integrity broken · audit row 12 …"          (red) the tooltip lists every finding
//
//   auto* badge = new IntegrityBadge(this);
//   connect(signOffModel, &SignOffTableModel::recordReloaded, badge,
//           qOverload<const Record&>(&IntegrityBadge::setRecord));
//   badge->setVerification(Verifier::verify(store, recordId));
class IntegrityBadge : public QLabel {
    Q_OBJECT
public:
    enum class Level { NoSignOff, Unsigned, Partial, Sealed, Invalid, Broken };

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
    // With SignOffService::statesOf(record) already at hand (it hashes the record).
    static Assessment assess(const Record& record, const QList<SignatureState>& states);
    // The badge for a record together with the Verifier's report on it.
    static Assessment assess(const Record& record, const QList<SignatureState>& states,
                             const Verifier::Report& report, const QDateTime& checkedAt);

    explicit IntegrityBadge(QWidget* parent = nullptr);

    Level level() const { return m_level; }
    // True once a Verifier report on the record as last set is shown; isIntact() then tells its verdict.
    bool isVerified() const { return m_report.has_value(); }
    bool isIntact() const { return m_report && m_report->intact() && !m_witness; }
    // What this machine remembers says the database is not the one it saw (core/Witness).
    bool hasWitnessFinding() const { return m_witness.has_value(); }

public Q_SLOTS:
    void setRecord(const Record& record);
    // The same, with SignOffService::statesOf(record) computed by the caller.
    void setRecord(const Record& record, const QList<SignatureState>& states);
    // The Verifier's report for the record shown (kept until clearRecord()).
    void setVerification(const Verifier::Report& report);
    void clearRecord();
    // A finding of core/Witness about the open database, shown with every
    // record of it until it is cleared (nullopt); not reset by setRecord().
    void setWitnessFinding(const std::optional<Verifier::Finding>& finding);

private:
    void apply(const Assessment& assessment);
    void refresh();

    Level m_level = Level::NoSignOff;
    std::optional<Record> m_record;
    QList<SignatureState> m_states; // of m_record's signatures
    std::optional<Verifier::Report> m_report;
    std::optional<Verifier::Finding> m_witness;
    QDateTime m_checkedAt;
};
