//! 欠缴: the late fee and the fine the law sets for premiums left unpaid. (A unit with
//! arrears has registered, so the fine for not registering is not its concern here.)

use super::{Field, Problem};
use crate::date::Date;
use crate::format::{number, percent, round_fen, yuan};
use crate::policy::{
    cite, Citation, DatedValue, InForce, ARREARS_FINE_MULTIPLE, LATE_FEE_DAILY_RATE,
    SRC_ADMIN_ENFORCEMENT_LAW,
};
use crate::working::{Basis, Note, Step};
use rust_decimal::Decimal;

#[derive(Clone, Debug)]
pub struct Assessment {
    /// 滞纳金, rounded to the fen: no more than the arrears, and as the daily rate gives it
    /// (see [`capped`]); one figure when they agree.
    pub late_fee: (Decimal, Decimal),
    /// Arrears plus late fee.
    pub total_due: (Decimal, Decimal),
    /// Fine if still unpaid after the deadline the collector sets, as a range.
    pub arrears_fine: (Decimal, Decimal),
    pub steps: Vec<Step>,
    pub notes: Vec<Note>,
}

/// Where the disputed cap on the late fee comes from.
const CAP: Citation = cite(&SRC_ADMIN_ENFORCEMENT_LAW, "第四十五条第二款");

/// A late fee and the sum it runs on, as the range the law leaves open: 行政强制法第四十五条
/// 第二款 says a late fee may not exceed the sum owed, and whether that binds the late fee the
/// social insurance law itself sets is disputed. So a fee above the sum is shown from the sum
/// (capped) to the fee (not capped), with [`cap_note`]; a fee within it is one figure.
pub fn capped(fee: Decimal, owed: Decimal) -> (Decimal, Decimal) {
    (fee.min(owed), fee)
}

/// The note beside a late fee whose range comes from the cap.
pub fn cap_note() -> Note {
    Note::unverified(format!(
        "按日计算的滞纳金超过了欠缴的保费。《中华人民共和国行政强制法》{}规定加处的滞纳金不得超出金钱给付义务的数额；是否适用于社会保险费的滞纳金，各地做法不一，所以显示从“不超过欠费”到“按日全额计算”的区间，请以税务部门的核定为准。",
        CAP.pinpoint
    ))
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
    let by_day =
        round_fen(crate::working::apply_percent(arrears, terms.rate) * Decimal::from(days));
    let late_fee = capped(by_day, arrears);
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
                yuan(by_day)
            ),
            Basis::Computed,
        ),
        terms.fine_step(arrears),
    ];
    Ok(Assessment {
        late_fee,
        total_due: (arrears + late_fee.0, arrears + late_fee.1),
        arrears_fine: terms.fine(arrears),
        steps,
        notes: if late_fee.0 < late_fee.1 {
            vec![cap_note()]
        } else {
            Vec::new()
        },
    })
}
