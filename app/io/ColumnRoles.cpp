#include "io/ColumnRoles.h"

#include "core/ItemStatus.h"

namespace ColumnRoleText {

QString key(ColumnRole role) {
    switch (role) {
    case ColumnRole::Item:
        return QStringLiteral("item");
    case ColumnRole::Status:
        return QStringLiteral("status");
    case ColumnRole::Notes:
        return QStringLiteral("notes");
    case ColumnRole::Extra:
        return QStringLiteral("extra");
    }
    return QStringLiteral("extra");
}

std::optional<ColumnRole> fromKey(QStringView key) {
    for (ColumnRole role : {ColumnRole::Item, ColumnRole::Status, ColumnRole::Notes, ColumnRole::Extra}) {
        if (key.trimmed().compare(ColumnRoleText::key(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

} // namespace ColumnRoleText

const QList<ColumnRoles::Synonym>& ColumnRoles::synonyms() {
    using R = ColumnRole;
    static const QList<Synonym> kSynonyms{
        // Status
        {R::Status, u"Status", u"en de nl pt"},
        {R::Status, u"Done", u"en"},
        {R::Status, u"Completed", u"en"},
        {R::Status, u"Complete", u"en"},
        {R::Status, u"Checked", u"en"},
        {R::Status, u"Erledigt", u"de"},
        {R::Status, u"Geprüft", u"de"},
        {R::Status, u"Abgehakt", u"de"},
        {R::Status, u"Abgeschlossen", u"de"},
        {R::Status, u"Statut", u"fr"},
        {R::Status, u"État", u"fr"},
        {R::Status, u"Etat", u"fr"},
        {R::Status, u"Fait", u"fr"},
        {R::Status, u"Terminé", u"fr"},
        {R::Status, u"Vérifié", u"fr"},
        {R::Status, u"Estado", u"es pt"},
        {R::Status, u"Hecho", u"es"},
        {R::Status, u"Completado", u"es"},
        {R::Status, u"Verificado", u"es pt"},
        {R::Status, u"Stato", u"it"},
        {R::Status, u"Fatto", u"it"},
        {R::Status, u"Completato", u"it"},
        {R::Status, u"Verificato", u"it"},
        {R::Status, u"Gedaan", u"nl"},
        {R::Status, u"Afgerond", u"nl"},
        {R::Status, u"Voltooid", u"nl"},
        {R::Status, u"Gecontroleerd", u"nl"},
        {R::Status, u"Feito", u"pt"},
        {R::Status, u"Concluído", u"pt"},
        {R::Status, u"Situação", u"pt"},
        // Notes
        {R::Notes, u"Notes", u"en fr"},
        {R::Notes, u"Note", u"en it"},
        {R::Notes, u"Comments", u"en"},
        {R::Notes, u"Comment", u"en"},
        {R::Notes, u"Remarks", u"en"},
        {R::Notes, u"Anmerkungen", u"de"},
        {R::Notes, u"Anmerkung", u"de"},
        {R::Notes, u"Bemerkungen", u"de"},
        {R::Notes, u"Bemerkung", u"de"},
        {R::Notes, u"Kommentar", u"de"},
        {R::Notes, u"Kommentare", u"de"},
        {R::Notes, u"Notizen", u"de"},
        {R::Notes, u"Hinweise", u"de"},
        {R::Notes, u"Remarques", u"fr"},
        {R::Notes, u"Remarque", u"fr"},
        {R::Notes, u"Commentaires", u"fr"},
        {R::Notes, u"Commentaire", u"fr"},
        {R::Notes, u"Comentarios", u"es"},
        {R::Notes, u"Comentario", u"es"},
        {R::Notes, u"Observaciones", u"es"},
        {R::Notes, u"Notas", u"es pt"},
        {R::Notes, u"Commenti", u"it"},
        {R::Notes, u"Commento", u"it"},
        {R::Notes, u"Osservazioni", u"it"},
        {R::Notes, u"Annotazioni", u"it"},
        {R::Notes, u"Opmerkingen", u"nl"},
        {R::Notes, u"Opmerking", u"nl"},
        {R::Notes, u"Notities", u"nl"},
        {R::Notes, u"Commentaar", u"nl"},
        {R::Notes, u"Observações", u"pt"},
        {R::Notes, u"Comentários", u"pt"},
    };
    return kSynonyms;
}

std::optional<ColumnRole> ColumnRoles::fromHeader(QStringView header) {
    QStringView word = header.trimmed();
    if (word.endsWith(u':'))
        word = word.chopped(1).trimmed();
    for (const Synonym& synonym : synonyms()) {
        if (word.compare(synonym.header, Qt::CaseInsensitive) == 0)
            return synonym.role;
    }
    return std::nullopt;
}

ColumnRole ColumnRoles::Assignment::roleOf(int column) const {
    if (column == 0)
        return ColumnRole::Item;
    if (column == statusColumn)
        return ColumnRole::Status;
    if (column == notesColumn)
        return ColumnRole::Notes;
    return ColumnRole::Extra;
}

namespace {

// The first column whose body cells are all status marks, not all of them empty.
int statusColumnByMarks(const QStringList& header, const QList<QStringList>& rows,
                        const QHash<int, ColumnRole>& given, int notesColumn) {
    for (int c = 1; c < header.size(); ++c) {
        if (c == notesColumn || given.contains(c))
            continue;
        bool allMarks = true;
        bool anyMark = false;
        for (const QStringList& row : rows) {
            const QString cell = row.value(c);
            allMarks = allMarks && ItemStatusText::fromMark(cell).has_value();
            anyMark = anyMark || !cell.isEmpty();
        }
        if (allMarks && anyMark)
            return c;
    }
    return -1;
}

int columnByHeader(const QStringList& header, const QHash<int, ColumnRole>& given, ColumnRole role,
                   int skip) {
    for (int c = 1; c < header.size(); ++c) {
        if (c != skip && !given.contains(c) && ColumnRoles::fromHeader(header.at(c)) == role)
            return c;
    }
    return -1;
}

} // namespace

Result<ColumnRoles::Assignment> ColumnRoles::assign(const QStringList& header, const QList<QStringList>& rows,
                                                    const QHash<int, ColumnRole>& given) {
    Assignment result;
    for (int c = 0; c < header.size(); ++c) {
        const auto it = given.constFind(c);
        if (it == given.cend())
            continue;
        const ColumnRole role = it.value();
        if ((c == 0) != (role == ColumnRole::Item)) {
            return Error(
                c == 0
                    ? QStringLiteral("the first column '%1' holds the item text; it cannot be %2")
                          .arg(header.at(c), ColumnRoleText::key(role))
                    : QStringLiteral("the item text is always the first column, not '%1'").arg(header.at(c)));
        }
        if (role != ColumnRole::Status && role != ColumnRole::Notes)
            continue;
        int& slot = role == ColumnRole::Status ? result.statusColumn : result.notesColumn;
        if (slot >= 0) {
            return Error(QStringLiteral("both '%1' and '%2' are given the role %3")
                             .arg(header.at(slot), header.at(c), ColumnRoleText::key(role)));
        }
        slot = c;
    }
    if (result.statusColumn < 0)
        result.statusColumn = columnByHeader(header, given, ColumnRole::Status, result.notesColumn);
    if (result.notesColumn < 0)
        result.notesColumn = columnByHeader(header, given, ColumnRole::Notes, result.statusColumn);
    if (result.statusColumn < 0)
        result.statusColumn = statusColumnByMarks(header, rows, given, result.notesColumn);
    return result;
}

QHash<int, ColumnRole> ColumnRoles::needed(const QStringList& header, const QList<QStringList>& rows,
                                           const Assignment& wanted) {
    QHash<int, ColumnRole> given;
    // Each round gives the first column found wrong its role; at most one round per column.
    for (int round = 0; round <= header.size(); ++round) {
        const Result<Assignment> found = assign(header, rows, given);
        int wrong = -1;
        for (int c = 1; c < header.size() && found && wrong < 0; ++c) {
            if (found->roleOf(c) != wanted.roleOf(c))
                wrong = c;
        }
        if (!found || wrong < 0)
            break;
        given.insert(wrong, wanted.roleOf(wrong));
    }
    return given;
}
