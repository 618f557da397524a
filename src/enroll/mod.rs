//! 参保义务自查: must this unit enroll, whom, how, by when, and what if it doesn't.
//!
//! `questions` holds the wording, this file the routing, and `checklist` the
//! policy rules that turn answers into the obligations checklist.

pub mod checklist;
pub mod questions;

use crate::flow::{Answers, Flow, Next, QuestionId, UNSURE};

pub static FLOW: Flow = Flow {
    id: "enroll",
    start: "unit",
    questions: &questions::QUESTIONS,
    route,
    routing_reads: &[
        "unit",
        "employees",
        "registered",
        "people",
        "all_enrolled",
        "dispatch_role",
        "overage_pension",
        "project_role",
    ],
};

/// The follow-up questions for each kind of people, in the order asked.
const FOLLOW_UPS: [(&str, &[QuestionId]); 6] = [
    ("regular", &["all_enrolled", "hired"]),
    ("dispatched", &["dispatch_role", "dispatch_local"]),
    ("intern", &["intern_school"]),
    (
        "overage",
        &[
            "overage_birth",
            "overage_category",
            "overage_pension",
            "overage_flexible",
        ],
    ),
    ("project", &["project_role", "project_enrolled"]),
    ("courier", &["courier_outlet"]),
];

/// Asked only when an earlier answer makes them matter.
fn applies(id: QuestionId, a: &Answers) -> bool {
    match id {
        "hired" => a.is("all_enrolled", "no"),
        "dispatch_local" => a.is("dispatch_role", "host"),
        "overage_flexible" => a.is("overage_pension", "no"),
        "project_enrolled" => a.is("project_role", "general"),
        _ => true,
    }
}

/// The follow-ups the `people` answer calls for, in order.
fn follow_ups(a: &Answers) -> Vec<QuestionId> {
    FOLLOW_UPS
        .iter()
        .filter(|(group, _)| a.has("people", group))
        .flat_map(|(_, ids)| ids.iter().copied())
        .collect()
}

fn route(q: QuestionId, a: &Answers) -> Next {
    let unit = a.get("unit").unwrap_or_default();
    match q {
        "unit" => match unit {
            UNSURE => Next::Done,
            "institution" | "association" => Next::Ask("civil"),
            "sole" => Next::Ask("employees"),
            _ => Next::Ask("registered"),
        },
        "civil" => Next::Ask("registered"),
        "employees" if a.is("employees", "yes") => Next::Ask("registered"),
        "employees" => Next::Done,
        "registered" if a.is("registered", "no") => Next::Ask("founded"),
        "registered" | "founded" => Next::Ask("sector"),
        "sector" => Next::Ask("people"),
        _ => {
            // `people` or one of its follow-ups: the next follow-up that applies, if any.
            let list = follow_ups(a);
            let start = match list.iter().position(|id| *id == q) {
                Some(i) => i + 1,
                None if q == "people" => 0,
                None => return Next::Done,
            };
            list[start..]
                .iter()
                .find(|id| applies(id, a))
                .map_or(Next::Done, |id| Next::Ask(id))
        }
    }
}
