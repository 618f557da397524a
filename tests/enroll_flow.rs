//! 参保义务自查: the flow as a graph, every path to an outcome, and the
//! scenarios the issue names, each checked against the rules it cites.

mod common;

use common::{answers, check_items, check_unsure_asks, day};
use gongshang::enroll::checklist::{assess, Outcome, Verdict};
use gongshang::enroll::FLOW;
use gongshang::flow::graph::{candidates, explore, random_walks};
use gongshang::flow::outcome::Status;
use gongshang::flow::{Answers, UNSURE};

const DAYS: [&str; 5] = [
    "2021-01-15",
    "2022-08-01",
    "2025-06-01",
    "2026-07-01",
    "2026-12-31",
];

fn check_outcome(a: &Answers, o: &Outcome) {
    assert!(!o.items.is_empty(), "{a:?}: empty checklist");
    assert!(o.problems.is_empty(), "{a:?}: {:?}", o.problems);
    check_items(a, &o.items);
    let asks = o.items.iter().any(|i| i.status == Status::Ask);
    check_unsure_asks(
        &FLOW,
        a,
        asks,
        &[
            "unit",
            "employees",
            "civil",
            "registered",
            "people",
            "all_enrolled",
            "dispatch_role",
            "intern_school",
            "overage_birth",
            "project_role",
            "project_enrolled",
            "courier_outlet",
        ],
    );
}

#[test]
fn the_graph_has_no_dead_end_loop_or_unreachable_question() {
    let mut outcomes = 0;
    let report = explore(&FLOW, |a| {
        for d in DAYS {
            check_outcome(a, &assess(a, day(d)));
            outcomes += 1;
        }
    });
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert!(report.paths > 1000, "{} paths", report.paths);
    assert_eq!(report.visited.len(), FLOW.questions.len());
    assert!(outcomes > 5000);
}

#[test]
fn random_walks_all_reach_one_checked_outcome() {
    let mut n = 0;
    random_walks(&FLOW, 4000, 2026, |a| {
        assert!(FLOW.walk(a).done());
        for d in DAYS {
            check_outcome(a, &assess(a, day(d)));
        }
        n += 1;
    });
    assert_eq!(n, 4000);
}

/// Path enumeration merges states by `routing_reads`; if routing looked at any
/// other answer, changing that answer would change the path. It never does.
#[test]
fn routing_reads_only_what_it_declares() {
    random_walks(&FLOW, 1500, 7, |a| {
        let path = FLOW.walk(a).path;
        for q in &path {
            if FLOW.routing_reads.contains(q) {
                continue;
            }
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

#[test]
fn mermaid_lists_every_question() {
    let report = explore(&FLOW, |_| {});
    let chart = gongshang::flow::graph::mermaid(&FLOW, &report);
    for q in FLOW.questions {
        assert!(chart.contains(&format!("  {}[", q.id)), "{}", q.id);
    }
    assert!(chart.starts_with("%% enroll"));
}

fn outcome(pairs: &[(&str, &str)], date: &str) -> Outcome {
    let a = answers(pairs);
    assert!(
        FLOW.walk(&a).done(),
        "{pairs:?} does not finish: {:?}",
        FLOW.walk(&a)
    );
    let o = assess(&a, day(date));
    check_outcome(&a, &o);
    o
}

fn has(o: &Outcome, status: Status, title_part: &str) -> bool {
    o.items
        .iter()
        .any(|i| i.status == status && i.title.contains(title_part))
}

#[test]
fn sole_trader_without_employees_has_nothing_to_do() {
    let o = outcome(&[("unit", "sole"), ("employees", "no")], "2025-06-01");
    assert_eq!(o.verdict, Verdict::NothingToDo);
    assert!(has(&o, Status::NotNeeded, "没有雇工"));
    assert!(o.estimator.is_empty());
}

#[test]
fn sole_trader_with_two_employees_must_enroll_them_within_30_days() {
    let o = outcome(
        &[
            ("unit", "sole"),
            ("employees", "yes"),
            ("registered", "no"),
            ("founded", "2025-05-20"),
            ("sector", "none"),
            ("people", "regular"),
            ("all_enrolled", "no"),
            ("hired", "2025-05-06"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::MustEnroll);
    let reg = o
        .items
        .iter()
        .find(|i| i.title == "办理社会保险登记")
        .unwrap();
    let deadline = reg.deadline.as_ref().unwrap();
    assert_eq!(
        (deadline.date, deadline.overdue),
        (day("2025-06-19"), false)
    );
    let staff = o
        .items
        .iter()
        .find(|i| i.title.contains("尚未参保的职工"))
        .unwrap();
    assert_eq!(staff.deadline.as_ref().unwrap().date, day("2025-06-05"));
    assert!(o.items.iter().any(|i| i.status == Status::Risk));
    assert_eq!(
        o.estimator,
        vec![("mode".to_string(), "employees".to_string())]
    );
    // Two weeks later both deadlines have passed, and the registration item says what follows.
    let late = outcome(
        &[
            ("unit", "sole"),
            ("employees", "yes"),
            ("registered", "no"),
            ("founded", "2025-05-20"),
            ("sector", "none"),
            ("people", "regular"),
            ("all_enrolled", "no"),
            ("hired", "2025-05-06"),
        ],
        "2025-06-20",
    );
    let reg = late
        .items
        .iter()
        .find(|i| i.title == "办理社会保险登记")
        .unwrap();
    assert!(reg.deadline.as_ref().unwrap().overdue);
    assert!(reg.detail.contains("1至3倍"));
}

#[test]
fn civil_service_managed_unit_pays_itself() {
    let o = outcome(
        &[
            ("unit", "institution"),
            ("civil", "yes"),
            ("registered", "yes"),
            ("sector", "none"),
            ("people", "none"),
        ],
        "2025-06-01",
    );
    assert_eq!(o.verdict, Verdict::OutsideFund);
    let item = o.items.iter().find(|i| i.title.contains("公务员")).unwrap();
    assert!(item
        .cites
        .iter()
        .any(|c| c.to_string().contains("第六十五条")));
}

fn overage_answers(pension: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("unit", "enterprise"),
        ("registered", "yes"),
        ("sector", "none"),
        ("people", "overage"),
        ("overage_birth", "1963-03"),
        ("overage_category", "male"),
        ("overage_pension", pension),
    ]
}

#[test]
fn a_62_year_old_not_drawing_a_pension_before_and_after_order_56() {
    let before = outcome(&overage_answers("no"), "2025-06-01");
    assert!(
        has(&before, Status::May, "单项参加工伤保险"),
        "{:#?}",
        before.items
    );
    let after = outcome(&overage_answers("no"), "2026-08-01");
    assert!(
        has(&after, Status::Must, "超龄劳动者"),
        "{:#?}",
        after.items
    );
    let item = after
        .items
        .iter()
        .find(|i| i.status == Status::Must && i.title.contains("超龄"))
        .unwrap();
    assert!(item
        .cites
        .iter()
        .any(|c| c.to_string().contains("第十五条")));
    assert_eq!(
        after.estimator,
        vec![("mode".to_string(), "overage".to_string())]
    );
}

#[test]
fn overage_edges() {
    // Drawing a pension before 2026-07: outside the Jiangsu scheme.
    assert!(has(
        &outcome(&overage_answers("yes"), "2025-06-01"),
        Status::NotNeeded,
        "已领取养老金"
    ));
    // Not yet at the legal age: an ordinary employee. Born 1971-04, a woman at 55 reaches it in 2026-08.
    let mut young = overage_answers("no");
    young[4] = ("overage_birth", "1971-04");
    young[5] = ("overage_category", "female55");
    assert!(has(
        &outcome(&young, "2026-07-31"),
        Status::Must,
        "尚未达到法定退休年龄"
    ));
    assert!(has(
        &outcome(&young, "2026-08-01"),
        Status::Must,
        "超龄劳动者"
    ));
    // Over 65 before 2026-07: outside the Jiangsu scheme.
    let mut old = overage_answers("no");
    old[4] = ("overage_birth", "1958-01");
    assert!(has(
        &outcome(&old, "2025-06-01"),
        Status::NotNeeded,
        "超过65周岁"
    ));
    // Category unknown and the categories disagree: ask.
    let mut unknown = overage_answers("no");
    unknown[4] = ("overage_birth", "1971-04");
    unknown[5] = ("overage_category", UNSURE);
    assert!(has(
        &outcome(&unknown, "2025-06-01"),
        Status::Ask,
        "退休年龄类别"
    ));
    // Before the Jiangsu scheme began (born 1958-01: over 60 since 2018).
    assert!(has(&outcome(&old, "2021-01-15"), Status::Info, "尚未开始"));
}

#[test]
fn technical_school_intern() {
    let o = outcome(
        &[
            ("unit", "enterprise"),
            ("registered", "yes"),
            ("sector", "none"),
            ("people", "intern"),
            ("intern_school", "yes"),
        ],
        "2025-06-01",
    );
    assert!(has(&o, Status::May, "实习生"));
    assert_eq!(
        o.estimator,
        vec![("mode".to_string(), "intern".to_string())]
    );
}

#[test]
fn platform_rider_is_the_platforms_matter() {
    let o = outcome(
        &[
            ("unit", "enterprise"),
            ("registered", "yes"),
            ("sector", "none"),
            ("people", "platform"),
        ],
        "2025-06-01",
    );
    let item = o.items.iter().find(|i| i.title.contains("平台")).unwrap();
    assert_eq!(item.status, Status::NotNeeded);
    assert!(item
        .cites
        .iter()
        .any(|c| c.to_string().contains("苏人社发〔2025〕31号")));
    let early = outcome(
        &[
            ("unit", "enterprise"),
            ("registered", "yes"),
            ("sector", "none"),
            ("people", "platform"),
        ],
        "2022-06-30",
    );
    assert!(has(&early, Status::Info, "尚未在江苏试点"));
}

#[test]
fn construction_project_general_contractor() {
    let o = outcome(
        &[
            ("unit", "enterprise"),
            ("registered", "yes"),
            ("sector", "construction"),
            ("people", "project"),
            ("project_role", "general"),
            ("project_enrolled", "no"),
        ],
        "2025-06-01",
    );
    let item = o.items.iter().find(|i| i.title.contains("按项目")).unwrap();
    assert_eq!(item.status, Status::Must);
    assert!(item.detail.contains("施工许可证"));
    assert!(has(&o, Status::Info, "动态实名制"));
    assert_eq!(
        o.estimator,
        vec![("mode".to_string(), "project".to_string())]
    );
}

#[test]
fn dispatched_workers_are_the_agencys() {
    let agency = outcome(
        &[
            ("unit", "enterprise"),
            ("registered", "yes"),
            ("sector", "none"),
            ("people", "dispatched"),
            ("dispatch_role", "agency"),
        ],
        "2025-06-01",
    );
    assert!(has(&agency, Status::Must, "劳务派遣单位为派出人员参保"));
    let host = outcome(
        &[
            ("unit", "enterprise"),
            ("registered", "yes"),
            ("sector", "none"),
            ("people", "dispatched"),
            ("dispatch_role", "host"),
        ],
        "2025-06-01",
    );
    assert!(has(&host, Status::Info, "由派遣单位参保"));
}

#[test]
fn unsure_unit_type_asks_the_office() {
    let o = outcome(&[("unit", UNSURE)], "2025-06-01");
    assert_eq!(o.verdict, Verdict::AskOffice);
    assert!(o.items[0].bring.iter().any(|b| b.contains("营业执照")));
}

#[test]
fn answers_off_the_path_are_ignored() {
    // A sole trader without employees is done; a stray people answer in the link changes nothing.
    let a = answers(&[("unit", "sole"), ("employees", "no"), ("people", "regular")]);
    assert_eq!(FLOW.walk(&a).path, vec!["unit", "employees"]);
    assert_eq!(FLOW.answers_on_path(&a).0.len(), 2);
    assert_eq!(FLOW.previous(&a, "employees"), Some("unit"));
}

#[test]
fn bad_answers_are_refused_with_a_message() {
    let unit = FLOW.question("unit").unwrap();
    assert!(unit.check("spaceship").is_err());
    let people = FLOW.question("people").unwrap();
    assert!(people
        .check("none,regular")
        .unwrap_err()
        .0
        .contains("以上都没有"));
    assert_eq!(people.check("intern,regular").unwrap(), "regular,intern");
    let birth = FLOW.question("overage_birth").unwrap();
    assert_eq!(birth.check("1963年3月").unwrap(), "1963-03");
    assert!(birth.check("1963-13").is_err());
    // A link with a bad answer stops the walk at that question.
    let a = answers(&[("unit", "enterprise"), ("registered", "maybe")]);
    assert_eq!(FLOW.walk(&a).pending, Some("registered"));
}
