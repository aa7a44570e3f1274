//! Limits on what containers may make trawl decompress (used with the `formats` feature).

/// Archive limits, as Macie's (all configurable).
///
/// ```
/// let strict = trawl_scanner::Limits { max_depth: 2, max_members: 1_000, ..Default::default() };
/// assert_eq!(strict.max_ratio, 1000);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Containers inside containers: a zip in a tar.gz is depth 3.
    pub max_depth: usize,
    /// Members per top-level object, all levels together.
    pub max_members: u64,
    /// Decompressed bytes of one member.
    pub max_member_size: u64,
    /// Decompressed bytes of one top-level object, all members together.
    pub max_extracted: u64,
    /// Decompressed bytes per compressed byte.
    pub max_ratio: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: 10,
            max_members: 100_000,
            max_member_size: 1 << 30,
            max_extracted: 20 << 30,
            max_ratio: 1000,
        }
    }
}
