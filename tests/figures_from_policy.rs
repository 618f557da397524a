//! A figure `policy/` holds is never typed into a sentence in `src/`: prose takes it from
//! the parameter, so a new figure in `policy/` cannot leave a sentence saying the old one.
//! A figure typed beside a unit (`20%`, `12个月`, `16周岁`, `3倍`…) inside a string literal,
//! equal to a value some parameter holds, fails this test unless it is listed below with
//! why it is not that parameter's figure.

use gongshang::policy::{Value, ALL_PARAMS};
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// What may follow a figure in prose.
const UNITS: &[&str] = &[
    "%",
    "％",
    "‰",
    "个工作日",
    "个月",
    "周岁",
    "日",
    "天",
    "年",
    "倍",
    "元",
    "人",
    "小时",
    "级",
];

/// (file, the literal's text around the figure, why it is not policy's figure).
const NOT_POLICY: &[(&str, &str, &str)] = &[
    (
        "src/retirement.rs",
        "原法定退休年龄",
        "the law's name of a category, not its figures",
    ),
    (
        "src/enroll/questions.rs",
        "岗位一般为原55周岁",
        "the categories' names, explained",
    ),
    (
        "src/benefits/wage.rs",
        "12个月",
        "本人工资 is the 12 months before the injury (条例第六十四条)",
    ),
    ("src/benefits/form.rs", "12个月的工资", "the same 12 months"),
    ("src/ui/benefits.rs", "受伤前12个月", "the same 12 months"),
    ("src/ui/benefits.rs", "第一年（12个月）", "a year's months"),
    ("src/ui/premium/inputs.rs", "12 个月", "a year's months"),
    ("src/ui/premium/result.rs", "12 个月", "a year's months"),
    (
        "src/ui/premium/rate_section.rs",
        "100%",
        "the base rate itself, not a floating grade the data sets",
    ),
    ("src/premium/form/parse.rs", "100%", "the base rate itself"),
    ("src/ui/rules.rs", "其他情形：100%", "the base rate itself"),
    ("src/input.rs", "或 5‰", "how a rate may be typed"),
    (
        "src/premium/rate.rs",
        "例如 0.4 表示 0.4%",
        "how a rate may be typed",
    ),
    (
        "src/premium/project.rs",
        "10‰",
        "a plausibility check on a typed project rate, not a limit in force",
    ),
    (
        "src/enroll/wording.rs",
        "年满16周岁",
        "not yet a policy/ parameter (苏人社发〔2020〕6号); 16 is in the grade months list",
    ),
    (
        "src/enroll/questions.rs",
        "已满16周岁",
        "the same age, asked",
    ),
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every figure a parameter holds, as prose would write it (`0.5`, `12`, `300`).
fn policy_figures() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut add = |n: &Decimal| {
        out.insert(n.normalize().to_string());
    };
    for p in ALL_PARAMS {
        for v in p.values {
            match v.value {
                Value::Number(n) => add(&n),
                Value::List(list) => list.iter().for_each(&mut add),
                _ => {}
            }
        }
    }
    out
}

/// The string literals of a line of code (none in comments).
fn literals(line: &str) -> Vec<&str> {
    let code = line.trim_start();
    if code.starts_with("//") {
        return Vec::new();
    }
    line.split('"').skip(1).step_by(2).collect()
}

/// Each figure in a literal that a unit follows: (figure, unit).
fn figures_with_units(text: &str) -> Vec<(String, &'static str)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit()
            && (i == 0
                || !(chars[i - 1].is_ascii_digit()
                    || chars[i - 1] == '.'
                    || chars[i - 1] == '-'
                    || chars[i - 1] == '{'))
        {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let figure: String = chars[start..i].iter().collect();
            let rest: String = chars[i..].iter().collect();
            let rest = rest.trim_start();
            if let Some(unit) = UNITS.iter().find(|u| rest.starts_with(*u)) {
                out.push((figure.trim_end_matches('.').to_string(), *unit));
            }
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn no_sentence_types_a_figure_policy_holds() {
    let held = policy_figures();
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut typed = Vec::new();
    for file in files {
        let name = file.to_string_lossy().replace('\\', "/");
        // The policy layer's own types, not prose.
        if name.starts_with("src/policy/") {
            continue;
        }
        for (n, line) in fs::read_to_string(&file).unwrap().lines().enumerate() {
            for text in literals(line) {
                for (figure, unit) in figures_with_units(text) {
                    let excused = NOT_POLICY
                        .iter()
                        .any(|(f, t, _)| name.ends_with(f) && text.contains(t));
                    if held.contains(&figure) && !excused {
                        typed.push(format!("{name}:{}: {figure}{unit} in \"{text}\"", n + 1));
                    }
                }
            }
        }
    }
    assert!(
        typed.is_empty(),
        "figures policy/ holds, typed in src/ (take them from the parameter):\n{}",
        typed.join("\n")
    );
}

#[test]
fn the_scanner_finds_a_typed_figure() {
    assert_eq!(
        figures_with_units("上下浮动20%，另加 10%，一般不超过12个月，第6条"),
        vec![
            ("20".into(), "%"),
            ("10".into(), "%"),
            ("12".into(), "个月")
        ]
    );
    assert!(figures_with_units("{n}日内，2025-03-15，v2").is_empty());
    assert!(literals("    // \"20%\" in a comment").is_empty());
}
