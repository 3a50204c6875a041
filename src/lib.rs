//! Dutch highly-skilled-migrant income criterion and 30% ruling check.
//!
//! - [`rules`]: the rules and their dated, sourced amounts (plain Rust).
//! - [`api`]: the public `evaluate()`, loose input in and plain answers out.

// A panic kills the widget for good: nothing may unwrap or index on user input.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

pub mod api;
mod names;
pub mod rules;

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod embed;
/// The widget; natively only its texts, for their tests.
#[cfg(feature = "widget")]
pub mod ui;

/// Mounts the standalone page's widget when the page has a
/// `#hsm-salary-check` element. Does nothing without a DOM (Node, workers).
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    use wasm_bindgen::JsCast;
    let Ok(window) = js_sys::global().dyn_into::<web_sys::Window>() else {
        return;
    };
    let Some(root) = window
        .document()
        .and_then(|d| d.get_element_by_id("hsm-salary-check"))
    else {
        return;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &api::Setting::Theme.name().into(), &"auto".into());
    let _ = js_sys::Reflect::set(
        &options,
        &api::Setting::LangSwitch.name().into(),
        &true.into(),
    );
    // The page's own `<html lang>` is its default; the visitor's browser decides.
    if let Some(lang) = window.navigator().language() {
        let _ = js_sys::Reflect::set(&options, &api::Setting::Lang.name().into(), &lang.into());
    }
    // Drawn in a task of its own, after the one that instantiated the wasm:
    // one task doing both blocks the page for longer than the two apart.
    let draw = wasm_bindgen::closure::Closure::once_into_js(move || {
        // An embedder who mounted on an element of that id in the meantime keeps theirs.
        if root.shadow_root().is_some() {
            return;
        }
        if let Ok(widget) = embed::mount(root, options.into()) {
            // The standalone page keeps its widget for as long as it is open.
            std::mem::forget(widget);
        }
    });
    let _ = window.set_timeout_with_callback(draw.unchecked_ref());
}
