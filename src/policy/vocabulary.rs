//! The words the data files use for a rule's state and for how sure we are of a
//! value, and what each means. `build.rs` includes this file (`#[path]`), so the
//! words it accepts and the enums the app matches on are one list.

/// How sure we are of a value, after how we saw its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Read on a government site.
    Official,
    /// A full copy of the official text on another site.
    Copy,
    /// A news item, summary or Q&A that paraphrases the rule.
    Secondary,
    /// Not found, derived, or recalled without a source.
    Unverified,
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Official => "官方原文",
            Confidence::Copy => "官方文本转载",
            Confidence::Secondary => "二手资料",
            Confidence::Unverified => "未核实",
        }
    }

    /// Values below copy-of-official are shown with 待核实 beside the figure.
    pub fn needs_checking(self) -> bool {
        self >= Confidence::Secondary
    }
}

impl Confidence {
    pub const ALL: [Confidence; 4] = [
        Confidence::Official,
        Confidence::Copy,
        Confidence::Secondary,
        Confidence::Unverified,
    ];

    /// The word in the data files: `official`, `copy`, `secondary`, `unverified`.
    pub fn word(self) -> &'static str {
        match self {
            Confidence::Official => "official",
            Confidence::Copy => "copy",
            Confidence::Secondary => "secondary",
            Confidence::Unverified => "unverified",
        }
    }
}

/// The state of a rule that is not a number, e.g. whether a group may or must enroll.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// There is no channel for it yet.
    NotAvailable,
    /// The unit may enroll.
    Voluntary,
    /// The unit must enroll.
    Mandatory,
    /// Pay is held between the province's floor and ceiling.
    Clamp,
    /// A pilot limited to named companies.
    Pilot,
    /// The pilot widened to more named companies.
    PilotExtended,
    /// Every platform of the named kinds is brought in.
    AllPlatforms,
    /// The practice is not settled.
    Unsettled,
    /// Expressly allowed.
    Allowed,
}

impl State {
    /// The state in plain words, as the data page shows it.
    pub fn label(self) -> &'static str {
        match self {
            State::NotAvailable => "尚无此渠道",
            State::Voluntary => "可以自愿参保",
            State::Mandatory => "应当参保",
            State::Clamp => "按全省缴费基数上下限调整",
            State::Pilot => "试点：限于列名的平台企业",
            State::PilotExtended => "试点扩围：列名的平台企业增加",
            State::AllPlatforms => "出行、即时配送、同城货运平台全部纳入",
            State::Unsettled => "做法尚未统一",
            State::Allowed => "明确允许",
        }
    }
}

impl State {
    pub const ALL: [State; 9] = [
        State::NotAvailable,
        State::Voluntary,
        State::Mandatory,
        State::Clamp,
        State::Pilot,
        State::PilotExtended,
        State::AllPlatforms,
        State::Unsettled,
        State::Allowed,
    ];

    /// The word in the data files (`state = "not_available"`).
    pub fn word(self) -> &'static str {
        match self {
            State::NotAvailable => "not_available",
            State::Voluntary => "voluntary",
            State::Mandatory => "mandatory",
            State::Clamp => "clamp",
            State::Pilot => "pilot",
            State::PilotExtended => "pilot_extended",
            State::AllPlatforms => "all_platforms",
            State::Unsettled => "unsettled",
            State::Allowed => "allowed",
        }
    }
}

/// A day of the Chinese calendar a statutory holiday is tied to (全国年节及纪念日放假办法
/// 第二条); its date in each year is in `policy/holidays.toml`'s lunar table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LunarDay {
    /// 除夕: the last day of the lunar year, the day before 正月初一.
    Chuxi,
    NewYear,
    /// 清明: a solar term, not a lunar date, but fixed the same way.
    Qingming,
    /// 端午: the fifth day of the fifth month.
    Duanwu,
    /// 中秋: the fifteenth day of the eighth month.
    Zhongqiu,
}

impl LunarDay {
    pub const ALL: [LunarDay; 5] = [
        LunarDay::Chuxi,
        LunarDay::NewYear,
        LunarDay::Qingming,
        LunarDay::Duanwu,
        LunarDay::Zhongqiu,
    ];

    /// The word in the data file, which is also its name on the page.
    pub fn word(self) -> &'static str {
        match self {
            LunarDay::Chuxi => "除夕",
            LunarDay::NewYear => "正月初一",
            LunarDay::Qingming => "清明",
            LunarDay::Duanwu => "端午",
            LunarDay::Zhongqiu => "中秋",
        }
    }
}
