//! Error messages quote what the user wrote, and what users write in a configuration file may
//! be a secret (an allow-list value, a regex with a literal token in it). These helpers keep
//! what a message needs to be acted on (where, what kind of mistake) without the value itself;
//! values are shown as findings are ([`crate::redact`]).

use crate::redact::redact;

/// `message` (a TOML or serde error) with what it quotes from the file redacted: serde quotes
/// the values it rejects (`invalid type: string "…"`) and the TOML parser the keys
/// (`duplicate key `…``, `unknown field `…``), and a secret pasted where a key belongs is no
/// key. The names after `expected` are the schema's, and stay.
pub fn redact_quoted(message: &str) -> String {
    redact_double_quoted(&redact_backticked(message))
}

/// Every name in backticks redacted, until the word `expected` outside them: the names after
/// it are the schema's. (A key that holds "expected" is inside backticks, and redacted.)
fn redact_backticked(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut schema = false;
    for (i, part) in message.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        let quoted = i % 2 == 1;
        if quoted && !schema {
            out.push_str(&redact(part.as_bytes()));
        } else {
            out.push_str(part);
            schema |= !quoted && part.contains("expected");
        }
    }
    out
}

fn redact_double_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(open) = rest.find('"') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        // The closing quote, skipping escaped ones.
        let mut close = None;
        let mut escaped = false;
        for (i, c) in rest.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    close = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        match close {
            Some(close) => {
                out.push_str(&redact(&rest.as_bytes()[..close]));
                out.push('"');
                rest = &rest[close + 1..];
            }
            None => {
                out.push_str(&redact(rest.as_bytes()));
                return out;
            }
        }
    }
    out.push_str(rest);
    out
}

/// What is wrong with a pattern, and where, without the pattern (which may hold a literal
/// secret): `unclosed group (at bytes 22..23 of the pattern)`.
pub fn regex_syntax_error(error: &regex_syntax::Error) -> String {
    let (kind, span): (&dyn std::fmt::Display, _) = match error {
        regex_syntax::Error::Parse(e) => (e.kind(), e.span()),
        regex_syntax::Error::Translate(e) => (e.kind(), e.span()),
        _ => return "a syntax error".to_string(),
    };
    format!(
        "{kind} (at bytes {}..{} of the pattern)",
        span.start.offset, span.end.offset
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_are_redacted_and_field_names_kept() {
        assert_eq!(
            redact_quoted(
                r#"invalid type: string "V7aPq8ZsuperSecretValue123", expected a sequence"#
            ),
            r#"invalid type: string "V7aP**********************", expected a sequence"#
        );
        // The rejected name is redacted (a secret pasted as a key, found by the config fuzz
        // target); the names serde expected stay.
        assert_eq!(
            redact_quoted("unknown field `keywordz`, expected one of `keywords`"),
            "unknown field `ke******`, expected one of `keywords`"
        );
        assert_eq!(
            redact_quoted("unknown variant `ghp_R4nd0mB0dyOf`, expected `LOW` or `HIGH`"),
            "unknown variant `ghp_************`, expected `LOW` or `HIGH`"
        );
        // The TOML parser quotes keys too (found by the config fuzz target with 30 s a target).
        // A key holding the word "expected" does not end the redaction early.
        assert_eq!(
            redact_quoted("unknown field `expected0kQd11eqPSwa`, expected one of `scan`"),
            "unknown field `expe****************`, expected one of `scan`"
        );
        assert_eq!(
            redact_quoted("duplicate key `0kQd11eqPSwaB6XqZfh4` in table `scan`"),
            "duplicate key `0kQd****************` in table `s***`"
        );
        assert_eq!(redact_quoted(r#"string "ab""#), r#"string "**""#);
        assert_eq!(redact_quoted(r#"a "b\"cdefg" c"#), r#"a "b\******" c"#);
    }

    #[test]
    fn regex_errors_say_what_and_where_without_the_pattern() {
        let error = regex_syntax::Parser::new()
            .parse("sk_live_SECRETVALUE123((")
            .unwrap_err();
        let shown = regex_syntax_error(&error);
        assert!(shown.starts_with("unclosed group (at bytes"), "{shown}");
        assert!(!shown.contains("SECRET"), "{shown}");
    }
}
