//! Confirmation: around each candidate, only its identifier's regex, in a window of its
//! maximum match length; then its validators, ignore words, keywords (in the text or as the
//! CSV column / JSON key), inline allows, and the example and placeholder checks.

use super::*;
use crate::allow::inline_allow;
use crate::keywords::keyword_in_other_name;
use crate::plan::compact_example;
use crate::region_words::RegionWords;

impl Session {
    /// The first match of an anchored identifier that contains the anchor hit at `at`.
    pub(super) fn match_around(
        &self,
        compiled: &Compiled,
        cache: &mut meta::Cache,
        at: u64,
        window_start: u64,
        window_end: u64,
    ) -> Option<(u64, u64)> {
        let hay = &self.buf[..self.filled];
        let rel = |abs: u64| (abs - self.base) as usize;
        // Every match begins with an anchor (no look-behind): a match containing the hit
        // starts at it, so one anchored search decides. An unanchored one would go on through
        // the window for a later match only to discard it, which with frequent anchors (`token`,
        // `secret` in code) was most of the confirmation work.
        if window_start == at {
            let input = Input::new(hay)
                .range(rel(at)..rel(window_end))
                .anchored(Anchored::Yes);
            let m = compiled.regex().search_with(cache, &input)?;
            let me = self.base + m.end() as u64;
            return (me > at).then_some((at, me));
        }
        let mut search_from = window_start;
        loop {
            let input = Input::new(hay).range(rel(search_from)..rel(window_end));
            let m = compiled.regex().search_with(cache, &input)?;
            let (ms, me) = (self.base + m.start() as u64, self.base + m.end() as u64);
            if ms > at {
                return None;
            }
            if me > at {
                return Some((ms, me));
            }
            // The next match may begin with the byte this one ended with: a regex's one byte
            // of right context is the next value's left context (`a@mail.org b@mail.org`).
            search_from = (me - 1).max(ms + 1);
            if search_from >= window_end {
                return None;
            }
        }
    }

    /// The match of an anchorless identifier that ends at `end` (where the multi-pattern pass
    /// saw one), not overlapping the identifier's previous match, or `None` when `end` is not
    /// the end of a match the identifier's own search reports.
    ///
    /// The pass lists every end of every match ("all matches"), so `EMP-[0-9]{3,6}` on
    /// `EMP-123456` offers ends after `EMP-123`, `EMP-1234`, ... Only the span the identifier's
    /// regex finds on its own (leftmost-first, as for anchored identifiers and `find_iter`) is
    /// reported: the matches are walked from the previous one, and an end inside a longer
    /// match is left to that match's own end.
    pub(super) fn anchorless_match(
        &self,
        compiled: &Compiled,
        cache: &mut meta::Cache,
        end: u64,
        slot: usize,
    ) -> Option<(u64, u64)> {
        let hay = &self.buf[..self.filled];
        let rel = |abs: u64| (abs - self.base) as usize;
        let max_len = compiled.def.max_match_len as u64;
        let lowest = end
            .saturating_sub(max_len)
            .max(self.base)
            .max(self.last_match_end[slot]);
        // A match that contains `end` ends at most `max_len` bytes past its start.
        let window_end = (end + max_len).min(self.base + self.filled as u64);
        let mut search_from = lowest;
        while search_from < end {
            let input = Input::new(hay).range(rel(search_from)..rel(window_end));
            let m = compiled.regex().search_with(cache, &input)?;
            let (ms, me) = (self.base + m.start() as u64, self.base + m.end() as u64);
            if ms >= end || me > end {
                return None;
            }
            if me == end {
                return Some((ms, me));
            }
            // As in `match_around`: the byte a match ended with may start the next one.
            search_from = (me - 1).max(ms + 1);
        }
        None
    }

    /// A digit group in CSV or JSON that some gated identifiers' keywords are not near (see
    /// `FieldGated`): each of them whose keyword the field's name holds is confirmed there.
    pub(super) fn confirm_field_gated(
        &mut self,
        inner: &Inner,
        at: u64,
        digits: usize,
        after_uppercase: bool,
    ) {
        self.advance_structure(at);
        // In a CSV the answer is the same on every row of a column: remembered per column.
        let column = self
            .structure
            .as_ref()
            .and_then(Tracker::column)
            .filter(|&c| c < COLUMN_MEMO_LEN);
        let Some(column) = column else {
            // JSON (or a CSV past its memo): each identifier's own answer is remembered by name.
            for target in &inner.digit_targets {
                let slot = target.slot as usize;
                if target.gate.is_some()
                    && target.takes(digits, after_uppercase)
                    && field_keyword(
                        &self.structure,
                        &inner.identifiers[slot],
                        &mut self.field_memo[slot],
                    )
                {
                    self.confirm(inner, at, slot);
                }
            }
            return;
        };
        let targets = match self.field_gated.get_mut(column).and_then(Option::take) {
            Some(targets) => targets,
            None => {
                let mut targets = Vec::new();
                for (i, target) in inner.digit_targets.iter().enumerate() {
                    let slot = target.slot as usize;
                    let compiled = &inner.identifiers[slot];
                    if target.gate.is_some()
                        && field_keyword(&self.structure, compiled, &mut self.field_memo[slot])
                    {
                        targets.push(i as u32);
                    }
                }
                targets
            }
        };
        for &i in &targets {
            let target = &inner.digit_targets[i as usize];
            if target.takes(digits, after_uppercase) {
                self.confirm(inner, at, target.slot as usize);
            }
        }
        if self.field_gated.len() <= column {
            self.field_gated.resize_with(column + 1, || None);
        }
        self.field_gated[column] = Some(targets);
    }

    /// Runs one identifier's regex around a candidate and, when a match contains it, the
    /// identifier's validators and context rules.
    pub(super) fn confirm(&mut self, inner: &Inner, at: u64, slot: usize) {
        // Inside a match of this identifier already judged (for anchorless identifiers `at`
        // is a match end, and one at the previous match's end is that match).
        let def = &inner.identifiers[slot].def;
        let anchorless = def.anchors.is_empty() && def.min_digits.is_none();
        if at < self.last_match_end[slot] || (anchorless && at == self.last_match_end[slot]) {
            return;
        }
        self.advance_structure(at);
        let compiled = &inner.identifiers[slot];
        let max_len = compiled.def.max_match_len as u64;
        let hay = &self.buf[..self.filled];
        let window_start = at
            .saturating_sub(compiled.def.anchor_lookbehind as u64)
            .max(self.base);
        let window_end = (at + max_len).min(self.base + self.filled as u64);
        let rel = |abs: u64| (abs - self.base) as usize;
        // Whether the field name holds a keyword, once asked.
        let mut in_field = None;
        // When a keyword is required and none is near (nor in the field name), the regex need
        // not run: numeric identifiers see many candidates and few keywords.
        if compiled.def.keyword_required {
            let gated = inner
                .keyword_gate
                .as_ref()
                .and_then(|gate| gate.of_slot[slot].map(|g| (gate, g)));
            let near = match gated {
                // One search for the keywords of all gated identifiers, only where candidates
                // are (each identifier looking for its own searched the same bytes up to four
                // times), or over the whole round in number-dense text.
                Some((gate, g)) => self.gate.keyword_near(hay, self.base, gate, g, at),
                None => match &compiled.keywords {
                    Some(keywords) => {
                        let reach = compiled.keyword_reach as u64;
                        let lo = at.saturating_sub(reach).max(self.base);
                        // A keyword ending in reach may start before it: the search starts
                        // that much earlier, so what it finds never depends on what earlier
                        // windows saw (a resumed session has seen none).
                        let lo_search = lo
                            .saturating_sub(compiled.max_keyword_len as u64)
                            .max(self.base);
                        // Candidates come in order, so windows overlap: search only the bytes
                        // the last window of this identifier did not cover (keywords
                        // straddling its end included), and remember the last keyword seen.
                        let (searched_to, last_keyword_end) = self.keyword_scan[slot];
                        let from = if searched_to > lo_search {
                            searched_to
                                .saturating_sub(compiled.max_keyword_len as u64)
                                .max(lo_search)
                        } else {
                            lo_search
                        };
                        let mut last = last_keyword_end;
                        if window_end > from {
                            keywords.find_words(hay, rel(from), rel(window_end), |_, _, end| {
                                last = last.max(Some(self.base + end as u64));
                                true
                            });
                        }
                        self.keyword_scan[slot] = (window_end.max(searched_to), last);
                        last.is_some_and(|end| end >= lo)
                    }
                    None => true,
                },
            };
            if !near {
                let field = field_keyword(&self.structure, compiled, &mut self.field_memo[slot]);
                in_field = Some(field);
                if !field {
                    return;
                }
            }
        }
        let mut cache = self.regex_caches[slot]
            .take()
            .unwrap_or_else(|| Box::new(compiled.regex().create_cache()));
        let found = if compiled.def.anchors.is_empty() && compiled.def.min_digits.is_none() {
            self.anchorless_match(compiled, &mut cache, at, slot)
        } else {
            self.match_around(compiled, &mut cache, at, window_start, window_end)
        };
        // The reported value: the first capture group that took part, else the whole match.
        let spans = found.map(|(ms, me)| {
            if !compiled.has_groups {
                return (ms, me, ms, me);
            }
            let bounds = compiled.value_bounds.as_ref();
            let ruled = bounds.and_then(|b| b.locate(hay, rel(ms), rel(me)));
            if let Some((vs, ve)) = ruled {
                debug_assert_eq!(
                    Some((vs, ve)),
                    captured_value(
                        compiled,
                        &mut cache,
                        &mut self.captures[slot],
                        hay,
                        ms,
                        me,
                        self.base
                    ),
                    "{}: value bounds rule and capture engine disagree",
                    compiled.def.id
                );
                return (ms, me, self.base + vs as u64, self.base + ve as u64);
            }
            let captures = &mut self.captures[slot];
            match captured_value(compiled, &mut cache, captures, hay, ms, me, self.base) {
                Some((vs, ve)) => (ms, me, self.base + vs as u64, self.base + ve as u64),
                None => (ms, me, ms, me),
            }
        });
        self.regex_caches[slot] = Some(cache);
        let Some((ms, me, vs, ve)) = spans else {
            return;
        };
        self.judge(inner, slot, (ms, me), (vs, ve), in_field);
    }

    /// A CSV cell of a column named for the identifier (see `collect_column_candidates`),
    /// matched whole with its `column_value`, then judged as a match of its regex.
    pub(super) fn confirm_column(&mut self, inner: &Inner, at: u64, slot: usize) {
        if at < self.last_match_end[slot] {
            return;
        }
        self.advance_structure(at);
        let compiled = &inner.identifiers[slot];
        let (Some(regex), Some(delimiter)) = (
            compiled.column_regex(),
            self.structure.as_ref().and_then(Tracker::delimiter),
        ) else {
            return;
        };
        let hay = &self.buf[..self.filled];
        let rel = |abs: u64| (abs - self.base) as usize;
        let window_end = (at + compiled.def.max_match_len as u64).min(self.base + hay.len() as u64);
        if self.column_scratch.len() <= slot {
            self.column_scratch.resize_with(slot + 1, || None);
        }
        let (cache, captures) = &mut **self.column_scratch[slot]
            .get_or_insert_with(|| Box::new((regex.create_cache(), regex.create_captures())));
        let input = Input::new(hay)
            .range(rel(at)..rel(window_end))
            .anchored(Anchored::Yes);
        regex.search_captures_with(cache, &input, captures);
        let (Some(cell), Some(value)) = (captures.get_match(), captures.get_group(1)) else {
            return;
        };
        // The cell ends at this file's delimiter or a line end (the regex takes any
        // delimiter), or at the end of the content.
        let ends_cell = cell.end() == hay.len()
            || matches!(hay[cell.end() - 1], b'\r' | b'\n')
            || hay[cell.end() - 1] == delimiter;
        if !ends_cell {
            return;
        }
        let abs = |offset: usize| self.base + offset as u64;
        let (ms, me) = (abs(cell.start()), abs(cell.end()));
        let (vs, ve) = (abs(value.start), abs(value.end));
        self.judge(inner, slot, (ms, me), (vs, ve), None);
    }

    /// The checks after a match `[ms, me)` whose value is `[vs, ve)`: ignore words, allow
    /// list, keywords, validators, examples, inline allows and region words; what passes
    /// becomes a pending finding. `in_field`: whether the field name holds a keyword, if
    /// already asked.
    fn judge(
        &mut self,
        inner: &Inner,
        slot: usize,
        (ms, me): (u64, u64),
        (vs, ve): (u64, u64),
        in_field: Option<bool>,
    ) {
        let compiled = &inner.identifiers[slot];
        let hay = &self.buf[..self.filled];
        let rel = |abs: u64| (abs - self.base) as usize;
        self.last_match_end[slot] = me;
        self.earliest_match = self.earliest_match.min(ms);
        if ve <= vs {
            return;
        }
        // Macie's rule: an ignore word anywhere in the match (not only the value) drops it.
        if let Some(words) = &compiled.ignore_words {
            if words.is_match(&hay[rel(ms)..rel(me)]) {
                return;
            }
        }
        let value = &hay[rel(vs)..rel(ve)];
        if inner.allow.allows(value) {
            return;
        }
        // The field name first: it is short, and in CSV and JSON it usually decides.
        let in_field = in_field.unwrap_or_else(|| {
            field_keyword(&self.structure, compiled, &mut self.field_memo[slot])
        });
        let keyword_found = in_field
            || match &compiled.keywords {
                Some(keywords) => {
                    // Macie's rule: a keyword before the value, at most `maximum_match_distance`
                    // bytes from the keyword's end to the value's end.
                    let distance = compiled.def.maximum_match_distance as u64;
                    let lo = ve
                        .saturating_sub(distance + compiled.max_keyword_len as u64)
                        .max(self.base);
                    // In CSV and JSON, only a keyword in the value's own cell or string counts
                    // (the column name or key is checked separately, as the field).
                    let breaks = self.structure.as_ref().map(Tracker::cell_breaks);
                    // Searching stops (returns false) at the first keyword that counts.
                    // A national id's keyword belongs to the first number after it: with
                    // another number between them (`D.N.I.: 27.057.851⏎Nº de pedido:
                    // 16708144`, `EIN: 91-7121260, Account: 12-4743450`) it is not this one's.
                    let national = compiled.country.is_some();
                    // Where a keyword only raises a number's confidence (cards, phones), one
                    // inside the code name of something else does not (`ND_IOCTL_CALL`).
                    let names_checked =
                        compiled.def.min_digits.is_some() && !compiled.def.keyword_required;
                    !keywords.find_words(hay, rel(lo), rel(vs), |_, k_start, k_end| {
                        let between = &hay[k_end..rel(vs)];
                        let counts = ve - (self.base + k_end as u64) <= distance
                            && breaks.is_none_or(|[a, b, c]| {
                                memchr::memchr3(a, b, c, between).is_none()
                            })
                            && !(national
                                && between.iter().filter(|b| b.is_ascii_digit()).count()
                                    >= NUMBER_BETWEEN)
                            && !(names_checked && keyword_in_other_name(hay, k_start, k_end));
                        !counts
                    })
                }
                None => false,
            };
        if compiled.def.keyword_required && !keyword_found {
            return;
        }
        let mut details = Vec::new();
        let context = Context {
            keyword: keyword_found,
            phone_regions: &inner.options.phone_regions,
            today: inner.options.today,
            before: &hay[rel(vs).saturating_sub(validators::CONTEXT_BEFORE)..rel(vs)],
            match_outside: [&hay[rel(ms)..rel(vs)], &hay[rel(ve)..rel(me)]],
            after: &hay[rel(ve)..(rel(ve) + validators::CONTEXT_AFTER).min(hay.len())],
            field: self
                .structure
                .as_ref()
                .and_then(Tracker::field)
                .unwrap_or_default(),
        };
        let mut published = false;
        let mut weak = false;
        for validator in &compiled.def.validators {
            match validator.validate(value, &context, &mut details) {
                Verdict::Invalid => return,
                Verdict::Example => published = true,
                Verdict::Weak => weak = true,
                Verdict::Valid => {}
            }
        }
        if let Some(country) = &compiled.country {
            match details.iter().find(|(key, _)| *key == "country") {
                // The value's own country (an EU VAT number's prefix), chosen or not.
                Some((_, own)) => {
                    if let Some(chosen) = &inner.options.countries {
                        if !chosen.iter().any(|c| c == own) {
                            return;
                        }
                    }
                }
                None => details.push(("country", country.clone())),
            }
        }
        let mut buffer = [0u8; 64];
        let listed = match compact_example(value, &mut buffer) {
            _ if compiled.example_values.is_empty() => false,
            Some(compact) if compiled.def.low_entropy => compiled.example_values.contains(compact),
            _ => compiled.example_values.contains(value),
        };
        let example = published
            || listed
            || (compiled.def.placeholder_check && validators::looks_like_placeholder(value));
        if example {
            if !inner.options.include_examples {
                // Its encoded bytes, decoded, would be judged again without what made it an
                // example (a documentation domain after a percent-encoded cookie).
                if self.example_spans.len() == EXAMPLE_SPANS {
                    self.example_spans.remove(0);
                }
                self.example_spans.push((slot as u32, ms, me));
                return;
            }
            details.push(("example", "true".to_string()));
        }
        if inner.options.inline_allows && inline_allow(hay, rel(vs), rel(ve), &compiled.def.id) {
            return;
        }
        let confidence = if weak {
            Confidence::Low
        } else if keyword_found {
            Confidence::High
        } else {
            compiled.def.confidence
        };
        // Past the occurrences an object-level report shows of this identifier, a finding is
        // only counted once settled (see `Session::deliver`): its value is not copied and its
        // line and location are not worked out, which in number-dense data was an allocation
        // or two per value.
        let counted_only = inner
            .options
            .occurrences
            .is_some_and(|n| self.delivered[slot] >= n);
        let (line, column) = if counted_only {
            (0, 0)
        } else {
            self.lines.locate(vs, hay, self.base)
        };
        let one_line = self.structure.is_some();
        let region_near = compiled.region_words.as_ref().is_some_and(|words| {
            words.near(hay, rel(vs), rel(ve), one_line, false)
                || field_region(&self.structure, words)
        });
        // Next to a rival's region word and none of its own, the value is the rival's, in a
        // shape the rival does not issue: not this identifier's either.
        if compiled.region_words.is_some() && !region_near {
            let rival_near = compiled.region_rivals.iter().any(|&r| {
                inner.identifiers[r as usize]
                    .region_words
                    .as_ref()
                    .is_some_and(|words| {
                        words.near(hay, rel(vs), rel(ve), one_line, true)
                            || field_region(&self.structure, words)
                    })
            });
            if rival_near {
                return;
            }
        }
        // A value of a format only one region issues (`details.region`), next to another
        // region's code and no word of its own: the row says it comes from elsewhere, where
        // that format is not issued (`"land": "DE"` beside a German passport number that
        // reads as North Dakota's licence).
        if let (Some(words), Some((_, region))) = (
            &compiled.region_words,
            details.iter().find(|(key, _)| *key == "region"),
        ) {
            let own = region.rsplit('-').next().unwrap_or(region);
            if words.only_other_codes_near(hay, (rel(vs), rel(ve)), one_line, own.as_bytes()) {
                return;
            }
        }
        let finding = Finding {
            identifier: compiled.meta.clone(),
            severity: compiled.def.severity,
            confidence,
            start: vs,
            end: ve,
            line,
            column,
            value: if counted_only {
                Vec::new()
            } else {
                value.to_vec()
            },
            // Redacted when delivered (see `Session::deliver`): an object-level report
            // redacts only the occurrences it shows.
            redacted: String::new(),
            fingerprint: None,
            details,
            location: match &self.structure {
                Some(tracker) if !counted_only => Some(tracker.location()),
                _ => None,
            },
            container: Vec::new(),
        };
        self.pending.push(Pending {
            finding,
            slot: slot as u32,
            match_start: ms,
            match_len: me - ms,
            generic: compiled.def.generic,
            decoded: false,
            region_near,
        });
    }
}

/// The first capture group that took part in the match `[ms, me)` (absolute offsets), relative
/// to the buffer, by the capture engine.
fn captured_value(
    compiled: &Compiled,
    cache: &mut meta::Cache,
    captures: &mut Option<Captures>,
    hay: &[u8],
    ms: u64,
    me: u64,
    base: u64,
) -> Option<(usize, usize)> {
    let caps = captures.get_or_insert_with(|| compiled.regex().create_captures());
    let input = Input::new(hay)
        // The match is known to end at `me`: assertions still see the bytes around it, and a
        // shorter haystack keeps the capture engine's work small.
        .range((ms - base) as usize..(me - base) as usize)
        .anchored(regex_automata::Anchored::Yes);
    compiled.regex().search_captures_with(cache, &input, caps);
    (1..caps.group_len())
        .find_map(|g| caps.get_group(g))
        .map(|span| (span.start, span.end))
}

/// The answers of [`field_keyword`] for one identifier: a CSV asks the same few questions on
/// every row, in turn for each column.
#[derive(Default)]
pub(super) struct FieldMemo {
    /// Per CSV/TSV column (once the header is read): whether its name is a keyword.
    by_column: Vec<Option<bool>>,
    /// (field name, whether it names a keyword), at most `FIELD_MEMO_LEN`, replaced in turn.
    answers: Vec<(Vec<u8>, bool)>,
    next: usize,
}

impl FieldMemo {
    /// Forgets the answers, which belong to one content's fields.
    pub(super) fn clear(&mut self) {
        self.by_column.clear();
        self.answers.clear();
        self.next = 0;
    }
}

/// Matches judged examples that are remembered (see `Session::example_spans`).
const EXAMPLE_SPANS: usize = 16;

/// Digits between a national id's keyword and a value that make them another number's (a
/// year, `2024`, is not one).
const NUMBER_BETWEEN: usize = 6;

/// Columns remembered by number; wider files fall back to the name memo.
const COLUMN_MEMO_LEN: usize = 1024;

const FIELD_MEMO_LEN: usize = 16;

/// Whether the field (CSV column or JSON key) at the structure's position names one of the
/// identifier's keywords: `date_of_birth`, `dateOfBirth` and `DOB` are keywords of a birth
/// date.
/// The longest field name read as words (longer names are cut).
pub(super) const FIELD_WORDS_LEN: usize = 160;

/// A CSV column name or JSON key as words, into `buffer`: camelCase and separators split
/// (`dateOfBirth` → `date Of Birth`, `RUTEmisor` → `RUT Emisor`, `ni_number` → `ni number`),
/// and `dropped` (a dot) left out, so that `N.I.F.` reads `NIF`.
pub(super) fn field_words<'b>(
    field: &[u8],
    dropped: Option<u8>,
    buffer: &'b mut [u8; FIELD_WORDS_LEN],
) -> &'b [u8] {
    let mut n = 0;
    for (i, &b) in field.iter().enumerate() {
        if n + 2 > buffer.len() {
            break;
        }
        if Some(b) == dropped {
            continue;
        }
        let before = i.checked_sub(1).map(|p| field[p]);
        let after = field.get(i + 1).copied();
        let boundary = b.is_ascii_uppercase()
            && (before.is_some_and(|p| p.is_ascii_lowercase())
                || (before.is_some_and(|p| p.is_ascii_uppercase())
                    && after.is_some_and(|a| a.is_ascii_lowercase())));
        if boundary {
            buffer[n] = b' ';
            n += 1;
        }
        buffer[n] = if matches!(b, b'_' | b'-' | b'.' | b'/') {
            b' '
        } else {
            b
        };
        n += 1;
    }
    &buffer[..n]
}

/// Whether the value's CSV column name or JSON key names one of `words` (`ukPassportNo`,
/// `texas_dl`): there a code counts in any case, as names are written.
fn field_region(structure: &Option<Tracker>, words: &RegionWords) -> bool {
    let Some(field) = structure.as_ref().and_then(Tracker::field) else {
        return false;
    };
    let mut buffer = [0u8; FIELD_WORDS_LEN];
    words.named_in(field_words(field, None, &mut buffer))
}

fn field_keyword(structure: &Option<Tracker>, compiled: &Compiled, memo: &mut FieldMemo) -> bool {
    let (Some(tracker), Some(keywords)) = (structure, &compiled.keywords) else {
        return false;
    };
    let column = tracker.column().filter(|&c| c < COLUMN_MEMO_LEN);
    if let Some(Some(keyword)) = column.and_then(|c| memo.by_column.get(c)) {
        return *keyword;
    }
    let Some(field) = tracker.field() else {
        return false;
    };
    if let Some(&(_, keyword)) = memo.answers.iter().find(|(name, _)| name == field) {
        if let Some(c) = column {
            remember_column(memo, c, keyword);
        }
        return keyword;
    }
    // Split camelCase and separators into words: `dateOfBirth` → `date of birth`, and
    // `RUTEmisor` → `rut emisor`. Dotted abbreviations are also read without their dots:
    // `C.F.` and `N.I.F.` are how headers write `cf` and `nif`.
    let keyword = [None, Some(b'.')].iter().any(|&dropped| {
        if dropped.is_some() && !field.contains(&b'.') {
            return false;
        }
        let mut buffer = [0u8; FIELD_WORDS_LEN];
        let words = field_words(field, dropped, &mut buffer);
        !keywords.find_words(words, 0, words.len(), |_, _, _| false)
    });
    if let Some(c) = column {
        remember_column(memo, c, keyword);
        return keyword;
    }
    if memo.answers.len() < FIELD_MEMO_LEN {
        memo.answers.push((field.to_vec(), keyword));
    } else {
        let slot = &mut memo.answers[memo.next];
        slot.0.clear();
        slot.0.extend_from_slice(field);
        slot.1 = keyword;
        memo.next = (memo.next + 1) % FIELD_MEMO_LEN;
    }
    keyword
}

fn remember_column(memo: &mut FieldMemo, column: usize, keyword: bool) {
    if memo.by_column.len() <= column {
        memo.by_column.resize(column + 1, None);
    }
    memo.by_column[column] = Some(keyword);
}
