//! What the widget says for each typed value of the answer: a band, a
//! programme, a field that is still missing, an error. Every match is over
//! the API's own enums and lists every case, so a new one does not compile
//! until it has its words here.

use super::{fill, Lang, Text};
use crate::api::field::{FIRST_GRADUATION_YEAR, LAST_YEAR, MAX_AGE, MIN_AGE};
use crate::api::{Code, Field};
use crate::rules::{amounts, dates, Band, Criterion, Programme, Situation};
use crate::ui::format;

pub fn band(t: &'static Text, band: Band) -> &'static str {
    match band {
        Band::Exempt => t.band_exempt,
        Band::Reduced => t.band_reduced,
        Band::UnderThirty => t.band_under_thirty,
        Band::ThirtyPlus => t.band_thirty_plus,
    }
}

pub fn criterion(t: &'static Text, criterion: Criterion) -> &'static str {
    match criterion {
        Criterion::Reduced => t.criterion_reduced,
        Criterion::UnderThirty => t.criterion_under_thirty,
        Criterion::ThirtyPlus => t.criterion_thirty_plus,
    }
}

pub fn situation(t: &'static Text, situation: Situation) -> &'static str {
    match situation {
        Situation::FirstPermit => t.situation_first,
        Situation::Extension => t.situation_extension,
        Situation::ChangeOfEmployer => t.situation_change,
    }
}

pub fn programme(t: &'static Text, programme: Programme) -> &'static str {
    match programme {
        Programme::DutchBachelor => t.programme_dutch_bachelor,
        Programme::DutchMaster => t.programme_dutch_master,
        Programme::DutchPhd => t.programme_dutch_phd,
        Programme::Top200Master => t.programme_top200_master,
        Programme::Top200Phd => t.programme_top200_phd,
    }
}

/// A field's question: its label and its hint.
pub fn question(t: &'static Text, field: Field) -> (&'static str, &'static str) {
    match field {
        Field::Situation => (t.situation, t.situation_hint),
        Field::PermitCriterion => (t.permit_criterion, t.permit_criterion_hint),
        Field::ApplicationDate => (t.application_date, t.application_date_hint),
        Field::BirthDate => (t.birth_date, t.birth_date_hint),
        Field::Age => (t.age, t.age_hint),
        Field::Degree => (t.degree, t.degree_hint),
        Field::DegreeFrom => (t.degree_from, t.degree_from_hint),
        Field::GraduationDate => (t.graduation_date, t.graduation_date_hint),
        Field::OrientationYear => (t.orientation, t.orientation_hint),
        Field::Role => (t.role, t.role_hint),
        Field::Salary | Field::SalaryAmount => (t.salary, t.salary_hint),
        Field::SalaryPeriod => (t.period, t.period_hint),
        Field::SalaryHolidayAllowanceIncluded => (t.holiday_included, ""),
        Field::Input => ("", ""),
    }
}

/// The answer a `required` error on `field` asks for, as a list item.
pub fn missing(t: &'static Text, field: Field) -> &'static str {
    match field {
        Field::ApplicationDate => t.missing_application_date,
        Field::PermitCriterion => t.missing_permit_criterion,
        Field::BirthDate | Field::Age => t.missing_age,
        Field::DegreeFrom => t.missing_degree_from,
        Field::GraduationDate => t.missing_graduation_date,
        Field::SalaryPeriod => t.missing_period,
        Field::Salary | Field::SalaryAmount => t.missing_salary,
        // These have defaults: the widget always sends them.
        Field::Input
        | Field::Situation
        | Field::Degree
        | Field::OrientationYear
        | Field::Role
        | Field::SalaryHolidayAllowanceIncluded => t.missing_other,
    }
}

/// The visitor's words for an error the API names by field and code.
pub fn error(lang: Lang, field: Field, code: Code) -> String {
    let t = lang.text();
    let own = || field_words(t, field);
    match code {
        Code::InvalidDate => t.err_invalid_date.to_owned(),
        Code::NoSuchDate => t.err_no_such_date.to_owned(),
        Code::BeforeFirstPeriod => {
            let first = amounts::first_day().map(dates::iso).unwrap_or_default();
            fill(t.err_before_first_period, &[&format::date(lang, &first)])
        }
        Code::OutOfRange | Code::AgeOutOfRange => own().out_of_range,
        Code::AfterApplicationDate => own().after_application.to_owned(),
        Code::InvalidNumber => own().invalid_number.to_owned(),
        Code::Required => own().required.to_owned(),
        Code::ConflictsWithBirthDate => t.err_age_conflict.to_owned(),
        Code::BeforeBirth => t.err_graduation_before_birth.to_owned(),
        Code::Negative => t.err_amount_negative.to_owned(),
        Code::Zero => t.err_amount_zero.to_owned(),
        Code::TooManyDecimals => t.err_amount_decimals.to_owned(),
        Code::MixedSeparators => t.err_amount_separators.to_owned(),
        Code::TooLarge => t.err_amount_too_large.to_owned(),
        Code::NotAnObject | Code::UnknownValue | Code::InvalidValue => t.err_choose.to_owned(),
    }
}

/// The errors whose words depend on the field, for one field.
struct FieldWords {
    out_of_range: String,
    after_application: &'static str,
    invalid_number: &'static str,
    /// Where one error line stands for the whole answer (compact mode): a
    /// missing answer is otherwise listed in the result panel.
    required: &'static str,
}

fn field_words(t: &'static Text, field: Field) -> FieldWords {
    let ages = |template| fill(template, &[&MIN_AGE.to_string(), &MAX_AGE.to_string()]);
    let any = FieldWords {
        out_of_range: t.err_choose.to_owned(),
        after_application: t.err_choose,
        invalid_number: t.err_choose,
        required: t.err_choose,
    };
    match field {
        Field::ApplicationDate => FieldWords {
            out_of_range: fill(
                t.err_application_out_of_range,
                &[&(LAST_YEAR + 1).to_string()],
            ),
            ..any
        },
        Field::BirthDate => FieldWords {
            out_of_range: ages(t.err_birth_age_range),
            after_application: t.err_birth_after_application,
            ..any
        },
        Field::Age => FieldWords {
            out_of_range: ages(t.err_age_range),
            invalid_number: t.err_age_number,
            ..any
        },
        Field::GraduationDate => FieldWords {
            out_of_range: fill(
                t.err_graduation_out_of_range,
                &[&FIRST_GRADUATION_YEAR.to_string()],
            ),
            after_application: t.err_graduation_after_application,
            ..any
        },
        Field::Salary => FieldWords {
            required: t.missing_salary,
            ..any
        },
        Field::SalaryAmount => FieldWords {
            invalid_number: t.err_amount_number,
            required: t.missing_salary,
            ..any
        },
        Field::Input
        | Field::Situation
        | Field::PermitCriterion
        | Field::Degree
        | Field::DegreeFrom
        | Field::OrientationYear
        | Field::Role
        | Field::SalaryPeriod
        | Field::SalaryHolidayAllowanceIncluded => any,
    }
}
