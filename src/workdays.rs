//! 工作日: Monday to Friday, minus the official days off, plus the weekend days
//! made working days (调休), per each year's State Council notice in
//! `policy/holidays.toml`.
//!
//! A year whose notice is not in the data is counted on weekends and the holidays the
//! law itself fixes (全国年节及纪念日放假办法第二条). Only the notice sets the weekdays
//! given in lieu (补假) and the weekend days worked (调休), so such a count says so, with
//! how far the same count has been from the notices of the years the data holds
//! ([`Shift`]): the real day may be earlier or later.
//!
//! Periods counted in days, months or years end on a working day too
//! (民法典第二百零三条): see [`period_end`].

use crate::date::Date;
use crate::policy::{Citation, HolidayLaw, HolidayYear, HOLIDAY_YEARS, LUNAR, SRC_CIVIL_CODE};
use std::cell::RefCell;
use std::fmt;

pub fn schedule(year: i32) -> Option<&'static HolidayYear> {
    HOLIDAY_YEARS.iter().find(|y| y.year == year)
}

/// Which days off a count knows: the notices where the data has them and the law
/// elsewhere (what the app uses), or the law alone in every year (what a year without
/// its notice gets, tried on the years that have one).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Calendar {
    Notices,
    LawOnly,
}

/// Whether `day` is one of the days the law in force makes a holiday.
fn statutory_holiday(day: Date) -> bool {
    let year = day.year();
    HolidayLaw::for_year(year).is_some_and(|law| {
        law.days
            .iter()
            .filter_map(|d| d.dates(year))
            .any(|(first, last)| first <= day && day <= last)
    })
}

/// Whether `day` is a working day on `calendar`, and the year whose notice was missing,
/// if one was needed. The next year's notice speaks for the last days of December too,
/// since it may move 元旦 or a make-up workday into them.
fn working_on(calendar: Calendar, day: Date) -> (bool, Option<i32>) {
    let notices = match calendar {
        Calendar::Notices => [schedule(day.year()), schedule(day.year() + 1)],
        Calendar::LawOnly => [None, None],
    };
    let missing = match notices {
        _ if calendar == Calendar::LawOnly => None,
        [None, _] => Some(day.year()),
        [_, None] if day.month() == 12 && day.day() >= 25 => Some(day.year() + 1),
        _ => None,
    };
    let made_up = notices.iter().flatten().any(|y| y.workdays.contains(&day));
    let off = notices.iter().flatten().any(|y| {
        y.days_off
            .iter()
            .any(|(_, from, to)| *from <= day && day <= *to)
    });
    // Without the year's own notice, its statutory holidays are still days off.
    let law_off = notices[0].is_none() && statutory_holiday(day);
    (made_up || (!off && !law_off && day.weekday() <= 5), missing)
}

/// Whether `day` is a working day, and the year whose notice was missing, if one was needed.
pub fn is_workday(day: Date) -> (bool, Option<i32>) {
    working_on(Calendar::Notices, day)
}

/// The `n`-th working day after `start` on `calendar`, and the first year without a notice met.
fn count_on(calendar: Calendar, start: Date, n: u32) -> (Date, Option<i32>) {
    let (mut day, mut missing) = (start, None);
    let mut left = n;
    while left > 0 {
        day = day.add_days(1);
        let (working, gap) = working_on(calendar, day);
        missing = missing.or(gap);
        if working {
            left -= 1;
        }
    }
    (day, missing)
}

/// The first working day from `nominal` on `calendar`, and the first year without a notice met.
fn end_on(calendar: Calendar, nominal: Date) -> (Date, Option<i32>) {
    let (mut day, mut missing) = (nominal, None);
    loop {
        let (working, gap) = working_on(calendar, day);
        missing = missing.or(gap);
        if working {
            return (day, missing);
        }
        day = day.add_days(1);
    }
}

/// A kind of count, for [`Shift::of`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Count {
    Workdays(u32),
    PeriodEnd,
}

/// How far a count made on the law alone has been from the same count made on the
/// notices, over every start in the years the data has notices (and lunar dates) for: the
/// real day came up to `earlier` calendar days before it (make-up working weekends) or up
/// to `later` days after it (补假 and bridging days off).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shift {
    pub earlier: i64,
    pub later: i64,
    /// The first and last year compared.
    pub years: (i32, i32),
}

thread_local! {
    /// Each kind of count is tried once per page: some thousand counts each.
    static SHIFTS: RefCell<Vec<(Count, Option<Shift>)>> = const { RefCell::new(Vec::new()) };
}

impl Shift {
    /// `None` when the data has no year to compare with.
    fn of(count: Count) -> Option<Shift> {
        if let Some(known) = SHIFTS.with(|s| {
            s.borrow()
                .iter()
                .find(|(c, _)| *c == count)
                .map(|(_, s)| *s)
        }) {
            return known;
        }
        let shift = Shift::measure(count);
        SHIFTS.with(|s| s.borrow_mut().push((count, shift)));
        shift
    }

    fn measure(count: Count) -> Option<Shift> {
        let years: Vec<i32> = HOLIDAY_YEARS
            .iter()
            .map(|y| y.year)
            .filter(|y| LUNAR.year(*y).is_some() && HolidayLaw::for_year(*y).is_some())
            .collect();
        let (first, last) = (*years.first()?, *years.last()?);
        let (mut earlier, mut later) = (0, 0);
        for year in years {
            let (Some(mut day), Some(end)) = (Date::new(year, 1, 1), Date::new(year, 12, 31))
            else {
                continue;
            };
            while day <= end {
                let counted = |calendar| match count {
                    Count::Workdays(n) => count_on(calendar, day, n),
                    Count::PeriodEnd => end_on(calendar, day),
                };
                let (real, missing) = counted(Calendar::Notices);
                if missing.is_none() {
                    let (law, _) = counted(Calendar::LawOnly);
                    let gap = real.days_until(law);
                    earlier = earlier.max(gap);
                    later = later.max(-gap);
                }
                day = day.add_days(1);
            }
        }
        Some(Shift {
            earlier,
            later,
            years: (first, last),
        })
    }
}

/// A count that met a year whose holiday notice the data lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WithoutNotice {
    pub year: i32,
    /// How far such a count has been off; `None` when the data has nothing to compare.
    pub shift: Option<Shift>,
}

impl WithoutNotice {
    fn new(year: i32, count: Count) -> WithoutNotice {
        WithoutNotice {
            year,
            shift: Shift::of(count),
        }
    }

    /// The days off the count knew of in that year.
    pub fn counted(&self) -> String {
        if LUNAR.year(self.year).is_some() {
            "周末和《全国年节及纪念日放假办法》规定的法定节假日".into()
        } else {
            format!("周末和元旦、劳动节、国庆节（{}年春节、清明节、端午节、中秋节的日期本工具未收录，没有计入，实际期限可能更晚）", self.year)
        }
    }

    /// How far the real day may be from this one, and on what that rests.
    pub fn how_far(&self) -> String {
        match self.shift {
            Some(s) if s.earlier + s.later > 0 => {
                let mut ways = Vec::new();
                if s.earlier > 0 {
                    ways.push(format!("早至多 {} 天", s.earlier));
                }
                if s.later > 0 {
                    ways.push(format!("晚至多 {} 天", s.later));
                }
                format!(
                    "按{}—{}年的通知回测，实际期限可能比这里{}",
                    s.years.0,
                    s.years.1,
                    ways.join("，也可能")
                )
            }
            _ => "实际期限可能提前或推后".into(),
        }
    }

    /// When such notices have come out: `10月至12月`, from the dates the data records.
    fn usually_issued() -> Option<String> {
        let months: Vec<u8> = HOLIDAY_YEARS
            .iter()
            .filter_map(|y| y.issued.filter(|d| d.year() + 1 == y.year))
            .map(|d| d.month())
            .collect();
        let (first, last) = (months.iter().min()?, months.iter().max()?);
        Some(if first == last {
            format!("{first}月")
        } else {
            format!("{first}月至{last}月")
        })
    }
}

impl fmt::Display for WithoutNotice {
    /// The notice for the whole result, the same for every count in the year; each date
    /// says by how much it may move ([`WithoutNotice::how_far`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let when = WithoutNotice::usually_issued()
            .map(|m| format!("（以往在上一年{m}发布）"))
            .unwrap_or_default();
        write!(
            f,
            "本工具尚未收录国务院办公厅关于{}年部分节假日安排的通知{when}。涉及{}年的日期，已按{}计算；补休日和调休上班日要等通知确定，实际期限可能提前或推后。请以经办机构告知的日期为准，或在通知发布后重新计算。",
            self.year,
            self.year,
            self.counted()
        )
    }
}

/// A day reached by counting working days, and the first year on the way whose
/// holiday notice the data lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    pub day: Date,
    pub without_notice: Option<WithoutNotice>,
}

impl Counted {
    /// The plain warning for a count made without a year's notice, if any.
    pub fn warning(&self) -> Option<WithoutNotice> {
        self.without_notice
    }

    /// `；按2021—2026年的通知回测，实际期限可能比这里早至多 …`, to follow a date counted into a
    /// year without its notice; empty otherwise.
    pub fn caveat(&self) -> String {
        self.without_notice
            .map(|w| format!("；{}", w.how_far()))
            .unwrap_or_default()
    }

    /// For a deadline set on this day: which days off the count knew in a year without its
    /// notice, and how far the real day may be; `None` when the notices cover the count.
    pub fn note(&self) -> Option<String> {
        self.without_notice.map(|w| {
            format!(
                "{}年的节假日安排通知尚未收录：这个日期按{}计算，{}",
                w.year,
                w.counted(),
                w.how_far()
            )
        })
    }
}

/// The `n`-th working day after `start` (the day of `start` itself not counted):
/// "within 3 working days of receiving" ends on `add_workdays(received, 3).day`.
pub fn add_workdays(start: Date, n: u32) -> Counted {
    let (day, missing) = count_on(Calendar::Notices, start, n);
    Counted {
        day,
        without_notice: missing.map(|year| WithoutNotice::new(year, Count::Workdays(n))),
    }
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
    /// A year whose holiday notice the data lacks, met on the way to a working day.
    pub without_notice: Option<WithoutNotice>,
}

impl PeriodEnd {
    /// `原为 2026年1月10日（星期六），顺延至 2026年1月12日`, and for a year the notices do not
    /// cover, how far the day may still move; `None` when the nominal day stands for sure.
    pub fn note(&self) -> Option<String> {
        let moved = (self.day != self.nominal).then(|| {
            format!(
                "原为 {}（{}），是休息日或法定节假日，顺延至 {}",
                self.nominal.chinese(),
                self.nominal.weekday_name(),
                self.day.chinese()
            )
        });
        let uncovered = self.without_notice.map(|w| {
            format!(
                "本工具尚未收录{}年的节假日安排通知，已按{}顺延；补休日和调休上班日要等通知确定，{}",
                w.year,
                w.counted(),
                w.how_far()
            )
        });
        match (moved, uncovered) {
            (Some(m), Some(u)) => Some(format!("{m}；{u}")),
            (m, u) => m.or(u),
        }
    }
}

pub fn period_end(nominal: Date) -> PeriodEnd {
    let (day, missing) = end_on(Calendar::Notices, nominal);
    PeriodEnd {
        day,
        nominal,
        without_notice: missing.map(|year| WithoutNotice::new(year, Count::PeriodEnd)),
    }
}

/// A date by which something must be done, as the calendar gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    pub date: Date,
    /// The as-of date is already past it.
    pub overdue: bool,
    /// Why the date is not the plain count, e.g. moved past a holiday.
    pub note: Option<String>,
}

/// The deadline of a period whose plain count ends on `nominal`, moved per 民法典第二百零三条,
/// and that article to cite when the day was moved or may have to be.
pub fn period_deadline(nominal: Date, today: Date) -> (Due, Option<Citation>) {
    let end = period_end(nominal);
    let note = end.note();
    let cite = note.is_some().then_some(Citation {
        source: &SRC_CIVIL_CODE,
        pinpoint: "第二百零三条",
    });
    let due = Due {
        date: end.day,
        overdue: today > end.day,
        note,
    };
    (due, cite)
}
