//! Reads a loose request into a validated applicant and salary, naming each
//! problem by its input path so a form can show it under its own field.

use super::loose::Loose;
use crate::rules::dates::{self, DateError};
use crate::rules::money::{self, AmountError};
use crate::rules::{
    self, Age, Applicant, Degree, DegreeFrom, Role, RuleError, Salary, SalaryPeriod,
};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
    pub message: String,
}

fn err(field: &'static str, code: &'static str, message: impl Into<String>) -> FieldError {
    FieldError {
        field,
        code,
        message: message.into(),
    }
}

/// Ages the scheme can plausibly concern; outside them a typo is likelier.
const MIN_AGE: u32 = 15;
const MAX_AGE: u32 = 100;
/// Years beyond which a date is a typo rather than a plan.
const LAST_YEAR: i32 = 2100;
const FIRST_GRADUATION_YEAR: i32 = 1940;

/// A date field: `Ok(None)` when absent.
fn date_field(
    value: &Loose,
    field: &'static str,
    label: &str,
) -> Result<Option<NaiveDate>, FieldError> {
    let text = match value {
        Loose::Null => return Ok(None),
        Loose::Text(t) => t,
        _ => {
            return Err(err(
                field,
                "invalidDate",
                format!("Enter the {label} as a date, for example 2026-03-15."),
            ))
        }
    };
    match dates::parse_iso(text) {
        Ok(d) => Ok(Some(d)),
        Err(DateError::Empty) => Ok(None),
        Err(DateError::Format) => Err(err(
            field,
            "invalidDate",
            format!("Enter the {label} as year-month-day, for example 2026-03-15."),
        )),
        Err(DateError::NoSuchDay) => Err(err(
            field,
            "noSuchDate",
            format!(
                "The {label} {} does not exist in the calendar.",
                text.trim()
            ),
        )),
    }
}

fn choice<T: Copy>(
    value: &Loose,
    field: &'static str,
    options: &[(&str, T)],
    default: Option<T>,
    message: &str,
) -> Result<Option<T>, FieldError> {
    match value {
        Loose::Null => Ok(default),
        Loose::Text(t) if t.trim().is_empty() => Ok(default),
        Loose::Text(t) => options
            .iter()
            .find(|(name, _)| *name == t.trim())
            .map(|(_, v)| Some(*v))
            .ok_or_else(|| err(field, "unknownValue", message)),
        _ => Err(err(field, "unknownValue", message)),
    }
}

fn flag(value: &Loose, field: &'static str, message: &str) -> Result<bool, FieldError> {
    match value {
        Loose::Null => Ok(false),
        Loose::Bool(b) => Ok(*b),
        Loose::Text(t) if t == "true" => Ok(true),
        Loose::Text(t) if t == "false" || t.is_empty() => Ok(false),
        _ => Err(err(field, "invalidValue", message)),
    }
}

fn amount_message(e: AmountError) -> FieldError {
    let f = "salary.amount";
    match e {
        AmountError::Empty => err(f, "required", "Enter the gross salary."),
        AmountError::NotANumber => err(
            f,
            "invalidNumber",
            "Enter the salary as a number, for example 5942 or 5.942,00.",
        ),
        AmountError::Negative => err(f, "negative", "The salary cannot be negative."),
        AmountError::Zero => err(f, "zero", "Enter a salary above zero."),
        AmountError::TooManyDecimals => {
            err(f, "tooManyDecimals", "Use at most two decimals (cents).")
        }
        AmountError::MixedSeparators => err(
            f,
            "mixedSeparators",
            "Use one thousands separator and one decimal mark, for example 5.942,00 or 5,942.00.",
        ),
        AmountError::TooLarge => err(
            f,
            "tooLarge",
            "This salary is too large to be real; check the number of digits.",
        ),
        AmountError::NotFinite => err(
            f,
            "invalidNumber",
            "Enter the salary as a number, for example 5942.",
        ),
    }
}

fn salary(value: &Loose, errors: &mut Vec<FieldError>) -> Option<Salary> {
    let fields = match value {
        Loose::Object(_) => value,
        Loose::Null => {
            errors.push(err("salary.amount", "required", "Enter the gross salary."));
            return None;
        }
        _ => {
            errors.push(err(
                "salary",
                "invalidValue",
                "The salary must be an object with amount and period.",
            ));
            return None;
        }
    };
    let amount = match fields.get("amount") {
        Loose::Text(t) => money::parse_amount(t),
        Loose::Number(n) => money::amount_from_number(*n),
        Loose::Null => Err(AmountError::Empty),
        _ => Err(AmountError::NotANumber),
    }
    .map_err(amount_message);
    let period = choice(
        fields.get("period"),
        "salary.period",
        &[("month", SalaryPeriod::Month), ("year", SalaryPeriod::Year)],
        None,
        "Choose whether the salary is per month or per year.",
    )
    .and_then(|p| {
        p.ok_or_else(|| {
            err(
                "salary.period",
                "required",
                "Choose whether the salary is per month or per year.",
            )
        })
    });
    let included = flag(
        fields.get("holidayAllowanceIncluded"),
        "salary.holidayAllowanceIncluded",
        "Say whether the salary includes the 8% holiday allowance (true or false).",
    );
    match (amount, period, included) {
        (Ok(amount), Ok(period), Ok(holiday_allowance_included)) => Some(Salary {
            amount,
            period,
            holiday_allowance_included,
        }),
        (a, p, i) => {
            errors.extend(a.err());
            errors.extend(p.err());
            errors.extend(i.err());
            None
        }
    }
}

/// Keeps the value, or records the error and keeps nothing.
fn keep<T>(result: Result<T, FieldError>, errors: &mut Vec<FieldError>) -> Option<T> {
    result.map_err(|e| errors.push(e)).ok()
}

fn age_field(value: &Loose) -> Result<Option<u32>, FieldError> {
    let out_of_range = || err("age", "ageOutOfRange", "Enter an age between 15 and 100.");
    let whole = |n: f64| {
        if n.fract() == 0.0 && (0.0..=1000.0).contains(&n) {
            Ok(n as u32)
        } else if n.is_finite() && n.fract() == 0.0 {
            Err(out_of_range())
        } else {
            Err(err(
                "age",
                "invalidNumber",
                "Enter the age in whole years, for example 29.",
            ))
        }
    };
    let years = match value {
        Loose::Null => return Ok(None),
        Loose::Number(n) => whole(*n)?,
        Loose::Text(t) if t.trim().is_empty() => return Ok(None),
        Loose::Text(t) => match t.trim().parse::<u32>() {
            Ok(y) => y,
            Err(_) => {
                return Err(err(
                    "age",
                    "invalidNumber",
                    "Enter the age in whole years, for example 29.",
                ))
            }
        },
        _ => {
            return Err(err(
                "age",
                "invalidNumber",
                "Enter the age in whole years, for example 29.",
            ))
        }
    };
    if (MIN_AGE..=MAX_AGE).contains(&years) {
        Ok(Some(years))
    } else {
        Err(out_of_range())
    }
}

/// Reads the request. Returns every problem at once, in the order of the form.
pub fn read(input: &Loose) -> Result<(Applicant, Salary), Vec<FieldError>> {
    let mut errors = Vec::new();
    if !matches!(input, Loose::Object(_)) {
        return Err(vec![err(
            "input",
            "notAnObject",
            "The input must be an object with the answers.",
        )]);
    }

    let application_date = keep(
        date_field(
            input.get("applicationDate"),
            "applicationDate",
            "application date",
        ),
        &mut errors,
    )
    .and_then(|d| {
        if d.is_none() {
            errors.push(err(
                "applicationDate",
                "required",
                "Enter the date the application will be filed.",
            ));
        }
        d
    })
    .and_then(|d| {
        let first = rules::amounts::first_day();
        if first.is_some_and(|f| d < f) {
            errors.push(err(
                "applicationDate",
                "beforeFirstPeriod",
                "This check covers applications from 1 January 2020 on.",
            ));
            None
        } else if d.year() > LAST_YEAR {
            errors.push(err(
                "applicationDate",
                "outOfRange",
                "Enter an application date before the year 2101.",
            ));
            None
        } else {
            Some(d)
        }
    });

    let birth = keep(
        date_field(input.get("birthDate"), "birthDate", "date of birth"),
        &mut errors,
    )
    .flatten();
    let age_given = keep(age_field(input.get("age")), &mut errors).flatten();
    let mut age = Age::Unknown;
    if let (Some(b), Some(on)) = (birth, application_date) {
        match dates::age_on(b, on) {
            None => errors.push(err("birthDate", "afterApplicationDate", "The date of birth is after the application date.")),
            Some(y) if !(MIN_AGE..=MAX_AGE).contains(&y) => errors.push(err(
                "birthDate",
                "ageOutOfRange",
                "With this date of birth the age on the application date is not between 15 and 100.",
            )),
            Some(y) => {
                age = Age::BirthDate(b);
                if age_given.is_some_and(|a| a != y) {
                    errors.push(err("age", "conflictsWithBirthDate", "The age does not match the date of birth."));
                }
            }
        }
    } else if let Some(years) = age_given.filter(|_| birth.is_none()) {
        age = Age::Years(years);
    }

    let degree = keep(
        choice(
            input.get("degree"),
            "degree",
            &[
                ("none", Degree::None),
                ("bachelor", Degree::Bachelor),
                ("master", Degree::Master),
                ("phd", Degree::Phd),
            ],
            Some(Degree::None),
            "Choose the highest degree: none, bachelor, master or PhD.",
        ),
        &mut errors,
    )
    .flatten();
    let degree_from = keep(
        choice(
            input.get("degreeFrom"),
            "degreeFrom",
            &[("netherlands", DegreeFrom::Netherlands), ("top200", DegreeFrom::Top200), ("elsewhere", DegreeFrom::Elsewhere)],
            None,
            "Choose where the degree was obtained: the Netherlands, a top-200 university abroad, or elsewhere.",
        ),
        &mut errors,
    )
    .flatten();
    if degree.is_some_and(|d| d != Degree::None)
        && degree_from.is_none()
        && !errors.iter().any(|e| e.field == "degreeFrom")
    {
        errors.push(err(
            "degreeFrom",
            "required",
            "Choose where the degree was obtained.",
        ));
    }

    let graduation = keep(date_field(input.get("graduationDate"), "graduationDate", "graduation date"), &mut errors)
        .flatten()
        .and_then(|g| {
            if g.year() < FIRST_GRADUATION_YEAR {
                errors.push(err("graduationDate", "outOfRange", "Enter a graduation date from 1940 on."));
                return None;
            }
            if application_date.is_some_and(|a| g > a) {
                errors.push(err(
                    "graduationDate",
                    "afterApplicationDate",
                    "The graduation date is after the application date; the degree must be obtained first.",
                ));
                return None;
            }
            if birth.is_some_and(|b| g <= b) {
                errors.push(err("graduationDate", "beforeBirth", "The graduation date is before the date of birth."));
                return None;
            }
            Some(g)
        });

    let orientation_year = keep(
        flag(
            input.get("orientationYear"),
            "orientationYear",
            "Say whether you apply after an orientation year (true or false).",
        ),
        &mut errors,
    );
    let role = keep(
        choice(
            input.get("role"),
            "role",
            &[
                ("employee", Role::Employee),
                ("researcher", Role::Researcher),
                ("doctorInTraining", Role::DoctorInTraining),
            ],
            Some(Role::Employee),
            "Choose the role: employee, scientific researcher or doctor in training.",
        ),
        &mut errors,
    )
    .flatten();

    let salary = salary(input.get("salary"), &mut errors);

    let applicant = match (application_date, degree, orientation_year, role) {
        (Some(application_date), Some(degree), Some(orientation_year), Some(role)) => {
            Some(Applicant {
                application_date,
                age,
                degree,
                degree_from: if degree == Degree::None {
                    None
                } else {
                    degree_from
                },
                graduation_date: graduation,
                orientation_year,
                role,
            })
        }
        _ => None,
    };
    // Say what is still needed even while other answers are wrong, as long as
    // the answers it depends on are there.
    if let Some(app) = &applicant {
        let age_problem = errors
            .iter()
            .any(|e| e.field == "birthDate" || e.field == "age");
        let graduation_problem = errors
            .iter()
            .any(|e| e.field == "graduationDate" || e.field == "degreeFrom");
        for missing in rules::requirements(app) {
            match missing {
                RuleError::AgeRequired if !age_problem => {
                    errors.push(err(
                        "birthDate",
                        "required",
                        "Enter the date of birth or the age.",
                    ));
                }
                RuleError::GraduationDateRequired if !graduation_problem => {
                    errors.push(err(
                        "graduationDate",
                        "required",
                        "Enter the graduation date.",
                    ));
                }
                _ => {}
            }
        }
    }
    match (applicant, salary) {
        (Some(a), Some(s)) if errors.is_empty() => Ok((a, s)),
        _ => Err(in_form_order(errors)),
    }
}

const FORM_ORDER: &[&str] = &[
    "input",
    "applicationDate",
    "birthDate",
    "age",
    "degree",
    "degreeFrom",
    "graduationDate",
    "orientationYear",
    "role",
    "salary",
    "salary.amount",
    "salary.period",
    "salary.holidayAllowanceIncluded",
];

/// The errors in the order of the form (a stable sort would cost more bytes).
fn in_form_order(errors: Vec<FieldError>) -> Vec<FieldError> {
    let rank = |e: &FieldError| {
        FORM_ORDER
            .iter()
            .position(|f| *f == e.field)
            .unwrap_or(FORM_ORDER.len())
    };
    let mut ordered = Vec::with_capacity(errors.len());
    for r in 0..=FORM_ORDER.len() {
        ordered.extend(errors.iter().filter(|e| rank(e) == r).cloned());
    }
    ordered
}
