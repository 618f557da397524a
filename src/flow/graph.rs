//! Every path through a flow, for tests and for reviewers.
//!
//! Each question is tried with every option (open answers with its samples;
//! multiple choice with each option alone, all together, and 以上都没有) and
//! 不确定. States that differ only in answers routing never reads are merged,
//! so independent questions add up instead of multiplying.

use super::link::Screen;
use super::{Answers, Flow, Kind, Next, QuestionId, UNSURE};
use crate::choice::{Choice, YesNo};
use std::collections::{BTreeMap, BTreeSet, HashSet};

#[derive(Debug, Default)]
pub struct Report {
    /// Distinct routing states that reached the end.
    pub paths: usize,
    /// (from, to) → the answers that lead there; `to` is a question id or [`OUTCOME`].
    pub edges: BTreeMap<(QuestionId, QuestionId), BTreeSet<String>>,
    pub visited: BTreeSet<QuestionId>,
    /// Dead ends, loops, unreachable questions, open questions without samples.
    pub problems: Vec<String>,
}

pub const OUTCOME: QuestionId = "结果";

/// The answers to try for a question.
pub fn candidates(flow: &Flow, id: QuestionId) -> Vec<String> {
    let Some(q) = flow.question(id) else {
        return Vec::new();
    };
    let mut out: Vec<String> = match &q.kind {
        Kind::Choice(options) => options.iter().map(|o| o.key.to_string()).collect(),
        Kind::YesNo => YesNo::ALL.iter().map(|y| y.key().to_string()).collect(),
        Kind::Multi { options, none_key } => {
            let mut v: Vec<String> = options.iter().map(|o| o.key.to_string()).collect();
            let all: Vec<&str> = options
                .iter()
                .map(|o| o.key)
                .filter(|k| k != none_key)
                .collect();
            v.push(all.join(","));
            v
        }
        Kind::Date | Kind::Month => q.samples.iter().map(|s| s.to_string()).collect(),
    };
    if q.unsure {
        out.push(UNSURE.into());
    }
    out
}

/// The part of the answers that decides where routing goes from here.
fn state_key(flow: &Flow, pending: QuestionId, answers: &Answers) -> String {
    let mut key = pending.to_string();
    for id in flow.routing_reads {
        key.push('|');
        key.push_str(answers.get(id).unwrap_or("-"));
    }
    key
}

/// Explores every routing state, calling `visit` with one complete answer set per state that ends.
pub fn explore(flow: &Flow, mut visit: impl FnMut(&Answers)) -> Report {
    let mut report = Report::default();
    for q in flow.questions {
        if matches!(q.kind, Kind::Date | Kind::Month) && q.samples.is_empty() {
            report
                .problems
                .push(format!("{}: an open question needs samples", q.id));
        }
    }
    let mut seen = HashSet::new();
    step(
        flow,
        &Answers::default(),
        &mut report,
        &mut seen,
        &mut visit,
    );
    for q in flow.questions {
        if !report.visited.contains(q.id) {
            report.problems.push(format!("{}: unreachable", q.id));
        }
    }
    report
}

fn step(
    flow: &Flow,
    answers: &Answers,
    report: &mut Report,
    seen: &mut HashSet<String>,
    visit: &mut dyn FnMut(&Answers),
) {
    let walk = flow.walk(answers);
    let Some(pending) = walk.pending else {
        report.paths += 1;
        visit(answers);
        return;
    };
    if !seen.insert(state_key(flow, pending, answers)) {
        return;
    }
    let Some(question) = flow.question(pending) else {
        let from = walk.path.last().copied().unwrap_or(Screen::Start.key());
        report.problems.push(format!(
            "{from}: routes to unknown question {pending} (dead end)"
        ));
        return;
    };
    report.visited.insert(question.id);
    for answer in candidates(flow, pending) {
        if let Err(e) = question.check(&answer) {
            report
                .problems
                .push(format!("{pending}: sample `{answer}` is refused: {}", e.0));
            continue;
        }
        let mut next_answers = answers.clone();
        next_answers.set(pending, &answer);
        let to = match (flow.route)(pending, &next_answers) {
            Next::Done => OUTCOME,
            Next::Ask(next) if walk.path.contains(&next) || next == pending => {
                report
                    .problems
                    .push(format!("{pending}={answer}: loops back to {next}"));
                continue;
            }
            Next::Ask(next) => next,
        };
        report
            .edges
            .entry((pending, to))
            .or_default()
            .insert(question.describe(&answer));
        step(flow, &next_answers, report, seen, visit);
    }
}

/// The flow as a Mermaid flowchart: questions as boxes, answers on the arrows.
pub fn mermaid(flow: &Flow, report: &Report) -> String {
    let mut out = format!(
        "%% {}: generated from the flow definition\nflowchart TD\n",
        flow.id
    );
    for q in flow.questions {
        out.push_str(&format!("  {}[\"{}\"]\n", q.id, q.prompt.replace('"', "'")));
    }
    out.push_str(&format!("  {OUTCOME}((结果))\n"));
    for ((from, to), labels) in &report.edges {
        let label: Vec<&str> = labels.iter().map(String::as_str).collect();
        out.push_str(&format!(
            "  {from} -->|\"{}\"| {to}\n",
            label.join(" / ").replace('"', "'")
        ));
    }
    out
}
