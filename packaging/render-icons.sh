#!/usr/bin/env bash
# Renders the committed PNG icons from the SVG sources with rsvg-convert
# (Debian package librsvg2-bin). Run it after changing an SVG in resources/icons/;
# the build installs the PNGs as they are committed, so it needs no SVG renderer.
# The smallest sizes come from countersign-16.svg, drawn on a 16 px grid.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }
mkdir -p png
for size in 16 22 24 32 48 64 128 256 512; do
    source=countersign.svg
    ((size <= 24)) && source=countersign-16.svg
    rsvg-convert --width "$size" --height "$size" "$source" --output "png/countersign-$size.png"
done
echo "render-icons: wrote $(ls png | wc -l) PNGs to resources/icons/png/"
