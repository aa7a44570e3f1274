//! Mutations of an input: byte flips, interesting values, insertions and deletions, copies of
//! its own pieces, splices with another input and tokens of the formats trawl reads. Without
//! coverage feedback (no instrumentation on stable Rust), these keep most inputs close to a
//! valid seed, so parsers are reached past their first checks.

use crate::rng::Rng;

/// Tokens of the formats and identifiers trawl reads.
const TOKENS: &[&[u8]] = &[
    b"PK\x03\x04",
    b"PK\x01\x02",
    b"PK\x05\x06",
    b"\x1f\x8b\x08",
    b"ustar",
    b"%PDF-1.4",
    b"stream\n",
    b"endstream",
    b"/FlateDecode",
    b"obj",
    b"endobj",
    b"<w:t>",
    b"</w:t>",
    b"<c r=\"A1\" t=\"s\">",
    b"<si><t>",
    b"[Content_Types].xml",
    b"word/document.xml",
    b"xl/sharedStrings.xml",
    b"-----BEGIN PRIVATE KEY-----\n",
    b"-----END PRIVATE KEY-----",
    b"ghp_",
    b"AKIA",
    b"xoxb-",
    b"://",
    b"@",
    b"\"",
    b",",
    b"\r\n",
    b"\n",
    b"{",
    b"}",
    b"[",
    b"]",
    b":",
    b"\\u00",
    b"\\n",
    b"=",
    b"[[identifier]]\n",
    b"[allow]\n",
    b"regex = '",
    b"diff --git a/x b/x\n",
    b"@@ -1 +1,2 @@\n",
    b"+++ b/",
    b"index ",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"18446744073709551615",
    b"4294967296",
    b"-1",
];

/// Values that break length fields and counters.
const INTERESTING: &[u8] = &[0, 1, 0x7f, 0x80, 0xff, b'0', b'9', b' ', b'\n', b'"', b'\\'];

/// Applies 1 to 4 mutations to `input`, in place; `other` is another input to splice from.
pub fn mutate(rng: &mut Rng, input: &mut Vec<u8>, other: &[u8], max_len: usize) {
    for _ in 0..1 + rng.below(4) {
        mutate_once(rng, input, other);
    }
    input.truncate(max_len);
}

fn mutate_once(rng: &mut Rng, input: &mut Vec<u8>, other: &[u8]) {
    let len = input.len();
    match rng.below(10) {
        0 if len > 0 => {
            let at = rng.below(len);
            input[at] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let at = rng.below(len);
            input[at] = *rng.pick(INTERESTING);
        }
        2 => {
            let at = rng.below(len + 1);
            let token = rng.pick(TOKENS);
            input.splice(at..at, token.iter().copied());
        }
        3 if len > 0 => {
            // Delete a range.
            let start = rng.below(len);
            let end = (start + 1 + rng.below(64)).min(len);
            input.drain(start..end);
        }
        4 if len > 0 => {
            // Copy a piece of the input elsewhere (repeats fields, nests structures).
            let start = rng.below(len);
            let end = (start + 1 + rng.below(256)).min(len);
            let piece = input[start..end].to_vec();
            let at = rng.below(len + 1);
            input.splice(at..at, piece);
        }
        5 if !other.is_empty() => {
            // Splice: this input's head, the other's tail.
            let cut = rng.below(len + 1);
            let from = rng.below(other.len());
            input.truncate(cut);
            input.extend_from_slice(&other[from..]);
        }
        6 => {
            let at = rng.below(len + 1);
            let count = 1 + rng.below(16);
            let bytes: Vec<u8> = (0..count).map(|_| rng.next_u64() as u8).collect();
            input.splice(at..at, bytes);
        }
        7 if len >= 4 => {
            // A little-endian length or offset field set to an extreme.
            let at = rng.below(len - 3);
            let value: u32 = *rng.pick(&[0, 1, 0xFFFF, 0x7FFF_FFFF, 0xFFFF_FFFF, len as u32]);
            input[at..at + 4].copy_from_slice(&value.to_le_bytes());
        }
        8 if len > 0 => {
            // Truncate: streams that end early.
            input.truncate(rng.below(len));
        }
        _ => {
            let at = rng.below(len + 1);
            input.insert(at, rng.next_u64() as u8);
        }
    }
}
