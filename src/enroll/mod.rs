//! 参保义务自查: must this unit enroll, whom, how, by when, and what if it doesn't.
//!
//! `questions` holds the wording, this file the routing, and `checklist` the
//! policy rules that turn answers into the obligations checklist.

pub mod checklist;
pub mod questions;

use questions::id;

use crate::flow::{Answers, Flow, Next, QuestionId, Typical, UNSURE};

/// The route of this self-check.
pub const PATH: &str = "/enroll";

pub static FLOW: Flow = Flow {
    id: "enroll",
    start: id::UNIT,
    questions: &questions::QUESTIONS,
    route,
    routing_reads: &[
        id::UNIT,
        id::EMPLOYEES,
        id::REGISTERED,
        id::PEOPLE,
        id::ALL_ENROLLED,
        id::DISPATCH_ROLE,
        id::OVERAGE_PENSION,
        id::PROJECT_ROLE,
    ],
    typical: &[
        Typical {
            label: "没有雇工的个体工商户",
            answers: &[(id::UNIT, "sole"), (id::EMPLOYEES, "no")],
        },
        Typical {
            label: "有雇工、已登记的小店（如餐馆）",
            answers: &[
                (id::UNIT, "sole"),
                (id::EMPLOYEES, "yes"),
                (id::REGISTERED, "yes"),
                (id::SECTOR, "none"),
                (id::PEOPLE, "regular"),
                (id::ALL_ENROLLED, "yes"),
            ],
        },
        Typical {
            label: "刚成立、还没有办社会保险登记的企业",
            answers: &[
                (id::UNIT, "enterprise"),
                (id::REGISTERED, "no"),
                (id::FOUNDED, "2025-05-20"),
                (id::SECTOR, "none"),
                (id::PEOPLE, "regular"),
                (id::HIRED, "2025-05-06"),
            ],
        },
    ],
};

/// The follow-up questions for each kind of people, in the order asked.
const FOLLOW_UPS: [(&str, &[QuestionId]); 6] = [
    ("regular", &[id::ALL_ENROLLED, id::HIRED]),
    ("dispatched", &[id::DISPATCH_ROLE, id::DISPATCH_LOCAL]),
    ("intern", &[id::INTERN_SCHOOL]),
    (
        "overage",
        &[
            id::OVERAGE_BIRTH,
            id::OVERAGE_CATEGORY,
            id::OVERAGE_PENSION,
            id::OVERAGE_FLEXIBLE,
        ],
    ),
    ("project", &[id::PROJECT_ROLE, id::PROJECT_ENROLLED]),
    ("courier", &[id::COURIER_OUTLET]),
];

/// Asked only when an earlier answer makes them matter.
fn applies(id: QuestionId, a: &Answers) -> bool {
    match id {
        // A unit that has not registered has enrolled no one: that settles the question.
        id::ALL_ENROLLED => !a.is(id::REGISTERED, "no"),
        id::HIRED => a.is(id::ALL_ENROLLED, "no") || a.is(id::REGISTERED, "no"),
        id::DISPATCH_LOCAL => a.is(id::DISPATCH_ROLE, "host"),
        id::OVERAGE_FLEXIBLE => a.is(id::OVERAGE_PENSION, "no"),
        id::PROJECT_ENROLLED => a.is(id::PROJECT_ROLE, "general"),
        _ => true,
    }
}

/// The follow-ups the `people` answer calls for, in order.
fn follow_ups(a: &Answers) -> Vec<QuestionId> {
    FOLLOW_UPS
        .iter()
        .filter(|(group, _)| a.has(id::PEOPLE, *group))
        .flat_map(|(_, ids)| ids.iter().copied())
        .collect()
}

fn route(q: QuestionId, a: &Answers) -> Next {
    let unit = a.get(id::UNIT).unwrap_or_default();
    match q {
        id::UNIT => match unit {
            UNSURE => Next::Done,
            "institution" | "association" => Next::Ask(id::CIVIL),
            "sole" => Next::Ask(id::EMPLOYEES),
            _ => Next::Ask(id::REGISTERED),
        },
        id::CIVIL => Next::Ask(id::REGISTERED),
        id::EMPLOYEES if a.is(id::EMPLOYEES, "yes") => Next::Ask(id::REGISTERED),
        id::EMPLOYEES => Next::Done,
        id::REGISTERED if a.is(id::REGISTERED, "no") => Next::Ask(id::FOUNDED),
        id::REGISTERED | id::FOUNDED => Next::Ask(id::SECTOR),
        id::SECTOR => Next::Ask(id::PEOPLE),
        _ => {
            // `people` or one of its follow-ups: the next follow-up that applies, if any.
            let list = follow_ups(a);
            let start = match list.iter().position(|id| *id == q) {
                Some(i) => i + 1,
                None if q == id::PEOPLE => 0,
                None => return Next::Done,
            };
            list[start..]
                .iter()
                .find(|id| applies(id, a))
                .map_or(Next::Done, |id| Next::Ask(id))
        }
    }
}
