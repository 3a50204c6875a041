//! One component per question group, in the order the visitor answers them.

use super::field_error;
use super::i18n::Text;
use crate::api::Outcome;
use leptos::prelude::*;

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
pub fn ApplicationDateQuestion(
    t: &'static Text,
    value: RwSignal<String>,
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let error = field_error(t, outcome, "applicationDate");
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
pub fn BirthQuestion(
    t: &'static Text,
    birth_date: RwSignal<String>,
    age: RwSignal<String>,
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let birth_error = field_error(t, outcome, "birthDate");
    let age_error = field_error(t, outcome, "age");
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
pub fn DegreeQuestion(
    t: &'static Text,
    degree: RwSignal<String>,
    degree_from: RwSignal<String>,
    graduation_date: RwSignal<String>,
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let degree_error = field_error(t, outcome, "degree");
    let from_error = field_error(t, outcome, "degreeFrom");
    let graduation_error = field_error(t, outcome, "graduationDate");
    let has_degree = move || degree.with(|d| d != "none");
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
                    ("none", t.degree_none),
                    ("bachelor", t.degree_bachelor),
                    ("master", t.degree_master),
                    ("phd", t.degree_phd),
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
                        ("netherlands", t.from_netherlands),
                        ("top200", t.from_top200),
                        ("elsewhere", t.from_elsewhere),
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
pub fn OrientationQuestion(t: &'static Text, value: RwSignal<bool>) -> impl IntoView {
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
pub fn RoleQuestion(t: &'static Text, value: RwSignal<String>) -> impl IntoView {
    let options: [(&'static str, &'static str); 3] = [
        ("employee", t.role_employee),
        ("researcher", t.role_researcher),
        ("doctorInTraining", t.role_doctor),
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
pub fn SalaryQuestion(
    t: &'static Text,
    amount: RwSignal<String>,
    period: RwSignal<String>,
    holiday_allowance_included: RwSignal<bool>,
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let amount_error = field_error(t, outcome, "salary.amount");
    let period_error = field_error(t, outcome, "salary.period");
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
                    options=vec![("month", t.per_month), ("year", t.per_year)]
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
