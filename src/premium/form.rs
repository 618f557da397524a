//! The estimator's form: what the user typed, exactly as typed, and how it
//! maps to a link and to a [`Calculation`].
//!
//! Fields hold strings so that a bad value stays on screen with its message;
//! parsing happens on every change and never panics.

use super::estimate::{Calculation, Estimate, OwnLimits, Period};
use super::floating::{Answer, GradeEstimate, Indicators};
use super::late::Assessment;
use super::rate::RateChoice;
use super::{Field, Problem};
use crate::input::{
    keep_wage_cells, parse_count, parse_money, parse_percent, split_rows, InputError,
};
use crate::link::LinkNote;
use crate::policy::Industry;
use crate::policy::PolicyError;
use rust_decimal::Decimal;

/// At most this many employees in the per-employee mode; a bigger list is almost
/// certainly a paste of the wrong column.
pub const MAX_EMPLOYEES: usize = 50_000;
pub const MAX_DAYS: u32 = 36_500;
pub const MAX_MONTHS: u32 = 120;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Payroll,
    Employees,
    Project,
    Intern,
    Overage,
}

impl Mode {
    pub const ALL: [Mode; 5] = [
        Mode::Payroll,
        Mode::Employees,
        Mode::Project,
        Mode::Intern,
        Mode::Overage,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Mode::Payroll => "payroll",
            Mode::Employees => "employees",
            Mode::Project => "project",
            Mode::Intern => "intern",
            Mode::Overage => "overage",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Mode::Payroll => "按工资总额",
            Mode::Employees => "逐人填写工资",
            Mode::Project => "建设项目",
            Mode::Intern => "实习生",
            Mode::Overage => "超龄人员",
        }
    }
    pub fn hint(self) -> &'static str {
        match self {
            Mode::Payroll => "知道全单位一个月或一年的工资总额时使用",
            Mode::Employees => "逐人套用缴费基数上下限，适合按人申报",
            Mode::Project => "施工项目按工程总造价一次性参保",
            Mode::Intern => "院校统一安排的实习生，按实习期一次性缴纳",
            Mode::Overage => "超过法定退休年龄、未领养老金的人员，按月缴纳",
        }
    }
    pub fn from_key(key: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.key() == key)
    }
    /// Modes charged at the unit's rate.
    pub fn uses_rate(self) -> bool {
        self != Mode::Project
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RateSource {
    /// From the unit's notice; offered first because it is the reliable one.
    #[default]
    Notice,
    Industry,
}

/// One mapping from field to its text, for both shared and mutable access.
macro_rules! text_slot {
    ($form:expr, $field:expr, $($ref:tt)+) => {
        match $field {
            Field::Rate => Some($($ref)+ $form.rate),
            Field::Payroll => Some($($ref)+ $form.payroll),
            Field::Wages => Some($($ref)+ $form.wages),
            Field::Floor => Some($($ref)+ $form.floor),
            Field::Ceiling => Some($($ref)+ $form.ceiling),
            Field::Price => Some($($ref)+ $form.price),
            Field::ProjectRate => Some($($ref)+ $form.project_rate),
            Field::Pay => Some($($ref)+ $form.pay),
            Field::Months => Some($($ref)+ $form.months),
            Field::Arrears => Some($($ref)+ $form.arrears),
            Field::Days => Some($($ref)+ $form.days),
            Field::Payout => Some($($ref)+ $form.payout),
            Field::Incidence => Some($($ref)+ $form.incidence),
            Field::Date | Field::Mode | Field::Industry | Field::Class | Field::Grade | Field::Period | Field::Tier => None,
        }
    };
}

/// Link keys of the floating-grade questions: `f_<flag id>`.
const FLAG_PREFIX: &str = "f_";

/// Everything the estimator page holds, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PremiumForm {
    pub mode: Mode,
    pub rate_source: RateSource,
    pub rate: String,
    /// An [`Industry::key`], or empty.
    pub industry: String,
    /// `1`–`8`, or empty.
    pub class: String,
    /// A whole percentage, or empty.
    pub grade: String,
    pub payroll: String,
    pub period: Period,
    /// One wage per line, as typed or pasted.
    pub wages: String,
    pub floor: String,
    pub ceiling: String,
    pub price: String,
    /// `1`–`4`, or empty for "show all four".
    pub tier: String,
    pub project_rate: String,
    pub pay: String,
    pub months: String,
    pub arrears: String,
    pub days: String,
    pub payout: String,
    pub incidence: String,
    /// Answers to the floating-grade helper's questions, by flag id.
    pub flags: Vec<(String, Answer)>,
}

const TEXT_FIELDS: [Field; 13] = [
    Field::Rate,
    Field::Payroll,
    Field::Wages,
    Field::Floor,
    Field::Ceiling,
    Field::Price,
    Field::ProjectRate,
    Field::Pay,
    Field::Months,
    Field::Arrears,
    Field::Days,
    Field::Payout,
    Field::Incidence,
];

/// What the page shows for a form on a day.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// Every message about what was typed or chosen, by field.
    pub errors: FieldErrors,
    pub estimate: Option<Estimate>,
    pub late: Option<Assessment>,
    /// Figures the data lacks for the day, which the user is asked for in these fields.
    pub needs: Vec<(Field, PolicyError)>,
    /// The policy data cannot answer for the day at all.
    pub blocked: Vec<PolicyError>,
    pub grade_estimate: Option<Result<GradeEstimate, String>>,
}

impl Outcome {
    fn absorb(&mut self, problem: Problem) {
        match problem {
            Problem::Field(f, m) => self.errors.0.push((f, m)),
            Problem::NeedsFigure(f, e) => self.needs.push((f, e)),
            Problem::Policy(e) => {
                if !self.blocked.contains(&e) {
                    self.blocked.push(e)
                }
            }
        }
    }

    pub fn needs(&self, field: Field) -> Option<&PolicyError> {
        self.needs.iter().find(|(f, _)| *f == field).map(|(_, e)| e)
    }
}

/// Messages keyed by field, in page order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<(Field, String)>);

impl FieldErrors {
    pub fn get(&self, field: Field) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    fn note<T>(&mut self, field: Field, result: Result<T, InputError>) -> Option<T> {
        result.map_err(|e| self.0.push((field, e.0))).ok()
    }
    fn push(&mut self, field: Field, message: impl Into<String>) {
        self.0.push((field, message.into()));
    }
}

fn optional<T>(
    text: &str,
    parse: impl Fn(&str) -> Result<T, InputError>,
) -> Result<Option<T>, InputError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse(text).map(Some)
    }
}

impl PremiumForm {
    /// Reads the page's keys from a link; anything unreadable becomes a note and is skipped.
    pub fn from_pairs(pairs: &[(String, String)]) -> (PremiumForm, Vec<LinkNote>) {
        let mut form = PremiumForm::default();
        let mut notes = Vec::new();
        let mut saw_rate = false;
        let mut saw_industry_path = false;
        for (key, value) in pairs {
            let value = value.clone();
            match Field::from_key(key) {
                Some(Field::Mode) => match Mode::from_key(&value) {
                    Some(m) => form.mode = m,
                    None => notes.push(LinkNote::bad_value(
                        key,
                        &value,
                        " payroll、employees、project、intern 或 overage",
                    )),
                },
                Some(Field::Rate) => {
                    form.rate = value;
                    saw_rate = true;
                }
                Some(Field::Class) => match value.as_str() {
                    "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "" => {
                        form.class = value;
                        saw_industry_path = true;
                    }
                    _ => notes.push(LinkNote::bad_value(key, &value, " 1 至 8")),
                },
                Some(Field::Grade) => match value.as_str() {
                    "50" | "80" | "100" | "120" | "150" | "" => {
                        form.grade = value;
                        saw_industry_path = true;
                    }
                    _ => notes.push(LinkNote::bad_value(key, &value, " 50、80、100、120 或 150")),
                },
                Some(Field::Industry) => match Industry::by_key(&value) {
                    Some(_) => {
                        form.industry = value;
                        saw_industry_path = true;
                    }
                    None => notes.push(LinkNote::bad_value(key, &value, "行业代码，例如 2011-65")),
                },
                Some(Field::Payroll) => form.payroll = value,
                Some(Field::Period) => match value.as_str() {
                    "month" => form.period = Period::Month,
                    "year" => form.period = Period::Year,
                    _ => notes.push(LinkNote::bad_value(key, &value, " month 或 year")),
                },
                Some(Field::Wages) => {
                    let (kept, ignored) = keep_wage_cells(&split_rows(&value, true).join("\n"));
                    form.wages = kept.trim_end().to_string();
                    notes.extend(ignored.message().map(LinkNote));
                }
                Some(Field::Floor) => form.floor = value,
                Some(Field::Ceiling) => form.ceiling = value,
                Some(Field::Price) => form.price = value,
                Some(Field::Tier) => match value.as_str() {
                    "1" | "2" | "3" | "4" | "" => form.tier = value,
                    _ => notes.push(LinkNote::bad_value(key, &value, " 1 至 4")),
                },
                Some(Field::ProjectRate) => form.project_rate = value,
                Some(Field::Pay) => form.pay = value,
                Some(Field::Months) => form.months = value,
                Some(Field::Arrears) => form.arrears = value,
                Some(Field::Days) => form.days = value,
                Some(Field::Payout) => form.payout = value,
                Some(Field::Incidence) => form.incidence = value,
                None if key.starts_with(FLAG_PREFIX) => match Answer::from_key(&value) {
                    Some(a) => form.set_flag(&key[FLAG_PREFIX.len()..], a),
                    None => notes.push(LinkNote::bad_value(key, &value, " yes、no 或 unsure")),
                },
                _ => notes.push(LinkNote::unknown_key(key)),
            }
        }
        form.rate_source = if !saw_rate && saw_industry_path {
            RateSource::Industry
        } else {
            RateSource::Notice
        };
        if let Some(ind) = Industry::by_key(&form.industry) {
            if form.class.is_empty() {
                if let [only] = ind.classes {
                    form.class = only.to_string();
                }
            }
        }
        (form, notes)
    }

    /// The page's keys for a link: only those the current mode uses, in a fixed order.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = vec![(Field::Mode.key().to_string(), self.mode.key().to_string())];
        let mut put = |key: &str, value: &str| {
            if !value.trim().is_empty() {
                pairs.push((key.to_string(), value.trim().to_string()));
            }
        };
        if self.mode.uses_rate() {
            match self.rate_source {
                RateSource::Notice => put(Field::Rate.key(), &self.rate),
                RateSource::Industry => {
                    put(Field::Industry.key(), &self.industry);
                    put(Field::Class.key(), &self.class);
                    put(Field::Grade.key(), &self.grade);
                    put(Field::Payout.key(), &self.payout);
                    put(Field::Incidence.key(), &self.incidence);
                    for (id, answer) in &self.flags {
                        if *answer != Answer::Unsure {
                            put(&format!("{FLAG_PREFIX}{id}"), answer.key());
                        }
                    }
                }
            }
        }
        match self.mode {
            Mode::Payroll => {
                put(Field::Payroll.key(), &self.payroll);
                put(
                    Field::Period.key(),
                    if self.period == Period::Year {
                        "year"
                    } else {
                        "month"
                    },
                );
            }
            Mode::Employees => put(Field::Wages.key(), &wages_for_link(&self.wages)),
            Mode::Project => {
                put(Field::Price.key(), &self.price);
                put(Field::Tier.key(), &self.tier);
                put(Field::ProjectRate.key(), &self.project_rate);
            }
            Mode::Intern | Mode::Overage => {
                put(Field::Pay.key(), &self.pay);
                put(Field::Months.key(), &self.months);
            }
        }
        if matches!(self.mode, Mode::Employees | Mode::Intern | Mode::Overage) {
            put(Field::Floor.key(), &self.floor);
            put(Field::Ceiling.key(), &self.ceiling);
        }
        put(Field::Arrears.key(), &self.arrears);
        put(Field::Days.key(), &self.days);
        // An empty `rate=` or `class=` still records which path was chosen.
        let path_key = match self.rate_source {
            RateSource::Notice => Field::Rate.key(),
            RateSource::Industry => Field::Class.key(),
        };
        if self.mode.uses_rate()
            && !pairs
                .iter()
                .any(|(k, _)| k == path_key || k == Field::Industry.key())
        {
            pairs.insert(1, (path_key.to_string(), String::new()));
        }
        pairs
    }

    /// The text behind a typed field; `None` for fields that are choices.
    pub fn text(&self, field: Field) -> Option<&str> {
        text_slot!(self, field, &).map(String::as_str)
    }

    /// Sets a typed field. The wage list keeps only amounts: names, ID numbers and phone
    /// numbers pasted with them are dropped here, and the notice saying so is returned.
    pub fn set_text(&mut self, field: Field, value: String) -> Option<String> {
        let (value, notice) = match field {
            Field::Wages => {
                let (kept, ignored) = keep_wage_cells(&value);
                (kept, ignored.message())
            }
            _ => (value, None),
        };
        if let Some(slot) = text_slot!(self, field, &mut) {
            *slot = value;
        }
        notice
    }

    /// The typed fields that hold something, e.g. to show their messages when a link is opened.
    pub fn filled(&self) -> Vec<Field> {
        TEXT_FIELDS
            .into_iter()
            .filter(|f| self.text(*f).is_some_and(|t| !t.trim().is_empty()))
            .collect()
    }

    /// Everything the page shows for the form on `day`: each message by field, the result, the late-fee
    /// assessment and the floating-grade estimate.
    pub fn evaluate(&self, day: crate::date::Date) -> Outcome {
        let mut outcome = Outcome::default();
        match self.calculation() {
            Ok(calc) => match super::estimate::estimate(day, &calc) {
                Ok(e) => outcome.estimate = Some(e),
                Err(p) => outcome.absorb(p),
            },
            Err(errors) => outcome.errors.0.extend(errors.0),
        }
        match self.late_payment() {
            Some(Ok((arrears, days))) => match super::late::assess(day, arrears, days) {
                Ok(a) => outcome.late = Some(a),
                Err(p) => outcome.absorb(p),
            },
            Some(Err(errors)) => outcome.errors.0.extend(errors.0),
            None => {}
        }
        if self.rate_source == RateSource::Industry && self.mode.uses_rate() {
            if let Ok(class) = self.class.parse::<u8>() {
                match self.indicators() {
                    Some(Ok(ind)) => {
                        outcome.grade_estimate = Some(
                            super::floating::estimate(day, class, &ind).map_err(|p| match p {
                                Problem::Policy(e) | Problem::NeedsFigure(_, e) => e.to_string(),
                                Problem::Field(_, m) => m,
                            }),
                        )
                    }
                    Some(Err(errors)) => outcome.errors.0.extend(errors.0),
                    None => {}
                }
            }
        }
        outcome
    }

    pub fn flag(&self, id: &str) -> Answer {
        self.flags
            .iter()
            .find(|(f, _)| f == id)
            .map_or(Answer::Unsure, |(_, a)| *a)
    }

    pub fn set_flag(&mut self, id: &str, answer: Answer) {
        match self.flags.iter_mut().find(|(f, _)| f == id) {
            Some(slot) => slot.1 = answer,
            None => self.flags.push((id.to_string(), answer)),
        }
    }

    fn rate_choice(&self, errors: &mut FieldErrors) -> Option<RateChoice> {
        match self.rate_source {
            RateSource::Notice => {
                if self.rate.trim().is_empty() {
                    errors.push(
                        Field::Rate,
                        "请填写核定通知上的费率（百分比），例如 0.4；没有通知的，可改为按行业估算",
                    );
                    return None;
                }
                errors
                    .note(Field::Rate, parse_percent(&self.rate))
                    .map(RateChoice::Notice)
            }
            RateSource::Industry => {
                let class = match self.class.parse::<u8>() {
                    Ok(c) if (1..=8).contains(&c) => Some(c),
                    _ => {
                        errors.push(Field::Class, "请选择行业，或直接选择行业风险类别");
                        None
                    }
                };
                let grade = match self.grade.parse::<u16>() {
                    Ok(g) => Some(g),
                    Err(_) => {
                        errors.push(
                            Field::Grade,
                            "请选择浮动档次；不清楚的可选 100%（基准费率）",
                        );
                        None
                    }
                };
                Some(RateChoice::Industry {
                    class: class?,
                    grade: grade?,
                })
            }
        }
    }

    fn own_limits(&self, errors: &mut FieldErrors) -> OwnLimits {
        OwnLimits {
            floor: errors
                .note(Field::Floor, optional(&self.floor, parse_money))
                .flatten(),
            ceiling: errors
                .note(Field::Ceiling, optional(&self.ceiling, parse_money))
                .flatten(),
        }
    }

    fn required_money(
        &self,
        errors: &mut FieldErrors,
        field: Field,
        text: &str,
        empty: &str,
    ) -> Option<Decimal> {
        if text.trim().is_empty() {
            errors.push(field, empty);
            return None;
        }
        errors.note(field, parse_money(text))
    }

    fn months_value(&self, errors: &mut FieldErrors, default: Option<u32>) -> Option<u32> {
        if self.months.trim().is_empty() {
            if default.is_none() {
                errors.push(Field::Months, "请填写实习协议期限（月数）");
            }
            return default;
        }
        errors.note(Field::Months, parse_count(&self.months, MAX_MONTHS, "月"))
    }

    /// The calculation the form describes, or every message at once.
    pub fn calculation(&self) -> Result<Calculation, FieldErrors> {
        let mut errors = FieldErrors::default();
        let rate = if self.mode.uses_rate() {
            self.rate_choice(&mut errors)
        } else {
            None
        };
        let calc = match self.mode {
            Mode::Payroll => {
                let payroll = self.required_money(
                    &mut errors,
                    Field::Payroll,
                    &self.payroll,
                    "请填写工资总额，例如 1200万 或 12,000,000",
                );
                rate.zip(payroll)
                    .map(|(rate, payroll)| Calculation::Payroll {
                        rate,
                        payroll,
                        period: self.period,
                    })
            }
            Mode::Employees => {
                let wages = parse_wages(&self.wages, &mut errors);
                let own = self.own_limits(&mut errors);
                rate.zip(wages)
                    .map(|(rate, wages)| Calculation::Employees { rate, wages, own })
            }
            Mode::Project => {
                let price = self.required_money(
                    &mut errors,
                    Field::Price,
                    &self.price,
                    "请填写施工合同总价（工程总造价）",
                );
                let tier = self.tier.parse::<u8>().ok();
                let own_rate = errors
                    .note(
                        Field::ProjectRate,
                        optional(&self.project_rate, parse_percent),
                    )
                    .flatten();
                price.map(|price| Calculation::Project {
                    price,
                    tier,
                    own_rate,
                })
            }
            Mode::Intern | Mode::Overage => {
                let pay = self.required_money(
                    &mut errors,
                    Field::Pay,
                    &self.pay,
                    "请填写每月的工资或实习报酬",
                );
                let months = self.months_value(
                    &mut errors,
                    if self.mode == Mode::Overage {
                        Some(12)
                    } else {
                        None
                    },
                );
                let own = self.own_limits(&mut errors);
                match (rate, pay, months) {
                    (Some(rate), Some(monthly_pay), Some(months)) if self.mode == Mode::Intern => {
                        Some(Calculation::Intern {
                            rate,
                            monthly_pay,
                            months,
                            own,
                        })
                    }
                    (Some(rate), Some(monthly_pay), Some(months)) => Some(Calculation::Overage {
                        rate,
                        monthly_pay,
                        months,
                        own,
                    }),
                    _ => None,
                }
            }
        };
        match calc {
            Some(c) if errors.is_empty() => Ok(c),
            _ => Err(errors),
        }
    }

    /// The late-fee inputs: `None` when both are empty (the section is optional).
    pub fn late_payment(&self) -> Option<Result<(Decimal, u32), FieldErrors>> {
        if self.arrears.trim().is_empty() && self.days.trim().is_empty() {
            return None;
        }
        let mut errors = FieldErrors::default();
        let arrears =
            self.required_money(&mut errors, Field::Arrears, &self.arrears, "请填写欠缴金额");
        let days = if self.days.trim().is_empty() {
            errors.push(Field::Days, "请填写欠缴天数（自应缴之日起算）");
            None
        } else {
            errors.note(Field::Days, parse_count(&self.days, MAX_DAYS, "天"))
        };
        Some(match arrears.zip(days) {
            Some(pair) if errors.is_empty() => Ok(pair),
            _ => Err(errors),
        })
    }

    /// The floating-grade helper's indicators: `None` until one is typed.
    pub fn indicators(&self) -> Option<Result<Indicators, FieldErrors>> {
        if self.payout.trim().is_empty() && self.incidence.trim().is_empty() {
            return None;
        }
        let mut errors = FieldErrors::default();
        let mut ratio = |field: Field, text: &str, what: &str| {
            if text.trim().is_empty() {
                errors.push(
                    field,
                    format!("请填写{what}（百分比）；不知道的可向经办机构查询"),
                );
                return None;
            }
            errors.note(
                field,
                parse_percent(text).and_then(|p| {
                    if p > Decimal::from(100_000) {
                        Err(InputError(format!("{what}超过 100000%，请核对")))
                    } else {
                        Ok(p)
                    }
                }),
            )
        };
        let payout = ratio(Field::Payout, &self.payout, "支缴率");
        let incidence = ratio(Field::Incidence, &self.incidence, "工伤发生率");
        Some(match payout.zip(incidence) {
            Some((payout, incidence)) if errors.is_empty() => Ok(Indicators {
                payout,
                incidence,
                flags: self.flags.clone(),
            }),
            _ => Err(errors),
        })
    }
}

/// The wages for links: only the rows that parse, as plain numbers (so their thousands
/// commas cannot split them). Anything else stays on the page with its message, never in a link.
fn wages_for_link(text: &str) -> String {
    split_rows(text, false)
        .iter()
        .filter_map(|row| parse_money(row).ok())
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads one wage per row and reports bad rows by number, the first few in full.
pub fn parse_wages(text: &str, errors: &mut FieldErrors) -> Option<Vec<Decimal>> {
    let rows = split_rows(text, false);
    if rows.is_empty() {
        errors.push(
            Field::Wages,
            "请填写每名职工的月工资，每行一人；可从表格中复制一列粘贴",
        );
        return None;
    }
    if rows.len() > MAX_EMPLOYEES {
        errors.push(
            Field::Wages,
            format!(
                "最多 {MAX_EMPLOYEES} 行，现有 {} 行；请检查是否粘贴了整张表",
                rows.len()
            ),
        );
        return None;
    }
    let mut wages = Vec::with_capacity(rows.len());
    let mut bad = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        match parse_money(row) {
            Ok(v) => wages.push(v),
            Err(e) => bad.push(format!("第 {} 行“{}”：{}", i + 1, row, e.0)),
        }
    }
    if bad.is_empty() {
        return Some(wages);
    }
    let shown: Vec<&str> = bad.iter().take(5).map(String::as_str).collect();
    let more = if bad.len() > 5 {
        format!("；另有 {} 行有误", bad.len() - 5)
    } else {
        String::new()
    };
    errors.push(Field::Wages, format!("{}{more}", shown.join("；")));
    None
}
