//! Email addresses.

use super::Details;

/// Top-level "domains" that are file extensions: `icon@2x.png` is an image, not an address.
#[rustfmt::skip]
const FILE_EXTENSIONS: &[&[u8]] = &[
    b"png", b"jpg", b"jpeg", b"gif", b"svg", b"webp", b"ico", b"bmp", b"js", b"mjs", b"ts",
    b"css", b"scss", b"map", b"json", b"html", b"xml", b"txt", b"md", b"py", b"rs", b"go",
    b"java", b"rb", b"php", b"lock", b"tgz", b"zip", b"gz", b"min",
];

/// Domains reserved for documentation (RFC 2606, RFC 6761): addresses there are examples.
fn reserved_domain(domain: &[u8]) -> bool {
    let lower = domain.to_ascii_lowercase();
    let ends = |suffix: &[u8]| lower == suffix[1..] || lower.ends_with(suffix);
    [
        &b".example.com"[..],
        b".example.org",
        b".example.net",
        b".example",
        b".test",
        b".invalid",
        b".localhost",
    ]
    .iter()
    .any(|s| ends(s))
}

/// An email address: a local part without leading, trailing or doubled dots, a domain of at
/// least two labels whose top level is alphabetic and not a file extension. Addresses at
/// documentation domains (`example.com`, `.test`) are marked `example`.
pub fn email(value: &[u8], details: &mut Details) -> bool {
    let Some(at) = value.iter().rposition(|&b| b == b'@') else {
        return false;
    };
    let (local, domain) = (&value[..at], &value[at + 1..]);
    if local.is_empty()
        || local.len() > 64
        || local.starts_with(b".")
        || local.ends_with(b".")
        || local.windows(2).any(|w| w == b"..")
        || domain.len() > 253
    {
        return false;
    }
    let Some(dot) = domain.iter().rposition(|&b| b == b'.') else {
        return false;
    };
    let tld = &domain[dot + 1..];
    if tld.len() < 2
        || !tld.iter().all(u8::is_ascii_alphabetic)
        || FILE_EXTENSIONS.contains(&tld.to_ascii_lowercase().as_slice())
    {
        return false;
    }
    if reserved_domain(domain) {
        details.push(("example", "true".to_string()));
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_look_alikes() {
        assert!(email(b"jane.doe+news@mail.example.co.uk", &mut Vec::new()));
        assert!(!email(b"icon@2x.png", &mut Vec::new()));
        assert!(!email(b"user@localhost", &mut Vec::new()));
        assert!(!email(b".jane@corp.com", &mut Vec::new()));
        let mut d = Vec::new();
        assert!(email(b"someone@example.com", &mut d));
        assert_eq!(d, vec![("example", "true".to_string())]);
    }
}
