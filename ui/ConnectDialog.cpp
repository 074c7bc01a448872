#include "ui/ConnectDialog.h"

#include "ui_ConnectDialog.h"

#include "core/ServerAddress.h"
#include "ui/base/Prompts.h"

#include <QDir>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>()) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Connect to Server"));
    m_ui->introLabel->setText(tr("Open the team's shared Countersign database on a PostgreSQL server."));
    m_ui->hostLabel->setText(tr("&Host:"));
    m_ui->portLabel->setText(tr("&Port:"));
    m_ui->databaseLabel->setText(tr("&Database:"));
    m_ui->userLabel->setText(tr("&User:"));
    m_ui->passwordLabel->setText(tr("Pass&word:"));

    m_ui->hostEdit->setAccessibleName(tr("Server host"));
    m_ui->hostEdit->setPlaceholderText(tr("db.example.org"));
    m_ui->hostEdit->setToolTip(tr("The name or address of the PostgreSQL server"));
    m_ui->portSpin->setAccessibleName(tr("Server port"));
    m_ui->portSpin->setToolTip(tr("PostgreSQL listens on 5432 unless set up otherwise"));
    m_ui->databaseEdit->setAccessibleName(tr("Database name"));
    m_ui->databaseEdit->setPlaceholderText(tr("countersign"));
    m_ui->databaseEdit->setToolTip(tr("The database on the server that holds the team's records"));
    m_ui->userEdit->setAccessibleName(tr("User name"));
    m_ui->userEdit->setToolTip(tr("Your login on the server"));
    m_ui->passwordEdit->setAccessibleName(tr("Password"));
    m_ui->passwordEdit->setPlaceholderText(tr("from PGPASSWORD or ~/.pgpass when empty"));
    m_ui->passwordEdit->setToolTip(tr("Used for this connection only and never stored. Left empty, "
                                      "PGPASSWORD or ~/.pgpass is used, or Countersign asks."));
    setUpTls();
    m_ui->addressLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->addressLabel->setAccessibleName(tr("Server address"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectDialog::updateState);
    connect(m_ui->rootCertificateEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_ui->sslModeCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_ui->browseRootCertificateButton, &QPushButton::clicked, this,
            &ConnectDialog::browseRootCertificate);
    updateState();
    resize(std::max(width(), 460), sizeHint().height());
}

ConnectDialog::~ConnectDialog() = default;

// The TLS section: how the server proves who it is. Its choices are written
// into the address's query, where the CLI and Open Recent read them too.
void ConnectDialog::setUpTls() {
    m_ui->tlsGroup->setTitle(tr("Encryption (TLS)"));
    m_ui->sslModeLabel->setText(tr("&Mode:"));
    m_ui->rootCertificateLabel->setText(tr("&Root certificate:"));
    m_ui->browseRootCertificateButton->setText(tr("&Browse…"));
    QComboBox* mode = m_ui->sslModeCombo;
    // No sslmode in the address: verify-full for a host off this machine,
    // libpq's own default on it (ServerAddress).
    mode->addItem(tr("verify-full (default off this machine)"), QString());
    mode->addItem(tr("verify-full: check the certificate and the host name"), QStringLiteral("verify-full"));
    mode->addItem(tr("verify-ca: check the certificate, not the name"), QStringLiteral("verify-ca"));
    mode->addItem(tr("require: encrypt, check no certificate"), QStringLiteral("require"));
    mode->addItem(tr("prefer: encrypt if the server offers it"), QStringLiteral("prefer"));
    mode->addItem(tr("disable: never encrypt"), QStringLiteral("disable"));
    mode->setAccessibleName(tr("TLS mode"));
    mode->setToolTip(
        tr("How the connection is protected. Off this machine Countersign checks the server's "
           "certificate and name unless told otherwise; prefer and disable may send passwords and "
           "records in plain text."));
    m_ui->rootCertificateEdit->setAccessibleName(tr("Root certificate file"));
    m_ui->rootCertificateEdit->setPlaceholderText(tr("the system's roots"));
    m_ui->rootCertificateEdit->setToolTip(
        tr("The CA certificate (PEM) that signed the server's certificate: your organisation's, if it runs "
           "its "
           "own CA. Left empty, the system's roots (%1) are used.")
            .arg(QDir::toNativeSeparators(ServerAddress::systemRootCertificates())));
    m_ui->browseRootCertificateButton->setAccessibleName(tr("Choose the root certificate file"));
}

void ConnectDialog::browseRootCertificate() {
    const QString current = m_ui->rootCertificateEdit->text().trimmed();
    const QString file =
        Prompts::openFileName(this, tr("Root Certificate"), current.isEmpty() ? QDir::homePath() : current,
                              tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->rootCertificateEdit->setText(QDir::toNativeSeparators(file));
}

UserSettings::ServerFields ConnectDialog::fields() const {
    UserSettings::ServerFields fields;
    fields.host = m_ui->hostEdit->text().trimmed();
    fields.port = m_ui->portSpin->value();
    fields.database = m_ui->databaseEdit->text().trimmed();
    fields.user = m_ui->userEdit->text().trimmed();
    fields.sslMode = m_ui->sslModeCombo->currentData().toString();
    fields.rootCertificate = QDir::fromNativeSeparators(m_ui->rootCertificateEdit->text().trimmed());
    return fields;
}

void ConnectDialog::setFields(const UserSettings::ServerFields& fields) {
    m_ui->hostEdit->setText(fields.host);
    m_ui->portSpin->setValue(fields.port > 0 ? fields.port : 5432);
    m_ui->databaseEdit->setText(fields.database);
    m_ui->userEdit->setText(fields.user);
    m_ui->sslModeCombo->setCurrentIndex(std::max(0, m_ui->sslModeCombo->findData(fields.sslMode)));
    m_ui->rootCertificateEdit->setText(QDir::toNativeSeparators(fields.rootCertificate));
    // Start where something is still missing, or at the password.
    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->passwordEdit}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

QString ConnectDialog::password() const {
    return m_ui->passwordEdit->text();
}

QString ConnectDialog::locationFor(const UserSettings::ServerFields& fields) {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(fields.user);
    url.setHost(fields.host);
    url.setPort(fields.port);
    url.setPath(QLatin1Char('/') + fields.database);
    QUrlQuery query;
    if (!fields.sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), fields.sslMode);
    if (!fields.rootCertificate.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), fields.rootCertificate);
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void ConnectDialog::updateState() {
    const UserSettings::ServerFields current = fields();
    const bool complete = !current.host.isEmpty() && !current.database.isEmpty() && !current.user.isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_ui->addressLabel->setText(complete ? tr("Address: %1").arg(locationFor(current))
                                         : tr("Fill in host, database and user."));
}
