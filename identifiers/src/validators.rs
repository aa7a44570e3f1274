//! Named validators: checks a value must pass after its regex matched.
//!
//! Identifiers refer to these by name (`validators = ["luhn"]`). A validator sees the reported
//! value (the first participating capture group, or the whole match) and may add details
//! (`brand = visa`) to the finding. Validators never allocate per byte and never panic on any
//! input: they run on attacker-controlled data.

use base64::Engine as _;

/// Extra facts a validator learned about a value, reported in the finding's `details`.
pub type Details = Vec<(&'static str, String)>;

/// A validator: `true` when the value passes.
pub type ValidatorFn = fn(value: &[u8], details: &mut Details) -> bool;

/// Every validator name an identifier may use.
pub const NAMES: &[&str] = &[
    "luhn",
    "mod97",
    "github_checksum",
    "jwt",
    "basic_auth",
    "pem_key",
    "openssh_key",
    "base32_key_id",
    "mixed_alphanumeric",
];

/// Looks a validator up by name.
pub fn by_name(name: &str) -> Option<ValidatorFn> {
    Some(match name {
        "luhn" => |v, _| luhn(v),
        "mod97" => |v, _| mod97(v),
        "github_checksum" => |v, _| github_checksum(v),
        "jwt" => jwt,
        "basic_auth" => |v, _| basic_auth(v),
        "pem_key" => |v, _| pem_key(v),
        "openssh_key" => |v, _| openssh_key(v),
        "base32_key_id" => |v, _| base32_key_id(v),
        "mixed_alphanumeric" => |v, _| mixed_alphanumeric(v),
        _ => return None,
    })
}

/// The Luhn (mod 10) check over the digits of `value`; other bytes (spaces, dashes) are
/// skipped. Fewer than 2 digits fail.
pub fn luhn(value: &[u8]) -> bool {
    let mut sum = 0u32;
    let mut count = 0usize;
    for &b in value.iter().rev() {
        if !b.is_ascii_digit() {
            continue;
        }
        let mut d = u32::from(b - b'0');
        if count % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        count += 1;
    }
    count >= 2 && sum % 10 == 0
}

/// ISO 7064 mod 97-10 as used by IBAN: the first four characters move to the end, letters
/// become 10..35, and the number must be 1 modulo 97. Spaces are skipped.
pub fn mod97(value: &[u8]) -> bool {
    let compact: Vec<u8> = value.iter().copied().filter(|b| !b.is_ascii_whitespace()).collect();
    if compact.len() < 5 || !compact.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let rotated = compact[4..].iter().chain(compact[..4].iter());
    let mut rem: u32 = 0;
    for &b in rotated {
        let b = b.to_ascii_uppercase();
        if b.is_ascii_digit() {
            rem = (rem * 10 + u32::from(b - b'0')) % 97;
        } else {
            let n = u32::from(b - b'A') + 10;
            rem = (rem * 100 + n) % 97;
        }
    }
    rem == 1
}

fn base62_value(text: &[u8]) -> Option<u64> {
    let mut n: u64 = 0;
    for &b in text {
        let d = match b {
            b'0'..=b'9' => b - b'0',
            b'A'..=b'Z' => b - b'A' + 10,
            b'a'..=b'z' => b - b'a' + 36,
            _ => return None,
        };
        n = n.checked_mul(62)?.checked_add(u64::from(d))?;
    }
    Some(n)
}

/// GitHub's (and npm's) token checksum: after the `xxx_` prefix come 30 random base62
/// characters and 6 base62 characters (0-9A-Za-z) encoding the CRC32 of those 30.
pub fn github_checksum(value: &[u8]) -> bool {
    let Some(underscore) = value.iter().position(|&b| b == b'_') else { return false };
    let body = &value[underscore + 1..];
    if body.len() != 36 {
        return false;
    }
    let (random, check) = body.split_at(30);
    base62_value(check) == Some(u64::from(crc32fast::hash(random)))
}

fn b64url_decode(segment: &[u8]) -> Option<Vec<u8>> {
    let trimmed: &[u8] = segment.strip_suffix(b"==").or(segment.strip_suffix(b"=")).unwrap_or(segment);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(trimmed).ok()
}

/// A JSON Web Token: three base64url segments whose header decodes to a JSON object with an
/// `alg` member. Adds `alg` to the details.
pub fn jwt(value: &[u8], details: &mut Details) -> bool {
    let mut parts = value.split(|&b| b == b'.');
    let (Some(header), Some(payload), Some(_sig)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let Some(header) = b64url_decode(header) else { return false };
    let Ok(serde_json::Value::Object(map)) = serde_json::from_slice::<serde_json::Value>(&header) else {
        return false;
    };
    let Some(alg) = map.get("alg").and_then(|a| a.as_str()) else { return false };
    // The payload of a signed JWT is JSON too; an encrypted one (JWE) has five segments and
    // does not reach here.
    let Some(payload) = b64url_decode(payload) else { return false };
    if serde_json::from_slice::<serde_json::Value>(&payload).is_err() {
        return false;
    }
    details.push(("alg", alg.chars().take(16).collect()));
    true
}

/// `Authorization: Basic` credentials: standard base64 that decodes to printable `user:pass`
/// with a non-empty password.
pub fn basic_auth(value: &[u8]) -> bool {
    let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(value) else { return false };
    let Some(colon) = decoded.iter().position(|&b| b == b':') else { return false };
    colon + 1 < decoded.len() && decoded.iter().all(|&b| (0x20..0x7f).contains(&b))
}

/// The base64 body of a PEM block: everything between the BEGIN and END lines that is not a
/// header line (`Proc-Type: ...`), with whitespace and escaped `\n` sequences removed.
fn pem_body(block: &[u8]) -> Vec<u8> {
    let mut body = Vec::with_capacity(block.len());
    let after_begin = match find(block, b"-----BEGIN ") {
        Some(p) => match find(&block[p + 11..], b"-----") {
            Some(q) => p + 11 + q + 5,
            None => return body,
        },
        None => 0,
    };
    let end = find(block, b"-----END ").unwrap_or(block.len());
    if after_begin >= end {
        return body;
    }
    // Split into lines on real newlines and on escaped ones (keys inside JSON or code strings).
    let region = &block[after_begin..end];
    let mut i = 0;
    let mut line_start = 0;
    let flush = |line: &[u8], body: &mut Vec<u8>| {
        if line.contains(&b':') {
            return; // an RFC 1421 header such as `DEK-Info: AES-128-CBC,...`
        }
        body.extend(line.iter().copied().filter(|b| !b.is_ascii_whitespace()));
    };
    while i < region.len() {
        let (is_break, width) = match region[i] {
            b'\n' => (true, 1),
            b'\\' if matches!(region.get(i + 1), Some(b'n') | Some(b'r')) => (true, 2),
            _ => (false, 1),
        };
        if is_break {
            flush(&region[line_start..i], &mut body);
            line_start = i + width;
        }
        i += width;
    }
    flush(&region[line_start..], &mut body);
    body
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn decode_standard(body: &[u8]) -> Option<Vec<u8>> {
    base64::engine::general_purpose::STANDARD.decode(body).ok()
}

/// A PEM private key block (PKCS#1, SEC1, PKCS#8, encrypted PKCS#8, legacy encrypted PEM, PGP
/// armour): the body is base64 of at least 64 bytes; for unencrypted DER keys it must start
/// with an ASN.1 SEQUENCE. Placeholder bodies (`...`, `<key>`, `xxxx`) fail.
pub fn pem_key(value: &[u8]) -> bool {
    let body = pem_body(value);
    if body.len() < 64 {
        return false;
    }
    if find(value, b"PGP PRIVATE KEY BLOCK").is_some() {
        // ASCII armour ends with a `=XXXX` CRC24 line; the key packets are before it.
        let packets = match body.iter().rposition(|&b| b == b'=') {
            Some(p) if p + 5 == body.len() => &body[..p],
            _ => &body[..],
        };
        let trimmed: Vec<u8> = packets.iter().copied().filter(|&b| b != b'=').collect();
        let Some(bytes) = base64::engine::general_purpose::STANDARD_NO_PAD.decode(&trimmed).ok() else {
            return false;
        };
        // An OpenPGP packet header has its top bit set.
        return bytes.len() >= 64 && bytes[0] & 0x80 != 0;
    }
    let Some(der) = decode_standard(&body) else { return false };
    if find(value, b"Proc-Type:").is_some() {
        // Legacy encrypted PEM: the body is ciphertext.
        return der.len() >= 64;
    }
    der.len() >= 64 && der[0] == 0x30
}

/// An OpenSSH private key: the base64 body starts with the `openssh-key-v1\0` magic.
pub fn openssh_key(value: &[u8]) -> bool {
    let body = pem_body(value);
    match decode_standard(&body) {
        Some(bytes) => bytes.len() >= 64 && bytes.starts_with(b"openssh-key-v1\0"),
        None => false,
    }
}

/// An AWS access key id: after the four-letter prefix, 16 characters of the base32 alphabet
/// (A-Z, 2-7).
pub fn base32_key_id(value: &[u8]) -> bool {
    value.len() == 20 && value[4..].iter().all(|&b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
}

/// A random token mixes letters and digits; a word or an identifier in code usually does not.
pub fn mixed_alphanumeric(value: &[u8]) -> bool {
    value.iter().any(u8::is_ascii_digit) && value.iter().any(u8::is_ascii_alphabetic)
}

/// Whether a value looks like a placeholder or documentation example rather than a real
/// secret: it contains a marker word (`EXAMPLE`, `your`, `placeholder`, `dummy`, `redacted`,
/// template syntax), a run of 8 or more of one character, or a long ascending sequence.
pub fn looks_like_placeholder(value: &[u8]) -> bool {
    const MARKERS: &[&[u8]] = &[
        b"example", b"placeholder", b"dummy", b"redacted", b"your_", b"your-", b"yourkey",
        b"insert", b"changeme", b"replace", b"fake", b"notreal", b"sample", b"xxxx",
    ];
    const TEMPLATES: &[&[u8]] = &[b"${", b"{{", b"<", b"%s", b"***", b"$("];
    if TEMPLATES.iter().any(|t| find(value, t).is_some()) {
        return true;
    }
    let lower: Vec<u8> = value.iter().map(u8::to_ascii_lowercase).collect();
    if MARKERS.iter().any(|m| find(&lower, m).is_some()) {
        return true;
    }
    let mut run = 1;
    let mut ascending = 1;
    for pair in value.windows(2) {
        run = if pair[0] == pair[1] { run + 1 } else { 1 };
        ascending = if pair[1] == pair[0].wrapping_add(1) { ascending + 1 } else { 1 };
        if run >= 8 || ascending >= 8 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_valid_and_rejects_altered() {
        assert!(luhn(b"4111111111111111"));
        assert!(luhn(b"4111 1111 1111 1111"));
        assert!(luhn(b"79927398713"));
        assert!(!luhn(b"4111111111111112"));
        assert!(!luhn(b"7"));
        assert!(!luhn(b""));
    }

    #[test]
    fn mod97_checks_ibans() {
        assert!(mod97(b"GB82WEST12345698765432"));
        assert!(mod97(b"GB82 WEST 1234 5698 7654 32"));
        assert!(mod97(b"DE89370400440532013000"));
        assert!(!mod97(b"GB82WEST12345698765433"));
        assert!(!mod97(b"GB8"));
        assert!(!mod97(b"GB82-WEST"));
    }

    fn github_token(random: &str) -> String {
        let mut n = crc32fast::hash(random.as_bytes());
        let alphabet = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        let mut check = [b'0'; 6];
        for slot in check.iter_mut().rev() {
            *slot = alphabet[(n % 62) as usize];
            n /= 62;
        }
        format!("ghp_{random}{}", std::str::from_utf8(&check).unwrap())
    }

    #[test]
    fn github_checksum_matches_crc32() {
        let token = github_token("R4nd0mB0dyOfThirtyCharacters12");
        assert!(github_checksum(token.as_bytes()), "{token}");
        let mut altered = token.clone().into_bytes();
        altered[10] = if altered[10] == b'a' { b'b' } else { b'a' };
        assert!(!github_checksum(&altered));
        assert!(!github_checksum(b"ghp_short"));
        assert!(!github_checksum(b"no-underscore"));
    }

    #[test]
    fn jwt_requires_alg_header_and_json_payload() {
        let mut d = Details::new();
        let good = b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        assert!(jwt(good, &mut d));
        assert_eq!(d, vec![("alg", "HS256".to_string())]);
        // Header without alg.
        assert!(!jwt(b"eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl", &mut d));
        // Not base64 JSON.
        assert!(!jwt(b"eyJhbGciOi.eyJzdWIi.abc", &mut d));
        assert!(!jwt(b"only.two", &mut d));
    }

    #[test]
    fn basic_auth_needs_user_colon_password() {
        assert!(basic_auth(b"YWxhZGRpbjpvcGVuc2VzYW1l")); // aladdin:opensesame
        assert!(!basic_auth(b"YWxhZGRpbg==")); // aladdin
        assert!(!basic_auth(b"YWxhZGRpbjo=")); // aladdin: (no password)
        assert!(!basic_auth(b"not base64!"));
    }

    #[test]
    fn base32_key_ids() {
        assert!(base32_key_id(b"AKIAQYLPMN5HHHFPZAM2"));
        assert!(!base32_key_id(b"AKIAQYLPMN5HHHFPZAM1")); // 1 is not base32
        assert!(!base32_key_id(b"AKIAQYLPMN5HHHFPZAM"));
    }

    #[test]
    fn placeholders() {
        for v in ["AKIAIOSFODNN7EXAMPLE", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "${TOKEN}", "<your-key>", "sk_live_00000000000", "abcdefghij1"] {
            assert!(looks_like_placeholder(v.as_bytes()), "{v}");
        }
        for v in ["AKIAQYLPMN5HHHFPZAM2", "wJalrXUtnFEMIK7MDENGbPxRfiCYzQ8s2v9TnW1q"] {
            assert!(!looks_like_placeholder(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn every_name_resolves() {
        for name in NAMES {
            assert!(by_name(name).is_some(), "{name}");
        }
        assert!(by_name("nope").is_none());
    }
}
