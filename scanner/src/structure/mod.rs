//! Where a byte sits in structured text: the row and column name of a CSV/TSV file, the record
//! and JSON path of a JSON or JSON Lines file.
//!
//! Content is scanned as a stream of chunks (a 10 GB CSV arrives 1 MiB at a time), so the
//! structure is tracked by a [`Tracker`] that consumes every byte exactly once, in order, in
//! slices of any size, and keeps just enough state (cell/quote state, the header names, the JSON
//! path stack) to answer, for the next byte, which field it belongs to. The answers never depend
//! on how the content was sliced.
//!
//! The field name (a CSV header cell, the innermost JSON key) serves as a keyword for the value
//! (a date in a `dob` column is a birth date); the [`Location`] is reported with findings.
//!
//! [`sniff`] decides from the first [`SNIFF_LEN`] bytes whether content is delimited text or
//! JSON at all. It is deliberately conservative: prose, source code, logs, Markdown tables and
//! configuration files stay unstructured.
//!
//! Malformed input never panics. CSV is read leniently (RFC 4180 quoting, junk after a closing
//! quote joins the cell). JSON resynchronises at line ends: a raw newline cannot occur inside a
//! JSON string, so one there means the line was broken; in JSON Lines, a record still open at the
//! end of its line is abandoned; a syntax error skips the rest of the line.

mod delimited;
mod json;
mod sniff;
#[cfg(test)]
mod tests;

pub(crate) use sniff::sniff;

use crate::finding::Location;
use delimited::{Cell, Delimited};
use json::{Json, Lex};
use std::fmt::Write as _;

/// The structure of a text content, sniffed from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Structure {
    /// CSV / TSV / `;`- or `|`-separated, with or without a header row.
    Delimited { delimiter: u8, header: bool },
    /// One JSON document or JSON Lines (one document per line), also concatenated documents.
    Json,
}

/// How many leading bytes [`sniff`] looks at (callers pass at most this many, fewer only when the
/// content is shorter).
pub(crate) const SNIFF_LEN: usize = 4096;

const BOM: &[u8; 3] = b"\xEF\xBB\xBF";
/// Longest header cell or JSON key remembered, in bytes.
const MAX_NAME: usize = 128;
/// Header cells remembered; later columns have no name.
const MAX_COLUMNS: usize = 4096;
/// JSON containers whose keys and indexes are kept; deeper ones are only counted.
const MAX_DEPTH: usize = 128;
/// The delimiters [`sniff`] tries, in order of preference on a tie.
const DELIMITERS: [u8; 4] = [b',', b'\t', b';', b'|'];

/// Follows the structure of a content as it streams past; see the module documentation.
#[derive(Clone)]
pub(crate) struct Tracker {
    offset: u64,
    /// How many bytes of a leading UTF-8 BOM were skipped; 3 once past the start.
    bom: u8,
    inner: Inner,
}

#[derive(Clone)]
enum Inner {
    Delimited(Delimited),
    Json(Json),
}

impl Tracker {
    pub(crate) fn new(structure: Structure) -> Tracker {
        let inner = match structure {
            Structure::Delimited { delimiter, header } => Inner::Delimited(Delimited {
                delimiter,
                header,
                state: Cell::Start,
                started: false,
                column: 0,
                records: 0,
                names: Vec::new(),
                name_ends: Vec::new(),
            }),
            Structure::Json => Inner::Json(Json {
                frames: Vec::new(),
                overflow: 0,
                keys: Vec::new(),
                lex: Lex::Normal,
                high_surrogate: 0,
                records: 0,
                in_record: false,
                jsonl: false,
                record_newline: false,
                line_start: true,
            }),
        };
        Tracker {
            offset: 0,
            bom: 0,
            inner,
        }
    }

    /// Consumes the next bytes of the content (every byte exactly once, in order, any slicing).
    pub(crate) fn consume(&mut self, mut bytes: &[u8]) {
        self.offset += bytes.len() as u64;
        // A leading BOM is no part of the first cell or document.
        while self.bom < 3 {
            let Some((&first, rest)) = bytes.split_first() else {
                return;
            };
            if first != BOM[usize::from(self.bom)] {
                self.bom = 3;
                break;
            }
            self.bom += 1;
            bytes = rest;
        }
        match &mut self.inner {
            Inner::Delimited(d) => d.consume(bytes),
            Inner::Json(j) => j.consume(bytes),
        }
    }

    /// Bytes consumed so far (absolute offset of the next byte).
    pub(crate) fn offset(&self) -> u64 {
        self.offset
    }

    /// Records completed: CSV rows (the header included, blank lines not) or JSON documents.
    pub(crate) fn records(&self) -> u64 {
        match &self.inner {
            Inner::Delimited(d) => d.records,
            Inner::Json(j) => j.records,
        }
    }

    /// Whether the next byte starts a record, past the header and the BOM, outside any quote,
    /// string or container, in JSON Lines: a tracker copied from here (see
    /// [`resume_at`](Self::resume_at)) reads the rest of any content as this one reads it.
    pub(crate) fn at_record_start(&self) -> bool {
        self.bom == 3
            && match &self.inner {
                Inner::Delimited(d) => {
                    d.state == Cell::Start
                        && !d.started
                        && d.column == 0
                        && (!d.header || d.records > 0)
                }
                Inner::Json(j) => {
                    j.frames.is_empty()
                        && j.overflow == 0
                        && j.lex == Lex::Normal
                        && j.high_surrogate == 0
                        && !j.in_record
                        && j.jsonl
                        && !j.record_newline
                        && j.line_start
                }
            }
    }

    /// Whether this tracker, at a record start, would read what follows as `other` does:
    /// same header and format, only the record count may differ.
    pub(crate) fn resumes_like(&self, other: &Tracker) -> bool {
        if !self.at_record_start() || !other.at_record_start() {
            return false;
        }
        match (&self.inner, &other.inner) {
            (Inner::Delimited(a), Inner::Delimited(b)) => {
                a.delimiter == b.delimiter
                    && a.header == b.header
                    && a.names == b.names
                    && a.name_ends == b.name_ends
            }
            (Inner::Json(_), Inner::Json(_)) => true,
            _ => false,
        }
    }

    /// A copy of this tracker (which must be [`at_record_start`](Self::at_record_start)) for
    /// content that resumes at absolute `offset`.
    pub(crate) fn resume_at(&self, offset: u64) -> Tracker {
        debug_assert!(self.at_record_start());
        let mut tracker = self.clone();
        tracker.offset = offset;
        tracker
    }

    /// The name of the field the next byte belongs to: the header cell of the current column,
    /// or the innermost object key in JSON (for an array element, the key of the nearest
    /// enclosing object member, so `{"phones": ["+1..", "+4.."]}` gives `phones`). `None` when
    /// unknown (no header, outside any value, column beyond the header, empty name).
    pub(crate) fn field(&self) -> Option<&[u8]> {
        match &self.inner {
            Inner::Delimited(d) => d.field(),
            Inner::Json(j) => j.field(),
        }
    }

    /// The 0-based column of the next byte in a delimited file whose header has been read:
    /// its [`field`](Self::field) is then the same on every row, so answers about it can be
    /// remembered by column. `None` for JSON and before or without a header.
    pub(crate) fn column(&self) -> Option<usize> {
        match &self.inner {
            Inner::Delimited(d) if d.header && d.records > 0 => Some(d.column),
            _ => None,
        }
    }

    /// The delimiter of a delimited file with a header row; `None` otherwise (no column
    /// names to go by).
    pub(crate) fn delimiter(&self) -> Option<u8> {
        match &self.inner {
            Inner::Delimited(d) if d.header => Some(d.delimiter),
            _ => None,
        }
    }

    /// The header's names, in column order, once the header row has been read.
    pub(crate) fn header_names(&self) -> Option<impl Iterator<Item = &[u8]>> {
        match &self.inner {
            Inner::Delimited(d) if d.header && d.records > 0 => {
                Some(d.name_ends.iter().scan(0usize, |start, &end| {
                    let name = &d.names[*start..end as usize];
                    *start = end as usize;
                    Some(name)
                }))
            }
            _ => None,
        }
    }

    /// The column of the cell the next byte starts, past the header of a delimited file;
    /// `None` inside a cell.
    pub(crate) fn cell_start_column(&self) -> Option<usize> {
        match &self.inner {
            Inner::Delimited(d) if d.header && d.records > 0 && d.state == Cell::Start => {
                Some(d.column)
            }
            _ => None,
        }
    }

    /// Bytes that end a cell or a JSON string. A keyword and a value with one of these
    /// between them sit in different cells: in a CSV, the `cvv` header is no keyword for the
    /// phone number in the row below it.
    pub(crate) fn cell_breaks(&self) -> [u8; 3] {
        match &self.inner {
            Inner::Delimited(d) => [d.delimiter, b'\n', b'"'],
            Inner::Json(_) => [b'"', b'\n', b'\n'],
        }
    }

    /// Where the next byte sits. Delimited: `row` (1-based data row, the header not counted;
    /// `None` inside the header itself) and `column_name`. JSON: `record_index` (0-based
    /// top-level document) and `json_path` such as `$.user.phones[1]` or `$['first name']`;
    /// both `None` on a line that is not JSON.
    pub(crate) fn location(&self) -> Location {
        match &self.inner {
            Inner::Delimited(d) => d.location(),
            Inner::Json(j) => j.location(),
        }
    }
}
