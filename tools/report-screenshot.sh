#!/usr/bin/env bash
# Renders the HTML report of the broken example to docs/report.png with headless Chromium, for
# the README. Needs: apt-get install chromium
# Usage: tools/report-screenshot.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/report.png}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo run --quiet -- check assets/examples/broken-widget --format html --no-review --output "$work/report.html" || true
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --window-size=1100,1400 \
  --screenshot="$out" "file://$work/report.html" 2>/dev/null
echo "wrote $out"
