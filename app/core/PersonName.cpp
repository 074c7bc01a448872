#include "core/PersonName.h"

namespace PersonName {

QString comparable(const QString& text) {
    return text.normalized(QString::NormalizationForm_KC)
        .toUpper()
        .toCaseFolded()
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace PersonName
