//! The estimator's links and form: every mode from a deep link to a result,
//! bad input kept with its message, and links that round-trip.

mod common;
use common::d;

use gongshang::date::Date;
use gongshang::link::{parse_query, split_common};
use gongshang::premium::estimate::Amounts;
use gongshang::premium::floating::Answer;
use gongshang::premium::form::{Mode, PremiumForm, RateSource};
use gongshang::premium::Field;
use rust_decimal::Decimal;

fn open(query: &str) -> (PremiumForm, Vec<String>, Date) {
    let common = split_common(parse_query(query));
    let day = Date::parse(common.date.as_deref().unwrap_or("2025-06-01")).unwrap();
    let (form, notes) = PremiumForm::from_pairs(&common.rest);
    let mut all: Vec<String> = common.notes.into_iter().map(|n| n.0).collect();
    all.extend(notes.into_iter().map(|n| n.0));
    (form, all, day)
}

fn monthly_and_total(query: &str) -> (Decimal, Decimal) {
    let (form, notes, day) = open(query);
    assert!(notes.is_empty(), "{notes:?}");
    let outcome = form.evaluate(day);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    match outcome.estimate.expect("an estimate").amounts {
        Amounts::Recurring { monthly, total, .. } => (monthly, total),
        Amounts::OneOff { amount, .. } => (amount, amount),
        other => panic!("{other:?}"),
    }
}

#[test]
fn payroll_link_with_the_issues_money_forms() {
    // 1200万 a year × 0.45 % = 54,000.00; ÷ 12 = 4,500.00.
    for payroll in [
        "1200万",
        "12,000,000",
        "12%20000%20000",
        "12000000%E5%85%83",
        "%EF%BC%91%EF%BC%92%EF%BC%90%EF%BC%90%E4%B8%87",
    ] {
        let q = format!("date=2025-06-01&mode=payroll&rate=0.45&payroll={payroll}&period=year");
        assert_eq!(monthly_and_total(&q), (d("4500"), d("54000")), "{payroll}");
    }
}

#[test]
fn employees_link_clamps_at_the_year_boundary() {
    // 2021-12-31: 3,800 / 20,586; 2022-01-01: 4,250 / 21,821. Rate 1 %.
    let q = |date: &str| format!("date={date}&mode=employees&rate=1&wages=3000,21000");
    // 3,800 + 20,586 = 24,386 × 1 % = 243.86
    assert_eq!(monthly_and_total(&q("2021-12-31")).0, d("243.86"));
    // 4,250 + 21,000 = 25,250 × 1 % = 252.50
    assert_eq!(monthly_and_total(&q("2022-01-01")).0, d("252.50"));
}

#[test]
fn project_link_with_and_without_tier() {
    assert_eq!(
        monthly_and_total("date=2025-06-01&mode=project&price=5000万&tier=4").0,
        d("150000")
    );
    let (form, _, day) = open("date=2025-06-01&mode=project&price=5000万");
    match form.evaluate(day).estimate.unwrap().amounts {
        Amounts::Choices(c) => assert_eq!(c.len(), 4),
        other => panic!("{other:?}"),
    }
}

#[test]
fn intern_and_overage_links() {
    // Intern: 5,000 × 3 months × class 3 at 100 % (0.7 %) = 105.00, once.
    assert_eq!(
        monthly_and_total("date=2025-06-01&mode=intern&class=3&grade=100&pay=5000&months=3").0,
        d("105")
    );
    // Over-age: 6,000 × 0.45 % = 27.00 a month; months omitted = 12.
    assert_eq!(
        monthly_and_total("date=2026-08-01&mode=overage&rate=0.45&pay=6000"),
        (d("27"), d("324"))
    );
}

#[test]
fn late_fee_from_a_link() {
    let (form, _, day) =
        open("date=2025-06-01&mode=payroll&rate=0.45&payroll=100000&arrears=20000&days=45");
    let late = form.evaluate(day).late.unwrap();
    // 20,000 × 0.05 % × 45 = 450.00
    assert_eq!(late.late_fee, (d("450"), d("450")));
}

#[test]
fn bad_values_stay_and_get_a_message_next_to_their_field() {
    let (form, _, day) = open("date=2025-06-01&mode=payroll&rate=abc&payroll=-5");
    assert_eq!(form.text(Field::Rate), "abc");
    assert_eq!(form.text(Field::Payroll), "-5");
    let outcome = form.evaluate(day);
    assert!(outcome.estimate.is_none());
    assert!(outcome
        .errors
        .get(Field::Rate)
        .unwrap()
        .contains("请输入数字"));
    assert!(outcome.errors.get(Field::Payroll).unwrap().contains("负数"));
    let (form, _, day) = open("date=2025-06-01&mode=payroll&rate=0.45&payroll=99999999999999");
    assert!(form
        .evaluate(day)
        .errors
        .get(Field::Payroll)
        .unwrap()
        .contains("1 万亿"));
    let (form, _, day) = open("date=2025-06-01&mode=employees&rate=0.45&wages=4000,80o0,5000");
    assert!(form
        .evaluate(day)
        .errors
        .get(Field::Wages)
        .unwrap()
        .contains("第 2 行"));
}

#[test]
fn unknown_and_malformed_keys_become_notes_not_crashes() {
    let (form, notes, _) = open("date=2025-06-01&mode=fly&class=9&grade=75&tier=7&period=week&colour=blue&f_blacklisted=maybe&industry=2011-99");
    assert_eq!(form.mode(), Mode::Payroll);
    assert_eq!(notes.len(), 8, "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("colour")));
    // Each named as the page names the field, never by its key.
    assert!(notes.iter().any(|n| n.contains("“测算方式”的值“fly”")));
    assert!(notes.iter().any(|n| n.contains("“行业风险类别”的值“9”")));
    assert!(!notes.iter().any(|n| n.contains("class=")), "{notes:?}");
    // Garbage of every shape still opens.
    for q in [
        "%",
        "&&&",
        "=",
        "mode",
        "date=2025-02-30",
        "wages=%E4%B8",
        "v=99&mode=project",
    ] {
        let common = split_common(parse_query(q));
        let (form, _) = PremiumForm::from_pairs(&common.rest);
        let _ = form.evaluate(Date::new(2025, 6, 1).unwrap());
    }
}

#[test]
fn links_round_trip() {
    let queries = [
        "mode=payroll&rate=0.45&payroll=1200%E4%B8%87&period=year",
        "mode=employees&class=4&grade=120&wages=4000,5000,30000",
        "mode=project&price=5000%E4%B8%87&tier=2",
        "mode=intern&rate=0.7&pay=3000&months=6",
        "mode=overage&industry=2011-65&class=1&grade=100&payout=0&incidence=0&f_new_enrollee=no&pay=6000&months=12",
        "mode=payroll&rate=&payroll=1000",
    ];
    for q in queries {
        let (form, notes, _) = open(q);
        assert!(notes.is_empty(), "{q}: {notes:?}");
        let again = gongshang::link::build_query(&form.to_pairs());
        let (form2, _, _) = open(&again);
        assert_eq!(form, form2, "{q} → {again}");
    }
}

#[test]
fn wage_lists_keep_thousands_separators_out_of_the_comma_list() {
    let mut form = PremiumForm::default();
    form.set(Field::Mode, "employees".into());
    form.set(Field::Rate, "0.45".into());
    form.set(Field::Wages, "4,000\n１２，０００\n1.5万\n8o,00".into());
    let query = gongshang::link::build_query(&form.to_pairs());
    // A row that is not an amount stays on the page with its message, never in the link.
    assert!(query.ends_with("wages=4000,12000,15000"), "{query}");
}

#[test]
fn the_path_follows_the_link() {
    assert_eq!(
        open("mode=payroll&rate=0.4").0.rate_source(),
        RateSource::Notice
    );
    assert_eq!(
        open("mode=payroll&class=4&grade=100").0.rate_source(),
        RateSource::Industry
    );
    let (form, _, _) = open("mode=payroll&industry=2011-47&grade=100");
    assert_eq!(form.text(Field::Class), "6", "房屋建筑业 is class 6");
    assert_eq!(form.flag("blacklisted"), Answer::Unsure);
}

#[test]
fn the_grade_helper_reads_its_inputs() {
    let (form, _, day) = open("date=2025-06-01&mode=payroll&class=4&grade=100&payroll=100000&payout=0&incidence=0&f_new_enrollee=no&f_blacklisted=no&f_clean_previous=yes");
    let est = form.evaluate(day).grade_estimate.unwrap().unwrap();
    assert_eq!(est.grades, vec![50]);
    let (form, _, day) =
        open("date=2022-06-01&mode=payroll&class=4&grade=100&payroll=100000&payout=0&incidence=0");
    assert!(
        form.evaluate(day).grade_estimate.unwrap().is_err(),
        "no conditions known for the 2021–2022 cycle"
    );
}

#[test]
fn missing_limits_are_asked_for() {
    let (form, _, day) = open("date=2021-03-01&mode=employees&rate=0.5&wages=3000");
    let outcome = form.evaluate(day);
    assert!(outcome.needs(Field::Floor).is_some());
    let (form, _, day) =
        open("date=2021-03-01&mode=employees&rate=0.5&wages=3000&floor=3500&ceiling=19000");
    assert_eq!(
        monthly_and_total(
            "date=2021-03-01&mode=employees&rate=0.5&wages=3000&floor=3500&ceiling=19000"
        )
        .0,
        d("17.5")
    );
    assert!(form.evaluate(day).needs.is_empty());
}

#[test]
fn dates_before_the_data_block_the_result() {
    let (form, _, day) = open("date=2010-03-01&mode=payroll&rate=0.45&payroll=1000");
    let outcome = form.evaluate(day);
    assert!(outcome.estimate.is_none());
    assert!(outcome.blocked[0].to_string().contains("早于本工具收录的"));
}

#[test]
fn only_amounts_ever_enter_a_wage_link() {
    let mut form = PremiumForm::default();
    form.set(Field::Mode, "employees".into());
    form.set(Field::Rate, "0.5".into());
    let notice = form.set(
        Field::Wages,
        "张三\t8000\n李四\t110101199001011234\t9000\n王五\t80o0\n".into(),
    );
    assert!(notice.unwrap().contains("疑似身份证号"));
    let link = gongshang::link::build_query(&form.to_pairs());
    assert!(
        link.contains("wages=8000%2C9000") || link.contains("wages=8000,9000"),
        "{link}"
    );
    for private in ["张三", "%E5%BC%A0", "110101", "80o0"] {
        assert!(!link.contains(private), "{private} in {link}");
    }
    // Three people, not six.
    assert_eq!(form.text(Field::Wages).lines().count(), 3);
    // A link carrying a name or an ID number drops them, with a note.
    let (form, notes) = PremiumForm::from_pairs(&[
        ("mode".into(), "employees".into()),
        ("wages".into(), "张三,8000,110101199001011234".into()),
    ]);
    assert_eq!(form.text(Field::Wages), "8000");
    assert!(notes.iter().any(|n| n.0.contains("疑似身份证号")));
}

#[test]
fn a_whole_workforce_round_trips_through_its_link() {
    let q = "date=2025-06-01&mode=workforce&rate=0.5&wages=3000,8000&intern_count=3&intern_pay=3000&intern_months=6&overage_count=1&overage_pay=6000&dispatch_count=1&dispatch_pay=4000&dispatch_payer=host";
    let (form, notes, _) = open(q);
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(form.mode(), Mode::Workforce);
    assert!(form.host_pays());
    let again = PremiumForm::from_pairs(&form.to_pairs()).0;
    assert_eq!(again, form);
    // A group left empty stays out of the link; the payer is written only with dispatched workers.
    let (form, _, _) = open("date=2025-06-01&mode=workforce&rate=0.5&wages=3000");
    let keys: Vec<String> = form.to_pairs().into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["mode", "ratesource", "rate", "wages"]);
}

/// Links made before `ratesource=` (taken from the journeys and tests as they stood) open on
/// the path their keys implied, with the same result; rewritten, they say the path by its key
/// and no longer carry an empty `rate=` or `class=`.
#[test]
fn links_without_a_rate_source_open_as_they_always_did() {
    let old = [
        ("date=2025-06-01&mode=payroll&rate=0.45&payroll=1200%E4%B8%87&period=year", RateSource::Notice),
        ("date=2026-03-01&mode=employees&class=4&grade=100&wages=3000,8000,30000", RateSource::Industry),
        ("date=2025-06-01&mode=payroll&payroll=100000&class=", RateSource::Industry),
        ("date=2025-06-01&mode=payroll&rate=&payroll=1000", RateSource::Notice),
        ("date=2025-06-01&mode=intern&class=3&grade=100&pay=5000&months=3", RateSource::Industry),
        ("mode=overage&industry=2011-65&class=1&grade=100&payout=0&incidence=0&f_new_enrollee=no&pay=6000&months=12", RateSource::Industry),
        ("date=2025-06-01&mode=payroll&industry=2011-47&grade=100&payroll=100000", RateSource::Industry),
        // A rate beside industry keys kept the notice path; an unreadable class chose nothing.
        ("date=2025-06-01&mode=payroll&rate=0.45&class=4&payroll=1000", RateSource::Notice),
        ("date=2025-06-01&mode=payroll&class=9&payroll=1000", RateSource::Notice),
        ("date=2025-06-01&mode=project&price=5000%E4%B8%87", RateSource::Notice),
    ];
    for (q, source) in old {
        let (form, _, day) = open(q);
        assert_eq!(form.rate_source(), source, "{q}");
        let link = gongshang::link::build_query(&form.to_pairs());
        let uses_rate = form.mode().uses_rate();
        assert_eq!(
            link.contains(&format!("ratesource={}", source.key())),
            uses_rate,
            "{q} → {link}"
        );
        assert!(
            !link.contains("rate=&") && !link.ends_with("rate="),
            "{link}"
        );
        assert!(
            !link.contains("class=&") && !link.ends_with("class="),
            "{link}"
        );
        let (again, notes, _) = open(&format!("{link}&date={day}"));
        assert!(notes.is_empty(), "{link}: {notes:?}");
        assert_eq!(again.rate_source(), source, "{link}");
        let (a, b) = (form.evaluate(day), again.evaluate(day));
        assert_eq!(a.errors, b.errors, "{q}");
        assert_eq!(
            format!("{:?}", a.estimate.map(|e| e.amounts)),
            format!("{:?}", b.estimate.map(|e| e.amounts)),
            "{q}"
        );
    }
}

#[test]
fn the_rate_source_key_wins_over_the_keys_beside_it() {
    let (form, notes, _) = open("mode=payroll&ratesource=estimate&rate=0.45&class=4&grade=100");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(form.rate_source(), RateSource::Industry);
    let (form, _, _) = open("mode=payroll&ratesource=notice&class=4&grade=100");
    assert_eq!(form.rate_source(), RateSource::Notice);
    // The industry keys are not written on the notice path.
    assert_eq!(
        gongshang::link::build_query(&form.to_pairs()),
        "mode=payroll&ratesource=notice&period=month"
    );
    let (form, notes, _) = open("mode=payroll&ratesource=guess&class=4");
    assert_eq!(
        notes,
        ["链接中“费率从哪里来？”的值“guess”无法识别（应为notice、estimate），已忽略。"]
    );
    assert_eq!(
        form.rate_source(),
        RateSource::Industry,
        "read as an old link"
    );
}

/// The link reader's words are the field table's: every mode (the old hand-written list
/// left out `workforce`), and the classes, grades and tiers of `policy/`.
#[test]
fn choices_come_from_the_field_table_and_the_policy_data() {
    use gongshang::calculator::{longest_list, Fields};
    use gongshang::choice::Choice as _;
    use gongshang::policy::{CLASS_BASE_RATE, PROJECT_TIER_RATE};
    let (_, notes, _) = open("mode=fly");
    for mode in Mode::ALL.iter() {
        assert!(notes[0].contains(mode.key()), "{notes:?}");
    }
    let keys =
        |f: Field| -> Vec<String> { f.choices().iter().map(|c| c.key.to_string()).collect() };
    assert_eq!(keys(Field::Class).len(), longest_list(&CLASS_BASE_RATE));
    assert_eq!(keys(Field::Tier).len(), longest_list(&PROJECT_TIER_RATE));
    assert_eq!(keys(Field::Grade), ["50", "80", "100", "120", "150"]);
    let labels: Vec<String> = Field::Class
        .choices()
        .iter()
        .map(|c| c.label.to_string())
        .collect();
    assert_eq!(labels.first().map(String::as_str), Some("一类"));
    assert_eq!(labels.last().map(String::as_str), Some("八类"));
    let (form, notes, _) = open("mode=project&tier=5");
    assert_eq!(form.text(Field::Tier), "");
    assert!(notes[0].contains("1、2、3、4"), "{notes:?}");
    assert_eq!(gongshang::premium::project::tier_name(5), "五档");
    assert_eq!(gongshang::calculator::numeral(12), "十二");
}

/// A total row pasted with the list (its amount the sum of the others) is not one more
/// employee: it is left out, and counted only when the user keeps it; the CSV numbers each
/// person by the row of the pasted sheet, heading and blank rows counted.
#[test]
fn a_pasted_total_row_is_left_out_unless_kept() {
    let mut form = PremiumForm::default();
    form.set(Field::Mode, "employees".into());
    form.set(Field::Rate, "0.5".into());
    form.set(
        Field::Wages,
        "姓名\t工资\n张三\t8000\n\n李四\t9000\n王五\t10000\n\t27000\n".into(),
    );
    assert_eq!(form.suspected_total(), Some((6, d("27000"))));
    let roster = |form: &PremiumForm| {
        let outcome = form.evaluate(Date::parse("2025-06-01").unwrap());
        assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
        outcome
            .estimate
            .expect("an estimate")
            .roster
            .expect("a roster")
    };
    let left_out = roster(&form);
    let lines: Vec<usize> = left_out.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 4, 5], "the total row is not a person");
    assert!(
        left_out.csv().contains("\r\n2,8000.00,"),
        "{}",
        left_out.csv()
    );
    assert!(!form.to_pairs().iter().any(|(k, _)| k == "total_row"));
    // Kept: four people, and the choice goes into the link and comes back.
    form.set(Field::TotalRow, "keep".into());
    let kept = roster(&form);
    assert_eq!(kept.rows.len(), 4);
    assert_eq!(kept.rows[3].line, 6);
    let again = PremiumForm::from_pairs(&form.to_pairs()).0;
    assert_eq!(roster(&again).rows.len(), 4);
    // Two equal wages are not each other's total.
    form.set(Field::Wages, "8000\n8000".into());
    assert_eq!(form.suspected_total(), None);
}

/// `Field::LATE` is the tail of `Field::ALL` from `LateBy` on, found by the enum's position:
/// that holds only while `ALL` lists the fields in the enum's order.
#[test]
fn the_late_fee_section_is_the_tail_of_all_fields() {
    for (i, f) in Field::ALL.iter().enumerate() {
        assert_eq!(
            *f as usize, i,
            "{f:?} out of the enum's order in Field::ALL"
        );
    }
    assert_eq!(
        Field::LATE,
        [
            Field::LateBy,
            Field::Arrears,
            Field::Days,
            Field::OwedFrom,
            Field::OwedMonths,
            Field::FirstDue
        ]
    );
}
