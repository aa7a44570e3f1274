//! S3 sweeps end to end: the real `trawl` binary and its aws-sdk-s3 client against a real
//! S3-protocol server on 127.0.0.1 (s3s over s3s-fs, in this process), with faults injected:
//! SlowDown bursts, bodies cut mid-stream, access denied, objects deleted or overwritten between
//! listing and reading, archive storage classes; then scope, results files, and resuming a
//! sweep killed with SIGKILL.

#[path = "support/s3_server.rs"]
mod s3_server;
mod support;

use s3_server::TestS3;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use support::archives::{gzip, zip};
use support::{jsonl, stderr, AWS_KEY_ID, GITHUB_TOKEN};

fn trawl(server: &TestS3) -> Command {
    trawl_at(server, &server.endpoint)
}

fn trawl_at(server: &TestS3, endpoint: &str) -> Command {
    let mut cmd = support::trawl();
    cmd.env_remove("AWS_ENDPOINT_URL_S3")
        .env_remove("AWS_ENDPOINT_URL")
        .env_remove("AWS_PROFILE")
        .envs(server.env())
        .args(["scan", "--endpoint-url", endpoint]);
    cmd
}

fn run(server: &TestS3, args: &[&str]) -> Output {
    trawl(server).args(args).output().expect("running trawl")
}

/// [`run`], and the GETs the server answered meanwhile.
fn run_counting_gets(server: &TestS3, args: &[&str]) -> (Output, u64) {
    let before = server.faults.gets.load(Ordering::Relaxed);
    let out = run(server, args);
    (out, server.faults.gets.load(Ordering::Relaxed) - before)
}

/// Object records by source (top-level ones only).
fn objects(records: &[Value]) -> BTreeMap<String, Value> {
    records
        .iter()
        .filter(|r| r["type"] == "object" && r.get("container").is_none())
        .map(|r| (r["source"].as_str().unwrap().to_string(), r.clone()))
        .collect()
}

/// (source, identifier, start) of every finding, sorted; duplicates kept so they show.
fn findings(records: &[Value]) -> Vec<(String, String, u64)> {
    let mut found: Vec<_> = records
        .iter()
        .filter(|r| r["type"] == "finding")
        .map(|r| {
            (
                r["source"].as_str().unwrap().to_string(),
                r["identifier"].as_str().unwrap().to_string(),
                r["start"].as_u64().unwrap(),
            )
        })
        .collect();
    found.sort();
    found
}

fn status(record: &Value) -> (String, String) {
    (
        record["status"].as_str().unwrap_or_default().to_string(),
        record["reason"].as_str().unwrap_or_default().to_string(),
    )
}

fn secret_file() -> Vec<u8> {
    format!("[default]\naws_access_key_id = {AWS_KEY_ID}\n").into_bytes()
}

/// About `size` bytes of log lines with a GitHub token near the start and near `late`.
fn big_log(size: usize, late: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(size + 200);
    let mut line = 0;
    while out.len() < size {
        if line == 3 || (out.len() >= late && !out.ends_with(b"#\n") && !has_late(&out, late)) {
            writeln!(out, "token={GITHUB_TOKEN} #").unwrap();
        } else {
            writeln!(
                out,
                "2026-11-29T10:00:{:02}Z request {line} served in 12 ms",
                line % 60
            )
            .unwrap();
        }
        line += 1;
    }
    out
}

fn has_late(out: &[u8], late: usize) -> bool {
    out[late.min(out.len())..]
        .windows(GITHUB_TOKEN.len())
        .any(|w| w == GITHUB_TOKEN.as_bytes())
}

#[test]
fn every_listed_object_is_accounted_for_through_faults() {
    let server = TestS3::start();
    let b = "data";
    server.put(b, "clean.txt", b"nothing to see here\n");
    server.put(b, "keys/prod.env", &secret_file());
    server.put(
        b,
        "logs/app.log.gz",
        &gzip(&big_log(200_000, 150_000), None),
    );
    server.put(
        b,
        "exports/bundle.zip",
        &zip(&[("inner/keys.env", &secret_file())]),
    );
    server.put(b, "blob.bin", b"\x00\x01\x02 binary");
    server.put(b, "archive/old.env", &secret_file());
    server.put(b, "private/denied.env", &secret_file());
    server.put(b, "big/cut.log", &big_log(3_000_000, 2_500_000));
    server.put(b, "slow/throttled.env", &secret_file());
    server.put(b, "gone/deleted.env", &secret_file());
    server.put(b, "moving/overwritten.env", &secret_file());
    let faults = &server.faults;
    faults
        .storage_class
        .lock()
        .unwrap()
        .insert(format!("{b}/archive/old.env"), "GLACIER".into());
    faults
        .deny
        .lock()
        .unwrap()
        .insert(format!("{b}/private/denied.env"));
    faults
        .cut_after
        .lock()
        .unwrap()
        .insert(format!("{b}/big/cut.log"), (1_000_000, 1));
    faults
        .slow_down
        .lock()
        .unwrap()
        .insert(format!("{b}/slow/throttled.env"), 2);
    faults
        .delete_before_get
        .lock()
        .unwrap()
        .insert(format!("{b}/gone/deleted.env"));
    faults.overwrite_before_get.lock().unwrap().insert(
        format!("{b}/moving/overwritten.env"),
        b"replaced while the sweep ran\n".to_vec(),
    );

    let out = run(&server, &["--format", "jsonl", "s3://data"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let records = support::records(&out);
    let objects = objects(&records);
    let expect = [
        ("clean.txt", "COMPLETE", ""),
        ("keys/prod.env", "COMPLETE", ""),
        ("logs/app.log.gz", "COMPLETE", ""),
        ("exports/bundle.zip", "COMPLETE", ""),
        ("blob.bin", "SKIPPED", "BINARY_FILE"),
        ("archive/old.env", "SKIPPED", "UNSUPPORTED_STORAGE_CLASS"),
        ("private/denied.env", "SKIPPED", "ACCESS_DENIED"),
        ("big/cut.log", "COMPLETE", ""),
        ("slow/throttled.env", "COMPLETE", ""),
        ("gone/deleted.env", "SKIPPED", "NOT_FOUND"),
        (
            "moving/overwritten.env",
            "SKIPPED",
            "OBJECT_CHANGED_DURING_SCAN",
        ),
    ];
    assert_eq!(objects.len(), expect.len(), "{objects:#?}");
    for (key, want_status, want_reason) in expect {
        let record = &objects[&format!("s3://data/{key}")];
        assert_eq!(
            status(record),
            (want_status.to_string(), want_reason.to_string()),
            "{key}: {record}"
        );
        assert!(record["etag"].is_string(), "{key} has its ETag: {record}");
    }
    // Each planted value once: the cut body resumed from its last byte, no finding lost or
    // repeated.
    let found = findings(&records);
    let per_source = |key: &str| {
        found
            .iter()
            .filter(|(s, _, _)| s == &format!("s3://data/{key}"))
            .count()
    };
    assert_eq!(per_source("keys/prod.env"), 1);
    assert_eq!(per_source("exports/bundle.zip"), 1);
    assert_eq!(per_source("logs/app.log.gz"), 2);
    assert_eq!(per_source("big/cut.log"), 2);
    assert_eq!(per_source("slow/throttled.env"), 1);
    assert_eq!(found.len(), 7, "{found:#?}");
    assert!(faults.ranged_gets.load(Ordering::Relaxed) >= 1);
    // The big object's size is exactly what was scanned.
    assert_eq!(
        objects["s3://data/big/cut.log"]["bytes"].as_u64(),
        Some(
            std::fs::metadata(server.root.join("data/big/cut.log"))
                .unwrap()
                .len()
        )
    );
    // No secret in clear anywhere.
    let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(!all.contains(GITHUB_TOKEN) && !all.contains(AWS_KEY_ID));
    let summary = records.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["objects"], 11);
    assert_eq!(summary["by_reason"]["UNSUPPORTED_STORAGE_CLASS"], 1);
}

#[test]
fn an_object_overwritten_while_it_is_read_is_partial_with_what_was_read() {
    let server = TestS3::start();
    let content = big_log(2_000_000, 1_900_000);
    server.put("data", "moving.log", &content);
    let name = "data/moving.log".to_string();
    // The body breaks at 500 KB; before the resume can read on, the object is replaced.
    server
        .faults
        .cut_after
        .lock()
        .unwrap()
        .insert(name.clone(), (500_000, 1));
    server
        .faults
        .overwrite_before_resume
        .lock()
        .unwrap()
        .insert(name, content);
    let out = run(&server, &["--format", "jsonl", "s3://data"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the early token is found: {}",
        stderr(&out)
    );
    let records = support::records(&out);
    let record = &objects(&records)["s3://data/moving.log"];
    assert_eq!(
        status(record),
        ("PARTIAL".into(), "OBJECT_CHANGED_DURING_SCAN".into()),
        "{record}"
    );
    // What arrived before the cut (the server may not flush its last chunk) was scanned,
    // and nothing of the new version.
    let bytes = record["bytes"].as_u64().unwrap();
    assert!((65_536..=500_000).contains(&bytes), "{record}");
    assert!(record["message"]
        .as_str()
        .unwrap()
        .contains(&format!("after {bytes} bytes")));
    assert_eq!(
        findings(&records).len(),
        1,
        "only the token before the change"
    );
}

#[test]
fn scope_limits_what_is_scanned_and_sampling_is_stable() {
    let server = TestS3::start();
    for i in 0..200 {
        server.put("lake", &format!("exports/{i:03}.csv"), b"id,name\n1,x\n");
    }
    server.put("lake", "exports/tmp/scratch.csv", b"id\n");
    server.put("lake", "exports/readme.md", b"# docs\n");
    server.put("lake", "exports/huge.csv", &vec![b'a'; 20_000]);

    let out = run(
        &server,
        &[
            "--format",
            "jsonl",
            "--include-key",
            "exports/**",
            "--exclude-key",
            "**/tmp/*",
            "--extensions",
            "CSV",
            "--max-size",
            "10KB",
            "s3://lake/exports/",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records = support::records(&out);
    let scanned = objects(&records);
    assert_eq!(scanned.len(), 200);
    assert!(scanned
        .keys()
        .all(|k| k.ends_with(".csv") && !k.contains("tmp")));
    let summary = records.last().unwrap();
    assert_eq!(summary["out_of_scope"], 3);

    let sample = |percent: &str| -> Vec<String> {
        let out = run(
            &server,
            &[
                "--format",
                "jsonl",
                "--sample",
                percent,
                "s3://lake/exports/",
            ],
        );
        objects(&support::records(&out)).into_keys().collect()
    };
    let first = sample("25");
    let again = sample("25");
    assert_eq!(first, again, "the same objects on every run");
    assert!(
        (30..75).contains(&first.len()),
        "{} of 203 at 25%",
        first.len()
    );

    // An oversized object is recorded, not silently dropped, with --max-file-size.
    let out = run(
        &server,
        &[
            "--format",
            "jsonl",
            "--max-file-size",
            "10KB",
            "s3://lake/exports/huge",
        ],
    );
    assert_eq!(out.status.code(), Some(3), "nothing found, one skipped");
    let records = support::records(&out);
    assert_eq!(
        status(&objects(&records)["s3://lake/exports/huge.csv"]),
        ("SKIPPED".into(), "FILE_EXCEEDS_SIZE_LIMIT".into())
    );
}

#[test]
fn unreachable_endpoint_and_missing_bucket_are_clear() {
    let server = TestS3::start();
    let out = trawl_at(&server, "http://127.0.0.1:9")
        .args(["--max-attempts", "2", "s3://data"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("listing s3://data/"),
        "{}",
        stderr(&out)
    );

    let out = run(&server, &["--format", "jsonl", "s3://no-such-bucket/x/"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let records = support::records(&out);
    let record = &objects(&records)["s3://no-such-bucket/x/"];
    assert_eq!(status(record), ("SKIPPED".into(), "NOT_FOUND".into()));
    assert!(record["message"].as_str().unwrap().contains("NoSuchBucket"));
}

/// Results of a sweep: findings and object records without the summary, sorted.
fn result_lines(path: &Path) -> Vec<String> {
    let file = std::fs::File::open(path).unwrap();
    let text = {
        use std::io::Read;
        let mut text = String::new();
        flate2::read::MultiGzDecoder::new(file)
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    let mut lines: Vec<String> = text
        .lines()
        .filter(|l| !l.contains("\"type\":\"summary\""))
        .map(String::from)
        .collect();
    lines.sort();
    lines
}

/// Bucket `sweep`: 60 objects `part/NN.txt`, a token in every third.
fn sixty_objects(server: &TestS3) {
    for i in 0..60 {
        let content = if i % 3 == 0 {
            format!("object {i}\ntoken = {GITHUB_TOKEN}\n")
        } else {
            format!("object {i}: nothing here\n")
        };
        server.put("sweep", &format!("part/{i:02}.txt"), content.as_bytes());
    }
}

/// Runs trawl with `args`, sends it SIGINT after 800 ms and returns what it printed; it must
/// end with exit code 130.
fn interrupted_run(server: &TestS3, args: &[&str]) -> Output {
    let child = trawl(server)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(800));
    // SAFETY: kill(2) with the pid of a child this test started and has not waited for.
    assert_eq!(
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) },
        0
    );
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    out
}

/// Every GET of the 60 objects takes `delay`, so a sweep is still running when it is stopped.
fn slow_gets(server: &TestS3, delay: Duration) {
    let mut delays = server.faults.delay.lock().unwrap();
    for i in 0..60 {
        delays.insert(format!("sweep/part/{i:02}.txt"), delay);
    }
}

#[test]
fn a_sweep_killed_half_way_resumes_from_its_checkpoint_without_duplicates() {
    let server = TestS3::start();
    sixty_objects(&server);
    let dir = tempfile::tempdir().unwrap();
    let reference = dir.path().join("reference.jsonl.gz");
    let out = run(
        &server,
        &[
            "--results",
            reference.to_str().unwrap(),
            "--format",
            "jsonl",
            "s3://sweep",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));

    slow_gets(&server, Duration::from_millis(150));
    let results = dir.path().join("results.jsonl.gz");
    let checkpoint = dir.path().join("checkpoint.jsonl");
    let args = [
        "--results",
        results.to_str().unwrap(),
        "--checkpoint",
        checkpoint.to_str().unwrap(),
        "--concurrency",
        "2",
        "--format",
        "jsonl",
        "s3://sweep",
    ];
    let mut child = trawl(&server)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let done = std::fs::read_to_string(&checkpoint)
            .map(|t| t.lines().count())
            .unwrap_or(0);
        if done >= 10 {
            break;
        }
        assert!(Instant::now() < deadline, "the sweep never checkpointed");
        assert!(
            child.try_wait().unwrap().is_none(),
            "the sweep ended too soon"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let checkpointed = std::fs::read_to_string(&checkpoint)
        .unwrap()
        .lines()
        .count();
    assert!(checkpointed < 60, "killed half-way ({checkpointed} done)");

    server.faults.delay.lock().unwrap().clear();
    let gets_before = server.faults.gets.load(Ordering::Relaxed);
    let out = run(&server, &args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let rescanned = server.faults.gets.load(Ordering::Relaxed) - gets_before;
    assert!(
        rescanned <= 60 - checkpointed as u64 + 2,
        "{rescanned} objects read again with {checkpointed} checkpointed"
    );
    assert_eq!(result_lines(&results), result_lines(&reference));
    let summary: Value = {
        let text = {
            use std::io::Read;
            let mut text = String::new();
            flate2::read::MultiGzDecoder::new(std::fs::File::open(&results).unwrap())
                .read_to_string(&mut text)
                .unwrap();
            text
        };
        serde_json::from_str(text.lines().last().unwrap()).unwrap()
    };
    assert_eq!(summary["objects"], 60);
    assert_eq!(summary["findings"], 20);
    assert_eq!(summary["resumed"], checkpointed as u64);
}

/// SIGINT during a sweep: the summary says `interrupted` and every listed object has a record
/// or is counted as not reached; the checkpoint is flushed with the finished objects, so the
/// same command resumes and covers the whole bucket.
#[test]
fn an_interrupted_sweep_flushes_its_checkpoint_and_resumes() {
    let server = TestS3::start();
    sixty_objects(&server);
    slow_gets(&server, Duration::from_millis(100));
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("results.jsonl");
    let checkpoint = dir.path().join("checkpoint.jsonl");
    let args = [
        "--results",
        results.to_str().unwrap(),
        "--checkpoint",
        checkpoint.to_str().unwrap(),
        "--concurrency",
        "2",
        "--format",
        "jsonl",
        "s3://sweep",
    ];
    let out = interrupted_run(&server, &args);
    let records = support::records(&out);
    let summary = records.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["interrupted"], true);
    let objects = records.iter().filter(|r| r["type"] == "object").count() as u64;
    let not_reached = summary["not_reached"].as_u64().unwrap();
    assert!(objects > 0 && not_reached > 0, "{summary}");
    assert_eq!(objects + not_reached, 60, "{summary}");
    let complete = summary["complete"].as_u64().unwrap();
    let checkpointed = std::fs::read_to_string(&checkpoint)
        .unwrap()
        .lines()
        .count() as u64;
    assert_eq!(
        checkpointed, complete,
        "every finished object is in the checkpoint"
    );

    server.faults.delay.lock().unwrap().clear();
    let out = run(&server, &args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let summary = support::records(&out).last().unwrap().clone();
    assert_eq!(summary["objects"], 60, "{summary}");
    assert_eq!(summary["findings"], 20);
    assert_eq!(summary["resumed"], checkpointed);
    assert!(summary.get("interrupted").is_none());
}

#[test]
fn results_can_be_stored_in_a_bucket() {
    let server = TestS3::start();
    server.put("data", "keys.env", &secret_file());
    std::fs::create_dir_all(server.root.join("audit")).unwrap();
    let out = run(&server, &["--results", "s3://audit/runs/", "s3://data"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let stored: Vec<_> = std::fs::read_dir(server.root.join("audit/runs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".jsonl.gz"))
        .collect();
    assert_eq!(stored.len(), 1, "{stored:?}");
    let name = stored[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.starts_with("trawl-results-"), "{name}");
    assert!(stderr(&out).contains(&format!("s3://audit/runs/{name}")));
    let lines = result_lines(&stored[0]);
    assert_eq!(findings(&jsonl(&lines.join("\n"))).len(), 1);
    assert!(lines.iter().any(|l| l.contains("\"type\":\"object\"")));
}

/// The library's S3 ObjectCreated handler example, run here against the same server.
#[path = "../scanner/examples/s3_quarantine.rs"]
#[allow(dead_code)]
mod s3_quarantine;

#[test]
fn the_quarantine_handler_example_moves_objects_with_credentials() {
    let server = TestS3::start();
    server.put("uploads", "in/team keys.env", &secret_file());
    server.put("uploads", "in/notes.txt", b"meeting at noon\n");
    let client = server.client();
    let scanner = s3_quarantine::scanner().unwrap();
    let event = serde_json::json!({"Records": [
        {"eventName": "ObjectCreated:Put",
         "s3": {"bucket": {"name": "uploads"}, "object": {"key": "in/team+keys.env"}}},
        {"eventName": "ObjectCreated:Put",
         "s3": {"bucket": {"name": "uploads"}, "object": {"key": "in/notes.txt"}}},
    ]});
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let verdicts = runtime
        .block_on(s3_quarantine::handle(&client, &scanner, &event))
        .unwrap();
    assert_eq!(
        verdicts,
        vec![
            s3_quarantine::Verdict::Quarantined {
                bucket: "uploads".into(),
                key: "in/team keys.env".into(),
                moved_to: "quarantine/in/team keys.env".into(),
                identifiers: vec!["AWS_ACCESS_KEY_ID".into()],
            },
            s3_quarantine::Verdict::Clean {
                bucket: "uploads".into(),
                key: "in/notes.txt".into()
            },
        ]
    );
    let root = server.root.join("uploads");
    assert!(
        !root.join("in/team keys.env").exists(),
        "the original is gone"
    );
    assert_eq!(
        std::fs::read(root.join("quarantine/in/team keys.env")).unwrap(),
        secret_file()
    );
    let tags = server.faults.tags.lock().unwrap().clone();
    assert_eq!(
        tags["uploads/quarantine/in/team keys.env"],
        vec![
            ("trawl-scan".to_string(), "quarantined".to_string()),
            (
                "trawl-identifiers".to_string(),
                "AWS_ACCESS_KEY_ID".to_string()
            )
        ]
    );
    assert_eq!(
        tags["uploads/in/notes.txt"],
        vec![("trawl-scan".to_string(), "clean".to_string())]
    );
    // The move's own event is ignored.
    let again = serde_json::json!({"Records": [{"s3": {"bucket": {"name": "uploads"},
        "object": {"key": "quarantine/in/team+keys.env"}}}]});
    let verdicts = runtime
        .block_on(s3_quarantine::handle(&client, &scanner, &again))
        .unwrap();
    assert!(matches!(
        verdicts[0],
        s3_quarantine::Verdict::Ignored { .. }
    ));
}

/// Keeps the sources of findings and records, from any thread.
#[derive(Default)]
struct Collect(std::sync::Mutex<(Vec<String>, Vec<trawl_scanner::ObjectRecord>)>);

impl trawl_scanner::Sink for Collect {
    fn findings(
        &self,
        source: &str,
        findings: Vec<trawl_scanner::Finding>,
    ) -> std::ops::ControlFlow<()> {
        let mut kept = self.0.lock().unwrap();
        kept.0
            .extend(findings.iter().map(|f| format!("{source} {}", f.id())));
        std::ops::ControlFlow::Continue(())
    }
    fn object(&self, record: trawl_scanner::ObjectRecord) -> std::ops::ControlFlow<()> {
        self.0.lock().unwrap().1.push(record);
        std::ops::ControlFlow::Continue(())
    }
}

/// A library user with a runtime and a client of their own: `sweep_with` uses both (from
/// `spawn_blocking`), and `sweep` called on the runtime is an error that says so, not a panic.
#[test]
fn a_sweep_runs_on_the_callers_runtime_with_the_callers_client() {
    use trawl_scanner::s3::{self, S3Url, SweepError, SweepOptions};
    let server = TestS3::start();
    server.put("exports", "a/keys.env", &secret_file());
    server.put("exports", "a/notes.txt", b"nothing here\n");
    let client = server.client();
    let scanner = std::sync::Arc::new(trawl_scanner::Scanner::builder().build().unwrap());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let urls = [S3Url::parse("s3://exports/a/").unwrap()];

    let (stats, collected) = runtime.block_on(async {
        let handle = tokio::runtime::Handle::current();
        let (scanner, urls) = (scanner.clone(), urls.clone());
        tokio::task::spawn_blocking(move || {
            let sink = Collect::default();
            let stats = s3::sweep_with(
                &client,
                &handle,
                &scanner,
                &urls,
                &SweepOptions::default(),
                &sink,
            );
            (stats, sink.0.into_inner().unwrap())
        })
        .await
        .unwrap()
    });
    assert_eq!(stats.unwrap().listed, 2);
    assert_eq!(collected.0, ["s3://exports/a/keys.env AWS_ACCESS_KEY_ID"]);
    assert_eq!(collected.1.len(), 2, "{:?}", collected.1);

    let inside = runtime.block_on(async {
        s3::sweep(
            &scanner,
            &urls,
            &SweepOptions::default(),
            &Collect::default(),
        )
    });
    assert!(
        matches!(inside, Err(SweepError::InsideRuntime)),
        "{inside:?}"
    );
}

/// `--report objects` on a sweep: object records with exact counts and sampled occurrences,
/// totals per key prefix, no finding records.
#[test]
fn a_sweep_reports_objects() {
    let server = TestS3::start();
    let mut log = String::new();
    for i in 0..30 {
        log.push_str(&format!("line {i} token={GITHUB_TOKEN}\n"));
    }
    server.put("reports", "app/2026/a.log", log.as_bytes());
    server.put("reports", "keys/prod.env", &secret_file());
    server.put("reports", "clean.txt", b"nothing\n");
    let out = run(
        &server,
        &[
            "--report",
            "objects",
            "--max-occurrences",
            "4",
            "--format",
            "jsonl",
            "s3://reports",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let records = jsonl(&String::from_utf8_lossy(&out.stdout));
    assert!(findings(&records).is_empty());
    let by_source = objects(&records);
    let log = &by_source["s3://reports/app/2026/a.log"];
    let detection = &log["detections"][0];
    assert_eq!(detection["identifier"], "GITHUB_TOKEN");
    assert_eq!(detection["count"], 30);
    assert_eq!(detection["occurrences"].as_array().unwrap().len(), 4);
    assert!(log["etag"].is_string());
    let summary = records.iter().find(|r| r["type"] == "summary").unwrap();
    assert_eq!(
        summary["by_prefix"]["s3://reports/app/"]["GITHUB_TOKEN"],
        30
    );
    assert!(summary["by_prefix"]["s3://reports/keys/"].is_object());
    assert!(!String::from_utf8_lossy(&out.stdout).contains(GITHUB_TOKEN));
}

/// `--results-format macie` on a sweep: a Macie result record per object naming its bucket,
/// key and ETag; interrupted and resumed with its checkpoint, the results hold each object's
/// record exactly once.
#[test]
fn a_sweep_writes_macie_records_and_resumes_without_duplicates() {
    let server = TestS3::start();
    sixty_objects(&server);
    slow_gets(&server, Duration::from_millis(100));
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("results.jsonl.gz");
    let checkpoint = dir.path().join("checkpoint.jsonl");
    let args = [
        "--results",
        results.to_str().unwrap(),
        "--results-format",
        "macie",
        "--checkpoint",
        checkpoint.to_str().unwrap(),
        "--concurrency",
        "2",
        "s3://sweep",
    ];
    interrupted_run(&server, &args);

    server.faults.delay.lock().unwrap().clear();
    let out = run(&server, &args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let mut text = String::new();
    std::io::Read::read_to_string(
        &mut flate2::read::MultiGzDecoder::new(std::fs::File::open(&results).unwrap()),
        &mut text,
    )
    .unwrap();
    let records = jsonl(&text);
    let mut keys: Vec<&str> = records
        .iter()
        .map(|r| r["resourcesAffected"]["s3Object"]["key"].as_str().unwrap())
        .collect();
    keys.sort_unstable();
    let total = keys.len();
    keys.dedup();
    assert_eq!((total, keys.len()), (60, 60), "one record per object");
    support::python::assert_valid_json(
        "tests/fixtures/macie-discovery-result.schema.json",
        "Draft7Validator",
        &records,
    );
    let found: u64 = records
        .iter()
        .flat_map(|r| {
            r["classificationDetails"]["result"]["sensitiveData"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["totalCount"].as_u64().unwrap())
        })
        .sum();
    assert_eq!(found, 20);
    let record = &records[0];
    let object = &record["resourcesAffected"]["s3Object"];
    assert_eq!(record["resourcesAffected"]["s3Bucket"]["name"], "sweep");
    assert_eq!(object["bucketArn"], "arn:aws:s3:::sweep");
    assert_eq!(
        object["path"],
        format!("sweep/{}", object["key"].as_str().unwrap())
    );
    assert!(object["eTag"].is_string(), "{record}");
    assert!(object["size"].is_u64(), "{record}");
}

/// The checkpoint keeps each object's ETag: an object rewritten after it was checkpointed is
/// read again by the resumed run, and its new lines replace the old ones in the results and
/// its new record the old one in the totals.
#[test]
fn an_object_changed_after_its_checkpoint_is_read_again_and_replaces_its_lines() {
    let server = TestS3::start();
    sixty_objects(&server);
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("sweep.jsonl.gz");
    let checkpoint = dir.path().join("sweep.ckpt");
    let args = [
        "--format",
        "jsonl",
        "--results",
        results.to_str().unwrap(),
        "--checkpoint",
        checkpoint.to_str().unwrap(),
        "s3://sweep",
    ];
    let first = run(&server, &args);
    assert_eq!(first.status.code(), Some(1), "{}", stderr(&first));
    assert_eq!(summary_of(&first)["findings"], 20);

    // part/00 loses its token; part/01 gains two; the others are unchanged.
    std::thread::sleep(Duration::from_millis(20));
    server.put("sweep", "part/00.txt", b"object 0: cleaned\n");
    let two = format!("token = {GITHUB_TOKEN}\nagain = {GITHUB_TOKEN}x\n");
    server.put("sweep", "part/01.txt", two.as_bytes());
    let (second, gets) = run_counting_gets(&server, &args);
    assert_eq!(second.status.code(), Some(1), "{}", stderr(&second));
    assert_eq!(gets, 2, "only the changed ones");
    let summary = summary_of(&second);
    assert_eq!(summary["objects"], 60);
    assert_eq!(summary["resumed"], 58);
    let found = |r: &Value| r["findings"]["GITHUB_TOKEN"].as_u64().unwrap_or(0);

    // The results file holds each object's record once, the changed ones as they are now.
    let lines = result_lines(&results);
    let records: Vec<Value> = lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let objects = objects(&records);
    assert_eq!(objects.len(), 60);
    assert_eq!(
        records.iter().filter(|r| r["type"] == "object").count(),
        60,
        "an object recorded twice"
    );
    assert_eq!(found(&objects["s3://sweep/part/00.txt"]), 0);
    let part01 = found(&objects["s3://sweep/part/01.txt"]);
    assert!(part01 >= 1, "{part01}");
    let finding_lines = |source: &str| {
        records
            .iter()
            .filter(|r| r["type"] == "finding" && r["source"] == source)
            .count() as u64
    };
    assert_eq!(finding_lines("s3://sweep/part/00.txt"), 0);
    assert_eq!(finding_lines("s3://sweep/part/01.txt"), part01);
    assert_eq!(finding_lines("s3://sweep/part/03.txt"), 1);
    assert_eq!(summary["findings"].as_u64().unwrap(), 19 + part01);
}

fn summary_of(out: &Output) -> Value {
    jsonl(&String::from_utf8_lossy(&out.stdout))
        .into_iter()
        .find(|r| r["type"] == "summary")
        .unwrap()
}

/// `--state DIR`: the second sweep reads only what is new or changed, drops what is gone, and
/// ends with the totals and results file of a full sweep.
#[test]
fn an_incremental_sweep_reads_only_new_and_changed_objects_and_equals_a_full_sweep() {
    let server = TestS3::start();
    sixty_objects(&server);
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let state = state.to_str().unwrap();
    let args = ["--format", "jsonl", "--state", state, "s3://sweep"];
    let first = run(&server, &args);
    assert_eq!(first.status.code(), Some(1), "{}", stderr(&first));
    let summary = summary_of(&first);
    let counts = |s: &Value| {
        ["new", "changed", "unchanged", "deleted"].map(|f| s[f].as_u64().unwrap_or(u64::MAX))
    };
    assert_eq!(counts(&summary), [60, 0, 0, 0]);

    // Two changed (one loses its token), three added (one with a token), two deleted.
    std::thread::sleep(Duration::from_millis(20));
    server.put("sweep", "part/00.txt", b"object 0: cleaned\n");
    server.put(
        "sweep",
        "part/01.txt",
        format!("token = {GITHUB_TOKEN}\n").as_bytes(),
    );
    for i in 60..63 {
        let body = if i == 60 {
            format!("t = {GITHUB_TOKEN}\n")
        } else {
            "clean\n".into()
        };
        server.put("sweep", &format!("part/{i:02}.txt"), body.as_bytes());
    }
    for i in [3, 4] {
        std::fs::remove_file(server.root.join(format!("sweep/part/{i:02}.txt"))).unwrap();
    }
    let (second, gets) = run_counting_gets(&server, &args);
    assert_eq!(second.status.code(), Some(1), "{}", stderr(&second));
    assert_eq!(gets, 5, "new and changed only");
    let incremental = summary_of(&second);
    assert_eq!(counts(&incremental), [3, 2, 56, 2]);
    // Only the objects read are reported on stdout.
    assert_eq!(
        objects(&jsonl(&String::from_utf8_lossy(&second.stdout))).len(),
        5
    );

    // A full sweep of the bucket as it is now: the same totals and the same results.
    let full_dir = tempfile::tempdir().unwrap();
    let full_results = full_dir.path().join("full.jsonl.gz");
    let full = run(
        &server,
        &[
            "--format",
            "jsonl",
            "--results",
            full_results.to_str().unwrap(),
            "s3://sweep",
        ],
    );
    let full_summary = summary_of(&full);
    for field in ["objects", "complete", "findings", "by_identifier", "bytes"] {
        assert_eq!(incremental[field], full_summary[field], "{field}");
    }
    let kept = result_lines(&dir.path().join("state/results.jsonl.gz"));
    let parse = |lines: Vec<String>| -> Vec<Value> {
        lines
            .iter()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let (kept, full_lines) = (parse(kept), parse(result_lines(&full_results)));
    assert_eq!(objects(&kept), objects(&full_lines));
    assert_eq!(findings(&kept), findings(&full_lines));

    // Nothing changed: nothing read, everything carried forward.
    let (third, gets) = run_counting_gets(&server, &args);
    assert_eq!(gets, 0);
    assert_eq!(counts(&summary_of(&third)), [0, 0, 61, 0]);
    assert_eq!(summary_of(&third)["findings"], full_summary["findings"]);

    // Other settings: one line, and everything is read again.
    let other = run(
        &server,
        &[
            "--format",
            "jsonl",
            "--binary",
            "--state",
            state,
            "s3://sweep",
        ],
    );
    assert!(
        stderr(&other).contains("written with other settings"),
        "{}",
        stderr(&other)
    );
    assert_eq!(counts(&summary_of(&other)), [61, 0, 0, 0]);
}

#[test]
fn an_incremental_sweep_killed_half_way_resumes_and_refuses_what_it_cannot_keep() {
    let server = TestS3::start();
    sixty_objects(&server);
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let state = state.to_str().unwrap();
    let args = [
        "--concurrency",
        "2",
        "--format",
        "jsonl",
        "--state",
        state,
        "s3://sweep",
    ];
    slow_gets(&server, Duration::from_millis(50));
    let stopped = interrupted_run(&server, &args);
    let done_before = summary_of(&stopped)["complete"].as_u64().unwrap();
    assert!(done_before > 0 && done_before < 60, "{done_before}");
    // An interrupted sweep deletes nothing from the state.
    assert_eq!(summary_of(&stopped)["deleted"], 0);
    server.faults.delay.lock().unwrap().clear();
    let resumed = run(&server, &args);
    assert_eq!(resumed.status.code(), Some(1), "{}", stderr(&resumed));
    let summary = summary_of(&resumed);
    assert_eq!(summary["objects"], 60);
    assert_eq!(summary["findings"], 20);
    let read_now = summary["new"].as_u64().unwrap();
    assert_eq!(read_now + summary["unchanged"].as_u64().unwrap(), 60);
    assert!(
        read_now < 60,
        "the objects done before the stop are not read again"
    );

    // --results beside --state is refused with what to do.
    let both = run(
        &server,
        &["--state", state, "--results", "x.jsonl", "s3://sweep"],
    );
    assert_eq!(both.status.code(), Some(2));
    assert!(stderr(&both).contains("--results"), "{}", stderr(&both));
}

/// `--state s3://…`: the state is read from S3 before the sweep and stored back after it, so
/// the next sweep on any machine reads only what changed.
#[test]
fn an_incremental_sweep_keeps_its_state_in_s3() {
    let server = TestS3::start();
    sixty_objects(&server);
    std::fs::create_dir_all(server.root.join("kept")).unwrap();
    let args = [
        "--format",
        "jsonl",
        "--state",
        "s3://kept/trawl/state",
        "s3://sweep",
    ];
    let counts = |out: &Output| {
        let s = summary_of(out);
        ["new", "changed", "unchanged", "deleted"].map(|f| s[f].as_u64().unwrap_or(u64::MAX))
    };
    let first = run(&server, &args);
    assert_eq!(first.status.code(), Some(1), "{}", stderr(&first));
    assert_eq!(counts(&first), [60, 0, 0, 0]);
    for name in ["results.jsonl.gz", "checkpoint.jsonl", "state.json"] {
        assert!(
            server.root.join("kept/trawl/state").join(name).is_file(),
            "{name} stored"
        );
    }

    std::thread::sleep(Duration::from_millis(20));
    server.put("sweep", "part/07.txt", b"object 7: changed\n");
    let (second, gets) = run_counting_gets(&server, &args);
    assert_eq!(second.status.code(), Some(1), "{}", stderr(&second));
    // The state's three files, and the one object that changed.
    assert_eq!(gets, 3 + 1);
    assert_eq!(counts(&second), [0, 1, 59, 0]);
    assert_eq!(summary_of(&second)["findings"], 20);
    let kept = result_lines(&server.root.join("kept/trawl/state/results.jsonl.gz"));
    assert_eq!(
        kept.iter()
            .filter(|l| l.contains("\"type\":\"object\""))
            .count(),
        60
    );
    // The second run's state was stored: the third reads nothing but the state.
    let (third, gets) = run_counting_gets(&server, &args);
    assert_eq!(gets, 3);
    assert_eq!(counts(&third), [0, 0, 60, 0]);
    // The state's objects in a swept bucket are its output, not its input.
    let own = [
        "--format",
        "jsonl",
        "--state",
        "s3://sweep/trawl-state/",
        "s3://sweep",
    ];
    run(&server, &own);
    let again = run(&server, &own);
    assert_eq!(counts(&again), [0, 0, 60, 0], "{}", stderr(&again));

    // A bucket that does not exist: a clear error before anything is swept.
    let missing = run(
        &server,
        &["--state", "s3://no-such-bucket/state/", "s3://sweep"],
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("--state"), "{}", stderr(&missing));
}
