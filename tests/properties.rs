//! Property tests: every parser and link decoder takes any input without
//! panicking and refuses with a message in Chinese; the rules keep their
//! invariants over many generated cases.

mod common;
use gongshang::benefits::form::BenefitsForm;
use gongshang::calculator::Fields;
use gongshang::date::{Date, YearMonth};
use gongshang::flow::graph::candidates;
use gongshang::flow::{Answers, Flow};
use gongshang::input::{
    keep_wage_cells, parse_count, parse_money, parse_percent, split_rows, wage_amounts,
    wage_columns, Ignored, MONEY_MAX,
};
use gongshang::link::{build_query, parse_query, split_common};
use gongshang::premium::base::{limits, roster};
use gongshang::premium::estimate::{estimate, Amounts, Calculation, OwnLimits, Period};
use gongshang::premium::form::PremiumForm;
use gongshang::premium::rate::RateChoice;
use gongshang::premium::Field;
use gongshang::tools::self_checks;
use gongshang::workdays::add_workdays;
use proptest::prelude::*;
use rust_decimal::Decimal;

const CASES: u32 = 3000;

fn chinese(message: &str) -> bool {
    message
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Strings drawn from what people actually type and paste, plus anything at all.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9０-９,，. 　万元¥￥%‰+-]{0,24}",
        "[0-9]{1,20}(\\.[0-9]{0,4})?",
        any::<String>(),
    ]
}

fn any_day() -> impl Strategy<Value = Date> {
    (Date::new(2020, 6, 1).unwrap().to_days()..=Date::new(2027, 6, 30).unwrap().to_days())
        .prop_map(Date::from_days)
}

fn covered_day() -> impl Strategy<Value = Date> {
    (Date::new(2021, 7, 1).unwrap().to_days()..=Date::new(2026, 12, 31).unwrap().to_days())
        .prop_map(Date::from_days)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn money_never_panics_and_refuses_in_chinese(s in typed()) {
        match parse_money(&s) {
            Ok(v) => prop_assert!(v >= Decimal::ZERO && v <= MONEY_MAX && v.scale() <= 2),
            Err(e) => prop_assert!(chinese(&e.0), "{s:?} → {:?}", e.0),
        }
    }

    #[test]
    fn money_reads_every_written_form(fen in 0u64..=100_000_000_000_000u64, style in 0usize..6) {
        let value = Decimal::new(fen as i64, 2);
        let plain = value.normalize().to_string();
        let grouped = gongshang::format::yuan_number(value);
        let text = match style {
            0 => plain.clone(),
            1 => grouped,
            2 => plain.chars().map(|c| match c { '0'..='9' => char::from_u32(c as u32 + 0xFEE0).unwrap(), '.' => '．', c => c }).collect(),
            3 => format!("{plain}元"),
            4 => format!(" ¥{} ", plain),
            _ => format!("{}万", (value / Decimal::from(10_000)).normalize()),
        };
        let parsed = parse_money(&text);
        if style == 5 && (value / Decimal::from(10_000)).normalize().scale() > 10 {
            prop_assert!(parsed.is_err());
        } else {
            prop_assert_eq!(parsed, Ok(value.normalize()), "{}", text);
        }
    }

    #[test]
    fn percent_and_count_never_panic(s in typed()) {
        if let Err(e) = parse_percent(&s) { prop_assert!(chinese(&e.0)); }
        if let Err(e) = parse_count(&s, 36_500, "天") { prop_assert!(chinese(&e.0)); }
    }

    #[test]
    fn dates_and_months_never_panic(s in prop_oneof!["[0-9０-９年月日/.\\- ]{0,14}", any::<String>()]) {
        if let Err(e) = Date::parse(&s) { prop_assert!(chinese(e.0)); }
        if let Err(e) = YearMonth::parse(&s) { prop_assert!(chinese(e.0)); }
        if let Ok(d) = Date::parse(&s) { prop_assert_eq!(Date::parse(&d.to_string()), Ok(d)); }
    }

    #[test]
    fn pasted_columns_split_into_trimmed_rows(s in any::<String>()) {
        for commas in [false, true] {
            for row in split_rows(&s, commas) {
                prop_assert!(!row.is_empty() && row.trim() == row);
            }
        }
    }

    #[test]
    fn premium_links_decode_anything_and_settle_after_one_rewrite(q in prop_oneof!["([a-z_]{1,9}=[^&#]{0,12}&?){0,8}", any::<String>()], day in any_day()) {
        let common = split_common(parse_query(&q));
        let (form, _) = PremiumForm::from_pairs(&common.rest);
        let _ = form.evaluate(day);
        let once = build_query(&form.to_pairs());
        let (again, notes) = PremiumForm::from_pairs(&parse_query(&once));
        prop_assert!(notes.is_empty(), "{once}: {notes:?}");
        prop_assert_eq!(build_query(&again.to_pairs()), once);
    }

    #[test]
    fn benefits_links_decode_anything_and_settle_after_one_rewrite(q in prop_oneof!["([a-z_]{1,16}=[^&#]{0,12}&?){0,10}", any::<String>()], day in any_day()) {
        let common = split_common(parse_query(&q));
        let (form, _) = BenefitsForm::from_pairs(&common.rest);
        let _ = form.evaluate(day);
        let once = build_query(&form.to_pairs());
        let (again, notes) = BenefitsForm::from_pairs(&parse_query(&once));
        prop_assert!(notes.is_empty(), "{once} → {notes:?}");
        prop_assert_eq!(build_query(&again.to_pairs()), once);
    }

    #[test]
    fn calculator_links_of_real_keys_and_words_settle_after_one_rewrite(picks in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), typed()), 0..14), day in any_day()) {
        // Keys of the field tables (and a floating-grade answer), each with one of its words or anything typed.
        fn query<F: Fields>(picks: &[(prop::sample::Index, prop::sample::Index, String)], extra: &[&str]) -> String {
            let mut keys: Vec<String> = F::ALL.iter().map(|f| f.key().to_string()).collect();
            keys.extend(extra.iter().map(|k| k.to_string()));
            let pairs: Vec<(String, String)> = picks.iter().map(|(k, w, typed)| {
                let key = k.get(&keys).clone();
                let words: Vec<String> = F::from_key(&key).map(|f| f.choices().iter().map(|c| c.key.to_string()).collect()).unwrap_or_else(|| vec!["yes".into(), "no".into(), "unsure".into()]);
                let value = if words.is_empty() || w.index(3) == 0 { typed.clone() } else { w.get(&words).clone() };
                (key, value)
            }).collect();
            build_query(&pairs)
        }
        let q = query::<gongshang::premium::Field>(&picks, &["f_new_enrollee", "wages"]);
        let (form, _) = PremiumForm::from_pairs(&parse_query(&q));
        let _ = form.evaluate(day);
        let once = build_query(&form.to_pairs());
        let (again, notes) = PremiumForm::from_pairs(&parse_query(&once));
        prop_assert!(notes.is_empty(), "{q} → {once}: {notes:?}");
        prop_assert_eq!(build_query(&again.to_pairs()), once.clone());
        if form.mode().uses_rate() {
            prop_assert_eq!(again.rate_source(), form.rate_source(), "{} → {}", q, once);
        }
        let q = query::<gongshang::benefits::Field>(&picks, &["wages"]);
        let (form, _) = BenefitsForm::from_pairs(&parse_query(&q));
        let _ = form.evaluate(day);
        let once = build_query(&form.to_pairs());
        let (again, notes) = BenefitsForm::from_pairs(&parse_query(&once));
        prop_assert!(notes.is_empty(), "{q} → {once}: {notes:?}");
        prop_assert_eq!(build_query(&again.to_pairs()), once);
    }

    /// Keeping a kept list again changes nothing and leaves nothing out: what lets a change
    /// to a kept list be kept by its changed lines alone (`input::wage_list`).
    #[test]
    fn pasted_wage_lists_never_panic_and_keeping_them_again_changes_nothing(s in prop_oneof!["[0-9０-９,，、 \t\n张三李四X+-]{0,40}", any::<String>()]) {
        let (kept, _) = keep_wage_cells(&s);
        let (again, ignored) = keep_wage_cells(&kept);
        prop_assert_eq!(again, kept);
        prop_assert_eq!(ignored, Ignored::default());
    }

    /// The form reads its wage list once per change of the list's text (`Texts::put`), and
    /// only the lines a change touched: after any edits (typed over the list as it stands,
    /// a new text, a link, another field), every copy of the form holds what keeping and
    /// reading its text afresh gives: the text, the notice, the rows and the link value.
    #[test]
    fn the_wage_list_a_form_holds_is_its_text_read_afresh(edits in prop::collection::vec((0u8..4, prop_oneof!["[0-9０-９,，、 \t\n张三X.万-]{0,30}", any::<String>()], any::<prop::sample::Index>(), 0usize..4), 1..8)) {
        let mut form = PremiumForm::default();
        for (edit, text, at, removed) in edits {
            match edit {
                0 => {
                    // Typed into the list as it stands: `removed` characters at `at` replaced by `text`.
                    let chars: Vec<char> = form.text(Field::Wages).chars().collect();
                    let start = at.index(chars.len() + 1);
                    let end = (start + removed).min(chars.len());
                    let typed: String = chars[..start].iter().chain(text.chars().collect::<Vec<_>>().iter()).chain(&chars[end..]).collect();
                    let notice = form.set(Field::Wages, typed.clone());
                    let (kept, ignored) = keep_wage_cells(&typed);
                    prop_assert_eq!(form.text(Field::Wages), kept.as_str(), "{:?}", typed);
                    prop_assert_eq!(notice, ignored.message());
                }
                1 => { form.set(Field::Wages, text); }
                2 => form = PremiumForm::from_pairs(&[(Field::Wages.key().to_string(), text)]).0,
                _ => { form.set(Field::Rate, text); }
            }
            let copy = form.clone();
            let rows = wage_amounts(copy.text(Field::Wages)).map(|rows| {
                rows.into_iter().map(|(line, row, amount)| (line, row.to_string(), amount)).collect::<Vec<_>>()
            });
            let link = rows.as_ref().ok().map(|rows| {
                let amounts: Vec<String> = rows.iter().filter_map(|(_, _, a)| a.as_ref().ok()).map(Decimal::to_string).collect();
                amounts.join(",")
            });
            prop_assert_eq!(&copy.wage_amounts().rows, &rows);
            prop_assert_eq!(&copy.wage_amounts().link, &link);
        }
    }

    #[test]
    fn an_amount_grouped_with_full_width_commas_stays_one_amount(n in 1_000u64..1_000_000_000u64) {
        let grouped = gongshang::format::yuan_number(Decimal::from(n)).replace(',', "，");
        let (kept, _) = keep_wage_cells(&grouped);
        prop_assert_eq!(wage_columns(&kept), 1, "{}", grouped);
        prop_assert_eq!(parse_money(&kept), Ok(Decimal::from(n)));
    }

    #[test]
    fn flow_links_decode_anything(q in prop_oneof!["([a-z_]{1,14}=[a-z0-9,\\-]{0,10}&?){0,10}", any::<String>()], day in any_day()) {
        for tool in self_checks() {
            let flow = tool.flow;
            let link = flow.read_link(&parse_query(&q));
            let _ = flow.screen(&link);
            if flow.walk(&link.answers).done() {
                let _ = (tool.check)(&link.answers, day);
            }
            let pairs = flow.link_pairs(&link.answers, gongshang::flow::link::Screen::Check.key(), false);
            prop_assert!(flow.read_link(&pairs).notes.is_empty());
        }
    }

    #[test]
    fn premium_never_falls_as_payroll_rises(a in 0u64..10_000_000_000u64, extra in 0u64..10_000_000_000u64, class in 1u8..=8, year in any::<bool>(), day in covered_day()) {
        let rate = RateChoice::Industry { class, grade: 100 };
        let period = if year { Period::Year } else { Period::Month };
        let at = |payroll: u64| match estimate(day, &Calculation::Payroll { rate, payroll: Decimal::from(payroll), period, headcount: None }).map(|e| e.amounts) {
            Ok(Amounts::Recurring { monthly, total, .. }) => (monthly, total),
            other => panic!("{other:?}"),
        };
        let (lo, hi) = (at(a), at(a + extra));
        prop_assert!(lo.0 <= hi.0 && lo.1 <= hi.1);
    }

    #[test]
    fn clamped_bases_stay_within_the_limits_and_never_fall(wages in prop::collection::vec(0u64..100_000_000u64, 1..60), raise in 0usize..60, day in covered_day()) {
        let l = limits(day, None, None).unwrap();
        let wages: Vec<Decimal> = wages.into_iter().map(|w| Decimal::new(w as i64, 2)).collect();
        let r = roster(&common::listed(&wages), &l);
        for row in &r.rows {
            prop_assert!(l.floor <= row.base && row.base <= l.ceiling);
        }
        let mut higher = wages.clone();
        let i = raise % higher.len();
        higher[i] += Decimal::from(1000);
        higher.push(Decimal::ZERO);
        let monthly = |w: &[Decimal]| match estimate(day, &Calculation::Employees { rate: RateChoice::Notice(Decimal::ONE), wages: common::listed(w), own: OwnLimits::default() }).unwrap().amounts {
            Amounts::Recurring { monthly, .. } => monthly,
            other => panic!("{other:?}"),
        };
        prop_assert!(monthly(&wages) <= monthly(&higher));
    }

    #[test]
    fn working_days_move_forward(start in (Date::new(2021, 1, 1).unwrap().to_days()..=Date::new(2030, 12, 31).unwrap().to_days()).prop_map(Date::from_days), n in 0u32..10) {
        let (a, b) = (add_workdays(start, n).day, add_workdays(start, n + 1).day);
        prop_assert!(a < b && start <= a);
        prop_assert!(start.days_until(b) <= i64::from(n + 1) * 4 + 12, "{start} + {} working days = {b}", n + 1);
    }
}

/// Answers from the flow's own options, with junk mixed in.
fn random_answers(flow: &Flow, seed: u64) -> Answers {
    let mut rng = common::Rng::new(seed);
    let mut answers = Answers::default();
    for _ in 0..40 {
        let Some(pending) = flow.walk(&answers).pending else {
            break;
        };
        let options = candidates(flow, pending);
        let pick = rng.below(options.len() + 1);
        let value = options.get(pick).cloned().unwrap_or_else(|| "zz".into());
        answers.set(pending, &value);
        if value == "zz" {
            break;
        }
    }
    answers
}

#[test]
fn every_answer_set_reaches_exactly_one_outcome_whatever_lies_off_the_path() {
    for tool in self_checks() {
        let flow = tool.flow;
        for seed in 1..=3000u64 {
            let answers = random_answers(flow, seed);
            let walk = flow.walk(&answers);
            if !walk.done() {
                continue;
            }
            // Answers to questions off the path must not change where the flow ends or what it says.
            let mut noisy = answers.clone();
            for q in flow.questions.iter().filter(|q| !walk.path.contains(&q.id)) {
                if let Some(c) = candidates(flow, q.id).first() {
                    noisy.set(q.id, c);
                }
            }
            assert_eq!(flow.walk(&noisy), walk);
            let day = Date::new(2025, 6, 1).unwrap();
            let (a, b) = ((tool.check)(&answers, day), (tool.check)(&noisy, day));
            assert_eq!(a.headline, b.headline);
            assert_eq!(
                a.items.iter().map(|i| &i.title).collect::<Vec<_>>(),
                b.items.iter().map(|i| &i.title).collect::<Vec<_>>()
            );
            assert_eq!(a.documents, b.documents);
            // Every finding the rules give has words: a title, and a rule beside each date.
            for item in &a.items {
                assert!(!item.title.is_empty(), "{}: {answers:?}", flow.id);
                if let Some(d) = &item.deadline {
                    assert!(!d.rule.is_empty(), "{}: {}", flow.id, item.title);
                }
            }
            assert!(a.all_documents().iter().all(|d| !d.is_empty()));
        }
    }
}

/// The start pages' timings rest on cases that reach the result, each answer asked on the way.
#[test]
fn typical_cases_reach_the_result_with_every_answer_asked() {
    use gongshang::flow::Answers;
    for tool in self_checks() {
        let flow = tool.flow;
        assert_eq!(flow.typical.len(), 3, "{}", flow.id);
        for t in flow.typical {
            let answers = Answers(
                t.answers
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            );
            let walk = flow.walk(&answers);
            assert_eq!(walk.pending, None, "{}: {} stops early", flow.id, t.label);
            let asked: Vec<&str> = walk.path.to_vec();
            assert!(
                t.answers.iter().all(|(k, _)| asked.contains(k)),
                "{}: {} answers an unasked question",
                flow.id,
                t.label
            );
            assert_eq!(asked.len(), t.answers.len(), "{}: {}", flow.id, t.label);
        }
    }
    // A sole trader with no employees: 2 questions + start, check and result = 5 screens;
    // at the measured 18 s a screen (`flow::SECONDS_PER_SCREEN`), 90 s: 1.5 minutes.
    let sole = &gongshang::enroll::FLOW.typical[0];
    assert_eq!(
        sole.effort(&gongshang::enroll::FLOW),
        (2, "约 1.5 分钟".to_string())
    );
}

/// The start page's range of questions is every path's: a path is fixed by the answers
/// routing reads, and `explore` visits one answer set per such state.
#[test]
fn the_start_pages_range_of_questions_is_every_paths() {
    for tool in self_checks() {
        let flow = tool.flow;
        let (mut fewest, mut most) = (usize::MAX, 0);
        gongshang::flow::graph::explore(flow, |a| {
            let asked = flow.walk(a).path.len();
            fewest = fewest.min(asked);
            most = most.max(asked);
        });
        assert_eq!(flow.asks_between, (fewest, most), "{}", flow.id);
    }
}

/// Every self-check's routing reads only the answers it declares (`Flow::routing_reads`),
/// which the path explorer relies on to merge states: changing any other answer on a
/// random path leaves the path as it was.
#[test]
fn routing_reads_only_what_it_declares() {
    use gongshang::flow::graph::candidates;
    for (seed, tool) in self_checks().enumerate() {
        let flow = tool.flow;
        common::random_walks(flow, 1500, seed as u64 + 3, |a| {
            let path = flow.walk(a).path;
            for q in path.iter().filter(|q| !flow.routing_reads.contains(q)) {
                for alt in candidates(flow, q) {
                    let mut changed = a.clone();
                    changed.set(q, &alt);
                    assert_eq!(
                        flow.walk(&changed).path,
                        path,
                        "{}: {q}={alt} changed the route of {a:?}",
                        flow.id
                    );
                }
            }
        });
    }
}
