//! End-to-end tests of the `trawl` binary: output formats, exit codes, stdin, binary, unreadable
//! and special files, ignore rules, and that no secret reaches stdout or stderr in clear.

mod support;

use serde_json::Value;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use support::{run, stderr, stdout, trawl, AWS_KEY_ID, GITHUB_TOKEN};

/// AWS's documentation key: an example value, not reported by default.
const AWS_EXAMPLE_KEY_ID: &str = "AKIAIOSFODNN7EXAMPLE";

fn code(out: &Output) -> i32 {
    out.status.code().expect("trawl exited normally")
}

fn of_type<'a>(records: &'a [Value], kind: &str) -> Vec<&'a Value> {
    records.iter().filter(|r| r["type"] == kind).collect()
}

/// A directory with one file holding a GitHub token on line 3 and one clean file.
fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("clean.txt"), "nothing to see here\n").unwrap();
    fs::write(
        dir.path().join("config.env"),
        format!("# settings\nDEBUG=1\nGITHUB_TOKEN={GITHUB_TOKEN}\n"),
    )
    .unwrap();
    dir
}

fn assert_no_secret(out: &Output, secret: &str) {
    assert!(
        !stdout(out).contains(secret),
        "secret in stdout:\n{}",
        stdout(out)
    );
    assert!(
        !stderr(out).contains(secret),
        "secret in stderr:\n{}",
        stderr(out)
    );
}

#[test]
fn jsonl_gives_findings_object_records_and_a_summary() {
    let dir = tree();
    let out = run(
        dir.path(),
        &["scan", "--format", "jsonl", "config.env", "clean.txt"],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let records = support::records(&out);

    let findings = of_type(&records, "finding");
    assert_eq!(findings.len(), 1);
    let f = findings[0];
    assert_eq!(f["source"], "config.env");
    assert_eq!(f["identifier"], "GITHUB_TOKEN");
    assert_eq!(f["category"], "CREDENTIALS");
    assert_eq!(f["line"], 3);
    assert_eq!(f["column"], 14);
    let start = "# settings\nDEBUG=1\nGITHUB_TOKEN=".len() as u64;
    assert_eq!(f["start"], start);
    assert_eq!(f["end"], start + GITHUB_TOKEN.len() as u64);
    assert!(
        f.get("container").is_none(),
        "container only appears inside archives"
    );
    let shown = f["match"].as_str().unwrap();
    assert!(
        shown.chars().filter(|c| *c != '*').count() <= 4,
        "redacted match shows too much: {shown}"
    );
    assert_eq!(f["fingerprint"].as_str().unwrap().len(), 32);
    for field in ["name", "severity", "confidence"] {
        assert!(f[field].is_string(), "{field} missing in {f}");
    }

    let mut objects = of_type(&records, "object");
    objects.sort_by_key(|o| o["source"].as_str().unwrap().to_string());
    assert_eq!(objects.len(), 2, "one object record per input");
    assert_eq!(objects[0]["source"], "clean.txt");
    assert_eq!(objects[0]["status"], "COMPLETE");
    assert_eq!(objects[1]["source"], "config.env");
    assert_eq!(objects[1]["status"], "COMPLETE");
    assert_eq!(objects[1]["findings"]["GITHUB_TOKEN"], 1);
    assert_eq!(
        objects[1]["bytes"],
        fs::metadata(dir.path().join("config.env")).unwrap().len()
    );

    let summary = records.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["objects"], 2);
    assert_eq!(summary["findings"], 1);
    assert_no_secret(&out, GITHUB_TOKEN);
}

#[test]
fn json_is_one_document_with_findings_objects_and_summary() {
    let dir = tree();
    let out = run(dir.path(), &["scan", "--format", "json", "."]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let doc: Value = serde_json::from_str(&stdout(&out)).expect("one JSON document");
    assert_eq!(doc["findings"].as_array().unwrap().len(), 1);
    assert_eq!(doc["findings"][0]["identifier"], "GITHUB_TOKEN");
    assert_eq!(doc["objects"].as_array().unwrap().len(), 2);
    assert_eq!(doc["summary"]["findings"], 1);
    assert_no_secret(&out, GITHUB_TOKEN);
}

#[test]
fn human_output_names_path_line_and_column_and_redacts() {
    let dir = tree();
    let out = run(dir.path(), &["scan", "config.env"]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(text.starts_with("config.env:3:14: GITHUB_TOKEN"), "{text}");
    assert!(!text.contains('\x1b'), "no colour when not a terminal");
    assert!(
        stderr(&out).contains("1 finding in 1 object"),
        "{}",
        stderr(&out)
    );
    assert_no_secret(&out, GITHUB_TOKEN);

    let coloured = run(dir.path(), &["scan", "--color", "always", "config.env"]);
    assert!(stdout(&coloured).contains('\x1b'));
}

#[test]
fn show_secrets_prints_the_value() {
    let dir = tree();
    for format in ["human", "jsonl", "json"] {
        let out = run(
            dir.path(),
            &["scan", "--show-secrets", "--format", format, "config.env"],
        );
        assert_eq!(code(&out), 1);
        assert!(
            stdout(&out).contains(GITHUB_TOKEN),
            "{format}: {}",
            stdout(&out)
        );
    }
}

/// A phone number's E.164 form in `details` is the number itself: redacted like the value.
#[test]
fn details_that_spell_the_value_are_redacted() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("note.txt"), "call +44 20 7946 0958 x12\n").unwrap();
    for format in ["jsonl", "json", "sarif"] {
        let out = run(dir.path(), &["scan", "--format", format, "note.txt"]);
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        assert_no_secret(&out, "2079460958");
    }
    let out = run(dir.path(), &["scan", "--format", "jsonl", "note.txt"]);
    let records = support::records(&out);
    let details = &of_type(&records, "finding")[0]["details"];
    assert_eq!(details["e164"], "+44**********", "{details}");
    assert_eq!(details["extension"], "12");
    let shown = run(
        dir.path(),
        &["scan", "--show-secrets", "--format", "jsonl", "note.txt"],
    );
    assert!(stdout(&shown).contains("\"e164\":\"+442079460958\""));
}

#[test]
fn clean_input_exits_zero() {
    let dir = tree();
    let out = run(dir.path(), &["scan", "--format", "jsonl", "clean.txt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let records = support::records(&out);
    assert!(of_type(&records, "finding").is_empty());
    assert_eq!(of_type(&records, "object")[0]["status"], "COMPLETE");
}

#[test]
fn stdin_is_scanned_as_dash() {
    let dir = tree();
    let mut child = trawl()
        .current_dir(dir.path())
        .args(["scan", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Written in two pieces with the token split across them.
    let mut stdin = child.stdin.take().unwrap();
    let (a, b) = GITHUB_TOKEN.split_at(20);
    stdin
        .write_all(format!("line one\nkey={a}").as_bytes())
        .unwrap();
    stdin.flush().unwrap();
    stdin.write_all(format!("{b}\n").as_bytes()).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let records = support::records(&out);
    let findings = of_type(&records, "finding");
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["source"], "-");
    assert_eq!(findings[0]["line"], 2);
    assert_eq!(of_type(&records, "object")[0]["source"], "-");
}

/// A UTF-16 export (PowerShell, regedit) is text: its secrets are found with and without
/// `--binary`, at the file's own offsets (see the README's binary-file rule).
#[test]
fn utf16_files_are_text() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        format!("Windows Registry Editor Version 5.00\r\n\r\n\"Token\"=\"{GITHUB_TOKEN}\"\r\n");
    let mut content = vec![0xFF, 0xFE];
    content.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    fs::write(dir.path().join("export.reg"), &content).unwrap();
    for args in [
        &["scan", "--format", "jsonl", "export.reg"][..],
        &["scan", "--format", "jsonl", "--binary", "export.reg"],
    ] {
        let out = run(dir.path(), args);
        assert_eq!(code(&out), 1, "{}", stdout(&out));
        let records = support::records(&out);
        let findings = of_type(&records, "finding");
        assert_eq!(findings.len(), 1, "{findings:?}");
        let f = &findings[0];
        assert_eq!(f["identifier"], "GITHUB_TOKEN");
        assert_eq!(f["details"]["encoding"], "utf-16le");
        let (start, end) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(end - start, 2 * GITHUB_TOKEN.len());
        assert_eq!(f["line"], 3);
        assert_eq!(of_type(&records, "object")[0]["status"], "COMPLETE");
    }
}

#[test]
fn binary_files_are_skipped_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut content = vec![0u8, 1, 2, 3];
    content.extend_from_slice(format!(" {AWS_KEY_ID} ").as_bytes());
    fs::write(dir.path().join("blob.bin"), &content).unwrap();

    let out = run(dir.path(), &["scan", "--format", "jsonl", "blob.bin"]);
    assert_eq!(
        code(&out),
        3,
        "nothing found but an input was skipped: {}",
        stdout(&out)
    );
    let records = support::records(&out);
    let object = of_type(&records, "object")[0];
    assert_eq!(object["status"], "SKIPPED");
    assert_eq!(object["reason"], "BINARY_FILE");

    let human = run(dir.path(), &["scan", "blob.bin"]);
    assert_eq!(code(&human), 3);
    assert!(
        stderr(&human).contains("blob.bin: skipped (BINARY_FILE"),
        "{}",
        stderr(&human)
    );

    let out = run(
        dir.path(),
        &["scan", "--binary", "--format", "jsonl", "blob.bin"],
    );
    assert_eq!(code(&out), 1);
    assert_eq!(
        of_type(&support::records(&out), "finding")[0]["identifier"],
        "AWS_ACCESS_KEY_ID"
    );
}

#[test]
fn missing_paths_are_recorded_not_fatal() {
    let dir = tree();
    let out = run(
        dir.path(),
        &[
            "scan",
            "--format",
            "jsonl",
            "does-not-exist.txt",
            "clean.txt",
        ],
    );
    assert_eq!(code(&out), 3, "{}", stdout(&out));
    let records = support::records(&out);
    let missing = of_type(&records, "object")
        .into_iter()
        .find(|o| o["source"] == "does-not-exist.txt")
        .unwrap();
    assert_eq!(missing["status"], "SKIPPED");
    assert_eq!(missing["reason"], "NOT_FOUND");
}

/// Runs `trawl` as an unprivileged user: root reads every file whatever its mode.
fn run_unprivileged(dir: &Path, args: &[&str]) -> Output {
    use std::os::unix::fs::PermissionsExt;
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false);
    if !is_root {
        return run(dir, args);
    }
    // A copy of the binary in a fresh directory, so the unprivileged user can run it wherever
    // the checkout lives.
    let bin_dir = tempfile::tempdir().unwrap();
    fs::set_permissions(bin_dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let bin = bin_dir.path().join("trawl");
    fs::copy(env!("CARGO_BIN_EXE_trawl"), &bin).unwrap();
    Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(&bin)
        .args(args)
        .current_dir(dir)
        .env_remove("TRAWL_FINGERPRINT_KEY")
        .output()
        .expect("setpriv (util-linux) is needed to drop root for this test")
}

#[test]
fn unreadable_files_are_skipped_with_access_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tree();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    for name in ["clean.txt", "config.env"] {
        fs::set_permissions(dir.path().join(name), fs::Permissions::from_mode(0o644)).unwrap();
    }
    let secret = dir.path().join("private.env");
    fs::write(&secret, format!("token={GITHUB_TOKEN}\n")).unwrap();
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    let locked = dir.path().join("locked");
    fs::create_dir(&locked).unwrap();
    fs::write(locked.join("inner.txt"), "x\n").unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();

    let out = run_unprivileged(dir.path(), &["scan", "--format", "jsonl", "."]);
    assert_eq!(
        code(&out),
        1,
        "the readable token is still reported: {}",
        stderr(&out)
    );
    let records = support::records(&out);
    let objects = of_type(&records, "object");
    let denied: Vec<_> = objects
        .iter()
        .filter(|o| o["reason"] == "ACCESS_DENIED")
        .collect();
    let sources: Vec<_> = denied
        .iter()
        .map(|o| o["source"].as_str().unwrap())
        .collect();
    assert!(sources.contains(&"./private.env"), "{sources:?}");
    assert!(sources.contains(&"./locked"), "{sources:?}");
    assert!(denied.iter().all(|o| o["status"] == "SKIPPED"));
    assert_eq!(records.last().unwrap()["skipped"], 2);

    // Only unreadable inputs: nothing found, incomplete.
    let out = run_unprivileged(dir.path(), &["scan", "--format", "jsonl", "private.env"]);
    assert_eq!(code(&out), 3, "{}", stdout(&out));
}

#[test]
fn special_files_in_a_tree_are_recorded_and_named_ones_are_read() {
    let dir = tree();
    let fifo = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());

    // Inside a walk, a FIFO is not opened (it could block forever): it is recorded.
    let out = run(dir.path(), &["scan", "--format", "jsonl", "."]);
    assert_eq!(code(&out), 1);
    let records = support::records(&out);
    let pipe = of_type(&records, "object")
        .into_iter()
        .find(|o| o["source"] == "./pipe")
        .expect("a record for the FIFO");
    assert_eq!(pipe["status"], "SKIPPED");
    assert_eq!(pipe["reason"], "UNSUPPORTED_FILE_TYPE");

    // Named on the command line, it is read, as `trawl scan <(command)` needs.
    let child = trawl()
        .current_dir(dir.path())
        .args(["scan", "--format", "jsonl", "pipe"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    fs::write(&fifo, format!("id={AWS_KEY_ID}\n")).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        of_type(&support::records(&out), "finding")[0]["identifier"],
        "AWS_ACCESS_KEY_ID"
    );
}

#[test]
fn symbolic_links_in_a_tree_are_recorded_unless_followed() {
    let dir = tree();
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("keys.txt"), format!("{AWS_KEY_ID}\n")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("keys.txt"), dir.path().join("link.txt"))
        .unwrap();

    let out = run(dir.path(), &["scan", "--format", "jsonl", "."]);
    let records = support::records(&out);
    let link = of_type(&records, "object")
        .into_iter()
        .find(|o| o["source"] == "./link.txt")
        .expect("a record for the link");
    assert_eq!(link["status"], "SKIPPED");
    assert!(of_type(&records, "finding")
        .iter()
        .all(|f| f["identifier"] != "AWS_ACCESS_KEY_ID"));

    let out = run(dir.path(), &["scan", "--follow", "--format", "jsonl", "."]);
    let records = support::records(&out);
    assert!(of_type(&records, "finding")
        .iter()
        .any(|f| f["identifier"] == "AWS_ACCESS_KEY_ID" && f["source"] == "./link.txt"));
}

#[test]
fn walks_honour_gitignore_scan_hidden_files_and_skip_dot_git() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join(".gitignore"), "build/\n").unwrap();
    fs::create_dir_all(root.join("build")).unwrap();
    fs::write(root.join("build/out.txt"), format!("{AWS_KEY_ID}\n")).unwrap();
    fs::write(
        root.join(".env"),
        format!("AWS_ACCESS_KEY_ID={AWS_KEY_ID}\n"),
    )
    .unwrap();
    fs::create_dir_all(root.join(".git")).unwrap();
    fs::write(root.join(".git/config"), format!("{AWS_KEY_ID}\n")).unwrap();

    let sources = |args: &[&str]| -> Vec<String> {
        let out = run(root, args);
        let mut s: Vec<String> = of_type(&support::records(&out), "finding")
            .iter()
            .map(|f| f["source"].as_str().unwrap().to_string())
            .collect();
        s.sort();
        s
    };
    assert_eq!(sources(&["scan", "--format", "jsonl"]), ["./.env"]);
    assert_eq!(
        sources(&["scan", "--format", "jsonl", "--no-ignore", "."]),
        ["./.env", "./build/out.txt"]
    );
}

#[test]
fn documented_example_values_are_reported_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("docs.md"),
        format!("aws_access_key_id = {AWS_EXAMPLE_KEY_ID}\n"),
    )
    .unwrap();
    let out = run(dir.path(), &["scan", "docs.md"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let out = run(
        dir.path(),
        &["scan", "--include-examples", "--format", "jsonl", "docs.md"],
    );
    assert_eq!(code(&out), 1);
    assert_eq!(
        of_type(&support::records(&out), "finding")[0]["identifier"],
        "AWS_ACCESS_KEY_ID"
    );
}

#[test]
fn identifier_selection_and_severity_filter() {
    let dir = tree();
    fs::write(
        dir.path().join("both.txt"),
        format!("{AWS_KEY_ID}\n{GITHUB_TOKEN}\n"),
    )
    .unwrap();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["scan", "--format", "jsonl", "both.txt"];
        full.extend_from_slice(args);
        let out = run(dir.path(), &full);
        of_type(&support::records(&out), "finding")
            .iter()
            .map(|f| f["identifier"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&[]), ["AWS_ACCESS_KEY_ID", "GITHUB_TOKEN"]);
    assert_eq!(ids(&["--identifiers", "GITHUB_TOKEN"]), ["GITHUB_TOKEN"]);
    assert_eq!(
        ids(&["--exclude-identifiers", "GITHUB_TOKEN"]),
        ["AWS_ACCESS_KEY_ID"]
    );
    // The access key id alone is MEDIUM; the token is HIGH.
    assert_eq!(ids(&["--min-severity", "high"]), ["GITHUB_TOKEN"]);
}

#[test]
fn usage_errors_exit_two_with_a_message() {
    let dir = tree();
    let out = run(
        dir.path(),
        &["scan", "--identifiers", "NO_SUCH_ID", "clean.txt"],
    );
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("NO_SUCH_ID"), "{}", stderr(&out));

    let out = run(dir.path(), &["scan", "--format", "xml", "clean.txt"]);
    assert_eq!(code(&out), 2);

    let out = run(dir.path(), &["scan", "-", "-"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("standard input"), "{}", stderr(&out));
}

#[test]
fn identifiers_list_and_test() {
    let dir = tree();
    let out = run(dir.path(), &["identifiers", "list"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    for id in [
        "AWS_ACCESS_KEY_ID",
        "AWS_CREDENTIALS",
        "GITHUB_TOKEN",
        "PKCS",
        "JSON_WEB_TOKEN",
        "PUTTY_PRIVATE_KEY",
    ] {
        assert!(text.contains(id), "{id} missing from:\n{text}");
    }
    let out = run(dir.path(), &["identifiers", "list", "--format", "json"]);
    let list: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(list.as_array().unwrap().len() >= 15);

    let out = run(dir.path(), &["identifiers", "test"]);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    // Each identifier's file and line.
    assert!(
        text.lines()
            .any(|l| l.starts_with("AWS_ACCESS_KEY_ID ")
                && l.contains("builtin/credentials/aws.toml:")),
        "{text}"
    );
}

/// The README's identifier table is `trawl identifiers list --format markdown`.
#[test]
fn the_readme_identifier_table_is_generated() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["identifiers", "list", "--format", "markdown"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let readme = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let documented = readme
        .split("<!-- identifiers: begin (trawl identifiers list --format markdown) -->\n")
        .nth(1)
        .and_then(|rest| rest.split("<!-- identifiers: end -->").next())
        .expect("the README's generated identifier table");
    assert_eq!(
        documented,
        stdout(&out),
        "regenerate the README's table with `trawl identifiers list --format markdown`"
    );
}

#[test]
fn the_corpus_samples_scan_as_documented() {
    // The README's first command scans corpus/samples; keep what it shows true.
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = run(&root, &["scan", "--format", "jsonl", "corpus/samples"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let records = support::records(&out);
    let clean: Vec<_> = of_type(&records, "finding")
        .into_iter()
        .filter(|f| f["source"] == "corpus/samples/notes/clean.md")
        .collect();
    assert!(clean.is_empty(), "false alarms in clean.md: {clean:?}");
    assert!(of_type(&records, "object")
        .iter()
        .all(|o| o["status"] == "COMPLETE"));
}

/// Fingerprints of personal data are keyed with a per-user key (a file made on first use, mode
/// 0600), so they are cheap and not brute-forceable; secrets keep the public, machine-independent
/// fingerprint; a shared `TRAWL_FINGERPRINT_KEY` makes both the same everywhere; a config
/// directory that cannot hold the key falls back to key stretching and says so; the human
/// report, which shows no fingerprints, never makes a key.
#[test]
fn low_entropy_fingerprints_use_a_per_user_key() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("people.txt"),
        format!("contact anna.meyer@posteo.de\ntoken {GITHUB_TOKEN}\n"),
    )
    .unwrap();
    // (e-mail fingerprint, token fingerprint, stderr)
    let scan = |config: &Path, shared: Option<&str>| {
        let mut cmd = trawl();
        cmd.current_dir(dir.path())
            .env("XDG_CONFIG_HOME", config)
            .args(["scan", "--format", "jsonl", "people.txt"]);
        if let Some(key) = shared {
            cmd.env("TRAWL_FINGERPRINT_KEY", key);
        }
        let out = cmd.output().unwrap();
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        let records = support::records(&out);
        let findings = of_type(&records, "finding");
        let fingerprint = |id: &str| {
            let f = findings.iter().find(|f| f["identifier"] == id).expect(id);
            f["fingerprint"].as_str().unwrap().to_string()
        };
        (
            fingerprint("EMAIL_ADDRESS"),
            fingerprint("GITHUB_TOKEN"),
            stderr(&out),
        )
    };
    let (alice, bob) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let first = scan(alice.path(), None);
    let key = alice.path().join("trawl").join("fingerprint.key");
    let text = fs::read_to_string(&key).unwrap();
    assert_eq!(text.trim().len(), 64, "32 random bytes in hex");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&key).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    assert_eq!(scan(alice.path(), None), first, "stable for one user");
    let other = scan(bob.path(), None);
    assert_ne!(other.0, first.0, "another user's key, another fingerprint");
    assert_eq!(other.1, first.1, "secrets keep the public fingerprint");

    let (shared_a, shared_b) = (
        scan(alice.path(), Some("team")),
        scan(bob.path(), Some("team")),
    );
    assert_eq!((&shared_a.0, &shared_a.1), (&shared_b.0, &shared_b.1));
    assert_ne!(shared_a.0, first.0);

    // A file where the `trawl` directory should be: no key can be kept there.
    let blocked = tempfile::tempdir().unwrap();
    fs::write(blocked.path().join("trawl"), "not a directory").unwrap();
    let fallback = scan(blocked.path(), None);
    assert!(fallback.2.contains("key stretching"), "{}", fallback.2);
    assert!(
        fallback.2.contains("TRAWL_FINGERPRINT_KEY"),
        "{}",
        fallback.2
    );
    assert!(
        !fallback.2.contains("anna.meyer"),
        "no value in the warning"
    );
    assert_eq!(fallback.1, first.1);
    assert_eq!(
        fallback,
        scan(blocked.path(), None),
        "the stretched form is stable"
    );

    let fresh = tempfile::tempdir().unwrap();
    let out = trawl()
        .current_dir(dir.path())
        .env("XDG_CONFIG_HOME", fresh.path())
        .args(["scan", "people.txt"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert!(
        !fresh.path().join("trawl").exists(),
        "the human report made a key"
    );
}

#[test]
fn a_large_csv_shared_by_threads_reports_what_one_thread_reports() {
    // 1.6 MB: a dozen 128 KiB blocks, some cut inside a quoted cell with line breaks.
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("name,card_number,phone,dob,email,note\n");
    for i in 0..20_000u32 {
        let note = if i % 97 == 0 {
            format!("\"call\nback, ticket {i}\"")
        } else {
            format!("ticket {i}")
        };
        csv.push_str(&format!(
            "Ann {i},4111 1111 1111 1111,+44 20 7946 {:04},1984-07-{:02},ann{i}@example.org,{note}\n",
            i % 10_000,
            1 + i % 28,
        ));
    }
    fs::write(dir.path().join("export.csv"), &csv).unwrap();
    let one = run(
        dir.path(),
        &["scan", "--format", "jsonl", "-j", "1", "export.csv"],
    );
    let three = run(
        dir.path(),
        &["scan", "--format", "jsonl", "-j", "3", "export.csv"],
    );
    assert_eq!(code(&one), 1, "{}", stderr(&one));
    assert_eq!(code(&three), 1, "{}", stderr(&three));
    let (one, three) = (support::records(&one), support::records(&three));
    let findings = of_type(&one, "finding");
    // A phone number and a birth date a row (4111 1111 1111 1111 is a published test card).
    assert!(findings.len() >= 40_000, "{} findings", findings.len());
    // The last finding: row and line numbers come out right after every cut.
    let last = of_type(&three, "finding").last().copied().unwrap().clone();
    assert_eq!(last["location"]["row"], 20_000);
    assert_eq!(last["line"], 20_001 + 20_000 / 97 + 1);
    assert_eq!(one, three);
}

/// `trawl scan big_dir | head -1`: once the reader has gone, trawl stops scanning, prints
/// nothing about the closed pipe, and exits with the code its findings warrant (as `rg` does).
#[test]
fn a_closed_output_pipe_stops_the_scan_quietly() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let files = 3000;
    for i in 0..files {
        std::fs::write(
            dir.path().join(format!("f{i:04}.env")),
            format!("GITHUB_TOKEN={GITHUB_TOKEN}\n"),
        )
        .unwrap();
    }
    let results = dir.path().join("results.jsonl");
    let mut child = trawl()
        .args(["scan", "--format", "jsonl", "--threads", "1", "--results"])
        .arg(&results)
        .arg(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("GITHUB_TOKEN"), "{first}");
    // The pipe's read end is closed here.
    let out = child.wait_with_output().unwrap();
    assert_eq!(code(&out), 1, "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    // The results file, still finished, shows the scan stopped well before the end.
    let recorded = fs::read_to_string(&results).unwrap();
    let objects = recorded
        .lines()
        .filter(|l| l.contains(r#""type":"object""#))
        .count();
    assert!(
        objects < files / 2,
        "{objects} of {files} files scanned after the reader left"
    );
}

/// File and archive member names reach the human report escaped: an ESC byte cannot colour the
/// terminal, and a newline cannot forge a report line.
#[test]
fn control_characters_in_names_are_escaped_in_the_human_report() {
    let dir = tempfile::tempdir().unwrap();
    let token_line = format!("GITHUB_TOKEN={GITHUB_TOKEN}\n");
    fs::write(
        dir.path().join("bundle.tar"),
        support::archives::tar(&[("\u{1b}[31mred.env", token_line.as_bytes())]),
    )
    .unwrap();
    fs::write(
        dir.path()
            .join("two\nlines: GITHUB_TOKEN [HIGH] forged.env"),
        &token_line,
    )
    .unwrap();
    let out = trawl()
        .args(["scan", "--no-ignore"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    let (stdout, stderr) = (stdout(&out), stderr(&out));
    for shown in [&stdout, &stderr] {
        assert!(
            !shown.contains('\u{1b}'),
            "raw ESC in the report: {shown:?}"
        );
    }
    assert!(
        stdout.contains("bundle.tar!\\x1b[31mred.env:1:"),
        "{stdout}"
    );
    assert!(stdout.contains("two\\nlines: GITHUB_TOKEN"), "{stdout}");
    // One line per finding: the name's newline forged none.
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
}

/// Settings that cannot mean anything, and `--staged` outside a repository, are refused with a
/// message that says why (not git's usage text, not a silent scan of nothing).
#[test]
fn nonsense_settings_and_staged_outside_a_repository_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "hello\n").unwrap();
    for (args, says) in [
        (
            &["--max-compression-ratio", "0"][..],
            "--max-compression-ratio",
        ),
        (&["--max-archive-members", "0"][..], "--max-archive-members"),
        (&["--max-file-size", "0"][..], "a limit of 0 bytes"),
        (&["--max-member-size", "0KB"][..], "a limit of 0 bytes"),
        (&["--max-extracted-size", "0"][..], "a limit of 0 bytes"),
    ] {
        let out = trawl()
            .current_dir(dir.path())
            .arg("scan")
            .args(args)
            .arg("a.txt")
            .output()
            .unwrap();
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    }
    let out = trawl()
        .current_dir(dir.path())
        .args(["scan", "--staged"])
        .env("GIT_CEILING_DIRECTORIES", dir.path().parent().unwrap())
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    let said = stderr(&out);
    assert!(said.contains("not a git repository"), "{said}");
    assert!(!said.contains("usage: git"), "{said}");
}

/// `--max-file-size` applies to the bytes read, whatever the input: a stream or a device past
/// it is PARTIAL with FILE_EXCEEDS_SIZE_LIMIT, and what came before the limit is reported.
#[test]
fn max_file_size_cuts_streams_and_devices_at_the_limit() {
    let mut child = trawl()
        .args(["scan", "--format", "jsonl", "--max-file-size", "64KiB", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let body = format!(
        "GITHUB_TOKEN={GITHUB_TOKEN}\n{}",
        "filler line\n".repeat(100_000)
    );
    // Written from another thread: trawl stops reading at the limit, so this write fails.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(body.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let records: Vec<Value> = support::jsonl(&stdout(&out));
    let object = of_type(&records, "object")[0];
    assert_eq!(object["status"], "PARTIAL", "{object}");
    assert_eq!(object["reason"], "FILE_EXCEEDS_SIZE_LIMIT", "{object}");
    assert_eq!(object["bytes"], 64 * 1024, "{object}");
    assert_eq!(of_type(&records, "finding").len(), 1);

    // A device that never ends, named on the command line, ends at the limit.
    let started = std::time::Instant::now();
    let out = trawl()
        .args(["scan", "--binary", "--max-file-size", "1MiB", "/dev/zero"])
        .output()
        .unwrap();
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("FILE_EXCEEDS_SIZE_LIMIT"),
        "{}",
        stderr(&out)
    );
}

/// The results and checkpoint files trawl writes are output, not input: inside the scanned
/// tree they are passed over (a results file left from an earlier run included, since it is
/// rewritten first), whatever the spelling of their path; named explicitly, they are scanned.
#[test]
fn results_and_checkpoint_files_in_the_tree_are_not_scanned() {
    let dir = tree();
    // What an earlier run left: a results file that a scan would read.
    fs::write(
        dir.path().join("results.jsonl"),
        format!("{{\"note\":\"GITHUB_TOKEN={GITHUB_TOKEN}\"}}\n"),
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
            "--checkpoint",
            "ck.jsonl",
            ".",
        ],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let records = support::records(&out);
    let sources: Vec<&str> = of_type(&records, "object")
        .iter()
        .map(|r| r["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources.len(), 2, "{sources:?}");
    assert!(
        sources
            .iter()
            .all(|s| !s.contains("results") && !s.contains("ck.jsonl")),
        "{sources:?}"
    );
    assert_eq!(of_type(&records, "finding").len(), 1);

    let out = run(dir.path(), &["scan", "--format", "jsonl", "ck.jsonl"]);
    let records = support::records(&out);
    assert_eq!(of_type(&records, "object")[0]["source"], "ck.jsonl");
}

/// The lines of a gzip results file but its summary, sorted, parsed.
fn results_records(path: &Path) -> Vec<Value> {
    use std::io::Read;
    let mut text = String::new();
    flate2::read::MultiGzDecoder::new(fs::File::open(path).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    let mut lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.contains("\"type\":\"summary\""))
        .collect();
    lines.sort();
    lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// `--state DIR` over a local directory: the second scan reads only new files and files whose
/// bytes changed (a file only touched is hashed, not read, and its new time recorded), drops
/// deleted ones, and ends with a full scan's totals and results.
#[test]
fn an_incremental_scan_of_a_directory_reads_only_new_and_changed_files() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    fs::create_dir_all(tree.join("sub")).unwrap();
    let name = |i: usize| format!("tree/sub/{i:02}.txt");
    for i in 0..20 {
        let body = if i % 5 == 0 {
            format!("entry {i}\ntoken = {GITHUB_TOKEN}\n")
        } else {
            format!("entry {i}: nothing here\n")
        };
        fs::write(dir.path().join(name(i)), body).unwrap();
    }
    let args = ["scan", "--format", "jsonl", "--state", "state", "tree"];
    let counts = |out: &Output| {
        let summary = support::records(out)
            .into_iter()
            .find(|r| r["type"] == "summary")
            .unwrap();
        ["new", "changed", "unchanged", "deleted"].map(|f| summary[f].as_u64().unwrap_or(u64::MAX))
    };
    let first = run(dir.path(), &args);
    assert_eq!(code(&first), 1, "{}", stderr(&first));
    assert_eq!(counts(&first), [20, 0, 0, 0]);

    // Two changed (one loses its token, one gains one), three touched only, two added, two
    // deleted.
    fs::write(dir.path().join(name(0)), "entry 0: cleaned\n").unwrap();
    fs::write(dir.path().join(name(1)), format!("t = {GITHUB_TOKEN}\n")).unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(3600);
    for i in [2, 3, 5] {
        let file = fs::File::options()
            .append(true)
            .open(dir.path().join(name(i)))
            .unwrap();
        file.set_modified(later).unwrap();
    }
    fs::write(dir.path().join(name(20)), format!("k = {GITHUB_TOKEN}\n")).unwrap();
    fs::write(dir.path().join(name(21)), "clean\n").unwrap();
    for i in [6, 10] {
        fs::remove_file(dir.path().join(name(i))).unwrap();
    }
    let second = run(dir.path(), &args);
    assert_eq!(code(&second), 1, "{}", stderr(&second));
    assert_eq!(counts(&second), [2, 2, 16, 2]);
    let read: Vec<String> = of_type(&support::records(&second), "object")
        .iter()
        .map(|r| r["source"].as_str().unwrap().to_string())
        .collect();
    let mut read = read;
    read.sort();
    assert_eq!(read, [name(0), name(1), name(20), name(21)]);

    // The touched files' records carry their new time: the next scan does not hash them.
    let checkpoint = fs::read_to_string(dir.path().join("state/checkpoint.jsonl")).unwrap();
    let mut latest = std::collections::HashMap::new();
    for line in checkpoint.lines() {
        let done: Value = serde_json::from_str(line).unwrap();
        latest.insert(done["source"].as_str().unwrap().to_string(), done);
    }
    let nanos = |t: std::time::SystemTime| {
        t.duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64
    };
    for i in [2, 3, 5] {
        let modified = fs::metadata(dir.path().join(name(i)))
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(latest[&name(i)]["file"]["modified"], nanos(modified), "{i}");
    }
    assert!(!latest.contains_key(&name(6)));

    // A full scan of the tree as it is now: the same totals and the same results.
    let full = run(
        dir.path(),
        &[
            "scan",
            "--format",
            "jsonl",
            "--results",
            "full.jsonl.gz",
            "tree",
        ],
    );
    let summary_of = |out: &Output| {
        support::records(out)
            .into_iter()
            .find(|r| r["type"] == "summary")
            .unwrap()
    };
    let (incremental, full_summary) = (summary_of(&second), summary_of(&full));
    for field in ["objects", "complete", "findings", "by_identifier", "bytes"] {
        assert_eq!(incremental[field], full_summary[field], "{field}");
    }
    assert_eq!(
        results_records(&dir.path().join("state/results.jsonl.gz")),
        results_records(&dir.path().join("full.jsonl.gz"))
    );

    // Nothing changed: nothing read.
    let third = run(dir.path(), &args);
    assert_eq!(counts(&third), [0, 0, 20, 0]);
    assert!(of_type(&support::records(&third), "object").is_empty());

    // Standard input has no version to keep.
    let stdin = run(dir.path(), &["scan", "--state", "state", "-"]);
    assert_eq!(code(&stdin), 2);
    assert!(
        stderr(&stdin).contains("standard input"),
        "{}",
        stderr(&stdin)
    );
}
