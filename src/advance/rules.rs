//! The rules of advance payment (先行支付): from the answers and the as-of date
//! to a typed outcome, its reasons, the deadlines as calendar dates, and the
//! documents to bring. Where practice differs between offices, the answer is
//! "likely — ask the office; if refused you may seek review", never a plain yes.
//! The words are in `wording.rs`.

use super::questions::{id, Applicant, Condition, CourtRuling, Insured, TpPaid, Trigger};
use super::{insured, medical_route, project_enrolled, uninsured};
use crate::benefits::{self, Harm};
use crate::choice::{Answer, YesNo};
use crate::date::Date;
use crate::flow::Answers;
use crate::outcome::{DateSlip, Found, Kind, Outcome, Rules, See, Status};
use crate::policy::*;
use crate::workdays::{add_workdays, period_deadline, Counted, Due};
use rust_decimal::Decimal;

/// 先行支付核对, for [`Rules`] and its wording.
pub struct Advance;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// No 工伤认定 yet: that comes first.
    NotYet,
    /// An ordinary claim; nothing to advance.
    NotNeeded,
    /// The fund advances the work-injury medical costs (third-party cases).
    Medical,
    /// The fund advances every fund-payable item (uninsured employer).
    Advance,
    /// Eligible on the text and in most courts, but some offices refuse.
    Likely,
    /// The employer is paying.
    NotEligible,
    /// The answers do not decide it yet.
    AskOffice,
}

/// One thing the result tells the user, in the order a reader meets them.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// 不确定 whether the injury was recognised.
    ConfirmDecision,
    /// The unit applies for the injury decision; `days` is its period (dated when the
    /// injury date and the periods are known).
    EmployerApplies { days: Option<u32> },
    /// Else the worker, a relative or the union may. `years` is their period; `dated` when
    /// the item carries its deadline, `lapsed` when that deadline is past (time lost for
    /// reasons not the worker's is then not counted, 法释〔2014〕9号第七条).
    WorkerApplies {
        years: Option<u32>,
        dated: bool,
        lapsed: bool,
    },
    /// How long the decision takes.
    RecognitionTime { decision: u32, fast: u32 },
    /// A third party's injury: the medical-insurance fund may advance too (社会保险法第三十条);
    /// from `self_paid_from` also for bills already paid by the worker.
    MedicalInsuranceRoute { self_paid_from: Option<Date> },
    /// 不确定 whether a third party caused the injury.
    ConfirmThirdParty,
    /// The third party paid in full: no medical-cost advance.
    NoMedicalAdvance,
    /// A hit-and-run: the road-accident relief fund (道路交通安全法第七十五条).
    RoadReliefFund,
    /// A known third party that did not pay: what offices ask to see.
    KnownThirdParty,
    /// 不确定 whether the third party paid.
    ConfirmThirdPartyPaid,
    /// An insured unit: the ordinary claim, and how long a manual claim takes (the policy
    /// gap is said in the item itself where the data has no figure).
    OrdinaryClaim {
        manual_days: Result<u32, PolicyError>,
    },
    /// An insured unit beside a medical-cost advance: the other items by the ordinary claim.
    OtherBenefitsClaim,
    /// What the unit pays itself is never advanced.
    EmployerItems,
    /// A unit never enrolled: practice differs.
    NeverEnrolled,
    /// The unit paid its arrears after the injury.
    BackPaid,
    /// 不确定 whether the unit was insured.
    ConfirmInsured,
    /// 不确定 whether the injury was on a construction site, or whether its project was
    /// enrolled, and the unit's own insurance does not settle it.
    ConfirmProject,
    /// 不确定 where the unit stands.
    ConfirmTrigger,
    /// The unit is paying.
    EmployerPaying,
    /// A ruling ending this round of enforcement: practice differs.
    TerminationRuling,
    /// A court route without a ruling yet.
    ConfirmEnforcement,
    /// The application: from when it is counted and, where the unit did not pay premiums
    /// (or may not have), the written demand's schedule.
    Apply {
        /// The day the application is counted from.
        applied: Date,
        /// No day was given: counted from the as-of day.
        from_today: bool,
        demand: Option<Demand>,
    },
    /// A refusal is told in writing, by the counted day.
    RefusalNotice { days: u32, by: Counted },
    /// What is advanced on the medical route.
    MedicalScope,
    /// What is advanced on the employer route.
    FundScope,
    /// The fund recovers from the unit within `days`.
    Recovery { days: u32 },
    /// Compensation received later is paid back; concealment is fined `fine` times.
    Refund { fine: Option<(Decimal, Decimal)> },
    /// Someone else applies: ask what proxy the office needs.
    ConfirmProxy,
}

/// The written demand on the unit and the unit's time to pay (办法第五条、第七条), counted in
/// working days from the application.
#[derive(Clone, Debug, PartialEq)]
pub struct Demand {
    pub reminder_days: u32,
    pub pay_days: u32,
    pub reminded: Counted,
    /// The two counts in one go from the application.
    pub paid: Counted,
    /// The unit's premiums are 不确定: both cases are told, and no deadline is set.
    pub if_uninsured: bool,
}

/// Why the verdict is what it is.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    DecisionMade,
    DecisionFirst,
    ThirdPartyPaid,
    /// Part, refused or unknown.
    ThirdPartyUnpaid(TpPaid),
    Insured,
    /// The construction project was enrolled by project: the site is covered.
    ProjectInsured,
    Uninsured,
    EmployerPaying,
    /// 办法第六条's triggers met, in the order they are told.
    TriggersMet(Vec<Met>),
}

/// A trigger of 办法第六条 that is met.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Met {
    Revoked,
    Refuses,
    Other,
    Suspended,
    Terminated,
}

/// A document to bring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doc {
    IdCard,
    RecognitionReceipt,
    RecognitionForm,
    LabourRelation,
    Diagnosis,
    DeathCertificateIfDied,
    /// Named in more than one place, so listed once under one name.
    AccidentProof,
    MedicalInsuranceCard,
    SideRouteStatement,
    NonPaymentStatement,
    /// Named in more than one place, so listed once under one name.
    MedicalBills,
    MedicalInsuranceAdvanced,
    CivilRulings,
    Settlement,
    ThirdPartyPayments,
    SocialSecurityCard,
    ProjectCertificate,
    RegistrationStatus,
    DemandRecord,
    RulingsIfAny,
    RevocationRecord,
    RefusalRecord,
    WontPayStatement,
    AwardOrJudgment,
    EnforcementRuling,
    ArbitrationOrJudgment,
    EnforcementApplication,
    ApplicationForm,
    Decision,
    ApplicantId,
    Kinship,
    Proxy,
    Appraisal,
    BenefitClaimForm,
    DeathCertificate,
    Dependants,
}

type Item = Found<Finding, Doc>;

impl Rules for Advance {
    type Verdict = Verdict;
    type Finding = Finding;
    type Reason = Reason;
    type Doc = Doc;

    fn kind(verdict: Verdict) -> Kind {
        match verdict {
            Verdict::Medical | Verdict::Advance => Kind::Must,
            Verdict::Likely | Verdict::AskOffice => Kind::Ask,
            Verdict::NotYet | Verdict::NotNeeded | Verdict::NotEligible => Kind::Nothing,
        }
    }

    /// Only answers on the path count: a stray answer left in a link from another
    /// route (or typed into it) never changes the result.
    fn assess(answers: &Answers, day: Date) -> Outcome<Advance> {
        let on_path = super::FLOW.answers_on_path(answers);
        let a = &on_path;
        let mut out = Outcome::new(Verdict::AskOffice);
        if let Some(slip) =
            DateSlip::death_before_injury(a.date(id::INJURY_DATE), a.date(id::DEATH_DATE))
        {
            out.problem(slip);
        }
        if !a.is(id::DECISION, YesNo::Yes) {
            not_yet(a, day, &mut out);
            return out.each_document_once();
        }
        out.reason(
            Reason::DecisionMade,
            [
                cite(&SRC_ADVANCE_ORDER_15, "第四条"),
                cite(&SRC_ADVANCE_ORDER_15, "第六条"),
            ],
        );
        let medical = medical_route(a);
        third_party(a, &mut out);
        let employer = employer(a, day, &mut out);
        out.verdict = match (employer, medical) {
            (EmployerRoute::Eligible { likely: true }, _) => Verdict::Likely,
            (EmployerRoute::Eligible { likely: false }, _) => Verdict::Advance,
            (_, true) => Verdict::Medical,
            (EmployerRoute::Paying, false) => Verdict::NotEligible,
            (EmployerRoute::Insured, false) => Verdict::NotNeeded,
            (EmployerRoute::Undetermined, false) => Verdict::AskOffice,
        };
        if matches!(
            out.verdict,
            Verdict::Medical | Verdict::Advance | Verdict::Likely
        ) {
            application(a, day, &mut out);
        }
        out.each_document_once()
    }
}

/// No injury decision yet: why it comes first, its deadlines and its materials.
fn not_yet(a: &Answers, day: Date, out: &mut Outcome<Advance>) {
    out.verdict = Verdict::NotYet;
    out.see = Some(crate::injury::see(None, a.date(id::INJURY_DATE), None));
    out.reason(
        Reason::DecisionFirst,
        [
            cite(&SRC_ADVANCE_ORDER_15, "第四条"),
            cite(&SRC_ADVANCE_ORDER_15, "第六条"),
        ],
    );
    if a.unsure(id::DECISION) {
        out.push(
            Found::new(Status::Ask, Finding::ConfirmDecision)
                .bring(&[Doc::IdCard, Doc::RecognitionReceipt]),
        );
    }
    let employer_days = out.whole(&INJURY_REPORT_DAYS_EMPLOYER, day);
    let worker_years = out.whole(&INJURY_REPORT_YEARS_WORKER, day);
    let art17 = cite(&SRC_REGULATION, "第十七条");
    let mut employer_item = Found::new(
        Status::Must,
        Finding::EmployerApplies {
            days: employer_days,
        },
    )
    .cite([art17]);
    let mut worker_cites = vec![art17];
    let mut worker_due = None;
    if let (Some(injured), Some(n), Some(years)) =
        (a.date(id::INJURY_DATE), employer_days, worker_years)
    {
        let (employer_due, moved) = period_deadline(injured.add_days(i64::from(n)), day);
        employer_item = employer_item.by(employer_due).cite(moved);
        let (due, moved) = period_deadline(injured.add_months(12 * years as i32), day);
        worker_cites.extend(moved);
        if due.overdue {
            worker_cites.push(cite(&SRC_SPC_2014, "第七条"));
        }
        worker_due = Some(due);
    }
    let mut worker_bring = vec![
        Doc::RecognitionForm,
        Doc::LabourRelation,
        Doc::Diagnosis,
        Doc::DeathCertificateIfDied,
    ];
    if a.is(id::THIRD_PARTY, YesNo::Yes) {
        // A commuting accident counts only where the worker was not mainly to blame.
        worker_bring.push(Doc::AccidentProof);
        worker_cites.push(cite(&SRC_REGULATION, "第十四条第（六）项"));
    }
    worker_cites.push(cite(&SRC_REGULATION, "第十八条"));
    worker_cites.push(cite(&SRC_RECOGNITION_ORDER_8, "第六条"));
    let mut worker_item = Found::new(
        Status::May,
        Finding::WorkerApplies {
            years: worker_years,
            dated: worker_due.is_some(),
            lapsed: worker_due.as_ref().is_some_and(|d| d.overdue),
        },
    )
    .cite(worker_cites)
    .bring(&worker_bring);
    if let Some(due) = worker_due {
        worker_item = worker_item.by(due);
    }
    out.bring(&worker_bring);
    out.push(employer_item);
    out.push(worker_item);
    let decision = out.whole(&RECOGNITION_DECISION_DAYS, day);
    let fast = out.whole(&RECOGNITION_FAST_DAYS, day);
    if let (Some(decision), Some(fast)) = (decision, fast) {
        out.push(
            Found::new(Status::Info, Finding::RecognitionTime { decision, fast })
                .cite([cite(&SRC_REGULATION, "第二十条")]),
        );
    }
    match a.answer::<YesNo>(id::THIRD_PARTY) {
        Some(Answer::Is(YesNo::Yes)) => {
            let mut cites = vec![
                cite(&SRC_SI_LAW, "第三十条"),
                cite(&SRC_ADVANCE_ORDER_15, "第二条"),
                cite(&SRC_ADVANCE_ORDER_15, "第三条"),
            ];
            let self_paid_from = match MEDICAL_SIDE_ROUTE_SELF_PAID.state(day) {
                Ok((State::Allowed, v)) => {
                    cites.extend(v.citations.iter().copied());
                    Some(v.from)
                }
                Ok(_) => None,
                Err(e) => {
                    out.problem(e);
                    None
                }
            };
            out.push(
                Found::new(
                    Status::May,
                    Finding::MedicalInsuranceRoute { self_paid_from },
                )
                .cite(cites)
                .bring(&[
                    Doc::MedicalInsuranceCard,
                    Doc::SideRouteStatement,
                    Doc::AccidentProof,
                ])
                .unverified(),
            );
        }
        Some(Answer::Unsure) => out.push(third_party_unsure()),
        _ => {}
    }
}

fn third_party_unsure() -> Item {
    Found::new(Status::Ask, Finding::ConfirmThirdParty)
        .bring(&[Doc::AccidentProof])
        .cite([cite(&SRC_SI_LAW, "第四十二条")])
}

fn third_party(a: &Answers, out: &mut Outcome<Advance>) {
    if a.unsure(id::THIRD_PARTY) {
        out.push(third_party_unsure());
    }
    if !a.is(id::THIRD_PARTY, YesNo::Yes) {
        return;
    }
    let art42 = cite(&SRC_SI_LAW, "第四十二条");
    let spc8 = cite(&SRC_SPC_2014, "第八条");
    match a.answer::<TpPaid>(id::TP_PAID) {
        Some(Answer::Is(TpPaid::Full)) => {
            out.reason(Reason::ThirdPartyPaid, [spc8, art42]);
            out.push(Found::new(Status::NotNeeded, Finding::NoMedicalAdvance).cite([spc8]));
        }
        Some(Answer::Is(paid)) => {
            out.reason(
                Reason::ThirdPartyUnpaid(paid),
                [art42, cite(&SRC_ADVANCE_ORDER_15, "第五条")],
            );
            out.bring(&[
                Doc::NonPaymentStatement,
                Doc::MedicalBills,
                Doc::MedicalInsuranceAdvanced,
                Doc::AccidentProof,
            ]);
            if paid == TpPaid::Unknown {
                out.push(
                    Found::new(Status::Info, Finding::RoadReliefFund)
                        .cite([cite(&SRC_ROAD_TRAFFIC_LAW, "第七十五条")])
                        .unverified(),
                );
            } else {
                out.bring(&[Doc::CivilRulings]);
            }
            if paid == TpPaid::Refused {
                out.push(
                    Found::new(Status::Info, Finding::KnownThirdParty)
                        .cite([cite(&SRC_ADVANCE_CASES, "")])
                        .unverified(),
                );
            }
        }
        _ => out.push(
            Found::new(Status::Ask, Finding::ConfirmThirdPartyPaid)
                .bring(&[Doc::AccidentProof, Doc::Settlement, Doc::ThirdPartyPayments])
                .cite([art42]),
        ),
    }
}

/// Where the employer's side leaves the worker.
enum EmployerRoute {
    Insured,
    Paying,
    Eligible { likely: bool },
    Undetermined,
}

fn employer(a: &Answers, day: Date, out: &mut Outcome<Advance>) -> EmployerRoute {
    let art38 = cite(&SRC_SI_LAW, "第三十八条");
    let art39 = cite(&SRC_SI_LAW, "第三十九条");
    let art41 = cite(&SRC_SI_LAW, "第四十一条");
    let project = cite(&SRC_MOHRSS_2014_103, "");
    if insured(a) {
        if project_enrolled(a) {
            out.reason(Reason::ProjectInsured, [art38, project]);
        } else {
            out.reason(Reason::Insured, [art38]);
        }
        // Beside a medical-cost advance, say which items this one covers.
        let claim = if medical_route(a) {
            Finding::OtherBenefitsClaim
        } else {
            Finding::OrdinaryClaim {
                manual_days: MANUAL_CLAIM_WORKDAYS.whole(day).map(|(n, _)| n),
            }
        };
        out.push(
            Found::new(Status::NotNeeded, claim)
                .cite([art38, cite(&SRC_SI_HANDLING, "第二十二条")])
                .see(benefits_link(a)),
        );
        out.push(employer_items_note(art39));
        return EmployerRoute::Insured;
    }
    if a.unsure(id::SITE) || a.unsure(id::SITE_ENROLLED) {
        out.push(
            Found::new(Status::Ask, Finding::ConfirmProject)
                .bring(&[Doc::ProjectCertificate])
                .cite([project]),
        );
    }
    match a.answer::<Insured>(id::INSURED) {
        Some(Answer::Is(insured)) => {
            let never = insured == Insured::Never;
            out.reason(
                Reason::Uninsured,
                [art41, cite(&SRC_REGULATION, "第六十二条")],
            );
            if never {
                out.push(
                    Found::new(Status::Info, Finding::NeverEnrolled)
                        .cite([cite(&SRC_ADVANCE_CASES, "")])
                        .unverified(),
                );
            }
            if a.is(id::BACK_PAID, YesNo::Yes) {
                out.push(
                    Found::new(Status::Info, Finding::BackPaid)
                        .cite([cite(&SRC_REGULATION, "第六十二条")]),
                );
            }
            let route = trigger(a, out, never);
            if matches!(route, EmployerRoute::Eligible { .. }) {
                out.push(employer_items_note(art39));
            }
            route
        }
        _ => {
            out.push(
                Found::new(Status::Ask, Finding::ConfirmInsured)
                    .bring(&[Doc::IdCard, Doc::SocialSecurityCard])
                    .cite([art41]),
            );
            EmployerRoute::Undetermined
        }
    }
}

/// The benefits estimate, told what the answers already say.
fn benefits_link(a: &Answers) -> See {
    let cover = if insured(a) {
        benefits::Insured::Yes
    } else if uninsured(a) {
        benefits::Insured::No
    } else {
        benefits::Insured::Unsure
    };
    let outcome = match a.answer::<Condition>(id::CONDITION) {
        Some(Answer::Is(Condition::Treating)) => Some(Harm::TREATMENT),
        Some(Answer::Is(Condition::Appraised)) => Some(Harm::DISABILITY),
        Some(Answer::Is(Condition::Died)) => Some(Harm::DEATH),
        _ => None,
    };
    // The benefits of a death are counted from the day of death.
    let day = if outcome == Some(Harm::DEATH) {
        a.date(id::DEATH_DATE)
    } else {
        a.date(id::INJURY_DATE)
    };
    benefits::form::see(cover, day, outcome)
}

fn employer_items_note(art39: Citation) -> Item {
    Found::new(Status::Info, Finding::EmployerItems)
        .cite([art39, cite(&SRC_ADVANCE_ORDER_15, "第十五条")])
}

/// 办法第六条: any one trigger suffices.
fn trigger(a: &Answers, out: &mut Outcome<Advance>, never_registered: bool) -> EmployerRoute {
    let art6 = cite(&SRC_ADVANCE_ORDER_15, "第六条");
    if a.unsure(id::TRIGGER) {
        out.push(
            Found::new(Status::Ask, Finding::ConfirmTrigger)
                .bring(&[
                    Doc::RegistrationStatus,
                    Doc::DemandRecord,
                    Doc::RulingsIfAny,
                ])
                .cite([art6]),
        );
        return EmployerRoute::Undetermined;
    }
    if a.is(id::TRIGGER, Trigger::Paying) {
        out.reason(Reason::EmployerPaying, [art6]);
        out.push(Found::new(Status::NotNeeded, Finding::EmployerPaying).cite([art6]));
        return EmployerRoute::Paying;
    }
    let mut met = Vec::new();
    if a.has(id::TRIGGER, Trigger::Revoked) {
        met.push(Met::Revoked);
        out.bring(&[Doc::RevocationRecord]);
    }
    if a.has(id::TRIGGER, Trigger::Refuses) {
        met.push(Met::Refuses);
        out.bring(&[Doc::RefusalRecord]);
    }
    if a.has(id::TRIGGER, Trigger::Other) {
        met.push(Met::Other);
        out.bring(&[Doc::WontPayStatement]);
    }
    let mut likely = never_registered;
    if a.has(id::TRIGGER, Trigger::Court) {
        out.bring(&[Doc::AwardOrJudgment, Doc::EnforcementRuling]);
        match a.answer::<CourtRuling>(id::COURT_RULING) {
            Some(Answer::Is(CourtRuling::Suspend)) => met.push(Met::Suspended),
            Some(Answer::Is(CourtRuling::Terminate)) => {
                met.push(Met::Terminated);
                out.push(
                    Found::new(Status::Info, Finding::TerminationRuling)
                        .cite([art6, cite(&SRC_ADVANCE_CASES, "")])
                        .unverified(),
                );
                if met.len() == 1 {
                    likely = true;
                }
            }
            _ if met.is_empty() => {
                out.push(
                    Found::new(Status::Ask, Finding::ConfirmEnforcement)
                        .bring(&[Doc::ArbitrationOrJudgment, Doc::EnforcementApplication])
                        .cite([art6]),
                );
                return EmployerRoute::Undetermined;
            }
            _ => {}
        }
    }
    out.reason(
        Reason::TriggersMet(met),
        [
            art6,
            cite(&SRC_ADVANCE_ORDER_15, "第七条"),
            cite(&SRC_ADVANCE_ORDER_15, "第八条"),
        ],
    );
    EmployerRoute::Eligible { likely }
}

/// The application itself: deadlines in working days, what the fund pays, the
/// duties afterwards, the right to review, and what to bring.
fn application(a: &Answers, day: Date, out: &mut Outcome<Advance>) {
    // The written demand on the unit (办法第五条第三、四项，第七条) applies only where
    // premiums were not paid; for 不确定 both cases are shown.
    let unpaid = uninsured(a);
    let unsure = a.unsure(id::INSURED);
    let given = a.date(id::APPLIED_ON);
    let applied = given.unwrap_or(day);
    let (reminder, pay, refusal) = (
        out.whole(&REMINDER_WORKDAYS, day),
        out.whole(&EMPLOYER_PAY_WORKDAYS, day),
        out.whole(&REFUSAL_DECISION_WORKDAYS, day),
    );
    let mut cites = vec![
        cite(&SRC_ADVANCE_ORDER_15, "第四条"),
        cite(&SRC_ADVANCE_ORDER_15, "第六条"),
        cite(&SRC_HANDLING_2012_11, ""),
    ];
    let mut demand = None;
    let mut due = None;
    if unpaid || unsure {
        if let (Some(r), Some(p)) = (reminder, pay) {
            let reminded = add_workdays(applied, r);
            // Counted from the application in one go: the same day as counting on from the
            // reminder, and the caveat then speaks of the whole count.
            let paid = add_workdays(applied, r.saturating_add(p));
            if let Some(w) = paid.warning().or(reminded.warning()) {
                out.problem(w);
            }
            if !unsure {
                // The unit's deadline, not the applicant's: never shown as overdue.
                due = Some(Due {
                    date: paid.day,
                    overdue: false,
                    note: paid.note(),
                });
            }
            demand = Some(Demand {
                reminder_days: r,
                pay_days: p,
                reminded,
                paid,
                if_uninsured: unsure,
            });
            cites.push(cite(&SRC_ADVANCE_ORDER_15, "第五条"));
            cites.push(cite(&SRC_ADVANCE_ORDER_15, "第七条"));
        }
    }
    let mut procedure = Found::new(
        Status::May,
        Finding::Apply {
            applied,
            from_today: given.is_none(),
            demand,
        },
    )
    .cite(cites);
    if let Some(due) = due {
        procedure = procedure.by(due);
    }
    out.push(procedure.unverified());
    if let Some(n) = refusal {
        let by = add_workdays(applied, n);
        if let Some(w) = by.warning() {
            out.problem(w);
        }
        out.push(
            Found::new(Status::Info, Finding::RefusalNotice { days: n, by })
                .cite([
                    cite(&SRC_ADVANCE_ORDER_15, "第九条"),
                    cite(&SRC_ADVANCE_ORDER_15, "第十七条"),
                ])
                .unverified(),
        );
    }
    if out.verdict == Verdict::Medical {
        out.push(Found::new(Status::Info, Finding::MedicalScope).cite([
            cite(&SRC_SI_LAW, "第四十二条"),
            cite(&SRC_ADVANCE_ORDER_15, "第五条"),
            cite(&SRC_ADVANCE_ORDER_15, "第十二条"),
        ]));
    } else {
        out.push(
            Found::new(Status::Info, Finding::FundScope)
                .cite([
                    cite(&SRC_SI_LAW, "第三十八条"),
                    cite(&SRC_ADVANCE_ORDER_15, "第八条"),
                ])
                .see(benefits_link(a)),
        );
        if let Some(n) = out.whole(&EMPLOYER_REPAY_DAYS, day) {
            out.push(
                Found::new(Status::Info, Finding::Recovery { days: n }).cite([
                    cite(&SRC_ADVANCE_ORDER_15, "第十三条"),
                    cite(&SRC_ADVANCE_ORDER_15, "第十四条"),
                    cite(&SRC_SI_LAW, "第六十三条"),
                ]),
            );
        }
    }
    let fine = match FRAUD_FINE_MULTIPLE.list(day) {
        Ok(([low, high], _)) => Some((*low, *high)),
        Ok(_) => None,
        Err(e) => {
            out.problem(e);
            None
        }
    };
    out.push(
        Found::new(Status::Risk, Finding::Refund { fine })
            .cite([
                cite(&SRC_ADVANCE_ORDER_15, "第十一条"),
                cite(&SRC_ADVANCE_ORDER_15, "第十六条"),
                cite(&SRC_SI_LAW, "第八十八条"),
            ])
            .unverified(),
    );

    out.bring(&[Doc::ApplicationForm, Doc::Decision, Doc::IdCard]);
    match a.answer::<Applicant>(id::APPLICANT) {
        Some(Answer::Is(Applicant::Relative)) => out.bring(&[Doc::ApplicantId, Doc::Kinship]),
        Some(Answer::Is(Applicant::Worker)) => {}
        _ => out.push(
            Found::new(Status::Ask, Finding::ConfirmProxy)
                .bring(&[Doc::Proxy])
                .cite([
                    cite(&SRC_ADVANCE_ORDER_15, "第四条"),
                    cite(&SRC_ADVANCE_ORDER_15, "第六条"),
                ])
                .unverified(),
        ),
    }
    match a.answer::<Condition>(id::CONDITION) {
        Some(Answer::Is(Condition::Appraised)) => {
            out.bring(&[Doc::Appraisal, Doc::BenefitClaimForm])
        }
        Some(Answer::Is(Condition::Died)) => out.bring(&[
            Doc::DeathCertificate,
            Doc::Dependants,
            Doc::BenefitClaimForm,
        ]),
        _ => {}
    }
    out.bring(&[Doc::MedicalBills]);
}
