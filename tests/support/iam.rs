//! An IAM identity policy evaluated for the requests the test S3 server receives, so a test can
//! run trawl under deploy/'s policies and show each is enough (everything is read and written)
//! and least (each grant is used).
//!
//! It evaluates what those policies use and refuses the rest, so that a policy it cannot judge
//! fails the test instead of passing it: `Allow` and `Deny` statements with `Action` and
//! `Resource` (strings or lists, `*` and `?` wildcards), and the conditions `StringLike` /
//! `StringEquals` on `s3:prefix`. An explicit Deny wins; nothing allowed is denied. S3 requests
//! are mapped to IAM actions and ARNs as the S3 user guide's "Actions, resources, and
//! condition keys for Amazon S3" lists them.

use serde_json::Value;

/// A request as IAM sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub action: String,
    pub resource: String,
    /// `s3:prefix` of a ListBucket request.
    pub prefix: Option<String>,
}

#[derive(Debug)]
pub struct Statement {
    pub sid: String,
    allow: bool,
    pub actions: Vec<String>,
    pub resources: Vec<String>,
    /// (operator, values) on `s3:prefix`.
    prefix_condition: Option<(String, Vec<String>)>,
}

impl Statement {
    /// Whether the statement applies to `request`: its action, resource and condition.
    pub fn matches(&self, request: &Request) -> bool {
        self.actions
            .iter()
            .any(|a| like(&a.to_lowercase(), &request.action.to_lowercase()))
            && self.resources.iter().any(|r| like(r, &request.resource))
            && self
                .prefix_condition
                .as_ref()
                .is_none_or(|(operator, values)| {
                    // A request without the key does not satisfy a condition on it.
                    request.prefix.as_deref().is_some_and(|prefix| {
                        values.iter().any(|v| match operator.as_str() {
                            "StringEquals" => v == prefix,
                            _ => like(v, prefix),
                        })
                    })
                })
    }
}

#[derive(Debug)]
pub struct Policy {
    pub statements: Vec<Statement>,
}

fn strings(value: &Value, what: &str) -> Result<Vec<String>, String> {
    match value {
        Value::String(s) => Ok(vec![s.clone()]),
        Value::Array(items) => items
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or(format!("{what}: not a string"))
            })
            .collect(),
        _ => Err(format!("{what}: neither a string nor a list")),
    }
}

impl Policy {
    pub fn parse(policy: &Value) -> Result<Policy, String> {
        if policy["Version"] != "2012-10-17" {
            return Err("Version must be 2012-10-17".into());
        }
        let Some(list) = policy["Statement"].as_array() else {
            return Err("Statement must be a list".into());
        };
        let mut statements = Vec::new();
        for (i, s) in list.iter().enumerate() {
            let Some(fields) = s.as_object() else {
                return Err(format!("statement {i}: not an object"));
            };
            for name in fields.keys() {
                if !["Sid", "Effect", "Action", "Resource", "Condition"].contains(&name.as_str()) {
                    return Err(format!("statement {i}: `{name}` is not evaluated here"));
                }
            }
            let sid = s["Sid"].as_str().unwrap_or("").to_string();
            let allow = match s["Effect"].as_str() {
                Some("Allow") => true,
                Some("Deny") => false,
                _ => return Err(format!("statement {i}: Effect must be Allow or Deny")),
            };
            let prefix_condition = match s.get("Condition") {
                None => None,
                Some(Value::Object(operators)) => {
                    if operators.len() != 1 {
                        return Err(format!("statement {i}: one condition operator only"));
                    }
                    let (operator, keys) = operators.iter().next().unwrap();
                    if !["StringLike", "StringEquals"].contains(&operator.as_str()) {
                        return Err(format!("statement {i}: condition `{operator}`"));
                    }
                    let Some(keys) = keys.as_object().filter(|k| k.len() == 1) else {
                        return Err(format!("statement {i}: one condition key only"));
                    };
                    let values = keys
                        .get("s3:prefix")
                        .ok_or(format!("statement {i}: only s3:prefix is evaluated"))?;
                    Some((operator.clone(), strings(values, "s3:prefix")?))
                }
                Some(_) => return Err(format!("statement {i}: Condition must be an object")),
            };
            statements.push(Statement {
                sid,
                allow,
                actions: strings(&s["Action"], &format!("statement {i}: Action"))?,
                resources: strings(&s["Resource"], &format!("statement {i}: Resource"))?,
                prefix_condition,
            });
        }
        Ok(Policy { statements })
    }

    /// The index of a statement that allows `request`, or `None` when it is denied (no Allow
    /// matches, or a Deny does).
    pub fn allows(&self, request: &Request) -> Option<usize> {
        if self
            .statements
            .iter()
            .any(|s| !s.allow && s.matches(request))
        {
            return None;
        }
        self.statements
            .iter()
            .position(|s| s.allow && s.matches(request))
    }

    /// This policy without statement `index`.
    pub fn without(&self, index: usize) -> Policy {
        Policy {
            statements: self
                .statements
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != index)
                .map(|(_, s)| Statement {
                    sid: s.sid.clone(),
                    allow: s.allow,
                    actions: s.actions.clone(),
                    resources: s.resources.clone(),
                    prefix_condition: s.prefix_condition.clone(),
                })
                .collect(),
        }
    }
}

/// IAM's wildcard match: `*` any run of characters, `?` any one.
pub fn like(pattern: &str, value: &str) -> bool {
    let (p, v): (Vec<char>, Vec<char>) = (pattern.chars().collect(), value.chars().collect());
    // Classic two-pointer glob match with backtracking to the last `*`.
    let (mut pi, mut vi, mut star, mut mark) = (0, 0, None, 0);
    while vi < v.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == v[vi]) {
            pi += 1;
            vi += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = vi;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            vi = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// The IAM request an S3 operation on `bucket`/`key` with URL query `query` makes.
pub fn s3_request(operation: &str, bucket: &str, key: &str, query: &str) -> Request {
    let object = format!("arn:aws:s3:::{bucket}/{key}");
    let bucket_arn = format!("arn:aws:s3:::{bucket}");
    let has = |name: &str| query.split('&').any(|p| p.split('=').next() == Some(name));
    let (action, resource) = match operation {
        "GetObject" | "HeadObject" if has("versionId") => ("s3:GetObjectVersion", object),
        "GetObject" | "HeadObject" => ("s3:GetObject", object),
        "PutObject" | "CreateMultipartUpload" | "UploadPart" | "CompleteMultipartUpload" => {
            ("s3:PutObject", object)
        }
        "AbortMultipartUpload" => ("s3:AbortMultipartUpload", object),
        "DeleteObject" => ("s3:DeleteObject", object),
        "ListParts" => ("s3:ListMultipartUploadParts", object),
        "ListObjectsV2" | "ListObjects" => ("s3:ListBucket", bucket_arn),
        "ListMultipartUploads" => ("s3:ListBucketMultipartUploads", bucket_arn),
        "GetBucketLocation" => ("s3:GetBucketLocation", bucket_arn),
        "ListBuckets" => ("s3:ListAllMyBuckets", "*".to_string()),
        // Anything else is named as S3 names it, which no policy here grants.
        other => {
            return Request {
                action: format!("s3:{other}"),
                resource: object,
                prefix: None,
            }
        }
    };
    let prefix = (action == "s3:ListBucket").then(|| {
        query
            .split('&')
            .find_map(|p| p.strip_prefix("prefix="))
            .map(percent_decode)
            .unwrap_or_default()
    });
    Request {
        action: action.to_string(),
        resource,
        prefix,
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 3 <= bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(b) = u8::from_str_radix(hex, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
