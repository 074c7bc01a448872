#!/usr/bin/env bash
# README's second command (and CI's): install what is missing, then
#   1. the plain pass: build from scratch with warnings as errors and run the
#      whole test suite on both backends (CTest starts its own PostgreSQL
#      server). Where it can (root, mmdebstrap installed, not already inside
#      one) this pass runs in a clean room instead, a bare Debian 12 chroot
#      built for the purpose (scripts/clean-room.sh), which also proves
#      install-deps.sh complete; elsewhere it runs here.
#   2. the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer;
#   3. every fuzz target for a short while over its corpus (fuzz/README.md).
# Prints each stage's minutes at the end, also after a failure.
#   COUNTERSIGN_CLEAN_ROOM=0  runs the plain pass here even where a clean room could.
#   --full   the long versions of the capped loops, run before resolving an
#            issue (CI runs the capped ones to stay within its budget): the
#            kill tests (tst_crash, tst_sharedfile) kill many more times, and
#            each fuzz target runs 5 minutes instead of 30 s.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"

fuzz_seconds=30
case "${1:-}" in
--full)
    export COUNTERSIGN_TEST_FULL=1 COUNTERSIGN_KILLS=200
    fuzz_seconds=300
    ;;
"") ;;
*)
    echo "usage: scripts/test.sh [--full]" >&2
    exit 2
    ;;
esac

# A missing PostgreSQL server fails the PostgreSQL tests instead of skipping
# them: a skipped twin must never turn CI green.
export COUNTERSIGN_REQUIRE_PG=1
export QT_QPA_PLATFORM=offscreen

# ---- Stages, timed; the summary prints on exit, whatever the outcome.
stage_lines=()
stage_name=""
test_started=$SECONDS
stage() { # stage NAME FUNCTION: runs FUNCTION (set -e applies inside) and records its time
    stage_name=$1
    stage_started=$SECONDS
    echo "test.sh: ==== $1"
    "$2"
    stage_end ok
}
stage_end() {
    stage_lines+=("$(printf '%-28s %6s  %s' "$stage_name" \
        "$(awk -v s=$((SECONDS - stage_started)) 'BEGIN { printf "%.1f", s / 60 }')" "$1")")
    stage_name=""
}
summary() {
    local status=$? line
    if [[ -n $stage_name ]]; then stage_end FAILED; fi
    echo "test.sh: stage                        minutes  result"
    for line in "${stage_lines[@]}"; do echo "test.sh: $line"; done
    echo "test.sh: $(printf '%-28s %6s  %s' total \
        "$(awk -v s=$((SECONDS - test_started)) 'BEGIN { printf "%.1f", s / 60 }')" \
        "$( ((status == 0)) && echo passed || echo FAILED)")"
}
trap summary EXIT

clean_room_possible() {
    [[ ${COUNTERSIGN_CLEAN_ROOM:-1} != 0 && ${COUNTERSIGN_IN_CLEAN_ROOM:-0} != 1 && $(id -u) -eq 0 ]] \
        && command -v mmdebstrap >/dev/null
}

install_deps() {
    scripts/install-deps.sh
}

plain_here() {
    local build="build-tests"
    rm -rf "$build"
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOUNTERSIGN_WERROR=ON
    cmake --build "$build" -j"$jobs"
    ctest --test-dir "$build" --output-on-failure -j"$jobs"
}

plain_in_clean_room() {
    scripts/clean-room.sh
}

# The whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer.
# Any report fails the run: UBSan does not recover (-fno-sanitize-recover),
# ASan stops at its first error, LeakSanitizer fails a test that leaks.
asan() {
    local build="build-tests-asan"
    rm -rf "$build"
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOUNTERSIGN_WERROR=ON -DCOUNTERSIGN_SANITIZE=ON
    cmake --build "$build" -j"$jobs"
    ASAN_OPTIONS="detect_leaks=1:strict_init_order=1:check_initialization_order=1:detect_stack_use_after_return=0" \
    LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        ctest --test-dir "$build" --output-on-failure -j"$jobs"
}

# Fuzz targets: clang + libFuzzer, 30 s each (--full: 5 minutes) over the committed corpus.
# New inputs go to a scratch folder, never into fuzz/corpus; a finding fails
# the run and leaves its input in build-tests-fuzz/artifacts/.
fuzz() {
    local build="build-tests-fuzz" corpus target dict
    rm -rf "$build"
    # Warnings stay errors in the gcc builds above; clang's own extra warnings do not stop fuzzing.
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DCOUNTERSIGN_FUZZ=ON -DCOUNTERSIGN_BUILD_TESTS=OFF
    cmake --build "$build" -j"$jobs" --target fuzz
    mkdir -p "$build/artifacts"
    for corpus in fuzz/corpus/*/; do
        target="$(basename "$corpus")"
        mkdir -p "$build/new/$target"
        dict=()
        if [[ -f "fuzz/$target.dict" ]]; then
            dict=(-dict="fuzz/$target.dict")
        fi
        echo "test.sh: fuzzing $target for $fuzz_seconds s"
        "$build/bin/fuzz_$target" -max_total_time="$fuzz_seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
            "${dict[@]}" -artifact_prefix="$build/artifacts/$target-" "$build/new/$target" "$corpus"
    done
}

stage "install-deps" install_deps
if clean_room_possible; then
    stage "clean room: build+ctest" plain_in_clean_room
else
    stage "plain build+ctest" plain_here
fi
stage "asan build+ctest" asan
stage "fuzz build+run" fuzz
