//! The README's exit-code table, a test per row, with its precedence: 2 (usage or fatal) over
//! 130 / 143 (interrupted) over 1 (findings) over 3 (incomplete) over 0; a closed output pipe
//! is not an error. And what an interrupted run leaves: whole lines, a summary that says so,
//! every listed object accounted for, a checkpoint that holds only what was finished.

mod support;

use serde_json::Value;
use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};
use support::{run, stderr, stdout, trawl, GITHUB_TOKEN};

fn code(out: &Output) -> i32 {
    out.status.code().expect("trawl exited normally")
}

/// A directory whose `data/` holds `files` small files with a token, and `big.bin`: 64 GiB of
/// zeros that take no disk (a sparse file), so a scan is still busy with it when a signal
/// comes.
fn tokens_and_a_huge_file(files: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    fs::create_dir(&data).unwrap();
    for i in 0..files {
        fs::write(
            data.join(format!("f{i:02}.env")),
            format!("GITHUB_TOKEN={GITHUB_TOKEN}\n"),
        )
        .unwrap();
    }
    let big = fs::File::create(data.join("big.bin")).unwrap();
    big.set_len(64 << 30).unwrap();
    dir
}

/// `trawl scan --binary ARGS DIR`, one thread, output piped.
fn spawn_scan(dir: &Path, args: &[&str]) -> Child {
    trawl()
        .current_dir(dir)
        .args([
            "scan",
            "--binary",
            "--threads",
            "1",
            "--max-file-size",
            "1TiB",
        ])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn send(child: &Child, signal: libc::c_int) {
    // SAFETY: kill(2) with the pid of a child this test started and has not waited for.
    let sent = unsafe { libc::kill(child.id() as libc::pid_t, signal) };
    assert_eq!(sent, 0, "kill: {}", std::io::Error::last_os_error());
}

/// Waits for `child` to exit, at most `limit`; the time it took.
fn wait_at_most(child: &mut Child, limit: Duration) -> Duration {
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return start.elapsed();
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("trawl did not exit within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn lines(child: Child) -> (i32, Vec<Value>, String) {
    let out = child.wait_with_output().unwrap();
    let records = String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).expect("every line is whole JSON"))
        .collect();
    (code(&out), records, stderr(&out))
}

#[test]
fn row_0_complete_and_nothing_found() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("clean.txt"), "nothing here\n").unwrap();
    assert_eq!(code(&run(dir.path(), &["scan", "clean.txt"])), 0);
}

#[test]
fn row_1_findings_win_over_incomplete() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.env"), format!("T={GITHUB_TOKEN}\n")).unwrap();
    assert_eq!(code(&run(dir.path(), &["scan", "a.env"])), 1);
    // A missing path makes the run incomplete; the finding still decides.
    assert_eq!(code(&run(dir.path(), &["scan", "a.env", "missing.txt"])), 1);
    // For job orchestrators: findings allowed, then the skip decides; both allowed, 0.
    let allowed = run(
        dir.path(),
        &["scan", "--allow-findings", "a.env", "missing.txt"],
    );
    assert_eq!(code(&allowed), 3);
    assert!(stdout(&allowed).contains("GITHUB_TOKEN"), "still reported");
    let both = [
        "scan",
        "--allow-findings",
        "--allow-incomplete",
        "a.env",
        "missing.txt",
    ];
    assert_eq!(code(&run(dir.path(), &both)), 0);
}

#[test]
fn row_2_fatal_errors_win_over_findings() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.env"), format!("T={GITHUB_TOKEN}\n")).unwrap();
    assert_eq!(
        code(&run(dir.path(), &["scan", "--no-such-flag", "a.env"])),
        2
    );
    // The results cannot be written (a full disk): the findings are not the story.
    let full = fs::File::create("/dev/full").unwrap();
    let out = trawl()
        .current_dir(dir.path())
        .args(["scan", "a.env"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("No space left"), "{}", stderr(&out));
}

#[test]
fn row_3_incomplete_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("clean.txt"), "nothing here\n").unwrap();
    assert_eq!(
        code(&run(dir.path(), &["scan", "clean.txt", "missing.txt"])),
        3
    );
    let allowed = run(
        dir.path(),
        &["scan", "--allow-incomplete", "clean.txt", "missing.txt"],
    );
    assert_eq!(code(&allowed), 0);
}

/// SIGINT: the line being written is finished, the summary says `interrupted` and counts what
/// was listed but not reached, the checkpoint is flushed (finished objects only), exit 130.
#[test]
fn row_130_sigint_ends_with_a_summary_and_a_flushed_checkpoint() {
    let files = 20;
    let dir = tokens_and_a_huge_file(files);
    let mut child = spawn_scan(
        dir.path(),
        &[
            "--format",
            "jsonl",
            "--checkpoint",
            "run.checkpoint",
            "--results",
            "run.jsonl",
            "data",
        ],
    );
    std::thread::sleep(Duration::from_millis(700));
    send(&child, libc::SIGINT);
    wait_at_most(&mut child, Duration::from_secs(20));
    let (code, records, stderr) = lines(child);
    assert_eq!(code, 130, "{stderr}");
    let summary = records.last().expect("a summary");
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["interrupted"], true);
    // Every file is accounted for: a record, or counted as not reached.
    let objects: Vec<&Value> = records.iter().filter(|r| r["type"] == "object").collect();
    let not_reached = summary["not_reached"].as_u64().unwrap();
    assert_eq!(
        objects.len() as u64 + not_reached,
        files as u64 + 1,
        "{summary}"
    );
    let big = objects
        .iter()
        .find(|o| o["source"] == "data/big.bin")
        .expect("the huge file was being scanned");
    assert_eq!(big["status"], "PARTIAL");
    assert_eq!(big["reason"], "STOPPED");
    // The checkpoint holds the finished objects only: a resumed run scans the rest.
    let checkpoint = fs::read_to_string(dir.path().join("run.checkpoint")).unwrap();
    let done: Vec<&str> = checkpoint.lines().collect();
    assert_eq!(done.len(), objects.len() - 1, "{checkpoint}");
    assert!(!checkpoint.contains("big.bin"), "{checkpoint}");
    // The results file ends with the same summary.
    let results = fs::read_to_string(dir.path().join("run.jsonl")).unwrap();
    let last: Value = serde_json::from_str(results.lines().last().unwrap()).unwrap();
    assert_eq!(last["interrupted"], true);
}

/// SIGTERM (what Kubernetes and systemd send): the same, exit 143; the human report says so.
#[test]
fn row_143_sigterm_ends_with_a_summary() {
    let dir = tokens_and_a_huge_file(3);
    let mut child = spawn_scan(dir.path(), &["data/big.bin"]);
    std::thread::sleep(Duration::from_millis(500));
    send(&child, libc::SIGTERM);
    wait_at_most(&mut child, Duration::from_secs(20));
    let out = child.wait_with_output().unwrap();
    assert_eq!(code(&out), 143, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("trawl: interrupted by SIGTERM: 0 listed objects not reached"),
        "{}",
        stderr(&out)
    );
}

/// A second signal does not wait for the scan to notice the first: a read that blocks (standard
/// input with no writer activity) ends at once.
#[test]
fn a_second_signal_exits_at_once() {
    let mut child = trawl()
        .args(["scan", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    send(&child, libc::SIGINT);
    std::thread::sleep(Duration::from_millis(100));
    assert!(child.try_wait().unwrap().is_none(), "still reading stdin");
    send(&child, libc::SIGINT);
    wait_at_most(&mut child, Duration::from_secs(10));
    assert_eq!(child.wait().unwrap().code(), Some(130));
}

/// A closed output pipe stops even a scan that has nothing to write, within a chunk, and is
/// not an error: the exit code is what the findings so far warrant (none here: 0).
#[test]
fn a_closed_output_pipe_stops_a_silent_scan_at_once() {
    let dir = tokens_and_a_huge_file(0);
    let mut child = spawn_scan(dir.path(), &["data/big.bin"]);
    std::thread::sleep(Duration::from_millis(500));
    // Closes the read end of trawl's standard output.
    drop(child.stdout.take());
    let took = wait_at_most(&mut child, Duration::from_secs(20));
    let mut errors = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut errors)
        .unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(0), "{errors}");
    assert_eq!(errors, "");
    // 100 ms on a quiet machine; shared CI machines get more slack.
    assert!(
        took < Duration::from_secs(2),
        "{took:?} after the pipe closed"
    );
    eprintln!("exited {took:?} after the pipe closed");
}
