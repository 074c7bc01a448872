#include "ui/SealingPage.h"

#include "report/NssDatabase.h"
#include "ui/NssPasswordPrompt.h"
#include "ui/base/Prompts.h"
#include "ui/base/UiLogging.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { NicknameColumn, SubjectColumn, IssuerColumn, ValidToColumn, KeyColumn, ColumnCount };

QLabel* hint(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString day(const QDateTime& at) {
    return at.toUTC().date().toString(Qt::ISODate);
}

} // namespace

SealingPage::SealingPage(QWidget* parent)
    : QWidget(parent)
    , m_directoryEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_certificateList(new QTreeWidget(this))
    , m_listButton(new QPushButton(tr("&List Certificates"), this))
    , m_importButton(new QPushButton(tr("&Import PKCS#12…"), this))
    , m_certificateCombo(new QComboBox(this))
    , m_problemLabel(new QLabel(this))
    , m_restartNote(hint(QString(), this)) {
    setObjectName(QStringLiteral("sealingPage"));
    auto* layout = new QVBoxLayout(this);

    auto* directoryLabel = new QLabel(tr("Certificate &database:"), this);
    directoryLabel->setBuddy(m_directoryEdit);
    m_directoryEdit->setObjectName(QStringLiteral("nssDirectoryEdit"));
    m_directoryEdit->setAccessibleName(tr("Certificate database folder"));
    m_browseButton->setObjectName(QStringLiteral("browseNssDirectory"));
    auto* directoryRow = new QHBoxLayout;
    directoryRow->addWidget(directoryLabel);
    directoryRow->addWidget(m_directoryEdit, 1);
    directoryRow->addWidget(m_browseButton);
    layout->addLayout(directoryRow);
    layout->addWidget(hint(tr("An NSS database, where Okular and Firefox keep certificates and their "
                              "private keys."),
                           this));
    layout->addWidget(m_restartNote);

    m_certificateList->setObjectName(QStringLiteral("certificateList"));
    m_certificateList->setAccessibleName(tr("Certificates with a private key"));
    m_certificateList->setRootIsDecorated(false);
    m_certificateList->setColumnCount(ColumnCount);
    m_certificateList->setHeaderLabels(
        {tr("Nickname"), tr("Subject"), tr("Issuer"), tr("Valid until"), tr("Key")});
    // The names are long distinguished names: they share what the dates and key leave, elided, whole in
    // their tooltips.
    QHeaderView* header = m_certificateList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(IssuerColumn, QHeaderView::Stretch);
    m_certificateList->setMinimumHeight(fontMetrics().height() * 6);
    layout->addWidget(m_certificateList, 1);

    m_listButton->setObjectName(QStringLiteral("listCertificates"));
    m_importButton->setObjectName(QStringLiteral("importPkcs12"));
    m_importButton->setToolTip(tr("Import a certificate with its private key from a .p12 or .pfx file"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_listButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_problemLabel->setObjectName(QStringLiteral("sealingProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);

    auto* form = new QFormLayout;
    m_certificateCombo->setObjectName(QStringLiteral("sealCertificateCombo"));
    m_certificateCombo->setAccessibleName(tr("Seal exported PDFs with"));
    m_certificateCombo->addItem(tr("Do not seal"), QString());
    form->addRow(tr("Seal exported PDFs &with:"), m_certificateCombo);
    layout->addLayout(form);
    layout->addWidget(hint(tr("File ▸ Export PDF… then verifies the record and seals the PDF with this "
                              "certificate (a PDF signature): any PDF reader shows who sealed it and "
                              "whether the file was changed afterwards."),
                           this));

    connect(m_browseButton, &QPushButton::clicked, this, &SealingPage::browse);
    connect(m_listButton, &QPushButton::clicked, this, &SealingPage::listCertificates);
    connect(m_importButton, &QPushButton::clicked, this, &SealingPage::importPkcs12);
    connect(m_directoryEdit, &QLineEdit::textChanged, this, &SealingPage::updateRestartNote);
    updateRestartNote();
}

QString SealingPage::nssDirectory() const {
    return QDir::cleanPath(QDir::fromNativeSeparators(m_directoryEdit->text().trimmed()));
}

void SealingPage::setNssDirectory(const QString& directory) {
    m_directoryEdit->setText(QDir::toNativeSeparators(directory));
}

QString SealingPage::certificate() const {
    return m_certificateCombo->currentData().toString();
}

void SealingPage::setCertificate(const QString& nickname) {
    int index = m_certificateCombo->findData(nickname);
    if (index < 0) {
        // Remembered before the list was read: keep it offered.
        m_certificateCombo->addItem(nickname, nickname);
        index = m_certificateCombo->count() - 1;
    }
    m_certificateCombo->setCurrentIndex(index);
}

void SealingPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Read when first looked at, not when Preferences opens: a database with
    // a password asks for it, which only this page should do.
    if (m_listed)
        return;
    m_listed = true;
    // Once the page has painted: a password prompt over a half-drawn page looks broken.
    QTimer::singleShot(0, this, [this] {
        if (NssDatabase::exists(nssDirectory()))
            listCertificates();
        else
            showProblem(tr("There is no certificate database in %1 yet. Import PKCS#12… creates one.")
                            .arg(QDir::toNativeSeparators(nssDirectory())));
    });
}

void SealingPage::browse() {
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Certificate Database"), nssDirectory());
    if (!chosen.isEmpty())
        setNssDirectory(chosen);
}

void SealingPage::updateRestartNote() {
    const QString opened = NssDatabase::openedDirectory();
    const bool differs = !opened.isEmpty() && QFileInfo(opened) != QFileInfo(nssDirectory());
    m_restartNote->setText(differs ? tr("Countersign opens one certificate database per run and has opened "
                                        "%1: another takes effect after a restart.")
                                         .arg(QDir::toNativeSeparators(opened))
                                   : QString());
    m_restartNote->setVisible(differs);
}

void SealingPage::showProblem(const QString& text) {
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
}

bool SealingPage::listCertificates() {
    const QString dir = nssDirectory();
    QList<SealCertificate> found;
    const NssPasswordPrompt::Outcome listed =
        NssPasswordPrompt::run(this, dir, [&](const SecretBytes& password) -> Status {
            Result<QList<SealCertificate>> result = PdfSealer::certificates(dir, password);
            if (!result)
                return result.failure();
            found = std::move(result).value();
            return {};
        });
    if (listed.cancelled)
        return false;
    if (!listed.status) {
        showProblem(Prompts::asSentence(listed.status.error()));
        return false;
    }
    fillCertificates(found);
    showProblem(found.isEmpty() ? tr("%1 holds no certificate with a private key. Import PKCS#12… adds one.")
                                      .arg(QDir::toNativeSeparators(NssDatabase::openedDirectory()))
                                : QString());
    return true;
}

void SealingPage::fillCertificates(const QList<SealCertificate>& certificates) {
    const QString chosen = certificate();
    m_hasList = true;
    m_certificateList->clear();
    while (m_certificateCombo->count() > 1)
        m_certificateCombo->removeItem(1);
    for (const SealCertificate& c : certificates) {
        auto* row = new QTreeWidgetItem(m_certificateList);
        row->setText(NicknameColumn, c.nickname);
        row->setText(SubjectColumn, c.subject);
        row->setText(IssuerColumn, c.issuer);
        row->setToolTip(SubjectColumn, c.subject);
        row->setToolTip(IssuerColumn, c.issuer);
        row->setText(ValidToColumn, day(c.validTo));
        row->setText(KeyColumn, QStringLiteral("%1 %2").arg(c.keyType).arg(c.keyBits));
        const QString why = PdfSealer::cannotSeal(c, QDateTime::currentDateTimeUtc());
        if (!why.isEmpty()) {
            for (int column = 0; column < ColumnCount; ++column) {
                row->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
                row->setToolTip(column, tr("Cannot seal: %1").arg(why));
            }
            continue;
        }
        m_certificateCombo->addItem(QStringLiteral("%1 — %2").arg(c.nickname, c.subject), c.nickname);
    }
    if (!chosen.isEmpty())
        setCertificate(chosen);
}

void SealingPage::importPkcs12() {
    const QString title = tr("Import PKCS#12");
    const QString file = Prompts::openFileName(this, title, QDir::homePath(),
                                               tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (file.isEmpty())
        return;
    const QString name = QFileInfo(file).fileName();
    std::optional<QString> typed =
        Prompts::password(this, title, tr("The password that protects %1:").arg(name));
    if (!typed)
        return;
    const SecretBytes filePassword = SecretBytes::fromText(*typed);
    SecretBytes::wipe(*typed);

    const QString dir = nssDirectory();
    if (!NssDatabase::exists(dir)) {
        if (const Status created = NssDatabase::create(dir); !created) {
            Prompts::critical(
                this, title,
                tr("%1 was not imported.\n\n%2").arg(name, Prompts::asSentence(created.error())));
            return;
        }
        qCInfo(lcUi) << "created the NSS database" << dir;
    }
    const NssPasswordPrompt::Outcome imported =
        NssPasswordPrompt::run(this, dir, [&](const SecretBytes& dbPassword) {
            return NssDatabase::importPkcs12(file, dir, filePassword, dbPassword);
        });
    if (imported.cancelled)
        return;
    if (!imported.status) {
        Prompts::critical(this, title,
                          tr("%1 was not imported.\n\n%2\n\nNothing was added to the certificate database.")
                              .arg(name, Prompts::asSentence(imported.status.error())));
        return;
    }
    QStringList before;
    for (int i = 0; i < m_certificateList->topLevelItemCount(); ++i)
        before << m_certificateList->topLevelItem(i)->text(NicknameColumn);
    const bool hadList = m_hasList;
    listCertificates();
    // Nothing chosen yet: the certificate just imported is what the user means to seal with.
    if (hadList && certificate().isEmpty()) {
        for (int i = 1; i < m_certificateCombo->count(); ++i) {
            if (!before.contains(m_certificateCombo->itemData(i).toString())) {
                m_certificateCombo->setCurrentIndex(i);
                break;
            }
        }
    }
    Prompts::information(this, title,
                         tr("%1 was imported into %2.").arg(name, QDir::toNativeSeparators(dir)));
}
