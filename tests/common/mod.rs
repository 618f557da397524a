//! Helpers shared by the tests.
// Each test binary compiles this module and uses only part of it.
#![allow(dead_code)]

use gongshang::date::Date;
use gongshang::flow::outcome::{Item, Status};
use gongshang::flow::{Answers, Flow, UNSURE};
use rust_decimal::Decimal;

pub fn answers(pairs: &[(&str, &str)]) -> Answers {
    Answers(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    )
}

pub fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

pub fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Every item that states an obligation (or its absence) cites its basis, and
/// every item that sends the user to the office says what to bring.
pub fn check_items(a: &Answers, items: &[Item]) {
    for item in items {
        if matches!(
            item.status,
            Status::Must | Status::May | Status::NotNeeded | Status::Risk
        ) {
            assert!(
                !item.cites.is_empty(),
                "{a:?}: `{}` has no citation",
                item.title
            );
        }
        if item.status == Status::Ask {
            assert!(
                !item.bring.is_empty(),
                "{a:?}: `{}` does not say what to bring",
                item.title
            );
        }
    }
}

/// 不确定 is never turned into a silent yes or no: an answer of 不确定 to any of
/// `questions`, where the path asked it, must leave something to ask (`asks`).
pub fn check_unsure_asks(flow: &Flow, a: &Answers, asks: bool, questions: &[&str]) {
    for q in questions {
        if a.is(q, UNSURE) && flow.walk(a).path.contains(q) {
            assert!(asks, "{a:?}: {q}=不确定 but nothing asks the office");
        }
    }
}
