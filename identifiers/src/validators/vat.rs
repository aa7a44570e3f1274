//! EU VAT identification numbers: a two-letter prefix (`EL` for Greece, `XI` for Northern
//! Ireland) and the member state's own number with its own check. One validator for all of
//! them, so one identifier's candidates cover every country; the prefix's country goes in
//! `details.country`. Each country's rule is that of python-stdnum 2.2's `stdnum/<cc>/vat.py`
//! (and the modules it calls), which cites the national tax administrations.

use super::checksums::{iso7064_mod11_10, luhn};
use super::dates::Date;
use super::national::{compact_into, cz_birth_number_at, ie_check_letter, it_partita_iva};
use super::{Details, Verdict};

/// Whether `value` (prefix included) is a valid VAT number; its country (ISO 3166, so `GR` for
/// `EL` and `GB` for `XI`) goes into `details`.
pub fn eu_vat(value: &[u8], today: Date, details: &mut Details) -> Verdict {
    let mut buffer = [0u8; 32];
    let Some(v) = compact_into(value, &mut buffer) else {
        return Verdict::Invalid;
    };
    if v.len() < 4 {
        return Verdict::Invalid;
    }
    let (prefix, number) = v.split_at(2);
    let (country, valid) = match prefix {
        b"AT" => ("AT", austria(number)),
        b"BE" => ("BE", belgium(number)),
        b"BG" => ("BG", bulgaria(number, today)),
        b"CY" => ("CY", cyprus(number)),
        b"CZ" => ("CZ", czechia(number, today)),
        b"DE" => (
            "DE",
            all_digits(number, 9) && number[0] != b'0' && iso7064_mod11_10(number),
        ),
        b"DK" => (
            "DK",
            all_digits(number, 8)
                && number[0] != b'0'
                && sum(number, &[2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0,
        ),
        b"EE" => (
            "EE",
            all_digits(number, 9) && sum(number, &[3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 == 0,
        ),
        b"EL" => ("GR", greece(number)),
        b"ES" => ("ES", spain(number)),
        b"FI" => (
            "FI",
            all_digits(number, 8) && sum(number, &[7, 9, 10, 5, 8, 4, 2, 1]) % 11 == 0,
        ),
        b"FR" => ("FR", france(number)),
        b"HR" => ("HR", all_digits(number, 11) && iso7064_mod11_10(number)),
        b"HU" => (
            "HU",
            all_digits(number, 8) && sum(number, &[9, 7, 3, 1, 9, 7, 3, 1]) % 10 == 0,
        ),
        b"IE" => ("IE", ireland(number)),
        b"IT" => ("IT", it_partita_iva(number)),
        b"LT" => ("LT", lithuania(number)),
        b"LU" => (
            "LU",
            all_digits(number, 8) && decimal(&number[..6]) % 89 == decimal(&number[6..]),
        ),
        b"LV" => ("LV", latvia(number, today)),
        b"MT" => (
            "MT",
            all_digits(number, 8)
                && number[0] != b'0'
                && sum(number, &[3, 4, 6, 7, 8, 9, 10, 1]) % 37 == 0,
        ),
        b"NL" => ("NL", netherlands(number)),
        b"PL" => (
            "PL",
            all_digits(number, 10) && sum(number, &[6, 5, 7, 2, 3, 4, 5, 6, 7, 10]) % 11 == 0,
        ),
        b"PT" => ("PT", portugal(number)),
        b"RO" => ("RO", romania(number)),
        b"SE" => (
            "SE",
            all_digits(number, 12) && number.ends_with(b"01") && luhn(&[], &number[..10]),
        ),
        b"SI" => ("SI", slovenia(number)),
        b"SK" => ("SK", slovakia(number, today)),
        b"XI" => ("GB", northern_ireland(number)),
        _ => return Verdict::Invalid,
    };
    if !valid {
        return Verdict::Invalid;
    }
    details.push(("country", country.to_string()));
    Verdict::Valid
}

fn all_digits(number: &[u8], len: usize) -> bool {
    number.len() == len && number.iter().all(u8::is_ascii_digit)
}

fn digit(d: u8) -> u64 {
    u64::from(d - b'0')
}

/// Σ digit × weight.
fn sum(number: &[u8], weights: &[u64]) -> u64 {
    number.iter().zip(weights).map(|(&d, w)| digit(d) * w).sum()
}

fn decimal(digits: &[u8]) -> u64 {
    digits.iter().fold(0, |acc, &d| acc * 10 + digit(d))
}

/// `U` and 8 digits; the last is (6 − the Luhn sum of the 7 before) mod 10.
fn austria(n: &[u8]) -> bool {
    if n.len() != 9 || n[0] != b'U' || !all_digits(&n[1..], 8) {
        return false;
    }
    let luhn_sum: u64 = n[1..8]
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| match (i % 2, digit(d) * 2) {
            (1, doubled) => doubled / 10 + doubled % 10,
            _ => digit(d),
        })
        .sum();
    digit(n[8]) == (6 + 10 - luhn_sum % 10) % 10
}

/// 10 digits starting 0 or 1 (an old 9-digit number gains a 0): the last two are 97 − the
/// rest mod 97.
fn belgium(n: &[u8]) -> bool {
    let mut ten = [b'0'; 10];
    match n.len() {
        9 => ten[1..].copy_from_slice(n),
        10 => ten.copy_from_slice(n),
        _ => return false,
    }
    all_digits(&ten, 10)
        && matches!(ten[0], b'0' | b'1')
        && decimal(&ten) > 0
        && (decimal(&ten[..8]) + decimal(&ten[8..])) % 97 == 0
}

fn bulgaria(n: &[u8], today: Date) -> bool {
    if all_digits(n, 9) {
        let mut check = n[..8]
            .iter()
            .enumerate()
            .map(|(i, &d)| (i as u64 + 1) * digit(d))
            .sum::<u64>()
            % 11;
        if check == 10 {
            check = n[..8]
                .iter()
                .enumerate()
                .map(|(i, &d)| (i as u64 + 3) * digit(d))
                .sum::<u64>()
                % 11;
        }
        return digit(n[8]) == check % 10;
    }
    if !all_digits(n, 10) {
        return false;
    }
    // A person's EGN (with its birth date), a foreigner's PNF, or another 10-digit number.
    let egn = {
        let (mut year, mut month, day) = (
            1900 + decimal(&n[..2]),
            decimal(&n[2..4]),
            decimal(&n[4..6]),
        );
        if month > 40 {
            year += 100;
            month -= 40;
        } else if month > 20 {
            year -= 100;
            month -= 20;
        }
        Date::new(year as u32, month as u32, day as u32).is_some_and(|d| d <= today)
            && digit(n[9]) == sum(n, &[2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10
    };
    let pnf = digit(n[9]) == sum(n, &[21, 19, 17, 13, 11, 9, 7, 3, 1]) % 10;
    let other = digit(n[9]) == (11 - sum(n, &[4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11) % 11;
    egn || pnf || other
}

/// 8 digits (not starting `12`) and a check letter: odd positions by a table, even ones as
/// they are.
fn cyprus(n: &[u8]) -> bool {
    const ODD: [u64; 10] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
    if n.len() != 9 || !all_digits(&n[..8], 8) || n.starts_with(b"12") {
        return false;
    }
    let total: u64 = n[..8]
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 0 {
                ODD[d as usize - usize::from(b'0')]
            } else {
                digit(d)
            }
        })
        .sum();
    n[8] == b'A' + (total % 26) as u8
}

fn czechia(n: &[u8], today: Date) -> bool {
    if !n.iter().all(u8::is_ascii_digit) {
        return false;
    }
    match n.len() {
        8 => {
            let check = (11 - sum(n, &[8, 7, 6, 5, 4, 3, 2]) % 11) % 11;
            n[0] != b'9' && digit(n[7]) == if check == 0 { 1 } else { check % 10 }
        }
        9 if n[0] == b'6' => {
            let check = sum(&n[1..8], &[8, 7, 6, 5, 4, 3, 2]) % 11;
            digit(n[8]) == (8 + 11 - (10 + 11 - check) % 11) % 11 % 10
        }
        9 | 10 => cz_birth_number_at(n, today),
        _ => false,
    }
}

/// 9 digits (8 gain a leading 0): the last is Σ dᵢ·2^(8−i) · 2 mod 11 mod 10.
fn greece(n: &[u8]) -> bool {
    let mut nine = [b'0'; 9];
    match n.len() {
        8 => nine[1..].copy_from_slice(n),
        9 => nine.copy_from_slice(n),
        _ => return false,
    }
    if !all_digits(&nine, 9) {
        return false;
    }
    let total = nine[..8].iter().fold(0u64, |acc, &d| acc * 2 + digit(d));
    digit(nine[8]) == total * 2 % 11 % 10
}

/// Spain's NIF: a DNI (8 digits and a letter), a K/L/M or X/Y/Z number with its letter, or a
/// CIF.
fn spain(n: &[u8]) -> bool {
    const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    if n.len() != 9 || !n[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let letter_of = |number: u64| LETTERS[(number % 23) as usize];
    match n[0] {
        b'0'..=b'9' => n[7].is_ascii_digit() && n[8] == letter_of(decimal(&n[..8])),
        b'K' | b'L' | b'M' => n[8] == letter_of(decimal(&n[1..8])),
        b'X' | b'Y' | b'Z' => {
            n[8] == letter_of(u64::from(n[0] - b'X') * 10_000_000 + decimal(&n[1..8]))
        }
        _ => super::national::es_cif(n),
    }
}

/// Two key characters and a SIREN (Luhn; `000…` for Monaco): a numeric key is
/// (SIREN · 100 + 12) mod 97; an alphanumeric one follows `fr/tva.py`.
fn france(n: &[u8]) -> bool {
    const ALPHABET: &[u8; 34] = b"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    if n.len() != 11 || !all_digits(&n[2..], 9) {
        return false;
    }
    let siren = &n[2..];
    if !siren.starts_with(b"000") && !luhn(&[], siren) {
        return false;
    }
    let index = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|i| i as u64);
    let (Some(a), Some(b)) = (index(n[0]), index(n[1])) else {
        return false;
    };
    if n[0].is_ascii_digit() && n[1].is_ascii_digit() {
        return decimal(&n[..2]) == (decimal(siren) * 100 + 12) % 97;
    }
    let check = if n[0].is_ascii_digit() {
        (a * 24 + b).checked_sub(10)
    } else {
        (a * 34 + b).checked_sub(100)
    };
    let Some(check) = check else {
        return false;
    };
    (decimal(siren) + 1 + check / 11) % 11 == check % 11
}

/// 7 digits and one or two letters (the PPS rule), or the old `9L99999L` form.
fn ireland(n: &[u8]) -> bool {
    if !(8..=9).contains(&n.len())
        || !n[0].is_ascii_digit()
        || !n[2..7].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    const ALPHABET: &[u8] = b"WABCDEFGHIJKLMNOPQRSTUV";
    if !n[7..].iter().all(|c| ALPHABET.contains(c)) {
        return false;
    }
    if n[..7].iter().all(u8::is_ascii_digit) {
        return n[7] == ie_check_letter(&n[..7], n.get(8).copied());
    }
    if n.len() == 8 && (n[1].is_ascii_uppercase() || matches!(n[1], b'+' | b'*')) {
        // Old style: digits 3-7 and the first, zero-padded to seven.
        let mut seven = [b'0'; 7];
        seven[1..6].copy_from_slice(&n[2..7]);
        seven[6] = n[0];
        return n[7] == ie_check_letter(&seven, None);
    }
    false
}

fn lithuania(n: &[u8]) -> bool {
    let ok_shape = (all_digits(n, 9) && n[7] == b'1') || (all_digits(n, 12) && n[10] == b'1');
    if !ok_shape {
        return false;
    }
    let body = &n[..n.len() - 1];
    let weighted = |shift: usize| -> u64 {
        body.iter()
            .enumerate()
            .map(|(i, &d)| (1 + (i + shift) as u64 % 9) * digit(d))
            .sum()
    };
    let mut check = weighted(0) % 11;
    if check == 10 {
        check = weighted(2);
    }
    digit(n[n.len() - 1]) == check % 11 % 10
}

fn latvia(n: &[u8], today: Date) -> bool {
    if !all_digits(n, 11) {
        return false;
    }
    if n[0] > b'3' {
        return sum(n, &[9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 == 3;
    }
    let person_check = (1 + sum(&n[..10], &[10, 5, 8, 4, 2, 1, 6, 3, 7, 9])) % 11 % 10;
    if digit(n[10]) != person_check {
        return false;
    }
    if n.starts_with(b"32") {
        return true;
    }
    let year = 1800 + digit(n[6]) * 100 + decimal(&n[4..6]);
    Date::new(
        year as u32,
        decimal(&n[2..4]) as u32,
        decimal(&n[..2]) as u32,
    )
    .is_some_and(|d| d <= today)
}

/// 9 digits, `B` and 2 digits: the 9 pass the BSN's 11-proof, or (since 2020) `NL` and the
/// number pass ISO 7064 MOD 97-10.
fn netherlands(n: &[u8]) -> bool {
    if n.len() != 12 || !all_digits(&n[..9], 9) || n[9] != b'B' || !all_digits(&n[10..], 2) {
        return false;
    }
    if decimal(&n[..9]) == 0 || decimal(&n[10..]) == 0 {
        return false;
    }
    let bsn = sum(&n[..9], &[9, 8, 7, 6, 5, 4, 3, 2, 10]) % 11 == 0;
    // N = 23, L = 21, B = 11: the whole as one number mod 97 is 1.
    let mut acc = 0u64;
    for &c in b"NL".iter().chain(n) {
        acc = if c.is_ascii_digit() {
            (acc * 10 + digit(c)) % 97
        } else {
            (acc * 100 + u64::from(c - b'A') + 10) % 97
        };
    }
    bsn || acc == 1
}

fn portugal(n: &[u8]) -> bool {
    all_digits(n, 9)
        && n[0] != b'0'
        && digit(n[8]) == (11 - sum(n, &[9, 8, 7, 6, 5, 4, 3, 2]) % 11) % 11 % 10
}

/// A CUI of 2-10 digits (weights 7,5,3,2,1,7,5,3,2 on the number padded to 9), or a CNP.
fn romania(n: &[u8]) -> bool {
    if !n.iter().all(u8::is_ascii_digit) || n.is_empty() || n[0] == b'0' {
        return false;
    }
    if n.len() == 13 {
        let check = sum(n, &[2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
        return digit(n[12]) == if check == 10 { 1 } else { check };
    }
    if !(2..=10).contains(&n.len()) {
        return false;
    }
    let body = &n[..n.len() - 1];
    let weights = [7u64, 5, 3, 2, 1, 7, 5, 3, 2];
    let total: u64 = body
        .iter()
        .rev()
        .zip(weights.iter().rev())
        .map(|(&d, w)| digit(d) * w)
        .sum();
    digit(n[n.len() - 1]) == total * 10 % 11 % 10
}

fn slovenia(n: &[u8]) -> bool {
    if !all_digits(n, 8) || n[0] == b'0' {
        return false;
    }
    let check = 11 - sum(n, &[8, 7, 6, 5, 4, 3, 2]) % 11;
    match check {
        10 => n[7] == b'0',
        11 => false,
        c => digit(n[7]) == c,
    }
}

fn slovakia(n: &[u8], today: Date) -> bool {
    if !all_digits(n, 10) {
        return false;
    }
    cz_birth_number_at(n, today)
        || (n[0] != b'0'
            && matches!(n[2], b'2' | b'3' | b'4' | b'7' | b'8' | b'9')
            && decimal(n) % 11 == 0)
}

/// The UK's VAT numbers, used for Northern Ireland: 9 digits (12 for a branch) with a mod 97
/// check (0, or 42 or 55 for numbers from 100 on), or a government department (`GD` < 500)
/// or health authority (`HA` ≥ 500).
fn northern_ireland(n: &[u8]) -> bool {
    if n.len() == 5 && all_digits(&n[2..], 3) {
        let unit = decimal(&n[2..]);
        return (n.starts_with(b"GD") && unit < 500) || (n.starts_with(b"HA") && unit >= 500);
    }
    if !(all_digits(n, 9) || all_digits(n, 12)) {
        return false;
    }
    let check = sum(&n[..9], &[8, 7, 6, 5, 4, 3, 2, 10, 1]) % 97;
    if decimal(&n[..3]) >= 100 {
        matches!(check, 0 | 42 | 55)
    } else {
        check == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Worked examples of python-stdnum's `stdnum/<cc>/vat.py` documentation, one per country
    /// form; each with one digit changed fails.
    #[test]
    fn every_country_form() {
        let today = Date::new(2026, 12, 5).unwrap();
        let valid = [
            ("ATU13585627", "AT"),
            ("BE0403019261", "BE"),
            ("BE403019261", "BE"),
            ("BG175074752", "BG"),
            ("BG7523169263", "BG"),
            ("CY10259033P", "CY"),
            ("CZ25123891", "CZ"),
            ("CZ7103192745", "CZ"),
            ("CZ640903926", "CZ"),
            ("DE136695976", "DE"),
            ("DK13585628", "DK"),
            ("EE100931558", "EE"),
            ("EL094259216", "GR"),
            ("ESB58378431", "ES"),
            ("ESX2482300W", "ES"),
            ("ES54362315K", "ES"),
            ("FI20774740", "FI"),
            ("FR40303265045", "FR"),
            ("FRK7399859412", "FR"),
            ("HR33392005961", "HR"),
            ("HU12892312", "HU"),
            ("IE6433435F", "IE"),
            ("IE8Z49289F", "IE"),
            ("IT00743110157", "IT"),
            ("LT119511515", "LT"),
            ("LU15027442", "LU"),
            ("LV40003521600", "LV"),
            ("MT11679112", "MT"),
            ("NL004495445B01", "NL"),
            ("PL8567346215", "PL"),
            ("PT501964843", "PT"),
            ("RO18547290", "RO"),
            ("SE123456789701", "SE"),
            ("SI50223054", "SI"),
            ("SK2022749619", "SK"),
            ("XI980780684", "GB"),
        ];
        for (number, country) in valid {
            let mut details = Vec::new();
            assert_eq!(
                eu_vat(number.as_bytes(), today, &mut details),
                Verdict::Valid,
                "{number}"
            );
            assert_eq!(details, vec![("country", country.to_string())], "{number}");
            // The check changed (a letter check: the next letter).
            let mut altered = number.as_bytes().to_vec();
            // A Dutch number's suffix is not checked: change its last digit before `B`.
            let at = if country == "NL" {
                altered.len() - 4
            } else {
                altered.len() - 1
            };
            let last = &mut altered[at];
            *last = match *last {
                b'9' => b'0',
                b'Z' => b'A',
                c => c + 1,
            };
            assert_eq!(
                eu_vat(&altered, today, &mut Vec::new()),
                Verdict::Invalid,
                "{}",
                String::from_utf8_lossy(&altered)
            );
        }
        assert_eq!(
            eu_vat(b"DE 136 695 976", today, &mut Vec::new()),
            Verdict::Valid
        );
        assert_eq!(
            eu_vat(b"US136695976", today, &mut Vec::new()),
            Verdict::Invalid
        );
    }
}
