//! The benefits page's form: every field as typed (a choice holds its word), so a bad
//! value stays on screen with its message; the link to and from it; and the [`Case`]
//! it describes, with every message by field. Parsing never panics.

use super::items::{self, Assessment};
use super::{Case, Died, Ends, Field, Harm, Insured, Nursing};
use crate::calculator::{Calculator, Texts};
use crate::choice::{Choice as _, YesNo};
use crate::date::{Date, YearMonth};
use crate::input::{optional, parse_count, parse_money, split_rows, wage_columns};
use crate::link::LinkNote;
use crate::outcome::See;
use crate::policy::{PolicyError, COVERED_FROM, LEAVE_MONTHS_MAX};
use crate::retirement::Category;
use rust_decimal::Decimal;

/// The link key of a wage list (one figure goes under [`Field::Wage`]'s key).
pub const WAGES_KEY: &str = "wages";
/// Wages of at most the 12 months before the injury.
const MAX_WAGE_MONTHS: usize = 12;
const MAX_DEPENDANTS: u32 = 20;

pub type FieldErrors = crate::working::FieldErrors<Field>;

/// The benefits page's form: every field as typed (a choice holds its word).
pub type BenefitsForm = Texts<Field>;

/// What the page shows for a form on a day.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub errors: FieldErrors,
    pub assessment: Option<Assessment>,
    /// The policy data cannot answer for the day.
    pub blocked: Option<PolicyError>,
}

impl Calculator for Field {
    type Outcome = Outcome;

    fn evaluate(form: &BenefitsForm, day: Date) -> Outcome {
        match form.case(day) {
            Err(errors) => Outcome {
                errors,
                ..Outcome::default()
            },
            Ok(case) => match items::assess(day, &case) {
                Ok(a) => Outcome {
                    assessment: Some(a),
                    ..Outcome::default()
                },
                Err(e) => Outcome {
                    blocked: Some(e),
                    ..Outcome::default()
                },
            },
        }
    }

    fn errors(outcome: &Outcome) -> &FieldErrors {
        &outcome.errors
    }

    fn complete(outcome: &Outcome) -> bool {
        outcome.assessment.is_some() && outcome.errors.is_empty()
    }

    /// Whether the field applies to the case as answered so far: only those are shown,
    /// read and written to the link.
    fn uses(form: &BenefitsForm, field: Field) -> bool {
        let outcome = form.text(Field::Outcome);
        let disabled = outcome == Harm::DISABILITY;
        match field {
            Field::Grade | Field::Nursing => disabled,
            Field::Placed => disabled && matches!(form.grade(), Some(5 | 6)),
            Field::Ends
            | Field::Birth
            | Field::Category
            | Field::MedicalLocal
            | Field::EmploymentLocal => disabled && matches!(form.grade(), Some(5..=10)),
            Field::Died | Field::Spouse | Field::Dependants | Field::Lone => outcome == Harm::DEATH,
            _ => true,
        }
    }

    /// A wage of several months goes under [`WAGES_KEY`], as plain amounts.
    fn write(form: &BenefitsForm, field: Field, out: &mut Vec<(String, String)>) {
        let text = form.text(field).trim();
        if field == Field::Wage && split_rows(text, false).len() > 1 {
            // Only the amounts that read: several under `wages=`, a single one as the wage.
            match &form.wage_amounts().link {
                Some(amounts) if amounts.contains(',') => {
                    out.push((WAGES_KEY.to_string(), amounts.clone()))
                }
                Some(amount) if !amount.is_empty() => {
                    out.push((field.key().to_string(), amount.clone()))
                }
                _ => {}
            }
        } else if !(text.is_empty() || field == Field::Wage && wage_columns(text) > 1) {
            out.push((field.key().to_string(), text.to_string()));
        }
    }

    fn read_other(
        form: &mut BenefitsForm,
        key: &str,
        value: &str,
        notes: &mut Vec<LinkNote>,
    ) -> bool {
        if key != WAGES_KEY {
            return false;
        }
        notes.extend(form.put_linked_wages(value).map(LinkNote));
        true
    }

    /// Both forms of the wage: the later one is kept, and the page says which.
    fn settle(_form: &mut BenefitsForm, pairs: &[(String, String)], notes: &mut Vec<LinkNote>) {
        let wage_keys: Vec<&str> = pairs
            .iter()
            .map(|(k, _)| k.as_str())
            .filter(|k| *k == WAGES_KEY || *k == Field::Wage.key())
            .collect();
        if wage_keys.contains(&WAGES_KEY) && wage_keys.contains(&Field::Wage.key()) {
            let used = if wage_keys.last() == Some(&WAGES_KEY) {
                "逐月工资"
            } else {
                "单个数值"
            };
            notes.insert(
                0,
                LinkNote(format!(
                    "链接中“{}”既有单个数值又有逐月工资，已使用后出现的{used}。",
                    Field::Wage.label()
                )),
            );
        }
    }
}

impl BenefitsForm {
    fn grade(&self) -> Option<u8> {
        self.text(Field::Grade)
            .parse()
            .ok()
            .filter(|g| (1..=10).contains(g))
    }

    /// The case the form describes on the as-of date `day`, or every message at once.
    pub fn case(&self, day: Date) -> Result<Case, FieldErrors> {
        let mut e = FieldErrors::default();
        let injury_date = self.injury_date(day, &mut e);
        let harm = match self.text(Field::Outcome) {
            Harm::TREATMENT => Some(Harm::Treatment),
            Harm::DEATH => Some(Harm::Death),
            Harm::DISABILITY => match self.grade() {
                Some(g) => Some(Harm::Disability(g)),
                None => {
                    e.push(Field::Grade, "请选择伤残等级（见劳动能力鉴定结论）");
                    None
                }
            },
            _ => {
                e.push(Field::Outcome, "请选择工伤职工目前的情况");
                None
            }
        };
        let wages = self.wages(&mut e);
        let avg_wage = self.money(Field::AvgWage, &mut e);
        let leave_months = self.leave_months(injury_date, &mut e);
        let birth = self.birth(injury_date, &mut e);
        let count = |field: Field, e: &mut FieldErrors| {
            e.note(
                field,
                optional(self.read(field), |t| parse_count(t, MAX_DEPENDANTS, "人")),
            )
            .flatten()
        };
        let dependants = count(Field::Dependants, &mut e);
        let lone = count(Field::Lone, &mut e);
        let spouse = self.yes_no(Field::Spouse);
        if let Some(lone) = lone {
            let most = dependants.unwrap_or(MAX_DEPENDANTS) + u32::from(spouse != Some(false));
            if lone > most {
                e.push(
                    Field::Lone,
                    format!("不能多于配偶和其他供养亲属的人数（{most} 人）"),
                );
            }
        }
        let case = Case {
            injury_date: injury_date.unwrap_or(day),
            harm: harm.unwrap_or(Harm::Treatment),
            wages,
            avg_wage,
            leave_months,
            insured: match YesNo::from_key(self.text(Field::Insured)) {
                Some(YesNo::Yes) => Insured::Yes,
                Some(YesNo::No) => Insured::No,
                None => Insured::Unsure,
            },
            placed: self.yes_no(Field::Placed),
            ends: self.choice(
                Field::Ends,
                [
                    Ends::No,
                    Ends::Worker,
                    Ends::Employer,
                    Ends::Expiry,
                    Ends::Fault,
                ],
                Ends::key,
            ),
            birth,
            category: self.choice(Field::Category, Category::ALL, Category::key),
            nursing: self.choice(
                Field::Nursing,
                [
                    Nursing::None,
                    Nursing::Full,
                    Nursing::Most,
                    Nursing::Partial,
                ],
                Nursing::key,
            ),
            died: self.choice(Field::Died, [Died::Injury, Died::Later], Died::key),
            spouse,
            dependants,
            lone,
            medical_local: self.money(Field::MedicalLocal, &mut e),
            employment_local: self.money(Field::EmploymentLocal, &mut e),
        };
        if e.is_empty() && injury_date.is_some() && harm.is_some() {
            Ok(case)
        } else {
            Err(e)
        }
    }

    /// The text of a field in use; a field the case does not use reads as empty.
    fn read(&self, field: Field) -> &str {
        if self.uses(field) {
            self.text(field)
        } else {
            ""
        }
    }

    fn choice<T: Copy, const N: usize>(
        &self,
        field: Field,
        all: [T; N],
        key: fn(T) -> &'static str,
    ) -> Option<T> {
        let word = self.read(field);
        all.into_iter().find(|v| key(*v) == word)
    }

    fn yes_no(&self, field: Field) -> Option<bool> {
        YesNo::from_key(self.read(field)).map(|y| y == YesNo::Yes)
    }

    fn money(&self, field: Field, e: &mut FieldErrors) -> Option<Decimal> {
        let value = e
            .note(field, optional(self.read(field), parse_money))
            .flatten()?;
        if value.is_zero() {
            e.push(field, "应大于 0；不知道的请留空");
            return None;
        }
        Some(value)
    }

    fn injury_date(&self, day: Date, e: &mut FieldErrors) -> Option<Date> {
        let text = self.text(Field::InjuryDate);
        if text.trim().is_empty() {
            e.push(
                Field::InjuryDate,
                "请填写受伤日期（因工死亡的，填死亡日期），例如 2025-06-01",
            );
            return None;
        }
        match Date::parse(text) {
            Err(err) => e.push(Field::InjuryDate, err.0),
            Ok(d) if d < COVERED_FROM => e.push(
                Field::InjuryDate,
                format!("本工具收录 {COVERED_FROM} 以后的政策数据，无法测算更早的工伤"),
            ),
            Ok(d) if d > day => e.push(
                Field::InjuryDate,
                format!("晚于计算日期 {day}；请检查日期，或把页面上方的计算日期改到受伤日期以后"),
            ),
            Ok(d) => return Some(d),
        }
        None
    }

    fn wages(&self, e: &mut FieldErrors) -> Vec<Decimal> {
        let read = self.wage_amounts().rows.as_ref();
        let Some(rows) = e.note(Field::Wage, read.map_err(Clone::clone)) else {
            return Vec::new();
        };
        if rows.is_empty() {
            e.push(
                Field::Wage,
                "请填写受伤前的月缴费工资，例如 6000；也可以逐行填写12个月的工资",
            );
            return Vec::new();
        }
        if rows.len() > MAX_WAGE_MONTHS {
            e.push(
                Field::Wage,
                format!(
                    "最多填写受伤前 {MAX_WAGE_MONTHS} 个月的工资，现在有 {} 行",
                    rows.len()
                ),
            );
            return Vec::new();
        }
        let many = rows.len() > 1;
        let mut wages = Vec::new();
        for (n, _, amount) in rows {
            let line = if many {
                format!("第 {n} 行：")
            } else {
                String::new()
            };
            match amount {
                Ok(w) if w.is_zero() => e.push(Field::Wage, format!("{line}工资应大于 0")),
                Ok(w) => wages.push(*w),
                Err(err) => e.push(Field::Wage, format!("{line}{}", err.0)),
            }
        }
        wages
    }

    fn leave_months(&self, injury_date: Option<Date>, e: &mut FieldErrors) -> Option<u32> {
        // The longest leave the data allows on the injury date (normal plus extension).
        let most = injury_date
            .and_then(|d| LEAVE_MONTHS_MAX.whole_list(d).ok())
            .map(|(list, _)| list.iter().sum::<u32>());
        let n = e
            .note(
                Field::LeaveMonths,
                optional(self.read(Field::LeaveMonths), |t| {
                    parse_count(t, most.unwrap_or(u32::MAX), "个月")
                }),
            )
            .flatten()?;
        Some(n)
    }

    fn birth(&self, injury_date: Option<Date>, e: &mut FieldErrors) -> Option<YearMonth> {
        let text = self.read(Field::Birth);
        if text.trim().is_empty() {
            return None;
        }
        match YearMonth::parse(text) {
            Err(err) => e.push(Field::Birth, err.0),
            Ok(b) if injury_date.is_some_and(|d| b >= YearMonth::of(d)) => {
                e.push(Field::Birth, "出生年月应早于受伤日期")
            }
            Ok(b) => return Some(b),
        }
        None
    }
}

/// This tool, opened from another tool's result with what that result knows: whether
/// the unit was insured, the injury date, and the `outcome=` word.
pub fn see(insured: Insured, injury_date: Option<Date>, outcome: Option<&'static str>) -> See {
    let mut form = BenefitsForm::default();
    form.set(Field::Insured, insured.key().to_string());
    if let Some(d) = injury_date {
        form.set(Field::InjuryDate, d.to_string());
    }
    if let Some(o) = outcome {
        form.set(Field::Outcome, o.to_string());
    }
    See {
        path: super::PATH,
        label: "测算这次工伤的各项待遇、金额和由谁支付",
        pairs: form.to_pairs(),
    }
}
