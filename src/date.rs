//! A calendar date with no time zone, which is all the rules need.
//!
//! Kept in-house rather than pulling a date crate into the WASM bundle: the
//! rules only compare dates, count days between them and print them.

use std::fmt;

/// A proleptic Gregorian date. Field order makes the derived ordering chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a typed date was refused; the message is shown next to the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub &'static str);

impl Date {
    /// Earliest and latest year the app accepts at all; policy coverage is narrower.
    pub const MIN_YEAR: i32 = 1900;
    pub const MAX_YEAR: i32 = 2100;

    pub const fn new_unchecked(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Accepts `2025-06-01`, `2025-6-1`, `2025/06/01`, `2025.6.1`, `2025年6月1日`,
    /// `20250601`, with full-width digits and surrounding spaces.
    pub fn parse(input: &str) -> Result<Date, DateError> {
        const FORMAT: DateError = DateError("日期格式应为 年-月-日，例如 2025-06-01 或 20250601");
        let [y, m, d] = numbered_parts(
            input,
            '日',
            DateError("请填写日期，例如 2025-06-01"),
            FORMAT,
        )?;
        Date::new(y as i32, m as u8, d as u8).ok_or(DateError("没有这一天，请检查月份和日期"))
    }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Days from `self` to `later`; negative if `later` is earlier.
    pub fn days_until(self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.to_days() + 3).rem_euclid(7) + 1) as u8
    }

    /// `星期一` … `星期日`.
    pub fn weekday_name(self) -> &'static str {
        [
            "星期一",
            "星期二",
            "星期三",
            "星期四",
            "星期五",
            "星期六",
            "星期日",
        ][usize::from(self.weekday() - 1)]
    }

    /// Same day `n` months later, clamped to the month's last day (e.g. 01-31 + 1 month = 02-28).
    pub fn add_months(self, n: i32) -> Date {
        let index = self.year * 12 + i32::from(self.month) - 1 + n;
        let year = index.div_euclid(12);
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// `2025年6月1日`, for prose.
    pub fn chinese(self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A calendar month, e.g. a birth month: the retirement rules work in months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    month: u8,
}

impl YearMonth {
    pub fn new(year: i32, month: u8) -> Option<YearMonth> {
        ((Date::MIN_YEAR..=Date::MAX_YEAR).contains(&year) && (1..=12).contains(&month))
            .then_some(YearMonth { year, month })
    }

    pub fn of(date: Date) -> YearMonth {
        YearMonth {
            year: date.year,
            month: date.month,
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }

    /// Months since year 0, so months can be added and compared as numbers.
    pub fn index(self) -> i32 {
        self.year * 12 + i32::from(self.month) - 1
    }

    pub fn from_index(index: i32) -> YearMonth {
        YearMonth {
            year: index.div_euclid(12),
            month: (index.rem_euclid(12) + 1) as u8,
        }
    }

    pub fn add_months(self, n: i32) -> YearMonth {
        YearMonth::from_index(self.index() + n)
    }

    /// Accepts `1963-03`, `1963-3`, `1963/3`, `1963.3`, `1963年3月`, with full-width digits.
    pub fn parse(input: &str) -> Result<YearMonth, DateError> {
        const FORMAT: DateError = DateError("年月格式应为 年-月，例如 1963-03");
        let [y, m] = numbered_parts(input, '月', DateError("请填写年月，例如 1963-03"), FORMAT)?;
        YearMonth::new(y as i32, m as u8).ok_or(DateError("月份应在 1 至 12 之间"))
    }

    /// `1963年3月`, for prose.
    pub fn chinese(self) -> String {
        format!("{}年{}月", self.year, self.month)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Splits a typed date into its `N` numbers (year first, four digits at most;
/// the rest two at most), after full-width digits and a trailing 日/月 are dealt with.
/// The year is checked against the accepted range here, once for both kinds.
fn numbered_parts<const N: usize>(
    input: &str,
    suffix: char,
    empty: DateError,
    format: DateError,
) -> Result<[u32; N], DateError> {
    let text: String = input
        .trim()
        .chars()
        .map(crate::input::to_half_width)
        .collect();
    if text.is_empty() {
        return Err(empty);
    }
    let text = text.strip_suffix(suffix).unwrap_or(&text);
    // Digits alone, as a phone's number pad types them: `20250601`, `202506`.
    let compact = text.len() == 4 + 2 * (N - 1) && text.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = if compact {
        let mut parts = vec![&text[..4]];
        parts.extend((0..N - 1).map(|i| &text[4 + 2 * i..6 + 2 * i]));
        parts
    } else {
        text.split(['-', '/', '.', '年', '月'])
            .map(str::trim)
            .collect()
    };
    if parts.len() != N {
        return Err(format);
    }
    let mut numbers = [0u32; N];
    for (i, part) in parts.iter().enumerate() {
        let max_len = if i == 0 { 4 } else { 2 };
        if part.is_empty() || part.len() > max_len || !part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format);
        }
        numbers[i] = part.parse().map_err(|_| format.clone())?;
    }
    if !(Date::MIN_YEAR as u32..=Date::MAX_YEAR as u32).contains(&numbers[0]) {
        return Err(DateError("年份应在 1900 至 2100 之间"));
    }
    Ok(numbers)
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}
