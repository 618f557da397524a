//! The unit's rate: from its notice, or estimated from its industry's class and floating grade.

use super::{Field, Problem};
use crate::calculator::{longest_list, numbered, numeral, Choice};
use crate::date::Date;
use crate::format::percent;
use crate::policy::{
    whole, Value, CLASS_BASE_RATE, GRADES_CLASS1, GRADES_OTHER, RATE_FLOOR, TEMPORARY_CUT,
};
use crate::working::{Basis, Note, Step};
use rust_decimal::Decimal;

/// How the user gives the rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RateChoice {
    /// The 核定费率 printed on the unit's notice, in percent. The most reliable path.
    Notice(Decimal),
    /// Industry risk class 1–8 and floating grade in percent of the base rate.
    Industry { class: u8, grade: u16 },
}

#[derive(Clone, Debug)]
pub struct Rate {
    /// Percent of payroll.
    pub percent: Decimal,
    pub steps: Vec<Step>,
    pub notes: Vec<Note>,
    /// Other rates the unit may in fact pay, where a figure is unconfirmed (e.g. a temporary cut).
    pub alternatives: Vec<(String, Decimal)>,
}

/// How many risk classes there are: as many as the base rates in `policy/rates.toml`.
pub fn class_count() -> usize {
    longest_list(&CLASS_BASE_RATE)
}

/// `一类` … `八类`.
pub fn class_name(class: u8) -> String {
    format!("{}类", numeral(usize::from(class)))
}

/// The classes to choose from: `1` (一类) to the last class of the data.
pub fn class_choices() -> Vec<Choice> {
    numbered(class_count(), "类")
}

/// Every floating grade the data offers any class on any date, as `120` (120%).
pub fn grade_choices() -> Vec<Choice> {
    let mut grades: Vec<u32> = [&GRADES_CLASS1, &GRADES_OTHER]
        .into_iter()
        .flat_map(|param| param.values)
        .filter_map(|v| match v.value {
            Value::List(list) => Some(list.iter().filter_map(|g| whole(*g))),
            _ => None,
        })
        .flatten()
        .collect();
    grades.sort_unstable();
    grades.dedup();
    grades
        .into_iter()
        .map(|g| Choice {
            key: g.to_string().into(),
            label: format!("{g}%").into(),
            hint: "",
        })
        .collect()
}

/// The grades a class may float to on `day`, as whole percentages.
pub fn allowed_grades(class: u8, day: Date) -> Result<Vec<u16>, Problem> {
    let param = if class == 1 {
        &GRADES_CLASS1
    } else {
        &GRADES_OTHER
    };
    let (list, _) = param.whole_list(day)?;
    Ok(list
        .into_iter()
        .filter_map(|g| u16::try_from(g).ok())
        .collect())
}

/// The highest rate any unit can be charged on `day` (the riskiest class at the top grade):
/// a 核定费率 above it is a typing slip. With it, how it is made: `八类基准费率 × 150%`.
pub fn highest_rate(day: Date) -> Result<(Decimal, String), Problem> {
    let (bases, _) = CLASS_BASE_RATE.list(day)?;
    let (grades, _) = GRADES_OTHER.list(day)?;
    let top = bases
        .iter()
        .enumerate()
        .max_by_key(|(_, rate)| **rate)
        .map(|(i, rate)| (i + 1, *rate));
    let top_grade = grades.iter().copied().max().unwrap_or_default();
    let (class, base) = top.unwrap_or_default();
    Ok((
        crate::working::apply_percent(base, top_grade),
        format!("{}类基准费率 × {}%", numeral(class), top_grade.normalize()),
    ))
}

pub fn resolve(choice: RateChoice, day: Date) -> Result<Rate, Problem> {
    match choice {
        RateChoice::Notice(pct) => from_notice(pct, day),
        RateChoice::Industry { class, grade } => from_industry(class, grade, day),
    }
}

fn from_notice(pct: Decimal, day: Date) -> Result<Rate, Problem> {
    if pct.is_zero() {
        return Err(Problem::field(
            Field::Rate,
            "费率不能为 0，请按核定通知填写，例如 0.4",
        ));
    }
    let (max, how) = highest_rate(day)?;
    if pct > max {
        return Err(Problem::field(
            Field::Rate,
            format!("费率 {} 超过了最高可能的费率 {}（{how}），请核对核定通知。费率按百分比填写，例如 0.4 表示 0.4%", percent(pct), percent(max)),
        ));
    }
    let mut notes = Vec::new();
    let (floor, _) = RATE_FLOOR.number(day)?;
    if pct < floor {
        notes.push(Note::new(format!(
            "您填写的费率低于一类基准费率 {}。阶段性降费期间可能出现这种情况；如无降费，请核对核定通知。",
            percent(floor)
        )));
    }
    Ok(Rate {
        percent: pct,
        steps: vec![Step::new(
            "单位缴费费率（您的核定通知）",
            percent(pct),
            Basis::User("按您填写的核定费率"),
        )],
        notes,
        alternatives: Vec::new(),
    })
}

fn from_industry(class: u8, grade: u16, day: Date) -> Result<Rate, Problem> {
    if !(1..=class_count()).contains(&usize::from(class)) {
        return Err(Problem::field(
            Field::Class,
            format!(
                "请选择一类至{}中的一个行业风险类别",
                class_name(u8::try_from(class_count()).unwrap_or(u8::MAX))
            ),
        ));
    }
    let (base, base_value) = CLASS_BASE_RATE.item(day, usize::from(class - 1))?;
    let allowed = allowed_grades(class, day)?;
    if !allowed.contains(&grade) {
        let list: Vec<String> = allowed.iter().map(|g| format!("{g}%")).collect();
        return Err(Problem::field(
            Field::Grade,
            format!("{}行业只能按 {} 浮动", class_name(class), list.join("、")),
        ));
    }
    let grade_param = if class == 1 {
        &GRADES_CLASS1
    } else {
        &GRADES_OTHER
    };
    let (_, grade_value) = grade_param.list(day)?;
    let (floor, floor_value) = RATE_FLOOR.number(day)?;

    let floated = crate::working::apply_percent(base, Decimal::from(grade));
    let mut steps = vec![
        Step::new(
            format!("行业基准费率（{}）", class_name(class)),
            percent(base),
            Basis::Param(&CLASS_BASE_RATE, base_value),
        ),
        Step::new(
            "浮动档次",
            format!("{grade}%"),
            Basis::Param(grade_param, grade_value),
        ),
        Step::new(
            "浮动后费率",
            format!("{} × {grade}% = {}", percent(base), percent(floated)),
            Basis::Computed,
        ),
    ];
    let pct = if floated < floor {
        steps.push(Step::new(
            "费率下限",
            format!("不低于 {}，按 {} 计", percent(floor), percent(floor)),
            Basis::Param(&RATE_FLOOR, floor_value),
        ));
        floor
    } else {
        floated
    };

    let mut notes = vec![Note::new(
        "按行业估算的费率只是估算：单位的实际费率以社保经办机构的核定通知为准。",
    )];
    let mut alternatives = Vec::new();
    let cut = TEMPORARY_CUT.at(day)?;
    match cut.value {
        Value::Number(kept) => {
            let after = crate::working::apply_percent(pct, kept);
            steps.push(Step::new(
                "阶段性降费后费率",
                format!("{} × {} = {}", percent(pct), percent(kept), percent(after)),
                Basis::Param(&TEMPORARY_CUT, cut),
            ));
            return Ok(Rate {
                percent: after,
                steps,
                notes,
                alternatives,
            });
        }
        Value::Unknown { guidance, possible } => {
            notes.push(Note::unverified(guidance));
            for kept in possible.iter().filter(|k| **k != Decimal::ONE_HUNDRED) {
                alternatives.push((
                    format!(
                        "如常州按 {} 执行（下调 {}）",
                        percent(*kept),
                        percent(Decimal::ONE_HUNDRED - kept)
                    ),
                    crate::working::apply_percent(pct, *kept),
                ));
            }
        }
        Value::List(_) | Value::State(_) => {}
    }
    Ok(Rate {
        percent: pct,
        steps,
        notes,
        alternatives,
    })
}
