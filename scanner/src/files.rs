//! Local files and directory trees, walked in parallel.
//!
//! Every path considered yields exactly one [`ObjectRecord`] through the [`Sink`]: what the
//! object layer (`crate::object`) makes of a file it could open, or SKIPPED with a reason
//! (unreadable, vanished, too large, not a regular file, a link not followed).

use crate::finding::{ObjectRecord, Reason};
use crate::object::{reason_for, scan_input, Halting, Input, Sink};
use crate::split::{Split, SplitWorkers};
use crate::{Limits, Scanner};
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A regular file the walk found, before it is read.
pub struct WalkedFile<'a> {
    /// The name its records carry.
    pub source: &'a str,
    /// Where to open it.
    pub path: &'a Path,
    /// Its metadata, as the walk read it.
    pub metadata: &'a std::fs::Metadata,
}

/// Files already scanned (an incremental scan's state): `true` for a file not to read again.
/// It gets no record; the caller carries its earlier one forward.
#[derive(Clone)]
pub struct AlreadyScanned(pub Arc<dyn Fn(&WalkedFile) -> bool + Send + Sync>);

impl std::fmt::Debug for AlreadyScanned {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AlreadyScanned(..)")
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
    /// Files the caller is writing while the walk runs (trawl's `--results` and
    /// `--checkpoint`): found inside a walked directory, they are passed over without a
    /// record, as they are output, not input. Matched by device and inode, so any spelling of
    /// the path works. Paths named explicitly are scanned.
    pub own_files: Vec<PathBuf>,
    /// Regular files found in a walk (named or not) are offered here before they are read.
    pub already_scanned: Option<AlreadyScanned>,
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
            own_files: Vec::new(),
            already_scanned: None,
        }
    }
}

/// The device and inode of each file that exists among `paths` (Unix; elsewhere none).
fn file_ids(paths: &[PathBuf]) -> Vec<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        paths
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| (m.dev(), m.ino()))
            .collect()
    }
    #[cfg(not(unix))]
    {
        let _ = paths;
        Vec::new()
    }
}

/// Whether a walked `entry` is one of the files `own` identifies: the inode from the
/// directory listing first, the device (a `stat`) only when an inode matches.
fn is_own(entry: &ignore::DirEntry, own: &[(u64, u64)]) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let Some(ino) = entry.ino() else {
            return false;
        };
        own.iter()
            .any(|&(dev, own_ino)| own_ino == ino && entry.metadata().is_ok_and(|m| m.dev() == dev))
    }
    #[cfg(not(unix))]
    {
        let _ = (entry, own);
        false
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
        max_size: None,
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
                    let _ = sink.object(record.clone());
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
            let _ = sink.object(record.clone());
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
/// # use std::ops::ControlFlow;
/// # use trawl_scanner::{files::{self, FileOptions}, Finding, ObjectRecord, Sink};
/// # #[derive(Default)] struct Count(Mutex<(usize, usize)>);
/// # impl Sink for Count {
/// #     fn findings(&self, _: &str, f: Vec<Finding>) -> ControlFlow<()> { self.0.lock().unwrap().0 += f.len(); ControlFlow::Continue(()) }
/// #     fn object(&self, _: ObjectRecord) -> ControlFlow<()> { self.0.lock().unwrap().1 += 1; ControlFlow::Continue(()) }
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
    // A sink that asks to stop ends the walk: no further file is started.
    let halting = Halting::new(sink);
    let sink: &dyn Sink = &halting;
    let halted = || halting.is_halted();
    let own = file_ids(&options.own_files);
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
            entry.file_name() != ".git"
                && (entry.depth() == 0 || !(excludes.excludes(entry.path()) || is_own(entry, &own)))
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
            if halted() {
                // What the walk had listed before the stop is accounted for, not scanned; no
                // further directory is opened.
                return match entry {
                    Ok(entry) if entry.file_type().is_some_and(|kind| kind.is_dir()) => {
                        ignore::WalkState::Skip
                    }
                    Ok(entry) => {
                        sink.not_reached(&display(entry.path()));
                        ignore::WalkState::Continue
                    }
                    Err(_) => ignore::WalkState::Continue,
                };
            }
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
                            let _ = sink.object(record);
                            return ignore::WalkState::Continue;
                        }
                        // After the size check: a file too large to scan is not hashed either.
                        if kind.is_file() && is_already_scanned(&entry, &source, options) {
                            return ignore::WalkState::Continue;
                        }
                        // A path the user named is read whatever it is: a FIFO or
                        // `/dev/fd/N` from `trawl scan <(command)` is what they asked for.
                        let input = Input {
                            source: &source,
                            binary: options.binary,
                            limits: &options.limits,
                            // Regular files were checked above; a FIFO or device named on
                            // the command line is cut at the limit as it is read.
                            max_size: options.max_file_size,
                            split,
                            split_workers: Some(&split_workers),
                        };
                        scan_path(scanner, entry.path(), &input, sink);
                    } else if kind.is_symlink() {
                        // Links inside a tree are not followed unless asked (as ripgrep does),
                        // but they are accounted for.
                        let _ = sink.object(ObjectRecord::skipped(
                            source,
                            Reason::UnsupportedFileType,
                            Some("symbolic link; scan it with --follow".into()),
                        ));
                    } else {
                        let _ = sink.object(ObjectRecord::skipped(
                            source,
                            Reason::UnsupportedFileType,
                            Some("not a regular file (device, socket or FIFO)".into()),
                        ));
                    }
                }
                Err(error) => {
                    let (source, io_error) = walk_error_parts(&error);
                    let reason = io_error.as_ref().map_or(Reason::ReadError, reason_for);
                    let _ = sink.object(ObjectRecord::skipped(
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

/// Whether the caller's [`FileOptions::already_scanned`] says `entry` need not be read. A
/// file whose metadata cannot be read is read (and its error recorded) as usual.
fn is_already_scanned(entry: &ignore::DirEntry, source: &str, options: &FileOptions) -> bool {
    let Some(check) = &options.already_scanned else {
        return false;
    };
    let Ok(metadata) = entry.metadata() else {
        return false;
    };
    (check.0)(&WalkedFile {
        source,
        path: entry.path(),
        metadata: &metadata,
    })
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
