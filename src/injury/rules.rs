//! The rules of 工伤认定: from the answers and the as-of date to the likely outcome
//! (never a decision: the 社会保险行政部门 decides), who applies by which calendar date,
//! the documents, and what follows. The words are in `wording.rs`.

use super::questions::{
    id, Away, CommuteFault, CommuteTrip, Employment, Excluded, Happened, Insured, Role, Situation,
};
use super::situation;
use crate::benefits::{self, Harm};
use crate::choice::{Answer, YesNo};
use crate::date::Date;
use crate::enroll::questions::People;
use crate::flow::Answers;
use crate::outcome::{DateSlip, Found, Kind, Outcome, Rules, Status};
use crate::policy::*;
use crate::workdays::period_deadline;

/// 工伤认定指引, for [`Rules`] and its wording.
pub struct Injury;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// 条例第十四条: likely to be recognised as a work injury.
    Likely,
    /// 条例第十五条: likely to be deemed one.
    Deemed,
    /// 条例第十六条: not to be recognised.
    Excluded(Excluded),
    /// The answers fall outside 条例第十四条、第十五条.
    Unlikely(Outside),
    /// One fact decides it; the first undecided one is named.
    Depends(Fact),
}

/// Why the answers fall outside the situations the law names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outside {
    /// The worker was mainly to blame for the commuting accident (第十四条第（六）项).
    CommuteMainFault,
    /// Not a traffic, rail, ferry or train accident on the way.
    NotTraffic,
    /// A detour on private business, not the way to or from work (法释〔2014〕9号第六条).
    Detour,
    /// A personal activity while away on business (法释〔2014〕9号第五条第二款).
    Personal,
    /// A sudden illness the worker survived, or died of after the time Art 15 names.
    Illness,
}

/// A fact that decides the outcome and is not known yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    /// 不确定 which situation it was.
    Situation,
    /// Another situation: whether it was for work (法释〔2014〕9号第四条).
    Other,
    /// 不确定 whether the trip was a reasonable way to or from work.
    CommuteTrip,
    /// The traffic-accident finding is not made yet, or not known.
    CommuteFault,
    /// 不确定 what the worker was doing away.
    Away,
    /// 不确定 whether 条例第十六条 applies.
    Exclusion,
    /// An intern, an over-age worker or a platform worker: which scheme covers them.
    Scheme(Employment),
    /// A sudden death was chosen, but not that the worker died.
    SuddenDeathNotDied,
}

impl Fact {
    /// The item that asks for this fact.
    pub fn finding(self) -> Finding {
        match self {
            Fact::Situation => Finding::ConfirmSituation,
            Fact::Other => Finding::ConfirmOther,
            Fact::CommuteTrip => Finding::ConfirmCommuteTrip,
            Fact::CommuteFault => Finding::ConfirmCommuteFault,
            Fact::Away => Finding::ConfirmAway,
            Fact::Exclusion => Finding::ConfirmExclusion,
            Fact::Scheme(e) => Finding::ConfirmScheme(e),
            Fact::SuddenDeathNotDied => Finding::ConfirmDied,
        }
    }
}

/// One thing the result tells the user, in the order a reader meets them.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// Facts still to be found, and who finds each (one finding each, see [`Fact::finding`]).
    ConfirmSituation,
    ConfirmOther,
    ConfirmCommuteTrip,
    ConfirmCommuteFault,
    ConfirmAway,
    ConfirmExclusion,
    ConfirmScheme(Employment),
    ConfirmDied,
    /// The department decides; a unit that disputes it bears the burden of proof.
    Decides,
    /// The unit's period to apply. `dispatched`: the agency applies as the unit.
    UnitApplies {
        days: u32,
        dispatched: bool,
        /// The unit says it has applied.
        applied: bool,
    },
    /// The unit's period has passed without its application: costs from `from` until the
    /// application is accepted are the unit's.
    UnitLate {
        from: Date,
    },
    /// The worker, a near relative or the union may apply within `years`.
    OthersApply {
        years: u32,
        lapsed: bool,
    },
    /// Whether the unit had to report the accident to the office at once: ask.
    AskAboutReport,
    /// 不确定 whether the unit has applied.
    ConfirmApplied,
    /// No written contract: proving the employment, and arbitration first if disputed.
    NoContract,
    /// A dispatched worker: the agency is the unit.
    Dispatched,
    /// A worker of a subcontractor or of a person trading under the unit's name.
    Subcontract,
    /// 不确定 how the worker is employed.
    ConfirmEmployment,
    /// The unit had not paid its premiums: it pays every item, and the fund may advance.
    Uninsured,
    /// 不确定 whether the unit was insured.
    ConfirmInsured,
    /// The department checks the application and accepts it, or says once what is missing.
    Acceptance {
        days: u32,
    },
    /// The decision's time limits.
    Decision {
        decision: u32,
        fast: u32,
    },
    /// An occupational disease: the diagnosis is the finding.
    Disease,
    /// A veteran's old wound: every benefit but the one-off disability grant.
    Veteran,
    /// Time off with full pay, paid monthly by the unit.
    Leave {
        months: u32,
        extended: u32,
    },
    /// 劳动能力鉴定 once the condition is stable.
    Appraisal {
        days: u32,
        extra: u32,
        again: u32,
        review: u32,
    },
    /// What the injury may cost, and who pays: the benefits estimate.
    Costs,
}

/// A document to bring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doc {
    ApplicationForm,
    LabourContract,
    EmploymentProof,
    FactualProof,
    DispatchAgreement,
    SubcontractProof,
    Diagnosis,
    DiseaseCertificate,
    WorkerId,
    Witnesses,
    PoliceFinding,
    TrafficFinding,
    CommuteProof,
    AwayProof,
    EmergencyRecord,
    DeathCertificate,
    RescueProof,
    VeteranCertificate,
    ApplicantId,
    Kinship,
    AccidentReceipt,
    AuthorityFinding,
    SchemeProof,
    PaymentRecord,
    ApplicationReceipt,
}

type Item = Found<Finding, Doc>;

impl Rules for Injury {
    type Verdict = Verdict;
    type Finding = Finding;
    type Reason = Verdict;
    type Doc = Doc;

    fn kind(verdict: Verdict) -> Kind {
        match verdict {
            Verdict::Likely | Verdict::Deemed => Kind::Must,
            Verdict::Depends(_) => Kind::Ask,
            Verdict::Excluded(_) | Verdict::Unlikely(_) => Kind::Info,
        }
    }

    /// Only answers on the path count.
    fn assess(answers: &Answers, day: Date) -> Outcome<Injury> {
        let on_path = super::FLOW.answers_on_path(answers);
        let a = &on_path;
        let (verdict, undecided) = verdict(a);
        let mut out = Outcome::new(verdict);
        out.reason(verdict, basis(verdict, a));
        for fact in undecided {
            out.push(confirm(fact));
        }
        out.push(Found::new(Status::Info, Finding::Decides).cite([
            cite(&SRC_REGULATION, "第十九条第二款"),
            cite(&SRC_RECOGNITION_ORDER_8, "第十七条"),
        ]));
        employment(a, &mut out);
        deadlines(a, day, &mut out);
        documents(a, &mut out);
        if !matches!(verdict, Verdict::Excluded(_) | Verdict::Unlikely(_)) {
            insurance(a, &mut out);
            what_follows(a, day, &mut out);
        }
        out.each_document_once()
    }
}

/// The likely outcome, and every fact still to be found (the verdict names the first).
fn verdict(a: &Answers) -> (Verdict, Vec<Fact>) {
    let mut undecided = Vec::new();
    let mut outside = None;
    let mut deemed = false;
    match situation(a) {
        Some(Answer::Is(Situation::Commute)) => {
            match a.answer::<CommuteTrip>(id::COMMUTE_TRIP) {
                Some(Answer::Is(CommuteTrip::Detour)) => outside = Some(Outside::Detour),
                Some(Answer::Is(_)) => {}
                _ => undecided.push(Fact::CommuteTrip),
            }
            match a.answer::<CommuteFault>(id::COMMUTE_FAULT) {
                Some(Answer::Is(CommuteFault::NotMain)) => {}
                Some(Answer::Is(CommuteFault::Main)) => {
                    outside = outside.or(Some(Outside::CommuteMainFault))
                }
                Some(Answer::Is(CommuteFault::NotTraffic)) => {
                    outside = outside.or(Some(Outside::NotTraffic))
                }
                _ => undecided.push(Fact::CommuteFault),
            }
        }
        Some(Answer::Is(Situation::Away)) => match a.answer::<Away>(id::AWAY) {
            Some(Answer::Is(Away::Personal)) => outside = Some(Outside::Personal),
            Some(Answer::Is(_)) => {}
            _ => undecided.push(Fact::Away),
        },
        Some(Answer::Is(Situation::SuddenDeath)) if !a.is(id::KIND, Happened::Death) => {
            undecided.push(Fact::SuddenDeathNotDied)
        }
        Some(Answer::Is(Situation::SuddenDeath | Situation::Rescue | Situation::Veteran)) => {
            deemed = true
        }
        Some(Answer::Is(Situation::Illness)) => outside = Some(Outside::Illness),
        Some(Answer::Is(Situation::Other)) => undecided.push(Fact::Other),
        Some(Answer::Is(_)) => {}
        Some(Answer::Unsure) | None => undecided.push(Fact::Situation),
    }
    match a.answer::<Excluded>(id::EXCLUDED) {
        Some(Answer::Is(Excluded::None)) | None => {}
        Some(Answer::Is(e)) => return (Verdict::Excluded(e), undecided),
        Some(Answer::Unsure) => undecided.push(Fact::Exclusion),
    }
    if let Some(o) = outside {
        return (Verdict::Unlikely(o), undecided);
    }
    if let Some(Answer::Is(e @ (Employment::Intern | Employment::OverAge | Employment::Platform))) =
        a.answer::<Employment>(id::EMPLOYMENT)
    {
        undecided.push(Fact::Scheme(e));
    }
    let verdict = match undecided.first() {
        Some(fact) => Verdict::Depends(*fact),
        None if deemed => Verdict::Deemed,
        None => Verdict::Likely,
    };
    (verdict, undecided)
}

/// The articles the verdict rests on.
fn basis(verdict: Verdict, a: &Answers) -> Vec<Citation> {
    let art14 = |item: &'static str| cite(&SRC_REGULATION, item);
    let situation_basis = match situation(a) {
        Some(Answer::Is(s)) => match s {
            Situation::Work => vec![art14("第十四条第（一）项"), cite(&SRC_SPC_2014, "第四条")],
            Situation::PrepFinish => vec![art14("第十四条第（二）项")],
            Situation::DutiesViolence => vec![art14("第十四条第（三）项")],
            Situation::Disease => vec![art14("第十四条第（四）项")],
            Situation::Away => vec![art14("第十四条第（五）项"), cite(&SRC_SPC_2014, "第五条")],
            Situation::Commute => vec![art14("第十四条第（六）项"), cite(&SRC_SPC_2014, "第六条")],
            Situation::SuddenDeath | Situation::Illness => vec![art14("第十五条第一款第（一）项")],
            Situation::Rescue => vec![art14("第十五条第一款第（二）项")],
            Situation::Veteran => vec![art14("第十五条第一款第（三）项")],
            Situation::Other => vec![art14("第十四条第（七）项"), cite(&SRC_SPC_2014, "第四条")],
        },
        _ => vec![art14("第十四条"), art14("第十五条")],
    };
    match verdict {
        Verdict::Excluded(_) => vec![art14("第十六条"), cite(&SRC_SPC_2014, "第一条")],
        Verdict::Depends(Fact::Exclusion) => {
            vec![art14("第十六条"), cite(&SRC_SPC_2014, "第一条")]
        }
        Verdict::Depends(Fact::Scheme(_)) => vec![cite(&SRC_REGULATION, "第二条")],
        _ => situation_basis,
    }
}

fn confirm(fact: Fact) -> Item {
    let cites = match fact {
        Fact::CommuteFault => vec![
            cite(&SRC_REGULATION, "第十四条第（六）项"),
            cite(&SRC_SPC_2014, "第一条"),
            cite(&SRC_REGULATION, "第二十条第三款"),
        ],
        Fact::CommuteTrip => vec![cite(&SRC_SPC_2014, "第六条")],
        Fact::Away => vec![cite(&SRC_SPC_2014, "第五条")],
        Fact::Exclusion => vec![
            cite(&SRC_REGULATION, "第十六条"),
            cite(&SRC_SPC_2014, "第一条"),
        ],
        Fact::Other => vec![cite(&SRC_SPC_2014, "第四条")],
        Fact::Situation | Fact::SuddenDeathNotDied => {
            vec![
                cite(&SRC_REGULATION, "第十四条"),
                cite(&SRC_REGULATION, "第十五条"),
            ]
        }
        Fact::Scheme(_) => vec![cite(&SRC_REGULATION, "第二条")],
    };
    let bring = match fact {
        Fact::CommuteFault => Doc::AccidentReceipt,
        Fact::Exclusion => Doc::AuthorityFinding,
        Fact::Scheme(_) => Doc::SchemeProof,
        Fact::SuddenDeathNotDied => Doc::DeathCertificate,
        Fact::Situation | Fact::Other | Fact::CommuteTrip | Fact::Away => Doc::Witnesses,
    };
    let item = Found::new(Status::Ask, fact.finding())
        .cite(cites)
        .bring(&[bring]);
    match fact {
        Fact::Scheme(e) => item.see(crate::enroll::see(match e {
            Employment::Intern => People::Intern,
            Employment::OverAge => People::Overage,
            _ => People::Platform,
        })),
        _ => item,
    }
}

/// Who the employer is for this injury, and how the employment is proved.
fn employment(a: &Answers, out: &mut Outcome<Injury>) {
    match a.answer::<Employment>(id::EMPLOYMENT) {
        Some(Answer::Is(Employment::NoContract)) => {
            out.push(Found::new(Status::Info, Finding::NoContract).cite([
                cite(&SRC_REGULATION, "第十八条第一款第（二）项"),
                cite(&SRC_SPC_2014, "第二条"),
                cite(&SRC_SPC_2014, "第七条第二款第（五）项"),
            ]))
        }
        Some(Answer::Is(Employment::Dispatched)) => out.push(
            Found::new(Status::Info, Finding::Dispatched)
                .cite([cite(&SRC_SPC_2014, "第三条第一款第（二）项")]),
        ),
        Some(Answer::Is(Employment::Subcontract)) => {
            out.push(Found::new(Status::Info, Finding::Subcontract).cite([
                cite(&SRC_SPC_2014, "第三条第一款第（四）项"),
                cite(&SRC_SPC_2014, "第三条第一款第（五）项"),
            ]))
        }
        Some(Answer::Unsure) => out.push(
            Found::new(Status::Ask, Finding::ConfirmEmployment)
                .cite([cite(&SRC_REGULATION, "第十八条第一款第（二）项")])
                .bring(&[Doc::FactualProof]),
        ),
        _ => {}
    }
}

/// Who applies and by which date (条例第十七条), counted from the accident or diagnosis.
fn deadlines(a: &Answers, day: Date, out: &mut Outcome<Injury>) {
    let art17 = |p: &'static str| cite(&SRC_REGULATION, p);
    let injured = a.date(id::INJURY_DATE);
    let slips = [
        DateSlip::after_day(injured, day),
        DateSlip::death_before_injury(injured, a.date(id::DEATH_DATE)),
    ];
    for slip in slips.into_iter().flatten() {
        out.problem(slip);
    }
    let applied = a.answer::<YesNo>(id::UNIT_APPLIED);
    if let Some(n) = out.whole(&INJURY_REPORT_DAYS_EMPLOYER, day) {
        let dispatched = a.is(id::EMPLOYMENT, Employment::Dispatched);
        let has_applied = applied == Some(Answer::Is(YesNo::Yes));
        let mut item = Found::new(
            if has_applied {
                Status::Info
            } else {
                Status::Must
            },
            Finding::UnitApplies {
                days: n,
                dispatched,
                applied: has_applied,
            },
        )
        .cite([art17("第十七条第一款")]);
        let mut late_from = None;
        if let Some(injured) = injured {
            let (due, moved) = period_deadline(injured.add_days(i64::from(n)), day);
            if due.overdue && !has_applied {
                late_from = Some(injured);
            }
            item = item.by(due).cite(moved);
        }
        out.push(item);
        if let Some(from) = late_from {
            // The article says "在此期间"; the period from the accident to the acceptance is
            // the ministry's reading as reprinted, its text not seen: 待核实.
            out.push(
                Found::new(Status::Risk, Finding::UnitLate { from })
                    .cite([art17("第十七条第四款"), cite(&SRC_UNIT_COST_PERIOD, "")])
                    .unverified(),
            );
        }
    }
    if applied == Some(Answer::Unsure) {
        out.push(
            Found::new(Status::Ask, Finding::ConfirmApplied)
                .cite([art17("第十七条第二款")])
                .bring(&[Doc::ApplicationReceipt]),
        );
    }
    if let Some(years) = out.whole(&INJURY_REPORT_YEARS_WORKER, day) {
        let mut cites = vec![art17("第十七条第二款")];
        let mut due = None;
        if let Some(injured) = injured {
            let (d, moved) = period_deadline(injured.add_months(12 * years as i32), day);
            cites.extend(moved);
            due = Some(d);
        }
        let lapsed = due.as_ref().is_some_and(|d| d.overdue);
        // Time lost for reasons not the worker's is not counted: said always, since a
        // citizen may not know yet that the unit's delay is such a reason.
        cites.push(cite(&SRC_SPC_2014, "第七条"));
        let mut item = Found::new(Status::May, Finding::OthersApply { years, lapsed }).cite(cites);
        if let Some(d) = due {
            item = item.by(d);
        }
        out.push(item);
    }
    if matches!(
        a.answer::<Role>(id::ROLE),
        Some(Answer::Is(Role::Unit | Role::Staff))
    ) {
        out.push(
            Found::new(Status::Info, Finding::AskAboutReport)
                .cite([cite(&SRC_REPORT_PRACTICE, "")])
                .unverified(),
        );
    }
}

/// The documents (条例第十八条, 工伤认定办法第六条), then those asked for by case.
fn documents(a: &Answers, out: &mut Outcome<Injury>) {
    let disease = matches!(situation(a), Some(Answer::Is(Situation::Disease)));
    let employment = match a.answer::<Employment>(id::EMPLOYMENT) {
        Some(Answer::Is(Employment::Contract)) => Doc::LabourContract,
        Some(Answer::Is(Employment::NoContract)) => Doc::FactualProof,
        _ => Doc::EmploymentProof,
    };
    out.bring(&[
        Doc::ApplicationForm,
        employment,
        if disease {
            Doc::DiseaseCertificate
        } else {
            Doc::Diagnosis
        },
        Doc::WorkerId,
    ]);
    match a.answer::<Employment>(id::EMPLOYMENT) {
        Some(Answer::Is(Employment::Dispatched)) => out.bring(&[Doc::DispatchAgreement]),
        Some(Answer::Is(Employment::Subcontract)) => out.bring(&[Doc::SubcontractProof]),
        _ => {}
    }
    match situation(a) {
        // Where the situation is itself in doubt, the item that says so asks for witnesses.
        Some(Answer::Is(Situation::Work | Situation::PrepFinish)) => out.bring(&[Doc::Witnesses]),
        Some(Answer::Is(Situation::DutiesViolence)) => {
            out.bring(&[Doc::PoliceFinding, Doc::Witnesses])
        }
        Some(Answer::Is(Situation::Commute)) => {
            out.bring(&[Doc::TrafficFinding, Doc::CommuteProof])
        }
        Some(Answer::Is(Situation::Away)) => out.bring(&[Doc::AwayProof]),
        Some(Answer::Is(Situation::SuddenDeath)) => out.bring(&[Doc::EmergencyRecord]),
        Some(Answer::Is(Situation::Rescue)) => out.bring(&[Doc::RescueProof]),
        Some(Answer::Is(Situation::Veteran)) => out.bring(&[Doc::VeteranCertificate]),
        _ => {}
    }
    if a.is(id::KIND, Happened::Death) {
        out.bring(&[Doc::DeathCertificate]);
    }
    match a.answer::<Role>(id::ROLE) {
        Some(Answer::Is(Role::Worker | Role::Union)) => out.bring(&[Doc::ApplicantId]),
        Some(Answer::Is(Role::Relative)) => out.bring(&[Doc::ApplicantId, Doc::Kinship]),
        Some(Answer::Is(Role::Staff)) if a.is(id::KIND, Happened::Death) => {
            out.bring(&[Doc::ApplicantId, Doc::Kinship])
        }
        _ => {}
    }
}

/// The unit's insurance on the day: who pays, and the fund's advance.
fn insurance(a: &Answers, out: &mut Outcome<Injury>) {
    match a.answer::<Insured>(id::INSURED) {
        Some(Answer::Is(Insured::Arrears | Insured::Never)) => out.push(
            Found::new(Status::Risk, Finding::Uninsured)
                .cite([
                    cite(&SRC_REGULATION, "第六十二条第二款"),
                    cite(&SRC_SI_LAW, "第四十一条"),
                ])
                .see(crate::advance::see(a.answer::<Insured>(id::INSURED))),
        ),
        Some(Answer::Unsure) => out.push(
            Found::new(Status::Ask, Finding::ConfirmInsured)
                .cite([cite(&SRC_REGULATION, "第六十二条第二款")])
                .bring(&[Doc::PaymentRecord]),
        ),
        _ => {}
    }
}

/// What follows the application: acceptance, the decision, then leave and appraisal.
fn what_follows(a: &Answers, day: Date, out: &mut Outcome<Injury>) {
    if let Some(n) = out.whole(&RECOGNITION_ACCEPTANCE_DAYS, day) {
        out.push(
            // The count of days is in 工伤认定办法 alone, seen only as reprinted.
            Found::new(Status::Info, Finding::Acceptance { days: n })
                .cite([
                    cite(&SRC_REGULATION, "第十八条第三款"),
                    cite(&SRC_RECOGNITION_ORDER_8, "第八条"),
                ])
                .unverified(),
        );
    }
    if let (Some(decision), Some(fast)) = (
        out.whole(&RECOGNITION_DECISION_DAYS, day),
        out.whole(&RECOGNITION_FAST_DAYS, day),
    ) {
        out.push(
            Found::new(Status::Info, Finding::Decision { decision, fast }).cite([
                cite(&SRC_REGULATION, "第二十条"),
                cite(&SRC_REGULATION, "第五十五条"),
            ]),
        );
    }
    match situation(a) {
        Some(Answer::Is(Situation::Disease)) => out.push(
            Found::new(Status::Info, Finding::Disease)
                .cite([cite(&SRC_REGULATION, "第十九条第一款")]),
        ),
        Some(Answer::Is(Situation::Veteran)) => out.push(
            Found::new(Status::Info, Finding::Veteran)
                .cite([cite(&SRC_REGULATION, "第十五条第二款")]),
        ),
        _ => {}
    }
    let died = a.is(id::KIND, Happened::Death);
    if !died {
        let injured = a.date(id::INJURY_DATE).unwrap_or(day);
        match LEAVE_MONTHS_MAX.whole_list(injured) {
            Ok((m, _)) if m.len() == 2 => out.push(
                Found::new(
                    Status::Info,
                    Finding::Leave {
                        months: m[0],
                        extended: m[1],
                    },
                )
                .cite([cite(&SRC_REGULATION, "第三十三条")]),
            ),
            Ok(_) => {}
            Err(e) => out.problem(e),
        }
        let conclusion = APPRAISAL_CONCLUSION_DAYS
            .whole_list(day)
            .map_err(|e| out.problem(e))
            .ok();
        let again = out.whole(&REAPPRAISAL_REQUEST_DAYS, day);
        let review = out.whole(&APPRAISAL_REVIEW_YEARS, day);
        if let Some((m, _)) = conclusion {
            if let (&[days, extra], Some(again), Some(review)) = (m.as_slice(), again, review) {
                out.push(
                    Found::new(
                        Status::Info,
                        Finding::Appraisal {
                            days,
                            extra,
                            again,
                            review,
                        },
                    )
                    .cite([
                        cite(&SRC_REGULATION, "第二十一条"),
                        cite(&SRC_REGULATION, "第二十三条"),
                        cite(&SRC_REGULATION, "第二十五条第二款"),
                        cite(&SRC_REGULATION, "第二十六条"),
                        cite(&SRC_REGULATION, "第二十八条"),
                    ]),
                );
            }
        }
    }
    let insured = match a.answer::<Insured>(id::INSURED) {
        Some(Answer::Is(Insured::Yes)) => benefits::Insured::Yes,
        Some(Answer::Is(_)) => benefits::Insured::No,
        _ => benefits::Insured::Unsure,
    };
    let outcome = if died {
        Some(Harm::DEATH)
    } else {
        Some(Harm::TREATMENT)
    };
    out.push(
        Found::new(Status::Info, Finding::Costs)
            .cite([cite(&SRC_REGULATION, "第三十条")])
            // The benefits of a death are counted from the day of death.
            .see(benefits::form::see(
                insured,
                if died {
                    a.date(id::DEATH_DATE)
                } else {
                    a.date(id::INJURY_DATE)
                },
                outcome,
            )),
    );
}
