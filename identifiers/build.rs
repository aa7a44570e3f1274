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
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut table = String::from("&[\n");
    let mut catalogue = String::from("&[\n");
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
        // The same file as JSON, for the loader: deserialising TOML was the largest part of a
        // small scan's start-up, paid on every pre-commit hook run, for files that never
        // change after the build. Each identifier keeps the line of its `[[identifier]]`.
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json_name = relative.replace('/', "__").replace(".toml", ".json");
        std::fs::write(out.join(&json_name), to_json(&text, &relative))
            .unwrap_or_else(|e| panic!("writing OUT_DIR/{json_name}: {e}"));
        writeln!(
            catalogue,
            "    ({relative:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{json_name}\"))),"
        )
        .expect("writing to a String");
    }
    table.push(']');
    catalogue.push(']');
    std::fs::write(out.join("builtin_files.rs"), table).expect("writing OUT_DIR/builtin_files.rs");
    std::fs::write(out.join("builtin_catalogue.rs"), catalogue)
        .expect("writing OUT_DIR/builtin_catalogue.rs");
}

/// A built-in file's `[[identifier]]` tables as a JSON array of `{"line": n, "spec": {…}}`.
/// Its schema is checked when the catalogue is loaded, as the TOML's would be; a file that is
/// not TOML of `[[identifier]]` tables fails the build here.
fn to_json(text: &str, file: &str) -> String {
    let table: toml::Table = toml::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
    let identifiers = match table.get("identifier") {
        Some(toml::Value::Array(items)) if table.len() == 1 => items,
        _ => panic!("{file}: a built-in file holds `[[identifier]]` tables and nothing else"),
    };
    let lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim() == "[[identifier]]")
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(
        lines.len(),
        identifiers.len(),
        "{file}: write each identifier as a `[[identifier]]` table on a line of its own"
    );
    let entries: Vec<serde_json::Value> = identifiers
        .iter()
        .zip(lines)
        .map(|(spec, line)| {
            serde_json::json!({
                "line": line,
                "spec": serde_json::to_value(spec).unwrap_or_else(|e| panic!("{file}:{line}: {e}")),
            })
        })
        .collect();
    serde_json::to_string(&entries).expect("JSON of TOML values")
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
