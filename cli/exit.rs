//! The exit codes of every `trawl` command (the README's table).

/// Complete, nothing found.
pub const CLEAN: i32 = 0;
/// Findings reported.
pub const FINDINGS: i32 = 1;
/// Usage or fatal error.
pub const ERROR: i32 = 2;
/// Nothing found, but some inputs were SKIPPED or PARTIAL.
pub const INCOMPLETE: i32 = 3;
