//! Git inputs: the lines a change adds — what is staged (`--staged`) or what a range of commits
//! adds (`--git-range A..B`).
//!
//! Three `git` processes, whatever the size of the change: `diff --raw` lists the changed files
//! with the blob ids of their new content, `diff -U0` gives the added line ranges, and one
//! `cat-file --batch` streams every blob into the scanner. A whole blob is scanned (so a keyword
//! on the line above, or the rest of a multi-line key, is seen), but only findings that overlap
//! an added line are reported, at their line in the new version. Paths are relative to the
//! repository's root.

use crate::finding::{Finding, ObjectRecord, Reason};
use crate::object::{scan_object, Halting, ObjectOptions, Sink};
use crate::{Limits, Scanner};
use std::collections::{HashMap, HashSet};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::ops::{ControlFlow, RangeInclusive};
use std::path::Path;
use std::process::{Command, Stdio};

/// Which change to scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The index against `HEAD` (against the empty tree in a repository with no commits).
    Staged,
    /// A revision range as `git diff` takes it: `A..B`, `A...B` (from the merge base), or one
    /// revision (its changes against the working tree are not included: only commits).
    Range(String),
}

/// Why a change could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GitError {
    /// `git` could not be started (not installed, not on `PATH`).
    #[error("running git: {0}")]
    Spawn(#[source] io::Error),
    /// `git` exited with an error (not a repository, an unknown revision).
    #[error("`git {command}` failed: {stderr}")]
    Failed {
        /// The git arguments.
        command: String,
        /// What git printed on stderr.
        stderr: String,
    },
    /// The directory is in no git repository.
    #[error("{path}: not a git repository (nor in one); --staged and --git-range need one")]
    NotARepository {
        /// The directory asked about.
        path: String,
    },
    /// git's output could not be read.
    #[error("reading git's output: {0}")]
    Read(#[source] io::Error),
    /// git printed something trawl does not understand.
    #[error("unexpected output from `git {command}`: {detail}")]
    Parse {
        /// The git arguments.
        command: String,
        /// What was unexpected.
        detail: String,
    },
}

/// One file of the change with content to scan.
#[derive(Debug, Clone)]
struct ChangedFile {
    path: String,
    blob: String,
    mode: String,
}

/// Scans the lines `change` adds in the repository at `repo`. Every changed file with added
/// content gets an object record; findings outside added lines are not reported (and not
/// counted in the record).
///
/// ```no_run
/// # use std::ops::ControlFlow;
/// # use trawl_scanner::{Finding, ObjectRecord, Sink};
/// # struct Print;
/// # impl Sink for Print {
/// #     fn findings(&self, s: &str, f: Vec<Finding>) -> ControlFlow<()> { for f in f { println!("{s}:{} {}", f.line, f.id()) } ControlFlow::Continue(()) }
/// #     fn object(&self, _: ObjectRecord) -> ControlFlow<()> { ControlFlow::Continue(()) }
/// # }
/// use trawl_scanner::git::{scan_change, Change};
/// let scanner = trawl_scanner::Scanner::builder().build()?;
/// // What `git commit` would add (a pre-commit hook), printed by a Sink of yours:
/// scan_change(&scanner, ".".as_ref(), &Change::Staged, false, &Default::default(), &Print)?;
/// // What a pull request adds:
/// scan_change(&scanner, ".".as_ref(), &Change::Range("main...HEAD".into()), false, &Default::default(), &Print)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn scan_change(
    scanner: &Scanner,
    repo: &Path,
    change: &Change,
    binary: bool,
    limits: &Limits,
    sink: &dyn Sink,
) -> Result<(), GitError> {
    let range_args: Vec<String> = match change {
        Change::Staged => vec!["--cached".into()],
        Change::Range(range) => vec![range.clone()],
    };
    let files = match changed_files(repo, &range_args) {
        Ok(files) => files,
        // Outside a repository git prints its usage text for `diff --cached`: say it plainly.
        // Asked only when the diff failed, so a pre-commit scan pays no extra git process.
        Err(GitError::Failed { .. }) if !in_repository(repo) => {
            return Err(GitError::NotARepository {
                path: repo.display().to_string(),
            })
        }
        Err(e) => return Err(e),
    };
    let added = added_lines(repo, &range_args)?;
    // A sink that asks to stop ends the scan: no further file is read.
    let halting = Halting::new(sink);
    let sink: &dyn Sink = &halting;

    let mut to_scan = Vec::new();
    for file in files {
        match file.mode.as_str() {
            "100644" | "100755" => {}
            "120000" => {
                let _ = sink.object(ObjectRecord::skipped(
                    file.path,
                    Reason::UnsupportedFileType,
                    Some("symbolic link".into()),
                ));
                continue;
            }
            "160000" => continue, // a submodule's commit id: its content lives in another repository
            other => {
                let message = format!("git mode {other}");
                let _ = sink.object(ObjectRecord::skipped(
                    file.path,
                    Reason::UnsupportedFileType,
                    Some(message),
                ));
                continue;
            }
        }
        // Files whose diff adds no line (pure renames, deletions of lines, mode changes) have
        // nothing new to report. Binary files have no line diff: their content is sniffed.
        match added.get(&file) {
            Some(Added::Lines(ranges)) if ranges.is_empty() => {}
            None => {}
            Some(_) => to_scan.push(file),
        }
    }
    if to_scan.is_empty() {
        return Ok(());
    }
    let mut child = git(repo)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(GitError::Spawn)?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let requests: String = to_scan.iter().map(|f| format!("{}\n", f.blob)).collect();
    // Written from another thread: git answers while we are still asking, and both pipes
    // have bounded buffers.
    let writer = std::thread::spawn(move || stdin.write_all(requests.as_bytes()));
    let mut out = BufReader::with_capacity(64 * 1024, child.stdout.take().expect("piped stdout"));
    let mut header = String::new();
    for file in &to_scan {
        if halting.is_halted() {
            // Nothing more is wanted from git either.
            let _ = child.kill();
            drop(out);
            let _ = writer.join();
            let _ = child.wait();
            return Ok(());
        }
        header.clear();
        out.read_line(&mut header).map_err(GitError::Read)?;
        let size = parse_batch_header(&header, &file.blob).ok_or_else(|| GitError::Parse {
            command: "cat-file --batch".into(),
            detail: format!("{:?} for {}", header.trim_end(), file.path),
        })?;
        let filter = AddedLinesSink {
            inner: sink,
            added: added.get(file),
            reported: Default::default(),
        };
        let mut body = (&mut out).take(size);
        let options = ObjectOptions {
            binary,
            limits: *limits,
            max_size: None,
        };
        scan_object(scanner, &mut body, &file.path, &options, &filter);
        // A skipped (binary) blob was not read to its end.
        io::copy(&mut body, &mut io::sink()).map_err(GitError::Read)?;
        let mut newline = [0u8; 1];
        out.read_exact(&mut newline).map_err(GitError::Read)?;
    }
    drop(out);
    let _ = writer.join();
    let status = child.wait().map_err(GitError::Spawn)?;
    if !status.success() {
        let mut stderr = String::new();
        if let Some(mut e) = child.stderr.take() {
            let _ = e.read_to_string(&mut stderr);
        }
        return Err(GitError::Failed {
            command: "cat-file --batch".into(),
            stderr: stderr.trim().to_string(),
        });
    }
    Ok(())
}

fn git(repo: &Path) -> Command {
    let mut command = Command::new("git");
    command
        .current_dir(repo)
        .args(["-c", "core.quotepath=off", "-c", "diff.noprefix=false"]);
    command
}

/// Whether `repo` is inside a git work tree or repository.
fn in_repository(repo: &Path) -> bool {
    git(repo)
        .args(["rev-parse", "--git-dir"])
        .output()
        .is_ok_and(|out| out.status.success())
}

fn run_git(repo: &Path, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let output = git(repo).args(args).output().map_err(GitError::Spawn)?;
    if !output.status.success() {
        return Err(GitError::Failed {
            command: args.join(" "),
            stderr: String::from_utf8_lossy(&output.stderr).trim().to_string(),
        });
    }
    Ok(output.stdout)
}

/// `git diff --raw -z`: `:old_mode new_mode old_blob new_blob status\0path\0` (renames and
/// copies add a second path, the new one).
fn changed_files(repo: &Path, range: &[String]) -> Result<Vec<ChangedFile>, GitError> {
    let mut args = vec![
        "diff",
        "--raw",
        "-z",
        "-M",
        "--no-ext-diff",
        "--no-textconv",
        "--no-abbrev",
    ];
    args.extend(range.iter().map(String::as_str));
    args.push("--");
    parse_raw_diff(&run_git(repo, &args)?)
}

/// What git printed that trawl could not read, as an error that shows no more of it than a
/// finding would (a hunk header carries a line of the file, which may hold a secret).
fn unreadable(command: &str, what: &str, bytes: &[u8]) -> GitError {
    GitError::Parse {
        command: command.into(),
        detail: format!("{what}: {}", trawl_identifiers::redact::redact(bytes)),
    }
}

/// Parses `git diff --raw -z` output.
fn parse_raw_diff(raw: &[u8]) -> Result<Vec<ChangedFile>, GitError> {
    let parse_error = |detail: &str| GitError::Parse {
        command: "diff --raw".into(),
        detail: detail.into(),
    };
    let mut fields = raw.split(|&b| b == 0).filter(|f| !f.is_empty());
    let mut files = Vec::new();
    while let Some(meta) = fields.next() {
        let text = String::from_utf8_lossy(meta);
        let parts: Vec<&str> = text.trim_start_matches(':').split(' ').collect();
        let [_, new_mode, _, new_blob, status] = parts[..] else {
            return Err(unreadable("diff --raw", "a status line", meta));
        };
        let mut path = fields.next().ok_or_else(|| parse_error("missing path"))?;
        if status.starts_with('R') || status.starts_with('C') {
            path = fields
                .next()
                .ok_or_else(|| parse_error("missing new path"))?;
        }
        if status.starts_with('D') {
            continue;
        }
        files.push(ChangedFile {
            path: String::from_utf8_lossy(path).into_owned(),
            blob: new_blob.to_string(),
            mode: new_mode.to_string(),
        });
    }
    Ok(files)
}

/// What a file's diff adds.
#[derive(Debug)]
enum Added {
    /// 1-based line ranges of the new version.
    Lines(Vec<RangeInclusive<u64>>),
    /// No line diff (binary content): every line counts as added.
    Everything,
}

impl Added {
    fn overlaps(&self, first: u64, last: u64) -> bool {
        match self {
            Added::Everything => true,
            Added::Lines(ranges) => ranges
                .iter()
                .any(|r| first <= *r.end() && *r.start() <= last),
        }
    }
}

/// What `git diff -U0` says a change adds: by new path, the ranges of the `@@ -a,b +c,d @@`
/// hunk headers; and the new blob ids of binary files (which have no hunks, and whose
/// "Binary files a/x and b/y differ" line cannot be split reliably when names hold " and ").
struct AddedLines {
    by_path: HashMap<String, Added>,
    binary_blobs: HashSet<String>,
}

impl AddedLines {
    fn get(&self, file: &ChangedFile) -> Option<&Added> {
        if self.binary_blobs.contains(&file.blob) {
            return Some(&Added::Everything);
        }
        self.by_path.get(&file.path)
    }
}

fn added_lines(repo: &Path, range: &[String]) -> Result<AddedLines, GitError> {
    let mut args = vec![
        "diff",
        "-U0",
        "-M",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--full-index",
        "--src-prefix=a/",
        "--dst-prefix=b/",
    ];
    args.extend(range.iter().map(String::as_str));
    args.push("--");
    parse_patch(&run_git(repo, &args)?)
}

/// Parses `git diff -U0` output.
fn parse_patch(patch: &[u8]) -> Result<AddedLines, GitError> {
    let mut added: HashMap<String, Added> = HashMap::new();
    let mut binary_blobs = HashSet::new();
    let mut current: Option<String> = None;
    let mut current_blob: Option<String> = None;
    for line in patch.split(|&b| b == b'\n') {
        if line.starts_with(b"diff --git ") {
            current = None;
            current_blob = None;
        } else if let Some(ids) = line.strip_prefix(b"index ") {
            // `index <old>..<new>[ <mode>]`, full ids thanks to --full-index.
            let ids = String::from_utf8_lossy(ids);
            current_blob = ids
                .split(' ')
                .next()
                .and_then(|pair| pair.split("..").nth(1))
                .map(String::from);
        } else if let Some(path) = line.strip_prefix(b"+++ ") {
            // Git ends the name with a tab when it contains a space.
            let path = path.strip_suffix(b"\t").unwrap_or(path);
            current = if path == b"/dev/null" {
                None
            } else {
                let path = unquote(path);
                let path = path.strip_prefix(b"b/").unwrap_or(&path).to_vec();
                let path = String::from_utf8_lossy(&path).into_owned();
                added.insert(path.clone(), Added::Lines(Vec::new()));
                Some(path)
            };
        } else if line.starts_with(b"Binary files ") {
            if let Some(blob) = current_blob.take() {
                binary_blobs.insert(blob);
            }
        } else if line.starts_with(b"@@ ") {
            let Some(path) = &current else { continue };
            let Some(range) = hunk_new_range(line) else {
                return Err(unreadable("diff -U0", "a hunk header", line));
            };
            if let (Some(Added::Lines(ranges)), Some(range)) = (added.get_mut(path), range) {
                ranges.push(range);
            }
        }
    }
    Ok(AddedLines {
        by_path: added,
        binary_blobs,
    })
}

/// The new side of `@@ -a[,b] +c[,d] @@`: `Some(None)` when it adds no line.
fn hunk_new_range(line: &[u8]) -> Option<Option<RangeInclusive<u64>>> {
    let text = std::str::from_utf8(line).ok()?;
    let plus = text.split(' ').find(|part| part.starts_with('+'))?;
    let mut numbers = plus[1..].splitn(2, ',');
    let start: u64 = numbers.next()?.parse().ok()?;
    let count: u64 = match numbers.next() {
        Some(n) => n.parse().ok()?,
        None => 1,
    };
    if count == 0 {
        return Some(None);
    }
    // Git never writes a range past u64; a header that does is not git's.
    let last = start.checked_add(count - 1)?;
    Some(Some(start..=last))
}

/// Parses what `git diff --raw -z` and `git diff -U0` printed, as a staged scan does, and
/// returns how many changed files it found. The entry point of the `staged_diff` fuzz target
/// (`fuzz/`); not part of the API.
#[doc(hidden)]
pub fn parse_diff(raw: &[u8], patch: &[u8]) -> Result<usize, GitError> {
    let files = parse_raw_diff(raw)?;
    let added = parse_patch(patch)?;
    Ok(files.iter().filter(|f| added.get(f).is_some()).count())
}

/// Git's C-style quoting of unusual paths: `"b/tab\there"`, octal escapes for bytes that
/// `core.quotepath=off` still quotes.
fn unquote(path: &[u8]) -> Vec<u8> {
    let Some(inner) = path.strip_prefix(b"\"").and_then(|p| p.strip_suffix(b"\"")) else {
        return path.to_vec();
    };
    let mut out = Vec::with_capacity(inner.len());
    let mut bytes = inner.iter().copied();
    while let Some(b) = bytes.next() {
        if b != b'\\' {
            out.push(b);
            continue;
        }
        match bytes.next() {
            Some(b'n') => out.push(b'\n'),
            Some(b't') => out.push(b'\t'),
            Some(b'r') => out.push(b'\r'),
            Some(b'a') => out.push(7),
            Some(b'b') => out.push(8),
            Some(b'f') => out.push(12),
            Some(b'v') => out.push(11),
            Some(d @ b'0'..=b'7') => {
                let mut value = u32::from(d - b'0');
                for _ in 0..2 {
                    if let Some(d @ b'0'..=b'7') = bytes.clone().next() {
                        value = value * 8 + u32::from(d - b'0');
                        bytes.next();
                    }
                }
                out.push(value as u8);
            }
            Some(other) => out.push(other),
            None => out.push(b'\\'),
        }
    }
    out
}

/// `<blob> blob <size>` → size.
fn parse_batch_header(header: &str, blob: &str) -> Option<u64> {
    let mut parts = header.trim_end().split(' ');
    let (id, kind, size) = (parts.next()?, parts.next()?, parts.next()?);
    (id == blob && kind == "blob")
        .then(|| size.parse().ok())
        .flatten()
}

/// Passes on only the findings that overlap added lines, and counts only those in the object
/// record.
struct AddedLinesSink<'a> {
    inner: &'a dyn Sink,
    added: Option<&'a Added>,
    /// (identifier, severity) of each finding passed on, for the object record.
    reported: std::sync::Mutex<Vec<(String, trawl_identifiers::Severity)>>,
}

impl Sink for AddedLinesSink<'_> {
    fn findings(&self, source: &str, findings: Vec<Finding>) -> ControlFlow<()> {
        let kept: Vec<Finding> = findings
            .into_iter()
            .filter(|f| {
                let last = f.line + f.value().iter().filter(|&&b| b == b'\n').count() as u64;
                self.added.is_some_and(|a| a.overlaps(f.line, last))
            })
            .collect();
        if !kept.is_empty() {
            let mut reported = self.reported.lock().unwrap_or_else(|p| p.into_inner());
            reported.extend(kept.iter().map(|f| (f.id().to_string(), f.severity)));
            drop(reported);
            return self.inner.findings(source, kept);
        }
        ControlFlow::Continue(())
    }

    fn object(&self, mut record: ObjectRecord) -> ControlFlow<()> {
        let reported =
            std::mem::take(&mut *self.reported.lock().unwrap_or_else(|p| p.into_inner()));
        record.findings.clear();
        record.severity = None;
        for (id, severity) in reported {
            *record.findings.entry(id).or_insert(0) += 1;
            record.severity = record.severity.max(Some(severity));
        }
        self.inner.object(record)
    }

    fn poll(&self) -> ControlFlow<()> {
        self.inner.poll()
    }

    fn not_reached(&self, source: &str) {
        self.inner.not_reached(source);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunk_headers() {
        assert_eq!(hunk_new_range(b"@@ -1,2 +3,4 @@ fn x()"), Some(Some(3..=6)));
        assert_eq!(hunk_new_range(b"@@ -5 +5 @@"), Some(Some(5..=5)));
        assert_eq!(hunk_new_range(b"@@ -5,3 +4,0 @@"), Some(None));
        assert_eq!(hunk_new_range(b"@@ nonsense"), None);
        // A range past u64 overflowed (the staged_diff fuzz target's regression seed).
        assert_eq!(hunk_new_range(b"@@ -1 +18446744073709551615,2 @@"), None);
    }

    /// An unreadable hunk header carries a line of the file in its context: the error shows
    /// no more of it than a finding would.
    #[test]
    fn parse_errors_quote_nothing_in_clear() {
        let token = "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";
        let patch = format!("+++ b/x.py\n@@ -1 +1,x @@ TOKEN = '{token}'\n");
        let error = parse_patch(patch.as_bytes())
            .err()
            .expect("an unreadable header");
        let shown = error.to_string();
        assert!(
            shown.starts_with("unexpected output from `git diff -U0`: a hunk header: @@"),
            "{shown}"
        );
        assert!(
            !shown.contains(&token[..8]) && !shown.contains(&token[20..28]),
            "{shown}"
        );
    }

    #[test]
    fn quoted_paths() {
        assert_eq!(unquote(b"b/plain name.txt"), b"b/plain name.txt");
        assert_eq!(unquote(b"\"b/tab\\there\""), b"b/tab\there");
        assert_eq!(unquote(b"\"b/caf\\303\\251\""), "b/café".as_bytes());
        assert_eq!(unquote(b"\"b/quote\\\"d\""), b"b/quote\"d");
    }
}
