//! CSV, TSV and other delimited text: the cell and quote state, the header's names, the row.

use super::sniff::trim;
use super::*;
use memchr::{memchr, memchr3};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cell {
    /// Nothing of the cell yet (a `\r` does not count): a quote here opens a quoted cell.
    Start,
    Unquoted,
    Quoted,
    /// Just after a quote inside a quoted cell: `"` escapes, else the cell's quotes are closed.
    AfterQuote,
}

#[derive(Clone)]
pub(super) struct Delimited {
    pub(super) delimiter: u8,
    pub(super) header: bool,
    pub(super) state: Cell,
    /// Whether the current record has begun (so a line end is not a blank line).
    pub(super) started: bool,
    /// 0-based column of the current cell.
    pub(super) column: usize,
    /// Records completed, the header included, blank lines not.
    pub(super) records: u64,
    /// Header names, back to back; the current one grows at the end while the header is read.
    pub(super) names: Vec<u8>,
    /// Where each complete name ends in `names`.
    pub(super) name_ends: Vec<u32>,
}

impl Delimited {
    pub(super) fn consume(&mut self, bytes: &[u8]) {
        let delimiter = self.delimiter;
        let mut i = 0;
        while i < bytes.len() {
            match self.state {
                Cell::Quoted => match memchr(b'"', &bytes[i..]) {
                    Some(p) => {
                        self.capture(&bytes[i..i + p]);
                        i += p + 1;
                        self.state = Cell::AfterQuote;
                    }
                    None => {
                        self.capture(&bytes[i..]);
                        i = bytes.len();
                    }
                },
                Cell::AfterQuote => {
                    let b = bytes[i];
                    if b == delimiter {
                        self.end_cell();
                    } else if b == b'"' {
                        self.capture(b"\"");
                        self.state = Cell::Quoted;
                    } else if b == b'\n' {
                        self.end_record();
                    } else if b != b'\r' {
                        // Junk after the closing quote joins the cell.
                        self.state = Cell::Unquoted;
                        continue;
                    }
                    i += 1;
                }
                Cell::Start | Cell::Unquoted => i = self.unquoted(bytes, i),
            }
        }
    }

    /// Reads cells from `i` on until a quote opens a quoted cell; returns where it stopped.
    ///
    /// Word by word: the bytes that matter (delimiter, quote, line end) of 8 bytes at a time
    /// come out as one mask, and each is handled in turn without searching again.
    pub(super) fn unquoted(&mut self, bytes: &[u8], mut i: usize) -> usize {
        let delimiter = self.delimiter;
        // Text of the current cell not yet handled starts here.
        let mut from = i;
        while let Some(word) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
            let mut hits = matches3(word, delimiter, b'"', b'\n');
            while hits != 0 {
                let p = i + (hits.trailing_zeros() / 8) as usize;
                hits &= hits - 1;
                if self.special(&bytes[from..p], bytes[p]) {
                    return p + 1;
                }
                from = p + 1;
            }
            i += 8;
        }
        loop {
            let rest = &bytes[from..];
            let Some(p) = memchr3(delimiter, b'"', b'\n', rest) else {
                self.text(rest);
                return bytes.len();
            };
            if self.special(&rest[..p], rest[p]) {
                return from + p + 1;
            }
            from += p + 1;
        }
    }

    /// Cell text up to a delimiter, quote or line end (`b`); whether a quoted cell opened.
    #[inline(always)]
    pub(super) fn special(&mut self, text: &[u8], b: u8) -> bool {
        self.text(text);
        if b == self.delimiter {
            self.end_cell();
        } else if b == b'\n' {
            if self.started || self.state != Cell::Start {
                self.end_record();
            }
        } else if self.state == Cell::Start {
            self.state = Cell::Quoted;
            self.started = true;
            return true;
        } else {
            self.capture(b"\"");
        }
        false
    }

    /// Unquoted cell text (`\r` alone does not start a cell).
    #[inline(always)]
    pub(super) fn text(&mut self, text: &[u8]) {
        if text.is_empty() {
            return;
        }
        if self.state == Cell::Start && text.iter().any(|&c| c != b'\r') {
            self.state = Cell::Unquoted;
            self.started = true;
        }
        self.capture(text);
    }

    pub(super) fn in_header(&self) -> bool {
        self.header && self.records == 0
    }

    /// Appends text of the current cell to its name while the header is read.
    #[inline]
    pub(super) fn capture(&mut self, mut text: &[u8]) {
        if !self.in_header() || self.name_ends.len() >= MAX_COLUMNS {
            return;
        }
        let start = self.name_ends.last().map_or(0, |&e| e as usize);
        let len = self.names.len() - start;
        if len == 0 {
            text = &text[text
                .iter()
                .position(|c| !c.is_ascii_whitespace())
                .unwrap_or(text.len())..];
        }
        let take = text.len().min(MAX_NAME - len);
        self.names.extend_from_slice(&text[..take]);
    }

    /// Completes the current header name: trailing whitespace and a UTF-8 sequence cut by the
    /// length cap go.
    pub(super) fn finish_name(&mut self) {
        if !self.in_header() || self.name_ends.len() >= MAX_COLUMNS {
            return;
        }
        let start = self.name_ends.last().map_or(0, |&e| e as usize);
        if let Err(e) = std::str::from_utf8(&self.names[start..]) {
            if e.error_len().is_none() {
                self.names.truncate(start + e.valid_up_to());
            }
        }
        let end = start + trim(&self.names[start..]).len();
        self.names.truncate(end);
        self.name_ends.push(end as u32);
    }

    pub(super) fn end_cell(&mut self) {
        self.finish_name();
        self.column += 1;
        self.state = Cell::Start;
        self.started = true;
    }

    pub(super) fn end_record(&mut self) {
        self.finish_name();
        self.records += 1;
        self.column = 0;
        self.state = Cell::Start;
        self.started = false;
    }

    pub(super) fn field(&self) -> Option<&[u8]> {
        if !self.header || self.records == 0 {
            return None;
        }
        let end = *self.name_ends.get(self.column)? as usize;
        let start = match self.column {
            0 => 0,
            c => self.name_ends[c - 1] as usize,
        };
        (end > start).then(|| &self.names[start..end])
    }

    pub(super) fn location(&self) -> Location {
        let row = match (self.header, self.records) {
            (true, 0) => None,
            (true, n) => Some(n),
            (false, n) => Some(n + 1),
        };
        Location {
            row,
            column_number: row.map(|_| self.column as u64 + 1),
            column_name: self
                .field()
                .map(|n| String::from_utf8_lossy(n).into_owned()),
            ..Location::default()
        }
    }
}

/// The high bit of each byte of `word` that equals `a`, `b` or `c`.
#[inline(always)]
pub(super) fn matches3(word: u64, a: u8, b: u8, c: u8) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // High bit of each zero byte of `x` (exact: no carry crosses bytes).
    let zeros = |x: u64| !(((x & LOW7) + LOW7) | x | LOW7);
    zeros(word ^ (LO * u64::from(a)))
        | zeros(word ^ (LO * u64::from(b)))
        | zeros(word ^ (LO * u64::from(c)))
}

/// `memchr3`, probing the first words in place: keys and many values are short, and the
/// vectorised search costs more than that to set up.
#[inline(always)]
pub(super) fn find3(a: u8, b: u8, c: u8, hay: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i < 32 {
        let Some(word) = hay.get(i..i + 8) else {
            break;
        };
        let hits = matches3(
            u64::from_le_bytes(word.try_into().unwrap_or_default()),
            a,
            b,
            c,
        );
        if hits != 0 {
            return Some(i + (hits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    memchr3(a, b, c, &hay[i..]).map(|p| p + i)
}
