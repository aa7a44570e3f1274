//! Settlement: where values of two identifiers overlap, the more severe one, then the one
//! with the longer whole match, is kept; then severity levels and the stop-at severity.

use super::*;

impl Session {
    /// Resolves overlaps among pending findings and reports those ending before `before`.
    pub(super) fn settle(&mut self, inner: &Inner, before: u64) {
        if self.pending.is_empty() {
            return;
        }
        // Where values overlap, the more severe finding wins (a URL's password over the
        // email address its `password@host` looks like), then one with a word naming its
        // country or region near (a licence number after `NSW driver licence`: Australian,
        // not Canadian), then one that is not `generic` (a
        // GitHub token over the URL password it is), then the longer whole match, the
        // more specific identifier (a service-account JSON over the key inside it, track data
        // over the card number in it), then one found in decoded text (on the same bytes, the
        // secret as it is used, not as it is written); ties go to the earlier identifier.
        //
        // Findings in different groups of overlapping values never affect each other, so the
        // rule runs per group; most groups are one finding, kept as it is (a PII-dense CSV
        // settles tens of thousands at once).
        //
        // In report order, (start, identifier). Confirmation goes in order of position, so the
        // findings are nearly always in that order already; a stable sort keeps equal keys in
        // their order of confirmation. Each finding is then moved once, into the report or the
        // findings still pending: a `Pending` is a few hundred bytes, and a PII-dense CSV
        // settles tens of thousands per round.
        let key = |p: &Pending| (p.finding.start, p.slot);
        if !self.pending.is_sorted_by_key(key) {
            self.pending.sort_by_key(key);
        }
        let pending = &self.pending;
        let mut keep = vec![false; pending.len()];
        let mut group_start = 0;
        let mut group_end = 0;
        for (n, p) in pending.iter().enumerate() {
            let f = &p.finding;
            if n > group_start && f.start >= group_end {
                settle_group(pending, group_start..n, &mut keep);
                group_start = n;
            }
            group_end = if n == group_start {
                f.end
            } else {
                group_end.max(f.end)
            };
        }
        settle_group(pending, group_start..pending.len(), &mut keep);
        // Both buffers keep their capacity from round to round: growing a fresh one each round
        // cost reallocations and page faults.
        let mut settled = std::mem::take(&mut self.pending);
        let mut remaining = std::mem::take(&mut self.pending_spare);
        for (pending, keep) in settled.drain(..).zip(keep) {
            if !keep {
                continue;
            }
            if pending.finding.end <= before {
                self.report(inner, pending);
            } else {
                remaining.push(pending);
            }
        }
        self.pending = remaining;
        self.pending_spare = settled;
    }

    pub(super) fn report(&mut self, inner: &Inner, pending: Pending) {
        if let Some(collected) = &mut self.collected {
            // A session over decoded text: the session that decoded it reports.
            collected.push(pending);
            return;
        }
        let slot = pending.slot as usize;
        let compiled = &inner.identifiers[slot];
        let mut finding = pending.finding;
        self.counts[slot] += 1;
        let count = self.counts[slot];
        let levels = &compiled.def.severity_levels;
        if let Some(severity) = level_reached(compiled, count) {
            finding.severity = severity;
        }
        if !levels.is_empty() && count < levels[0].occurrences_threshold {
            finding.severity = levels[0].severity;
            self.held[slot].push(finding);
            return;
        }
        if finding.severity < inner.options.min_severity {
            return;
        }
        let held = std::mem::take(&mut self.held[slot]);
        for h in held {
            if h.severity >= inner.options.min_severity {
                self.deliver(inner, slot, h);
            }
        }
        let stop = inner
            .options
            .stop_at
            .is_some_and(|at| finding.severity >= at);
        self.deliver(inner, slot, finding);
        if stop {
            // Gatekeeping: one finding this severe decides; the rest is not worth reading.
            self.stopped = true;
        }
    }
}

impl Session {
    /// Hands a settled finding over, redacted and fingerprinted; past the scanner's
    /// `occurrences` for its identifier it is only counted (see `ScannerBuilder::occurrences`).
    fn deliver(&mut self, inner: &Inner, slot: usize, mut finding: Finding) {
        self.delivered[slot] += 1;
        if inner
            .options
            .occurrences
            .is_some_and(|n| self.delivered[slot] > n)
        {
            return;
        }
        let compiled = &inner.identifiers[slot];
        finding.redacted = trawl_identifiers::redact::redact(&finding.value);
        if inner.options.fingerprints {
            finding.fingerprint = Some(inner.fingerprinter.fingerprint(
                &compiled.def.id,
                &finding.value,
                compiled.def.low_entropy,
            ));
        }
        self.ready.push(finding);
    }
}

/// Marks in `keep` which of one group of overlapping pending findings are reported (see
/// `Session::settle` for the order of preference).
fn settle_group(pending: &[Pending], group: std::ops::Range<usize>, keep: &mut [bool]) {
    if group.len() == 1 {
        keep[group.start] = true;
        return;
    }
    let mut order: Vec<usize> = group.collect();
    order.sort_by(|&a, &b| {
        let (pa, pb) = (&pending[a], &pending[b]);
        pb.finding
            .severity
            .cmp(&pa.finding.severity)
            .then(pb.region_near.cmp(&pa.region_near))
            .then(pa.generic.cmp(&pb.generic))
            .then(pb.match_len.cmp(&pa.match_len))
            .then(pb.decoded.cmp(&pa.decoded))
            .then(pa.slot.cmp(&pb.slot))
            .then(pa.finding.start.cmp(&pb.finding.start))
    });
    // Kept values never overlap each other, so the one starting last before `f.end` is the
    // only one `f` can overlap.
    let mut kept: BTreeMap<u64, u64> = BTreeMap::new();
    for i in order {
        let f = &pending[i].finding;
        let overlaps = kept
            .range(..f.end)
            .next_back()
            .is_some_and(|(_, &end)| end > f.start);
        if !overlaps {
            kept.insert(f.start, f.end);
            keep[i] = true;
        }
    }
}

/// The severity an identifier's occurrence count reaches: its own severity without
/// `severity_levels`, otherwise the highest level whose threshold the count reaches (`None`
/// below the lowest).
pub(super) fn level_reached(compiled: &Compiled, count: u64) -> Option<Severity> {
    let levels = &compiled.def.severity_levels;
    if levels.is_empty() {
        return (count > 0).then_some(compiled.def.severity);
    }
    levels
        .iter()
        .filter(|l| count >= l.occurrences_threshold)
        .map(|l| l.severity)
        .next_back()
}
