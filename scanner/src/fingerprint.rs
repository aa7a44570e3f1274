//! Fingerprints: a stable, non-reversible name for a detected value.
//!
//! `fingerprint = hex(HMAC-SHA256(key, "trawl-fp-v1" ‖ 0 ‖ identifier id ‖ 0 ‖ value))[..32]`.
//!
//! * The key comes from [`crate::ScannerBuilder::fingerprint_key`] (the CLI reads
//!   `TRAWL_FINGERPRINT_KEY`). Everyone sharing a key gets the same fingerprints on every
//!   machine; without the key nobody can test guesses against a fingerprint.
//! * Without a configured key the key is the public constant [`DEFAULT_KEY`], so fingerprints
//!   are still stable across machines. That is safe for high-entropy secrets (a 160-bit token
//!   cannot be guessed), but a low-entropy value (an SSN has 10^9 candidates, a birth date a
//!   few ten thousand) could be found by hashing every candidate. Values of identifiers marked
//!   `low_entropy` are therefore hashed with a secret of their own:
//!   * a *low-entropy key* ([`crate::ScannerBuilder::low_entropy_fingerprint_key`]; the CLI
//!     keeps one per user, see the README), a plain HMAC: fast, and not brute-forceable
//!     without the key, but stable only where that key is;
//!   * failing that, the value is first stretched with PBKDF2-HMAC-SHA256
//!     ([`LOW_ENTROPY_ITERATIONS`] rounds, salted with the identifier id): stable everywhere,
//!     but about a millisecond per distinct value, and a search over a small candidate set
//!     (dates, a card number of which the redacted match shows 10 digits) stays feasible.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::HashMap;
use std::sync::Mutex;

/// The public key used when none is configured.
pub const DEFAULT_KEY: &[u8] = b"trawl-fingerprint-public-key-v1";

/// PBKDF2 rounds for low-entropy values when no key is configured.
pub const LOW_ENTROPY_ITERATIONS: u32 = 10_000;

/// Distinct low-entropy values whose stretched fingerprint is remembered per scanner.
const CACHE_CAPACITY: usize = 65_536;

type HmacSha256 = Hmac<Sha256>;

/// Computes fingerprints; shared by every session of a scanner.
///
/// ```
/// use trawl_scanner::Fingerprinter;
/// let keyed = Fingerprinter::new(Some(b"per-team secret".to_vec()));
/// let a = keyed.fingerprint("GITHUB_TOKEN", b"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", false);
/// // Stable for the same identifier, value and key; never the value itself.
/// assert_eq!(a, keyed.fingerprint("GITHUB_TOKEN", b"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", false));
/// assert!(!a.contains("ghp_"));
/// let other = Fingerprinter::new(Some(b"another key".to_vec()));
/// assert_ne!(a, other.fingerprint("GITHUB_TOKEN", b"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", false));
/// ```
pub struct Fingerprinter {
    key: Vec<u8>,
    keyed: bool,
    /// The key for low-entropy values when no shared key is configured.
    low_entropy_key: Option<Vec<u8>>,
    stretched: Mutex<HashMap<Vec<u8>, String>>,
}

impl Fingerprinter {
    /// `key = None` uses [`DEFAULT_KEY`] and stretches low-entropy values.
    pub fn new(key: Option<Vec<u8>>) -> Self {
        let keyed = key.is_some();
        Fingerprinter {
            key: key.unwrap_or_else(|| DEFAULT_KEY.to_vec()),
            keyed,
            low_entropy_key: None,
            stretched: Mutex::new(HashMap::new()),
        }
    }

    /// Without a shared key, hashes low-entropy values with `key` (a plain HMAC) instead of
    /// stretching them. A shared key, when set, still takes precedence.
    ///
    /// ```
    /// use trawl_scanner::Fingerprinter;
    /// let local = Fingerprinter::new(None).with_low_entropy_key(b"per-user secret".to_vec());
    /// let public = Fingerprinter::new(None);
    /// // High-entropy values keep the public, machine-independent fingerprint ...
    /// assert_eq!(
    ///     local.fingerprint("GITHUB_TOKEN", b"ghp_x", false),
    ///     public.fingerprint("GITHUB_TOKEN", b"ghp_x", false)
    /// );
    /// // ... low-entropy ones get the keyed one.
    /// assert_ne!(
    ///     local.fingerprint("USA_SOCIAL_SECURITY_NUMBER", b"536-22-1734", true),
    ///     public.fingerprint("USA_SOCIAL_SECURITY_NUMBER", b"536-22-1734", true)
    /// );
    /// ```
    pub fn with_low_entropy_key(mut self, key: Vec<u8>) -> Self {
        self.low_entropy_key = Some(key);
        self
    }

    /// The fingerprint of `value` found by identifier `id`; `low_entropy` values (see the
    /// module documentation) are stretched or keyed.
    pub fn fingerprint(&self, id: &str, value: &[u8], low_entropy: bool) -> String {
        if low_entropy && !self.keyed {
            if let Some(key) = &self.low_entropy_key {
                return hmac(key, id, value);
            }
            // One allocation per look-up: the id, a NUL (ids have none), the value.
            let mut cache_key = Vec::with_capacity(id.len() + 1 + value.len());
            cache_key.extend_from_slice(id.as_bytes());
            cache_key.push(0);
            cache_key.extend_from_slice(value);
            if let Some(hit) = self
                .stretched
                .lock()
                .ok()
                .and_then(|c| c.get(&cache_key).cloned())
            {
                return hit;
            }
            let mut salt = b"trawl-fp-v1\0".to_vec();
            salt.extend_from_slice(id.as_bytes());
            let mut stretched = [0u8; 32];
            pbkdf2::pbkdf2::<HmacSha256>(value, &salt, LOW_ENTROPY_ITERATIONS, &mut stretched)
                .expect("HMAC accepts any key length");
            let fp = hmac(&self.key, id, &stretched);
            if let Ok(mut cache) = self.stretched.lock() {
                if cache.len() >= CACHE_CAPACITY {
                    cache.clear();
                }
                cache.insert(cache_key, fp.clone());
            }
            return fp;
        }
        hmac(&self.key, id, value)
    }
}

fn hmac(key: &[u8], id: &str, value: &[u8]) -> String {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(b"trawl-fp-v1\0");
    mac.update(id.as_bytes());
    mac.update(b"\0");
    mac.update(value);
    let digest = mac.finalize().into_bytes();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(32);
    for byte in &digest[..16] {
        hex.push(char::from(HEX[usize::from(byte >> 4)]));
        hex.push(char::from(HEX[usize::from(byte & 15)]));
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_separated_by_identifier_and_key() {
        let fp = Fingerprinter::new(None);
        let a = fp.fingerprint("GITHUB_TOKEN", b"ghp_x", false);
        assert_eq!(
            a,
            Fingerprinter::new(None).fingerprint("GITHUB_TOKEN", b"ghp_x", false)
        );
        assert_eq!(a.len(), 32);
        assert_ne!(a, fp.fingerprint("NPM_TOKEN", b"ghp_x", false));
        assert_ne!(
            a,
            Fingerprinter::new(Some(b"k".to_vec())).fingerprint("GITHUB_TOKEN", b"ghp_x", false)
        );
    }

    #[test]
    fn low_entropy_values_are_stretched_without_a_key() {
        let fp = Fingerprinter::new(None);
        let slow = fp.fingerprint("SSN", b"123-45-6789", true);
        assert_ne!(slow, fp.fingerprint("SSN", b"123-45-6789", false));
        assert_eq!(slow, fp.fingerprint("SSN", b"123-45-6789", true)); // cached, same
        let keyed = Fingerprinter::new(Some(b"k".to_vec()));
        assert_eq!(
            keyed.fingerprint("SSN", b"1", true),
            keyed.fingerprint("SSN", b"1", false)
        );
    }
}
