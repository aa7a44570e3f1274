//! Runs `examples/upload_server.rs` on 127.0.0.1 and uploads through a real HTTP connection.

#[path = "../examples/upload_server.rs"]
#[allow(dead_code)]
mod upload_server;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use trawl_scanner::Scanner;

/// POSTs `body` in several writes (a chunked upload) and returns (status, response body).
fn post(addr: std::net::SocketAddr, path: &str, body: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: test\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .unwrap();
    for piece in body.chunks(7_000) {
        stream.write_all(piece).unwrap();
    }
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split(' ').nth(1).unwrap().parse().unwrap();
    let body = response
        .split("\r\n\r\n")
        .nth(1)
        .unwrap_or_default()
        .to_string();
    (status, body)
}

#[test]
fn uploads_with_credentials_are_refused_and_clean_ones_stored() {
    let dir = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let state = Arc::new(upload_server::Uploads {
        scanner: Scanner::builder().build().unwrap(),
        dir: dir.path().to_path_buf(),
    });
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    runtime.spawn(async move {
        axum::serve(listener, upload_server::app(state))
            .await
            .unwrap()
    });

    // A clean 3 MB body, streamed in pieces: stored whole.
    let clean: Vec<u8> = (0..3_000_000u32)
        .map(|i| b"abcdefghij \n"[(i % 12) as usize])
        .collect();
    let (status, text) = post(addr, "/upload/clean.txt", &clean);
    assert_eq!(status, 201, "{text}");
    assert_eq!(std::fs::read(dir.path().join("clean.txt")).unwrap(), clean);

    // A token in the middle of a large body, straddling the client's write boundaries.
    let token = "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";
    let mut dirty = clean.clone();
    dirty.splice(
        1_500_000..1_500_000,
        format!(" GITHUB_TOKEN={token} ").into_bytes(),
    );
    let (status, text) = post(addr, "/upload/config.env", &dirty);
    assert_eq!(status, 422, "{text}");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["findings"][0]["identifier"], "GITHUB_TOKEN");
    assert_eq!(json["findings"][0]["source"], "config.env");
    assert!(
        !text.contains(token),
        "the response must not echo the secret: {text}"
    );
    assert!(
        !dir.path().join("config.env").exists(),
        "refused uploads are not stored"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");

    // A zip whose member holds the token: found inside the archive, reported with its member.
    let mut zipped = std::io::Cursor::new(Vec::new());
    {
        let mut writer = zip::ZipWriter::new(&mut zipped);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        writer.start_file("deploy/ci.env", options).unwrap();
        writer
            .write_all(format!("CI=1\nGITHUB_TOKEN={token}\n").as_bytes())
            .unwrap();
        writer.finish().unwrap();
    }
    let (status, text) = post(addr, "/upload/bundle.zip", zipped.get_ref());
    assert_eq!(status, 422, "{text}");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["findings"][0]["identifier"], "GITHUB_TOKEN", "{text}");
    assert_eq!(
        json["findings"][0]["container"][0], "deploy/ci.env",
        "{text}"
    );
    assert!(!text.contains(token), "{text}");
    assert!(!dir.path().join("bundle.zip").exists());
}

/// An async body (what an HTTP handler holds): archives decoded, and a body that breaks
/// half-way is PARTIAL with the findings before the break.
#[test]
fn an_async_body_is_scanned_as_an_object() {
    use std::pin::Pin;
    use std::task::{Context, Poll};
    use trawl_scanner::{ObjectOptions, Reason, Status};

    let token = "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";
    let mut zipped = std::io::Cursor::new(Vec::new());
    {
        let mut writer = zip::ZipWriter::new(&mut zipped);
        writer
            .start_file("ci.env", zip::write::SimpleFileOptions::default())
            .unwrap();
        writer
            .write_all(format!("GITHUB_TOKEN={token}\n").as_bytes())
            .unwrap();
        writer.finish().unwrap();
    }

    /// Yields `body`, then fails.
    struct Breaks(std::io::Cursor<Vec<u8>>);
    impl tokio::io::AsyncRead for Breaks {
        fn poll_read(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
            buf: &mut tokio::io::ReadBuf<'_>,
        ) -> Poll<std::io::Result<()>> {
            let mut piece = [0u8; 1000];
            let n = std::io::Read::read(&mut self.0, &mut piece)?;
            if n == 0 {
                return Poll::Ready(Err(std::io::ErrorKind::ConnectionReset.into()));
            }
            buf.put_slice(&piece[..n]);
            Poll::Ready(Ok(()))
        }
    }

    let scanner = Scanner::builder().build().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let options = ObjectOptions::default();
    let report =
        runtime.block_on(scanner.scan_async_object(&zipped.get_ref()[..], "bundle.zip", &options));
    assert_eq!(
        report.record.status,
        Status::Complete,
        "{:?}",
        report.record
    );
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].container, ["ci.env"]);
    assert_eq!(report.members.len(), 1);

    let text = format!("token={token}\n{}", "filler line\n".repeat(20_000)).into_bytes();
    let report = runtime.block_on(scanner.scan_async_object(
        Breaks(std::io::Cursor::new(text)),
        "upload.txt",
        &options,
    ));
    assert_eq!(report.record.status, Status::Partial, "{:?}", report.record);
    assert_eq!(report.record.reason, Some(Reason::ReadError));
    assert_eq!(report.findings.len(), 1, "the token before the break");
}
