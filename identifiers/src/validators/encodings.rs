//! Token-structure families as data: checks a provider's token format lets one make, named by
//! an identifier with parameters in TOML.
//!
//! ```toml
//! validators = [{ name = "crc32", encoding = "hex", digits = 8, from = 5, separator = "_" }]
//! ```
//!
//! - `crc32`: a checksum at the end of the token (Grafana service-account tokens, GitHub's and
//!   npm's base62 form).
//! - `base64_json`: a part of the token is base64 of a JSON object with given keys (Sentry org
//!   tokens, Grafana Cloud tokens).
//! - `base64_length`: a part decodes to a given number of bytes (a 256-bit key in base64).
//! - `bech32`: BIP 173 bech32 with a given human-readable part (age secret keys).
//! - `base58check`: Bitcoin's Base58Check with given version bytes and lengths (WIF keys).
//!
//! They read bytes, not the check-digit families' symbols, and decode into buffers on the
//! stack: nothing is allocated per value except by `base64_json`'s JSON parse.

use super::params::Params;
use sha2::{Digest, Sha256};
use toml::Table;

/// The longest token part these families decode; longer values are invalid.
const MAX_DECODED: usize = 3072;

/// An encoding family with its parameters, checked when the identifier was loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum Encoded {
    /// The last `digits` characters are the CRC-32 (IEEE) of `value[from..end - digits -
    /// separator]`, in `encoding`, most significant first, left-padded with `0`; with
    /// `little_endian` its four bytes are reversed first (Grafana writes them that way).
    Crc32 {
        encoding: CheckEncoding,
        digits: usize,
        from: usize,
        separator: Option<u8>,
        little_endian: bool,
    },
    /// `value[from..]`, up to the first `until` byte, is base64 (standard or URL-safe, padded
    /// or not) of a JSON object holding every one of `keys`.
    Base64Json {
        from: usize,
        until: Option<u8>,
        keys: Vec<String>,
    },
    /// `value[from..]` decodes (standard or URL-safe base64) to one of `bytes` bytes.
    Base64Length { from: usize, bytes: Vec<usize> },
    /// The whole value is bech32 (one case) with human-readable part `hrp` and `bytes` bytes
    /// of data.
    Bech32 { hrp: Vec<u8>, bytes: usize },
    /// The whole value is Base58Check whose payload starts with one of `versions` and is one
    /// of `lengths` bytes long (the checksum's 4 not counted).
    Base58Check {
        versions: Vec<u8>,
        lengths: Vec<usize>,
    },
}

/// How a CRC-32 is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckEncoding {
    /// `0-9A-Za-z`, GitHub's order.
    Base62,
    Hex,
    HexUpper,
}

/// Every family's name.
#[cfg(test)]
pub const NAMES: &[&str] = &[
    "crc32",
    "base64_json",
    "base64_length",
    "bech32",
    "base58check",
];

/// The parameters each family takes: (name, required).
pub fn parameters(name: &str) -> Option<&'static [(&'static str, bool)]> {
    Some(match name {
        "crc32" => &[
            ("encoding", true),
            ("digits", true),
            ("from", false),
            ("separator", false),
            ("byte_order", false),
        ],
        "base64_json" => &[("from", false), ("until", false), ("keys", true)],
        "base64_length" => &[("from", false), ("bytes", true)],
        "bech32" => &[("hrp", true), ("bytes", true)],
        "base58check" => &[("versions", true), ("lengths", true)],
        _ => return None,
    })
}

impl Encoded {
    /// The family `name` with `parameters` (the validator's table without `name`).
    pub fn new(name: &str, table: &Table) -> Result<Encoded, String> {
        let known = parameters(name).ok_or_else(|| format!("{name:?} is not a family"))?;
        let p = Params::new(name, table, known)?;
        let from = p.integer("from", 0, 256)?.unwrap_or(0) as usize;
        // A list a family cannot do without: present and not empty.
        let required_list = |key: &str, min: i64, max: i64| -> Result<Vec<i64>, String> {
            match p.integers(key, min, max)? {
                Some(list) if !list.is_empty() => Ok(list),
                _ => Err(p.wrong(key, &format!("a list of integers from {min} to {max}"))),
            }
        };
        Ok(match name {
            "crc32" => {
                let encoding = match p.string("encoding")?.as_deref() {
                    Some("base62") => CheckEncoding::Base62,
                    Some("hex") => CheckEncoding::Hex,
                    Some("HEX") => CheckEncoding::HexUpper,
                    other => {
                        return Err(format!(
                            "crc32: `encoding` is \"base62\", \"hex\" or \"HEX\", not {other:?}"
                        ))
                    }
                };
                // A CRC-32 is at most 6 base62 or 8 hex digits; padding may make it longer.
                let digits = p.integer("digits", 4, 16)?.unwrap_or(8) as usize;
                let little_endian = match p.string("byte_order")?.as_deref() {
                    None | Some("big") => false,
                    Some("little") => true,
                    Some(other) => {
                        return Err(format!(
                            "crc32: `byte_order` is \"big\" or \"little\", not {other:?}"
                        ))
                    }
                };
                Encoded::Crc32 {
                    encoding,
                    digits,
                    from,
                    separator: p.byte("separator")?,
                    little_endian,
                }
            }
            "base64_json" => {
                let keys = p.strings("keys")?.unwrap_or_default();
                if keys.is_empty() {
                    return Err("base64_json: `keys` needs at least one key".into());
                }
                Encoded::Base64Json {
                    from,
                    until: p.byte("until")?,
                    keys,
                }
            }
            "base64_length" => Encoded::Base64Length {
                from,
                bytes: required_list("bytes", 1, MAX_DECODED as i64)?
                    .into_iter()
                    .map(|n| n as usize)
                    .collect(),
            },
            "bech32" => {
                let hrp = p.string("hrp")?.unwrap_or_default();
                if hrp.is_empty() || !hrp.bytes().all(|b| (33..=126).contains(&b)) {
                    return Err("bech32: `hrp` is 1 or more printable ASCII characters".into());
                }
                Encoded::Bech32 {
                    hrp: hrp.to_ascii_lowercase().into_bytes(),
                    bytes: p.integer("bytes", 1, 256)?.unwrap_or(32) as usize,
                }
            }
            "base58check" => Encoded::Base58Check {
                versions: required_list("versions", 0, 255)?
                    .into_iter()
                    .map(|v| v as u8)
                    .collect(),
                lengths: required_list("lengths", 1, 128)?
                    .into_iter()
                    .map(|n| n as usize)
                    .collect(),
            },
            _ => return Err(format!("{name:?} is not a family")),
        })
    }

    /// Whether `value` has the structure.
    pub fn check(&self, value: &[u8]) -> bool {
        match self {
            Encoded::Crc32 {
                encoding,
                digits,
                from,
                separator,
                little_endian,
            } => crc32_matches(value, *encoding, *digits, *from, *separator, *little_endian),
            Encoded::Base64Json { from, until, keys } => {
                let Some(rest) = value.get(*from..) else {
                    return false;
                };
                let part = match until {
                    Some(stop) => rest.split(|b| b == stop).next().unwrap_or(rest),
                    None => rest,
                };
                let mut buffer = [0u8; MAX_DECODED];
                let Some(n) = decode_base64(part, &mut buffer) else {
                    return false;
                };
                match serde_json::from_slice::<serde_json::Value>(&buffer[..n]) {
                    Ok(serde_json::Value::Object(map)) => {
                        keys.iter().all(|k| map.contains_key(k.as_str()))
                    }
                    _ => false,
                }
            }
            Encoded::Base64Length { from, bytes } => {
                let mut buffer = [0u8; MAX_DECODED];
                value
                    .get(*from..)
                    .and_then(|part| decode_base64(part, &mut buffer))
                    .is_some_and(|n| bytes.contains(&n))
            }
            Encoded::Bech32 { hrp, bytes } => bech32_matches(value, hrp, *bytes),
            Encoded::Base58Check { versions, lengths } => {
                let mut buffer = [0u8; 128];
                let Some(payload) = decode_base58check(value, &mut buffer) else {
                    return false;
                };
                lengths.contains(&payload.len())
                    && payload.first().is_some_and(|v| versions.contains(v))
            }
        }
    }
}

fn crc32_matches(
    value: &[u8],
    encoding: CheckEncoding,
    digits: usize,
    from: usize,
    separator: Option<u8>,
    little_endian: bool,
) -> bool {
    let separator_len = usize::from(separator.is_some());
    let Some(data_end) = value.len().checked_sub(digits + separator_len) else {
        return false;
    };
    if from > data_end {
        return false;
    }
    if let Some(separator) = separator {
        if value[data_end] != separator {
            return false;
        }
    }
    let check = &value[value.len() - digits..];
    let crc = crc32fast::hash(&value[from..data_end]);
    let crc = if little_endian { crc.swap_bytes() } else { crc };
    let mut expected = [0u8; 16];
    let written = &mut expected[..digits];
    let mut n = u64::from(crc);
    let (base, alphabet): (u64, &[u8]) = match encoding {
        CheckEncoding::Base62 => (
            62,
            b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        ),
        CheckEncoding::Hex => (16, b"0123456789abcdef"),
        CheckEncoding::HexUpper => (16, b"0123456789ABCDEF"),
    };
    for slot in written.iter_mut().rev() {
        *slot = alphabet[(n % base) as usize];
        n /= base;
    }
    // A checksum that does not fit in `digits` characters cannot be written there.
    n == 0 && &expected[..digits] == check
}

/// Decodes standard or URL-safe base64 (padding optional; `+`/`-` and `/`/`_` both accepted)
/// into `out`: the length written, or `None` when it is not base64 or does not fit.
pub(crate) fn decode_base64(text: &[u8], out: &mut [u8]) -> Option<usize> {
    let text = match text.iter().position(|&b| b == b'=') {
        Some(pad) if text[pad..].iter().all(|&b| b == b'=') && text.len() - pad <= 2 => {
            &text[..pad]
        }
        Some(_) => return None,
        None => text,
    };
    if text.len() % 4 == 1 {
        return None;
    }
    let mut acc: u32 = 0;
    let mut bits = 0;
    let mut n = 0;
    for &b in text {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            *out.get_mut(n)? = (acc >> bits) as u8;
            n += 1;
        }
    }
    Some(n)
}

const BECH32_CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

fn bech32_polymod_step(chk: u32, v: u8) -> u32 {
    const GEN: [u32; 5] = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    let top = chk >> 25;
    let mut chk = ((chk & 0x1ff_ffff) << 5) ^ u32::from(v);
    for (i, g) in GEN.iter().enumerate() {
        if (top >> i) & 1 == 1 {
            chk ^= g;
        }
    }
    chk
}

fn bech32_matches(value: &[u8], hrp: &[u8], bytes: usize) -> bool {
    let has_lower = value.iter().any(u8::is_ascii_lowercase);
    let has_upper = value.iter().any(u8::is_ascii_uppercase);
    if has_lower && has_upper {
        return false;
    }
    let Some(sep) = value.iter().rposition(|&b| b == b'1') else {
        return false;
    };
    let (head, data) = (&value[..sep], &value[sep + 1..]);
    if !head.eq_ignore_ascii_case(hrp) || data.len() < 6 {
        return false;
    }
    let mut chk: u32 = 1;
    for &c in hrp {
        chk = bech32_polymod_step(chk, c >> 5);
    }
    chk = bech32_polymod_step(chk, 0);
    for &c in hrp {
        chk = bech32_polymod_step(chk, c & 31);
    }
    for &c in data {
        let lower = c.to_ascii_lowercase();
        let Some(v) = BECH32_CHARSET.iter().position(|&x| x == lower) else {
            return false;
        };
        chk = bech32_polymod_step(chk, v as u8);
    }
    // 5-bit groups before the 6-character checksum hold `bytes` bytes, padded with < 5 bits.
    let groups = data.len() - 6;
    chk == 1 && groups * 5 / 8 == bytes && groups * 5 - bytes * 8 < 5
}

const BASE58: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// The payload of a Base58Check value (its 4-byte checksum verified and removed).
fn decode_base58check<'b>(value: &[u8], buffer: &'b mut [u8; 128]) -> Option<&'b [u8]> {
    if value.is_empty() || value.len() > 170 {
        return None;
    }
    // Big-endian base-256 number in buffer[start..], grown from the right.
    let mut start = buffer.len();
    for &c in value {
        let mut carry = BASE58.iter().position(|&x| x == c)? as u32;
        let mut i = buffer.len();
        while i > start {
            i -= 1;
            carry += u32::from(buffer[i]) * 58;
            buffer[i] = carry as u8;
            carry >>= 8;
        }
        while carry > 0 {
            if start == 0 {
                return None;
            }
            start -= 1;
            buffer[start] = carry as u8;
            carry >>= 8;
        }
    }
    // Each leading '1' is a leading zero byte.
    let zeros = value.iter().take_while(|&&c| c == b'1').count();
    let start = start.checked_sub(zeros)?;
    buffer[start..start + zeros].fill(0);
    let data = &buffer[start..];
    if data.len() < 5 {
        return None;
    }
    let (payload, check) = data.split_at(data.len() - 4);
    let digest = Sha256::digest(Sha256::digest(payload));
    (digest[..4] == *check).then_some(payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn family(toml_text: &str) -> Encoded {
        let mut table: Table = toml::from_str(toml_text).unwrap();
        let name = table.remove("name").unwrap();
        Encoded::new(name.as_str().unwrap(), &table).unwrap()
    }

    fn error(toml_text: &str) -> String {
        let mut table: Table = toml::from_str(toml_text).unwrap();
        let name = table.remove("name").unwrap();
        Encoded::new(name.as_str().unwrap(), &table).unwrap_err()
    }

    // Worked examples below were computed with Python's zlib, base64, json and hashlib
    // (corpus/providers/_lib.py has the same helpers), not with this module.

    #[test]
    fn crc32_in_base62_and_hex() {
        // "abc" → crc32 0x352441c2 → hex "352441c2", base62 "0yKviM".
        let hex = family(
            r#"name = "crc32"
encoding = "hex"
digits = 8
separator = "_""#,
        );
        assert!(hex.check(b"abc_352441c2"));
        assert!(!hex.check(b"abc_352441c3"));
        assert!(!hex.check(b"abc-352441c2"), "separator must be there");
        let upper = family(
            r#"name = "crc32"
encoding = "HEX"
digits = 8
from = 2"#,
        );
        assert!(upper.check(b"x_abc352441C2"));
        assert!(!upper.check(b"x_abc352441c2"), "case of the encoding");
        let base62 = family(
            r#"name = "crc32"
encoding = "base62"
digits = 6"#,
        );
        assert!(base62.check(b"abc0yKviM"));
        assert!(!base62.check(b"abc0yKviN"));
        // Grafana's test token (its checksum's bytes written least significant first).
        let grafana = family(
            r#"name = "crc32"
encoding = "hex"
digits = 8
separator = "_"
byte_order = "little""#,
        );
        assert!(grafana.check(b"glsa_iNValIdinValiDinvalidinvalidinva_5b582697"));
        assert!(!hex.check(b"glsa_iNValIdinValiDinvalidinvalidinva_5b582697"));
        let github = family(
            r#"name = "crc32"
encoding = "base62"
digits = 6
from = 4"#,
        );
        assert!(!github.check(b"ghp_short"));
        assert!(!github.check(b""));
    }

    #[test]
    fn base64_json_needs_every_key() {
        // base64 of {"o":"acme","n":"ci","k":"x1"} (standard, unpadded and padded).
        let grafana = family(
            r#"name = "base64_json"
from = 4
keys = ["o", "n", "k"]"#,
        );
        assert!(grafana.check(b"glc_eyJvIjoiYWNtZSIsIm4iOiJjaSIsImsiOiJ4MSJ9"));
        assert!(!family(
            r#"name = "base64_json"
from = 4
keys = ["o", "m"]"#
        )
        .check(b"glc_eyJvIjoiYWNtZSIsIm4iOiJjaSIsImsiOiJ4MSJ9"));
        let until = family(
            r#"name = "base64_json"
from = 7
until = "_"
keys = ["org"]"#,
        );
        // {"org":"a"} = eyJvcmciOiJhIn0 ; then _secret.
        assert!(until.check(b"sntrys_eyJvcmciOiJhIn0=_c2VjcmV0"));
        assert!(until.check(b"sntrys_eyJvcmciOiJhIn0_c2VjcmV0"), "unpadded");
        assert!(!until.check(b"sntrys_bm90IGpzb24_c2VjcmV0"), "not JSON");
        assert!(!until.check(b"sntrys_"));
        assert!(!until.check(b"short"));
    }

    #[test]
    fn base64_length_counts_decoded_bytes() {
        let key = family(
            r#"name = "base64_length"
bytes = [32]"#,
        );
        // 32 zero bytes, standard base64 with padding, and 31 bytes.
        assert!(key.check(b"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        assert!(key.check(b"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assert!(!key.check(b"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="));
        assert!(!key.check(b"AAAA*AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        assert!(!key.check(b"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=A"));
    }

    #[test]
    fn bech32_checks_hrp_checksum_and_length() {
        // corpus/providers/_lib.py bech32_encode("age-secret-key-", bytes(range(32))).upper()
        let age = family(
            r#"name = "bech32"
hrp = "age-secret-key-"
bytes = 32"#,
        );
        let key = b"AGE-SECRET-KEY-1QQQSYQCYQ5RQWZQFPG9SCRGWPUGPZYSNZS23V9CCRYDPK8QARC0SWRYDWG";
        assert!(age.check(key), "valid");
        let mut bad = key.to_vec();
        bad[30] = if bad[30] == b'Q' { b'P' } else { b'Q' };
        assert!(!age.check(&bad), "checksum");
        assert!(!age.check(&key.to_ascii_lowercase()[..key.len() - 1]));
        let mut mixed = key.to_vec();
        mixed[20] = mixed[20].to_ascii_lowercase();
        assert!(!age.check(&mixed), "mixed case");
        assert!(age.check(&key.to_ascii_lowercase()), "lower case");
    }

    #[test]
    fn base58check_wif() {
        // The WIF example of the Bitcoin wiki's "Wallet import format" page (a published
        // example key: uncompressed, version 0x80).
        let wif = family(
            r#"name = "base58check"
versions = [128, 239]
lengths = [33, 34]"#,
        );
        let example = b"5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ";
        assert!(wif.check(example));
        let mut bad = example.to_vec();
        bad[10] = b'z';
        assert!(!wif.check(&bad));
        assert!(!wif.check(b"0OIl"), "not base58");
        // A Bitcoin address (version 0) is Base58Check too, but not a key.
        assert!(!wif.check(b"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"));
    }

    #[test]
    fn parameters_are_checked() {
        assert!(error("name = \"crc32\"\nencoding = \"octal\"\ndigits = 8").contains("encoding"));
        assert!(error("name = \"crc32\"\nencoding = \"hex\"").contains("needs `digits`"));
        assert!(error("name = \"bech32\"\nhrp = \"\"\nbytes = 32").contains("hrp"));
        assert!(error("name = \"base64_json\"\nkeys = []").contains("at least one"));
        assert!(
            error("name = \"base58check\"\nversions = [300]\nlengths = [33]").contains("versions")
        );
        assert!(
            error("name = \"crc32\"\nencoding = \"hex\"\ndigits = 8\nseparator = \"__\"")
                .contains("separator")
        );
    }
}
