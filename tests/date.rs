//! Calendar arithmetic and date parsing.

mod common;
use common::day;
use gongshang::date::*;

#[test]
fn parses_the_forms_people_type() {
    let expected = Date::new(2025, 6, 1).unwrap();
    for s in [
        "2025-06-01",
        "2025-6-1",
        " 2025/06/01 ",
        "2025.6.1",
        "2025年6月1日",
        "２０２５－０６－０１",
    ] {
        assert_eq!(Date::parse(s), Ok(expected), "{s}");
    }
}

#[test]
fn refuses_impossible_and_malformed_dates() {
    for s in [
        "",
        "2025-02-29",
        "2024-13-01",
        "2025-04-31",
        "abc",
        "2025-06",
        "2025061",
        "1899-12-31",
        "2025--1",
        "2025-06-01-02",
    ] {
        assert!(Date::parse(s).is_err(), "{s}");
    }
    assert_eq!(
        Date::parse("2024-02-29"),
        Ok(Date::new(2024, 2, 29).unwrap())
    );
}

#[test]
fn day_numbers_round_trip_across_leap_years() {
    assert_eq!(day("1970-01-01").to_days(), 0);
    assert_eq!(day("2000-03-01").to_days(), 11_017);
    let start = day("1999-12-01").to_days();
    let mut prev = Date::from_days(start - 1);
    for n in start..start + 365 * 30 {
        let date = Date::from_days(n);
        assert_eq!(date.to_days(), n);
        assert!(date > prev);
        prev = date;
    }
}

#[test]
fn weekdays_match_the_calendar() {
    assert_eq!(day("2026-11-29").weekday(), 7); // a Sunday
    assert_eq!(day("2025-01-01").weekday(), 3); // a Wednesday
    assert_eq!(day("2024-02-29").weekday(), 4);
}

#[test]
fn month_arithmetic_clamps_to_month_end() {
    assert_eq!(day("2025-01-31").add_months(1), day("2025-02-28"));
    assert_eq!(day("2024-01-31").add_months(1), day("2024-02-29"));
    assert_eq!(day("2025-11-15").add_months(3), day("2026-02-15"));
    assert_eq!(day("2025-03-15").add_months(-3), day("2024-12-15"));
}

#[test]
fn year_months() {
    let m = YearMonth::new(1963, 3).unwrap();
    for s in [
        "1963-03",
        "1963-3",
        "1963/3",
        "1963.3",
        "1963年3月",
        "１９６３－０３",
    ] {
        assert_eq!(YearMonth::parse(s), Ok(m), "{s}");
    }
    for s in [
        "", "1963", "1963-13", "1963-00", "63-3", "1899-12", "abc-de",
    ] {
        assert!(YearMonth::parse(s).is_err(), "{s}");
    }
    assert_eq!(m.add_months(10).to_string(), "1964-01");
    assert_eq!(
        YearMonth::of(day("2025-06-30")),
        YearMonth::new(2025, 6).unwrap()
    );
}

#[test]
fn counts_days_between() {
    assert_eq!(day("2021-12-31").days_until(day("2022-01-01")), 1);
    assert_eq!(day("2024-01-01").days_until(day("2025-01-01")), 366);
    assert_eq!(day("2025-01-01").add_days(-1), day("2024-12-31"));
}

#[test]
fn dates_typed_on_a_number_pad() {
    use gongshang::date::{Date, YearMonth};
    // A phone's number pad has no `-`: digits alone are a date (8) or a month (6).
    assert_eq!(Date::parse("20190501"), Ok(Date::new(2019, 5, 1).unwrap()));
    assert_eq!(
        Date::parse("２０１９０５０１"),
        Ok(Date::new(2019, 5, 1).unwrap())
    );
    assert_eq!(YearMonth::parse("201905").unwrap().to_string(), "2019-05");
    assert!(Date::parse("20190231").is_err(), "no such day");
    assert!(Date::parse("2019051").is_err());
    assert!(YearMonth::parse("20190501").is_err());
    // The other forms people type still read.
    for typed in ["2019-5-1", "2019年5月1日", "2019.5.1", "2019/05/01"] {
        assert_eq!(
            Date::parse(typed),
            Ok(Date::new(2019, 5, 1).unwrap()),
            "{typed}"
        );
    }
    for typed in ["2019-5", "2019年5月", "2019.5"] {
        assert_eq!(
            YearMonth::parse(typed).unwrap().to_string(),
            "2019-05",
            "{typed}"
        );
    }
}
