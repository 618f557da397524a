//! 本人工资 (条例第六十四条): the average monthly contribution wage over the 12 months
//! before the injury, held between 60 % and 300 % of the pooling area's average wage.

use super::Case;
use crate::format::yuan;
use crate::policy::{PolicyError, AREA_AVERAGE_WAGE, WAGE_BOUNDS_PERCENT};
use crate::working::{apply_percent, Basis, Note, Step};
use rust_decimal::Decimal;

/// The worker's wages as the rules use them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wages {
    /// The average of what was typed: the wage before the injury (停工留薪期 pays it on).
    pub before: Decimal,
    /// 本人工资: `before`, held to the bounds when the area's average is known.
    pub own: Decimal,
    /// Whether `own` was held to the bounds: without the area's average it may be wrong,
    /// and so is every line built on it.
    pub bounded: bool,
}

pub fn wages(
    case: &Case,
    steps: &mut Vec<Step>,
    notes: &mut Vec<Note>,
) -> Result<Wages, PolicyError> {
    let day = case.injury_date;
    let months = case.wages.len();
    let before =
        case.wages.iter().fold(Decimal::ZERO, |sum, w| sum + w) / Decimal::from(months.max(1));
    if months > 1 {
        steps.push(Step::new(
            format!("受伤前 {months} 个月的平均月缴费工资"),
            yuan(before),
            Basis::User("按您逐月填写的工资平均"),
        ));
        if months < 12 {
            notes.push(Note::unverified(format!(
                "只填了 {months} 个月的工资，按这 {months} 个月平均；参保不满12个月的本人工资如何确定，以经办机构核定为准。"
            )));
        }
    } else {
        steps.push(Step::new(
            "受伤前12个月的平均月缴费工资",
            yuan(before),
            Basis::User("您填写的数值"),
        ));
    }
    let Some(average) = case.avg_wage else {
        steps.push(Step::new(
            "统筹地区上年度职工月平均工资",
            "未填写",
            Basis::Param(&AREA_AVERAGE_WAGE, AREA_AVERAGE_WAGE.at(day)?),
        ));
        notes.push(Note::unverified(
            "没有填写统筹地区上年度职工月平均工资：本人工资未按上下限调整，按本人工资计算的各项（标“待核实”）可能偏高或偏低；生活护理费和丧葬补助金只列出计算公式。",
        ));
        return Ok(Wages {
            before,
            own: before,
            bounded: false,
        });
    };
    steps.push(Step::new(
        "统筹地区上年度职工月平均工资",
        yuan(average),
        Basis::User("您填写的数值（本工具未收录常州的数值）"),
    ));
    let (bounds, basis) = WAGE_BOUNDS_PERCENT.list(day)?;
    let [floor_pct, ceiling_pct] = bounds[..] else {
        return Err(PolicyError::WrongKind {
            param: WAGE_BOUNDS_PERCENT.label,
            day,
        });
    };
    let (floor, ceiling) = (
        apply_percent(average, floor_pct),
        apply_percent(average, ceiling_pct),
    );
    steps.push(Step::new(
        "本人工资的下限和上限",
        format!("{} 至 {}", yuan(floor), yuan(ceiling)),
        Basis::Param(&WAGE_BOUNDS_PERCENT, basis),
    ));
    let (own, why) = if before < floor {
        (floor, "，低于下限，按下限计")
    } else if before > ceiling {
        (ceiling, "，高于上限，按上限计")
    } else {
        (before, "")
    };
    steps.push(Step::new(
        "本人工资",
        format!("{}{why}", yuan(own)),
        Basis::Computed,
    ));
    Ok(Wages {
        before,
        own,
        bounded: true,
    })
}
