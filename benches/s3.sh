#!/usr/bin/env bash
# S3 sweeps against a fast local S3-protocol server (the tests' s3s/s3s-fs server, built as the
# `s3-test-server` example): 10,000 small objects and two of 1 GiB. Reports objects/s, MB/s,
# trawl's peak RSS, and trawl's CPU seconds per GB from S3 against the same data on local disk
# (the S3 path's own cost), with ripgrep over the local copy as the reference tool.
#   BENCH_S3_SMALL=10000  small objects       BENCH_S3_BIG_MB=1024  size of each big object
#   BENCH_S3_CONCURRENCY  trawl --concurrency (default: trawl's)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=target/bench/s3
TRAWL=${TRAWL:-target/release/trawl}
SMALL=${BENCH_S3_SMALL:-10000}
BIG_MB=${BENCH_S3_BIG_MB:-1024}
mkdir -p "$OUT"
if [[ ${BENCH_NO_BUILD:-} != 1 ]]; then
    cargo build --release --quiet
    cargo build --release --quiet --example s3-test-server
fi
ROOT=$OUT/root
if [[ ! -f $OUT/ready-$SMALL-$BIG_MB ]]; then
    echo "==> generating $SMALL small objects and 2 x $BIG_MB MB" >&2
    rm -rf "$ROOT" && mkdir -p "$ROOT/small" "$ROOT/big"
    # Small objects: a log with planted credentials cut into ~4 KB pieces at line ends.
    python3 benches/gen_big.py "$OUT/small.log" --mb $(((SMALL * 4 + 1023) / 1024)) >&2
    (cd "$ROOT/small" && split -C 4096 -a 5 -d --additional-suffix=.log ../../small.log obj-)
    ls "$ROOT/small" | tail -n +$((SMALL + 1)) | (cd "$ROOT/small" && xargs -r rm -f)
    python3 benches/gen_big.py "$ROOT/big/part-1.log" --mb "$BIG_MB" >&2
    python3 benches/gen_big.py "$ROOT/big/part-2.log" --mb "$BIG_MB" --seed 7 >&2
    rm -f "$ROOT"/big/*.planted.json
    touch "$OUT/ready-$SMALL-$BIG_MB"
fi

target/release/examples/s3-test-server "$ROOT" >"$OUT/endpoint" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
while [[ ! -s $OUT/endpoint ]]; do sleep 0.1; done
export AWS_ENDPOINT_URL_S3=$(cat "$OUT/endpoint")
export AWS_ACCESS_KEY_ID=trawl-test-access AWS_SECRET_ACCESS_KEY=trawl-test-secret-key-0123456789
export AWS_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true
CONCURRENCY=()
[[ -n ${BENCH_S3_CONCURRENCY:-} ]] && CONCURRENCY=(--concurrency "$BENCH_S3_CONCURRENCY")

measure() { # label command...: prints "wall user sys maxrss_kb"
    local label=$1
    shift
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/$label.time" "$@" >"$OUT/$label.out" 2>"$OUT/$label.err" || true
    tail -n 1 "$OUT/$label.time"
}

echo "| data | input | objects | seconds | objects/s | MB/s | CPU s/GB | peak RSS MiB | findings |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
for set in small big; do
    bytes=$(du -sb "$ROOT/$set" | cut -f1)
    objects=$(ls "$ROOT/$set" | wc -l)
    cat "$ROOT/$set"/* >/dev/null # page cache: both sides read from memory
    read -r rg_s rg_u rg_y _ < <(measure "rg-$set" rg -c --no-messages 'AKIA|ghp_|xox[bp]-|sk_live_|glpat-|eyJ' "$ROOT/$set")
    read -r l_s l_u l_y l_kb < <(measure "local-$set" "$TRAWL" scan --format jsonl "$ROOT/$set")
    read -r s_s s_u s_y s_kb < <(measure "s3-$set" "$TRAWL" scan --format jsonl "${CONCURRENCY[@]}" "s3://$set")
    l_found=$(grep -c '"type":"finding"' "$OUT/local-$set.out" || true)
    s_found=$(grep -c '"type":"finding"' "$OUT/s3-$set.out" || true)
    s_objects=$(grep -c '"type":"object"' "$OUT/s3-$set.out" || true)
    awk -v set="$set" -v b="$bytes" -v n="$objects" -v sn="$s_objects" \
        -v rs="$rg_s" -v ru="$rg_u" -v ry="$rg_y" \
        -v ls="$l_s" -v lu="$l_u" -v ly="$l_y" -v lkb="$l_kb" -v lf="$l_found" \
        -v ss="$s_s" -v su="$s_u" -v sy="$s_y" -v skb="$s_kb" -v sf="$s_found" 'BEGIN {
        gb = b / 1e9
        printf "| %s | rg (local) | %d | %.2f | %.0f | %.0f | %.2f | | |\n", set, n, rs, n / rs, b / 1e6 / rs, (ru + ry) / gb
        printf "| %s | trawl local | %d | %.2f | %.0f | %.0f | %.2f | %d | %d |\n", set, n, ls, n / ls, b / 1e6 / ls, (lu + ly) / gb, lkb / 1024, lf
        printf "| %s | trawl S3 | %d | %.2f | %.0f | %.0f | %.2f | %d | %d |\n", set, sn, ss, sn / ss, b / 1e6 / ss, (su + sy) / gb, skb / 1024, sf
        ratio[set] = (su + sy) / (lu + ly)
        printf "%s: trawl CPU S3/local %.2f; trawl S3 wall vs rg local %.2f\n", set, (su + sy) / (lu + ly), ss / rs > "/dev/stderr"
    }'
done
