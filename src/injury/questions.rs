//! 工伤认定指引: the questions, in words.

use crate::choices;
use crate::flow::{Kind, Opt, Question};

const fn opt(key: &'static str, label: &'static str, hint: &'static str) -> Opt {
    Opt { key, label, hint }
}

/// Each question's id, written once: the routing, the rules and the links use these names.
pub mod id {
    use crate::flow::QuestionId;
    pub const ROLE: QuestionId = "role";
    pub const KIND: QuestionId = "kind";
    pub const INJURY_DATE: QuestionId = "injury_date";
    pub const DEATH_DATE: QuestionId = "death_date";
    pub const SITUATION: QuestionId = "situation";
    pub const COMMUTE_TRIP: QuestionId = "commute_trip";
    pub const COMMUTE_FAULT: QuestionId = "commute_fault";
    pub const AWAY: QuestionId = "away_purpose";
    pub const EXCLUDED: QuestionId = "excluded";
    pub const EMPLOYMENT: QuestionId = "employment";
    pub const INSURED: QuestionId = "insured";
    pub const UNIT_APPLIED: QuestionId = "unit_applied";
}

choices! {
    /// 您是？
    pub enum Role {
        Unit = "unit",
        Worker = "worker",
        Relative = "relative",
        Union = "union",
        Staff = "staff",
    }
}

choices! {
    /// 发生了什么？
    pub enum Happened {
        Accident = "accident",
        Disease = "disease",
        Death = "death",
    }
}

choices! {
    /// 当时是什么情况？(条例第十四条、第十五条)
    pub enum Situation {
        Work = "work",
        PrepFinish = "prep_finish",
        DutiesViolence = "duties_violence",
        Disease = "disease",
        Away = "away",
        Commute = "commute",
        SuddenDeath = "sudden_death",
        Illness = "illness",
        Rescue = "rescue",
        Veteran = "veteran",
        Other = "other",
    }
}

choices! {
    /// 上下班途中往返于哪里？(法释〔2014〕9号第六条)
    pub enum CommuteTrip {
        Home = "home",
        Family = "family",
        Errand = "errand",
        OtherRoute = "other_route",
        Detour = "detour",
    }
}

choices! {
    /// 事故的责任认定.
    pub enum CommuteFault {
        NotMain = "not_main",
        Main = "main",
        Pending = "pending",
        NotTraffic = "not_traffic",
    }
}

choices! {
    /// 因工外出期间在做什么.
    pub enum Away {
        Work = "work",
        Personal = "personal",
        Missing = "missing",
    }
}

choices! {
    /// 条例第十六条的情形.
    pub enum Excluded {
        None = "none",
        Crime = "crime",
        DrunkDrugs = "drunk_drugs",
        SelfHarm = "self_harm",
    }
}

choices! {
    /// 职工和单位是什么关系.
    pub enum Employment {
        Contract = "contract",
        NoContract = "no_contract",
        Dispatched = "dispatched",
        Subcontract = "subcontract",
        Intern = "intern",
        OverAge = "over_age",
        Platform = "platform",
    }
}

/// The same three answers as 先行支付's question, so a link between the two carries them.
pub use crate::advance::questions::Insured;

pub static QUESTIONS: [Question; 12] = [
    Question {
        id: id::ROLE,
        prompt: "您是？",
        hint: "用来判断由谁申请、要带哪些材料。",
        kind: Kind::Choice(&[
            opt(Role::Unit.key(), "用人单位（老板、人事、负责人）", ""),
            opt(Role::Worker.key(), "受伤的职工本人", ""),
            opt(
                Role::Relative.key(),
                "职工的近亲属",
                "配偶、父母、子女、兄弟姐妹等",
            ),
            opt(Role::Union.key(), "工会组织", ""),
            opt(Role::Staff.key(), "窗口工作人员，帮他人咨询", ""),
        ]),
        unsure: false,
        samples: &[],
    },
    Question {
        id: id::KIND,
        prompt: "发生了什么？",
        hint: "",
        kind: Kind::Choice(&[
            opt(Happened::Accident.key(), "职工受了伤（事故伤害）", ""),
            opt(
                Happened::Disease.key(),
                "职工被诊断或鉴定为职业病",
                "由职业病诊断机构出具诊断证明书或鉴定书",
            ),
            opt(
                Happened::Death.key(),
                "职工死亡",
                "因事故、职业病或突发疾病死亡",
            ),
        ]),
        unsure: false,
        samples: &[],
    },
    Question {
        id: id::INJURY_DATE,
        prompt: "事故发生（或被诊断、鉴定为职业病）是哪一天？",
        hint: "例如 2026-12-02，也可以只输数字 20261202。受伤后死亡的，填事故那一天；突发疾病的，填发病那一天。申请期限从这一天算起。",
        kind: Kind::Date,
        unsure: true,
        samples: &["2026-12-02", "2025-06-10"],
    },
    Question {
        id: id::DEATH_DATE,
        prompt: "职工是哪一天死亡的？",
        hint: "例如 2026-12-20。和事故（或发病）是同一天的，填同一天。工亡待遇按死亡的日期计算。",
        kind: Kind::Date,
        unsure: true,
        samples: &["2026-12-20"],
    },
    Question {
        id: id::SITUATION,
        prompt: "受伤（或发病）时是什么情况？",
        hint: "选最接近的一项。这是判断能否认定工伤的关键。",
        kind: Kind::Choice(&[
            opt(
                Situation::Work.key(),
                "在工作时间和工作场所内，因工作原因受伤",
                "例如操作机器受伤、厨房烫伤",
            ),
            opt(
                Situation::PrepFinish.key(),
                "上班前或下班后在工作场所内，做与工作有关的准备或收尾工作时受伤",
                "例如开工前检查设备、下班前清理现场",
            ),
            opt(
                Situation::DutiesViolence.key(),
                "在工作时间和工作场所内，因履行工作职责受到暴力等意外伤害",
                "例如保安制止偷盗被打伤",
            ),
            opt(
                Situation::Disease.key(),
                "患职业病",
                "",
            ),
            opt(
                Situation::Away.key(),
                "因工外出期间（出差、外出办事、开会学习）",
                "包括发生事故下落不明",
            ),
            opt(
                Situation::Commute.key(),
                "上下班途中遇到交通事故",
                "包括城市轨道交通、客运轮渡、火车事故",
            ),
            opt(
                Situation::SuddenDeath.key(),
                "在工作时间和工作岗位突发疾病，当场死亡或者在48小时之内经抢救无效死亡",
                "",
            ),
            opt(
                Situation::Illness.key(),
                "在工作时突发疾病，但经抢救存活，或超过48小时后才死亡",
                "",
            ),
            opt(
                Situation::Rescue.key(),
                "在抢险救灾等维护国家利益、公共利益的活动中受伤",
                "",
            ),
            opt(
                Situation::Veteran.key(),
                "原在军队服役因战、因公负伤致残，已取得革命伤残军人证，到单位后旧伤复发",
                "",
            ),
            opt(
                Situation::Other.key(),
                "其他情况",
                "例如参加单位组织的活动受伤、在几个工作场所之间往返时受伤",
            ),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::COMMUTE_TRIP,
        prompt: "当时是在往返于哪里的路上？",
        hint: "要在合理的时间、走合理的路线。",
        kind: Kind::Choice(&[
            opt(
                CommuteTrip::Home.key(),
                "单位和自己的住处、经常居住地或单位宿舍之间",
                "",
            ),
            opt(
                CommuteTrip::Family.key(),
                "单位和配偶、父母、子女的住处之间",
                "",
            ),
            opt(
                CommuteTrip::Errand.key(),
                "上下班顺路办日常生活所需的事",
                "例如接送孩子、买菜",
            ),
            opt(
                CommuteTrip::OtherRoute.key(),
                "其他合理路线",
                "",
            ),
            opt(
                CommuteTrip::Detour.key(),
                "绕道去办和上下班无关的私事",
                "",
            ),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::COMMUTE_FAULT,
        prompt: "这起事故，职工本人的责任是？",
        hint: "看公安交管部门的《道路交通事故认定书》，或轨道交通、轮渡、铁路部门的事故结论。",
        kind: Kind::Choice(&[
            opt(
                CommuteFault::NotMain.key(),
                "本人不负主要责任（次要责任、同等责任或无责任）",
                "",
            ),
            opt(
                CommuteFault::Main.key(),
                "本人负主要责任或全部责任",
                "",
            ),
            opt(
                CommuteFault::Pending.key(),
                "责任还没有认定",
                "",
            ),
            opt(
                CommuteFault::NotTraffic.key(),
                "不是交通事故",
                "例如走路时自己摔倒",
            ),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::AWAY,
        prompt: "外出期间受伤（或失踪）时，职工在做什么？",
        hint: "",
        kind: Kind::Choice(&[
            opt(
                Away::Work.key(),
                "做与工作有关的事",
                "包括受单位指派外出学习、开会，以及往返途中",
            ),
            opt(
                Away::Personal.key(),
                "做与工作无关的个人活动",
                "例如出差期间自行游玩",
            ),
            opt(Away::Missing.key(), "发生事故，下落不明", ""),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::EXCLUDED,
        prompt: "是否有下列情形之一？",
        hint: "以公安、检察、法院等有权机构出具的文书为准。",
        kind: Kind::Choice(&[
            opt(Excluded::None.key(), "都没有", ""),
            opt(Excluded::Crime.key(), "故意犯罪", ""),
            opt(Excluded::DrunkDrugs.key(), "醉酒或者吸毒", ""),
            opt(Excluded::SelfHarm.key(), "自残或者自杀", ""),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::EMPLOYMENT,
        prompt: "职工和单位是什么关系？",
        hint: "决定由谁申请、用什么证明劳动关系。",
        kind: Kind::Choice(&[
            opt(
                Employment::Contract.key(),
                "签了劳动合同（或聘用合同）",
                "",
            ),
            opt(
                Employment::NoContract.key(),
                "没有签书面合同，但在单位工作、由单位发工资",
                "",
            ),
            opt(
                Employment::Dispatched.key(),
                "劳务派遣，由派遣公司派到单位工作",
                "",
            ),
            opt(
                Employment::Subcontract.key(),
                "受雇于包工头或挂靠单位经营的个人",
                "",
            ),
            opt(Employment::Intern.key(), "实习学生", ""),
            opt(
                Employment::OverAge.key(),
                "超过法定退休年龄仍在工作",
                "",
            ),
            opt(
                Employment::Platform.key(),
                "外卖骑手、网约车司机等平台工作人员",
                "",
            ),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::INSURED,
        prompt: "受伤当天，单位是否已为职工参加工伤保险并按时缴费？",
        hint: "可以查社保缴费记录。",
        kind: Kind::Choice(&[
            opt(Insured::Yes.key(), "已参保，并正常缴费", ""),
            opt(Insured::Arrears.key(), "已参保，但欠缴保费", ""),
            opt(Insured::Never.key(), "没有为职工参加工伤保险", ""),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::UNIT_APPLIED,
        prompt: "单位是否已经提出了工伤认定申请？",
        hint: "向社会保险行政部门（人力资源和社会保障局）提出。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
];
