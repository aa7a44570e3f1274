//! Decoded text: base64 runs, escaped strings and percent-encoded URLs (found and decoded by
//! `crate::decode`) are scanned by a session of their own, one level of encoding less deep,
//! and what it finds joins this session's pending findings, placed on the encoded bytes.
//!
//! The nested session sees the decoded text after the raw bytes that lead up to the segment
//! on its line (`password: ` before a base64 value, `"url": "` before an escaped string), so
//! a keyword or a name before an encoded value counts as it would before a plain one; only
//! values that start inside the decoded text are taken from it.

use super::*;
use crate::decode::{self, Decoded, Encoding, Reveal};

/// A segment found in a round: where it shows itself (a base64 run's start, a string's first
/// escape, a URL's first `%XX`), absolute.
#[derive(Clone, Copy)]
pub(super) struct Segment {
    at: u64,
    encoding: Encoding,
}

/// Raw bytes before a segment, on its line, that the nested session sees first.
const LEAD: usize = validators::CONTEXT_BEFORE;

/// Source bytes from which a segment whose escapes hide no character is still scanned
/// decoded when an anchor is in it (see `Session::worth_decoding`).
const LONG_SEGMENT: usize = 256;

impl Segment {
    pub(super) fn at(&self) -> u64 {
        self.at
    }
}

impl Session {
    /// Scans `text` from the start as the whole content, collecting what it finds (see
    /// `collected`) instead of reporting it; what earlier content left is cleared, the
    /// allocations kept.
    fn rescan(&mut self, text: &[u8]) {
        self.buf.clear();
        self.buf.extend_from_slice(text);
        self.filled = text.len();
        self.base = 0;
        self.scanned_to = 0;
        self.lines = Lines::new();
        self.pending.clear();
        self.ready.clear();
        self.last_match_end.fill(0);
        self.counts.fill(0);
        self.delivered.fill(0);
        for held in &mut self.held {
            held.clear();
        }
        self.keyword_scan.fill((0, None));
        self.candidates.clear();
        self.digit_groups.clear();
        for memo in &mut self.field_memo {
            memo.clear();
        }
        self.field_gated.clear();
        self.column_watch = super::candidates::ColumnWatch::Unknown;
        self.example_spans.clear();
        self.structure = None;
        self.sniffed = false;
        self.stopped = false;
        self.earliest_match = u64::MAX;
        self.decoded_reach = 0;
        match &mut self.collected {
            Some(collected) => collected.clear(),
            None => self.collected = Some(Vec::new()),
        }
        self.round(true);
    }

    /// The segments revealed in `[scanned_to, limit)`, in order, into `self.segments`.
    pub(super) fn collect_segments(&mut self, limit: u64) {
        self.segments.clear();
        if self.decode_depth == 0 {
            return;
        }
        let hay = &self.buf[..self.filled];
        let from = (self.scanned_to - self.base) as usize;
        let to = (limit - self.base) as usize;
        let mut starts = std::mem::take(&mut self.segment_scratch);
        starts.clear();
        decode::base64_starts(hay, from, to, &mut starts);
        let base = self.base;
        let at = |p: usize| base + p as u64;
        self.segments.extend(starts.iter().map(|&p| Segment {
            at: at(p),
            encoding: Encoding::Base64,
        }));
        self.segment_scratch = starts;
        for p in memchr::memchr2_iter(b'\\', b'%', &hay[from..to]) {
            // Backslashes and `%` that escape nothing decoded here (`\d`, `%s`) are no segment.
            let encoding = if hay[from + p] == b'\\' {
                Encoding::Escapes
            } else {
                Encoding::Percent
            };
            if !decode::is_escape(hay, from + p, encoding) {
                continue;
            }
            self.segments.push(Segment {
                at: at(from + p),
                encoding,
            });
        }
        self.segments.sort_by_key(|s| s.at);
    }

    /// Decodes the segment and scans its text, when it is one worth decoding.
    pub(super) fn scan_segment(&mut self, inner: &Inner, segment: Segment) {
        let hay = &self.buf[..self.filled];
        let at = (segment.at - self.base) as usize;
        let mut decoded = std::mem::take(&mut self.decoded);
        let span = match segment.encoding {
            Encoding::Base64 => {
                let covered = self.pending.iter().rev().take(8).any(|p| {
                    !p.generic && p.finding.start <= segment.at && segment.at < p.finding.end
                });
                // A value already found holds this run (a JSON Web Token, a Basic or Docker
                // `auth`): its decoded bytes are the same secret. (A catch-all's value may be
                // the encoded form of a token its decoded text names.)
                if covered {
                    None
                } else {
                    decode::decode_base64(hay, at, &mut decoded).map(|len| (at, at + len))
                }
            }
            Encoding::Escapes => decode::escaped_string(hay, at)
                .filter(|&(s, e, reveal)| self.worth_decoding(inner, reveal, s, e))
                .filter(|&(s, e, _)| decode::decode_escapes(hay, s, e, &mut decoded))
                .map(|(s, e, _)| (s, e)),
            Encoding::Percent => decode::percent_run(hay, at)
                .filter(|&(s, e, reveal)| self.worth_decoding(inner, reveal, s, e))
                .filter(|&(s, e, _)| decode::decode_percent(hay, s, e, &mut decoded))
                .map(|(s, e, _)| (s, e)),
        };
        if let Some((start, end)) = span {
            self.scan_decoded(start, end, segment.encoding, &decoded);
        }
        self.decoded = decoded;
    }

    /// Whether a decoded segment is worth scanning: always when its encoding hid characters;
    /// with escaped quotes (JSON in a string) when an anchor of some identifier is in it; with
    /// only line breaks when it is also long (a PEM key or a JSON document in a string, whose
    /// value and fingerprint are then the decoded ones). Short strings with line breaks or
    /// quotes (`"done\n"`) are everywhere in code, and the plain scan saw what they hold.
    fn worth_decoding(&self, inner: &Inner, reveal: Reveal, start: usize, end: usize) -> bool {
        match reveal {
            Reveal::Hidden => return true,
            Reveal::Quotes => {}
            Reveal::Nothing if end - start >= LONG_SEGMENT => {}
            Reveal::Nothing => return false,
        }
        let hay = &self.buf[start..end];
        if let Some(automaton) = &inner.anchors {
            let ac = automaton.for_search(hay.len(), &inner.anchor_patterns);
            if ac.is_match(hay) {
                return true;
            }
        }
        inner
            .byte_anchors
            .iter()
            .any(|(b, _)| memchr::memchr(*b, hay).is_some())
    }

    /// Scans the decoded text of the segment `[start, end)` (relative to the buffer) and adds
    /// what it finds to the pending findings, placed on the segment's bytes.
    fn scan_decoded(&mut self, start: usize, end: usize, encoding: Encoding, decoded: &Decoded) {
        let hay = &self.buf[..self.filled];
        let line_start = memchr::memrchr(b'\n', &hay[start.saturating_sub(LEAD)..start])
            .map_or(start.saturating_sub(LEAD), |p| {
                start.saturating_sub(LEAD) + p + 1
            });
        let lead = &hay[line_start..start];
        let lead_len = lead.len() as u64;
        let mut text = std::mem::take(&mut self.nested_text);
        text.clear();
        text.extend_from_slice(lead);
        text.extend_from_slice(&decoded.text);
        // The closing quote, so a quoted value reads as one.
        text.push(match hay.get(end) {
            Some(&q @ (b'"' | b'\'' | b'`')) => q,
            _ => b'\n',
        });
        let abs_start = self.base + start as u64;
        let abs_line_start = self.base + line_start as u64;
        self.decoded_reach = self.decoded_reach.max(self.base + end as u64);
        self.earliest_match = self.earliest_match.min(abs_start);

        // One session for the decoded segments of this one, reset for each: a segment is
        // usually a few dozen bytes, and a fresh session costs more than scanning them.
        let mut nested = self.nested.take().unwrap_or_else(|| {
            let mut nested = Box::new(self.scanner.session());
            nested.decode_depth = self.decode_depth - 1;
            nested
        });
        nested.rescan(&text);
        self.nested_text = text;
        let found = nested.collected.replace(Vec::new()).unwrap_or_default();
        self.nested = Some(nested);
        if found.is_empty() {
            return;
        }
        self.advance_structure(abs_start);
        let location = self.structure.as_ref().map(Tracker::location);
        let text_len = decoded.text.len() as u64;
        for mut pending in found {
            let f = &mut pending.finding;
            if f.start < lead_len || f.start >= lead_len + text_len {
                continue;
            }
            let (ds, de) = (
                f.start - lead_len,
                f.end.min(lead_len + text_len) - lead_len,
            );
            f.start = abs_start + decoded.map.source(ds as usize, false) as u64;
            f.end = abs_start + decoded.map.source(de as usize, true) as u64;
            let hay = &self.buf[..self.filled];
            (f.line, f.column) = self.lines.locate(f.start, hay, self.base);
            match f.details.iter_mut().find(|(k, _)| *k == "encoding") {
                // Found deeper down: the encodings read outermost first.
                Some((_, inner_encoding)) => {
                    *inner_encoding = format!("{}+{}", encoding.name(), inner_encoding);
                }
                None => {
                    f.details.push(("encoding", encoding.name().to_string()));
                    f.details.push(("decoded_start", ds.to_string()));
                    f.details.push(("decoded_end", de.to_string()));
                }
            }
            f.location = location.clone();
            // The whole match on the source's bytes: the lead is raw, the rest decoded.
            let place = |at: u64, end: bool| {
                if at <= lead_len {
                    abs_line_start + at
                } else {
                    let d = (at.min(lead_len + text_len) - lead_len) as usize;
                    abs_start + decoded.map.source(d, end) as u64
                }
            };
            let match_end = place(pending.match_start + pending.match_len, true);
            pending.match_start = place(pending.match_start, false);
            pending.match_len = match_end - pending.match_start;
            let (start, end) = (pending.match_start, match_end);
            let example = self
                .example_spans
                .iter()
                .any(|&(slot, s, e)| slot == pending.slot && s < end && start < e);
            if example {
                continue;
            }
            pending.decoded = true;
            self.pending.push(pending);
        }
    }
}
