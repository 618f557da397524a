//! The statutory holidays a year without its notice is counted on: the lunar table in
//! policy/holidays.toml checked against sources independent of the three libraries it
//! was computed with, and the law's days checked against the notices the data holds.

use chinese_lunisolar_calendar::LunisolarDate;
use gongshang::date::Date;
use gongshang::policy::{HolidayLaw, LunarDay, HOLIDAY_YEARS, LUNAR};

/// The Gregorian date of a lunar month and day in the lunisolar year that starts in `year`,
/// from the `chinese-lunisolar-calendar` crate (its own tables, not the libraries the data
/// was computed with).
fn lunar(year: i32, month: u8, day: u8) -> String {
    let year = u16::try_from(year).expect("a year the crate covers");
    LunisolarDate::from_ymd(year, month, false, day)
        .expect("a date the crate covers")
        .to_solar_date()
        .to_naive_date()
        .to_string()
}

/// 清明 in the 21st century by the 寿星 formula: day = ⌊Y × 0.2422 + 4.81⌋ − ⌊Y / 4⌋ in April,
/// Y the last two digits of the year, ⌊Y / 4⌋ the leap years so far (in whole numbers:
/// Y × 2422 + 48100, over 10,000).
fn qingming(year: i32) -> String {
    let y = year - 2000;
    let day = (y * 2422 + 48100) / 10000 - y / 4;
    format!("{year}-04-{day:02}")
}

#[test]
fn the_lunar_table_agrees_with_an_independent_calendar() {
    assert!(!LUNAR.years.is_empty());
    for y in LUNAR.years {
        assert_eq!(
            y.new_year.to_string(),
            lunar(y.year, 1, 1),
            "正月初一 {}",
            y.year
        );
        assert_eq!(y.duanwu.to_string(), lunar(y.year, 5, 5), "端午 {}", y.year);
        assert_eq!(
            y.zhongqiu.to_string(),
            lunar(y.year, 8, 15),
            "中秋 {}",
            y.year
        );
        assert_eq!(y.qingming.to_string(), qingming(y.year), "清明 {}", y.year);
        // 除夕 is the last day of the lunar year before: the day before 正月初一.
        assert_eq!(
            y.date(LunarDay::Chuxi).add_days(1),
            y.new_year,
            "除夕 {}",
            y.year
        );
    }
}

#[test]
fn the_formula_for_qingming_is_right_on_known_years() {
    // 清明 fell on 4 April 2021, 5 April 2022, 4 April 2024, 4 April 2025 and 5 April 2026 (the
    // notices' 清明节).
    assert_eq!(qingming(2021), "2021-04-04");
    assert_eq!(qingming(2022), "2022-04-05");
    assert_eq!(qingming(2024), "2024-04-04");
    assert_eq!(qingming(2025), "2025-04-04");
    assert_eq!(qingming(2026), "2026-04-05");
}

#[test]
fn every_statutory_day_of_a_year_with_a_notice_is_one_of_its_days_off() {
    // The notices give at least the days the law fixes (全国年节及纪念日放假办法第二条): so the
    // law's days, dated by the lunar table, must all be off in every year the data has both.
    let mut checked = 0;
    for notice in &HOLIDAY_YEARS {
        let Some(law) = HolidayLaw::for_year(notice.year) else {
            continue;
        };
        for day in law.days {
            let Some((first, last)) = day.dates(notice.year) else {
                continue;
            };
            let mut d = first;
            while d <= last {
                assert!(
                    notice
                        .days_off
                        .iter()
                        .any(|(_, from, to)| *from <= d && d <= *to),
                    "{} {d} is not off in the {} notice",
                    day.name,
                    notice.year
                );
                checked += 1;
                d = d.add_days(1);
            }
        }
    }
    assert!(checked >= 50, "only {checked} days checked");
}

#[test]
fn the_law_in_force_follows_its_dates() {
    // 春节: three days from 正月初一 under the 2013 text, four from 除夕 from 2025.
    let spring = |year: i32| {
        HolidayLaw::for_year(year)
            .unwrap()
            .days
            .iter()
            .find(|d| d.name == "春节")
            .unwrap()
            .dates(year)
            .unwrap()
    };
    assert_eq!(
        spring(2024),
        (
            Date::new(2024, 2, 10).unwrap(),
            Date::new(2024, 2, 12).unwrap()
        )
    );
    assert_eq!(
        spring(2027),
        (
            Date::new(2027, 2, 5).unwrap(),
            Date::new(2027, 2, 8).unwrap()
        )
    );
    // Past the lunar table, a lunar holiday has no date; the solar ones still do.
    let beyond = LUNAR.years.last().unwrap().year + 1;
    let law = HolidayLaw::for_year(beyond).unwrap();
    for day in law.days {
        assert_eq!(
            day.dates(beyond).is_some(),
            !matches!(day.anchor, gongshang::policy::Anchor::Lunar(_)),
            "{}",
            day.name
        );
    }
}
