#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds each (default 600), one after another, and keeps
# each run's log in fuzz/logs/<target>.log. Needs the nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
# Usage (from the repository root): tools/fuzz-all.sh [SECONDS] [TARGET…]
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(bundle_zip json_positions image_header js_rules css_rules full_check)
fi
python3 tools/fuzz-seed.py
mkdir -p fuzz/logs
for target in "${targets[@]}"; do
    echo "== $target: ${seconds} s"
    # -timeout: an input that takes 10 s is a hang; -rss_limit_mb: one that needs 2 GiB (with
    # the sanitizer's overhead) is a memory blow-up.
    cargo +nightly fuzz run "$target" -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 >"fuzz/logs/$target.log" 2>&1
    echo "   exit $?: $(grep -E '^stat::number_of_executed_units' "fuzz/logs/$target.log" || echo 'no stats (crash?)')"
done
