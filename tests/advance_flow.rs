//! 先行支付核对: the flow as a graph, every path to one checked outcome, and
//! the scenarios the issue names, worked by hand from the rules they cite. The tests
//! read the typed outcome (findings, figures, dates, documents), never its words.

use gongshang::advance::rules::{Advance, Demand, Doc, Finding, Met, Reason, Verdict};
use gongshang::advance::FLOW;
mod common;

use common::{answers, check_items, check_unsure_asks, day, last_notice_and_next, random_walks};
use gongshang::date::Date;
use gongshang::flow::graph::explore;
use gongshang::flow::{Answers, UNSURE};
use gongshang::outcome::{Found, Kind, Outcome, Rules, Wording};
use gongshang::policy::{
    Source, SRC_CIVIL_CODE, SRC_REGULATION, SRC_ROAD_TRAFFIC_LAW, SRC_SI_LAW, SRC_SPC_2014,
};
use gongshang::workdays::{add_workdays, period_end};

const DAYS: [&str; 4] = ["2021-03-01", "2025-06-01", "2026-02-10", "2026-11-29"];

type Item = Found<Finding, Doc>;

fn assess(a: &Answers, on: Date) -> Outcome<Advance> {
    Advance::assess(a, on)
}

fn check_outcome(a: &Answers, on: Date, o: &Outcome<Advance>) {
    assert!(!o.items.is_empty(), "{a:?}: no items");
    if o.verdict != Verdict::AskOffice {
        assert!(
            !o.reasons.is_empty(),
            "{a:?}: no reasons for {:?}",
            o.verdict
        );
    }
    for (reason, cites) in &o.reasons {
        assert!(!cites.is_empty(), "{a:?}: {reason:?} has no citation");
    }
    check_items(a, &o.items);
    if matches!(
        o.verdict,
        Verdict::Medical | Verdict::Advance | Verdict::Likely
    ) {
        assert!(o.documents.contains(&Doc::Decision), "{a:?}");
        assert!(o.documents.contains(&Doc::MedicalBills), "{a:?}");
    }
    // One checklist, each document once: no duplicate or near-duplicate in the list to
    // tick, nothing ticked both there and under an item, and each notice once.
    for (i, d) in o.documents.iter().enumerate() {
        for other in &o.documents[i + 1..] {
            let (dw, ow) = (Advance::doc(*d), Advance::doc(*other));
            assert!(
                d != other && !dw.contains(ow) && !ow.contains(dw),
                "{a:?}: {d:?} and {other:?}"
            );
        }
    }
    for item in &o.items {
        for d in &item.bring {
            assert!(!o.documents.contains(d), "{a:?}: {d:?} listed twice");
        }
    }
    for (i, p) in o.problems.iter().enumerate() {
        assert!(
            !o.problems[i + 1..].contains(p),
            "{a:?}: notice repeated: {p}"
        );
    }
    // The injury date is asked once on every path (the deadlines before a decision, the
    // benefits estimate's day after one), and the link to the estimate carries it, or the
    // death date for a death, from which a death's benefits are counted.
    let path = FLOW.walk(a).path;
    assert_eq!(
        path.iter().filter(|q| **q == "injury_date").count(),
        1,
        "{a:?}: {path:?}"
    );
    let died = a.get("condition") == Some("died");
    let day_of = a.get(if died { "death_date" } else { "injury_date" });
    for see in o.items.iter().filter_map(|i| i.see.as_ref()) {
        if see.path != gongshang::benefits::PATH {
            continue;
        }
        let carried = see.pairs.iter().find(|(k, _)| k == "injury_date");
        match day_of.filter(|d| *d != UNSURE) {
            Some(d) => assert_eq!(carried.map(|(_, v)| v.as_str()), Some(d), "{a:?}"),
            None => assert!(carried.is_none(), "{a:?}"),
        }
    }
    check_unsure_asks(
        &FLOW,
        a,
        &|answers| assess(answers, on).items,
        &[
            "decision",
            "third_party",
            "tp_paid",
            "insured",
            "trigger",
            "applicant",
        ],
    );
}

#[test]
fn the_graph_has_no_dead_end_loop_or_unreachable_question() {
    let report = explore(&FLOW, |a| {
        for d in DAYS {
            check_outcome(a, day(d), &assess(a, day(d)));
        }
    });
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert_eq!(report.visited.len(), FLOW.questions.len());
    assert!(report.paths > 300, "{}", report.paths);
}

#[test]
fn random_walks_all_reach_one_checked_outcome() {
    random_walks(&FLOW, 4000, 11, |a| {
        for d in DAYS {
            check_outcome(a, day(d), &assess(a, day(d)));
        }
    });
}

fn outcome(pairs: &[(&str, &str)], date: &str) -> Outcome<Advance> {
    let a = answers(pairs);
    assert!(
        FLOW.walk(&a).done(),
        "{pairs:?} does not finish: {:?}",
        FLOW.walk(&a)
    );
    let o = assess(&a, day(date));
    check_outcome(&a, day(date), &o);
    assert!(o.problems.is_empty(), "{:?}", o.problems);
    o
}

/// The item whose finding is of the kind `is` picks.
fn item(o: &Outcome<Advance>, is: impl Fn(&Finding) -> bool) -> &Item {
    o.items
        .iter()
        .find(|i| is(&i.finding))
        .unwrap_or_else(|| panic!("not found in {:#?}", o.items))
}

fn has(o: &Outcome<Advance>, is: impl Fn(&Finding) -> bool) -> bool {
    o.items.iter().any(|i| is(&i.finding))
}

/// Whether the item cites `source` at `pinpoint`.
fn cites(item: &Item, source: &'static Source, pinpoint: &str) -> bool {
    item.cites
        .iter()
        .any(|c| std::ptr::eq(c.source, source) && c.pinpoint == pinpoint)
}

fn employer_applies(f: &Finding) -> bool {
    matches!(f, Finding::EmployerApplies { .. })
}

fn worker_applies(f: &Finding) -> bool {
    matches!(f, Finding::WorkerApplies { .. })
}

fn apply(f: &Finding) -> bool {
    matches!(f, Finding::Apply { .. })
}

/// The written demand's schedule of the application item.
fn demand(o: &Outcome<Advance>) -> &Demand {
    match &item(o, apply).finding {
        Finding::Apply {
            demand: Some(d), ..
        } => d,
        other => panic!("no written demand: {other:?}"),
    }
}

#[test]
fn no_injury_decision_yet_shows_the_deadlines() {
    let o = outcome(
        &[
            ("decision", "no"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::NotYet);
    let employer = item(&o, employer_applies).due.clone().unwrap();
    assert_eq!(
        (employer.date, employer.overdue),
        (day("2025-06-19"), false)
    );
    assert!(o.has(&Finding::EmployerApplies { days: Some(30) }));
    let worker = item(&o, worker_applies).due.clone().unwrap();
    assert_eq!(worker.date, day("2026-05-20"));
    assert!(o.documents.contains(&Doc::RecognitionForm));
    // A month later the employer's 30 days have passed; the worker's year has not, so no word
    // yet on time lost for reasons not the worker's.
    let late = outcome(
        &[
            ("decision", "no"),
            ("injury_date", "2025-05-20"),
            ("third_party", "yes"),
        ],
        "2025-07-01",
    );
    assert!(item(&late, employer_applies).due.as_ref().unwrap().overdue);
    assert!(late.has(&Finding::WorkerApplies {
        years: Some(1),
        dated: true,
        lapsed: false
    }));
    assert!(!cites(item(&late, worker_applies), &SRC_SPC_2014, "第七条"));
    // Past the year it says that such time is not counted, and cites 法释〔2014〕9号第七条.
    let past = outcome(
        &[
            ("decision", "no"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
        ],
        "2026-06-01",
    );
    let worker = item(&past, worker_applies);
    assert!(matches!(
        worker.finding,
        Finding::WorkerApplies { lapsed: true, .. }
    ));
    assert!(cites(worker, &SRC_SPC_2014, "第七条"));
    // Third-party injuries also get the medical-insurance route (社会保险法第三十条).
    let route = item(&late, |f| {
        matches!(f, Finding::MedicalInsuranceRoute { .. })
    });
    assert!(cites(route, &SRC_SI_LAW, "第三十条"));
}

#[test]
fn medical_insurance_route_after_2026_02_01_accepts_self_paid_bills() {
    let pairs = [
        ("decision", "no"),
        ("injury_date", "2026-01-20"),
        ("third_party", "yes"),
    ];
    assert!(
        outcome(&pairs, "2026-01-31").has(&Finding::MedicalInsuranceRoute {
            self_paid_from: None
        })
    );
    assert!(
        outcome(&pairs, "2026-02-01").has(&Finding::MedicalInsuranceRoute {
            self_paid_from: Some(day("2026-02-01"))
        })
    );
}

#[test]
fn insured_employer_without_a_third_party_needs_no_advance() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "no"),
            ("insured", "yes"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::NotNeeded);
    assert!(o.has(&Finding::EmployerItems));
}

#[test]
fn uninsured_employer_refusing_to_pay() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "no"),
            ("insured", "arrears"),
            ("back_paid", "no"),
            ("trigger", "refuses"),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::Advance);
    // Tue 3 June + 3 working days = Fri 6 June; + 5 = Fri 13 June.
    assert_eq!(demand(&o).reminded.day, day("2025-06-06"));
    assert_eq!(
        item(&o, apply).due.as_ref().unwrap().date,
        day("2025-06-13")
    );
    // Every fund-payable item (一次性伤残补助金 among them), not the medical costs alone.
    assert!(o.has(&Finding::FundScope) && !o.has(&Finding::MedicalScope));
    assert!(o.has(&Finding::Recovery { days: 10 }));
    assert!(cites(
        item(&o, |f| matches!(f, Finding::Refund { .. })),
        &SRC_SI_LAW,
        "第八十八条"
    ));
    assert!(o.documents.contains(&Doc::RefusalRecord));
}

#[test]
fn reminder_deadlines_cross_the_national_day_holiday() {
    // Fri 2025-09-26 + 3 working days: Sun 28 (make-up), Mon 29, Tue 30 → 30 Sep;
    // + 5: 1–8 Oct off, Thu 9, Fri 10, Sat 11 (make-up), Mon 13, Tue 14 → 14 Oct.
    let o = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "no"),
            ("insured", "arrears"),
            ("back_paid", "no"),
            ("trigger", "refuses"),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-09-26"),
        ],
        "2025-09-26",
    );
    assert_eq!(demand(&o).reminded.day, day("2025-09-30"));
    assert_eq!(
        item(&o, apply).due.as_ref().unwrap().date,
        day("2025-10-14")
    );
}

#[test]
fn licence_revoked() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "no"),
            ("insured", "arrears"),
            ("back_paid", "no"),
            ("trigger", "revoked"),
            ("applicant", "relative"),
            ("condition", "died"),
            ("death_date", "2025-05-22"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::Advance);
    assert!(o
        .reasons
        .iter()
        .any(|(r, _)| *r == Reason::TriggersMet(vec![Met::Revoked])));
    assert!(o.documents.contains(&Doc::Kinship));
    assert!(o.documents.contains(&Doc::DeathCertificate));
}

#[test]
fn hit_and_run_with_an_insured_employer_advances_medical_costs_only() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "yes"),
            ("tp_paid", "unknown"),
            ("site", "no"),
            ("insured", "yes"),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::Medical);
    assert!(o.has(&Finding::MedicalScope) && !o.has(&Finding::FundScope));
    assert!(o.documents.contains(&Doc::AccidentProof));
    // No reminder to an insured employer.
    let procedure = item(&o, apply);
    assert!(procedure.due.is_none());
    assert!(matches!(
        procedure.finding,
        Finding::Apply { demand: None, .. }
    ));
}

#[test]
fn third_party_paid_in_full_is_not_paid_twice() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "yes"),
            ("tp_paid", "full"),
            ("site", "no"),
            ("insured", "yes"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::NotNeeded);
    assert!(cites(
        item(&o, |f| *f == Finding::NoMedicalAdvance),
        &SRC_SPC_2014,
        "第八条"
    ));
}

#[test]
fn practice_differs_so_the_answer_is_likely_not_yes() {
    let never = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "no"),
            ("insured", "never"),
            ("back_paid", "no"),
            ("trigger", "refuses"),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    assert_eq!(never.verdict, Verdict::Likely);
    // Likely is a matter to take to the office (and to review if refused), not a plain yes.
    assert_eq!(Advance::kind(Verdict::Likely), Kind::Ask);
    assert!(never.has(&Finding::NeverEnrolled));
    let ended = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "no"),
            ("insured", "arrears"),
            ("back_paid", "no"),
            ("trigger", "court"),
            ("court_ruling", "terminate"),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    assert_eq!(ended.verdict, Verdict::Likely);
    assert!(ended.has(&Finding::TerminationRuling));
    let suspended = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "no"),
            ("insured", "arrears"),
            ("back_paid", "no"),
            ("trigger", "court"),
            ("court_ruling", "suspend"),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    assert_eq!(suspended.verdict, Verdict::Advance);
}

#[test]
fn employer_paying_is_not_eligible_and_unsure_asks() {
    let paying = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "no"),
            ("insured", "arrears"),
            ("back_paid", "yes"),
            ("trigger", "none"),
        ],
        "2025-06-01",
    );
    assert_eq!(paying.verdict, Verdict::NotEligible);
    assert!(paying.has(&Finding::BackPaid));
    assert!(paying.has(&Finding::EmployerPaying));
    let unsure = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "no"),
            ("insured", UNSURE),
        ],
        "2025-06-01",
    );
    assert_eq!(unsure.verdict, Verdict::AskOffice);
    assert!(unsure.has(&Finding::ConfirmInsured));
    let court_only = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "no"),
            ("insured", "arrears"),
            ("back_paid", "no"),
            ("trigger", "court"),
            ("court_ruling", "none"),
        ],
        "2025-06-01",
    );
    assert_eq!(court_only.verdict, Verdict::AskOffice);
    assert!(court_only.has(&Finding::ConfirmEnforcement));
}

#[test]
fn deadlines_past_the_holiday_calendar_count_the_laws_holidays_and_warn() {
    // Applied on Monday 28 December of the last year with a notice (2026): + 3 working days =
    // Thursday 31 December; + 5 more skip 1 January (元旦, a holiday by law even without the
    // 2027 notice) and the weekend: 4, 5, 6, 7, 8 January → Friday 8 January 2027.
    let (last, next) = last_notice_and_next();
    let applied = Date::new(last, 12, 28).unwrap();
    let a = answers(&[
        ("decision", "yes"),
        ("injury_date", "2025-05-20"),
        ("third_party", "no"),
        ("site", "no"),
        ("insured", "arrears"),
        ("back_paid", "no"),
        ("trigger", "refuses"),
        ("applicant", "worker"),
        ("condition", "treating"),
        ("applied_on", &applied.to_string()),
    ]);
    let o = assess(&a, Date::new(last, 11, 29).unwrap());
    let count = add_workdays(applied, 8);
    let missing = count.warning().expect("a year without its notice");
    assert_eq!(missing.year, next);
    assert!(
        o.problems.contains(&missing.to_string()),
        "{:?}",
        o.problems
    );
    assert_eq!(demand(&o).paid, count);
    let deadline = item(&o, apply).due.clone().unwrap();
    assert_eq!(deadline.date, count.day);
    assert!(deadline.date > Date::new(next, 1, 1).unwrap());
    // The date says on which days off it was counted, and how far it may move.
    assert!(deadline.note.is_some());
    assert_eq!(deadline.note, count.note());
}

#[test]
fn the_written_demand_is_shown_as_one_case_when_the_employers_status_is_unsure() {
    // 办法第五条第（三）（四）项、第七条: the agency's written demand (3 working days) and the
    // employer's 5 working days apply only where the employer did not pay premiums.
    let known = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "no"),
            ("insured", "arrears"),
            ("back_paid", "no"),
            ("trigger", "refuses"),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    assert!(item(&known, apply).due.is_some());
    let schedule = demand(&known);
    assert_eq!(
        (
            schedule.reminder_days,
            schedule.pay_days,
            schedule.if_uninsured
        ),
        (3, 5, false)
    );
    // A third party did not pay the medical costs, so an application is open whatever the
    // employer's status; with that status 不确定, both cases are told and no schedule is set.
    let unsure = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "yes"),
            ("tp_paid", "unknown"),
            ("site", "no"),
            ("insured", UNSURE),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    assert!(
        item(&unsure, apply).due.is_none(),
        "no schedule as if it applied"
    );
    assert!(demand(&unsure).if_uninsured);
}

#[test]
fn recognition_deadlines_on_a_holiday_move_to_the_next_working_day() {
    // 民法典第二百零三条. Injured 2025-09-01: the 30th day is 2025-10-01, in the 国庆、中秋
    // holiday (10-01 … 10-08), so the employer's deadline is Thursday 2025-10-09.
    let o = outcome(
        &[
            ("decision", "no"),
            ("injury_date", "2025-09-01"),
            ("third_party", "no"),
        ],
        "2025-09-10",
    );
    let employer = item(&o, employer_applies);
    let deadline = employer.due.clone().unwrap();
    assert_eq!(deadline.date, day("2025-10-09"));
    let moved = period_end(day("2025-10-01"));
    assert_eq!(moved.nominal, day("2025-10-01"));
    assert!(deadline.note.is_some());
    assert_eq!(deadline.note, moved.note());
    assert!(cites(employer, &SRC_CIVIL_CODE, "第二百零三条"));
    // The worker's year ends on 2026-09-01, a Tuesday: unmoved.
    let worker = item(&o, worker_applies).due.clone().unwrap();
    assert_eq!((worker.date, worker.note), (day("2026-09-01"), None));
}

#[test]
fn a_medical_advance_says_which_items_the_normal_claim_covers() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "yes"),
            ("tp_paid", "unknown"),
            ("site", "no"),
            ("insured", "yes"),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::Medical);
    assert!(o.has(&Finding::OtherBenefitsClaim));
    assert!(!has(&o, |f| matches!(f, Finding::OrdinaryClaim { .. })));
    // 道路交通安全法第七十五条: a hit-and-run's emergency costs may be advanced by the road-accident relief fund.
    let relief = item(&o, |f| *f == Finding::RoadReliefFund);
    assert!(cites(relief, &SRC_ROAD_TRAFFIC_LAW, "第七十五条"));
    // The accident proof is listed once, under one name, and under no item.
    assert_eq!(
        o.documents
            .iter()
            .filter(|d| **d == Doc::AccidentProof)
            .count(),
        1
    );
    assert!(o
        .items
        .iter()
        .all(|i| !i.bring.contains(&Doc::AccidentProof)));
}

#[test]
fn a_commuting_accident_brings_the_accident_proof_to_the_injury_decision() {
    // 条例第十四条第（六）项: a commuting road accident counts where the worker was not mainly to blame.
    let o = outcome(
        &[
            ("decision", "no"),
            ("injury_date", "2025-05-20"),
            ("third_party", "yes"),
        ],
        "2025-06-01",
    );
    assert!(
        o.documents.contains(&Doc::AccidentProof),
        "{:?}",
        o.documents
    );
    assert!(cites(
        item(&o, worker_applies),
        &SRC_REGULATION,
        "第十四条第（六）项"
    ));
}

/// A worker hurt on a construction site is usually covered by the project (按项目参保, paid
/// by the general contractor, 人社部发〔2014〕103号), whatever the worker's own unit did: an
/// enrolled project's worker is not sent down the uninsured path, and the benefits estimate
/// opens as insured.
#[test]
fn a_worker_on_an_enrolled_project_is_insured_whatever_the_unit_did() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "yes"),
            ("site_enrolled", "yes"),
            // Left from another route: not on the path, so it never counts.
            ("insured", "never"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::NotNeeded);
    let claim = item(&o, |f| matches!(f, Finding::OrdinaryClaim { .. }));
    let see = claim.see.as_ref().unwrap();
    assert!(see.pairs.contains(&("insured".into(), "yes".into())));
    assert!(see
        .pairs
        .contains(&("injury_date".into(), "2025-05-20".into())));
    assert!(!o.has(&Finding::NeverEnrolled));
    // The unit's own insurance is not asked.
    let walk = FLOW.walk(&answers(&[
        ("decision", "yes"),
        ("injury_date", "2025-05-20"),
        ("third_party", "no"),
        ("site", "yes"),
        ("site_enrolled", "yes"),
    ]));
    assert!(walk.done() && !walk.path.contains(&"insured"), "{walk:?}");
}

/// A site whose project was not enrolled falls back on the unit's own insurance; a project
/// not known asks the general contractor, and the uninsured route stays open meanwhile.
#[test]
fn a_project_not_enrolled_or_not_known_asks_the_units_insurance() {
    for (enrolled, asks) in [("no", false), (UNSURE, true)] {
        let o = outcome(
            &[
                ("decision", "yes"),
                ("injury_date", "2025-05-20"),
                ("third_party", "no"),
                ("site", "yes"),
                ("site_enrolled", enrolled),
                ("insured", "never"),
                ("back_paid", "no"),
                ("trigger", "refuses"),
                ("applicant", "worker"),
                ("condition", "treating"),
                ("applied_on", "2025-06-03"),
            ],
            "2025-06-01",
        );
        assert_eq!(o.verdict, Verdict::Likely, "{enrolled}");
        assert_eq!(o.has(&Finding::ConfirmProject), asks, "{enrolled}");
    }
}

/// After a decision the injury date is still asked, and a death's date after it: the
/// benefits estimate opens at the day of death.
#[test]
fn a_death_after_a_decision_carries_the_death_date_to_the_benefits_estimate() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
            ("site", "no"),
            ("insured", "never"),
            ("back_paid", "no"),
            ("trigger", "revoked"),
            ("applicant", "relative"),
            ("condition", "died"),
            ("death_date", "2025-05-23"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    let scope = item(&o, |f| matches!(f, Finding::FundScope));
    let pairs = &scope.see.as_ref().unwrap().pairs;
    assert!(
        pairs.contains(&("injury_date".into(), "2025-05-23".into())),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("insured".into(), "no".into())),
        "{pairs:?}"
    );
}

/// A result link written before the injury date and the site were asked still reaches its
/// result, reading them as 不确定 and saying so.
#[test]
fn an_older_result_link_still_reaches_the_result() {
    let link = FLOW.read_link(&[
        ("decision".to_string(), "yes".to_string()),
        ("third_party".to_string(), "no".to_string()),
        ("insured".to_string(), "yes".to_string()),
        ("at".to_string(), "result".to_string()),
    ]);
    assert!(FLOW.walk(&link.answers).done(), "{:?}", link.answers);
    assert_eq!(link.notes.len(), 2, "{:?}", link.notes);
    assert_eq!(
        assess(&link.answers, day("2025-06-01")).verdict,
        Verdict::NotNeeded
    );
}
