#!/usr/bin/env bash
# The README's promise, checked: on a bare Debian 12 with nothing installed by
# hand, scripts/install-deps.sh brings everything the build and the tests need.
#
# Builds a bare bookworm (mmdebstrap --variant=apt: apt and the Essential
# packages, nothing else) from this machine's own apt sources, clones the
# committed HEAD into it (never the working folder: an uncommitted file must
# not make CI pass), and runs inside it, as root: scripts/install-deps.sh,
# configure, build with warnings as errors, and the whole CTest suite (both
# backends: CTest starts its own PostgreSQL server). A package missing from
# install-deps.sh fails here. The sanitizer and fuzz passes stay on the host
# (scripts/test.sh). Prints how long each step took, then deletes the chroot.
#
# Needs root and mmdebstrap (Debian package mmdebstrap). scripts/test.sh runs
# it instead of its plain pass when it can; COUNTERSIGN_IN_CLEAN_ROOM=1 inside
# keeps the chroot from building another one.
#   COUNTERSIGN_CLEAN_ROOM_TMP  where the chroot goes (default /tmp; needs ~4 GB)
#   COUNTERSIGN_CLEAN_ROOM_SOURCES  the apt sources (default /etc/apt/sources.list.d/debian.sources)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

if [[ $(id -u) -ne 0 ]]; then
    echo "clean-room: needs root (chroot, mount)" >&2
    exit 1
fi
if ! command -v mmdebstrap >/dev/null; then
    echo "clean-room: needs mmdebstrap (apt-get install mmdebstrap)" >&2
    exit 1
fi
if [[ ${COUNTERSIGN_IN_CLEAN_ROOM:-0} == 1 ]]; then
    echo "clean-room: already inside a clean room" >&2
    exit 1
fi

sources=${COUNTERSIGN_CLEAN_ROOM_SOURCES:-/etc/apt/sources.list.d/debian.sources}
if [[ ! -f $sources ]]; then
    sources=/etc/apt/sources.list
fi
commit=$(git rev-parse HEAD)
work=$(mktemp -d "${COUNTERSIGN_CLEAN_ROOM_TMP:-/tmp}/countersign-clean-room.XXXXXX")
root="$work/root"
mounts=()

# Each step's seconds, printed at the end (also after a failure).
timings=()
step_name=""
step() { # step NAME: starts timing NAME
    echo "clean-room: ---- $1"
    step_name=$1
    step_started=$SECONDS
}
step_done() { # step_done [RESULT]
    timings+=("$(printf '%-24s %5d s  %s' "$step_name" $((SECONDS - step_started)) "${1:-ok}")")
    step_name=""
}

# Always, also after a failure or Ctrl+C: stop whatever still runs inside the
# chroot (a test's server), unmount in reverse order, then delete the chroot,
# but never while something is still mounted in it (rm would reach the host's
# /dev or /sys through it).
cleanup() {
    local status=$? pid i
    set +e
    if [[ -n $step_name ]]; then step_done FAILED; fi
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        if [[ $(readlink "/proc/$pid/root" 2>/dev/null) == "$root" ]]; then
            kill -9 "$pid" 2>/dev/null
        fi
    done
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[i]}" || umount -l "${mounts[i]}"
    done
    if grep -q " $root/" /proc/mounts; then
        echo "clean-room: something is still mounted under $root: left in place" >&2
    else
        rm -rf --one-file-system "$work"
    fi
    echo "clean-room: timings"
    for i in "${timings[@]}"; do echo "clean-room:   $i"; done
    echo "clean-room: $( ((status == 0)) && echo passed || echo FAILED) in $((SECONDS - started)) s (commit ${commit:0:12})"
    exit "$status"
}
started=$SECONDS
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- A bare bookworm. Check-Valid-Until is off because a snapshot mirror's
# Release files are past their Valid-Until date (the host's apt.conf.d says the
# same). Documentation is left out: nothing reads it, and it is a tenth of the size.
step "mmdebstrap bookworm"
mmdebstrap --variant=apt --quiet \
    --aptopt='Acquire::Check-Valid-Until "false"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/info/*' \
    bookworm "$root" "$sources"
# What an installed Debian machine has and a chroot does not: a hosts file,
# and no services started by packages (the postinst of postgresql would start
# a cluster on port 5432 of this host, whose network the chroot shares).
printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
step_done

# ---- The commit under test. There is no git in the chroot (nor should there
# be: install-deps.sh does not need it), so the host clones into it.
step "clone $(git rev-parse --short HEAD)"
git clone --quiet --no-hardlinks --no-checkout "$repo" "$root/src"
git -C "$root/src" checkout --quiet --detach "$commit"
step_done

mount_into() { # mount_into TARGET mount-arguments...
    mount "${@:2}" "$root$1"
    mounts+=("$root$1")
}
mount_into /proc -t proc proc
mount_into /sys -t sysfs sysfs
mount_into /dev/pts --bind /dev/pts
mount_into /dev/shm -t tmpfs -o mode=1777,size=1g tmpfs

# Inside, a clean environment: nothing of the host's but the terminal type.
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        COUNTERSIGN_IN_CLEAN_ROOM=1 COUNTERSIGN_REQUIRE_PG=1 QT_QPA_PLATFORM=offscreen \
        ${COUNTERSIGN_TEST_FULL:+COUNTERSIGN_TEST_FULL=$COUNTERSIGN_TEST_FULL} \
        ${COUNTERSIGN_KILLS:+COUNTERSIGN_KILLS=$COUNTERSIGN_KILLS} \
        bash -c "cd /src && $1"
}
jobs=$(nproc)

step "install-deps.sh"
in_root "scripts/install-deps.sh"
step_done

step "configure and build"
in_root "cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOUNTERSIGN_WERROR=ON \
    && cmake --build build-tests -j$jobs"
step_done

step "ctest"
in_root "ctest --test-dir build-tests --output-on-failure -j$jobs"
step_done
echo "clean-room: chroot size $(du -sh --one-file-system "$root" | cut -f1)"
