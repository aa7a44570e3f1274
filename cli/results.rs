//! `--results FILE` and `--checkpoint FILE`: a sweep's records kept on disk, and resuming a
//! sweep that was interrupted.
//!
//! The results file holds JSON Lines: every reported finding, every object record, then a
//! summary (gzip-compressed when the name ends in `.gz`). The checkpoint holds the top-level
//! record of each object done for good, one per line.
//!
//! Crash safety without duplicates: an object enters the checkpoint only after the results
//! holding its lines have been flushed, so the checkpoint never claims more than the results
//! hold. On a rerun the results are rewritten keeping only the lines of checkpointed objects
//! (a half-scanned object's findings go), and those objects are not scanned again. Whatever
//! the moment of a `kill -9`, the finished results hold each object's lines exactly once.
//!
//! An incremental state (`--state`) skips the rewrite: a finished run says where its body
//! ends (see [`ResultsEnd`]), and the next run cuts the summary off and appends.
//!
//! The checkpoint keeps each object's ETag: an object whose ETag has changed since is read
//! again (see [`Done::is_same_version`]), and when the run ends the kept lines of the objects
//! read again are dropped from the results, so their new lines are the only ones.

use anyhow::{Context, Result};
use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use trawl_scanner::{ObjectRecord, Reason, Status};

use crate::macie_results::{self, MacieResults};
use crate::shard_state::ShardState;

/// How often finished objects are moved into the checkpoint (each move flushes the results).
const CHECKPOINT_INTERVAL: Duration = Duration::from_secs(1);

/// The results file being written.
enum Sink {
    Plain(BufWriter<File>),
    Gzip(Box<GzEncoder<BufWriter<File>>>),
}

impl Sink {
    /// Writes to `file` from where it stands (a new gzip member when compressed).
    fn over(file: File, gzip: bool) -> Sink {
        let writer = BufWriter::with_capacity(64 * 1024, file);
        if gzip {
            Sink::Gzip(Box::new(GzEncoder::new(writer, Compression::default())))
        } else {
            Sink::Plain(writer)
        }
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Plain(w) => w,
            Sink::Gzip(w) => w.as_mut(),
        }
    }

    /// Makes everything written so far readable by another process (a gzip sync flush).
    fn flush(&mut self) -> io::Result<()> {
        self.writer().flush()
    }

    fn finish(self) -> io::Result<()> {
        match self {
            Sink::Plain(mut w) => w.flush(),
            Sink::Gzip(w) => w.finish()?.flush(),
        }
    }
}

/// One checkpoint line: an object done for good, with what its record said.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Done {
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reason>,
    pub bytes: u64,
    #[serde(default)]
    pub findings: BTreeMap<String, u64>,
    /// A local file's version (`--state` over directories).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<crate::state::FileVersion>,
}

impl Done {
    /// Whether this record is of the version `etag` names, so the object need not be read
    /// again. Without an ETag on either side, yes; an object recorded as changed since its
    /// inventory carries the ETag it was read at, not the inventory's, and counts as done.
    pub fn is_same_version(&self, etag: Option<&str>) -> bool {
        match (self.etag.as_deref(), etag) {
            (Some(recorded), Some(etag)) => {
                recorded == etag || self.reason == Some(Reason::ObjectChangedSinceInventory)
            }
            _ => true,
        }
    }

    fn of(record: &ObjectRecord) -> Done {
        Done {
            source: record.source.clone(),
            etag: record.etag.clone(),
            status: record.status,
            reason: record.reason,
            bytes: record.bytes,
            findings: record.findings.clone(),
            file: None,
        }
    }
}

/// What a previous run left, read back on resume: the objects done, by source.
pub type Resumed = HashMap<String, Done>;

/// Whether an object record is final: a rerun would not do better. Transient failures
/// (denied, vanished, changed, read errors) are tried again by the next run.
pub fn is_final(record: &ObjectRecord) -> bool {
    match record.status {
        Status::Complete => true,
        Status::Partial => false,
        Status::Skipped => matches!(
            record.reason,
            Some(
                Reason::BinaryFile
                    | Reason::FileExceedsSizeLimit
                    | Reason::UnsupportedStorageClass
                    | Reason::UnsupportedFileType
                    | Reason::MalformedFile
                    | Reason::EncryptedFile
            )
        ),
        // A status this version does not know: try again.
        _ => false,
    }
}

pub struct Recorder {
    results: Option<(PathBuf, Sink)>,
    checkpoint: Option<(PathBuf, BufWriter<File>)>,
    /// Finished objects whose lines are written but not yet flushed.
    pending: Vec<Done>,
    last_checkpoint: Instant,
    show_secrets: bool,
    /// Whether the results hold a line per finding (not under `--report objects`).
    per_finding: bool,
    /// `--results-format macie`: a Macie result record per object instead of trawl's lines.
    macie: Option<MacieResults>,
    /// A sharded sweep's results and checkpoint, mirrored to S3 as they are written.
    remote: Option<ShardState>,
    /// The objects of the checkpoint, whose lines were kept at the head of the results.
    resumed: Arc<Resumed>,
    /// How many lines were kept.
    kept_lines: usize,
    /// Objects of the checkpoint read again (their ETag changed): their kept lines go.
    read_again: HashSet<String>,
    /// Objects of the checkpoint gone from the source (`--state`): their lines and
    /// checkpoint records go.
    forgotten: HashSet<String>,
    /// `--state` over directories: the versions of the files read, for their checkpoint
    /// records.
    local: Option<Arc<crate::state::LocalFiles>>,
    /// Objects of `read_again` that got a final record this run. The others' old checkpoint
    /// records go at the end with their old lines: they would vouch for lines no longer there.
    read_again_final: HashSet<String>,
    /// Lines written to the results by this run.
    written_lines: usize,
    /// Where the body ended when the results were continued (see [`ResultsEnd`]).
    continued_at: Option<u64>,
    /// Whether this run wrote an object's lines without a final record (they go on the next
    /// open, which must then read the whole results).
    wrote_unfinished: bool,
}

impl Recorder {
    /// Opens the results and checkpoint files. With an existing checkpoint, returns what it
    /// holds and rewrites the results to hold only those objects' lines.
    ///
    /// `end` is where the previous run of an incremental state said its results end (see
    /// [`ResultsEnd`]): when the file is still that one, its summary is cut off and the new
    /// lines are appended, instead of the whole file being read and rewritten.
    pub fn open(
        results: Option<&Path>,
        checkpoint: Option<&Path>,
        show_secrets: bool,
        end: Option<&ResultsEnd>,
    ) -> Result<(Recorder, Arc<Resumed>)> {
        let mut resumed = Resumed::default();
        let mut appendable = false;
        if let Some(path) = checkpoint {
            (resumed, appendable) = read_checkpoint_lines(path)?;
        }
        let mut kept_lines = 0;
        let mut continued_at = None;
        let continued = match (results, end) {
            (Some(path), Some(end)) if checkpoint.is_some() && appendable => {
                continue_results(path, end)?
            }
            _ => None,
        };
        let results = match (results, continued) {
            (Some(path), Some(sink)) => {
                kept_lines = end.map_or(0, |end| end.body_lines);
                continued_at = end.map(|end| end.body_bytes);
                Some((path.to_path_buf(), sink))
            }
            (Some(path), None) => {
                let kept = if checkpoint.is_some() && path.exists() {
                    let (kept, twice) = read_kept_lines(path, &resumed)?;
                    if !twice.is_empty() {
                        // A run killed after checkpointing an object it read again, before
                        // dropping its old lines: both versions' lines are here. Neither is
                        // kept, the object is read again, and the checkpoint is rewritten
                        // without it.
                        resumed.retain(|source, _| !twice.contains(source));
                        appendable = false;
                    }
                    kept
                } else {
                    Vec::new()
                };
                // Written aside and renamed over: a run killed right here loses nothing.
                let aside = aside(path);
                let mut sink = create_results(&aside, is_gzip(path))?;
                for line in &kept {
                    sink.writer().write_all(line.as_bytes())?;
                    sink.writer().write_all(b"\n")?;
                }
                kept_lines = kept.len();
                sink.flush()
                    .and_then(|()| std::fs::rename(&aside, path))
                    .with_context(|| format!("writing {}", path.display()))?;
                Some((path.to_path_buf(), sink))
            }
            (None, _) => None,
        };
        let checkpoint = match checkpoint {
            // Intact and compact: appended to (an incremental sweep's state, read whole and
            // otherwise rewritten at every run).
            Some(path) if appendable => {
                let file = OpenOptions::new()
                    .append(true)
                    .open(path)
                    .with_context(|| format!("opening the checkpoint {}", path.display()))?;
                Some((path.to_path_buf(), BufWriter::new(file)))
            }
            Some(path) => {
                // Rewritten whole (aside, then renamed over) so that a torn last line from a
                // killed run does not end up in the middle of the file.
                let aside = aside(path);
                let file = File::create(&aside)
                    .with_context(|| format!("creating the checkpoint {}", aside.display()))?;
                let mut writer = BufWriter::new(file);
                for record in resumed.values() {
                    serde_json::to_writer(&mut writer, record)?;
                    writer.write_all(b"\n")?;
                }
                writer
                    .flush()
                    .and_then(|()| std::fs::rename(&aside, path))
                    .with_context(|| format!("writing the checkpoint {}", path.display()))?;
                Some((path.to_path_buf(), writer))
            }
            None => None,
        };
        let resumed = Arc::new(resumed);
        Ok((
            Recorder {
                results,
                checkpoint,
                pending: Vec::new(),
                last_checkpoint: Instant::now(),
                show_secrets,
                per_finding: true,
                macie: None,
                remote: None,
                resumed: Arc::clone(&resumed),
                kept_lines,
                read_again: HashSet::new(),
                forgotten: HashSet::new(),
                local: None,
                read_again_final: HashSet::new(),
                written_lines: 0,
                wrote_unfinished: false,
                continued_at,
            },
            resumed,
        ))
    }

    /// The results hold object records only (`--report objects`).
    pub fn objects_only(mut self) -> Self {
        self.per_finding = false;
        self
    }

    /// The results hold Macie's result records (`--results-format macie`).
    pub fn macie(mut self, macie: MacieResults) -> Self {
        self.macie = Some(macie);
        self
    }

    /// Mirrors the results and checkpoint to S3 as they are written (`shard_state`).
    pub fn remote(mut self, state: ShardState) -> Self {
        self.remote = Some(state);
        self
    }

    /// Local files' versions go into their checkpoint records (`--state` over directories).
    pub fn local_files(&mut self, local: Arc<crate::state::LocalFiles>) {
        self.local = Some(local);
    }

    /// Objects of the checkpoint that no longer exist: at the end their lines leave the
    /// results and their records the checkpoint.
    pub fn forget(&mut self, sources: impl IntoIterator<Item = String>) {
        self.forgotten.extend(sources);
    }

    pub fn is_active(&self) -> bool {
        self.results.is_some() || self.checkpoint.is_some()
    }

    pub fn finding(&mut self, source: &str, finding: &trawl_scanner::Finding) -> io::Result<()> {
        if let Some(macie) = &mut self.macie {
            macie.finding(source, finding);
            return Ok(());
        }
        if !self.per_finding {
            return Ok(());
        }
        if let Some((_, sink)) = &mut self.results {
            let writer = sink.writer();
            serde_json::to_writer(&mut *writer, &finding.record(source, self.show_secrets))?;
            writer.write_all(b"\n")?;
            self.written_lines += 1;
        }
        Ok(())
    }

    pub fn object(&mut self, record: &ObjectRecord) -> io::Result<()> {
        if record.container.is_empty() && self.resumed.contains_key(&record.source) {
            self.read_again.insert(record.source.clone());
        }
        if let Some((_, sink)) = &mut self.results {
            let writer = sink.writer();
            match &mut self.macie {
                Some(macie) => serde_json::to_writer(&mut *writer, &macie.record(record))?,
                None => serde_json::to_writer(&mut *writer, record)?,
            }
            writer.write_all(b"\n")?;
            self.written_lines += 1;
        }
        if record.container.is_empty() && !is_final(record) {
            self.wrote_unfinished = true;
        }
        if self.checkpoint.is_some() && record.container.is_empty() && is_final(record) {
            let mut done = Done::of(record);
            if self.resumed.contains_key(&record.source) {
                self.read_again_final.insert(record.source.clone());
            }
            if let Some(local) = &self.local {
                done.file = local.version_read(&record.source);
            }
            self.pending.push(done);
            if self.last_checkpoint.elapsed() >= CHECKPOINT_INTERVAL {
                self.save_checkpoint()?;
            }
        }
        Ok(())
    }

    /// Flushes the results, then records the pending objects as done.
    fn save_checkpoint(&mut self) -> io::Result<()> {
        self.last_checkpoint = Instant::now();
        if let Some((_, sink)) = &mut self.results {
            sink.flush()?;
        }
        if let Some((_, writer)) = &mut self.checkpoint {
            for record in self.pending.drain(..) {
                serde_json::to_writer(&mut *writer, &record)?;
                writer.write_all(b"\n")?;
            }
            writer.flush()?;
        }
        if let Some(remote) = &mut self.remote {
            remote.tick(false).map_err(io::Error::other)?;
        }
        Ok(())
    }

    /// Closes both files, with the summary line last in the results (not in Macie's format,
    /// which has none). Returns where the results' body ends, when the next run of the same
    /// state may append to them (see [`ResultsEnd`]).
    pub fn finish(mut self, summary: &serde_json::Value) -> Result<Option<ResultsEnd>> {
        if let Some(local) = &self.local {
            // Files whose bytes did not change though their size or time did: their records
            // are written again with the time seen, so the next run need not hash them.
            self.pending.extend(local.restamped());
        }
        let unfinished: Vec<String> = self
            .read_again
            .difference(&self.read_again_final)
            .cloned()
            .collect();
        self.forgotten.extend(unfinished);
        // Flushes the results before it moves the checkpoint, as during the run.
        self.save_checkpoint()
            .context("writing the results and the checkpoint")?;
        let mut end = None;
        if let Some((path, sink)) = self.results.take() {
            sink.finish()
                .with_context(|| format!("writing {}", path.display()))?;
            if let (Some(at), 0) = (self.continued_at, self.written_lines) {
                // Nothing appended: the empty gzip member goes, so runs that read nothing do
                // not grow the file.
                OpenOptions::new()
                    .write(true)
                    .open(&path)
                    .and_then(|file| file.set_len(at))
                    .with_context(|| format!("writing {}", path.display()))?;
            }
            let mut body_lines = self.kept_lines + self.written_lines;
            let replaced: HashSet<String> =
                self.read_again.union(&self.forgotten).cloned().collect();
            if !replaced.is_empty() && self.kept_lines > 0 {
                body_lines = drop_replaced_lines(&path, self.kept_lines, &replaced)
                    .with_context(|| format!("rewriting {}", path.display()))?;
            }
            if self.macie.is_none() {
                let written = append_summary(&path, summary, body_lines)
                    .with_context(|| format!("writing {}", path.display()))?;
                // Only a body of final records of checkpointed objects can be continued: the
                // next open would otherwise have lines to drop.
                let continuable = self.checkpoint.is_some()
                    && !self.wrote_unfinished
                    && summary["interrupted"] != true;
                end = continuable.then_some(written);
            }
        }
        if let Some((path, mut writer)) = self.checkpoint.take() {
            writer.flush()?;
            drop(writer);
            if !self.forgotten.is_empty() {
                forget_in_checkpoint(&path, &self.forgotten)?;
            }
        }
        if let Some(remote) = self.remote.take() {
            // An interrupted run keeps its parts, to be resumed; a finished one assembles them.
            remote.finish(summary["interrupted"] != true)?;
        }
        Ok(end)
    }
}

/// Where a finished run's results end, kept in an incremental state (`state.json`) so that
/// the next run need not read and rewrite every line: the body (every object's lines) is
/// followed by the summary line, in a gzip member of its own; the next run cuts the file where
/// the summary starts and appends its lines. The tails tell the file described from another
/// one of the same length (a state stored back only in part).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultsEnd {
    /// Where the summary starts.
    pub body_bytes: u64,
    /// Lines before it.
    pub body_lines: usize,
    /// The length of the whole file.
    pub file_bytes: u64,
    /// The last bytes of the body and of the file (hex): a gzip member's CRC and length.
    pub body_tail: String,
    pub file_tail: String,
}

impl ResultsEnd {
    /// Whether `file` is the one described.
    fn describes(&self, file: &mut File) -> io::Result<bool> {
        Ok(file.metadata()?.len() == self.file_bytes
            && self.body_bytes <= self.file_bytes
            && tail_at(file, self.file_bytes)? == self.file_tail
            && tail_at(file, self.body_bytes)? == self.body_tail)
    }
}

/// How many bytes of a file's end [`ResultsEnd`] compares: a gzip member's trailer.
const TAIL: u64 = 8;

/// The last [`TAIL`] bytes before `at`, as hex.
fn tail_at(file: &mut File, at: u64) -> io::Result<String> {
    use std::io::Seek;
    let start = at.saturating_sub(TAIL);
    file.seek(io::SeekFrom::Start(start))?;
    let mut bytes = Vec::with_capacity(TAIL as usize);
    file.take(at - start).read_to_end(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Appends the summary line to the finished body at `path`, in a gzip member of its own when
/// the file is compressed, and says where the body ends.
fn append_summary(
    path: &Path,
    summary: &serde_json::Value,
    body_lines: usize,
) -> Result<ResultsEnd> {
    let mut file = OpenOptions::new().read(true).append(true).open(path)?;
    let body_bytes = file.metadata()?.len();
    let body_tail = tail_at(&mut file, body_bytes)?;
    let line = format!("{summary}\n");
    if is_gzip(path) {
        let mut encoder = GzEncoder::new(&mut file, Compression::default());
        encoder.write_all(line.as_bytes())?;
        encoder.finish()?;
    } else {
        file.write_all(line.as_bytes())?;
    }
    file.flush()?;
    let file_bytes = file.metadata()?.len();
    let file_tail = tail_at(&mut file, file_bytes)?;
    Ok(ResultsEnd {
        body_bytes,
        body_lines,
        file_bytes,
        body_tail,
        file_tail,
    })
}

/// The results at `path` opened to continue after their body, when they are still the file
/// `end` describes; `None` (and the whole file is read instead) otherwise.
fn continue_results(path: &Path, end: &ResultsEnd) -> Result<Option<Sink>> {
    let mut file = match OpenOptions::new().read(true).write(true).open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("opening {}", path.display())),
    };
    if !end
        .describes(&mut file)
        .with_context(|| format!("reading {}", path.display()))?
    {
        return Ok(None);
    }
    let cut = || -> io::Result<Sink> {
        use std::io::Seek;
        file.set_len(end.body_bytes)?;
        file.seek(io::SeekFrom::End(0))?;
        Ok(Sink::over(file, is_gzip(path)))
    };
    cut()
        .map(Some)
        .with_context(|| format!("cutting the summary off {}", path.display()))
}

fn create_results(path: &Path, gzip: bool) -> Result<Sink> {
    let file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
        .with_context(|| format!("creating the results file {}", path.display()))?;
    Ok(Sink::over(file, gzip))
}

/// `FILE.tmp` beside `FILE`, for writing a replacement.
fn aside(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".tmp");
    PathBuf::from(name)
}

fn is_gzip(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "gz")
}

/// The checkpoint's records; a torn last line (the run was killed mid-write) is ignored.
fn read_checkpoint(path: &Path) -> Result<Resumed> {
    read_checkpoint_lines(path).map(|(done, _)| done)
}

/// The checkpoint's records, and whether the file can be appended to as it is: no torn last
/// line, and not more than twice as many lines as objects (each rerun of a changed object
/// adds one; rewriting drops the old ones).
fn read_checkpoint_lines(path: &Path) -> Result<(Resumed, bool)> {
    let mut done = HashMap::new();
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((done, false)),
        Err(e) => {
            return Err(e).with_context(|| format!("reading the checkpoint {}", path.display()))
        }
    };
    let mut reader = BufReader::new(file);
    let mut number = 0;
    let mut line = String::new();
    let mut appendable = true;
    loop {
        line.clear();
        let read = reader
            .read_line(&mut line)
            .with_context(|| format!("reading the checkpoint {}", path.display()))?;
        if read == 0 {
            break;
        }
        number += 1;
        if !line.ends_with('\n') {
            // A last line without its newline, whole or not, was being written when the run
            // was killed: dropped (its object is read again), and the file rewritten.
            appendable = false;
            break;
        }
        match serde_json::from_str::<Done>(line.trim_end()) {
            Ok(record) => {
                done.insert(record.source.clone(), record);
            }
            Err(e) => anyhow::bail!(
                "{}:{number}: not a checkpoint record ({e}); delete the file to start afresh",
                path.display()
            ),
        }
    }
    let compact = number <= 2 * done.len().max(1);
    Ok((done, appendable && compact))
}

/// Rewrites the checkpoint without the records of `forgotten` (aside, then renamed over).
fn forget_in_checkpoint(path: &Path, forgotten: &HashSet<String>) -> Result<()> {
    let done = read_checkpoint(path)?;
    let aside = aside(path);
    let write = || -> io::Result<()> {
        let mut writer = BufWriter::new(File::create(&aside)?);
        for record in done.values().filter(|d| !forgotten.contains(&d.source)) {
            serde_json::to_writer(&mut writer, record)?;
            writer.write_all(b"\n")?;
        }
        writer.flush()?;
        std::fs::rename(&aside, path)
    };
    write().with_context(|| format!("rewriting the checkpoint {}", path.display()))
}

/// Rewrites the results at `path` without those of its first `kept` lines (the ones kept from
/// an earlier run) that belong to `replaced` objects, which this run read again. Returns how
/// many lines are left.
fn drop_replaced_lines(path: &Path, kept: usize, replaced: &HashSet<String>) -> Result<usize> {
    let file = File::open(path)?;
    let reader: Box<dyn Read> = if is_gzip(path) {
        Box::new(MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let aside = aside(path);
    let mut sink = create_results(&aside, is_gzip(path))?;
    let mut reader = BufReader::with_capacity(64 * 1024, reader);
    let mut line = String::new();
    let (mut number, mut left) = (0, 0);
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            break;
        }
        number += 1;
        let body = line.trim_end_matches('\n');
        if number <= kept && line_source(body).is_some_and(|source| replaced.contains(&*source)) {
            continue;
        }
        sink.writer().write_all(body.as_bytes())?;
        sink.writer().write_all(b"\n")?;
        left += 1;
    }
    sink.finish()?;
    std::fs::rename(&aside, path)?;
    Ok(left)
}

/// The object a results line belongs to: a finding's or object record's `source`, or a Macie
/// result record's object; `None` for a summary or a torn line.
fn line_source(line: &str) -> Option<Cow<'_, str>> {
    // trawl's own lines start with their type and source: read without parsing the line
    // when the source has no escapes.
    for head in [
        "{\"type\":\"finding\",\"source\":\"",
        "{\"type\":\"object\",\"source\":\"",
    ] {
        if let Some(rest) = line.strip_prefix(head) {
            if let Some(close) = rest.find(['"', '\\']) {
                if rest.as_bytes()[close] == b'"' && line.ends_with('}') {
                    return Some(Cow::Borrowed(&rest[..close]));
                }
            }
        }
    }
    line_source_parsed(line).map(Cow::Owned)
}

/// [`line_source`] by parsing the line.
fn line_source_parsed(line: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Head {
        #[serde(rename = "type")]
        kind: String,
        #[serde(default)]
        source: String,
    }
    match serde_json::from_str::<Head>(line) {
        Ok(head) if head.kind == "summary" => None,
        Ok(head) if head.kind == "finding" || head.kind == "object" => Some(head.source),
        // A Macie result record (`--results-format macie`), or a torn last line.
        _ => serde_json::from_str::<serde_json::Value>(line)
            .ok()
            .and_then(|record| macie_results::source_of(&record)),
    }
}

/// The lines of the previous results that belong to checkpointed objects, and the objects
/// among them with more than one top-level record (see [`Recorder::open`]). Reading stops
/// quietly at a torn end (a killed run's unfinished line or gzip stream).
fn read_kept_lines(path: &Path, done: &Resumed) -> Result<(Vec<String>, HashSet<String>)> {
    let file =
        File::open(path).with_context(|| format!("reading the results {}", path.display()))?;
    let reader: Box<dyn Read> = if is_gzip(path) {
        Box::new(MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut kept = Vec::new();
    let mut records: HashSet<String> = HashSet::new();
    let mut twice = HashSet::new();
    for line in BufReader::new(reader).lines() {
        let Ok(line) = line else { break };
        // Parsed whole: a torn last line must not pass for one of an object's lines.
        let Some(source) = line_source_parsed(&line).filter(|source| done.contains_key(source))
        else {
            continue;
        };
        // A finding line (most of them) is told by its first bytes, not parsed again.
        let maybe_record =
            line.starts_with("{\"type\":\"object\"") || !line.starts_with("{\"type\":");
        if maybe_record && is_top_level_record(&line) && !records.insert(source.clone()) {
            twice.insert(source);
        }
        kept.push(line);
    }
    if !twice.is_empty() {
        kept.retain(|line| line_source(line).is_none_or(|source| !twice.contains(&*source)));
    }
    Ok((kept, twice))
}

/// Whether a results line is an object's own record (not a finding, not a member's record).
fn is_top_level_record(line: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Head {
        #[serde(rename = "type")]
        kind: String,
        #[serde(default)]
        container: Option<serde_json::Value>,
    }
    match serde_json::from_str::<Head>(line) {
        Ok(head) => head.kind == "object" && head.container.is_none(),
        // A Macie result record: one per object.
        Err(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run killed after it checkpointed an object it read again, before it dropped the old
    /// lines: the next open keeps neither version, and the object is read again.
    #[test]
    fn an_object_with_two_versions_of_lines_is_read_again() {
        let dir = tempfile::tempdir().unwrap();
        let results = dir.path().join("results.jsonl");
        let checkpoint = dir.path().join("checkpoint.jsonl");
        let object = |source: &str, etag: &str| {
            format!(
                "{{\"type\":\"object\",\"source\":\"{source}\",\"status\":\"COMPLETE\",\
                 \"bytes\":1,\"etag\":\"{etag}\",\"findings\":{{}}}}\n"
            )
        };
        let done = |source: &str, etag: &str| {
            format!(
                "{{\"source\":\"{source}\",\"etag\":\"{etag}\",\"status\":\"COMPLETE\",\
                 \"bytes\":1,\"findings\":{{}}}}\n"
            )
        };
        std::fs::write(
            &results,
            [
                object("s3://b/x", "1"),
                object("s3://b/y", "1"),
                object("s3://b/x", "2"),
            ]
            .concat(),
        )
        .unwrap();
        std::fs::write(
            &checkpoint,
            [
                done("s3://b/x", "1"),
                done("s3://b/y", "1"),
                done("s3://b/x", "2"),
            ]
            .concat(),
        )
        .unwrap();
        let (recorder, resumed) =
            Recorder::open(Some(&results), Some(&checkpoint), false, None).unwrap();
        assert!(!resumed.contains_key("s3://b/x"));
        assert!(resumed.contains_key("s3://b/y"));
        assert_eq!(recorder.kept_lines, 1);
        drop(recorder);
        let rewritten = std::fs::read_to_string(&checkpoint).unwrap();
        assert!(!rewritten.contains("s3://b/x"), "{rewritten}");
        assert_eq!(
            std::fs::read_to_string(&results).unwrap(),
            object("s3://b/y", "1")
        );
    }

    fn record(source: &str, etag: &str, status: Status) -> ObjectRecord {
        let mut record = ObjectRecord::skipped(source, Reason::ReadError, None);
        record.status = status;
        record.reason = (status == Status::Partial).then_some(Reason::ReadError);
        record.etag = Some(etag.into());
        record
    }

    fn lines(path: &Path) -> Vec<String> {
        let reader = BufReader::new(MultiGzDecoder::new(File::open(path).unwrap()));
        reader.lines().map(Result::unwrap).collect()
    }

    fn summary() -> serde_json::Value {
        serde_json::json!({"type": "summary", "interrupted": false})
    }

    /// A finished run says where its results end; the next run of the state cuts the summary
    /// off and appends, and the file is what a rewrite would have made. A file that is not
    /// the one described is read whole, as without an end.
    #[test]
    fn finished_results_are_continued_where_their_body_ends() {
        let dir = tempfile::tempdir().unwrap();
        let results = dir.path().join("results.jsonl.gz");
        let checkpoint = dir.path().join("checkpoint.jsonl");
        let open = |end: Option<&ResultsEnd>| {
            Recorder::open(Some(&results), Some(&checkpoint), false, end).unwrap()
        };

        let (mut first, _) = open(None);
        first
            .object(&record("s3://b/x", "1", Status::Complete))
            .unwrap();
        first
            .object(&record("s3://b/y", "1", Status::Complete))
            .unwrap();
        let end = first
            .finish(&summary())
            .unwrap()
            .expect("a finished run's end");
        assert_eq!(end.body_lines, 2);
        assert_eq!(std::fs::metadata(&results).unwrap().len(), end.file_bytes);

        // Nothing read: the file is cut and comes back to the same body.
        let (second, resumed) = open(Some(&end));
        assert_eq!((second.kept_lines, resumed.len()), (2, 2));
        assert_eq!(std::fs::metadata(&results).unwrap().len(), end.body_bytes);
        let again = second.finish(&summary()).unwrap().unwrap();
        assert_eq!(again, end, "a run that read nothing leaves the same file");

        // x changed: its old line goes, its new one is appended.
        let (mut third, _) = open(Some(&again));
        third
            .object(&record("s3://b/x", "2", Status::Complete))
            .unwrap();
        let end = third.finish(&summary()).unwrap().unwrap();
        let body = lines(&results);
        assert_eq!(body.len(), 3, "{body:?}");
        assert!(body[0].contains("s3://b/y") && body[1].contains("\"etag\":\"2\""));
        assert!(body[2].starts_with("{\"type\":\"summary\""));
        assert_eq!(end.body_lines, 2);

        // A stale end (the file changed since) is not trusted: the file is read whole.
        let (fourth, resumed) = open(Some(&again));
        assert_eq!((fourth.kept_lines, resumed.len()), (2, 2));
        assert_eq!(fourth.continued_at, None);
        drop(fourth);
        assert_eq!(lines(&results), body[..2].to_vec());

        // A run that leaves an object unfinished gives no end: its lines go on the next open.
        let (mut fifth, _) = open(None);
        fifth
            .object(&record("s3://b/z", "1", Status::Partial))
            .unwrap();
        assert_eq!(fifth.finish(&summary()).unwrap(), None);
    }
}
