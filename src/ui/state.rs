//! The widget's state: the visitor's answers as typed, the host's settings,
//! and the current answer, shared with every component through Leptos
//! context (as in Leptos's `counters` example) rather than passed down.

use super::i18n::{Lang, Text};
use crate::api::{Field, Loose, Outcome};
use crate::names::named_enum;
use crate::rules::{Degree, Role, SalaryPeriod, Situation};
use leptos::prelude::*;

/// The visitor's answers, one signal per input, as typed.
#[derive(Clone, Copy)]
pub struct Answers {
    pub situation: RwSignal<String>,
    pub permit_criterion: RwSignal<String>,
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

/// The readers a vacancy listing answers for at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    ThirtyPlus,
    UnderThirty,
    /// Recent graduate or after an orientation year: the reduced amount.
    RecentGraduate,
}

fn text(s: RwSignal<String>) -> Loose {
    Loose::Text(s.get())
}

impl Answers {
    pub fn new(today: String) -> Self {
        let owned = |s: &str| RwSignal::new(s.to_owned());
        Answers {
            situation: owned(Situation::FirstPermit.name()),
            permit_criterion: owned(""),
            application_date: RwSignal::new(today),
            birth_date: owned(""),
            age: owned(""),
            degree: owned(Degree::None.name()),
            degree_from: owned(""),
            graduation_date: owned(""),
            orientation_year: RwSignal::new(false),
            role: owned(Role::Employee.name()),
            amount: owned(""),
            period: owned(SalaryPeriod::Month.name()),
            holiday_allowance_included: RwSignal::new(false),
        }
    }

    /// Whether the criterion of a current permit is asked (and sent).
    pub fn holds_permit(&self) -> bool {
        self.situation.with(|s| s != Situation::FirstPermit.name())
    }

    /// Whether the degree questions are asked (and sent).
    pub fn has_degree(&self) -> bool {
        self.degree.with(|d| d != Degree::None.name())
    }

    /// The answers as an `evaluate()` request. Fields the form hides are left out.
    pub fn request(&self) -> Loose {
        let mut fields = vec![
            (Field::Situation, text(self.situation)),
            (Field::ApplicationDate, text(self.application_date)),
            (Field::BirthDate, text(self.birth_date)),
            (Field::Age, text(self.age)),
            (Field::Degree, text(self.degree)),
            (
                Field::OrientationYear,
                Loose::Bool(self.orientation_year.get()),
            ),
            (Field::Role, text(self.role)),
            (Field::Salary, self.salary()),
        ];
        if self.holds_permit() {
            fields.push((Field::PermitCriterion, text(self.permit_criterion)));
        }
        if self.has_degree() {
            fields.push((Field::DegreeFrom, text(self.degree_from)));
            fields.push((Field::GraduationDate, text(self.graduation_date)));
        }
        object(fields)
    }

    /// The request for someone of the given profile with the same salary and
    /// date: what a vacancy listing shows when it knows nothing of the reader.
    pub fn request_as(&self, profile: Profile) -> Loose {
        let (age, orientation_year) = match profile {
            Profile::ThirtyPlus => ("30", false),
            Profile::UnderThirty => ("29", false),
            Profile::RecentGraduate => ("29", true),
        };
        object([
            (Field::ApplicationDate, text(self.application_date)),
            (Field::Age, Loose::text(age)),
            (Field::OrientationYear, Loose::Bool(orientation_year)),
            (Field::Role, text(self.role)),
            (Field::Salary, self.salary()),
        ])
    }

    fn salary(&self) -> Loose {
        object([
            (Field::SalaryAmount, text(self.amount)),
            (Field::SalaryPeriod, text(self.period)),
            (
                Field::SalaryHolidayAllowanceIncluded,
                Loose::Bool(self.holiday_allowance_included.get()),
            ),
        ])
    }
}

fn object(fields: impl IntoIterator<Item = (Field, Loose)>) -> Loose {
    Loose::object(fields.into_iter().map(|(f, v)| (f.key(), v)))
}

named_enum! {
    /// The widget's colours: `auto` follows `prefers-color-scheme`.
    pub enum Theme {
        Light, Dark, Auto,
    }
}

/// How the widget looks, set by the host page; changes apply at once.
#[derive(Clone, Copy)]
pub struct Settings {
    /// Only the result, for a vacancy listing with a pre-filled salary.
    pub compact: RwSignal<bool>,
    pub theme: RwSignal<Theme>,
    pub lang: RwSignal<Lang>,
    /// Show a language switch, a heading and an introduction (the standalone page does).
    pub lang_switch: RwSignal<bool>,
}

impl Settings {
    pub fn new(lang: Lang) -> Self {
        Settings {
            compact: RwSignal::new(false),
            theme: RwSignal::new(Theme::Light),
            lang: RwSignal::new(lang),
            lang_switch: RwSignal::new(false),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self::new(Lang::En)
    }
}

/// The current answer to the visitor's questions, as `evaluate()` gives it.
#[derive(Clone, Copy)]
pub struct Current(pub Memo<Outcome>);

/// Shares the state with every component below the caller.
pub fn provide(answers: Answers, settings: Settings, outcome: Memo<Outcome>) {
    provide_context(answers);
    provide_context(settings);
    provide_context(Current(outcome));
}

pub fn answers() -> Answers {
    expect_context::<Answers>()
}

pub fn outcome() -> Memo<Outcome> {
    expect_context::<Current>().0
}

/// The language the widget is drawn in, and its texts. The widget is drawn
/// anew when the language changes, so a component reads it once.
pub fn locale() -> (Lang, &'static Text) {
    let lang = expect_context::<Settings>().lang.get_untracked();
    (lang, lang.text())
}

/// Today in the visitor's time zone, as `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    format!("{y:04}-{m:02}-{d:02}")
}
