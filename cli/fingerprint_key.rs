//! The per-user key that fingerprints of low-entropy values (cards, phones, birth dates,
//! e-mail addresses) are keyed with when `TRAWL_FINGERPRINT_KEY` is not set.
//!
//! Without any secret, such a fingerprint must be stretched (PBKDF2, about a millisecond per
//! distinct value) to be stable across machines, which makes a sweep of personal data crawl
//! and still leaves small candidate sets (dates) searchable. A random key kept in the user's
//! configuration directory makes them cheap and unguessable; they are then stable on this
//! machine for this user. Teams that compare fingerprints across machines share
//! `TRAWL_FINGERPRINT_KEY` instead.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Where the key lives: `$XDG_CONFIG_HOME/trawl/fingerprint.key`, else
/// `$HOME/.config/trawl/fingerprint.key`.
pub fn path() -> Option<PathBuf> {
    Some(crate::dirs::config()?.join("trawl").join("fingerprint.key"))
}

/// The key at `path`, created (32 random bytes, hex, mode 0600) if there is none yet.
pub fn load_or_create(path: &Path) -> io::Result<Vec<u8>> {
    // Another trawl may be creating it right now: it publishes the file whole (a hard link of
    // a finished temporary file), so a read either finds nothing or the complete key.
    for _ in 0..3 {
        match read(path) {
            Ok(key) => return Ok(key),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        match create(path) {
            Ok(key) => return Ok(key),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    read(path)
}

fn read(path: &Path) -> io::Result<Vec<u8>> {
    let text = fs::read_to_string(path)?;
    let key = text.trim();
    if key.len() < 32 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "not a trawl fingerprint key (at least 32 hex digits expected); delete it to make a new one",
        ));
    }
    Ok(key.as_bytes().to_vec())
}

fn create(path: &Path) -> io::Result<Vec<u8>> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let mut random = [0u8; 32];
    getrandom::getrandom(&mut random)
        .map_err(|e| io::Error::other(format!("no random bytes for a new key: {e}")))?;
    let hex: String = random.iter().map(|b| format!("{b:02x}")).collect();
    let temporary = dir.join(format!(".fingerprint.key.{}", std::process::id()));
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options
        .open(&temporary)
        .and_then(|mut file| file.write_all(format!("{hex}\n").as_bytes()));
    // Fails with AlreadyExists when another process published its key first.
    let published = written.and_then(|()| fs::hard_link(&temporary, path));
    let _ = fs::remove_file(&temporary);
    published?;
    Ok(hex.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_once_then_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("trawl").join("fingerprint.key");
        let first = load_or_create(&path).unwrap();
        assert_eq!(first.len(), 64);
        assert_eq!(load_or_create(&path).unwrap(), first);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        fs::write(&path, "short\n").unwrap();
        let err = load_or_create(&path).unwrap_err();
        assert!(err.to_string().contains("hex digits"), "{err}");
    }
}
