//! The widget's words, one file per language. Every language is a [`Text`],
//! so a language that lacks a key does not compile; `{0}`, `{1}`… are filled
//! in by [`fill`]. Adding German is one file like `nl.rs` and one arm in [`Lang`].

mod en;
mod nl;
mod words;

pub use words::{band, criterion, error, missing, programme, question, situation};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Nl,
}

impl Lang {
    /// `en`, `en-GB`, `nl`, `nl-BE`… Anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "nl" => Some(Lang::Nl),
            _ => None,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &en::TEXT,
            Lang::Nl => &nl::TEXT,
        }
    }

    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];
}

/// Replaces `{0}`, `{1}`… in `template` with `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or(""));
        let after = rest.get(open + 1..).unwrap_or("");
        let close = after.find('}');
        let arg = close
            .and_then(|c| after.get(..c))
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|i| args.get(i));
        match (arg, close) {
            (Some(a), Some(c)) => {
                out.push_str(a);
                rest = after.get(c + 1..).unwrap_or("");
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Declares [`Text`] with [`Text::entries`], every text by its key, so the
/// translation check works on the texts themselves.
macro_rules! texts {
    (
        pub struct $name:ident {
            pub months: [&'static str; 12],
            $( $(#[$meta:meta])* pub $key:ident: &'static str, )+
        }
    ) => {
        /// Every string the widget shows. Templates take `{0}`, `{1}`…
        pub struct $name {
            pub months: [&'static str; 12],
            $( $(#[$meta])* pub $key: &'static str, )+
        }

        impl $name {
            /// Every text but the months, with its key.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),+]
            }
        }
    };
}

texts! {
pub struct Text {
    pub months: [&'static str; 12],
    pub lang_name: &'static str,
    pub language: &'static str,
    /// The standalone page's heading and introduction.
    pub page_title: &'static str,
    pub page_intro: &'static str,

    pub situation: &'static str,
    pub situation_hint: &'static str,
    pub situation_first: &'static str,
    pub situation_extension: &'static str,
    pub situation_change: &'static str,
    pub permit_criterion: &'static str,
    pub permit_criterion_hint: &'static str,
    pub criterion_reduced: &'static str,
    pub criterion_under_thirty: &'static str,
    pub criterion_thirty_plus: &'static str,

    pub application_date: &'static str,
    pub application_date_hint: &'static str,
    pub birth_date: &'static str,
    pub birth_date_hint: &'static str,
    pub age: &'static str,
    pub age_hint: &'static str,
    pub degree: &'static str,
    pub degree_hint: &'static str,
    pub degree_none: &'static str,
    pub degree_bachelor: &'static str,
    pub degree_master: &'static str,
    pub degree_phd: &'static str,
    pub degree_from: &'static str,
    pub degree_from_hint: &'static str,
    pub choose: &'static str,
    pub from_netherlands: &'static str,
    pub from_top200: &'static str,
    pub from_elsewhere: &'static str,
    pub graduation_date: &'static str,
    pub graduation_date_hint: &'static str,
    pub orientation: &'static str,
    pub orientation_hint: &'static str,
    pub no: &'static str,
    pub yes: &'static str,
    pub role: &'static str,
    pub role_hint: &'static str,
    pub role_employee: &'static str,
    pub role_researcher: &'static str,
    pub role_doctor: &'static str,
    pub salary: &'static str,
    pub salary_hint: &'static str,
    pub period: &'static str,
    pub period_hint: &'static str,
    pub per_month: &'static str,
    pub per_year: &'static str,
    pub holiday_included: &'static str,
    pub check: &'static str,

    pub result: &'static str,
    pub pending_title: &'static str,
    /// `{0}`: the missing answers, joined.
    pub still_needed: &'static str,
    pub needs_correction: &'static str,
    pub missing_application_date: &'static str,
    pub missing_permit_criterion: &'static str,
    pub missing_age: &'static str,
    pub missing_degree_from: &'static str,
    pub missing_graduation_date: &'static str,
    pub missing_period: &'static str,
    pub missing_salary: &'static str,
    /// What a field with a default is called if it is ever missing.
    pub missing_other: &'static str,

    pub band_exempt: &'static str,
    pub band_reduced: &'static str,
    pub band_under_thirty: &'static str,
    pub band_thirty_plus: &'static str,
    /// `{0}`: the margin.
    pub qualifies_above: &'static str,
    pub qualifies_exactly: &'static str,
    pub qualifies_exempt: &'static str,
    /// `{0}`: the shortfall.
    pub short: &'static str,
    pub indicative_above: &'static str,
    pub indicative_short: &'static str,
    pub band_label: &'static str,
    pub required_label: &'static str,
    pub your_salary_label: &'static str,
    pub a_month_basis: &'static str,
    pub why_label: &'static str,
    /// `{0}`: from, `{1}`: to.
    pub valid: &'static str,
    pub source_ind: &'static str,
    pub source_tax: &'static str,

    /// `{0}` age, `{1}` date.
    pub why_under_thirty: &'static str,
    pub why_thirty_plus: &'static str,
    /// `{0}` the programme, `{1}` graduation date, `{2}` last day.
    pub why_graduated: &'static str,
    pub why_orientation: &'static str,
    pub why_researcher: &'static str,
    pub why_doctor: &'static str,
    /// `{0}` the situation, `{1}` the criterion of the current permit.
    pub why_carried: &'static str,
    pub at_extension: &'static str,
    pub at_change_of_employer: &'static str,
    pub programme_dutch_bachelor: &'static str,
    pub programme_dutch_master: &'static str,
    pub programme_dutch_phd: &'static str,
    pub programme_top200_master: &'static str,
    pub programme_top200_phd: &'static str,

    pub gauge_reduced: &'static str,
    pub gauge_under_thirty: &'static str,
    pub gauge_thirty_plus: &'static str,
    pub gauge_you: &'static str,
    /// `{0}` salary, `{1}` reduced, `{2}` under 30, `{3}` 30 or older, `{4}` the applicable one.
    pub gauge_text: &'static str,

    pub thirty_title: &'static str,
    pub thirty_none: &'static str,
    /// `{0}`: the percentage.
    pub thirty_met: &'static str,
    /// `{0}`: the largest allowance.
    pub thirty_partial: &'static str,
    pub thirty_not_met: &'static str,
    pub thirty_unknown: &'static str,
    pub norm_label: &'static str,
    pub norm_text: &'static str,
    pub taxable_label: &'static str,
    /// `{0}` taxable, `{1}` percentage, `{2}` allowance, `{3}` gross.
    pub taxable_text: &'static str,
    pub thirty_about: &'static str,
    /// `{0}` year, `{1}` salary, `{2}` the percentage.
    pub thirty_needed: &'static str,
    pub thirty_conditions: &'static str,
    pub condition_abroad: &'static str,
    pub condition_distance: &'static str,
    pub condition_apply: &'static str,

    /// `{0}` date, `{1}` amount.
    pub warn_turns_thirty: &'static str,
    /// Added when that amount is the latest known one, not the date's own.
    pub warn_amount_unpublished: &'static str,
    /// `{0}` last day.
    pub warn_reduced_ends: &'static str,
    /// `{0}` the application year, `{1}` the year of the amounts used.
    pub warn_unpublished: &'static str,
    pub warn_market_conform: &'static str,
    /// `{0}` the first day, `{1}` the percentage.
    pub warn_thirty_2027: &'static str,
    /// `{0}` the year, `{1}`, `{2}` the norms in 2024 prices, `{3}` the percentage.
    pub warn_thirty_norms_unpublished: &'static str,
    /// `{0}` the first day of the general norm.
    pub warn_young_master_ends: &'static str,

    pub err_invalid_date: &'static str,
    pub err_no_such_date: &'static str,
    /// `{0}`: the first day the amounts table covers.
    pub err_before_first_period: &'static str,
    /// `{0}`: the first year that is too late.
    pub err_application_out_of_range: &'static str,
    pub err_birth_after_application: &'static str,
    /// `{0}`, `{1}`: the youngest and the oldest age.
    pub err_birth_age_range: &'static str,
    pub err_age_range: &'static str,
    pub err_age_number: &'static str,
    pub err_age_conflict: &'static str,
    pub err_graduation_after_application: &'static str,
    pub err_graduation_before_birth: &'static str,
    /// `{0}`: the first year a graduation date may fall in.
    pub err_graduation_out_of_range: &'static str,
    pub err_amount_number: &'static str,
    pub err_amount_negative: &'static str,
    pub err_amount_zero: &'static str,
    pub err_amount_decimals: &'static str,
    pub err_amount_separators: &'static str,
    pub err_amount_too_large: &'static str,
    pub err_choose: &'static str,

    /// `{0}`: the salary.
    pub compact_salary: &'static str,
    /// `{0}`: who, `{1}`: the amount.
    pub compact_meets: &'static str,
    pub compact_below: &'static str,
    pub compact_indicative: &'static str,
    pub compact_thirty_plus: &'static str,
    pub compact_under_thirty: &'static str,
    pub compact_graduates: &'static str,
    /// `{0}`: the norm.
    pub compact_thirty_met: &'static str,
    pub compact_thirty_not_met: &'static str,
    /// `{0}` the amounts.
    pub compact_blue_meets: &'static str,
    pub compact_blue_below: &'static str,
    pub compact_blue_indicative: &'static str,
    /// `{0}` the amount, `{1}` the recent graduates' amount.
    pub compact_blue_amounts: &'static str,

    pub blue_title: &'static str,
    /// `{0}` the margin.
    pub blue_meets: &'static str,
    /// `{0}` the shortfall.
    pub blue_short: &'static str,
    pub blue_indicative: &'static str,
    pub blue_required_label: &'static str,
    pub blue_graduate: &'static str,
    /// `{0}` the first day of the recent graduates' amount.
    pub blue_general: &'static str,
    pub blue_instead: &'static str,
    pub blue_conditions: &'static str,
    pub blue_conditions_link: &'static str,
    pub condition_qualification: &'static str,
    /// `{0}` months.
    pub condition_contract: &'static str,
    pub condition_job_level: &'static str,

    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub link_label: &'static str,
    pub print: &'static str,
    pub your_answers: &'static str,
    /// `{0}` version, `{1}` date.
    pub rules_line: &'static str,
}
}
