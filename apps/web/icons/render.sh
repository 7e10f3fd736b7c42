#!/bin/sh
# Renders the PNG icons in public/ from the SVG sources with headless Chromium.
# Run from apps/web after changing an icon: sh icons/render.sh
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
render() { # source.svg size output.png
  cp "$1" "$work/src.svg"
  printf '<!doctype html><style>html,body{margin:0}img{display:block;width:%spx;height:%spx}</style><img src="src.svg">' "$2" "$2" >"$work/page.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --default-background-color=00000000 --window-size="$2,$2" --screenshot="$PWD/$3" \
    "file://$work/page.html" 2>/dev/null
}
render public/icon.svg 192 public/icon-192.png
render public/icon.svg 512 public/icon-512.png
render icons/icon-maskable.svg 512 public/icon-maskable-512.png
render icons/apple-touch-icon.svg 180 public/apple-touch-icon.png
