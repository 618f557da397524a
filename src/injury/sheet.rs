//! The 工伤认定申请表, printed with what the answers say: in the rows of the national
//! form (样式 under 工伤认定办法), the dates, the situation, the applicant's relation to
//! the worker and the unit's insurance are printed; everything personal is a line to
//! write on, since the tool never asks for it.

use super::questions::{id, Happened, Insured, Role, Situation};
use super::rules::Verdict;
use super::situation;
use crate::choice::Answer;
use crate::flow::Answers;
use crate::outcome::{Cell, Fill, Sheet};

fn cell(label: &'static str, fill: Fill) -> Cell {
    Cell { label, fill }
}

fn write(label: &'static str) -> Cell {
    cell(label, Fill::Write)
}

fn known(label: &'static str, text: impl Into<String>) -> Cell {
    cell(label, Fill::Known(text.into()))
}

fn guide(label: &'static str, text: impl Into<String>) -> Cell {
    cell(label, Fill::Guide(text.into()))
}

/// The situation as the form's 事故原因 would put it.
fn what_happened(s: Situation) -> &'static str {
    match s {
        Situation::Work => "在工作时间和工作场所内，因工作原因受到事故伤害",
        Situation::PrepFinish => {
            "工作时间前后在工作场所内，从事与工作有关的预备性或者收尾性工作受到事故伤害"
        }
        Situation::DutiesViolence => "在工作时间和工作场所内，因履行工作职责受到暴力等意外伤害",
        Situation::Disease => "患职业病",
        Situation::Away => "因工外出期间，由于工作原因受到伤害或者发生事故下落不明",
        Situation::Commute => "在上下班途中受到交通事故伤害",
        Situation::SuddenDeath => "在工作时间和工作岗位突发疾病死亡或者在48小时之内经抢救无效死亡",
        Situation::Illness => "在工作时间和工作岗位突发疾病",
        Situation::Rescue => "在抢险救灾等维护国家利益、公共利益活动中受到伤害",
        Situation::Veteran => {
            "原在军队服役因战、因公负伤致残，已取得革命伤残军人证，到用人单位后旧伤复发"
        }
        Situation::Other => "",
    }
}

/// What the 受伤害经过简述 must say for this case (the form's 填表说明, and what the
/// office needs to find the deciding facts).
fn account(a: &Answers) -> String {
    let what = match situation(a) {
        Some(Answer::Is(Situation::Disease)) => {
            "写清在哪个单位、从事哪种有害作业，起止时间，确诊结果"
        }
        Some(Answer::Is(Situation::SuddenDeath)) => {
            "写清发病的时间（几点几分）、地点，当时从事的工作，送医和抢救经过，死亡时间"
        }
        _ => {
            "写清事故发生的时间（几点几分）、地点，当时从事的工作，受伤害的原因，以及伤害部位和程度"
        }
    };
    let mut parts = vec![what];
    match situation(a) {
        Some(Answer::Is(Situation::Commute)) => {
            parts.push("上下班的起点和终点、出发时间、路线，事故责任认定的结果")
        }
        Some(Answer::Is(Situation::Away)) => parts.push("外出的任务、由谁指派、外出的起止时间"),
        Some(Answer::Is(Situation::DutiesViolence)) => {
            parts.push("当时履行的是什么职责、伤害与职责的关系、公安机关的处理")
        }
        Some(Answer::Is(Situation::Rescue)) => parts.push("参加的是什么活动、由谁组织"),
        _ => {}
    }
    if a.is(id::KIND, Happened::Death) && !a.is(id::SITUATION, Situation::SuddenDeath) {
        parts.push("死亡的时间和原因");
    }
    format!(
        "{}。单位和受伤职工（或近亲属）可以分别写。",
        parts.join("；")
    )
}

/// The application form for these answers.
pub fn application(answers: &Answers, verdict: Verdict) -> Sheet {
    let a = &super::FLOW.answers_on_path(answers);
    let disease = matches!(situation(a), Some(Answer::Is(Situation::Disease)));
    let date = a.date(id::INJURY_DATE).map(|d| d.chinese());
    let relation = match a.answer::<Role>(id::ROLE) {
        Some(Answer::Is(Role::Unit)) => known("申请人与受伤害职工关系", "用人单位"),
        Some(Answer::Is(Role::Worker)) => known("申请人与受伤害职工关系", "本人"),
        Some(Answer::Is(Role::Relative)) => guide(
            "申请人与受伤害职工关系",
            "近亲属（写明：配偶、子女、父母等）",
        ),
        Some(Answer::Is(Role::Union)) => known("申请人与受伤害职工关系", "工会组织"),
        _ => write("申请人与受伤害职工关系"),
    };
    let applicant = match a.answer::<Role>(id::ROLE) {
        Some(Answer::Is(Role::Unit | Role::Union)) => {
            guide("申请人", "单位全称，并在名称处加盖公章")
        }
        _ => write("申请人"),
    };
    let accident = match (situation(a), &date) {
        (Some(Answer::Is(Situation::Disease)), _) => {
            known("事故时间、地点及主要原因", "（职业病，不填）")
        }
        (Some(Answer::Is(s)), Some(d)) if !what_happened(s).is_empty() => guide(
            "事故时间、地点及主要原因",
            format!("{d}；{}。请补写具体时间、地点", what_happened(s)),
        ),
        (_, Some(d)) => guide(
            "事故时间、地点及主要原因",
            format!("{d}。请补写具体时间、地点和主要原因"),
        ),
        _ => write("事故时间、地点及主要原因"),
    };
    let diagnosed = match (&date, disease) {
        (Some(d), true) => known("诊断时间", format!("{d}（职业病确诊时间）")),
        (_, true) => guide("诊断时间", "按职业病确诊时间填写"),
        _ => guide("诊断时间", "按初诊时间填写"),
    };
    let mut rows = vec![
        vec![write("职工姓名"), write("性别"), write("出生日期")],
        vec![write("身份证号码"), write("联系电话")],
        vec![write("家庭地址"), write("邮政编码")],
        vec![write("工作单位"), write("联系电话")],
        vec![write("单位地址"), write("邮政编码")],
        vec![write("职业、工种或工作岗位"), write("参加工作时间")],
        vec![accident],
        vec![diagnosed],
    ];
    if disease {
        rows.push(vec![known("受伤害部位", "（职业病，不填）")]);
        rows.push(vec![guide("职业病名称", "按职业病诊断证明书或鉴定书填写")]);
        rows.push(vec![
            write("接触职业病危害岗位"),
            guide("接触职业病危害时间", "按实际接触时间填写"),
        ]);
    } else {
        rows.push(vec![guide("受伤害部位", "写受伤的具体部位")]);
        rows.push(vec![known("职业病名称", "（不是职业病，不填）")]);
        rows.push(vec![
            known("接触职业病危害岗位", "不填"),
            known("接触职业病危害时间", "不填"),
        ]);
    }
    if a.is(id::KIND, Happened::Death) {
        rows.push(vec![match a.date(id::DEATH_DATE).map(|d| d.chinese()) {
            Some(d) => known("死亡时间（写入经过简述）", d),
            None => write("死亡时间（写入经过简述）"),
        }]);
    }
    rows.push(vec![guide("受伤害经过简述（可附页）", account(a))]);
    let matter = match verdict {
        Verdict::Deemed => "申请认定为视同工伤",
        _ => "申请工伤认定",
    };
    rows.push(vec![known("申请事项", matter), write("申请人签字、日期")]);
    rows.push(vec![write("用人单位意见（经办人签字、公章、日期）")]);
    let insured = match a.answer::<Insured>(id::INSURED) {
        Some(Answer::Is(Insured::Yes)) => "受伤当天单位已参加工伤保险并正常缴费",
        Some(Answer::Is(Insured::Arrears)) => "受伤当天单位已参保，但欠缴保费",
        Some(Answer::Is(Insured::Never)) => "受伤当天单位没有为职工参加工伤保险",
        _ => "",
    };
    if !insured.is_empty() {
        rows.push(vec![known("备注（参保情况，供参考）", insured)]);
    }
    Sheet {
        title: "工伤认定申请表（参考填写）",
        note: "按国家《工伤认定申请表》的栏目整理，已印的内容来自您的回答，请核对；姓名、身份证号、地址、电话等请手写。请以经办机构提供的表格为准。",
        cover: vec![
            write("编号"),
            applicant,
            write("受伤害职工"),
            relation,
            write("填表日期"),
        ],
        rows,
    }
}
