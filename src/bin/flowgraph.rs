//! Prints a question flow as a Mermaid flowchart, for policy reviewers:
//! `cargo run --bin flowgraph -- enroll` (or `advance`).

use gongshang::flow::{graph, Flow};
use gongshang::tools::self_checks;

fn main() {
    let flows: Vec<&Flow> = self_checks().map(|t| t.flow).collect();
    let wanted = std::env::args().nth(1).unwrap_or_else(|| "enroll".into());
    let Some(flow) = flows.iter().find(|f| f.id == wanted) else {
        eprintln!(
            "unknown flow `{wanted}`; known: {}",
            flows.iter().map(|f| f.id).collect::<Vec<_>>().join(", ")
        );
        std::process::exit(2);
    };
    let report = graph::explore(flow, |_| {});
    print!("{}", graph::mermaid(flow, &report));
    eprintln!(
        "{} complete paths; {} problems",
        report.paths,
        report.problems.len()
    );
    for p in &report.problems {
        eprintln!("problem: {p}");
    }
}
