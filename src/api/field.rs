//! The input's fields and the codes of what can be wrong with them, each
//! spelt once, and [`message`], which builds every English error message
//! from them, the bounds below and the amounts table.

use super::loose::Loose;
use super::text::Text;
use crate::names::{named_enum, serialize_by_name};
use crate::rules::{amounts, dates};
use serde::Serialize;

/// Ages the scheme can plausibly concern; outside them a typo is likelier.
pub const MIN_AGE: u32 = 15;
pub const MAX_AGE: u32 = 100;
/// The last year an application date may fall in: beyond it a date is a typo.
pub const LAST_YEAR: i32 = 2100;
/// The first year a graduation date may fall in.
pub const FIRST_GRADUATION_YEAR: i32 = 1940;
/// The date every date message shows as its example.
const EXAMPLE_DATE: &str = "2026-03-15";

named_enum! {
    /// An input path, as errors name it; the order is the form's.
    pub enum Field {
        /// The request as a whole.
        Input,
        Situation, PermitCriterion,
        ApplicationDate, BirthDate, Age,
        Degree, DegreeFrom, GraduationDate, OrientationYear,
        Role,
        Salary, SalaryAmount = "salary.amount", SalaryPeriod = "salary.period",
        SalaryHolidayAllowanceIncluded = "salary.holidayAllowanceIncluded",
    }
}

named_enum! {
    /// What is wrong with a field.
    pub enum Code {
        NotAnObject, Required,
        // Dates, and dates out of order.
        InvalidDate, NoSuchDate, BeforeFirstPeriod, OutOfRange, AfterApplicationDate, BeforeBirth,
        AgeOutOfRange, ConflictsWithBirthDate,
        // Numbers.
        InvalidNumber, Negative, Zero, TooManyDecimals, MixedSeparators, TooLarge,
        // Choices and flags.
        UnknownValue, InvalidValue,
    }
}

named_enum! {
    /// A `mount()` option (an `<hsm-salary-check>` property) that is not a
    /// key of the request: how the widget shows, or a field given flat.
    pub enum Setting {
        SalaryPeriod, Compact, LangSwitch, Lang, Theme,
    }
}

serialize_by_name!(Field, Code);

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const FIELD_TS: &str = crate::names::ts_union!(Field, "An input path, as errors name it.");

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const CODE_TS: &str = crate::names::ts_union!(Code, "What is wrong with a field.");

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const FIELD_ERROR_TS: &str = r#"/** One problem with the input, named by its input path; `message` is English. */
export interface FieldError {
  field: Field;
  code: Code;
  message: string;
}
"#;

impl Field {
    /// The key of this field in its object (`amount` for `salary.amount`).
    pub fn key(self) -> &'static str {
        // Worked out at compile time: every read of the input calls this.
        const KEYS: [&str; Field::ALL.len()] = crate::names::last_segments(Field::NAMES);
        KEYS.get(self as usize).copied().unwrap_or("")
    }
}

/// One problem with the input, named by its input path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: Field,
    pub code: Code,
    pub message: Text,
}

impl FieldError {
    /// The error with its message; `given` is the value the field held.
    pub fn new(field: Field, code: Code, given: &Loose) -> FieldError {
        let make = || message(field, code, given);
        // Only the core keeps texts (`KEEP`): the widget's wasm needs no table.
        let kept = super::text::KEEP
            .then(|| kept_message(code, given))
            .flatten();
        let message = match kept {
            Some(variant) => {
                let key = (field as i128) << 16 | (code as i128) << 8 | variant;
                Text::fixed(("fieldError", key), make)
            }
            None => Text::Built(make()),
        };
        FieldError {
            field,
            code,
            message,
        }
    }

    /// An error that does not depend on the value given (missing, or in
    /// conflict with another field).
    pub fn of(field: Field, code: Code) -> FieldError {
        FieldError::new(field, code, &Loose::Null)
    }
}

/// Which of its messages `code` gives for `given`, when the message does not
/// quote it: such messages are made once per field and kept (`Text::fixed`),
/// as backends answer many inputs with the same mistake. `None`: made anew.
fn kept_message(code: Code, given: &Loose) -> Option<i128> {
    match code {
        Code::NoSuchDate => None,
        Code::InvalidDate => Some(i128::from(matches!(given, Loose::Text(_)))),
        Code::NotAnObject
        | Code::Required
        | Code::BeforeFirstPeriod
        | Code::OutOfRange
        | Code::AfterApplicationDate
        | Code::BeforeBirth
        | Code::AgeOutOfRange
        | Code::ConflictsWithBirthDate
        | Code::InvalidNumber
        | Code::Negative
        | Code::Zero
        | Code::TooManyDecimals
        | Code::MixedSeparators
        | Code::TooLarge
        | Code::UnknownValue
        | Code::InvalidValue => Some(0),
    }
}

/// How a field is asked for: the parts its messages are made of.
#[derive(Default)]
struct Wording {
    /// "application date": the field in a sentence.
    noun: &'static str,
    /// "Enter the date the application will be filed": when it is missing.
    ask: &'static str,
    /// ": none, bachelor, master or PhD": after `ask` when a value is not one of them.
    choices: &'static str,
    /// "as a number, for example 5942 or 5.942,00": the form a number takes.
    form: &'static str,
    /// "; the degree must be obtained first": why a date must precede the application.
    first: &'static str,
    /// The whole message for a value out of the field's range.
    out_of_range: String,
}

const TRUE_OR_FALSE: &str = " (true or false)";

impl Wording {
    fn of(noun: &'static str, ask: &'static str) -> Wording {
        Wording {
            noun,
            ask,
            ..Wording::default()
        }
    }
    fn choices(self, choices: &'static str) -> Wording {
        Wording { choices, ..self }
    }
    fn form(self, form: &'static str) -> Wording {
        Wording { form, ..self }
    }
    fn first(self, first: &'static str) -> Wording {
        Wording { first, ..self }
    }
    fn out_of_range(self, out_of_range: String) -> Wording {
        Wording {
            out_of_range,
            ..self
        }
    }
}

fn wording_of(field: Field) -> Wording {
    match field {
        Field::Input => Wording::of("input", "The input must be an object with the answers"),
        Field::Situation => Wording::of("situation", "Choose the situation")
            .choices(": firstPermit, extension or changeOfEmployer"),
        Field::PermitCriterion => Wording::of(
            "criterion",
            "Choose the amount the current permit was granted on",
        )
        .choices(": reduced, underThirty or thirtyPlus"),
        Field::ApplicationDate => {
            Wording::of("application date", "Enter the date the application will be filed")
                .out_of_range(format!(
                    "Enter an application date before the year {}.",
                    LAST_YEAR + 1
                ))
        }
        Field::BirthDate => Wording::of("date of birth", "Enter the date of birth or the age")
            .out_of_range(format!(
                "With this date of birth the age on the application date is not between {MIN_AGE} and {MAX_AGE}."
            )),
        Field::Age => Wording::of("age", "")
            .form("in whole years, for example 29")
            .out_of_range(format!("Enter an age between {MIN_AGE} and {MAX_AGE}.")),
        Field::Degree => Wording::of("degree", "Choose the highest degree")
            .choices(": none, bachelor, master or PhD"),
        Field::DegreeFrom => Wording::of("degree", "Choose where the degree was obtained")
            .choices(": the Netherlands, a top-200 university abroad, or elsewhere"),
        Field::GraduationDate => Wording::of("graduation date", "Enter the graduation date")
            .first("; the degree must be obtained first")
            .out_of_range(format!("Enter a graduation date from {FIRST_GRADUATION_YEAR} on.")),
        Field::OrientationYear => Wording::of(
            "orientation year",
            "Say whether you apply after an orientation year",
        )
        .choices(TRUE_OR_FALSE),
        Field::Role => Wording::of("role", "Choose the role")
            .choices(": employee, scientific researcher or doctor in training"),
        Field::Salary => {
            Wording::of("salary", "The salary must be an object with amount and period")
        }
        Field::SalaryAmount => Wording::of("salary", "Enter the gross salary")
            .form("as a number, for example 5942 or 5.942,00"),
        Field::SalaryPeriod => {
            Wording::of("period", "Choose whether the salary is per month or per year")
        }
        Field::SalaryHolidayAllowanceIncluded => Wording::of(
            "holiday allowance",
            "Say whether the salary includes the 8% holiday allowance",
        )
        .choices(TRUE_OR_FALSE),
    }
}

fn first_day() -> String {
    amounts::first_day().map(dates::english).unwrap_or_default()
}

/// The English message for `code` on `field`, which held `given`.
pub fn message(field: Field, code: Code, given: &Loose) -> String {
    let w = wording_of(field);
    match code {
        Code::NotAnObject | Code::Required => format!("{}.", w.ask),
        Code::UnknownValue | Code::InvalidValue => format!("{}{}.", w.ask, w.choices),
        Code::InvalidNumber => format!("Enter the {} {}.", w.noun, w.form),
        Code::InvalidDate => match given {
            Loose::Text(_) => format!(
                "Enter the {} as year-month-day, for example {EXAMPLE_DATE}.",
                w.noun
            ),
            _ => format!(
                "Enter the {} as a date, for example {EXAMPLE_DATE}.",
                w.noun
            ),
        },
        Code::NoSuchDate => {
            let text = match given {
                Loose::Text(t) => t.trim(),
                _ => "",
            };
            format!("The {} {text} does not exist in the calendar.", w.noun)
        }
        Code::BeforeFirstPeriod => {
            format!("This check covers applications from {} on.", first_day())
        }
        Code::OutOfRange | Code::AgeOutOfRange if w.out_of_range.is_empty() => {
            format!("The {} is out of range.", w.noun)
        }
        Code::OutOfRange | Code::AgeOutOfRange => w.out_of_range,
        Code::AfterApplicationDate => {
            format!("The {} is after the application date{}.", w.noun, w.first)
        }
        Code::BeforeBirth => format!("The {} is before the date of birth.", w.noun),
        Code::ConflictsWithBirthDate => format!("The {} does not match the date of birth.", w.noun),
        Code::Negative => format!("The {} cannot be negative.", w.noun),
        Code::Zero => format!("Enter a {} above zero.", w.noun),
        Code::TooManyDecimals => "Use at most two decimals (cents).".to_owned(),
        Code::MixedSeparators => {
            "Use one thousands separator and one decimal mark, for example 5.942,00 or 5,942.00."
                .to_owned()
        }
        Code::TooLarge => format!(
            "This {} is too large to be real; check the number of digits.",
            w.noun
        ),
    }
}
