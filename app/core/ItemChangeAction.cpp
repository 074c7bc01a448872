#include "core/ItemChangeAction.h"

namespace ItemChangeAction {

namespace {
const QString kUndo = QStringLiteral("undo_");
const QString kRedo = QStringLiteral("redo_");
const QString kMark = QStringLiteral("na_");
} // namespace

QString action(const QString& field, Kind kind) {
    switch (kind) {
    case Kind::Undo:
        return kUndo + field;
    case Kind::Redo:
        return kRedo + field;
    case Kind::Edit:
        break;
    }
    return field;
}

QString markAction(const QString& field) {
    return kMark + field;
}

QString field(const QString& action) {
    QStringView rest(action);
    if (rest.startsWith(kUndo) || rest.startsWith(kRedo))
        rest = rest.mid(kUndo.size());
    else if (rest.startsWith(kMark))
        rest = rest.mid(kMark.size());
    if (rest == u"status" || rest == u"notes")
        return rest.toString();
    return {};
}

Kind kind(const QString& action) {
    if (field(action).isEmpty())
        return Kind::Edit;
    if (action.startsWith(kUndo))
        return Kind::Undo;
    if (action.startsWith(kRedo))
        return Kind::Redo;
    return Kind::Edit;
}

} // namespace ItemChangeAction
