#include "cli/PasswordInput.h"

#include <cerrno>

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

SecretBytes PasswordInput::readLine(const QString& prompt, bool* endOfInput, bool* outOfMemory) {
    const int fd = fileno(m_in);
    const bool terminal = isatty(fd);
    if (terminal) {
        std::fputs(prompt.toUtf8().constData(), stderr);
        std::fflush(stderr);
    }
    SecretBytes line;
    *endOfInput = true;
    {
        const EchoOff echoOff(fd);
        // One byte per read(2): stdio (fgetc) would leave the line behind in
        // its heap buffer, and would read ahead past the line the next
        // password (signer passwd reads two) or the next command needs.
        char c = 0;
        for (;;) {
            const ssize_t got = ::read(fd, &c, 1);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break;
            *endOfInput = false;
            if (c == '\n')
                break;
            if (!line.append(c)) {
                *outOfMemory = true;
                break;
            }
        }
        c = 0;
    }
    if (terminal) {
        std::fputs("\n", stderr);
        std::fflush(stderr);
    }
    // A line written on Windows ends in CR LF; the CR is not part of the password.
    if (!line.isEmpty() && line.chars()[line.size() - 1] == '\r')
        line.chop(1);
    return line;
}

Result<SecretBytes> PasswordInput::read(const QString& prompt, const QString& what) {
    bool endOfInput = false;
    bool outOfMemory = false;
    SecretBytes line = readLine(prompt, &endOfInput, &outOfMemory);
    if (outOfMemory)
        return Error(tr("no locked memory is left to hold %1; check the limit on locked memory (ulimit -l).")
                         .arg(what));
    if (endOfInput)
        return Error(tr("%1 is missing: --password-stdin reads it as a line on standard input, for example "
                        "printf '%s\\n' \"$PASSWORD\" | countersign-cli ...")
                         .arg(what));
    if (line.isEmpty())
        return Error(tr("%1 is empty: write it as a line on standard input.").arg(what));
    return line;
}

Result<SecretBytes> PasswordInput::readNew(const QString& prompt, const QString& what) {
    Result<SecretBytes> password = read(prompt, what);
    if (password && password->textLength() < kMinLength)
        return Error(
            tr("%1 is too short: a signing password needs at least %n characters.", nullptr, kMinLength)
                .arg(what));
    return password;
}
