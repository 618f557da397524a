//! 工伤待遇测算: what a work injury costs, item by item, and who pays each item —
//! the work-injury fund or the unit, and the unit alone when it never enrolled
//! (条例第六十二条).
//!
//! Plain Rust, like the other tools' rules: [`form`] holds what the user typed and
//! its link, [`wage`] works out 本人工资, [`items`] lists every item with its price,
//! payer and citation, and [`totals`] adds them up by payer. Every figure comes from
//! `policy/benefits.toml`; a figure the data lacks is asked for or left unpriced.

pub mod form;
pub mod items;
pub mod totals;
pub mod wage;

use crate::calculator::{self, Fields};
use crate::choice::YesNo;
use crate::choices;
use crate::date::{Date, YearMonth};
use crate::retirement::Category;
use rust_decimal::Decimal;

/// The page's route, for links from the other tools' results.
pub const PATH: &str = "/benefits";

/// The inputs, each one field on the page and one key in the link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    InjuryDate,
    Outcome,
    Grade,
    Wage,
    AvgWage,
    LeaveMonths,
    Insured,
    Placed,
    Ends,
    Birth,
    Category,
    Nursing,
    Died,
    Spouse,
    Dependants,
    Lone,
    MedicalLocal,
    EmploymentLocal,
}

/// One answer to a choice: its word in the link and its label on the page.
pub type Choice = (&'static str, &'static str);

/// The answer "不确定": the result widens to what each case would give.
pub const UNSURE: &str = crate::flow::UNSURE;

const YES: &str = YesNo::Yes.key();
const NO: &str = YesNo::No.key();

impl Field {
    pub const ALL: [Field; 18] = [
        Field::InjuryDate,
        Field::Outcome,
        Field::Grade,
        Field::Wage,
        Field::AvgWage,
        Field::LeaveMonths,
        Field::Insured,
        Field::Placed,
        Field::Ends,
        Field::Birth,
        Field::Category,
        Field::Nursing,
        Field::Died,
        Field::Spouse,
        Field::Dependants,
        Field::Lone,
        Field::MedicalLocal,
        Field::EmploymentLocal,
    ];

    /// The field's key in links (and in its element id, `f-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Field::InjuryDate => "injury_date",
            Field::Outcome => "outcome",
            Field::Grade => "grade",
            Field::Wage => "wage",
            Field::AvgWage => "avg_wage",
            Field::LeaveMonths => "leave_months",
            Field::Insured => "insured",
            Field::Placed => "placed",
            Field::Ends => "ends",
            Field::Birth => "birth",
            Field::Category => "category",
            Field::Nursing => "nursing",
            Field::Died => "death_kind",
            Field::Spouse => "spouse",
            Field::Dependants => "dependants",
            Field::Lone => "lone",
            Field::MedicalLocal => "medical_local",
            Field::EmploymentLocal => "employment_local",
        }
    }

    /// The field's name, as its label and the error summary say it.
    pub fn label(self) -> &'static str {
        match self {
            Field::InjuryDate => "受伤日期（因工死亡的，填死亡日期）",
            Field::Outcome => "目前的情况",
            Field::Grade => "伤残等级",
            Field::Wage => "受伤前的月缴费工资",
            Field::AvgWage => "统筹地区上年度职工月平均工资",
            Field::LeaveMonths => "停工留薪期",
            Field::Insured => "受伤时是否有工伤保险（单位参保，或工地的工程项目按项目参保）",
            Field::Placed => "单位是否安排了适当工作",
            Field::Ends => "劳动关系",
            Field::Birth => "出生年月",
            Field::Category => "退休年龄按哪一类",
            Field::Nursing => "生活护理",
            Field::Died => "死亡的情形",
            Field::Spouse => "是否有配偶需要供养",
            Field::Dependants => "其他供养亲属人数",
            Field::Lone => "其中孤寡老人或孤儿的人数",
            Field::MedicalLocal => "常州执行的一次性工伤医疗补助金",
            Field::EmploymentLocal => "常州执行的一次性伤残就业补助金",
        }
    }

    /// The answers a choice offers; empty for a typed field.
    pub fn choices(self) -> &'static [Choice] {
        match self {
            Field::Outcome => &[
                (Harm::TREATMENT, "还在治疗，尚未评定伤残等级"),
                (Harm::DISABILITY, "已评定伤残等级"),
                (Harm::DEATH, "因工死亡"),
            ],
            Field::Grade => &[
                ("1", "一级"),
                ("2", "二级"),
                ("3", "三级"),
                ("4", "四级"),
                ("5", "五级"),
                ("6", "六级"),
                ("7", "七级"),
                ("8", "八级"),
                ("9", "九级"),
                ("10", "十级"),
            ],
            Field::Insured => &[
                (
                    YES,
                    "已参保并按时缴费（在工地上受伤的，含工程项目已按项目参保）",
                ),
                (
                    NO,
                    "单位没有参保或欠缴保费（在工地上受伤的，工程项目也没有按项目参保）",
                ),
                (UNSURE, "不确定"),
            ],
            Field::Placed => &[
                (YES, "已安排适当工作"),
                (NO, "难以安排工作"),
                (UNSURE, "不确定"),
            ],
            Field::Ends => ENDS_CHOICES,
            Field::Category => CATEGORY_CHOICES,
            Field::Nursing => NURSING_CHOICES,
            Field::Died => DIED_CHOICES,
            Field::Spouse => &[(YES, "有"), (NO, "没有"), (UNSURE, "不确定")],
            _ => &[],
        }
    }
}

/// The table the link reader and writer and the page go by.
impl Fields for Field {
    const ALL: &'static [Field] = &Field::ALL;
    const WAGES: Field = Field::Wage;
    fn key(self) -> &'static str {
        Field::key(self)
    }
    fn label(self) -> &'static str {
        Field::label(self)
    }
    fn choices(self) -> Vec<calculator::Choice> {
        Field::choices(self)
            .iter()
            .map(|(key, label)| calculator::Choice::new(key, label))
            .collect()
    }
}

/// Named, because a `const fn` call is not promoted inside a returned slice.
const ENDS_CHOICES: &[Choice] = &[
    (Ends::No.key(), "不解除，继续保留劳动关系"),
    (Ends::Worker.key(), "职工本人提出解除"),
    (Ends::Employer.key(), "单位解除或终止"),
    (Ends::Expiry.key(), "劳动合同期满终止"),
    (
        Ends::Fault.key(),
        "单位有过错，职工依劳动合同法第三十八条解除",
    ),
    (UNSURE, "不确定"),
];
const NURSING_CHOICES: &[Choice] = &[
    (Nursing::None.key(), "不需要生活护理"),
    (Nursing::Full.key(), "生活完全不能自理"),
    (Nursing::Most.key(), "生活大部分不能自理"),
    (Nursing::Partial.key(), "生活部分不能自理"),
    (UNSURE, "不确定，或尚未鉴定"),
];
const DIED_CHOICES: &[Choice] = &[
    (
        Died::Injury.key(),
        "因工伤事故或职业病死亡，或在停工留薪期内因工伤死亡",
    ),
    (
        Died::Later.key(),
        "一级至四级伤残职工，在停工留薪期满后死亡",
    ),
    (UNSURE, "不确定"),
];
const CATEGORY_CHOICES: &[Choice] = &[
    (Category::Male.key(), Category::Male.choice_label()),
    (
        Category::FemaleCadre.key(),
        Category::FemaleCadre.choice_label(),
    ),
    (
        Category::FemaleWorker.key(),
        Category::FemaleWorker.choice_label(),
    ),
    (UNSURE, "不确定"),
];

/// What the injury led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Harm {
    /// Still under treatment: no disability grade yet.
    Treatment,
    /// Assessed at grade 1 (the worst) to 10.
    Disability(u8),
    Death,
}

impl Harm {
    pub const TREATMENT: &'static str = "treatment";
    pub const DISABILITY: &'static str = "disability";
    pub const DEATH: &'static str = "death";

    /// The `outcome=` word.
    pub fn key(self) -> &'static str {
        match self {
            Harm::Treatment => Harm::TREATMENT,
            Harm::Disability(_) => Harm::DISABILITY,
            Harm::Death => Harm::DEATH,
        }
    }
}

/// Whether the unit was enrolled and paid up on the day of the injury.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Insured {
    Yes,
    No,
    #[default]
    Unsure,
}

impl Insured {
    pub fn key(self) -> &'static str {
        match self {
            Insured::Yes => YES,
            Insured::No => NO,
            Insured::Unsure => UNSURE,
        }
    }
}

/// How the employment ends, if it does (for the two lump sums of grades 5–10).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ends {
    /// It goes on.
    No,
    /// The worker asks to end it.
    Worker,
    /// The unit ends it.
    Employer,
    /// The contract runs out.
    Expiry,
    /// The worker ends it for the unit's fault (劳动合同法第三十八条).
    Fault,
}

impl Ends {
    pub const fn key(self) -> &'static str {
        match self {
            Ends::No => NO,
            Ends::Worker => "worker",
            Ends::Employer => "employer",
            Ends::Expiry => "expiry",
            Ends::Fault => "fault",
        }
    }
}

choices! {
    /// How the worker died (条例第三十九条): the death grant is not paid when a worker assessed
    /// at grade 1–4 dies after the 停工留薪期.
    pub enum Died {
        /// Of the accident or the occupational disease, or of the injury during the 停工留薪期.
        Injury = "injury",
        /// A worker assessed at grade 1–4, after the 停工留薪期.
        Later = "later",
    }
}

choices! {
    /// The level of care the appraisal committee confirmed.
    pub enum Nursing {
        None = "none",
        Full = "full",
        Most = "most",
        Partial = "partial",
    }
}

impl Nursing {
    /// Index into the data's list (50 / 40 / 30 %); `None` for no care.
    fn index(self) -> Option<usize> {
        match self {
            Nursing::None => None,
            Nursing::Full => Some(0),
            Nursing::Most => Some(1),
            Nursing::Partial => Some(2),
        }
    }
}

/// A case, read from the form: everything the rules need, with `None` for 不确定.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// The day of the injury, or of the death.
    pub injury_date: Date,
    pub harm: Harm,
    /// The monthly contribution wages before the injury: one average, or up to 12 months.
    pub wages: Vec<Decimal>,
    /// The pooling area's average monthly wage, as typed: the data has no figure for Changzhou.
    pub avg_wage: Option<Decimal>,
    pub leave_months: Option<u32>,
    pub insured: Insured,
    pub placed: Option<bool>,
    pub ends: Option<Ends>,
    pub birth: Option<YearMonth>,
    pub category: Option<Category>,
    pub nursing: Option<Nursing>,
    pub died: Option<Died>,
    pub spouse: Option<bool>,
    pub dependants: Option<u32>,
    pub lone: Option<u32>,
    /// Changzhou's figures for the two lump sums, as typed.
    pub medical_local: Option<Decimal>,
    pub employment_local: Option<Decimal>,
}
