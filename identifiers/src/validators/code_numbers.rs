//! Numbers that code and data tables are made of.
//!
//! Luhn passes for one number in ten and assigned phone ranges cover much of the 10-digit
//! space, so among the 64-bit constants of a numeric table (`large_powers64.rs`, curve25519
//! tables), the arguments of a test (`assert_eq!(results[0], 5029875928683246316);`), an ioctl
//! constant (`pub const ND_IOCTL_CALL: u32 = 3225439754;`) or a run of hex code points in
//! Unicode test data, some look like cards and phones by chance. Without a keyword naming
//! them, the card and phone validators do not report such numbers: a person writes a card or
//! a phone into text, a form or a quoted string, not as one literal among others in code.

/// Whether `value` is a literal of code or of a numeric table, judged by the bytes around it
/// (`before` and `after`, as the scanner's buffer holds them):
/// - one of a run of at least three numeric literals separated by commas (brackets and line
///   breaks may come between: `(4951948911778577463, 2037035976334486086),⏎(…`) or by spaces
///   or tabs on one line (hex code points: `0061 3099 11046 094D 05B0`);
/// - an integer literal with a type (`: u32 = N`, `uint64 = N`, `(uint64_t) N`, `UINT64_C(N)`,
///   `N as u64`);
/// - an integer literal ending a statement as an argument, an element or an assigned value
///   (`f(x, N);`, `= N;`).
///
/// ```
/// use trawl_identifiers::validators::literal_in_code;
/// let table = literal_in_code(b"  837766094556764, ", b"374555092627893", b",\n  12345,");
/// assert!(table);
/// assert!(literal_in_code(b"assert_eq!(results[0], ", b"5029875928683246316", b");"));
/// assert!(!literal_in_code(b"Paid with ", b"4556737586899855", b" yesterday, thanks."));
/// ```
pub fn literal_in_code(before: &[u8], value: &[u8], after: &[u8]) -> bool {
    let plain = value.iter().all(u8::is_ascii_digit);
    comma_neighbours_before(before) + comma_neighbours_after(after) >= 2
        || space_neighbours_before(before) + space_neighbours_after(after) >= 2
        || (plain && (typed(before, after) || ends_statement(before, after)))
}

/// Bytes that may stand between the literals of a table besides their comma.
fn table_space(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b'(' | b')' | b'[' | b']' | b'{' | b'}')
}

/// A numeric literal of code: starts with a digit (after an optional sign) and goes on with
/// digits, letters (hex digits, `0x`, exponents, type suffixes), `_` and `.`.
fn numeric_literal(token: &[u8]) -> bool {
    let token = token.strip_prefix(b"-").unwrap_or(token);
    token.first().is_some_and(u8::is_ascii_digit)
        && token
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
}

fn literal_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-'
}

/// How many comma-separated numeric literals (at most two) come just before the value.
fn comma_neighbours_before(before: &[u8]) -> usize {
    let mut end = before.len();
    let mut count = 0;
    while count < 2 {
        let mut i = end;
        while i > 0 && table_space(before[i - 1]) {
            i -= 1;
        }
        if i == 0 || before[i - 1] != b',' {
            break;
        }
        i -= 1;
        while i > 0 && table_space(before[i - 1]) {
            i -= 1;
        }
        let token_end = i;
        while i > 0 && literal_byte(before[i - 1]) {
            i -= 1;
        }
        if !numeric_literal(&before[i..token_end]) {
            break;
        }
        count += 1;
        end = i;
    }
    count
}

/// How many comma-separated numeric literals (at most two) come just after the value.
fn comma_neighbours_after(after: &[u8]) -> usize {
    let mut start = 0;
    let mut count = 0;
    while count < 2 {
        let mut i = start;
        while i < after.len() && table_space(after[i]) {
            i += 1;
        }
        if after.get(i) != Some(&b',') {
            break;
        }
        i += 1;
        while i < after.len() && table_space(after[i]) {
            i += 1;
        }
        let token_start = i;
        while i < after.len() && literal_byte(after[i]) {
            i += 1;
        }
        // A literal cut by the end of what the buffer shows still counts.
        if !numeric_literal(&after[token_start..i]) {
            break;
        }
        count += 1;
        start = i;
    }
    count
}

/// A token of digits and hex digits, at least one a digit (`094D`, `11046`, `0x1F`).
fn hex_or_number(token: &[u8]) -> bool {
    let digits = token.strip_prefix(b"0x").unwrap_or(token);
    token.len() >= 2
        && digits.iter().all(u8::is_ascii_hexdigit)
        && digits.iter().any(u8::is_ascii_digit)
}

/// How many numbers or hex numbers (at most two) come just before the value, each separated
/// from the next by spaces or tabs.
fn space_neighbours_before(before: &[u8]) -> usize {
    let mut end = before.len();
    let mut count = 0;
    while count < 2 {
        let mut i = end;
        while i > 0 && matches!(before[i - 1], b' ' | b'\t') {
            i -= 1;
        }
        if i == end {
            break;
        }
        let token_end = i;
        while i > 0 && before[i - 1].is_ascii_alphanumeric() {
            i -= 1;
        }
        if !hex_or_number(&before[i..token_end]) {
            break;
        }
        count += 1;
        end = i;
    }
    count
}

/// How many numbers or hex numbers (at most two) come just after the value, separated by
/// spaces or tabs and ending at a space, a tab, a line end or punctuation.
fn space_neighbours_after(after: &[u8]) -> usize {
    let mut start = 0;
    let mut count = 0;
    while count < 2 {
        let mut i = start;
        while i < after.len() && matches!(after[i], b' ' | b'\t') {
            i += 1;
        }
        if i == start {
            break;
        }
        let token_start = i;
        while i < after.len() && after[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if !hex_or_number(&after[token_start..i]) {
            break;
        }
        count += 1;
        start = i;
    }
    count
}

/// Integer types of Rust, C, C++, Go, Java and C#.
const INTEGER_TYPES: &[&[u8]] = &[
    b"u8",
    b"u16",
    b"u32",
    b"u64",
    b"u128",
    b"usize",
    b"i8",
    b"i16",
    b"i32",
    b"i64",
    b"i128",
    b"isize",
    b"int",
    b"uint",
    b"long",
    b"ulong",
    b"short",
    b"unsigned",
    b"int8_t",
    b"int16_t",
    b"int32_t",
    b"int64_t",
    b"uint8_t",
    b"uint16_t",
    b"uint32_t",
    b"uint64_t",
    b"size_t",
    b"int64",
    b"uint64",
    b"int32",
    b"uint32",
    b"DWORD",
    b"ULONG",
    b"ULONGLONG",
    b"ULONG64",
    b"LONGLONG",
    b"UINT",
    b"UINT32",
    b"UINT64",
    b"INT64",
    b"BigInt",
];

fn trim_end(bytes: &[u8]) -> &[u8] {
    let n = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |p| p + 1);
    &bytes[..n]
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let n = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[n..]
}

/// The last word of `bytes` (letters, digits, `_`).
fn last_word(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
        .map_or(0, |p| p + 1);
    &bytes[start..]
}

fn integer_type(word: &[u8]) -> bool {
    INTEGER_TYPES.contains(&word)
}

/// An integer literal with its type: declared (`: u32 =`, `uint64_t x =` is left alone: the
/// name may be the keyword), cast (`(uint64_t)`, `as u64`) or in a constant macro
/// (`UINT64_C(`).
fn typed(before: &[u8], after: &[u8]) -> bool {
    let before = trim_end(before);
    // `name: u64 =` (Rust, TypeScript), `name uint64 =` (Go), `uint64_t name =` (C): the type
    // is the word before `=` or the one before that.
    let declared = before
        .strip_suffix(b"=")
        .filter(|b| !b.ends_with(b"=") && !b.ends_with(b"!"))
        .is_some_and(|b| {
            let b = trim_end(b);
            let word = last_word(b);
            let rest = trim_end(&b[..b.len() - word.len()]);
            let rest = rest.strip_suffix(b":").map_or(rest, trim_end);
            integer_type(word) || integer_type(last_word(rest))
        });
    let cast = before
        .strip_suffix(b")")
        .is_some_and(|b| integer_type(last_word(trim_end(b))));
    let macro_call = before.strip_suffix(b"(").is_some_and(|b| {
        let word = last_word(b);
        word.ends_with(b"_C") && word.starts_with(b"U") | word.starts_with(b"I")
    });
    let after = trim_start(after);
    let as_type = after.strip_prefix(b"as ").is_some_and(|a| {
        let end = a
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
            .unwrap_or(a.len());
        integer_type(&a[..end])
    });
    declared || cast || macro_call || as_type
}

/// An integer literal that ends a statement as an argument, element or assigned value:
/// after `(`, `[`, `,` or `=`, and before `;` (closing brackets between); or compared in code
/// (`== N`, `!= N`), which people do not write in text.
fn ends_statement(before: &[u8], after: &[u8]) -> bool {
    let before_trimmed = trim_end(before);
    if before_trimmed.ends_with(b"==") || before_trimmed.ends_with(b"!=") {
        return true;
    }
    let opened = trim_end(before)
        .last()
        .is_some_and(|b| matches!(b, b'(' | b'[' | b',' | b'='));
    let closes = after
        .iter()
        .find(|&&b| !(b.is_ascii_whitespace() || matches!(b, b')' | b']' | b'}')))
        == Some(&b';');
    opened && closes
}

#[cfg(test)]
mod tests {
    use super::literal_in_code;

    fn in_code(text: &str) -> bool {
        let (before, rest) = text.split_once('«').unwrap();
        let (value, after) = rest.split_once('»').unwrap();
        literal_in_code(before.as_bytes(), value.as_bytes(), after.as_bytes())
    }

    #[test]
    fn tables_of_numbers() {
        assert!(in_code(
            "    4044404959645932768,\n    «4640401278902814207»,\n    6558939822118891088,\n"
        ));
        assert!(in_code("(3907117066486671641, 1303703024854071095),\n    («4289851098633925465», 2175541218577478036),"));
        assert!(in_code(
            "check_normalize(«5503284107318959», 446, 11, 11270725851789228032, 435);"
        ));
        assert!(in_code("  301289933810280, 1259582250014073, 1422107436869536,\n  «837766094556764», 374555092627893\n"));
        assert!(in_code("{0x1f, 0x2e, «4556737586899855»}"));
        // Hex code points separated by spaces.
        assert!(in_code("0062;«0061 3099 11046» 094D 05B0 0062;"));
        assert!(in_code("A1 B2 «4556737586899855» 1F 00"));
    }

    #[test]
    fn typed_and_statement_literals() {
        assert!(in_code("pub const ND_IOCTL_CALL: u32 = «3225439754»;"));
        assert!(in_code("let x: u64 = «4556737586899855»"));
        assert!(in_code("x = (uint64_t) «4556737586899855»"));
        assert!(in_code("UINT64_C(«4556737586899855»)"));
        assert!(in_code("«4556737586899855» as u64"));
        assert!(in_code("assert_eq!(results[0], «5029875928683246316»);"));
        assert!(in_code("seed = «4556737586899855»;"));
        assert!(in_code("const maxID uint64 = «4743443563214572»\n"));
        assert!(in_code("uint64_t seed = «4743443563214572»\n"));
        assert!(in_code("assert fnv64(b\"abc\") == «4015215130324709»\n"));
        assert!(in_code("if got != «4793842114560392» {"));
    }

    #[test]
    fn values_people_write() {
        assert!(!in_code("Paid with «4556737586899855» yesterday, thanks."));
        assert!(!in_code("Order 1001, «4556 7375 8689 9855», John Smith"));
        assert!(!in_code("call me on «+1 415 555 2671», or at home"));
        assert!(!in_code("Kunde 1234, Telefon «030 12345678», Berlin"));
        assert!(!in_code("(«4556737586899855»)."));
        assert!(!in_code("1. Call «(415) 555-2671» first"));
        // Two numbers are a pair, not a table.
        assert!(!in_code("range «4556737586899855», 12"));
    }
}
