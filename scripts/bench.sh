#!/usr/bin/env bash
# The performance figures of docs/PERFORMANCE.md, each beside a baseline
# measured in the same run, with PASS or MISS against its target. Builds a
# Release tree (build-bench/), generates its own data (2,000 records of 50
# items; records and a Markdown template of 10,000 items), and times:
#   cold start of the window, opening and scrolling a 10,000-item record,
#   peak memory, ticking an item, importing a template, `countersign-cli
#   records`, the content digest, and the PDF export against LibreOffice and
#   against Qt's QPdfWriter drawing the same pages.
# Not part of the tests: a MISS does not fail the build. Exit status: 0 when
# every figure was measured (PASS or MISS), 1 when a benchmark could not run.
#
#   scripts/bench.sh [--quick]      --quick: fewer runs, for a first look
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

runs=5
pdf_runs=3
if [[ ${1:-} == --quick ]]; then
    runs=3
    pdf_runs=1
fi

scripts/install-deps.sh
# The PDF figure's baseline is LibreOffice's PDF export of the same rows.
if ! command -v soffice >/dev/null; then
    echo "bench: installing LibreOffice Calc (no GUI) for the PDF baseline"
    sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui libreoffice-core-nogui
fi

build=${COUNTERSIGN_BENCH_BUILD:-$root/build-bench}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)" --target countersign countersign-cli bare_window gui_benchmark \
    store_benchmark pdf_benchmark
bin=$build/bin

# Data, settings and scratch files on the disk the build is on (fsync costs are
# part of the tick figure); nothing from the user's own settings or databases.
work=$build/bench-work
rm -rf "$work"
mkdir -p "$work/config" "$work/data" "$work/runtime"
chmod 700 "$work/runtime"
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="countersign.*.debug=false;qt.qpa.*=false"
log=$work/bench.log

run() {
    echo "+ ${*#"$bin/"}" | tee -a "$log"
    local status=0
    "$@" 2>&1 | tee -a "$log" || status=$?
    # 3 means "measured, some figure missed its target"
    if ((status != 0 && status != 3)); then
        echo "bench: $1 failed with status $status" | tee -a "$log"
        failed=1
    fi
}
failed=0

run "$bin/store_benchmark" make-data "$work"
# The data just written is still being flushed to disk: the cold start reads
# a database and the bare window does not, so let the writes settle first.
sync
many=$work/records-2000x50.sqlite
# The window opens the record it showed last: the newest of the 2,000.
last=$("$bin/countersign-cli" records --db "$many" --json | grep -o '"id": *[0-9]*' | tail -1 | grep -o '[0-9]*$')
"$bin/gui_benchmark" remember "$many" "${last:-2000}"
run "$bin/gui_benchmark" cold-start "$bin/countersign" "$bin/bare_window" "$many" --runs $((runs + 2))
run "$bin/gui_benchmark" open "$work/large.sqlite" --runs "$runs"
run "$bin/store_benchmark" figures "$work" --runs "$runs"
run "$bin/pdf_benchmark" --runs "$pdf_runs" --keep "$work/pdf" 1000 10000

echo
echo "## Countersign performance, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')," \
    "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM; $(uname -sr)"
echo
echo "| figure | measured | baseline | ratio | target | result |"
echo "|---|---|---|---|---|---|"
grep '^| ' "$log" || true
echo
echo "$(grep -c '| PASS |$' "$log" || true) PASS, $(grep -c '| MISS |$' "$log" || true) MISS (log: $log)"
exit "$failed"
