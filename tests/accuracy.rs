//! Accuracy of the built-in credential identifiers, measured on the labelled corpus in
//! `corpus/generated/credentials` (made by `corpus/gen_credentials.py`; see corpus/README.md).
//!
//! The real binary scans the corpus; each finding is matched to the planted values of
//! `labels.jsonl`: a finding is a true positive when a positive label of the same file and
//! identifier overlaps it, a false alarm otherwise. Per identifier: recall (planted values
//! found) and precision (findings that are planted values) must reach 95 %, and no near miss
//! (a label with a null identifier) may be reported by any identifier.
//!
//! `cargo test --test accuracy -- --nocapture` prints the per-identifier table and every miss
//! and false alarm with its file, line and kind.

use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const CORPUS: &str = "corpus/generated/credentials";
const MIN_RECALL: f64 = 0.95;
const MIN_PRECISION: f64 = 0.95;
/// Fewer planted values than this and one miss moves recall by more than the margin measured.
const MIN_POSITIVES: usize = 20;

struct Label {
    file: String,
    start: u64,
    end: u64,
    /// `None` for a near miss, which nothing may report.
    identifier: Option<String>,
    kind: String,
}

struct Finding {
    file: String,
    identifier: String,
    start: u64,
    end: u64,
    line: u64,
    value: String,
}

#[derive(Default)]
struct Score {
    positives: usize,
    found: usize,
    exact: usize,
    missed: usize,
    false_alarms: usize,
}

impl Score {
    fn recall(&self) -> f64 {
        ratio(self.found, self.positives)
    }

    fn precision(&self) -> f64 {
        ratio(self.found, self.found + self.false_alarms)
    }
}

/// `n / d`, and 1 when there is nothing to count (no findings: no false alarms either).
fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

fn overlaps(a: (u64, u64), b: (u64, u64)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn trawl(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_trawl"))
        .current_dir(root())
        .env_remove("TRAWL_FINGERPRINT_KEY")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("running trawl")
}

fn read_labels(corpus: &Path) -> Vec<Label> {
    let path = corpus.join("labels.jsonl");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run python3 corpus/gen_credentials.py)",
            path.display()
        )
    });
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            let v: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("labels.jsonl:{}: {e}", i + 1));
            let field = |name: &str| {
                v[name]
                    .as_u64()
                    .unwrap_or_else(|| panic!("labels.jsonl:{}: no {name}", i + 1))
            };
            Label {
                file: v["file"].as_str().expect("file").to_string(),
                start: field("start"),
                end: field("end"),
                identifier: v["identifier"].as_str().map(str::to_string),
                kind: v["kind"].as_str().expect("kind").to_string(),
            }
        })
        .collect()
}

/// The ids of the built-in CREDENTIALS identifiers, in their definition order.
fn credential_identifiers() -> Vec<String> {
    let out = trawl(&["identifiers", "list", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: Value = serde_json::from_slice(&out.stdout).expect("identifiers list is JSON");
    list.as_array()
        .expect("an array of identifiers")
        .iter()
        .filter(|i| i["category"] == "CREDENTIALS")
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect()
}

/// 1-based line of byte offset `at` in a corpus file, for messages.
fn line_of(corpus: &Path, file: &str, at: u64, cache: &mut BTreeMap<String, Vec<u8>>) -> usize {
    let bytes = cache
        .entry(file.to_string())
        .or_insert_with(|| fs::read(corpus.join(file)).unwrap_or_default());
    let at = (at as usize).min(bytes.len());
    1 + bytes[..at].iter().filter(|&&b| b == b'\n').count()
}

fn shorten(value: &str) -> String {
    let flat = value.replace('\r', "\\r").replace('\n', "\\n");
    if flat.chars().count() <= 60 {
        flat
    } else {
        format!("{}...", flat.chars().take(57).collect::<String>())
    }
}

#[test]
fn credential_identifiers_reach_precision_and_recall_targets() {
    let corpus = root().join(CORPUS);
    let labels = read_labels(&corpus);
    let identifiers = credential_identifiers();

    // Every labelled file is scanned, whatever ignore files the machine has.
    let out = trawl(&[
        "scan",
        "--format",
        "jsonl",
        "--show-secrets",
        "--no-ignore",
        CORPUS,
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records: Vec<Value> = String::from_utf8(out.stdout)
        .expect("stdout is UTF-8")
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect();
    let prefix = format!("{CORPUS}/");
    let relative = |source: &Value| -> String {
        let source = source.as_str().expect("source");
        source.strip_prefix(&prefix).unwrap_or(source).to_string()
    };

    let mut statuses = BTreeMap::new();
    for object in records.iter().filter(|r| r["type"] == "object") {
        statuses.insert(
            relative(&object["source"]),
            object["status"].as_str().unwrap_or("?").to_string(),
        );
    }
    for label in &labels {
        assert_eq!(
            statuses.get(&label.file).map(String::as_str),
            Some("COMPLETE"),
            "{} is labelled but was not scanned completely",
            label.file
        );
        assert!(
            label.start < label.end,
            "empty label in {}: {}",
            label.file,
            label.kind
        );
        if let Some(id) = &label.identifier {
            assert!(
                identifiers.contains(id),
                "label for unknown identifier {id} in {}",
                label.file
            );
        }
    }

    let findings: Vec<Finding> = records
        .iter()
        .filter(|r| r["type"] == "finding" && r["category"] == "CREDENTIALS")
        .map(|f| Finding {
            file: relative(&f["source"]),
            identifier: f["identifier"].as_str().expect("identifier").to_string(),
            start: f["start"].as_u64().expect("start"),
            end: f["end"].as_u64().expect("end"),
            line: f["line"].as_u64().unwrap_or(0),
            value: f["match"].as_str().unwrap_or("").to_string(),
        })
        .collect();

    let mut by_file: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, label) in labels.iter().enumerate() {
        by_file.entry(label.file.as_str()).or_default().push(i);
    }
    let mut scores: BTreeMap<&str, Score> = identifiers
        .iter()
        .map(|id| (id.as_str(), Score::default()))
        .collect();
    for label in &labels {
        if let Some(id) = &label.identifier {
            scores.get_mut(id.as_str()).unwrap().positives += 1;
        }
    }

    let mut lines = BTreeMap::new();
    let mut failures = Vec::new();
    let mut found = vec![false; labels.len()];
    let mut exact = vec![false; labels.len()];
    for f in &findings {
        let span = (f.start, f.end);
        let candidates = by_file
            .get(f.file.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let mut matched = false;
        for &i in candidates {
            let label = &labels[i];
            if label.identifier.as_deref() == Some(f.identifier.as_str())
                && overlaps(span, (label.start, label.end))
            {
                matched = true;
                found[i] = true;
                exact[i] |= span == (label.start, label.end);
            }
        }
        if !matched {
            scores
                .get_mut(f.identifier.as_str())
                .expect("a built-in credential identifier")
                .false_alarms += 1;
            let under: Vec<&Label> = candidates
                .iter()
                .map(|&i| &labels[i])
                .filter(|l| overlaps(span, (l.start, l.end)))
                .collect();
            // One on a near miss is listed below with the near miss.
            if under.is_empty() || under.iter().any(|l| l.identifier.is_some()) {
                let on = if under.is_empty() {
                    "unlabelled text".to_string()
                } else {
                    under
                        .iter()
                        .map(|l| l.kind.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                failures.push(format!(
                    "false alarm  {:<27} {}:{}  {:?}  on: {on}",
                    f.identifier,
                    f.file,
                    f.line,
                    shorten(&f.value)
                ));
            }
        }
    }
    for (i, label) in labels.iter().enumerate() {
        let line = line_of(&corpus, &label.file, label.start, &mut lines);
        match &label.identifier {
            Some(id) => {
                let score = scores.get_mut(id.as_str()).unwrap();
                if found[i] {
                    score.found += 1;
                    score.exact += usize::from(exact[i]);
                } else {
                    score.missed += 1;
                    failures.push(format!(
                        "missed       {id:<27} {}:{line}  {}",
                        label.file, label.kind
                    ));
                }
            }
            None => {
                let reported: Vec<&str> = findings
                    .iter()
                    .filter(|f| {
                        f.file == label.file && overlaps((f.start, f.end), (label.start, label.end))
                    })
                    .map(|f| f.identifier.as_str())
                    .collect();
                if !reported.is_empty() {
                    failures.push(format!(
                        "near miss    {:<27} {}:{line}  {}",
                        reported.join(", "),
                        label.file,
                        label.kind
                    ));
                }
            }
        }
    }

    println!();
    println!(
        "{:<28} {:>7} {:>6} {:>6} {:>7} {:>6} {:>9} {:>7}",
        "identifier", "planted", "found", "missed", "f.alarm", "exact", "precision", "recall"
    );
    let mut below = Vec::new();
    for id in &identifiers {
        let s = &scores[id.as_str()];
        println!(
            "{:<28} {:>7} {:>6} {:>6} {:>7} {:>6} {:>9.3} {:>7.3}",
            id,
            s.positives,
            s.found,
            s.missed,
            s.false_alarms,
            s.exact,
            s.precision(),
            s.recall()
        );
        if s.positives < MIN_POSITIVES {
            below.push(format!(
                "{id}: only {} planted values (corpus needs at least {MIN_POSITIVES})",
                s.positives
            ));
        }
        if s.recall() < MIN_RECALL {
            below.push(format!("{id}: recall {:.3} < {MIN_RECALL}", s.recall()));
        }
        if s.precision() < MIN_PRECISION {
            below.push(format!(
                "{id}: precision {:.3} < {MIN_PRECISION}",
                s.precision()
            ));
        }
    }
    let negatives = labels.iter().filter(|l| l.identifier.is_none()).count();
    println!(
        "{} planted values, {negatives} near misses, {} findings",
        labels.len() - negatives,
        findings.len()
    );
    if failures.is_empty() {
        println!("no misses, no false alarms");
    } else {
        println!("\n{}", failures.join("\n"));
    }
    let negatives_reported = failures
        .iter()
        .filter(|f| f.starts_with("near miss"))
        .count();
    if negatives_reported > 0 {
        below.push(format!("{negatives_reported} near miss(es) reported"));
    }
    // The table and the list of misses and false alarms are on stdout, shown for a failure.
    assert!(
        below.is_empty(),
        "credential accuracy below target:\n  {}",
        below.join("\n  ")
    );
}
