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
use result::ResultPanel;

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
fn today() -> String {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    format!("{y:04}-{m:02}-{d:02}")
}

/// The whole widget: the questions, then the answer.
#[component]
pub fn SalaryCheck() -> impl IntoView {
    let answers = Answers::new(today());
    let outcome = Memo::new(move |_| api::evaluate(&answers.request()));
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
        <div class="hsm">
            <form class="hsm-form" novalidate on:submit=show_result>
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
                <button type="submit" class="hsm-check">"Check"</button>
            </form>
            <ResultPanel outcome=outcome node_ref=result />
        </div>
    }
}
