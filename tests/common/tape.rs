//! The answer's tape read back as src/api/tape.js reads it, so that the
//! tests can hold it to what `serde_json` makes of the same value.
use hsm_salary_check::api::tape::{mark, tag, Tape};
use serde_json::{Map, Value};
use std::cell::RefCell;

thread_local! {
    // As tape.js keeps them: the names the wasm sent on this thread so far.
    static NAMES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    // And the structs' shapes (their keys) by number.
    static SHAPES: RefCell<Vec<Vec<String>>> = const { RefCell::new(Vec::new()) };
}

const SKIP_WORD: u32 = mark::SKIP << 3 | tag::MARK;

pub fn read(tape: &Tape) -> Value {
    let mut reader = Reader {
        words: tape.words.iter(),
        texts: tape.text.chars(),
    };
    let value = reader.value();
    assert!(reader.words.next().is_none(), "words left over");
    assert!(reader.texts.next().is_none(), "text left over");
    value
}

struct Reader<'a> {
    words: std::slice::Iter<'a, u32>,
    texts: std::str::Chars<'a>,
}

impl Reader<'_> {
    fn word(&mut self) -> u32 {
        *self.words.next().expect("a word")
    }

    /// `length` UTF-16 code units of text, as JavaScript's slice counts them.
    fn slice(&mut self, mut length: usize) -> String {
        let mut out = String::new();
        while length > 0 {
            let c = self.texts.next().expect("text");
            length -= c.len_utf16();
            out.push(c);
        }
        out
    }

    fn value(&mut self) -> Value {
        let word = self.word();
        let n = word >> 3;
        match word & 7 {
            tag::MARK => match n {
                mark::NULL => Value::Null,
                mark::FALSE => Value::Bool(false),
                mark::TRUE => Value::Bool(true),
                mark::OBJECT => self.fields(),
                mark::LIST => self.items(),
                other => panic!("mark {other} where a value belongs"),
            },
            tag::SMALL => Value::from(n),
            tag::LARGE => {
                let low = u64::from(self.word());
                let high = u64::from(self.word());
                Value::from((high << 32 | low) as i64)
            }
            tag::NAME => Value::String(NAMES.with(|names| names.borrow()[n as usize].clone())),
            tag::NEW_NAME => {
                let length = self.word() as usize;
                let name = self.slice(length);
                NAMES.with(|names| {
                    let mut names = names.borrow_mut();
                    let len = names.len().max(n as usize + 1);
                    names.resize(len, String::new());
                    names[n as usize] = name.clone();
                });
                Value::String(name)
            }
            tag::TEXT => Value::String(self.slice(n as usize)),
            tag::SHAPE => self.shaped(n as usize),
            tag::NEW_SHAPE => self.new_shape(n as usize),
            other => panic!("tag {other}"),
        }
    }

    fn at_end(&self) -> bool {
        self.words.as_slice().first() == Some(&(mark::END << 3 | tag::MARK))
    }

    fn fields(&mut self) -> Value {
        let mut out = Map::new();
        while !self.at_end() {
            let Value::String(key) = self.value() else {
                panic!("a key that is not a string")
            };
            let value = self.value();
            out.insert(key, value);
        }
        self.word();
        Value::Object(out)
    }

    /// A struct of a known shape: its values in its keys' order.
    fn shaped(&mut self, n: usize) -> Value {
        let keys = SHAPES.with(|shapes| shapes.borrow()[n].clone());
        let mut out = Map::new();
        for key in keys {
            if self.words.as_slice().first() == Some(&SKIP_WORD) {
                self.word();
                continue;
            }
            let value = self.value();
            out.insert(key, value);
        }
        assert!(self.at_end(), "a shaped struct with more values than keys");
        self.word();
        Value::Object(out)
    }

    /// A struct whose shape comes with it: keys and values, some left out.
    fn new_shape(&mut self, n: usize) -> Value {
        let mut out = Map::new();
        let mut keys = Vec::new();
        while !self.at_end() {
            let Value::String(key) = self.value() else {
                panic!("a key that is not a string")
            };
            keys.push(key.clone());
            if self.words.as_slice().first() == Some(&SKIP_WORD) {
                self.word();
                continue;
            }
            let value = self.value();
            out.insert(key, value);
        }
        self.word();
        SHAPES.with(|shapes| {
            let mut shapes = shapes.borrow_mut();
            let len = shapes.len().max(n + 1);
            shapes.resize(len, Vec::new());
            shapes[n] = keys;
        });
        Value::Object(out)
    }

    fn items(&mut self) -> Value {
        let mut out = Vec::new();
        while !self.at_end() {
            out.push(self.value());
        }
        self.word();
        Value::Array(out)
    }
}

/// The shapes (structs' keys) read on this thread so far.
pub fn shapes() -> Vec<Vec<String>> {
    SHAPES.with(|shapes| shapes.borrow().clone())
}
