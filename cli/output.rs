//! Writing findings and object records: human text, one JSON document, or JSON Lines.
//!
//! Results arrive from several walker threads; each call writes whole lines under one lock,
//! so lines never interleave. Values are redacted unless `--show-secrets`.

use crate::args::Format;
use anyhow::{Context, Result};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, BufWriter, Stdout, Write};
use std::sync::Mutex;
use trawl_scanner::files::Sink;
use trawl_scanner::{Finding, ObjectRecord, Status};

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub format: Format,
    pub color: bool,
    pub show_secrets: bool,
}

/// What the run saw, for the summary and the exit code.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Totals {
    pub objects: u64,
    pub complete: u64,
    pub partial: u64,
    pub skipped: u64,
    pub bytes: u64,
    pub findings: u64,
    /// Findings per identifier id.
    pub by_identifier: BTreeMap<String, u64>,
    /// Objects skipped or partial per reason.
    pub by_reason: BTreeMap<String, u64>,
    #[serde(skip)]
    pub incomplete: u64,
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
    /// `--format json` gathers everything for one document.
    json_findings: Vec<serde_json::Value>,
    json_objects: Vec<ObjectRecord>,
    error: Option<io::Error>,
}

pub struct Output {
    style: Style,
    state: Mutex<State>,
}

const RED: &str = "\x1b[31m";
const MAGENTA: &str = "\x1b[35m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

impl Output {
    pub fn new(style: Style) -> Self {
        Output {
            style,
            state: Mutex::new(State {
                out: BufWriter::with_capacity(64 * 1024, io::stdout()),
                totals: Totals::default(),
                json_findings: Vec::new(),
                json_objects: Vec::new(),
                error: None,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock would already have aborted the scan's output; keep
        // going with what is there rather than panicking again.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write_finding(&self, state: &mut State, source: &str, f: &Finding) -> io::Result<()> {
        let record = f.record(source, self.style.show_secrets);
        match self.style.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut state.out, &record)?;
                state.out.write_all(b"\n")
            }
            Format::Json => {
                state.json_findings.push(serde_json::to_value(&record).map_err(io::Error::other)?);
                Ok(())
            }
            Format::Human => {
                let shown = if self.style.show_secrets {
                    String::from_utf8_lossy(f.value()).replace('\n', "\\n")
                } else {
                    f.redacted.clone()
                };
                let example = if f.details.iter().any(|(k, _)| *k == "example") { " (example)" } else { "" };
                if self.style.color {
                    writeln!(
                        state.out,
                        "{MAGENTA}{source}{RESET}:{GREEN}{}{RESET}:{}: {BOLD}{}{RESET} [{}] {RED}{shown}{RESET}{example}",
                        f.line,
                        f.column,
                        f.id(),
                        f.severity
                    )
                } else {
                    writeln!(state.out, "{source}:{}:{}: {} [{}] {shown}{example}", f.line, f.column, f.id(), f.severity)
                }
            }
        }
    }

    fn write_object(&self, state: &mut State, record: &ObjectRecord) -> io::Result<()> {
        match self.style.format {
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
                    // Skips go to stderr so stdout stays a list of findings.
                    state.out.flush()?;
                    let reason = record.reason.map(|r| serde_json::to_value(r).ok()).flatten();
                    let reason = reason.as_ref().and_then(|r| r.as_str()).unwrap_or("UNKNOWN");
                    let status = if record.status == Status::Partial { "partial" } else { "skipped" };
                    eprintln!(
                        "trawl: {}: {status} ({reason}{})",
                        record.source,
                        record.message.as_deref().map(|m| format!(": {m}")).unwrap_or_default()
                    );
                }
                Ok(())
            }
        }
    }

    /// Flushes, prints the summary, and returns the totals.
    pub fn finish(self) -> Result<Totals> {
        let style = self.style;
        let mut state = self.state.into_inner().unwrap_or_else(|p| p.into_inner());
        if let Some(e) = state.error.take() {
            return Err(e).context("writing results to standard output");
        }
        let totals = state.totals.clone();
        let summary = Summary { kind: "summary", totals: &totals };
        let summary = serde_json::to_value(&summary).context("encoding the summary")?;
        match style.format {
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
                state.out.flush()?;
                let skipped = totals.skipped + totals.partial;
                let mut line = format!(
                    "trawl: {} finding{} in {} object{} ({} bytes)",
                    totals.findings,
                    if totals.findings == 1 { "" } else { "s" },
                    totals.objects,
                    if totals.objects == 1 { "" } else { "s" },
                    totals.bytes
                );
                if skipped > 0 {
                    line.push_str(&format!("; {skipped} not fully scanned"));
                }
                if totals.findings > 0 {
                    line.push_str(". To silence a false alarm, add the value to [allow] in trawl.toml, or use --exclude-identifiers or --min-severity");
                }
                eprintln!("{line}");
            }
        }
        state.out.flush().context("writing results to standard output")?;
        Ok(totals)
    }
}

impl Sink for Output {
    fn findings(&self, source: &str, findings: Vec<Finding>) {
        let mut state = self.lock();
        for f in &findings {
            state.totals.findings += 1;
            *state.totals.by_identifier.entry(f.id().to_string()).or_default() += 1;
            let mut scratch = std::mem::replace(&mut state.error, None);
            if scratch.is_none() {
                if let Err(e) = self.write_finding(&mut state, source, f) {
                    scratch = Some(e);
                }
            }
            state.error = scratch;
        }
    }

    fn object(&self, record: ObjectRecord) {
        let mut state = self.lock();
        let totals = &mut state.totals;
        totals.objects += 1;
        totals.bytes += record.bytes;
        match record.status {
            Status::Complete => totals.complete += 1,
            Status::Partial => totals.partial += 1,
            Status::Skipped => totals.skipped += 1,
        }
        if record.status != Status::Complete {
            totals.incomplete += 1;
            let reason = record.reason.and_then(|r| serde_json::to_value(r).ok()).and_then(|v| v.as_str().map(String::from));
            *totals.by_reason.entry(reason.unwrap_or_else(|| "UNKNOWN".into())).or_default() += 1;
        }
        if state.error.is_none() {
            if let Err(e) = self.write_object(&mut state, &record) {
                state.error = Some(e);
            }
        }
    }
}
