//! 工作日: Monday to Friday, minus the official days off, plus the weekend days
//! made working days (调休), per each year's State Council notice in
//! `policy/holidays.toml`. A day in a year the data does not cover is an
//! error, never a guess from the weekday.

use crate::date::Date;
use crate::policy::{HolidayYear, HOLIDAY_YEARS};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotCovered {
    pub day: Date,
}

impl fmt::Display for NotCovered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let years: Vec<String> = HOLIDAY_YEARS.iter().map(|y| y.year.to_string()).collect();
        write!(
            f,
            "{} 所在年份的节假日安排不在本工具的数据中（已收录 {} 年），无法按工作日推算，请向经办机构确认期限。",
            self.day,
            years.join("、")
        )
    }
}

pub fn schedule(year: i32) -> Option<&'static HolidayYear> {
    HOLIDAY_YEARS.iter().find(|y| y.year == year)
}

/// The notices that can speak for `day`: its year's, and for the last days of
/// December also the next year's, which may move 元旦 or a make-up workday into
/// them. Without the next notice those days are not guessed.
fn notices(day: Date) -> Result<[Option<&'static HolidayYear>; 2], NotCovered> {
    let this = schedule(day.year()).ok_or(NotCovered { day })?;
    let next = schedule(day.year() + 1);
    if next.is_none() && day.month() == 12 && day.day() >= 25 {
        return Err(NotCovered { day });
    }
    Ok([Some(this), next])
}

pub fn is_workday(day: Date) -> Result<bool, NotCovered> {
    let notices = notices(day)?;
    let off = notices.iter().flatten().any(|y| {
        y.days_off
            .iter()
            .any(|(_, from, to)| *from <= day && day <= *to)
    });
    let made_up = notices.iter().flatten().any(|y| y.workdays.contains(&day));
    if made_up {
        return Ok(true);
    }
    Ok(!off && day.weekday() <= 5)
}

/// The `n`-th working day after `start` (the day of `start` itself not counted):
/// "within 3 working days of receiving" ends on `add_workdays(received, 3)`.
pub fn add_workdays(start: Date, n: u32) -> Result<Date, NotCovered> {
    let mut day = start;
    let mut left = n;
    while left > 0 {
        day = day.add_days(1);
        if is_workday(day)? {
            left -= 1;
        }
    }
    Ok(day)
}
