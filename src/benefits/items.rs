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

const fn art(article: &'static str) -> Citation {
    cite(&SRC_REGULATION, article)
}
const MEDICAL: &[Citation] = &[art("第三十条")];
const DEVICES: &[Citation] = &[art("第三十二条")];
const LEAVE: &[Citation] = &[art("第三十三条"), cite(&SRC_JS_2015_MEASURES, "第二十五条")];
const NURSING: &[Citation] = &[art("第三十四条")];
const APPRAISAL: &[Citation] = &[cite(&SRC_SI_LAW, "第三十八条")];
const DEATH: &[Citation] = &[art("第三十九条")];
/// The article for each band of grades: 1–4, 5–6, 7–10.
const GRADES: [&[Citation]; 3] = [
    &[art("第三十五条")],
    &[art("第三十六条")],
    &[art("第三十七条")],
];
const LUMP_SUMS: [&[Citation]; 2] = [
    &[
        art("第三十六条"),
        cite(&SRC_JS_2015_MEASURES, "第二十七条"),
        cite(&SRC_JS_2015_MEASURES, "第二十八条"),
    ],
    &[
        art("第三十七条"),
        cite(&SRC_JS_2015_MEASURES, "第二十七条"),
        cite(&SRC_JS_2015_MEASURES, "第二十八条"),
    ],
];
const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

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
    /// Not priced: the formula, and what is missing.
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
    pub cites: &'static [Citation],
    /// Rests on a figure or reading we could not confirm.
    pub unverified: bool,
}

impl Line {
    fn new(
        name: &'static str,
        payer: Payer,
        per: Per,
        price: Price,
        formula: String,
        cites: &'static [Citation],
    ) -> Line {
        Line {
            name,
            price,
            per,
            payer,
            when: None,
            formula,
            cites,
            unverified: false,
        }
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

impl Assessment {
    fn note(&mut self, text: &str) {
        self.notes.push(Note::new(text));
    }
    fn doubt(&mut self, text: &str) {
        self.notes.push(Note::unverified(text));
    }
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
    Span::new(span.low / HUNDRED, span.high / HUNDRED)
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
        None => (
            Price::Formula(format!(
                "统筹地区上年度职工月平均工资 × {factor_text}（填写平均工资后计算）"
            )),
            String::new(),
        ),
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
    a.lines.push(Line::new(
        "工伤医疗费和康复费",
        Payer::Fund,
        Per::AsBilled,
        Price::AsBilled,
        "符合工伤保险诊疗项目目录、药品目录和住院服务标准的".into(),
        MEDICAL,
    ));
    for (param, name) in [
        (&HOSPITAL_MEAL_ALLOWANCE, "住院伙食补助费"),
        (&OUT_OF_AREA_TRAVEL, "到统筹地区以外就医的交通、食宿费"),
    ] {
        let v = param.at(at)?;
        let price = match v.value {
            Value::Unknown { guidance, .. } => Price::Local(guidance),
            _ => Price::Formula(crate::working::value_text(param, &v)),
        };
        a.steps.push(Step::param(param, v));
        a.lines.push(Line::new(
            name,
            Payer::Fund,
            Per::AsBilled,
            price,
            String::new(),
            MEDICAL,
        ));
    }
    leave(case, &mut a)?;
    match case.harm {
        Harm::Treatment => a.note("伤情相对稳定后申请劳动能力鉴定；评定伤残等级后停发停工留薪期待遇，改按伤残等级享受待遇。"),
        Harm::Disability(grade) => disability(case, grade, &mut a)?,
        Harm::Death => death(case, &mut a)?,
    }
    match case.insured {
        Insured::No => a.note("应参保而未参保（或欠缴）期间发生的工伤，各项都由单位按同样标准支付（条例第六十二条）；补缴保费和滞纳金后新发生的费用，由基金和单位分别支付。单位不支付的，可以申请基金先行支付应由基金支付的项目。"),
        Insured::Unsure => a.note("请先查明单位在受伤当天是否已参保缴费：已参保的，基金项目由基金支付；未参保或欠费的，全部由单位支付。"),
        Insured::Yes => {}
    }
    a.columns = totals::columns(&a.lines);
    Ok(a)
}

/// 停工留薪期: the wage before the injury, paid on by the unit, month by month.
fn leave(case: &Case, a: &mut Assessment) -> Result<(), PolicyError> {
    if case.harm == Harm::Death && case.leave_months.is_none() {
        return Ok(());
    }
    let ([normal, _], basis) = fixed_list(&LEAVE_MONTHS_MAX, case.injury_date)?;
    a.steps.push(Step::param(&LEAVE_MONTHS_MAX, basis));
    let before = yuan(a.wages.before);
    let (price, per, formula) = match case.leave_months {
        Some(n) => {
            if Decimal::from(n) > normal {
                a.note(&format!(
                    "停工留薪期超过 {} 个月的，须经设区的市级劳动能力鉴定委员会确认。",
                    number(normal)
                ));
            }
            (
                amount(Span::exact(a.wages.before * Decimal::from(n))),
                Per::Months(n),
                format!("受伤前月工资 {before} × {n} 个月"),
            )
        }
        None => (
            Price::Formula(format!("每月 {before} × 停工留薪期月数")),
            Per::Monthly,
            String::new(),
        ),
    };
    a.lines.push(Line::new(
        "停工留薪期工资福利",
        Payer::Unit,
        per,
        price,
        formula,
        LEAVE,
    ));
    a.note("停工留薪期内原工资福利待遇不变，由单位按月支付（本工具按受伤前的月缴费工资估算）；生活不能自理的，这期间的护理由单位负责。");
    Ok(())
}

fn disability(case: &Case, grade: u8, a: &mut Assessment) -> Result<(), PolicyError> {
    let at = case.injury_date;
    let i = usize::from(grade.clamp(1, 10) - 1);
    let band = match grade {
        1..=4 => 0,
        5 | 6 => 1,
        _ => 2,
    };
    let own = a.wages.own;
    let grade_name = Field::Grade.choices()[i].1;
    let (months, basis) = DISABILITY_GRANT_MONTHS.item(at, i)?;
    a.steps.push(Step::entry(
        &DISABILITY_GRANT_MONTHS,
        basis,
        months,
        grade_name,
    ));
    a.lines.push(Line::new(
        "一次性伤残补助金",
        Payer::Fund,
        Per::Once,
        amount(Span::exact(own * months)),
        format!("本人工资 {} × {} 个月", yuan(own), number(months)),
        GRADES[band],
    ));
    if band < 2 {
        let (pct, basis) = DISABILITY_ALLOWANCE_PERCENT.item(at, i)?;
        a.steps
            .push(Step::param(&DISABILITY_ALLOWANCE_PERCENT, basis));
        let mut line = Line::new(
            "伤残津贴",
            if band == 0 { Payer::Fund } else { Payer::Unit },
            Per::Monthly,
            amount(Span::exact(apply_percent(own, pct))),
            format!("本人工资 {} × {}", yuan(own), percent(pct)),
            GRADES[band],
        );
        if band == 0 {
            a.note("一至四级保留劳动关系、退出工作岗位，伤残津贴由基金支付；单位和职工以伤残津贴为基数缴纳基本医疗保险费；办理退休后改领基本养老金，低于伤残津贴的由基金补足。");
        } else {
            a.note("五级、六级保留劳动关系，由单位安排适当工作；难以安排的，单位按月发给伤残津贴并缴纳各项社会保险费。");
        }
        a.note("伤残津贴低于当地最低工资标准的补足差额（本工具未收录最低工资标准）。");
        match (band, case.placed) {
            (1, Some(true)) => {}
            (1, None) => {
                line.when = Some("单位难以安排工作时");
                a.lines.push(line);
            }
            _ => a.lines.push(line),
        }
    }
    nursing(case, a)?;
    a.lines.push(Line::new(
        "辅助器具费",
        Payer::Fund,
        Per::AsBilled,
        Price::AsBilled,
        "经劳动能力鉴定委员会确认需要的，按国家规定的标准".into(),
        DEVICES,
    ));
    a.lines.push(Line::new(
        "劳动能力鉴定费",
        Payer::Fund,
        Per::AsBilled,
        Price::AsBilled,
        String::new(),
        APPRAISAL,
    ));
    if grade >= 5 {
        lump_sums(case, grade, a)?;
    }
    Ok(())
}

/// 生活护理费: a share of the area's average wage, by the level of care confirmed.
fn nursing(case: &Case, a: &mut Assessment) -> Result<(), PolicyError> {
    let (levels, basis) = fixed_list::<3>(&NURSING_PERCENT, case.injury_date)?;
    a.steps.push(Step::param(&NURSING_PERCENT, basis));
    let (share, when) = match case.nursing.map(Nursing::index) {
        Some(None) => return Ok(()),
        Some(Some(level)) => (Span::exact(levels[level]), None),
        None => (
            Span::new(levels[2], levels[0]),
            Some("经劳动能力鉴定委员会确认需要生活护理时"),
        ),
    };
    let (price, formula) = of_average(case, hundredth(share), &percent_span(share));
    let mut line = Line::new(
        "生活护理费",
        Payer::Fund,
        Per::Monthly,
        price,
        formula,
        NURSING,
    );
    line.when = when;
    a.lines.push(line);
    Ok(())
}

/// The Jiangsu lump sums on ending the employment (grades 5–10): the medical grant from
/// the fund, the employment grant from the unit.
fn lump_sums(case: &Case, grade: u8, a: &mut Assessment) -> Result<(), PolicyError> {
    let day = a.day;
    let i = usize::from(grade - 5);
    let grade_name = Field::Grade.choices()[usize::from(grade - 1)].1;
    let (float, float_basis) = LUMP_SUM_LOCAL_FLOAT.number(day)?;
    a.steps
        .push(Step::param(&LUMP_SUM_LOCAL_FLOAT, float_basis));
    // Changzhou's figure if typed, else the provincial one floated either way.
    let mut standard = |param: &'static Param,
                        typed: Option<Decimal>,
                        field: Field|
     -> Result<Span, PolicyError> {
        let (provincial, basis) = param.item(day, i)?;
        a.steps
            .push(Step::entry(param, basis, provincial, grade_name));
        if let Some(own) = typed {
            a.steps.push(Step::new(
                field.label(),
                yuan(own),
                Basis::User("您填写的数值"),
            ));
        }
        Ok(typed.map_or(
            Span::new(
                apply_percent(provincial, HUNDRED - float),
                apply_percent(provincial, HUNDRED + float),
            ),
            Span::exact,
        ))
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
    if case.medical_local.is_none() || case.employment_local.is_none() {
        a.steps.push(Step::param(
            &LUMP_SUMS_CHANGZHOU,
            LUMP_SUMS_CHANGZHOU.at(day)?,
        ));
    }
    let share = retirement_share(case, a)?;
    // Whether the cut reaches the employment grant too is unresolved: from the cut to the full amount.
    let shares = [share, Span::new(share.low, HUNDRED)];
    let cut = share.low < HUNDRED;
    let when = match case.ends {
        None | Some(Ends::No) => Some("解除或终止劳动关系时"),
        Some(_) => None,
    };
    let lines = [
        (
            "一次性工伤医疗补助金",
            Payer::Fund,
            medical,
            case.medical_local,
        ),
        (
            "一次性伤残就业补助金",
            Payer::Unit,
            employment,
            case.employment_local,
        ),
    ];
    for ((name, payer, standard, typed), share) in lines.into_iter().zip(shares) {
        let mut formula = if standard.is_exact() {
            yuan(standard.low)
        } else {
            format!("{} 至 {}", yuan(standard.low), yuan(standard.high))
        };
        if share != Span::exact(HUNDRED) {
            formula = format!("{formula} × {}", percent_span(share));
        }
        let mut line = Line::new(
            name,
            payer,
            Per::Once,
            amount(standard.times(hundredth(share))),
            formula,
            LUMP_SUMS[usize::from(grade > 6)],
        );
        line.when = when;
        line.unverified = typed.is_none() || cut;
        a.lines.push(line);
    }
    if cut {
        a.doubt("江苏办法第二十八条的转载只写明一次性工伤医疗补助金按比例减发、达到法定退休年龄的不支付；一次性伤残就业补助金是否同样减发未能核实，所以显示从减发后到全额的范围。");
    }
    if grade <= 6 && matches!(case.ends, Some(Ends::Employer | Ends::Expiry)) {
        a.note("五级、六级伤残职工由单位保留劳动关系；条例规定经职工本人提出，才可以解除或终止劳动关系。");
    }
    a.note("两项一次性补助金按页面上方的计算日期解除或终止劳动关系计算。");
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
    let Some(birth) = case.birth else {
        a.doubt("没有填写出生年月：本人提出解除、距法定退休年龄不足5年的按比例减发，已达到法定退休年龄的不支付一次性工伤医疗补助金。");
        return Ok(Span::new(
            if by_worker { Decimal::ZERO } else { HUNDRED },
            HUNDRED,
        ));
    };
    let (shares, basis) = NEAR_RETIREMENT_PERCENT.list(day)?;
    let categories = case.category.map_or(Category::ALL.to_vec(), |c| vec![c]);
    let mut range: Option<Span> = None;
    for category in categories {
        let r = retirement(category, birth, day)?;
        let left = r.month.index() - YearMonth::of(day).index();
        a.steps.push(Step::new(
            format!("法定退休年龄（{}）", category.label()),
            format!(
                "{}，{}；距计算日期 {} 个月",
                r.age_text(),
                r.month.chinese(),
                left.max(0)
            ),
            Basis::Param(category.param(), r.basis),
        ));
        for end in ends {
            let share = match usize::try_from(left / 12) {
                _ if left <= 0 => Decimal::ZERO,
                Ok(years) if *end == Ends::Worker => shares.get(years).copied().unwrap_or(HUNDRED),
                _ => HUNDRED,
            };
            range = Some(range.map_or(Span::exact(share), |r| {
                Span::new(r.low.min(share), r.high.max(share))
            }));
        }
    }
    a.steps.push(Step::param(&NEAR_RETIREMENT_PERCENT, basis));
    Ok(range.unwrap_or(Span::exact(HUNDRED)))
}

fn death(case: &Case, a: &mut Assessment) -> Result<(), PolicyError> {
    let at = case.injury_date;
    let own = a.wages.own;
    let (months, basis) = FUNERAL_GRANT_MONTHS.number(at)?;
    a.steps.push(Step::param(&FUNERAL_GRANT_MONTHS, basis));
    let (price, formula) = of_average(
        case,
        Span::exact(months),
        &format!("{} 个月", number(months)),
    );
    a.lines.push(Line::new(
        "丧葬补助金",
        Payer::Fund,
        Per::Once,
        price,
        formula,
        DEATH,
    ));

    let ([spouse_pct, other_pct, lone_pct], basis) = fixed_list(&DEPENDANT_PERCENT, at)?;
    a.steps.push(Step::param(&DEPENDANT_PERCENT, basis));
    let spouse = |yes: bool| if yes { spouse_pct } else { Decimal::ZERO };
    let count = |n: Option<u32>| Decimal::from(n.unwrap_or(0));
    let low = spouse(case.spouse == Some(true))
        + other_pct * count(case.dependants)
        + lone_pct * count(case.lone);
    // Without the number of other dependants, the most is the cap itself; without the
    // number of lone elders or orphans, each of them may be one.
    let high = case.dependants.map(|n| {
        let may_have_spouse = case.spouse != Some(false);
        let lone = case.lone.unwrap_or(n + u32::from(may_have_spouse));
        spouse(may_have_spouse) + other_pct * Decimal::from(n) + lone_pct * Decimal::from(lone)
    });
    let share = Span::new(low.min(HUNDRED), high.unwrap_or(HUNDRED).min(HUNDRED));
    let mut line = Line::new(
        "供养亲属抚恤金",
        Payer::Fund,
        Per::Monthly,
        amount(Span::exact(own).times(hundredth(share))),
        format!(
            "本人工资 {} × {}，合计不超过本人工资",
            yuan(own),
            percent_span(share)
        ),
        DEATH,
    );
    line.unverified = !share.is_exact();
    a.lines.push(line);
    a.doubt("供养亲属是由职工生前提供主要生活来源、无劳动能力的亲属，范围以经办机构核定为准；抚恤金合计不高于职工生前的工资，本工具以本人工资为上限。");

    let (multiple, multiple_basis) = DEATH_GRANT_MULTIPLE.number(at)?;
    let (income, income_basis) = NATIONAL_URBAN_INCOME.number(at)?;
    let carried = income_basis.carried;
    a.steps
        .push(Step::param(&DEATH_GRANT_MULTIPLE, multiple_basis));
    a.steps
        .push(Step::param(&NATIONAL_URBAN_INCOME, income_basis));
    let mut line = Line::new(
        "一次性工亡补助金",
        Payer::Fund,
        Per::Once,
        amount(Span::exact(income * multiple)),
        format!("{} × {} 倍", yuan(income), number(multiple)),
        DEATH,
    );
    line.unverified = carried;
    a.lines.push(line);
    a.note("一级至四级伤残职工在停工留薪期满后死亡的，其近亲属享受丧葬补助金和供养亲属抚恤金，不享受一次性工亡补助金。");
    Ok(())
}
