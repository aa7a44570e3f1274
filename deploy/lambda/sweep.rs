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
//! `main.rs`), so it cannot write into the next invocation.

use flate2::write::GzEncoder;
use flate2::Compression;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{BufWriter, Seek, SeekFrom, Write};
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
    pub region: Option<String>,
    /// Objects read at once.
    pub concurrency: usize,
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
}

/// An object's identity in one invocation: its source and the version asked for.
type ObjectKey = (String, Option<String>);

fn key_of(object: &ObjectInfo) -> ObjectKey {
    (object.source(), object.version_id.clone())
}

/// The message of a record made up at the deadline.
const DEADLINE_MESSAGE: &str = "not finished before the Lambda function's deadline: \
     only the findings delivered until then are counted";

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
    let order: Vec<ObjectKey> = objects.iter().map(key_of).collect();
    let (file, spill_error) = match tempfile::tempfile() {
        Ok(file) => (Some(file), None),
        Err(e) => (
            None,
            Some(format!("creating a temporary results file: {e}")),
        ),
    };
    let collector = Arc::new(Collector {
        stop: AtomicBool::new(false),
        state: Mutex::new(State {
            writer: file
                .as_ref()
                .and_then(|f| f.try_clone().ok())
                .map(|f| GzEncoder::new(BufWriter::new(f), Compression::fast())),
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
            region: settings.region.clone(),
            concurrency: settings.concurrency,
            ..SweepOptions::default()
        };
        let spawned = std::thread::Builder::new()
            .name("trawl-sweep".into())
            .spawn(move || {
                let result =
                    s3::sweep_source(&scanner, &Source::Objects(objects), &options, &*sink);
                let _ = done.send(result.map_err(|e| e.to_string()));
            });
        if let Err(e) = spawned {
            collector.fail_all(&order, &format!("starting the sweep: {e}"));
        }
    }

    // Stop with a margin to answer in: at most `settings.margin`, and never more than a
    // quarter of the time this invocation had.
    let budget = deadline.saturating_duration_since(started);
    let stop_at = deadline - settings.margin.min(budget / 4);
    let mut stopped_at_deadline = false;
    let mut abandoned = false;
    match finished.recv_timeout(stop_at.saturating_duration_since(Instant::now())) {
        Ok(Ok(_stats)) => {}
        Ok(Err(message)) => collector.fail_all(&order, &message),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            collector.fail_all(&order, "the sweep ended without an answer")
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            stopped_at_deadline = true;
            collector.stop.store(true, Ordering::Relaxed);
            let grace = deadline.saturating_duration_since(Instant::now()) / 3;
            abandoned = matches!(
                finished.recv_timeout(grace),
                Err(mpsc::RecvTimeoutError::Timeout)
            );
        }
    }

    let mut state = collector.state.lock().unwrap_or_else(|p| p.into_inner());
    // From here on a sweep left behind writes nothing.
    let writer = state.writer.take();
    let mut made_up = Vec::new();
    let records: Vec<ObjectRecord> = order
        .iter()
        .map(|key| match state.records.remove(key) {
            Some(record) => record,
            None => {
                let record = state.deadline_record(key);
                made_up.push(record.clone());
                record
            }
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
    if let (Some(results), Some(writer), Some(file), None) =
        (results, writer, file, &swept.results_error)
    {
        let name = results_name(&order);
        let written = finish_results(writer, &made_up, &swept, request_id)
            .and_then(|()| upload(settings, runtime, results, &name, file).map(|()| name.clone()));
        match written {
            Ok(name) => {
                swept.results_file =
                    Some(format!("s3://{}/{}{name}", results.bucket, results.prefix))
            }
            Err(e) => swept.results_error = Some(e),
        }
    }
    swept
}

/// The results file's key: the same objects always give the same name, so a retried
/// invocation replaces its earlier file instead of adding a second reading to the merge.
fn results_name(order: &[ObjectKey]) -> String {
    let mut sorted: Vec<&ObjectKey> = order.iter().collect();
    sorted.sort();
    let mut hasher = Sha256::new();
    for (source, version) in sorted {
        hasher.update(source.as_bytes());
        hasher.update(b"\0");
        hasher.update(version.as_deref().unwrap_or("").as_bytes());
        hasher.update(b"\n");
    }
    let digest = hasher.finalize();
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("trawl-results-lambda-{hex}.jsonl.gz")
}

/// Adds the records made up at the deadline and the summary line, and ends the gzip stream.
fn finish_results(
    mut writer: GzEncoder<BufWriter<File>>,
    made_up: &[ObjectRecord],
    swept: &Swept,
    request_id: &str,
) -> Result<(), String> {
    let mut summary = Summary {
        kind: "summary",
        objects: swept.records.len() as u64,
        complete: 0,
        partial: 0,
        skipped: 0,
        bytes: 0,
        findings: 0,
        by_identifier: swept.by_identifier(),
        by_reason: BTreeMap::new(),
        lambda_request_id: request_id,
        stopped_at_deadline: swept.stopped_at_deadline,
    };
    for record in &swept.records {
        match record.status {
            Status::Complete => summary.complete += 1,
            Status::Partial => summary.partial += 1,
            _ => summary.skipped += 1,
        }
        if record.status != Status::Complete {
            let reason = record.reason.map_or("UNKNOWN".to_string(), reason_name);
            *summary.by_reason.entry(reason).or_default() += 1;
        }
        summary.bytes += record.bytes;
    }
    summary.findings = summary.by_identifier.values().sum();
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

/// A reason as its JSON name (`READ_ERROR`).
pub fn reason_name(reason: Reason) -> String {
    serde_json::to_value(reason)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "UNKNOWN".into())
}

#[derive(serde::Serialize)]
struct Summary<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    objects: u64,
    complete: u64,
    partial: u64,
    skipped: u64,
    bytes: u64,
    findings: u64,
    by_identifier: BTreeMap<String, u64>,
    by_reason: BTreeMap<String, u64>,
    lambda_request_id: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    stopped_at_deadline: bool,
}

/// PutObject of the finished results file, streamed from disk.
fn upload(
    settings: &Settings,
    runtime: &tokio::runtime::Runtime,
    results: &S3Url,
    name: &str,
    mut file: File,
) -> Result<(), String> {
    // The writer shared the file's offset: read it from its start.
    file.seek(SeekFrom::Start(0))
        .map_err(|e| format!("reading the results file back: {e}"))?;
    let key = format!("{}{name}", results.prefix);
    let options = SweepOptions {
        endpoint_url: settings.endpoint_url.clone(),
        region: settings.region.clone(),
        ..SweepOptions::default()
    };
    runtime.block_on(async {
        let client = s3::client(&options).await;
        let body = aws_sdk_s3::primitives::ByteStream::read_from()
            .file(tokio::fs::File::from_std(file))
            .build()
            .await
            .map_err(|e| format!("reading the results file back: {e}"))?;
        client
            .put_object()
            .bucket(&results.bucket)
            .key(&key)
            .content_type("application/gzip")
            .body(body)
            .send()
            .await
            .map(|_| ())
            .map_err(|e| {
                format!(
                    "writing s3://{}/{key}: {}",
                    results.bucket,
                    aws_sdk_s3::error::DisplayErrorContext(&e)
                )
            })
    })
}

/// The sink the sweep reports to: lines into the results file, top-level records kept for
/// the answer, and findings counted per object for the records made up at the deadline.
struct Collector {
    stop: AtomicBool,
    state: Mutex<State>,
}

struct State {
    writer: Option<GzEncoder<BufWriter<File>>>,
    records: HashMap<ObjectKey, ObjectRecord>,
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

    /// The PARTIAL record of an object the deadline came before.
    fn deadline_record(&mut self, (source, version): &ObjectKey) -> ObjectRecord {
        let mut record = ObjectRecord::skipped(
            source.clone(),
            Reason::Stopped,
            Some(DEADLINE_MESSAGE.into()),
        );
        record.status = Status::Partial;
        record.version_id.clone_from(version);
        record.findings = self.findings.remove(source).unwrap_or_default();
        record
    }
}

impl Collector {
    /// Every object without a record gets a SKIPPED `READ_ERROR` one with `message`.
    fn fail_all(&self, order: &[ObjectKey], message: &str) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        for key in order {
            if !state.records.contains_key(key) {
                let mut record =
                    ObjectRecord::skipped(key.0.clone(), Reason::ReadError, Some(message.into()));
                record.version_id.clone_from(&key.1);
                state.write_line(&record);
                state.records.insert(key.clone(), record);
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
            *state
                .findings
                .entry(source.to_string())
                .or_default()
                .entry(finding.id().to_string())
                .or_default() += 1;
        }
        drop(state);
        self.flow()
    }

    fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.write_line(&record);
        if record.container.is_empty() {
            state.findings.remove(&record.source);
            let key = (record.source.clone(), record.version_id.clone());
            state.records.insert(key, record);
        }
        drop(state);
        self.flow()
    }

    fn poll(&self) -> ControlFlow<()> {
        self.flow()
    }
}
