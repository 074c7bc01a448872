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
# At archive scale (issue 19) it also builds the ten-year archive of 20,000
# records and one of 2,000 (`store_benchmark make-archive`, kept in
# build-bench/bench-archive and reused while the generator and the schema are
# the same) and times the window's first paint, the record list's filter and
# sort and the peak memory on them, the cold start to the window being mapped
# on an Xvfb beside bench/bare_table and DB Browser for SQLite, and
# `records --json`, the whole `verify`, `verify RECORD` and the witness check;
# the same archives on a PostgreSQL server of its own (scripts/pg-test-server.sh
# keep build-bench/bench-pg, started for the run and stopped after it) for the
# engine's, the CLI's and the window's figures there (the cold start is
# against a SQLite file, as bare_table and DB Browser open one).
#
#   scripts/bench.sh [--quick]      --quick: fewer runs, for a first look
#   scripts/bench.sh --scale        the scaling curves only: records --json,
#                                   verify and the record list's reads at
#                                   2,000, 6,000 and 20,000 records
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

runs=5
pdf_runs=3
scale=0
if [[ ${1:-} == --quick ]]; then
    runs=3
    pdf_runs=1
elif [[ ${1:-} == --scale ]]; then
    scale=1
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

# The mapped cold start: map_watch is built against libxcb's headers, DB
# Browser for SQLite is its peer, Xvfb the display both are mapped on.
missing=()
for package in libxcb1-dev sqlitebrowser xvfb; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "bench: installing ${missing[*]} for the mapped cold start (map_watch, DB Browser for SQLite, Xvfb)"
    sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build=${COUNTERSIGN_BENCH_BUILD:-$root/build-bench}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)" --target countersign countersign-cli bare_window gui_benchmark \
    store_benchmark pdf_benchmark archive_benchmark bare_table map_watch
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

# The archives outlive a run: building the 20,000-record one takes minutes.
archives=${COUNTERSIGN_BENCH_ARCHIVES:-$build/bench-archive}
mkdir -p "$archives"
small=$archives/archive-2000.sqlite
archive=$archives/archive-20000.sqlite

if ((scale)); then
    for records in 2000 6000 20000; do
        run "$bin/store_benchmark" make-archive "$archives" --records "$records"
    done
    run "$bin/archive_benchmark" scale "$archives" --runs 3
    exit "$failed"
fi

run "$bin/store_benchmark" make-data "$work"
# The data just written is still being flushed to disk: the cold start reads
# a database and the bare window does not, so let the writes settle first.
sync
many=$work/records-2000x50.sqlite
# The window opens the record it showed last: the newest of the 2,000.
last=$("$bin/countersign-cli" records --db "$many" --json | grep -o '"id": *[0-9]*' | tail -1 | grep -o '[0-9]*$')
"$bin/gui_benchmark" remember "$many" "${last:-2000}"
# The cold start is timed to the window being mapped, beside bare_table and DB
# Browser for SQLite (below): issue 19 replaced the bare QMainWindow baseline
# (`gui_benchmark cold-start`, still there for profiling) with that fair one.
run "$bin/gui_benchmark" open "$work/large.sqlite" --runs "$runs"
run "$bin/store_benchmark" figures "$work" --runs "$runs"
run "$bin/pdf_benchmark" --runs "$pdf_runs" --keep "$work/pdf" 1000 10000

# ---- Archive scale
run "$bin/store_benchmark" make-archive "$archives" --records 2000
run "$bin/store_benchmark" make-archive "$archives" --records 20000
sync
run "$bin/archive_benchmark" figures "$small" "$archive" --runs 3
run "$bin/gui_benchmark" archive-figures "$bin/countersign" "$archive" "$small" --runs 7

# ---- Archive scale on PostgreSQL: the same archives on a server of the
# benchmark's own, kept in $build/bench-pg between runs (building the
# 20,000-record one there takes about 40 minutes: a round trip per statement).
pg_dir=$build/bench-pg
if server=$(scripts/pg-test-server.sh keep "$pg_dir"); then
    psql=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql
    for records in 2000 20000; do
        # A database made anew holds no archive, whatever an old stamp says.
        if [[ -z $("$psql" "$server/postgres" -Atq -c "SELECT 1 FROM pg_database WHERE datname = 'archive$records'") ]]; then
            rm -f "$archives/archive-$records.pg.stamp"
            "$psql" "$server/postgres" -q -c "CREATE DATABASE archive$records"
        fi
        run "$bin/store_benchmark" make-archive "$archives" --records "$records" --pg "$server/archive$records"
    done
    run "$bin/archive_benchmark" figures "$server/archive2000" "$server/archive20000" --runs 3
    run "$bin/gui_benchmark" archive-figures "$bin/countersign" "$server/archive20000" "$server/archive2000" --runs 7
    scripts/pg-test-server.sh halt "$pg_dir"
else
    echo "bench: no PostgreSQL server could be started (Debian package postgresql): no server figures" | tee -a "$log"
    failed=1
fi

# An Xvfb on a free display: it writes the display's number to the pipe once it accepts connections.
fifo=$(mktemp -u)
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1280x860x24 -nolisten tcp 3>"$fifo" 2>/dev/null &
xvfb=$!
read -r display_number <"$fifo"
rm -f "$fifo"
for db in "$many" "$archive"; do
    DISPLAY=:$display_number run "$bin/gui_benchmark" cold-start-mapped "$bin/map_watch" "$bin/countersign" \
        "$bin/bare_table" "$db" --peer "$(command -v sqlitebrowser)" --runs 7
done
kill "$xvfb"

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
