#include "io/SheetWords.h"

namespace {

QStringView bare(QStringView text) {
    QStringView word = text.trimmed();
    if (word.endsWith(u':'))
        word = word.chopped(1).trimmed();
    return word;
}

} // namespace

const QList<SheetWords::Word>& SheetWords::words() {
    using K = Kind;
    static const QList<Word> kWords{
        {K::SectionColumn, u"Section", u"en fr"},
        {K::SectionColumn, u"Abschnitt", u"de"},
        {K::SectionColumn, u"Bereich", u"de"},
        {K::SectionColumn, u"Sección", u"es"},
        {K::SectionColumn, u"Sezione", u"it"},
        {K::SectionColumn, u"Sectie", u"nl"},
        {K::SectionColumn, u"Secção", u"pt"},
        {K::SectionColumn, u"Seção", u"pt"},
        {K::GroupColumn, u"Group", u"en"},
        {K::GroupColumn, u"Gruppe", u"de"},
        {K::GroupColumn, u"Groupe", u"fr"},
        {K::GroupColumn, u"Grupo", u"es pt"},
        {K::GroupColumn, u"Gruppo", u"it"},
        {K::GroupColumn, u"Groep", u"nl"},
        {K::RoleColumn, u"Role", u"en"},
        {K::RoleColumn, u"Rolle", u"de"},
        {K::RoleColumn, u"Rôle", u"fr"},
        {K::RoleColumn, u"Rol", u"es nl"},
        {K::RoleColumn, u"Ruolo", u"it"},
        {K::RoleColumn, u"Papel", u"pt"},
        {K::ItemColumn, u"Item", u"en"},
        {K::ItemColumn, u"Task", u"en"},
        {K::ItemColumn, u"Step", u"en"},
        {K::ItemColumn, u"Check", u"en"},
        {K::ItemColumn, u"Punkt", u"de"},
        {K::ItemColumn, u"Prüfpunkt", u"de"},
        {K::ItemColumn, u"Aufgabe", u"de"},
        {K::ItemColumn, u"Schritt", u"de"},
        {K::ItemColumn, u"Élément", u"fr"},
        {K::ItemColumn, u"Tâche", u"fr"},
        {K::ItemColumn, u"Étape", u"fr"},
        {K::ItemColumn, u"Elemento", u"es it pt"},
        {K::ItemColumn, u"Tarea", u"es"},
        {K::ItemColumn, u"Paso", u"es"},
        {K::ItemColumn, u"Attività", u"it"},
        {K::ItemColumn, u"Passo", u"it pt"},
        {K::ItemColumn, u"Taak", u"nl"},
        {K::ItemColumn, u"Stap", u"nl"},
        {K::ItemColumn, u"Tarefa", u"pt"},
        {K::SignOffTitle, u"Sign-off", u"en"},
        {K::SignOffTitle, u"Sign off", u"en"},
        {K::SignOffTitle, u"Signoff", u"en"},
        {K::SignOffTitle, u"Signatures", u"en fr"},
        {K::SignOffTitle, u"Approvals", u"en"},
        {K::SignOffTitle, u"Approval", u"en"},
        {K::SignOffTitle, u"Freigabe", u"de"},
        {K::SignOffTitle, u"Unterschriften", u"de"},
        {K::SignOffTitle, u"Abnahme", u"de"},
        {K::SignOffTitle, u"Validation", u"fr"},
        {K::SignOffTitle, u"Approbation", u"fr"},
        {K::SignOffTitle, u"Aprobación", u"es"},
        {K::SignOffTitle, u"Firmas", u"es"},
        {K::SignOffTitle, u"Approvazione", u"it"},
        {K::SignOffTitle, u"Firme", u"it"},
        {K::SignOffTitle, u"Goedkeuring", u"nl"},
        {K::SignOffTitle, u"Handtekeningen", u"nl"},
        {K::SignOffTitle, u"Aprovação", u"pt"},
        {K::SignOffTitle, u"Assinaturas", u"pt"},
    };
    return kWords;
}

bool SheetWords::is(Kind kind, QStringView text) {
    const QStringView word = bare(text);
    for (const Word& entry : words()) {
        if (entry.kind == kind && word.compare(entry.text, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

const QList<SheetWords::StatusWord>& SheetWords::statusWords() {
    using S = ItemStatus;
    static const QList<StatusWord> kWords{
        {S::Pending, u"Pending", u"en"},
        {S::Pending, u"Open", u"en nl"},
        {S::Pending, u"To do", u"en"},
        {S::Pending, u"Todo", u"en"},
        {S::Pending, u"No", u"en"},
        {S::Pending, u"Offen", u"de"},
        {S::Pending, u"Nein", u"de"},
        {S::Pending, u"Ausstehend", u"de"},
        {S::Pending, u"Non", u"fr"},
        {S::Pending, u"En attente", u"fr"},
        {S::Pending, u"Pendiente", u"es"},
        {S::Pending, u"Aperto", u"it"},
        {S::Pending, u"Nee", u"nl"},
        {S::Pending, u"Pendente", u"pt it"},
        {S::Pending, u"Não", u"pt"},
        {S::Done, u"Done", u"en"},
        {S::Done, u"Yes", u"en"},
        {S::Done, u"Y", u"en"},
        {S::Done, u"X", u"en de fr es it nl pt"},
        {S::Done, u"OK", u"en de fr es it nl pt"},
        {S::Done, u"True", u"en"},
        {S::Done, u"Erledigt", u"de"},
        {S::Done, u"Ja", u"de nl"},
        {S::Done, u"Fait", u"fr"},
        {S::Done, u"Oui", u"fr"},
        {S::Done, u"Hecho", u"es"},
        {S::Done, u"Sí", u"es"},
        {S::Done, u"Si", u"es it"},
        {S::Done, u"Fatto", u"it"},
        {S::Done, u"Gedaan", u"nl"},
        {S::Done, u"Feito", u"pt"},
        {S::Done, u"Sim", u"pt"},
        {S::NotApplicable, u"Not applicable", u"en"},
        {S::NotApplicable, u"NA", u"en"},
        {S::NotApplicable, u"Entfällt", u"de"},
        {S::NotApplicable, u"Nicht zutreffend", u"de"},
        {S::NotApplicable, u"Sans objet", u"fr"},
        {S::NotApplicable, u"No aplica", u"es"},
        {S::NotApplicable, u"Non applicabile", u"it"},
        {S::NotApplicable, u"Niet van toepassing", u"nl"},
        {S::NotApplicable, u"Não aplicável", u"pt"},
        {S::Failed, u"Failed", u"en"},
        {S::Failed, u"Fail", u"en"},
        {S::Failed, u"Fehlgeschlagen", u"de"},
        {S::Failed, u"Échec", u"fr"},
        {S::Failed, u"Fallido", u"es"},
        {S::Failed, u"Fallito", u"it"},
        {S::Failed, u"Mislukt", u"nl"},
        {S::Failed, u"Falhou", u"pt"},
    };
    return kWords;
}

std::optional<ItemStatus> SheetWords::status(QStringView cell) {
    if (std::optional<ItemStatus> mark = ItemStatusText::fromMark(cell.toString()))
        return mark;
    const QStringView word = cell.trimmed();
    for (const StatusWord& entry : statusWords()) {
        if (word.compare(entry.text, Qt::CaseInsensitive) == 0)
            return entry.status;
    }
    return std::nullopt;
}
