// Times a GUI program's start the way a person sees it: from exec to its
// first top-level window being mapped on the X display. Not a Qt program, so
// that nothing of its own start is in the figure.
//
//   DISPLAY=:94 map_watch PROGRAM [ARGS...]
//
// It selects SubstructureNotifyMask on the root window (and waits for the
// server to have applied it), reads the clock, spawns the program with
// QT_QPA_PLATFORM=xcb, and stops the clock at the first MapNotify of a child
// of the root (a top-level window) that is not override-redirect (a tooltip or
// a menu) and whose _NET_WM_PID, when set, is the program's. Then it ends the
// program (SIGTERM, SIGKILL after 5 s) and prints
//
//   mapped-ms: 123.4
//
// It waits on the X connection and on a pidfd of the program with poll(): no
// polling with sleeps, and a program that dies before mapping a window is an
// error at once (exit status 1), as is no window within 60 s.
#include <xcb/xcb.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace {

constexpr int kTimeoutMs = 60000;

double nowMs() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// The window's _NET_WM_PID, or 0 when it has none (yet).
pid_t windowPid(xcb_connection_t* x, xcb_window_t window) {
    static xcb_atom_t pidAtom = XCB_ATOM_NONE;
    if (pidAtom == XCB_ATOM_NONE) {
        const char name[] = "_NET_WM_PID";
        std::unique_ptr<xcb_intern_atom_reply_t, decltype(&std::free)> atom(
            xcb_intern_atom_reply(x, xcb_intern_atom(x, 0, sizeof name - 1, name), nullptr), &std::free);
        if (!atom)
            return 0;
        pidAtom = atom->atom;
    }
    std::unique_ptr<xcb_get_property_reply_t, decltype(&std::free)> reply(
        xcb_get_property_reply(x, xcb_get_property(x, 0, window, pidAtom, XCB_ATOM_CARDINAL, 0, 1), nullptr),
        &std::free);
    if (!reply || xcb_get_property_value_length(reply.get()) < 4)
        return 0;
    return pid_t(*static_cast<const uint32_t*>(xcb_get_property_value(reply.get())));
}

void endProgram(pid_t pid, int pidfd) {
    kill(pid, SIGTERM);
    pollfd gone{pidfd, POLLIN, 0};
    if (pidfd < 0 || poll(&gone, 1, 5000) <= 0)
        kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: DISPLAY=:N map_watch PROGRAM [ARGS...]\n");
        return 2;
    }
    int screenNumber = 0;
    xcb_connection_t* x = xcb_connect(nullptr, &screenNumber);
    if (xcb_connection_has_error(x)) {
        std::fprintf(stderr, "map_watch: cannot connect to the X display '%s'; start Xvfb and set DISPLAY\n",
                     std::getenv("DISPLAY") ? std::getenv("DISPLAY") : "");
        return 1;
    }
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(x));
    for (int i = 0; i < screenNumber && screens.rem > 0; ++i)
        xcb_screen_next(&screens);
    const xcb_window_t root = screens.data->root;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    // Checked, and answered before the clock starts: the server selects the
    // events before the program can map anything.
    if (std::unique_ptr<xcb_generic_error_t, decltype(&std::free)> error(
            xcb_request_check(x, xcb_change_window_attributes_checked(x, root, XCB_CW_EVENT_MASK, &mask)),
            &std::free);
        error) {
        std::fprintf(stderr, "map_watch: the X server refused to report the root's children (error %d)\n",
                     error->error_code);
        return 1;
    }

    // The program runs on this X display, whatever platform the caller's Qt uses.
    setenv("QT_QPA_PLATFORM", "xcb", 1);
    const double start = nowMs();
    pid_t pid = 0;
    if (const int failed = posix_spawnp(&pid, argv[1], nullptr, nullptr, argv + 1, environ); failed != 0) {
        std::fprintf(stderr, "map_watch: cannot start %s: %s\n", argv[1], std::strerror(failed));
        return 1;
    }
    const int pidfd = int(syscall(SYS_pidfd_open, pid, 0));

    double mapped = -1;
    pollfd waits[2] = {{xcb_get_file_descriptor(x), POLLIN, 0}, {pidfd, POLLIN, 0}};
    while (mapped < 0) {
        xcb_generic_event_t* event = xcb_poll_for_event(x);
        if (!event) {
            if (xcb_connection_has_error(x)) {
                std::fprintf(stderr, "map_watch: lost the X connection\n");
                break;
            }
            const int remaining = kTimeoutMs - int(nowMs() - start);
            const int ready = remaining > 0 ? poll(waits, pidfd >= 0 ? 2 : 1, remaining) : 0;
            if (ready == 0) {
                std::fprintf(stderr, "map_watch: %s mapped no window within %d s\n", argv[1],
                             kTimeoutMs / 1000);
                break;
            }
            if (ready < 0 && errno != EINTR)
                break;
            if (pidfd >= 0 && (waits[1].revents & POLLIN) && !(waits[0].revents & POLLIN)) {
                int status = 0;
                waitpid(pid, &status, 0);
                std::fprintf(stderr, "map_watch: %s ended (status %d) before mapping a window\n", argv[1],
                             WIFEXITED(status) ? WEXITSTATUS(status) : -1);
                close(pidfd);
                return 1;
            }
            continue;
        }
        const double at = nowMs();
        if ((event->response_type & 0x7f) == XCB_MAP_NOTIFY) {
            const auto* map = reinterpret_cast<const xcb_map_notify_event_t*>(event);
            // event == root: a child of the root, a top-level window.
            if (map->event == root && !map->override_redirect) {
                const pid_t owner = windowPid(x, map->window);
                if (owner == 0 || owner == pid)
                    mapped = at - start;
            }
        }
        std::free(event);
    }
    endProgram(pid, pidfd);
    if (pidfd >= 0)
        close(pidfd);
    xcb_disconnect(x);
    if (mapped < 0)
        return 1;
    std::printf("mapped-ms: %.1f\n", mapped);
    return 0;
}
