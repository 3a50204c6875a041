//! The whole widget: the questions, then the answer, or in compact mode the
//! answer alone.

use super::announcer::Announcer;
use super::i18n::{fill, Lang};
use super::questions::{
    ApplicationDateQuestion, BirthQuestion, DegreeQuestion, OrientationQuestion, RoleQuestion,
    SalaryQuestion, SituationQuestion,
};
use super::redrawn::{Redrawn, Shown};
use super::result::{CompactResult, ResultPanel};
use super::share::{AnswersSummary, ShareBar};
use super::state::{self, locale, Answers, Profile, Settings};
use super::{format, share};
use crate::api::{self, Outcome};
use leptos::either::Either;
use leptos::prelude::*;

/// Told that the answer changed: it reads the answer (exactly as `evaluate()`
/// returns it) from the memo when it needs it.
pub type ResultSink = std::rc::Rc<dyn Fn(Memo<Outcome>)>;

/// The whole widget: the questions, then the answer.
#[component]
pub fn SalaryCheck(
    #[prop(optional)] answers: Option<Answers>,
    #[prop(optional)] settings: Option<Settings>,
    #[prop(optional)] on_result: Option<ResultSink>,
) -> impl IntoView {
    let answers = answers.unwrap_or_else(|| Answers::new(state::today()));
    let settings = settings.unwrap_or_default();
    if let Some(fragment) = share::current_fragment() {
        if let Some(lang) = share::decode(&fragment, &answers) {
            settings.lang.set(lang);
        }
    }
    let outcome = Memo::new(move |_| api::evaluate(&answers.request()));
    state::provide(answers, settings, outcome);
    // Compact mode's first line; memos are lazy, so it is only computed there.
    let thirty_plus = Memo::new(move |_| api::evaluate(&answers.request_as(Profile::ThirtyPlus)));
    if let Some(sink) = on_result {
        // In compact mode nobody answers questions: the answer given out is the
        // general criterion's (30 or older), the first line of the summary.
        let told = Memo::new(move |_| {
            if settings.compact.get() {
                thirty_plus.get()
            } else {
                outcome.get()
            }
        });
        // A memo only notifies when the answer really changed.
        // Read here, not only tracked: a lazy memo first worked out by the
        // sink's later read would notify this effect again.
        Effect::new(move |_| told.with(|_| sink(told)));
    }

    view! {
        <div
            class="hsm"
            part="root"
            lang=move || settings.lang.get().tag()
            data-theme=move || settings.theme.get().name()
        >
            {move || {
                // Drawn anew in the new language: components read it once.
                settings.lang.track();
                Redrawn(if settings.compact.get() {
                    Either::Left(view! { <CompactResult thirty_plus=thirty_plus /> })
                } else {
                    Either::Right(view! { <FullCheck /> })
                })
            }}
        </div>
    }
}

/// The questions, the answer, and what goes with them.
#[component]
fn FullCheck() -> impl IntoView {
    let (_, t) = locale();
    let settings = expect_context::<Settings>();
    let result = NodeRef::<leptos::html::Section>::new();
    // The answer updates as one types; the button is for people who expect
    // one, and on a phone it brings the answer into view.
    let show_result = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(section) = result.get() {
            section.scroll_into_view();
        }
    };
    view! {
        <Shown when=move || settings.lang_switch.get()>
            <header class="hsm-header">
                <h1>{t.page_title}</h1>
                <p>{t.page_intro}</p>
                <LanguageSwitch />
            </header>
        </Shown>
        <form class="hsm-form" part="form" novalidate on:submit=show_result>
            <SituationQuestion />
            <ApplicationDateQuestion />
            <BirthQuestion />
            <DegreeQuestion />
            <OrientationQuestion />
            <RoleQuestion />
            <SalaryQuestion />
            <button type="submit" class="hsm-check" part="button">{t.check}</button>
        </form>
        <div class="hsm-side">
            <ResultPanel node_ref=result />
            <Announcer />
            <AnswersSummary />
            <ShareBar />
            <RulesLine />
        </div>
    }
}

/// The rules' version and the day the amounts were last checked.
#[component]
fn RulesLine() -> impl IntoView {
    let (lang, t) = locale();
    let outcome = state::outcome();
    view! {
        <p class="hsm-rules">
            {move || match outcome.get() {
                Outcome::Answer(a) => fill(
                    t.rules_line,
                    &[a.rules.version, &format::date(lang, &a.rules.amounts_checked)],
                ),
                Outcome::Rejected(_) => String::new(),
            }}
        </p>
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let lang = expect_context::<Settings>().lang;
    let t = move || lang.get().text();
    view! {
        <fieldset class="hsm-lang">
            <legend>{move || t().language}</legend>
            {Lang::ALL
                .into_iter()
                .map(|l| view! {
                    <label lang=l.tag()>
                        <input
                            type="radio"
                            name="hsm-lang"
                            prop:checked=move || lang.get() == l
                            on:change=move |_| lang.set(l)
                        />
                        {l.text().lang_name}
                    </label>
                })
                .collect_view()}
        </fieldset>
    }
}
