//! 工伤认定指引: after an injury — is it a work injury, who applies, by when, with
//! what, and what follows.
//!
//! `questions` holds the questions and their answers as types, this file the routing,
//! `rules` the rules of 条例第十四条至第二十六条、第三十三条, 工伤认定办法 and
//! 法释〔2014〕9号, `wording` the result in words, and `sheet` the application form
//! printed with what the answers say.

pub mod questions;
pub mod rules;
pub mod sheet;
pub mod wording;

use questions::{
    id, Away, CommuteFault, CommuteTrip, Excluded, Happened, Insured, Role, Situation,
};

use crate::choice::{Answer, YesNo};
use crate::date::Date;
use crate::flow::{Answers, Flow, Next, QuestionId, Typical, UNSURE};
use crate::outcome::See;

/// The route of this self-check.
pub const PATH: &str = "/injury";

pub static FLOW: Flow = Flow {
    id: "injury",
    start: id::ROLE,
    questions: &questions::QUESTIONS,
    route,
    routing_reads: &[
        id::KIND,
        id::SITUATION,
        id::COMMUTE_TRIP,
        id::COMMUTE_FAULT,
        id::AWAY,
        id::EXCLUDED,
    ],
    unsure_if_missing: &[id::DEATH_DATE, id::COMMUTE_TRIP, id::EMPLOYMENT],
    asks_between: (4, 11),
    typical: &[
        Typical {
            label: "职工在工作中受伤，单位来问",
            answers: &[
                (id::ROLE, Role::Unit.key()),
                (id::KIND, Happened::Accident.key()),
                (id::INJURY_DATE, "2026-12-02"),
                (id::SITUATION, Situation::Work.key()),
                (id::EXCLUDED, Excluded::None.key()),
                (id::EMPLOYMENT, questions::Employment::Contract.key()),
                (id::INSURED, Insured::Yes.key()),
                (id::UNIT_APPLIED, YesNo::No.key()),
            ],
        },
        Typical {
            label: "职工下班途中遇到交通事故",
            answers: &[
                (id::ROLE, Role::Worker.key()),
                (id::KIND, Happened::Accident.key()),
                (id::INJURY_DATE, "2026-11-20"),
                (id::SITUATION, Situation::Commute.key()),
                (id::COMMUTE_TRIP, questions::CommuteTrip::Home.key()),
                (id::COMMUTE_FAULT, questions::CommuteFault::NotMain.key()),
                (id::EXCLUDED, Excluded::None.key()),
                (id::EMPLOYMENT, questions::Employment::Contract.key()),
                (id::INSURED, Insured::Yes.key()),
                (id::UNIT_APPLIED, YesNo::No.key()),
            ],
        },
        Typical {
            label: "职工在岗位上突发疾病死亡，家属来问",
            answers: &[
                (id::ROLE, Role::Relative.key()),
                (id::KIND, Happened::Death.key()),
                (id::INJURY_DATE, "2026-11-28"),
                (id::SITUATION, Situation::SuddenDeath.key()),
                (id::DEATH_DATE, "2026-11-29"),
                (id::EXCLUDED, Excluded::None.key()),
                (id::EMPLOYMENT, questions::Employment::Contract.key()),
                (id::INSURED, Insured::Never.key()),
                (id::UNIT_APPLIED, UNSURE),
            ],
        },
    ],
};

/// The situation, as answered or, for an occupational disease, as the kind implies.
pub fn situation(a: &Answers) -> Option<Answer<Situation>> {
    if a.is(id::KIND, Happened::Disease) {
        return Some(Answer::Is(Situation::Disease));
    }
    a.answer(id::SITUATION)
}

/// After `q`, the answers fall outside 条例第十四条、第十五条: nothing asked later changes it.
fn outside_after(q: QuestionId, a: &Answers) -> bool {
    match q {
        id::SITUATION => a.is(id::SITUATION, Situation::Illness),
        id::COMMUTE_TRIP => a.is(id::COMMUTE_TRIP, CommuteTrip::Detour),
        id::COMMUTE_FAULT => {
            a.is(id::COMMUTE_FAULT, CommuteFault::Main)
                || a.is(id::COMMUTE_FAULT, CommuteFault::NotTraffic)
        }
        id::AWAY => a.is(id::AWAY, Away::Personal),
        _ => false,
    }
}

/// Where 条例第十六条 leaves nothing to ask: an exclusion answered as a fact.
fn excluded(a: &Answers) -> bool {
    matches!(
        a.answer::<Excluded>(id::EXCLUDED),
        Some(Answer::Is(
            Excluded::Crime | Excluded::DrunkDrugs | Excluded::SelfHarm
        ))
    )
}

fn route(q: QuestionId, a: &Answers) -> Next {
    let died = a.is(id::KIND, Happened::Death);
    let after_situation = || match situation(a) {
        _ if died => Next::Ask(id::DEATH_DATE),
        // An occupational disease or a veteran's old wound: 条例第十六条 does not arise
        // in practice, and the diagnosis or the 军人证 is the finding.
        Some(Answer::Is(Situation::Disease | Situation::Veteran)) => Next::Ask(id::EMPLOYMENT),
        _ => Next::Ask(id::EXCLUDED),
    };
    match q {
        // Outside the situations the law names, or excluded by 条例第十六条: the result
        // says so, with the periods for anyone who disputes it; nothing else is asked.
        _ if outside_after(q, a) => Next::Done,
        id::ROLE => Next::Ask(id::KIND),
        id::KIND => Next::Ask(id::INJURY_DATE),
        id::INJURY_DATE if a.is(id::KIND, Happened::Disease) => after_situation(),
        id::INJURY_DATE => Next::Ask(id::SITUATION),
        id::SITUATION if a.is(id::SITUATION, Situation::Commute) => Next::Ask(id::COMMUTE_TRIP),
        id::SITUATION if a.is(id::SITUATION, Situation::Away) => Next::Ask(id::AWAY),
        id::COMMUTE_TRIP => Next::Ask(id::COMMUTE_FAULT),
        id::SITUATION | id::COMMUTE_FAULT | id::AWAY => after_situation(),
        id::DEATH_DATE => match situation(a) {
            Some(Answer::Is(Situation::Disease | Situation::Veteran)) => Next::Ask(id::EMPLOYMENT),
            _ => Next::Ask(id::EXCLUDED),
        },
        id::EXCLUDED if excluded(a) => Next::Done,
        id::EXCLUDED => Next::Ask(id::EMPLOYMENT),
        id::EMPLOYMENT => Next::Ask(id::INSURED),
        id::INSURED => Next::Ask(id::UNIT_APPLIED),
        _ => Next::Done,
    }
}

/// This guide, opened from another tool's result with what that result knows.
pub fn see(role: Option<Role>, injury_date: Option<Date>, insured: Option<Insured>) -> See {
    let mut pairs = Vec::new();
    if let Some(r) = role {
        pairs.push((id::ROLE.to_string(), r.key().to_string()));
    }
    if let Some(d) = injury_date {
        pairs.push((id::INJURY_DATE.to_string(), d.to_string()));
    }
    if let Some(i) = insured {
        pairs.push((id::INSURED.to_string(), i.key().to_string()));
    }
    See {
        path: PATH,
        label: "还没有工伤认定？看看能否认定为工伤、由谁在哪天前申请、要带哪些材料",
        pairs,
    }
}
