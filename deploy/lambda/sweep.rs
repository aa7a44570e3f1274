//! One invocation's objects swept before the Lambda's deadline, with the library's S3 sweep
//! (the code `trawl scan --items` runs), and their lines written to one results file under
//! `TRAWL_RESULTS` in trawl's `--results` format, so `trawl results merge` reads them with
//! the shards' and the CLI's.
//!
//! The deadline: the sweep runs on a thread of its own while this one waits until the margin
//! before the deadline. Then the sweep is asked to stop (objects being read end PARTIAL with
//! `STOPPED`) and given a short grace. Whatever has no record after it, a GET still waiting
//! for S3 included, gets a PARTIAL `STOPPED` record with the findings delivered so far: the
//! invocation answers with every object it was given, never with nothing. A sweep that did
//! not end in the grace is left behind, and the process exits after answering (see
//! `main.rs`), so it cannot write into the next invocation. The results file's upload is
//! bounded by the deadline too.

use flate2::write::GzEncoder;
use flate2::Compression;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};
use trawl_scanner::s3::{self, ObjectInfo, S3Url, Source, SweepOptions};
use trawl_scanner::{Finding, ObjectRecord, Reason, Scanner, Sink, Status};

/// How the function sweeps, from its environment (see `main.rs`).
pub struct Settings {
    pub scanner: Arc<Scanner>,
    pub endpoint_url: Option<String>,
    /// Objects read at once.
    pub concurrency: usize,
    /// Objects larger than this are SKIPPED with `FILE_EXCEEDS_SIZE_LIMIT` (known sizes).
    pub max_file_size: Option<u64>,
    /// Where results files go (TRAWL_RESULTS); none: only the answer tells what was found.
    pub results: Option<S3Url>,
    /// Longest margin kept before the deadline, to answer in.
    pub margin: Duration,
}

/// What an invocation's sweep ends with.
pub struct Swept {
    /// Each object's top-level record, in the order given.
    pub records: Vec<ObjectRecord>,
    /// `s3://…` of the results file, when one was written.
    pub results_file: Option<String>,
    /// Why the results file could not be written (its findings are lost: a retry is due).
    pub results_error: Option<String>,
    /// The deadline came before the sweep's end.
    pub stopped_at_deadline: bool,
    /// The sweep did not end even after it was asked to stop: the process must not serve
    /// another invocation.
    pub abandoned: bool,
}

impl Swept {
    /// Findings per identifier over every record.
    pub fn by_identifier(&self) -> BTreeMap<String, u64> {
        let mut totals = BTreeMap::new();
        for record in &self.records {
            for (id, count) in &record.findings {
                *totals.entry(id.clone()).or_default() += count;
            }
        }
        totals
    }

    /// Records per status: (complete, partial, skipped).
    pub fn statuses(&self) -> (usize, usize, usize) {
        let count = |status| self.records.iter().filter(|r| r.status == status).count();
        let (complete, partial) = (count(Status::Complete), count(Status::Partial));
        (complete, partial, self.records.len() - complete - partial)
    }
}

/// The message of a record made up at the deadline.
const DEADLINE_MESSAGE: &str = "not finished before the Lambda function's deadline: \
     only the findings delivered until then are counted";

/// Time kept, after the results file is written, to send the answer.
const ANSWER_TIME: Duration = Duration::from_millis(300);

/// An object as the invocation knows it: its source (which names a version asked for) and
/// that version.
type Given = (String, Option<String>);

/// Sweeps `objects` until `deadline`, writing a results file under `results`; `request_id`
/// names the invocation in the file's summary line.
pub fn sweep(
    settings: &Settings,
    runtime: &tokio::runtime::Runtime,
    objects: Vec<ObjectInfo>,
    deadline: Instant,
    request_id: &str,
    results: Option<&S3Url>,
) -> Swept {
    let started = Instant::now();
    let given: Vec<Given> = objects
        .iter()
        .map(|o| (o.source(), o.version_id.clone()))
        .collect();
    // The lines are spilled to a file while the sweep runs, never held whole in memory; with
    // no destination (or nothing to sweep) there is no file.
    let mut spill_error = None;
    let spill = results.filter(|_| !objects.is_empty()).and_then(|_| {
        tempfile::NamedTempFile::new()
            .map_err(|e| spill_error = Some(format!("creating a temporary results file: {e}")))
            .ok()
    });
    let writer = spill
        .as_ref()
        .and_then(|f| f.as_file().try_clone().ok())
        .map(|f| GzEncoder::new(BufWriter::new(f), Compression::fast()));
    let collector = Arc::new(Collector {
        stop: AtomicBool::new(false),
        state: Mutex::new(State {
            writer,
            records: HashMap::new(),
            findings: HashMap::new(),
            write_error: None,
        }),
    });

    let (done, finished) = mpsc::channel();
    {
        let sink = Arc::clone(&collector);
        let scanner = Arc::clone(&settings.scanner);
        let options = SweepOptions {
            endpoint_url: settings.endpoint_url.clone(),
            concurrency: settings.concurrency.min(objects.len()).max(1),
            max_file_size: settings.max_file_size,
            ..SweepOptions::default()
        };
        let spawned = std::thread::Builder::new()
            .name("trawl-sweep".into())
            .spawn(move || {
                let result =
                    s3::sweep_source(&scanner, &Source::Objects(objects), &options, &*sink);
                let _ = done.send(result.map(|_| ()).map_err(|e| e.to_string()));
            });
        if let Err(e) = spawned {
            collector.fail_all(&given, &format!("starting the sweep: {e}"));
        }
    }

    // Stop with a margin to answer in: at most `settings.margin`, and never more than a
    // quarter of the time this invocation had.
    let budget = deadline.saturating_duration_since(started);
    let stop_at = deadline - settings.margin.min(budget / 4);
    let mut stopped_at_deadline = false;
    let mut ended = finished.recv_timeout(stop_at.saturating_duration_since(Instant::now()));
    if let Err(mpsc::RecvTimeoutError::Timeout) = ended {
        stopped_at_deadline = true;
        collector.stop.store(true, Ordering::Relaxed);
        let grace = deadline.saturating_duration_since(Instant::now()) / 3;
        ended = finished.recv_timeout(grace);
    }
    let abandoned = matches!(ended, Err(mpsc::RecvTimeoutError::Timeout));
    match ended {
        Ok(Ok(())) | Err(mpsc::RecvTimeoutError::Timeout) => {}
        Ok(Err(message)) => collector.fail_all(&given, &message),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            collector.fail_all(&given, "the sweep ended without an answer")
        }
    }

    let mut state = collector.state.lock().unwrap_or_else(|p| p.into_inner());
    // From here on a sweep left behind writes nothing.
    let writer = state.writer.take();
    let mut made_up = Vec::new();
    let records: Vec<ObjectRecord> = given
        .iter()
        .map(|(source, version)| {
            state.records.remove(source).unwrap_or_else(|| {
                let record = state.missing_record(source, version, stopped_at_deadline);
                made_up.push(record.clone());
                record
            })
        })
        .collect();
    let write_error = state.write_error.take().or(spill_error);
    drop(state);

    let mut swept = Swept {
        records,
        results_file: None,
        results_error: write_error,
        stopped_at_deadline,
        abandoned,
    };
    if let (Some(results), Some(writer), Some(spill), None) =
        (results, writer, spill, &swept.results_error)
    {
        let key = format!("{}{}", results.prefix, results_name(&given));
        let written = finish_results(writer, &made_up, &swept, request_id)
            .and_then(|()| upload(settings, runtime, &results.bucket, &key, &spill, deadline));
        match written {
            Ok(()) => swept.results_file = Some(format!("s3://{}/{key}", results.bucket)),
            Err(e) => swept.results_error = Some(e),
        }
    }
    swept
}

/// The results file's name: the same objects always give the same name, so a retried
/// invocation replaces its earlier file instead of adding a second reading to the merge.
fn results_name(given: &[Given]) -> String {
    let mut sources: Vec<&str> = given.iter().map(|(source, _)| source.as_str()).collect();
    sources.sort_unstable();
    let mut hasher = Sha256::new();
    for source in sources {
        hasher.update(source.as_bytes());
        hasher.update(b"\n");
    }
    let digest = hasher.finalize();
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("trawl-results-lambda-{hex}.jsonl.gz")
}

/// Adds the records made up at the end and the summary line, and ends the gzip stream.
fn finish_results(
    mut writer: GzEncoder<BufWriter<File>>,
    made_up: &[ObjectRecord],
    swept: &Swept,
    request_id: &str,
) -> Result<(), String> {
    let by_identifier = swept.by_identifier();
    let (complete, partial, skipped) = swept.statuses();
    let mut by_reason = BTreeMap::new();
    for record in swept
        .records
        .iter()
        .filter(|r| r.status != Status::Complete)
    {
        let reason = record.reason.map_or_else(|| "UNKNOWN".into(), Reason::name);
        *by_reason.entry(reason).or_default() += 1;
    }
    let summary = Summary {
        kind: "summary",
        objects: swept.records.len(),
        complete,
        partial,
        skipped,
        bytes: swept.records.iter().map(|r| r.bytes).sum(),
        findings: by_identifier.values().sum(),
        by_identifier,
        by_reason,
        lambda_request_id: request_id,
        stopped_at_deadline: swept.stopped_at_deadline,
    };
    let write = || -> std::io::Result<()> {
        for record in made_up {
            serde_json::to_writer(&mut writer, record)?;
            writer.write_all(b"\n")?;
        }
        serde_json::to_writer(&mut writer, &summary)?;
        writer.write_all(b"\n")?;
        writer.finish()?.flush()
    };
    write().map_err(|e| format!("writing the results file: {e}"))
}

/// The results file's last line, as `trawl scan`'s summary names its counts.
#[derive(serde::Serialize)]
struct Summary<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    objects: usize,
    complete: usize,
    partial: usize,
    skipped: usize,
    bytes: u64,
    findings: u64,
    by_identifier: BTreeMap<String, u64>,
    by_reason: BTreeMap<String, u64>,
    lambda_request_id: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    stopped_at_deadline: bool,
}

/// PutObject of the finished results file, streamed from disk (the SDK retries it), given up
/// when it would leave no time to answer before `deadline`.
fn upload(
    settings: &Settings,
    runtime: &tokio::runtime::Runtime,
    bucket: &str,
    key: &str,
    spill: &tempfile::NamedTempFile,
    deadline: Instant,
) -> Result<(), String> {
    let options = SweepOptions {
        endpoint_url: settings.endpoint_url.clone(),
        ..SweepOptions::default()
    };
    let time = deadline
        .saturating_duration_since(Instant::now())
        .saturating_sub(ANSWER_TIME);
    let put = async {
        let client = s3::client(&options).await;
        s3::upload(&client, bucket, key, spill.path()).await
    };
    match runtime.block_on(async { tokio::time::timeout(time, put).await }) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(format!("writing s3://{bucket}/{key}: {e}")),
        Err(_) => Err(format!(
            "writing s3://{bucket}/{key}: not done before the deadline"
        )),
    }
}

/// The sink the sweep reports to: lines into the results file, top-level records kept for
/// the answer, and findings counted per object for the records made up at the deadline.
struct Collector {
    stop: AtomicBool,
    state: Mutex<State>,
}

struct State {
    writer: Option<GzEncoder<BufWriter<File>>>,
    /// Top-level records by source.
    records: HashMap<String, ObjectRecord>,
    /// Findings delivered per source, for objects with no record yet.
    findings: HashMap<String, BTreeMap<String, u64>>,
    write_error: Option<String>,
}

impl State {
    fn write_line(&mut self, line: impl serde::Serialize) {
        let Some(writer) = self.writer.as_mut() else {
            return;
        };
        let written = serde_json::to_writer(&mut *writer, &line)
            .map_err(std::io::Error::from)
            .and_then(|()| writer.write_all(b"\n"));
        if let Err(e) = written {
            self.write_error = Some(format!("writing the results file: {e}"));
            self.writer = None;
        }
    }

    /// The record of an object the sweep gave none: PARTIAL `STOPPED` with the findings
    /// delivered so far when the deadline stopped it; otherwise (a bug) SKIPPED `READ_ERROR`,
    /// so the answer still accounts for the object.
    fn missing_record(
        &mut self,
        source: &str,
        version: &Option<String>,
        stopped_at_deadline: bool,
    ) -> ObjectRecord {
        let mut record = if stopped_at_deadline {
            let mut record =
                ObjectRecord::skipped(source, Reason::Stopped, Some(DEADLINE_MESSAGE.into()));
            record.status = Status::Partial;
            record.findings = self.findings.remove(source).unwrap_or_default();
            record
        } else {
            let message = "the sweep gave this object no record".to_string();
            ObjectRecord::skipped(source, Reason::ReadError, Some(message))
        };
        record.version_id.clone_from(version);
        record
    }
}

impl Collector {
    /// Every object without a record gets a SKIPPED `READ_ERROR` one with `message`.
    fn fail_all(&self, given: &[Given], message: &str) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        for (source, version) in given {
            if !state.records.contains_key(source) {
                let mut record =
                    ObjectRecord::skipped(source.clone(), Reason::ReadError, Some(message.into()));
                record.version_id.clone_from(version);
                state.write_line(&record);
                state.records.insert(source.clone(), record);
            }
        }
    }

    fn flow(&self) -> ControlFlow<()> {
        if self.stop.load(Ordering::Relaxed) {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    }
}

impl Sink for Collector {
    fn findings(&self, source: &str, findings: Vec<Finding>) -> ControlFlow<()> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        for finding in &findings {
            // Masked, as the CLI's results are unless --show-secrets.
            state.write_line(finding.record(source, false));
        }
        if !findings.is_empty() {
            let counts = state.findings.entry(source.to_string()).or_default();
            for finding in &findings {
                match counts.get_mut(finding.id()) {
                    Some(count) => *count += 1,
                    None => {
                        counts.insert(finding.id().to_string(), 1);
                    }
                }
            }
        }
        drop(state);
        self.flow()
    }

    fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.write_line(&record);
        if record.container.is_empty() {
            state.findings.remove(&record.source);
            state.records.insert(record.source.clone(), record);
        }
        drop(state);
        self.flow()
    }

    fn poll(&self) -> ControlFlow<()> {
        self.flow()
    }
}
