//! National bank account numbers (BBANs) whose check is published by the central bank, and
//! SWIFT/BIC codes (ISO 9362).

use super::national::cf_check_letter;
use super::{compact_into, Context, Details, Verdict};

/// The value without separators, upper-cased, when it is exactly `N` characters long.
fn compact_exactly<const N: usize>(value: &[u8], buffer: &mut [u8; N]) -> bool {
    compact_into(value, buffer).is_some_and(|v| v.len() == N)
}

/// A French RIB (Banque de France): bank 5, branch 5, account 11, key 2 — the key is
/// 97 − (89 × bank + 15 × branch + 3 × account) mod 97, letters of the account (and, rarely, of
/// the codes) read as digits: A, J → 1; B, K, S → 2; … I, R, Z → 9.
pub fn fr_rib(value: &[u8]) -> bool {
    let mut v = [0u8; 23];
    if !compact_exactly(value, &mut v) || !v[21..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let digit = |c: u8| -> Option<u64> {
        match c {
            b'0'..=b'9' => Some(u64::from(c - b'0')),
            b'A'..=b'I' => Some(u64::from(c - b'A') + 1),
            b'J'..=b'R' => Some(u64::from(c - b'J') + 1),
            b'S'..=b'Z' => Some(u64::from(c - b'S') + 2),
            _ => None,
        }
    };
    let number = |part: &[u8]| -> Option<u64> {
        part.iter()
            .try_fold(0u64, |acc, &c| Some(acc * 10 + digit(c)?))
    };
    let (Some(bank), Some(branch), Some(account)) =
        (number(&v[..5]), number(&v[5..10]), number(&v[10..21]))
    else {
        return false;
    };
    let key = u64::from(v[21] - b'0') * 10 + u64::from(v[22] - b'0');
    // All digits zero is a form's empty value, not an account.
    bank + branch + account > 0 && 97 - (89 * bank + 15 * branch + 3 * account) % 97 == key
}

/// An Italian BBAN (Banca d'Italia): the CIN letter, ABI 5 digits, CAB 5 digits, account 12
/// letters or digits. The CIN is the codice fiscale's check over the 22 characters after it:
/// odd positions (1st, 3rd, …) by its odd table, even ones by their worth, mod 26.
pub fn it_bban(value: &[u8]) -> bool {
    let mut v = [0u8; 23];
    if !compact_exactly(value, &mut v)
        || !v[0].is_ascii_uppercase()
        || !v[1..11].iter().all(u8::is_ascii_digit)
        || !v[11..].iter().all(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    v[1..].iter().any(|&c| c != b'0') && v[0] == cf_check_letter(&v[1..])
}

/// A Spanish CCC (Banco de España): entity 4, office 4, two check digits, account 10. The
/// first check digit covers `00` + entity + office, the second the account, each with weights
/// 1, 2, 4, 8, 5, 10, 9, 7, 3, 6: 11 − Σ mod 11, where 11 is written 0 and 10 is written 1.
pub fn es_ccc(value: &[u8]) -> bool {
    let mut v = [0u8; 20];
    if !compact_exactly(value, &mut v) || !v.iter().all(u8::is_ascii_digit) {
        return false;
    }
    const WEIGHTS: [u32; 10] = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
    let check = |digits: &[u8]| -> u8 {
        let sum: u32 = digits
            .iter()
            .zip(WEIGHTS.iter().rev().take(digits.len()).rev())
            .map(|(&d, &w)| u32::from(d - b'0') * w)
            .sum();
        match 11 - sum % 11 {
            11 => b'0',
            10 => b'1',
            d => b'0' + d as u8,
        }
    };
    v[..8].iter().chain(&v[10..]).any(|&c| c != b'0')
        && check(&v[..8]) == v[8]
        && check(&v[10..]) == v[9]
}

/// An ABA routing number's check (the American Bankers Association's): Σ digit × 3, 7, 1, …
/// over the nine digits ≡ 0 (mod 10).
fn aba_checks(digits: &[u8; 9]) -> bool {
    const WEIGHTS: [u32; 9] = [3, 7, 1, 3, 7, 1, 3, 7, 1];
    digits
        .iter()
        .zip(WEIGHTS)
        .map(|(&d, w)| u32::from(d - b'0') * w)
        .sum::<u32>()
        % 10
        == 0
}

/// Every number of exactly nine digits (digits joined by `-` count as one number) in the rest
/// of the match passes the ABA check: an account number matched next to its routing number is
/// reported only when that routing number is one.
pub fn aba_in_match(context: &Context<'_>) -> bool {
    context.match_outside.iter().all(|part| {
        let mut number = [0u8; 9];
        let mut n = 0;
        let mut ok = true;
        for (i, &b) in part.iter().enumerate() {
            if b.is_ascii_digit() {
                if n < 9 {
                    number[n] = b;
                }
                n += 1;
                continue;
            }
            let joined = b == b'-' && n > 0 && part.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !joined {
                ok &= n != 9 || aba_checks(&number);
                n = 0;
            }
        }
        ok && (n != 9 || aba_checks(&number))
    })
}

/// ISO 3166-1 alpha-2 codes, and `XK` (Kosovo), which SWIFT uses.
const COUNTRY_CODES: &str =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL \
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ \
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS \
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR \
KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU \
MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY \
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH \
TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

/// Whether `code` is an assigned ISO 3166-1 alpha-2 code (or `XK`).
pub(super) fn assigned_country(code: &[u8]) -> bool {
    code.len() == 2 && COUNTRY_CODES.as_bytes().chunks(3).any(|c| &c[..2] == code)
}

/// A SWIFT/BIC code (ISO 9362): institution (4 letters), an assigned country code, location
/// (2 letters or digits), and an optional branch (3). A location ending in `0` is a test BIC:
/// an example. Details: `country`.
pub fn swift_bic(value: &[u8], details: &mut Details) -> Verdict {
    let mut buffer = [0u8; 11];
    let Some(v) = compact_into(value, &mut buffer) else {
        return Verdict::Invalid;
    };
    if !matches!(v.len(), 8 | 11)
        || !v[..4].iter().all(u8::is_ascii_uppercase)
        || !assigned_country(&v[4..6])
        || !v[6..].iter().all(u8::is_ascii_alphanumeric)
    {
        return Verdict::Invalid;
    }
    details.push(("country", String::from_utf8_lossy(&v[4..6]).into_owned()));
    if v[7] == b'0' {
        Verdict::Example
    } else {
        Verdict::Valid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_rib_keys() {
        // Banque de France's worked example: a letter in the account.
        assert!(fr_rib(b"30002 00550 0000157845Z 02"));
        assert!(!fr_rib(b"30002 00550 0000157845Z 03"));
        assert!(!fr_rib(b"30002 00550 0000157845Z 0"));
        assert!(!fr_rib(b"00000 00000 00000000000 97"), "all zeros");
        // The BBAN inside the IBAN FR14 2004 1010 0505 0001 3M02 606.
        assert!(fr_rib(b"20041010050500013M02606"));
    }

    #[test]
    fn italian_cin() {
        // The BBAN of IT60 X054 2811 1010 0000 0123 456.
        assert!(it_bban(b"X 05428 11101 000000123456"));
        assert!(!it_bban(b"Y 05428 11101 000000123456"));
        assert!(!it_bban(b"X 05428 11101 000000123457"));
        assert!(!it_bban(b"X0542811101"));
    }

    #[test]
    fn spanish_ccc() {
        // The BBAN of ES91 2100 0418 4502 0005 1332.
        assert!(es_ccc(b"2100 0418 45 0200051332"));
        assert!(!es_ccc(b"2100 0418 46 0200051332"));
        assert!(!es_ccc(b"2100 0418 45 0200051333"));
        assert!(!es_ccc(b"00000000000000000000"), "all zeros");
    }

    fn outside<'a>(before: &'a [u8], after: &'a [u8]) -> bool {
        let regions = crate::validators::PhoneRegions::parse("US").unwrap();
        aba_in_match(&Context {
            keyword: true,
            phone_regions: &regions,
            today: crate::validators::Date::new(2026, 1, 1).unwrap(),
            before: b"",
            match_outside: [before, after],
            after: b"",
            field: b"",
        })
    }

    #[test]
    fn routing_numbers_next_to_accounts() {
        assert!(outside(b"routing 021000021, account ", b""));
        assert!(outside(b"", b" (ABA 0210-0002-1)"));
        assert!(
            !outside(b"routing 021000022, account ", b""),
            "wrong check digit"
        );
        assert!(outside(b"account ", b""), "no routing number in the match");
        assert!(outside(b"branch 1234, account ", b""), "not nine digits");
    }

    #[test]
    fn bics() {
        let mut details = Details::new();
        assert_eq!(swift_bic(b"DEUTDEFF", &mut details), Verdict::Valid);
        assert_eq!(details, [("country", "DE".to_string())]);
        assert_eq!(
            swift_bic(b"NEDSZAJJXXX", &mut Details::new()),
            Verdict::Valid
        );
        assert_eq!(
            swift_bic(b"DEUTDEF0", &mut Details::new()),
            Verdict::Example
        );
        assert_eq!(
            swift_bic(b"DEUTZZFF", &mut Details::new()),
            Verdict::Invalid
        );
        assert_eq!(
            swift_bic(b"DEUTDEFFX", &mut Details::new()),
            Verdict::Invalid
        );
        assert_eq!(
            swift_bic(b"D3UTDEFF", &mut Details::new()),
            Verdict::Invalid
        );
        assert!(assigned_country(b"XK") && assigned_country(b"ZW") && !assigned_country(b"UK"));
    }
}
