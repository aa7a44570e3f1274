//! Which objects a discovery run reads in a bucket: a deterministic sample within a byte
//! budget, objects of data-holding types first.
//!
//! Every object not yet analysed (new, or changed since) is offered as the listing goes. They
//! are ranked by type (data, documents and archives before the rest), then by a hash of the
//! key, so the sample is spread over the bucket, the same from run to run, and not biased by
//! key order. The sample is the shortest prefix of that ranking whose sizes reach the budget:
//! the budget is passed by less than one object's size. Only that prefix is held while
//! listing (a bounded heap, and never more than [`MAX_OBJECTS`]), never the whole listing.
//! Objects whose last read failed come after every other (they are retried, not first).

use sha2::{Digest, Sha256};
use std::cmp::Ordering;
use std::collections::BinaryHeap;
use trawl_scanner::s3::ObjectInfo;

/// Extensions of objects that hold records and text: read first.
const DATA: &[&str] = &[
    "csv",
    "tsv",
    "psv",
    "json",
    "jsonl",
    "ndjson",
    "log",
    "txt",
    "xml",
    "yaml",
    "yml",
    "sql",
    "env",
    "ini",
    "conf",
    "cfg",
    "properties",
    "toml",
    "md",
    "html",
    "htm",
    "eml",
    "msg",
    "tf",
    "tfvars",
    "pem",
    "key",
];
/// Documents and archives: read next (trawl reads inside them).
const DOCUMENTS: &[&str] = &[
    "pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "rtf", "zip", "jar", "gz", "tgz", "tar",
    "bz2", "xz", "zst",
];

/// The most objects one sample holds (empty objects cost nothing of the budget).
pub const MAX_OBJECTS: usize = 100_000;

/// The rank of objects whose last read failed.
const RETRY: u8 = 3;

/// How much an object's type says it holds data: lower is read first.
fn class(key: &str) -> u8 {
    let name = key.rsplit('/').next().unwrap_or(key).to_ascii_lowercase();
    let extension = name.rsplit_once('.').map_or("", |(_, ext)| ext);
    if DATA.contains(&extension) || name.starts_with(".env") {
        0
    } else if DOCUMENTS.contains(&extension) {
        1
    } else {
        2
    }
}

struct Ranked {
    class: u8,
    hash: u64,
    object: ObjectInfo,
}

impl Ranked {
    fn rank(&self) -> (u8, u64, &str) {
        (self.class, self.hash, &self.object.key)
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.rank() == other.rank()
    }
}
impl Eq for Ranked {}
impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank().cmp(&other.rank())
    }
}

/// The sample being chosen.
pub struct Sample {
    budget: u64,
    /// The best-ranked objects offered so far; the worst on top.
    heap: BinaryHeap<Ranked>,
    bytes: u64,
}

impl Sample {
    pub fn new(budget: u64) -> Sample {
        Sample {
            budget,
            heap: BinaryHeap::new(),
            bytes: 0,
        }
    }

    /// Offers an object not yet analysed; `retry` when its last read failed.
    pub fn offer(&mut self, object: ObjectInfo, retry: bool) {
        let digest = Sha256::digest(object.key.as_bytes());
        let hash = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
        self.bytes += object.size;
        self.heap.push(Ranked {
            class: if retry { RETRY } else { class(&object.key) },
            hash,
            object,
        });
        // The worst-ranked object is not needed once the others reach the budget.
        while let Some(worst) = self.heap.peek() {
            if self.bytes - worst.object.size >= self.budget || self.heap.len() > MAX_OBJECTS {
                self.bytes -= worst.object.size;
                self.heap.pop();
            } else {
                break;
            }
        }
    }

    /// The sample, best-ranked first.
    pub fn into_objects(self) -> Vec<ObjectInfo> {
        self.heap
            .into_sorted_vec()
            .into_iter()
            .map(|r| r.object)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(key: &str, size: u64) -> ObjectInfo {
        ObjectInfo {
            bucket: "b".into(),
            key: key.into(),
            size,
            etag: None,
            version_id: None,
            last_modified: None,
            storage_class: None,
            inventoried: false,
        }
    }

    #[test]
    fn the_sample_passes_the_budget_by_less_than_one_object_and_prefers_data() {
        let mut sample = Sample::new(1000);
        for i in 0..100 {
            sample.offer(object(&format!("img/{i}.png"), 90), false);
            sample.offer(object(&format!("data/{i}.csv"), 70), false);
        }
        let chosen = sample.into_objects();
        let bytes: u64 = chosen.iter().map(|o| o.size).sum();
        assert!((1000..1000 + 70).contains(&bytes), "{bytes}");
        assert!(chosen.iter().all(|o| o.key.ends_with(".csv")));
        // Deterministic, whatever the order offered.
        let mut again = Sample::new(1000);
        for i in (0..100).rev() {
            again.offer(object(&format!("data/{i}.csv"), 70), false);
            again.offer(object(&format!("img/{i}.png"), 90), false);
        }
        assert_eq!(again.into_objects(), chosen);
    }

    #[test]
    fn everything_is_taken_when_it_fits() {
        let mut sample = Sample::new(1 << 20);
        for i in 0..10 {
            sample.offer(object(&format!("{i}.bin"), 10), false);
        }
        assert_eq!(sample.into_objects().len(), 10);
    }

    #[test]
    fn failed_objects_come_last_and_empty_objects_are_bounded() {
        let mut sample = Sample::new(100);
        sample.offer(object("failed.csv", 10), true);
        sample.offer(object("photo.png", 10), false);
        let chosen = sample.into_objects();
        assert_eq!(chosen[0].key, "photo.png");
        let mut empty = Sample::new(100);
        for i in 0..MAX_OBJECTS + 10 {
            empty.offer(object(&format!("{i}/"), 0), false);
        }
        assert_eq!(empty.into_objects().len(), MAX_OBJECTS);
    }

    #[test]
    fn types_rank_data_then_documents_then_the_rest() {
        assert_eq!(class("a/b/users.CSV"), 0);
        assert_eq!(class("x/.env.production"), 0);
        assert_eq!(class("reports/q3.pdf"), 1);
        assert_eq!(class("backup.tar.gz"), 1);
        assert_eq!(class("photo.jpeg"), 2);
        assert_eq!(class("Makefile"), 2);
    }
}
