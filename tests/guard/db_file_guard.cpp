// A guard for the rule in app/core/DatabaseFile.h, preloaded (LD_PRELOAD) into
// every test process and every program the tests start: nothing but SQLite may
// open a database file while SQLite holds it. Closing any descriptor of a file
// releases every POSIX lock the process holds on it, so one QFile probe of an
// open database was enough to lose another program's acknowledged edits.
//
// It wraps open/openat/fopen (and their 64-bit names) and close. Descriptors
// that libsqlite3 itself opens are remembered with their device and inode;
// when any other code opens a file that SQLite holds, the guard prints who
// did it and aborts, so the test fails where the rule was broken. A
// before/after look at /proc/self/fd could not see an open and close inside
// one operation, which is exactly the bug; an interposer sees every one.
#include <dlfcn.h>
#include <execinfo.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

struct Held {
    int fd;
    dev_t device;
    ino_t inode;
};

constexpr int kMaxHeld = 4096;
Held g_held[kMaxHeld];
int g_heldCount = 0;
pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;

template <typename F> F real(const char* name) {
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

// Whether the code at address belongs to libsqlite3 (SQLite's own unix VFS).
bool isSqlite(const void* address) {
    Dl_info info{};
    return dladdr(address, &info) != 0 && info.dli_fname && std::strstr(info.dli_fname, "libsqlite3");
}

void remember(int fd) {
    struct stat status {};
    if (fd < 0 || fstat(fd, &status) != 0 || !S_ISREG(status.st_mode))
        return;
    pthread_mutex_lock(&g_lock);
    if (g_heldCount < kMaxHeld)
        g_held[g_heldCount++] = {fd, status.st_dev, status.st_ino};
    pthread_mutex_unlock(&g_lock);
}

void forget(int fd) {
    pthread_mutex_lock(&g_lock);
    for (int i = 0; i < g_heldCount; ++i) {
        if (g_held[i].fd == fd) {
            g_held[i] = g_held[--g_heldCount];
            break;
        }
    }
    pthread_mutex_unlock(&g_lock);
}

// Another opener of a file SQLite holds: report and stop.
void check(int fd, const char* path) {
    struct stat status {};
    if (fd < 0 || fstat(fd, &status) != 0 || !S_ISREG(status.st_mode))
        return;
    bool held = false;
    pthread_mutex_lock(&g_lock);
    for (int i = 0; i < g_heldCount && !held; ++i)
        held = g_held[i].fd != fd && g_held[i].device == status.st_dev && g_held[i].inode == status.st_ino;
    pthread_mutex_unlock(&g_lock);
    if (!held)
        return;
    std::fprintf(stderr,
                 "db_file_guard: %s was opened outside SQLite while SQLite holds it open; closing that "
                 "descriptor would release this process's locks on the database (app/core/DatabaseFile.h). "
                 "Opened from:\n",
                 path ? path : "(a database file)");
    void* frames[32];
    backtrace_symbols_fd(frames, backtrace(frames, 32), STDERR_FILENO);
    std::abort();
}

int opened(int fd, const char* path, const void* caller) {
    if (fd < 0)
        return fd;
    if (isSqlite(caller))
        remember(fd);
    else
        check(fd, path);
    return fd;
}

mode_t modeOf(int flags, va_list args) {
    return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? mode_t(va_arg(args, int)) : 0;
}

} // namespace

extern "C" {

int open(const char* path, int flags, ...) {
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    static auto next = real<int (*)(const char*, int, ...)>("open");
    return opened(next(path, flags, mode), path, __builtin_return_address(0));
}

int open64(const char* path, int flags, ...) {
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    static auto next = real<int (*)(const char*, int, ...)>("open64");
    return opened(next(path, flags, mode), path, __builtin_return_address(0));
}

int openat(int dir, const char* path, int flags, ...) {
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    static auto next = real<int (*)(int, const char*, int, ...)>("openat");
    return opened(next(dir, path, flags, mode), path, __builtin_return_address(0));
}

int openat64(int dir, const char* path, int flags, ...) {
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    static auto next = real<int (*)(int, const char*, int, ...)>("openat64");
    return opened(next(dir, path, flags, mode), path, __builtin_return_address(0));
}

FILE* fopen(const char* path, const char* mode) {
    static auto next = real<FILE* (*)(const char*, const char*)>("fopen");
    FILE* file = next(path, mode);
    if (file)
        check(fileno(file), path);
    return file;
}

FILE* fopen64(const char* path, const char* mode) {
    static auto next = real<FILE* (*)(const char*, const char*)>("fopen64");
    FILE* file = next(path, mode);
    if (file)
        check(fileno(file), path);
    return file;
}

int close(int fd) {
    static auto next = real<int (*)(int)>("close");
    if (isSqlite(__builtin_return_address(0)))
        forget(fd);
    return next(fd);
}

} // extern "C"
