//! Parsing what people type into money, percentage and count fields.
//!
//! Lenient about form (full-width digits, thousands separators, 元 and 万,
//! stray spaces) and strict about meaning: every refusal is a sentence in
//! Chinese that the page shows next to the field, and nothing here panics.

use rust_decimal::Decimal;

/// A refusal, worded for the person who typed the value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError(pub String);

impl InputError {
    fn new(message: impl Into<String>) -> InputError {
        InputError(message.into())
    }
}

/// The largest amount any money field accepts: 1 万亿元. Anything larger is a
/// typing slip (an extra few zeros), not an employer's payroll.
pub const MONEY_MAX: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0); // 1_000_000_000_000

/// Maps full-width forms (digits, punctuation, the ideographic space) to ASCII.
pub fn to_half_width(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '。' => '.',
        _ => c,
    }
}

fn normalise(input: &str) -> String {
    input
        .chars()
        .map(to_half_width)
        .filter(|c| !c.is_whitespace() && *c != '\u{200B}')
        .collect()
}

/// Checks `digits[.digits]` and that any commas group the integer part in threes.
/// `example` shows what the field takes when the text is not a number.
fn plain_number(text: &str, example: &str) -> Result<Decimal, InputError> {
    let not_a_number = || InputError::new(format!("请输入数字，例如 {example}"));
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let groups: Vec<&str> = int_part.split(',').collect();
    let grouped_ok = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !groups.iter().all(|g| digits_only(g)) || !frac_part.is_none_or(digits_only) {
        return Err(not_a_number());
    }
    if !grouped_ok {
        return Err(InputError::new(
            "千位分隔符（逗号）位置不对，例如应写作 12,000,000",
        ));
    }
    let int_digits: String = groups.concat();
    let frac_digits = frac_part.unwrap_or("");
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(not_a_number());
    }
    if int_digits.trim_start_matches('0').len() > 15 || frac_digits.len() > 10 {
        return Err(InputError::new("数字太长，请检查是否多输了位数"));
    }
    let canonical = format!(
        "{}.{}",
        if int_digits.is_empty() {
            "0"
        } else {
            &int_digits
        },
        if frac_digits.is_empty() {
            "0"
        } else {
            frac_digits
        }
    );
    canonical
        .parse::<Decimal>()
        .map(|d| d.normalize())
        .map_err(|_| not_a_number())
}

fn refuse_sign(text: &str) -> Result<&str, InputError> {
    if text.starts_with('-') || text.starts_with('−') {
        return Err(InputError::new("不能为负数"));
    }
    Ok(text.strip_prefix('+').unwrap_or(text))
}

/// An amount in yuan: `12,000,000`, `1200万`, `１２０００００`, `12 000 000`,
/// `¥12000`, `12000元`, `1.5万元`. At most two decimals (fen), at most [`MONEY_MAX`].
pub fn parse_money(input: &str) -> Result<Decimal, InputError> {
    let text = normalise(input);
    if text.is_empty() {
        return Err(InputError::new("请填写金额"));
    }
    let text = refuse_sign(&text)?;
    let text = text.trim_start_matches(['¥', '￥']);
    let text = text.strip_suffix('元').unwrap_or(text);
    let (text, factor) = match text.strip_suffix('万') {
        Some(rest) => (rest, Decimal::from(10_000)),
        None => (text, Decimal::ONE),
    };
    let amount = plain_number(text, "12,000,000 或 1200万")? * factor;
    if amount.normalize().scale() > 2 {
        return Err(InputError::new("金额最多精确到分（小数点后两位）"));
    }
    if amount > MONEY_MAX {
        return Err(InputError::new("金额超过 1 万亿元，请检查是否多输了位数"));
    }
    Ok(amount.normalize())
}

/// A percentage: `0.4`, `0.4%`, `０．４％`, or per mille `4‰` (= 0.4 %).
/// Returns the value in percent. Range checks belong to the caller, which knows the field.
pub fn parse_percent(input: &str) -> Result<Decimal, InputError> {
    let text = normalise(input);
    if text.is_empty() {
        return Err(InputError::new("请填写百分比数值"));
    }
    let text = refuse_sign(&text)?;
    const EXAMPLE: &str = "0.5、0.5% 或 5‰";
    if let Some(per_mille) = text.strip_suffix('‰') {
        return Ok((plain_number(per_mille, EXAMPLE)? / Decimal::TEN).normalize());
    }
    let text = text.strip_suffix('%').unwrap_or(text);
    plain_number(text, EXAMPLE)
}

/// A whole number of days, months or people, from 0 to `max`.
pub fn parse_count(input: &str, max: u32, unit: &str) -> Result<u32, InputError> {
    let text = normalise(input);
    if text.is_empty() {
        return Err(InputError::new(format!("请填写{unit}数")));
    }
    let text = refuse_sign(&text)?;
    let text = text.strip_suffix(unit).unwrap_or(text);
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(InputError::new(format!("请输入整数{unit}数，例如 30")));
    }
    match text.parse::<u32>() {
        Ok(n) if n <= max => Ok(n),
        _ => Err(InputError::new(format!("不能超过 {max} {unit}"))),
    }
}

/// An optional field: empty is `None`, anything else must parse.
pub fn optional<T>(
    text: &str,
    parse: impl Fn(&str) -> Result<T, InputError>,
) -> Result<Option<T>, InputError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse(text).map(Some)
    }
}

/// A wage list as a field keeps it ([`keep_wage_cells`]), and the notice of what was left out.
/// `kept` is the list the field holds before this change: the lines the two share are kept
/// already, and keeping them again changes nothing, so only the lines between are read (a
/// keystroke changes one line of a list that may hold 50,000).
pub fn wage_list(kept: &str, text: &str) -> (String, Option<String>) {
    let before: Vec<&str> = kept.split('\n').collect();
    let lines: Vec<&str> = text.split('\n').collect();
    let (head, tail) = shared_ends(&before, &lines);
    let changed = &lines[head..lines.len() - tail];
    if changed.is_empty() {
        return (text.to_string(), None);
    }
    // Keeping gives back a line for every line it reads.
    let (middle, ignored) = keep_wage_cells(&changed.join("\n"));
    let mut kept_lines = lines[..head].to_vec();
    kept_lines.extend(middle.split('\n'));
    kept_lines.extend(&lines[lines.len() - tail..]);
    (kept_lines.join("\n"), ignored.message())
}

/// How many lines at the start and at the end `old` and `new` share, the two never overlapping.
fn shared_ends(old: &[&str], new: &[&str]) -> (usize, usize) {
    let head = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let tail = old[head..]
        .iter()
        .rev()
        .zip(new[head..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    (head, tail)
}

/// A wage list read from a link (`wages=8000,9000`): complete, so no row is left open for
/// typing, and with no blank row (a link has no sheet whose row numbers to keep).
pub fn wage_list_from_link(value: &str) -> (String, Option<String>) {
    let (kept, notice) = wage_list("", &split_rows(value, true).join("\n"));
    let rows: Vec<&str> = kept.lines().filter(|row| !row.is_empty()).collect();
    (rows.join("\n"), notice)
}

/// A kept wage list as read: [`wage_amounts`] of it, and the list as a link writes it. A
/// form reads it once each time the list's text changes (`calculator::Texts::put`), since a
/// list may hold 50,000 rows and the page asks for it several times on every keystroke.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WageAmounts {
    /// [`wage_amounts`] of the list.
    pub rows: Result<Vec<KeptRow>, InputError>,
    /// The rows that read as amounts, as plain numbers joined by commas (so no thousands
    /// comma can split one); a row that does not read stays on the page with its message,
    /// never in a link. `None` while the list has several columns: until the user says
    /// which column is the wage, no figure of the sheet enters a link.
    pub link: Option<String>,
}

impl WageAmounts {
    pub fn read(text: &str) -> WageAmounts {
        WageAmounts::from_rows(wage_amounts(text).map(|rows| {
            rows.into_iter()
                .map(|(line, row, amount)| (line, row.to_string(), amount))
                .collect()
        }))
    }

    /// The list read again after its text changed from `old` (which `self` was read from)
    /// to `text`: the rows of the lines the two share are taken from `self`, renumbered
    /// where lines were added or removed above them, and only the lines between are read.
    pub fn reread(&self, old: &str, text: &str) -> WageAmounts {
        let (Ok(rows), Ok(())) = (&self.rows, one_column(text)) else {
            return WageAmounts::read(text);
        };
        let before: Vec<&str> = old.lines().collect();
        let lines: Vec<&str> = text.lines().collect();
        let (head, tail) = shared_ends(&before, &lines);
        // Line numbers from 1: old line `n` after the change is `n - old_tail + new_tail`.
        let (old_tail, new_tail) = (before.len() - tail, lines.len() - tail);
        let above = rows.iter().take_while(|(n, ..)| *n <= head).cloned();
        let changed = lines[head..new_tail]
            .iter()
            .enumerate()
            .flat_map(|(i, line)| line_rows(head + i + 1, line))
            .map(|(n, row, amount)| (n, row.to_string(), amount));
        let below = rows
            .iter()
            .skip_while(|(n, ..)| *n <= old_tail)
            .map(|(n, row, amount)| (n - old_tail + new_tail, row.clone(), amount.clone()));
        WageAmounts::from_rows(Ok(above.chain(changed).chain(below).collect()))
    }

    fn from_rows(rows: Result<Vec<KeptRow>, InputError>) -> WageAmounts {
        let link = rows.as_ref().ok().map(|rows| {
            let amounts: Vec<String> = rows
                .iter()
                .filter_map(|(_, _, amount)| amount.as_ref().ok())
                .map(Decimal::to_string)
                .collect();
            amounts.join(",")
        });
        WageAmounts { rows, link }
    }
}

/// A [`WageRow`] held by [`WageAmounts`], the row as typed copied with it.
pub type KeptRow = (usize, String, Result<Decimal, InputError>);

/// A row of a wage list: its number as pasted (from 1, blank and heading rows counted), the
/// row as typed, and the amount it reads as.
pub type WageRow<'a> = (usize, &'a str, Result<Decimal, InputError>);

/// Each row of a kept wage list that holds something, numbered as the pasted sheet was
/// ([`keep_wage_cells`] keeps a line for every pasted line), with the amount it reads as; an
/// error while the list has several columns (the user must pick the wage column first).
pub fn wage_amounts(text: &str) -> Result<Vec<WageRow<'_>>, InputError> {
    one_column(text)?;
    Ok(text
        .lines()
        .enumerate()
        .flat_map(|(i, line)| line_rows(i + 1, line))
        .collect())
}

/// The rows of line `number` (from 1) of a kept wage list, with the amounts they read as.
fn line_rows(number: usize, line: &str) -> impl Iterator<Item = WageRow<'_>> {
    split_rows(line, false)
        .into_iter()
        .map(move |row| (number, row, parse_money(row)))
}

/// How many amounts the widest row of a kept wage list holds: more than one means the
/// user must say which column is the wage.
pub fn wage_columns(text: &str) -> usize {
    text.lines()
        .map(|row| row.split('\t').filter(|c| !c.trim().is_empty()).count())
        .max()
        .unwrap_or(0)
}

/// Up to three amounts from column `index` (from 0), to show beside the choice.
pub fn column_samples(text: &str, index: usize) -> Vec<&str> {
    text.lines()
        .filter_map(|row| row.split('\t').nth(index))
        .filter(|cell| !cell.trim().is_empty())
        .take(3)
        .collect()
}

/// The wage list with only column `index` (from 0) of each row; a row without it stays as a
/// blank line, so the rows keep the numbers they had in the sheet.
pub fn pick_column(text: &str, index: usize) -> String {
    text.lines()
        .map(|row| row.split('\t').nth(index).unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// How many people a kept wage list holds: its rows (one person a row, however many columns).
pub fn wage_rows(text: &str) -> usize {
    text.lines().filter(|row| !row.trim().is_empty()).count()
}

/// A wage list is ready to read only when each row holds one amount.
pub fn one_column(text: &str) -> Result<(), InputError> {
    if wage_columns(text) > 1 {
        Err(InputError::new("表格有几列数字，请在下面选择工资所在的列"))
    } else {
        Ok(())
    }
}

/// Splits a pasted spreadsheet column (or a comma-separated link value) into
/// rows: line breaks, tabs and semicolons always separate; commas separate only
/// when `commas_separate` (in links), since in a pasted column `12,000` is one number.
pub fn split_rows(input: &str, commas_separate: bool) -> Vec<&str> {
    input
        .split(|c: char| {
            matches!(c, '\n' | '\r' | '\t' | ';' | '；')
                || (commas_separate && (c == ',' || c == '，'))
        })
        .map(str::trim)
        .filter(|row| !row.is_empty())
        .collect()
}

/// What was left out of a pasted wage list, so the page can say so.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ignored {
    /// Cells with no digits: names, departments, headings.
    pub words: usize,
    /// Cells that look like a resident ID number (15 or 18 characters, the last possibly X).
    pub ids: usize,
    /// Cells that look like a mobile phone number.
    pub phones: usize,
    /// Rows labelled as a total (合计, 总计, 小计): a sum of the others, not a person.
    pub totals: usize,
}

impl Ignored {
    /// The notice for the page, or `None` when nothing was left out. It never repeats what was left out.
    pub fn message(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.words > 0 {
            parts.push(format!("{} 个姓名或其他文字", self.words));
        }
        if self.ids > 0 {
            parts.push(format!("{} 个疑似身份证号", self.ids));
        }
        if self.phones > 0 {
            parts.push(format!("{} 个疑似手机号", self.phones));
        }
        if self.totals > 0 {
            parts.push(format!(
                "{} 行合计（标有“合计”“总计”或“小计”的行不是一名职工，未计入；如果确是工资，请重新输入金额）",
                self.totals
            ));
        }
        (!parts.is_empty()).then(|| {
            format!(
                "已忽略 {}。只需粘贴工资一列；请不要粘贴姓名、身份证号或手机号，它们不会被保存，也不会进入链接。",
                parts.join("、")
            )
        })
    }
}

/// The line with each full-width comma that groups digits in threes (`6，000`) written as
/// `,`, so the amount stays one cell; any other `，` still separates cells (`8000，9000`).
fn thousands_commas(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let digit = |i: usize| {
        chars
            .get(i)
            .is_some_and(|c| to_half_width(*c).is_ascii_digit())
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let groups = *c == '，'
                && i > 0
                && digit(i - 1)
                && (1..=3).all(|k| digit(i + k))
                && !digit(i + 4);
            if groups {
                ','
            } else {
                *c
            }
        })
        .collect()
}

fn looks_like_id(cell: &str) -> bool {
    let chars: Vec<char> = cell.chars().collect();
    let digits = |s: &[char]| s.iter().all(char::is_ascii_digit);
    match chars.as_slice() {
        [head @ .., last] if chars.len() == 18 => {
            digits(head) && (last.is_ascii_digit() || *last == 'X' || *last == 'x')
        }
        _ => chars.len() == 15 && digits(&chars),
    }
}

fn looks_like_phone(cell: &str) -> bool {
    let cell = cell.trim_start_matches("+86");
    // `13800000000.` or `.00` is written back as the whole number, so it is judged as one.
    let cell = match cell.split_once('.') {
        Some((whole, fraction)) if fraction.chars().all(|c| c == '0') => whole,
        _ => cell,
    };
    let digits: String = cell.chars().filter(|c| !matches!(c, '-' | ' ')).collect();
    digits.len() == 11 && digits.starts_with('1') && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Words that label a row as a total of the others.
const TOTAL_LABELS: [&str; 3] = ["合计", "总计", "小计"];

/// Keeps the amounts of each row of a pasted sheet and nothing else: rows may hold a name,
/// an ID number, a phone number or more columns, separated by tabs or spaces. The amounts
/// of a row stay together, separated by tabs, until the user says which column is the wage
/// ([`pick_column`]). A cell with digits that is not a valid amount (a typo) is kept, so its
/// message shows and nothing typed is lost. Every pasted line keeps its line, blank when
/// nothing in it is kept (a heading, a name alone, a total row), so row numbers in messages
/// and in the CSV are the sheet's; and a row being typed keeps its line break.
pub fn keep_wage_cells(text: &str) -> (String, Ignored) {
    let mut ignored = Ignored::default();
    let mut rows = Vec::new();
    for line in text.split('\n') {
        let line = thousands_commas(line);
        if TOTAL_LABELS.iter().any(|label| line.contains(label)) {
            ignored.totals += 1;
            rows.push(String::new());
            continue;
        }
        let mut kept: Vec<&str> = Vec::new();
        for cell in line
            .split(|c: char| c == '\t' || c.is_whitespace() || matches!(c, '，' | '、' | '|'))
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            let normalized = normalise(cell);
            if looks_like_id(&normalized) {
                ignored.ids += 1;
            } else if looks_like_phone(&normalized) {
                ignored.phones += 1;
            } else if !normalized.chars().any(|c| c.is_ascii_digit()) || normalized.starts_with('+')
            {
                // No digits, or a dialling prefix such as `+86` before a phone number.
                ignored.words += 1;
            } else {
                kept.push(cell);
            }
        }
        rows.push(kept.join("\t"));
    }
    (rows.join("\n"), ignored)
}
