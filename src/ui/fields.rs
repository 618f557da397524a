//! Form controls with a real label, an optional hint and an error message
//! beside the field, wired for screen readers. Colour is never the only signal:
//! an error also has its words and a thicker border.

use yew::prelude::*;

/// The id of a one-question page's heading, which takes focus when the page opens,
/// so a screen reader reads the question and the next Tab reaches its first answer.
pub const QUESTION_TITLE: &str = "question-title";

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A unit shown after the box (元, %, 天).
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    /// `decimal` or `numeric` brings up the number keyboard on phones.
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub onblur: Callback<()>,
    /// Extra class for the box width (`w-short`, `w-medium`).
    #[prop_or_default]
    pub width: Option<AttrValue>,
    /// The label is the page's heading (one question per page).
    #[prop_or_default]
    pub heading: bool,
}

#[component]
pub fn TextField(p: &TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", p.id);
    let error_id = format!("{}-error", p.id);
    let described: Vec<&str> = [
        p.hint.as_ref().map(|_| hint_id.as_str()),
        p.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let oninput = {
        let cb = p.oninput.clone();
        let multiline = p.multiline;
        Callback::from(move |e: InputEvent| {
            let value = if multiline {
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value()
            } else {
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value()
            };
            cb.emit(value)
        })
    };
    let onblur = {
        let cb = p.onblur.clone();
        Callback::from(move |_: FocusEvent| cb.emit(()))
    };
    let invalid = p.error.as_ref().map(|_| "true");
    let control = if p.multiline {
        html! {
            <textarea id={p.id.clone()} class="input textarea" rows="8" value={p.value.clone()}
                aria-describedby={described.clone()} aria-invalid={invalid}
                spellcheck="false" autocomplete="off" {oninput} {onblur} />
        }
    } else {
        html! {
            <input id={p.id.clone()} type="text" class={classes!("input", p.width.clone())} value={p.value.clone()}
                aria-describedby={described.clone()} aria-invalid={invalid}
                inputmode={p.inputmode.clone()} spellcheck="false" autocomplete="off" {oninput} {onblur} />
        }
    };
    html! {
        <div class={classes!("field", p.error.is_some().then_some("field--error"))}>
            if p.heading {
                <h1 class="question-heading" id={QUESTION_TITLE} tabindex="-1"><label for={p.id.clone()}>{ p.label.clone() }</label></h1>
            } else {
                <label class="label" for={p.id.clone()}>{ p.label.clone() }</label>
            }
            if let Some(hint) = &p.hint {
                <div class="hint" id={hint_id.clone()}>{ hint.clone() }</div>
            }
            if let Some(error) = &p.error {
                <p class="error-message" id={error_id.clone()}>
                    <span class="error-tag">{ "错误：" }</span>{ error.clone() }
                </p>
            }
            <div class="input-row">
                { control }
                if let Some(suffix) = &p.suffix {
                    <span class="suffix" aria-hidden="true">{ suffix.clone() }</span>
                }
            </div>
        </div>
    }
}

#[derive(Clone, PartialEq)]
pub struct Choice {
    pub value: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
}

impl Choice {
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: None,
        }
    }
    pub fn hinted(
        value: impl Into<AttrValue>,
        label: impl Into<AttrValue>,
        hint: impl Into<AttrValue>,
    ) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: Some(hint.into()),
        }
    }
}

/// A field table's choice as a radio: its word, label and hint.
impl From<&crate::calculator::Choice> for Choice {
    fn from(c: &crate::calculator::Choice) -> Choice {
        Choice {
            value: AttrValue::from(c.key.to_string()),
            label: AttrValue::from(c.label.to_string()),
            hint: (!c.hint.is_empty()).then_some(AttrValue::Static(c.hint)),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    /// Group name and id prefix; each option's id is `{name}-{value}`.
    pub name: AttrValue,
    pub legend: AttrValue,
    pub choices: Vec<Choice>,
    pub selected: AttrValue,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Side by side, for short options such as 是 / 否 / 不确定.
    #[prop_or_default]
    pub inline: bool,
    /// The legend is the page's heading (one question per page).
    #[prop_or_default]
    pub heading: bool,
}

#[component]
pub fn Radios(p: &RadiosProps) -> Html {
    let hint_id = format!("{}-hint", p.name);
    let error_id = format!("{}-error", p.name);
    html! {
        <fieldset id={p.name.clone()} class={classes!("field", "fieldset", p.error.is_some().then_some("field--error"))}
            aria-describedby={p.hint.as_ref().map(|_| hint_id.clone())}>
            if p.heading {
                <legend class="label question-heading"><h1 id={QUESTION_TITLE} tabindex="-1">{ p.legend.clone() }</h1></legend>
            } else {
                <legend class="label">{ p.legend.clone() }</legend>
            }
            if let Some(hint) = &p.hint {
                <div class="hint" id={hint_id.clone()}>{ hint.clone() }</div>
            }
            if let Some(error) = &p.error {
                <p class="error-message" id={error_id.clone()}><span class="error-tag">{ "错误：" }</span>{ error.clone() }</p>
            }
            <div class={classes!("radios", p.inline.then_some("radios--inline"))}>
            { for p.choices.iter().map(|c| {
                let id = format!("{}-{}", p.name, c.value);
                let value = c.value.to_string();
                let cb = p.onchange.clone();
                let onchange = Callback::from(move |_: Event| cb.emit(value.clone()));
                let item_hint_id = format!("{id}-hint");
                html! {
                    <div class="radio">
                        <input type="radio" id={id.clone()} name={p.name.clone()} value={c.value.clone()}
                            checked={c.value == p.selected} {onchange}
                            aria-describedby={c.hint.as_ref().map(|_| item_hint_id.clone())} />
                        <label for={id.clone()}>{ c.label.clone() }</label>
                        if let Some(h) = &c.hint {
                            <div class="hint radio-hint" id={item_hint_id}>{ h.clone() }</div>
                        }
                    </div>
                }
            }) }
            </div>
        </fieldset>
    }
}

/// A 待核实 tag: the figure beside it rests on a secondary or missing source.
#[component]
pub fn CheckTag() -> Html {
    html! { <span class="tag tag--check" title="来源为二手资料、暂行标准或未找到，请以经办机构核定为准">{ "待核实" }</span> }
}

#[derive(Properties, PartialEq)]
pub struct ColumnChoiceProps {
    /// The wage list as kept, a row's amounts separated by tabs.
    pub text: AttrValue,
    /// Called with the chosen column (from 0).
    pub on_choose: Callback<usize>,
}

/// 哪一列是月工资？ — asked when a pasted sheet has several columns of numbers; each
/// option shows sample amounts (never names, which were never kept).
#[component]
pub fn ColumnChoice(p: &ColumnChoiceProps) -> Html {
    let columns = crate::input::wage_columns(&p.text);
    if columns < 2 {
        return html! {};
    }
    let choices: Vec<Choice> = (0..columns)
        .map(|i| {
            let samples = crate::input::column_samples(&p.text, i).join("、");
            Choice::new(i.to_string(), format!("第 {} 列（例如 {samples}）", i + 1))
        })
        .collect();
    let on_choose = p.on_choose.clone();
    html! {
        <Radios name="f-wage-column" legend="哪一列是月工资？" choices={choices} selected=""
            hint="粘贴的表格每行有几个数字。选好后只保留这一列，其他列不会保存。"
            onchange={Callback::from(move |v: String| on_choose.emit(v.parse().unwrap_or(0)))} />
    }
}

/// What choosing a column does: the list becomes that column, set through `set`.
pub fn pick_column_of(text: &str, set: Callback<String>) -> Callback<usize> {
    let text = text.to_string();
    Callback::from(move |i: usize| set.emit(crate::input::pick_column(&text, i)))
}
