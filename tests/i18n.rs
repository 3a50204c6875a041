#![cfg(not(target_arch = "wasm32"))]
//! Every language has every key, with the same placeholders, and says
//! something of its own (a key copied untranslated is caught too).
use std::collections::BTreeMap;

/// `key: "text"` pairs of one language file (`src/ui/i18n/<lang>.rs`).
fn strings(lang: &str) -> BTreeMap<String, String> {
    let path = format!("{}/src/ui/i18n/{lang}.rs", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = BTreeMap::new();
    for line in source.lines() {
        let line = line.trim();
        let Some((key, rest)) = line.split_once(": \"") else {
            continue;
        };
        if key.contains(' ') || key.starts_with("//") {
            continue;
        }
        let text = rest.trim_end_matches(',').trim_end_matches('"');
        out.insert(key.to_owned(), text.to_owned());
    }
    assert!(out.len() > 50, "{path}: only {} strings found", out.len());
    out
}

/// The `{0}`, `{1}`… a template uses, sorted.
fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(n, _)| n.to_owned()))
        .filter(|n| n.parse::<u32>().is_ok())
        .collect();
    found.sort();
    found
}

/// The keys of `Text` itself, from its definition.
fn declared_keys() -> Vec<String> {
    let path = format!("{}/src/ui/i18n/mod.rs", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(path).unwrap();
    let body = source.split("pub struct Text {").nth(1).unwrap();
    body.lines()
        .filter_map(|l| l.trim().strip_prefix("pub "))
        .filter_map(|l| l.split_once(':').map(|(k, _)| k.to_owned()))
        .collect()
}

#[test]
fn every_language_has_every_key_with_the_same_placeholders() {
    let en = strings("en");
    let nl = strings("nl");
    let keys = declared_keys();
    for key in keys.iter().filter(|k| *k != "months") {
        let (Some(e), Some(n)) = (en.get(key), nl.get(key)) else {
            panic!("{key} is missing in en or nl");
        };
        assert!(!e.is_empty() && !n.is_empty(), "{key} is empty");
        assert_eq!(
            placeholders(e),
            placeholders(n),
            "{key}: placeholders differ"
        );
    }
}

#[test]
fn dutch_is_translated() {
    let en = strings("en");
    let nl = strings("nl");
    // Words that are the same in both languages.
    let same = ["period", "gauge_thirty_plus"];
    for (key, e) in &en {
        if same.contains(&key.as_str()) {
            continue;
        }
        assert_ne!(Some(e), nl.get(key), "{key} is not translated");
    }
}
