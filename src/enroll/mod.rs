//! 参保义务自查: must this unit enroll, whom, how, by when, and what if it doesn't.
//!
//! `questions` holds the questions and their answers' types, this file the routing,
//! `rules` the policy rules that turn answers into typed findings, and `wording` the
//! result in words.

pub mod questions;
pub mod rules;
pub mod wording;

use questions::{id, DispatchRole, People, ProjectRole, Sector, Unit};

use crate::choice::{Answer, YesNo};
use crate::flow::{Answers, Flow, Next, QuestionId, Typical};
use crate::outcome::See;

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
    unsure_if_missing: &[],
    asks_between: (1, 17),
    typical: &[
        Typical {
            label: "没有雇工的个体工商户",
            answers: &[
                (id::UNIT, Unit::Sole.key()),
                (id::EMPLOYEES, YesNo::No.key()),
            ],
        },
        Typical {
            label: "有雇工、已登记的小店（如餐馆）",
            answers: &[
                (id::UNIT, Unit::Sole.key()),
                (id::EMPLOYEES, YesNo::Yes.key()),
                (id::REGISTERED, YesNo::Yes.key()),
                (id::SECTOR, Sector::NoneOfThese.key()),
                (id::PEOPLE, People::Regular.key()),
                (id::ALL_ENROLLED, YesNo::Yes.key()),
            ],
        },
        Typical {
            label: "刚成立、还没有办社会保险登记的企业",
            answers: &[
                (id::UNIT, Unit::Enterprise.key()),
                (id::REGISTERED, YesNo::No.key()),
                (id::FOUNDED, "2025-05-20"),
                (id::SECTOR, Sector::NoneOfThese.key()),
                (id::PEOPLE, People::Regular.key()),
                (id::HIRED, "2025-05-06"),
            ],
        },
    ],
};

/// The follow-up questions for each kind of people, in the order asked.
const FOLLOW_UPS: [(People, &[QuestionId]); 6] = [
    (People::Regular, &[id::ALL_ENROLLED, id::HIRED]),
    (People::Dispatched, &[id::DISPATCH_ROLE, id::DISPATCH_LOCAL]),
    (People::Intern, &[id::INTERN_SCHOOL]),
    (
        People::Overage,
        &[
            id::OVERAGE_BIRTH,
            id::OVERAGE_CATEGORY,
            id::OVERAGE_PENSION,
            id::OVERAGE_FLEXIBLE,
        ],
    ),
    (People::Project, &[id::PROJECT_ROLE, id::PROJECT_ENROLLED]),
    (People::Courier, &[id::COURIER_OUTLET]),
];

/// Asked only when an earlier answer makes them matter.
fn applies(id: QuestionId, a: &Answers) -> bool {
    match id {
        // A unit that has not registered has enrolled no one: that settles the question.
        id::ALL_ENROLLED => !a.is(id::REGISTERED, YesNo::No),
        id::HIRED => a.is(id::ALL_ENROLLED, YesNo::No) || a.is(id::REGISTERED, YesNo::No),
        id::DISPATCH_LOCAL => a.is(id::DISPATCH_ROLE, DispatchRole::Host),
        id::OVERAGE_FLEXIBLE => a.is(id::OVERAGE_PENSION, YesNo::No),
        id::PROJECT_ENROLLED => a.is(id::PROJECT_ROLE, ProjectRole::General),
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
    match q {
        id::UNIT => match a.answer::<Unit>(id::UNIT) {
            Some(Answer::Unsure) => Next::Done,
            Some(Answer::Is(Unit::Institution | Unit::Association)) => Next::Ask(id::CIVIL),
            Some(Answer::Is(Unit::Sole)) => Next::Ask(id::EMPLOYEES),
            _ => Next::Ask(id::REGISTERED),
        },
        id::CIVIL => Next::Ask(id::REGISTERED),
        id::EMPLOYEES if a.is(id::EMPLOYEES, YesNo::Yes) => Next::Ask(id::REGISTERED),
        id::EMPLOYEES => Next::Done,
        id::REGISTERED if a.is(id::REGISTERED, YesNo::No) => Next::Ask(id::FOUNDED),
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

/// This check, opened from another tool's result for a kind of worker whose cover it
/// explains (interns, over-age workers, platform workers).
pub fn see(people: People) -> See {
    See {
        path: PATH,
        label: "看看这类人员应当怎样参保、由哪种保障承担",
        pairs: vec![(id::PEOPLE.to_string(), people.key().to_string())],
    }
}
