//! The question-flow engine shared by the self-check tools.
//!
//! A flow is data: its questions (wording, answer kind, options with 不确定)
//! and a routing function that says, after a question is answered, which
//! question comes next. Policy rules and outcome wording live with each tool;
//! the engine only walks answers, checks them, and can enumerate every path so
//! tests can prove there is no dead end, loop or unreachable question.

pub mod graph;
pub mod link;

use crate::choice::{Answer, Choice, YesNo};
use crate::date::{Date, YearMonth};

pub use crate::choice::UNSURE;

pub type QuestionId = &'static str;

#[derive(Debug)]
pub struct Opt {
    pub key: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
}

#[derive(Debug)]
pub enum Kind {
    /// One of the options.
    Choice(&'static [Opt]),
    /// Any number of the options (at least one); `none_key`, if chosen, must be alone.
    Multi {
        options: &'static [Opt],
        none_key: &'static str,
    },
    /// 是 / 否 (and 不确定 when the question allows it).
    YesNo,
    /// A calendar date.
    Date,
    /// A year and month, e.g. a birth month.
    Month,
}

#[derive(Debug)]
pub struct Question {
    pub id: QuestionId,
    pub prompt: &'static str,
    pub hint: &'static str,
    pub kind: Kind,
    /// Whether 不确定 is a valid answer (always a real answer, never a guess).
    pub unsure: bool,
    /// Example answers for open kinds (dates, months), used to enumerate paths in tests.
    pub samples: &'static [&'static str],
}

/// Where a flow goes after an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    Ask(QuestionId),
    Done,
}

/// A flow: its questions and its routing. `route` is called with the question
/// just answered and all answers so far.
pub struct Flow {
    pub id: &'static str,
    pub start: QuestionId,
    pub questions: &'static [Question],
    pub route: fn(QuestionId, &Answers) -> Next,
    /// The answers `route` looks at. Path enumeration relies on it to merge
    /// states that only differ in other answers; a test checks it is complete.
    pub routing_reads: &'static [QuestionId],
    /// Questions a result link may leave out: read as 不确定, with a note saying so, so a
    /// link written before the question existed (or by hand with the main keys) still
    /// reaches the result. Each must allow 不确定.
    pub unsure_if_missing: &'static [QuestionId],
    /// The fewest and the most questions any path asks, for the start page (a test checks
    /// them against every path).
    pub asks_between: (usize, usize),
    /// The commonest cases, so the start page can say honestly how long each takes.
    pub typical: &'static [Typical],
}

/// A common case: who it is, and the answers it gives (a test walks each to the result).
#[derive(Debug)]
pub struct Typical {
    pub label: &'static str,
    pub answers: &'static [(QuestionId, &'static str)],
}

/// The pace measured when the enrollment check was tried by hand on a phone: 15 screens in
/// about 4.5 minutes, reading included.
pub const SECONDS_PER_SCREEN: u32 = 18;

impl Typical {
    /// How many questions the case is asked, and about how long it takes in all (the
    /// questions plus the start, check and result screens), in words: `约 1.5 分钟`.
    pub fn effort(&self, flow: &Flow) -> (usize, String) {
        let answers = Answers(
            self.answers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        );
        let questions = flow.walk(&answers).path.len();
        let screens = u32::try_from(questions)
            .unwrap_or(u32::MAX)
            .saturating_add(3);
        let half_minutes = (screens * SECONDS_PER_SCREEN).div_ceil(30);
        let time = match half_minutes % 2 {
            0 => format!("约 {} 分钟", half_minutes / 2),
            _ => format!("约 {}.5 分钟", half_minutes / 2),
        };
        (questions, time)
    }
}

/// Answers by question id, as they appear in links.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(pub Vec<(String, String)>);

impl Answers {
    pub fn get(&self, id: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == id)
            .map(|(_, v)| v.as_str())
    }

    pub fn set(&mut self, id: &str, value: &str) {
        match self.0.iter_mut().find(|(k, _)| k == id) {
            Some(slot) => slot.1 = value.to_string(),
            None => self.0.push((id.to_string(), value.to_string())),
        }
    }

    /// A one-choice (or yes/no) answer as its type; `None` when unanswered or not an option.
    pub fn answer<T: Choice>(&self, id: &str) -> Option<Answer<T>> {
        self.get(id).and_then(Answer::from_key)
    }

    pub fn is(&self, id: &str, value: impl Word) -> bool {
        self.get(id) == Some(value.word())
    }

    pub fn unsure(&self, id: &str) -> bool {
        self.get(id) == Some(UNSURE)
    }

    /// For multi-choice answers: whether `key` is among the chosen.
    pub fn has(&self, id: &str, key: impl Word) -> bool {
        let key = key.word();
        self.get(id).is_some_and(|v| v.split(',').any(|k| k == key))
    }

    pub fn date(&self, id: &str) -> Option<Date> {
        self.get(id).and_then(|v| Date::parse(v).ok())
    }

    pub fn month(&self, id: &str) -> Option<YearMonth> {
        self.get(id).and_then(|v| YearMonth::parse(v).ok())
    }
}

/// What `is` and `has` compare an answer with: an option of a question's type.
pub trait Word {
    fn word(self) -> &'static str;
}

impl<T: Choice> Word for T {
    fn word(self) -> &'static str {
        self.key()
    }
}

impl<T: Choice> Word for Answer<T> {
    fn word(self) -> &'static str {
        self.key()
    }
}

/// An answer was refused; the message is shown with the question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerError(pub String);

impl Question {
    /// Checks a raw answer and returns it in the form links store.
    pub fn check(&self, raw: &str) -> Result<String, AnswerError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(AnswerError(match self.kind {
                Kind::Multi { .. } => "请至少选择一项".into(),
                Kind::Date => "请填写日期，例如 2025-06-01".into(),
                Kind::Month => "请填写年月，例如 1963-03".into(),
                _ => "请选择一项".into(),
            }));
        }
        if raw == UNSURE {
            return if self.unsure {
                Ok(UNSURE.into())
            } else {
                Err(AnswerError("请选择一项".into()))
            };
        }
        match &self.kind {
            Kind::Choice(options) => options
                .iter()
                .find(|o| o.key == raw)
                .map(|o| o.key.to_string())
                .ok_or_else(|| AnswerError("请选择列出的选项之一".into())),
            Kind::YesNo => YesNo::from_key(raw)
                .map(|y| y.key().to_string())
                .ok_or_else(|| AnswerError("请选择“是”或“否”".into())),
            Kind::Multi { options, none_key } => {
                let keys: Vec<&str> = raw
                    .split(',')
                    .map(str::trim)
                    .filter(|k| !k.is_empty())
                    .collect();
                if keys.iter().any(|k| !options.iter().any(|o| o.key == *k)) {
                    return Err(AnswerError("请选择列出的选项".into()));
                }
                if keys.contains(none_key) && keys.len() > 1 {
                    return Err(AnswerError("选了“以上都没有”就不能再选其他项".into()));
                }
                // Stored in the options' order, so equal answers have equal links.
                let ordered: Vec<&str> = options
                    .iter()
                    .map(|o| o.key)
                    .filter(|k| keys.contains(k))
                    .collect();
                Ok(ordered.join(","))
            }
            Kind::Date => Date::parse(raw)
                .map(|d| d.to_string())
                .map_err(|e| AnswerError(e.0.into())),
            Kind::Month => YearMonth::parse(raw)
                .map(|m| m.to_string())
                .map_err(|e| AnswerError(e.0.into())),
        }
    }

    /// The answer in words, for the check-answers page and the printout.
    pub fn describe(&self, answer: &str) -> String {
        if answer == UNSURE {
            return "不确定".into();
        }
        match &self.kind {
            Kind::Choice(options) | Kind::Multi { options, .. } => answer
                .split(',')
                .map(|k| options.iter().find(|o| o.key == k).map_or(k, |o| o.label))
                .collect::<Vec<_>>()
                .join("；"),
            Kind::YesNo => {
                YesNo::from_key(answer).map_or_else(|| answer.into(), |y| y.label().into())
            }
            Kind::Date => Date::parse(answer)
                .map(|d| d.chinese())
                .unwrap_or_else(|_| answer.into()),
            Kind::Month => YearMonth::parse(answer)
                .map(|m| m.chinese())
                .unwrap_or_else(|_| answer.into()),
        }
    }
}

/// Where a set of answers stands in a flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walk {
    /// The questions answered, in the order asked.
    pub path: Vec<QuestionId>,
    /// The first question on the path without a valid answer; `None` when the flow is done.
    pub pending: Option<QuestionId>,
}

impl Walk {
    pub fn done(&self) -> bool {
        self.pending.is_none()
    }
}

impl Flow {
    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Follows the answers from the start. Answers off the path are ignored, and
    /// a route that would loop or name an unknown question stops the walk there.
    pub fn walk(&self, answers: &Answers) -> Walk {
        let mut path = Vec::new();
        let mut current = self.start;
        loop {
            let answered = self
                .question(current)
                .and_then(|q| answers.get(current).map(|a| q.check(a).is_ok()))
                .unwrap_or(false);
            if !answered || path.contains(&current) {
                return Walk {
                    path,
                    pending: Some(current),
                };
            }
            path.push(current);
            match (self.route)(current, answers) {
                Next::Done => {
                    return Walk {
                        path,
                        pending: None,
                    }
                }
                Next::Ask(next) => current = next,
            }
        }
    }

    /// The answers on the path only, in the order asked: what a link should carry.
    pub fn answers_on_path(&self, answers: &Answers) -> Answers {
        let walk = self.walk(answers);
        Answers(
            walk.path
                .iter()
                .filter_map(|id| answers.get(id).map(|a| (id.to_string(), a.to_string())))
                .collect(),
        )
    }

    /// The question asked before `id` on the path, for the back link.
    pub fn previous(&self, answers: &Answers, id: &str) -> Option<QuestionId> {
        let walk = self.walk(answers);
        let position = walk
            .path
            .iter()
            .position(|q| *q == id)
            .unwrap_or(walk.path.len());
        position
            .checked_sub(1)
            .and_then(|p| walk.path.get(p).copied())
    }
}
