//! 保费测算: the work-injury premium rules, in plain Rust.
//!
//! Each submodule is one part of the calculation and takes typed input; the
//! form (strings, links, field messages) lives in [`form`]. Every figure used
//! is recorded as a [`crate::working::Step`] with its basis, so the page can show the working.

pub mod back_pay;
pub mod base;
pub mod estimate;
pub mod floating;
pub mod form;
pub mod late;
pub mod project;
pub mod rate;
pub mod single_item;
pub mod workforce;

use crate::calculator::{one_of, Choice, Fields};
use crate::choice::Choice as _;
use crate::policy::{Industry, PolicyError};
use estimate::Period;
use form::{LateBy, Mode, RateSource};

/// The estimator's route.
pub const PATH: &str = "/premium";

/// The inputs, each one field on the page and one key in the link; declared in the
/// order the link writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Mode,
    RateSource,
    Rate,
    Industry,
    Class,
    Grade,
    Payout,
    Incidence,
    Payroll,
    Headcount,
    Period,
    Wages,
    TotalRow,
    InternCount,
    InternPay,
    InternMonths,
    OverageCount,
    OveragePay,
    DispatchCount,
    DispatchPay,
    DispatchPayer,
    Price,
    Tier,
    ProjectRate,
    Pay,
    Months,
    Floor,
    Ceiling,
    LateBy,
    Arrears,
    Days,
    OwedFrom,
    OwedMonths,
    FirstDue,
}

impl Field {
    pub const ALL: [Field; 34] = [
        Field::Mode,
        Field::RateSource,
        Field::Rate,
        Field::Industry,
        Field::Class,
        Field::Grade,
        Field::Payout,
        Field::Incidence,
        Field::Payroll,
        Field::Headcount,
        Field::Period,
        Field::Wages,
        Field::TotalRow,
        Field::InternCount,
        Field::InternPay,
        Field::InternMonths,
        Field::OverageCount,
        Field::OveragePay,
        Field::DispatchCount,
        Field::DispatchPay,
        Field::DispatchPayer,
        Field::Price,
        Field::Tier,
        Field::ProjectRate,
        Field::Pay,
        Field::Months,
        Field::Floor,
        Field::Ceiling,
        Field::LateBy,
        Field::Arrears,
        Field::Days,
        Field::OwedFrom,
        Field::OwedMonths,
        Field::FirstDue,
    ];

    /// The late-fee section's fields, the last ones of [`Field::ALL`] (from `LateBy` on): the
    /// section opens when any of them is filled.
    pub const LATE: &[Field] = Field::ALL.split_at(Field::LateBy as usize).1;

    /// The field's key in links (and in its element id, `f-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Field::Mode => "mode",
            Field::RateSource => "ratesource",
            Field::Rate => "rate",
            Field::Industry => "industry",
            Field::Class => "class",
            Field::Grade => "grade",
            Field::Payroll => "payroll",
            Field::Headcount => "headcount",
            Field::Period => "period",
            Field::Wages => "wages",
            Field::TotalRow => "total_row",
            Field::Floor => "floor",
            Field::Ceiling => "ceiling",
            Field::Price => "price",
            Field::Tier => "tier",
            Field::ProjectRate => "prate",
            Field::Pay => "pay",
            Field::Months => "months",
            Field::Arrears => "arrears",
            Field::Days => "days",
            Field::LateBy => "late_by",
            Field::OwedFrom => "owed_from",
            Field::OwedMonths => "owed_months",
            Field::FirstDue => "first_due",
            Field::Payout => "payout",
            Field::Incidence => "incidence",
            Field::InternCount => "intern_count",
            Field::InternPay => "intern_pay",
            Field::InternMonths => "intern_months",
            Field::OverageCount => "overage_count",
            Field::OveragePay => "overage_pay",
            Field::DispatchCount => "dispatch_count",
            Field::DispatchPay => "dispatch_pay",
            Field::DispatchPayer => "dispatch_payer",
        }
    }

    /// The field's name, as link notes and the error summary say it.
    pub fn label(self) -> &'static str {
        match self {
            Field::Mode => "测算方式",
            Field::RateSource => "费率从哪里来？",
            Field::Rate => "核定费率",
            Field::Industry => "行业",
            Field::Class => "行业风险类别",
            Field::Grade => "浮动档次",
            Field::Payroll => "全部职工工资总额",
            Field::Headcount => "职工人数",
            Field::Period => "工资总额的期间",
            Field::Wages => "每名职工的月工资",
            Field::Floor => "该期间的月缴费工资基数下限",
            Field::Ceiling => "该期间的月缴费工资基数上限",
            Field::Price => "工程总造价",
            Field::Tier => "项目费率档次",
            Field::ProjectRate => "项目费率",
            Field::Pay => "每月工资或报酬",
            Field::Months => "月数",
            Field::Arrears => "欠缴金额",
            Field::Days => "欠缴天数",
            Field::LateBy => "欠费按什么测算",
            Field::OwedFrom => "欠缴起始月份",
            Field::OwedMonths => "欠缴月数",
            Field::FirstDue => "第一个欠缴月份的缴费截止日",
            Field::Payout => "支缴率",
            Field::Incidence => "工伤发生率",
            Field::InternCount => "实习生人数",
            Field::InternPay => "实习生每人每月报酬",
            Field::InternMonths => "实习协议期限",
            Field::OverageCount => "超龄人员人数",
            Field::OveragePay => "超龄人员每人每月工资",
            Field::DispatchCount => "劳务派遣人员人数",
            Field::DispatchPay => "劳务派遣人员每人每月工资",
            Field::DispatchPayer => "劳务派遣人员的工伤保险由谁缴",
            Field::TotalRow => "疑似合计行",
        }
    }
}

impl Fields for Field {
    const ALL: &'static [Field] = &Field::ALL;
    const WAGES: Field = Field::Wages;

    fn key(self) -> &'static str {
        Field::key(self)
    }

    fn label(self) -> &'static str {
        Field::label(self)
    }

    /// The answers a choice offers. The classes, grades and tiers are those of `policy/`.
    fn choices(self) -> Vec<Choice> {
        match self {
            Field::Mode => Mode::ALL
                .iter()
                .map(|m| Choice::hinted(m.key(), m.label(), m.hint()))
                .collect(),
            Field::RateSource => RateSource::ALL.iter().map(|s| s.choice()).collect(),
            Field::Class => rate::class_choices(),
            Field::Grade => rate::grade_choices(),
            Field::Period => Period::ALL
                .iter()
                .map(|p| form::period_choice(*p))
                .collect(),
            Field::Tier => project::tier_choices(),
            Field::DispatchPayer => form::DISPATCH_PAYERS.to_vec(),
            Field::TotalRow => form::TOTAL_ROWS.to_vec(),
            Field::LateBy => LateBy::ALL.iter().map(|l| l.choice()).collect(),
            _ => Vec::new(),
        }
    }

    fn accepts(self, value: &str) -> Result<(), String> {
        match self {
            Field::Industry if !value.is_empty() && Industry::by_key(value).is_none() => {
                Err("行业代码，例如 2011-65".into())
            }
            _ => one_of(&self.choices(), value, !self.always_answered()),
        }
    }

    fn always_answered(self) -> bool {
        matches!(
            self,
            Field::Mode | Field::RateSource | Field::Period | Field::DispatchPayer
        )
    }

    /// Choosing an industry chooses its class: the class's message shows.
    fn judged_on_set(self) -> Option<Field> {
        match self {
            Field::Industry => Some(Field::Class),
            f if !f.choices().is_empty() => Some(f),
            _ => None,
        }
    }
}

/// Why a calculation cannot go on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Something the user typed or chose; shown next to that field.
    Field(Field, String),
    /// The policy data has no answer for the as-of date.
    Policy(PolicyError),
    /// The data has no figure for the date, so the user is asked for it in `field`.
    NeedsFigure(Field, PolicyError),
}

impl From<PolicyError> for Problem {
    fn from(e: PolicyError) -> Problem {
        Problem::Policy(e)
    }
}

impl Problem {
    pub fn field(field: Field, message: impl Into<String>) -> Problem {
        Problem::Field(field, message.into())
    }
}
