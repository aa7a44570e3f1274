//! What the end-to-end tests under tests/ share: running `trawl` and reading its output, the
//! credential values they plant, archive fixtures, and the Python tools (pre-commit,
//! jsonschema) they provision for themselves. Each test binary says `mod support;` and uses
//! part of it.
//!
//! `s3_server.rs` is not declared here: compiling it (s3s and a hyper server) costs each test
//! binary about half a minute, so only those that start a server include it, with
//! `#[path = "support/s3_server.rs"]`.

#![allow(dead_code)] // Each test binary uses part of it.

pub mod archives;
pub mod iam;
pub mod python;
pub mod scan;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A GitHub token with a valid checksum, never issued.
pub const GITHUB_TOKEN: &str = "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";
/// An AWS access key id of the right shape, not AWS's documentation example.
pub const AWS_KEY_ID: &str = "AKIAQYLPMN5HHHFPZAM2";
/// An npm token with a valid checksum, never issued.
pub const NPM_TOKEN: &str = "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";

/// The target directory of this test build (`<CARGO_TARGET_DIR or target>`).
pub fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is <target>/tmp")
        .to_path_buf()
}

/// The `trawl` binary under test, in an environment that cannot change its results.
pub fn trawl() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_trawl"));
    cmd.env_remove("TRAWL_FINGERPRINT_KEY").env("NO_COLOR", "1");
    cmd
}

/// Runs trawl with `args` in `dir` and returns its output.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    trawl()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("running trawl")
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// Runs `git ARGS` in `dir`, with no global configuration in the way, and asserts it succeeds.
pub fn git(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("running git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// JSON Lines as values, checking that every line parses.
pub fn jsonl(text: &str) -> Vec<Value> {
    text.lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect()
}

/// The JSON Lines records trawl wrote to stdout.
pub fn records(out: &Output) -> Vec<Value> {
    jsonl(&stdout(out))
}

/// `body` (ASCII digits) with its Luhn check digit appended: card numbers for the tests,
/// computed here rather than by trawl's validator.
pub fn with_luhn(body: &str) -> String {
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            match i % 2 {
                0 if d * 2 > 9 => d * 2 - 9,
                0 => d * 2,
                _ => d,
            }
        })
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}
