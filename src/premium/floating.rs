//! Estimating the floating grade from the current cycle's indicators.
//!
//! Only an estimate: the agency sets the grade. The conditions are the dated
//! data of `policy/floating.toml`; this module only reads them in order.

use super::rate::allowed_grades;
use super::Problem;
use crate::choice::YesNo;
use crate::date::Date;
use crate::policy::{float_cycle, Condition, Cycle, CycleBody, InForce, PolicyError};
use rust_decimal::Decimal;

/// An answer to one of the cycle's yes/no questions; 不确定 is a real answer.
pub type Answer = crate::choice::Answer<YesNo>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indicators {
    /// 支缴率, percent.
    pub payout: Decimal,
    /// 工伤发生率, percent.
    pub incidence: Decimal,
    /// Answers to the cycle's yes/no questions, by flag id; a missing answer counts as not sure.
    pub flags: Vec<(String, Answer)>,
}

#[derive(Clone, Debug)]
pub struct GradeEstimate {
    /// Carried forward, and so 待核实, when the newest cycle in the data has ended.
    pub cycle: InForce<Cycle>,
    /// Every grade the answers allow, ascending; more than one when a question was answered 不确定.
    pub grades: Vec<u16>,
    /// The conditions that decided, in the order of `grades`' first appearance.
    pub reasons: Vec<&'static str>,
}

fn holds(c: &Condition, payout: Decimal, incidence: Decimal, yes: &dyn Fn(&str) -> bool) -> bool {
    c.payout_above.is_none_or(|b| payout > b)
        && c.payout_at_most.is_none_or(|b| payout <= b)
        && c.incidence_above.is_none_or(|b| incidence > b)
        && c.incidence_at_most.is_none_or(|b| incidence <= b)
        && c.flags.iter().all(|f| yes(f))
}

/// The grade a class may actually take: class 1 does not float down, so a
/// down-float condition leaves it at the lowest grade it is allowed.
fn within(grade: u16, allowed: &[u16]) -> u16 {
    if allowed.contains(&grade) {
        return grade;
    }
    allowed
        .iter()
        .copied()
        .filter(|g| *g >= grade)
        .min()
        .or_else(|| allowed.iter().copied().max())
        .unwrap_or(grade)
}

pub fn estimate(day: Date, class: u8, ind: &Indicators) -> Result<GradeEstimate, Problem> {
    let cycle = float_cycle(day)?;
    let (flags, rules) = match &cycle.body {
        CycleBody::Unknown(guidance) => {
            return Err(Problem::Policy(PolicyError::NotFound {
                param: "费率浮动条件",
                day,
                guidance,
            }));
        }
        CycleBody::Rules { flags, rules } => (*flags, *rules),
    };
    let allowed = allowed_grades(class, day)?;
    let answer = |id: &str| {
        ind.flags
            .iter()
            .find(|(f, _)| f == id)
            .map_or(Answer::Unsure, |(_, a)| *a)
    };
    let unsure: Vec<&str> = flags
        .iter()
        .map(|f| f.id)
        .filter(|id| answer(id) == Answer::Unsure)
        .collect();

    let mut grades = Vec::new();
    let mut reasons = Vec::new();
    // Try every way the 不确定 answers could turn out; at most 2^(number of questions).
    for combo in 0u32..(1 << unsure.len()) {
        let yes = |id: &str| match unsure.iter().position(|u| *u == id) {
            Some(bit) => combo & (1 << bit) != 0,
            None => answer(id) == Answer::Is(YesNo::Yes),
        };
        let matched = rules.iter().find(|r| {
            r.any
                .iter()
                .any(|c| holds(c, ind.payout, ind.incidence, &yes))
        });
        let (grade, reason) = match matched {
            Some(rule) => (rule.grade, rule.text),
            None => (100, "不符合上浮或下浮条件，按基准费率"),
        };
        let grade = within(grade, &allowed);
        if !grades.contains(&grade) {
            grades.push(grade);
        }
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
    }
    grades.sort_unstable();
    Ok(GradeEstimate {
        cycle,
        grades,
        reasons,
    })
}
