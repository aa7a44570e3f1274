//! The CLI's own S3 requests: `--results s3://…` stored once written, and results read back
//! and listed (`trawl results merge`, a sharded sweep's state).

use anyhow::{Context, Result};
use std::path::Path;
use trawl_scanner::s3::{self, SweepOptions};

/// Stores the local file `path` as `s3://bucket/key` (one PutObject streamed from the file; up
/// to 5 GiB) with the client `options` describe.
pub fn upload(options: &SweepOptions, bucket: &str, key: &str, path: &Path) -> Result<()> {
    let url = format!("s3://{bucket}/{key}");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the S3 client runtime")?;
    runtime.block_on(async {
        let client = s3::client(options).await;
        s3::upload(&client, bucket, key, path)
            .await
            .map_err(|e| anyhow::anyhow!("uploading {url}: {e}"))
    })
}

/// A copy of `s3://bucket/key` in a temporary file, positioned at its start (the SDK's body is
/// async; the results are read line by line).
pub fn temporary_copy(
    runtime: &tokio::runtime::Runtime,
    client: &aws_sdk_s3::Client,
    bucket: &str,
    key: &str,
) -> Result<std::fs::File> {
    let mut copy = tempfile::tempfile().context("creating a temporary file")?;
    runtime
        .block_on(s3::download(client, bucket, key, &mut copy))
        .map_err(|message| anyhow::anyhow!("reading s3://{bucket}/{key}: {message}"))?;
    std::io::Seek::rewind(&mut copy)?;
    Ok(copy)
}

/// Every key under `s3://bucket/prefix`, in key order, page by page.
pub fn list_keys(
    runtime: &tokio::runtime::Runtime,
    client: &aws_sdk_s3::Client,
    bucket: &str,
    prefix: &str,
) -> Result<Vec<String>> {
    let mut keys = Vec::new();
    let mut token = None;
    loop {
        let page = runtime
            .block_on(
                client
                    .list_objects_v2()
                    .bucket(bucket)
                    .prefix(prefix)
                    .set_continuation_token(token.take())
                    .send(),
            )
            .map_err(aws_sdk_s3::Error::from)
            .with_context(|| format!("listing s3://{bucket}/{prefix}"))?;
        keys.extend(
            page.contents()
                .iter()
                .filter_map(|o| o.key())
                .map(str::to_string),
        );
        match page.next_continuation_token() {
            Some(next) if page.is_truncated() == Some(true) => token = Some(next.to_string()),
            _ => return Ok(keys),
        }
    }
}
