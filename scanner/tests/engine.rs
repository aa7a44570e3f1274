//! Engine rules, driven by small custom identifiers: keywords and their distance, ignore
//! words, severity thresholds, overlaps, anchorless patterns, examples and placeholders.

use trawl_scanner::identifiers::parse_identifiers;
use trawl_scanner::{Confidence, Scanner, Severity};

fn scanner(toml: &str) -> Scanner {
    let ids = parse_identifiers(toml, "test.toml").expect("valid test identifiers");
    Scanner::builder()
        .identifiers(ids)
        .build()
        .expect("scanner builds")
}

fn found(scanner: &Scanner, text: &str) -> Vec<(String, String)> {
    scanner
        .scan_bytes(text.as_bytes())
        .findings
        .iter()
        .map(|f| {
            (
                f.id().to_string(),
                String::from_utf8_lossy(f.value()).into_owned(),
            )
        })
        .collect()
}

const EMPLOYEE: &str = r#"
[[identifier]]
id = "EMPLOYEE_ID"
name = "Employee id"
regex = 'E\d{6}'
anchors = ["E"]
keywords = ["employee id", "badge"]
keyword_required = true
maximum_match_distance = 20
ignore_words = ["E000000"]
"#;

#[test]
fn keyword_distance_is_measured_from_keyword_end_to_match_end() {
    let s = scanner(EMPLOYEE);
    // "badge" ends, then 13 bytes of gap, then a 7-byte match: distance 20, the maximum.
    let at_limit = format!("badge{}E123456", " ".repeat(13));
    assert_eq!(found(&s, &at_limit).len(), 1);
    let one_more = format!("badge{}E123456", " ".repeat(14));
    assert!(found(&s, &one_more).is_empty());
    // Space, underscore and dash spellings, any case.
    assert_eq!(found(&s, "EMPLOYEE_ID: E123456").len(), 1);
    assert_eq!(found(&s, "employee-id E123456").len(), 1);
    // A keyword after the match does not count, nor one inside a longer word.
    assert!(found(&s, "E123456 badge").is_empty());
    assert!(found(&s, "nobadges E123456").is_empty());
}

#[test]
fn ignore_words_drop_matches_containing_them() {
    let s = scanner(EMPLOYEE);
    assert!(found(&s, "badge E000000").is_empty());
    assert_eq!(found(&s, "badge E000001").len(), 1);
}

#[test]
fn keyword_raises_confidence_when_not_required() {
    let s = scanner(
        r#"
[[identifier]]
id = "ORDER"
name = "Order"
regex = 'ORD-\d{5}'
anchors = ["ORD-"]
keywords = ["order"]
keyword_required = false
"#,
    );
    let plain = s.scan_bytes(b"ORD-12345").findings;
    assert_eq!(plain[0].confidence, Confidence::Medium);
    let keyed = s.scan_bytes(b"order: ORD-12345").findings;
    assert_eq!(keyed[0].confidence, Confidence::High);
}

#[test]
fn severity_levels_hold_findings_until_the_lowest_threshold() {
    let s = scanner(
        r#"
[[identifier]]
id = "TICKET"
name = "Ticket"
regex = 'TKT-\d{4}'
anchors = ["TKT-"]
severity_levels = [
  { occurrences_threshold = 2, severity = "LOW" },
  { occurrences_threshold = 3, severity = "MEDIUM" },
  { occurrences_threshold = 5, severity = "HIGH" },
]
"#,
    );
    let text = |n: usize| (0..n).map(|i| format!("TKT-{i:04} ")).collect::<String>();
    let one = s.scan_bytes(text(1).as_bytes());
    assert!(one.findings.is_empty() && one.counts.is_empty() && one.severity.is_none());
    let two = s.scan_bytes(text(2).as_bytes());
    assert_eq!(two.findings.len(), 2);
    assert_eq!(two.severity, Some(Severity::Low));
    assert_eq!(
        s.scan_bytes(text(3).as_bytes()).severity,
        Some(Severity::Medium)
    );
    assert_eq!(
        s.scan_bytes(text(4).as_bytes()).severity,
        Some(Severity::Medium)
    );
    let five = s.scan_bytes(text(5).as_bytes());
    assert_eq!(five.severity, Some(Severity::High));
    assert_eq!(five.counts["TICKET"], 5);
    assert_eq!(five.findings.last().unwrap().severity, Severity::High);
}

#[test]
fn the_containing_match_wins_an_overlap() {
    let s = scanner(
        r#"
[[identifier]]
id = "INNER"
name = "Inner"
regex = 'KEY-[0-9]{4}'
anchors = ["KEY-"]

[[identifier]]
id = "OUTER"
name = "Outer"
regex = 'BLOCK\[(KEY-[0-9]{4})\]'
anchors = ["BLOCK["]
"#,
    );
    assert_eq!(
        found(&s, "BLOCK[KEY-1234]"),
        vec![("OUTER".to_string(), "KEY-1234".to_string())]
    );
    assert_eq!(
        found(&s, "KEY-1234"),
        vec![("INNER".to_string(), "KEY-1234".to_string())]
    );
}

#[test]
fn anchorless_identifiers_share_one_pass() {
    let s = scanner(
        r#"
[[identifier]]
id = "CODE_NAME"
name = "Code name"
regex = '(?i)\bproject[ -](falcon|osprey)\b'
anchors = []  # its case variants would be derived as anchors otherwise

[[identifier]]
id = "ACCOUNT"
name = "Account"
regex = '\b[A-Z]{3}-\d{6}\b'
"#,
    );
    let got = found(
        &s,
        "see Project Falcon and ABC-123456, not ABCD-123456 or project hawk",
    );
    assert_eq!(
        got,
        vec![
            ("CODE_NAME".to_string(), "Falcon".to_string()),
            ("ACCOUNT".to_string(), "ABC-123456".to_string())
        ]
    );
}

/// Without `anchors`, a regex's literal prefixes are derived as its anchors: the same findings
/// as the anchorless pass (`anchors = []`) and as anchors written by hand.
#[test]
fn derived_anchors_find_what_written_ones_and_the_anchorless_pass_find() {
    let text = "badge EMP-123456, EMP-12 and xEMP-654321; emp-111111 EMP-7777777";
    let mut results = Vec::new();
    for anchors in ["", "anchors = []", "anchors = [\"EMP-\"]"] {
        let s = scanner(&format!(
            "[[identifier]]\nid = \"EMPLOYEE\"\nname = \"Employee\"\nregex = '\\bEMP-\\d{{6}}\\b'\n{anchors}\n"
        ));
        let definition = s.identifiers().find(|d| d.id == "EMPLOYEE").unwrap();
        assert_eq!(definition.anchors_derived, anchors.is_empty(), "{anchors}");
        results.push(found(&s, text));
    }
    assert_eq!(
        results[0],
        vec![("EMPLOYEE".to_string(), "EMP-123456".to_string())]
    );
    assert_eq!(results[0], results[1]);
    assert_eq!(results[0], results[2]);
}

#[test]
fn overlapping_anchors_of_different_identifiers_are_all_candidates() {
    // The fast candidate search reports one anchor per place; anchors that start inside it
    // (a suffix-prefix overlap, a contained anchor, a shorter prefix) must still be tried.
    let s = scanner(
        r#"
[[identifier]]
id = "TICKET"
name = "Ticket"
regex = 'TKT-[0-9]{4}'
anchors = ["TKT-"]

[[identifier]]
id = "TAG"
name = "Tag"
regex = '-KEY[0-9]{4}'
anchors = ["-KEY"]

[[identifier]]
id = "INNER"
name = "Inner"
regex = 'T-KE[A-Z]{2}'
anchors = ["T-KE"]

[[identifier]]
id = "SHORT"
name = "Short"
regex = 'TK[A-Z]-[0-9]{2}x'
anchors = ["TK"]
"#,
    );
    let ids = |text: &str| {
        found(&s, text)
            .into_iter()
            .map(|(id, _)| id)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids("TKT-KEY1234"),
        ["TAG"],
        "TKT- and T-KE hide -KEY in a leftmost search; the longest wins"
    );
    assert_eq!(ids("xx TKT-KEYS"), ["INNER"]);
    assert_eq!(ids("TKT-12x"), ["SHORT"]);
}

#[test]
fn one_anchorless_pattern_never_hides_another() {
    // Both match "PO123456"; the first needs a keyword that is absent. Listed first, it must
    // not stop the second from being judged (and found) at the same place.
    let s = scanner(
        r#"
[[identifier]]
id = "PURCHASE_ORDER"
name = "Purchase order"
regex = '\bPO\d{6}\b'
keywords = ["purchase order"]
keyword_required = true

[[identifier]]
id = "SHORT_CODE"
name = "Short code"
regex = '\b[A-Z]{2}\d{6}\b'

[[identifier]]
id = "LONG_CODE"
name = "Long code"
regex = '\b[A-Z]{2}\d{6}-\d{2}\b'
"#,
    );
    assert_eq!(
        found(&s, "ref PO123456 here"),
        vec![("SHORT_CODE".to_string(), "PO123456".to_string())]
    );
    // Overlapping matches of different lengths: the longer, more specific one is reported.
    assert_eq!(
        found(&s, "ref PO123456-01 here"),
        vec![("LONG_CODE".to_string(), "PO123456-01".to_string())]
    );
    assert_eq!(
        found(&s, "purchase order PO123456"),
        vec![("PURCHASE_ORDER".to_string(), "PO123456".to_string())],
        "on a tie the identifier listed first wins"
    );
}

#[test]
fn example_values_and_placeholders_are_reported_only_on_request() {
    let toml = r#"
[[identifier]]
id = "TOKEN"
name = "Token"
regex = 'tok_[A-Za-z0-9]{12}'
anchors = ["tok_"]
example_values = ["tok_Doc0Example1"]
"#;
    let s = scanner(toml);
    assert!(found(&s, "tok_Doc0Example1 tok_xxxxxxxxxxxx").is_empty());
    assert_eq!(found(&s, "tok_R7dk2Pq9ZmW4").len(), 1);
    let ids = parse_identifiers(toml, "t").unwrap();
    let with = Scanner::builder()
        .identifiers(ids)
        .include_examples(true)
        .build()
        .unwrap();
    let all = with
        .scan_bytes(b"tok_Doc0Example1 tok_xxxxxxxxxxxx")
        .findings;
    assert_eq!(all.len(), 2);
    assert!(all
        .iter()
        .all(|f| f.details.contains(&("example", "true".to_string()))));
}

#[test]
fn lines_columns_and_offsets_are_exact() {
    let s = scanner(EMPLOYEE);
    let text = "first line\nbadge: E123456\n\n  badge E654321 end\n";
    let findings = s.scan_bytes(text.as_bytes()).findings;
    let got: Vec<(u64, u64, u64, u64)> = findings
        .iter()
        .map(|f| (f.line, f.column, f.start, f.end))
        .collect();
    assert_eq!(got, vec![(2, 8, 18, 25), (4, 9, 35, 42)]);
    assert_eq!(&text[18..25], "E123456");
}

#[test]
fn min_severity_filters_findings_and_counts() {
    let ids = parse_identifiers(EMPLOYEE, "t").unwrap();
    let s = Scanner::builder()
        .identifiers(ids)
        .min_severity(Severity::High)
        .build()
        .unwrap();
    let outcome = s.scan_bytes(b"badge E123456");
    assert!(outcome.findings.is_empty() && outcome.counts.is_empty());
}

#[test]
fn debug_output_never_shows_the_value() {
    let s = scanner(EMPLOYEE);
    let findings = s.scan_bytes(b"badge E123456").findings;
    let shown = format!("{findings:?}");
    assert!(!shown.contains("E123456"), "{shown}");
}

#[test]
fn early_stop_keeps_settled_findings() {
    // A session scans a round once its buffer holds a chunk and the windows around it, and
    // settles the findings that no later byte can change. `stop` ends scanning there: what was
    // settled is reported, what is fed afterwards is ignored.
    let ids = parse_identifiers(EMPLOYEE, "test.toml").unwrap();
    let s = Scanner::builder()
        .identifiers(ids)
        .chunk_size(4096)
        .build()
        .unwrap();
    let mut session = s.session();
    session.feed(b"badge E123456\n");
    // Enough after it for several rounds to scan past it.
    let filler = "filler text\n".repeat(4 * (4096 + 2 * s.window_bytes()) / 12);
    session.feed(filler.as_bytes());
    let settled: Vec<_> = session
        .findings()
        .iter()
        .map(|f| (String::from_utf8_lossy(f.value()).into_owned(), f.line))
        .collect();
    assert_eq!(
        settled,
        [("E123456".to_string(), 1)],
        "settled before the stop"
    );

    session.stop();
    assert!(session.is_stopped());
    session.feed(b"badge E654321\n");
    let outcome = session.finish();
    let reported: Vec<_> = outcome
        .findings
        .iter()
        .map(|f| (String::from_utf8_lossy(f.value()).into_owned(), f.line))
        .collect();
    assert_eq!(reported, [("E123456".to_string(), 1)]);
    assert_eq!(outcome.counts["EMPLOYEE_ID"], 1);
    assert!(outcome.stopped);
}

#[test]
fn the_more_severe_finding_wins_an_overlap_before_the_longer() {
    // The LOW identifier's match is the longer one and it is defined first: only severity can
    // put the HIGH one ahead of it.
    let s = scanner(
        r#"
[[identifier]]
id = "REFERENCE"
name = "Reference"
severity = "LOW"
regex = 'REF-[0-9]{8}-?[A-Z]{4}'
anchors = ["REF-"]

[[identifier]]
id = "ACCOUNT_KEY"
name = "Account key"
severity = "HIGH"
regex = 'REF-[0-9]{8}\b'
anchors = ["REF-"]

[[identifier]]
id = "BUNDLE"
name = "Bundle"
severity = "LOW"
regex = 'BUNDLE\[KEY-[0-9]{4}\]'
anchors = ["BUNDLE["]

[[identifier]]
id = "INNER_KEY"
name = "Inner key"
severity = "HIGH"
regex = 'KEY-[0-9]{4}'
anchors = ["KEY-"]
"#,
    );
    // Same start: the shorter, more severe match is reported, not the longer one.
    assert_eq!(
        found(&s, "see REF-48271593-QZKX here"),
        vec![("ACCOUNT_KEY".to_string(), "REF-48271593".to_string())]
    );
    // Where only the LOW identifier matches, it is reported.
    assert_eq!(
        found(&s, "see REF-48271593QZKX here"),
        vec![("REFERENCE".to_string(), "REF-48271593QZKX".to_string())]
    );
    // A severe match inside a less severe containing one wins too.
    assert_eq!(
        found(&s, "BUNDLE[KEY-1234]"),
        vec![("INNER_KEY".to_string(), "KEY-1234".to_string())]
    );
}

#[test]
fn at_equal_severity_the_longer_match_wins_an_overlap() {
    // The shorter identifier is defined first: only the length puts the longer one ahead.
    let s = scanner(
        r#"
[[identifier]]
id = "ACCOUNT_KEY"
name = "Account key"
severity = "MEDIUM"
regex = 'REF-[0-9]{8}'
anchors = ["REF-"]

[[identifier]]
id = "REFERENCE"
name = "Reference"
severity = "MEDIUM"
regex = 'REF-[0-9]{8}-[A-Z]{4}'
anchors = ["REF-"]
"#,
    );
    assert_eq!(
        found(&s, "see REF-48271593-QZKX here"),
        vec![("REFERENCE".to_string(), "REF-48271593-QZKX".to_string())]
    );
    assert_eq!(
        found(&s, "see REF-48271593 here"),
        vec![("ACCOUNT_KEY".to_string(), "REF-48271593".to_string())]
    );
}

#[test]
fn a_specific_identifier_wins_over_a_generic_one_of_the_same_severity() {
    // The generic rule's match is longer (the whole URL) and it is defined first: only
    // `generic` puts the specific token ahead. A token the specific rule rejects (here: the
    // wrong length) stays the generic rule's finding; a less severe specific one does not win.
    let s = scanner(
        r#"
[[identifier]]
id = "URL_PASSWORD"
name = "URL password"
severity = "HIGH"
generic = true
regex = '[a-z]+://[a-z]+:([^@\s]{4,64})@[a-z.]+'
anchors = ["://"]

[[identifier]]
id = "ACME_TOKEN"
name = "Acme token"
severity = "HIGH"
regex = 'acme_[0-9a-f]{16}\b'

[[identifier]]
id = "ACME_HINT"
name = "Acme hint"
severity = "LOW"
regex = 'hint_[0-9a-f]{8}\b'
"#,
    );
    assert_eq!(
        found(&s, "git https://ci:acme_8f3a1c9e4b7d2605@git.acme.io"),
        vec![(
            "ACME_TOKEN".to_string(),
            "acme_8f3a1c9e4b7d2605".to_string()
        )]
    );
    assert_eq!(
        found(&s, "git https://ci:acme_8f3a1c9e4b7d260@git.acme.io"),
        vec![(
            "URL_PASSWORD".to_string(),
            "acme_8f3a1c9e4b7d260".to_string()
        )]
    );
    assert_eq!(
        found(&s, "git https://ci:hint_7c2e9a41@git.acme.io"),
        vec![("URL_PASSWORD".to_string(), "hint_7c2e9a41".to_string())]
    );
}

/// In number-dense text the keywords of keyword-required digit identifiers are searched once
/// per round instead of per candidate; what is found must not change.
#[test]
fn keyword_required_numbers_in_number_dense_text() {
    let scanner = Scanner::builder()
        .select(["DATE_OF_BIRTH", "CREDIT_CARD_SECURITY_CODE", "IBAN"])
        .build()
        .unwrap();
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!(
            "2026-11-29 10:{:02}:{:02} req {i} took {} ms status 200\n",
            i % 60,
            (i * 7) % 60,
            i % 997
        ));
        if i == 15_000 {
            text.push_str(
                "patient date of birth: 1984-03-12, cvv 737, iban DE89370400440532013000\n",
            );
        }
    }
    let mut got = found(&scanner, &text);
    got.sort();
    assert_eq!(
        got,
        vec![
            ("CREDIT_CARD_SECURITY_CODE".to_string(), "737".to_string()),
            ("DATE_OF_BIRTH".to_string(), "1984-03-12".to_string()),
            ("IBAN".to_string(), "DE89370400440532013000".to_string()),
        ]
    );
}

#[test]
fn a_value_longer_than_its_keyword_distance() {
    // The keyword must end within 5 bytes of the value's end, which a 41-byte value never
    // allows: no finding, and no panic, with keywords of either search (word starts for
    // `ref`, Aho-Corasick for `#ref`).
    for keyword in ["ref", "#ref"] {
        let scanner = scanner(&format!(
            r#"
[[identifier]]
id = "LONG_REF"
name = "Long reference"
regex = 'R[0-9]{{40}}'
anchors = ["R"]
keywords = ["{keyword}"]
keyword_required = true
maximum_match_distance = 5
"#
        ));
        let text = format!("{keyword} R{}\n", "1234567890".repeat(4));
        assert_eq!(found(&scanner, &text), vec![], "keyword {keyword}");
    }
}

/// `ID value` of each finding of the built-in identifiers in `text`.
fn builtin_findings(text: &str) -> Vec<String> {
    Scanner::builder()
        .build()
        .unwrap()
        .scan_bytes(text.as_bytes())
        .findings
        .iter()
        .map(|f| format!("{} {}", f.id(), String::from_utf8_lossy(f.value())))
        .collect()
}

/// Column names and keys written as dotted abbreviations (`C.F.`, `N.I.F.`) or as an acronym
/// glued to a word (`RUTEmisor`, the tag Chile's e-invoices use) name their keyword.
#[test]
fn field_names_as_abbreviations_and_acronyms_name_keywords() {
    let ids = builtin_findings;
    let csv = "id;Nome;C.F.;Città\n1;Anna Verdi;MRTCLR91L47F205M;Milano\n2;Luca Neri;MRTCLR91L47F205M;Roma\n\
               3;Sara Blu;MRTCLR91L47F205M;Torino\n4;Ugo Rossi;MRTCLR91L47F205M;Bari\n";
    assert_eq!(
        ids(csv),
        vec!["ITALY_NATIONAL_IDENTIFICATION_NUMBER MRTCLR91L47F205M"; 4]
    );
    let json = r#"{"Encabezado": {"Emisor": {"RUTEmisor": "76.086.428-5", "RznSoc": "Acme SpA"}}}"#;
    assert_eq!(ids(json), vec!["CHILE_RUT_NUMBER 76.086.428-5"]);
}

/// A national id's keyword belongs to the first number after it: the next field's number (an
/// order, an account, a phone) is not reported under it.
#[test]
fn a_national_keyword_does_not_reach_past_another_number() {
    let ids = builtin_findings;
    assert_eq!(
        ids("D.N.I.: 27.057.851\nNº de pedido: 16708144\n"),
        vec!["ARGENTINA_DNI_NUMBER 27.057.851"]
    );
    assert_eq!(
        ids("EIN: 91-7121260, Account: 12-4743450\n"),
        vec!["USA_EMPLOYER_IDENTIFICATION_NUMBER 91-7121260"]
    );
    // A year between them is no number of its own.
    assert_eq!(
        ids("Steuer-ID (seit 2024): 18 956 277 407\n"),
        vec!["GERMANY_TAX_IDENTIFICATION_NUMBER 18 956 277 407"]
    );
}

/// Two identifiers read the same number after the same keyword: the one whose region word is
/// near the value (before it, after it, or in the same CSV row; a code in capitals only) is
/// reported, and without one the file order decides, as before region words existed.
#[test]
fn region_words_decide_between_overlapping_identifiers() {
    let licences = scanner(
        r#"
[[identifier]]
id = "CANADA_LICENCE"
name = "Canadian licence"
regex = '\b([0-9]{8})\b'
keywords = ["driver licence"]
region_words = ["Canada", "Ontario", "ON"]

[[identifier]]
id = "AUSTRALIA_LICENCE"
name = "Australian licence"
regex = '\b([0-9]{8})\b'
keywords = ["driver licence"]
region_words = ["Australia", "New South Wales", "NSW"]
"#,
    );
    let ids = |text: &str| -> Vec<String> {
        found(&licences, text)
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    };
    assert_eq!(ids("NSW driver licence 40718263"), ["AUSTRALIA_LICENCE"]);
    assert_eq!(ids("Ontario driver licence 40718263"), ["CANADA_LICENCE"]);
    assert_eq!(
        ids("driver licence 40718263 (issued in new south wales)"),
        ["AUSTRALIA_LICENCE"]
    );
    assert_eq!(
        ids("name,driver_licence,state\nAnn,40718263,NSW\n"),
        ["AUSTRALIA_LICENCE"]
    );
    assert_eq!(
        ids("driver licence 40718263"),
        ["CANADA_LICENCE"],
        "file order"
    );
    assert_eq!(
        ids("driver licence on file: 40718263 (NSW)"),
        ["AUSTRALIA_LICENCE"]
    );
    assert_eq!(
        ids("{\"id\": 7, \"nswDriverLicence\": \"40718263\"}\n"),
        ["AUSTRALIA_LICENCE"],
        "a key names the region, a code in any case"
    );

    // A value only one of them reads, next to the other's region word: the other's number
    // written wrong, reported by neither.
    let shapes = scanner(
        r#"
[[identifier]]
id = "CANADA_LICENCE"
name = "Canadian licence"
regex = '\b([0-9]{8})\b'
keywords = ["driver licence"]
region_words = ["Ontario", "ON"]

[[identifier]]
id = "AUSTRALIA_LICENCE"
name = "Australian licence"
regex = '\b([0-9]{9})\b'
keywords = ["driver licence"]
region_words = ["NSW"]
"#,
    );
    let ids = |text: &str| -> Vec<String> {
        found(&shapes, text).into_iter().map(|(id, _)| id).collect()
    };
    assert!(ids("NSW driver licence 40718263").is_empty());
    assert_eq!(ids("driver licence 40718263"), ["CANADA_LICENCE"]);
    assert_eq!(ids("NSW driver licence 407182639"), ["AUSTRALIA_LICENCE"]);
}

/// A regex's one byte of right context is the next value's left context: values one space
/// apart are each found (every second e-mail address of `a@x.org b@x.org` had been missed,
/// the search resuming past the space the first match had taken).
#[test]
fn values_sharing_a_context_byte_are_each_found() {
    let scanner = Scanner::builder().build().unwrap();
    let text = "a@mail.org b@mail.org c@mail.org\nanna@posteo.de ben@posteo.de";
    let emails: Vec<String> = found(&scanner, text)
        .into_iter()
        .filter(|(id, _)| id == "EMAIL_ADDRESS")
        .map(|(_, value)| value)
        .collect();
    assert_eq!(
        emails,
        [
            "a@mail.org",
            "b@mail.org",
            "c@mail.org",
            "anna@posteo.de",
            "ben@posteo.de"
        ]
    );
}

/// Object-level results: past `occurrences` per identifier, findings are counted, not
/// delivered; the counts stay exact.
#[test]
fn occurrences_past_the_sample_are_counted_not_delivered() {
    let scanner = Scanner::builder().occurrences(Some(2)).build().unwrap();
    let text = "anna@posteo.de ben@posteo.de carl@posteo.de dora@posteo.de AKIAQYLPMN5HHHFPZAM2";
    let outcome = scanner.scan_bytes(text.as_bytes());
    let delivered: Vec<&str> = outcome.findings.iter().map(|f| f.id()).collect();
    assert_eq!(
        delivered,
        ["EMAIL_ADDRESS", "EMAIL_ADDRESS", "AWS_ACCESS_KEY_ID"]
    );
    assert_eq!(outcome.counts["EMAIL_ADDRESS"], 4);
    assert!(outcome.findings.iter().all(|f| !f.redacted.is_empty()));
    assert!(outcome.findings.iter().all(|f| f.fingerprint.is_some()));
}

/// A ticket code whose regex is anchored on its label, read in CSV cells of the columns its
/// `column_value` names.
const TICKET: &str = r#"
[[identifier]]
id = "TICKET_CODE"
name = "Ticket code"
regex = '(?:ticket|Ticket)[ :]{1,3}([A-Z]{3}-[0-9]{4}[A-Z])'
anchors = ["ticket", "Ticket"]
column_value = '[A-Z]{3}-[0-9]{4}[A-Z]'
column_names = ["ticket", "ticket code", "support ticket"]
ignore_words = ["XXX-0000X"]
"#;

#[test]
fn cells_of_a_named_column_are_read_with_the_column_value() {
    let scanner = scanner(TICKET);
    let csv = "id,ticketCode,note,amount\n\
               1,ABC-1234K,see Ticket: DEF-5678L,12.50\n\
               2,\"  GHI-9012M \",GHI-9012M,3.10\n\
               3,JKL-3456N and more,x,9.00\n\
               4,XXX-0000X,x,1.00\n\
               5,MNO-7890P,x,2.00\n";
    let values: Vec<String> = found(&scanner, csv).into_iter().map(|(_, v)| v).collect();
    // The column's cells, whole (quoted and padded too), and the label's own match in
    // another column; not a code in a column of another name, nor a cell holding more than
    // the value, nor an ignore word.
    assert_eq!(
        values,
        ["ABC-1234K", "DEF-5678L", "GHI-9012M", "MNO-7890P"],
        "{values:?}"
    );
}

#[test]
fn column_values_are_found_the_same_in_any_chunking_and_only_under_a_header() {
    let scanner = scanner(TICKET);
    let mut csv = String::from("row;support_ticket;amount\n");
    for i in 0..400 {
        csv.push_str(&format!("{i};ABC-{:04}K;{}.50\n", i, i % 90));
    }
    let whole = found(&scanner, &csv).len();
    assert_eq!(whole, 400);
    let chunked = trawl_scanner::Scanner::builder()
        .identifiers(parse_identifiers(TICKET, "test.toml").unwrap())
        .chunk_size(64)
        .build()
        .unwrap();
    assert_eq!(found(&chunked, &csv).len(), 400);
    // Without the header, nothing names the column: no finding.
    let headerless = csv.split_once('\n').unwrap().1;
    assert!(found(&scanner, headerless).is_empty());
    // JSON has its keys inline, and the label regex reads them; `column_value` is CSV's.
    assert!(found(&scanner, r#"{"ticket_code": "ABC-1234K"}"#).is_empty());
}

#[test]
fn column_value_needs_column_names_and_a_pattern_within_the_limit() {
    let load = |extra: &str| {
        parse_identifiers(
            &format!(
                "[[identifier]]\nid = \"T\"\nname = \"t\"\nregex = 'ticket ([A-Z]{{3}})'\n{extra}"
            ),
            "t.toml",
        )
        .map(|_| ())
        .map_err(|e| e.to_string())
    };
    assert!(load("column_value = '[A-Z]{3}'\ncolumn_names = [\"ticket\"]").is_ok());
    let err = load("column_value = '[A-Z]{3}'").unwrap_err();
    assert!(
        err.contains("field `column_value`: needs `column_names`"),
        "{err}"
    );
    let err = load("column_names = [\"ticket\"]").unwrap_err();
    assert!(
        err.contains("field `column_names`: needs `column_value`"),
        "{err}"
    );
    let err = load("column_value = '[A-Z]{70000}'\ncolumn_names = [\"ticket\"]").unwrap_err();
    assert!(
        err.contains("field `column_value`: a cell's match may be"),
        "{err}"
    );
    let err = load("column_value = '[A-Z'\ncolumn_names = [\"ticket\"]").unwrap_err();
    assert!(
        err.contains("field `column_value`: does not compile"),
        "{err}"
    );
}
