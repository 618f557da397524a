//! The premium rules, part by part, against worked examples derived by hand
//! from the sources each figure cites.

mod common;

mod rate {
    use crate::common::{d, day};
    use gongshang::premium::rate::*;
    use gongshang::premium::{Field, Problem};
    use rust_decimal::Decimal;

    #[test]
    fn industry_rate_is_base_times_grade() {
        // Class 4 (0.9 %) at 120 % = 1.08 %, by hand from 71号 and 苏人社规〔2023〕2号.
        let r = resolve(
            RateChoice::Industry {
                class: 4,
                grade: 120,
            },
            day("2025-06-01"),
        )
        .unwrap();
        assert_eq!(r.percent, d("1.08"));
        // Class 8 at 150 % = 2.85 %, the highest rate there is.
        let r = resolve(
            RateChoice::Industry {
                class: 8,
                grade: 150,
            },
            day("2025-06-01"),
        )
        .unwrap();
        assert_eq!(r.percent, d("2.85"));
        // The sentence says how it is made, from the same figures.
        assert_eq!(
            highest_rate(day("2025-06-01")).unwrap(),
            (d("2.85"), "八类基准费率 × 150%".to_string())
        );
    }

    #[test]
    fn class_one_never_floats_down() {
        for grade in [50, 80] {
            let err =
                resolve(RateChoice::Industry { class: 1, grade }, day("2025-06-01")).unwrap_err();
            assert!(
                matches!(err, Problem::Field(Field::Grade, ref m) if m.contains("100%、120%、150%")),
                "{err:?}"
            );
        }
        assert_eq!(
            resolve(
                RateChoice::Industry {
                    class: 1,
                    grade: 150
                },
                day("2025-06-01")
            )
            .unwrap()
            .percent,
            d("0.3")
        );
    }

    #[test]
    fn down_floated_rates_stay_at_or_above_the_floor() {
        // Class 2 at 50 % = 0.2 %, exactly the floor.
        assert_eq!(
            resolve(
                RateChoice::Industry {
                    class: 2,
                    grade: 50
                },
                day("2025-06-01")
            )
            .unwrap()
            .percent,
            d("0.2")
        );
        for class in 2..=8 {
            for grade in [50, 80, 100, 120, 150] {
                let r = resolve(RateChoice::Industry { class, grade }, day("2024-03-01")).unwrap();
                assert!(r.percent >= d("0.2"), "class {class} grade {grade}");
            }
        }
        assert!(matches!(
            resolve(
                RateChoice::Industry {
                    class: 3,
                    grade: 90
                },
                day("2025-06-01")
            ),
            Err(Problem::Field(Field::Grade, _))
        ));
        assert!(matches!(
            resolve(
                RateChoice::Industry {
                    class: 9,
                    grade: 100
                },
                day("2025-06-01")
            ),
            Err(Problem::Field(Field::Class, _))
        ));
    }

    #[test]
    fn temporary_cut_periods_show_the_possible_rates() {
        // 2023-06-01 lies in the 2023-05-01 → 2024-12-31 national cut; Changzhou's tier is unknown.
        let r = resolve(
            RateChoice::Industry {
                class: 4,
                grade: 100,
            },
            day("2023-06-01"),
        )
        .unwrap();
        assert_eq!(r.percent, d("0.9"));
        let alts: Vec<Decimal> = r.alternatives.iter().map(|a| a.1).collect();
        assert_eq!(alts, vec![d("0.72"), d("0.45")]);
        assert!(r.notes.iter().any(|n| n.unverified));
        // 2025: no cut found, so no alternatives, but the note says so.
        let r = resolve(
            RateChoice::Industry {
                class: 4,
                grade: 100,
            },
            day("2025-06-01"),
        )
        .unwrap();
        assert!(r.alternatives.is_empty());
    }

    #[test]
    fn notice_rate_checks_the_range() {
        assert_eq!(
            resolve(RateChoice::Notice(d("0.45")), day("2025-06-01"))
                .unwrap()
                .percent,
            d("0.45")
        );
        assert!(matches!(
            resolve(RateChoice::Notice(d("0")), day("2025-06-01")),
            Err(Problem::Field(Field::Rate, _))
        ));
        assert!(matches!(
            resolve(RateChoice::Notice(d("2.86")), day("2025-06-01")),
            Err(Problem::Field(Field::Rate, _))
        ));
        assert!(resolve(RateChoice::Notice(d("2.85")), day("2025-06-01")).is_ok());
        let low = resolve(RateChoice::Notice(d("0.1")), day("2023-06-01")).unwrap();
        assert_eq!(low.notes.len(), 1);
    }

    #[test]
    fn dates_before_the_data_are_refused_and_later_dates_answer() {
        let err = resolve(
            RateChoice::Industry {
                class: 4,
                grade: 100,
            },
            day("2015-01-01"),
        )
        .unwrap_err();
        assert!(
            matches!(
                err,
                Problem::Policy(gongshang::policy::PolicyError::BeforeData { .. })
            ),
            "{err:?}"
        );
        // Class rates, grades and the floor have no end date: they stay in force.
        assert!(resolve(RateChoice::Notice(d("0.4")), day("2027-01-01")).is_ok());
        let later = resolve(
            RateChoice::Industry {
                class: 4,
                grade: 100,
            },
            day("2029-03-01"),
        )
        .unwrap();
        assert_eq!(later.percent, d("0.9"));
    }
}

mod base {
    use crate::common::{d, day, listed};
    use gongshang::policy::{Param, PolicyError, Value, BASE_CEILING, BASE_FLOOR};
    use gongshang::premium::base::*;
    use gongshang::premium::{Field, Problem};
    use rust_decimal::Decimal;

    #[test]
    fn each_year_has_its_own_limits() {
        let cases = [
            ("2021-12-31", "3800", "20586"),
            ("2022-01-01", "4250", "21821"),
            ("2022-12-31", "4250", "21821"),
            ("2023-01-01", "4494", "24042"),
            ("2024-06-30", "4879", "24396"),
            ("2025-01-01", "4952", "24762"),
            ("2026-12-31", "4952", "24762"),
        ];
        for (date, floor, ceiling) in cases {
            let l = limits(day(date), None, None).unwrap();
            assert_eq!((l.floor, l.ceiling), (d(floor), d(ceiling)), "{date}");
        }
    }

    #[test]
    fn provisional_2026_is_flagged_for_checking() {
        let l = limits(day("2026-03-01"), None, None).unwrap();
        assert!(l.steps.iter().all(|s| s.basis.needs_checking()));
        let l = limits(day("2024-03-01"), None, None).unwrap();
        assert!(l.steps.iter().all(|s| !s.basis.needs_checking()));
    }

    /// A provisional year's figures (published ones not yet seen) give way to the office's
    /// figures the user types, marked as the user's: the page offers the fields for them.
    #[test]
    fn a_typed_floor_and_ceiling_replace_a_provisional_year() {
        let provisional = BASE_FLOOR
            .values
            .iter()
            .find(|v| v.provisional)
            .expect("a provisional year in the data");
        let on = provisional.from;
        assert!(open_to_user(&BASE_FLOOR.at(on).unwrap()));
        let Value::Number(floor) = provisional.value else {
            panic!("{:?}", provisional.value)
        };
        let (typed_floor, typed_ceiling) = (floor + Decimal::ONE, floor * Decimal::TEN);
        let typed = limits(on, Some(typed_floor), Some(typed_ceiling)).unwrap();
        assert_eq!((typed.floor, typed.ceiling), (typed_floor, typed_ceiling));
        assert!(typed
            .steps
            .iter()
            .all(|s| matches!(s.basis, gongshang::working::Basis::User("您填写的数值"))));
    }

    #[test]
    fn first_half_of_2021_asks_the_user() {
        assert!(matches!(
            limits(day("2021-06-30"), None, None),
            Err(Problem::NeedsFigure(Field::Floor, _))
        ));
        assert!(matches!(
            limits(day("2021-06-30"), Some(d("3500")), None),
            Err(Problem::NeedsFigure(Field::Ceiling, _))
        ));
        let l = limits(day("2021-06-30"), Some(d("3500")), Some(d("19000"))).unwrap();
        assert_eq!((l.floor, l.ceiling), (d("3500"), d("19000")));
        assert!(matches!(
            limits(day("2021-06-30"), Some(d("9000")), Some(d("5000"))),
            Err(Problem::Field(Field::Ceiling, _))
        ));
        // A figure we have is not overridden by the user's.
        assert_eq!(
            limits(day("2025-06-30"), Some(d("1")), Some(d("2")))
                .unwrap()
                .floor,
            d("4952")
        );
    }

    #[test]
    fn before_the_data_is_an_error_and_after_it_the_last_year_is_carried() {
        assert!(matches!(
            limits(day("2020-12-31"), None, None),
            Err(Problem::Policy(PolicyError::BeforeData { .. }))
        ));
        // The day after the last year the limits were published for (2027-01-01 while the data
        // ends with 2026's 4,952 / 24,762): the last figures are carried forward, 待核实.
        let after = BASE_FLOOR
            .values
            .iter()
            .filter_map(|v| v.to)
            .max()
            .unwrap()
            .add_days(1);
        let last = |p: &Param| match p.values.last().unwrap().value {
            Value::Number(n) => n,
            ref other => panic!("{other:?}"),
        };
        let carried = limits(after, None, None).unwrap();
        assert_eq!(
            (carried.floor, carried.ceiling),
            (last(&BASE_FLOOR), last(&BASE_CEILING))
        );
        assert!(carried.steps.iter().all(|s| s.basis.needs_checking()));
        // The published figure, typed in, replaces the carried one.
        let typed = limits(after, Some(d("5100")), Some(d("25500"))).unwrap();
        assert_eq!((typed.floor, typed.ceiling), (d("5100"), d("25500")));
        // Within its own year the figure stands, and a typed one does not replace it.
        let own = limits(day("2025-06-01"), Some(d("1")), Some(d("2"))).unwrap();
        assert_eq!(own.floor, d("4952"));
    }

    #[test]
    fn clamps_at_the_edges() {
        let l = limits(day("2025-06-01"), None, None).unwrap();
        let r = roster(
            &listed(&[
                d("4951.99"),
                d("4952"),
                d("10000"),
                d("24762"),
                d("24762.01"),
                d("0"),
            ]),
            &l,
        );
        let bases: Vec<Decimal> = r.rows.iter().map(|r| r.base).collect();
        assert_eq!(
            bases,
            vec![
                d("4952"),
                d("4952"),
                d("10000"),
                d("24762"),
                d("24762"),
                d("4952")
            ]
        );
        assert_eq!((r.raised, r.cut), (2, 1));
        assert_eq!(r.total_base, d("74380"));
    }
}

mod floating {
    use crate::common::day;
    use gongshang::choice::YesNo;
    use gongshang::policy::{PolicyError, FLOAT_CYCLES};
    use gongshang::premium::floating::*;
    use gongshang::premium::Problem;

    fn ind(payout: &str, incidence: &str, flags: &[(&str, Answer)]) -> Indicators {
        Indicators {
            payout: payout.parse().unwrap(),
            incidence: incidence.parse().unwrap(),
            flags: flags.iter().map(|(f, a)| (f.to_string(), *a)).collect(),
        }
    }
    const YES: Answer = Answer::Is(YesNo::Yes);
    const NO: Answer = Answer::Is(YesNo::No);

    fn grades(date: &str, class: u8, i: &Indicators) -> Vec<u16> {
        estimate(day(date), class, i).unwrap().grades
    }

    const CLEAN_2025: &[(&str, Answer)] = &[
        ("new_enrollee", NO),
        ("blacklisted", NO),
        ("clean_previous", NO),
    ];

    #[test]
    fn cycle_2025_thresholds() {
        assert_eq!(
            grades("2025-06-01", 4, &ind("0", "0", CLEAN_2025)),
            vec![80]
        );
        assert_eq!(
            grades(
                "2025-06-01",
                4,
                &ind(
                    "0",
                    "0",
                    &[
                        ("new_enrollee", NO),
                        ("blacklisted", NO),
                        ("clean_previous", YES)
                    ]
                )
            ),
            vec![50]
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("30", "0.5", CLEAN_2025)),
            vec![100]
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("50", "1", CLEAN_2025)),
            vec![100],
            "both bounds are inclusive"
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("50.01", "0", CLEAN_2025)),
            vec![120]
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("0", "1.5", CLEAN_2025)),
            vec![120]
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("100", "3", CLEAN_2025)),
            vec![120]
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("100.5", "0", CLEAN_2025)),
            vec![150]
        );
        assert_eq!(
            grades("2025-06-01", 4, &ind("0", "3.1", CLEAN_2025)),
            vec![150]
        );
    }

    #[test]
    fn new_enrollees_and_blacklisted_units_do_not_float_down() {
        assert_eq!(
            grades("2025-06-01", 4, &ind("0", "0", &[("new_enrollee", YES)])),
            vec![100]
        );
        assert_eq!(
            grades(
                "2025-06-01",
                4,
                &ind(
                    "0",
                    "0",
                    &[
                        ("new_enrollee", NO),
                        ("blacklisted", YES),
                        ("clean_previous", YES)
                    ]
                )
            ),
            vec![100]
        );
        // Blacklisting does not stop an up-float.
        assert_eq!(
            grades(
                "2025-06-01",
                4,
                &ind("200", "0", &[("new_enrollee", NO), ("blacklisted", YES)])
            ),
            vec![150]
        );
    }

    #[test]
    fn unsure_answers_give_a_range() {
        let e = estimate(
            day("2025-06-01"),
            4,
            &ind("0", "0", &[("new_enrollee", NO), ("blacklisted", NO)]),
        )
        .unwrap();
        assert_eq!(e.grades, vec![50, 80]);
        assert_eq!(
            grades("2025-06-01", 4, &ind("0", "0", &[])),
            vec![50, 80, 100]
        );
    }

    #[test]
    fn class_one_stays_at_or_above_100() {
        assert_eq!(
            grades(
                "2025-06-01",
                1,
                &ind(
                    "0",
                    "0",
                    &[
                        ("new_enrollee", NO),
                        ("blacklisted", NO),
                        ("clean_previous", YES)
                    ]
                )
            ),
            vec![100]
        );
        assert_eq!(
            grades("2025-06-01", 1, &ind("120", "0", CLEAN_2025)),
            vec![150]
        );
    }

    #[test]
    fn cycle_2023_has_different_thresholds() {
        let clean = &[
            ("new_enrollee", NO),
            ("blacklisted", NO),
            ("harmonious", NO),
        ];
        // 80 % < payout ≤ 150 % and incidence 0: 120 % needs incidence above 1 % in 2023, so 100 %.
        assert_eq!(grades("2023-06-01", 4, &ind("120", "0", clean)), vec![100]);
        // The same indicators in the 2025 cycle give 150 %.
        assert_eq!(
            grades("2025-06-01", 4, &ind("120", "0", CLEAN_2025)),
            vec![150]
        );
        assert_eq!(grades("2023-06-01", 4, &ind("200", "2", clean)), vec![120]);
        assert_eq!(grades("2023-06-01", 4, &ind("301", "0", clean)), vec![150]);
        assert_eq!(grades("2023-06-01", 4, &ind("0", "0", clean)), vec![80]);
        assert_eq!(
            grades(
                "2023-06-01",
                4,
                &ind(
                    "30",
                    "0",
                    &[
                        ("new_enrollee", NO),
                        ("blacklisted", NO),
                        ("harmonious", YES)
                    ]
                )
            ),
            vec![50]
        );
        assert_eq!(
            grades(
                "2023-06-01",
                4,
                &ind(
                    "0",
                    "0",
                    &[
                        ("new_enrollee", NO),
                        ("blacklisted", YES),
                        ("harmonious", NO)
                    ]
                )
            ),
            vec![150]
        );
    }

    #[test]
    fn cycle_boundary_and_unknown_cycles() {
        // 2024-12-31 is the last day of the 2023 cycle, 2025-01-01 the first of the next.
        let i = ind(
            "120",
            "0",
            &[
                ("new_enrollee", NO),
                ("blacklisted", NO),
                ("harmonious", NO),
                ("clean_previous", NO),
            ],
        );
        assert_eq!(grades("2024-12-31", 4, &i), vec![100]);
        assert_eq!(grades("2025-01-01", 4, &i), vec![150]);
        assert!(matches!(
            estimate(day("2022-06-01"), 4, &i),
            Err(Problem::Policy(PolicyError::NotFound { .. }))
        ));
        // Past the last cycle (2027-01-01 while the data ends with 2025–26) its conditions are
        // carried forward, flagged.
        let after = FLOAT_CYCLES.last().unwrap().to.add_days(1);
        let carried = estimate(after, 4, &i).unwrap();
        assert!(carried.cycle.carried);
        assert_eq!(carried.grades, grades("2025-01-01", 4, &i));
    }
}

mod project {
    use crate::common::{d, day};
    use gongshang::premium::project::*;
    use gongshang::premium::{Field, Problem};
    use rust_decimal::Decimal;

    #[test]
    fn fifty_million_at_each_tier() {
        // Worked by hand: 50,000,000 × 0.9‰ / 1.5‰ / 2.5‰ / 3‰.
        let q = quote(day("2025-03-01"), d("50000000"), None, None).unwrap();
        let amounts: Vec<Decimal> = q.options.iter().map(|o| o.amount).collect();
        assert_eq!(
            amounts,
            vec![d("45000"), d("75000"), d("125000"), d("150000")]
        );
        let q = quote(day("2025-03-01"), d("50000000"), Some(2), None).unwrap();
        assert_eq!(q.options.len(), 1);
        assert_eq!(q.options[0].amount, d("75000"));
    }

    #[test]
    fn tier_boundary_and_missing_data() {
        assert!(quote(day("2023-11-22"), d("1000000"), Some(4), None).is_ok());
        assert!(matches!(
            quote(day("2023-11-21"), d("1000000"), Some(4), None),
            Err(Problem::NeedsFigure(Field::ProjectRate, _))
        ));
        let q = quote(day("2023-11-21"), d("1000000"), None, Some(d("2"))).unwrap();
        assert_eq!(q.options[0].amount, d("2000"));
        assert!(matches!(
            quote(day("2025-01-01"), d("1000000"), Some(5), None),
            Err(Problem::Field(Field::Tier, _))
        ));
        assert!(matches!(
            quote(day("2025-01-01"), d("0"), None, None),
            Err(Problem::Field(Field::Price, _))
        ));
        assert!(matches!(
            quote(day("2020-12-31"), d("1000000"), None, None),
            Err(Problem::Policy(_))
        ));
        // The 2023 tiers have no end date: they still answer years later.
        assert!(quote(day("2029-01-01"), d("1000000"), None, None).is_ok());
    }
}

mod late {
    use crate::common::{d, day};
    use gongshang::premium::late::*;
    use gongshang::premium::{Field, Problem};

    #[test]
    fn worked_examples() {
        // 10,000 × 0.05 % × 30 = 150.00, by hand.
        let a = assess(day("2025-06-01"), d("10000"), 30).unwrap();
        assert_eq!(a.late_fee, (d("150"), d("150")));
        assert_eq!(a.total_due, (d("10150"), d("10150")));
        assert!(a.notes.is_empty());
        assert_eq!(a.arrears_fine, (d("10000"), d("30000")));
        assert!(
            !a.steps
                .iter()
                .any(|s| s.label.contains("未办理社会保险登记")),
            "a unit with arrears has registered"
        );
        // 3,333.33 × 0.0005 × 7 = 11.6666… → 11.67 (half up on the total).
        assert_eq!(
            assess(day("2025-06-01"), d("3333.33"), 7).unwrap().late_fee,
            (d("11.67"), d("11.67"))
        );
        assert_eq!(
            assess(day("2025-06-01"), d("100"), 0).unwrap().late_fee,
            (d("0"), d("0"))
        );
    }

    #[test]
    fn a_fee_above_the_arrears_is_a_range_from_the_arrears() {
        // 10,000 × 0.05 % × 2,500 days = 12,500.00, more than the 10,000 owed. Capped at the
        // sum owed (行政强制法第四十五条第二款, disputed for this fee) it is 10,000.00.
        let a = assess(day("2025-06-01"), d("10000"), 2500).unwrap();
        assert_eq!(a.late_fee, (d("10000"), d("12500")));
        assert_eq!(a.total_due, (d("20000"), d("22500")));
        assert!(a.notes.iter().any(|n| n.unverified));
        // Exactly the sum owed (2,000 days) is one figure.
        assert_eq!(
            assess(day("2025-06-01"), d("10000"), 2000)
                .unwrap()
                .late_fee,
            (d("10000"), d("10000"))
        );
    }

    #[test]
    fn refuses_zero_arrears_and_dates_before_the_law() {
        assert!(matches!(
            assess(day("2025-06-01"), d("0"), 3),
            Err(Problem::Field(Field::Arrears, _))
        ));
        assert!(assess(day("2029-01-01"), d("1"), 3).is_ok());
        assert!(matches!(
            assess(day("2011-06-30"), d("1"), 3),
            Err(Problem::Policy(_))
        ));
    }
}

mod back_pay {
    use crate::common::{d, day, listed};
    use gongshang::date::YearMonth;
    use gongshang::policy::LATE_FEE_DAILY_RATE;
    use gongshang::premium::back_pay::*;
    use gongshang::premium::estimate::{Calculation, OwnLimits, Period};
    use gongshang::premium::rate::RateChoice;
    use gongshang::premium::{Field, Problem};
    use rust_decimal::Decimal;

    fn payroll(monthly: &str) -> Calculation {
        Calculation::Payroll {
            rate: RateChoice::Notice(d("0.5")),
            payroll: d(monthly),
            period: Period::Month,
            headcount: None,
        }
    }

    fn owed(from: &str, months: u32, first_due: Option<&str>) -> Owed {
        Owed {
            from: YearMonth::parse(from).unwrap(),
            months,
            first_due: first_due.map(day),
        }
    }

    /// The daily rate as a fraction, from `policy/`.
    fn daily(on: &str) -> Decimal {
        LATE_FEE_DAILY_RATE.number(day(on)).unwrap().0 / Decimal::from(100)
    }

    #[test]
    fn known_due_dates_give_one_figure() {
        // 100,000 a month at 0.5 % = 500.00 a month, January to March 2025, due on the
        // 15th, paid on 1 June: 137 + 106 + 78 = 321 days late in all
        // (01-15→06-01: 16 + 28 + 31 + 30 + 31 + 1 = 137; 02-15→06-01: 137 − 31 = 106;
        // 03-15→06-01: 106 − 28 = 78). 500 × 0.05 % × 321 = 80.25.
        let b = assess(
            day("2025-06-01"),
            &payroll("100000"),
            owed("2025-01", 3, Some("2025-01-15")),
        )
        .unwrap();
        assert_eq!(b.premiums, d("1500"));
        assert_eq!(
            b.months.iter().map(|m| m.days.0).collect::<Vec<_>>(),
            [137, 106, 78]
        );
        let fee = d("500") * daily("2025-06-01") * Decimal::from(321);
        assert_eq!(fee, d("80.25"));
        assert_eq!(b.late_fee, (fee, fee));
        assert_eq!(b.total, (d("1580.25"), d("1580.25")));
        assert_eq!(b.fine, (d("1500"), d("4500")));
        assert!(b.due_known);
    }

    #[test]
    fn unknown_due_dates_give_a_range_from_the_1st_to_the_end_of_the_next_month() {
        // Each month due between its 1st and the last day of the month after:
        // January 01-01 (151 days to 06-01) … 02-28 (93); February 02-01 (120) … 03-31 (62);
        // March 03-01 (92) … 04-30 (32). Low 93 + 62 + 32 = 187 days, high 151 + 120 + 92 = 363.
        let b = assess(
            day("2025-06-01"),
            &payroll("100000"),
            owed("2025-01", 3, None),
        )
        .unwrap();
        let per_day = d("500") * daily("2025-06-01");
        assert_eq!(
            b.late_fee,
            (per_day * Decimal::from(187), per_day * Decimal::from(363))
        );
        assert_eq!(b.late_fee, (d("46.75"), d("90.75")));
        assert_eq!(b.months[0].due, (day("2025-01-01"), day("2025-02-28")));
        assert!(!b.due_known);
        assert!(b.notes.iter().any(|n| n.unverified), "the range is 待核实");
    }

    #[test]
    fn each_month_is_priced_at_its_own_floor() {
        // Two people on 3,000 a month, below both floors, at 0.5 %: November and December
        // 2024 at the 2024 floor, 2 × 4,879 × 0.5 % = 48.79; January and February 2025 at
        // the 2025 floor, 2 × 4,952 × 0.5 % = 49.52. Premiums 2 × 48.79 + 2 × 49.52 = 196.62.
        // Due on 11-30, 12-30, 01-30 and 02-28 (the 30th held to February's end); paid on
        // 2025-03-31: 121, 91, 60 and 31 days. Fee 48.79 × 0.05 % × 212 = 5.17174, plus
        // 49.52 × 0.05 % × 91 = 2.25316: 7.4249, rounded once to 7.42.
        let calc = Calculation::Employees {
            rate: RateChoice::Notice(d("0.5")),
            wages: listed(&[d("3000"), d("3000")]),
            own: OwnLimits::default(),
        };
        let b = assess(
            day("2025-03-31"),
            &calc,
            owed("2024-11", 4, Some("2024-11-30")),
        )
        .unwrap();
        assert_eq!(
            b.months.iter().map(|m| m.premium).collect::<Vec<_>>(),
            [d("48.79"), d("48.79"), d("49.52"), d("49.52")]
        );
        assert_eq!(
            b.months.iter().map(|m| m.days.0).collect::<Vec<_>>(),
            [121, 91, 60, 31]
        );
        assert_eq!(b.premiums, d("196.62"));
        assert_eq!(b.late_fee, (d("7.42"), d("7.42")));
        assert_eq!(b.total.0, d("204.04"));
    }

    #[test]
    fn a_carried_figure_marks_the_back_pay_for_checking() {
        // 2026's floor is provisional in the data: a month of 2026 owed is 待核实.
        let calc = Calculation::Employees {
            rate: RateChoice::Notice(d("0.5")),
            wages: listed(&[d("3000")]),
            own: OwnLimits::default(),
        };
        let b = assess(day("2026-06-01"), &calc, owed("2026-01", 2, None)).unwrap();
        assert!(b.unsettled && b.months.iter().all(|m| m.unsettled));
        let b = assess(
            day("2025-06-01"),
            &payroll("1000"),
            owed("2025-01", 2, None),
        )
        .unwrap();
        assert!(!b.unsettled);
    }

    #[test]
    fn a_month_whose_fee_passes_its_premium_is_capped_at_the_premium_at_the_low_end() {
        // 1,000 a month at 0.5 % = 5.00 for July 2021, due 2021-07-15, paid 2027-07-15:
        // six years, one of them with 29 February (2024), 6 × 365 + 1 = 2,191 days.
        // 5 × 0.05 % × 2,191 = 5.4775 → 5.48 as the daily rate gives it; capped at the
        // month's premium, 5.00.
        let b = assess(
            day("2027-07-15"),
            &payroll("1000"),
            owed("2021-07", 1, Some("2021-07-15")),
        )
        .unwrap();
        assert_eq!(b.months[0].days, (2191, 2191));
        assert_eq!(b.late_fee, (d("5"), d("5.48")));
        assert_eq!(b.total, (d("10"), d("10.48")));
        assert!(b.notes.iter().any(|n| n.text.contains("第四十五条第二款")));
    }

    #[test]
    fn refuses_what_cannot_be_owed_by_the_month() {
        let project = Calculation::Project {
            price: d("1000000"),
            tier: None,
            own_rate: None,
        };
        let refused = |r: Result<BackPay, Problem>, field: Field| {
            assert!(
                matches!(r, Err(Problem::Field(f, _)) if f == field),
                "{field:?}: {:?}",
                r.err()
            )
        };
        refused(
            assess(day("2025-06-01"), &project, owed("2025-01", 2, None)),
            Field::OwedMonths,
        );
        // A month after the day of payment cannot be owed yet (June and July, paid in June).
        refused(
            assess(
                day("2025-06-01"),
                &payroll("1000"),
                owed("2025-06", 2, None),
            ),
            Field::OwedMonths,
        );
        refused(
            assess(
                day("2025-06-01"),
                &payroll("1000"),
                owed("2025-05", 0, None),
            ),
            Field::OwedMonths,
        );
        // A month's premium is not due before the month begins.
        refused(
            assess(
                day("2025-06-01"),
                &payroll("1000"),
                owed("2025-03", 2, Some("2025-02-15")),
            ),
            Field::FirstDue,
        );
        // Paid before a month's due date: no fee for it.
        let b = assess(
            day("2025-06-01"),
            &payroll("1000"),
            owed("2025-06", 1, Some("2025-06-15")),
        )
        .unwrap();
        assert_eq!(b.late_fee, (d("0"), d("0")));
    }
}

mod estimate {
    use crate::common::{d, day, listed};
    use gongshang::premium::estimate::*;
    use gongshang::premium::rate::RateChoice;
    use gongshang::premium::{Field, Problem};
    use gongshang::working::Basis;
    use rust_decimal::Decimal;

    fn recurring(e: &Estimate) -> (Decimal, Decimal) {
        match e.amounts {
            Amounts::Recurring { monthly, total, .. } => (monthly, total),
            ref other => panic!("{other:?}"),
        }
    }
    const NOTICE_045: RateChoice = RateChoice::Notice(Decimal::from_parts(45, 0, 0, false, 2));

    #[test]
    fn payroll_mode_month_and_year() {
        // 1,200,000 a month × 0.45 % = 5,400.00; × 12 = 64,800.00.
        let e = estimate(
            day("2025-06-01"),
            &Calculation::Payroll {
                rate: NOTICE_045,
                payroll: d("1200000"),
                period: Period::Month,
                headcount: None,
            },
        )
        .unwrap();
        assert_eq!(recurring(&e), (d("5400"), d("64800")));
        // 1,000,000 a year × 0.45 % = 4,500.00; ÷ 12 = 375.00.
        let e = estimate(
            day("2025-06-01"),
            &Calculation::Payroll {
                rate: NOTICE_045,
                payroll: d("1000000"),
                period: Period::Year,
                headcount: None,
            },
        )
        .unwrap();
        assert_eq!(recurring(&e), (d("375"), d("4500")));
        // 123,457 a year × 0.45 % = 555.5565 → 555.56; ÷ 12 = 46.29637… → 46.30.
        let e = estimate(
            day("2025-06-01"),
            &Calculation::Payroll {
                rate: NOTICE_045,
                payroll: d("123457"),
                period: Period::Year,
                headcount: None,
            },
        )
        .unwrap();
        assert_eq!(recurring(&e), (d("46.30"), d("555.56")));
    }

    #[test]
    fn employees_mode_clamps_then_sums() {
        // 2025: floor 4,952, ceiling 24,762. Wages 3,000 / 8,000 / 30,000 → 4,952 + 8,000 + 24,762 = 37,714.
        // Class 4 at 100 % = 0.9 % → 339.426 → 339.43 a month; × 12 = 4,073.112 → 4,073.11.
        let calc = Calculation::Employees {
            rate: RateChoice::Industry {
                class: 4,
                grade: 100,
            },
            wages: listed(&[d("3000"), d("8000"), d("30000")]),
            own: OwnLimits::default(),
        };
        let e = estimate(day("2025-06-01"), &calc).unwrap();
        assert_eq!(recurring(&e), (d("339.43"), d("4073.11")));
        let r = e.roster.unwrap();
        assert_eq!((r.total_base, r.raised, r.cut), (d("37714"), 1, 1));
        // The same wages under 2022's limits (4,250 / 21,821): 4,250 + 8,000 + 21,821 = 34,071 × 0.9 % = 306.639 → 306.64.
        let e = estimate(day("2022-01-01"), &calc).unwrap();
        assert_eq!(recurring(&e).0, d("306.64"));
        // And on 2021-12-31 (3,800 / 20,586): 3,800 + 8,000 + 20,586 = 32,386 × 0.9 % = 291.474 → 291.47.
        let e = estimate(day("2021-12-31"), &calc).unwrap();
        assert_eq!(recurring(&e).0, d("291.47"));
    }

    #[test]
    fn employees_mode_needs_at_least_one_wage() {
        let calc = Calculation::Employees {
            rate: NOTICE_045,
            wages: vec![],
            own: OwnLimits::default(),
        };
        assert!(matches!(
            estimate(day("2025-06-01"), &calc),
            Err(Problem::Field(Field::Wages, _))
        ));
    }

    #[test]
    fn intern_pays_once_for_the_placement() {
        // 3,000 a month is below the 2025 floor, so 4,952 × 6 months × 0.45 % = 133.704 → 133.70.
        let calc = Calculation::Intern {
            rate: NOTICE_045,
            monthly_pay: d("3000"),
            months: 6,
            own: OwnLimits::default(),
        };
        let e = estimate(day("2025-06-01"), &calc).unwrap();
        assert_eq!(
            e.amounts,
            Amounts::OneOff {
                amount: d("133.70"),
                what: "按实习协议期一次性缴纳"
            }
        );
        assert!(e.steps.iter().any(|s| s.value.contains("低于下限")));
        // Before 2021-02-01 there was no single-item route.
        assert!(matches!(
            estimate(day("2021-01-31"), &calc),
            Err(Problem::Field(Field::Mode, _))
        ));
    }

    #[test]
    fn overage_pays_monthly_and_becomes_mandatory() {
        // 6,000 a month (within limits) × 0.45 % = 27.00 a month; 12 months = 324.00.
        let calc = Calculation::Overage {
            rate: NOTICE_045,
            monthly_pay: d("6000"),
            months: 12,
            own: OwnLimits::default(),
        };
        let e = estimate(day("2026-06-30"), &calc).unwrap();
        assert_eq!(recurring(&e), (d("27"), d("324")));
        assert!(e.steps.iter().any(|s| s.value == "自愿单项参保"));
        let e = estimate(day("2026-07-01"), &calc).unwrap();
        assert!(e.steps.iter().any(|s| s.value == "应当参保"));
        assert!(e.notes.iter().any(|n| n.text.contains("第56号")));
        // 30,000 a month is cut to the ceiling: 24,762 × 0.45 % = 111.429 → 111.43.
        let calc = Calculation::Overage {
            rate: NOTICE_045,
            monthly_pay: d("30000"),
            months: 1,
            own: OwnLimits::default(),
        };
        assert_eq!(
            recurring(&estimate(day("2025-06-01"), &calc).unwrap()),
            (d("111.43"), d("111.43"))
        );
    }

    #[test]
    fn project_with_and_without_tier() {
        let e = estimate(
            day("2025-06-01"),
            &Calculation::Project {
                price: d("12345678"),
                tier: Some(3),
                own_rate: None,
            },
        )
        .unwrap();
        // 12,345,678 × 2.5‰ = 30,864.195 → 30,864.20.
        assert_eq!(
            e.amounts,
            Amounts::OneOff {
                amount: d("30864.20"),
                what: "项目一次性缴纳"
            }
        );
        let e = estimate(
            day("2025-06-01"),
            &Calculation::Project {
                price: d("12345678"),
                tier: None,
                own_rate: None,
            },
        )
        .unwrap();
        match e.amounts {
            Amounts::Choices(c) => assert_eq!(
                c.iter().map(|o| o.amount).collect::<Vec<_>>(),
                vec![d("11111.11"), d("18518.52"), d("30864.20"), d("37037.03")]
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn employee_share_is_always_zero_and_cited() {
        let e = estimate(
            day("2025-06-01"),
            &Calculation::Payroll {
                rate: NOTICE_045,
                payroll: d("1"),
                period: Period::Month,
                headcount: None,
            },
        )
        .unwrap();
        assert!(e.employee_share.value.starts_with("0.00 元"));
        match &e.employee_share.basis {
            Basis::Param(_, v) => assert!(v
                .citations
                .iter()
                .any(|c| c.to_string().contains("第三十三条"))),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn temporary_cut_alternatives_reach_the_result() {
        // 2023-06-01, class 4 at 100 %: 0.9 % unless Changzhou cut it; 100,000 a month → 900, 720 or 450.
        let calc = Calculation::Payroll {
            rate: RateChoice::Industry {
                class: 4,
                grade: 100,
            },
            payroll: d("100000"),
            period: Period::Month,
            headcount: None,
        };
        let e = estimate(day("2023-06-01"), &calc).unwrap();
        assert_eq!(recurring(&e).0, d("900"));
        assert_eq!(
            e.alternatives.iter().map(|a| a.1).collect::<Vec<_>>(),
            vec![d("720"), d("450")]
        );
    }

    #[test]
    fn payroll_with_a_head_count_says_when_the_average_is_below_the_floor() {
        // The restaurant: 11,500 a month for 3 people at 0.4 % is 46.00 a month, but
        // the average 3,833.33 is below the 2025 floor of 4,952, so per person it is at
        // least 3 × 4,952 × 0.4 % = 59.424 → 59.42.
        let calc = Calculation::Payroll {
            rate: RateChoice::Notice(d("0.4")),
            payroll: d("11500"),
            period: Period::Month,
            headcount: Some(3),
        };
        let e = estimate(day("2025-06-01"), &calc).unwrap();
        assert_eq!(recurring(&e).0, d("46"));
        assert!(e.steps.iter().any(|s| s.value.contains("3,833.33 元")));
        let note = e
            .notes
            .iter()
            .find(|n| n.text.contains("低于缴费工资基数下限"))
            .expect("a floor note");
        assert!(
            note.text.contains("4,952.00 元") && note.text.contains("59.42 元"),
            "{}",
            note.text
        );
        // Without the head count, nothing is compared.
        let calc = Calculation::Payroll {
            rate: RateChoice::Notice(d("0.4")),
            payroll: d("11500"),
            period: Period::Month,
            headcount: None,
        };
        let e = estimate(day("2025-06-01"), &calc).unwrap();
        assert!(!e.notes.iter().any(|n| n.text.contains("下限")));
    }

    #[test]
    fn the_roster_downloads_as_csv_excel_reads() {
        let calc = Calculation::Employees {
            rate: RateChoice::Notice(d("0.5")),
            wages: listed(&[d("3000"), d("8000.5"), d("30000")]),
            own: Default::default(),
        };
        let e = estimate(day("2025-06-01"), &calc).unwrap();
        let csv = e.roster.expect("a roster").csv();
        // BOM, CRLF, plain amounts; 3,000 raised to 4,952 and 30,000 cut to 24,762 (2025).
        assert_eq!(
            csv,
            "\u{feff}行,月工资,缴费基数,说明\r\n1,3000.00,4952.00,低于下限，按下限计\r\n2,8000.50,8000.50,\r\n3,30000.00,24762.00,高于上限，按上限计\r\n合计,,37714.50,\r\n"
        );
    }

    #[test]
    fn a_whole_workforce_is_one_estimate() {
        use gongshang::premium::workforce::{People, Workforce};
        // 2025-06-01: floor 4,952, ceiling 24,762, rate 0.5 %.
        // Employees 3,000 (raised to 4,952) + 8,000 = 12,952; over-age 6,000; one dispatched
        // worker on 4,000 (raised to 4,952) insured here: 23,904 × 0.5 % = 119.52 a month.
        // Interns: 3 × 4,952 (3,000 raised) × 6 months × 0.5 % = 445.68 once.
        // Year: 119.52 × 12 + 445.68 = 1,879.92.
        let people = |count, pay: &str| People {
            count,
            monthly_pay: d(pay),
        };
        let mut workforce = Workforce {
            wages: listed(&[d("3000"), d("8000")]),
            interns: Some((people(3, "3000"), 6)),
            overage: Some(people(1, "6000")),
            dispatched: Some((people(1, "4000"), true)),
        };
        let calc = |workforce: Workforce| Calculation::Workforce {
            rate: RateChoice::Notice(d("0.5")),
            workforce,
            own: Default::default(),
        };
        let e = estimate(day("2025-06-01"), &calc(workforce.clone())).unwrap();
        assert_eq!(
            e.amounts,
            Amounts::Mixed {
                monthly: d("119.52"),
                once: d("445.68"),
                year: d("1879.92")
            }
        );
        assert!(e.notes.iter().any(|n| n.text.contains("第十八条")));
        // The agency insures its own: 18,952 × 0.5 % = 94.76, with a note saying so.
        workforce.dispatched = Some((people(1, "4000"), false));
        let e = estimate(day("2025-06-01"), &calc(workforce)).unwrap();
        assert!(matches!(e.amounts, Amounts::Mixed { monthly, .. } if monthly == d("94.76")));
        assert!(e
            .notes
            .iter()
            .any(|n| n.text.contains("由派遣单位参保缴费")));
        // Nobody at all is a message, not a zero.
        let err = estimate(day("2025-06-01"), &calc(Workforce::default())).unwrap_err();
        assert!(matches!(err, Problem::Field(Field::Wages, _)));
    }
}

mod single_item {
    use gongshang::policy::{State, SINGLE_ITEM_BASE};
    use gongshang::premium::single_item::*;

    /// Interns' and over-age workers' pay follows one rule, the one the working cites
    /// (`single_item_base`, with its source and confidence): where it holds the pay to the
    /// floor and ceiling, no note says actual pay is used, and the note is 待核实 as its
    /// source is.
    #[test]
    fn the_pay_rule_is_stated_once_with_its_source() {
        for v in SINGLE_ITEM_BASE.values {
            let Ok((State::Clamp, dated)) = SINGLE_ITEM_BASE.state(v.from) else {
                continue;
            };
            for group in [Group::Intern, Group::Overage] {
                let t = terms(group, v.from).unwrap();
                assert!(t.clamped);
                let pay: Vec<_> = t
                    .notes
                    .iter()
                    .filter(|n| n.text.contains("缴费工资"))
                    .collect();
                assert_eq!(pay.len(), 1, "{group:?}: {:?}", t.notes);
                assert!(pay[0].text.contains("下限") && !pay[0].text.contains("以实际工资"));
                assert_eq!(pay[0].unverified, dated.needs_checking(), "{group:?}");
            }
        }
    }
}
