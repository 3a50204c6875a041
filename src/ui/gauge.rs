//! A scale with the period's three amounts and the visitor's salary on it:
//! a picture for sighted readers, with the same facts in its caption.

use super::format::money;
use super::i18n::fill;
use super::state::locale;
use crate::api::Answer;
use crate::rules::Band;
use leptos::prelude::*;

/// Whole euros of an API money string, for drawing only.
fn euros(plain: &str) -> u32 {
    plain
        .split('.')
        .next()
        .and_then(|e| e.parse().ok())
        .unwrap_or(0)
}

const LEFT: u32 = 12;
const WIDTH: u32 = 296;

#[component]
pub fn Gauge(answer: Answer) -> impl IntoView {
    let (lang, t) = locale();
    let th = &answer.thresholds;
    // The middle label sits a row lower: the amounts can be close together.
    let marks = [
        (Band::Reduced, t.gauge_reduced, th.reduced.clone(), 62),
        (
            Band::UnderThirty,
            t.gauge_under_thirty,
            th.under_thirty.clone(),
            90,
        ),
        (
            Band::ThirtyPlus,
            t.gauge_thirty_plus,
            th.thirty_plus.clone(),
            62,
        ),
    ];

    let salary = euros(&answer.monthly_salary);
    let top = euros(&th.thirty_plus);
    // Room to the right of the highest amount; a very high salary sits at the edge.
    let max = (top.saturating_mul(13) / 10)
        .max(salary.saturating_mul(11) / 10)
        .min(top.saturating_mul(2))
        .max(1);
    let x = |v: u32| LEFT + (u64::from(v.min(max)) * u64::from(WIDTH) / u64::from(max)) as u32;
    let applicable = answer.band;
    let caption = fill(
        t.gauge_text,
        &[
            &money(lang, &answer.monthly_salary, false),
            &money(lang, &th.reduced, true),
            &money(lang, &th.under_thirty, true),
            &money(lang, &th.thirty_plus, true),
            &answer
                .threshold
                .as_deref()
                .map(|v| money(lang, v, true))
                .unwrap_or_else(|| "—".to_owned()),
        ],
    );
    let you = x(salary);
    view! {
        <figure class="hsm-gauge">
            <svg viewBox="0 0 320 108" aria-hidden="true" focusable="false">
                <rect class="hsm-gauge-bar" x=LEFT y="36" width=WIDTH height="8" rx="4" />
                {marks
                    .into_iter()
                    .map(|(band, name, amount, y)| {
                        let at = x(euros(&amount));
                        let class = if applicable == band { "hsm-gauge-mark hsm-gauge-active" } else { "hsm-gauge-mark" };
                        view! {
                            <g class=class>
                                <line x1=at x2=at y1="30" y2="50" />
                                <text x=at y=y text-anchor="middle">{name}</text>
                                <text x=at y=y + 12 text-anchor="middle" class="hsm-gauge-amount">
                                    {money(lang, &amount, true)}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()}
                <g class="hsm-gauge-you">
                    <path d=format!("M{} 33 l-6 -9 h12 z", you) />
                    <text x=you y="14" text-anchor="middle">
                        {format!("{} {}", t.gauge_you, money(lang, &answer.monthly_salary, true))}
                    </text>
                </g>
            </svg>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}
