//! The policy rules of the self-check: from the answers and the as-of date to
//! the obligations checklist, each item with its citation. 不确定 never becomes
//! a yes or a no: it becomes an item that says what to ask and what to bring.

use super::questions::id;
use crate::benefits::{self, Insured};
use crate::date::Date;
use crate::flow::{Answers, UNSURE};
use crate::format::number;
use crate::outcome::period_deadline;
use crate::outcome::{notice, Checked, Item, Kind, Status};
use crate::policy::*;
use crate::premium::form::Mode;
use crate::premium::Field;
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
    pub fn kind(self) -> Kind {
        match self {
            Verdict::MustEnroll => Kind::Must,
            Verdict::OutsideFund => Kind::Info,
            Verdict::NothingToDo => Kind::Nothing,
            Verdict::AskOffice => Kind::Ask,
        }
    }

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
    /// Policy data that could not answer for the as-of date, each notice once.
    pub problems: Vec<String>,
}

impl Outcome {
    /// A whole-number figure for prose; a missing one is reported, never defaulted.
    fn whole(&mut self, param: &'static Param, day: Date) -> Option<u32> {
        param
            .whole(day)
            .map_err(|e| notice(&mut self.problems, e.to_string()))
            .ok()
            .map(|(n, _)| n)
    }

    /// `1至3` from a parameter holding a low and a high figure.
    fn span(&mut self, param: &'static Param, day: Date) -> Option<String> {
        match param.list(day) {
            Ok(([low, high], _)) => Some(format!("{}至{}", number(*low), number(*high))),
            Ok(_) => {
                let wrong = PolicyError::WrongKind {
                    param: param.label,
                    day,
                };
                notice(&mut self.problems, wrong.to_string());
                None
            }
            Err(e) => {
                notice(&mut self.problems, e.to_string());
                None
            }
        }
    }

    fn state(&mut self, param: &'static Param, day: Date) -> Option<(State, InForce<DatedValue>)> {
        param
            .state(day)
            .map_err(|e| notice(&mut self.problems, e.to_string()))
            .ok()
    }
}

const LICENCE: &str = "营业执照、登记证书或单位印章";
const ROSTER: &str = "职工花名册和劳动合同";

/// The result in the shape every self-check shares.
pub fn checked(answers: &Answers, day: Date) -> Checked {
    let o = assess(answers, day);
    Checked {
        kind: o.verdict.kind(),
        headline: o.verdict.headline(),
        reasons: Vec::new(),
        documents: Vec::new(),
        items: o.items,
        problems: o.problems,
        see: (!o.estimator.is_empty()).then(|| crate::outcome::See {
            path: crate::premium::PATH,
            label: "用保费测算估算要缴多少",
            pairs: o.estimator,
        }),
    }
}

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
    let unit = a.get(id::UNIT).unwrap_or_default();
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
        "sole" if a.is(id::EMPLOYEES, "no") => {
            out.verdict = Verdict::NothingToDo;
            let within = out
                .whole(&EMPLOYEE_REGISTRATION_DAYS, day)
                .map(|n| format!("一旦雇用了雇工，自用工之日起{n}日内要为雇工参保。"))
                .unwrap_or_default();
            out.items.push(
                Item::new(
                    Status::NotNeeded,
                    "没有雇工的个体工商户不需要办理工伤保险参保",
                    format!("《工伤保险条例》只要求有雇工的个体工商户为雇工参保。{within}"),
                )
                .cite([covered, cite(&SRC_SI_LAW, "第五十八条")]),
            );
            out.items.push(
                Item::new(Status::Info, "经营者本人", "目前未找到江苏面向个体经营者本人、只参加工伤保险的一般渠道；养老和医疗保险可以按灵活就业人员参保。")
                    .unverified(),
            );
            return out;
        }
        "sole" if a.is(id::EMPLOYEES, UNSURE) => {
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
    let civil_service = unit == "organ" || a.is(id::CIVIL, "yes");
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
    } else if a.is(id::CIVIL, UNSURE) {
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
    risks(a, day, &mut out);
    out.estimator = estimator_keys(a, &out);
    out
}

fn registration(a: &Answers, day: Date, out: &mut Outcome) {
    match a.get(id::REGISTERED) {
        Some("no") => {
            let mut item = Item::new(
                Status::Must,
                "办理社会保险登记",
                "持营业执照、登记证书或单位印章，向当地社会保险经办机构申请办理社会保险登记。",
            )
            .bring(&[LICENCE])
            .cite([cite(&SRC_SI_LAW, "第五十七条")]);
            if let Some(days) = out.whole(&UNIT_REGISTRATION_DAYS, day) {
                match a.date(id::FOUNDED) {
                    Some(founded) => {
                        let (deadline, moved) = period_deadline(
                            founded.add_days(i64::from(days)),
                            format!("自成立之日起{days}日内"),
                            day,
                        );
                        if deadline.overdue {
                            let fine = out.span(&UNREGISTERED_FINE_MULTIPLE, day);
                            let manager = out.span(&UNREGISTERED_MANAGER_FINE, day);
                            if let (Some(fine), Some(manager)) = (fine, manager) {
                                item.detail.push_str(&format!("已超过期限：社会保险行政部门会责令限期改正，逾期不改正的，处应缴社会保险费{fine}倍的罚款，并对直接负责的主管人员和其他直接责任人员处{manager}元的罚款。"));
                            }
                            item.cites.push(cite(&SRC_SI_LAW, "第八十四条"));
                        }
                        item = item.by(deadline).cite(moved);
                    }
                    None => item
                        .detail
                        .push_str(&format!("期限为自成立之日起{days}日内。")),
                }
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
    let cz_focus = cite(&SRC_CZ_2022_29, "二（一）1");
    if a.is(id::SECTOR, UNSURE) {
        out.items.push(
            Item::new(Status::Info, "高风险行业", "存在尘肺病危害、危险化学品、建筑业、电梯安装等行业，是常州扩大工伤保险覆盖面的重点，请对照单位实际业务核实。").cite([cz_focus]),
        );
        return;
    }
    let high_risk: Vec<&str> = [
        ("dust", "存在尘肺病危害的作业"),
        ("chemicals", "危险化学品"),
        ("construction", "建筑施工"),
    ]
    .iter()
    .filter(|(k, _)| a.has(id::SECTOR, *k))
    .map(|(_, l)| *l)
    .collect();
    if !high_risk.is_empty() {
        out.items.push(
            Item::new(
                Status::Info,
                format!("重点行业：{}", high_risk.join("、")),
                "常州把尘肺病、危险化学品和建筑业等高风险行业列为依法参保的重点，会通过数据比对核查这些单位的参保和缴费基数。",
            )
            .cite([cz_focus]),
        );
    }
    if a.has(id::SECTOR, "construction") {
        out.items.push(
            Item::new(
                Status::Info,
                "建筑业：动态实名制参保",
                "常州开展建筑业专项治理，要求落实动态实名制参保。",
            )
            .cite([cite(&SRC_CZ_2022_29, "二（六）14")]),
        );
    }
    if a.has(id::SECTOR, "elevator") {
        out.items.push(
            Item::new(Status::Info, "电梯安装业：如实申报缴费基数", "常州针对电梯安装业“缴费低、事故多、费用高”开展专项治理，要求做实缴费基数。部分地方把电梯安装项目按建设项目参保，常州做法未核实。")
                .cite([cite(&SRC_CZ_2022_29, "二（六）14")])
                .unverified(),
        );
    }
}

fn people(a: &Answers, day: Date, out: &mut Outcome) {
    if a.is(id::PEOPLE, UNSURE) {
        out.items.push(
            Item::new(Status::Ask, "逐一核对单位用工人员的身份", "全日制职工、非全日制人员、派遣人员、实习生、超龄人员、项目施工人员的参保方式不同，请带上材料向经办机构确认。")
                .bring(&[ROSTER, "劳务派遣协议、实习协议（如有）"]),
        );
        return;
    }
    if a.has(id::PEOPLE, "regular") {
        regular(a, day, out);
    }
    if a.has(id::PEOPLE, "parttime") {
        out.items.push(
            Item::new(Status::Must, "非全日制和多单位兼职人员：为其缴纳工伤保险费", "与非全日制人员建立劳动关系的，单位应当为其缴纳工伤保险费。同时在几家单位工作的，各单位分别为其缴纳工伤保险费；发生工伤时，由职工受到伤害时为之工作的单位承担工伤保险责任。")
                .cite([cite(&SRC_PARTTIME_2003_12, "十二"), cite(&SRC_MOHRSS_ORDER_13, "第九条"), cite(&SRC_SPC_2014, "第三条第一款第（一）项")]),
        );
    }
    if a.has(id::PEOPLE, "dispatched") {
        dispatched(a, out);
    }
    if a.has(id::PEOPLE, "intern") {
        intern(a, day, out);
    }
    if a.has(id::PEOPLE, "overage") {
        overage(a, day, out);
    }
    if a.has(id::PEOPLE, "project") {
        project(a, out);
    }
    if a.has(id::PEOPLE, "courier") {
        let courier = cite(&SRC_COURIER_NOTICE, "");
        out.items.push(match a.get(id::COURIER_OUTLET) {
            Some("employer") => Item::new(Status::Must, "快递网点为快递员参保", "具备用人单位资格、以自己名义用工的快递网点，直接为招用的快递员参加工伤保险。").cite([courier]).unverified(),
            Some("filed") => Item::new(Status::Info, "由所属快递企业为快递员参保", "只在快递企业备案、不具备用人单位资格的末端网点，由所属的快递企业为其快递员参加工伤保险。").cite([courier]).unverified(),
            _ => Item::new(Status::Ask, "确认快递网点是否具备用人单位资格", "具备资格的网点自己为快递员参保，备案网点由所属快递企业参保。").cite([courier]).bring(&[LICENCE, "与快递企业的备案或加盟协议"]).unverified(),
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
    if a.has(id::PEOPLE, "platform") {
        platform(day, out);
    }
}

fn regular(a: &Answers, day: Date, out: &mut Outcome) {
    let art58 = cite(&SRC_SI_LAW, "第五十八条");
    let Some(days) = out.whole(&EMPLOYEE_REGISTRATION_DAYS, day) else {
        return;
    };
    // Not registered means no one is enrolled yet; the question is not asked then.
    let all_enrolled = if a.is(id::REGISTERED, "no") {
        Some("no")
    } else {
        a.get(id::ALL_ENROLLED)
    };
    match all_enrolled {
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
            match a.date(id::HIRED) {
                Some(hired) => {
                    let (deadline, moved) = period_deadline(
                        hired.add_days(i64::from(days)),
                        format!("自用工之日起{days}日内"),
                        day,
                    );
                    if deadline.overdue {
                        item.detail
                            .push_str("已超过期限。参保前发生的工伤，全部工伤保险待遇由单位支付。");
                    }
                    item = item.by(deadline).cite(moved);
                }
                None => item
                    .detail
                    .push_str(&format!("期限为自用工之日起{days}日内。")),
            }
            out.items.push(item);
        }
        Some(UNSURE) => out.items.push(
            Item::new(
                Status::Ask,
                "核对职工参保名单",
                format!(
                    "把在职职工名单与社保参保名单逐一核对，没有参保的自用工之日起{days}日内办理。"
                ),
            )
            .bring(&[ROSTER])
            .cite([art58]),
        ),
        _ => out.items.push(
            Item::new(
                Status::Info,
                format!("新招职工：{days}日内参保"),
                format!("以后新招用的职工，自用工之日起{days}日内办理社会保险登记。"),
            )
            .cite([art58]),
        ),
    }
}

/// 劳务派遣暂行规定: the agency enrolls and bears the liability (第八条、第十条); dispatched
/// across regions, the workers are insured where the host is, and without an agency branch
/// there the host enrolls and pays on the agency's behalf (第十八条、第十九条).
fn dispatched(a: &Answers, out: &mut Outcome) {
    let art = |pinpoint| cite(&SRC_DISPATCH_ORDER_22, pinpoint);
    let liability = [
        art("第八条"),
        art("第十条"),
        cite(&SRC_SPC_2014, "第三条第一款第（二）项"),
    ];
    let cross_region = [art("第十八条"), art("第十九条")];
    out.items.push(match (a.get(id::DISPATCH_ROLE), a.get(id::DISPATCH_LOCAL)) {
        (Some("agency"), _) => Item::new(Status::Must, "劳务派遣单位为派出人员参保", "派遣单位应当为被派遣劳动者缴纳社会保险费并办理参保手续，被派遣劳动者因工受伤的，由派遣单位申请工伤认定、承担工伤保险责任。派到常州以外地区的，要在用工单位所在地参保：在当地设有分支机构的由分支机构办理；没有的，由用工单位代为办理参保并缴费。")
            .cite(liability)
            .cite(cross_region)
            .bring(&["劳务派遣协议", ROSTER]),
        (Some("host"), Some("none")) => Item::new(Status::Must, "由贵单位代派遣单位为派遣人员参保缴费", "派遣单位在常州以外、在常州没有分支机构的，被派遣劳动者在常州参保，由用工单位（贵单位）代派遣单位办理参保手续、缴纳社会保险费。工伤保险责任仍由派遣单位承担，双方可以在派遣协议中约定费用的结算。")
            .cite(cross_region)
            .cite(liability)
            .bring(&["劳务派遣协议", "派遣单位的营业执照和劳务派遣经营许可证", "被派遣劳动者名单"]),
        (Some("host"), Some("branch")) => Item::new(Status::NotNeeded, "派遣人员由派遣单位（或其常州分支机构）参保", "派遣单位在常州、或在常州设有分支机构的，由派遣单位或其分支机构为被派遣劳动者参保缴费，贵单位不需要办理参保。建议在派遣协议中写明，并查验参保缴费凭证；被派遣劳动者受伤时，贵单位要协助工伤认定的调查核实。")
            .cite(liability)
            .cite(cross_region),
        (Some("host"), _) => Item::new(Status::Ask, "确认派遣单位在常州有没有分支机构", "派遣单位在常州或在常州设有分支机构的，由它为派遣人员参保；在常州以外又没有分支机构的，由贵单位代为办理参保并缴费。")
            .cite(cross_region)
            .bring(&["劳务派遣协议", "派遣单位的营业执照（看注册地）"]),
        _ => Item::new(Status::Ask, "确认派遣关系中的角色", "派遣人员由劳务派遣单位参保；派遣单位在用工单位所在地没有分支机构的，由用工单位代为参保缴费。请对照派遣协议确认贵单位是派出方还是接收方。")
            .bring(&["劳务派遣协议"])
            .cite(liability),
    });
}

fn intern(a: &Answers, day: Date, out: &mut Outcome) {
    let source = cite(&SRC_JS_2020_6, "");
    match a.get(id::INTERN_SCHOOL) {
        Some("yes") => match out.state(&INTERN_ENROLLMENT, day) {
            Some((State::NotAvailable, _)) => out.items.push(
                Item::new(Status::Info, "实习生单项参保尚未开始", format!("江苏实习生单项参加工伤保险的办法{}。", opens(&INTERN_ENROLLMENT, day))).cite([source]),
            ),
            Some((_, v)) => out.items.push(
                Item::new(Status::May, "可以为实习生单项参加工伤保险", "由实习单位按实习协议期限一次性缴纳：实习报酬总额 × 单位的费率。未参保的实习生受到伤害，单位可能需要自行承担赔偿。")
                    .cite(v.citations.iter().copied())
                    .bring(&["学校与单位签订的实习协议", "实习学生名单"])
                    .unverified(),
            ),
            None => {}
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

/// `自 2021-02-01 起施行`: when a rule the data already holds takes effect, for prose.
fn opens(param: &'static Param, day: Date) -> String {
    param
        .next_after(day)
        .map(|v| format!("自 {} 起施行", v.from))
        .unwrap_or_else(|| "尚未施行".into())
}

/// Workers past the legal retirement age, and early retirees hired afterwards.
///
/// While the overage rule is `Mandatory` (人社部令第56号, in force from the date in the data),
/// the unit must enroll every 超龄劳动者 — whether or not drawing a pension (第十五条、第十六条),
/// including early retirees (第二条第二款) — and a worker on 弹性延迟退休 is an ordinary
/// employee (第二十三条). Before it, Jiangsu's voluntary single-item scheme applies as it stood.
fn overage(a: &Answers, day: Date, out: &mut Outcome) {
    let bring_id: &[&str] = &[
        "本人身份证件",
        "人事档案或岗位证明（确定退休年龄类别）",
        "是否领取基本养老金的证明",
    ];
    let Some((state, v)) = out.state(&OVERAGE_ENROLLMENT, day) else {
        return;
    };
    let rule_cites: Vec<Citation> = v.citations.to_vec();
    let order56 = |pinpoint| cite(&SRC_MOHRSS_ORDER_56, pinpoint);
    let jiangsu = cite(&SRC_JS_2020_6, "");
    let pension = a.get(id::OVERAGE_PENSION);
    let birth = a.month(id::OVERAGE_BIRTH);
    // With the category unknown, try every category: only an answer all agree on is given.
    let categories: Vec<Category> = match a.get(id::OVERAGE_CATEGORY).and_then(Category::from_key) {
        Some(c) => vec![c],
        None => Category::ALL.to_vec(),
    };
    let reached: Vec<(bool, String)> = birth
        .map(|b| {
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
                        notice(&mut out.problems, e.to_string());
                        None
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let retirement_cite = RETIREMENT_MALE
        .at(day)
        .map(|v| v.citations.to_vec())
        .unwrap_or_default();
    let explain = reached
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("；");
    let age = birth
        .map(|b| format!("到 {} 约 {} 周岁。", day.chinese(), age_on(b, day)))
        .unwrap_or_default();
    let detail_age = if explain.is_empty() {
        String::new()
    } else {
        format!("{explain}；{age}")
    };
    let all_reached = !reached.is_empty() && reached.iter().all(|(r, _)| *r);
    let none_reached = !reached.is_empty() && reached.iter().all(|(r, _)| !r);

    if state == State::Mandatory {
        let since = v.from;
        let must =
            |title: &str, detail: String| Item::new(Status::Must, title, detail).bring(bring_id);
        let item = match (pension, a.get(id::OVERAGE_FLEXIBLE)) {
            (Some("yes"), _) if none_reached => must("提前退休后被招用：应当参加工伤保险", format!("{detail_age}已办理提前退休、领取养老金后又被招用的，按超龄劳动者对待。自 {since} 起，用人单位应当为超龄劳动者参加工伤保险并缴纳工伤保险费，个人不缴费；领取的养老金不受影响。"))
                .cite([order56("第二条第二款"), order56("第十五条"), order56("第十六条")]),
            (Some("yes"), _) => must("应当为超龄劳动者参加工伤保险", format!("{detail_age}自 {since} 起，用人单位应当为超龄劳动者参加工伤保险并缴纳工伤保险费，个人不缴费；已领取的养老金不受影响。"))
                .cite([order56("第二条"), order56("第十五条"), order56("第十六条")]),
            (Some("no"), _) if none_reached => must("尚未达到法定退休年龄：按普通职工参保", format!("{detail_age}在此之前应作为普通职工参加工伤保险。"))
                .cite(retirement_cite.iter().copied())
                .cite([cite(&SRC_REGULATION, "第二条")]),
            (Some("no"), Some("yes")) => must("弹性延迟退休期间：按普通职工参保", format!("{detail_age}弹性延迟退休期间仍适用劳动合同法，应作为普通职工参加工伤保险。"))
                .cite([order56("第二十三条"), cite(&SRC_REGULATION, "第二条")]),
            (Some("no"), Some("no")) if all_reached => must("应当为超龄劳动者参加工伤保险", format!("{detail_age}自 {since} 起，用人单位应当为超龄劳动者参加工伤保险并缴纳工伤保险费，个人不缴费。"))
                .cite([order56("第二条"), order56("第十五条")]),
            _ => {
                out.items.push(
                    Item::new(Status::Ask, "确认按普通职工还是按超龄劳动者参保", "未到法定退休年龄或弹性延迟退休的，按普通职工参保；已超过法定退休年龄、或提前退休后被招用的，按超龄劳动者参保。请带上材料向经办机构确认按哪一种办理。")
                        .cite([order56("第二条"), order56("第二十三条")])
                        .bring(bring_id),
                );
                must("应当为这名人员参加工伤保险", format!("{detail_age}自 {since} 起，无论是否已到法定退休年龄、是否领取养老金、是否弹性延迟退休，用人单位都应当为其参加工伤保险，个人不缴费。"))
                    .cite([order56("第十五条"), cite(&SRC_REGULATION, "第二条")])
            }
        };
        out.items.push(item);
        if let Err(PolicyError::NotFound { guidance, .. }) = OVERAGE_AGE_CAP.number(day) {
            out.items.push(
                Item::new(Status::Info, "江苏原单项参保办法的年龄上限", guidance)
                    .cite([order56("第十五条"), jiangsu])
                    .unverified(),
            );
        }
        return;
    }

    // Before 56号: Jiangsu's voluntary scheme, for people not drawing a pension.
    if reached.is_empty() {
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
    }
    let mandatory_from = OVERAGE_ENROLLMENT
        .next_after(day)
        .filter(|next| matches!(next.value, Value::State(State::Mandatory)));
    let coming = mandatory_from
        .map(|next| {
            format!(
                "自 {} 起，人社部令第56号要求用人单位为超龄劳动者参加工伤保险，届时请再确认。",
                next.from
            )
        })
        .unwrap_or_default();
    let with_coming = |item: Item| {
        if mandatory_from.is_some() {
            item.cite([order56("第十五条")])
        } else {
            item
        }
    };
    if none_reached {
        let item = match pension {
            Some("no") => Item::new(
                Status::Must,
                "尚未达到法定退休年龄：按普通职工参保",
                format!("{explain}。在此之前应作为普通职工参加工伤保险。"),
            )
            .cite(retirement_cite)
            .cite([cite(&SRC_REGULATION, "第二条")]),
            // An early retiree drawing a pension: not an ordinary employee, and outside the
            // Jiangsu scheme, which is for people past the legal age who have not retired.
            Some("yes") => with_coming(
                Item::new(
                    Status::NotNeeded,
                    "已提前退休、领取养老金：不按普通职工参保",
                    format!("{explain}。已依法享受基本养老保险待遇（提前退休）后又被招用的人员，不作为普通职工参加工伤保险；江苏的超龄人员单项参保只适用于已达到法定退休年龄、未办理退休手续的人员，也不包括他们。单位已按项目参保等方式为其缴纳工伤保险费的，受到事故伤害适用工伤保险条例；没有的，发生伤害由单位按民事关系承担赔偿责任，最高人民法院曾规定这类用工按劳务关系处理（该款已废止，现行认定未见统一规定）。可向经办机构询问能否按项目等方式参保。{coming}"),
                )
                .cite([
                    cite(&SRC_MOHRSS_2016_29, "第二条"),
                    cite(&SRC_SPC_2020_26, "第三十二条"),
                    jiangsu,
                ])
                .bring(bring_id),
            )
            .unverified(),
            _ => Item::new(
                Status::Ask,
                "确认是否已提前退休、领取基本养老金",
                format!("{explain}。未到法定退休年龄、没有领取养老金的，按普通职工参加工伤保险；已提前退休、领取养老金后被招用的，不按普通职工参保。"),
            )
            .cite(retirement_cite)
            .cite([cite(&SRC_REGULATION, "第二条"), cite(&SRC_MOHRSS_2016_29, "第二条")])
            .bring(bring_id),
        };
        out.items.push(item);
        return;
    }
    if !all_reached {
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
    match (pension, a.get(id::OVERAGE_FLEXIBLE), state) {
        (Some(UNSURE) | None, _, _) => out.items.push(
            Item::new(Status::Ask, "确认是否已领取基本养老金", format!("{detail_age}是否已办理退休手续、领取养老金，决定能否以及如何参保。")).bring(bring_id).cite([jiangsu]),
        ),
        (Some("yes"), _, _) => out.items.push(
            with_coming(Item::new(Status::NotNeeded, "已领取养老金的人员不能单项参保", format!("{detail_age}江苏的超龄人员单项参保只适用于未办理退休手续、未领取养老金的人员。{coming}"))
                .cite([jiangsu]))
                .unverified(),
        ),
        (_, _, State::NotAvailable) => out.items.push(
            Item::new(Status::Info, "超龄人员单项参保尚未开始", format!("{detail_age}江苏超龄人员单项参加工伤保险的办法{}。", opens(&OVERAGE_ENROLLMENT, day))).cite([jiangsu]),
        ),
        (_, Some("yes"), _) => out.items.push(
            Item::new(Status::Must, "弹性延迟退休期间：按普通职工参保", format!("{detail_age}办理了弹性延迟退休的，尚未退休，劳动合同继续履行，应作为普通职工参加工伤保险。"))
                .cite([cite(&SRC_RETIREMENT_2024, ""), cite(&SRC_REGULATION, "第二条")])
                .bring(bring_id)
                .unverified(),
        ),
        (_, Some(UNSURE), _) => out.items.push(
            Item::new(Status::Ask, "确认是否办理了弹性延迟退休", format!("{detail_age}弹性延迟退休的，按普通职工参保；没有的，可以按江苏办法单项参保。"))
                .cite([cite(&SRC_RETIREMENT_2024, ""), jiangsu])
                .bring(bring_id),
        ),
        _ => match OVERAGE_AGE_CAP.whole(day) {
            Ok((cap, _)) if birth.is_some_and(|b| i64::from(age_on(b, day)) > i64::from(cap)) => out.items.push(
                with_coming(Item::new(Status::NotNeeded, format!("超过{cap}周岁，不在江苏单项参保范围内"), format!("{detail_age}江苏办法适用于{cap}周岁以下、未办理退休手续的人员。{coming}"))
                    .cite([jiangsu]))
                    .unverified(),
            ),
            Ok((cap, _)) => out.items.push(
                with_coming(Item::new(Status::May, "可以为这名人员单项参加工伤保险（自愿）", format!("{detail_age}江苏允许为{cap}周岁以下、未办理退休手续的超龄人员只参加工伤保险，按月以实际工资 × 单位费率缴纳，个人不缴费。{coming}"))
                    .cite(rule_cites.iter().copied()))
                    .bring(bring_id)
                    .unverified(),
            ),
            Err(e) => notice(&mut out.problems, e.to_string()),
        },
    }
}

fn project(a: &Answers, out: &mut Outcome) {
    let national = cite(&SRC_MOHRSS_2014_103, "");
    let rate = cite(&SRC_JS_2023_2, "第三条");
    out.items.push(match (a.get(id::PROJECT_ROLE), a.get(id::PROJECT_ENROLLED)) {
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
    let Some((state, v)) = out.state(&PLATFORM_INJURY_COVER, day) else {
        return;
    };
    let cites = v.citations.iter().copied();
    // Which platforms are in is data (the value's note), so a new list changes only policy/.
    let item = match state {
        State::NotAvailable => Item::new(Status::Info, "平台从业人员职业伤害保障尚未在江苏试点", format!("江苏的试点{}，由平台企业按单缴费。", opens(&PLATFORM_INJURY_COVER, day))),
        State::Pilot | State::PilotExtended | State::AllPlatforms => Item::new(
            Status::NotNeeded,
            "平台接单的骑手、网约车和货车司机：由已纳入试点的平台按单缴费",
            format!("{}已纳入的平台企业按单缴纳职业伤害保障费（每单必保），从业人员个人不缴费，接单的商户也不需要为他们缴费；在尚未纳入的平台上接单的人员，目前没有这项保障。如果骑手是贵单位直接招用的职工，则按全日制或非全日制职工参保。", v.note),
        ),
        _ => {
            let wrong = PolicyError::WrongKind { param: PLATFORM_INJURY_COVER.label, day };
            notice(&mut out.problems, wrong.to_string());
            return;
        }
    };
    let item = item.cite(cites);
    out.items.push(if v.needs_checking() {
        item.unverified()
    } else {
        item
    });
}

fn risks(a: &Answers, day: Date, out: &mut Outcome) {
    if out.verdict == Verdict::NothingToDo
        || out.verdict == Verdict::AskOffice && out.items.iter().all(|i| i.status != Status::Must)
    {
        return;
    }
    let cz_audit = cite(&SRC_CZ_2022_29, "二（六）15");
    out.items.push(
        Item::new(Status::Risk, "参保前发生的工伤由单位全额承担", "工伤保险只保障参保后发生的工伤。应参保而未参保期间发生工伤的，由单位按工伤保险待遇标准支付全部费用。单位补缴了应缴的工伤保险费和滞纳金以后，新发生的费用由工伤保险基金和单位按条例规定分别支付；补缴以前发生的费用仍由单位承担。")
            .cite([cite(&SRC_SI_LAW, "第四十一条"), cite(&SRC_REGULATION, "第六十二条第二款"), cite(&SRC_REGULATION, "第六十二条第三款")])
            .see(benefits::form::see(Insured::No, None, None)),
    );
    let late_fee = LATE_FEE_DAILY_RATE
        .number(day)
        .map_err(|e| notice(&mut out.problems, e.to_string()))
        .ok()
        .map(|(rate, _)| rate);
    let arrears = out.span(&ARREARS_FINE_MULTIPLE, day);
    // The fine for not registering is told only to a unit that has not said it registered.
    let unregistered = if a.is(id::REGISTERED, "yes") {
        Some(None)
    } else {
        out.span(&UNREGISTERED_FINE_MULTIPLE, day).map(Some)
    };
    if let (Some(rate), Some(arrears), Some(unregistered)) = (late_fee, arrears, unregistered) {
        let mut item = Item::new(Status::Risk, "不参保、不缴费的处罚", format!("责令限期参保、补缴保费，并自欠缴之日起按日加收欠缴数额{}%的滞纳金；逾期仍不缴纳的，处欠缴数额{arrears}倍的罚款。", number(rate)))
            .cite([cite(&SRC_REGULATION, "第六十二条"), cite(&SRC_SI_LAW, "第八十六条")]);
        if let Some(unregistered) = unregistered {
            item.detail.push_str(&format!(
                "不办理社会保险登记、逾期不改正的，处应缴保费{unregistered}倍的罚款。"
            ));
            item.cites.push(cite(&SRC_SI_LAW, "第八十四条"));
        }
        out.items.push(item);
    }
    out.items.push(
        Item::new(Status::Risk, "缴费基数要按实际工资申报", "常州会比对数据，对缴费基数下降多、增减人员变动大的单位调查核实；基数异常的，由经办机构核定缴费基数。")
            .cite([cite(&SRC_CZ_2022_29, "二（一）2、3")]),
    );
    out.items.push(
        Item::new(Status::Risk, "不要“出事后参保、当月又减员”", "当月先参保后回退的操作会被严查；同一人员多次出现的，单位会被风险预警并移交劳动监察检查。").cite([cz_audit]),
    );
    out.items.push(
        Item::new(
            Status::Risk,
            "参保单位要与实际用工单位一致",
            "参保单位与申报工伤待遇的单位不一致的，会被列为稽核线索。",
        )
        .cite([cz_audit]),
    );
}

/// What the premium estimator can already be told.
fn estimator_keys(a: &Answers, out: &Outcome) -> Vec<(String, String)> {
    if out.verdict == Verdict::NothingToDo {
        return Vec::new();
    }
    let mode = if a.is(id::PROJECT_ROLE, "general") {
        Mode::Project
    } else if a.has(id::PEOPLE, "regular") || a.has(id::PEOPLE, "parttime") {
        Mode::Employees
    } else if a.has(id::PEOPLE, "overage") {
        Mode::Overage
    } else if a.has(id::PEOPLE, "intern") && a.is(id::INTERN_SCHOOL, "yes") {
        Mode::Intern
    } else {
        Mode::Payroll
    };
    vec![(Field::Mode.key().into(), mode.key().into())]
}
