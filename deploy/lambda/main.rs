//! `trawl-lambda`: trawl as an AWS Lambda function (a custom runtime: the binary is the
//! `bootstrap` of a `provided.al2023` function, or the entry point of a container image).
//!
//! One function answers both engines that fan a sweep out over Lambda:
//! - S3 Batch Operations (`batch_operations.rs`): a task per object, a result code per task;
//! - a Step Functions Distributed Map (`distributed_map.rs`): a batch of inventory items.
//!
//! Each invocation's objects are swept by the library (`sweep.rs`) until shortly before the
//! deadline, and their findings (masked) and records go to one results file under
//! TRAWL_RESULTS, which `trawl results merge` reads.
//!
//! Environment:
//! - `TRAWL_RESULTS`: `s3://bucket/prefix/` for the results files (optional; without it only
//!   the answers tell what was found);
//! - `TRAWL_CONFIG`: a `trawl.toml` (custom identifiers, allow lists, selection, and
//!   `[scan]`'s `decode_depth` and `max_file_size`);
//! - `TRAWL_FINGERPRINT_KEY`: the secret fingerprints are keyed with, shared with the other
//!   runs whose fingerprints are compared (without it, a random key of the process);
//! - `TRAWL_CONCURRENCY`: objects read at once (default 16);
//! - `TRAWL_DEADLINE_MARGIN_MS`: time kept before the deadline to answer in (default 3000, and
//!   at most a quarter of an invocation's time);
//! - `AWS_ENDPOINT_URL_S3`: an S3-compatible endpoint (path-style), as for `trawl scan`.

mod batch_operations;
mod distributed_map;
mod runtime;
mod sweep;

use runtime::{Failure, Invocation, RuntimeApi};
use serde_json::Value;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use sweep::{Settings, Swept};
use trawl_scanner::identifiers::load_config;
use trawl_scanner::s3::{ObjectInfo, S3Url};
use trawl_scanner::Scanner;

fn main() -> ExitCode {
    let Some(host) = std::env::var("AWS_LAMBDA_RUNTIME_API")
        .ok()
        .filter(|h| !h.is_empty())
    else {
        eprintln!(
            "trawl-lambda: AWS_LAMBDA_RUNTIME_API is not set: this is a Lambda function's \
             runtime; run `trawl scan` outside Lambda"
        );
        return ExitCode::from(2);
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("trawl-lambda: starting the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let api = RuntimeApi::new(&host);
    let settings = match settings_from_env() {
        Ok(settings) => settings,
        Err(message) => {
            eprintln!("trawl-lambda: {message}");
            let failure = Failure {
                kind: "trawl.Configuration",
                message,
            };
            if let Err(e) = runtime.block_on(api.fail_init(&failure)) {
                eprintln!("trawl-lambda: {e}");
            }
            return ExitCode::FAILURE;
        }
    };
    loop {
        let invocation = match runtime.block_on(api.next()) {
            Ok(invocation) => invocation,
            Err(e) => {
                eprintln!("trawl-lambda: {e}");
                return ExitCode::FAILURE;
            }
        };
        let handled = handle(&settings, &runtime, &invocation);
        let sent = match &handled.answer {
            Ok(answer) => {
                let body = serde_json::to_vec(answer).unwrap_or_default();
                runtime.block_on(api.respond(&invocation.request_id, body))
            }
            Err(failure) => {
                eprintln!(
                    "trawl-lambda: request {}: {}: {}",
                    invocation.request_id, failure.kind, failure.message
                );
                runtime.block_on(api.fail(&invocation.request_id, failure))
            }
        };
        if let Err(e) = sent {
            eprintln!("trawl-lambda: {e}");
        }
        if handled.abandoned {
            // A sweep still runs past its deadline: a fresh process serves the next event.
            eprintln!("trawl-lambda: a read outlived the deadline; exiting so it cannot reach the next invocation");
            return ExitCode::SUCCESS;
        }
    }
}

fn settings_from_env() -> Result<Settings, String> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let mut builder = Scanner::builder();
    let mut max_file_size = None;
    if let Some(path) = var("TRAWL_CONFIG") {
        // As `trawl scan` reads it: identifiers, allow lists, the selection and countries
        // (`config`), and of [scan] what applies to objects (decode_depth, max_file_size).
        let config =
            load_config(std::path::Path::new(&path)).map_err(|e| format!("TRAWL_CONFIG: {e}"))?;
        builder = builder.config(&config);
        if let Some(depth) = config.scan.decode_depth {
            builder = builder.decode_depth(depth);
        }
        max_file_size = config.scan.max_file_size;
    }
    builder = match var("TRAWL_FINGERPRINT_KEY") {
        Some(key) => builder.fingerprint_key(key.into_bytes()),
        None => {
            // Without a key, fingerprints of cards, phones, dates and e-mail addresses are
            // stretched (about 1 ms each): a key of this process keeps them cheap.
            eprintln!(
                "trawl-lambda: TRAWL_FINGERPRINT_KEY is not set: fingerprints of low-entropy \
                 values are keyed with a key of this process, and cannot be compared across \
                 invocations; set it (a secret) to compare them"
            );
            let mut key = [0u8; 32];
            getrandom::getrandom(&mut key).map_err(|e| format!("a random key: {e}"))?;
            builder.low_entropy_fingerprint_key(key.to_vec())
        }
    };
    let scanner = builder
        .build()
        .map_err(|e| format!("building the scanner: {e}"))?;
    let number = |name: &str, default: u64| -> Result<u64, String> {
        var(name).map_or(Ok(default), |v| {
            v.trim()
                .parse()
                .map_err(|_| format!("{name}: `{v}` is not a whole number"))
        })
    };
    let concurrency = number("TRAWL_CONCURRENCY", 16)?;
    if concurrency == 0 {
        return Err("TRAWL_CONCURRENCY: must be at least 1".into());
    }
    Ok(Settings {
        scanner: Arc::new(scanner),
        endpoint_url: var("AWS_ENDPOINT_URL_S3"),
        concurrency: usize::try_from(concurrency).unwrap_or(usize::MAX),
        max_file_size,
        results: var("TRAWL_RESULTS")
            .map(|v| results_url(&v).map_err(|e| format!("TRAWL_RESULTS: {e}")))
            .transpose()?,
        margin: Duration::from_millis(number("TRAWL_DEADLINE_MARGIN_MS", 3000)?),
    })
}

/// `s3://bucket/prefix/`, the prefix ending in `/` when it has one.
fn results_url(text: &str) -> Result<S3Url, String> {
    let mut url = S3Url::parse(text.trim())
        .ok_or_else(|| format!("`{text}` is not an s3://bucket/prefix/ URL"))?;
    if !url.prefix.is_empty() && !url.prefix.ends_with('/') {
        url.prefix.push('/');
    }
    Ok(url)
}

struct Handled {
    answer: Result<Value, Failure>,
    abandoned: bool,
}

impl Handled {
    fn failed(kind: &'static str, message: String) -> Handled {
        Handled {
            answer: Err(Failure { kind, message }),
            abandoned: false,
        }
    }
}

/// How an event is answered once its objects are swept.
type AnswerOf = Box<dyn Fn(&Swept) -> Result<Value, Failure>>;

/// Answers one event: an S3 Batch Operations invocation or a Distributed Map item batch.
fn handle(settings: &Settings, runtime: &tokio::runtime::Runtime, call: &Invocation) -> Handled {
    let event: Value = match serde_json::from_slice(&call.event) {
        Ok(event) => event,
        Err(e) => {
            return Handled::failed("trawl.InvalidEvent", format!("the event is not JSON: {e}"))
        }
    };
    // Each kind of event: its objects, the results prefix it names, and how it is answered.
    let (objects, given_results, answer): (_, _, AnswerOf) =
        if event.get("invocationSchemaVersion").is_some() {
            let event = match batch_operations::Event::parse(event) {
                Ok(event) => event,
                Err(message) => return Handled::failed("trawl.InvalidEvent", message),
            };
            let tasks = event.objects();
            let valid: Vec<ObjectInfo> = tasks
                .iter()
                .filter_map(|o| o.as_ref().ok())
                .cloned()
                .collect();
            let results = event.results_argument().map(str::to_string);
            let answer = move |swept: &Swept| Ok(batch_operations::answer(&event, &tasks, swept));
            (valid, results, Box::new(answer))
        } else if distributed_map::is_batch(&event) {
            let (objects, results) = match distributed_map::parse(&event) {
                Ok(parsed) => parsed,
                Err(message) => return Handled::failed("trawl.InvalidItems", message),
            };
            let answer = |swept: &Swept| match &swept.results_error {
                // The findings were not kept: fail the batch so the map retries it.
                Some(error) => Err(Failure {
                    kind: "trawl.ResultsNotWritten",
                    message: error.clone(),
                }),
                None => Ok(distributed_map::answer(swept)),
            };
            (objects, results, Box::new(answer))
        } else {
            return Handled::failed(
                "trawl.InvalidEvent",
                "neither an S3 Batch Operations event (invocationSchemaVersion, tasks) nor a \
                 Distributed Map item batch (Items)"
                    .into(),
            );
        };
    let results = match given_results.as_deref().map(results_url).transpose() {
        Ok(given) => given.or_else(|| settings.results.clone()),
        Err(e) => return Handled::failed("trawl.InvalidEvent", format!("results: {e}")),
    };
    let swept = sweep::sweep(
        settings,
        runtime,
        objects,
        call.deadline,
        &call.request_id,
        results.as_ref(),
    );
    log(call, &swept);
    Handled {
        answer: answer(&swept),
        abandoned: swept.abandoned,
    }
}

/// One line per invocation in the function's log: counts, never a value.
fn log(call: &Invocation, swept: &Swept) {
    let (complete, _, _) = swept.statuses();
    let findings: u64 = swept.by_identifier().values().sum();
    eprintln!(
        "trawl-lambda: request {}: {} objects, {complete} complete, {findings} findings{}{}",
        call.request_id,
        swept.records.len(),
        if swept.stopped_at_deadline {
            ", stopped at the deadline"
        } else {
            ""
        },
        swept
            .results_file
            .as_deref()
            .map(|f| format!(", results {f}"))
            .unwrap_or_default(),
    );
}
