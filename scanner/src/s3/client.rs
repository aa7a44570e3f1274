//! The S3 client (the standard AWS chain for credentials and region) and what its errors mean
//! for an object record.

use super::SweepOptions;
use crate::finding::Reason;
use aws_config::retry::RetryConfig;
use aws_config::stalled_stream_protection::StalledStreamProtectionConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region};
use aws_sdk_s3::config::http::HttpResponse;
use aws_sdk_s3::error::{ProvideErrorMetadata, SdkError};
use std::time::Duration;

/// Region used for signing when the chain names none: S3-compatible stores accept any, and
/// AWS redirects are followed by the SDK.
const FALLBACK_REGION: &str = "us-east-1";

/// Builds the client: credentials and region from the environment, profiles or the instance
/// role; a custom endpoint (S3-compatible stores) is addressed path-style.
pub(super) async fn build(options: &SweepOptions) -> aws_sdk_s3::Client {
    build_with_credentials(options).await.0
}

/// [`build`], with the credentials provider it uses (for the lean GET path's signer).
pub(super) async fn build_with_credentials(
    options: &SweepOptions,
) -> (
    aws_sdk_s3::Client,
    Option<aws_credential_types::provider::SharedCredentialsProvider>,
) {
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        // SlowDown, 5xx and connection resets before a response are retried by the SDK with
        // exponential backoff and jitter; bodies that break later are resumed by the reader.
        .retry_config(RetryConfig::standard().with_max_attempts(options.max_attempts.max(1)))
        .timeout_config(
            TimeoutConfig::builder()
                .connect_timeout(Duration::from_secs(10))
                .read_timeout(options.read_timeout)
                .build(),
        );
    // The reader has its own stall timeout, which resumes instead of failing; the SDK's
    // protection would add a monitor to every body for nothing.
    loader = loader.stalled_stream_protection(StalledStreamProtectionConfig::disabled());
    if let Some(region) = &options.region {
        loader = loader.region(Region::new(region.clone()));
    }
    if let Some(url) = &options.endpoint_url {
        loader = loader.endpoint_url(url);
    }
    let shared = loader.load().await;
    let mut config = aws_sdk_s3::config::Builder::from(&shared);
    if shared.region().is_none() {
        config = config.region(Region::new(FALLBACK_REGION));
    }
    if options.endpoint_url.is_some() {
        config = config.force_path_style(true);
    }
    (
        aws_sdk_s3::Client::from_conf(config.build()),
        shared.credentials_provider(),
    )
}

/// What a failed request means: the reason for the object record, a message naming the cause,
/// and whether the service answered at all (a `false` is a local or network problem: no
/// credentials, no connection).
pub(super) struct Failure {
    pub reason: Reason,
    pub message: String,
    pub answered: bool,
}

pub(super) fn classify<E>(error: &SdkError<E, HttpResponse>) -> Failure
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
{
    let status = error.raw_response().map(|r| r.status().as_u16());
    let code = error.code();
    let reason = match (status, code) {
        (_, Some("AccessDenied" | "AllAccessDisabled" | "InvalidAccessKeyId"))
        | (Some(401 | 403), _) => Reason::AccessDenied,
        (_, Some("PreconditionFailed")) | (Some(412), _) => Reason::ObjectChangedDuringScan,
        (_, Some("InvalidObjectState")) => Reason::UnsupportedStorageClass,
        (_, Some("NoSuchKey" | "NoSuchBucket")) | (Some(404), _) => Reason::NotFound,
        _ => Reason::ReadError,
    };
    let message = match (code, error.message(), status) {
        (Some(code), Some(message), _) => format!("{code}: {message}"),
        (Some(code), None, _) => code.to_string(),
        (None, _, Some(status)) => format!("HTTP {status}"),
        (None, _, None) => causes(error),
    };
    Failure {
        reason,
        message,
        answered: status.is_some(),
    }
}

/// An error and its causes on one line ("dispatch failure: io error: Connection refused"),
/// without the Debug dumps the SDK's own display adds.
pub(super) fn causes(error: &dyn std::error::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut current = Some(error);
    while let Some(e) = current {
        let text = e.to_string();
        if !parts.last().is_some_and(|last| last.contains(&text)) {
            parts.push(text);
        }
        current = e.source();
    }
    parts.join(": ")
}
