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
//! The modules follow the pipeline, from an input down to the engine (dependencies point
//! this way only):
//!
//! - **Inputs**, one module each: [`files`] (directory walks), [`git`] (staged changes),
//!   `s3` (bucket sweeps, with the `s3` feature); standard input is a reader given to
//!   [`scan_object`].
//! - **Object layer** (`object`): one object from its first byte to its [`ObjectRecord`]; the
//!   [`Sink`] that receives results; binary sniffing; the one conversion of a scan's outcome
//!   (read errors, limits, early stops) into a record.
//! - **Formats** (`formats`, with the `formats` feature): gzip, tar and zip members and the
//!   text of docx, xlsx and PDF files, each ending in the text loop.
//! - **Text loop** (`text`): one session over a stream, or `split` blocks of a large local
//!   file on several threads with the same findings.
//! - **Engine**: a [`Session`] (`session`: the buffer and its rounds) runs four stages:
//!   1. **Candidates** (`session::candidates`): one Aho-Corasick automaton finds the literal
//!      anchors of every identifier (`AKIA`, `ghp_`, `-----BEGIN `, ...), a SIMD digit-group
//!      finder the numeric ones; identifiers without anchors share one multi-pattern regex
//!      pass.
//!   2. **Confirm** (`session::confirm`): around each candidate, only that identifier's regex
//!      runs, in a window of its maximum match length; then its validators, ignore words,
//!      keywords (in the text, or the CSV column / JSON key from `structure`), inline allows
//!      (`allow`), and the example and placeholder check.
//!   3. **Decode** (`session::decode`, finders and decoders in `decode`): base64 runs,
//!      escaped strings and percent-encoded URLs are decoded and scanned by a nested session;
//!      what it finds is placed on the encoded bytes.
//!   4. **Settle** (`session::settle`): where values of two identifiers overlap, the more
//!      severe one is kept, then the one with the longer whole match (the more specific);
//!      `severity_levels` thresholds are applied per object.
//! - **Build**: [`ScannerBuilder`] (`scanner`) selects identifiers; `plan` compiles them once
//!   into what the stages read, one builder per candidate strategy (`plan::anchors`,
//!   `plan::digits`, `plan::anchorless`).

#![warn(missing_docs)]

// Inputs.
pub mod baseline;
pub mod files;
pub mod git;
#[cfg(feature = "s3")]
pub mod s3;

// The object layer, formats and the text loop.
#[cfg(feature = "formats")]
mod formats;
mod limits;
mod object;
mod split;
mod text;
mod utf16;

// The engine: building, the session and its stages, and what they use.
mod allow;
mod anchor_context;
mod byte_masks;
mod decode;
mod digits;
pub mod examples;
mod finding;
pub mod fingerprint;
mod hir_bytes;
mod keywords;
mod plan;
mod region_words;
mod scanner;
mod session;
mod structure;
mod value_bounds;

pub use finding::{
    Detection, Finding, FindingRecord, IdentifierMeta, Location, ObjectRecord, Reason, Status,
};
pub use fingerprint::Fingerprinter;
pub use limits::Limits;
pub use object::{scan_object, ObjectOptions, ObjectReport, Sink, BINARY_SNIFF_BYTES};
pub use scanner::{BuildError, Scanner, ScannerBuilder, DEFAULT_CHUNK_SIZE};
pub use session::{Outcome, ReadFailure, Session};
pub use split::Split;
pub use trawl_identifiers as identifiers;
pub use trawl_identifiers::{Category, Confidence, Identifier, Severity};

// A compiled scanner is shared across threads (and `Arc`s): keep it so.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Scanner>();
};
