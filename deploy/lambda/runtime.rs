//! The AWS Lambda Runtime API, as a custom runtime speaks it: ask for the next event, answer it
//! (or report its error), report a failed start. Plain HTTP/1.1 to the host Lambda names in
//! `AWS_LAMBDA_RUNTIME_API` (127.0.0.1:9001 inside Lambda; a test's server here).
//!
//! <https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html>

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use hyper_util::rt::TokioExecutor;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const API_VERSION: &str = "2018-06-01";

/// One invocation handed out by `next`.
pub struct Invocation {
    /// `Lambda-Runtime-Aws-Request-Id`: names the answer.
    pub request_id: String,
    /// `Lambda-Runtime-Deadline-Ms`, as an instant of this process's clock.
    pub deadline: Instant,
    /// The event, as JSON text.
    pub event: Bytes,
}

/// An error reported for an invocation (or the start): `errorType` and `errorMessage`.
pub struct Failure {
    pub kind: &'static str,
    pub message: String,
}

pub struct RuntimeApi {
    base: String,
    client: Client<HttpConnector, Full<Bytes>>,
}

impl RuntimeApi {
    /// The API at `host` (`AWS_LAMBDA_RUNTIME_API`, `host:port`).
    pub fn new(host: &str) -> RuntimeApi {
        RuntimeApi {
            base: format!("http://{host}/{API_VERSION}/runtime"),
            // No timeouts: `next` is a long poll that waits for the next event.
            client: Client::builder(TokioExecutor::new()).build_http(),
        }
    }

    /// Waits for the next event.
    pub async fn next(&self) -> Result<Invocation, String> {
        let url = format!("{}/invocation/next", self.base);
        let request = hyper::Request::get(&url)
            .body(Full::default())
            .map_err(|e| e.to_string())?;
        let response = self
            .client
            .request(request)
            .await
            .map_err(|e| format!("GET {url}: {e}"))?;
        let (head, body) = response.into_parts();
        let event = body
            .collect()
            .await
            .map_err(|e| format!("GET {url}: reading the event: {e}"))?
            .to_bytes();
        if !head.status.is_success() {
            return Err(format!("GET {url}: HTTP {}", head.status));
        }
        let header = |name: &str| head.headers.get(name).and_then(|v| v.to_str().ok());
        let request_id = header("lambda-runtime-aws-request-id")
            .ok_or("the event came without Lambda-Runtime-Aws-Request-Id")?
            .to_string();
        let deadline_ms = header("lambda-runtime-deadline-ms")
            .and_then(|v| v.parse::<u64>().ok())
            .ok_or("the event came without a Lambda-Runtime-Deadline-Ms")?;
        Ok(Invocation {
            request_id,
            deadline: instant_of_epoch_ms(deadline_ms),
            event,
        })
    }

    /// Answers invocation `request_id` with `body` (JSON).
    pub async fn respond(&self, request_id: &str, body: Vec<u8>) -> Result<(), String> {
        let url = format!("{}/invocation/{request_id}/response", self.base);
        self.post(&url, body, None).await
    }

    /// Reports invocation `request_id` as failed.
    pub async fn fail(&self, request_id: &str, failure: &Failure) -> Result<(), String> {
        let url = format!("{}/invocation/{request_id}/error", self.base);
        self.post(&url, failure_body(failure), Some(failure.kind))
            .await
    }

    /// Reports that the function could not start (its configuration is wrong).
    pub async fn fail_init(&self, failure: &Failure) -> Result<(), String> {
        let url = format!("{}/init/error", self.base);
        self.post(&url, failure_body(failure), Some(failure.kind))
            .await
    }

    async fn post(&self, url: &str, body: Vec<u8>, error_type: Option<&str>) -> Result<(), String> {
        let mut request = hyper::Request::post(url).header("content-type", "application/json");
        if let Some(kind) = error_type {
            request = request.header("lambda-runtime-function-error-type", kind);
        }
        let request = request
            .body(Full::new(Bytes::from(body)))
            .map_err(|e| e.to_string())?;
        let response = self
            .client
            .request(request)
            .await
            .map_err(|e| format!("POST {url}: {e}"))?;
        let status = response.status();
        // Drained so the connection can be kept.
        let text = response
            .into_body()
            .collect()
            .await
            .map(|b| b.to_bytes())
            .unwrap_or_default();
        if status.is_success() {
            Ok(())
        } else {
            Err(format!(
                "POST {url}: HTTP {status}: {}",
                String::from_utf8_lossy(&text)
            ))
        }
    }
}

fn failure_body(failure: &Failure) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "errorType": failure.kind,
        "errorMessage": failure.message,
    }))
    .unwrap_or_default()
}

/// A wall-clock deadline (milliseconds since the Unix epoch) on the monotonic clock.
fn instant_of_epoch_ms(epoch_ms: u64) -> Instant {
    let now_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
    let left = Duration::from_millis(epoch_ms.saturating_sub(now_ms));
    // Lambda's longest timeout is 15 minutes: a deadline past the clock's range is nonsense.
    Instant::now()
        .checked_add(left)
        .unwrap_or_else(|| Instant::now() + Duration::from_secs(15 * 60))
}
