//! `trawl results merge`: the results files of a sweep's shards (or of several runs) as one
//! report, with every object counted once.
//!
//! Totals come from the object records (per identifier, per prefix, per reason), so results
//! written with `--report objects` merge as well as per-finding ones. An object recorded twice
//! (a shard run twice into two files, overlapping runs) is counted once and reported; a shard
//! missing from the `K/N` set the summaries name, or a file with no summary (its run did not
//! finish), makes the merge incomplete. Findings and member records are held per object only
//! until the object's record arrives, so memory is the objects in flight plus 16 bytes per
//! object seen (a hash of its source, to tell duplicates).

use crate::args::{MergeArgs, MergeFormat};
use crate::exit;
use crate::objects::{prefix_of, MAX_PREFIXES, OTHER};
use crate::output::ShardTotals;
use anyhow::{Context, Result};
use flate2::read::MultiGzDecoder;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::{BufRead, BufReader, Write};
use trawl_scanner::s3::{S3Url, SweepOptions};

/// Duplicate sources named in the summary and on standard error (the rest are counted).
const SHOWN_DUPLICATES: usize = 10;

/// The merged summary.
#[derive(Debug, Default, Serialize)]
struct Merged {
    #[serde(rename = "type")]
    kind: &'static str,
    /// Results files read.
    files: u64,
    objects: u64,
    complete: u64,
    partial: u64,
    skipped: u64,
    bytes: u64,
    findings: u64,
    by_identifier: BTreeMap<String, u64>,
    by_reason: BTreeMap<String, u64>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    by_prefix: BTreeMap<String, BTreeMap<String, u64>>,
    /// Shards seen per shard count, and the ones missing.
    #[serde(skip_serializing_if = "Option::is_none")]
    shards: Option<Shards>,
    /// Object records seen again after the first (not counted above).
    duplicates: u64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    duplicate_sources: Vec<String>,
    /// Files with no summary line: their run did not finish.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    unfinished: Vec<String>,
    /// Objects passed over by the runs (out of scope, older versions) and objects the runs had
    /// listed but not started when interrupted, added up from the summaries.
    #[serde(skip_serializing_if = "is_zero")]
    out_of_scope: u64,
    #[serde(skip_serializing_if = "is_zero")]
    not_current: u64,
    #[serde(skip_serializing_if = "is_zero")]
    changed_since_inventory: u64,
}

#[derive(Debug, Default, Serialize)]
struct Shards {
    count: u32,
    present: Vec<u32>,
    missing: Vec<u32>,
    /// Summaries naming another shard count than `count`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    other_counts: Vec<u32>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// What is being merged, file by file.
struct Merge<'a> {
    merged: Merged,
    seen: HashSet<u128>,
    shards: BTreeMap<u32, BTreeSet<u32>>,
    prefix_depth: usize,
    /// Per source: finding and member lines waiting for the object's record (`--format
    /// jsonl` only).
    waiting: HashMap<String, Vec<String>>,
    out: Option<&'a mut dyn Write>,
}

pub fn run(args: MergeArgs) -> Result<i32> {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    let mut merge = Merge {
        merged: Merged {
            kind: "summary",
            ..Merged::default()
        },
        seen: HashSet::new(),
        shards: BTreeMap::new(),
        prefix_depth: args.prefix_depth,
        waiting: HashMap::new(),
        out: (args.format == MergeFormat::Jsonl).then_some(&mut lock as &mut dyn Write),
    };
    for input in &args.inputs {
        match S3Url::parse(input) {
            Some(url) => merge_s3(&mut merge, &url, &args)?,
            None => {
                let file = std::fs::File::open(input)
                    .with_context(|| format!("reading the results {input}"))?;
                merge.file(input, file)?;
            }
        }
    }
    if merge.merged.files == 0 {
        anyhow::bail!("no results files found in {}", args.inputs.join(", "));
    }
    merge.finish_shards();
    let merged = merge.merged;
    for source in &merged.duplicate_sources {
        eprintln!("trawl: {source}: recorded more than once (counted once)");
    }
    if merged.duplicates > merged.duplicate_sources.len() as u64 {
        eprintln!(
            "trawl: {} more duplicate object records",
            merged.duplicates - merged.duplicate_sources.len() as u64
        );
    }
    for file in &merged.unfinished {
        eprintln!("trawl: {file}: no summary: its run did not finish, its objects may be missing");
    }
    if let Some(shards) = &merged.shards {
        if !shards.missing.is_empty() {
            eprintln!(
                "trawl: shards missing of {}: {}",
                shards.count,
                shards
                    .missing
                    .iter()
                    .map(|i| format!("{i}/{}", shards.count))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    match args.format {
        MergeFormat::Json => {
            serde_json::to_writer_pretty(&mut lock, &merged)?;
            writeln!(lock)?;
        }
        MergeFormat::Jsonl => {
            serde_json::to_writer(&mut lock, &merged)?;
            writeln!(lock)?;
        }
        MergeFormat::Human => write_human(&mut lock, &merged)?,
    }
    lock.flush()?;
    let missing = merged
        .shards
        .as_ref()
        .is_some_and(|s| !s.missing.is_empty() || !s.other_counts.is_empty());
    let incomplete =
        missing || !merged.unfinished.is_empty() || merged.partial + merged.skipped > 0;
    Ok(if merged.findings > 0 {
        exit::FINDINGS
    } else if incomplete {
        exit::INCOMPLETE
    } else {
        exit::CLEAN
    })
}

/// Every results file (`.jsonl`, `.jsonl.gz`) under an `s3://bucket/prefix`, in key order.
fn merge_s3(merge: &mut Merge, url: &S3Url, args: &MergeArgs) -> Result<()> {
    let options = SweepOptions {
        endpoint_url: args.endpoint_url.clone().filter(|url| !url.is_empty()),
        region: args.region.clone(),
        ..SweepOptions::default()
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the S3 client runtime")?;
    let client = runtime.block_on(trawl_scanner::s3::client(&options));
    let keys = crate::upload::list_keys(&runtime, &client, &url.bucket, &url.prefix)?;
    for key in keys
        .iter()
        .filter(|k| k.ends_with(".jsonl") || k.ends_with(".jsonl.gz"))
    {
        let copy = crate::upload::temporary_copy(&runtime, &client, &url.bucket, key)?;
        merge.file(&format!("s3://{}/{key}", url.bucket), copy)?;
    }
    Ok(())
}

impl Merge<'_> {
    /// Adds one results file (gzip-compressed or not: told by its first bytes).
    fn file(&mut self, name: &str, file: std::fs::File) -> Result<()> {
        self.merged.files += 1;
        let mut reader = BufReader::new(file);
        let gzip = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
        let lines: Box<dyn BufRead> = if gzip {
            Box::new(BufReader::new(MultiGzDecoder::new(reader)))
        } else {
            Box::new(reader)
        };
        let mut summary = false;
        for (number, line) in lines.lines().enumerate() {
            let line = match line {
                Ok(line) => line,
                // A run killed mid-write leaves a torn gzip stream: what came before counts.
                Err(_) if !summary => break,
                Err(e) => return Err(e).with_context(|| format!("reading {name}")),
            };
            if line.trim().is_empty() {
                continue;
            }
            let record: Value = match serde_json::from_str(&line) {
                Ok(record) => record,
                // A torn last line.
                Err(_) => continue,
            };
            match record.get("type").and_then(Value::as_str) {
                Some("object") => self.object(&record, line)?,
                Some("finding") => self.waiting_line(&record, line),
                Some("summary") => {
                    summary = true;
                    self.summary(&record);
                }
                _ => anyhow::bail!(
                    "{name}:{}: not a trawl results record (merge reads `--results` files in \
                     trawl's format, not --results-format macie)",
                    number + 1
                ),
            }
        }
        if !summary {
            self.merged.unfinished.push(name.to_string());
        }
        // Lines of objects whose record never came (the run stopped mid-object) go.
        self.waiting.clear();
        Ok(())
    }

    fn waiting_line(&mut self, record: &Value, line: String) {
        if self.out.is_none() {
            return;
        }
        let source = record["source"].as_str().unwrap_or_default();
        self.waiting
            .entry(source.to_string())
            .or_default()
            .push(line);
    }

    fn object(&mut self, record: &Value, line: String) -> Result<()> {
        let is_member = record.get("container").is_some_and(|c| !c.is_null());
        if is_member {
            self.waiting_line(record, line);
            return Ok(());
        }
        let source = record["source"].as_str().unwrap_or_default();
        let waiting = self.waiting.remove(source);
        if !self.seen.insert(source_hash(source)) {
            self.merged.duplicates += 1;
            if self.merged.duplicate_sources.len() < SHOWN_DUPLICATES {
                self.merged.duplicate_sources.push(source.to_string());
            }
            return Ok(());
        }
        let merged = &mut self.merged;
        merged.objects += 1;
        merged.bytes += record["bytes"].as_u64().unwrap_or(0);
        let status = record["status"].as_str().unwrap_or("");
        match status {
            "COMPLETE" => merged.complete += 1,
            "SKIPPED" => merged.skipped += 1,
            _ => merged.partial += 1,
        }
        let reason = record["reason"].as_str();
        if status != "COMPLETE" {
            *merged
                .by_reason
                .entry(reason.unwrap_or("UNKNOWN").to_string())
                .or_default() += 1;
        } else if reason == Some("OBJECT_CHANGED_SINCE_INVENTORY") {
            merged.changed_since_inventory += 1;
        }
        if let Some(findings) = record["findings"].as_object() {
            let prefix = (self.prefix_depth > 0 && !findings.is_empty()).then(|| {
                let prefix = prefix_of(source, self.prefix_depth);
                if merged.by_prefix.contains_key(prefix) || merged.by_prefix.len() < MAX_PREFIXES {
                    prefix.to_string()
                } else {
                    OTHER.to_string()
                }
            });
            for (identifier, count) in findings {
                let count = count.as_u64().unwrap_or(0);
                merged.findings += count;
                *merged.by_identifier.entry(identifier.clone()).or_default() += count;
                if let Some(prefix) = &prefix {
                    *merged
                        .by_prefix
                        .entry(prefix.clone())
                        .or_default()
                        .entry(identifier.clone())
                        .or_default() += count;
                }
            }
        }
        if let Some(out) = &mut self.out {
            for waiting in waiting.into_iter().flatten() {
                writeln!(out, "{waiting}")?;
            }
            writeln!(out, "{line}")?;
        }
        Ok(())
    }

    fn summary(&mut self, summary: &Value) {
        let count = |name: &str| summary[name].as_u64().unwrap_or(0);
        self.merged.out_of_scope += count("out_of_scope");
        self.merged.not_current += count("not_current");
        if let Ok(shard) = serde_json::from_value::<ShardTotals>(summary["shard"].clone()) {
            self.shards
                .entry(shard.count)
                .or_default()
                .insert(shard.index);
        }
    }

    /// The shard count most summaries name, with its missing indexes.
    fn finish_shards(&mut self) {
        let Some((&count, _)) = self.shards.iter().max_by_key(|(_, seen)| seen.len()) else {
            return;
        };
        let present = self.shards[&count].clone();
        self.merged.shards = Some(Shards {
            count,
            missing: (0..count).filter(|i| !present.contains(i)).collect(),
            present: present.into_iter().collect(),
            other_counts: self
                .shards
                .keys()
                .copied()
                .filter(|&c| c != count)
                .collect(),
        });
    }
}

/// 128 bits of SHA-256: collisions are out of reach at any bucket size. (A source names the
/// version read when one was asked for: two versions are two objects.)
pub(crate) fn source_hash(source: &str) -> u128 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(source.as_bytes());
    u128::from_be_bytes(digest[..16].try_into().expect("16 bytes"))
}

fn write_human(out: &mut dyn Write, merged: &Merged) -> Result<()> {
    let width = merged
        .by_identifier
        .keys()
        .map(String::len)
        .max()
        .unwrap_or(0);
    for (identifier, count) in &merged.by_identifier {
        writeln!(out, "{identifier:width$}  {count}")?;
    }
    let mut line = format!(
        "trawl: merged {} results file{}: {} finding{} in {} object{} ({} bytes)",
        merged.files,
        if merged.files == 1 { "" } else { "s" },
        merged.findings,
        if merged.findings == 1 { "" } else { "s" },
        merged.objects,
        if merged.objects == 1 { "" } else { "s" },
        merged.bytes
    );
    let incomplete = merged.partial + merged.skipped;
    if incomplete > 0 {
        let reasons: Vec<String> = merged
            .by_reason
            .iter()
            .map(|(reason, n)| format!("{reason} {n}"))
            .collect();
        line += &format!("; {incomplete} not fully scanned ({})", reasons.join(", "));
    }
    if let Some(shards) = &merged.shards {
        line += &format!("; shards {} of {}", shards.present.len(), shards.count);
        if !shards.missing.is_empty() {
            line += &format!(" ({} missing)", shards.missing.len());
        }
    }
    if merged.duplicates > 0 {
        line += &format!(
            "; {} duplicate object records not counted",
            merged.duplicates
        );
    }
    if !merged.unfinished.is_empty() {
        line += &format!("; {} unfinished results files", merged.unfinished.len());
    }
    writeln!(out, "{line}")?;
    Ok(())
}
