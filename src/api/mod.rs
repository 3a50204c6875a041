//! The public `evaluate()`: loose input in, a plain answer out. The native
//! [`evaluate`] is what the widget, the tests and the fuzzer call; the
//! wasm-bindgen export below only converts at the JavaScript boundary.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

pub mod field;
pub mod loose;
pub mod request;
pub mod response;
pub mod tape;
pub mod text;
mod warnings;

pub use field::{Code, Field, FieldError, Setting};
pub use loose::Loose;
pub use response::{Answer, Outcome, ReasonCode, WarningCode};

use crate::rules;

/// Never panics: every problem comes back as a field error.
pub fn evaluate(input: &Loose) -> Outcome {
    let rejected = |errors| Outcome::Rejected(response::Rejected { ok: false, errors });
    let (applicant, salary) = match request::read(input) {
        Ok(parts) => parts,
        Err(errors) => return rejected(errors),
    };
    match rules::check(&applicant, &salary) {
        Ok(verdict) => Outcome::Answer(Box::new(Answer::from(&verdict))),
        // `read` has ruled these out; answer them anyway rather than trust it.
        Err(e) => {
            let (field, code) = request::rule_error(e);
            rejected(vec![FieldError::of(field, code)])
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use js::to_js;

#[cfg(target_arch = "wasm32")]
mod js {
    use super::{evaluate as evaluate_loose, Loose, Outcome};
    use wasm_bindgen::prelude::*;

    /// `evaluate(input)`: see the README for the input and the answer. Never throws.
    #[wasm_bindgen(js_name = evaluate, unchecked_return_type = "EvaluateResult")]
    pub fn evaluate(
        #[wasm_bindgen(unchecked_param_type = "EvaluateInput")] input: JsValue,
    ) -> JsValue {
        to_js(&evaluate_loose(&Loose::from_js(&input)))
    }

    #[wasm_bindgen(module = "/src/api/tape.js")]
    extern "C" {
        fn build(words: &[u32], texts: &str) -> JsValue;
    }

    /// The answer as a plain JavaScript object, absent values as `null`:
    /// JavaScript builds it from one tape (src/api/tape.rs), not a crossing per property.
    pub fn to_js(outcome: &Outcome) -> JsValue {
        let sent = |outcome| {
            let tape = super::tape::write(outcome)?;
            let answer = build(&tape.words, &tape.text);
            super::tape::recycle(tape);
            Some(answer).filter(|answer| !answer.is_undefined())
        };
        // A tape JavaScript could not build: send everything again, once.
        sent(outcome)
            .or_else(|| {
                super::tape::forget();
                sent(outcome)
            })
            .unwrap_or(JsValue::NULL)
    }
}
