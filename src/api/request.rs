//! Reads a loose request into a validated applicant and salary: one reader
//! per field, each returning its value or its error, then the checks across
//! fields. Every problem is named by its input path so a form can show it
//! under its own field.

use super::field::{Code, Field, FieldError, FIRST_GRADUATION_YEAR, LAST_YEAR, MAX_AGE, MIN_AGE};
use super::loose::Loose;
use crate::names::Named;
use crate::rules::dates::{self, DateError};
use crate::rules::money::{self, AmountError};
use crate::rules::{
    self, Age, Applicant, Criterion, Degree, DegreeFrom, Permit, Role, RuleError, Salary,
    SalaryPeriod, Situation,
};
use chrono::{Datelike, NaiveDate};

#[cfg(target_arch = "wasm32")]
mod ts {
    use crate::names::ts_union;
    use crate::rules::{Criterion, Degree, DegreeFrom, Role, SalaryPeriod, Situation};
    use wasm_bindgen::prelude::wasm_bindgen;

    #[wasm_bindgen(typescript_custom_section)]
    const SITUATION: &str = ts_union!(
        Situation,
        "Why the employer applies: a first permit (the default), or for someone who holds one."
    );
    #[wasm_bindgen(typescript_custom_section)]
    const CRITERION: &str = ts_union!(
        PermitCriterion,
        Criterion,
        "The amount a current permit was granted on."
    );
    #[wasm_bindgen(typescript_custom_section)]
    const DEGREE: &str = ts_union!(Degree, "The highest degree (default `none`).");
    #[wasm_bindgen(typescript_custom_section)]
    const DEGREE_FROM: &str = ts_union!(
        DegreeFrom,
        "Where the degree was obtained: `top200` is a foreign institution in the top 200 of a recognised world ranking."
    );
    #[wasm_bindgen(typescript_custom_section)]
    const ROLE: &str = ts_union!(Role, "The role (default `employee`).");
    #[wasm_bindgen(typescript_custom_section)]
    const SALARY_PERIOD: &str = ts_union!(SalaryPeriod, "What the salary amount is per.");

    // What `read` below accepts: blank or `null` is absent, flags are also
    // `'true'`/`'false'`, numbers also text.
    #[wasm_bindgen(typescript_custom_section)]
    const INPUT: &str = r#"/** `true` or `false`, also as text. */
export type Flag = boolean | 'true' | 'false';

/** The salary; `amount` is a number or text as people type it (`5942`, `'5.942,00'`, `'€ 5 942'`). */
export interface SalaryInput {
  amount: string | number;
  period: SalaryPeriod;
  /** Whether the amount includes the 8% holiday allowance (default `false`). */
  holidayAllowanceIncluded?: Flag | null;
}

/** The input of `evaluate()`; dates are ISO (`'2026-03-15'`), `null` is absent. */
export interface EvaluateInput {
  situation?: Situation | null;
  /** For an extension or a change of employer: required there. */
  permitCriterion?: PermitCriterion | null;
  /** The day the application will be filed. */
  applicationDate: string;
  /** Or `age`; needed when the band depends on the age. */
  birthDate?: string | null;
  /** Whole years on the application date. */
  age?: number | string | null;
  degree?: Degree | null;
  /** Required with a degree other than `none`. */
  degreeFrom?: DegreeFrom | null;
  graduationDate?: string | null;
  /** Applying after an orientation year (zoekjaar). */
  orientationYear?: Flag | null;
  role?: Role | null;
  salary: SalaryInput;
}
"#;
}

/// Reads the request. Returns every problem at once, in the order of the form.
pub fn read(input: &Loose) -> Result<(Applicant, Salary), Vec<FieldError>> {
    if !matches!(input, Loose::Object(_)) {
        return Err(vec![FieldError::new(
            Field::Input,
            Code::NotAnObject,
            input,
        )]);
    }
    let mut reader = Reader {
        input,
        errors: Vec::new(),
    };
    let parts = Parts {
        situation: reader.take(Field::Situation, situation),
        permit_criterion: reader
            .take(Field::PermitCriterion, permit_criterion)
            .flatten(),
        application_date: reader.take(Field::ApplicationDate, application_date),
        birth_date: reader.take(Field::BirthDate, birth_date).flatten(),
        age: reader.take(Field::Age, age).flatten(),
        degree: reader.take(Field::Degree, degree),
        degree_from: reader.take(Field::DegreeFrom, degree_from).flatten(),
        graduation_date: reader
            .take(Field::GraduationDate, graduation_date)
            .flatten(),
        orientation_year: reader.take(Field::OrientationYear, orientation_year),
        role: reader.take(Field::Role, role),
    };
    let mut errors = reader.errors;
    let salary = salary(value(input, Field::Salary))
        .map_err(|e| errors.extend(e))
        .ok();
    let applicant = applicant(&parts, &mut errors);
    match (applicant, salary) {
        (Some(a), Some(s)) if errors.is_empty() => Ok((a, s)),
        _ => Err(in_form_order(errors)),
    }
}

/// Each field as read on its own: its value, or `None` when it was wrong
/// (the error is recorded) or, for optional fields, not given.
struct Parts {
    situation: Option<Situation>,
    permit_criterion: Option<Criterion>,
    application_date: Option<NaiveDate>,
    birth_date: Option<NaiveDate>,
    age: Option<u32>,
    degree: Option<Degree>,
    degree_from: Option<DegreeFrom>,
    graduation_date: Option<NaiveDate>,
    orientation_year: Option<bool>,
    role: Option<Role>,
}

fn value(object: &Loose, field: Field) -> &Loose {
    object.get(field.key())
}

/// Reads the request's fields one by one, recording each field's error.
struct Reader<'a> {
    input: &'a Loose,
    errors: Vec<FieldError>,
}

impl Reader<'_> {
    /// The field's value as `read` finds it, or nothing with its error recorded.
    fn take<T>(&mut self, field: Field, read: fn(&Loose) -> Result<T, FieldError>) -> Option<T> {
        read(value(self.input, field))
            .map_err(|e| self.errors.push(e))
            .ok()
    }
}

fn is_blank(value: &Loose) -> bool {
    match value {
        Loose::Null => true,
        Loose::Text(t) => t.trim().is_empty(),
        Loose::Bool(_) | Loose::Number(_) | Loose::List | Loose::Object(_) | Loose::Other => false,
    }
}

// ---------------------------------------------------------------- kinds of field

/// A date field: `Ok(None)` when absent or blank.
fn date(value: &Loose, field: Field) -> Result<Option<NaiveDate>, FieldError> {
    let text = match value {
        Loose::Null => return Ok(None),
        Loose::Text(t) => t,
        _ => return Err(FieldError::new(field, Code::InvalidDate, value)),
    };
    match dates::parse_iso(text) {
        Ok(d) => Ok(Some(d)),
        Err(DateError::Empty) => Ok(None),
        Err(DateError::Format) => Err(FieldError::new(field, Code::InvalidDate, value)),
        Err(DateError::NoSuchDay) => Err(FieldError::new(field, Code::NoSuchDate, value)),
    }
}

/// One of an enum's public names: `Ok(None)` when absent or blank.
fn choice<T: Named>(value: &Loose, field: Field) -> Result<Option<T>, FieldError> {
    if is_blank(value) {
        return Ok(None);
    }
    match value {
        Loose::Text(t) => T::from_name(t.trim()).map(Some),
        _ => None,
    }
    .ok_or_else(|| FieldError::new(field, Code::UnknownValue, value))
}

/// `true` or `false`, also as text; absent or `""` is `false`.
fn flag(value: &Loose, field: Field) -> Result<bool, FieldError> {
    match value {
        Loose::Null => Ok(false),
        Loose::Bool(b) => Ok(*b),
        Loose::Text(t) if t == "true" => Ok(true),
        Loose::Text(t) if t == "false" || t.is_empty() => Ok(false),
        _ => Err(FieldError::new(field, Code::InvalidValue, value)),
    }
}

// ---------------------------------------------------------------- one reader a field

fn situation(value: &Loose) -> Result<Situation, FieldError> {
    Ok(choice(value, Field::Situation)?.unwrap_or(Situation::FirstPermit))
}

fn permit_criterion(value: &Loose) -> Result<Option<Criterion>, FieldError> {
    choice(value, Field::PermitCriterion)
}

fn application_date(value: &Loose) -> Result<NaiveDate, FieldError> {
    let field = Field::ApplicationDate;
    let d = date(value, field)?.ok_or_else(|| FieldError::of(field, Code::Required))?;
    if rules::amounts::first_day().is_some_and(|first| d < first) {
        Err(FieldError::of(field, Code::BeforeFirstPeriod))
    } else if d.year() > LAST_YEAR {
        Err(FieldError::of(field, Code::OutOfRange))
    } else {
        Ok(d)
    }
}

fn birth_date(value: &Loose) -> Result<Option<NaiveDate>, FieldError> {
    date(value, Field::BirthDate)
}

/// Whole years, as a number or as text: `Ok(None)` when absent or blank.
fn age(value: &Loose) -> Result<Option<u32>, FieldError> {
    let invalid = || FieldError::new(Field::Age, Code::InvalidNumber, value);
    let out_of_range = || FieldError::new(Field::Age, Code::AgeOutOfRange, value);
    let years = match value {
        _ if is_blank(value) => return Ok(None),
        Loose::Number(n) if n.is_finite() && n.fract() == 0.0 => {
            if !(0.0..=1000.0).contains(n) {
                return Err(out_of_range());
            }
            *n as u32
        }
        Loose::Text(t) => t.trim().parse::<u32>().map_err(|_| invalid())?,
        _ => return Err(invalid()),
    };
    if (MIN_AGE..=MAX_AGE).contains(&years) {
        Ok(Some(years))
    } else {
        Err(out_of_range())
    }
}

fn degree(value: &Loose) -> Result<Degree, FieldError> {
    Ok(choice(value, Field::Degree)?.unwrap_or(Degree::None))
}

fn degree_from(value: &Loose) -> Result<Option<DegreeFrom>, FieldError> {
    choice(value, Field::DegreeFrom)
}

fn graduation_date(value: &Loose) -> Result<Option<NaiveDate>, FieldError> {
    let field = Field::GraduationDate;
    match date(value, field)? {
        Some(g) if g.year() < FIRST_GRADUATION_YEAR => Err(FieldError::of(field, Code::OutOfRange)),
        d => Ok(d),
    }
}

fn orientation_year(value: &Loose) -> Result<bool, FieldError> {
    flag(value, Field::OrientationYear)
}

fn role(value: &Loose) -> Result<Role, FieldError> {
    Ok(choice(value, Field::Role)?.unwrap_or(Role::Employee))
}

fn amount(value: &Loose) -> Result<rust_decimal::Decimal, FieldError> {
    match value {
        Loose::Text(t) => money::parse_amount(t),
        Loose::Number(n) => money::amount_from_number(*n),
        Loose::Null => Err(AmountError::Empty),
        _ => Err(AmountError::NotANumber),
    }
    .map_err(|e| FieldError::new(Field::SalaryAmount, amount_code(e), value))
}

fn amount_code(e: AmountError) -> Code {
    match e {
        AmountError::Empty => Code::Required,
        AmountError::NotANumber | AmountError::NotFinite => Code::InvalidNumber,
        AmountError::Negative => Code::Negative,
        AmountError::Zero => Code::Zero,
        AmountError::TooManyDecimals => Code::TooManyDecimals,
        AmountError::MixedSeparators => Code::MixedSeparators,
        AmountError::TooLarge => Code::TooLarge,
    }
}

fn period(value: &Loose) -> Result<SalaryPeriod, FieldError> {
    let field = Field::SalaryPeriod;
    choice(value, field)?.ok_or_else(|| FieldError::of(field, Code::Required))
}

fn holiday_allowance_included(value: &Loose) -> Result<bool, FieldError> {
    flag(value, Field::SalaryHolidayAllowanceIncluded)
}

/// The salary object: every problem of its three fields at once.
fn salary(value: &Loose) -> Result<Salary, Vec<FieldError>> {
    match value {
        Loose::Object(_) => {}
        Loose::Null => return Err(vec![FieldError::of(Field::SalaryAmount, Code::Required)]),
        _ => {
            return Err(vec![FieldError::new(
                Field::Salary,
                Code::InvalidValue,
                value,
            )])
        }
    }
    let amount = amount(self::value(value, Field::SalaryAmount));
    let period = period(self::value(value, Field::SalaryPeriod));
    let included =
        holiday_allowance_included(self::value(value, Field::SalaryHolidayAllowanceIncluded));
    match (amount, period, included) {
        (Ok(amount), Ok(period), Ok(holiday_allowance_included)) => Ok(Salary {
            amount,
            period,
            holiday_allowance_included,
        }),
        (a, p, i) => Err([a.err(), p.err(), i.err()].into_iter().flatten().collect()),
    }
}

// ---------------------------------------------------------------- across fields

/// The checks that need more than one field, then what the rules still need.
fn applicant(parts: &Parts, errors: &mut Vec<FieldError>) -> Option<Applicant> {
    let age = age_in_order(parts, errors);
    let degree_from = parts.degree.and_then(|degree| match degree {
        Degree::None => None,
        Degree::Bachelor | Degree::Master | Degree::Phd => {
            let unread = errors.iter().any(|e| e.field == Field::DegreeFrom);
            if parts.degree_from.is_none() && !unread {
                errors.push(FieldError::of(Field::DegreeFrom, Code::Required));
            }
            parts.degree_from
        }
    });
    let graduation_date = graduation_in_order(parts, errors);
    let permit = permit(parts, errors);
    let applicant = Applicant {
        application_date: parts.application_date?,
        age,
        degree: parts.degree?,
        degree_from,
        graduation_date,
        orientation_year: parts.orientation_year?,
        role: parts.role?,
        permit: permit?,
    };
    still_needed(&applicant, errors);
    Some(applicant)
}

/// The situation with the criterion of the current permit, which only a
/// first permit goes without.
fn permit(parts: &Parts, errors: &mut Vec<FieldError>) -> Option<Permit> {
    let criterion = parts.permit_criterion;
    let permit = match parts.situation? {
        Situation::FirstPermit => return Some(Permit::First),
        Situation::Extension => criterion.map(Permit::Extension),
        Situation::ChangeOfEmployer => criterion.map(Permit::ChangeOfEmployer),
    };
    let unread = errors.iter().any(|e| e.field == Field::PermitCriterion);
    if permit.is_none() && !unread {
        errors.push(FieldError::of(Field::PermitCriterion, Code::Required));
    }
    permit
}

/// The date of birth against the application date and the age given.
fn age_in_order(parts: &Parts, errors: &mut Vec<FieldError>) -> Age {
    let (Some(birth), Some(on)) = (parts.birth_date, parts.application_date) else {
        return match (parts.birth_date, parts.age) {
            (None, Some(years)) => Age::Years(years),
            _ => Age::Unknown,
        };
    };
    match dates::age_on(birth, on) {
        None => errors.push(FieldError::of(Field::BirthDate, Code::AfterApplicationDate)),
        Some(y) if !(MIN_AGE..=MAX_AGE).contains(&y) => {
            errors.push(FieldError::of(Field::BirthDate, Code::AgeOutOfRange))
        }
        Some(y) => {
            if parts.age.is_some_and(|a| a != y) {
                errors.push(FieldError::of(Field::Age, Code::ConflictsWithBirthDate));
            }
            return Age::BirthDate(birth);
        }
    }
    Age::Unknown
}

/// The graduation date after the birth and before the application.
fn graduation_in_order(parts: &Parts, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    let g = parts.graduation_date?;
    let code = if parts.application_date.is_some_and(|a| g > a) {
        Code::AfterApplicationDate
    } else if parts.birth_date.is_some_and(|b| g <= b) {
        Code::BeforeBirth
    } else {
        return Some(g);
    };
    errors.push(FieldError::of(Field::GraduationDate, code));
    None
}

/// What the rules still need, said even while other answers are wrong, as
/// long as the answers it depends on are not wrong themselves.
fn still_needed(app: &Applicant, errors: &mut Vec<FieldError>) {
    for missing in rules::requirements(app) {
        let (field, code) = rule_error(missing);
        let depends_on: &[Field] = match missing {
            RuleError::AgeRequired => &[Field::BirthDate, Field::Age],
            RuleError::GraduationDateRequired => &[Field::GraduationDate, Field::DegreeFrom],
            RuleError::BeforeFirstPeriod => &[Field::ApplicationDate],
        };
        if !errors.iter().any(|e| depends_on.contains(&e.field)) {
            errors.push(FieldError::of(field, code));
        }
    }
}

/// The field and code a rule's refusal is reported as.
pub fn rule_error(e: RuleError) -> (Field, Code) {
    match e {
        RuleError::BeforeFirstPeriod => (Field::ApplicationDate, Code::BeforeFirstPeriod),
        RuleError::AgeRequired => (Field::BirthDate, Code::Required),
        RuleError::GraduationDateRequired => (Field::GraduationDate, Code::Required),
    }
}

/// The errors in the order of the form (a stable sort would cost more bytes).
fn in_form_order(errors: Vec<FieldError>) -> Vec<FieldError> {
    let mut ordered = Vec::with_capacity(errors.len());
    for field in Field::ALL {
        ordered.extend(errors.iter().filter(|e| e.field == *field).cloned());
    }
    ordered
}
