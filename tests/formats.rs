//! End-to-end tests of archives and documents: gzip, tar, zip (nested, encrypted, corrupt),
//! docx, xlsx and PDF, detected by content; members reported with their `container`, documents
//! with their `location`; the archive limits and their reasons; exit codes.
//!
//! Every fixture is made here, in code, so what each one holds is visible next to what the test
//! expects of it.

mod support;

use flate2::write::GzEncoder;
use flate2::{Compression, GzBuilder};
use serde_json::Value;
use std::fs;
use std::io::{Cursor, Write};
use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};
use support::archives::{gzip, tar, zip, zip_with};
use support::{trawl, AWS_KEY_ID, GITHUB_TOKEN, NPM_TOKEN};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

// ---------------------------------------------------------------------------------------------
// Running trawl and reading its JSON Lines.

/// One `trawl scan --format jsonl --show-secrets` run, parsed.
struct Scan {
    code: i32,
    records: Vec<Value>,
    stdout: String,
    stderr: String,
}

impl Scan {
    fn from_output(out: Output) -> Scan {
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
    fn dump(&self) -> String {
        format!(
            "exit {}\nstdout:\n{}stderr:\n{}",
            self.code, self.stdout, self.stderr
        )
    }

    fn of_type(&self, kind: &str) -> Vec<&Value> {
        self.records.iter().filter(|r| r["type"] == kind).collect()
    }

    fn findings(&self) -> Vec<&Value> {
        self.of_type("finding")
    }

    fn findings_of(&self, identifier: &str) -> Vec<&Value> {
        self.findings()
            .into_iter()
            .filter(|f| f["identifier"] == identifier)
            .collect()
    }

    /// The one finding of `identifier`.
    fn finding(&self, identifier: &str) -> &Value {
        let found = self.findings_of(identifier);
        assert_eq!(
            found.len(),
            1,
            "expected one {identifier} finding\n{}",
            self.dump()
        );
        found[0]
    }

    fn objects(&self) -> Vec<&Value> {
        self.of_type("object")
    }

    /// The record of the top-level input `source` (the one without a container).
    fn top(&self, source: &str) -> &Value {
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
    fn members(&self) -> Vec<&Value> {
        self.objects()
            .into_iter()
            .filter(|o| o.get("container").is_some())
            .collect()
    }

    /// The record of the member at `container`.
    fn member(&self, container: &[&str]) -> &Value {
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

    fn assert_code(&self, code: i32) {
        assert_eq!(self.code, code, "exit code\n{}", self.dump());
    }
}

/// Runs `trawl scan --format jsonl --show-secrets ARGS` in `dir`.
fn scan(dir: &Path, args: &[&str]) -> Scan {
    let out = trawl()
        .current_dir(dir)
        .args(["scan", "--format", "jsonl", "--show-secrets"])
        .args(args)
        .output()
        .expect("running trawl");
    Scan::from_output(out)
}

/// Runs `trawl scan --format jsonl --show-secrets -` with `input` on standard input.
fn scan_stdin(dir: &Path, input: &[u8]) -> Scan {
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
fn container_of(record: &Value) -> Vec<String> {
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
fn assert_at(finding: &Value, content: &str, value: &str) {
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

fn assert_container(record: &Value, expected: &[&str]) {
    assert_eq!(container_of(record), expected, "container of {record}");
}

/// Asserts `record` is SKIPPED or PARTIAL (either is honest for a member cut short) with `reason`.
fn assert_not_complete(record: &Value, reason: &str) {
    let status = record["status"].as_str().unwrap_or_default();
    assert!(
        status == "SKIPPED" || status == "PARTIAL",
        "expected SKIPPED or PARTIAL: {record}"
    );
    assert_eq!(record["reason"], reason, "{record}");
}

fn assert_partial(record: &Value, reason: &str) {
    assert_eq!(record["status"], "PARTIAL", "{record}");
    assert_eq!(record["reason"], reason, "{record}");
}

fn assert_complete(record: &Value) {
    assert_eq!(record["status"], "COMPLETE", "{record}");
    assert!(
        record.get("reason").is_none() || record["reason"].is_null(),
        "a complete record has no reason: {record}"
    );
}

// ---------------------------------------------------------------------------------------------
// Fixtures (gzip, tar and zip bytes come from support::archives).

/// Log-like text of exactly `len` bytes (ending in a newline), varied enough that it compresses
/// modestly, and with nothing in it that trawl reports.
fn filler(len: usize, seed: u64) -> String {
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

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    fs::write(dir.join(name), bytes).unwrap();
}

// ---------------------------------------------------------------------------------------------
// gzip

#[test]
fn gzip_member_is_named_after_the_file_without_gz() {
    let dir = tempfile::tempdir().unwrap();
    let log =
        format!("2024-05-01 started\n2024-05-01 deploy token={GITHUB_TOKEN}\n2024-05-01 done\n");
    write(dir.path(), "app.log.gz", &gzip(log.as_bytes(), None));

    let s = scan(dir.path(), &["app.log.gz"]);
    s.assert_code(1);
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "app.log.gz");
    assert_container(f, &["app.log"]);
    assert_at(f, &log, GITHUB_TOKEN);
    assert_eq!(s.findings().len(), 1, "{}", s.dump());

    assert_complete(s.top("app.log.gz"));
    let member = s.member(&["app.log"]);
    assert_eq!(member["source"], "app.log.gz");
    assert_complete(member);
    assert_eq!(
        member["bytes"],
        log.len() as u64,
        "a member's bytes are its decoded bytes: {member}"
    );
}

#[test]
fn gzip_member_is_named_from_the_header_when_it_has_one() {
    let dir = tempfile::tempdir().unwrap();
    let dump = format!("-- dump\nINSERT INTO keys VALUES ('x', 'id={AWS_KEY_ID}');\n");
    write(
        dir.path(),
        "backup.gz",
        &gzip(dump.as_bytes(), Some("prod-2024.sql")),
    );

    let s = scan(dir.path(), &["backup.gz"]);
    s.assert_code(1);
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_eq!(f["source"], "backup.gz");
    assert_container(f, &["prod-2024.sql"]);
    assert_at(f, &dump, AWS_KEY_ID);
    assert_complete(s.top("backup.gz"));
    assert_complete(s.member(&["prod-2024.sql"]));
}

#[test]
fn multi_member_gzip_is_read_to_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let first = "first member line 1\nfirst member line 2\n";
    let second = format!("second member\nnpm token {NPM_TOKEN}\n");
    let mut bytes = gzip(first.as_bytes(), None);
    bytes.extend(gzip(second.as_bytes(), None));
    write(dir.path(), "rotated.log.gz", &bytes);

    let s = scan(dir.path(), &["rotated.log.gz"]);
    s.assert_code(1);
    let f = s.finding("NPM_TOKEN");
    assert_container(f, &["rotated.log"]);
    // The members decode to one stream: offsets run on from the first member.
    assert_at(f, &format!("{first}{second}"), NPM_TOKEN);
    assert_complete(s.top("rotated.log.gz"));
}

#[test]
fn formats_are_recognised_by_content_not_by_name() {
    let dir = tempfile::tempdir().unwrap();
    // A gzip called .txt is decompressed...
    let export = format!("name,key\nci,{AWS_KEY_ID}\n");
    write(
        dir.path(),
        "data.txt",
        &gzip(export.as_bytes(), Some("export.csv")),
    );
    // ...and text called .zip / .gz is text.
    let notes = format!("not really a zip\nkey {GITHUB_TOKEN}\n");
    write(dir.path(), "x.zip", notes.as_bytes());
    let plain = format!("plain\n\nnpm={NPM_TOKEN}\n");
    write(dir.path(), "y.gz", plain.as_bytes());

    let s = scan(dir.path(), &["data.txt"]);
    s.assert_code(1);
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_eq!(f["source"], "data.txt");
    assert_container(f, &["export.csv"]);
    assert_at(f, &export, AWS_KEY_ID);
    assert_complete(s.top("data.txt"));

    let s = scan(dir.path(), &["x.zip", "y.gz"]);
    s.assert_code(1);
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "x.zip");
    assert!(
        f.get("container").is_none(),
        "plain text has no container: {f}"
    );
    assert_at(f, &notes, GITHUB_TOKEN);
    let f = s.finding("NPM_TOKEN");
    assert_eq!(f["source"], "y.gz");
    assert!(
        f.get("container").is_none(),
        "plain text has no container: {f}"
    );
    assert_at(f, &plain, NPM_TOKEN);
    assert_complete(s.top("x.zip"));
    assert_complete(s.top("y.gz"));
    assert!(
        s.members().is_empty(),
        "plain text has no members\n{}",
        s.dump()
    );
}

// ---------------------------------------------------------------------------------------------
// tar, tar.gz

#[test]
fn tar_members_are_scanned_as_their_own_content() {
    let dir = tempfile::tempdir().unwrap();
    let app = format!("boot\nconfig loaded\naws_access_key_id={AWS_KEY_ID}\n");
    let other = "nothing here\n";
    write(
        dir.path(),
        "logs.tar",
        &tar(&[
            ("logs/app.log", app.as_bytes()),
            ("logs/other.log", other.as_bytes()),
        ]),
    );

    let s = scan(dir.path(), &["logs.tar"]);
    s.assert_code(1);
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_eq!(f["source"], "logs.tar");
    assert_container(f, &["logs/app.log"]);
    assert_at(f, &app, AWS_KEY_ID);
    assert_eq!(s.findings().len(), 1, "{}", s.dump());

    assert_complete(s.top("logs.tar"));
    assert_complete(s.member(&["logs/app.log"]));
    assert_complete(s.member(&["logs/other.log"]));
    assert_eq!(s.member(&["logs/app.log"])["bytes"], app.len() as u64);
    assert_eq!(
        s.member(&["logs/app.log"])["findings"]["AWS_ACCESS_KEY_ID"],
        1
    );
}

#[test]
fn tar_gz_members_sit_inside_the_gzip_member() {
    let dir = tempfile::tempdir().unwrap();
    let app = format!("request id=1\ntoken={GITHUB_TOKEN}\n");
    let inner = tar(&[
        ("logs/app.log", app.as_bytes()),
        ("logs/readme.txt", b"see app.log\n"),
    ]);
    write(dir.path(), "logs.tar.gz", &gzip(&inner, None));

    let s = scan(dir.path(), &["logs.tar.gz"]);
    s.assert_code(1);
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "logs.tar.gz");
    assert_container(f, &["logs.tar", "logs/app.log"]);
    assert_at(f, &app, GITHUB_TOKEN);

    assert_complete(s.top("logs.tar.gz"));
    assert_complete(s.member(&["logs.tar"]));
    assert_complete(s.member(&["logs.tar", "logs/app.log"]));
    assert_complete(s.member(&["logs.tar", "logs/readme.txt"]));

    // A clean archive: every record COMPLETE, exit 0.
    let clean = tar(&[("a.txt", b"alpha\n"), ("b.txt", b"beta\n")]);
    write(dir.path(), "clean.tar.gz", &gzip(&clean, None));
    let s = scan(dir.path(), &["clean.tar.gz"]);
    s.assert_code(0);
    assert!(s.findings().is_empty());
    assert_eq!(
        s.members().len(),
        3,
        "the gzip member and two tar members\n{}",
        s.dump()
    );
    assert!(
        s.objects().iter().all(|o| o["status"] == "COMPLETE"),
        "{}",
        s.dump()
    );
}

// ---------------------------------------------------------------------------------------------
// zip, nested

#[test]
fn zip_members_and_nested_archives_carry_their_container_path() {
    let dir = tempfile::tempdir().unwrap();
    let keys = format!("# keys\naws_access_key_id = {AWS_KEY_ID}\n");
    let env = format!("A=1\nB=2\nGITHUB_TOKEN={GITHUB_TOKEN}\n");
    let inner = zip(&[("deep/token.env", env.as_bytes())]);
    let outer = zip_with(&[
        ("keys.txt", keys.as_bytes(), CompressionMethod::Deflated),
        (
            "notes/readme.md",
            b"# readme\nnothing secret\n",
            CompressionMethod::Stored,
        ),
        ("inner.zip", &inner, CompressionMethod::Stored),
    ]);
    write(dir.path(), "outer.zip", &outer);

    let s = scan(dir.path(), &["outer.zip"]);
    s.assert_code(1);
    assert_eq!(s.findings().len(), 2, "{}", s.dump());
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_eq!(f["source"], "outer.zip");
    assert_container(f, &["keys.txt"]);
    assert_at(f, &keys, AWS_KEY_ID);
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "outer.zip");
    assert_container(f, &["inner.zip", "deep/token.env"]);
    assert_at(f, &env, GITHUB_TOKEN);

    assert_complete(s.top("outer.zip"));
    for member in [
        &["keys.txt"][..],
        &["notes/readme.md"],
        &["inner.zip"],
        &["inner.zip", "deep/token.env"],
    ] {
        let record = s.member(member);
        assert_complete(record);
        assert_eq!(record["source"], "outer.zip");
    }
    assert_eq!(
        s.top("outer.zip")["findings"]["GITHUB_TOKEN"],
        1,
        "the top record adds up its members'"
    );

    // Human output names the member path with `!`.
    let out = trawl()
        .current_dir(dir.path())
        .args(["scan", "outer.zip"])
        .output()
        .unwrap();
    let human = String::from_utf8(out.stdout).unwrap();
    assert!(
        human.contains("outer.zip!inner.zip!deep/token.env:3:14: GITHUB_TOKEN"),
        "{human}"
    );
    assert!(
        human.contains("outer.zip!keys.txt:2:21: AWS_ACCESS_KEY_ID"),
        "{human}"
    );
    assert!(
        !human.contains(GITHUB_TOKEN),
        "redacted by default: {human}"
    );
}

#[test]
fn zip_inside_a_tar_gz_has_a_container_of_three() {
    let dir = tempfile::tempdir().unwrap();
    let npmrc = format!(
        "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={NPM_TOKEN}\n"
    );
    let inner = zip(&[
        ("secrets/.npmrc", npmrc.as_bytes()),
        ("secrets/empty.txt", b""),
    ]);
    let bundle = tar(&[("bundle/inner.zip", &inner), ("bundle/VERSION", b"1.2.3\n")]);
    write(dir.path(), "bundle.tar.gz", &gzip(&bundle, None));

    let s = scan(dir.path(), &["bundle.tar.gz"]);
    s.assert_code(1);
    let f = s.finding("NPM_TOKEN");
    assert_eq!(f["source"], "bundle.tar.gz");
    assert_container(f, &["bundle.tar", "bundle/inner.zip", "secrets/.npmrc"]);
    assert_at(f, &npmrc, NPM_TOKEN);

    assert_complete(s.top("bundle.tar.gz"));
    assert_complete(s.member(&["bundle.tar", "bundle/inner.zip"]));
    assert_complete(s.member(&["bundle.tar", "bundle/inner.zip", "secrets/.npmrc"]));
    assert_complete(s.member(&["bundle.tar", "bundle/VERSION"]));
}

// ---------------------------------------------------------------------------------------------
// Limits

/// outer.zip: top.txt (an access key id) and l1.zip ⊃ l2.zip ⊃ l3.zip ⊃ l4.zip ⊃ deep.txt (a token).
fn deeply_nested_zip() -> Vec<u8> {
    // l4.zip holds deep.txt; each lN.zip holds l(N+1).zip.
    let mut bytes = zip(&[("deep.txt", format!("token {GITHUB_TOKEN}\n").as_bytes())]);
    for level in (1..=3).rev() {
        bytes = zip(&[(&format!("l{}.zip", level + 1), &bytes)]);
    }
    zip(&[
        ("top.txt", format!("id {AWS_KEY_ID}\n").as_bytes()),
        ("l1.zip", &bytes),
    ])
}

#[test]
fn nesting_deeper_than_the_limit_is_partial() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "nested.zip", &deeply_nested_zip());

    // The default limit (10) reaches the bottom.
    let s = scan(dir.path(), &["nested.zip"]);
    s.assert_code(1);
    assert_container(
        s.finding("GITHUB_TOKEN"),
        &["l1.zip", "l2.zip", "l3.zip", "l4.zip", "deep.txt"],
    );
    assert_container(s.finding("AWS_ACCESS_KEY_ID"), &["top.txt"]);
    assert_complete(s.top("nested.zip"));

    let s = scan(dir.path(), &["--max-archive-depth", "2", "nested.zip"]);
    s.assert_code(1);
    assert_container(s.finding("AWS_ACCESS_KEY_ID"), &["top.txt"]);
    assert!(
        s.findings_of("GITHUB_TOKEN").is_empty(),
        "found below the depth limit\n{}",
        s.dump()
    );
    assert_partial(s.top("nested.zip"), "ARCHIVE_NESTING_LEVEL_OVER_LIMIT");
    let over: Vec<_> = s
        .members()
        .into_iter()
        .filter(|o| o["reason"] == "ARCHIVE_NESTING_LEVEL_OVER_LIMIT")
        .collect();
    assert!(
        !over.is_empty(),
        "a member record says where nesting stopped\n{}",
        s.dump()
    );
    for record in over {
        assert_not_complete(record, "ARCHIVE_NESTING_LEVEL_OVER_LIMIT");
        assert!(
            container_of(record).len() <= 3,
            "nothing is opened past the limit: {record}"
        );
    }

    // Nothing found and something not scanned: exit 3.
    let only_deep = zip(&[(
        "l1.zip",
        &zip(&[("l2.zip", &zip(&[("l3.zip", &zip(&[("deep.txt", b"x\n")]))]))]),
    )]);
    write(dir.path(), "only-deep.zip", &only_deep);
    let s = scan(dir.path(), &["--max-archive-depth", "2", "only-deep.zip"]);
    s.assert_code(3);
    assert_partial(s.top("only-deep.zip"), "ARCHIVE_NESTING_LEVEL_OVER_LIMIT");
}

#[test]
fn more_members_than_the_limit_is_partial() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..12).map(|i| format!("part-{i:02}.txt")).collect();
    let bodies: Vec<String> = (0..12)
        .map(|i| format!("part {i}\nnothing to report\n"))
        .collect();
    let entries: Vec<(&str, &[u8])> = names
        .iter()
        .zip(&bodies)
        .map(|(n, b)| (n.as_str(), b.as_bytes()))
        .collect();
    write(dir.path(), "many.zip", &zip(&entries));
    write(dir.path(), "many.tar", &tar(&entries));

    for name in ["many.zip", "many.tar"] {
        let s = scan(dir.path(), &[name]);
        s.assert_code(0);
        assert_complete(s.top(name));
        assert_eq!(s.members().len(), 12, "{}", s.dump());

        let s = scan(dir.path(), &["--max-archive-members", "5", name]);
        s.assert_code(3);
        assert_partial(s.top(name), "ARCHIVE_MEMBER_COUNT_OVER_LIMIT");
        let complete = s
            .members()
            .iter()
            .filter(|o| o["status"] == "COMPLETE")
            .count();
        assert!(
            complete <= 5,
            "{complete} members scanned with a limit of 5\n{}",
            s.dump()
        );
    }
}

#[test]
fn a_member_larger_than_the_limit_is_not_scanned_past_it() {
    let dir = tempfile::tempdir().unwrap();
    let small = format!("id={AWS_KEY_ID}\n");
    // 64 KiB, a token at about 50 KiB: past a 10 KiB member limit.
    let mut big = filler(50 * 1024, 0);
    big.push_str(&format!("token={GITHUB_TOKEN}\n"));
    big.push_str(&filler(64 * 1024 - big.len(), 9000));
    write(
        dir.path(),
        "mixed.zip",
        &zip(&[("small.txt", small.as_bytes()), ("big.txt", big.as_bytes())]),
    );
    write(
        dir.path(),
        "mixed.tar",
        &tar(&[("small.txt", small.as_bytes()), ("big.txt", big.as_bytes())]),
    );
    write(dir.path(), "big.log.gz", &gzip(big.as_bytes(), None));

    for name in ["mixed.zip", "mixed.tar"] {
        let s = scan(dir.path(), &["--max-member-size", "10KiB", name]);
        s.assert_code(1);
        assert_container(s.finding("AWS_ACCESS_KEY_ID"), &["small.txt"]);
        assert!(
            s.findings_of("GITHUB_TOKEN").is_empty(),
            "scanned past the member limit\n{}",
            s.dump()
        );
        assert_complete(s.member(&["small.txt"]));
        assert_not_complete(s.member(&["big.txt"]), "ARCHIVE_MEMBER_SIZE_OVER_LIMIT");
        assert_partial(s.top(name), "ARCHIVE_MEMBER_SIZE_OVER_LIMIT");

        // Under the default limit, both are found.
        let s = scan(dir.path(), &[name]);
        s.assert_code(1);
        assert_at(s.finding("GITHUB_TOKEN"), &big, GITHUB_TOKEN);
        assert_complete(s.top(name));
    }

    // A gzip stream has no declared size: the limit holds on the bytes as they come.
    let s = scan(dir.path(), &["--max-member-size", "10KiB", "big.log.gz"]);
    s.assert_code(3);
    assert!(s.findings().is_empty(), "{}", s.dump());
    assert_not_complete(s.member(&["big.log"]), "ARCHIVE_MEMBER_SIZE_OVER_LIMIT");
    assert_partial(s.top("big.log.gz"), "ARCHIVE_MEMBER_SIZE_OVER_LIMIT");
}

#[test]
fn total_bytes_extracted_over_the_limit_is_partial() {
    let dir = tempfile::tempdir().unwrap();
    // Four members of 8 KiB: the first starts with an access key id, the last with a token that
    // lies past 20 KiB of extracted bytes.
    let first = format!("id={AWS_KEY_ID}\n{}", filler(8 * 1024 - 24, 0));
    let last = format!("token={GITHUB_TOKEN}\n{}", filler(8 * 1024 - 47, 3000));
    let (b, c) = (filler(8 * 1024, 1000), filler(8 * 1024, 2000));
    let entries: [(&str, &[u8]); 4] = [
        ("a.txt", first.as_bytes()),
        ("b.txt", b.as_bytes()),
        ("c.txt", c.as_bytes()),
        ("d.txt", last.as_bytes()),
    ];
    write(dir.path(), "four.zip", &zip(&entries));
    write(dir.path(), "four.tar.gz", &gzip(&tar(&entries), None));

    for name in ["four.zip", "four.tar.gz"] {
        let s = scan(dir.path(), &["--max-extracted-size", "20KiB", name]);
        s.assert_code(1);
        assert_eq!(s.finding("AWS_ACCESS_KEY_ID")["match"], AWS_KEY_ID);
        assert!(
            s.findings_of("GITHUB_TOKEN").is_empty(),
            "extracted past the total limit\n{}",
            s.dump()
        );
        assert_partial(s.top(name), "ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT");
        let over: Vec<_> = s
            .members()
            .into_iter()
            .filter(|o| o["reason"] == "ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT")
            .collect();
        assert!(
            !over.is_empty(),
            "a member record carries the reason\n{}",
            s.dump()
        );
        over.iter()
            .for_each(|o| assert_not_complete(o, "ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT"));

        let s = scan(dir.path(), &[name]);
        s.assert_code(1);
        assert_eq!(s.findings().len(), 2, "{}", s.dump());
        assert_complete(s.top(name));
    }
}

/// Writes `len` bytes of `byte`, deflated as hard as deflate goes (~1030:1), into a zip member
/// or a gzip, streaming, so the test never holds the expanded bytes.
fn write_bomb(
    path: &Path,
    gzip_member: Option<&str>,
    zip_member: Option<&str>,
    byte: u8,
    len: usize,
) -> u64 {
    let chunk = vec![byte; 1 << 20];
    let file = std::io::BufWriter::new(fs::File::create(path).unwrap());
    if let Some(member) = zip_member {
        let mut writer = ZipWriter::new(file);
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(9));
        writer.start_file(member, options).unwrap();
        for _ in 0..len / chunk.len() {
            writer.write_all(&chunk).unwrap();
        }
        writer.finish().unwrap().flush().unwrap();
    } else {
        let mut builder = GzBuilder::new();
        if let Some(name) = gzip_member {
            builder = builder.filename(name);
        }
        let mut encoder = builder.write(file, Compression::best());
        for _ in 0..len / chunk.len() {
            encoder.write_all(&chunk).unwrap();
        }
        encoder.finish().unwrap().flush().unwrap();
    }
    fs::metadata(path).unwrap().len()
}

/// Runs trawl on `name` in `dir`, returning the scan, the time it took and its peak resident
/// memory (from /proc while it runs).
fn scan_measured(dir: &Path, name: &str) -> (Scan, Duration, u64) {
    let started = Instant::now();
    let mut child = trawl()
        .current_dir(dir)
        .args(["scan", "--format", "jsonl", "--show-secrets", name])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap());
    let mut peak_kib = 0u64;
    while child.try_wait().unwrap().is_none() {
        if let Ok(text) = fs::read_to_string(&status) {
            if let Some(line) = text.lines().find(|l| l.starts_with("VmHWM:")) {
                let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
                peak_kib = peak_kib.max(kib);
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "trawl still running after two minutes on {name}"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let elapsed = started.elapsed();
    let mut out = child.wait_with_output().unwrap();
    out.stdout = reader.join().unwrap().into_bytes();
    (Scan::from_output(out), elapsed, peak_kib * 1024)
}

const BOMB_BYTES: usize = 200 << 20;

#[test]
fn zip_bomb_stops_on_the_compression_ratio() {
    let dir = tempfile::tempdir().unwrap();
    let size = write_bomb(
        &dir.path().join("bomb.zip"),
        None,
        Some("zeros.bin"),
        0,
        BOMB_BYTES,
    );
    assert!(
        size < 400 * 1024,
        "fixture: the bomb is small on disk ({size} bytes)"
    );
    assert!(
        BOMB_BYTES as u64 / size > 1010,
        "fixture: the ratio is past the default 1000"
    );

    let (s, elapsed, peak) = scan_measured(dir.path(), "bomb.zip");
    assert!(
        elapsed < Duration::from_secs(20),
        "took {elapsed:?}: the bomb was expanded"
    );
    assert!(
        peak < 150 << 20,
        "peak memory {} MiB: the bomb was held in memory",
        peak >> 20
    );
    s.assert_code(3);
    assert_not_complete(
        s.member(&["zeros.bin"]),
        "ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT",
    );
    assert_partial(s.top("bomb.zip"), "ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT");
}

#[test]
fn gzip_bomb_of_text_stops_on_the_compression_ratio() {
    // Newlines are text, so nothing but the ratio stops the scan.
    let dir = tempfile::tempdir().unwrap();
    let size = write_bomb(
        &dir.path().join("bomb.log.gz"),
        None,
        None,
        b'\n',
        BOMB_BYTES,
    );
    assert!(
        BOMB_BYTES as u64 / size > 1010,
        "fixture: the ratio is past the default 1000"
    );

    let (s, elapsed, peak) = scan_measured(dir.path(), "bomb.log.gz");
    assert!(elapsed < Duration::from_secs(20), "took {elapsed:?}");
    assert!(
        peak < 150 << 20,
        "peak memory {} MiB: the bomb was held in memory",
        peak >> 20
    );
    s.assert_code(3);
    assert_not_complete(
        s.member(&["bomb.log"]),
        "ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT",
    );
    assert_partial(s.top("bomb.log.gz"), "ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT");
    // Stopped soon after the ratio was passed, not at the end.
    let scanned = s.member(&["bomb.log"])["bytes"].as_u64().unwrap();
    assert!(
        scanned < BOMB_BYTES as u64,
        "scanned all {scanned} bytes of the bomb"
    );
}

#[test]
fn zip_bomb_with_lying_sizes_is_stopped_while_it_streams() {
    // Text (so it would be scanned), and headers that claim 4 KiB: only the bytes as they come
    // out of the decoder can stop it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liar.zip");
    write_bomb(&path, None, Some("notes.txt"), b'\n', BOMB_BYTES);
    let mut bytes = fs::read(&path).unwrap();
    assert_eq!(
        bytes[..4],
        *b"PK\x03\x04",
        "fixture: one local header at the start"
    );
    bytes[22..26].copy_from_slice(&4096u32.to_le_bytes());
    let central = (0..bytes.len() - 4)
        .rev()
        .find(|&i| bytes[i..i + 4] == *b"PK\x01\x02")
        .expect("a central directory header");
    bytes[central + 24..central + 28].copy_from_slice(&4096u32.to_le_bytes());
    fs::write(&path, &bytes).unwrap();

    let (s, elapsed, peak) = scan_measured(dir.path(), "liar.zip");
    assert!(elapsed < Duration::from_secs(20), "took {elapsed:?}");
    assert!(
        peak < 150 << 20,
        "peak memory {} MiB: the bomb was held in memory",
        peak >> 20
    );
    s.assert_code(3);
    // Past the claimed size or past the ratio: either way, not scanned to the end.
    let member = s.member(&["notes.txt"]);
    let reason = member["reason"].as_str().unwrap_or_default();
    assert!(
        ["ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT", "MALFORMED_FILE"].contains(&reason),
        "expected the ratio or a size mismatch to stop it\n{}",
        s.dump()
    );
    assert_not_complete(member, reason);
    assert_partial(s.top("liar.zip"), reason);
}

#[test]
fn max_compression_ratio_is_configurable() {
    let dir = tempfile::tempdir().unwrap();
    // 4 MiB of log lines deflate about 5:1: fine by default, over a limit of 2.
    let log = filler(4 << 20, 0);
    let gz = gzip(log.as_bytes(), None);
    assert!(
        log.len() / gz.len() >= 3,
        "fixture: ratio {}",
        log.len() / gz.len()
    );
    write(dir.path(), "app.log.gz", &gz);
    write(dir.path(), "app.zip", &zip(&[("app.log", log.as_bytes())]));

    for (name, member) in [("app.log.gz", "app.log"), ("app.zip", "app.log")] {
        let s = scan(dir.path(), &[name]);
        s.assert_code(0);
        assert_complete(s.top(name));

        let s = scan(dir.path(), &["--max-compression-ratio", "2", name]);
        s.assert_code(3);
        assert_not_complete(s.member(&[member]), "ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT");
        assert_partial(s.top(name), "ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT");
    }
}

// ---------------------------------------------------------------------------------------------
// Damaged and encrypted input

#[test]
fn truncated_gzip_reports_what_came_before_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    let head = format!("start\ntoken={GITHUB_TOKEN}\n");
    let tail = filler(100 * 1024, 0);
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(head.as_bytes()).unwrap();
    // A sync flush ends the deflate block holding the token, so the bytes before the cut
    // decode to it whatever the decoder's block handling.
    encoder.flush().unwrap();
    let flushed = encoder.get_ref().len();
    encoder.write_all(tail.as_bytes()).unwrap();
    let whole = encoder.finish().unwrap();
    let cut = flushed + (whole.len() - flushed) / 2;
    write(dir.path(), "app.log.gz", &whole[..cut]);

    let s = scan(dir.path(), &["app.log.gz"]);
    s.assert_code(1);
    let f = s.finding("GITHUB_TOKEN");
    assert_container(f, &["app.log"]);
    assert_at(f, &format!("{head}{tail}"), GITHUB_TOKEN);
    assert_partial(s.top("app.log.gz"), "MALFORMED_FILE");
    assert_partial(s.member(&["app.log"]), "MALFORMED_FILE");

    // Cut inside the header: nothing to read, the whole file is malformed.
    write(dir.path(), "stub.gz", &whole[..6]);
    let s = scan(dir.path(), &["stub.gz"]);
    s.assert_code(3);
    let top = s.top("stub.gz");
    assert_not_complete(top, "MALFORMED_FILE");
}

#[test]
fn zip_with_a_corrupt_central_directory_is_malformed() {
    let dir = tempfile::tempdir().unwrap();
    let keys = format!("id={AWS_KEY_ID}\n");
    let good = zip(&[("keys.txt", keys.as_bytes()), ("more.txt", b"more\n")]);

    // Every central directory header's signature overwritten.
    let mut corrupt = good.clone();
    let mut i = 0;
    while i + 4 <= corrupt.len() {
        if corrupt[i..i + 4] == *b"PK\x01\x02" {
            corrupt[i + 2] = 0x7f;
            corrupt[i + 3] = 0x7f;
        }
        i += 1;
    }
    write(dir.path(), "corrupt.zip", &corrupt);
    // Cut before the central directory: the end record is missing.
    write(dir.path(), "truncated.zip", &good[..good.len() - 60]);

    for name in ["corrupt.zip", "truncated.zip"] {
        let s = scan(dir.path(), &[name]);
        let top = s.top(name);
        assert_not_complete(top, "MALFORMED_FILE");
        // Local headers may still be read; whatever was found is reported, and exit says so.
        if s.findings().is_empty() {
            s.assert_code(3);
        } else {
            s.assert_code(1);
            assert_eq!(top["status"], "PARTIAL", "{}", s.dump());
            assert_container(s.finding("AWS_ACCESS_KEY_ID"), &["keys.txt"]);
        }
    }
}

#[test]
fn encrypted_zip_members_are_skipped_as_encrypted() {
    use zip::unstable::write::FileOptionsExt;
    let dir = tempfile::tempdir().unwrap();
    let public = format!("aws_access_key_id = {AWS_KEY_ID}\n");
    let aes_secret = format!("token={GITHUB_TOKEN}\n");
    let legacy_secret = format!("//registry.npmjs.org/:_authToken={NPM_TOKEN}\n");
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);

    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    writer.start_file("public.txt", deflated).unwrap();
    writer.write_all(public.as_bytes()).unwrap();
    writer
        .start_file(
            "secret-aes.txt",
            deflated.with_aes_encryption(zip::AesMode::Aes256, "hunter2"),
        )
        .unwrap();
    writer.write_all(aes_secret.as_bytes()).unwrap();
    writer
        .start_file(
            "secret-zipcrypto.txt",
            deflated.with_deprecated_encryption(b"hunter2").unwrap(),
        )
        .unwrap();
    writer.write_all(legacy_secret.as_bytes()).unwrap();
    write(
        dir.path(),
        "vault.zip",
        &writer.finish().unwrap().into_inner(),
    );

    let s = scan(dir.path(), &["vault.zip"]);
    s.assert_code(1);
    assert_eq!(
        s.findings().len(),
        1,
        "only the unencrypted member is read\n{}",
        s.dump()
    );
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_container(f, &["public.txt"]);
    assert_at(f, &public, AWS_KEY_ID);
    assert_complete(s.member(&["public.txt"]));
    assert_eq!(s.member(&["secret-aes.txt"])["status"], "SKIPPED");
    assert_eq!(s.member(&["secret-aes.txt"])["reason"], "ENCRYPTED_FILE");
    assert_eq!(s.member(&["secret-zipcrypto.txt"])["status"], "SKIPPED");
    assert_eq!(
        s.member(&["secret-zipcrypto.txt"])["reason"],
        "ENCRYPTED_FILE"
    );
    assert_partial(s.top("vault.zip"), "ENCRYPTED_FILE");

    // Only an encrypted member: nothing found, not complete.
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    writer
        .start_file(
            "secret.txt",
            deflated.with_aes_encryption(zip::AesMode::Aes128, "hunter2"),
        )
        .unwrap();
    writer.write_all(aes_secret.as_bytes()).unwrap();
    write(
        dir.path(),
        "sealed.zip",
        &writer.finish().unwrap().into_inner(),
    );
    let s = scan(dir.path(), &["sealed.zip"]);
    s.assert_code(3);
    assert_partial(s.top("sealed.zip"), "ENCRYPTED_FILE");
}

// ---------------------------------------------------------------------------------------------
// Documents

const CONTENT_TYPES_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#;

fn package_rels(target: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{target}"/></Relationships>"#
    )
}

/// A minimal docx: three paragraphs, the last with a token split across two runs.
fn docx() -> (Vec<u8>, String) {
    let (head, tail) = GITHUB_TOKEN.split_at(14);
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Quarterly report</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">aws id </w:t></w:r><w:r><w:t>{AWS_KEY_ID}</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">deploy token={head}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{tail}</w:t></w:r></w:p><w:sectPr/></w:body></w:document>"#
    );
    let content_types = format!(
        r#"{CONTENT_TYPES_HEAD}<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#
    );
    let bytes = zip(&[
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", package_rels("word/document.xml").as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ]);
    let text = format!("Quarterly report\naws id {AWS_KEY_ID}\ndeploy token={GITHUB_TOKEN}\n");
    (bytes, text)
}

#[test]
fn docx_text_is_scanned_with_paragraphs_as_lines() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, text) = docx();
    write(dir.path(), "report.docx", &bytes);
    // Recognised by content whatever the name.
    write(dir.path(), "upload-0042", &bytes);

    for name in ["report.docx", "upload-0042"] {
        let s = scan(dir.path(), &[name]);
        s.assert_code(1);
        assert_eq!(
            s.findings().len(),
            2,
            "each value once, from the text (not also from the XML)\n{}",
            s.dump()
        );
        for (identifier, value) in [
            ("AWS_ACCESS_KEY_ID", AWS_KEY_ID),
            ("GITHUB_TOKEN", GITHUB_TOKEN),
        ] {
            let f = s.finding(identifier);
            assert_eq!(f["source"], name);
            assert!(
                f.get("container").is_none(),
                "a document's text has no container: {f}"
            );
            assert_at(f, &text, value);
        }
        assert_complete(s.top(name));
    }
}

/// A minimal xlsx: Sheet1 with an inline string in B2, Sheet2 with a shared string in C5.
fn xlsx() -> Vec<u8> {
    let ns = r#"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#;
    let decl = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
    let content_types = format!(
        r#"{CONTENT_TYPES_HEAD}<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#
    );
    let workbook = format!(
        r#"{decl}
<workbook {ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="Sheet2" sheetId="2" r:id="rId2"/></sheets></workbook>"#
    );
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let workbook_rels = format!(
        r#"{decl}
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
    );
    let shared = format!(
        r#"{decl}
<sst {ns} count="4" uniqueCount="4"><si><t>service</t></si><si><t>key</t></si><si><t>billing</t></si><si><t>deploy token={GITHUB_TOKEN}</t></si></sst>"#
    );
    let sheet1 = format!(
        r#"{decl}
<worksheet {ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>{AWS_KEY_ID}</t></is></c><c r="C2"><v>42</v></c></row></sheetData></worksheet>"#
    );
    let sheet2 = format!(
        r#"{decl}
<worksheet {ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="5"><c r="B5"><v>3.5</v></c><c r="C5" t="s"><v>3</v></c></row></sheetData></worksheet>"#
    );
    zip(&[
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", package_rels("xl/workbook.xml").as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
        ("xl/sharedStrings.xml", shared.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet1.as_bytes()),
        ("xl/worksheets/sheet2.xml", sheet2.as_bytes()),
    ])
}

#[test]
fn xlsx_cells_are_scanned_and_findings_name_their_cell() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "budget.xlsx", &xlsx());

    let s = scan(dir.path(), &["budget.xlsx"]);
    s.assert_code(1);
    assert_eq!(
        s.findings().len(),
        2,
        "each value once, from the cells (not also from the XML)\n{}",
        s.dump()
    );
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "budget.xlsx");
    assert!(f.get("container").is_none(), "{f}");
    assert_eq!(f["location"]["cell"], "Sheet2!C5", "{f}");
    assert_eq!(f["match"], GITHUB_TOKEN);
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert!(f.get("container").is_none(), "{f}");
    assert_eq!(f["location"]["cell"], "Sheet1!B2", "{f}");
    assert_eq!(f["match"], AWS_KEY_ID);
    assert_complete(s.top("budget.xlsx"));
}

/// A minimal PDF: a catalog, a page tree and one Helvetica text line per page; with
/// `encrypt`, a standard security handler whose user password is not empty.
fn pdf(pages: &[&str], encrypt: bool) -> Vec<u8> {
    // Objects: 1 catalog, 2 pages, 3 font, then a page and its content stream per page, then
    // the encryption dictionary.
    let mut objects: Vec<String> = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        String::new(), // the page tree, once the page numbers are known
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut kids = Vec::new();
    for text in pages {
        let page = objects.len() + 1;
        kids.push(format!("{page} 0 R"));
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            page + 1
        ));
        let stream = format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET\n");
        objects.push(format!(
            "<< /Length {} >>\nstream\n{stream}endstream",
            stream.len()
        ));
    }
    objects[1] = format!(
        "<< /Type /Pages /Kids [{}] /Count {} >>",
        kids.join(" "),
        pages.len()
    );
    let id = "<8f1f2c0b6e3d4a5b9c7d1e2f3a4b5c6d>";
    let mut trailer_extra = String::new();
    if encrypt {
        objects.push(format!(
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -3904 /O <{}> /U <{}> >>",
            "3c".repeat(32),
            "a7".repeat(32)
        ));
        trailer_extra = format!(" /Encrypt {} 0 R", objects.len());
    }

    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!("trailer\n<< /Size {} /Root 1 0 R /ID [{id} {id}]{trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1)
            .as_bytes(),
    );
    out
}

#[test]
fn pdf_text_is_scanned_per_page() {
    let dir = tempfile::tempdir().unwrap();
    let page1 = format!("aws id {AWS_KEY_ID}");
    let page2 = format!("deploy token={GITHUB_TOKEN}");
    write(
        dir.path(),
        "statement.pdf",
        &pdf(&[&page1, "Account statement"], false),
    );
    write(
        dir.path(),
        "two-pages.pdf",
        &pdf(&["Page one says hello", &page2], false),
    );

    let s = scan(dir.path(), &["two-pages.pdf"]);
    s.assert_code(1);
    assert_eq!(s.findings().len(), 1, "{}", s.dump());
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "two-pages.pdf");
    assert!(f.get("container").is_none(), "{f}");
    assert_eq!(f["location"]["page"], 2, "{f}");
    assert_eq!(f["match"], GITHUB_TOKEN);
    assert_complete(s.top("two-pages.pdf"));

    let s = scan(dir.path(), &["statement.pdf"]);
    s.assert_code(1);
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_eq!(f["location"]["page"], 1, "{f}");
    assert_eq!(f["match"], AWS_KEY_ID);

    // Inside a zip, a PDF is a member like any other, with its page.
    write(
        dir.path(),
        "docs.zip",
        &zip(&[(
            "docs/two-pages.pdf",
            &pdf(&["Page one says hello", &page2], false),
        )]),
    );
    let s = scan(dir.path(), &["docs.zip"]);
    s.assert_code(1);
    let f = s.finding("GITHUB_TOKEN");
    assert_container(f, &["docs/two-pages.pdf"]);
    assert_eq!(f["location"]["page"], 2, "{f}");
    assert_complete(s.top("docs.zip"));
}

#[test]
fn encrypted_pdf_is_reported_as_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "locked.pdf",
        &pdf(
            &["Confidential", &format!("deploy token={GITHUB_TOKEN}")],
            true,
        ),
    );

    let s = scan(dir.path(), &["locked.pdf"]);
    s.assert_code(3);
    assert_not_complete(s.top("locked.pdf"), "ENCRYPTED_FILE");
}

// ---------------------------------------------------------------------------------------------
// Standard input

#[test]
fn stdin_gzip_and_zip_are_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let dump = format!("CREATE TABLE t;\n-- key {AWS_KEY_ID}\n");
    let s = scan_stdin(dir.path(), &gzip(dump.as_bytes(), Some("dump.sql")));
    s.assert_code(1);
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_eq!(f["source"], "-");
    assert_container(f, &["dump.sql"]);
    assert_at(f, &dump, AWS_KEY_ID);
    assert_complete(s.top("-"));
    assert_complete(s.member(&["dump.sql"]));

    // A zip cannot be read by seeking on a pipe: it still is read.
    let keys = format!("one\ntwo\ntoken={GITHUB_TOKEN}\n");
    let s = scan_stdin(
        dir.path(),
        &zip(&[("readme.txt", b"hello\n"), ("keys.txt", keys.as_bytes())]),
    );
    s.assert_code(1);
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "-");
    assert_container(f, &["keys.txt"]);
    assert_at(f, &keys, GITHUB_TOKEN);
    assert_complete(s.top("-"));
}

/// A document cut short by the scanner's `stop_at` severity is PARTIAL with `STOPPED`, as any
/// other content is: the object layer has one outcome conversion for text, documents included.
#[test]
fn a_document_cut_short_by_stop_at_is_partial() {
    use std::ops::ControlFlow;
    use std::sync::Mutex;
    use trawl_scanner::{Finding, Limits, ObjectRecord, Reason, Scanner, Severity, Sink, Status};

    #[derive(Default)]
    struct Records(Mutex<Vec<ObjectRecord>>);
    impl Sink for Records {
        fn findings(&self, _: &str, _: Vec<Finding>) -> ControlFlow<()> {
            ControlFlow::Continue(())
        }
        fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
            self.0.lock().unwrap().push(record);
            ControlFlow::Continue(())
        }
    }

    let scanner = Scanner::builder().stop_at(Severity::High).build().unwrap();
    let token_first = pdf(
        &[&format!("deploy token={GITHUB_TOKEN}"), "and a second page"],
        false,
    );
    let (docx_bytes, _) = docx();
    for (name, bytes) in [
        ("two-pages.pdf", token_first),
        ("report.docx", docx_bytes),
        (
            "notes.txt",
            format!("token={GITHUB_TOKEN}\n{}", "more text\n".repeat(10_000)).into_bytes(),
        ),
    ] {
        let sink = Records::default();
        let record = trawl_scanner::scan_object(
            &scanner,
            &bytes[..],
            name,
            false,
            &Limits::default(),
            &sink,
        );
        assert_eq!(record.status, Status::Partial, "{name}: {record:?}");
        assert_eq!(record.reason, Some(Reason::Stopped), "{name}: {record:?}");
        assert_eq!(
            record.findings.get("GITHUB_TOKEN"),
            Some(&1),
            "{name}: {record:?}"
        );
        assert_eq!(sink.0.lock().unwrap().last(), Some(&record));
    }
}
