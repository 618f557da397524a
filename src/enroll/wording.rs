//! 参保义务自查 in words: the page around the questions, then the result as a unit
//! reads it, item by item. Figures and dates come from the findings (which take them
//! from `policy/`); rewording the result is a change here only.

use super::rules::{Doc, Enroll, Finding, Focus, Person, Reason, Span, Verdict};
use crate::date::Date;
use crate::format::number;
use crate::outcome::{Page, Wording, Words};

impl Wording for Enroll {
    const PAGE: Page = Page {
        name: "参保义务自查",
        summary: "回答几个问题，了解单位是否必须参保、哪些人要参保、何时办理、不参保的后果。",
        lead: "回答几个简短的问题，了解贵单位是否必须参加工伤保险、要为哪些人参保、怎么办、什么时候办，以及不参保的后果。每一项都注明法律依据。",
        points: &[
            "不知道的可以选“不确定”，结果会告诉您向谁确认、带什么材料。",
            "不需要填写姓名或身份证号；回答只保存在本页的链接中。",
        ],
        print_title: "参保义务自查结果",
        next: "到常州市社会保险经办机构（或通过江苏智慧人社）办理上面“必须办理”的事项；标“请向经办机构确认”的，带上所列材料当面咨询。",
        items_heading: "需要做的事",
        documents_hint: "",
        foot: "",
    };

    fn headline(verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::MustEnroll => "贵单位应当为职工参加工伤保险",
            Verdict::OutsideFund => {
                "公务员和参公人员不参加工伤保险基金，由单位支付工伤费用；其他人员仍应参保"
            }
            Verdict::NothingToDo => "按您的回答，贵单位目前不需要办理工伤保险参保",
            Verdict::AskOffice => "按您的回答还不能确定，请带上所列材料向社会保险经办机构确认",
        }
    }

    fn reason(reason: &Reason) -> String {
        match *reason {}
    }

    fn item(finding: &Finding) -> Words {
        match finding {
            // Who the unit is.
            Finding::UnitUnsure => Words::new(
                "确认单位类型",
                "企业、事业单位、社会团体、民办非企业单位、基金会、律师事务所、会计师事务所等组织和有雇工的个体工商户，都应当为全部职工参加工伤保险。请带上证照到社会保险经办机构确认。",
            ),
            Finding::SoleNoEmployees { days } => Words::new(
                "没有雇工的个体工商户不需要办理工伤保险参保",
                format!(
                    "《工伤保险条例》只要求有雇工的个体工商户为雇工参保。{}",
                    days.map(|n| format!("一旦雇用了雇工，自用工之日起{n}日内要为雇工参保。"))
                        .unwrap_or_default()
                ),
            ),
            Finding::SoleOwner => Words::new(
                "经营者本人",
                "目前未找到江苏面向个体经营者本人、只参加工伤保险的一般渠道；养老和医疗保险可以按灵活就业人员参保。",
            ),
            Finding::SoleEmployeesUnsure => Words::new(
                "先确认是否有雇工",
                "有雇工（店员、帮工等）的个体工商户必须为雇工参加工伤保险；没有雇工的不需要。是否构成雇用关系，可带上材料向经办机构确认。",
            ),
            Finding::CivilService => Words::new(
                "公务员和参公人员：由单位支付工伤费用",
                "公务员和参照公务员法管理的事业单位、社会团体的工作人员因工受伤或患职业病，由所在单位支付费用，不参加工伤保险基金。",
            ),
            Finding::CivilOthers => Words::new(
                "其他人员应参加工伤保险",
                "单位聘用的不按公务员管理的人员（如编外聘用人员、工勤人员），应参加工伤保险。江苏的费率办法把国家机关列入适用范围；具体哪些人员参保，请向经办机构确认。",
            ),
            Finding::CivilUnsure => Words::new(
                "确认单位是否参照公务员法管理",
                "参公单位的工作人员由单位支付工伤费用；不参公的事业单位、社会团体应为全部职工参加工伤保险。",
            ),
            Finding::AllStaff => Words::new(
                "为全部职工参加工伤保险",
                "工伤保险费由单位缴纳，职工个人不缴费。缴费基数为全部职工的工资总额，应如实申报。",
            ),

            // Registration.
            Finding::Registration { days, dated, overdue_fines } => {
                let mut detail = String::from(
                    "持营业执照、登记证书或单位印章，向当地社会保险经办机构申请办理社会保险登记。",
                );
                if let Some(((fine_low, fine_high), (manager_low, manager_high))) = overdue_fines {
                    detail.push_str(&format!("已超过期限：社会保险行政部门会责令限期改正，逾期不改正的，处应缴社会保险费{}倍的罚款，并对直接负责的主管人员和其他直接责任人员处{}元的罚款。", span((*fine_low, *fine_high)), span((*manager_low, *manager_high))));
                }
                match days {
                    Some(days) if !dated => {
                        detail.push_str(&format!("期限为自成立之日起{days}日内。"))
                    }
                    _ => {}
                }
                Words::new("办理社会保险登记", detail)
                    .rule(days.map(|d| format!("自成立之日起{d}日内")).unwrap_or_default())
            }
            Finding::RegistrationUnsure => Words::new(
                "查询单位是否已办理社会保险登记",
                "可在社会保险经办机构或江苏智慧人社查询。没有登记的，要尽快办理。",
            ),

            // Sectors.
            Finding::SectorUnsure => Words::new(
                "高风险行业",
                "存在尘肺病危害、危险化学品、建筑业、电梯安装等行业，是常州扩大工伤保险覆盖面的重点，请对照单位实际业务核实。",
            ),
            Finding::FocusSectors(sectors) => Words::new(
                format!(
                    "重点行业：{}",
                    sectors.iter().map(|s| focus(*s)).collect::<Vec<_>>().join("、")
                ),
                "常州把尘肺病、危险化学品和建筑业等高风险行业列为依法参保的重点，会通过数据比对核查这些单位的参保和缴费基数。",
            ),
            Finding::Construction => Words::new(
                "建筑业：动态实名制参保",
                "常州开展建筑业专项治理，要求落实动态实名制参保。",
            ),
            Finding::Elevator => Words::new(
                "电梯安装业：如实申报缴费基数",
                "常州针对电梯安装业“缴费低、事故多、费用高”开展专项治理，要求做实缴费基数。部分地方把电梯安装项目按建设项目参保，常州做法未核实。",
            ),

            // People.
            Finding::PeopleUnsure => Words::new(
                "逐一核对单位用工人员的身份",
                "全日制职工、非全日制人员、派遣人员、实习生、超龄人员、项目施工人员的参保方式不同，请带上材料向经办机构确认。",
            ),
            Finding::Unenrolled { days, dated, overdue } => {
                let mut detail = String::from("试用期也属于劳动关系期间，同样要参保。");
                if !dated {
                    detail.push_str(&format!("期限为自用工之日起{days}日内。"));
                } else if *overdue {
                    detail.push_str("已超过期限。参保前发生的工伤，全部工伤保险待遇由单位支付。");
                }
                Words::new("为尚未参保的职工办理参保登记", detail)
                    .rule(format!("自用工之日起{days}日内"))
            }
            Finding::EnrolledUnsure { days } => Words::new(
                "核对职工参保名单",
                format!("把在职职工名单与社保参保名单逐一核对，没有参保的自用工之日起{days}日内办理。"),
            ),
            Finding::NewHires { days } => Words::new(
                format!("新招职工：{days}日内参保"),
                format!("以后新招用的职工，自用工之日起{days}日内办理社会保险登记。"),
            ),
            Finding::PartTime => Words::new(
                "非全日制和多单位兼职人员：为其缴纳工伤保险费",
                "与非全日制人员建立劳动关系的，单位应当为其缴纳工伤保险费。同时在几家单位工作的，各单位分别为其缴纳工伤保险费；发生工伤时，由职工受到伤害时为之工作的单位承担工伤保险责任。",
            ),
            Finding::DispatchAgency => Words::new(
                "劳务派遣单位为派出人员参保",
                "派遣单位应当为被派遣劳动者缴纳社会保险费并办理参保手续，被派遣劳动者因工受伤的，由派遣单位申请工伤认定、承担工伤保险责任。派到常州以外地区的，要在用工单位所在地参保：在当地设有分支机构的由分支机构办理；没有的，由用工单位代为办理参保并缴费。",
            ),
            Finding::DispatchHostPays => Words::new(
                "由贵单位代派遣单位为派遣人员参保缴费",
                "派遣单位在常州以外、在常州没有分支机构的，被派遣劳动者在常州参保，由用工单位（贵单位）代派遣单位办理参保手续、缴纳社会保险费。工伤保险责任仍由派遣单位承担，双方可以在派遣协议中约定费用的结算。",
            ),
            Finding::DispatchByAgency => Words::new(
                "派遣人员由派遣单位（或其常州分支机构）参保",
                "派遣单位在常州、或在常州设有分支机构的，由派遣单位或其分支机构为被派遣劳动者参保缴费，贵单位不需要办理参保。建议在派遣协议中写明，并查验参保缴费凭证；被派遣劳动者受伤时，贵单位要协助工伤认定的调查核实。",
            ),
            Finding::DispatchBranchUnsure => Words::new(
                "确认派遣单位在常州有没有分支机构",
                "派遣单位在常州或在常州设有分支机构的，由它为派遣人员参保；在常州以外又没有分支机构的，由贵单位代为办理参保并缴费。",
            ),
            Finding::DispatchRoleUnsure => Words::new(
                "确认派遣关系中的角色",
                "派遣人员由劳务派遣单位参保；派遣单位在用工单位所在地没有分支机构的，由用工单位代为参保缴费。请对照派遣协议确认贵单位是派出方还是接收方。",
            ),
            Finding::InternNotYet { opens: from } => Words::new(
                "实习生单项参保尚未开始",
                format!("江苏实习生单项参加工伤保险的办法{}。", takes_effect(*from)),
            ),
            Finding::InternMay => Words::new(
                "可以为实习生单项参加工伤保险",
                "由实习单位按实习协议期限一次性缴纳：实习报酬总额 × 单位的费率。未参保的实习生受到伤害，单位可能需要自行承担赔偿。",
            ),
            Finding::InternNotSchool => Words::new(
                "不属于院校统一安排的实习",
                "江苏的实习生单项参保只适用于技工院校、职业院校统一安排、年满16周岁的实习学生。其他情况（如学生自行联系的实习、毕业生试用）是否构成劳动关系，需要具体判断。",
            ),
            Finding::InternUnsure => Words::new(
                "确认实习是否由院校统一安排",
                "院校统一安排的实习生可以单项参加工伤保险。",
            ),

            // Overage, under 人社部令第56号.
            Finding::EarlyRetireeOrder56 { person, since } => Words::new(
                "提前退休后被招用：应当参加工伤保险",
                format!("{}已办理提前退休、领取养老金后又被招用的，按超龄劳动者对待。自 {since} 起，用人单位应当为超龄劳动者参加工伤保险并缴纳工伤保险费，个人不缴费；领取的养老金不受影响。", with_age(person)),
            ),
            Finding::PensionerOrder56 { person, since } => Words::new(
                "应当为超龄劳动者参加工伤保险",
                format!("{}自 {since} 起，用人单位应当为超龄劳动者参加工伤保险并缴纳工伤保险费，个人不缴费；已领取的养老金不受影响。", with_age(person)),
            ),
            Finding::NotYetRetiredOrder56 { person } => Words::new(
                "尚未达到法定退休年龄：按普通职工参保",
                format!("{}在此之前应作为普通职工参加工伤保险。", with_age(person)),
            ),
            Finding::FlexibleOrder56 { person } => Words::new(
                "弹性延迟退休期间：按普通职工参保",
                format!("{}弹性延迟退休期间仍适用劳动合同法，应作为普通职工参加工伤保险。", with_age(person)),
            ),
            Finding::OverageOrder56 { person, since } => Words::new(
                "应当为超龄劳动者参加工伤保险",
                format!("{}自 {since} 起，用人单位应当为超龄劳动者参加工伤保险并缴纳工伤保险费，个人不缴费。", with_age(person)),
            ),
            Finding::WhichChannel => Words::new(
                "确认按普通职工还是按超龄劳动者参保",
                "未到法定退休年龄或弹性延迟退休的，按普通职工参保；已超过法定退休年龄、或提前退休后被招用的，按超龄劳动者参保。请带上材料向经办机构确认按哪一种办理。",
            ),
            Finding::EnrollAnyway { person, since } => Words::new(
                "应当为这名人员参加工伤保险",
                format!("{}自 {since} 起，无论是否已到法定退休年龄、是否领取养老金、是否弹性延迟退休，用人单位都应当为其参加工伤保险，个人不缴费。", with_age(person)),
            ),
            Finding::AgeCap { guidance } => {
                Words::new("江苏原单项参保办法的年龄上限", *guidance)
            }

            // Overage, before 56号: Jiangsu's voluntary scheme.
            Finding::RetirementUnknown => Words::new(
                "确认这名人员是否已达到法定退休年龄",
                "需要出生年月和退休年龄类别才能判断。",
            ),
            Finding::NotYetRetired { person } => Words::new(
                "尚未达到法定退休年龄：按普通职工参保",
                format!("{}。在此之前应作为普通职工参加工伤保险。", retires(person)),
            ),
            Finding::EarlyRetired { person, coming } => Words::new(
                "已提前退休、领取养老金：不按普通职工参保",
                format!("{}。已依法享受基本养老保险待遇（提前退休）后又被招用的人员，不作为普通职工参加工伤保险；江苏的超龄人员单项参保只适用于已达到法定退休年龄、未办理退休手续的人员，也不包括他们。单位已按项目参保等方式为其缴纳工伤保险费的，受到事故伤害适用工伤保险条例；没有的，发生伤害由单位按民事关系承担赔偿责任，最高人民法院曾规定这类用工按劳务关系处理（该款已废止，现行认定未见统一规定）。可向经办机构询问能否按项目等方式参保。{}", retires(person), order56_coming(*coming)),
            ),
            Finding::EarlyRetiredUnsure { person } => Words::new(
                "确认是否已提前退休、领取基本养老金",
                format!("{}。未到法定退休年龄、没有领取养老金的，按普通职工参加工伤保险；已提前退休、领取养老金后被招用的，不按普通职工参保。", retires(person)),
            ),
            Finding::CategoryUnsure { person } => Words::new(
                "确认退休年龄类别",
                format!("不同类别的结果不同：{}。请按人事档案确认。", retires(person)),
            ),
            Finding::PensionUnsure { person } => Words::new(
                "确认是否已领取基本养老金",
                format!("{}是否已办理退休手续、领取养老金，决定能否以及如何参保。", with_age(person)),
            ),
            Finding::Pensioner { person, coming } => Words::new(
                "已领取养老金的人员不能单项参保",
                format!("{}江苏的超龄人员单项参保只适用于未办理退休手续、未领取养老金的人员。{}", with_age(person), order56_coming(*coming)),
            ),
            Finding::OverageNotYet { person, opens: from } => Words::new(
                "超龄人员单项参保尚未开始",
                format!("{}江苏超龄人员单项参加工伤保险的办法{}。", with_age(person), takes_effect(*from)),
            ),
            Finding::Flexible { person } => Words::new(
                "弹性延迟退休期间：按普通职工参保",
                format!("{}办理了弹性延迟退休的，尚未退休，劳动合同继续履行，应作为普通职工参加工伤保险。", with_age(person)),
            ),
            Finding::FlexibleUnsure { person } => Words::new(
                "确认是否办理了弹性延迟退休",
                format!("{}弹性延迟退休的，按普通职工参保；没有的，可以按江苏办法单项参保。", with_age(person)),
            ),
            Finding::OverCap { person, cap, coming } => Words::new(
                format!("超过{cap}周岁，不在江苏单项参保范围内"),
                format!("{}江苏办法适用于{cap}周岁以下、未办理退休手续的人员。{}", with_age(person), order56_coming(*coming)),
            ),
            Finding::SingleItem { person, cap, coming } => Words::new(
                "可以为这名人员单项参加工伤保险（自愿）",
                format!("{}江苏允许为{cap}周岁以下、未办理退休手续的超龄人员只参加工伤保险，按月以实际工资 × 单位费率缴纳，个人不缴费。{}", with_age(person), order56_coming(*coming)),
            ),

            // Construction projects.
            Finding::ProjectEnrolled => Words::new(
                "项目已按项目参保：做好动态实名制管理",
                "项目上全部施工人员（含分包单位人员）都在项目参保范围内。人员进出要及时报备，保持实名制名单与现场一致。",
            ),
            Finding::ProjectMust => Words::new(
                "开工前按项目参加工伤保险",
                "由施工总承包单位按项目（或标段）的工程总造价 × 项目费率，在开工前一次性缴纳；未参保的项目不予核发施工许可证。项目费用由建设单位在工程概算中单独列支，属于不可竞争费用。",
            ),
            Finding::ProjectUnsure => Words::new(
                "查询项目是否已按项目参保",
                "项目应在开工前由总承包单位按项目参保，办理施工许可证时需要参保证明。",
            ),
            Finding::ProjectSub => Words::new(
                "分包单位人员由总承包单位按项目统一参保",
                "按项目参保覆盖项目上全部施工人员，包括专业承包、劳务分包单位的人员。请确认总承包单位已参保，并配合实名制登记。贵单位自己的固定职工仍由贵单位正常参保。",
            ),
            Finding::ProjectOwner => Words::new(
                "建设单位：在工程概算中单独列支工伤保险费",
                "按项目参保的工伤保险费由建设单位在工程概算中单独列支，作为不可竞争费用，不参与竞标压价；由总承包单位开工前一次性缴纳。",
            ),
            Finding::ProjectRoleUnsure => Words::new(
                "确认贵单位在项目中的角色",
                "按项目参保由施工总承包单位办理；分包单位的人员在总承包单位的项目参保范围内。",
            ),

            // Couriers.
            Finding::CourierOutletEnrolls => Words::new(
                "快递网点为快递员参保",
                "具备用人单位资格、以自己名义用工的快递网点，直接为招用的快递员参加工伤保险。",
            ),
            Finding::CourierByCompany => Words::new(
                "由所属快递企业为快递员参保",
                "只在快递企业备案、不具备用人单位资格的末端网点，由所属的快递企业为其快递员参加工伤保险。",
            ),
            Finding::CourierOutletUnsure => Words::new(
                "确认快递网点是否具备用人单位资格",
                "具备资格的网点自己为快递员参保，备案网点由所属快递企业参保。",
            ),
            Finding::CourierCampaign => Words::new(
                "常州专项行动",
                "常州要求落实快递末端备案网点参加工伤保险的政策。",
            ),

            // Platform workers.
            Finding::PlatformNotYet { opens: from } => Words::new(
                "平台从业人员职业伤害保障尚未在江苏试点",
                format!("江苏的试点{}，由平台企业按单缴费。", takes_effect(*from)),
            ),
            Finding::Platform { note } => Words::new(
                "平台接单的骑手、网约车和货车司机：由已纳入试点的平台按单缴费",
                format!("{note}已纳入的平台企业按单缴纳职业伤害保障费（每单必保），从业人员个人不缴费，接单的商户也不需要为他们缴费；在尚未纳入的平台上接单的人员，目前没有这项保障。如果骑手是贵单位直接招用的职工，则按全日制或非全日制职工参保。"),
            ),

            // Risks.
            Finding::BeforeEnrollment => Words::new(
                "参保前发生的工伤由单位全额承担",
                "工伤保险只保障参保后发生的工伤。应参保而未参保期间发生工伤的，由单位按工伤保险待遇标准支付全部费用。单位补缴了应缴的工伤保险费和滞纳金以后，新发生的费用由工伤保险基金和单位按条例规定分别支付；补缴以前发生的费用仍由单位承担。",
            ),
            Finding::InjuryAlready => Words::new(
                "已经有职工受伤、还没有工伤认定的：单位要在期限内申请",
                "没有参保的单位，职工受伤后同样要向社会保险行政部门申请工伤认定。工伤认定指引会按受伤日期算出申请的最后一天，并列出要带的材料。",
            ),
            Finding::Penalties { late_rate, arrears, unregistered } => {
                let mut detail = format!("责令限期参保、补缴保费，并自欠缴之日起按日加收欠缴数额{}%的滞纳金；逾期仍不缴纳的，处欠缴数额{}倍的罚款。", number(*late_rate), span(*arrears));
                if let Some(unregistered) = unregistered {
                    detail.push_str(&format!(
                        "不办理社会保险登记、逾期不改正的，处应缴保费{}倍的罚款。",
                        span(*unregistered)
                    ));
                }
                Words::new("不参保、不缴费的处罚", detail)
            }
            Finding::WageBase => Words::new(
                "缴费基数要按实际工资申报",
                "常州会比对数据，对缴费基数下降多、增减人员变动大的单位调查核实；基数异常的，由经办机构核定缴费基数。",
            ),
            Finding::EnrollThenDrop => Words::new(
                "不要“出事后参保、当月又减员”",
                "当月先参保后回退的操作会被严查；同一人员多次出现的，单位会被风险预警并移交劳动监察检查。",
            ),
            Finding::SameUnit => Words::new(
                "参保单位要与实际用工单位一致",
                "参保单位与申报工伤待遇的单位不一致的，会被列为稽核线索。",
            ),
        }
    }

    fn doc(doc: Doc) -> &'static str {
        match doc {
            Doc::Licence => "营业执照、登记证书或单位印章",
            Doc::Roster => "职工花名册和劳动合同",
            Doc::HiringStatement => "用工情况说明（人数、工作内容、工资发放记录）",
            Doc::CivilApproval => "机构编制部门关于参照公务员法管理的批准文件（如有）",
            Doc::DispatchOrInternAgreements => "劳务派遣协议、实习协议（如有）",
            Doc::DispatchAgreement => "劳务派遣协议",
            Doc::AgencyLicences => "派遣单位的营业执照和劳务派遣经营许可证",
            Doc::DispatchedList => "被派遣劳动者名单",
            Doc::AgencyLicence => "派遣单位的营业执照（看注册地）",
            Doc::InternAgreement => "学校与单位签订的实习协议",
            Doc::InternList => "实习学生名单",
            Doc::InternOrWorkAgreement => "实习协议或用工协议",
            Doc::StudentCard => "学生证或毕业证明",
            Doc::IdCard => "本人身份证件",
            Doc::PersonnelFile => "人事档案或岗位证明（确定退休年龄类别）",
            Doc::PensionProof => "是否领取基本养老金的证明",
            Doc::ContractWithPrice => "施工合同（含合同总价）",
            Doc::ProjectRoster => "项目基本信息和施工人员实名制名单",
            Doc::Contract => "施工合同",
            Doc::BuildingPermit => "施工许可证（如已取得）",
            Doc::CourierAgreement => "与快递企业的备案或加盟协议",
        }
    }
}

/// `1至3`.
fn span((low, high): Span) -> String {
    format!("{}至{}", number(low), number(high))
}

fn focus(sector: Focus) -> &'static str {
    match sector {
        Focus::Dust => "存在尘肺病危害的作业",
        Focus::Chemicals => "危险化学品",
        Focus::Construction => "建筑施工",
    }
}

/// `男职工：2027年5月达到法定退休年龄（63周岁）`, for each category tried.
fn retires(person: &Person) -> String {
    person
        .retires
        .iter()
        .map(|r| {
            format!(
                "{}：{}达到法定退休年龄（{}）",
                r.category.label(),
                r.month.chinese(),
                r.age
            )
        })
        .collect::<Vec<_>>()
        .join("；")
}

/// The categories' retirement, then the person's age: `…（63周岁）；到 2026年8月1日 约 63 周岁。`
fn with_age(person: &Person) -> String {
    let retires = retires(person);
    match person.age {
        _ if retires.is_empty() => String::new(),
        Some((day, age)) => format!("{retires}；到 {} 约 {age} 周岁。", day.chinese()),
        None => format!("{retires}；"),
    }
}

/// `自 2021-02-01 起施行`: when a rule the data already holds takes effect.
fn takes_effect(from: Option<Date>) -> String {
    from.map(|d| format!("自 {d} 起施行"))
        .unwrap_or_else(|| "尚未施行".into())
}

/// Before 人社部令第56号, when the data holds the day it takes effect.
fn order56_coming(from: Option<Date>) -> String {
    from.map(|d| {
        format!("自 {d} 起，人社部令第56号要求用人单位为超龄劳动者参加工伤保险，届时请再确认。")
    })
    .unwrap_or_default()
}
