//! One component per question group, in the order the visitor answers them.

use super::i18n;
use super::state::{self, locale};
use crate::api::{Code, Field, Outcome};
use crate::rules::{Degree, DegreeFrom, Role, SalaryPeriod};
use leptos::prelude::*;

/// The message for one field, unless it only says the answer is still missing:
/// those are listed in the result panel instead of as an error under the field.
fn field_error(field: Field) -> Signal<Option<String>> {
    let (lang, _) = locale();
    let outcome = state::outcome();
    Signal::derive(move || {
        outcome.with(|o| match o {
            Outcome::Rejected(r) => r
                .errors
                .iter()
                .find(|e| e.field == field && e.code != Code::Required)
                .map(|e| i18n::error(lang, e.field, e.code)),
            Outcome::Answer(_) => None,
        })
    })
}

/// A label, a hint and an error line around one input; the input is given
/// its accessible description and invalid state by [`TextInput`].
#[component]
fn Question(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="hsm-question" part="question" class:hsm-invalid=move || error.with(Option::is_some)>
            <label for=id>{label}</label>
            <p class="hsm-hint" id=format!("{id}-hint")>{hint}</p>
            {children()}
            <p class="hsm-error" id=format!("{id}-error") aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

#[component]
fn TextInput(
    id: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "text")] inputmode: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
) -> impl IntoView {
    view! {
        <input
            id=id
            name=id
            part="input"
            type=kind
            inputmode=inputmode
            autocomplete=autocomplete
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
            aria-describedby=format!("{id}-hint {id}-error")
            aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
            aria-errormessage=format!("{id}-error")
        />
    }
}

#[component]
pub fn ApplicationDateQuestion() -> impl IntoView {
    let (_, t) = locale();
    let value = state::answers().application_date;
    let error = field_error(Field::ApplicationDate);
    view! {
        <Question
            id="hsm-application-date"
            label=t.application_date
            hint=t.application_date_hint
            error=error
        >
            <TextInput id="hsm-application-date" value=value error=error kind="date" />
        </Question>
    }
}

#[component]
pub fn BirthQuestion() -> impl IntoView {
    let (_, t) = locale();
    let answers = state::answers();
    let (birth_date, age) = (answers.birth_date, answers.age);
    let birth_error = field_error(Field::BirthDate);
    let age_error = field_error(Field::Age);
    view! {
        <div class="hsm-pair">
            <Question
                id="hsm-birth-date"
                label=t.birth_date
                hint=t.birth_date_hint
                error=birth_error
            >
                <TextInput id="hsm-birth-date" value=birth_date error=birth_error kind="date" autocomplete="bday" />
            </Question>
            <Question
                id="hsm-age"
                label=t.age
                hint=t.age_hint
                error=age_error
            >
                <TextInput id="hsm-age" value=age error=age_error inputmode="numeric" />
            </Question>
        </div>
    }
}

#[component]
fn Select(
    id: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
    options: Vec<(&'static str, &'static str)>,
) -> impl IntoView {
    view! {
        <select
            id=id
            name=id
            part="input"
            prop:value=move || value.get()
            on:change=move |ev| value.set(event_target_value(&ev))
            aria-describedby=format!("{id}-hint {id}-error")
            aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
            aria-errormessage=format!("{id}-error")
        >
            {options
                .into_iter()
                .map(|(v, text)| {
                    view! {
                        <option value=v selected=move || value.with(|s| s == v)>
                            {text}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

#[component]
pub fn DegreeQuestion() -> impl IntoView {
    let (_, t) = locale();
    let answers = state::answers();
    let (degree, degree_from, graduation_date) =
        (answers.degree, answers.degree_from, answers.graduation_date);
    let degree_error = field_error(Field::Degree);
    let from_error = field_error(Field::DegreeFrom);
    let graduation_error = field_error(Field::GraduationDate);
    let has_degree = move || answers.has_degree();
    view! {
        <Question
            id="hsm-degree"
            label=t.degree
            hint=t.degree_hint
            error=degree_error
        >
            <Select
                id="hsm-degree"
                value=degree
                error=degree_error
                options=vec![
                    (Degree::None.name(), t.degree_none),
                    (Degree::Bachelor.name(), t.degree_bachelor),
                    (Degree::Master.name(), t.degree_master),
                    (Degree::Phd.name(), t.degree_phd),
                ]
            />
        </Question>
        <Show when=has_degree>
            <Question
                id="hsm-degree-from"
                label=t.degree_from
                hint=t.degree_from_hint
                error=from_error
            >
                <Select
                    id="hsm-degree-from"
                    value=degree_from
                    error=from_error
                    options=vec![
                        ("", t.choose),
                        (DegreeFrom::Netherlands.name(), t.from_netherlands),
                        (DegreeFrom::Top200.name(), t.from_top200),
                        (DegreeFrom::Elsewhere.name(), t.from_elsewhere),
                    ]
                />
            </Question>
            <Question
                id="hsm-graduation-date"
                label=t.graduation_date
                hint=t.graduation_date_hint
                error=graduation_error
            >
                <TextInput id="hsm-graduation-date" value=graduation_date error=graduation_error kind="date" />
            </Question>
        </Show>
    }
}

#[component]
pub fn OrientationQuestion() -> impl IntoView {
    let (_, t) = locale();
    let value = state::answers().orientation_year;
    view! {
        <fieldset class="hsm-question hsm-choice" aria-describedby="hsm-orientation-hint">
            <legend>{t.orientation}</legend>
            <p class="hsm-hint" id="hsm-orientation-hint">{t.orientation_hint}</p>
            <label>
                <input
                    type="radio"
                    name="hsm-orientation"
                    prop:checked=move || !value.get()
                    on:change=move |_| value.set(false)
                />
                {t.no}
            </label>
            <label>
                <input
                    type="radio"
                    name="hsm-orientation"
                    prop:checked=move || value.get()
                    on:change=move |_| value.set(true)
                />
                {t.yes}
            </label>
        </fieldset>
    }
}

#[component]
pub fn RoleQuestion() -> impl IntoView {
    let (_, t) = locale();
    let value = state::answers().role;
    let options: [(&'static str, &'static str); 3] = [
        (Role::Employee.name(), t.role_employee),
        (Role::Researcher.name(), t.role_researcher),
        (Role::DoctorInTraining.name(), t.role_doctor),
    ];
    view! {
        <fieldset class="hsm-question hsm-choice" aria-describedby="hsm-role-hint">
            <legend>{t.role}</legend>
            <p class="hsm-hint" id="hsm-role-hint">{t.role_hint}</p>
            {options
                .into_iter()
                .map(|(v, text)| {
                    view! {
                        <label>
                            <input
                                type="radio"
                                name="hsm-role"
                                value=v
                                prop:checked=move || value.with(|r| r == v)
                                on:change=move |_| value.set(v.to_owned())
                            />
                            {text}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
pub fn SalaryQuestion() -> impl IntoView {
    let (_, t) = locale();
    let answers = state::answers();
    let (amount, period, holiday_allowance_included) = (
        answers.amount,
        answers.period,
        answers.holiday_allowance_included,
    );
    let amount_error = field_error(Field::SalaryAmount);
    let period_error = field_error(Field::SalaryPeriod);
    view! {
        <div class="hsm-salary">
            <Question
                id="hsm-amount"
                label=t.salary
                hint=t.salary_hint
                error=amount_error
            >
                <TextInput id="hsm-amount" value=amount error=amount_error inputmode="decimal" />
            </Question>
            <Question id="hsm-period" label=t.period hint=t.period_hint error=period_error>
                <Select
                    id="hsm-period"
                    value=period
                    error=period_error
                    options=vec![
                        (SalaryPeriod::Month.name(), t.per_month),
                        (SalaryPeriod::Year.name(), t.per_year),
                    ]
                />
            </Question>
            <label class="hsm-check-line">
                <input
                    type="checkbox"
                    prop:checked=move || holiday_allowance_included.get()
                    on:change=move |ev| holiday_allowance_included.set(event_target_checked(&ev))
                />
                {t.holiday_included}
            </label>
        </div>
    }
}
