//! Answers as types. Each question's options are an enum whose variants carry their
//! link word, written once in the `choices!` line that declares them; rules match on
//! the variants, never on the words. 不确定 is a real answer beside them ([`Answer`]).

/// The link word every question that allows it uses for 不确定.
pub const UNSURE: &str = "unsure";

/// The options of one question (or one calculator field) as a type.
pub trait Choice: Copy + PartialEq + std::fmt::Debug + 'static {
    /// Every option, in the order a page lists them.
    const ALL: &'static [Self];
    /// The option's word in a link.
    fn key(self) -> &'static str;
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.key() == key)
    }
}

/// An answer as the rules read it: one of the options, or 不确定.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer<T> {
    Is(T),
    Unsure,
}

impl<T: Choice> Answer<T> {
    /// Reads a link word; `None` for a word that is neither an option nor 不确定.
    pub fn from_key(key: &str) -> Option<Answer<T>> {
        match key {
            UNSURE => Some(Answer::Unsure),
            other => T::from_key(other).map(Answer::Is),
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Answer::Is(t) => t.key(),
            Answer::Unsure => UNSURE,
        }
    }
}

/// Declares a question's options: `choices! { pub enum Unit { Enterprise = "enterprise", … } }`.
/// The enum gets a `const fn key` (so question tables can name the word in a static)
/// and implements [`Choice`].
#[macro_export]
macro_rules! choices {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name { $($(#[$vmeta])* $variant),+ }
        impl $name {
            pub const fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }
        }
        impl $crate::choice::Choice for $name {
            const ALL: &'static [$name] = &[$($name::$variant),+];
            fn key(self) -> &'static str {
                $name::key(self)
            }
        }
    };
}

choices! {
    /// 是 / 否: the one yes-or-no vocabulary of every question and field.
    pub enum YesNo {
        Yes = "yes",
        No = "no",
    }
}

impl YesNo {
    pub fn label(self) -> &'static str {
        match self {
            YesNo::Yes => "是",
            YesNo::No => "否",
        }
    }
}

impl Answer<YesNo> {
    /// 是, 否, 不确定: the order every page lists them.
    pub const ALL: [Answer<YesNo>; 3] = [
        Answer::Is(YesNo::Yes),
        Answer::Is(YesNo::No),
        Answer::Unsure,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Answer::Is(y) => y.label(),
            Answer::Unsure => "不确定",
        }
    }
}
