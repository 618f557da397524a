//! 参保义务自查: the flow as a graph, every path to an outcome, and the
//! scenarios the issue names, each checked against the rules it cites.

mod common;

use common::{answers, check_items, check_unsure_asks, day, last_notice_and_next, random_walks};
use gongshang::date::Date;
use gongshang::enroll::checklist::{assess, Outcome, Verdict};
use gongshang::enroll::FLOW;
use gongshang::flow::graph::{candidates, explore};
use gongshang::flow::{Answers, UNSURE};
use gongshang::outcome::Status;
use gongshang::workdays::period_end;

const DAYS: [&str; 5] = [
    "2021-01-15",
    "2022-08-01",
    "2025-06-01",
    "2026-07-01",
    "2026-12-31",
];

fn check_outcome(a: &Answers, d: &str) {
    let o = assess(a, day(d));
    assert!(!o.items.is_empty(), "{a:?}: empty checklist");
    assert!(o.problems.is_empty(), "{a:?}: {:?}", o.problems);
    check_items(a, &o.items);
    // Nothing that does not apply: a unit that registered is not told the fine for not registering.
    if a.is("registered", "yes") {
        assert!(
            !o.items
                .iter()
                .any(|i| i.detail.contains("不办理社会保险登记")),
            "{a:?}: the registration fine shown to a registered unit"
        );
    }
    for item in &o.items {
        for (i, b) in item.bring.iter().enumerate() {
            assert!(
                !item.bring[i + 1..].contains(b),
                "{a:?}: `{b}` twice in `{}`",
                item.title
            );
        }
    }
    check_unsure_asks(
        &FLOW,
        a,
        &|answers| assess(answers, day(d)).items,
        &[
            "unit",
            "employees",
            "civil",
            "registered",
            "people",
            "all_enrolled",
            "dispatch_role",
            "dispatch_local",
            "intern_school",
            "overage_birth",
            "overage_category",
            "overage_pension",
            "overage_flexible",
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
            check_outcome(a, d);
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
            check_outcome(a, d);
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
    check_outcome(&a, date);
    assess(&a, day(date))
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
    let mut a = vec![
        ("unit", "enterprise"),
        ("registered", "yes"),
        ("sector", "none"),
        ("people", "overage"),
        ("overage_birth", "1963-03"),
        ("overage_category", "male"),
        ("overage_pension", pension),
    ];
    if pension == "no" {
        a.push(("overage_flexible", "no"));
    }
    a
}

fn cites(o: &Outcome, title_part: &str, pinpoint: &str) -> bool {
    o.items
        .iter()
        .filter(|i| i.title.contains(title_part))
        .any(|i| i.cites.iter().any(|c| c.to_string().contains(pinpoint)))
}

#[test]
fn a_62_year_old_not_drawing_a_pension_before_and_after_order_56() {
    let before = outcome(&overage_answers("no"), "2025-06-01");
    assert!(
        has(&before, Status::May, "单项参加工伤保险"),
        "{:#?}",
        before.items
    );
    // 人社部令第56号第十五条：“用人单位应当为超龄劳动者参加工伤保险并缴纳工伤保险费，个人不缴纳工伤保险费。”
    let after = outcome(&overage_answers("no"), "2026-08-01");
    assert!(
        has(&after, Status::Must, "超龄劳动者"),
        "{:#?}",
        after.items
    );
    assert!(cites(&after, "超龄劳动者", "第十五条"));
    assert_eq!(
        after.estimator,
        vec![("mode".to_string(), "overage".to_string())]
    );
}

#[test]
fn order_56_a_pensioner_who_keeps_working_must_be_enrolled() {
    // 第二条：招用超过法定退休年龄的劳动者……适用本规定。
    // 第十六条：“超龄劳动者已享受基本养老保险待遇继续工作的，不改变其享受基本养老保险待遇。”
    // So drawing a pension no longer keeps a worker out: from 2026-07-01 the unit must enroll.
    let before = outcome(&overage_answers("yes"), "2026-06-30");
    assert!(has(&before, Status::NotNeeded, "已领取养老金"));
    let after = outcome(&overage_answers("yes"), "2026-07-01");
    assert!(
        has(&after, Status::Must, "应当为超龄劳动者参加工伤保险"),
        "{:#?}",
        after.items
    );
    assert!(cites(&after, "超龄劳动者", "第十六条"));
    assert!(!after.items.iter().any(|i| i.detail.contains("尚未出台")));
}

#[test]
fn order_56_early_retirees_hired_afterwards_are_overage_workers() {
    // 第二条第二款：“符合规定已提前退休的劳动者，退休后被用人单位招用的，依照本规定执行。”
    // Born 1971-04, a woman at the original 55 reaches the legal age in 2026-08; drawing a pension before it.
    let mut early = overage_answers("yes");
    early[4] = ("overage_birth", "1971-04");
    early[5] = ("overage_category", "female55");
    let o = outcome(&early, "2026-07-15");
    assert!(has(&o, Status::Must, "提前退休后被招用"), "{:#?}", o.items);
    assert!(cites(&o, "提前退休", "第二条第二款"));
    // The day before 56号: not an ordinary employee (人社部发〔2016〕29号第二条: covered only if
    // the unit paid by project or the like; 法释〔2020〕26号第三十二条), and outside the Jiangsu
    // scheme (reached the legal age, not retired). It said "按普通职工参保" before.
    let o = outcome(&early, "2026-06-30");
    assert!(!has(&o, Status::Must, "按普通职工参保"), "{:#?}", o.items);
    assert!(has(&o, Status::NotNeeded, "已提前退休"), "{:#?}", o.items);
    assert!(cites(&o, "已提前退休", "第三十二条"));
    assert!(cites(&o, "已提前退休", "第十五条"), "says 56号 is coming");
    // Not sure whether the person draws a pension: asked, never taken as a no.
    early[6] = ("overage_pension", UNSURE);
    let o = outcome(&early, "2026-06-30");
    assert!(has(&o, Status::Ask, "是否已提前退休"), "{:#?}", o.items);
    assert!(!has(&o, Status::Must, "按普通职工参保"));
}

#[test]
fn order_56_flexible_delayed_retirement_is_ordinary_employment() {
    // 第二十三条：“根据国家有关规定弹性延迟退休的劳动者，在弹性延迟退休期间，适用《中华人民共和国劳动合同法》……”
    let mut flexible = overage_answers("no");
    flexible[7] = ("overage_flexible", "yes");
    let o = outcome(&flexible, "2026-08-01");
    assert!(
        has(&o, Status::Must, "弹性延迟退休期间：按普通职工参保"),
        "{:#?}",
        o.items
    );
    assert!(cites(&o, "弹性延迟退休", "第二十三条"));
    // Not sure whether it is flexible delay: enrolling is required either way; the channel is asked.
    flexible[7] = ("overage_flexible", UNSURE);
    let o = outcome(&flexible, "2026-08-01");
    assert!(has(&o, Status::Must, "应当为这名人员参加工伤保险"));
    assert!(has(&o, Status::Ask, "按普通职工还是按超龄劳动者"));
    // Before 56号, 不确定 asks.
    assert!(has(
        &outcome(&flexible, "2025-06-01"),
        Status::Ask,
        "弹性延迟退休"
    ));
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
    // From 2026-07 56号 sets no age cap; whether Jiangsu's 65 still applies is unconfirmed.
    let after = outcome(&old, "2026-08-01");
    assert!(has(&after, Status::Must, "超龄劳动者"));
    assert!(after
        .items
        .iter()
        .any(|i| i.title.contains("年龄上限") && i.unverified));
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

fn platform(date: &str) -> Outcome {
    outcome(
        &[
            ("unit", "enterprise"),
            ("registered", "yes"),
            ("sector", "none"),
            ("people", "platform"),
        ],
        date,
    )
}

#[test]
fn platform_riders_depend_on_which_platforms_are_in_on_the_day() {
    let item = |o: &Outcome| {
        o.items
            .iter()
            .find(|i| i.title.contains("平台"))
            .cloned()
            .unwrap()
    };
    assert!(has(&platform("2022-06-30"), Status::Info, "尚未在江苏试点"));
    // 2022-07-01: the first 7 platforms only (人社部发〔2021〕110号).
    let first = item(&platform("2022-08-01"));
    assert_eq!(first.status, Status::NotNeeded);
    assert!(first.detail.contains("快狗打车") && !first.detail.contains("滴滴出行"));
    assert!(first
        .cites
        .iter()
        .any(|c| c.to_string().contains("〔2021〕110号")));
    // 2025-07-01: 4 more (人社部发〔2025〕24号：“增加出行行业的滴滴出行、即时配送行业的顺丰同城、同城货运行业的滴滴货运和满帮省省”).
    let wider = item(&platform("2025-08-01"));
    assert!(wider.detail.contains("滴滴出行") && wider.detail.contains("满帮省省"));
    assert!(wider
        .cites
        .iter()
        .any(|c| c.to_string().contains("〔2025〕24号")));
    // 2026: 苏人社发〔2025〕31号：“2026年将出行、即时配送和同城货运三个行业的平台企业总体纳入试点范围” — no date within the year, so 待核实.
    let all = item(&platform("2026-08-01"));
    assert!(all.detail.contains("总体纳入") && all.unverified);
    assert!(all
        .cites
        .iter()
        .any(|c| c.to_string().contains("苏人社发〔2025〕31号")));
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

fn dispatched(role: &'static str, local: Option<&'static str>) -> Outcome {
    let mut a = vec![
        ("unit", "enterprise"),
        ("registered", "yes"),
        ("sector", "none"),
        ("people", "dispatched"),
        ("dispatch_role", role),
    ];
    a.extend(local.map(|l| ("dispatch_local", l)));
    outcome(&a, "2025-06-01")
}

#[test]
fn dispatched_workers_are_the_agencys_unless_it_has_no_branch_here() {
    // 劳务派遣暂行规定第八条第（四）项、第十条：派遣单位缴纳社会保险费，“劳务派遣单位承担工伤保险责任”。
    let agency = dispatched("agency", None);
    assert!(has(&agency, Status::Must, "劳务派遣单位为派出人员参保"));
    assert!(cites(&agency, "劳务派遣单位", "第十条"));
    // 第十九条：“劳务派遣单位未在用工单位所在地设立分支机构的，由用工单位代劳务派遣单位为被派遣劳动者办理参保手续，缴纳社会保险费。”
    let host = dispatched("host", Some("none"));
    assert!(has(&host, Status::Must, "代派遣单位"), "{:#?}", host.items);
    assert!(cites(&host, "代派遣单位", "第十九条"));
    let local = dispatched("host", Some("branch"));
    assert!(has(&local, Status::NotNeeded, "由派遣单位"));
    let unsure = dispatched("host", Some(UNSURE));
    assert!(has(&unsure, Status::Ask, "分支机构"));
}

#[test]
fn registration_deadline_on_a_rest_day_moves_to_the_next_working_day() {
    // 民法典第二百零三条：“期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。”
    // Founded 2025-12-11: the 30th day is Saturday 2026-01-10, so the deadline is Monday 2026-01-12.
    let o = outcome(
        &[
            ("unit", "enterprise"),
            ("registered", "no"),
            ("founded", "2025-12-11"),
            ("sector", "none"),
            ("people", "none"),
        ],
        "2025-12-20",
    );
    let reg = o
        .items
        .iter()
        .find(|i| i.title == "办理社会保险登记")
        .unwrap();
    let deadline = reg.deadline.as_ref().unwrap();
    assert_eq!(deadline.date, day("2026-01-12"));
    assert_eq!(
        deadline.note.as_deref(),
        Some("原为 2026年1月10日（星期六），是休息日或法定节假日，顺延至 2026年1月12日")
    );
    assert!(reg
        .cites
        .iter()
        .any(|c| c.to_string().contains("第二百零三条")));
    // A working day stands, with no note and no extra citation.
    let plain = outcome(
        &[
            ("unit", "enterprise"),
            ("registered", "no"),
            ("founded", "2025-05-20"),
            ("sector", "none"),
            ("people", "none"),
        ],
        "2025-06-01",
    );
    let reg = plain
        .items
        .iter()
        .find(|i| i.title == "办理社会保险登记")
        .unwrap();
    assert_eq!(reg.deadline.as_ref().unwrap().note, None);
    // A day in a year the holiday calendar lacks: hired on 15 December of the last year with a
    // notice, the 30 days end on 14 January (a Thursday in 2027, a working day by law), said
    // with the caveat that the year's notice is not in yet.
    let (last, next) = last_notice_and_next();
    let hired = Date::new(last, 12, 15).unwrap();
    let later = outcome(
        &[
            ("unit", "enterprise"),
            ("registered", "yes"),
            ("sector", "none"),
            ("people", "regular"),
            ("all_enrolled", "no"),
            ("hired", &hired.to_string()),
        ],
        &Date::new(last, 12, 20).unwrap().to_string(),
    );
    let staff = later
        .items
        .iter()
        .find(|i| i.title.contains("尚未参保的职工"))
        .unwrap();
    let deadline = staff.deadline.as_ref().unwrap();
    assert_eq!(deadline.date, period_end(hired.add_days(30)).day);
    assert!(deadline
        .note
        .as_deref()
        .unwrap()
        .contains(&format!("尚未收录{next}年的节假日安排通知")));
    // A unit founded on 27 November 2026 had until Sunday 27 December, a rest day: the period
    // ends Monday 28 December, even before the 2027 notice is out (it said the Sunday before).
    let sunday = (25..=31)
        .map(|d| Date::new(last, 12, d).unwrap())
        .rfind(|d| d.weekday() == 7)
        .unwrap();
    let founded = sunday.add_days(-30);
    let new_unit = outcome(
        &[
            ("unit", "enterprise"),
            ("registered", "no"),
            ("founded", &founded.to_string()),
            ("sector", "none"),
            ("people", "none"),
        ],
        &founded.to_string(),
    );
    let reg = new_unit
        .items
        .iter()
        .find(|i| i.title == "办理社会保险登记")
        .unwrap();
    let deadline = reg.deadline.as_ref().unwrap();
    assert!(deadline.date > sunday, "{}", deadline.date);
    assert!(deadline.note.as_deref().unwrap().contains("顺延至"));
}

#[test]
fn back_payment_moves_later_costs_to_the_fund() {
    // 条例第六十二条第三款：“用人单位参加工伤保险并补缴应当缴纳的工伤保险费、滞纳金后，由工伤保险基金和用人单位
    // 依照本条例的规定支付新发生的费用。”
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
    let risk = o
        .items
        .iter()
        .find(|i| i.title.contains("参保前发生的工伤"))
        .unwrap();
    assert!(risk.detail.contains("补缴") && risk.detail.contains("新发生的费用"));
    assert!(risk
        .cites
        .iter()
        .any(|c| c.to_string().contains("第六十二条第三款")));
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

#[test]
fn a_unit_that_has_not_registered_is_not_asked_whether_its_staff_are_enrolled() {
    let a = answers(&[
        ("unit", "enterprise"),
        ("registered", "no"),
        ("founded", "2025-05-20"),
        ("sector", "none"),
        ("people", "regular"),
        ("hired", "2025-05-06"),
    ]);
    let walk = FLOW.walk(&a);
    assert!(walk.done(), "{walk:?}");
    assert!(!walk.path.contains(&"all_enrolled"));
    let o = outcome(
        &[
            ("unit", "enterprise"),
            ("registered", "no"),
            ("founded", "2025-05-20"),
            ("sector", "none"),
            ("people", "regular"),
            ("hired", "2025-05-06"),
        ],
        "2025-06-01",
    );
    let staff = o
        .items
        .iter()
        .find(|i| i.title.contains("尚未参保的职工"))
        .unwrap();
    assert_eq!(staff.deadline.as_ref().unwrap().date, day("2025-06-05"));
    // A registered unit is still asked.
    let registered = answers(&[
        ("unit", "enterprise"),
        ("registered", "yes"),
        ("sector", "none"),
        ("people", "regular"),
    ]);
    assert_eq!(FLOW.walk(&registered).pending, Some("all_enrolled"));
}
