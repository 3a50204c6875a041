//! A shareable link: the answers go in the URL fragment (`#hsm=…`), which a
//! browser never sends to a server; opening such a link restores them. The
//! host's own fragment (a hash route such as `#/jobs/42`) is kept in front:
//! `#/jobs/42#hsm=…`, which hash routers read as that route. And
//! the printed summary of the answers.

use super::format;
use super::i18n;
use super::i18n::Lang;
use super::state::{self, locale, Answers};
use crate::rules::{Criterion, SalaryPeriod, Situation};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

const PREFIX: &str = "#hsm=";

/// (key in the link, the answer it holds)
fn fields(a: &Answers) -> [(&'static str, RwSignal<String>); 11] {
    [
        ("si", a.situation),
        ("pc", a.permit_criterion),
        ("d", a.application_date),
        ("b", a.birth_date),
        ("a", a.age),
        ("g", a.degree),
        ("f", a.degree_from),
        ("gd", a.graduation_date),
        ("r", a.role),
        ("s", a.amount),
        ("p", a.period),
    ]
}

fn flag(b: bool) -> &'static str {
    if b {
        "1"
    } else {
        "0"
    }
}

/// `d=2026-03-15&b=…`: only answers that are given.
pub fn encode(a: &Answers, lang: Lang) -> String {
    let mut parts: Vec<String> = fields(a)
        .into_iter()
        .filter_map(|(key, signal)| {
            let value = signal.get_untracked();
            (!value.is_empty()).then(|| format!("{key}={}", js_sys::encode_uri_component(&value)))
        })
        .collect();
    parts.push(format!("o={}", flag(a.orientation_year.get_untracked())));
    parts.push(format!(
        "h={}",
        flag(a.holiday_allowance_included.get_untracked())
    ));
    parts.push(format!("l={}", lang.tag()));
    parts.join("&")
}

/// Restores answers from a fragment made by [`encode`]; returns its language.
pub fn decode(fragment: &str, a: &Answers) -> Option<Lang> {
    let body = fragment.strip_prefix(PREFIX)?;
    let mut lang = None;
    let fields = fields(a);
    for pair in body.split('&') {
        let Some((key, raw)) = pair.split_once('=') else {
            continue;
        };
        let Some(value) = js_sys::decode_uri_component(raw)
            .ok()
            .and_then(|v| v.as_string())
        else {
            continue;
        };
        match key {
            "o" => a.orientation_year.set(value == "1"),
            "h" => a.holiday_allowance_included.set(value == "1"),
            "l" => lang = Lang::from_tag(&value),
            _ => {
                if let Some((_, signal)) = fields.iter().find(|(k, _)| *k == key) {
                    signal.set(value);
                }
            }
        }
    }
    lang
}

fn window() -> Option<web_sys::Window> {
    js_sys::global().dyn_into::<web_sys::Window>().ok()
}

/// Our part of the page's fragment (from `#hsm=` on), wherever it stands.
pub fn current_fragment() -> Option<String> {
    let hash = window()?.location().hash().ok()?;
    ours(&hash).map(str::to_owned)
}

/// The part of `fragment` from `#hsm=` on.
fn ours(fragment: &str) -> Option<&str> {
    fragment.find(PREFIX).and_then(|at| fragment.get(at..))
}

/// This page's address, its own route kept, with the answers after it.
pub fn link(encoded: &str) -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    with_answers(&href, encoded)
}

/// `href` without a previous set of answers, then `#hsm=` and these.
fn with_answers(href: &str, encoded: &str) -> String {
    let page = match href.find(PREFIX) {
        Some(at) => href.get(..at).unwrap_or(href),
        None => href,
    };
    // An empty fragment (`page#`) has no route to keep.
    let page = page.strip_suffix('#').unwrap_or(page);
    format!("{page}{PREFIX}{encoded}")
}

/// Puts `text` on the clipboard; `false` where the browser does not allow it.
pub async fn copy(text: String) -> bool {
    let Some(window) = window() else { return false };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard")).ok();
    let write = clipboard
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &JsValue::from_str("writeText")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let (Some(clipboard), Some(write)) = (clipboard, write) else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(&text)) else {
        return false;
    };
    match promise.dyn_into::<js_sys::Promise>() {
        Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
        Err(_) => false,
    }
}

/// Opens the browser's print dialog (the stylesheet prints the summary only).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// The answers as given, shown on paper only (the printed summary).
#[component]
pub fn AnswersSummary() -> impl IntoView {
    let (lang, t) = locale();
    let answers = state::answers();
    let d = move |s: RwSignal<String>| {
        let v = s.get();
        if v.is_empty() {
            "—".to_owned()
        } else {
            format::date(lang, &v)
        }
    };
    let per = move || match SalaryPeriod::from_name(&answers.period.get()) {
        Some(SalaryPeriod::Year) => t.per_year,
        Some(SalaryPeriod::Month) | None => t.per_month,
    };
    let situation = move || {
        let situation =
            Situation::from_name(&answers.situation.get()).unwrap_or(Situation::FirstPermit);
        let criterion = Criterion::from_name(&answers.permit_criterion.get())
            .filter(|_| answers.holds_permit())
            .map(|c| i18n::criterion(t, c));
        match criterion {
            Some(c) => format!("{} ({c})", i18n::situation(t, situation)),
            None => i18n::situation(t, situation).to_owned(),
        }
    };
    view! {
        <div class="hsm-print-only">
            <h3>{t.your_answers}</h3>
            <dl class="hsm-figures">
                <dt>{t.situation}</dt>
                <dd>{situation}</dd>
                <dt>{t.application_date}</dt>
                <dd>{move || d(answers.application_date)}</dd>
                <dt>{t.birth_date}</dt>
                <dd>{move || d(answers.birth_date)}</dd>
                <dt>{t.salary}</dt>
                <dd>{move || answers.amount.get()} " (" {per} ")"</dd>
            </dl>
        </div>
    }
}

/// "Copy link to these answers" and "Print summary".
#[component]
pub fn ShareBar() -> impl IntoView {
    let (lang, t) = locale();
    let answers = state::answers();
    let link = RwSignal::new(None::<(String, bool)>);
    let copy = move |_| {
        let url = self::link(&encode(&answers, lang));
        leptos::task::spawn_local(async move {
            let copied = self::copy(url.clone()).await;
            // The bar may have been replaced while the clipboard answered.
            let _ = link.try_set(Some((url, copied)));
        });
    };
    view! {
        <div class="hsm-share">
            <button type="button" class="hsm-secondary" part="button" on:click=copy>{t.copy_link}</button>
            <button type="button" class="hsm-secondary" part="button" on:click=move |_| print()>{t.print}</button>
            {move || link.get().map(|(url, copied)| view! {
                <div class="hsm-link">
                    <label for="hsm-link">{t.link_label}</label>
                    <input id="hsm-link" type="text" readonly prop:value=url />
                    {copied.then(|| view! { <p class="hsm-hint" role="status">{t.link_copied}</p> })}
                </div>
            })}
        </div>
    }
}
