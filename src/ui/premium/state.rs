//! The estimator page's state: the form as typed, and which messages to show.

use crate::link::LinkNote;
use crate::policy::Industry;
use crate::premium::estimate::Period;
use crate::premium::floating::Answer;
use crate::premium::form::{Mode, PremiumForm, RateSource};
use crate::premium::Field;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub form: PremiumForm,
    /// Fields the user has left (or that came filled from a link): their messages show.
    pub touched: BTreeSet<Field>,
    /// The user asked for the result: every message shows.
    pub submitted: bool,
    pub link_notes: Vec<LinkNote>,
    /// What was left out of the last paste into the wage list.
    pub ignored: Option<String>,
}

pub enum Action {
    Text(Field, String),
    Touch(Field),
    Mode(Mode),
    RateSource(RateSource),
    Industry(String),
    Class(String),
    Grade(String),
    Period(Period),
    Tier(String),
    Flag(String, Answer),
    HostPays(bool),
    Submit,
}

impl State {
    pub fn from_link(pairs: &[(String, String)]) -> State {
        let (form, link_notes) = PremiumForm::from_pairs(pairs);
        let touched = form.filled().into_iter().collect();
        State {
            form,
            touched,
            submitted: false,
            link_notes,
            ignored: None,
        }
    }

    pub fn shows(&self, field: Field) -> bool {
        self.submitted || self.touched.contains(&field)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let form = &mut next.form;
        match action {
            Action::Text(field, value) => {
                let notice = form.set_text(field, value);
                // The notice stays while the list is being typed, until the list is emptied.
                if field == Field::Wages && (notice.is_some() || form.wages.trim().is_empty()) {
                    next.ignored = notice;
                }
            }
            Action::Touch(field) => {
                if next.touched.contains(&field) {
                    return self;
                }
                next.touched.insert(field);
            }
            Action::Mode(mode) => form.mode = mode,
            Action::RateSource(source) => form.rate_source = source,
            Action::Industry(key) => {
                if let Some(ind) = Industry::by_key(&key) {
                    form.class = match ind.classes {
                        [only] => only.to_string(),
                        _ => String::new(),
                    };
                }
                form.industry = key;
                next.touched.insert(Field::Class);
            }
            Action::Class(class) => {
                // A class that contradicts the chosen industry drops the industry.
                let fits = Industry::by_key(&form.industry)
                    .is_some_and(|i| i.classes.iter().any(|c| c.to_string() == class));
                if !fits {
                    form.industry.clear();
                }
                form.class = class;
                next.touched.insert(Field::Class);
            }
            Action::Grade(grade) => {
                form.grade = grade;
                next.touched.insert(Field::Grade);
            }
            Action::Period(period) => form.period = period,
            Action::Tier(tier) => form.tier = tier,
            Action::Flag(id, answer) => form.set_flag(&id, answer),
            Action::HostPays(host) => form.workforce.host_pays = host,
            Action::Submit => next.submitted = true,
        }
        Rc::new(next)
    }
}
