//! Writing findings and object records: human text, one JSON document, JSON Lines, SARIF, or
//! a baseline; and dropping findings a baseline already holds.
//!
//! Results arrive from several walker threads; each call writes whole lines under one lock,
//! so lines never interleave. Values are redacted unless `--show-secrets`.

use crate::args::Format;
use crate::objects::Objects;
use crate::results::{Done, Recorder, Resumed};
use crate::terminal::escape;
use crate::{baseline, interrupt, sarif};
use anyhow::{Context, Result};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{self, BufWriter, Stdout, Write};
use std::ops::ControlFlow;
use std::sync::{Arc, Mutex};
use trawl_scanner::s3::Shard;
use trawl_scanner::Sink;
use trawl_scanner::{Finding, ObjectRecord, Severity, Status};

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub format: Format,
    pub color: bool,
    pub show_secrets: bool,
    /// Print a baseline instead of a report (`trawl baseline create`).
    pub baseline_create: bool,
    /// `--report objects`: (occurrences per identifier and object, prefix depth).
    pub objects: Option<(u64, usize)>,
}

/// What the run saw, for the summary and the exit code.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Totals {
    /// Where the results written end, when the next run of an incremental state may append
    /// to them; not part of the summary.
    #[serde(skip)]
    pub results_end: Option<crate::results::ResultsEnd>,
    pub objects: u64,
    /// Archive members among them (each has its own object record).
    pub members: u64,
    pub complete: u64,
    pub partial: u64,
    pub skipped: u64,
    pub bytes: u64,
    pub findings: u64,
    /// Findings per identifier id.
    pub by_identifier: BTreeMap<String, u64>,
    /// Objects skipped or partial per reason.
    pub by_reason: BTreeMap<String, u64>,
    /// `--report objects`: findings per identifier per prefix (see `--prefix-depth`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub by_prefix: BTreeMap<String, BTreeMap<String, u64>>,
    /// S3 objects listed but outside the scope (`--include-key`, `--sample`, ...): no record.
    #[serde(skip_serializing_if = "is_zero")]
    pub out_of_scope: u64,
    /// `--shard K/N`: this run's shard; objects of the other shards have no record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shard: Option<ShardTotals>,
    /// Objects listed that belong to other shards.
    #[serde(skip_serializing_if = "is_zero")]
    pub other_shards: u64,
    /// Inventory rows of delete markers and of versions that are not the current one.
    #[serde(skip_serializing_if = "is_zero")]
    pub not_current: u64,
    /// Objects scanned as they are now, their ETag no longer the inventory's (counted as
    /// complete; their records say OBJECT_CHANGED_SINCE_INVENTORY).
    #[serde(skip_serializing_if = "is_zero")]
    pub changed_since_inventory: u64,
    /// `--state`: how the objects compare with the state's.
    #[serde(flatten)]
    pub incremental: Option<Incremental>,
    /// Objects done by an earlier, interrupted run (from `--checkpoint`), counted above.
    #[serde(skip_serializing_if = "is_zero")]
    pub resumed: u64,
    /// SIGINT or SIGTERM ended the run before its end.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub interrupted: bool,
    /// In an interrupted run: the objects already listed (an S3 listing page, a directory
    /// already read) that were not started, and have no record. Directories the walk had not
    /// opened and listing pages not fetched are not counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_reached: Option<u64>,
    #[serde(skip)]
    pub incomplete: u64,
}

/// An incremental sweep's objects (`--state`): read because they are new or changed, carried
/// forward unchanged, or gone since the state was written (no record; taken out of the
/// totals and the results).
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Incremental {
    pub new: u64,
    pub changed: u64,
    pub unchanged: u64,
    pub deleted: u64,
}

/// A shard in the summary: `{"index": K, "count": N}`.
#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct ShardTotals {
    pub index: u32,
    pub count: u32,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Totals {
    /// Counts (`sign` 1) or takes back (-1) an object an earlier run did.
    fn add_done(&mut self, done: &Done, sign: i64) {
        self.resumed = self.resumed.saturating_add_signed(sign);
        self.count(done.status, done.reason, done.bytes, sign);
        for (id, count) in &done.findings {
            let by = sign * *count as i64;
            self.findings = self.findings.saturating_add_signed(by);
            let total = self.by_identifier.entry(id.clone()).or_default();
            *total = total.saturating_add_signed(by);
        }
        if sign < 0 {
            self.by_identifier.retain(|_, n| *n > 0);
        }
    }

    /// Counts one top-level object's record.
    fn count_object(&mut self, status: Status, reason: Option<trawl_scanner::Reason>, bytes: u64) {
        self.count(status, reason, bytes, 1);
    }

    /// Adds (`sign` 1) or takes back (-1) an object's status, reason and bytes.
    fn count(
        &mut self,
        status: Status,
        reason: Option<trawl_scanner::Reason>,
        bytes: u64,
        sign: i64,
    ) {
        let add = |n: &mut u64, by: u64| *n = n.saturating_add_signed(sign * by as i64);
        add(&mut self.objects, 1);
        add(&mut self.bytes, bytes);
        match status {
            Status::Complete => add(&mut self.complete, 1),
            Status::Partial => add(&mut self.partial, 1),
            Status::Skipped => add(&mut self.skipped, 1),
            // A status this version does not know is at least not complete.
            _ => add(&mut self.partial, 1),
        }
        if status == Status::Complete
            && reason == Some(trawl_scanner::Reason::ObjectChangedSinceInventory)
        {
            add(&mut self.changed_since_inventory, 1);
        }
        if status != Status::Complete {
            add(&mut self.incomplete, 1);
            add(self.by_reason.entry(reason_name(reason)).or_default(), 1);
            if sign < 0 {
                self.by_reason.retain(|_, n| *n > 0);
            }
        }
    }
}

/// The last JSON Lines record: `{"type":"summary",...}`.
#[derive(Serialize)]
struct Summary<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(flatten)]
    totals: &'a Totals,
}

struct State {
    out: BufWriter<Stdout>,
    totals: Totals,
    /// `--format json`, `sarif` and baselines gather everything for one document.
    json_findings: Vec<serde_json::Value>,
    json_objects: Vec<ObjectRecord>,
    /// Per (source, container): findings dropped by the baseline, to take out of the object
    /// records (the member's, and the top-level object's, which adds up its members).
    dropped: HashMap<(String, Vec<String>), Vec<String>>,
    /// `--results` and `--checkpoint`.
    recorder: Option<Recorder>,
    error: Option<io::Error>,
    /// Objects listed but not started after a stop (see [`Totals::not_reached`]).
    not_reached: u64,
    /// `--report objects`: occurrences waiting for their object's record.
    objects: Option<Objects>,
    /// Objects done by an earlier run (`--checkpoint`), counted in the totals from the start.
    resumed: Arc<Resumed>,
}

pub struct Output {
    style: Style,
    /// (identifier, fingerprint) pairs not to report again.
    baseline: Option<HashSet<(String, String)>>,
    /// The scanner's identifiers, for SARIF rules.
    rules: Vec<sarif::Rule>,
    state: Mutex<State>,
}

const RED: &str = "\x1b[31m";
const MAGENTA: &str = "\x1b[35m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// One finding's line of the human report, `path:line:column: ID [SEVERITY] match`, written
/// piece by piece: `writeln!` with its six arguments had been a tenth of a PII-dense scan.
fn write_human_line(
    out: &mut impl Write,
    color: bool,
    source: &str,
    f: &Finding,
    shown: &str,
    example: &str,
) -> io::Result<()> {
    let [magenta, green, bold, red, reset] = if color {
        [MAGENTA, GREEN, BOLD, RED, RESET]
    } else {
        [""; 5]
    };
    let mut line = itoa::Buffer::new();
    let mut column = itoa::Buffer::new();
    for piece in [
        magenta,
        source,
        reset,
        ":",
        green,
        line.format(f.line),
        reset,
        ":",
        column.format(f.column),
        ": ",
        bold,
        f.id(),
        reset,
        " [",
        f.severity.as_str(),
        "] ",
        red,
        shown,
        reset,
        example,
        "\n",
    ] {
        out.write_all(piece.as_bytes())?;
    }
    Ok(())
}

impl Output {
    pub fn new(
        style: Style,
        baseline: Option<HashSet<(String, String)>>,
        rules: Vec<sarif::Rule>,
    ) -> Self {
        Output {
            style,
            baseline,
            rules,
            state: Mutex::new(State {
                out: BufWriter::with_capacity(64 * 1024, io::stdout()),
                totals: Totals::default(),
                json_findings: Vec::new(),
                json_objects: Vec::new(),
                dropped: HashMap::new(),
                recorder: None,
                error: None,
                not_reached: 0,
                objects: style
                    .objects
                    .map(|(occurrences, depth)| Objects::new(occurrences, depth)),
                resumed: Arc::default(),
            }),
        }
    }

    /// Also writes records to `--results` and finished objects to `--checkpoint`; counts what
    /// an interrupted run already did into the totals.
    pub fn record_to(&self, recorder: Recorder, resumed: Arc<Resumed>) {
        let mut state = self.lock();
        for done in resumed.values() {
            state.totals.add_done(done, 1);
        }
        state.resumed = resumed;
        state.recorder = recorder.is_active().then_some(recorder);
    }

    /// An incremental sweep's changes (`--state`): the objects of the state that the sweep did
    /// not see and that are gone leave the totals and the results (see
    /// [`crate::state::Changes::deleted`]); after an interrupt, none do.
    pub fn incremental(
        &self,
        changes: &crate::state::Changes,
        listing_incomplete: bool,
        roots: Vec<std::path::PathBuf>,
    ) {
        use std::sync::atomic::Ordering::Relaxed;
        let mut state = self.lock();
        let deleted = if interrupt::stop_requested() {
            Vec::new()
        } else {
            let unreadable = ["ACCESS_DENIED", "READ_ERROR"];
            let gone = crate::state::Gone {
                listing_incomplete,
                roots,
                walk_complete: !unreadable
                    .iter()
                    .any(|r| state.totals.by_reason.get(*r).is_some_and(|n| *n > 0)),
            };
            changes.deleted(state.resumed.keys(), &gone)
        };
        for source in &deleted {
            if let Some(done) = state.resumed.get(source).cloned() {
                state.totals.add_done(&done, -1);
            }
        }
        state.totals.incremental = Some(Incremental {
            new: changes.new.load(Relaxed),
            changed: changes.changed.load(Relaxed),
            unchanged: changes.unchanged.load(Relaxed),
            deleted: deleted.len() as u64,
        });
        if let Some(recorder) = &mut state.recorder {
            recorder.forget(deleted);
        }
    }

    /// What a sweep passed over: objects out of scope, in other shards, not current.
    pub fn sweep_stats(&self, stats: &trawl_scanner::s3::SweepStats, shard: Option<Shard>) {
        let totals = &mut self.lock().totals;
        totals.out_of_scope += stats.out_of_scope;
        totals.other_shards += stats.other_shards;
        totals.not_current += stats.not_current;
        totals.shard = shard.map(|shard| ShardTotals {
            index: shard.index,
            count: shard.count,
        });
    }

    /// Stop once the results can no longer be written, or the run was interrupted.
    fn flow(state: &State) -> ControlFlow<()> {
        if state.error.is_some() || interrupt::stop_requested() {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock would already have aborted the scan's output; keep
        // going with what is there rather than panicking again.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write_finding(&self, state: &mut State, source: &str, f: &Finding) -> io::Result<()> {
        if self.style.baseline_create {
            state.json_findings.push(baseline::entry(source, f));
            return Ok(());
        }
        let record = f.record(source, self.style.show_secrets);
        match self.style.format {
            Format::Sarif => {
                state.json_findings.push(sarif::result(
                    &self.rules,
                    source,
                    f,
                    self.style.show_secrets,
                ));
                Ok(())
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut state.out, &record)?;
                state.out.write_all(b"\n")
            }
            Format::Json => {
                state
                    .json_findings
                    .push(serde_json::to_value(&record).map_err(io::Error::other)?);
                Ok(())
            }
            Format::Human => {
                let shown_path;
                let source = if f.container.is_empty() {
                    escape(source)
                } else {
                    shown_path = display_path(source, &f.container);
                    std::borrow::Cow::Borrowed(shown_path.as_str())
                };
                let shown = if self.style.show_secrets {
                    std::borrow::Cow::Owned(
                        escape(&String::from_utf8_lossy(f.value())).into_owned(),
                    )
                } else {
                    std::borrow::Cow::Borrowed(f.redacted.as_str())
                };
                let example = if f.details.iter().any(|(k, _)| *k == "example") {
                    " (example)"
                } else {
                    ""
                };
                write_human_line(
                    &mut state.out,
                    self.style.color,
                    &source,
                    f,
                    &shown,
                    example,
                )
            }
        }
    }

    fn write_object(&self, state: &mut State, record: &ObjectRecord) -> io::Result<()> {
        if interrupt::output_closed() {
            // No one reads the report any more; the results file still gets the record.
            return Ok(());
        }
        if self.style.baseline_create || self.style.format == Format::Sarif {
            // Skips still go to stderr: a baseline or SARIF file must not hide them.
            if record.status != Status::Complete {
                state.json_objects.push(record.clone());
                return self.write_skip_line(state, record);
            }
            return Ok(());
        }
        match self.style.format {
            Format::Sarif => unreachable!("handled above"),
            Format::Jsonl => {
                serde_json::to_writer(&mut state.out, record)?;
                state.out.write_all(b"\n")
            }
            Format::Json => {
                state.json_objects.push(record.clone());
                Ok(())
            }
            Format::Human => {
                if record.status != Status::Complete {
                    self.write_skip_line(state, record)?;
                }
                if !record.detections.is_empty() {
                    write_object_table(&mut state.out, self.style.color, record)?;
                }
                Ok(())
            }
        }
    }

    /// `trawl: path: skipped (REASON: message)` on stderr, so stdout stays a list of findings.
    fn write_skip_line(&self, state: &mut State, record: &ObjectRecord) -> io::Result<()> {
        state.out.flush()?;
        let reason = reason_name(record.reason);
        let status = if record.status == Status::Partial {
            "partial"
        } else {
            "skipped"
        };
        eprintln!(
            "trawl: {}: {status} ({reason}{})",
            display_path(&record.source, &record.container),
            record
                .message
                .as_deref()
                .map(|m| format!(": {}", escape(m)))
                .unwrap_or_default()
        );
        Ok(())
    }

    /// Flushes, prints the summary, and returns the totals.
    pub fn finish(self) -> Result<Totals> {
        let style = self.style;
        let mut state = self.state.into_inner().unwrap_or_else(|p| p.into_inner());
        // The reader of standard output went away (`trawl scan | head`): not an error, as for
        // `rg`. The scan stopped there; the results file, if any, is still finished, and the
        // exit code follows what was found until then.
        let closed = interrupt::output_closed()
            || matches!(&state.error, Some(e) if e.kind() == io::ErrorKind::BrokenPipe);
        if let Some(e) = state.error.take().filter(|_| !closed) {
            return Err(e).context("writing results");
        }
        let signal = interrupt::signal();
        if signal.is_some() {
            state.totals.interrupted = true;
            state.totals.not_reached = Some(state.not_reached);
        }
        if let Some(objects) = &mut state.objects {
            state.totals.by_prefix = std::mem::take(&mut objects.by_prefix);
        }
        let totals = state.totals.clone();
        let summary = Summary {
            kind: "summary",
            totals: &totals,
        };
        let summary = serde_json::to_value(&summary).context("encoding the summary")?;
        let mut totals = totals;
        if let Some(recorder) = state.recorder.take() {
            totals.results_end = recorder.finish(&summary)?;
        }
        if closed {
            return Ok(totals);
        }
        if style.baseline_create {
            let doc = baseline::document(std::mem::take(&mut state.json_findings));
            serde_json::to_writer_pretty(&mut state.out, &doc)?;
            writeln!(state.out)?;
            state
                .out
                .flush()
                .context("writing the baseline to standard output")?;
            eprintln!(
                "trawl: baseline of {} finding{} in {} objects",
                totals.findings,
                if totals.findings == 1 { "" } else { "s" },
                totals.objects
            );
            return Ok(totals);
        }
        match style.format {
            Format::Sarif => {
                let doc = sarif::document(
                    &self.rules,
                    std::mem::take(&mut state.json_findings),
                    &state.json_objects,
                );
                serde_json::to_writer_pretty(&mut state.out, &doc)?;
                writeln!(state.out)?;
            }
            Format::Jsonl => writeln!(state.out, "{summary}")?,
            Format::Json => {
                let doc = serde_json::json!({
                    "findings": state.json_findings,
                    "objects": state.json_objects,
                    "summary": summary,
                });
                serde_json::to_writer_pretty(&mut state.out, &doc)?;
                writeln!(state.out)?;
            }
            Format::Human => {
                if let Some(objects) = &state.objects {
                    write_identifier_table(&mut state.out, &totals, objects)?;
                }
                state.out.flush()?;
                let skipped = totals.skipped + totals.partial;
                let mut line = String::new();
                if let Some(signal) = signal {
                    line.push_str(&format!(
                        "trawl: interrupted by {}: {} listed object{} not reached\n",
                        interrupt::name(signal),
                        state.not_reached,
                        if state.not_reached == 1 { "" } else { "s" },
                    ));
                }
                line += &format!(
                    "trawl: {} finding{} in {} object{} ({} bytes)",
                    totals.findings,
                    if totals.findings == 1 { "" } else { "s" },
                    totals.objects,
                    if totals.objects == 1 { "" } else { "s" },
                    totals.bytes
                );
                if totals.resumed > 0 {
                    line.push_str(&format!(
                        ", {} of them done before the checkpoint",
                        totals.resumed
                    ));
                }
                if skipped > 0 {
                    line.push_str(&format!("; {skipped} not fully scanned ("));
                    let reasons: Vec<String> = totals
                        .by_reason
                        .iter()
                        .map(|(reason, n)| format!("{reason} {n}"))
                        .collect();
                    line.push_str(&reasons.join(", "));
                    line.push(')');
                }
                if totals.out_of_scope > 0 {
                    line.push_str(&format!("; {} out of scope", totals.out_of_scope));
                }
                if let Some(shard) = totals.shard {
                    line.push_str(&format!(
                        "; shard {}/{} ({} objects in other shards)",
                        shard.index, shard.count, totals.other_shards
                    ));
                }
                if totals.not_current > 0 {
                    line.push_str(&format!(
                        "; {} delete markers or older versions passed over",
                        totals.not_current
                    ));
                }
                if totals.changed_since_inventory > 0 {
                    line.push_str(&format!(
                        "; {} changed since the inventory, scanned as they are now",
                        totals.changed_since_inventory
                    ));
                }
                if totals.findings > 0 {
                    line.push_str(
                        ".\nTo allow a false alarm: add `trawl:allow` to its line, add the value to [allow] in \
                         trawl.toml, or accept the current findings with \
                         `trawl baseline create > .trawl-baseline.json` and `--baseline .trawl-baseline.json`",
                    );
                }
                eprintln!("{line}");
            }
        }
        state
            .out
            .flush()
            .context("writing results to standard output")?;
        Ok(totals)
    }
}

impl Sink for Output {
    // Once writing the results has failed (a closed pipe, a full disk), scanning on is wasted
    // work: the scan is asked to stop, and the error is reported at the end.
    fn findings(&self, source: &str, findings: Vec<Finding>) -> ControlFlow<()> {
        let mut state = self.lock();
        for f in &findings {
            if let Some(baseline) = &self.baseline {
                if baseline.contains(&(
                    f.id().to_string(),
                    f.fingerprint.clone().unwrap_or_default(),
                )) {
                    state
                        .dropped
                        .entry((source.to_string(), f.container.clone()))
                        .or_default()
                        .push(f.id().to_string());
                    continue;
                }
            }
            if let Some(objects) = &mut state.objects {
                // Counted from the object's record, which counts what was not delivered.
                objects.occurrence(source, f, self.style.show_secrets);
                if let Some(recorder) = &mut state.recorder {
                    // Macie's records take occurrences; trawl's hold no finding lines here.
                    if let Err(e) = recorder.finding(source, f) {
                        state.error.get_or_insert(e);
                    }
                }
                continue;
            }
            state.totals.findings += 1;
            // Looked up by `&str` first: an owned key per finding was an allocation each.
            match state.totals.by_identifier.get_mut(f.id()) {
                Some(count) => *count += 1,
                None => {
                    state.totals.by_identifier.insert(f.id().to_string(), 1);
                }
            }
            let mut scratch = state.error.take();
            if scratch.is_none() {
                if let Err(e) = self.write_finding(&mut state, source, f) {
                    scratch = Some(e);
                }
            }
            if let Some(recorder) = &mut state.recorder {
                if let Err(e) = recorder.finding(source, f) {
                    scratch.get_or_insert(e);
                }
            }
            state.error = scratch;
        }
        Self::flow(&state)
    }

    fn poll(&self) -> ControlFlow<()> {
        Self::flow(&self.lock())
    }

    fn not_reached(&self, _source: &str) {
        self.lock().not_reached += 1;
    }

    fn object(&self, mut record: ObjectRecord) -> ControlFlow<()> {
        let mut state = self.lock();
        let dropped: Vec<String> = if record.container.is_empty() {
            let keys: Vec<_> = state
                .dropped
                .keys()
                .filter(|(s, _)| *s == record.source)
                .cloned()
                .collect();
            keys.into_iter()
                .flat_map(|k| state.dropped.remove(&k).unwrap_or_default())
                .collect()
        } else {
            state
                .dropped
                .get(&(record.source.clone(), record.container.clone()))
                .cloned()
                .unwrap_or_default()
        };
        if !dropped.is_empty() {
            for id in dropped {
                if let Some(count) = record.findings.get_mut(&id) {
                    *count -= 1;
                    if *count == 0 {
                        record.findings.remove(&id);
                    }
                }
            }
            if record.findings.is_empty() {
                record.severity = None;
            }
        }
        if record.container.is_empty() {
            if let Some(objects) = &mut state.objects {
                objects.close(&mut record);
                for (id, count) in &record.findings {
                    state.totals.findings += count;
                    *state.totals.by_identifier.entry(id.clone()).or_default() += count;
                }
            }
        }
        if let Some(recorder) = &mut state.recorder {
            if let Err(e) = recorder.object(&record) {
                state.error.get_or_insert(e);
            }
        }
        let totals = &mut state.totals;
        if !record.container.is_empty() {
            // An archive member: its bytes and problems are in the top-level object's record.
            totals.members += 1;
            if state.error.is_none() {
                if let Err(e) = self.write_object(&mut state, &record) {
                    state.error = Some(e);
                }
            }
            return Self::flow(&state);
        }
        totals.count_object(record.status, record.reason, record.bytes);
        if let Some(done) = state.resumed.get(&record.source).cloned() {
            // Done by an earlier run and read again (its ETag changed): this record replaces
            // that one in the totals.
            state.totals.add_done(&done, -1);
        }
        if state.error.is_none() {
            if let Err(e) = self.write_object(&mut state, &record) {
                state.error = Some(e);
            }
        }
        Self::flow(&state)
    }
}

/// How many locations the human report shows per identifier of an object.
const LOCATIONS_SHOWN: usize = 3;

/// The human report of one object under `--report objects`: its path, then per identifier
/// (by severity, then count) its severity, count and first locations.
fn write_object_table(out: &mut impl Write, color: bool, record: &ObjectRecord) -> io::Result<()> {
    let [magenta, bold, reset] = if color {
        [MAGENTA, BOLD, RESET]
    } else {
        [""; 3]
    };
    writeln!(out, "{magenta}{}{reset}", escape(&record.source))?;
    let width = record
        .detections
        .iter()
        .map(|d| d.identifier.len())
        .max()
        .unwrap_or(0);
    for d in &record.detections {
        let mut locations: Vec<String> = d
            .occurrences
            .iter()
            .take(LOCATIONS_SHOWN)
            .map(occurrence_location)
            .collect();
        if d.count > locations.len() as u64 {
            locations.push("…".to_string());
        }
        writeln!(
            out,
            "  {bold}{:width$}{reset}  {:6}  {:>9}  {}",
            d.identifier,
            d.severity.as_str(),
            d.count,
            locations.join(", "),
        )?;
    }
    Ok(())
}

/// `line:column`, with the member path first for an archive member (`inner.zip!a.txt 3:7`).
fn occurrence_location(occurrence: &serde_json::Value) -> String {
    let at = format!("{}:{}", occurrence["line"], occurrence["column"]);
    match occurrence["container"].as_array() {
        Some(members) if !members.is_empty() => {
            let path: Vec<String> = members
                .iter()
                .map(|m| escape(m.as_str().unwrap_or_default()).into_owned())
                .collect();
            format!("{} {at}", path.join("!"))
        }
        _ => at,
    }
}

/// The closing table of `--report objects`: per identifier (by severity, then count) its
/// findings in every object.
fn write_identifier_table(
    out: &mut impl Write,
    totals: &Totals,
    objects: &Objects,
) -> io::Result<()> {
    if totals.by_identifier.is_empty() {
        return Ok(());
    }
    let mut rows: Vec<(&String, &u64, Option<&Severity>)> = totals
        .by_identifier
        .iter()
        .map(|(id, n)| (id, n, objects.severity.get(id)))
        .collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(a.1)).then(a.0.cmp(b.0)));
    let width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0).max(10);
    writeln!(
        out,
        "\n{:width$}  {:6}  {:>9}",
        "identifier", "level", "findings"
    )?;
    for (id, count, severity) in rows {
        let level = severity.map_or("", |s| s.as_str());
        writeln!(out, "{id:width$}  {level:6}  {count:>9}")?;
    }
    Ok(())
}

/// `ACCESS_DENIED`: a reason as the JSON records spell it; `UNKNOWN` for none.
fn reason_name(reason: Option<trawl_scanner::Reason>) -> String {
    reason.map_or_else(|| "UNKNOWN".into(), trawl_scanner::Reason::name)
}

/// `outer.zip!inner.zip!keys.txt` for a member of nested archives; the path alone otherwise.
fn display_path(source: &str, container: &[String]) -> String {
    let mut shown = escape(source).into_owned();
    for member in container {
        shown.push('!');
        shown.push_str(&escape(member));
    }
    shown
}
