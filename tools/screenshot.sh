#!/usr/bin/env bash
# Takes the README's screenshot: the app on the broken example under Xvfb, with the first
# failing name selected. Needs: apt-get install xvfb imagemagick xdotool
# Usage: tools/screenshot.sh [OUT.png [LOCALE [X Y]]]   (default docs/screenshot.png, en_US.UTF-8,
# a click at 515 520 on the first failing name; the README's Russian one, with the support
# contact selected: tools/screenshot.sh docs/screenshot-ru.png ru_RU.UTF-8 393 379)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshot.png}"
locale="${2:-en_US.UTF-8}"
click="${3:-515} ${4:-520}"
cargo build --quiet
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" LANG="$locale"
mkdir -p "$XDG_RUNTIME_DIR" "$(dirname "$out")"
chmod 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s '-screen 0 1280x800x24' bash -c "
  target/debug/amo-preflight assets/examples/broken-widget >/dev/null 2>&1 &
  sleep 6
  xdotool mousemove $click click 1
  sleep 1
  import -window root '$out'
  kill %1"
echo "wrote $out"
