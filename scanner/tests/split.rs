//! A large file scanned by several threads, block by block, reports exactly what one thread
//! reports: the same findings in the same order, with the same lines, columns, CSV rows and
//! JSON paths, and the same object record. Blocks here are tiny (tens to thousands of bytes)
//! so that cuts land everywhere: inside quoted multi-line cells, inside matches that span
//! lines, between a keyword and its value, inside JSON records.

#![cfg(unix)]

use proptest::prelude::*;
use std::io::Write;
use std::ops::ControlFlow;
use std::sync::Mutex;
use trawl_scanner::files::scan_file;
use trawl_scanner::identifiers::{builtin, parse_identifiers};
use trawl_scanner::{Finding, Limits, ObjectRecord, Scanner, Status};
use trawl_scanner::{Sink, Split};

/// Next to the built-ins: a match that spans lines, and a keyword-required value.
const CUSTOM: &str = r#"
[[identifier]]
id = "MULTI_LINE_BLOCK"
name = "Multi-line block"
regex = '(?s)BEGIN<[a-z\n]{10,400}>END'
anchors = ["BEGIN<"]
max_length = 1000

[[identifier]]
id = "SECRET_RECORD"
name = "Secret record"
regex = '(?s)\{[^{}]{0,200}"kind": "secret_record"'
anchors = ["secret_record"]
max_length = 300

[[identifier]]
id = "EMPLOYEE_ID"
name = "Employee id"
regex = 'E\d{6}'
anchors = ["E"]
keywords = ["badge"]
keyword_required = true
maximum_match_distance = 60
"#;

fn scanner() -> Scanner {
    let mut ids = builtin();
    ids.extend(parse_identifiers(CUSTOM, "custom.toml").unwrap());
    Scanner::builder()
        .identifiers(ids)
        .chunk_size(4096)
        .build()
        .unwrap()
}

/// The custom identifiers alone: a look-back of a few hundred bytes instead of the
/// built-ins' tens of KiB, so resumed sessions see only part of what came before and one
/// thread's rounds (every 4 KiB) fall inside the blocks.
fn custom_scanner() -> Scanner {
    Scanner::builder()
        .identifiers(parse_identifiers(CUSTOM, "custom.toml").unwrap())
        .chunk_size(4096)
        .build()
        .unwrap()
}

/// Keeps everything, in the order it arrives.
#[derive(Default)]
struct Collect(Mutex<(Vec<Finding>, Vec<ObjectRecord>)>);

impl Sink for Collect {
    fn findings(&self, _source: &str, findings: Vec<Finding>) -> ControlFlow<()> {
        self.0.lock().unwrap().0.extend(findings);
        ControlFlow::Continue(())
    }
    fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
        self.0.lock().unwrap().1.push(record);
        ControlFlow::Continue(())
    }
}

type Key = (u64, u64, String, u64, u64, Option<String>, String);

fn key(f: &Finding) -> Key {
    (
        f.start,
        f.end,
        f.id().to_string(),
        f.line,
        f.column,
        f.fingerprint.clone(),
        format!(
            "{:?} {:?} {:?} {:?}",
            f.location, f.severity, f.confidence, f.details
        ),
    )
}

fn scan(scanner: &Scanner, path: &std::path::Path, split: Split) -> (Vec<Key>, ObjectRecord) {
    let sink = Collect::default();
    let source = "data";
    scan_file(
        scanner,
        path,
        source,
        false,
        &Limits::default(),
        split,
        &sink,
    );
    let (findings, mut records) = sink.0.into_inner().unwrap();
    assert_eq!(records.len(), 1);
    (findings.iter().map(key).collect(), records.remove(0))
}

/// Pieces of CSV cells: values with and without meaning, quoted cells with delimiters, quotes
/// and line breaks, multi-line blocks.
const CELLS: &[&str] = &[
    "Anna Bianchi",
    "4111 1111 1111 1111",
    "5542064230172033",
    "+44 20 7946 0958",
    "(415) 555-2671",
    "1984-07-23",
    "anna.bianchi@example.org",
    "536-22-8471",
    "DE89 3704 0044 0532 0130 00",
    "\"quoted, with comma\"",
    "\"two\nlines 4111111111111111\"",
    "\"an \"\"escaped\"\" quote\"",
    "\"BEGIN<abc\ndefghijklm\nnop>END\"",
    "badge E123456",
    "12/27",
    "",
    "AKIAQYLPMN5HHHFPZAM2",
];

/// Pieces of free text (and of JSON Lines records, see below).
const TEXT: &[&str] = &[
    " phone +44 20 7946 0958 ",
    " dob 1984-07-23 ",
    " ssn 536-22-8471 ",
    " card 4111 1111 1111 1111 exp 12/27 cvv 123 ",
    " BEGIN<abcdefghij\nklmnopqrst\nuvwxyz>END ",
    " badge\nE123456 ",
    " badge E654321 ",
    " mail bob@example.com ",
    "\n",
    "\n\n",
    " filler words here ",
    " 1.2.3 128u32 ",
    " AKIAQYLPMN5HHHFPZAM2 ",
    // A match that starts well before its anchor, across lines.
    "{\n  \"id\": 7,\n  \"kind\": \"secret_record\"\n}\n",
];

/// CSV or TSV rows, with or without a header, with `\n` or `\r\n` line ends.
fn csv(rows: &[Vec<usize>], header: bool, tab: bool, crlf: bool) -> Vec<u8> {
    let delimiter = if tab { "\t" } else { "," };
    let end = if crlf { "\r\n" } else { "\n" };
    let mut out = Vec::new();
    if header {
        let names = ["name", "card", "phone", "dob", "note"];
        out.extend_from_slice(format!("{}{end}", names.join(delimiter)).as_bytes());
    }
    for row in rows {
        let cells: Vec<&str> = row.iter().map(|&c| CELLS[c % CELLS.len()]).collect();
        out.extend_from_slice(format!("{}{end}", cells.join(delimiter)).as_bytes());
    }
    out
}

fn jsonl(records: &[Vec<usize>]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, record) in records.iter().enumerate() {
        let mut fields = Vec::new();
        for (j, &c) in record.iter().enumerate() {
            let value = TEXT[c % TEXT.len()].replace('\n', "\\n");
            let key = ["phone", "dob", "note", "card", "email"][j % 5];
            fields.push(format!("\"{key}\":\"{}\"", value.trim()));
        }
        out.extend_from_slice(
            format!("{{\"id\":{i},\"user\":{{{}}}}}\n", fields.join(",")).as_bytes(),
        );
    }
    out
}

fn text(pieces: &[usize]) -> Vec<u8> {
    pieces
        .iter()
        .flat_map(|&p| TEXT[p % TEXT.len()].bytes())
        .collect()
}

fn write(data: &[u8]) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(data).unwrap();
    file.flush().unwrap();
    file
}

fn assert_split_equals_one_thread(data: &[u8], block_bytes: u64, threads: usize) {
    assert_split_equals_one_thread_with(&scanner(), data, block_bytes, threads);
}

fn assert_split_equals_one_thread_with(
    scanner: &Scanner,
    data: &[u8],
    block_bytes: u64,
    threads: usize,
) {
    let file = write(data);
    let (one, one_record) = scan(scanner, file.path(), Split::NONE);
    let split = Split {
        threads,
        block_bytes,
    };
    let (many, many_record) = scan(scanner, file.path(), split);
    assert_eq!(one.len(), many.len(), "finding counts differ");
    for (i, (a, b)) in one.iter().zip(&many).enumerate() {
        assert_eq!(a, b, "finding {i} differs");
    }
    assert_eq!(one_record.status, Status::Complete);
    assert_eq!(many_record.status, one_record.status);
    assert_eq!(many_record.bytes, data.len() as u64);
    assert_eq!(many_record.findings, one_record.findings);
    assert_eq!(many_record.severity, one_record.severity);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn split_csv_scans_equal_one_thread(
        rows in prop::collection::vec(prop::collection::vec(0usize..64, 5), 50..400),
        (header, tab, crlf) in (any::<bool>(), any::<bool>(), any::<bool>()),
        block_bytes in 40u64..3000,
        threads in 2usize..4,
    ) {
        assert_split_equals_one_thread(&csv(&rows, header, tab, crlf), block_bytes, threads);
    }

    #[test]
    fn split_json_lines_scans_equal_one_thread(
        records in prop::collection::vec(prop::collection::vec(0usize..64, 1..6), 30..300),
        block_bytes in 40u64..3000,
        threads in 2usize..4,
    ) {
        assert_split_equals_one_thread(&jsonl(&records), block_bytes, threads);
    }

    #[test]
    fn split_text_scans_equal_one_thread(
        pieces in prop::collection::vec(0usize..64, 200..2000),
        block_bytes in 20u64..3000,
        threads in 2usize..4,
    ) {
        assert_split_equals_one_thread(&text(&pieces), block_bytes, threads);
    }

    #[test]
    fn split_text_with_a_short_look_back_scans_equal_one_thread(
        pieces in prop::collection::vec(0usize..64, 500..6000),
        block_bytes in 20u64..6000,
        threads in 2usize..4,
    ) {
        assert_split_equals_one_thread_with(&custom_scanner(), &text(&pieces), block_bytes, threads);
    }

    #[test]
    fn split_csv_with_a_short_look_back_scans_equal_one_thread(
        rows in prop::collection::vec(prop::collection::vec(0usize..64, 5), 200..1500),
        (header, crlf) in (any::<bool>(), any::<bool>()),
        block_bytes in 40u64..6000,
        threads in 2usize..4,
    ) {
        let data = csv(&rows, header, false, crlf);
        assert_split_equals_one_thread_with(&custom_scanner(), &data, block_bytes, threads);
    }
}

#[test]
fn a_match_that_starts_before_the_last_cut_is_reported_once() {
    // The record's match starts at its `{`, lines before its anchor. Wherever the last cut
    // falls inside it, the last block (judged only when it finishes) must not report it
    // beside the session that reached the cut.
    let mut data = Vec::new();
    for i in 0..200 {
        data.extend_from_slice(format!("line {i:03} of filler text here\n").as_bytes());
    }
    data.extend_from_slice(
        b"{\n  \"id\": 7,\n  \"note\": \"badge E123456\",\n  \"kind\": \"secret_record\"\n}\n",
    );
    data.extend_from_slice(b"tail\n");
    // The record starts at byte 5,800: with blocks of 2,900 to 2,945 bytes the second and
    // last cut sweeps over it. (The built-ins' longest match, 16 KiB, keeps cuts further
    // apart than this file is long: only the custom identifiers split it.)
    let scanner = custom_scanner();
    for block_bytes in 2900..2946 {
        assert_split_equals_one_thread_with(&scanner, &data, block_bytes, 2);
    }
}

#[test]
fn one_json_document_is_scanned_by_one_thread_with_the_same_findings() {
    // A pretty-printed document has no record start to resume at: it is not split.
    let mut data = b"{\n  \"people\": [\n".to_vec();
    for i in 0..400 {
        data.extend_from_slice(
            format!(
                "    {{\"id\": {i}, \"phone\": \"+44 20 7946 0958\", \"dob\": \"1984-07-23\"}},\n"
            )
            .as_bytes(),
        );
    }
    data.extend_from_slice(b"    {}\n  ]\n}\n");
    assert_split_equals_one_thread(&data, 256, 2);
}

#[test]
fn a_stop_at_finding_ends_a_split_scan_like_one_thread() {
    // One thread stops at the end of the round (64 KiB here) that holds the first finding
    // this severe, here near the start of a 350 KB file with none after it: PARTIAL, one
    // round scanned, the round's other findings reported.
    let scanner = Scanner::builder()
        .identifiers(builtin())
        .stop_at(trawl_scanner::Severity::Medium)
        .chunk_size(64 << 10)
        .build()
        .unwrap();
    let mut data = Vec::new();
    for _ in 0..300 {
        data.extend_from_slice(b"nothing to see on this line at all\n");
    }
    data.extend_from_slice(b"key AKIAQYLPMN5HHHFPZAM2\n");
    for i in 0..10_000 {
        data.extend_from_slice(format!("line {i}, mail a{i}@corpmail.net\n").as_bytes());
    }
    let file = write(&data);
    let (one, one_record) = scan(&scanner, file.path(), Split::NONE);
    let split = Split {
        threads: 2,
        block_bytes: 32 << 10,
    };
    let (many, many_record) = scan(&scanner, file.path(), split);
    assert_eq!(one, many);
    assert!(one.len() > 1, "the round's other findings are reported");
    assert!(one_record.bytes < data.len() as u64 / 2);
    assert_eq!(one_record.status, Status::Partial);
    assert_eq!(many_record.status, Status::Partial);
    assert_eq!(many_record.reason, one_record.reason);
    assert_eq!(many_record.bytes, one_record.bytes);
    assert_eq!(many_record.findings, one_record.findings);
}
