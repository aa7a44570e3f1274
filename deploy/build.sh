#!/usr/bin/env bash
# The container build stage (deploy/Dockerfile): release binaries of `trawl` (the CLI) and
# `trawl-lambda` (the Lambda function; name it `bootstrap` in a provided.al2023 zip), built
# from Cargo.lock as committed, copied to OUT_DIR. Runs the same without Docker:
#
#   deploy/build.sh ./out
set -euo pipefail

out=${1:?usage: deploy/build.sh OUT_DIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cargo build --release --locked --bin trawl --bin trawl-lambda
target=${CARGO_TARGET_DIR:-target}
install -m 0755 "$target/release/trawl" "$target/release/trawl-lambda" "$out/"
# The release profile keeps line tables for backtraces in development (150 MB binaries);
# images and Lambda zips keep the symbols only (about 30 MB).
strip --strip-debug "$out/trawl" "$out/trawl-lambda"
