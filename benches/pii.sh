#!/usr/bin/env bash
# PII-dense CSV throughput against ripgrep (issue #34's targets, as ratios to rg in the same
# run) and phone validations per second. Generates target/bench/pii.csv once
# (benches/gen_pii_csv.py, seeded; every ~80-byte row a name, card number, phone number, birth
# date and e-mail address), then times, median of BENCH_RUNS (default 3), page cache warm:
#   - ripgrep counting the lines with a digit group or an `@` (the candidate stage, for scale);
#   - trawl's human report, JSON Lines output and --report objects, 2 threads, every built-in
#     identifier; then one identifier at a time (card, phone, birth date, e-mail), objects.
# Variables: BENCH_PII_MB (default 100), BENCH_RUNS, BENCH_NO_BUILD=1, TRAWL=path.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

OUT=target/bench
MB=${BENCH_PII_MB:-100}
RUNS=${BENCH_RUNS:-3}
TRAWL=${TRAWL:-target/release/trawl}
CSV=$OUT/pii-$MB.csv
mkdir -p "$OUT/out"

command -v rg >/dev/null || { echo "benches/pii.sh: needs ripgrep (apt-get install -y ripgrep)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "benches/pii.sh: needs GNU time (apt-get install -y time)" >&2; exit 2; }
if [[ ${BENCH_NO_BUILD:-} != 1 && $TRAWL == target/release/trawl ]]; then
    cargo build --release --quiet
fi
[[ -f $CSV ]] || python3 benches/gen_pii_csv.py "$CSV" "$MB"
bytes=$(stat -c %s "$CSV")
cat "$CSV" >/dev/null

# timed LABEL CMD...: wall seconds and peak RSS (KiB) appended to $OUT/pii.LABEL.{wall,rss};
# stdout to $OUT/out/pii.LABEL.
timed() {
    local label=$1 start end rc=0
    shift
    start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$OUT/pii.time" "$@" >"$OUT/out/pii.$label" 2>/dev/null || rc=$?
    end=$EPOCHREALTIME
    if ((rc > 1)); then echo "benches/pii.sh: '$*' exited with $rc" >&2; exit 2; fi
    awk -v s="$start" -v e="$end" 'BEGIN {printf "%.6f\n", e - s}' >>"$OUT/pii.$label.wall"
    tail -n 1 "$OUT/pii.time" >>"$OUT/pii.$label.rss"
}
median() { sort -g "$1" | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

rm -f "$OUT"/pii.*.wall "$OUT"/pii.*.rss
for ((run = 1; run <= RUNS; run++)); do
    timed rg rg -c -j2 '[0-9]{3}|@' "$CSV"
    timed human "$TRAWL" scan --threads 2 "$CSV"
    timed jsonl "$TRAWL" scan --threads 2 --format jsonl "$CSV"
    timed objects "$TRAWL" scan --threads 2 --report objects --format jsonl "$CSV"
    for id in CREDIT_CARD_NUMBER PHONE_NUMBER DATE_OF_BIRTH EMAIL_ADDRESS; do
        timed "$id" "$TRAWL" scan --threads 2 --report objects --format jsonl --identifiers "$id" "$CSV"
    done
done

# The findings an objects run counted (its summary line's total).
objects_found() { tail -n 1 "$OUT/out/pii.$1" | sed -n 's/.*"findings":\([0-9]*\).*/\1/p'; }

rg_time=$(median "$OUT/pii.rg.wall")
echo "## PII-dense CSV, $(date -u +%Y-%m-%d), $(nproc) cores, $bytes bytes ($(($(wc -l <"$CSV") - 1)) rows)"
echo
echo "| command | seconds | MB/s | x rg | peak RSS MiB | findings |"
echo "|---|---:|---:|---:|---:|---:|"
for label in rg human jsonl objects CREDIT_CARD_NUMBER PHONE_NUMBER DATE_OF_BIRTH EMAIL_ADDRESS; do
    t=$(median "$OUT/pii.$label.wall")
    rss=$(sort -g "$OUT/pii.$label.rss" | tail -n 1)
    case $label in
        rg) name="\`rg -c -j2 '[0-9]{3}|@'\`"; found=$(cat "$OUT/out/pii.rg") ;;
        human) name="\`trawl scan --threads 2\`"; found=$(wc -l <"$OUT/out/pii.human") ;;
        jsonl) name="\`trawl scan --threads 2 --format jsonl\`"; found=$(grep -c '"type":"finding"' "$OUT/out/pii.jsonl" || true) ;;
        objects) name="\`trawl scan --threads 2 --report objects\`"; found=$(objects_found objects) ;;
        *) name="\`--report objects --identifiers $label\`"; found=$(objects_found "$label") ;;
    esac
    awk -v n="$name" -v t="$t" -v b="$bytes" -v r="$rg_time" -v m="$rss" -v f="$found" \
        'BEGIN {printf "| %s | %.2f | %.1f | %.3f | %.0f | %s |\n", n, t, b / 1e6 / t, r / t, m / 1024, f}'
done
echo
# target LABEL RATIO: PASS or FAIL against issue #34's ratio to rg.
target() {
    awk -v l="$1" -v want="$2" -v t="$(median "$OUT/pii.$1.wall")" -v r="$rg_time" \
        'BEGIN {x = r / t; printf "- %s %s: %.3f x rg (target >= %s)\n", (x >= want ? "PASS" : "FAIL"), l, x, want}'
}
target objects 0.08
target jsonl 0.03
target CREDIT_CARD_NUMBER 0.2
target PHONE_NUMBER 0.15
target DATE_OF_BIRTH 0.15
target EMAIL_ADDRESS 0.15
echo
echo "Phone validations (identifiers/examples/phone_bench.rs):"
echo
cargo run --quiet --release -p trawl-identifiers --example phone_bench | sed 's/^/- /'
