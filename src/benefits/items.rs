//! Every item a work injury can cost, with its price (an amount, a range, a formula
//! or "as billed"), how it is paid, who pays it and the article that says so.
//!
//! Dates: the statutory figures, 本人工资 and the death grant are read on the injury
//! (or death) date; the two Jiangsu lump sums and the near-retirement cut on the
//! as-of date, taken as the day the employment ends.

use super::totals::{self, Columns, Span};
use super::wage::{self, Wages};
use super::{Case, Died, Ends, Field, Harm, Insured, Nursing};
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
const fn labour(article: &'static str) -> Citation {
    cite(&SRC_LABOUR_CONTRACT_LAW, article)
}
const JS_LUMP_SUMS: Citation = cite(&SRC_JS_2015_MEASURES, "第二十七条");
const JS_NEAR_RETIREMENT: Citation = cite(&SRC_JS_2015_MEASURES, "第二十八条");
/// The lump sums of grades 5–6 and of grades 7–10.
const LUMP_SUMS: [&[Citation]; 2] = [
    &[art("第三十六条"), JS_LUMP_SUMS, JS_NEAR_RETIREMENT],
    &[art("第三十七条"), JS_LUMP_SUMS, JS_NEAR_RETIREMENT],
];
/// Grades 5–6 whose contract expires or whom the unit dismisses: the employment is kept.
const LUMP_SUMS_KEPT: &[Citation] = &[
    art("第三十六条"),
    labour("第四十二条"),
    labour("第四十五条"),
    JS_LUMP_SUMS,
    JS_NEAR_RETIREMENT,
];
/// Grades 7–10 dismissed by the unit: a case 第三十七条 does not name.
const LUMP_SUMS_DISMISSED: &[Citation] = &[
    art("第三十七条"),
    labour("第四十二条"),
    JS_LUMP_SUMS,
    JS_NEAR_RETIREMENT,
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

/// Whether an item is owed in the case as answered, which decides how the totals count it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owed {
    /// Owed: counted in the totals.
    Yes,
    /// Owed only in this case, e.g. 职工本人提出解除劳动关系时: the totals count it in their
    /// upper end only, so the range shows both outcomes.
    If(&'static str),
    /// Not owed in the case as answered, and why; shown so the reader sees the amount it
    /// would be, and left out of the totals.
    No(&'static str),
}

/// One item of the result.
#[derive(Clone, Debug)]
pub struct Line {
    pub name: &'static str,
    pub price: Price,
    pub per: Per,
    pub payer: Payer,
    pub owed: Owed,
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
            owed: Owed::Yes,
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
    let mut steps = Vec::new();
    let mut notes = Vec::new();
    let wages = wage::wages(case, &mut steps, &mut notes)?;
    let mut a = Assessment {
        day,
        insured: case.insured,
        wages,
        lines: Vec::new(),
        steps,
        notes,
        columns: Columns::default(),
    };
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
        // Still in treatment, the wage is owed every month until the leave ends, so the
        // monthly totals carry it (条例第三十三条: 原工资福利待遇不变，由所在单位按月支付).
        None if case.harm == Harm::Treatment => (
            amount(Span::exact(a.wages.before)),
            Per::Monthly,
            format!("受伤前月工资 {before}，按月支付至停工留薪期满"),
        ),
        // After an appraisal or a death the leave is over: its length is what is missing.
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
    a.lines.push(on_own_wage(
        Line::new(
            "一次性伤残补助金",
            Payer::Fund,
            Per::Once,
            amount(Span::exact(own * months)),
            format!("本人工资 {} × {} 个月", yuan(own), number(months)),
            GRADES[band],
        ),
        a.wages,
    ));
    if band < 2 {
        allowance(case, i, band, a)?;
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

/// A line priced on 本人工资 is provisional while 本人工资 could not be held to its bounds.
fn on_own_wage(mut line: Line, wages: Wages) -> Line {
    line.unverified |= !wages.bounded;
    line
}

/// Whether the worker ends the employment (on request, or for the unit's fault).
fn ended_by_worker(case: &Case) -> bool {
    matches!(case.ends, Some(Ends::Worker | Ends::Fault))
}

/// 伤残津贴, grades 1–6: from the fund for grades 1–4; for grades 5–6 from the unit when it
/// cannot arrange work, until the worker ends the employment (条例第三十六条).
fn allowance(case: &Case, i: usize, band: usize, a: &mut Assessment) -> Result<(), PolicyError> {
    let own = a.wages.own;
    let (pct, basis) = DISABILITY_ALLOWANCE_PERCENT.item(case.injury_date, i)?;
    a.steps
        .push(Step::param(&DISABILITY_ALLOWANCE_PERCENT, basis));
    let monthly = format!("本人工资 {} × {}", yuan(own), percent(pct));
    let mut line = on_own_wage(
        Line::new(
            "伤残津贴",
            if band == 0 { Payer::Fund } else { Payer::Unit },
            Per::Monthly,
            amount(Span::exact(apply_percent(own, pct))),
            monthly.clone(),
            GRADES[band],
        ),
        a.wages,
    );
    if band == 0 {
        a.note("一至四级保留劳动关系、退出工作岗位，伤残津贴由基金支付；单位和职工以伤残津贴为基数缴纳基本医疗保险费；办理退休后改领基本养老金，低于伤残津贴的由基金补足。");
    } else {
        a.note("五级、六级保留劳动关系，由单位安排适当工作；难以安排的，单位按月发给伤残津贴并缴纳各项社会保险费。");
    }
    a.note("伤残津贴低于当地最低工资标准的补足差额（本工具未收录最低工资标准）。");
    if band == 1 {
        if case.placed == Some(true) {
            return Ok(());
        }
        if ended_by_worker(case) {
            // The employment ends on the as-of date: nothing is owed month by month after it.
            line.price = amount(Span::exact(Decimal::ZERO));
            line.formula = format!(
                "劳动关系解除后停发（解除前每月 {monthly} = {}）",
                yuan(round_fen(apply_percent(own, pct)))
            );
            a.note("五级、六级伤残职工本人提出解除劳动关系后，单位不再按月发给伤残津贴，改为支付两项一次性补助金。");
        } else if case.placed.is_none() {
            line.owed = Owed::If("单位难以安排工作时");
        }
    }
    a.lines.push(line);
    Ok(())
}

/// 生活护理费: a share of the area's average wage, by the level of care confirmed.
fn nursing(case: &Case, a: &mut Assessment) -> Result<(), PolicyError> {
    let (levels, basis) = fixed_list::<3>(&NURSING_PERCENT, case.injury_date)?;
    a.steps.push(Step::param(&NURSING_PERCENT, basis));
    let (share, owed) = match case.nursing.map(Nursing::index) {
        Some(None) => return Ok(()),
        Some(Some(level)) => (Span::exact(levels[level]), Owed::Yes),
        None => (
            Span::new(levels[2], levels[0]),
            Owed::If("经劳动能力鉴定委员会确认需要生活护理时"),
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
    line.owed = owed;
    a.lines.push(line);
    Ok(())
}

/// Whether the two lump sums are owed, how sure that reading is, and the articles behind it.
struct Terms {
    owed: Owed,
    /// The texts do not settle it: the lines are 待核实.
    disputed: bool,
    cites: &'static [Citation],
}

/// Grades 5–6 (条例第三十六条): only the worker can end the employment; the contract does
/// not simply expire and the unit may not end it (劳动合同法第四十二条、第四十五条). Grades
/// 7–10 (条例第三十七条): on expiry or the worker's resignation; the unit ending it is not named.
fn lump_sums_owed(case: &Case, grade: u8, a: &mut Assessment) -> Terms {
    let severe = grade <= 6;
    let (cites, kept) = if severe {
        (LUMP_SUMS[0], LUMP_SUMS_KEPT)
    } else {
        (LUMP_SUMS[1], LUMP_SUMS_DISMISSED)
    };
    let terms = |owed, disputed, cites| Terms {
        owed,
        disputed,
        cites,
    };
    match case.ends {
        Some(Ends::Worker | Ends::Fault) => terms(Owed::Yes, false, cites),
        Some(Ends::Expiry) if severe => {
            a.note("因工致残职工的劳动合同期满，是否终止按工伤保险的规定办理（劳动合同法第四十五条）；五级、六级伤残职工由单位保留劳动关系，经职工本人提出，才可以解除或者终止劳动关系（条例第三十六条），届时由基金支付一次性工伤医疗补助金、由单位支付一次性伤残就业补助金。");
            terms(
                Owed::No("合同期满不终止劳动关系；职工本人提出解除时才支付"),
                false,
                kept,
            )
        }
        Some(Ends::Employer) if severe => {
            a.doubt("五级、六级伤残职工经本人提出才可以解除或终止劳动关系（条例第三十六条），单位不得以劳动合同法第四十条、第四十一条解除（第四十二条）。单位已经解除的，是否恢复劳动关系、是否支付两项一次性补助金，请向劳动人事争议仲裁委员会或经办机构咨询。");
            terms(
                Owed::If("单位单方解除时是否支付，以仲裁或经办机构认定为准"),
                true,
                kept,
            )
        }
        Some(Ends::Employer) => {
            a.doubt("条例第三十七条只列明劳动合同期满终止和职工本人提出解除两种情形；单位不得以劳动合同法第四十条、第四十一条解除（第四十二条）。单位解除的，是否支付两项一次性补助金，请向经办机构或劳动人事争议仲裁委员会咨询。");
            terms(Owed::Yes, true, kept)
        }
        Some(Ends::Expiry) => terms(Owed::Yes, false, cites),
        None | Some(Ends::No) if severe => {
            terms(Owed::If("职工本人提出解除劳动关系时"), false, cites)
        }
        None | Some(Ends::No) => terms(
            Owed::If("劳动合同期满终止或职工本人提出解除时"),
            false,
            cites,
        ),
    }
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
    let terms = lump_sums_owed(case, grade, a);
    let share = retirement_share(case, grade, a)?;
    // Whether the cut reaches the employment grant too is unresolved: from the cut to the full amount.
    let shares = [share, Span::new(share.low, HUNDRED)];
    let cut = share.low < HUNDRED;
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
            terms.cites,
        );
        line.owed = terms.owed;
        line.unverified = typed.is_none() || cut || terms.disputed;
        a.lines.push(line);
    }
    if cut {
        a.doubt("江苏办法第二十八条的转载只写明一次性工伤医疗补助金按比例减发、达到法定退休年龄的不支付；一次性伤残就业补助金是否同样减发未能核实，所以显示从减发后到全额的范围。");
    }
    a.note("两项一次性补助金按页面上方的计算日期解除或终止劳动关系计算。");
    Ok(())
}

/// The share of the medical grant still paid near retirement (江苏办法第二十八条), in
/// percent: a range over whatever is not known (birth, category, who ends the employment).
/// Once the legal retirement age is reached nothing is paid, whoever ends the employment.
fn retirement_share(case: &Case, grade: u8, a: &mut Assessment) -> Result<Span, PolicyError> {
    let day = a.day;
    // The ways the employment may end that decide the cut: for grades 5–6 only the worker can
    // end it, so that is the case priced unless the unit's own ending is being asked about.
    let ends: &[Ends] = match case.ends {
        Some(Ends::Expiry | Ends::No) | None if grade <= 6 => &[Ends::Worker],
        Some(e) if e != Ends::No => &[e],
        _ => &[Ends::Worker, Ends::Expiry],
    };
    // One share for each year short of the retirement age, nearest first.
    let (shares, basis) = NEAR_RETIREMENT_PERCENT.list(day)?;
    let Some(birth) = case.birth else {
        a.doubt(&format!("没有填写出生年月：已达到法定退休年龄的不支付一次性工伤医疗补助金，本人提出解除、距法定退休年龄不足{}年的按比例减发，所以显示从0到全额的范围。填写出生年月和退休年龄类别后可以算出确定的数额。", shares.len()));
        return Ok(Span::new(Decimal::ZERO, HUNDRED));
    };
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
    dependants_pension(case, a)?;

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
    // 条例第三十九条第三款: not for a worker at grade 1–4 who dies after the 停工留薪期.
    line.owed = match case.died {
        Some(Died::Injury) => Owed::Yes,
        Some(Died::Later) => Owed::No("一级至四级伤残职工在停工留薪期满后死亡的，不享受"),
        None => Owed::If("不属于一级至四级伤残职工在停工留薪期满后死亡时"),
    };
    a.lines.push(line);
    if case.died == Some(Died::Later) {
        a.note("一级至四级伤残职工在停工留薪期满后死亡的，其近亲属享受丧葬补助金和供养亲属抚恤金，不享受一次性工亡补助金。");
    }
    Ok(())
}

/// The ceiling on the dependants' pensions, 因工死亡职工生前的工资. Read as written, that is
/// the wage the worker earned (`before`), not 本人工资 held to its bounds (`own`); where the
/// two differ and no reading settles it, both, as a range.
fn pension_cap(wages: Wages) -> Span {
    Span::new(wages.before.min(wages.own), wages.before.max(wages.own))
}

const PENSION_CAP_DOUBT: &str = "条例第三十九条规定各供养亲属的抚恤金之和不高于“因工死亡职工生前的工资”；这里的工资是本人实际工资还是按上下限调整后的本人工资，未找到江苏的规定，所以按两种理解显示范围，以经办机构核定为准。";

/// 供养亲属抚恤金: shares of 本人工资 for each dependant, their sum held to the wage the
/// worker earned before death (条例第三十九条第（二）项).
fn dependants_pension(case: &Case, a: &mut Assessment) -> Result<(), PolicyError> {
    let own = a.wages.own;
    let ([spouse_pct, other_pct, lone_pct], basis) =
        fixed_list(&DEPENDANT_PERCENT, case.injury_date)?;
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
    let cap = pension_cap(a.wages);
    let capped = |pct: Decimal, cap: Decimal| apply_percent(own, pct).min(cap);
    let total = Span::new(
        capped(low, cap.low),
        high.map_or(cap.high, |h| capped(h, cap.high)),
    );
    let share_text = match high {
        Some(high) if case.lone.is_none() && high != low => format!(
            "{}（{}未填）",
            percent_span(Span::new(low, high)),
            Field::Lone.label()
        ),
        Some(high) => percent_span(Span::new(low, high)),
        None => format!("{} 以上（其他供养亲属人数未填）", percent(low)),
    };
    let cap_text = if cap.is_exact() {
        yuan(cap.low)
    } else {
        format!("{} 至 {}", yuan(cap.low), yuan(cap.high))
    };
    let mut line = on_own_wage(
        Line::new(
            "供养亲属抚恤金",
            Payer::Fund,
            Per::Monthly,
            amount(total),
            format!(
                "本人工资 {} × {share_text}，合计不超过职工生前的工资（{cap_text}）",
                yuan(own)
            ),
            DEATH,
        ),
        a.wages,
    );
    line.unverified |= !total.is_exact();
    a.lines.push(line);
    if case.lone.is_none() && case.dependants.is_some() {
        a.doubt(&format!(
            "“{}”未填：供养亲属抚恤金按没有人到每人都是孤寡老人或孤儿计算，所以是一个范围；填写人数后显示一个数。",
            Field::Lone.label()
        ));
    }
    a.doubt("供养亲属是由职工生前提供主要生活来源、无劳动能力的亲属，范围以经办机构核定为准。");
    if !cap.is_exact() {
        a.doubt(PENSION_CAP_DOUBT);
    }
    Ok(())
}
