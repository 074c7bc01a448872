#pragma once

#include "report/ReportOptions.h"

// Counts steps of the layout and paint passes and tells the caller's
// progress callback, at most a few hundred times whatever the size, so a
// progress bar costs nothing measurable.
class ReportProgressMeter {
public:
    ReportProgressMeter(ReportProgress callback, int total)
        : m_callback(std::move(callback))
        , m_total(qMax(1, total))
        , m_step(qMax(1, m_total / 256)) {}

    // False once the caller has asked to cancel.
    bool advance(int steps = 1) {
        m_done = qMin(m_total, m_done + steps);
        if (!m_callback || m_cancelled)
            return !m_cancelled;
        if (m_done != m_reported && (m_done - m_reported >= m_step || m_done == m_total)) {
            m_reported = m_done;
            m_cancelled = !m_callback(m_done, m_total);
        }
        return !m_cancelled;
    }
    bool finish() { return advance(m_total - m_done); }
    bool cancelled() const { return m_cancelled; }
    int done() const { return m_done; }
    int total() const { return m_total; }

private:
    ReportProgress m_callback;
    int m_total = 1;
    int m_step = 1;
    int m_done = 0;
    int m_reported = 0;
    bool m_cancelled = false;
};
