//! One component per question group, in the order the visitor answers them.

use super::i18n;
use super::redrawn::Shown;
use super::state::{self, locale};
use crate::api::{Code, Field, Outcome};
use crate::rules::{Criterion, Degree, DegreeFrom, Role, SalaryPeriod, Situation};
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
fn Question<C: IntoView + 'static>(
    field: Field,
    error: Signal<Option<String>>,
    children: TypedChildren<C>,
) -> impl IntoView {
    let (_, t) = locale();
    let (id, (label, hint)) = (input_id(field), i18n::question(t, field));
    view! {
        <div class="hsm-question" part="question" class:hsm-invalid=move || error.with(Option::is_some)>
            <label for=id>{label}</label>
            <p class="hsm-hint" id=format!("{id}-hint")>{hint}</p>
            {children.into_inner()()}
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

/// The element id of a field's input; its hint and error are `{id}-hint`
/// and `{id}-error`.
fn input_id(field: Field) -> &'static str {
    match field {
        Field::Situation => "hsm-situation",
        Field::PermitCriterion => "hsm-permit-criterion",
        Field::ApplicationDate => "hsm-application-date",
        Field::BirthDate => "hsm-birth-date",
        Field::Age => "hsm-age",
        Field::Degree => "hsm-degree",
        Field::DegreeFrom => "hsm-degree-from",
        Field::GraduationDate => "hsm-graduation-date",
        Field::OrientationYear => "hsm-orientation",
        Field::Role => "hsm-role",
        Field::SalaryAmount => "hsm-amount",
        Field::SalaryPeriod => "hsm-period",
        Field::SalaryHolidayAllowanceIncluded => "hsm-holiday",
        Field::Input | Field::Salary => "hsm-input",
    }
}

/// A question answered by typing: a [`Question`] around a [`TextInput`],
/// showing the errors of `field`.
#[component]
fn TextQuestion(
    field: Field,
    value: RwSignal<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "text")] inputmode: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
) -> impl IntoView {
    let (id, error) = (input_id(field), field_error(field));
    view! {
        <Question field=field error=error>
            <TextInput id=id value=value error=error kind=kind inputmode=inputmode autocomplete=autocomplete />
        </Question>
    }
}

/// A question answered by choosing: a [`Question`] around a [`Select`].
#[component]
fn SelectQuestion(
    field: Field,
    value: RwSignal<String>,
    options: Vec<(&'static str, &'static str)>,
) -> impl IntoView {
    let (id, error) = (input_id(field), field_error(field));
    view! {
        <Question field=field error=error>
            <Select id=id value=value error=error options=options />
        </Question>
    }
}

/// A first permit, or a permit someone already holds and what it was granted on.
#[component]
pub fn SituationQuestion() -> impl IntoView {
    let (_, t) = locale();
    let answers = state::answers();
    let situations = Situation::ALL
        .iter()
        .map(|s| (s.name(), i18n::situation(t, *s)));
    let criteria = Criterion::ALL
        .iter()
        .map(|c| (c.name(), i18n::criterion(t, *c)));
    let criteria = std::iter::once(("", t.choose))
        .chain(criteria)
        .collect::<Vec<_>>();
    view! {
        <SelectQuestion field=Field::Situation value=answers.situation options=situations.collect() />
        <Shown when=move || answers.holds_permit()>
            <SelectQuestion field=Field::PermitCriterion value=answers.permit_criterion options=criteria.clone() />
        </Shown>
    }
}

#[component]
pub fn ApplicationDateQuestion() -> impl IntoView {
    view! {
        <TextQuestion field=Field::ApplicationDate value=state::answers().application_date kind="date" />
    }
}

#[component]
pub fn BirthQuestion() -> impl IntoView {
    let answers = state::answers();
    view! {
        <div class="hsm-pair">
            <TextQuestion field=Field::BirthDate value=answers.birth_date kind="date" autocomplete="bday" />
            <TextQuestion field=Field::Age value=answers.age inputmode="numeric" />
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
    view! {
        <SelectQuestion field=Field::Degree value=answers.degree options=vec![
                (Degree::None.name(), t.degree_none),
                (Degree::Bachelor.name(), t.degree_bachelor),
                (Degree::Master.name(), t.degree_master),
                (Degree::Phd.name(), t.degree_phd),
            ]
        />
        <Shown when=move || answers.has_degree()>
            <SelectQuestion field=Field::DegreeFrom value=answers.degree_from options=vec![
                    ("", t.choose),
                    (DegreeFrom::Netherlands.name(), t.from_netherlands),
                    (DegreeFrom::Top200.name(), t.from_top200),
                    (DegreeFrom::Elsewhere.name(), t.from_elsewhere),
                ]
            />
            <TextQuestion field=Field::GraduationDate value=answers.graduation_date kind="date" />
        </Shown>
    }
}

/// A question answered with one of a few radio buttons.
#[component]
fn RadioQuestion<T>(
    field: Field,
    value: RwSignal<T>,
    options: Vec<(T, &'static str)>,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let (_, t) = locale();
    let (id, (legend, hint)) = (input_id(field), i18n::question(t, field));
    view! {
        <fieldset class="hsm-question hsm-choice" aria-describedby=format!("{id}-hint")>
            <legend>{legend}</legend>
            <p class="hsm-hint" id=format!("{id}-hint")>{hint}</p>
            {options
                .into_iter()
                .map(|(option, text)| {
                    let checked = option.clone();
                    view! {
                        <label>
                            <input
                                type="radio"
                                name=id
                                prop:checked=move || value.with(|v| *v == checked)
                                on:change=move |_| value.set(option.clone())
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
pub fn OrientationQuestion() -> impl IntoView {
    let (_, t) = locale();
    let value = state::answers().orientation_year;
    view! { <RadioQuestion field=Field::OrientationYear value=value options=vec![(false, t.no), (true, t.yes)] /> }
}

#[component]
pub fn RoleQuestion() -> impl IntoView {
    let (_, t) = locale();
    let options = [
        (Role::Employee, t.role_employee),
        (Role::Researcher, t.role_researcher),
        (Role::DoctorInTraining, t.role_doctor),
    ];
    let options = options
        .map(|(role, text)| (role.name().to_owned(), text))
        .to_vec();
    view! { <RadioQuestion field=Field::Role value=state::answers().role options=options /> }
}

#[component]
pub fn SalaryQuestion() -> impl IntoView {
    let (_, t) = locale();
    let answers = state::answers();
    let included = answers.holiday_allowance_included;
    view! {
        <div class="hsm-salary">
            <TextQuestion field=Field::SalaryAmount value=answers.amount inputmode="decimal" />
            <SelectQuestion field=Field::SalaryPeriod value=answers.period options=vec![
                    (SalaryPeriod::Month.name(), t.per_month),
                    (SalaryPeriod::Year.name(), t.per_year),
                ]
            />
            <label class="hsm-check-line">
                <input
                    type="checkbox"
                    prop:checked=move || included.get()
                    on:change=move |ev| included.set(event_target_checked(&ev))
                />
                {t.holiday_included}
            </label>
        </div>
    }
}
