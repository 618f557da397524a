//! Working days across holidays and make-up workdays, worked by hand from the
//! State Council notices in policy/holidays.toml.

mod common;
use common::{day, last_notice_and_next};
use gongshang::date::Date;
use gongshang::policy::{HolidayLaw, HOLIDAY_YEARS};
use gongshang::workdays::{add_workdays, is_workday, period_end, Counted};

#[test]
fn make_up_weekends_and_holiday_weekdays() {
    assert_eq!(
        is_workday(day("2025-01-26")),
        (true, None),
        "Sunday made a working day before 春节"
    );
    assert_eq!(
        is_workday(day("2025-01-28")),
        (false, None),
        "Tuesday in 春节"
    );
    assert_eq!(is_workday(day("2025-02-08")), (true, None));
    assert_eq!(
        is_workday(day("2025-02-09")),
        (false, None),
        "an ordinary Sunday"
    );
    assert_eq!(is_workday(day("2024-09-29")), (true, None));
    assert_eq!(is_workday(day("2024-10-07")), (false, None));
    assert_eq!(is_workday(day("2026-01-04")), (true, None));
    assert_eq!(is_workday(day("2026-02-23")), (false, None));
    // 元旦 2023 began on 2022-12-31, announced in the 2023 notice.
    assert_eq!(is_workday(day("2023-01-02")), (false, None));
    assert_eq!(is_workday(day("2022-12-30")), (true, None));
}

#[test]
fn adding_working_days_skips_holidays_and_counts_make_up_days() {
    // Fri 2025-01-24 + 3: Sun 26 (make-up), Mon 27, then 28 Jan–4 Feb off, Wed 5 Feb.
    assert_eq!(
        add_workdays(day("2025-01-24"), 3),
        Counted {
            day: day("2025-02-05"),
            without_notice: None
        }
    );
    // Thu 2025-02-06 + 2: Fri 7, Sat 8 (make-up).
    assert_eq!(
        add_workdays(day("2025-02-06"), 2),
        Counted {
            day: day("2025-02-08"),
            without_notice: None
        }
    );
    // Fri 2024-09-27 + 3: Sun 29 (make-up), Mon 30, then 1–7 Oct off, Tue 8 Oct.
    assert_eq!(
        add_workdays(day("2024-09-27"), 3),
        Counted {
            day: day("2024-10-08"),
            without_notice: None
        }
    );
    // Thu 2024-10-10 + 2: Fri 11, Sat 12 (make-up).
    assert_eq!(
        add_workdays(day("2024-10-10"), 2),
        Counted {
            day: day("2024-10-12"),
            without_notice: None
        }
    );
    // Thu 2026-02-12 + 5: Fri 13, Sat 14 (make-up), 15–23 Feb off, Tue 24, Wed 25, Thu 26.
    assert_eq!(
        add_workdays(day("2026-02-12"), 5),
        Counted {
            day: day("2026-02-26"),
            without_notice: None
        }
    );
    // An ordinary week: Tue 2025-06-03 + 3 = Fri 6; + 5 more = Fri 13.
    assert_eq!(
        add_workdays(day("2025-06-03"), 3),
        Counted {
            day: day("2025-06-06"),
            without_notice: None
        }
    );
    assert_eq!(
        add_workdays(day("2025-06-06"), 5),
        Counted {
            day: day("2025-06-13"),
            without_notice: None
        }
    );
    assert_eq!(
        add_workdays(day("2025-06-03"), 0),
        Counted {
            day: day("2025-06-03"),
            without_notice: None
        }
    );
}

/// Whether the law makes `d` a holiday, read from the data (the law's days and the lunar table).
fn statutory(d: Date) -> bool {
    HolidayLaw::for_year(d.year()).is_some_and(|law| {
        law.days
            .iter()
            .filter_map(|day| day.dates(d.year()))
            .any(|(first, last)| first <= d && d <= last)
    })
}

/// The next day after `d` that is a weekday and no statutory holiday: how a year without a
/// notice is counted, written out independently of the app's counting.
fn next_plain_weekday(mut d: Date) -> Date {
    loop {
        d = d.add_days(1);
        if d.weekday() <= 5 && !statutory(d) {
            return d;
        }
    }
}

#[test]
fn years_without_a_notice_count_the_laws_holidays_and_weekends_and_say_so() {
    let (last, next) = last_notice_and_next();
    // 元旦 is a holiday by law, notice or not.
    let new_year = Date::new(next, 1, 1).unwrap();
    assert_eq!(is_workday(new_year), (false, Some(next)));
    // A plain weekday in January of that year is a working day; a Sunday is not.
    let monday = (2..=8)
        .map(|d| Date::new(next, 1, d).unwrap())
        .find(|d| d.weekday() == 1)
        .unwrap();
    assert_eq!(is_workday(monday), (true, Some(next)));
    assert_eq!(is_workday(monday.add_days(-1)), (false, Some(next)));
    // Every day the law fixes for that year is off (for 2027: 1 January; 5–8 February, 除夕 to
    // 初三; 5 April; 1–2 May; 9 June; 15 September; 1–3 October).
    let law = HolidayLaw::for_year(next).unwrap();
    for day in law.days {
        let (first, end) = day
            .dates(next)
            .expect("the lunar table reaches the next year");
        let mut d = first;
        while d <= end {
            assert_eq!(is_workday(d), (false, Some(next)), "{} {d}", day.name);
            d = d.add_days(1);
        }
    }
    // The last days of the last year may be moved by the next notice: still counted, with the warning.
    let dec28 = Date::new(last, 12, 28).unwrap();
    assert_eq!(is_workday(dec28).1, Some(next));
    assert_eq!(is_workday(Date::new(last, 12, 20).unwrap()).1, None);
    let counted = add_workdays(Date::new(last, 12, 20).unwrap(), 10);
    let warning = counted.warning().unwrap();
    assert_eq!(warning.year, next);
    let text = warning.to_string();
    assert!(
        text.contains(&format!(
            "尚未收录国务院办公厅关于{next}年部分节假日安排的通知"
        )),
        "{text}"
    );
    assert!(
        text.contains("法定节假日") && text.contains("提前或推后"),
        "{text}"
    );
    assert!(counted.caveat().contains("回测"), "{}", counted.caveat());
    assert_eq!(is_workday(day("2020-12-31")).1, Some(2020));
}

#[test]
fn a_period_ending_on_new_years_day_without_a_notice_moves_to_the_next_working_day() {
    // Injured on 2 December of the last year, the unit's 30 days end on 1 January: 元旦. For
    // 2027 that is a Friday, 2–3 January a weekend: Monday 4 January (it said 1 January before).
    let (last, next) = last_notice_and_next();
    let nominal = Date::new(last, 12, 2).unwrap().add_days(30);
    assert_eq!(nominal, Date::new(next, 1, 1).unwrap());
    let end = period_end(nominal);
    assert_eq!(end.day, next_plain_weekday(nominal));
    assert_eq!(end.without_notice.map(|w| w.year), Some(next));
    let note = end.note().unwrap();
    assert!(
        note.contains("顺延至") && note.contains("补休日和调休上班日"),
        "{note}"
    );
}

#[test]
fn a_sunday_at_the_end_of_the_last_year_moves_even_before_the_next_notice() {
    // A unit founded on 27 November 2026 had until Sunday 27 December; it ends Monday 28
    // December (it said Sunday before). Generally: the last Sunday of December of the last year.
    let (last, next) = last_notice_and_next();
    let notice = HOLIDAY_YEARS.last().unwrap();
    let sunday = (25..=31)
        .map(|d| Date::new(last, 12, d).unwrap())
        .rfind(|d| d.weekday() == 7 && !notice.workdays.contains(d))
        .unwrap();
    let end = period_end(sunday);
    let monday = sunday.add_days(1);
    let monday_off = monday.month() == 1
        || notice
            .days_off
            .iter()
            .any(|(_, from, to)| *from <= monday && monday <= *to);
    if !monday_off {
        assert_eq!(end.day, monday);
    }
    assert!(end.day > sunday);
    assert_eq!(end.without_notice.map(|w| w.year), Some(next));
}

#[test]
fn working_days_into_a_year_without_a_notice_skip_its_new_years_day() {
    // 先行支付: 3 + 5 working days from Monday 28 December 2026: 29, 30, 31 December, then 1
    // January is 元旦, 2–3 a weekend: 4, 5, 6, 7, 8 January → Friday 8 January (it said the 7th).
    let (last, next) = last_notice_and_next();
    let start = Date::new(last, 12, 28).unwrap();
    let notice = HOLIDAY_YEARS.last().unwrap();
    // Counted by hand: the last year's days on its notice, the next year's on the law.
    let mut d = start;
    let mut left = 8;
    while left > 0 {
        d = d.add_days(1);
        let working = if d.year() == last {
            notice.workdays.contains(&d)
                || (d.weekday() <= 5
                    && !notice
                        .days_off
                        .iter()
                        .any(|(_, from, to)| *from <= d && d <= *to))
        } else {
            d.weekday() <= 5 && !statutory(d)
        };
        if working {
            left -= 1;
        }
    }
    let counted = add_workdays(start, 8);
    assert_eq!(counted.day, d);
    assert_eq!(counted.warning().map(|w| w.year), Some(next));
    assert_eq!(add_workdays(add_workdays(start, 3).day, 5).day, d);
}

#[test]
fn the_caveat_says_how_far_the_notice_may_move_a_day_either_way() {
    // 3 + 5 working days from Thursday 8 October 2026: on the notice 9 (Fri), 10 (Sat, a make-up
    // working day), 12–16, 19 → Monday 19 October. On the law's holidays and weekends alone the
    // Saturday is off: 9, 12–16, 19, 20 → Tuesday 20 October, a day late. So a count on the law
    // alone can be early or late, and the caveat says by up to how many days.
    assert_eq!(add_workdays(day("2026-10-08"), 8).day, day("2026-10-19"));
    let mut d = day("2026-10-08");
    let mut left = 8;
    while left > 0 {
        d = d.add_days(1);
        if d.weekday() <= 5 && !statutory(d) {
            left -= 1;
        }
    }
    assert_eq!(d, day("2026-10-20"));
    let (last, _) = last_notice_and_next();
    let shift = add_workdays(Date::new(last, 12, 28).unwrap(), 8)
        .warning()
        .and_then(|w| w.shift)
        .unwrap();
    assert!(shift.earlier >= 1 && shift.later >= 1, "{shift:?}");
    assert_eq!(shift.years, (HOLIDAY_YEARS[0].year, last));
    let text = add_workdays(Date::new(last, 12, 28).unwrap(), 8).caveat();
    assert!(
        text.contains(&format!("早至多 {} 天", shift.earlier))
            && text.contains(&format!("晚至多 {} 天", shift.later)),
        "{text}"
    );
    assert!(text.contains(&format!("{}—{last}年的通知回测", HOLIDAY_YEARS[0].year)));
}

#[test]
fn the_data_is_consistent() {
    // One notice a year, from the first year the data covers, none missing in between.
    let years: Vec<i32> = HOLIDAY_YEARS.iter().map(|y| y.year).collect();
    assert_eq!(years[0], 2021);
    assert!(years.windows(2).all(|w| w[1] == w[0] + 1), "{years:?}");
    for y in &HOLIDAY_YEARS {
        assert!(!y.urls.is_empty());
        for w in y.workdays {
            assert!(
                w.weekday() >= 6,
                "{w} is listed as a make-up workday but is a weekday"
            );
            assert!(
                !y.days_off.iter().any(|(_, from, to)| from <= w && w <= to),
                "{w} is both off and on"
            );
            assert_eq!(is_workday(*w), (true, None));
        }
        for (name, from, to) in y.days_off {
            let mut day = *from;
            while day <= *to {
                assert_eq!(is_workday(day), (false, None), "{name} {day}");
                day = day.add_days(1);
            }
        }
    }
}
