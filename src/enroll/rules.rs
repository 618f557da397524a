//! The policy rules of the self-check: from the answers and the as-of date to typed
//! findings, each with its citations, dates and documents. 不确定 never becomes a yes
//! or a no: it becomes a finding that says what to ask and what to bring. The words
//! are in `wording`.

use super::questions::{
    id, CourierOutlet, DispatchLocal, DispatchRole, People, ProjectRole, Sector, Unit,
};
use crate::benefits::{self, Insured};
use crate::choice::{Answer, YesNo};
use crate::date::{Date, YearMonth};
use crate::flow::Answers;
use crate::outcome::{Found, Kind, Rules, See, Status};
use crate::policy::*;
use crate::premium::form::{Mode, RateSource};
use crate::retirement::{age_on, retirement, Category};
use crate::workdays::period_deadline;
use rust_decimal::Decimal;

/// The marker of 参保义务自查 for [`Rules`] and [`crate::outcome::Wording`].
pub struct Enroll;

pub type Outcome = crate::outcome::Outcome<Enroll>;
type Item = Found<Finding, Doc>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The unit must enroll its people.
    MustEnroll,
    /// Civil servants and 参公 staff: the unit pays injuries itself (条例第六十五条).
    OutsideFund,
    NothingToDo,
    /// The answers do not decide it.
    AskOffice,
}

/// The self-check gives no reasons apart from its findings.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {}

/// A low and a high figure from one parameter, e.g. a fine of 1 to 3 times.
pub type Span = (Decimal, Decimal);

/// The high-risk sectors Changzhou names as its enrollment focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Dust,
    Chemicals,
    Construction,
}

/// When one retirement category reaches the legal age.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Retires {
    pub category: Category,
    pub month: YearMonth,
    /// Reached by the as-of date.
    pub reached: bool,
    /// The legal age, e.g. `63周岁`, as `retirement` gives it.
    pub age: String,
}

/// The person past (or near) the legal retirement age the answers describe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Each category tried (the answered one, or all when it is not known); empty without
    /// a birth month.
    pub retires: Vec<Retires>,
    /// The as-of date and the person's age on it, in whole years.
    pub age: Option<(Date, i32)>,
}

/// One thing the result tells the unit, in the order a reader meets them.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    // Who the unit is.
    UnitUnsure,
    /// `days`: the period to enroll employees once hired, when the data gives it.
    SoleNoEmployees {
        days: Option<u32>,
    },
    SoleOwner,
    SoleEmployeesUnsure,
    CivilService,
    CivilOthers,
    CivilUnsure,
    AllStaff,
    // Registration.
    /// `days`: the period from founding, when the data gives it; `dated`: a founding date
    /// was given (the item then has its deadline); `overdue_fines`: past it, the fine in
    /// times the premium and the fine of the people responsible in yuan.
    Registration {
        days: Option<u32>,
        dated: bool,
        overdue_fines: Option<(Span, Span)>,
    },
    RegistrationUnsure,
    // Sectors.
    SectorUnsure,
    FocusSectors(Vec<Focus>),
    Construction,
    Elevator,
    // People.
    PeopleUnsure,
    /// `dated`: a hiring date was given (the item then has its deadline).
    Unenrolled {
        days: u32,
        dated: bool,
        overdue: bool,
    },
    EnrolledUnsure {
        days: u32,
    },
    NewHires {
        days: u32,
    },
    PartTime,
    DispatchAgency,
    DispatchHostPays,
    DispatchByAgency,
    DispatchBranchUnsure,
    DispatchRoleUnsure,
    /// `opens`: the day the scheme takes effect, when the data holds it.
    InternNotYet {
        opens: Option<Date>,
    },
    InternMay,
    InternNotSchool,
    InternUnsure,
    // Overage, while 人社部令第56号 is in force (`since`: its first day).
    EarlyRetireeOrder56 {
        person: Person,
        since: Date,
    },
    PensionerOrder56 {
        person: Person,
        since: Date,
    },
    NotYetRetiredOrder56 {
        person: Person,
    },
    FlexibleOrder56 {
        person: Person,
    },
    OverageOrder56 {
        person: Person,
        since: Date,
    },
    WhichChannel,
    EnrollAnyway {
        person: Person,
        since: Date,
    },
    /// The policy data's guidance on whether Jiangsu's age cap still applies.
    AgeCap {
        guidance: &'static str,
    },
    // Overage, before 56号 (`coming`: the day 56号 takes effect, when the data holds it).
    RetirementUnknown,
    NotYetRetired {
        person: Person,
    },
    EarlyRetired {
        person: Person,
        coming: Option<Date>,
    },
    EarlyRetiredUnsure {
        person: Person,
    },
    CategoryUnsure {
        person: Person,
    },
    PensionUnsure {
        person: Person,
    },
    Pensioner {
        person: Person,
        coming: Option<Date>,
    },
    OverageNotYet {
        person: Person,
        opens: Option<Date>,
    },
    Flexible {
        person: Person,
    },
    FlexibleUnsure {
        person: Person,
    },
    OverCap {
        person: Person,
        cap: u32,
        coming: Option<Date>,
    },
    SingleItem {
        person: Person,
        cap: u32,
        coming: Option<Date>,
    },
    // Construction projects.
    ProjectEnrolled,
    ProjectMust,
    ProjectUnsure,
    ProjectSub,
    ProjectOwner,
    ProjectRoleUnsure,
    // Couriers.
    CourierOutletEnrolls,
    CourierByCompany,
    CourierOutletUnsure,
    CourierCampaign,
    // Platform workers.
    PlatformNotYet {
        opens: Option<Date>,
    },
    /// `note`: which platforms are in on the day, from the policy value's note.
    Platform {
        note: &'static str,
    },
    // Risks.
    BeforeEnrollment,
    /// A worker already injured: the injury guide, for the unit's application.
    InjuryAlready,
    /// `late_rate`: the daily late fee in percent; `arrears`: the fine in times the arrears;
    /// `unregistered`: the fine for not registering, told only to a unit not known to have.
    Penalties {
        late_rate: Decimal,
        arrears: Span,
        unregistered: Option<Span>,
    },
    WageBase,
    EnrollThenDrop,
    SameUnit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doc {
    Licence,
    Roster,
    HiringStatement,
    CivilApproval,
    DispatchOrInternAgreements,
    DispatchAgreement,
    AgencyLicences,
    DispatchedList,
    AgencyLicence,
    InternAgreement,
    InternList,
    InternOrWorkAgreement,
    StudentCard,
    IdCard,
    PersonnelFile,
    PensionProof,
    ContractWithPrice,
    ProjectRoster,
    Contract,
    BuildingPermit,
    CourierAgreement,
}

impl Rules for Enroll {
    type Verdict = Verdict;
    type Finding = Finding;
    type Reason = Reason;
    type Doc = Doc;

    fn kind(verdict: Verdict) -> Kind {
        match verdict {
            Verdict::MustEnroll => Kind::Must,
            Verdict::OutsideFund => Kind::Info,
            Verdict::NothingToDo => Kind::Nothing,
            Verdict::AskOffice => Kind::Ask,
        }
    }

    fn assess(answers: &Answers, day: Date) -> Outcome {
        assess(answers, day)
    }
}

/// A whole-number figure; a missing one is reported, never defaulted.
fn whole(out: &mut Outcome, param: &'static Param, day: Date) -> Option<u32> {
    param
        .whole(day)
        .map_err(|e| out.problem(e))
        .ok()
        .map(|(n, _)| n)
}

/// A parameter holding a low and a high figure.
fn span(out: &mut Outcome, param: &'static Param, day: Date) -> Option<Span> {
    match param.list(day) {
        Ok(([low, high], _)) => Some((*low, *high)),
        Ok(_) => {
            out.problem(PolicyError::WrongKind {
                param: param.label,
                day,
            });
            None
        }
        Err(e) => {
            out.problem(e);
            None
        }
    }
}

fn state(
    out: &mut Outcome,
    param: &'static Param,
    day: Date,
) -> Option<(State, InForce<DatedValue>)> {
    param.state(day).map_err(|e| out.problem(e)).ok()
}

/// When a rule the data already holds takes effect, if it does.
fn opens(param: &'static Param, day: Date) -> Option<Date> {
    param.next_after(day).map(|v| v.from)
}

/// Only answers on the path count: a stray answer left in a link from another
/// route (or typed into it) never changes the result.
pub fn assess(answers: &Answers, day: Date) -> Outcome {
    let on_path = super::FLOW.answers_on_path(answers);
    let a = &on_path;
    let mut out = Outcome::new(Verdict::MustEnroll);
    let unit = a.answer::<Unit>(id::UNIT);
    let covered = cite(&SRC_REGULATION, "第二条");

    // Who the unit is.
    match unit {
        Some(Answer::Unsure) => {
            out.verdict = Verdict::AskOffice;
            out.push(
                Item::new(Status::Ask, Finding::UnitUnsure)
                    .bring(&[Doc::Licence])
                    .cite([covered]),
            );
            return out;
        }
        Some(Answer::Is(Unit::Sole)) if a.is(id::EMPLOYEES, YesNo::No) => {
            out.verdict = Verdict::NothingToDo;
            let days = whole(&mut out, &EMPLOYEE_REGISTRATION_DAYS, day);
            out.push(
                Item::new(Status::NotNeeded, Finding::SoleNoEmployees { days })
                    .cite([covered, cite(&SRC_SI_LAW, "第五十八条")]),
            );
            out.push(Item::new(Status::Info, Finding::SoleOwner).unverified());
            return out;
        }
        Some(Answer::Is(Unit::Sole)) if a.unsure(id::EMPLOYEES) => {
            out.verdict = Verdict::AskOffice;
            out.push(
                Item::new(Status::Ask, Finding::SoleEmployeesUnsure)
                    .bring(&[Doc::Licence, Doc::HiringStatement])
                    .cite([covered]),
            );
            return out;
        }
        _ => {}
    }
    let civil_service = unit == Some(Answer::Is(Unit::Organ)) || a.is(id::CIVIL, YesNo::Yes);
    if civil_service {
        out.verdict = Verdict::OutsideFund;
        out.push(
            Item::new(Status::Info, Finding::CivilService)
                .cite([cite(&SRC_REGULATION, "第六十五条")]),
        );
        out.push(
            Item::new(Status::Must, Finding::CivilOthers)
                .cite([cite(&SRC_JS_2023_2, "第二条")])
                .bring(&[Doc::Roster])
                .unverified(),
        );
    } else if a.unsure(id::CIVIL) {
        out.verdict = Verdict::AskOffice;
        out.push(
            Item::new(Status::Ask, Finding::CivilUnsure)
                .bring(&[Doc::CivilApproval, Doc::Licence])
                .cite([
                    cite(&SRC_REGULATION, "第六十五条"),
                    cite(&SRC_JS_COLLECTION, "第三条"),
                ]),
        );
    } else {
        out.push(Item::new(Status::Must, Finding::AllStaff).cite([
            covered,
            cite(&SRC_SI_LAW, "第三十三条"),
            cite(&SRC_JS_COLLECTION, "第三条"),
        ]));
    }

    registration(a, day, &mut out);
    sectors(a, &mut out);
    people(a, day, &mut out);
    risks(a, day, &mut out);
    out.see = estimate(a, &out);
    out
}

fn registration(a: &Answers, day: Date, out: &mut Outcome) {
    match a.answer::<YesNo>(id::REGISTERED) {
        Some(Answer::Is(YesNo::No)) => {
            let mut cites = vec![cite(&SRC_SI_LAW, "第五十七条")];
            let days = whole(out, &UNIT_REGISTRATION_DAYS, day);
            let founded = days.and(a.date(id::FOUNDED));
            let mut due = None;
            let mut overdue_fines = None;
            if let (Some(days), Some(founded)) = (days, founded) {
                let (deadline, moved) = period_deadline(founded.add_days(i64::from(days)), day);
                if deadline.overdue {
                    let fine = span(out, &UNREGISTERED_FINE_MULTIPLE, day);
                    let manager = span(out, &UNREGISTERED_MANAGER_FINE, day);
                    overdue_fines = fine.zip(manager);
                    cites.push(cite(&SRC_SI_LAW, "第八十四条"));
                }
                cites.extend(moved);
                due = Some(deadline);
            }
            let finding = Finding::Registration {
                days,
                dated: founded.is_some(),
                overdue_fines,
            };
            let mut item = Item::new(Status::Must, finding)
                .bring(&[Doc::Licence])
                .cite(cites);
            item.due = due;
            out.push(item);
        }
        Some(Answer::Unsure) => out.push(
            Item::new(Status::Ask, Finding::RegistrationUnsure)
                .bring(&[Doc::Licence])
                .cite([cite(&SRC_SI_LAW, "第五十七条")]),
        ),
        _ => {}
    }
}

const FOCUS: [(Sector, Focus); 3] = [
    (Sector::Dust, Focus::Dust),
    (Sector::Chemicals, Focus::Chemicals),
    (Sector::Construction, Focus::Construction),
];

fn sectors(a: &Answers, out: &mut Outcome) {
    let cz_focus = cite(&SRC_CZ_2022_29, "二（一）1");
    if a.unsure(id::SECTOR) {
        out.push(Item::new(Status::Info, Finding::SectorUnsure).cite([cz_focus]));
        return;
    }
    let high_risk: Vec<Focus> = FOCUS
        .iter()
        .filter(|(s, _)| a.has(id::SECTOR, *s))
        .map(|(_, f)| *f)
        .collect();
    if !high_risk.is_empty() {
        out.push(Item::new(Status::Info, Finding::FocusSectors(high_risk)).cite([cz_focus]));
    }
    if a.has(id::SECTOR, Sector::Construction) {
        out.push(
            Item::new(Status::Info, Finding::Construction)
                .cite([cite(&SRC_CZ_2022_29, "二（六）14")]),
        );
    }
    if a.has(id::SECTOR, Sector::Elevator) {
        out.push(
            Item::new(Status::Info, Finding::Elevator)
                .cite([cite(&SRC_CZ_2022_29, "二（六）14")])
                .unverified(),
        );
    }
}

fn people(a: &Answers, day: Date, out: &mut Outcome) {
    if a.unsure(id::PEOPLE) {
        out.push(
            Item::new(Status::Ask, Finding::PeopleUnsure)
                .bring(&[Doc::Roster, Doc::DispatchOrInternAgreements]),
        );
        return;
    }
    if a.has(id::PEOPLE, People::Regular) {
        regular(a, day, out);
    }
    if a.has(id::PEOPLE, People::Parttime) {
        out.push(Item::new(Status::Must, Finding::PartTime).cite([
            cite(&SRC_PARTTIME_2003_12, "十二"),
            cite(&SRC_MOHRSS_ORDER_13, "第九条"),
            cite(&SRC_SPC_2014, "第三条第一款第（一）项"),
        ]));
    }
    if a.has(id::PEOPLE, People::Dispatched) {
        dispatched(a, out);
    }
    if a.has(id::PEOPLE, People::Intern) {
        intern(a, day, out);
    }
    if a.has(id::PEOPLE, People::Overage) {
        overage(a, day, out);
    }
    if a.has(id::PEOPLE, People::Project) {
        project(a, out);
    }
    if a.has(id::PEOPLE, People::Courier) {
        let courier = cite(&SRC_COURIER_NOTICE, "");
        out.push(match a.answer::<CourierOutlet>(id::COURIER_OUTLET) {
            Some(Answer::Is(CourierOutlet::Employer)) => {
                Item::new(Status::Must, Finding::CourierOutletEnrolls)
                    .cite([courier])
                    .unverified()
            }
            Some(Answer::Is(CourierOutlet::Filed)) => {
                Item::new(Status::Info, Finding::CourierByCompany)
                    .cite([courier])
                    .unverified()
            }
            _ => Item::new(Status::Ask, Finding::CourierOutletUnsure)
                .cite([courier])
                .bring(&[Doc::Licence, Doc::CourierAgreement])
                .unverified(),
        });
        out.push(
            Item::new(Status::Info, Finding::CourierCampaign)
                .cite([cite(&SRC_CZ_2022_29, "二（一）1")]),
        );
    }
    if a.has(id::PEOPLE, People::Platform) {
        platform(day, out);
    }
}

fn regular(a: &Answers, day: Date, out: &mut Outcome) {
    let art58 = cite(&SRC_SI_LAW, "第五十八条");
    let Some(days) = whole(out, &EMPLOYEE_REGISTRATION_DAYS, day) else {
        return;
    };
    // Not registered means no one is enrolled yet; the question is not asked then.
    let all_enrolled = if a.is(id::REGISTERED, YesNo::No) {
        Some(Answer::Is(YesNo::No))
    } else {
        a.answer::<YesNo>(id::ALL_ENROLLED)
    };
    match all_enrolled {
        Some(Answer::Is(YesNo::No)) => {
            let mut cites = vec![
                art58,
                cite(&SRC_SI_LAW, "第四十一条"),
                cite(&SRC_REGULATION, "第六十二条"),
            ];
            let hired = a.date(id::HIRED);
            let due = hired.map(|hired| {
                let (deadline, moved) = period_deadline(hired.add_days(i64::from(days)), day);
                cites.extend(moved);
                deadline
            });
            let finding = Finding::Unenrolled {
                days,
                dated: hired.is_some(),
                overdue: due.as_ref().is_some_and(|d| d.overdue),
            };
            let mut item = Item::new(Status::Must, finding)
                .bring(&[Doc::Roster])
                .cite(cites);
            item.due = due;
            out.push(item);
        }
        Some(Answer::Unsure) => out.push(
            Item::new(Status::Ask, Finding::EnrolledUnsure { days })
                .bring(&[Doc::Roster])
                .cite([art58]),
        ),
        _ => out.push(Item::new(Status::Info, Finding::NewHires { days }).cite([art58])),
    }
}

/// 劳务派遣暂行规定: the agency enrolls and bears the liability (第八条、第十条); dispatched
/// across regions, the workers are insured where the host is, and without an agency branch
/// there the host enrolls and pays on the agency's behalf (第十八条、第十九条).
fn dispatched(a: &Answers, out: &mut Outcome) {
    let art = |pinpoint| cite(&SRC_DISPATCH_ORDER_22, pinpoint);
    let liability = [
        art("第八条"),
        art("第十条"),
        cite(&SRC_SPC_2014, "第三条第一款第（二）项"),
    ];
    let cross_region = [art("第十八条"), art("第十九条")];
    let role = a.answer::<DispatchRole>(id::DISPATCH_ROLE);
    let local = a.answer::<DispatchLocal>(id::DISPATCH_LOCAL);
    out.push(match (role, local) {
        (Some(Answer::Is(DispatchRole::Agency)), _) => {
            Item::new(Status::Must, Finding::DispatchAgency)
                .cite(liability)
                .cite(cross_region)
                .bring(&[Doc::DispatchAgreement, Doc::Roster])
        }
        (Some(Answer::Is(DispatchRole::Host)), Some(Answer::Is(DispatchLocal::NoBranch))) => {
            Item::new(Status::Must, Finding::DispatchHostPays)
                .cite(cross_region)
                .cite(liability)
                .bring(&[
                    Doc::DispatchAgreement,
                    Doc::AgencyLicences,
                    Doc::DispatchedList,
                ])
        }
        (Some(Answer::Is(DispatchRole::Host)), Some(Answer::Is(DispatchLocal::Branch))) => {
            Item::new(Status::NotNeeded, Finding::DispatchByAgency)
                .cite(liability)
                .cite(cross_region)
        }
        (Some(Answer::Is(DispatchRole::Host)), _) => {
            Item::new(Status::Ask, Finding::DispatchBranchUnsure)
                .cite(cross_region)
                .bring(&[Doc::DispatchAgreement, Doc::AgencyLicence])
        }
        _ => Item::new(Status::Ask, Finding::DispatchRoleUnsure)
            .bring(&[Doc::DispatchAgreement])
            .cite(liability),
    });
}

fn intern(a: &Answers, day: Date, out: &mut Outcome) {
    let source = cite(&SRC_JS_2020_6, "");
    match a.answer::<YesNo>(id::INTERN_SCHOOL) {
        Some(Answer::Is(YesNo::Yes)) => match state(out, &INTERN_ENROLLMENT, day) {
            Some((State::NotAvailable, _)) => out.push(
                Item::new(
                    Status::Info,
                    Finding::InternNotYet {
                        opens: opens(&INTERN_ENROLLMENT, day),
                    },
                )
                .cite([source]),
            ),
            Some((_, v)) => out.push(
                Item::new(Status::May, Finding::InternMay)
                    .cite(v.citations.iter().copied())
                    .bring(&[Doc::InternAgreement, Doc::InternList])
                    .unverified(),
            ),
            None => {}
        },
        Some(Answer::Is(YesNo::No)) => out.push(
            Item::new(Status::Ask, Finding::InternNotSchool)
                .cite([source])
                .bring(&[Doc::InternOrWorkAgreement, Doc::StudentCard]),
        ),
        _ => out.push(
            Item::new(Status::Ask, Finding::InternUnsure)
                .cite([source])
                .bring(&[Doc::InternAgreement]),
        ),
    }
}

/// Workers past the legal retirement age, and early retirees hired afterwards.
///
/// While the overage rule is `Mandatory` (人社部令第56号, in force from the date in the data),
/// the unit must enroll every 超龄劳动者 — whether or not drawing a pension (第十五条、第十六条),
/// including early retirees (第二条第二款) — and a worker on 弹性延迟退休 is an ordinary
/// employee (第二十三条). Before it, Jiangsu's voluntary single-item scheme applies as it stood.
fn overage(a: &Answers, day: Date, out: &mut Outcome) {
    let bring_id: &[Doc] = &[Doc::IdCard, Doc::PersonnelFile, Doc::PensionProof];
    let Some((state, v)) = state(out, &OVERAGE_ENROLLMENT, day) else {
        return;
    };
    let rule_cites: Vec<Citation> = v.citations.to_vec();
    let order56 = |pinpoint| cite(&SRC_MOHRSS_ORDER_56, pinpoint);
    let jiangsu = cite(&SRC_JS_2020_6, "");
    let pension = a.answer::<YesNo>(id::OVERAGE_PENSION);
    let flexible = a.answer::<YesNo>(id::OVERAGE_FLEXIBLE);
    let birth = a.month(id::OVERAGE_BIRTH);
    // With the category unknown, try every category: only an answer all agree on is given.
    let categories: Vec<Category> = match a.answer::<Category>(id::OVERAGE_CATEGORY) {
        Some(Answer::Is(c)) => vec![c],
        _ => Category::ALL.to_vec(),
    };
    let retires: Vec<Retires> = birth
        .map(|b| {
            categories
                .iter()
                .filter_map(|c| match retirement(*c, b, day) {
                    Ok(r) => Some(Retires {
                        category: *c,
                        month: r.month,
                        reached: r.reached_by(day),
                        age: r.age_text(),
                    }),
                    Err(e) => {
                        out.problem(e);
                        None
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let retirement_cite = RETIREMENT_MALE
        .at(day)
        .map(|v| v.citations.to_vec())
        .unwrap_or_default();
    let all_reached = !retires.is_empty() && retires.iter().all(|r| r.reached);
    let none_reached = !retires.is_empty() && retires.iter().all(|r| !r.reached);
    let known = !retires.is_empty();
    let person = Person {
        retires,
        age: birth.map(|b| (day, age_on(b, day))),
    };
    let yes = Some(Answer::Is(YesNo::Yes));
    let no = Some(Answer::Is(YesNo::No));

    if state == State::Mandatory {
        let since = v.from;
        let must = |finding: Finding| Item::new(Status::Must, finding).bring(bring_id);
        let item = match (pension, flexible) {
            (p, _) if p == yes && none_reached => {
                must(Finding::EarlyRetireeOrder56 { person, since }).cite([
                    order56("第二条第二款"),
                    order56("第十五条"),
                    order56("第十六条"),
                ])
            }
            (p, _) if p == yes => must(Finding::PensionerOrder56 { person, since }).cite([
                order56("第二条"),
                order56("第十五条"),
                order56("第十六条"),
            ]),
            (p, _) if p == no && none_reached => must(Finding::NotYetRetiredOrder56 { person })
                .cite(retirement_cite.iter().copied())
                .cite([cite(&SRC_REGULATION, "第二条")]),
            (p, f) if p == no && f == yes => must(Finding::FlexibleOrder56 { person })
                .cite([order56("第二十三条"), cite(&SRC_REGULATION, "第二条")]),
            (p, f) if p == no && f == no && all_reached => {
                must(Finding::OverageOrder56 { person, since })
                    .cite([order56("第二条"), order56("第十五条")])
            }
            _ => {
                out.push(
                    Item::new(Status::Ask, Finding::WhichChannel)
                        .cite([order56("第二条"), order56("第二十三条")])
                        .bring(bring_id),
                );
                must(Finding::EnrollAnyway { person, since })
                    .cite([order56("第十五条"), cite(&SRC_REGULATION, "第二条")])
            }
        };
        out.push(item);
        if let Err(PolicyError::NotFound { guidance, .. }) = OVERAGE_AGE_CAP.number(day) {
            out.push(
                Item::new(Status::Info, Finding::AgeCap { guidance })
                    .cite([order56("第十五条"), jiangsu])
                    .unverified(),
            );
        }
        return;
    }

    // Before 56号: Jiangsu's voluntary scheme, for people not drawing a pension.
    if !known {
        out.push(
            Item::new(Status::Ask, Finding::RetirementUnknown)
                .bring(bring_id)
                .cite(retirement_cite),
        );
        return;
    }
    let coming = OVERAGE_ENROLLMENT
        .next_after(day)
        .filter(|next| matches!(next.value, Value::State(State::Mandatory)))
        .map(|next| next.from);
    let with_coming = |item: Item| {
        if coming.is_some() {
            item.cite([order56("第十五条")])
        } else {
            item
        }
    };
    if none_reached {
        let item = match pension {
            Some(Answer::Is(YesNo::No)) => {
                Item::new(Status::Must, Finding::NotYetRetired { person })
                    .cite(retirement_cite)
                    .cite([cite(&SRC_REGULATION, "第二条")])
            }
            // An early retiree drawing a pension: not an ordinary employee, and outside the
            // Jiangsu scheme, which is for people past the legal age who have not retired.
            Some(Answer::Is(YesNo::Yes)) => with_coming(
                Item::new(Status::NotNeeded, Finding::EarlyRetired { person, coming })
                    .cite([
                        cite(&SRC_MOHRSS_2016_29, "第二条"),
                        cite(&SRC_SPC_2020_26, "第三十二条"),
                        jiangsu,
                    ])
                    .bring(bring_id),
            )
            .unverified(),
            _ => Item::new(Status::Ask, Finding::EarlyRetiredUnsure { person })
                .cite(retirement_cite)
                .cite([
                    cite(&SRC_REGULATION, "第二条"),
                    cite(&SRC_MOHRSS_2016_29, "第二条"),
                ])
                .bring(bring_id),
        };
        out.push(item);
        return;
    }
    if !all_reached {
        out.push(
            Item::new(Status::Ask, Finding::CategoryUnsure { person })
                .bring(bring_id)
                .cite(retirement_cite),
        );
        return;
    }
    match (pension, flexible, state) {
        (Some(Answer::Unsure) | None, _, _) => out.push(
            Item::new(Status::Ask, Finding::PensionUnsure { person })
                .bring(bring_id)
                .cite([jiangsu]),
        ),
        (Some(Answer::Is(YesNo::Yes)), _, _) => out.push(
            with_coming(
                Item::new(Status::NotNeeded, Finding::Pensioner { person, coming }).cite([jiangsu]),
            )
            .unverified(),
        ),
        (_, _, State::NotAvailable) => out.push(
            Item::new(
                Status::Info,
                Finding::OverageNotYet {
                    person,
                    opens: opens(&OVERAGE_ENROLLMENT, day),
                },
            )
            .cite([jiangsu]),
        ),
        (_, Some(Answer::Is(YesNo::Yes)), _) => out.push(
            Item::new(Status::Must, Finding::Flexible { person })
                .cite([
                    cite(&SRC_RETIREMENT_2024, ""),
                    cite(&SRC_REGULATION, "第二条"),
                ])
                .bring(bring_id)
                .unverified(),
        ),
        (_, Some(Answer::Unsure), _) => out.push(
            Item::new(Status::Ask, Finding::FlexibleUnsure { person })
                .cite([cite(&SRC_RETIREMENT_2024, ""), jiangsu])
                .bring(bring_id),
        ),
        _ => match OVERAGE_AGE_CAP.whole(day) {
            Ok((cap, _)) if birth.is_some_and(|b| i64::from(age_on(b, day)) > i64::from(cap)) => {
                out.push(
                    with_coming(
                        Item::new(
                            Status::NotNeeded,
                            Finding::OverCap {
                                person,
                                cap,
                                coming,
                            },
                        )
                        .cite([jiangsu]),
                    )
                    .unverified(),
                )
            }
            Ok((cap, _)) => out.push(
                with_coming(
                    Item::new(
                        Status::May,
                        Finding::SingleItem {
                            person,
                            cap,
                            coming,
                        },
                    )
                    .cite(rule_cites.iter().copied()),
                )
                .bring(bring_id)
                .unverified(),
            ),
            Err(e) => out.problem(e),
        },
    }
}

fn project(a: &Answers, out: &mut Outcome) {
    let national = cite(&SRC_MOHRSS_2014_103, "");
    let rate = cite(&SRC_JS_2023_2, "第三条");
    let role = a.answer::<ProjectRole>(id::PROJECT_ROLE);
    let enrolled = a.answer::<YesNo>(id::PROJECT_ENROLLED);
    out.push(match (role, enrolled) {
        (Some(Answer::Is(ProjectRole::General)), Some(Answer::Is(YesNo::Yes))) => {
            Item::new(Status::Info, Finding::ProjectEnrolled).cite([national])
        }
        (Some(Answer::Is(ProjectRole::General)), Some(Answer::Is(YesNo::No))) => {
            Item::new(Status::Must, Finding::ProjectMust)
                .cite([national, rate])
                .bring(&[Doc::ContractWithPrice, Doc::ProjectRoster])
        }
        (Some(Answer::Is(ProjectRole::General)), _) => {
            Item::new(Status::Ask, Finding::ProjectUnsure)
                .cite([national])
                .bring(&[Doc::Contract, Doc::BuildingPermit])
        }
        (Some(Answer::Is(ProjectRole::Sub)), _) => {
            Item::new(Status::Info, Finding::ProjectSub).cite([national])
        }
        (Some(Answer::Is(ProjectRole::Owner)), _) => {
            Item::new(Status::Info, Finding::ProjectOwner).cite([national])
        }
        _ => Item::new(Status::Ask, Finding::ProjectRoleUnsure)
            .cite([national])
            .bring(&[Doc::Contract]),
    });
}

fn platform(day: Date, out: &mut Outcome) {
    let Some((state, v)) = state(out, &PLATFORM_INJURY_COVER, day) else {
        return;
    };
    let cites = v.citations.iter().copied();
    // Which platforms are in is data (the value's note), so a new list changes only policy/.
    let item = match state {
        State::NotAvailable => Item::new(
            Status::Info,
            Finding::PlatformNotYet {
                opens: opens(&PLATFORM_INJURY_COVER, day),
            },
        ),
        State::Pilot | State::PilotExtended | State::AllPlatforms => {
            Item::new(Status::NotNeeded, Finding::Platform { note: v.note })
        }
        _ => {
            out.problem(PolicyError::WrongKind {
                param: PLATFORM_INJURY_COVER.label,
                day,
            });
            return;
        }
    };
    let item = item.cite(cites);
    out.push(if v.needs_checking() {
        item.unverified()
    } else {
        item
    });
}

fn risks(a: &Answers, day: Date, out: &mut Outcome) {
    if out.verdict == Verdict::NothingToDo
        || out.verdict == Verdict::AskOffice && out.items.iter().all(|i| i.status != Status::Must)
    {
        return;
    }
    let cz_audit = cite(&SRC_CZ_2022_29, "二（六）15");
    out.push(
        Item::new(Status::Risk, Finding::BeforeEnrollment)
            .cite([
                cite(&SRC_SI_LAW, "第四十一条"),
                cite(&SRC_REGULATION, "第六十二条第二款"),
                cite(&SRC_REGULATION, "第六十二条第三款"),
            ])
            .see(benefits::form::see(Insured::No, None, None)),
    );
    out.push(
        Item::new(Status::Info, Finding::InjuryAlready)
            .cite([cite(&SRC_REGULATION, "第十七条")])
            .see(crate::injury::see(
                Some(crate::injury::questions::Role::Unit),
                None,
                None,
            )),
    );
    let late_rate = LATE_FEE_DAILY_RATE
        .number(day)
        .map_err(|e| out.problem(e))
        .ok()
        .map(|(rate, _)| rate);
    let arrears = span(out, &ARREARS_FINE_MULTIPLE, day);
    // The fine for not registering is told only to a unit that has not said it registered.
    let unregistered = if a.is(id::REGISTERED, YesNo::Yes) {
        Some(None)
    } else {
        span(out, &UNREGISTERED_FINE_MULTIPLE, day).map(Some)
    };
    if let (Some(late_rate), Some(arrears), Some(unregistered)) = (late_rate, arrears, unregistered)
    {
        let mut cites = vec![
            cite(&SRC_REGULATION, "第六十二条"),
            cite(&SRC_SI_LAW, "第八十六条"),
        ];
        if unregistered.is_some() {
            cites.push(cite(&SRC_SI_LAW, "第八十四条"));
        }
        out.push(
            Item::new(
                Status::Risk,
                Finding::Penalties {
                    late_rate,
                    arrears,
                    unregistered,
                },
            )
            .cite(cites),
        );
    }
    out.push(
        Item::new(Status::Risk, Finding::WageBase).cite([cite(&SRC_CZ_2022_29, "二（一）2、3")]),
    );
    out.push(Item::new(Status::Risk, Finding::EnrollThenDrop).cite([cz_audit]));
    out.push(Item::new(Status::Risk, Finding::SameUnit).cite([cz_audit]));
}

/// The premium estimator, prefilled with what it can already be told.
fn estimate(a: &Answers, out: &Outcome) -> Option<See> {
    if out.verdict == Verdict::NothingToDo {
        return None;
    }
    let mode = if a.is(id::PROJECT_ROLE, ProjectRole::General) {
        Mode::Project
    } else if a.has(id::PEOPLE, People::Regular) || a.has(id::PEOPLE, People::Parttime) {
        Mode::Employees
    } else if a.has(id::PEOPLE, People::Overage) {
        Mode::Overage
    } else if a.has(id::PEOPLE, People::Intern) && a.is(id::INTERN_SCHOOL, YesNo::Yes) {
        Mode::Intern
    } else {
        Mode::Payroll
    };
    // A unit not yet registered has no rate notice to copy a rate from.
    let source = if a.is(id::REGISTERED, YesNo::No) {
        RateSource::Industry
    } else {
        RateSource::Notice
    };
    Some(crate::premium::form::see(mode, source))
}
