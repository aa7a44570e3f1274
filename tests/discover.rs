//! `trawl discover` end to end against the in-process S3 server with several buckets: scores
//! follow the documented rule on planted data, the byte budget holds, repeated runs cover each
//! bucket and then read only what changed, a bucket that cannot be listed is an error (−1), and
//! a score set by hand in trawl.toml wins.

#[path = "support/s3_server.rs"]
mod s3_server;
mod support;

use s3_server::{AccessRequest, TestS3};
use serde_json::Value;
use std::path::Path;
use std::process::Output;
use std::sync::atomic::Ordering;
use support::stderr;

/// Runs `trawl discover --format json ARGS` against `server`, with its state in `state`; returns
/// the output and the GETs the server answered meanwhile.
fn discover(server: &TestS3, state: &Path, args: &[&str]) -> (Output, u64) {
    let before = server.faults.gets.load(Ordering::Relaxed);
    let out = support::trawl()
        .env_remove("AWS_ENDPOINT_URL_S3")
        .env_remove("AWS_ENDPOINT_URL")
        .env_remove("AWS_PROFILE")
        .env("XDG_CACHE_HOME", state.join("unused-cache"))
        .envs(server.env())
        .current_dir(state)
        .args([
            "discover",
            "--endpoint-url",
            &server.endpoint,
            "--format",
            "json",
        ])
        .arg("--state")
        .arg(state.join("state"))
        .args(args)
        .output()
        .expect("running trawl");
    (out, server.faults.gets.load(Ordering::Relaxed) - before)
}

/// The report's entry for each bucket, in the report's order.
fn report(out: &Output) -> Vec<Value> {
    serde_json::from_slice::<Vec<Value>>(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            stderr(out)
        )
    })
}

fn entry<'a>(report: &'a [Value], bucket: &str) -> &'a Value {
    report
        .iter()
        .find(|r| r["bucket"] == bucket)
        .unwrap_or_else(|| panic!("{bucket} not in {report:?}"))
}

/// A Visa-range card number with a valid Luhn digit, from `seed` (the published algorithm).
fn card(seed: u64) -> String {
    let mut digits: Vec<u32> = format!("4{:014}", seed * 7_919_003 % 100_000_000_000_000)
        .chars()
        .map(|c| c.to_digit(10).unwrap())
        .collect();
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 0 {
                (d * 2) % 9 + if d == 9 { 9 } else { 0 }
            } else {
                d
            }
        })
        .sum();
    digits.push((10 - sum % 10) % 10);
    digits
        .iter()
        .map(|d| char::from_digit(*d, 10).unwrap())
        .collect()
}

/// cards/ (card numbers), emails/ (e-mail addresses), clean/ (nothing), 30 objects each.
fn plant(server: &TestS3) {
    for i in 0..30u64 {
        server.put(
            "cards",
            &format!("orders/{i:02}.csv"),
            format!("id,name,card\n{i},Ann Lee,{}\n", card(i + 1)).as_bytes(),
        );
        server.put(
            "emails",
            &format!("users/{i:02}.csv"),
            format!("id,email\n{i},ana.lopez{i}@mailbox-river.net\n").as_bytes(),
        );
        server.put(
            "clean",
            &format!("notes/{i:02}.txt"),
            format!("meeting notes {i}: nothing to see here\n").as_bytes(),
        );
    }
}

#[test]
fn scores_rank_cards_over_emails_over_clean_and_an_unlistable_bucket_is_an_error() {
    let server = TestS3::start();
    plant(&server);
    std::fs::create_dir_all(server.root.join("locked")).unwrap();
    server.put("locked", "a.csv", b"x\n");
    *server.faults.access.lock().unwrap() = Some(Box::new(|request: &AccessRequest| {
        !(request.operation == "ListObjectsV2" && request.bucket == "locked")
    }));
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = discover(&server, dir.path(), &[]);
    // A bucket that could not be analysed makes the run incomplete.
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let report = report(&out);
    let order: Vec<&str> = report
        .iter()
        .map(|r| r["bucket"].as_str().unwrap())
        .collect();
    assert_eq!(order, ["cards", "emails", "clean", "locked"]);
    let cards = entry(&report, "cards");
    assert_eq!(cards["sensitivity"], "sensitive");
    assert_eq!(cards["findings"]["CREDIT_CARD_NUMBER"], 30);
    // The rule: 51 + HIGH 28 + one identifier 2 + every object 10.
    assert_eq!(cards["score"], 91);
    let emails = entry(&report, "emails");
    assert_eq!(emails["score"], 51 + 6 + 2 + 10);
    let clean = entry(&report, "clean");
    assert_eq!(
        (clean["score"].as_i64(), clean["analysed"].as_u64()),
        (Some(1), Some(30))
    );
    assert_eq!(clean["sensitivity"], "not_sensitive");
    let locked = entry(&report, "locked");
    assert_eq!(locked["score"], -1);
    assert_eq!(locked["sensitivity"], "error");
    assert!(
        locked["error"].as_str().unwrap().contains("AccessDenied"),
        "{locked}"
    );
    for r in &report {
        assert_eq!(r["region"], "us-east-1", "{r}");
    }

    // The human report: the same order, with what drives each score.
    let human = support::trawl()
        .envs(server.env())
        .args(["discover", "--endpoint-url", &server.endpoint, "--state"])
        .arg(dir.path().join("state"))
        .args(["cards", "clean"])
        .output()
        .unwrap();
    let text = support::stdout(&human);
    let cards_line = text.lines().position(|l| l.contains("cards")).unwrap();
    let clean_line = text.lines().position(|l| l.contains("clean")).unwrap();
    assert!(cards_line < clean_line, "{text}");
    assert!(
        text.contains("CREDIT_CARD_NUMBER ×30 (HIGH, FINANCIAL)"),
        "{text}"
    );
    for i in 0..30 {
        assert!(
            !text.contains(&card(i + 1)),
            "a card number in the report: {text}"
        );
    }
}

#[test]
fn the_budget_holds_runs_cover_the_bucket_then_read_only_what_changed() {
    let server = TestS3::start();
    // 40 objects of 1,000 bytes; images after data; a budget of 10,000 bytes per run.
    for i in 0..40u64 {
        let key = if i % 4 == 0 {
            format!("img/{i:02}.png")
        } else {
            format!("rows/{i:02}.csv")
        };
        let mut body = format!("row {i}\n").into_bytes();
        body.resize(1000, b'.');
        server.put("big", &key, &body);
    }
    let dir = tempfile::tempdir().unwrap();
    let mut analysed = 0;
    for run in 0..4 {
        let (out, gets) = discover(&server, dir.path(), &["--budget", "10000", "big"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let big = entry(&report(&out), "big").clone();
        let read = big["bytes_read_this_run"].as_u64().unwrap();
        assert!((10_000..11_000).contains(&read), "run {run}: {read} bytes");
        assert_eq!(gets, 10);
        analysed += 10;
        // Nothing found: the more analysed, the lower.
        assert_eq!(
            big["score"].as_i64(),
            Some(49 - 48 * analysed / 40),
            "run {run}"
        );
        // Data first: the images wait until the CSVs are done.
        let state: Value =
            serde_json::from_slice(&std::fs::read(dir.path().join("state/big.json")).unwrap())
                .unwrap();
        let pngs = state["objects"]
            .as_object()
            .unwrap()
            .keys()
            .filter(|k| k.ends_with(".png"))
            .count();
        assert_eq!(pngs, if run < 3 { 0 } else { 10 }, "run {run}");
        assert_eq!(big["analysed"], analysed);
    }

    // Everything analysed: nothing to read.
    let (out, gets) = discover(&server, dir.path(), &["--budget", "10000", "big"]);
    assert_eq!(gets, 0);
    assert_eq!(entry(&report(&out), "big")["score"], 1);

    // One changed (now with an AWS key), one added, one deleted: two reads, one gone.
    std::thread::sleep(std::time::Duration::from_millis(20));
    server.put(
        "big",
        "rows/01.csv",
        format!("aws_access_key_id = {}\n", support::AWS_KEY_ID).as_bytes(),
    );
    server.put("big", "rows/99.csv", b"new row\n");
    std::fs::remove_file(server.root.join("big/rows/02.csv")).unwrap();
    let (out, gets) = discover(&server, dir.path(), &["--budget", "10000", "big"]);
    assert_eq!(gets, 2);
    let big = entry(&report(&out), "big").clone();
    assert_eq!(
        (big["objects"].as_u64(), big["analysed"].as_u64()),
        (Some(40), Some(40))
    );
    assert_eq!(big["read_this_run"], 2);
    assert_eq!(big["sensitivity"], "sensitive");
    assert_eq!(big["findings"]["AWS_ACCESS_KEY_ID"], 1);
}

#[test]
fn a_score_set_by_hand_wins_and_bad_settings_are_named() {
    let server = TestS3::start();
    plant(&server);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("trawl.toml"),
        "[discover]\nbudget = \"1 MiB\"\n\n[discover.scores]\nclean = 100\n",
    )
    .unwrap();
    let (out, _) = discover(&server, dir.path(), &["clean", "emails"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = report(&out);
    let clean = entry(&report, "clean");
    assert_eq!(clean["score"], 100);
    assert_eq!(clean["set_by_hand"], true);
    assert!(
        clean["drivers"][0]
            .as_str()
            .unwrap()
            .contains("computed: 1"),
        "{clean}"
    );
    assert_eq!(report[0]["bucket"], "clean");

    std::fs::write(
        dir.path().join("trawl.toml"),
        "[discover.scores]\nclean = 150\n",
    )
    .unwrap();
    let (bad, _) = discover(&server, dir.path(), &[]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("discover.scores.clean") && stderr(&bad).contains("150"),
        "{}",
        stderr(&bad)
    );
}
