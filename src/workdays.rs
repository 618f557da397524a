//! 工作日: Monday to Friday, minus the official days off, plus the weekend days
//! made working days (调休), per each year's State Council notice in
//! `policy/holidays.toml`.
//!
//! A year whose notice is not in the data is counted on weekends alone, and the
//! count says so, so the page can warn that the year's holidays are not included
//! (the real deadline can then only be later, never earlier).

use crate::date::Date;
use crate::policy::{HolidayYear, HOLIDAY_YEARS};
use std::fmt;

pub fn schedule(year: i32) -> Option<&'static HolidayYear> {
    HOLIDAY_YEARS.iter().find(|y| y.year == year)
}

/// A day reached by counting working days, and the first year on the way whose
/// holiday notice the data lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    pub day: Date,
    pub without_holidays: Option<i32>,
}

impl Counted {
    /// The plain warning for a count made without a year's holidays, if any.
    pub fn warning(&self) -> Option<WithoutHolidays> {
        self.without_holidays.map(|year| WithoutHolidays { year })
    }
}

/// A count that could not take a year's holidays into account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WithoutHolidays {
    pub year: i32,
}

impl fmt::Display for WithoutHolidays {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "本工具尚未收录{}年的节假日安排（国务院办公厅的通知一般在上一年年底发布），涉及该年的工作日期限只扣除了周末、没有扣除法定节假日，实际期限可能更晚。请以经办机构告知的日期为准。",
            self.year
        )
    }
}

/// Whether `day` is a working day, and the year whose notice was missing, if one was
/// needed. The next year's notice speaks for the last days of December too, since it
/// may move 元旦 or a make-up workday into them.
pub fn is_workday(day: Date) -> (bool, Option<i32>) {
    let this = schedule(day.year());
    let next = schedule(day.year() + 1);
    let missing = if this.is_none() {
        Some(day.year())
    } else if next.is_none() && day.month() == 12 && day.day() >= 25 {
        Some(day.year() + 1)
    } else {
        None
    };
    let notices = [this, next];
    let made_up = notices.iter().flatten().any(|y| y.workdays.contains(&day));
    let off = notices.iter().flatten().any(|y| {
        y.days_off
            .iter()
            .any(|(_, from, to)| *from <= day && day <= *to)
    });
    (made_up || (!off && day.weekday() <= 5), missing)
}

/// The `n`-th working day after `start` (the day of `start` itself not counted):
/// "within 3 working days of receiving" ends on `add_workdays(received, 3).day`.
pub fn add_workdays(start: Date, n: u32) -> Counted {
    let mut counted = Counted {
        day: start,
        without_holidays: None,
    };
    let mut left = n;
    while left > 0 {
        counted.day = counted.day.add_days(1);
        let (working, missing) = is_workday(counted.day);
        counted.without_holidays = counted.without_holidays.or(missing);
        if working {
            left -= 1;
        }
    }
    counted
}
