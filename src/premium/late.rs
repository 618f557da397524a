//! 欠缴: the late fee and the fine the law sets for premiums left unpaid. (A unit with
//! arrears has registered, so the fine for not registering is not its concern here.)

use super::{Field, Problem};
use crate::date::Date;
use crate::format::{number, percent, round_fen, yuan};
use crate::policy::{ARREARS_FINE_MULTIPLE, LATE_FEE_DAILY_RATE};
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

fn range(list: &[Decimal]) -> (Decimal, Decimal) {
    let lo = list.iter().copied().min().unwrap_or_default();
    let hi = list.iter().copied().max().unwrap_or_default();
    (lo, hi)
}

/// `days` counts from the day the premium fell due (社会保险法第八十六条: 自欠缴之日起).
pub fn assess(day: Date, arrears: Decimal, days: u32) -> Result<Assessment, Problem> {
    if arrears.is_zero() {
        return Err(Problem::field(
            Field::Arrears,
            "欠缴金额为 0 时不产生滞纳金；如无欠缴，请清空这两项",
        ));
    }
    let (rate, rate_value) = LATE_FEE_DAILY_RATE.number(day)?;
    let (fine, fine_value) = ARREARS_FINE_MULTIPLE.list(day)?;
    let fine = range(fine);

    let late_fee = round_fen(crate::working::apply_percent(arrears, rate) * Decimal::from(days));
    let arrears_fine = (arrears * fine.0, arrears * fine.1);
    let steps = vec![
        Step::new("欠缴金额", yuan(arrears), Basis::User("按您填写的欠缴金额")),
        Step::new(
            "欠缴天数",
            format!("{days} 天"),
            Basis::User("自应缴之日起算"),
        ),
        Step::new(
            "滞纳金日费率",
            format!("{}/日", percent(rate)),
            Basis::Param(&LATE_FEE_DAILY_RATE, rate_value),
        ),
        Step::new(
            "滞纳金",
            format!(
                "{} × {} × {days} 天 = {}",
                yuan(arrears),
                percent(rate),
                yuan(late_fee)
            ),
            Basis::Computed,
        ),
        Step::new(
            "逾期仍不缴纳的罚款",
            format!(
                "欠缴数额的 {}–{} 倍：{} 至 {}",
                number(fine.0),
                number(fine.1),
                yuan(arrears_fine.0),
                yuan(arrears_fine.1)
            ),
            Basis::Param(&ARREARS_FINE_MULTIPLE, fine_value),
        ),
    ];
    Ok(Assessment {
        late_fee,
        total_due: arrears + late_fee,
        arrears_fine,
        steps,
    })
}
