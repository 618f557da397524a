//! The self-check tools as one list: each question flow and how its answers become
//! a result. The flow-graph export and the shared tests read this list, so a new
//! self-check is its own module plus one line here.

use crate::date::Date;
use crate::flow::{Answers, Flow};
use crate::outcome::Checked;

pub struct FlowTool {
    pub flow: &'static Flow,
    /// The result for answers on a day, in the shape every self-check shares.
    pub check: fn(&Answers, Date) -> Checked,
}

pub static FLOW_TOOLS: [FlowTool; 2] = [
    FlowTool {
        flow: &crate::enroll::FLOW,
        check: crate::enroll::checklist::checked,
    },
    FlowTool {
        flow: &crate::advance::FLOW,
        check: crate::outcome::checked::<crate::advance::rules::Advance>,
    },
];
