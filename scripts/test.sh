#!/usr/bin/env bash
# README's second command (and CI's): install what is missing, build from
# scratch with warnings as errors, run the whole test suite on both backends
# (CTest starts its own throwaway PostgreSQL server). Then the same suite again built with
# AddressSanitizer + UndefinedBehaviorSanitizer, and every fuzz target for a
# short while over its corpus (fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs="$(nproc)"
build="build-tests"
rm -rf "$build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOUNTERSIGN_WERROR=ON
cmake --build "$build" -j"$jobs"

# A missing PostgreSQL server fails the PostgreSQL tests instead of skipping
# them: a skipped twin must never turn CI green.
export COUNTERSIGN_REQUIRE_PG=1
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j"$jobs"

# ---- The whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer.
# Any report fails the run: UBSan does not recover (-fno-sanitize-recover),
# ASan stops at its first error, LeakSanitizer fails a test that leaks.
asan="build-tests-asan"
rm -rf "$asan"
started=$SECONDS
cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOUNTERSIGN_WERROR=ON -DCOUNTERSIGN_SANITIZE=ON
cmake --build "$asan" -j"$jobs"
echo "test.sh: sanitizer build took $((SECONDS - started)) s"
ASAN_OPTIONS="detect_leaks=1:strict_init_order=1:check_initialization_order=1:detect_stack_use_after_return=0" \
LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ctest --test-dir "$asan" --output-on-failure -j"$jobs"

# ---- Fuzz targets: clang + libFuzzer, 30 s each over the committed corpus.
# New inputs go to a scratch folder, never into fuzz/corpus; a finding fails
# the run and leaves its input in $fuzz/artifacts/.
fuzz="build-tests-fuzz"
rm -rf "$fuzz"
# Warnings stay errors in the gcc builds above; clang's own extra warnings do not stop fuzzing.
cmake -S . -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DCOUNTERSIGN_FUZZ=ON -DCOUNTERSIGN_BUILD_TESTS=OFF
cmake --build "$fuzz" -j"$jobs" --target fuzz
mkdir -p "$fuzz/artifacts"
for corpus in fuzz/corpus/*/; do
    target="$(basename "$corpus")"
    mkdir -p "$fuzz/new/$target"
    dict=()
    if [[ -f "fuzz/$target.dict" ]]; then
        dict=(-dict="fuzz/$target.dict")
    fi
    echo "test.sh: fuzzing $target for 30 s"
    "$fuzz/bin/fuzz_$target" -max_total_time=30 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        "${dict[@]}" -artifact_prefix="$fuzz/artifacts/$target-" "$fuzz/new/$target" "$corpus"
done
