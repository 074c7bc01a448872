#include "core/store/OnceOnlyWrite.h"

#include <QUuid>

QString OnceOnlyWrite::newEditId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status OnceOnlyWrite::reconnectAfter(const Error& failure) {
    qCInfo(lcStore) << "connection to" << m_connection.shownLocation()
                    << "lost during a write; connecting again:" << failure.message();
    return m_connection.reconnect();
}

Error OnceOnlyWrite::outcome(quint64 begun, const Error& why) const {
    if (m_connection.writesBegun() == begun)
        return Error(tr("the connection to %1 was lost and could not be made again, so the change was not "
                        "made (%2). Try again once the server answers.")
                         .arg(m_connection.shownLocation(), why.message()),
                     Error::Kind::ConnectionLost);
    return Error(tr("the server %1 did not answer after the change was sent, and the connection could not be "
                    "made again (%2). The change may or may not have been saved: look at the record once the "
                    "server answers before making it again.")
                     .arg(m_connection.shownLocation(), why.message()),
                 Error::Kind::OutcomeUnknown);
}
