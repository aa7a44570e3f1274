//! S3 sweeps (`s3` feature): the objects of `s3://bucket/prefix` listings (ListObjectsV2), of
//! an S3 Inventory report or of a given list, and every one in scope (and in this process's
//! [`Shard`]) streamed from GetObject into a scanning session.
//!
//! Every listed object in scope gets exactly one top-level [`ObjectRecord`] through the
//! [`Sink`]: COMPLETE, PARTIAL (the body failed for good part-way, or the object changed while
//! it was read) or SKIPPED with a reason (archive storage class, access denied, deleted or
//! overwritten after listing, over the size limit). A listing that fails is recorded as a
//! SKIPPED record for the `s3://bucket/prefix` itself, so a sweep never looks complete when
//! it is not.
//!
//! Threads: the AWS SDK runs on a small tokio runtime. `concurrency` scanning threads each
//! take one object at a time from a bounded queue that the lister fills, and pull its body
//! chunk by chunk, so CPU work never runs on the runtime, the lister waits when the scanners
//! are behind, and memory holds at most `concurrency` chunks and sessions. Containers that
//! need random access (zip, docx, xlsx, PDF) are spilled to a temporary file within the
//! archive member size limit, never held in memory.

mod body;
mod client;
mod inventory;
mod items;
mod lean;
mod scope;
mod shard;
mod transfer;

pub use inventory::{
    decode_key, read_inventory_csv, DataFile, InventoryError, Manifest, ManifestLocation,
    Row as InventoryRow,
};
pub use items::{items_of, parse_items};
pub use scope::Scope;
pub use shard::{Shard, ShardError};
pub use transfer::{download, upload};

use crate::finding::{Finding, ObjectRecord, Reason};
use crate::object::{self, Halting, Sink};
use crate::{Limits, Scanner};
use std::fmt;
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::Duration;

/// Storage classes whose objects must be restored before GetObject can read them.
pub const ARCHIVE_STORAGE_CLASSES: &[&str] = &["GLACIER", "DEEP_ARCHIVE"];

/// `s3://bucket/prefix`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct S3Url {
    /// The bucket name.
    pub bucket: String,
    /// Key prefix; empty for the whole bucket.
    pub prefix: String,
}

impl S3Url {
    /// Parses `s3://bucket` or `s3://bucket/prefix`; `None` when `text` is not an S3 URL.
    ///
    /// ```
    /// use trawl_scanner::s3::S3Url;
    /// let url = S3Url::parse("s3://exports/2026/").unwrap();
    /// assert_eq!((url.bucket.as_str(), url.prefix.as_str()), ("exports", "2026/"));
    /// assert!(S3Url::parse("./exports").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<S3Url> {
        let rest = text.strip_prefix("s3://")?;
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.is_empty() {
            return None;
        }
        Some(S3Url {
            bucket: bucket.to_string(),
            prefix: prefix.to_string(),
        })
    }
}

impl fmt::Display for S3Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "s3://{}/{}", self.bucket, self.prefix)
    }
}

/// A listed object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectInfo {
    /// The bucket name.
    pub bucket: String,
    /// The object key.
    pub key: String,
    /// Size in bytes, as listed.
    pub size: u64,
    /// The listed ETag: every GET asks for this version.
    pub etag: Option<String>,
    /// A version of a versioned bucket's object to read instead of the current one (S3 Batch
    /// Operations tasks and inventory items may name one).
    pub version_id: Option<String>,
    /// Unix seconds.
    pub last_modified: Option<i64>,
    /// `STANDARD`, `GLACIER`, ...
    pub storage_class: Option<String>,
    /// Described by an inventory report or an item list, which may be older than the object:
    /// an ETag that no longer matches means OBJECT_CHANGED_SINCE_INVENTORY (and the object is
    /// read as it is now, unless [`SweepOptions::inventory_strict`]), not a change during the
    /// sweep.
    pub inventoried: bool,
}

impl ObjectInfo {
    /// The `source` of its records: `s3://bucket/key`, and `?versionId=…` when a version was
    /// asked for (two versions of a key are two objects, each with its own findings).
    pub fn source(&self) -> String {
        match &self.version_id {
            Some(version) => format!("s3://{}/{}?versionId={version}", self.bucket, self.key),
            None => format!("s3://{}/{}", self.bucket, self.key),
        }
    }
}

/// Counters a caller can read while a sweep runs (for a progress line).
#[derive(Debug, Default)]
pub struct Progress {
    /// Objects queued for scanning, and their listed bytes.
    pub objects_queued: AtomicU64,
    /// Listed bytes of the queued objects.
    pub bytes_queued: AtomicU64,
    /// Objects whose record is out, and bytes read so far.
    pub objects_done: AtomicU64,
    /// Bytes read from S3 so far.
    pub bytes_done: AtomicU64,
    /// Every listing has ended: the queued totals are final.
    pub listing_done: AtomicBool,
}

/// The objects a sweep reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Every object under each `s3://bucket/prefix`, from ListObjectsV2.
    Listing(Vec<S3Url>),
    /// The current objects an S3 Inventory report lists (delete markers and older versions
    /// are counted in [`SweepStats::not_current`]).
    Inventory(ManifestLocation),
    /// These objects (see [`parse_items`]).
    Objects(Vec<ObjectInfo>),
}

/// Tells objects a checkpoint already holds.
pub type AlreadyDone = Box<dyn Fn(&ObjectInfo) -> bool + Send + Sync>;

/// How a sweep reaches S3 and what it scans.
pub struct SweepOptions {
    /// An S3-compatible endpoint, addressed path-style (`http://127.0.0.1:9000`).
    pub endpoint_url: Option<String>,
    /// Overrides the region from the AWS chain.
    pub region: Option<String>,
    /// Objects scanned at once (each holds one body and one session).
    pub concurrency: usize,
    /// Which listed objects are scanned.
    pub scope: Scope,
    /// Objects larger than this are SKIPPED with `FILE_EXCEEDS_SIZE_LIMIT`.
    pub max_file_size: Option<u64>,
    /// Scan objects that contain NUL bytes instead of skipping them.
    pub binary: bool,
    /// What archives may decompress.
    pub limits: Limits,
    /// Attempts per request, for SlowDown, 5xx and connection failures.
    pub max_attempts: u32,
    /// A response or body silent this long counts as broken.
    pub read_timeout: Duration,
    /// Objects already scanned (a checkpoint): not scanned again, and given no record.
    pub already_done: Option<AlreadyDone>,
    /// Only the objects of this shard (the others are counted in [`SweepStats::other_shards`]).
    pub shard: Option<Shard>,
    /// An object whose ETag differs from its inventory's (or item's) is SKIPPED with
    /// OBJECT_CHANGED_SINCE_INVENTORY instead of read as it is now.
    pub inventory_strict: bool,
    /// Counters updated as the sweep goes.
    pub progress: Option<std::sync::Arc<Progress>>,
}

impl Default for SweepOptions {
    fn default() -> Self {
        SweepOptions {
            endpoint_url: None,
            region: None,
            concurrency: 16,
            scope: Scope::default(),
            max_file_size: None,
            binary: false,
            limits: Limits::default(),
            max_attempts: 8,
            read_timeout: Duration::from_secs(60),
            already_done: None,
            shard: None,
            inventory_strict: false,
            progress: None,
        }
    }
}

/// What a sweep listed, beside the records it sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SweepStats {
    /// Objects listed, in scope or not.
    pub listed: u64,
    /// Listed but outside the scope (globs, extensions, sizes, dates, sample).
    pub out_of_scope: u64,
    /// Skipped because the checkpoint holds them.
    pub already_done: u64,
    /// Inventory rows of delete markers and of versions that are not the current one.
    pub not_current: u64,
    /// Objects that belong to another shard.
    pub other_shards: u64,
    /// Body breaks recovered from by a Range GET.
    pub resumes: u64,
    /// Objects read by the lean GET path (the others by the SDK: see `s3/lean.rs`).
    pub lean_gets: u64,
    /// Not every object of the source was listed: a listing or an inventory data file failed
    /// (its record says so), or the sweep was stopped. An object missing from this sweep may
    /// then still exist.
    pub listing_incomplete: bool,
}

/// A sweep that could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SweepError {
    /// A scope glob does not parse.
    #[error("invalid object glob: {0}")]
    Glob(#[from] globset::Error),
    /// The inventory manifest could not be read.
    #[error(transparent)]
    Inventory(#[from] InventoryError),
    /// The async runtime for the SDK could not start.
    #[error("starting the S3 client runtime: {0}")]
    Runtime(#[from] std::io::Error),
    /// The first request failed without an answer from S3 (no credentials, no connection).
    #[error("listing {url}: {message}")]
    Unreachable {
        /// The `s3://` URL being listed.
        url: String,
        /// The cause, with its chain.
        message: String,
    },
    /// [`sweep`] was called on a thread that runs async tasks, where it cannot block.
    #[error(
        "s3::sweep blocks its thread: call it outside the async runtime, or call \
         s3::sweep_with from tokio::task::spawn_blocking"
    )]
    InsideRuntime,
}

fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("trawl-s3")
        .enable_all()
        .build()
}

/// The S3 client a sweep with `options` uses: credentials and region from the standard AWS
/// chain (environment, profiles, instance role), `options.region`, `options.endpoint_url`
/// (path-style addressing for S3-compatible stores), `options.max_attempts` retries and
/// `options.read_timeout`. Build it once on your runtime and pass it to [`sweep_with`].
pub async fn client(options: &SweepOptions) -> aws_sdk_s3::Client {
    client::build(options).await
}

/// Sweeps `urls`, scanning every object in scope and sending findings and one record per
/// object to `sink`. Fails only when nothing could be listed at all.
///
/// ```no_run
/// # use std::ops::ControlFlow;
/// # use trawl_scanner::{Finding, ObjectRecord, Sink};
/// # struct Print;
/// # impl Sink for Print {
/// #     fn findings(&self, s: &str, f: Vec<Finding>) -> ControlFlow<()> { for f in f { println!("{s}:{} {}", f.line, f.id()) } ControlFlow::Continue(()) }
/// #     fn object(&self, r: ObjectRecord) -> ControlFlow<()> { println!("{} {:?}", r.source, r.status); ControlFlow::Continue(()) }
/// # }
/// use trawl_scanner::s3::{sweep, S3Url, Scope, SweepOptions};
/// let scanner = trawl_scanner::Scanner::builder().build()?;
/// let options = SweepOptions {
///     scope: Scope { extensions: vec!["csv".into(), "json".into()], ..Scope::default() },
///     ..SweepOptions::default()
/// };
/// let urls = [S3Url::parse("s3://exports/2026/").unwrap()];
/// let stats = sweep(&scanner, &urls, &options, &Print)?; // Print: a Sink of yours
/// println!("{} listed, {} out of scope", stats.listed, stats.out_of_scope);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn sweep(
    scanner: &Scanner,
    urls: &[S3Url],
    options: &SweepOptions,
    sink: &dyn Sink,
) -> Result<SweepStats, SweepError> {
    if tokio::runtime::Handle::try_current().is_ok() {
        // Starting a runtime inside one panics; say what to do instead.
        return Err(SweepError::InsideRuntime);
    }
    sweep_source(scanner, &Source::Listing(urls.to_vec()), options, sink)
}

/// [`sweep`] over any [`Source`]: listings, an S3 Inventory report, or given objects. Fails
/// only when nothing could be listed at all, or the inventory manifest could not be read.
pub fn sweep_source(
    scanner: &Scanner,
    source: &Source,
    options: &SweepOptions,
    sink: &dyn Sink,
) -> Result<SweepStats, SweepError> {
    if tokio::runtime::Handle::try_current().is_ok() {
        // Starting a runtime inside one panics; say what to do instead.
        return Err(SweepError::InsideRuntime);
    }
    let runtime = runtime()?;
    let (client, credentials) = runtime.block_on(client::build_with_credentials(options));
    // The lean GET path signs with the credentials of the client built here; a caller's own
    // client (sweep_source_with) is used as it is.
    let lean = credentials
        .and_then(|provider| lean::Lean::new(runtime.handle(), &client, provider, options));
    sweep_inner(
        &client,
        runtime.handle(),
        scanner,
        source,
        options,
        sink,
        lean,
    )
}

/// [`sweep`] with the caller's client and runtime: the S3 requests run on `runtime`, the
/// scanning on `options.concurrency` threads of this call's own. It blocks its thread, so from
/// async code call it inside `tokio::task::spawn_blocking`.
///
/// ```no_run
/// # use std::ops::ControlFlow;
/// # use trawl_scanner::{Finding, ObjectRecord, Sink};
/// # struct Print;
/// # impl Sink for Print {
/// #     fn findings(&self, _: &str, _: Vec<Finding>) -> ControlFlow<()> { ControlFlow::Continue(()) }
/// #     fn object(&self, _: ObjectRecord) -> ControlFlow<()> { ControlFlow::Continue(()) }
/// # }
/// use trawl_scanner::s3::{self, S3Url, SweepOptions};
/// # async fn run() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
/// let options = SweepOptions::default();
/// let client = s3::client(&options).await; // or a client of yours
/// let runtime = tokio::runtime::Handle::current();
/// let stats = tokio::task::spawn_blocking(move || {
///     let scanner = trawl_scanner::Scanner::builder().build().unwrap();
///     let urls = [S3Url::parse("s3://exports/2026/").unwrap()];
///     s3::sweep_with(&client, &runtime, &scanner, &urls, &options, &Print)
/// })
/// .await??;
/// println!("{} listed", stats.listed);
/// # Ok(()) }
/// ```
pub fn sweep_with(
    client: &aws_sdk_s3::Client,
    runtime: &tokio::runtime::Handle,
    scanner: &Scanner,
    urls: &[S3Url],
    options: &SweepOptions,
    sink: &dyn Sink,
) -> Result<SweepStats, SweepError> {
    let source = Source::Listing(urls.to_vec());
    sweep_source_with(client, runtime, scanner, &source, options, sink)
}

/// [`sweep_with`] over any [`Source`].
pub fn sweep_source_with(
    client: &aws_sdk_s3::Client,
    runtime: &tokio::runtime::Handle,
    scanner: &Scanner,
    source: &Source,
    options: &SweepOptions,
    sink: &dyn Sink,
) -> Result<SweepStats, SweepError> {
    sweep_inner(client, runtime, scanner, source, options, sink, None)
}

fn sweep_inner(
    client: &aws_sdk_s3::Client,
    runtime: &tokio::runtime::Handle,
    scanner: &Scanner,
    source: &Source,
    options: &SweepOptions,
    sink: &dyn Sink,
    lean: Option<lean::Lean>,
) -> Result<SweepStats, SweepError> {
    let scope = scope::CompiledScope::new(&options.scope)?;
    let handle = runtime;
    let client = client.clone();
    let concurrency = options.concurrency.max(1);
    let progress = options.progress.as_deref();
    let resumes = AtomicU64::new(0);
    let lean_gets = AtomicU64::new(0);

    // A sink that asks to stop ends the sweep: nothing more is listed or read.
    let halting = Halting::new(sink);
    let sink: &dyn Sink = &halting;
    let (queue, objects) = mpsc::sync_channel::<ObjectInfo>(concurrency);
    let objects = Mutex::new(objects);
    let result = std::thread::scope(|threads| {
        for _ in 0..concurrency {
            threads.spawn(|| {
                // This thread's kept-alive connection of the lean GET path.
                let mut connection = None;
                loop {
                    let next = objects.lock().unwrap_or_else(|p| p.into_inner()).recv();
                    let Ok(object) = next else { break };
                    if halting.is_halted() {
                        // Drained, not scanned, until the lister sees the stop and closes the
                        // queue (leaving now could block it on a full queue).
                        sink.not_reached(&object.source());
                        continue;
                    }
                    let version = Mutex::new(body::Version::default());
                    let mut reader = body::ObjectReader::new(
                        handle,
                        &client,
                        &object,
                        progress,
                        options,
                        &version,
                        lean.as_ref().map(|lean| (lean, &mut connection)),
                    );
                    let tagged = Tagged {
                        inner: sink,
                        listed_etag: object.etag.as_deref(),
                        version_id: &object.version_id,
                        version: &version,
                        progress,
                    };
                    // Sizes were checked against `max_file_size` when listed.
                    let object_options = object::ObjectOptions {
                        binary: options.binary,
                        limits: options.limits,
                        max_size: None,
                    };
                    object::scan_object(
                        scanner,
                        &mut reader,
                        &object.source(),
                        &object_options,
                        &tagged,
                    );
                    resumes.fetch_add(u64::from(reader.resumes), Ordering::Relaxed);
                    lean_gets.fetch_add(u64::from(reader.read_lean), Ordering::Relaxed);
                }
            });
        }
        let mut lister = Lister {
            handle,
            client: &client,
            options,
            scope: &scope,
            queue,
            sink: &halting,
            stats: SweepStats::default(),
            answered: false,
        };
        let result = lister.run(source);
        if let Some(progress) = progress {
            progress.listing_done.store(true, Ordering::Relaxed);
        }
        // Dropping the lister closes the queue: the scanners finish what is queued and stop.
        let stats = lister.stats.clone();
        drop(lister);
        result.map(|()| stats)
    });
    let mut stats = result?;
    stats.resumes = resumes.into_inner();
    stats.lean_gets = lean_gets.into_inner();
    Ok(stats)
}

/// Pages through ListObjectsV2 and queues what is in scope.
struct Lister<'a> {
    handle: &'a tokio::runtime::Handle,
    client: &'a aws_sdk_s3::Client,
    options: &'a SweepOptions,
    scope: &'a scope::CompiledScope,
    queue: mpsc::SyncSender<ObjectInfo>,
    sink: &'a Halting<'a>,
    stats: SweepStats,
    /// S3 has answered a listing: later failures are recorded, not fatal.
    answered: bool,
}

impl Lister<'_> {
    fn run(&mut self, source: &Source) -> Result<(), SweepError> {
        match source {
            Source::Listing(urls) => urls.iter().try_for_each(|url| self.list(url)),
            Source::Inventory(location) => self.inventory(location),
            Source::Objects(objects) => {
                for object in objects {
                    if !self.offer(object.clone()) {
                        break;
                    }
                }
                Ok(())
            }
        }
    }

    /// Queues the current objects of an inventory report, data file by data file. A data file
    /// that cannot be read or fails its MD5 is recorded as SKIPPED (its objects were not
    /// swept); the others are still read.
    fn inventory(&mut self, location: &inventory::ManifestLocation) -> Result<(), SweepError> {
        let (handle, client) = (self.handle, self.client);
        let manifest = inventory::read_manifest(handle, client, location)?;
        self.answered = true;
        for file in &manifest.files {
            let read =
                inventory::read_data_file(handle, client, location, &manifest, file, &mut |row| {
                    if !row.is_current_object() {
                        self.stats.not_current += 1;
                        return ControlFlow::Continue(());
                    }
                    if self.offer(row.into_object()) {
                        ControlFlow::Continue(())
                    } else {
                        ControlFlow::Break(())
                    }
                });
            match read {
                Ok(ControlFlow::Continue(())) => {}
                Ok(ControlFlow::Break(())) => return Ok(()),
                Err(error) => {
                    let (source, message) = match error {
                        InventoryError::DataFile { location, message } => (location, message),
                        InventoryError::Manifest { location, message } => (location, message),
                    };
                    let message = format!(
                        "inventory data file not swept (the objects it lists have no record): \
                         {message}"
                    );
                    self.stats.listing_incomplete = true;
                    let _ = self.sink.object(ObjectRecord::skipped(
                        source,
                        Reason::ReadError,
                        Some(message),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Whether `object` is this sweep's: in its shard and in scope.
    fn is_mine(&self, object: &ObjectInfo) -> bool {
        self.options
            .shard
            .is_none_or(|shard| shard.contains(&object.bucket, &object.key))
            && self.scope.includes(object)
    }

    fn list(&mut self, url: &S3Url) -> Result<(), SweepError> {
        let mut token = None;
        let mut listed_here = 0u64;
        loop {
            let request = self
                .client
                .list_objects_v2()
                .bucket(&url.bucket)
                .prefix(&url.prefix)
                .set_continuation_token(token.take());
            let page = match self.handle.block_on(request.send()) {
                Ok(page) => page,
                Err(error) => {
                    let failure = client::classify(&error);
                    if !failure.answered && !self.answered {
                        return Err(SweepError::Unreachable {
                            url: url.to_string(),
                            message: failure.message,
                        });
                    }
                    self.stats.listing_incomplete = true;
                    let _ = self.sink.object(ObjectRecord::skipped(
                        url.to_string(),
                        failure.reason,
                        Some(format!(
                            "listing failed after {listed_here} objects: {}",
                            failure.message
                        )),
                    ));
                    return Ok(());
                }
            };
            self.answered = true;
            let mut stopped = false;
            for object in page.contents() {
                let Some(key) = object.key() else { continue };
                listed_here += 1;
                let info = ObjectInfo {
                    bucket: url.bucket.clone(),
                    key: key.to_string(),
                    size: object
                        .size()
                        .and_then(|s| u64::try_from(s).ok())
                        .unwrap_or(0),
                    etag: object.e_tag().map(str::to_string),
                    version_id: None,
                    last_modified: object.last_modified().map(|t| t.secs()),
                    storage_class: object.storage_class().map(|c| c.as_str().to_string()),
                    inventoried: false,
                };
                // After a stop the rest of the page is only counted as not reached.
                stopped |= !self.offer(info);
            }
            if stopped {
                return Ok(());
            }
            match page.next_continuation_token() {
                Some(next) if page.is_truncated() == Some(true) => token = Some(next.to_string()),
                _ => return Ok(()),
            }
        }
    }

    /// Queues `object` if it is in scope and not done; records the skips. `false` when the
    /// sweep was asked to stop (the object, if in scope, is reported as not reached) or the
    /// scanners are gone.
    fn offer(&mut self, object: ObjectInfo) -> bool {
        if self.sink.is_halted() {
            self.stats.listing_incomplete = true;
            let done = self.options.already_done.as_ref();
            if self.is_mine(&object) && !done.is_some_and(|done| done(&object)) {
                self.sink.not_reached(&object.source());
            }
            return false;
        }
        self.stats.listed += 1;
        if let Some(shard) = self.options.shard {
            if !shard.contains(&object.bucket, &object.key) {
                self.stats.other_shards += 1;
                return true;
            }
        }
        if !self.scope.includes(&object) {
            self.stats.out_of_scope += 1;
            return true;
        }
        if self
            .options
            .already_done
            .as_ref()
            .is_some_and(|done| done(&object))
        {
            self.stats.already_done += 1;
            return true;
        }
        let skip = if let Some(class) = object
            .storage_class
            .as_deref()
            .filter(|c| ARCHIVE_STORAGE_CLASSES.contains(c))
        {
            Some((
                Reason::UnsupportedStorageClass,
                format!("storage class {class}: restore the object to scan it"),
            ))
        } else {
            self.options
                .max_file_size
                .filter(|limit| object.size > *limit)
                .map(|limit| {
                    (
                        Reason::FileExceedsSizeLimit,
                        format!("{} bytes; the maximum file size is {limit}", object.size),
                    )
                })
        };
        if let Some((reason, message)) = skip {
            let mut record = ObjectRecord::skipped(object.source(), reason, Some(message));
            record.etag = object.etag;
            record.version_id = object.version_id;
            let _ = self.sink.object(record);
            if let Some(progress) = self.options.progress.as_deref() {
                progress.objects_queued.fetch_add(1, Ordering::Relaxed);
                progress.objects_done.fetch_add(1, Ordering::Relaxed);
            }
            return true;
        }
        if let Some(progress) = self.options.progress.as_deref() {
            progress.objects_queued.fetch_add(1, Ordering::Relaxed);
            progress
                .bytes_queued
                .fetch_add(object.size, Ordering::Relaxed);
        }
        match self.queue.send(object) {
            Ok(()) => true,
            Err(mpsc::SendError(object)) => {
                // The scanners are gone (they only leave when the queue closes, or panic).
                self.stats.listing_incomplete = true;
                self.sink.not_reached(&object.source());
                false
            }
        }
    }
}

/// Passes results on, stamping the version read (its ETag, and whether it changed since the
/// inventory) on the object's top-level record.
struct Tagged<'a> {
    inner: &'a dyn Sink,
    listed_etag: Option<&'a str>,
    /// The version asked for, if any.
    version_id: &'a Option<String>,
    version: &'a Mutex<body::Version>,
    progress: Option<&'a Progress>,
}

impl Sink for Tagged<'_> {
    fn findings(&self, source: &str, findings: Vec<Finding>) -> ControlFlow<()> {
        self.inner.findings(source, findings)
    }

    fn object(&self, mut record: ObjectRecord) -> ControlFlow<()> {
        if record.container.is_empty() {
            let version =
                std::mem::take(&mut *self.version.lock().unwrap_or_else(|p| p.into_inner()));
            record.etag = version
                .etag
                .or_else(|| self.listed_etag.map(str::to_string));
            record.version_id.clone_from(self.version_id);
            if let Some(then) = version.changed_since_inventory {
                if record.reason.is_none() {
                    record.reason = Some(Reason::ObjectChangedSinceInventory);
                }
                let note = format!(
                    "changed since the inventory (its ETag was {then}); scanned as it is now"
                );
                record.message = Some(match record.message.take() {
                    Some(message) => format!("{note}; {message}"),
                    None => note,
                });
            }
            if let Some(progress) = self.progress {
                progress.objects_done.fetch_add(1, Ordering::Relaxed);
            }
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
