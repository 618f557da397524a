//! 按项目参保: a construction project's one-off premium on its contract price.

use super::{Field, Problem};
use crate::calculator::{longest_list, numbered, numeral, Choice};
use crate::date::Date;
use crate::format::{number, yuan};
use crate::policy::{PolicyError, PROJECT_TIER_RATE};
use crate::working::{Basis, Note, Step};
use rust_decimal::Decimal;

/// `一档`, `二档`, …: the `n`-th (from 1) of the data's tiers.
pub fn tier_name(n: usize) -> String {
    format!("{}档", numeral(n))
}

/// The tiers to choose from: as many as the data's list of tier rates holds.
pub fn tier_choices() -> Vec<Choice> {
    numbered(longest_list(&PROJECT_TIER_RATE), "档")
}

/// One way the project may be charged: a tier (or the user's own rate) and what it costs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierCost {
    pub label: String,
    /// Per mille of the contract price.
    pub per_mille: Decimal,
    pub amount: Decimal,
}

#[derive(Clone, Debug)]
pub struct Quote {
    pub options: Vec<TierCost>,
    pub steps: Vec<Step>,
    pub notes: Vec<Note>,
}

fn per_mille(price: Decimal, rate: Decimal) -> Decimal {
    price * rate / Decimal::ONE_THOUSAND
}

/// `tier` picks one of the tiers; `None` shows them all, because Changzhou's
/// tier is not confirmed. `user_rate` (‰, from the project's notice) is used only
/// for dates whose tiers the data does not have.
pub fn quote(
    day: Date,
    price: Decimal,
    tier: Option<u8>,
    user_rate: Option<Decimal>,
) -> Result<Quote, Problem> {
    if price.is_zero() {
        return Err(Problem::field(
            Field::Price,
            "请填写施工合同总价（工程总造价），不能为 0",
        ));
    }
    let mut steps = vec![Step::new(
        "工程总造价（施工合同总价）",
        yuan(price),
        Basis::User("按您填写的合同总价"),
    )];
    let options = match PROJECT_TIER_RATE.list(day) {
        Ok((rates, dated)) => {
            let chosen: Vec<usize> = match tier.map(usize::from) {
                Some(t) if (1..=rates.len()).contains(&t) => vec![t - 1],
                Some(_) => {
                    return Err(Problem::field(
                        Field::Tier,
                        format!("请选择一档至{}", tier_name(rates.len())),
                    ))
                }
                None => (0..rates.len()).collect(),
            };
            let listing: Vec<String> = rates
                .iter()
                .enumerate()
                .map(|(i, r)| format!("{} {}‰", tier_name(i + 1), number(*r)))
                .collect();
            steps.push(Step::new(
                "江苏工程建设项目费率",
                listing.join("、"),
                Basis::Param(&PROJECT_TIER_RATE, dated),
            ));
            chosen
                .into_iter()
                .filter_map(|i| rates.get(i).map(|r| (i, *r)))
                .map(|(i, r)| TierCost {
                    label: tier_name(i + 1),
                    per_mille: r,
                    amount: per_mille(price, r),
                })
                .collect()
        }
        Err(e @ PolicyError::NotFound { .. }) => match user_rate {
            Some(r) if r.is_zero() => {
                return Err(Problem::field(Field::ProjectRate, "费率不能为 0"))
            }
            Some(r) if r > Decimal::TEN => {
                return Err(Problem::field(
                    Field::ProjectRate,
                    "项目费率按千分比填写，一般不超过 10‰，请核对",
                ))
            }
            Some(r) => {
                steps.push(Step::new(
                    "项目费率（您的核定通知）",
                    format!("{}‰", number(r)),
                    Basis::User("按您填写的项目费率"),
                ));
                vec![TierCost {
                    label: "按核定费率".into(),
                    per_mille: r,
                    amount: per_mille(price, r),
                }]
            }
            None => return Err(Problem::NeedsFigure(Field::ProjectRate, e)),
        },
        Err(e) => return Err(e.into()),
    };
    for o in &options {
        steps.push(Step::new(
            format!("{}保费", o.label),
            format!(
                "{} × {}‰ = {}",
                yuan(price),
                number(o.per_mille),
                yuan(o.amount)
            ),
            Basis::Computed,
        ));
    }
    let notes = vec![
        Note::unverified("常州执行哪一档项目费率未找到；请以项目参保时经办机构核定的费率为准。"),
        Note::new("由施工总承包单位在开工前按项目一次性缴纳；建设单位应在工程概算中将其单独列支，作为不可竞争费用。未参保的项目不予核发施工许可证（先参保、再开工）。——人社部发〔2014〕103号"),
        Note::new("总承包单位对项目上全部人员（含专业承包、劳务分包单位的人员）实行动态实名制管理，人员变动要及时报备。——人社部发〔2014〕103号"),
        Note::new("项目部的固定职工仍应由所在单位按工资总额正常参保，不以项目参保代替。"),
        Note::unverified("追加合同价款或延长工期是否需要补缴，江苏的规定未找到，请向经办机构确认。"),
    ];
    Ok(Quote {
        options,
        steps,
        notes,
    })
}
