//! 先行支付核对: will the work-injury fund pay first, and what to bring.
//!
//! `questions` holds the wording, this file the routing, and `checklist` the
//! rules of 社会保险法 Arts 41–42, 先行支付暂行办法 and the courts' practice.

pub mod checklist;
pub mod questions;

use crate::flow::{Answers, Flow, Next, QuestionId};

pub static FLOW: Flow = Flow {
    id: "advance",
    start: "decision",
    questions: &questions::QUESTIONS,
    route,
    routing_reads: &[
        "decision",
        "third_party",
        "tp_paid",
        "insured",
        "trigger",
        "court_ruling",
    ],
};

/// A third party hurt the worker and has not paid the medical costs in full:
/// the medical-cost advance of 社会保险法 Art 42 is open.
pub fn medical_route(a: &Answers) -> bool {
    a.is("third_party", "yes") && !a.is("tp_paid", "full")
}

/// One of the triggers of 办法第六条 is met (a court route only with an enforcement ruling).
pub fn employer_trigger_met(a: &Answers) -> bool {
    ["revoked", "refuses", "other"]
        .iter()
        .any(|t| a.has("trigger", t))
        || (a.has("trigger", "court")
            && (a.is("court_ruling", "suspend") || a.is("court_ruling", "terminate")))
}

fn uninsured(a: &Answers) -> bool {
    a.is("insured", "arrears") || a.is("insured", "never")
}

fn route(q: QuestionId, a: &Answers) -> Next {
    let recognised = a.is("decision", "yes");
    match q {
        "decision" if recognised => Next::Ask("third_party"),
        "decision" => Next::Ask("injury_date"),
        "injury_date" => Next::Ask("delay"),
        "delay" => Next::Ask("third_party"),
        "third_party" if !recognised => Next::Done,
        "third_party" if a.is("third_party", "yes") => Next::Ask("tp_paid"),
        "third_party" | "tp_paid" => Next::Ask("insured"),
        "insured" if uninsured(a) => Next::Ask("back_paid"),
        "insured" if medical_route(a) => Next::Ask("applicant"),
        "insured" => Next::Done,
        "back_paid" => Next::Ask("trigger"),
        "trigger" if a.has("trigger", "court") => Next::Ask("court_ruling"),
        // The application details matter only when an application is open.
        "trigger" | "court_ruling" if employer_trigger_met(a) || medical_route(a) => {
            Next::Ask("applicant")
        }
        "trigger" | "court_ruling" => Next::Done,
        "applicant" => Next::Ask("condition"),
        "condition" => Next::Ask("applied_on"),
        _ => Next::Done,
    }
}
