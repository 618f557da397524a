//! The benefits estimate against worked cases, each with its arithmetic written out
//! from the articles the figures cite (条例第三十三至三十九、六十四条; 江苏办法第二十七、
//! 二十八条; the national urban income by year of death).

mod common;

use common::{d, day};
use gongshang::benefits::form::{see, BenefitsForm, Outcome};
use gongshang::benefits::items::{Assessment, Line, Owed, Payer, Per, Price};
use gongshang::benefits::totals::Span;
use gongshang::benefits::{Field, Harm, Insured};
use gongshang::date::Date;

const TODAY: &str = "2026-11-29";

fn form(link: &str) -> BenefitsForm {
    let pairs: Vec<(String, String)> = gongshang::link::parse_query(link);
    let (form, notes) = BenefitsForm::from_pairs(&pairs);
    assert!(notes.is_empty(), "{link}: {notes:?}");
    form
}

fn outcome(link: &str, on: &str) -> Outcome {
    form(link).evaluate(day(on))
}

fn assess(link: &str) -> Assessment {
    let o = outcome(link, TODAY);
    assert!(o.errors.is_empty(), "{link}: {:?}", o.errors);
    o.assessment
        .unwrap_or_else(|| panic!("{link}: {:?}", o.blocked))
}

fn line<'a>(a: &'a Assessment, name: &str) -> &'a Line {
    a.lines.iter().find(|l| l.name == name).unwrap_or_else(|| {
        panic!(
            "no {name} in {:?}",
            a.lines.iter().map(|l| l.name).collect::<Vec<_>>()
        )
    })
}

fn has(a: &Assessment, name: &str) -> bool {
    a.lines.iter().any(|l| l.name == name)
}

fn exact(amount: &str) -> Price {
    Price::Amount(Span::exact(d(amount)))
}

fn range(low: &str, high: &str) -> Price {
    Price::Amount(Span::new(d(low), d(high)))
}

fn span(low: &str, high: &str) -> Span {
    Span::new(d(low), d(high))
}

#[test]
fn grade_nine_ending_at_expiry_shows_the_provincial_range_by_payer() {
    // 本人工资 6,000 lies within 60 %–300 % of 8,000 (4,800–24,000).
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=9&wage=6000&avg_wage=8000&insured=yes&ends=expiry&nursing=none");
    assert_eq!(a.wages.own, d("6000"));
    // 一次性伤残补助金: 9 months × 6,000 = 54,000, from the fund.
    let grant = line(&a, "一次性伤残补助金");
    assert_eq!(
        (grant.price.clone(), grant.payer, grant.per),
        (exact("54000"), Payer::Fund, Per::Once)
    );
    // Jiangsu grade 9: medical 50,000 and employment 25,000, each ±20 % in a city; without a
    // birth month the worker may have reached the retirement age, when nothing is paid: × 0…100 %.
    let medical = line(&a, "一次性工伤医疗补助金");
    assert_eq!(
        (medical.price.clone(), medical.payer),
        (range("0", "60000"), Payer::Fund)
    );
    assert!(medical.unverified && medical.owed == Owed::Yes);
    let employment = line(&a, "一次性伤残就业补助金");
    assert_eq!(
        (employment.price.clone(), employment.payer),
        (range("0", "30000"), Payer::Unit)
    );
    // Enrolled: fund 54,000 + 0…60,000; unit 0…30,000. Not enrolled: all of it.
    assert_eq!(a.columns.fund.once.span, span("54000", "114000"));
    assert_eq!(a.columns.unit.once.span, span("0", "30000"));
    assert_eq!(a.columns.uninsured.once.span, span("54000", "144000"));
    assert_eq!(a.columns.uninsured.monthly.span, span("0", "0"));
    // No allowance for grade 9, no nursing; leave wages without a length are a formula only.
    assert!(!has(&a, "伤残津贴") && !has(&a, "生活护理费"));
    assert!(matches!(
        line(&a, "停工留薪期工资福利").price,
        Price::Formula(_)
    ));
    assert!(matches!(line(&a, "住院伙食补助费").price, Price::Local(_)));
}

#[test]
fn changzhou_figures_typed_replace_the_range_and_the_worker_near_retirement_is_cut() {
    // Male, born 1968-05: delay (40 months since 1965-01) / 4 + 1 = 11 months, legal age 60y11m,
    // reached 2029-04. Ending on 2026-11-29 leaves 29 months: under 3 years, so 40 %.
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=9&wage=6000&avg_wage=8000&ends=worker&birth=1968-05&category=male&medical_local=50000&employment_local=25000&nursing=none");
    assert_eq!(line(&a, "一次性工伤医疗补助金").price, exact("20000"));
    // Whether the employment grant is cut too is unresolved: from 40 % of it to all of it.
    let employment = line(&a, "一次性伤残就业补助金");
    assert_eq!(employment.price, range("10000", "25000"));
    assert!(employment.unverified);
    assert!(a
        .steps
        .iter()
        .any(|s| s.value.contains("2029年4月") && s.value.contains("距计算日期 29 个月")));
    assert!(a
        .notes
        .iter()
        .any(|n| n.unverified && n.text.contains("是否同样减发")));
}

#[test]
fn no_cut_for_the_units_fault_and_nothing_once_retired() {
    let fault = assess("injury_date=2025-03-10&outcome=disability&grade=9&wage=6000&ends=fault&birth=1968-05&category=male&medical_local=50000&employment_local=25000&nursing=none");
    assert_eq!(line(&fault, "一次性工伤医疗补助金").price, exact("50000"));
    assert_eq!(line(&fault, "一次性伤残就业补助金").price, exact("25000"));
    // Born 1960-01 (before the reform): 60 in 2020-01, so past the legal age.
    let retired = assess("injury_date=2025-03-10&outcome=disability&grade=9&wage=6000&ends=expiry&birth=1960-01&category=male&medical_local=50000&employment_local=25000&nursing=none");
    assert_eq!(line(&retired, "一次性工伤医疗补助金").price, exact("0"));
    assert_eq!(
        line(&retired, "一次性伤残就业补助金").price,
        range("0", "25000")
    );
}

#[test]
fn grade_three_is_raised_to_the_floor_and_paid_monthly_by_the_fund() {
    // 3,000 is below 60 % of 10,000, so 本人工资 = 6,000. Leave wages stay the wage before: 3,000 × 6.
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=3&wage=3000&avg_wage=10000&leave_months=6&nursing=most&insured=no");
    assert_eq!((a.wages.before, a.wages.own), (d("3000"), d("6000")));
    assert_eq!(line(&a, "一次性伤残补助金").price, exact("138000")); // 23 × 6,000
    let allowance = line(&a, "伤残津贴"); // 80 % × 6,000
    assert_eq!(
        (allowance.price.clone(), allowance.payer, allowance.per),
        (exact("4800"), Payer::Fund, Per::Monthly)
    );
    assert_eq!(line(&a, "生活护理费").price, exact("4000")); // 40 % × 10,000
    let leave = line(&a, "停工留薪期工资福利");
    assert_eq!(
        (leave.price.clone(), leave.payer, leave.per),
        (exact("18000"), Payer::Unit, Per::Months(6))
    );
    assert!(
        !has(&a, "一次性工伤医疗补助金"),
        "grades 1–4 keep the employment"
    );
    assert_eq!(a.columns.fund.once.span, span("138000", "138000"));
    assert_eq!(a.columns.fund.monthly.span, span("8800", "8800"));
    assert_eq!(a.columns.fund.first_year().span, span("105600", "105600"));
    assert_eq!(a.columns.unit.once.span, span("18000", "18000"));
    assert_eq!(a.columns.uninsured.once.span, span("156000", "156000"));
    assert_eq!(a.columns.uninsured.monthly.span, span("8800", "8800"));
    assert_eq!(a.insured, Insured::No);
    assert!(a.notes.iter().any(|n| n.text.contains("第六十二条")));
}

#[test]
fn unsure_answers_widen_the_result_without_hiding_an_item() {
    // Grade 5, 7,000 = the average. Placement unknown: the unit's 70 % × 7,000 = 4,900 counts in the
    // upper total only. Ending unknown: 两金 conditional; birth unknown with a possible resignation: 0…full.
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=5&wage=7000&avg_wage=7000");
    let allowance = line(&a, "伤残津贴");
    assert_eq!(
        (allowance.payer, allowance.owed),
        (Payer::Unit, Owed::If("单位难以安排工作时"))
    );
    assert_eq!(allowance.price, exact("4900"));
    let medical = line(&a, "一次性工伤医疗补助金"); // 200,000 ± 20 %, × 0…100 %
    assert_eq!(medical.price, range("0", "240000"));
    assert_eq!(line(&a, "一次性伤残就业补助金").price, range("0", "114000"));
    // Nursing unanswered: 30 %…50 % of 7,000, conditional.
    assert_eq!(line(&a, "生活护理费").price, range("2100", "3500"));
    assert_eq!(a.columns.unit.monthly.span, span("0", "4900"));
    assert_eq!(a.columns.fund.monthly.span, span("0", "3500"));
    assert_eq!(a.columns.fund.once.span, span("126000", "366000")); // 18 × 7,000 + 0…240,000
    assert_eq!(a.columns.unit.once.span, span("0", "114000"));
    // Placed: no allowance at all.
    let placed = assess("injury_date=2025-03-10&outcome=disability&grade=5&wage=7000&placed=yes");
    assert!(!has(&placed, "伤残津贴"));
}

#[test]
fn a_death_gives_funeral_pension_and_the_death_grant_of_its_year() {
    // 2025 death: 20 × 54,188 (the 2024 income) = 1,083,760. Funeral 6 × 8,000. Pension: spouse 40 %
    // + one child 30 % = 70 % × 5,000 (本人工资; 5,000 is above the floor of 4,800) = 3,500.
    let a = assess("injury_date=2025-08-01&outcome=death&death_kind=injury&wage=5000&avg_wage=8000&spouse=yes&dependants=1&lone=0");
    assert_eq!(line(&a, "一次性工亡补助金").price, exact("1083760"));
    assert_eq!(line(&a, "丧葬补助金").price, exact("48000"));
    let pension = line(&a, "供养亲属抚恤金");
    assert_eq!(
        (pension.price.clone(), pension.per),
        (exact("3500"), Per::Monthly)
    );
    assert!(
        !has(&a, "停工留薪期工资福利"),
        "no leave wages unless a leave is given"
    );
    assert_eq!(a.columns.fund.once.span, span("1131760", "1131760"));
    for (year, grant) in [
        ("2021", "876680"),
        ("2022", "948240"),
        ("2023", "985660"),
        ("2024", "1036420"),
        ("2026", "1130040"),
    ] {
        let a = assess(&format!(
            "injury_date={year}-05-01&outcome=death&death_kind=injury&wage=5000&spouse=no&dependants=0"
        ));
        let l = line(&a, "一次性工亡补助金");
        assert_eq!(l.price, exact(grant), "{year}");
        assert!(!l.unverified, "{year}");
    }
}

#[test]
fn a_death_after_the_data_carries_the_last_income_as_provisional() {
    let o = outcome(
        "injury_date=2028-03-01&outcome=death&death_kind=injury&wage=5000&spouse=no&dependants=0",
        "2028-06-01",
    );
    let a = o.assessment.expect("answers after the data");
    let l = line(&a, "一次性工亡补助金");
    assert_eq!(l.price, exact("1130040"));
    assert!(l.unverified);
}

#[test]
fn dependants_pension_is_capped_at_the_wage_and_unknown_counts_widen_it() {
    // 40 % + 3 × 30 % + 2 × 10 % = 150 % of 5,000, held to 5,000.
    let a = assess("injury_date=2025-08-01&outcome=death&wage=5000&spouse=yes&dependants=3&lone=2");
    assert_eq!(line(&a, "供养亲属抚恤金").price, exact("5000"));
    // Spouse and other dependants unknown: from nothing to the cap.
    let a = assess("injury_date=2025-08-01&outcome=death&wage=5000");
    let l = line(&a, "供养亲属抚恤金");
    assert_eq!(l.price, range("0", "5000"));
    assert!(l.unverified);
}

#[test]
fn without_the_area_average_the_wage_is_unbounded_and_shares_of_it_are_formulas() {
    let a = assess("injury_date=2025-08-01&outcome=death&wage=2000&spouse=no&dependants=0");
    assert_eq!(a.wages.own, d("2000"));
    assert!(matches!(&line(&a, "丧葬补助金").price, Price::Formula(f) if f.contains("6 个月")));
    assert!(a
        .notes
        .iter()
        .any(|n| n.unverified && n.text.contains("没有填写统筹地区上年度职工月平均工资")));
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=1&wage=9000&nursing=full");
    assert!(matches!(&line(&a, "生活护理费").price, Price::Formula(f) if f.contains("50%")));
}

#[test]
fn a_list_of_monthly_wages_is_averaged_and_a_short_list_is_flagged() {
    // 6 × 5,000 + 6 × 7,000 = 72,000 / 12 = 6,000.
    let a = assess("injury_date=2025-03-10&outcome=treatment&wages=5000,5000,5000,5000,5000,5000,7000,7000,7000,7000,7000,7000&leave_months=3");
    assert_eq!(a.wages.before, d("6000"));
    assert_eq!(line(&a, "停工留薪期工资福利").price, exact("18000"));
    assert!(!a.notes.iter().any(|n| n.text.contains("只填了")));
    let a = assess("injury_date=2025-03-10&outcome=treatment&wages=5000,7000");
    assert_eq!(a.wages.before, d("6000"));
    assert!(a
        .notes
        .iter()
        .any(|n| n.unverified && n.text.contains("只填了 2 个月")));
}

#[test]
fn bad_input_is_named_by_field_and_keeps_its_text() {
    let f = form("injury_date=2025-13-01&outcome=disability&wage=6000..5&avg_wage=0");
    let o = f.evaluate(day(TODAY));
    assert!(o.assessment.is_none());
    for field in [Field::InjuryDate, Field::Grade, Field::Wage, Field::AvgWage] {
        assert!(o.errors.get(field).is_some(), "{field:?}: {:?}", o.errors);
    }
    assert_eq!(f.text(Field::Wage), "6000..5");
    // The leave limit comes from the data on the injury date: 12 + 12 months.
    let o = outcome(
        "injury_date=2025-03-01&outcome=treatment&wage=5000&leave_months=30",
        TODAY,
    );
    assert_eq!(o.errors.get(Field::LeaveMonths), Some("不能超过 24 个月"));
    let o = outcome("injury_date=2020-12-31&outcome=treatment&wage=5000", TODAY);
    assert!(o
        .errors
        .get(Field::InjuryDate)
        .unwrap()
        .contains("2021-01-01"));
    let o = outcome("injury_date=2026-12-01&outcome=treatment&wage=5000", TODAY);
    assert!(o
        .errors
        .get(Field::InjuryDate)
        .unwrap()
        .contains("晚于计算日期"));
    let o = outcome(
        "injury_date=2025-03-01&outcome=treatment&wages=5000,5x,6000",
        TODAY,
    );
    assert_eq!(
        o.errors.get(Field::Wage).map(|m| m.starts_with("第 2 行")),
        Some(true)
    );
    let o = outcome(
        "injury_date=2025-03-01&outcome=death&wage=5000&spouse=no&dependants=1&lone=2",
        TODAY,
    );
    assert!(o.errors.get(Field::Lone).is_some());
    let o = outcome(
        "injury_date=2025-03-01&outcome=disability&grade=7&wage=5000&birth=2026-01",
        TODAY,
    );
    assert!(o.errors.get(Field::Birth).is_some());
}

#[test]
fn a_link_holds_only_the_fields_the_case_uses_and_reopens_the_same_form() {
    let mut f = form("injury_date=2025-03-10&outcome=disability&grade=9&wage=6000&ends=worker&birth=1968-05&category=male");
    f.set(Field::Spouse, "yes".into());
    f.set(Field::Outcome, Harm::Death.key().into());
    let pairs = f.to_pairs();
    let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["injury_date", "outcome", "wage", "spouse"]);
    let (again, notes) = BenefitsForm::from_pairs(&pairs);
    assert!(notes.is_empty());
    assert_eq!(again.to_pairs(), pairs);
    // A pasted list keeps only amounts, and enters the link as plain numbers.
    let mut f = BenefitsForm::default();
    let notice = f.set(Field::Wage, "张三\t6,000\n李四\t7,000".into());
    assert!(notice.is_some());
    assert_eq!(
        f.to_pairs(),
        [("wages".to_string(), "6000,7000".to_string())]
    );
}

#[test]
fn unreadable_link_values_become_notes_and_are_skipped() {
    let pairs =
        gongshang::link::parse_query("outcome=injured&grade=11&insured=maybe&foo=1&wage=5000");
    let (f, notes) = BenefitsForm::from_pairs(&pairs);
    assert_eq!(notes.len(), 4, "{notes:?}");
    assert_eq!(f.text(Field::Outcome), "");
    assert_eq!(f.text(Field::Wage), "5000");
}

#[test]
fn other_tools_open_it_prefilled() {
    let see = see(Insured::No, Date::new(2025, 3, 10), Some(Harm::DEATH));
    assert_eq!(see.path, "/benefits");
    assert_eq!(
        see.pairs,
        [
            ("injury_date".to_string(), "2025-03-10".to_string()),
            ("outcome".to_string(), "death".to_string()),
            ("insured".to_string(), "no".to_string()),
        ]
    );
}

// Cases the independent check of issue #20 found wrong; each failed before its fix.

#[test]
fn grade_five_lump_sums_are_not_owed_when_the_contract_expires() {
    // 6,000 lies within 60 %–300 % of 8,000. 一次性伤残补助金 18 × 6,000 = 108,000 from the fund.
    // 条例第三十六条: only the worker can end a grade 5–6 employment; 劳动合同法第四十五条 leaves
    // the ending of the contract to those rules, so it does not expire. The two lump sums
    // (medical 200,000 ± 20 %, employment 95,000 ± 20 %, each × 0…100 % without a birth month)
    // are shown but not owed: the fund's one-time total is 108,000, not 268,000–348,000.
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=5&wage=6000&avg_wage=8000&ends=expiry&nursing=none");
    let medical = line(&a, "一次性工伤医疗补助金");
    assert!(matches!(medical.owed, Owed::No(why) if why.contains("本人提出")));
    assert_eq!(medical.price, range("0", "240000"));
    assert!(matches!(line(&a, "一次性伤残就业补助金").owed, Owed::No(_)));
    assert_eq!(a.columns.fund.once.span, span("108000", "108000"));
    assert_eq!(a.columns.unit.once.span, span("0", "0"));
    assert!(a.notes.iter().any(|n| n.text.contains("经职工本人提出")));
    // The unit ending it: not owed as a matter of course, so counted in the upper end only
    // (108,000 + 0…240,000), and 待核实 with what to ask.
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=5&wage=6000&avg_wage=8000&ends=employer&nursing=none");
    let medical = line(&a, "一次性工伤医疗补助金");
    assert!(matches!(medical.owed, Owed::If(_)) && medical.unverified);
    assert_eq!(a.columns.fund.once.span, span("108000", "348000"));
    assert!(a.columns.fund.once.unverified);
    assert!(a
        .notes
        .iter()
        .any(|n| n.unverified && n.text.contains("劳动人事争议仲裁委员会")));
}

#[test]
fn grade_eight_dismissed_by_the_unit_keeps_the_sums_marked_to_check() {
    // Grade 8 with Changzhou's figures typed (80,000 and 35,000); born 1980-01, far from
    // retirement, so no cut. 条例第三十七条 names expiry and resignation only: owed, but 待核实.
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=8&wage=6000&avg_wage=8000&ends=employer&birth=1980-01&category=male&nursing=none&medical_local=80000&employment_local=35000");
    let medical = line(&a, "一次性工伤医疗补助金");
    assert_eq!(medical.price, exact("80000"));
    assert!(medical.owed == Owed::Yes && medical.unverified);
    // 11 × 6,000 = 66,000 + 80,000.
    assert_eq!(a.columns.fund.once.span, span("146000", "146000"));
    assert!(a.columns.fund.once.unverified);
    assert!(a
        .notes
        .iter()
        .any(|n| n.unverified && n.text.contains("第三十七条只列明")));
    // At expiry the same sums are owed without that doubt.
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=8&wage=6000&avg_wage=8000&ends=expiry&birth=1980-01&category=male&nursing=none&medical_local=80000&employment_local=35000");
    let medical = line(&a, "一次性工伤医疗补助金");
    assert_eq!(medical.price, exact("80000"));
    assert!(!medical.unverified);
}

#[test]
fn without_a_birth_month_the_medical_grant_is_a_range_whoever_ends_it() {
    // 江苏办法第二十八条: nothing once the legal retirement age is reached. Without a birth
    // month that may be so: 0–50,000, never exactly the typed 50,000.
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=9&wage=6000&ends=expiry&medical_local=50000&employment_local=25000&nursing=none");
    let medical = line(&a, "一次性工伤医疗补助金");
    assert_eq!(medical.price, range("0", "50000"));
    assert!(medical.unverified);
    assert!(a
        .notes
        .iter()
        .any(|n| n.unverified && n.text.contains("填写出生年月")));
}

#[test]
fn a_grade_five_allowance_stops_when_the_worker_ends_the_employment() {
    // 70 % × 6,000 = 4,200 a month until the end; after it, nothing. The lump sums are owed.
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=5&wage=6000&avg_wage=8000&placed=no&ends=worker&birth=1980-01&category=male&nursing=none");
    let allowance = line(&a, "伤残津贴");
    assert_eq!(allowance.price, exact("0"));
    assert!(allowance.formula.contains("4,200"));
    assert_eq!(a.columns.unit.monthly.span, span("0", "0"));
    assert_eq!(a.columns.unit.first_year().span, span("0", "0"));
    // Unit once: employment grant 95,000 ± 20 % = 76,000–114,000.
    assert_eq!(a.columns.unit.once.span, span("76000", "114000"));
    // While the employment goes on, the unit pays it every month.
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=5&wage=6000&avg_wage=8000&placed=no&ends=no&nursing=none");
    assert_eq!(a.columns.unit.monthly.span, span("4200", "4200"));
}

#[test]
fn no_death_grant_for_a_grade_one_to_four_worker_dying_after_the_leave() {
    // 条例第三十九条第三款. 2025 death: 20 × 54,188 = 1,083,760; funeral 6 × 8,000 = 48,000.
    let base =
        "injury_date=2025-08-01&outcome=death&wage=5000&avg_wage=8000&spouse=no&dependants=0";
    let later = assess(&format!("{base}&death_kind=later"));
    assert!(matches!(line(&later, "一次性工亡补助金").owed, Owed::No(_)));
    assert_eq!(later.columns.fund.once.span, span("48000", "48000"));
    let unsure = assess(base);
    assert!(matches!(
        line(&unsure, "一次性工亡补助金").owed,
        Owed::If(_)
    ));
    assert_eq!(unsure.columns.fund.once.span, span("48000", "1131760"));
    let injury = assess(&format!("{base}&death_kind=injury"));
    assert_eq!(injury.columns.fund.once.span, span("1131760", "1131760"));
}

#[test]
fn without_the_area_average_every_line_on_the_own_wage_and_its_total_is_to_check() {
    // Grade 3, 本人工资 unbounded: 23 × 5,000 = 115,000 and 80 % × 5,000 = 4,000, both 待核实.
    let a = assess(
        "injury_date=2025-03-10&outcome=disability&grade=3&wage=5000&nursing=none&insured=yes",
    );
    assert!(line(&a, "一次性伤残补助金").unverified);
    assert!(line(&a, "伤残津贴").unverified);
    assert!(a.columns.fund.once.unverified && a.columns.fund.monthly.unverified);
    assert!(a.columns.fund.first_year().unverified);
    // With the average, the same lines are plain figures.
    let a = assess("injury_date=2025-03-10&outcome=disability&grade=3&wage=5000&avg_wage=8000&nursing=none&insured=yes");
    assert!(!line(&a, "一次性伤残补助金").unverified);
    assert!(!a.columns.fund.once.unverified && !a.columns.fund.monthly.unverified);
}

#[test]
fn a_total_holding_a_carried_figure_is_marked() {
    // A 2027 death uses the income published for 2026 deaths (56,502), carried: 1,130,040 + 6 ×
    // 8,000 = 1,178,040, and the total says 待核实.
    let o = outcome(
        "injury_date=2027-03-01&outcome=death&death_kind=injury&wage=5000&avg_wage=8000&spouse=no&dependants=0",
        "2027-06-01",
    );
    let a = o.assessment.expect("answers after the data");
    assert_eq!(a.columns.fund.once.span, span("1178040", "1178040"));
    assert!(a.columns.fund.once.unverified);
    assert!(a.columns.uninsured.once.unverified);
    assert!(!a.columns.unit.once.unverified);
}

#[test]
fn a_single_wage_with_a_full_width_comma_is_one_amount() {
    let o = outcome(
        "injury_date=2025-03-10&outcome=treatment&wage=6%EF%BC%8C000",
        TODAY,
    );
    assert!(o.errors.is_empty(), "{:?}", o.errors);
    assert_eq!(o.assessment.unwrap().wages.before, d("6000"));
}

#[test]
fn a_link_with_both_wage_keys_says_which_was_used() {
    let pairs = gongshang::link::parse_query(
        "injury_date=2025-03-10&outcome=treatment&wage=5000&wages=6000,7000",
    );
    let (f, notes) = BenefitsForm::from_pairs(&pairs);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].0.contains("逐月"), "{notes:?}");
    assert_eq!(f.text(Field::Wage), "6000\n7000");
}

#[test]
fn the_dependants_pension_cap_is_the_wage_earned_or_the_own_wage_until_settled() {
    // 3,000 is below 60 % of 10,000: 本人工资 6,000. Spouse 40 % + 2 × 30 % = 100 % × 6,000 =
    // 6,000; held to the wage earned (3,000) or to 本人工资 (6,000): 3,000–6,000, 待核实.
    let a = assess("injury_date=2025-08-01&outcome=death&death_kind=injury&wage=3000&avg_wage=10000&spouse=yes&dependants=2&lone=0");
    let l = line(&a, "供养亲属抚恤金");
    assert_eq!(l.price, range("3000", "6000"));
    assert!(l.unverified);
    // 40,000 is above 300 % of 10,000: 本人工资 30,000; 40 % + 3 × 30 % = 130 % × 30,000 = 39,000,
    // held to 30,000 or to 40,000: 30,000–39,000.
    let a = assess("injury_date=2025-08-01&outcome=death&death_kind=injury&wage=40000&avg_wage=10000&spouse=yes&dependants=3&lone=0");
    assert_eq!(line(&a, "供养亲属抚恤金").price, range("30000", "39000"));
    // Within the bounds the two readings agree: 70 % × 5,000 = 3,500 exactly.
    let a = assess("injury_date=2025-08-01&outcome=death&death_kind=injury&wage=5000&avg_wage=8000&spouse=yes&dependants=1&lone=0");
    let l = line(&a, "供养亲属抚恤金");
    assert_eq!(l.price, exact("3500"));
    assert!(!l.unverified);
}

#[test]
fn in_treatment_without_the_leave_months_the_unit_owes_the_wage_every_month() {
    // 条例第三十三条: 停工留薪期内原工资福利待遇不变，由所在单位按月支付. The wage is 6,000 a
    // month, owed by the unit whether it is enrolled or not, so the monthly totals are 6,000
    // in the unit's columns and 0 in the fund's; the first year is 12 × 6,000 = 72,000.
    for insured in ["yes", "no"] {
        let a = assess(&format!(
            "injury_date=2026-10-10&outcome=treatment&wage=6000&insured={insured}"
        ));
        let leave = line(&a, "停工留薪期工资福利");
        assert_eq!(leave.price, exact("6000"));
        assert_eq!((leave.per, leave.payer), (Per::Monthly, Payer::Unit));
        assert_eq!(a.columns.unit.monthly.span, span("6000", "6000"));
        assert_eq!(a.columns.uninsured.monthly.span, span("6000", "6000"));
        assert_eq!(a.columns.fund.monthly.span, span("0", "0"));
        assert_eq!(a.columns.unit.first_year().span, span("72000", "72000"));
    }
    // With the months known (3), the run is one sum, 3 × 6,000, and nothing is monthly.
    let a = assess("injury_date=2026-10-10&outcome=treatment&wage=6000&leave_months=3");
    assert_eq!(a.columns.unit.once.span, span("18000", "18000"));
    assert_eq!(a.columns.unit.monthly.span, span("0", "0"));
}

#[test]
fn a_blank_lone_count_says_the_pension_range_comes_from_it() {
    // Spouse 40 % + one other 30 % = 70 % of 5,000 = 3,500; if both were lone, + 2 × 10 %
    // = 90 %, 4,500. The range is there only because the count is blank, and the result says so.
    let blank = assess("injury_date=2025-08-01&outcome=death&death_kind=injury&wage=5000&avg_wage=8000&spouse=yes&dependants=1");
    assert_eq!(line(&blank, "供养亲属抚恤金").price, range("3500", "4500"));
    let said = |a: &Assessment| {
        a.notes.iter().any(|n| {
            n.unverified && n.text.contains(Field::Lone.label()) && n.text.contains("未填")
        })
    };
    assert!(said(&blank), "{:?}", blank.notes);
    // The item's own working says it too, where it is printed.
    assert!(line(&blank, "供养亲属抚恤金")
        .formula
        .contains(Field::Lone.label()));
    let filled = assess("injury_date=2025-08-01&outcome=death&death_kind=injury&wage=5000&avg_wage=8000&spouse=yes&dependants=1&lone=0");
    assert!(!said(&filled));
}
