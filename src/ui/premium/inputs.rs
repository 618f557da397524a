//! 缴费基数 for each mode, and the optional late-payment inputs.

use super::Ctx;
use crate::calculator::{numeral, Fields};
use crate::date::Date;
use crate::format::number;
use crate::policy::{Param, BASE_CEILING, BASE_FLOOR, PROJECT_TIER_RATE};
use crate::premium::base::open_to_user;
use crate::premium::form::{LateBy, Mode, TotalRow};
use crate::premium::Field;
use crate::ui::fields::{pick_column_of, Choice, ColumnChoice, Radios, TextField};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CtxProps {
    pub ctx: Ctx,
}

#[derive(Properties, PartialEq)]
pub struct BaseProps {
    pub ctx: Ctx,
    pub day: Option<Date>,
}

/// A money field: the same label, hint, suffix and keyboard everywhere.
fn money(ctx: &Ctx, field: Field, label: &'static str, hint: &'static str) -> Html {
    html! {
        <TextField id={field.dom_id()} label={label} hint={hint} suffix="元" inputmode="decimal" width="w-medium"
            value={ctx.text(field)} error={ctx.error(field)} oninput={ctx.on_text(field)} onblur={ctx.on_blur(field)} />
    }
}

fn count(
    ctx: &Ctx,
    field: Field,
    label: &'static str,
    hint: &'static str,
    unit: &'static str,
) -> Html {
    html! {
        <TextField id={field.dom_id()} label={label} hint={hint} suffix={unit} inputmode="numeric" width="w-short"
            value={ctx.text(field)} error={ctx.error(field)} oninput={ctx.on_text(field)} onblur={ctx.on_blur(field)} />
    }
}

/// The employees' wage list: one per row, pasted or typed, with the column question.
fn employees(ctx: &Ctx) -> Html {
    let wages = ctx.form().text(Field::Wages);
    let rows = crate::input::wage_rows(wages);
    // A pasted total row would count as one more person: left out unless the user keeps it.
    let total = ctx.form().suspected_total().map(|(line, amount)| {
        let selected = match ctx.text(Field::TotalRow) {
            t if t.is_empty() => AttrValue::from(TotalRow::Skip.key()),
            t => t,
        };
        html! {
            <Radios name={Field::TotalRow.dom_id()} inline=true selected={selected}
                legend={format!("第 {line} 行的 {} 元等于其他各行之和，像是合计行", number(amount))}
                hint={AttrValue::from("合计行不是一名职工；不计入时，人数和缴费基数都不含这一行")}
                onchange={ctx.on_text(Field::TotalRow)} choices={ctx.choices(Field::TotalRow)} />
        }
    });
    html! {
        <>
            <TextField id={Field::Wages.dom_id()} label="每名职工的月工资（每行一人）" multiline=true
                hint="一般为本人上年度月平均工资。可从表格中复制一列粘贴；只填金额，姓名、身份证号和手机号会被自动去掉"
                value={ctx.text(Field::Wages)} error={ctx.error(Field::Wages)}
                oninput={ctx.on_text(Field::Wages)} onblur={ctx.on_blur(Field::Wages)} />
            <div aria-live="polite">
                if let Some(notice) = &ctx.state.ignored { <p class="warning" id="wages-ignored">{ notice.clone() }</p> }
                <p class="hint">{ format!("已填写 {rows} 行") }</p>
            </div>
            <ColumnChoice text={ctx.text(Field::Wages)} on_choose={pick_column_of(wages, ctx.on_text(Field::Wages))} />
            { for total }
        </>
    }
}

/// Floor and ceiling fields, shown when the data lacks them for the date, carries an
/// earlier year's figure forward or holds a provisional one (the user may type the
/// published one, which then replaces it), or they hold a value.
fn own_limits(ctx: &Ctx, day: Option<Date>) -> Html {
    let outcome = ctx.outcome.as_ref().as_ref();
    let need = |f: Field| outcome.and_then(|o| o.needs(f)).map(|e| e.to_string());
    let carried = |param: &'static Param| {
        day.and_then(|d| param.at(d).ok())
            .filter(open_to_user)
            .map(|v| {
                if v.carried {
                    v.ask.to_string()
                } else {
                    format!(
                        "{}：本工具收录的是暂按的数值（待核实）。已知经办机构或税务部门告知的标准的，请填在下面，计算时以您填写的数值为准。",
                        param.label
                    )
                }
            })
    };
    let field = |f: Field, param: &'static Param| {
        let guidance = need(f).or_else(|| carried(param));
        let show = guidance.is_some() || !ctx.form().text(f).is_empty();
        html! {
            if show {
                if let Some(g) = guidance { <p class="warning">{ g }</p> }
                { money(ctx, f, f.label(), "见单位该期间的社保缴费核定单或经办机构通知") }
            }
        }
    };
    html! {
        <>
            { field(Field::Floor, &BASE_FLOOR) }
            { field(Field::Ceiling, &BASE_CEILING) }
        </>
    }
}

#[component]
pub fn BaseInputs(p: &BaseProps) -> Html {
    let ctx = &p.ctx;
    let form = ctx.form();
    let body = match form.mode() {
        Mode::Payroll => {
            html! {
                <>
                    { money(ctx, Field::Payroll, Field::Payroll.label(), "单位直接支付给全部职工的劳动报酬总额，可写 12,000,000、1200万 等") }
                    <Radios name={Field::Period.dom_id()} legend="上面填的是" inline=true
                        selected={ctx.text(Field::Period)} onchange={ctx.on_text(Field::Period)}
                        choices={ctx.choices(Field::Period)} />
                    { count(ctx, Field::Headcount, "职工人数（可选）", "填写后，会把人均月工资与缴费工资基数下限、上限比较", "人") }
                </>
            }
        }
        Mode::Employees => html! {
            <>
                { employees(ctx) }
                { own_limits(ctx, p.day) }
            </>
        },
        Mode::Workforce => {
            html! {
                <>
                    <h3>{ "职工（逐人）" }</h3>
                    { employees(ctx) }
                    <h3>{ "实习生（可选）" }</h3>
                    { count(ctx, Field::InternCount, Field::InternCount.label(), "技工院校、职业院校统一安排的实习生", "人") }
                    { money(ctx, Field::InternPay, Field::InternPay.label(), "按实习协议约定的月报酬") }
                    { count(ctx, Field::InternMonths, Field::InternMonths.label(), "按月填写，例如 6；按实习期一次性缴纳", "月") }
                    <h3>{ "超龄人员（可选）" }</h3>
                    { count(ctx, Field::OverageCount, Field::OverageCount.label(), "超过法定退休年龄、未领取养老金的人员", "人") }
                    { money(ctx, Field::OveragePay, Field::OveragePay.label(), "实际月工资") }
                    <h3>{ "劳务派遣人员（可选）" }</h3>
                    { count(ctx, Field::DispatchCount, Field::DispatchCount.label(), "派遣单位派到本单位工作的人员", "人") }
                    { money(ctx, Field::DispatchPay, Field::DispatchPay.label(), "实际月工资") }
                    <Radios name={Field::DispatchPayer.dom_id()} legend={Field::DispatchPayer.label()}
                        selected={ctx.text(Field::DispatchPayer)} onchange={ctx.on_text(Field::DispatchPayer)}
                        choices={ctx.choices(Field::DispatchPayer)} />
                    { own_limits(ctx, p.day) }
                </>
            }
        }
        Mode::Project => {
            let rates = p
                .day
                .and_then(|d| PROJECT_TIER_RATE.list(d).ok())
                .map(|(r, _)| r);
            // Each tier with its rate on the day, beside the choice of the same number.
            let mut tiers: Vec<Choice> = Field::Tier
                .choices()
                .iter()
                .zip(1..)
                .map(|(c, n): (_, usize)| {
                    let mut choice = Choice::from(c);
                    choice.hint = rates
                        .and_then(|r| r.get(n - 1))
                        .map(|r| AttrValue::from(format!("{}‰", number(*r))));
                    choice
                })
                .collect();
            tiers.push(Choice::hinted(
                "",
                "不确定",
                format!("显示全部{}档的金额", numeral(tiers.len())),
            ));
            let need = ctx
                .outcome
                .as_ref()
                .as_ref()
                .and_then(|o| o.needs(Field::ProjectRate))
                .map(|e| e.to_string());
            html! {
                <>
                    { money(ctx, Field::Price, "工程总造价（施工合同总价）", "按参保项目或标段的施工合同总价填写，例如 5000万") }
                    <Radios name={Field::Tier.dom_id()} legend={Field::Tier.label()} inline=true
                        hint="常州执行的档次未核实：请看项目参保核定通知；不清楚的选“不确定”"
                        selected={ctx.text(Field::Tier)} onchange={ctx.on_text(Field::Tier)} choices={tiers} />
                    if need.is_some() || !form.text(Field::ProjectRate).is_empty() {
                        if let Some(g) = need { <p class="warning">{ g }</p> }
                        <TextField id={Field::ProjectRate.dom_id()} label="项目费率（核定通知上的千分比）" suffix="‰" inputmode="decimal" width="w-short"
                            hint="例如 1.5" value={ctx.text(Field::ProjectRate)} error={ctx.error(Field::ProjectRate)}
                            oninput={ctx.on_text(Field::ProjectRate)} onblur={ctx.on_blur(Field::ProjectRate)} />
                    }
                </>
            }
        }
        Mode::Intern => html! {
            <>
                { money(ctx, Field::Pay, "每月实习报酬", "按实习协议约定的月报酬填写") }
                { count(ctx, Field::Months, "实习协议期限", "按月填写，例如 6", "月") }
                { own_limits(ctx, p.day) }
            </>
        },
        Mode::Overage => html! {
            <>
                { money(ctx, Field::Pay, "每月实际工资", "超过法定退休年龄、未领取养老金人员的实际月工资") }
                { count(ctx, Field::Months, "测算月数", "不填按 12 个月计算", "月") }
                { own_limits(ctx, p.day) }
            </>
        },
    };
    html! {
        <section class="section">
            <h2>{ if form.mode().uses_rate() { "3. 缴费基数" } else { "2. 工程信息" } }</h2>
            { body }
        </section>
    }
}

#[component]
pub fn LateInputs(p: &CtxProps) -> Html {
    let ctx = &p.ctx;
    let form = ctx.form();
    let by = form.late_by();
    let open = Field::LATE.iter().any(|f| !form.text(*f).is_empty());
    let body = match by {
        LateBy::Amount => html! {
            <>
                { money(ctx, Field::Arrears, Field::Arrears.label(), "未按时足额缴纳的工伤保险费") }
                { count(ctx, Field::Days, Field::Days.label(), "自应缴之日起到缴清之日的天数", "天") }
            </>
        },
        LateBy::Months => html! {
            <>
                <TextField id={Field::OwedFrom.dom_id()} label={Field::OwedFrom.label()} inputmode="numeric" width="w-medium"
                    hint="例如 2025-03；未参保的，从应当参保的月份算起"
                    value={ctx.text(Field::OwedFrom)} error={ctx.error(Field::OwedFrom)}
                    oninput={ctx.on_text(Field::OwedFrom)} onblur={ctx.on_blur(Field::OwedFrom)} />
                { count(ctx, Field::OwedMonths, Field::OwedMonths.label(), "连续欠缴的月数，最后一个月不晚于计算日期所在的月份", "月") }
                <TextField id={Field::FirstDue.dom_id()} label={Field::FirstDue.label()} inputmode="numeric" width="w-medium"
                    hint="可选。见税务部门的缴费通知或电子税务局的欠费记录，例如 2025-03-15；不清楚的留空，滞纳金按区间估算"
                    value={ctx.text(Field::FirstDue)} error={ctx.error(Field::FirstDue)}
                    oninput={ctx.on_text(Field::FirstDue)} onblur={ctx.on_blur(Field::FirstDue)} />
                <p class="hint">{ "各月保费按上面的测算方式和各月当时的费率、缴费基数上下限逐月计算；滞纳金算到“按哪一天的政策计算”的日期，即按这一天缴清。" }</p>
            </>
        },
    };
    html! {
        <section class="section">
            <details class="helper" open={open}>
                <summary>{ "欠缴保费或没有参保？测算补缴、滞纳金和罚款（可选）" }</summary>
                <Radios name={Field::LateBy.dom_id()} legend={Field::LateBy.label()} selected={by.key()}
                    onchange={ctx.on_text(Field::LateBy)} choices={ctx.choices(Field::LateBy)} />
                { body }
            </details>
        </section>
    }
}
