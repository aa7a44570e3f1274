//! Checking every identifier's `examples` and `negative_examples` against a compiled scanner.
//!
//! An example passes when scanning it alone yields at least one finding of its identifier; a
//! negative example passes when it yields none. The scan uses every identifier of the scanner,
//! so overlap rules are part of what is checked.

use crate::Scanner;

/// One example that did not behave as its identifier says.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExampleFailure {
    /// The identifier's id.
    pub identifier: String,
    /// Where the identifier is defined (`file:line`).
    pub origin: String,
    /// True for a negative example that was reported, false for an example that was missed.
    pub negative: bool,
    /// The example, shortened to its first line and 80 characters.
    pub example: String,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = if self.negative {
            "negative example was reported"
        } else {
            "example was not found"
        };
        write!(
            f,
            "{}: identifier {}: {what}: {:?}",
            self.origin, self.identifier, self.example
        )
    }
}

/// Counts of what was checked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExampleTally {
    /// Examples checked (each must be found).
    pub examples: usize,
    /// Negative examples checked (none may be found).
    pub negative_examples: usize,
}

fn shorten(text: &str) -> String {
    let first = text.lines().next().unwrap_or("");
    let mut out: String = first.chars().take(80).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

/// Checks every example of every identifier in `scanner`.
///
/// ```
/// let scanner = trawl_scanner::Scanner::builder().build()?;
/// let (tally, failures) = trawl_scanner::examples::check_examples(&scanner);
/// assert!(tally.examples > 0 && failures.is_empty(), "{failures:?}");
/// # Ok::<(), trawl_scanner::BuildError>(())
/// ```
pub fn check_examples(scanner: &Scanner) -> (ExampleTally, Vec<ExampleFailure>) {
    let mut failures = Vec::new();
    let mut tally = ExampleTally::default();
    for def in scanner.identifiers() {
        for (texts, negative) in [(&def.examples, false), (&def.negative_examples, true)] {
            for text in texts {
                if negative {
                    tally.negative_examples += 1;
                } else {
                    tally.examples += 1;
                }
                let outcome = scanner.scan_bytes(text.as_bytes());
                let found = outcome.findings.iter().any(|f| f.id() == def.id);
                if found == negative {
                    failures.push(ExampleFailure {
                        identifier: def.id.clone(),
                        origin: def.origin.to_string(),
                        negative,
                        example: shorten(text),
                    });
                }
            }
        }
    }
    (tally, failures)
}
