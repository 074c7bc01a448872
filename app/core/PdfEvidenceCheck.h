#pragma once

#include "core/PdfEvidence.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ChecklistStore;

// `countersign-cli verify --pdf`: whether a filed PDF's evidence block holds
// on its own (each signature verifies against its printed key and payload,
// and each payload names the block's record), and, given the database, whether
// the database still holds what the PDF witnessed: the chain head, and every
// printed signature with the same bytes. A database rolled back or rewritten
// after the PDF was filed fails the second part.
class PdfEvidenceCheck {
    Q_DECLARE_TR_FUNCTIONS(PdfEvidenceCheck)
public:
    // One printed signature as its payload says.
    struct SignatureLine {
        int number = 0; // 1-based, as printed
        QString role;
        QString login;
        QString printedName;
        QString signedAt; // as signed (ISO 8601 UTC)
        bool revoked = false;
        bool valid = false; // the Ed25519 signature holds and names the block's record
    };
    struct Finding {
        QString kind; // signature (in the PDF alone) | chain | database (the database against the PDF)
        QString message;
    };
    struct Report {
        QList<SignatureLine> signatures;
        QList<Finding> findings;
        bool databaseChecked = false;
        bool intact() const { return findings.isEmpty(); }
    };

    // With a store, also compares the database with the PDF.
    static Report check(const PdfEvidence& evidence, const ChecklistStore* store = nullptr);

private:
    static void compareWithDatabase(const PdfEvidence& evidence, const ChecklistStore& store, Report& report);
};
