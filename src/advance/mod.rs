//! 先行支付核对: will the work-injury fund pay first, and what to bring.
//!
//! `questions` holds the questions and their answers as types, this file the routing,
//! `rules` the rules of 社会保险法 Arts 41–42, 先行支付暂行办法 and the courts' practice,
//! and `wording` the result in words.

pub mod questions;
pub mod rules;
pub mod wording;

use questions::{id, Applicant, Condition, CourtRuling, Insured, TpPaid, Trigger};

use crate::choice::{Answer, YesNo};
use crate::flow::{Answers, Flow, Next, QuestionId, Typical};
use crate::outcome::See;

/// The route of this self-check.
pub const PATH: &str = "/advance";

pub static FLOW: Flow = Flow {
    id: "advance",
    start: id::DECISION,
    questions: &questions::QUESTIONS,
    route,
    routing_reads: &[
        id::DECISION,
        id::THIRD_PARTY,
        id::TP_PAID,
        id::INSURED,
        id::TRIGGER,
        id::COURT_RULING,
    ],
    unsure_if_missing: &[],
    asks_between: (3, 10),
    typical: &[
        Typical {
            label: "还没有取得工伤认定",
            answers: &[
                (id::DECISION, YesNo::No.key()),
                (id::INJURY_DATE, "2025-05-20"),
                (id::THIRD_PARTY, YesNo::No.key()),
            ],
        },
        Typical {
            label: "单位已参保，没有第三人",
            answers: &[
                (id::DECISION, YesNo::Yes.key()),
                (id::THIRD_PARTY, YesNo::No.key()),
                (id::INSURED, Insured::Yes.key()),
            ],
        },
        Typical {
            label: "单位没有参保，又拒绝支付",
            answers: &[
                (id::DECISION, YesNo::Yes.key()),
                (id::THIRD_PARTY, YesNo::No.key()),
                (id::INSURED, Insured::Never.key()),
                (id::BACK_PAID, YesNo::No.key()),
                (id::TRIGGER, Trigger::Refuses.key()),
                (id::APPLICANT, Applicant::Worker.key()),
                (id::CONDITION, Condition::Treating.key()),
                (id::APPLIED_ON, "2025-06-03"),
            ],
        },
    ],
};

/// A third party hurt the worker and has not paid the medical costs in full:
/// the medical-cost advance of 社会保险法 Art 42 is open.
pub fn medical_route(a: &Answers) -> bool {
    a.is(id::THIRD_PARTY, YesNo::Yes) && !a.is(id::TP_PAID, TpPaid::Full)
}

/// One of the triggers of 办法第六条 is met (a court route only with an enforcement ruling).
pub fn employer_trigger_met(a: &Answers) -> bool {
    [Trigger::Revoked, Trigger::Refuses, Trigger::Other]
        .iter()
        .any(|t| a.has(id::TRIGGER, *t))
        || (a.has(id::TRIGGER, Trigger::Court)
            && (a.is(id::COURT_RULING, CourtRuling::Suspend)
                || a.is(id::COURT_RULING, CourtRuling::Terminate)))
}

/// The unit had not paid its premiums on the injury date (never enrolled, or in arrears).
pub(super) fn uninsured(a: &Answers) -> bool {
    a.is(id::INSURED, Insured::Arrears) || a.is(id::INSURED, Insured::Never)
}

fn route(q: QuestionId, a: &Answers) -> Next {
    let recognised = a.is(id::DECISION, YesNo::Yes);
    match q {
        id::DECISION if recognised => Next::Ask(id::THIRD_PARTY),
        id::DECISION => Next::Ask(id::INJURY_DATE),
        // Time lost for reasons not the worker's matters only past the one-year limit,
        // and the result says so then (法释〔2014〕9号第七条): no question for it.
        id::INJURY_DATE => Next::Ask(id::THIRD_PARTY),
        id::THIRD_PARTY if !recognised => Next::Done,
        id::THIRD_PARTY if a.is(id::THIRD_PARTY, YesNo::Yes) => Next::Ask(id::TP_PAID),
        id::THIRD_PARTY | id::TP_PAID => Next::Ask(id::INSURED),
        id::INSURED if uninsured(a) => Next::Ask(id::BACK_PAID),
        id::INSURED if medical_route(a) => Next::Ask(id::APPLICANT),
        id::INSURED => Next::Done,
        id::BACK_PAID => Next::Ask(id::TRIGGER),
        id::TRIGGER if a.has(id::TRIGGER, Trigger::Court) => Next::Ask(id::COURT_RULING),
        // The application details matter only when an application is open.
        id::TRIGGER | id::COURT_RULING if employer_trigger_met(a) || medical_route(a) => {
            Next::Ask(id::APPLICANT)
        }
        id::TRIGGER | id::COURT_RULING => Next::Done,
        id::APPLICANT => Next::Ask(id::CONDITION),
        id::CONDITION => Next::Ask(id::APPLIED_ON),
        _ => Next::Done,
    }
}

/// This check, opened from another tool's result: no injury decision is asked for yet,
/// and the unit's insurance is carried over when known.
pub fn see(insured: Option<Answer<Insured>>) -> See {
    See {
        path: PATH,
        label: "单位不支付工伤待遇时，看看工伤保险基金能否先行支付",
        pairs: insured
            .map(|i| vec![(id::INSURED.to_string(), i.key().to_string())])
            .unwrap_or_default(),
    }
}
