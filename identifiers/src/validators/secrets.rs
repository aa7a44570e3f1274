//! `generic_secret`: whether a value assigned to a secret-sounding name (`password`,
//! `client_secret`, `API_KEY`, `--db-password`) is a secret worth reporting, for the
//! GENERIC_SECRET identifier (identifiers/builtin/credentials/generic_secret.toml).
//!
//! Its regex finds `name <separator> value` in code, configuration, connection strings and
//! command lines; this check reads the name again from the bytes before the value (the regex
//! cannot hand it over: the reported value is its only group) and then judges the value. A value
//! is dropped, with the reason as the function that says so, when:
//!
//! - the name does not say secret as a word (`author`, `bypass`, `tokenizer`), says what kind
//!   of thing the value is about the secret (`token_type`, `password_file`, `secret_name`,
//!   `token_url`), or is a hash (`password_hash`, `token_sha256`): [`name_says_secret`];
//! - it is a boolean, a number or a masked value: [`is_literal_or_masked`];
//! - it refers to something else: a variable, an environment lookup or a template
//!   (`${X}`, `{{ x }}`, `%(x)s`, `process.env.X`, `os.getenv(`), a function call or an
//!   attribute path (`get_secret(`, `settings.SECRET_KEY`): [`is_reference`];
//! - it is a name in code (`windows_core::PCSTR`, `SecHandle`, `WIN32_ERROR`): [`is_code_name`];
//! - it is a file path or a URL: [`is_path_or_url`];
//! - it is a password hash in crypt or LDAP form (`$2b$12$…`, `{SSHA}…`): [`is_crypt_hash`];
//! - it is a JSON Web Token, which JSON_WEB_TOKEN judges: [`is_json_web_token`];
//! - it is a regular expression (`ghp_[A-Za-z0-9]{36}`): [`is_pattern`];
//! - it is a placeholder or a default (`changeme`, `admin123`, `your-api-key`, a value that
//!   names itself, `dbPassword`): [`is_placeholder`];
//! - it is repeated or sequential (`abcabcabc`, `12345678`, `qwertyuiop`): [`is_patterned`];
//! - it does not look random: [`looks_random`].

use super::{find, is_variable_reference, placeholder_apart_from_angle_brackets, Context, Verdict};

/// The shortest value judged; the regex asks for as much.
pub const MIN_LENGTH: usize = 8;

pub(super) fn generic_secret(value: &[u8], context: &Context<'_>) -> Verdict {
    let before = context.before;
    let quoted = matches!(before.last(), Some(b'"' | b'\'' | b'`'));
    let valid = value.len() >= MIN_LENGTH
        && name_says_secret(before)
        && !is_literal_or_masked(value)
        && !is_reference(value, quoted)
        && !is_code_name(value)
        && !is_path_or_url(value)
        && !is_crypt_hash(value)
        && !is_json_web_token(value)
        && !is_pattern(value)
        && !is_placeholder(value)
        && !is_patterned(value)
        && looks_random(value);
    valid.into()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    find(haystack, needle).is_some()
}

/// The bytes a name is made of (`db.password`, `x-api-key`, `--db-password`).
fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// Stems one of which the regex matched in the name (its anchors, in lower case). The last one
/// in the bytes before the value is in the name: between name and value the regex allows only
/// quotes, separators and a type (`: &str =`, `" value="`).
const STEMS: &[&[u8]] = &[
    b"pass",
    b"pwd",
    b"secret",
    b"token",
    b"auth",
    b"credential",
    b"key",
];

/// Whether the name the value is assigned to says it is a secret (see the module comment).
fn name_says_secret(before: &[u8]) -> bool {
    // `mysql … -pSECRET`: the regex's other form, with no name but the flag.
    let unquoted = before
        .strip_suffix(b"\"")
        .or_else(|| before.strip_suffix(b"'"))
        .unwrap_or(before);
    if unquoted.ends_with(b" -p") || unquoted.ends_with(b"\t-p") {
        return true;
    }
    let Some(at) = (0..before.len()).rev().find(|&i| {
        STEMS.iter().any(|stem| {
            before[i..].len() >= stem.len() && before[i..i + stem.len()].eq_ignore_ascii_case(stem)
        })
    }) else {
        return false;
    };
    let start = before[..at]
        .iter()
        .rposition(|&b| !is_name_byte(b))
        .map_or(0, |i| i + 1);
    let end = before[at..]
        .iter()
        .position(|&b| !is_name_byte(b))
        .map_or(before.len(), |i| at + i);
    let name = &before[start..end];
    let separator = &before[end..];
    // White space alone separates a value only from a command-line flag (`--password x`);
    // in prose it separates words (`the password expires`).
    let blank = |b: &u8| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'`');
    if separator.iter().all(blank) && !name.starts_with(b"-") {
        return false;
    }
    // After `, ` (`put("password", …)`), `(` (`setPassword(…)`) or `value=`, only a string
    // literal is a value: `setPassword(pwd)` passes a variable.
    let attribute = separator
        .windows(5)
        .position(|w| w == b"value")
        .is_some_and(|i| {
            separator[i + 5..].iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'=')
        });
    let takes_literal = separator.contains(&b',') || separator.contains(&b'(') || attribute;
    if takes_literal && !matches!(separator.last(), Some(b'"' | b'\'' | b'`')) {
        return false;
    }
    // `>` ends an XML start tag (`<password>`), not `->` or `=>`.
    if separator == b">" && (start == 0 || before[start - 1] != b'<') {
        return false;
    }
    let mut words = [(0usize, 0usize); MAX_WORDS];
    let count = split_words(name, &mut words);
    let words: Vec<&[u8]> = words[..count].iter().map(|&(s, e)| &name[s..e]).collect();
    let Some(secret) = (0..words.len())
        .rev()
        .find(|&i| is_secret_word(words[i], i.checked_sub(1).map(|p| words[p])))
    else {
        return false;
    };
    let is =
        |word: &[u8], list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w.as_bytes()));
    if words.iter().any(|w| is(w, HASH_WORDS)) {
        return false;
    }
    // A file's name (`src/auth/credentials.rs`, `tests/rsa_test_private_key.p8` in a
    // checksum list), not a variable's: it ends in a known extension, or in a short
    // lower-case one that is no secret word (`db.password`, `auth.token` stay).
    let extension = name
        .iter()
        .rposition(|&b| b == b'.')
        .map(|dot| &name[dot + 1..]);
    let file_like = |e: &[u8]| {
        is(e, FILE_NAME_EXTENSIONS)
            || ((1..=10).contains(&e.len())
                && e.iter()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                && !is_secret_word(e, None))
    };
    if secret + 1 < words.len() && extension.is_some_and(file_like) {
        return false;
    }
    let after = &words[secret + 1..];
    // `secret_id` is Vault's AppRole secret; `access_key_id` and `token_id` are not secrets.
    let id_is_secret = words[secret].eq_ignore_ascii_case(b"secret");
    if after
        .iter()
        .any(|w| is(w, QUALIFIERS) || (!id_is_secret && is(w, &["id", "ids"])))
    {
        return false;
    }
    !words[..secret].iter().any(|w| is(w, MODIFIERS))
}

/// Extensions that make a name a file's (`credentials.rs`, `token.go`, `auth.pod`).
const FILE_NAME_EXTENSIONS: &[&str] = &[
    "rs", "py", "js", "mjs", "ts", "tsx", "jsx", "go", "java", "kt", "rb", "php", "c", "h", "cc",
    "cpp", "hpp", "cs", "swift", "m", "json", "yaml", "yml", "toml", "md", "txt", "html", "css",
    "pod", "xml", "sh", "pem", "key", "crt", "der", "p12", "pfx", "lock", "gz", "zip", "1", "3",
    "5", "7", "8",
];

/// Words of a name at most (a longer name is judged on its first ones).
const MAX_WORDS: usize = 16;

/// Splits a name into words at `_`, `-`, `.`, between letters and digits and at camelCase
/// humps (`APIKey` → API, Key; `dbPassword2` → db, Password, 2). Returns how many.
fn split_words(name: &[u8], out: &mut [(usize, usize); MAX_WORDS]) -> usize {
    let mut count = 0;
    let mut start = None::<usize>;
    let mut push = |s: usize, e: usize, count: &mut usize| {
        if e > s && *count < MAX_WORDS {
            out[*count] = (s, e);
            *count += 1;
        }
    };
    for (i, &b) in name.iter().enumerate() {
        if !b.is_ascii_alphanumeric() {
            if let Some(s) = start.take() {
                push(s, i, &mut count);
            }
            continue;
        }
        let Some(s) = start else {
            start = Some(i);
            continue;
        };
        let prev = name[i - 1];
        let hump = (prev.is_ascii_lowercase() && b.is_ascii_uppercase())
            || (prev.is_ascii_uppercase()
                && b.is_ascii_uppercase()
                && name.get(i + 1).is_some_and(u8::is_ascii_lowercase))
            || (prev.is_ascii_digit() != b.is_ascii_digit());
        if hump {
            push(s, i, &mut count);
            start = Some(i);
        }
    }
    if let Some(s) = start {
        push(s, name.len(), &mut count);
    }
    count
}

/// Words that are a secret on their own.
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "pass",
    "passphrase",
    "passcode",
    "secret",
    "secrets",
    "token",
    "auth",
    "oauth",
    "credential",
    "credentials",
    "creds",
    "apikey",
    "accesskey",
    "privatekey",
    "signingkey",
    "secretkey",
    "encryptionkey",
    "authkey",
    "authtoken",
    "accesstoken",
    "clientsecret",
    "apitoken",
    "apisecret",
];

/// Endings of glued lower-case names (`dbpassword`, `mysqlpassword`, `githubtoken`).
const SECRET_ENDINGS: &[&str] = &[
    "password",
    "passwd",
    "passphrase",
    "secret",
    "token",
    "apikey",
    "accesskey",
    "privatekey",
    "signingkey",
    "secretkey",
    "encryptionkey",
    "credential",
    "credentials",
];

/// Words before `key` that make it a secret (`api key`, `private key`).
const KEY_KINDS: &[&str] = &[
    "api",
    "access",
    "private",
    "signing",
    "secret",
    "encryption",
    "auth",
    "master",
];

fn is_secret_word(word: &[u8], previous: Option<&[u8]>) -> bool {
    let is = |w: &str| word.eq_ignore_ascii_case(w.as_bytes());
    if SECRET_WORDS.iter().any(|w| is(w)) {
        return true;
    }
    if SECRET_ENDINGS.iter().any(|e| {
        word.len() > e.len() && word[word.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
    }) {
        return true;
    }
    is("key")
        && previous.is_some_and(|p| {
            KEY_KINDS
                .iter()
                .any(|k| p.eq_ignore_ascii_case(k.as_bytes()))
        })
}

/// A hash of a secret is not the secret (`password_hash`, `token_sha256`, `pwd_md5`).
const HASH_WORDS: &[&str] = &[
    "hash",
    "hashed",
    "hashes",
    "digest",
    "md",
    "sha",
    "checksum",
    "fingerprint",
    "bcrypt",
    "scrypt",
    "argon",
    "argon2",
    "pbkdf",
    "pbkdf2",
    "crypt",
    "salt",
];

/// Words after the secret word that say the value is about the secret, not the secret
/// (`token_type`, `password_min_length`, `secret_name`, `api_key_header`).
const QUALIFIERS: &[&str] = &[
    "name",
    "names",
    "type",
    "types",
    "kind",
    "length",
    "len",
    "size",
    "count",
    "min",
    "max",
    "limit",
    "file",
    "files",
    "filename",
    "path",
    "dir",
    "folder",
    "url",
    "uri",
    "urls",
    "endpoint",
    "host",
    "server",
    "expiry",
    "expires",
    "expire",
    "expired",
    "expiration",
    "exp",
    "ttl",
    "timeout",
    "lifetime",
    "age",
    "policy",
    "policies",
    "rotation",
    "regex",
    "pattern",
    "prompt",
    "label",
    "hint",
    "field",
    "fields",
    "header",
    "param",
    "parameter",
    "placeholder",
    "env",
    "var",
    "variable",
    "ref",
    "reference",
    "arn",
    "version",
    "format",
    "mode",
    "enabled",
    "enable",
    "required",
    "provider",
    "store",
    "manager",
    "service",
    "location",
    "source",
    "template",
    "validator",
    "validation",
    "strength",
    "reset",
    "index",
    "prefix",
    "suffix",
    "mask",
    "masked",
    "rule",
    "rules",
    "input",
    "button",
    "text",
    "message",
    "msg",
    "error",
    "errors",
    "schema",
    "column",
    "class",
    "method",
    "scheme",
    "algorithm",
    "alg",
    "algo",
    "encoding",
    "storage",
    "cache",
    "scope",
    "scopes",
    "audience",
    "issuer",
    "usage",
    "used",
    "at",
    "date",
    "time",
    "timestamp",
    "created",
    "updated",
    "changed",
    "uuid",
    "key",
    "keys",
    "encrypted",
    "cipher",
    "ciphertext",
    "encoded",
    "b64",
    "base64",
    "config",
    "settings",
    "option",
    "options",
    "mount",
    "volume",
    "command",
    "cmd",
    "script",
    "request",
    "response",
    "generator",
    "lookup",
    "backend",
    "engine",
    "status",
    "state",
    "exists",
    "set",
    "present",
];

/// Words before the secret word that make it something else: pagination and CSRF tokens,
/// public keys, flags and counters about the secret. (`new_password`, `old_password` and
/// `reset_token` stay: a literal there is a password or token all the same.)
const MODIFIERS: &[&str] = &[
    "next",
    "page",
    "continuation",
    "pagination",
    "cursor",
    "sync",
    "csrf",
    "xsrf",
    "public",
    "publishable",
    "is",
    "has",
    "use",
    "uses",
    "enable",
    "enabled",
    "require",
    "requires",
    "show",
    "hide",
    "no",
    "without",
    "max",
    "min",
    "num",
    "number",
];

/// `true`, `null`, `3600`, `****`, `••••••••`.
fn is_literal_or_masked(value: &[u8]) -> bool {
    const LITERALS: &[&str] = &[
        "true",
        "false",
        "yes",
        "no",
        "on",
        "off",
        "null",
        "nil",
        "none",
        "undefined",
        "disabled",
        "enabled",
        "required",
        "optional",
    ];
    if LITERALS
        .iter()
        .any(|l| value.eq_ignore_ascii_case(l.as_bytes()))
    {
        return true;
    }
    let numeric = value
        .iter()
        .all(|&b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'_' | b','));
    if numeric {
        return true;
    }
    let masks = value
        .iter()
        .filter(|&&b| matches!(b, b'*' | b'#' | b'x' | b'X' | 0xE2 | 0x80 | 0xA2 | 0xA6))
        .count();
    masks * 2 >= value.len()
}

/// A variable, an environment lookup, a template, a function call or an attribute path.
fn is_reference(value: &[u8], quoted: bool) -> bool {
    const OPENERS: &[&[u8]] = &[
        b"${", b"$(", b"{{", b"{%", b"%(", b"%{", b"#{", b"<%", b"@{", b"[[", b"$env:", b"$ENV{",
        b"env:", b"ENV:", b"vault:", b"ref+", b"arn:", b"!Ref", b"!Sub", b"!GetAtt",
    ];
    const LOOKUPS: &[&[u8]] = &[
        b"process.env",
        b"getenv",
        b"Getenv",
        b"environ",
        b"ENV[",
        b"ENV.fetch",
        b"env(",
        b"Env(",
        b"GetEnvironmentVariable",
        b"System.getProperty",
        b"secrets.",
        b"Secrets.",
        b"config.",
        b"Config.",
        b"settings.",
        b"Settings.",
        b"props.",
        b"this.",
        b"self.",
        b"params.",
        b"args.",
        b"options.",
        b"opts.",
    ];
    // A macro call (`vec![…]`, `format!(…)`): a lower-case name, then `!(` or `![`.
    let macro_name = value
        .iter()
        .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || **b == b'_')
        .count();
    if macro_name > 0 && matches!(value.get(macro_name..macro_name + 2), Some(b"![" | b"!(")) {
        return true;
    }
    if OPENERS.iter().any(|o| value.starts_with(o))
        || is_variable_reference(value)
        || LOOKUPS.iter().any(|l| contains(value, l))
    {
        return true;
    }
    // `get_secret(`, `vault.read(path`: an identifier, an opening parenthesis, arguments made
    // of names and quotes (the regex stops an unquoted value at `)`).
    if let Some(open) = value.iter().position(|&b| b == b'(') {
        let callee = &value[..open];
        let args = &value[open + 1..];
        let callee_ok = callee.len() >= 3
            && callee[0].is_ascii_alphabetic()
            && callee.iter().all(|&b| {
                b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b':' | b'>' | b'-')
            });
        let args_ok = args.iter().all(|&b| {
            b.is_ascii_alphanumeric()
                || matches!(b, b'_' | b'.' | b'"' | b'\'' | b'(' | b')' | b'-' | b'$')
        });
        if callee_ok && args_ok {
            return true;
        }
    }
    // Unquoted `settings.SECRET_KEY`, `cfg.db.password`: a path of identifiers. A quoted
    // value of that shape is a string.
    if !quoted {
        // An indexer or a call may follow (`builder.Configuration[`, `cfg.get(`).
        let path = value
            .strip_suffix(b"[")
            .or_else(|| value.strip_suffix(b"("))
            .unwrap_or(value);
        let mut parts = path.split(|&b| b == b'.');
        let identifier = |p: &[u8]| {
            !p.is_empty()
                && (p[0].is_ascii_alphabetic() || p[0] == b'_' || p[0] == b'$')
                && p.iter()
                    .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$')
        };
        let dotted = path.contains(&b'.');
        if dotted && parts.all(identifier) {
            return true;
        }
        // `has_pkcs8`, `client_secret_v2`: a snake_case variable.
        let snake = value[0].is_ascii_lowercase()
            && value.contains(&b'_')
            && value
                .iter()
                .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if snake {
            return true;
        }
    }
    false
}

/// A name in code rather than a value: a path with `::` (`windows_core::PCSTR`,
/// `Token::StructEnd`), or an identifier made of words (`SecHandle`, `WIN32_ERROR`,
/// `IDsObjectPicker_Impl`, `PayloadU8`, `Sunshine2024`, `remarks-x509`): at most two of its
/// words are a single character and at least half its bytes are in words that read like
/// words ([`is_wordy`]); or an upper-case constant. A random value of letters and digits breaks into many
/// one- and two-character words (`Qlr NO 6 h PJY 6 l …`) with few vowels.
fn is_code_name(value: &[u8]) -> bool {
    if contains(value, b"::") || value.starts_with(b":") {
        return true;
    }
    if !value
        .iter()
        .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        return false;
    }
    // A constant: upper-case parts joined by `_`, most of three letters or more
    // (`MSV1_0_PROTOCOL_MESSAGE_TYPE`).
    let (mut parts, mut long) = (0, 0);
    for part in value.split(|&b| b == b'_').filter(|p| !p.is_empty()) {
        parts += 1;
        long += usize::from(part.len() >= 3);
    }
    if !value.iter().any(u8::is_ascii_lowercase) && parts >= 2 && long * 2 >= parts {
        return true;
    }
    let mut words = [(0usize, 0usize); MAX_WORDS];
    let count = split_words(value, &mut words);
    if count == 0 || count == MAX_WORDS {
        return false;
    }
    let words = &words[..count];
    let singles = words.iter().filter(|(s, e)| e - s == 1).count();
    let wordy: usize = words
        .iter()
        .map(|&(s, e)| &value[s..e])
        .filter(|w| is_wordy(w))
        .map(<[u8]>::len)
        .sum();
    singles <= 2 && wordy * 2 >= value.len()
}

/// Reads like a word: four letters or more, a fifth to three quarters of them vowels (`y`
/// counted) (`Payload`, `ERROR`, `Flags`, `Decrypting`; not `MTMW`, `bkdv`, nor chance
/// triples like `Cuw`).
fn is_wordy(word: &[u8]) -> bool {
    let vowels = word
        .iter()
        .filter(|b| {
            matches!(
                b.to_ascii_lowercase(),
                b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
            )
        })
        .count();
    word.len() >= 4
        && word.iter().all(u8::is_ascii_alphabetic)
        && vowels * 5 >= word.len()
        && vowels * 4 <= word.len() * 3
}

/// `/run/secrets/db`, `./certs/key.pem`, `C:\keys\api.txt`, `~/.aws/credentials`,
/// `https://vault.internal/v1/x`, `smtp.mail.acme.io`.
fn is_path_or_url(value: &[u8]) -> bool {
    if contains(value, b"://") || value.starts_with(b"file:") {
        return true;
    }
    let path_byte = |b: u8| {
        b.is_ascii_alphanumeric()
            || matches!(b, b'/' | b'\\' | b'.' | b'_' | b'-' | b'~' | b':' | b'@')
    };
    let rooted = value.starts_with(b"/")
        || value.starts_with(b"./")
        || value.starts_with(b"../")
        || value.starts_with(b"~/")
        || value.starts_with(b"\\\\")
        || (value.len() > 2
            && value[0].is_ascii_alphabetic()
            && value[1] == b':'
            && matches!(value[2], b'\\' | b'/'));
    if rooted && value.iter().all(|&b| path_byte(b)) {
        return true;
    }
    const FILE_EXTENSIONS: &[&str] = &[
        "pem",
        "key",
        "crt",
        "cer",
        "p12",
        "pfx",
        "jks",
        "json",
        "txt",
        "yaml",
        "yml",
        "env",
        "conf",
        "cfg",
        "ini",
        "gpg",
        "asc",
        "der",
        "pub",
        "kdbx",
        "keystore",
        "properties",
        "xml",
        "toml",
        "secret",
        "token",
        "enc",
    ];
    // A relative path with a file name: `certs/server.key`, `man3/d2i_PrivateKey.pod`.
    let has_separator = value.iter().any(|&b| b == b'/' || b == b'\\');
    if has_separator {
        if let Some(dot) = value.iter().rposition(|&b| b == b'.') {
            let ext = &value[dot + 1..];
            let short = (1..=5).contains(&ext.len())
                && ext
                    .iter()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            let known = FILE_EXTENSIONS
                .iter()
                .any(|e| ext.eq_ignore_ascii_case(e.as_bytes()));
            if (short || known) && value.iter().all(|&b| path_byte(b)) {
                return true;
            }
        }
    }
    // A host name: dot-separated labels of lower-case letters, digits and `-`, the last
    // alphabetic, and an optional port.
    let host = value.split(|&b| b == b':').next().unwrap_or(value);
    let port_ok = value[host.len()..]
        .strip_prefix(b":")
        .is_none_or(|p| !p.is_empty() && p.iter().all(u8::is_ascii_digit));
    let labels: Vec<&[u8]> = host.split(|&b| b == b'.').collect();
    labels.len() >= 2
        && port_ok
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.iter()
                    .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        && labels
            .last()
            .is_some_and(|l| l.len() >= 2 && l.iter().all(u8::is_ascii_lowercase))
}

/// A password hash: crypt(3)'s `$id$`, Django's `algorithm$`, LDAP's `{SCHEME}`.
fn is_crypt_hash(value: &[u8]) -> bool {
    const PREFIXES: &[&[u8]] = &[
        b"$1$",
        b"$2a$",
        b"$2b$",
        b"$2x$",
        b"$2y$",
        b"$5$",
        b"$6$",
        b"$7$",
        b"$y$",
        b"$gy$",
        b"$argon2",
        b"$pbkdf2",
        b"$scrypt",
        b"$sha1$",
        b"$apr1$",
        b"pbkdf2_sha256$",
        b"pbkdf2_sha1$",
        b"argon2$",
        b"bcrypt$",
        b"bcrypt_sha256$",
        b"scrypt:",
        b"sha256:",
        b"sha512:",
        b"sha1:",
        b"md5:",
        b"{SHA}",
        b"{SSHA}",
        b"{SHA256}",
        b"{SSHA256}",
        b"{SHA512}",
        b"{SSHA512}",
        b"{MD5}",
        b"{SMD5}",
        b"{CRYPT}",
        b"{PBKDF2",
    ];
    PREFIXES.iter().any(|p| value.starts_with(p))
}

/// A JSON Web Token (`eyJ…`, three dot-separated parts) is JSON_WEB_TOKEN's to judge: one it
/// rejects (unsigned, `alg: none`) is no secret either.
fn is_json_web_token(value: &[u8]) -> bool {
    value.starts_with(b"eyJ") && value.iter().filter(|&&b| b == b'.').count() >= 2
}

/// A regular expression or a format (`ghp_[A-Za-z0-9]{36}`, `\\d{4}`): a secret scanner's or
/// validator's own rule, not a secret.
fn is_pattern(value: &[u8]) -> bool {
    const MARKS: &[&[u8]] = &[
        b"[A-Z", b"[a-z", b"[0-9", b"\\d", b"\\w", b"\\s", b"(?", b".*", b".+",
    ];
    if MARKS.iter().any(|m| contains(value, m)) {
        return true;
    }
    // A counted repetition: `{36}`, `{8,64}`.
    value.windows(3).enumerate().any(|(i, w)| {
        w[0] == b'{' && w[1].is_ascii_digit() && {
            let rest = &value[i + 1..];
            let digits = rest
                .iter()
                .take_while(|b| b.is_ascii_digit() || **b == b',')
                .count();
            rest.get(digits) == Some(&b'}')
        }
    })
}

/// Placeholders (trawl's shared check), defaults and demo passwords, and values that name a
/// secret instead of holding one (`dbPassword`, `my_secret_token`).
fn is_placeholder(value: &[u8]) -> bool {
    const WORDS: &[&[u8]] = &[
        b"pass",
        b"secret",
        b"token",
        b"apikey",
        b"api_key",
        b"api-key",
        b"credential",
        b"auth",
        b"privatekey",
        b"private_key",
        b"admin",
        b"root",
        b"guest",
        b"user",
        b"test",
        b"demo",
        b"default",
        b"letmein",
        b"qwerty",
        b"welcome",
        b"hello",
        b"changeit",
        b"change_me",
        b"change-me",
        b"todo",
        b"fixme",
        b"tbd",
        b"n/a",
        b"empty",
        b"notset",
        b"not-set",
        b"not_set",
        b"unset",
        b"mock",
        b"stub",
        b"lorem",
        b"ipsum",
    ];
    // `<password>`, `key-<env>`: a word in angle brackets. A lone `<` is punctuation.
    let angled = value.iter().enumerate().any(|(i, &b)| {
        b == b'<' && {
            let inner = &value[i + 1..];
            let word = inner
                .iter()
                .take_while(|c| c.is_ascii_alphabetic() || matches!(c, b'_' | b'-' | b' '))
                .count();
            word >= 2 && inner.get(word) == Some(&b'>')
        }
    });
    angled
        || placeholder_apart_from_angle_brackets(value)
        || WORDS.iter().any(|w| {
            value
                .windows(w.len())
                .any(|window| window.eq_ignore_ascii_case(w))
        })
}

/// Keyboard rows, forwards; a run of six along one (either way) is typed, not drawn.
const KEYBOARD_ROWS: &[&[u8]] = &[b"qwertyuiop", b"asdfghjkl", b"zxcvbnm", b"1234567890"];

/// How long a run along the alphabet, the digits or a keyboard row may be.
const MAX_RUN: usize = 5;

/// A short pattern repeated (`abcabcabc`, `12121212`), or a long run along the alphabet, the
/// digits or a keyboard row (`abcdefgh`, `98765432`, `qwertyui`).
fn is_patterned(value: &[u8]) -> bool {
    let n = value.len();
    if (1..=4).any(|p| p * 2 <= n && (p..n).all(|i| value[i] == value[i - p])) {
        return true;
    }
    let (mut up, mut down) = (1, 1);
    for pair in value.windows(2) {
        let (a, b) = (pair[0].to_ascii_lowercase(), pair[1].to_ascii_lowercase());
        let alnum = a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric();
        up = if alnum && b == a.wrapping_add(1) {
            up + 1
        } else {
            1
        };
        down = if alnum && a == b.wrapping_add(1) {
            down + 1
        } else {
            1
        };
        if up > MAX_RUN || down > MAX_RUN {
            return true;
        }
    }
    let run = MAX_RUN + 1;
    value.windows(run).any(|w| {
        KEYBOARD_ROWS.iter().any(|row| {
            row.windows(run).any(|r| {
                r.eq_ignore_ascii_case(w)
                    || r.iter()
                        .rev()
                        .zip(w)
                        .all(|(x, y)| x.eq_ignore_ascii_case(y))
            })
        })
    })
}

/// Below this length a value needs three kinds of character.
pub const SHORT: usize = 12;

/// The entropy a value of `n` bytes needs, in bits per byte: 0.85 × log2(n), at most 3.0. A
/// random string of n distinct symbols has log2(n); words and identifiers repeat letters.
pub fn entropy_threshold(n: usize) -> f64 {
    (0.85 * (n as f64).log2()).min(3.0)
}

/// Shannon entropy of the bytes of `value`, in bits per byte.
pub fn shannon_entropy(value: &[u8]) -> f64 {
    let mut counts = [0u16; 256];
    for &b in value {
        counts[b as usize] = counts[b as usize].saturating_add(1);
    }
    let n = value.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / n;
            -p * p.log2()
        })
        .sum()
}

/// Looks drawn at random: letters and digits, or three kinds of character (lower, upper,
/// digit, other), or letters whose case changes at least once in four; three kinds, digits
/// among them, when shorter than [`SHORT`] (`base64url`, `fifo:PATH` are words); and entropy
/// per byte of at least [`entropy_threshold`].
fn looks_random(value: &[u8]) -> bool {
    let lower = value.iter().filter(|b| b.is_ascii_lowercase()).count();
    let upper = value.iter().filter(|b| b.is_ascii_uppercase()).count();
    let digits = value.iter().filter(|b| b.is_ascii_digit()).count();
    let other = value.len() - lower - upper - digits;
    let kinds = [lower, upper, digits, other]
        .iter()
        .filter(|&&c| c > 0)
        .count();
    let letters = lower + upper;
    let case_changes = value
        .windows(2)
        .filter(|w| {
            (w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
                || (w[0].is_ascii_uppercase() && w[1].is_ascii_lowercase())
        })
        .count();
    let mixed = if value.len() < SHORT {
        kinds >= 3 && digits > 0
    } else {
        (digits > 0 && letters > 0)
            || kinds >= 3
            || (lower > 0 && upper > 0 && case_changes * 4 >= letters)
    };
    mixed && shannon_entropy(value) >= entropy_threshold(value.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validators::{Date, PhoneRegions, DEFAULT_PHONE_REGIONS};

    fn judge(before: &str, value: &str) -> bool {
        let regions = PhoneRegions::parse(DEFAULT_PHONE_REGIONS).unwrap();
        let context = Context {
            keyword: false,
            phone_regions: &regions,
            today: Date::new(2026, 12, 5).unwrap(),
            before: before.as_bytes(),
            match_outside: [b"", b""],
            after: b"",
            field: b"",
        };
        generic_secret(value.as_bytes(), &context) == Verdict::Valid
    }

    #[test]
    fn secret_names_with_random_values_are_kept() {
        assert!(judge("password: '", "q7#Lm9!vR2@xT4zW8pK"));
        assert!(judge("DB_PASSWORD=", "Zr8vQe2LmX4pTn"));
        assert!(judge("\"clientSecret\": \"", "f3a9c1e07b5d42e8a6c9"));
        assert!(judge("<add key=\"ApiKey\" value=\"", "Kx9mQ2vLp7RtZ4wN"));
        assert!(judge("--db-password ", "Lp7RtZ4wNKx9mQ2v"));
        assert!(judge("mysql -h db -u root -p", "Lp7RtZ4wNKx9mQ2v"));
        assert!(judge("const API_KEY: &str = \"", "c29tZS1yYW5kb20tYnl0ZXM"));
        assert!(judge("jwt:\n  secret: \"", "9fG2kLm0Qx7RvT3z"));
        assert!(judge("Server=db;User Id=sa;Password=", "Wq3!rT9zLk2m"));
        assert!(judge("vault_secret_id = \"", "b5d42e8a-6c9f-3a9c"));
        assert!(judge("<password>", "67576df1114d7433be63390c"));
        assert!(judge("deploy --registry-token ", "bkdviZovYXIpC9wjmbOA"));
        assert!(judge("token: ", "QlrNO6hPJY6lMTMW5J"));
        assert!(judge("spring.datasource.password=", "QlrNO6hPJY6lMTMW5J"));
        assert!(judge("spring.mail.access.key=", "gB7JRn7AWj2=XOBw9rvUeGf"));
        assert!(judge(
            "  - name: DB_PASSWORD\n    value: ",
            "pF5KfZhfiEgcXhNiL5"
        ));
        assert!(judge(
            "const HmacSecret = \"",
            "pubfGyW85H-x2enjzYGNZgah3qdoyWsb"
        ));
        assert!(judge("auth := \"", "KoNK2}<TG5yehxlK"));
        assert!(judge("\"password\": \"", "LSvChOsbw!6BnpR!(vE*R5L"));
        assert!(judge("String appSecret = \"", "h5/2HU2zO[.wJ"));
        assert!(judge("aesEncryptionKey := \"", "ObOrCuwLIK1WMFse"));
    }

    #[test]
    fn names_that_are_not_secrets_drop_the_value() {
        for name in [
            "author: \"",
            "bypass = \"",
            "tokenizer: \"",
            "token_type = \"",
            "password_hash = \"",
            "secretName: ",
            "auth_url = \"",
            "next_token: \"",
            "access_key_id = \"",
            "the password ",
            "password_min_length = \"",
            "\"src/auth/credentials.rs\":\"",
            "d.authEnvelopedData->authEncryptedContentInfo->",
            "assert_eq!(\"EXPORTER_SECRET\", ",
            "yield_secret_cb(",
            "\"tests/ed25519_test_private_key.bin\":\"",
            "\"aws-lc/crypto/err/trust_token.errordata\":\"",
        ] {
            assert!(!judge(name, "Kx9mQ2vLp7RtZ4wN"), "{name}");
        }
    }

    #[test]
    fn values_that_are_not_secrets_are_dropped() {
        for value in [
            "changeme123",
            "${DB_PASSWORD}",
            "{{ .Values.password }}",
            "%(password)s",
            "$DB_PASS",
            "process.env.API_KEY",
            "os.getenv(",
            "get_secret(",
            "settings.SECRET_KEY",
            "/run/secrets/db_password",
            "./certs/server.key",
            "C:\\keys\\api.txt",
            "https://vault.internal/v1/kv",
            "db01.internal.acme.io",
            "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
            "true",
            "86400000",
            "********",
            "aaaaaaaaaaaa",
            "abcabcabcabc",
            "12345678",
            "qwertyuiop",
            "my-tls-secret",
            "MyTlsSecretName",
            "your-api-key-here",
            "admin12345",
            "base64url",
            "ghp_[A-Za-z0-9]{36}",
            "[0-9a-f]{32}",
            "windows_core::PCSTR",
            ":Params::builder(",
            "IDsObjectPicker_Impl",
            "WIN32_ERROR",
            "Sunshine2024",
            "PayloadU8",
            "MSV1_0_PROTOCOL_MESSAGE_TYPE",
            "has_pkcs8",
            "man3/d2i_RSAPrivateKey.pod",
            "Some(tok.into(",
            "MakeSpan(session-",
            "d2i_PKCS7_bio(in_bio",
            "vec![42u8",
            "fifo:PATH",
            "remarks-x509",
            "builder.Configuration[",
            "<your-api-key>",
            "key-<env>-2024",
            "PrivateDecryptingKey",
            "WSManSessionFlags",
        ] {
            assert!(!judge("password = ", value), "{value}");
        }
        assert!(!judge("`DomTokenList`, `", "HtmlAreaElement"));
    }

    #[test]
    fn words_split_at_humps_and_separators() {
        let mut out = [(0, 0); MAX_WORDS];
        let name = b"APIKey_dbPassword2.x-y";
        let n = split_words(name, &mut out);
        let words: Vec<&str> = out[..n]
            .iter()
            .map(|&(s, e)| std::str::from_utf8(&name[s..e]).unwrap())
            .collect();
        assert_eq!(words, ["API", "Key", "db", "Password", "2", "x", "y"]);
    }

    #[test]
    fn entropy_threshold_grows_with_length() {
        assert!((entropy_threshold(8) - 2.55).abs() < 1e-9);
        assert_eq!(entropy_threshold(64), 3.0);
        assert!(shannon_entropy(b"abababab") < 1.01);
    }
}
