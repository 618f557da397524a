//! 参保义务自查: the questions, in words, and each question's answers as a type.
//! Rewording a question is a change here only.

use crate::choices;
use crate::flow::{Kind, Opt, Question};
use crate::retirement::Category;

const fn opt(key: &'static str, label: &'static str, hint: &'static str) -> Opt {
    Opt { key, label, hint }
}

/// Each question's id, written once: the routing, the rules and the links use these names.
pub mod id {
    use crate::flow::QuestionId;
    pub const UNIT: QuestionId = "unit";
    pub const CIVIL: QuestionId = "civil";
    pub const EMPLOYEES: QuestionId = "employees";
    pub const REGISTERED: QuestionId = "registered";
    pub const FOUNDED: QuestionId = "founded";
    pub const SECTOR: QuestionId = "sector";
    pub const PEOPLE: QuestionId = "people";
    pub const ALL_ENROLLED: QuestionId = "all_enrolled";
    pub const HIRED: QuestionId = "hired";
    pub const DISPATCH_ROLE: QuestionId = "dispatch_role";
    pub const DISPATCH_LOCAL: QuestionId = "dispatch_local";
    pub const INTERN_SCHOOL: QuestionId = "intern_school";
    pub const OVERAGE_BIRTH: QuestionId = "overage_birth";
    pub const OVERAGE_CATEGORY: QuestionId = "overage_category";
    pub const OVERAGE_PENSION: QuestionId = "overage_pension";
    pub const OVERAGE_FLEXIBLE: QuestionId = "overage_flexible";
    pub const PROJECT_ROLE: QuestionId = "project_role";
    pub const PROJECT_ENROLLED: QuestionId = "project_enrolled";
    pub const COURIER_OUTLET: QuestionId = "courier_outlet";
}

choices! {
    /// 您的单位是哪一类？
    pub enum Unit {
        Enterprise = "enterprise",
        Institution = "institution",
        Association = "association",
        Nonprofit = "nonprofit",
        Foundation = "foundation",
        Firm = "firm",
        Sole = "sole",
        Organ = "organ",
    }
}

choices! {
    /// 单位的业务是否涉及下列行业？
    pub enum Sector {
        Dust = "dust",
        Chemicals = "chemicals",
        Construction = "construction",
        Elevator = "elevator",
        NoneOfThese = "none",
    }
}

choices! {
    /// 单位有下列哪些人员？
    pub enum People {
        Regular = "regular",
        Parttime = "parttime",
        Dispatched = "dispatched",
        Intern = "intern",
        Overage = "overage",
        Project = "project",
        Courier = "courier",
        Platform = "platform",
        NoneOfThese = "none",
    }
}

choices! {
    /// 在劳务派遣中，贵单位是哪一方？
    pub enum DispatchRole {
        Agency = "agency",
        Host = "host",
    }
}

choices! {
    /// 派遣单位是否在常州以外，并且在常州没有设立分支机构？
    pub enum DispatchLocal {
        Branch = "branch",
        NoBranch = "none",
    }
}

/// 他（她）按哪一类确定退休年龄？ The answers are the retirement categories, whose words
/// ([`Category::key`]) are written once, in `retirement`.
impl crate::choice::Choice for Category {
    const ALL: &'static [Category] = &Category::ALL;
    fn key(self) -> &'static str {
        Category::key(self)
    }
}

choices! {
    /// 在建设工程项目中，贵单位是哪一方？
    pub enum ProjectRole {
        General = "general",
        Sub = "sub",
        Owner = "owner",
    }
}

choices! {
    /// 快递网点是什么情况？
    pub enum CourierOutlet {
        Employer = "employer",
        Filed = "filed",
    }
}

pub static QUESTIONS: [Question; 19] = [
    Question {
        id: id::UNIT,
        prompt: "您的单位是哪一类？",
        hint: "按营业执照或登记证书上的类型选择。",
        kind: Kind::Choice(&[
            opt(Unit::Enterprise.key(), "企业", "公司、合伙企业、个人独资企业等"),
            opt(Unit::Institution.key(), "事业单位", ""),
            opt(Unit::Association.key(), "社会团体", "协会、学会、商会等"),
            opt(
                Unit::Nonprofit.key(),
                "民办非企业单位（社会服务机构）",
                "民办学校、民办医院、养老机构等",
            ),
            opt(Unit::Foundation.key(), "基金会", ""),
            opt(Unit::Firm.key(), "律师事务所、会计师事务所", ""),
            opt(Unit::Sole.key(), "个体工商户", ""),
            opt(Unit::Organ.key(), "国家机关", ""),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::CIVIL,
        prompt: "单位是否依照或参照公务员法管理（参公单位）？",
        hint: "参公单位由机构编制部门批准，工作人员按公务员管理。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::EMPLOYEES,
        prompt: "个体工商户是否雇用了雇工（店员、帮工等）？",
        hint: "家庭成员帮忙经营但没有雇用关系的，不算雇工。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::REGISTERED,
        prompt: "单位是否已经办理社会保险登记？",
        hint: "已经在为职工缴纳社会保险费的单位，一般已经办理。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::FOUNDED,
        prompt: "单位是哪一天成立的？",
        hint: "营业执照或登记证书上的成立日期，例如 2025-03-15，也可以只输数字 20250315。",
        kind: Kind::Date,
        unsure: true,
        samples: &["2025-05-20", "2024-01-10"],
    },
    Question {
        id: id::SECTOR,
        prompt: "单位的业务是否涉及下列行业？（可多选）",
        hint: "常州把这些行业列为扩大工伤保险覆盖面的重点。",
        kind: Kind::Multi {
            options: &[
                opt(
                    Sector::Dust.key(),
                    "有粉尘危害、可能引发尘肺病的作业",
                    "如矿山、石材加工、铸造、打磨",
                ),
                opt(
                    Sector::Chemicals.key(),
                    "危险化学品的生产、经营、储存或使用",
                    "餐馆等只用瓶装液化气做饭、取暖是否算在内，未找到规定：拿不准的请选“不确定”",
                ),
                opt(Sector::Construction.key(), "建筑施工", ""),
                opt(Sector::Elevator.key(), "电梯安装、维修", ""),
                opt(Sector::NoneOfThese.key(), "以上都没有", ""),
            ],
            none_key: Sector::NoneOfThese.key(),
        },
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::PEOPLE,
        prompt: "单位有下列哪些人员？（可多选）",
        hint: "只看身份类别，不需要填写姓名或身份证号。",
        kind: Kind::Multi {
            options: &[
                opt(People::Regular.key(), "全日制职工（含试用期职工）", ""),
                opt(People::Parttime.key(), "非全日制用工，或同时在几家单位工作的人员", ""),
                opt(People::Dispatched.key(), "劳务派遣人员", "无论单位是派出方还是接收方"),
                opt(People::Intern.key(), "学校安排来实习的学生", ""),
                opt(
                    People::Overage.key(),
                    "超过法定退休年龄仍在工作的人员，或提前退休后又被招用的人员",
                    "也包括年龄接近、不确定是否已到退休年龄的人员",
                ),
                opt(People::Project.key(), "建设工程项目上的施工人员", ""),
                opt(People::Courier.key(), "快递末端网点的快递员", ""),
                opt(
                    People::Platform.key(),
                    "通过网络平台接单的骑手、网约车或货车司机",
                    "如为本单位配送的外卖骑手",
                ),
                opt(People::NoneOfThese.key(), "以上都没有", ""),
            ],
            none_key: People::NoneOfThese.key(),
        },
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::ALL_ENROLLED,
        prompt: "全日制职工是否都已参加工伤保险？",
        hint: "包括试用期内的职工。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::HIRED,
        prompt: "还没参保的职工中，最早开始上班的是哪一天？",
        hint: "用于推算为职工办理参保登记的期限，例如 2025-05-06，也可以只输数字 20250506。",
        kind: Kind::Date,
        unsure: true,
        samples: &["2025-05-06", "2024-03-01"],
    },
    Question {
        id: id::DISPATCH_ROLE,
        prompt: "在劳务派遣中，贵单位是哪一方？",
        hint: "",
        kind: Kind::Choice(&[
            opt(DispatchRole::Agency.key(), "劳务派遣单位（派出人员的一方）", ""),
            opt(DispatchRole::Host.key(), "用工单位（接收派遣人员的一方）", ""),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::DISPATCH_LOCAL,
        prompt: "派遣单位是否在常州以外，并且在常州没有设立分支机构？",
        hint: "看劳务派遣协议上派遣单位的注册地，或向派遣单位询问。跨地区派遣的人员在用工单位所在地参保。",
        kind: Kind::Choice(&[
            opt(DispatchLocal::Branch.key(), "派遣单位在常州，或在常州设有分支机构", ""),
            opt(DispatchLocal::NoBranch.key(), "派遣单位在常州以外，在常州没有分支机构", ""),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::INTERN_SCHOOL,
        prompt: "实习是否由技工院校或中职、高职院校统一安排，且学生已满16周岁？",
        hint: "看学校与单位签订的实习协议。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::OVERAGE_BIRTH,
        prompt: "请以其中一位超过或接近法定退休年龄的人员为例：他（她）的出生年月是？",
        hint: "只填年和月，例如 1963-03，也可以只输数字 196303。",
        kind: Kind::Month,
        unsure: true,
        samples: &["1963-03", "1958-01", "1971-04", "1990-06"],
    },
    Question {
        id: id::OVERAGE_CATEGORY,
        prompt: "他（她）按哪一类确定退休年龄？",
        hint:
            "女职工按原来的岗位性质：管理、技术岗位一般为原55周岁，生产、工勤岗位一般为原50周岁。",
        kind: Kind::Choice(&[
            opt(Category::Male.key(), Category::Male.choice_label(), ""),
            opt(
                Category::FemaleCadre.key(),
                Category::FemaleCadre.choice_label(),
                "",
            ),
            opt(
                Category::FemaleWorker.key(),
                Category::FemaleWorker.choice_label(),
                "",
            ),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::OVERAGE_PENSION,
        prompt: "他（她）是否已经办理退休手续，或按月领取基本养老金？",
        hint: "提前退休、已领取养老金后又被招用的，选“是”。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::OVERAGE_FLEXIBLE,
        prompt: "他（她）是否与单位协商一致，办理了弹性延迟退休？",
        hint: "弹性延迟退休的人员尚未退休，在延迟期间仍按劳动合同管理。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::PROJECT_ROLE,
        prompt: "在建设工程项目中，贵单位是哪一方？",
        hint: "",
        kind: Kind::Choice(&[
            opt(ProjectRole::General.key(), "施工总承包单位", ""),
            opt(ProjectRole::Sub.key(), "专业承包或劳务分包单位", ""),
            opt(ProjectRole::Owner.key(), "建设单位（业主）", ""),
        ]),
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::PROJECT_ENROLLED,
        prompt: "该项目是否已经按项目参加工伤保险？",
        hint: "按项目参保后，经办机构会出具参保证明，办理施工许可证时要用。",
        kind: Kind::YesNo,
        unsure: true,
        samples: &[],
    },
    Question {
        id: id::COURIER_OUTLET,
        prompt: "快递网点是什么情况？",
        hint: "",
        kind: Kind::Choice(&[
            opt(CourierOutlet::Employer.key(), "网点有营业执照，以自己的名义招用快递员", ""),
            opt(CourierOutlet::Filed.key(), "网点只是在快递企业备案，没有以自己的名义用工", ""),
        ]),
        unsure: true,
        samples: &[],
    },
];
