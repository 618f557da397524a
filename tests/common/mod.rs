//! Helpers shared by the tests.
// Each test binary compiles this module and uses only part of it.
#![allow(dead_code)]

use gongshang::date::Date;
use gongshang::flow::graph::candidates;
use gongshang::flow::{Answers, Flow, UNSURE};
use gongshang::outcome::{Found, Status};
use rust_decimal::Decimal;
use std::fmt::Debug;
use std::mem::discriminant;

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

/// A wage list typed one a row with no blank row: each amount numbered from 1.
pub fn listed(amounts: &[Decimal]) -> Vec<(usize, Decimal)> {
    amounts
        .iter()
        .copied()
        .enumerate()
        .map(|(i, a)| (i + 1, a))
        .collect()
}

/// The last year whose holiday notice the data holds, and the next, which it lacks: tests of
/// a year without its notice take it from the data, so adding a notice breaks none of them.
pub fn last_notice_and_next() -> (i32, i32) {
    let last = gongshang::policy::HOLIDAY_YEARS
        .last()
        .expect("the data holds notices")
        .year;
    (last, last + 1)
}

/// Every item that states an obligation (or its absence) cites its basis, and
/// every item that sends the user to the office says what to bring.
pub fn check_items<F: Debug, D>(a: &Answers, items: &[Found<F, D>]) {
    for item in items {
        if matches!(
            item.status,
            Status::Must | Status::May | Status::NotNeeded | Status::Risk
        ) {
            assert!(
                !item.cites.is_empty(),
                "{a:?}: `{:?}` has no citation",
                item.finding
            );
        }
        if item.status == Status::Ask {
            assert!(
                !item.bring.is_empty(),
                "{a:?}: `{:?}` does not say what to bring",
                item.finding
            );
        }
    }
}

/// 不确定 is never turned into a silent yes or no. For each of `questions` answered 不确定
/// on the path, either every concrete answer gives the same statuses (the answer does not
/// change what the user must do), or the result holds an Ask finding that some concrete
/// answer does without: one that is there because of this 不确定, not an Ask about
/// something else (which every concrete answer would carry too). Findings are the same
/// kind of finding whatever figures they carry.
pub fn check_unsure_asks<F: Debug, D>(
    flow: &Flow,
    a: &Answers,
    items: &dyn Fn(&Answers) -> Vec<Found<F, D>>,
    questions: &[&'static str],
) {
    let path = flow.walk(a).path;
    let unsure_items = items(a);
    for q in questions {
        if !(a.unsure(q) && path.contains(q)) {
            continue;
        }
        let concrete: Vec<Vec<Found<F, D>>> = candidates(flow, q)
            .into_iter()
            .filter(|c| c != UNSURE)
            .map(|c| {
                let mut changed = a.clone();
                changed.set(q, &c);
                complete(flow, &mut changed);
                items(&changed)
            })
            .collect();
        let statuses = |list: &[Found<F, D>]| {
            let mut s: Vec<Status> = list.iter().map(|i| i.status).collect();
            s.sort();
            s
        };
        let first = statuses(&concrete[0]);
        if concrete.iter().all(|c| statuses(c) == first) {
            continue;
        }
        let own_ask = unsure_items.iter().any(|i| {
            i.status == Status::Ask
                && !concrete.iter().all(|c| {
                    c.iter().any(|o| {
                        o.status == Status::Ask
                            && discriminant(&o.finding) == discriminant(&i.finding)
                    })
                })
        });
        assert!(
            own_ask,
            "{a:?}: {q}=不确定 changes the result, but no item asks about it: {:#?}",
            unsure_items
                .iter()
                .map(|i| (i.status, &i.finding))
                .collect::<Vec<_>>()
        );
    }
}

/// Answers a question the changed answers newly call for with its first concrete option,
/// so a comparison is between finished cases, not one cut short at a new question.
fn complete(flow: &Flow, a: &mut Answers) {
    for _ in 0..flow.questions.len() {
        let Some(pending) = flow.walk(a).pending else {
            return;
        };
        let Some(first) = candidates(flow, pending).into_iter().find(|c| c != UNSURE) else {
            return;
        };
        a.set(pending, &first);
    }
}

/// A small deterministic generator, so sampled walks are the same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// Walks the flow `n` times with random answers to the end, calling `visit` with each answer set.
pub fn random_walks(flow: &Flow, n: usize, seed: u64, mut visit: impl FnMut(&Answers)) {
    let mut rng = Rng::new(seed);
    for _ in 0..n {
        let mut answers = Answers::default();
        for _ in 0..flow.questions.len() + 1 {
            let Some(pending) = flow.walk(&answers).pending else {
                break;
            };
            let options = candidates(flow, pending);
            if options.is_empty() {
                break;
            }
            answers.set(pending, &options[rng.below(options.len())]);
        }
        if flow.walk(&answers).done() {
            visit(&answers);
        }
    }
}
