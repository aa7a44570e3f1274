//! Running `trawl scan --format jsonl` over fixtures and reading what it says: the findings,
//! the top-level and member records, and assertions on them (tests/formats.rs and
//! tests/documents.rs).

use super::trawl;
use serde_json::Value;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

/// One `trawl scan --format jsonl --show-secrets` run, parsed.
pub struct Scan {
    pub code: i32,
    pub records: Vec<Value>,
    pub stdout: String,
    pub stderr: String,
}

impl Scan {
    pub fn from_output(out: Output) -> Scan {
        let stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
        let stderr = String::from_utf8(out.stderr).expect("stderr is UTF-8");
        let records = stdout
            .lines()
            .map(|line| {
                serde_json::from_str(line)
                    .unwrap_or_else(|e| panic!("not JSON ({e}): {line}\nstderr: {stderr}"))
            })
            .collect();
        Scan {
            code: out.status.code().expect("trawl exited normally"),
            records,
            stdout,
            stderr,
        }
    }

    /// The whole output, for assertion messages.
    pub fn dump(&self) -> String {
        format!(
            "exit {}\nstdout:\n{}stderr:\n{}",
            self.code, self.stdout, self.stderr
        )
    }

    pub fn of_type(&self, kind: &str) -> Vec<&Value> {
        self.records.iter().filter(|r| r["type"] == kind).collect()
    }

    pub fn findings(&self) -> Vec<&Value> {
        self.of_type("finding")
    }

    pub fn findings_of(&self, identifier: &str) -> Vec<&Value> {
        self.findings()
            .into_iter()
            .filter(|f| f["identifier"] == identifier)
            .collect()
    }

    /// The one finding of `identifier`.
    pub fn finding(&self, identifier: &str) -> &Value {
        let found = self.findings_of(identifier);
        assert_eq!(
            found.len(),
            1,
            "expected one {identifier} finding\n{}",
            self.dump()
        );
        found[0]
    }

    pub fn objects(&self) -> Vec<&Value> {
        self.of_type("object")
    }

    /// The record of the top-level input `source` (the one without a container).
    pub fn top(&self, source: &str) -> &Value {
        let tops: Vec<_> = self
            .objects()
            .into_iter()
            .filter(|o| o["source"] == source && o.get("container").is_none())
            .collect();
        assert_eq!(
            tops.len(),
            1,
            "expected one top-level record for {source}\n{}",
            self.dump()
        );
        tops[0]
    }

    /// The records of members (those with a container).
    pub fn members(&self) -> Vec<&Value> {
        self.objects()
            .into_iter()
            .filter(|o| o.get("container").is_some())
            .collect()
    }

    /// The record of the member at `container`.
    pub fn member(&self, container: &[&str]) -> &Value {
        let found: Vec<_> = self
            .members()
            .into_iter()
            .filter(|o| container_of(o) == container)
            .collect();
        assert_eq!(
            found.len(),
            1,
            "expected one record for member {container:?}\n{}",
            self.dump()
        );
        found[0]
    }

    pub fn assert_code(&self, code: i32) {
        assert_eq!(self.code, code, "exit code\n{}", self.dump());
    }
}

/// Runs `trawl scan --format jsonl --show-secrets ARGS` in `dir`.
pub fn scan(dir: &Path, args: &[&str]) -> Scan {
    let out = trawl()
        .current_dir(dir)
        .args(["scan", "--format", "jsonl", "--show-secrets"])
        .args(args)
        .output()
        .expect("running trawl");
    Scan::from_output(out)
}

/// Runs `trawl scan --format jsonl --show-secrets -` with `input` on standard input.
pub fn scan_stdin(dir: &Path, input: &[u8]) -> Scan {
    let mut child = trawl()
        .current_dir(dir)
        .args(["scan", "--format", "jsonl", "--show-secrets", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("running trawl");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // Written from another thread so a full stdout pipe cannot deadlock the test.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().expect("writing standard input");
    Scan::from_output(out)
}

/// A record's `container`, or an empty list when it has none.
pub fn container_of(record: &Value) -> Vec<String> {
    match record.get("container") {
        None => Vec::new(),
        Some(list) => list
            .as_array()
            .unwrap_or_else(|| panic!("container is not a list: {record}"))
            .iter()
            .map(|v| {
                v.as_str()
                    .expect("container entries are strings")
                    .to_string()
            })
            .collect(),
    }
}

/// Asserts `finding` is `value` at its place in `content` (the decoded member or the extracted
/// document text): start/end byte offsets, 1-based line and column, and the match in clear.
pub fn assert_at(finding: &Value, content: &str, value: &str) {
    let start = content
        .find(value)
        .unwrap_or_else(|| panic!("fixture bug: {value} not in content"));
    let line = content[..start].matches('\n').count() + 1;
    let column = start - content[..start].rfind('\n').map_or(0, |i| i + 1) + 1;
    assert_eq!(finding["match"], value, "{finding}");
    assert_eq!(finding["start"], start as u64, "start: {finding}");
    assert_eq!(
        finding["end"],
        (start + value.len()) as u64,
        "end: {finding}"
    );
    assert_eq!(finding["line"], line as u64, "line: {finding}");
    assert_eq!(finding["column"], column as u64, "column: {finding}");
}

pub fn assert_container(record: &Value, expected: &[&str]) {
    assert_eq!(container_of(record), expected, "container of {record}");
}

/// Asserts `record` is SKIPPED or PARTIAL (either is honest for a member cut short) with `reason`.
pub fn assert_not_complete(record: &Value, reason: &str) {
    let status = record["status"].as_str().unwrap_or_default();
    assert!(
        status == "SKIPPED" || status == "PARTIAL",
        "expected SKIPPED or PARTIAL: {record}"
    );
    assert_eq!(record["reason"], reason, "{record}");
}

pub fn assert_partial(record: &Value, reason: &str) {
    assert_eq!(record["status"], "PARTIAL", "{record}");
    assert_eq!(record["reason"], reason, "{record}");
}

pub fn assert_complete(record: &Value) {
    assert_eq!(record["status"], "COMPLETE", "{record}");
    assert!(
        record.get("reason").is_none() || record["reason"].is_null(),
        "a complete record has no reason: {record}"
    );
}

/// Log-like text of exactly `len` bytes (ending in a newline), varied enough that it compresses
/// modestly, and with nothing in it that trawl reports.
pub fn filler(len: usize, seed: u64) -> String {
    let mut text = String::with_capacity(len + 64);
    let mut i = seed;
    while text.len() < len {
        text.push_str(&format!(
            "entry {i:06} status=ok latency={}ms shard={}\n",
            (i * 37) % 1000,
            (i * 7919) % 10007
        ));
        i += 1;
    }
    text.truncate(len - 1);
    text.push('\n');
    text
}

/// Writes a fixture file.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) {
    fs::write(dir.join(name), bytes).unwrap();
}
