#include "ui/PlainTextIndicator.h"

#include "core/ChecklistStore.h"

PlainTextIndicator::PlainTextIndicator(const ChecklistStore* store, QWidget* parent)
    : QLabel(parent)
    , m_store(store) {
    setObjectName(QStringLiteral("plainTextIndicator"));
    setText(tr("Not encrypted"));
    setAccessibleName(tr("Connection not encrypted"));
    // The theme's own warning colour would be lost in a dark status bar: bold says it everywhere.
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    hide();
    // A reconnection may end in another transport (a server that came back without TLS).
    connect(store, &ChecklistStore::reconnected, this, &PlainTextIndicator::refresh);
}

void PlainTextIndicator::refresh() {
    const std::optional<ChecklistStore::PlainTextSession> plain =
        m_store->isOpen() ? m_store->plainTextSession() : std::nullopt;
    setVisible(plain.has_value());
    if (!plain)
        return;
    const QString why = tr("The connection to %1 is not encrypted (sslmode=%2): passwords, records and "
                           "signatures cross the network in plain text, and the server is not checked.")
                            .arg(plain->host, plain->sslMode);
    const QString toDo = tr("Connect again with TLS: File ▸ Connect to Server…, Mode verify-full and the "
                            "organisation's root certificate (or sslmode=verify-full&sslrootcert=FILE in the "
                            "address). If the server offers no TLS, ask its administrator to turn it on.");
    setToolTip(why + QStringLiteral("\n\n") + toDo);
    setAccessibleDescription(why);
}
