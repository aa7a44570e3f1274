//! `trawl discover`: automated sensitive data discovery across an account's buckets, as Amazon
//! Macie's runs it. Each run lists every bucket, reads a deterministic sample of the objects
//! not yet analysed (those of data-holding types first) within a byte budget per bucket, keeps
//! what it learnt in a per-bucket state, and prints the buckets by sensitivity score (see
//! `score.rs` for the rule). Repeated runs cover every bucket over time; an object analysed
//! once is read again only when its ETag changes, and one deleted leaves the state.

mod sample;
mod score;

use crate::args::{DiscoverArgs, DiscoverFormat};
use crate::results::is_final;
use crate::{config, exit, identifiers_cmd, interrupt, terminal};
use anyhow::{Context, Result};
use sample::Sample;
use score::{Score, Sensitivity};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use trawl_scanner::s3::{self, ObjectInfo, Source, SweepOptions};
use trawl_scanner::{Category, Finding, ObjectRecord, Reason, Scanner, Severity, Sink, Status};

/// Bytes read per bucket and run unless `--budget` or `[discover] budget` says otherwise.
pub const DEFAULT_BUDGET: u64 = 256 << 20;

/// What the state keeps of one analysed object.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Analysed {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    etag: Option<String>,
    size: u64,
    status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reason: Option<Reason>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    findings: BTreeMap<String, u64>,
}

/// A bucket's state between runs (`DIR/BUCKET.json`).
#[derive(Debug, Default, Serialize, Deserialize)]
struct BucketState {
    /// The trawl version that wrote it.
    version: String,
    /// A hash of what decides each object's findings (identifiers, configuration, endpoint).
    settings: String,
    #[serde(default)]
    region: Option<String>,
    /// The last complete listing: readable objects and their bytes, and those in archive
    /// storage classes (which cannot be read without a restore).
    #[serde(default)]
    listed: Option<Listed>,
    /// Objects analysed, by key.
    #[serde(default)]
    objects: BTreeMap<String, Analysed>,
    /// Objects whose last read failed (denied, vanished, cut short), by key, with the ETag
    /// listed then: retried after every object not yet tried.
    #[serde(default)]
    failed: BTreeMap<String, Option<String>>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
struct Listed {
    objects: u64,
    bytes: u64,
    archived: u64,
    /// Objects larger than the budget: never sampled.
    #[serde(default)]
    too_large: u64,
}

/// One line of the report.
#[derive(Debug, Serialize)]
struct BucketReport {
    bucket: String,
    score: i32,
    sensitivity: Sensitivity,
    /// The score was set in trawl.toml (`[discover.scores]`).
    set_by_hand: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<String>,
    /// Readable objects in the bucket, and their bytes (the last complete listing).
    objects: u64,
    bytes: u64,
    /// Objects in archive storage classes, not readable without a restore.
    archived: u64,
    /// Objects larger than the budget, never sampled (raise `--budget` to read them).
    too_large: u64,
    /// Objects whose last read failed, retried by the next runs.
    failed: u64,
    /// Objects analysed (this run and before), and their bytes.
    analysed: u64,
    analysed_bytes: u64,
    /// Objects and bytes read this run.
    read_this_run: u64,
    bytes_read_this_run: u64,
    /// Analysed objects with at least one finding.
    objects_with_findings: u64,
    /// Findings per identifier, over the analysed objects.
    findings: BTreeMap<String, u64>,
    /// What drives the score, most important first.
    drivers: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub fn run(args: DiscoverArgs) -> Result<i32> {
    let config = config::load(&args.config, &[])?;
    let scanner = identifiers_cmd::builder(&args.selection, config.as_ref())
        // Scores need counts per identifier, not the occurrences themselves.
        .occurrences(Some(0))
        .fingerprints(false)
        .build()
        .context("building the scanner")?;
    let defaults = config
        .as_ref()
        .map(|c| c.discover.clone())
        .unwrap_or_default();
    let budget = args.budget.or(defaults.budget).unwrap_or(DEFAULT_BUDGET);
    let dir = match &args.state {
        Some(dir) => dir.clone(),
        None => default_state_dir()?,
    };
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("--state {}: creating the directory", dir.display()))?;
    let settings = settings_hash(&args, &scanner, config.as_ref());
    let severities: HashMap<String, (Severity, Category)> = scanner
        .identifiers()
        .map(|i| (i.id.clone(), (i.severity, i.category)))
        .collect();
    interrupt::install().context("installing the SIGINT and SIGTERM handlers")?;

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the S3 client runtime")?;
    let client = runtime.block_on(s3::client(&args.client.options()));
    let buckets = if args.buckets.is_empty() {
        list_buckets(&runtime, &client)?
    } else {
        args.buckets.clone()
    };

    let mut reports = Vec::new();
    for bucket in &buckets {
        if !is_bucket_name(bucket) {
            eprintln!(
                "trawl: {:?} is not an S3 bucket name: passed over",
                terminal::escape(bucket)
            );
            continue;
        }
        let path = dir.join(format!("{bucket}.json"));
        let mut state = read_state(&path, &settings)?;
        let mut visit = Visit::default();
        if !interrupt::stop_requested() {
            visit = analyse(
                &runtime, &client, &args, &scanner, bucket, budget, &mut state,
            );
            write_state(&path, &state)?;
        }
        let manual = defaults.scores.get(bucket).copied();
        reports.push(report(bucket, &state, &visit, &severities, manual));
    }
    reports.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.bucket.cmp(&b.bucket)));
    match args.format {
        DiscoverFormat::Json => println!("{}", serde_json::to_string_pretty(&reports)?),
        DiscoverFormat::Human => print_human(&reports, budget, &dir),
    }
    Ok(if let Some(signal) = interrupt::signal() {
        interrupt::exit_code(signal)
    } else if reports.iter().any(|r| r.sensitivity == Sensitivity::Error) {
        exit::INCOMPLETE
    } else {
        exit::CLEAN
    })
}

/// S3's naming rules (3 to 63 lower-case letters, digits, dots and hyphens): a name from
/// ListBuckets becomes a file name in the state directory.
fn is_bucket_name(name: &str) -> bool {
    (3..=63).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && !name.contains("..")
}

/// `$XDG_CACHE_HOME/trawl/discover`, else `~/.cache/trawl/discover`.
fn default_state_dir() -> Result<PathBuf> {
    match crate::dirs::cache() {
        Some(cache) => Ok(cache.join("trawl").join("discover")),
        None => anyhow::bail!(
            "neither XDG_CACHE_HOME nor HOME is set: give --state DIR for the per-bucket state"
        ),
    }
}

/// Every bucket of the account.
fn list_buckets(
    runtime: &tokio::runtime::Runtime,
    client: &aws_sdk_s3::Client,
) -> Result<Vec<String>> {
    let mut names = Vec::new();
    let mut token = None;
    loop {
        let page = runtime
            .block_on(
                client
                    .list_buckets()
                    .set_continuation_token(token.take())
                    .send(),
            )
            .map_err(aws_sdk_s3::Error::from)
            .context(
                "listing the account's buckets (s3:ListAllMyBuckets); name buckets to analyse \
                 them without it",
            )?;
        names.extend(
            page.buckets()
                .iter()
                .filter_map(|b| b.name())
                .map(String::from),
        );
        match page.continuation_token() {
            Some(next) if !next.is_empty() => token = Some(next.to_string()),
            _ => return Ok(names),
        }
    }
}

/// What one run did in a bucket.
#[derive(Debug, Default)]
struct Visit {
    read: u64,
    bytes_read: u64,
    /// Objects whose read failed (denied, vanished, interrupted): tried again next run.
    failed: u64,
    /// Why the bucket could not be analysed at all (listing denied, no such bucket).
    error: Option<String>,
    /// An interrupt stopped it.
    interrupted: bool,
}

/// Lists `bucket` with `client` (or one for the bucket's own region), reads its sample and
/// updates `state`.
fn analyse(
    runtime: &tokio::runtime::Runtime,
    client: &aws_sdk_s3::Client,
    args: &DiscoverArgs,
    scanner: &Scanner,
    bucket: &str,
    budget: u64,
    state: &mut BucketState,
) -> Visit {
    let mut visit = Visit::default();
    let region = match runtime.block_on(client.get_bucket_location().bucket(bucket).send()) {
        Ok(out) => Some(match out.location_constraint().map(|c| c.as_str()) {
            None | Some("") => "us-east-1".to_string(),
            Some("EU") => "eu-west-1".to_string(),
            Some(region) => region.to_string(),
        }),
        // Without s3:GetBucketLocation the configured region is used.
        Err(_) => None,
    };
    state.region = region.clone().or(state.region.take());
    // A bucket is read through its own region's endpoint, unless the user chose one.
    let chosen = args.client.options();
    let options = SweepOptions {
        region: chosen
            .region
            .clone()
            .or_else(|| region.clone().filter(|_| chosen.endpoint_url.is_none())),
        ..args.client.options()
    };
    let regional;
    let client = if options.region != chosen.region {
        regional = runtime.block_on(s3::client(&options));
        &regional
    } else {
        client
    };

    // The listing: what is new or changed goes to the sample; what is gone leaves the state.
    let mut sample = Sample::new(budget);
    // The state's objects still listed.
    let mut seen: HashSet<String> = HashSet::new();
    let mut listed = Listed::default();
    // The keys offered (to keep only the failed records of objects still there).
    let mut listed_keys: HashSet<String> = HashSet::new();
    let mut token = None;
    loop {
        if interrupt::stop_requested() {
            // The listing is not whole: nothing leaves the state, nothing is read.
            visit.interrupted = true;
            return visit;
        }
        let page = runtime.block_on(
            client
                .list_objects_v2()
                .bucket(bucket)
                .set_continuation_token(token.take())
                .send(),
        );
        let page = match page {
            Ok(page) => page,
            Err(e) => {
                visit.error = Some(format!(
                    "listing s3://{bucket}: {}",
                    aws_sdk_s3::Error::from(e)
                ));
                return visit;
            }
        };
        for object in page.contents() {
            let Some(key) = object.key() else { continue };
            let info = ObjectInfo {
                bucket: bucket.to_string(),
                key: key.to_string(),
                size: object.size().unwrap_or(0).max(0) as u64,
                etag: object.e_tag().map(str::to_string),
                version_id: None,
                last_modified: object.last_modified().map(|t| t.secs()),
                storage_class: object.storage_class().map(|c| c.as_str().to_string()),
                inventoried: false,
            };
            if info
                .storage_class
                .as_deref()
                .is_some_and(|c| s3::ARCHIVE_STORAGE_CLASSES.contains(&c))
            {
                listed.archived += 1;
                continue;
            }
            listed.objects += 1;
            listed.bytes += info.size;
            if let Some(known) = state.objects.get(key) {
                seen.insert(key.to_string());
                if known.etag == info.etag {
                    continue;
                }
            }
            if info.size > budget {
                // Never read whole within the budget; counted, and said in the drivers.
                listed.too_large += 1;
                continue;
            }
            let retry = state.failed.get(key).is_some_and(|etag| *etag == info.etag);
            sample.offer(info, retry);
            listed_keys.insert(key.to_string());
        }
        match page.next_continuation_token() {
            Some(next) if page.is_truncated() == Some(true) => token = Some(next.to_string()),
            _ => break,
        }
    }
    state.objects.retain(|key, _| seen.contains(key));
    state.failed.retain(|key, _| listed_keys.contains(key));
    state.listed = Some(listed);

    let chosen = sample.into_objects();
    if chosen.is_empty() {
        return visit;
    }
    let sink = Collect::default();
    let sweep_options = SweepOptions {
        concurrency: args.client.concurrency.max(1),
        ..options
    };
    if let Err(e) = s3::sweep_source(scanner, &Source::Objects(chosen), &sweep_options, &sink) {
        visit.error = Some(format!("reading s3://{bucket}: {e}"));
        return visit;
    }
    let prefix = format!("s3://{bucket}/");
    visit.interrupted = interrupt::stop_requested();
    for record in sink.records.into_inner().unwrap_or_else(|p| p.into_inner()) {
        let Some(key) = record.source.strip_prefix(&prefix) else {
            continue;
        };
        if !is_final(&record) {
            if record.reason != Some(Reason::Stopped) {
                visit.failed += 1;
                state.failed.insert(key.to_string(), record.etag);
            }
            continue;
        }
        state.failed.remove(key);
        visit.read += 1;
        visit.bytes_read += record.bytes;
        state.objects.insert(
            key.to_string(),
            Analysed {
                etag: record.etag,
                size: record.bytes,
                status: record.status,
                reason: record.reason,
                findings: record.findings,
            },
        );
    }
    visit
}

/// Keeps each object's record; findings are counted there, not kept. Stops at an interrupt.
#[derive(Default)]
struct Collect {
    records: Mutex<Vec<ObjectRecord>>,
}

impl Sink for Collect {
    fn findings(&self, _source: &str, _findings: Vec<Finding>) -> ControlFlow<()> {
        self.poll()
    }

    fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
        if record.container.is_empty() {
            self.records
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(record);
        }
        self.poll()
    }

    fn poll(&self) -> ControlFlow<()> {
        if interrupt::stop_requested() {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    }
}

/// The bucket's state, or a fresh one when there is none or it was written by another version
/// or with other settings (said in one line).
fn read_state(path: &Path, settings: &str) -> Result<BucketState> {
    let fresh = BucketState {
        version: env!("CARGO_PKG_VERSION").to_string(),
        settings: settings.to_string(),
        ..BucketState::default()
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(fresh),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    let why = match serde_json::from_slice::<BucketState>(&bytes) {
        Ok(state) if state.version == fresh.version && state.settings == fresh.settings => {
            return Ok(state)
        }
        Ok(state) if state.version != fresh.version => {
            format!("written by trawl {}", state.version)
        }
        Ok(_) => "written with other identifiers, configuration or endpoint".to_string(),
        Err(e) => format!("unreadable ({e})"),
    };
    eprintln!(
        "trawl: {}: {why}: analysing the bucket afresh",
        path.display()
    );
    Ok(fresh)
}

/// Written aside and renamed over: a run killed while writing keeps the previous state.
fn write_state(path: &Path, state: &BucketState) -> Result<()> {
    let mut aside = path.as_os_str().to_owned();
    aside.push(".tmp");
    let aside = PathBuf::from(aside);
    std::fs::write(&aside, serde_json::to_vec(state)?)
        .and_then(|()| std::fs::rename(&aside, path))
        .with_context(|| format!("writing {}", path.display()))
}

/// What decides each object's findings: the identifiers and the configuration's allow lists,
/// and where the buckets are (two endpoints may share bucket names).
fn settings_hash(
    args: &DiscoverArgs,
    scanner: &Scanner,
    config: Option<&trawl_scanner::identifiers::Config>,
) -> String {
    let identifiers: Vec<_> = scanner.identifiers().collect();
    crate::state::settings_hash(&[
        format!("{identifiers:?}"),
        format!("{:?}", config.map(|c| (&c.allow, &c.managed))),
        format!("{:?}", args.client.endpoint_url),
    ])
}

fn report(
    bucket: &str,
    state: &BucketState,
    visit: &Visit,
    severities: &HashMap<String, (Severity, Category)>,
    manual: Option<u8>,
) -> BucketReport {
    let listed = state.listed.unwrap_or_default();
    let mut findings: BTreeMap<String, u64> = BTreeMap::new();
    let mut with_findings = 0;
    let mut analysed_bytes = 0;
    for analysed in state.objects.values() {
        analysed_bytes += analysed.size;
        if !analysed.findings.is_empty() {
            with_findings += 1;
        }
        for (id, n) in &analysed.findings {
            *findings.entry(id.clone()).or_default() += n;
        }
    }
    let found: Vec<score::Found> = findings
        .iter()
        .map(|(id, &count)| {
            let (severity, category) = severities
                .get(id)
                .copied()
                .unwrap_or((Severity::Medium, Category::Custom));
            score::Found {
                id: id.clone(),
                severity,
                category,
                count,
            }
        })
        .collect();
    // An error this run, or every read failing with nothing analysed.
    let error = visit.error.clone().or_else(|| {
        (state.objects.is_empty() && !state.failed.is_empty() && !visit.interrupted).then(|| {
            format!(
                "none of the {} objects tried could be read (see `trawl scan` of the bucket \
                 for each object's reason)",
                state.failed.len()
            )
        })
    });
    let Score {
        score,
        sensitivity,
        drivers,
    } = score::score(&score::Evidence {
        listed: state.listed.map(|l| l.objects),
        archived: listed.archived,
        too_large: listed.too_large,
        failed: state.failed.len() as u64,
        analysed: state.objects.len() as u64,
        with_findings,
        found: &found,
        error: error.as_deref(),
        manual,
    });
    BucketReport {
        bucket: bucket.to_string(),
        score,
        sensitivity,
        set_by_hand: manual.is_some(),
        region: state.region.clone(),
        objects: listed.objects,
        bytes: listed.bytes,
        archived: listed.archived,
        too_large: listed.too_large,
        failed: state.failed.len() as u64,
        analysed: state.objects.len() as u64,
        analysed_bytes,
        read_this_run: visit.read,
        bytes_read_this_run: visit.bytes_read,
        objects_with_findings: with_findings,
        findings,
        drivers,
        error,
    }
}

fn print_human(reports: &[BucketReport], budget: u64, dir: &Path) {
    println!(
        "{:>5}  {:<40} {:<14} {:>18}  DRIVERS",
        "SCORE", "BUCKET", "REGION", "ANALYSED"
    );
    for r in reports {
        let analysed = format!("{}/{}", r.analysed, r.objects);
        println!(
            "{:>5}  {:<40} {:<14} {:>18}  {}",
            r.score,
            terminal::escape(&r.bucket),
            terminal::escape(r.region.as_deref().unwrap_or("-")),
            analysed,
            terminal::escape(&r.drivers.join("; "))
        );
    }
    let read: u64 = reports.iter().map(|r| r.read_this_run).sum();
    let bytes: u64 = reports.iter().map(|r| r.bytes_read_this_run).sum();
    let buckets = match reports.len() {
        1 => "1 bucket".to_string(),
        n => format!("{n} buckets"),
    };
    eprintln!(
        "trawl: discover: {buckets}; {read} objects ({}) read this run, at most {} per \
         bucket; state in {}",
        crate::progress::size(bytes as f64),
        crate::progress::size(budget as f64),
        dir.display()
    );
}
