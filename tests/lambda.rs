//! `trawl-lambda`, the Lambda function of deploy/: recorded S3 Batch Operations events (schemas
//! 1.0 and 2.0, URL-encoded keys) and a Step Functions Distributed Map item batch
//! (tests/fixtures/lambda/) replayed through the real binary, which speaks the Lambda Runtime
//! API to a server on 127.0.0.1 and reads the objects from the in-process S3 server. What it
//! answers and the results files it writes must equal a `trawl scan` of the same objects.

#[path = "support/lambda_runtime.rs"]
mod lambda_runtime;
#[path = "support/s3_server.rs"]
mod s3_server;
mod support;

use flate2::read::MultiGzDecoder;
use lambda_runtime::FakeRuntime;
use s3_server::TestS3;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};
use support::{jsonl, stderr, with_luhn, AWS_KEY_ID, GITHUB_TOKEN};

const MINUTE: Duration = Duration::from_secs(60);

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lambda")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs the function until the events run out (or it exits), with `env` on top of the
/// server's credentials.
fn run_lambda(server: &TestS3, runtime: &FakeRuntime, env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_trawl-lambda"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TMPDIR", std::env::temp_dir())
        .envs(server.env())
        .env("AWS_LAMBDA_RUNTIME_API", &runtime.host)
        .env("AWS_ENDPOINT_URL_S3", &server.endpoint)
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting trawl-lambda");
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > 2 * MINUTE {
            child.kill().unwrap();
            panic!("trawl-lambda did not exit: {:?}", runtime.answers());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn scan(server: &TestS3, args: &[&str]) -> Output {
    support::trawl()
        .env_remove("AWS_ENDPOINT_URL_S3")
        .env_remove("AWS_ENDPOINT_URL")
        .env_remove("AWS_PROFILE")
        .envs(server.env())
        .args([
            "scan",
            "--endpoint-url",
            &server.endpoint,
            "--format",
            "jsonl",
        ])
        .args(args)
        .output()
        .expect("running trawl")
}

/// Every line of the results files under `bucket/prefix` in the server's store.
fn results_lines(server: &TestS3, bucket: &str, prefix: &str) -> (Vec<String>, Vec<Value>) {
    let dir = server.root.join(bucket).join(prefix);
    let mut names = Vec::new();
    let mut lines = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".jsonl.gz") {
            continue;
        }
        let mut text = String::new();
        MultiGzDecoder::new(std::fs::File::open(&path).unwrap())
            .read_to_string(&mut text)
            .unwrap();
        lines.extend(jsonl(&text));
        names.push(name);
    }
    (names, lines)
}

/// Top-level object records by source: (status, reason, bytes, findings). Each source has one.
fn objects(lines: &[Value]) -> BTreeMap<String, (Value, Value, Value, Value)> {
    let top: Vec<&Value> = lines
        .iter()
        .filter(|r| r["type"] == "object" && r.get("container").is_none())
        .collect();
    let objects: BTreeMap<_, _> = top
        .iter()
        .map(|r| {
            (
                r["source"].as_str().unwrap().to_string(),
                (
                    r["status"].clone(),
                    r["reason"].clone(),
                    r["bytes"].clone(),
                    r["findings"].clone(),
                ),
            )
        })
        .collect();
    assert_eq!(objects.len(), top.len(), "one record per object");
    objects
}

/// Finding lines, sorted: (source, identifier, line, column, masked match).
fn findings(lines: &[Value]) -> Vec<(String, String, u64, u64, String)> {
    let mut found: Vec<_> = lines
        .iter()
        .filter(|r| r["type"] == "finding")
        .map(|r| {
            (
                r["source"].as_str().unwrap().to_string(),
                r["identifier"].as_str().unwrap().to_string(),
                r["line"].as_u64().unwrap(),
                r["column"].as_u64().unwrap(),
                r["match"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

fn put_batch_objects(server: &TestS3) {
    let bucket = "trawl-batch-demo";
    server.put(
        bucket,
        "exports/aws credentials.env",
        format!("[default]\naws_access_key_id = {AWS_KEY_ID}\n").as_bytes(),
    );
    let card = with_luhn("455673758689104");
    server.put(
        bucket,
        "exports/cards+list.csv",
        format!("name,email,card\nAda,ada@posteo.de,{card}\n").as_bytes(),
    );
    server.put(
        bucket,
        "exports/café/phones.txt",
        format!("deploy token: {GITHUB_TOKEN}\n").as_bytes(),
    );
    server.put(bucket, "exports/clean.txt", b"nothing sensitive here\n");
    server.put(
        bucket,
        "exports/denied.csv",
        format!("key,{AWS_KEY_ID}\n").as_bytes(),
    );
    server
        .faults
        .deny
        .lock()
        .unwrap()
        .insert(format!("{bucket}/exports/denied.csv"));
    std::fs::create_dir_all(server.root.join("trawl-results")).unwrap();
}

fn events(name: &str) -> Vec<Value> {
    serde_json::from_str(&fixture(name)).unwrap()
}

fn result_of(answer: &Value) -> (String, Value) {
    let result = &answer["results"][0];
    let string: Value = serde_json::from_str(result["resultString"].as_str().unwrap()).unwrap();
    (result["resultCode"].as_str().unwrap().to_string(), string)
}

#[test]
fn batch_operations_events_of_both_schemas_answer_each_task_as_a_scan_reads_it() {
    let server = TestS3::start();
    put_batch_objects(&server);
    let runtime = FakeRuntime::start();
    let recorded: Vec<Value> = [
        events("batch-operations-1.0.json"),
        events("batch-operations-2.0.json"),
    ]
    .concat();
    for (i, event) in recorded.iter().enumerate() {
        runtime.push(
            &format!("request-{i}"),
            event.to_string().as_bytes(),
            MINUTE,
        );
    }
    let out = run_lambda(
        &server,
        &runtime,
        &[("TRAWL_RESULTS", "s3://trawl-results/batch-1.0/")],
    );
    // It exits once the events run out (the fake API answers 500).
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));

    let mut codes = BTreeMap::new();
    for (i, event) in recorded.iter().enumerate() {
        let answer = runtime.answer(&format!("request-{i}"));
        assert_eq!(answer.error_type, None, "{answer:?}");
        let body = &answer.body;
        assert_eq!(
            body["invocationSchemaVersion"],
            event["invocationSchemaVersion"]
        );
        assert_eq!(body["invocationId"], event["invocationId"]);
        assert_eq!(body["treatMissingKeysAs"], "PermanentFailure");
        assert_eq!(body["results"][0]["taskId"], event["tasks"][0]["taskId"]);
        let (code, string) = result_of(body);
        let key = event["tasks"][0]["s3Key"].as_str().unwrap().to_string();
        codes.insert(key, (code, string));
    }
    let code = |key: &str| codes[key].0.as_str();
    let string = |key: &str| &codes[key].1;
    assert_eq!(code("exports/aws+credentials.env"), "Succeeded");
    assert_eq!(
        string("exports/aws+credentials.env")["findings"]["AWS_ACCESS_KEY_ID"],
        1
    );
    assert_eq!(code("exports/cards%2Blist.csv"), "Succeeded");
    assert_eq!(
        string("exports/cards%2Blist.csv")["findings"]["CREDIT_CARD_NUMBER"],
        1
    );
    assert_eq!(code("exports/caf%C3%A9/phones.txt"), "Succeeded");
    assert_eq!(code("exports/clean.txt"), "Succeeded");
    assert_eq!(string("exports/clean.txt")["status"], "COMPLETE");
    assert_eq!(code("exports/denied.csv"), "PermanentFailure");
    assert_eq!(string("exports/denied.csv")["reason"], "ACCESS_DENIED");
    let deleted = "exports/deleted+since+the+manifest.csv";
    assert_eq!(code(deleted), "PermanentFailure");
    assert_eq!(string(deleted)["reason"], "NOT_FOUND");
    // Schema 2.0's userArguments named its own results prefix.
    assert!(string("exports/clean.txt")["results"]
        .as_str()
        .unwrap()
        .starts_with("s3://trawl-results/batch-2.0/trawl-results-lambda-"));

    // The results files hold what a scan of the bucket finds, object by object and line by line.
    let (names_1, mut lines) = results_lines(&server, "trawl-results", "batch-1.0");
    let (names_2, lines_2) = results_lines(&server, "trawl-results", "batch-2.0");
    assert_eq!(
        (names_1.len(), names_2.len()),
        (3, 3),
        "one file per invocation"
    );
    lines.extend(lines_2);
    assert_eq!(lines.iter().filter(|l| l["type"] == "summary").count(), 6);
    let mut from_lambda = objects(&lines);
    let gone = from_lambda
        .remove("s3://trawl-batch-demo/exports/deleted since the manifest.csv")
        .expect("the deleted object's record");
    assert_eq!(
        (gone.0.as_str(), gone.1.as_str()),
        (Some("SKIPPED"), Some("NOT_FOUND"))
    );

    let scanned = scan(&server, &["s3://trawl-batch-demo"]);
    assert_eq!(scanned.status.code(), Some(1), "{}", stderr(&scanned));
    let scan_lines = jsonl(&String::from_utf8_lossy(&scanned.stdout));
    assert_eq!(from_lambda, objects(&scan_lines));
    assert_eq!(findings(&lines), findings(&scan_lines));
    assert!(!findings(&lines).is_empty());
    // Masked, as the CLI's results are.
    let all = lines.iter().map(Value::to_string).collect::<String>();
    assert!(
        !all.contains(AWS_KEY_ID) && !all.contains(GITHUB_TOKEN),
        "{all}"
    );
}

#[test]
fn a_distributed_map_batch_gives_what_trawl_scan_items_gives() {
    let server = TestS3::start();
    let bucket = "trawl-map-demo";
    server.put(
        bucket,
        "exports/2026/aws.env",
        format!("AWS_ACCESS_KEY_ID={AWS_KEY_ID}\n").as_bytes(),
    );
    let mut csv = String::from("name,email,card\n");
    for i in 0..20 {
        let card = with_luhn(&format!("455673758689{:03}", 100 + i));
        csv += &format!("user{i},user{i}@posteo.de,{card}\n");
    }
    server.put(bucket, "exports/2026/customers.csv", csv.as_bytes());
    server.put(bucket, "exports/2026/notes.txt", b"meeting at noon\n");
    server.put(bucket, "exports/2026/archive.csv", b"old,data\n");
    server.faults.storage_class.lock().unwrap().insert(
        format!("{bucket}/exports/2026/archive.csv"),
        "GLACIER".into(),
    );
    std::fs::create_dir_all(server.root.join("trawl-results")).unwrap();

    let batch = fixture("distributed-map-batch.json");
    let runtime = FakeRuntime::start();
    runtime.push("map-batch-1", batch.as_bytes(), MINUTE);
    let out = run_lambda(&server, &runtime, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let answer = runtime.answer("map-batch-1");
    assert_eq!(answer.error_type, None, "{answer:?}");
    let body = &answer.body;
    assert_eq!(body["status"], "INCOMPLETE", "{body}");
    assert_eq!(
        (&body["objects"], &body["complete"], &body["skipped"]),
        (&Value::from(4), &Value::from(3), &Value::from(1))
    );
    assert_eq!(body["by_identifier"]["CREDIT_CARD_NUMBER"], 20);
    assert_eq!(
        body["not_complete"][0]["reason"],
        "UNSUPPORTED_STORAGE_CLASS"
    );
    assert!(body["results"]
        .as_str()
        .unwrap()
        .starts_with("s3://trawl-results/map/trawl-results-lambda-"));

    // `trawl scan --items` of the same batch: the same records and lines (the batch's ETags
    // are older than the objects: both read them as they are now and say so).
    let dir = tempfile::tempdir().unwrap();
    let items = dir.path().join("batch.json");
    std::fs::write(&items, &batch).unwrap();
    let scanned = scan(&server, &["--items", items.to_str().unwrap()]);
    assert_eq!(scanned.status.code(), Some(1), "{}", stderr(&scanned));
    let scan_lines = jsonl(&String::from_utf8_lossy(&scanned.stdout));
    let (_, lines) = results_lines(&server, "trawl-results", "map");
    assert_eq!(objects(&lines), objects(&scan_lines));
    assert_eq!(findings(&lines), findings(&scan_lines));
    let changed = objects(&lines)["s3://trawl-map-demo/exports/2026/aws.env"]
        .1
        .clone();
    assert_eq!(changed, "OBJECT_CHANGED_SINCE_INVENTORY");

    // The results prefix merges as shards' results do.
    let merged = support::trawl()
        .envs(server.env())
        .args(["results", "merge", "s3://trawl-results/map/"])
        .args(["--endpoint-url", &server.endpoint, "--format", "json"])
        .output()
        .unwrap();
    let merged: Value = serde_json::from_slice(&merged.stdout).expect("merge's JSON");
    let summary = scan_lines.iter().find(|l| l["type"] == "summary").unwrap();
    assert_eq!(merged["objects"], summary["objects"]);
    assert_eq!(merged["findings"], summary["findings"]);
    assert_eq!(merged["by_identifier"], summary["by_identifier"]);
    // One finished file, nothing counted twice.
    assert_eq!(merged["files"], 1, "{merged}");
    assert!(merged.get("unfinished").is_none(), "{merged}");
    assert_eq!(merged["duplicates"], 0, "{merged}");
}

#[test]
fn at_the_deadline_the_function_answers_with_partial_records_never_nothing() {
    let server = TestS3::start();
    let bucket = "trawl-slow";
    server.put(bucket, "fast.env", format!("key={AWS_KEY_ID}\n").as_bytes());
    server.put(bucket, "slow.env", format!("key={AWS_KEY_ID}\n").as_bytes());
    server
        .faults
        .delay
        .lock()
        .unwrap()
        .insert(format!("{bucket}/slow.env"), Duration::from_secs(40));
    std::fs::create_dir_all(server.root.join("trawl-results")).unwrap();
    let event = serde_json::json!({
        "invocationSchemaVersion": "2.0",
        "invocationId": "c2xvdy1pbnZvY2F0aW9u",
        "job": {"id": "slow-job", "userArguments": {}},
        "tasks": [
            {"taskId": "fast", "s3Bucket": bucket, "s3Key": "fast.env", "s3VersionId": null},
            {"taskId": "slow", "s3Bucket": bucket, "s3Key": "slow.env", "s3VersionId": null},
        ],
    });
    let runtime = FakeRuntime::start();
    runtime.push(
        "with-deadline",
        event.to_string().as_bytes(),
        Duration::from_secs(3),
    );
    // Never handed out: the process exits after answering, its slow GET still waiting.
    runtime.push("next", event.to_string().as_bytes(), MINUTE);
    let started = Instant::now();
    let out = run_lambda(
        &server,
        &runtime,
        &[("TRAWL_RESULTS", "s3://trawl-results/slow/")],
    );
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(took < Duration::from_secs(10), "took {took:?}");
    assert!(stderr(&out).contains("exiting"), "{}", stderr(&out));

    let answers = runtime.answers();
    assert_eq!(answers.len(), 1, "{answers:?}");
    // Answered before the deadline: Lambda would have killed it at 3 s, with no answer.
    assert!(
        answers[0].after < Duration::from_secs(3),
        "{:?}",
        answers[0].after
    );
    let results = &answers[0].body["results"];
    let code = |i: usize| results[i]["resultCode"].as_str().unwrap();
    let string = |i: usize| {
        serde_json::from_str::<Value>(results[i]["resultString"].as_str().unwrap()).unwrap()
    };
    assert_eq!(
        (code(0), &string(0)["status"]),
        ("Succeeded", &Value::from("COMPLETE"))
    );
    assert_eq!(code(1), "TemporaryFailure");
    assert_eq!(string(1)["status"], "PARTIAL");
    assert_eq!(string(1)["reason"], "STOPPED");

    let (_, lines) = results_lines(&server, "trawl-results", "slow");
    let records = objects(&lines);
    assert_eq!(records["s3://trawl-slow/slow.env"].0, "PARTIAL");
    assert_eq!(records["s3://trawl-slow/fast.env"].0, "COMPLETE");
    let summary = lines.iter().find(|l| l["type"] == "summary").unwrap();
    assert_eq!(summary["stopped_at_deadline"], true);
    assert_eq!(summary["partial"], 1);

    // A Distributed Map batch at its deadline: the batch's answer says PARTIAL.
    let batch = serde_json::json!({
        "BatchInput": {"Bucket": bucket},
        "Items": [{"Key": "fast.env"}, {"Key": "slow.env"}],
    });
    let runtime = FakeRuntime::start();
    runtime.push("map", batch.to_string().as_bytes(), Duration::from_secs(3));
    let out = run_lambda(&server, &runtime, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let answer = runtime.answer("map");
    assert!(answer.after < Duration::from_secs(3), "{:?}", answer.after);
    let body = answer.body;
    assert_eq!(body["status"], "PARTIAL", "{body}");
    assert_eq!(
        (&body["complete"], &body["partial"]),
        (&Value::from(1), &Value::from(1))
    );
    assert_eq!(body["not_complete"][0]["reason"], "STOPPED");
}

#[test]
fn bad_configuration_and_bad_events_are_reported_to_lambda() {
    let server = TestS3::start();
    let runtime = FakeRuntime::start();
    let out = run_lambda(
        &server,
        &runtime,
        &[("TRAWL_RESULTS", "results-bucket/prefix")],
    );
    assert_eq!(out.status.code(), Some(1));
    let init = runtime.answer("init");
    assert_eq!(init.error_type.as_deref(), Some("trawl.Configuration"));
    assert!(init.body["errorMessage"]
        .as_str()
        .unwrap()
        .contains("TRAWL_RESULTS: `results-bucket/prefix` is not an s3://"));

    let runtime = FakeRuntime::start();
    runtime.push("not-json", b"{", MINUTE);
    runtime.push("unknown", br#"{"Records": []}"#, MINUTE);
    runtime.push(
        "no-key",
        br#"{"Items": [{"Key": "a"}, {"Size": "3"}], "BatchInput": {"Bucket": "b"}}"#,
        MINUTE,
    );
    runtime.push(
        "schema-3",
        br#"{"invocationSchemaVersion": "3.0", "invocationId": "i", "tasks": []}"#,
        MINUTE,
    );
    let out = run_lambda(&server, &runtime, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let error = |id: &str| {
        let answer = runtime.answer(id);
        (
            answer.error_type.unwrap_or_default(),
            answer.body["errorMessage"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        )
    };
    assert_eq!(error("not-json").0, "trawl.InvalidEvent");
    assert!(error("unknown")
        .1
        .contains("neither an S3 Batch Operations event"));
    assert_eq!(
        error("no-key"),
        ("trawl.InvalidItems".into(), "item 1: no `Key`".into())
    );
    assert!(error("schema-3").1.contains("1.0 and 2.0"));
}

#[test]
fn a_task_naming_a_version_reads_that_version() {
    let server = TestS3::start();
    server.put(
        "trawl-versions",
        "a.env",
        format!("key={AWS_KEY_ID}\n").as_bytes(),
    );
    std::fs::create_dir_all(server.root.join("trawl-results")).unwrap();
    let queries = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = queries.clone();
    *server.faults.access.lock().unwrap() = Some(Box::new(move |request| {
        if request.operation == "GetObject" {
            seen.lock().unwrap().push(request.query.to_string());
        }
        true
    }));
    let version = "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY";
    let event = serde_json::json!({
        "invocationSchemaVersion": "1.0",
        "invocationId": "dmVyc2lvbmVk",
        "job": {"id": "versions"},
        "tasks": [{"taskId": "v", "s3BucketArn": "arn:aws:s3:::trawl-versions",
                   "s3Key": "a.env", "s3VersionId": version}],
    });
    let runtime = FakeRuntime::start();
    runtime.push("versioned", event.to_string().as_bytes(), MINUTE);
    let out = run_lambda(
        &server,
        &runtime,
        &[("TRAWL_RESULTS", "s3://trawl-results/versions/")],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // The GET asked for that version (the `+` encoded in the query).
    let queries = queries.lock().unwrap();
    assert!(
        queries
            .iter()
            .any(|q| q.contains("versionId=3HL4kqtJlcpXroDTDmJ%2BrmSpXd3dIbrHY")),
        "{queries:?}"
    );
    // Its record names the version, in its source and its own field.
    let (_, lines) = results_lines(&server, "trawl-results", "versions");
    let record = lines
        .iter()
        .find(|l| l["type"] == "object")
        .expect("the object's record");
    assert_eq!(
        record["source"],
        format!("s3://trawl-versions/a.env?versionId={version}")
    );
    assert_eq!(record["version_id"], version);
    let answer = runtime.answer("versioned");
    assert_eq!(answer.body["results"][0]["taskId"], "v");
}
