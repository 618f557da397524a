//! The policy rules of the self-check: from the answers and the as-of date to
//! the obligations checklist, each item with its citation. 不确定 never becomes
//! a yes or a no: it becomes an item that says what to ask and what to bring.

use crate::date::Date;
use crate::flow::outcome::{Deadline, Item, Status};
use crate::flow::{Answers, UNSURE};
use crate::policy::*;
use crate::retirement::{age_on, retirement, Category};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The unit must enroll its people.
    MustEnroll,
    /// Civil servants and 参公 staff: the unit pays injuries itself (条例第六十五条).
    OutsideFund,
    NothingToDo,
    /// The answers do not decide it.
    AskOffice,
}

impl Verdict {
    pub fn headline(self) -> &'static str {
        match self {
            Verdict::MustEnroll => "贵单位应当为职工参加工伤保险",
            Verdict::OutsideFund => {
                "公务员和参公人员不参加工伤保险基金，由单位支付工伤费用；其他人员仍应参保"
            }
            Verdict::NothingToDo => "按您的回答，贵单位目前不需要办理工伤保险参保",
            Verdict::AskOffice => "按您的回答还不能确定，请带上所列材料向社会保险经办机构确认",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Outcome {
    pub verdict: Verdict,
    pub items: Vec<Item>,
    /// Keys for the premium estimator, pre-filled with what is known.
    pub estimator: Vec<(String, String)>,
    /// Policy data that could not answer for the as-of date.
    pub problems: Vec<PolicyError>,
}

fn cite(source: &'static Source, pinpoint: &'static str) -> Citation {
    Citation { source, pinpoint }
}

const LICENCE: &str = "营业执照、登记证书或单位印章";
const ROSTER: &str = "职工花名册和劳动合同";

/// Only answers on the path count: a stray answer left in a link from another
/// route (or typed into it) never changes the result.
pub fn assess(answers: &Answers, day: Date) -> Outcome {
    let on_path = super::FLOW.answers_on_path(answers);
    let a = &on_path;
    let mut out = Outcome {
        verdict: Verdict::MustEnroll,
        items: Vec::new(),
        estimator: Vec::new(),
        problems: Vec::new(),
    };
    let unit = a.get("unit").unwrap_or_default();
    let covered = cite(&SRC_REGULATION, "第二条");

    // Who the unit is.
    match unit {
        UNSURE => {
            out.verdict = Verdict::AskOffice;
            out.items.push(
                Item::new(Status::Ask, "确认单位类型", "企业、事业单位、社会团体、民办非企业单位、基金会、律师事务所、会计师事务所等组织和有雇工的个体工商户，都应当为全部职工参加工伤保险。请带上证照到社会保险经办机构确认。")
                    .bring(&[LICENCE])
                    .cite([covered]),
            );
            return out;
        }
        "sole" if a.is("employees", "no") => {
            out.verdict = Verdict::NothingToDo;
            out.items.push(
                Item::new(Status::NotNeeded, "没有雇工的个体工商户不需要办理工伤保险参保", "《工伤保险条例》只要求有雇工的个体工商户为雇工参保。一旦雇用了雇工，自用工之日起30日内要为雇工参保。")
                    .cite([covered]),
            );
            out.items.push(
                Item::new(Status::Info, "经营者本人", "目前未找到江苏面向个体经营者本人、只参加工伤保险的一般渠道；养老和医疗保险可以按灵活就业人员参保。")
                    .unverified(),
            );
            return out;
        }
        "sole" if a.is("employees", UNSURE) => {
            out.verdict = Verdict::AskOffice;
            out.items.push(
                Item::new(Status::Ask, "先确认是否有雇工", "有雇工（店员、帮工等）的个体工商户必须为雇工参加工伤保险；没有雇工的不需要。是否构成雇用关系，可带上材料向经办机构确认。")
                    .bring(&[LICENCE, "用工情况说明（人数、工作内容、工资发放记录）"])
                    .cite([covered]),
            );
            return out;
        }
        _ => {}
    }
    let civil_service = unit == "organ" || a.is("civil", "yes");
    if civil_service {
        out.verdict = Verdict::OutsideFund;
        out.items.push(
            Item::new(Status::Info, "公务员和参公人员：由单位支付工伤费用", "公务员和参照公务员法管理的事业单位、社会团体的工作人员因工受伤或患职业病，由所在单位支付费用，不参加工伤保险基金。")
                .cite([cite(&SRC_REGULATION, "第六十五条")]),
        );
        out.items.push(
            Item::new(Status::Must, "其他人员应参加工伤保险", "单位聘用的不按公务员管理的人员（如编外聘用人员、工勤人员），应参加工伤保险。江苏的费率办法把国家机关列入适用范围；具体哪些人员参保，请向经办机构确认。")
                .cite([cite(&SRC_JS_2023_2, "第二条")])
                .bring(&[ROSTER])
                .unverified(),
        );
    } else if a.is("civil", UNSURE) {
        out.verdict = Verdict::AskOffice;
        out.items.push(
            Item::new(Status::Ask, "确认单位是否参照公务员法管理", "参公单位的工作人员由单位支付工伤费用；不参公的事业单位、社会团体应为全部职工参加工伤保险。")
                .bring(&["机构编制部门关于参照公务员法管理的批准文件（如有）", LICENCE])
                .cite([cite(&SRC_REGULATION, "第六十五条"), cite(&SRC_JS_COLLECTION, "第三条")]),
        );
    } else {
        out.items.push(
            Item::new(
                Status::Must,
                "为全部职工参加工伤保险",
                "工伤保险费由单位缴纳，职工个人不缴费。缴费基数为全部职工的工资总额，应如实申报。",
            )
            .cite([
                covered,
                cite(&SRC_SI_LAW, "第三十三条"),
                cite(&SRC_JS_COLLECTION, "第三条"),
            ]),
        );
    }

    registration(a, day, &mut out);
    sectors(a, &mut out);
    people(a, day, &mut out);
    risks(&mut out);
    out.estimator = estimator_keys(a, &out);
    out
}

fn registration(a: &Answers, day: Date, out: &mut Outcome) {
    match a.get("registered") {
        Some("no") => {
            let mut item = Item::new(
                Status::Must,
                "办理社会保险登记",
                "持营业执照、登记证书或单位印章，向当地社会保险经办机构申请办理社会保险登记。",
            )
            .bring(&[LICENCE])
            .cite([cite(&SRC_SI_LAW, "第五十七条")]);
            match (a.date("founded"), UNIT_REGISTRATION_DAYS.whole(day)) {
                (Some(founded), Ok((days, _))) => {
                    let deadline = Deadline::new(
                        founded.add_days(i64::from(days)),
                        format!("自成立之日起{days}日内"),
                        day,
                    );
                    if deadline.overdue {
                        item.detail.push_str("已超过期限：社会保险行政部门会责令限期改正，逾期不改正的，处应缴社会保险费1至3倍的罚款，并对直接负责的主管人员处500元至3000元罚款。");
                        item.cites.push(cite(&SRC_SI_LAW, "第八十四条"));
                    }
                    item = item.by(deadline);
                }
                (None, Ok(_)) => item.detail.push_str("期限为自成立之日起30日内。"),
                (_, Err(e)) => out.problems.push(e),
            }
            out.items.push(item);
        }
        Some(UNSURE) => out.items.push(
            Item::new(
                Status::Ask,
                "查询单位是否已办理社会保险登记",
                "可在社会保险经办机构或江苏智慧人社查询。没有登记的，要尽快办理。",
            )
            .bring(&[LICENCE])
            .cite([cite(&SRC_SI_LAW, "第五十七条")]),
        ),
        _ => {}
    }
}

fn sectors(a: &Answers, out: &mut Outcome) {
    let notice = cite(&SRC_CZ_2022_29, "二（一）1");
    if a.is("sector", UNSURE) {
        out.items.push(
            Item::new(Status::Info, "高风险行业", "存在尘肺病危害、危险化学品、建筑业、电梯安装等行业，是常州扩大工伤保险覆盖面的重点，请对照单位实际业务核实。").cite([notice]),
        );
        return;
    }
    let high_risk: Vec<&str> = [
        ("dust", "存在尘肺病危害的作业"),
        ("chemicals", "危险化学品"),
        ("construction", "建筑施工"),
    ]
    .iter()
    .filter(|(k, _)| a.has("sector", k))
    .map(|(_, l)| *l)
    .collect();
    if !high_risk.is_empty() {
        out.items.push(
            Item::new(
                Status::Info,
                format!("重点行业：{}", high_risk.join("、")),
                "常州把尘肺病、危险化学品和建筑业等高风险行业列为依法参保的重点，会通过数据比对核查这些单位的参保和缴费基数。",
            )
            .cite([notice]),
        );
    }
    if a.has("sector", "construction") {
        out.items.push(
            Item::new(
                Status::Info,
                "建筑业：动态实名制参保",
                "常州开展建筑业专项治理，要求落实动态实名制参保。",
            )
            .cite([cite(&SRC_CZ_2022_29, "二（六）14")]),
        );
    }
    if a.has("sector", "elevator") {
        out.items.push(
            Item::new(Status::Info, "电梯安装业：如实申报缴费基数", "常州针对电梯安装业“缴费低、事故多、费用高”开展专项治理，要求做实缴费基数。部分地方把电梯安装项目按建设项目参保，常州做法未核实。")
                .cite([cite(&SRC_CZ_2022_29, "二（六）14")])
                .unverified(),
        );
    }
}

fn people(a: &Answers, day: Date, out: &mut Outcome) {
    if a.is("people", UNSURE) {
        out.items.push(
            Item::new(Status::Ask, "逐一核对单位用工人员的身份", "全日制职工、非全日制人员、派遣人员、实习生、超龄人员、项目施工人员的参保方式不同，请带上材料向经办机构确认。")
                .bring(&[ROSTER, "劳务派遣协议、实习协议（如有）"]),
        );
        return;
    }
    if a.has("people", "regular") {
        regular(a, day, out);
    }
    if a.has("people", "parttime") {
        out.items.push(
            Item::new(Status::Must, "非全日制和多单位兼职人员：单项参加工伤保险", "这类人员可以只参加工伤保险。同时在几家单位工作的，各单位分别为其参保；发生工伤时，由职工当时为之工作的单位承担工伤保险责任。")
                .cite([cite(&SRC_JS_2020_6, ""), cite(&SRC_SPC_2014, "第三条第一款第（一）项")])
                .unverified(),
        );
    }
    if a.has("people", "dispatched") {
        let spc = cite(&SRC_SPC_2014, "第三条第一款第（二）项");
        out.items.push(match a.get("dispatch_role") {
            Some("agency") => Item::new(Status::Must, "劳务派遣单位为派出人员参保", "派遣人员在用工单位工作期间因工伤亡的，由劳务派遣单位承担工伤保险责任，因此由派遣单位为其参保缴费。").cite([spc]).bring(&["劳务派遣协议", ROSTER]),
            Some("host") => Item::new(Status::Info, "派遣人员由派遣单位参保", "接收的派遣人员由劳务派遣单位参保。建议在派遣协议中写明，并查验派遣单位的参保缴费凭证；没有参保的，发生工伤时容易产生纠纷。").cite([spc]),
            _ => Item::new(Status::Ask, "确认派遣关系中的角色", "派遣人员由劳务派遣单位参保。请对照派遣协议确认贵单位是派出方还是接收方。").bring(&["劳务派遣协议"]).cite([spc]),
        });
    }
    if a.has("people", "intern") {
        intern(a, day, out);
    }
    if a.has("people", "overage") {
        overage(a, day, out);
    }
    if a.has("people", "project") {
        project(a, out);
    }
    if a.has("people", "courier") {
        let notice = cite(&SRC_COURIER_NOTICE, "");
        out.items.push(match a.get("courier_outlet") {
            Some("employer") => Item::new(Status::Must, "快递网点为快递员参保", "具备用人单位资格、以自己名义用工的快递网点，直接为招用的快递员参加工伤保险。").cite([notice]).unverified(),
            Some("filed") => Item::new(Status::Info, "由所属快递企业为快递员参保", "只在快递企业备案、不具备用人单位资格的末端网点，由所属的快递企业为其快递员参加工伤保险。").cite([notice]).unverified(),
            _ => Item::new(Status::Ask, "确认快递网点是否具备用人单位资格", "具备资格的网点自己为快递员参保，备案网点由所属快递企业参保。").cite([notice]).bring(&[LICENCE, "与快递企业的备案或加盟协议"]).unverified(),
        });
        out.items.push(
            Item::new(
                Status::Info,
                "常州专项行动",
                "常州要求落实快递末端备案网点参加工伤保险的政策。",
            )
            .cite([cite(&SRC_CZ_2022_29, "二（一）1")]),
        );
    }
    if a.has("people", "platform") {
        platform(day, out);
    }
}

fn regular(a: &Answers, day: Date, out: &mut Outcome) {
    let art58 = cite(&SRC_SI_LAW, "第五十八条");
    match a.get("all_enrolled") {
        Some("no") => {
            let mut item = Item::new(
                Status::Must,
                "为尚未参保的职工办理参保登记",
                "试用期也属于劳动关系期间，同样要参保。",
            )
            .bring(&[ROSTER])
            .cite([
                art58,
                cite(&SRC_SI_LAW, "第四十一条"),
                cite(&SRC_REGULATION, "第六十二条"),
            ]);
            match (a.date("hired"), EMPLOYEE_REGISTRATION_DAYS.whole(day)) {
                (Some(hired), Ok((days, _))) => {
                    let deadline =
                        Deadline::new(hired.add_days(i64::from(days)), format!("自用工之日起{days}日内"), day);
                    if deadline.overdue {
                        item.detail
                            .push_str("已超过期限。参保前发生的工伤，全部工伤保险待遇由单位支付。");
                    }
                    item = item.by(deadline);
                }
                (None, Ok(_)) => item.detail.push_str("期限为自用工之日起30日内。"),
                (_, Err(e)) => out.problems.push(e),
            }
            out.items.push(item);
        }
        Some(UNSURE) => out.items.push(
            Item::new(
                Status::Ask,
                "核对职工参保名单",
                "把在职职工名单与社保参保名单逐一核对，没有参保的自用工之日起30日内办理。",
            )
            .bring(&[ROSTER])
            .cite([art58]),
        ),
        _ => out.items.push(
            Item::new(
                Status::Info,
                "新招职工：30日内参保",
                "以后新招用的职工，自用工之日起30日内办理社会保险登记。",
            )
            .cite([art58]),
        ),
    }
}

fn intern(a: &Answers, day: Date, out: &mut Outcome) {
    let source = cite(&SRC_JS_2020_6, "");
    match a.get("intern_school") {
        Some("yes") => match INTERN_ENROLLMENT.state(day) {
            Ok((State::NotAvailable, _)) => out.items.push(Item::new(Status::Info, "实习生单项参保尚未开始", "江苏实习生单项参加工伤保险的办法自2021年2月1日起施行。").cite([source])),
            Ok((_, v)) => out.items.push(
                Item::new(Status::May, "可以为实习生单项参加工伤保险", "由实习单位按实习协议期限一次性缴纳：实习报酬总额 × 单位的费率。未参保的实习生受到伤害，单位可能需要自行承担赔偿。")
                    .cite(v.citations.iter().copied())
                    .bring(&["学校与单位签订的实习协议", "实习学生名单"])
                    .unverified(),
            ),
            Err(e) => out.problems.push(e),
        },
        Some("no") => out.items.push(
            Item::new(Status::Ask, "不属于院校统一安排的实习", "江苏的实习生单项参保只适用于技工院校、职业院校统一安排、年满16周岁的实习学生。其他情况（如学生自行联系的实习、毕业生试用）是否构成劳动关系，需要具体判断。")
                .cite([source])
                .bring(&["实习协议或用工协议", "学生证或毕业证明"]),
        ),
        _ => out.items.push(
            Item::new(Status::Ask, "确认实习是否由院校统一安排", "院校统一安排的实习生可以单项参加工伤保险。").cite([source]).bring(&["学校与单位签订的实习协议"]),
        ),
    }
}

fn category(key: &str) -> Option<Category> {
    match key {
        "male" => Some(Category::Male),
        "female55" => Some(Category::FemaleCadre),
        "female50" => Some(Category::FemaleWorker),
        _ => None,
    }
}

fn overage(a: &Answers, day: Date, out: &mut Outcome) {
    let bring_id: &[&str] = &[
        "本人身份证件",
        "人事档案或岗位证明（确定退休年龄类别）",
        "是否领取基本养老金的证明",
    ];
    let birth = a.month("overage_birth");
    // With the category unknown, try every category: only an answer all agree on is given.
    let categories: Vec<Category> = match a.get("overage_category").and_then(category) {
        Some(c) => vec![c],
        None => Category::ALL.to_vec(),
    };
    let reached: Option<Vec<(bool, String)>> = birth.map(|b| {
        categories
            .iter()
            .filter_map(|c| match retirement(*c, b, day) {
                Ok(r) => Some((
                    r.reached_by(day),
                    format!(
                        "{}：{}达到法定退休年龄（{}）",
                        c.label(),
                        r.month.chinese(),
                        r.age_text()
                    ),
                )),
                Err(e) => {
                    out.problems.push(e);
                    None
                }
            })
            .collect()
    });
    let retirement_cite = RETIREMENT_MALE
        .at(day)
        .map(|v| v.citations.to_vec())
        .unwrap_or_default();
    let Some(reached) = reached.filter(|r| !r.is_empty()) else {
        out.items.push(
            Item::new(
                Status::Ask,
                "确认这名人员是否已达到法定退休年龄",
                "需要出生年月和退休年龄类别才能判断。",
            )
            .bring(bring_id)
            .cite(retirement_cite),
        );
        return;
    };
    let explain: Vec<String> = reached.iter().map(|(_, t)| t.clone()).collect();
    let explain = explain.join("；");
    if reached.iter().all(|(r, _)| !r) {
        out.items.push(
            Item::new(
                Status::Must,
                "尚未达到法定退休年龄：按普通职工参保",
                format!("{explain}。在此之前应作为普通职工参加工伤保险。"),
            )
            .cite(retirement_cite)
            .cite([cite(&SRC_REGULATION, "第二条")]),
        );
        return;
    }
    if !reached.iter().all(|(r, _)| *r) {
        out.items.push(
            Item::new(
                Status::Ask,
                "确认退休年龄类别",
                format!("不同类别的结果不同：{explain}。请按人事档案确认。"),
            )
            .bring(bring_id)
            .cite(retirement_cite),
        );
        return;
    }
    let age = birth.map(|b| age_on(b, day)).unwrap_or_default();
    let order56 = cite(&SRC_MOHRSS_ORDER_56, "第十五条");
    let jiangsu = cite(&SRC_JS_2020_6, "");
    let detail_age = format!("{explain}；到 {} 约 {age} 周岁。", day.chinese());
    match (a.get("overage_pension"), OVERAGE_ENROLLMENT.state(day)) {
        (_, Err(e)) => out.problems.push(e),
        (Some(UNSURE) | None, _) => out.items.push(
            Item::new(Status::Ask, "确认是否已领取基本养老金", format!("{detail_age}是否已办理退休手续、领取养老金，决定能否以及如何参保。")).bring(bring_id).cite([jiangsu]),
        ),
        (Some("yes"), Ok((State::Mandatory, _))) => out.items.push(
            Item::new(Status::Ask, "已领取养老金的超龄人员", format!("{detail_age}人社部令第56号要求用人单位为超龄劳动者参加工伤保险；已领取养老金的人员如何参保，配套的工伤保障办法尚未出台，请向经办机构确认。"))
                .cite([order56])
                .bring(bring_id)
                .unverified(),
        ),
        (Some("yes"), Ok(_)) => out.items.push(
            Item::new(Status::NotNeeded, "已领取养老金的人员不能单项参保", format!("{detail_age}江苏的超龄人员单项参保只适用于未办理退休手续、未领取养老金的人员。自 2026-07-01 起，人社部令第56号要求用人单位为超龄劳动者参加工伤保险，届时请再确认。"))
                .cite([jiangsu, order56])
                .unverified(),
        ),
        (Some(_), Ok((State::NotAvailable, _))) => out.items.push(
            Item::new(Status::Info, "超龄人员单项参保尚未开始", format!("{detail_age}江苏超龄人员单项参加工伤保险的办法自2021年2月1日起施行。")).cite([jiangsu]),
        ),
        (Some(_), Ok((State::Mandatory, v))) => {
            out.items.push(
                Item::new(Status::Must, "应当为超龄劳动者参加工伤保险", format!("{detail_age}自 2026-07-01 起，用人单位应当为超龄劳动者参加工伤保险并缴纳工伤保险费，个人不缴费。"))
                    .cite(v.citations.iter().copied())
                    .bring(bring_id),
            );
            if let Err(PolicyError::NotFound { guidance, .. }) = OVERAGE_AGE_CAP.number(day) {
                out.items.push(Item::new(Status::Info, "年龄上限", guidance).cite([order56]).unverified());
            }
        }
        (Some(_), Ok((_, v))) => match OVERAGE_AGE_CAP.whole(day) {
            Ok((cap, _)) if i64::from(age) > i64::from(cap) => out.items.push(
                Item::new(Status::NotNeeded, format!("超过{cap}周岁，不在江苏单项参保范围内"), format!("{detail_age}江苏办法适用于{cap}周岁以下、未办理退休手续的人员。自 2026-07-01 起人社部令第56号要求为超龄劳动者参保，届时请再确认。"))
                    .cite([jiangsu, order56])
                    .unverified(),
            ),
            Ok((cap, _)) => out.items.push(
                Item::new(Status::May, "可以为这名人员单项参加工伤保险（自愿）", format!("{detail_age}江苏允许为{cap}周岁以下、未办理退休手续的超龄人员只参加工伤保险，按月以实际工资 × 单位费率缴纳，个人不缴费。自 2026-07-01 起改为应当参保（人社部令第56号）。"))
                    .cite(v.citations.iter().copied())
                    .cite([order56])
                    .bring(bring_id)
                    .unverified(),
            ),
            Err(e) => out.problems.push(e),
        },
    }
}

fn project(a: &Answers, out: &mut Outcome) {
    let national = cite(&SRC_MOHRSS_2014_103, "");
    let rate = cite(&SRC_JS_2023_2, "第三条");
    out.items.push(match (a.get("project_role"), a.get("project_enrolled")) {
        (Some("general"), Some("yes")) => Item::new(Status::Info, "项目已按项目参保：做好动态实名制管理", "项目上全部施工人员（含分包单位人员）都在项目参保范围内。人员进出要及时报备，保持实名制名单与现场一致。").cite([national]),
        (Some("general"), Some("no")) => Item::new(Status::Must, "开工前按项目参加工伤保险", "由施工总承包单位按项目（或标段）的工程总造价 × 项目费率，在开工前一次性缴纳；未参保的项目不予核发施工许可证。项目费用由建设单位在工程概算中单独列支，属于不可竞争费用。")
            .cite([national, rate])
            .bring(&["施工合同（含合同总价）", "项目基本信息和施工人员实名制名单"]),
        (Some("general"), _) => Item::new(Status::Ask, "查询项目是否已按项目参保", "项目应在开工前由总承包单位按项目参保，办理施工许可证时需要参保证明。").cite([national]).bring(&["施工合同", "施工许可证（如已取得）"]),
        (Some("sub"), _) => Item::new(Status::Info, "分包单位人员由总承包单位按项目统一参保", "按项目参保覆盖项目上全部施工人员，包括专业承包、劳务分包单位的人员。请确认总承包单位已参保，并配合实名制登记。贵单位自己的固定职工仍由贵单位正常参保。").cite([national]),
        (Some("owner"), _) => Item::new(Status::Info, "建设单位：在工程概算中单独列支工伤保险费", "按项目参保的工伤保险费由建设单位在工程概算中单独列支，作为不可竞争费用，不参与竞标压价；由总承包单位开工前一次性缴纳。").cite([national]),
        _ => Item::new(Status::Ask, "确认贵单位在项目中的角色", "按项目参保由施工总承包单位办理；分包单位的人员在总承包单位的项目参保范围内。").cite([national]).bring(&["施工合同"]),
    });
}

fn platform(day: Date, out: &mut Outcome) {
    match PLATFORM_INJURY_COVER.state(day) {
        Ok((State::Pilot, v)) => out.items.push(
            Item::new(Status::NotNeeded, "平台骑手、网约车和货车司机：由平台按单缴费", "通过网络平台接单的骑手、网约车司机、货车司机，由平台企业按单缴纳职业伤害保障费（每单必保），从业人员个人不缴费，接单的商户也不需要为他们缴费。如果骑手是贵单位直接招用的职工，则按全日制或非全日制职工参保。")
                .cite(v.citations.iter().copied()),
        ),
        Ok((_, v)) => out.items.push(
            Item::new(Status::Info, "平台从业人员职业伤害保障尚未在江苏试点", "江苏的试点自2022年7月1日开始，由平台企业按单缴费。").cite(v.citations.iter().copied()),
        ),
        Err(e) => out.problems.push(e),
    }
}

fn risks(out: &mut Outcome) {
    if out.verdict == Verdict::NothingToDo
        || out.verdict == Verdict::AskOffice && out.items.iter().all(|i| i.status != Status::Must)
    {
        return;
    }
    let notice = cite(&SRC_CZ_2022_29, "二（六）15");
    out.items.push(
        Item::new(Status::Risk, "参保前发生的工伤由单位全额承担", "工伤保险只保障参保后发生的工伤。应参保而未参保期间发生工伤的，由单位按工伤保险待遇标准支付全部费用。")
            .cite([cite(&SRC_SI_LAW, "第四十一条"), cite(&SRC_REGULATION, "第六十二条")]),
    );
    out.items.push(
        Item::new(Status::Risk, "不参保、不缴费的处罚", "责令限期参保、补缴保费，并自欠缴之日起按日加收万分之五的滞纳金；逾期仍不缴纳的，处欠缴数额1至3倍的罚款。不办理社会保险登记、逾期不改正的，处应缴保费1至3倍的罚款。")
            .cite([cite(&SRC_REGULATION, "第六十二条"), cite(&SRC_SI_LAW, "第八十六条"), cite(&SRC_SI_LAW, "第八十四条")]),
    );
    out.items.push(
        Item::new(Status::Risk, "缴费基数要按实际工资申报", "常州会比对数据，对缴费基数下降多、增减人员变动大的单位调查核实；基数异常的，由经办机构核定缴费基数。")
            .cite([cite(&SRC_CZ_2022_29, "二（一）2、3")]),
    );
    out.items.push(
        Item::new(Status::Risk, "不要“出事后参保、当月又减员”", "当月先参保后回退的操作会被严查；同一人员多次出现的，单位会被风险预警并移交劳动监察检查。").cite([notice]),
    );
    out.items.push(
        Item::new(
            Status::Risk,
            "参保单位要与实际用工单位一致",
            "参保单位与申报工伤待遇的单位不一致的，会被列为稽核线索。",
        )
        .cite([notice]),
    );
}

/// What the premium estimator can already be told.
fn estimator_keys(a: &Answers, out: &Outcome) -> Vec<(String, String)> {
    if out.verdict == Verdict::NothingToDo {
        return Vec::new();
    }
    let mode = if a.is("project_role", "general") {
        "project"
    } else if a.has("people", "regular") || a.has("people", "parttime") {
        "employees"
    } else if a.has("people", "overage") {
        "overage"
    } else if a.has("people", "intern") && a.is("intern_school", "yes") {
        "intern"
    } else {
        "payroll"
    };
    vec![("mode".into(), mode.into())]
}
