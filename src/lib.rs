//! 常州工伤保险助手: the rules (no UI) and the Yew front end.
//!
//! `date`, `input`, `format`, `link`, `policy` and `premium` are plain Rust and
//! tested natively with `cargo test`; `ui` renders them in the browser.

pub mod advance;
pub mod date;
pub mod enroll;
pub mod flow;
pub mod format;
pub mod input;
pub mod link;
pub mod policy;
pub mod premium;
pub mod retirement;
pub mod ui;
pub mod workdays;
