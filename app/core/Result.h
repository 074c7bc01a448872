#pragma once

#include <QString>

#include <optional>
#include <utility>

// Errors are values: every engine call that can fail returns a Result whose
// message says what happened and, where it helps, what the user can do.
class Error {
public:
    Error() = default;
    explicit Error(QString message)
        : m_message(std::move(message)) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
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

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;
