#pragma once

// The desktop program: its command line (--db, --dark, --help, --version,
// --quit-after-first-paint), the database it starts on, and the main window.
// main() only calls run(), so the desktop's start-up lives with the desktop
// and the program's folder holds nothing but its entry point.
class DesktopApplication {
public:
    // Runs the program to its end; returns its exit code.
    static int run(int argc, char* argv[]);
};
