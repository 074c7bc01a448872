#include "ui/ConnectDialog.h"

#include "ui_ConnectDialog.h"

#include <QPushButton>
#include <QUrl>

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
    m_ui->addressLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->addressLabel->setAccessibleName(tr("Server address"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectDialog::updateState);
    updateState();
    resize(std::max(width(), 460), sizeHint().height());
}

ConnectDialog::~ConnectDialog() = default;

UserSettings::ServerFields ConnectDialog::fields() const {
    UserSettings::ServerFields fields;
    fields.host = m_ui->hostEdit->text().trimmed();
    fields.port = m_ui->portSpin->value();
    fields.database = m_ui->databaseEdit->text().trimmed();
    fields.user = m_ui->userEdit->text().trimmed();
    return fields;
}

void ConnectDialog::setFields(const UserSettings::ServerFields& fields) {
    m_ui->hostEdit->setText(fields.host);
    m_ui->portSpin->setValue(fields.port > 0 ? fields.port : 5432);
    m_ui->databaseEdit->setText(fields.database);
    m_ui->userEdit->setText(fields.user);
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
    return url.toString(QUrl::FullyEncoded);
}

void ConnectDialog::updateState() {
    const UserSettings::ServerFields current = fields();
    const bool complete = !current.host.isEmpty() && !current.database.isEmpty() && !current.user.isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_ui->addressLabel->setText(complete ? tr("Address: %1").arg(locationFor(current))
                                         : tr("Fill in host, database and user."));
}
