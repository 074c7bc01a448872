#pragma once

#include <cstddef>
#include <cstdint>

class QByteArray;
class QString;

// The libFuzzer entry points every target defines. The same sources link
// either with libFuzzer (COUNTERSIGN_FUZZ, clang) or with RegressionDriver.cpp,
// which replays a committed corpus as a ctest regression in the normal build.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

// A broken invariant: prints what and aborts, so libFuzzer saves the input
// and the regression driver fails. Not assert(): release builds keep it.
[[noreturn]] void fuzzFailure(const char* what, const char* detail = nullptr);

#define FUZZ_CHECK(condition, detail)                                                                        \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            fuzzFailure(#condition, detail);                                                                 \
    } while (false)

// A reader's refusal of input: it says why, and a "line N[, column M]: "
// it starts with names a line the input has (LF, CRLF and CR each end one;
// UTF-16 has two bytes per character, so its line count is at most this).
void checkRefusalNamesARealLine(const QByteArray& input, const QString& error);
