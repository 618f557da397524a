//! Everyday words find their GB/T 4754 division (`policy/industries.toml`, `[[everyday]]`),
//! and a word too vague to place finds nothing, so the page can offer the code list.

use gongshang::policy::INDUSTRIES;
use std::collections::BTreeSet;

fn found(query: &str) -> Vec<&'static str> {
    INDUSTRIES
        .iter()
        .filter(|i| i.matches(query))
        .filter_map(|i| i.code2011)
        .collect()
}

#[test]
fn everyday_words_reach_a_sensible_division() {
    let list = include_str!("industry_words.txt");
    let pairs: Vec<(&str, &str)> = list
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once(' '))
        .collect();
    let words: BTreeSet<&str> = pairs.iter().map(|(w, _)| *w).collect();
    assert!(words.len() >= 100, "only {} words", words.len());
    let missed: Vec<String> = pairs
        .iter()
        .filter(|(word, code)| !found(word).contains(code))
        .map(|(word, code)| format!("{word} → {code} (found {:?})", found(word)))
        .collect();
    assert!(missed.is_empty(), "{}", missed.join("\n"));
}

#[test]
fn a_vague_word_finds_nothing() {
    for word in ["工厂", "单位"] {
        assert!(found(word).is_empty(), "{word}: {:?}", found(word));
    }
}
