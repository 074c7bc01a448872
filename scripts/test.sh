#!/usr/bin/env bash
# README's second command (and CI's): install what is missing, build from
# scratch with warnings as errors, start a throwaway PostgreSQL server, run the
# whole test suite on both backends.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=build-tests
rm -rf "$build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOUNTERSIGN_WERROR=ON
cmake --build "$build" -j"$(nproc)"

eval "$(scripts/pg-test-server.sh start)"
trap 'scripts/pg-test-server.sh stop "$COUNTERSIGN_TEST_PG_DIR"' EXIT

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
