//! What the two calculators (保费测算, 工伤待遇测算) share below the page: a field table
//! (every input's link key, label and choices), a form of texts keyed by that table, and
//! one link reader and writer driven by it ([`link`]). No Yew.
//!
//! A calculator gives its `Field` enum a [`Fields`] impl and its form a [`Form`] impl;
//! [`link::read`] and [`link::write`] then turn it to and from a link, and the page's
//! reducer (`ui::calculator`) keeps it as the user types.

pub mod link;

use crate::date::Date;
use crate::link::LinkNote;
use crate::policy::{Param, Value};
use crate::working::FieldErrors;
use std::borrow::Cow;
use std::fmt::Debug;

/// One answer a choice offers: its word in the link, its label on the page, and a hint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub key: Cow<'static, str>,
    pub label: Cow<'static, str>,
    /// Shown under the label; empty for none.
    pub hint: &'static str,
}

impl Choice {
    pub const fn new(key: &'static str, label: &'static str) -> Choice {
        Choice {
            key: Cow::Borrowed(key),
            label: Cow::Borrowed(label),
            hint: "",
        }
    }
    pub const fn hinted(key: &'static str, label: &'static str, hint: &'static str) -> Choice {
        Choice {
            key: Cow::Borrowed(key),
            label: Cow::Borrowed(label),
            hint,
        }
    }
}

/// A calculator's field table: every input, its link key, its name and what it accepts.
pub trait Fields: Copy + PartialEq + Debug + 'static {
    /// Every field, in the order the link writes them.
    const ALL: &'static [Self];
    /// The field's key in links (and in its element id, `f-<key>`).
    fn key(self) -> &'static str;
    /// The field's name, as its label, link notes and the error summary say it.
    fn label(self) -> &'static str;
    /// The answers a choice offers; empty for a typed field.
    fn choices(self) -> Vec<Choice> {
        Vec::new()
    }
    /// Whether a link's value for the field can be taken; the error is what it expects
    /// (` a、b、c`). By default: anything for a typed field, one of its words for a choice.
    fn accepts(self, value: &str) -> Result<(), String> {
        one_of(&self.choices(), value, true)
    }
    /// The field whose message shows as soon as this one is set: a choice is judged at
    /// once, a typed field when the user leaves it (`None`).
    fn judged_on_set(self) -> Option<Self> {
        (!self.choices().is_empty()).then_some(self)
    }
    /// The field named by a link key.
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|f| f.key() == key)
    }
    /// The id of the element to focus for this field.
    fn dom_id(self) -> String {
        format!("f-{}", self.key())
    }
}

/// A calculator's form: each field as typed or chosen (a choice holds its word), so a bad
/// value stays on screen with its message.
pub trait Form: Clone + Default + PartialEq + 'static {
    type Field: Fields;
    /// What the page shows for the form on a day: the result, and every message by field.
    type Outcome: 'static;
    /// The wage list: what a paste into it left out is shown beside it.
    const WAGES: Self::Field;

    /// Everything the page shows for the form on the as-of date `day`.
    fn evaluate(&self, day: Date) -> Self::Outcome;
    fn errors(outcome: &Self::Outcome) -> &FieldErrors<Self::Field>;

    fn text(&self, field: Self::Field) -> &str;
    /// Sets a field, with what follows from it; returns a notice for the page (what a
    /// pasted wage list left out).
    fn set(&mut self, field: Self::Field, value: String) -> Option<String>;
    /// Whether the field applies to the form as filled so far: only those are read and
    /// written to the link.
    fn uses(&self, field: Self::Field) -> bool;

    /// Sets a field from a link's value: by default as if typed.
    fn read(&mut self, field: Self::Field, value: String) -> Option<String> {
        self.set(field, value)
    }

    /// The pairs a field in use writes to the link: by default its text, trimmed, unless empty.
    fn write(&self, field: Self::Field, out: &mut Vec<(String, String)>) {
        let text = self.text(field).trim();
        if !text.is_empty() {
            out.push((field.key().to_string(), text.to_string()));
        }
    }
    /// Reads a key no field names; `false` leaves it to be reported as unknown.
    fn read_other(&mut self, _key: &str, _value: &str, _notes: &mut Vec<LinkNote>) -> bool {
        false
    }
    /// Called once the link's pairs are read, with all of them (e.g. to infer what an old link left out).
    fn settle(&mut self, _pairs: &[(String, String)], _notes: &mut Vec<LinkNote>) {}

    /// Reads the page's keys from a link; anything unreadable becomes a note and is skipped.
    fn from_pairs(pairs: &[(String, String)]) -> (Self, Vec<LinkNote>) {
        link::read(pairs)
    }

    /// The page's keys for a link: only the fields in use, in the table's order.
    fn to_pairs(&self) -> Vec<(String, String)> {
        link::write(self)
    }

    /// The fields in use that hold something, e.g. to show their messages when a link is opened.
    fn filled(&self) -> Vec<Self::Field> {
        Self::Field::ALL
            .iter()
            .copied()
            .filter(|f| self.uses(*f) && !self.text(*f).trim().is_empty())
            .collect()
    }
}

/// `3` → 三, `11` → 十一, `20` → 二十: how a numbered tier, class or grade is named.
pub fn numeral(n: usize) -> String {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n].to_string(),
        10..=19 => format!("十{}", if n == 10 { "" } else { DIGITS[n - 10] }),
        20..=99 => format!(
            "{}十{}",
            DIGITS[n / 10],
            if n.is_multiple_of(10) {
                ""
            } else {
                DIGITS[n % 10]
            }
        ),
        _ => n.to_string(),
    }
}

/// The longest list a list parameter holds on any date: how many classes or tiers there are.
pub fn longest_list(param: &'static Param) -> usize {
    param
        .values
        .iter()
        .filter_map(|v| match v.value {
            Value::List(list) => Some(list.len()),
            _ => None,
        })
        .max()
        .unwrap_or(0)
}

/// Numbered choices `1`…`count`, named `一<unit>`…: the classes, tiers or grades of a list parameter.
pub fn numbered(count: usize, unit: &'static str) -> Vec<Choice> {
    (1..=count)
        .map(|n| Choice {
            key: Cow::Owned(n.to_string()),
            label: Cow::Owned(format!("{}{unit}", numeral(n))),
            hint: "",
        })
        .collect()
}

/// Whether `value` is one of `choices`' words (any value when there are none, and the empty
/// value when `empty_ok`); the error lists the words, as a link note says what it expected.
pub fn one_of(choices: &[Choice], value: &str, empty_ok: bool) -> Result<(), String> {
    if (value.is_empty() && empty_ok)
        || choices.is_empty()
        || choices.iter().any(|c| c.key == value)
    {
        return Ok(());
    }
    let words: Vec<&str> = choices.iter().map(|c| c.key.as_ref()).collect();
    Err(format!(" {}", words.join("、")))
}
