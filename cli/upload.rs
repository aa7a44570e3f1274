//! `--results s3://…`: the results file, once written locally, stored in S3.

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
        let body = aws_sdk_s3::primitives::ByteStream::from_path(path)
            .await
            .with_context(|| format!("uploading {url}: reading {}", path.display()))?;
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
            .map_err(aws_sdk_s3::Error::from)
            .with_context(|| format!("uploading {url}"))?;
        Ok(())
    })
}

/// Copies `s3://bucket/key` into `into`, chunk by chunk.
pub fn download(
    runtime: &tokio::runtime::Runtime,
    client: &aws_sdk_s3::Client,
    bucket: &str,
    key: &str,
    into: &mut dyn std::io::Write,
) -> Result<()> {
    let url = format!("s3://{bucket}/{key}");
    runtime.block_on(async {
        let output = client
            .get_object()
            .bucket(bucket)
            .key(key)
            .send()
            .await
            .map_err(aws_sdk_s3::Error::from)
            .with_context(|| format!("reading {url}"))?;
        let mut body = output.body;
        while let Some(chunk) = body.next().await {
            let chunk = chunk.with_context(|| format!("reading {url}"))?;
            into.write_all(&chunk).context("writing a temporary file")?;
        }
        Ok(())
    })
}
