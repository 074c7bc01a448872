#pragma once

#include "report/PdfSealer.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// Preferences ▸ Sealing: which NSS database holds the organisation's
// certificates (the user's ~/.pki/nssdb, as Okular's, unless another is
// chosen), what is in it, importing a PKCS#12 file into it, and the
// certificate File ▸ Export PDF seals with. The database's password is asked
// when it is needed (NssPasswordPrompt) and never stored.
class SealingPage : public QWidget {
    Q_OBJECT
public:
    explicit SealingPage(QWidget* parent = nullptr);

    QString nssDirectory() const;
    void setNssDirectory(const QString& directory);
    // The chosen certificate's nickname; empty for "do not seal".
    QString certificate() const;
    void setCertificate(const QString& nickname);

    // Reads the certificates of the database now (the page does so when it
    // is first shown). False when they could not be read; the page says why.
    bool listCertificates();
    // File ▸ Import PKCS#12…: asks for the file and its password, imports it.
    void importPkcs12();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void browse();
    void fillCertificates(const QList<SealCertificate>& certificates);
    void showProblem(const QString& text);
    void updateRestartNote();

    QLineEdit* m_directoryEdit;
    QPushButton* m_browseButton;
    QTreeWidget* m_certificateList;
    QPushButton* m_listButton;
    QPushButton* m_importButton;
    QComboBox* m_certificateCombo;
    QLabel* m_problemLabel;
    QLabel* m_restartNote;
    bool m_listed = false;  // the first showing read the list (or tried to)
    bool m_hasList = false; // the list shows what the database holds
};
