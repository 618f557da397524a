//! The estimator's choices that are not policy: its modes, where its rate comes from, the
//! payroll's period and who insures dispatched workers; keys for links, labels for the page.

use crate::calculator::Choice;
use crate::choices;
use crate::premium::estimate::Period;

choices! {
    #[derive(Default)]
    pub enum Mode {
        #[default]
        Payroll = "payroll",
        Employees = "employees",
        Workforce = "workforce",
        Project = "project",
        Intern = "intern",
        Overage = "overage",
    }
}

impl Mode {
    pub fn label(self) -> &'static str {
        match self {
            Mode::Payroll => "按工资总额",
            Mode::Employees => "逐人填写工资",
            Mode::Project => "建设项目",
            Mode::Intern => "实习生",
            Mode::Overage => "超龄人员",
            Mode::Workforce => "整个单位（多种用工）",
        }
    }
    pub fn hint(self) -> &'static str {
        match self {
            Mode::Payroll => "知道全单位一个月或一年的工资总额时使用",
            Mode::Employees => "逐人套用缴费基数上下限，适合按人申报",
            Mode::Project => "施工项目按工程总造价一次性参保",
            Mode::Intern => "院校统一安排的实习生，按实习期一次性缴纳",
            Mode::Overage => "超过法定退休年龄、未领养老金的人员，按月缴纳",
            Mode::Workforce => "职工逐人填写，再加上实习生、超龄人员、劳务派遣人员，合成一个结果",
        }
    }
    /// Modes charged at the unit's rate.
    pub fn uses_rate(self) -> bool {
        self != Mode::Project
    }
}

choices! {
    #[derive(Default)]
    pub enum RateSource {
        /// From the unit's notice; offered first because it is the reliable one.
        #[default]
        Notice = "notice",
        /// Estimated by industry class and floating grade.
        Industry = "estimate",
    }
}

impl RateSource {
    pub fn choice(self) -> Choice {
        match self {
            RateSource::Notice => Choice::hinted(
                self.key(),
                "我有社保部门核定的费率（推荐）",
                "最准确：费率印在《工伤保险费率核定通知》或社保缴费记录上",
            ),
            RateSource::Industry => Choice::hinted(
                self.key(),
                "没有核定通知，按行业估算",
                "按行业风险类别和浮动档次估算，结果仅供参考",
            ),
        }
    }
}

choices! {
    /// How arrears are given: a known amount and its days, or the months owed (priced by
    /// the estimate above, month by month).
    #[derive(Default)]
    pub enum LateBy {
        #[default]
        Amount = "amount",
        Months = "monthly",
    }
}

impl LateBy {
    pub fn choice(self) -> Choice {
        match self {
            LateBy::Amount => Choice::hinted(
                self.key(),
                "已知欠缴金额和天数",
                "按税务部门通知或缴费记录上的欠费金额计算滞纳金",
            ),
            LateBy::Months => Choice::hinted(
                self.key(),
                "按欠缴的月份补缴（未参保或长期欠费）",
                "用上面的测算方式逐月计算应补缴的保费，再加滞纳金",
            ),
        }
    }
}

pub fn period_choice(period: Period) -> Choice {
    match period {
        Period::Month => Choice::new(period.key(), "一个月的工资总额"),
        Period::Year => Choice::new(period.key(), "一年的工资总额"),
    }
}

choices! {
    /// A row of the wage list that equals the sum of the others: left out as the list's
    /// total (the default, also when unanswered), or kept as one person's wage.
    pub enum TotalRow {
        Skip = "skip",
        Keep = "keep",
    }
}

pub const TOTAL_ROWS: [Choice; 2] = [
    Choice::new(TotalRow::Skip.key(), "这是合计，不计入"),
    Choice::new(TotalRow::Keep.key(), "这是一名职工的工资，计入"),
];

choices! {
    /// Who insures dispatched workers: the agency (the rule), or this unit.
    pub enum DispatchPayer {
        Agency = "agency",
        Host = "host",
    }
}

pub const DISPATCH_PAYERS: [Choice; 2] = [
    Choice::hinted(
        DispatchPayer::Agency.key(),
        "派遣单位缴纳",
        "一般情况：由派遣单位参保，不计入本单位",
    ),
    Choice::hinted(
        DispatchPayer::Host.key(),
        "本单位代为缴纳",
        "派遣单位在常州以外、在常州没有分支机构的",
    ),
];
