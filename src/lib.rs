//! 常州工伤保险助手: the rules (no UI) and the Yew front end.
//!
//! Everything except `ui` is plain Rust, tested natively with `cargo test`:
//! `policy` (dated data), `date`, `workdays`, `input`, `format`, `link`, the
//! question-flow engine `flow` (which knows no policy), the result vocabulary
//! `outcome`, the retirement rule, and the tools' rules `premium`, `enroll`,
//! `injury`, `advance` and `benefits`. `ui` renders them in the browser.

pub mod advance;
pub mod benefits;
pub mod calculator;
pub mod choice;
pub mod date;
pub mod enroll;
pub mod flow;
pub mod format;
pub mod injury;
pub mod input;
pub mod link;
pub mod outcome;
pub mod policy;
pub mod premium;
pub mod retirement;
pub mod tools;
pub mod ui;
pub mod workdays;
pub mod working;
