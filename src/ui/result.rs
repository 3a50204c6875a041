//! The answer: band, threshold with its period and source, the visitor's
//! salary on the IND's basis, the verdict and margin, and the 30% ruling.

use super::format::{date, money, unsigned};
use super::{Answers, Profile};
use crate::api::response::{Answer, ThirtyPercentOut};
use crate::api::{self, Outcome};
use leptos::prelude::*;

fn band_words(band: &str) -> &'static str {
    match band {
        "exempt" => "No income criterion: scientific researcher or doctor in training",
        "reduced" => "Reduced amount: recent graduate or after an orientation year",
        "underThirty" => "Highly skilled migrant under 30",
        _ => "Highly skilled migrant aged 30 or older",
    }
}

fn missing_words(field: &str) -> &'static str {
    match field {
        "applicationDate" => "the application date",
        "birthDate" | "age" => "your date of birth or age",
        "degreeFrom" => "where the degree was obtained",
        "graduationDate" => "the graduation date",
        "salary.period" => "whether the salary is per month or per year",
        _ => "the gross salary",
    }
}

fn valid(period_from: &str, period_to: &str) -> String {
    format!("valid {} – {}", date(period_from), date(period_to))
}

#[component]
pub fn ResultPanel(
    outcome: Memo<Outcome>,
    node_ref: NodeRef<leptos::html::Section>,
) -> impl IntoView {
    view! {
        <section class="hsm-result" part="result" aria-live="polite" aria-label="Result" node_ref=node_ref>
            {move || match outcome.get() {
                Outcome::Answer(answer) => view! { <Verdict answer=*answer /> }.into_any(),
                Outcome::Rejected(r) => {
                    let mut missing: Vec<&'static str> = r
                        .errors
                        .iter()
                        .filter(|e| e.code == "required")
                        .map(|e| missing_words(e.field))
                        .collect();
                    missing.dedup();
                    let invalid = r.errors.iter().any(|e| e.code != "required");
                    view! {
                        <div class="hsm-pending">
                            <h2>"Your answer appears here"</h2>
                            {(!missing.is_empty()).then(|| view! {
                                <p>"Still needed: " {missing.join(", ")} "."</p>
                            })}
                            {invalid.then(|| view! {
                                <p>"Some answers need a correction; see the message under the field."</p>
                            })}
                        </div>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn Verdict(answer: Answer) -> impl IntoView {
    let status = match (answer.qualifies, &answer.margin) {
        (Some(true), Some(m)) if m == "0.00" => (
            "hsm-yes",
            "✓",
            "Qualifies: exactly the required amount".to_owned(),
        ),
        (Some(true), Some(m)) => (
            "hsm-yes",
            "✓",
            format!("Qualifies: {} above the amount", money(m, true)),
        ),
        (Some(true), None) => (
            "hsm-yes",
            "✓",
            "Qualifies: no income criterion applies".to_owned(),
        ),
        (Some(false), Some(m)) => (
            "hsm-no",
            "✗",
            format!("Does not qualify: {} short", money(unsigned(m), true)),
        ),
        (None, Some(m)) if m.starts_with('-') => (
            "hsm-unknown",
            "?",
            format!(
                "Indicative only: {} short of the latest known amount",
                money(unsigned(m), true)
            ),
        ),
        (None, Some(m)) => (
            "hsm-unknown",
            "?",
            format!(
                "Indicative only: {} above the latest known amount",
                money(m, true)
            ),
        ),
        _ => ("hsm-unknown", "?", "Indicative only".to_owned()),
    };
    let (class, icon, words) = status;
    view! {
        <div class=format!("hsm-verdict {class}") part="verdict">
            <p class="hsm-verdict-line">
                <span class="hsm-icon" aria-hidden="true">{icon}</span>
                <strong>{words}</strong>
            </p>
            <dl class="hsm-figures">
                <dt>"Band"</dt>
                <dd class="hsm-band">{band_words(answer.band)}</dd>
                {answer.threshold.clone().map(|t| view! {
                    <dt>"Required"</dt>
                    <dd class="hsm-threshold">
                        {money(&t, false)} " a month, gross, excl. holiday allowance"
                        <span class="hsm-period">
                            " (" {valid(&answer.period.from, &answer.period.to)} ", "
                            <a href=answer.source target="_blank" rel="noopener noreferrer">"source: IND"</a> ")"
                        </span>
                    </dd>
                })}
                <dt>"Your salary"</dt>
                <dd class="hsm-salary-normalised">
                    {money(&answer.monthly_salary, false)} " a month, gross, excl. holiday allowance"
                </dd>
            </dl>
            <ThirtyPercent t=answer.thirty_percent.clone() />
            {(!answer.warnings.is_empty()).then(|| view! {
                <ul class="hsm-warnings">
                    {answer.warnings.iter().map(|w| view! {
                        <li data-code=w.code>{w.message.clone()}</li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

#[component]
fn ThirtyPercent(t: ThirtyPercentOut) -> impl IntoView {
    let status = match (t.meets_norm, t.partial_possible, &t.max_allowance) {
        _ if t.norm_kind == "none" => "Met: no salary norm applies to this role".to_owned(),
        (Some(true), ..) => "Met: the full 30% allowance keeps you above the norm".to_owned(),
        (Some(false), Some(true), Some(max)) => format!(
            "Partly possible: an allowance of up to {} a year keeps you above the norm",
            money(max, false)
        ),
        (Some(false), ..) => "Not met: the salary is not above the norm".to_owned(),
        (None, ..) => "Not known yet: the norm for this year is not published".to_owned(),
    };
    let met_class = match t.meets_norm {
        Some(true) => "hsm-yes",
        Some(false) if t.partial_possible == Some(true) => "hsm-partial",
        Some(false) => "hsm-no",
        None => "hsm-unknown",
    };
    view! {
        <div class=format!("hsm-thirty {met_class}")>
            <h3>"30% ruling"</h3>
            <p class="hsm-thirty-status"><strong>{status}</strong></p>
            <dl class="hsm-figures">
                {t.norm.clone().map(|n| view! {
                    <dt>"Salary norm"</dt>
                    <dd class="hsm-norm">
                        {money(&n, false)} " a year, taxable salary after the allowance must be more"
                        <span class="hsm-period">
                            " (" {valid(&t.period.from, &t.period.to)} ", "
                            <a href=t.source target="_blank" rel="noopener noreferrer">"source: Belastingdienst"</a> ")"
                        </span>
                    </dd>
                })}
                <dt>"Your taxable salary"</dt>
                <dd class="hsm-taxable">
                    {money(&t.taxable_salary, false)} " a year after a " {t.percentage} "% allowance of "
                    {money(&t.allowance, false)} " (gross " {money(&t.annual_salary, false)}
                    " incl. holiday allowance)"
                </dd>
            </dl>
        </div>
    }
}

/// The answer for every reader at once, for a listing with a pre-filled salary.
#[component]
pub fn CompactResult(answers: Answers) -> impl IntoView {
    let rows: [(Profile, &'static str); 3] = [
        (Profile::ThirtyPlus, "people aged 30 or older"),
        (Profile::UnderThirty, "people under 30"),
        (
            Profile::RecentGraduate,
            "recent graduates and after an orientation year",
        ),
    ];
    let outcomes = rows.map(|(profile, who)| {
        (
            Memo::new(move |_| api::evaluate(&answers.request_as(Some(profile)))),
            who,
        )
    });
    let [first, ..] = outcomes;
    view! {
        <section class="hsm-result hsm-compact" part="result" aria-live="polite" aria-label="Result">
            {move || match first.0.get() {
                Outcome::Answer(a) => view! {
                    <p class="hsm-compact-salary">
                        <strong>{money(&a.monthly_salary, false)}</strong>
                        " a month, gross, excl. holiday allowance"
                    </p>
                    <ul class="hsm-compact-list">
                        {outcomes.into_iter().map(|(o, who)| {

                            move || match o.get() {
                                Outcome::Answer(a) => {
                                    let (class, icon, verb) = match a.qualifies {
                                        Some(true) => ("hsm-yes", "✓", "Meets"),
                                        Some(false) => ("hsm-no", "✗", "Below"),
                                        None => ("hsm-unknown", "?", "Indicative:"),
                                    };
                                    let threshold = a.threshold.as_deref().map(|t| money(t, true)).unwrap_or_default();
                                    view! {
                                        <li class=class>
                                            <span class="hsm-icon" aria-hidden="true">{icon}</span>
                                            {format!("{verb} the amount for {who} ({threshold})")}
                                        </li>
                                    }.into_any()
                                }
                                Outcome::Rejected(_) => ().into_any(),
                            }
                        }).collect_view()}
                    </ul>
                    <p class="hsm-compact-thirty">
                        {match (a.thirty_percent.meets_norm, &a.thirty_percent.norm) {
                            (Some(true), Some(n)) => format!("30% ruling: above the salary norm ({} a year)", money(n, true)),
                            (Some(false), Some(n)) => format!("30% ruling: the full allowance would break the salary norm ({} a year)", money(n, true)),
                            _ => "30% ruling: not known for this date yet".to_owned(),
                        }}
                    </p>
                    <p class="hsm-period">
                        {valid(&a.period.from, &a.period.to)} " · "
                        <a href=a.source target="_blank" rel="noopener noreferrer">"source: IND"</a>
                    </p>
                    <ul class="hsm-warnings">
                        {a.warnings.iter().filter(|w| w.code == "unpublishedPeriod").map(|w| view! {
                            <li data-code=w.code>{w.message.clone()}</li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
                Outcome::Rejected(r) => view! {
                    <p class="hsm-pending">
                        {r.errors.first().map(|e| e.message.clone()).unwrap_or_default()}
                    </p>
                }.into_any(),
            }}
        </section>
    }
}
