//! Dated policy parameters with their sources, compiled from `policy/*.toml`.
//!
//! Every figure the rules use comes from here through [`Param::at`], which
//! answers for one day or says why it cannot: the day is outside the data, or
//! the figure for that day was not found. Nothing falls back to a neighbour.

use crate::date::Date;
use rust_decimal::Decimal;
use std::fmt;

mod vocabulary;
pub use vocabulary::{Confidence, LunarDay, State};

mod data {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/policy_data.rs"));
}
pub use data::*;

#[derive(Debug)]
pub struct Source {
    pub id: &'static str,
    pub doc_no: &'static str,
    pub title: &'static str,
    pub issuer: &'static str,
    pub date: Option<Date>,
    pub urls: &'static [&'static str],
    pub kind: Confidence,
    pub note: &'static str,
}

/// A source and, where it matters, the article within it.
#[derive(Clone, Copy, Debug)]
pub struct Citation {
    pub source: &'static Source,
    pub pinpoint: &'static str,
}

/// A citation of `source`, at `pinpoint` (an article, or "" for the whole document).
pub const fn cite(source: &'static Source, pinpoint: &'static str) -> Citation {
    Citation { source, pinpoint }
}

impl fmt::Display for Citation {
    /// `《中华人民共和国社会保险法》第八十六条`, or with the 文号 for documents that have one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let src = self.source;
        if src.doc_no.contains('〔') {
            let doc_no = src.doc_no.split('（').next().unwrap_or(src.doc_no);
            write!(f, "{doc_no}《{}》", src.title)?;
        } else {
            write!(f, "《{}》", src.title)?;
        }
        let p = self.pinpoint;
        let section_number = !p.is_empty() && p.chars().all(|c| "一二三四五六七八九十".contains(c));
        if p.starts_with('第') {
            write!(f, "{p}")?;
        } else if section_number {
            write!(f, "第{p}部分")?;
        } else if !p.is_empty() {
            write!(f, " {p}")?;
        }
        Ok(())
    }
}

#[derive(Debug)]
pub enum Value {
    Number(Decimal),
    List(&'static [Decimal]),
    /// A rule's state for the period; the build accepts only the states named in [`State`].
    State(State),
    /// No figure was found for the period. `possible` lists the values it could
    /// take, where the sources bound it; the page shows them as a range.
    Unknown {
        guidance: &'static str,
        possible: &'static [Decimal],
    },
}

/// Where a person can ask or apply, with its source (`policy/channels.toml`).
#[derive(Debug)]
pub struct Channel {
    pub name: &'static str,
    pub how: &'static str,
    pub citations: &'static [Citation],
    pub confidence: Confidence,
    pub checked: Date,
}

/// One value and when it applies.
///
/// A value with no `to` was set by a document with no end date: it stays in force
/// until a later value replaces it. A value with a `to` was published for that
/// period only; past it, with nothing newer in the data, it is carried forward
/// as provisional (see [`InForce::carried`]).
#[derive(Debug)]
pub struct DatedValue {
    pub from: Date,
    pub to: Option<Date>,
    pub value: Value,
    pub citations: &'static [Citation],
    pub confidence: Confidence,
    pub checked: Date,
    /// A 暂行/暂按 figure, to be settled when the final one is published.
    pub provisional: bool,
    pub note: &'static str,
}

impl DatedValue {
    /// Shown beside the figure: 待核实 when the source is weak or the figure provisional.
    pub fn needs_checking(&self) -> bool {
        self.confidence.needs_checking()
            || self.provisional
            || matches!(self.value, Value::Unknown { .. })
    }

    /// `2025-01-01 至 2025-12-31`, or `2021-02-01 起` for a value with no end date.
    pub fn period(&self) -> String {
        match self.to {
            Some(to) => format!("{} 至 {to}", self.from),
            None => format!("{} 起", self.from),
        }
    }
}

/// A dated value (or cycle) as it applies on one day.
#[derive(Debug)]
pub struct InForce<T: 'static> {
    pub entry: &'static T,
    /// The day lies past the period the value was published for and the data has
    /// nothing newer, so the value is carried forward: provisional, 待核实.
    pub carried: bool,
    /// What to ask the office about a carried value (the parameter's guidance).
    pub ask: &'static str,
}

// Written out because a derive would require `T: Clone`; only the reference is copied.
impl<T> Clone for InForce<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for InForce<T> {}

impl<T> std::ops::Deref for InForce<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.entry
    }
}

impl InForce<DatedValue> {
    pub fn needs_checking(&self) -> bool {
        self.carried || self.entry.needs_checking()
    }
}

/// The entry in force on `day` among entries sorted by start: the last one that has
/// started. `None` before the first.
fn in_force<T>(
    entries: &'static [T],
    day: Date,
    from: impl Fn(&T) -> Date,
    to: impl Fn(&T) -> Option<Date>,
    ask: &'static str,
) -> Option<InForce<T>> {
    let entry = entries.iter().rev().find(|e| from(e) <= day)?;
    let carried = to(entry).is_some_and(|end| day > end);
    Some(InForce {
        entry,
        carried,
        ask,
    })
}

#[derive(Debug)]
pub struct Param {
    pub id: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub description: &'static str,
    /// What to ask the office when a value published for a period is carried past it.
    pub ask_when_carried: &'static str,
    /// How a list value reads, its figures as `{0}`, `{1}`… (empty: the figures, listed).
    pub reads: &'static str,
    /// Sorted by `from`; `build.rs` checks that no two overlap.
    pub values: &'static [DatedValue],
}

/// Why a parameter has no usable figure for a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PolicyError {
    /// The day is before the first value of the parameter.
    BeforeData {
        param: &'static str,
        day: Date,
        first: Date,
    },
    /// The day is covered, but the figure was not found; the guidance says where to look.
    NotFound {
        param: &'static str,
        day: Date,
        guidance: &'static str,
    },
    /// The data holds a different kind of value than the rule expects (a data-file slip).
    WrongKind { param: &'static str, day: Date },
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PolicyError::BeforeData { param, day, first } => write!(
                f,
                "{day} 早于本工具收录的“{param}”（自 {first} 起）。请改用 {first} 以后的日期，或以经办机构核定为准。"
            ),
            PolicyError::NotFound { param, day, guidance } => {
                write!(f, "{day} 适用的“{param}”未找到：{guidance}")
            }
            PolicyError::WrongKind { param, day } => {
                write!(f, "“{param}”在 {day} 的数据格式有误，请联系维护人员。")
            }
        }
    }
}

impl Param {
    /// The value in force on `day`, or why there is none.
    pub fn at(&'static self, day: Date) -> Result<InForce<DatedValue>, PolicyError> {
        in_force(
            self.values,
            day,
            |v| v.from,
            |v| v.to,
            self.ask_when_carried,
        )
        .ok_or(PolicyError::BeforeData {
            param: self.label,
            day,
            first: self.values.first().map_or(day, |v| v.from),
        })
    }

    /// The first value that starts after `day`: a change already decided, e.g. to announce it.
    pub fn next_after(&'static self, day: Date) -> Option<&'static DatedValue> {
        self.values.iter().find(|v| v.from > day)
    }

    fn known(&'static self, day: Date) -> Result<InForce<DatedValue>, PolicyError> {
        let v = self.at(day)?;
        match v.value {
            Value::Unknown { guidance, .. } => Err(PolicyError::NotFound {
                param: self.label,
                day,
                guidance,
            }),
            _ => Ok(v),
        }
    }

    fn wrong_kind(&'static self, day: Date) -> PolicyError {
        PolicyError::WrongKind {
            param: self.label,
            day,
        }
    }

    pub fn number(&'static self, day: Date) -> Result<(Decimal, InForce<DatedValue>), PolicyError> {
        let v = self.known(day)?;
        match v.value {
            Value::Number(n) => Ok((n, v)),
            _ => Err(self.wrong_kind(day)),
        }
    }

    /// A whole number (days, years, a count): a value with a fraction is a data slip, never rounded.
    pub fn whole(&'static self, day: Date) -> Result<(u32, InForce<DatedValue>), PolicyError> {
        let (n, v) = self.number(day)?;
        whole(n).map(|n| (n, v)).ok_or(self.wrong_kind(day))
    }

    pub fn list(
        &'static self,
        day: Date,
    ) -> Result<(&'static [Decimal], InForce<DatedValue>), PolicyError> {
        let v = self.known(day)?;
        match v.value {
            Value::List(list) => Ok((list, v)),
            _ => Err(self.wrong_kind(day)),
        }
    }

    /// A list of whole numbers (e.g. the parts of the retirement rule).
    pub fn whole_list(
        &'static self,
        day: Date,
    ) -> Result<(Vec<u32>, InForce<DatedValue>), PolicyError> {
        let (list, v) = self.list(day)?;
        let wholes: Option<Vec<u32>> = list.iter().map(|n| whole(*n)).collect();
        wholes.map(|w| (w, v)).ok_or(self.wrong_kind(day))
    }

    pub fn state(&'static self, day: Date) -> Result<(State, InForce<DatedValue>), PolicyError> {
        let v = self.known(day)?;
        match v.value {
            Value::State(s) => Ok((s, v)),
            _ => Err(self.wrong_kind(day)),
        }
    }

    /// The `index`-th entry of a list value (e.g. class 3's base rate).
    pub fn item(
        &'static self,
        day: Date,
        index: usize,
    ) -> Result<(Decimal, InForce<DatedValue>), PolicyError> {
        let (list, v) = self.list(day)?;
        list.get(index).map(|n| (*n, v)).ok_or(self.wrong_kind(day))
    }
}

/// `30` → 30; `30.5`, a negative or a huge value → `None`. `30.0` is 30, not 300.
pub fn whole(n: Decimal) -> Option<u32> {
    if n.fract().is_zero() {
        u32::try_from(n.trunc().normalize().mantissa()).ok()
    } else {
        None
    }
}

/// The floating-rate conditions of one rating cycle.
#[derive(Debug)]
pub struct Cycle {
    pub from: Date,
    /// Every cycle is published for its years; past the last one it is carried forward.
    pub to: Date,
    pub window: &'static str,
    pub body: CycleBody,
    pub citations: &'static [Citation],
    pub confidence: Confidence,
    pub checked: Date,
    pub note: &'static str,
}

#[derive(Debug)]
pub enum CycleBody {
    Unknown(&'static str),
    Rules {
        flags: &'static [FlagQuestion],
        rules: &'static [FloatRule],
    },
}

#[derive(Debug)]
pub struct FlagQuestion {
    pub id: &'static str,
    pub question: &'static str,
}

#[derive(Debug)]
pub struct FloatRule {
    pub grade: u16,
    pub text: &'static str,
    pub any: &'static [Condition],
}

/// All bounds present must hold, and every listed flag must be answered yes.
#[derive(Debug)]
pub struct Condition {
    pub payout_above: Option<Decimal>,
    pub payout_at_most: Option<Decimal>,
    pub incidence_above: Option<Decimal>,
    pub incidence_at_most: Option<Decimal>,
    pub flags: &'static [&'static str],
}

/// What to ask when the newest rating cycle in the data has ended.
pub const CYCLE_ASK: &str = "本工具收录的最新一期浮动费率办法已到期，新一期的浮动条件尚未收录。请向常州市社会保险经办机构询问本期浮动费率的确定办法，或以单位收到的费率核定通知为准。";

/// The rating cycle in force on `day`; past the last cycle in the data it is carried forward.
pub fn float_cycle(day: Date) -> Result<InForce<Cycle>, PolicyError> {
    in_force(&FLOAT_CYCLES, day, |c| c.from, |c| Some(c.to), CYCLE_ASK).ok_or(
        PolicyError::BeforeData {
            param: "费率浮动条件",
            day,
            first: FLOAT_CYCLES.first().map_or(day, |c| c.from),
        },
    )
}

/// A GB/T 4754 division name in either edition, and the risk classes it maps to.
#[derive(Debug, PartialEq, Eq)]
pub struct Industry {
    pub name: &'static str,
    pub code2011: Option<&'static str>,
    pub code2017: Option<&'static str>,
    /// One class normally; two where the 2017 edition merged divisions of different classes; none if 71号 does not cover it.
    pub classes: &'static [u8],
    /// The name exists only in the 2017 edition and was matched to the 2011 table by us.
    pub renamed_in_2017: bool,
    /// What people call it (餐馆, 超市, 快递): found by search, changing no class.
    pub words: &'static [&'static str],
}

impl Industry {
    /// A stable key for links: `2011-65` or `2017-58`.
    pub fn key(&self) -> String {
        match (self.code2011, self.code2017) {
            (Some(c), _) => format!("2011-{c}"),
            (None, Some(c)) => format!("2017-{c}"),
            (None, None) => String::new(),
        }
    }

    pub fn by_key(key: &str) -> Option<&'static Industry> {
        INDUSTRIES.iter().find(|i| i.key() == key)
    }

    /// Every whitespace-separated term of the query is in the name, is a code, or meets an
    /// everyday name (either holding the other: 饭馆 finds 餐饮业, and so does 小饭馆).
    pub fn matches(&self, query: &str) -> bool {
        query.split_whitespace().all(|term| {
            self.name.contains(term)
                || self.code2011 == Some(term)
                || self.code2017 == Some(term)
                || self
                    .words
                    .iter()
                    .any(|w| w.contains(term) || term.contains(w))
        })
    }
}

/// One year's official holiday schedule (国务院办公厅关于部分节假日安排的通知).
#[derive(Debug)]
pub struct HolidayYear {
    pub year: i32,
    pub doc_no: &'static str,
    pub title: &'static str,
    pub issued: Option<Date>,
    pub urls: &'static [&'static str],
    pub confidence: Confidence,
    pub checked: Date,
    pub note: &'static str,
    /// (name, first day, last day), days off inclusive.
    pub days_off: &'static [(&'static str, Date, Date)],
    /// Weekend days that are working days (调休上班).
    pub workdays: &'static [Date],
}

/// The holidays the law itself fixes (全国年节及纪念日放假办法第二条), from `from` until the
/// next entry: what a year without its notice is counted on.
#[derive(Debug)]
pub struct HolidayLaw {
    pub from: Date,
    pub citations: &'static [Citation],
    pub confidence: Confidence,
    pub checked: Date,
    pub note: &'static str,
    pub days: &'static [StatutoryDay],
}

impl HolidayLaw {
    /// The law in force on 1 January of `year`, if any.
    pub fn for_year(year: i32) -> Option<&'static HolidayLaw> {
        let new_year = Date::new(year, 1, 1)?;
        HOLIDAY_LAWS.iter().rev().find(|l| l.from <= new_year)
    }
}

/// One statutory holiday: its name, the day it starts on and how many days it lasts.
#[derive(Debug)]
pub struct StatutoryDay {
    pub name: &'static str,
    pub anchor: Anchor,
    pub days: u8,
}

#[derive(Clone, Copy, Debug)]
pub enum Anchor {
    /// The same day of the Gregorian calendar every year.
    Solar { month: u8, day: u8 },
    /// A day of the Chinese calendar, dated by [`LUNAR`].
    Lunar(LunarDay),
}

impl StatutoryDay {
    /// The first and last day off in `year`, or `None` when the lunar table lacks the year.
    pub fn dates(&self, year: i32) -> Option<(Date, Date)> {
        let first = match self.anchor {
            Anchor::Solar { month, day } => Date::new(year, month, day)?,
            Anchor::Lunar(day) => LUNAR.year(year)?.date(day),
        };
        Some((first, first.add_days(i64::from(self.days) - 1)))
    }
}

/// The Gregorian dates of the Chinese-calendar days the holidays are tied to, year by year.
#[derive(Debug)]
pub struct LunarTable {
    pub confidence: Confidence,
    pub checked: Date,
    pub note: &'static str,
    pub years: &'static [LunarYear],
}

impl LunarTable {
    pub fn year(&self, year: i32) -> Option<&'static LunarYear> {
        self.years.iter().find(|y| y.year == year)
    }
}

#[derive(Debug)]
pub struct LunarYear {
    pub year: i32,
    pub new_year: Date,
    pub qingming: Date,
    pub duanwu: Date,
    pub zhongqiu: Date,
}

impl LunarYear {
    pub fn date(&self, day: LunarDay) -> Date {
        match day {
            LunarDay::Chuxi => self.new_year.add_days(-1),
            LunarDay::NewYear => self.new_year,
            LunarDay::Qingming => self.qingming,
            LunarDay::Duanwu => self.duanwu,
            LunarDay::Zhongqiu => self.zhongqiu,
        }
    }
}

#[derive(Debug)]
pub struct ChangelogEntry {
    pub version: &'static str,
    pub date: Date,
    pub text: &'static str,
}

/// The source whose 文号 or title introduced a rule, for prose that cites a whole document.
pub fn source(id: &str) -> Option<&'static Source> {
    ALL_SOURCES.iter().copied().find(|s| s.id == id)
}
