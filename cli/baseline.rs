//! Baselines from the command line: reading `--baseline FILE` (the format and its reader are in
//! the library, `trawl_scanner::baseline`, where they are fuzzed) and writing `trawl baseline
//! create`'s document.
//!
//! Fingerprints depend on `TRAWL_FINGERPRINT_KEY`: create and use a baseline with the same key
//! (or none). Without it, personal and financial values are keyed per user (see
//! `fingerprint_key`), so a shared baseline holding them needs the shared key.

use anyhow::{Context, Result};
use std::collections::HashSet;
use std::path::Path;

pub use trawl_scanner::baseline::{document, entry};

/// Reads a baseline into (identifier, fingerprint) pairs.
pub fn load(path: &Path) -> Result<HashSet<(String, String)>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading the baseline {}", path.display()))?;
    trawl_scanner::baseline::parse(&text).with_context(|| path.display().to_string())
}
