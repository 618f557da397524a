//! The vocabulary of a self-check's result: a list of items, each saying what to do
//! (or not), by when, with what, and on what legal basis. It lives beside the tools,
//! not in the flow engine, because it cites policy.

use crate::date::Date;
use crate::policy::Citation;

/// The class of a result's headline: what the user is told to do, in one word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Something must be done.
    Must,
    /// Not decided: ask the office.
    Ask,
    /// For information.
    Info,
    /// Nothing to do.
    Nothing,
}

impl Kind {
    pub fn key(self) -> &'static str {
        match self {
            Kind::Must => "must",
            Kind::Ask => "ask",
            Kind::Info => "info",
            Kind::Nothing => "none",
        }
    }
}

/// A self-check's result as every page, printout and shared test reads it.
#[derive(Clone, Debug)]
pub struct Checked {
    pub kind: Kind,
    pub headline: &'static str,
    /// Why, each with its legal basis (may be empty).
    pub reasons: Vec<(String, Vec<Citation>)>,
    pub items: Vec<Item>,
    /// Everything to bring, once each, for the tick-box list.
    pub documents: Vec<&'static str>,
    /// What the data could not answer, each notice once.
    pub problems: Vec<String>,
}

/// Adds a notice unless it is already there: a notice is shown once.
pub fn notice(problems: &mut Vec<String>, text: impl Into<String>) {
    let text = text.into();
    if !problems.contains(&text) {
        problems.push(text);
    }
}

/// Every document the items name, once each, in order.
pub fn documents(items: &[Item]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for d in items.iter().flat_map(|i| i.bring.iter().copied()) {
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Required by law.
    Must,
    /// Allowed, not required.
    May,
    /// Nothing to do.
    NotNeeded,
    /// Not decidable from the answers: ask the office, and bring these.
    Ask,
    /// For information.
    Info,
    /// A risk to know about.
    Risk,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Must => "必须办理",
            Status::May => "可以办理",
            Status::NotNeeded => "无需办理",
            Status::Ask => "请向经办机构确认",
            Status::Info => "说明",
            Status::Risk => "风险提示",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Status::Must => "must",
            Status::May => "may",
            Status::NotNeeded => "not-needed",
            Status::Ask => "ask",
            Status::Info => "info",
            Status::Risk => "risk",
        }
    }
}

/// A date by which something must be done, and the rule that sets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub date: Date,
    /// e.g. `自用工之日起30日内`.
    pub rule: String,
    /// The as-of date is already past it.
    pub overdue: bool,
    /// Why the date is not the plain count, e.g. moved past a holiday.
    pub note: Option<String>,
}

impl Deadline {
    pub fn new(date: Date, rule: impl Into<String>, today: Date) -> Deadline {
        Deadline {
            date,
            rule: rule.into(),
            overdue: today > date,
            note: None,
        }
    }

    pub fn with_note(mut self, note: Option<String>) -> Deadline {
        self.note = note;
        self
    }
}

/// Another tool to open from an item, prefilled with what this result already knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct See {
    /// The tool's route, e.g. [`crate::benefits::PATH`].
    pub path: &'static str,
    pub label: &'static str,
    /// The tool's own link keys.
    pub pairs: Vec<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct Item {
    pub status: Status,
    pub title: String,
    pub detail: String,
    pub deadline: Option<Deadline>,
    /// What to bring or have ready.
    pub bring: Vec<&'static str>,
    pub cites: Vec<Citation>,
    /// Rests on a secondary source or an open question: shown as 待核实.
    pub unverified: bool,
    pub see: Option<See>,
}

impl Item {
    pub fn new(status: Status, title: impl Into<String>, detail: impl Into<String>) -> Item {
        Item {
            status,
            title: title.into(),
            detail: detail.into(),
            deadline: None,
            bring: Vec::new(),
            cites: Vec::new(),
            unverified: false,
            see: None,
        }
    }
    pub fn cite(mut self, cites: impl IntoIterator<Item = Citation>) -> Item {
        self.cites.extend(cites);
        self
    }
    pub fn bring(mut self, things: &[&'static str]) -> Item {
        self.bring.extend_from_slice(things);
        self
    }
    pub fn by(mut self, deadline: Deadline) -> Item {
        self.deadline = Some(deadline);
        self
    }
    pub fn see(mut self, see: See) -> Item {
        self.see = Some(see);
        self
    }
    pub fn unverified(mut self) -> Item {
        self.unverified = true;
        self
    }
}
