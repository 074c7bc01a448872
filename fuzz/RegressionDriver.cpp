// Replays a fuzz target's corpus without libFuzzer: every file under the
// directories (or the files) named on the command line is fed once to
// LLVMFuzzerTestOneInput. A crash, a sanitizer report or a broken invariant
// fails the ctest run; an input that comes back is a pass.

#include "FuzzTarget.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::filesystem::path> inputsUnder(const std::filesystem::path& path) {
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
    } else if (std::filesystem::is_regular_file(path)) {
        files.push_back(path);
    }
    // A stable order, so a failure reproduces the same way on every machine.
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR|FILE...\n", argv[0]);
        return 2;
    }
    LLVMFuzzerInitialize(&argc, &argv);
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::vector<std::filesystem::path> found = inputsUnder(argv[i]);
        if (found.empty()) {
            std::fprintf(stderr, "%s: no input files in %s\n", argv[0], argv[i]);
            return 1;
        }
        files.insert(files.end(), found.begin(), found.end());
    }
    const auto start = std::chrono::steady_clock::now();
    for (const std::filesystem::path& file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (!in.good() && !in.eof()) {
            std::fprintf(stderr, "%s: cannot read %s\n", argv[0], file.c_str());
            return 1;
        }
        // Named before it runs, so the log shows which input crashed.
        std::fprintf(stderr, "input %s (%zu bytes)\n", file.c_str(), bytes.size());
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    }
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
            .count();
    std::fprintf(stderr, "%zu inputs passed in %lld ms\n", files.size(), static_cast<long long>(ms));
    return 0;
}
