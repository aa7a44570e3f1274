//! Redaction: what of a value may be shown without `--show-secrets`, in findings and in
//! error messages that quote what a user wrote (see [`crate::quote`]).
//!
//! At most four characters of a value are shown, and never more than a quarter of it, so a
//! short password shows one character at most. Masked characters become `*` (up to 32 of them,
//! so a 3 KB key block stays one short line). Only printable ASCII is ever shown.

const MAX_VISIBLE: usize = 4;
const MAX_STARS: usize = 32;
const STARS: &str = "********************************";

/// The redacted form of `value`.
pub fn redact(value: &[u8]) -> String {
    let visible = (value.len() / 4).min(MAX_VISIBLE);
    let shown = value[..visible]
        .iter()
        .take_while(|b| b.is_ascii_graphic())
        .count();
    let hidden = (value.len() - shown).clamp(1, MAX_STARS);
    // One allocation per finding: a PII-dense CSV redacts four values per row.
    let mut out = String::with_capacity(shown + hidden);
    // Printable ASCII is valid UTF-8.
    out.push_str(std::str::from_utf8(&value[..shown]).unwrap_or_default());
    out.push_str(&STARS[..hidden]);
    out
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn shows_at_most_four_characters_and_a_quarter() {
        assert_eq!(redact(b"AKIAQYLPMN5HHHFPZAM2"), "AKIA****************");
        assert_eq!(redact(b"hunter2"), "h******");
        assert_eq!(redact(b"abc"), "***");
        assert_eq!(redact(b""), "*");
        let long = vec![b'A'; 3000];
        assert_eq!(redact(&long), format!("AAAA{}", "*".repeat(32)));
    }

    #[test]
    fn never_shows_control_or_non_ascii_bytes() {
        assert_eq!(redact(b"\n\n\nsecretsecret"), "*".repeat(15));
        assert_eq!(redact("ééééééééé".as_bytes()), "*".repeat(18));
    }
}
