// The JavaScript half of evaluate()'s boundary (the wasm imports it; the
// build puts it inside the wasm-bindgen glue). `pack` reads the caller's
// input into one string for src/api/loose.rs, and `build` makes the answer
// object from the tape that src/api/tape.rs writes: two crossings a call,
// where reading field by field and JSON.parse took dozens and most of the time.

// As src/api/loose.rs: objects nested deeper than this are not read, and no
// more fields than this in all (a cyclic or very wide object stays cheap).
const MAX_DEPTH = 3;
const MAX_FIELDS = 256;

const float = new Float64Array(1);
const halves = new Uint32Array(float.buffer);
let budget = 0;

const hex = (word) => word.toString(16).padStart(8, '0');
const text = (s) => 's' + s.length + ':' + s;

/** The input as src/api/loose.rs reads it: the kinds of Loose, in one string. Never throws. */
export function pack(input) {
  budget = MAX_FIELDS;
  return packed(input, 0);
}

function packed(value, depth) {
  switch (typeof value) {
    case 'string':
      return text(value);
    case 'object':
      if (value === null) return 'n';
      if (depth >= MAX_DEPTH) return 'x';
      return object(value, depth);
    case 'boolean':
      return value ? 't' : 'f';
    case 'number':
      float[0] = value;
      return 'd' + hex(halves[1]) + hex(halves[0]);
    case 'bigint':
      return packed(Number(value), depth);
    case 'undefined':
      return 'n';
    default: // functions and symbols
      return 'x';
  }
}

// A proxy (revoked, or with throwing traps) or a throwing getter reads as
// 'x', the kind the request reader calls not valid, and the rest is read.
function object(value, depth) {
  let keys;
  try {
    if (Array.isArray(value)) return 'l';
    keys = Object.keys(value);
  } catch {
    return 'x';
  }
  let out = 'o';
  for (const key of keys) {
    if (budget === 0) break;
    budget -= 1;
    let field;
    try {
      field = value[key];
    } catch {
      out += text(key) + 'x';
      continue;
    }
    out += text(key) + packed(field, depth + 1);
  }
  return out + 'e';
}

// The tape's words (src/api/tape.rs): the kind in the low three bits, a number above.
const MARK = 0, SMALL = 1, LARGE = 2, NAME = 3, NEW_NAME = 4, TEXT = 5;
const NULL = 0, FALSE = 1, TRUE = 2, OBJECT = 3, LIST = 4;
const END_WORD = (5 << 3) | MARK;

// Names (keys, codes, sources) by number, as the wasm sent them, once each.
const names = [];
let words = null;
let texts = '';
let w = 0;
let t = 0;

/** The answer that `words` and `texts` describe. */
export function build(tapeWords, tapeTexts) {
  words = tapeWords;
  texts = tapeTexts;
  w = 0;
  t = 0;
  const answer = value();
  words = null;
  texts = '';
  return answer;
}

function slice(length) {
  t += length;
  return texts.slice(t - length, t);
}

function value() {
  const word = words[w++];
  const n = word >>> 3;
  switch (word & 7) {
    case MARK:
      return n === NULL ? null : n === FALSE ? false : n === TRUE ? true : n === OBJECT ? fields() : n === LIST ? items() : undefined;
    case SMALL:
      return n;
    case LARGE:
      w += 2;
      return (words[w - 1] | 0) * 4294967296 + words[w - 2];
    case NAME:
      return names[n];
    case NEW_NAME:
      return (names[n] = slice(words[w++]));
    case TEXT:
      return slice(n);
  }
}

function fields() {
  const out = {};
  while (w < words.length && words[w] !== END_WORD) {
    const key = value();
    out[key] = value();
  }
  w += 1;
  return out;
}

function items() {
  const out = [];
  while (w < words.length && words[w] !== END_WORD) out.push(value());
  w += 1;
  return out;
}
