#include "cli/PasswordInput.h"

#include <QByteArray>

#include <termios.h>
#include <unistd.h>

namespace {

// Turns terminal echo off for as long as it lives.
class EchoOff {
public:
    explicit EchoOff(int fd)
        : m_fd(fd) {
        if (!isatty(m_fd) || tcgetattr(m_fd, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff() {
        if (m_active)
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    bool active() const { return m_active; }

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

} // namespace

PasswordInput::PasswordInput(std::FILE* in)
    : m_in(in) {}

QString PasswordInput::readLine(const QString& prompt, bool* endOfInput) {
    const int fd = fileno(m_in);
    const bool terminal = isatty(fd);
    if (terminal) {
        std::fputs(prompt.toUtf8().constData(), stderr);
        std::fflush(stderr);
    }
    QByteArray line;
    *endOfInput = true;
    {
        const EchoOff echoOff(fd);
        for (int c = std::fgetc(m_in); c != EOF; c = std::fgetc(m_in)) {
            *endOfInput = false;
            if (c == '\n')
                break;
            line.append(char(c));
        }
    }
    if (terminal) {
        std::fputs("\n", stderr);
        std::fflush(stderr);
    }
    // A line written on Windows ends in CR LF; the CR is not part of the password.
    if (line.endsWith('\r'))
        line.chop(1);
    const QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

Result<QString> PasswordInput::read(const QString& prompt, const QString& what) {
    bool endOfInput = false;
    const QString line = readLine(prompt, &endOfInput);
    if (endOfInput)
        return Error(tr("%1 is missing: --password-stdin reads it as a line on standard input, for example "
                        "printf '%s\\n' \"$PASSWORD\" | countersign-cli ...")
                         .arg(what));
    if (line.isEmpty())
        return Error(tr("%1 is empty: write it as a line on standard input.").arg(what));
    return line;
}

Result<QString> PasswordInput::readNew(const QString& prompt, const QString& what) {
    Result<QString> password = read(prompt, what);
    if (password && password->size() < kMinLength)
        return Error(
            tr("%1 is too short: a signing password needs at least %n characters.", nullptr, kMinLength)
                .arg(what));
    return password;
}
