//! Sweeps beyond one listing: S3 Inventory reports (CSV.gz and Parquet, written by an
//! independent Python generator, tests/fixtures/make_inventory.py), item lists and batches,
//! and shards run as separate processes with the index variables orchestrators set. Against
//! the in-process S3-protocol server on 127.0.0.1, with the real `trawl` binary.

#[path = "support/inventory.rs"]
mod inventory;
#[path = "support/s3_server.rs"]
mod s3_server;
mod support;

use s3_server::TestS3;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use support::{jsonl, stderr, AWS_KEY_ID, GITHUB_TOKEN};

fn trawl(server: &TestS3) -> Command {
    let mut cmd = support::trawl();
    cmd.env_remove("AWS_ENDPOINT_URL_S3")
        .env_remove("AWS_ENDPOINT_URL")
        .env_remove("AWS_PROFILE")
        .env_remove("JOB_COMPLETION_INDEX")
        .env_remove("AWS_BATCH_JOB_ARRAY_INDEX")
        .env_remove("TRAWL_SHARD_COUNT")
        .envs(server.env())
        .args(["scan", "--endpoint-url", &server.endpoint]);
    cmd
}

fn run(server: &TestS3, args: &[&str]) -> Output {
    trawl(server).args(args).output().expect("running trawl")
}

/// Top-level object records by source: (status, reason, findings per identifier).
fn objects(out: &Output) -> BTreeMap<String, (String, String, Value)> {
    records(out)
        .iter()
        .filter(|r| r["type"] == "object" && r.get("container").is_none())
        .map(|r| {
            (
                r["source"].as_str().unwrap().to_string(),
                (
                    r["status"].as_str().unwrap().to_string(),
                    r["reason"].as_str().unwrap_or("").to_string(),
                    r["findings"].clone(),
                ),
            )
        })
        .collect()
}

fn records(out: &Output) -> Vec<Value> {
    jsonl(&String::from_utf8_lossy(&out.stdout))
}

fn summary(out: &Output) -> Value {
    records(out)
        .into_iter()
        .find(|r| r["type"] == "summary")
        .unwrap_or_else(|| panic!("no summary; stderr: {}", stderr(out)))
}

/// `count` objects in bucket `src`: keys that need URL-encoding in an inventory CSV (spaces,
/// `+`, `%`, non-ASCII), every 7th holding an AWS key id, every 5th a GitHub token.
fn put_objects(server: &TestS3, count: usize) {
    for i in 0..count {
        let key = format!("dir {}/obj+{i}%ü.txt", i % 5);
        let mut body = format!("record {i}\n");
        if i % 7 == 0 {
            body += &format!("aws_access_key_id = {AWS_KEY_ID}\n");
        }
        if i % 5 == 0 {
            body += &format!("token: {GITHUB_TOKEN}\n");
        }
        server.put("src", &key, body.as_bytes());
    }
}

/// The inventory rows of bucket `src` as S3 lists it now, plus a delete marker and an older
/// version.
fn inventory_rows(server: &TestS3) -> Vec<Value> {
    let mut rows = inventory::rows(server, "src");
    rows.push(
        json!({"bucket": "src", "key": "deleted.txt", "size": 0, "etag": "",
                     "last_modified_ms": 1_700_000_000_000u64, "is_delete_marker": true}),
    );
    rows.push(
        json!({"bucket": "src", "key": "dir 0/obj+0%ü.txt", "size": 3, "etag": "00ff",
                     "last_modified_ms": 1_600_000_000_000u64, "is_latest": false}),
    );
    rows
}

/// Writes an inventory report of `rows` into bucket `inv` under `prefix`; its manifest's key.
fn write_inventory(server: &TestS3, rows: &[Value], prefix: &str, kind: &str) -> String {
    inventory::write(server, rows, "inv", prefix, kind)
}

/// `count` objects in bucket `src` (see [`put_objects`]) and a CSV inventory of them under
/// `inv/reports/`: its rows, and its manifest's `s3://` URL.
fn objects_and_inventory(server: &TestS3, count: usize) -> (Vec<Value>, String) {
    put_objects(server, count);
    let rows = inventory_rows(server);
    let csv = write_inventory(server, &rows, "reports", "csv");
    (rows, format!("s3://inv/{csv}"))
}

#[test]
fn inventories_in_csv_and_parquet_sweep_what_the_listing_sweeps() {
    let server = TestS3::start();
    put_objects(&server, 60);
    let rows = inventory_rows(&server);
    let csv = write_inventory(&server, &rows, "reports/src/daily", "csv");
    let parquet = write_inventory(&server, &rows, "parquet/src/daily", "parquet");
    let args = ["--report", "objects", "--format", "jsonl"];

    let listed = run(&server, &[&args[..], &["s3://src"]].concat());
    assert_eq!(listed.status.code(), Some(1), "{}", stderr(&listed));
    let listed_objects = objects(&listed);
    assert_eq!(listed_objects.len(), 60);

    let from_csv = run(
        &server,
        &[&args[..], &["--inventory", &format!("s3://inv/{csv}")]].concat(),
    );
    assert_eq!(from_csv.status.code(), Some(1), "{}", stderr(&from_csv));
    assert_eq!(objects(&from_csv), listed_objects);
    assert_eq!(summary(&from_csv)["not_current"], 2);
    assert_eq!(summary(&from_csv)["findings"], summary(&listed)["findings"]);

    // A local copy of the destination bucket: data files found by key under its parents.
    let local_manifest = server.root.join("inv").join(&parquet);
    let from_parquet = run(
        &server,
        &[
            &args[..],
            &["--inventory", local_manifest.to_str().unwrap()],
        ]
        .concat(),
    );
    assert_eq!(
        from_parquet.status.code(),
        Some(1),
        "{}",
        stderr(&from_parquet)
    );
    assert_eq!(objects(&from_parquet), listed_objects);
    assert_eq!(summary(&from_parquet)["not_current"], 2);

    // Paths and an inventory together are refused: the inventory replaces them.
    let both = run(
        &server,
        &["--inventory", local_manifest.to_str().unwrap(), "."],
    );
    assert_eq!(both.status.code(), Some(2));
    assert!(
        stderr(&both).contains("in place of paths"),
        "{}",
        stderr(&both)
    );
}

#[test]
fn objects_changed_since_the_inventory_are_scanned_as_they_are_now_or_skipped() {
    let server = TestS3::start();
    let (rows, manifest) = objects_and_inventory(&server, 10);
    // Rewritten after the report: a new ETag, and now a token.
    std::thread::sleep(std::time::Duration::from_millis(20));
    server.put(
        "src",
        "dir 1/obj+1%ü.txt",
        format!("now {GITHUB_TOKEN}\n").as_bytes(),
    );
    let changed = "s3://src/dir 1/obj+1%ü.txt";

    let out = run(&server, &["--format", "jsonl", "--inventory", &manifest]);
    let records = records(&out);
    let record = records
        .iter()
        .find(|r| r["type"] == "object" && r["source"] == changed)
        .unwrap();
    assert_eq!(record["status"], "COMPLETE");
    assert_eq!(record["reason"], "OBJECT_CHANGED_SINCE_INVENTORY");
    assert!(record["message"]
        .as_str()
        .unwrap()
        .contains("scanned as it is now"));
    assert_eq!(record["findings"]["GITHUB_TOKEN"], 1);
    assert_ne!(
        record["etag"],
        json!(format!("\"{}\"", rows[1]["etag"].as_str().unwrap()))
    );
    assert_eq!(summary(&out)["changed_since_inventory"], 1);
    assert_eq!(summary(&out)["complete"], 10);

    let strict = run(
        &server,
        &[
            "--format",
            "jsonl",
            "--inventory",
            &manifest,
            "--inventory-strict",
        ],
    );
    assert_eq!(strict.status.code(), Some(1));
    let strict_objects = objects(&strict);
    assert_eq!(
        strict_objects[changed],
        (
            "SKIPPED".to_string(),
            "OBJECT_CHANGED_SINCE_INVENTORY".to_string(),
            json!({})
        )
    );
}

#[test]
fn a_damaged_data_file_is_recorded_and_fails_the_run() {
    let server = TestS3::start();
    let (_, manifest) = objects_and_inventory(&server, 10);
    let data = server.root.join("inv/reports/data/part-1.csv.gz");
    let mut bytes = std::fs::read(&data).unwrap();
    bytes.push(0);
    std::fs::write(&data, bytes).unwrap();
    let out = run(&server, &["--format", "jsonl", "--inventory", &manifest]);
    let objects = objects(&out);
    let damaged = &objects["s3://inv/reports/data/part-1.csv.gz"];
    assert_eq!(
        (damaged.0.as_str(), damaged.1.as_str()),
        ("SKIPPED", "READ_ERROR")
    );
    let record = records(&out)
        .into_iter()
        .find(|r| r["source"] == "s3://inv/reports/data/part-1.csv.gz")
        .unwrap();
    assert!(
        record["message"]
            .as_str()
            .unwrap()
            .contains("the manifest says"),
        "{record}"
    );
    // The first data file's objects are swept; the run does not look complete.
    assert!(objects.len() > 1 && objects.len() < 11, "{}", objects.len());
    assert_eq!(summary(&out)["skipped"], 1);

    let missing = run(
        &server,
        &["--inventory", "s3://inv/reports/none/manifest.json"],
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("inventory manifest s3://inv/reports/none/manifest.json"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn four_shards_sweep_exactly_what_one_process_sweeps() {
    let server = TestS3::start();
    let (_, manifest) = objects_and_inventory(&server, 1000);
    let args = [
        "--report",
        "objects",
        "--format",
        "jsonl",
        "--inventory",
        &manifest,
    ];

    let whole = run(&server, &args);
    assert_eq!(whole.status.code(), Some(1), "{}", stderr(&whole));
    let whole_objects = objects(&whole);
    assert_eq!(whole_objects.len(), 1000);

    // Four processes at once, indexed as a Kubernetes Indexed Job indexes its pods, each
    // storing its results under one prefix.
    std::fs::create_dir_all(server.root.join("runs")).unwrap();
    let shards: Vec<_> = (0..4)
        .map(|index| {
            trawl(&server)
                .args(args)
                .args(["--shard", "auto", "--results", "s3://runs/run1/"])
                .env("JOB_COMPLETION_INDEX", index.to_string())
                .env("TRAWL_SHARD_COUNT", "4")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut union = BTreeMap::new();
    let mut findings = 0;
    for (index, child) in shards.into_iter().enumerate() {
        let out = child.wait_with_output().unwrap();
        let summary = summary(&out);
        assert_eq!(summary["shard"], json!({"index": index, "count": 4}));
        assert_eq!(
            summary["objects"].as_u64().unwrap() + summary["other_shards"].as_u64().unwrap(),
            1000
        );
        findings += summary["findings"].as_u64().unwrap();
        let mine = objects(&out);
        assert!(
            (180..320).contains(&mine.len()),
            "shard {index}: {}",
            mine.len()
        );
        for (source, record) in mine {
            assert!(
                union.insert(source.clone(), record).is_none(),
                "{source} twice"
            );
        }
    }
    assert_eq!(union, whole_objects);
    assert_eq!(findings, summary(&whole)["findings"].as_u64().unwrap());

    // The merge of the four results files gives the single process's totals.
    let merge = |inputs: &[&str]| {
        let mut cmd = support::trawl();
        cmd.envs(server.env())
            .args([
                "results",
                "merge",
                "--format",
                "json",
                "--endpoint-url",
                &server.endpoint,
            ])
            .args(inputs);
        let out = cmd.output().unwrap();
        let merged: Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
        (out, merged)
    };
    let (out, merged) = merge(&["s3://runs/run1/"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let single = summary(&whole);
    for total in [
        "objects",
        "complete",
        "findings",
        "bytes",
        "by_identifier",
        "by_prefix",
    ] {
        assert_eq!(merged[total], single[total], "{total}");
    }
    assert_eq!(merged["files"], 4);
    assert_eq!(merged["duplicates"], 0);
    assert_eq!(
        merged["shards"],
        json!({"count": 4, "present": [0, 1, 2, 3], "missing": []})
    );

    // A shard's results missing, and another's given twice: both said, nothing counted twice.
    let local = tempfile::tempdir().unwrap();
    let copy = |index: usize| {
        let name = format!("trawl-results-shard-{index:04}-of-0004.jsonl.gz");
        let path = local.path().join(&name);
        std::fs::copy(server.root.join("runs/run1").join(&name), &path).unwrap();
        path.to_str().unwrap().to_string()
    };
    let (zero, one, two) = (copy(0), copy(1), copy(2));
    let (out, merged) = merge(&[&zero, &one, &two, &two]);
    assert_eq!(merged["shards"]["missing"], json!([3]));
    assert!(merged["duplicates"].as_u64().unwrap() > 0);
    assert!(
        stderr(&out).contains("shards missing of 4: 3/4"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("recorded more than once"),
        "{}",
        stderr(&out)
    );
    let two_objects = jsonl(&String::from_utf8_lossy(
        &support::trawl()
            .args(["results", "merge", "--format", "jsonl", &two])
            .output()
            .unwrap()
            .stdout,
    ))
    .iter()
    .filter(|r| r["type"] == "object")
    .count() as u64;
    assert_eq!(merged["duplicates"].as_u64().unwrap(), two_objects);

    // A listing can be sharded too (each shard lists the whole bucket).
    let listed = run(
        &server,
        &["--format", "jsonl", "--shard", "2/4", "s3://src"],
    );
    let listed: BTreeSet<_> = objects(&listed).into_keys().collect();
    let expected = run(
        &server,
        &[
            "--format",
            "jsonl",
            "--shard",
            "2/4",
            "--inventory",
            &manifest,
        ],
    );
    let expected: BTreeSet<_> = objects(&expected).into_keys().collect();
    assert_eq!(listed, expected);
}

#[test]
fn shard_auto_says_what_to_set() {
    let server = TestS3::start();
    let no_count = run(&server, &["--shard", "auto", "s3://src"]);
    assert_eq!(no_count.status.code(), Some(2));
    assert!(
        stderr(&no_count).contains("TRAWL_SHARD_COUNT"),
        "{}",
        stderr(&no_count)
    );
    let no_index = trawl(&server)
        .args(["--shard", "auto", "--shard-count", "4", "s3://src"])
        .output()
        .unwrap();
    assert!(
        stderr(&no_index).contains("JOB_COMPLETION_INDEX")
            && stderr(&no_index).contains("AWS_BATCH_JOB_ARRAY_INDEX"),
        "{}",
        stderr(&no_index)
    );
    let batch = trawl(&server)
        .args(["--shard", "auto", "--shard-count", "4", "s3://src"])
        .env("AWS_BATCH_JOB_ARRAY_INDEX", "4")
        .output()
        .unwrap();
    assert!(
        stderr(&batch).contains("AWS_BATCH_JOB_ARRAY_INDEX: shard index 4"),
        "{}",
        stderr(&batch)
    );
    let local = run(&server, &["--shard", "0/2", "."]);
    assert!(
        stderr(&local).contains("--shard splits S3 sweeps"),
        "{}",
        stderr(&local)
    );
}

#[test]
fn items_and_distributed_map_batches_sweep_the_objects_they_name() {
    let server = TestS3::start();
    put_objects(&server, 10);
    let batch = json!({
        "Items": [
            {"Key": "dir 0/obj+0%ü.txt", "Size": "60", "LastModifiedDate": "2026-12-05T00:00:00.000Z"},
            {"Key": "dir 0/obj+5%ü.txt", "Size": 20, "Etag": "\"not-the-etag\""},
            {"Key": "dir 1/obj+1%ü.txt"},
        ],
        "BatchInput": {"Bucket": "src"},
    });
    let mut child = trawl(&server)
        .args(["--format", "jsonl", "--items", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(batch.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let objects = objects(&out);
    assert_eq!(objects.len(), 3);
    assert_eq!(
        objects["s3://src/dir 0/obj+0%ü.txt"].2["AWS_ACCESS_KEY_ID"],
        1
    );
    assert_eq!(
        objects["s3://src/dir 0/obj+5%ü.txt"].1,
        "OBJECT_CHANGED_SINCE_INVENTORY"
    );

    let list = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        list.path(),
        r#"[{"Bucket": "src", "Key": "k", "Size": -1}]"#,
    )
    .unwrap();
    let bad = run(&server, &["--items", list.path().to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains(&format!(
            "--items {}: item 0: `Size` is not a whole number",
            list.path().display()
        )),
        "{}",
        stderr(&bad)
    );
}

/// Every GET of bucket `src` waits `delay`, so that a sweep can be stopped half-way.
fn slow_gets(server: &TestS3, count: usize, delay: std::time::Duration) {
    let mut delays = server.faults.delay.lock().unwrap();
    for i in 0..count {
        delays.insert(format!("src/dir {}/obj+{i}%ü.txt", i % 5), delay);
    }
}

#[test]
fn a_shard_killed_or_stopped_resumes_from_its_state_in_s3_on_another_machine() {
    let server = TestS3::start();
    let (_, manifest) = objects_and_inventory(&server, 400);
    let args = [
        "--report",
        "objects",
        "--format",
        "jsonl",
        "--inventory",
        &manifest,
        "--shard-count",
        "4",
        "--shard",
        "auto",
        "--results",
        "s3://runs/run2/",
        "--state-interval",
        "0.2",
        "--concurrency",
        "2",
    ];
    let whole = run(
        &server,
        &[
            "--report",
            "objects",
            "--format",
            "jsonl",
            "--inventory",
            &manifest,
        ],
    );
    std::fs::create_dir_all(server.root.join("runs")).unwrap();
    let shard = |index: usize, dir: &Path| {
        let mut cmd = trawl(&server);
        cmd.args(args)
            .env("JOB_COMPLETION_INDEX", index.to_string())
            .env("TMPDIR", dir)
            .current_dir(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd
    };
    let first_machine = tempfile::tempdir().unwrap();
    let second_machine = tempfile::tempdir().unwrap();
    for index in [0, 3] {
        let out = shard(index, first_machine.path()).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    }
    let parts = |index: usize| {
        let dir = server.root.join(format!(
            "runs/run2/trawl-results-shard-{index:04}-of-0004.parts"
        ));
        std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
    };
    // Shards 1 and 2 are slow; 1 is killed, 2 is stopped by SIGTERM, each part-way through.
    slow_gets(&server, 400, std::time::Duration::from_millis(60));
    let killed = shard(1, first_machine.path()).spawn().unwrap();
    let stopped = shard(2, first_machine.path()).spawn().unwrap();
    // Stopped once each has uploaded a part of results and of checkpoint (they cannot be
    // done before 3 s: 100 objects, two at a time, 60 ms each).
    let began = std::time::Instant::now();
    while parts(1) < 2 || parts(2) < 2 {
        assert!(began.elapsed().as_secs() < 30, "no state uploaded");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let mut killed = killed;
    killed.kill().unwrap();
    killed.wait().unwrap();
    let term = Command::new("kill")
        .args(["-TERM", &stopped.id().to_string()])
        .status()
        .unwrap();
    assert!(term.success());
    let stopped = stopped.wait_with_output().unwrap();
    assert!(
        stderr(&stopped)
            .contains("state kept under s3://runs/run2/trawl-results-shard-0002-of-0004.parts/"),
        "{}",
        stderr(&stopped)
    );
    assert!(parts(1) >= 2 && parts(2) >= 2, "{} {}", parts(1), parts(2));
    // Before the reruns, the merge knows two shards are missing.
    let merge = || {
        support::trawl()
            .envs(server.env())
            .args([
                "results",
                "merge",
                "--format",
                "json",
                "--endpoint-url",
                &server.endpoint,
            ])
            .arg("s3://runs/run2/")
            .output()
            .unwrap()
    };
    let partial: Value = serde_json::from_slice(&merge().stdout).unwrap();
    assert_eq!(partial["shards"]["missing"], json!([1, 2]));

    // Rerun on another machine: each resumes from S3 and reads only what was not done.
    server.faults.delay.lock().unwrap().clear();
    for index in [1, 2] {
        let state_parts = parts(index) as u64;
        let gets_before = server
            .faults
            .gets
            .load(std::sync::atomic::Ordering::Relaxed);
        let out = shard(index, second_machine.path()).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("resuming s3://runs/run2/"),
            "{}",
            stderr(&out)
        );
        let gets = server
            .faults
            .gets
            .load(std::sync::atomic::Ordering::Relaxed)
            - gets_before;
        let resumed = summary(&out)["resumed"].as_u64().unwrap();
        assert!(resumed > 0, "shard {index} resumed nothing");
        // Reads the inventory's two data files, the state's parts, and only the objects not done.
        let objects = summary(&out)["objects"].as_u64().unwrap();
        // The assembly reads the results parts once more.
        assert!(
            gets <= objects - resumed + 2 + 2 * state_parts,
            "{gets} GETs: {objects} objects, {resumed} resumed, {state_parts} parts"
        );
        assert_eq!(parts(index), 0, "the parts are deleted once assembled");
    }
    let out = merge();
    let merged: Value = serde_json::from_slice(&out.stdout).unwrap();
    let single = summary(&whole);
    for total in [
        "objects",
        "complete",
        "findings",
        "bytes",
        "by_identifier",
        "by_prefix",
    ] {
        assert_eq!(merged[total], single[total], "{total}");
    }
    assert_eq!(merged["duplicates"], 0, "{}", stderr(&out));
    assert!(merged.get("unfinished").is_none(), "{merged}");
    assert_eq!(merged["shards"]["missing"], json!([]));
    // The merged object records are the single run's.
    let merged_objects = support::trawl()
        .envs(server.env())
        .args([
            "results",
            "merge",
            "--format",
            "jsonl",
            "--endpoint-url",
            &server.endpoint,
        ])
        .arg("s3://runs/run2/")
        .output()
        .unwrap();
    assert_eq!(objects(&merged_objects), objects(&whole));
}

/// Object records by source, from the library's sink.
#[derive(Default)]
struct Records(std::sync::Mutex<BTreeMap<String, (String, u64)>>);

impl trawl_scanner::Sink for Records {
    fn findings(&self, _: &str, _: Vec<trawl_scanner::Finding>) -> std::ops::ControlFlow<()> {
        std::ops::ControlFlow::Continue(())
    }

    fn object(&self, record: trawl_scanner::ObjectRecord) -> std::ops::ControlFlow<()> {
        if record.container.is_empty() {
            let status = serde_json::to_value(record.status).unwrap();
            let reason = record.reason.map(|r| serde_json::to_value(r).unwrap());
            let label = format!(
                "{} {}",
                status.as_str().unwrap(),
                reason.map_or(String::new(), |r| r.as_str().unwrap().to_string())
            );
            let found = record.findings.values().sum();
            self.0
                .lock()
                .unwrap()
                .insert(record.source, (label.trim().to_string(), found));
        }
        std::ops::ControlFlow::Continue(())
    }
}

#[test]
fn the_lean_get_path_reads_plain_objects_and_leaves_the_rest_to_the_sdk() {
    use trawl_scanner::s3::{self, S3Url, Source, SweepOptions};
    let server = TestS3::start();
    put_objects(&server, 30);
    let key = |i: usize| format!("src/dir {}/obj+{i}%ü.txt", i % 5);
    server.faults.slow_down.lock().unwrap().insert(key(3), 2);
    server.faults.deny.lock().unwrap().insert(key(4));
    server
        .faults
        .cut_after
        .lock()
        .unwrap()
        .insert(key(5), (20, 1));
    // The sweep builds its own client from the environment, as the CLI does.
    for (name, value) in server.env() {
        std::env::set_var(name, value);
    }
    let scanner = trawl_scanner::Scanner::builder().build().unwrap();
    let options = SweepOptions {
        endpoint_url: Some(server.endpoint.clone()),
        concurrency: 2,
        ..SweepOptions::default()
    };
    let source = Source::Listing(vec![S3Url::parse("s3://src").unwrap()]);
    let lean = Records::default();
    let stats = s3::sweep_source(&scanner, &source, &options, &lean).unwrap();
    // Throttled and denied objects go to the SDK. The cut one is read again whole (a kept
    // connection that fails before the response head is retried once) or resumed.
    assert_eq!(stats.lean_gets, 28, "{stats:?}");
    assert!(stats.resumes <= 1);
    let lean = lean.0.into_inner().unwrap();
    assert_eq!(lean[&format!("s3://{}", key(4))].0, "SKIPPED ACCESS_DENIED");
    assert_eq!(
        lean.values()
            .filter(|(label, _)| label == "COMPLETE")
            .count(),
        29
    );

    // The same records through the SDK alone.
    server.faults.slow_down.lock().unwrap().insert(key(3), 2);
    server
        .faults
        .cut_after
        .lock()
        .unwrap()
        .insert(key(5), (20, 1));
    std::env::set_var("TRAWL_S3_SDK_ONLY", "true");
    let sdk = Records::default();
    let stats = s3::sweep_source(&scanner, &source, &options, &sdk).unwrap();
    std::env::remove_var("TRAWL_S3_SDK_ONLY");
    assert_eq!(stats.lean_gets, 0);
    assert_eq!(sdk.0.into_inner().unwrap(), lean);
}
