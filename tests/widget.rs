//! The widget's components in headless Chromium (wasm-bindgen-test), where a
//! unit test is clearer than a page test. Compiled for wasm32 only.
#![cfg(target_arch = "wasm32")]

use hsm_salary_check::ui::SalaryCheck;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Mounts a fresh widget in its own container and returns the container.
fn mount() -> (
    HtmlElement,
    leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable>,
) {
    let doc = document();
    let host: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), || leptos::view! { <SalaryCheck /> });
    (host, handle)
}

async fn settle() {
    // Effects run in a microtask; give them one turn of the event loop.
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn input(host: &HtmlElement, id: &str) -> HtmlInputElement {
    host.query_selector(&format!("#{id}"))
        .unwrap()
        .expect(id)
        .dyn_into()
        .unwrap()
}

fn type_into(host: &HtmlElement, id: &str, value: &str) {
    let el = input(host, id);
    el.set_value(value);
    el.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

fn result_text(host: &HtmlElement) -> String {
    host.query_selector(".hsm-result")
        .unwrap()
        .expect("result panel")
        .text_content()
        .unwrap_or_default()
}

/// Lets the answer update, then checks the result panel says `expected`.
async fn assert_result_says(host: &HtmlElement, expected: &str) {
    settle().await;
    let text = result_text(host);
    assert!(text.contains(expected), "expected {expected:?} in {text:?}");
}

#[wasm_bindgen_test]
async fn typing_updates_the_answer_without_submitting() {
    let (host, _handle) = mount();
    type_into(&host, "hsm-application-date", "2026-03-15");
    type_into(&host, "hsm-age", "31");
    type_into(&host, "hsm-amount", "5941.99");
    assert_result_says(&host, "Does not qualify: €0.01 short").await;
    type_into(&host, "hsm-amount", "5942");
    assert_result_says(&host, "Qualifies: exactly the required amount").await;
    host.remove();
}

#[wasm_bindgen_test]
async fn degree_questions_appear_only_when_a_degree_is_chosen() {
    let (host, _handle) = mount();
    assert!(host
        .query_selector("#hsm-graduation-date")
        .unwrap()
        .is_none());
    let degree: HtmlSelectElement = host
        .query_selector("#hsm-degree")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    degree.set_value("phd");
    degree
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert!(host
        .query_selector("#hsm-graduation-date")
        .unwrap()
        .is_some());
    assert!(host.query_selector("#hsm-degree-from").unwrap().is_some());
    host.remove();
}

#[wasm_bindgen_test]
async fn an_invalid_field_is_marked_and_described() {
    let (host, _handle) = mount();
    type_into(&host, "hsm-amount", "5942.123");
    settle().await;
    let amount = input(&host, "hsm-amount");
    assert_eq!(
        amount.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let error = host
        .query_selector("#hsm-amount-error")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default();
    assert_eq!(error, "Use at most two decimals (cents).");
    assert!(amount
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .contains("hsm-amount-error"));
    // Other fields are not marked.
    assert_eq!(
        input(&host, "hsm-age")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("false")
    );
    host.remove();
}
