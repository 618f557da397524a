//! 测算结果: the amounts, the working line by line with each figure's basis, and the printout.

use super::Ctx;
use crate::calculator::{numeral, Fields};
use crate::date::Date;
use crate::format::{number, yuan, yuan_range};
use crate::policy::{Industry, DATA_VERSION};
use crate::premium::back_pay::BackPay;
use crate::premium::base::{Adjustment, Roster};
use crate::premium::estimate::{Amounts, Estimate, Period, ROUNDING_RULE};
use crate::premium::form::{LateBy, Mode, PremiumForm, RateSource};
use crate::premium::late::Assessment;
use crate::premium::rate::class_name;
use crate::premium::Field;
use crate::ui::cite::{basis_view, working};
use crate::ui::fields::CheckTag;
use crate::ui::later::use_after_first_paint;
use crate::ui::layout::{computed_as_of, DISCLAIMER};
use crate::ui::print::{PrintDepth, PrintSummary};
use crate::ui::{browser, notices, page_link, AsOf, Route};
use yew::prelude::*;

/// Rows listed in full up to this many; beyond it only the adjusted rows are listed.
const ROSTER_ROWS_SHOWN: usize = 200;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub ctx: Ctx,
    pub day: Option<Date>,
    pub on_restart: Callback<MouseEvent>,
}

#[component]
pub fn ResultView(p: &ResultProps) -> Html {
    let as_of = use_context::<AsOf>();
    let painted = use_after_first_paint();
    let outcome = p.ctx.outcome.as_ref().as_ref();
    let form = p.ctx.form();
    let link = as_of.as_ref().map(|a| {
        browser::full_link(&page_link(
            Route::from_path(crate::premium::PATH),
            a,
            form.to_pairs(),
        ))
    });
    let body = match (p.day, outcome) {
        (None, _) | (_, None) => {
            html! { <p class="warning">{ "“按哪一天的政策计算”的日期有误，请先更正。" }</p> }
        }
        (Some(_), Some(o)) => html! {
            <>
                { for o.blocked.iter().map(|e| html! { <p class="warning" role="alert">{ format!("无法计算：{e}") }</p> }) }
                { for o.needs.iter().map(|(_, e)| html! { <p class="warning">{ format!("{e} 请在上面补填。") }</p> }) }
                if let Some(e) = &o.estimate {
                    { estimate_view(e, painted) }
                } else if o.blocked.is_empty() && o.needs.is_empty() {
                    <p class="hint">{ "填写完上面的必填项后，这里显示测算结果。" }</p>
                }
                if let Some(a) = &o.late { { late_view(a) } }
                if let Some(b) = &o.back_pay { { back_pay_view(b) } }
            </>
        },
    };
    let printout = match (p.day, outcome, &link) {
        (Some(day), Some(o), Some(link))
            if painted && (o.estimate.is_some() || o.late.is_some() || o.back_pay.is_some()) =>
        {
            let mut lines: Vec<(String, String)> = summary(form)
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
            lines.extend(
                o.estimate
                    .iter()
                    .flat_map(|e| amount_lines(&e.amounts, e.unsettled())),
            );
            lines.extend(o.late.iter().flat_map(|a| {
                [
                    ("滞纳金".to_string(), checked_yuan(a.late_fee, false)),
                    (
                        "欠费加滞纳金合计".to_string(),
                        checked_yuan(a.total_due, false),
                    ),
                ]
            }));
            lines.extend(o.back_pay.iter().flat_map(back_pay_lines));
            html! {
                <PrintSummary title="工伤保险费测算结果" day={day} verdict="以下为估算，实际以社会保险经办机构或税务部门核定的为准。"
                    lines={lines} documents={Vec::new()}
                    next="按核定的费率和缴费基数如实申报缴纳；有欠费的，尽快补缴以停止加收滞纳金。" link={link.clone()} />
            }
        }
        _ => html! {},
    };
    html! {
        <section class="result" id="result" tabindex="-1" aria-labelledby="result-title" aria-live="polite">
            <PrintDepth>
            { printout }
            <h2 id="result-title">{ "测算结果" }</h2>
            <dl class="summary-list">
                <div><dt>{ "计算日期" }</dt><dd>{ p.day.map(|d| d.chinese()).unwrap_or_else(|| "日期有误".into()) }</dd></div>
                { for summary(form).into_iter().map(|(k, v)| html! { <div><dt>{ k }</dt><dd>{ v }</dd></div> }) }
            </dl>
            { body }
            <p class="meta">{ format!("{}；政策数据版本 {DATA_VERSION}。", computed_as_of(p.day)) }
                { ROUNDING_RULE }<strong>{ DISCLAIMER }</strong></p>
            </PrintDepth>
            { notices::result_actions(p.on_restart.clone(), link) }
        </section>
    }
}

/// A typed amount as the page formats amounts everywhere (`39,276.54 元`), or as typed
/// when it does not parse (its message shows at the field).
fn money_text(typed: &str) -> String {
    crate::input::parse_money(typed).map_or_else(|_| typed.to_string(), yuan)
}

/// The inputs as a short list, so a printout says what it was computed from.
fn summary(form: &PremiumForm) -> Vec<(&'static str, String)> {
    let text = |field: Field| form.text(field);
    let mut out = vec![("测算方式", form.mode().label().to_string())];
    if form.mode().uses_rate() {
        match form.rate_source() {
            RateSource::Notice => out.push((
                "费率",
                format!(
                    "核定费率 {}",
                    crate::input::parse_percent(text(Field::Rate))
                        .map_or_else(|_| text(Field::Rate).to_string(), crate::format::percent)
                ),
            )),
            RateSource::Industry => {
                if let Some(i) = Industry::by_key(text(Field::Industry)) {
                    out.push(("行业", i.name.to_string()));
                }
                let class = text(Field::Class)
                    .parse::<u8>()
                    .map_or_else(|_| "未选择".to_string(), class_name);
                out.push((
                    "费率",
                    format!("按行业估算：{class}，浮动档次 {}%", text(Field::Grade)),
                ));
            }
        }
    }
    match form.mode() {
        Mode::Payroll => out.push((
            if form.period() == Period::Year {
                "年工资总额"
            } else {
                "月工资总额"
            },
            money_text(text(Field::Payroll)),
        )),
        Mode::Employees => out.push((
            "职工人数",
            format!("{} 人", crate::input::wage_rows(text(Field::Wages))),
        )),
        Mode::Workforce => {
            out.push((
                "逐人填写的职工",
                format!("{} 人", crate::input::wage_rows(text(Field::Wages))),
            ));
            for (label, count) in [
                ("实习生", Field::InternCount),
                ("超龄人员", Field::OverageCount),
                ("劳务派遣人员", Field::DispatchCount),
            ] {
                if !text(count).trim().is_empty() {
                    out.push((label, format!("{} 人", text(count).trim())));
                }
            }
        }
        Mode::Project => {
            out.push(("工程总造价", money_text(text(Field::Price))));
            // The chosen tier by its name; none chosen shows them all.
            let tiers = Field::Tier.choices();
            out.push((
                "项目费率档次",
                tiers.iter().find(|c| c.key == text(Field::Tier)).map_or(
                    format!("不确定（显示{}档）", numeral(tiers.len())),
                    |c| c.label.to_string(),
                ),
            ));
        }
        Mode::Intern | Mode::Overage => {
            out.push(("月工资/报酬", money_text(text(Field::Pay))));
            out.push((
                "月数",
                if text(Field::Months).trim().is_empty() {
                    "12".to_string()
                } else {
                    text(Field::Months).to_string()
                },
            ));
        }
    }
    match form.late_by() {
        LateBy::Amount if !text(Field::Arrears).trim().is_empty() => {
            out.push(("欠缴金额", money_text(text(Field::Arrears))));
            out.push((
                "欠缴天数",
                format!("{} 天", text(Field::Days).trim().trim_end_matches('天')),
            ));
        }
        LateBy::Months if !text(Field::OwedFrom).trim().is_empty() => {
            out.push((
                "欠缴月份",
                format!(
                    "{} 起 {} 个月",
                    text(Field::OwedFrom).trim(),
                    text(Field::OwedMonths).trim().trim_end_matches('月')
                ),
            ));
            out.push((
                "第一个月的缴费截止日",
                match text(Field::FirstDue).trim() {
                    "" => "未填（滞纳金按区间估算）".to_string(),
                    due => due.to_string(),
                },
            ));
        }
        _ => {}
    }
    out
}

/// An amount or a range as on paper: `（待核实）` after it when a figure under it is, or
/// when it is a range (a due date not given, or the disputed cap on a late fee).
fn checked_yuan(
    (low, high): (rust_decimal::Decimal, rust_decimal::Decimal),
    unsettled: bool,
) -> String {
    if unsettled || low != high {
        format!("{}（待核实）", yuan_range(low, high))
    } else {
        yuan(low)
    }
}

/// On screen, the same: a 待核实 tag after an amount or range that needs checking.
fn check_tag((low, high): (rust_decimal::Decimal, rust_decimal::Decimal), unsettled: bool) -> Html {
    html! { if unsettled || low != high { { " " }<CheckTag /> } }
}

/// The amounts for the printout's first page, formatted as on screen.
fn amount_lines(amounts: &Amounts, unsettled: bool) -> Vec<(String, String)> {
    let yuan = |amount| checked_yuan((amount, amount), unsettled);
    match amounts {
        Amounts::Recurring {
            monthly,
            total,
            months,
        } => vec![
            ("每月保费".into(), yuan(*monthly)),
            (format!("{months} 个月合计"), yuan(*total)),
        ],
        Amounts::OneOff { amount, what } => vec![(what.to_string(), yuan(*amount))],
        Amounts::Mixed {
            monthly,
            once,
            year,
        } => vec![
            ("每月保费".into(), yuan(*monthly)),
            ("实习生保费（一次性）".into(), yuan(*once)),
            ("全年合计".into(), yuan(*year)),
        ],
        Amounts::Choices(options) => options
            .iter()
            .map(|o| {
                (
                    format!("{}（{}‰）", o.label, number(o.per_mille)),
                    yuan(o.amount),
                )
            })
            .collect(),
    }
}

/// The headline amounts, each with 待核实 when a figure under them is.
fn headline(amounts: &Amounts, unsettled: bool) -> Html {
    let check = || html! { if unsettled { { " " }<CheckTag /> } };
    match amounts {
        Amounts::Recurring {
            monthly,
            total,
            months,
        } => html! {
            <div class="headline">
                <p><span class="headline-label">{ "每月保费" }</span><span class="headline-amount" id="amount-monthly">{ yuan(*monthly) }</span>{ check() }</p>
                <p><span class="headline-label">{ if *months == 12 { "全年保费（12 个月）".to_string() } else { format!("{months} 个月合计") } }</span>
                    <span class="headline-amount" id="amount-total">{ yuan(*total) }</span>{ check() }</p>
            </div>
        },
        Amounts::Mixed {
            monthly,
            once,
            year,
        } => html! {
            <div class="headline">
                <p><span class="headline-label">{ "每月保费" }</span><span class="headline-amount" id="amount-monthly">{ yuan(*monthly) }</span>{ check() }</p>
                <p><span class="headline-label">{ "实习生保费（按实习期一次性）" }</span><span class="headline-amount" id="amount-oneoff">{ yuan(*once) }</span>{ check() }</p>
                <p><span class="headline-label">{ "全年合计（12 个月加实习生）" }</span><span class="headline-amount" id="amount-total">{ yuan(*year) }</span>{ check() }</p>
            </div>
        },
        Amounts::OneOff { amount, what } => html! {
            <div class="headline">
                <p><span class="headline-label">{ *what }</span><span class="headline-amount" id="amount-oneoff">{ yuan(*amount) }</span>{ check() }</p>
            </div>
        },
        Amounts::Choices(options) => html! {
            <div class="headline">
                <p>{ "常州执行的项目费率档次未核实，各档金额如下（一次性缴纳）：" }<CheckTag /></p>
                <table class="table" id="amount-choices">
                    <thead><tr><th scope="col">{ "档次" }</th><th scope="col">{ "费率" }</th><th scope="col">{ "保费" }</th></tr></thead>
                    <tbody>
                    { for options.iter().map(|o| html! {
                        <tr><th scope="row">{ o.label.clone() }</th><td class="num">{ format!("{}‰", number(o.per_mille)) }</td><td class="num">{ yuan(o.amount) }</td></tr>
                    }) }
                    </tbody>
                </table>
            </div>
        },
    }
}

fn roster_view(r: &Roster) -> Html {
    // Built on click, not on every render: the list may hold 50,000 people.
    let download = {
        let r = r.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download("逐人缴费基数.csv", "text/csv;charset=utf-8", &r.csv())
        })
    };
    let all = r.rows.len() <= ROSTER_ROWS_SHOWN;
    let rows: Vec<(usize, &crate::premium::base::Row)> = r
        .rows
        .iter()
        .enumerate()
        .filter(|(_, row)| all || row.adjustment != Adjustment::Unchanged)
        .take(ROSTER_ROWS_SHOWN)
        .collect();
    html! {
        <details class="roster" open={all}>
            <summary>{ format!("逐人缴费基数：{} 人，{} 人按下限、{} 人按上限，合计 {}", r.rows.len(), r.raised, r.cut, yuan(r.total_base)) }</summary>
            if !all { <p class="hint">{ format!("人数较多，只列出按上下限调整的前 {ROSTER_ROWS_SHOWN} 行；下载的表格含全部人员。") }</p> }
            <p class="no-print"><button type="button" class="button button--secondary" id="download-roster" onclick={download}>{ "下载逐人表（CSV，可用 Excel 打开）" }</button></p>
            <table class="table">
                <thead><tr><th scope="col">{ "行" }</th><th scope="col">{ "月工资" }</th><th scope="col">{ "缴费基数" }</th><th scope="col">{ "说明" }</th></tr></thead>
                <tbody>
                { for rows.iter().map(|(i, row)| html! {
                    <tr class={classes!((row.adjustment != Adjustment::Unchanged).then_some("row--adjusted"))}>
                        <td>{ i + 1 }</td><td class="num">{ yuan(row.wage) }</td><td class="num">{ yuan(row.base) }</td><td>{ row.adjustment.label() }</td>
                    </tr>
                }) }
                </tbody>
            </table>
        </details>
    }
}

fn estimate_view(e: &Estimate, painted: bool) -> Html {
    html! {
        <>
            { headline(&e.amounts, e.unsettled()) }
            <p class="employee-share"><strong>{ "职工个人缴费：" }</strong>{ e.employee_share.value.clone() }</p>
            { basis_view(&e.employee_share.basis) }
            if !e.alternatives.is_empty() {
                <div class="notice">
                    <p>{ "如常州在该期间实施了阶段性降费，实际金额可能为：" }<CheckTag /></p>
                    <ul>{ for e.alternatives.iter().map(|(label, amount)| html! { <li>{ format!("{label}：{}", yuan(*amount)) }</li> }) }</ul>
                </div>
            }
            if painted {
                { working(&e.steps) }
                if let Some(r) = &e.roster { { roster_view(r) } }
                if !e.notes.is_empty() {
                    <h3>{ "说明" }</h3>
                    <ul class="notes">
                    { for e.notes.iter().map(|n| html! { <li>{ n.text.clone() } if n.unverified { { " " }<CheckTag /> }</li> }) }
                    </ul>
                }
            }
        </>
    }
}

fn late_view(a: &Assessment) -> Html {
    html! {
        <div class="late">
            <h3>{ "欠缴保费的后果" }</h3>
            <div class="headline">
                <p><span class="headline-label">{ "滞纳金" }</span><span class="headline-amount" id="amount-late-fee">{ yuan_range(a.late_fee.0, a.late_fee.1) }</span>{ check_tag(a.late_fee, false) }</p>
                <p><span class="headline-label">{ "欠费加滞纳金合计" }</span><span class="headline-amount">{ yuan_range(a.total_due.0, a.total_due.1) }</span>{ check_tag(a.total_due, false) }</p>
            </div>
            { working(&a.steps) }
            <ul class="notes">
                { for a.notes.iter().map(|n| html! { <li>{ n.text.clone() } if n.unverified { { " " }<CheckTag /> }</li> }) }
                <li>{ "逾期仍不缴纳的，由有关行政部门按上表处以罚款；征收机构可以查询存款账户、划拨，或申请法院扣押、查封、拍卖财产（《社会保险法》第六十三条）。" }</li>
                <li>{ "应当参保而未参保期间发生工伤的，由用人单位按《工伤保险条例》规定的标准支付全部费用（《工伤保险条例》第六十二条）。" }</li>
            </ul>
        </div>
    }
}

/// 补缴: the premiums owed, the late fee (a range when the due dates are not known) and the
/// total, then month by month, the working and the notes.
fn back_pay_view(b: &BackPay) -> Html {
    html! {
        <div class="late" id="back-pay">
            <h3>{ "补缴欠缴的保费" }</h3>
            <div class="headline">
                <p><span class="headline-label">{ format!("补缴保费（{} 个月）", b.months.len()) }</span>
                    <span class="headline-amount" id="amount-back-premiums">{ yuan(b.premiums) }</span>{ check_tag((b.premiums, b.premiums), b.unsettled) }</p>
                <p><span class="headline-label">{ "滞纳金" }</span>
                    <span class="headline-amount" id="amount-back-fee">{ yuan_range(b.late_fee.0, b.late_fee.1) }</span>{ check_tag(b.late_fee, b.unsettled) }</p>
                <p><span class="headline-label">{ "补缴合计" }</span>
                    <span class="headline-amount" id="amount-back-total">{ yuan_range(b.total.0, b.total.1) }</span>{ check_tag(b.total, b.unsettled) }</p>
            </div>
            <details class="full-working">
                <summary>{ "逐月明细" }</summary>
                <table class="table stacked" id="back-pay-months">
                    <thead><tr>{ for BACK_PAY_COLUMNS.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                    <tbody>
                    { for b.months.iter().map(|m| {
                        let (due, days) = if m.due.0 == m.due.1 {
                            (m.due.0.chinese(), format!("{} 天", m.days.0))
                        } else {
                            (format!("{} 至 {}", m.due.0.chinese(), m.due.1.chinese()), format!("{}–{} 天", m.days.0, m.days.1))
                        };
                        html! {
                            <tr>
                                <th scope="row" data-label={BACK_PAY_COLUMNS[0]}>{ m.month.chinese() }</th>
                                <td class="num" data-label={BACK_PAY_COLUMNS[1]}>{ yuan(m.premium) }{ check_tag((m.premium, m.premium), m.unsettled) }</td>
                                <td data-label={BACK_PAY_COLUMNS[2]}>{ due }</td>
                                <td class="num" data-label={BACK_PAY_COLUMNS[3]}>{ days }</td>
                                <td class="num" data-label={BACK_PAY_COLUMNS[4]}>{ yuan_range(m.fee.0, m.fee.1) }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                <p class="hint">{ "各月滞纳金未取整，合计后四舍五入到分。" }</p>
            </details>
            { working(&b.steps) }
            <ul class="notes full-working">
            { for b.notes.iter().map(|n| html! { <li>{ n.text.clone() } if n.unverified { { " " }<CheckTag /> }</li> }) }
            </ul>
        </div>
    }
}

/// The month table's columns: each heads its column and, on a phone, labels its cell.
const BACK_PAY_COLUMNS: [&str; 5] = ["月份", "当月保费", "应缴之日", "滞纳天数", "滞纳金"];

/// 补缴 on the printout's first page.
fn back_pay_lines(b: &BackPay) -> [(String, String); 3] {
    [
        (
            format!("补缴保费（{} 个月）", b.months.len()),
            checked_yuan((b.premiums, b.premiums), b.unsettled),
        ),
        ("补缴滞纳金".into(), checked_yuan(b.late_fee, b.unsettled)),
        ("补缴合计".into(), checked_yuan(b.total, b.unsettled)),
    ]
}
