//! The exit codes of every `trawl` command (the README's table), and which one a run gets.
//!
//! Precedence, highest first: 2 (usage or fatal error) over 130 / 143 (interrupted by SIGINT /
//! SIGTERM) over 1 (findings) over 3 (incomplete) over 0. A closed output pipe is not an
//! error: the run exits with the code of what it had found by then.

/// Complete, nothing found.
pub const CLEAN: i32 = 0;
/// Findings reported.
pub const FINDINGS: i32 = 1;
/// Usage or fatal error.
pub const ERROR: i32 = 2;
/// Nothing found, but some inputs were SKIPPED or PARTIAL.
pub const INCOMPLETE: i32 = 3;

/// What a scan that ran to its end (or to an interrupt) came to.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunEnd {
    pub findings: bool,
    /// Some object was SKIPPED or PARTIAL (and `--allow-incomplete` was not given).
    pub incomplete: bool,
    /// The signal that interrupted the run.
    pub signal: Option<i32>,
}

impl RunEnd {
    /// The exit code, by the precedence above (a fatal error never gets here: it is 2).
    pub fn code(self) -> i32 {
        if let Some(signal) = self.signal {
            crate::interrupt::exit_code(signal)
        } else if self.findings {
            FINDINGS
        } else if self.incomplete {
            INCOMPLETE
        } else {
            CLEAN
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence() {
        let end = |findings, incomplete, signal| {
            RunEnd {
                findings,
                incomplete,
                signal,
            }
            .code()
        };
        assert_eq!(end(false, false, None), CLEAN);
        assert_eq!(end(false, true, None), INCOMPLETE);
        assert_eq!(end(true, true, None), FINDINGS);
        assert_eq!(end(true, true, Some(2)), 130);
        assert_eq!(end(false, false, Some(15)), 143);
    }
}
