//! Health identifiers whose structure is more than a check-digit family: the FDA's unique
//! device identifiers (GS1, HIBCC, ICCBBA) and Medicare's old claim numbers (HICN).

use super::{Date, Details, Verdict};

/// A GS1 GTIN's check digit (GS1 General Specifications 7.9.1): weights 3, 1, 3, … from the
/// digit before the check leftwards; the check brings the sum to a multiple of 10.
fn gtin_check(digits: &[u8]) -> bool {
    let Some((&check, body)) = digits.split_last() else {
        return false;
    };
    let sum: u32 = body
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| u32::from(d - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    u32::from(check - b'0') == (10 - sum % 10) % 10
}

/// A GS1 date YYMMDD; a day of `00` means the month's last day (General Specifications 3.4.x).
fn gs1_date(d: &[u8]) -> bool {
    let two = |i: usize| u32::from(d[i] - b'0') * 10 + u32::from(d[i + 1] - b'0');
    let (year, month, day) = (two(0), two(2), two(4));
    (1..=12).contains(&month) && (day == 0 || Date::new(2000 + year, month, day).is_some())
}

/// A GS1 UDI in its human-readable form: `(01)` and a GTIN-14 with its check digit, then
/// application identifiers the FDA's UDI rule uses: `(11)`/`(17)` dates, `(10)` lot and
/// `(21)` serial (1-20 characters), `(30)` count, `(240)`/`(241)` product references. Without
/// parentheses, only the GTIN after `01` is checked.
fn gs1_udi(v: &[u8]) -> bool {
    let all_digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
    let Some(rest) = v.strip_prefix(b"(01)") else {
        return v.len() >= 16
            && v.starts_with(b"01")
            && all_digits(&v[2..16])
            && gtin_check(&v[2..16]);
    };
    if rest.len() < 14 || !all_digits(&rest[..14]) || !gtin_check(&rest[..14]) {
        return false;
    }
    let mut rest = &rest[14..];
    while !rest.is_empty() {
        let Some(close) = rest.iter().position(|&b| b == b')') else {
            return false;
        };
        let (ai, after) = (&rest[..close.max(1)], &rest[close + 1..]);
        let end = after.iter().position(|&b| b == b'(').unwrap_or(after.len());
        let data = &after[..end];
        let ok = match ai {
            b"(11" | b"(17" => data.len() == 6 && all_digits(data) && gs1_date(data),
            b"(10" | b"(21" | b"(240" | b"(241" => {
                (1..=20).contains(&data.len()) && data.iter().all(|&c| c.is_ascii_graphic())
            }
            b"(30" => (1..=8).contains(&data.len()) && all_digits(data),
            _ => false,
        };
        if !ok {
            return false;
        }
        rest = &after[end..];
    }
    true
}

/// HIBCC's 43 characters, each worth its position (Supplier Labeling Standard, the check
/// character): the check character is the sum of the worths of everything before it, mod 43.
const HIBC_CHARACTERS: &[u8; 43] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";

/// A HIBCC UDI: `+`, the labeler code (a letter and 3 letters or digits), the product code and
/// unit of measure, optionally `/` and secondary data, then the mod-43 check character (`_`
/// for a space).
fn hibcc_udi(v: &[u8]) -> bool {
    let Some((&check, body)) = v.split_last() else {
        return false;
    };
    if body.len() < 7 || body[0] != b'+' || !body[1].is_ascii_uppercase() {
        return false;
    }
    if !body[2..5].iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let mut sum = 0usize;
    for c in body {
        let Some(worth) = HIBC_CHARACTERS.iter().position(|h| h == c) else {
            return false;
        };
        sum += worth;
    }
    // HIBCC prints a space check character as `_`, which a reader can see.
    let expected = HIBC_CHARACTERS[sum % 43];
    expected == check || (expected == b' ' && check == b'_')
}

/// An ICCBBA (ISBT 128) UDI: the processor product identification code (`=/` and 16 letters
/// or digits), optionally followed by other ISBT 128 data structures (`=,` serial, `=>`
/// expiry, `&,` manufacture date, …), each 2 characters of identifier and its data. ISBT 128
/// prints no check character in the barcode data, so the structure is what is checked.
fn iccbba_udi(v: &[u8]) -> bool {
    let Some(rest) = v.strip_prefix(b"=/") else {
        return false;
    };
    rest.len() >= 16
        && rest[..16].iter().all(u8::is_ascii_alphanumeric)
        && rest[16..].first().is_none_or(|&c| c == b'=' || c == b'&')
        && rest[16..].iter().all(|c| c.is_ascii_graphic())
}

/// An FDA unique device identifier from one of its three issuing agencies. Details: `agency`
/// (GS1, HIBCC or ICCBBA).
pub fn fda_udi(value: &[u8], details: &mut Details) -> Verdict {
    let agency = if gs1_udi(value) {
        "GS1"
    } else if hibcc_udi(value) {
        "HIBCC"
    } else if iccbba_udi(value) {
        "ICCBBA"
    } else {
        return Verdict::Invalid;
    };
    details.push(("agency", agency.to_string()));
    Verdict::Valid
}

/// A Medicare health insurance claim number (HICN, replaced by the MBI from 2018 to 2020 but
/// still in records): a Social Security number that passes its rules, then a beneficiary
/// identification code of a letter and, optionally, a letter or digit (`A`, `B1`, `HA`); or a
/// Railroad Retirement Board number (1-3 letters, then 6 or 9 digits).
pub fn us_hicn(value: &[u8]) -> bool {
    let mut buffer = [0u8; 16];
    let Some(v) = super::compact_into(value, &mut buffer) else {
        return false;
    };
    let letters = v.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if letters > 0 {
        let digits = &v[letters..];
        return letters <= 3
            && matches!(digits.len(), 6 | 9)
            && digits.iter().all(u8::is_ascii_digit)
            && digits.iter().any(|&d| d != b'0');
    }
    if v.len() < 10 || v.len() > 11 || !v[..9].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let code = &v[9..];
    super::us_ssn(&v[..9])
        && code[0].is_ascii_uppercase()
        && code[1..].iter().all(u8::is_ascii_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agency(value: &[u8]) -> Option<String> {
        let mut details = Details::new();
        (fda_udi(value, &mut details) == Verdict::Valid).then(|| details[0].1.clone())
    }

    #[test]
    fn gs1_udis() {
        // GTIN-14 00614141999996 has check digit 6 (GS1's check digit calculator example).
        assert_eq!(
            agency(b"(01)00614141999996(17)280131(10)A213B1").as_deref(),
            Some("GS1")
        );
        assert_eq!(
            agency(b"(01)00614141999996(17)280100(21)1234").as_deref(),
            Some("GS1")
        );
        assert_eq!(agency(b"0100614141999996172801311"), Some("GS1".into()));
        assert_eq!(agency(b"(01)00614141999995(17)280131"), None, "check digit");
        assert_eq!(agency(b"(01)00614141999996(17)281331"), None, "month 13");
        assert_eq!(agency(b"(01)00614141999996(99)1"), None, "not a UDI AI");
        assert_eq!(agency(b"(01)00614141999996(10)"), None, "empty lot");
    }

    #[test]
    fn hibcc_and_iccbba_udis() {
        // + H123 PARTNO1 unit 0, check: Σ worths mod 43 (computed below by hand).
        let body = b"+H123PARTNO10";
        let sum: usize = body
            .iter()
            .map(|c| HIBC_CHARACTERS.iter().position(|h| h == c).unwrap())
            .sum();
        let mut udi = body.to_vec();
        udi.push(HIBC_CHARACTERS[sum % 43]);
        assert_eq!(agency(&udi).as_deref(), Some("HIBCC"));
        *udi.last_mut().unwrap() = HIBC_CHARACTERS[(sum + 1) % 43];
        assert_eq!(agency(&udi), None);
        assert_eq!(
            agency(b"=/A9999XYZ100T0944=,000025=>014032").as_deref(),
            Some("ICCBBA")
        );
        assert_eq!(agency(b"=/A9999XYZ100T094"), None, "15 characters");
    }

    #[test]
    fn hicns() {
        assert!(us_hicn(b"123-45-6780A"));
        assert!(us_hicn(b"234567890B1"));
        assert!(us_hicn(b"234 56 7890 HA"));
        assert!(us_hicn(b"A123456"), "Railroad Retirement Board");
        assert!(!us_hicn(b"000-45-6780A"), "area 000");
        assert!(!us_hicn(b"234567890"), "no beneficiary code");
        assert!(!us_hicn(b"2345678901"), "a digit is no beneficiary code");
        assert!(!us_hicn(b"ABCD123456"), "four letters");
    }
}
