//! Which bytes may stand right before and right after an anchor hit that a match contains.
//!
//! An anchored identifier's candidates are the hits of its literal anchors, and confirming one
//! runs the regex over a window around it: for an e-mail address's `@`, up to 65 bytes before
//! and 650 after. Source code has `@` in decorators, Perl and assembly (`@x[0]`, `@ r6`) far
//! more often than in addresses, and nearly all of those fail on the bytes next to the `@`: an
//! address has a local-part byte before it and a letter or digit after it.
//!
//! The rule, read off the parsed regex: when the anchor is part of a literal at the top level
//! of the pattern's concatenation (captures opened), every match holds that occurrence of the
//! anchor, and the bytes around it are the literal's own neighbours, or the edge bytes of the
//! pieces next to the literal (up to the first that cannot be empty). A hit between other
//! bytes may still be inside a match (an e-mail address's boundary byte can be an `@`), but
//! that match holds the literal's hit too, which is a candidate: no match is lost. Where the
//! anchor is in no such literal (inside a repetition or an alternative, or spelt by a class),
//! every hit stays a candidate.

use regex_syntax::hir::{Hir, HirKind};

use crate::hir_bytes::{edge_bytes, ByteSet, Edge};

/// The bytes a match allows around one anchor of one identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct AnchorContext {
    before: ByteSet,
    after: ByteSet,
}

impl AnchorContext {
    /// No rule: every hit is a candidate.
    pub(crate) const ANY: AnchorContext = AnchorContext {
        before: ByteSet::FULL,
        after: ByteSet::FULL,
    };

    /// The rule for `anchor` in a regex as the scanner parsed it (bytes mode).
    pub(crate) fn of(hir: &Hir, anchor: &[u8]) -> AnchorContext {
        Self::derive(hir, anchor).unwrap_or(Self::ANY)
    }

    fn derive(hir: &Hir, anchor: &[u8]) -> Option<AnchorContext> {
        if anchor.is_empty() {
            return None;
        }
        let mut pieces = Vec::new();
        flatten(hir, &mut pieces);
        let (i, k, literal) = pieces
            .iter()
            .enumerate()
            .find_map(|(i, h)| match h.kind() {
                HirKind::Literal(lit) => (lit.0.windows(anchor.len()))
                    .position(|w| w == anchor)
                    .map(|k| (i, k, &lit.0)),
                _ => None,
            })?;
        let before = match k {
            0 => neighbours(pieces[..i].iter().rev(), Edge::Last),
            _ => ByteSet::single(literal[k - 1]),
        };
        let after = match literal.get(k + anchor.len()) {
            Some(&b) => ByteSet::single(b),
            None => neighbours(pieces[i + 1..].iter(), Edge::First),
        };
        Some(AnchorContext { before, after })
    }

    /// Whether the hit of an anchor `len` bytes long at `hay[at..]` can be inside a match.
    /// A neighbour outside `hay` (the buffer's first byte, or its end) is not judged.
    #[inline]
    pub(crate) fn allows(&self, hay: &[u8], at: usize, len: usize) -> bool {
        (at == 0 || self.before.contains(hay[at - 1]))
            && hay.get(at + len).is_none_or(|&b| self.after.contains(b))
    }
}

/// The concatenation's pieces in order, captures opened (they do not change what matches).
fn flatten<'a>(hir: &'a Hir, out: &mut Vec<&'a Hir>) {
    match hir.kind() {
        HirKind::Concat(parts) => parts.iter().for_each(|p| flatten(p, out)),
        HirKind::Capture(capture) => flatten(&capture.sub, out),
        _ => out.push(hir),
    }
}

/// The bytes next to the literal on one side: the edge bytes of the pieces from it outwards,
/// up to the first that cannot be empty. If all can, the match may begin (end) at the anchor.
fn neighbours<'a>(pieces: impl Iterator<Item = &'a &'a Hir>, edge: Edge) -> ByteSet {
    let mut set = ByteSet::EMPTY;
    for piece in pieces {
        let (bytes, can_be_empty) = edge_bytes(piece, edge);
        set = set.union(bytes);
        if !can_be_empty {
            return set;
        }
    }
    ByteSet::FULL
}

#[cfg(test)]
mod tests {
    use super::AnchorContext;

    fn rule(pattern: &str, anchor: &str) -> AnchorContext {
        let hir = regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
            .parse(pattern)
            .unwrap();
        AnchorContext::of(&hir, anchor.as_bytes())
    }

    fn allows(rule: &AnchorContext, text: &str, anchor: &str) -> bool {
        let at = text.find(anchor).unwrap();
        rule.allows(text.as_bytes(), at, anchor.len())
    }

    const EMAIL: &str = r"(?:^|[^A-Za-z0-9._%+\-])([A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}[A-Za-z0-9])?){1,8})(?:$|[^A-Za-z0-9_\-@])";

    #[test]
    fn an_address_needs_a_local_part_byte_before_and_a_letter_or_digit_after() {
        let email = rule(EMAIL, "@");
        assert_ne!(email, AnchorContext::ANY);
        assert!(allows(&email, "mail jane.doe@example.com", "@"));
        assert!(allows(&email, "x+y@1.io", "@"));
        assert!(!allows(&email, "add @x[0],@x[1]", "@"));
        assert!(!allows(&email, "movlo r6,r2 @ r6 is zero", "@"));
        assert!(!allows(&email, "#[derive] x @ Some(y)", "@"));
        assert!(!allows(&email, "user@.example.com", "@"));
    }

    #[test]
    fn neighbours_come_from_the_literal_itself_when_it_has_them() {
        let r = rule(r"key=x@([0-9]+)", "@");
        assert!(allows(&r, "key=x@1", "@"));
        assert!(!allows(&r, "key=y@1", "@"));
        assert!(!allows(&r, "key=x@a", "@"));
    }

    #[test]
    fn a_pattern_that_could_begin_or_end_at_the_anchor_leaves_that_side_open() {
        let r = rule(r"(?:x)?@[a-z]+", "@");
        assert!(allows(&r, " @abc", "@"));
        assert!(!allows(&r, " @ abc", "@"));
        let r = rule(r"[a-z]+@", "@");
        assert!(allows(&r, "abc@ ", "@"));
        assert!(!allows(&r, " @ ", "@"));
    }

    #[test]
    fn an_anchor_in_no_top_level_literal_gives_no_rule() {
        assert_eq!(rule(r"(?:@x)+", "@"), AnchorContext::ANY);
        assert_eq!(rule(r"a@b|c@d", "@"), AnchorContext::ANY);
        assert_eq!(rule(r"(?i)key@x", "k"), AnchorContext::ANY);
        assert_eq!(rule(r"x@[a-z]+", "@ab"), AnchorContext::ANY);
    }

    #[test]
    fn other_places_that_match_the_anchor_do_not_matter() {
        // Every match holds the literal's `@`; the class's is an extra.
        let r = rule(r"[a@]+@x", "@");
        assert!(allows(&r, "aa@x", "@"));
        assert!(!allows(&r, "@@y", "@"));
        let token = rule(r"\b(ghp_[A-Za-z0-9]{36})\b", "ghp_");
        assert!(allows(&token, " ghp_abc", "ghp_"));
        assert!(!allows(&token, " ghp_ ", "ghp_"));
    }

    #[test]
    fn the_buffer_edges_are_not_judged() {
        let email = rule(EMAIL, "@");
        assert!(email.allows(b"@x", 0, 1));
        assert!(email.allows(b"a@", 1, 1));
    }
}
