//! 欠缴: the late fee and the fine the law sets for premiums left unpaid. (A unit with
//! arrears has registered, so the fine for not registering is not its concern here.)

use super::{Field, Problem};
use crate::date::Date;
use crate::format::{number, percent, round_fen, yuan};
use crate::policy::{DatedValue, InForce, ARREARS_FINE_MULTIPLE, LATE_FEE_DAILY_RATE};
use crate::working::{Basis, Step};
use rust_decimal::Decimal;

#[derive(Clone, Debug)]
pub struct Assessment {
    /// 滞纳金, rounded to the fen.
    pub late_fee: Decimal,
    /// Arrears plus late fee.
    pub total_due: Decimal,
    /// Fine if still unpaid after the deadline the collector sets, as a range.
    pub arrears_fine: (Decimal, Decimal),
    pub steps: Vec<Step>,
}

/// The daily late-fee rate and the fine's multiples in force on a day, with their lines
/// of working; the known-amount fee here and the months owed (`back_pay`) both use them.
pub struct Terms {
    pub rate: Decimal,
    rate_value: InForce<DatedValue>,
    multiples: (Decimal, Decimal),
    fine_value: InForce<DatedValue>,
}

impl Terms {
    pub fn on(day: Date) -> Result<Terms, Problem> {
        let (rate, rate_value) = LATE_FEE_DAILY_RATE.number(day)?;
        let (fine, fine_value) = ARREARS_FINE_MULTIPLE.list(day)?;
        let lo = fine.iter().copied().min().unwrap_or_default();
        let hi = fine.iter().copied().max().unwrap_or_default();
        Ok(Terms {
            rate,
            rate_value,
            multiples: (lo, hi),
            fine_value,
        })
    }

    pub fn rate_step(&self) -> Step {
        Step::new(
            "滞纳金日费率",
            format!("{}/日", percent(self.rate)),
            Basis::Param(&LATE_FEE_DAILY_RATE, self.rate_value),
        )
    }

    /// The fine on `owed` if it is still unpaid after the collector's deadline, as a range.
    pub fn fine(&self, owed: Decimal) -> (Decimal, Decimal) {
        (owed * self.multiples.0, owed * self.multiples.1)
    }

    pub fn fine_step(&self, owed: Decimal) -> Step {
        let (lo, hi) = self.fine(owed);
        Step::new(
            "逾期仍不缴纳的罚款",
            format!(
                "欠缴数额的 {}–{} 倍：{} 至 {}",
                number(self.multiples.0),
                number(self.multiples.1),
                yuan(lo),
                yuan(hi)
            ),
            Basis::Param(&ARREARS_FINE_MULTIPLE, self.fine_value),
        )
    }
}

/// `days` counts from the day the premium fell due (社会保险法第八十六条: 自欠缴之日起).
pub fn assess(day: Date, arrears: Decimal, days: u32) -> Result<Assessment, Problem> {
    if arrears.is_zero() {
        return Err(Problem::field(
            Field::Arrears,
            "欠缴金额为 0 时不产生滞纳金；如无欠缴，请清空这两项",
        ));
    }
    let terms = Terms::on(day)?;
    let late_fee =
        round_fen(crate::working::apply_percent(arrears, terms.rate) * Decimal::from(days));
    let steps = vec![
        Step::new("欠缴金额", yuan(arrears), Basis::User("按您填写的欠缴金额")),
        Step::new(
            "欠缴天数",
            format!("{days} 天"),
            Basis::User("自应缴之日起算"),
        ),
        terms.rate_step(),
        Step::new(
            "滞纳金",
            format!(
                "{} × {} × {days} 天 = {}",
                yuan(arrears),
                percent(terms.rate),
                yuan(late_fee)
            ),
            Basis::Computed,
        ),
        terms.fine_step(arrears),
    ];
    Ok(Assessment {
        late_fee,
        total_due: arrears + late_fee,
        arrears_fine: terms.fine(arrears),
        steps,
    })
}
