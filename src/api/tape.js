// The JavaScript half of evaluate()'s boundary (the wasm imports it; the
// build puts it inside the wasm-bindgen glue). `pack` reads the caller's
// input into one string for src/api/loose.rs, and `build` makes the answer
// object from the tape that src/api/tape.rs writes: two crossings a call,
// where reading field by field and JSON.parse took dozens and most of the time.

const float = new Float64Array(1);
const halves = new Uint32Array(float.buffer);
// src/api/loose.rs's bounds, passed in by the wasm: objects nested deeper
// than `maxDepth` are not read, nor more than `budget` fields in all (a
// cyclic or very wide object stays cheap).
let maxDepth = 0;
let budget = 0;

const hex = (word) => word.toString(16).padStart(8, '0');
const text = (s) => 's' + s.length + ':' + s;

// The request's keys (src/api/loose.rs `keys`), each to its letter: only
// these are read, and each goes as `k` and its letter. Sent by the wasm
// before its first `pack`.
let letters = { __proto__: null };

/** The keys `pack` reads: the first letter, then the keys, comma-separated. */
export function learnKeys(keys) {
  const [first, ...names] = keys.split(',');
  const base = first.charCodeAt(0);
  letters = { __proto__: null };
  names.forEach((key, n) => { letters[key] ??= 'k' + String.fromCharCode(base + n); });
}

/** The input as src/api/loose.rs reads it: the kinds of Loose, in one string. Never throws. */
export function pack(input, depth, fields) {
  // A getter may call evaluate() itself: its packing has a budget of its own.
  const outer = budget;
  maxDepth = depth;
  budget = fields;
  try {
    return packed(input, 0);
  } finally {
    budget = outer;
  }
}

function packed(value, depth) {
  switch (typeof value) {
    case 'string':
      return text(value);
    case 'object':
      if (value === null) return 'n';
      if (depth >= maxDepth) return 'x';
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
  // Keys the request does not have are not read: no answer depends on them.
  for (const key of keys) {
    if (budget === 0) break;
    budget -= 1;
    const letter = letters[key];
    if (letter === undefined) continue;
    let field;
    try {
      field = value[key];
    } catch {
      out += letter + 'x';
      continue;
    }
    out += letter + packed(field, depth + 1);
  }
  return out + 'e';
}

// The tape's words (src/api/tape.rs): the kind in the low three bits, a number above.
const MARK = 0, SMALL = 1, LARGE = 2, NAME = 3, NEW_NAME = 4, TEXT = 5, SHAPE = 6, NEW_SHAPE = 7;
const NULL = 0, FALSE = 1, TRUE = 2, OBJECT = 3, LIST = 4;
const END_WORD = (5 << 3) | MARK;
const SKIP_WORD = (6 << 3) | MARK;

// Names (keys, codes, sources) by number, as the wasm sent them, once each;
// and the structs' builders by shape number, made when a shape first comes.
const names = [];
const shapes = [];
let words = null;
let texts = '';
let w = 0;
let t = 0;

/** The answer that `words` and `texts` describe. */
/** `undefined` should building fail part way (the stack ran out, say): the
 * names and shapes of that tape are then not all known here, and the wasm
 * sends the answer again with everything in it (src/api/mod.rs). */
export function build(tapeWords, tapeTexts) {
  words = tapeWords;
  texts = tapeTexts;
  w = 0;
  t = 0;
  let answer;
  try {
    answer = value();
  } catch {
    answer = undefined;
  }
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
    case SHAPE:
      return shapes[n]();
    case NEW_SHAPE:
      return learn(n);
  }
}

// A struct whose keys come with it: read, and its shape's builder kept.
function learn(n) {
  const out = {};
  const keys = [];
  while (w < words.length && words[w] !== END_WORD) {
    const key = value();
    keys.push(key);
    if (words[w] === SKIP_WORD) w += 1;
    else out[key] = value();
  }
  w += 1;
  shapes[n] = LITERALS[keys.join()] ?? keyed(keys);
  return out;
}

// A shape with no literal below: its keys in turn.
const keyed = (keys) => () => {
  const out = {};
  for (const key of keys) {
    if (words[w] === SKIP_WORD) w += 1;
    else out[key] = value();
  }
  w += 1;
  return out;
};

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

// The answer's structs (src/api/response.rs, field.rs) as object literals,
// by their keys as the first struct of each shape sends them: V8 builds a
// literal in one step, where setting keys one by one from a list of shapes
// was a third of building the answer. A shape not here (a struct changed in
// Rust and not here) is built by \`keyed\`, slower but alike; tests/node
// holds every entry here to a shape the wasm sends.
const end = (out) => {
  w += 1;
  return out;
};
const optional = (out, key) => {
  if (words[w] === SKIP_WORD) w += 1;
  else out[key] = value();
  return out;
};
const v = value;
// literals: the widget's glue has none (see SHAPES in src/api/tape.rs)
export const LITERALS = {
  __proto__: null,
  'ok,errors': () => end({ ok: v(), errors: v() }),
  'field,code,message': () => end({ field: v(), code: v(), message: v() }),
  'from,to': () => end({ from: v(), to: v() }),
  'code,programme,situation,permitCriterion,age,graduationDate,lastDay': () =>
    end({ code: v(), programme: v(), situation: v(), permitCriterion: v(), age: v(), graduationDate: v(), lastDay: v() }),
  'reduced,underThirty,thirtyPlus': () => end({ reduced: v(), underThirty: v(), thirtyPlus: v() }),
  'normKind,norm,percentage,annualSalary,allowance,taxableSalary,meetsNorm,partialPossible,maxAllowance,salaryForFullAllowance,period,source':
    () => end({ normKind: v(), norm: v(), percentage: v(), annualSalary: v(), allowance: v(), taxableSalary: v(),
      meetsNorm: v(), partialPossible: v(), maxAllowance: v(), salaryForFullAllowance: v(), period: v(), source: v() }),
  'general,recentGraduates': () => end({ general: v(), recentGraduates: v() }),
  'code,message,months': () => end(optional({ code: v(), message: v() }, 'months')),
  'threshold,thresholds,reduced,qualifies,margin,published,period,source,conditionsSource,conditions': () =>
    end({ threshold: v(), thresholds: v(), reduced: v(), qualifies: v(), margin: v(), published: v(), period: v(),
      source: v(), conditionsSource: v(), conditions: v() }),
  'code,message,date,amount,published': () =>
    end(optional(optional(optional({ code: v(), message: v() }, 'date'), 'amount'), 'published')),
  'version,amountsChecked': () => end({ version: v(), amountsChecked: v() }),
  'ok,band,threshold,monthlySalary,qualifies,margin,published,period,source,reason,thresholds,thirtyPercent,blueCard,warnings,rules':
    () => end({ ok: v(), band: v(), threshold: v(), monthlySalary: v(), qualifies: v(), margin: v(), published: v(),
      period: v(), source: v(), reason: v(), thresholds: v(), thirtyPercent: v(), blueCard: v(), warnings: v(),
      rules: v() }),
};
// literals end
