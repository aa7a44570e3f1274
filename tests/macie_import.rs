//! `trawl identifiers import-macie`: Macie's custom data identifiers and allow lists, in the
//! shapes its API documents, become trawl.toml tables that load back to the same settings and
//! find what Macie would.

mod support;

use std::fs;
use support::{run, stderr, stdout};
use trawl_scanner::identifiers::{parse_config, Severity};

/// A `get-custom-data-identifier` response, as the Macie API reference documents its fields.
const GET_RESPONSE: &str = r#"{
  "arn": "arn:aws:macie2:us-east-1:123456789012:custom-data-identifier/3293a69d-4a1e-4a07-8715-208ddexample",
  "createdAt": "2026-11-20T18:22:01.552Z",
  "deleted": false,
  "description": "Employee IDs: EMP- and six digits",
  "id": "3293a69d-4a1e-4a07-8715-208ddexample",
  "ignoreWords": ["EMP-000000"],
  "keywords": ["employee id", "badge"],
  "maximumMatchDistance": 30,
  "name": "Employee ID",
  "regex": "EMP-\\d{6}",
  "severityLevels": [
    {"occurrencesThreshold": 1, "severity": "LOW"},
    {"occurrencesThreshold": 50, "severity": "MEDIUM"},
    {"occurrencesThreshold": 100, "severity": "HIGH"}
  ],
  "tags": {"team": "security"}
}"#;

/// A list: the `CreateCustomDataIdentifier` request shape, an identifier whose regex uses
/// look-ahead (which trawl's engine cannot run), and two allow lists.
const LIST: &str = r#"[
  {"clientToken": "c0ffee", "name": "Project code", "regex": "PRJ-[0-9]{4}",
   "keywords": ["project"], "description": "Internal project codes"},
  {"name": "Lookahead", "regex": "(?=[A-Z]{3})[A-Z0-9]{8}"},
  {"name": "Test keys", "criteria": {"regex": "AKIA[A-Z0-9]{12}TEST"}},
  {"name": "Known values", "criteria": {"s3WordsList":
     {"bucketName": "security-lists", "objectKey": "allow/known-values.txt"}}}
]"#;

#[test]
fn a_custom_data_identifier_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("macie.json"), GET_RESPONSE).unwrap();
    let out = run(dir.path(), &["identifiers", "import-macie", "macie.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let toml = stdout(&out);
    fs::write(dir.path().join("trawl.toml"), &toml).unwrap();

    // Loaded back: the settings Macie had.
    let config = parse_config(&toml, "trawl.toml", dir.path()).unwrap();
    let id = &config.identifiers[0];
    assert_eq!(id.id, "EMPLOYEE_ID");
    assert_eq!(id.name, "Employee ID");
    assert_eq!(
        id.description.as_deref(),
        Some("Employee IDs: EMP- and six digits")
    );
    assert_eq!(id.regex, "EMP-\\d{6}");
    assert_eq!(id.keywords, ["employee id", "badge"]);
    assert!(id.keyword_required, "Macie's keywords must precede a match");
    assert_eq!(id.maximum_match_distance, 30);
    assert_eq!(id.ignore_words, ["EMP-000000"]);
    let levels: Vec<(u64, Severity)> = id
        .severity_levels
        .iter()
        .map(|l| (l.occurrences_threshold, l.severity))
        .collect();
    assert_eq!(
        levels,
        [
            (1, Severity::Low),
            (50, Severity::Medium),
            (100, Severity::High)
        ]
    );

    // And it finds what Macie would: a keyword in reach, not the ignore word.
    fs::write(
        dir.path().join("hr.txt"),
        "badge EMP-482913\nemployee id EMP-000000\nand a line long enough to put the keyword out of reach\nEMP-771204 without keyword\n",
    )
    .unwrap();
    let scan = run(
        dir.path(),
        &[
            "scan",
            "--format",
            "jsonl",
            "--identifiers",
            "EMPLOYEE_ID",
            "hr.txt",
        ],
    );
    let found: Vec<String> = support::records(&scan)
        .iter()
        .filter(|r| r["type"] == "finding")
        .map(|r| r["line"].to_string())
        .collect();
    assert_eq!(found, ["1"], "{}", stdout(&scan));
}

#[test]
fn lists_requests_and_allow_lists_import_and_what_cannot_is_said() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("list.json"), LIST).unwrap();
    let out = run(dir.path(), &["identifiers", "import-macie", "list.json"]);
    // The look-ahead identifier is not imported: exit 1, with the reason, the rest printed.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("list.json: entry 2 (\"Lookahead\") not imported"),
        "{err}"
    );
    let toml = stdout(&out);
    assert!(!toml.contains("LOOKAHEAD"));
    // The word list, downloaded beside trawl.toml as the comment says.
    fs::write(dir.path().join("known-values.txt"), "PRJ-1234\n").unwrap();
    let config = parse_config(&toml, "trawl.toml", dir.path()).unwrap();
    assert_eq!(config.identifiers.len(), 1);
    assert_eq!(config.identifiers[0].id, "PROJECT_CODE");
    assert!(
        toml.contains("regexes = [\n  \"AKIA[A-Z0-9]{12}TEST\""),
        "{toml}"
    );
    assert!(
        toml.contains("\"known-values.txt\",  # allow list \"Known values\": download s3://security-lists/allow/known-values.txt here"),
        "{toml}"
    );

    // Its values are allowed.
    fs::write(dir.path().join("trawl.toml"), &toml).unwrap();
    fs::write(
        dir.path().join("plan.txt"),
        "project PRJ-1234\nproject PRJ-5678\n",
    )
    .unwrap();
    let scan = run(dir.path(), &["scan", "--format", "jsonl", "plan.txt"]);
    let values: Vec<String> = support::records(&scan)
        .iter()
        .filter(|r| r["type"] == "finding" && r["identifier"] == "PROJECT_CODE")
        .map(|r| r["line"].to_string())
        .collect();
    assert_eq!(values, ["2"], "{}", stdout(&scan));
}

#[test]
fn bad_input_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.json"), "not json").unwrap();
    let out = run(dir.path(), &["identifiers", "import-macie", "notes.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("notes.json: not JSON"),
        "{}",
        stderr(&out)
    );
    fs::write(
        dir.path().join("summaries.json"),
        r#"{"customDataIdentifiers": [{"id": "x", "name": "Only a summary"}]}"#,
    )
    .unwrap();
    let out = run(
        dir.path(),
        &["identifiers", "import-macie", "summaries.json"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("get-custom-data-identifier"),
        "{}",
        stderr(&out)
    );
}
