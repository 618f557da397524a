//! The contribution base: each person's monthly wage held between the province's floor and ceiling.

use super::{Basis, Field, Problem, Step};
use crate::date::Date;
use crate::format::yuan;
use crate::policy::{Param, PolicyError, BASE_CEILING, BASE_FLOOR};
use rust_decimal::Decimal;

/// The floor and ceiling in force, with where each came from.
#[derive(Clone, Debug)]
pub struct Limits {
    pub floor: Decimal,
    pub ceiling: Decimal,
    pub steps: Vec<Step>,
}

/// Looks up the limits for `day`. Where the data has no figure for the day, the
/// user's own figure (from the unit's payment notice) is used if given, else
/// the user is asked for it.
pub fn limits(
    day: Date,
    user_floor: Option<Decimal>,
    user_ceiling: Option<Decimal>,
) -> Result<Limits, Problem> {
    let one = |param: &'static Param,
               user: Option<Decimal>,
               field: Field,
               label: &str|
     -> Result<(Decimal, Step), Problem> {
        match param.number(day) {
            Ok((value, dated)) => Ok((
                value,
                Step::new(
                    label,
                    format!("{}/月", yuan(value)),
                    Basis::Param(param, dated),
                ),
            )),
            Err(e @ PolicyError::NotFound { .. }) => match user {
                Some(value) => Ok((
                    value,
                    Step::new(
                        label,
                        format!("{}/月", yuan(value)),
                        Basis::User("按您填写的该期间标准"),
                    ),
                )),
                None => Err(Problem::NeedsFigure(field, e)),
            },
            Err(e) => Err(e.into()),
        }
    };
    let (floor, floor_step) = one(&BASE_FLOOR, user_floor, Field::Floor, "月缴费工资基数下限")?;
    let (ceiling, ceiling_step) = one(
        &BASE_CEILING,
        user_ceiling,
        Field::Ceiling,
        "月缴费工资基数上限",
    )?;
    if floor > ceiling {
        return Err(Problem::field(Field::Ceiling, "上限不能低于下限，请核对"));
    }
    Ok(Limits {
        floor,
        ceiling,
        steps: vec![floor_step, ceiling_step],
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Adjustment {
    Unchanged,
    RaisedToFloor,
    CutToCeiling,
}

impl Adjustment {
    pub fn label(self) -> &'static str {
        match self {
            Adjustment::Unchanged => "",
            Adjustment::RaisedToFloor => "低于下限，按下限计",
            Adjustment::CutToCeiling => "高于上限，按上限计",
        }
    }
}

impl Limits {
    pub fn clamp(&self, wage: Decimal) -> (Decimal, Adjustment) {
        if wage < self.floor {
            (self.floor, Adjustment::RaisedToFloor)
        } else if wage > self.ceiling {
            (self.ceiling, Adjustment::CutToCeiling)
        } else {
            (wage, Adjustment::Unchanged)
        }
    }
}

/// One employee's line in the per-employee mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub wage: Decimal,
    pub base: Decimal,
    pub adjustment: Adjustment,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Roster {
    pub rows: Vec<Row>,
    pub total_base: Decimal,
    pub raised: usize,
    pub cut: usize,
}

pub fn roster(wages: &[Decimal], limits: &Limits) -> Roster {
    let mut total_base = Decimal::ZERO;
    let (mut raised, mut cut) = (0, 0);
    let rows = wages
        .iter()
        .map(|&wage| {
            let (base, adjustment) = limits.clamp(wage);
            total_base += base;
            match adjustment {
                Adjustment::RaisedToFloor => raised += 1,
                Adjustment::CutToCeiling => cut += 1,
                Adjustment::Unchanged => {}
            }
            Row {
                wage,
                base,
                adjustment,
            }
        })
        .collect();
    Roster {
        rows,
        total_base,
        raised,
        cut,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }
    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn each_year_has_its_own_limits() {
        let cases = [
            ("2021-12-31", "3800", "20586"),
            ("2022-01-01", "4250", "21821"),
            ("2022-12-31", "4250", "21821"),
            ("2023-01-01", "4494", "24042"),
            ("2024-06-30", "4879", "24396"),
            ("2025-01-01", "4952", "24762"),
            ("2026-12-31", "4952", "24762"),
        ];
        for (date, floor, ceiling) in cases {
            let l = limits(day(date), None, None).unwrap();
            assert_eq!((l.floor, l.ceiling), (d(floor), d(ceiling)), "{date}");
        }
    }

    #[test]
    fn provisional_2026_is_flagged_for_checking() {
        let l = limits(day("2026-03-01"), None, None).unwrap();
        assert!(l.steps.iter().all(|s| s.basis.needs_checking()));
        let l = limits(day("2024-03-01"), None, None).unwrap();
        assert!(l.steps.iter().all(|s| !s.basis.needs_checking()));
    }

    #[test]
    fn first_half_of_2021_asks_the_user() {
        assert!(matches!(
            limits(day("2021-06-30"), None, None),
            Err(Problem::NeedsFigure(Field::Floor, _))
        ));
        assert!(matches!(
            limits(day("2021-06-30"), Some(d("3500")), None),
            Err(Problem::NeedsFigure(Field::Ceiling, _))
        ));
        let l = limits(day("2021-06-30"), Some(d("3500")), Some(d("19000"))).unwrap();
        assert_eq!((l.floor, l.ceiling), (d("3500"), d("19000")));
        assert!(matches!(
            limits(day("2021-06-30"), Some(d("9000")), Some(d("5000"))),
            Err(Problem::Field(Field::Ceiling, _))
        ));
        // A figure we have is not overridden by the user's.
        assert_eq!(
            limits(day("2025-06-30"), Some(d("1")), Some(d("2")))
                .unwrap()
                .floor,
            d("4952")
        );
    }

    #[test]
    fn out_of_coverage_is_an_error_not_a_fallback() {
        assert!(matches!(
            limits(day("2020-12-31"), None, None),
            Err(Problem::Policy(PolicyError::OutOfCoverage { .. }))
        ));
        assert!(matches!(
            limits(day("2027-01-01"), Some(d("1")), Some(d("2"))),
            Err(Problem::Policy(_))
        ));
    }

    #[test]
    fn clamps_at_the_edges() {
        let l = limits(day("2025-06-01"), None, None).unwrap();
        let r = roster(
            &[
                d("4951.99"),
                d("4952"),
                d("10000"),
                d("24762"),
                d("24762.01"),
                d("0"),
            ],
            &l,
        );
        let bases: Vec<Decimal> = r.rows.iter().map(|r| r.base).collect();
        assert_eq!(
            bases,
            vec![
                d("4952"),
                d("4952"),
                d("10000"),
                d("24762"),
                d("24762"),
                d("4952")
            ]
        );
        assert_eq!((r.raised, r.cut), (2, 1));
        assert_eq!(r.total_base, d("74380"));
    }
}
