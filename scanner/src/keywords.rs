//! Keyword search: the words near a candidate that make it (or a column of them) what it
//! looks like (`cvv`, `date of birth`).

use crate::compile::BuildError;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Keywords (ASCII case-insensitive), searched with a full DFA once there is enough text.
///
/// Keyword searches run over the text around many candidates, byte by byte (overlapping, so
/// no SIMD prefilter): a full DFA takes one table look-up per byte, where an NFA for this
/// many patterns also follows failure links. But building the DFAs of every built-in
/// identifier was a quarter of a scanner's build, paid before a pre-commit hook could read a
/// byte of its small diff. So the NFA, cheap to build (and checking the patterns when the
/// scanner is built), searches the first [`DFA_AFTER_BYTES`]; the DFA is built when a scan
/// has asked for more, and the NFA stands in should it not build.
pub(crate) struct Keywords {
    patterns: Vec<String>,
    nfa: AhoCorasick,
    dfa: OnceLock<Option<AhoCorasick>>,
    /// Bytes searched with the NFA so far, by every session of the scanner.
    searched: AtomicUsize,
}

/// Bytes of keyword search after which building the DFA (a few milliseconds for the largest
/// keyword sets) costs less than searching on with the NFA.
const DFA_AFTER_BYTES: usize = 16 << 10;

impl Keywords {
    pub(crate) fn new(patterns: Vec<String>) -> Result<Keywords, BuildError> {
        let nfa = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .map_err(|e| BuildError::Automaton(e.to_string()))?;
        Ok(Keywords {
            patterns,
            nfa,
            dfa: OnceLock::new(),
            searched: AtomicUsize::new(0),
        })
    }

    /// The automaton to search `len` bytes with.
    pub(crate) fn automaton(&self, len: usize) -> &AhoCorasick {
        if let Some(built) = self.dfa.get() {
            return built.as_ref().unwrap_or(&self.nfa);
        }
        if self.searched.fetch_add(len, Ordering::Relaxed) + len < DFA_AFTER_BYTES {
            return &self.nfa;
        }
        self.dfa
            .get_or_init(|| {
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&self.patterns)
                    .ok()
            })
            .as_ref()
            .unwrap_or(&self.nfa)
    }
}

/// A keyword counts only as a whole word: `dob` in `adobe` is not a keyword. (A keyword that
/// itself starts or ends with punctuation needs no boundary on that side.)
pub(crate) fn keyword_is_word(hay: &[u8], start: usize, end: usize) -> bool {
    let is_word = |b: u8| b.is_ascii_alphanumeric();
    let before_ok = start == 0 || !is_word(hay[start - 1]) || !is_word(hay[start]);
    let after_ok = end >= hay.len() || !is_word(hay[end]) || !is_word(hay[end - 1]);
    before_ok && after_ok
}

