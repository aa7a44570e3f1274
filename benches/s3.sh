#!/usr/bin/env bash
# S3 sweeps against a fast local S3-protocol server (the tests' s3s/s3s-fs server, built as the
# `s3-test-server` example): 10,000 small objects and two of 1 GiB. Reports objects/s, MB/s,
# trawl's peak RSS, and trawl's CPU seconds per GB from S3 against the same data on local disk
# (the S3 path's own cost), with ripgrep over the local copy as the reference tool. Then, on
# the small objects: the lean GET path against the SDK alone (TRAWL_S3_SDK_ONLY), an S3
# Inventory report against the listing, and 4 shards at once against one process.
#
# The server runs on the last CPU and everything measured on the others (taskset), so that
# the server's work does not evict trawl's caches between two objects: against real S3 the
# server is elsewhere. With one CPU nothing is pinned.
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
# An S3 Inventory report (CSV.gz) of the small objects, in bucket `inventory`, written by the
# tests' independent generator. No ETags: the bench measures reading, not version checks.
python3 - "$ROOT/small" "$OUT/rows.json" <<'EOF'
import json, os, sys
root, out = sys.argv[1:3]
rows = [{"bucket": "small", "key": name, "size": os.path.getsize(os.path.join(root, name)),
         "etag": "", "last_modified_ms": 1796428800000} for name in sorted(os.listdir(root))]
json.dump(rows, open(out, "w"))
EOF
rm -rf "$ROOT/inventory"
MANIFEST=$(python3 tests/fixtures/make_inventory.py "$OUT/rows.json" "$ROOT" inventory small-report csv)

CPUS=$(nproc)
PIN_SERVER=() PIN=()
if ((CPUS > 1)); then
    PIN_SERVER=(taskset -c $((CPUS - 1)))
    PIN=(taskset -c 0-$((CPUS - 2)))
fi
rm -f "$OUT/endpoint"
"${PIN_SERVER[@]}" target/release/examples/s3-test-server "$ROOT" >"$OUT/endpoint" &
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
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/$label.time" "${PIN[@]}" "$@" >"$OUT/$label.out" 2>"$OUT/$label.err" || true
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
        printf "%s: trawl CPU S3/local %.2f; trawl S3 wall vs rg local %.2f\n", set, (su + sy) / (lu + ly), ss / rs > "/dev/stderr"
    }'
done

# Small objects, CPU per object: each way of reading them against local disk. Each row is the
# median of BENCH_S3_RUNS runs (default 3): this machine's CPU times vary by 20 % run to run.
RUNS=${BENCH_S3_RUNS:-3}
echo
echo "| small objects (median of $RUNS) | objects | CPU s | CPU µs/object | CPU vs local disk | findings |"
echo "|---|---:|---:|---:|---:|---:|"
median_cpu() { # label command...: runs it RUNS times; prints the median user+sys seconds
    local label=$1
    shift
    for ((run = 0; run < RUNS; run++)); do
        read -r _ u y _ < <(measure "$label" "$@")
        awk -v u="$u" -v y="$y" 'BEGIN { print u + y }'
    done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
row() { # label output-file cpu local_cpu
    local objects findings
    objects=$(cat "$2" | grep -c '"type":"object"' || true)
    findings=$(cat "$2" | grep -c '"type":"finding"' || true)
    awk -v l="$1" -v n="$objects" -v c="$3" -v f="$findings" -v lc="$4" 'BEGIN {
        printf "| %s | %d | %.2f | %.0f | %.2f | %d |\n", l, n, c, c / n * 1e6, c / lc, f }'
}
local_cpu=$(median_cpu local-small-2 "$TRAWL" scan --format jsonl "$ROOT/small")
row "local disk" "$OUT/local-small-2.out" "$local_cpu" "$local_cpu"
cpu=$(median_cpu lean "$TRAWL" scan --format jsonl "${CONCURRENCY[@]}" s3://small)
row "S3 listing, lean GET" "$OUT/lean.out" "$cpu" "$local_cpu"
cpu=$(TRAWL_S3_SDK_ONLY=true median_cpu sdk "$TRAWL" scan --format jsonl "${CONCURRENCY[@]}" s3://small)
row "S3 listing, SDK GET only" "$OUT/sdk.out" "$cpu" "$local_cpu"
cpu=$(median_cpu inventory "$TRAWL" scan --format jsonl "${CONCURRENCY[@]}" --inventory "s3://inventory/$MANIFEST")
row "S3 inventory, lean GET" "$OUT/inventory.out" "$cpu" "$local_cpu"
# Four shards one after another (each alone, as on its own node), then at once on this
# machine's measured CPUs (where they also compete for its caches); their CPU added up.
shards() { # sequential|parallel: prints the shards' CPU added up
    local pids=()
    for index in 0 1 2 3; do
        JOB_COMPLETION_INDEX=$index /usr/bin/time -f '%e %U %S %M' -o "$OUT/shard-$index.time" \
            "${PIN[@]}" "$TRAWL" scan --format jsonl "${CONCURRENCY[@]}" --inventory "s3://inventory/$MANIFEST" \
            --shard auto --shard-count 4 >"$OUT/shard-$index.out" 2>"$OUT/shard-$index.err" &
        pids+=($!)
        if [[ $1 == sequential ]]; then wait "${pids[@]}" || true; fi
    done
    wait "${pids[@]}" || true
    cat "$OUT"/shard-?.time | awk '{ c += $2 + $3 } END { print c }'
}
for mode in sequential parallel; do
    cpu=$(for ((run = 0; run < RUNS; run++)); do shards $mode; done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    cat "$OUT"/shard-?.out >"$OUT/shards.out"
    label="S3 inventory, 4 shards one after another"
    [[ $mode == parallel ]] && label="S3 inventory, 4 shards at once"
    row "$label" "$OUT/shards.out" "$cpu" "$local_cpu"
done

# Incremental sweeps (--state): a first sweep of the small objects, then 1 % of them rewritten
# (a line appended: a new ETag, or a new size and time on disk) and a second sweep with the
# same state. The second reads only the changed objects and carries the others forward
# (target: at most 5 % of the first's CPU). The same for the objects as a local directory,
# where a last run after every file is touched measures the hashing of unchanged files.
STATE=$OUT/state LOCAL_STATE=$OUT/local-state
rm -rf "$STATE" "$LOCAL_STATE"
incremental() { # label target state: prints user+sys seconds of a sweep with the state
    read -r _ u y _ < <(measure "$1" "$TRAWL" scan --format jsonl "${CONCURRENCY[@]}" --state "$3" "$2")
    awk -v u="$u" -v y="$y" 'BEGIN { print u + y }'
}
first=$(incremental state-first s3://small "$STATE")
local_first=$(incremental local-first "$ROOT/small" "$LOCAL_STATE")
mkdir -p "$OUT/originals"
changed=0
for name in $(ls "$ROOT/small" | awk 'NR % 100 == 1'); do
    cp -p "$ROOT/small/$name" "$OUT/originals/$name"
    echo "changed by benches/s3.sh" >>"$ROOT/small/$name"
    changed=$((changed + 1))
done
second=$(incremental state-second s3://small "$STATE")
local_second=$(incremental local-second "$ROOT/small" "$LOCAL_STATE")
unchanged=$(incremental state-unchanged s3://small "$STATE")
local_unchanged=$(incremental local-unchanged "$ROOT/small" "$LOCAL_STATE")
# The data set as generated, for the next run (every file's time changes: the local state
# hashes them all once).
cp -p "$OUT"/originals/* "$ROOT/small/" && rm -rf "$OUT/originals"
touch "$ROOT"/small/*
local_touched=$(incremental local-touched "$ROOT/small" "$LOCAL_STATE")
echo
total=$(ls "$ROOT/small" | wc -l)
echo "| incremental sweep (--state), $total objects | objects read | CPU s | vs the first sweep |"
echo "|---|---:|---:|---:|"
rows() { # input first second unchanged
    awk -v i="$1" -v f="$2" -v s="$3" -v u="$4" -v n="$changed" -v t="$total" 'BEGIN {
        printf "| %s: first sweep | %d | %.2f | 1.00 |\n", i, t, f
        printf "| %s: second, %d objects (1 %%) changed | %d | %.2f | %.3f |\n", i, n, n, s, s / f
        printf "| %s: third, nothing changed | 0 | %.2f | %.3f |\n", i, u, u / f }'
}
rows S3 "$first" "$second" "$unchanged"
rows "local directory" "$local_first" "$local_second" "$local_unchanged"
awk -v f="$local_first" -v s="$local_touched" -v n="$changed" 'BEGIN {
    printf "| local directory: every file touched, 1 %% of the bytes back as first swept | %d | %.2f | %.3f |\n", n, s, s / f }'
grep -h '"type":"summary"' "$OUT/state-second.out" | tail -n 1 >&2
