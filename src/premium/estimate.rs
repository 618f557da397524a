//! Puts the parts together for each mode and produces the result with its working.

use super::base::{self, Roster};
use super::project::{self, TierCost};
use super::rate::{self, RateChoice};
use super::single_item::{self, Group};
use super::{apply_percent, Basis, Field, Note, Problem, Step};
use crate::date::Date;
use crate::format::{percent, round_fen, yuan};
use crate::policy::EMPLOYEE_SHARE;
use rust_decimal::Decimal;

pub const ROUNDING_RULE: &str = "金额以单位合计数四舍五入到分；中间结果不取整。";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Period {
    #[default]
    Month,
    Year,
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
    },
    /// Each employee's monthly wage, clamped, summed, × rate.
    Employees {
        rate: RateChoice,
        wages: Vec<Decimal>,
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
            steps.push(Step::new(
                "缴费基数合计",
                format!(
                    "{} 人，其中 {} 人按下限、{} 人按上限计：{}",
                    list.rows.len(),
                    list.raised,
                    list.cut,
                    yuan(list.total_base)
                ),
                Basis::Computed,
            ));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }
    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }
    fn recurring(e: &Estimate) -> (Decimal, Decimal) {
        match e.amounts {
            Amounts::Recurring { monthly, total, .. } => (monthly, total),
            ref other => panic!("{other:?}"),
        }
    }
    const NOTICE_045: RateChoice = RateChoice::Notice(Decimal::from_parts(45, 0, 0, false, 2));

    #[test]
    fn payroll_mode_month_and_year() {
        // 1,200,000 a month × 0.45 % = 5,400.00; × 12 = 64,800.00.
        let e = estimate(
            day("2025-06-01"),
            &Calculation::Payroll {
                rate: NOTICE_045,
                payroll: d("1200000"),
                period: Period::Month,
            },
        )
        .unwrap();
        assert_eq!(recurring(&e), (d("5400"), d("64800")));
        // 1,000,000 a year × 0.45 % = 4,500.00; ÷ 12 = 375.00.
        let e = estimate(
            day("2025-06-01"),
            &Calculation::Payroll {
                rate: NOTICE_045,
                payroll: d("1000000"),
                period: Period::Year,
            },
        )
        .unwrap();
        assert_eq!(recurring(&e), (d("375"), d("4500")));
        // 123,457 a year × 0.45 % = 555.5565 → 555.56; ÷ 12 = 46.29637… → 46.30.
        let e = estimate(
            day("2025-06-01"),
            &Calculation::Payroll {
                rate: NOTICE_045,
                payroll: d("123457"),
                period: Period::Year,
            },
        )
        .unwrap();
        assert_eq!(recurring(&e), (d("46.30"), d("555.56")));
    }

    #[test]
    fn employees_mode_clamps_then_sums() {
        // 2025: floor 4,952, ceiling 24,762. Wages 3,000 / 8,000 / 30,000 → 4,952 + 8,000 + 24,762 = 37,714.
        // Class 4 at 100 % = 0.9 % → 339.426 → 339.43 a month; × 12 = 4,073.112 → 4,073.11.
        let calc = Calculation::Employees {
            rate: RateChoice::Industry {
                class: 4,
                grade: 100,
            },
            wages: vec![d("3000"), d("8000"), d("30000")],
            own: OwnLimits::default(),
        };
        let e = estimate(day("2025-06-01"), &calc).unwrap();
        assert_eq!(recurring(&e), (d("339.43"), d("4073.11")));
        let r = e.roster.unwrap();
        assert_eq!((r.total_base, r.raised, r.cut), (d("37714"), 1, 1));
        // The same wages under 2022's limits (4,250 / 21,821): 4,250 + 8,000 + 21,821 = 34,071 × 0.9 % = 306.639 → 306.64.
        let e = estimate(day("2022-01-01"), &calc).unwrap();
        assert_eq!(recurring(&e).0, d("306.64"));
        // And on 2021-12-31 (3,800 / 20,586): 3,800 + 8,000 + 20,586 = 32,386 × 0.9 % = 291.474 → 291.47.
        let e = estimate(day("2021-12-31"), &calc).unwrap();
        assert_eq!(recurring(&e).0, d("291.47"));
    }

    #[test]
    fn employees_mode_needs_at_least_one_wage() {
        let calc = Calculation::Employees {
            rate: NOTICE_045,
            wages: vec![],
            own: OwnLimits::default(),
        };
        assert!(matches!(
            estimate(day("2025-06-01"), &calc),
            Err(Problem::Field(Field::Wages, _))
        ));
    }

    #[test]
    fn intern_pays_once_for_the_placement() {
        // 3,000 a month is below the 2025 floor, so 4,952 × 6 months × 0.45 % = 133.704 → 133.70.
        let calc = Calculation::Intern {
            rate: NOTICE_045,
            monthly_pay: d("3000"),
            months: 6,
            own: OwnLimits::default(),
        };
        let e = estimate(day("2025-06-01"), &calc).unwrap();
        assert_eq!(
            e.amounts,
            Amounts::OneOff {
                amount: d("133.70"),
                what: "按实习协议期一次性缴纳"
            }
        );
        assert!(e.steps.iter().any(|s| s.value.contains("低于下限")));
        // Before 2021-02-01 there was no single-item route.
        assert!(matches!(
            estimate(day("2021-01-31"), &calc),
            Err(Problem::Field(Field::Mode, _))
        ));
    }

    #[test]
    fn overage_pays_monthly_and_becomes_mandatory() {
        // 6,000 a month (within limits) × 0.45 % = 27.00 a month; 12 months = 324.00.
        let calc = Calculation::Overage {
            rate: NOTICE_045,
            monthly_pay: d("6000"),
            months: 12,
            own: OwnLimits::default(),
        };
        let e = estimate(day("2026-06-30"), &calc).unwrap();
        assert_eq!(recurring(&e), (d("27"), d("324")));
        assert!(e.steps.iter().any(|s| s.value == "自愿单项参保"));
        let e = estimate(day("2026-07-01"), &calc).unwrap();
        assert!(e.steps.iter().any(|s| s.value == "应当参保"));
        assert!(e.notes.iter().any(|n| n.text.contains("第56号")));
        // 30,000 a month is cut to the ceiling: 24,762 × 0.45 % = 111.429 → 111.43.
        let calc = Calculation::Overage {
            rate: NOTICE_045,
            monthly_pay: d("30000"),
            months: 1,
            own: OwnLimits::default(),
        };
        assert_eq!(
            recurring(&estimate(day("2025-06-01"), &calc).unwrap()),
            (d("111.43"), d("111.43"))
        );
    }

    #[test]
    fn project_with_and_without_tier() {
        let e = estimate(
            day("2025-06-01"),
            &Calculation::Project {
                price: d("12345678"),
                tier: Some(3),
                own_rate: None,
            },
        )
        .unwrap();
        // 12,345,678 × 2.5‰ = 30,864.195 → 30,864.20.
        assert_eq!(
            e.amounts,
            Amounts::OneOff {
                amount: d("30864.20"),
                what: "项目一次性缴纳"
            }
        );
        let e = estimate(
            day("2025-06-01"),
            &Calculation::Project {
                price: d("12345678"),
                tier: None,
                own_rate: None,
            },
        )
        .unwrap();
        match e.amounts {
            Amounts::Choices(c) => assert_eq!(
                c.iter().map(|o| o.amount).collect::<Vec<_>>(),
                vec![d("11111.11"), d("18518.52"), d("30864.20"), d("37037.03")]
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn employee_share_is_always_zero_and_cited() {
        let e = estimate(
            day("2025-06-01"),
            &Calculation::Payroll {
                rate: NOTICE_045,
                payroll: d("1"),
                period: Period::Month,
            },
        )
        .unwrap();
        assert!(e.employee_share.value.starts_with("0.00 元"));
        match &e.employee_share.basis {
            Basis::Param(_, v) => assert!(v
                .citations
                .iter()
                .any(|c| c.to_string().contains("第三十三条"))),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn temporary_cut_alternatives_reach_the_result() {
        // 2023-06-01, class 4 at 100 %: 0.9 % unless Changzhou cut it; 100,000 a month → 900, 720 or 450.
        let calc = Calculation::Payroll {
            rate: RateChoice::Industry {
                class: 4,
                grade: 100,
            },
            payroll: d("100000"),
            period: Period::Month,
        };
        let e = estimate(day("2023-06-01"), &calc).unwrap();
        assert_eq!(recurring(&e).0, d("900"));
        assert_eq!(
            e.alternatives.iter().map(|a| a.1).collect::<Vec<_>>(),
            vec![d("720"), d("450")]
        );
    }
}
