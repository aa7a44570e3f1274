//! An upload endpoint that stores each body on disk as it arrives, then scans the stored
//! object with `Scanner::scan_object` (archives and documents decoded, within limits) and
//! refuses (422, with the redacted findings) bodies that hold credentials anywhere, a zip
//! member's included, or that could not be read whole.
//!
//! ```sh
//! cargo run -p trawl-scanner --features tokio,formats --example upload_server -- 127.0.0.1:8080 /tmp/uploads
//! curl --data-binary @config.env http://127.0.0.1:8080/upload/config.env
//! ```
//!
//! The body is never held whole in memory: each chunk is written to a temporary file, which is
//! scanned on a blocking thread once complete (memory bounded by the chunk size). On a
//! credential the file is deleted and the client gets the findings (redacted: the service must
//! not echo secrets); otherwise the file is renamed into place.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use futures_util::StreamExt;
use std::path::PathBuf;
use std::sync::Arc;
use tokio::io::AsyncWriteExt;
use trawl_scanner::{Category, ObjectOptions, Reason, Scanner, Status};

/// What the handlers share: one scanner, built once, and the upload directory.
pub struct Uploads {
    pub scanner: Scanner,
    pub dir: PathBuf,
}

pub fn app(state: Arc<Uploads>) -> Router {
    Router::new()
        .route("/upload/{name}", post(upload))
        .with_state(state)
}

async fn upload(
    State(state): State<Arc<Uploads>>,
    Path(name): Path<String>,
    body: Body,
) -> Response {
    if name.contains('/') || name.starts_with('.') || name.is_empty() {
        return (StatusCode::BAD_REQUEST, "bad file name\n").into_response();
    }
    let partial = state.dir.join(format!(".{name}.partial"));
    let mut file = match tokio::fs::File::create(&partial).await {
        Ok(file) => file,
        Err(e) => {
            return (StatusCode::INTERNAL_SERVER_ERROR, format!("storage: {e}\n")).into_response()
        }
    };
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = match chunk {
            Ok(chunk) => chunk,
            Err(e) => {
                let _ = tokio::fs::remove_file(&partial).await;
                return (StatusCode::BAD_REQUEST, format!("body: {e}\n")).into_response();
            }
        };
        if let Err(e) = file.write_all(&chunk).await {
            let _ = tokio::fs::remove_file(&partial).await;
            return (StatusCode::INTERNAL_SERVER_ERROR, format!("storage: {e}\n")).into_response();
        }
    }
    if let Err(e) = file.flush().await {
        let _ = tokio::fs::remove_file(&partial).await;
        return (StatusCode::INTERNAL_SERVER_ERROR, format!("storage: {e}\n")).into_response();
    }
    drop(file);
    // Scanning is CPU work (hundreds of MB/s): off the async workers.
    let scanned = {
        let (state, partial, name) = (state.clone(), partial.clone(), name.clone());
        tokio::task::spawn_blocking(move || {
            let stored = std::fs::File::open(&partial)?;
            Ok::<_, std::io::Error>(state.scanner.scan_object(
                stored,
                &name,
                &ObjectOptions::default(),
            ))
        })
        .await
    };
    let report = match scanned {
        Ok(Ok(report)) => report,
        Ok(Err(e)) => {
            let _ = tokio::fs::remove_file(&partial).await;
            return (StatusCode::INTERNAL_SERVER_ERROR, format!("storage: {e}\n")).into_response();
        }
        Err(e) => {
            let _ = tokio::fs::remove_file(&partial).await;
            return (StatusCode::INTERNAL_SERVER_ERROR, format!("scan: {e}\n")).into_response();
        }
    };
    let credentials: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.identifier.category == Category::Credentials)
        .collect();
    // Binary content (an image) is not text to scan; anything else not read whole (an
    // encrypted member, a bomb stopped at a limit) cannot be vouched for.
    let unread = report.record.status != Status::Complete
        && report.record.reason != Some(Reason::BinaryFile);
    if credentials.is_empty() && !unread {
        if let Err(e) = tokio::fs::rename(&partial, state.dir.join(&name)).await {
            return (StatusCode::INTERNAL_SERVER_ERROR, format!("storage: {e}\n")).into_response();
        }
        return (
            StatusCode::CREATED,
            format!("stored {name} ({} bytes)\n", report.record.bytes),
        )
            .into_response();
    }
    let _ = tokio::fs::remove_file(&partial).await;
    // The same records the CLI writes, redacted: never echo a secret back.
    let records: Vec<_> = credentials.iter().map(|f| f.record(&name, false)).collect();
    let error = if credentials.is_empty() {
        "the upload could not be scanned whole"
    } else {
        "the upload holds credentials"
    };
    let body = serde_json::json!({ "error": error, "findings": records, "object": report.record });
    (StatusCode::UNPROCESSABLE_ENTITY, axum::Json(body)).into_response()
}

#[allow(dead_code)] // the tests use `app` without `main`
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let addr = args.next().unwrap_or_else(|| "127.0.0.1:8080".into());
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "uploads".into()));
    tokio::fs::create_dir_all(&dir).await?;
    let state = Arc::new(Uploads {
        scanner: Scanner::builder().build()?,
        dir,
    });
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    eprintln!("listening on http://{addr}/upload/NAME");
    axum::serve(listener, app(state)).await?;
    Ok(())
}
