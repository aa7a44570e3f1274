#!/usr/bin/env bash
# Latency of `trawl scan --staged` on a typical commit: 10 files, 500 added lines, one planted
# credential, in a throwaway repository. Reports hyperfine's figures for:
#   - trawl scan --staged           (the pre-commit hook's work, git included; target <= 30 ms)
#   - trawl scan /dev/null          (start-up and building the scanner, nothing to scan)
#   - git diff --cached -U0         (the reference: one of the git calls trawl makes)
# Needs hyperfine (apt-get install hyperfine). TRAWL=path overrides the binary.
#
# With CATALOGUE=N, also `trawl scan --staged --config catalogue.toml` with N synthetic
# anchored identifiers (benches/gen_catalogue.py) on top of the built-ins; with BEFORE=path, the
# staged scan of that binary (an earlier build) too, in the same hyperfine run: the start-up
# target of "identifiers at scale" is the catalogue run within 1.2x of BEFORE's plain run.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
TRAWL=$(realpath "${TRAWL:-target/release/trawl}")
[[ ${BENCH_NO_BUILD:-} == 1 ]] || cargo build --release --quiet
command -v hyperfine >/dev/null || { echo "benches/staged.sh: install hyperfine" >&2; exit 2; }

repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
git -C "$repo" init -q -b main
git -C "$repo" config user.email bench@example.invalid
git -C "$repo" config user.name bench
python3 - "$repo" <<'PY'
import os, random, sys
repo = sys.argv[1]
rng = random.Random(7)
words = "config value client server request timeout retry cache token user order item".split()
def line(i):
    return f"    {rng.choice(words)}_{i} = \"{' '.join(rng.choice(words) for _ in range(6))}\"  # {rng.randrange(10**6)}\n"
for f in range(10):
    os.makedirs(f"{repo}/src/mod{f}", exist_ok=True)
    with open(f"{repo}/src/mod{f}/settings.py", "w") as out:
        out.writelines(line(i) for i in range(200))
PY
git -C "$repo" add -A && git -C "$repo" commit -q -m base
python3 - "$repo" <<'PY'
import random, sys
repo = sys.argv[1]
rng = random.Random(8)
for f in range(10):
    path = f"{repo}/src/mod{f}/settings.py"
    lines = open(path).readlines()
    for i in range(50):
        lines.insert(rng.randrange(len(lines)), f"    added_{f}_{i} = {rng.randrange(10**9)}\n")
    if f == 3:
        lines.insert(100, "    GITHUB_TOKEN = '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'\n")
    open(path, "w").writelines(lines)
PY
git -C "$repo" add -A
added=$(git -C "$repo" diff --cached --numstat | awk '{s += $1} END {print s}')
echo "==> staged change: $(git -C "$repo" diff --cached --name-only | wc -l) files, $added added lines" >&2

cd "$repo"
hyperfine -N --warmup 5 --runs 50 -i --style basic --export-json /tmp/trawl-staged.json \
    "$TRAWL scan --staged" "$TRAWL scan /dev/null" "git diff --cached -U0" >&2
if [[ -n ${CATALOGUE:-} ]]; then
    catalogue=$(mktemp --suffix=.toml)
    python3 "$root/benches/gen_catalogue.py" "$catalogue" --count "$CATALOGUE"
    commands=("$TRAWL scan --staged" "$TRAWL scan --staged --config $catalogue")
    [[ -n ${BEFORE:-} ]] && commands+=("$(realpath "$BEFORE") scan --staged")
    hyperfine -N --warmup 5 --runs 50 -i --style basic --export-json /tmp/trawl-catalogue.json \
        "${commands[@]}" >&2
    python3 - /tmp/trawl-catalogue.json "$CATALOGUE" <<'PY'
import json, sys
results = [x["mean"] * 1000 for x in json.load(open(sys.argv[1]))["results"]]
plain, catalogue = results[0], results[1]
print(f"| `trawl scan --staged` with {sys.argv[2]} more identifiers | {catalogue:.1f} ms ({catalogue / plain:.2f}x the built-ins alone) |")
if len(results) > 2:
    before = results[2]
    print(f"| the same scan with BEFORE (built-ins only) | {before:.1f} ms |")
    print(f"{'PASS' if catalogue <= 1.2 * before else 'FAIL'} catalogue {catalogue:.1f} ms vs before {before:.1f} ms: {catalogue / before:.2f}x (target <= 1.2x)")
PY
    rm -f "$catalogue"
fi
python3 - /tmp/trawl-staged.json <<'PY'
import json, sys
# In the order hyperfine was given the commands.
staged, build, git = (x["mean"] * 1000 for x in json.load(open(sys.argv[1]))["results"])
print(f"| `trawl scan --staged` (10 files, 500 added lines) | {staged:.1f} ms |")
print(f"| `trawl scan /dev/null` (start-up and scanner build) | {build:.1f} ms ({100 * build / staged:.0f} % of the staged scan) |")
print(f"| `git diff --cached -U0` (one of trawl's three git calls) | {git:.1f} ms |")
print(f"{'PASS' if staged <= 30 else 'FAIL'} staged scan {staged:.1f} ms (target <= 30)")
PY
