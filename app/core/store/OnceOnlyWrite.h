#pragma once

#include "core/Result.h"
#include "core/store/StoreConnection.h"

#include <QCoreApplication>

#include <functional>

// A user's edit, applied once even when the server's connection drops under
// it (docs/ARCHITECTURE.md, "Restarts and network faults"). Every edit carries
// a client-made id that its transaction writes into its audit rows
// (audit_log.edit_id) and looks for first: an edit whose id is already there
// was applied, and reports success without being applied again. So when the
// connection drops during the transaction or its COMMIT (whose answer may be
// lost with the connection), this connects again, once, and runs the same
// edit again: it is either applied now or found applied, never twice. When
// the connection cannot be made again the outcome of an edit that was sent is
// unknown (Error::Kind::OutcomeUnknown); one that never began was not applied
// (Error::Kind::ConnectionLost). An SQLite file never loses its connection.
class OnceOnlyWrite {
    // Its messages are the store's, translated under the store's name.
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    explicit OnceOnlyWrite(StoreConnection& connection)
        : m_connection(connection) {}

    // A new edit's id: a random UUID, made by this client.
    static QString newEditId();

    // Runs attempt (one write transaction that writes and checks one edit id)
    // and, after a lost connection, connects again and runs it once more.
    template <typename T> Result<T> run(const std::function<Result<T>()>& attempt) {
        // A bulk write is all or nothing: a lost connection took the whole
        // bulk with it, so one edit in it is never made again on its own.
        if (m_connection.inBulk())
            return attempt();
        const quint64 begun = m_connection.writesBegun();
        // Known dead already (a window's heartbeat found it so): connect first.
        if (m_connection.isServerLocation(m_connection.location()) && !m_connection.isOpen()) {
            if (Status back = reconnectAfter(Error(tr("the connection was lost before"))); !back)
                return outcome(begun, back.failure());
            return attempt();
        }
        Result<T> first = attempt();
        if (first || !m_connection.connectionLost())
            return first;
        if (Status back = reconnectAfter(first.failure()); !back)
            return outcome(begun, back.failure());
        const quint64 begunAgain = m_connection.writesBegun();
        Result<T> second = attempt();
        if (second || !m_connection.connectionLost())
            return second;
        return outcome(begunAgain, second.failure());
    }

private:
    Status reconnectAfter(const Error& failure);
    // Why an edit failed for good on a lost connection: its outcome is
    // unknown when a write transaction began since begun, else not applied.
    Error outcome(quint64 begun, const Error& why) const;

    StoreConnection& m_connection;
};
