// Every recorded answer (tests/snapshots/evaluate.json, which tests/snapshot.rs
// holds the native build to) through the shipped JavaScript boundary of both
// builds: the widget's package (pkg/) and hsm-salary-check/core (pkg/core/,
// built for speed). The boundary packs the input into a string and builds the
// answer from a tape (src/api/tape.js), so this is where a slip in either
// half would change an answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('tests/snapshots/evaluate.json', root), 'utf8'));

async function widgetEvaluate() {
  const pkg = new URL('pkg/', root);
  const { initSync, evaluate } = await import(new URL('hsm_salary_check.js', pkg));
  initSync({ module: readFileSync(fileURLToPath(new URL('hsm_salary_check_bg.wasm', pkg))) });
  return evaluate;
}

async function coreEvaluate() {
  const { evaluate } = await import(new URL('pkg/core/node.js', root));
  return evaluate;
}

for (const [name, load] of [['pkg', widgetEvaluate], ['pkg/core', coreEvaluate]]) {
  test(`${name}: every recorded input gives its recorded answer`, async () => {
    const evaluate = await load();
    assert.ok(cases.length > 300, `the snapshot file holds ${cases.length} cases`);
    for (const { input, answer } of cases) {
      assert.deepStrictEqual(evaluate(input), answer, JSON.stringify(input));
    }
  });

  test(`${name}: the same input twice gives equal answers that share nothing`, async () => {
    const evaluate = await load();
    const input = cases.find((c) => c.answer.ok === true).input;
    const first = evaluate(input);
    const second = evaluate(input);
    assert.deepStrictEqual(first, second);
    assert.notEqual(first, second);
    assert.notEqual(first.warnings, second.warnings);
    first.warnings.push('changed');
    assert.deepStrictEqual(second, evaluate(input));
  });

  test(`${name}: text outside ASCII reaches the reader as it was given`, async () => {
    const evaluate = await load();
    const base = cases.find((c) => c.answer.ok === true).input;
    const withAmount = (amount) => evaluate({ ...base, salary: { amount, period: 'month' } });
    // The euro sign and the spaces of Dutch and French notation are read.
    for (const amount of ['€ 5942', '€5.942,00', '5\u00a0942', '5\u202f942,00', '€\u2009 5.942']) {
      assert.equal(withAmount(amount).monthlySalary, '5942.00', JSON.stringify(amount));
    }
    // Other text, lone surrogates included, is a clear error on its field,
    // and the next call is answered as before.
    for (const amount of ['５９４２', '5942 \u{1F600}', '59\uD80042', '\uDC00', '€\uD800']) {
      const answer = withAmount(amount);
      assert.equal(answer.ok, false, JSON.stringify(amount));
      assert.deepStrictEqual(answer.errors.map((e) => [e.field, e.code]), [['salary.amount', 'invalidNumber']]);
      assert.equal(withAmount('5942').monthlySalary, '5942.00');
    }
  });
}
