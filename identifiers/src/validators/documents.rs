//! Travel and driving documents whose numbers carry their own checks: the machine-readable zone
//! of passports and identity cards (ICAO Doc 9303), and the UK's DVLA driving licence number.

use super::{Date, Details, Verdict};

/// The worth of an MRZ character in ICAO 9303's check digit: digits 0-9, letters 10-35, the
/// filler `<` 0; `None` for anything else.
fn mrz_worth(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        b'<' => Some(0),
        _ => None,
    }
}

/// ICAO 9303 part 3, 4.9: Σ worth × 7, 3, 1 (repeating) mod 10, over every field in `fields`
/// taken as one run (the composite check digit spans several).
fn mrz_check_digit(fields: &[&[u8]]) -> u32 {
    const WEIGHTS: [u32; 3] = [7, 3, 1];
    fields
        .iter()
        .flat_map(|f| f.iter())
        .enumerate()
        .map(|(i, &c)| mrz_worth(c).unwrap_or(0) * WEIGHTS[i % 3])
        .sum::<u32>()
        % 10
}

/// Whether `check` is the check digit of `fields`.
fn mrz_checks(fields: &[&[u8]], check: u8) -> bool {
    check.is_ascii_digit() && u32::from(check - b'0') == mrz_check_digit(fields)
}

/// A YYMMDD date that is real in some century (an MRZ does not say which).
fn mrz_date(d: &[u8]) -> bool {
    if d.len() != 6 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let two = |i: usize| u32::from(d[i] - b'0') * 10 + u32::from(d[i + 1] - b'0');
    let (year, month, day) = (two(0), two(2), two(4));
    Date::new(2000 + year, month, day).is_some() || Date::new(1900 + year, month, day).is_some()
}

/// A document number and its check digit, with the long-number rule of TD1 and TD2 (9303
/// part 5 and 6, note j): when the check position holds `<`, the number goes on in the
/// optional field, whose character before the first `<` is then the check digit.
fn document_number(number: &[u8], check: u8, optional: &[u8]) -> bool {
    if check != b'<' {
        return mrz_checks(&[number], check);
    }
    let end = optional
        .iter()
        .position(|&c| c == b'<')
        .unwrap_or(optional.len());
    if end < 2 {
        return false;
    }
    mrz_checks(&[number, &optional[..end - 1]], optional[end - 1])
}

/// The lines of an MRZ: two or three, each only `A-Z0-9<`, separated by `\n` or `\r\n` —
/// as bytes, or as the escapes a JSON string or a log writes for them (a backslash, `n`).
fn mrz_lines(value: &[u8]) -> Option<([&[u8]; 3], usize)> {
    let mut lines: [&[u8]; 3] = [&[]; 3];
    let mut count = 0;
    let mut rest = value;
    loop {
        let end = rest
            .iter()
            .position(|&c| mrz_worth(c).is_none())
            .unwrap_or(rest.len());
        if count == 3 {
            return None;
        }
        lines[count] = &rest[..end];
        count += 1;
        if end == rest.len() {
            return Some((lines, count));
        }
        let separator = [&b"\r\n"[..], b"\n", b"\\r\\n", b"\\n"]
            .into_iter()
            .find(|s| rest[end..].starts_with(s))?;
        rest = &rest[end + separator.len()..];
    }
}

/// ICAO's specimen state, Utopia, on every published sample document.
const SPECIMEN_STATE: &[u8] = b"UTO";
/// The holders of the specimens ICAO (Anna Maria Eriksson) and Germany's Bundesdruckerei
/// (Erika Mustermann) publish.
const SPECIMEN_NAMES: [&[u8]; 2] = [b"ERIKSSON<<ANNA", b"MUSTERMANN<<ERIKA"];

/// An ICAO 9303 machine-readable zone: TD1 (3 lines of 30: identity cards), TD2 (2 of 36) or
/// TD3 (2 of 44: passports), its document number, birth date, expiry date and composite check
/// digits right, its dates real. Visas (`V`) have no composite digit. Details: `document` (the
/// first character: P, I, A, C, V) and `issuer` (the issuing state's three letters); a zone
/// of ICAO's specimen state `UTO` or of a published specimen holder is an example.
pub fn icao_mrz(value: &[u8], details: &mut Details) -> Verdict {
    let Some((lines, count)) = mrz_lines(value) else {
        return Verdict::Invalid;
    };
    let valid = match (count, lines[0].len()) {
        (3, 30) if lines[1].len() == 30 && lines[2].len() == 30 => td1(&lines),
        (2, 36) if lines[1].len() == 36 => td2(&lines),
        (2, 44) if lines[1].len() == 44 => td3(&lines),
        _ => false,
    };
    if !valid {
        return Verdict::Invalid;
    }
    let first = lines[0];
    details.push(("document", char::from(first[0]).to_string()));
    let issuer = &first[2..5];
    let shown: String = issuer
        .iter()
        .filter(|&&c| c != b'<')
        .map(|&c| char::from(c))
        .collect();
    details.push(("issuer", shown));
    let nationality = match count {
        3 => &lines[1][15..18],
        _ => &lines[1][10..13],
    };
    let names = match count {
        3 => lines[2],
        _ => &first[5..],
    };
    let specimen_name = SPECIMEN_NAMES
        .iter()
        .any(|n| names.windows(n.len()).any(|w| w == *n));
    if issuer == SPECIMEN_STATE || nationality == SPECIMEN_STATE || specimen_name {
        Verdict::Example
    } else {
        Verdict::Valid
    }
}

fn td1(l: &[&[u8]; 3]) -> bool {
    let (a, b) = (l[0], l[1]);
    a[0].is_ascii_uppercase()
        && document_number(&a[5..14], a[14], &a[15..30])
        && mrz_date(&b[0..6])
        && mrz_checks(&[&b[0..6]], b[6])
        && matches!(b[7], b'M' | b'F' | b'X' | b'<')
        && mrz_date(&b[8..14])
        && mrz_checks(&[&b[8..14]], b[14])
        && mrz_checks(&[&a[5..30], &b[0..7], &b[8..15], &b[18..29]], b[29])
}

fn td2(l: &[&[u8]; 3]) -> bool {
    let (a, b) = (l[0], l[1]);
    let common = a[0].is_ascii_uppercase()
        && document_number(&b[0..9], b[9], &b[28..35])
        && mrz_date(&b[13..19])
        && mrz_checks(&[&b[13..19]], b[19])
        && matches!(b[20], b'M' | b'F' | b'X' | b'<')
        && mrz_date(&b[21..27])
        && mrz_checks(&[&b[21..27]], b[27]);
    // A visa (MRV-B) has no composite check digit: optional data runs to the end.
    common && (a[0] == b'V' || mrz_checks(&[&b[0..10], &b[13..20], &b[21..35]], b[35]))
}

fn td3(l: &[&[u8]; 3]) -> bool {
    let (a, b) = (l[0], l[1]);
    let common = a[0].is_ascii_uppercase()
        && mrz_checks(&[&b[0..9]], b[9])
        && mrz_date(&b[13..19])
        && mrz_checks(&[&b[13..19]], b[19])
        && matches!(b[20], b'M' | b'F' | b'X' | b'<')
        && mrz_date(&b[21..27])
        && mrz_checks(&[&b[21..27]], b[27]);
    if a[0] == b'V' {
        // A visa (MRV-A): optional data to the end, no personal-number or composite digit.
        return common;
    }
    // The personal number's check digit may be `<` when the field is all fillers.
    let personal = &b[28..42];
    let personal_ok = if b[42] == b'<' {
        personal.iter().all(|&c| c == b'<')
    } else {
        mrz_checks(&[personal], b[42])
    };
    common && personal_ok && mrz_checks(&[&b[0..10], &b[13..20], &b[21..43]], b[43])
}

/// A UK (DVLA) driving licence number: 16 characters, `MORGA657054SM9IJ`: the surname's first
/// five letters padded with `9`; the decade of birth; the month (51-62 for a woman); the day;
/// the year's last digit; two initials (`9` for none); an arbitrary digit; two check letters,
/// whose algorithm is not published (so they are only letters here).
pub fn uk_driving_licence(value: &[u8]) -> bool {
    let mut buffer = [0u8; 16];
    let Some(v) = super::compact_into(value, &mut buffer).filter(|v| v.len() == 16) else {
        return false;
    };
    let surname = &v[..5];
    let letters = surname
        .iter()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    let digit = |i: usize| v[i].is_ascii_digit();
    if letters == 0
        || !surname[letters..].iter().all(|&c| c == b'9')
        || !(5..=10).all(digit)
        || !digit(13)
        || !v[14..16].iter().all(u8::is_ascii_uppercase)
    {
        return false;
    }
    let initials = &v[11..13];
    let initials_ok = initials[0].is_ascii_uppercase()
        && (initials[1].is_ascii_uppercase() || initials[1] == b'9');
    let two = |i: usize| u32::from(v[i] - b'0') * 10 + u32::from(v[i + 1] - b'0');
    let year = u32::from(v[5] - b'0') * 10 + u32::from(v[10] - b'0');
    let month = match two(6) {
        m @ 1..=12 => m,
        m @ 51..=62 => m - 50,
        _ => return false,
    };
    initials_ok
        && (Date::new(1900 + year, month, two(8)).is_some()
            || Date::new(2000 + year, month, two(8)).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ICAO 9303 part 4's specimen passport (TD3) and part 5's identity card (TD1).
    const TD3: &[u8] = b"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    const TD1: &[u8] = b"I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    const TD2: &[u8] =
        b"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6";

    /// The same zone with the issuing state and nationality moved from Utopia to `to`, and
    /// another holder (names are in no check digit).
    fn moved(zone: &[u8], to: &[u8; 3]) -> Vec<u8> {
        let text = String::from_utf8(zone.to_vec()).unwrap();
        text.replace("UTO", std::str::from_utf8(to).unwrap())
            .replace("ERIKSSON", "LINDQVIS")
            .into_bytes()
    }

    #[test]
    fn icao_specimens_are_examples() {
        for zone in [TD3, TD1, TD2] {
            let mut details = Details::new();
            assert_eq!(icao_mrz(zone, &mut details), Verdict::Example, "{zone:?}");
            assert!(details.contains(&("issuer", "UTO".to_string())));
        }
    }

    #[test]
    fn zones_are_checked_digit_by_digit() {
        // Nationality is in no check digit of TD3 but is in TD1's composite: moving the states
        // keeps TD3 and TD2 valid and changes nothing else.
        let mut details = Details::new();
        assert_eq!(icao_mrz(&moved(TD3, b"D<<"), &mut details), Verdict::Valid);
        assert_eq!(details[0], ("document", "P".to_string()));
        assert_eq!(details[1], ("issuer", "D".to_string()));
        assert_eq!(
            icao_mrz(&moved(TD2, b"FRA"), &mut Details::new()),
            Verdict::Valid
        );
        let crlf = moved(TD3, b"CAN")
            .iter()
            .flat_map(|&b| {
                if b == b'\n' {
                    vec![b'\r', b'\n']
                } else {
                    vec![b]
                }
            })
            .collect::<Vec<u8>>();
        assert_eq!(icao_mrz(&crlf, &mut Details::new()), Verdict::Valid);
        // Every single changed digit in the second line breaks a check.
        let base = moved(TD3, b"GBR");
        let second = base.iter().position(|&b| b == b'\n').unwrap() + 1;
        for i in second..base.len() {
            if !base[i].is_ascii_digit() {
                continue;
            }
            let mut changed = base.clone();
            changed[i] = b'0' + (base[i] - b'0' + 1) % 10;
            assert_eq!(
                icao_mrz(&changed, &mut Details::new()),
                Verdict::Invalid,
                "at {i}"
            );
        }
        // A line too short, a lower-case letter, a fourth line, an impossible birth date.
        assert_eq!(
            icao_mrz(&base[..base.len() - 1], &mut Details::new()),
            Verdict::Invalid
        );
        let mut lower = base.clone();
        lower[2] = b'g';
        assert_eq!(icao_mrz(&lower, &mut Details::new()), Verdict::Invalid);
        let escaped = String::from_utf8(base.clone())
            .unwrap()
            .replace('\n', "\\n");
        assert_eq!(
            icao_mrz(escaped.as_bytes(), &mut Details::new()),
            Verdict::Valid
        );
        let mustermann = String::from_utf8(base.clone())
            .unwrap()
            .replace("LINDQVIS<<ANNA<MARIA<<<<", "MUSTERMANN<<ERIKA<<<<<<<");
        assert_eq!(
            icao_mrz(mustermann.as_bytes(), &mut Details::new()),
            Verdict::Example
        );
        let mut four = base.clone();
        four.extend_from_slice(b"\n<<<");
        assert_eq!(icao_mrz(&four, &mut Details::new()), Verdict::Invalid);
        assert_eq!(icao_mrz(b"", &mut Details::new()), Verdict::Invalid);
    }

    #[test]
    fn long_document_numbers_continue_in_the_optional_field() {
        // 9303 part 5's example of a 12-character number: D23145890734, check 9, in TD1.
        let a = b"I<UTOD23145890<7349<<<<<<<<<<<";
        assert!(document_number(&a[5..14], a[14], &a[15..30]));
        let wrong = b"I<UTOD23145890<7348<<<<<<<<<<<";
        assert!(!document_number(&wrong[5..14], wrong[14], &wrong[15..30]));
    }

    #[test]
    fn dvla_numbers() {
        assert!(uk_driving_licence(b"MORGA657054SM9IJ"));
        assert!(uk_driving_licence(b"MORGA 657054 SM9IJ"));
        assert!(
            uk_driving_licence(b"LI999 802 153 J99AB"),
            "short surname, one initial"
        );
        assert!(uk_driving_licence(b"SMITH612299JA9CD"), "a woman: month 62");
        assert!(!uk_driving_licence(b"MORGA613054SM9IJ"), "month 13");
        assert!(!uk_driving_licence(b"MORGA657004SM9IJ"), "day 00");
        assert!(
            !uk_driving_licence(b"MO9GA657054SM9IJ"),
            "a letter after the padding"
        );
        assert!(
            !uk_driving_licence(b"MORGA657054SM9I1"),
            "check letters are letters"
        );
        assert!(!uk_driving_licence(b"MORGA657054SM9IJK"), "17 characters");
        assert!(
            !uk_driving_licence(b"99999657054SM9IJ"),
            "no surname letter"
        );
    }
}
