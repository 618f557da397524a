//! One estimate for a whole workforce: employees listed one by one, interns on school
//! placements (paid once for the placement), workers past retirement age (monthly), and
//! dispatched workers (the agency's to insure, unless this unit insures them on its behalf).

use super::base::{self, Limits, Roster};
use super::estimate::OwnLimits;
use super::rate::Rate;
use super::single_item::{self, Group};
use super::{Field, Problem};
use crate::date::Date;
use crate::format::{percent, yuan};
use crate::policy::{cite, SRC_DISPATCH_ORDER_22};
use crate::working::{apply_percent, Basis, Note, Step};
use rust_decimal::Decimal;

/// People of one kind, all on the same monthly pay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct People {
    pub count: u32,
    pub monthly_pay: Decimal,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workforce {
    pub wages: Vec<base::Listed>,
    /// Interns and their placement in months.
    pub interns: Option<(People, u32)>,
    pub overage: Option<People>,
    /// Dispatched workers, and whether this unit insures them (an agency outside
    /// Changzhou with no branch here) rather than the agency.
    pub dispatched: Option<(People, bool)>,
}

/// The premium of a workforce: each month, once for the interns, and the roster.
pub struct Premium {
    pub monthly: Decimal,
    pub once: Decimal,
    pub roster: Option<Roster>,
}

/// A group's monthly base: its pay, held to the limits where the rule says so.
fn group_base(
    label: &str,
    people: People,
    clamped: bool,
    limits: &Limits,
    steps: &mut Vec<Step>,
) -> Decimal {
    let (base, adjustment) = if clamped {
        limits.clamp(people.monthly_pay)
    } else {
        (people.monthly_pay, base::Adjustment::Unchanged)
    };
    steps.push(Step::new(
        format!("{label}缴费基数"),
        format!(
            "{} 人 × {}{}",
            people.count,
            yuan(base),
            match adjustment {
                base::Adjustment::Unchanged => String::new(),
                other => format!("（{}）", other.label()),
            }
        ),
        Basis::Computed,
    ));
    base * Decimal::from(people.count)
}

pub fn premium(
    day: Date,
    r: &Rate,
    w: &Workforce,
    own: OwnLimits,
    steps: &mut Vec<Step>,
    notes: &mut Vec<Note>,
) -> Result<Premium, Problem> {
    if w.wages.is_empty() && w.interns.is_none() && w.overage.is_none() && w.dispatched.is_none() {
        return Err(Problem::field(
            Field::Wages,
            "请至少填写一类人员：职工的月工资，或实习生、超龄人员、劳务派遣人员的人数和工资",
        ));
    }
    let limits = base::limits(day, own.floor, own.ceiling)?;
    steps.extend(limits.steps.iter().cloned());
    steps.extend(r.steps.iter().cloned());
    let mut monthly_base = Decimal::ZERO;
    let mut roster = None;
    if !w.wages.is_empty() {
        let list = base::roster(&w.wages, &limits);
        steps.push(list.step("职工缴费基数合计"));
        monthly_base += list.total_base;
        roster = Some(list);
    }
    if let Some(people) = w.overage {
        let terms = single_item::terms(Group::Overage, day)?;
        steps.extend(terms.steps);
        notes.extend(terms.notes);
        monthly_base += group_base("超龄人员", people, terms.clamped, &limits, steps);
    }
    match w.dispatched {
        Some((people, true)) => {
            notes.push(Note::new(format!(
                "劳务派遣单位在常州以外、在常州没有分支机构的，由本单位代其为被派遣劳动者参保缴费（{}），已计入。",
                [cite(&SRC_DISPATCH_ORDER_22, "第十八条"), cite(&SRC_DISPATCH_ORDER_22, "第十九条")]
                    .map(|c| c.to_string())
                    .join("、")
            )));
            // Insured as the host's own employees are: each base held to the limits.
            monthly_base += group_base("劳务派遣人员", people, true, &limits, steps);
        }
        Some((people, false)) => notes.push(Note::new(format!(
            "{} 名劳务派遣人员由派遣单位参保缴费（{}），不计入本单位的保费。",
            people.count,
            [
                cite(&SRC_DISPATCH_ORDER_22, "第八条"),
                cite(&SRC_DISPATCH_ORDER_22, "第十条")
            ]
            .map(|c| c.to_string())
            .join("、")
        ))),
        None => {}
    }
    let monthly = apply_percent(monthly_base, r.percent);
    steps.push(Step::new(
        "每月保费",
        format!(
            "{} × {} = {}",
            yuan(monthly_base),
            percent(r.percent),
            yuan(monthly)
        ),
        Basis::Computed,
    ));
    let mut once = Decimal::ZERO;
    if let Some((people, months)) = w.interns {
        if months == 0 {
            return Err(Problem::field(Field::InternMonths, "月数至少为 1"));
        }
        let terms = single_item::terms(Group::Intern, day)?;
        steps.extend(terms.steps);
        notes.extend(terms.notes);
        let base = group_base("实习生", people, terms.clamped, &limits, steps);
        once = apply_percent(base, r.percent) * Decimal::from(months);
        steps.push(Step::new(
            "实习生保费（按实习期一次性）",
            format!(
                "{} × {months} 个月 × {} = {}",
                yuan(base),
                percent(r.percent),
                yuan(once)
            ),
            Basis::Computed,
        ));
    }
    Ok(Premium {
        monthly,
        once,
        roster,
    })
}
