#pragma once

#include <system_error>
#include <thread>

// Starts work on a thread of its own, beside what the caller goes on with;
// join the thread (or let it go out of scope) before reading what the work
// wrote. When the system gives no thread, the work is done here, at once,
// and the thread returned is empty: the caller's results are the same,
// only later. (verify's chain check and record prechecks, the chain's
// hashing parts.)
template <typename Work> std::jthread startBeside(Work work) {
    try {
        return std::jthread(work); // a copy: `work` is still whole if the thread is refused
    } catch (const std::system_error&) {
        work();
        return {};
    }
}
