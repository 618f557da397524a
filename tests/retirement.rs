//! The retirement-age rule against every reference vector of
//! shared/research/retirement_vectors.py, plus edge months.

use gongshang::date::{Date, YearMonth};
use gongshang::retirement::{age_on, retirement, Category};

fn ym(y: i32, m: u8) -> YearMonth {
    YearMonth::new(y, m).unwrap()
}

const DAY: Date = Date::new_unchecked(2025, 6, 1);

/// (category, birth year, birth month, delay months, legal age "XyYm", retirement month)
const VECTORS: &[(Category, i32, u8, u32, &str, &str)] = &[
    (Category::Male, 1964, 12, 0, "60y0m", "2024-12"),
    (Category::Male, 1965, 1, 1, "60y1m", "2025-02"),
    (Category::Male, 1965, 4, 1, "60y1m", "2025-05"),
    (Category::Male, 1965, 5, 2, "60y2m", "2025-07"),
    (Category::Male, 1965, 12, 3, "60y3m", "2026-03"),
    (Category::Male, 1970, 6, 17, "61y5m", "2031-11"),
    (Category::Male, 1976, 8, 35, "62y11m", "2039-07"),
    (Category::Male, 1976, 9, 36, "63y0m", "2039-09"),
    (Category::Male, 1976, 12, 36, "63y0m", "2039-12"),
    (Category::Male, 1977, 1, 36, "63y0m", "2040-01"),
    (Category::FemaleCadre, 1969, 12, 0, "55y0m", "2024-12"),
    (Category::FemaleCadre, 1970, 1, 1, "55y1m", "2025-02"),
    (Category::FemaleCadre, 1971, 4, 4, "55y4m", "2026-08"),
    (Category::FemaleCadre, 1981, 8, 35, "57y11m", "2039-07"),
    (Category::FemaleCadre, 1981, 9, 36, "58y0m", "2039-09"),
    (Category::FemaleCadre, 1982, 1, 36, "58y0m", "2040-01"),
    (Category::FemaleWorker, 1974, 12, 0, "50y0m", "2024-12"),
    (Category::FemaleWorker, 1975, 1, 1, "50y1m", "2025-02"),
    (Category::FemaleWorker, 1975, 2, 1, "50y1m", "2025-03"),
    (Category::FemaleWorker, 1975, 3, 2, "50y2m", "2025-05"),
    (Category::FemaleWorker, 1980, 7, 34, "52y10m", "2033-05"),
    (Category::FemaleWorker, 1984, 10, 59, "54y11m", "2039-09"),
    (Category::FemaleWorker, 1984, 11, 60, "55y0m", "2039-11"),
    (Category::FemaleWorker, 1985, 1, 60, "55y0m", "2040-01"),
];

#[test]
fn every_reference_vector() {
    for &(category, y, m, delay, age, month) in VECTORS {
        let r = retirement(category, ym(y, m), DAY).unwrap();
        assert_eq!(r.delay_months, delay, "{category:?} {y}-{m}");
        assert_eq!(
            format!("{}y{}m", r.age_months / 12, r.age_months % 12),
            age,
            "{category:?} {y}-{m}"
        );
        assert_eq!(r.month.to_string(), month, "{category:?} {y}-{m}");
    }
}

#[test]
fn delay_steps_once_per_cohort_block() {
    // Men: one month per four birth months; the first block is 1965-01..04.
    let delays: Vec<u32> = (1..=12)
        .map(|m| {
            retirement(Category::Male, ym(1965, m), DAY)
                .unwrap()
                .delay_months
        })
        .collect();
    assert_eq!(delays, vec![1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    // Women at 50: one month per two birth months.
    let delays: Vec<u32> = (1..=6)
        .map(|m| {
            retirement(Category::FemaleWorker, ym(1975, m), DAY)
                .unwrap()
                .delay_months
        })
        .collect();
    assert_eq!(delays, vec![1, 1, 2, 2, 3, 3]);
    // Long before the reform: the original ages.
    assert_eq!(
        retirement(Category::Male, ym(1950, 6), DAY)
            .unwrap()
            .month
            .to_string(),
        "2010-06"
    );
    assert_eq!(
        retirement(Category::FemaleWorker, ym(1960, 1), DAY)
            .unwrap()
            .age_months,
        600
    );
}

#[test]
fn retirement_months_never_go_backwards() {
    for category in Category::ALL {
        let mut previous = retirement(category, ym(1955, 1), DAY).unwrap().month;
        for i in 1..(40 * 12) {
            let r = retirement(category, ym(1955, 1).add_months(i), DAY).unwrap();
            assert!(
                r.month > previous,
                "{category:?} born {}",
                ym(1955, 1).add_months(i)
            );
            previous = r.month;
        }
    }
}

#[test]
fn reached_from_the_retirement_month_on() {
    let r = retirement(Category::Male, ym(1965, 1), DAY).unwrap(); // reaches 60y1m in 2025-02
    assert!(!r.reached_by(Date::new(2025, 1, 31).unwrap()));
    assert!(r.reached_by(Date::new(2025, 2, 1).unwrap()));
    assert_eq!(r.age_text(), "60周岁1个月");
}

#[test]
fn a_62_year_old() {
    // Born 1963-03: a man reached 60 in 2023-03, and is 62 on 2025-06-01.
    let birth = ym(1963, 3);
    let r = retirement(Category::Male, birth, DAY).unwrap();
    assert_eq!(r.month.to_string(), "2023-03");
    assert!(r.reached_by(DAY));
    assert_eq!(age_on(birth, DAY), 62);
    assert_eq!(age_on(birth, Date::new(2026, 8, 1).unwrap()), 63);
}

#[test]
fn before_the_data_it_says_so_and_the_rule_has_no_end_date() {
    assert!(retirement(
        Category::Male,
        ym(1965, 1),
        Date::new(2020, 12, 31).unwrap()
    )
    .is_err());
    let later = retirement(Category::Male, ym(1965, 1), Date::new(2029, 1, 1).unwrap()).unwrap();
    assert_eq!(later.month.to_string(), "2025-02");
    assert!(!later.basis.carried);
}

/// The data page reads a retirement rule through the parameter's own `reads`: each figure
/// in its place, years without a thousands separator. A list without `reads` is listed.
#[test]
fn the_rule_reads_as_a_sentence_on_the_data_page() {
    use gongshang::policy::{PROJECT_TIER_RATE, RETIREMENT_FEMALE_WORKER, RETIREMENT_MALE};
    use gongshang::working::value_text;
    let day = Date::new(2026, 1, 1).unwrap();
    for param in [&RETIREMENT_MALE, &RETIREMENT_FEMALE_WORKER] {
        let v = param.at(day).unwrap().entry;
        let (f, _) = param.whole_list(day).unwrap();
        assert_eq!(
            value_text(param, v),
            format!(
                "原法定退休年龄{}周岁；{}年{}月起出生的，每{}个月延迟1个月，最多延迟{}个月",
                f[0], f[1], f[2], f[3], f[4]
            )
        );
    }
    let tiers = PROJECT_TIER_RATE.at(day).unwrap().entry;
    assert!(!value_text(&PROJECT_TIER_RATE, tiers).contains('{'));
}
