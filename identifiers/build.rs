//! Collects the built-in identifier files, `builtin/<category>/<family>.toml`, into a table
//! compiled into the crate: a new provider or country is a new file, with no list to edit.
//! The order (by path) is the identifiers' order, which breaks ties between overlapping
//! findings of equal severity and length.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    // Read at run time, not with `env!`: a build script binary compiled for one checkout may be
    // reused for another that shares the target directory (a git worktree), and must read the
    // files of the checkout being built.
    let manifest_dir = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let root = manifest_dir.join("builtin");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, 0, &mut files);
    files.sort();
    let mut table = String::from("&[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let relative = path
            .strip_prefix(&manifest_dir)
            .expect("under the crate")
            .to_str()
            .expect("a UTF-8 path")
            .replace('\\', "/");
        writeln!(
            table,
            "    ({relative:?}, include_str!({:?})),",
            path.to_str().expect("a UTF-8 path")
        )
        .expect("writing to a String");
    }
    table.push(']');
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("builtin_files.rs"), table).expect("writing OUT_DIR/builtin_files.rs");
}

/// Every `.toml` file under `dir` (`depth` directories below `builtin/`).
fn collect(dir: &Path, depth: usize, files: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            collect(&path, depth + 1, files);
        } else if path.extension().is_some_and(|e| e == "toml") {
            assert!(
                depth > 0,
                "{}: a built-in file belongs in builtin/<category>/",
                path.display()
            );
            files.push(path);
        }
    }
}
