//! S3 Inventory reports of the test server's buckets, written by the independent Python
//! generator tests/fixtures/make_inventory.py. Included with `#[path]` by the test binaries
//! that also include `s3_server.rs`.

use crate::s3_server::TestS3;
use serde_json::{json, Value};
use std::path::Path;
use std::process::Command;

/// The inventory rows of `bucket` as S3 lists it now (ETags bare, as inventories write them).
pub fn rows(server: &TestS3, bucket: &str) -> Vec<Value> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let client = server.client();
    let mut rows = Vec::new();
    let mut token = None;
    loop {
        let page = runtime
            .block_on(
                client
                    .list_objects_v2()
                    .bucket(bucket)
                    .set_continuation_token(token.take())
                    .send(),
            )
            .unwrap();
        for object in page.contents() {
            rows.push(json!({
                "bucket": bucket,
                "key": object.key().unwrap(),
                "size": object.size().unwrap(),
                "etag": object.e_tag().unwrap().trim_matches('"'),
                "last_modified_ms": object.last_modified().unwrap().to_millis().unwrap(),
            }));
        }
        match page.next_continuation_token() {
            Some(next) => token = Some(next.to_string()),
            None => break,
        }
    }
    rows
}

/// Writes an inventory report (`csv` or `parquet`) of `rows` into bucket `destination` under
/// `prefix`; returns its manifest's key.
pub fn write(
    server: &TestS3,
    rows: &[Value],
    destination: &str,
    prefix: &str,
    kind: &str,
) -> String {
    let dir = tempfile::tempdir().unwrap();
    let rows_path = dir.path().join("rows.json");
    std::fs::write(&rows_path, serde_json::to_vec(rows).unwrap()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/make_inventory.py");
    let out = Command::new(crate::support::python::venv().python())
        .arg(script)
        .arg(&rows_path)
        .arg(&server.root)
        .args([destination, prefix, kind])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}
