//! Embedding: `mount(element, options)` puts the widget in a shadow root on
//! any host page; `embed.js` here (minified into `pkg/`) builds the
//! `<hsm-salary-check>` element on it.
//! Options come in as loose values (attributes are strings), results go out
//! as `hsm-result` events whose `detail` is exactly what `evaluate()` returns.

use crate::api::{self, Field, Loose, Outcome, Setting};
use crate::ui::i18n::Lang;
use crate::ui::state::Theme;
use crate::ui::{today, Answers, ResultSink, SalaryCheck, Settings};
use leptos::prelude::*;
use std::any::Any;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, CustomEvent, CustomEventInit, Element, HtmlElement, ShadowRoot};

/// The widget's stylesheet, adopted by each shadow root; no request, no inline
/// style. build.rs writes it from style/widget.css and style/dark.css (the dark
/// palette, for `theme="dark"` and, when the visitor's system prefers dark,
/// `theme="auto"`), without comments or spare whitespace.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// A mounted widget. Dropping the handle unmounts it.
#[wasm_bindgen]
pub struct Widget {
    answers: Answers,
    settings: Settings,
    shadow: ShadowRoot,
    mounted: Option<Box<dyn Any>>,
}

#[wasm_bindgen]
impl Widget {
    /// Applies new options; what is not named stays as it is.
    pub fn update(&self, options: JsValue) {
        apply(&self.answers, &self.settings, &read(options));
    }

    /// Removes the widget from the page and releases it.
    pub fn unmount(&mut self) {
        self.mounted = None;
        self.shadow.set_inner_html("");
    }
}

fn read(options: JsValue) -> Loose {
    Loose::from_js(&options)
}

fn text_of(value: &Loose) -> Option<String> {
    match value {
        Loose::Text(t) => Some(t.clone()),
        // JavaScript's own number formatting: Rust's float formatting costs ~12 KB.
        Loose::Number(n) if n.is_finite() => js_sys::Number::from(*n)
            .to_string_with_radix(10)
            .ok()
            .map(String::from),
        _ => None,
    }
}

/// `true`, `"true"`, `""` (a present boolean attribute) are on; the rest off.
fn flag_of(value: &Loose) -> Option<bool> {
    match value {
        Loose::Bool(b) => Some(*b),
        Loose::Text(t) => Some(t.is_empty() || t == "true"),
        Loose::Null => None,
        _ => Some(false),
    }
}

fn apply(answers: &Answers, settings: &Settings, options: &Loose) {
    let set = |key: &str, signal: RwSignal<String>| {
        if let Some(v) = text_of(options.get(key)) {
            signal.set(v);
        }
    };
    set(Field::ApplicationDate.key(), answers.application_date);
    set(Field::Salary.key(), answers.amount);
    set(Setting::SalaryPeriod.name(), answers.period);
    set(Field::Role.key(), answers.role);
    set(Field::Situation.key(), answers.situation);
    set(Field::PermitCriterion.key(), answers.permit_criterion);
    let flag = |key: &str, signal: RwSignal<bool>| {
        if let Some(b) = flag_of(options.get(key)) {
            signal.set(b);
        }
    };
    flag(
        Field::SalaryHolidayAllowanceIncluded.key(),
        answers.holiday_allowance_included,
    );
    flag(Setting::Compact.name(), settings.compact);
    flag(Setting::LangSwitch.name(), settings.lang_switch);
    if let Some(lang) = text_of(options.get(Setting::Lang.name()))
        .as_deref()
        .and_then(Lang::from_tag)
    {
        settings.lang.set(lang);
    }
    if let Some(theme) = text_of(options.get(Setting::Theme.name())) {
        settings
            .theme
            .set(Theme::from_name(&theme).unwrap_or(Theme::Light));
    }
}

/// No `lang` option: the host page's `<html lang>`, else the browser's language.
fn page_language(element: &Element) -> Lang {
    let page = element
        .owner_document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"));
    let browser = || {
        js_sys::global()
            .dyn_into::<web_sys::Window>()
            .ok()
            .and_then(|w| w.navigator().language())
    };
    page.as_deref()
        .and_then(Lang::from_tag)
        .or_else(|| browser().as_deref().and_then(Lang::from_tag))
        .unwrap_or(Lang::En)
}

/// `hsm-result` a task after the answer changed, so that building its detail
/// (the whole answer as a JavaScript object) waits until the answer is on
/// screen. Changes within one task make one event, with the last answer; a
/// widget unmounted by then sends none.
fn told_later(host: Element) -> impl Fn(Memo<Outcome>) {
    let pending = Rc::new(std::cell::Cell::new(None::<Memo<Outcome>>));
    let pending_in = Rc::clone(&pending);
    // One callback for the widget's life, handed to every timer and owned by
    // JavaScript: a timer left running by unmount() still finds it (and the
    // disposed memo then sends nothing).
    let tell = Closure::<dyn FnMut()>::new(move || {
        if let Some(told) = pending_in.take() {
            told.try_with_untracked(|outcome| dispatch(&host, outcome));
        }
    })
    .into_js_value();
    move |told| {
        if pending.replace(Some(told)).is_none() {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(tell.unchecked_ref());
            }
        }
    }
}

fn dispatch(host: &Element, outcome: &Outcome) {
    let init = CustomEventInit::new();
    init.set_detail(&api::to_js(outcome));
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("hsm-result", &init) {
        // A throwing host listener must not break the widget.
        let _ = host.dispatch_event(&event);
    }
}

fn shadow_of(element: &Element) -> Result<ShadowRoot, JsValue> {
    if let Some(shadow) = element.shadow_root() {
        shadow.set_inner_html("");
        return Ok(shadow);
    }
    element.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
}

thread_local! {
    /// One parsed stylesheet for every widget on the page: a listing with
    /// many elements parses the CSS once.
    static SHEET: std::cell::OnceCell<CssStyleSheet> = const { std::cell::OnceCell::new() };
}

fn stylesheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.get() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(CSS)?;
        Ok(cell.get_or_init(|| sheet).clone())
    })
}

fn adopt_styles(shadow: &ShadowRoot) -> Result<(), JsValue> {
    let sheet = stylesheet()?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    Ok(())
}

/// `mount(element, options)`: renders the widget in `element`'s shadow root.
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> Result<Widget, JsValue> {
    let document = element
        .owner_document()
        .ok_or_else(|| JsValue::from_str("element has no document"))?;
    let shadow = shadow_of(&element)?;
    adopt_styles(&shadow)?;
    let root: HtmlElement = document.create_element("div")?.dyn_into()?;
    root.set_class_name("hsm-frame");
    shadow.append_child(&root)?;

    let options = read(options);
    let handles = Rc::new(std::cell::Cell::new(None::<(Answers, Settings)>));
    let handles_in = Rc::clone(&handles);
    let host = element.clone();
    let lang = page_language(&element);
    let mounted = leptos::mount::mount_to(root, move || {
        let answers = Answers::new(today());
        let settings = Settings::new(lang);
        apply(&answers, &settings, &options);
        handles_in.set(Some((answers, settings)));
        let sink: ResultSink = Rc::new(told_later(host));
        view! { <SalaryCheck answers=answers settings=settings on_result=sink /> }
    });
    let (answers, settings) = handles
        .take()
        .ok_or_else(|| JsValue::from_str("widget did not start"))?;
    Ok(Widget {
        answers,
        settings,
        shadow,
        mounted: Some(Box::new(mounted)),
    })
}
