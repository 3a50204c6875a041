// evaluate() in Node: the baseline's answers checked against the widget's, and
// calls per second of each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync, evaluate as wasmEvaluate } from '../../pkg/hsm_salary_check.js';
import { evaluate as baselineEvaluate } from '../baseline/baseline.js';
import { ROOT, THROUGHPUT_MS, log, int } from './common.mjs';

const INPUT = { applicationDate: '2026-03-15', birthDate: '1990-01-01',
  salary: { amount: '6000', period: 'month', holidayAllowanceIncluded: false } };

// The baseline must give the widget's answers, or the comparison is unfair.
function crossCheck() {
  const fields = (r) => r.ok && [r.band, r.threshold, r.monthlySalary, r.qualifies, r.margin,
    r.thirtyPercent.normKind, r.thirtyPercent.norm, r.thirtyPercent.annualSalary, r.thirtyPercent.taxableSalary,
    r.thirtyPercent.meetsNorm].join('|');
  const degrees = [['none', ''], ['bachelor', 'netherlands'], ['bachelor', 'top200'], ['master', 'netherlands'],
    ['master', 'top200'], ['master', 'elsewhere'], ['phd', 'top200']];
  const salaries = [['3122', 'month', false], ['3121,99', 'month', false], ['4.357,00', 'month', true],
    ['5942', 'month', false], ['77.008,32', 'year', true], ['68590', 'year', false], ['52000', 'year', true]];
  let same = 0, differ = 0, rejected = 0, first = null;
  for (const applicationDate of ['2026-03-15', '2026-12-31'])
    for (const birthDate of ['1990-01-01', '1996-05-02', '1996-03-15', '2000-02-29'])
      for (const [degree, degreeFrom] of degrees)
        for (const graduationDate of ['2023-03-15', '2022-01-01'])
          for (const orientationYear of [false, true])
            for (const role of ['employee', 'researcher'])
              for (const [amount, period, holidayAllowanceIncluded] of salaries) {
                const input = { applicationDate, birthDate, degree, degreeFrom, graduationDate,
                  orientationYear, role, salary: { amount, period, holidayAllowanceIncluded } };
                const w = wasmEvaluate(input);
                const b = baselineEvaluate(input);
                if (!w.ok && !b.ok) rejected++;
                else if (fields(w) === fields(b)) same++;
                else { differ++; first ??= { input, wasm: fields(w), baseline: fields(b) }; }
              }
  return { same, differ, rejected, first };
}

function callsPerSecond(fn, input) {
  let sink;
  const spin = (ms) => {
    let n = 0;
    const t0 = performance.now();
    do {
      for (let i = 0; i < 100; i++) sink = fn(input);
      n += 100;
    } while (performance.now() - t0 < ms);
    return n / ((performance.now() - t0) / 1000);
  };
  spin(500); // warm-up: let V8 optimise the JS on both sides
  const rate = spin(THROUGHPUT_MS);
  if (!sink?.ok) throw new Error('evaluate() gave no answer: ' + JSON.stringify(sink));
  return rate;
}

export function evaluateInNode() {
  console.error('==> evaluate() in Node');
  initSync({ module: readFileSync(join(ROOT, 'pkg/hsm_salary_check_bg.wasm')) });
  const check = crossCheck();
  log(`baseline agrees with the widget on ${check.same} inputs, differs on ${check.differ},` +
    ` both reject ${check.rejected}`);
  if (check.first) log('first difference:', JSON.stringify(check.first));
  const rate = { widget: callsPerSecond(wasmEvaluate, INPUT),
    baseline: callsPerSecond(baselineEvaluate, INPUT) };
  log(`widget ${int(rate.widget)}/s, baseline ${int(rate.baseline)}/s`);
  return { check, rate };
}
