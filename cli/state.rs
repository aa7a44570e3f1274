//! `--state DIR`: incremental sweeps. The directory holds what a sweep's `--results` and
//! `--checkpoint` would (`results.jsonl.gz`: every object's lines; `checkpoint.jsonl`: each
//! object done, with its ETag and record), and `state.json`: the trawl version and settings it
//! was written with. The next sweep with the same directory reads only the objects that are
//! new or whose ETag changed, carries the others' lines and counts forward, and drops the
//! objects that are gone; one killed mid-way resumes as from a checkpoint. A state written by
//! another version or with other settings (identifiers, configuration, scope, limits, report)
//! is set aside with one line on stderr, and everything is swept again.

use crate::merge::source_hash;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

const META: &str = "state.json";

/// A state directory's files.
pub struct StateDir {
    pub results: PathBuf,
    pub checkpoint: PathBuf,
}

impl StateDir {
    pub fn at(dir: &Path) -> StateDir {
        StateDir {
            results: dir.join("results.jsonl.gz"),
            checkpoint: dir.join("checkpoint.jsonl"),
        }
    }
}

/// `--state` keeps S3 sweeps incremental: refuses other inputs, and settings it cannot keep.
pub fn check_inputs(args: &crate::args::ScanArgs) -> Result<()> {
    let given = args.s3.inventory.is_some() || args.s3.items.is_some();
    let local = args.paths.iter().find(|p| {
        p.to_str()
            .and_then(trawl_scanner::s3::S3Url::parse)
            .is_none()
    });
    if args.staged || args.git_range.is_some() {
        anyhow::bail!("--state keeps S3 sweeps incremental: git changes are incremental already");
    }
    if let Some(path) = local {
        anyhow::bail!(
            "--state keeps S3 sweeps incremental (s3://…, --inventory, --items); {} is not one",
            path.display()
        );
    }
    if args.paths.is_empty() && !given {
        anyhow::bail!(
            "--state keeps S3 sweeps incremental: give s3://bucket/prefix, --inventory or --items"
        );
    }
    if args.results.results_format == crate::args::ResultsFormat::Macie {
        anyhow::bail!("--state keeps trawl's results format: drop --results-format macie");
    }
    Ok(())
}

#[derive(Serialize, Deserialize, PartialEq, Eq)]
struct Meta {
    /// The trawl version that wrote it.
    version: String,
    /// A hash of the settings that decide each object's record (see [`settings_hash`]).
    settings: String,
}

/// SHA-256 of the settings, as hex: each part names one (identifiers, configuration file,
/// flags), in a fixed order.
pub fn settings_hash(parts: &[String]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update(b"\0");
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Opens (or creates) the state at `dir` for a sweep with `settings` (see [`settings_hash`]).
/// A state of another version or other settings is removed first, and stderr says so.
pub fn open(dir: &Path, settings: String) -> Result<StateDir> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("--state {}: creating the directory", dir.display()))?;
    let state = StateDir::at(dir);
    let meta_path = dir.join(META);
    let ours = Meta {
        version: env!("CARGO_PKG_VERSION").to_string(),
        settings,
    };
    let found: Option<Meta> = match std::fs::read(&meta_path) {
        Ok(bytes) => serde_json::from_slice(&bytes).ok(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(e).with_context(|| format!("--state: reading {}", meta_path.display()))
        }
    };
    let holds_sweep = state.checkpoint.exists() || state.results.exists();
    let why = match &found {
        Some(meta) if *meta == ours => None,
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
    // Written before the sweep: a sweep killed mid-way leaves a state that resumes.
    let aside = dir.join(format!("{META}.partial"));
    std::fs::write(&aside, serde_json::to_vec_pretty(&ours)?)
        .and_then(|()| std::fs::rename(&aside, &meta_path))
        .with_context(|| format!("--state: writing {}", meta_path.display()))?;
    Ok(state)
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

    /// The sources of `known` that were not offered this time: gone from the bucket.
    pub fn deleted<'a>(&self, known: impl Iterator<Item = &'a String>) -> Vec<String> {
        let seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        known
            .filter(|s| !seen.contains(&source_hash(s)))
            .cloned()
            .collect()
    }
}
