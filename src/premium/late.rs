//! 欠缴与未登记: late fees and the fines the law sets.

use super::{Basis, Field, Problem, Step};
use crate::date::Date;
use crate::format::{number, percent, round_fen, yuan};
use crate::policy::{
    ARREARS_FINE_MULTIPLE, LATE_FEE_DAILY_RATE, UNREGISTERED_FINE_MULTIPLE,
    UNREGISTERED_MANAGER_FINE,
};
use rust_decimal::Decimal;

#[derive(Clone, Debug)]
pub struct Assessment {
    /// 滞纳金, rounded to the fen.
    pub late_fee: Decimal,
    /// Arrears plus late fee.
    pub total_due: Decimal,
    /// Fine if still unpaid after the deadline the collector sets: 1–3 × arrears.
    pub arrears_fine: (Decimal, Decimal),
    /// Fine for a unit that never registered and does not correct it: 1–3 × the premiums due.
    pub unregistered_fine: (Decimal, Decimal),
    /// And on the managers responsible.
    pub manager_fine: (Decimal, Decimal),
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
    let (unreg, unreg_value) = UNREGISTERED_FINE_MULTIPLE.list(day)?;
    let (manager, manager_value) = UNREGISTERED_MANAGER_FINE.list(day)?;
    let (fine, unreg, manager) = (range(fine), range(unreg), range(manager));

    let late_fee = round_fen(super::apply_percent(arrears, rate) * Decimal::from(days));
    let arrears_fine = (arrears * fine.0, arrears * fine.1);
    let unregistered_fine = (arrears * unreg.0, arrears * unreg.1);
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
        Step::new(
            "未办理社会保险登记、逾期不改正的罚款",
            format!(
                "应缴保费的 {}–{} 倍：{} 至 {}",
                number(unreg.0),
                number(unreg.1),
                yuan(unregistered_fine.0),
                yuan(unregistered_fine.1)
            ),
            Basis::Param(&UNREGISTERED_FINE_MULTIPLE, unreg_value),
        ),
        Step::new(
            "对直接负责的主管人员和其他直接责任人员",
            format!("{} 至 {}", yuan(manager.0), yuan(manager.1)),
            Basis::Param(&UNREGISTERED_MANAGER_FINE, manager_value),
        ),
    ];
    Ok(Assessment {
        late_fee,
        total_due: arrears + late_fee,
        arrears_fine,
        unregistered_fine,
        manager_fine: manager,
        steps,
    })
}
