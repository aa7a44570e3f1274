//! `cargo run --release --example s3-test-server -- ROOT [PORT]`: the tests' S3-protocol server
//! (s3s over s3s-fs, no faults) serving the buckets under ROOT on 127.0.0.1, for benchmarks and
//! trying sweeps by hand. Prints the endpoint, then serves until killed. Credentials:
//! `trawl-test-access` / `trawl-test-secret-key-0123456789`.

#[path = "s3_server.rs"]
mod s3_server;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(root) = args.next() else {
        eprintln!("usage: s3-test-server ROOT [PORT]");
        std::process::exit(2);
    };
    let port = args
        .next()
        .map_or(0, |p| p.parse().expect("PORT is a number"));
    let server = s3_server::TestS3::serve(std::path::PathBuf::from(root), port);
    println!("{}", server.endpoint);
    loop {
        std::thread::park();
    }
}
