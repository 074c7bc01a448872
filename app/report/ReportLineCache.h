#pragma once

#include "report/ReportFontSet.h"
#include "report/ReportTextLayout.h"

#include <QHash>
#include <QString>

// Lines of a short text that repeats down a long table (a status word, a
// name): laid out once, then copied.
class ReportLineCache {
public:
    explicit ReportLineCache(ReportTextLayout& text)
        : m_text(text) {}

    const ReportTextBlock& lines(const QString& text, ReportFontSet::Role role, float size, float width,
                                 QRgb color);

private:
    struct Key {
        QString text;
        int role = 0;
        float size = 0;
        float width = 0;
        QRgb color = 0;
        bool operator==(const Key& o) const {
            return role == o.role && size == o.size && width == o.width && color == o.color && text == o.text;
        }
        friend size_t qHash(const Key& k, size_t seed = 0) {
            return qHashMulti(seed, k.text, k.role, k.size, k.width, k.color);
        }
    };

    ReportTextLayout& m_text;
    QHash<Key, ReportTextBlock> m_lines;
};
