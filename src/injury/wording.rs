//! 工伤认定指引 in words: the page, then the result as a citizen reads it — the
//! headline, the reason, each item in the order it appears, and the documents.
//! Figures and dates come from the findings ([`super::rules`]).

use super::questions::{Employment, Excluded};
use super::rules::{Doc, Fact, Finding, Injury, Outside, Verdict};
use crate::flow::Answers;
use crate::outcome::{Outcome, Page, Sheet, Wording, Words};

impl Wording for Injury {
    const PAGE: Page = Page {
        name: "工伤认定指引",
        summary: "职工受伤、患职业病或死亡以后：能否认定为工伤，由谁在哪天以前申请，要带哪些材料，之后怎么办。",
        lead: "职工受伤、患职业病或死亡以后，第一步是向社会保险行政部门申请工伤认定。回答几个问题，看看可能的认定结果、由谁在哪天以前申请、要带哪些材料，以及之后的停工留薪期、劳动能力鉴定和待遇。",
        points: &[
            "适合用人单位、受伤职工、家属、工会，或帮人咨询的窗口工作人员使用。",
            "结果只是按您的回答作出的判断；是否认定为工伤，由社会保险行政部门决定。",
            "不知道的可以选“不确定”，结果会告诉您由谁、凭什么来认定这件事。",
            "不需要填写姓名或身份证号；最后可以打印一份已填好已知事项的申请表，个人信息手写。",
        ],
        print_title: "工伤认定指引结果",
        next: "在期限内带上所列材料，向常州市（或所在辖市、区）人力资源和社会保障部门提出工伤认定申请。",
        items_heading: "由谁申请、哪天以前、之后怎么办",
        documents_hint: "前几项是《工伤保险条例》第十八条和《工伤认定办法》第六条规定的材料；标“通常要求”的是各地办理时常见的要求。常州的具体清单未找到，请以社会保险行政部门一次性书面告知的为准。",
        foot: "期限的最后一天是法定休假日的，顺延到休假日后的第一个工作日。",
    };

    fn headline(verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Likely => "按您的回答，可能认定为工伤：请在期限内申请工伤认定",
            Verdict::Deemed => "按您的回答，可能视同工伤：请在期限内申请工伤认定",
            Verdict::Excluded(Excluded::Crime) => "故意犯罪的，不得认定为工伤或者视同工伤",
            Verdict::Excluded(Excluded::DrunkDrugs) => "醉酒或者吸毒的，不得认定为工伤或者视同工伤",
            Verdict::Excluded(Excluded::SelfHarm) => "自残或者自杀的，不得认定为工伤或者视同工伤",
            Verdict::Excluded(Excluded::None) => "按您的回答，不得认定为工伤或者视同工伤",
            Verdict::Unlikely(Outside::CommuteMainFault) => "按您的回答，很可能不予认定为工伤：上下班途中的交通事故，本人负主要责任",
            Verdict::Unlikely(Outside::NotTraffic) => "按您的回答，很可能不予认定为工伤：上下班途中只有交通事故等才能认定",
            Verdict::Unlikely(Outside::Detour) => "按您的回答，很可能不予认定为工伤：绕道办私事，不属于上下班途中",
            Verdict::Unlikely(Outside::Personal) => "按您的回答，很可能不予认定为工伤：外出期间从事与工作无关的个人活动",
            Verdict::Unlikely(Outside::Illness) => "按您的回答，很可能不视同工伤：突发疾病经抢救存活，或超过规定时间才死亡",
            Verdict::Depends(fact) => match fact {
                Fact::Situation => "能否认定为工伤，取决于受伤时的情况：由社会保险行政部门调查核实",
                Fact::Other => "能否认定为工伤，取决于受伤是否与工作有关：由社会保险行政部门调查核实",
                Fact::CommuteTrip => "能否认定为工伤，取决于是否在合理时间、合理路线的上下班途中：由社会保险行政部门调查核实",
                Fact::CommuteFault => "能否认定为工伤，取决于事故责任认定：本人不负主要责任的，可以认定（由公安交管等部门认定责任）",
                Fact::Away => "能否认定为工伤，取决于外出期间是否在做与工作有关的事：由社会保险行政部门调查核实",
                Fact::Exclusion => "能否认定为工伤，取决于是否有故意犯罪、醉酒吸毒、自残自杀的情形：以公安、检察、法院的文书为准",
                Fact::Scheme(_) => "能否由工伤保险承担，取决于这名人员参加的是哪一种保障：请先看参保义务自查的说明",
                Fact::SuddenDeathNotDied => "请核对回答：突发疾病只有当场死亡或在规定时间内经抢救无效死亡，才视同工伤",
            },
        }
    }

    fn reason(verdict: &Verdict) -> String {
        let why = match verdict {
            Verdict::Likely => "您所说的情况，属于《工伤保险条例》第十四条规定应当认定为工伤的情形。",
            Verdict::Deemed => "您所说的情况，属于《工伤保险条例》第十五条规定视同工伤的情形。",
            Verdict::Excluded(_) => "职工虽然符合认定工伤或视同工伤的情形，但有条例第十六条所列情形之一的，不得认定。这些事实要以公安、检察、法院等有权机构出具的文书为依据；对事实有异议的，仍可以在期限内申请，由社会保险行政部门认定。",
            Verdict::Unlikely(Outside::CommuteMainFault | Outside::NotTraffic) => "上下班途中，只有受到非本人主要责任的交通事故，或者城市轨道交通、客运轮渡、火车事故伤害的，才认定为工伤。对事故责任有异议的，以有权机构的认定或法院生效裁判为准。",
            Verdict::Unlikely(Outside::Detour) => "上下班途中，是指在合理时间内往返于工作地与住处、经常居住地、单位宿舍，或配偶、父母、子女居住地的合理路线，包括顺路办日常工作生活所需的事。",
            Verdict::Unlikely(Outside::Personal) => "因工外出期间从事与工作或受指派外出学习、开会无关的个人活动受到伤害的，不认定为工伤。",
            Verdict::Unlikely(Outside::Illness) => "在工作时间和工作岗位突发疾病，只有当场死亡或者在48小时之内经抢救无效死亡的，才视同工伤。",
            Verdict::Depends(_) => "决定结果的事实还不清楚。下面列出要弄清的事和由谁认定。",
        };
        format!("{why}是否认定，由社会保险行政部门作出决定；本结果只是按您的回答作出的判断。")
    }

    fn item(finding: &Finding) -> Words {
        match finding {
            Finding::ConfirmSituation => confirm(Fact::Situation),
            Finding::ConfirmOther => confirm(Fact::Other),
            Finding::ConfirmCommuteTrip => confirm(Fact::CommuteTrip),
            Finding::ConfirmCommuteFault => confirm(Fact::CommuteFault),
            Finding::ConfirmAway => confirm(Fact::Away),
            Finding::ConfirmExclusion => confirm(Fact::Exclusion),
            Finding::ConfirmScheme(e) => confirm(Fact::Scheme(*e)),
            Finding::ConfirmDied => confirm(Fact::SuddenDeathNotDied),
            Finding::Decides => Words::new(
                "由社会保险行政部门认定；单位不认为是工伤的，由单位举证",
                "工伤认定由统筹地区的社会保险行政部门（人力资源和社会保障局）受理并作出决定。职工或者其近亲属认为是工伤、用人单位不认为是工伤的，由用人单位承担举证责任。",
            ),
            Finding::UnitApplies { days, dispatched, applied } => {
                let who = if *dispatched { "劳务派遣单位（作为用人单位）" } else { "用人单位" };
                let title = if *applied {
                    format!("{who}已提出申请：请保存受理凭证")
                } else {
                    format!("{who}申请工伤认定")
                };
                Words::new(
                    title,
                    format!("{who}应当自事故伤害发生之日或者被诊断、鉴定为职业病之日起{days}日内，向社会保险行政部门提出工伤认定申请；遇有特殊情况，经社会保险行政部门同意，可以适当延长。"),
                )
                .rule(format!("自事故伤害发生或确诊职业病之日起{days}日内"))
            }
            Finding::UnitLate { from } => Words::new(
                "单位已过申请期限：这段期间的费用由单位负担",
                format!("单位没有在期限内申请的，在此期间发生的符合规定的工伤待遇等有关费用由单位负担。据转载的人力资源社会保障部解释，这段期间从事故伤害发生（或确诊职业病）的 {} 起，到社会保险行政部门受理工伤认定申请之日止。单位应当尽快申请。", from.chinese()),
            ),
            Finding::OthersApply { years, lapsed } => {
                let lapse = if *lapsed {
                    "按日期推算已经超过期限。但因不可抗力、人身自由受到限制、单位的原因、社会保险行政部门登记制度不完善、或者正在为确认劳动关系申请仲裁或诉讼而耽误的时间，不计算在期限内：有这些情况的，带上证明仍可申请。"
                } else {
                    "不属于职工或其近亲属自身原因（如单位的原因、为确认劳动关系申请仲裁或诉讼）耽误的时间，不计算在期限内。"
                };
                Words::new(
                    "单位没有申请的：职工本人、近亲属或工会组织可以直接申请",
                    format!("用人单位没有按期申请的，工伤职工或者其近亲属、工会组织可以在事故伤害发生之日或者被诊断、鉴定为职业病之日起{years}年内，直接向用人单位所在地的社会保险行政部门申请。{lapse}"),
                )
                .rule(format!("自事故伤害发生或确诊职业病之日起{years}年内"))
            }
            Finding::AskAboutReport => Words::new(
                "问一问：常州是否要求单位在事故后立即报告（备案）",
                "法律和行政法规没有规定事故发生后要在若干小时内报告经办机构，但有的城市的经办机构要求单位在事故发生后很快报告（例如24小时内）。常州是否有这样的要求，我们没有找到依据，请向经办机构询问；这不影响上面的申请期限。",
            ),
            Finding::ConfirmApplied => Words::new(
                "先问清单位是否已经申请",
                "可以问单位要受理通知书，或向社会保险行政部门查询。单位没有申请的，职工、近亲属或工会可以自己申请。",
            ),
            Finding::NoContract => Words::new(
                "没有书面劳动合同：用其他材料证明劳动关系",
                "事实劳动关系也可以认定工伤。可以用工资支付记录（银行流水、转账记录）、考勤记录、工作证或服务证、招工登记表、同事的证言等证明。单位否认存在劳动关系的，通常要先申请劳动仲裁确认；仲裁、诉讼期间耽误的时间，不计算在申请期限内。",
            ),
            Finding::Dispatched => Words::new(
                "劳务派遣：由派遣单位承担工伤保险责任",
                "被派遣劳动者在用工单位工作期间因工伤亡的，派遣单位是承担工伤保险责任的单位，由派遣单位申请工伤认定；用工单位要协助调查核实。",
            ),
            Finding::Subcontract => Words::new(
                "包工头或挂靠经营：由发包、被挂靠的单位承担工伤保险责任",
                "单位违法把业务转包给不具备用工主体资格的组织或个人，或者个人挂靠单位对外经营的，他们聘用的人员因工伤亡，由发包单位或被挂靠单位承担工伤保险责任，之后可以向实际用工的人追偿。",
            ),
            Finding::ConfirmEmployment => Words::new(
                "先弄清职工和单位的关系",
                "申请时要提交存在劳动关系（包括事实劳动关系）的证明。劳务派遣的由派遣单位申请；实习学生、超龄人员、平台工作人员的保障方式不同，请先看参保义务自查的说明。",
            ),
            Finding::Uninsured => Words::new(
                "单位没有依法缴纳工伤保险费：待遇由单位支付",
                "单位没有参保或欠缴保费的，同样可以申请工伤认定；认定以后，应由工伤保险基金支付的待遇由单位支付。单位不支付的，可以申请工伤保险基金先行支付，再由基金向单位追偿。",
            ),
            Finding::ConfirmInsured => Words::new(
                "先查清单位在受伤当天是否已参保缴费",
                "可以查社保缴费记录。已参保的，认定后由工伤保险基金支付大部分待遇；没有参保或欠费的，由单位支付。",
            ),
            Finding::Acceptance { days } => Words::new(
                "申请以后：审核和受理",
                format!("社会保险行政部门收到申请后，在{days}日内审核材料：材料完整的，决定是否受理；材料不完整的，一次性书面告知要补正的全部材料，补正后再决定是否受理。"),
            ),
            Finding::Decision { decision, fast } => Words::new(
                "受理以后：作出认定决定",
                format!("自受理之日起{decision}日内作出工伤认定决定，书面通知职工或其近亲属和单位；事实清楚、权利义务明确的，{fast}日内作出。需要等待法院或有关部门的结论（例如事故责任认定）的，等待期间时限中止。对决定不服的，可以申请行政复议或提起行政诉讼。"),
            ),
            Finding::Disease => Words::new(
                "职业病：以诊断证明书或鉴定书为准",
                "职业病的诊断和鉴定，按职业病防治法的规定由职业病诊断机构作出。已经取得职业病诊断证明书或者职业病诊断鉴定书的，社会保险行政部门不再调查核实。申请期限从被诊断、鉴定为职业病之日起算。",
            ),
            Finding::Veteran => Words::new(
                "旧伤复发：除一次性伤残补助金外，享受工伤保险待遇",
                "原在军队服役因战、因公负伤致残、已取得革命伤残军人证，到单位后旧伤复发的，视同工伤，享受除一次性伤残补助金以外的工伤保险待遇。",
            ),
            Finding::Leave { months, extended } => Words::new(
                "治疗期间：停工留薪期，原工资福利待遇不变",
                format!("因工伤需要暂停工作接受治疗的，在停工留薪期内原工资福利待遇不变，由单位按月支付。停工留薪期一般不超过{months}个月；伤情严重或情况特殊的，经设区的市级劳动能力鉴定委员会确认，可以适当延长，但延长不得超过{extended}个月。"),
            ),
            Finding::Appraisal { days, extra, again, review } => Words::new(
                "伤情稳定以后：劳动能力鉴定",
                format!("经治疗伤情相对稳定后存在残疾、影响劳动能力的，由单位、工伤职工或其近亲属向设区的市级劳动能力鉴定委员会申请劳动能力鉴定，并提供工伤认定决定和医疗资料。鉴定委员会自收到申请之日起{days}日内作出结论，必要时可以延长{extra}日。对结论不服的，可以在收到结论之日起{again}日内向省劳动能力鉴定委员会申请再次鉴定。结论作出{review}年后，伤残情况发生变化的，可以申请复查鉴定。"),
            ),
            Finding::Costs => Words::new(
                "这次工伤要花多少钱、由谁支付",
                "认定为工伤以后，医疗费、停工留薪期工资、伤残或工亡待遇等，一部分由工伤保险基金支付，一部分由单位支付；单位没有参保的，全部由单位支付。可以用工伤待遇测算逐项估算。",
            ),
        }
    }

    fn doc(doc: Doc) -> &'static str {
        match doc {
            Doc::ApplicationForm => "《工伤认定申请表》（本页最后有一份按您的回答预先填写的参考表）",
            Doc::LabourContract => "劳动合同（或聘用合同）文本复印件",
            Doc::EmploymentProof => "与用人单位存在劳动关系（包括事实劳动关系）的证明材料，如劳动合同",
            Doc::FactualProof => "证明事实劳动关系的材料：工资支付记录、考勤记录、工作证或服务证、招工登记表，以及同事等证人证言",
            Doc::DispatchAgreement => "劳务派遣协议和派遣单位的劳动合同（通常要求）",
            Doc::SubcontractProof => "承包、挂靠关系的证明（通常要求）",
            Doc::Diagnosis => "医疗机构出具的受伤后诊断证明书",
            Doc::DiseaseCertificate => "职业病诊断证明书（或者职业病诊断鉴定书）",
            Doc::WorkerId => "受伤害职工的居民身份证复印件（通常要求）",
            Doc::Witnesses => "事故经过说明和证人证言（通常要求）",
            Doc::PoliceFinding => "公安机关的证明或人民法院的判决等，证明因履行工作职责受到暴力伤害（通常要求）",
            Doc::TrafficFinding => "《道路交通事故认定书》，或城市轨道交通、客运轮渡、火车事故的责任认定结论",
            Doc::CommuteProof => "住处（或亲属居住地）和上下班时间的证明，如居住证明、考勤记录（通常要求）",
            Doc::AwayProof => "单位指派外出的证明，如出差审批单、会议或学习通知（通常要求）",
            Doc::EmergencyRecord => "医疗机构的抢救记录和死亡证明，写明发病和死亡时间（通常要求）",
            Doc::DeathCertificate => "死亡证明（医疗机构出具的死亡医学证明，或公安机关的证明）（通常要求）",
            Doc::RescueProof => "参加抢险救灾等活动的证明（通常要求）",
            Doc::VeteranCertificate => "革命伤残军人证",
            Doc::ApplicantId => "申请人的居民身份证（通常要求）",
            Doc::Kinship => "与职工关系的证明，如户口簿、结婚证、出生医学证明（通常要求）",
            Doc::AccidentReceipt => "报警记录，或交警等部门受理事故的凭证",
            Doc::AuthorityFinding => "公安、检察、法院等出具的相关文书（如有）",
            Doc::SchemeProof => "这名人员的参保或职业伤害保障记录，以及实习协议、领取养老保险待遇的证明等（按人员类别）",
            Doc::PaymentRecord => "单位的社会保险缴费记录",
            Doc::ApplicationReceipt => "单位提出工伤认定申请的受理凭证（如有）",
        }
    }

    fn sheet(answers: &Answers, outcome: &Outcome<Injury>) -> Option<Sheet> {
        Some(super::sheet::application(answers, outcome.verdict))
    }
}

/// A fact still to be found: what it is, and who finds it.
fn confirm(fact: Fact) -> Words {
    match fact {
        Fact::Situation => Words::new(
            "先弄清受伤时的情况",
            "是否在工作时间、工作场所，是否因为工作原因，是否在上下班途中或因工外出期间。社会保险行政部门受理后会调查核实，单位、同事、医疗机构应当协助；在工作时间和工作场所内受伤，单位拿不出证据证明是非工作原因的，通常认定为工伤。",
        ),
        Fact::Other => Words::new(
            "弄清受伤是否与工作有关",
            "参加单位组织或受单位指派参加其他单位组织的活动受伤、在工作时间内往返于几个与工作职责有关的工作场所之间受伤，以及其他与履行工作职责相关、在工作时间和合理区域内受伤的，法院支持认定为工伤。由社会保险行政部门调查核实。",
        ),
        Fact::CommuteTrip => Words::new(
            "弄清是否属于上下班途中",
            "要在合理时间内，往返于工作地和住处、经常居住地、单位宿舍，或配偶、父母、子女居住地的合理路线上，或者顺路办日常工作生活所需的事。由社会保险行政部门调查核实。",
        ),
        Fact::CommuteFault => Words::new(
            "等待事故责任认定",
            "上下班途中的交通事故，本人不负主要责任的才能认定为工伤。责任以公安交管部门的《道路交通事故认定书》（或轨道交通、轮渡、铁路部门的结论、法院的生效裁判）为准。还没有认定的，也可以先在期限内申请，认定决定的时限在等待期间中止。",
        ),
        Fact::Away => Words::new(
            "弄清外出期间在做什么",
            "受单位指派或因工作需要在工作场所以外从事与工作职责有关的活动、外出学习或开会期间受伤的，可以认定；从事与工作无关的个人活动受伤的，不认定。由社会保险行政部门调查核实。",
        ),
        Fact::Exclusion => Words::new(
            "弄清是否有故意犯罪、醉酒吸毒、自残自杀的情形",
            "故意犯罪以公安、检察、法院的生效文书或结论性意见为准；醉酒、吸毒、自残、自杀以有权机构的认定书、结论性意见或法院的生效裁判为准。没有这些文书的，由社会保险行政部门依据证据认定。",
        ),
        Fact::Scheme(e) => Words::new(
            match e {
                Employment::Intern => "实习学生：先看单位是否为其参加了工伤保险",
                Employment::OverAge => "超龄人员：先看是否在领取养老保险待遇、单位是否为其参保",
                _ => "平台工作人员：先看是否参加了职业伤害保障",
            },
            "这几类人员不一定与单位建立劳动关系，受伤以后按哪种保障处理，要看单位是否按规定为其参保、参加的是哪一种。参保义务自查里有各类人员的说明；不清楚的，请向社会保险行政部门询问。",
        ),
        Fact::SuddenDeathNotDied => Words::new(
            "请核对：职工是否已经死亡",
            "您在“发生了什么”中没有选“职工死亡”，但受伤时的情况选了“突发疾病死亡”。经抢救存活的，不视同工伤；请返回修改回答。",
        ),
    }
}
