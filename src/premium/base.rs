//! The contribution base: each person's monthly wage held between the province's floor and ceiling.

use super::{Field, Problem};
use crate::date::Date;
use crate::format::{fen_text, yuan};
use crate::policy::{DatedValue, InForce, Param, PolicyError, BASE_CEILING, BASE_FLOOR};
use crate::working::{Basis, Step};
use rust_decimal::Decimal;

/// The floor and ceiling in force, with where each came from.
#[derive(Clone, Debug)]
pub struct Limits {
    pub floor: Decimal,
    pub ceiling: Decimal,
    pub steps: Vec<Step>,
}

/// Looks up the limits for `day`. Where the data has no figure for the day, only carries an
/// earlier period's figure forward, or holds a provisional one (待核实), the user's own
/// figure (from the unit's payment notice) is used if given, marked as theirs; a missing
/// figure with none given is asked for.
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
        let users = |value: Decimal| {
            (
                value,
                Step::new(
                    label,
                    format!("{}/月", yuan(value)),
                    Basis::User("您填写的数值"),
                ),
            )
        };
        match (param.number(day), user) {
            (Ok((_, dated)), Some(value)) if open_to_user(&dated) => Ok(users(value)),
            (Ok((value, dated)), _) => Ok((
                value,
                Step::new(
                    label,
                    format!("{}/月", yuan(value)),
                    Basis::Param(param, dated),
                ),
            )),
            (Err(PolicyError::NotFound { .. }), Some(value)) => Ok(users(value)),
            (Err(e @ PolicyError::NotFound { .. }), None) => Err(Problem::NeedsFigure(field, e)),
            (Err(e), _) => Err(e.into()),
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

/// A floor or ceiling the user may replace with the office's figure: carried past its
/// period, or provisional in it.
pub fn open_to_user(dated: &InForce<DatedValue>) -> bool {
    dated.carried || dated.provisional
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

/// A wage and the row of the pasted list it stands on (from 1, as the sheet numbered it).
pub type Listed = (usize, Decimal);

/// The row of a wage list that looks like its total: its amount is the sum of all the
/// others (three rows at least, so two equal wages are not taken for one another's total;
/// above zero, so a list of zeros has none). `Some(index)` into `wages`; the last such row.
pub fn suspected_total(wages: &[Listed]) -> Option<usize> {
    if wages.len() < 3 {
        return None;
    }
    let sum: Decimal = wages.iter().map(|(_, w)| *w).sum();
    wages
        .iter()
        .rposition(|(_, w)| *w > Decimal::ZERO && *w + *w == sum)
}

/// One employee's line in the per-employee mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    /// The row of the pasted list.
    pub line: usize,
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

pub fn roster(wages: &[Listed], limits: &Limits) -> Roster {
    let mut total_base = Decimal::ZERO;
    let (mut raised, mut cut) = (0, 0);
    let rows = wages
        .iter()
        .map(|&(line, wage)| {
            let (base, adjustment) = limits.clamp(wage);
            total_base += base;
            match adjustment {
                Adjustment::RaisedToFloor => raised += 1,
                Adjustment::CutToCeiling => cut += 1,
                Adjustment::Unchanged => {}
            }
            Row {
                line,
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

impl Roster {
    /// The roster's line in the working: how many people, how many held to each limit, the total.
    pub fn step(&self, label: &str) -> Step {
        Step::new(
            label,
            format!(
                "{} 人，其中 {} 人按下限、{} 人按上限计：{}",
                self.rows.len(),
                self.raised,
                self.cut,
                yuan(self.total_base)
            ),
            Basis::Computed,
        )
    }

    /// The table as CSV that spreadsheet programs open as it is: UTF-8 with a byte-order
    /// mark (so Excel reads the Chinese), CRLF lines, plain two-decimal amounts, a total row.
    /// Each line carries the row number of the pasted list, so it can be matched to the sheet.
    pub fn csv(&self) -> String {
        let mut out = String::from("\u{feff}行,月工资,缴费基数,说明\r\n");
        for row in &self.rows {
            out.push_str(&format!(
                "{},{},{},{}\r\n",
                row.line,
                fen_text(row.wage),
                fen_text(row.base),
                row.adjustment.label()
            ));
        }
        out.push_str(&format!("合计,,{},\r\n", fen_text(self.total_base)));
        out
    }
}
