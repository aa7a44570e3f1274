//! Whole objects copied to and from the caller: what reads inventories, and what stores and
//! reads back results files (the CLI's `--results s3://…`, the Lambda function's results).

use super::client;
use aws_sdk_s3::primitives::ByteStream;
use aws_sdk_s3::Client;
use std::io::Write;
use std::path::Path;

/// Copies the object `bucket/key` into `into`, chunk by chunk. The error names the cause, as a
/// sweep's records do.
pub async fn download(
    client: &Client,
    bucket: &str,
    key: &str,
    into: &mut (dyn Write + Send),
) -> Result<(), String> {
    let output = client
        .get_object()
        .bucket(bucket)
        .key(key)
        .send()
        .await
        .map_err(|e| client::classify(&e).message)?;
    let mut body = output.body;
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|e| client::causes(&e))?;
        into.write_all(&chunk).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Stores the local file `path` as `bucket/key` (one PutObject streamed from the file, up to
/// 5 GiB; the SDK retries it, reading the file again). The error names the cause.
pub async fn upload(client: &Client, bucket: &str, key: &str, path: &Path) -> Result<(), String> {
    let body = ByteStream::from_path(path)
        .await
        .map_err(|e| format!("reading {}: {e}", path.display()))?;
    let content_type = if key.ends_with(".gz") {
        "application/gzip"
    } else {
        "application/x-ndjson"
    };
    client
        .put_object()
        .bucket(bucket)
        .key(key)
        .content_type(content_type)
        .body(body)
        .send()
        .await
        .map(|_| ())
        .map_err(|e| client::classify(&e).message)
}
