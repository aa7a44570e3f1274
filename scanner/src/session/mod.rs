//! The streaming session: content arrives in chunks of any size; findings come out exactly
//! once, whatever the chunking.
//!
//! The session keeps one buffer that grows on demand up to `chunk_size + window` bytes and is
//! then reused. Each round scans the
//! candidates (anchor hits and anchorless-pattern starts) that begin in the *new* part of the
//! buffer and leaves the last `max_match_len + context_after` bytes for the next round,
//! because a match starting there might not be complete yet. Before the new part it keeps
//! `context_before` bytes already scanned, so a keyword or a match that starts before the
//! candidate is still visible. A candidate is therefore judged on exactly the bytes a scan of
//! the whole content would have shown it, which is what makes chunked and whole scans equal.

mod candidates;
mod confirm;
mod decode;
mod settle;

use crate::digits::{digit_groups, Group};
use crate::finding::Finding;
use crate::plan::{AnchorTarget, Compiled, Inner, KeywordGate, RegexCacheSet};
use crate::structure::{sniff, Tracker, SNIFF_LEN};
use crate::Scanner;
use aho_corasick::Input as AcInput;
use candidates::GateSearch;
use confirm::FieldMemo;
use settle::level_reached;

/// Bytes per digit group of keyword-required identifiers below which their keywords are
/// searched once for the whole round (see `Session::collect_digit_candidates`): the round's
/// search costs about as much as the groups' own look-ups when they are this dense (measured
/// on generated logs and on the realcode corpus).
const GATE_BYTES_PER_GROUP: usize = 128;

use regex_automata::hybrid::dfa::OverlappingState;
use regex_automata::meta;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};
use std::collections::BTreeMap;
use std::io::{self, Read};
use trawl_identifiers::validators::{self, Context, Verdict};
use trawl_identifiers::{Confidence, Severity};

/// A finding confirmed but not yet safe from being overshadowed by an overlapping one.
struct Pending {
    finding: Finding,
    slot: u32,
    /// The whole regex match, which decides overlaps: the longer one is the more specific.
    match_start: u64,
    match_len: u64,
    /// From a catch-all identifier, which yields to a specific one of the same severity.
    generic: bool,
    /// Found in decoded text: on the same bytes, it is kept over a finding of the encoded
    /// text (its value is the secret as it is used).
    decoded: bool,
    /// A word naming the identifier's country or region is near the value: of overlapping
    /// values of the same severity, such a one is kept (`identifiers::region_words`).
    region_near: bool,
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
#[non_exhaustive]
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

/// A read that failed part-way through [`Scanner::scan_reader`]: the error, and what the bytes
/// read before it held (`outcome.bytes` of them, all scanned).
#[derive(Debug)]
#[non_exhaustive]
pub struct ReadFailure {
    /// The reader's error.
    pub error: io::Error,
    /// The findings, counts and bytes of what was read before the error.
    pub outcome: Outcome,
}

impl std::fmt::Display for ReadFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "read failed after {} bytes ({} findings before it): {}",
            self.outcome.bytes,
            self.outcome.counts.values().sum::<u64>(),
            self.error
        )
    }
}

impl std::error::Error for ReadFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
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
    /// An empty buffer with capacity, which `settle` fills with what stays pending.
    pending_spare: Vec<Pending>,
    ready: Vec<Finding>,
    /// Per identifier: end of the last regex match handled, so a match is judged once even
    /// when several anchors fall inside it.
    last_match_end: Vec<u64>,
    /// Per identifier: findings reported (or held under `severity_levels`).
    counts: Vec<u64>,
    /// Per identifier: findings delivered or, past `occurrences`, only counted.
    delivered: Vec<u64>,
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
    /// Per CSV column (once the header is read): the keyword-gated digit targets (indices
    /// into `Inner::digit_targets`) whose keywords its name holds (see `confirm_field_gated`).
    field_gated: Vec<Option<Vec<u32>>>,
    /// The last matches judged documentation examples and dropped, as (slot, start, end): a
    /// value the decoded text of their bytes gives the same identifier is theirs, and goes too.
    example_spans: Vec<(u32, u64, u64)>,
    /// The CSV columns whose cells identifiers read with their `column_value`.
    column_watch: candidates::ColumnWatch,
    /// Per identifier with a `column_value`: its cell regex's search state and captures.
    column_scratch: Vec<Option<Box<(meta::Cache, Captures)>>>,
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
    /// Levels of encoding still decoded (see `session::decode`); 0 in the deepest.
    decode_depth: u8,
    /// This round's encoded segments, and scratch for finding them.
    segments: Vec<decode::Segment>,
    segment_scratch: Vec<usize>,
    decoded: crate::decode::Decoded,
    /// The end of the last segment decoded (absolute): a cut before it is not clean.
    decoded_reach: u64,
    /// A session scanning decoded text hands its confirmed findings to the session that
    /// decoded it instead of reporting them.
    collected: Option<Vec<Pending>>,
    /// The session that scans this one's decoded segments, kept between them, and the text
    /// it is given (the lead and the decoded bytes).
    nested: Option<Box<Session>>,
    nested_text: Vec<u8>,
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
            pending_spare: Vec::new(),
            ready: Vec::new(),
            last_match_end: vec![0; n],
            counts: vec![0; n],
            delivered: vec![0; n],
            held: (0..n).map(|_| Vec::new()).collect(),
            keyword_scan: vec![(0, None); n],
            candidates: Vec::new(),
            digit_groups: Vec::new(),
            merge_scratch: Vec::new(),
            gate: GateSearch::default(),
            field_memo: (0..n).map(|_| FieldMemo::default()).collect(),
            field_gated: Vec::new(),
            example_spans: Vec::new(),
            column_watch: candidates::ColumnWatch::Unknown,
            column_scratch: Vec::new(),
            captures: (0..n).map(|_| None).collect(),
            regex_caches: inner.regex_caches.take(n),
            anchorless_cache: None,
            structure: None,
            sniffed: false,
            stopped: false,
            earliest_match: u64::MAX,
            decode_depth: inner.options.decode_depth,
            segments: Vec::new(),
            segment_scratch: Vec::new(),
            decoded: Default::default(),
            decoded_reach: 0,
            collected: None,
            nested: None,
            nested_text: Vec::new(),
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
    /// When a read fails, the error comes with what was found in the bytes read before it.
    ///
    /// ```
    /// let scanner = trawl_scanner::Scanner::builder().build().unwrap();
    /// let body = std::io::Cursor::new(b"AWS_ACCESS_KEY_ID=AKIAQYLPMN5HHHFPZAM2\n");
    /// let outcome = scanner.scan_reader(body).unwrap();
    /// assert_eq!(outcome.counts["AWS_ACCESS_KEY_ID"], 1);
    ///
    /// // A body cut off by the network: the key before the failure is still reported.
    /// let cut = std::io::Cursor::new(b"AWS_ACCESS_KEY_ID=AKIAQYLPMN5HHHFPZAM2\n".to_vec())
    ///     .chain(FailingReader);
    /// let failure = scanner.scan_reader(cut).unwrap_err();
    /// assert_eq!(failure.outcome.counts["AWS_ACCESS_KEY_ID"], 1);
    /// assert_eq!(failure.error.kind(), std::io::ErrorKind::ConnectionReset);
    /// # use std::io::Read;
    /// # struct FailingReader;
    /// # impl Read for FailingReader {
    /// #     fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
    /// #         Err(std::io::ErrorKind::ConnectionReset.into())
    /// #     }
    /// # }
    /// ```
    pub fn scan_reader<R: Read>(&self, mut reader: R) -> Result<Outcome, ReadFailure> {
        let mut session = self.session();
        match session.feed_reader(&mut reader) {
            Ok(_) => Ok(session.finish()),
            Err(error) => Err(ReadFailure {
                error,
                outcome: session.finish(),
            }),
        }
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
    ) -> Result<Outcome, ReadFailure> {
        use tokio::io::AsyncReadExt;
        let mut session = self.session();
        let mut chunk = vec![0u8; 64 * 1024];
        while !session.is_stopped() {
            let n = match reader.read(&mut chunk).await {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => {
                    return Err(ReadFailure {
                        error,
                        outcome: session.finish(),
                    })
                }
            };
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

    /// Grows the buffer to `want` bytes, allocating exactly that: the buffer already doubles
    /// by itself, and `resize` alone would let the Vec double again (2 MiB held for a 1 MiB
    /// chunk).
    fn grow_to(&mut self, want: usize) {
        self.buf.reserve_exact(want.saturating_sub(self.buf.len()));
        self.buf.resize(want, 0);
    }

    /// Adds content. Scans whenever a chunk's worth has accumulated. Ignored once stopped.
    pub fn feed(&mut self, mut data: &[u8]) {
        while !data.is_empty() && !self.stopped {
            if self.filled + data.len() > self.buf.len() && self.buf.len() < self.capacity {
                // Double, at least to what this call brings, at most to the capacity.
                let want = (self.filled + data.len())
                    .max(2 * self.buf.len())
                    .min(self.capacity);
                self.grow_to(want);
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
            self.grow_to(want);
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
                && self.decoded_reach <= at
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
            self.collect_segments(limit);
            let mut candidates = std::mem::take(&mut self.candidates);
            let segments = std::mem::take(&mut self.segments);
            // In order of position; a candidate before a segment at the same byte, so a value
            // found there (a token) is known when the segment is judged.
            let mut next_segment = 0;
            for &(at, slot) in &candidates {
                while segments.get(next_segment).is_some_and(|s| s.at() < at) {
                    self.scan_segment(&inner, segments[next_segment]);
                    next_segment += 1;
                }
                match candidates::FieldGated::decode(slot) {
                    Some((digits, after_uppercase)) => {
                        self.confirm_field_gated(&inner, at, digits, after_uppercase)
                    }
                    None => match candidates::ColumnCell::decode(slot) {
                        Some(slot) => self.confirm_column(&inner, at, slot),
                        None => self.confirm(&inner, at, slot as usize),
                    },
                }
            }
            for &segment in &segments[next_segment..] {
                self.scan_segment(&inner, segment);
            }
            candidates.clear();
            self.candidates = candidates;
            self.segments = segments;
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
}

impl Drop for Session {
    fn drop(&mut self) {
        let caches = std::mem::take(&mut self.regex_caches);
        self.scanner.inner.regex_caches.give_back(caches);
    }
}
