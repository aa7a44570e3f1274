#!/usr/bin/env bash
# Proof that a refactor changed nothing trawl reports: records the JSON Lines output (findings
# and object records, sorted, with a fixed TRAWL_FINGERPRINT_KEY) over benches/realcode (when
# vendored), corpus/ and a set of archives and documents made here from corpus/samples, and
# compares it with a recording made before.
#
#   bash benches/same_output.sh record   # before the first refactor commit
#   bash benches/same_output.sh check    # after the last: byte-identical, or the diff
#
# Also records the callgrind instruction counts of three scans (a realcode slice, a PII CSV
# slice and an empty file) and prints them next to the recording's (target: within ±2 %).
# Variables: TRAWL=path (default target/release/trawl), BENCH_NO_BUILD=1, SAME_NO_COST=1.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=${1:?usage: benches/same_output.sh record|check}
OUT=target/bench/same
TRAWL=${TRAWL:-target/release/trawl}
export TRAWL_FINGERPRINT_KEY=same-output-proof-key
mkdir -p "$OUT"
if [[ ${BENCH_NO_BUILD:-} != 1 && $TRAWL == target/release/trawl ]]; then
    cargo build --release --quiet
fi

# Archives and documents with findings inside, from the samples (stdlib only, fixed bytes).
FORMATS=$OUT/formats
rm -rf "$FORMATS" && mkdir -p "$FORMATS"
python3 - "$FORMATS" <<'PY'
import gzip, io, os, sys, tarfile, zipfile
out = sys.argv[1]
root = "corpus/samples"
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs)
def add_tar(tar, name, data):
    info = tarfile.TarInfo(name); info.size = len(data); info.mtime = 0
    tar.addfile(info, io.BytesIO(data))
def zinfo(name):
    return zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
raw = io.BytesIO()
with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
    for f in files:
        add_tar(tar, os.path.relpath(f, root), open(f, "rb").read())
with open(os.path.join(out, "samples.tar.gz"), "wb") as fh:
    fh.write(gzip.compress(raw.getvalue(), mtime=0))
with zipfile.ZipFile(os.path.join(out, "samples.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    for f in files:
        z.writestr(zinfo(os.path.relpath(f, root)), open(f, "rb").read())
    z.writestr(zinfo("nested/inner.tar"), raw.getvalue())
text = open(os.path.join(root, "config/app.env"), encoding="utf-8").read()
paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % line.replace("&", "&amp;").replace("<", "&lt;") for line in text.splitlines())
with zipfile.ZipFile(os.path.join(out, "notes.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zinfo("[Content_Types].xml"), "<Types/>")
    z.writestr(zinfo("word/document.xml"), '<w:document xmlns:w="w"><w:body>%s</w:body></w:document>' % paras)
cells = [("A1", "card"), ("B1", "4111111111111111"), ("A2", "token"), ("B2", "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")]
strings = "".join("<si><t>%s</t></si>" % v for _, v in cells)
sheet = "".join('<c r="%s" t="s"><v>%d</v></c>' % (ref, i) for i, (ref, _) in enumerate(cells))
with zipfile.ZipFile(os.path.join(out, "book.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zinfo("xl/workbook.xml"), '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr(zinfo("xl/sharedStrings.xml"), "<sst>%s</sst>" % strings)
    z.writestr(zinfo("xl/worksheets/sheet1.xml"), "<worksheet><sheetData><row>%s</row></sheetData></worksheet>" % sheet)
PY

# scan NAME ARGS...: sorted JSON Lines of `trawl scan --format jsonl ARGS` in $OUT/NAME.jsonl.
scan() {
    local name=$1 rc=0
    shift
    "$TRAWL" scan --format jsonl --threads 2 --no-ignore "$@" >"$OUT/$name.raw" 2>"$OUT/$name.err" || rc=$?
    ((rc <= 3)) || { echo "same_output.sh: trawl scan $* exited $rc" >&2; cat "$OUT/$name.err" >&2; exit 2; }
    # The summary line holds timings: keep everything else.
    grep -v '"type":"summary"' "$OUT/$name.raw" | sort >"$OUT/$name.jsonl"
    echo "$name: $(wc -l <"$OUT/$name.jsonl") lines, exit $rc"
}
scan corpus corpus
scan formats "$FORMATS"
if [[ -d target/bench/realcode ]]; then
    scan realcode target/bench/realcode
else
    echo "realcode: not vendored (run benches/run.sh once); left out" >&2
fi

# Instruction counts (callgrind), one thread, of three scans.
cost() {
    local name=$1
    shift
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$TRAWL" scan --threads 1 --format jsonl "$@" \
        >/dev/null 2>"$OUT/cost.$name.log" || true
    grep -o 'Collected : [0-9]*' "$OUT/cost.$name.log" | awk -v n="$name" '{print n, $3}'
}
if [[ ${SAME_NO_COST:-} != 1 ]] && command -v valgrind >/dev/null; then
    : >"$OUT/empty.txt"
    [[ -f $OUT/pii-slice.csv ]] || python3 benches/gen_pii_csv.py "$OUT/pii-slice.csv" 2 >/dev/null
    # A realcode slice: one crate of ordinary Rust (about 1.5 MB).
    slice=$(find target/bench/realcode -maxdepth 1 -name 'regex-syntax-*' 2>/dev/null | sort | head -1)
    {
        cost empty "$OUT/empty.txt"
        cost pii "$OUT/pii-slice.csv"
        if [[ -n $slice ]]; then cost realcode_slice --no-ignore "$slice"; fi
    } >"$OUT/cost.$mode.txt"
    cat "$OUT/cost.$mode.txt"
fi

case $mode in
record)
    mkdir -p "$OUT/recorded"
    cp "$OUT"/*.jsonl "$OUT/recorded/"
    [[ -f $OUT/cost.record.txt ]] && cp "$OUT/cost.record.txt" "$OUT/recorded/"
    echo "recorded in $OUT/recorded"
    ;;
check)
    status=0
    for f in "$OUT"/recorded/*.jsonl; do
        name=$(basename "$f")
        if cmp -s "$f" "$OUT/$name"; then
            echo "same: $name"
        else
            echo "DIFFERENT: $name"; { diff "$f" "$OUT/$name" || true; } | head -20; status=1
        fi
    done
    if [[ -f $OUT/recorded/cost.record.txt && -f $OUT/cost.check.txt ]]; then
        join "$OUT/recorded/cost.record.txt" "$OUT/cost.check.txt" |
            awk '{printf "%s: %.0f -> %.0f instructions (%+.2f %%)\n", $1, $2, $3, ($3 - $2) * 100 / $2}'
    fi
    exit $status
    ;;
*) echo "usage: benches/same_output.sh record|check" >&2; exit 2 ;;
esac
