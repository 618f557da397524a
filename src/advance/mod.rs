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
        id::SITE,
        id::SITE_ENROLLED,
        id::INSURED,
        id::TRIGGER,
        id::COURT_RULING,
        id::CONDITION,
    ],
    // Links made before these questions were asked still reach their result.
    unsure_if_missing: &[id::INJURY_DATE, id::SITE, id::DEATH_DATE],
    asks_between: (3, 14),
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
                (id::INJURY_DATE, "2025-05-20"),
                (id::THIRD_PARTY, YesNo::No.key()),
                (id::SITE, YesNo::No.key()),
                (id::INSURED, Insured::Yes.key()),
            ],
        },
        Typical {
            label: "单位没有参保，又拒绝支付",
            answers: &[
                (id::DECISION, YesNo::Yes.key()),
                (id::INJURY_DATE, "2025-05-20"),
                (id::THIRD_PARTY, YesNo::No.key()),
                (id::SITE, YesNo::No.key()),
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

/// The construction project the worker was hurt on was enrolled by project (按项目参保,
/// 人社部发〔2014〕103号): its cover reaches everyone on the site, whatever their own unit did.
pub(super) fn project_enrolled(a: &Answers) -> bool {
    a.is(id::SITE, YesNo::Yes) && a.is(id::SITE_ENROLLED, YesNo::Yes)
}

/// Insured on the injury date: the unit paid its premiums, or the project covered the site.
pub(super) fn insured(a: &Answers) -> bool {
    project_enrolled(a) || a.is(id::INSURED, Insured::Yes)
}

/// Not insured on the injury date: no project cover, and the unit never enrolled or was in
/// arrears.
pub(super) fn uninsured(a: &Answers) -> bool {
    !project_enrolled(a)
        && (a.is(id::INSURED, Insured::Arrears) || a.is(id::INSURED, Insured::Never))
}

fn route(q: QuestionId, a: &Answers) -> Next {
    let recognised = a.is(id::DECISION, YesNo::Yes);
    match q {
        // Asked on every path: the deadlines before a decision, the benefits estimate's
        // starting day after one.
        id::DECISION => Next::Ask(id::INJURY_DATE),
        // Time lost for reasons not the worker's matters only past the one-year limit,
        // and the result says so then (法释〔2014〕9号第七条): no question for it.
        id::INJURY_DATE => Next::Ask(id::THIRD_PARTY),
        id::THIRD_PARTY if !recognised => Next::Done,
        id::THIRD_PARTY if a.is(id::THIRD_PARTY, YesNo::Yes) => Next::Ask(id::TP_PAID),
        id::THIRD_PARTY | id::TP_PAID => Next::Ask(id::SITE),
        // A construction site is usually covered by the project, not by the worker's unit.
        id::SITE if a.is(id::SITE, YesNo::Yes) => Next::Ask(id::SITE_ENROLLED),
        id::SITE | id::SITE_ENROLLED if !project_enrolled(a) => Next::Ask(id::INSURED),
        id::SITE_ENROLLED | id::INSURED if uninsured(a) => Next::Ask(id::BACK_PAID),
        id::SITE_ENROLLED | id::INSURED if medical_route(a) => Next::Ask(id::APPLICANT),
        id::SITE_ENROLLED | id::INSURED => Next::Done,
        id::BACK_PAID => Next::Ask(id::TRIGGER),
        id::TRIGGER if a.has(id::TRIGGER, Trigger::Court) => Next::Ask(id::COURT_RULING),
        // The application details matter only when an application is open.
        id::TRIGGER | id::COURT_RULING if employer_trigger_met(a) || medical_route(a) => {
            Next::Ask(id::APPLICANT)
        }
        id::TRIGGER | id::COURT_RULING => Next::Done,
        id::APPLICANT => Next::Ask(id::CONDITION),
        // Death benefits are counted from the day of death (the benefits estimate's date).
        id::CONDITION if a.is(id::CONDITION, Condition::Died) => Next::Ask(id::DEATH_DATE),
        id::CONDITION | id::DEATH_DATE => Next::Ask(id::APPLIED_ON),
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
