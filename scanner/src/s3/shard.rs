//! `--shard K/N`: which objects one of N processes sweeps.
//!
//! The partition is a hash of bucket and key, so it is the same on every run, machine and
//! version (the values are pinned by a test: changing the hash would move objects between the
//! shards of a sweep that is being resumed). It is computed over a different input than
//! `--sample`'s hash, so a sample spreads evenly over the shards.

use sha2::{Digest, Sha256};
use std::fmt;

/// Domain separation from the sample's hash (SHA-256 of `bucket/key`).
const DOMAIN: &[u8] = b"trawl-shard-v1\0";

/// Shard `index` of `count`, counting from 0 (as Kubernetes' `JOB_COMPLETION_INDEX` and AWS
/// Batch's `AWS_BATCH_JOB_ARRAY_INDEX` do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// This shard, `0..count`.
    pub index: u32,
    /// How many shards the sweep is split into (at least 1).
    pub count: u32,
}

/// A shard that does not name one of its count.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ShardError(String);

impl Shard {
    /// `index` of `count`, checked.
    pub fn new(index: u32, count: u32) -> Result<Shard, ShardError> {
        if count == 0 {
            return Err(ShardError("the shard count must be at least 1".into()));
        }
        if index >= count {
            return Err(ShardError(format!(
                "shard index {index} is not below the shard count {count} (indexes count from 0)"
            )));
        }
        Ok(Shard { index, count })
    }

    /// Parses `K/N` (`0/4` … `3/4`).
    ///
    /// ```
    /// use trawl_scanner::s3::Shard;
    /// assert_eq!(Shard::parse("2/4").unwrap(), Shard { index: 2, count: 4 });
    /// assert!(Shard::parse("4/4").is_err());
    /// assert!(Shard::parse("two").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Shard, ShardError> {
        let bad = || ShardError(format!("`{text}` is not a shard: write K/N, as 0/4 to 3/4"));
        let (index, count) = text.trim().split_once('/').ok_or_else(bad)?;
        let index = index.trim().parse().map_err(|_| bad())?;
        let count = count.trim().parse().map_err(|_| bad())?;
        Shard::new(index, count)
    }

    /// The shard `bucket/key` belongs to, of `count` (at least 1).
    pub fn of(bucket: &str, key: &str, count: u32) -> u32 {
        let digest = Sha256::new()
            .chain_update(DOMAIN)
            .chain_update(bucket.as_bytes())
            .chain_update(b"/")
            .chain_update(key.as_bytes())
            .finalize();
        let draw = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
        (draw % u64::from(count.max(1))) as u32
    }

    /// Whether this shard sweeps `bucket/key`.
    pub fn contains(&self, bucket: &str, key: &str) -> bool {
        self.count <= 1 || Shard::of(bucket, key, self.count) == self.index
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// These values are the partition's definition (computed with Python's hashlib: SHA-256 of
    /// `trawl-shard-v1\0bucket/key`, the first 8 bytes big-endian, modulo the count): a sweep resumed by a newer
    /// version must put every object in the shard it was in.
    #[test]
    fn partition_is_pinned() {
        let pinned = [
            ("exports", "2026/01/a.csv", 4, 3),
            ("exports", "2026/01/b.csv", 4, 0),
            ("exports", "customers.jsonl", 16, 8),
            ("logs", "app/2026-12-05.log.gz", 7, 4),
            ("b", "", 3, 2),
        ];
        let got: Vec<_> = pinned
            .iter()
            .map(|&(bucket, key, count, _)| (bucket, key, count, Shard::of(bucket, key, count)))
            .collect();
        assert_eq!(got, pinned);
    }

    #[test]
    fn shards_partition_evenly_and_independently_of_the_sample() {
        let count = 4;
        let mut sizes = [0u32; 4];
        for i in 0..20_000 {
            sizes[Shard::of("bucket", &format!("k/{i}"), count) as usize] += 1;
        }
        for size in sizes {
            assert!((4_700..5_300).contains(&size), "{sizes:?}");
        }
        // Each shard must be exactly one of the four for every key.
        for i in 0..1_000 {
            let key = format!("k/{i}");
            let owners = (0..count)
                .filter(|&index| Shard { index, count }.contains("bucket", &key))
                .count();
            assert_eq!(owners, 1);
        }
    }

    #[test]
    fn parse_checks_the_index() {
        assert_eq!(
            Shard::parse(" 0 / 1 ").unwrap(),
            Shard { index: 0, count: 1 }
        );
        assert!(Shard::parse("0/0").unwrap_err().0.contains("at least 1"));
        assert!(Shard::parse("-1/4").is_err());
        assert!(Shard::parse("1").is_err());
    }
}
