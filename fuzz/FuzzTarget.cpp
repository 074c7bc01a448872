#include "FuzzTarget.h"

#include <cstdio>
#include <cstdlib>

void fuzzFailure(const char* what, const char* detail) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail ? detail : "");
    std::fflush(stderr);
    std::abort();
}
