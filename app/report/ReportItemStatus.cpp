#include "report/ReportItemStatus.h"

#include "report/ReportStyle.h"

using namespace ReportStyle;

namespace ReportItemStatus {

QString word(ItemStatus status) {
    switch (status) {
    case ItemStatus::Done:
        return u"☑ " + ItemStatusText::label(status);
    case ItemStatus::Pending:
        return u"☐ " + ItemStatusText::label(status);
    case ItemStatus::Failed:
        return u"✗ " + ItemStatusText::label(status);
    case ItemStatus::NotApplicable:
        return ItemStatusText::label(status);
    }
    return {};
}

QRgb color(ItemStatus status) {
    switch (status) {
    case ItemStatus::Done:
        return kDone;
    case ItemStatus::Pending:
        return kPending;
    case ItemStatus::Failed:
        return kFailed;
    case ItemStatus::NotApplicable:
        return kNotApplicable;
    }
    return kInk;
}

} // namespace ReportItemStatus
