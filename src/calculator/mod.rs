//! What the two calculators (保费测算, 工伤待遇测算) share below the page: a field table
//! (every input's link key, label and choices), a form of texts keyed by that table, and
//! one link reader and writer driven by it ([`link`]). No Yew.
//!
//! A calculator gives its `Field` enum a [`Fields`] impl (the table) and a [`Calculator`]
//! impl (its rules); its form is `Texts<Field>`. [`link::read`] and [`link::write`] turn the
//! form to and from a link, and the page's reducer (`ui::calculator`) keeps it as the user types.

pub mod link;

use crate::date::Date;
use crate::input::WageAmounts;
use crate::link::LinkNote;
use crate::policy::{Param, Value};
use crate::working::FieldErrors;
use std::borrow::Cow;
use std::fmt::Debug;
use std::marker::PhantomData;
use std::rc::Rc;

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
    /// The wage list: it keeps only amounts, and what a paste into it left out is shown beside it.
    const WAGES: Self;
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
        one_of(&self.choices(), value, !self.always_answered())
    }
    /// A choice that always holds an answer: it starts on its first, and takes no empty value.
    fn always_answered(self) -> bool {
        false
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
/// value stays on screen with its message; and the link's pairs that no field names but the
/// calculator reads (the estimator's floating-grade answers).
#[derive(Clone, Debug)]
pub struct Texts<F: Fields> {
    texts: Vec<String>,
    /// The wage list as read, each time its text is put: shared by the form's copies (the
    /// page's reducer copies the form on every keystroke).
    wages: Rc<WageAmounts>,
    pub others: Vec<(String, String)>,
    table: PhantomData<F>,
}

/// Two forms are equal when their texts are: the wage list as read follows from its text.
impl<F: Fields> PartialEq for Texts<F> {
    fn eq(&self, other: &Texts<F>) -> bool {
        self.texts == other.texts && self.others == other.others
    }
}

impl<F: Fields> Eq for Texts<F> {}

/// An empty form, with the choices that always hold an answer on their first one.
impl<F: Fields> Default for Texts<F> {
    fn default() -> Texts<F> {
        let texts = F::ALL
            .iter()
            .map(|f| match f.choices().first() {
                Some(first) if f.always_answered() => first.key.to_string(),
                _ => String::new(),
            })
            .collect();
        Texts {
            texts,
            wages: Rc::new(WageAmounts::read("")),
            others: Vec::new(),
            table: PhantomData,
        }
    }
}

impl<F: Fields> Texts<F> {
    fn slot(field: F) -> usize {
        F::ALL
            .iter()
            .position(|f| *f == field)
            .unwrap_or(usize::MAX)
    }

    pub fn text(&self, field: F) -> &str {
        self.texts.get(Self::slot(field)).map_or("", String::as_str)
    }

    /// Stores a field's text as it is; the wage list is read here, once per change, and
    /// only the lines the change touched.
    pub fn put(&mut self, field: F, value: String) {
        if field == F::WAGES {
            self.wages = Rc::new(self.wages.reread(self.text(field), &value));
        }
        if let Some(slot) = self.texts.get_mut(Self::slot(field)) {
            *slot = value;
        }
    }

    /// The wage list as read (its rows and amounts, and its value for a link).
    pub fn wage_amounts(&self) -> &WageAmounts {
        &self.wages
    }

    /// Stores a field's text; the wage list keeps only amounts: names, ID numbers and phone
    /// numbers pasted with them are dropped here, and the notice saying so is returned.
    pub fn put_typed(&mut self, field: F, value: String) -> Option<String> {
        let (value, notice) = if field == F::WAGES {
            crate::input::wage_list(self.text(field), &value)
        } else {
            (value, None)
        };
        self.put(field, value);
        notice
    }

    /// Stores a wage list from a link (`8000,9000`): complete, so no row is left open for typing.
    pub fn put_linked_wages(&mut self, value: &str) -> Option<String> {
        let (kept, notice) = crate::input::wage_list_from_link(value);
        self.put(F::WAGES, kept);
        notice
    }
}

/// A calculator's rules, given by its field type over the form's [`Texts`]: what the form
/// gives on a day, which fields it uses, and how the link reads and writes what the table
/// alone does not say.
pub trait Calculator: Fields {
    /// What the page shows for the form on a day: the result, and every message by field.
    type Outcome: 'static;

    /// Everything the page shows for the form on the as-of date `day`.
    fn evaluate(form: &Texts<Self>, day: Date) -> Self::Outcome;
    fn errors(outcome: &Self::Outcome) -> &FieldErrors<Self>;
    /// The form gives a result with nothing to correct: a link that carries it opens at
    /// the result, the inputs folded above it.
    fn complete(outcome: &Self::Outcome) -> bool;
    /// Whether the field applies to the form as filled so far: only those are read and
    /// written to the link.
    fn uses(form: &Texts<Self>, field: Self) -> bool;

    /// Sets a field, with what follows from it; returns a notice for the page (what a
    /// pasted wage list left out).
    fn set(form: &mut Texts<Self>, field: Self, value: String) -> Option<String> {
        form.put_typed(field, value)
    }
    /// Sets a field from a link's value: by default as if typed.
    fn read(form: &mut Texts<Self>, field: Self, value: String) -> Option<String> {
        Self::set(form, field, value)
    }
    /// The pairs a field in use writes to the link: by default its text, trimmed, unless empty.
    fn write(form: &Texts<Self>, field: Self, out: &mut Vec<(String, String)>) {
        let text = form.text(field).trim();
        if !text.is_empty() {
            out.push((field.key().to_string(), text.to_string()));
        }
    }
    /// Reads a key no field names; `false` leaves it to be reported as unknown.
    fn read_other(
        _form: &mut Texts<Self>,
        _key: &str,
        _value: &str,
        _notes: &mut Vec<LinkNote>,
    ) -> bool {
        false
    }
    /// Called once the link's pairs are read, with all of them (e.g. to infer what an old link left out).
    fn settle(_form: &mut Texts<Self>, _pairs: &[(String, String)], _notes: &mut Vec<LinkNote>) {}
}

impl<F: Calculator> Texts<F> {
    /// Everything the page shows for the form on the as-of date `day`.
    pub fn evaluate(&self, day: Date) -> F::Outcome {
        F::evaluate(self, day)
    }

    /// Whether the field applies to the form as filled so far.
    pub fn uses(&self, field: F) -> bool {
        F::uses(self, field)
    }

    /// Sets a field as typed or chosen; returns what a pasted wage list left out.
    pub fn set(&mut self, field: F, value: String) -> Option<String> {
        F::set(self, field, value)
    }

    /// Reads the page's keys from a link; anything unreadable becomes a note and is skipped.
    pub fn from_pairs(pairs: &[(String, String)]) -> (Texts<F>, Vec<LinkNote>) {
        link::read(pairs)
    }

    /// The page's keys for a link: only the fields in use, in the table's order.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        link::write(self)
    }

    /// The fields in use that hold something, e.g. to show their messages when a link is opened.
    pub fn filled(&self) -> Vec<F> {
        F::ALL
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
