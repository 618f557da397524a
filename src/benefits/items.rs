//! Every item a work injury can cost, with its price (an amount, a range, a formula
//! or "as billed"), how it is paid, who pays it and the article that says so.
//!
//! Dates: the statutory figures, 本人工资 and the death grant are read on the injury
//! (or death) date; the two Jiangsu lump sums and the near-retirement cut on the
//! as-of date, taken as the day the employment ends.

use super::totals::{self, Columns, Span};
use super::wage::{self, Wages};
use super::{Case, Ends, Field, Harm, Insured, Nursing};
use crate::date::{Date, YearMonth};
use crate::format::{number, percent, round_fen, yuan};
use crate::policy::*;
use crate::retirement::{retirement, Category};
use crate::working::{apply_percent, Basis, Note, Step};
use rust_decimal::Decimal;

/// How the amounts are rounded, shown with the result.
pub const ROUNDING_RULE: &str = "每项金额四舍五入到分（中间结果不取整），合计为各项相加。";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Payer {
    Fund,
    Unit,
}

impl Payer {
    pub fn label(self) -> &'static str {
        match self {
            Payer::Fund => "工伤保险基金",
            Payer::Unit => "用人单位",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    Once,
    /// Every month from the start, for as long as the condition lasts.
    Monthly,
    /// Monthly for a known number of months; the price is the whole run.
    Months(u32),
    /// Paid against the bills.
    AsBilled,
}

impl Per {
    pub fn label(self) -> String {
        match self {
            Per::Once => "一次性".into(),
            Per::Monthly => "按月".into(),
            Per::Months(n) => format!("按月，共 {n} 个月"),
            Per::AsBilled => "据实支付".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Price {
    /// In yuan, each end rounded to the fen.
    Amount(Span),
    /// Not priced: what is missing, with the formula.
    Formula(String),
    /// Paid as billed, within the catalogues.
    AsBilled,
    /// The standard is set locally and not known to us: where to ask.
    Local(&'static str),
}

/// One item of the result.
#[derive(Clone, Debug)]
pub struct Line {
    pub name: &'static str,
    pub price: Price,
    pub per: Per,
    pub payer: Payer,
    /// Owed only in this case, e.g. 解除或终止劳动关系时: the totals count it in their upper end.
    pub when: Option<&'static str>,
    /// How the amount is worked out, in words.
    pub formula: String,
    pub cites: Vec<Citation>,
    /// Rests on a figure or reading we could not confirm.
    pub unverified: bool,
}

impl Line {
    fn new(
        name: &'static str,
        payer: Payer,
        per: Per,
        price: Price,
        formula: impl Into<String>,
    ) -> Line {
        Line {
            name,
            price,
            per,
            payer,
            when: None,
            formula: formula.into(),
            cites: Vec::new(),
            unverified: false,
        }
    }
    fn cite(mut self, cites: impl IntoIterator<Item = Citation>) -> Line {
        self.cites.extend(cites);
        self
    }
    fn when(mut self, case: Option<&'static str>) -> Line {
        self.when = case;
        self
    }
    fn unverified(mut self, unverified: bool) -> Line {
        self.unverified = unverified;
        self
    }
}

/// What a case costs, on the as-of date.
#[derive(Clone, Debug)]
pub struct Assessment {
    pub day: Date,
    pub insured: Insured,
    pub wages: Wages,
    pub lines: Vec<Line>,
    pub steps: Vec<Step>,
    pub notes: Vec<Note>,
    pub columns: Columns,
}

fn amount(span: Span) -> Price {
    Price::Amount(Span::new(round_fen(span.low), round_fen(span.high)))
}

/// `40%`, or `30% 至 50%` for a range.
fn percent_span(span: Span) -> String {
    if span.is_exact() {
        percent(span.low)
    } else {
        format!("{} 至 {}", percent(span.low), percent(span.high))
    }
}

/// A span of percentages as factors.
fn hundredth(span: Span) -> Span {
    Span::new(
        span.low / Decimal::ONE_HUNDRED,
        span.high / Decimal::ONE_HUNDRED,
    )
}

fn art(article: &'static str) -> Citation {
    cite(&SRC_REGULATION, article)
}

/// The `N` figures a list parameter must hold, or a data-slip error.
fn fixed_list<const N: usize>(
    param: &'static Param,
    day: Date,
) -> Result<([Decimal; N], InForce<DatedValue>), PolicyError> {
    let (list, basis) = param.list(day)?;
    let figures: [Decimal; N] = list.try_into().map_err(|_| PolicyError::WrongKind {
        param: param.label,
        day,
    })?;
    Ok((figures, basis))
}

/// A multiple of the pooling area's average wage: priced when the user gave the
/// average, else the formula.
fn of_average(case: &Case, factor: Span, factor_text: &str) -> (Price, String) {
    match case.avg_wage {
        Some(avg) => (
            amount(Span::exact(avg).times(factor)),
            format!("统筹地区上年度职工月平均工资 {} × {factor_text}", yuan(avg)),
        ),
        None => {
            let formula = format!("统筹地区上年度职工月平均工资 × {factor_text}");
            (
                Price::Formula(format!("{formula}（填写平均工资后计算）")),
                formula,
            )
        }
    }
}

pub fn assess(day: Date, case: &Case) -> Result<Assessment, PolicyError> {
    let mut a = Assessment {
        day,
        insured: case.insured,
        wages: Wages {
            before: Decimal::ZERO,
            own: Decimal::ZERO,
        },
        lines: Vec::new(),
        steps: Vec::new(),
        notes: Vec::new(),
        columns: Columns::default(),
    };
    a.wages = wage::wages(case, &mut a.steps, &mut a.notes)?;
    let at = case.injury_date;
    a.lines.push(
        Line::new(
            "工伤医疗费和康复费",
            Payer::Fund,
            Per::AsBilled,
            Price::AsBilled,
            "符合工伤保险诊疗项目目录、药品目录和住院服务标准的费用",
        )
        .cite([art("第三十条")]),
    );
    for (param, name) in [
        (&HOSPITAL_MEAL_ALLOWANCE, "住院伙食补助费"),
        (&OUT_OF_AREA_TRAVEL, "到统筹地区以外就医的交通、食宿费"),
    ] {
        a.lines.push(local_standard(param, name, at, &mut a.steps)?);
    }
    leave(case, &mut a)?;
    match case.harm {
        Harm::Treatment => a.notes.push(Note::new(
            "伤情相对稳定后申请劳动能力鉴定；评定伤残等级后，停发停工留薪期待遇，改按伤残等级享受待遇，可回到本页选择“已评定伤残等级”测算。",
        )),
        Harm::Disability(grade) => disability(case, grade, &mut a)?,
        Harm::Death => death(case, &mut a)?,
    }
    match case.insured {
        Insured::No => a.notes.push(Note::new(
            "单位应参加工伤保险而未参加（或欠缴）期间发生的工伤，上面各项都由单位按同样的标准支付（条例第六十二条）。单位补缴保费和滞纳金后新发生的费用，由工伤保险基金和单位按规定分别支付。单位不支付的，可以申请工伤保险基金先行支付应由基金支付的项目。",
        )),
        Insured::Unsure => a.notes.push(Note::new(
            "请先查明单位在受伤当天是否已参保并缴费：已参保的，基金支付的项目由基金支付；未参保或欠费的，全部由单位支付。",
        )),
        Insured::Yes => {}
    }
    a.columns = totals::columns(&a.lines);
    Ok(a)
}

/// An item whose standard the pooling area sets: its figure if the data has one, else where to ask.
fn local_standard(
    param: &'static Param,
    name: &'static str,
    day: Date,
    steps: &mut Vec<Step>,
) -> Result<Line, PolicyError> {
    let v = param.at(day)?;
    let price = match v.value {
        Value::Unknown { guidance, .. } => Price::Local(guidance),
        Value::Number(n) => Price::Formula(format!("{} {}", number(n), param.unit)),
        _ => {
            return Err(PolicyError::WrongKind {
                param: param.label,
                day,
            })
        }
    };
    steps.push(Step::new(param.label, "见依据", Basis::Param(param, v)));
    Ok(Line::new(
        name,
        Payer::Fund,
        Per::AsBilled,
        price,
        "标准由统筹地区人民政府规定",
    )
    .cite([art("第三十条")]))
}

/// 停工留薪期: the wage before the injury, paid on by the unit, month by month.
fn leave(case: &Case, a: &mut Assessment) -> Result<(), PolicyError> {
    if case.harm == Harm::Death && case.leave_months.is_none() {
        return Ok(());
    }
    let ([normal, extra], basis) = fixed_list(&LEAVE_MONTHS_MAX, case.injury_date)?;
    a.steps.push(Step::new(
        "停工留薪期",
        format!(
            "一般不超过 {} 个月，经确认可再延长不超过 {} 个月",
            number(normal),
            number(extra)
        ),
        Basis::Param(&LEAVE_MONTHS_MAX, basis),
    ));
    let before = a.wages.before;
    let (price, per, formula) = match case.leave_months {
        Some(n) => {
            if Decimal::from(n) > normal {
                a.notes.push(Note::new(format!(
                    "停工留薪期超过 {} 个月的，须经设区的市级劳动能力鉴定委员会确认。",
                    number(normal)
                )));
            }
            (
                amount(Span::exact(before * Decimal::from(n))),
                Per::Months(n),
                format!("受伤前月工资 {} × {n} 个月", yuan(before)),
            )
        }
        None => (
            Price::Formula(format!("每月 {}，乘以停工留薪期的月数", yuan(before))),
            Per::Monthly,
            format!("受伤前月工资 {} × 停工留薪期月数", yuan(before)),
        ),
    };
    a.lines.push(
        Line::new("停工留薪期工资福利", Payer::Unit, per, price, formula)
            .cite([art("第三十三条"), cite(&SRC_JS_2015_MEASURES, "第二十五条")]),
    );
    a.notes.push(Note::new(
        "停工留薪期内原工资福利待遇不变，由单位按月支付；本工具按受伤前的月缴费工资估算。生活不能自理的，停工留薪期内的护理由单位负责。",
    ));
    Ok(())
}

fn disability(case: &Case, grade: u8, a: &mut Assessment) -> Result<(), PolicyError> {
    let at = case.injury_date;
    let i = usize::from(grade.clamp(1, 10) - 1);
    let grade_name = Field::Grade.choices()[i].1;
    let article = match grade {
        1..=4 => "第三十五条",
        5 | 6 => "第三十六条",
        _ => "第三十七条",
    };
    let own = a.wages.own;
    let (months, basis) = DISABILITY_GRANT_MONTHS.item(at, i)?;
    a.steps.push(Step::new(
        format!("一次性伤残补助金（{grade_name}）"),
        format!("{} 个月的本人工资", number(months)),
        Basis::Param(&DISABILITY_GRANT_MONTHS, basis),
    ));
    a.lines.push(
        Line::new(
            "一次性伤残补助金",
            Payer::Fund,
            Per::Once,
            amount(Span::exact(own * months)),
            format!("本人工资 {} × {} 个月", yuan(own), number(months)),
        )
        .cite([art(article)]),
    );
    if grade <= 6 {
        allowance(case, grade, i, article, a)?;
    } else {
        a.notes.push(Note::new(
            "七级至十级伤残职工一般继续工作，按工作领取工资。",
        ));
    }
    nursing(case, a)?;
    a.lines.push(
        Line::new(
            "辅助器具费",
            Payer::Fund,
            Per::AsBilled,
            Price::AsBilled,
            "经劳动能力鉴定委员会确认需要的假肢、矫形器、轮椅等，按国家规定的标准",
        )
        .cite([art("第三十二条")]),
    );
    a.lines.push(
        Line::new(
            "劳动能力鉴定费",
            Payer::Fund,
            Per::AsBilled,
            Price::AsBilled,
            "",
        )
        .cite([cite(&SRC_SI_LAW, "第三十八条")]),
    );
    if grade >= 5 {
        lump_sums(case, grade, a)?;
    }
    Ok(())
}

/// 伤残津贴: grades 1–4 from the fund; grades 5–6 from the unit when it cannot place the worker.
fn allowance(
    case: &Case,
    grade: u8,
    i: usize,
    article: &'static str,
    a: &mut Assessment,
) -> Result<(), PolicyError> {
    let own = a.wages.own;
    let (pct, basis) = DISABILITY_ALLOWANCE_PERCENT.item(case.injury_date, i)?;
    a.steps.push(Step::new(
        "伤残津贴比例",
        format!("本人工资的 {}", percent(pct)),
        Basis::Param(&DISABILITY_ALLOWANCE_PERCENT, basis),
    ));
    let payer = if grade <= 4 { Payer::Fund } else { Payer::Unit };
    let when = match (grade, case.placed) {
        (1..=4, _) | (_, Some(false)) => None,
        (_, Some(true)) => {
            a.notes.push(Note::new(
                "单位安排了适当工作的，按工作领取工资，不发伤残津贴。",
            ));
            return Ok(());
        }
        (_, None) => Some("单位难以安排工作时"),
    };
    a.lines.push(
        Line::new(
            "伤残津贴",
            payer,
            Per::Monthly,
            amount(Span::exact(apply_percent(own, pct))),
            format!("本人工资 {} × {}", yuan(own), percent(pct)),
        )
        .cite([art(article)])
        .when(when),
    );
    a.notes.push(Note::new(format!(
        "伤残津贴实际金额低于当地最低工资标准的，由{}补足差额（本工具未收录最低工资标准）。",
        payer.label()
    )));
    a.notes.push(Note::new(if grade <= 4 {
        "一级至四级伤残职工保留劳动关系、退出工作岗位；单位和职工以伤残津贴为基数缴纳基本医疗保险费。达到退休年龄并办理退休手续后停发伤残津贴，改领基本养老金，低于伤残津贴的由工伤保险基金补足差额。"
    } else {
        "五级、六级伤残职工保留劳动关系，由单位安排适当工作；难以安排的，单位按月发给伤残津贴，并为其缴纳各项社会保险费。"
    }));
    Ok(())
}

/// 生活护理费: a share of the area's average wage, by the level of care confirmed.
fn nursing(case: &Case, a: &mut Assessment) -> Result<(), PolicyError> {
    let ([full, most, partial], basis) = fixed_list(&NURSING_PERCENT, case.injury_date)?;
    a.steps.push(Step::new(
        "生活护理费比例",
        format!(
            "完全不能自理 {}，大部分不能自理 {}，部分不能自理 {}",
            percent(full),
            percent(most),
            percent(partial)
        ),
        Basis::Param(&NURSING_PERCENT, basis),
    ));
    let (share, when) = match case.nursing {
        Some(Nursing::None) => return Ok(()),
        Some(level) => {
            let pct = [full, most, partial][level.index().unwrap_or(0)];
            (Span::exact(pct), None)
        }
        None => (
            Span::new(partial, full),
            Some("经劳动能力鉴定委员会确认需要生活护理时"),
        ),
    };
    let (price, formula) = of_average(case, hundredth(share), &percent_span(share));
    a.lines.push(
        Line::new("生活护理费", Payer::Fund, Per::Monthly, price, formula)
            .cite([art("第三十四条")])
            .when(when),
    );
    Ok(())
}

/// The Jiangsu lump sums on ending the employment (grades 5–10): the medical grant from
/// the fund, the employment grant from the unit.
fn lump_sums(case: &Case, grade: u8, a: &mut Assessment) -> Result<(), PolicyError> {
    let day = a.day;
    let i = usize::from(grade - 5);
    let grade_name = Field::Grade.choices()[usize::from(grade - 1)].1;
    let (float, float_basis) = LUMP_SUM_LOCAL_FLOAT.number(day)?;
    a.steps.push(Step::new(
        "设区的市可以浮动的幅度",
        format!("省标准上下 {}", percent(float)),
        Basis::Param(&LUMP_SUM_LOCAL_FLOAT, float_basis),
    ));
    let local = LUMP_SUMS_CHANGZHOU.at(day)?;
    let mut standard = |param: &'static Param,
                        typed: Option<Decimal>,
                        field: Field|
     -> Result<Span, PolicyError> {
        let (provincial, basis) = param.item(day, i)?;
        a.steps.push(Step::new(
            format!("{}（{grade_name}）", param.label),
            yuan(provincial),
            Basis::Param(param, basis),
        ));
        Ok(match typed {
            Some(own) => {
                a.steps.push(Step::new(
                    field.label(),
                    yuan(own),
                    Basis::User("您填写的数值"),
                ));
                Span::exact(own)
            }
            None => {
                let range = Span::new(
                    apply_percent(provincial, Decimal::ONE_HUNDRED - float),
                    apply_percent(provincial, Decimal::ONE_HUNDRED + float),
                );
                a.steps.push(Step::new(
                    field.label(),
                    format!(
                        "未收录，按省标准上下浮动：{} 至 {}",
                        yuan(range.low),
                        yuan(range.high)
                    ),
                    Basis::Param(&LUMP_SUMS_CHANGZHOU, local),
                ));
                range
            }
        })
    };
    let medical = standard(
        &MEDICAL_GRANT_JIANGSU,
        case.medical_local,
        Field::MedicalLocal,
    )?;
    let employment = standard(
        &EMPLOYMENT_GRANT_JIANGSU,
        case.employment_local,
        Field::EmploymentLocal,
    )?;
    let share = retirement_share(case, a)?;
    let when = match case.ends {
        None | Some(Ends::No) => Some("解除或终止劳动关系时"),
        Some(_) => None,
    };
    let cut = share.low < Decimal::ONE_HUNDRED;
    let cites = [
        art(if grade <= 6 {
            "第三十六条"
        } else {
            "第三十七条"
        }),
        cite(&SRC_JS_2015_MEASURES, "第二十七条"),
    ];
    let formula = |standard: Span, share: Span| {
        let base = if standard.is_exact() {
            yuan(standard.low)
        } else {
            format!("{} 至 {}", yuan(standard.low), yuan(standard.high))
        };
        if share == Span::exact(Decimal::ONE_HUNDRED) {
            base
        } else {
            format!("{base} × {}", percent_span(share))
        }
    };
    a.lines.push(
        Line::new(
            "一次性工伤医疗补助金",
            Payer::Fund,
            Per::Once,
            amount(medical.times(hundredth(share))),
            formula(medical, share),
        )
        .cite(cites)
        .cite([cite(&SRC_JS_2015_MEASURES, "第二十八条")])
        .when(when)
        .unverified(case.medical_local.is_none() || cut),
    );
    // Whether the near-retirement cut reaches this grant too is unresolved: from the cut to the full amount.
    let employment_share = Span::new(share.low, Decimal::ONE_HUNDRED);
    a.lines.push(
        Line::new(
            "一次性伤残就业补助金",
            Payer::Unit,
            Per::Once,
            amount(employment.times(hundredth(employment_share))),
            formula(employment, employment_share),
        )
        .cite(cites)
        .when(when)
        .unverified(case.employment_local.is_none() || cut),
    );
    if cut {
        a.notes.push(Note::unverified(
            "江苏办法第二十八条的转载只写明一次性工伤医疗补助金按比例减发（达到法定退休年龄的不支付）；一次性伤残就业补助金是否同样减发未能核实，所以显示从减发后到全额的范围。",
        ));
    }
    if grade <= 6 && matches!(case.ends, Some(Ends::Employer | Ends::Expiry)) {
        a.notes.push(Note::new(
            "五级、六级伤残职工由单位保留劳动关系、安排适当工作；条例规定经职工本人提出，才可以解除或者终止劳动关系。",
        ));
    }
    a.notes.push(Note::new(format!(
        "两项一次性补助金按 {} 解除或终止劳动关系计算；日期不同，适用的标准和距退休年龄的时间可能不同。",
        day.chinese()
    )));
    Ok(())
}

/// The share of the medical grant still paid near retirement (江苏办法第二十八条), in
/// percent: a range over whatever is not known (birth, category, who ends the employment).
fn retirement_share(case: &Case, a: &mut Assessment) -> Result<Span, PolicyError> {
    let day = a.day;
    let ends: &[Ends] = match case.ends {
        Some(e) if e != Ends::No => &[e],
        _ => &[Ends::Worker, Ends::Employer],
    };
    let by_worker = ends.contains(&Ends::Worker);
    let hundred = Decimal::ONE_HUNDRED;
    let Some(birth) = case.birth else {
        a.notes.push(Note::unverified(if by_worker {
            "没有填写出生年月：职工本人提出解除、距法定退休年龄不足5年的，一次性工伤医疗补助金按比例减发，已达到法定退休年龄的不支付，所以显示从零到全额的范围。"
        } else {
            "已达到法定退休年龄或已办理退休手续的，不支付一次性工伤医疗补助金；填写出生年月可以核对。"
        }));
        return Ok(Span::new(
            if by_worker { Decimal::ZERO } else { hundred },
            hundred,
        ));
    };
    let (shares, basis) = NEAR_RETIREMENT_PERCENT.list(day)?;
    let categories = case.category.map_or(Category::ALL.to_vec(), |c| vec![c]);
    let mut range: Option<Span> = None;
    for category in categories {
        let r = retirement(category, birth, day)?;
        let left = r.month.index() - YearMonth::of(day).index();
        let left_text = if left <= 0 {
            "已达到".to_string()
        } else {
            format!("还有 {} 年 {} 个月", left / 12, left % 12)
        };
        a.steps.push(Step::new(
            format!("法定退休年龄（{}）", category.label()),
            format!("{}，{}；{left_text}", r.age_text(), r.month.chinese()),
            Basis::Param(category.param(), r.basis),
        ));
        for end in ends {
            let share = if left <= 0 {
                Decimal::ZERO
            } else if *end == Ends::Worker {
                usize::try_from(left / 12)
                    .ok()
                    .and_then(|years| shares.get(years).copied())
                    .unwrap_or(hundred)
            } else {
                hundred
            };
            range = Some(match range {
                Some(r) => Span::new(r.low.min(share), r.high.max(share)),
                None => Span::exact(share),
            });
        }
    }
    let range = range.unwrap_or(Span::exact(hundred));
    a.steps.push(Step::new(
        "一次性工伤医疗补助金的支付比例",
        percent_span(range),
        Basis::Param(&NEAR_RETIREMENT_PERCENT, basis),
    ));
    Ok(range)
}

fn death(case: &Case, a: &mut Assessment) -> Result<(), PolicyError> {
    let at = case.injury_date;
    let own = a.wages.own;
    let (months, basis) = FUNERAL_GRANT_MONTHS.number(at)?;
    a.steps.push(Step::new(
        "丧葬补助金",
        format!("{} 个月的统筹地区上年度职工月平均工资", number(months)),
        Basis::Param(&FUNERAL_GRANT_MONTHS, basis),
    ));
    let (price, formula) = of_average(
        case,
        Span::exact(months),
        &format!("{} 个月", number(months)),
    );
    a.lines.push(
        Line::new("丧葬补助金", Payer::Fund, Per::Once, price, formula).cite([art("第三十九条")]),
    );

    let ([spouse_pct, other_pct, lone_pct], basis) = fixed_list(&DEPENDANT_PERCENT, at)?;
    a.steps.push(Step::new(
        "供养亲属抚恤金比例",
        format!(
            "配偶 {}，其他亲属每人 {}，孤寡老人或孤儿每人另加 {}；合计不超过生前工资",
            percent(spouse_pct),
            percent(other_pct),
            percent(lone_pct)
        ),
        Basis::Param(&DEPENDANT_PERCENT, basis),
    ));
    let count = |n: Option<u32>| Decimal::from(n.unwrap_or(0));
    let spouse = |yes: bool| if yes { spouse_pct } else { Decimal::ZERO };
    let low = spouse(case.spouse == Some(true))
        + other_pct * count(case.dependants)
        + lone_pct * count(case.lone);
    // Without the number of other dependants, the most is the cap itself.
    let high = case.dependants.map(|n| {
        let with_spouse = u32::from(case.spouse != Some(false));
        let lone = case.lone.unwrap_or(n + with_spouse);
        spouse(case.spouse != Some(false))
            + other_pct * Decimal::from(n)
            + lone_pct * Decimal::from(lone)
    });
    let capped = |pct: Decimal| apply_percent(own, pct).min(own);
    let pension = Span::new(capped(low), high.map_or(own, capped));
    a.lines.push(
        Line::new(
            "供养亲属抚恤金",
            Payer::Fund,
            Per::Monthly,
            amount(pension),
            format!(
                "本人工资 {} × {}，合计不超过本人工资",
                yuan(own),
                percent_span(Span::new(low, high.unwrap_or(Decimal::ONE_HUNDRED)))
            ),
        )
        .cite([art("第三十九条")])
        .unverified(!pension.is_exact()),
    );
    a.notes.push(Note::unverified(
        "供养亲属是由因工死亡职工生前提供主要生活来源、无劳动能力的亲属，具体范围由国务院社会保险行政部门规定，以经办机构核定为准；各供养亲属的抚恤金之和不高于职工生前的工资，本工具以本人工资为上限。",
    ));

    let (multiple, multiple_basis) = DEATH_GRANT_MULTIPLE.number(at)?;
    let (income, income_basis) = NATIONAL_URBAN_INCOME.number(at)?;
    a.steps.push(Step::new(
        "一次性工亡补助金倍数",
        format!("{} 倍", number(multiple)),
        Basis::Param(&DEATH_GRANT_MULTIPLE, multiple_basis),
    ));
    a.steps.push(Step::new(
        format!(
            "{} 年死亡适用的上一年度全国城镇居民人均可支配收入",
            at.year()
        ),
        yuan(income),
        Basis::Param(&NATIONAL_URBAN_INCOME, income_basis),
    ));
    a.lines.push(
        Line::new(
            "一次性工亡补助金",
            Payer::Fund,
            Per::Once,
            amount(Span::exact(income * multiple)),
            format!("{} × {} 倍", yuan(income), number(multiple)),
        )
        .cite([art("第三十九条")])
        .unverified(income_basis.carried),
    );
    a.notes.push(Note::new(
        "一级至四级伤残职工在停工留薪期满后死亡的，其近亲属享受丧葬补助金和供养亲属抚恤金，不享受一次性工亡补助金。",
    ));
    Ok(())
}
