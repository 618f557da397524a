//! Each link key and question id is written once in `src/`, as a string literal that
//! everything else names through a constant or an enum: a half-done rename fails to
//! compile instead of passing quietly.

use gongshang::benefits::form::WAGES_KEY;
use gongshang::flow::link::{AT_KEY, RET_KEY};
use gongshang::flow::Kind;
use gongshang::link::{DATA_KEY, DATE_KEY, VERSION_KEY};
use gongshang::premium::Field;
use gongshang::tools::self_checks;
use std::fs;
use std::path::Path;

fn sources(dir: &Path, out: &mut String) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&fs::read_to_string(&path).unwrap());
        }
    }
}

/// A key that is also another key's value, by coincidence of wording, and how often
/// it is written as that value: `employees` (the sole trader's question, and
/// `mode=employees`); `payroll` (the field, and `mode=payroll`); `arrears` (the
/// estimator's field, and the answer `insured=arrears`); `unit` (the enrollment check's
/// question, and the answer `role=unit`).
/// Words two tools each use as a key of their own: `grade` and `wages` (the estimator's
/// floating grade and wage list, the benefits tool's disability grade and wage list), and
/// `injury_date` and `insured` (the 先行支付 and 工伤认定 questions, and the benefits keys
/// they prefill; the two self-checks share the `insured` answers' type), and `death_date`
/// (asked by both self-checks).
const SHARED_WORDS: &[(&str, usize)] = &[
    ("employees", 1),
    ("payroll", 1),
    ("arrears", 1),
    ("unit", 1),
    ("grade", 1),
    ("wages", 1),
    ("injury_date", 2),
    ("death_date", 1),
    ("insured", 2),
];

#[test]
fn every_link_key_and_question_id_is_written_once() {
    let mut src = String::new();
    sources(Path::new("src"), &mut src);
    let mut keys: Vec<&str> = vec![DATE_KEY, VERSION_KEY, DATA_KEY, AT_KEY, RET_KEY];
    keys.extend(Field::ALL.iter().map(|f| f.key()));
    keys.extend(gongshang::benefits::Field::ALL.iter().map(|f| f.key()));
    keys.push(WAGES_KEY);
    for tool in self_checks() {
        keys.extend(tool.flow.questions.iter().map(|q| q.id));
    }
    keys.sort_unstable();
    keys.dedup();
    for key in keys {
        let count = src.matches(&format!("\"{key}\"")).count();
        let allowed = SHARED_WORDS
            .iter()
            .find(|(w, _)| *w == key)
            .map_or(1, |(_, n)| 1 + n);
        assert_eq!(
            count, allowed,
            "`\"{key}\"` is written {count} times in src/"
        );
    }
}

/// The rule tests find a self-check's results by their findings, never by their words:
/// they do not read an item's title or detail, or a headline.
#[test]
fn no_rule_test_reads_a_results_words() {
    // Every self-check's flow test, whatever tools there are, and the data-horizon test.
    let mut files: Vec<String> = fs::read_dir("tests")
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with("_flow.rs"))
        .collect();
    files.push("tests/after_the_data.rs".into());
    assert_eq!(files.len(), self_checks().count() + 1, "{files:?}");
    for file in files {
        for (n, line) in fs::read_to_string(&file).unwrap().lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for words in [".title", ".detail", "headline"] {
                assert!(!code.contains(words), "{file}:{}: {line}", n + 1);
            }
        }
    }
}

/// Each option of a self-check question is a variant of that question's `choices!` enum:
/// in the self-check's own files its link word is written only there, so routing and rules
/// match on the variant. (Other tools may use the same word for an answer of their own.)
#[test]
fn every_option_word_is_written_only_where_its_enum_declares_it() {
    let declares = |line: &str, word: &str| {
        let line = line.trim();
        line.strip_suffix(',')
            .unwrap_or(line)
            .split_once(" = ")
            .is_some_and(|(variant, w)| {
                w == format!("\"{word}\"")
                    && variant
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_uppercase())
                    && variant.chars().all(|c| c.is_ascii_alphanumeric())
            })
    };
    let mut stray = Vec::new();
    for tool in self_checks() {
        let mut src = String::new();
        sources(
            &Path::new("src").join(tool.path.trim_start_matches('/')),
            &mut src,
        );
        assert!(!src.is_empty(), "no source under src{}", tool.path);
        // Comments may quote a word; code may not.
        let lines: Vec<&str> = src
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect();
        for q in tool.flow.questions {
            let options = match &q.kind {
                Kind::Choice(options) | Kind::Multi { options, .. } => *options,
                _ => continue,
            };
            for o in options {
                let quoted = format!("\"{}\"", o.key);
                for line in lines.iter().filter(|l| l.contains(&quoted)) {
                    if !declares(line, o.key) {
                        stray.push(format!("`{quoted}` (an option of `{}`): {line}", q.id));
                    }
                }
            }
        }
    }
    assert!(
        stray.is_empty(),
        "option words outside their choices! line:\n{}",
        stray.join("\n")
    );
}
