#!/usr/bin/env bash
# Scanning a gzip'd JSON Lines log (>= 500 MB uncompressed): trawl reading the .gz itself,
# against `zcat > /dev/null` (the decompression floor) and against `zcat | trawl scan -`.
# Reports MB/s of uncompressed data and both ratios. Needs gzip and GNU time.
#   BENCH_GZIP_MB=512   uncompressed size     BENCH_RUNS=3   runs (median)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=target/bench
TRAWL=${TRAWL:-target/release/trawl}
MB=${BENCH_GZIP_MB:-512}
RUNS=${BENCH_RUNS:-3}
mkdir -p "$OUT"
[[ ${BENCH_NO_BUILD:-} == 1 ]] || cargo build --release --quiet
LOG=$OUT/cloudtrail-$MB.jsonl
if [[ ! -f $LOG.gz ]]; then
    echo "==> generating $LOG.gz" >&2
    python3 benches/gen_jsonl.py "$LOG" --mb "$MB" >&2
    gzip -6 -f "$LOG"
fi
bytes=$(gzip -l "$LOG.gz" | awk 'NR == 2 {print $2}')
# gzip -l wraps sizes at 4 GiB; recount if in doubt.
(( bytes > 0 )) || bytes=$(zcat "$LOG.gz" | wc -c)
cat "$LOG.gz" >/dev/null

run() { # label command...: median wall seconds over RUNS, printed
    local label=$1 t
    shift
    rm -f "$OUT/gz.$label"
    for ((i = 0; i < RUNS; i++)); do
        /usr/bin/time -f '%e %M' -o "$OUT/gz.time" bash -c "$*" >/dev/null 2>/dev/null
        tail -n 1 "$OUT/gz.time" >>"$OUT/gz.$label"
    done
    sort -g "$OUT/gz.$label" | awk -v n="$RUNS" 'NR == int((n + 1) / 2) {print $1, $2}'
}
read -r zcat_s _ < <(run zcat "zcat '$LOG.gz' > /dev/null")
read -r pipe_s _ < <(run pipe "zcat '$LOG.gz' | '$TRAWL' scan --format jsonl - ; test \$? -le 1")
read -r trawl_s trawl_kb < <(run trawl "'$TRAWL' scan --format jsonl '$LOG.gz'; test \$? -le 1")
found=$("$TRAWL" scan --format jsonl "$LOG.gz" | grep -c '"type":"finding"' || true)
awk -v b="$bytes" -v z="$zcat_s" -v p="$pipe_s" -v t="$trawl_s" -v kb="$trawl_kb" -v f="$found" 'BEGIN {
    printf "| command | seconds | MB/s (uncompressed) |\n|---|---:|---:|\n"
    printf "| `zcat > /dev/null` | %.2f | %.0f |\n", z, b / 1e6 / z
    printf "| `zcat | trawl scan -` | %.2f | %.0f |\n", p, b / 1e6 / p
    printf "| `trawl scan file.jsonl.gz` | %.2f | %.0f |\n", t, b / 1e6 / t
    printf "\n%d bytes uncompressed; trawl peak RSS %d MiB; %d findings\n", b, kb / 1024, f
    printf "ratio trawl/zcat (time): %.2f; trawl vs zcat|trawl (time): %.2f\n", t / z, t / p
}'
