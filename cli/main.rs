//! The `trawl` command-line tool.

mod args;
mod baseline;
mod config;
mod dirs;
mod discover;
mod exit;
mod fingerprint_key;
mod identifiers_cmd;
mod interrupt;
mod macie_import;
mod macie_results;
mod merge;
mod objects;
mod output;
mod progress;
mod results;
mod sarif;
mod scan;
mod shard_state;
mod state;
mod terminal;
mod upload;

use args::{Cli, Command};
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan(args) => scan::run(args, scan::Mode::Report),
        Command::Baseline(args::BaselineCommand::Create(args)) => {
            scan::run(args, scan::Mode::BaselineCreate)
        }
        Command::Identifiers(cmd) => identifiers_cmd::run(cmd),
        Command::Results(args::ResultsCommand::Merge(args)) => merge::run(args),
        Command::Discover(args) => discover::run(args),
    };
    match result {
        Ok(code) => ExitCode::from(code as u8),
        Err(error) if is_broken_pipe(&error) => {
            // The reader went away (`trawl identifiers list | head`): nothing more to say, and
            // no one to say it to. Not an error, as for `rg`. (A scan handles it itself and
            // exits by what it had found.)
            ExitCode::from(exit::CLEAN as u8)
        }
        Err(error) => {
            // `{:#}` prints the context chain on one line: "reading x: permission denied".
            eprintln!("trawl: error: {}", terminal::escape(&format!("{error:#}")));
            ExitCode::from(exit::ERROR as u8)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
