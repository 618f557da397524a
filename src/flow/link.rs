//! A flow's place in a link: the answers, which screen (`at`), and whether to
//! return to 核对您的回答 after the next answer (`ret=check`).

use super::{Answers, Flow, QuestionId, UNSURE};
use crate::link::LinkNote;

/// The keys a flow adds to its answers in a link.
pub const AT_KEY: &str = "at";
pub const RET_KEY: &str = "ret";

/// Which screen a link asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Ask(QuestionId),
    Check,
    Result,
}

impl Screen {
    /// The `at` value that names this screen.
    pub fn key(&self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Ask(id) => id,
            Screen::Check => "check",
            Screen::Result => "result",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FlowLink {
    pub answers: Answers,
    pub at: Option<String>,
    pub return_to_check: bool,
    pub notes: Vec<LinkNote>,
}

impl Flow {
    /// Reads a flow's keys from a link: answers by question id, `at` and `ret`;
    /// anything else becomes a note.
    pub fn read_link(&self, pairs: &[(String, String)]) -> FlowLink {
        let mut link = FlowLink::default();
        for (k, v) in pairs {
            match k.as_str() {
                AT_KEY => link.at = Some(v.clone()),
                RET_KEY => link.return_to_check = v == Screen::Check.key(),
                id if self.question(id).is_some() => link.answers.set(id, v),
                other => link.notes.push(LinkNote::unknown_key(other)),
            }
        }
        if link.at.as_deref() == Some(Screen::Result.key()) {
            while let Some(q) = self
                .walk(&link.answers)
                .pending
                .filter(|q| self.unsure_if_missing.contains(q) && link.answers.get(q).is_none())
            {
                link.answers.set(q, UNSURE);
                let prompt = self.question(q).map_or(q, |q| q.prompt);
                link.notes.push(LinkNote(format!(
                    "链接中没有回答“{prompt}”，结果按“不确定”处理；可以点“返回核对回答”补上。"
                )));
            }
        }
        link
    }

    /// The screen a link shows. A question can be revisited if it is on the path
    /// or due next; the result needs every answer; otherwise the due question shows.
    pub fn screen(&self, link: &FlowLink) -> Screen {
        let walk = self.walk(&link.answers);
        match link.at.as_deref() {
            None if link.answers.0.is_empty() => Screen::Start,
            Some(at) if at == Screen::Start.key() => Screen::Start,
            Some(id) if walk.path.contains(&id) || walk.pending == Some(id) => self
                .question(id)
                .map_or(Screen::Start, |q| Screen::Ask(q.id)),
            _ => match walk.pending {
                Some(next) => Screen::Ask(next),
                None if link.at.as_deref() == Some(Screen::Result.key()) => Screen::Result,
                None => Screen::Check,
            },
        }
    }

    /// The keys of a link to `at`. The check and result screens carry only the
    /// answers on the path; question screens keep every answer, so changing one
    /// answer (which may bring new questions first) loses none of the others,
    /// and a refused answer stays to be corrected.
    pub fn link_pairs(
        &self,
        answers: &Answers,
        at: &str,
        return_to_check: bool,
    ) -> Vec<(String, String)> {
        let mut pairs = self.answers_on_path(answers).0;
        if at != Screen::Check.key() && at != Screen::Result.key() {
            for q in self.questions {
                if let Some(raw) = answers
                    .get(q.id)
                    .filter(|_| !pairs.iter().any(|(k, _)| k == q.id))
                {
                    pairs.push((q.id.to_string(), raw.to_string()));
                }
            }
        }
        if !at.is_empty() {
            pairs.push((AT_KEY.into(), at.into()));
        }
        if return_to_check {
            pairs.push((RET_KEY.into(), Screen::Check.key().into()));
        }
        pairs
    }
}
