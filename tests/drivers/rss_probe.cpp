// Runs a program (argv[1] with its arguments) and prints the peak resident
// memory it reached, in KiB, as the kernel counts it for that process alone
// (wait4's ru_maxrss). A process that execs carries the resident size of
// whoever spawned it into its own peak, so the test suite, which may hold a
// large file in memory, runs the program through this small one. Plain C++:
// no Qt, so its own few pages are all it brings. The program's standard
// output goes to /dev/null; the number is the only line on ours. Exits with
// the program's exit code (128 when it did not exit normally).
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char** environ;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: rss_probe PROGRAM [ARGUMENT...]\n");
        return 2;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[1], &actions, nullptr, argv + 1, environ) != 0) {
        std::perror("rss_probe: cannot start the program");
        return 127;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) {
        std::perror("rss_probe: wait4");
        return 127;
    }
    std::printf("%ld\n", usage.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}
