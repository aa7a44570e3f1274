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

// The session wires the tracker in; until then only the tests use it.

use crate::finding::Location;
use memchr::{memchr, memchr2, memchr3};
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

// ---------------------------------------------------------------------------------------------
// Sniffing
// ---------------------------------------------------------------------------------------------

/// Decides from the first bytes whether content is delimited text or JSON; `None` for anything
/// else (prose, code, logs).
///
/// JSON: the first non-whitespace byte (after an optional UTF-8 BOM) is `{` or `[` and the whole
/// head tokenises as JSON (one document, JSON Lines or concatenated documents; the head may end
/// anywhere, even inside a string).
///
/// Delimited: under one of `,`, tab, `;`, `|` (quotes respected), the head holds at least 3
/// complete records, all with the same field count (or, under a header, some records shorter:
/// trailing cells left out), at least 2 fields that are not an empty
/// leading or trailing column (a `;` ending every line of code, a `|` framing Markdown rows); no
/// Markdown separator row (`|---|---|`), no malformed quoting, few blank lines, and the cells do
/// not read like prose (mostly many-word cells, or lines ending sentences). The delimiter giving
/// the most fields wins.
///
/// Header: the first record is a header when its cells are non-empty, distinct and none looks like
/// a value (a number, a date, an e-mail address, a URL, a boolean), and some column supports it:
/// its data cells do include values, or all have one length that differs from the header's.
pub(crate) fn sniff(head: &[u8]) -> Option<Structure> {
    let complete = head.len() < SNIFF_LEN;
    let head = &head[..head.len().min(SNIFF_LEN)];
    let head = head.strip_prefix(BOM).unwrap_or(head);
    let first = head.iter().position(|b| !b.is_ascii_whitespace())?;
    if matches!(head[first], b'{' | b'[') {
        return json_plausible(&head[first..]).then_some(Structure::Json);
    }
    if memchr(0, head).is_some() {
        return None;
    }
    let mut best: Option<(usize, u8, bool)> = None;
    for delimiter in DELIMITERS {
        if let Some((fields, header)) = delimited_plausible(head, delimiter, complete) {
            // Two headerless columns is how a log looks when each timestamp holds one comma
            // (`06:49:20,835`); real two-column data has a header.
            if fields < 3 && !header {
                continue;
            }
            if best.is_none_or(|(most, _, _)| fields > most) {
                best = Some((fields, delimiter, header));
            }
        }
    }
    best.map(|(_, delimiter, header)| Structure::Delimited { delimiter, header })
}

/// Whether `text` (starting at `{` or `[`) tokenises as JSON up to its end, which may cut a
/// token or document short.
fn json_plausible(text: &[u8]) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum E {
        Top,
        Value,
        ValueOrEnd,
        Key,
        KeyOrEnd,
        Colon,
        CommaOrEnd,
    }
    let mut stack: Vec<u8> = Vec::new();
    let mut expect = E::Top;
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if matches!(b, b' ' | b'\t' | b'\r' | b'\n') {
            i += 1;
            continue;
        }
        // What the byte is, given what may come here.
        let value_start = matches!(expect, E::Top | E::Value | E::ValueOrEnd);
        match b {
            b'{' | b'[' if value_start => {
                stack.push(b);
                expect = if b == b'{' {
                    E::KeyOrEnd
                } else {
                    E::ValueOrEnd
                };
                i += 1;
                continue;
            }
            b'}' if matches!(expect, E::KeyOrEnd | E::CommaOrEnd)
                && stack.last() == Some(&b'{') =>
            {
                stack.pop();
                i += 1;
            }
            b']' if matches!(expect, E::ValueOrEnd | E::CommaOrEnd)
                && stack.last() == Some(&b'[') =>
            {
                stack.pop();
                i += 1;
            }
            b',' if expect == E::CommaOrEnd => {
                expect = if stack.last() == Some(&b'{') {
                    E::Key
                } else {
                    E::Value
                };
                i += 1;
                continue;
            }
            b':' if expect == E::Colon => {
                expect = E::Value;
                i += 1;
                continue;
            }
            b'"' if expect != E::Top && (value_start || matches!(expect, E::Key | E::KeyOrEnd)) => {
                let key = matches!(expect, E::Key | E::KeyOrEnd);
                i += 1;
                loop {
                    let Some(p) = memchr2(b'"', b'\\', &text[i..]) else {
                        return text[i..].iter().all(|&c| c >= 0x20);
                    };
                    if text[i..i + p].iter().any(|&c| c < 0x20) {
                        return false;
                    }
                    i += p + 1;
                    if text[i - 1] == b'"' {
                        break;
                    }
                    let Some(&escaped) = text.get(i) else {
                        return true;
                    };
                    i += 1;
                    match escaped {
                        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {}
                        b'u' => {
                            let hex = &text[i..text.len().min(i + 4)];
                            if !hex.iter().all(u8::is_ascii_hexdigit) {
                                return false;
                            }
                            i += hex.len();
                        }
                        _ => return false,
                    }
                }
                if key {
                    expect = E::Colon;
                    continue;
                }
            }
            b'-' | b'0'..=b'9' if expect != E::Top && value_start => {
                let len = text[i..]
                    .iter()
                    .position(|&c| !matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
                    .unwrap_or(text.len() - i);
                i += len;
            }
            b't' | b'f' | b'n' if expect != E::Top && value_start => {
                let word: &[u8] = match b {
                    b't' => b"true",
                    b'f' => b"false",
                    _ => b"null",
                };
                let len = text[i..]
                    .iter()
                    .position(|c| !c.is_ascii_alphabetic())
                    .unwrap_or(text.len() - i);
                let got = &text[i..i + len];
                let truncated = i + len == text.len();
                if got != word && !(truncated && word.starts_with(got)) {
                    return false;
                }
                i += len;
            }
            _ => return false,
        }
        // A value ended.
        expect = if stack.is_empty() {
            E::Top
        } else {
            E::CommaOrEnd
        };
        if let Some(&next) = text.get(i) {
            // A scalar must be followed by a delimiter.
            if !matches!(
                next,
                b' ' | b'\t' | b'\r' | b'\n' | b',' | b']' | b'}' | b'{' | b'[' | b'"' | b':'
            ) {
                return false;
            }
        }
    }
    true
}

/// A cell of a sniffed record: its text (inside the quotes for a quoted cell) and whether it
/// was quoted.
type SniffCell<'a> = (&'a [u8], bool);

/// Splits `head` into complete records under `delimiter`; `None` on malformed quoting, or on a
/// record of too few or too many cells. The second value counts blank lines between records.
fn sniff_records(
    head: &[u8],
    delimiter: u8,
    complete: bool,
) -> Option<(Vec<Vec<SniffCell<'_>>>, usize)> {
    // A record of fewer than two cells, or of more than the first, rules the delimiter out
    // (see `delimited_plausible`): said as each record ends, most text is ruled out on its
    // first lines, where reading the whole head had cost a source file 80,000 instructions.
    let fits = |records: &Vec<Vec<SniffCell<'_>>>, cells: &Vec<SniffCell<'_>>| {
        cells.len() >= 2
            && records
                .first()
                .is_none_or(|first| cells.len() <= first.len())
    };
    let mut records = Vec::new();
    let mut blanks = 0;
    let mut pending_blanks = 0;
    let mut i = 0;
    let len = head.len();
    'records: while i < len {
        if head[i] == b'\n' || head[i..].starts_with(b"\r\n") {
            pending_blanks += 1;
            i += if head[i] == b'\n' { 1 } else { 2 };
            continue;
        }
        let mut cells = Vec::new();
        loop {
            if i < len && head[i] == b'"' {
                let start = i + 1;
                let mut j = start;
                loop {
                    let Some(p) = memchr(b'"', &head[j..]) else {
                        break 'records;
                    };
                    j += p + 1;
                    if j < len && head[j] == b'"' {
                        j += 1;
                        continue;
                    }
                    if j >= len && !complete {
                        break 'records;
                    }
                    break;
                }
                cells.push((&head[start..j - 1], true));
                i = j;
                // Only a delimiter or the line end may follow a closing quote.
                let after = memchr2(delimiter, b'\n', &head[i..]).unwrap_or(len - i);
                if head[i..i + after].iter().any(|&c| c != b'\r') {
                    return None;
                }
                i += after;
            } else {
                match memchr2(delimiter, b'\n', &head[i..]) {
                    Some(p) => {
                        cells.push((&head[i..i + p], false));
                        i += p;
                    }
                    None if complete => {
                        cells.push((&head[i..], false));
                        i = len;
                    }
                    None => break 'records,
                }
            }
            if i >= len {
                if !complete {
                    break 'records;
                }
                if !fits(&records, &cells) {
                    return None;
                }
                records.push(cells);
                blanks += std::mem::take(&mut pending_blanks);
                break 'records;
            }
            i += 1;
            if head[i - 1] == b'\n' {
                if !fits(&records, &cells) {
                    return None;
                }
                records.push(cells);
                blanks += std::mem::take(&mut pending_blanks);
                continue 'records;
            }
        }
    }
    Some((records, blanks))
}

/// Whether `head` reads as records separated by `delimiter`: the number of meaningful fields
/// and whether the first record is a header.
fn delimited_plausible(head: &[u8], delimiter: u8, complete: bool) -> Option<(usize, bool)> {
    memchr(delimiter, head)?;
    let (records, blanks) = sniff_records(head, delimiter, complete)?;
    if records.len() < 3 || blanks * 4 > records.len() {
        return None;
    }
    let fields = records[0].len();
    // Records shorter than the first (trailing cells left out) are allowed under a header.
    let ragged = records.iter().any(|r| r.len() != fields);
    if fields < 2 || records.iter().any(|r| r.len() < 2 || r.len() > fields) {
        return None;
    }
    // An empty first or last column in every record frames the lines rather than separating
    // fields (`use x;`, `| a | b |`, tab-indented code).
    let column_empty = |j: usize| records.iter().all(|r| sniff_cell(r, j).is_empty());
    let lo = usize::from(column_empty(0));
    let hi = fields - usize::from(column_empty(fields - 1));
    if hi < lo + 2 {
        return None;
    }
    let mut wordy = 0;
    let mut cells = 0;
    let mut sentences = 0;
    for record in &records {
        let record = &record[lo..hi.min(record.len())];
        let rules = record.iter().filter(|c| is_rule(trim(c.0))).count();
        if rules > 0
            && record
                .iter()
                .all(|c| is_rule(trim(c.0)) || trim(c.0).is_empty())
        {
            return None;
        }
        for &(cell, quoted) in record {
            cells += 1;
            if !quoted && words(cell) >= 4 {
                wordy += 1;
            }
        }
        if record.last().is_some_and(|c| ends_sentence(trim(c.0))) {
            sentences += 1;
        }
    }
    // A column of values (ids, amounts, dates) is structure that prose does not have: then a
    // free-text column may read like prose.
    let typed = (lo..hi).any(|j| records[1..].iter().all(|r| value_like(sniff_cell(r, j))));
    if !typed && (wordy * 2 >= cells || sentences * 2 > records.len()) {
        return None;
    }
    let header = is_header(&records, lo, hi);
    // Ragged records need more evidence: enough of them, under a header of plain short names.
    if ragged
        && !(header
            && records.len() >= 5
            && (lo..hi).all(|j| {
                let name = sniff_cell(&records[0], j);
                name.len() <= 64
                    && words(name) <= 4
                    && !name.iter().any(|c| b"<>{}=;\"".contains(c))
            }))
    {
        return None;
    }
    Some((hi - lo, header))
}

/// Cell `j` of a sniffed record, trimmed; empty when the record is shorter.
fn sniff_cell<'a>(record: &[SniffCell<'a>], j: usize) -> &'a [u8] {
    record.get(j).map_or(&[][..], |c| trim(c.0))
}

/// Whether the first record names the columns of the others.
fn is_header(records: &[Vec<SniffCell<'_>>], lo: usize, hi: usize) -> bool {
    let names: Vec<&[u8]> = (lo..hi).map(|j| sniff_cell(&records[0], j)).collect();
    if names.iter().any(|n| n.is_empty() || value_like(n)) {
        return false;
    }
    if names
        .iter()
        .enumerate()
        .any(|(a, n)| names[..a].contains(n))
    {
        return false;
    }
    let mut support = 0;
    for (j, name) in (lo..hi).zip(&names) {
        let data = || records[1..].iter().map(|r| sniff_cell(r, j));
        if data().any(value_like) {
            support += 1;
            continue;
        }
        // Codes of one length (`F`/`M`, `FR`/`IT`) under a name of another: with three data
        // rows at least, to be more than a coincidence.
        let mut lengths = data().map(<[u8]>::len);
        if let Some(first) = lengths.next() {
            if records.len() > 3 && first > 0 && first != name.len() && lengths.all(|l| l == first)
            {
                support += 1;
            }
        }
    }
    support > 0
}

/// A cell that is a value rather than a name: a number, an amount, a phone number, a date, an
/// e-mail address, a URL, a boolean.
fn value_like(cell: &[u8]) -> bool {
    let letters = cell.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let digits = cell.iter().filter(|c| c.is_ascii_digit()).count();
    // `2024-01-31`, `2024-01-31T10:00:00Z`, `2024-01-31 10:00:00+02:00`.
    let iso_date = cell.len() >= 10
        && cell[..4].iter().all(u8::is_ascii_digit)
        && cell[4] == b'-'
        && cell[5..7].iter().all(u8::is_ascii_digit)
        && cell[7] == b'-'
        && cell[8..]
            .iter()
            .all(|c| c.is_ascii_digit() || b":.TZ+- ".contains(c));
    (digits > 0 && letters == 0)
        || iso_date
        || memchr(b'@', cell).is_some()
        || memchr::memmem::find(cell, b"://").is_some()
        || [&b"true"[..], b"false", b"null"]
            .iter()
            .any(|w| cell.eq_ignore_ascii_case(w))
}

/// A Markdown table separator cell: `---`, `:---:`, `===`.
fn is_rule(cell: &[u8]) -> bool {
    cell.iter().filter(|&&c| c == b'-' || c == b'=').count() >= 3
        && cell
            .iter()
            .all(|c| matches!(c, b'-' | b'=' | b':' | b'+' | b' '))
}

fn words(cell: &[u8]) -> usize {
    cell.split(|&c| c == b' ').filter(|w| !w.is_empty()).count()
}

/// Text ending a sentence: `... word.`, `... word!`, `... word?`.
fn ends_sentence(cell: &[u8]) -> bool {
    match cell {
        [.., before, end] => matches!(end, b'.' | b'!' | b'?') && before.is_ascii_alphabetic(),
        _ => false,
    }
}

fn trim(mut s: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = s {
        if !first.is_ascii_whitespace() {
            break;
        }
        s = rest;
    }
    while let [rest @ .., last] = s {
        if !last.is_ascii_whitespace() {
            break;
        }
        s = rest;
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Tracking
// ---------------------------------------------------------------------------------------------

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

// --- Delimited -------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    /// Nothing of the cell yet (a `\r` does not count): a quote here opens a quoted cell.
    Start,
    Unquoted,
    Quoted,
    /// Just after a quote inside a quoted cell: `"` escapes, else the cell's quotes are closed.
    AfterQuote,
}

#[derive(Clone)]
struct Delimited {
    delimiter: u8,
    header: bool,
    state: Cell,
    /// Whether the current record has begun (so a line end is not a blank line).
    started: bool,
    /// 0-based column of the current cell.
    column: usize,
    /// Records completed, the header included, blank lines not.
    records: u64,
    /// Header names, back to back; the current one grows at the end while the header is read.
    names: Vec<u8>,
    /// Where each complete name ends in `names`.
    name_ends: Vec<u32>,
}

impl Delimited {
    fn consume(&mut self, bytes: &[u8]) {
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
    fn unquoted(&mut self, bytes: &[u8], mut i: usize) -> usize {
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
    fn special(&mut self, text: &[u8], b: u8) -> bool {
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
    fn text(&mut self, text: &[u8]) {
        if text.is_empty() {
            return;
        }
        if self.state == Cell::Start && text.iter().any(|&c| c != b'\r') {
            self.state = Cell::Unquoted;
            self.started = true;
        }
        self.capture(text);
    }

    fn in_header(&self) -> bool {
        self.header && self.records == 0
    }

    /// Appends text of the current cell to its name while the header is read.
    #[inline]
    fn capture(&mut self, mut text: &[u8]) {
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
    fn finish_name(&mut self) {
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

    fn end_cell(&mut self) {
        self.finish_name();
        self.column += 1;
        self.state = Cell::Start;
        self.started = true;
    }

    fn end_record(&mut self) {
        self.finish_name();
        self.records += 1;
        self.column = 0;
        self.state = Cell::Start;
        self.started = false;
    }

    fn field(&self) -> Option<&[u8]> {
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

    fn location(&self) -> Location {
        let row = match (self.header, self.records) {
            (true, 0) => None,
            (true, n) => Some(n),
            (false, n) => Some(n + 1),
        };
        Location {
            row,
            column_name: self
                .field()
                .map(|n| String::from_utf8_lossy(n).into_owned()),
            ..Location::default()
        }
    }
}

/// The high bit of each byte of `word` that equals `a`, `b` or `c`.
#[inline(always)]
fn matches3(word: u64, a: u8, b: u8, c: u8) -> u64 {
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
fn find3(a: u8, b: u8, c: u8, hay: &[u8]) -> Option<usize> {
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

// --- JSON ------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Value,
    ValueOrEnd,
    Key,
    KeyOrEnd,
    Colon,
    CommaOrEnd,
}

/// An open object or array.
#[derive(Debug, Clone, Copy)]
struct Frame {
    object: bool,
    /// What may come next at this level; `Value`/`ValueOrEnd` also while a value is read.
    expect: Expect,
    /// Whether the object has a current key, `keys[key_start..key_end]`.
    keyed: bool,
    key_start: u32,
    key_end: u32,
    /// The current element of an array.
    index: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lex {
    /// Between tokens.
    Normal,
    /// Inside a string; a key's text is kept.
    Str { key: bool },
    /// After a backslash in a string.
    Escape { key: bool },
    /// Reading the hex digits of a `\u` escape in a key.
    Unicode { digits: u8, unit: u16 },
    /// A number or literal.
    Scalar,
    /// The rest of a line that is not JSON (or where a record broke).
    Garbage,
}

#[derive(Clone)]
struct Json {
    /// The open containers, outermost first, at most `MAX_DEPTH`.
    frames: Vec<Frame>,
    /// Open containers beyond `MAX_DEPTH`.
    overflow: u64,
    /// The current keys of the open objects, back to back.
    keys: Vec<u8>,
    lex: Lex,
    /// A `\uD8xx` escape in a key waiting for its low half.
    high_surrogate: u16,
    /// Records completed or abandoned: the index of the current (or next) record.
    records: u64,
    in_record: bool,
    /// Set once a record was complete on one line: then a record open at a line end is broken.
    jsonl: bool,
    /// Whether the current record spans a line end.
    record_newline: bool,
    /// Only whitespace since the last line end.
    line_start: bool,
}

impl Json {
    fn consume(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() {
            match self.lex {
                Lex::Normal => {
                    // Strings and scalars are read on the spot: no state dispatch per token.
                    while let Some(&b) = bytes.get(i) {
                        i += 1;
                        if matches!(b, b' ' | b'\t' | b'\r') {
                            continue;
                        }
                        self.token(b);
                        i = match self.lex {
                            Lex::Normal => continue,
                            Lex::Str { key } => self.string(bytes, i, key),
                            Lex::Scalar => self.scalar(bytes, i),
                            _ => break,
                        };
                        if self.lex != Lex::Normal {
                            break;
                        }
                    }
                }
                Lex::Str { key } => i = self.string(bytes, i, key),
                Lex::Escape { key } => {
                    let b = bytes[i];
                    i += 1;
                    if b == b'\n' {
                        self.line_end_in_string();
                    } else if !key {
                        self.lex = Lex::Str { key };
                    } else if b == b'u' {
                        self.lex = Lex::Unicode { digits: 0, unit: 0 };
                    } else {
                        let c = match b {
                            b'b' => 8,
                            b'f' => 12,
                            b'n' => b'\n',
                            b'r' => b'\r',
                            b't' => b'\t',
                            other => other,
                        };
                        self.key_bytes(&[c]);
                        self.lex = Lex::Str { key };
                    }
                }
                Lex::Unicode { digits, unit } => {
                    let b = bytes[i];
                    match (b as char).to_digit(16) {
                        Some(v) => {
                            i += 1;
                            let unit = unit << 4 | v as u16;
                            if digits == 3 {
                                self.lex = Lex::Str { key: true };
                                self.key_unit(unit);
                            } else {
                                self.lex = Lex::Unicode {
                                    digits: digits + 1,
                                    unit,
                                };
                            }
                        }
                        None => {
                            // A broken escape: a replacement character, and the byte is read
                            // again as string text.
                            self.lex = Lex::Str { key: true };
                            self.key_char('\u{FFFD}');
                        }
                    }
                }
                Lex::Scalar => i = self.scalar(bytes, i),
                Lex::Garbage => match memchr(b'\n', &bytes[i..]) {
                    Some(p) => {
                        i += p + 1;
                        self.abandon();
                        self.line_start = true;
                    }
                    None => break,
                },
            }
        }
    }

    /// Reads string text from `i`; returns where it stopped: after the closing quote (the lexer
    /// back to `Normal`), or at the end of `bytes` (still in the string).
    fn string(&mut self, bytes: &[u8], mut i: usize, key: bool) -> usize {
        loop {
            let rest = &bytes[i..];
            let Some(p) = find3(b'"', b'\\', b'\n', rest) else {
                if key {
                    self.key_bytes(rest);
                }
                return bytes.len();
            };
            if key {
                self.key_bytes(&rest[..p]);
            }
            i += p + 1;
            match rest[p] {
                b'"' => {
                    self.end_string(key);
                    return i;
                }
                b'\\' => match bytes.get(i) {
                    // A value's escape is skipped right here; a key's is decoded.
                    Some(&escaped) if !key && escaped != b'\n' => i += 1,
                    _ => {
                        self.lex = Lex::Escape { key };
                        return i;
                    }
                },
                _ => {
                    self.line_end_in_string();
                    return i;
                }
            }
        }
    }

    /// Reads a number or literal from `i`; returns where it stopped.
    fn scalar(&mut self, bytes: &[u8], i: usize) -> usize {
        let end = bytes[i..].iter().position(
            |&c| !matches!(c, b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'+' | b'-' | b'.'),
        );
        match end {
            Some(p) => {
                self.lex = Lex::Normal;
                self.value_done();
                i + p
            }
            None => bytes.len(),
        }
    }

    /// One byte between tokens.
    fn token(&mut self, b: u8) {
        match b {
            b' ' | b'\t' | b'\r' => return,
            b'\n' => {
                self.line_start = true;
                if self.in_record {
                    self.record_newline = true;
                    if self.jsonl {
                        self.abandon();
                    }
                }
                return;
            }
            _ => {}
        }
        let line_start = std::mem::replace(&mut self.line_start, false);
        if self.overflow > 0 {
            match b {
                b'{' | b'[' => self.overflow += 1,
                b'}' | b']' => {
                    self.overflow -= 1;
                    if self.overflow == 0 {
                        self.value_done();
                    }
                }
                b'"' => self.lex = Lex::Str { key: false },
                _ => {}
            }
            return;
        }
        let Some(top) = self.frames.last_mut() else {
            self.top_level(b);
            return;
        };
        let ok = match (top.object, top.expect, b) {
            (true, Expect::KeyOrEnd | Expect::Key, b'"') => {
                self.keys.truncate(top.key_start as usize);
                top.keyed = false;
                top.key_end = top.key_start;
                self.high_surrogate = 0;
                self.lex = Lex::Str { key: true };
                true
            }
            (true, Expect::Colon, b':') => {
                top.expect = Expect::Value;
                true
            }
            (_, Expect::CommaOrEnd, b',') => {
                if top.object {
                    top.expect = Expect::Key;
                } else {
                    top.expect = Expect::Value;
                    top.index = top.index.saturating_add(1);
                }
                true
            }
            (true, Expect::KeyOrEnd | Expect::CommaOrEnd, b'}')
            | (false, Expect::ValueOrEnd | Expect::CommaOrEnd, b']') => {
                self.pop();
                true
            }
            (_, Expect::Value | Expect::ValueOrEnd, _) => self.start_value(b),
            _ => false,
        };
        if !ok {
            if line_start && matches!(b, b'{' | b'[') {
                // A record left open on an earlier line: this line starts the next one.
                self.abandon();
                self.top_level(b);
            } else {
                self.lex = Lex::Garbage;
            }
        }
    }

    fn top_level(&mut self, b: u8) {
        match b {
            b'{' | b'[' => {
                self.in_record = true;
                self.record_newline = false;
                self.push(b == b'{');
            }
            b'"' => {
                self.in_record = true;
                self.record_newline = false;
                self.lex = Lex::Str { key: false };
            }
            _ => self.lex = Lex::Garbage,
        }
    }

    fn start_value(&mut self, b: u8) -> bool {
        match b {
            b'{' | b'[' => self.push(b == b'{'),
            b'"' => self.lex = Lex::Str { key: false },
            b'-' | b'0'..=b'9' | b't' | b'f' | b'n' => self.lex = Lex::Scalar,
            _ => return false,
        }
        true
    }

    fn push(&mut self, object: bool) {
        if self.frames.len() >= MAX_DEPTH {
            self.overflow += 1;
            return;
        }
        let at = self.keys.len() as u32;
        self.frames.push(Frame {
            object,
            expect: if object {
                Expect::KeyOrEnd
            } else {
                Expect::ValueOrEnd
            },
            keyed: false,
            key_start: at,
            key_end: at,
            index: 0,
        });
    }

    fn pop(&mut self) {
        if let Some(frame) = self.frames.pop() {
            self.keys.truncate(frame.key_start as usize);
        }
        self.value_done();
    }

    /// A value (string, scalar, container) ended at the current level.
    fn value_done(&mut self) {
        if self.overflow > 0 {
            return;
        }
        match self.frames.last_mut() {
            Some(top) => top.expect = Expect::CommaOrEnd,
            None => {
                self.records += 1;
                self.in_record = false;
                if !self.record_newline {
                    self.jsonl = true;
                }
            }
        }
    }

    fn end_string(&mut self, key: bool) {
        self.lex = Lex::Normal;
        if !key {
            self.value_done();
            return;
        }
        self.flush_surrogate();
        let end = self.keys.len() as u32;
        if let Some(top) = self.frames.last_mut() {
            top.key_end = end;
            top.keyed = true;
            top.expect = Expect::Colon;
        }
    }

    /// A raw line end cannot be inside a JSON string: the line was broken.
    fn line_end_in_string(&mut self) {
        self.abandon();
        self.line_start = true;
    }

    /// Back to the top level; a record in progress counts as one.
    fn abandon(&mut self) {
        if self.in_record {
            self.records += 1;
            self.in_record = false;
        }
        self.frames.clear();
        self.keys.clear();
        self.overflow = 0;
        self.lex = Lex::Normal;
        self.high_surrogate = 0;
    }

    /// Appends decoded key text, up to the cap.
    fn key_bytes(&mut self, text: &[u8]) {
        if text.is_empty() {
            return;
        }
        self.flush_surrogate();
        let Some(top) = self.frames.last() else {
            return;
        };
        let room = MAX_NAME.saturating_sub(self.keys.len() - top.key_start as usize);
        self.keys.extend_from_slice(&text[..text.len().min(room)]);
    }

    fn key_char(&mut self, c: char) {
        self.flush_surrogate();
        self.key_char_raw(c);
    }

    /// Appends `c` if it fits whole.
    fn key_char_raw(&mut self, c: char) {
        let Some(top) = self.frames.last() else {
            return;
        };
        let mut buf = [0; 4];
        let encoded = c.encode_utf8(&mut buf).as_bytes();
        if self.keys.len() - top.key_start as usize + encoded.len() <= MAX_NAME {
            self.keys.extend_from_slice(encoded);
        }
    }

    /// A UTF-16 unit from a `\u` escape; surrogate halves pair up.
    fn key_unit(&mut self, unit: u16) {
        match unit {
            0xD800..=0xDBFF => {
                self.flush_surrogate();
                self.high_surrogate = unit;
            }
            0xDC00..=0xDFFF if self.high_surrogate != 0 => {
                let high = u32::from(std::mem::take(&mut self.high_surrogate));
                let c = 0x10000 + ((high - 0xD800) << 10) + (u32::from(unit) - 0xDC00);
                self.key_char_raw(char::from_u32(c).unwrap_or('\u{FFFD}'));
            }
            _ => self.key_char(char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}')),
        }
    }

    /// An unpaired high surrogate becomes a replacement character.
    fn flush_surrogate(&mut self) {
        if std::mem::take(&mut self.high_surrogate) != 0 {
            self.key_char_raw('\u{FFFD}');
        }
    }

    /// Whether the top frame (at `i`) or a frame below it is in its member's value.
    fn in_value(&self, i: usize, frame: &Frame) -> bool {
        i + 1 < self.frames.len() || matches!(frame.expect, Expect::Value | Expect::ValueOrEnd)
    }

    fn key(&self, frame: &Frame) -> &[u8] {
        &self.keys[frame.key_start as usize..frame.key_end as usize]
    }

    fn field(&self) -> Option<&[u8]> {
        if self.overflow > 0
            || matches!(
                self.lex,
                Lex::Garbage
                    | Lex::Str { key: true }
                    | Lex::Escape { key: true }
                    | Lex::Unicode { .. }
            )
        {
            return None;
        }
        let (i, frame) = self
            .frames
            .iter()
            .enumerate()
            .rev()
            .find(|(_, f)| f.object)?;
        let key = self.key(frame);
        (frame.keyed && !key.is_empty() && self.in_value(i, frame)).then_some(key)
    }

    fn location(&self) -> Location {
        if self.lex == Lex::Garbage && !self.in_record {
            return Location::default();
        }
        let mut path = String::from("$");
        for (i, frame) in self.frames.iter().enumerate() {
            if !frame.object {
                let _ = write!(path, "[{}]", frame.index);
                continue;
            }
            if !(frame.keyed && self.in_value(i, frame)) {
                break;
            }
            let key = String::from_utf8_lossy(self.key(frame));
            let simple = key
                .bytes()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
                && key.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
            if simple {
                path.push('.');
                path.push_str(&key);
            } else {
                path.push_str("['");
                for c in key.chars() {
                    if c == '\'' || c == '\\' {
                        path.push('\\');
                    }
                    path.push(c);
                }
                path.push_str("']");
            }
        }
        Location {
            record_index: Some(self.records),
            json_path: Some(path),
            ..Location::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: Structure = Structure::Delimited {
        delimiter: b',',
        header: true,
    };

    /// What the tracker says about every byte of `input`, consuming it byte by byte.
    fn answers(structure: Structure, input: &[u8]) -> Vec<(Option<Vec<u8>>, Location)> {
        let mut tracker = Tracker::new(structure);
        let mut out = Vec::with_capacity(input.len() + 1);
        for i in 0..input.len() {
            out.push((tracker.field().map(<[u8]>::to_vec), tracker.location()));
            tracker.consume(&input[i..=i]);
        }
        out.push((tracker.field().map(<[u8]>::to_vec), tracker.location()));
        out
    }

    /// Field and location of the first byte of the `nth` occurrence of `needle`.
    fn at_nth(
        structure: Structure,
        input: &str,
        needle: &str,
        nth: usize,
    ) -> (Option<String>, Location) {
        let at = input
            .match_indices(needle)
            .nth(nth)
            .unwrap_or_else(|| panic!("{needle:?} #{nth} not in input"))
            .0;
        let mut tracker = Tracker::new(structure);
        tracker.consume(&input.as_bytes()[..at]);
        assert_eq!(tracker.offset(), at as u64);
        let field = tracker
            .field()
            .map(|f| String::from_utf8(f.to_vec()).unwrap());
        (field, tracker.location())
    }

    fn at(structure: Structure, input: &str, needle: &str) -> (Option<String>, Location) {
        at_nth(structure, input, needle, 0)
    }

    fn cell(row: u64, column: Option<&str>) -> (Option<String>, Location) {
        (
            column.map(str::to_string),
            Location {
                row: Some(row),
                column_name: column.map(str::to_string),
                ..Location::default()
            },
        )
    }

    fn json(record: u64, path: &str, field: Option<&str>) -> (Option<String>, Location) {
        (
            field.map(str::to_string),
            Location {
                record_index: Some(record),
                json_path: Some(path.to_string()),
                ..Location::default()
            },
        )
    }

    fn delimited(delimiter: u8, header: bool) -> Option<Structure> {
        Some(Structure::Delimited { delimiter, header })
    }

    /// A small deterministic generator.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 >> 33
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    // --- sniff -------------------------------------------------------------------------------

    #[test]
    fn sniff_csv_with_header() {
        let csv = "name,email,dob\nAlice Smith,alice@example.com,1990-01-02\nBob Jones,bob@example.org,1985-12-31\n";
        assert_eq!(sniff(csv.as_bytes()), delimited(b',', true));
        // Records shorter than the header (trailing cells left out).
        let ragged = "version,codename,created,release,eol,eol-server\n4.10,Warty Warthog,2004-03-05,2004-10-20,2006-04-30\n5.04,Hoary Hedgehog,2004-10-20,2005-04-08,2006-10-31\n6.06 LTS,Dapper Drake,2005-10-12,2006-06-01,2009-07-14,2011-06-01\n6.10,Edgy Eft,2006-06-01,2006-10-26,2008-04-25\n";
        assert_eq!(sniff(ragged.as_bytes()), delimited(b',', true));
        // ... but not without a header, nor longer than the first record.
        assert_eq!(sniff(b"a,b,c\nd,e\nf,g,h\ni,j\nk,l\n"), None);
        assert_eq!(sniff(b"id,name,note\n1,x\n2,y\n"), None, "too few records");
        assert_eq!(sniff(b"id,name\n1,x\n2,y,z\n"), None);
        // Trailing blank lines, a free-text column next to typed ones.
        let tickets = "id,opened,comment\n1,2024-01-02,Customer called about the invoice.\n2,2024-01-03,Asked for a refund.\n3,2024-01-04,\n\n\n";
        assert_eq!(sniff(tickets.as_bytes()), delimited(b',', true));
        let quoted = "\u{feff}\"id\",\"comment\",\"amount\"\r\n1,\"hello, world\",12.50\r\n2,\"two\nlines\",3\r\n3,\"say \"\"hi\"\"\",4\r\n";
        assert_eq!(sniff(quoted.as_bytes()), delimited(b',', true));
    }

    #[test]
    fn sniff_tsv_semicolon_pipe() {
        let tsv =
            "id\tname\tphone\n1\tAlice\t+1 555 0100\n2\tBob\t+1 555 0101\n3\tCarol\t+1 555 0102\n";
        assert_eq!(sniff(tsv.as_bytes()), delimited(b'\t', true));
        let semi = "Kunde;Betrag;Datum\nMüller;12,50;01.02.2024\nSchmidt;3,20;02.02.2024\nWeber;7,00;03.02.2024\n";
        assert_eq!(sniff(semi.as_bytes()), delimited(b';', true));
        let pipe = "user|ssn|state\njdoe|123-45-6789|CA\nasmith|987-65-4321|NY\n";
        assert_eq!(sniff(pipe.as_bytes()), delimited(b'|', true));
    }

    #[test]
    fn sniff_header_detection() {
        // No header: the first row holds values.
        let numbers = "1,alice@example.com,2020-01-01\n2,bob@example.com,2021-02-02\n3,carol@example.com,2022-03-03\n";
        assert_eq!(sniff(numbers.as_bytes()), delimited(b',', false));
        // Text everywhere and nothing telling the first row apart: no header.
        let text = "Alice,Paris,F\nBob,Rome,M\nCarol,Oslo,F\n";
        assert_eq!(sniff(text.as_bytes()), delimited(b',', false));
        // Repeated names are not a header.
        let repeated = "a,a,b\n1,2,3\n4,5,6\n";
        assert_eq!(sniff(repeated.as_bytes()), delimited(b',', false));
        // Codes of one length under a longer name.
        let codes = "name,gender,country\nAlice,F,FR\nBob,M,IT\nCarol,F,DE\n";
        assert_eq!(sniff(codes.as_bytes()), delimited(b',', true));
    }

    #[test]
    fn sniff_truncated_head() {
        // A head cut mid-record (a full SNIFF_LEN bytes): the partial record is ignored.
        let mut csv = String::from("id,card,holder\n");
        let mut n = 0;
        while csv.len() < SNIFF_LEN + 100 {
            csv.push_str(&format!(
                "{n},4111111111111111,\"Holder {n}\nsecond line\"\n"
            ));
            n += 1;
        }
        assert_eq!(sniff(&csv.as_bytes()[..SNIFF_LEN]), delimited(b',', true));
        let mut json = String::from("[");
        while json.len() < SNIFF_LEN + 100 {
            json.push_str(r#"{"name": "Alice \"A\" Smith", "n": -1.5e3, "ok": true, "x": null},"#);
        }
        for cut in SNIFF_LEN - 80..SNIFF_LEN {
            assert_eq!(
                sniff(&json.as_bytes()[..cut]),
                Some(Structure::Json),
                "{cut}"
            );
        }
    }

    #[test]
    fn sniff_json() {
        assert_eq!(
            sniff(br#"{"a": 1, "b": [true, false, null, "x\u00e9"]}"#),
            Some(Structure::Json)
        );
        assert_eq!(
            sniff(b"\xEF\xBB\xBF  [1, 2.5, -3e4]\n"),
            Some(Structure::Json)
        );
        let jsonl = "{\"id\":1,\"email\":\"a@b.c\"}\n{\"id\":2,\"email\":\"d@e.f\"}\n";
        assert_eq!(sniff(jsonl.as_bytes()), Some(Structure::Json));
        let pretty = "{\n  \"user\": {\n    \"name\": \"Alice\",\n    \"tags\": [\n      \"a\",\n      \"b\"\n    ]\n  }\n}\n";
        assert_eq!(sniff(pretty.as_bytes()), Some(Structure::Json));
        assert_eq!(sniff(b"{}{}[]"), Some(Structure::Json));
    }

    #[test]
    fn sniff_negatives() {
        let cases: &[(&str, &str)] = &[
            ("empty", ""),
            ("blank", "  \n\n"),
            (
                "prose with commas",
                "Hello there, my friend.\nI went home, then slept.\nShe said yes, and left.\nWe met again, of course.\n",
            ),
            (
                "prose paragraph",
                "The quick brown fox, being quick, jumped over the lazy dog.\nAfter that, nothing much happened, and the dog went back to sleep.\nIn the end, everyone agreed it was a fine day, all things considered.\n",
            ),
            (
                "rust source",
                "use std::collections::HashMap;\nuse std::io;\n\nfn main() {\n    let mut map = HashMap::new();\n    map.insert(\"a\", 1);\n    println!(\"{:?}\", map);\n}\n",
            ),
            ("rust imports", "use a;\nuse b;\nuse c;\nuse d;\n"),
            (
                "log file",
                "2024-03-01 12:00:01 INFO  server started on port 8080\n2024-03-01 12:00:02 WARN  slow request, path=/api/users, took 1200ms\n2024-03-01 12:00:03 ERROR failed to connect to db: timeout\n2024-03-01 12:00:04 INFO  retrying, attempt 2\n",
            ),
            (
                "markdown table",
                "| Name | Email |\n|------|-------|\n| Alice | a@example.com |\n| Bob | b@example.com |\n",
            ),
            (
                "markdown table without frame",
                "Name | Email\n--- | ---\nAlice | a@example.com\nBob | b@example.com\n",
            ),
            (
                "yaml",
                "server:\n  host: localhost\n  ports: [80, 443]\n  tags:\n    - a, b\n    - c\n",
            ),
            ("ini", "[database]\nhost = db, replica\nport = 5432\n; comment, here\nuser = admin\n"),
            ("csv-ish sentence", "Alice, Bob, and Carol went to Paris, Rome, and Oslo\n"),
            ("two lines", "a,b\n1,2\n"),
            ("one column", "name\nAlice\nBob\nCarol\n"),
            ("markdown link", "[trawl](https://example.com) finds secrets, PII and more.\n"),
            ("ini section", "[section]\nkey=value\n"),
            ("js object", "{ foo: 1, bar: 2 }\n"),
            ("template", "{{ name }}, {{ email }}\n"),
            ("broken quoting", "\"Hello,\" she said, twice\n\"Bye,\" he said, once\n\"Yes,\" we said, thrice\n"),
            ("tab-indented code", "\tif (x) {\n\t\treturn 1;\n\t}\n\tfoo();\n"),
            ("binary", "a,b\n1,2\n3,\x004\n5,6\n"),
            (
                "log with one comma a line",
                "2024-03-01 12:00:01 INFO user logged in, id=5\n2024-03-01 12:00:02 INFO user logged out, id=5\n2024-03-01 12:00:03 WARN retrying request, attempt=2\n",
            ),
            ("blank lines between", "a,b\n\n1,2\n\n3,4\n\n5,6\n"),
        ];
        for (name, text) in cases {
            assert_eq!(sniff(text.as_bytes()), None, "{name}");
        }
    }

    // --- delimited ---------------------------------------------------------------------------

    #[test]
    fn csv_rows_and_columns() {
        let input = "name , email,dob\nAlice,alice@example.com,1990-01-02\nBob,bob@example.org,1985-12-31\n";
        assert_eq!(at(CSV, input, "name"), (None, Location::default()));
        assert_eq!(at(CSV, input, "Alice"), cell(1, Some("name")));
        assert_eq!(at(CSV, input, "alice@"), cell(1, Some("email")));
        assert_eq!(at(CSV, input, "1990"), cell(1, Some("dob")));
        assert_eq!(at(CSV, input, "Bob"), cell(2, Some("name")));
        assert_eq!(at(CSV, input, "1985"), cell(2, Some("dob")));
        let mut tracker = Tracker::new(CSV);
        tracker.consume(input.as_bytes());
        assert_eq!(tracker.offset(), input.len() as u64);
        assert_eq!(tracker.location(), cell(3, Some("name")).1);
    }

    #[test]
    fn csv_quoting_and_multiline_cells() {
        let input = "\"id\",\"full \"\"legal\"\" name\",\"note, with comma\"\n1,\"Smith, John\",\"line one\nline two\nSECRET here\"\n2,\"a\"\"b\",x\"y\n3,\"x\"junk,tail\n";
        assert_eq!(at(CSV, input, "1,"), cell(1, Some("id")));
        assert_eq!(at(CSV, input, "John"), cell(1, Some("full \"legal\" name")));
        assert_eq!(at(CSV, input, "SECRET"), cell(1, Some("note, with comma")));
        assert_eq!(at(CSV, input, "2,"), cell(2, Some("id")));
        assert_eq!(at(CSV, input, "b\","), cell(2, Some("full \"legal\" name")));
        assert_eq!(at(CSV, input, "y\n"), cell(2, Some("note, with comma")));
        assert_eq!(at(CSV, input, "junk"), cell(3, Some("full \"legal\" name")));
        assert_eq!(at(CSV, input, "tail"), cell(3, Some("note, with comma")));
    }

    #[test]
    fn csv_crlf_blank_lines_and_extra_cells() {
        let input = "\u{feff}a,b\r\n\r\n1,2\r\n\n3,4,5,6\r\n\r\n7,\"8\"\r\n9";
        assert_eq!(at(CSV, input, "1"), cell(1, Some("a")));
        assert_eq!(at(CSV, input, "2"), cell(1, Some("b")));
        assert_eq!(at(CSV, input, "3"), cell(2, Some("a")));
        assert_eq!(at(CSV, input, "5"), cell(2, None));
        assert_eq!(at(CSV, input, "6"), cell(2, None));
        assert_eq!(at(CSV, input, "8"), cell(3, Some("b")));
        // A final record without a line end.
        assert_eq!(at(CSV, input, "9"), cell(4, Some("a")));
    }

    #[test]
    fn csv_without_header() {
        let tsv = Structure::Delimited {
            delimiter: b'\t',
            header: false,
        };
        let input = "1\tAlice\n2\tBob\n";
        assert_eq!(at(tsv, input, "1"), cell(1, None));
        assert_eq!(at(tsv, input, "Bob"), cell(2, None));
    }

    #[test]
    fn csv_header_names_are_capped() {
        let long = "n".repeat(300);
        let input = format!("\"  {long}  \",é{},,b\n1,2,3,4\n", "x".repeat(127));
        let mut tracker = Tracker::new(CSV);
        tracker.consume(input.as_bytes());
        tracker.consume(b"v");
        assert_eq!(tracker.field(), Some(&long.as_bytes()[..MAX_NAME]));
        tracker.consume(b",");
        // 'é' is 2 bytes: 129 bytes cut to 128 would split a char at the end, so 'x' is cut.
        let second = format!("é{}", "x".repeat(126));
        assert_eq!(tracker.field(), Some(second.as_bytes()));
        tracker.consume(b",");
        assert_eq!(tracker.field(), None, "empty header cell");
        tracker.consume(b",");
        assert_eq!(tracker.field(), Some(&b"b"[..]));

        let mut header = (0..MAX_COLUMNS + 10)
            .map(|c| format!("c{c}"))
            .collect::<Vec<_>>()
            .join(",");
        header.push('\n');
        let mut tracker = Tracker::new(CSV);
        tracker.consume(header.as_bytes());
        tracker.consume(&b",".repeat(MAX_COLUMNS - 1));
        assert_eq!(
            tracker.field(),
            Some(format!("c{}", MAX_COLUMNS - 1).as_bytes())
        );
        tracker.consume(b",");
        assert_eq!(tracker.field(), None);
    }

    // --- JSON --------------------------------------------------------------------------------

    #[test]
    fn json_nested_objects_and_arrays() {
        let input = r#"{"user": {"name": "Alice", "contact": {"email": "a@x.io", "phones": ["+1 555", "+44 20"]}}, "n": 5, "m": [[1, 2], [3, {"deep": "v"}]]}"#;
        let j = Structure::Json;
        assert_eq!(at(j, input, "Alice"), json(0, "$.user.name", Some("name")));
        assert_eq!(
            at(j, input, "a@x"),
            json(0, "$.user.contact.email", Some("email"))
        );
        assert_eq!(
            at(j, input, "+1"),
            json(0, "$.user.contact.phones[0]", Some("phones"))
        );
        assert_eq!(
            at(j, input, "+44"),
            json(0, "$.user.contact.phones[1]", Some("phones"))
        );
        assert_eq!(at(j, input, "5,"), json(0, "$.n", Some("n")));
        assert_eq!(at(j, input, "2]"), json(0, "$.m[0][1]", Some("m")));
        assert_eq!(at(j, input, "3,"), json(0, "$.m[1][0]", Some("m")));
        assert_eq!(
            at(j, input, "\"v\""),
            json(0, "$.m[1][1].deep", Some("deep"))
        );
        // The key itself and the space between members belong to no field.
        assert_eq!(at(j, input, "name"), json(0, "$.user", None));
        assert_eq!(at(j, input, " \"n\""), json(0, "$", None));
        let mut tracker = Tracker::new(j);
        tracker.consume(input.as_bytes());
        assert_eq!(tracker.location(), json(1, "$", None).1);
    }

    #[test]
    fn json_arrays_of_objects() {
        let input =
            r#"[{"id": 1, "ssn": "123-45-6789"}, {"id": 2, "ssn": "987-65-4321", "tags": []}]"#;
        let j = Structure::Json;
        assert_eq!(at(j, input, "123"), json(0, "$[0].ssn", Some("ssn")));
        assert_eq!(at(j, input, "2,"), json(0, "$[1].id", Some("id")));
        assert_eq!(at(j, input, "987"), json(0, "$[1].ssn", Some("ssn")));
        assert_eq!(at(j, input, "]}"), json(0, "$[1].tags[0]", Some("tags")));
    }

    #[test]
    fn json_escaped_keys() {
        let input = r#"{"first name": "A", "caf\u00e9": "B", "q\"k\\": "C", "it's": "D", "\ud83d\ude00": "E", "_ok9": "F", "9x": "G", "": "H", "\ud800x": "I"}"#;
        let j = Structure::Json;
        assert_eq!(
            at(j, input, "\"A"),
            json(0, "$['first name']", Some("first name"))
        );
        assert_eq!(at(j, input, "\"B"), json(0, "$['café']", Some("café")));
        assert_eq!(
            at(j, input, "\"C"),
            json(0, r#"$['q"k\\']"#, Some("q\"k\\"))
        );
        assert_eq!(at(j, input, "\"D"), json(0, r"$['it\'s']", Some("it's")));
        assert_eq!(at(j, input, "\"E"), json(0, "$['😀']", Some("😀")));
        assert_eq!(at(j, input, "\"F"), json(0, "$._ok9", Some("_ok9")));
        assert_eq!(at(j, input, "\"G"), json(0, "$['9x']", Some("9x")));
        assert_eq!(at(j, input, "\"H"), json(0, "$['']", None));
        assert_eq!(
            at(j, input, "\"I"),
            json(0, "$['\u{FFFD}x']", Some("\u{FFFD}x"))
        );
        // Escapes in values do not end the string.
        let input = r#"{"a": "x\"y\\", "b": "z\u0022"}"#;
        assert_eq!(at(j, input, "z"), json(0, "$.b", Some("b")));
    }

    #[test]
    fn json_keys_are_capped() {
        let key = "k".repeat(200);
        let input = format!(r#"{{"{key}": "v"}}"#);
        let (field, _) = at(Structure::Json, &input, "\"v");
        assert_eq!(field.as_deref(), Some(&key[..MAX_NAME]));
    }

    #[test]
    fn jsonl_record_indexes() {
        let input = "{\"a\": \"x\"}\n{\"b\": [\"y\"]}\r\n\n[\"z\"]\n\"top\"\n{\"c\": {\"d\": \"w\"}}{\"e\": \"v\"}";
        let j = Structure::Json;
        assert_eq!(at(j, input, "x"), json(0, "$.a", Some("a")));
        assert_eq!(at(j, input, "y"), json(1, "$.b[0]", Some("b")));
        assert_eq!(at(j, input, "z"), json(2, "$[0]", None));
        assert_eq!(at(j, input, "top"), json(3, "$", None));
        assert_eq!(at(j, input, "w"), json(4, "$.c.d", Some("d")));
        assert_eq!(at(j, input, "v\""), json(5, "$.e", Some("e")));
    }

    #[test]
    fn leading_bom_is_skipped() {
        let input = "\u{feff}{\"a\": \"x\"}\n42\n{\"b\": \"y\"}\n";
        assert_eq!(at(Structure::Json, input, "x"), json(0, "$.a", Some("a")));
        // A top-level scalar line is not a record.
        assert_eq!(at(Structure::Json, input, "42"), json(1, "$", None));
        assert_eq!(
            at(Structure::Json, input, "\n{"),
            (None, Location::default())
        );
        assert_eq!(at(Structure::Json, input, "y"), json(1, "$.b", Some("b")));
        let input = "\u{feff}\"id\",name\n7,Al\n";
        assert_eq!(at(CSV, input, "7"), cell(1, Some("id")));
        assert_eq!(at(CSV, input, "Al"), cell(1, Some("name")));
    }

    #[test]
    fn pretty_json_is_one_record() {
        let input = "{\n  \"users\": [\n    {\n      \"name\": \"Alice\",\n      \"email\": \"a@x.io\"\n    },\n    {\n      \"name\": \"Bob\"\n    }\n  ]\n}\n{\n  \"next\": \"doc\"\n}\n";
        let j = Structure::Json;
        assert_eq!(
            at(j, input, "Alice"),
            json(0, "$.users[0].name", Some("name"))
        );
        assert_eq!(
            at(j, input, "a@x"),
            json(0, "$.users[0].email", Some("email"))
        );
        assert_eq!(
            at(j, input, "Bob"),
            json(0, "$.users[1].name", Some("name"))
        );
        assert_eq!(at(j, input, "doc"), json(1, "$.next", Some("next")));
    }

    #[test]
    fn jsonl_broken_lines_resync() {
        let j = Structure::Json;
        // An unterminated string: the line end breaks the record.
        let input = "{\"a\": \"x\"}\n{\"b\": \"unterminated\n{\"c\": \"y\"}\n";
        assert_eq!(at(j, input, "unterminated"), json(1, "$.b", Some("b")));
        assert_eq!(at(j, input, "y"), json(2, "$.c", Some("c")));
        // Unbalanced brackets in JSON Lines end at the line end.
        let input =
            "{\"a\": 1}\n{\"b\": [1, 2,\n{\"c\": \"y\"}\n{\"d\": {\"e\": 1\n{\"f\": \"z\"}\n";
        assert_eq!(at(j, input, "y"), json(2, "$.c", Some("c")));
        assert_eq!(at(j, input, "z"), json(4, "$.f", Some("f")));
        // Not yet known to be JSON Lines: a new record at a line start where a member was due.
        let input = "{\"a\": 1\n{\"c\": \"y\"}\n";
        assert_eq!(at(j, input, "y"), json(1, "$.c", Some("c")));
        // Non-JSON lines have no field and no location; the records around them count on.
        let input = "{\"a\": \"x\"}\nnot json, at all\n# comment {\"k\": \"v\"}\n{\"b\": \"y\"}\n";
        assert_eq!(at(j, input, "at all"), (None, Location::default()));
        assert_eq!(at(j, input, "v\""), (None, Location::default()));
        assert_eq!(at(j, input, "y"), json(1, "$.b", Some("b")));
        // A syntax error mid-line drops the rest of the line; the broken record counts.
        let input = "{\"a\": \"x\" oops \"k\": \"v\"}\n{\"b\": \"y\"}\n";
        assert_eq!(at(j, input, "\"v\""), (None, json(0, "$", None).1));
        assert_eq!(at(j, input, "y"), json(1, "$.b", Some("b")));
        // Mismatched brackets.
        let input = "{\"a\": [1}, \"q\": \"v\"}\n[\"b\", {\"k\": \"y\"}]\n";
        assert_eq!(at(j, input, "\"v"), (None, json(0, "$.a[0]", None).1));
        assert_eq!(at(j, input, "y"), json(1, "$[1].k", Some("k")));
    }

    #[test]
    fn json_depth_is_capped_and_balanced() {
        let deep = 300;
        let input = format!(
            "{{\"top\": {}\"x\"{}, \"after\": \"v\"}}\n{{\"n\": \"w\"}}",
            "[".repeat(deep),
            "]".repeat(deep)
        );
        let j = Structure::Json;
        let (field, location) = at(j, &input, "\"x\"");
        assert_eq!(field, None);
        let path = location.json_path.unwrap();
        assert_eq!(path, format!("$.top{}", "[0]".repeat(MAX_DEPTH - 1)));
        assert_eq!(at(j, &input, "\"v"), json(0, "$.after", Some("after")));
        assert_eq!(at(j, &input, "\"w"), json(1, "$.n", Some("n")));
    }

    // --- slicing -----------------------------------------------------------------------------

    fn inputs() -> Vec<(Structure, Vec<u8>)> {
        let tsv = Structure::Delimited {
            delimiter: b'\t',
            header: false,
        };
        vec![
            (CSV, b"\xEF\xBB\xBF\"id\",\"full \"\"legal\"\" name\",note\r\n1,\"Smith, John\",\"line one\r\nline two\"\r\n\r\n2,\"a\"\"b\",x\"y\"z,extra\n3,\"x\"junk,tail".to_vec()),
            (tsv, b"1\tAlice\t\"q\tq\"\n\n2\tBob\n3\n".to_vec()),
            (Structure::Json, br#"{"user": {"name": "Al\"ice", "caf\u00e9": ["+1", {"x\ud83d\ude00": [1, true, null]}]}, "n": -1.5e3}"#.to_vec()),
            (Structure::Json, b"{\"a\": \"x\"}\n{\"b\": \"unterminated\n{\"c\": [1, 2,\nnot json\n  {\n \"d\": \"pretty\"\n}\n\"top\"\n{\"e\":1}{\"f\":2}".to_vec()),
            (Structure::Json, b"{\"a\": 1\n{\"c\": \"y\"}\n{\"a\": [1}, \"q\": \"v\"}\n".to_vec()),
        ]
    }

    #[test]
    fn answers_do_not_depend_on_slicing() {
        let mut rng = Lcg(7);
        for (structure, input) in inputs() {
            let reference = answers(structure, &input);
            // Whole prefixes, and prefixes in two slices.
            for k in 0..=input.len() {
                let mut whole = Tracker::new(structure);
                whole.consume(&input[..k]);
                assert_eq!(
                    whole.field().map(<[u8]>::to_vec),
                    reference[k].0,
                    "{structure:?} prefix {k}"
                );
                assert_eq!(whole.location(), reference[k].1, "{structure:?} prefix {k}");
                let split = rng.below(k + 1);
                let mut two = Tracker::new(structure);
                two.consume(&input[..split]);
                two.consume(&input[split..k]);
                assert_eq!(two.field().map(<[u8]>::to_vec), reference[k].0);
                assert_eq!(two.location(), reference[k].1);
            }
            // Random slicings, compared at every boundary.
            for _ in 0..20 {
                let mut tracker = Tracker::new(structure);
                let mut at = 0;
                while at < input.len() {
                    let len = rng.below(8).min(input.len() - at);
                    tracker.consume(&input[at..at + len]);
                    at += len;
                    assert_eq!(tracker.offset(), at as u64);
                    assert_eq!(tracker.field().map(<[u8]>::to_vec), reference[at].0);
                    assert_eq!(tracker.location(), reference[at].1);
                }
            }
        }
    }

    #[test]
    fn random_soup_never_panics_and_slicing_does_not_matter() {
        const ALPHABET: &[u8] =
            b"{}[]\":,\\\n\r\t ;|\"\"\"abcu0123456789eE+-.tfn\xEF\xBB\xBF\xC3\xA9\x00";
        let mut rng = Lcg(42);
        for round in 0..400 {
            let len = rng.below(300);
            let soup: Vec<u8> = (0..len)
                .map(|_| {
                    if rng.below(10) == 0 {
                        rng.next() as u8
                    } else {
                        ALPHABET[rng.below(ALPHABET.len())]
                    }
                })
                .collect();
            let _ = sniff(&soup);
            let structure = match round % 4 {
                0 => CSV,
                1 => Structure::Delimited {
                    delimiter: b'|',
                    header: false,
                },
                _ => Structure::Json,
            };
            let reference = answers(structure, &soup);
            let mut tracker = Tracker::new(structure);
            let mut at = 0;
            while at < soup.len() {
                let n = rng.below(40).min(soup.len() - at);
                tracker.consume(&soup[at..at + n]);
                at += n;
                assert_eq!(
                    tracker.field().map(<[u8]>::to_vec),
                    reference[at].0,
                    "round {round}"
                );
                assert_eq!(tracker.location(), reference[at].1, "round {round}");
            }
        }
        // Deep nesting and long inputs stay bounded.
        let mut tracker = Tracker::new(Structure::Json);
        tracker.consume(&b"[{\"k\":".repeat(100_000));
        tracker.consume(&b"}]".repeat(100_000));
        assert_eq!(tracker.location(), json(1, "$", None).1);
    }

    /// `cargo test --release -p trawl-scanner --lib structure::tests::throughput -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn throughput() {
        let mut csv = b"id,name,email,phone,dob,card,note\n".to_vec();
        let mut n = 0u64;
        while csv.len() < 200 << 20 {
            let _ = writeln!(
                VecWriter(&mut csv),
                "{n},Person {n},person{n}@example.com,+1 555 {:04},19{:02}-0{}-1{},4111111111111111,\"a note, with comma\"",
                n % 10_000,
                n % 100,
                n % 9 + 1,
                n % 10
            );
            n += 1;
        }
        let mut json = Vec::new();
        n = 0;
        while json.len() < 200 << 20 {
            let _ = writeln!(
                VecWriter(&mut json),
                r#"{{"id": {n}, "user": {{"name": "Person {n}", "email": "person{n}@example.com", "phones": ["+1 555 {:04}", "+44 20 7946 0000"]}}, "active": true, "note": "escaped \"quote\" and \\ backslash"}}"#,
                n % 10_000
            );
            n += 1;
        }
        let mut pretty = b"[\n".to_vec();
        n = 0;
        while pretty.len() < 200 << 20 {
            let _ = writeln!(
                VecWriter(&mut pretty),
                "  {{\n    \"id\": {n},\n    \"user\": {{\n      \"name\": \"Person {n}\",\n      \"phones\": [\n        \"+1 555 {:04}\"\n      ]\n    }}\n  }},",
                n % 10_000
            );
            n += 1;
        }
        pretty.extend_from_slice(b"  {}\n]\n");
        let structures = [
            ("csv", CSV, csv),
            ("jsonl", Structure::Json, json),
            ("pretty json", Structure::Json, pretty),
        ];
        for (name, structure, data) in structures {
            let mut best = f64::MAX;
            for _ in 0..3 {
                let start = std::time::Instant::now();
                let mut tracker = Tracker::new(structure);
                for chunk in data.chunks(1 << 20) {
                    tracker.consume(chunk);
                }
                std::hint::black_box(tracker.location());
                best = best.min(start.elapsed().as_secs_f64());
            }
            println!(
                "{name}: {:.0} MB in {best:.3}s = {:.2} GB/s",
                data.len() as f64 / 1e6,
                data.len() as f64 / best / 1e9
            );
        }
    }

    struct VecWriter<'a>(&'a mut Vec<u8>);

    impl std::fmt::Write for VecWriter<'_> {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0.extend_from_slice(s.as_bytes());
            Ok(())
        }
    }
}
