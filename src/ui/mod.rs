//! The widget: Leptos components that ask the questions and show the answer.
//! They compute no rule: every answer comes from [`crate::api::evaluate`],
//! the same call host pages make.

mod format;
mod gauge;
pub mod i18n;
mod questions;
mod result;
mod share;

use crate::api::{self, Loose, Outcome};
use i18n::{fill, Lang, Text};
use leptos::prelude::*;
use questions::{
    ApplicationDateQuestion, BirthQuestion, DegreeQuestion, OrientationQuestion, RoleQuestion,
    SalaryQuestion,
};
use result::{CompactResult, ResultPanel};

/// The visitor's answers, one signal per input, as typed.
#[derive(Clone, Copy)]
pub struct Answers {
    pub application_date: RwSignal<String>,
    pub birth_date: RwSignal<String>,
    pub age: RwSignal<String>,
    pub degree: RwSignal<String>,
    pub degree_from: RwSignal<String>,
    pub graduation_date: RwSignal<String>,
    pub orientation_year: RwSignal<bool>,
    pub role: RwSignal<String>,
    pub amount: RwSignal<String>,
    pub period: RwSignal<String>,
    pub holiday_allowance_included: RwSignal<bool>,
}

impl Answers {
    pub fn new(today: String) -> Self {
        Answers {
            application_date: RwSignal::new(today),
            birth_date: RwSignal::new(String::new()),
            age: RwSignal::new(String::new()),
            degree: RwSignal::new("none".to_owned()),
            degree_from: RwSignal::new(String::new()),
            graduation_date: RwSignal::new(String::new()),
            orientation_year: RwSignal::new(false),
            role: RwSignal::new("employee".to_owned()),
            amount: RwSignal::new(String::new()),
            period: RwSignal::new("month".to_owned()),
            holiday_allowance_included: RwSignal::new(false),
        }
    }

    /// The answers as an `evaluate()` request. Fields the form hides are left out.
    pub fn request(&self) -> Loose {
        self.request_as(None)
    }

    /// The request for someone of the given profile with the same salary and
    /// date: what a vacancy listing shows when it knows nothing of the reader.
    pub fn request_as(&self, profile: Option<Profile>) -> Loose {
        if let Some(profile) = profile {
            let (age, orientation_year) = match profile {
                Profile::ThirtyPlus => ("30", false),
                Profile::UnderThirty => ("29", false),
                Profile::RecentGraduate => ("29", true),
            };
            return Loose::object([
                ("applicationDate", Loose::Text(self.application_date.get())),
                ("age", Loose::text(age)),
                ("orientationYear", Loose::Bool(orientation_year)),
                ("role", Loose::Text(self.role.get())),
                ("salary", self.salary()),
            ]);
        }
        let text = |s: RwSignal<String>| Loose::Text(s.get());
        let degree = self.degree.get();
        let has_degree = degree != "none";
        let mut fields = vec![
            ("applicationDate", text(self.application_date)),
            ("birthDate", text(self.birth_date)),
            ("age", text(self.age)),
            ("degree", Loose::Text(degree)),
            ("orientationYear", Loose::Bool(self.orientation_year.get())),
            ("role", text(self.role)),
            (
                "salary",
                Loose::object([
                    ("amount", text(self.amount)),
                    ("period", text(self.period)),
                    (
                        "holidayAllowanceIncluded",
                        Loose::Bool(self.holiday_allowance_included.get()),
                    ),
                ]),
            ),
        ];
        if has_degree {
            fields.push(("degreeFrom", text(self.degree_from)));
            fields.push(("graduationDate", text(self.graduation_date)));
        }
        Loose::object(fields)
    }

    fn salary(&self) -> Loose {
        Loose::object([
            ("amount", Loose::Text(self.amount.get())),
            ("period", Loose::Text(self.period.get())),
            (
                "holidayAllowanceIncluded",
                Loose::Bool(self.holiday_allowance_included.get()),
            ),
        ])
    }
}

/// The readers a vacancy listing answers for at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    ThirtyPlus,
    UnderThirty,
    /// Recent graduate or after an orientation year: the reduced amount.
    RecentGraduate,
}

/// The visitor's words for an error the API names by field and code.
pub fn error_text(t: &'static Text, field: &str, code: &str) -> &'static str {
    match (field, code) {
        (_, "invalidDate") => t.err_invalid_date,
        (_, "noSuchDate") => t.err_no_such_date,
        (_, "beforeFirstPeriod") => t.err_before_first_period,
        ("applicationDate", "outOfRange") => t.err_application_out_of_range,
        ("graduationDate", "outOfRange") => t.err_graduation_out_of_range,
        ("birthDate", "afterApplicationDate") => t.err_birth_after_application,
        ("graduationDate", "afterApplicationDate") => t.err_graduation_after_application,
        ("birthDate", "ageOutOfRange") => t.err_birth_age_range,
        ("age", "ageOutOfRange") => t.err_age_range,
        ("age", "invalidNumber") => t.err_age_number,
        ("age", "conflictsWithBirthDate") => t.err_age_conflict,
        ("graduationDate", "beforeBirth") => t.err_graduation_before_birth,
        ("salary.amount", "invalidNumber") => t.err_amount_number,
        ("salary.amount", "negative") => t.err_amount_negative,
        ("salary.amount", "zero") => t.err_amount_zero,
        ("salary.amount", "tooManyDecimals") => t.err_amount_decimals,
        ("salary.amount", "mixedSeparators") => t.err_amount_separators,
        ("salary.amount", "tooLarge") => t.err_amount_too_large,
        ("salary.amount" | "salary", "required") => t.missing_salary,
        _ => t.err_choose,
    }
}

/// The message for one field, unless it only says the answer is still missing:
/// those are listed in the result panel instead of as an error under the field.
pub fn field_error(
    t: &'static Text,
    outcome: Memo<Outcome>,
    field: &'static str,
) -> Signal<Option<String>> {
    Signal::derive(move || {
        outcome.with(|o| match o {
            Outcome::Rejected(r) => r
                .errors
                .iter()
                .find(|e| e.field == field && e.code != "required")
                .map(|e| error_text(t, e.field, e.code).to_owned()),
            Outcome::Answer(_) => None,
        })
    })
}

/// Today in the visitor's time zone, as `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    format!("{y:04}-{m:02}-{d:02}")
}

/// How the widget looks, set by the host page; changes apply at once.
#[derive(Clone, Copy)]
pub struct Settings {
    /// Only the result, for a vacancy listing with a pre-filled salary.
    pub compact: RwSignal<bool>,
    /// `light`, `dark` or `auto` (follows `prefers-color-scheme`).
    pub theme: RwSignal<String>,
    pub lang: RwSignal<Lang>,
    /// Show a language switch, a heading and an introduction (the standalone page does).
    pub lang_switch: RwSignal<bool>,
}

impl Settings {
    pub fn new(lang: Lang) -> Self {
        Settings {
            compact: RwSignal::new(false),
            theme: RwSignal::new("light".to_owned()),
            lang: RwSignal::new(lang),
            lang_switch: RwSignal::new(false),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self::new(Lang::En)
    }
}

/// Told every new answer, exactly as `evaluate()` returns it.
pub type ResultSink = std::rc::Rc<dyn Fn(&Outcome)>;

/// How long the answer must stand still before it is read out.
const ANNOUNCE_AFTER: std::time::Duration = std::time::Duration::from_millis(1200);

/// The whole widget: the questions, then the answer.
#[component]
pub fn SalaryCheck(
    #[prop(optional)] answers: Option<Answers>,
    #[prop(optional)] settings: Option<Settings>,
    #[prop(optional)] on_result: Option<ResultSink>,
) -> impl IntoView {
    let answers = answers.unwrap_or_else(|| Answers::new(today()));
    let settings = settings.unwrap_or_default();
    if let Some(fragment) = share::current_fragment() {
        if let Some(lang) = share::decode(&fragment, &answers) {
            settings.lang.set(lang);
        }
    }
    let outcome = Memo::new(move |_| api::evaluate(&answers.request()));
    // Compact mode's first line; memos are lazy, so it is only computed there.
    let thirty_plus =
        Memo::new(move |_| api::evaluate(&answers.request_as(Some(Profile::ThirtyPlus))));
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
        Effect::new(move |_| told.with(|o| sink(o)));
    }

    view! {
        <div
            class="hsm"
            part="root"
            lang=move || settings.lang.get().tag()
            data-theme=move || settings.theme.get()
        >
            {move || {
                let lang = settings.lang.get();
                if settings.compact.get() {
                    view! { <CompactResult lang=lang answers=answers thirty_plus=thirty_plus /> }.into_any()
                } else {
                    view! { <FullCheck lang=lang answers=answers outcome=outcome settings=settings /> }.into_any()
                }
            }}
        </div>
    }
}

/// The questions, the answer, and what goes with them.
#[component]
fn FullCheck(
    lang: Lang,
    answers: Answers,
    outcome: Memo<Outcome>,
    settings: Settings,
) -> impl IntoView {
    let t = lang.text();
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
        <Show when=move || settings.lang_switch.get()>
            <header class="hsm-header">
                <h1>{t.page_title}</h1>
                <p>{t.page_intro}</p>
                <LanguageSwitch lang=settings.lang />
            </header>
        </Show>
        <form class="hsm-form" part="form" novalidate on:submit=show_result>
            <ApplicationDateQuestion t=t value=answers.application_date outcome=outcome />
            <BirthQuestion t=t birth_date=answers.birth_date age=answers.age outcome=outcome />
            <DegreeQuestion
                t=t
                degree=answers.degree
                degree_from=answers.degree_from
                graduation_date=answers.graduation_date
                outcome=outcome
            />
            <OrientationQuestion t=t value=answers.orientation_year />
            <RoleQuestion t=t value=answers.role />
            <SalaryQuestion
                t=t
                amount=answers.amount
                period=answers.period
                holiday_allowance_included=answers.holiday_allowance_included
                outcome=outcome
            />
            <button type="submit" class="hsm-check" part="button">{t.check}</button>
        </form>
        <div class="hsm-side">
            <ResultPanel lang=lang outcome=outcome answers=answers node_ref=result />
            <Announcer lang=lang outcome=outcome />
            <AnswersSummary lang=lang answers=answers />
            <ShareBar lang=lang answers=answers />
            <p class="hsm-rules">
                {move || match outcome.get() {
                    Outcome::Answer(a) => fill(t.rules_line, &[a.rules.version, &format::date(lang, &a.rules.amounts_checked)]),
                    Outcome::Rejected(_) => String::new(),
                }}
            </p>
        </div>
    }
}

/// A polite live region that reads the verdict once it stops changing,
/// instead of at every keystroke.
#[component]
fn Announcer(lang: Lang, outcome: Memo<Outcome>) -> impl IntoView {
    let verdict = Memo::new(move |_| match outcome.get() {
        Outcome::Answer(a) => result::verdict_line(lang, &a).2,
        Outcome::Rejected(_) => String::new(),
    });
    let spoken = RwSignal::new(String::new());
    let pending = StoredValue::new_local(None::<leptos::prelude::TimeoutHandle>);
    Effect::new(move |_| {
        let next = verdict.get();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = leptos::prelude::set_timeout_with_handle(
            move || {
                // The panel may be gone by now (language switched): never touch
                // a disposed signal, that would panic.
                if spoken.try_get_untracked().is_some_and(|s| s != next) {
                    let _ = spoken.try_set(next);
                }
            },
            ANNOUNCE_AFTER,
        );
        pending.set_value(handle.ok());
    });
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });
    view! { <p class="hsm-sr" aria-live="polite" aria-atomic="true">{move || spoken.get()}</p> }
}

#[component]
fn LanguageSwitch(lang: RwSignal<Lang>) -> impl IntoView {
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

/// The answers as given, shown on paper only (the printed summary).
#[component]
fn AnswersSummary(lang: Lang, answers: Answers) -> impl IntoView {
    let t = lang.text();
    let d = move |s: RwSignal<String>| {
        let v = s.get();
        if v.is_empty() {
            "—".to_owned()
        } else {
            format::date(lang, &v)
        }
    };
    view! {
        <div class="hsm-print-only">
            <h3>{t.your_answers}</h3>
            <dl class="hsm-figures">
                <dt>{t.application_date}</dt>
                <dd>{move || d(answers.application_date)}</dd>
                <dt>{t.birth_date}</dt>
                <dd>{move || d(answers.birth_date)}</dd>
                <dt>{t.salary}</dt>
                <dd>{move || answers.amount.get()} " (" {move || if answers.period.get() == "year" { t.per_year } else { t.per_month }} ")"</dd>
            </dl>
        </div>
    }
}

#[component]
fn ShareBar(lang: Lang, answers: Answers) -> impl IntoView {
    let t = lang.text();
    let link = RwSignal::new(None::<(String, bool)>);
    let copy = move |_| {
        let url = share::link(&share::encode(&answers, lang));
        leptos::task::spawn_local(async move {
            let copied = share::copy(url.clone()).await;
            // The bar may have been replaced while the clipboard answered.
            let _ = link.try_set(Some((url, copied)));
        });
    };
    view! {
        <div class="hsm-share">
            <button type="button" class="hsm-secondary" part="button" on:click=copy>{t.copy_link}</button>
            <button type="button" class="hsm-secondary" part="button" on:click=move |_| share::print()>{t.print}</button>
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
