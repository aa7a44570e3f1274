//! Where the value lies inside a match, without a capture search.
//!
//! Most identifiers' regexes read `PREFIX (VALUE) SUFFIX`: a boundary byte or the start of the
//! text, the value, then a boundary byte or the end (`(?:^|[^0-9A-Za-z])([0-9]{13,19})
//! (?:$|[^0-9])`). Once a search has found the match, asking the capture engine where the
//! group lies re-runs the whole pattern with backtracking: on a PII-dense CSV that was a fifth
//! of all the work, for a split that the bytes alone usually settle.
//!
//! The rule: the prefix can only take bytes from its own byte set and the value must start with
//! one of its first bytes, so when no byte the prefix could take is also a possible first byte
//! of the value, the value starts at the first such byte of the match. Symmetrically at the end
//! with the value's last bytes and the suffix's bytes. Where a byte of the match's head or
//! tail is in both sets (`(` in a phone number: a boundary, or the start of `(555)`), the rule
//! gives no answer and the capture engine decides, as before.

use regex_syntax::hir::{Hir, HirKind};

use crate::hir_bytes::{all_bytes, edge_bytes, ByteSet, Edge};

/// The value bounds rule of one regex (see the module comment).
#[derive(Debug)]
pub(crate) struct ValueBounds {
    /// Bytes a match of the value can start / end with.
    first: ByteSet,
    last: ByteSet,
    /// The most bytes the prefix / suffix can match.
    prefix_max: usize,
    suffix_max: usize,
    /// Bytes that may belong to either side of the split: where one is in the match's head
    /// (tail), the rule does not decide.
    prefix_ambiguous: ByteSet,
    suffix_ambiguous: ByteSet,
}

impl ValueBounds {
    /// The rule for a regex (as the scanner parsed it), when it is one concatenation around
    /// capture group 1 with no other group outside it, bounded prefix and suffix, and a value
    /// that cannot be empty. `None`: the capture engine always decides.
    pub(crate) fn of(hir: &Hir) -> Option<ValueBounds> {
        let HirKind::Concat(parts) = hir.kind() else {
            return None;
        };
        let (at, capture) = parts.iter().enumerate().find_map(|(i, h)| match h.kind() {
            HirKind::Capture(c) if c.index == 1 => Some((i, c)),
            _ => None,
        })?;
        let (prefix, suffix) = (&parts[..at], &parts[at + 1..]);
        let captures_outside = |h: &Hir| h.properties().explicit_captures_len() > 0;
        if prefix.iter().chain(suffix).any(captures_outside) {
            return None;
        }
        let value = &capture.sub;
        let (first, value_nullable) = edge_bytes(value, Edge::First);
        let (last, _) = edge_bytes(value, Edge::Last);
        if value_nullable {
            return None;
        }
        let side = |hirs: &[Hir]| -> Option<(usize, ByteSet)> {
            let mut max = 0usize;
            let mut bytes = ByteSet::EMPTY;
            for h in hirs {
                max = max.checked_add(h.properties().maximum_len()?)?;
                bytes = bytes.union(all_bytes(h));
            }
            Some((max, bytes))
        };
        let (prefix_max, prefix_bytes) = side(prefix)?;
        let (suffix_max, suffix_bytes) = side(suffix)?;
        Some(ValueBounds {
            first,
            last,
            prefix_max,
            suffix_max,
            prefix_ambiguous: prefix_bytes.intersection(first),
            suffix_ambiguous: suffix_bytes.intersection(last),
        })
    }

    /// The value's bounds inside the match `hay[start..end]`, or `None` where the bytes leave
    /// the split open.
    pub(crate) fn locate(&self, hay: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
        let head = &hay[start..end.min(start + self.prefix_max + 1)];
        // The prefix takes bytes that cannot start the value, then the value starts.
        if head[..head.len().min(self.prefix_max)]
            .iter()
            .any(|&b| self.prefix_ambiguous.contains(b))
        {
            return None;
        }
        let value_start = start + head.iter().position(|&b| self.first.contains(b))?;
        let tail_from = end.saturating_sub(self.suffix_max + 1).max(value_start);
        let tail = &hay[tail_from..end];
        let suffix_part = &tail[tail.len().saturating_sub(self.suffix_max)..];
        if suffix_part
            .iter()
            .any(|&b| self.suffix_ambiguous.contains(b))
        {
            return None;
        }
        let value_end = tail_from + tail.iter().rposition(|&b| self.last.contains(b))? + 1;
        (value_start < value_end).then_some((value_start, value_end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;
    use regex_automata::util::syntax;
    use regex_automata::{Anchored, Input};

    fn rule(pattern: &str) -> Option<ValueBounds> {
        let mut parser = regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build();
        ValueBounds::of(&parser.parse(pattern).unwrap())
    }

    /// The value as the capture engine reports it: group 1 of the leftmost-first match.
    fn captured(regex: &Regex, hay: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
        let mut caps = regex.create_captures();
        let input = Input::new(hay).range(start..end).anchored(Anchored::Yes);
        regex.search_captures(&input, &mut caps);
        caps.get_group(1).map(|s| (s.start, s.end))
    }

    /// Every match of `pattern` in `hay`: the rule, where it answers, agrees with the capture
    /// engine; returns how many matches it answered and how many there were.
    fn agree(pattern: &str, hay: &[u8]) -> (usize, usize) {
        let bounds = rule(pattern).expect(pattern);
        let regex = Regex::builder()
            .syntax(syntax::Config::new().unicode(false).utf8(false))
            .build(pattern)
            .unwrap();
        let (mut answered, mut total) = (0, 0);
        for m in regex.find_iter(hay) {
            total += 1;
            if let Some(found) = bounds.locate(hay, m.start(), m.end()) {
                answered += 1;
                let expected = captured(&regex, hay, m.start(), m.end());
                assert_eq!(Some(found), expected, "{pattern} in {:?}", &hay[m.range()]);
            }
        }
        (answered, total)
    }

    #[test]
    fn every_builtin_pattern_with_one_value_group_agrees_with_the_capture_engine() {
        // Text with every kind of boundary around values that built-in identifiers match.
        let samples = [
            "card 4111111111111111, 4111 1111 1111 1111. 4111-1111-1111-1111-\n",
            "(4111111111111111) x4111111111111111 4111111111111111.x 4111111111111111-\n",
            "exp 07/27 cvv 123 cvv: 1234. ssn 078-05-1120 ssn 078 05 1120-x\n",
            "tel +1 (555) 123-4567 +44 20 7946 0958, (555) 123-4567) 0049 30 123456.\n",
            "+49 (0) 30 123456- 030/123456 ((030) 123456) phone 555.123.4567.\n",
            "dob 1984-03-07, born 7 March 1984; DOB: 03/07/84. geboren 7. M\u{e4}rz 1984\n",
            "mail a.b+c@example.com, <x@y.example.org> @no x@y.z- a@b.c@d\n",
            "iban DE89 3704 0044 0532 0130 00. GB82WEST12345698765432\n",
            "%B4111111111111111^DOE/JOHN^2512101000000000?;4111111111111111=25121010000000000?\n",
            "AKIAQYLPMN5HHHFPZAM2 ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ AIzaSyA-1234567890abcdefghijklmnopqrstu\n",
        ];
        let hay = samples.concat().into_bytes();
        let (mut ruled, mut answered) = (Vec::new(), 0);
        for def in trawl_identifiers::builtin() {
            if rule(&def.regex).is_some() {
                answered += agree(&def.regex, &hay).0;
                ruled.push(def.id);
            }
        }
        for id in [
            "CREDIT_CARD_NUMBER",
            "CREDIT_CARD_EXPIRATION",
            "CREDIT_CARD_SECURITY_CODE",
            "PHONE_NUMBER",
            "DATE_OF_BIRTH",
            "EMAIL_ADDRESS",
            "IBAN",
            "USA_SOCIAL_SECURITY_NUMBER",
            "AWS_ACCESS_KEY_ID",
        ] {
            assert!(ruled.iter().any(|r| r == id), "{id} has no rule: {ruled:?}");
        }
        assert!(answered >= 30, "{answered}");
    }

    fn builtin_regex(id: &str) -> String {
        let defs = trawl_identifiers::builtin();
        defs.into_iter().find(|d| d.id == id).unwrap().regex
    }

    #[test]
    fn the_rule_answers_plain_boundaries_and_leaves_ambiguous_ones_to_captures() {
        let phone = &builtin_regex("PHONE_NUMBER");
        let bounds = rule(phone).unwrap();
        let hay = b"x +1 555 123 4567, y";
        assert_eq!(bounds.locate(hay, 1, 18), Some((2, 17)));
        // `(` may be the boundary or the start of an area code; `)` the end of one or a
        // boundary: the capture engine decides.
        let hay = b"((555) 123-4567)";
        assert_eq!(bounds.locate(hay, 0, 16), None);
        assert_eq!(agree(phone, b"a (555) 123-4567) b +1 555 123 4567 c").1, 2);
        let card = r"(?:^|[^0-9])([0-9]{13,19})(?:$|[^0-9])";
        // (A match takes its boundary bytes: the next one needs a boundary of its own.)
        let hay = b"4111111111111111 x4111111111111111\n\n4111111111111111";
        assert_eq!(agree(card, hay), (3, 3));
    }

    #[test]
    fn patterns_without_one_bounded_value_group_have_no_rule() {
        // Several groups in alternatives, a group outside the value, an empty value, an
        // unbounded suffix, no group.
        for pattern in [
            r"(a[0-9]+)x|(b[0-9]+)y",
            r"(?:^|[^0-9])([0-9]+)(x)",
            r"(?:^|[^0-9])([0-9]*)(?:$|[^0-9])",
            r"(?:^|[^0-9])([0-9]+)[a-z]*",
            r"[0-9]{4}",
        ] {
            assert!(rule(pattern).is_none(), "{pattern}");
        }
    }
}
