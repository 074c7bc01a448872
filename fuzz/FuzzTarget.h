#pragma once

#include <cstddef>
#include <cstdint>

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
