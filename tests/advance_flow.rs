//! 先行支付核对: the flow as a graph, every path to one checked outcome, and
//! the scenarios the issue names, worked by hand from the rules they cite.

use gongshang::advance::checklist::{assess, Outcome, Verdict};
use gongshang::advance::FLOW;
mod common;

use common::{answers, check_items, check_unsure_asks, day, last_notice_and_next, random_walks};
use gongshang::date::Date;
use gongshang::flow::graph::{candidates, explore};
use gongshang::flow::{Answers, UNSURE};
use gongshang::workdays::add_workdays;

const DAYS: [&str; 4] = ["2021-03-01", "2025-06-01", "2026-02-10", "2026-11-29"];

fn check_outcome(a: &Answers, on: Date, o: &Outcome) {
    assert!(!o.items.is_empty(), "{a:?}: no items");
    if o.verdict != Verdict::AskOffice {
        assert!(
            !o.reasons.is_empty(),
            "{a:?}: no reasons for {:?}",
            o.verdict
        );
    }
    for (text, cites) in &o.reasons {
        assert!(!cites.is_empty(), "{a:?}: reason `{text}` has no citation");
    }
    check_items(a, &o.items);
    if matches!(
        o.verdict,
        Verdict::Medical | Verdict::Advance | Verdict::Likely
    ) {
        assert!(
            o.documents.iter().any(|d| d.contains("工伤认定决定书")),
            "{a:?}"
        );
        assert!(o.documents.iter().any(|d| d.contains("原始票据")), "{a:?}");
    }
    // One checklist, each document once: no duplicate or near-duplicate in the list to
    // tick, nothing ticked both there and under an item, and each notice once.
    for (i, d) in o.documents.iter().enumerate() {
        for other in &o.documents[i + 1..] {
            assert!(
                !d.contains(other) && !other.contains(d),
                "{a:?}: `{d}` and `{other}`"
            );
        }
    }
    for item in &o.items {
        for d in &item.bring {
            assert!(!o.documents.contains(d), "{a:?}: `{d}` listed twice");
        }
    }
    for (i, p) in o.problems.iter().enumerate() {
        assert!(
            !o.problems[i + 1..].contains(p),
            "{a:?}: notice repeated: {p}"
        );
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

#[test]
fn routing_reads_only_what_it_declares() {
    random_walks(&FLOW, 1500, 3, |a| {
        let path = FLOW.walk(a).path;
        for q in path.iter().filter(|q| !FLOW.routing_reads.contains(q)) {
            for alt in candidates(&FLOW, q) {
                let mut changed = a.clone();
                changed.set(q, &alt);
                assert_eq!(
                    FLOW.walk(&changed).path,
                    path,
                    "{q}={alt} changed the route of {a:?}"
                );
            }
        }
    });
}

fn outcome(pairs: &[(&str, &str)], date: &str) -> Outcome {
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

fn item<'a>(o: &'a Outcome, title_part: &str) -> &'a gongshang::outcome::Item {
    o.items
        .iter()
        .find(|i| i.title.contains(title_part))
        .unwrap_or_else(|| panic!("no `{title_part}` in {:#?}", o.items))
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
    let employer = item(&o, "单位申请工伤认定").deadline.clone().unwrap();
    assert_eq!(
        (employer.date, employer.overdue),
        (day("2025-06-19"), false)
    );
    let worker = item(&o, "职工、近亲属或工会").deadline.clone().unwrap();
    assert_eq!(worker.date, day("2026-05-20"));
    assert!(o.documents.iter().any(|d| d.contains("工伤认定申请表")));
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
    assert!(
        item(&late, "单位申请工伤认定")
            .deadline
            .as_ref()
            .unwrap()
            .overdue
    );
    assert!(!item(&late, "职工、近亲属或工会")
        .cites
        .iter()
        .any(|c| c.to_string().contains("第七条")));
    // Past the year it says that such time is not counted, and cites 法释〔2014〕9号第七条.
    let past = outcome(
        &[
            ("decision", "no"),
            ("injury_date", "2025-05-20"),
            ("third_party", "no"),
        ],
        "2026-06-01",
    );
    let worker = item(&past, "职工、近亲属或工会");
    assert!(worker.detail.contains("不属于本人原因耽误的时间"));
    assert!(worker
        .cites
        .iter()
        .any(|c| c.to_string().contains("第七条")));
    // Third-party injuries also get the medical-insurance route (社会保险法第三十条).
    assert!(item(&late, "医疗保险经办机构")
        .cites
        .iter()
        .any(|c| c.to_string().contains("第三十条")));
}

#[test]
fn medical_insurance_route_after_2026_02_01_accepts_self_paid_bills() {
    let pairs = [
        ("decision", "no"),
        ("injury_date", "2026-01-20"),
        ("third_party", "yes"),
    ];
    assert!(!item(&outcome(&pairs, "2026-01-31"), "医疗保险经办机构")
        .detail
        .contains("自行垫付"));
    assert!(item(&outcome(&pairs, "2026-02-01"), "医疗保险经办机构")
        .detail
        .contains("自行垫付"));
}

#[test]
fn insured_employer_without_a_third_party_needs_no_advance() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "no"),
            ("insured", "yes"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::NotNeeded);
    assert!(item(&o, "单位自己负担的项目").detail.contains("停工留薪期"));
}

#[test]
fn uninsured_employer_refusing_to_pay() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "no"),
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
    let apply = item(&o, "书面申请");
    assert!(apply.detail.contains("2025年6月6日"), "{}", apply.detail);
    assert_eq!(apply.deadline.as_ref().unwrap().date, day("2025-06-13"));
    assert!(item(&o, "先行支付的范围")
        .detail
        .contains("一次性伤残补助金"));
    assert!(item(&o, "基金向单位追偿").detail.contains("10日"));
    assert!(item(&o, "退还")
        .cites
        .iter()
        .any(|c| c.to_string().contains("第八十八条")));
    assert!(o.documents.iter().any(|d| d.contains("拒绝支付")));
}

#[test]
fn reminder_deadlines_cross_the_national_day_holiday() {
    // Fri 2025-09-26 + 3 working days: Sun 28 (make-up), Mon 29, Tue 30 → 30 Sep;
    // + 5: 1–8 Oct off, Thu 9, Fri 10, Sat 11 (make-up), Mon 13, Tue 14 → 14 Oct.
    let o = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "no"),
            ("insured", "arrears"),
            ("back_paid", "no"),
            ("trigger", "refuses"),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-09-26"),
        ],
        "2025-09-26",
    );
    let apply = item(&o, "书面申请");
    assert!(apply.detail.contains("2025年9月30日"), "{}", apply.detail);
    assert_eq!(apply.deadline.as_ref().unwrap().date, day("2025-10-14"));
}

#[test]
fn licence_revoked() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "no"),
            ("insured", "arrears"),
            ("back_paid", "no"),
            ("trigger", "revoked"),
            ("applicant", "relative"),
            ("condition", "died"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::Advance);
    assert!(o.reasons.iter().any(|(r, _)| r.contains("吊销营业执照")));
    assert!(o.documents.iter().any(|d| d.contains("亲属关系证明")));
    assert!(o.documents.iter().any(|d| d.contains("死亡证明")));
}

#[test]
fn hit_and_run_with_an_insured_employer_advances_medical_costs_only() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "yes"),
            ("tp_paid", "unknown"),
            ("insured", "yes"),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::Medical);
    assert!(item(&o, "先行支付的范围").title.contains("工伤医疗费"));
    assert!(o.documents.iter().any(|d| d.contains("公安机关")));
    // No reminder to an insured employer.
    assert!(item(&o, "书面申请").deadline.is_none());
}

#[test]
fn third_party_paid_in_full_is_not_paid_twice() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "yes"),
            ("tp_paid", "full"),
            ("insured", "yes"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::NotNeeded);
    assert!(item(&o, "不申请医疗费的先行支付")
        .cites
        .iter()
        .any(|c| c.to_string().contains("第八条")));
}

#[test]
fn practice_differs_so_the_answer_is_likely_not_yes() {
    let never = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "no"),
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
    assert!(Verdict::Likely.headline().contains("行政复议"));
    let ended = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "no"),
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
    let suspended = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "no"),
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
            ("third_party", "no"),
            ("insured", "arrears"),
            ("back_paid", "yes"),
            ("trigger", "none"),
        ],
        "2025-06-01",
    );
    assert_eq!(paying.verdict, Verdict::NotEligible);
    assert!(item(&paying, "补缴").detail.contains("新发生的费用"));
    let unsure = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "no"),
            ("insured", UNSURE),
        ],
        "2025-06-01",
    );
    assert_eq!(unsure.verdict, Verdict::AskOffice);
    let court_only = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "no"),
            ("insured", "arrears"),
            ("back_paid", "no"),
            ("trigger", "court"),
            ("court_ruling", "none"),
        ],
        "2025-06-01",
    );
    assert_eq!(court_only.verdict, Verdict::AskOffice);
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
        ("third_party", "no"),
        ("insured", "arrears"),
        ("back_paid", "no"),
        ("trigger", "refuses"),
        ("applicant", "worker"),
        ("condition", "treating"),
        ("applied_on", &applied.to_string()),
    ]);
    let o = assess(&a, Date::new(last, 11, 29).unwrap());
    assert!(
        o.problems
            .iter()
            .any(|p| p.contains(&format!("尚未收录国务院办公厅关于{next}年"))),
        "{:?}",
        o.problems
    );
    let deadline = item(&o, "书面申请").deadline.clone().unwrap();
    assert_eq!(deadline.date, add_workdays(applied, 8).day);
    assert!(deadline.date > Date::new(next, 1, 1).unwrap());
    let note = deadline.note.unwrap();
    assert!(
        note.contains("法定节假日") && note.contains("回测"),
        "{note}"
    );
}

#[test]
fn the_written_demand_is_shown_as_one_case_when_the_employers_status_is_unsure() {
    // 办法第五条第（三）（四）项、第七条: the agency's written demand (3 working days) and the
    // employer's 5 working days apply only where the employer did not pay premiums.
    let known = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "no"),
            ("insured", "arrears"),
            ("back_paid", "no"),
            ("trigger", "refuses"),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    let procedure = item(&known, "书面申请");
    assert!(procedure.deadline.is_some());
    assert!(procedure.detail.contains("3个工作日") && procedure.detail.contains("5个工作日"));
    // A third party did not pay the medical costs, so an application is open whatever the
    // employer's status; with that status 不确定, both cases are told and no schedule is set.
    let unsure = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "yes"),
            ("tp_paid", "unknown"),
            ("insured", UNSURE),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    let procedure = item(&unsure, "书面申请");
    assert!(procedure.deadline.is_none(), "no schedule as if it applied");
    assert!(procedure.detail.contains("单位未参保或欠缴工伤保险费的"));
    assert!(procedure
        .detail
        .contains("单位已参保并按时缴费的，不经过催告"));
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
    let employer = item(&o, "单位申请工伤认定");
    let deadline = employer.deadline.clone().unwrap();
    assert_eq!(deadline.date, day("2025-10-09"));
    assert!(deadline
        .note
        .unwrap()
        .contains("原为 2025年10月1日（星期三）"));
    assert!(employer
        .cites
        .iter()
        .any(|c| c.to_string().contains("第二百零三条")));
    // The worker's year ends on 2026-09-01, a Tuesday: unmoved.
    let worker = item(&o, "职工、近亲属或工会").deadline.clone().unwrap();
    assert_eq!((worker.date, worker.note), (day("2026-09-01"), None));
}

#[test]
fn a_medical_advance_says_which_items_the_normal_claim_covers() {
    let o = outcome(
        &[
            ("decision", "yes"),
            ("third_party", "yes"),
            ("tp_paid", "unknown"),
            ("insured", "yes"),
            ("applicant", "worker"),
            ("condition", "treating"),
            ("applied_on", "2025-06-03"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::Medical);
    assert!(item(&o, "医疗费以外的待遇：按正常程序申领")
        .detail
        .contains("一次性伤残补助金"));
    // 道路交通安全法第七十五条: a hit-and-run's emergency costs may be advanced by the road-accident relief fund.
    let relief = item(&o, "道路交通事故社会救助基金");
    assert!(relief
        .cites
        .iter()
        .any(|c| c.to_string().contains("第七十五条")));
    // The accident proof is listed once, under one name.
    assert_eq!(
        o.documents
            .iter()
            .filter(|d| d.contains("交通事故认定书"))
            .count(),
        1
    );
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
        o.documents.iter().any(|d| d.contains("交通事故认定书")),
        "{:?}",
        o.documents
    );
    assert!(item(&o, "职工、近亲属或工会")
        .cites
        .iter()
        .any(|c| c.to_string().contains("第十四条第（六）项")));
}
