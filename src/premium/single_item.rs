//! 单项参保: interns on school placements and workers past retirement age.

use super::{Field, Problem};
use crate::date::Date;
use crate::policy::{
    Citation, Param, PolicyError, State, Value, INTERN_ENROLLMENT, OVERAGE_AGE_CAP,
    OVERAGE_ENROLLMENT, SINGLE_ITEM_BASE,
};
use crate::working::{Basis, Note, Step};

/// `人社部令第56号《…》第十五条` for a note's prose.
fn cited(citations: &[Citation]) -> String {
    citations
        .iter()
        .map(Citation::to_string)
        .collect::<Vec<_>>()
        .join("、")
}

fn param_kind(param: &'static Param, day: Date) -> Problem {
    Problem::Policy(PolicyError::WrongKind {
        param: param.label,
        day,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Intern,
    Overage,
}

#[derive(Clone, Debug)]
pub struct Terms {
    /// Whether the pay is held between the province's floor and ceiling.
    pub clamped: bool,
    pub steps: Vec<Step>,
    pub notes: Vec<Note>,
}

pub fn terms(group: Group, day: Date) -> Result<Terms, Problem> {
    let (param, who) = match group {
        Group::Intern => (&INTERN_ENROLLMENT, "实习生"),
        Group::Overage => (&OVERAGE_ENROLLMENT, "超过法定退休年龄的人员"),
    };
    let (state, dated) = param.state(day)?;
    let mut notes = Vec::new();
    let status = match state {
        State::NotAvailable => {
            let opens = param
                .next_after(day)
                .map(|v| format!("，自 {} 起才有此渠道", v.from))
                .unwrap_or_default();
            return Err(Problem::field(
                Field::Mode,
                format!("{day} 江苏尚无{who}单项参加工伤保险的渠道{opens}。请改用以后的日期。"),
            ));
        }
        State::Mandatory => {
            notes.push(Note::new(format!(
                "自 {} 起，用人单位应当为{who}参加工伤保险并缴纳工伤保险费（{}），不再是自愿参保。",
                dated.from,
                cited(dated.citations)
            )));
            notes.push(Note::unverified("江苏原单项参保办法的缴费工资和年龄上限与新规定如何衔接，尚未见规定，请向经办机构确认。"));
            "应当参保"
        }
        State::Voluntary => {
            if let Some(next) = param
                .next_after(day)
                .filter(|v| matches!(v.value, Value::State(State::Mandatory)))
            {
                notes.push(Note::new(format!(
                    "注意：{}规定，自 {} 起用人单位应当为{who}参加工伤保险。",
                    cited(next.citations),
                    next.from
                )));
            }
            "自愿单项参保"
        }
        _ => return Err(param_kind(param, day)),
    };
    let mut steps = vec![Step::new(
        format!("{who}参加工伤保险"),
        status,
        Basis::Param(param, dated),
    )];
    if group == Group::Overage {
        match OVERAGE_AGE_CAP.number(day) {
            Ok((cap, cap_value)) => {
                steps.push(Step::new(
                    "年龄上限",
                    format!("{cap} 周岁，且未办理退休手续、未领取养老金"),
                    Basis::Param(&OVERAGE_AGE_CAP, cap_value),
                ));
            }
            Err(PolicyError::NotFound { guidance, .. }) => notes.push(Note::unverified(guidance)),
            Err(e) => return Err(e.into()),
        }
    }
    let (clamp, clamp_value) = SINGLE_ITEM_BASE.state(day)?;
    let clamped = clamp == State::Clamp;
    steps.push(Step::new(
        "缴费工资",
        if clamped {
            "按全省缴费基数上下限调整"
        } else {
            "按实际工资"
        },
        Basis::Param(&SINGLE_ITEM_BASE, clamp_value),
    ));
    // One rule for the pay, the one the "缴费工资" line above cites with its source and
    // confidence: the notes never say "actual pay" where the pay is held to the limits.
    let pay = if clamped {
        "实际报酬低于全省缴费基数下限的按下限、高于上限的按上限"
    } else {
        "按实际报酬"
    };
    let text = match group {
        Group::Intern => format!("实习生：按实习协议期限一次性缴纳，缴费工资{pay}，费率按实习单位的费率；只限技工院校、职业院校统一安排的实习。"),
        Group::Overage => format!("超龄人员：按月缴纳，缴费工资{pay}，费率按用人单位的费率；个人不缴费。"),
    };
    // The pay rule is as sure as its source: 待核实 beside it when the source is weak.
    notes.push(if clamp_value.needs_checking() {
        Note::unverified(text)
    } else {
        Note::new(text)
    });
    Ok(Terms {
        clamped,
        steps,
        notes,
    })
}
