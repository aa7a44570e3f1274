//! Encoded text inside text: base64 runs, backslash escapes and percent-encoding are decoded
//! and scanned, and what they hold is reported on the encoded bytes, with the decoded value's
//! redaction and fingerprint, whatever the chunking.

use trawl_scanner::{Finding, Scanner};

const TOKEN: &str = "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";
const URL: &str = "postgres://app:Xq7vR2mLp9sT@db.internal/prod";
const PASSWORD: &str = "Xq7vR2mLp9sT";

/// Standard base64 with padding (the `base64` crate, not trawl's decoder).
fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn detail<'a>(f: &'a Finding, key: &str) -> Option<&'a str> {
    f.details
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.as_str())
}

fn scanner() -> Scanner {
    Scanner::builder().build().unwrap()
}

fn find<'a>(found: &'a [Finding], id: &str) -> &'a Finding {
    found
        .iter()
        .find(|f| f.id() == id)
        .unwrap_or_else(|| panic!("no {id} in {found:?}"))
}

#[test]
fn a_kubernetes_secret_value_is_decoded_and_placed_on_its_base64() {
    let encoded = b64(URL.as_bytes());
    let text = format!("kind: Secret\ndata:\n  DATABASE_URL: {encoded}\n");
    let found = scanner().scan_bytes(text.as_bytes()).findings;
    let f = find(&found, "CONNECTION_URL_CREDENTIALS");
    assert_eq!(f.value(), PASSWORD.as_bytes());
    let run = text.find(&encoded).unwrap() as u64;
    // The password is decoded bytes 15..27: base64 groups 5..9, characters 20..36.
    assert_eq!((f.start, f.end), (run + 20, run + 36));
    assert_eq!((f.line, f.column), (3, 37));
    assert_eq!(detail(f, "encoding"), Some("base64"));
    assert_eq!(detail(f, "decoded_start"), Some("15"));
    assert_eq!(detail(f, "decoded_end"), Some("27"));
    assert_eq!(f.redacted, "Xq7*********");
}

#[test]
fn the_fingerprint_and_the_allow_list_see_the_decoded_value() {
    let plain = scanner().scan_bytes(format!("token: {TOKEN}\n").as_bytes());
    let encoded = scanner().scan_bytes(format!("token: {}\n", b64(TOKEN.as_bytes())).as_bytes());
    let (p, e) = (
        find(&plain.findings, "GITHUB_TOKEN"),
        find(&encoded.findings, "GITHUB_TOKEN"),
    );
    assert_eq!(p.fingerprint, e.fingerprint);
    assert_eq!(e.value(), TOKEN.as_bytes());
    // Reported by its provider's identifier, not as the catch-all its encoded form looks like.
    assert_eq!(encoded.findings.len(), 1, "{:?}", encoded.findings);

    let allowing = Scanner::builder().allow_values([TOKEN]).build().unwrap();
    let text = format!("token: {}\n", b64(TOKEN.as_bytes()));
    let left = allowing.scan_bytes(text.as_bytes()).findings;
    assert!(left.iter().all(|f| f.id() != "GITHUB_TOKEN"), "{left:?}");
}

#[test]
fn wrapped_base64_is_decoded_as_one_run() {
    // A mailed .env file: MIME base64 at 76 characters a line, CRLF.
    let file = format!("# staging\nAPP_ENV=staging\nDATABASE_URL={URL}\nGITHUB_TOKEN={TOKEN}\n");
    let encoded = b64(file.as_bytes());
    let lines: Vec<&str> = encoded
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    let mail = format!(
        "Content-Type: text/plain; name=\".env\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n\r\n--b--\r\n",
        lines.join("\r\n")
    );
    let found = scanner().scan_bytes(mail.as_bytes()).findings;
    let token = find(&found, "GITHUB_TOKEN");
    assert_eq!(token.value(), TOKEN.as_bytes());
    assert_eq!(
        find(&found, "CONNECTION_URL_CREDENTIALS").value(),
        PASSWORD.as_bytes()
    );
    // The token's groups are on the lines that hold them.
    let first_line = mail.find(lines[0]).unwrap() as u64;
    let d = file.find(TOKEN).unwrap() as u64;
    let group = d / 3;
    let expected = first_line + (group * 4 / 76) * 78 + group * 4 % 76;
    assert_eq!(token.start, expected);
    assert_eq!(token.line, 4 + group * 4 / 76);
}

#[test]
fn escaped_strings_are_decoded() {
    let text = r#"{"hook": "postgres:\/\/app:Xq7vR2mLp9sT@db.internal\/prod", "note": "x"}"#;
    let found = scanner().scan_bytes(text.as_bytes()).findings;
    let f = find(&found, "CONNECTION_URL_CREDENTIALS");
    assert_eq!(f.value(), PASSWORD.as_bytes());
    assert_eq!(&text[f.start as usize..f.end as usize], PASSWORD);
    assert_eq!(detail(f, "encoding"), Some("escapes"));

    // JSON inside a string: the escaped quotes end the value.
    let text = r#"logger.info("{\"password\": \"Xk9mQ2pLr7Tz4w\"}")"#;
    let found = scanner().scan_bytes(text.as_bytes()).findings;
    let f = find(&found, "GENERIC_SECRET");
    assert_eq!(f.value(), b"Xk9mQ2pLr7Tz4w");
    assert_eq!(&text[f.start as usize..f.end as usize], "Xk9mQ2pLr7Tz4w");

    // `\u0040` is the `@` of an e-mail address.
    let text = r#"{"contact": "jane.doe\u0040acme-mail.de"}"#;
    let found = scanner().scan_bytes(text.as_bytes()).findings;
    let f = find(&found, "EMAIL_ADDRESS");
    assert_eq!(f.value(), b"jane.doe@acme-mail.de");
    assert_eq!(
        &text[f.start as usize..f.end as usize],
        r"jane.doe\u0040acme-mail.de"
    );
}

#[test]
fn percent_encoded_urls_are_decoded() {
    let text =
        "GET /connect?dsn=postgres%3A%2F%2Fapp%3AXq7vR2mLp9sT%40db.internal%2Fprod HTTP/1.1\n";
    let found = scanner().scan_bytes(text.as_bytes()).findings;
    let f = find(&found, "CONNECTION_URL_CREDENTIALS");
    assert_eq!(f.value(), PASSWORD.as_bytes());
    assert_eq!(detail(f, "encoding"), Some("percent"));
    // A reserved character escaped inside a plain URL's password: the password as used.
    let text = "DATABASE_URL=postgres://app:Xq7v%40R2mLp9sT@db.internal/prod\n";
    let found = scanner().scan_bytes(text.as_bytes()).findings;
    let f = find(&found, "CONNECTION_URL_CREDENTIALS");
    assert_eq!(f.value(), b"Xq7v@R2mLp9sT");
    assert_eq!(&text[f.start as usize..f.end as usize], "Xq7v%40R2mLp9sT");
}

#[test]
fn what_is_not_text_or_not_deep_enough_is_not_scanned() {
    // Base64 of gzip bytes, of random bytes and a name in code: nothing to find, no panic.
    let text = "blob: H4sIAAAAAAAAA+1XW2/bNhR+968gCAfoyhMnqutaG1n9b7bbX/DfzQWHwF4PjU0xnfS\nid: some_identifier_in_code_of_length\n";
    assert!(scanner().scan_bytes(text.as_bytes()).findings.is_empty());

    let encoded = b64(URL.as_bytes());
    let text = format!("DATABASE_URL: {encoded}\n");
    let off = Scanner::builder().decode_depth(0).build().unwrap();
    assert!(off.scan_bytes(text.as_bytes()).findings.is_empty());

    // Base64 whose `+` was percent-encoded in a query string is two levels down: the plain
    // text has no run that decodes (the `%2B` breaks it off its 4-character groups).
    let encoded = b64(format!("?€ {URL}").as_bytes());
    assert_eq!(&encoded[..2], "P+", "{encoded}");
    let text = format!("GET /cb?state={} HTTP/1.1\n", encoded.replace('+', "%2B"));
    let one = scanner().scan_bytes(text.as_bytes()).findings;
    assert!(
        one.iter().all(|f| f.id() != "CONNECTION_URL_CREDENTIALS"),
        "{one:?}"
    );
    let two = Scanner::builder().decode_depth(2).build().unwrap();
    let found = two.scan_bytes(text.as_bytes()).findings;
    let f = find(&found, "CONNECTION_URL_CREDENTIALS");
    assert_eq!(f.value(), PASSWORD.as_bytes());
    assert_eq!(detail(f, "encoding"), Some("percent+base64"));
}

#[test]
fn chunk_boundaries_inside_encoded_runs_change_nothing() {
    // Enough filler that rounds of 4 KiB end inside every kind of segment somewhere.
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 60_000 {
        n += 1;
        text.push_str(&"x".repeat(n % 97));
        text.push_str(&format!("\n  DATABASE_URL: {}\n", b64(URL.as_bytes())));
        text.push_str(&format!(
            "t{n}: {}\n",
            b64(format!("token {TOKEN} {n}").as_bytes())
        ));
        text.push_str(&format!(
            "{{\"hook\": \"postgres:\\/\\/app:{PASSWORD}@db{n}\\/p\"}}\n"
        ));
        text.push_str(&format!(
            "GET /?dsn=postgres%3A%2F%2Fapp%3A{PASSWORD}%40db{n} HTTP/1.1\n"
        ));
    }
    let whole = scanner().scan_bytes(text.as_bytes()).findings;
    assert!(
        whole.len() >= 4 * (n - 1),
        "{} findings for {n} repeats",
        whole.len()
    );
    let key = |f: &Finding| {
        (
            f.id().to_string(),
            f.start,
            f.end,
            f.line,
            f.column,
            f.fingerprint.clone(),
        )
    };
    let expected: Vec<_> = whole.iter().map(key).collect();
    let chunked = Scanner::builder().chunk_size(4096).build().unwrap();
    for step in [1, 7, 61, 4093] {
        let mut session = chunked.session();
        for piece in text.as_bytes().chunks(step) {
            session.feed(piece);
        }
        let got: Vec<_> = session.finish().findings.iter().map(key).collect();
        assert_eq!(got, expected, "fed {step} bytes at a time");
    }
}

/// A percent-encoded session cookie of a documentation domain is an example as written; its
/// decoded reading, without the `Domain` attribute that made it one, is not reported either.
/// The same cookie for a real domain is reported once.
#[test]
fn a_value_judged_an_example_is_not_judged_again_decoded() {
    let header = |domain: &str| {
        format!(
            "HTTP/1.1 200 OK\nSet-Cookie: connect.sid=s%3ASEMVFT28mXi0rZ-12uqfCGGrNTOZqaVu.\
             5S16QwHt3PXoud02CWaBj1vLhhBYgC4gA3sUPTYkJs9; Path=/; Domain=.{domain}; HttpOnly\n"
        )
    };
    let cookies = |text: &str| {
        scanner()
            .scan_bytes(text.as_bytes())
            .findings
            .into_iter()
            .filter(|f| f.id() == "HTTP_COOKIE")
            .count()
    };
    assert_eq!(cookies(&header("portal.example.org")), 0);
    assert_eq!(cookies(&header("portal.cargoline-group.net")), 1);
}
