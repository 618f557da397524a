//! The estimator's form read into a [`Calculation`], with every message by field.

use super::{FieldErrors, Mode, PremiumForm, RateSource, TotalRow};
use crate::date::{Date, DateError, YearMonth};
use crate::input::{optional, parse_count, parse_money, parse_percent, InputError, WageAmounts};
use crate::premium::back_pay::Owed;
use crate::premium::base::{suspected_total, Listed};
use crate::premium::estimate::{Calculation, OwnLimits};
use crate::premium::floating::Indicators;
use crate::premium::rate::{class_count, RateChoice};
use crate::premium::workforce::{People, Workforce};
use crate::premium::Field;
use rust_decimal::Decimal;

/// At most this many employees in the per-employee mode; a bigger list is almost
/// certainly a paste of the wrong column.
pub const MAX_EMPLOYEES: usize = 50_000;
pub const MAX_DAYS: u32 = 36_500;
pub const MAX_MONTHS: u32 = 120;

impl PremiumForm {
    fn rate_choice(&self, errors: &mut FieldErrors) -> Option<RateChoice> {
        match self.rate_source() {
            RateSource::Notice => {
                if self.text(Field::Rate).trim().is_empty() {
                    errors.push(
                        Field::Rate,
                        "请填写核定通知上的费率（百分比），例如 0.4；没有通知的，可改为按行业估算",
                    );
                    return None;
                }
                errors
                    .note(Field::Rate, parse_percent(self.text(Field::Rate)))
                    .map(RateChoice::Notice)
            }
            RateSource::Industry => {
                let class = match self.text(Field::Class).parse::<u8>() {
                    Ok(c) if (1..=class_count()).contains(&usize::from(c)) => Some(c),
                    _ => {
                        errors.push(Field::Class, "请选择行业，或直接选择行业风险类别");
                        None
                    }
                };
                let grade = match self.text(Field::Grade).parse::<u16>() {
                    Ok(g) => Some(g),
                    Err(_) => {
                        errors.push(
                            Field::Grade,
                            "请选择浮动档次；不清楚的可选 100%（基准费率）",
                        );
                        None
                    }
                };
                Some(RateChoice::Industry {
                    class: class?,
                    grade: grade?,
                })
            }
        }
    }

    fn own_limits(&self, errors: &mut FieldErrors) -> OwnLimits {
        OwnLimits {
            floor: errors
                .note(Field::Floor, optional(self.text(Field::Floor), parse_money))
                .flatten(),
            ceiling: errors
                .note(
                    Field::Ceiling,
                    optional(self.text(Field::Ceiling), parse_money),
                )
                .flatten(),
        }
    }

    /// A field that must be filled: its value, or a message (`empty` when it is blank).
    fn required<T>(
        &self,
        errors: &mut FieldErrors,
        field: Field,
        text: &str,
        empty: &str,
        parse: impl Fn(&str) -> Result<T, InputError>,
    ) -> Option<T> {
        if text.trim().is_empty() {
            errors.push(field, empty);
            return None;
        }
        errors.note(field, parse(text))
    }

    fn required_money(
        &self,
        errors: &mut FieldErrors,
        field: Field,
        text: &str,
        empty: &str,
    ) -> Option<Decimal> {
        self.required(errors, field, text, empty, parse_money)
    }

    /// A group of people on one pay: `None` when both fields are empty (the group is
    /// optional), else `Some` of the group once both read, with a message for each that does not.
    fn people(
        &self,
        errors: &mut FieldErrors,
        (count_field, count): (Field, &str),
        (pay_field, pay): (Field, &str),
    ) -> Option<Option<People>> {
        if count.trim().is_empty() && pay.trim().is_empty() {
            return None;
        }
        let count = if count.trim().is_empty() {
            errors.push(count_field, "请填写人数");
            None
        } else {
            match errors.note(count_field, parse_count(count, MAX_EMPLOYEES as u32, "人")) {
                Some(0) => {
                    errors.push(
                        count_field,
                        "人数应大于 0；没有这类人员的请把人数和工资都留空",
                    );
                    None
                }
                n => n,
            }
        };
        let pay = self.required_money(errors, pay_field, pay, "请填写每人每月的工资或报酬");
        Some(
            count
                .zip(pay)
                .map(|(count, monthly_pay)| People { count, monthly_pay }),
        )
    }

    fn months_value(&self, errors: &mut FieldErrors, default: Option<u32>) -> Option<u32> {
        if self.text(Field::Months).trim().is_empty() {
            if default.is_none() {
                errors.push(Field::Months, "请填写实习协议期限（月数）");
            }
            return default;
        }
        errors.note(
            Field::Months,
            parse_count(self.text(Field::Months), MAX_MONTHS, "月"),
        )
    }

    /// The calculation the form describes, or every message at once.
    pub fn calculation(&self) -> Result<Calculation, FieldErrors> {
        let mut errors = FieldErrors::default();
        let rate = if self.mode().uses_rate() {
            self.rate_choice(&mut errors)
        } else {
            None
        };
        let calc = match self.mode() {
            Mode::Payroll => {
                let payroll = self.required_money(
                    &mut errors,
                    Field::Payroll,
                    self.text(Field::Payroll),
                    "请填写工资总额，例如 1200万 或 12,000,000",
                );
                let headcount = errors
                    .note(
                        Field::Headcount,
                        optional(self.text(Field::Headcount), |t| {
                            parse_count(t, MAX_EMPLOYEES as u32, "人")
                        }),
                    )
                    .flatten();
                if headcount == Some(0) {
                    errors.push(Field::Headcount, "人数应大于 0；不清楚的请留空");
                }
                rate.zip(payroll)
                    .map(|(rate, payroll)| Calculation::Payroll {
                        rate,
                        payroll,
                        period: self.period(),
                        headcount: headcount.filter(|n| *n > 0),
                    })
            }
            Mode::Employees => {
                let wages = self.wages(&mut errors);
                let own = self.own_limits(&mut errors);
                rate.zip(wages)
                    .map(|(rate, wages)| Calculation::Employees { rate, wages, own })
            }
            Mode::Project => {
                let price = self.required_money(
                    &mut errors,
                    Field::Price,
                    self.text(Field::Price),
                    "请填写施工合同总价（工程总造价）",
                );
                let tier = self.text(Field::Tier).parse::<u8>().ok();
                let own_rate = errors
                    .note(
                        Field::ProjectRate,
                        optional(self.text(Field::ProjectRate), parse_percent),
                    )
                    .flatten();
                price.map(|price| Calculation::Project {
                    price,
                    tier,
                    own_rate,
                })
            }
            Mode::Workforce => {
                let wages = if self.text(Field::Wages).trim().is_empty() {
                    Some(Vec::new())
                } else {
                    self.wages(&mut errors)
                };
                let interns = self
                    .people(
                        &mut errors,
                        (Field::InternCount, self.text(Field::InternCount)),
                        (Field::InternPay, self.text(Field::InternPay)),
                    )
                    .map(|p| {
                        let months = self.required(
                            &mut errors,
                            Field::InternMonths,
                            self.text(Field::InternMonths),
                            "请填写实习协议期限（月数）",
                            |t| parse_count(t, MAX_MONTHS, "月"),
                        );
                        p.zip(months)
                    });
                let overage = self.people(
                    &mut errors,
                    (Field::OverageCount, self.text(Field::OverageCount)),
                    (Field::OveragePay, self.text(Field::OveragePay)),
                );
                let dispatched = self
                    .people(
                        &mut errors,
                        (Field::DispatchCount, self.text(Field::DispatchCount)),
                        (Field::DispatchPay, self.text(Field::DispatchPay)),
                    )
                    .map(|p| p.map(|p| (p, self.host_pays())));
                let own = self.own_limits(&mut errors);
                match (rate, wages) {
                    (Some(rate), Some(wages)) => Some(Calculation::Workforce {
                        rate,
                        workforce: Workforce {
                            wages,
                            interns: interns.flatten(),
                            overage: overage.flatten(),
                            dispatched: dispatched.flatten(),
                        },
                        own,
                    }),
                    _ => None,
                }
            }
            Mode::Intern | Mode::Overage => {
                let pay = self.required_money(
                    &mut errors,
                    Field::Pay,
                    self.text(Field::Pay),
                    "请填写每月的工资或实习报酬",
                );
                let months = self.months_value(
                    &mut errors,
                    if self.mode() == Mode::Overage {
                        Some(12)
                    } else {
                        None
                    },
                );
                let own = self.own_limits(&mut errors);
                match (rate, pay, months) {
                    (Some(rate), Some(monthly_pay), Some(months))
                        if self.mode() == Mode::Intern =>
                    {
                        Some(Calculation::Intern {
                            rate,
                            monthly_pay,
                            months,
                            own,
                        })
                    }
                    (Some(rate), Some(monthly_pay), Some(months)) => Some(Calculation::Overage {
                        rate,
                        monthly_pay,
                        months,
                        own,
                    }),
                    _ => None,
                }
            }
        };
        match calc {
            Some(c) if errors.is_empty() => Ok(c),
            _ => Err(errors),
        }
    }

    /// The late-fee inputs: `None` when both are empty (the section is optional).
    pub fn late_payment(&self) -> Option<Result<(Decimal, u32), FieldErrors>> {
        if self.text(Field::Arrears).trim().is_empty() && self.text(Field::Days).trim().is_empty() {
            return None;
        }
        let mut errors = FieldErrors::default();
        let arrears = self.required_money(
            &mut errors,
            Field::Arrears,
            self.text(Field::Arrears),
            "请填写欠缴金额",
        );
        let days = if self.text(Field::Days).trim().is_empty() {
            errors.push(Field::Days, "请填写欠缴天数（自应缴之日起算）");
            None
        } else {
            errors.note(
                Field::Days,
                parse_count(self.text(Field::Days), MAX_DAYS, "天"),
            )
        };
        Some(match arrears.zip(days) {
            Some(pair) if errors.is_empty() => Ok(pair),
            _ => Err(errors),
        })
    }

    /// The months owed: `None` while all three fields are empty (the section is optional).
    pub fn owed(&self) -> Option<Result<Owed, FieldErrors>> {
        let [from, months, due] =
            [Field::OwedFrom, Field::OwedMonths, Field::FirstDue].map(|f| self.text(f).trim());
        if from.is_empty() && months.is_empty() && due.is_empty() {
            return None;
        }
        let mut errors = FieldErrors::default();
        let date_error = |e: DateError| InputError(e.0.to_string());
        let from = self.required(
            &mut errors,
            Field::OwedFrom,
            from,
            "请填写从哪个月起欠缴，例如 2025-03",
            |t| YearMonth::parse(t).map_err(date_error),
        );
        let months = self.required(
            &mut errors,
            Field::OwedMonths,
            months,
            "请填写欠缴了几个月",
            |t| parse_count(t, MAX_MONTHS, "月"),
        );
        let first_due = errors
            .note(
                Field::FirstDue,
                optional(due, |t| Date::parse(t).map_err(date_error)),
            )
            .flatten();
        Some(match from.zip(months) {
            Some((from, months)) if errors.is_empty() => Ok(Owed {
                from,
                months,
                first_due,
            }),
            _ => Err(errors),
        })
    }

    /// The floating-grade helper's indicators: `None` until one is typed.
    pub fn indicators(&self) -> Option<Result<Indicators, FieldErrors>> {
        if self.text(Field::Payout).trim().is_empty()
            && self.text(Field::Incidence).trim().is_empty()
        {
            return None;
        }
        let mut errors = FieldErrors::default();
        let mut ratio = |field: Field, text: &str, what: &str| {
            if text.trim().is_empty() {
                errors.push(
                    field,
                    format!("请填写{what}（百分比）；不知道的可向经办机构查询"),
                );
                return None;
            }
            errors.note(
                field,
                parse_percent(text).and_then(|p| {
                    if p > Decimal::from(100_000) {
                        Err(InputError(format!("{what}超过 100000%，请核对")))
                    } else {
                        Ok(p)
                    }
                }),
            )
        };
        let payout = ratio(Field::Payout, self.text(Field::Payout), "支缴率");
        let incidence = ratio(Field::Incidence, self.text(Field::Incidence), "工伤发生率");
        Some(match payout.zip(incidence) {
            Some((payout, incidence)) if errors.is_empty() => Ok(Indicators {
                payout,
                incidence,
                flags: self.flags().map(|(id, a)| (id.to_string(), a)).collect(),
            }),
            _ => Err(errors),
        })
    }
}

impl PremiumForm {
    /// The wage list as the estimate counts it: a row that looks like the list's total is
    /// left out unless the user keeps it ([`TotalRow`]).
    fn wages(&self, errors: &mut FieldErrors) -> Option<Vec<Listed>> {
        let mut wages = parse_wages(self.wage_amounts(), errors)?;
        if self.text(Field::TotalRow) != TotalRow::Keep.key() {
            if let Some(i) = suspected_total(&wages) {
                wages.remove(i);
            }
        }
        Some(wages)
    }

    /// The row of the wage list that equals the sum of the others, if any, for the page to
    /// ask about: its row number as pasted and its amount.
    pub fn suspected_total(&self) -> Option<Listed> {
        let rows = self.wage_amounts().rows.as_ref().ok()?;
        let wages: Vec<Listed> = rows
            .iter()
            .filter_map(|(line, _, amount)| amount.as_ref().ok().map(|a| (*line, *a)))
            .collect();
        suspected_total(&wages).map(|i| wages[i])
    }
}

/// Reads one wage per row and reports bad rows by their number in the pasted list, the
/// first few in full.
pub fn parse_wages(list: &WageAmounts, errors: &mut FieldErrors) -> Option<Vec<Listed>> {
    let rows = errors.note(Field::Wages, list.rows.as_ref().map_err(Clone::clone))?;
    if rows.is_empty() {
        errors.push(
            Field::Wages,
            "请填写每名职工的月工资，每行一人；可从表格中复制一列粘贴",
        );
        return None;
    }
    if rows.len() > MAX_EMPLOYEES {
        errors.push(
            Field::Wages,
            format!(
                "最多 {MAX_EMPLOYEES} 行，现有 {} 行；请检查是否粘贴了整张表",
                rows.len()
            ),
        );
        return None;
    }
    let mut wages = Vec::with_capacity(rows.len());
    let mut bad = Vec::new();
    for (line, row, amount) in rows {
        match amount {
            Ok(v) => wages.push((*line, *v)),
            Err(e) => bad.push(format!("第 {line} 行“{row}”：{}", e.0)),
        }
    }
    if bad.is_empty() {
        return Some(wages);
    }
    let shown: Vec<&str> = bad.iter().take(5).map(String::as_str).collect();
    let more = if bad.len() > 5 {
        format!("；另有 {} 行有误", bad.len() - 5)
    } else {
        String::new()
    };
    errors.push(Field::Wages, format!("{}{more}", shown.join("；")));
    None
}
