// The tables of bench/results.md, in markdown, from what lib/sizes.mjs,
// lib/evaluate.mjs, lib/browser.mjs and lib/lighthouse.mjs measured.
import { RUNS, KEYS, TARGET, median, quantile, int, kb, kib, ms, ratio } from './common.mjs';
import { CATEGORIES } from './lighthouse.mjs';

const verdict = (ok) => (ok ? 'met' : '**not met**');
const loadTarget = (widget, baseline) => `≤ ${TARGET.load}×: ${verdict(widget / baseline <= TARGET.load)}`;
const keyTarget = (widget) => `≤ ${TARGET.keyMs} ms: ${verdict(widget <= TARGET.keyMs)}`;
const evaluateTarget = (widget, baseline) => `≤ ${TARGET.evaluate}×: ${verdict(widget / baseline <= TARGET.evaluate)}`;
const microseconds = (n) => n.toFixed(2) + ' µs';

// One table row; an empty cell is written `| |`.
const row = (...cells) => ['|', ...cells.flatMap((c) => (c === '' ? ['|'] : [c, '|']))].join(' ');

// A row comparing the widget with the baseline: both values, their ratio and the target, if any.
const versus = (label, [widget, baseline], show, target) =>
  row(label, show(widget), show(baseline), ratio(widget, baseline), target ? target(widget, baseline) : '');

export function sizeTable(size) {
  const rows = [
    ['`pkg/hsm_salary_check_bg.wasm`', size.wasm],
    ['`pkg/embed.js` (the element, with wasm-bindgen\'s glue inside)', size.embed],
    ['Widget CSS as compiled into the wasm (`build.rs`; not counted again)', size.css],
    ['**Widget total (wasm + `embed.js`)**', size.widget],
    ['`evaluate()` alone (`pkg/core/`: wasm, glue, `index.js`)', size.core],
    ...size.baseline.map(([f, s]) => [`\`bench/baseline/${f}\``, s]),
    ['**Baseline total (HTML + JS + CSS)**', size.baselineTotal],
    [`Standalone page as served (\`dist/\`: ${size.distFiles.join(', ')})`, size.dist],
  ];
  return [
    '| File | Raw | gzip -9 | brotli -q 11 |',
    '|---|---:|---:|---:|',
    ...rows.map(([name, s]) => row(name, int(s.raw), int(s.gzip), int(s.brotli))),
  ].join('\n');
}

// The vacancy page's ratio in each of the consecutive rounds (RUNS loads of
// each page per round, the pages taking turns), by one of the two times each
// load has (`shown` or `ready`), with the widget's lead in ms beside it
// (anything added to both pages alike pulls a ratio towards 1): the target
// holds only if the worst round meets it.
function vacancyRounds(rounds, time, label, verdictLabel) {
  const medians = rounds.map((r) => [median(r[time].vacancy), median(r[time].baseline)]);
  const ratios = medians.map(([v, b]) => v / b);
  const worst = Math.max(...ratios);
  const lead = (d) => `${d < 0 ? '−' : '+'}${Math.abs(d).toFixed(1)} ms`;
  const cells = medians.map(([v, b], i) => `${ratios[i].toFixed(2)}× (${lead(v - b)})`);
  return row(label, cells.join(', '), '', `worst ${worst.toFixed(2)}×`,
    `${verdictLabel}≤ ${TARGET.load}× in every round: ${verdict(worst <= TARGET.load)}`);
}

export function speedTable({ size, rate, loads, rounds, keys }) {
  const L = Object.fromEntries(Object.entries(loads).map(([name, l]) => [name, median(l.shown)]));
  const K = [median(keys.widget), median(keys.baseline)];
  const p90 = [quantile(keys.widget, 0.9), quantile(keys.baseline, 0.9)];
  const us = [1e6 / rate.widget, 1e6 / rate.baseline];
  return [
    '| Measure | Widget | Baseline | Widget ÷ baseline | Target |',
    '|---|---:|---:|---:|---|',
    versus(`Load to interactive, standalone page (median of ${RUNS})`,
      [L.standalone, L.baseline], ms, loadTarget),
    versus('Same, input dispatched in the page as soon as the field exists (no driver latency)',
      [L.standaloneSynthetic, L.baselineSynthetic], ms, loadTarget),
    versus('Same, timed when the answer is in the DOM, before it is painted (the measure until `5b177ba`)',
      [median(loads.standaloneSynthetic.ready), median(loads.baselineSynthetic.ready)], ms),
    row(`Load to "Meets the amount" on screen, \`examples/vacancy.html\` (median of ${RUNS})`,
      ms(L.vacancy), ms(L.baselineSynthetic) + ' ¹', // the same baseline figure as the row above
      ratio(L.vacancy, L.baselineSynthetic), loadTarget(L.vacancy, L.baselineSynthetic)),
    vacancyRounds(rounds, 'shown',
      `Same, in each of ${rounds.length} consecutive rounds of ${RUNS} loads each (median of each round)`, ''),
    vacancyRounds(rounds, 'ready',
      'Same rounds, timed when the answer is in the DOM (the widget\'s also laid out), before it is painted',
      'the measure until `5b177ba`, not the target\'s now: '),
    versus(`Keystroke to updated result, script time (median of ${KEYS})`, K, ms, keyTarget),
    versus('Keystroke to updated result, 90th percentile', p90, ms),
    versus('`evaluate()` in Node (`hsm-salary-check/core`), time per call (golden-table mix)', us, microseconds, evaluateTarget),
    versus('`evaluate()` in Node, calls per second', [rate.widget, rate.baseline], int),
    versus('Same mix, the widget package\'s own `evaluate` (`pkg/`, built for size)', [1e6 / rate.widgetPackage, us[1]], microseconds),
    row('Whole widget, brotli (wasm + `embed.js`)', `${kb(size.widget.brotli)} (${kib(size.widget.brotli)})`, '', '',
      `≤ ${kib(TARGET.brotli)}: ${verdict(size.widget.brotli <= TARGET.brotli)}`),
  ].join('\n');
}

const NAMES = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };
const seconds = (n) => (n / 1000).toFixed(2) + ' s';
const spread = ({ min, max }, show) => (min === max ? show(min) : `${show(min)} – ${show(max)}`);

// Lighthouse's four scores and its paint, blocking and shift metrics: median and range over the runs.
export function lighthouseTable(lh) {
  const score = (c) => row(`${NAMES[c]} score`, String(lh.scores[c].median), spread(lh.scores[c], String),
    `${TARGET.lighthouse}: ${verdict(lh.scores[c].median >= TARGET.lighthouse)}`);
  return [
    `| Lighthouse, mobile preset (median of ${lh.runs.length}) | Median | Range | Target |`,
    '|---|---:|---:|---|',
    ...CATEGORIES.map(score),
    row('First Contentful Paint', seconds(lh.fcp.median), spread(lh.fcp, seconds), ''),
    row('Largest Contentful Paint', seconds(lh.lcp.median), spread(lh.lcp, seconds),
      `≤ ${seconds(TARGET.lcpMs)}: ${verdict(lh.lcp.median <= TARGET.lcpMs)}`),
    row('Total Blocking Time', ms(lh.tbt.median), spread(lh.tbt, ms), ''),
    row('Cumulative Layout Shift', lh.cls.median.toFixed(3), spread(lh.cls, (n) => n.toFixed(3)), ''),
  ].join('\n');
}
