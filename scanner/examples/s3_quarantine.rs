//! An S3 ObjectCreated handler, in the shape of a Lambda function: for each record of an S3
//! event notification it streams the new object through trawl; an object holding credentials
//! is moved to `quarantine/<key>` and tagged with what was found; any other object is tagged
//! `trawl-scan=clean`.
//!
//! ```sh
//! # An S3 event (as S3 sends it to Lambda, SQS or EventBridge) on standard input:
//! AWS_ENDPOINT_URL_S3=http://127.0.0.1:9000 cargo run -p trawl-scanner \
//!     --features s3,tokio --example s3_quarantine < event.json
//! ```
//!
//! The body is never held whole in memory: GetObject's stream goes straight into the scanner,
//! which stops reading at the first credential (the verdict is known). Values never leave
//! the function: tags and logs carry identifier ids and counts only.

use aws_sdk_s3::types::{Tag, Tagging};
use aws_sdk_s3::Client;
use serde_json::Value;
use trawl_scanner::{Category, Scanner, Severity};

/// Where objects with credentials go, in the same bucket.
pub const QUARANTINE_PREFIX: &str = "quarantine/";

/// What the handler did with one object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Clean {
        bucket: String,
        key: String,
    },
    Quarantined {
        bucket: String,
        key: String,
        moved_to: String,
        identifiers: Vec<String>,
    },
    /// Already under the quarantine prefix (the move itself triggers an event).
    Ignored {
        bucket: String,
        key: String,
    },
}

pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// The scanner, built once per process (a Lambda's cold start) and shared by every
/// invocation: credential identifiers only, stopping at the first finding, since one is
/// enough to quarantine.
pub fn scanner() -> Result<Scanner, trawl_scanner::BuildError> {
    Scanner::builder()
        .categories([Category::Credentials])
        .stop_at(Severity::Low)
        .build()
}

/// The client from the standard AWS chain; a custom endpoint (`AWS_ENDPOINT_URL_S3`) is
/// addressed path-style.
pub async fn client() -> Client {
    let shared = aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await;
    let custom_endpoint = std::env::var_os("AWS_ENDPOINT_URL_S3").is_some();
    let config = aws_sdk_s3::config::Builder::from(&shared)
        .force_path_style(custom_endpoint)
        .build();
    Client::from_conf(config)
}

/// Handles one S3 event notification (`{"Records":[{"s3":{"bucket":{"name":..},"object":
/// {"key":..}}}]}`; keys arrive URL-encoded, as S3 sends them).
pub async fn handle(
    client: &Client,
    scanner: &Scanner,
    event: &Value,
) -> Result<Vec<Verdict>, Error> {
    let mut verdicts = Vec::new();
    for record in event["Records"].as_array().into_iter().flatten() {
        let bucket = record["s3"]["bucket"]["name"]
            .as_str()
            .ok_or("record without a bucket")?;
        let key = decode_key(
            record["s3"]["object"]["key"]
                .as_str()
                .ok_or("record without a key")?,
        );
        verdicts.push(handle_object(client, scanner, bucket, &key).await?);
    }
    Ok(verdicts)
}

async fn handle_object(
    client: &Client,
    scanner: &Scanner,
    bucket: &str,
    key: &str,
) -> Result<Verdict, Error> {
    let (bucket, key) = (bucket.to_string(), key.to_string());
    if key.starts_with(QUARANTINE_PREFIX) {
        return Ok(Verdict::Ignored { bucket, key });
    }
    let object = client.get_object().bucket(&bucket).key(&key).send().await?;
    let etag = object.e_tag().map(str::to_string);
    let outcome = scanner
        .scan_async_reader(object.body.into_async_read())
        .await?;
    if outcome.counts.is_empty() {
        tag(
            client,
            &bucket,
            &key,
            vec![("trawl-scan", "clean".to_string())],
        )
        .await?;
        return Ok(Verdict::Clean { bucket, key });
    }
    let identifiers: Vec<String> = outcome.counts.keys().cloned().collect();
    let moved_to = format!("{QUARANTINE_PREFIX}{key}");
    // Copy only the version that was scanned, then delete the original.
    client
        .copy_object()
        .bucket(&bucket)
        .key(&moved_to)
        .copy_source(format!("{bucket}/{}", encode_key(&key)))
        .set_copy_source_if_match(etag)
        .send()
        .await?;
    client
        .delete_object()
        .bucket(&bucket)
        .key(&key)
        .send()
        .await?;
    tag(
        client,
        &bucket,
        &moved_to,
        vec![
            ("trawl-scan", "quarantined".to_string()),
            // Tag values allow letters, digits, spaces and + - = . _ : / @.
            ("trawl-identifiers", identifiers.join(" ")),
        ],
    )
    .await?;
    Ok(Verdict::Quarantined {
        bucket,
        key,
        moved_to,
        identifiers,
    })
}

async fn tag(
    client: &Client,
    bucket: &str,
    key: &str,
    tags: Vec<(&str, String)>,
) -> Result<(), Error> {
    let tag_set = tags
        .into_iter()
        .map(|(k, v)| Tag::builder().key(k).value(v).build())
        .collect::<Result<Vec<_>, _>>()?;
    client
        .put_object_tagging()
        .bucket(bucket)
        .key(key)
        .tagging(Tagging::builder().set_tag_set(Some(tag_set)).build()?)
        .send()
        .await?;
    Ok(())
}

/// Event keys are URL-encoded with `+` for spaces.
fn decode_key(key: &str) -> String {
    let bytes = key.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match u8::from_str_radix(&key[i + 1..i + 3], 16) {
                Ok(byte) => {
                    out.push(byte);
                    i += 2;
                }
                Err(_) => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// CopySource wants the key URL-encoded (slashes kept).
fn encode_key(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for byte in key.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~/".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let scanner = scanner()?;
    let client = client().await;
    let event: Value = serde_json::from_reader(std::io::stdin())?;
    for verdict in handle(&client, &scanner, &event).await? {
        println!("{verdict:?}");
    }
    Ok(())
}
