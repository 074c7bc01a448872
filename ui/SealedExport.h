#pragma once

#include "core/Checklist.h"
#include "core/SecretBytes.h"
#include "report/PdfSealer.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>

#include <optional>

class ChecklistStore;
class QWidget;

// File ▸ Export PDF's seal, when Preferences ▸ Sealing chose a certificate:
// before the report is made, the record must verify and the certificate must
// be able to seal (asking for the certificate database's password if it has
// one); the report then prints who seals it, and the finished PDF is sealed
// into its file. The password is kept only until the seal is made.
//
//   std::optional<SealedExport> seal = SealedExport::prepare(window, store, record, title);
//   if (!seal) return;            // refused, and told why
//   seal->applyTo(options);
//   Status sealed = seal->seal(PdfReport::bytes(...), path);
class SealedExport {
    Q_DECLARE_TR_FUNCTIONS(SealedExport)
public:
    // nullopt when the user cancelled or sealing was refused; a refusal has
    // been explained in a message box titled title.
    static std::optional<SealedExport> prepare(QWidget* parent, const ChecklistStore& store,
                                               const Record& record, const QString& title);

    void applyTo(ReportOptions& options) const;
    Status seal(const QByteArray& pdf, const QString& path);
    const SealCertificate& certificate() const { return m_certificate; }

private:
    PdfSealer::Request m_request;
    SealCertificate m_certificate;
    SecretBytes m_password;
};
