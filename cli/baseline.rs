//! Baselines: the findings a project has accepted, as fingerprints (never values), so that
//! `--baseline FILE` reports only new ones.
//!
//! ```json
//! {"version": 1, "tool": "trawl", "findings": [
//!   {"identifier": "GITHUB_TOKEN", "fingerprint": "…", "source": "ci.yml", "line": 13}]}
//! ```
//! Matching is by identifier and fingerprint only, so a finding that moves to another line or
//! file stays accepted. Fingerprints depend on `TRAWL_FINGERPRINT_KEY`: create and use a
//! baseline with the same key (or none). Without it, personal and financial values are keyed
//! per user (see `fingerprint_key`), so a shared baseline holding them needs the shared key.

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};
use std::collections::HashSet;
use std::path::Path;
use trawl_scanner::Finding;

const VERSION: u64 = 1;

pub fn entry(source: &str, f: &Finding) -> Value {
    json!({ "identifier": f.id(), "fingerprint": f.fingerprint, "source": source, "line": f.line })
}

pub fn document(entries: Vec<Value>) -> Value {
    json!({ "version": VERSION, "tool": "trawl", "findings": entries })
}

/// Reads a baseline into (identifier, fingerprint) pairs.
pub fn load(path: &Path) -> Result<HashSet<(String, String)>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading the baseline {}", path.display()))?;
    let doc: Value = serde_json::from_str(&text)
        .with_context(|| format!("{}: not a trawl baseline (JSON expected)", path.display()))?;
    if doc["version"] != json!(VERSION) {
        bail!(
            "{}: unsupported baseline version {} (expected {VERSION})",
            path.display(),
            doc["version"]
        );
    }
    let Some(findings) = doc["findings"].as_array() else {
        bail!("{}: field `findings`: a list is expected", path.display());
    };
    findings
        .iter()
        .enumerate()
        .map(
            |(i, f)| match (f["identifier"].as_str(), f["fingerprint"].as_str()) {
                (Some(id), Some(fp)) => Ok((id.to_string(), fp.to_string())),
                _ => bail!(
                    "{}: findings[{i}]: `identifier` and `fingerprint` strings are required",
                    path.display()
                ),
            },
        )
        .collect()
}
