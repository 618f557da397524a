//! Parsing typed money, percentages, counts and pasted columns.

use gongshang::input::*;
use rust_decimal::Decimal;

fn money(s: &str) -> Decimal {
    parse_money(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
}

#[test]
fn money_bound_is_one_trillion() {
    assert_eq!(MONEY_MAX, Decimal::from(1_000_000_000_000_i64));
}

#[test]
fn accepts_the_forms_named_in_the_issue() {
    let twelve_million = Decimal::from(12_000_000);
    for s in [
        "12,000,000",
        "1200万",
        "12 000 000",
        "12000000元",
        "1200万元",
        " ¥12,000,000 ",
        "１，２００万",
        "１２００００００",
        "12000000.00",
    ] {
        assert_eq!(money(s), twelve_million, "{s}");
    }
    assert_eq!(money("１２０００００"), Decimal::from(1_200_000));
    assert_eq!(money("1.5万"), Decimal::from(15_000));
    assert_eq!(money("4,879.50"), "4879.5".parse().unwrap());
    assert_eq!(money("0"), Decimal::ZERO);
    assert_eq!(money(".5"), "0.5".parse().unwrap());
}

#[test]
fn refuses_with_a_reason() {
    let cases = [
        ("", "请填写金额"),
        ("-5000", "不能为负数"),
        ("－5000", "不能为负数"),
        ("abc", "请输入数字"),
        ("12,00,000", "千位分隔符"),
        ("1,5", "千位分隔符"),
        ("12.345", "精确到分"),
        ("1.2345678万", "精确到分"),
        ("1000000000001", "超过 1 万亿元"),
        ("99999999999999999999999999999999", "数字太长"),
        ("1e9", "请输入数字"),
        ("12..5", "请输入数字"),
        ("万", "请输入数字"),
        ("元", "请输入数字"),
    ];
    for (input, fragment) in cases {
        let err = parse_money(input).expect_err(input);
        assert!(err.0.contains(fragment), "{input}: {}", err.0);
    }
}

#[test]
fn percentages_and_per_mille() {
    assert_eq!(parse_percent("0.4").unwrap(), "0.4".parse().unwrap());
    assert_eq!(parse_percent("０．４％").unwrap(), "0.4".parse().unwrap());
    assert_eq!(parse_percent("4‰").unwrap(), "0.4".parse().unwrap());
    assert_eq!(parse_percent("1.14%").unwrap(), "1.14".parse().unwrap());
    assert!(parse_percent("-1").is_err());
    assert!(parse_percent("百分之一").is_err());
}

#[test]
fn a_percentage_that_is_not_a_number_gets_a_percentage_example() {
    for input in ["abc", "1..2%", "‰"] {
        let err = parse_percent(input).expect_err(input);
        assert!(
            err.0.contains("请输入数字") && err.0.contains("0.5%"),
            "{input}: {}",
            err.0
        );
        assert!(
            !err.0.contains("万"),
            "{input}: a money example for a rate: {}",
            err.0
        );
    }
}

#[test]
fn counts() {
    assert_eq!(parse_count("30", 36_500, "天"), Ok(30));
    assert_eq!(parse_count("３０天", 36_500, "天"), Ok(30));
    assert!(parse_count("1.5", 36_500, "天").is_err());
    assert!(parse_count("40000", 36_500, "天").is_err());
    assert!(parse_count("99999999999999999999", 36_500, "天").is_err());
}

#[test]
fn rows_from_a_pasted_column_or_a_link() {
    assert_eq!(
        split_rows("4,000\r\n30,000\n\n 8000 ", false),
        vec!["4,000", "30,000", "8000"]
    );
    assert_eq!(
        split_rows("4000,30000，8000", true),
        vec!["4000", "30000", "8000"]
    );
    assert_eq!(split_rows("4000\t5000", false), vec!["4000", "5000"]);
}

#[test]
fn a_pasted_sheet_keeps_only_amounts_and_nothing_personal() {
    use gongshang::input::{keep_wage_cells, Ignored};
    let sheet =
        "张三\t8000\n李四\t110101199001011234\t12,000\n王五\t1381234567\t13812345678\t9000\n";
    let (kept, ignored) = keep_wage_cells(sheet);
    // 1381234567 is not a phone number (ten digits): it stays, beside 9000, as a column to choose from.
    assert_eq!(kept, "8000\n12,000\n1381234567\t9000\n");
    assert_eq!(
        ignored,
        Ignored {
            words: 3,
            ids: 1,
            phones: 1,
            totals: 0,
        }
    );
    let message = ignored.message().unwrap();
    assert!(
        message.contains("1 个疑似身份证号") && message.contains("不要粘贴姓名、身份证号或手机号")
    );
    assert!(!message.contains("张三") && !message.contains("110101"));
    // An 18-character ID ending in X, a 15-digit ID and +86 phones are never kept.
    let (kept, ignored) =
        keep_wage_cells("11010119900101123X 5000\n110101900101123\n+86 138-1234-5678\n6000");
    // Each pasted line keeps its line, blank when nothing in it is kept.
    assert_eq!(kept, "5000\n\n\n6000");
    assert_eq!((ignored.ids, ignored.phones, ignored.words), (2, 1, 1));
    // A plain column, full-width digits and a typo stay as typed (the typo gets its message).
    assert_eq!(
        keep_wage_cells("8,000\n１２０００\n80o0").0,
        "8,000\n１２０００\n80o0"
    );
    assert_eq!(keep_wage_cells("8000\n").0, "8000\n");
    // A row begun with a name keeps its line break, so the amount typed next starts a new row.
    assert_eq!(keep_wage_cells("8000\n赵六 ").0, "8000\n");
    assert_eq!(keep_wage_cells("8000\n9000").0, "8000\n9000");
    // A full-width comma grouping thousands is part of the amount; between amounts it separates.
    assert_eq!(keep_wage_cells("6，000").0, "6,000");
    assert_eq!(
        keep_wage_cells("１２，０００，０００").0,
        "１２,０００,０００"
    );
    assert_eq!(keep_wage_cells("8000，9000").0, "8000\t9000");
    assert_eq!(keep_wage_cells("张三，6，500").0, "6,500");
    assert_eq!(keep_wage_cells("8000").1.message(), None);
}

#[test]
fn a_sheet_with_several_columns_asks_which_is_the_wage() {
    use gongshang::input::{
        column_samples, keep_wage_cells, one_column, pick_column, wage_columns, wage_rows,
    };
    // As Excel puts it on the clipboard: a header row, tabs, CRLF.
    let clipboard =
        "工号\t姓名\t基本工资\t应发工资\r\n001\t张三\t5000\t6,200\r\n002\t李四\t4800\t5900\r\n";
    let (kept, ignored) = keep_wage_cells(clipboard);
    // The header's line stays, blank, so the rows keep the sheet's numbers.
    assert_eq!(kept, "\n001\t5000\t6,200\n002\t4800\t5900\n");
    assert_eq!(ignored.words, 6, "the header's four words and two names");
    assert_eq!((wage_columns(&kept), wage_rows(&kept)), (3, 2));
    assert_eq!(column_samples(&kept, 2), ["6,200", "5900"]);
    assert!(one_column(&kept).is_err());
    let wages = pick_column(&kept, 2);
    assert_eq!(wages, "\n6,200\n5900");
    assert!(one_column(&wages).is_ok());
    assert_eq!(wage_columns("8000\n9000"), 1);
}

/// Found by the link property test: `10000000000.` was kept as an amount, written back as
/// `10000000000`, and that read as a phone number — a link that changed on its second read.
#[test]
fn a_phone_number_with_a_trailing_point_is_still_a_phone_number() {
    for cell in ["13812345678.", "13812345678.00"] {
        let (kept, ignored) = gongshang::input::keep_wage_cells(cell);
        assert_eq!((kept.as_str(), ignored.phones), ("", 1), "{cell}");
    }
}

/// A total row pasted with the list is not a person: a row labelled 合计/总计/小计 is left
/// out with a notice, and every row keeps the number it had in the pasted sheet, blank and
/// heading rows counted, so messages and the CSV point at the sheet's rows.
#[test]
fn a_labelled_total_row_is_left_out_and_rows_keep_the_sheets_numbers() {
    use gongshang::input::{keep_wage_cells, wage_amounts};
    let sheet = "姓名\t工资\n张三\t8000\n\n李四\t9000\n合计\t17000\n";
    let (kept, ignored) = keep_wage_cells(sheet);
    assert_eq!(kept, "\n8000\n\n9000\n\n");
    assert_eq!(ignored.totals, 1);
    assert!(ignored.message().unwrap().contains("1 行合计"));
    let rows: Vec<(usize, &str)> = wage_amounts(&kept)
        .unwrap()
        .into_iter()
        .map(|(line, row, _)| (line, row))
        .collect();
    assert_eq!(rows, [(2, "8000"), (4, "9000")]);
    // A typo's message names the row as pasted.
    let rows = wage_amounts("8000\n\n80o0").unwrap();
    assert_eq!(rows[1].0, 3);
}
