//! Email addresses.

use super::Verdict;

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

/// [`email`], and never the userinfo of a URL: `ftp://guest@files.acme.io` and the password
/// in `https://user:gho_…@github.com` look like addresses but are a URL's user and password.
pub fn email_in_context(value: &[u8], before: &[u8]) -> Verdict {
    if is_url_userinfo(before) {
        return Verdict::Invalid;
    }
    email(value)
}

/// Whether a value right after `before` starts inside a URL's userinfo: `scheme://` then,
/// optionally, `user:` (no `/`, `@` or whitespace between).
fn is_url_userinfo(before: &[u8]) -> bool {
    let mut end = before.len();
    if before.last() == Some(&b':') {
        // `user:` before a password: step over the user name.
        end -= 1;
        while end > 0
            && !matches!(before[end - 1], b'/' | b'@' | b':')
            && !before[end - 1].is_ascii_whitespace()
        {
            end -= 1;
        }
    }
    let Some(head) = before[..end].strip_suffix(b"//") else {
        return false;
    };
    let Some(scheme) = head.strip_suffix(b":") else {
        return false;
    };
    // RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
    let start = scheme
        .iter()
        .rposition(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.')))
        .map_or(0, |p| p + 1);
    scheme.get(start).is_some_and(u8::is_ascii_alphabetic)
}

/// An email address: a local part without leading, trailing or doubled dots, a domain of at
/// least two labels whose top level is alphabetic and not a file extension. Addresses at
/// documentation domains (`example.com`, `.test`) are examples.
pub fn email(value: &[u8]) -> Verdict {
    let Some(at) = value.iter().rposition(|&b| b == b'@') else {
        return Verdict::Invalid;
    };
    let (local, domain) = (&value[..at], &value[at + 1..]);
    if local.is_empty()
        || local.len() > 64
        || local.starts_with(b".")
        || local.ends_with(b".")
        || local.windows(2).any(|w| w == b"..")
        || domain.len() > 253
    {
        return Verdict::Invalid;
    }
    let Some(dot) = domain.iter().rposition(|&b| b == b'.') else {
        return Verdict::Invalid;
    };
    let tld = &domain[dot + 1..];
    if tld.len() < 2
        || !tld.iter().all(u8::is_ascii_alphabetic)
        || FILE_EXTENSIONS.contains(&tld.to_ascii_lowercase().as_slice())
    {
        return Verdict::Invalid;
    }
    if reserved_domain(domain) {
        Verdict::Example
    } else {
        Verdict::Valid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_look_alikes() {
        assert_eq!(email(b"jane.doe+news@mail.example.co.uk"), Verdict::Valid);
        assert_eq!(email(b"icon@2x.png"), Verdict::Invalid);
        assert_eq!(email(b"user@localhost"), Verdict::Invalid);
        assert_eq!(email(b".jane@corp.com"), Verdict::Invalid);
        assert_eq!(email(b"someone@example.com"), Verdict::Example);
        // A URL's userinfo is not an address.
        let user = b"jane@files.acme.io";
        assert_eq!(email_in_context(user, b"ftp://"), Verdict::Invalid);
        assert_eq!(
            email_in_context(user, b"url: git+https://ci:"),
            Verdict::Invalid
        );
        assert_eq!(email_in_context(user, b"redis://:"), Verdict::Invalid);
        assert_eq!(email_in_context(user, b"mailto:"), Verdict::Valid);
        assert_eq!(email_in_context(user, b"Email:"), Verdict::Valid);
        assert_eq!(
            email_in_context(user, b"see https://acme.io/ contact: "),
            Verdict::Valid
        );
        assert_eq!(email_in_context(user, b"// "), Verdict::Valid);
    }
}
