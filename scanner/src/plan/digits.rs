//! Candidates by digit group: the numeric identifiers (cards, phones, dates, IBANs), tried at
//! groups of digits, and the keyword gate of those that need a keyword nearby.

use super::Identifier;
use crate::keywords::Keywords;
use crate::scanner::BuildError;

/// An identifier tried at digit groups (see `IdentifierSpec::min_digits`).
pub(crate) struct DigitTarget {
    pub(crate) slot: u32,
    pub(crate) min_digits: usize,
    pub(crate) after_uppercase: bool,
    /// Only groups right after an upper-case letter.
    pub(crate) only_after_uppercase: bool,
    /// For a keyword-required identifier: its index in [`KeywordGate::reach`], so a group
    /// with no keyword of its identifier within reach is never a candidate.
    pub(crate) gate: Option<usize>,
}

impl DigitTarget {
    /// Whether a group of `digits` digits, after a capital or not, is a candidate.
    pub(crate) fn takes(&self, digits: usize, after_uppercase: bool) -> bool {
        digits >= self.min_digits
            && (!after_uppercase || self.after_uppercase)
            && (after_uppercase || !self.only_after_uppercase)
    }
}

/// One search for the keywords of every keyword-required digit identifier, per round: in
/// number-dense text (logs, tables) most digit groups have no such keyword near them, and
/// this spares each of them a candidate, a sort and a confirmation. Exact: a group passes
/// when its identifier's own keyword check could pass.
pub(crate) struct KeywordGate {
    pub(crate) keywords: Keywords,
    /// Per keyword pattern: the gated identifier it belongs to (index into `reach`).
    pub(crate) owner: Vec<usize>,
    /// Per gated identifier: how far before a group's start its keyword may end (look-behind,
    /// match distance and keyword length), and how far after (its longest match).
    pub(crate) reach: Vec<(u64, u64)>,
    /// Per identifier slot: its index in `reach`, if gated.
    pub(crate) of_slot: Vec<Option<usize>>,
    /// The largest reach before and after of any gated identifier, and the longest keyword.
    pub(crate) max_before: u64,
    pub(crate) max_after: u64,
    pub(crate) max_keyword_len: usize,
}

/// Collects the digit-group identifiers and the keywords of the keyword-required ones.
#[derive(Default)]
pub(super) struct DigitPlan {
    targets: Vec<DigitTarget>,
    gate_keywords: Vec<String>,
    gate_owner: Vec<usize>,
    gate_reach: Vec<(u64, u64)>,
}

/// What the session's digit-group finder reads (see `Inner`).
pub(super) struct DigitSearch {
    pub(super) targets: Vec<DigitTarget>,
    pub(super) keyword_gate: Option<KeywordGate>,
    pub(super) min_digits_any: usize,
    pub(super) min_digits_after_uppercase: usize,
    pub(super) max_min_digits: usize,
    pub(super) min_digits_gated: Option<usize>,
}

impl DigitPlan {
    /// Identifier `slot`, whose candidates are groups of at least `min_digits` digits;
    /// `keywords` are its keyword spellings, `keyword_reach` how far before a group one may end.
    pub(super) fn add(
        &mut self,
        slot: u32,
        def: &Identifier,
        min_digits: usize,
        keywords: &[String],
        keyword_reach: usize,
    ) {
        let mut target = DigitTarget {
            slot,
            min_digits,
            after_uppercase: def.digits_after_uppercase,
            only_after_uppercase: def.digits_only_after_uppercase,
            gate: None,
        };
        if def.keyword_required && !keywords.is_empty() {
            target.gate = Some(self.gate_reach.len());
            self.gate_owner
                .extend(keywords.iter().map(|_| self.gate_reach.len()));
            self.gate_keywords.extend(keywords.iter().cloned());
            self.gate_reach
                .push((keyword_reach as u64, def.max_match_len as u64));
        }
        self.targets.push(target);
    }

    /// `identifiers`: how many identifiers the scanner has (the gate's per-slot table).
    pub(super) fn build(self, identifiers: usize) -> Result<DigitSearch, BuildError> {
        let DigitPlan {
            targets: digit_targets,
            gate_keywords,
            gate_owner,
            gate_reach,
        } = self;
        let digit_counts = digit_targets.iter().map(|t: &DigitTarget| t.min_digits);
        let max_min_digits = digit_counts.max().unwrap_or(0);
        // No target means no group is wanted: `usize::MAX` digits are never reached.
        let min_digits_of = |takes: fn(&DigitTarget) -> bool| {
            let takers = digit_targets.iter().filter(|t| takes(t));
            takers.map(|t| t.min_digits).min().unwrap_or(usize::MAX)
        };
        let min_digits_any = min_digits_of(|t| !t.only_after_uppercase);
        let min_digits_after_uppercase = min_digits_of(|t| t.after_uppercase);
        let min_digits_gated = digit_targets
            .iter()
            .filter(|t| t.gate.is_some())
            .map(|t| t.min_digits)
            .min();
        let keyword_gate = if gate_keywords.is_empty() {
            None
        } else {
            Some(KeywordGate {
                max_before: gate_reach
                    .iter()
                    .map(|r: &(u64, u64)| r.0)
                    .max()
                    .unwrap_or(0),
                max_after: gate_reach.iter().map(|r| r.1).max().unwrap_or(0),
                max_keyword_len: gate_keywords.iter().map(String::len).max().unwrap_or(0),
                keywords: Keywords::new(gate_keywords),
                owner: gate_owner,
                reach: gate_reach,
                of_slot: {
                    let mut of_slot = vec![None; identifiers];
                    for target in &digit_targets {
                        of_slot[target.slot as usize] = target.gate;
                    }
                    of_slot
                },
            })
        };
        Ok(DigitSearch {
            targets: digit_targets,
            keyword_gate,
            min_digits_any,
            min_digits_after_uppercase,
            max_min_digits,
            min_digits_gated,
        })
    }
}
