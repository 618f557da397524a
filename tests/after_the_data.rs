//! Each tool keeps answering two years after the newest period in the data: standing
//! rules stay in force, a year's figures are carried forward as 待核实 with what to
//! ask, and working days are counted on weekends with a warning. (Issue: the app must
//! not stop answering on 1 January.)

mod common;
use common::{answers, d};
use gongshang::date::Date;
use gongshang::format::round_fen;
use gongshang::link::{parse_query, split_common};
use gongshang::policy::{BASE_CEILING, BASE_FLOOR, FLOAT_CYCLES};
use gongshang::premium::estimate::Amounts;
use gongshang::premium::form::PremiumForm;
use gongshang::premium::Field;
use gongshang::working::Basis;

/// Two years past the end of the newest period any figure was published for.
fn later() -> Date {
    let newest = BASE_FLOOR
        .values
        .iter()
        .filter_map(|v| v.to)
        .chain(FLOAT_CYCLES.iter().map(|c| c.to))
        .max()
        .unwrap();
    Date::new(newest.year() + 2, 6, 15).unwrap()
}

fn premium(query: &str) -> gongshang::premium::form::Outcome {
    let (form, notes) = PremiumForm::from_pairs(&split_common(parse_query(query)).rest);
    assert!(notes.is_empty(), "{notes:?}");
    form.evaluate(later())
}

#[test]
fn the_premium_estimate_answers_with_carried_limits_marked() {
    let o = premium("mode=employees&rate=0.5&wages=3000%0A40000");
    assert!(o.blocked.is_empty(), "{:?}", o.blocked);
    let e = o.estimate.expect("an estimate");
    let carried: Vec<&str> = e
        .steps
        .iter()
        .filter(|s| matches!(&s.basis, Basis::Param(_, v) if v.carried))
        .map(|s| s.label.as_str())
        .collect();
    assert!(carried.contains(&"月缴费工资基数下限"), "{carried:?}");
    assert!(carried.contains(&"月缴费工资基数上限"), "{carried:?}");
    assert!(e
        .steps
        .iter()
        .all(|s| !matches!(&s.basis, Basis::Param(_, v) if v.carried) || s.basis.needs_checking()));
    // The 3,000 wage is raised to the carried floor, the 40,000 cut to the carried ceiling:
    // (floor + ceiling) × 0.5 % a month (on the 2026 limits: (4,952 + 24,762) × 0.5 % = 148.57).
    let (floor, _) = BASE_FLOOR.number(later()).unwrap();
    let (ceiling, _) = BASE_CEILING.number(later()).unwrap();
    let expected = round_fen((floor + ceiling) * d("0.005"));
    match e.amounts {
        Amounts::Recurring { monthly, .. } => assert_eq!(monthly, expected),
        other => panic!("{other:?}"),
    }
    // The employee's share is a standing rule, not carried.
    assert!(!matches!(&e.employee_share.basis, Basis::Param(_, v) if v.carried));
}

#[test]
fn a_published_figure_typed_over_a_carried_one_is_used() {
    let o = premium("mode=employees&rate=0.5&wages=3000&floor=5200&ceiling=26000");
    assert!(o.needs(Field::Floor).is_none());
    match o.estimate.expect("an estimate").amounts {
        Amounts::Recurring { monthly, .. } => assert_eq!(monthly, d("26")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_premium_mode_answers() {
    for query in [
        "mode=payroll&class=4&grade=100&payroll=1000000",
        "mode=project&price=10000000&tier=1",
        "mode=intern&rate=0.5&pay=2000&months=6",
        "mode=overage&rate=0.5&pay=5000",
        "mode=payroll&rate=0.5&payroll=100000&arrears=1000&days=30",
    ] {
        let o = premium(query);
        assert!(o.blocked.is_empty(), "{query}: {:?}", o.blocked);
        assert!(o.errors.is_empty(), "{query}: {:?}", o.errors);
        assert!(o.estimate.is_some(), "{query}");
    }
}

#[test]
fn the_grade_helper_carries_the_last_cycle_as_unconfirmed() {
    let o = premium("mode=payroll&class=4&grade=100&payroll=100000&payout=0&incidence=0");
    let estimate = o.grade_estimate.expect("asked").expect("an estimate");
    assert!(estimate.cycle.carried && !estimate.cycle.ask.is_empty());
}

#[test]
fn the_enrollment_check_answers() {
    use gongshang::enroll::rules::{assess, Verdict};
    let a = answers(&[
        ("unit", "sole"),
        ("employees", "yes"),
        ("registered", "no"),
        ("sector", "none"),
        ("people", "regular"),
        ("all_enrolled", "no"),
    ]);
    let o = assess(&a, later());
    assert!(o.problems.is_empty(), "{:?}", o.problems);
    assert_eq!(o.verdict, Verdict::MustEnroll);
}

#[test]
fn the_advance_check_counts_working_days_and_warns() {
    use gongshang::advance::rules::{Advance, Verdict};
    use gongshang::outcome::Rules;
    use gongshang::workdays::add_workdays;
    let applied = later().to_string();
    let a = answers(&[
        ("decision", "yes"),
        ("injury_date", &applied),
        ("third_party", "no"),
        ("site", "no"),
        ("insured", "never"),
        ("back_paid", "no"),
        ("trigger", "refuses"),
        ("applicant", "worker"),
        ("condition", "treating"),
        ("applied_on", &applied),
    ]);
    let o = Advance::assess(&a, later());
    assert_ne!(o.verdict, Verdict::AskOffice);
    // The notice for a year without its holiday notice is the same for every count in it.
    let warning = add_workdays(later(), 3)
        .warning()
        .expect("a year without its notice");
    assert_eq!(warning.year, later().year());
    assert_eq!(
        o.problems
            .iter()
            .filter(|p| **p == warning.to_string())
            .count(),
        1,
        "the notice appears once: {:?}",
        o.problems
    );
    assert!(o.items.iter().any(|i| i.due.is_some()), "{:#?}", o.items);
}
