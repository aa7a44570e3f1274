//! A real S3-protocol server on 127.0.0.1 for the tests and benchmarks: the s3s crate speaks
//! the protocol (HTTP, SigV4 authentication, XML), s3s-fs stores buckets as directories, and
//! a thin layer adds what s3s-fs lacks (ETags in listings, If-Match, storage classes) and the
//! faults the tests inject: SlowDown bursts, access denied, bodies cut mid-stream, objects
//! deleted or overwritten between listing and reading.

#![allow(dead_code)] // Each test binary uses part of it.

use bytes::Bytes;
use s3s::dto::{
    ETag, GetObjectInput, GetObjectOutput, HeadObjectInput, HeadObjectOutput, ListObjectsV2Input,
    ListObjectsV2Output, ObjectStorageClass, StreamingBlob, Timestamp,
};
use s3s::{s3_error, S3Request, S3Response, S3Result, S3};
use std::collections::{HashMap, HashSet};
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

pub const ACCESS_KEY: &str = "trawl-test-access";
pub const SECRET_KEY: &str = "trawl-test-secret-key-0123456789";
pub const REGION: &str = "us-east-1";

/// Faults to inject, per object key ("bucket/key").
#[derive(Default)]
pub struct Faults {
    /// Answer this many GETs with 503 SlowDown before serving the object.
    pub slow_down: Mutex<HashMap<String, u32>>,
    /// Answer every GET with 403 AccessDenied.
    pub deny: Mutex<HashSet<String>>,
    /// Cut the body (close the connection) after this many bytes, this many times.
    pub cut_after: Mutex<HashMap<String, (u64, u32)>>,
    /// Before the first GET: overwrite the object with this content.
    pub overwrite_before_get: Mutex<HashMap<String, Vec<u8>>>,
    /// Before the first ranged GET (a resume): overwrite the object with this content.
    pub overwrite_before_resume: Mutex<HashMap<String, Vec<u8>>>,
    /// Before the first GET: delete the object.
    pub delete_before_get: Mutex<HashSet<String>>,
    /// Wait this long before answering each GET of the key.
    pub delay: Mutex<HashMap<String, std::time::Duration>>,
    /// Listed with this storage class; GETs fail with InvalidObjectState for archive classes.
    pub storage_class: Mutex<HashMap<String, String>>,
    /// Object tags (s3s-fs keeps none), by "bucket/key".
    pub tags: Mutex<HashMap<String, Vec<(String, String)>>>,
    /// Decides each request, as an IAM policy would (see `support/iam.rs`); none: all allowed.
    /// A denied request is answered 403 AccessDenied.
    pub access: Mutex<Option<AccessCheck>>,
    /// Requests seen.
    pub gets: AtomicU64,
    pub lists: AtomicU64,
    pub ranged_gets: AtomicU64,
}

/// One request, as an access check sees it: the S3 operation's name (`GetObject`), its bucket
/// and key (empty when it has none) and its URL's query (`prefix=…&list-type=2`).
pub struct AccessRequest<'a> {
    pub operation: &'a str,
    pub bucket: &'a str,
    pub key: &'a str,
    pub query: &'a str,
}

pub type AccessCheck = Box<dyn Fn(&AccessRequest) -> bool + Send + Sync>;

/// Runs [`Faults::access`] on every authenticated request.
struct Access {
    faults: Arc<Faults>,
}

#[async_trait::async_trait]
impl s3s::access::S3Access for Access {
    async fn check(&self, cx: &mut s3s::access::S3AccessContext<'_>) -> S3Result<()> {
        if cx.credentials().is_none() {
            return Err(s3_error!(AccessDenied, "anonymous request"));
        }
        let check = self.faults.access.lock().unwrap();
        let Some(check) = check.as_ref() else {
            return Ok(());
        };
        let (bucket, key) = match cx.s3_path() {
            s3s::path::S3Path::Root => ("", ""),
            s3s::path::S3Path::Bucket { bucket } => (&**bucket, ""),
            s3s::path::S3Path::Object { bucket, key } => (&**bucket, &**key),
        };
        let request = AccessRequest {
            operation: cx.s3_op().name(),
            bucket,
            key,
            query: cx.uri().query().unwrap_or(""),
        };
        if check(&request) {
            Ok(())
        } else {
            Err(s3_error!(AccessDenied, "denied by the test's policy"))
        }
    }
}

/// The ETag of a stored file: changes whenever the file is rewritten (size, time, inode).
fn etag_of(metadata: &std::fs::Metadata) -> String {
    format!(
        "{:x}-{:x}-{:x}",
        metadata.len(),
        metadata.mtime() as u64 * 1_000_000_000 + metadata.mtime_nsec() as u64,
        metadata.ino()
    )
}

struct Store {
    root: PathBuf,
    fs: s3s_fs::FileSystem,
    faults: Arc<Faults>,
}

impl Store {
    fn path(&self, bucket: &str, key: &str) -> PathBuf {
        self.root.join(bucket).join(key)
    }
}

fn take_one<T: Clone>(map: &Mutex<HashMap<String, T>>, name: &str) -> Option<T> {
    map.lock().unwrap().remove(name)
}

#[async_trait::async_trait]
impl S3 for Store {
    async fn list_objects_v2(
        &self,
        req: S3Request<ListObjectsV2Input>,
    ) -> S3Result<S3Response<ListObjectsV2Output>> {
        self.faults.lists.fetch_add(1, Ordering::Relaxed);
        let bucket = req.input.bucket.clone();
        let mut response = self.fs.list_objects_v2(req).await?;
        let classes = self.faults.storage_class.lock().unwrap().clone();
        for object in response.output.contents.iter_mut().flatten() {
            let key = object.key.clone().unwrap_or_default();
            if let Ok(metadata) = std::fs::metadata(self.path(&bucket, &key)) {
                object.e_tag = Some(ETag::Strong(etag_of(&metadata)));
            }
            object.storage_class = Some(ObjectStorageClass::from(
                classes
                    .get(&format!("{bucket}/{key}"))
                    .cloned()
                    .unwrap_or_else(|| "STANDARD".into()),
            ));
        }
        Ok(response)
    }

    async fn get_object(
        &self,
        req: S3Request<GetObjectInput>,
    ) -> S3Result<S3Response<GetObjectOutput>> {
        self.faults.gets.fetch_add(1, Ordering::Relaxed);
        let input = req.input;
        let name = format!("{}/{}", input.bucket, input.key);
        let path = self.path(&input.bucket, &input.key);
        let delay = self.faults.delay.lock().unwrap().get(&name).copied();
        if let Some(delay) = delay {
            tokio::time::sleep(delay).await;
        }
        {
            let mut slow = self.faults.slow_down.lock().unwrap();
            if let Some(left) = slow.get_mut(&name).filter(|left| **left > 0) {
                *left -= 1;
                return Err(s3_error!(SlowDown, "Please reduce your request rate."));
            }
        }
        if self.faults.deny.lock().unwrap().contains(&name) {
            return Err(s3_error!(AccessDenied, "Access Denied"));
        }
        if let Some(class) = self.faults.storage_class.lock().unwrap().get(&name) {
            if class == "GLACIER" || class == "DEEP_ARCHIVE" {
                return Err(s3_error!(
                    InvalidObjectState,
                    "The operation is not valid for the object's storage class"
                ));
            }
        }
        if self.faults.delete_before_get.lock().unwrap().remove(&name) {
            let _ = std::fs::remove_file(&path);
        }
        if let Some(content) = take_one(&self.faults.overwrite_before_get, &name) {
            replace_file(&path, &content).map_err(|e| s3_error!(e, InternalError))?;
        }
        if input.range.is_some() {
            if let Some(content) = take_one(&self.faults.overwrite_before_resume, &name) {
                replace_file(&path, &content).map_err(|e| s3_error!(e, InternalError))?;
            }
        }
        let file = std::fs::File::open(&path).map_err(|_| s3_error!(NoSuchKey))?;
        let metadata = file.metadata().map_err(|e| s3_error!(e, InternalError))?;
        let etag = etag_of(&metadata);
        if let Some(condition) = &input.if_match {
            if condition
                .as_etag()
                .is_some_and(|wanted| wanted.value() != etag)
            {
                return Err(s3_error!(PreconditionFailed));
            }
        }
        let length = metadata.len();
        let (start, end) = match &input.range {
            None => (0, length),
            Some(range) => {
                self.faults.ranged_gets.fetch_add(1, Ordering::Relaxed);
                let r = range.check(length).map_err(|_| s3_error!(InvalidRange))?;
                (r.start, r.end)
            }
        };
        let cut = {
            let mut cuts = self.faults.cut_after.lock().unwrap();
            match cuts.get_mut(&name) {
                Some((at, times)) if *times > 0 && *at > start => {
                    *times -= 1;
                    Some(*at)
                }
                _ => None,
            }
        };
        let body = file_stream(file, start, end, cut);
        let output = GetObjectOutput {
            body: Some(StreamingBlob::wrap(body)),
            content_length: Some((end - start) as i64),
            content_range: input
                .range
                .as_ref()
                .map(|_| format!("bytes {start}-{}/{length}", end.saturating_sub(1))),
            e_tag: Some(ETag::Strong(etag)),
            last_modified: metadata.modified().ok().map(Timestamp::from),
            ..Default::default()
        };
        Ok(S3Response::new(output))
    }

    async fn head_object(
        &self,
        req: S3Request<HeadObjectInput>,
    ) -> S3Result<S3Response<HeadObjectOutput>> {
        let path = self.path(&req.input.bucket, &req.input.key);
        let metadata = std::fs::metadata(&path).map_err(|_| s3_error!(NoSuchKey))?;
        Ok(S3Response::new(HeadObjectOutput {
            content_length: Some(metadata.len() as i64),
            e_tag: Some(ETag::Strong(etag_of(&metadata))),
            last_modified: metadata.modified().ok().map(Timestamp::from),
            ..Default::default()
        }))
    }

    async fn list_buckets(
        &self,
        req: S3Request<s3s::dto::ListBucketsInput>,
    ) -> S3Result<S3Response<s3s::dto::ListBucketsOutput>> {
        self.fs.list_buckets(req).await
    }

    async fn get_bucket_location(
        &self,
        req: S3Request<s3s::dto::GetBucketLocationInput>,
    ) -> S3Result<S3Response<s3s::dto::GetBucketLocationOutput>> {
        self.fs.get_bucket_location(req).await
    }

    async fn create_bucket(
        &self,
        req: S3Request<s3s::dto::CreateBucketInput>,
    ) -> S3Result<S3Response<s3s::dto::CreateBucketOutput>> {
        self.fs.create_bucket(req).await
    }

    async fn put_object(
        &self,
        req: S3Request<s3s::dto::PutObjectInput>,
    ) -> S3Result<S3Response<s3s::dto::PutObjectOutput>> {
        self.fs.put_object(req).await
    }

    async fn delete_object(
        &self,
        req: S3Request<s3s::dto::DeleteObjectInput>,
    ) -> S3Result<S3Response<s3s::dto::DeleteObjectOutput>> {
        self.fs.delete_object(req).await
    }

    async fn create_multipart_upload(
        &self,
        req: S3Request<s3s::dto::CreateMultipartUploadInput>,
    ) -> S3Result<S3Response<s3s::dto::CreateMultipartUploadOutput>> {
        self.fs.create_multipart_upload(req).await
    }

    async fn upload_part(
        &self,
        req: S3Request<s3s::dto::UploadPartInput>,
    ) -> S3Result<S3Response<s3s::dto::UploadPartOutput>> {
        self.fs.upload_part(req).await
    }

    async fn complete_multipart_upload(
        &self,
        req: S3Request<s3s::dto::CompleteMultipartUploadInput>,
    ) -> S3Result<S3Response<s3s::dto::CompleteMultipartUploadOutput>> {
        self.fs.complete_multipart_upload(req).await
    }

    async fn abort_multipart_upload(
        &self,
        req: S3Request<s3s::dto::AbortMultipartUploadInput>,
    ) -> S3Result<S3Response<s3s::dto::AbortMultipartUploadOutput>> {
        self.fs.abort_multipart_upload(req).await
    }

    async fn copy_object(
        &self,
        mut req: S3Request<s3s::dto::CopyObjectInput>,
    ) -> S3Result<S3Response<s3s::dto::CopyObjectOutput>> {
        // s3s-fs checks conditions against its own ETags; ours are checked here.
        if let Some(condition) = req.input.copy_source_if_match.take() {
            let s3s::dto::CopySource::Bucket { bucket, key, .. } = &req.input.copy_source else {
                return Err(s3_error!(NotImplemented));
            };
            let metadata =
                std::fs::metadata(self.path(bucket, key)).map_err(|_| s3_error!(NoSuchKey))?;
            if condition
                .as_etag()
                .is_some_and(|wanted| wanted.value() != etag_of(&metadata))
            {
                return Err(s3_error!(PreconditionFailed));
            }
        }
        self.fs.copy_object(req).await
    }

    async fn put_object_tagging(
        &self,
        req: S3Request<s3s::dto::PutObjectTaggingInput>,
    ) -> S3Result<S3Response<s3s::dto::PutObjectTaggingOutput>> {
        let input = req.input;
        if !self.path(&input.bucket, &input.key).is_file() {
            return Err(s3_error!(NoSuchKey));
        }
        let tags = input
            .tagging
            .tag_set
            .into_iter()
            .map(|t| (t.key.unwrap_or_default(), t.value.unwrap_or_default()))
            .collect();
        self.faults
            .tags
            .lock()
            .unwrap()
            .insert(format!("{}/{}", input.bucket, input.key), tags);
        Ok(S3Response::new(s3s::dto::PutObjectTaggingOutput::default()))
    }
}

/// Rewrites `path` through a new file, as S3 replaces an object whole.
fn replace_file(path: &Path, content: &[u8]) -> io::Result<()> {
    let temporary = path.with_extension("trawl-overwrite");
    std::fs::write(&temporary, content)?;
    std::fs::rename(&temporary, path)
}

/// `file[start..end]` in 64 KiB chunks; with `cut`, an error at that offset (the server then
/// drops the connection mid-body).
fn file_stream(
    file: std::fs::File,
    start: u64,
    end: u64,
    cut: Option<u64>,
) -> impl futures_util::Stream<Item = io::Result<Bytes>> + Send + Sync + 'static {
    use std::io::{Read, Seek, SeekFrom};
    let state = (file, start, false);
    futures_util::stream::unfold(state, move |(mut file, position, seeked)| async move {
        if position >= end {
            return None;
        }
        if cut.is_some_and(|at| position >= at) {
            return Some((
                Err(io::Error::new(
                    io::ErrorKind::ConnectionReset,
                    "injected cut",
                )),
                (file, end, true),
            ));
        }
        if !seeked {
            if let Err(e) = file.seek(SeekFrom::Start(position)) {
                return Some((Err(e), (file, end, true)));
            }
        }
        let mut limit = (end - position).min(64 * 1024);
        if let Some(at) = cut {
            limit = limit.min(at - position);
        }
        let mut chunk = vec![0u8; limit as usize];
        match file.read_exact(&mut chunk) {
            Ok(()) => Some((Ok(Bytes::from(chunk)), (file, position + limit, true))),
            Err(e) => Some((Err(e), (file, end, true))),
        }
    })
}

/// A running server; it stops with the process.
pub struct TestS3 {
    pub endpoint: String,
    pub root: PathBuf,
    pub faults: Arc<Faults>,
    _dir: Option<tempfile::TempDir>,
}

impl TestS3 {
    /// Starts a server on 127.0.0.1 (a free port) over a new temporary directory.
    pub fn start() -> TestS3 {
        let dir = tempfile::tempdir().expect("temporary directory");
        let mut server = TestS3::serve(dir.path().to_path_buf(), 0);
        server._dir = Some(dir);
        server
    }

    /// Serves the buckets under `root` (one directory each) on `port` (0: any free port).
    pub fn serve(root: PathBuf, port: u16) -> TestS3 {
        let faults = Arc::new(Faults::default());
        let store = Store {
            root: root.clone(),
            fs: s3s_fs::FileSystem::new(&root).expect("s3s-fs over the root"),
            faults: faults.clone(),
        };
        let mut builder = s3s::service::S3ServiceBuilder::new(store);
        builder.set_auth(s3s::auth::SimpleAuth::from_single(ACCESS_KEY, SECRET_KEY));
        builder.set_access(Access {
            faults: faults.clone(),
        });
        let service = builder.build();
        let listener = std::net::TcpListener::bind(("127.0.0.1", port)).expect("bind 127.0.0.1");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let address = listener.local_addr().expect("local address");
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("server runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                let http = hyper_util::server::conn::auto::Builder::new(
                    hyper_util::rt::TokioExecutor::new(),
                );
                loop {
                    let Ok((socket, _)) = listener.accept().await else {
                        continue;
                    };
                    let connection = http
                        .serve_connection(hyper_util::rt::TokioIo::new(socket), service.clone())
                        .into_owned();
                    tokio::spawn(connection);
                }
            });
        });
        TestS3 {
            endpoint: format!("http://{address}"),
            root,
            faults,
            _dir: None,
        }
    }

    /// Stores `content` as `bucket/key` (creating the bucket).
    pub fn put(&self, bucket: &str, key: &str, content: &[u8]) {
        let path = self.root.join(bucket).join(key);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }

    /// An SDK client of this server, as a library user would build one.
    pub fn client(&self) -> aws_sdk_s3::Client {
        let config = aws_sdk_s3::Config::builder()
            .behavior_version_latest()
            .endpoint_url(&self.endpoint)
            .force_path_style(true)
            .region(aws_sdk_s3::config::Region::new(REGION))
            .credentials_provider(aws_sdk_s3::config::Credentials::new(
                ACCESS_KEY, SECRET_KEY, None, None, "test",
            ))
            .build();
        aws_sdk_s3::Client::from_conf(config)
    }

    /// Environment for a client of this server: credentials and region, nothing else from
    /// the machine's AWS configuration.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("AWS_ACCESS_KEY_ID", ACCESS_KEY.into()),
            ("AWS_SECRET_ACCESS_KEY", SECRET_KEY.into()),
            ("AWS_REGION", REGION.into()),
            ("AWS_CONFIG_FILE", "/dev/null".into()),
            ("AWS_SHARED_CREDENTIALS_FILE", "/dev/null".into()),
            ("AWS_EC2_METADATA_DISABLED", "true".into()),
        ]
    }
}
