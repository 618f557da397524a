//! The shape of every self-check's result. Its rules ([`Rules`]) give an [`Outcome`]:
//! a verdict, reasons and findings, each a typed value with its figures, dates,
//! documents and citations. Its wording ([`Wording`]) puts them into words, and
//! [`checked`] gives the worded result ([`Checked`]) that pages and printouts read.
//! It lives beside the tools, not in the flow engine, because it cites policy.

use crate::date::Date;
use crate::flow::Answers;
use crate::policy::{Citation, Param};
use crate::workdays::Due;
use std::fmt;

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

/// A self-check's rules: what the answers on a day come to, typed.
/// The wording is apart ([`Wording`]): rules name findings, never sentences.
pub trait Rules {
    type Verdict: Copy + fmt::Debug + PartialEq;
    /// One thing the result tells the user, with the figures and dates it needs.
    type Finding: Clone + fmt::Debug + PartialEq;
    /// Why the verdict is what it is.
    type Reason: Clone + fmt::Debug + PartialEq;
    /// A document to bring.
    type Doc: Copy + fmt::Debug + PartialEq;
    fn kind(verdict: Self::Verdict) -> Kind;
    /// Only answers on the flow's path count.
    fn assess(answers: &Answers, day: Date) -> Outcome<Self>;
}

/// A self-check's result before it is put into words: what tests assert on.
pub struct Outcome<R: Rules + ?Sized> {
    pub verdict: R::Verdict,
    pub reasons: Vec<(R::Reason, Vec<Citation>)>,
    pub items: Vec<Found<R::Finding, R::Doc>>,
    /// Documents for the tick-box list, each once (an item's own `bring` leaves them out).
    pub documents: Vec<R::Doc>,
    /// What the data could not answer, each notice once.
    pub problems: Vec<String>,
    /// Another tool to open from the result, prefilled.
    pub see: Option<See>,
}

impl<R: Rules + ?Sized> Outcome<R> {
    pub fn new(verdict: R::Verdict) -> Outcome<R> {
        Outcome {
            verdict,
            reasons: Vec::new(),
            items: Vec::new(),
            documents: Vec::new(),
            problems: Vec::new(),
            see: None,
        }
    }

    pub fn push(&mut self, item: Found<R::Finding, R::Doc>) {
        self.items.push(item);
    }

    pub fn reason(&mut self, reason: R::Reason, cites: impl IntoIterator<Item = Citation>) {
        self.reasons.push((reason, cites.into_iter().collect()));
    }

    /// Adds documents to the tick-box list, each once.
    pub fn bring(&mut self, documents: &[R::Doc]) {
        for d in documents {
            if !self.documents.contains(d) {
                self.documents.push(*d);
            }
        }
    }

    /// Reports a figure the data could not give for the day.
    pub fn problem(&mut self, e: impl fmt::Display) {
        notice(&mut self.problems, e.to_string());
    }

    /// A whole-number parameter (days, years) on `day`, or `None` with the reason reported.
    pub fn whole(&mut self, param: &'static Param, day: Date) -> Option<u32> {
        param
            .whole(day)
            .map(|(n, _)| n)
            .map_err(|e| self.problem(e))
            .ok()
    }

    /// A document in the tick-box list is ticked there, not again under an item.
    pub fn each_document_once(mut self) -> Outcome<R> {
        let listed = self.documents.clone();
        for item in &mut self.items {
            item.bring.retain(|d| !listed.contains(d));
        }
        self
    }

    /// Whether any item names this finding.
    pub fn has(&self, finding: &R::Finding) -> bool {
        self.items.iter().any(|i| &i.finding == finding)
    }

    /// The item naming this finding.
    pub fn item(&self, finding: &R::Finding) -> Option<&Found<R::Finding, R::Doc>> {
        self.items.iter().find(|i| &i.finding == finding)
    }
}

impl<R: Rules + ?Sized> fmt::Debug for Outcome<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Outcome")
            .field("verdict", &self.verdict)
            .field("reasons", &self.reasons)
            .field("items", &self.items)
            .field("documents", &self.documents)
            .field("problems", &self.problems)
            .finish()
    }
}

/// One finding of the rules with what goes with it: how binding, by when, what to
/// bring, on what basis.
#[derive(Clone, Debug)]
pub struct Found<F, D> {
    pub status: Status,
    pub finding: F,
    pub due: Option<Due>,
    pub bring: Vec<D>,
    pub cites: Vec<Citation>,
    /// Rests on a secondary source or an open question: shown as 待核实.
    pub unverified: bool,
    pub see: Option<See>,
}

impl<F, D: Copy> Found<F, D> {
    pub fn new(status: Status, finding: F) -> Found<F, D> {
        Found {
            status,
            finding,
            due: None,
            bring: Vec::new(),
            cites: Vec::new(),
            unverified: false,
            see: None,
        }
    }
    pub fn cite(mut self, cites: impl IntoIterator<Item = Citation>) -> Self {
        self.cites.extend(cites);
        self
    }
    pub fn bring(mut self, things: &[D]) -> Self {
        self.bring.extend_from_slice(things);
        self
    }
    pub fn by(mut self, due: Due) -> Self {
        self.due = Some(due);
        self
    }
    pub fn see(mut self, see: See) -> Self {
        self.see = Some(see);
        self
    }
    pub fn unverified(mut self) -> Self {
        self.unverified = true;
        self
    }
}

/// A finding in words.
pub struct Words {
    pub title: String,
    pub detail: String,
    /// The rule that sets the finding's date, e.g. `自用工之日起30日内` (unused without one).
    pub rule: String,
}

impl Words {
    pub fn new(title: impl Into<String>, detail: impl Into<String>) -> Words {
        Words {
            title: title.into(),
            detail: detail.into(),
            rule: String::new(),
        }
    }
    pub fn rule(mut self, rule: impl Into<String>) -> Words {
        self.rule = rule.into();
        self
    }
}

/// A self-check's wording: a file a policy officer reads top to bottom.
pub trait Wording: Rules {
    const PAGE: Page;
    fn headline(verdict: Self::Verdict) -> &'static str;
    fn reason(reason: &Self::Reason) -> String;
    fn item(finding: &Self::Finding) -> Words;
    fn doc(doc: Self::Doc) -> &'static str;
    /// A form the result prints filled in as far as the answers (and their outcome) go;
    /// none by default.
    fn sheet(_answers: &Answers, _outcome: &Outcome<Self>) -> Option<Sheet> {
        None
    }
}

/// A paper form printed with what the answers say. Names, ID numbers, addresses and
/// phone numbers are never asked, so they are always lines to write on by hand.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub title: &'static str,
    /// Under the title: which form governs.
    pub note: &'static str,
    /// The lines above the table.
    pub cover: Vec<Cell>,
    /// The table, row by row.
    pub rows: Vec<Vec<Cell>>,
}

/// One box of a form.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub label: &'static str,
    pub fill: Fill,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Fill {
    /// Printed: what the answers say.
    Known(String),
    /// A blank to write on by hand.
    Write,
    /// A blank to write on, with what it must say for this case.
    Guide(String),
}

/// What a self-check's pages say around the questions and the result.
pub struct Page {
    pub name: &'static str,
    /// For the tool's card on the home page.
    pub summary: &'static str,
    /// The start page: a lead paragraph, then points.
    pub lead: &'static str,
    pub points: &'static [&'static str],
    pub print_title: &'static str,
    /// The printout's next step.
    pub next: &'static str,
    pub items_heading: &'static str,
    /// Under the documents tick list.
    pub documents_hint: &'static str,
    /// Before the data version at the foot of the result.
    pub foot: &'static str,
}

/// A self-check's result in words: what every page and printout reads.
#[derive(Clone, Debug)]
pub struct Checked {
    pub kind: Kind,
    pub headline: &'static str,
    /// Why, each with its legal basis (may be empty).
    pub reasons: Vec<(String, Vec<Citation>)>,
    pub items: Vec<Item>,
    /// The tick-box list.
    pub documents: Vec<&'static str>,
    /// What the data could not answer, each notice once.
    pub problems: Vec<String>,
    pub see: Option<See>,
    /// A form to print with the result.
    pub sheet: Option<Sheet>,
}

impl Checked {
    /// Everything to bring, once each: the tick-box list, then what items name.
    pub fn all_documents(&self) -> Vec<&'static str> {
        let mut out = self.documents.clone();
        for d in self.items.iter().flat_map(|i| i.bring.iter().copied()) {
            if !out.contains(&d) {
                out.push(d);
            }
        }
        out
    }
}

/// The result for answers on a day, in words.
pub fn checked<T: Wording>(answers: &Answers, day: Date) -> Checked {
    let o = T::assess(answers, day);
    let sheet = T::sheet(answers, &o);
    let items = o
        .items
        .into_iter()
        .map(|f| {
            let words = T::item(&f.finding);
            Item {
                status: f.status,
                title: words.title,
                detail: words.detail,
                deadline: f.due.map(|due| Deadline {
                    date: due.date,
                    rule: words.rule,
                    overdue: due.overdue,
                    note: due.note,
                }),
                bring: f.bring.into_iter().map(T::doc).collect(),
                cites: f.cites,
                unverified: f.unverified,
                see: f.see,
            }
        })
        .collect();
    Checked {
        kind: T::kind(o.verdict),
        headline: T::headline(o.verdict),
        reasons: o
            .reasons
            .iter()
            .map(|(r, cites)| (T::reason(r), cites.clone()))
            .collect(),
        items,
        documents: o.documents.into_iter().map(T::doc).collect(),
        problems: o.problems,
        see: o.see,
        sheet,
    }
}

/// A date in the answers that cannot be right: said as a notice, never worked on silently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSlip {
    /// The injury (or diagnosis) is dated after the day the result is for.
    AfterDay { injury: Date, day: Date },
    /// A death dated before the injury that led to it.
    DeathBeforeInjury { death: Date, injury: Date },
}

impl DateSlip {
    pub fn after_day(injury: Option<Date>, day: Date) -> Option<DateSlip> {
        let injury = injury.filter(|i| *i > day)?;
        Some(DateSlip::AfterDay { injury, day })
    }
    pub fn death_before_injury(injury: Option<Date>, death: Option<Date>) -> Option<DateSlip> {
        let (injury, death) = (injury?, death?);
        (death < injury).then_some(DateSlip::DeathBeforeInjury { death, injury })
    }
}

impl fmt::Display for DateSlip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateSlip::AfterDay { injury, day } => write!(
                f,
                "事故（或确诊）日期 {} 晚于判断日期 {}：请核对日期。",
                injury.chinese(),
                day.chinese()
            ),
            DateSlip::DeathBeforeInjury { death, injury } => write!(
                f,
                "死亡日期 {} 早于事故日期 {}：请核对日期。",
                death.chinese(),
                injury.chinese()
            ),
        }
    }
}

/// Adds a notice unless it is already there: a notice is shown once.
pub fn notice(problems: &mut Vec<String>, text: impl Into<String>) {
    let text = text.into();
    if !problems.contains(&text) {
        problems.push(text);
    }
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

/// A date by which something must be done, and the rule that sets it, in words.
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

/// Another tool to open from an item, prefilled with what this result already knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct See {
    /// The tool's route, e.g. [`crate::benefits::PATH`].
    pub path: &'static str,
    pub label: &'static str,
    /// The tool's own link keys.
    pub pairs: Vec<(String, String)>,
}

/// A finding in words, as the result lists it.
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
