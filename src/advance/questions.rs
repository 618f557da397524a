//! 先行支付核对: the questions, in words.

use crate::choices;
use crate::flow::{Kind, Opt, Question};

const fn opt(key: &'static str, label: &'static str, hint: &'static str) -> Opt {
    Opt { key, label, hint }
}

/// Each question's id, written once: the routing, the rules and the links use these names.
pub mod id {
    use crate::flow::QuestionId;
    pub const DECISION: QuestionId = "decision";
    pub const INJURY_DATE: QuestionId = "injury_date";
    pub const THIRD_PARTY: QuestionId = "third_party";
    pub const TP_PAID: QuestionId = "tp_paid";
    pub const SITE: QuestionId = "site";
    pub const SITE_ENROLLED: QuestionId = "site_enrolled";
    pub const INSURED: QuestionId = "insured";
    pub const BACK_PAID: QuestionId = "back_paid";
    pub const TRIGGER: QuestionId = "trigger";
    pub const COURT_RULING: QuestionId = "court_ruling";
    pub const APPLICANT: QuestionId = "applicant";
    pub const CONDITION: QuestionId = "condition";
    pub const DEATH_DATE: QuestionId = "death_date";
    pub const APPLIED_ON: QuestionId = "applied_on";
}

choices! {
    /// 第三人（肇事方）是否已经支付了工伤医疗费.
    pub enum TpPaid {
        Full = "full",
        Part = "part",
        Refused = "refused",
        Unknown = "unknown",
    }
}

choices! {
    /// 受伤当天，单位是否已为职工参加工伤保险并按时足额缴费.
    pub enum Insured {
        Yes = "yes",
        Arrears = "arrears",
        Never = "never",
    }
}

choices! {
    /// 单位现在是什么情况: any of the first four, or `Paying` alone.
    pub enum Trigger {
        Revoked = "revoked",
        Refuses = "refuses",
        Court = "court",
        Other = "other",
        Paying = "none",
    }
}

choices! {
    /// 法院作出的是哪一种执行裁定.
    pub enum CourtRuling {
        Suspend = "suspend",
        Terminate = "terminate",
        NotYet = "none",
    }
}

choices! {
    /// 由谁提出先行支付申请.
    pub enum Applicant {
        Worker = "worker",
        Relative = "relative",
        Other = "other",
    }
}

choices! {
    /// 工伤职工目前的情况.
    pub enum Condition {
        Treating = "treating",
        Appraised = "appraised",
        Died = "died",
    }
}

pub static QUESTIONS: [Question; 14] = [
    Question {
        id: id::DECISION,
        prompt: "这次受伤是否已经取得《工伤认定决定书》？",
        hint: "由人力资源社会保障部门作出，认定为工伤或视同工伤。还在申请、等待结果的，选“否”。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::INJURY_DATE,
        prompt: "受伤（或被诊断、鉴定为职业病）是哪一天？",
        hint: "例如 2025-03-10，也可以只输数字 20250310。已有工伤认定决定书的，填决定书上的受伤日期；还没有认定的，申请期限从这一天算起。",
        kind: Kind::Date,
        unsure: true,
        samples: &["2025-05-20", "2024-03-01"],
    },
    Question {
        id: id::THIRD_PARTY,
        prompt: "伤害是不是由第三人造成的？",
        hint: "例如对方负主要责任的交通事故、被他人打伤。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::TP_PAID,
        prompt: "第三人（肇事方）是否已经支付了工伤医疗费？",
        hint: "",
        kind: Kind::Choice(&[
            opt(TpPaid::Full.key(), "已经全额支付", ""),
            opt(TpPaid::Part.key(), "只支付了一部分", ""),
            opt(TpPaid::Refused.key(), "知道是谁，但没有支付", ""),
            opt(TpPaid::Unknown.key(), "肇事者逃逸，或无法确定是谁", ""),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::SITE,
        prompt: "受伤时，职工是不是在建设工程项目（工地）上施工？",
        hint: "包括总承包、专业承包和劳务分包单位的人员。建设工程多按项目参加工伤保险，由施工总承包单位缴费，和职工所在单位是否参保无关。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::SITE_ENROLLED,
        prompt: "这个工程项目是否已经按项目参加工伤保险？",
        hint: "按项目参保由施工总承包单位在开工前一次性缴费，覆盖项目上的全部施工人员（含分包单位的人员）。可以问总承包单位，或向社保经办机构查询。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::INSURED,
        prompt: "受伤当天，单位是否已为职工参加工伤保险并按时足额缴费？",
        hint: "可以查社保缴费记录。欠缴保费的，也算没有依法缴纳。",
        kind: Kind::Choice(&[
            opt(Insured::Yes.key(), "已参保，并正常缴费", ""),
            opt(Insured::Arrears.key(), "已参保，但欠缴保费", ""),
            opt(Insured::Never.key(), "从未为职工参加工伤保险", ""),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::BACK_PAID,
        prompt: "受伤以后，单位是否已经补办参保并补缴了欠费？",
        hint: "",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::TRIGGER,
        prompt: "单位现在是什么情况？（可多选）",
        hint: "符合其中任何一项，就可以申请先行支付。",
        kind: Kind::Multi {
            options: &[
                opt(
                    Trigger::Revoked.key(),
                    "单位已被吊销营业执照，或被撤销登记、备案",
                    "可在市场监管部门的企业信用信息系统查询",
                ),
                opt(Trigger::Refuses.key(), "单位拒绝支付全部或部分费用", ""),
                opt(
                    Trigger::Court.key(),
                    "经过仲裁或诉讼，仍然拿不到待遇，法院已作出执行方面的裁定",
                    "",
                ),
                opt(
                    Trigger::Other.key(),
                    "其他情况，职工认为单位不会支付",
                    "例如单位负责人失联、单位已停业",
                ),
                opt(Trigger::Paying.key(), "单位正在按规定支付", ""),
            ],
            none_key: Trigger::Paying.key(),
        },
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::COURT_RULING,
        prompt: "法院作出的是哪一种执行裁定？",
        hint: "看执行裁定书的标题和裁定内容。",
        kind: Kind::Choice(&[
            opt(CourtRuling::Suspend.key(), "中止执行的裁定", ""),
            opt(
                CourtRuling::Terminate.key(),
                "终结本次执行程序的裁定",
                "常见于查无可供执行的财产",
            ),
            opt(CourtRuling::NotYet.key(), "还没有执行裁定", ""),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::APPLICANT,
        prompt: "由谁提出先行支付申请？",
        hint: "",
        kind: Kind::Choice(&[
            opt(Applicant::Worker.key(), "工伤职工本人", ""),
            opt(
                Applicant::Relative.key(),
                "工伤职工的近亲属",
                "配偶、父母、子女等",
            ),
            opt(Applicant::Other.key(), "其他人（如工会、代办人）", ""),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::CONDITION,
        prompt: "工伤职工目前的情况是？",
        hint: "决定要带哪些材料、可以申请哪些项目。",
        kind: Kind::Choice(&[
            opt(
                Condition::Treating.key(),
                "还在治疗，尚未做劳动能力鉴定",
                "",
            ),
            opt(Condition::Appraised.key(), "已经做了劳动能力鉴定", ""),
            opt(Condition::Died.key(), "因工死亡", ""),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::DEATH_DATE,
        prompt: "职工是哪一天死亡的？",
        hint: "例如 2025-05-22。和受伤是同一天的，填同一天。工亡待遇按死亡的日期计算。",
        kind: Kind::Date,
        unsure: true,
        samples: &["2025-05-22"],
    },
    Question {
        id: id::APPLIED_ON,
        prompt: "先行支付申请是哪一天提交的（或打算哪一天提交）？",
        hint:
            "例如 2025-06-03，也可以只输数字 20250603。用来推算经办机构催告和单位支付的最后期限。",
        kind: Kind::Date,
        unsure: true,
        samples: &["2025-06-03", "2025-09-26"],
    },
];
