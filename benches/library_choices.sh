#!/usr/bin/env bash
# The libraries the design names (memmap2, rayon, luhn) measured against what trawl does
# instead, interleaved, 3 runs each (scanner/examples/library_choices.rs). Needs the realcode
# corpus (benches/run.sh vendors it) and writes a 400 MiB generated log once.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --release --quiet -p trawl-scanner --example library_choices
X=target/release/examples/library_choices
BIG=target/bench/big400.txt
[[ -f $BIG ]] || python3 benches/gen_big.py "$BIG" --mb 400 --seed 20240601 >/dev/null
cat "$BIG" >/dev/null
for _ in 1 2 3; do "$X" read "$BIG"; "$X" mmap "$BIG"; done
if [[ -d target/bench/realcode ]]; then
    "$X" walk target/bench/realcode >/dev/null # warm the page cache
    for _ in 1 2 3; do "$X" walk target/bench/realcode; "$X" rayon target/bench/realcode; done
fi
for _ in 1 2 3; do "$X" luhn; done
