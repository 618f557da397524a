//! The policy data answers every day of the supported range exactly once, and
//! every answer has a source. Catala-style temporal coverage, over days.

use gongshang::date::Date;
use gongshang::policy::{
    Confidence, CycleBody, Value, ALL_PARAMS, ALL_SOURCES, CLASS_BASE_RATE, COVERED_FROM,
    COVERED_TO, DIVISIONS_2011, DIVISIONS_2017, FLOAT_CYCLES, INDUSTRIES,
};

fn days() -> impl Iterator<Item = Date> {
    (COVERED_FROM.to_days()..=COVERED_TO.to_days()).map(Date::from_days)
}

#[test]
fn supported_range_is_at_least_2021_through_2026() {
    assert!(COVERED_FROM <= Date::new(2021, 1, 1).unwrap());
    assert!(COVERED_TO >= Date::new(2026, 12, 31).unwrap());
}

#[test]
fn every_parameter_has_exactly_one_value_every_day() {
    for param in ALL_PARAMS {
        for day in days() {
            let n = param.values.iter().filter(|v| v.covers(day)).count();
            assert_eq!(n, 1, "{}: {n} values on {day}", param.id);
        }
    }
}

#[test]
fn float_cycles_cover_every_day_exactly_once() {
    for day in days() {
        let n = FLOAT_CYCLES
            .iter()
            .filter(|c| c.from <= day && day <= c.to)
            .count();
        assert_eq!(n, 1, "floating cycles: {n} on {day}");
    }
}

#[test]
fn every_value_has_a_source_and_a_check_date() {
    for param in ALL_PARAMS {
        for v in param.values {
            assert!(!v.citations.is_empty(), "{} from {}", param.id, v.from);
            assert!(
                v.checked <= Date::new(2026, 12, 31).unwrap()
                    && v.checked >= Date::new(2026, 1, 1).unwrap(),
                "{} checked {}",
                param.id,
                v.checked
            );
            assert!(v.from <= v.to, "{} from {} to {}", param.id, v.from, v.to);
            if let Value::Unknown { guidance, .. } = v.value {
                assert!(
                    !guidance.is_empty(),
                    "{}: unknown values must say where to look",
                    param.id
                );
                assert!(v.needs_checking());
            }
        }
    }
    for c in &FLOAT_CYCLES {
        assert!(!c.citations.is_empty());
    }
}

#[test]
fn every_source_says_what_it_is() {
    for s in ALL_SOURCES {
        assert!(
            !s.title.is_empty() && !s.issuer.is_empty() && !s.doc_no.is_empty(),
            "{}",
            s.id
        );
        // A source without a link says where its text was seen.
        if s.urls.is_empty() {
            assert!(!s.note.is_empty(), "{}: no link and no note", s.id);
        }
    }
}

#[test]
fn weak_values_are_marked_for_checking() {
    for param in ALL_PARAMS {
        for v in param.values {
            if matches!(v.confidence, Confidence::Secondary | Confidence::Unverified)
                || v.provisional
            {
                assert!(v.needs_checking(), "{} from {}", param.id, v.from);
            }
            if v.citations
                .iter()
                .all(|c| c.source.kind >= Confidence::Secondary)
            {
                assert!(
                    v.confidence >= Confidence::Secondary,
                    "{} from {} claims more than its sources",
                    param.id,
                    v.from
                );
            }
        }
    }
}

#[test]
fn outside_the_values_a_lookup_is_an_error() {
    let after = COVERED_TO.add_days(1);
    for param in ALL_PARAMS {
        let first = param.values.iter().map(|v| v.from).min().unwrap();
        assert!(
            param.at(first.add_days(-1)).is_err(),
            "{} answered before {first}",
            param.id
        );
        assert!(param.at(after).is_err(), "{} answered on {after}", param.id);
    }
}

#[test]
fn class_rates_match_the_national_table() {
    let (rates, _) = CLASS_BASE_RATE
        .list(Date::new(2025, 1, 1).unwrap())
        .unwrap();
    let expected: Vec<String> = ["0.2", "0.4", "0.7", "0.9", "1.1", "1.3", "1.6", "1.9"]
        .map(String::from)
        .to_vec();
    assert_eq!(
        rates
            .iter()
            .map(|r| r.normalize().to_string())
            .collect::<Vec<_>>(),
        expected
    );
}

#[test]
fn industry_table_covers_each_2011_division_once() {
    assert_eq!(DIVISIONS_2011, 96);
    assert_eq!(DIVISIONS_2017, 97);
    let mut codes: Vec<&str> = INDUSTRIES.iter().filter_map(|i| i.code2011).collect();
    codes.sort_unstable();
    let expected: Vec<String> = (1..=96).map(|n| format!("{n:02}")).collect();
    assert_eq!(
        codes,
        expected.iter().map(String::as_str).collect::<Vec<_>>()
    );
    let mut codes2017: Vec<&str> = INDUSTRIES.iter().filter_map(|i| i.code2017).collect();
    codes2017.sort_unstable();
    assert_eq!(codes2017.len(), 97);
    codes2017.dedup();
    assert_eq!(codes2017.len(), 97);
    // Per class: 15 + 19 + 16 + 23 + 9 + 7 + 3 + 4 = 96 names in 71号.
    let per_class: Vec<usize> = (1..=8u8)
        .map(|c| {
            INDUSTRIES
                .iter()
                .filter(|i| i.code2011.is_some() && i.classes == [c])
                .count()
        })
        .collect();
    assert_eq!(per_class, vec![15, 19, 16, 23, 9, 7, 3, 4]);
}

#[test]
fn renamed_2017_divisions_map_by_name() {
    let find = |name: &str| INDUSTRIES.iter().find(|i| i.name == name).unwrap();
    assert_eq!(find("软件和信息技术服务业").classes, [1]);
    assert_eq!(find("多式联运和运输代理业").classes, [5]);
    // 2017's 59 merged 2011's 装卸搬运 (class 5) with 仓储 (class 2).
    assert_eq!(find("装卸搬运和仓储业").classes, [2, 5]);
    assert!(find("土地管理业").classes.is_empty());
    assert_eq!(find("居民服务业").code2011, Some("79"));
    assert_eq!(find("居民服务业").code2017, Some("80"));
}

#[test]
fn floating_cycles_reference_only_their_own_questions() {
    for c in &FLOAT_CYCLES {
        if let CycleBody::Rules { flags, rules } = &c.body {
            for r in *rules {
                for cond in r.any {
                    for f in cond.flags {
                        assert!(flags.iter().any(|q| q.id == *f));
                    }
                }
            }
        }
    }
}
