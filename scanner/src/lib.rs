//! trawl-scanner: the streaming engine that finds sensitive data.
//!
//! Build a [`Scanner`] once from identifiers (the built-ins by default), then scan byte slices,
//! readers or files with it from any number of threads. Every input goes through a streaming
//! [`Session`]: content arrives in chunks, memory stays bounded by the chunk size, and a value
//! that spans two chunks is found exactly once.
//!
//! ```
//! use trawl_scanner::Scanner;
//!
//! let scanner = Scanner::builder().build()?;
//! let outcome = scanner.scan_bytes(b"AWS_ACCESS_KEY_ID=AKIAQYLPMN5HHHFPZAM2\n");
//! for finding in &outcome.findings {
//!     println!("{}:{} {} {}", finding.line, finding.column, finding.id(), finding.redacted);
//! }
//! assert_eq!(outcome.counts["AWS_ACCESS_KEY_ID"], 1);
//! # Ok::<(), trawl_scanner::BuildError>(())
//! ```
//!
//! # How a scan works
//! 1. **Candidates**: one Aho-Corasick automaton finds the literal anchors of every identifier
//!    (`AKIA`, `ghp_`, `-----BEGIN `, ...); identifiers without anchors share one
//!    multi-pattern regex pass.
//! 2. **Confirm**: around each candidate, only that identifier's regex runs, in a window of
//!    its maximum match length; then its validators, ignore words, keywords, and the example
//!    and placeholder check.
//! 3. **Settle**: where values of two identifiers overlap, the one with the longer whole match
//!    (the more specific) is kept; `severity_levels` thresholds are applied per object.

#![warn(missing_docs)]

mod anchor_context;
mod byte_masks;
mod compile;
mod digits;
pub mod examples;
pub mod files;
mod finding;
pub mod fingerprint;
#[cfg(feature = "formats")]
mod formats;
pub mod git;
mod hir_bytes;
mod keywords;
mod limits;
mod redact;
#[cfg(feature = "s3")]
pub mod s3;
mod session;
#[cfg(unix)]
mod split;
mod structure;
mod value_bounds;

pub use compile::{BuildError, Scanner, ScannerBuilder, DEFAULT_CHUNK_SIZE};
pub use finding::{Finding, FindingRecord, IdentifierMeta, Location, ObjectRecord, Reason, Status};
pub use fingerprint::Fingerprinter;
pub use limits::Limits;
pub use session::{Outcome, Session};
pub use trawl_identifiers as identifiers;
pub use trawl_identifiers::{Category, Confidence, Identifier, Severity};

// A compiled scanner is shared across threads (and `Arc`s): keep it so.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Scanner>();
};

/// Exit codes shared by every front end.
pub mod exit {
    /// Complete, nothing found.
    pub const CLEAN: i32 = 0;
    /// Findings reported.
    pub const FINDINGS: i32 = 1;
    /// Usage or fatal error.
    pub const ERROR: i32 = 2;
    /// Nothing found, but some inputs were SKIPPED or PARTIAL.
    pub const INCOMPLETE: i32 = 3;
}
