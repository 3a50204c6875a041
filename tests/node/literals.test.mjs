// src/api/tape.js builds each struct of the answer with an object literal
// found by the struct's keys (tests/tape.rs holds the list of keys to the
// structs the wasm sends). Here each literal is held to its own keys: fed a
// tape of that shape, it makes an object with those keys, in that order,
// each with its own value, and leaves out a field the tape skips.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, LITERALS } from '../../src/api/tape.js';

const SMALL = 1, NEW_NAME = 4, SHAPE = 6, NEW_SHAPE = 7;
const END = (5 << 3) | 0, SKIP = (6 << 3) | 0;
const word = (tag, n) => tag | (n << 3);

test('every literal makes its own keys, in order, each with its value', () => {
  let shape = 0;
  for (const signature of Object.keys(LITERALS)) {
    const keys = signature.split(',');
    // The first struct of the shape sends its keys: names 0.. on this module.
    const first = [word(NEW_SHAPE, shape)];
    keys.forEach((key, i) => first.push(word(NEW_NAME, 1000 * shape + i), key.length, word(SMALL, i)));
    first.push(END);
    const expected = Object.fromEntries(keys.map((key, i) => [key, i]));
    assert.deepStrictEqual(build(first, keys.join('')), expected);
    // Then the literal: values only, given other numbers to tell them apart.
    const again = [word(SHAPE, shape), ...keys.map((_, i) => word(SMALL, 100 + i)), END];
    const built = build(again, '');
    assert.deepStrictEqual(Object.keys(built), keys, signature);
    assert.deepStrictEqual(Object.values(built), keys.map((_, i) => 100 + i), signature);
    shape += 1;
  }
});

test('a literal leaves out what the tape skips, and only where its struct may', () => {
  for (const [signature, optional] of [['code,message,date,amount,published', ['date', 'amount', 'published']],
    ['code,message,months', ['months']]]) {
    assert.ok(signature in LITERALS);
    const keys = signature.split(',');
    const shape = 500 + keys.length;
    const first = [word(NEW_SHAPE, shape)];
    keys.forEach((key, i) => first.push(word(NEW_NAME, 2000 + 10 * keys.length + i), key.length, SKIP));
    first.push(END);
    assert.deepStrictEqual(build(first, keys.join('')), {});
    for (const left of optional) {
      const tape = [word(SHAPE, shape), ...keys.map((key, i) => (key === left ? SKIP : word(SMALL, i))), END];
      const expected = Object.fromEntries(keys.flatMap((key, i) => (key === left ? [] : [[key, i]])));
      assert.deepStrictEqual(build(tape, ''), expected, `${signature} without ${left}`);
    }
  }
});
