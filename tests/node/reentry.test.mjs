// evaluate() keeps state between calls (the names and shapes it has sent to
// src/api/tape.js, the room its input is packed in) and packs its input with
// a budget of fields. None may leak from one call into another: not when a call runs out of stack part
// way (the first calls here, so nothing is known yet), and not when a getter
// of the input calls evaluate() itself. Each file runs in a process of its
// own, so these are the first calls of both builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('tests/snapshots/evaluate.json', root), 'utf8'));
const pkg = new URL('pkg/', root);
const widget = await import(new URL('hsm_salary_check.js', pkg));
widget.initSync({ module: readFileSync(fileURLToPath(new URL('hsm_salary_check_bg.wasm', pkg))) });
const core = await import(new URL('pkg/core/node.js', root));
const builds = [['pkg', widget.evaluate], ['pkg/core', core.evaluate]];
const answered = cases.find((c) => c.answer.ok === true);

// The answered input with its salary behind a getter that runs `first`; the
// getter comes first, so every field after it is read once it has run.
function salaryAfter(first) {
  const { salary, ...rest } = answered.input;
  const input = {};
  Object.defineProperty(input, 'salary', {
    enumerable: true,
    get() {
      first();
      return salary;
    },
  });
  return Object.assign(input, rest);
}

// Calls evaluate at every depth near the end of the stack, where it throws
// or fails somewhere in the middle; returns how many calls threw.
function atTheEdge(evaluate, input) {
  let threw = 0;
  const down = (depth) => {
    try {
      return down(depth + 1);
    } catch {
      try {
        evaluate(input);
      } catch {
        threw += 1;
      }
      return depth;
    }
  };
  for (let i = 0; i < 50; i++) down(0);
  return threw;
}

for (const [name, evaluate] of builds) {
  test(`${name}: calls that ran out of stack leave later answers whole`, () => {
    atTheEdge(evaluate, answered.input);
    for (const { input, answer } of cases) {
      assert.deepStrictEqual(evaluate(input), answer, JSON.stringify(input));
    }
  });

  test(`${name}: a getter that calls evaluate() does not spend the caller's fields`, () => {
    const wide = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i]));
    let inner;
    assert.deepStrictEqual(evaluate(salaryAfter(() => { inner = evaluate(wide); })), answered.answer);
    assert.equal(inner.ok, false);
  });

  test(`${name}: an input larger than the room it is packed in is read whole`, () => {
    // Dates are read trimmed: padded with spaces (ASCII, a byte each) or
    // ideographic spaces (the text then goes as UTF-16, two bytes a unit),
    // they pack to more than the first room, part way through a text or
    // before it.
    const date = answered.input.applicationDate;
    for (const pad of [' '.repeat(3000), '\u3000'.repeat(1000), '\u3000'.repeat(340), ' '.repeat(1013)]) {
      const input = { ...answered.input, applicationDate: pad + date + pad };
      assert.deepStrictEqual(evaluate(input), answered.answer, `${pad.length} × U+${pad.codePointAt(0).toString(16)}`);
    }
    // A lone surrogate arrives as U+FFFD, in a text long or short.
    for (const length of [1, 2000]) {
      const r = evaluate({ ...answered.input, role: 'x'.repeat(length) + '\ud800' });
      assert.deepStrictEqual(r.errors.map((e) => [e.field, e.code]), [['role', 'unknownValue']]);
    }
  });

  test(`${name}: a getter whose evaluate() grows the memory leaves the caller's input whole`, () => {
    let inner;
    // Megabytes to pack: the wasm's memory grows, and the view the caller's
    // packing writes through is left empty.
    const grow = () => { inner = evaluate({ ...answered.input, role: 'y'.repeat(4_000_000) }); };
    assert.deepStrictEqual(evaluate(salaryAfter(grow)), answered.answer);
    assert.deepStrictEqual(inner.errors.map((e) => e.field), ['role']);
  });
}
