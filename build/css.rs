// The stylesheet's minifier: included by build.rs, which writes the widget's
// CSS with it, and by tests/css.rs, which holds it to what it must keep.

/// Next to these, whitespace means nothing in CSS.
fn tight(c: char) -> bool {
    matches!(c, '{' | '}' | ';' | ',')
}

/// `css` without comments, each run of whitespace one space, none next to
/// `{ } ; ,`, and no `;` before `}`. Strings are kept as they are.
fn minified(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for d in chars.by_ref() {
                    if last == '*' && d == '/' {
                        break;
                    }
                    last = d;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                push(&mut out, c, &mut space);
                while let Some(d) = chars.next() {
                    out.push(d);
                    if d == '\\' {
                        out.extend(chars.next());
                    } else if d == c {
                        break;
                    }
                }
            }
            c => push(&mut out, c, &mut space),
        }
    }
    out.trim_end().to_owned()
}

/// Pushes `c`, after the one space that stood before it if it is needed.
fn push(out: &mut String, c: char, space: &mut bool) {
    if c == '}' && out.ends_with(';') {
        out.pop();
    }
    if *space && !tight(c) && !out.is_empty() && !out.ends_with(tight) {
        out.push(' ');
    }
    *space = false;
    out.push(c);
}
