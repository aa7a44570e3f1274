//! `--results-format macie`: the results file holds a record per object (and per archive
//! member) in the shape of Amazon Macie's sensitive data discovery results. Each record
//! validates against a JSON Schema written from Macie's documentation
//! (tests/fixtures/macie-discovery-result.schema.json), its counts equal a findings run's, and
//! its occurrences use Macie's location schema (cells, records, line ranges).

mod support;

use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use support::{run, stderr, with_luhn, GITHUB_TOKEN};

const SCHEMA: &str = "tests/fixtures/macie-discovery-result.schema.json";

/// A CSV of `n` rows (an e-mail address and a card number under a header).
fn customers(n: usize) -> String {
    let mut csv = String::from("email,card\n");
    for i in 0..n {
        let card = with_luhn(&format!("455673758689{:03}", 100 + i));
        csv.push_str(&format!("user{i}@posteo.de,{card}\n"));
    }
    csv
}

fn zip(path: &Path, members: &[(&str, &[u8])]) {
    fs::write(path, support::archives::zip(members)).unwrap();
}

/// A folder with a CSV, a JSON Lines file, a text file with a token on line 3, a custom
/// identifier's value, a zip of two members and a binary file.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("customers.csv"), customers(40)).unwrap();
    fs::write(
        root.join("events.jsonl"),
        "{\"id\":1}\n{\"id\":2,\"user\":{\"email\":\"jana.novak@posteo.de\"}}\n",
    )
    .unwrap();
    fs::write(
        root.join("deploy.txt"),
        format!("# deploy\nsteps:\n  run: export TOKEN={GITHUB_TOKEN}\nbadge E123456\n"),
    )
    .unwrap();
    let csv = customers(2);
    let env = format!("GITHUB_TOKEN={GITHUB_TOKEN}\n");
    zip(
        &root.join("backup.zip"),
        &[
            ("db/customers.csv", csv.as_bytes()),
            ("ci.env", env.as_bytes()),
        ],
    );
    fs::write(root.join("blob.bin"), b"\x00\x01\x02binary\x00").unwrap();
    fs::write(
        root.join("trawl.toml"),
        "[[identifier]]\nid = \"EMPLOYEE_ID\"\nname = \"Employee id\"\nregex = 'E\\d{6}'\n\
         keywords = [\"badge\"]\nkeyword_required = true\n",
    )
    .unwrap();
    dir
}

fn read_results(path: &Path) -> Vec<Value> {
    support::jsonl(&fs::read_to_string(path).unwrap())
}

/// The records by `(key, member path)`.
fn by_object(records: &[Value]) -> BTreeMap<(String, String), Value> {
    records
        .iter()
        .map(|r| {
            let object = &r["resourcesAffected"]["s3Object"];
            let member = object["embeddedFileDetails"]["filePath"]
                .as_str()
                .unwrap_or("")
                .to_string();
            (
                (object["key"].as_str().unwrap().to_string(), member),
                r.clone(),
            )
        })
        .collect()
}

/// `type` → `(count, occurrences)` across managed and custom detections.
fn detections(record: &Value) -> BTreeMap<String, (u64, Value)> {
    let result = &record["classificationDetails"]["result"];
    let mut out = BTreeMap::new();
    for item in result["sensitiveData"].as_array().unwrap() {
        for d in item["detections"].as_array().unwrap() {
            let id = d["type"].as_str().unwrap().to_string();
            out.insert(id, (d["count"].as_u64().unwrap(), d["occurrences"].clone()));
        }
    }
    for d in result["customDataIdentifiers"]["detections"]
        .as_array()
        .unwrap()
    {
        let id = d["name"].as_str().unwrap().to_string();
        out.insert(id, (d["count"].as_u64().unwrap(), d["occurrences"].clone()));
    }
    out
}

#[test]
fn records_validate_against_macie_schema_and_count_like_findings() {
    let dir = folder();
    let out_dir = tempfile::tempdir().unwrap();
    let results = out_dir.path().join("results.jsonl");
    let out = run(
        dir.path(),
        &[
            "scan",
            "--format",
            "jsonl",
            "--results",
            results.to_str().unwrap(),
            "--results-format",
            "macie",
            ".",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let records = read_results(&results);
    support::python::assert_valid_json(SCHEMA, "Draft7Validator", &records);
    let text = fs::read_to_string(&results).unwrap();
    assert!(!text.contains(GITHUB_TOKEN), "no value in Macie's records");
    assert!(!text.contains("\"type\":\"summary\""));

    // One record per object and per archive member, none per finding.
    let objects = by_object(&records);
    let keys: Vec<_> = objects.keys().cloned().collect();
    let key = |k: &str, m: &str| (format!("./{k}"), m.to_string());
    for expected in [
        key("customers.csv", ""),
        key("events.jsonl", ""),
        key("deploy.txt", ""),
        key("backup.zip", ""),
        key("backup.zip", "db/customers.csv"),
        key("backup.zip", "ci.env"),
        key("blob.bin", ""),
        key("trawl.toml", ""),
    ] {
        assert!(objects.contains_key(&expected), "{expected:?} in {keys:?}");
    }
    assert_eq!(objects.len(), 8, "{keys:?}");

    // Counts per object equal the findings of a findings run (its stdout).
    let mut findings: BTreeMap<(String, String), BTreeMap<String, u64>> = BTreeMap::new();
    for f in support::records(&out)
        .iter()
        .filter(|r| r["type"] == "finding")
    {
        let member = f["container"]
            .as_array()
            .map(|c| {
                c.iter()
                    .map(|m| m.as_str().unwrap())
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .unwrap_or_default();
        // Custom identifiers are named in Macie's records, as Macie names them.
        let id = match f["category"].as_str() {
            Some("CUSTOM") => f["name"].as_str().unwrap().to_string(),
            _ => f["identifier"].as_str().unwrap().to_string(),
        };
        let source = f["source"].as_str().unwrap().to_string();
        *findings
            .entry((source.clone(), member.clone()))
            .or_default()
            .entry(id.clone())
            .or_default() += 1;
        if !member.is_empty() {
            // The archive's own record adds up its members'.
            *findings
                .entry((source, String::new()))
                .or_default()
                .entry(id)
                .or_default() += 1;
        }
    }
    for (object, record) in &objects {
        let counted: BTreeMap<String, u64> = detections(record)
            .into_iter()
            .map(|(id, (count, _))| (id, count))
            .collect();
        let expected = findings.get(object).cloned().unwrap_or_default();
        assert_eq!(counted, expected, "{object:?}");
    }

    // CSV: cells, the header being row 1; column number and name.
    let csv = &objects[&key("customers.csv", "")];
    let result = &csv["classificationDetails"]["result"];
    assert_eq!(result["status"]["code"], "COMPLETE");
    assert!(result["status"]["reason"].is_null());
    assert_eq!(result["mimeType"], "text/csv");
    assert_eq!(result["additionalOccurrences"], false);
    let (count, occurrences) = &detections(csv)["CREDIT_CARD_NUMBER"];
    assert_eq!(*count, 40);
    let cells = occurrences["cells"].as_array().unwrap();
    assert_eq!(cells.len(), 40);
    assert_eq!(cells[0]["row"], 2);
    assert_eq!(cells[0]["column"], 2);
    assert_eq!(cells[0]["columnName"], "card");
    assert!(cells[0]["cellReference"].is_null());
    assert_eq!(cells[39]["row"], 41);
    let category = result["sensitiveData"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == "FINANCIAL_INFORMATION")
        .unwrap();
    assert_eq!(category["totalCount"], 40);
    assert_eq!(csv["type"], "SensitiveData:S3Object/Multiple");
    assert_eq!(
        csv["resourcesAffected"]["s3Object"]["size"],
        customers(40).len()
    );
    assert!(csv["resourcesAffected"]["s3Bucket"].is_null());

    // JSON Lines: records with their index and path.
    let events = &objects[&key("events.jsonl", "")];
    let (_, occurrences) = &detections(events)["EMAIL_ADDRESS"];
    assert_eq!(
        occurrences["records"],
        serde_json::json!([{"recordIndex": 1, "jsonPath": "$.user.email"}])
    );
    assert_eq!(events["type"], "SensitiveData:S3Object/Personal");

    // Text: line ranges with the start column; a custom identifier under its own heading.
    let deploy = &objects[&key("deploy.txt", "")];
    let (_, occurrences) = &detections(deploy)["GITHUB_TOKEN"];
    assert_eq!(
        occurrences["lineRanges"],
        serde_json::json!([{"start": 3, "end": 3, "startColumn": 21}])
    );
    let custom = &deploy["classificationDetails"]["result"]["customDataIdentifiers"];
    assert_eq!(custom["totalCount"], 1);
    assert_eq!(custom["detections"][0]["name"], "Employee id");
    assert_eq!(
        custom["detections"][0]["occurrences"]["lineRanges"][0]["start"],
        4
    );
    assert_eq!(deploy["severity"]["description"], "High");

    // An archive: members located in their own records, the archive's counts adding them up.
    let member = &objects[&key("backup.zip", "db/customers.csv")];
    let embedded = &member["resourcesAffected"]["s3Object"]["embeddedFileDetails"];
    assert_eq!(embedded["fileExtension"], "csv");
    assert_eq!(embedded["fileSize"], customers(2).len());
    assert_eq!(
        detections(member)["CREDIT_CARD_NUMBER"].1["cells"][1]["row"],
        3
    );
    let archive = &objects[&key("backup.zip", "")];
    assert_eq!(
        archive["classificationDetails"]["result"]["mimeType"],
        "application/zip"
    );
    assert_eq!(
        archive["classificationDetails"]["result"]["additionalOccurrences"],
        false
    );
    assert_eq!(detections(archive)["GITHUB_TOKEN"].0, 1);

    // A skipped object: Macie's reason for the same cause.
    let blob = &objects[&key("blob.bin", "")];
    let status = &blob["classificationDetails"]["result"]["status"];
    assert_eq!(status["code"], "SKIPPED");
    assert_eq!(status["reason"], "UNSUPPORTED_FILE_TYPE_EXCEPTION");
    assert!(blob["type"].is_null());
    assert_eq!(
        blob["classificationDetails"]["detailedResultsLocation"],
        results.display().to_string()
    );
}

#[test]
fn occurrences_are_capped_and_the_cap_is_said() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("customers.csv"), customers(40)).unwrap();
    let results = dir.path().join("results.jsonl.gz");
    // With --report objects on standard output too: both take their occurrences.
    let out = run(
        dir.path(),
        &[
            "scan",
            "--report",
            "objects",
            "--format",
            "jsonl",
            "--max-occurrences",
            "5",
            "--results",
            results.to_str().unwrap(),
            "--results-format",
            "macie",
            "customers.csv",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let mut text = String::new();
    use std::io::Read;
    flate2::read::MultiGzDecoder::new(fs::File::open(&results).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    let records = support::jsonl(&text);
    assert_eq!(records.len(), 1);
    support::python::assert_valid_json(SCHEMA, "Draft7Validator", &records);
    let (count, occurrences) = &detections(&records[0])["CREDIT_CARD_NUMBER"];
    assert_eq!(*count, 40);
    assert_eq!(occurrences["cells"].as_array().unwrap().len(), 5);
    assert_eq!(
        records[0]["classificationDetails"]["result"]["additionalOccurrences"],
        true
    );
    let object = support::records(&out)
        .into_iter()
        .find(|r| r["type"] == "object")
        .unwrap();
    let detection = object["detections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["identifier"] == "CREDIT_CARD_NUMBER")
        .unwrap()
        .clone();
    assert_eq!(detection["count"], 40);
    assert_eq!(detection["occurrences"].as_array().unwrap().len(), 5);
}

#[test]
fn macie_format_without_a_results_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["scan", "--results-format", "macie", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--results"), "{}", stderr(&out));
}
