//! An identifier without anchors goes through the shared anchorless pass; with anchors, through
//! the anchor automaton. Both must report the same spans: the matches the identifier's regex
//! finds on its own (leftmost-first), not the shortest ones the "all matches" pass also lists.

use proptest::prelude::*;
use trawl_scanner::identifiers::parse_identifiers;
use trawl_scanner::Scanner;

/// A scanner with one custom identifier, anchored on `literal` or not.
fn scanner(regex: &str, literal: Option<&str>) -> Scanner {
    // `anchors = []`: the anchorless pass, even where anchors could be derived.
    let anchors = literal.map_or("anchors = []\n".to_string(), |l| {
        format!("anchors = ['{l}']\n")
    });
    let toml = format!(
        "[[identifier]]\nid = 'PROBE'\nname = 'probe'\nregex = '{regex}'\nmax_length = 64\n{anchors}"
    );
    let identifiers = parse_identifiers(&toml, "probe.toml").expect("a valid identifier");
    Scanner::builder()
        .identifiers(identifiers)
        .build()
        .expect("compiles")
}

fn spans(scanner: &Scanner, text: &[u8]) -> Vec<(u64, u64)> {
    let outcome = scanner.scan_bytes(text);
    outcome.findings.iter().map(|f| (f.start, f.end)).collect()
}

#[test]
fn the_whole_match_is_reported_not_its_shortest_prefix() {
    for (regex, text, expected) in [
        ("EMP-[0-9]{3,6}", &b"EMP-123456"[..], vec![(0, 10)]),
        ("[a-z]{1,100}", b"hello world", vec![(0, 5), (6, 11)]),
        (
            "EMP-[0-9]+",
            b"id EMP-123456 and EMP-9",
            vec![(3, 13), (18, 23)],
        ),
    ] {
        assert_eq!(spans(&scanner(regex, None), text), expected, "{regex}");
    }
}

/// An anchor that overlaps itself (`zz` in `zzz0`): the non-overlapping anchor search steps
/// over the second occurrence, where the only match starts (found by the property test below).
#[test]
fn a_self_overlapping_anchor_is_found_at_each_occurrence() {
    for literal in [Some("zz"), None] {
        assert_eq!(
            spans(&scanner("zz[0-9]+", literal), b"zzz0"),
            [(1, 4)],
            "{literal:?}"
        );
    }
    assert_eq!(
        spans(&scanner("AKIA[0-9]{4}", Some("AKIA")), b"AKIAKIA1234"),
        [(3, 11)]
    );
}

/// The pieces random patterns are made of: an optional class before a literal, the literal,
/// and a class after it.
const BEFORE: &[&str] = &["", "[A-Z]{0,3}", "[a-z]{1,2}", "x?"];
const LITERALS: &[&str] = &["EMP-", "key_", "ID", "zz"];
const AFTER: &[&str] = &[
    "[0-9]{1,6}",
    "[a-z0-9]{2,8}",
    "[0-9]+",
    "[A-Z0-9_]{3}",
    "(?:-[0-9]{2})+",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn anchorless_and_anchored_scans_agree(
        before in 0..BEFORE.len(),
        literal in 0..LITERALS.len(),
        after in 0..AFTER.len(),
        text in proptest::collection::vec(
            prop::sample::select(b"EMP-key_IDzx0123456789abcQ \n".to_vec()), 0..160),
    ) {
        let literal = LITERALS[literal];
        let regex = format!("{}{literal}{}", BEFORE[before], AFTER[after]);
        let anchored = spans(&scanner(&regex, Some(literal)), &text);
        let anchorless = spans(&scanner(&regex, None), &text);
        prop_assert_eq!(anchorless, anchored, "{} on {:?}", regex, String::from_utf8_lossy(&text));
    }
}
