//! 补缴: what a unit that owes months of premiums (never enrolled, or behind) pays to put
//! it right: each month's premium at that month's rate and base limits, and the late fee
//! from the day each month fell due to the day it is paid (社会保险法第八十六条;
//! 条例第六十二条 for a unit that never enrolled).
//!
//! The day a month's premium falls due is set by the collector and was not found for
//! Changzhou (江苏省社会保险费征缴条例第十条 says only 按月缴纳 "在规定的期限内"). The user
//! may give the first month's due date; without it each month is counted from the 1st of
//! the month it is for to the last day of the month after, and the fee is a range.

use super::estimate::{estimate, Amounts, Calculation};
use super::late::{cap_note, capped, Terms};
use super::{Field, Problem};
use crate::date::{Date, YearMonth};
use crate::format::{percent, round_fen, yuan, yuan_range};
use crate::policy::{cite, Citation, SRC_JS_COLLECTION, SRC_REGULATION, SRC_SI_LAW};
use crate::working::{apply_percent, Basis, Note, Step};
use rust_decimal::Decimal;

/// The months owed, as the user gave them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Owed {
    pub from: YearMonth,
    pub months: u32,
    /// The first month's due date, when the user knows it; the next months fall due a
    /// month apart.
    pub first_due: Option<Date>,
}

/// One month owed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Month {
    pub month: YearMonth,
    /// That month's premium at that month's figures, rounded to the fen.
    pub premium: Decimal,
    /// The due date: one day, or the earliest and latest it can be.
    pub due: (Date, Date),
    /// Days late, for the latest and the earliest due date.
    pub days: (u32, u32),
    /// The late fee, unrounded, for the latest and the earliest due date.
    pub fee: (Decimal, Decimal),
    /// A figure in that month's premium is 待核实 (carried, provisional or weakly sourced).
    pub unsettled: bool,
}

#[derive(Clone, Debug)]
pub struct BackPay {
    pub months: Vec<Month>,
    /// The premiums owed, the sum of the rounded monthly premiums.
    pub premiums: Decimal,
    /// The late fee, low and high, each rounded once from the unrounded monthly fees.
    pub late_fee: (Decimal, Decimal),
    /// Premiums plus late fee, low and high.
    pub total: (Decimal, Decimal),
    /// The fine if still unpaid after the collector's deadline, as multiples of the premiums.
    pub fine: (Decimal, Decimal),
    /// Whether the due dates were given (else the fee is a range).
    pub due_known: bool,
    /// Some month's premium rests on a figure that is 待核实.
    pub unsettled: bool,
    pub steps: Vec<Step>,
    pub notes: Vec<Note>,
}

/// Where the due date and the back-payment rules come from.
const DUE_DAY: Citation = cite(&SRC_JS_COLLECTION, "第十条");
const LATE_FEE: Citation = cite(&SRC_SI_LAW, "第八十六条");
const NEVER_ENROLLED: Citation = cite(&SRC_REGULATION, "第六十二条");

/// Each month owed, priced by `calc` on the 1st of that month, with its late fee up to
/// `paid` (the as-of day). Only a calculation that recurs monthly can be owed by month.
/// The premium rules run once per month owed, so a change of rate or base limits inside
/// the stretch is priced where it falls.
pub fn assess(paid: Date, calc: &Calculation, owed: Owed) -> Result<BackPay, Problem> {
    if owed.months == 0 {
        return Err(Problem::field(Field::OwedMonths, "欠缴月数至少为 1"));
    }
    let last = owed.from.add_months(owed.months as i32 - 1);
    if last > YearMonth::of(paid) {
        return Err(Problem::field(
            Field::OwedMonths,
            format!(
                "欠缴到 {}，晚于计算日期所在月份；请核对起始月份和月数，或改“按哪一天的政策计算”为缴清之日",
                last.chinese()
            ),
        ));
    }
    let first_day = |m: YearMonth| Date::new_unchecked(m.year(), m.month(), 1);
    if let Some(due) = owed.first_due {
        if due < first_day(owed.from) {
            return Err(Problem::field(
                Field::FirstDue,
                format!("缴费截止日不能早于所属月份 {}", owed.from.chinese()),
            ));
        }
    }
    let terms = Terms::on(paid)?;
    let rate = terms.rate;

    let mut months = Vec::new();
    for i in 0..owed.months {
        let month = owed.from.add_months(i as i32);
        let e = estimate(first_day(month), calc)?;
        let premium = match e.amounts {
            Amounts::Recurring { monthly, .. } | Amounts::Mixed { monthly, .. } => monthly,
            // A project or an intern's placement is paid once, not by the month.
            Amounts::OneOff { .. } | Amounts::Choices(_) => {
                return Err(Problem::field(
                    Field::OwedMonths,
                    "按月补缴只适用于按月缴纳的测算方式（工资总额、逐人、整个单位、超龄人员）；项目或实习生一次性保费欠缴的，请改为按欠缴金额和天数测算",
                ))
            }
        };
        let due = match owed.first_due {
            Some(d) => (d.add_months(i as i32), d.add_months(i as i32)),
            None => {
                let next = month.add_months(1);
                let end = Date::new_unchecked(
                    next.year(),
                    next.month(),
                    crate::date::days_in_month(next.year(), next.month()),
                );
                (first_day(month), end)
            }
        };
        let late = |from: Date| u32::try_from(from.days_until(paid).max(0)).unwrap_or(u32::MAX);
        let days = (late(due.1), late(due.0));
        let fee_for = |days: u32| apply_percent(premium, rate) * Decimal::from(days);
        months.push(Month {
            month,
            premium,
            due,
            days,
            fee: (fee_for(days.0), fee_for(days.1)),
            unsettled: e.unsettled(),
        });
    }
    let premiums: Decimal = months.iter().map(|m| m.premium).sum();
    // Each month is its own sum owed: capped, its fee is at most its premium.
    let late_fee = (
        round_fen(months.iter().map(|m| capped(m.fee.0, m.premium).0).sum()),
        round_fen(months.iter().map(|m| m.fee.1).sum()),
    );
    let cap_applies = months.iter().any(|m| m.fee.1 > m.premium);
    let due_known = owed.first_due.is_some();
    let steps = vec![
        Step::new(
            "欠缴月份",
            format!(
                "{} 至 {}，共 {} 个月",
                owed.from.chinese(),
                last.chinese(),
                owed.months
            ),
            Basis::User("按您填写的起始月份和月数"),
        ),
        Step::new(
            "各月保费",
            format!(
                "按上面的测算方式，逐月按当月适用的费率和缴费基数上下限计算，合计 {}",
                yuan(premiums)
            ),
            Basis::Computed,
        ),
        Step::new(
            "各月应缴之日",
            match owed.first_due {
                Some(d) => format!("第一个月 {}，以后每月同日", d.chinese()),
                None => "未填写：按所属月份月初至次月末之间估算".to_string(),
            },
            match owed.first_due {
                Some(_) => Basis::User("按您填写的缴费截止日"),
                None => Basis::Law(vec![DUE_DAY]),
            },
        ),
        Step::new(
            "滞纳天数",
            format!("自应缴之日至缴清之日（{}）", paid.chinese()),
            Basis::Law(vec![LATE_FEE, NEVER_ENROLLED]),
        ),
        terms.rate_step(),
        Step::new(
            "滞纳金",
            format!(
                "各月保费 × {} × 该月滞纳天数，逐月相加：{}",
                percent(rate),
                yuan_range(late_fee.0, late_fee.1)
            ),
            Basis::Computed,
        ),
        terms.fine_step(premiums),
    ];
    let mut notes = vec![
        Note::new("各月保费按您在上面填写的工资（或名单）计算；各月实际工资不同的，补缴以经办机构或税务部门核定的数额为准。"),
        Note::new("应当参保而未参保的，同样责令限期参保、补缴保费并自欠缴之日起加收滞纳金（《工伤保险条例》第六十二条第一款）。补缴前发生的工伤，费用由单位按条例规定的标准支付；参保并补缴保费和滞纳金后，新发生的费用由工伤保险基金和单位按条例规定分别支付（第六十二条第二、三款）。"),
    ];
    if let Calculation::Workforce { workforce, .. } = calc {
        if workforce.interns.is_some() {
            notes.push(Note::new(
                "实习生的保费按实习期一次性缴纳，不计入按月补缴；欠缴的，请按欠缴金额和天数另行测算。",
            ));
        }
    }
    if cap_applies {
        notes.push(cap_note());
    }
    if !due_known {
        notes.push(Note::unverified("每月保费的缴费期限由税务部门规定，本工具没有查到常州的期限，滞纳金按所属月份月初（最多）至次月末（最少）起算，给出区间。知道缴费截止日的，请填写，以得到确数。"));
    }
    Ok(BackPay {
        unsettled: months.iter().any(|m| m.unsettled),
        total: (premiums + late_fee.0, premiums + late_fee.1),
        fine: terms.fine(premiums),
        months,
        premiums,
        late_fee,
        due_known,
        steps,
        notes,
    })
}
