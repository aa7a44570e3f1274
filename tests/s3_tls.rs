//! S3 sweeps over HTTPS, as against AWS: the tests' S3-protocol server behind a TLS proxy on
//! 127.0.0.1 whose certificate is signed by a CA made for the test and trusted through
//! `SSL_CERT_FILE`. The lean GET path (its own rustls client) must read every object, and find
//! what the SDK's client finds.

#[path = "support/s3_server.rs"]
mod s3_server;
mod support;

use s3_server::TestS3;
use std::collections::BTreeMap;
use std::sync::Arc;
use support::{jsonl, stderr, GITHUB_TOKEN};

/// A CA and a certificate for `localhost` and 127.0.0.1 signed by it: (CA PEM, leaf DER, key).
fn certificates() -> (
    String,
    rustls::pki_types::CertificateDer<'static>,
    rustls::pki_types::PrivateKeyDer<'static>,
) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca.self_signed(&ca_key).unwrap();
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&leaf_key, &ca, &ca_key)
        .unwrap();
    (
        ca.pem(),
        leaf.der().clone(),
        rustls::pki_types::PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into()),
    )
}

/// Terminates TLS on a free port of 127.0.0.1 and forwards each connection to `backend`;
/// returns the port.
fn tls_proxy(
    backend: std::net::SocketAddr,
    certificate: rustls::pki_types::CertificateDer<'static>,
    key: rustls::pki_types::PrivateKeyDer<'static>,
) -> u16 {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![certificate], key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            loop {
                let Ok((socket, _)) = listener.accept().await else {
                    continue;
                };
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(socket).await else {
                        return;
                    };
                    let Ok(mut plain) = tokio::net::TcpStream::connect(backend).await else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                });
            }
        });
    });
    port
}

#[test]
fn sweeps_over_https_read_objects_with_the_lean_path_and_find_what_the_sdk_finds() {
    let server = TestS3::start();
    for i in 0..40 {
        let body = if i % 4 == 0 {
            format!("line {i}\ntoken = {GITHUB_TOKEN}\n")
        } else {
            format!("line {i}\n")
        };
        server.put("secure", &format!("dir/obj {i}.txt"), body.as_bytes());
    }
    let (ca, certificate, key) = certificates();
    let backend = server
        .endpoint
        .trim_start_matches("http://")
        .parse()
        .unwrap();
    let port = tls_proxy(backend, certificate, key);
    let dir = tempfile::tempdir().unwrap();
    let ca_file = dir.path().join("ca.pem");
    std::fs::write(&ca_file, ca).unwrap();
    let endpoint = format!("https://localhost:{port}");

    // The CLI, with the lean path and with the SDK alone.
    let scan = |sdk_only: bool| {
        let mut cmd = support::trawl();
        cmd.env_remove("AWS_ENDPOINT_URL_S3")
            .envs(server.env())
            .env("SSL_CERT_FILE", &ca_file)
            .args([
                "scan",
                "--format",
                "jsonl",
                "--endpoint-url",
                &endpoint,
                "s3://secure",
            ]);
        if sdk_only {
            cmd.env("TRAWL_S3_SDK_ONLY", "true");
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let records = jsonl(&String::from_utf8_lossy(&out.stdout));
        let objects: BTreeMap<String, String> = records
            .iter()
            .filter(|r| r["type"] == "object")
            .map(|r| {
                (
                    r["source"].to_string(),
                    format!("{} {}", r["status"], r["findings"]),
                )
            })
            .collect();
        objects
    };
    let lean = scan(false);
    assert_eq!(lean.len(), 40);
    assert!(
        lean.values().all(|v| v.starts_with("\"COMPLETE\"")),
        "{lean:?}"
    );
    assert_eq!(lean, scan(true));

    // The library says which path read them.
    use trawl_scanner::s3::{self, S3Url, Source, SweepOptions};
    for (name, value) in server.env() {
        std::env::set_var(name, value);
    }
    std::env::set_var("SSL_CERT_FILE", &ca_file);
    let scanner = trawl_scanner::Scanner::builder().build().unwrap();
    let options = SweepOptions {
        endpoint_url: Some(endpoint.clone()),
        ..SweepOptions::default()
    };
    let source = Source::Listing(vec![S3Url::parse("s3://secure/dir/").unwrap()]);
    let stats = s3::sweep_source(&scanner, &source, &options, &Quiet).unwrap();
    assert_eq!(stats.lean_gets, 40, "{stats:?}");
}

struct Quiet;

impl trawl_scanner::Sink for Quiet {
    fn findings(&self, _: &str, _: Vec<trawl_scanner::Finding>) -> std::ops::ControlFlow<()> {
        std::ops::ControlFlow::Continue(())
    }

    fn object(&self, _: trawl_scanner::ObjectRecord) -> std::ops::ControlFlow<()> {
        std::ops::ControlFlow::Continue(())
    }
}
