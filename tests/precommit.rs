//! The real `pre-commit` framework (from PyPI) running this repository's `trawl` hook in a
//! temporary git repository: a commit with a planted key is blocked, an inline allow lets it
//! through, a clean commit passes.
//!
//! pre-commit builds the hook with `cargo install --path .` from a snapshot of this source
//! tree. The build shares `target/precommit` across runs (CARGO_TARGET_DIR), so only the first
//! run compiles the dependencies. pre-commit itself comes from the tests' own virtualenv
//! (`support::python`), made on first use.

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::{git, target_dir, GITHUB_TOKEN};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(dir: &Path, program: impl AsRef<Path>, args: &[&str], env: &[(&str, &Path)]) -> Output {
    let program = program.as_ref();
    let mut command = Command::new(program);
    command
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null");
    for (key, value) in env {
        command.env(key, value);
    }
    command
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", program.display()))
}

/// Copies the source tree (not `target/` or `.git/`) into `to` and commits it, so the hook
/// source is exactly the code under test, committed or not.
fn snapshot_source(to: &Path) -> String {
    fn copy(from: &Path, to: &Path, top: bool) {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name();
            if top && (name == "target" || name == ".git") {
                continue;
            }
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                copy(&entry.path(), &to.join(&name), false);
            } else if kind.is_file() {
                fs::copy(entry.path(), to.join(&name)).unwrap();
            }
        }
    }
    copy(&manifest_dir(), to, true);
    git(to, &["init", "-q", "-b", "main"]);
    git(to, &["add", "-A"]);
    git(
        to,
        &[
            "-c",
            "user.email=ci@example.invalid",
            "-c",
            "user.name=CI",
            "commit",
            "-q",
            "-m",
            "snapshot",
        ],
    );
    String::from_utf8(git(to, &["rev-parse", "HEAD"]).stdout)
        .unwrap()
        .trim()
        .to_string()
}

#[test]
fn pre_commit_blocks_a_planted_key_and_honours_inline_allows() {
    let work = tempfile::tempdir().unwrap();
    let source = work.path().join("trawl-src");
    let rev = snapshot_source(&source);

    let project = work.path().join("project");
    fs::create_dir(&project).unwrap();
    git(&project, &["init", "-q", "-b", "main"]);
    git(&project, &["config", "user.email", "dev@example.invalid"]);
    git(&project, &["config", "user.name", "Dev"]);
    fs::write(
        project.join(".pre-commit-config.yaml"),
        format!(
            "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: trawl\n",
            source.display()
        ),
    )
    .unwrap();
    let pre_commit_home = work.path().join("pre-commit-home");
    let cargo_target = target_dir().join("precommit");
    let env: [(&str, &Path); 2] = [
        ("PRE_COMMIT_HOME", &pre_commit_home),
        ("CARGO_TARGET_DIR", &cargo_target),
    ];

    let pre_commit = support::python::venv().pre_commit();
    let install = run(&project, &pre_commit, &["install"], &env);
    assert!(
        install.status.success(),
        "pre-commit install: {}",
        String::from_utf8_lossy(&install.stderr)
    );
    // Build the hook environment once, before timing-sensitive commits.
    let build = run(&project, &pre_commit, &["install-hooks"], &env);
    assert!(
        build.status.success(),
        "building the hook: {}{}",
        String::from_utf8_lossy(&build.stdout),
        String::from_utf8_lossy(&build.stderr)
    );

    let commit = |message: &str| run(&project, "git", &["commit", "-q", "-m", message], &env);

    // A clean commit passes.
    fs::write(project.join("README.md"), "# project\n").unwrap();
    git(&project, &["add", "-A"]);
    let out = commit("clean");
    assert!(
        out.status.success(),
        "clean commit blocked: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );

    // A planted token is blocked, and the finding is shown (redacted) with its place.
    fs::write(
        project.join("deploy.env"),
        format!("GITHUB_TOKEN={GITHUB_TOKEN}\n"),
    )
    .unwrap();
    git(&project, &["add", "deploy.env"]);
    let out = commit("add deploy settings");
    let shown = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.status.success(), "the commit went through:\n{shown}");
    assert!(shown.contains("deploy.env:1:14: GITHUB_TOKEN"), "{shown}");
    assert!(
        shown.contains("trawl:allow"),
        "says how to allow a false alarm:\n{shown}"
    );
    assert!(
        !shown.contains(GITHUB_TOKEN),
        "the secret is not printed:\n{shown}"
    );
    let log = String::from_utf8(git(&project, &["log", "--oneline"]).stdout).unwrap();
    assert_eq!(log.lines().count(), 1, "{log}");

    // With an inline allow it passes.
    fs::write(
        project.join("deploy.env"),
        format!("GITHUB_TOKEN={GITHUB_TOKEN}  # trawl:allow test fixture\n"),
    )
    .unwrap();
    git(&project, &["add", "deploy.env"]);
    let out = commit("add deploy settings (allowed fixture)");
    assert!(
        out.status.success(),
        "allowed commit blocked: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
