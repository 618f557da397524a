//! Working days across holidays and make-up workdays, worked by hand from the
//! State Council notices in policy/holidays.toml.

mod common;
use common::day;
use gongshang::policy::HOLIDAY_YEARS;
use gongshang::workdays::{add_workdays, is_workday};

#[test]
fn make_up_weekends_and_holiday_weekdays() {
    assert_eq!(
        is_workday(day("2025-01-26")),
        Ok(true),
        "Sunday made a working day before 春节"
    );
    assert_eq!(is_workday(day("2025-01-28")), Ok(false), "Tuesday in 春节");
    assert_eq!(is_workday(day("2025-02-08")), Ok(true));
    assert_eq!(
        is_workday(day("2025-02-09")),
        Ok(false),
        "an ordinary Sunday"
    );
    assert_eq!(is_workday(day("2024-09-29")), Ok(true));
    assert_eq!(is_workday(day("2024-10-07")), Ok(false));
    assert_eq!(is_workday(day("2026-01-04")), Ok(true));
    assert_eq!(is_workday(day("2026-02-23")), Ok(false));
    // 元旦 2023 began on 2022-12-31, announced in the 2023 notice.
    assert_eq!(is_workday(day("2023-01-02")), Ok(false));
    assert_eq!(is_workday(day("2022-12-30")), Ok(true));
}

#[test]
fn adding_working_days_skips_holidays_and_counts_make_up_days() {
    // Fri 2025-01-24 + 3: Sun 26 (make-up), Mon 27, then 28 Jan–4 Feb off, Wed 5 Feb.
    assert_eq!(add_workdays(day("2025-01-24"), 3), Ok(day("2025-02-05")));
    // Thu 2025-02-06 + 2: Fri 7, Sat 8 (make-up).
    assert_eq!(add_workdays(day("2025-02-06"), 2), Ok(day("2025-02-08")));
    // Fri 2024-09-27 + 3: Sun 29 (make-up), Mon 30, then 1–7 Oct off, Tue 8 Oct.
    assert_eq!(add_workdays(day("2024-09-27"), 3), Ok(day("2024-10-08")));
    // Thu 2024-10-10 + 2: Fri 11, Sat 12 (make-up).
    assert_eq!(add_workdays(day("2024-10-10"), 2), Ok(day("2024-10-12")));
    // Thu 2026-02-12 + 5: Fri 13, Sat 14 (make-up), 15–23 Feb off, Tue 24, Wed 25, Thu 26.
    assert_eq!(add_workdays(day("2026-02-12"), 5), Ok(day("2026-02-26")));
    // An ordinary week: Tue 2025-06-03 + 3 = Fri 6; + 5 more = Fri 13.
    assert_eq!(add_workdays(day("2025-06-03"), 3), Ok(day("2025-06-06")));
    assert_eq!(add_workdays(day("2025-06-06"), 5), Ok(day("2025-06-13")));
    assert_eq!(add_workdays(day("2025-06-03"), 0), Ok(day("2025-06-03")));
}

#[test]
fn years_without_a_notice_are_refused() {
    assert!(is_workday(day("2020-12-31")).is_err());
    assert!(is_workday(day("2027-01-04")).is_err());
    // The last days of 2026 may be moved by the 2027 notice, which the data lacks.
    assert!(is_workday(day("2026-12-28")).is_err());
    assert!(add_workdays(day("2026-12-20"), 10).is_err());
    assert!(is_workday(day("2026-12-24")).is_ok());
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
            assert_eq!(is_workday(*w), Ok(true));
        }
        for (name, from, to) in y.days_off {
            let mut day = *from;
            while day <= *to {
                assert_eq!(is_workday(day), Ok(false), "{name} {day}");
                day = day.add_days(1);
            }
        }
    }
}
