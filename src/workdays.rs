//! 工作日: Monday to Friday, minus the official days off, plus the weekend days
//! made working days (调休), per each year's State Council notice in
//! `policy/holidays.toml`.
//!
//! A year whose notice is not in the data is counted on weekends alone, and the
//! count says so, so the page can warn that the year's holidays are not included
//! (the real deadline can then only be later, never earlier).
//!
//! Periods counted in days, months or years end on a working day too
//! (民法典第二百零三条): see [`period_end`].

use crate::date::Date;
use crate::outcome::Deadline;
use crate::policy::{Citation, HolidayYear, HOLIDAY_YEARS, SRC_CIVIL_CODE};
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

/// The last day of a period counted in days, months or years. 民法典第二百零三条: when
/// the last day is a rest day or statutory holiday, the period ends on the first
/// working day after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeriodEnd {
    /// The day the period ends on.
    pub day: Date,
    /// The day the count alone gives.
    pub nominal: Date,
    /// A year whose holiday notice the data lacks, met before a working day was found:
    /// from there on the day is not moved, and the note says so.
    pub without_holidays: Option<i32>,
}

impl PeriodEnd {
    /// `原为 2026年1月10日（星期六），顺延至 2026年1月12日`, or the plain caveat for a
    /// year the calendar does not cover; `None` when the nominal day stands.
    pub fn note(&self) -> Option<String> {
        let moved = (self.day != self.nominal).then(|| {
            format!(
                "原为 {}（{}），是休息日或法定节假日，顺延至 {}",
                self.nominal.chinese(),
                self.nominal.weekday_name(),
                self.day.chinese()
            )
        });
        let uncovered = self.without_holidays.map(|year| {
            format!(
                "本工具尚未收录{year}年的节假日安排：{}如果是休息日或法定节假日，期限顺延至其后的第一个工作日",
                self.day.chinese()
            )
        });
        match (moved, uncovered) {
            (Some(m), Some(u)) => Some(format!("{m}；{u}")),
            (m, u) => m.or(u),
        }
    }
}

pub fn period_end(nominal: Date) -> PeriodEnd {
    let mut day = nominal;
    loop {
        let (working, missing) = is_workday(day);
        if working || missing.is_some() {
            return PeriodEnd {
                day,
                nominal,
                without_holidays: missing,
            };
        }
        day = day.add_days(1);
    }
}

/// The deadline of a period whose plain count ends on `nominal`, moved per 民法典第二百零三条,
/// and that article to cite when the day was moved or may have to be.
pub fn period_deadline(
    nominal: Date,
    rule: impl Into<String>,
    today: Date,
) -> (Deadline, Option<Citation>) {
    let end = period_end(nominal);
    let note = end.note();
    let cite = note.is_some().then_some(Citation {
        source: &SRC_CIVIL_CODE,
        pinpoint: "第二百零三条",
    });
    (Deadline::new(end.day, rule, today).with_note(note), cite)
}
