//! National and tax identifiers whose checks are not a check-digit family: a letter table, a
//! century sign in the middle, a check that depends on the prefix. Each follows the published
//! rule named in its documentation; python-stdnum 2.2 (`stdnum/<cc>/<module>.py`) was the
//! reference implementation where it has the scheme, and the tests below use its worked
//! examples.
//!
//! Every check reads the value *compact*: ASCII upper-cased, with the separators people write
//! (` -./()`) left out, into a stack buffer. Nothing is allocated per value.

use super::checksums::{iso7064_mod11_10, luhn};
use super::dates::Date;
use super::{Context, Verdict};

/// The longest compact value read here.
const MAX_COMPACT: usize = 32;

/// `value` as national numbers are compared: ASCII upper-cased without the separators people
/// write (` -./()`), into `buffer`; `None` when longer than it. (The scanner compares the
/// example values of low-entropy identifiers in this form too.)
pub fn compact_into<'b, const N: usize>(value: &[u8], buffer: &'b mut [u8; N]) -> Option<&'b [u8]> {
    let mut n = 0;
    for &b in value {
        if matches!(b, b' ' | b'-' | b'.' | b'/' | b'(' | b')') {
            continue;
        }
        *buffer.get_mut(n)? = b.to_ascii_uppercase();
        n += 1;
    }
    Some(&buffer[..n])
}

fn digits(bytes: &[u8]) -> bool {
    !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit)
}

fn number(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |acc, &d| acc * 10 + u32::from(d - b'0'))
}

fn real_date(year: u32, month: u32, day: u32, today: Date) -> bool {
    Date::new(year, month, day).is_some_and(|date| date <= today)
}

/// An example when the value's digits (its last left out: a check) are all one digit, hold a
/// run of seven ascending or descending digits (`1234567`, `9876543`) or of seven zeros: what
/// people type as dummies, many of them checksum-valid (`12345678Z`, `123 456 782`,
/// `20-00000000-1`).
pub fn specimen_digits(value: &[u8]) -> Verdict {
    let mut buffer = [0u8; MAX_COMPACT];
    let mut n = 0;
    for &b in value.iter().filter(|b| b.is_ascii_digit()) {
        if n == MAX_COMPACT {
            return Verdict::Valid;
        }
        buffer[n] = b;
        n += 1;
    }
    if n < 6 {
        return Verdict::Valid;
    }
    let body = &buffer[..n - 1];
    if body.iter().all(|&d| d == body[0]) {
        return Verdict::Example;
    }
    const RUN: usize = 7;
    let (mut up, mut down, mut zeros) = (1, 1, usize::from(buffer[0] == b'0'));
    for pair in buffer[..n].windows(2) {
        let (a, b) = (pair[0], pair[1]);
        up = if b == a.wrapping_add(1) { up + 1 } else { 1 };
        down = if b.wrapping_add(1) == a { down + 1 } else { 1 };
        zeros = if b == b'0' { zeros + 1 } else { 0 };
        if up >= RUN || down >= RUN || zeros >= RUN {
            return Verdict::Example;
        }
    }
    Verdict::Valid
}

/// Italy's codice fiscale (Agenzia delle Entrate, DM 23/12/1976; stdnum `it/codicefiscale.py`):
/// 16 characters, surname · name · year · month letter · day (+ 40 for women) · place · check
/// letter, digits possibly replaced by `LMNPQRSTUV` (omocodia); or, for entities, the
/// 11-digit partita IVA (Luhn, province code; stdnum `it/iva.py`).
pub fn it_codice_fiscale(value: &[u8], context: &Context<'_>) -> bool {
    let mut buffer = [0u8; MAX_COMPACT];
    let Some(v) = compact_into(value, &mut buffer) else {
        return false;
    };
    match v.len() {
        11 => it_partita_iva(v),
        16 => it_personal_code(v, context.today),
        _ => false,
    }
}

pub(super) fn it_partita_iva(v: &[u8]) -> bool {
    if v.len() != 11 || !digits(v) || v[..7].iter().all(|&d| d == b'0') {
        return false;
    }
    let province = number(&v[7..10]);
    ((1..=100).contains(&province) || matches!(province, 120 | 121 | 888 | 999)) && luhn(&[], v)
}

const OMOCODIA: &[u8; 10] = b"LMNPQRSTUV";
const CF_MONTHS: &[u8; 12] = b"ABCDEHLMPRST";
/// The worth of a character in an odd position (1st, 3rd, …): digits, then letters.
const CF_ODD: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/// The codice fiscale's check letter over `chars` (digits and capitals): characters in odd
/// positions (1st, 3rd, …) by [`CF_ODD`], the others by their worth, mod 26. Italian BBANs
/// take their CIN the same way.
pub(super) fn cf_check_letter(chars: &[u8]) -> u8 {
    let sum: u32 = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let index = match c {
                b'0'..=b'9' => usize::from(c - b'0'),
                _ => usize::from(c - b'A'),
            };
            if i % 2 == 0 {
                CF_ODD[index]
            } else {
                index as u32
            }
        })
        .sum();
    b'A' + (sum % 26) as u8
}

fn it_personal_code(v: &[u8], today: Date) -> bool {
    // A digit, or its omocodic letter: the digit it stands for.
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        _ => OMOCODIA.iter().position(|&l| l == c).map(|i| i as u8),
    };
    let letter = |c: u8| c.is_ascii_uppercase();
    let shape = v[..6].iter().all(|&c| letter(c))
        && [6, 7, 9, 10, 12, 13, 14]
            .iter()
            .all(|&i| digit(v[i]).is_some())
        && letter(v[11])
        && letter(v[15]);
    let Some(month) = CF_MONTHS.iter().position(|&m| m == v[8]) else {
        return false;
    };
    if !shape {
        return false;
    }
    if v[15] != cf_check_letter(&v[..15]) {
        return false;
    }
    let two = |a: usize| {
        u32::from(digit(v[a]).unwrap_or(0)) * 10 + u32::from(digit(v[a + 1]).unwrap_or(0))
    };
    let year = two(6);
    let mut day = two(9);
    if day > 40 {
        day -= 40;
    }
    let month = month as u32 + 1;
    real_date(1900 + year, month, day, today) || real_date(2000 + year, month, day, today)
}

/// Spain's CIF, the NIF of legal entities (stdnum `es/cif.py`): an entity letter, 7 digits and
/// a check that is the Luhn digit of the 7, or the letter `JABCDEFGHI`[digit] (which one an
/// entity type uses is documented inconsistently, so either is accepted, as stdnum does).
pub fn es_cif(value: &[u8]) -> bool {
    let mut buffer = [0u8; MAX_COMPACT];
    let Some(v) = compact_into(value, &mut buffer) else {
        return false;
    };
    if v.len() != 9 || !b"ABCDEFGHJNPQRSUVW".contains(&v[0]) || !digits(&v[1..8]) {
        return false;
    }
    let mut with_check = [0u8; 8];
    with_check[..7].copy_from_slice(&v[1..8]);
    let Some(check) = (0..10u8).find(|&c| {
        with_check[7] = b'0' + c;
        luhn(&[], &with_check)
    }) else {
        return false;
    };
    v[8] == b'0' + check || v[8] == b"JABCDEFGHI"[usize::from(check)]
}

/// Germany's Steueridentifikationsnummer (stdnum `de/idnr.py`): 11 digits, the first not 0; in
/// the first ten, exactly one digit appears two or three times and every other at most once;
/// ISO 7064 MOD 11-10.
pub fn de_tax_id(value: &[u8]) -> bool {
    let mut buffer = [0u8; MAX_COMPACT];
    let Some(v) = compact_into(value, &mut buffer) else {
        return false;
    };
    if v.len() != 11 || !digits(v) || v[0] == b'0' {
        return false;
    }
    let mut counts = [0u8; 10];
    for &d in &v[..10] {
        counts[usize::from(d - b'0')] += 1;
    }
    let mut repeated = counts.iter().filter(|&&c| c > 1);
    let once = matches!((repeated.next(), repeated.next()), (Some(2 | 3), None));
    once && iso7064_mod11_10(v)
}

/// Finland's henkilötunnus (DVV; stdnum `fi/hetu.py`): `DDMMYY`, a century sign (`+` 1800s;
/// `-YXWVU` 1900s; `ABCDEF` 2000s), an individual number 002-899 and a check character,
/// `0123456789ABCDEFHJKLMNPRSTUVWXY`[DDMMYYZZZ mod 31].
pub fn fi_hetu(value: &[u8], context: &Context<'_>) -> bool {
    if value.len() != 11 {
        return false;
    }
    let mut v = [0u8; 11];
    for (to, from) in v.iter_mut().zip(value) {
        *to = from.to_ascii_uppercase();
    }
    if !digits(&v[..6]) || !digits(&v[7..10]) {
        return false;
    }
    let century = match v[6] {
        b'+' => 1800,
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => 1900,
        b'A'..=b'F' => 2000,
        _ => return false,
    };
    let (day, month, year) = (number(&v[..2]), number(&v[2..4]), number(&v[4..6]));
    let individual = number(&v[7..10]);
    if !(2..=899).contains(&individual) || !real_date(century + year, month, day, context.today) {
        return false;
    }
    let whole = u64::from(number(&v[..6])) * 1000 + u64::from(individual);
    v[10] == b"0123456789ABCDEFHJKLMNPRSTUVWXY"[(whole % 31) as usize]
}

/// Ireland's PPS number (Revenue; stdnum `ie/pps.py`, `ie/vat.py`): 7 digits, a check letter
/// and, since 2013, a second letter `A`, `B` or `H` that counts in the check (older second
/// letters `W`, `T`, `X` do not).
pub fn ie_pps(value: &[u8]) -> bool {
    let mut buffer = [0u8; MAX_COMPACT];
    let Some(v) = compact_into(value, &mut buffer) else {
        return false;
    };
    if !(8..=9).contains(&v.len()) || !digits(&v[..7]) || !(b'A'..=b'W').contains(&v[7]) {
        return false;
    }
    let second = match v.get(8) {
        None => None,
        Some(b'A' | b'B' | b'H') => Some(v[8]),
        Some(b'W' | b'T' | b'X') => None,
        Some(_) => return false,
    };
    v[7] == ie_check_letter(&v[..7], second)
}

/// The Irish check letter over 7 digits and an optional second letter (worth its place in
/// `WABC…V`).
pub(super) fn ie_check_letter(seven: &[u8], second: Option<u8>) -> u8 {
    const ALPHABET: &[u8; 23] = b"WABCDEFGHIJKLMNOPQRSTUV";
    let mut sum: u32 = seven
        .iter()
        .enumerate()
        .map(|(i, &d)| (8 - i as u32) * u32::from(d - b'0'))
        .sum();
    if let Some(letter) = second {
        sum += 9 * ALPHABET.iter().position(|&l| l == letter).unwrap_or(0) as u32;
    }
    ALPHABET[(sum % 23) as usize]
}

/// Hong Kong's identity card number: 1 or 2 letters, 6 digits and a check `0`-`9` or `A`
/// (usually in parentheses): letters worth 10-35, a missing second letter worth 36, weights
/// 9…2, check = 11 − Σ mod 11 (10 → `A`, 11 → `0`).
pub fn hk_hkid(value: &[u8]) -> bool {
    let mut buffer = [0u8; MAX_COMPACT];
    let Some(v) = compact_into(value, &mut buffer) else {
        return false;
    };
    let letters = v.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) || v.len() != letters + 7 || !digits(&v[letters..letters + 6]) {
        return false;
    }
    let worth = |c: u8| u32::from(c - b'A') + 10;
    let mut sum = if letters == 1 {
        36 * 9 + worth(v[0]) * 8
    } else {
        worth(v[0]) * 9 + worth(v[1]) * 8
    };
    for (i, &d) in v[letters..letters + 6].iter().enumerate() {
        sum += u32::from(d - b'0') * (7 - i as u32);
    }
    match (11 - sum % 11) % 11 {
        10 => v[letters + 6] == b'A',
        c => v[letters + 6] == b'0' + c as u8,
    }
}

/// Singapore's NRIC and FIN: a prefix (`S`, `T` citizens and residents; `F`, `G`, `M`
/// foreigners), 7 digits and a check letter from the prefix's table.
pub fn sg_nric(value: &[u8]) -> bool {
    let mut buffer = [0u8; MAX_COMPACT];
    let Some(v) = compact_into(value, &mut buffer) else {
        return false;
    };
    if v.len() != 9 || !digits(&v[1..8]) {
        return false;
    }
    let (offset, table): (u32, &[u8; 11]) = match v[0] {
        b'S' => (0, b"JZIHGFEDCBA"),
        b'T' => (4, b"JZIHGFEDCBA"),
        b'F' => (0, b"XWUTRQPNMLK"),
        b'G' => (4, b"XWUTRQPNMLK"),
        b'M' => (3, b"XWUTRQPNJLK"),
        _ => return false,
    };
    let sum: u32 = v[1..8]
        .iter()
        .zip([2, 7, 6, 5, 4, 3, 2])
        .map(|(&d, w)| u32::from(d - b'0') * w)
        .sum::<u32>()
        + offset;
    v[8] == table[(sum % 11) as usize]
}

/// Taiwan's national identification number (Ministry of the Interior): a region letter, `1` or
/// `2` (or `8`/`9` for residents since 2021) and 8 digits; the letter stands for two digits
/// by its table, and Σ × 1,9,8,…,1,1 ≡ 0 (mod 10).
pub fn tw_national_id(value: &[u8]) -> bool {
    const LETTERS: &[u8; 26] = b"ABCDEFGHJKLMNPQRSTUVXYWZIO";
    let mut buffer = [0u8; MAX_COMPACT];
    let Some(v) = compact_into(value, &mut buffer) else {
        return false;
    };
    if v.len() != 10 || !matches!(v[1], b'1' | b'2' | b'8' | b'9') || !digits(&v[1..]) {
        return false;
    }
    let Some(region) = LETTERS.iter().position(|&l| l == v[0]) else {
        return false;
    };
    let region = region as u32 + 10;
    let sum = region / 10
        + region % 10 * 9
        + v[1..]
            .iter()
            .zip([8, 7, 6, 5, 4, 3, 2, 1, 1])
            .map(|(&d, w)| u32::from(d - b'0') * w)
            .sum::<u32>();
    sum % 10 == 0
}

/// South Korea's resident registration number (stdnum `kr/rrn.py`): `YYMMDD`, a digit giving
/// sex and century, 5 digits and a check digit. Numbers issued since 5 October 2020 carry
/// random digits instead of the check (Ministry of the Interior and Safety), so the check
/// is only required of people born before then.
pub fn kr_rrn(value: &[u8], context: &Context<'_>) -> bool {
    let mut buffer = [0u8; MAX_COMPACT];
    let Some(v) = compact_into(value, &mut buffer) else {
        return false;
    };
    if v.len() != 13 || !digits(v) {
        return false;
    }
    let century = match v[6] {
        b'1' | b'2' | b'5' | b'6' => 1900,
        b'3' | b'4' | b'7' | b'8' => 2000,
        _ => 1800,
    };
    let (year, month, day) = (
        century + number(&v[..2]),
        number(&v[2..4]),
        number(&v[4..6]),
    );
    let Some(born) = Date::new(year, month, day).filter(|&d| d <= context.today) else {
        return false;
    };
    let sum: u32 = v[..12]
        .iter()
        .zip([2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])
        .map(|(&d, w)| u32::from(d - b'0') * w)
        .sum();
    let check = (11 - sum % 11) % 10;
    v[12] == b'0' + check as u8 || Date::new(2020, 10, 5).is_some_and(|since| born >= since)
}

/// Mexico's RFC (SAT; stdnum `mx/rfc.py`): 4 letters (persons) or 3 (organisations), the date
/// `YYMMDD` and a 3-character homoclave whose last character is a check over the rest. About
/// 1.5 % of the RFCs in use carry a wrong check (stdnum's note), so a wrong one makes the value
/// weak (reported at LOW confidence), not invalid. `Ñ` counts as a letter.
pub fn mx_rfc(value: &[u8]) -> Verdict {
    // Symbols: ASCII upper-cased, `Ñ`/`ñ` as 0xD1; separators left out.
    let mut v = [0u8; 16];
    let mut n = 0;
    let mut i = 0;
    while i < value.len() {
        let b = value[i];
        let symbol = match b {
            b' ' | b'-' | b'_' => {
                i += 1;
                continue;
            }
            0xC3 if matches!(value.get(i + 1), Some(0x91 | 0xB1)) => {
                i += 1;
                0xD1
            }
            b'&' | b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' => b.to_ascii_uppercase(),
            _ => return Verdict::Invalid,
        };
        i += 1;
        if n == v.len() {
            return Verdict::Invalid;
        }
        v[n] = symbol;
        n += 1;
    }
    let v = &v[..n];
    let name_len = match n {
        10 | 13 => 4,
        12 => 3,
        _ => return Verdict::Invalid,
    };
    let name_letter = |c: &u8| c.is_ascii_uppercase() || *c == b'&' || *c == 0xD1;
    if !v[..name_len].iter().all(name_letter) || !digits(&v[name_len..name_len + 6]) {
        return Verdict::Invalid;
    }
    const OFFENSIVE: &[&[u8; 4]] = &[
        b"BUEI", b"BUEY", b"CACA", b"CACO", b"CAGA", b"CAGO", b"CAKA", b"CAKO", b"COGE", b"COJA",
        b"COJE", b"COJI", b"COJO", b"CULO", b"FETO", b"GUEY", b"JOTO", b"KACA", b"KACO", b"KAGA",
        b"KAGO", b"KAKA", b"KOGE", b"KOJO", b"KULO", b"MAME", b"MAMO", b"MEAR", b"MEAS", b"MEON",
        b"MION", b"MOCO", b"MULA", b"PEDA", b"PEDO", b"PENE", b"PUTA", b"PUTO", b"QULO", b"RATA",
        b"RUIN",
    ];
    if name_len == 4 && OFFENSIVE.iter().any(|w| &v[..4] == w.as_slice()) {
        return Verdict::Invalid;
    }
    let date = &v[name_len..name_len + 6];
    let (year, month, day) = (number(&date[..2]), number(&date[2..4]), number(&date[4..]));
    if Date::new(1900 + year, month, day).is_none() && Date::new(2000 + year, month, day).is_none()
    {
        return Verdict::Invalid;
    }
    let homoclave = &v[name_len + 6..];
    if homoclave.is_empty() {
        return Verdict::Valid;
    }
    if !homoclave.iter().all(|c| c.is_ascii_alphanumeric()) {
        return Verdict::Invalid;
    }
    let shaped = matches!(homoclave[0], b'1'..=b'9' | b'A'..=b'V')
        && matches!(homoclave[1], b'1'..=b'9' | b'A'..=b'Z')
        && matches!(homoclave[2], b'0'..=b'9' | b'A');
    // Σ worth × (13 − i) over the first 12 characters, left-padded with spaces (worth 37).
    let worth = |c: u8| -> u32 {
        match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'N' => u32::from(c - b'A') + 10,
            b'&' => 24,
            b'O'..=b'Z' => u32::from(c - b'O') + 25,
            b' ' => 37,
            _ => 38, // Ñ
        }
    };
    let body = &v[..n - 1];
    let padding = 12 - body.len();
    let sum: u32 = std::iter::repeat_n(b' ', padding)
        .chain(body.iter().copied())
        .enumerate()
        .map(|(i, c)| worth(c) * (13 - i as u32))
        .sum();
    const ALPHABET: &[u8; 39] = b"0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ \xD1";
    let check = ALPHABET[((11 - sum % 11) % 11) as usize];
    if shaped && v[n - 1] == check {
        Verdict::Valid
    } else {
        Verdict::Weak
    }
}

/// The UK's National Insurance number (HMRC manual NIM39110): two prefix letters, 6 digits and
/// a suffix `A`-`D`. D, F, I, Q, U and V are never a prefix letter, O never the second; BG,
/// GB, KN, NK, NT, TN and ZZ are not allocated, and OO, CR, FY, MW, NC, PP, PY and PZ are
/// administrative.
pub fn uk_nino(value: &[u8]) -> bool {
    let mut buffer = [0u8; MAX_COMPACT];
    let Some(v) = compact_into(value, &mut buffer) else {
        return false;
    };
    if v.len() != 9 || !digits(&v[2..8]) || !(b'A'..=b'D').contains(&v[8]) {
        return false;
    }
    let (a, b) = (v[0], v[1]);
    let never = |c: u8| matches!(c, b'D' | b'F' | b'I' | b'Q' | b'U' | b'V');
    if !a.is_ascii_uppercase() || !b.is_ascii_uppercase() || never(a) || never(b) || b == b'O' {
        return false;
    }
    const EXCLUDED: &[&[u8; 2]] = &[
        b"BG", b"GB", b"KN", b"NK", b"NT", b"TN", b"ZZ", b"OO", b"CR", b"FY", b"MW", b"NC", b"PP",
        b"PY", b"PZ",
    ];
    !EXCLUDED.iter().any(|p| p.as_slice() == &v[..2])
}

/// The Czech and Slovak birth number, rodné číslo (stdnum `cz/rc.py`): `YYMMDD` (women's month
/// plus 50, plus 20 since 2004 when serials ran out) and a 3-digit serial before 1954, or a
/// 4-digit one whose number is ≡ 0 (mod 11) after (a remainder of 10 written as 0).
pub fn cz_birth_number(value: &[u8], context: &Context<'_>) -> bool {
    let mut buffer = [0u8; MAX_COMPACT];
    compact_into(value, &mut buffer).is_some_and(|v| cz_birth_number_at(v, context.today))
}

/// [`cz_birth_number`] of a compact value.
pub(super) fn cz_birth_number_at(v: &[u8], today: Date) -> bool {
    if !(9..=10).contains(&v.len()) || !digits(v) {
        return false;
    }
    let raw_month = number(&v[2..4]);
    if !matches!(raw_month, 1..=12 | 21..=32 | 51..=62 | 71..=82) {
        return false;
    }
    let mut year = 1900 + number(&v[..2]);
    if v.len() == 9 {
        if year >= 1980 {
            year -= 100;
        }
        if year > 1953 {
            return false;
        }
    } else if year < 1954 {
        year += 100;
    }
    if !real_date(year, raw_month % 50 % 20, number(&v[4..6]), today) {
        return false;
    }
    if v.len() == 10 {
        let first9 = v[..9]
            .iter()
            .fold(0u64, |acc, &d| acc * 10 + u64::from(d - b'0'));
        return v[9] == b'0' + (first9 % 11 % 10) as u8;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validators::PhoneRegions;

    fn context<R>(f: impl FnOnce(&Context<'_>) -> R) -> R {
        let regions = PhoneRegions::default();
        let context = Context {
            keyword: true,
            phone_regions: &regions,
            today: Date::new(2026, 12, 5).unwrap(),
            before: b"",
            match_outside: [b"", b""],
            after: b"",
            field: b"",
        };
        f(&context)
    }

    // Worked examples from the published sources (stdnum's doctests and the schemes' own
    // documents); one character changed makes each fail.

    #[test]
    fn specimen_digits_marks_dummies() {
        for dummy in [
            "12345678Z",
            "123 456 782",
            "20-00000000-1",
            "111.111.111-11",
            "9876543-2",
        ] {
            assert_eq!(
                specimen_digits(dummy.as_bytes()),
                Verdict::Example,
                "{dummy}"
            );
        }
        for real in [
            "86095742719",
            "1 84 12 76 451 089 46",
            "111.444.777-35",
            "2363",
        ] {
            assert_eq!(specimen_digits(real.as_bytes()), Verdict::Valid, "{real}");
        }
    }

    #[test]
    fn italian_codice_fiscale_with_omocodia_and_partita_iva() {
        context(|c| {
            for valid in [
                "RSSMRA80A01H501U",
                "RSSMRA80A01H50MM",
                "MRTMTT91D08F205J",
                "00743110157",
            ] {
                assert!(it_codice_fiscale(valid.as_bytes(), c), "{valid}");
            }
            for invalid in [
                "RSSMRA80A01H501V",
                "RSSMRA80Z01H501U",
                "00743110158",
                "00000000000",
            ] {
                assert!(!it_codice_fiscale(invalid.as_bytes(), c), "{invalid}");
            }
        });
    }

    #[test]
    fn spanish_cif() {
        assert!(es_cif(b"A13585625"));
        assert!(es_cif(b"B-58378431"));
        assert!(!es_cif(b"A13585626"));
        assert!(!es_cif(b"X13585625"));
    }

    #[test]
    fn german_tax_id_repetition_rule() {
        assert!(de_tax_id(b"86 095 742 719"));
        assert!(!de_tax_id(b"86095742718"));
        // MOD 11-10 holds, but no digit repeats in the first ten.
        assert!(!de_tax_id(b"12345678903"));
    }

    #[test]
    fn finnish_hetu() {
        context(|c| {
            assert!(fi_hetu(b"131052-308T", c));
            assert!(fi_hetu(b"131052-308t", c));
            assert!(!fi_hetu(b"131052-308U", c));
            assert!(
                !fi_hetu(b"131052-001U", c),
                "individual numbers start at 002"
            );
            assert!(
                fi_hetu(b"131052+308T", c),
                "the century is not in the check"
            );
            assert!(!fi_hetu(b"131052Z308T", c));
        });
    }

    #[test]
    fn irish_pps() {
        assert!(ie_pps(b"6433435F"));
        assert!(ie_pps(b"6433435OA"));
        assert!(ie_pps(b"6433435FT"), "old second letters do not count");
        assert!(!ie_pps(b"6433435E"));
    }

    #[test]
    fn hong_kong_singapore_taiwan() {
        assert!(hk_hkid(b"A123456(3)"));
        assert!(hk_hkid(b"C668668(9)"));
        assert!(hk_hkid(b"AB987654(3)") == hk_hkid(b"AB9876543"));
        assert!(!hk_hkid(b"A123456(4)"));
        assert!(sg_nric(b"S1234567D"));
        assert!(sg_nric(b"T1234567J"));
        assert!(sg_nric(b"F1234567N"));
        assert!(sg_nric(b"G1234567X"));
        assert!(!sg_nric(b"S1234567E"));
        assert!(tw_national_id(b"A123456789"));
        assert!(!tw_national_id(b"A123456788"));
        assert!(!tw_national_id(b"A323456789"));
    }

    #[test]
    fn korean_rrn_check_only_before_october_2020() {
        context(|c| {
            assert!(kr_rrn(b"971013-9019902", c));
            assert!(!kr_rrn(b"971013-9019903", c));
            // Born 2021-03-04: no check digit since 5 October 2020.
            assert!(kr_rrn(b"210304-3000001", c));
            assert!(kr_rrn(b"210304-3000002", c));
            assert!(!kr_rrn(b"971313-9019902", c));
        });
    }

    #[test]
    fn mexican_rfc() {
        assert_eq!(mx_rfc(b"GODE561231GR8"), Verdict::Valid);
        assert_eq!(mx_rfc(b"MAB-930714-8T4"), Verdict::Valid);
        assert_eq!(mx_rfc(b"GODE561231GR9"), Verdict::Weak);
        assert_eq!(mx_rfc(b"GODE561331GR8"), Verdict::Invalid);
        assert_eq!(mx_rfc(b"CACA561231GR8"), Verdict::Invalid);
        assert!(mx_rfc("PEÑA561231AB1".as_bytes()) != Verdict::Invalid);
    }

    #[test]
    fn uk_nino_prefixes() {
        assert!(uk_nino(b"AB 12 34 56 C"));
        assert!(uk_nino(b"JG103759A"));
        assert!(!uk_nino(b"QQ123456C"));
        assert!(!uk_nino(b"GB123456A"));
        assert!(!uk_nino(b"AO123456A"));
        assert!(!uk_nino(b"AB123456E"));
    }

    #[test]
    fn czech_birth_numbers() {
        context(|c| {
            assert!(cz_birth_number(b"710319/2745", c));
            assert!(cz_birth_number(b"7103192745", c));
            assert!(!cz_birth_number(b"710319/2746", c));
            assert!(cz_birth_number(b"530101/123", c), "9 digits before 1954");
            assert!(!cz_birth_number(b"540101/123", c));
            assert!(!cz_birth_number(b"711319/2745", c));
        });
    }
}
