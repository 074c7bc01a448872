#pragma once

#include <QString>

#include <optional>
#include <utility>

// Errors are values: every engine call that can fail returns a Result whose
// message says what happened and, where it helps, what the user can do.
class Error {
public:
    // The few failures a front end words or handles its own way. The message
    // is written for people (and may be translated): nothing reads it back.
    enum class Kind {
        Other,
        Busy,             // another program holds the database's write lock
        Damaged,          // the file is not a complete database
        PasswordRejected, // the server wants a password, or another one; or a password does not open a sealed
                          // key
        LogReplaced,      // another program deleted the database's -wal/-shm under this connection
        TlsRefused,       // the server's certificate is not trusted or does not name it, or it offers no TLS
        ConnectionLost,   // the server's connection dropped (a restart, the network); nothing was applied
        OutcomeUnknown,   // the connection dropped after a change was sent and could not be made again:
                          // the change may or may not have been applied
    };

    Error() = default;
    explicit Error(QString message, Kind kind = Kind::Other)
        : m_message(std::move(message))
        , m_kind(kind) {}
    const QString& message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    Kind m_kind = Kind::Other;
};

template <typename T> class Result {
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value is a success
        : m_value(std::move(value)) {}
    Result(Error error) // NOLINT(google-explicit-constructor): an Error is a failure
        : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const QString& error() const { return m_error.message(); }
    Error::Kind errorKind() const { return m_error.kind(); }
    // The whole error, to pass a failure on unchanged.
    const Error& failure() const { return m_error; }
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class Result<void> {
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error.message(); }
    Error::Kind errorKind() const { return m_error.kind(); }
    const Error& failure() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;
