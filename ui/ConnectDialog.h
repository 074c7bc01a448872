#pragma once

#include "ui/UserSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

// File ▸ Connect to Server…: host, port, database and user of a team's
// PostgreSQL server, how TLS checks it (mode, root certificate), and a
// password that is handed to the store and never kept. OK waits for a host,
// a database and a user.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    ~ConnectDialog() override;

    UserSettings::ServerFields fields() const;
    void setFields(const UserSettings::ServerFields& fields);
    QString password() const;

    // postgresql://user@host:port/database?sslmode=…&sslrootcert=…, with every
    // part escaped as a URL needs; no query for Countersign's defaults.
    static QString locationFor(const UserSettings::ServerFields& fields);

private:
    void setUpTls();
    void browseRootCertificate();
    void updateState();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
};
