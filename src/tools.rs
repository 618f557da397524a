//! Every tool, in the order the navigation and the home page list them. A self-check
//! is drawn entirely from its line here (its flow, its words and its result), so a new
//! self-check is its own module plus one line; the flow-graph export and the shared
//! tests read the same list. A calculator has a page of its own in `ui`.

use crate::date::Date;
use crate::flow::{Answers, Flow};
use crate::enroll::rules::Enroll;
use crate::outcome::{checked, Checked, Page, Wording};

/// A self-check: its questions, what its pages say, and its result for answers on a day.
pub struct SelfCheck {
    pub path: &'static str,
    pub flow: &'static Flow,
    pub page: &'static Page,
    pub check: fn(&Answers, Date) -> Checked,
}

pub enum Tool {
    Check(SelfCheck),
    Calculator {
        path: &'static str,
        name: &'static str,
        /// What it does, for its card on the home page.
        summary: &'static str,
    },
}

impl Tool {
    pub fn path(&self) -> &'static str {
        match self {
            Tool::Check(c) => c.path,
            Tool::Calculator { path, .. } => path,
        }
    }
    pub fn name(&self) -> &'static str {
        match self {
            Tool::Check(c) => c.page.name,
            Tool::Calculator { name, .. } => name,
        }
    }
    pub fn summary(&self) -> &'static str {
        match self {
            Tool::Check(c) => c.page.summary,
            Tool::Calculator { summary, .. } => summary,
        }
    }
}

pub static TOOLS: [Tool; 4] = [
    Tool::Check(SelfCheck {
        path: crate::enroll::PATH,
        flow: &crate::enroll::FLOW,
        page: &<Enroll as Wording>::PAGE,
        check: checked::<Enroll>,
    }),
    Tool::Calculator {
        path: crate::premium::PATH,
        name: "保费测算",
        summary: "按核定费率或行业类别，测算单位每月、每年的工伤保险费；也可测算建设项目、实习生、超龄人员的保费和欠费滞纳金。",
    },
    Tool::Check(SelfCheck {
        path: crate::advance::PATH,
        flow: &crate::advance::FLOW,
        page: &ADVANCE_PAGE,
        check: crate::advance::checklist::checked,
    }),
    Tool::Calculator {
        path: crate::benefits::PATH,
        name: "工伤待遇测算",
        summary: "一次工伤要花多少钱：逐项列出医疗、伤残、工亡待遇的金额，哪些由工伤保险基金支付、哪些由单位支付，未参保时单位要付多少。",
    },
];

/// The self-checks, in order.
pub fn self_checks() -> impl Iterator<Item = &'static SelfCheck> {
    TOOLS.iter().filter_map(|t| match t {
        Tool::Check(c) => Some(c),
        Tool::Calculator { .. } => None,
    })
}

// TRANSITIONAL (#21): until each self-check's wording.rs gives its `Page`.
const ADVANCE_PAGE: Page = Page {
    name: "先行支付核对",
    summary: "单位未参保或第三人不支付时，工伤保险基金能否先行支付，有哪些期限，要带哪些材料。",
    lead: "单位没有参加工伤保险又不支付待遇，或者第三人不支付医疗费时，工伤保险基金可以先行支付，再向单位或第三人追偿。回答几个问题，看看能否申请、有哪些期限、要带哪些材料。",
    points: &[
        "适合工伤职工、家属，或陪同办理的窗口工作人员使用。",
        "不知道的可以选“不确定”，结果会告诉您先弄清什么、到哪里问。",
        "不需要填写姓名或身份证号；回答只保存在本页的链接中。",
    ],
    print_title: "先行支付核对结果",
    next: "带上所列材料，到常州市社会保险经办机构提出书面申请；被拒绝的，可以申请行政复议或提起行政诉讼。",
    items_heading: "下一步",
    documents_hint: "材料清单依据先行支付暂行办法和工伤保险经办规程整理；常州的具体表格和要求未找到，请以经办机构的告知为准。",
    foot: "工作日按国务院办公厅当年的节假日安排推算。",
};
