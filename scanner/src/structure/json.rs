//! JSON documents and JSON Lines: the path stack of keys and indexes, the record, and
//! resynchronisation at line ends after a syntax error.

use super::delimited::find3;
use super::*;
use memchr::memchr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Expect {
    Value,
    ValueOrEnd,
    Key,
    KeyOrEnd,
    Colon,
    CommaOrEnd,
}

/// An open object or array.
#[derive(Debug, Clone, Copy)]
pub(super) struct Frame {
    pub(super) object: bool,
    /// What may come next at this level; `Value`/`ValueOrEnd` also while a value is read.
    pub(super) expect: Expect,
    /// Whether the object has a current key, `keys[key_start..key_end]`.
    pub(super) keyed: bool,
    pub(super) key_start: u32,
    pub(super) key_end: u32,
    /// The current element of an array.
    pub(super) index: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lex {
    /// Between tokens.
    Normal,
    /// Inside a string; a key's text is kept.
    Str { key: bool },
    /// After a backslash in a string.
    Escape { key: bool },
    /// Reading the hex digits of a `\u` escape in a key.
    Unicode { digits: u8, unit: u16 },
    /// A number or literal.
    Scalar,
    /// The rest of a line that is not JSON (or where a record broke).
    Garbage,
}

#[derive(Clone)]
pub(super) struct Json {
    /// The open containers, outermost first, at most `MAX_DEPTH`.
    pub(super) frames: Vec<Frame>,
    /// Open containers beyond `MAX_DEPTH`.
    pub(super) overflow: u64,
    /// The current keys of the open objects, back to back.
    pub(super) keys: Vec<u8>,
    pub(super) lex: Lex,
    /// A `\uD8xx` escape in a key waiting for its low half.
    pub(super) high_surrogate: u16,
    /// Records completed or abandoned: the index of the current (or next) record.
    pub(super) records: u64,
    pub(super) in_record: bool,
    /// Set once a record was complete on one line: then a record open at a line end is broken.
    pub(super) jsonl: bool,
    /// Whether the current record spans a line end.
    pub(super) record_newline: bool,
    /// Only whitespace since the last line end.
    pub(super) line_start: bool,
}

impl Json {
    pub(super) fn consume(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() {
            match self.lex {
                Lex::Normal => {
                    // Strings and scalars are read on the spot: no state dispatch per token.
                    while let Some(&b) = bytes.get(i) {
                        i += 1;
                        if matches!(b, b' ' | b'\t' | b'\r') {
                            continue;
                        }
                        self.token(b);
                        i = match self.lex {
                            Lex::Normal => continue,
                            Lex::Str { key } => self.string(bytes, i, key),
                            Lex::Scalar => self.scalar(bytes, i),
                            _ => break,
                        };
                        if self.lex != Lex::Normal {
                            break;
                        }
                    }
                }
                Lex::Str { key } => i = self.string(bytes, i, key),
                Lex::Escape { key } => {
                    let b = bytes[i];
                    i += 1;
                    if b == b'\n' {
                        self.line_end_in_string();
                    } else if !key {
                        self.lex = Lex::Str { key };
                    } else if b == b'u' {
                        self.lex = Lex::Unicode { digits: 0, unit: 0 };
                    } else {
                        let c = match b {
                            b'b' => 8,
                            b'f' => 12,
                            b'n' => b'\n',
                            b'r' => b'\r',
                            b't' => b'\t',
                            other => other,
                        };
                        self.key_bytes(&[c]);
                        self.lex = Lex::Str { key };
                    }
                }
                Lex::Unicode { digits, unit } => {
                    let b = bytes[i];
                    match (b as char).to_digit(16) {
                        Some(v) => {
                            i += 1;
                            let unit = unit << 4 | v as u16;
                            if digits == 3 {
                                self.lex = Lex::Str { key: true };
                                self.key_unit(unit);
                            } else {
                                self.lex = Lex::Unicode {
                                    digits: digits + 1,
                                    unit,
                                };
                            }
                        }
                        None => {
                            // A broken escape: a replacement character, and the byte is read
                            // again as string text.
                            self.lex = Lex::Str { key: true };
                            self.key_char('\u{FFFD}');
                        }
                    }
                }
                Lex::Scalar => i = self.scalar(bytes, i),
                Lex::Garbage => match memchr(b'\n', &bytes[i..]) {
                    Some(p) => {
                        i += p + 1;
                        self.abandon();
                        self.line_start = true;
                    }
                    None => break,
                },
            }
        }
    }

    /// Reads string text from `i`; returns where it stopped: after the closing quote (the lexer
    /// back to `Normal`), or at the end of `bytes` (still in the string).
    pub(super) fn string(&mut self, bytes: &[u8], mut i: usize, key: bool) -> usize {
        loop {
            let rest = &bytes[i..];
            let Some(p) = find3(b'"', b'\\', b'\n', rest) else {
                if key {
                    self.key_bytes(rest);
                }
                return bytes.len();
            };
            if key {
                self.key_bytes(&rest[..p]);
            }
            i += p + 1;
            match rest[p] {
                b'"' => {
                    self.end_string(key);
                    return i;
                }
                b'\\' => match bytes.get(i) {
                    // A value's escape is skipped right here; a key's is decoded.
                    Some(&escaped) if !key && escaped != b'\n' => i += 1,
                    _ => {
                        self.lex = Lex::Escape { key };
                        return i;
                    }
                },
                _ => {
                    self.line_end_in_string();
                    return i;
                }
            }
        }
    }

    /// Reads a number or literal from `i`; returns where it stopped.
    pub(super) fn scalar(&mut self, bytes: &[u8], i: usize) -> usize {
        let end = bytes[i..].iter().position(
            |&c| !matches!(c, b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'+' | b'-' | b'.'),
        );
        match end {
            Some(p) => {
                self.lex = Lex::Normal;
                self.value_done();
                i + p
            }
            None => bytes.len(),
        }
    }

    /// One byte between tokens.
    pub(super) fn token(&mut self, b: u8) {
        match b {
            b' ' | b'\t' | b'\r' => return,
            b'\n' => {
                self.line_start = true;
                if self.in_record {
                    self.record_newline = true;
                    if self.jsonl {
                        self.abandon();
                    }
                }
                return;
            }
            _ => {}
        }
        let line_start = std::mem::replace(&mut self.line_start, false);
        if self.overflow > 0 {
            match b {
                b'{' | b'[' => self.overflow += 1,
                b'}' | b']' => {
                    self.overflow -= 1;
                    if self.overflow == 0 {
                        self.value_done();
                    }
                }
                b'"' => self.lex = Lex::Str { key: false },
                _ => {}
            }
            return;
        }
        let Some(top) = self.frames.last_mut() else {
            self.top_level(b);
            return;
        };
        let ok = match (top.object, top.expect, b) {
            (true, Expect::KeyOrEnd | Expect::Key, b'"') => {
                self.keys.truncate(top.key_start as usize);
                top.keyed = false;
                top.key_end = top.key_start;
                self.high_surrogate = 0;
                self.lex = Lex::Str { key: true };
                true
            }
            (true, Expect::Colon, b':') => {
                top.expect = Expect::Value;
                true
            }
            (_, Expect::CommaOrEnd, b',') => {
                if top.object {
                    top.expect = Expect::Key;
                } else {
                    top.expect = Expect::Value;
                    top.index = top.index.saturating_add(1);
                }
                true
            }
            (true, Expect::KeyOrEnd | Expect::CommaOrEnd, b'}')
            | (false, Expect::ValueOrEnd | Expect::CommaOrEnd, b']') => {
                self.pop();
                true
            }
            (_, Expect::Value | Expect::ValueOrEnd, _) => self.start_value(b),
            _ => false,
        };
        if !ok {
            if line_start && matches!(b, b'{' | b'[') {
                // A record left open on an earlier line: this line starts the next one.
                self.abandon();
                self.top_level(b);
            } else {
                self.lex = Lex::Garbage;
            }
        }
    }

    pub(super) fn top_level(&mut self, b: u8) {
        match b {
            b'{' | b'[' => {
                self.in_record = true;
                self.record_newline = false;
                self.push(b == b'{');
            }
            b'"' => {
                self.in_record = true;
                self.record_newline = false;
                self.lex = Lex::Str { key: false };
            }
            _ => self.lex = Lex::Garbage,
        }
    }

    pub(super) fn start_value(&mut self, b: u8) -> bool {
        match b {
            b'{' | b'[' => self.push(b == b'{'),
            b'"' => self.lex = Lex::Str { key: false },
            b'-' | b'0'..=b'9' | b't' | b'f' | b'n' => self.lex = Lex::Scalar,
            _ => return false,
        }
        true
    }

    pub(super) fn push(&mut self, object: bool) {
        if self.frames.len() >= MAX_DEPTH {
            self.overflow += 1;
            return;
        }
        let at = self.keys.len() as u32;
        self.frames.push(Frame {
            object,
            expect: if object {
                Expect::KeyOrEnd
            } else {
                Expect::ValueOrEnd
            },
            keyed: false,
            key_start: at,
            key_end: at,
            index: 0,
        });
    }

    pub(super) fn pop(&mut self) {
        if let Some(frame) = self.frames.pop() {
            self.keys.truncate(frame.key_start as usize);
        }
        self.value_done();
    }

    /// A value (string, scalar, container) ended at the current level.
    pub(super) fn value_done(&mut self) {
        if self.overflow > 0 {
            return;
        }
        match self.frames.last_mut() {
            Some(top) => top.expect = Expect::CommaOrEnd,
            None => {
                self.records += 1;
                self.in_record = false;
                if !self.record_newline {
                    self.jsonl = true;
                }
            }
        }
    }

    pub(super) fn end_string(&mut self, key: bool) {
        self.lex = Lex::Normal;
        if !key {
            self.value_done();
            return;
        }
        self.flush_surrogate();
        let end = self.keys.len() as u32;
        if let Some(top) = self.frames.last_mut() {
            top.key_end = end;
            top.keyed = true;
            top.expect = Expect::Colon;
        }
    }

    /// A raw line end cannot be inside a JSON string: the line was broken.
    pub(super) fn line_end_in_string(&mut self) {
        self.abandon();
        self.line_start = true;
    }

    /// Back to the top level; a record in progress counts as one.
    pub(super) fn abandon(&mut self) {
        if self.in_record {
            self.records += 1;
            self.in_record = false;
        }
        self.frames.clear();
        self.keys.clear();
        self.overflow = 0;
        self.lex = Lex::Normal;
        self.high_surrogate = 0;
    }

    /// Appends decoded key text, up to the cap.
    pub(super) fn key_bytes(&mut self, text: &[u8]) {
        if text.is_empty() {
            return;
        }
        self.flush_surrogate();
        let Some(top) = self.frames.last() else {
            return;
        };
        let room = MAX_NAME.saturating_sub(self.keys.len() - top.key_start as usize);
        self.keys.extend_from_slice(&text[..text.len().min(room)]);
    }

    pub(super) fn key_char(&mut self, c: char) {
        self.flush_surrogate();
        self.key_char_raw(c);
    }

    /// Appends `c` if it fits whole.
    pub(super) fn key_char_raw(&mut self, c: char) {
        let Some(top) = self.frames.last() else {
            return;
        };
        let mut buf = [0; 4];
        let encoded = c.encode_utf8(&mut buf).as_bytes();
        if self.keys.len() - top.key_start as usize + encoded.len() <= MAX_NAME {
            self.keys.extend_from_slice(encoded);
        }
    }

    /// A UTF-16 unit from a `\u` escape; surrogate halves pair up.
    pub(super) fn key_unit(&mut self, unit: u16) {
        match unit {
            0xD800..=0xDBFF => {
                self.flush_surrogate();
                self.high_surrogate = unit;
            }
            0xDC00..=0xDFFF if self.high_surrogate != 0 => {
                let high = u32::from(std::mem::take(&mut self.high_surrogate));
                let c = 0x10000 + ((high - 0xD800) << 10) + (u32::from(unit) - 0xDC00);
                self.key_char_raw(char::from_u32(c).unwrap_or('\u{FFFD}'));
            }
            _ => self.key_char(char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}')),
        }
    }

    /// An unpaired high surrogate becomes a replacement character.
    pub(super) fn flush_surrogate(&mut self) {
        if std::mem::take(&mut self.high_surrogate) != 0 {
            self.key_char_raw('\u{FFFD}');
        }
    }

    /// Whether the top frame (at `i`) or a frame below it is in its member's value.
    pub(super) fn in_value(&self, i: usize, frame: &Frame) -> bool {
        i + 1 < self.frames.len() || matches!(frame.expect, Expect::Value | Expect::ValueOrEnd)
    }

    pub(super) fn key(&self, frame: &Frame) -> &[u8] {
        &self.keys[frame.key_start as usize..frame.key_end as usize]
    }

    pub(super) fn field(&self) -> Option<&[u8]> {
        if self.overflow > 0
            || matches!(
                self.lex,
                Lex::Garbage
                    | Lex::Str { key: true }
                    | Lex::Escape { key: true }
                    | Lex::Unicode { .. }
            )
        {
            return None;
        }
        let (i, frame) = self
            .frames
            .iter()
            .enumerate()
            .rev()
            .find(|(_, f)| f.object)?;
        let key = self.key(frame);
        (frame.keyed && !key.is_empty() && self.in_value(i, frame)).then_some(key)
    }

    pub(super) fn location(&self) -> Location {
        if self.lex == Lex::Garbage && !self.in_record {
            return Location::default();
        }
        let mut path = String::from("$");
        for (i, frame) in self.frames.iter().enumerate() {
            if !frame.object {
                let _ = write!(path, "[{}]", frame.index);
                continue;
            }
            if !(frame.keyed && self.in_value(i, frame)) {
                break;
            }
            let key = String::from_utf8_lossy(self.key(frame));
            let simple = key
                .bytes()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
                && key.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
            if simple {
                path.push('.');
                path.push_str(&key);
            } else {
                path.push_str("['");
                for c in key.chars() {
                    if c == '\'' || c == '\\' {
                        path.push('\\');
                    }
                    path.push(c);
                }
                path.push_str("']");
            }
        }
        Location {
            record_index: Some(self.records),
            json_path: Some(path),
            ..Location::default()
        }
    }
}
