//! Turns the reviewed policy data in `policy/*.toml` into Rust statics.
//!
//! The data files are what a policy reviewer reads and edits; compiling them
//! here means a malformed file fails the build with a message naming the file
//! and entry, and the WASM bundle carries no TOML parser. Whether the dated
//! values cover every day exactly once is proved by `tests/policy_coverage.rs`.

// The app's calendar and input rules, shared rather than repeated here; the build
// uses only part of them.
#[allow(dead_code)]
#[path = "src/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "src/input.rs"]
mod input;
#[allow(dead_code)]
#[path = "src/policy/vocabulary.rs"]
mod vocabulary;
use vocabulary::{Confidence, LunarDay, State};

use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::{env, fs, path::Path};
use toml::value::Datetime;

/// The data files with a shape of their own; every other `policy/*.toml` holds parameters.
const SPECIAL_FILES: &[&str] = &[
    "sources",
    "floating",
    "industries",
    "holidays",
    "meta",
    "channels",
];

/// The parameter files: every `policy/*.toml` that is not a special file, in name order.
fn param_files() -> Result<Vec<String>, String> {
    let entries = fs::read_dir("policy").map_err(|e| format!("policy/: {e}"))?;
    let mut names = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("policy/: {e}"))?.path();
        let name = path
            .file_stem()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.extension().is_some_and(|e| e == "toml") && !SPECIAL_FILES.contains(&name) {
            names.push(name.to_string());
        }
    }
    names.sort();
    Ok(names)
}

/// Where a person can ask or apply (`policy/channels.toml`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChannelsFile {
    channel: Vec<ChannelEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChannelEntry {
    name: String,
    how: String,
    sources: Vec<String>,
    confidence: String,
    checked: Datetime,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<SourceEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceEntry {
    id: String,
    doc_no: String,
    title: String,
    issuer: String,
    date: Option<Datetime>,
    urls: Vec<String>,
    kind: String,
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParamFile {
    param: Vec<ParamEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParamEntry {
    id: String,
    label: String,
    unit: String,
    #[serde(default)]
    description: String,
    /// Required when a value has a `to`: what to ask the office once that period is over.
    #[serde(default)]
    ask_when_carried: String,
    /// How a list value reads, its figures as `{0}`, `{1}`…: the data page says the rule
    /// in words without knowing which parameter it is.
    #[serde(default)]
    reads: String,
    value: Vec<ValueEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ValueEntry {
    from: Datetime,
    /// Only for a value published for a period (a year's base limits); a value set with
    /// no end date has none and lasts until the next value's `from`.
    to: Option<Datetime>,
    value: Option<String>,
    values: Option<Vec<String>>,
    state: Option<String>,
    unknown: Option<String>,
    possible: Option<Vec<String>>,
    #[serde(default)]
    provisional: bool,
    sources: Vec<String>,
    confidence: String,
    checked: Datetime,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FloatingFile {
    cycle: Vec<CycleEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CycleEntry {
    from: Datetime,
    to: Datetime,
    unknown: Option<String>,
    #[serde(default)]
    window: String,
    sources: Vec<String>,
    confidence: String,
    checked: Datetime,
    #[serde(default)]
    note: String,
    #[serde(default)]
    flag: Vec<FlagEntry>,
    #[serde(default)]
    rule: Vec<RuleEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FlagEntry {
    id: String,
    question: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleEntry {
    grade: u16,
    text: String,
    any: Vec<ConditionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConditionEntry {
    payout_above: Option<String>,
    payout_at_most: Option<String>,
    incidence_above: Option<String>,
    incidence_at_most: Option<String>,
    #[serde(default)]
    flags: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IndustriesFile {
    division2011: Vec<Division2011>,
    division2017: Vec<Division2017>,
    #[serde(default)]
    everyday: Vec<EverydayEntry>,
}

/// Everyday names of a 2011 division, for search only.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EverydayEntry {
    code: String,
    words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Division2011 {
    code: String,
    name: String,
    class: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Division2017 {
    code: String,
    name: String,
    from2011: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidaysFile {
    year: Vec<HolidayYearEntry>,
    law: Vec<HolidayLawEntry>,
    lunar: LunarTable,
}

/// The statutory holidays of 全国年节及纪念日放假办法第二条, from a date on.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidayLawEntry {
    from: Datetime,
    sources: Vec<String>,
    confidence: String,
    checked: Datetime,
    #[serde(default)]
    note: String,
    day: Vec<StatutoryDayEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatutoryDayEntry {
    name: String,
    /// `MM-DD` for a day of the Gregorian calendar.
    date: Option<String>,
    /// A [`LunarDay`] word.
    lunar: Option<String>,
    days: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LunarTable {
    confidence: String,
    checked: Datetime,
    note: String,
    years: Vec<LunarYearEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LunarYearEntry {
    year: i32,
    #[serde(rename = "正月初一")]
    new_year: Datetime,
    #[serde(rename = "清明")]
    qingming: Datetime,
    #[serde(rename = "端午")]
    duanwu: Datetime,
    #[serde(rename = "中秋")]
    zhongqiu: Datetime,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidayYearEntry {
    year: i32,
    doc_no: String,
    title: String,
    issued: Option<Datetime>,
    urls: Vec<String>,
    confidence: String,
    checked: Datetime,
    #[serde(default)]
    note: String,
    workdays: Vec<Datetime>,
    holiday: Vec<HolidayEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidayEntry {
    name: String,
    from: Datetime,
    to: Datetime,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaFile {
    version: String,
    covered_from: Datetime,
    checked: Datetime,
    changelog: Vec<ChangelogEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangelogEntry {
    version: String,
    date: Datetime,
    text: String,
}

fn main() {
    println!("cargo:rerun-if-changed=policy");
    println!("cargo:rerun-if-changed=src/date.rs");
    println!("cargo:rerun-if-changed=src/input.rs");
    let out = match generate() {
        Ok(code) => code,
        Err(message) => {
            // A build script reports errors by failing; the message names the file and entry.
            eprintln!("policy data error: {message}");
            std::process::exit(1);
        }
    };
    let path = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("policy_data.rs");
    fs::write(path, out).expect("write generated policy data");
}

fn read<T: for<'de> Deserialize<'de>>(name: &str) -> Result<T, String> {
    let path = format!("policy/{name}.toml");
    let text = fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    toml::from_str(&text).map_err(|e| format!("{path}: {e}"))
}

fn generate() -> Result<String, String> {
    let mut code = String::from(
        "// Generated by build.rs from policy/*.toml. Edit the data files, not this.\n\n",
    );
    let sources: SourcesFile = read("sources")?;
    let source_ids = emit_sources(&mut code, &sources)?;
    let cites = |context: &str, refs: &[String]| cite_list(context, refs, &source_ids);

    let mut all = Vec::new();
    for file in param_files()? {
        let params: ParamFile = read(&file)?;
        for p in &params.param {
            let context = format!("policy/{file}.toml, param {}", p.id);
            emit_param(&mut code, p, &context, &cites)?;
            all.push(const_name(&p.id));
        }
    }
    let unique: HashSet<_> = all.iter().collect();
    if unique.len() != all.len() {
        return Err("two parameters share an id".into());
    }
    writeln!(
        code,
        "pub static ALL_PARAMS: [&Param; {}] = [{}];",
        all.len(),
        all.iter()
            .map(|n| format!("&{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .ok();

    let floating: FloatingFile = read("floating")?;
    emit_cycles(&mut code, &floating, &cites)?;
    let industries: IndustriesFile = read("industries")?;
    emit_industries(&mut code, &industries)?;
    let channels: ChannelsFile = read("channels")?;
    emit_channels(&mut code, &channels, &cites)?;
    let holidays: HolidaysFile = read("holidays")?;
    emit_holidays(&mut code, &holidays)?;
    emit_holiday_laws(&mut code, &holidays, &cites)?;
    let meta: MetaFile = read("meta")?;
    emit_meta(&mut code, &meta)?;
    Ok(code)
}

fn const_name(id: &str) -> String {
    id.to_ascii_uppercase()
}

/// A data date, checked by the app's own calendar rules (`src/date.rs`).
fn date(context: &str, d: &Datetime) -> Result<String, String> {
    let text = d.to_string();
    let parsed = date::Date::parse(&text)
        .ok()
        .filter(|p| p.to_string() == text)
        .ok_or_else(|| format!("{context}: `{text}` is not a date (YYYY-MM-DD)"))?;
    Ok(format!(
        "Date::new_unchecked({}, {}, {})",
        parsed.year(),
        parsed.month(),
        parsed.day()
    ))
}

fn decimal(context: &str, text: &str) -> Result<String, String> {
    let d: Decimal = text
        .parse()
        .map_err(|_| format!("{context}: `{text}` is not a number"))?;
    if d.is_sign_negative() {
        return Err(format!("{context}: `{text}` is negative"));
    }
    let m = d.mantissa().unsigned_abs();
    Ok(format!(
        "Decimal::from_parts({}, {}, {}, false, {})",
        m as u32,
        (m >> 32) as u32,
        (m >> 64) as u32,
        d.scale()
    ))
}

fn decimals(context: &str, list: &[String]) -> Result<String, String> {
    let items: Result<Vec<_>, _> = list.iter().map(|t| decimal(context, t)).collect();
    Ok(format!("&[{}]", items?.join(", ")))
}

/// The variant of `all` whose data word is `word`, as Rust source (`Official`), or an
/// error listing the words the data may use.
fn variant<T: Copy + std::fmt::Debug>(
    context: &str,
    what: &str,
    word: &str,
    all: &[T],
    word_of: fn(T) -> &'static str,
) -> Result<String, String> {
    match all.iter().find(|v| word_of(**v) == word) {
        Some(v) => Ok(format!("{v:?}")),
        None => {
            let words: Vec<&str> = all.iter().map(|v| word_of(*v)).collect();
            Err(format!(
                "{context}: {what} `{word}` is not one of {}",
                words.join(", ")
            ))
        }
    }
}

fn confidence(context: &str, word: &str) -> Result<String, String> {
    variant(
        context,
        "confidence",
        word,
        &Confidence::ALL,
        Confidence::word,
    )
}

fn state(context: &str, word: &str) -> Result<String, String> {
    variant(context, "state", word, &State::ALL, State::word)
}

fn s(text: &str) -> String {
    format!("{text:?}")
}

fn emit_sources(code: &mut String, file: &SourcesFile) -> Result<HashSet<String>, String> {
    let mut ids = HashSet::new();
    for src in &file.source {
        let context = format!("policy/sources.toml, source {}", src.id);
        if !ids.insert(src.id.clone()) {
            return Err(format!("{context}: duplicate id"));
        }
        let d = match &src.date {
            Some(d) => format!("Some({})", date(&context, d)?),
            None => "None".into(),
        };
        writeln!(
            code,
            "pub static SRC_{}: Source = Source {{ id: {}, doc_no: {}, title: {}, issuer: {}, date: {d}, urls: &[{}], kind: Confidence::{}, note: {} }};",
            const_name(&src.id.replace('-', "_")),
            s(&src.id),
            s(&src.doc_no),
            s(&src.title),
            s(&src.issuer),
            src.urls.iter().map(|u| s(u)).collect::<Vec<_>>().join(", "),
            confidence(&context, &src.kind)?,
            s(&src.note)
        )
        .ok();
    }
    let names: Vec<String> = file
        .source
        .iter()
        .map(|src| format!("&SRC_{}", const_name(&src.id.replace('-', "_"))))
        .collect();
    writeln!(
        code,
        "pub static ALL_SOURCES: [&Source; {}] = [{}];\n",
        names.len(),
        names.join(", ")
    )
    .ok();
    Ok(ids)
}

fn cite_list(context: &str, refs: &[String], known: &HashSet<String>) -> Result<String, String> {
    if refs.is_empty() {
        return Err(format!("{context}: every value needs at least one source"));
    }
    let mut items = Vec::new();
    for r in refs {
        let (id, pinpoint) = r.split_once(':').unwrap_or((r.as_str(), ""));
        if !known.contains(id) {
            return Err(format!(
                "{context}: source `{id}` is not in policy/sources.toml"
            ));
        }
        items.push(format!(
            "Citation {{ source: &SRC_{}, pinpoint: {} }}",
            const_name(&id.replace('-', "_")),
            s(pinpoint)
        ));
    }
    Ok(format!("&[{}]", items.join(", ")))
}

/// Turns `["id:条款", …]` into a Rust slice of citations, or says what is wrong.
type Cites<'a> = dyn Fn(&str, &[String]) -> Result<String, String> + 'a;

fn emit_param(
    code: &mut String,
    p: &ParamEntry,
    context: &str,
    cites: &Cites,
) -> Result<(), String> {
    if p.id.is_empty()
        || !p
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        return Err(format!("{context}: ids are lower_snake_case"));
    }
    if p.value.is_empty() {
        return Err(format!("{context}: no values"));
    }
    if p.value.iter().any(|v| v.to.is_some()) && p.ask_when_carried.is_empty() {
        return Err(format!(
            "{context}: a value has `to`, so give `ask_when_carried` (what to ask once that period is over)"
        ));
    }
    let mut values = Vec::new();
    let mut previous: Option<(String, Option<String>)> = None;
    for (i, v) in p.value.iter().enumerate() {
        let context = format!("{context}, value #{}", i + 1);
        let kinds = [
            v.value.is_some(),
            v.values.is_some(),
            v.state.is_some(),
            v.unknown.is_some(),
        ];
        if kinds.iter().filter(|k| **k).count() != 1 {
            return Err(format!(
                "{context}: give exactly one of value, values, state, unknown"
            ));
        }
        if v.possible.is_some() && v.unknown.is_none() {
            return Err(format!("{context}: `possible` only goes with `unknown`"));
        }
        if let Some(xs) = &v.values {
            check_reads(&context, &p.reads, xs.len())?;
        }
        let value = if let Some(x) = &v.value {
            format!("Value::Number({})", decimal(&context, x)?)
        } else if let Some(xs) = &v.values {
            format!("Value::List({})", decimals(&context, xs)?)
        } else if let Some(t) = &v.state {
            format!("Value::State(State::{})", state(&context, t)?)
        } else {
            let possible = decimals(&context, v.possible.as_deref().unwrap_or(&[]))?;
            format!(
                "Value::Unknown {{ guidance: {}, possible: {possible} }}",
                s(v.unknown.as_deref().unwrap_or(""))
            )
        };
        let from_text = v.from.to_string();
        let to_text = v.to.as_ref().map(|t| t.to_string());
        if let Some(to) = &to_text {
            if from_text > *to {
                return Err(format!("{context}: `from` is after `to`"));
            }
        }
        if let Some((prev_from, prev_to)) = &previous {
            if from_text <= *prev_from || prev_to.as_ref().is_some_and(|t| from_text <= *t) {
                return Err(format!(
                    "{context}: starts before the previous value ends; list values in date order without overlap"
                ));
            }
        }
        previous = Some((from_text, to_text));
        let to = match &v.to {
            Some(t) => format!("Some({})", date(&context, t)?),
            None => "None".into(),
        };
        values.push(format!(
            "DatedValue {{ from: {}, to: {to}, value: {value}, citations: {}, confidence: Confidence::{}, checked: {}, provisional: {}, note: {} }}",
            date(&context, &v.from)?,
            cites(&context, &v.sources)?,
            confidence(&context, &v.confidence)?,
            date(&context, &v.checked)?,
            v.provisional,
            s(&v.note)
        ));
    }
    writeln!(
        code,
        "pub static {}: Param = Param {{ id: {}, label: {}, unit: {}, description: {}, ask_when_carried: {}, reads: {}, values: &[\n    {}\n] }};\n",
        const_name(&p.id),
        s(&p.id),
        s(&p.label),
        s(&p.unit),
        s(&p.description),
        s(&p.ask_when_carried),
        s(&p.reads),
        values.join(",\n    ")
    )
    .ok();
    Ok(())
}

/// `reads` names each figure of a list once, `{0}` to `{n-1}`, and nothing else in braces.
fn check_reads(context: &str, reads: &str, figures: usize) -> Result<(), String> {
    if reads.is_empty() {
        return Ok(());
    }
    let mut named = vec![false; figures];
    let mut rest = reads;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .ok_or_else(|| format!("{context}: `reads` has an unclosed brace"))?;
        let slot: usize = rest[open + 1..open + close]
            .parse()
            .map_err(|_| format!("{context}: `reads` slots are {{0}}, {{1}}…"))?;
        *named.get_mut(slot).ok_or_else(|| {
            format!("{context}: `reads` names figure {{{slot}}}, the list has {figures}")
        })? = true;
        rest = &rest[open + close + 1..];
    }
    match named.iter().position(|n| !n) {
        Some(i) => Err(format!("{context}: `reads` does not say figure {{{i}}}")),
        None => Ok(()),
    }
}

fn emit_cycles(code: &mut String, file: &FloatingFile, cites: &Cites) -> Result<(), String> {
    let mut cycles = Vec::new();
    let mut previous_to: Option<String> = None;
    for (i, c) in file.cycle.iter().enumerate() {
        let context = format!("policy/floating.toml, cycle #{}", i + 1);
        let (from, to) = (c.from.to_string(), c.to.to_string());
        if from > to || previous_to.as_ref().is_some_and(|p| from <= *p) {
            return Err(format!(
                "{context}: list cycles in date order, each ending after it starts, without overlap"
            ));
        }
        previous_to = Some(to);
        let body = match &c.unknown {
            Some(guidance) => {
                if !c.rule.is_empty() || !c.flag.is_empty() {
                    return Err(format!("{context}: an unknown cycle has no rules or flags"));
                }
                format!("CycleBody::Unknown({})", s(guidance))
            }
            None => {
                if c.rule.is_empty() {
                    return Err(format!("{context}: no rules"));
                }
                let flag_ids: HashSet<&str> = c.flag.iter().map(|f| f.id.as_str()).collect();
                let flags: Vec<String> = c
                    .flag
                    .iter()
                    .map(|f| {
                        format!(
                            "FlagQuestion {{ id: {}, question: {} }}",
                            s(&f.id),
                            s(&f.question)
                        )
                    })
                    .collect();
                let mut rules = Vec::new();
                for r in &c.rule {
                    if ![50, 80, 100, 120, 150].contains(&r.grade) {
                        return Err(format!(
                            "{context}: grade {} is not 50/80/100/120/150",
                            r.grade
                        ));
                    }
                    let mut conditions = Vec::new();
                    for cond in &r.any {
                        for f in &cond.flags {
                            if !flag_ids.contains(f.as_str()) {
                                return Err(format!("{context}: flag `{f}` has no question"));
                            }
                        }
                        let bound = |b: &Option<String>| -> Result<String, String> {
                            Ok(match b {
                                Some(t) => format!("Some({})", decimal(&context, t)?),
                                None => "None".into(),
                            })
                        };
                        conditions.push(format!(
                            "Condition {{ payout_above: {}, payout_at_most: {}, incidence_above: {}, incidence_at_most: {}, flags: &[{}] }}",
                            bound(&cond.payout_above)?,
                            bound(&cond.payout_at_most)?,
                            bound(&cond.incidence_above)?,
                            bound(&cond.incidence_at_most)?,
                            cond.flags.iter().map(|f| s(f)).collect::<Vec<_>>().join(", ")
                        ));
                    }
                    rules.push(format!(
                        "FloatRule {{ grade: {}, text: {}, any: &[{}] }}",
                        r.grade,
                        s(&r.text),
                        conditions.join(", ")
                    ));
                }
                format!(
                    "CycleBody::Rules {{ flags: &[{}], rules: &[{}] }}",
                    flags.join(", "),
                    rules.join(",\n        ")
                )
            }
        };
        cycles.push(format!(
            "Cycle {{ from: {}, to: {}, window: {}, body: {body}, citations: {}, confidence: Confidence::{}, checked: {}, note: {} }}",
            date(&context, &c.from)?,
            date(&context, &c.to)?,
            s(&c.window),
            cites(&context, &c.sources)?,
            confidence(&context, &c.confidence)?,
            date(&context, &c.checked)?,
            s(&c.note)
        ));
    }
    writeln!(
        code,
        "pub static FLOAT_CYCLES: [Cycle; {}] = [\n    {}\n];\n",
        cycles.len(),
        cycles.join(",\n    ")
    )
    .ok();
    Ok(())
}

/// (2011 code, 2017 code, classes, matched to the 2011 table by us).
type MergedRow = (Option<String>, Option<String>, Vec<u8>, bool);

/// Merges both editions into one searchable list: one row per distinct name,
/// carrying the code in each edition that uses the name and the possible classes.
fn emit_industries(code: &mut String, file: &IndustriesFile) -> Result<(), String> {
    let context = "policy/industries.toml";
    let mut by_code_2011 = BTreeMap::new();
    for d in &file.division2011 {
        if !(1..=8).contains(&d.class) {
            return Err(format!(
                "{context}: 2011 division {} has class {}",
                d.code, d.class
            ));
        }
        if by_code_2011.insert(d.code.as_str(), d).is_some() {
            return Err(format!("{context}: 2011 division {} appears twice", d.code));
        }
    }
    let mut rows: BTreeMap<String, MergedRow> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for d in &file.division2011 {
        order.push(d.name.clone());
        rows.insert(
            d.name.clone(),
            (Some(d.code.clone()), None, vec![d.class], false),
        );
    }
    for d in &file.division2017 {
        let (classes, derived) = match &d.from2011 {
            Some(codes) => {
                let mut classes = Vec::new();
                for c in codes {
                    let old = by_code_2011.get(c.as_str()).ok_or_else(|| {
                        format!(
                            "{context}: 2017 division {} maps to unknown 2011 code {c}",
                            d.code
                        )
                    })?;
                    if !classes.contains(&old.class) {
                        classes.push(old.class);
                    }
                }
                classes.sort_unstable();
                (classes, true)
            }
            None => {
                let same = file
                    .division2011
                    .iter()
                    .find(|o| o.name == d.name)
                    .ok_or_else(|| {
                        format!(
                            "{context}: 2017 division {} `{}` matches no 2011 name; add from2011",
                            d.code, d.name
                        )
                    })?;
                (vec![same.class], false)
            }
        };
        match rows.get_mut(&d.name) {
            Some(row) => row.1 = Some(d.code.clone()),
            None => {
                order.push(d.name.clone());
                rows.insert(
                    d.name.clone(),
                    (None, Some(d.code.clone()), classes, derived),
                );
            }
        }
    }
    let mut everyday: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for e in &file.everyday {
        if !by_code_2011.contains_key(e.code.as_str()) {
            return Err(format!(
                "{context}: everyday words for unknown 2011 code {}",
                e.code
            ));
        }
        if let Some(w) = e.words.iter().find(|w| w.chars().count() < 2) {
            return Err(format!(
                "{context}: everyday word `{w}` ({}) is shorter than two characters",
                e.code
            ));
        }
        everyday
            .entry(e.code.as_str())
            .or_default()
            .extend(e.words.iter().map(String::as_str));
    }
    let opt = |o: &Option<String>| {
        o.as_ref()
            .map_or("None".to_string(), |c| format!("Some({})", s(c)))
    };
    let items: Vec<String> = order
        .iter()
        .map(|name| {
            let (c11, c17, classes, derived) = &rows[name];
            let words: Vec<String> = c11
                .as_deref()
                .and_then(|c| everyday.get(c))
                .map(|w| w.iter().map(|w| s(w)).collect())
                .unwrap_or_default();
            format!(
                "Industry {{ name: {}, code2011: {}, code2017: {}, classes: &{:?}, renamed_in_2017: {}, words: &[{}] }}",
                s(name),
                opt(c11),
                opt(c17),
                classes,
                derived,
                words.join(", ")
            )
        })
        .collect();
    writeln!(
        code,
        "pub static INDUSTRIES: [Industry; {}] = [\n    {}\n];\n",
        items.len(),
        items.join(",\n    ")
    )
    .ok();
    writeln!(
        code,
        "pub const DIVISIONS_2011: usize = {};\npub const DIVISIONS_2017: usize = {};\n",
        file.division2011.len(),
        file.division2017.len()
    )
    .ok();
    Ok(())
}

/// Each year's days off and make-up workdays, with the notice that set them.
fn emit_channels(code: &mut String, file: &ChannelsFile, cites: &Cites) -> Result<(), String> {
    let mut items = Vec::new();
    for (i, c) in file.channel.iter().enumerate() {
        let context = format!("policy/channels.toml, channel #{}", i + 1);
        if c.name.is_empty() || c.how.is_empty() {
            return Err(format!("{context}: a channel needs `name` and `how`"));
        }
        items.push(format!(
            "Channel {{ name: {}, how: {}, citations: {}, confidence: Confidence::{}, checked: {} }}",
            s(&c.name),
            s(&c.how),
            cites(&context, &c.sources)?,
            confidence(&context, &c.confidence)?,
            date(&context, &c.checked)?
        ));
    }
    writeln!(
        code,
        "pub static CHANNELS: &[Channel] = &[\n    {}\n];\n",
        items.join(",\n    ")
    )
    .ok();
    Ok(())
}

fn emit_holidays(code: &mut String, file: &HolidaysFile) -> Result<(), String> {
    let mut years = Vec::new();
    for y in &file.year {
        let context = format!("policy/holidays.toml, year {}", y.year);
        if y.urls.is_empty() {
            return Err(format!("{context}: give the page the notice was read on"));
        }
        let mut days_off = Vec::new();
        for h in &y.holiday {
            if h.from.to_string() > h.to.to_string() {
                return Err(format!("{context}, {}: `from` is after `to`", h.name));
            }
            days_off.push(format!(
                "({}, {}, {})",
                s(&h.name),
                date(&context, &h.from)?,
                date(&context, &h.to)?
            ));
        }
        let workdays: Result<Vec<String>, String> =
            y.workdays.iter().map(|d| date(&context, d)).collect();
        let issued = match &y.issued {
            Some(d) => format!("Some({})", date(&context, d)?),
            None => "None".into(),
        };
        years.push(format!(
            "HolidayYear {{ year: {}, doc_no: {}, title: {}, issued: {issued}, urls: &[{}], confidence: Confidence::{}, checked: {}, note: {}, days_off: &[{}], workdays: &[{}] }}",
            y.year,
            s(&y.doc_no),
            s(&y.title),
            y.urls.iter().map(|u| s(u)).collect::<Vec<_>>().join(", "),
            confidence(&context, &y.confidence)?,
            date(&context, &y.checked)?,
            s(&y.note),
            days_off.join(", "),
            workdays?.join(", ")
        ));
    }
    writeln!(
        code,
        "pub static HOLIDAY_YEARS: [HolidayYear; {}] = [\n    {}\n];\n",
        years.len(),
        years.join(",\n    ")
    )
    .ok();
    Ok(())
}

/// The statutory holidays by period, and the lunar table that dates them, for years
/// without a notice.
fn emit_holiday_laws(code: &mut String, file: &HolidaysFile, cites: &Cites) -> Result<(), String> {
    let mut laws = Vec::new();
    let mut last_from = String::new();
    for law in &file.law {
        let context = format!("policy/holidays.toml, law from {}", law.from);
        if law.from.to_string() <= last_from {
            return Err(format!("{context}: laws must be in order of `from`"));
        }
        last_from = law.from.to_string();
        let mut days = Vec::new();
        for d in &law.day {
            let context = format!("{context}, {}", d.name);
            if d.days == 0 {
                return Err(format!("{context}: `days` must be at least 1"));
            }
            let anchor = match (&d.date, &d.lunar) {
                (Some(md), None) => {
                    let (m, dd) = md
                        .split_once('-')
                        .and_then(|(m, dd)| Some((m.parse::<u8>().ok()?, dd.parse::<u8>().ok()?)))
                        .filter(|(m, dd)| date::Date::new(2000, *m, *dd).is_some())
                        .ok_or_else(|| {
                            format!("{context}: `{md}` is not a month and day (MM-DD)")
                        })?;
                    format!("Anchor::Solar {{ month: {m}, day: {dd} }}")
                }
                (None, Some(word)) => format!(
                    "Anchor::Lunar(LunarDay::{})",
                    variant(&context, "lunar day", word, &LunarDay::ALL, LunarDay::word)?
                ),
                _ => return Err(format!("{context}: give either `date` or `lunar`")),
            };
            days.push(format!(
                "StatutoryDay {{ name: {}, anchor: {anchor}, days: {} }}",
                s(&d.name),
                d.days
            ));
        }
        laws.push(format!(
            "HolidayLaw {{ from: {}, citations: {}, confidence: Confidence::{}, checked: {}, note: {}, days: &[{}] }}",
            date(&context, &law.from)?,
            cites(&context, &law.sources)?,
            confidence(&context, &law.confidence)?,
            date(&context, &law.checked)?,
            s(&law.note),
            days.join(", ")
        ));
    }
    writeln!(
        code,
        "pub static HOLIDAY_LAWS: [HolidayLaw; {}] = [\n    {}\n];\n",
        laws.len(),
        laws.join(",\n    ")
    )
    .ok();

    let table = &file.lunar;
    let context = "policy/holidays.toml, lunar";
    let mut years = Vec::new();
    for (i, y) in table.years.iter().enumerate() {
        let context = format!("{context}, year {}", y.year);
        if i > 0 && table.years[i - 1].year + 1 != y.year {
            return Err(format!("{context}: years must follow one another"));
        }
        let days = [&y.new_year, &y.qingming, &y.duanwu, &y.zhongqiu];
        if days
            .iter()
            .any(|d| !d.to_string().starts_with(&format!("{}-", y.year)))
            || days
                .windows(2)
                .any(|w| w[0].to_string() >= w[1].to_string())
        {
            return Err(format!(
                "{context}: the days must fall in that year, in the order 正月初一, 清明, 端午, 中秋"
            ));
        }
        years.push(format!(
            "LunarYear {{ year: {}, new_year: {}, qingming: {}, duanwu: {}, zhongqiu: {} }}",
            y.year,
            date(&context, &y.new_year)?,
            date(&context, &y.qingming)?,
            date(&context, &y.duanwu)?,
            date(&context, &y.zhongqiu)?
        ));
    }
    writeln!(
        code,
        "pub static LUNAR: LunarTable = LunarTable {{ confidence: Confidence::{}, checked: {}, note: {}, years: &[\n    {}\n] }};\n",
        confidence(context, &table.confidence)?,
        date(context, &table.checked)?,
        s(&table.note),
        years.join(",\n    ")
    )
    .ok();
    Ok(())
}

fn emit_meta(code: &mut String, meta: &MetaFile) -> Result<(), String> {
    let context = "policy/meta.toml";
    writeln!(code, "pub const DATA_VERSION: &str = {};", s(&meta.version)).ok();
    writeln!(
        code,
        "pub const COVERED_FROM: Date = {};",
        date(context, &meta.covered_from)?
    )
    .ok();
    writeln!(
        code,
        "pub const DATA_CHECKED: Date = {};",
        date(context, &meta.checked)?
    )
    .ok();
    let entries: Result<Vec<String>, String> = meta
        .changelog
        .iter()
        .map(|c| {
            Ok(format!(
                "ChangelogEntry {{ version: {}, date: {}, text: {} }}",
                s(&c.version),
                date(context, &c.date)?,
                s(&c.text)
            ))
        })
        .collect();
    let entries = entries?;
    writeln!(
        code,
        "pub static CHANGELOG: [ChangelogEntry; {}] = [{}];",
        entries.len(),
        entries.join(", ")
    )
    .ok();
    Ok(())
}
