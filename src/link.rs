//! Links: the hash route (`#/premium?date=…&mode=…`) and its query string.
//!
//! Every page keeps its inputs in the link, so a result can be bookmarked,
//! shared and reproduced. Decoding never fails: what cannot be read is
//! reported as a [`LinkNote`] the page shows, and the rest still applies.

use crate::policy::DATA_VERSION;

/// Bumped when a key changes meaning; links without it are read as version 1.
pub const LINK_VERSION: &str = "1";
/// The keys every page's link shares: the as-of date, the link version, and the version of
/// the policy data the result was worked out with.
pub const DATE_KEY: &str = "date";
pub const VERSION_KEY: &str = "v";
pub const DATA_KEY: &str = "data";

/// A part of a link that was ignored, worded for the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkNote(pub String);

impl LinkNote {
    pub fn unknown_key(key: &str) -> LinkNote {
        LinkNote(format!("链接中的“{key}”不是本页认识的项目，已忽略。"))
    }
    /// A value that cannot be read, named by the field as the page names it, never by its key.
    pub fn bad_value(field: &str, value: &str, expected: &str) -> LinkNote {
        LinkNote(format!(
            "链接中“{field}”的值“{value}”无法识别（应为{}），已忽略。",
            expected.trim()
        ))
    }
}

/// Splits `#/premium?a=1&b=2` into the path (`/premium`) and the raw query (`a=1&b=2`).
pub fn split_hash(hash: &str) -> (&str, &str) {
    let rest = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    (if path.is_empty() { "/" } else { path }, query)
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-decoding as browsers do it: `+` is a space, a malformed `%` stays as
/// typed, and invalid UTF-8 becomes U+FFFD rather than an error.
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let pair = bytes
                    .get(i + 1)
                    .and_then(|h| hex_value(*h))
                    .zip(bytes.get(i + 2).and_then(|l| hex_value(*l)));
                match pair {
                    Some((h, l)) => {
                        out.push(h * 16 + l);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes all but unreserved characters and the comma, which lists use.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(k), decode_component(v))
        })
        .collect()
}

pub fn build_query(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The keys every page shares: the as-of date, the link version and the data version.
/// Returns the date (if given), the page's own pairs, and notes on what was dropped or
/// has changed: a link made with other policy data is worked out again on today's, and
/// says so, since a printed QR code may be scanned after an update.
pub struct Common {
    /// The typed date as it appears in the link; may be invalid, and the page says so.
    pub date: Option<String>,
    pub rest: Vec<(String, String)>,
    pub notes: Vec<LinkNote>,
}

pub fn split_common(pairs: Vec<(String, String)>) -> Common {
    let mut common = Common {
        date: None,
        rest: Vec::new(),
        notes: Vec::new(),
    };
    for (k, v) in pairs {
        match k.as_str() {
            DATE_KEY => common.date = Some(v),
            VERSION_KEY if v == LINK_VERSION => {}
            VERSION_KEY => common.notes.push(LinkNote(format!(
                "这个链接来自本工具的另一个版本（v={v}），部分内容可能无法还原，请核对下面的输入。"
            ))),
            DATA_KEY if v == DATA_VERSION => {}
            DATA_KEY => common.notes.push(LinkNote(format!(
                "本结果生成时的政策数据版本为 {v}，现已更新为 {DATA_VERSION}，金额和日期可能不同；下面是按现行数据重新计算的结果。"
            ))),
            _ => common.rest.push((k, v)),
        }
    }
    common
}
