//! 先行支付核对 in words: the page, then the result as a citizen reads it — the
//! headline, the reasons, each item in the order it appears, and the documents.
//! Figures and dates come from the findings ([`super::rules`]).

use super::questions::TpPaid;
use super::rules::{Advance, Demand, Doc, Finding, Met, Reason, Verdict};
use crate::format::number;
use crate::outcome::{Page, Wording, Words};

impl Wording for Advance {
    const PAGE: Page = Page {
        name: "先行支付核对",
        summary: "单位未参保或第三人不支付时，工伤保险基金能否先行支付，有哪些期限，要带哪些材料。",
        lead: "单位没有参加工伤保险又不支付待遇，或者第三人不支付医疗费时，工伤保险基金可以先行支付，再向单位或第三人追偿。回答几个问题，看看能否申请、有哪些期限、要带哪些材料。",
        points: &[
            "适合工伤职工、家属，或陪同办理的窗口工作人员使用。",
            "不知道的可以选“不确定”，结果会告诉您先弄清什么、到哪里问。",
            "不需要填写姓名或身份证号；回答只保存在本页的链接中。",
        ],
        print_title: "先行支付核对结果",
        next: "带上所列材料，到常州市社会保险经办机构提出书面申请；被拒绝的，可以申请行政复议或提起行政诉讼。",
        items_heading: "下一步",
        documents_hint: "材料清单依据先行支付暂行办法和工伤保险经办规程整理；常州的具体表格和要求未找到，请以经办机构的告知为准。",
        foot: "工作日按国务院办公厅当年的节假日安排推算。",
    };

    fn headline(verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::NotYet => "还不能申请先行支付：请先申请工伤认定",
            Verdict::NotNeeded => "不需要先行支付：按正常程序申领工伤保险待遇",
            Verdict::Medical => "可以申请工伤保险基金先行支付工伤医疗费",
            Verdict::Advance => "可以申请工伤保险基金先行支付应由基金支付的工伤保险待遇",
            Verdict::Likely => "很可能可以申请先行支付：请向经办机构提出申请；如被拒绝，可以申请行政复议或提起行政诉讼",
            Verdict::NotEligible => "目前不符合先行支付的条件：单位正在支付",
            Verdict::AskOffice => "还不能确定：请先弄清下面几件事，再向社会保险经办机构咨询",
        }
    }

    fn reason(reason: &Reason) -> String {
        match reason {
            Reason::DecisionFirst => {
                "先行支付要以工伤认定为前提：申请时要提交《工伤认定决定书》。".into()
            }
            Reason::DecisionMade => {
                "已经取得《工伤认定决定书》，可以按先行支付的规定提出申请。".into()
            }
            Reason::ThirdPartyPaid => "第三人已经全额支付了工伤医疗费：同一笔医疗费不会重复支付，基金不再先行支付医疗费。".into(),
            Reason::ThirdPartyUnpaid(paid) => {
                let what = match paid {
                    TpPaid::Part => "第三人只支付了一部分工伤医疗费，未支付的部分",
                    TpPaid::Refused => "第三人不支付工伤医疗费",
                    // Unknown (paid in full is `ThirdPartyPaid`).
                    _ => "无法确定第三人",
                };
                format!("{what}，由工伤保险基金先行支付工伤医疗费，再由基金向第三人追偿。")
            }
            Reason::Insured => "单位在受伤当天已经参保并缴费：应由基金支付的待遇按正常程序申领，不需要先行支付。".into(),
            Reason::ProjectInsured => "受伤的工程项目已按项目参加工伤保险，覆盖项目上的全部施工人员（含分包单位的人员）：应由基金支付的待遇按正常程序申领，不需要先行支付。".into(),
            Reason::Uninsured => "单位没有依法缴纳工伤保险费，工伤保险待遇由单位支付；单位不支付的，从工伤保险基金中先行支付，再由基金向单位追偿。".into(),
            Reason::EmployerPaying => "单位正在按规定支付，不符合先行支付的条件。".into(),
            Reason::TriggersMet(met) => {
                let met: Vec<&str> = met
                    .iter()
                    .map(|m| match m {
                        Met::Revoked => "单位已被吊销营业执照或撤销登记、备案",
                        Met::Refuses => "单位拒绝支付全部或部分费用",
                        Met::Other => "职工认为单位不会支付的其他情形",
                        Met::Suspended => {
                            "仲裁或诉讼后仍无法获得待遇，法院已作出中止执行的裁定"
                        }
                        Met::Terminated => {
                            "仲裁或诉讼后仍无法获得待遇，法院已作出终结本次执行程序的裁定"
                        }
                    })
                    .collect();
                format!("符合先行支付的条件：{}。", met.join("；"))
            }
        }
    }

    fn item(finding: &Finding) -> Words {
        match finding {
            // No injury decision yet.
            Finding::ConfirmDecision => Words::new(
                "先确认是否已经作出工伤认定",
                "可向单位或人力资源和社会保障部门查询。已经认定的，再回到本页选择“是”。",
            ),
            Finding::EmployerApplies { days } => Words::new(
                "单位申请工伤认定",
                "所在单位应当向统筹地区社会保险行政部门（人力资源和社会保障局）提出工伤认定申请。单位逾期未申请的，这期间发生的工伤待遇等费用由单位负担。",
            )
            .rule(days.map(|n| format!("自受伤或确诊之日起{n}日内")).unwrap_or_default()),
            Finding::WorkerApplies { years, dated, lapsed } => {
                let mut detail = String::from("向单位所在地的统筹地区社会保险行政部门提出。");
                if *lapsed {
                    detail.push_str("按日历计算已超过期限；如有不属于本人原因耽误的时间（如不可抗力、人身自由受到限制、单位的原因，或正在就是否存在劳动关系申请仲裁、提起诉讼），这段时间不计算在内，请带上证明材料向受理部门说明。");
                } else if let (false, Some(years)) = (dated, years) {
                    detail.push_str(&format!("期限为自受伤或确诊职业病之日起{years}年内。"));
                }
                Words::new("单位不申请的，职工、近亲属或工会可以直接申请", detail)
                    .rule(years.map(|y| format!("自受伤或确诊之日起{y}年内")).unwrap_or_default())
            }
            Finding::RecognitionTime { decision, fast } => Words::new(
                "认定结论的时间",
                format!("社会保险行政部门应当自受理之日起{decision}日内作出工伤认定决定；事实清楚、权利义务明确的，{fast}日内作出。"),
            ),
            Finding::MedicalInsuranceRoute { self_paid_from } => {
                let mut detail = String::from("参加了基本医疗保险的，第三人不支付医疗费或无法确定第三人时，可以在结算时向医保经办机构书面申请，说明受伤原因和第三人不支付的情况，由医保基金先行支付，再由其向第三人追偿。");
                if let Some(from) = self_paid_from {
                    detail.push_str(&format!("自 {from} 起，已经在结算时自行垫付医疗费的，也不影响申请。"));
                }
                Words::new("第三人造成的伤害：也可以先向医疗保险经办机构申请先行支付", detail)
            }
            // A third party.
            Finding::ConfirmThirdParty => Words::new(
                "确认伤害是否由第三人造成",
                "第三人造成的伤害，第三人不支付医疗费或无法确定第三人时，可以申请先行支付医疗费；交通事故看事故认定书的责任划分。",
            ),
            Finding::NoMedicalAdvance => Words::new(
                "不申请医疗费的先行支付",
                "第三人已支付的医疗费，工伤保险基金不再支付；其他工伤保险待遇（如一次性伤残补助金）照常申领，经办机构不能以职工已获民事赔偿为由拒付。",
            ),
            Finding::RoadReliefFund => Words::new(
                "肇事者逃逸的交通事故：抢救费用还可以由道路交通事故社会救助基金垫付",
                "机动车肇事后逃逸的，受伤人员的抢救费用可以由道路交通事故社会救助基金先行垫付部分或者全部，再由救助基金向责任人追偿。可向处理事故的公安机关交通管理部门咨询。",
            ),
            Finding::KnownThirdParty => Words::new(
                "肇事方身份明确时",
                "经办机构通常会要求证明肇事方确实没有支付，例如民事判决书加上中止执行或终结本次执行程序的裁定。材料不全被拒的，可以补齐后再申请。",
            ),
            Finding::ConfirmThirdPartyPaid => Words::new(
                "弄清第三人是否已经支付医疗费",
                "已全额支付的，医疗费不再先行支付；没有支付或无法确定第三人的，基金先行支付工伤医疗费。",
            ),
            // The employer.
            Finding::OrdinaryClaim { manual_days } => {
                let manual = match manual_days {
                    Ok(n) => format!(
                        "特殊情况手工报销的，经办机构应当自收到申请之日起{n}个工作日内办理完毕。"
                    ),
                    Err(e) => e.to_string(),
                };
                Words::new(
                    "按正常程序申领工伤保险待遇",
                    format!("工伤医疗费一般由经办机构与医院直接结算；{manual}"),
                )
            }
            Finding::OtherBenefitsClaim => Words::new(
                "医疗费以外的待遇：按正常程序申领",
                "一次性伤残补助金、伤残津贴等医疗费以外的待遇，由基金按正常程序支付，不需要先行支付；先行支付只针对第三人不支付的工伤医疗费。",
            ),
            Finding::NeverEnrolled => Words::new(
                "从未参保的单位",
                "多数法院认为从未参保登记的单位也属于“未依法缴纳工伤保险费”，职工可以申请先行支付；但也有经办机构和个别判决持相反意见。被拒绝的，可以申请行政复议或提起行政诉讼。",
            ),
            Finding::BackPaid => Words::new(
                "单位事后补缴的情况",
                "单位补缴保费、滞纳金后，此后新发生的费用由工伤保险基金按规定支付；补缴之前发生的费用仍由单位负担，可以就这部分申请先行支付。",
            ),
            Finding::ConfirmInsured => Words::new(
                "查询单位在受伤当天是否参保缴费",
                "参保且正常缴费的，按正常程序申领；没有参保或欠费、单位又不支付的，可以申请先行支付。",
            ),
            Finding::ConfirmProject => Words::new(
                "查询受伤的工程项目是否按项目参保",
                "在建设工程项目上施工受伤的，项目按项目参加工伤保险就覆盖项目上的全部施工人员，不论职工所在单位是否参保，按正常程序申领。可以问施工总承包单位，或向社保经办机构查询。",
            ),
            Finding::ConfirmTrigger => Words::new(
                "弄清单位目前的情况",
                "单位被吊销执照或撤销登记、拒绝支付全部或部分费用、仲裁或诉讼后法院作出中止执行裁定，或者职工认为单位不会支付，符合任何一项都可以申请先行支付。",
            ),
            Finding::EmployerPaying => Words::new(
                "不需要先行支付",
                "单位正在支付工伤保险待遇。以后单位停止支付或拒绝支付的，可以再申请。",
            ),
            Finding::TerminationRuling => Words::new(
                "终结本次执行程序的裁定",
                "办法写的是“中止执行”；多数法院认为终结本次执行程序的裁定同样符合条件，但也有经办机构不认可。被拒绝的，可以申请行政复议或提起行政诉讼。",
            ),
            Finding::ConfirmEnforcement => Words::new(
                "弄清法院执行的进展",
                "仲裁或诉讼后拿不到待遇、法院已作出中止执行裁定的，可以申请先行支付；还没有裁定的，可以先申请强制执行，或者按“单位拒绝支付”申请。",
            ),
            Finding::EmployerItems => Words::new(
                "单位自己负担的项目不先行支付",
                "停工留薪期内的工资福利、五级和六级伤残职工的伤残津贴、终止或解除劳动关系时的一次性伤残就业补助金，由单位支付，基金不先行支付；单位不支付的，可以申请劳动人事争议仲裁或向法院起诉。",
            ),
            // The application.
            Finding::Apply { applied, from_today, demand } => {
                let from = if *from_today {
                    format!("按今天（{}）提交申请推算", applied.chinese())
                } else {
                    format!("按 {} 提交申请推算", applied.chinese())
                };
                let mut detail = format!("由工伤职工或其近亲属提出。{from}。");
                let mut rule = String::new();
                if let Some(d) = demand {
                    let schedule = schedule(d);
                    if d.if_uninsured {
                        detail.push_str(&format!("单位是否参保缴费，决定下面哪一种情形适用：单位未参保或欠缴工伤保险费的，{schedule}单位已参保并按时缴费的，不经过催告，应由单位支付的待遇由单位支付，应由基金支付的由基金按规定支付。"));
                    } else {
                        detail.push_str(&schedule);
                    }
                    // The date is the unit's, not the applicant's: say whose act it closes.
                    rule = format!(
                        "单位核实并支付的最后一天（经办机构收到申请后{}个工作日内催告，单位收到催告后{}个工作日内支付，按节假日安排计算）",
                        d.reminder_days, d.pay_days
                    );
                }
                Words::new("向社会保险经办机构提出书面申请", detail).rule(rule)
            }
            Finding::RefusalNotice { days, by } => Words::new(
                "不符合条件的，应书面告知",
                format!("经办机构认为不符合条件的，应在收到申请后{days}个工作日内（{}前{}）作出不予先行支付的决定并书面通知。对不予先行支付的决定或支付的金额不服的，可以申请行政复议或提起行政诉讼。", by.day.chinese(), by.caveat()),
            ),
            Finding::MedicalScope => Words::new(
                "先行支付的范围：工伤医疗费",
                "第三人原因造成的工伤，先行支付的是工伤医疗费；已经由医保基金先行支付的，工伤保险基金支付超出的部分并偿还医保基金。基金支付后向第三人追偿。",
            ),
            Finding::FundScope => Words::new(
                "先行支付的范围：应由工伤保险基金支付的项目",
                "治疗工伤的医疗费和康复费、住院伙食补助费、到统筹地区以外就医的交通食宿费、辅助器具费、生活护理费、一次性伤残补助金和一至四级伤残津贴、终止或解除劳动合同时的一次性医疗补助金、丧葬补助金、供养亲属抚恤金、一次性工亡补助金、劳动能力鉴定费。",
            ),
            Finding::Recovery { days } => Words::new(
                "基金向单位追偿",
                format!("先行支付后，经办机构责令单位在{days}日内偿还；单位逾期不还的，可以查询其存款账户、申请划拨、要求提供担保，或申请法院扣押、查封、拍卖其财产。追偿费用和利息损失由单位承担。"),
            ),
            Finding::Refund { fine } => {
                let fine = fine
                    .map(|(low, high)| {
                        format!("，并处骗取金额{}倍以上{}倍以下的罚款", number(low), number(high))
                    })
                    .unwrap_or_default();
                Words::new(
                    "以后拿到赔偿的，要退还先行支付的钱",
                    format!("先行支付后，又从单位或第三人那里获得了相同项目的赔偿或待遇的，应当退还；不退还的，经办机构可以从以后的待遇中扣减或起诉。隐瞒已获赔偿骗取先行支付的，责令退回{fine}。"),
                )
            }
            Finding::ConfirmProxy => Words::new(
                "确认谁可以代为申请",
                "办法规定由工伤职工或其近亲属申请。由他人代办的，请事先向经办机构确认需要的委托材料。",
            ),
        }
    }

    fn doc(doc: Doc) -> &'static str {
        match doc {
            Doc::IdCard => "工伤职工身份证件",
            Doc::RecognitionReceipt => "工伤认定申请的受理通知书（如有）",
            Doc::RecognitionForm => "工伤认定申请表",
            Doc::LabourRelation => "与单位存在劳动关系（包括事实劳动关系）的证明材料，如劳动合同、工资发放记录、考勤记录",
            Doc::Diagnosis => "医疗诊断证明，或职业病诊断证明书（鉴定书）",
            Doc::DeathCertificateIfDied => "职工死亡的，还要提交死亡证明",
            Doc::AccidentProof => "交通事故认定书，或公安机关出具的证明（肇事者逃逸、无法确定第三人的）",
            Doc::MedicalInsuranceCard => "医保凭证或社保卡",
            Doc::SideRouteStatement => "受伤原因和第三人不支付情况的书面说明",
            Doc::NonPaymentStatement => "第三人不支付或无法确定第三人的书面说明",
            Doc::MedicalBills => "医疗费原始票据、费用清单、诊断证明和病历（经办机构收原件，需要时提供复印件）",
            Doc::MedicalInsuranceAdvanced => "医保基金已先行支付情况的说明（如有）",
            Doc::CivilRulings => "民事判决书或调解书，以及中止执行或终结执行的裁定（如有）",
            Doc::Settlement => "赔偿协议、判决书或调解书",
            Doc::ThirdPartyPayments => "第三人的付款记录",
            Doc::SocialSecurityCard => "社会保障卡",
            Doc::ProjectCertificate => "工程项目按项目参加工伤保险的参保证明（可向施工总承包单位索取）",
            Doc::RegistrationStatus => "单位的登记状态（可在企业信用信息系统查询）",
            Doc::DemandRecord => "向单位催要费用的记录",
            Doc::RulingsIfAny => "仲裁裁决书、判决书、执行裁定书（如有）",
            Doc::RevocationRecord => "单位被吊销营业执照或撤销登记、备案的信息（企业信用信息系统查询结果）",
            Doc::RefusalRecord => "向单位书面催要费用及单位拒绝支付的记录，或本人的书面说明",
            Doc::WontPayStatement => "说明单位不会支付的书面材料",
            Doc::AwardOrJudgment => "劳动人事争议仲裁裁决书或判决书",
            Doc::EnforcementRuling => "法院的执行裁定书",
            Doc::ArbitrationOrJudgment => "仲裁裁决书或判决书",
            Doc::EnforcementApplication => "执行申请的受理材料",
            Doc::ApplicationForm => "先行支付申请表（书面申请）",
            Doc::Decision => "《工伤认定决定书》",
            Doc::ApplicantId => "申请人（近亲属）的身份证件",
            Doc::Kinship => "与工伤职工的亲属关系证明",
            Doc::Proxy => "工伤职工或近亲属签名的授权委托书（以经办机构要求为准）",
            Doc::Appraisal => "劳动能力鉴定结论",
            Doc::BenefitClaimForm => "工伤保险待遇申领表",
            Doc::DeathCertificate => "死亡证明",
            Doc::Dependants => "申请供养亲属抚恤金的，供养亲属的身份和关系证明",
        }
    }
}

/// The written demand and the unit's time to pay, with their dates. Where the unit's
/// premiums are 不确定 and the schedule is told as one case, each date says how far it may
/// move; otherwise the deadline's own note says it.
fn schedule(d: &Demand) -> String {
    let caveat = |c: &crate::workdays::Counted| {
        if d.if_uninsured {
            c.caveat()
        } else {
            String::new()
        }
    };
    format!(
        "经办机构应在收到申请后{}个工作日内（最迟 {}{}）书面催告单位；单位应在收到催告后{}个工作日内核实并支付（按最迟催告计，最迟 {}{}）。单位逾期不足额支付的，由工伤保险基金先行支付。",
        d.reminder_days,
        d.reminded.day.chinese(),
        caveat(&d.reminded),
        d.pay_days,
        d.paid.day.chinese(),
        caveat(&d.paid)
    )
}
