//! A polite live region that reads the verdict once it stops changing,
//! instead of at every keystroke.

use super::result::verdict_line;
use super::state::{self, locale};
use crate::api::Outcome;
use leptos::prelude::*;

/// How long the answer must stand still before it is read out.
const ANNOUNCE_AFTER: std::time::Duration = std::time::Duration::from_millis(1200);

#[component]
pub fn Announcer() -> impl IntoView {
    let (lang, _) = locale();
    let outcome = state::outcome();
    let verdict = Memo::new(move |_| match outcome.get() {
        Outcome::Answer(a) => verdict_line(lang, &a).2,
        Outcome::Rejected(_) => String::new(),
    });
    let spoken = RwSignal::new(String::new());
    let pending = StoredValue::new_local(None::<leptos::prelude::TimeoutHandle>);
    Effect::new(move |_| {
        let next = verdict.get();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = leptos::prelude::set_timeout_with_handle(
            move || {
                // The panel may be gone by now (language switched): never touch
                // a disposed signal, that would panic.
                if spoken.try_get_untracked().is_some_and(|s| s != next) {
                    let _ = spoken.try_set(next);
                }
            },
            ANNOUNCE_AFTER,
        );
        pending.set_value(handle.ok());
    });
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });
    view! { <p class="hsm-sr" aria-live="polite" aria-atomic="true">{move || spoken.get()}</p> }
}
