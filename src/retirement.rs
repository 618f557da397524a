//! 法定退休年龄 under the gradual reform in force since 2025-01-01.
//!
//! Month precision, as in the official tables: a person reaches the legal age
//! in the month `birth month + legal age`. The rule's figures are dated policy
//! data (`policy/retirement.toml`).

use crate::date::{Date, YearMonth};
use crate::policy::{
    DatedValue, InForce, Param, PolicyError, RETIREMENT_FEMALE_CADRE, RETIREMENT_FEMALE_WORKER,
    RETIREMENT_MALE,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Male,
    /// Women whose original legal age was 55 (管理、技术岗位等).
    FemaleCadre,
    /// Women whose original legal age was 50 (生产、工勤岗位等).
    FemaleWorker,
}

impl Category {
    pub const ALL: [Category; 3] = [
        Category::Male,
        Category::FemaleCadre,
        Category::FemaleWorker,
    ];

    pub fn param(self) -> &'static Param {
        match self {
            Category::Male => &RETIREMENT_MALE,
            Category::FemaleCadre => &RETIREMENT_FEMALE_CADRE,
            Category::FemaleWorker => &RETIREMENT_FEMALE_WORKER,
        }
    }

    /// The category's word in links and answers.
    pub const fn key(self) -> &'static str {
        match self {
            Category::Male => "male",
            Category::FemaleCadre => "female55",
            Category::FemaleWorker => "female50",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The category as the law names it (全国人大常委会决定: 原法定退休年龄为五十五周岁、
    /// 五十周岁的女职工). The ages are part of the name, not the figures in `policy/`: a later
    /// change to the ages would leave these categories named by their old ages.
    pub fn label(self) -> &'static str {
        match self {
            Category::Male => "男职工",
            Category::FemaleCadre => "原法定退休年龄55周岁的女职工",
            Category::FemaleWorker => "原法定退休年龄50周岁的女职工",
        }
    }

    /// The same name as a choice in a list: `女职工，原法定退休年龄55周岁`.
    pub const fn choice_label(self) -> &'static str {
        match self {
            Category::Male => "男职工",
            Category::FemaleCadre => "女职工，原法定退休年龄55周岁",
            Category::FemaleWorker => "女职工，原法定退休年龄50周岁",
        }
    }
}

/// When a person born in a given month reaches the legal retirement age.
#[derive(Clone, Copy, Debug)]
pub struct Retirement {
    pub delay_months: u32,
    /// The legal age, in months.
    pub age_months: u32,
    /// The month the legal age is reached.
    pub month: YearMonth,
    pub basis: InForce<DatedValue>,
}

impl Retirement {
    /// `60岁3个月`, or `63岁` when whole.
    pub fn age_text(&self) -> String {
        match (self.age_months / 12, self.age_months % 12) {
            (y, 0) => format!("{y}周岁"),
            (y, m) => format!("{y}周岁{m}个月"),
        }
    }

    /// From the month of reaching the age on, a person is over it.
    pub fn reached_by(&self, day: Date) -> bool {
        YearMonth::of(day) >= self.month
    }
}

/// The legal retirement month for `birth`, under the rule in force on `day`.
pub fn retirement(
    category: Category,
    birth: YearMonth,
    day: Date,
) -> Result<Retirement, PolicyError> {
    let param = category.param();
    let (figures, basis) = param.whole_list(day)?;
    let [base_years, start_year, start_month, step, max_delay] = figures[..] else {
        return Err(PolicyError::WrongKind {
            param: param.label,
            day,
        });
    };
    let start =
        YearMonth::new(start_year as i32, start_month as u8).ok_or(PolicyError::WrongKind {
            param: param.label,
            day,
        })?;
    if step == 0 {
        return Err(PolicyError::WrongKind {
            param: param.label,
            day,
        });
    }
    let since = birth.index() - start.index();
    let delay_months = if since < 0 {
        0
    } else {
        (since as u32 / step + 1).min(max_delay)
    };
    let age_months = base_years * 12 + delay_months;
    Ok(Retirement {
        delay_months,
        age_months,
        month: birth.add_months(age_months as i32),
        basis,
    })
}

/// Completed years of age in the month of `day`, for someone born in `birth`
/// (month precision: the birthday month counts as the birthday).
pub fn age_on(birth: YearMonth, day: Date) -> i32 {
    (YearMonth::of(day).index() - birth.index()).div_euclid(12)
}
