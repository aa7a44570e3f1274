//! The AWS Lambda Runtime API as Lambda serves it to a custom runtime, on 127.0.0.1: events
//! handed out by `GET …/invocation/next` (with their request id and deadline headers), and the
//! function's answers (`…/response`, `…/error`, `…/init/error`) kept for the test to read.
//! Once the events run out, `next` answers 500, and the function under test exits.

#![allow(dead_code)] // Each test binary uses part of it.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use serde_json::Value;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// What the function said about one invocation (or its start, `request_id` "init").
#[derive(Debug, Clone)]
pub struct Answer {
    pub request_id: String,
    /// `None` for a response; the `Lambda-Runtime-Function-Error-Type` of an error.
    pub error_type: Option<String>,
    pub body: Value,
    /// Time from handing the event out to the answer (zero for `init`).
    pub after: Duration,
}

struct Event {
    request_id: String,
    body: Vec<u8>,
    /// Time the function has for it.
    timeout: Duration,
}

#[derive(Default)]
struct State {
    events: VecDeque<Event>,
    answers: Vec<Answer>,
    /// When each event was handed out, by request id.
    handed_out: Vec<(String, Instant)>,
}

pub struct FakeRuntime {
    /// `host:port`, for AWS_LAMBDA_RUNTIME_API.
    pub host: String,
    state: Arc<Mutex<State>>,
}

impl FakeRuntime {
    pub fn start() -> FakeRuntime {
        let state = Arc::new(Mutex::new(State::default()));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        listener.set_nonblocking(true).expect("non-blocking");
        let host = listener.local_addr().expect("address").to_string();
        let served = state.clone();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                loop {
                    let Ok((socket, _)) = listener.accept().await else {
                        continue;
                    };
                    let state = served.clone();
                    let service = hyper::service::service_fn(move |request| {
                        let state = state.clone();
                        async move { Ok::<_, hyper::Error>(serve(&state, request).await) }
                    });
                    tokio::spawn(
                        hyper::server::conn::http1::Builder::new()
                            .serve_connection(hyper_util::rt::TokioIo::new(socket), service),
                    );
                }
            });
        });
        FakeRuntime { host, state }
    }

    /// Queues an event, which the function is given `timeout` to answer.
    pub fn push(&self, request_id: &str, event: &[u8], timeout: Duration) {
        self.state.lock().unwrap().events.push_back(Event {
            request_id: request_id.into(),
            body: event.to_vec(),
            timeout,
        });
    }

    pub fn answers(&self) -> Vec<Answer> {
        self.state.lock().unwrap().answers.clone()
    }

    /// The answer to `request_id`.
    pub fn answer(&self, request_id: &str) -> Answer {
        self.answers()
            .into_iter()
            .find(|a| a.request_id == request_id)
            .unwrap_or_else(|| panic!("no answer to {request_id}: {:?}", self.answers()))
    }
}

async fn serve(
    state: &Mutex<State>,
    request: hyper::Request<hyper::body::Incoming>,
) -> hyper::Response<Full<Bytes>> {
    let path = request.uri().path().to_string();
    let error_type = request
        .headers()
        .get("lambda-runtime-function-error-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = request
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let reply = |status: u16, body: &str| {
        hyper::Response::builder()
            .status(status)
            .body(Full::new(Bytes::from(body.to_string())))
            .unwrap()
    };
    let rest = path.strip_prefix("/2018-06-01/runtime/").unwrap_or("");
    if rest == "invocation/next" {
        let mut locked = state.lock().unwrap();
        let Some(event) = locked.events.pop_front() else {
            return reply(500, "no more events");
        };
        locked
            .handed_out
            .push((event.request_id.clone(), Instant::now()));
        drop(locked);
        let deadline = SystemTime::now().duration_since(UNIX_EPOCH).unwrap() + event.timeout;
        return hyper::Response::builder()
            .status(200)
            .header("lambda-runtime-aws-request-id", &event.request_id)
            .header(
                "lambda-runtime-deadline-ms",
                deadline.as_millis().to_string(),
            )
            .header(
                "lambda-runtime-invoked-function-arn",
                "arn:aws:lambda:us-east-1:123456789012:function:trawl",
            )
            .header(
                "lambda-runtime-trace-id",
                "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700",
            )
            .body(Full::new(Bytes::from(event.body)))
            .unwrap();
    }
    let (request_id, kind) = if rest == "init/error" {
        ("init".to_string(), "error")
    } else if let Some(call) = rest.strip_prefix("invocation/") {
        match call.rsplit_once('/') {
            Some((id, kind @ ("response" | "error"))) => (id.to_string(), kind),
            _ => return reply(404, "unknown path"),
        }
    } else {
        return reply(404, "unknown path");
    };
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let mut state = state.lock().unwrap();
    let after = state
        .handed_out
        .iter()
        .find(|(id, _)| *id == request_id)
        .map_or(Duration::ZERO, |(_, at)| at.elapsed());
    state.answers.push(Answer {
        after,
        request_id,
        error_type: if kind == "error" {
            Some(error_type.unwrap_or_else(|| "missing".into()))
        } else {
            None
        },
        body,
    });
    reply(202, r#"{"status":"OK"}"#)
}
