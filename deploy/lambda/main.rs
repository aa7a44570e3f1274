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
//! - `TRAWL_CONFIG`: a `trawl.toml` (custom identifiers, allow lists, selection);
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
use sweep::Settings;
use trawl_scanner::s3::S3Url;
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
    if let Some(path) = var("TRAWL_CONFIG") {
        builder = builder
            .config_file(std::path::Path::new(&path))
            .map_err(|e| format!("TRAWL_CONFIG: {e}"))?;
    }
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
        region: None,
        concurrency: usize::try_from(concurrency).unwrap_or(usize::MAX),
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

/// Answers one event: an S3 Batch Operations invocation or a Distributed Map item batch.
fn handle(settings: &Settings, runtime: &tokio::runtime::Runtime, call: &Invocation) -> Handled {
    let failed = |kind, message| Handled {
        answer: Err(Failure { kind, message }),
        abandoned: false,
    };
    let event: Value = match serde_json::from_slice(&call.event) {
        Ok(event) => event,
        Err(e) => return failed("trawl.InvalidEvent", format!("the event is not JSON: {e}")),
    };
    let results_override = |given: Option<&str>| -> Result<Option<S3Url>, Failure> {
        given
            .map(|text| {
                results_url(text).map_err(|e| Failure {
                    kind: "trawl.InvalidEvent",
                    message: format!("results: {e}"),
                })
            })
            .transpose()
    };
    if event.get("invocationSchemaVersion").is_some() {
        let event = match batch_operations::Event::parse(&call.event) {
            Ok(event) => event,
            Err(message) => return failed("trawl.InvalidEvent", message),
        };
        let results = match results_override(event.results_argument()) {
            Ok(given) => given.or_else(|| settings.results.clone()),
            Err(failure) => {
                return Handled {
                    answer: Err(failure),
                    abandoned: false,
                }
            }
        };
        let objects = event.objects();
        let valid = objects
            .iter()
            .filter_map(|o| o.as_ref().ok())
            .cloned()
            .collect();
        let swept = sweep::sweep(
            settings,
            runtime,
            valid,
            call.deadline,
            &call.request_id,
            results.as_ref(),
        );
        log(call, &swept);
        Handled {
            answer: Ok(batch_operations::answer(&event, &objects, &swept)),
            abandoned: swept.abandoned,
        }
    } else if distributed_map::is_batch(&event) {
        let (objects, given) = match distributed_map::parse(&call.event) {
            Ok(parsed) => parsed,
            Err(message) => return failed("trawl.InvalidItems", message),
        };
        let results = match results_override(given.as_deref()) {
            Ok(given) => given.or_else(|| settings.results.clone()),
            Err(failure) => {
                return Handled {
                    answer: Err(failure),
                    abandoned: false,
                }
            }
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
        let answer = match &swept.results_error {
            // The findings were not kept: fail the batch so the map retries it.
            Some(error) => Err(Failure {
                kind: "trawl.ResultsNotWritten",
                message: error.clone(),
            }),
            None => Ok(distributed_map::answer(&swept)),
        };
        Handled {
            answer,
            abandoned: swept.abandoned,
        }
    } else {
        failed(
            "trawl.InvalidEvent",
            "neither an S3 Batch Operations event (invocationSchemaVersion, tasks) nor a \
             Distributed Map item batch (Items)"
                .into(),
        )
    }
}

/// One line per invocation in the function's log: counts, never a value.
fn log(call: &Invocation, swept: &sweep::Swept) {
    let complete = swept
        .records
        .iter()
        .filter(|r| r.status == trawl_scanner::Status::Complete)
        .count();
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
