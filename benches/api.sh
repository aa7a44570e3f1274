#!/usr/bin/env bash
# Library API: per-call time on a 1 KB JSON payload (target <= 5 us), 100 MB streamed in
# 64 KB chunks, peak memory. See scanner/examples/api_bench.rs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo run --quiet --release -p trawl-scanner --example api_bench
