//! Working days across holidays and make-up workdays, worked by hand from the
//! State Council notices in policy/holidays.toml.

mod common;
use common::day;
use gongshang::date::Date;
use gongshang::policy::HOLIDAY_YEARS;
use gongshang::workdays::{add_workdays, is_workday, Counted};

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
            without_holidays: None
        }
    );
    // Thu 2025-02-06 + 2: Fri 7, Sat 8 (make-up).
    assert_eq!(
        add_workdays(day("2025-02-06"), 2),
        Counted {
            day: day("2025-02-08"),
            without_holidays: None
        }
    );
    // Fri 2024-09-27 + 3: Sun 29 (make-up), Mon 30, then 1–7 Oct off, Tue 8 Oct.
    assert_eq!(
        add_workdays(day("2024-09-27"), 3),
        Counted {
            day: day("2024-10-08"),
            without_holidays: None
        }
    );
    // Thu 2024-10-10 + 2: Fri 11, Sat 12 (make-up).
    assert_eq!(
        add_workdays(day("2024-10-10"), 2),
        Counted {
            day: day("2024-10-12"),
            without_holidays: None
        }
    );
    // Thu 2026-02-12 + 5: Fri 13, Sat 14 (make-up), 15–23 Feb off, Tue 24, Wed 25, Thu 26.
    assert_eq!(
        add_workdays(day("2026-02-12"), 5),
        Counted {
            day: day("2026-02-26"),
            without_holidays: None
        }
    );
    // An ordinary week: Tue 2025-06-03 + 3 = Fri 6; + 5 more = Fri 13.
    assert_eq!(
        add_workdays(day("2025-06-03"), 3),
        Counted {
            day: day("2025-06-06"),
            without_holidays: None
        }
    );
    assert_eq!(
        add_workdays(day("2025-06-06"), 5),
        Counted {
            day: day("2025-06-13"),
            without_holidays: None
        }
    );
    assert_eq!(
        add_workdays(day("2025-06-03"), 0),
        Counted {
            day: day("2025-06-03"),
            without_holidays: None
        }
    );
}

#[test]
fn years_without_a_notice_count_weekends_only_and_say_so() {
    let last = HOLIDAY_YEARS.last().unwrap().year;
    let next = last + 1;
    // A Monday in January of the first year the data lacks: a weekday, counted as working.
    let monday = (1..=7)
        .map(|d| Date::new(next, 1, d).unwrap())
        .find(|d| d.weekday() == 1)
        .unwrap();
    assert_eq!(is_workday(monday), (true, Some(next)));
    assert_eq!(is_workday(monday.add_days(-1)), (false, Some(next)));
    // The last days of the last year may be moved by the next notice: still counted, with the warning.
    let dec28 = Date::new(last, 12, 28).unwrap();
    assert_eq!(is_workday(dec28).1, Some(next));
    assert_eq!(is_workday(Date::new(last, 12, 20).unwrap()).1, None);
    let counted = add_workdays(Date::new(last, 12, 20).unwrap(), 10);
    assert_eq!(counted.without_holidays, Some(next));
    assert!(counted
        .warning()
        .unwrap()
        .to_string()
        .contains(&format!("尚未收录{next}年的节假日安排")));
    // Ten working days on weekends alone: two calendar weeks.
    assert_eq!(add_workdays(monday, 10).day, monday.add_days(14));
    assert_eq!(is_workday(day("2020-12-31")), (true, Some(2020)));
}

#[test]
fn the_data_is_consistent() {
    let years: Vec<i32> = HOLIDAY_YEARS.iter().map(|y| y.year).collect();
    assert_eq!(years, vec![2021, 2022, 2023, 2024, 2025, 2026]);
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
