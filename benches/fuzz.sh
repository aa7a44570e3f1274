#!/usr/bin/env bash
# Runs every fuzz target (fuzz/, see its README section) for longer than the tests do, on an
# optimised build, and prints executions per second per target. Failing inputs are written to
# target/fuzz-artifacts/; copy one into fuzz/corpus/<target>/ (as a regression-*.bin seed) once
# its bug is fixed.
#
#   bash benches/fuzz.sh                 # 300 s per target
#   SECONDS_PER_TARGET=3600 bash benches/fuzz.sh session pdf
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --release --quiet -p trawl-fuzz
exec target/release/trawl-fuzz --seconds "${SECONDS_PER_TARGET:-300}" "$@"
