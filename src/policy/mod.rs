//! Dated policy parameters with their sources, compiled from `policy/*.toml`.
//!
//! Every figure the rules use comes from here through [`Param::at`], which
//! answers for one day or says why it cannot: the day is outside the data, or
//! the figure for that day was not found. Nothing falls back to a neighbour.

use crate::date::Date;
use rust_decimal::Decimal;
use std::fmt;

mod data {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/policy_data.rs"));
}
pub use data::*;

/// How sure we are of a value, after how we saw its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Read on a government site.
    Official,
    /// A full copy of the official text on another site.
    Copy,
    /// A news item, summary or Q&A that paraphrases the rule.
    Secondary,
    /// Not found, derived, or recalled without a source.
    Unverified,
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Official => "官方原文",
            Confidence::Copy => "官方文本转载",
            Confidence::Secondary => "二手资料",
            Confidence::Unverified => "未核实",
        }
    }

    /// Values below copy-of-official are shown with 待核实 beside the figure.
    pub fn needs_checking(self) -> bool {
        self >= Confidence::Secondary
    }
}

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
    /// A rule's state for the period, e.g. `voluntary`, `mandatory`.
    Text(&'static str),
    /// No figure was found for the period. `possible` lists the values it could
    /// take, where the sources bound it; the page shows them as a range.
    Unknown {
        guidance: &'static str,
        possible: &'static [Decimal],
    },
}

/// One value and the days it applies, both ends included.
#[derive(Debug)]
pub struct DatedValue {
    pub from: Date,
    pub to: Date,
    pub value: Value,
    pub citations: &'static [Citation],
    pub confidence: Confidence,
    pub checked: Date,
    /// A 暂行/暂按 figure, to be settled when the final one is published.
    pub provisional: bool,
    pub note: &'static str,
}

impl DatedValue {
    pub fn covers(&self, day: Date) -> bool {
        self.from <= day && day <= self.to
    }

    /// Shown beside the figure: 待核实 when the source is weak or the figure provisional.
    pub fn needs_checking(&self) -> bool {
        self.confidence.needs_checking()
            || self.provisional
            || matches!(self.value, Value::Unknown { .. })
    }
}

#[derive(Debug)]
pub struct Param {
    pub id: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub description: &'static str,
    pub values: &'static [DatedValue],
}

/// Why a parameter has no usable figure for a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PolicyError {
    /// The day lies outside every dated value of the parameter.
    OutOfCoverage {
        param: &'static str,
        day: Date,
        first: Date,
        last: Date,
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
            PolicyError::OutOfCoverage { param, day, first, last } => write!(
                f,
                "{day} 不在本工具的政策数据范围内：“{param}”只收录了 {first} 至 {last} 的数值。请改用该范围内的日期，或以经办机构核定为准。"
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
    pub fn at(&'static self, day: Date) -> Result<&'static DatedValue, PolicyError> {
        if let Some(v) = self.values.iter().find(|v| v.covers(day)) {
            return Ok(v);
        }
        let first = self.values.iter().map(|v| v.from).min().unwrap_or(day);
        let last = self.values.iter().map(|v| v.to).max().unwrap_or(day);
        Err(PolicyError::OutOfCoverage {
            param: self.label,
            day,
            first,
            last,
        })
    }

    fn known(&'static self, day: Date) -> Result<&'static DatedValue, PolicyError> {
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

    pub fn number(&'static self, day: Date) -> Result<(Decimal, &'static DatedValue), PolicyError> {
        let v = self.known(day)?;
        match v.value {
            Value::Number(n) => Ok((n, v)),
            _ => Err(PolicyError::WrongKind {
                param: self.label,
                day,
            }),
        }
    }

    pub fn list(
        &'static self,
        day: Date,
    ) -> Result<(&'static [Decimal], &'static DatedValue), PolicyError> {
        let v = self.known(day)?;
        match v.value {
            Value::List(list) => Ok((list, v)),
            _ => Err(PolicyError::WrongKind {
                param: self.label,
                day,
            }),
        }
    }

    pub fn text(
        &'static self,
        day: Date,
    ) -> Result<(&'static str, &'static DatedValue), PolicyError> {
        let v = self.known(day)?;
        match v.value {
            Value::Text(t) => Ok((t, v)),
            _ => Err(PolicyError::WrongKind {
                param: self.label,
                day,
            }),
        }
    }

    /// The `index`-th entry of a list value (e.g. class 3's base rate).
    pub fn item(
        &'static self,
        day: Date,
        index: usize,
    ) -> Result<(Decimal, &'static DatedValue), PolicyError> {
        let (list, v) = self.list(day)?;
        list.get(index)
            .map(|n| (*n, v))
            .ok_or(PolicyError::WrongKind {
                param: self.label,
                day,
            })
    }
}

/// The floating-rate conditions of one rating cycle.
#[derive(Debug)]
pub struct Cycle {
    pub from: Date,
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

pub fn float_cycle(day: Date) -> Result<&'static Cycle, PolicyError> {
    FLOAT_CYCLES
        .iter()
        .find(|c| c.from <= day && day <= c.to)
        .ok_or(PolicyError::OutOfCoverage {
            param: "费率浮动条件",
            day,
            first: FLOAT_CYCLES.iter().map(|c| c.from).min().unwrap_or(day),
            last: FLOAT_CYCLES.iter().map(|c| c.to).max().unwrap_or(day),
        })
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

    /// Name or code contains every whitespace-separated term of the query.
    pub fn matches(&self, query: &str) -> bool {
        query.split_whitespace().all(|term| {
            self.name.contains(term) || self.code2011 == Some(term) || self.code2017 == Some(term)
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
