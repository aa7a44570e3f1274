//! The streaming session: content arrives in chunks of any size; findings come out exactly
//! once, whatever the chunking.
//!
//! The session keeps one fixed buffer of `chunk_size + window` bytes. Each round scans the
//! candidates (anchor hits and anchorless-pattern starts) that begin in the *new* part of the
//! buffer and leaves the last `max_match_len + context_after` bytes for the next round,
//! because a match starting there might not be complete yet. Before the new part it keeps
//! `context_before` bytes already scanned, so a keyword or a match that starts before the
//! candidate is still visible. A candidate is therefore judged on exactly the bytes a scan of
//! the whole content would have shown it, which is what makes chunked and whole scans equal.

use crate::compile::{AnchorTarget, Compiled, Inner, KeywordGate, RegexCacheSet, Scanner};
use crate::digits::{digit_groups, Group};
use crate::finding::Finding;
use crate::structure::{sniff, Tracker, SNIFF_LEN};
use aho_corasick::Input as AcInput;

/// Bytes per digit group of keyword-required identifiers below which their keywords are
/// searched once for the whole round (see `Session::collect_digit_candidates`): the round's
/// search costs about as much as the groups' own look-ups when they are this dense (measured
/// on generated logs and on the realcode corpus).
const GATE_BYTES_PER_GROUP: usize = 128;

use memchr::memmem;
use regex_automata::hybrid::dfa::OverlappingState;
use regex_automata::meta;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};
use std::collections::BTreeMap;
use std::io::{self, Read};
use std::sync::LazyLock;
use trawl_identifiers::validators::{self, Context, Verdict};
use trawl_identifiers::{Confidence, Severity};

/// A finding confirmed but not yet safe from being overshadowed by an overlapping one.
struct Pending {
    finding: Finding,
    slot: u32,
    /// The whole regex match, which decides overlaps: the longer one is the more specific.
    match_len: u64,
}

/// Tracks line numbers without counting any byte twice.
struct Lines {
    /// A position, the line it is on, and where that line starts (absolute offsets).
    checkpoint: (u64, u64, u64),
    cursor: (u64, u64, u64),
}

impl Lines {
    fn new() -> Self {
        Lines {
            checkpoint: (0, 1, 0),
            cursor: (0, 1, 0),
        }
    }

    /// Moves `from` forward to `to` over `buf` (which starts at absolute `base`).
    fn advance(from: (u64, u64, u64), to: u64, buf: &[u8], base: u64) -> (u64, u64, u64) {
        let (pos, mut line, mut line_start) = from;
        if to <= pos {
            return from;
        }
        let slice = &buf[(pos - base) as usize..(to - base) as usize];
        let mut newlines = memchr::memchr_iter(b'\n', slice);
        if let Some(first) = newlines.next() {
            let mut last = first;
            line += 1;
            for p in newlines {
                last = p;
                line += 1;
            }
            line_start = pos + last as u64 + 1;
        }
        (to, line, line_start)
    }

    /// Line and column of absolute `at`, which must lie in `buf` at or after the checkpoint.
    fn locate(&mut self, at: u64, buf: &[u8], base: u64) -> (u64, u64) {
        let from = if at >= self.cursor.0 {
            self.cursor
        } else {
            self.checkpoint
        };
        self.cursor = Self::advance(from, at, buf, base);
        // Only a resumed session (see `Session::resume`) can be asked about a byte before its
        // first line; its result is then discarded, so any answer will do.
        (self.cursor.1, at.saturating_sub(self.cursor.2) + 1)
    }

    /// Moves the checkpoint to `to` before the bytes in front of it are dropped.
    fn checkpoint(&mut self, to: u64, buf: &[u8], base: u64) {
        let from = if self.cursor.0 <= to && self.cursor.0 >= self.checkpoint.0 {
            self.cursor
        } else {
            self.checkpoint
        };
        self.checkpoint = Self::advance(from, to, buf, base);
        self.cursor = self.checkpoint;
    }
}

/// What a finished session found.
#[derive(Debug)]
pub struct Outcome {
    /// Findings not yet taken with [`Session::take_findings`], in order of position.
    pub findings: Vec<Finding>,
    /// Bytes scanned.
    pub bytes: u64,
    /// Reported findings per identifier id.
    pub counts: BTreeMap<String, u64>,
    /// Highest severity reached (by a finding, or by an occurrence count for identifiers with
    /// `severity_levels`).
    pub severity: Option<Severity>,
    /// Scanning stopped before the end of the content: [`Session::stop`] was called, or a
    /// finding reached the scanner's [`stop_at`](crate::ScannerBuilder::stop_at) severity.
    /// The findings and counts then cover only what was scanned.
    pub stopped: bool,
}

/// A streaming scan of one piece of content. Create it with [`Scanner::session`], call
/// [`feed`](Session::feed) with chunks of any size, then [`finish`](Session::finish).
///
/// ```
/// let scanner = trawl_scanner::Scanner::builder().build().unwrap();
/// let mut session = scanner.session();
/// session.feed(b"token: ghp_R4nd0mB0dyOfThirtyCharact");
/// session.feed(b"ers122k2fkd\n");
/// let outcome = session.finish();
/// assert_eq!(outcome.findings.len(), 1);
/// assert_eq!(outcome.findings[0].line, 1);
/// ```
pub struct Session {
    scanner: Scanner,
    /// Grows on demand up to `capacity` (small inputs never pay for a full chunk), then is
    /// reused: memory per session is bounded by `capacity`.
    buf: Vec<u8>,
    capacity: usize,
    filled: usize,
    /// Absolute offset of `buf[0]`.
    base: u64,
    /// Candidates starting before this absolute offset have been handled.
    scanned_to: u64,
    lines: Lines,
    pending: Vec<Pending>,
    ready: Vec<Finding>,
    /// Per identifier: end of the last regex match handled, so a match is judged once even
    /// when several anchors fall inside it.
    last_match_end: Vec<u64>,
    /// Per identifier: findings reported (or held under `severity_levels`).
    counts: Vec<u64>,
    held: Vec<Vec<Finding>>,
    /// Per keyword-required identifier: how far the keyword pre-check has searched, and the
    /// end of the last keyword it saw (absolute offsets).
    keyword_scan: Vec<(u64, Option<u64>)>,
    candidates: Vec<(u64, u32)>,
    /// This round's digit groups (see `collect_digit_candidates`).
    digit_groups: Vec<Group>,
    merge_scratch: Vec<(u64, u32)>,
    /// This round's search for the keywords of the gated identifiers.
    gate: GateSearch,
    /// Per identifier: the last field name asked about and whether it names a keyword (a
    /// CSV column asks the same question on every row).
    field_memo: Vec<FieldMemo>,
    captures: Vec<Option<Captures>>,
    /// Per identifier: its regex's search state. The regex's own pool hands one out per call,
    /// behind a lock for every thread but the first; a session is used by one thread at a time.
    regex_caches: RegexCacheSet,
    /// The anchorless pass's lazy DFA state, created on first use.
    anchorless_cache: Option<regex_automata::hybrid::dfa::Cache>,
    /// CSV or JSON structure, sniffed from the first bytes: where each byte sits (row and
    /// column, record and JSON path) and the field name that acts as a keyword for its value.
    structure: Option<Tracker>,
    sniffed: bool,
    stopped: bool,
    /// The lowest start of a regex match judged so far: a resumed session whose matches all
    /// start at or after its first byte judged exactly what a scan of the whole content
    /// would have judged there (see [`Session::resume`]).
    earliest_match: u64,
}

/// What a session looks like at a cut (see [`Session::cut`]): whether a session resumed
/// there from a blank state (see [`Session::resume`]) would go on exactly as this one, and
/// the line and record numbers there, counted from this session's own start.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cut {
    pub(crate) clean: bool,
    /// The 1-based line the cut starts.
    pub(crate) line: u64,
    /// Records (CSV rows, the header included; JSON documents) completed before the cut.
    pub(crate) records: u64,
}

impl Scanner {
    /// Starts a streaming scan.
    pub fn session(&self) -> Session {
        let inner = &self.inner;
        let keep = inner.max_match_len + inner.context_before + inner.context_after;
        // The first round sniffs the structure from the first SNIFF_LEN bytes, whatever the
        // chunk size, so the buffer holds at least that many.
        let capacity = (inner.options.chunk_size + 2 * keep + 64).max(2 * SNIFF_LEN);
        let n = inner.identifiers.len();
        Session {
            scanner: self.clone(),
            buf: Vec::new(),
            capacity,
            filled: 0,
            base: 0,
            scanned_to: 0,
            lines: Lines::new(),
            pending: Vec::new(),
            ready: Vec::new(),
            last_match_end: vec![0; n],
            counts: vec![0; n],
            held: (0..n).map(|_| Vec::new()).collect(),
            keyword_scan: vec![(0, None); n],
            candidates: Vec::new(),
            digit_groups: Vec::new(),
            merge_scratch: Vec::new(),
            gate: GateSearch::default(),
            field_memo: (0..n).map(|_| FieldMemo::default()).collect(),
            captures: (0..n).map(|_| None).collect(),
            regex_caches: inner.regex_caches.take(n),
            anchorless_cache: None,
            structure: None,
            sniffed: false,
            stopped: false,
            earliest_match: u64::MAX,
        }
    }

    /// A session that starts at absolute offset `at` of a content as if the bytes before
    /// had been scanned and found nothing: `prefix` holds the bytes just before `at` (at
    /// least twice the look-back context, or all of them) and `structure` the tracker state
    /// at `at` (see [`Tracker::resume_at`]). Lines are counted from 1 at `at`, which must
    /// start a line; the caller checks with [`Session::cut`] and [`Session::earliest_match`]
    /// that nothing before `at` would have changed what this session finds.
    pub(crate) fn resume(&self, at: u64, prefix: &[u8], structure: Option<Tracker>) -> Session {
        let mut session = self.session();
        let base = at - prefix.len() as u64;
        session.buf = prefix.to_vec();
        session
            .buf
            .reserve(session.capacity.saturating_sub(prefix.len()));
        session.filled = prefix.len();
        session.base = base;
        session.scanned_to = at;
        session.lines = Lines {
            checkpoint: (at, 1, at),
            cursor: (at, 1, at),
        };
        session.keyword_scan.fill((base, None));
        session.structure = structure;
        session.sniffed = true;
        session
    }

    /// Scans a whole byte slice.
    pub fn scan_bytes(&self, data: &[u8]) -> Outcome {
        let mut session = self.session();
        session.feed(data);
        session.finish()
    }

    /// Scans everything a reader yields, in chunks; memory stays bounded by the chunk size.
    ///
    /// ```
    /// let scanner = trawl_scanner::Scanner::builder().build().unwrap();
    /// let body = std::io::Cursor::new(b"AWS_ACCESS_KEY_ID=AKIAQYLPMN5HHHFPZAM2\n");
    /// let outcome = scanner.scan_reader(body).unwrap();
    /// assert_eq!(outcome.counts["AWS_ACCESS_KEY_ID"], 1);
    /// ```
    pub fn scan_reader<R: Read>(&self, reader: R) -> io::Result<Outcome> {
        let mut session = self.session();
        let mut reader = reader;
        session.feed_reader(&mut reader)?;
        Ok(session.finish())
    }

    /// Scans everything an async reader yields (an HTTP request body, an S3 object), 64 KiB at
    /// a time; memory stays bounded by the chunk size. Stops reading early when the scanner's
    /// [`stop_at`](crate::ScannerBuilder::stop_at) severity is reached. Scanning is CPU work
    /// done inline, at several hundred MB/s: for large bodies on a busy runtime, run it with
    /// `tokio::task::spawn_blocking` and a [`Session`] instead.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// let scanner = trawl_scanner::Scanner::builder().build().unwrap();
    /// let body: &[u8] = b"token: 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\n";
    /// let outcome = scanner.scan_async_reader(body).await.unwrap();
    /// assert_eq!(outcome.findings[0].id(), "GITHUB_TOKEN");
    /// # }
    /// ```
    #[cfg(feature = "tokio")]
    pub async fn scan_async_reader<R: tokio::io::AsyncRead + Unpin>(
        &self,
        mut reader: R,
    ) -> io::Result<Outcome> {
        use tokio::io::AsyncReadExt;
        let mut session = self.session();
        let mut chunk = vec![0u8; 64 * 1024];
        while !session.is_stopped() {
            let n = reader.read(&mut chunk).await?;
            if n == 0 {
                break;
            }
            session.feed(&chunk[..n]);
        }
        Ok(session.finish())
    }
}

impl Session {
    /// Bytes fed so far.
    pub fn bytes(&self) -> u64 {
        self.base + self.filled as u64
    }

    /// Adds content. Scans whenever a chunk's worth has accumulated. Ignored once stopped.
    pub fn feed(&mut self, mut data: &[u8]) {
        while !data.is_empty() && !self.stopped {
            if self.filled + data.len() > self.buf.len() && self.buf.len() < self.capacity {
                // Double, at least to what this call brings, at most to the capacity.
                let want = (self.filled + data.len())
                    .max(2 * self.buf.len())
                    .min(self.capacity);
                self.buf.resize(want, 0);
            }
            let room = self.buf.len() - self.filled;
            let n = room.min(data.len());
            self.buf[self.filled..self.filled + n].copy_from_slice(&data[..n]);
            self.filled += n;
            data = &data[n..];
            if self.filled == self.capacity {
                self.round(false);
            }
        }
    }

    /// Reads `reader` to its end straight into the session's buffer. On an error, what was
    /// read before it has been fed; the caller decides whether the result is PARTIAL.
    pub fn feed_reader<R: Read + ?Sized>(&mut self, reader: &mut R) -> io::Result<u64> {
        let mut total = 0;
        loop {
            match self.feed_once(reader)? {
                0 => return Ok(total),
                n => total += n as u64,
            }
        }
    }

    /// One `read` from `reader` straight into the session's buffer (scanning first if the
    /// buffer is full). Returns the bytes read: 0 at the end of the reader.
    pub fn feed_once<R: Read + ?Sized>(&mut self, reader: &mut R) -> io::Result<usize> {
        if self.filled == self.buf.len() && self.buf.len() < self.capacity {
            // Grow by doubling from 16 KiB: zeroing a full chunk for every small file cost a
            // third of the time of a source-tree scan.
            // (`max` then `min`, not `clamp`: a small chunk size makes the capacity the lower.)
            let want = (2 * self.buf.len()).max(16 << 10).min(self.capacity);
            self.buf.resize(want, 0);
        }
        if self.filled == self.capacity {
            self.round(false);
        }
        if self.stopped {
            return Ok(0);
        }
        loop {
            match reader.read(&mut self.buf[self.filled..]) {
                Ok(n) => {
                    self.filled += n;
                    return Ok(n);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Findings settled so far, in order of position; they will not be returned again.
    pub fn take_findings(&mut self) -> Vec<Finding> {
        std::mem::take(&mut self.ready)
    }

    /// Settled findings not yet taken.
    pub fn findings(&self) -> &[Finding] {
        &self.ready
    }

    /// Scans what is left and reports everything not yet taken.
    pub fn finish(mut self) -> Outcome {
        self.round(true);
        self.outcome()
    }

    /// Scans the candidates before absolute offset `at` (the bytes fed must reach
    /// `at + lookahead()`, or the end of the content) and tells whether a session resumed at
    /// `at` would go on exactly as this one: the structure is at a record start like the
    /// resumed one's (`resumable`, see [`Tracker::resumes_like`]) and no match judged here
    /// reaches past `at`. Scanning can go on after a cut as if it had not happened.
    pub(crate) fn cut(&mut self, at: u64, resumable: Option<&Tracker>) -> Cut {
        debug_assert!(at >= self.scanned_to && at <= self.bytes());
        self.round_to(at, false);
        let clean_structure = match (&self.structure, resumable) {
            (None, None) => true,
            (Some(tracker), Some(resumed)) => tracker.resumes_like(resumed),
            _ => false,
        };
        let (line, _) = self.lines.locate(at, &self.buf[..self.filled], self.base);
        Cut {
            clean: !self.stopped
                && clean_structure
                && self.last_match_end.iter().all(|&end| end <= at)
                && self.held.iter().all(Vec::is_empty),
            line,
            records: self.structure.as_ref().map_or(0, Tracker::records),
        }
    }

    /// Ends the session at its last [`cut`](Session::cut) without scanning further: the
    /// findings before the cut are settled and reported.
    pub(crate) fn finish_cut(mut self) -> Outcome {
        let inner = self.scanner.inner.clone();
        self.settle(&inner, u64::MAX);
        self.outcome()
    }

    /// The lowest start of a regex match judged so far (`u64::MAX` before the first).
    pub(crate) fn earliest_match(&self) -> u64 {
        self.earliest_match
    }

    /// [`finish`](Session::finish), with the lowest start of a match judged, the last
    /// round's included (most of a short block's candidates are judged there).
    pub(crate) fn finish_judged(mut self) -> (Outcome, u64) {
        self.round(true);
        let earliest_match = self.earliest_match;
        (self.outcome(), earliest_match)
    }

    /// Bytes past a candidate its judgement may look at: a cut at `at` needs the content up
    /// to `at + lookahead()`.
    pub(crate) fn lookahead(&self) -> u64 {
        let inner = &self.scanner.inner;
        (inner.max_match_len + inner.context_after) as u64
    }

    /// Bytes before its first one a resumed session needs (see [`Scanner::resume`]).
    pub(crate) fn lookbehind(&self) -> u64 {
        2 * self.scanner.inner.context_before as u64
    }

    /// Counts, severity and the findings not yet taken, once everything is settled.
    fn outcome(mut self) -> Outcome {
        let inner = &*self.scanner.inner;
        let mut counts = BTreeMap::new();
        let mut severity = None;
        for (slot, compiled) in inner.identifiers.iter().enumerate() {
            let count = self.counts[slot];
            let reached = level_reached(compiled, count);
            // Held occurrences below the lowest threshold are not findings (Macie's rule).
            if count == 0 || reached.is_none_or(|r| r < inner.options.min_severity) {
                continue;
            }
            counts.insert(compiled.def.id.clone(), count);
            severity = severity.max(reached);
        }
        // Once stopped, only what was scanned counts.
        let bytes = if self.stopped {
            self.scanned_to
        } else {
            self.bytes()
        };
        Outcome {
            findings: std::mem::take(&mut self.ready),
            bytes,
            counts,
            severity,
            stopped: self.stopped,
        }
    }

    /// Stops early: later `feed` calls are ignored and `finish` reports what was settled.
    pub fn stop(&mut self) {
        self.stopped = true;
    }

    /// Whether the session has stopped (see [`Outcome::stopped`]).
    pub fn is_stopped(&self) -> bool {
        self.stopped
    }

    fn round(&mut self, last: bool) {
        let end = self.base + self.filled as u64;
        let limit = if last {
            end
        } else {
            end.saturating_sub(self.lookahead()).max(self.scanned_to)
        };
        self.round_to(limit, last);
    }

    /// Scans the candidates in `[scanned_to, limit)`; `last` when the content ends at the
    /// end of the buffer.
    fn round_to(&mut self, limit: u64, last: bool) {
        let inner = self.scanner.inner.clone();
        if !self.sniffed {
            self.sniffed = true;
            let head = &self.buf[..self.filled.min(SNIFF_LEN)];
            self.structure = sniff(head).map(Tracker::new);
        }
        if !self.stopped && limit > self.scanned_to {
            self.collect_candidates(&inner, limit);
            let mut candidates = std::mem::take(&mut self.candidates);
            for &(at, slot) in &candidates {
                self.confirm(&inner, at, slot as usize);
            }
            candidates.clear();
            self.candidates = candidates;
        }
        if !self.stopped {
            self.scanned_to = limit;
            // The structure must have seen every byte before the bytes are dropped.
            self.advance_structure(limit);
        }
        // Findings ending before any future match could start are final.
        let settle_before = if last {
            u64::MAX
        } else {
            limit.saturating_sub(inner.max_match_len as u64)
        };
        self.settle(&inner, settle_before);
        if last {
            return;
        }
        // Keep the look-back context before the next candidates and the unscanned tail.
        let keep_from = limit
            .saturating_sub(inner.context_before as u64)
            .max(self.base);
        let drop = (keep_from - self.base) as usize;
        if drop > 0 {
            self.lines
                .checkpoint(keep_from, &self.buf[..self.filled], self.base);
            self.buf.copy_within(drop..self.filled, 0);
            self.filled -= drop;
            self.base = keep_from;
        }
    }

    /// Candidate starts in `[scanned_to, limit)`, sorted by position.
    fn collect_candidates(&mut self, inner: &Inner, limit: u64) {
        if let Some(gate) = &inner.keyword_gate {
            self.gate.start_round(gate);
        }
        let hay = &self.buf[..self.filled];
        let from = (self.scanned_to - self.base) as usize;
        let to = (limit - self.base) as usize;
        if let Some(ac) = &inner.anchors {
            // Only anchors starting before `to` are candidates of this round; they may end past
            // it, so the span reaches `max_anchor_len - 1` bytes further.
            let span_end = (to + inner.max_anchor_len.saturating_sub(1)).min(hay.len());
            let input = AcInput::new(hay).span(from..span_end);
            for m in ac.find_iter(input) {
                let mut push = |at: usize, pattern: usize| {
                    if at < to {
                        let len = inner.anchor_patterns[pattern].len();
                        let targets = &inner.anchor_targets[pattern];
                        push_anchor_hit(&mut self.candidates, hay, self.base, at, len, targets);
                    }
                };
                push(m.start(), m.pattern().as_usize());
                // Anchors starting inside this match were stepped over: check them here.
                for &(offset, other) in &inner.anchor_extras[m.pattern().as_usize()] {
                    let at = m.start() + offset;
                    if hay[at..].starts_with(&inner.anchor_patterns[other]) {
                        push(at, other);
                    }
                }
            }
        }
        let after_anchors = self.candidates.len();
        if let [(byte, targets)] = inner.byte_anchors.as_slice() {
            // One byte (`@` of the built-ins): memchr compares once per byte where memchr3
            // compares three times.
            for p in memchr::memchr_iter(*byte, &hay[from..to]) {
                push_anchor_hit(&mut self.candidates, hay, self.base, from + p, 1, targets);
            }
        } else if !inner.byte_anchors.is_empty() {
            // At most three bytes (see `compile`); repeating the last fills the memchr3 set.
            let byte = |i: usize| inner.byte_anchors[i.min(inner.byte_anchors.len() - 1)].0;
            let region = &hay[from..to];
            for p in memchr::memchr3_iter(byte(0), byte(1), byte(2), region) {
                for (b, targets) in &inner.byte_anchors {
                    if *b == region[p] {
                        let candidates = &mut self.candidates;
                        push_anchor_hit(candidates, hay, self.base, from + p, 1, targets);
                    }
                }
            }
        }
        let after_bytes = self.candidates.len();
        if let Some(anchorless) = &inner.anchorless {
            // Anchorless candidates are match *ends* in (from, to]: the search starts far enough
            // back to see any match ending in this round, and one ending exactly at `from` was
            // the previous round's. Bytes past `to` stay visible to `\b` and other assertions.
            let max_len = inner.max_anchorless_len;
            let start = from.saturating_sub(max_len);
            let cache = self
                .anchorless_cache
                .get_or_insert_with(|| anchorless.all.create_cache());
            for m in anchorless
                .leftmost
                .find_iter(Input::new(hay).range(start..to))
            {
                // No pattern matches before `m.start()` (leftmost), so every match this one could
                // hide starts inside it: list all matches anchored at each of its bytes (this one
                // included). Anchored searches die within a few bytes where nothing matches.
                for at in m.start()..m.end() {
                    let input = Input::new(hay)
                        .range(at..(at + max_len).min(to))
                        .anchored(Anchored::Yes);
                    let mut state = OverlappingState::start();
                    while anchorless
                        .all
                        .try_search_overlapping_fwd(cache, &input, &mut state)
                        .is_ok()
                    {
                        let Some(half) = state.get_match() else { break };
                        if half.offset() > from {
                            let slot = inner.anchorless_targets[half.pattern().as_usize()];
                            self.candidates
                                .push((self.base + half.offset() as u64, slot));
                        }
                    }
                }
            }
        }
        let after_anchorless = self.candidates.len();
        if !inner.digit_targets.is_empty() {
            self.collect_digit_candidates(inner, from, to);
        }
        // Each source yields its candidates (nearly) in order; merging the runs is linear
        // where one sort of them all was a good part of a dense round.
        let runs = [
            0,
            after_anchors,
            after_bytes,
            after_anchorless,
            self.candidates.len(),
        ];
        merge_runs(&mut self.candidates, &mut self.merge_scratch, &runs);
        self.candidates.dedup();
    }

    /// Candidates of the numeric identifiers: the digit groups starting in `from..to` (relative
    /// to the buffer), in order of position.
    ///
    /// In plain text a keyword-required identifier's group with no keyword of its own within
    /// reach would fail its keyword check, so it never becomes a candidate: source code has a
    /// 3- or 4-digit number every few lines, and each was a candidate of four such
    /// identifiers, merged and confirmed only to be dropped. (In CSV and JSON the field name
    /// may stand for the keyword: there `confirm` asks.) The keywords are searched once for
    /// the whole round in number-dense text, else only around the groups.
    fn collect_digit_candidates(&mut self, inner: &Inner, from: usize, to: usize) {
        let hay = &self.buf[..self.filled];
        let groups = &mut self.digit_groups;
        groups.clear();
        let gated_min = inner.min_digits_gated;
        let mut gated = 0usize;
        let (min, min_upper) = (inner.min_digits_any, inner.min_digits_after_uppercase);
        digit_groups(
            hay,
            from,
            to,
            min,
            min_upper,
            inner.max_min_digits,
            |group| {
                gated += usize::from(gated_min.is_some_and(|m| group.digits >= m));
                groups.push(group);
            },
        );
        if let Some(gate) = inner.keyword_gate.as_ref() {
            if gated > 0 && gated * GATE_BYTES_PER_GROUP >= to - from {
                let back = from.saturating_sub(gate.max_before as usize);
                self.gate.search(hay, self.base, gate, back, hay.len());
            }
        }
        let gate = inner
            .keyword_gate
            .as_ref()
            .filter(|_| self.structure.is_none());
        for group in &self.digit_groups {
            let at = self.base + group.start as u64;
            for target in &inner.digit_targets {
                let eligible = group.digits >= target.min_digits
                    && (!group.after_uppercase || target.after_uppercase)
                    && (group.after_uppercase || !target.only_after_uppercase);
                if !eligible {
                    continue;
                }
                let pass = match (gate, target.gate) {
                    (Some(gate), Some(g)) => self.gate.keyword_near(hay, self.base, gate, g, at),
                    _ => true,
                };
                if pass {
                    self.candidates.push((at, target.slot));
                }
            }
        }
        // `confirm` walks the same hits again from the start.
        self.gate.rewind();
    }

    /// Lets the structure tracker consume the content up to absolute offset `to`.
    fn advance_structure(&mut self, to: u64) {
        if let Some(tracker) = &mut self.structure {
            let from = tracker.offset();
            if to > from {
                let hay = &self.buf[..self.filled];
                tracker.consume(&hay[(from - self.base) as usize..(to - self.base) as usize]);
            }
        }
    }

    /// The first match of an anchored identifier that contains the anchor hit at `at`.
    fn match_around(
        &self,
        compiled: &Compiled,
        cache: &mut meta::Cache,
        at: u64,
        window_start: u64,
        window_end: u64,
    ) -> Option<(u64, u64)> {
        let hay = &self.buf[..self.filled];
        let rel = |abs: u64| (abs - self.base) as usize;
        let mut search_from = window_start;
        loop {
            let input = Input::new(hay).range(rel(search_from)..rel(window_end));
            let m = compiled.regex.search_with(cache, &input)?;
            let (ms, me) = (self.base + m.start() as u64, self.base + m.end() as u64);
            if ms > at {
                return None;
            }
            if me > at {
                return Some((ms, me));
            }
            search_from = me.max(ms + 1);
            if search_from >= window_end {
                return None;
            }
        }
    }

    /// The match of an anchorless identifier that ends at `end` (where the multi-pattern pass
    /// saw one), not overlapping the identifier's previous match.
    fn anchorless_match(
        &self,
        compiled: &Compiled,
        cache: &mut meta::Cache,
        end: u64,
        slot: usize,
    ) -> Option<(u64, u64)> {
        let hay = &self.buf[..self.filled];
        let rel = |abs: u64| (abs - self.base) as usize;
        let lowest = end
            .saturating_sub(compiled.def.max_match_len as u64)
            .max(self.base)
            .max(self.last_match_end[slot]);
        let mut search_from = lowest;
        while search_from < end {
            let input = Input::new(hay).range(rel(search_from)..rel(end));
            let m = compiled.regex.search_with(cache, &input)?;
            let (ms, me) = (self.base + m.start() as u64, self.base + m.end() as u64);
            if me == end {
                return Some((ms, me));
            }
            search_from = ms + 1;
        }
        None
    }

    /// Runs one identifier's regex around a candidate and, when a match contains it, the
    /// identifier's validators and context rules.
    fn confirm(&mut self, inner: &Inner, at: u64, slot: usize) {
        // Inside a match of this identifier already judged (for anchorless identifiers `at`
        // is a match end, and one at the previous match's end is that match).
        let def = &inner.identifiers[slot].def;
        let anchorless = def.anchors.is_empty() && def.min_digits.is_none();
        if at < self.last_match_end[slot] || (anchorless && at == self.last_match_end[slot]) {
            return;
        }
        self.advance_structure(at);
        let compiled = &inner.identifiers[slot];
        let max_len = compiled.def.max_match_len as u64;
        let hay = &self.buf[..self.filled];
        let window_start = at
            .saturating_sub(compiled.def.anchor_lookbehind as u64)
            .max(self.base);
        let window_end = (at + max_len).min(self.base + self.filled as u64);
        let rel = |abs: u64| (abs - self.base) as usize;
        // Whether the field name holds a keyword, once asked.
        let mut in_field = None;
        // When a keyword is required and none is near (nor in the field name), the regex need
        // not run: numeric identifiers see many candidates and few keywords.
        if compiled.def.keyword_required {
            let gated = inner
                .keyword_gate
                .as_ref()
                .and_then(|gate| gate.of_slot[slot].map(|g| (gate, g)));
            let near = match gated {
                // One search for the keywords of all gated identifiers, only where candidates
                // are (each identifier looking for its own searched the same bytes up to four
                // times), or over the whole round in number-dense text.
                Some((gate, g)) => self.gate.keyword_near(hay, self.base, gate, g, at),
                None => match &compiled.keywords {
                    Some(keywords) => {
                        let reach = compiled.keyword_reach as u64;
                        let lo = at.saturating_sub(reach).max(self.base);
                        // A keyword ending in reach may start before it: the search starts
                        // that much earlier, so what it finds never depends on what earlier
                        // windows saw (a resumed session has seen none).
                        let lo_search = lo
                            .saturating_sub(compiled.max_keyword_len as u64)
                            .max(self.base);
                        // Candidates come in order, so windows overlap: search only the bytes
                        // the last window of this identifier did not cover (keywords
                        // straddling its end included), and remember the last keyword seen.
                        let (searched_to, last_keyword_end) = self.keyword_scan[slot];
                        let from = if searched_to > lo_search {
                            searched_to
                                .saturating_sub(compiled.max_keyword_len as u64)
                                .max(lo_search)
                        } else {
                            lo_search
                        };
                        let mut last = last_keyword_end;
                        if window_end > from {
                            keywords.find_words(hay, rel(from), rel(window_end), |_, _, end| {
                                last = last.max(Some(self.base + end as u64));
                                true
                            });
                        }
                        self.keyword_scan[slot] = (window_end.max(searched_to), last);
                        last.is_some_and(|end| end >= lo)
                    }
                    None => true,
                },
            };
            if !near {
                let field = field_keyword(&self.structure, compiled, &mut self.field_memo[slot]);
                in_field = Some(field);
                if !field {
                    return;
                }
            }
        }
        let mut cache = self.regex_caches[slot]
            .take()
            .unwrap_or_else(|| Box::new(compiled.regex.create_cache()));
        let found = if compiled.def.anchors.is_empty() && compiled.def.min_digits.is_none() {
            self.anchorless_match(compiled, &mut cache, at, slot)
        } else {
            self.match_around(compiled, &mut cache, at, window_start, window_end)
        };
        // The reported value: the first capture group that took part, else the whole match.
        let spans = found.map(|(ms, me)| {
            if !compiled.has_groups {
                return (ms, me, ms, me);
            }
            let bounds = compiled.value_bounds.as_ref();
            let ruled = bounds.and_then(|b| b.locate(hay, rel(ms), rel(me)));
            if let Some((vs, ve)) = ruled {
                debug_assert_eq!(
                    Some((vs, ve)),
                    captured_value(
                        compiled,
                        &mut cache,
                        &mut self.captures[slot],
                        hay,
                        ms,
                        me,
                        self.base
                    ),
                    "{}: value bounds rule and capture engine disagree",
                    compiled.def.id
                );
                return (ms, me, self.base + vs as u64, self.base + ve as u64);
            }
            let captures = &mut self.captures[slot];
            match captured_value(compiled, &mut cache, captures, hay, ms, me, self.base) {
                Some((vs, ve)) => (ms, me, self.base + vs as u64, self.base + ve as u64),
                None => (ms, me, ms, me),
            }
        });
        self.regex_caches[slot] = Some(cache);
        let Some((ms, me, vs, ve)) = spans else {
            return;
        };
        self.last_match_end[slot] = me;
        self.earliest_match = self.earliest_match.min(ms);
        if ve <= vs {
            return;
        }
        // Macie's rule: an ignore word anywhere in the match (not only the value) drops it.
        if let Some(words) = &compiled.ignore_words {
            if words.is_match(&hay[rel(ms)..rel(me)]) {
                return;
            }
        }
        let value = &hay[rel(vs)..rel(ve)];
        if inner.allow.allows(value) {
            return;
        }
        // The field name first: it is short, and in CSV and JSON it usually decides.
        let in_field = in_field.unwrap_or_else(|| {
            field_keyword(&self.structure, compiled, &mut self.field_memo[slot])
        });
        let keyword_found = in_field
            || match &compiled.keywords {
                Some(keywords) => {
                    // Macie's rule: a keyword before the value, at most `maximum_match_distance`
                    // bytes from the keyword's end to the value's end.
                    let distance = compiled.def.maximum_match_distance as u64;
                    let lo = ve
                        .saturating_sub(distance + compiled.max_keyword_len as u64)
                        .max(self.base);
                    // In CSV and JSON, only a keyword in the value's own cell or string counts
                    // (the column name or key is checked separately, as the field).
                    let breaks = self.structure.as_ref().map(Tracker::cell_breaks);
                    // Searching stops (returns false) at the first keyword that counts.
                    !keywords.find_words(hay, rel(lo), rel(vs), |_, _, k_end| {
                        let counts = ve - (self.base + k_end as u64) <= distance
                            && breaks.is_none_or(|[a, b, c]| {
                                memchr::memchr3(a, b, c, &hay[k_end..rel(vs)]).is_none()
                            });
                        !counts
                    })
                }
                None => false,
            };
        if compiled.def.keyword_required && !keyword_found {
            return;
        }
        let mut details = Vec::new();
        let context = Context {
            keyword: keyword_found,
            phone_regions: &inner.options.phone_regions,
            today: inner.options.today,
        };
        let mut published = false;
        for (_, validate) in &compiled.def.validators {
            match validate(value, &context, &mut details) {
                Verdict::Invalid => return,
                Verdict::Example => published = true,
                Verdict::Valid => {}
            }
        }
        let example = published
            || compiled.example_values.contains(value)
            || (compiled.def.placeholder_check && validators::looks_like_placeholder(value));
        if example {
            if !inner.options.include_examples {
                return;
            }
            details.push(("example", "true".to_string()));
        }
        if inner.options.inline_allows && inline_allow(hay, rel(vs), rel(ve), &compiled.def.id) {
            return;
        }
        let confidence = if keyword_found {
            Confidence::High
        } else {
            compiled.def.confidence
        };
        let (line, column) = self.lines.locate(vs, hay, self.base);
        let finding = Finding {
            identifier: compiled.meta.clone(),
            severity: compiled.def.severity,
            confidence,
            start: vs,
            end: ve,
            line,
            column,
            value: value.to_vec(),
            redacted: crate::redact::redact(value),
            fingerprint: String::new(),
            details,
            location: self.structure.as_ref().map(Tracker::location),
            container: Vec::new(),
        };
        self.pending.push(Pending {
            finding,
            slot: slot as u32,
            match_len: me - ms,
        });
    }

    /// Resolves overlaps among pending findings and reports those ending before `before`.
    fn settle(&mut self, inner: &Inner, before: u64) {
        if self.pending.is_empty() {
            return;
        }
        // Where values overlap, the more severe finding wins (a URL's password over the
        // email address its `password@host` looks like), then the longer whole match, the
        // more specific identifier (a service-account JSON over the key inside it, track data
        // over the card number in it); ties go to the earlier identifier.
        //
        // Findings in different groups of overlapping values never affect each other, so the
        // rule runs per group; most groups are one finding, kept as it is (a PII-dense CSV
        // settles tens of thousands at once).
        let pending = &self.pending;
        // In report order, (start, identifier); the groups need only the start order. Indices
        // are sorted, not the findings: a `Pending` is a few hundred bytes to move.
        let mut by_start: Vec<usize> = (0..pending.len()).collect();
        by_start.sort_by_key(|&i| (pending[i].finding.start, pending[i].slot));
        let mut keep = vec![false; pending.len()];
        let mut group_start = 0;
        let mut group_end = 0;
        for (n, &i) in by_start.iter().enumerate() {
            let f = &pending[i].finding;
            if n > group_start && f.start >= group_end {
                settle_group(pending, &by_start[group_start..n], &mut keep);
                group_start = n;
            }
            group_end = if n == group_start {
                f.end
            } else {
                group_end.max(f.end)
            };
        }
        settle_group(pending, &by_start[group_start..], &mut keep);
        let mut taken: Vec<Option<Pending>> = std::mem::take(&mut self.pending)
            .into_iter()
            .map(Some)
            .collect();
        let mut remaining = Vec::new();
        for i in by_start {
            let Some(pending) = taken[i].take().filter(|_| keep[i]) else {
                continue;
            };
            if pending.finding.end <= before {
                self.report(inner, pending);
            } else {
                remaining.push(pending);
            }
        }
        self.pending = remaining;
    }

    fn report(&mut self, inner: &Inner, pending: Pending) {
        let slot = pending.slot as usize;
        let compiled = &inner.identifiers[slot];
        let mut finding = pending.finding;
        self.counts[slot] += 1;
        let count = self.counts[slot];
        let levels = &compiled.def.severity_levels;
        if let Some(severity) = level_reached(compiled, count) {
            finding.severity = severity;
        }
        if inner.options.fingerprints {
            finding.fingerprint = inner.fingerprinter.fingerprint(
                slot as u32,
                &compiled.def.id,
                &finding.value,
                compiled.def.low_entropy,
            );
        }
        if !levels.is_empty() && count < levels[0].occurrences_threshold {
            finding.severity = levels[0].severity;
            self.held[slot].push(finding);
            return;
        }
        if finding.severity < inner.options.min_severity {
            return;
        }
        let held = std::mem::take(&mut self.held[slot]);
        for h in held {
            if h.severity >= inner.options.min_severity {
                self.ready.push(h);
            }
        }
        let stop = inner
            .options
            .stop_at
            .is_some_and(|at| finding.severity >= at);
        self.ready.push(finding);
        if stop {
            // Gatekeeping: one finding this severe decides; the rest is not worth reading.
            self.stopped = true;
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let caches = std::mem::take(&mut self.regex_caches);
        self.scanner.inner.regex_caches.give_back(caches);
    }
}

/// The first capture group that took part in the match `[ms, me)` (absolute offsets), relative
/// to the buffer, by the capture engine.
fn captured_value(
    compiled: &Compiled,
    cache: &mut meta::Cache,
    captures: &mut Option<Captures>,
    hay: &[u8],
    ms: u64,
    me: u64,
    base: u64,
) -> Option<(usize, usize)> {
    let caps = captures.get_or_insert_with(|| compiled.regex.create_captures());
    let input = Input::new(hay)
        // The match is known to end at `me`: assertions still see the bytes around it, and a
        // shorter haystack keeps the capture engine's work small.
        .range((ms - base) as usize..(me - base) as usize)
        .anchored(regex_automata::Anchored::Yes);
    compiled.regex.search_captures_with(cache, &input, caps);
    (1..caps.group_len())
        .find_map(|g| caps.get_group(g))
        .map(|span| (span.start, span.end))
}

/// Marks in `keep` which of one group of overlapping pending findings are reported (see
/// `Session::settle` for the order of preference).
fn settle_group(pending: &[Pending], group: &[usize], keep: &mut [bool]) {
    if let [only] = group {
        keep[*only] = true;
        return;
    }
    let mut order = group.to_vec();
    order.sort_by(|&a, &b| {
        let (pa, pb) = (&pending[a], &pending[b]);
        pb.finding
            .severity
            .cmp(&pa.finding.severity)
            .then(pb.match_len.cmp(&pa.match_len))
            .then(pa.slot.cmp(&pb.slot))
            .then(pa.finding.start.cmp(&pb.finding.start))
    });
    // Kept values never overlap each other, so the one starting last before `f.end` is the
    // only one `f` can overlap.
    let mut kept: BTreeMap<u64, u64> = BTreeMap::new();
    for i in order {
        let f = &pending[i].finding;
        let overlaps = kept
            .range(..f.end)
            .next_back()
            .is_some_and(|(_, &end)| end > f.start);
        if !overlaps {
            kept.insert(f.start, f.end);
            keep[i] = true;
        }
    }
}

/// The severity an identifier's occurrence count reaches: its own severity without
/// `severity_levels`, otherwise the highest level whose threshold the count reaches (`None`
/// below the lowest).
fn level_reached(compiled: &Compiled, count: u64) -> Option<Severity> {
    let levels = &compiled.def.severity_levels;
    if levels.is_empty() {
        return (count > 0).then_some(compiled.def.severity);
    }
    levels
        .iter()
        .filter(|l| count >= l.occurrences_threshold)
        .map(|l| l.severity)
        .next_back()
}

fn remember_column(memo: &mut FieldMemo, column: usize, keyword: bool) {
    if memo.by_column.len() <= column {
        memo.by_column.resize(column + 1, None);
    }
    memo.by_column[column] = Some(keyword);
}

/// Sorts `items`, made of consecutive runs (`runs` holds their bounds, ascending), each
/// sorted first if it is not already, then merged pairwise through `scratch`.
fn merge_runs<T: Ord + Copy>(items: &mut [T], scratch: &mut Vec<T>, runs: &[usize]) {
    let mut bounds: Vec<(usize, usize)> = runs
        .windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|(a, b)| b > a)
        .collect();
    for &(a, b) in &bounds {
        if !items[a..b].is_sorted() {
            items[a..b].sort_unstable();
        }
    }
    while bounds.len() > 1 {
        // Merge the first two runs into one, in place via the scratch buffer.
        let (a, mid) = bounds[0];
        let (_, b) = bounds[1];
        scratch.clear();
        let (mut i, mut j) = (a, mid);
        while i < mid && j < b {
            if items[j] < items[i] {
                scratch.push(items[j]);
                j += 1;
            } else {
                scratch.push(items[i]);
                i += 1;
            }
        }
        scratch.extend_from_slice(&items[i..mid]);
        scratch.extend_from_slice(&items[j..b]);
        items[a..b].copy_from_slice(scratch);
        bounds.splice(0..2, [(a, b)]);
    }
}

/// The candidates of an anchor hit `len` bytes long at `hay[at..]` (the buffer starting at
/// absolute `base`): each identifier of the anchor whose regex allows the bytes around it.
fn push_anchor_hit(
    candidates: &mut Vec<(u64, u32)>,
    hay: &[u8],
    base: u64,
    at: usize,
    len: usize,
    targets: &[AnchorTarget],
) {
    for target in targets {
        if target.context.allows(hay, at, len) {
            candidates.push((base + at as u64, target.slot));
        }
    }
}

/// One round's search for the keywords of the gated identifiers (see `KeywordGate`): the
/// round-wide search in number-dense text, or the searches around digit groups.
#[derive(Default)]
struct GateSearch {
    /// Per gated identifier: ends of its keywords found this round, ascending, and the first
    /// one not yet behind the digit groups.
    hits: Vec<Vec<u64>>,
    cursors: Vec<usize>,
    /// How far (absolute) this round's search has gone.
    searched_to: Option<u64>,
}

impl GateSearch {
    fn start_round(&mut self, gate: &KeywordGate) {
        self.hits.resize_with(gate.reach.len(), Vec::new);
        self.hits.iter_mut().for_each(Vec::clear);
        self.cursors.clear();
        self.cursors.resize(gate.reach.len(), 0);
        self.searched_to = None;
    }

    /// Moves every identifier's cursor back to the round's first keyword.
    fn rewind(&mut self) {
        self.cursors.iter_mut().for_each(|c| *c = 0);
    }

    /// Whether gated identifier `g` has a keyword of its own within reach of a candidate at
    /// `at`, searching the keywords around the candidate first where this round's search has
    /// not reached yet. `hay` is the round's buffer, starting at absolute `base`.
    fn keyword_near(
        &mut self,
        hay: &[u8],
        base: u64,
        gate: &KeywordGate,
        g: usize,
        at: u64,
    ) -> bool {
        let lo = at.saturating_sub(gate.max_before).max(base);
        let hi = (at + gate.max_after).min(base + hay.len() as u64);
        if self.searched_to.is_none_or(|t| t < hi) {
            self.search(hay, base, gate, (lo - base) as usize, (hi - base) as usize);
        }
        keyword_in_reach(&self.hits[g], &mut self.cursors[g], gate.reach[g], at)
    }

    /// Finds the keywords in `hay[from..to]` past those found already this round.
    fn search(&mut self, hay: &[u8], base: u64, gate: &KeywordGate, from: usize, to: usize) {
        let seen = self.searched_to;
        // A keyword ending past the last search's end may start before it.
        let from = match seen {
            Some(t) if t > base + from as u64 => ((t - base) as usize)
                .saturating_sub(gate.max_keyword_len)
                .max(from),
            _ => from,
        };
        if to > from {
            gate.keywords.find_words(hay, from, to, |pattern, _, end| {
                let end = base + end as u64;
                if seen.is_none_or(|t| end > t) {
                    // Found in no particular order: kept ascending for `keyword_in_reach`.
                    let hits = &mut self.hits[gate.owner[pattern]];
                    match hits.last() {
                        Some(&last) if last > end => {
                            hits.insert(hits.partition_point(|&e| e <= end), end);
                        }
                        _ => hits.push(end),
                    }
                }
                true
            });
        }
        let to = base + to as u64;
        self.searched_to = Some(seen.map_or(to, |t| t.max(to)));
    }
}

/// Whether a gated identifier has a keyword of its own within `reach` (before, after) of a
/// candidate at `at`. Candidates come in order of position, so `cursor` only moves forward
/// past keywords too far behind.
fn keyword_in_reach(hits: &[u64], cursor: &mut usize, reach: (u64, u64), at: u64) -> bool {
    let (before, after) = reach;
    while *cursor < hits.len() && hits[*cursor] + before < at {
        *cursor += 1;
    }
    *cursor < hits.len() && hits[*cursor] <= at + after
}

/// The answers of [`field_keyword`] for one identifier: a CSV asks the same few questions on
/// every row, in turn for each column.
#[derive(Default)]
struct FieldMemo {
    /// Per CSV/TSV column (once the header is read): whether its name is a keyword.
    by_column: Vec<Option<bool>>,
    /// (field name, whether it names a keyword), at most `FIELD_MEMO_LEN`, replaced in turn.
    answers: Vec<(Vec<u8>, bool)>,
    next: usize,
}

/// Columns remembered by number; wider files fall back to the name memo.
const COLUMN_MEMO_LEN: usize = 1024;

const FIELD_MEMO_LEN: usize = 16;

/// Whether the field (CSV column or JSON key) at the structure's position names one of the
/// identifier's keywords: `date_of_birth`, `dateOfBirth` and `DOB` are keywords of a birth
/// date.
fn field_keyword(structure: &Option<Tracker>, compiled: &Compiled, memo: &mut FieldMemo) -> bool {
    let (Some(tracker), Some(keywords)) = (structure, &compiled.keywords) else {
        return false;
    };
    let column = tracker.column().filter(|&c| c < COLUMN_MEMO_LEN);
    if let Some(Some(keyword)) = column.and_then(|c| memo.by_column.get(c)) {
        return *keyword;
    }
    let Some(field) = tracker.field() else {
        return false;
    };
    if let Some(&(_, keyword)) = memo.answers.iter().find(|(name, _)| name == field) {
        if let Some(c) = column {
            remember_column(memo, c, keyword);
        }
        return keyword;
    }
    // Split camelCase and separators into words: `dateOfBirth` → `date of birth`.
    let mut words = [0u8; 160];
    let mut n = 0;
    for (i, &b) in field.iter().enumerate() {
        if n + 2 > words.len() {
            break;
        }
        let boundary = b.is_ascii_uppercase() && i > 0 && field[i - 1].is_ascii_lowercase();
        if boundary {
            words[n] = b' ';
            n += 1;
        }
        words[n] = if matches!(b, b'_' | b'-' | b'.' | b'/') {
            b' '
        } else {
            b
        };
        n += 1;
    }
    let words = &words[..n];
    let keyword = !keywords.find_words(words, 0, words.len(), |_, _, _| false);
    if let Some(c) = column {
        remember_column(memo, c, keyword);
        return keyword;
    }
    if memo.answers.len() < FIELD_MEMO_LEN {
        memo.answers.push((field.to_vec(), keyword));
    } else {
        let slot = &mut memo.answers[memo.next];
        slot.0.clear();
        slot.0.extend_from_slice(field);
        slot.1 = keyword;
        memo.next = (memo.next + 1) % FIELD_MEMO_LEN;
    }
    keyword
}

/// Markers that silence a finding on their line: `trawl:allow` (or `trawl:allow ID` for one
/// identifier), and the markers of gitleaks and detect-secrets, so existing allows carry over.
const INLINE_ALLOW: &[u8] = b"trawl:allow";
const FOREIGN_ALLOWS: &[&[u8]] = &[b"gitleaks:allow", b"pragma: allowlist secret"];

/// Whether the lines holding `hay[start..end]` carry an allow marker for identifier `id`.
/// Only the bytes in the buffer are seen: the session keeps at least the scan window around
/// a match, so a marker on a line longer than that may be missed.
fn inline_allow(hay: &[u8], start: usize, end: usize, id: &str) -> bool {
    let line_start = memchr::memrchr(b'\n', &hay[..start]).map_or(0, |p| p + 1);
    let line_end = memchr::memchr(b'\n', &hay[end..]).map_or(hay.len(), |p| end + p);
    let lines = &hay[line_start..line_end];
    // Every marker says "allow": one prebuilt search rules out nearly every line (building
    // a searcher per marker and finding was a few percent of a PII-dense scan).
    static FINDERS: LazyLock<[memmem::Finder<'static>; 4]> = LazyLock::new(|| {
        [
            memmem::Finder::new(b"allow"),
            memmem::Finder::new(FOREIGN_ALLOWS[0]),
            memmem::Finder::new(FOREIGN_ALLOWS[1]),
            memmem::Finder::new(INLINE_ALLOW),
        ]
    });
    let [any, foreign_a, foreign_b, ours] = &*FINDERS;
    if any.find(lines).is_none() {
        return false;
    }
    if foreign_a.find(lines).is_some() || foreign_b.find(lines).is_some() {
        return true;
    }
    ours.find_iter(lines).any(|at| {
        let rest = &lines[at + INLINE_ALLOW.len()..];
        let rest = &rest[rest
            .iter()
            .take_while(|b| **b == b' ' || **b == b'\t')
            .count()..];
        let named = &rest[..rest
            .iter()
            .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || **b == b'_')
            .count()];
        // `trawl:allow` alone allows every identifier; `trawl:allow GITHUB_TOKEN` only one.
        named.len() < 2 || named == id.as_bytes()
    })
}

#[cfg(test)]
mod tests {
    use super::merge_runs;

    #[test]
    fn runs_merge_into_one_sorted_list() {
        let mut items = vec![
            (5, 0),
            (1, 2),
            (9, 1),
            (2, 0),
            (2, 1),
            (7, 3),
            (0, 0),
            (8, 8),
        ];
        let mut scratch = Vec::new();
        // Runs: [5, 1, 9] (unsorted), [] , [2, 2, 7], [0, 8].
        merge_runs(&mut items, &mut scratch, &[0, 3, 3, 6, 8]);
        let mut expected = items.clone();
        expected.sort_unstable();
        assert_eq!(items, expected);
        assert_eq!(items[0], (0, 0));
        let mut one = vec![(3u64, 1u32), (1, 1)];
        merge_runs(&mut one, &mut scratch, &[0, 2]);
        assert_eq!(one, vec![(1, 1), (3, 1)]);
    }
}
