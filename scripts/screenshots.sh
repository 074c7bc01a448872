#!/usr/bin/env bash
# Takes the screenshots of the real application under a private Xvfb display:
#   docs/screenshots/main-window.png       (committed; the AppStream metainfo links them)
#   docs/screenshots/signature-dialog.png
# and, with --variants DIR, the same two in German (LANG=de_DE.UTF-8), dark
# (--dark) and at 200 % (QT_SCALE_FACTOR=2) into DIR, for review, not for committing.
#
# Usage: scripts/screenshots.sh [--build DIR] [--variants DIR]
# Builds countersign and countersign-cli in DIR (default build/) when they are
# missing, and never touches the user's own database or settings: HOME and the
# XDG folders point into a temporary folder that is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

build=build
variants=""
while (($#)); do
    case $1 in
    --build) build=$2; shift 2 ;;
    --variants) variants=$2; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "screenshots: unknown argument '$1'; see --help" >&2; exit 2 ;;
    esac
done

for tool in Xvfb xdotool import python3; do
    command -v "$tool" >/dev/null || {
        echo "screenshots: $tool is missing: run scripts/install-deps.sh (xvfb, xdotool, imagemagick, python3)" >&2
        exit 1
    }
done

if [[ ! -x $build/bin/countersign || ! -x $build/bin/countersign-cli ]]; then
    [[ -f $build/CMakeCache.txt ]] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build" --target countersign countersign-cli -j"$(nproc)"
fi
gui=$(realpath "$build/bin/countersign")
cli=$(realpath "$build/bin/countersign-cli")

work=$(mktemp -d /tmp/countersign-demo.XXXXXX)
xvfb_pid=""
app_pid=""
cleanup() {
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A display of our own: the first number without a lock file. Started again
# when it has gone away (another program on this machine may end it).
start_display() {
    display=""
    for n in $(seq 151 199); do
        if [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]]; then
            display=$n
            break
        fi
    done
    [[ -n $display ]] || { echo "screenshots: no free X display between :151 and :199" >&2; exit 1; }
    Xvfb ":$display" -screen 0 "${screen}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    export DISPLAY=:$display
    for _ in $(seq 50); do
        xdotool getdisplaygeometry >/dev/null 2>&1 && return 0 # it answers
        sleep 0.1
    done
    echo "screenshots: Xvfb :$display did not start:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
}
screen=1280x860 # the window's own default size, so the shots show it whole
start_display

# A private home: settings, the default database and fonts caches stay in $work.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset LANGUAGE LC_MESSAGES
export LC_ALL=C.UTF-8 LANG=C.UTF-8

# --- The demo database: a released record with two signatures, and one in progress.
db=$work/releases.sqlite
csc() { "$cli" --db "$db" "$@"; }
item_ids() { # RECORD -> "id<TAB>text" for every checklist item
    csc show "$1" --json | python3 -c '
import json, sys
for section in json.load(sys.stdin)["sections"]:
    if section["kind"] == "checklist":
        for item in section["items"]:
            print(item["id"], item["text"], sep="\t")'
}
template="Production Deployment Checklist"
released=$(csc new --template "$template" --title "Release 2.4.0" --version 2.4.0 --environment Production \
    --by "Dana Deploy" | tail -1)
current=$(csc new --template "$template" --title "Release 2.5.0" --version 2.5.0 --environment Staging \
    --by "Dana Deploy" | tail -1)

while IFS=$'\t' read -r id text; do
    case $text in
    "Sample backtests produce expected results")
        csc set "$released" "$id" --status na --note "No backtest engine in this release" --by "Quinn QA" ;;
    *) csc set "$released" "$id" --status done --by "Quinn QA" ;;
    esac >/dev/null
done < <(item_ids "$released")

n=0
while IFS=$'\t' read -r id text; do
    n=$((n + 1))
    case $text in
    "Code coverage meets target"*)
        csc set "$current" "$id" --status failed --note "Core at 93.1 %: sign-off module below target" --by "Quinn QA" ;;
    "Requirements traceability matrix updated")
        csc set "$current" "$id" --status na --note "No new requirements in 2.5" --by "Quinn QA" ;;
    *) ((n <= 16)) && csc set "$current" "$id" --status done --by "Dana Deploy" ;;
    esac >/dev/null || true
done < <(item_ids "$current")

printf 'orchid-lamp-7-rivet\n' | csc signer add --login dana --name "Dana Deploy" --roles "Deployment Manager" \
    --password-stdin >/dev/null
printf 'glacier-fig-3-tundra\n' | csc signer add --login quinn --name "Quinn Quality" --roles "QA Lead" \
    --password-stdin >/dev/null
printf 'copper-mint-5-willow\n' | csc signer add --login devon --name "Devon Lead" --roles "Development Lead" \
    --password-stdin >/dev/null
printf 'orchid-lamp-7-rivet\n' | csc sign "$released" --role "Deployment Manager" --login dana --meaning Approved \
    --password-stdin >/dev/null
printf 'glacier-fig-3-tundra\n' | csc sign "$released" --role "QA Lead" --login quinn --meaning Reviewed \
    --password-stdin >/dev/null

# The window opens the record the settings name, as it would for a person coming back to it.
open_record_on_start() {
    mkdir -p "$XDG_CONFIG_HOME/countersign"
    cat >"$XDG_CONFIG_HOME/countersign/countersign.conf" <<EOF
[identity]
name=Dana Deploy

[session]
lastDatabase=$(realpath "$db")
lastRecordId=$1
EOF
}

# Starts the app with the given environment and arguments and waits for its window.
start_app() {
    if ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "screenshots: Xvfb :$display went away; starting another" >&2
        start_display
    fi
    env "$@" "$gui" --db "$db" ${dark:+--dark} >"$work/app.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 150); do
        kill -0 "$app_pid" 2>/dev/null || break
        if window=$(xdotool search --onlyvisible --pid "$app_pid" 2>/dev/null | head -1) && [[ -n $window ]]; then
            sleep 2 # let it lay out and paint
            # No window manager gives it the keyboard: give it ourselves.
            xdotool windowfocus --sync "$window" 2>/dev/null || true
            return 0
        fi
        sleep 0.2
    done
    if ((${retried:-0} == 0)); then
        # Other programs on a shared machine may end Xvfb or remove its socket: a fresh display, once more.
        echo "screenshots: the window did not appear on :$display; trying once more on a fresh display" >&2
        kill "$app_pid" "$xvfb_pid" 2>/dev/null || true
        start_display
        retried=1 start_app "$@"
        return
    fi
    echo "screenshots: the window of $gui $* did not appear:" >&2
    cat "$work/xvfb.log" >&2
    cat "$work/app.log" >&2
    exit 1
}

stop_app() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

# open_dialog TITLE_REGEX KEY...: presses the keys one by one (a menu needs a
# moment to open) and waits for a window of the app whose title matches.
open_dialog() {
    local title=$1
    shift
    for key in "$@"; do
        xdotool key --clearmodifiers "$key"
        sleep 0.7
    done
    for _ in $(seq 15); do
        xdotool search --all --onlyvisible --pid "$app_pid" --name "$title" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    xdotool key Escape # close a menu the keys may have opened
    sleep 0.3
    return 1
}

# Draws a signature on the dialog's pad, which sits centred at about 60 % of its height:
# a prolate cycloid, the loops of joined-up handwriting.
draw_signature() {
    local dialog
    dialog=$(xdotool search --all --onlyvisible --pid "$app_pid" --name '^Sign |unterschreiben' | head -1)
    eval "$(xdotool getwindowgeometry --shell "$dialog")" # sets X, Y, WIDTH, HEIGHT
    # The pad is found in a picture of the dialog, not guessed from its size:
    # the tallest block of rows that each hold one long run of a colour that
    # is not the dialog's own background (the pad's face, in light and dark).
    import -window "$dialog" -depth 8 "rgb:$work/dialog.rgb"
    python3 - "$X" "$Y" "$WIDTH" "$HEIGHT" "$work/dialog.rgb" >"$work/strokes" <<'PY'
import collections, math, sys
x0, y0, width, height = map(int, sys.argv[1:5])
pixels = open(sys.argv[5], "rb").read()
def longest_run(row):
    line = pixels[row * width * 3:(row + 1) * width * 3]
    best, start = (0, 0, None), 0
    for x in range(1, width + 1):
        if x == width or line[3 * x:3 * x + 3] != line[3 * start:3 * start + 3]:
            if x - start > best[0]:
                best = (x - start, start, line[3 * start:3 * start + 3])
            start = x
    return best
runs = [longest_run(row) for row in range(height)]
background = collections.Counter(r[2] for r in runs if r[0] > width * 0.9).most_common(1)[0][0]
blocks, top = [], None
for row in range(height + 1):
    inside = row < height and runs[row][0] > width * 0.6 and runs[row][2] != background
    if inside and top is None:
        top = row
    elif not inside and top is not None:
        blocks.append((row - top, top, row))
        top = None
if not blocks:
    sys.exit("screenshots: no signature pad found in the dialog")
_, top, bottom = max(blocks)
left = min(runs[row][1] for row in range(top, bottom))
right = max(runs[row][1] + runs[row][0] for row in range(top, bottom))
pad_w, pad_h = right - left, bottom - top
# A looping hand across the middle of the pad, above its signing line.
start, base, span, size = left + pad_w * 0.25, top + pad_h * 0.55, pad_w * 0.5, pad_h * 0.2
turns = 5 * math.pi
for i in range(90):
    t = turns * i / 89
    a = span / turns
    x = start + a * t - 1.7 * a * math.sin(t)
    y = base - size * math.cos(t) - size * 0.5 * math.sin(t / 3)
    print(round(x0 + x), round(y0 + y))
PY
    read -r first_x first_y <"$work/strokes"
    xdotool mousemove "$first_x" "$first_y" mousedown 1
    while read -r px py; do
        xdotool mousemove "$px" "$py"
    done <"$work/strokes"
    xdotool mouseup 1
}

# shoot DIR SUFFIX [ENV...]: main-window and signature-dialog PNGs of one variant.
shoot() {
    local dir=$1 suffix=$2
    shift 2
    mkdir -p "$dir"
    open_record_on_start "$current"
    start_app "$@"
    # The window itself, not the screen: it is bounded by the screen, not as large.
    import -window "$window" "$dir/main-window$suffix.png"
    stop_app

    open_record_on_start "$released"
    start_app "$@"
    # Record > Sign…: its shortcut, else the menu by its accelerators (English, then German).
    local title='^Sign |unterschreiben'
    open_dialog "$title" ctrl+shift+s || open_dialog "$title" alt+r s || open_dialog "$title" alt+n u || {
        echo "screenshots: the signature dialog did not open" >&2
        exit 1
    }
    sleep 1
    xdotool type --delay 60 devon # the login: the dialog fills in the printed name
    draw_signature
    sleep 1
    local dialog
    dialog=$(xdotool search --all --onlyvisible --pid "$app_pid" --name '^Sign |unterschreiben' | head -1)
    import -window "$dialog" "$dir/signature-dialog$suffix.png"
    stop_app
    echo "screenshots: wrote $dir/main-window$suffix.png and $dir/signature-dialog$suffix.png"
}

dark=""
shoot "$repo/docs/screenshots" ""
if [[ -n $variants ]]; then
    shoot "$variants" "-de" -u LC_ALL LANG=de_DE.UTF-8
    dark=1 shoot "$variants" "-dark"
    dark=""
    # 200 % on a screen twice as large: what a high-density display shows.
    kill "$xvfb_pid"
    wait "$xvfb_pid" 2>/dev/null || true
    screen=2560x1720
    start_display
    shoot "$variants" "-200" QT_SCALE_FACTOR=2
fi
