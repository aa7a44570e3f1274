//! Check-digit families as data: an identifier names a family and gives its parameters in
//! TOML, so a national id with a published algorithm needs no code:
//!
//! ```toml
//! validators = [{ name = "weighted_mod11", weights = [1, 4, 3, 7, 5, 8, 6, 9, 10] }]
//! ```
//!
//! Every family reads the value's *symbols*: ASCII digits (worth 0-9) and letters (A-Z worth
//! 10-35, either case) and `<` (the ICAO filler, worth 0). Spaces, `-`, `.` and `/` between
//! groups are dropped; any other byte, or more than [`MAX_SYMBOLS`] symbols, makes the value
//! invalid. Nothing is allocated per value.
//!
//! Each family's worked example is in its documentation and in the tests below; the values
//! were checked with independent implementations of the published algorithms.

use super::dates::Date;
use super::params::Params;
use toml::{Table, Value};

/// The longest value a family reads, in symbols (national ids are 8 to 20).
pub const MAX_SYMBOLS: usize = 64;

/// A family with its parameters, checked when the identifier was loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum Family {
    /// Luhn (ISO/IEC 7812) over the digits, after the digits of `prefix` (NPI: `80840`).
    /// Example: `1234567893` with prefix `80840`. With `last = N`, over the last N digits only
    /// (a Swedish `YYYYMMDDNNNC` leaves its century out); with `letters = true`, over every
    /// symbol with letters worth 10-35 (Portugal's citizen card `00000000 0 ZZ4`).
    Luhn {
        prefix: Vec<u8>,
        last: Option<usize>,
        letters: bool,
    },
    /// ISO 7064 MOD 97-10. `form = "iban"` (default): the first four symbols moved to the end,
    /// letters as two digits, the number ≡ 1 (mod 97); `GB82 WEST 1234 5698 7654 32`.
    /// `form = "key"`: the last two digits are 97 − (the number before them mod 97), after
    /// `substitute` (INSEE's Corsica: `2A` → `19`, `2B` → `18`) and with any of `prefixes`
    /// in front (Belgian numbers of people born from 2000: `2`); INSEE `1 84 12 76 451 089 46`.
    Mod97 {
        key: bool,
        prefixes: Vec<Vec<u8>>,
        substitute: Substitutions,
    },
    /// Σ symbol × weight (mod `modulus`); see [`Weighted`].
    Weighted(Weighted),
    /// The last `digits` digits, as a number, are the number before them mod `modulus` (or
    /// `modulus` less that, with `complement`); France's tax number `30 23 217 600 053`
    /// (511, 3). With `skip_zero_at = n`, a `0` at symbol n is left out of the number (Spain's
    /// social security numbers with an old 7-digit body).
    NumberMod {
        modulus: u64,
        digits: usize,
        complement: bool,
        skip_zero_at: Option<usize>,
    },
    /// Verhoeff's dihedral check (India's Aadhaar): `2363`.
    Verhoeff,
    /// Damm's quasigroup check: `5724`.
    Damm,
    /// ISO 7064 MOD 11-2, check `0`-`9` or `X` (Chinese resident ids): `11010519491231002X`.
    Mod11_2,
    /// ISO 7064 MOD 11-10 (German Steuer-ID): `86095742719`.
    Mod11_10,
    /// ISO 7064 MOD 37-36, alphanumeric: `A12425GABC1234002M`.
    Mod37_36,
    /// A number followed by a check letter `letters[number mod modulus]`, leading letters
    /// replaced by digits first (Spain: DNI `12345678Z`; NIE `X1234567L`, X/Y/Z → 0/1/2).
    CheckLetter {
        letters: Vec<u8>,
        modulus: u64,
        substitute: Vec<(u8, u8)>,
    },
    /// A real calendar date inside the value, not after today: `format` (`YYMMDD`,
    /// `YYYYMMDD`, `DDMMYY`, …) at symbol `at` (negative: counted from the end, so `-10`
    /// reads both `811228-9874` and `19811228-9874`). A two-digit year's century comes from
    /// `month_offsets` (PESEL: month + 20 for the 2000s, `44051401359` is 1944-05-14; an
    /// offset may stand for several centuries), from `century_digit` (the Korean RRN's
    /// seventh digit) or else is the latest that is not in the future. `day_offsets` are what
    /// the day may carry (Swedish coordination numbers: + 60).
    EmbeddedDate {
        at: i64,
        format: Vec<DatePart>,
        month_offsets: Vec<(u32, u32)>,
        day_offsets: Vec<u32>,
        century_digit: Option<(usize, Vec<(u8, u32)>)>,
    },
    /// `when_length = [n, …]`, which every family takes: the family checks only values of
    /// that many symbols and passes the others (the German identity card's 7-3-1 digit is on
    /// its 10-character machine-readable form, not on the 9 printed characters).
    WhenLength {
        lengths: Vec<usize>,
        family: Box<Family>,
    },
}

/// A weighted sum's parameters (`weighted_mod11`, `weighted_mod10`).
///
/// Σ worth(symbol) × weight (mod `modulus`). Without a check: the sum over the first
/// `weights.len()` symbols (cycled when shorter than the value) is ≡ `remainder` (0) — the
/// Australian TFN, `123 456 782` with weights 1,4,3,7,5,8,6,9,10. With `check = "last"`: the
/// weights run over the symbols before the last (of the first `take`, when given), and the
/// last is `map[sum mod modulus]` (default: the digit (modulus − r) mod modulus, 10 being
/// invalid) — Brazil's CPF `111.444.777-35` is two of these; `check = "first"` reads the check
/// from the first symbol (the UK's UTR). `align = "right"` runs the weights leftwards from the
/// symbol next to the check, for numbers of several lengths (Chile's RUT). `alphabet` gives
/// symbols their worth by position (Mexico's CURP: `&` between N and O). `retry_weights`:
/// when the remainder is `retry_on`, the sum is taken again with them (Estonia's isikukood).
#[derive(Debug, Clone, PartialEq)]
pub struct Weighted {
    weights: Vec<u32>,
    modulus: u32,
    check: CheckAt,
    map: Option<Vec<u8>>,
    take: Option<usize>,
    align_right: bool,
    /// Per byte, its worth + 1 (0: not in the alphabet).
    alphabet: Option<Box<[u8; 256]>>,
    remainder: u32,
    retry: Option<(u32, Vec<u32>)>,
}

/// Where a weighted sum's check symbol is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CheckAt {
    None,
    Last,
    First,
}

/// What `substitute` replaces, and with what (`2A` → `19`).
pub type Substitutions = Vec<(Vec<u8>, Vec<u8>)>;

/// A piece of an embedded date's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePart {
    Year2,
    Year4,
    Month,
    Day,
}

/// Every family's name.
pub const FAMILIES: &[&str] = &[
    "luhn",
    "mod97",
    "weighted_mod11",
    "weighted_mod10",
    "verhoeff",
    "damm",
    "iso7064_mod11_2",
    "iso7064_mod11_10",
    "iso7064_mod37_36",
    "check_letter",
    "embedded_date",
    "number_mod",
];

/// The parameters each family takes: (name, required).
pub fn parameters(name: &str) -> Option<&'static [(&'static str, bool)]> {
    Some(match name {
        "luhn" => &[("prefix", false), ("last", false), ("letters", false)],
        "mod97" => &[("form", false), ("prefixes", false), ("substitute", false)],
        "weighted_mod11" | "weighted_mod10" => &[
            ("weights", true),
            ("modulus", false),
            ("check", false),
            ("map", false),
            ("take", false),
            ("align", false),
            ("alphabet", false),
            ("remainder", false),
            ("retry_weights", false),
            ("retry_on", false),
        ],
        "number_mod" => &[
            ("modulus", true),
            ("digits", true),
            ("complement", false),
            ("skip_zero_at", false),
        ],
        "verhoeff" | "damm" | "iso7064_mod11_2" | "iso7064_mod11_10" | "iso7064_mod37_36" => &[],
        "check_letter" => &[("letters", true), ("modulus", false), ("substitute", false)],
        "embedded_date" => &[
            ("at", true),
            ("format", true),
            ("month_offsets", false),
            ("day_offsets", false),
            ("century_digit", false),
        ],
        _ => return None,
    })
}

impl Family {
    /// The family `name` with `parameters` (the validator's table without `name`). Errors
    /// say which parameter is wrong and why.
    pub fn new(name: &str, parameters: &Table) -> Result<Family, String> {
        if let Some(lengths) = parameters.get("when_length") {
            let wanted = || {
                format!("{name}: `when_length` must be a list of lengths from 1 to {MAX_SYMBOLS}")
            };
            let Value::Array(items) = lengths else {
                return Err(wanted());
            };
            let lengths = items
                .iter()
                .map(|item| match item {
                    Value::Integer(n) if (1..=MAX_SYMBOLS as i64).contains(n) => Ok(*n as usize),
                    _ => Err(wanted()),
                })
                .collect::<Result<Vec<_>, _>>()?;
            if lengths.is_empty() {
                return Err(wanted());
            }
            let mut rest = parameters.clone();
            rest.remove("when_length");
            return Ok(Family::WhenLength {
                lengths,
                family: Box::new(Family::new(name, &rest)?),
            });
        }
        let known = self::parameters(name).ok_or_else(|| format!("{name:?} is not a family"))?;
        let p = Params::new(name, parameters, known)?;
        Ok(match name {
            "luhn" => {
                let letters = p.boolean("letters")?.unwrap_or(false);
                let prefix = p.digits("prefix")?.unwrap_or_default();
                if letters && !prefix.is_empty() {
                    return Err("luhn: `letters` and `prefix` do not go together".into());
                }
                Family::Luhn {
                    prefix,
                    last: p
                        .integer("last", 2, MAX_SYMBOLS as i64)?
                        .map(|n| n as usize),
                    letters,
                }
            }
            "mod97" => {
                let key = match p.string("form")?.as_deref() {
                    None | Some("iban") => false,
                    Some("key") => true,
                    Some(other) => {
                        return Err(format!(
                            "mod97: `form` is \"iban\" or \"key\", not {other:?}"
                        ))
                    }
                };
                let mut prefixes = Vec::new();
                for prefix in p.strings("prefixes")?.unwrap_or_default() {
                    prefixes.push(only_digits(name, "prefixes", &prefix)?);
                }
                if prefixes.is_empty() {
                    prefixes.push(Vec::new());
                }
                if !key && (prefixes != [Vec::<u8>::new()] || p.table.contains_key("substitute")) {
                    return Err("mod97: `prefixes` and `substitute` need `form = \"key\"`".into());
                }
                Family::Mod97 {
                    key,
                    prefixes,
                    substitute: p.substitutions("substitute")?,
                }
            }
            "weighted_mod11" | "weighted_mod10" => Family::Weighted(p.weighted()?),
            "number_mod" => {
                let modulus = p.integer("modulus", 2, 1_000_000)?.unwrap_or(97) as u64;
                let digits = p.integer("digits", 1, 6)?.unwrap_or(2) as usize;
                if 10u64.pow(digits as u32) < modulus {
                    return Err(format!(
                        "number_mod: {digits} digits cannot hold every remainder of {modulus}"
                    ));
                }
                Family::NumberMod {
                    modulus,
                    digits,
                    complement: p.boolean("complement")?.unwrap_or(false),
                    skip_zero_at: p
                        .integer("skip_zero_at", 0, MAX_SYMBOLS as i64)?
                        .map(|n| n as usize),
                }
            }
            "verhoeff" => Family::Verhoeff,
            "damm" => Family::Damm,
            "iso7064_mod11_2" => Family::Mod11_2,
            "iso7064_mod11_10" => Family::Mod11_10,
            "iso7064_mod37_36" => Family::Mod37_36,
            "check_letter" => {
                let letters = p.string("letters")?.unwrap_or_default().into_bytes();
                if letters.len() < 2 || !letters.iter().all(u8::is_ascii_uppercase) {
                    return Err("check_letter: `letters` needs 2 or more upper-case letters".into());
                }
                let modulus = p
                    .integer("modulus", 2, 1000)?
                    .map_or(letters.len() as u64, |m| m as u64);
                if modulus as usize > letters.len() {
                    return Err(format!(
                        "check_letter: `modulus` {modulus} is more than the {} letters",
                        letters.len()
                    ));
                }
                let mut substitute = Vec::new();
                for (from, to) in p.substitutions("substitute")? {
                    match (from.as_slice(), to.as_slice()) {
                        ([f], [t]) if f.is_ascii_uppercase() && t.is_ascii_digit() => {
                            substitute.push((*f, *t))
                        }
                        _ => {
                            return Err(
                                "check_letter: `substitute` maps one letter to one digit".into()
                            )
                        }
                    }
                }
                Family::CheckLetter {
                    letters,
                    modulus,
                    substitute,
                }
            }
            "embedded_date" => p.embedded_date()?,
            _ => unreachable!("every family of `parameters` is built above"),
        })
    }

    /// Whether `value` passes; `today` bounds embedded dates.
    pub fn check(&self, value: &[u8], today: Date) -> bool {
        if let Family::Luhn {
            prefix,
            last,
            letters: false,
        } = self
        {
            // As the plain `luhn` always has: every byte but a digit is skipped.
            return match last {
                None => luhn(prefix, value),
                Some(n) => luhn_last(prefix, value, *n),
            };
        }
        let mut buffer = [0u8; MAX_SYMBOLS];
        let Some(symbols) = symbols(value, &mut buffer) else {
            return false;
        };
        match self {
            Family::Luhn { letters: false, .. } => unreachable!("checked above"),
            Family::Luhn { .. } => luhn_symbols(symbols),
            Family::WhenLength { lengths, family } => {
                !lengths.contains(&symbols.len()) || family.check(value, today)
            }
            Family::NumberMod {
                modulus,
                digits,
                complement,
                skip_zero_at,
            } => number_mod(symbols, *modulus, *digits, *complement, *skip_zero_at),
            Family::Mod97 {
                key,
                prefixes,
                substitute,
            } => {
                if *key {
                    mod97_key(symbols, prefixes, substitute)
                } else {
                    mod97_iban(symbols)
                }
            }
            Family::Weighted(w) => w.holds(symbols),
            Family::Verhoeff => all_digits(symbols) && verhoeff(symbols),
            Family::Damm => all_digits(symbols) && damm(symbols),
            Family::Mod11_2 => iso7064_mod11_2(symbols),
            Family::Mod11_10 => all_digits(symbols) && iso7064_mod11_10(symbols),
            Family::Mod37_36 => iso7064_mod37_36(symbols),
            Family::CheckLetter {
                letters,
                modulus,
                substitute,
            } => check_letter(symbols, letters, *modulus, substitute),
            Family::EmbeddedDate {
                at,
                format,
                month_offsets,
                day_offsets,
                century_digit,
            } => embedded_date(
                symbols,
                *at,
                format,
                month_offsets,
                day_offsets,
                century_digit.as_ref(),
                today,
            ),
        }
    }
}

/// The value's symbols, upper-cased, into `buffer`; `None` for a byte no family reads.
pub(super) fn symbols<'b>(value: &[u8], buffer: &'b mut [u8; MAX_SYMBOLS]) -> Option<&'b [u8]> {
    let mut n = 0;
    for &b in value {
        match b {
            b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' | b'<' => {
                *buffer.get_mut(n)? = b.to_ascii_uppercase();
                n += 1;
            }
            // `+`: a Swedish personnummer's separator for people of 100 and more.
            b' ' | b'-' | b'.' | b'/' | b'+' => {}
            _ => return None,
        }
    }
    (n > 0).then_some(&buffer[..n])
}

/// A symbol's worth: digits 0-9, letters 10-35, `<` 0.
fn worth(symbol: u8) -> u32 {
    match symbol {
        b'0'..=b'9' => u32::from(symbol - b'0'),
        b'A'..=b'Z' => u32::from(symbol - b'A') + 10,
        _ => 0,
    }
}

fn all_digits(symbols: &[u8]) -> bool {
    symbols.iter().all(u8::is_ascii_digit)
}

/// Luhn over the digits of `value` (other bytes skipped) after `prefix`; at least two digits
/// of the value.
pub(super) fn luhn(prefix: &[u8], value: &[u8]) -> bool {
    let digits = || value.iter().filter(|b| b.is_ascii_digit());
    if digits().nth(1).is_none() {
        return false;
    }
    let mut sum = 0;
    for (i, &d) in digits().rev().chain(prefix.iter().rev()).enumerate() {
        let mut x = u32::from(d - b'0');
        if i % 2 == 1 {
            x *= 2;
            if x > 9 {
                x -= 9;
            }
        }
        sum += x;
    }
    sum % 10 == 0
}

/// The remainder mod 97 of `digits` read as one decimal number, continuing from `acc`.
fn mod97_of(acc: u32, digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(acc, |acc, &d| (acc * 10 + u32::from(d - b'0')) % 97)
}

pub(super) fn mod97_iban(symbols: &[u8]) -> bool {
    if symbols.len() < 5 || symbols.contains(&b'<') {
        return false;
    }
    let (head, tail) = symbols.split_at(4);
    let mut acc = 0;
    for &s in tail.iter().chain(head) {
        let w = worth(s);
        acc = if w >= 10 {
            (acc * 100 + w) % 97
        } else {
            (acc * 10 + w) % 97
        };
    }
    acc == 1
}

fn mod97_key(symbols: &[u8], prefixes: &[Vec<u8>], substitute: &[(Vec<u8>, Vec<u8>)]) -> bool {
    if symbols.len() < 3 {
        return false;
    }
    let (number, key) = symbols.split_at(symbols.len() - 2);
    if !all_digits(key) {
        return false;
    }
    let key = u32::from(key[0] - b'0') * 10 + u32::from(key[1] - b'0');
    // One substitution, where it applies, then the number must be all digits.
    let mut buffer = [0u8; MAX_SYMBOLS];
    let mut number = number;
    if let Some((from, to)) = substitute
        .iter()
        .find(|(from, _)| number.windows(from.len()).any(|w| w == from.as_slice()))
    {
        let at = number
            .windows(from.len())
            .position(|w| w == from.as_slice())
            .unwrap_or(0);
        let replaced = number.len() - from.len() + to.len();
        if replaced > MAX_SYMBOLS {
            return false;
        }
        buffer[..at].copy_from_slice(&number[..at]);
        buffer[at..at + to.len()].copy_from_slice(to);
        buffer[at + to.len()..replaced].copy_from_slice(&number[at + from.len()..]);
        number = &buffer[..replaced];
    }
    if !all_digits(number) {
        return false;
    }
    prefixes
        .iter()
        .any(|prefix| 97 - mod97_of(mod97_of(0, prefix), number) == key)
}

impl Weighted {
    fn holds(&self, symbols: &[u8]) -> bool {
        let symbols = match self.take {
            Some(n) if symbols.len() < n => return false,
            Some(n) => &symbols[..n],
            None => symbols,
        };
        let (body, check_symbol) = match self.check {
            CheckAt::None => (symbols, None),
            CheckAt::Last => match symbols.split_last() {
                Some((&last, body)) if !body.is_empty() => (body, Some(last)),
                _ => return false,
            },
            CheckAt::First => match symbols.split_first() {
                Some((&first, body)) if !body.is_empty() => (body, Some(first)),
                _ => return false,
            },
        };
        // Left-aligned weights cycle when the value is longer, and a value shorter than them
        // is another format; right-aligned ones serve numbers of several lengths.
        if !self.align_right && body.len() < self.weights.len() {
            return false;
        }
        let Some(mut remainder) = self.remainder_of(body, &self.weights) else {
            return false;
        };
        if let Some((on, weights)) = &self.retry {
            if remainder == *on {
                let Some(again) = self.remainder_of(body, weights) else {
                    return false;
                };
                remainder = again;
            }
        }
        let modulus = self.modulus as usize;
        let remainder = remainder as usize;
        match check_symbol {
            None => remainder == self.remainder as usize,
            Some(symbol) => match &self.map {
                Some(map) => map[remainder] == symbol,
                None => {
                    let expected = (modulus - remainder) % modulus;
                    expected < 10 && symbol == b'0' + expected as u8
                }
            },
        }
    }

    /// Σ worth × weight mod the modulus; `None` for a symbol outside the alphabet.
    fn remainder_of(&self, body: &[u8], weights: &[u32]) -> Option<u32> {
        let mut sum = 0u64;
        let mut add = |(symbol, weight): (&u8, &u32)| -> Option<()> {
            let worth = match &self.alphabet {
                Some(table) => u32::from(table[usize::from(*symbol)].checked_sub(1)?),
                None => worth(*symbol),
            };
            sum += u64::from(worth) * u64::from(*weight);
            Some(())
        };
        if self.align_right {
            for pair in body.iter().rev().zip(weights.iter().cycle()) {
                add(pair)?;
            }
        } else {
            for pair in body.iter().zip(weights.iter().cycle()) {
                add(pair)?;
            }
        }
        Some((sum % u64::from(self.modulus)) as u32)
    }
}

/// Luhn over symbols, letters worth 10-35: every second from the right doubled, less 9 when
/// over 9 (Portugal's Cartão de Cidadão).
fn luhn_symbols(symbols: &[u8]) -> bool {
    if symbols.len() < 2 || symbols.contains(&b'<') {
        return false;
    }
    let sum: u32 = symbols
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &s)| {
            let w = worth(s);
            match i % 2 {
                0 => w,
                _ if w * 2 > 9 => w * 2 - 9,
                _ => w * 2,
            }
        })
        .sum();
    sum % 10 == 0
}

/// Luhn over the last `n` digits of `value` (other bytes skipped).
fn luhn_last(prefix: &[u8], value: &[u8], n: usize) -> bool {
    let mut buffer = [0u8; MAX_SYMBOLS];
    let mut count = 0;
    for &b in value.iter().rev().filter(|b| b.is_ascii_digit()).take(n) {
        buffer[MAX_SYMBOLS - 1 - count] = b;
        count += 1;
        if count == MAX_SYMBOLS {
            break;
        }
    }
    count == n && luhn(prefix, &buffer[MAX_SYMBOLS - count..])
}

fn number_mod(
    symbols: &[u8],
    modulus: u64,
    digits: usize,
    complement: bool,
    skip_zero_at: Option<usize>,
) -> bool {
    if symbols.len() <= digits || !all_digits(symbols) {
        return false;
    }
    let (number, check) = symbols.split_at(symbols.len() - digits);
    let check = check
        .iter()
        .fold(0u64, |acc, &d| acc * 10 + u64::from(d - b'0'));
    let remainder = number
        .iter()
        .enumerate()
        .filter(|&(i, &d)| !(skip_zero_at == Some(i) && d == b'0'))
        .fold(0u64, |acc, (_, &d)| {
            (acc * 10 + u64::from(d - b'0')) % modulus
        });
    let expected = if complement {
        (modulus - remainder) % modulus
    } else {
        remainder
    };
    check == expected
}

const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

fn verhoeff(digits: &[u8]) -> bool {
    let mut c = 0usize;
    for (i, &d) in digits.iter().rev().enumerate() {
        c = usize::from(VERHOEFF_D[c][usize::from(VERHOEFF_P[i % 8][usize::from(d - b'0')])]);
    }
    c == 0
}

const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

fn damm(digits: &[u8]) -> bool {
    digits
        .iter()
        .fold(0usize, |i, &d| usize::from(DAMM[i][usize::from(d - b'0')]))
        == 0
}

fn iso7064_mod11_2(symbols: &[u8]) -> bool {
    let Some((&check, body)) = symbols.split_last() else {
        return false;
    };
    if body.is_empty() || !all_digits(body) {
        return false;
    }
    let sum = body
        .iter()
        .fold(0u32, |acc, &d| (acc + u32::from(d - b'0')) * 2 % 11);
    match (12 - sum) % 11 {
        10 => check == b'X',
        digit => check == b'0' + digit as u8,
    }
}

/// ISO 7064's hybrid system MOD (m+1, m): m = 10 for digits, 36 for alphanumerics.
fn iso7064_hybrid(symbols: &[u8], m: u32) -> bool {
    let Some((&check, body)) = symbols.split_last() else {
        return false;
    };
    if body.is_empty() {
        return false;
    }
    let mut product = m;
    for &s in body {
        let mut sum = (worth(s) + product) % m;
        if sum == 0 {
            sum = m;
        }
        product = sum * 2 % (m + 1);
    }
    (m + 1 - product) % m == worth(check) && (check != b'<')
}

pub(super) fn iso7064_mod11_10(digits: &[u8]) -> bool {
    iso7064_hybrid(digits, 10)
}

fn iso7064_mod37_36(symbols: &[u8]) -> bool {
    !symbols.contains(&b'<') && iso7064_hybrid(symbols, 36)
}

fn check_letter(symbols: &[u8], letters: &[u8], modulus: u64, substitute: &[(u8, u8)]) -> bool {
    let Some((&letter, number)) = symbols.split_last() else {
        return false;
    };
    if number.is_empty() || number.len() > 18 {
        return false;
    }
    let mut value: u64 = 0;
    for (i, &s) in number.iter().enumerate() {
        let digit = match s {
            b'0'..=b'9' => s - b'0',
            // Only a leading letter is replaced (the NIE's X, Y or Z).
            _ if i == 0 => match substitute.iter().find(|(from, _)| *from == s) {
                Some((_, to)) => to - b'0',
                None => return false,
            },
            _ => return false,
        };
        value = value * 10 + u64::from(digit);
    }
    letters[(value % modulus) as usize] == letter
}

fn embedded_date(
    symbols: &[u8],
    at: i64,
    format: &[DatePart],
    month_offsets: &[(u32, u32)],
    day_offsets: &[u32],
    century_digit: Option<&(usize, Vec<(u8, u32)>)>,
    today: Date,
) -> bool {
    let from_end = usize::try_from(at.unsigned_abs()).unwrap_or(usize::MAX);
    let Some(mut position) = (if at < 0 {
        symbols.len().checked_sub(from_end)
    } else {
        Some(from_end)
    }) else {
        return false;
    };
    let (mut year, mut two_digit_year, mut month, mut day) = (0, false, 0, 0);
    for part in format {
        let width = if *part == DatePart::Year4 { 4 } else { 2 };
        let Some(digits) = symbols.get(position..position + width) else {
            return false;
        };
        if !all_digits(digits) {
            return false;
        }
        let number = digits
            .iter()
            .fold(0u32, |acc, &d| acc * 10 + u32::from(d - b'0'));
        match part {
            DatePart::Year2 => (year, two_digit_year) = (number, true),
            DatePart::Year4 => year = number,
            DatePart::Month => month = number,
            DatePart::Day => day = number,
        }
        position += width;
    }
    // The day as written, or less one of its offsets (no allocation: this runs per value).
    let no_offset: &[u32] = &[0];
    let offsets = if day_offsets.is_empty() {
        no_offset
    } else {
        day_offsets
    };
    let real = |year: u32, month: u32| {
        offsets
            .iter()
            .filter(|&&o| day > o)
            .any(|&o| Date::new(year, month, day - o).is_some_and(|date| date <= today))
    };
    if !two_digit_year {
        return real(year, month);
    }
    if !month_offsets.is_empty() {
        return month_offsets
            .iter()
            .any(|&(offset, century)| month > offset && real(century + year, month - offset));
    }
    if let Some((digit_at, centuries)) = century_digit {
        let Some(&digit) = symbols.get(*digit_at) else {
            return false;
        };
        return centuries
            .iter()
            .any(|&(d, century)| d == digit && real(century + year, month));
    }
    real(2000 + year, month) || real(1900 + year, month)
}

/// Typed access to a validator's parameters, with errors that name the parameter.
/// Parameters only the check-digit families read.
impl Params<'_> {
    fn boolean(&self, key: &str) -> Result<Option<bool>, String> {
        match self.table.get(key) {
            None => Ok(None),
            Some(Value::Boolean(b)) => Ok(Some(*b)),
            Some(_) => Err(self.wrong(key, "true or false")),
        }
    }

    fn weights(&self, key: &str) -> Result<Option<Vec<u32>>, String> {
        let Some(weights) = self.integers(key, 0, 1000)? else {
            return Ok(None);
        };
        if weights.is_empty() || weights.len() > MAX_SYMBOLS {
            return Err(self.wrong(key, &format!("1 to {MAX_SYMBOLS} numbers")));
        }
        Ok(Some(weights.into_iter().map(|w| w as u32).collect()))
    }

    fn weighted(&self) -> Result<Weighted, String> {
        let name = self.name;
        let default_modulus = if name == "weighted_mod11" { 11 } else { 10 };
        let modulus = self.integer("modulus", 2, 97)?.unwrap_or(default_modulus) as u32;
        let weights = self.weights("weights")?.unwrap_or_default();
        let check = match self.string("check")?.as_deref() {
            None => CheckAt::None,
            Some("last") => CheckAt::Last,
            Some("first") => CheckAt::First,
            Some(other) => {
                return Err(format!(
                    "{name}: `check` is \"last\" or \"first\", not {other:?}"
                ))
            }
        };
        let map = self.string("map")?.map(String::into_bytes);
        if let Some(map) = &map {
            if check == CheckAt::None {
                return Err(format!(
                    "{name}: `map` needs `check = \"last\"` or \"first\""
                ));
            }
            if map.len() != modulus as usize || !map.iter().all(u8::is_ascii_alphanumeric) {
                return Err(format!(
                    "{name}: `map` needs one letter or digit per remainder ({modulus})"
                ));
            }
        }
        let take = self
            .integer("take", 2, MAX_SYMBOLS as i64)?
            .map(|t| t as usize);
        let align_right = match self.string("align")?.as_deref() {
            None | Some("left") => false,
            Some("right") => true,
            Some(other) => {
                return Err(format!(
                    "{name}: `align` is \"left\" or \"right\", not {other:?}"
                ))
            }
        };
        let alphabet = match self.string("alphabet")? {
            None => None,
            Some(text) => {
                let mut table = Box::new([0u8; 256]);
                if text.len() > 254 || !text.is_ascii() {
                    return Err(self.wrong("alphabet", "at most 254 ASCII characters"));
                }
                for (i, b) in text.bytes().enumerate() {
                    if b == b'_' {
                        continue;
                    }
                    if b.is_ascii_lowercase() || table[usize::from(b)] != 0 {
                        return Err(self.wrong(
                            "alphabet",
                            "upper-case letters, digits and symbols, each once (`_` fills a gap)",
                        ));
                    }
                    table[usize::from(b)] = i as u8 + 1;
                }
                Some(table)
            }
        };
        let remainder = self.integer("remainder", 0, i64::from(modulus) - 1)?;
        if remainder.is_some() && check != CheckAt::None {
            return Err(format!("{name}: `remainder` is for sums without a `check`"));
        }
        let retry_weights = self.weights("retry_weights")?;
        let retry_on = self.integer("retry_on", 0, i64::from(modulus) - 1)?;
        let retry = match (retry_on, retry_weights) {
            (None, None) => None,
            (Some(on), Some(weights)) if check != CheckAt::None => Some((on as u32, weights)),
            _ => {
                return Err(format!(
                    "{name}: `retry_weights` and `retry_on` go together, with a `check`"
                ))
            }
        };
        Ok(Weighted {
            weights,
            modulus,
            check,
            map,
            take,
            align_right,
            alphabet,
            remainder: remainder.unwrap_or(0) as u32,
            retry,
        })
    }

    fn digits(&self, key: &str) -> Result<Option<Vec<u8>>, String> {
        self.string(key)?
            .map(|s| only_digits(self.name, key, &s))
            .transpose()
    }

    /// A table of strings to strings (`{ "2A" = "19" }`), upper-cased.
    fn substitutions(&self, key: &str) -> Result<Substitutions, String> {
        let Some(value) = self.table.get(key) else {
            return Ok(Vec::new());
        };
        let Value::Table(table) = value else {
            return Err(self.wrong(key, "a table of strings, such as { \"2A\" = \"19\" }"));
        };
        table
            .iter()
            .map(|(from, to)| match to {
                Value::String(to) if !from.is_empty() && from.is_ascii() && to.is_ascii() => Ok((
                    from.to_ascii_uppercase().into_bytes(),
                    to.to_ascii_uppercase().into_bytes(),
                )),
                _ => Err(self.wrong(key, "a table of ASCII strings, such as { \"2A\" = \"19\" }")),
            })
            .collect()
    }

    fn embedded_date(&self) -> Result<Family, String> {
        let at = self
            .integer("at", -(MAX_SYMBOLS as i64), MAX_SYMBOLS as i64)?
            .unwrap_or(0);
        let text = self.string("format")?.unwrap_or_default();
        let mut format = Vec::new();
        let mut rest = text.as_str();
        while !rest.is_empty() {
            let (part, width) = if rest.starts_with("YYYY") {
                (DatePart::Year4, 4)
            } else if rest.starts_with("YY") {
                (DatePart::Year2, 2)
            } else if rest.starts_with("MM") {
                (DatePart::Month, 2)
            } else if rest.starts_with("DD") {
                (DatePart::Day, 2)
            } else {
                return Err(self.wrong(
                    "format",
                    "made of YYYY or YY, MM and DD, such as \"YYMMDD\"",
                ));
            };
            if format.iter().any(|p: &DatePart| {
                *p == part
                    || matches!(
                        (p, part),
                        (DatePart::Year2, DatePart::Year4) | (DatePart::Year4, DatePart::Year2)
                    )
            }) {
                return Err(self.wrong("format", "one year, one month and one day"));
            }
            format.push(part);
            rest = &rest[width..];
        }
        if format.len() != 3 {
            return Err(self.wrong(
                "format",
                "one year, one month and one day, such as \"YYMMDD\"",
            ));
        }
        let mut month_offsets = Vec::new();
        if let Some(value) = self.table.get("month_offsets") {
            let Value::Table(table) = value else {
                return Err(self.wrong(
                    "month_offsets",
                    "a table of month offset to century, such as { \"0\" = 1900, \"20\" = 2000 }",
                ));
            };
            let century = |value: &Value| match value {
                Value::Integer(c) if (1000..=2900).contains(c) && c % 100 == 0 => Some(*c as u32),
                _ => None,
            };
            for (offset, centuries) in table {
                let wanted = || {
                    self.wrong(
                        "month_offsets",
                        "a table of month offset (0-99) to a century (such as 1900) or a list of them",
                    )
                };
                let offset = offset
                    .parse::<u32>()
                    .ok()
                    .filter(|&o| o < 100)
                    .ok_or_else(wanted)?;
                match centuries {
                    Value::Array(list) if !list.is_empty() => {
                        for c in list {
                            month_offsets.push((offset, century(c).ok_or_else(wanted)?));
                        }
                    }
                    single => month_offsets.push((offset, century(single).ok_or_else(wanted)?)),
                }
            }
        }
        let day_offsets = self
            .integers("day_offsets", 0, 90)?
            .unwrap_or_default()
            .into_iter()
            .map(|o| o as u32)
            .collect();
        let century_digit = match self.table.get("century_digit") {
            None => None,
            Some(Value::Table(table)) => {
                let wanted = || {
                    self.wrong("century_digit", "a table with `at` and `centuries`, such as { at = 6, centuries = { \"1\" = 1900, \"3\" = 2000 } }")
                };
                let Some(Value::Integer(digit_at)) = table.get("at") else {
                    return Err(wanted());
                };
                let Some(Value::Table(centuries)) = table.get("centuries") else {
                    return Err(wanted());
                };
                if table.len() != 2 || !(0..MAX_SYMBOLS as i64).contains(digit_at) {
                    return Err(wanted());
                }
                let mut map = Vec::new();
                for (digit, century) in centuries {
                    match (digit.as_bytes(), century) {
                        ([d], Value::Integer(c))
                            if d.is_ascii_digit() && (1000..=2900).contains(c) && c % 100 == 0 =>
                        {
                            map.push((*d, *c as u32))
                        }
                        _ => return Err(wanted()),
                    }
                }
                Some((*digit_at as usize, map))
            }
            Some(_) => return Err(self.wrong("century_digit", "a table")),
        };
        if format.contains(&DatePart::Year4)
            && (!month_offsets.is_empty() || century_digit.is_some())
        {
            return Err(format!(
                "{}: `month_offsets` and `century_digit` are for two-digit years",
                self.name
            ));
        }
        Ok(Family::EmbeddedDate {
            at,
            format,
            month_offsets,
            day_offsets,
            century_digit,
        })
    }
}

fn only_digits(name: &str, key: &str, text: &str) -> Result<Vec<u8>, String> {
    if text.bytes().all(|b| b.is_ascii_digit()) && text.len() <= 16 {
        Ok(text.as_bytes().to_vec())
    } else {
        Err(format!(
            "{name}: `{key}` must be at most 16 digits, not {text:?}"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn family(toml_text: &str) -> Family {
        let mut table: Table = toml::from_str(toml_text).expect("valid TOML");
        let name = table.remove("name").unwrap();
        Family::new(name.as_str().unwrap(), &table).unwrap_or_else(|e| panic!("{e}"))
    }

    fn error(toml_text: &str) -> String {
        let mut table: Table = toml::from_str(toml_text).expect("valid TOML");
        let name = table.remove("name").unwrap();
        Family::new(name.as_str().unwrap(), &table).unwrap_err()
    }

    fn today() -> Date {
        Date::new(2026, 12, 4).unwrap()
    }

    /// `valid` pass and each of `invalid` fails.
    fn holds(family: &Family, valid: &[&str], invalid: &[&str]) {
        for v in valid {
            assert!(
                family.check(v.as_bytes(), today()),
                "{v} should pass {family:?}"
            );
        }
        for v in invalid {
            assert!(
                !family.check(v.as_bytes(), today()),
                "{v} should fail {family:?}"
            );
        }
    }

    // The worked examples: each value was checked with an independent implementation of the
    // published algorithm (Python), and one digit changed makes it fail.

    #[test]
    fn luhn_with_a_prefix_checks_an_npi() {
        let npi = family("name = 'luhn'\nprefix = '80840'");
        holds(&npi, &["1234567893"], &["1234567894", "1234567"]);
        let plain = family("name = 'luhn'");
        holds(
            &plain,
            &["811228-9874", "4111 1111 1111 1111"],
            &["811228-9875"],
        );
    }

    #[test]
    fn mod97_in_its_iban_and_key_forms() {
        holds(
            &family("name = 'mod97'"),
            &["GB82 WEST 1234 5698 7654 32"],
            &["GB82 WEST 1234 5698 7654 33"],
        );
        let insee =
            family("name = 'mod97'\nform = 'key'\nsubstitute = { '2A' = '19', '2B' = '18' }");
        holds(
            &insee,
            &["1 84 12 76 451 089 46"],
            &["1 84 12 76 451 089 47"],
        );
        let belgian = family("name = 'mod97'\nform = 'key'\nprefixes = ['', '2']");
        holds(&belgian, &["85.07.30-033.28"], &["85.07.30-033.29"]);
    }

    #[test]
    fn weighted_sums_with_and_without_a_check_digit() {
        let tfn = family("name = 'weighted_mod11'\nweights = [1, 4, 3, 7, 5, 8, 6, 9, 10]");
        holds(&tfn, &["123 456 782"], &["123 456 783", "12345678"]);
        // Brazil's CPF: two check digits, each over the digits before it.
        let cpf1 = family("name = 'weighted_mod11'\nweights = [10, 9, 8, 7, 6, 5, 4, 3, 2]\ncheck = 'last'\ntake = 10\nmap = '00987654321'");
        let cpf2 = family("name = 'weighted_mod11'\nweights = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]\ncheck = 'last'\nmap = '00987654321'");
        holds(&cpf1, &["111.444.777-35"], &["111.444.777-45"]);
        holds(&cpf2, &["111.444.777-35"], &["111.444.777-36"]);
        // ICAO 9303 (the German identity card number): weights 7, 3, 1 cycled, letters 10-35.
        let icao = family(
            "name = 'weighted_mod10'\nweights = [7, 3, 1]\ncheck = 'last'\nmap = '0123456789'",
        );
        holds(&icao, &["T220001293"], &["T220001294"]);
    }

    #[test]
    fn verhoeff_damm_and_iso7064() {
        holds(&family("name = 'verhoeff'"), &["2363"], &["2364", "236A"]);
        holds(&family("name = 'damm'"), &["5724"], &["5725"]);
        holds(
            &family("name = 'iso7064_mod11_2'"),
            &["11010519491231002X"],
            &["110105194912310021"],
        );
        holds(
            &family("name = 'iso7064_mod11_10'"),
            &["86095742719"],
            &["86095742718"],
        );
        holds(
            &family("name = 'iso7064_mod37_36'"),
            &["A12425GABC1234002M"],
            &["A12425GABC1234002N"],
        );
    }

    #[test]
    fn check_letters_of_spanish_dni_and_nie() {
        let dni = family("name = 'check_letter'\nletters = 'TRWAGMYFPDXBNJZSQVHLCKE'\nsubstitute = { X = '0', Y = '1', Z = '2' }");
        holds(
            &dni,
            &["12345678Z", "12345678-z", "X1234567L"],
            &["12345678A", "X1234567Z", "1X234567L"],
        );
    }

    #[test]
    fn embedded_dates() {
        let pesel = family("name = 'embedded_date'\nat = 0\nformat = 'YYMMDD'\nmonth_offsets = { '80' = 1800, '0' = 1900, '20' = 2000, '40' = 2100, '60' = 2200 }");
        holds(
            &pesel,
            &["44051401359", "02271409862"],
            &["44133101359", "44023001359"],
        );
        // A Chinese id's date is YYYYMMDD at its seventh symbol, and not in the future.
        let chinese = family("name = 'embedded_date'\nat = 6\nformat = 'YYYYMMDD'");
        holds(
            &chinese,
            &["11010519491231002X"],
            &["11010520491231002X", "11010519490231002X"],
        );
        let swedish =
            family("name = 'embedded_date'\nat = 0\nformat = 'YYMMDD'\nday_offsets = [0, 60]");
        holds(&swedish, &["811228-9874", "811288-9874"], &["811232-9874"]);
        let korean = family("name = 'embedded_date'\nat = 0\nformat = 'YYMMDD'\ncentury_digit = { at = 6, centuries = { '1' = 1900, '2' = 1900, '3' = 2000, '4' = 2000 } }");
        holds(
            &korean,
            &["800101-1234567", "050101-3234567"],
            &["800101-5234567", "300101-3234567"],
        );
    }

    // The extensions of the national-identifiers issue; every value was checked with
    // python-stdnum 2.2 (its module named in each comment).

    #[test]
    fn right_aligned_weights_serve_several_lengths() {
        // cl/rut.py: 7- and 8-digit bodies, check 0-9 or K.
        let rut = family("name = 'weighted_mod11'\nweights = [2, 3, 4, 5, 6, 7]\nalign = 'right'\ncheck = 'last'\nmap = '0K987654321'");
        holds(
            &rut,
            &["12.345.678-5", "7.654.321-6"],
            &["12.345.678-6", "7.654.321-K"],
        );
        // co/nit.py
        let nit = family("name = 'weighted_mod11'\nweights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]\nalign = 'right'\ncheck = 'last'\nmap = '01987654321'");
        holds(&nit, &["900.123.456-8", "1126018159-1"], &["900.123.456-7"]);
    }

    #[test]
    fn check_first_remainder_retry_and_alphabet() {
        // gb/utr.py: the first digit is the check.
        let utr = family("name = 'weighted_mod11'\nweights = [6, 7, 8, 9, 10, 5, 4, 3, 2]\ncheck = 'first'\nmap = '21987654321'");
        holds(&utr, &["1955839661"], &["2955839661", "1955839662"]);
        // au/abn.py: mod 89, the "subtract 1 from the first digit" folded into remainder 10.
        let abn = family("name = 'weighted_mod11'\nmodulus = 89\nweights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]\nremainder = 10");
        holds(&abn, &["51 824 753 556"], &["51 824 753 557"]);
        // ee/ik.py: a remainder of 10 takes the second weights.
        let ik = family("name = 'weighted_mod11'\nweights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]\ncheck = 'last'\nmap = '01234567890'\nretry_weights = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]\nretry_on = 10");
        holds(&ik, &["36805280109"], &["36805280108"]);
        // nz/ird.py: 8 and 9 digits, a second weight set when the first gives 10.
        let ird = family("name = 'weighted_mod11'\nweights = [2, 3, 4, 5, 6, 7, 2, 3]\nalign = 'right'\ncheck = 'last'\nretry_weights = [6, 7, 2, 5, 2, 3, 4, 7]\nretry_on = 1");
        holds(
            &ird,
            &["49-091-850", "35-901-981", "49-098-576"],
            &["49-091-851", "136-410-133"],
        );
        // mx/curp.py: `&` sits between N and O, so O is worth 25.
        let curp = family("name = 'weighted_mod10'\nweights = [18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]\ncheck = 'last'\nalphabet = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ'");
        holds(&curp, &["HEGG560427MVZRRL04"], &["HEGG560427MVZRRL05"]);
        // br/cnpj.py, alphanumeric: characters worth their ASCII code less 48.
        let alphabet = "alphabet = '0123456789_______ABCDEFGHIJKLMNOPQRSTUVWXYZ'";
        let d1 = family(&format!("name = 'weighted_mod11'\nweights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]\ncheck = 'last'\ntake = 13\nmap = '00987654321'\n{alphabet}"));
        let d2 = family(&format!("name = 'weighted_mod11'\nweights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]\ncheck = 'last'\nmap = '00987654321'\n{alphabet}"));
        holds(&d1, &["12.ABC.345/01DE-35"], &["12.ABD.345/01DE-35"]);
        holds(&d2, &["12.ABC.345/01DE-35"], &["12.ABC.345/01DE-36"]);
    }

    #[test]
    fn luhn_over_the_last_digits_and_over_letters() {
        // se/personnummer.py: Luhn over the last 10 digits, `+` for people of 100 and more.
        let swedish = family("name = 'luhn'\nlast = 10");
        holds(
            &swedish,
            &["19811228-9874", "811228+9874"],
            &["19811228-9875", "1228-9874"],
        );
        // pt/cc.py
        let citizen_card = family("name = 'luhn'\nletters = true");
        holds(&citizen_card, &["00000000 0 ZZ4"], &["00000000 0 ZZ5"]);
    }

    #[test]
    fn number_mod_and_when_length() {
        // fr/nif.py: the last 3 digits are the first 10 mod 511.
        let spi = family("name = 'number_mod'\nmodulus = 511\ndigits = 3");
        holds(&spi, &["30 23 217 600 053"], &["30 23 217 600 054"]);
        // Spain's NSS: an old 7-digit body is written with a leading 0 that does not count.
        let nss = family("name = 'number_mod'\nmodulus = 97\ndigits = 2\nskip_zero_at = 2");
        holds(
            &nss,
            &["28 12345678 40", "28/01234567/42"],
            &["28 12345678 41", "28/01234567/43"],
        );
        // The German identity card's check is on its 10-character form only.
        let card = family("name = 'weighted_mod10'\nweights = [7, 3, 1]\ncheck = 'last'\nmap = '0123456789'\nwhen_length = [10]");
        holds(&card, &["T220001293", "T22000129"], &["T220001294"]);
    }

    #[test]
    fn embedded_dates_from_the_end_and_in_several_centuries() {
        let swedish = family("name = 'embedded_date'\nat = -10\nformat = 'YYMMDD'");
        holds(
            &swedish,
            &["811228-9874", "19811228-9874"],
            &["19811328-9874", "9874"],
        );
        // no/fodselsnummer.py: D-numbers (day + 40), either century.
        let norway = family("name = 'embedded_date'\nat = 0\nformat = 'DDMMYY'\nday_offsets = [0, 40]\nmonth_offsets = { '0' = [1900, 2000], '40' = [1900, 2000] }");
        holds(
            &norway,
            &["15108695088", "55108695088", "15508695088"],
            &["15138695088", "72108695088"],
        );
    }

    #[test]
    fn bad_parameters_are_named() {
        assert_eq!(
            error("name = 'weighted_mod11'"),
            "weighted_mod11 needs `weights`"
        );
        assert!(error("name = 'weighted_mod11'\nweights = [1]\nweight = 2")
            .contains("no parameter `weight`"));
        assert!(error("name = 'damm'\nprefix = '1'").contains("damm takes no parameters"));
        assert!(error("name = 'weighted_mod11'\nweights = ['a']")
            .contains("`weights` must be a list of integers"));
        assert!(error("name = 'weighted_mod11'\nweights = [1]\nmap = '01'")
            .contains("`map` needs `check"));
        assert!(error("name = 'embedded_date'\nat = 0\nformat = 'YYMM'").contains("`format`"));
        assert!(error("name = 'check_letter'\nletters = 'ab'").contains("upper-case"));
        assert!(error("name = 'luhn'\nprefix = '8x'").contains("digits"));
    }

    #[test]
    fn hostile_values_are_rejected_without_panic() {
        let families = [
            family("name = 'luhn'"),
            family("name = 'mod97'"),
            family("name = 'mod97'\nform = 'key'\nsubstitute = { '2A' = '19' }"),
            family("name = 'weighted_mod11'\nweights = [1, 2]\ncheck = 'last'\ntake = 3"),
            family("name = 'verhoeff'"),
            family("name = 'damm'"),
            family("name = 'iso7064_mod11_2'"),
            family("name = 'iso7064_mod11_10'"),
            family("name = 'iso7064_mod37_36'"),
            family("name = 'check_letter'\nletters = 'AB'"),
            family("name = 'embedded_date'\nat = 60\nformat = 'YYYYMMDD'"),
            family("name = 'embedded_date'\nat = -64\nformat = 'YYMMDD'"),
            family("name = 'number_mod'\nmodulus = 97\ndigits = 2\nskip_zero_at = 0"),
            family("name = 'luhn'\nletters = true"),
            family("name = 'luhn'\nlast = 64"),
            family("name = 'weighted_mod11'\nweights = [1]\ncheck = 'first'\nretry_weights = [2]\nretry_on = 0\nalign = 'right'"),
            family("name = 'weighted_mod10'\nweights = [1]\nalphabet = 'AB_'\nwhen_length = [3]"),
        ];
        let long = "9".repeat(200);
        for f in &families {
            for v in [
                "",
                "-",
                "<",
                "X",
                "2A",
                "\u{e9}",
                long.as_str(),
                "<<<<<<<<<<<<",
            ] {
                let _ = f.check(v.as_bytes(), today());
            }
        }
    }
}
