#!/usr/bin/env bash
# Throughput, peak memory and start-up latency of `trawl scan`, with ripgrep searching for the
# same literal anchors as the reference. Absolute numbers depend on the machine; the ratio to
# ripgrep, run by this same script on the same bytes, is what to compare. See benches/README.md.
#
# Needs: ripgrep, hyperfine and GNU time (/usr/bin/time), all Debian packages:
#     apt-get install -y ripgrep hyperfine time
# (or run with BENCH_INSTALL=1 to have this script install whichever is missing), python3, and
# network access to crates.io the first time (to vendor the realcode corpus).
#
# Environment:
#   BENCH_BIG_MB=2048        size of the generated log file, MiB
#   BENCH_SKIP_REALCODE=1    skip the vendored-crates corpus
#   BENCH_SKIP_BIG=1         skip the generated log file
#   BENCH_RUNS=3             timed runs per tool and corpus (the median is reported)
#   BENCH_THREADS=2          threads for both tools
#   BENCH_IDENTIFIERS=ID,ID  restrict trawl (and the anchors given to rg) to these identifiers
#   BENCH_CONFIG=FILE        run trawl (and list the anchors given to rg) with --config FILE
#   BENCH_CUSTOM=1           also measure realcode with built-ins only and with the 100 custom
#                            identifiers of benches/custom_identifiers.toml; target: >= 0.5x
#   BENCH_PII=1              also measure realcode with credential identifiers only and with
#                            every built-in (personal and financial ones too); target: >= 0.7x
#   BENCH_NO_BUILD=1         do not run `cargo build --release` first
#   BENCH_INSTALL=1          apt-get install missing tools
#   TRAWL=path               the binary to measure (default target/release/trawl)
set -euo pipefail
export LC_ALL=C

cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=target/bench
TRAWL=${TRAWL:-target/release/trawl}
RUNS=${BENCH_RUNS:-3}
THREADS=${BENCH_THREADS:-2}
BIG_MB=${BENCH_BIG_MB:-2048}
BIG_SEED=20240601
STARTUP_FILE=corpus/samples/config/app.env
CUSTOM_CONFIG=benches/custom_identifiers.toml
mkdir -p "$OUT/out"

die() { echo "benches/run.sh: $*" >&2; exit 2; }
# json_value FILE EXPR: prints the Python expression EXPR, where d is the parsed JSON FILE.
json_value() { python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"; }
note() { echo "==> $*" >&2; }

# --- tools -------------------------------------------------------------------------------------

missing=()
command -v rg >/dev/null || missing+=(ripgrep)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
    if [[ ${BENCH_INSTALL:-} == 1 ]]; then
        note "installing ${missing[*]}"
        apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        die "missing tools: ${missing[*]}. Install them with:  apt-get install -y ${missing[*]}
    (ripgrep is the reference, hyperfine measures start-up, 'time' provides /usr/bin/time for
    peak RSS), or rerun with BENCH_INSTALL=1."
    fi
fi
command -v python3 >/dev/null || die "python3 is needed to generate the big corpus"
if [[ -n ${BENCH_CONFIG:-} && ! -f $BENCH_CONFIG ]]; then
    die "BENCH_CONFIG=$BENCH_CONFIG: no such file"
fi
if [[ ${BENCH_CUSTOM:-} == 1 && ! -f $CUSTOM_CONFIG ]]; then
    die "BENCH_CUSTOM=1 needs $CUSTOM_CONFIG"
fi

if [[ ${BENCH_NO_BUILD:-} != 1 && $TRAWL == target/release/trawl ]]; then
    note "cargo build --release"
    cargo build --release --quiet
fi
HAVE_TRAWL=1
if [[ ! -x $TRAWL ]]; then
    HAVE_TRAWL=0
    echo "benches/run.sh: WARNING: $TRAWL not found (build it with 'cargo build --release');" \
         "measuring ripgrep only" >&2
fi

# --- anchors -----------------------------------------------------------------------------------

# Fallback when the binary cannot list its anchors: the built-in credential anchors.
BUILTIN_ANCHORS=(
    AKIA ASIA ABIA ACCA AGPA AIDA AROA AIPA ANPA ANVA APKA
    aws_secret AWS_SECRET SecretAccessKey secretAccessKey secret_access_key SECRET_ACCESS_KEY
    ghp_ gho_ ghu_ ghs_ ghr_ github_pat_
    glpat- glptt- gldt- glrt- glcbt- gloas- glsoat-
    xoxb- xoxp- xoxa- xoxr- hooks.slack.com
    sk_live_ rk_live_ AIza service_account npm_ _authToken eyJ
    "Basic " "://" "-----BEGIN " PuTTY-User-Key-File-
)
TRAWL_SELECT=()
[[ -n ${BENCH_IDENTIFIERS:-} ]] && TRAWL_SELECT=(--identifiers "$BENCH_IDENTIFIERS")
TRAWL_CONFIG=()
[[ -n ${BENCH_CONFIG:-} ]] && TRAWL_CONFIG=(--config "$BENCH_CONFIG")
ANCHORS=()
ANCHOR_SOURCE="built-in list in benches/run.sh"
if ((HAVE_TRAWL)) && listed=$("$TRAWL" identifiers list --anchors "${TRAWL_SELECT[@]}" \
        "${TRAWL_CONFIG[@]}" 2>/dev/null) && [[ -n $listed ]]; then
    while IFS= read -r line; do
        [[ -n $line ]] && ANCHORS+=("$line")
    done <<<"$listed"
    ANCHOR_SOURCE="$TRAWL identifiers list --anchors"
fi
((${#ANCHORS[@]})) || ANCHORS=("${BUILTIN_ANCHORS[@]}")
printf '%s\n' "${ANCHORS[@]}" >"$OUT/anchors.txt"
RG_PATTERNS=()
for a in "${ANCHORS[@]}"; do RG_PATTERNS+=(-e "$a"); done
note "${#ANCHORS[@]} anchors from $ANCHOR_SOURCE"

# --- corpora -----------------------------------------------------------------------------------

CORPORA=()

# BENCH_CUSTOM and BENCH_PII measure realcode too, even with BENCH_SKIP_REALCODE=1.
if [[ ${BENCH_SKIP_REALCODE:-} != 1 || ${BENCH_CUSTOM:-} == 1 || ${BENCH_PII:-} == 1 ]]; then
    REALCODE=$OUT/realcode
    if [[ ! -f $REALCODE.vendored ]]; then
        note "vendoring benches/realcode into $REALCODE (downloads about 80 MB of crates, once)"
        rm -rf "$REALCODE" "$REALCODE.tmp"
        cargo vendor --locked --quiet --manifest-path benches/realcode/Cargo.toml \
            --versioned-dirs "$REALCODE.tmp" >/dev/null
        mv "$REALCODE.tmp" "$REALCODE"
        # The marker sits beside the corpus, not in it, so that it is not scanned.
        touch "$REALCODE.vendored"
    fi
    if [[ ${BENCH_SKIP_REALCODE:-} != 1 ]]; then
        CORPORA+=("realcode:$REALCODE")
    fi
fi

if [[ ${BENCH_SKIP_BIG:-} != 1 ]]; then
    BIG=$OUT/big.txt
    want="$BIG_MB/$BIG_SEED"
    have=$(json_value "$BIG.planted.json" 'str(d.get("mb")) + "/" + str(d["seed"])' 2>/dev/null || true)
    if [[ ! -f $BIG || $have != "$want" ]]; then
        note "generating $BIG ($BIG_MB MiB, seed $BIG_SEED)"
        python3 benches/gen_big.py "$BIG" --mb "$BIG_MB" --seed "$BIG_SEED"
    fi
    CORPORA+=("big:$BIG")
fi

# --- measuring ---------------------------------------------------------------------------------

# Reads every file once so that the timed runs measure scanning, not the disk.
warm() { find "$1" -type f -print0 | xargs -0 cat >/dev/null; }

corpus_bytes() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {printf "%d", s}'; }
corpus_files() { find "$1" -type f | wc -l; }

# timed LABEL OUTFILE OK_CODES CMD...: runs CMD once with stdout to OUTFILE; appends the wall
# time (s) to $OUT/LABEL.wall and the peak RSS (KiB) to $OUT/LABEL.rss. Any exit code outside
# the space-separated OK_CODES aborts the benchmark. Output goes to a file rather than
# /dev/null so that match and finding counts can be reported (a sanity check that both tools
# did the work), and so that neither tool can take a shortcut for a discarded stdout.
timed() {
    local label=$1 outfile=$2 ok=$3 rc=0 start end
    shift 3
    start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$OUT/time.tmp" "$@" >"$outfile" 2>"$OUT/stderr.tmp" || rc=$?
    end=$EPOCHREALTIME
    if [[ " $ok " != *" $rc "* ]]; then
        echo "benches/run.sh: '$*' exited with $rc:" >&2
        tail -n 20 "$OUT/stderr.tmp" >&2
        exit 2
    fi
    awk -v s="$start" -v e="$end" 'BEGIN {printf "%.6f\n", e - s}' >>"$OUT/$label.wall"
    # GNU time puts "Command exited with non-zero status N" before the format's line.
    tail -n 1 "$OUT/time.tmp" >>"$OUT/$label.rss"
}

median() { sort -g "$1" | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
max() { sort -g "$1" | tail -n 1; }
mbps() { awk -v b="$1" -v t="$2" 'BEGIN {printf "%.1f", b / 1e6 / t}'; }

ROWS=()
CHECKS=()
for entry in "${CORPORA[@]}"; do
    name=${entry%%:*}
    path=${entry#*:}
    bytes=$(corpus_bytes "$path")
    files=$(corpus_files "$path")
    note "$name: $files files, $bytes bytes; warming the page cache"
    warm "$path"
    rm -f "$OUT/$name".{rg,trawl}.{wall,rss}
    for ((run = 1; run <= RUNS; run++)); do
        note "$name: run $run/$RUNS: rg"
        timed "$name.rg" "$OUT/out/$name.rg.txt" "0 1" \
            rg -c -F -j"$THREADS" --no-ignore --hidden "${RG_PATTERNS[@]}" "$path"
        if ((HAVE_TRAWL)); then
            note "$name: run $run/$RUNS: trawl"
            timed "$name.trawl" "$OUT/out/$name.trawl.jsonl" "0 1 3" \
                "$TRAWL" scan --format jsonl --threads "$THREADS" --no-ignore \
                "${TRAWL_SELECT[@]}" "${TRAWL_CONFIG[@]}" "$path"
        fi
    done
    rg_time=$(median "$OUT/$name.rg.wall")
    rg_mbps=$(mbps "$bytes" "$rg_time")
    rg_hits=$(awk -F: '{s += $NF} END {printf "%d", s}' "$OUT/out/$name.rg.txt")
    if ((HAVE_TRAWL)); then
        trawl_time=$(median "$OUT/$name.trawl.wall")
        trawl_mbps=$(mbps "$bytes" "$trawl_time")
        ratio=$(awk -v a="$trawl_mbps" -v b="$rg_mbps" 'BEGIN {printf "%.2f", a / b}')
        rss_mib=$(awk -v k="$(max "$OUT/$name.trawl.rss")" 'BEGIN {printf "%.0f", k / 1024}')
        findings=$(grep -c '"type":"finding"' "$OUT/out/$name.trawl.jsonl" || true)
        CHECKS+=("$(awk -v r="$ratio" -v n="$name" 'BEGIN {printf "%s %s: throughput ratio %.2f (target >= 0.25)", (r >= 0.25 ? "PASS" : "FAIL"), n, r}')")
        CHECKS+=("$(awk -v m="$rss_mib" -v n="$name" 'BEGIN {printf "%s %s: peak RSS %d MiB (target <= 200)", (m <= 200 ? "PASS" : "FAIL"), n, m}')")
    else
        trawl_mbps=n/a ratio=n/a rss_mib=n/a findings=n/a
    fi
    planted=""
    if [[ -f $path.planted.json ]]; then
        planted=" (planted: $(json_value "$path.planted.json" 'd["planted_total"]'))"
    fi
    ROWS+=("| $name | $bytes | $files | $rg_mbps | $trawl_mbps | $ratio | $rss_mib | $rg_hits | $findings$planted |")
done

# --- custom identifiers -----------------------------------------------------------------------

# The cost of 100 anchorless custom identifiers: every built-in identifier alone (--no-config,
# so that no trawl.toml is picked up) against every built-in plus benches/custom_identifiers.toml,
# on realcode, runs interleaved so that both see the same machine noise. BENCH_IDENTIFIERS and
# BENCH_CONFIG do not apply here.
CUSTOM_ROWS=()
if [[ ${BENCH_CUSTOM:-} == 1 ]] && ((HAVE_TRAWL)); then
    custom_bytes=$(corpus_bytes "$REALCODE")
    note "custom identifiers: realcode, built-ins only vs with $CUSTOM_CONFIG; warming the page cache"
    warm "$REALCODE"
    rm -f "$OUT"/realcode.{builtin,custom}.{wall,rss}
    for ((run = 1; run <= RUNS; run++)); do
        note "custom identifiers: run $run/$RUNS: trawl, built-ins only"
        timed realcode.builtin "$OUT/out/realcode.builtin.jsonl" "0 1 3" \
            "$TRAWL" scan --format jsonl --threads "$THREADS" --no-ignore --no-config "$REALCODE"
        note "custom identifiers: run $run/$RUNS: trawl, built-ins and $CUSTOM_CONFIG"
        timed realcode.custom "$OUT/out/realcode.custom.jsonl" "0 1 3" \
            "$TRAWL" scan --format jsonl --threads "$THREADS" --no-ignore --config "$CUSTOM_CONFIG" "$REALCODE"
    done
    builtin_time=$(median "$OUT/realcode.builtin.wall")
    custom_time=$(median "$OUT/realcode.custom.wall")
    builtin_mbps=$(mbps "$custom_bytes" "$builtin_time")
    custom_mbps=$(mbps "$custom_bytes" "$custom_time")
    builtin_rss=$(awk -v k="$(max "$OUT/realcode.builtin.rss")" 'BEGIN {printf "%.0f", k / 1024}')
    custom_rss=$(awk -v k="$(max "$OUT/realcode.custom.rss")" 'BEGIN {printf "%.0f", k / 1024}')
    builtin_findings=$(grep -c '"type":"finding"' "$OUT/out/realcode.builtin.jsonl" || true)
    custom_findings=$(grep -c '"type":"finding"' "$OUT/out/realcode.custom.jsonl" || true)
    CUSTOM_ROWS+=("| built-in identifiers only (\`--no-config\`) | $builtin_mbps | $builtin_rss | $builtin_findings |")
    CUSTOM_ROWS+=("| built-ins and \`--config $CUSTOM_CONFIG\` | $custom_mbps | $custom_rss | $custom_findings |")
    CHECKS+=("$(awk -v bt="$builtin_time" -v ct="$custom_time" -v c="$custom_mbps" -v b="$builtin_mbps" 'BEGIN {r = bt / ct; printf "%s realcode: custom/builtin throughput ratio %.2f (%s / %s MB/s, target >= 0.5)", (r >= 0.5 ? "PASS" : "FAIL"), r, c, b}')")
    CHECKS+=("$(awk -v m="$custom_rss" 'BEGIN {printf "%s realcode with custom identifiers: peak RSS %d MiB (target <= 200)", (m <= 200 ? "PASS" : "FAIL"), m}')")
elif [[ ${BENCH_CUSTOM:-} == 1 ]]; then
    echo "benches/run.sh: WARNING: BENCH_CUSTOM=1 needs a trawl binary; custom identifiers not measured" >&2
fi

# --- personal and financial identifiers -------------------------------------------------------

# What the personal and financial identifiers cost on source code: the credential identifiers
# alone against every built-in, on realcode, runs interleaved so that both see the same machine
# noise. BENCH_IDENTIFIERS and BENCH_CONFIG do not apply here.
PII_ROWS=()
if [[ ${BENCH_PII:-} == 1 ]] && ((HAVE_TRAWL)); then
    pii_bytes=$(corpus_bytes "$REALCODE")
    credentials=$("$TRAWL" identifiers list | awk 'NR > 1 && $2 == "CREDENTIALS" {print $1}' | paste -sd, -)
    [[ -n $credentials ]] || die "no credential identifiers listed by $TRAWL identifiers list"
    note "personal identifiers: realcode, credentials only vs every built-in; warming the page cache"
    warm "$REALCODE"
    rm -f "$OUT"/realcode.{credentials,every}.{wall,rss}
    for ((run = 1; run <= RUNS; run++)); do
        note "personal identifiers: run $run/$RUNS: trawl, credential identifiers only"
        timed realcode.credentials "$OUT/out/realcode.credentials.jsonl" "0 1 3" \
            "$TRAWL" scan --format jsonl --threads "$THREADS" --no-ignore --no-config \
            --identifiers "$credentials" "$REALCODE"
        note "personal identifiers: run $run/$RUNS: trawl, every built-in"
        timed realcode.every "$OUT/out/realcode.every.jsonl" "0 1 3" \
            "$TRAWL" scan --format jsonl --threads "$THREADS" --no-ignore --no-config "$REALCODE"
    done
    credentials_time=$(median "$OUT/realcode.credentials.wall")
    every_time=$(median "$OUT/realcode.every.wall")
    for run in credentials every; do
        t=$(median "$OUT/realcode.$run.wall")
        rss=$(awk -v k="$(max "$OUT/realcode.$run.rss")" 'BEGIN {printf "%.0f", k / 1024}')
        found=$(grep -c '"type":"finding"' "$OUT/out/realcode.$run.jsonl" || true)
        PII_ROWS+=("| $run | $(mbps "$pii_bytes" "$t") | $rss | $found |")
    done
    CHECKS+=("$(awk -v c="$credentials_time" -v e="$every_time" 'BEGIN {r = c / e; printf "%s realcode: every built-in / credentials only throughput ratio %.2f (%.2f s / %.2f s, target >= 0.7)", (r >= 0.7 ? "PASS" : "FAIL"), r, e, c}')")
elif [[ ${BENCH_PII:-} == 1 ]]; then
    echo "benches/run.sh: WARNING: BENCH_PII=1 needs a trawl binary; personal identifiers not measured" >&2
fi

# --- start-up latency --------------------------------------------------------------------------

STARTUP=()
if ((HAVE_TRAWL)) || command -v rg >/dev/null; then
    note "start-up latency (hyperfine)"
    cmds=()
    scan="$TRAWL scan ${BENCH_CONFIG:+--config $BENCH_CONFIG }"
    ((HAVE_TRAWL)) && cmds+=("$scan$STARTUP_FILE" "${scan}corpus/samples")
    cmds+=("rg -c -F -f $OUT/anchors.txt $STARTUP_FILE")
    # Compiling 100 anchorless patterns is start-up time too (shown, not checked).
    if [[ ${BENCH_CUSTOM:-} == 1 && ${BENCH_CONFIG:-} != "$CUSTOM_CONFIG" ]] && ((HAVE_TRAWL)); then
        cmds+=("$TRAWL scan --config $CUSTOM_CONFIG $STARTUP_FILE")
    fi
    hyperfine --warmup 3 -N -i --style basic --export-json "$OUT/startup.json" "${cmds[@]}" \
        >"$OUT/startup.txt" 2>&1 || { cat "$OUT/startup.txt" >&2; die "hyperfine failed"; }
    while IFS= read -r line; do STARTUP+=("$line"); done < <(python3 - "$OUT/startup.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"| `{r['command']}` | {r['mean'] * 1000:.1f} ± {r['stddev'] * 1000:.1f} | "
          f"{r['median'] * 1000:.1f} | {r['min'] * 1000:.1f} |")
EOF
    )
    if ((HAVE_TRAWL)); then
        mean_ms=$(json_value "$OUT/startup.json" 'round(d["results"][0]["mean"] * 1000, 1)')
        CHECKS+=("$(awk -v m="$mean_ms" 'BEGIN {printf "%s start-up plus scan of one small file: %.1f ms mean (target <= 20)", (m <= 20 ? "PASS" : "FAIL"), m}')")
    fi
fi

# --- report ------------------------------------------------------------------------------------

{
    echo "## trawl benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "- machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
    echo "- binary: $( ((HAVE_TRAWL)) && "$TRAWL" --version 2>/dev/null || echo 'not built'), git $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (dirty)')"
    echo "- reference: $(rg --version | head -n 1), \`rg -c -F -j$THREADS --no-ignore --hidden\` with ${#ANCHORS[@]} anchors (-e each) from $ANCHOR_SOURCE"
    echo "- measured: \`trawl scan --format jsonl --threads $THREADS --no-ignore${BENCH_IDENTIFIERS:+ --identifiers $BENCH_IDENTIFIERS}${BENCH_CONFIG:+ --config $BENCH_CONFIG}\`"
    echo "- median of $RUNS run(s), page cache warm; MB/s is 10^6 bytes per second of wall time"
    if ((${#ROWS[@]})); then
        echo
        echo "| corpus | bytes | files | rg MB/s | trawl MB/s | ratio trawl/rg | trawl peak RSS (MiB) | rg matching lines | trawl findings |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
        printf '%s\n' "${ROWS[@]}"
    fi
    if ((${#PII_ROWS[@]})); then
        echo
        echo "Personal and financial identifiers (realcode, $pii_bytes bytes; runs interleaved):"
        echo
        echo "| trawl run | MB/s | peak RSS (MiB) | findings |"
        echo "|---|---:|---:|---:|"
        printf '%s\n' "${PII_ROWS[@]}"
    fi
    if ((${#CUSTOM_ROWS[@]})); then
        echo
        echo "Custom identifiers (realcode, $custom_bytes bytes; \`$CUSTOM_CONFIG\`: 100 anchorless identifiers):"
        echo
        echo "| trawl run | MB/s | peak RSS (MiB) | findings |"
        echo "|---|---:|---:|---:|"
        printf '%s\n' "${CUSTOM_ROWS[@]}"
    fi
    if ((${#STARTUP[@]})); then
        echo
        echo "Start-up (hyperfine --warmup 3 -N):"
        echo
        echo "| command | mean ms | median ms | min ms |"
        echo "|---|---:|---:|---:|"
        printf '%s\n' "${STARTUP[@]}"
    fi
    if ((${#CHECKS[@]})); then
        echo
        echo "Targets:"
        echo
        printf -- '- %s\n' "${CHECKS[@]}"
    fi
} | tee "$OUT/results.md"
note "written to $OUT/results.md"
