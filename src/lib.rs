//! Dutch highly-skilled-migrant income criterion and 30% ruling check.
//!
//! - [`rules`]: the rules and their dated, sourced amounts (plain Rust).
//! - [`api`]: the public `evaluate()`, loose input in and plain answers out.

pub mod api;
pub mod rules;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Mounts the standalone page's widget when the page has a
/// `#hsm-salary-check` element. Does nothing without a DOM (Node, workers).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    use wasm_bindgen::JsCast;
    let Ok(window) = js_sys::global().dyn_into::<web_sys::Window>() else {
        return;
    };
    let Some(root) = window
        .document()
        .and_then(|d| d.get_element_by_id("hsm-salary-check"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    leptos::mount::mount_to(root, ui::SalaryCheck).forget();
}
