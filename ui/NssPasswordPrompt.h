#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// The NSS database's password, asked only when the database wants one and
// never stored: File ▸ Export PDF and Preferences ▸ Sealing run their NSS
// work through here.
//
//   NssPasswordPrompt::Outcome listed = NssPasswordPrompt::run(this, dir, [&](const SecretBytes& pw) {
//       Result<QList<SealCertificate>> found = PdfSealer::certificates(dir, pw);
//       ...
//   });
class NssPasswordPrompt {
    Q_DECLARE_TR_FUNCTIONS(NssPasswordPrompt)
public:
    struct Outcome {
        Status status;        // attempt's last result
        SecretBytes password; // the one attempt accepted; empty when none was needed
        bool cancelled = false;
    };
    // Calls attempt without a password; while it fails with
    // Error::Kind::PasswordRejected, asks for the password (three times at
    // most) and calls it again.
    static Outcome run(QWidget* parent, const QString& nssDir,
                       const std::function<Status(const SecretBytes& password)>& attempt);
};
