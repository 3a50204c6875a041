// evaluate() through the real JavaScript boundary: the wasm package built by
// scripts/build, loaded in Node 20 with no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = new URL('../../pkg/', import.meta.url);
const { initSync, evaluate } = await import(new URL('hsm_salary_check.js', pkg));
initSync({ module: readFileSync(fileURLToPath(new URL('hsm_salary_check_bg.wasm', pkg))) });

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

const person = (over = {}) => ({
  applicationDate: '2026-03-15',
  birthDate: '1990-01-01',
  salary: { amount: '6000', period: 'month', holidayAllowanceIncluded: false },
  ...over,
});

test('the answer is a plain object with money as strings and dates as ISO strings', () => {
  const r = evaluate(person());
  assert.equal(Object.getPrototypeOf(r), Object.prototype);
  assert.equal(r.ok, true);
  assert.equal(r.band, 'thirtyPlus');
  assert.equal(r.threshold, '5942.00');
  assert.equal(r.monthlySalary, '6000.00');
  assert.equal(r.qualifies, true);
  assert.equal(r.margin, '58.00');
  assert.equal(r.published, true);
  assert.deepEqual(r.period, { from: '2026-01-01', to: '2026-12-31' });
  assert.equal(r.source, 'https://ind.nl/en/required-amounts-income-requirements');
  assert.equal(r.thirtyPercent.normKind, 'general');
  assert.equal(r.thirtyPercent.norm, '48013.00');
  assert.equal(r.thirtyPercent.annualSalary, '77760.00');
  assert.equal(r.thirtyPercent.meetsNorm, true);
  assert.equal(r.thirtyPercent.percentage, 30);
  assert.ok(r.thirtyPercent.source.startsWith('https://www.belastingdienst.nl/'));
  assert.ok(Array.isArray(r.warnings));
});

test('every published year at its threshold and a cent below', () => {
  const years = { 2020: 4612, 2021: 4752, 2022: 4840, 2023: 5008, 2024: 5331, 2025: 5688, 2026: 5942 };
  for (const [year, euros] of Object.entries(years)) {
    for (const day of ['01-01', '12-31']) {
      const at = evaluate(person({ applicationDate: `${year}-${day}`, salary: { amount: euros, period: 'month' } }));
      assert.equal(at.threshold, `${euros}.00`, `${year}-${day}`);
      assert.equal(at.qualifies, true);
      const below = evaluate(person({ applicationDate: `${year}-${day}`, salary: { amount: euros - 0.01, period: 'month' } }));
      assert.equal(below.qualifies, false, `${year}-${day} one cent below`);
      assert.equal(below.margin, '-0.01');
    }
  }
});

test('77008.32 a year including holiday allowance is exactly 5942.00 a month', () => {
  const r = evaluate(person({ salary: { amount: '77.008,32', period: 'year', holidayAllowanceIncluded: true } }));
  assert.equal(r.monthlySalary, '5942.00');
  assert.equal(r.margin, '0.00');
  assert.equal(r.qualifies, true);
});

test('missing values are null, not undefined', () => {
  const r = evaluate(person({ role: 'researcher' }));
  assert.equal(r.band, 'exempt');
  assert.equal(r.threshold, null);
  assert.equal(r.margin, null);
  assert.equal(r.thirtyPercent.norm, null);
  assert.equal(r.thirtyPercent.normKind, 'none');
});

test('past the last period: latest amounts, unpublished, null verdicts, a warning', () => {
  const r = evaluate(person({ applicationDate: '2027-02-01' }));
  assert.equal(r.published, false);
  assert.equal(r.qualifies, null);
  assert.equal(r.thirtyPercent.meetsNorm, null);
  assert.ok(r.warnings.some((w) => w.code === 'unpublishedPeriod' && w.message.includes('2026')));
});

test('bad input never throws and names the field', () => {
  const cases = [
    [null, 'input'],
    [undefined, 'input'],
    ['2026-03-15', 'input'],
    [42, 'input'],
    [() => 1, 'input'],
    [person({ salary: { amount: NaN, period: 'month' } }), 'salary.amount'],
    [person({ salary: { amount: Infinity, period: 'month' } }), 'salary.amount'],
    [person({ salary: { amount: 5e20, period: 'month' } }), 'salary.amount'],
    [person({ salary: { amount: 'five thousand', period: 'month' } }), 'salary.amount'],
    [person({ applicationDate: '2026-02-30' }), 'applicationDate'],
    [person({ applicationDate: new Date() }), 'applicationDate'],
    [person({ birthDate: '2027-01-01' }), 'birthDate'],
    [person({ birthDate: undefined, age: 12 }), 'age'],
    [person({ degree: 'master', degreeFrom: 'netherlands', graduationDate: '2026-06-30' }), 'graduationDate'],
    [person({ degree: 'diploma' }), 'degree'],
    [person({ role: 'manager' }), 'role'],
    [person({ salary: { amount: 5000, period: 'fortnight' } }), 'salary.period'],
    [person({ applicationDate: 10n }), 'applicationDate'],
    [person({ applicationDate: Symbol('x') }), 'applicationDate'],
    [person({ applicationDate: 2n ** 70n }), 'applicationDate'],
    [person({ salary: { get amount() { throw new Error('getter'); }, period: 'month' } }), 'salary.amount'],
    [person({ salary: new Proxy({}, { ownKeys() { throw new Error('trap'); } }) }), 'salary'],
    [new Proxy({}, { ownKeys() { throw new Error('trap'); } }), 'input'],
    // Only plain objects are read: a Map's entries are not its fields.
    [person({ salary: new Map([['amount', 5000], ['period', 'month']]) }), 'salary.amount'],
    [revoked(), 'input'],
    [person({ salary: revoked() }), 'salary'],
    [person({ salary: new Proxy({ amount: 1, period: 'month' }, { get() { throw new Error('get'); } }) }), 'salary.amount'],
    [person({ salary: new Proxy({ amount: 1 }, { getOwnPropertyDescriptor() { throw new Error('gopd'); } }) }), 'salary'],
  ];
  for (const [input, field] of cases) {
    let r;
    assert.doesNotThrow(() => { r = evaluate(input); }, String(field));
    assert.equal(r.ok, false, JSON.stringify(r));
    assert.ok(r.errors.some((e) => e.field === field && e.code && e.message.length > 10),
      `${field}: ${JSON.stringify(r.errors)}`);
  }
});

test('a cyclic object does not hang or throw', () => {
  const input = person();
  input.salary.self = input.salary;
  input.self = input;
  const r = evaluate(input);
  assert.equal(r.ok, true);
});

test('a wide cyclic object is read in bounded time', () => {
  // 1,000 keys that all point back: read naively, 10^9 reads.
  const input = person();
  for (let i = 0; i < 1000; i++) input[`k${i}`] = input;
  const started = performance.now();
  const r = evaluate(input);
  assert.equal(r.ok, true);
  assert.ok(performance.now() - started < 1000, 'took over a second');
});

test('the package needs no window at start-up', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
});

test('null and undefined are absent, as if not given', () => {
  const given = evaluate(person({ age: 36, situation: null, degree: undefined, role: null }));
  const absent = evaluate(person({ age: 36 }));
  assert.equal(given.ok, true, JSON.stringify(given));
  assert.deepEqual(given, absent);
  const salary = evaluate(person({ salary: { amount: '6000', period: 'month', holidayAllowanceIncluded: null } }));
  assert.equal(salary.monthlySalary, '6000.00');
  // Without a date of birth the age is what counts.
  const noBirth = evaluate(person({ birthDate: undefined, age: 29 }));
  assert.equal(noBirth.band, 'underThirty');
});

test('what is nested deeper than three levels is not read and costs none of the 256 fields', () => {
  // 300 keys on the fourth level, ahead of the answers: skipped, so the
  // answers after them are still read.
  const wide = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i]));
  const r = evaluate({ pad: { a: { b: wide } }, ...person() });
  assert.equal(r.ok, true, JSON.stringify(r));
  assert.equal(r.band, 'thirtyPlus');
});

test('keys the request does not have are not read, nor cost their nested fields', () => {
  let reads = 0;
  const input = person({ pad: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i])) });
  Object.defineProperty(input, 'spy', { enumerable: true, get: () => { reads += 1; throw new Error('read'); } });
  const r = evaluate(input);
  assert.equal(reads, 0);
  assert.equal(r.ok, true, JSON.stringify(r));
  assert.deepEqual(r, evaluate(person()));
  // A request key is still read through its getter, and its throw is its own error.
  const throwing = person();
  Object.defineProperty(throwing, 'birthDate', { enumerable: true, get: () => { throw new Error('no'); } });
  const t = evaluate(throwing);
  assert.equal(t.ok, false);
  assert.deepEqual(t.errors.map((e) => e.field), ['birthDate']);
});
