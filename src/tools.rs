//! Every tool, in the order the navigation and the home page list them. A self-check
//! is drawn entirely from its line here (its flow, its words and its result), so a new
//! self-check is its own module plus one line; the flow-graph export and the shared
//! tests read the same list. A calculator has a page of its own in `ui`.

use crate::advance::rules::Advance;
use crate::date::Date;
use crate::enroll::rules::Enroll;
use crate::flow::{Answers, Flow};
use crate::injury::rules::Injury;
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

pub static TOOLS: [Tool; 5] = [
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
        path: crate::injury::PATH,
        flow: &crate::injury::FLOW,
        page: &<Injury as Wording>::PAGE,
        check: checked::<Injury>,
    }),
    Tool::Check(SelfCheck {
        path: crate::advance::PATH,
        flow: &crate::advance::FLOW,
        page: &<Advance as Wording>::PAGE,
        check: checked::<Advance>,
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
