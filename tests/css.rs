//! build.rs's CSS minifier (build/css.rs): what it takes out of the widget's
//! stylesheet, and what it must leave as it is.

include!("../build/css.rs");

#[test]
fn comments_and_spare_whitespace_go() {
    let css = "/* a comment */\n.a  .b ,\n.c {\n  color: red;\n  margin: 0 1px;\n}\n";
    assert_eq!(minified(css), ".a .b,.c{color: red;margin: 0 1px}");
}

#[test]
fn strings_and_significant_spaces_stay() {
    let css = "a::after { content: \" ( /* not a comment */ ; \" attr(href) \")\"; }\n\
               @media (max-width: 600px) { :host([compact]) .x { width: calc(1px + 2px); } }";
    assert_eq!(
        minified(css),
        "a::after{content: \" ( /* not a comment */ ; \" attr(href) \")\"}\
         @media (max-width: 600px){:host([compact]) .x{width: calc(1px + 2px)}}"
    );
}

#[test]
fn escaped_quotes_do_not_end_a_string() {
    assert_eq!(
        minified("a { content: 'it\\'s  ;'; }"),
        "a{content: 'it\\'s  ;'}"
    );
}
