//! Sniffing: whether the first bytes of a content are delimited text or JSON at all.

use super::*;
use memchr::{memchr, memchr2};

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
/// its data cells do include values, or all hold digits where the name has none, or all have one
/// length that differs from the header's.
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
pub(super) fn json_plausible(text: &[u8]) -> bool {
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
pub(super) fn sniff_records(
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
pub(super) fn delimited_plausible(
    head: &[u8],
    delimiter: u8,
    complete: bool,
) -> Option<(usize, bool)> {
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
pub(super) fn sniff_cell<'a>(record: &[SniffCell<'a>], j: usize) -> &'a [u8] {
    record.get(j).map_or(&[][..], |c| trim(c.0))
}

/// Whether the first record names the columns of the others.
pub(super) fn is_header(records: &[Vec<SniffCell<'_>>], lo: usize, hi: usize) -> bool {
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
        // Codes with digits (`S8610758I`, `RSSMRA80A01H501U`) under a name without: every
        // non-empty data cell, three at least.
        if !name.iter().any(u8::is_ascii_digit) {
            let mut filled = data().filter(|c| !c.is_empty()).peekable();
            if filled.peek().is_some()
                && data().filter(|c| !c.is_empty()).count() >= 3
                && filled.all(|c| c.iter().any(u8::is_ascii_digit))
            {
                support += 1;
                continue;
            }
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
pub(super) fn value_like(cell: &[u8]) -> bool {
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
pub(super) fn is_rule(cell: &[u8]) -> bool {
    cell.iter().filter(|&&c| c == b'-' || c == b'=').count() >= 3
        && cell
            .iter()
            .all(|c| matches!(c, b'-' | b'=' | b':' | b'+' | b' '))
}

pub(super) fn words(cell: &[u8]) -> usize {
    cell.split(|&c| c == b' ').filter(|w| !w.is_empty()).count()
}

/// Text ending a sentence: `... word.`, `... word!`, `... word?`.
pub(super) fn ends_sentence(cell: &[u8]) -> bool {
    match cell {
        [.., before, end] => matches!(end, b'.' | b'!' | b'?') && before.is_ascii_alphabetic(),
        _ => false,
    }
}

pub(super) fn trim(mut s: &[u8]) -> &[u8] {
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
