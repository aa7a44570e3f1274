//! Candidates: where a round may hold a value. One Aho-Corasick pass over the literal anchors
//! of every identifier, the digit groups of the numeric ones (with the keyword gate of those
//! that need a keyword nearby), and the anchorless identifiers' shared pass; all merged into
//! one list sorted by position.

use super::*;

impl Session {
    /// Candidate starts in `[scanned_to, limit)`, sorted by position.
    pub(super) fn collect_candidates(&mut self, inner: &Inner, limit: u64) {
        if let Some(gate) = &inner.keyword_gate {
            self.gate.start_round(gate);
        }
        let hay = &self.buf[..self.filled];
        let from = (self.scanned_to - self.base) as usize;
        let to = (limit - self.base) as usize;
        if let Some(automaton) = &inner.anchors {
            // Only anchors starting before `to` are candidates of this round; they may end past
            // it, so the span reaches `max_anchor_len - 1` bytes further.
            let span_end = (to + inner.max_anchor_len.saturating_sub(1)).min(hay.len());
            let ac = automaton.for_search(span_end.saturating_sub(from), &inner.anchor_patterns);
            let input = AcInput::new(hay).span(from..span_end);
            for m in ac.find_iter(input) {
                let mut push = |at: usize, pattern: usize| {
                    if at < to {
                        let len = inner.anchor_patterns[pattern].len();
                        let targets = &inner.anchor_targets[pattern];
                        push_anchor_hit(&mut self.candidates, hay, self.base, at, len, targets);
                    }
                };
                push(m.start(), m.pattern().as_usize());
                // Anchors starting inside this match were stepped over: check them here.
                for &(offset, other) in &inner.anchor_extras[m.pattern().as_usize()] {
                    let at = m.start() + offset;
                    if hay[at..].starts_with(&inner.anchor_patterns[other]) {
                        push(at, other);
                    }
                }
            }
        }
        let after_anchors = self.candidates.len();
        if let [(byte, targets)] = inner.byte_anchors.as_slice() {
            // One byte (`@` of the built-ins): memchr compares once per byte where memchr3
            // compares three times.
            for p in memchr::memchr_iter(*byte, &hay[from..to]) {
                push_anchor_hit(&mut self.candidates, hay, self.base, from + p, 1, targets);
            }
        } else if !inner.byte_anchors.is_empty() {
            // At most three bytes (see `compile`); repeating the last fills the memchr3 set.
            let byte = |i: usize| inner.byte_anchors[i.min(inner.byte_anchors.len() - 1)].0;
            let region = &hay[from..to];
            for p in memchr::memchr3_iter(byte(0), byte(1), byte(2), region) {
                for (b, targets) in &inner.byte_anchors {
                    if *b == region[p] {
                        let candidates = &mut self.candidates;
                        push_anchor_hit(candidates, hay, self.base, from + p, 1, targets);
                    }
                }
            }
        }
        let after_bytes = self.candidates.len();
        if let Some(anchorless) = &inner.anchorless {
            // Anchorless candidates are match *ends* in (from, to]: the search starts far enough
            // back to see any match ending in this round, and one ending exactly at `from` was
            // the previous round's. Bytes past `to` stay visible to `\b` and other assertions.
            let max_len = inner.max_anchorless_len;
            let start = from.saturating_sub(max_len);
            let cache = self
                .anchorless_cache
                .get_or_insert_with(|| anchorless.all.create_cache());
            for m in anchorless
                .leftmost
                .find_iter(Input::new(hay).range(start..to))
            {
                // No pattern matches before `m.start()` (leftmost), so every match this one could
                // hide starts inside it: list all matches anchored at each of its bytes (this one
                // included). Anchored searches die within a few bytes where nothing matches.
                for at in m.start()..m.end() {
                    let input = Input::new(hay)
                        .range(at..(at + max_len).min(to))
                        .anchored(Anchored::Yes);
                    let mut state = OverlappingState::start();
                    while anchorless
                        .all
                        .try_search_overlapping_fwd(cache, &input, &mut state)
                        .is_ok()
                    {
                        let Some(half) = state.get_match() else { break };
                        if half.offset() > from {
                            let slot = inner.anchorless_targets[half.pattern().as_usize()];
                            self.candidates
                                .push((self.base + half.offset() as u64, slot));
                        }
                    }
                }
            }
        }
        let after_anchorless = self.candidates.len();
        if !inner.column_slots.is_empty() {
            self.collect_column_candidates(inner, to);
        }
        let after_columns = self.candidates.len();
        if !inner.digit_targets.is_empty() {
            self.collect_digit_candidates(inner, from, to);
        }
        // Each source yields its candidates (nearly) in order; merging the runs is linear
        // where one sort of them all was a good part of a dense round.
        let runs = [
            0,
            after_anchors,
            after_bytes,
            after_anchorless,
            after_columns,
            self.candidates.len(),
        ];
        merge_runs(&mut self.candidates, &mut self.merge_scratch, &runs);
        self.candidates.dedup();
    }

    /// Candidates of the numeric identifiers: the digit groups starting in `from..to` (relative
    /// to the buffer), in order of position.
    ///
    /// In plain text a keyword-required identifier's group with no keyword of its own within
    /// reach would fail its keyword check, so it never becomes a candidate: source code has a
    /// 3- or 4-digit number every few lines, and each was a candidate of four such
    /// identifiers, merged and confirmed only to be dropped. (In CSV and JSON the field name
    /// may stand for the keyword: there `confirm` asks.) The keywords are searched once for
    /// the whole round in number-dense text, else only around the groups.
    pub(super) fn collect_digit_candidates(&mut self, inner: &Inner, from: usize, to: usize) {
        let hay = &self.buf[..self.filled];
        let groups = &mut self.digit_groups;
        groups.clear();
        let gated_min = inner.min_digits_gated;
        let mut gated = 0usize;
        let (min, min_upper) = (inner.min_digits_any, inner.min_digits_after_uppercase);
        digit_groups(
            hay,
            from,
            to,
            min,
            min_upper,
            inner.max_min_digits,
            |group| {
                gated += usize::from(gated_min.is_some_and(|m| group.digits >= m));
                groups.push(group);
            },
        );
        if let Some(gate) = inner.keyword_gate.as_ref() {
            if gated > 0 && gated * GATE_BYTES_PER_GROUP >= to - from {
                let back = from.saturating_sub(gate.max_before as usize);
                self.gate.search(hay, self.base, gate, back, hay.len());
            }
        }
        let gate = inner.keyword_gate.as_ref();
        let structured = self.structure.is_some();
        for group in &self.digit_groups {
            let at = self.base + group.start as u64;
            let mut field_gated = false;
            // Most groups have no gated identifier's keyword near: one look for them all.
            let any_near =
                gate.is_some_and(|gate| self.gate.any_keyword_near(hay, self.base, gate, at));
            if !any_near {
                // No gated identifier can pass: only the targets that need no keyword are
                // asked, and in CSV and JSON whether some gated one would take the group (a
                // catalogue of national ids has a hundred gated targets, and an export a
                // million groups).
                for &i in &inner.ungated_digit_targets {
                    let target = &inner.digit_targets[i];
                    if target.takes(group.digits, group.after_uppercase) {
                        self.candidates.push((at, target.slot));
                    }
                }
                let gated_min = inner.gated_min_digits[usize::from(group.after_uppercase)];
                if structured && group.digits >= gated_min {
                    let group = FieldGated::encode(group.digits, group.after_uppercase);
                    self.candidates.push((at, group));
                }
                continue;
            }
            for target in &inner.digit_targets {
                if !target.takes(group.digits, group.after_uppercase) {
                    continue;
                }
                let pass = match (gate, target.gate) {
                    (Some(gate), Some(g)) => {
                        any_near && self.gate.keyword_near(hay, self.base, gate, g, at)
                    }
                    _ => true,
                };
                if pass {
                    self.candidates.push((at, target.slot));
                } else if structured {
                    field_gated = true;
                }
            }
            // In CSV and JSON the field's name may stand for the keyword: one candidate for
            // the group asks it for every gated identifier at once (see `FieldGated`).
            if field_gated {
                let group = FieldGated::encode(group.digits, group.after_uppercase);
                self.candidates.push((at, group));
            }
        }
        // `confirm` walks the same hits again from the start.
        self.gate.rewind();
    }
}

/// A digit group in CSV or JSON with no keyword of some gated identifiers near it: a
/// candidate whose slot, past every identifier's, carries the group's digit count and whether
/// it follows a capital. Confirmed in order with the others, it asks the field's name once for
/// those identifiers: one candidate per group where there was one per gated identifier (in an
/// export every number was a candidate of each national id, then dropped by its field check).
pub(super) struct FieldGated;

impl FieldGated {
    /// Slots from here on are field-gated groups.
    const BASE: u32 = 1 << 31;

    fn encode(digits: usize, after_uppercase: bool) -> u32 {
        Self::BASE | (digits.min(1 << 20) as u32) << 1 | u32::from(after_uppercase)
    }

    /// The group's digit count and whether it follows a capital, if `slot` is one.
    pub(super) fn decode(slot: u32) -> Option<(usize, bool)> {
        (slot >= Self::BASE).then_some((((slot & !Self::BASE) >> 1) as usize, slot & 1 == 1))
    }
}

/// A CSV cell that starts in a column some identifiers read with their `column_value`, as a
/// candidate: one per identifier, confirmed by `Session::confirm_column`.
pub(super) struct ColumnCell;

impl ColumnCell {
    /// Below [`FieldGated::BASE`]: slots with this bit are column cells.
    const FLAG: u32 = 1 << 30;

    fn encode(slot: u32) -> u32 {
        Self::FLAG | slot
    }

    /// The identifier's slot, if `slot` is a column cell.
    pub(super) fn decode(slot: u32) -> Option<usize> {
        (slot < FieldGated::BASE && slot & Self::FLAG != 0).then_some((slot & !Self::FLAG) as usize)
    }
}

/// Which CSV columns identifiers read with their `column_value`, once the header is known.
pub(super) enum ColumnWatch {
    /// Not a delimited file with a header, or its header not read yet.
    Unknown,
    /// No column is named for any of them: nothing more to do in this content.
    Nothing,
    /// Per column, the slots that read its cells.
    Columns(Vec<Vec<u32>>),
}

impl Session {
    /// Candidates of the identifiers with a `column_value`: in a CSV whose header names a
    /// column for one of them, each cell of that column, up to `to` (relative to the buffer).
    /// The cells are told by a copy of the structure tracker stepped from delimiter to
    /// delimiter; a file with no such column is left alone once its header is read.
    fn collect_column_candidates(&mut self, inner: &Inner, to: usize) {
        if matches!(self.column_watch, ColumnWatch::Nothing) {
            return;
        }
        let Some(tracker) = &self.structure else {
            return;
        };
        let Some(delimiter) = tracker.delimiter() else {
            self.column_watch = ColumnWatch::Nothing;
            return;
        };
        let mut cells = tracker.clone();
        let hay = &self.buf[..self.filled];
        let mut at = (cells.offset() - self.base) as usize;
        while at < to {
            if matches!(self.column_watch, ColumnWatch::Unknown) {
                if let Some(names) = cells.header_names() {
                    self.column_watch = watch_columns(inner, names);
                }
            }
            match &self.column_watch {
                ColumnWatch::Nothing => return,
                ColumnWatch::Columns(columns) => {
                    let slots = cells.cell_start_column().and_then(|c| columns.get(c));
                    for &slot in slots.into_iter().flatten() {
                        let cell = (self.base + at as u64, ColumnCell::encode(slot));
                        self.candidates.push(cell);
                    }
                }
                ColumnWatch::Unknown => {}
            }
            let next =
                memchr::memchr3(delimiter, b'"', b'\n', &hay[at..to]).map_or(to, |p| at + p + 1);
            cells.consume(&hay[at..next]);
            at = next;
        }
    }
}

/// For each header name, the identifiers that name it in their `column_names`: the whole
/// name, split into words as field names are for keywords (`swiftCode`, `SWIFT_CODE` and
/// `swift-code` are `swift code`), ASCII case-insensitively.
fn watch_columns<'a>(inner: &Inner, names: impl Iterator<Item = &'a [u8]>) -> ColumnWatch {
    let mut columns: Vec<Vec<u32>> = Vec::new();
    for (column, name) in names.enumerate() {
        let mut buffer = [0u8; confirm::FIELD_WORDS_LEN];
        let words = confirm::field_words(name, None, &mut buffer);
        for &slot in &inner.column_slots {
            let Some(names) = &inner.identifiers[slot as usize].column_names else {
                continue;
            };
            let whole = |_, start, end| !(start == 0 && end == words.len());
            if !names.find_words(words, 0, words.len(), whole) {
                if columns.len() <= column {
                    columns.resize_with(column + 1, Vec::new);
                }
                columns[column].push(slot);
            }
        }
    }
    if columns.is_empty() {
        ColumnWatch::Nothing
    } else {
        ColumnWatch::Columns(columns)
    }
}

/// Sorts `items`, made of consecutive runs (`runs` holds their bounds, ascending), each
/// sorted first if it is not already, then merged pairwise through `scratch`.
fn merge_runs<T: Ord + Copy>(items: &mut [T], scratch: &mut Vec<T>, runs: &[usize]) {
    let mut bounds: Vec<(usize, usize)> = runs
        .windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|(a, b)| b > a)
        .collect();
    for &(a, b) in &bounds {
        if !items[a..b].is_sorted() {
            items[a..b].sort_unstable();
        }
    }
    while bounds.len() > 1 {
        // Merge the first two runs into one, in place via the scratch buffer.
        let (a, mid) = bounds[0];
        let (_, b) = bounds[1];
        scratch.clear();
        let (mut i, mut j) = (a, mid);
        while i < mid && j < b {
            if items[j] < items[i] {
                scratch.push(items[j]);
                j += 1;
            } else {
                scratch.push(items[i]);
                i += 1;
            }
        }
        scratch.extend_from_slice(&items[i..mid]);
        scratch.extend_from_slice(&items[j..b]);
        items[a..b].copy_from_slice(scratch);
        bounds.splice(0..2, [(a, b)]);
    }
}

/// The candidates of an anchor hit `len` bytes long at `hay[at..]` (the buffer starting at
/// absolute `base`): each identifier of the anchor whose regex allows the bytes around it.
fn push_anchor_hit(
    candidates: &mut Vec<(u64, u32)>,
    hay: &[u8],
    base: u64,
    at: usize,
    len: usize,
    targets: &[AnchorTarget],
) {
    for target in targets {
        if target.context.allows(hay, at, len) {
            candidates.push((base + at as u64, target.slot));
        }
    }
}

/// One round's search for the keywords of the gated identifiers (see `KeywordGate`): the
/// round-wide search in number-dense text, or the searches around digit groups.
#[derive(Default)]
pub(super) struct GateSearch {
    /// Per gated identifier: ends of its keywords found this round, ascending, and the first
    /// one not yet behind the digit groups.
    hits: Vec<Vec<u64>>,
    cursors: Vec<usize>,
    /// The ends of every gated identifier's keywords together, ascending, and its cursor: most
    /// digit groups have no keyword of any of them near, which one look tells.
    any_hits: Vec<u64>,
    any_cursor: usize,
    /// How far (absolute) this round's search has gone.
    searched_to: Option<u64>,
}

impl GateSearch {
    fn start_round(&mut self, gate: &KeywordGate) {
        self.hits.resize_with(gate.reach.len(), Vec::new);
        self.hits.iter_mut().for_each(Vec::clear);
        self.cursors.clear();
        self.cursors.resize(gate.reach.len(), 0);
        self.any_hits.clear();
        self.any_cursor = 0;
        self.searched_to = None;
    }

    /// Moves every identifier's cursor back to the round's first keyword.
    fn rewind(&mut self) {
        self.cursors.iter_mut().for_each(|c| *c = 0);
        self.any_cursor = 0;
    }

    /// Whether any gated identifier may have a keyword within reach of a candidate at `at`
    /// (within the largest reach of them all), searching first as [`Self::keyword_near`] does.
    pub(super) fn any_keyword_near(
        &mut self,
        hay: &[u8],
        base: u64,
        gate: &KeywordGate,
        at: u64,
    ) -> bool {
        self.search_around(hay, base, gate, at);
        keyword_in_reach(
            &self.any_hits,
            &mut self.any_cursor,
            (gate.max_before, gate.max_after),
            at,
        )
    }

    fn search_around(&mut self, hay: &[u8], base: u64, gate: &KeywordGate, at: u64) {
        let lo = at.saturating_sub(gate.max_before).max(base);
        let hi = (at + gate.max_after).min(base + hay.len() as u64);
        if self.searched_to.is_none_or(|t| t < hi) {
            self.search(hay, base, gate, (lo - base) as usize, (hi - base) as usize);
        }
    }

    /// Whether gated identifier `g` has a keyword of its own within reach of a candidate at
    /// `at`, searching the keywords around the candidate first where this round's search has
    /// not reached yet. `hay` is the round's buffer, starting at absolute `base`.
    pub(super) fn keyword_near(
        &mut self,
        hay: &[u8],
        base: u64,
        gate: &KeywordGate,
        g: usize,
        at: u64,
    ) -> bool {
        self.search_around(hay, base, gate, at);
        keyword_in_reach(&self.hits[g], &mut self.cursors[g], gate.reach[g], at)
    }

    /// Finds the keywords in `hay[from..to]` past those found already this round.
    fn search(&mut self, hay: &[u8], base: u64, gate: &KeywordGate, from: usize, to: usize) {
        let seen = self.searched_to;
        // A keyword ending past the last search's end may start before it.
        let from = match seen {
            Some(t) if t > base + from as u64 => ((t - base) as usize)
                .saturating_sub(gate.max_keyword_len)
                .max(from),
            _ => from,
        };
        if to > from {
            gate.keywords.find_words(hay, from, to, |pattern, _, end| {
                let end = base + end as u64;
                if seen.is_none_or(|t| end > t) {
                    // Found in no particular order: kept ascending for `keyword_in_reach`.
                    insert_ascending(&mut self.hits[gate.owner[pattern]], end);
                    insert_ascending(&mut self.any_hits, end);
                }
                true
            });
        }
        let to = base + to as u64;
        self.searched_to = Some(seen.map_or(to, |t| t.max(to)));
    }
}

fn insert_ascending(hits: &mut Vec<u64>, end: u64) {
    match hits.last() {
        Some(&last) if last > end => hits.insert(hits.partition_point(|&e| e <= end), end),
        _ => hits.push(end),
    }
}

/// Whether a gated identifier has a keyword of its own within `reach` (before, after) of a
/// candidate at `at`. Candidates come in order of position, so `cursor` only moves forward
/// past keywords too far behind.
fn keyword_in_reach(hits: &[u64], cursor: &mut usize, reach: (u64, u64), at: u64) -> bool {
    let (before, after) = reach;
    while *cursor < hits.len() && hits[*cursor] + before < at {
        *cursor += 1;
    }
    *cursor < hits.len() && hits[*cursor] <= at + after
}

#[cfg(test)]
mod tests {
    use super::merge_runs;

    #[test]
    fn runs_merge_into_one_sorted_list() {
        let mut items = vec![
            (5, 0),
            (1, 2),
            (9, 1),
            (2, 0),
            (2, 1),
            (7, 3),
            (0, 0),
            (8, 8),
        ];
        let mut scratch = Vec::new();
        // Runs: [5, 1, 9] (unsorted), [] , [2, 2, 7], [0, 8].
        merge_runs(&mut items, &mut scratch, &[0, 3, 3, 6, 8]);
        let mut expected = items.clone();
        expected.sort_unstable();
        assert_eq!(items, expected);
        assert_eq!(items[0], (0, 0));
        let mut one = vec![(3u64, 1u32), (1, 1)];
        merge_runs(&mut one, &mut scratch, &[0, 2]);
        assert_eq!(one, vec![(1, 1), (3, 1)]);
    }
}
