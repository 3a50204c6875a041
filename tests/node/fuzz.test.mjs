// Random JavaScript values through the real evaluate(): the part of its path
// that the native cargo-fuzz target cannot reach (reading JavaScript values:
// proxies with throwing traps, revoked proxies, getters, symbols, BigInts,
// maps, typed arrays, cycles, prototypes). Seeded, so a
// failure repeats: FUZZ_SEED=… FUZZ_RUNS=… node --test tests/node/fuzz.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = new URL('../../pkg/', import.meta.url);
const { initSync, evaluate } = await import(new URL('hsm_salary_check.js', pkg));
initSync({ module: readFileSync(fileURLToPath(new URL('hsm_salary_check_bg.wasm', pkg))) });

const RUNS = Number(process.env.FUZZ_RUNS ?? 20000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

// mulberry32: small, seedable, good enough to pick shapes.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['applicationDate', 'birthDate', 'age', 'degree', 'degreeFrom', 'graduationDate',
  'orientationYear', 'role', 'salary', 'amount', 'period', 'holidayAllowanceIncluded', '__proto__', 'x'];
const STRINGS = ['', ' ', '2026-03-15', '1990-01-01', '2026-02-29', '2024-02-29', '1900-01-01', '2200-12-31',
  '6000', '5942', '5941.99', '4.356,99', '1e9', '-1', '0', 'NaN', 'Infinity', '12345678901234567890',
  '5942.001', 'month', 'year', 'master', 'bachelor', 'phd', 'none', 'netherlands', 'top200', 'elsewhere',
  'employee', 'researcher', 'doctorInTraining', 'true', 'false', '\u0000', '\ud800', '€ 6.000', '٦٠٠٠'];
const NUMBERS = [0, -0, 1, -1, 29, 30, 5942, 5941.99, 4356.999, 1e9, 5e20, NaN, Infinity, -Infinity,
  Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 2 ** 53 + 1];

// Own data property; `__proto__` is assigned instead, which sets the prototype
// where the value is an object (an inherited getter-only one refuses: fine).
function put(o, key, v) {
  if (key !== '__proto__') {
    Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true });
  } else {
    try { o[key] = v; } catch { /* kept as it was */ }
  }
}

// Objects that fight back: proxies with throwing traps, a revoked proxy,
// collections and typed arrays, and a wide object whose keys all point back.
function hostile(r, depth) {
  const target = { amount: '6000', period: 'month' };
  const trap = () => { throw new Error('trap'); };
  switch (Math.floor(r() * 8)) {
    case 0: return new Proxy(target, { ownKeys: trap });
    case 1: return new Proxy(target, { get: trap });
    case 2: return new Proxy(target, { getOwnPropertyDescriptor: trap });
    case 3: return new Proxy(target, { getPrototypeOf: trap, has: trap });
    case 4: { const { proxy, revoke } = Proxy.revocable(target, {}); revoke(); return proxy; }
    case 5: return new Map([['amount', value(r, depth + 1)], ['period', 'month']]);
    case 6: return new Uint8Array([1, 2, 3]);
    default: {
      const wide = {};
      for (let i = 0; i < 200; i++) wide[`k${i}`] = wide;
      return wide;
    }
  }
}

function value(r, depth) {
  const pick = (list) => list[Math.floor(r() * list.length)];
  const n = r();
  if (n < 0.3) return pick(STRINGS);
  if (n < 0.45) return pick(NUMBERS);
  if (n < 0.5) return r() < 0.5;
  if (n < 0.55) return r() < 0.5 ? null : undefined;
  if (n < 0.57) return Symbol('s');
  if (n < 0.59) return BigInt(Math.floor(r() * 1e6)) * (r() < 0.5 ? 1n : 10n ** 30n);
  if (n < 0.61) return () => 1;
  if (n < 0.63) return new Date(r() * 4e12);
  if (n < 0.66) return [value(r, depth + 1), value(r, depth + 1)];
  if (n < 0.68) return hostile(r, depth);
  if (depth > 4) return pick(STRINGS);
  const o = r() < 0.1 ? Object.create(null) : {};
  const count = Math.floor(r() * 8);
  for (let i = 0; i < count; i++) {
    const key = pick(KEYS);
    if (r() < 0.05) {
      Object.defineProperty(o, key, { enumerable: true, configurable: true, get() { throw new Error('get'); } });
    } else {
      put(o, key, value(r, depth + 1));
    }
  }
  if (r() < 0.05) put(o, 'self', o);
  return o;
}

// A valid request with up to three fields replaced, so the rules are reached.
function nearlyValid(r) {
  const base = {
    applicationDate: '2026-03-15',
    birthDate: '1990-01-01',
    degree: 'none',
    role: 'employee',
    salary: { amount: String(3000 + Math.floor(r() * 500000) / 100), period: 'month', holidayAllowanceIncluded: false },
  };
  const changes = Math.floor(r() * 4);
  for (let i = 0; i < changes; i++) {
    const key = KEYS[Math.floor(r() * KEYS.length)];
    const salary = base.salary;
    const target = r() < 0.4 && salary !== null && typeof salary === 'object' ? salary : base;
    try { put(target, key, value(r, 2)); } catch { /* a proxy or frozen object refused */ }
  }
  return base;
}

test(`${RUNS} random JavaScript values: evaluate() never throws and always answers in shape`, () => {
  const r = rng(SEED);
  let answered = 0;
  for (let i = 0; i < RUNS; i++) {
    const input = r() < 0.5 ? nearlyValid(r) : value(r, 0);
    let out;
    assert.doesNotThrow(() => { out = evaluate(input); }, `run ${i}`);
    assert.equal(typeof out.ok, 'boolean', `run ${i}`);
    if (out.ok) {
      answered++;
      assert.match(out.monthlySalary, /^\d+\.\d{2}$/, `run ${i}`);
      assert.ok([true, false, null].includes(out.qualifies), `run ${i}`);
    } else {
      assert.ok(out.errors.length > 0, `run ${i}`);
      for (const e of out.errors) {
        assert.ok(e.field && e.code && e.message.length > 10, `run ${i}: ${JSON.stringify(e)}`);
      }
    }
  }
  // The generator must also reach the rules, not only the readers' errors.
  assert.ok(answered > RUNS / 20, `only ${answered} of ${RUNS} random inputs were answered`);
  console.log(`fuzz: ${RUNS} runs, seed ${SEED}, ${answered} answered`);
});
