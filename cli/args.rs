//! Command-line arguments.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use trawl_scanner::identifiers::validators::PhoneRegions;

#[derive(Debug, Parser)]
#[command(
    name = "trawl",
    version,
    about = "Find credentials and personal data in files, git changes and S3 buckets",
    after_help = "Exit codes: 0 nothing found, 1 findings, 2 usage or fatal error, \
                  3 nothing found but some inputs were skipped or partial."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files, directories, standard input (`-`) or S3 prefixes (`s3://bucket/prefix`).
    Scan(ScanArgs),
    /// List or check identifiers.
    #[command(subcommand)]
    Identifiers(IdentifiersCommand),
    /// Record current findings so that later scans report only new ones.
    #[command(subcommand)]
    Baseline(BaselineCommand),
    /// Work with results files (`--results`).
    #[command(subcommand)]
    Results(ResultsCommand),
    /// Sample every bucket of the account within a byte budget and rank the buckets by a
    /// sensitivity score (as Amazon Macie's automated discovery does); repeated runs read what
    /// is new or changed and cover every bucket over time.
    Discover(DiscoverArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiscoverFormat {
    /// A table, highest score first.
    Human,
    /// A JSON list of `{"bucket", "score", "sensitivity", …}` objects, highest score first.
    Json,
}

#[derive(Debug, Args)]
pub struct DiscoverArgs {
    /// Only these buckets [default: every bucket ListBuckets returns].
    #[arg(value_name = "BUCKET")]
    pub buckets: Vec<String>,
    /// Where each bucket's state is kept between runs (DIR/BUCKET.json) [default:
    /// $XDG_CACHE_HOME/trawl/discover, else ~/.cache/trawl/discover].
    #[arg(long, value_name = "DIR")]
    pub state: Option<PathBuf>,
    /// Bytes read per bucket and run (the last object may pass it) [default: the config
    /// file's `[discover] budget`, else 256MiB].
    #[arg(long, value_name = "SIZE", value_parser = parse_limit_size)]
    pub budget: Option<u64>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: DiscoverFormat,
    #[command(flatten)]
    pub client: S3ClientArgs,
    #[command(flatten)]
    pub selection: Selection,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Subcommand)]
pub enum BaselineCommand {
    /// Scan like `trawl scan` and print a baseline (fingerprints, never values) to stdout:
    /// `trawl baseline create . > .trawl-baseline.json`.
    Create(ScanArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// path:line:column, identifier, redacted value.
    Human,
    /// One JSON document with findings, objects and a summary.
    Json,
    /// One JSON object per line: findings, then each object's record, then a summary.
    Jsonl,
    /// SARIF 2.1.0, for GitHub code scanning and other CI tools.
    Sarif,
}

/// What `trawl scan` reports: each finding, or each object's counts and occurrences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Report {
    Findings,
    Objects,
}

/// The records of `--results FILE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResultsFormat {
    /// trawl's JSON Lines: finding records, object records, a summary.
    Trawl,
    /// A record per object (and archive member) in the shape of Amazon Macie's sensitive data
    /// discovery results.
    Macie,
}

/// How `trawl identifiers list` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Id, category, severity, name, and the file and line that define it.
    Human,
    /// One JSON document.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// The README's identifier table.
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityArg {
    Low,
    Medium,
    High,
}

#[derive(Debug, Args)]
pub struct Selection {
    /// Only these identifier ids (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    pub identifiers: Option<Vec<String>>,
    /// Leave out these identifier ids (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    pub exclude_identifiers: Vec<String>,
    /// Run the national and tax identifiers of these countries only (ISO 3166-1 alpha-2,
    /// comma-separated: FR,DE); identifiers of no country still run [default: the config
    /// file's `[managed_identifiers] countries`, else all].
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub countries: Option<Vec<String>>,
}

/// Limits on archives (zip bombs and the like); past one, the object is PARTIAL or SKIPPED
/// with the reason.
#[derive(Debug, Args)]
pub struct ArchiveArgs {
    /// Containers nested deeper than this are skipped; 0 opens none [default: 10].
    #[arg(long, value_name = "N")]
    pub max_archive_depth: Option<usize>,
    /// Members scanned per object, all levels together [default: 100000].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_archive_members: Option<u64>,
    /// Largest member, decompressed [default: 1GiB].
    #[arg(long, value_name = "SIZE", value_parser = parse_limit_size)]
    pub max_member_size: Option<u64>,
    /// Bytes decompressed per object, all members together [default: 20GiB].
    #[arg(long, value_name = "SIZE", value_parser = parse_limit_size)]
    pub max_extracted_size: Option<u64>,
    /// Largest decompressed/compressed ratio of a member, at least 1 [default: 1000].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_compression_ratio: Option<u64>,
}

impl ArchiveArgs {
    pub fn limits(&self) -> trawl_scanner::Limits {
        let default = trawl_scanner::Limits::default();
        trawl_scanner::Limits {
            max_depth: self.max_archive_depth.unwrap_or(default.max_depth),
            max_members: self.max_archive_members.unwrap_or(default.max_members),
            max_member_size: self.max_member_size.unwrap_or(default.max_member_size),
            max_extracted: self.max_extracted_size.unwrap_or(default.max_extracted),
            max_ratio: self.max_compression_ratio.unwrap_or(default.max_ratio),
        }
    }
}

/// Where custom identifiers, allow lists and defaults come from.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Configuration file (default: trawl.toml in the scanned repository's root, else in the
    /// current directory).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Use no configuration file.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Files or directories to scan, `s3://bucket/prefix` to sweep; `-` reads standard input.
    /// Defaults to `.`.
    #[arg(value_name = "PATH", conflicts_with_all = ["staged", "git_range"])]
    pub paths: Vec<PathBuf>,
    /// Scan what is staged (the index, not the working tree): only findings on added lines.
    #[arg(long, conflicts_with = "git_range")]
    pub staged: bool,
    /// Scan the lines a range of commits adds (`main..HEAD`, `A...B`).
    #[arg(long, value_name = "RANGE")]
    pub git_range: Option<String>,
    /// Report only findings not in this baseline (from `trawl baseline create`).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Exit 0 rather than 3 when nothing is found but some inputs were skipped (binary files
    /// in a commit, say); the skips are still reported.
    #[arg(long)]
    pub allow_incomplete: bool,
    /// Exit 0 rather than 1 when something is found; the findings are still reported. For job
    /// orchestrators (Kubernetes Jobs, AWS Batch), where any other code fails the job: with
    /// --allow-incomplete, a shard succeeds when its sweep reached its end, and `trawl results
    /// merge` then exits 1 or 3 as the scan would have.
    #[arg(long)]
    pub allow_findings: bool,
    /// Report findings even on lines marked `trawl:allow`, `gitleaks:allow` or
    /// `pragma: allowlist secret`.
    #[arg(long)]
    pub no_inline_allows: bool,
    /// Output format [default: the config file's, else human].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// `findings`: a record per finding; `objects`: no finding records, each object's record
    /// gives per identifier its count, severity and sampled occurrences [default: the config
    /// file's, else findings].
    #[arg(long, value_enum)]
    pub report: Option<Report>,
    /// Occurrences shown per identifier and object: with `--report objects` [default: 15],
    /// and in `--results-format macie` records [default: 1000, Macie's limit].
    #[arg(long, value_name = "N")]
    pub max_occurrences: Option<u64>,
    /// With `--report objects`: the summary's totals per prefix, of this many path or key
    /// segments (0: none).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub prefix_depth: usize,
    #[command(flatten)]
    pub selection: Selection,
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Skip files larger than this (e.g. 100MiB) as FILE_EXCEEDS_SIZE_LIMIT.
    #[arg(long, value_name = "SIZE", value_parser = parse_limit_size)]
    pub max_file_size: Option<u64>,
    #[command(flatten)]
    pub archive: ArchiveArgs,
    /// Report only findings of at least this severity.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub min_severity: Option<SeverityArg>,
    /// Regions whose national-format phone numbers (`030 12345678`) are reported after a phone
    /// keyword or under a phone column, in order of preference; international forms (+49 …) are
    /// reported for every region [default: US,CA,GB,IE,DE,AT,CH,FR,BE,NL,ES,IT,PT,BR,MX,IN,AU].
    #[arg(long, value_name = "CODES", value_parser = parse_phone_regions)]
    pub phone_regions: Option<PhoneRegions>,
    /// Levels of encoding inside text decoded and scanned: base64 runs, backslash escapes in
    /// quoted strings, percent-encoded URLs (0 turns it off, at most 4) [default: the config
    /// file's, else 1].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=4))]
    pub decode_depth: Option<u8>,
    /// Print matched values in clear instead of redacted.
    #[arg(long)]
    pub show_secrets: bool,
    /// Also report documented example values and placeholders (AKIA...EXAMPLE, xxxx).
    #[arg(long)]
    pub include_examples: bool,
    /// Scan files that contain NUL bytes instead of skipping them.
    #[arg(long)]
    pub binary: bool,
    /// Do not honour .gitignore, .ignore and git exclude files.
    #[arg(long)]
    pub no_ignore: bool,
    /// Follow symbolic links inside directories.
    #[arg(long)]
    pub follow: bool,
    /// Worker threads: files scanned at once, and threads sharing a large text file
    /// (default: one per CPU).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
    /// Colour in human output.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    #[command(flatten)]
    pub s3: S3Args,
    #[command(flatten)]
    pub results: ResultsArgs,
}

/// How S3 is reached (`trawl scan` and `trawl discover`).
#[derive(Debug, Args)]
pub struct S3ClientArgs {
    /// An S3-compatible endpoint (MinIO, Ceph, a local server), addressed path-style.
    #[arg(long, value_name = "URL", env = "AWS_ENDPOINT_URL_S3")]
    pub endpoint_url: Option<String>,
    /// The region [default: from the AWS configuration; `trawl discover`: each bucket's own,
    /// from GetBucketLocation].
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    /// Objects read and scanned at once.
    #[arg(long, value_name = "N", default_value_t = 16)]
    pub concurrency: usize,
    /// Attempts per S3 request (SlowDown, 5xx, connection failures), with exponential backoff.
    #[arg(long, value_name = "N", default_value_t = 8)]
    pub max_attempts: u32,
}

impl S3ClientArgs {
    /// How to reach S3: endpoint and region from the arguments, the rest from the AWS chain.
    pub fn options(&self) -> trawl_scanner::s3::SweepOptions {
        trawl_scanner::s3::SweepOptions {
            endpoint_url: self.endpoint_url.clone().filter(|url| !url.is_empty()),
            region: self.region.clone(),
            max_attempts: self.max_attempts.max(1),
            ..trawl_scanner::s3::SweepOptions::default()
        }
    }
}

/// Sweeping `s3://bucket/prefix` paths.
#[derive(Debug, Args)]
#[command(next_help_heading = "S3")]
pub struct S3Args {
    #[command(flatten)]
    pub client: S3ClientArgs,
    /// Only keys matching one of these globs (`*` also matches `/`); repeatable.
    #[arg(long, value_name = "GLOB")]
    pub include_key: Vec<String>,
    /// Not keys matching these globs; repeatable.
    #[arg(long, value_name = "GLOB")]
    pub exclude_key: Vec<String>,
    /// Only keys with these extensions (comma-separated: csv,json,txt).
    #[arg(long, value_delimiter = ',', value_name = "EXTS")]
    pub extensions: Vec<String>,
    /// Only objects of at least this size.
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub min_size: Option<u64>,
    /// Only objects of at most this size (larger ones are out of scope; --max-file-size
    /// records them as skipped instead).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_size: Option<u64>,
    /// Only objects modified at or after this date (2026-01-31 or 2026-01-31T12:00:00Z).
    #[arg(long, value_name = "DATE", value_parser = parse_time)]
    pub modified_after: Option<i64>,
    /// Only objects modified before this date.
    #[arg(long, value_name = "DATE", value_parser = parse_time)]
    pub modified_before: Option<i64>,
    /// Scan this percentage of the objects, picked by a hash of the key (the same ones on
    /// every run).
    #[arg(long, value_name = "PERCENT", value_parser = parse_percent)]
    pub sample: Option<f64>,
    /// Sweep the objects an S3 Inventory report lists (its manifest.json: s3://… or a local
    /// copy) instead of listing buckets; it replaces the paths. CSV and Parquet reports.
    #[arg(long, value_name = "MANIFEST", conflicts_with = "items")]
    pub inventory: Option<String>,
    /// Skip objects whose ETag differs from their inventory's or item's [default: scan them as
    /// they are now, recorded with reason OBJECT_CHANGED_SINCE_INVENTORY].
    #[arg(long)]
    pub inventory_strict: bool,
    /// Sweep the objects a JSON file lists (`-`: standard input): a list of {"Bucket", "Key",
    /// "Size", "ETag"} objects, or a Step Functions Distributed Map item batch ({"Items": […],
    /// "BatchInput": {…}}). It replaces the paths.
    #[arg(long, value_name = "FILE")]
    pub items: Option<PathBuf>,
    /// Sweep only shard K of N (K counts from 0: 0/4 … 3/4), chosen by a hash of bucket and
    /// key; or `auto`: K from JOB_COMPLETION_INDEX (Kubernetes Indexed Job) or
    /// AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch), N from --shard-count.
    #[arg(long, value_name = "K/N|auto")]
    pub shard: Option<String>,
    /// The number of shards, with --shard auto.
    #[arg(long, value_name = "N", env = "TRAWL_SHARD_COUNT")]
    pub shard_count: Option<u32>,
}

/// Keeping results on disk and resuming.
#[derive(Debug, Args)]
#[command(next_help_heading = "Results")]
pub struct ResultsArgs {
    /// Also write every finding and object record, then a summary, as JSON Lines to FILE
    /// (gzip-compressed when it ends in .gz).
    #[arg(long, value_name = "FILE")]
    pub results: Option<PathBuf>,
    /// The records of --results: trawl's, or one per object in the shape of Amazon Macie's
    /// sensitive data discovery results (no finding lines, no summary).
    #[arg(long, value_enum, value_name = "FORMAT", default_value = "trawl")]
    pub results_format: ResultsFormat,
    /// Record finished S3 objects in FILE; a rerun with the same FILE (and --results) skips
    /// them and completes the results without duplicates.
    #[arg(long, value_name = "FILE")]
    pub checkpoint: Option<PathBuf>,
    /// Incremental sweeps (S3 and local directories): keep in DIR (or s3://BUCKET/PREFIX/)
    /// each object's version and record and the results (DIR/results.jsonl.gz), so that the
    /// next sweep with the same DIR reads only the objects that are new or changed, carries
    /// the others' results forward and drops deleted ones.
    #[arg(long, value_name = "DIR|s3://…", conflicts_with_all = ["results", "checkpoint"])]
    pub state: Option<PathBuf>,
    /// With sharded S3 results: seconds between uploads of the results and checkpoint parts.
    #[arg(long, hide = true, value_name = "SECONDS", default_value_t = 60.0)]
    pub state_interval: f64,
    /// Progress on standard error [default: when it is a terminal].
    #[arg(long, overrides_with = "no_progress")]
    pub progress: bool,
    #[arg(long, hide = true)]
    pub no_progress: bool,
}

#[derive(Debug, Subcommand)]
pub enum IdentifiersCommand {
    /// List the identifiers.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: ListFormat,
        /// Print every literal anchor once per line instead.
        #[arg(long)]
        anchors: bool,
        #[command(flatten)]
        selection: Selection,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Check every identifier's examples and negative examples, built-in and custom.
    Test {
        #[command(flatten)]
        selection: Selection,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Show what a draft identifier would find in a sample (like Macie's
    /// TestCustomDataIdentifier).
    Try(TryArgs),
    /// Print Amazon Macie custom data identifiers and allow lists (their JSON, as `aws macie2
    /// get-custom-data-identifier` and `get-allow-list` print it) as trawl.toml tables.
    ImportMacie {
        /// The JSON file: one entry, a list, or a list response.
        #[arg(value_name = "FILE")]
        file: std::path::PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct TryArgs {
    /// The pattern (bytes mode, ASCII classes; a capture group isolates the value).
    #[arg(long, value_name = "RE")]
    pub regex: String,
    /// Keywords (comma-separated): one must precede the match, as in trawl.toml, unless
    /// --no-keyword-required is given.
    #[arg(long, value_delimiter = ',', value_name = "WORDS")]
    pub keywords: Vec<String>,
    /// Report matches with no keyword in reach too (`keyword_required = false`).
    #[arg(long)]
    pub no_keyword_required: bool,
    /// Require a keyword: the default when --keywords is given (an error without them).
    #[arg(long, conflicts_with = "no_keyword_required")]
    pub keyword_required: bool,
    /// Maximum distance from the end of a keyword to the end of the match.
    #[arg(long, value_name = "N")]
    pub maximum_match_distance: Option<usize>,
    /// Words that drop a match containing them (comma-separated, case-sensitive).
    #[arg(long, value_delimiter = ',', value_name = "WORDS")]
    pub ignore_words: Vec<String>,
    /// The text to try.
    #[arg(
        long,
        value_name = "TEXT",
        required_unless_present = "sample_file",
        conflicts_with = "sample_file"
    )]
    pub sample: Option<String>,
    /// A file holding the text to try.
    #[arg(long, value_name = "FILE")]
    pub sample_file: Option<PathBuf>,
    /// Regions whose national-format phone numbers (`030 12345678`) are reported after a phone
    /// keyword or under a phone column, in order of preference; international forms (+49 …) are
    /// reported for every region [default: US,CA,GB,IE,DE,AT,CH,FR,BE,NL,ES,IT,PT,BR,MX,IN,AU].
    #[arg(long, value_name = "CODES", value_parser = parse_phone_regions)]
    pub phone_regions: Option<PhoneRegions>,
    /// Print matched values in clear instead of redacted.
    #[arg(long)]
    pub show_secrets: bool,
}

fn parse_size(text: &str) -> Result<u64, String> {
    trawl_scanner::identifiers::config::parse_size(text)
        .ok_or_else(|| format!("{text:?} is not a size such as 1048576, 10MiB or 500KB"))
}

/// A size limit: 0 would skip every input, so it is refused rather than taken literally.
fn parse_limit_size(text: &str) -> Result<u64, String> {
    match parse_size(text)? {
        0 => Err(format!(
            "{text:?}: a limit of 0 bytes would skip everything; give a size such as 10MiB"
        )),
        size => Ok(size),
    }
}

fn parse_percent(text: &str) -> Result<f64, String> {
    match text.trim_end_matches('%').parse::<f64>() {
        Ok(p) if p > 0.0 && p <= 100.0 => Ok(p),
        _ => Err(format!("{text:?} is not a percentage between 0 and 100")),
    }
}

/// `2026-01-31` (midnight UTC) or `2026-01-31T12:30:00Z` as Unix seconds.
fn parse_time(text: &str) -> Result<i64, String> {
    let error = || format!("{text:?} is not a date such as 2026-01-31 or 2026-01-31T12:30:00Z");
    let (date, time) = match text.split_once(['T', ' ']) {
        Some((date, time)) => (date, Some(time.trim_end_matches('Z'))),
        None => (text, None),
    };
    let numbers = |s: &str, sep: char| -> Option<Vec<i64>> {
        s.split(sep).map(|p| p.parse::<i64>().ok()).collect()
    };
    let ymd = numbers(date, '-')
        .filter(|v| v.len() == 3)
        .ok_or_else(error)?;
    let (year, month, day) = (ymd[0], ymd[1], ymd[2]);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(error());
    }
    let seconds = match time {
        Some(time) => {
            let hms = numbers(time, ':')
                .filter(|v| (2..=3).contains(&v.len()))
                .ok_or_else(error)?;
            if hms[0] > 23 || hms[1] > 59 || hms.get(2).is_some_and(|s| *s > 60) {
                return Err(error());
            }
            hms[0] * 3600 + hms[1] * 60 + hms.get(2).copied().unwrap_or(0)
        }
        None => 0,
    };
    Ok(days_from_civil(year, month, day) * 86_400 + seconds)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn parse_phone_regions(text: &str) -> Result<PhoneRegions, String> {
    PhoneRegions::parse(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_unix_seconds() {
        assert_eq!(parse_time("1970-01-01"), Ok(0));
        assert_eq!(parse_time("2026-01-31"), Ok(1_769_817_600));
        assert_eq!(
            parse_time("2026-01-31T12:30:00Z"),
            Ok(1_769_817_600 + 45_000)
        );
        assert!(parse_time("2026-13-01").is_err());
        assert!(parse_time("yesterday").is_err());
    }
}

#[derive(Debug, Subcommand)]
pub enum ResultsCommand {
    /// Merge the results of a sweep's shards (or of several runs) into one report: exact
    /// totals per identifier, prefix and reason, each object once; duplicates, unfinished
    /// files and missing shards reported (exit 1 with findings, else 3 when incomplete).
    Merge(MergeArgs),
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Results files (JSON Lines, gzip-compressed or not) or `s3://bucket/prefix/` (every
    /// `.jsonl` and `.jsonl.gz` object under it).
    #[arg(value_name = "RESULTS", required = true)]
    pub inputs: Vec<String>,
    /// `human`: totals per identifier and a summary line; `json`: the summary as one document;
    /// `jsonl`: each object's lines once, then the summary.
    #[arg(long, value_enum, default_value = "human")]
    pub format: MergeFormat,
    /// Totals per prefix of this many path or key segments (0: none).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub prefix_depth: usize,
    /// An S3-compatible endpoint, addressed path-style.
    #[arg(long, value_name = "URL", env = "AWS_ENDPOINT_URL_S3")]
    pub endpoint_url: Option<String>,
    /// The bucket's region [default: from the AWS configuration].
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MergeFormat {
    Human,
    Json,
    Jsonl,
}
