//! A lean GetObject for the sweep's hot loop: one signed HTTP/1.1 request on a kept-alive
//! blocking connection of the scanning thread itself.
//!
//! aws-sdk-s3 spends about 0.2 ms of CPU on each GetObject (its orchestrator and interceptors,
//! and the hand-offs between the scanning thread and the runtime's I/O threads), which on
//! 4 KB objects is more than scanning them. Here the scanning thread signs the request
//! (SigV4 with the SDK's credentials), writes it, and reads the body from its
//! socket as the scanner asks.
//!
//! Only the plain case goes this way: a first GET that answers 200 with a Content-Length.
//! Anything else — a redirect, an error, throttling, a chunked body, a connection that fails —
//! falls back to the SDK for that object, which retries, classifies and records it exactly as
//! before; a body that breaks is resumed by the SDK with a Range GET. After a few fallbacks in
//! a row the lean path is turned off for the sweep (a bucket in another region answers every
//! request with a redirect).

use super::SweepOptions;
use aws_credential_types::provider::ProvideCredentials;
use aws_credential_types::Credentials;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};
use tokio::runtime::Handle;

/// Fallbacks in a row after which the sweep stops trying the lean path.
const MAX_FALLBACKS_IN_A_ROW: u32 = 4;
/// Credentials are refreshed this long before they expire.
const REFRESH_BEFORE_EXPIRY: Duration = Duration::from_secs(300);

/// Where requests go.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Endpoint {
    tls: bool,
    /// Host and port, as in the Host header (without the bucket, for path-style).
    host: String,
    port: u16,
    /// `/bucket/key` (custom endpoints) instead of `bucket.host/key`.
    path_style: bool,
}

impl Endpoint {
    /// A custom endpoint (`http://127.0.0.1:9000`), addressed path-style; `None` for a URL it
    /// cannot use (a path, a query, user info).
    fn custom(url: &str) -> Option<Endpoint> {
        let (tls, rest) = if let Some(rest) = url.strip_prefix("https://") {
            (true, rest)
        } else {
            (false, url.strip_prefix("http://")?)
        };
        let authority = rest.trim_end_matches('/');
        if authority.is_empty() || authority.contains(['/', '?', '#', '@']) {
            return None;
        }
        let (host, port) = match authority.rsplit_once(':') {
            Some((host, port)) if !host.ends_with(']') || authority.starts_with('[') => {
                (host, port.parse().ok()?)
            }
            _ => (authority, if tls { 443 } else { 80 }),
        };
        Some(Endpoint {
            tls,
            host: host.to_string(),
            port,
            path_style: true,
        })
    }

    /// AWS's own endpoint for `region` (virtual-hosted), in the partitions whose names follow
    /// the usual pattern; `None` elsewhere.
    fn aws(region: &str) -> Option<Endpoint> {
        // The isolated partitions (us-iso-east-1, eu-isoe-west-1, …) have their own domains.
        if region.contains("-iso") {
            return None;
        }
        let suffix =
            if region.starts_with("cn-") {
                "amazonaws.com.cn"
            } else if region.split('-').next().is_some_and(|p| {
                ["us", "eu", "ap", "ca", "sa", "me", "af", "il", "mx"].contains(&p)
            }) {
                "amazonaws.com"
            } else {
                return None;
            };
        Some(Endpoint {
            tls: true,
            host: format!("s3.{region}.{suffix}"),
            port: 443,
            path_style: false,
        })
    }

    /// Host header and path of `bucket/key`.
    fn locate(&self, bucket: &str, key: &str) -> (String, String) {
        let mut path = String::with_capacity(key.len() + bucket.len() + 2);
        // Buckets with dots break TLS names when virtual-hosted: path-style for them.
        let path_style = self.path_style || bucket.contains('.');
        let mut host = if path_style {
            path.push('/');
            path.push_str(bucket);
            self.host.clone()
        } else {
            format!("{bucket}.{}", self.host)
        };
        if !(self.port == 443 && self.tls || self.port == 80 && !self.tls) {
            host = format!("{host}:{}", self.port);
        }
        path.push('/');
        encode_key(key, &mut path);
        (host, path)
    }
}

/// Percent-encodes a key for the request path as S3 expects it signed: every byte but the
/// unreserved ones and `/`.
fn encode_key(key: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in key.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 15)] as char);
        }
    }
}

/// The lean path of one sweep, shared by its scanning threads.
pub(super) struct Lean {
    endpoint: Endpoint,
    region: String,
    provider: aws_credential_types::provider::SharedCredentialsProvider,
    credentials: Mutex<Credentials>,
    /// The day's signing key: (date, access key id, key).
    signing_key: Mutex<Option<(String, String, [u8; 32])>>,
    tls: Option<Arc<rustls::ClientConfig>>,
    handle: Handle,
    stall_timeout: Duration,
    fallbacks_in_a_row: AtomicU32,
    off: AtomicBool,
}

impl Lean {
    /// The lean path for a client built from `options`, when its setting allows one (a
    /// custom endpoint or AWS's usual endpoints, static or refreshable credentials, no FIPS or
    /// dual-stack endpoints).
    pub(super) fn new(
        handle: &Handle,
        client: &aws_sdk_s3::Client,
        provider: aws_credential_types::provider::SharedCredentialsProvider,
        options: &SweepOptions,
    ) -> Option<Lean> {
        let environment_says =
            |name: &str| std::env::var(name).is_ok_and(|v| v.eq_ignore_ascii_case("true"));
        if environment_says("AWS_USE_FIPS_ENDPOINT")
            || environment_says("AWS_USE_DUALSTACK_ENDPOINT")
            || environment_says("TRAWL_S3_SDK_ONLY")
        {
            return None;
        }
        let config = client.config();
        let region = config.region()?.as_ref().to_string();
        let endpoint = match &options.endpoint_url {
            Some(url) => Endpoint::custom(url)?,
            None if std::env::var_os("AWS_ENDPOINT_URL").is_some() => return None,
            None => Endpoint::aws(&region)?,
        };
        let credentials = handle.block_on(provider.provide_credentials()).ok()?;
        let tls = if endpoint.tls {
            Some(tls_config()?)
        } else {
            None
        };
        Some(Lean {
            endpoint,
            region,
            provider,
            credentials: Mutex::new(credentials),
            signing_key: Mutex::new(None),
            tls,
            handle: handle.clone(),
            stall_timeout: options.read_timeout,
            fallbacks_in_a_row: AtomicU32::new(0),
            off: AtomicBool::new(false),
        })
    }

    /// GETs `bucket/key` (if `etag`, only that version) on `slot`'s connection, or a new one.
    /// `None`: use the SDK for this object.
    pub(super) fn get(
        &self,
        slot: &mut Option<Connection>,
        bucket: &str,
        key: &str,
        etag: Option<&str>,
    ) -> Option<LeanBody> {
        if self.off.load(Ordering::Relaxed) || bucket.ends_with("--x-s3") {
            return None;
        }
        let (host, path) = self.endpoint.locate(bucket, key);
        let answer = self.request(slot, &host, &path, etag);
        match answer {
            Ok(Some(body)) => {
                self.fallbacks_in_a_row.store(0, Ordering::Relaxed);
                Some(body)
            }
            Ok(None) | Err(_) => {
                let in_a_row = self.fallbacks_in_a_row.fetch_add(1, Ordering::Relaxed) + 1;
                if in_a_row >= MAX_FALLBACKS_IN_A_ROW {
                    self.off.store(true, Ordering::Relaxed);
                }
                None
            }
        }
    }

    fn request(
        &self,
        slot: &mut Option<Connection>,
        host: &str,
        path: &str,
        etag: Option<&str>,
    ) -> io::Result<Option<LeanBody>> {
        let credentials = self.credentials()?;
        let headers = self.signed_headers(&credentials, host, path, etag, SystemTime::now());
        let mut request = String::with_capacity(512 + path.len());
        request.push_str("GET ");
        request.push_str(path);
        request.push_str(" HTTP/1.1\r\nhost: ");
        request.push_str(host);
        request.push_str("\r\n");
        if let Some(etag) = etag {
            request.push_str("if-match: ");
            request.push_str(etag);
            request.push_str("\r\n");
        }
        for (name, value) in &headers {
            request.push_str(name);
            request.push_str(": ");
            request.push_str(value);
            request.push_str("\r\n");
        }
        request.push_str("\r\n");
        // A kept connection the server has closed fails on first use: one fresh try.
        let reused = slot.as_ref().is_some_and(|c| c.host == host);
        match self.exchange(slot, host, request.as_bytes()) {
            Err(_) if reused => self.exchange(slot, host, request.as_bytes()),
            answer => answer,
        }
    }

    fn exchange(
        &self,
        slot: &mut Option<Connection>,
        host: &str,
        request: &[u8],
    ) -> io::Result<Option<LeanBody>> {
        let mut connection = match slot.take() {
            Some(connection) if connection.host == host => connection,
            _ => self.connect(host)?,
        };
        connection.stream.get_mut().write_all(request)?;
        connection.stream.get_mut().flush()?;
        let head = read_head(&mut connection.stream)?;
        if head.status != 200 || head.chunked {
            // The SDK handles it; a body it could not skip leaves the connection unusable.
            if let Some(length) = head.length.filter(|_| !head.chunked && !head.close) {
                if io::copy(&mut (&mut connection.stream).take(length), &mut io::sink())? == length
                {
                    *slot = Some(connection);
                }
            }
            return Ok(None);
        }
        let Some(length) = head.length else {
            return Ok(None);
        };
        Ok(Some(LeanBody {
            connection: Some(connection),
            remaining: length,
            length,
            etag: head.etag,
            keep: !head.close,
        }))
    }

    fn connect(&self, host: &str) -> io::Result<Connection> {
        let address = (self.endpoint_host_for(host), self.endpoint.port);
        let socket = TcpStream::connect(address)?;
        socket.set_nodelay(true)?;
        socket.set_read_timeout(Some(self.stall_timeout))?;
        socket.set_write_timeout(Some(self.stall_timeout))?;
        let stream: Box<dyn Stream> = match &self.tls {
            Some(config) => {
                let name = rustls::pki_types::ServerName::try_from(
                    self.endpoint_host_for(host).to_string(),
                )
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
                let session = rustls::ClientConnection::new(config.clone(), name)
                    .map_err(io::Error::other)?;
                Box::new(rustls::StreamOwned::new(session, socket))
            }
            None => Box::new(socket),
        };
        Ok(Connection {
            host: host.to_string(),
            stream: BufReader::with_capacity(64 * 1024, stream),
        })
    }

    /// The name to connect to: the Host header without its port.
    fn endpoint_host_for<'h>(&self, host: &'h str) -> &'h str {
        match host.rsplit_once(':') {
            Some((name, port)) if port.parse::<u16>().is_ok() && !name.ends_with(']') => name,
            _ => host,
        }
    }

    /// The credentials, refreshed when they are about to expire.
    fn credentials(&self) -> io::Result<Credentials> {
        let mut held = self.credentials.lock().unwrap_or_else(|p| p.into_inner());
        let expiring = held.expiry().is_some_and(|expiry| {
            expiry
                .duration_since(SystemTime::now())
                .map_or(true, |left| left < REFRESH_BEFORE_EXPIRY)
        });
        if expiring {
            *held = self
                .handle
                .block_on(self.provider.provide_credentials())
                .map_err(io::Error::other)?;
        }
        Ok(held.clone())
    }

    /// SigV4 headers for a GET of `path` on `host` at `now`, signed as S3 expects (the path
    /// encoded once, not normalised; the payload unsigned). Written out rather than through
    /// `aws-sigv4`, whose general signer cost 12 µs a request here; the tests check that both
    /// sign alike.
    fn signed_headers(
        &self,
        credentials: &Credentials,
        host: &str,
        path: &str,
        etag: Option<&str>,
        now: SystemTime,
    ) -> Vec<(&'static str, String)> {
        const UNSIGNED: &str = "UNSIGNED-PAYLOAD";
        let (date, stamp) = amz_date(now);
        let scope = format!("{date}/{}/s3/aws4_request", self.region);
        let token = credentials.session_token();
        // The signed headers, in the sorted order SigV4 wants them.
        let signed = [
            ("host", Some(host)),
            ("if-match", etag.map(str::trim)),
            ("x-amz-content-sha256", Some(UNSIGNED)),
            ("x-amz-date", Some(stamp.as_str())),
            ("x-amz-security-token", token.map(str::trim)),
        ];
        let mut signed_names = String::new();
        let mut canonical = String::with_capacity(256 + path.len());
        canonical.push_str("GET\n");
        canonical.push_str(path);
        canonical.push_str("\n\n");
        for (name, value) in signed {
            let Some(value) = value else { continue };
            canonical.push_str(name);
            canonical.push(':');
            canonical.push_str(value);
            canonical.push('\n');
            if !signed_names.is_empty() {
                signed_names.push(';');
            }
            signed_names.push_str(name);
        }
        canonical.push('\n');
        canonical.push_str(&signed_names);
        canonical.push('\n');
        canonical.push_str(UNSIGNED);
        let to_sign = format!(
            "AWS4-HMAC-SHA256\n{stamp}\n{scope}\n{}",
            hex(&Sha256::digest(canonical.as_bytes()))
        );
        let key = self.signing_key(credentials, &date);
        let signature = hex(&hmac(&key, to_sign.as_bytes()));
        let mut headers = vec![
            (
                "authorization",
                format!(
                    "AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={signed_names}, \
                     Signature={signature}",
                    credentials.access_key_id()
                ),
            ),
            ("x-amz-content-sha256", UNSIGNED.to_string()),
            ("x-amz-date", stamp),
        ];
        if let Some(token) = token {
            headers.push(("x-amz-security-token", token.to_string()));
        }
        headers
    }

    /// The day's signing key (derived from the secret with four HMACs), kept for the day.
    fn signing_key(&self, credentials: &Credentials, date: &str) -> [u8; 32] {
        let mut cached = self.signing_key.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((day, id, key)) = cached.as_ref() {
            if day == date && id == credentials.access_key_id() {
                return *key;
            }
        }
        let secret = format!("AWS4{}", credentials.secret_access_key());
        let key = [self.region.as_bytes(), b"s3", b"aws4_request"]
            .iter()
            .fold(hmac(secret.as_bytes(), date.as_bytes()), |key, part| {
                hmac(&key, part)
            });
        *cached = Some((
            date.to_string(),
            credentials.access_key_id().to_string(),
            key,
        ));
        key
    }
}

fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

fn hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(HEX[usize::from(byte >> 4)] as char);
        out.push(HEX[usize::from(byte & 15)] as char);
    }
    out
}

/// `20261205` and `20261205T215500Z` for `now` (UTC).
fn amz_date(now: SystemTime) -> (String, String) {
    let seconds = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, time) = (seconds / 86_400, seconds % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    let date = format!("{year:04}{month:02}{day:02}");
    let stamp = format!(
        "{date}T{:02}{:02}{:02}Z",
        time / 3600,
        time % 3600 / 60,
        time % 60
    );
    (date, stamp)
}

/// The platform's trusted roots (`SSL_CERT_FILE` and `SSL_CERT_DIR` are honoured), as the
/// SDK's own client uses.
fn tls_config() -> Option<Arc<rustls::ClientConfig>> {
    let mut roots = rustls::RootCertStore::empty();
    let found = rustls_native_certs::load_native_certs();
    for certificate in found.certs {
        let _ = roots.add(certificate);
    }
    if roots.is_empty() {
        return None;
    }
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .ok()?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Some(Arc::new(config))
}

trait Stream: Read + Write + Send {}
impl<T: Read + Write + Send> Stream for T {}

/// A kept-alive connection of one scanning thread.
pub(super) struct Connection {
    host: String,
    stream: BufReader<Box<dyn Stream>>,
}

/// What the response head said.
struct Head {
    status: u16,
    length: Option<u64>,
    etag: Option<String>,
    chunked: bool,
    close: bool,
}

fn read_head(stream: &mut impl BufRead) -> io::Result<Head> {
    let bad = |what: &str| io::Error::new(io::ErrorKind::InvalidData, what.to_string());
    let mut line = String::new();
    if stream.read_line(&mut line)? == 0 {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "connection closed",
        ));
    }
    let status = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| bad("not an HTTP status line"))?;
    let mut head = Head {
        status,
        length: None,
        etag: None,
        chunked: false,
        close: line.starts_with("HTTP/1.0"),
    };
    loop {
        line.clear();
        if stream.read_line(&mut line)? == 0 {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "headers cut"));
        }
        let text = line.trim_end();
        if text.is_empty() {
            return Ok(head);
        }
        let Some((name, value)) = text.split_once(':') else {
            return Err(bad("not a header line"));
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            head.length = Some(value.parse().map_err(|_| bad("bad Content-Length"))?);
        } else if name.eq_ignore_ascii_case("etag") {
            head.etag = Some(value.to_string());
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            head.chunked = !value.eq_ignore_ascii_case("identity");
        } else if name.eq_ignore_ascii_case("connection") {
            head.close = value.eq_ignore_ascii_case("close");
        }
    }
}

/// A response body being read; the connection goes back to its slot once the body is read to
/// its end.
pub(super) struct LeanBody {
    connection: Option<Connection>,
    remaining: u64,
    /// Content-Length.
    pub(super) length: u64,
    /// The version read.
    pub(super) etag: Option<String>,
    keep: bool,
}

impl LeanBody {
    /// Reads into `buf`; `Ok(0)` at the body's end. An error, or the connection ending
    /// early, is a broken body (the caller resumes it).
    pub(super) fn read(
        &mut self,
        buf: &mut [u8],
        slot: &mut Option<Connection>,
    ) -> io::Result<usize> {
        if self.remaining == 0 {
            return Ok(0);
        }
        let Some(connection) = self.connection.as_mut() else {
            return Err(io::Error::other("body already given up"));
        };
        let want = buf
            .len()
            .min(usize::try_from(self.remaining).unwrap_or(usize::MAX));
        let read = match connection.stream.read(&mut buf[..want]) {
            Ok(0) => {
                self.connection = None;
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!("connection closed {} bytes before the end", self.remaining),
                ));
            }
            Ok(read) => read,
            Err(e) => {
                self.connection = None;
                return Err(e);
            }
        };
        self.remaining -= read as u64;
        if self.remaining == 0 && self.keep {
            *slot = self.connection.take();
        }
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_and_paths() {
        let local = Endpoint::custom("http://127.0.0.1:9000/").unwrap();
        assert_eq!(
            local.locate("bucket", "dir/a b+ü.txt"),
            (
                "127.0.0.1:9000".to_string(),
                "/bucket/dir/a%20b%2B%C3%BC.txt".to_string()
            )
        );
        let aws = Endpoint::aws("eu-west-3").unwrap();
        assert_eq!(
            aws.locate("exports", "2026/x.csv"),
            (
                "exports.s3.eu-west-3.amazonaws.com".to_string(),
                "/2026/x.csv".to_string()
            )
        );
        assert_eq!(
            aws.locate("my.exports", "x").0,
            "s3.eu-west-3.amazonaws.com".to_string()
        );
        assert_eq!(
            Endpoint::aws("cn-north-1").unwrap().host,
            "s3.cn-north-1.amazonaws.com.cn"
        );
        assert!(Endpoint::aws("us-iso-east-1").is_none());
        assert!(Endpoint::custom("http://host/path").is_none());
        assert_eq!(Endpoint::custom("https://minio.local").unwrap().port, 443);
    }

    #[test]
    fn response_heads() {
        let text = "HTTP/1.1 200 OK\r\nContent-Length: 12\r\nETag: \"abc\"\r\n\r\nbody";
        let head = read_head(&mut text.as_bytes()).unwrap();
        assert_eq!(
            (head.status, head.length, head.etag.as_deref()),
            (200, Some(12), Some("\"abc\""))
        );
        let chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        let head = read_head(&mut chunked.as_bytes()).unwrap();
        assert!(head.chunked && head.close);
        assert!(read_head(&mut "HTTP/1.1 200 OK\r\nContent-".as_bytes()).is_err());
    }

    /// The hand-written signer signs as the SDK's `aws-sigv4` does, with and without a
    /// session token and an If-Match condition.
    #[test]
    fn signs_as_aws_sigv4_does() {
        use aws_sigv4::http_request::{
            sign, PayloadChecksumKind, PercentEncodingMode, SignableBody, SignableRequest,
            SigningSettings, UriPathNormalizationMode,
        };
        use aws_sigv4::sign::v4;
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_796_507_722);
        assert_eq!(amz_date(now).1, "20261205T215522Z");
        assert_eq!(
            amz_date(SystemTime::UNIX_EPOCH + Duration::from_secs(951_782_400)).0,
            "20000229"
        );
        for (token, etag) in [
            (None, None),
            (Some("FwoGZXIvYXdzE//token+/="), Some("\"5d41402abc\"")),
        ] {
            let credentials = Credentials::new(
                "AKIDEXAMPLE",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                token.map(str::to_string),
                None,
                "test",
            );
            let lean = Lean {
                endpoint: Endpoint::custom("http://127.0.0.1:9000").unwrap(),
                region: "eu-west-3".into(),
                provider: aws_credential_types::provider::SharedCredentialsProvider::new(
                    credentials.clone(),
                ),
                credentials: Mutex::new(credentials.clone()),
                signing_key: Mutex::new(None),
                tls: None,
                handle: tokio::runtime::Builder::new_current_thread()
                    .build()
                    .unwrap()
                    .handle()
                    .clone(),
                stall_timeout: Duration::from_secs(1),
                fallbacks_in_a_row: AtomicU32::new(0),
                off: AtomicBool::new(false),
            };
            let (host, path) = lean.endpoint.locate("bucket", "dir/a b+ü.txt");
            let ours = lean.signed_headers(&credentials, &host, &path, etag, now);

            let mut settings = SigningSettings::default();
            settings.percent_encoding_mode = PercentEncodingMode::Single;
            settings.uri_path_normalization_mode = UriPathNormalizationMode::Disabled;
            settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
            let identity = credentials.clone().into();
            let params = v4::SigningParams::builder()
                .identity(&identity)
                .region("eu-west-3")
                .name("s3")
                .time(now)
                .settings(settings)
                .build()
                .unwrap()
                .into();
            let mut headers = vec![("host", host.as_str())];
            if let Some(etag) = etag {
                headers.push(("if-match", etag));
            }
            let request = SignableRequest::new(
                "GET",
                format!("http://{host}{path}"),
                headers.into_iter(),
                SignableBody::UnsignedPayload,
            )
            .unwrap();
            let (instructions, _) = sign(request, &params).unwrap().into_parts();
            let mut theirs: Vec<(String, String)> = instructions
                .headers()
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect();
            let mut ours: Vec<(String, String)> =
                ours.into_iter().map(|(n, v)| (n.to_string(), v)).collect();
            theirs.sort();
            ours.sort();
            assert_eq!(ours, theirs);
        }
    }
}
