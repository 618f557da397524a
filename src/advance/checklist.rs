//! The rules of advance payment (先行支付): from the answers and the as-of date
//! to an outcome, its reasons, the deadlines as calendar dates, and the
//! documents to bring. Where practice differs between offices, the answer is
//! "likely — ask the office; if refused you may seek review", never a plain yes.

use super::questions::id;
use super::{medical_route, uninsured};
use crate::benefits::{self, Harm, Insured};
use crate::date::Date;
use crate::flow::{Answers, UNSURE};
use crate::format::number;
use crate::outcome::period_deadline;
use crate::outcome::{notice, Checked, Kind};
use crate::outcome::{Deadline, Item, See, Status};
use crate::policy::*;
use crate::workdays::{add_workdays, Counted};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// No 工伤认定 yet: that comes first.
    NotYet,
    /// An ordinary claim; nothing to advance.
    NotNeeded,
    /// The fund advances the work-injury medical costs (third-party cases).
    Medical,
    /// The fund advances every fund-payable item (uninsured employer).
    Advance,
    /// Eligible on the text and in most courts, but some offices refuse.
    Likely,
    /// The employer is paying.
    NotEligible,
    /// The answers do not decide it yet.
    AskOffice,
}

impl Verdict {
    pub fn kind(self) -> Kind {
        match self {
            Verdict::Medical | Verdict::Advance => Kind::Must,
            Verdict::Likely | Verdict::AskOffice => Kind::Ask,
            Verdict::NotYet | Verdict::NotNeeded | Verdict::NotEligible => Kind::Nothing,
        }
    }

    pub fn headline(self) -> &'static str {
        match self {
            Verdict::NotYet => "还不能申请先行支付：请先申请工伤认定",
            Verdict::NotNeeded => "不需要先行支付：按正常程序申领工伤保险待遇",
            Verdict::Medical => "可以申请工伤保险基金先行支付工伤医疗费",
            Verdict::Advance => "可以申请工伤保险基金先行支付应由基金支付的工伤保险待遇",
            Verdict::Likely => "很可能可以申请先行支付：请向经办机构提出申请；如被拒绝，可以申请行政复议或提起行政诉讼",
            Verdict::NotEligible => "目前不符合先行支付的条件：单位正在支付",
            Verdict::AskOffice => "还不能确定：请先弄清下面几件事，再向社会保险经办机构咨询",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Outcome {
    pub verdict: Verdict,
    /// Why, each with its legal basis.
    pub reasons: Vec<(String, Vec<Citation>)>,
    /// What to do next, with deadlines.
    pub items: Vec<Item>,
    /// Everything to bring, once each, for the tick-box list.
    pub documents: Vec<&'static str>,
    /// Data that could not answer (dates outside the holiday calendar, and so on).
    pub problems: Vec<String>,
}

/// Documents named in more than one place, so each is listed once under one name.
const MEDICAL_BILLS: &str =
    "医疗费原始票据、费用清单、诊断证明和病历（经办机构收原件，需要时提供复印件）";
const ACCIDENT_PROOF: &str = "交通事故认定书，或公安机关出具的证明（肇事者逃逸、无法确定第三人的）";

fn days(param: &'static Param, day: Date, problems: &mut Vec<String>) -> Option<u32> {
    match param.whole(day) {
        Ok((n, _)) => Some(n),
        Err(e) => {
            notice(problems, e.to_string());
            None
        }
    }
}

impl Outcome {
    /// A document in the consolidated list is ticked there, not again under an item.
    fn once_each(mut self) -> Outcome {
        let listed = self.documents.clone();
        for item in &mut self.items {
            item.bring.retain(|d| !listed.contains(d));
        }
        self
    }

    fn reason(&mut self, text: impl Into<String>, cites: impl IntoIterator<Item = Citation>) {
        self.reasons
            .push((text.into(), cites.into_iter().collect()));
    }
    fn bring(&mut self, documents: &[&'static str]) {
        for d in documents {
            if !self.documents.contains(d) {
                self.documents.push(d);
            }
        }
    }
}

/// The result in the shape every self-check shares.
pub fn checked(answers: &Answers, day: Date) -> Checked {
    let o = assess(answers, day);
    Checked {
        kind: o.verdict.kind(),
        headline: o.verdict.headline(),
        reasons: o.reasons,
        documents: o.documents,
        items: o.items,
        problems: o.problems,
        see: None,
    }
}

/// Only answers on the path count: a stray answer left in a link from another
/// route (or typed into it) never changes the result.
pub fn assess(answers: &Answers, day: Date) -> Outcome {
    let on_path = super::FLOW.answers_on_path(answers);
    let a = &on_path;
    let mut out = Outcome {
        verdict: Verdict::AskOffice,
        reasons: Vec::new(),
        items: Vec::new(),
        documents: Vec::new(),
        problems: Vec::new(),
    };
    if !a.is(id::DECISION, "yes") {
        not_yet(a, day, &mut out);
        return out.once_each();
    }
    out.reason(
        "已经取得《工伤认定决定书》，可以按先行支付的规定提出申请。",
        [
            cite(&SRC_ADVANCE_ORDER_15, "第四条"),
            cite(&SRC_ADVANCE_ORDER_15, "第六条"),
        ],
    );
    let medical = medical_route(a);
    third_party(a, &mut out);
    let employer = employer(a, day, &mut out);
    out.verdict = match (employer, medical) {
        (EmployerRoute::Eligible { likely: true }, _) => Verdict::Likely,
        (EmployerRoute::Eligible { likely: false }, _) => Verdict::Advance,
        (_, true) => Verdict::Medical,
        (EmployerRoute::Paying, false) => Verdict::NotEligible,
        (EmployerRoute::Insured, false) => Verdict::NotNeeded,
        (EmployerRoute::Undetermined, false) => Verdict::AskOffice,
    };
    if matches!(
        out.verdict,
        Verdict::Medical | Verdict::Advance | Verdict::Likely
    ) {
        application(a, day, &mut out);
    }
    out.once_each()
}

/// No injury decision yet: why it comes first, its deadlines and its materials.
fn not_yet(a: &Answers, day: Date, out: &mut Outcome) {
    out.verdict = Verdict::NotYet;
    out.reason(
        "先行支付要以工伤认定为前提：申请时要提交《工伤认定决定书》。",
        [
            cite(&SRC_ADVANCE_ORDER_15, "第四条"),
            cite(&SRC_ADVANCE_ORDER_15, "第六条"),
        ],
    );
    if a.is(id::DECISION, UNSURE) {
        out.items.push(
            Item::new(
                Status::Ask,
                "先确认是否已经作出工伤认定",
                "可向单位或人力资源和社会保障部门查询。已经认定的，再回到本页选择“是”。",
            )
            .bring(&["工伤职工身份证件", "工伤认定申请的受理通知书（如有）"]),
        );
    }
    let employer_days = days(&INJURY_REPORT_DAYS_EMPLOYER, day, &mut out.problems);
    let worker_years = days(&INJURY_REPORT_YEARS_WORKER, day, &mut out.problems);
    let art17 = cite(&SRC_REGULATION, "第十七条");
    let mut employer_item = Item::new(
        Status::Must,
        "单位申请工伤认定",
        "所在单位应当向统筹地区社会保险行政部门（人力资源和社会保障局）提出工伤认定申请。单位逾期未申请的，这期间发生的工伤待遇等费用由单位负担。",
    )
    .cite([art17]);
    let mut worker_item = Item::new(
        Status::May,
        "单位不申请的，职工、近亲属或工会可以直接申请",
        "向单位所在地的统筹地区社会保险行政部门提出。",
    )
    .cite([art17]);
    if let (Some(injured), Some(n), Some(years)) =
        (a.date(id::INJURY_DATE), employer_days, worker_years)
    {
        let (employer_deadline, moved) = period_deadline(
            injured.add_days(i64::from(n)),
            format!("自受伤或确诊之日起{n}日内"),
            day,
        );
        employer_item = employer_item.by(employer_deadline).cite(moved);
        let (worker_deadline, moved) = period_deadline(
            injured.add_months(12 * years as i32),
            format!("自受伤或确诊之日起{years}年内"),
            day,
        );
        worker_item = worker_item.cite(moved);
        if worker_deadline.overdue {
            worker_item.detail.push_str("按日历计算已超过期限；如有不属于本人原因耽误的时间（如不可抗力、人身自由受到限制、单位的原因，或正在就是否存在劳动关系申请仲裁、提起诉讼），这段时间不计算在内，请带上证明材料向受理部门说明。");
            worker_item.cites.push(cite(&SRC_SPC_2014, "第七条"));
        }
        worker_item = worker_item.by(worker_deadline);
    } else if let Some(years) = worker_years {
        worker_item
            .detail
            .push_str(&format!("期限为自受伤或确诊职业病之日起{years}年内。"));
    }
    worker_item = worker_item.bring(&[
        "工伤认定申请表",
        "与单位存在劳动关系（包括事实劳动关系）的证明材料，如劳动合同、工资发放记录、考勤记录",
        "医疗诊断证明，或职业病诊断证明书（鉴定书）",
        "职工死亡的，还要提交死亡证明",
    ]);
    if a.is(id::THIRD_PARTY, "yes") {
        // A commuting accident counts only where the worker was not mainly to blame.
        worker_item = worker_item.bring(&[ACCIDENT_PROOF]);
        worker_item
            .cites
            .push(cite(&SRC_REGULATION, "第十四条第（六）项"));
    }
    worker_item.cites.push(cite(&SRC_REGULATION, "第十八条"));
    worker_item
        .cites
        .push(cite(&SRC_RECOGNITION_ORDER_8, "第六条"));
    out.bring(&worker_item.bring.clone());
    out.items.push(employer_item);
    out.items.push(worker_item);
    let decision = days(&RECOGNITION_DECISION_DAYS, day, &mut out.problems);
    let fast = days(&RECOGNITION_FAST_DAYS, day, &mut out.problems);
    if let (Some(decision), Some(fast)) = (decision, fast) {
        out.items.push(
            Item::new(
                Status::Info,
                "认定结论的时间",
                format!("社会保险行政部门应当自受理之日起{decision}日内作出工伤认定决定；事实清楚、权利义务明确的，{fast}日内作出。"),
            )
            .cite([cite(&SRC_REGULATION, "第二十条")]),
        );
    }
    match a.get(id::THIRD_PARTY) {
        Some("yes") => {
            let mut side = Item::new(
                Status::May,
                "第三人造成的伤害：也可以先向医疗保险经办机构申请先行支付",
                "参加了基本医疗保险的，第三人不支付医疗费或无法确定第三人时，可以在结算时向医保经办机构书面申请，说明受伤原因和第三人不支付的情况，由医保基金先行支付，再由其向第三人追偿。",
            )
            .cite([cite(&SRC_SI_LAW, "第三十条"), cite(&SRC_ADVANCE_ORDER_15, "第二条"), cite(&SRC_ADVANCE_ORDER_15, "第三条")])
            .bring(&["医保凭证或社保卡", "受伤原因和第三人不支付情况的书面说明", ACCIDENT_PROOF]);
            match MEDICAL_SIDE_ROUTE_SELF_PAID.state(day) {
                Ok((State::Allowed, v)) => {
                    side.detail.push_str(&format!(
                        "自 {} 起，已经在结算时自行垫付医疗费的，也不影响申请。",
                        v.from
                    ));
                    side.cites.extend(v.citations.iter().copied());
                }
                Ok(_) => {}
                Err(e) => notice(&mut out.problems, e.to_string()),
            }
            out.items.push(side.unverified());
        }
        Some(UNSURE) => out.items.push(third_party_unsure()),
        _ => {}
    }
}

fn third_party_unsure() -> Item {
    Item::new(Status::Ask, "确认伤害是否由第三人造成", "第三人造成的伤害，第三人不支付医疗费或无法确定第三人时，可以申请先行支付医疗费；交通事故看事故认定书的责任划分。")
        .bring(&[ACCIDENT_PROOF])
        .cite([cite(&SRC_SI_LAW, "第四十二条")])
}

fn third_party(a: &Answers, out: &mut Outcome) {
    if a.is(id::THIRD_PARTY, UNSURE) {
        out.items.push(third_party_unsure());
    }
    if !a.is(id::THIRD_PARTY, "yes") {
        return;
    }
    let art42 = cite(&SRC_SI_LAW, "第四十二条");
    let spc8 = cite(&SRC_SPC_2014, "第八条");
    match a.get(id::TP_PAID) {
        Some("full") => {
            out.reason("第三人已经全额支付了工伤医疗费：同一笔医疗费不会重复支付，基金不再先行支付医疗费。", [spc8, art42]);
            out.items.push(
                Item::new(Status::NotNeeded, "不申请医疗费的先行支付", "第三人已支付的医疗费，工伤保险基金不再支付；其他工伤保险待遇（如一次性伤残补助金）照常申领，经办机构不能以职工已获民事赔偿为由拒付。").cite([spc8]),
            );
        }
        Some(paid @ ("part" | "refused" | "unknown")) => {
            let what = match paid {
                "part" => "第三人只支付了一部分工伤医疗费，未支付的部分",
                "refused" => "第三人不支付工伤医疗费",
                _ => "无法确定第三人",
            };
            out.reason(format!("{what}，由工伤保险基金先行支付工伤医疗费，再由基金向第三人追偿。"), [art42, cite(&SRC_ADVANCE_ORDER_15, "第五条")]);
            out.bring(&["第三人不支付或无法确定第三人的书面说明", MEDICAL_BILLS, "医保基金已先行支付情况的说明（如有）", ACCIDENT_PROOF]);
            if paid == "unknown" {
                out.items.push(
                    Item::new(Status::Info, "肇事者逃逸的交通事故：抢救费用还可以由道路交通事故社会救助基金垫付", "机动车肇事后逃逸的，受伤人员的抢救费用可以由道路交通事故社会救助基金先行垫付部分或者全部，再由救助基金向责任人追偿。可向处理事故的公安机关交通管理部门咨询。")
                        .cite([cite(&SRC_ROAD_TRAFFIC_LAW, "第七十五条")])
                        .unverified(),
                );
            } else {
                out.bring(&["民事判决书或调解书，以及中止执行或终结执行的裁定（如有）"]);
            }
            if paid == "refused" {
                out.items.push(
                    Item::new(Status::Info, "肇事方身份明确时", "经办机构通常会要求证明肇事方确实没有支付，例如民事判决书加上中止执行或终结本次执行程序的裁定。材料不全被拒的，可以补齐后再申请。")
                        .cite([cite(&SRC_ADVANCE_CASES, "")])
                        .unverified(),
                );
            }
        }
        _ => out.items.push(
            Item::new(Status::Ask, "弄清第三人是否已经支付医疗费", "已全额支付的，医疗费不再先行支付；没有支付或无法确定第三人的，基金先行支付工伤医疗费。")
                .bring(&[ACCIDENT_PROOF, "赔偿协议、判决书或调解书", "第三人的付款记录"])
                .cite([art42]),
        ),
    }
}

/// Where the employer's side leaves the worker.
enum EmployerRoute {
    Insured,
    Paying,
    Eligible { likely: bool },
    Undetermined,
}

fn employer(a: &Answers, day: Date, out: &mut Outcome) -> EmployerRoute {
    let art38 = cite(&SRC_SI_LAW, "第三十八条");
    let art39 = cite(&SRC_SI_LAW, "第三十九条");
    let art41 = cite(&SRC_SI_LAW, "第四十一条");
    match a.get(id::INSURED) {
        Some("yes") => {
            out.reason(
                "单位在受伤当天已经参保并缴费：应由基金支付的待遇按正常程序申领，不需要先行支付。",
                [art38],
            );
            let manual = match MANUAL_CLAIM_WORKDAYS.whole(day) {
                Ok((n, _)) => format!(
                    "特殊情况手工报销的，经办机构应当自收到申请之日起{n}个工作日内办理完毕。"
                ),
                Err(e) => e.to_string(),
            };
            // Beside a medical-cost advance, say which items this one covers.
            let claim = if medical_route(a) {
                Item::new(Status::NotNeeded, "医疗费以外的待遇：按正常程序申领", "一次性伤残补助金、伤残津贴等医疗费以外的待遇，由基金按正常程序支付，不需要先行支付；先行支付只针对第三人不支付的工伤医疗费。")
            } else {
                Item::new(
                    Status::NotNeeded,
                    "按正常程序申领工伤保险待遇",
                    format!("工伤医疗费一般由经办机构与医院直接结算；{manual}"),
                )
            };
            out.items.push(
                claim
                    .cite([art38, cite(&SRC_SI_HANDLING, "第二十二条")])
                    .see(benefits_link(a)),
            );
            out.items.push(employer_items_note(art39));
            EmployerRoute::Insured
        }
        Some("arrears" | "never") => {
            let never = a.is(id::INSURED, "never");
            out.reason("单位没有依法缴纳工伤保险费，工伤保险待遇由单位支付；单位不支付的，从工伤保险基金中先行支付，再由基金向单位追偿。", [art41, cite(&SRC_REGULATION, "第六十二条")]);
            if never {
                out.items.push(
                    Item::new(Status::Info, "从未参保的单位", "多数法院认为从未参保登记的单位也属于“未依法缴纳工伤保险费”，职工可以申请先行支付；但也有经办机构和个别判决持相反意见。被拒绝的，可以申请行政复议或提起行政诉讼。")
                        .cite([cite(&SRC_ADVANCE_CASES, "")])
                        .unverified(),
                );
            }
            if a.is(id::BACK_PAID, "yes") {
                out.items.push(
                    Item::new(Status::Info, "单位事后补缴的情况", "单位补缴保费、滞纳金后，此后新发生的费用由工伤保险基金按规定支付；补缴之前发生的费用仍由单位负担，可以就这部分申请先行支付。")
                        .cite([cite(&SRC_REGULATION, "第六十二条")]),
                );
            }
            let route = trigger(a, out, never);
            if matches!(route, EmployerRoute::Eligible { .. }) {
                out.items.push(employer_items_note(art39));
            }
            route
        }
        _ => {
            out.items.push(
                Item::new(Status::Ask, "查询单位在受伤当天是否参保缴费", "参保且正常缴费的，按正常程序申领；没有参保或欠费、单位又不支付的，可以申请先行支付。")
                    .bring(&["工伤职工身份证件", "社会保障卡"])
                    .cite([art41]),
            );
            EmployerRoute::Undetermined
        }
    }
}

/// The benefits estimate, told what the answers already say.
fn benefits_link(a: &Answers) -> See {
    let insured = if a.is(id::INSURED, "yes") {
        Insured::Yes
    } else if uninsured(a) {
        Insured::No
    } else {
        Insured::Unsure
    };
    let outcome = match a.get(id::CONDITION) {
        Some("treating") => Some(Harm::TREATMENT),
        Some("appraised") => Some(Harm::DISABILITY),
        Some("died") => Some(Harm::DEATH),
        _ => None,
    };
    let injury_date = a.get(id::INJURY_DATE).and_then(|t| Date::parse(t).ok());
    benefits::form::see(insured, injury_date, outcome)
}

fn employer_items_note(art39: Citation) -> Item {
    Item::new(
        Status::Info,
        "单位自己负担的项目不先行支付",
        "停工留薪期内的工资福利、五级和六级伤残职工的伤残津贴、终止或解除劳动关系时的一次性伤残就业补助金，由单位支付，基金不先行支付；单位不支付的，可以申请劳动人事争议仲裁或向法院起诉。",
    )
    .cite([art39, cite(&SRC_ADVANCE_ORDER_15, "第十五条")])
}

/// 办法第六条: any one trigger suffices.
fn trigger(a: &Answers, out: &mut Outcome, never_registered: bool) -> EmployerRoute {
    let art6 = cite(&SRC_ADVANCE_ORDER_15, "第六条");
    if a.is(id::TRIGGER, UNSURE) {
        out.items.push(
            Item::new(Status::Ask, "弄清单位目前的情况", "单位被吊销执照或撤销登记、拒绝支付全部或部分费用、仲裁或诉讼后法院作出中止执行裁定，或者职工认为单位不会支付，符合任何一项都可以申请先行支付。")
                .bring(&["单位的登记状态（可在企业信用信息系统查询）", "向单位催要费用的记录", "仲裁裁决书、判决书、执行裁定书（如有）"])
                .cite([art6]),
        );
        return EmployerRoute::Undetermined;
    }
    if a.is(id::TRIGGER, "none") {
        out.reason("单位正在按规定支付，不符合先行支付的条件。", [art6]);
        out.items.push(
            Item::new(
                Status::NotNeeded,
                "不需要先行支付",
                "单位正在支付工伤保险待遇。以后单位停止支付或拒绝支付的，可以再申请。",
            )
            .cite([art6]),
        );
        return EmployerRoute::Paying;
    }
    let mut met = Vec::new();
    if a.has(id::TRIGGER, "revoked") {
        met.push("单位已被吊销营业执照或撤销登记、备案");
        out.bring(&["单位被吊销营业执照或撤销登记、备案的信息（企业信用信息系统查询结果）"]);
    }
    if a.has(id::TRIGGER, "refuses") {
        met.push("单位拒绝支付全部或部分费用");
        out.bring(&["向单位书面催要费用及单位拒绝支付的记录，或本人的书面说明"]);
    }
    if a.has(id::TRIGGER, "other") {
        met.push("职工认为单位不会支付的其他情形");
        out.bring(&["说明单位不会支付的书面材料"]);
    }
    let mut likely = never_registered;
    if a.has(id::TRIGGER, "court") {
        out.bring(&["劳动人事争议仲裁裁决书或判决书", "法院的执行裁定书"]);
        match a.get(id::COURT_RULING) {
            Some("suspend") => met.push("仲裁或诉讼后仍无法获得待遇，法院已作出中止执行的裁定"),
            Some("terminate") => {
                met.push("仲裁或诉讼后仍无法获得待遇，法院已作出终结本次执行程序的裁定");
                out.items.push(
                    Item::new(Status::Info, "终结本次执行程序的裁定", "办法写的是“中止执行”；多数法院认为终结本次执行程序的裁定同样符合条件，但也有经办机构不认可。被拒绝的，可以申请行政复议或提起行政诉讼。")
                        .cite([art6, cite(&SRC_ADVANCE_CASES, "")])
                        .unverified(),
                );
                if met.len() == 1 {
                    likely = true;
                }
            }
            _ if met.is_empty() => {
                out.items.push(
                    Item::new(Status::Ask, "弄清法院执行的进展", "仲裁或诉讼后拿不到待遇、法院已作出中止执行裁定的，可以申请先行支付；还没有裁定的，可以先申请强制执行，或者按“单位拒绝支付”申请。")
                        .bring(&["仲裁裁决书或判决书", "执行申请的受理材料"])
                        .cite([art6]),
                );
                return EmployerRoute::Undetermined;
            }
            _ => {}
        }
    }
    out.reason(
        format!("符合先行支付的条件：{}。", met.join("；")),
        [
            art6,
            cite(&SRC_ADVANCE_ORDER_15, "第七条"),
            cite(&SRC_ADVANCE_ORDER_15, "第八条"),
        ],
    );
    EmployerRoute::Eligible { likely }
}

/// The application itself: deadlines in working days, what the fund pays, the
/// duties afterwards, the right to review, and what to bring.
fn application(a: &Answers, day: Date, out: &mut Outcome) {
    // The written demand on the unit (办法第五条第三、四项，第七条) applies only where
    // premiums were not paid; for 不确定 both cases are shown.
    let unpaid = uninsured(a);
    let unsure = a.is(id::INSURED, UNSURE);
    let applied = a.date(id::APPLIED_ON).unwrap_or(day);
    let from_text = if a.date(id::APPLIED_ON).is_some() {
        format!("按 {} 提交申请推算", applied.chinese())
    } else {
        format!("按今天（{}）提交申请推算", applied.chinese())
    };
    let (reminder, pay, refusal) = (
        days(&REMINDER_WORKDAYS, day, &mut out.problems),
        days(&EMPLOYER_PAY_WORKDAYS, day, &mut out.problems),
        days(&REFUSAL_DECISION_WORKDAYS, day, &mut out.problems),
    );
    let mut procedure = Item::new(
        Status::May,
        "向社会保险经办机构提出书面申请",
        format!("由工伤职工或其近亲属提出。{from_text}。"),
    )
    .cite([
        cite(&SRC_ADVANCE_ORDER_15, "第四条"),
        cite(&SRC_ADVANCE_ORDER_15, "第六条"),
        cite(&SRC_HANDLING_2012_11, ""),
    ]);
    if unpaid || unsure {
        if let (Some(r), Some(p)) = (reminder, pay) {
            // Dates given only in the text say there how far they may move; the written
            // demand's own deadline says it beside the date.
            let caveat = |c: &Counted| if unsure { c.caveat() } else { String::new() };
            let reminded = add_workdays(applied, r);
            // Counted from the application in one go: the same day as counting on from the
            // reminder, and the caveat then speaks of the whole count.
            let paid = add_workdays(applied, r.saturating_add(p));
            if let Some(w) = paid.warning().or(reminded.warning()) {
                notice(&mut out.problems, w.to_string());
            }
            let schedule = format!(
                "经办机构应在收到申请后{r}个工作日内（最迟 {}{}）书面催告单位；单位应在收到催告后{p}个工作日内核实并支付（按最迟催告计，最迟 {}{}）。单位逾期不足额支付的，由工伤保险基金先行支付。",
                reminded.day.chinese(),
                caveat(&reminded),
                paid.day.chinese(),
                caveat(&paid)
            );
            if unsure {
                procedure.detail.push_str(&format!(
                    "单位是否参保缴费，决定下面哪一种情形适用：单位未参保或欠缴工伤保险费的，{schedule}单位已参保并按时缴费的，不经过催告，应由单位支付的待遇由单位支付，应由基金支付的由基金按规定支付。"
                ));
            } else {
                procedure.detail.push_str(&schedule);
                let note = paid.without_notice.map(|w| {
                    format!(
                        "{}年的节假日安排通知尚未收录：这个日期按{}计算，{}",
                        w.year,
                        w.counted(),
                        w.how_far()
                    )
                });
                procedure = procedure.by(Deadline {
                    date: paid.day,
                    rule: format!("催告后单位支付的最后期限（{r}+{p}个工作日，按节假日安排计算）"),
                    overdue: false,
                    note,
                });
            }
            procedure.cites.push(cite(&SRC_ADVANCE_ORDER_15, "第五条"));
            procedure.cites.push(cite(&SRC_ADVANCE_ORDER_15, "第七条"));
        }
    }
    out.items.push(procedure.unverified());
    if let Some(n) = refusal {
        let by = add_workdays(applied, n);
        if let Some(w) = by.warning() {
            notice(&mut out.problems, w.to_string());
        }
        out.items.push(
            Item::new(Status::Info, "不符合条件的，应书面告知", format!("经办机构认为不符合条件的，应在收到申请后{n}个工作日内（{}前{}）作出不予先行支付的决定并书面通知。对不予先行支付的决定或支付的金额不服的，可以申请行政复议或提起行政诉讼。", by.day.chinese(), by.caveat()))
                .cite([cite(&SRC_ADVANCE_ORDER_15, "第九条"), cite(&SRC_ADVANCE_ORDER_15, "第十七条")])
                .unverified(),
        );
    }
    if out.verdict == Verdict::Medical {
        out.items.push(
            Item::new(Status::Info, "先行支付的范围：工伤医疗费", "第三人原因造成的工伤，先行支付的是工伤医疗费；已经由医保基金先行支付的，工伤保险基金支付超出的部分并偿还医保基金。基金支付后向第三人追偿。")
                .cite([cite(&SRC_SI_LAW, "第四十二条"), cite(&SRC_ADVANCE_ORDER_15, "第五条"), cite(&SRC_ADVANCE_ORDER_15, "第十二条")]),
        );
    } else {
        out.items.push(
            Item::new(Status::Info, "先行支付的范围：应由工伤保险基金支付的项目", "治疗工伤的医疗费和康复费、住院伙食补助费、到统筹地区以外就医的交通食宿费、辅助器具费、生活护理费、一次性伤残补助金和一至四级伤残津贴、终止或解除劳动合同时的一次性医疗补助金、丧葬补助金、供养亲属抚恤金、一次性工亡补助金、劳动能力鉴定费。")
                .cite([cite(&SRC_SI_LAW, "第三十八条"), cite(&SRC_ADVANCE_ORDER_15, "第八条")])
                .see(benefits_link(a)),
        );
        if let Some(n) = days(&EMPLOYER_REPAY_DAYS, day, &mut out.problems) {
            out.items.push(
                Item::new(Status::Info, "基金向单位追偿", format!("先行支付后，经办机构责令单位在{n}日内偿还；单位逾期不还的，可以查询其存款账户、申请划拨、要求提供担保，或申请法院扣押、查封、拍卖其财产。追偿费用和利息损失由单位承担。"))
                    .cite([cite(&SRC_ADVANCE_ORDER_15, "第十三条"), cite(&SRC_ADVANCE_ORDER_15, "第十四条"), cite(&SRC_SI_LAW, "第六十三条")]),
            );
        }
    }
    let fine = match FRAUD_FINE_MULTIPLE.list(day) {
        Ok(([low, high], _)) => format!(
            "，并处骗取金额{}倍以上{}倍以下的罚款",
            number(*low),
            number(*high)
        ),
        Ok(_) => String::new(),
        Err(e) => {
            notice(&mut out.problems, e.to_string());
            String::new()
        }
    };
    out.items.push(
        Item::new(Status::Risk, "以后拿到赔偿的，要退还先行支付的钱", format!("先行支付后，又从单位或第三人那里获得了相同项目的赔偿或待遇的，应当退还；不退还的，经办机构可以从以后的待遇中扣减或起诉。隐瞒已获赔偿骗取先行支付的，责令退回{fine}。"))
            .cite([cite(&SRC_ADVANCE_ORDER_15, "第十一条"), cite(&SRC_ADVANCE_ORDER_15, "第十六条"), cite(&SRC_SI_LAW, "第八十八条")])
            .unverified(),
    );

    out.bring(&[
        "先行支付申请表（书面申请）",
        "《工伤认定决定书》",
        "工伤职工身份证件",
    ]);
    match a.get(id::APPLICANT) {
        Some("relative") => out.bring(&["申请人（近亲属）的身份证件", "与工伤职工的亲属关系证明"]),
        Some("worker") => {}
        _ => out.items.push(
            Item::new(Status::Ask, "确认谁可以代为申请", "办法规定由工伤职工或其近亲属申请。由他人代办的，请事先向经办机构确认需要的委托材料。")
                .bring(&["工伤职工或近亲属签名的授权委托书（以经办机构要求为准）"])
                .cite([cite(&SRC_ADVANCE_ORDER_15, "第四条"), cite(&SRC_ADVANCE_ORDER_15, "第六条")])
                .unverified(),
        ),
    }
    match a.get(id::CONDITION) {
        Some("appraised") => out.bring(&["劳动能力鉴定结论", "工伤保险待遇申领表"]),
        Some("died") => out.bring(&[
            "死亡证明",
            "申请供养亲属抚恤金的，供养亲属的身份和关系证明",
            "工伤保险待遇申领表",
        ]),
        _ => {}
    }
    out.bring(&[MEDICAL_BILLS]);
}
