//! Finding and loading `trawl.toml`.

use crate::args::ConfigArgs;
use anyhow::Result;
use std::path::{Path, PathBuf};
use trawl_scanner::identifiers::{load_config, Config, CONFIG_FILE_NAME};

/// The configuration in force: `--config FILE`; else `trawl.toml` at the root of the git
/// repository holding the first scanned path; else `trawl.toml` in the current directory;
/// else none.
pub fn load(args: &ConfigArgs, scanned: &[PathBuf]) -> Result<Option<Config>> {
    if args.no_config {
        return Ok(None);
    }
    let path = match &args.config {
        Some(explicit) => explicit.clone(),
        None => match discover(scanned) {
            Some(found) => found,
            None => return Ok(None),
        },
    };
    // A LoadError already reads "file:line:column: identifier ID: field `f`: reason".
    Ok(Some(load_config(&path)?))
}

fn discover(scanned: &[PathBuf]) -> Option<PathBuf> {
    let first = scanned.iter().find(|p| p.as_os_str() != "-");
    if let Some(root) = first.and_then(|p| repository_root(p)) {
        let candidate = root.join(CONFIG_FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    let here = PathBuf::from(CONFIG_FILE_NAME);
    here.is_file().then_some(here)
}

/// The nearest directory at or above `path` that holds `.git`.
fn repository_root(path: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(path).ok()?;
    let start = if absolute.is_dir() {
        absolute.as_path()
    } else {
        absolute.parent()?
    };
    start
        .ancestors()
        .find(|dir| dir.join(".git").exists())
        .map(Path::to_path_buf)
}
