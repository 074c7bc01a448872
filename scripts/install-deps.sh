#!/usr/bin/env bash
# Installs what Countersign needs to build, run and test, from Debian 12's
# packages. Only packages that are missing are installed; run as root or with sudo.
# The list must be complete on a bare Debian 12 (mmdebstrap --variant=apt: apt
# and the Essential packages only, no python3, git or ca-certificates):
# scripts/clean-room.sh checks exactly that in CI. Name what is used, even when
# another package happens to pull it in today.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev libxkbcommon-dev
    libsodium-dev libmd4c-dev zlib1g-dev libsqlite3-dev
    # a server's address is read with libpq's own parser (core/ServerAddress)
    libpq-dev
    # the handbook's HTML, made from its Markdown at build time (docs/handbook)
    libmd4c-html0-dev
    # a new signing password's quality check (app/core/PasswordQuality)
    libpwquality-dev
    # the PDF report: HarfBuzz shapes text and subsets fonts (harfbuzz-subset);
    # ICU gives scripts, bidi levels and line breaks
    libharfbuzz-dev libicu-dev
    # `verify --pdf` reads a filed PDF's text back
    libpoppler-qt6-dev
    # run: Qt's platform plugins (xcb, and offscreen for the tests); fonts, or Qt
    # draws boxes; CJK and Devanagari for reports (DejaVu Sans has Arabic and
    # Hebrew); a handwriting font for typed signatures
    qt6-qpa-plugins fonts-dejavu-core fonts-noto-cjk fonts-lohit-deva fonts-dancingscript
    # libpwquality's dictionary, which Debian only recommends: without it every
    # new password is refused with "error loading dictionary"
    libpwquality1 cracklib-runtime
    # tests: PDFs read back, a real X server for screenshots, the PostgreSQL server
    # ctest starts (scripts/pg-test-server.sh: runuser from util-linux, Essential);
    # gdb's gcore dumps a signing run to look for the password (tst_cli_signing)
    poppler-utils qpdf xvfb xauth imagemagick postgresql gdb libnss3-tools
    # the test server's CA and certificates (scripts/pg-test-server.sh, tst_pg_tls)
    openssl
    # the clean room scripts/test.sh builds for its plain pass (scripts/clean-room.sh):
    # without it a new CI machine would quietly skip the bare-Debian check
    mmdebstrap
    # fuzzing: clang with libFuzzer and the sanitizer runtimes (fuzz/)
    clang libclang-rt-14-dev
    # packaging: validators, the .deb's dependencies (cpack's shlibdeps needs file),
    # Qt's own German strings, screenshots
    # (scripts/screenshots.sh reads JSON and draws strokes with python3)
    desktop-file-utils appstream dpkg-dev file groff-base qt6-translations-l10n xdotool python3
    # the accessibility test (tests/a11y): the AT-SPI bus Orca reads, Python's
    # client for it, a D-Bus session of its own (dbus-run-session)
    at-spi2-core python3-pyatspi gir1.2-atspi-2.0 python3-gi dbus dbus-daemon
    # the auditor's script (scripts/countersign-verify-pdf.py, tst_cli_auditkit): Ed25519 in Python
    python3-nacl
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: everything needed is installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
