//! Local inputs: files, directory trees (walked in parallel) and readers such as stdin.
//!
//! Every path considered yields exactly one [`ObjectRecord`] through the [`Sink`]: COMPLETE,
//! PARTIAL (a read failed mid-way; findings before it are reported) or SKIPPED with a reason
//! (binary, unreadable, vanished, not a regular file, a link not followed). Findings stream to the sink as they
//! settle, so a 2 GB file never holds more than one chunk in memory.

use crate::finding::{Finding, ObjectRecord, Reason, Status};
use crate::{Limits, Scanner};
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes inspected for a NUL byte to tell binary from text, as git does.
pub const BINARY_SNIFF_BYTES: usize = 8 * 1024;

/// Receives results; called from several threads at once.
///
/// ```
/// use std::sync::Mutex;
/// use trawl_scanner::files::Sink;
/// use trawl_scanner::{Finding, ObjectRecord};
///
/// /// Keeps what arrives, from any thread.
/// #[derive(Default)]
/// struct Collect(Mutex<(Vec<String>, Vec<ObjectRecord>)>);
///
/// impl Sink for Collect {
///     fn findings(&self, source: &str, findings: Vec<Finding>) {
///         let mut seen = self.0.lock().unwrap();
///         seen.0.extend(findings.iter().map(|f| format!("{source}:{} {}", f.line, f.id())));
///     }
///     fn object(&self, record: ObjectRecord) {
///         self.0.lock().unwrap().1.push(record);
///     }
/// }
///
/// let scanner = trawl_scanner::Scanner::builder().build()?;
/// let sink = Collect::default();
/// let body = &b"id: 1\ntoken: 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\n"[..];
/// trawl_scanner::files::scan_source(&scanner, body, "upload.yml", false, &Default::default(), &sink);
/// let (findings, records) = sink.0.into_inner().unwrap();
/// assert_eq!(findings, ["upload.yml:2 GITHUB_TOKEN"]);
/// assert_eq!(records[0].status, trawl_scanner::Status::Complete);
/// # Ok::<(), trawl_scanner::BuildError>(())
/// ```
pub trait Sink: Sync {
    /// Findings of `source`, in order of position, as they settle (several calls per object).
    fn findings(&self, source: &str, findings: Vec<Finding>);
    /// The object's record, after all its findings.
    fn object(&self, record: ObjectRecord);
}

/// How a large local file is shared among threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// Threads scanning one file (1 = never split).
    pub threads: usize,
    /// Bytes per block; a file of fewer than two blocks is scanned by one thread.
    pub block_bytes: u64,
}

impl Split {
    /// Bytes per block by default. On a PII-dense CSV (about 45,000 findings per MiB),
    /// 128 KiB blocks were the fastest measured (32 KiB to 4 MiB tried) and hold the least
    /// memory in flight: peak RSS 56 MiB, against 230 MiB with 1 MiB blocks.
    pub const DEFAULT_BLOCK_BYTES: u64 = 128 << 10;

    /// One thread per file.
    pub const NONE: Split = Split {
        threads: 1,
        block_bytes: Split::DEFAULT_BLOCK_BYTES,
    };

    /// `threads` threads per large file (0 = one per CPU).
    pub fn threads(threads: usize) -> Split {
        let threads = match threads {
            0 => std::thread::available_parallelism().map_or(1, usize::from),
            n => n,
        };
        Split {
            threads,
            block_bytes: Split::DEFAULT_BLOCK_BYTES,
        }
    }
}

impl Default for Split {
    fn default() -> Self {
        Split::NONE
    }
}

/// The worker threads that files split during one walk may use between them. Each walker
/// thread scans a file of its own already; a large file takes its extra workers from here, so
/// several large files met at once share `threads` workers instead of starting `threads`
/// each (and holding that many blocks in memory each). A file that gets fewer than two is
/// scanned by its walker thread alone.
pub(crate) struct SplitWorkers(AtomicUsize);

impl SplitWorkers {
    pub(crate) fn new(threads: usize) -> Self {
        SplitWorkers(AtomicUsize::new(threads))
    }

    /// Takes up to `want` workers (two at least, or none); give them back with `release`.
    pub(crate) fn reserve(&self, want: usize) -> usize {
        self.0
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |free| {
                (free.min(want) >= 2).then(|| free - free.min(want))
            })
            .map_or(0, |free| free.min(want))
    }

    pub(crate) fn release(&self, workers: usize) {
        self.0.fetch_add(workers, Ordering::AcqRel);
    }
}

/// How paths are walked and read.
#[derive(Debug, Clone)]
pub struct FileOptions {
    /// Worker threads for the walk (0 = one per CPU).
    pub threads: usize,
    /// Ignore `.gitignore`, `.ignore` and git's exclude files.
    pub no_ignore: bool,
    /// Scan files that contain NUL bytes instead of skipping them.
    pub binary: bool,
    /// Follow symbolic links inside directories.
    pub follow_links: bool,
    /// Globs (gitignore style) of paths not to scan: one without `/` matches a file or
    /// directory name at any depth (`*.min.js`, `node_modules`); one with `/` matches the
    /// path below `exclude_root` (`vendor/**`, `/docs/*.md`). Paths named explicitly are
    /// always scanned.
    pub exclude: Vec<String>,
    /// Where `exclude` globs with a `/` start from (the configuration file's directory);
    /// empty means the current directory.
    pub exclude_root: PathBuf,
    /// Files larger than this are SKIPPED with `FILE_EXCEEDS_SIZE_LIMIT`.
    pub max_file_size: Option<u64>,
    /// What archives may decompress (with the `formats` feature).
    pub limits: Limits,
    /// A file of at least two blocks of this many bytes is scanned by `threads` threads at
    /// once, block by block, with the same findings (0 = one thread per file; Unix, with the
    /// `formats` feature).
    pub block_bytes: u64,
}

impl Default for FileOptions {
    fn default() -> Self {
        FileOptions {
            threads: 0,
            no_ignore: false,
            binary: false,
            follow_links: false,
            exclude: Vec::new(),
            exclude_root: PathBuf::new(),
            max_file_size: None,
            limits: Limits::default(),
            block_bytes: Split::DEFAULT_BLOCK_BYTES,
        }
    }
}

/// The compiled `exclude` globs.
struct Excludes {
    names: globset::GlobSet,
    paths: globset::GlobSet,
    /// Absolute form of the directory path globs start from.
    root: PathBuf,
    cwd: PathBuf,
}

impl Excludes {
    fn new(globs: &[String], root: &Path) -> Result<Excludes, globset::Error> {
        let mut names = globset::GlobSetBuilder::new();
        let mut paths = globset::GlobSetBuilder::new();
        for glob in globs {
            let glob = glob.trim_end_matches('/');
            if glob.contains('/') {
                let compiled = globset::GlobBuilder::new(glob.trim_start_matches('/'))
                    .literal_separator(true)
                    .build()?;
                paths.add(compiled);
            } else {
                names.add(globset::Glob::new(glob)?);
            }
        }
        let cwd = std::env::current_dir().unwrap_or_default();
        let root = cwd
            .join(root)
            .components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect();
        Ok(Excludes {
            names: names.build()?,
            paths: paths.build()?,
            root,
            cwd,
        })
    }

    fn excludes(&self, path: &Path) -> bool {
        if path
            .file_name()
            .is_some_and(|name| self.names.is_match(name))
        {
            return true;
        }
        if self.paths.is_empty() {
            return false;
        }
        // Lexical only (no system call per entry): `./src` and `src` are the same below cwd.
        let absolute = self.cwd.join(path);
        let normalized: PathBuf = absolute
            .components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect();
        normalized
            .strip_prefix(&self.root)
            .is_ok_and(|relative| self.paths.is_match(relative))
    }
}

/// A read error that knows which [`Reason`] it stands for (an S3 object that changed while it
/// was read, a denied GET), carried inside an `io::Error` through readers and decoders.
#[derive(Debug)]
pub(crate) struct InputError {
    pub(crate) reason: Reason,
    pub(crate) message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for InputError {}

impl InputError {
    #[cfg_attr(not(feature = "s3"), allow(dead_code))]
    pub(crate) fn into_io(reason: Reason, message: impl Into<String>) -> io::Error {
        io::Error::other(InputError {
            reason,
            message: message.into(),
        })
    }
}

pub(crate) fn reason_for(error: &io::Error) -> Reason {
    if let Some(input) = error.get_ref().and_then(|e| e.downcast_ref::<InputError>()) {
        return input.reason;
    }
    match error.kind() {
        io::ErrorKind::PermissionDenied => Reason::AccessDenied,
        io::ErrorKind::NotFound => Reason::NotFound,
        _ => Reason::ReadError,
    }
}

/// Scans content from `reader` as `source`, streaming findings to `sink`, and returns the
/// object record (also sent to the sink). With the `formats` feature, containers and
/// documents are decoded (within `limits`); without it, they are binary content.
pub fn scan_source<R: Read>(
    scanner: &Scanner,
    reader: R,
    source: &str,
    binary: bool,
    limits: &Limits,
    sink: &dyn Sink,
) -> ObjectRecord {
    let input = Input {
        source,
        binary,
        limits,
        split: Split::NONE,
        split_workers: None,
    };
    scan_input(scanner, reader, None, &input, sink)
}

/// How one input is read.
pub(crate) struct Input<'a> {
    pub(crate) source: &'a str,
    pub(crate) binary: bool,
    /// Container limits (used with the `formats` feature).
    #[cfg_attr(not(feature = "formats"), allow(dead_code))]
    pub(crate) limits: &'a Limits,
    pub(crate) split: Split,
    /// Shared by the files of one walk (`None`: this file may use `split.threads`).
    pub(crate) split_workers: Option<&'a SplitWorkers>,
}

#[cfg(feature = "formats")]
fn scan_input<R: Read>(
    scanner: &Scanner,
    mut reader: R,
    file: Option<&mut File>,
    input: &Input,
    sink: &dyn Sink,
) -> ObjectRecord {
    crate::formats::scan_object(scanner, &mut reader, file, input, sink)
}

#[cfg(not(feature = "formats"))]
fn scan_input<R: Read>(
    scanner: &Scanner,
    reader: R,
    file: Option<&mut File>,
    input: &Input,
    sink: &dyn Sink,
) -> ObjectRecord {
    scan_plain(scanner, reader, file.map(|f| &*f), input, sink)
}

/// Plain content: NUL sniff, then one streaming session (or, for a large local file, one
/// per block on several threads, see `crate::split`).
#[cfg_attr(feature = "formats", allow(dead_code))]
fn scan_plain<R: Read>(
    scanner: &Scanner,
    mut reader: R,
    file: Option<&File>,
    input: &Input,
    sink: &dyn Sink,
) -> ObjectRecord {
    let (source, binary) = (input.source, input.binary);
    let mut session = scanner.session();
    // Sniff the start for NUL bytes before anything is scanned.
    let mut head = vec![0u8; BINARY_SNIFF_BYTES];
    let mut head_len = 0;
    let mut failure = None;
    while head_len < head.len() {
        match reader.read(&mut head[head_len..]) {
            Ok(0) => break,
            Ok(n) => head_len += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    if let Some(e) = &failure {
        if head_len == 0 {
            let record = ObjectRecord::skipped(source, reason_for(e), Some(e.to_string()));
            sink.object(record.clone());
            return record;
        }
    }
    if !binary && memchr::memchr(0, &head[..head_len]).is_some() {
        let record = ObjectRecord::skipped(
            source,
            Reason::BinaryFile,
            Some("contains NUL bytes; scan it with --binary".into()),
        );
        sink.object(record.clone());
        return record;
    }
    #[cfg(unix)]
    if let (Some(file), None) = (file, &failure) {
        let len = file.metadata().map_or(0, |m| m.len());
        let mut emit = |findings| sink.findings(source, findings);
        if let Some(split) = crate::split::scan_in_blocks(
            scanner,
            file,
            len,
            input.split,
            input.split_workers,
            &mut emit,
        ) {
            let outcome = crate::Outcome {
                findings: Vec::new(),
                bytes: split.bytes,
                counts: split.counts,
                severity: split.severity,
                stopped: split.stopped,
            };
            return plain_record(source, split.error, outcome, sink);
        }
    }
    #[cfg(not(unix))]
    let _ = file;
    session.feed(&head[..head_len]);
    if failure.is_none() && head_len == head.len() {
        loop {
            match session.feed_once(&mut reader) {
                Ok(0) => break,
                Ok(_) => {
                    if !session.findings().is_empty() {
                        sink.findings(source, session.take_findings());
                    }
                }
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
    }
    let mut outcome = session.finish();
    if !outcome.findings.is_empty() {
        sink.findings(source, std::mem::take(&mut outcome.findings));
    }
    plain_record(source, failure, outcome, sink)
}

/// The record of plain content whose findings were all reported: PARTIAL after `failure` or
/// an early stop.
#[cfg_attr(feature = "formats", allow(dead_code))]
fn plain_record(
    source: &str,
    failure: Option<io::Error>,
    outcome: crate::Outcome,
    sink: &dyn Sink,
) -> ObjectRecord {
    let (status, reason, message) = match failure {
        Some(e) => (Status::Partial, Some(reason_for(&e)), Some(e.to_string())),
        None if outcome.stopped => (
            Status::Partial,
            Some(Reason::Stopped),
            Some("stopped at the first finding of the stop-at severity".into()),
        ),
        None => (Status::Complete, None, None),
    };
    let record = ObjectRecord {
        kind: "object",
        source: source.to_string(),
        container: Vec::new(),
        status,
        reason,
        message,
        bytes: outcome.bytes,
        etag: None,
        findings: outcome.counts,
        severity: outcome.severity,
    };
    sink.object(record.clone());
    record
}

/// Scans one file named `source`; a zip or document is read by seeking, never loaded whole.
/// A large text file is scanned by `split.threads` threads at once (same findings, in the
/// same order, as one thread).
pub fn scan_file(
    scanner: &Scanner,
    path: &Path,
    source: &str,
    binary: bool,
    limits: &Limits,
    split: Split,
    sink: &dyn Sink,
) -> ObjectRecord {
    let input = Input {
        source,
        binary,
        limits,
        split,
        split_workers: None,
    };
    scan_path(scanner, path, &input, sink)
}

/// [`scan_file`] with the input's options.
fn scan_path(scanner: &Scanner, path: &Path, input: &Input, sink: &dyn Sink) -> ObjectRecord {
    let source = input.source;
    match File::open(path) {
        Ok(mut file) => {
            let mut reader = match file.try_clone() {
                Ok(clone) => clone,
                Err(e) => {
                    let record = ObjectRecord::skipped(source, reason_for(&e), Some(e.to_string()));
                    sink.object(record.clone());
                    return record;
                }
            };
            // Only a regular file can seek; a FIFO named on the command line streams.
            let seekable = file.metadata().map(|m| m.is_file()).unwrap_or(false);
            scan_input(
                scanner,
                &mut reader,
                seekable.then_some(&mut file),
                input,
                sink,
            )
        }
        Err(e) => {
            let record = ObjectRecord::skipped(source, reason_for(&e), Some(e.to_string()));
            sink.object(record.clone());
            record
        }
    }
}

fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Walks `paths` (files or directories) in parallel and scans every file.
///
/// `.gitignore`, `.ignore` and git's exclude files are honoured unless `no_ignore`; hidden
/// files (`.env`) are scanned; `.git/` directories are not. Paths named explicitly are always
/// scanned. Fails only when an `exclude` glob is invalid, before anything is scanned.
///
/// ```
/// # use std::sync::Mutex;
/// # use trawl_scanner::{files::{self, FileOptions, Sink}, Finding, ObjectRecord};
/// # #[derive(Default)] struct Count(Mutex<(usize, usize)>);
/// # impl Sink for Count {
/// #     fn findings(&self, _: &str, f: Vec<Finding>) { self.0.lock().unwrap().0 += f.len() }
/// #     fn object(&self, _: ObjectRecord) { self.0.lock().unwrap().1 += 1 }
/// # }
/// let dir = std::env::temp_dir().join(format!("trawl-doc-{}", std::process::id()));
/// std::fs::create_dir_all(dir.join("config"))?;
/// std::fs::write(dir.join("config/.env"), "AWS_ACCESS_KEY_ID=AKIAQYLPMN5HHHFPZAM2\n")?;
/// std::fs::write(dir.join("README"), "nothing here\n")?;
///
/// let scanner = trawl_scanner::Scanner::builder().build()?;
/// let sink = Count::default(); // a Sink: see its example
/// let options = FileOptions { exclude: vec!["*.min.js".into()], ..FileOptions::default() };
/// files::scan_paths(&scanner, &[dir.clone()], &options, &sink)?;
/// assert_eq!(*sink.0.lock().unwrap(), (1, 2)); // one finding, two object records
/// # std::fs::remove_dir_all(dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn scan_paths(
    scanner: &Scanner,
    paths: &[PathBuf],
    options: &FileOptions,
    sink: &dyn Sink,
) -> Result<(), globset::Error> {
    let excludes = Excludes::new(&options.exclude, &options.exclude_root)?;
    let split = Split {
        block_bytes: options.block_bytes,
        ..Split::threads(options.threads)
    };
    let split_workers = SplitWorkers::new(split.threads);
    let Some((first, rest)) = paths.split_first() else {
        return Ok(());
    };
    let mut builder = ignore::WalkBuilder::new(first);
    for p in rest {
        builder.add(p);
    }
    builder
        .threads(options.threads)
        .hidden(false)
        .require_git(false)
        .follow_links(options.follow_links)
        .filter_entry(move |entry| {
            entry.file_name() != ".git" && (entry.depth() == 0 || !excludes.excludes(entry.path()))
        });
    if options.no_ignore {
        builder
            .ignore(false)
            .git_ignore(false)
            .git_global(false)
            .git_exclude(false)
            .parents(false);
    }
    builder.build_parallel().run(|| {
        Box::new(|entry| {
            match entry {
                Ok(entry) => {
                    let Some(kind) = entry.file_type() else {
                        // Only stdin has no file type; it is never walked.
                        return ignore::WalkState::Continue;
                    };
                    // A named link to a directory is walked like the directory.
                    if kind.is_dir() || (entry.depth() == 0 && entry.path().is_dir()) {
                        return ignore::WalkState::Continue;
                    }
                    let source = display(entry.path());
                    if kind.is_file() || entry.depth() == 0 {
                        if let Some(record) =
                            oversized(entry.path(), &source, options.max_file_size)
                        {
                            sink.object(record);
                            return ignore::WalkState::Continue;
                        }
                        // A path the user named is read whatever it is: a FIFO or
                        // `/dev/fd/N` from `trawl scan <(command)` is what they asked for.
                        let input = Input {
                            source: &source,
                            binary: options.binary,
                            limits: &options.limits,
                            split,
                            split_workers: Some(&split_workers),
                        };
                        scan_path(scanner, entry.path(), &input, sink);
                    } else if kind.is_symlink() {
                        // Links inside a tree are not followed unless asked (as ripgrep does),
                        // but they are accounted for.
                        sink.object(ObjectRecord::skipped(
                            source,
                            Reason::UnsupportedFileType,
                            Some("symbolic link; scan it with --follow".into()),
                        ));
                    } else {
                        sink.object(ObjectRecord::skipped(
                            source,
                            Reason::UnsupportedFileType,
                            Some("not a regular file (device, socket or FIFO)".into()),
                        ));
                    }
                }
                Err(error) => {
                    let (source, io_error) = walk_error_parts(&error);
                    let reason = io_error.as_ref().map_or(Reason::ReadError, reason_for);
                    sink.object(ObjectRecord::skipped(
                        source,
                        reason,
                        Some(error.to_string()),
                    ));
                }
            }
            ignore::WalkState::Continue
        })
    });
    Ok(())
}

/// A SKIPPED record when `path` is a regular file larger than `limit`.
fn oversized(path: &Path, source: &str, limit: Option<u64>) -> Option<ObjectRecord> {
    let limit = limit?;
    let size = std::fs::metadata(path).ok().filter(|m| m.is_file())?.len();
    (size > limit).then(|| {
        ObjectRecord::skipped(
            source,
            Reason::FileExceedsSizeLimit,
            Some(format!("{size} bytes; the maximum file size is {limit}")),
        )
    })
}

/// The path an `ignore` error is about, and its I/O error if it has one.
fn walk_error_parts(error: &ignore::Error) -> (String, Option<io::Error>) {
    let mut path = None;
    let mut current = error;
    loop {
        match current {
            ignore::Error::WithPath { path: p, err } => {
                path.get_or_insert_with(|| display(p));
                current = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                current = err
            }
            ignore::Error::Io(e) => {
                return (
                    path.unwrap_or_else(|| "?".into()),
                    Some(io::Error::new(e.kind(), e.to_string())),
                )
            }
            ignore::Error::Loop { child, .. } => return (display(child), None),
            _ => return (path.unwrap_or_else(|| "?".into()), None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SplitWorkers;

    #[test]
    fn split_workers_are_shared_and_given_back() {
        let workers = SplitWorkers::new(3);
        assert_eq!(workers.reserve(2), 2);
        // One left: too few to split another file.
        assert_eq!(workers.reserve(3), 0);
        workers.release(2);
        assert_eq!(workers.reserve(8), 3);
        assert_eq!(workers.reserve(2), 0);
        workers.release(3);
        assert_eq!(workers.reserve(2), 2);
    }
}
