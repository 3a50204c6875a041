//! The widget: Leptos components that ask the questions and show the answer.
//! They compute no rule: every answer comes from [`crate::api::evaluate`],
//! the same call host pages make.
//!
//! - [`state`]: the answers as typed, the host's settings, the current
//!   answer, shared with every component through context.
//! - [`check`]: the whole widget, [`SalaryCheck`], and its frame.
//! - [`questions`]: one component per question group.
//! - [`result`]: the answer (band, why, amount, verdict, 30% ruling,
//!   warnings) and the vacancy listing's compact answer.
//! - [`gauge`]: the scale with the three amounts and the salary.
//! - [`announcer`]: the live region that reads the verdict out.
//! - [`share`]: the link to these answers and the printed summary.
//! - [`i18n`]: every word the widget shows, one file per language.
//! - [`format`]: money and dates in the reader's convention.
//! - [`redrawn`]: a view swapped whole when it changes, never patched.

pub mod i18n;
// Natively only the texts are compiled, for their tests; the rest of the
// formatting is the browser's.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod format;

#[cfg(target_arch = "wasm32")]
mod announcer;
#[cfg(target_arch = "wasm32")]
mod check;
#[cfg(target_arch = "wasm32")]
mod gauge;
#[cfg(target_arch = "wasm32")]
mod questions;
#[cfg(target_arch = "wasm32")]
mod redrawn;
#[cfg(target_arch = "wasm32")]
mod result;
#[cfg(target_arch = "wasm32")]
mod share;
#[cfg(target_arch = "wasm32")]
pub mod state;

#[cfg(target_arch = "wasm32")]
pub use check::{ResultSink, SalaryCheck};
#[cfg(target_arch = "wasm32")]
pub use state::{today, Answers, Settings};
