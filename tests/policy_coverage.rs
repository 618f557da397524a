//! The policy data answers every day from its start, without a gap and without an
//! end: a standing value lasts until replaced, and a value published for a period
//! is carried past it as provisional. Every answer has a source and a check date.
//! (Order and overlap of the values are refused by `build.rs` already.)

use gongshang::date::Date;
use gongshang::policy::{
    float_cycle, Confidence, Value, ALL_PARAMS, ALL_SOURCES, CLASS_BASE_RATE, COVERED_FROM,
    DATA_CHECKED, DIVISIONS_2011, DIVISIONS_2017, FLOAT_CYCLES, HOLIDAY_YEARS, INDUSTRIES,
};

/// Every day from the start of the data to three years after its last check.
fn days() -> impl Iterator<Item = Date> {
    let horizon = Date::new(DATA_CHECKED.year() + 3, 12, 31).unwrap();
    (COVERED_FROM.to_days()..=horizon.to_days()).map(Date::from_days)
}

#[test]
fn every_parameter_answers_every_day_and_carries_only_past_a_period() {
    for param in ALL_PARAMS {
        assert!(
            param.values[0].from <= COVERED_FROM,
            "{} starts after {COVERED_FROM}",
            param.id
        );
        for day in days() {
            let v = param
                .at(day)
                .unwrap_or_else(|e| panic!("{}: no value on {day}: {e}", param.id));
            if v.carried {
                assert!(
                    v.needs_checking() && !v.ask.is_empty(),
                    "{} on {day}",
                    param.id
                );
            }
        }
    }
}

#[test]
fn no_gap_between_a_period_and_the_next_value() {
    for param in ALL_PARAMS {
        for pair in param.values.windows(2) {
            if let Some(to) = pair[0].to {
                assert_eq!(
                    pair[1].from,
                    to.add_days(1),
                    "{}: a gap after {to}",
                    param.id
                );
            }
        }
    }
    for pair in FLOAT_CYCLES.windows(2) {
        assert_eq!(
            pair[1].from,
            pair[0].to.add_days(1),
            "floating cycles: a gap"
        );
    }
}

#[test]
fn float_cycles_answer_every_day_and_carry_the_last() {
    let last = FLOAT_CYCLES.last().unwrap().to;
    for day in days() {
        let c = float_cycle(day).unwrap_or_else(|e| panic!("{day}: {e}"));
        assert_eq!(c.carried, day > last, "{day}");
        assert!(c.from <= day);
    }
}

#[test]
fn before_the_data_a_lookup_is_an_error() {
    for param in ALL_PARAMS {
        let first = param.values[0].from;
        assert!(
            param.at(first.add_days(-1)).is_err(),
            "{} answered before {first}",
            param.id
        );
    }
}

#[test]
fn every_check_date_is_no_later_than_the_datas_and_unknowns_say_where_to_look() {
    let checks = ALL_PARAMS
        .iter()
        .flat_map(|p| p.values.iter().map(move |v| (p.id, v.from, v.checked)))
        .chain(FLOAT_CYCLES.iter().map(|c| ("floating", c.from, c.checked)))
        .chain(
            HOLIDAY_YEARS
                .iter()
                .map(|y| ("holidays", Date::new(y.year, 1, 1).unwrap(), y.checked)),
        );
    let mut newest = COVERED_FROM;
    for (id, from, checked) in checks {
        assert!(
            COVERED_FROM <= checked && checked <= DATA_CHECKED,
            "{id} from {from}: checked {checked}, but the data says it was last checked {DATA_CHECKED}"
        );
        newest = newest.max(checked);
    }
    assert_eq!(
        newest, DATA_CHECKED,
        "policy/meta.toml's `checked` is not the newest check"
    );
    // That each value names a source, and each floating rule only its cycle's questions,
    // `build.rs` already refuses to build without.
    for param in ALL_PARAMS {
        for v in param.values {
            if let Value::Unknown { guidance, .. } = v.value {
                assert!(
                    !guidance.is_empty(),
                    "{}: unknown values must say where to look",
                    param.id
                );
            }
        }
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

/// What the data page and the citations show a user never points into this project's files.
#[test]
fn no_shown_text_names_a_project_path() {
    let project_path = |text: &str| {
        ["shared/", "src/", "policy/", ".rs", ".toml"]
            .iter()
            .any(|p| text.contains(p))
    };
    for s in ALL_SOURCES {
        for text in [s.doc_no, s.title, s.issuer, s.note] {
            assert!(!project_path(text), "{}: {text}", s.id);
        }
    }
    for p in ALL_PARAMS {
        for text in [p.label, p.description, p.ask_when_carried] {
            assert!(!project_path(text), "{}: {text}", p.id);
        }
        for v in p.values {
            assert!(!project_path(v.note), "{}: {}", p.id, v.note);
            if let Value::Unknown { guidance, .. } = v.value {
                assert!(!project_path(guidance), "{}: {guidance}", p.id);
            }
        }
    }
}

/// A value's confidence is no stronger than its strongest source's.
#[test]
fn no_value_claims_more_than_its_sources() {
    for param in ALL_PARAMS {
        for v in param.values {
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

/// A value published for a period answers exactly on its last day and is carried, 待核实,
/// from the next day when nothing newer follows.
#[test]
fn a_period_value_is_carried_from_the_day_after_its_end() {
    let mut seen = 0;
    for param in ALL_PARAMS {
        let Some(last) = param.values.last() else {
            continue;
        };
        let Some(to) = last.to else { continue };
        let on_end = param.at(to).unwrap();
        assert!(!on_end.carried, "{} carried on {to}", param.id);
        let after = param.at(to.add_days(1)).unwrap();
        assert!(
            after.carried && after.needs_checking(),
            "{} not carried after {to}",
            param.id
        );
        assert!(std::ptr::eq(after.entry, last), "{}", param.id);
        seen += 1;
    }
    assert!(seen > 0, "no parameter ends with a period value");
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

/// Every channel a result names has a source and a check date no later than the data's.
#[test]
fn every_channel_is_sourced_and_checked() {
    use gongshang::policy::{CHANNELS, DATA_CHECKED};
    assert!(!CHANNELS.is_empty());
    for c in CHANNELS {
        assert!(!c.citations.is_empty(), "{}", c.name);
        assert!(c.checked <= DATA_CHECKED, "{}", c.name);
    }
}
