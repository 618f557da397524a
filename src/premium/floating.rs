//! Estimating the floating grade from the current cycle's indicators.
//!
//! Only an estimate: the agency sets the grade. The conditions are the dated
//! data of `policy/floating.toml`; this module only reads them in order.

use super::rate::allowed_grades;
use super::Problem;
use crate::date::Date;
use crate::policy::{float_cycle, Condition, Cycle, CycleBody, PolicyError};
use rust_decimal::Decimal;

/// An answer to a yes/no question where "not sure" is a real answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Answer {
    Yes,
    No,
    #[default]
    Unsure,
}

impl Answer {
    pub fn key(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unsure => "unsure",
        }
    }
    pub fn from_key(key: &str) -> Option<Answer> {
        match key {
            "yes" => Some(Answer::Yes),
            "no" => Some(Answer::No),
            "unsure" => Some(Answer::Unsure),
            _ => None,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => "是",
            Answer::No => "否",
            Answer::Unsure => "不确定",
        }
    }
}

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
    pub cycle: &'static Cycle,
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
            None => answer(id) == Answer::Yes,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }
    fn ind(payout: &str, incidence: &str, flags: &[(&str, Answer)]) -> Indicators {
        Indicators {
            payout: payout.parse().unwrap(),
            incidence: incidence.parse().unwrap(),
            flags: flags.iter().map(|(f, a)| (f.to_string(), *a)).collect(),
        }
    }
    use Answer::*;

    fn grades(date: &str, class: u8, i: &Indicators) -> Vec<u16> {
        estimate(day(date), class, i).unwrap().grades
    }

    const CLEAN_2025: &[(&str, Answer)] = &[
        ("new_enrollee", No),
        ("blacklisted", No),
        ("clean_previous", No),
    ];

    #[test]
    fn cycle_2025_thresholds() {
        assert_eq!(
            grades("2025-06-01", 4, &ind("0", "0", CLEAN_2025)),
            vec![80]
        );
        assert_eq!(
            grades(
                "2025-06-01",
                4,
                &ind(
                    "0",
                    "0",
                    &[
                        ("new_enrollee", No),
                        ("blacklisted", No),
                        ("clean_previous", Yes)
                    ]
                )
            ),
            vec![50]
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("30", "0.5", CLEAN_2025)),
            vec![100]
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("50", "1", CLEAN_2025)),
            vec![100],
            "both bounds are inclusive"
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("50.01", "0", CLEAN_2025)),
            vec![120]
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("0", "1.5", CLEAN_2025)),
            vec![120]
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("100", "3", CLEAN_2025)),
            vec![120]
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("100.5", "0", CLEAN_2025)),
            vec![150]
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("0", "3.1", CLEAN_2025)),
            vec![150]
        );
    }

    #[test]
    fn new_enrollees_and_blacklisted_units_do_not_float_down() {
        assert_eq!(
            grades("2025-06-01", 4, &ind("0", "0", &[("new_enrollee", Yes)])),
            vec![100]
        );
        assert_eq!(
            grades(
                "2025-06-01",
                4,
                &ind(
                    "0",
                    "0",
                    &[
                        ("new_enrollee", No),
                        ("blacklisted", Yes),
                        ("clean_previous", Yes)
                    ]
                )
            ),
            vec![100]
        );
        // Blacklisting does not stop an up-float.
        assert_eq!(
            grades(
                "2025-06-01",
                4,
                &ind("200", "0", &[("new_enrollee", No), ("blacklisted", Yes)])
            ),
            vec![150]
        );
    }

    #[test]
    fn unsure_answers_give_a_range() {
        let e = estimate(
            day("2025-06-01"),
            4,
            &ind("0", "0", &[("new_enrollee", No), ("blacklisted", No)]),
        )
        .unwrap();
        assert_eq!(e.grades, vec![50, 80]);
        assert_eq!(
            grades("2025-06-01", 4, &ind("0", "0", &[])),
            vec![50, 80, 100]
        );
    }

    #[test]
    fn class_one_stays_at_or_above_100() {
        assert_eq!(
            grades(
                "2025-06-01",
                1,
                &ind(
                    "0",
                    "0",
                    &[
                        ("new_enrollee", No),
                        ("blacklisted", No),
                        ("clean_previous", Yes)
                    ]
                )
            ),
            vec![100]
        );
        assert_eq!(
            grades("2025-06-01", 1, &ind("120", "0", CLEAN_2025)),
            vec![150]
        );
    }

    #[test]
    fn cycle_2023_has_different_thresholds() {
        let clean = &[
            ("new_enrollee", No),
            ("blacklisted", No),
            ("harmonious", No),
        ];
        // 80 % < payout ≤ 150 % and incidence 0: 120 % needs incidence above 1 % in 2023, so 100 %.
        assert_eq!(grades("2023-06-01", 4, &ind("120", "0", clean)), vec![100]);
        // The same indicators in the 2025 cycle give 150 %.
        assert_eq!(
            grades("2025-06-01", 4, &ind("120", "0", CLEAN_2025)),
            vec![150]
        );
        assert_eq!(grades("2023-06-01", 4, &ind("200", "2", clean)), vec![120]);
        assert_eq!(grades("2023-06-01", 4, &ind("301", "0", clean)), vec![150]);
        assert_eq!(grades("2023-06-01", 4, &ind("0", "0", clean)), vec![80]);
        assert_eq!(
            grades(
                "2023-06-01",
                4,
                &ind(
                    "30",
                    "0",
                    &[
                        ("new_enrollee", No),
                        ("blacklisted", No),
                        ("harmonious", Yes)
                    ]
                )
            ),
            vec![50]
        );
        assert_eq!(
            grades(
                "2023-06-01",
                4,
                &ind(
                    "0",
                    "0",
                    &[
                        ("new_enrollee", No),
                        ("blacklisted", Yes),
                        ("harmonious", No)
                    ]
                )
            ),
            vec![150]
        );
    }

    #[test]
    fn cycle_boundary_and_unknown_cycles() {
        // 2024-12-31 is the last day of the 2023 cycle, 2025-01-01 the first of the next.
        let i = ind(
            "120",
            "0",
            &[
                ("new_enrollee", No),
                ("blacklisted", No),
                ("harmonious", No),
                ("clean_previous", No),
            ],
        );
        assert_eq!(grades("2024-12-31", 4, &i), vec![100]);
        assert_eq!(grades("2025-01-01", 4, &i), vec![150]);
        assert!(matches!(
            estimate(day("2022-06-01"), 4, &i),
            Err(Problem::Policy(PolicyError::NotFound { .. }))
        ));
        assert!(matches!(
            estimate(day("2027-01-01"), 4, &i),
            Err(Problem::Policy(PolicyError::OutOfCoverage { .. }))
        ));
    }
}
