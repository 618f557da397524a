//! Puts the parts together for each mode and produces the result with its working.

use super::base::{self, Roster};
use super::project::{self, TierCost};
use super::rate::{self, RateChoice};
use super::single_item::{self, Group};
use super::workforce::{self, Workforce};
use super::{Field, Problem};
use crate::choices;
use crate::date::Date;
use crate::format::{percent, round_fen, yuan};
use crate::policy::EMPLOYEE_SHARE;
use crate::working::{apply_percent, Basis, Note, Step};
use rust_decimal::Decimal;

pub const ROUNDING_RULE: &str = "金额以单位合计数四舍五入到分；中间结果不取整。";

choices! {
    /// Whether a payroll covers a month or a year (the `period=` word).
    #[derive(Default)]
    pub enum Period {
        #[default]
        Month = "month",
        Year = "year",
    }
}

/// The user's figures for a date whose floor/ceiling the data lacks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OwnLimits {
    pub floor: Option<Decimal>,
    pub ceiling: Option<Decimal>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Calculation {
    /// 工资总额 for a month or a year × rate.
    Payroll {
        rate: RateChoice,
        payroll: Decimal,
        period: Period,
        /// How many people the payroll pays, to compare their average with the floor.
        headcount: Option<u32>,
    },
    /// Each employee's monthly wage, clamped, summed, × rate.
    Employees {
        rate: RateChoice,
        wages: Vec<base::Listed>,
        own: OwnLimits,
    },
    /// Contract price × project tier rate, once.
    Project {
        price: Decimal,
        tier: Option<u8>,
        own_rate: Option<Decimal>,
    },
    /// Monthly pay × placement months × rate, once for the whole placement.
    Intern {
        rate: RateChoice,
        monthly_pay: Decimal,
        months: u32,
        own: OwnLimits,
    },
    /// Employees one by one, interns, over-age and dispatched workers, in one estimate.
    Workforce {
        rate: RateChoice,
        workforce: Workforce,
        own: OwnLimits,
    },
    /// Monthly pay × rate, every month; `months` gives the total for a stretch.
    Overage {
        rate: RateChoice,
        monthly_pay: Decimal,
        months: u32,
        own: OwnLimits,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Amounts {
    Recurring {
        monthly: Decimal,
        total: Decimal,
        months: u32,
    },
    OneOff {
        amount: Decimal,
        what: &'static str,
    },
    /// Several possible one-off amounts (a project whose tier is not known).
    Choices(Vec<TierCost>),
    /// A whole workforce: every month, once (the interns' placements), and the year in all.
    Mixed {
        monthly: Decimal,
        once: Decimal,
        year: Decimal,
    },
}

#[derive(Clone, Debug)]
pub struct Estimate {
    pub day: Date,
    pub amounts: Amounts,
    /// The employee's share, always 0, with its citation.
    pub employee_share: Step,
    pub steps: Vec<Step>,
    pub notes: Vec<Note>,
    /// The headline amount at other rates the unit may in fact pay (unconfirmed cuts).
    pub alternatives: Vec<(String, Decimal)>,
    pub roster: Option<Roster>,
}

impl Estimate {
    /// Whether a figure the amounts rest on is 待核实 (carried past its period,
    /// provisional, or weakly sourced), so every total shows it.
    pub fn unsettled(&self) -> bool {
        self.steps.iter().any(|s| s.basis.needs_checking())
    }
}

pub fn estimate(day: Date, calc: &Calculation) -> Result<Estimate, Problem> {
    let (share, share_value) = EMPLOYEE_SHARE.number(day)?;
    let employee_share = Step::new(
        "职工个人缴费",
        format!("{}，个人不缴纳", yuan(share)),
        Basis::Param(&EMPLOYEE_SHARE, share_value),
    );
    let mut steps = Vec::new();
    let mut notes = Vec::new();
    let mut roster = None;
    let mut alternatives = Vec::new();

    let amounts = match calc {
        Calculation::Project {
            price,
            tier,
            own_rate,
        } => {
            let q = project::quote(day, *price, *tier, *own_rate)?;
            steps.extend(q.steps);
            notes.extend(q.notes);
            match q.options.as_slice() {
                [one] => Amounts::OneOff {
                    amount: round_fen(one.amount),
                    what: "项目一次性缴纳",
                },
                _ => Amounts::Choices(
                    q.options
                        .into_iter()
                        .map(|o| TierCost {
                            amount: round_fen(o.amount),
                            ..o
                        })
                        .collect(),
                ),
            }
        }
        Calculation::Payroll {
            rate,
            payroll,
            period,
            headcount,
        } => {
            let r = rate::resolve(*rate, day)?;
            let label = match period {
                Period::Month => "月工资总额",
                Period::Year => "年工资总额",
            };
            steps.push(Step::new(
                label,
                yuan(*payroll),
                Basis::User("按您填写的全部职工工资总额"),
            ));
            steps.extend(r.steps.iter().cloned());
            let exact = apply_percent(*payroll, r.percent);
            let (monthly, annual) = match period {
                Period::Month => (exact, exact * Decimal::from(12)),
                Period::Year => (exact / Decimal::from(12), exact),
            };
            steps.push(Step::new(
                match period {
                    Period::Month => "月保费",
                    Period::Year => "年保费",
                },
                format!(
                    "{} × {} = {}",
                    yuan(*payroll),
                    percent(r.percent),
                    yuan(exact)
                ),
                Basis::Computed,
            ));
            if let Some(n) = headcount {
                let month_payroll = match period {
                    Period::Month => *payroll,
                    Period::Year => *payroll / Decimal::from(12),
                };
                average_against_limits(day, month_payroll, *n, r.percent, &mut steps, &mut notes);
            }
            notes.extend(r.notes.iter().cloned());
            notes.push(Note::new("工资总额指单位直接支付给全部职工的劳动报酬总额（《工伤保险条例》第六十四条），应如实申报；申报低于实际工资的，经办机构可核定基数并追缴。"));
            for (label, alt) in &r.alternatives {
                let alt_exact = apply_percent(*payroll, *alt);
                let alt_monthly = if *period == Period::Month {
                    alt_exact
                } else {
                    alt_exact / Decimal::from(12)
                };
                alternatives.push((
                    format!("{label}，费率 {}", percent(*alt)),
                    round_fen(alt_monthly),
                ));
            }
            Amounts::Recurring {
                monthly: round_fen(monthly),
                total: round_fen(annual),
                months: 12,
            }
        }
        Calculation::Employees { rate, wages, own } => {
            if wages.is_empty() {
                return Err(Problem::field(
                    Field::Wages,
                    "请至少填写一名职工的月工资，每行一人",
                ));
            }
            let r = rate::resolve(*rate, day)?;
            let limits = base::limits(day, own.floor, own.ceiling)?;
            let list = base::roster(wages, &limits);
            steps.extend(limits.steps.iter().cloned());
            steps.push(list.step("缴费基数合计"));
            steps.extend(r.steps.iter().cloned());
            let monthly = apply_percent(list.total_base, r.percent);
            steps.push(Step::new(
                "月保费",
                format!(
                    "{} × {} = {}",
                    yuan(list.total_base),
                    percent(r.percent),
                    yuan(monthly)
                ),
                Basis::Computed,
            ));
            notes.extend(r.notes.iter().cloned());
            notes.push(Note::new("每人的月缴费工资一般为本人上年度月平均工资（新入职的为起薪当月工资），低于下限的按下限、高于上限的按上限计算。"));
            for (label, alt) in &r.alternatives {
                alternatives.push((
                    format!("{label}，费率 {}", percent(*alt)),
                    round_fen(apply_percent(list.total_base, *alt)),
                ));
            }
            roster = Some(list);
            Amounts::Recurring {
                monthly: round_fen(monthly),
                total: round_fen(monthly * Decimal::from(12)),
                months: 12,
            }
        }
        Calculation::Workforce {
            rate,
            workforce,
            own,
        } => {
            let r = rate::resolve(*rate, day)?;
            let p = workforce::premium(day, &r, workforce, *own, &mut steps, &mut notes)?;
            notes.extend(r.notes.iter().cloned());
            // The unconfirmed cuts scale every part alike.
            for (label, alt) in &r.alternatives {
                alternatives.push((
                    format!("{label}，每月，费率 {}", percent(*alt)),
                    round_fen(p.monthly * *alt / r.percent),
                ));
            }
            roster = p.roster;
            let (monthly, once) = (round_fen(p.monthly), round_fen(p.once));
            Amounts::Mixed {
                monthly,
                once,
                year: monthly * Decimal::from(12) + once,
            }
        }
        Calculation::Intern {
            rate,
            monthly_pay,
            months,
            own,
        }
        | Calculation::Overage {
            rate,
            monthly_pay,
            months,
            own,
        } => {
            let group = if matches!(calc, Calculation::Intern { .. }) {
                Group::Intern
            } else {
                Group::Overage
            };
            if *months == 0 {
                return Err(Problem::field(Field::Months, "月数至少为 1"));
            }
            let terms = single_item::terms(group, day)?;
            let r = rate::resolve(*rate, day)?;
            steps.extend(terms.steps.iter().cloned());
            let pay_label = match group {
                Group::Intern => "月实习报酬",
                Group::Overage => "月实际工资",
            };
            steps.push(Step::new(
                pay_label,
                yuan(*monthly_pay),
                Basis::User("按您填写的金额"),
            ));
            let base = if terms.clamped {
                let limits = base::limits(day, own.floor, own.ceiling)?;
                steps.extend(limits.steps.iter().cloned());
                let (b, adj) = limits.clamp(*monthly_pay);
                if adj != base::Adjustment::Unchanged {
                    steps.push(Step::new(
                        "月缴费工资",
                        format!("{}：{}", adj.label(), yuan(b)),
                        Basis::Computed,
                    ));
                }
                b
            } else {
                *monthly_pay
            };
            steps.extend(r.steps.iter().cloned());
            let monthly = apply_percent(base, r.percent);
            let total = monthly * Decimal::from(*months);
            notes.extend(terms.notes);
            notes.extend(r.notes.iter().cloned());
            match group {
                Group::Intern => {
                    steps.push(Step::new(
                        "实习期保费（一次性）",
                        format!(
                            "{} × {} 个月 × {} = {}",
                            yuan(base),
                            months,
                            percent(r.percent),
                            yuan(total)
                        ),
                        Basis::Computed,
                    ));
                    for (label, alt) in &r.alternatives {
                        alternatives.push((
                            format!("{label}，费率 {}", percent(*alt)),
                            round_fen(apply_percent(base, *alt) * Decimal::from(*months)),
                        ));
                    }
                    Amounts::OneOff {
                        amount: round_fen(total),
                        what: "按实习协议期一次性缴纳",
                    }
                }
                Group::Overage => {
                    steps.push(Step::new(
                        "月保费",
                        format!(
                            "{} × {} = {}",
                            yuan(base),
                            percent(r.percent),
                            yuan(monthly)
                        ),
                        Basis::Computed,
                    ));
                    for (label, alt) in &r.alternatives {
                        alternatives.push((
                            format!("{label}，费率 {}", percent(*alt)),
                            round_fen(apply_percent(base, *alt)),
                        ));
                    }
                    Amounts::Recurring {
                        monthly: round_fen(monthly),
                        total: round_fen(total),
                        months: *months,
                    }
                }
            }
        }
    };
    Ok(Estimate {
        day,
        amounts,
        employee_share,
        steps,
        notes,
        alternatives,
        roster,
    })
}

/// The payroll's average wage set against the floor and ceiling, so that the payroll
/// estimate and a per-person one do not silently disagree: per person, each base is
/// held between them.
fn average_against_limits(
    day: Date,
    month_payroll: Decimal,
    headcount: u32,
    rate: Decimal,
    steps: &mut Vec<Step>,
    notes: &mut Vec<Note>,
) {
    let people = Decimal::from(headcount);
    let average = month_payroll / people;
    steps.push(Step::new(
        "人均月工资",
        format!(
            "{} ÷ {headcount} 人 = {}",
            yuan(month_payroll),
            yuan(average)
        ),
        Basis::Computed,
    ));
    let Ok(limits) = base::limits(day, None, None) else {
        notes.push(Note::unverified(
            "这一期间的缴费工资基数上下限未收录，无法比较人均工资与上下限。",
        ));
        return;
    };
    let per_person = |base: Decimal| round_fen(apply_percent(base * people, rate));
    if average < limits.floor {
        notes.push(Note::new(format!(
            "人均月工资 {} 低于缴费工资基数下限 {}：逐人计算时每人按下限计，每月保费至少 {}（{headcount} 人 × {} × {}）。请按经办机构核定的缴费基数缴纳。",
            yuan(average),
            yuan(limits.floor),
            yuan(per_person(limits.floor)),
            yuan(limits.floor),
            percent(rate)
        )));
    } else if average > limits.ceiling {
        notes.push(Note::new(format!(
            "人均月工资 {} 高于缴费工资基数上限 {}：逐人计算时高出上限的部分不计，每月保费可能低于按工资总额计算的数额。可改用“逐人填写”核对。",
            yuan(average),
            yuan(limits.ceiling)
        )));
    }
}
