//! Object-level results (`--report objects`): no finding records; each object's record gives
//! per identifier its exact count, severity and first occurrences; the summary adds totals per
//! prefix. Counts agree with a findings run, baselines filter before counting, results files
//! and the configuration file take the mode, and SARIF refuses it.

mod support;

use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use support::{run, stderr, stdout, with_luhn, GITHUB_TOKEN};

/// A directory of two CSV exports (40 and 3 rows of an e-mail address and a card number) and a
/// config file with a token, in two folders.
fn exports() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("exports/2024")).unwrap();
    fs::create_dir_all(dir.path().join("config")).unwrap();
    let rows = |n: usize, first: usize| {
        let mut csv = String::from("email,card\n");
        for i in first..first + n {
            // Luhn-valid Visa numbers: 4556 7375 8689 9xxx with the check digit.
            let body = format!("455673758689{i:03}");
            csv.push_str(&format!("user{i}@posteo.de,{}\n", with_luhn(&body)));
        }
        csv
    };
    fs::write(dir.path().join("exports/2024/big.csv"), rows(40, 100)).unwrap();
    fs::write(dir.path().join("exports/small.csv"), rows(3, 500)).unwrap();
    fs::write(
        dir.path().join("config/ci.env"),
        format!("GITHUB_TOKEN={GITHUB_TOKEN}\n"),
    )
    .unwrap();
    dir
}

fn records(out: &std::process::Output) -> Vec<Value> {
    support::records(out)
}

fn objects_by_source(records: &[Value]) -> BTreeMap<String, Value> {
    records
        .iter()
        .filter(|r| r["type"] == "object")
        .map(|r| (r["source"].as_str().unwrap().to_string(), r.clone()))
        .collect()
}

fn detection<'a>(object: &'a Value, id: &str) -> &'a Value {
    object["detections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["identifier"] == id)
        .unwrap_or_else(|| panic!("no {id} in {object}"))
}

#[test]
fn object_records_carry_exact_counts_and_sampled_occurrences() {
    let dir = exports();
    let findings = run(
        dir.path(),
        &["scan", "--format", "jsonl", "--no-config", "."],
    );
    assert_eq!(findings.status.code(), Some(1), "{}", stderr(&findings));
    let out = run(
        dir.path(),
        &[
            "scan",
            "--report",
            "objects",
            "--max-occurrences",
            "5",
            "--format",
            "jsonl",
            "--no-config",
            ".",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let records = records(&out);
    assert!(records.iter().all(|r| r["type"] != "finding"));
    let by_source = objects_by_source(&records);
    let expected = objects_by_source(&support::records(&findings));
    for (source, object) in &by_source {
        // The same exact counts as a run that reports every finding.
        assert_eq!(object["findings"], expected[source]["findings"], "{source}");
    }
    let big = &by_source["./exports/2024/big.csv"];
    let cards = detection(big, "CREDIT_CARD_NUMBER");
    assert_eq!(cards["count"], 40);
    assert_eq!(cards["severity"], "HIGH");
    assert_eq!(cards["category"], "FINANCIAL");
    let occurrences = cards["occurrences"].as_array().unwrap();
    assert_eq!(occurrences.len(), 5);
    // The first ones in order, each located, redacted and fingerprinted.
    assert_eq!(occurrences[0]["line"], 2);
    assert_eq!(occurrences[4]["line"], 6);
    assert_eq!(occurrences[0]["location"]["column_name"], "card");
    assert!(occurrences[0]["match"].as_str().unwrap().contains('*'));
    assert!(occurrences[0]["fingerprint"].is_string());
    assert!(occurrences[0].get("source").is_none());
    // Detections by severity: the card (HIGH) before the e-mail address (LOW).
    assert_eq!(big["detections"][0]["identifier"], "CREDIT_CARD_NUMBER");
    assert_eq!(detection(big, "EMAIL_ADDRESS")["count"], 40);
    assert_eq!(
        detection(&by_source["./exports/small.csv"], "EMAIL_ADDRESS")["occurrences"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    // No value in clear anywhere.
    assert!(!stdout(&out).contains("user7@posteo.de"));
    assert!(!stdout(&out).contains(GITHUB_TOKEN));

    let summary = records.iter().find(|r| r["type"] == "summary").unwrap();
    assert_eq!(summary["findings"], 87);
    assert_eq!(summary["by_identifier"]["CREDIT_CARD_NUMBER"], 43);
    assert_eq!(summary["by_prefix"]["./exports/"]["CREDIT_CARD_NUMBER"], 43);
    assert_eq!(summary["by_prefix"]["./config/"]["GITHUB_TOKEN"], 1);
}

#[test]
fn the_human_report_has_a_table_per_object_and_one_per_identifier() {
    let dir = exports();
    let out = run(
        dir.path(),
        &["scan", "--report", "objects", "--no-config", "exports"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("exports/2024/big.csv\n"), "{text}");
    let card_line = text
        .lines()
        .skip_while(|l| *l != "exports/2024/big.csv")
        .find(|l| l.trim_start().starts_with("CREDIT_CARD_NUMBER"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        card_line.contains("HIGH") && card_line.contains(" 40 "),
        "{card_line}"
    );
    // `user100@posteo.de,` then the card: column 19 of lines 2, 3, 4, and more.
    assert!(card_line.ends_with("2:19, 3:19, 4:19, …"), "{card_line}");
    // The closing table: card (HIGH) before e-mail (LOW), with totals.
    let closing: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("identifier"))
        .collect();
    assert!(closing[1].starts_with("CREDIT_CARD_NUMBER") && closing[1].ends_with("43"));
    assert!(closing[2].starts_with("EMAIL_ADDRESS") && closing[2].ends_with("43"));
    assert!(
        stderr(&out).contains("86 findings in 2 objects"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_baseline_filters_before_counting() {
    let dir = exports();
    let baseline = run(
        dir.path(),
        &["baseline", "create", "--no-config", "exports/small.csv"],
    );
    assert_eq!(baseline.status.code(), Some(0), "{}", stderr(&baseline));
    fs::write(dir.path().join("baseline.json"), &baseline.stdout).unwrap();
    let out = run(
        dir.path(),
        &[
            "scan",
            "--report",
            "objects",
            "--baseline",
            "baseline.json",
            "--max-occurrences",
            "2",
            "--format",
            "jsonl",
            "--no-config",
            "exports",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let records = records(&out);
    let by_source = objects_by_source(&records);
    // Every finding of small.csv was accepted: no detection left there.
    let small = &by_source["exports/small.csv"];
    assert_eq!(small["findings"], serde_json::json!({}));
    assert!(small.get("detections").is_none(), "{small}");
    let big = &by_source["exports/2024/big.csv"];
    assert_eq!(detection(big, "CREDIT_CARD_NUMBER")["count"], 40);
    assert_eq!(
        detection(big, "CREDIT_CARD_NUMBER")["occurrences"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let summary = records.iter().find(|r| r["type"] == "summary").unwrap();
    assert_eq!(summary["findings"], 80);
}

#[test]
fn results_files_and_the_configuration_file_take_the_mode() {
    let dir = exports();
    fs::write(
        dir.path().join("trawl.toml"),
        "[scan]\nreport = \"objects\"\n",
    )
    .unwrap();
    let results = dir.path().join("results.jsonl");
    let out = run(
        dir.path(),
        &[
            "scan",
            "--format",
            "jsonl",
            "--results",
            results.to_str().unwrap(),
            "exports",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let stored = fs::read_to_string(&results).unwrap();
    let stored: Vec<Value> = stored
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(stored.iter().all(|r| r["type"] != "finding"));
    let object = stored
        .iter()
        .find(|r| r["source"] == "exports/2024/big.csv")
        .unwrap();
    assert_eq!(detection(object, "EMAIL_ADDRESS")["count"], 40);
    assert_eq!(
        detection(object, "EMAIL_ADDRESS")["occurrences"]
            .as_array()
            .unwrap()
            .len(),
        15,
        "the default --max-occurrences"
    );

    fs::write(dir.path().join("trawl.toml"), "[scan]\nreport = \"rows\"\n").unwrap();
    let bad = run(dir.path(), &["scan", "exports"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("scan.report"), "{}", stderr(&bad));
}

#[test]
fn sarif_and_baselines_are_per_finding() {
    let dir = exports();
    for args in [
        &[
            "scan", "--report", "objects", "--format", "sarif", "exports",
        ][..],
        &["baseline", "create", "--report", "objects", "exports"],
    ] {
        let out = run(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("--report objects"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn archive_members_count_toward_their_archive() {
    let dir = exports();
    let zip_path = dir.path().join("bundle.zip");
    let env = format!("GITHUB_TOKEN={GITHUB_TOKEN}\n");
    fs::write(
        &zip_path,
        support::archives::zip(&[("inner/ci.env", env.as_bytes())]),
    )
    .unwrap();
    let out = run(
        dir.path(),
        &[
            "scan",
            "--report",
            "objects",
            "--format",
            "jsonl",
            "--no-config",
            "bundle.zip",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let records = records(&out);
    let top = records
        .iter()
        .find(|r| r["type"] == "object" && r.get("container").is_none())
        .unwrap();
    let token = detection(top, "GITHUB_TOKEN");
    assert_eq!(token["count"], 1);
    assert_eq!(token["occurrences"][0]["container"][0], "inner/ci.env");
}
