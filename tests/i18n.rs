#![cfg(not(target_arch = "wasm32"))]
//! Every language says something for every text, with the same placeholders,
//! and something of its own (a text copied untranslated is caught too). The
//! texts are read from the typed `Text` of each language, not from source.
use hsm_salary_check::ui::i18n::{fill, Lang};
use std::collections::BTreeMap;

fn entries(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    lang.text().entries().into_iter().collect()
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
    found.dedup();
    found
}

#[test]
fn every_language_has_every_text_with_the_same_placeholders() {
    let en = entries(Lang::En);
    assert!(en.len() > 100, "only {} texts", en.len());
    for lang in Lang::ALL {
        let texts = entries(lang);
        assert_eq!(texts.len(), en.len(), "{lang:?}");
        for (key, text) in &texts {
            assert!(!text.trim().is_empty(), "{lang:?} {key} is empty");
            assert_eq!(
                placeholders(text),
                placeholders(en[key]),
                "{lang:?} {key}: placeholders differ"
            );
        }
        let months = lang.text().months;
        assert!(months.iter().all(|m| !m.is_empty()), "{lang:?} months");
    }
}

#[test]
fn dutch_is_translated() {
    let en = entries(Lang::En);
    let nl = entries(Lang::Nl);
    // Words that are the same in both languages.
    let same = ["period", "gauge_thirty_plus"];
    for (key, e) in &en {
        if !same.contains(key) {
            assert_ne!(Some(e), nl.get(key), "{key} is not translated");
        }
    }
    assert_ne!(Lang::En.text().months, Lang::Nl.text().months);
}

#[test]
fn templates_are_filled_in_order_and_unknown_placeholders_stay() {
    assert_eq!(fill("{1} before {0}", &["a", "b"]), "b before a");
    assert_eq!(fill("{0} and {2}", &["a"]), "a and {2}");
    assert_eq!(fill("{x} {", &[]), "{x} {");
}

/// The widget's error texts carry the API's bounds and the table's first day.
#[test]
fn error_texts_are_built_from_the_bounds() {
    use hsm_salary_check::api::field::{LAST_YEAR, MAX_AGE, MIN_AGE};
    use hsm_salary_check::api::{Code, Field};
    use hsm_salary_check::ui::i18n::error;
    let age = error(Lang::En, Field::Age, Code::AgeOutOfRange);
    assert!(
        age.contains(&MIN_AGE.to_string()) && age.contains(&MAX_AGE.to_string()),
        "{age}"
    );
    let late = error(Lang::Nl, Field::ApplicationDate, Code::OutOfRange);
    assert!(late.contains(&(LAST_YEAR + 1).to_string()), "{late}");
    assert_eq!(
        error(Lang::En, Field::ApplicationDate, Code::BeforeFirstPeriod),
        "This check covers applications from 1 January 2020 on."
    );
    assert_eq!(
        error(Lang::Nl, Field::ApplicationDate, Code::BeforeFirstPeriod),
        "Deze controle geldt voor aanvragen vanaf 1 januari 2020."
    );
    // Every field and code has words of its own or the general one, never a placeholder.
    for lang in Lang::ALL {
        for field in Field::ALL {
            for code in Code::ALL {
                let text = error(lang, *field, *code);
                assert!(
                    !text.is_empty() && !text.contains('{'),
                    "{lang:?} {field:?} {code:?}"
                );
            }
        }
    }
}

/// index.html shows the heading and introduction before the wasm arrives, in
/// its own language (`<html lang="en">`): they must be the widget's words, or
/// the page would change them when it draws.
#[test]
fn the_standalone_page_stands_in_with_the_widgets_own_heading() {
    let page = include_str!("../index.html");
    assert!(page.contains(r#"<html lang="en">"#));
    let t = Lang::En.text();
    for text in [t.page_title, t.page_intro] {
        assert!(page.contains(text), "index.html lacks: {text}");
    }
}
