//! `--state DIR`: incremental sweeps. The directory holds what a sweep's `--results` and
//! `--checkpoint` would (`results.jsonl.gz`: every object's lines; `checkpoint.jsonl`: each
//! object done, with its ETag and record), and `state.json`: the trawl version and settings it
//! was written with. The next sweep with the same directory reads only the objects that are
//! new or whose ETag changed, carries the others' lines and counts forward, and drops the
//! objects that are gone; one killed mid-way resumes as from a checkpoint. A state written by
//! another version or with other settings (identifiers, configuration, scope, limits, report)
//! is set aside with one line on stderr, and everything is swept again.
//!
//! Local files have no ETag: a file is unchanged when its size and modification time are
//! those recorded; when they differ, a keyed hash of its bytes (HMAC-SHA-256 with the
//! fingerprint key: a bare hash of a small file holding one PIN could be reversed by trying
//! them all) is compared with the recorded one, so a file touched (or copied back) without a
//! change in its bytes is not read again.

use crate::merge::source_hash;
use crate::results::{Done, ResultsEnd, Resumed};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use trawl_scanner::files::WalkedFile;

const META: &str = "state.json";

/// The file holding the version and settings a state was written with.
pub fn meta_path(dir: &Path) -> PathBuf {
    dir.join(META)
}

/// A state directory's files.
pub struct StateDir {
    pub results: PathBuf,
    pub checkpoint: PathBuf,
    /// Where the last finished run's results end, when it could say (see [`ResultsEnd`]).
    pub results_end: Option<ResultsEnd>,
}

impl StateDir {
    pub fn at(dir: &Path) -> StateDir {
        StateDir {
            results: dir.join("results.jsonl.gz"),
            checkpoint: dir.join("checkpoint.jsonl"),
            results_end: None,
        }
    }
}

/// `--state` keeps sweeps of S3 and of local directories incremental: refuses the inputs and
/// settings it cannot keep.
pub fn check_inputs(args: &crate::args::ScanArgs) -> Result<()> {
    let given = args.s3.inventory.is_some() || args.s3.items.is_some();
    if args.staged || args.git_range.is_some() {
        anyhow::bail!("--state keeps sweeps incremental: git changes are incremental already");
    }
    if args.paths.iter().any(|p| p.as_os_str() == "-") {
        anyhow::bail!("--state keeps sweeps incremental: standard input (`-`) has no version");
    }
    if args.paths.is_empty() && !given {
        anyhow::bail!(
            "--state keeps sweeps incremental: give directories or files, s3://bucket/prefix, \
             --inventory or --items"
        );
    }
    if args.results.results_format == crate::args::ResultsFormat::Macie {
        anyhow::bail!("--state keeps trawl's results format: drop --results-format macie");
    }
    Ok(())
}

#[derive(Serialize, Deserialize)]
struct Meta {
    /// The trawl version that wrote it.
    version: String,
    /// A hash of the settings that decide each object's record (see [`settings_hash`]).
    settings: String,
    /// Written when a run ends: where its results end, so the next run can append to them.
    /// A run that starts writes the file without it (it is about to change the results).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    results_end: Option<ResultsEnd>,
}

impl Meta {
    fn ours(settings: String) -> Meta {
        Meta {
            version: env!("CARGO_PKG_VERSION").to_string(),
            settings,
            results_end: None,
        }
    }

    fn is_same(&self, other: &Meta) -> bool {
        self.version == other.version && self.settings == other.settings
    }

    /// Written aside and renamed over.
    fn write(&self, dir: &Path) -> Result<()> {
        let meta_path = meta_path(dir);
        let aside = dir.join(format!("{META}.partial"));
        std::fs::write(&aside, serde_json::to_vec_pretty(self)?)
            .and_then(|()| std::fs::rename(&aside, &meta_path))
            .with_context(|| format!("--state: writing {}", meta_path.display()))
    }
}

/// SHA-256 of the settings, as hex: each part names one (identifiers, configuration file,
/// flags), in a fixed order.
pub fn settings_hash(parts: &[String]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update(b"\0");
    }
    hex(&hasher.finalize())
}

/// Opens (or creates) the state at `dir` for a sweep with `settings` (see [`settings_hash`]).
/// A state of another version or other settings is removed first, and stderr says so.
pub fn open(dir: &Path, settings: String) -> Result<StateDir> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("--state {}: creating the directory", dir.display()))?;
    let mut state = StateDir::at(dir);
    let meta_path = meta_path(dir);
    let ours = Meta::ours(settings);
    let found: Option<Meta> = match std::fs::read(&meta_path) {
        Ok(bytes) => serde_json::from_slice(&bytes).ok(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(e).with_context(|| format!("--state: reading {}", meta_path.display()))
        }
    };
    let holds_sweep = state.checkpoint.exists() || state.results.exists();
    let why = match &found {
        Some(meta) if meta.is_same(&ours) => None,
        Some(meta) if meta.version != ours.version => {
            Some(format!("written by trawl {}", meta.version))
        }
        Some(_) => Some(
            "written with other settings (identifiers, configuration, scope, limits or report)"
                .into(),
        ),
        None if holds_sweep => Some(format!("its {META} is missing or unreadable")),
        None => None,
    };
    if why.is_none() {
        state.results_end = found.and_then(|meta| meta.results_end);
    }
    if let Some(why) = why {
        eprintln!(
            "trawl: --state {}: {why}: sweeping every object again",
            dir.display()
        );
        for file in [&state.results, &state.checkpoint] {
            match std::fs::remove_file(file) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(e).with_context(|| format!("--state: removing {}", file.display()))
                }
            }
        }
    }
    // Written before the sweep, without the results' end: a sweep killed mid-way leaves a
    // state that resumes, by reading its results whole.
    ours.write(dir)?;
    Ok(state)
}

/// Records, once a run has finished, where its results end (see [`ResultsEnd`]).
pub fn finished(dir: &Path, settings: String, results_end: ResultsEnd) -> Result<()> {
    let mut meta = Meta::ours(settings);
    meta.results_end = Some(results_end);
    meta.write(dir)
}

/// What an incremental sweep found, object by object, as its lister offered them.
#[derive(Default)]
pub struct Changes {
    pub new: AtomicU64,
    pub changed: AtomicU64,
    pub unchanged: AtomicU64,
    /// Every object offered (in scope, in this shard), to tell the deleted ones: 16 bytes of
    /// SHA-256 of its source each, not the source.
    seen: Mutex<HashSet<u128>>,
}

impl Changes {
    /// Counts `source` as new, changed or unchanged.
    pub fn offered(&self, source: &str, known: Option<bool>) {
        let counter = match known {
            None => &self.new,
            Some(false) => &self.changed,
            Some(true) => &self.unchanged,
        };
        counter.fetch_add(1, Ordering::Relaxed);
        self.seen
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(source_hash(source));
    }

    /// The sources of `known` that were not offered this time and are gone (the state's
    /// inputs are those of this run: they are part of its settings):
    /// - an S3 object, when the listing (or inventory) was read whole;
    /// - a local file under a root that exists, when it no longer exists, or when the walk
    ///   met no unreadable directory or file (then a file not walked is out of scope now:
    ///   ignored by a new `.gitignore`, say). A root that is missing (an unmounted share)
    ///   deletes nothing.
    pub fn deleted<'a>(&self, known: impl Iterator<Item = &'a String>, gone: &Gone) -> Vec<String> {
        let seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        known
            .filter(|s| !seen.contains(&source_hash(s)))
            .filter(|source| match source.strip_prefix("s3://") {
                Some(_) => !gone.listing_incomplete,
                None => {
                    let path = Path::new(source.as_str());
                    let root_exists = gone
                        .roots
                        .iter()
                        .find(|root| path.starts_with(root))
                        .is_some_and(|root| root.exists());
                    let missing = std::fs::symlink_metadata(path)
                        .is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound);
                    root_exists && (missing || gone.walk_complete)
                }
            })
            .cloned()
            .collect()
    }
}

/// What tells whether an object not seen this run is gone (see [`Changes::deleted`]).
pub struct Gone {
    /// An S3 listing or inventory was not read whole.
    pub listing_incomplete: bool,
    /// The local paths scanned.
    pub roots: Vec<PathBuf>,
    /// The walk met no unreadable directory or file.
    pub walk_complete: bool,
}

/// A local file's version, as the state keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileVersion {
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub modified: i128,
    /// HMAC-SHA-256 of its bytes with the fingerprint key, as hex; empty without a key.
    pub sha256: String,
}

/// `--state` over local directories: tells the walk which files are unchanged, and keeps the
/// versions of the files read for their checkpoint records.
pub struct LocalFiles {
    resumed: Arc<Resumed>,
    changes: Arc<Changes>,
    /// The versions of the files read this run, by source, until their records are written.
    read: Mutex<HashMap<String, FileVersion>>,
    /// Unchanged files whose size or time changed: their records with the new version.
    restamped: Mutex<Vec<Done>>,
    /// The key of the content hashes; without one, a file whose size or time changed is read.
    key: Option<Vec<u8>>,
}

impl LocalFiles {
    pub fn new(resumed: Arc<Resumed>, changes: Arc<Changes>, key: Option<Vec<u8>>) -> LocalFiles {
        LocalFiles {
            resumed,
            changes,
            read: Mutex::default(),
            restamped: Mutex::default(),
            key,
        }
    }

    /// Whether `file` is unchanged since the state recorded it (then it is not read again).
    /// Size and modification time first; when they differ, the bytes' SHA-256. A file that
    /// cannot be hashed is read, and its error recorded as usual.
    pub fn is_unchanged(&self, file: &WalkedFile) -> bool {
        let size = file.metadata.len();
        let modified = modified_nanos(file.metadata);
        let known = self.resumed.get(file.source);
        let recorded = known.and_then(|done| done.file.as_ref());
        let unchanged = match recorded {
            Some(v) if v.size == size && v.modified == modified => true,
            _ => match content_hash(self.key.as_deref(), file.path) {
                Ok(sha256) => {
                    let same = !sha256.is_empty()
                        && recorded.is_some_and(|v| v.size == size && v.sha256 == sha256);
                    let version = FileVersion {
                        size,
                        modified,
                        sha256,
                    };
                    if same {
                        let mut done = known.cloned().expect("a recorded version has a record");
                        done.file = Some(version);
                        self.restamped
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .push(done);
                    } else {
                        self.read
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .insert(file.source.to_string(), version);
                    }
                    same
                }
                Err(_) => false,
            },
        };
        self.changes.offered(file.source, known.map(|_| unchanged));
        unchanged
    }

    /// The version of `source` as it was read this run.
    pub fn version_read(&self, source: &str) -> Option<FileVersion> {
        self.read
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(source)
    }

    /// The records of unchanged files seen with another size or time.
    pub fn restamped(&self) -> Vec<Done> {
        std::mem::take(&mut *self.restamped.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

fn modified_nanos(metadata: &std::fs::Metadata) -> i128 {
    let Ok(time) = metadata.modified() else {
        return 0;
    };
    match time.duration_since(std::time::UNIX_EPOCH) {
        Ok(after) => after.as_nanos() as i128,
        Err(before) => -(before.duration().as_nanos() as i128),
    }
}

/// HMAC-SHA-256 of the file at `path` with `key`, as hex, read in 64 KiB blocks; empty
/// without a key. An interrupt stops it (the file then counts as not hashed).
fn content_hash(key: Option<&[u8]>, path: &Path) -> std::io::Result<String> {
    use hmac::Mac;
    let Some(key) = key else {
        return Ok(String::new());
    };
    let mut mac = hmac::Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key");
    let mut file = std::fs::File::open(path)?;
    let mut block = vec![0u8; 64 * 1024];
    loop {
        if crate::interrupt::stop_requested() {
            return Err(std::io::Error::other("interrupted"));
        }
        match file.read(&mut block) {
            Ok(0) => break,
            Ok(n) => mac.update(&block[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(hex(&mac.finalize().into_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The files of a state, in the order they are stored: the results before the checkpoint
/// that vouches for them (a checkpoint never claims more than the results hold), the
/// settings last.
const FILES: [&str; 3] = ["results.jsonl.gz", "checkpoint.jsonl", META];

/// `--state s3://bucket/prefix/`: the state is copied into a local directory before the sweep
/// and stored back when it ends (interrupted or not). A process killed outright loses that
/// run's progress, never the state stored before it.
pub struct RemoteState {
    bucket: String,
    /// The key prefix, ending in `/`.
    prefix: String,
    local: tempfile::TempDir,
}

/// A key glob for the objects of a state kept in S3 at `state`, when they are in `bucket`: a
/// sweep of that bucket passes over them (they are its output, not its input).
pub fn own_keys(state: &Path, bucket: &str) -> Option<String> {
    let url = state.to_str().and_then(trawl_scanner::s3::S3Url::parse)?;
    let mut prefix = url.prefix;
    if !prefix.is_empty() && !prefix.ends_with('/') {
        prefix.push('/');
    }
    (url.bucket == bucket).then(|| format!("{prefix}*"))
}

impl RemoteState {
    /// Copies the state under `url` (if any) into a new local directory.
    pub fn fetch(
        options: &trawl_scanner::s3::SweepOptions,
        url: &trawl_scanner::s3::S3Url,
    ) -> Result<RemoteState> {
        let mut prefix = url.prefix.clone();
        if !prefix.is_empty() && !prefix.ends_with('/') {
            prefix.push('/');
        }
        let local = tempfile::Builder::new()
            .prefix("trawl-state-")
            .tempdir()
            .context("--state: creating a local directory for the state")?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("starting the S3 client runtime")?;
        let client = runtime.block_on(trawl_scanner::s3::client(options));
        for name in FILES {
            let key = format!("{prefix}{name}");
            // Listed by its own name: a state at the top of a large bucket lists no more.
            let keys = crate::upload::list_keys(&runtime, &client, &url.bucket, &key)
                .context("--state: reading the state")?;
            if !keys.contains(&key) {
                continue;
            }
            let path = local.path().join(name);
            let mut file = std::fs::File::create(&path)
                .with_context(|| format!("--state: creating {}", path.display()))?;
            runtime
                .block_on(trawl_scanner::s3::download(
                    &client,
                    &url.bucket,
                    &key,
                    &mut file,
                ))
                .map_err(|e| anyhow::anyhow!("--state: reading s3://{}/{key}: {e}", url.bucket))?;
        }
        Ok(RemoteState {
            bucket: url.bucket.clone(),
            prefix,
            local,
        })
    }

    /// The local directory the sweep keeps the state in.
    pub fn dir(&self) -> &Path {
        self.local.path()
    }

    /// Stores the state back, file by file (see [`FILES`] for the order).
    pub fn store(&self, options: &trawl_scanner::s3::SweepOptions) -> Result<()> {
        for name in FILES {
            let path = self.local.path().join(name);
            if path.exists() {
                let key = format!("{}{name}", self.prefix);
                crate::upload::upload(options, &self.bucket, &key, &path)
                    .context("--state: storing the state")?;
            }
        }
        Ok(())
    }
}
