//! The answer: band and why, the amount with its period and source, the
//! visitor's salary on the IND's basis, the verdict and margin, a scale, the
//! 30% ruling, and the warnings, all in the reader's language.

use super::format::{date, money, unsigned, year};
use super::gauge::Gauge;
use super::i18n::{self, fill, Lang};
use super::redrawn::Redrawn;
use super::state::{self, locale, Profile};
use crate::api::response::{Answer, PeriodOut, ThirtyPercentOut, WarningOut};
use crate::api::response::{BlueCardOut, ConditionCode};
use crate::api::{self, Code, Outcome, ReasonCode, WarningCode};
use crate::rules::{
    amounts, dates, Band, NormKind, Situation, NORMS_2027_IN_2024_PRICES, PERCENTAGE_FROM_2027,
    REDUCED_FROM,
};
use leptos::either::Either;
use leptos::prelude::*;

fn valid(lang: Lang, from: &str, to: &str) -> String {
    fill(lang.text().valid, &[&date(lang, from), &date(lang, to)])
}

/// " (valid 1 January 2026 – 31 December 2026, source: IND)" after a figure.
#[component]
fn Dated(
    lang: Lang,
    period: PeriodOut,
    source: &'static str,
    label: &'static str,
) -> impl IntoView {
    view! {
        <span class="hsm-period">
            " (" {valid(lang, &period.from, &period.to)} ", "
            <a href=source target="_blank" rel="noopener noreferrer">{label}</a> ")"
        </span>
    }
}

/// One row of a list of figures: its term, its text, and for a published
/// figure its period and source (with the source's link text).
struct Row {
    term: &'static str,
    class: &'static str,
    text: String,
    dated: Option<(PeriodOut, &'static str, &'static str)>,
}

fn row(term: &'static str, class: &'static str, text: String) -> Row {
    Row {
        term,
        class,
        text,
        dated: None,
    }
}

impl Row {
    fn dated(self, period: &PeriodOut, source: &'static str, label: &'static str) -> Row {
        Row {
            dated: Some((period.clone(), source, label)),
            ..self
        }
    }
}

#[component]
fn Figures(rows: Vec<Row>) -> impl IntoView {
    let (lang, _) = locale();
    let rows = rows.into_iter().map(|r| {
        let dated = r.dated.map(|(period, source, label)| {
            view! { <Dated lang=lang period=period source=source label=label /> }
        });
        view! { <dt>{r.term}</dt> <dd class=r.class>{r.text} {dated}</dd> }
    });
    view! { <dl class="hsm-figures">{rows.collect_view()}</dl> }
}

/// The verdict in words: (class, icon, sentence). Also what the live region says.
pub fn verdict_line(lang: Lang, answer: &Answer) -> (&'static str, &'static str, String) {
    let t = lang.text();
    let m = |v: &str| money(lang, unsigned(v), true);
    match (answer.qualifies, answer.margin.as_deref()) {
        (Some(true), Some("0.00")) => ("hsm-yes", "✓", t.qualifies_exactly.to_owned()),
        (Some(true), Some(v)) => ("hsm-yes", "✓", fill(t.qualifies_above, &[&m(v)])),
        (Some(true), None) => ("hsm-yes", "✓", t.qualifies_exempt.to_owned()),
        (Some(false), Some(v)) => ("hsm-no", "✗", fill(t.short, &[&m(v)])),
        (None, Some(v)) if v.starts_with('-') => {
            ("hsm-unknown", "?", fill(t.indicative_short, &[&m(v)]))
        }
        (None, Some(v)) => ("hsm-unknown", "?", fill(t.indicative_above, &[&m(v)])),
        _ => ("hsm-unknown", "?", t.qualifies_exempt.to_owned()),
    }
}

/// "Why this band", from the rule the answer names.
fn why(lang: Lang, answer: &Answer, application_date: &str) -> String {
    let t = lang.text();
    let r = &answer.reason;
    let on = |d: &Option<String>| d.as_deref().map(|d| date(lang, d)).unwrap_or_default();
    match r.code {
        ReasonCode::Researcher => t.why_researcher.to_owned(),
        ReasonCode::DoctorInTraining => t.why_doctor.to_owned(),
        ReasonCode::OrientationYear => t.why_orientation.to_owned(),
        ReasonCode::Graduated => {
            let programme = r
                .programme
                .map(|p| i18n::programme(t, p))
                .unwrap_or_default();
            fill(
                t.why_graduated,
                &[programme, &on(&r.graduation_date), &on(&r.last_day)],
            )
        }
        ReasonCode::CarriedOver => {
            let at = match r.situation {
                Some(Situation::Extension) => t.at_extension,
                Some(Situation::ChangeOfEmployer) => t.at_change_of_employer,
                Some(Situation::FirstPermit) | None => "",
            };
            let criterion = r
                .permit_criterion
                .map(|c| i18n::criterion(t, c))
                .unwrap_or_default();
            fill(t.why_carried, &[at, criterion])
        }
        ReasonCode::Age => {
            let age = r.age.map(|a| a.to_string()).unwrap_or_default();
            let template = match answer.band {
                Band::UnderThirty => t.why_under_thirty,
                Band::ThirtyPlus | Band::Reduced | Band::Exempt => t.why_thirty_plus,
            };
            fill(template, &[&age, &date(lang, application_date)])
        }
    }
}

fn warning_text(lang: Lang, w: &WarningOut, answer: &Answer, application_date: &str) -> String {
    let t = lang.text();
    let d = w.date.as_deref().map(|d| date(lang, d)).unwrap_or_default();
    match w.code {
        WarningCode::TurnsThirty => {
            let amount = w
                .amount
                .as_deref()
                .map(|a| money(lang, a, true))
                .unwrap_or_default();
            fill(t.warn_turns_thirty, &[&d, &amount])
        }
        WarningCode::ReducedWindowEnds => fill(t.warn_reduced_ends, &[&d]),
        WarningCode::UnpublishedPeriod => fill(
            t.warn_unpublished,
            &[year(application_date), year(&answer.period.from)],
        ),
        WarningCode::MarketConform => t.warn_market_conform.to_owned(),
        WarningCode::ThirtyPercentFrom2027 => {
            let from = date(lang, &dates::iso(REDUCED_FROM));
            fill(
                t.warn_thirty_2027,
                &[&from, &PERCENTAGE_FROM_2027.to_string()],
            )
        }
        WarningCode::ThirtyPercentNormsUnpublished => {
            let (general, young) = NORMS_2027_IN_2024_PRICES;
            let euros = |e: u32| money(lang, &format!("{e}.00"), true);
            let percentage = PERCENTAGE_FROM_2027.to_string();
            fill(
                t.warn_thirty_norms_unpublished,
                &[
                    year(application_date),
                    &euros(general),
                    &euros(young),
                    &percentage,
                ],
            )
        }
        WarningCode::YoungMasterNormEnds => fill(t.warn_young_master_ends, &[&d]),
    }
}

#[component]
pub fn ResultPanel(node_ref: NodeRef<leptos::html::Section>) -> impl IntoView {
    let (_, t) = locale();
    let outcome = state::outcome();
    view! {
        <section class="hsm-result" part="result" aria-label=t.result node_ref=node_ref>
            {move || match outcome.get() {
                Outcome::Answer(answer) => Either::Left(view! { <Verdict answer=*answer /> }),
                Outcome::Rejected(r) => {
                    let mut missing: Vec<&'static str> = r
                        .errors
                        .iter()
                        .filter(|e| e.code == Code::Required)
                        .map(|e| i18n::missing(t, e.field))
                        .collect();
                    missing.dedup();
                    let invalid = r.errors.iter().any(|e| e.code != Code::Required);
                    Either::Right(Redrawn(view! {
                        <div class="hsm-pending">
                            <h2>{t.pending_title}</h2>
                            {(!missing.is_empty()).then(|| view! {
                                <p>{fill(t.still_needed, &[&missing.join(", ")])}</p>
                            })}
                            {invalid.then(|| view! { <p>{t.needs_correction}</p> })}
                        </div>
                    }))
                }
            }}
        </section>
    }
}

#[component]
fn Verdict(answer: Answer) -> impl IntoView {
    let (lang, t) = locale();
    let (class, icon, words) = verdict_line(lang, &answer);
    // Below the highly-skilled-migrant amount, above the Blue Card's: say so first.
    let instead = answer.qualifies == Some(false) && answer.blue_card.qualifies == Some(true);
    let application_date = state::answers().application_date.get();
    let salary = fill(
        t.a_month_basis,
        &[&money(lang, &answer.monthly_salary, false)],
    );
    let threshold = answer.threshold.as_deref().map(|v| {
        let text = fill(t.a_month_basis, &[&money(lang, v, false)]);
        row(t.required_label, "hsm-threshold", text).dated(
            &answer.period,
            answer.source,
            t.source_ind,
        )
    });
    let rows = [
        Some(row(
            t.band_label,
            "hsm-band",
            i18n::band(t, answer.band).to_owned(),
        )),
        Some(row(
            t.why_label,
            "hsm-why",
            why(lang, &answer, &application_date),
        )),
        threshold,
        Some(row(t.your_salary_label, "hsm-salary-normalised", salary)),
    ];
    let rows = rows.into_iter().flatten().collect::<Vec<_>>();
    let warnings: Vec<(&'static str, String)> = answer
        .warnings
        .iter()
        .map(|w| {
            (
                w.code.name(),
                warning_text(lang, w, &answer, &application_date),
            )
        })
        .collect();
    view! {
        <div class=format!("hsm-verdict {class}") part="verdict">
            <p class="hsm-verdict-line">
                <span class="hsm-icon" aria-hidden="true">{icon}</span>
                <strong>{words}</strong>
            </p>
            {instead.then(|| view! { <p class="hsm-instead">{t.blue_instead}</p> })}
            <Figures rows=rows />
            <Gauge answer=answer.clone() />
            {(!warnings.is_empty()).then(|| view! {
                <ul class="hsm-warnings">
                    {warnings.into_iter().map(|(code, text)| view! { <li data-code=code>{text}</li> }).collect_view()}
                </ul>
            })}
            <BlueCard blue=answer.blue_card.clone() />
            <ThirtyPercent thirty=answer.thirty_percent.clone() />
        </div>
    }
}

/// The EU Blue Card's salary test, and its conditions this check does not test.
#[component]
fn BlueCard(blue: BlueCardOut) -> impl IntoView {
    let (lang, t) = locale();
    let margin = money(lang, unsigned(&blue.margin), true);
    let (class, status) = match blue.qualifies {
        Some(true) => ("hsm-yes", fill(t.blue_meets, &[&margin])),
        Some(false) => ("hsm-no", fill(t.blue_short, &[&margin])),
        None => ("hsm-unknown", t.blue_indicative.to_owned()),
    };
    let amount = fill(t.a_month_basis, &[&money(lang, &blue.threshold, false)]);
    let required = row(t.blue_required_label, "hsm-blue-threshold", amount).dated(
        &blue.period,
        blue.source,
        t.source_ind,
    );
    let which = if blue.reduced {
        t.blue_graduate.to_owned()
    } else {
        let from = amounts::recent_graduate_amount_from().map(dates::iso);
        fill(t.blue_general, &[&date(lang, &from.unwrap_or_default())])
    };
    let conditions = blue.conditions.iter().map(|c| {
        let text = match c.code {
            ConditionCode::Qualification => t.condition_qualification.to_owned(),
            ConditionCode::Contract => {
                let months = c.months.map(|m| m.to_string()).unwrap_or_default();
                fill(t.condition_contract, &[&months])
            }
            ConditionCode::JobLevel => t.condition_job_level.to_owned(),
        };
        view! { <li>{text}</li> }
    });
    view! {
        <div class=format!("hsm-blue {class}")>
            <h3>{t.blue_title}</h3>
            <p class="hsm-blue-status"><strong>{status}</strong></p>
            <Figures rows=vec![required] />
            <p class="hsm-note">{which}</p>
            <p class="hsm-note">
                {t.blue_conditions} " ("
                <a href=blue.conditions_source target="_blank" rel="noopener noreferrer">{t.blue_conditions_link}</a>
                ")"
            </p>
            <ul class="hsm-conditions">{conditions.collect_view()}</ul>
        </div>
    }
}

#[component]
fn ThirtyPercent(thirty: ThirtyPercentOut) -> impl IntoView {
    let (lang, tx) = locale();
    let t = thirty;
    let status = match (
        t.norm_kind,
        t.meets_norm,
        t.partial_possible,
        &t.max_allowance,
    ) {
        (NormKind::None, ..) => tx.thirty_none.to_owned(),
        (NormKind::General | NormKind::YoungMaster, meets, partial, max) => {
            match (meets, partial, max) {
                (Some(true), ..) => fill(tx.thirty_met, &[&t.percentage.to_string()]),
                (Some(false), Some(true), Some(max)) => {
                    fill(tx.thirty_partial, &[&money(lang, max, false)])
                }
                (Some(false), ..) => tx.thirty_not_met.to_owned(),
                (None, ..) => tx.thirty_unknown.to_owned(),
            }
        }
    };
    let met_class = match t.meets_norm {
        Some(true) => "hsm-yes",
        Some(false) if t.partial_possible == Some(true) => "hsm-partial",
        Some(false) => "hsm-no",
        None => "hsm-unknown",
    };
    let norm = t.norm.as_deref().map(|n| {
        let text = fill(tx.norm_text, &[&money(lang, n, false)]);
        row(tx.norm_label, "hsm-norm", text).dated(&t.period, t.source, tx.source_tax)
    });
    let taxable = fill(
        tx.taxable_text,
        &[
            &money(lang, &t.taxable_salary, false),
            &t.percentage.to_string(),
            &money(lang, &t.allowance, false),
            &money(lang, &t.annual_salary, false),
        ],
    );
    let rows = [norm, Some(row(tx.taxable_label, "hsm-taxable", taxable))];
    let rows = rows.into_iter().flatten().collect::<Vec<_>>();
    view! {
        <div class=format!("hsm-thirty {met_class}")>
            <h3>{tx.thirty_title}</h3>
            <p class="hsm-thirty-status"><strong>{status}</strong></p>
            <Figures rows=rows />
            <p class="hsm-note">{tx.thirty_about}</p>
            {t.salary_for_full_allowance.clone().map(|needed| view! {
                <p class="hsm-note hsm-needed">
                    {fill(tx.thirty_needed, &[year(&t.period.from), &money(lang, &needed, false), &t.percentage.to_string()])}
                </p>
            })}
            <p class="hsm-note">{tx.thirty_conditions}</p>
            <ul class="hsm-conditions">
                <li>{tx.condition_abroad}</li>
                <li>{tx.condition_distance}</li>
                <li>{tx.condition_apply}</li>
            </ul>
        </div>
    }
}

/// The listing's Blue Card line, with both of its amounts.
#[component]
fn CompactBlueCard(blue: BlueCardOut) -> impl IntoView {
    let (lang, t) = locale();
    let (class, icon, template) = match blue.qualifies {
        Some(true) => ("hsm-yes", "✓", t.compact_blue_meets),
        Some(false) => ("hsm-no", "✗", t.compact_blue_below),
        None => ("hsm-unknown", "?", t.compact_blue_indicative),
    };
    let general = money(lang, &blue.thresholds.general, true);
    let amounts = match blue.thresholds.recent_graduates.as_deref() {
        Some(g) => fill(t.compact_blue_amounts, &[&general, &money(lang, g, true)]),
        None => general,
    };
    view! {
        <li class=format!("{class} hsm-compact-blue")>
            <span class="hsm-icon" aria-hidden="true">{icon}</span>
            {fill(template, &[&amounts])}
        </li>
    }
}

/// The answer for every reader at once, for a listing with a pre-filled salary.
#[component]
pub fn CompactResult(
    /// The answer for a reader of 30 or older, shared with the `hsm-result` event.
    thirty_plus: Memo<Outcome>,
) -> impl IntoView {
    let (lang, t) = locale();
    let answers = state::answers();
    let profile = move |profile| Memo::new(move |_| api::evaluate(&answers.request_as(profile)));
    let outcomes = [
        (thirty_plus, t.compact_thirty_plus),
        (profile(Profile::UnderThirty), t.compact_under_thirty),
        (profile(Profile::RecentGraduate), t.compact_graduates),
    ];
    let [first, ..] = outcomes;
    view! {
        <section class="hsm-result hsm-compact" part="result" aria-label=t.result>
            {move || Redrawn(match first.0.get() {
                Outcome::Answer(a) => Either::Left(view! {
                    <p class="hsm-compact-salary">
                        <strong>{fill(t.compact_salary, &[&money(lang, &a.monthly_salary, false)])}</strong>
                    </p>
                    <ul class="hsm-compact-list" part="verdict">
                        {outcomes.into_iter().map(|(o, who)| {
                            move || Redrawn(match o.get() {
                                Outcome::Answer(a) => {
                                    let (class, icon, template) = match a.qualifies {
                                        Some(true) => ("hsm-yes", "✓", t.compact_meets),
                                        Some(false) => ("hsm-no", "✗", t.compact_below),
                                        None => ("hsm-unknown", "?", t.compact_indicative),
                                    };
                                    let threshold = a.threshold.as_deref().map(|v| money(lang, v, true)).unwrap_or_default();
                                    Some(view! {
                                        <li class=class>
                                            <span class="hsm-icon" aria-hidden="true">{icon}</span>
                                            {fill(template, &[who, &threshold])}
                                        </li>
                                    })
                                }
                                Outcome::Rejected(_) => None,
                            })
                        }).collect_view()}
                        <CompactBlueCard blue=a.blue_card.clone() />
                    </ul>
                    <p class="hsm-compact-thirty">
                        {match (a.thirty_percent.meets_norm, &a.thirty_percent.norm) {
                            (Some(true), Some(n)) => fill(t.compact_thirty_met, &[&money(lang, n, true)]),
                            (Some(false), Some(n)) => fill(t.compact_thirty_not_met, &[&money(lang, n, true)]),
                            _ => t.thirty_unknown.to_owned(),
                        }}
                    </p>
                    <p class="hsm-period">
                        {valid(lang, &a.period.from, &a.period.to)} " · "
                        <a href=a.source target="_blank" rel="noopener noreferrer">{t.source_ind}</a>
                    </p>
                    <ul class="hsm-warnings">
                        {a.warnings.iter().filter(|w| w.code == WarningCode::UnpublishedPeriod).map(|w| view! {
                            <li data-code=w.code.name()>{warning_text(lang, w, &a, &answers.application_date.get())}</li>
                        }).collect_view()}
                    </ul>
                }),
                Outcome::Rejected(r) => {
                    let message = r.errors.first().map(|e| i18n::error(lang, e.field, e.code)).unwrap_or_default();
                    Either::Right(view! { <p class="hsm-pending">{message}</p> })
                }
            })}
        </section>
    }
}
