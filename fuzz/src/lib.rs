//! Fuzz targets for everything trawl reads — the streaming session in any chunking, CSV and
//! JSON structure tracking, each container and document reader, `trawl.toml`, baselines, the
//! staged-diff parser, S3 Inventory CSV rows and `--items` lists — and a runner that mutates seed inputs for a time budget.
//!
//! Why not `cargo fuzz` or AFL++: the toolchain here is stable Rust with no nightly, so
//! libFuzzer's sanitizer coverage is out; AFL++ through the `afl` crate works on stable but its
//! instrumented build of the whole scanner takes longer than CI's fuzz budget (3 minutes, build
//! included). These targets are plain functions, run by a mutational loop without coverage
//! feedback (`mutate`), with a cheap substitute for it: an input whose outcome (status, reason,
//! number of findings) was not seen before joins the pool that later inputs are mutated from.
//!
//! Each target checks properties, not only "no panic": memory bounded per input (`alloc`), no
//! hang (a time limit per input, enforced by the runner's watchdog), exactly one object record
//! per input, the same findings in any chunking, and no 8-byte piece of the planted secret in
//! any record or error message.

pub mod alloc;
pub mod mutate;
pub mod rng;
pub mod run;
mod targets;

pub use targets::{Target, TARGETS};

/// The secret planted in the seeds (a GitHub token with a valid checksum, and no English word
/// in it that a decoder's own message could contain): no error message, record message or
/// redacted value may show 8 bytes of it in a row. (Names — paths, archive members — are shown
/// as they are, as file names are.)
pub const PLANTED: &[u8] = b"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";

/// The first 8-byte piece of the planted secret found in `text`, if any.
pub fn leaked_piece(text: &[u8]) -> Option<&'static [u8]> {
    PLANTED
        .windows(8)
        .find(|piece| text.windows(8).any(|w| w == *piece))
}
