//! A calculator's form to and from its link, driven by the field table: every key through
//! [`Fields::key`], every value checked by [`Fields::accepts`], and only the fields the
//! form uses ([`Calculator::uses`]) ever written.

use super::{Calculator, Texts};
use crate::link::LinkNote;

/// Reads a form from a link's pairs; anything unreadable becomes a note and is skipped.
pub fn read<F: Calculator>(pairs: &[(String, String)]) -> (Texts<F>, Vec<LinkNote>) {
    let mut form = Texts::default();
    let mut notes = Vec::new();
    for (key, value) in pairs {
        match F::from_key(key) {
            Some(field) => match field.accepts(value) {
                Ok(()) => notes.extend(F::read(&mut form, field, value.clone()).map(LinkNote)),
                Err(expected) => notes.push(LinkNote::bad_value(field.label(), value, &expected)),
            },
            None => {
                if !F::read_other(&mut form, key, value, &mut notes) {
                    notes.push(LinkNote::unknown_key(key))
                }
            }
        }
    }
    F::settle(&mut form, pairs, &mut notes);
    (form, notes)
}

/// The form's pairs for a link: the fields in use, in the table's order.
pub fn write<F: Calculator>(form: &Texts<F>) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for field in F::ALL.iter().copied().filter(|f| form.uses(*f)) {
        F::write(form, field, &mut pairs);
    }
    pairs
}
