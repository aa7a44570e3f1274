//! Anchors: literals every match of an identifier contains. The scanner's candidate automaton
//! looks for them, and only around them is the regex run, so an anchor that some match lacks
//! loses that match silently. Anchors are derived from the regex where its literal prefixes
//! allow, and those written by hand can be checked against it.

use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind};

/// Shortest derived anchor: shorter literals would make a candidate of every other line.
const MIN_DERIVED_LEN: usize = 3;
/// Most derived anchors: beyond, the regex is better served by the anchorless pass.
const MAX_DERIVED: usize = 64;

/// The literal prefixes of `hir` when it has a finite set of them, each at least 3 bytes of
/// UTF-8 (`EMP-` for `\bEMP-\d{6}\b`); `None` otherwise.
pub(crate) fn derive(hir: &Hir) -> Option<Vec<String>> {
    let mut extractor = Extractor::new();
    // A class of more than two bytes (`\d`) ends a literal instead of multiplying it; two
    // bytes are an ASCII case fold (`(?i)p`), worth expanding.
    extractor
        .kind(ExtractKind::Prefix)
        .limit_class(2)
        .limit_total(MAX_DERIVED);
    let prefixes = extractor.extract(hir);
    let literals = prefixes.literals()?;
    if literals.is_empty() || literals.len() > MAX_DERIVED {
        return None;
    }
    let mut anchors = Vec::with_capacity(literals.len());
    for literal in literals {
        if literal.as_bytes().len() < MIN_DERIVED_LEN {
            return None;
        }
        anchors.push(String::from_utf8(literal.as_bytes().to_vec()).ok()?);
    }
    anchors.sort();
    anchors.dedup();
    Some(anchors)
}

/// Whether every match of `hir` contains one of `anchors`. Sound, not complete: `true` is a
/// proof (a literal every match must hold contains an anchor, or every literal prefix or suffix
/// of the pattern does); `false` means no proof was found.
pub fn every_match_contains_one(hir: &Hir, anchors: &[String]) -> bool {
    if anchors.is_empty() {
        return false;
    }
    let holds = |bytes: &[u8]| {
        anchors
            .iter()
            .any(|a| bytes.windows(a.len()).any(|w| w == a.as_bytes()))
    };
    required_literal_holds(hir, &holds)
        || [ExtractKind::Prefix, ExtractKind::Suffix]
            .into_iter()
            .any(|kind| {
                let mut extractor = Extractor::new();
                extractor.kind(kind).limit_total(512);
                let sequence = extractor.extract(hir);
                sequence.literals().is_some_and(|literals| {
                    !literals.is_empty() && literals.iter().all(|l| holds(l.as_bytes()))
                })
            })
}

/// Most strings a run of finite pieces may spell before the proof gives up on it.
const MAX_SPELLINGS: usize = 4096;

/// Every string `hir` can match, when that is a small finite set: literals, alternations of
/// them, bounded repetitions and classes of a few bytes (`_?`, `[_.-]`). `None` otherwise.
fn spellings(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(vec![Vec::new()]),
        HirKind::Literal(literal) => Some(vec![literal.0.to_vec()]),
        HirKind::Capture(capture) => spellings(&capture.sub),
        HirKind::Class(regex_syntax::hir::Class::Bytes(class)) => {
            let bytes: Vec<u8> = class
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .take(9)
                .collect();
            (bytes.len() <= 8).then(|| bytes.into_iter().map(|b| vec![b]).collect())
        }
        HirKind::Class(regex_syntax::hir::Class::Unicode(class)) => {
            let mut out = Vec::new();
            for range in class.iter() {
                for c in range.start()..=range.end() {
                    if out.len() == 8 {
                        return None;
                    }
                    let mut buffer = [0u8; 4];
                    out.push(c.encode_utf8(&mut buffer).as_bytes().to_vec());
                }
            }
            Some(out)
        }
        HirKind::Alternation(branches) => {
            let mut out = Vec::new();
            for branch in branches {
                out.extend(spellings(branch)?);
                if out.len() > MAX_SPELLINGS {
                    return None;
                }
            }
            Some(out)
        }
        HirKind::Concat(children) => {
            let mut out = vec![Vec::new()];
            for child in children {
                out = cross(&out, &spellings(child)?)?;
            }
            Some(out)
        }
        HirKind::Repetition(repetition) => {
            let max = repetition.max?;
            if max > 4 {
                return None;
            }
            let one = spellings(&repetition.sub)?;
            let mut power = vec![Vec::new()];
            let mut out = Vec::new();
            for k in 0..=max {
                if k >= repetition.min {
                    out.extend(power.iter().cloned());
                }
                if k < max {
                    power = cross(&power, &one)?;
                }
            }
            (out.len() <= MAX_SPELLINGS).then_some(out)
        }
    }
}

/// Each of `a` followed by each of `b`, unless that makes more than [`MAX_SPELLINGS`].
fn cross(a: &[Vec<u8>], b: &[Vec<u8>]) -> Option<Vec<Vec<u8>>> {
    if a.len().saturating_mul(b.len()) > MAX_SPELLINGS {
        return None;
    }
    Some(
        a.iter()
            .flat_map(|x| {
                b.iter().map(move |y| {
                    let mut s = x.clone();
                    s.extend_from_slice(y);
                    s
                })
            })
            .collect(),
    )
}

/// Whether, in a concatenation, some run of consecutive finite pieces spells an anchor in
/// every way it can (`(?:DD|dd)_?(?:API|api)` with anchors `DD_API`, `DDAPI`, …).
fn finite_run_holds(children: &[Hir], holds: &dyn Fn(&[u8]) -> bool) -> bool {
    for start in 0..children.len() {
        let mut strings = vec![Vec::new()];
        for child in &children[start..] {
            let Some(next) = spellings(child).and_then(|s| cross(&strings, &s)) else {
                break;
            };
            strings = next;
            if strings.iter().all(|s| holds(s)) {
                return true;
            }
        }
    }
    false
}

/// Whether a literal that every match of `hir` spells out satisfies `holds`.
fn required_literal_holds(hir: &Hir, holds: &dyn Fn(&[u8]) -> bool) -> bool {
    match hir.kind() {
        HirKind::Literal(literal) => holds(&literal.0),
        HirKind::Capture(capture) => required_literal_holds(&capture.sub, holds),
        HirKind::Repetition(repetition) => {
            repetition.min >= 1 && required_literal_holds(&repetition.sub, holds)
        }
        HirKind::Alternation(branches) => branches.iter().all(|b| required_literal_holds(b, holds)),
        HirKind::Concat(children) => {
            // Adjacent literals spell one string (`:` then `//` hold `://`); a look-around
            // matches no bytes, so it does not break the run.
            let mut run = Vec::new();
            for child in children {
                match child.kind() {
                    HirKind::Literal(literal) => {
                        run.extend_from_slice(&literal.0);
                        continue;
                    }
                    HirKind::Look(_) => continue,
                    _ => {}
                }
                if holds(&run) || required_literal_holds(child, holds) {
                    return true;
                }
                run.clear();
            }
            holds(&run) || finite_run_holds(children, holds)
        }
        HirKind::Empty | HirKind::Class(_) | HirKind::Look(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hir(pattern: &str) -> Hir {
        regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
            .parse(pattern)
            .unwrap()
    }

    fn anchors(list: &[&str]) -> Vec<String> {
        list.iter().map(|a| a.to_string()).collect()
    }

    #[test]
    fn anchors_spelled_across_pieces_are_proved() {
        // A keyword split over an alternation, an optional separator and another alternation.
        let keyed = hir(r"(?:^|[^A-Za-z])(?:DD|dd)_?(?:API|api)_KEY=([0-9a-f]{32})");
        let all = anchors(&[
            "DD_API", "DDAPI", "dd_api", "ddapi", "DD_api", "DDapi", "dd_API", "ddAPI",
        ]);
        assert!(every_match_contains_one(&keyed, &all));
        // One spelling missing (`DD_api`): no proof.
        let some = anchors(&[
            "DD_API", "DDAPI", "dd_api", "ddapi", "DDapi", "dd_API", "ddAPI",
        ]);
        assert!(!every_match_contains_one(&keyed, &some));
        // An optional piece between literals, and a port list between colons.
        assert!(every_match_contains_one(
            &hir(r"https?://[a-z]+"),
            &anchors(&["http://", "https://"])
        ));
        assert!(every_match_contains_one(
            &hir(r"[a-z]+:(?:5432|6432):[a-z]+"),
            &anchors(&[":5432:", ":6432:"])
        ));
        assert!(!every_match_contains_one(
            &hir(r"[a-z]+:(?:5432|6432):[a-z]+"),
            &anchors(&[":5432:"])
        ));
    }

    #[test]
    fn prefixes_become_anchors() {
        assert_eq!(derive(&hir(r"\bEMP-\d{6}\b")), Some(anchors(&["EMP-"])));
        assert_eq!(
            derive(&hir(r"(?:sk|rk)_live_[0-9a-zA-Z]{24}")),
            Some(anchors(&["rk_live_", "sk_live_"]))
        );
        // Too short, or no finite set of prefixes: the anchorless pass.
        assert_eq!(derive(&hir(r"E-\d{6}")), None);
        assert_eq!(derive(&hir(r"[A-Z]{3}-\d{6}")), None);
        // ASCII case-insensitive: case variants of the first bytes, as many as fit.
        let folded = derive(&hir(r"(?i)project bluefin")).unwrap();
        assert!(
            folded.len() > 1 && folded.len() <= MAX_DERIVED,
            "{folded:?}"
        );
        for anchor in &folded {
            assert!(anchor.len() >= MIN_DERIVED_LEN, "{anchor}");
            assert!(
                "project bluefin".starts_with(&anchor.to_ascii_lowercase()),
                "{anchor}"
            );
        }
    }

    #[test]
    fn hand_written_anchors_are_proved_or_not() {
        let proved =
            |pattern: &str, list: &[&str]| every_match_contains_one(&hir(pattern), &anchors(list));
        assert!(proved(r"EMP-\d{6}", &["EMP-"]));
        assert!(proved(r"[a-z+]{2,36}://[^:]+:([^@]+)@", &["://"]));
        assert!(proved(r"(?:ghp|gho)_[A-Za-z0-9]{36}", &["ghp_", "gho_"]));
        assert!(proved(r"\d{4}-BADGE", &["BADGE"]));
        // A match without any anchor exists: each of these would lose findings.
        assert!(!proved(r"(?:ghp|ghs)_[A-Za-z0-9]{36}", &["ghp_"]));
        assert!(!proved(r"(?i)akia[0-9A-Z]{16}", &["AKIA"]));
        assert!(!proved(r"x?EMP-\d{6}", &["xEMP"]));
        assert!(!proved(r"EMP-\d{6}", &[]));
    }
}
