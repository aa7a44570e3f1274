#!/usr/bin/env bash
# What a sweep costs per TB on each engine of deploy/, from trawl's CPU per GB measured here
# and AWS list prices (us-east-1, on-demand, as published in December 2026: check the pricing
# pages before relying on them).
#
# CPU per GB is measured on two kinds of data, with every built-in identifier and the results
# written as a sharded sweep writes them (--report objects, gzip-compressed JSON Lines):
#   code:      the Rust crates' sources under ~/.cargo/registry/src (source code, configuration,
#              test fixtures: what most buckets of build artefacts and repositories hold);
#   personal:  a seeded CSV in which every ~100-byte row holds a name, card, phone, birth date
#              and e-mail address (benches/gen_pii_csv.py): the worst case, a customer export.
# ripgrep over the same bytes is printed as the reference (CPU per GB, same machine). The
# scans run as deployed, with TRAWL_FINGERPRINT_KEY set (without a key, each distinct card,
# phone, date or e-mail address costs a millisecond of key stretching).
# Each object adds the CPU of its GET: 35 µs with the lean path, measured by benches/s3.sh
# with credential identifiers only (BENCH_COST_REQUEST_US); and the Lambda engines bill
# wall-clock time, each call at least the latency of its GETs, 16 at once: 30 ms per GET is
# assumed (BENCH_COST_LATENCY_MS), not measured here (no real S3 from this machine).
#
# usage: benches/cost.sh   (BENCH_COST_PII_MB=200, BENCH_COST_CODE=~/.cargo/registry/src)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PII_MB=${BENCH_COST_PII_MB:-200}
CODE=${BENCH_COST_CODE:-${CARGO_HOME:-$HOME/.cargo}/registry/src}
REQUEST_US=${BENCH_COST_REQUEST_US:-35}
LATENCY_MS=${BENCH_COST_LATENCY_MS:-30}
export TRAWL_FINGERPRINT_KEY=${TRAWL_FINGERPRINT_KEY:-cost-benchmark-key-0123456789abcdef}
WORK=target/bench/cost
mkdir -p "$WORK"

cargo build --release --quiet --bin trawl
TRAWL=target/release/trawl
CSV=$WORK/pii-$PII_MB.csv
[[ -f $CSV ]] || python3 benches/gen_pii_csv.py "$CSV" "$PII_MB"

# CPU seconds (user + system) of a command, its output discarded. GNU time writes a line
# before its own when the command fails: the last line is the figures.
cpu_seconds() {
    local status=0
    /usr/bin/time -f '%U %S' -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || status=$?
    if ((status > 1)); then
        echo "benches/cost.sh: $1 exited with $status:" >&2
        cat "$WORK/stderr" >&2
        exit 1
    fi
    tail -n 1 "$WORK/time" | awk '{ printf "%.3f", $1 + $2 }'
}

measure() { # name path
    local name=$1 path=$2 bytes trawl_cpu rg_cpu
    bytes=$(du -sb "$path" | cut -f1)
    rm -f "$WORK/results.jsonl.gz"
    trawl_cpu=$(cpu_seconds "$TRAWL" scan --report objects --results "$WORK/results.jsonl.gz" \
        --allow-findings --allow-incomplete "$path")
    rg_cpu=$(cpu_seconds rg -c --no-ignore -u 'AKIA|ghp_|@' "$path")
    python3 - "$name" "$bytes" "$trawl_cpu" "$rg_cpu" <<'EOF'
import sys
name, size, trawl, rg = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
gb = size / 1e9
print(f"{name}\t{size}\t{trawl / gb:.1f}\t{rg / gb:.2f}")
EOF
}

{
    measure code "$CODE"
    measure personal "$CSV"
} >"$WORK/cpu.tsv"

python3 - "$WORK/cpu.tsv" "$REQUEST_US" "$LATENCY_MS" <<'PY'
import math
import sys

rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
request_us = float(sys.argv[2])   # CPU per GET (benches/s3.sh, lean path, credentials only)
latency_s = float(sys.argv[3]) / 1000  # S3's first-byte latency, assumed: not measured here

# us-east-1 list prices, on-demand (December 2026).
EC2_M7G_LARGE = 0.0816          # $/hour, 2 vCPU, 8 GiB (a Kubernetes node)
FARGATE_ARM_VCPU = 0.03238      # $/vCPU-hour
FARGATE_ARM_GB = 0.00356        # $/GB-hour
LAMBDA_ARM_GBS = 0.0000133334   # $/GB-second
LAMBDA_GB = 1.769               # one vCPU
LAMBDA_REQUEST = 0.20 / 1e6     # $/invocation
S3_GET = 0.0004 / 1000          # $/request
S3_PUT = 0.005 / 1000           # $/request: a results file per invocation
INVENTORY = 0.0025 / 1e6        # $/object listed
BATCH_OPS_OBJECT = 1.00 / 1e6   # $/object (plus $0.25 a job)
STATES_TRANSITION = 0.025 / 1000
MAP_BATCH = 200                 # objects per Distributed Map batch (the state machine's)
CONCURRENCY = 16                # objects read at once by an invocation

print("CPU per GB measured here (user + system seconds):\n")
print("| data | bytes | trawl CPU s/GB | rg CPU s/GB | ratio |")
print("|---|---:|---:|---:|---:|")
for name, size, trawl, rg in rows:
    print(f"| {name} | {int(size):,} | {float(trawl):.1f} | {float(rg):.2f} | "
          f"{float(trawl) / max(float(rg), 1e-9):.0f}x |")

def lambda_cost(objects, cpu_s, per_call):
    """Lambda bills wall-clock time: each call at least its GETs' latency, CONCURRENCY at once."""
    calls = math.ceil(objects / per_call)
    cpu_per_call = cpu_s / calls
    waits = math.ceil(min(per_call, objects) / CONCURRENCY) * latency_s
    billed = calls * max(cpu_per_call, waits)
    return billed * LAMBDA_GB * LAMBDA_ARM_GBS, calls

print("\nCost per TB swept, by engine and object size:\n")
print("| data | objects of | engine | CPU hours | compute $ | requests and service $ | total $ |")
print("|---|---|---|---:|---:|---:|---:|")
for name, size, trawl, rg in rows:
    for object_kb in (4, 1024):
        objects = 1e12 / (object_kb * 1e3)
        cpu_s = float(trawl) * 1000 + objects * request_us / 1e6
        hours = cpu_s / 3600
        reads = objects * (S3_GET + INVENTORY)
        shards = (
            ("Kubernetes on m7g.large nodes", hours * EC2_M7G_LARGE / 2),
            ("AWS Batch on Fargate ARM", hours * (FARGATE_ARM_VCPU + 2 * FARGATE_ARM_GB)),
        )
        for engine, compute in shards:
            print(f"| {name} | {object_kb:,} KB | {engine} | {hours:,.1f} | {compute:,.2f} | "
                  f"{reads:,.2f} | {compute + reads:,.2f} |")
        compute, calls = lambda_cost(objects, cpu_s, MAP_BATCH)
        service = reads + calls * (LAMBDA_REQUEST + S3_PUT + 4 * STATES_TRANSITION)
        print(f"| {name} | {object_kb:,} KB | Step Functions Distributed Map + Lambda | "
              f"{hours:,.1f} | {compute:,.2f} | {service:,.2f} | {compute + service:,.2f} |")
        compute, calls = lambda_cost(objects, cpu_s, 1)
        service = 0.25 + reads + calls * (BATCH_OPS_OBJECT + LAMBDA_REQUEST + S3_PUT)
        print(f"| {name} | {object_kb:,} KB | S3 Batch Operations + Lambda | {hours:,.1f} | "
              f"{compute:,.2f} | {service:,.2f} | {compute + service:,.2f} |")
PY
