//! The estimator's form to and from a link: every key through [`Field::key`], and
//! only figures the tool uses ever written.

use super::{Mode, PremiumForm, RateSource};
use crate::input::{parse_money, split_rows, wage_columns, wage_list_from_link};
use crate::link::LinkNote;
use crate::policy::Industry;
use crate::premium::estimate::Period;
use crate::premium::floating::Answer;
use crate::premium::Field;

/// Link keys of the floating-grade questions: `f_<flag id>`.
const FLAG_PREFIX: &str = "f_";
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
                        Field::Mode.label(),
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
                    _ => notes.push(LinkNote::bad_value(Field::Class.label(), &value, " 1 至 8")),
                },
                Some(Field::Grade) => match value.as_str() {
                    "50" | "80" | "100" | "120" | "150" | "" => {
                        form.grade = value;
                        saw_industry_path = true;
                    }
                    _ => notes.push(LinkNote::bad_value(
                        Field::Grade.label(),
                        &value,
                        " 50、80、100、120 或 150",
                    )),
                },
                Some(Field::Industry) => match Industry::by_key(&value) {
                    Some(_) => {
                        form.industry = value;
                        saw_industry_path = true;
                    }
                    None => notes.push(LinkNote::bad_value(
                        Field::Industry.label(),
                        &value,
                        "行业代码，例如 2011-65",
                    )),
                },
                Some(Field::Payroll) => form.payroll = value,
                Some(Field::Headcount) => form.headcount = value,
                Some(Field::Period) => match value.as_str() {
                    "month" => form.period = Period::Month,
                    "year" => form.period = Period::Year,
                    _ => notes.push(LinkNote::bad_value(
                        Field::Period.label(),
                        &value,
                        " month 或 year",
                    )),
                },
                Some(Field::Wages) => {
                    let (kept, notice) = wage_list_from_link(&value);
                    form.wages = kept;
                    notes.extend(notice.map(LinkNote));
                }
                Some(Field::Floor) => form.floor = value,
                Some(Field::Ceiling) => form.ceiling = value,
                Some(Field::Price) => form.price = value,
                Some(Field::Tier) => match value.as_str() {
                    "1" | "2" | "3" | "4" | "" => form.tier = value,
                    _ => notes.push(LinkNote::bad_value(Field::Tier.label(), &value, " 1 至 4")),
                },
                Some(Field::ProjectRate) => form.project_rate = value,
                Some(Field::Pay) => form.pay = value,
                Some(Field::Months) => form.months = value,
                Some(Field::Arrears) => form.arrears = value,
                Some(Field::Days) => form.days = value,
                Some(Field::Payout) => form.payout = value,
                Some(Field::Incidence) => form.incidence = value,
                Some(Field::DispatchPayer) => match value.as_str() {
                    "host" => form.workforce.host_pays = true,
                    "agency" => form.workforce.host_pays = false,
                    _ => notes.push(LinkNote::bad_value(
                        Field::DispatchPayer.label(),
                        &value,
                        " agency 或 host",
                    )),
                },
                Some(
                    f @ (Field::InternCount
                    | Field::InternPay
                    | Field::InternMonths
                    | Field::OverageCount
                    | Field::OveragePay
                    | Field::DispatchCount
                    | Field::DispatchPay),
                ) => {
                    form.set_text(f, value);
                }
                None if key.starts_with(FLAG_PREFIX) => match Answer::from_key(&value) {
                    Some(a) => form.set_flag(&key[FLAG_PREFIX.len()..], a),
                    None => notes.push(LinkNote::bad_value(
                        "费率浮动条件的回答",
                        &value,
                        " yes、no 或 unsure",
                    )),
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
                put(Field::Headcount.key(), &self.headcount);
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
            Mode::Workforce => {
                put(Field::Wages.key(), &wages_for_link(&self.wages));
                for field in Field::WORKFORCE_GROUPS {
                    put(field.key(), self.text(field).unwrap_or_default());
                }
                let w = &self.workforce;
                if !(w.dispatch_count.trim().is_empty() && w.dispatch_pay.trim().is_empty()) {
                    put(
                        Field::DispatchPayer.key(),
                        if w.host_pays { "host" } else { "agency" },
                    );
                }
            }
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
        if matches!(
            self.mode,
            Mode::Employees | Mode::Intern | Mode::Overage | Mode::Workforce
        ) {
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
}

/// The wages for links: only the rows that parse, as plain numbers (so their thousands
/// commas cannot split them). Anything else stays on the page with its message, never in a link.
fn wages_for_link(text: &str) -> String {
    // Until the user says which column is the wage, no figure of the sheet enters a link.
    if wage_columns(text) > 1 {
        return String::new();
    }
    split_rows(text, false)
        .iter()
        .filter_map(|row| parse_money(row).ok())
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(",")
}
