// The JavaScript half of evaluate()'s boundary (the wasm imports it; the
// build puts it inside the wasm-bindgen glue). `pack` writes the caller's
// input as bytes straight into the wasm's memory for src/api/loose.rs, and
// `build` makes the answer object from the tape that src/api/tape.rs writes:
// two crossings a call, where reading field by field and JSON.parse took
// dozens and most of the time.

const float = new Float64Array(1);
const floatBytes = new Uint8Array(float.buffer);
// src/api/loose.rs's bounds, passed in by the wasm: objects nested deeper
// than `maxDepth` are not read, nor more than `budget` fields in all (a
// cyclic or very wide object stays cheap).
let maxDepth = 0;
let budget = 0;
// Where `pack` writes: the wasm's room for it (`room`, a view of its
// memory, `capacity` bytes at `ptr`), and the next byte's place. Past the
// room's end nothing is written (a typed array ignores such writes) but
// `at` counts on: the wasm then makes the room that large and asks again.
let memory = null;
let room = new Uint8Array(0);
// The last room, kept for the next call: the wasm keeps its room too.
let view = room;
let roomPtr = 0;
let roomCapacity = 0;
let at = 0;

// Bytes of what `pack` writes (src/api/loose.rs `from_packed`).
const IN_NULL = 110, IN_TRUE = 116, IN_FALSE = 102, IN_NUMBER = 100, IN_TEXT = 115, IN_WIDE = 119;
const IN_LIST = 108, IN_OTHER = 120, IN_OBJECT = 111, IN_KEY = 107, IN_END = 101;

// The request's keys (src/api/loose.rs `keys`), each to its byte: only
// these are read, and each goes as IN_KEY and its byte. Sent by the wasm, with
// its memory, before its first `pack`.
let keyBytes = { __proto__: null };

/** The keys `pack` reads (the first key's letter, then the keys, comma-separated) and the wasm's memory. */
export function learnKeys(keys, wasmMemory) {
  const [first, ...names] = keys.split(',');
  const base = first.charCodeAt(0);
  keyBytes = { __proto__: null };
  names.forEach((key, n) => { keyBytes[key] ??= base + n; });
  memory = wasmMemory;
}

/**
 * Writes the input as src/api/loose.rs reads it, in the `capacity` bytes at
 * `ptr` of the wasm's memory; returns how many it took (more than
 * `capacity`: the wasm asks again with more room). Never throws but for
 * the stack running out.
 */
export function pack(input, depth, fields, ptr, capacity) {
  // A getter may call evaluate() itself: its packing has a room and a
  // budget of its own, and the caller's are as they were when it returns.
  const outerRoom = room;
  const outerPtr = roomPtr;
  const outerCapacity = roomCapacity;
  const outerAt = at;
  const outerBudget = budget;
  // A view whose memory grew is empty: it is made anew then too.
  if (view.byteOffset !== ptr || view.length !== capacity) view = new Uint8Array(memory.buffer, ptr, capacity);
  room = view;
  roomPtr = ptr;
  roomCapacity = capacity;
  at = 0;
  maxDepth = depth;
  budget = fields;
  try {
    write(input, 0);
    return at;
  } finally {
    room = outerRoom;
    roomPtr = outerPtr;
    roomCapacity = outerCapacity;
    at = outerAt;
    budget = outerBudget;
  }
}

// After a getter or a proxy's trap: should it have called evaluate(), whose
// memory grew, this view is left empty (what was written stays in the
// memory) and the room is seen anew.
function reattach() {
  if (room.length !== roomCapacity) room = new Uint8Array(memory.buffer, roomPtr, roomCapacity);
}

function write(value, depth) {
  switch (typeof value) {
    case 'string':
      return text(value);
    case 'object':
      if (value === null) room[at++] = IN_NULL;
      else if (depth >= maxDepth) room[at++] = IN_OTHER;
      else object(value, depth);
      return;
    case 'boolean':
      room[at++] = value ? IN_TRUE : IN_FALSE;
      return;
    case 'number':
      room[at++] = IN_NUMBER;
      float[0] = value;
      for (let i = 0; i < 8; i++) room[at++] = floatBytes[i];
      return;
    case 'bigint':
      return write(Number(value), depth);
    case 'undefined':
      room[at++] = IN_NULL;
      return;
    default: // functions and symbols
      room[at++] = IN_OTHER;
  }
}

// IN_TEXT, the length in four bytes (little-endian), and the text's bytes
// when it is ASCII, as most are; else IN_WIDE, the number of code points in
// four bytes, and each in three.
function text(s) {
  const start = at + 5;
  let length = 0;
  for (; length < s.length; length++) {
    const unit = s.charCodeAt(length);
    if (unit > 0x7f) break;
    room[start + length] = unit;
  }
  const ascii = length === s.length;
  let end = start + length;
  if (!ascii) {
    length = 0;
    for (let i = 0; i < s.length; i++, length++) {
      const point = s.codePointAt(i);
      if (point > 0xffff) i++;
      for (let b = 0; b < 3; b++) room[start + 3 * length + b] = (point >>> (8 * b)) & 0xff;
    }
    end = start + 3 * length;
  }
  room[at] = ascii ? IN_TEXT : IN_WIDE;
  for (let b = 0; b < 4; b++) room[at + 1 + b] = (length >>> (8 * b)) & 0xff;
  at = end;
}

// A proxy (revoked, or with throwing traps) or a throwing getter reads as
// IN_OTHER, the kind the request reader calls not valid, and the rest is read.
function object(value, depth) {
  let keys;
  try {
    if (Array.isArray(value)) {
      room[at++] = IN_LIST;
      return;
    }
    keys = Object.keys(value);
  } catch {
    room[at++] = IN_OTHER;
    return;
  } finally {
    reattach();
  }
  room[at++] = IN_OBJECT;
  // Keys the request does not have are not read: no answer depends on them.
  for (const key of keys) {
    if (budget === 0) break;
    budget -= 1;
    const byte = keyBytes[key];
    if (byte === undefined) continue;
    let field;
    try {
      field = value[key];
    } catch {
      room[at++] = IN_KEY;
      room[at++] = byte;
      room[at++] = IN_OTHER;
      continue;
    } finally {
      reattach();
    }
    room[at++] = IN_KEY;
    room[at++] = byte;
    write(field, depth + 1);
  }
  room[at++] = IN_END;
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
