//! A calculator's form to and from its link, driven by the field table: every key through
//! [`Fields::key`], every value checked by [`Fields::accepts`], and only the fields the
//! form [`Form::uses`] ever written.

use super::{Fields, Form};
use crate::link::LinkNote;

/// Reads a form from a link's pairs; anything unreadable becomes a note and is skipped.
pub fn read<F: Form>(pairs: &[(String, String)]) -> (F, Vec<LinkNote>) {
    let mut form = F::default();
    let mut notes = Vec::new();
    for (key, value) in pairs {
        match F::Field::from_key(key) {
            Some(field) => match field.accepts(value) {
                Ok(()) => notes.extend(form.read(field, value.clone()).map(LinkNote)),
                Err(expected) => notes.push(LinkNote::bad_value(field.label(), value, &expected)),
            },
            None => {
                if !form.read_other(key, value, &mut notes) {
                    notes.push(LinkNote::unknown_key(key))
                }
            }
        }
    }
    form.settle(pairs, &mut notes);
    (form, notes)
}

/// The form's pairs for a link: the fields in use, in the table's order.
pub fn write<F: Form>(form: &F) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for field in F::Field::ALL.iter().copied().filter(|f| form.uses(*f)) {
        form.write(field, &mut pairs);
    }
    pairs
}
