//! Dutch highly-skilled-migrant income criterion and 30% ruling check.
//!
//! - [`rules`]: the rules and their dated, sourced amounts (plain Rust).
//! - [`api`]: the public `evaluate()`, loose input in and plain answers out.

pub mod api;
pub mod rules;
