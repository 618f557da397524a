//! Hash routes and query strings.

use gongshang::link::*;

#[test]
fn splits_routes() {
    assert_eq!(
        split_hash("#/premium?mode=payroll"),
        ("/premium", "mode=payroll")
    );
    assert_eq!(split_hash(""), ("/", ""));
    assert_eq!(split_hash("#"), ("/", ""));
    assert_eq!(split_hash("#/?date=2025-01-01"), ("/", "date=2025-01-01"));
}

#[test]
fn round_trips_chinese_and_symbols() {
    for text in [
        "1200万",
        "12,000,000",
        "a b&c=d",
        "１２０００００元",
        "%",
        "%zz",
        "50%",
    ] {
        assert_eq!(decode_component(&encode_component(text)), text);
    }
    assert_eq!(encode_component("4000,5000"), "4000,5000");
}

#[test]
fn decodes_what_browsers_send() {
    assert_eq!(decode_component("1200%E4%B8%87"), "1200万");
    assert_eq!(decode_component("1200万"), "1200万");
    assert_eq!(decode_component("a+b"), "a b");
    assert_eq!(decode_component("%E4%B8"), "\u{FFFD}");
    assert_eq!(decode_component("100%"), "100%");
}

#[test]
fn parses_queries_leniently() {
    let pairs = parse_query("a=1&&b&c=x%3Dy&=z");
    assert_eq!(
        pairs,
        vec![
            ("a".into(), "1".into()),
            ("b".into(), "".into()),
            ("c".into(), "x=y".into()),
            ("".into(), "z".into())
        ]
    );
}

#[test]
fn common_keys() {
    let c = split_common(parse_query("date=2025-06-01&v=1&mode=payroll"));
    assert_eq!(c.date.as_deref(), Some("2025-06-01"));
    assert_eq!(c.rest, vec![("mode".to_string(), "payroll".to_string())]);
    assert!(c.notes.is_empty());
    let c = split_common(parse_query("v=0"));
    assert_eq!(c.notes.len(), 1);
}

#[test]
fn a_link_made_with_other_policy_data_says_so_and_is_worked_out_again() {
    use gongshang::policy::DATA_VERSION;
    let same = split_common(parse_query(&format!(
        "v=1&data={DATA_VERSION}&mode=payroll"
    )));
    assert!(same.notes.is_empty(), "{:?}", same.notes);
    assert_eq!(same.rest, vec![("mode".to_string(), "payroll".to_string())]);
    let older = split_common(parse_query("v=1&data=2000.01.01-1&mode=payroll"));
    assert_eq!(older.notes.len(), 1);
    let note = &older.notes[0].0;
    assert!(
        note.contains("2000.01.01-1") && note.contains(DATA_VERSION) && note.contains("可能不同"),
        "{note}"
    );
    // The rest of the link still applies: the page shows the result on today's data.
    assert_eq!(
        older.rest,
        vec![("mode".to_string(), "payroll".to_string())]
    );
    // Links made before the data version was recorded carry none, and say nothing.
    assert!(split_common(parse_query("v=1&mode=payroll"))
        .notes
        .is_empty());
}
