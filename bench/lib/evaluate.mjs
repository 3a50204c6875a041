// evaluate() in Node: the baseline's answers checked against the widget's, and
// calls per second of each. What a Node backend runs is hsm-salary-check/core
// (the `node` condition: pkg/core/, built for speed); the widget package's own
// evaluate (pkg/, built for size, what a page with the widget calls) is
// measured beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync, evaluate as widgetEvaluate } from '../../pkg/hsm_salary_check.js';
import { evaluate as wasmEvaluate } from '../../pkg/core/node.js';
import { evaluate as baselineEvaluate } from '../baseline/baseline.js';
import { ROOT, THROUGHPUT_MS, log, int } from './common.mjs';

// The golden table (tests/snapshots/evaluate.json, every input the table tests
// ask for) holds years, situations and Blue Card questions the baseline does
// not know: the mix is its inputs that both answer alike, or both reject.
function goldenMix() {
  const cases = JSON.parse(readFileSync(join(ROOT, 'tests/snapshots/evaluate.json'), 'utf8'));
  const mix = { answered: [], rejected: [] };
  for (const { input } of cases) {
    let b;
    try { b = baselineEvaluate(input); } catch { continue; } // the baseline assumes an object
    const w = wasmEvaluate(input);
    if (w.ok && b.ok && fields(w) === fields(b)) mix.answered.push(input);
    else if (!w.ok && !b.ok) mix.rejected.push(input);
  }
  return { inputs: [...mix.answered, ...mix.rejected], answered: mix.answered.length,
    rejected: mix.rejected.length, of: cases.length };
}

// The baseline must give the widget's answers, or the comparison is unfair.
const fields = (r) => r.ok && [r.band, r.threshold, r.monthlySalary, r.qualifies, r.margin,
  r.thirtyPercent.normKind, r.thirtyPercent.norm, r.thirtyPercent.annualSalary, r.thirtyPercent.taxableSalary,
  r.thirtyPercent.meetsNorm].join('|');

function crossCheck() {
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

// Calls per second over the mix, each input in turn.
function callsPerSecond(fn, inputs) {
  let sink;
  let answers = 0;
  const spin = (ms) => {
    let n = 0;
    const t0 = performance.now();
    do {
      for (const input of inputs) sink = fn(input);
      n += inputs.length;
    } while (performance.now() - t0 < ms);
    return n / ((performance.now() - t0) / 1000);
  };
  spin(500); // warm-up: let V8 optimise the JS on both sides
  const rate = spin(THROUGHPUT_MS);
  for (const input of inputs) answers += fn(input).ok ? 1 : 0;
  if (!sink || answers === 0) throw new Error('evaluate() gave no answer: ' + JSON.stringify(sink));
  return rate;
}

export function evaluateInNode() {
  console.error('==> evaluate() in Node');
  initSync({ module: readFileSync(join(ROOT, 'pkg/hsm_salary_check_bg.wasm')) });
  const check = crossCheck();
  log(`baseline agrees with the widget on ${check.same} inputs, differs on ${check.differ},` +
    ` both reject ${check.rejected}`);
  if (check.first) log('first difference:', JSON.stringify(check.first));
  const mix = goldenMix();
  log(`golden mix: ${mix.answered} answered alike and ${mix.rejected} rejected by both, of ${mix.of}`);
  const differs = mix.inputs.filter((input) =>
    JSON.stringify(widgetEvaluate(input)) !== JSON.stringify(wasmEvaluate(input)));
  if (differs.length) throw new Error('pkg/ and pkg/core/ answer differently: ' + JSON.stringify(differs[0]));
  const rate = { widget: callsPerSecond(wasmEvaluate, mix.inputs),
    baseline: callsPerSecond(baselineEvaluate, mix.inputs),
    widgetPackage: callsPerSecond(widgetEvaluate, mix.inputs) };
  log(`core ${int(rate.widget)}/s, baseline ${int(rate.baseline)}/s, widget package ${int(rate.widgetPackage)}/s`);
  const { inputs, ...counts } = mix;
  return { check, rate, mix: counts };
}
