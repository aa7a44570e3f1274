//! Encoded text inside plain text: base64 runs, backslash escapes in quoted strings and
//! percent-encoding in URLs. Each finder here recognises a segment in a byte slice and decodes
//! it with a [`SpanMap`] from decoded offsets back to the source; the session scans the decoded
//! text (`crate::session::decode`) and places what it finds with the map.
//!
//! The finders only look at bytes the session holds: a segment starts at most
//! [`LOOK_BACK`] bytes before the byte that reveals it and ends at most [`MAX_SEGMENT`] bytes
//! after its start, so a scan in chunks decodes exactly the segments a whole scan would.

/// The longest segment decoded, in source bytes. A longer base64 run or string is decoded up
/// to here (a base64'd PEM key of 4096 bits is about 4,400 characters).
pub(crate) const MAX_SEGMENT: usize = 16 * 1024;

/// How far before an escape or `%XX` the start of its string or URL is looked for.
pub(crate) const LOOK_BACK: usize = 1024;

/// Characters a base64 run has at least, padding excluded, unless it is padded (below).
pub(crate) const MIN_BASE64: usize = 16;

/// Characters a padded base64 run (`cGFzc3dvcmQ=`) has at least, its padding included: a
/// Kubernetes Secret's short values are padded, identifiers in code are not.
pub(crate) const MIN_PADDED_BASE64: usize = 12;

/// A wrapped line of base64 (MIME wraps at 76, PEM and `openssl base64` at 64) that the next
/// line continues: at least this long and a whole number of 4-character groups.
const MIN_WRAPPED_LINE: usize = 40;

/// Which encoding a segment is in; its name is a finding's `details.encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    Base64,
    Escapes,
    Percent,
}

impl Encoding {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Encoding::Base64 => "base64",
            Encoding::Escapes => "escapes",
            Encoding::Percent => "percent",
        }
    }
}

/// Decoded offsets back to source offsets: runs over which `dec` decoded bytes come from `src`
/// source bytes each (base64 3 from 4, `\n` 1 from 2, `%40` 1 from 3, plain bytes 1 from 1).
#[derive(Debug, Default)]
pub(crate) struct SpanMap {
    /// (decoded offset, source offset, decoded bytes per step, source bytes per step),
    /// offsets relative to the segment.
    runs: Vec<(u32, u32, u8, u8)>,
    source_len: u32,
}

impl SpanMap {
    fn push(&mut self, decoded: usize, source: usize, dec: u8, src: u8) {
        if let Some(&(d, s, pd, ps)) = self.runs.last() {
            // A step that continues the last run at its own rate joins it.
            if (pd, ps) == (dec, src) && (decoded - d as usize) % pd as usize == 0 {
                let steps = (decoded - d as usize) / pd as usize;
                if s as usize + steps * ps as usize == source {
                    return;
                }
            }
        }
        self.runs.push((decoded as u32, source as u32, dec, src));
    }

    /// The source offset (relative to the segment) of decoded offset `at`: the start of the
    /// step it falls in, or with `end` the end of that step.
    pub(crate) fn source(&self, at: usize, end: bool) -> usize {
        let i = self.runs.partition_point(|r| r.0 as usize <= at);
        let Some(&(d, s, dec, src)) = i.checked_sub(1).and_then(|i| self.runs.get(i)) else {
            return 0;
        };
        let into = at - d as usize;
        let steps = into / dec as usize + usize::from(end && into % dec as usize > 0);
        (s as usize + steps * src as usize).min(self.source_len as usize)
    }
}

/// A decoded segment: its text and where the text came from.
#[derive(Debug, Default)]
pub(crate) struct Decoded {
    pub(crate) text: Vec<u8>,
    pub(crate) map: SpanMap,
}

impl Decoded {
    fn clear(&mut self) {
        self.text.clear();
        self.map.runs.clear();
        self.map.source_len = 0;
    }
}

// --- base64 -------------------------------------------------------------------------------

/// The base64 and base64url alphabets together (a run in either is decoded).
const fn base64_values() -> [u8; 256] {
    let mut table = [0xffu8; 256];
    let mut i = 0;
    while i < 26 {
        table[b'A' as usize + i] = i as u8;
        table[b'a' as usize + i] = 26 + i as u8;
        i += 1;
    }
    let mut d = 0;
    while d < 10 {
        table[b'0' as usize + d] = 52 + d as u8;
        d += 1;
    }
    table[b'+' as usize] = 62;
    table[b'-' as usize] = 62;
    table[b'/' as usize] = 63;
    table[b'_' as usize] = 63;
    table
}

static BASE64: [u8; 256] = base64_values();

fn is_base64(b: u8) -> bool {
    BASE64[b as usize] != 0xff
}

/// In the standard alphabet (base64url's `-` and `_` are not).
fn is_standard(b: u8) -> bool {
    let letter = (b | 0x20).wrapping_sub(b'a') < 26;
    letter | (b.wrapping_sub(b'0') < 10) | (b == b'+') | (b == b'/')
}

/// Bit i set when byte i of `block` is in the standard alphabet.
fn standard_mask(block: &[u8; 64]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of every x86_64 target.
        unsafe {
            // Unsigned `x - lo < n` as a signed compare: shift both sides by 0x80.
            let in_range = |v: __m128i, lo: u8, n: u8| {
                let shifted = _mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
                _mm_cmplt_epi8(shifted, _mm_set1_epi8((0x80u8.wrapping_add(n)) as i8))
            };
            mask_of(block, |v| {
                let letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 26);
                let digit = in_range(v, b'0', 10);
                let plus = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'+' as i8));
                let slash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'/' as i8));
                _mm_or_si128(_mm_or_si128(letter, digit), _mm_or_si128(plus, slash))
            })
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    scalar_mask(block, is_standard)
}

/// Bit i set when byte i of `block` is `byte`.
fn byte_mask(block: &[u8; 64], byte: u8) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of every x86_64 target.
        unsafe { mask_of(block, |v| _mm_cmpeq_epi8(v, _mm_set1_epi8(byte as i8))) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    scalar_mask(block, |b| b == byte)
}

/// The mask of the bytes of `block` whose lane `test` sets, 16 bytes at a time.
#[cfg(target_arch = "x86_64")]
fn mask_of(
    block: &[u8; 64],
    test: impl Fn(std::arch::x86_64::__m128i) -> std::arch::x86_64::__m128i,
) -> u64 {
    use std::arch::x86_64::*;
    let mut mask = 0u64;
    for i in 0..4 {
        // SAFETY: an unaligned load of 16 bytes inside `block`; SSE2 is part of x86_64.
        let lanes = unsafe {
            let v = _mm_loadu_si128(block.as_ptr().add(16 * i) as *const __m128i);
            _mm_movemask_epi8(test(v))
        };
        mask |= u64::from(lanes as u16) << (16 * i);
    }
    mask
}

#[cfg(not(target_arch = "x86_64"))]
fn scalar_mask(block: &[u8; 64], test: impl Fn(u8) -> bool) -> u64 {
    let mut mask = 0u64;
    for (i, &b) in block.iter().enumerate() {
        mask |= u64::from(test(b)) << i;
    }
    mask
}

/// The first byte at or after `at` outside the standard alphabet (or with `url`, outside
/// base64url's too), or the end of `hay`: long runs are walked a block at a time.
fn run_end(hay: &[u8], mut at: usize, url: bool) -> usize {
    while let Some(block) = hay.get(at..at + 64) {
        let block: &[u8; 64] = block.try_into().expect("64 bytes");
        let mut inside = standard_mask(block);
        if url {
            inside |= byte_mask(block, b'-') | byte_mask(block, b'_');
        }
        if inside != u64::MAX {
            return at + (!inside).trailing_zeros() as usize;
        }
        at += 64;
    }
    let inside = |b: u8| if url { is_base64(b) } else { is_standard(b) };
    at + hay[at..].iter().take_while(|&&b| inside(b)).count()
}

/// The starts of base64 runs in `hay[from..to]` long enough to decode, in order. A run starts
/// where the byte before is not in the alphabet; one that continues a wrapped line (see
/// [`MIN_WRAPPED_LINE`]) belongs to the run of that line. Reads `hay` up to
/// `to + MAX_SEGMENT`, and `LOOK_BACK` bytes before `from`.
///
/// A run is found by a stretch of [`MIN_BASE64`] characters of the standard alphabet in it
/// (no `-` or `_`), then widened over base64url's `-` and `_`, and belongs to the round of its
/// first such stretch: snake_case names, which would otherwise be most of the runs in code,
/// then cost one look per few bytes. (A base64url run of text has one `-` or `_` per 32
/// characters on average; one shorter than about 40 characters may have no such stretch, and
/// one with more than `LOOK_BACK` characters before its first stretch is not decoded.)
pub(crate) fn base64_starts(hay: &[u8], from: usize, to: usize, out: &mut Vec<usize>) {
    let mark = out.len();
    // A padded run starting before `to` ends before this.
    let ends_before = hay.len().min(to + MIN_BASE64 + 2);
    let mut p = from;
    // The padding after which runs were looked for.
    let mut padded_to = from;
    // Blocks of 64 bytes, classified at once with vector compares: most blocks of code and
    // prose hold no stretch of `MIN_BASE64` characters and no `=` after ten, and are passed
    // over whole. Blocks overlap by `MIN_BASE64` bytes so every stretch lies wholly inside one.
    while p < ends_before && p + 64 <= hay.len() {
        let block: &[u8; 64] = hay[p..p + 64].try_into().expect("64 bytes");
        let standard = standard_mask(block);
        let stretches = windows(standard, MIN_BASE64);
        let shortest = MIN_PADDED_BASE64 - 2;
        let tens = windows(standard, shortest);
        let mut padded = if tens == 0 {
            0
        } else {
            (tens << shortest) & byte_mask(block, b'=')
        };
        let next = if stretches == 0 {
            p + 64 - MIN_BASE64 + 1
        } else {
            stretch_run(hay, p + stretches.trailing_zeros() as usize, from, to, out)
        };
        // Every `=` whose ten bytes before are in this block (blocks after it may start later
        // than `MIN_BASE64` bytes before its end when a long run was skipped).
        while padded != 0 {
            let q = p + padded.trailing_zeros() as usize;
            if q >= padded_to {
                padded_run(hay, q, from, to, out);
                padded_to = q + 1;
            }
            padded &= padded - 1;
        }
        p = next;
    }
    // The last bytes, fewer than a block, one at a time.
    let tail = p;
    while p < to {
        let probe = p + MIN_BASE64 - 1;
        if probe >= hay.len() {
            break;
        }
        if !is_standard(hay[probe]) {
            p = probe + 1;
            continue;
        }
        let mut stretch = probe;
        while stretch > p && is_standard(hay[stretch - 1]) {
            stretch -= 1;
        }
        let mut end = probe + 1;
        while end < hay.len() && is_standard(hay[end]) {
            end += 1;
        }
        p = if end - stretch >= MIN_BASE64 {
            stretch_run(hay, stretch, from, to, out)
        } else {
            end + 1
        };
    }
    for q in tail.max(padded_to)..ends_before {
        if hay[q] == b'=' {
            padded_run(hay, q, from, to, out);
        }
    }
    if out[mark..].windows(2).any(|w| w[0] > w[1]) {
        out[mark..].sort_unstable();
    }
}

/// Bit i set when bits i..i+n of `mask` are all set (`n` at most 16; bits past the end are
/// clear).
fn windows(mask: u64, n: usize) -> u64 {
    let mut w = mask;
    let mut have = 1;
    while have < n {
        let step = have.min(n - have);
        w &= w >> step;
        have += step;
    }
    w & (u64::MAX >> (n - 1))
}

/// The run around the stretch of the standard alphabet holding `inside`: pushed when that
/// stretch is the run's first and the run starts in `[from, to)`. Returns the byte after the
/// run's end.
fn stretch_run(hay: &[u8], inside: usize, from: usize, to: usize, out: &mut Vec<usize>) -> usize {
    let mut stretch = inside;
    while stretch > 0 && is_standard(hay[stretch - 1]) {
        stretch -= 1;
    }
    if stretch >= from && stretch < to {
        // The whole run, base64url's characters included, found by its first stretch.
        let mut start = stretch;
        while start > 0 && stretch - start < LOOK_BACK && is_base64(hay[start - 1]) {
            start -= 1;
        }
        let bounded = start == 0 || !is_base64(hay[start - 1]);
        if bounded && !has_stretch(&hay[start..stretch]) {
            push_run(hay, start, from, to, out);
        }
    }
    run_end(hay, inside + MIN_BASE64, true) + 1
}

/// The run shorter than [`MIN_BASE64`] that padding at `q` ends, pushed when it is long
/// enough with its padding and starts in `[from, to)`.
fn padded_run(hay: &[u8], q: usize, from: usize, to: usize, out: &mut Vec<usize>) {
    if q == 0 || !is_base64(hay[q - 1]) || padding(hay, q) == 0 {
        return;
    }
    let mut start = q - 1;
    while start > 0 && is_base64(hay[start - 1]) && q - start < MIN_BASE64 {
        start -= 1;
    }
    let len = q - start;
    let bounded = start == 0 || !is_base64(hay[start - 1]);
    if len < MIN_BASE64 && bounded && len + padding(hay, q) >= MIN_PADDED_BASE64 {
        push_run(hay, start, from, to, out);
    }
}

/// Whether `run` holds a stretch of [`MIN_BASE64`] characters of the standard alphabet.
fn has_stretch(run: &[u8]) -> bool {
    run.split(|&b| !is_standard(b))
        .any(|s| s.len() >= MIN_BASE64)
}

/// Adds the run starting at `start` when it starts in `[from, to)`, does not continue a
/// wrapped line and its first bytes may be text.
fn push_run(hay: &[u8], start: usize, from: usize, to: usize, out: &mut Vec<usize>) {
    if start < from || start >= to {
        return;
    }
    let first = skip_escape_letter(hay, start);
    if starts_like_text(hay.get(first..first + 4)) && !continues_wrapped(hay, start) {
        out.push(first);
    }
}

/// Whether a run's first three decoded bytes may begin text: printable ASCII, a tab or line
/// break, or a UTF-8 sequence. Most runs of the alphabet in code are names, whose first
/// group fails this.
fn starts_like_text(group: Option<&[u8]>) -> bool {
    let Some(group) = group else {
        return true;
    };
    let mut n = 0u32;
    for &c in group {
        let v = BASE64[c as usize];
        if v == 0xff {
            // Padding or the run's end in the first group: the decoder judges.
            return true;
        }
        n = n << 6 | u32::from(v);
    }
    let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
    let plain = |b: u8| (0x20..0x7f).contains(&b) || matches!(b, b'\t' | b'\n' | b'\r');
    if bytes.iter().all(|&b| plain(b)) {
        return true;
    }
    match std::str::from_utf8(&bytes) {
        Ok(s) => !s
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')),
        // A character cut at the group's end is decoded whole later.
        Err(e) => {
            e.error_len().is_none()
                && bytes[..e.valid_up_to()]
                    .iter()
                    .all(|&b| plain(b) || b >= 0x80)
        }
    }
}

/// `=` padding after a run that ends at `end`: one or two `=` not followed by more of the
/// alphabet (`KEY=value` is an assignment).
fn padding(hay: &[u8], end: usize) -> usize {
    let n = hay[end..]
        .iter()
        .take(2)
        .take_while(|&&b| b == b'=')
        .count();
    if n == 0 || hay.get(end + n).is_some_and(|&b| is_base64(b) || b == b'=') {
        0
    } else {
        n
    }
}

/// A run right after a backslash escape such as `\n` starts one byte later: the letter is the
/// escape's, not the run's (a PEM body in a JSON string).
fn skip_escape_letter(hay: &[u8], start: usize) -> usize {
    if start > 0 && hay[start - 1] == b'\\' && matches!(hay[start], b'n' | b'r' | b't') {
        start + 1
    } else {
        start
    }
}

/// Whether the run at `start` continues a wrapped run on the line before (see [`wraps_into`]).
fn continues_wrapped(hay: &[u8], start: usize) -> bool {
    let Some(prev_end) = line_break_before(hay, start) else {
        return false;
    };
    let line_start = hay[..prev_end]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let mut prev_start = line_start;
    while prev_start < prev_end && hay[prev_start] == b' ' && prev_start - line_start < 16 {
        prev_start += 1;
    }
    wraps_into(hay, prev_start, prev_end) == Some(start)
}

/// Where the previous line's content ends, when `start` begins a line (after `\n` or `\r\n`,
/// and up to 16 spaces of indentation).
fn line_break_before(hay: &[u8], start: usize) -> Option<usize> {
    let mut p = start;
    while p > 0 && hay[p - 1] == b' ' && start - p < 16 {
        p -= 1;
    }
    if p == 0 || hay[p - 1] != b'\n' {
        return None;
    }
    let mut end = p - 1;
    if end > 0 && hay[end - 1] == b'\r' {
        end -= 1;
    }
    Some(end)
}

/// Wrapped base64 (MIME at 76 characters, PEM and `openssl base64` at 64): when the run
/// `hay[start..end]` is a whole line (after up to 16 spaces) of at least [`MIN_WRAPPED_LINE`]
/// characters, a whole number of groups, without padding, and the next line is a run no
/// longer, also whole (its padding included), the start of that next run. A value on a
/// `key: value` line is never joined to the line after it.
fn wraps_into(hay: &[u8], start: usize, end: usize) -> Option<usize> {
    let len = end - start;
    if len < MIN_WRAPPED_LINE || len % 4 != 0 {
        return None;
    }
    let line_start = hay[..start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    if start - line_start > 16 || hay[line_start..start].iter().any(|&b| b != b' ') {
        return None;
    }
    let mut next = end;
    if hay.get(next) == Some(&b'\r') {
        next += 1;
    }
    if hay.get(next) != Some(&b'\n') {
        return None;
    }
    next += 1;
    let indent = next;
    while next < hay.len() && hay[next] == b' ' && next - indent < 16 {
        next += 1;
    }
    let run = hay[next..].iter().take_while(|&&b| is_base64(b)).count();
    let mut after = next + run;
    after += hay[after..]
        .iter()
        .take(2)
        .take_while(|&&b| b == b'=')
        .count();
    if hay.get(after) == Some(&b'\r') {
        after += 1;
    }
    let whole = after == hay.len() || hay[after] == b'\n';
    (run > 0 && run <= len && whole).then_some(next)
}

/// Decodes the base64 run starting at `start` (wrapped lines joined) into `out`, up to
/// [`MAX_SEGMENT`] source bytes. Returns the run's source length, or `None` when the decoded
/// bytes are not text (binary data is not scanned further).
pub(crate) fn decode_base64(hay: &[u8], start: usize, out: &mut Decoded) -> Option<usize> {
    out.clear();
    let limit = hay.len().min(start + MAX_SEGMENT);
    let mut p = start;
    let mut group = [0u8; 4];
    let mut filled = 0;
    let mut group_at = start;
    // Where the run's current line starts.
    let mut line_at = start;
    // Decoded bytes known to be text so far.
    let mut checked = 0;
    loop {
        while p < limit && is_base64(hay[p]) {
            if filled == 0 {
                group_at = p;
            }
            group[filled] = BASE64[hay[p] as usize];
            filled += 1;
            p += 1;
            if filled == 4 {
                out.map.push(out.text.len(), group_at - start, 3, 4);
                let n = (u32::from(group[0]) << 18)
                    | (u32::from(group[1]) << 12)
                    | (u32::from(group[2]) << 6)
                    | u32::from(group[3]);
                out.text.extend_from_slice(&n.to_be_bytes()[1..]);
                filled = 0;
                let plain = |b: &u8| (0x20..0x7f).contains(b) || matches!(b, b'\t' | b'\n' | b'\r');
                if checked + 3 == out.text.len() && out.text[checked..].iter().all(plain) {
                    checked += 3;
                } else {
                    checked = text_up_to(&out.text, checked)?;
                }
            }
        }
        // A wrapped run goes on at the next line.
        if filled == 0 {
            if let Some(next) = wraps_into(hay, line_at, p).filter(|&next| next < limit) {
                p = next;
                line_at = next;
                continue;
            }
        }
        break;
    }
    // The last, short group: two characters make one byte, three make two.
    if filled >= 2 {
        out.map.push(out.text.len(), group_at - start, 3, 4);
        let n =
            (u32::from(group[0]) << 18) | (u32::from(group[1]) << 12) | (u32::from(group[2]) << 6);
        out.text.extend_from_slice(&n.to_be_bytes()[1..filled]);
    }
    let end = p + padding(hay, p);
    out.map.source_len = (end - start) as u32;
    (out.text.len() >= 6 && is_text(&out.text)).then_some(end - start)
}

/// An early test on a growing decoded text that is text up to `checked`: how far it is text
/// now (a character cut at the end waits for its next bytes), or `None` when it is not. Most
/// runs of the alphabet in code are words, whose first bytes decode to no UTF-8.
fn text_up_to(text: &[u8], checked: usize) -> Option<usize> {
    let new = &text[checked..];
    let valid = match std::str::from_utf8(new) {
        Ok(_) => new.len(),
        Err(e) if e.error_len().is_none() => e.valid_up_to(),
        Err(_) => return None,
    };
    let ok = std::str::from_utf8(&new[..valid]).is_ok_and(|s| {
        !s.chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    });
    ok.then_some(checked + valid)
}

/// Decoded bytes worth scanning: UTF-8 without control characters other than tab and line
/// breaks.
fn is_text(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(s) => !s
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')),
        Err(_) => false,
    }
}

// --- escapes ------------------------------------------------------------------------------

/// The source length of the backslash escape at `at` and what it stands for (up to 4 UTF-8
/// bytes), or `None` when `at` holds no escape decoded here.
fn escape_at(hay: &[u8], at: usize) -> Option<(usize, [u8; 4], usize)> {
    let next = *hay.get(at + 1)?;
    let one = |b: u8| Some((2, [b, 0, 0, 0], 1));
    match next {
        b'n' => one(b'\n'),
        b't' => one(b'\t'),
        b'r' => one(b'\r'),
        b'"' | b'\'' | b'\\' | b'/' => one(next),
        b'x' => {
            let v = hex_pair(hay.get(at + 2..at + 4)?)?;
            Some((4, [v, 0, 0, 0], 1))
        }
        b'u' => {
            let digits = hay.get(at + 2..at + 6)?;
            let hi = hex_pair(&digits[..2])?;
            let lo = hex_pair(&digits[2..])?;
            let c = char::from_u32(u32::from(hi) << 8 | u32::from(lo))?;
            let mut buf = [0u8; 4];
            let len = c.encode_utf8(&mut buf).len();
            Some((6, buf, len))
        }
        _ => None,
    }
}

/// Whether `at` holds an escape of `encoding` (a backslash escape, or a `%XX`).
pub(crate) fn is_escape(hay: &[u8], at: usize, encoding: Encoding) -> bool {
    match encoding {
        Encoding::Escapes => escape_at(hay, at).is_some(),
        Encoding::Percent => percent_at(hay, at).is_some(),
        Encoding::Base64 => false,
    }
}

fn hex_pair(two: &[u8]) -> Option<u8> {
    let digit = |b: u8| (b as char).to_digit(16);
    Some((digit(two[0])? * 16 + digit(two[1])?) as u8)
}

/// The quoted string (or, without a quote, the line) holding the escape at `at`, when `at`
/// is its first escape: the segment's start and end (exclusive, before the closing quote),
/// and what its escapes hide.
/// A later escape of the same string returns `None`: its string was taken at the first.
pub(crate) fn escaped_string(hay: &[u8], at: usize) -> Option<(usize, usize, Reveal)> {
    escape_at(hay, at)?;
    if at > 0 && hay[at - 1] == b'\\' && escape_at(hay, at - 1).is_some() {
        // The second backslash of `\\`.
        return None;
    }
    let floor = at.saturating_sub(LOOK_BACK);
    let mut p = at;
    let mut quote = None;
    while p > floor {
        let b = hay[p - 1];
        if b == b'\n' {
            break;
        }
        if b == b'"' || b == b'\'' {
            if p >= 2 && hay[p - 2] == b'\\' {
                // An escaped quote: an earlier escape of this string.
                return None;
            }
            quote = Some(b);
            break;
        }
        if b == b'\\' && escape_at(hay, p - 1).is_some() {
            return None;
        }
        p -= 1;
    }
    let start = p;
    let limit = hay.len().min(start + MAX_SEGMENT);
    let mut q = at;
    let mut reveal = Reveal::Nothing;
    while q < limit {
        match hay[q] {
            b'\\' => match escape_at(hay, q) {
                Some((len, bytes, n)) if q + len <= limit => {
                    reveal = reveal.max(revealed(hay[q + 1], bytes[0], n));
                    q += len;
                }
                _ => q += 1,
            },
            b'\n' => break,
            b if Some(b) == quote => break,
            _ => q += 1,
        }
    }
    Some((start, q.min(limit), reveal))
}

/// What the escape `\<letter>` that stands for `n` bytes starting with `first` hides.
fn revealed(letter: u8, first: u8, n: usize) -> Reveal {
    match letter {
        b'n' | b't' | b'r' | b'\\' => Reveal::Nothing,
        b'"' | b'\'' => Reveal::Quotes,
        _ if n > 1 || first >= 0x20 => Reveal::Hidden,
        _ => Reveal::Nothing,
    }
}

/// What decoding a segment changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Reveal {
    /// Only line breaks, tabs and backslashes (`"done\n"`: everywhere in code).
    Nothing,
    /// Escaped quotes: JSON inside a string (`"{\"password\": \"…\"}"`).
    Quotes,
    /// A character the plain text cannot show at all: `\/`, a printable `\uXXXX` or `\xNN`,
    /// a `%XX` of a letter, digit or URL delimiter.
    Hidden,
}

/// Decodes the escapes of `hay[start..end]` into `out`. Returns whether the decoded bytes
/// are text (`b"\x9b\xbe…"` in code is binary data, not scanned).
pub(crate) fn decode_escapes(hay: &[u8], start: usize, end: usize, out: &mut Decoded) -> bool {
    out.clear();
    let mut p = start;
    while p < end {
        let b = hay[p];
        if b == b'\\' {
            if let Some((len, bytes, n)) = escape_at(hay, p).filter(|&(len, ..)| p + len <= end) {
                out.map.push(out.text.len(), p - start, n as u8, len as u8);
                out.text.extend_from_slice(&bytes[..n]);
                p += len;
                continue;
            }
        }
        out.map.push(out.text.len(), p - start, 1, 1);
        out.text.push(b);
        p += 1;
    }
    out.map.source_len = (end - start) as u32;
    is_text(&out.text)
}

// --- percent-encoding ---------------------------------------------------------------------

/// Bytes of a URL (RFC 3986 unreserved, reserved and `%`).
fn is_url_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b)
}

fn percent_at(hay: &[u8], at: usize) -> Option<u8> {
    (hay[at] == b'%').then_some(())?;
    hex_pair(hay.get(at + 1..at + 3)?)
}

/// The URL (a run of URL bytes) holding the `%XX` at `at`, when `at` is its first one: the
/// segment's start and end, and whether a `%XX` hides a letter, a digit or a character that
/// shapes a URL or a credential (`:`, `/`, `@`, `?`, `=`, `&`, `#`, `+`): `%20` alone does not.
pub(crate) fn percent_run(hay: &[u8], at: usize) -> Option<(usize, usize, Reveal)> {
    percent_at(hay, at)?;
    let floor = at.saturating_sub(LOOK_BACK);
    let mut p = at;
    while p > floor && is_url_byte(hay[p - 1]) {
        p -= 1;
        if percent_at(hay, p).is_some() {
            return None;
        }
    }
    let start = p;
    let limit = hay.len().min(start + MAX_SEGMENT);
    let mut q = at;
    let mut reveal = Reveal::Nothing;
    while q < limit && is_url_byte(hay[q]) {
        if let Some(v) = percent_at(hay, q).filter(|_| q + 3 <= limit) {
            if v.is_ascii_alphanumeric() || b":/@?=&#+".contains(&v) {
                reveal = Reveal::Hidden;
            }
        }
        q += 1;
    }
    Some((start, q, reveal))
}

/// Decodes the `%XX` of `hay[start..end]` into `out`. Returns whether the decoded bytes are
/// text.
pub(crate) fn decode_percent(hay: &[u8], start: usize, end: usize, out: &mut Decoded) -> bool {
    out.clear();
    let mut p = start;
    while p < end {
        if let Some(v) = percent_at(hay, p).filter(|_| p + 3 <= end) {
            out.map.push(out.text.len(), p - start, 1, 3);
            out.text.push(v);
            p += 3;
            continue;
        }
        out.map.push(out.text.len(), p - start, 1, 1);
        out.text.push(hay[p]);
        p += 1;
    }
    out.map.source_len = (end - start) as u32;
    is_text(&out.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(text: &str) -> String {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(text)
    }

    fn starts(hay: &[u8]) -> Vec<usize> {
        let mut out = Vec::new();
        base64_starts(hay, 0, hay.len(), &mut out);
        out
    }

    #[test]
    fn base64_runs_are_found_where_they_start() {
        let text = format!(
            "url: {}\nshort: abc=\nname: some_identifier_in_code\n",
            b64("postgres://app:Secr3t@db/prod")
        );
        let hay = text.as_bytes();
        let found = starts(hay);
        assert_eq!(found[0], 5);
        let mut decoded = Decoded::default();
        let len = decode_base64(hay, 5, &mut decoded).unwrap();
        assert_eq!(decoded.text, b"postgres://app:Secr3t@db/prod");
        assert_eq!(&hay[5 + len - 1..5 + len], b"=");
        // `some_identifier_in_code` is a run too, but decodes to bytes that are not text.
        assert!(found.len() <= 2);
        for &s in &found[1..] {
            assert!(decode_base64(hay, s, &mut decoded).is_none());
        }
    }

    #[test]
    fn every_start_is_found_whatever_the_range() {
        let run = b64("the quick brown fox jumps over the lazy dog");
        let text = format!("a {run} b;c={run}\n{run}xx {run}");
        let hay = text.as_bytes();
        let whole = starts(hay);
        assert_eq!(whole.len(), 4, "{whole:?}");
        for cut in 0..hay.len() {
            let mut parts = Vec::new();
            base64_starts(hay, 0, cut, &mut parts);
            base64_starts(hay, cut, hay.len(), &mut parts);
            assert_eq!(parts, whole, "cut at {cut}");
        }
    }

    #[test]
    fn the_block_classifier_agrees_with_the_byte_one() {
        let block: Vec<u8> = (0..=255u8).chain(0..=255u8).take(256).collect();
        for chunk in block.chunks(64) {
            let block = chunk.try_into().unwrap();
            let (standard, equals) = (standard_mask(block), byte_mask(block, b'='));
            for (i, &b) in chunk.iter().enumerate() {
                assert_eq!(standard >> i & 1 == 1, is_standard(b), "byte {b}");
                assert_eq!(equals >> i & 1 == 1, b == b'=', "byte {b}");
            }
        }
    }

    /// The runs `base64_starts` must find, by their definition, one byte at a time.
    fn reference_starts(hay: &[u8], from: usize, to: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < hay.len() {
            if !is_base64(hay[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < hay.len() && is_base64(hay[i]) {
                i += 1;
            }
            let run = &hay[start..i];
            let long = run
                .split(|&b| !is_standard(b))
                .scan(0, |at, s| {
                    let here = *at;
                    *at += s.len() + 1;
                    Some((here, s.len()))
                })
                .find(|&(_, len)| len >= MIN_BASE64);
            let qualifies = match long {
                Some((at, _)) => at <= LOOK_BACK,
                None => {
                    let pad = padding(hay, i);
                    pad > 0
                        && run.iter().all(|&b| is_standard(b))
                        && run.len() + pad >= MIN_PADDED_BASE64
                }
            };
            if qualifies && start >= from && start < to && !continues_wrapped(hay, start) {
                let s = skip_escape_letter(hay, start);
                if starts_like_text(hay.get(s..s + 4)) {
                    out.push(s);
                }
            }
        }
        out
    }

    #[test]
    fn the_run_finder_agrees_with_the_definition_on_any_cut() {
        // Text of words, snake_case names, base64 of text, padding, `=` assignments and
        // line breaks, from a fixed pseudo-random sequence.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let pieces = [
            "word ",
            "snake_case_name_of_some_length ",
            "= ",
            "KEY=",
            "\n",
            "\n  ",
            "\\n",
            "dGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZyBhbmQg\n",
            "cGFzc3dvcmQ=",
            "dGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcw==",
            "aGVsbG8gd29ybGQgYW5kIG1vcmU",
            "ab-cd_ef",
            "/usr/lib/x86_64/libfoo.so ",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcd",
            "\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu",
        ];
        for _ in 0..20 {
            let mut text = String::new();
            while text.len() < 700 {
                text.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            let hay = text.as_bytes();
            let whole = reference_starts(hay, 0, hay.len());
            let mut found = Vec::new();
            base64_starts(hay, 0, hay.len(), &mut found);
            assert_eq!(
                found,
                whole,
                "{:?}",
                whole
                    .iter()
                    .map(|&s| &text[s.saturating_sub(20)..(s + 40).min(text.len())])
                    .collect::<Vec<_>>()
            );
            for cut in (0..hay.len()).step_by(7) {
                let mut parts = Vec::new();
                base64_starts(hay, 0, cut, &mut parts);
                base64_starts(hay, cut, hay.len(), &mut parts);
                assert_eq!(parts, whole, "cut at {cut}: {text}");
            }
        }
    }

    #[test]
    fn windows_of_set_bits() {
        assert_eq!(windows(0b1111_0111, 3), 0b11_0001);
        assert_eq!(windows(u64::MAX, 16), u64::MAX >> 15);
        assert_eq!(windows(0xffff << 8, 16), 1 << 8);
        assert_eq!(windows(0x7fff << 8, 16), 0);
    }

    #[test]
    fn short_runs_count_only_when_padded() {
        assert_eq!(starts(b"x: cGFzc3dvcmQ=\n"), vec![3]);
        assert!(starts(b"x: cGFzc3dvcmQ\n").is_empty());
        // An assignment is not padding.
        assert!(starts(b"SOME_KEY=value\n").is_empty());
    }

    #[test]
    fn wrapped_base64_is_one_run_mapped_line_by_line() {
        let secret = "token ghp_0123456789abcdefghijABCDEFGHIJ0123 and a long tail of plain words";
        let encoded = b64(secret);
        let wrapped: Vec<&str> = encoded
            .as_bytes()
            .chunks(44)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect();
        let text = format!("body:\n{}\nKEY=value\n", wrapped.join("\r\n"));
        let hay = text.as_bytes();
        assert_eq!(starts(hay), vec![6]);
        let mut decoded = Decoded::default();
        decode_base64(hay, 6, &mut decoded).unwrap();
        assert_eq!(decoded.text, secret.as_bytes());
        // Decoded byte 33 (group 11) is on the second line: 44 characters and a CRLF later.
        let at = decoded.map.source(33, false);
        assert_eq!(at, 46);
        assert_eq!(decoded.map.source(secret.len(), true), hay.len() - 6 - 11);
    }

    #[test]
    fn a_value_line_is_not_joined_to_the_next() {
        // A single-line value of 44 characters, then another variable.
        let value = b64("postgres://app:Xq7vR2mLp9sT@db.internal/prod");
        let text = format!("A_B64={value}\nNEXT_B64={value}\n");
        let hay = text.as_bytes();
        assert_eq!(starts(hay), vec![6, 6 + value.len() + 10]);
        let mut decoded = Decoded::default();
        assert_eq!(decode_base64(hay, 6, &mut decoded), Some(value.len()));
    }

    #[test]
    fn binary_is_not_text() {
        let mut decoded = Decoded::default();
        // gzip's magic bytes.
        assert!(decode_base64(b"H4sIAAAAAAAAA+1X", 0, &mut decoded).is_none());
    }

    #[test]
    fn escapes_decode_with_their_spans() {
        let hay = br#"{"url": "https:\/\/hooks.example.com\/x", "n": "a\u0040b"}"#;
        let at = hay.iter().position(|&b| b == b'\\').unwrap();
        let (start, end, reveal) = escaped_string(hay, at).unwrap();
        assert_eq!(&hay[start..end], br"https:\/\/hooks.example.com\/x");
        assert_eq!(reveal, Reveal::Hidden);
        let mut decoded = Decoded::default();
        assert!(decode_escapes(hay, start, end, &mut decoded));
        assert_eq!(decoded.text, b"https://hooks.example.com/x");
        // `h` of hooks is decoded byte 8, source byte 10.
        assert_eq!(decoded.map.source(8, false), 10);
        assert_eq!(decoded.map.source(decoded.text.len(), true), end - start);
        // The later escapes of the same string are not new strings.
        let second = at + 2 + hay[at + 2..].iter().position(|&b| b == b'\\').unwrap();
        assert_eq!(escaped_string(hay, second), None);
        let u = hay.windows(2).position(|w| w == br"\u").unwrap();
        let (s, e, reveal) = escaped_string(hay, u).unwrap();
        assert_eq!(reveal, Reveal::Hidden);
        assert!(decode_escapes(hay, s, e, &mut decoded));
        assert_eq!(decoded.text, b"a@b");
    }

    #[test]
    fn line_breaks_alone_hide_nothing() {
        let hay = br#"printf("done\n");"#;
        let at = hay.iter().position(|&b| b == b'\\').unwrap();
        let (s, e, reveal) = escaped_string(hay, at).unwrap();
        assert_eq!(reveal, Reveal::Nothing);
        let mut decoded = Decoded::default();
        assert!(decode_escapes(hay, s, e, &mut decoded));
        assert_eq!(decoded.text, b"done\n");
    }

    #[test]
    fn escaped_binary_is_not_text() {
        let hay = br#"let secret = b"\x9b\xbe\x43\x6b";"#;
        let at = hay.iter().position(|&b| b == b'\\').unwrap();
        let (s, e, _) = escaped_string(hay, at).unwrap();
        let mut decoded = Decoded::default();
        assert!(!decode_escapes(hay, s, e, &mut decoded));
    }

    #[test]
    fn percent_encoded_urls() {
        let hay = b"GET /login?next=postgres%3A%2F%2Fapp%3AS3cr%40t%40db%2Fprod HTTP/1.1";
        let at = hay.iter().position(|&b| b == b'%').unwrap();
        let (s, e, reveal) = percent_run(hay, at).unwrap();
        assert_eq!(&hay[s..e], &hay[4..hay.len() - 9]);
        assert_eq!(reveal, Reveal::Hidden);
        let mut decoded = Decoded::default();
        assert!(decode_percent(hay, s, e, &mut decoded));
        assert_eq!(decoded.text, b"/login?next=postgres://app:S3cr@t@db/prod");
        let second = at + 1 + hay[at + 1..].iter().position(|&b| b == b'%').unwrap();
        assert_eq!(percent_run(hay, second), None);
    }
}
