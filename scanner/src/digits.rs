//! The candidate finder of numeric identifiers (cards, phones, dates, IBANs): digit groups.
//!
//! Numbers have no literal anchor, and a regex over every byte would be slow, so numeric
//! identifiers are tried only where a *group* of digits starts (a digit not preceded by a
//! digit) whose *run* (digits joined by at most three of ` -./()`) holds enough digits from that
//! group on. Whether a position is a candidate depends only on the byte before it and on the
//! bytes after it, which keeps results independent of how content is chunked.

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
/// from the group on. Counting stops at `enough` digits and at `hay.len()`; groups glued to a
/// lower-case letter or `_` (`utf8`, `x86_64`, hex digests) are words, not numbers, and skipped.
pub(crate) fn digit_groups(
    hay: &[u8],
    from: usize,
    to: usize,
    min: usize,
    enough: usize,
    mut found: impl FnMut(Group),
) {
    let mut i = from;
    while i < to {
        let Some(start) = next_digit(hay, i, to) else {
            return;
        };
        let previous = start.checked_sub(1).map(|p| hay[p]);
        let mut end = start;
        while end < hay.len() && hay[end].is_ascii_digit() {
            end += 1;
        }
        i = end;
        match previous {
            // Inside a group that began before `from`: that group was judged already.
            Some(b) if b.is_ascii_digit() => continue,
            Some(b) if b.is_ascii_lowercase() || b == b'_' => continue,
            _ => {}
        }
        let digits = run_digits(hay, start, end, enough);
        if digits >= min {
            found(Group {
                start,
                digits,
                after_uppercase: previous.is_some_and(|b| b.is_ascii_uppercase()),
            });
        }
    }
}

/// The first digit in `hay[from..to]`. Text is mostly letters: 16 bytes are checked at once
/// (a loop the compiler turns into SIMD compares) before looking at single bytes.
fn next_digit(hay: &[u8], from: usize, to: usize) -> Option<usize> {
    let mut i = from;
    while i + 16 <= to {
        let block: &[u8; 16] = hay[i..i + 16].try_into().expect("16 bytes");
        let any = block
            .iter()
            .fold(false, |any, &b| any | (b.wrapping_sub(b'0') < 10));
        if any {
            break;
        }
        i += 16;
    }
    hay[i..to]
        .iter()
        .position(u8::is_ascii_digit)
        .map(|p| i + p)
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
        digit_groups(text.as_bytes(), 0, text.len(), min, 64, |g| {
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
        assert_eq!(groups("DE89370400440532013000", 2).len(), 1);
        let mut upper = Vec::new();
        digit_groups(b"IBAN DE89", 0, 9, 2, 64, |g| upper.push(g.after_uppercase));
        assert_eq!(upper, vec![true]);
    }

    #[test]
    fn a_group_begun_before_the_range_is_not_repeated() {
        let text = b"x 123456789";
        let mut out = Vec::new();
        digit_groups(text, 5, text.len(), 1, 64, |g| out.push(g.start));
        assert!(out.is_empty());
    }
}
