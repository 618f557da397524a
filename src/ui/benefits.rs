//! 工伤待遇测算 page: the form, the live result (totals by payer, every item, the
//! working), the printout, and the link that reproduces them.

use super::cite::{citations, working};
use super::fields::{pick_column_of, CheckTag, Choice, ColumnChoice, Radios, TextField};
use super::later::use_after_first_paint;
use super::layout::{computed_as_of, DISCLAIMER};
use super::print::{PrintDepth, PrintSummary};
use super::{address, browser, calculator, notices, page_link, AsOf, LinkProps, Route};
use crate::benefits::form::{BenefitsForm, Outcome};
use crate::benefits::items::{Assessment, Line, Owed, Payer, Price, ROUNDING_RULE};
use crate::benefits::totals::{Span, Sum, Totals};
use crate::benefits::{Field, Insured};
use crate::date::Date;
use crate::format::{yuan, yuan_range};
use crate::policy::DATA_VERSION;
use crate::policy::{
    Param, DEPENDANT_PERCENT, LEAVE_MONTHS_MAX, LUMP_SUM_LOCAL_FLOAT, WAGE_BOUNDS_PERCENT,
};
use crate::working::with_unit;
use rust_decimal::Decimal;
use yew::prelude::*;

type Action = calculator::Action<Field>;

fn dom_id(field: Field) -> String {
    format!("f-{}", field.key())
}

/// Where the error summary sends focus: the box, or a choice's first option.
fn focus_id(field: Field) -> String {
    match field.choices().first() {
        Some((first, _)) => format!("{}-{first}", dom_id(field)),
        None => dom_id(field),
    }
}

/// The form's sections, in page order; a field shows only when the case uses it.
const SECTIONS: [(&str, &[Field]); 4] = [
    (
        "1. 工伤情况",
        &[
            Field::InjuryDate,
            Field::Outcome,
            Field::Grade,
            Field::Nursing,
            Field::Died,
        ],
    ),
    (
        "2. 工资",
        &[Field::Wage, Field::AvgWage, Field::LeaveMonths],
    ),
    (
        "3. 参保和劳动关系",
        &[
            Field::Insured,
            Field::Placed,
            Field::Ends,
            Field::Birth,
            Field::Category,
            Field::MedicalLocal,
            Field::EmploymentLocal,
        ],
    ),
    (
        "4. 供养亲属",
        &[Field::Spouse, Field::Dependants, Field::Lone],
    ),
];

/// A figure of a list parameter on `day`, by the list's shape (never by position alone):
/// `pick` gets the whole list and returns the figure, or `None` when the data has no such list.
fn figure(
    param: &'static Param,
    day: Option<Date>,
    pick: fn(&[Decimal]) -> Option<Decimal>,
) -> Option<String> {
    let (list, _) = param.list(day?).ok()?;
    pick(list).map(|n| with_unit(n, param.unit))
}

/// A field's hint, and the unit shown after its box. Figures come from `policy/`: the
/// statutory ones on the injury date (or the as-of date until it is typed), the Jiangsu
/// float on the as-of date, as the result reads them; a hint without its figure says the rule.
fn guidance(
    field: Field,
    injured: Option<Date>,
    day: Option<Date>,
) -> (Option<String>, Option<&'static str>) {
    let hint = |text: &str| Some(text.to_string());
    match field {
        Field::InjuryDate => (hint("例如 2025-06-01，也可以只输数字 20250601。"), None),
        Field::Grade => (hint("见劳动能力鉴定结论。"), None),
        Field::Nursing => (hint("以劳动能力鉴定委员会确认的生活自理障碍等级为准。"), None),
        Field::Wage => (
            hint("填一个数：受伤前12个月的平均月缴费工资；或者逐行填写每个月的缴费工资（可以从表格粘贴一列，姓名等不会保存）。"),
            None,
        ),
        Field::AvgWage => {
            let bounds = injured
                .and_then(|d| WAGE_BOUNDS_PERCENT.list(d).ok())
                .and_then(|(list, _)| match list {
                    [low, high] => Some(format!(
                        "按{}至{}",
                        with_unit(*low, WAGE_BOUNDS_PERCENT.unit),
                        with_unit(*high, WAGE_BOUNDS_PERCENT.unit)
                    )),
                    _ => None,
                })
                .unwrap_or_else(|| "按上下限".into());
            (
                Some(format!("常州的数值本工具未收录，请向社会保险经办机构询问后填写。不填时，本人工资不{bounds}调整，护理费和丧葬补助金只列公式。")),
                Some("元/月"),
            )
        }
        Field::LeaveMonths => {
            // The first figure is the usual limit, the second the extension (条例第三十三条).
            let most = figure(&LEAVE_MONTHS_MAX, injured, |l| match l {
                [usual, _] => Some(*usual),
                _ => None,
            })
            .map(|m| format!("，一般不超过{}", m.replace(' ', "")))
            .unwrap_or_default();
            (Some(format!("停工留薪期的月数{most}；不填时只显示每月金额。")), Some("个月"))
        }
        Field::Ends => (
            hint("五级至十级伤残职工解除或终止劳动关系时，发给一次性工伤医疗补助金和一次性伤残就业补助金；按页面上方的计算日期解除计算。"),
            None,
        ),
        Field::Birth => (hint("例如 1968-05 或 196805，用来计算距法定退休年龄的时间。"), None),
        Field::MedicalLocal | Field::EmploymentLocal => {
            let float = day
                .and_then(|d| LUMP_SUM_LOCAL_FLOAT.number(d).ok())
                .map(|(n, _)| format!("上下浮动{}", with_unit(n, LUMP_SUM_LOCAL_FLOAT.unit)))
                .unwrap_or_else(|| "的浮动幅度".into());
            (
                Some(format!("知道常州执行的数额就填写；不填时按江苏省标准{float}显示范围。")),
                Some("元"),
            )
        }
        Field::Dependants => (
            hint("由职工生前提供主要生活来源、无劳动能力的亲属（不含配偶），如未成年子女、父母。"),
            Some("人"),
        ),
        Field::Lone => {
            // Spouse, each other relative, and the extra for each lone elder or orphan.
            let extra = figure(&DEPENDANT_PERCENT, injured, |l| match l {
                [_, _, extra] => Some(*extra),
                _ => None,
            })
            .map(|p| format!("另加{p}"))
            .unwrap_or_else(|| "另有加发".into());
            (Some(format!("孤寡老人或孤儿每人每月{extra}。")), Some("人"))
        }
        _ => (None, None),
    }
}

#[component]
pub fn BenefitsPage(p: &LinkProps) -> Html {
    let calculated = calculator::use_calculator::<Field>(
        Route::from_path(crate::benefits::PATH),
        p.pairs.clone(),
    );
    let (state, as_of, day, outcome, errors) = (
        calculated.state,
        calculated.as_of,
        calculated.day,
        calculated.outcome,
        calculated.shown,
    );
    let (folded, unfold) = (calculated.folded, calculated.unfold);

    let field = |field: Field| -> Html {
        if !state.form.uses(field) {
            return html! {};
        }
        let error = errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| AttrValue::from(m.clone()));
        let onchange = {
            let state = state.clone();
            Callback::from(move |v: String| state.dispatch(Action::Set(field, v)))
        };
        let injured = Date::parse(state.form.text(Field::InjuryDate)).ok().or(day);
        let (hint, suffix) = guidance(field, injured, day);
        let choices = field.choices();
        if choices.is_empty() {
            let onblur = {
                let state = state.clone();
                Callback::from(move |_| state.dispatch(Action::Touch(field)))
            };
            let inputmode = match field {
                Field::InjuryDate
                | Field::Birth
                | Field::LeaveMonths
                | Field::Dependants
                | Field::Lone => Some("numeric"),
                Field::Wage => None,
                _ => Some("decimal"),
            };
            html! {
                <TextField id={dom_id(field)} label={field.label()} value={state.form.text(field).to_string()}
                    hint={hint.map(AttrValue::from)} suffix={suffix.map(AttrValue::from)} error={error}
                    inputmode={inputmode.map(AttrValue::from)} multiline={field == Field::Wage}
                    width={(field != Field::Wage).then_some(AttrValue::from("w-medium"))}
                    oninput={onchange} onblur={onblur} />
            }
        } else {
            html! {
                <Radios name={dom_id(field)} legend={field.label()} hint={hint.map(AttrValue::from)} error={error}
                    choices={choices.iter().map(|(k, l)| Choice::new(*k, *l)).collect::<Vec<_>>()}
                    selected={state.form.text(field).to_string()} onchange={onchange}
                    inline={matches!(field, Field::Grade | Field::Spouse)} />
            }
        }
    };

    let submit = calculated.submit;
    let restart = Callback::from(|_: MouseEvent| {
        address::go(&format!(
            "#{}",
            Route::from_path(crate::benefits::PATH).path()
        ))
    });
    let summary: Vec<(String, String)> = errors
        .iter()
        .map(|(f, m)| (focus_id(*f), format!("{}：{m}", f.label())))
        .collect();
    let link = as_of.as_ref().map(|a| {
        browser::full_link(&page_link(
            Route::from_path(crate::benefits::PATH),
            a,
            state.form.to_pairs(),
        ))
    });

    let painted = use_after_first_paint();
    let fields = || {
        html! {
            <>
                { for SECTIONS.iter().filter(|(_, fields)| fields.iter().any(|f| state.form.uses(*f))).map(|(title, fields)| html! {
                    <section class="section">
                        <h2>{ *title }</h2>
                        { for fields.iter().map(|f| field(*f)) }
                        if fields.contains(&Field::Wage) {
                            if let Some(ignored) = &state.ignored { <p class="notice" id="wages-ignored" role="status">{ ignored.clone() }</p> }
                            <ColumnChoice text={state.form.text(Field::Wage).to_string()} on_choose={pick_column_of(state.form.text(Field::Wage), {
                                let state = state.clone();
                                Callback::from(move |v: String| state.dispatch(Action::Set(Field::Wage, v)))
                            })} />
                        }
                    </section>
                }) }
                <div class="actions">
                    <button type="submit" class="button">{ "计算并查看结果" }</button>
                    <button type="button" class="button button--secondary" onclick={restart.clone()}>{ "重新开始" }</button>
                </div>
            </>
        }
    };
    html! {
        <>
            <h1>{ Route::from_path(crate::benefits::PATH).name() }</h1>
            // A link with a complete case opens at its result: the page's lead would only push it down.
            if !folded {
                <p class="lead no-print">{ "一次工伤要花多少钱、每一项由谁支付：已参保时由工伤保险基金和单位分别支付，未参保时全部由单位支付。结果随输入即时更新，并列出计算过程和政策依据。" }</p>
            }
            { notices::link_notes(p.notes.iter().chain(state.link_notes.iter())) }
            { notices::error_summary("error-summary", format!("有 {} 处需要修改", summary.len()), summary) }
            { calculator::edit_inputs(folded, unfold) }
            { calculator::inputs_form(folded, painted, submit, fields) }
            <section class="result" id="result" tabindex="-1" aria-labelledby="result-title" aria-live="polite">
                { result(&state.form, outcome.as_ref().as_ref(), day, as_of.as_ref(), link.clone().unwrap_or_default(), painted) }
                <p class="meta">{ format!("{}；政策数据版本 {DATA_VERSION}。{ROUNDING_RULE}", computed_as_of(day)) }
                    <strong>{ DISCLAIMER }</strong></p>
                { notices::result_actions(restart, link) }
            </section>
            if !folded && outcome.as_ref().as_ref().is_some_and(|o| o.assessment.is_some()) { <calculator::LiveSummary /> }
        </>
    }
}

/// An amount, or its range: `12,000.00 元` or `9,600.00 元 至 14,400.00 元`.
fn money(span: Span) -> String {
    yuan_range(span.low, span.high)
}

fn price_text(price: &Price) -> String {
    match price {
        Price::Amount(span) => money(*span),
        Price::Formula(formula) => formula.clone(),
        Price::AsBilled => "据实支付".into(),
        Price::Local(_) => "常州标准未收录".into(),
    }
}

/// The result under its heading; page 1 of the printout comes before the heading.
fn result(
    form: &BenefitsForm,
    outcome: Option<&Outcome>,
    day: Option<Date>,
    as_of: Option<&AsOf>,
    link: String,
    painted: bool,
) -> Html {
    let heading = html! { <h2 id="result-title">{ "测算结果" }</h2> };
    let (Some(o), Some(day), Some(as_of)) = (outcome, day, as_of) else {
        return html! { <>{ heading }<p class="warning">{ "“按哪一天的政策计算”的日期有误，请先更正。" }</p></> };
    };
    let Some(a) = &o.assessment else {
        let message = match &o.blocked {
            Some(e) => format!("无法计算：{e}"),
            None => "填写完上面的必填项后，这里显示测算结果。".into(),
        };
        return html! { <>{ heading }<p class="hint" role="status">{ message }</p></> };
    };
    let uninsured = a.insured != Insured::Yes;
    html! {
        <PrintDepth>
            if painted { { printout(a, day, link, inputs(form, a, day)) } }
            { heading }
            { totals_table(a) }
            if uninsured {
                <p class="no-print"><a href={page_link(Route::from_path(crate::advance::PATH), as_of, Vec::new())}>{ "单位没有参保又不支付的，用“先行支付核对”看看能否由工伤保险基金先行支付" }</a></p>
            }
            <table class="table stacked" id="benefits-items">
                <caption>{ "各项待遇" }</caption>
                <thead><tr><th scope="col">{ "项目" }</th>{ for ITEM_COLUMNS.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                <tbody>{ for a.lines.iter().map(|l| item_row(l, a.insured)) }</tbody>
            </table>
            if painted {
                { working(&a.steps) }
                <h3 class="full-working">{ "说明" }</h3>
                <ul class="notes full-working">
                { for a.notes.iter().map(|n| html! { <li>{ n.text.clone() } if n.unverified { { " " }<CheckTag /> }</li> }) }
                </ul>
            }
        </PrintDepth>
    }
}

/// The item table's columns after the item's name: each heads its column and, on a phone
/// where the columns stack, labels its cell.
const ITEM_COLUMNS: [&str; 4] = ["金额", "支付方式", "支付方", "计算和依据"];

fn item_row(l: &Line, insured: Insured) -> Html {
    let payer = match (insured, l.payer) {
        (Insured::No, Payer::Fund) => format!("{}（未参保：用人单位）", l.payer.label()),
        _ => l.payer.label().to_string(),
    };
    let per = owed_text(l);
    let guidance = match l.price {
        Price::Local(g) => g,
        _ => "",
    };
    html! {
        <tr>
            <th scope="row">{ l.name } if l.unverified { { " " }<CheckTag /> }</th>
            // Only an amount keeps to one line: a formula or a sentence wraps like text.
            <td class={classes!(matches!(l.price, Price::Amount(_)).then_some("num"))} data-label={ITEM_COLUMNS[0]}>{ price_text(&l.price) }</td>
            <td data-label={ITEM_COLUMNS[1]}>{ per }</td>
            <td data-label={ITEM_COLUMNS[2]}>{ payer }</td>
            <td data-label={ITEM_COLUMNS[3]}>{ l.formula.clone() }{ guidance }<div class="full-working">{ citations(l.cites) }</div></td>
        </tr>
    }
}

fn totals_table(a: &Assessment) -> Html {
    let c = &a.columns;
    let enrolled = a.insured == Insured::Yes;
    let columns = [
        ("已参保：工伤保险基金支付", &c.fund, enrolled),
        ("已参保：用人单位支付", &c.unit, enrolled),
        (
            "未参保：用人单位全部支付",
            &c.uninsured,
            a.insured == Insured::No,
        ),
    ];
    let row = |name: &str, pick: &dyn Fn(&Totals) -> Sum| {
        html! {
            <tr><th scope="row">{ name.to_string() }</th>
                { for columns.iter().map(|(name, t, ours)| {
                    let sum = pick(t);
                    html! { <td data-label={if *ours { format!("{name}（本单位的情况）") } else { name.to_string() }} class={classes!("num", ours.then_some("col--ours"))}>
                        { money(sum.span) } if sum.unverified { { " " }<CheckTag /> }
                    </td> }
                }) }
            </tr>
        }
    };
    html! {
        <table class="table stacked totals" id="benefits-totals">
            <caption>{ "合计：由谁支付多少（不含据实支付和未计价的项目）" }</caption>
            <thead><tr><td></td>
                { for columns.iter().map(|(name, _, ours)| html! {
                    <th scope="col" class={classes!(ours.then_some("col--ours"))}>{ *name } if *ours { { "（本单位的情况）" } }</th>
                }) }
            </tr></thead>
            <tbody>
                { row("一次性支付（含按月共几个月的）", &|t| t.once) }
                { row("每月支付", &|t| t.monthly) }
                { row("按月支付的项目，第一年（12个月）", &Totals::first_year) }
            </tbody>
        </table>
    }
}

/// How an item is paid, and whether it is owed in the case as answered.
fn owed_text(l: &Line) -> String {
    match l.owed {
        Owed::Yes => l.per.label(),
        Owed::If(when) => format!("{}（{when}）", l.per.label()),
        Owed::No(why) => format!("不计入合计：{why}"),
    }
}

/// A printed amount, marked where it stands when it rests on a figure to check.
fn printed(text: String, unverified: bool) -> String {
    if unverified {
        format!("{text}（待核实）")
    } else {
        text
    }
}

/// What the estimate was worked out from, for page 1: every input the case uses as given
/// (a choice in its words, a blank as 未填), the wage it counted and which wage that is,
/// the as-of date and the data version. Names and ID numbers are never fields, so none print.
fn inputs(form: &BenefitsForm, a: &Assessment, day: Date) -> Vec<(String, String)> {
    let mut lines: Vec<(String, String)> = Field::ALL
        .iter()
        .filter(|f| form.uses(**f))
        .map(|&f| {
            let text = form.text(f).trim();
            let value = if f == Field::Wage {
                let months = form.wage_amounts().rows.as_ref().map_or(1, Vec::len);
                if months > 1 {
                    format!("{}（逐月填写 {months} 个月，取平均）", yuan(a.wages.before))
                } else {
                    format!("{}（受伤前12个月的平均月缴费工资）", yuan(a.wages.before))
                }
            } else if text.is_empty() {
                "未填".to_string()
            } else {
                f.choices()
                    .iter()
                    .find(|(key, _)| *key == text)
                    .map_or_else(|| text.to_string(), |(_, label)| label.to_string())
            };
            (f.label().to_string(), value)
        })
        .collect();
    let own = if a.wages.bounded {
        format!("{}（已按统筹地区平均工资的上下限调整）", yuan(a.wages.own))
    } else {
        format!(
            "{}（平均工资未填，未按上下限调整，待核实）",
            yuan(a.wages.own)
        )
    };
    lines.push(("本人工资（计算各项待遇用）".into(), own));
    lines.push(("计算日期（按哪一天的政策）".into(), day.chinese()));
    lines.push(("政策数据版本".into(), DATA_VERSION.to_string()));
    lines
}

/// Page 1 of the printout: what it was worked out from, every item (a figure, a range, as
/// billed, or its formula) with its payer, the totals, the next step.
fn printout(a: &Assessment, day: Date, link: String, inputs: Vec<(String, String)>) -> Html {
    let mut lines: Vec<(String, String)> = a
        .lines
        .iter()
        .map(|l| {
            (
                format!("{}（{}）", l.name, l.payer.label()),
                format!(
                    "{}，{}",
                    printed(price_text(&l.price), l.unverified),
                    owed_text(l)
                ),
            )
        })
        .collect();
    let c = &a.columns;
    for (name, t) in [
        ("已参保：基金支付", &c.fund),
        ("已参保：单位支付", &c.unit),
        ("未参保：单位全部支付", &c.uninsured),
    ] {
        let sum = |s: Sum| printed(money(s.span), s.unverified);
        lines.push((
            name.into(),
            format!("一次性 {}；每月 {}", sum(t.once), sum(t.monthly)),
        ));
    }
    let next = match a.insured {
        Insured::No => "单位未参保的，各项待遇由单位支付；单位不支付的，工伤职工或近亲属可以申请工伤保险基金先行支付应由基金支付的项目。",
        _ => "带上工伤认定决定书、劳动能力鉴定结论（或死亡证明）等材料，向常州市社会保险经办机构申领；单位支付的项目由单位支付。",
    };
    html! {
        <PrintSummary title="工伤保险待遇测算结果" day={day} verdict="以下为按填写内容的估算，实际金额以社会保险经办机构核定为准。"
            inputs={inputs} lines={lines} documents={Vec::new()} next={next} link={link} />
    }
}
