#!/usr/bin/env bash
# The accessibility check (check_tree.py): the real window on a throwaway X
# server, inside a D-Bus session of its own with the AT-SPI bus Orca reads.
# Qt's offscreen platform has no AT-SPI bridge, so the window runs on xcb.
#   run-a11y.sh APP CLI
# Never skips: a missing tool fails the test and names its Debian package
# (scripts/install-deps.sh installs them all).
set -euo pipefail
app=$1
cli=$2
here=$(cd "$(dirname "$0")" && pwd)

need() { # need COMMAND PACKAGE
    if ! command -v "$1" >/dev/null; then
        echo "run-a11y: $1 is missing: install the Debian package $2 (scripts/install-deps.sh)" >&2
        exit 1
    fi
}
need Xvfb xvfb
need xdotool xdotool
need dbus-run-session dbus-daemon
# Debian's python3, whatever python3 comes first on PATH: pyatspi is a Debian package.
python=/usr/bin/python3
if ! "$python" -c 'import pyatspi' 2>/dev/null; then
    echo "run-a11y: $python cannot import pyatspi: install the Debian packages python3-pyatspi and at-spi2-core" >&2
    exit 1
fi
if [[ ! -x /usr/libexec/at-spi-bus-launcher ]]; then
    echo "run-a11y: the AT-SPI bus is missing: install the Debian package at-spi2-core" >&2
    exit 1
fi

work=$(mktemp -d)
xvfb_pid=""
check_pid=""
cleanup() {
    # The check runs in a process group of its own: the window, the D-Bus
    # session and the AT-SPI daemons all end with it.
    if [[ -n $check_pid ]]; then kill -TERM -- "-$check_pid" 2>/dev/null || true; fi
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# A free display number, chosen by the X server itself.
exec {display_fd}<> <(:)
Xvfb -displayfd "$display_fd" -screen 0 1280x860x24 -nolisten tcp -noreset >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
display=""
# Up to 30 s: on a loaded 2-core machine Xvfb once took longer than 10.
for _ in $(seq 150); do
    if read -r -t 0.2 -u "$display_fd" display && [[ -n $display ]]; then break; fi
done
if [[ -z $display ]]; then
    echo "run-a11y: Xvfb did not start:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$display"
echo "run-a11y: X server on $DISPLAY"

# No outside session, settings or theme may leak in.
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
export NO_AT_BRIDGE=0 LC_ALL=C.UTF-8 LANG=C.UTF-8

status=0
setsid dbus-run-session -- "$python" "$here/check_tree.py" --app "$app" --cli "$cli" --workdir "$work" &
check_pid=$!
wait "$check_pid" || status=$?
exit "$status"
