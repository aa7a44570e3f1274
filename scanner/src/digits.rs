//! The candidate finder of numeric identifiers (cards, phones, dates, IBANs): digit groups.
//!
//! Numbers have no literal anchor, and a regex over every byte would be slow, so numeric
//! identifiers are tried only where a *group* of digits starts (a digit not preceded by a
//! digit) whose *run* (digits joined by at most three of ` -./()`) holds enough digits from that
//! group on. Whether a position is a candidate depends only on the byte before it and on the
//! bytes after it, which keeps results independent of how content is chunked.

use crate::byte_masks::{digit_mask, BLOCK};

/// Bytes that may join the digit groups of one number: `4111 1111`, `030-1234`, `(415) 555`,
/// `23.07.1984`, `07/27`, `07 / 27`.
fn is_joiner(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'.' | b'/' | b'(' | b')')
}

/// A digit group where numeric identifiers may start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Group {
    /// Offset of the group's first digit in the haystack.
    pub(crate) start: usize,
    /// Digits in the run from this group on, counted up to the `enough` passed in.
    pub(crate) digits: usize,
    /// The group follows an upper-case letter (`DE89…`).
    pub(crate) after_uppercase: bool,
}

/// Calls `found` for every group starting in `from..to` whose run holds at least `min` digits
/// from the group on (`min_after_uppercase` for a group right after an upper-case letter).
/// Counting stops at `enough` digits and at `hay.len()`; groups glued to a lower-case letter or
/// `_`, before them (`utf8`, `x86_64`, hex digests) or after them (`128u32`, `100px`; see
/// [`glued_after`]), are words, not numbers, and skipped.
///
/// Source code has a digit every 16 bytes or so: the digits of 64 bytes at a time are found as
/// a bit mask, and group starts with bit operations on it, so a byte costs well under one
/// instruction however often digits come; only a group's start is looked at byte by byte.
pub(crate) fn digit_groups(
    hay: &[u8],
    from: usize,
    to: usize,
    min: usize,
    min_after_uppercase: usize,
    enough: usize,
    mut found: impl FnMut(Group),
) {
    let mut block_start = from;
    while block_start < to {
        let block_end = (block_start + BLOCK).min(to);
        let digits = digit_mask(&hay[block_start..block_end]);
        // Bit i: whether the byte before byte i (at `block_start + i - 1`) is a digit.
        let digit_before =
            (digits << 1) | u64::from(block_start > 0 && hay[block_start - 1].is_ascii_digit());
        let mut starts = digits & !digit_before;
        while starts != 0 {
            let bit = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let start = block_start + bit;
            let previous = start.checked_sub(1).map(|p| hay[p]);
            if previous.is_some_and(glues) {
                continue;
            }
            let after_uppercase = previous.is_some_and(|b| b.is_ascii_uppercase());
            let at_least = if after_uppercase {
                min_after_uppercase
            } else {
                min
            };
            // The group's own digits: from the mask while it lasts, then byte by byte.
            let mut end = start + (!(digits >> bit)).trailing_zeros() as usize;
            if end >= block_end {
                end = block_end;
                while end < hay.len() && hay[end].is_ascii_digit() {
                    end += 1;
                }
            }
            if glued_after(hay, start, end, enough) {
                continue;
            }
            let run = run_digits(hay, start, end, enough);
            if run >= at_least {
                found(Group {
                    start,
                    digits: run,
                    after_uppercase,
                });
            }
        }
        block_start = block_end;
    }
}

/// Whether `b` beside a group makes it part of a word (`utf8`, `x86_64`, `128u32`).
fn glues(b: u8) -> bool {
    b.is_ascii_lowercase() || b == b'_'
}

/// Whether the group `start..end` is glued to a lower-case letter or `_` after it: a typed
/// literal (`128u32`), a unit (`100px`, `500ms`), an ordinal or the head of a hex digest, not
/// a number. Only groups of at most `enough` digits are judged: the session keeps that many
/// bytes (and more) after every group it tries in its buffer, so the byte after such a group
/// is always there, however the content is chunked; a longer group's may not be yet.
fn glued_after(hay: &[u8], start: usize, end: usize, enough: usize) -> bool {
    end - start <= enough && hay.get(end).copied().is_some_and(glues)
}

/// Digits of the run from the group `start..end` on, counted up to `enough`.
fn run_digits(hay: &[u8], start: usize, end: usize, enough: usize) -> usize {
    let mut digits = end - start;
    let mut at = end;
    while digits < enough {
        let mut joiners = 0;
        while at < hay.len() && is_joiner(hay[at]) && joiners < 4 {
            at += 1;
            joiners += 1;
        }
        if joiners == 0 || joiners > 3 || at >= hay.len() || !hay[at].is_ascii_digit() {
            break;
        }
        while at < hay.len() && hay[at].is_ascii_digit() {
            at += 1;
            digits += 1;
        }
    }
    digits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(text: &str, min: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        digit_groups(text.as_bytes(), 0, text.len(), min, min, 64, |g| {
            out.push((g.start, g.digits))
        });
        out
    }

    #[test]
    fn groups_count_the_rest_of_their_run() {
        assert_eq!(
            groups("card 4111 1111 1111 1111.", 4),
            vec![(5, 16), (10, 12), (15, 8), (20, 4)]
        );
        assert_eq!(groups("tel (415) 555-2671", 7), vec![(5, 10), (10, 7)]);
        assert_eq!(groups("23 July 1984", 2), vec![(0, 2), (8, 4)]);
        assert_eq!(groups("07 / 27", 3), vec![(0, 4)]);
        assert_eq!(groups("1 -  2", 2), vec![], "four joiners end a run");
    }

    #[test]
    fn words_with_digits_are_not_numbers() {
        assert_eq!(groups("utf8 x86_64 sha256", 1), vec![]);
        assert_eq!(groups("128u32 100px 2nd 3fa8c1 1_000", 1), vec![]);
        assert_eq!(groups("555-1234x 4111A", 3), vec![(0, 7), (10, 4)]);
        assert_eq!(groups("DE89370400440532013000", 2).len(), 1);
        let mut upper = Vec::new();
        digit_groups(b"IBAN DE89", 0, 9, 2, 2, 64, |g| {
            upper.push(g.after_uppercase)
        });
        assert_eq!(upper, vec![true]);
    }

    /// The definition, byte by byte: what the block masks must agree with.
    fn reference(hay: &[u8], from: usize, to: usize, min: usize, min_upper: usize) -> Vec<Group> {
        let mut out = Vec::new();
        for start in from..to {
            let previous = start.checked_sub(1).map(|p| hay[p]);
            if !hay[start].is_ascii_digit()
                || previous
                    .is_some_and(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'_')
            {
                continue;
            }
            let mut end = start;
            while end < hay.len() && hay[end].is_ascii_digit() {
                end += 1;
            }
            let next = hay.get(end).copied();
            if end - start <= 19 && next.is_some_and(|b| b.is_ascii_lowercase() || b == b'_') {
                continue;
            }
            let after_uppercase = previous.is_some_and(|b| b.is_ascii_uppercase());
            let digits = run_digits(hay, start, end, 19);
            if digits >= if after_uppercase { min_upper } else { min } {
                out.push(Group {
                    start,
                    digits,
                    after_uppercase,
                });
            }
        }
        out
    }

    #[test]
    fn block_masks_agree_with_the_byte_by_byte_definition() {
        // Digit-heavy text over block boundaries, ranges starting and ending anywhere.
        let alphabet = b"0123456789012345aZ_ -./()x";
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for round in 0..400 {
            let len = 1 + round % 300;
            let hay: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            let from = (state as usize >> 8) % len;
            let to = from + (state as usize >> 20) % (len - from + 1);
            let mut got = Vec::new();
            digit_groups(&hay, from, to, 3, 2, 19, |g| got.push(g));
            assert_eq!(
                got,
                reference(&hay, from, to, 3, 2),
                "{:?} {from}..{to}",
                String::from_utf8_lossy(&hay)
            );
        }
    }

    #[test]
    fn a_group_begun_before_the_range_is_not_repeated() {
        let text = b"x 123456789";
        let mut out = Vec::new();
        digit_groups(text, 5, text.len(), 1, 1, 64, |g| out.push(g.start));
        assert!(out.is_empty());
    }
}
