//! 保费测算: the work-injury premium rules, in plain Rust.
//!
//! Each submodule is one part of the calculation and takes typed input; the
//! form (strings, links, field messages) lives in [`form`]. Every figure used
//! is recorded as a [`crate::working::Step`] with its basis, so the page can show the working.

pub mod base;
pub mod estimate;
pub mod floating;
pub mod form;
pub mod late;
pub mod project;
pub mod rate;
pub mod single_item;
pub mod workforce;

use crate::policy::PolicyError;

/// The estimator's route.
pub const PATH: &str = "/premium";

/// The inputs a message can point at; each is one field on the page and one key in the link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Date,
    Mode,
    Rate,
    Industry,
    Class,
    Grade,
    Payroll,
    Headcount,
    Period,
    Wages,
    Floor,
    Ceiling,
    Price,
    Tier,
    ProjectRate,
    Pay,
    Months,
    Arrears,
    Days,
    Payout,
    Incidence,
    InternCount,
    InternPay,
    InternMonths,
    OverageCount,
    OveragePay,
    DispatchCount,
    DispatchPay,
    DispatchPayer,
}

impl Field {
    pub const ALL: [Field; 29] = [
        Field::Date,
        Field::Mode,
        Field::Rate,
        Field::Industry,
        Field::Class,
        Field::Grade,
        Field::Payroll,
        Field::Headcount,
        Field::Period,
        Field::Wages,
        Field::Floor,
        Field::Ceiling,
        Field::Price,
        Field::Tier,
        Field::ProjectRate,
        Field::Pay,
        Field::Months,
        Field::Arrears,
        Field::Days,
        Field::Payout,
        Field::Incidence,
        Field::InternCount,
        Field::InternPay,
        Field::InternMonths,
        Field::OverageCount,
        Field::OveragePay,
        Field::DispatchCount,
        Field::DispatchPay,
        Field::DispatchPayer,
    ];

    /// The typed fields of the whole-workforce mode's groups, in page order.
    pub const WORKFORCE_GROUPS: [Field; 7] = [
        Field::InternCount,
        Field::InternPay,
        Field::InternMonths,
        Field::OverageCount,
        Field::OveragePay,
        Field::DispatchCount,
        Field::DispatchPay,
    ];

    /// The field a link key names, if any.
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The field's key in links (and in its element id, `f-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Field::Date => crate::link::DATE_KEY,
            Field::Mode => "mode",
            Field::Rate => "rate",
            Field::Industry => "industry",
            Field::Class => "class",
            Field::Grade => "grade",
            Field::Payroll => "payroll",
            Field::Headcount => "headcount",
            Field::Period => "period",
            Field::Wages => "wages",
            Field::Floor => "floor",
            Field::Ceiling => "ceiling",
            Field::Price => "price",
            Field::Tier => "tier",
            Field::ProjectRate => "prate",
            Field::Pay => "pay",
            Field::Months => "months",
            Field::Arrears => "arrears",
            Field::Days => "days",
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
            Field::Date => "按哪一天的政策计算",
            Field::Mode => "测算方式",
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
        }
    }

    /// The id of the element to focus for this field.
    pub fn dom_id(self) -> String {
        match self {
            Field::Date => "as-of".to_string(),
            other => format!("f-{}", other.key()),
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
