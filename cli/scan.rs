//! `trawl scan` (and `trawl baseline create`): builds the scanner from the arguments, runs the
//! inputs, picks the exit code.

use crate::args::{ColorChoice, Format, Report, ResultsFormat, ScanArgs, SeverityArg};
use crate::macie_results::{self, MacieResults};
use crate::output::{Output, Style};
use crate::results::{Recorder, Resumed};
use crate::shard_state::{self, ShardState};
use crate::state::{self, Changes, LocalFiles, StateDir};
use crate::{baseline, config, fingerprint_key, identifiers_cmd, progress, sarif};
use crate::{exit, interrupt};
use anyhow::{Context, Result};
use clap::ValueEnum;
use is_terminal::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use trawl_scanner::files::{self, FileOptions};
use trawl_scanner::git::{self, Change};
use trawl_scanner::s3::{
    self, ManifestLocation, ObjectInfo, Progress, S3Url, Scope, Shard, Source, SweepOptions,
};
use trawl_scanner::{Category, ObjectOptions, ScannerBuilder, Severity};

/// Environment variable holding the fingerprint key (see the README's "Fingerprints").
const FINGERPRINT_KEY_ENV: &str = "TRAWL_FINGERPRINT_KEY";

/// Whether this run prints a report or a baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Report,
    BaselineCreate,
}

pub fn run(mut args: ScanArgs, mode: Mode) -> Result<i32> {
    // --state keeps its results and checkpoint in its directory; from here on they are the
    // run's --results and --checkpoint (cli/state.rs).
    if args.results.state.is_some() {
        state::check_inputs(&args)?;
    }
    let remote_state = match args.results.state.as_deref().and_then(|p| p.to_str()) {
        Some(text) if text.starts_with("s3://") => {
            let Some(url) = S3Url::parse(text) else {
                anyhow::bail!("--state {text}: give s3://BUCKET/PREFIX/");
            };
            Some(state::RemoteState::fetch(&client_options(&args), &url)?)
        }
        _ => None,
    };
    let state_dir = match &remote_state {
        Some(remote) => Some(remote.dir().to_path_buf()),
        None => args.results.state.clone(),
    };
    if let Some(dir) = &state_dir {
        let files = StateDir::at(dir);
        args.results.results = Some(files.results);
        args.results.checkpoint = Some(files.checkpoint);
    }
    let Some(remote) = remote_state else {
        return scan(&args, mode, state_dir);
    };
    // The local state is consistent at every moment: it is stored back even when the run
    // ends with an error, so the next run resumes from what this one did.
    let result = scan(&args, mode, state_dir);
    let stored = remote.store(&client_options(&args));
    match (result, stored) {
        (Ok(code), Ok(())) => Ok(code),
        (Ok(_), Err(e)) => Err(e),
        (Err(e), Ok(())) => Err(e),
        (Err(e), Err(store)) => {
            eprintln!(
                "trawl: error: {}",
                crate::terminal::escape(&format!("{store:#}"))
            );
            Err(e)
        }
    }
}

/// `trawl scan` once the state (if any) is on local disk at `state_dir`.
fn scan(args: &ScanArgs, mode: Mode, state_dir: Option<PathBuf>) -> Result<i32> {
    let change = match (&args.staged, &args.git_range) {
        (true, _) => Some(Change::Staged),
        (false, Some(range)) => Some(Change::Range(range.clone())),
        (false, None) => None,
    };
    // In a git change the configuration is the repository's (found from the current directory).
    let config = config::load(&args.config, &args.paths)?;
    let defaults = config.as_ref().map(|c| c.scan.clone()).unwrap_or_default();
    let mut builder = identifiers_cmd::builder(&args.selection, config.as_ref())
        .include_examples(args.include_examples)
        .inline_allows(!args.no_inline_allows);
    if change.is_some() && args.selection.identifiers.is_none() {
        // Personal and financial identifiers are opt-in in commits (`[git] categories`).
        let categories = config.as_ref().and_then(|c| c.git.categories.clone());
        builder = builder.categories(
            categories.unwrap_or_else(|| vec![Category::Credentials, Category::Custom]),
        );
    }
    if let Some(level) = args.min_severity {
        builder = builder.min_severity(match level {
            SeverityArg::Low => Severity::Low,
            SeverityArg::Medium => Severity::Medium,
            SeverityArg::High => Severity::High,
        });
    }
    if let Some(regions) = args.phone_regions.clone() {
        builder = builder.phone_regions(regions);
    }
    if let Some(depth) = args.decode_depth.or(defaults.decode_depth) {
        builder = builder.decode_depth(depth);
    }
    let shared_key = std::env::var_os(FINGERPRINT_KEY_ENV).filter(|k| !k.is_empty());
    if let Some(key) = &shared_key {
        builder = builder.fingerprint_key(key.to_string_lossy().as_bytes());
    }

    // From here on an interrupt or a closed output ends the scan cleanly, with a summary.
    interrupt::install().context("installing the SIGINT and SIGTERM handlers")?;
    interrupt::watch_output();
    let stdout = std::io::stdout();
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let format = match (args.format, defaults.format.as_deref()) {
        (Some(format), _) => format,
        (None, Some(name)) => {
            Format::from_str(name, true).map_err(|e| anyhow::anyhow!("scan.format: {e}"))?
        }
        (None, None) => Format::Human,
    };
    let report = match (args.report, defaults.report.as_deref()) {
        (Some(report), _) => report,
        (None, Some(name)) => {
            Report::from_str(name, true).map_err(|e| anyhow::anyhow!("scan.report: {e}"))?
        }
        (None, None) => Report::Findings,
    };
    let objects = report == Report::Objects;
    if objects && (format == Format::Sarif || mode == Mode::BaselineCreate) {
        anyhow::bail!(
            "--report objects works with --format human, json or jsonl (SARIF results and \
             baselines are per finding)"
        );
    }
    let macie = args.results.results_format == ResultsFormat::Macie;
    if macie && args.results.results.is_none() {
        anyhow::bail!("--results-format macie says how --results FILE is written: add --results");
    }
    let shown = args.max_occurrences.unwrap_or(15);
    let macie_occurrences = args
        .max_occurrences
        .unwrap_or(macie_results::DEFAULT_MAX_OCCURRENCES);
    if objects && args.baseline.is_none() {
        // Only the occurrences shown are redacted and fingerprinted; a baseline needs every
        // finding's fingerprint before counting, so with one the output samples instead.
        let delivered = if macie {
            shown.max(macie_occurrences)
        } else {
            shown
        };
        builder = builder.occurrences(Some(delivered));
    }
    // The human report shows no fingerprints: they are computed (and the user's fingerprint
    // key read or made) only when something reads them.
    let fingerprints = format != Format::Human
        || args.baseline.is_some()
        || (args.results.results.is_some() && !macie)
        || mode == Mode::BaselineCreate;
    if fingerprints && shared_key.is_none() {
        builder = with_user_fingerprint_key(builder);
    }
    let scanner = builder
        .fingerprints(fingerprints)
        .build()
        .context("building the scanner")?;
    let accepted = args.baseline.as_deref().map(baseline::load).transpose()?;
    let style = Style {
        format,
        color,
        show_secrets: args.show_secrets,
        baseline_create: mode == Mode::BaselineCreate,
        objects: objects.then_some((shown, args.prefix_depth)),
    };
    // Only a state needs the settings' hash (it reads every identifier's definition).
    let settings = state_dir
        .as_ref()
        .map(|_| settings_hash(args, &scanner, config.as_ref()));
    let (changes, results_end) = match (&state_dir, &settings) {
        (Some(dir), Some(settings)) => {
            let opened = state::open(dir, settings.clone())?;
            (Some(Arc::new(Changes::default())), opened.results_end)
        }
        _ => (None, None),
    };
    let output = Output::new(style, accepted, sarif::rules(&scanner));
    let shard = shard(&args.s3)?;
    let results = ResultsTarget::of(args, shard)?;
    // A sharded sweep's state is read from S3 first: it is the checkpoint resumed from.
    let shard_state = match &results {
        Some(target) => target.open_shard_state(args)?,
        None => None,
    };
    let checkpoint = results
        .as_ref()
        .and_then(ResultsTarget::shard_checkpoint)
        .or(args.results.checkpoint.as_deref());
    let (mut recorder, resumed) = Recorder::open(
        results.as_ref().map(|r| r.local.as_path()),
        checkpoint,
        args.show_secrets,
        results_end.as_ref(),
    )?;
    if let Some(mut state) = shard_state {
        state.started()?;
        recorder = recorder.remote(state);
    }
    let local = changes.as_ref().map(|changes| {
        let key = state_hash_key(shared_key.as_deref());
        Arc::new(LocalFiles::new(
            Arc::clone(&resumed),
            Arc::clone(changes),
            key,
        ))
    });
    if let Some(local) = &local {
        recorder.local_files(Arc::clone(local));
    }
    let recorder = match (&results, macie) {
        (Some(target), true) => recorder.macie(MacieResults::new(
            &scanner,
            macie_occurrences,
            target.location(),
        )),
        _ if objects => recorder.objects_only(),
        _ => recorder,
    };
    output.record_to(recorder, Arc::clone(&resumed));

    if let Some(change) = &change {
        git::scan_change(
            &scanner,
            Path::new("."),
            change,
            args.binary,
            &args.archive.limits(),
            &output,
        )?;
    } else {
        // The results and checkpoint being written are not scanned (a `--results` file inside
        // the scanned tree would otherwise be read as it grows).
        let own_files = results
            .iter()
            .map(|r| r.local.clone())
            .chain(args.results.checkpoint.clone())
            .chain(state_dir.as_deref().map(state::meta_path))
            .collect();
        let listing_incomplete = scan_paths(
            args,
            &defaults,
            config.as_ref().map(|c| c.base.clone()),
            &scanner,
            &output,
            own_files,
            SweepPlan {
                shard,
                resumed,
                changes: changes.clone(),
                local,
            },
        )?;
        if let Some(changes) = &changes {
            let roots = args
                .paths
                .iter()
                .filter(|p| p.to_str().and_then(S3Url::parse).is_none())
                .cloned()
                .collect();
            output.incremental(changes, listing_incomplete, roots);
        }
    }
    let totals = output.finish()?;
    if let (Some(dir), Some(settings), Some(end)) = (&state_dir, settings, &totals.results_end) {
        state::finished(dir, settings, end.clone())?;
    }
    if let Some(results) = results {
        results.upload(args)?;
    }
    let end = exit::RunEnd {
        // A baseline records the findings: finding them is its success.
        findings: totals.findings > 0 && mode != Mode::BaselineCreate && !args.allow_findings,
        // An object stopped because the reader of the output left is not a failure to read.
        incomplete: totals.incomplete > 0
            && !args.allow_incomplete
            && mode != Mode::BaselineCreate
            && !interrupt::output_closed(),
        signal: interrupt::signal(),
    };
    // The process ends after this run: freeing the compiled identifiers one by one costs
    // more than scanning a small file (6 % of a one-file run's instructions).
    std::mem::forget(scanner);
    Ok(end.code())
}

/// Keys fingerprints of low-entropy values with the user's own key (see `fingerprint_key`);
/// where it cannot be read or made, they are stretched instead, and the user is told why.
fn with_user_fingerprint_key(builder: ScannerBuilder) -> ScannerBuilder {
    let fallback = format!(
        "fingerprints of low-entropy values (cards, phones, dates, e-mail addresses) fall back to \
         key stretching, about 1 ms per distinct value; set {FINGERPRINT_KEY_ENV} to avoid it"
    );
    let Some(path) = fingerprint_key::path() else {
        eprintln!("trawl: neither XDG_CONFIG_HOME nor HOME is set: {fallback}");
        return builder;
    };
    match fingerprint_key::load_or_create(&path) {
        Ok(key) => builder.low_entropy_fingerprint_key(key),
        Err(e) => {
            eprintln!("trawl: {}: {e}: {fallback}", path.display());
            builder
        }
    }
}

/// The key of `--state`'s content hashes of local files: the fingerprint key (the
/// environment's, else the user's). Without one, a file whose size or time changed is read
/// again rather than hashed.
fn state_hash_key(shared: Option<&std::ffi::OsStr>) -> Option<Vec<u8>> {
    if let Some(key) = shared {
        return Some(key.to_string_lossy().as_bytes().to_vec());
    }
    let path = fingerprint_key::path()?;
    match fingerprint_key::load_or_create(&path) {
        Ok(key) => Some(key),
        Err(e) => {
            eprintln!(
                "trawl: {}: {e}: --state reads again every local file whose size or time \
                 changed, without comparing its bytes",
                path.display()
            );
            None
        }
    }
}

fn scan_paths(
    args: &ScanArgs,
    defaults: &trawl_scanner::identifiers::config::ScanDefaults,
    config_dir: Option<PathBuf>,
    scanner: &trawl_scanner::Scanner,
    output: &Output,
    own_files: Vec<PathBuf>,
    plan: SweepPlan,
) -> Result<bool> {
    let given = args.s3.inventory.is_some() || args.s3.items.is_some();
    if given && !args.paths.is_empty() {
        anyhow::bail!(
            "--inventory and --items say which objects to sweep, in place of paths: remove {}",
            args.paths[0].display()
        );
    }
    let mut paths = args.paths.clone();
    if paths.is_empty() && !given {
        paths.push(PathBuf::from("."));
    }
    let mut buckets = Vec::new();
    paths.retain(|path| match path.to_str().and_then(S3Url::parse) {
        Some(url) => {
            buckets.push(url);
            false
        }
        None => true,
    });
    if path_is_bare_s3(&paths) {
        anyhow::bail!("an S3 path needs a bucket: s3://BUCKET[/PREFIX]");
    }
    let (stdin_inputs, file_inputs): (Vec<PathBuf>, Vec<PathBuf>) =
        paths.into_iter().partition(|p| p.as_os_str() == "-");
    if stdin_inputs.len() > 1 {
        anyhow::bail!("`-` (standard input) can be given only once");
    }
    // Files first: an invalid exclude glob fails before anything is read.
    if !file_inputs.is_empty() {
        let options = FileOptions {
            threads: args.threads.unwrap_or(0),
            no_ignore: args.no_ignore,
            binary: args.binary,
            follow_links: args.follow,
            exclude: defaults.exclude.clone(),
            exclude_root: config_dir.unwrap_or_default(),
            max_file_size: args.max_file_size.or(defaults.max_file_size),
            limits: args.archive.limits(),
            own_files,
            already_scanned: plan.local.clone().map(|local| {
                files::AlreadyScanned(Arc::new(move |file: &files::WalkedFile| {
                    local.is_unchanged(file)
                }))
            }),
            ..FileOptions::default()
        };
        files::scan_paths(scanner, &file_inputs, &options, output)
            .context("scan.exclude: invalid glob")?;
    }
    if !stdin_inputs.is_empty() {
        let stdin = std::io::stdin();
        // A stream has no size to check first: the bytes read past the limit make it PARTIAL.
        let options = ObjectOptions::default()
            .binary(args.binary)
            .limits(args.archive.limits())
            .max_size(args.max_file_size.or(defaults.max_file_size));
        trawl_scanner::scan_object(scanner, stdin.lock(), "-", &options, output);
    }
    let source = if let Some(manifest) = &args.s3.inventory {
        Some(Source::Inventory(ManifestLocation::parse(manifest)))
    } else if let Some(items) = &args.s3.items {
        Some(Source::Objects(read_items(items)?))
    } else if !buckets.is_empty() {
        Some(Source::Listing(buckets))
    } else {
        None
    };
    match source {
        Some(source) => sweep(args, scanner, &source, plan, output),
        None if plan.shard.is_some() => {
            anyhow::bail!("--shard splits S3 sweeps: give s3:// paths, --inventory or --items")
        }
        None => Ok(false),
    }
}

/// The objects `--items FILE` (or `-`) lists.
fn read_items(path: &Path) -> Result<Vec<ObjectInfo>> {
    let (text, shown) = if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .context("--items -: reading standard input")?;
        (text, "standard input".to_string())
    } else {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("--items {}", path.display()))?;
        (text, path.display().to_string())
    };
    s3::parse_items(&text).map_err(|e| anyhow::anyhow!("--items {shown}: {e}"))
}

/// Environment variables naming this process's index in an array of jobs, in the order they
/// are tried.
const SHARD_INDEX_VARIABLES: [&str; 2] = ["JOB_COMPLETION_INDEX", "AWS_BATCH_JOB_ARRAY_INDEX"];

/// `--shard K/N`, or `--shard auto` with the index from the orchestrator's environment.
fn shard(args: &crate::args::S3Args) -> Result<Option<Shard>> {
    let Some(text) = &args.shard else {
        return Ok(None);
    };
    if text != "auto" {
        let shard = Shard::parse(text).map_err(|e| anyhow::anyhow!("--shard: {e}"))?;
        if args.shard_count.is_some_and(|count| count != shard.count) {
            anyhow::bail!(
                "--shard {text} and --shard-count {} (or TRAWL_SHARD_COUNT) disagree: give one",
                args.shard_count.unwrap_or_default()
            );
        }
        return Ok(Some(shard));
    }
    let Some(count) = args.shard_count else {
        anyhow::bail!(
            "--shard auto needs the number of shards: set --shard-count N or TRAWL_SHARD_COUNT \
             (the Job's completions, or the array size)"
        );
    };
    let found = SHARD_INDEX_VARIABLES
        .iter()
        .find_map(|name| std::env::var(name).ok().map(|value| (*name, value)));
    let Some((name, value)) = found else {
        anyhow::bail!(
            "--shard auto reads this process's index from JOB_COMPLETION_INDEX (a Kubernetes \
             Indexed Job) or AWS_BATCH_JOB_ARRAY_INDEX (an AWS Batch array job); neither is \
             set: set one, or give --shard K/N"
        );
    };
    let index = value
        .trim()
        .parse()
        .map_err(|_| anyhow::anyhow!("--shard auto: {name}={value:?} is not an index"))?;
    let shard =
        Shard::new(index, count).map_err(|e| anyhow::anyhow!("--shard auto: {name}: {e}"))?;
    Ok(Some(shard))
}

/// Where `--results` is written: a local file, or a local staging file that is uploaded to
/// S3 when the run ends, or (sharded sweeps) mirrored to S3 as it is written.
struct ResultsTarget {
    local: PathBuf,
    /// Bucket and key to upload to, and whether the staging file is ours to delete.
    upload: Option<(String, String, bool)>,
    /// A sharded sweep's results: bucket, key and the local checkpoint, kept in S3 as they
    /// are written (`shard_state`); nothing is uploaded at the end.
    shard_state: Option<(String, String, PathBuf)>,
}

impl ResultsTarget {
    /// A sharded sweep's state in S3, read back (see `shard_state`); `None` for other results.
    fn open_shard_state(&self, args: &ScanArgs) -> Result<Option<ShardState>> {
        let Some((bucket, key, checkpoint)) = &self.shard_state else {
            return Ok(None);
        };
        let defaults = shard_state::Uploads::default();
        let uploads = shard_state::Uploads {
            every: Duration::try_from_secs_f64(args.results.state_interval)
                .unwrap_or(defaults.every),
            ..defaults
        };
        let options = client_options(args);
        ShardState::open(&options, bucket, key, &self.local, checkpoint, uploads).map(Some)
    }

    /// The local checkpoint a sharded sweep's state is read into.
    fn shard_checkpoint(&self) -> Option<&Path> {
        self.shard_state
            .as_ref()
            .map(|(_, _, checkpoint)| checkpoint.as_path())
    }

    /// Where the results end up: `s3://bucket/key` or the local path.
    fn location(&self) -> String {
        match (&self.upload, &self.shard_state) {
            (Some((bucket, key, _)), _) | (_, Some((bucket, key, _))) => {
                format!("s3://{bucket}/{key}")
            }
            (None, None) => self.local.display().to_string(),
        }
    }

    fn of(args: &ScanArgs, shard: Option<Shard>) -> Result<Option<ResultsTarget>> {
        let Some(path) = &args.results.results else {
            return Ok(None);
        };
        let Some(url) = path.to_str().and_then(S3Url::parse) else {
            return Ok(Some(ResultsTarget {
                local: path.clone(),
                upload: None,
                shard_state: None,
            }));
        };
        let key = if let Some(shard) =
            shard.filter(|_| url.prefix.is_empty() || url.prefix.ends_with('/'))
        {
            // One name per shard: shards never overwrite each other, and a shard run again
            // resumes from its own state.
            if args.results.checkpoint.is_some() {
                anyhow::bail!(
                    "a sharded sweep with --results s3://… keeps its checkpoint in S3 beside the \
                     results (so a retried shard resumes on any machine): drop --checkpoint"
                );
            }
            if args.results.results_format == ResultsFormat::Macie {
                anyhow::bail!(
                    "a sharded sweep with --results s3://… writes trawl's results format \
                     (`trawl results merge` reads them): drop --results-format macie, or give \
                     each shard its own --results key"
                );
            }
            let key = format!(
                "{}trawl-results-shard-{:04}-of-{:04}.jsonl.gz",
                url.prefix, shard.index, shard.count
            );
            // Plain local files: their new bytes are compressed part by part on upload. A
            // stale file of an earlier process with this id must not be taken for ours.
            let staging = |what: &str| {
                std::env::temp_dir().join(format!(
                    "trawl-{}-shard-{:04}-of-{:04}.{what}.jsonl",
                    std::process::id(),
                    shard.index,
                    shard.count
                ))
            };
            let (local, checkpoint) = (staging("results"), staging("checkpoint"));
            let _ = std::fs::remove_file(&local);
            return Ok(Some(ResultsTarget {
                local,
                upload: None,
                shard_state: Some((url.bucket, key, checkpoint)),
            }));
        } else if url.prefix.is_empty() || url.prefix.ends_with('/') {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            format!("{}trawl-results-{now}.jsonl.gz", url.prefix)
        } else {
            url.prefix.clone()
        };
        // Beside the checkpoint, the staging file survives an interruption and is resumed
        // with it; otherwise it is temporary.
        let (local, temporary) = match &args.results.checkpoint {
            Some(checkpoint) => {
                let mut name = checkpoint.as_os_str().to_owned();
                name.push(".results.jsonl.gz");
                (PathBuf::from(name), false)
            }
            None => (
                std::env::temp_dir().join(format!("trawl-results-{}.jsonl.gz", std::process::id())),
                true,
            ),
        };
        Ok(Some(ResultsTarget {
            local,
            upload: Some((url.bucket, key, temporary)),
            shard_state: None,
        }))
    }

    fn upload(self, args: &ScanArgs) -> Result<()> {
        let Some((bucket, key, temporary)) = self.upload else {
            return Ok(());
        };
        crate::upload::upload(&client_options(args), &bucket, &key, &self.local)?;
        eprintln!("trawl: results stored as s3://{bucket}/{key}");
        if temporary {
            let _ = std::fs::remove_file(&self.local);
        }
        Ok(())
    }
}

/// How to reach S3: endpoint and region from the arguments, the rest from the AWS chain.
fn client_options(args: &ScanArgs) -> SweepOptions {
    args.s3.client.options()
}

fn path_is_bare_s3(paths: &[PathBuf]) -> bool {
    paths
        .iter()
        .any(|p| p.to_str().is_some_and(|p| p.starts_with("s3://")))
}

/// What a sweep leaves out: the objects of other shards, and those an interrupted run
/// finished or that have not changed since the state was written.
struct SweepPlan {
    /// `--state`: counts what changed, and tells the objects gone.
    changes: Option<Arc<Changes>>,
    /// `--state` over local directories: which files are unchanged.
    local: Option<Arc<LocalFiles>>,
    shard: Option<Shard>,
    resumed: Arc<Resumed>,
}

/// Sweeps the objects of `source`, with a progress line on a terminal. Returns whether the
/// listing was incomplete.
fn sweep(
    args: &ScanArgs,
    scanner: &trawl_scanner::Scanner,
    source: &Source,
    plan: SweepPlan,
    output: &Output,
) -> Result<bool> {
    let SweepPlan {
        shard,
        resumed,
        changes,
        local: _,
    } = plan;
    let s3 = &args.s3;
    let progress = Arc::new(Progress::default());
    let show_progress = if args.results.no_progress {
        false
    } else {
        args.results.progress || std::io::stderr().is_terminal()
    };
    let options = SweepOptions {
        concurrency: s3.client.concurrency.max(1),
        scope: Scope {
            include: s3.include_key.clone(),
            exclude: own_state_keys(args, source)
                .into_iter()
                .chain(s3.exclude_key.iter().cloned())
                .collect(),
            extensions: s3.extensions.clone(),
            min_size: s3.min_size,
            max_size: s3.max_size,
            modified_after: s3.modified_after,
            modified_before: s3.modified_before,
            sample_percent: s3.sample,
        },
        max_file_size: args.max_file_size,
        binary: args.binary,
        limits: args.archive.limits(),
        // Done unless its ETag changed since: then it is read again, and its new record
        // replaces the old one in the results and the totals. An incremental sweep counts
        // each object new, changed or unchanged.
        already_done: (!resumed.is_empty() || changes.is_some()).then(|| {
            let changes = changes.clone();
            Box::new(move |o: &ObjectInfo| {
                let source = o.source();
                let known = resumed
                    .get(&source)
                    .map(|done| done.is_same_version(o.etag.as_deref()));
                if let Some(changes) = &changes {
                    changes.offered(&source, known);
                }
                known == Some(true)
            }) as _
        }),
        progress: Some(progress.clone()),
        shard,
        inventory_strict: s3.inventory_strict,
        ..client_options(args)
    };
    let done = std::sync::atomic::AtomicBool::new(false);
    let stats = std::thread::scope(|threads| {
        if show_progress {
            threads.spawn(|| progress::run(&progress, &done));
        }
        let stats = s3::sweep_source(scanner, source, &options, output);
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        stats
    })?;
    output.sweep_stats(&stats, shard);
    Ok(stats.listing_incomplete)
}

/// The state's own objects in a bucket this sweep lists (`--state s3://…`).
fn own_state_keys(args: &ScanArgs, source: &Source) -> Option<String> {
    let (Some(state), Source::Listing(urls)) = (&args.results.state, source) else {
        return None;
    };
    urls.iter()
        .find_map(|url| state::own_keys(state, &url.bucket))
}

/// What decides each object's record, for `--state` (a state written with other settings is
/// not carried forward): the version, the identifiers, the configuration file, and the flags
/// that change what is read, found or written.
fn settings_hash(
    args: &ScanArgs,
    scanner: &trawl_scanner::Scanner,
    config: Option<&trawl_scanner::identifiers::Config>,
) -> String {
    // What decides an identifier's findings, not its documentation (name, description,
    // examples): formatting every built-in's examples was most of a small run's start-up.
    let identifiers: Vec<String> = scanner
        .identifiers()
        .map(|i| {
            format!(
                "{:?} {:?}",
                (
                    &i.id,
                    &i.regex,
                    &i.anchors,
                    i.min_digits,
                    i.digits_after_uppercase,
                    i.digits_only_after_uppercase,
                    &i.keywords,
                    &i.region_words,
                    i.keyword_required,
                    i.maximum_match_distance,
                    &i.ignore_words,
                    &i.validators,
                ),
                (
                    &i.severity_levels,
                    i.max_match_len,
                    i.anchor_lookbehind,
                    &i.column_value,
                    &i.column_names,
                    &i.example_values,
                    i.placeholder_check,
                    i.generic,
                    i.low_entropy,
                    &i.countries,
                    (i.category, i.severity, i.confidence),
                ),
            )
        })
        .collect();
    let config_file = config
        .map(|c| std::fs::read(&c.file).unwrap_or_else(|e| e.to_string().into_bytes()))
        .unwrap_or_default();
    let s3 = &args.s3;
    state::settings_hash(&[
        format!("{identifiers:?}"),
        String::from_utf8_lossy(&config_file).into_owned(),
        format!(
            "{:?}",
            (
                &args.selection,
                args.max_file_size,
                &args.archive,
                args.min_severity,
                &args.phone_regions,
                args.decode_depth,
                args.show_secrets,
                args.include_examples,
                args.binary,
                args.no_inline_allows,
                args.report,
                args.max_occurrences,
            )
        ),
        // What is swept (a state answers for these inputs only: what it holds of others would
        // never be found deleted), and what a walk of local directories reads.
        format!(
            "{:?}",
            (
                &args.paths,
                &s3.inventory,
                &s3.items,
                args.no_ignore,
                args.follow
            )
        ),
        format!(
            "{:?} {:?}",
            (
                &s3.include_key,
                &s3.exclude_key,
                &s3.extensions,
                s3.min_size,
                s3.max_size,
                s3.modified_after,
                s3.modified_before,
                s3.sample,
            ),
            (
                s3.inventory_strict,
                &s3.shard,
                s3.shard_count,
                // The shard `--shard auto` resolves to.
                [
                    "TRAWL_SHARD_COUNT",
                    "JOB_COMPLETION_INDEX",
                    "AWS_BATCH_JOB_ARRAY_INDEX"
                ]
                .map(|name| std::env::var(name).ok()),
                std::env::var("TRAWL_FINGERPRINT_KEY").is_ok(),
            )
        ),
    ])
}
