//! End-to-end tests of `--staged`, `--git-range`, inline allows, baselines and SARIF, in real
//! git repositories.

mod support;

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use support::{records, stderr, AWS_KEY_ID, GITHUB_TOKEN, NPM_TOKEN};

const AWS_KEY_ID_2: &str = "AKIA2E3NVWTSZDNJKQ5G";

/// A fresh repository with an identity and no hooks or global config in the way.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Repo {
        let repo = Repo {
            dir: tempfile::tempdir().unwrap(),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.email", "dev@example.invalid"]);
        repo.git(&["config", "user.name", "Dev"]);
        repo.git(&["config", "commit.gpgsign", "false"]);
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn git(&self, args: &[&str]) -> String {
        String::from_utf8_lossy(&support::git(self.path(), args).stdout).into_owned()
    }

    fn write(&self, name: &str, content: impl AsRef<[u8]>) {
        let path = self.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    }

    fn commit_all(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    fn trawl(&self, args: &[&str]) -> Output {
        support::trawl()
            .current_dir(self.path())
            .args(args)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .output()
            .unwrap()
    }

    /// `trawl scan --staged --format jsonl --show-secrets` plus `extra`.
    fn staged(&self, extra: &[&str]) -> Output {
        let mut args = vec!["scan", "--staged", "--format", "jsonl", "--show-secrets"];
        args.extend_from_slice(extra);
        self.trawl(&args)
    }
}

/// (source, line, identifier, value) of each finding.
fn found(out: &Output) -> Vec<(String, u64, String, String)> {
    records(out)
        .iter()
        .filter(|r| r["type"] == "finding")
        .map(|r| {
            (
                r["source"].as_str().unwrap().to_string(),
                r["line"].as_u64().unwrap(),
                r["identifier"].as_str().unwrap().to_string(),
                r["match"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn hit(source: &str, line: u64, id: &str, value: &str) -> (String, u64, String, String) {
    (source.to_string(), line, id.to_string(), value.to_string())
}

#[test]
fn only_added_lines_of_the_index_are_reported() {
    let repo = Repo::new();
    repo.write("config.env", format!("OLD_KEY={AWS_KEY_ID}\nDEBUG=1\n"));
    repo.commit_all("initial");
    // Staged: a new line 2 with a key. Then, unstaged: another key in the working tree.
    repo.write(
        "config.env",
        format!("OLD_KEY={AWS_KEY_ID}\nNEW_KEY={AWS_KEY_ID_2}\nDEBUG=1\n"),
    );
    repo.git(&["add", "config.env"]);
    repo.write(
        "config.env",
        format!("TOKEN={GITHUB_TOKEN}\nOLD_KEY={AWS_KEY_ID}\nNEW_KEY={AWS_KEY_ID_2}\nDEBUG=1\n"),
    );

    let out = repo.staged(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // Line 2 of the staged version; the committed key and the unstaged token are not reported.
    assert_eq!(
        found(&out),
        [hit("config.env", 2, "AWS_ACCESS_KEY_ID", AWS_KEY_ID_2)]
    );
    let object = records(&out)
        .into_iter()
        .find(|r| r["type"] == "object")
        .unwrap();
    assert_eq!(
        object["findings"]["AWS_ACCESS_KEY_ID"], 1,
        "counts only reported findings: {object}"
    );

    let human = repo.trawl(&["scan", "--staged"]);
    assert_eq!(human.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&human.stdout).starts_with("config.env:2:9: AWS_ACCESS_KEY_ID"));
    assert!(
        stderr(&human).contains("trawl:allow"),
        "says how to allow a false alarm: {}",
        stderr(&human)
    );
    assert!(
        !String::from_utf8_lossy(&human.stdout).contains(AWS_KEY_ID_2),
        "redacted by default"
    );
}

#[test]
fn a_repository_without_commits() {
    let repo = Repo::new();
    repo.write("app.env", format!("GITHUB_TOKEN={GITHUB_TOKEN}\n"));
    repo.git(&["add", "app.env"]);
    assert_eq!(
        found(&repo.staged(&[])),
        [hit("app.env", 1, "GITHUB_TOKEN", GITHUB_TOKEN)]
    );

    let empty = Repo::new();
    let out = empty.staged(&[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "nothing staged: {}",
        stderr(&out)
    );
}

#[test]
fn renames_deletions_and_odd_paths() {
    let repo = Repo::new();
    // Enough unchanged lines that git still sees a rename once a line is added.
    let settings: String = (1..=20)
        .map(|i| format!("SETTING_{i}=value number {i}\n"))
        .collect();
    repo.write("old name.env", format!("KEY={AWS_KEY_ID}\n{settings}"));
    repo.write("doomed.env", format!("KEY={AWS_KEY_ID_2}\n"));
    repo.commit_all("initial");

    // A pure rename and a deletion add nothing.
    repo.git(&["mv", "old name.env", "new name.env"]);
    repo.git(&["rm", "-q", "doomed.env"]);
    let out = repo.staged(&[]);
    assert_eq!(out.status.code(), Some(0), "{:?}", found(&out));

    // A rename with an added line: only that line, under the new name.
    repo.write(
        "new name.env",
        format!("KEY={AWS_KEY_ID}\n{settings}TOKEN={GITHUB_TOKEN}\n"),
    );
    repo.write("dir with space/café ü.env", format!("NPM={NPM_TOKEN}\n"));
    repo.git(&["add", "-A"]);
    let mut hits = found(&repo.staged(&[]));
    hits.sort();
    assert_eq!(
        hits,
        [
            hit("dir with space/café ü.env", 1, "NPM_TOKEN", NPM_TOKEN),
            hit("new name.env", 22, "GITHUB_TOKEN", GITHUB_TOKEN)
        ]
    );
}

#[test]
fn binary_files_are_skipped_and_do_not_block_with_allow_incomplete() {
    let repo = Repo::new();
    repo.write("README.md", "hello\n");
    repo.commit_all("initial");
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR ".to_vec();
    png.extend_from_slice(AWS_KEY_ID.as_bytes());
    repo.write("logo.png", &png);
    repo.git(&["add", "logo.png"]);

    let out = repo.staged(&[]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "nothing found, one input skipped"
    );
    let object = records(&out)
        .into_iter()
        .find(|r| r["type"] == "object")
        .unwrap();
    assert_eq!(
        (object["source"].as_str(), object["reason"].as_str()),
        (Some("logo.png"), Some("BINARY_FILE"))
    );
    assert_eq!(repo.staged(&["--allow-incomplete"]).status.code(), Some(0));
    assert_eq!(
        found(&repo.staged(&["--binary"])),
        [hit("logo.png", 3, "AWS_ACCESS_KEY_ID", AWS_KEY_ID)]
    );
}

#[test]
fn context_outside_the_added_lines_is_seen() {
    let pem = trawl_identifiers::builtin()
        .into_iter()
        .find(|i| i.id == "PKCS")
        .unwrap()
        .examples[0]
        .clone();
    let pem = pem.trim_start_matches('\n').to_string();
    let lines: Vec<&str> = pem.lines().collect();
    let half = lines.len() / 2;
    let repo = Repo::new();
    // The key block's first half is already committed (say, by an earlier commit that a
    // hook did not check); the rest is added now. The finding spans both.
    repo.write(
        "key.pem",
        format!("# deploy key\n{}\n", lines[..half].join("\n")),
    );
    repo.commit_all("initial");
    repo.write("key.pem", format!("# deploy key\n{}", pem));
    repo.git(&["add", "key.pem"]);
    let hits = found(&repo.staged(&[]));
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(
        (hits[0].1, hits[0].2.as_str()),
        (2, "PKCS"),
        "reported at the block's first line"
    );
}

#[test]
fn a_range_of_commits() {
    let repo = Repo::new();
    repo.write("a.env", format!("KEY={AWS_KEY_ID}\n"));
    repo.commit_all("base");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("a.env", format!("KEY={AWS_KEY_ID}\nTOKEN={GITHUB_TOKEN}\n"));
    repo.commit_all("one");
    repo.write("b.env", format!("NPM={NPM_TOKEN}\n"));
    repo.commit_all("two");

    let out = repo.trawl(&[
        "scan",
        "--git-range",
        "main..feature",
        "--format",
        "jsonl",
        "--show-secrets",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let mut hits = found(&out);
    hits.sort();
    assert_eq!(
        hits,
        [
            hit("a.env", 2, "GITHUB_TOKEN", GITHUB_TOKEN),
            hit("b.env", 1, "NPM_TOKEN", NPM_TOKEN)
        ]
    );
    let out = repo.trawl(&[
        "scan",
        "--git-range",
        "HEAD~1..HEAD",
        "--format",
        "jsonl",
        "--show-secrets",
    ]);
    assert_eq!(found(&out), [hit("b.env", 1, "NPM_TOKEN", NPM_TOKEN)]);
    let out = repo.trawl(&["scan", "--git-range", "no-such-branch..HEAD"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no-such-branch"), "{}", stderr(&out));
}

#[test]
fn outside_a_repository_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_trawl"))
        .current_dir(dir.path())
        .args(["scan", "--staged"])
        .env("GIT_CEILING_DIRECTORIES", dir.path().parent().unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("trawl: error:"), "{}", stderr(&out));
}

#[test]
fn personal_identifiers_are_opt_in_for_git_changes() {
    let config = "[[identifier]]\nid = \"PATIENT_ID\"\nname = \"Patient id\"\ncategory = \"PERSONAL\"\nregex = 'PAT-\\d{6}'\nanchors = [\"PAT-\"]\n\n[[identifier]]\nid = \"ACME_ID\"\nname = \"Acme id\"\nregex = 'ACME-\\d{6}'\nanchors = [\"ACME-\"]\n";
    let repo = Repo::new();
    repo.write("trawl.toml", config);
    repo.commit_all("config");
    repo.write(
        "notes.txt",
        format!("PAT-123456 ACME-654321 {GITHUB_TOKEN}\n"),
    );
    repo.git(&["add", "notes.txt"]);
    let ids = |out: &Output| found(out).into_iter().map(|h| h.2).collect::<Vec<_>>();
    assert_eq!(
        ids(&repo.staged(&[])),
        ["ACME_ID", "GITHUB_TOKEN"],
        "credentials and custom by default"
    );
    assert_eq!(
        ids(&repo.staged(&["--identifiers", "PATIENT_ID"])),
        ["PATIENT_ID"]
    );
    repo.write(
        "trawl.toml",
        format!("[git]\ncategories = [\"CREDENTIALS\", \"PERSONAL\", \"CUSTOM\"]\n\n{config}"),
    );
    assert_eq!(
        ids(&repo.staged(&[])),
        ["PATIENT_ID", "ACME_ID", "GITHUB_TOKEN"]
    );
    // A plain scan of files runs every identifier.
    let out = repo.trawl(&["scan", "--format", "jsonl", "notes.txt"]);
    assert_eq!(ids(&out), ["PATIENT_ID", "ACME_ID", "GITHUB_TOKEN"]);
}

#[test]
fn inline_allows() {
    let repo = Repo::new();
    repo.write(
        "fixtures.py",
        format!(
            "a = '{AWS_KEY_ID}'  # trawl:allow\n\
             b = '{AWS_KEY_ID_2}'  # trawl:allow AWS_ACCESS_KEY_ID\n\
             c = '{GITHUB_TOKEN}'  # trawl:allow AWS_ACCESS_KEY_ID\n\
             d = '{NPM_TOKEN}'  # gitleaks:allow\n\
             e = '{AWS_KEY_ID}'  # pragma: allowlist secret\n\
             f = '{AWS_KEY_ID_2}'\n"
        ),
    );
    repo.git(&["add", "fixtures.py"]);
    let out = repo.staged(&[]);
    // An allow naming another identifier does not silence this one.
    assert_eq!(
        found(&out),
        [
            hit("fixtures.py", 3, "GITHUB_TOKEN", GITHUB_TOKEN),
            hit("fixtures.py", 6, "AWS_ACCESS_KEY_ID", AWS_KEY_ID_2)
        ]
    );
    assert_eq!(found(&repo.staged(&["--no-inline-allows"])).len(), 6);
    // Inline allows hold for plain file scans too.
    let out = repo.trawl(&["scan", "--format", "jsonl", "fixtures.py"]);
    assert_eq!(found(&out).len(), 2);
}

#[test]
fn baselines_hold_fingerprints_and_silence_known_findings() {
    let repo = Repo::new();
    repo.write(
        "old.env",
        format!("KEY={AWS_KEY_ID}\nTOKEN={GITHUB_TOKEN}\n"),
    );
    repo.commit_all("legacy secrets");
    let out = repo.trawl(&["baseline", "create", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let baseline = String::from_utf8(out.stdout).unwrap();
    assert!(
        !baseline.contains(AWS_KEY_ID) && !baseline.contains(GITHUB_TOKEN),
        "no values in a baseline:\n{baseline}"
    );
    let doc: Value = serde_json::from_str(&baseline).unwrap();
    assert_eq!(doc["findings"].as_array().unwrap().len(), 2);
    repo.write(".trawl-baseline.json", &baseline);

    // The same values elsewhere are still known; a new one is reported.
    repo.write("new.env", format!("COPY={GITHUB_TOKEN}\nNEW={NPM_TOKEN}\n"));
    let out = repo.trawl(&[
        "scan",
        "--baseline",
        ".trawl-baseline.json",
        "--format",
        "jsonl",
        "--show-secrets",
        ".",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(found(&out), [hit("./new.env", 2, "NPM_TOKEN", NPM_TOKEN)]);
    let recs = records(&out);
    let old = recs
        .iter()
        .find(|r| r["type"] == "object" && r["source"] == "./old.env")
        .unwrap();
    assert!(old["findings"].as_object().unwrap().is_empty(), "{old}");

    repo.git(&["add", "new.env"]);
    let out = repo.trawl(&[
        "scan",
        "--staged",
        "--baseline",
        ".trawl-baseline.json",
        "--format",
        "jsonl",
        "--show-secrets",
    ]);
    assert_eq!(found(&out), [hit("new.env", 2, "NPM_TOKEN", NPM_TOKEN)]);

    repo.write("bad.json", "{\"version\": 99}");
    let out = repo.trawl(&["scan", "--baseline", "bad.json", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("bad.json: unsupported baseline version"),
        "{}",
        stderr(&out)
    );
}

/// Validates `doc` against the vendored SARIF 2.1.0 schema with Python's `jsonschema`, from
/// the tests' own virtualenv.
fn assert_valid_sarif(doc: &str) {
    let doc: Value = serde_json::from_str(doc).expect("SARIF is JSON");
    support::python::assert_valid_json(
        "tests/fixtures/sarif-2.1.0-rtm.5.json",
        "Draft4Validator",
        &[doc],
    );
}

#[test]
fn sarif_output_validates_and_carries_fingerprints() {
    let repo = Repo::new();
    repo.write(
        "ci/deploy key.yml",
        format!("token: {GITHUB_TOKEN}\nkey: {AWS_KEY_ID}\n"),
    );
    let mut blob = vec![0u8; 16];
    blob.extend_from_slice(b"binary");
    repo.write("blob.bin", blob);
    let out = repo.trawl(&["scan", "--format", "sarif", "."]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_valid_sarif(&text);
    assert!(!text.contains(GITHUB_TOKEN), "redacted in SARIF messages");
    let doc: Value = serde_json::from_str(&text).unwrap();
    let run = &doc["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    let github = results
        .iter()
        .find(|r| r["ruleId"] == "GITHUB_TOKEN")
        .unwrap();
    assert_eq!(github["level"], "error");
    let location = &github["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "ci/deploy%20key.yml");
    assert_eq!(location["region"]["startLine"], 1);
    assert_eq!(location["region"]["startColumn"], 8);
    assert_eq!(location["region"]["endColumn"], 8 + GITHUB_TOKEN.len());
    assert_eq!(
        github["partialFingerprints"]["trawl/v1"]
            .as_str()
            .unwrap()
            .len(),
        32
    );
    let rule = &run["tool"]["driver"]["rules"][github["ruleIndex"].as_u64().unwrap() as usize];
    assert_eq!(rule["id"], "GITHUB_TOKEN");
    let notes = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert!(
        notes.iter().any(|n| n["message"]["text"]
            .as_str()
            .unwrap()
            .contains("BINARY_FILE")),
        "{notes:?}"
    );

    // A clean run is valid SARIF too.
    repo.git(&["add", "-A"]);
    repo.git(&["commit", "-q", "-m", "x"]);
    let out = repo.trawl(&["scan", "--staged", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(0));
    assert_valid_sarif(&String::from_utf8(out.stdout).unwrap());
}
