//! UTF-16 text: recognised from its head, decoded to UTF-8 as it streams, scanned like any
//! text, and its findings moved back to the bytes of the source.
//!
//! Windows exports, PowerShell output and `.reg` files are UTF-16; read as bytes, every other
//! byte is NUL and nothing matches. The head says which it is: a byte-order mark, or (without
//! one) code units that are nearly all ASCII with a NUL high byte ([`detect`]). [`Decoder`]
//! turns the rest into UTF-8, a read at a time, code units and surrogate pairs split by a read
//! included, and keeps an [`OffsetMap`] from decoded to source offsets; the text loop
//! (`crate::text`) reads it like any input and has it place the findings. A finding's `start`,
//! `end`, `line` and `column` are then the source's (lines are the same: each line break is
//! one code unit), and its details say `encoding` and where the value lies in the decoded text
//! (`decoded_start`, `decoded_end`); its value, redaction and fingerprint are the decoded
//! value's, so an allow-list entry or a baseline matches the same secret in either encoding.

use crate::finding::Finding;
use std::collections::VecDeque;
use std::io::{self, Read};

/// Which byte order the code units have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ByteOrder {
    Little,
    Big,
}

/// UTF-16 recognised in a head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Utf16 {
    pub(crate) order: ByteOrder,
    /// Bytes of byte-order mark at the start (0 or 2).
    pub(crate) bom: usize,
}

impl Utf16 {
    /// The name in a finding's `details.encoding`.
    pub(crate) fn name(self) -> &'static str {
        match self.order {
            ByteOrder::Little => "utf-16le",
            ByteOrder::Big => "utf-16be",
        }
    }
}

/// Code units a head needs, without a byte-order mark, to be judged UTF-16.
const MIN_UNITS: usize = 8;

/// Whether `head` (the first bytes of an object) is UTF-16: a byte-order mark (`FF FE`, not
/// UTF-32's `FF FE 00 00`; `FE FF`), or at least 9 in 10 code units that are an ASCII
/// character other than NUL with a NUL high byte, in one byte order.
pub(crate) fn detect(head: &[u8]) -> Option<Utf16> {
    if head.starts_with(&[0xFF, 0xFE]) && !head.starts_with(&[0xFF, 0xFE, 0, 0]) {
        return Some(Utf16 {
            order: ByteOrder::Little,
            bom: 2,
        });
    }
    if head.starts_with(&[0xFE, 0xFF]) {
        return Some(Utf16 {
            order: ByteOrder::Big,
            bom: 2,
        });
    }
    let units = head.len() / 2;
    // Text without a NUL byte (nearly every file) is not looked at further.
    if units < MIN_UNITS || memchr::memchr(0, head).is_none() {
        return None;
    }
    let ascii = |low: u8, high: u8| high == 0 && low != 0 && low < 0x80;
    let (mut little, mut big) = (0, 0);
    for unit in head.chunks_exact(2) {
        little += usize::from(ascii(unit[0], unit[1]));
        big += usize::from(ascii(unit[1], unit[0]));
    }
    let order = if little * 10 >= units * 9 {
        ByteOrder::Little
    } else if big * 10 >= units * 9 {
        ByteOrder::Big
    } else {
        return None;
    };
    Some(Utf16 { order, bom: 0 })
}

/// A run of characters that each take `utf8` decoded bytes and `source` source bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    decoded: u64,
    source: u64,
    utf8: u8,
    units: u8,
}

/// Decoded offsets back to source offsets: runs of characters of one width in both (ASCII is
/// one byte for two; `é` two for two; `€` three for two; an emoji four for four). A new run
/// starts only where the widths change, so ASCII text with a few accents holds a few runs.
#[derive(Debug, Default)]
pub(crate) struct OffsetMap {
    runs: VecDeque<Run>,
}

/// Decoded bytes behind the newest one for which offsets stay exact. Findings settle within
/// a few chunks of where they are; only findings an identifier's `severity_levels` held back
/// further than this are placed at the start of the oldest run kept.
const MAP_REACH: u64 = 64 << 20;

impl OffsetMap {
    fn push(&mut self, decoded: u64, source: u64, utf8: u8, units: u8) {
        if let Some(last) = self.runs.back() {
            if last.utf8 == utf8 && last.units == units {
                return;
            }
        }
        self.runs.push_back(Run {
            decoded,
            source,
            utf8,
            units,
        });
        // Runs wholly behind the reach are dropped, the newest of them kept as the floor.
        while self.runs.len() > 2 && self.runs[1].decoded + MAP_REACH < decoded {
            self.runs.pop_front();
        }
    }

    /// The source offset of decoded offset `at`; an offset inside a multi-byte character is
    /// its start, or with `end` its end.
    pub(crate) fn source(&self, at: u64, end: bool) -> u64 {
        let i = self.runs.partition_point(|r| r.decoded <= at);
        let Some(run) = i.checked_sub(1).and_then(|i| self.runs.get(i)) else {
            return self.runs.front().map_or(at, |r| r.source);
        };
        let into = at - run.decoded;
        let (chars, part) = (into / u64::from(run.utf8), into % u64::from(run.utf8));
        let chars = chars + u64::from(end && part > 0);
        run.source + chars * u64::from(run.units)
    }
}

/// Reads UTF-16 from `inner` and yields UTF-8; U+FFFD for an unpaired surrogate and for an
/// odd byte at the end.
pub(crate) struct Decoder<'a> {
    inner: &'a mut dyn Read,
    utf16: Utf16,
    order: ByteOrder,
    raw: Box<[u8]>,
    raw_start: usize,
    raw_end: usize,
    eof: bool,
    /// Byte-order mark bytes still to skip.
    skip_bom: usize,
    /// A character decoded for a read too small to take it whole: its UTF-8 and how much of
    /// it was handed out.
    pending: [u8; 4],
    pending_len: usize,
    pending_at: usize,
    /// Source bytes consumed (the byte-order mark included) and decoded bytes produced.
    source_pos: u64,
    decoded_pos: u64,
    map: OffsetMap,
}

/// Source bytes read at a time.
const RAW_BUFFER: usize = 64 * 1024;

impl<'a> Decoder<'a> {
    /// A decoder of `inner`, which starts at the object's first byte (the byte-order mark).
    pub(crate) fn new(inner: &'a mut dyn Read, utf16: Utf16) -> Self {
        Decoder {
            inner,
            utf16,
            order: utf16.order,
            raw: vec![0u8; RAW_BUFFER].into_boxed_slice(),
            raw_start: 0,
            raw_end: 0,
            eof: false,
            skip_bom: utf16.bom,
            pending: [0; 4],
            pending_len: 0,
            pending_at: 0,
            source_pos: 0,
            decoded_pos: 0,
            map: OffsetMap::default(),
        }
    }

    /// Reads more source bytes, keeping the unread tail; false at the end.
    fn fill(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        self.raw.copy_within(self.raw_start..self.raw_end, 0);
        self.raw_end -= self.raw_start;
        self.raw_start = 0;
        loop {
            match self.inner.read(&mut self.raw[self.raw_end..]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.raw_end += n;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    fn unit(&self, at: usize) -> u16 {
        let (a, b) = (self.raw[at], self.raw[at + 1]);
        match self.order {
            ByteOrder::Little => u16::from_le_bytes([a, b]),
            ByteOrder::Big => u16::from_be_bytes([a, b]),
        }
    }

    /// The next character and the source bytes it took, or `None` when more bytes are needed
    /// (or there are none).
    fn next_char(&self) -> Option<(char, u8)> {
        let available = self.raw_end - self.raw_start;
        if available < 2 {
            return (self.eof && available == 1).then_some((char::REPLACEMENT_CHARACTER, 1));
        }
        let first = self.unit(self.raw_start);
        if !(0xD800..0xE000).contains(&first) {
            let c = char::from_u32(u32::from(first)).unwrap_or(char::REPLACEMENT_CHARACTER);
            return Some((c, 2));
        }
        if first >= 0xDC00 {
            return Some((char::REPLACEMENT_CHARACTER, 2));
        }
        if available < 4 {
            // A high surrogate whose pair may be in the next read.
            return self.eof.then_some((char::REPLACEMENT_CHARACTER, 2));
        }
        let second = self.unit(self.raw_start + 2);
        if !(0xDC00..0xE000).contains(&second) {
            return Some((char::REPLACEMENT_CHARACTER, 2));
        }
        let code = 0x10000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(second) - 0xDC00);
        Some((
            char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER),
            4,
        ))
    }
}

impl Read for Decoder<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.skip_bom > 0 {
            if self.raw_start == self.raw_end && !self.fill()? {
                return Ok(0);
            }
            let skip = self.skip_bom.min(self.raw_end - self.raw_start);
            self.raw_start += skip;
            self.source_pos += skip as u64;
            self.skip_bom -= skip;
        }
        if self.pending_at < self.pending_len {
            let n = (self.pending_len - self.pending_at).min(out.len());
            out[..n].copy_from_slice(&self.pending[self.pending_at..self.pending_at + n]);
            self.pending_at += n;
            return Ok(n);
        }
        let mut written = 0;
        while written < out.len() {
            let Some((c, units)) = self.next_char() else {
                if written > 0 {
                    break;
                }
                if !self.fill()? && self.next_char().is_none() {
                    break;
                }
                continue;
            };
            let mut utf8 = [0u8; 4];
            let len = c.encode_utf8(&mut utf8).len();
            if out.len() - written < len {
                if written > 0 {
                    break;
                }
                // A read smaller than the character: the rest waits for the next read.
                self.pending = utf8;
                self.pending_len = len;
                self.pending_at = out.len();
                out.copy_from_slice(&utf8[..out.len()]);
                written = out.len();
            } else {
                out[written..written + len].copy_from_slice(&utf8[..len]);
                written += len;
            }
            self.map
                .push(self.decoded_pos, self.source_pos, len as u8, units);
            self.decoded_pos += len as u64;
            self.source_pos += u64::from(units);
            self.raw_start += usize::from(units);
        }
        Ok(written)
    }
}

/// The text loop reads the decoded text and places its findings in the source.
impl crate::text::TextInput for Decoder<'_> {
    fn place(&self, findings: &mut [Finding]) {
        for f in findings {
            let (start, end) = (f.start, f.end);
            let line_start = start.saturating_sub(f.column.saturating_sub(1));
            f.details.push(("encoding", self.utf16.name().to_string()));
            f.details.push(("decoded_start", start.to_string()));
            f.details.push(("decoded_end", end.to_string()));
            f.start = self.map.source(start, false);
            f.end = self.map.source(end, true);
            f.column = f.start - self.map.source(line_start, false) + 1;
        }
    }

    fn source_bytes(&self) -> Option<u64> {
        Some(self.source_pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn le(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    fn be(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_be_bytes).collect()
    }

    /// Reads at most `step` bytes at a time.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.0.len().min(self.1).min(out.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn decode(bytes: &[u8], utf16: Utf16, step: usize) -> (String, OffsetMap) {
        decode_into(bytes, utf16, step, 7)
    }

    /// Decodes with reads of `step` source bytes into buffers of `out` bytes.
    fn decode_into(bytes: &[u8], utf16: Utf16, step: usize, out_len: usize) -> (String, OffsetMap) {
        let mut source = Trickle(bytes, step);
        let mut decoder = Decoder::new(&mut source, utf16);
        let mut out = Vec::new();
        let mut buf = vec![0u8; out_len];
        loop {
            let n = decoder.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
        }
        assert_eq!(decoder.source_pos, bytes.len() as u64);
        (String::from_utf8(out).unwrap(), decoder.map)
    }

    #[test]
    fn byte_order_marks_and_bare_ascii_are_recognised() {
        let text = "password=Kx9mQ2vLp7RtZ4wN\r\n";
        let mut with_bom = vec![0xFF, 0xFE];
        with_bom.extend(le(text));
        assert_eq!(
            detect(&with_bom).map(|u| (u.order, u.bom)),
            Some((ByteOrder::Little, 2))
        );
        let mut big = vec![0xFE, 0xFF];
        big.extend(be(text));
        assert_eq!(
            detect(&big).map(|u| (u.order, u.bom)),
            Some((ByteOrder::Big, 2))
        );
        assert_eq!(detect(&le(text)).map(|u| u.order), Some(ByteOrder::Little));
        assert_eq!(detect(&be(text)).map(|u| u.order), Some(ByteOrder::Big));
        assert_eq!(detect(text.as_bytes()), None);
        assert_eq!(detect(&[0xFF, 0xFE, 0, 0, b'a', 0, 0, 0]), None, "UTF-32");
        assert_eq!(detect(&[0u8; 64]), None, "zeros are binary");
        assert_eq!(
            detect(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0"),
            None
        );
    }

    #[test]
    fn every_split_of_the_input_decodes_the_same() {
        let text = "naïve € 😀 token=abc\r\nz";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(le(text));
        let utf16 = detect(&bytes).unwrap();
        for step in 1..=9 {
            assert_eq!(decode(&bytes, utf16, step).0, text, "reads of {step}");
        }
        for out_len in 1..=5 {
            assert_eq!(
                decode_into(&bytes, utf16, 3, out_len).0,
                text,
                "buffers of {out_len}"
            );
        }
        let mut big = be(text);
        big.push(0x41); // an odd byte at the end
        let (decoded, _) = decode(
            &big,
            Utf16 {
                order: ByteOrder::Big,
                bom: 0,
            },
            3,
        );
        assert_eq!(decoded, format!("{text}\u{FFFD}"));
    }

    #[test]
    fn unpaired_surrogates_become_replacement_characters() {
        let units: Vec<u8> = [0x0061u16, 0xD800, 0x0062, 0xDC00, 0x0063]
            .iter()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let (decoded, _) = decode(
            &units,
            Utf16 {
                order: ByteOrder::Little,
                bom: 0,
            },
            1,
        );
        assert_eq!(decoded, "a\u{FFFD}b\u{FFFD}c");
    }

    #[test]
    fn decoded_offsets_map_back_to_the_source() {
        let text = "é€😀ab";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(le(text));
        let (decoded, map) = decode(&bytes, detect(&bytes).unwrap(), 5);
        // é (2 UTF-8, 2 source) € (3, 2) 😀 (4, 4) a b (1, 2 each); 2 bytes of BOM first.
        let a = decoded.find('a').unwrap() as u64;
        assert_eq!(a, 9);
        assert_eq!(map.source(0, false), 2);
        assert_eq!(map.source(2, false), 4);
        assert_eq!(map.source(5, false), 6);
        assert_eq!(map.source(a, false), 10);
        assert_eq!(map.source(a + 2, true), 14);
        assert_eq!(map.source(3, true), 6, "inside € ends after it");
    }
}
