//! The layers ARCHITECTURE.md draws: only `src/ui` uses Yew, and the flow engine knows
//! no policy, so the rules are plain Rust tested natively.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn uses(file: &Path, what: &str) -> bool {
    fs::read_to_string(file)
        .unwrap()
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .any(|l| l.contains(what))
}

#[test]
fn only_the_ui_uses_yew_and_the_flow_engine_knows_no_policy() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    assert!(files.len() > 20);
    for file in &files {
        let name = file.to_string_lossy().replace('\\', "/");
        if !name.starts_with("src/ui/") {
            assert!(!uses(file, "yew"), "{name} uses yew");
        }
        if name.starts_with("src/flow/") {
            for policy in ["crate::policy", "crate::outcome", "crate::tools"] {
                assert!(!uses(file, policy), "{name} uses {policy}");
            }
        }
    }
}
