#!/usr/bin/env bash
# Takes the README's screenshot of output/explorer.html in headless Chromium (Debian's chromium package):
#   bash docs/screenshot.sh            → docs/images/explorer.png
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size=1280,800 \
  --virtual-time-budget=5000 --screenshot="$root/docs/images/explorer.png" \
  "file://$root/output/explorer.html#subsystem:gc" >/dev/null 2>&1
echo "wrote docs/images/explorer.png"
