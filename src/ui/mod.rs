//! The widget: Leptos components that ask the questions and show the answer.
//! They compute no rule: every answer comes from [`crate::api::evaluate`],
//! the same call host pages make.

mod format;
mod questions;
mod result;

use crate::api::{self, Loose, Outcome};
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

/// The message for one field, unless it only says the answer is still missing:
/// those are listed in the result panel instead of as an error under the field.
pub fn field_error(outcome: Memo<Outcome>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || {
        outcome.with(|o| match o {
            Outcome::Rejected(r) => r
                .errors
                .iter()
                .find(|e| e.field == field && e.code != "required")
                .map(|e| e.message.clone()),
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
}

impl Settings {
    pub fn new() -> Self {
        Settings {
            compact: RwSignal::new(false),
            theme: RwSignal::new("light".to_owned()),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self::new()
    }
}

/// Told every new answer, exactly as `evaluate()` returns it.
pub type ResultSink = std::rc::Rc<dyn Fn(&Outcome)>;

/// The whole widget: the questions, then the answer.
#[component]
pub fn SalaryCheck(
    #[prop(optional)] answers: Option<Answers>,
    #[prop(optional)] settings: Option<Settings>,
    #[prop(optional)] on_result: Option<ResultSink>,
) -> impl IntoView {
    let answers = answers.unwrap_or_else(|| Answers::new(today()));
    let settings = settings.unwrap_or_default();
    let outcome = Memo::new(move |_| api::evaluate(&answers.request()));
    if let Some(sink) = on_result {
        // In compact mode nobody answers questions: the answer given out is the
        // general criterion's (30 or older), the first line of the summary.
        let told = Memo::new(move |_| {
            if settings.compact.get() {
                api::evaluate(&answers.request_as(Some(Profile::ThirtyPlus)))
            } else {
                outcome.get()
            }
        });
        // A memo only notifies when the answer really changed.
        Effect::new(move |_| told.with(|o| sink(o)));
    }
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
        <div class="hsm" part="root" data-theme=move || settings.theme.get()>
            <Show
                when=move || !settings.compact.get()
                fallback=move || view! { <CompactResult answers=answers /> }
            >
                <form class="hsm-form" part="form" novalidate on:submit=show_result>
                    <ApplicationDateQuestion value=answers.application_date outcome=outcome />
                    <BirthQuestion birth_date=answers.birth_date age=answers.age outcome=outcome />
                    <DegreeQuestion
                        degree=answers.degree
                        degree_from=answers.degree_from
                        graduation_date=answers.graduation_date
                        outcome=outcome
                    />
                    <OrientationQuestion value=answers.orientation_year />
                    <RoleQuestion value=answers.role />
                    <SalaryQuestion
                        amount=answers.amount
                        period=answers.period
                        holiday_allowance_included=answers.holiday_allowance_included
                        outcome=outcome
                    />
                    <button type="submit" class="hsm-check" part="button">"Check"</button>
                </form>
                <ResultPanel outcome=outcome node_ref=result />
            </Show>
        </div>
    }
}
