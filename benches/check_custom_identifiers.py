#!/usr/bin/env python3
"""Checks benches/custom_identifiers.toml without building trawl (standard library only).

    python3 benches/check_custom_identifiers.py [FILE] [--count PATH ...] [--count-mb N]

What is checked, each failure printed as `FILE: ID: field: reason`, exit status 1 if any:

- the file parses (tomllib) and holds exactly 100 `[[identifier]]` tables, each using only the
  fields of trawl's schema (identifiers/src/schema.rs), with a unique A-Z0-9_ id,
  category CUSTOM, a LOW/MEDIUM/HIGH severity and no `anchors` (the benchmark is about the
  anchorless pass);
- Amazon Macie's custom-identifier limits that trawl enforces on config files
  (identifiers/src/config.rs): regex <= 512 characters, <= 50 keywords of 3-90 characters,
  <= 10 ignore words of 4-90 characters, maximum_match_distance 1-300;
- the regex uses the part of the syntax that Rust's regex and Python's re share (no
  look-around, backreferences or atomic groups; inline flags only at the start), cannot match
  the empty string and has a bounded maximum length (no `*`, `+`, `{n,}`);
- every example contains a match of the regex and no negative example does (Python's re on
  bytes, so `\\d`, `\\w`, `\\b` and `(?i)` are ASCII-only as in trawl's bytes mode);
- every example still produces a finding, and no negative example does, when scanned the way
  trawl scans: one leftmost-first multi-pattern pass over all the anchorless patterns (file
  order breaks ties), then per candidate the anchored regex, the first capture group as the
  value, ignore words, the keyword rule (a whole-word keyword ending at most
  maximum_match_distance bytes before the value's end, `_`/`-`/space spellings), the
  placeholder check, and the longest-match-wins overlap rule. Built-in identifiers are not
  simulated; `trawl identifiers test --config benches/custom_identifiers.toml` checks the
  real thing.

With --count, also runs the multi-pattern pass over the text files under PATH (up to
--count-mb MB, default 5; Python manages about 0.1 MB/s) and prints how many candidates and
findings each identifier produces: a preview of which patterns keep the confirm stage busy.
"""

import argparse
import os
import re
import sys
import time
import tomllib

try:  # Python 3.11+
    import re._parser as sre_parse
    import re._constants as sre_constants
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse  # type: ignore
    import sre_constants  # type: ignore

EXPECTED_COUNT = 100
FIELDS = {
    # identifiers/src/schema.rs, IdentifierSpec (deny_unknown_fields)
    "id", "name", "description", "category", "severity", "confidence", "regex", "anchors",
    "keywords", "keyword_required", "maximum_match_distance", "ignore_words", "validators",
    "severity_levels", "max_length", "example_values", "placeholder_check", "low_entropy",
    "recommended", "examples", "negative_examples",
}
REGEX_MAX_CHARS = 512
KEYWORDS_MAX = 50
KEYWORD_CHARS = range(3, 91)
IGNORE_WORDS_MAX = 10
IGNORE_WORD_CHARS = range(4, 91)
MAXIMUM_MATCH_DISTANCE = range(1, 301)
DEFAULT_MAXIMUM_MATCH_DISTANCE = 50
MAX_MATCH_LEN_LIMIT = 64 * 1024
# Syntax that Rust's regex crate rejects (or that means something else there).
UNSUPPORTED = [
    (re.compile(r"\(\?<?[=!]"), "look-around"),
    (re.compile(r"\(\?>"), "atomic group"),
    (re.compile(r"\(\?\("), "conditional"),
    (re.compile(r"\(\?P="), "backreference"),
    (re.compile(r"\\[1-9]"), "backreference"),
    (re.compile(r"\\Z"), "\\Z (Rust spells it \\z)"),
    (re.compile(r"[*+?}]\+"), "possessive repetition"),
]
LEADING_FLAGS = re.compile(r"\(\?([imsx]+)\)")
UNBOUNDED = sre_constants.MAXREPEAT
REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
if hasattr(sre_constants, "POSSESSIVE_REPEAT"):
    REPEATS.add(sre_constants.POSSESSIVE_REPEAT)


def unbounded_repeat(parsed):
    """Whether the parsed pattern contains a repetition without an upper bound."""
    for op, arg in parsed:
        if op in REPEATS:
            low, high, sub = arg
            if high == UNBOUNDED or unbounded_repeat(sub):
                return True
        elif op == sre_constants.SUBPATTERN:
            if unbounded_repeat(arg[-1]):
                return True
        elif op == sre_constants.BRANCH:
            if any(unbounded_repeat(branch) for branch in arg[1]):
                return True
    return False


# --- trawl's context rules, transcribed from scanner/src/session.rs and identifiers/src ------

def keyword_variants(keywords):
    """`date of birth` also matches `date_of_birth` and `date-of-birth` (compile.rs)."""
    out = []
    for k in keywords:
        parts = [p for p in re.split(r"[ _-]", k.strip().lower()) if p]
        for sep in (" ", "_", "-"):
            v = sep.join(parts)
            if v not in out:
                out.append(v)
    return [v.encode() for v in out]


def is_word(b):
    return chr(b).isascii() and chr(b).isalnum()


def keyword_is_word(hay, start, end):
    before_ok = start == 0 or not is_word(hay[start - 1]) or not is_word(hay[start])
    after_ok = end >= len(hay) or not is_word(hay[end]) or not is_word(hay[end - 1])
    return before_ok and after_ok


def is_variable_reference(value):
    def name_ok(name):
        return bool(name) and not chr(name[0]).isdigit() and all(
            chr(b).isascii() and (chr(b).isalnum() or chr(b) in "_.") for b in name)
    if value.startswith(b"$"):
        name = value[1:]
        one_case = not any(chr(b).islower() for b in name) or not any(chr(b).isupper() for b in name)
        return name_ok(name) and one_case
    if len(value) >= 2 and value.startswith(b"%") and value.endswith(b"%"):
        return name_ok(value[1:-1])
    if len(value) >= 2 and value.startswith(b"{") and value.endswith(b"}"):
        return name_ok(value[1:-1])
    return False


def looks_like_placeholder(value):
    """identifiers/src/validators.rs, looks_like_placeholder."""
    whole = {b"password", b"passwd", b"pass", b"pwd", b"pw", b"secret", b"token", b"apikey",
             b"api_key", b"api-key", b"null", b"none", b"nil", b"undefined", b"foo", b"bar",
             b"baz", b"qux", b"foobar", b"...", "\u2026".encode()}
    word = value.rstrip(b" \t\n\r\x0b\x0c").rstrip(b"0123456789")
    if word.lower() in whole or is_variable_reference(value):
        return True
    if any(t in value for t in (b"${", b"{{", b"<", b"%s", b"***", b"$(")):
        return True
    lower = value.lower()
    markers = (b"example", b"placeholder", b"dummy", b"redacted", b"your_", b"your-",
               b"yourkey", b"insert", b"changeme", b"replace", b"fake", b"notreal", b"sample",
               b"xxxx")
    if any(m in lower for m in markers):
        return True
    run = ascending = 1
    for a, b in zip(value, value[1:]):
        run = run + 1 if a == b else 1
        ascending = ascending + 1 if b == (a + 1) % 256 else 1
        if run >= 8 or ascending >= 8:
            return True
    return False


class Identifier:
    def __init__(self, table):
        self.id = table["id"]
        self.regex_text = table["regex"]
        self.regex = re.compile(self.regex_text.encode())
        self.keywords = keyword_variants(table.get("keywords", []))
        # Given keywords are required unless the identifier opts out (trawl's and Macie's rule).
        self.keyword_required = table.get("keyword_required", bool(table.get("keywords")))
        self.distance = table.get("maximum_match_distance", DEFAULT_MAXIMUM_MATCH_DISTANCE)
        self.ignore_words = [w.encode() for w in table.get("ignore_words", [])]
        self.placeholder_check = table.get("placeholder_check", True)
        self.max_len = sre_parse.parse(self.regex_text.encode()).getwidth()[1]

    def confirm(self, hay, at):
        """The finding (value start, value end, match length) of a candidate at `at`, or None."""
        m = self.regex.match(hay, at)
        if m is None or m.end() <= at:
            return None
        vs, ve = m.span()
        for g in range(1, (self.regex.groups or 0) + 1):
            if m.start(g) >= 0:
                vs, ve = m.span(g)
                break
        if ve <= vs:
            return None
        value = hay[vs:ve]
        if any(w in value for w in self.ignore_words):
            return None
        if self.keyword_required and not self.keyword_before(hay, vs, ve):
            return None
        if self.placeholder_check and looks_like_placeholder(value):
            return None
        return vs, ve, m.end() - m.start(), m.end()

    def keyword_before(self, hay, vs, ve):
        longest = max(map(len, self.keywords))
        lo = max(0, ve - (self.distance + longest))
        window = hay[lo:vs].lower()
        for k in self.keywords:
            start = window.find(k)
            while start >= 0:
                ks, ke = lo + start, lo + start + len(k)
                if ve - ke <= self.distance and keyword_is_word(hay, ks, ke):
                    return True
                start = window.find(k, start + 1)
        return False


def scoped(pattern):
    """`(?i)abc` as `(?i:abc)`, so that it can be one branch of an alternation."""
    m = LEADING_FLAGS.match(pattern)
    return f"(?{m.group(1)}:{pattern[m.end():]})" if m else f"(?:{pattern})"


class Engine:
    """trawl's anchorless pass over a set of identifiers (scanner/src/session.rs)."""

    def __init__(self, identifiers):
        self.identifiers = identifiers
        branches = [f"(?P<p{i}>{scoped(d.regex_text)})" for i, d in enumerate(identifiers)]
        self.multi = re.compile("|".join(branches).encode())
        self.slot_of_group = {self.multi.groupindex[f"p{i}"]: i for i in range(len(identifiers))}

    def candidates(self, hay):
        for m in self.multi.finditer(hay):
            # The branch's own group closes last, so it is `lastindex`.
            yield m.start(), self.slot_of_group[m.lastindex]

    def scan(self, hay, tally=None):
        """Findings as (identifier id, value start, value end)."""
        last_end = [0] * len(self.identifiers)
        pending = []
        for at, slot in self.candidates(hay):
            if tally is not None:
                tally[slot][0] += 1
            if at < last_end[slot]:
                continue
            found = self.identifiers[slot].confirm(hay, at)
            if found is None:
                continue
            vs, ve, match_len, me = found
            last_end[slot] = me
            pending.append((vs, ve, match_len, slot))
        pending.sort(key=lambda p: (-p[2], p[3], p[0]))
        kept = []
        for vs, ve, _, slot in pending:
            if all(ve <= s or vs >= e for s, e, _ in kept):
                kept.append((vs, ve, slot))
        if tally is not None:
            for _, _, slot in kept:
                tally[slot][1] += 1
        return [(self.identifiers[slot].id, vs, ve) for vs, ve, slot in sorted(kept)]


# --- checks ----------------------------------------------------------------------------------

def check(path):
    with open(path, "rb") as f:
        try:
            doc = tomllib.load(f)
        except tomllib.TOMLDecodeError as e:
            return [f"{path}: does not parse: {e}"], []
    failures = []

    def fail(ident, field, reason):
        failures.append(f"{path}: {ident}: {field}: {reason}")

    if set(doc) != {"identifier"}:
        fail("-", "top level", f"expected only [[identifier]] tables, found {sorted(doc)}")
    tables = doc.get("identifier", [])
    if len(tables) != EXPECTED_COUNT:
        fail("-", "identifier", f"{len(tables)} tables; expected {EXPECTED_COUNT}")

    seen = set()
    good = []
    for n, t in enumerate(tables, 1):
        ident = t.get("id", f"#{n}")
        ok = True

        def bad(field, reason):
            nonlocal ok
            ok = False
            fail(ident, field, reason)

        for field in sorted(set(t) - FIELDS):
            bad(field, "unknown field")
        for field in ("id", "name", "category", "severity", "regex"):
            if not isinstance(t.get(field), str) or not t.get(field).strip():
                bad(field, "missing or empty")
        if not ok:
            continue
        if not re.fullmatch(r"[A-Z0-9_]+", ident):
            bad("id", "must use only A-Z, 0-9 and _")
        if ident in seen:
            bad("id", "duplicate")
        seen.add(ident)
        if t["category"] != "CUSTOM":
            bad("category", f"{t['category']!r}; expected CUSTOM")
        if t["severity"] not in ("LOW", "MEDIUM", "HIGH"):
            bad("severity", f"{t['severity']!r} is not LOW, MEDIUM or HIGH")
        if "anchors" in t:
            bad("anchors", "these identifiers are anchorless on purpose")

        keywords = t.get("keywords", [])
        if len(keywords) > KEYWORDS_MAX:
            bad("keywords", f"{len(keywords)} keywords; the limit is {KEYWORDS_MAX}")
        for k in keywords:
            if len(k) not in KEYWORD_CHARS:
                bad("keywords", f"{k!r} must be 3 to 90 characters long")
        if t.get("keyword_required") and not keywords:
            bad("keyword_required", "true but `keywords` is empty")
        words = t.get("ignore_words", [])
        if len(words) > IGNORE_WORDS_MAX:
            bad("ignore_words", f"{len(words)} words; the limit is {IGNORE_WORDS_MAX}")
        for w in words:
            if len(w) not in IGNORE_WORD_CHARS:
                bad("ignore_words", f"{w!r} must be 4 to 90 characters long")
        distance = t.get("maximum_match_distance")
        if distance is not None and distance not in MAXIMUM_MATCH_DISTANCE:
            bad("maximum_match_distance", f"{distance} is not between 1 and 300")
        if not t.get("examples"):
            bad("examples", "at least one is needed")
        if not t.get("negative_examples"):
            bad("negative_examples", "at least one is needed")

        regex = t["regex"]
        if len(regex) > REGEX_MAX_CHARS:
            bad("regex", f"{len(regex)} characters; the limit is {REGEX_MAX_CHARS}")
        for pattern, what in UNSUPPORTED:
            if pattern.search(regex):
                bad("regex", f"uses {what}")
        flags = LEADING_FLAGS.match(regex)
        if "(?" in regex and re.search(r"\(\?[imsx]+\)", regex[flags.end() if flags else 0:]):
            bad("regex", "inline flags (?i) only at the start; use (?i:...) elsewhere")
        try:
            compiled = re.compile(regex.encode())
            parsed = sre_parse.parse(regex.encode())
        except re.error as e:
            bad("regex", f"does not compile: {e}")
            continue
        low, high = parsed.getwidth()
        if low == 0:
            bad("regex", "can match the empty string")
        if unbounded_repeat(parsed):
            bad("regex", "unbounded repetition (*, + or {n,}); use an upper bound such as {1,20}")
        elif high > MAX_MATCH_LEN_LIMIT:
            bad("regex", f"a match may be {high} bytes long; the limit is {MAX_MATCH_LEN_LIMIT}")
        for e in t.get("examples", []):
            if not compiled.search(e.encode()):
                bad("examples", f"no match in {e!r}")
        for e in t.get("negative_examples", []):
            if compiled.search(e.encode()):
                bad("negative_examples", f"matches {e!r}")
        if ok:
            good.append(t)

    # The same examples through the simulated engine, all identifiers at once.
    identifiers = [Identifier(t) for t in good]
    engine = Engine(identifiers) if identifiers else None
    for t in good if engine else []:
        for e in t.get("examples", []):
            found = engine.scan(e.encode())
            if not any(i == t["id"] for i, _, _ in found):
                others = ", ".join(sorted({i for i, _, _ in found})) or "nothing"
                fail(t["id"], "examples", f"{e!r} yields no finding in a full scan (found: {others})")
        for e in t.get("negative_examples", []):
            if any(i == t["id"] for i, _, _ in engine.scan(e.encode())):
                fail(t["id"], "negative_examples", f"{e!r} yields a finding in a full scan")
    return failures, identifiers


def summary(path, identifiers):
    with open(path, "rb") as f:
        tables = tomllib.load(f).get("identifier", [])
    n = len(tables)
    kw = sum(1 for t in tables if t.get("keywords"))
    req = sum(1 for t in tables if t.get("keyword_required"))
    ci = sum(1 for t in tables if t["regex"].startswith("(?i)"))
    ign = sum(1 for t in tables if t.get("ignore_words"))
    groups = sum(1 for d in identifiers if d.regex.groups)
    longest = max((d.max_len, d.id) for d in identifiers) if identifiers else (0, "-")
    print(f"{path}: {n} identifiers: {kw} with keywords ({req} keyword_required), {ci} (?i), "
          f"{ign} with ignore words, {groups} with a capture group; longest possible match "
          f"{longest[0]} bytes ({longest[1]})")


def text_files(roots, limit):
    """The contents of the text files under `roots`, in a stable order, up to `limit` bytes."""
    def paths():
        for root in roots:
            if os.path.isfile(root):
                yield root
                continue
            for directory, dirs, files in os.walk(root):
                dirs.sort()
                for name in sorted(files):
                    yield os.path.join(directory, name)

    total = 0
    for p in paths():
        try:
            with open(p, "rb") as f:
                data = f.read()
        except OSError:
            continue
        if b"\0" in data:  # binary: trawl skips it
            continue
        yield data
        total += len(data)
        if total >= limit:
            return


def count(identifiers, roots, mb):
    engine = Engine(identifiers)
    tally = [[0, 0] for _ in identifiers]
    size = 0
    start = time.monotonic()
    for data in text_files(roots, mb * 1_000_000):
        engine.scan(data, tally)
        size += len(data)
    took = time.monotonic() - start
    print(f"\nanchorless pass over {size / 1e6:.1f} MB of text from {', '.join(roots)} "
          f"({took:.0f} s in Python): candidates and findings per identifier, busiest first")
    rows = sorted(zip(identifiers, tally), key=lambda r: (-r[1][0], -r[1][1], r[0].id))
    for d, (cands, finds) in rows:
        if cands:
            print(f"{cands:>9} {finds:>9}  {d.id}")
    print(f"{sum(c for c, _ in tally):>9} {sum(f for _, f in tally):>9}  total")


def main():
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "custom_identifiers.toml")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", default=default)
    parser.add_argument("--count", nargs="+", metavar="PATH", help="count candidates in these files")
    parser.add_argument("--count-mb", type=int, default=5, metavar="N")
    args = parser.parse_args()
    failures, identifiers = check(args.file)
    for f in failures:
        print(f, file=sys.stderr)
    if failures:
        print(f"{len(failures)} problem(s)", file=sys.stderr)
        return 1
    summary(args.file, identifiers)
    if args.count:
        count(identifiers, args.count, args.count_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
