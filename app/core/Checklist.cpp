#include "core/Checklist.h"

#include <QCoreApplication>

#include <algorithm>

namespace SectionKindText {
QString key(SectionKind kind) {
    switch (kind) {
    case SectionKind::Checklist:
        return QStringLiteral("checklist");
    case SectionKind::Procedure:
        return QStringLiteral("procedure");
    case SectionKind::SignOff:
        return QStringLiteral("signoff");
    case SectionKind::Text:
        return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

std::optional<SectionKind> fromKey(const QString& k) {
    if (k == u"checklist")
        return SectionKind::Checklist;
    if (k == u"procedure")
        return SectionKind::Procedure;
    if (k == u"signoff")
        return SectionKind::SignOff;
    if (k == u"text")
        return SectionKind::Text;
    return std::nullopt;
}
} // namespace SectionKindText

namespace RecordStateText {
QString key(RecordState state) {
    switch (state) {
    case RecordState::InProgress:
        return QStringLiteral("in_progress");
    case RecordState::Signed:
        return QStringLiteral("signed");
    case RecordState::Sealed:
        return QStringLiteral("sealed");
    }
    return QStringLiteral("in_progress");
}

RecordState fromKey(const QString& k) {
    if (k == u"signed")
        return RecordState::Signed;
    if (k == u"sealed")
        return RecordState::Sealed;
    return RecordState::InProgress;
}

QString label(RecordState state) {
    switch (state) {
    case RecordState::InProgress:
        return QCoreApplication::translate("RecordState", "In progress");
    case RecordState::Signed:
        return QCoreApplication::translate("RecordState", "Partly signed");
    case RecordState::Sealed:
        return QCoreApplication::translate("RecordState", "Sealed");
    }
    return {};
}
} // namespace RecordStateText

QList<int> ChecklistSection::extraColumns() const {
    QList<int> result;
    for (int c = 1; c < columns.size(); ++c) {
        if (c != statusColumn && c != notesColumn)
            result.append(c);
    }
    return result;
}

QString ChecklistSection::groupOf(int itemIndex) const {
    for (int i = itemIndex; i >= 0; --i) {
        if (i < items.size() && items.at(i).isGroupHeader)
            return i == itemIndex ? QString() : items.at(i).text;
    }
    return {};
}

int ChecklistSection::countableItems() const {
    if (kind != SectionKind::Checklist)
        return 0;
    int n = 0;
    for (const ChecklistItem& item : items)
        n += item.isGroupHeader ? 0 : 1;
    return n;
}

QString ChecklistItem::lastChangedBy() const {
    return notesAt.isValid() && (!updatedAt.isValid() || notesAt > updatedAt) ? notesBy : updatedBy;
}

QDateTime ChecklistItem::lastChangedAt() const {
    return notesAt.isValid() && (!updatedAt.isValid() || notesAt > updatedAt) ? notesAt : updatedAt;
}

int ChecklistTemplate::itemCount() const {
    int n = 0;
    for (const ChecklistSection& section : sections)
        n += section.countableItems();
    return n;
}

Progress& Progress::operator+=(const Progress& other) {
    total += other.total;
    done += other.done;
    notApplicable += other.notApplicable;
    failed += other.failed;
    return *this;
}

QList<SectionProgress> Record::sectionProgress() const {
    QList<SectionProgress> result;
    for (const ChecklistSection& section : sections) {
        if (section.kind != SectionKind::Checklist)
            continue;
        Progress p;
        for (const ChecklistItem& item : section.items) {
            if (item.isGroupHeader)
                continue;
            ++p.total;
            p.done += item.status == ItemStatus::Done;
            p.notApplicable += item.status == ItemStatus::NotApplicable;
            p.failed += item.status == ItemStatus::Failed;
        }
        result.append({section.title, p});
    }
    return result;
}

Progress Record::progress() const {
    Progress overall;
    for (const SectionProgress& s : sectionProgress())
        overall += s.progress;
    return overall;
}

const ChecklistItem* Record::findItem(qint64 itemId) const {
    for (const ChecklistSection& section : sections) {
        for (const ChecklistItem& item : section.items) {
            if (item.id == itemId)
                return &item;
        }
    }
    return nullptr;
}

QString progressSummary(const QList<SectionProgress>& sections, const Progress& overall) {
    QStringList parts;
    for (const SectionProgress& s : sections) {
        // "Pre-Deployment Verification" reads as "Pre-Deployment" in the summary line.
        QString name = s.title;
        if (name.endsWith(u" Verification"))
            name.chop(int(qstrlen(" Verification")));
        parts << QStringLiteral("%1 %2/%3").arg(name).arg(s.progress.resolved()).arg(s.progress.total);
    }
    parts << QCoreApplication::translate("Progress", "Overall %1/%2")
                 .arg(overall.resolved())
                 .arg(overall.total);
    if (overall.failed > 0)
        parts << QCoreApplication::translate("Progress", "%n failed", nullptr, overall.failed);
    return parts.join(QStringLiteral(" · "));
}

const ChecklistSection* Record::signOffSection() const {
    for (const ChecklistSection& section : sections) {
        if (section.kind == SectionKind::SignOff)
            return &section;
    }
    return nullptr;
}

const SignatureEntry* Record::activeSignature(const QString& role) const {
    for (const SignatureEntry& s : signatures) {
        if (!s.revoked && s.role == role)
            return &s;
    }
    return nullptr;
}

QList<const SignatureEntry*> Record::activeSignatures(const QString& role) const {
    QList<const SignatureEntry*> standing;
    for (const SignatureEntry& s : signatures) {
        if (!s.revoked && s.role == role)
            standing.append(&s);
    }
    return standing;
}

bool Record::roleComplete(const QString& role) const {
    return activeSignatures(role).size() >= std::max(1, policyFor(role).signersRequired);
}

namespace RolePolicyText {
QString describe(const RolePolicy& policy) {
    const QString signers =
        policy.signersRequired == 1
            ? QCoreApplication::translate("RolePolicy", "1 signer")
            : QCoreApplication::translate("RolePolicy", "%1 signers").arg(policy.signersRequired);
    return policy.independent ? QCoreApplication::translate("RolePolicy", "%1, independent").arg(signers)
                              : signers;
}
} // namespace RolePolicyText

const SignatureEntry* Record::latestDecline(const QString& role) const {
    for (auto it = declines.crbegin(); it != declines.crend(); ++it) {
        if (it->role == role)
            return &*it;
    }
    return nullptr;
}

SignatureState SignatureEntry::stateAgainst(const QString& recordDigest) const {
    if (revoked)
        return SignatureState::Revoked;
    return digest == recordDigest ? SignatureState::Valid : SignatureState::Invalidated;
}

namespace SignatureStateText {
QString key(SignatureState state) {
    switch (state) {
    case SignatureState::Valid:
        return QStringLiteral("valid");
    case SignatureState::Invalidated:
        return QStringLiteral("invalidated");
    case SignatureState::Revoked:
        return QStringLiteral("revoked");
    }
    return QStringLiteral("valid");
}

QString label(SignatureState state) {
    switch (state) {
    case SignatureState::Valid:
        return QCoreApplication::translate("SignatureState", "Valid");
    case SignatureState::Invalidated:
        return QCoreApplication::translate("SignatureState", "Invalidated by a later change");
    case SignatureState::Revoked:
        return QCoreApplication::translate("SignatureState", "Revoked");
    }
    return {};
}
} // namespace SignatureStateText
