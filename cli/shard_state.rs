//! A sharded sweep's results kept in S3 as they are written (`--results s3://…/run/` with
//! `--shard`), so that a shard retried on another machine resumes where it stopped.
//!
//! Layout under the results prefix, for shard K of N (`KKKK-of-NNNN`):
//!
//! ```text
//! trawl-results-shard-KKKK-of-NNNN.jsonl.gz                              the finished results
//! trawl-results-shard-KKKK-of-NNNN.parts/AAAAA-PPPPPP.results.gz         lines, in order
//! trawl-results-shard-KKKK-of-NNNN.parts/AAAAA-PPPPPP.checkpoint.gz      objects done for good
//! ```
//!
//! (A counts the runs of the shard, P the uploads of one run.) The recorder writes local
//! files as for `--checkpoint`; every interval (a minute by default), after it has flushed its
//! results and moved finished objects into its checkpoint, the bytes added to each since the
//! last upload become the next part: results first, then checkpoint, so no uploaded checkpoint
//! claims an object whose lines are not uploaded. SIGTERM ends the run cleanly, which uploads
//! what it has. A rerun reads the checkpoint parts, does not scan those objects again, and
//! writes the next run's parts.
//!
//! When a run ends complete, the parts are assembled into the finished results with a
//! multipart upload (so more than 5 GiB works): each object's lines from the last run that
//! recorded it, the lines of objects that got no record in their run (stopped mid-object)
//! dropped, and the last run's summary, which counts the resumed objects. Then the parts go.

use crate::upload;
use anyhow::{Context, Result};
use aws_sdk_s3::primitives::ByteStream;
use aws_sdk_s3::types::{CompletedMultipartUpload, CompletedPart};
use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::Value;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use trawl_scanner::s3::SweepOptions;

/// How the state is uploaded.
#[derive(Debug, Clone, Copy)]
pub struct Uploads {
    /// How often the parts are uploaded.
    pub every: Duration,
    /// Size of each part of the assembled results' multipart upload.
    pub assembly_part_size: usize,
}

impl Default for Uploads {
    fn default() -> Self {
        Uploads {
            every: Duration::from_secs(60),
            // S3 allows 10,000 parts: 160 GB of compressed results per shard.
            assembly_part_size: 16 * 1024 * 1024,
        }
    }
}

/// One local file mirrored to S3 part by part.
struct Mirrored {
    path: PathBuf,
    /// Bytes already uploaded.
    uploaded: u64,
}

pub struct ShardState {
    runtime: tokio::runtime::Runtime,
    client: aws_sdk_s3::Client,
    bucket: String,
    /// The finished results' key.
    key: String,
    /// `key` without `.jsonl.gz`, then `.parts/`.
    parts: String,
    attempt: u32,
    part: u32,
    results: Mirrored,
    checkpoint: Mirrored,
    last_upload: Instant,
    uploads: Uploads,
}

impl ShardState {
    /// Reads what earlier runs of this shard left under `bucket/key`'s parts, and writes their
    /// checkpoint into the local `checkpoint` file for the recorder to resume from.
    pub fn open(
        options: &SweepOptions,
        bucket: &str,
        key: &str,
        results: &Path,
        checkpoint: &Path,
        uploads: Uploads,
    ) -> Result<ShardState> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("starting the S3 client runtime")?;
        let client = runtime.block_on(trawl_scanner::s3::client(options));
        let parts = format!("{}.parts/", key.trim_end_matches(".jsonl.gz"));
        let mut state = ShardState {
            runtime,
            client,
            bucket: bucket.to_string(),
            key: key.to_string(),
            parts,
            attempt: 1,
            part: 0,
            results: Mirrored {
                path: results.to_path_buf(),
                uploaded: 0,
            },
            checkpoint: Mirrored {
                path: checkpoint.to_path_buf(),
                uploaded: 0,
            },
            last_upload: Instant::now(),
            uploads,
        };
        let earlier = state.list_parts()?;
        state.attempt = earlier.iter().map(|p| p.attempt).max().unwrap_or(0) + 1;
        let mut local = File::create(checkpoint)
            .with_context(|| format!("creating {}", checkpoint.display()))?;
        for part in earlier.iter().filter(|p| p.kind == PartKind::Checkpoint) {
            let copy = state.download(&part.key)?;
            io::copy(&mut MultiGzDecoder::new(copy), &mut local)
                .with_context(|| format!("reading s3://{}/{}", state.bucket, part.key))?;
        }
        local.flush()?;
        if state.attempt > 1 {
            eprintln!(
                "trawl: resuming s3://{}/{}: run {} of this shard",
                state.bucket, state.key, state.attempt
            );
        }
        Ok(state)
    }

    /// The recorder has opened its files: what they hold now is already in S3 (the resumed
    /// checkpoint) or nothing.
    pub fn started(&mut self) -> Result<()> {
        self.results.uploaded = file_length(&self.results.path)?;
        self.checkpoint.uploaded = file_length(&self.checkpoint.path)?;
        Ok(())
    }

    /// Uploads what the local files gained, if the interval has passed (or `now`). Called
    /// right after the recorder flushed both files.
    pub fn tick(&mut self, now: bool) -> Result<()> {
        if !now && self.last_upload.elapsed() < self.uploads.every {
            return Ok(());
        }
        self.last_upload = Instant::now();
        let results_end = file_length(&self.results.path)?;
        let checkpoint_end = file_length(&self.checkpoint.path)?;
        if results_end == self.results.uploaded && checkpoint_end == self.checkpoint.uploaded {
            return Ok(());
        }
        self.part += 1;
        let name = format!("{}{:05}-{:06}", self.parts, self.attempt, self.part);
        self.upload_new_bytes(Which::Results, results_end, &format!("{name}.results.gz"))?;
        self.upload_new_bytes(
            Which::Checkpoint,
            checkpoint_end,
            &format!("{name}.checkpoint.gz"),
        )?;
        Ok(())
    }

    /// Ends the run: with `complete`, assembles the finished results and deletes the parts.
    pub fn finish(mut self, complete: bool) -> Result<()> {
        self.tick(true)?;
        if !complete {
            eprintln!(
                "trawl: state kept under s3://{}/{}: run the same shard again to resume",
                self.bucket, self.parts
            );
            return Ok(());
        }
        self.assemble()?;
        let parts = self.list_parts()?;
        for part in &parts {
            self.runtime
                .block_on(
                    self.client
                        .delete_object()
                        .bucket(&self.bucket)
                        .key(&part.key)
                        .send(),
                )
                .map_err(aws_sdk_s3::Error::from)
                .with_context(|| format!("deleting s3://{}/{}", self.bucket, part.key))?;
        }
        let _ = std::fs::remove_file(&self.results.path);
        let _ = std::fs::remove_file(&self.checkpoint.path);
        eprintln!("trawl: results stored as s3://{}/{}", self.bucket, self.key);
        Ok(())
    }

    fn upload_new_bytes(&mut self, which: Which, end: u64, key: &str) -> Result<()> {
        let mirrored = match which {
            Which::Results => &mut self.results,
            Which::Checkpoint => &mut self.checkpoint,
        };
        let mut file = File::open(&mirrored.path)
            .with_context(|| format!("reading {}", mirrored.path.display()))?;
        file.seek(SeekFrom::Start(mirrored.uploaded))?;
        let compressed = tempfile::NamedTempFile::new().context("creating a temporary file")?;
        let mut encoder = GzEncoder::new(compressed.reopen()?, Compression::default());
        io::copy(&mut file.take(end - mirrored.uploaded), &mut encoder)?;
        encoder.finish()?.flush()?;
        let (client, bucket) = (&self.client, &self.bucket);
        self.runtime
            .block_on(async {
                let body = ByteStream::from_path(compressed.path()).await?;
                client
                    .put_object()
                    .bucket(bucket)
                    .key(key)
                    .body(body)
                    .send()
                    .await
                    .map_err(aws_sdk_s3::Error::from)?;
                anyhow::Ok(())
            })
            .with_context(|| format!("uploading s3://{bucket}/{key}"))?;
        mirrored.uploaded = end;
        Ok(())
    }

    /// The parts under this shard's prefix, in order.
    fn list_parts(&self) -> Result<Vec<Part>> {
        let keys = upload::list_keys(&self.runtime, &self.client, &self.bucket, &self.parts)?;
        let mut parts: Vec<Part> = keys
            .iter()
            .filter_map(|key| Part::parse(&self.parts, key))
            .collect();
        parts.sort_by_key(|p| (p.attempt, p.number, p.kind));
        Ok(parts)
    }

    /// A copy of `key` in a temporary file, positioned at its start.
    fn download(&self, key: &str) -> Result<File> {
        upload::temporary_copy(&self.runtime, &self.client, &self.bucket, key)
    }

    /// Writes the finished results from the results parts (see the module documentation).
    fn assemble(&self) -> Result<()> {
        let parts: Vec<Part> = self
            .list_parts()?
            .into_iter()
            .filter(|p| p.kind == PartKind::Results)
            .collect();
        let copies = parts
            .iter()
            .map(|part| self.download(&part.key))
            .collect::<Result<Vec<File>>>()?;
        // Pass 1: the last run that recorded each object.
        let mut last_run: HashMap<String, u32> = HashMap::new();
        for (part, copy) in parts.iter().zip(&copies) {
            for line in lines(copy)? {
                let line = line?;
                if let Some(Line::Object(source)) = Line::of(&line) {
                    last_run.insert(source, part.attempt);
                }
            }
        }
        // Pass 2: each object's lines from that run, then this run's summary.
        let mut writer = GzEncoder::new(
            MultipartWriter::new(self, &self.key)?,
            Compression::default(),
        );
        let mut waiting: HashMap<String, Vec<String>> = HashMap::new();
        let mut summary = None;
        let mut run = 0;
        for (part, copy) in parts.iter().zip(&copies) {
            if part.attempt != run {
                // Lines of objects the earlier run stopped in the middle of.
                waiting.clear();
                run = part.attempt;
            }
            for line in lines(copy)? {
                let line = line?;
                match Line::of(&line) {
                    Some(Line::Object(source)) => {
                        let held = waiting.remove(&source).unwrap_or_default();
                        if last_run.get(&source) == Some(&part.attempt) {
                            for held in held {
                                writeln!(writer, "{held}")?;
                            }
                            writeln!(writer, "{line}")?;
                        }
                    }
                    Some(Line::OfObject(source)) => waiting.entry(source).or_default().push(line),
                    Some(Line::Summary) if part.attempt == self.attempt => summary = Some(line),
                    _ => {}
                }
            }
        }
        if let Some(summary) = summary {
            writeln!(writer, "{summary}")?;
        }
        writer.finish()?.complete()
    }
}

#[derive(Clone, Copy)]
enum Which {
    Results,
    Checkpoint,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum PartKind {
    Results,
    Checkpoint,
}

#[derive(Debug)]
struct Part {
    key: String,
    attempt: u32,
    number: u32,
    kind: PartKind,
}

impl Part {
    /// `PREFIX/AAAAA-PPPPPP.results.gz` or `….checkpoint.gz`.
    fn parse(prefix: &str, key: &str) -> Option<Part> {
        let name = key.strip_prefix(prefix)?;
        let (stem, kind) = if let Some(stem) = name.strip_suffix(".results.gz") {
            (stem, PartKind::Results)
        } else {
            (name.strip_suffix(".checkpoint.gz")?, PartKind::Checkpoint)
        };
        let (attempt, number) = stem.split_once('-')?;
        Some(Part {
            key: key.to_string(),
            attempt: attempt.parse().ok()?,
            number: number.parse().ok()?,
            kind,
        })
    }
}

/// What a results line is, for assembling.
enum Line {
    /// A top-level object record, of this source.
    Object(String),
    /// A finding or an archive member's record, of this source.
    OfObject(String),
    Summary,
}

impl Line {
    fn of(line: &str) -> Option<Line> {
        let record: Value = serde_json::from_str(line).ok()?;
        let source = || record["source"].as_str().map(str::to_string);
        match record["type"].as_str()? {
            "object" if record.get("container").is_none_or(Value::is_null) => {
                Some(Line::Object(source()?))
            }
            "object" | "finding" => Some(Line::OfObject(source()?)),
            "summary" => Some(Line::Summary),
            _ => None,
        }
    }
}

fn lines(copy: &File) -> Result<io::Lines<BufReader<MultiGzDecoder<File>>>> {
    let mut copy = copy.try_clone()?;
    copy.rewind()?;
    Ok(BufReader::new(MultiGzDecoder::new(copy)).lines())
}

fn file_length(path: &Path) -> Result<u64> {
    Ok(std::fs::metadata(path)
        .with_context(|| format!("reading {}", path.display()))?
        .len())
}

/// A `Write` that sends what it is given to S3 as a multipart upload, part by part.
struct MultipartWriter<'a> {
    state: &'a ShardState,
    key: &'a str,
    upload_id: String,
    buffer: Vec<u8>,
    done: Vec<CompletedPart>,
}

impl<'a> MultipartWriter<'a> {
    fn new(state: &'a ShardState, key: &'a str) -> Result<Self> {
        let created = state
            .runtime
            .block_on(
                state
                    .client
                    .create_multipart_upload()
                    .bucket(&state.bucket)
                    .key(key)
                    .content_type("application/gzip")
                    .send(),
            )
            .map_err(aws_sdk_s3::Error::from)
            .with_context(|| format!("uploading s3://{}/{key}", state.bucket))?;
        Ok(MultipartWriter {
            state,
            key,
            upload_id: created.upload_id().unwrap_or_default().to_string(),
            buffer: Vec::with_capacity(state.uploads.assembly_part_size),
            done: Vec::new(),
        })
    }

    fn send_part(&mut self) -> io::Result<()> {
        let number = self.done.len() as i32 + 1;
        let body = ByteStream::from(std::mem::take(&mut self.buffer));
        let state = self.state;
        let sent = state
            .runtime
            .block_on(
                state
                    .client
                    .upload_part()
                    .bucket(&state.bucket)
                    .key(self.key)
                    .upload_id(&self.upload_id)
                    .part_number(number)
                    .body(body)
                    .send(),
            )
            .map_err(|e| io::Error::other(aws_sdk_s3::Error::from(e)))?;
        self.done.push(
            CompletedPart::builder()
                .part_number(number)
                .set_e_tag(sent.e_tag().map(str::to_string))
                .build(),
        );
        self.buffer = Vec::with_capacity(self.state.uploads.assembly_part_size);
        Ok(())
    }

    fn complete(mut self) -> Result<()> {
        let state = self.state;
        let url = format!("s3://{}/{}", state.bucket, self.key);
        let result = self
            .send_part()
            .map_err(anyhow::Error::from)
            .and_then(|()| {
                state
                    .runtime
                    .block_on(
                        state
                            .client
                            .complete_multipart_upload()
                            .bucket(&state.bucket)
                            .key(self.key)
                            .upload_id(&self.upload_id)
                            .multipart_upload(
                                CompletedMultipartUpload::builder()
                                    .set_parts(Some(std::mem::take(&mut self.done)))
                                    .build(),
                            )
                            .send(),
                    )
                    .map_err(aws_sdk_s3::Error::from)?;
                Ok(())
            });
        if result.is_err() {
            // Parts of an unfinished upload are billed until aborted.
            let _ = state.runtime.block_on(
                state
                    .client
                    .abort_multipart_upload()
                    .bucket(&state.bucket)
                    .key(self.key)
                    .upload_id(&self.upload_id)
                    .send(),
            );
        }
        result.with_context(|| format!("uploading {url}"))
    }
}

impl Write for MultipartWriter<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= self.state.uploads.assembly_part_size {
            self.send_part()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_names() {
        let prefix = "run/trawl-results-shard-0001-of-0004.parts/";
        let part = Part::parse(prefix, &format!("{prefix}00002-000017.checkpoint.gz")).unwrap();
        assert_eq!(
            (part.attempt, part.number, part.kind),
            (2, 17, PartKind::Checkpoint)
        );
        assert!(Part::parse(prefix, &format!("{prefix}00002-000017.jsonl")).is_none());
        assert!(Part::parse(prefix, "elsewhere/00002-000017.results.gz").is_none());
    }
}
