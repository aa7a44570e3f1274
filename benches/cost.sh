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
# ripgrep over the same bytes is printed as the reference (CPU per GB, same machine).
# Small objects add a per-object CPU cost, taken from benches/s3.sh (127 µs an object read
# through an inventory, 2026-12-05; BENCH_COST_SMALL_US), and a GET each.
#
# usage: benches/cost.sh   (BENCH_COST_PII_MB=200, BENCH_COST_CODE=~/.cargo/registry/src)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PII_MB=${BENCH_COST_PII_MB:-200}
CODE=${BENCH_COST_CODE:-${CARGO_HOME:-$HOME/.cargo}/registry/src}
SMALL_US=${BENCH_COST_SMALL_US:-127}
WORK=target/bench/cost
mkdir -p "$WORK"

cargo build --release --quiet --bin trawl
TRAWL=target/release/trawl
CSV=$WORK/pii-$PII_MB.csv
[[ -f $CSV ]] || python3 benches/gen_pii_csv.py "$CSV" "$PII_MB"

# CPU seconds (user + system) of a command, its output discarded.
cpu_seconds() {
    /usr/bin/time -f '%U %S' -o "$WORK/time" "$@" >/dev/null 2>&1 || true
    awk '{ printf "%.3f", $1 + $2 }' "$WORK/time"
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

python3 - "$WORK/cpu.tsv" "$SMALL_US" <<'EOF'
import sys

rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
small_us = float(sys.argv[2])

# us-east-1 list prices, on-demand (December 2026).
EC2_M7G_LARGE = 0.0816          # $/hour, 2 vCPU, 8 GiB (a Kubernetes node)
FARGATE_ARM_VCPU = 0.03238      # $/vCPU-hour
FARGATE_ARM_GB = 0.00356        # $/GB-hour
LAMBDA_ARM_GBS = 0.0000133334   # $/GB-second
LAMBDA_REQUEST = 0.20 / 1e6     # $/invocation
S3_GET = 0.0004 / 1000          # $/request
INVENTORY = 0.0025 / 1e6        # $/object listed
BATCH_OPS_OBJECT = 1.00 / 1e6   # $/object (plus $0.25 a job)
STATES_TRANSITION = 0.025 / 1000

vcpu_hour = {
    "Kubernetes (m7g.large nodes)": EC2_M7G_LARGE / 2,
    "AWS Batch on Fargate (ARM, 2 GB/vCPU)": FARGATE_ARM_VCPU + 2 * FARGATE_ARM_GB,
    # A Lambda function gets one vCPU at 1,769 MB.
    "Lambda (arm64, 1,769 MB)": LAMBDA_ARM_GBS * 1.769 * 3600,
}

print("CPU per GB measured here (user + system seconds):\n")
print("| data | bytes | trawl CPU s/GB | rg CPU s/GB | ratio |")
print("|---|---:|---:|---:|---:|")
for name, size, trawl, rg in rows:
    print(f"| {name} | {int(size):,} | {float(trawl):.1f} | {float(rg):.2f} | "
          f"{float(trawl) / max(float(rg), 1e-9):.0f}x |")

print("\nCost per TB swept (compute + requests), by engine and object size:\n")
print("| data | objects of | engine | vCPU-hours | compute $ | requests and service $ | total $ |")
print("|---|---|---|---:|---:|---:|---:|")
for name, size, trawl, rg in rows:
    for object_kb in (4, 1024):
        objects = 1e12 / (object_kb * 1e3)
        cpu_s = float(trawl) * 1000
        if object_kb <= 16:
            # Per-object work (the request, a session) dominates small objects.
            cpu_s = max(cpu_s, objects * small_us / 1e6)
        hours = cpu_s / 3600
        gets = objects * S3_GET
        for engine, price in vcpu_hour.items():
            compute = hours * price
            if engine.startswith("Kubernetes") or engine.startswith("AWS Batch"):
                service = gets + objects * INVENTORY
                label = engine + ", inventory"
            else:
                # Distributed Map: 200 objects a batch, about 4 transitions a child.
                batches = objects / 200
                service = (gets + objects * INVENTORY + batches * LAMBDA_REQUEST
                           + batches * 4 * STATES_TRANSITION)
                label = "Step Functions Distributed Map + " + engine
            print(f"| {name} | {object_kb:,} KB | {label} | {hours:,.1f} | {compute:,.2f} | "
                  f"{service:,.2f} | {compute + service:,.2f} |")
        # S3 Batch Operations: a job, an invocation and a task per object.
        compute = hours * vcpu_hour["Lambda (arm64, 1,769 MB)"]
        service = 0.25 + objects * (BATCH_OPS_OBJECT + LAMBDA_REQUEST + S3_GET)
        print(f"| {name} | {object_kb:,} KB | S3 Batch Operations + Lambda | {hours:,.1f} | "
              f"{compute:,.2f} | {service:,.2f} | {compute + service:,.2f} |")
EOF
