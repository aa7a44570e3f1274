//! An S3 object as a blocking `Read`: GetObject's body pulled chunk by chunk, resumed with a
//! Range GET from the last byte handed out when it breaks.
//!
//! Every GET carries `If-Match` with the listed ETag, so the bytes after a resume belong to the
//! same version as the bytes before it; an object overwritten or deleted in between fails the
//! read with a reason instead of mixing two versions. The scanning session never sees a byte
//! twice or misses one, so no finding is lost or duplicated by a resume.
//!
//! An object from an inventory or item list whose ETag no longer matches changed since the
//! report was made, not during the sweep: it is read as it is now (its new ETag pinned from
//! then on) and the change is noted on its record, or, with `inventory_strict`, skipped.

use super::client::{self, Failure};
use super::lean::{Connection, Lean, LeanBody};
use super::{ObjectInfo, Progress, SweepOptions};
use crate::finding::Reason;
use crate::object::InputError;
use aws_sdk_s3::primitives::ByteStream;
use bytes::{Buf, Bytes};
use std::io::{self, Read};
use std::sync::atomic::Ordering;
use std::sync::Mutex;
use std::time::Duration;
use tokio::runtime::Handle;

/// Consecutive failed resumes (no byte arriving in between) before the object is given up.
const MAX_RESUMES: u32 = 6;
/// Backoff before the first resume; doubled each time.
const FIRST_BACKOFF: Duration = Duration::from_millis(100);

/// The version of an object that was read, for its record.
#[derive(Debug, Default)]
pub(super) struct Version {
    /// The ETag of the bytes read.
    pub(super) etag: Option<String>,
    /// The inventory's ETag, when the object had changed since and was read as it is now.
    pub(super) changed_since_inventory: Option<String>,
}

/// The body being read: the lean path's, or the SDK's.
enum Body {
    Lean(LeanBody),
    Sdk(ByteStream),
}

pub(super) struct ObjectReader<'a> {
    handle: &'a Handle,
    client: &'a aws_sdk_s3::Client,
    object: &'a ObjectInfo,
    progress: Option<&'a Progress>,
    /// A body stalled longer than this is treated as broken.
    stall_timeout: Duration,
    /// Skip an inventoried object whose ETag changed instead of reading it as it is now.
    inventory_strict: bool,
    /// Where the version read is told to the record.
    version: &'a Mutex<Version>,
    /// The version being read: the listed ETag, or the first response's.
    etag: Option<String>,
    body: Option<Body>,
    /// The lean GET path and this thread's kept connection, when the sweep has one.
    lean: Option<(&'a Lean, &'a mut Option<Connection>)>,
    chunk: Bytes,
    /// Bytes handed to the caller so far: where a resume starts.
    offset: u64,
    /// Where the current body ends (from Content-Length), to tell a clean end from a cut one.
    end: Option<u64>,
    /// The body ended cleanly.
    finished: bool,
    /// Resumes since the last byte arrived.
    failures: u32,
    /// Body breaks recovered from, for the record's message.
    pub(super) resumes: u32,
    /// Whether the object was read by the lean GET path.
    pub(super) read_lean: bool,
}

impl<'a> ObjectReader<'a> {
    pub(super) fn new(
        handle: &'a Handle,
        client: &'a aws_sdk_s3::Client,
        object: &'a ObjectInfo,
        progress: Option<&'a Progress>,
        options: &SweepOptions,
        version: &'a Mutex<Version>,
        lean: Option<(&'a Lean, &'a mut Option<Connection>)>,
    ) -> Self {
        ObjectReader {
            handle,
            client,
            object,
            progress,
            stall_timeout: options.read_timeout,
            inventory_strict: options.inventory_strict,
            version,
            etag: object.etag.clone(),
            body: None,
            lean,
            chunk: Bytes::new(),
            offset: 0,
            end: None,
            finished: false,
            failures: 0,
            resumes: 0,
            read_lean: false,
        }
    }

    /// GetObject from `offset`: the lean path first for a whole object, else the SDK (which
    /// retries SlowDown, 5xx and resets before headers).
    fn open(&mut self) -> io::Result<Body> {
        // The lean path reads current versions only; a given version goes through the SDK.
        if self.offset == 0 && self.object.version_id.is_none() {
            if let Some((lean, slot)) = self.lean.as_mut() {
                let body = lean.get(
                    slot,
                    &self.object.bucket,
                    &self.object.key,
                    self.etag.as_deref(),
                );
                if let Some(body) = body {
                    if self.etag.is_none() {
                        self.etag.clone_from(&body.etag);
                    }
                    self.version
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .etag
                        .clone_from(&self.etag);
                    self.end = Some(body.length);
                    self.read_lean = true;
                    return Ok(Body::Lean(body));
                }
            }
        }
        self.open_sdk().map(Body::Sdk)
    }

    fn open_sdk(&mut self) -> io::Result<ByteStream> {
        let mut request = self
            .client
            .get_object()
            .bucket(&self.object.bucket)
            .key(&self.object.key)
            .set_version_id(self.object.version_id.clone())
            .set_if_match(self.etag.clone());
        if self.offset > 0 {
            request = request.range(format!("bytes={}-", self.offset));
        }
        match self.handle.block_on(request.send()) {
            Ok(output) => {
                if self.etag.is_none() {
                    self.etag = output.e_tag().map(str::to_string);
                }
                if self.offset == 0 {
                    let mut version = self.version.lock().unwrap_or_else(|p| p.into_inner());
                    version.etag.clone_from(&self.etag);
                }
                let length = output.content_length().and_then(|l| u64::try_from(l).ok());
                self.end = length.map(|l| self.offset + l);
                Ok(output.body)
            }
            Err(error) => {
                let Failure {
                    reason,
                    message,
                    answered,
                } = client::classify(&error);
                let changed = reason == Reason::ObjectChangedDuringScan && self.offset == 0;
                if changed && self.object.inventoried && self.etag.is_some() {
                    let then = self.etag.take().unwrap_or_default();
                    if self.inventory_strict {
                        return Err(InputError::into_io(
                            Reason::ObjectChangedSinceInventory,
                            format!(
                                "changed since the inventory (its ETag was {then}); \
                                 --inventory-strict skips it"
                            ),
                        ));
                    }
                    // Read the object as it is now; its new ETag pins the resumes.
                    self.version
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .changed_since_inventory = Some(then);
                    return self.open_sdk();
                }
                let listed = if self.object.inventoried {
                    "since the inventory"
                } else {
                    "after it was listed"
                };
                let message = match reason {
                    Reason::NotFound => format!("deleted {listed} ({message})"),
                    Reason::ObjectChangedDuringScan if self.offset == 0 => {
                        format!("overwritten {listed} ({message})")
                    }
                    Reason::ObjectChangedDuringScan => format!(
                        "overwritten while it was read, after {} bytes ({message})",
                        self.offset
                    ),
                    _ => message,
                };
                if !answered && self.offset > 0 {
                    // A resume that could not even connect: worth another try.
                    return Err(io::Error::new(io::ErrorKind::ConnectionReset, message));
                }
                Err(InputError::into_io(reason, message))
            }
        }
    }

    /// The body broke (or stalled, or ended early): wait, then resume from `offset`.
    fn broke(&mut self, cause: String) -> io::Result<()> {
        self.body = None;
        self.failures += 1;
        if self.failures > MAX_RESUMES {
            return Err(InputError::into_io(
                Reason::ReadError,
                format!(
                    "body broke {} times in a row at byte {}: {cause}",
                    MAX_RESUMES, self.offset
                ),
            ));
        }
        self.resumes += 1;
        std::thread::sleep(FIRST_BACKOFF * 2u32.pow(self.failures - 1));
        Ok(())
    }

    fn next_chunk(&mut self, body: &mut ByteStream) -> Result<Option<Bytes>, String> {
        let stall = self.stall_timeout;
        match self
            .handle
            .block_on(async { tokio::time::timeout(stall, body.next()).await })
        {
            Ok(Some(Ok(bytes))) => Ok(Some(bytes)),
            Ok(Some(Err(e))) => Err(client::causes(&e)),
            Ok(None) => Ok(None),
            Err(_) => Err(format!("no data for {} s", stall.as_secs())),
        }
    }
}

impl Read for ObjectReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() || self.finished {
            return Ok(0);
        }
        loop {
            if !self.chunk.is_empty() {
                let n = self.chunk.len().min(buf.len());
                buf[..n].copy_from_slice(&self.chunk[..n]);
                self.chunk.advance(n);
                self.offset += n as u64;
                if let Some(progress) = self.progress {
                    progress.bytes_done.fetch_add(n as u64, Ordering::Relaxed);
                }
                return Ok(n);
            }
            let body = match self.body.take() {
                Some(body) => body,
                None => match self.open() {
                    Ok(body) => body,
                    Err(e) if e.kind() == io::ErrorKind::ConnectionReset => {
                        self.broke(e.to_string())?;
                        continue;
                    }
                    Err(e) => return Err(e),
                },
            };
            let mut body = match body {
                Body::Lean(mut lean_body) => {
                    let slot = self.lean.as_mut().map(|(_, slot)| &mut **slot);
                    let mut spare = None;
                    match lean_body.read(buf, slot.unwrap_or(&mut spare)) {
                        Ok(0) => {
                            self.finished = true;
                            return Ok(0);
                        }
                        Ok(n) => {
                            self.failures = 0;
                            self.offset += n as u64;
                            if let Some(progress) = self.progress {
                                progress.bytes_done.fetch_add(n as u64, Ordering::Relaxed);
                            }
                            self.body = Some(Body::Lean(lean_body));
                            return Ok(n);
                        }
                        Err(e) => {
                            self.broke(e.to_string())?;
                            continue;
                        }
                    }
                }
                Body::Sdk(body) => body,
            };
            match self.next_chunk(&mut body) {
                Ok(Some(bytes)) => {
                    self.failures = 0;
                    self.chunk = bytes;
                    self.body = Some(Body::Sdk(body));
                }
                Ok(None) if self.end.is_some_and(|end| self.offset < end) => {
                    self.broke(format!(
                        "body ended at byte {} of {}",
                        self.offset,
                        self.end.unwrap_or_default()
                    ))?;
                }
                Ok(None) => {
                    self.finished = true;
                    return Ok(0);
                }
                Err(cause) => self.broke(cause)?,
            }
        }
    }
}
