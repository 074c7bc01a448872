#include "report/ReportLineCache.h"

const ReportTextBlock& ReportLineCache::lines(const QString& text, ReportFontSet::Role role, float size,
                                              float width, QRgb color) {
    Key key{text, int(role), size, width, color};
    auto it = m_lines.find(key);
    if (it != m_lines.end())
        return *it;
    // A bound on memory for records whose names or changes rarely repeat.
    if (m_lines.size() > 4096)
        m_lines.clear();
    return *m_lines.insert(key, m_text.lines(text, role, size, width, color));
}
