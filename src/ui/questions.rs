//! One component per question group, in the order the visitor answers them.

use super::field_error;
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
            <p class="hsm-error" id=format!("{id}-error")>{move || error.get()}</p>
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
pub fn ApplicationDateQuestion(value: RwSignal<String>, outcome: Memo<Outcome>) -> impl IntoView {
    let error = field_error(outcome, "applicationDate");
    view! {
        <Question
            id="hsm-application-date"
            label="Application date"
            hint="When will the employer file the application? The amounts of that date apply."
            error=error
        >
            <TextInput id="hsm-application-date" value=value error=error kind="date" />
        </Question>
    }
}

#[component]
pub fn BirthQuestion(
    birth_date: RwSignal<String>,
    age: RwSignal<String>,
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let birth_error = field_error(outcome, "birthDate");
    let age_error = field_error(outcome, "age");
    view! {
        <div class="hsm-pair">
            <Question
                id="hsm-birth-date"
                label="Date of birth"
                hint="Decides whether the under-30 amount applies."
                error=birth_error
            >
                <TextInput id="hsm-birth-date" value=birth_date error=birth_error kind="date" autocomplete="bday" />
            </Question>
            <Question
                id="hsm-age"
                label="Or: age in years"
                hint="Your age on the application date, if you prefer not to give your date of birth."
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
    options: &'static [(&'static str, &'static str)],
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
                .iter()
                .map(|(v, text)| {
                    view! {
                        <option value=*v selected=move || value.with(|s| s == v)>
                            {*text}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

#[component]
pub fn DegreeQuestion(
    degree: RwSignal<String>,
    degree_from: RwSignal<String>,
    graduation_date: RwSignal<String>,
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let degree_error = field_error(outcome, "degree");
    let from_error = field_error(outcome, "degreeFrom");
    let graduation_error = field_error(outcome, "graduationDate");
    let has_degree = move || degree.with(|d| d != "none");
    view! {
        <Question
            id="hsm-degree"
            label="Highest degree"
            hint="A recent degree can lower the amount; a master's or PhD can lower the 30% norm."
            error=degree_error
        >
            <Select
                id="hsm-degree"
                value=degree
                error=degree_error
                options=&[
                    ("none", "No degree, or not relevant"),
                    ("bachelor", "Bachelor's"),
                    ("master", "Master's"),
                    ("phd", "PhD"),
                ]
            />
        </Question>
        <Show when=has_degree>
            <Question
                id="hsm-degree-from"
                label="Where was it obtained?"
                hint="Top 200: a university in the top 200 of a recognised world ranking."
                error=from_error
            >
                <Select
                    id="hsm-degree-from"
                    value=degree_from
                    error=from_error
                    options=&[
                        ("", "Choose…"),
                        ("netherlands", "In the Netherlands"),
                        ("top200", "Top-200 university abroad"),
                        ("elsewhere", "Elsewhere"),
                    ]
                />
            </Question>
            <Question
                id="hsm-graduation-date"
                label="Graduation date"
                hint="The date on the diploma; the reduced amount holds for three years after it."
                error=graduation_error
            >
                <TextInput id="hsm-graduation-date" value=graduation_date error=graduation_error kind="date" />
            </Question>
        </Show>
    }
}

#[component]
pub fn OrientationQuestion(value: RwSignal<bool>) -> impl IntoView {
    view! {
        <fieldset class="hsm-question hsm-choice" aria-describedby="hsm-orientation-hint">
            <legend>"Orientation-year permit?"</legend>
            <p class="hsm-hint" id="hsm-orientation-hint">
                "The search year for graduates (zoekjaar hoogopgeleiden): applying during it or straight after it lowers the amount."
            </p>
            <label>
                <input
                    type="radio"
                    name="hsm-orientation"
                    prop:checked=move || !value.get()
                    on:change=move |_| value.set(false)
                />
                "No"
            </label>
            <label>
                <input
                    type="radio"
                    name="hsm-orientation"
                    prop:checked=move || value.get()
                    on:change=move |_| value.set(true)
                />
                "Yes"
            </label>
        </fieldset>
    }
}

#[component]
pub fn RoleQuestion(value: RwSignal<String>) -> impl IntoView {
    let options: [(&'static str, &'static str); 3] = [
        ("employee", "Employee"),
        ("researcher", "Scientific researcher"),
        (
            "doctorInTraining",
            "Doctor in training to become a specialist",
        ),
    ];
    view! {
        <fieldset class="hsm-question hsm-choice" aria-describedby="hsm-role-hint">
            <legend>"Role"</legend>
            <p class="hsm-hint" id="hsm-role-hint">
                "Researchers and doctors in training have no income criterion."
            </p>
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
    amount: RwSignal<String>,
    period: RwSignal<String>,
    holiday_allowance_included: RwSignal<bool>,
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let amount_error = field_error(outcome, "salary.amount");
    let period_error = field_error(outcome, "salary.period");
    view! {
        <div class="hsm-salary">
            <Question
                id="hsm-amount"
                label="Gross salary"
                hint="As in the contract, for example 5942 or 5.942,00."
                error=amount_error
            >
                <TextInput id="hsm-amount" value=amount error=amount_error inputmode="decimal" />
            </Question>
            <Question id="hsm-period" label="Per" hint="Month or year." error=period_error>
                <Select
                    id="hsm-period"
                    value=period
                    error=period_error
                    options=&[("month", "Per month"), ("year", "Per year")]
                />
            </Question>
            <label class="hsm-check-line">
                <input
                    type="checkbox"
                    prop:checked=move || holiday_allowance_included.get()
                    on:change=move |ev| holiday_allowance_included.set(event_target_checked(&ev))
                />
                "Includes 8% holiday allowance"
            </label>
        </div>
    }
}
