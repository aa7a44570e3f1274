//! Command-line arguments.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "trawl",
    version,
    about = "Find credentials and personal data in files",
    after_help = "Exit codes: 0 nothing found, 1 findings, 2 usage or fatal error, \
                  3 nothing found but some inputs were skipped or partial."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files, directories, or standard input (`-`).
    Scan(ScanArgs),
    /// List or check identifiers.
    #[command(subcommand)]
    Identifiers(IdentifiersCommand),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// path:line:column, identifier, redacted value.
    Human,
    /// One JSON document with findings, objects and a summary.
    Json,
    /// One JSON object per line: findings, then each object's record, then a summary.
    Jsonl,
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
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Files or directories to scan; `-` reads standard input. Defaults to `.`.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    #[command(flatten)]
    pub selection: Selection,
    /// Report only findings of at least this severity.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub min_severity: Option<SeverityArg>,
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
    /// Worker threads (default: one per CPU).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
    /// Colour in human output.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
}

#[derive(Debug, Subcommand)]
pub enum IdentifiersCommand {
    /// List the identifiers.
    List {
        /// Output format (human or json).
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Print every literal anchor once per line instead.
        #[arg(long)]
        anchors: bool,
        #[command(flatten)]
        selection: Selection,
    },
    /// Check every identifier's examples and negative examples.
    Test {
        #[command(flatten)]
        selection: Selection,
    },
}
