// Measures the built widget against the hand-written baseline in bench/baseline/
// and writes bench/results.md. Run through bench/run, which builds first.
//
// Every timing is also given as a ratio to the baseline measured in the same
// run: absolute times on a shared 2-core machine move with the load.
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { serve, launch } from '../tests/browser/harness.mjs';
import { initSync, evaluate as wasmEvaluate } from '../pkg/hsm_salary_check.js';
import { evaluate as baselineEvaluate } from './baseline/baseline.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BENCH = join(ROOT, 'bench');
const RUNS = Math.max(15, Number(process.env.BENCH_RUNS ?? 21)); // page loads per page
const KEYS = 200;
const WARM_KEYS = 20;
const THROUGHPUT_MS = 2000;
const TARGET = { brotli: 60_000, load: 1.3, keyMs: 1 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const log = (...a) => console.error('  ', ...a);

// ---------------------------------------------------------------- sizes

function sizeOf(path) {
  const file = join(ROOT, path);
  const run = (cmd, args) => execFileSync(cmd, [...args, file], { maxBuffer: 1 << 28 }).length;
  return { raw: statSync(file).size, gzip: run('gzip', ['-9', '-c']), brotli: run('brotli', ['-q', '11', '-c']) };
}
const sum = (rows) => rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });

function sizes() {
  const wasm = sizeOf('pkg/hsm_salary_check_bg.wasm');
  const glue = sizeOf('pkg/hsm_salary_check.js');
  const embed = sizeOf('pkg/embed.js');
  const js = sum([glue, embed]);
  const css = sizeOf('style/widget.css');
  const base = ['index.html', 'baseline.js', 'baseline.css'].map((f) => [f, sizeOf(`bench/baseline/${f}`)]);
  // What the standalone page actually downloads (Trunk's hashed copies).
  const distIndex = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  const distFiles = ['index.html', ...[...distIndex.matchAll(/(?:href|src|from)\s*=?\s*['"]?\/?([\w.-]+\.(?:js|wasm|css))(?=['"\s>])/g)]
    .map((m) => m[1])].filter((f, i, a) => a.indexOf(f) === i && existsSync(join(ROOT, 'dist', f)));
  const dist = sum(distFiles.map((f) => sizeOf(`dist/${f}`)));
  const widget = sum([wasm, js]);
  // The same code, unless src/ changed between the two builds; Trunk only
  // spells the import module with '-' where wasm-bindgen has '_'.
  const distWasm = distFiles.find((f) => f.endsWith('.wasm'));
  const bytes = (f) => readFileSync(join(ROOT, f)).map((b) => (b === 0x2d ? 0x5f : b));
  const sameWasm = distWasm && Buffer.compare(bytes(`dist/${distWasm}`), bytes('pkg/hsm_salary_check_bg.wasm')) === 0;
  return {
    widget,
    sameWasm,
    rows: [
      ['`pkg/hsm_salary_check_bg.wasm`', wasm],
      ['`pkg/hsm_salary_check.js`', glue],
      ['`pkg/embed.js`', embed],
      ['JS glue (`hsm_salary_check.js` + `embed.js`)', js],
      ['`style/widget.css` (included in wasm, not counted again)', css],
      ['**Widget total (wasm + JS glue)**', widget],
      ...base.map(([f, s]) => [`\`bench/baseline/${f}\``, s]),
      ['**Baseline total (HTML + JS + CSS)**', sum(base.map(([, s]) => s))],
      [`Standalone page as served (\`dist/\`: ${distFiles.join(', ')})`, dist],
    ],
  };
}

// ---------------------------------------------------------------- evaluate() in Node

// The baseline must give the widget's answers, or the comparison is unfair.
function crossCheck() {
  const fields = (r) => r.ok && [r.band, r.threshold, r.monthlySalary, r.qualifies, r.margin, r.thirtyPercent.normKind,
    r.thirtyPercent.norm, r.thirtyPercent.annualSalary, r.thirtyPercent.taxableSalary, r.thirtyPercent.meetsNorm].join('|');
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
                const input = { applicationDate, birthDate, degree, degreeFrom, graduationDate, orientationYear, role,
                  salary: { amount, period, holidayAllowanceIncluded } };
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

// ---------------------------------------------------------------- browser

// Injected before any page script. Records performance.now() (milliseconds
// since navigation start) at the first DOM mutation after which the page shows
// what `mode` waits for. attachShadow is wrapped so mutations inside the
// widget's shadow root are seen too.
//   'keystroke': Playwright types "6" into the salary field; wait for the
//                result to stop asking for the salary.
//   'synthetic': the same, but this script sets the value and dispatches
//                `input` itself the moment the field exists: no driver latency.
//   'compact':   the first <hsm-salary-check> shows "Meets the amount".
function recorder(mode) {
  const roots = [document];
  let typed = false;
  let fieldFound;
  // Resolves when the salary field is in the DOM, so Playwright starts typing
  // then rather than after its own retry back-off.
  window.__field = new Promise((resolve) => { fieldFound = resolve; });
  addEventListener('keydown', () => { window.__keyAt ??= performance.now(); }, true);
  const salaryField = (root) => [...root.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Gross salary')?.control;
  const observer = new MutationObserver(() => {
    if (window.__ready !== undefined) return;
    const field = mode !== 'compact' && window.__fieldAt === undefined && roots.map(salaryField).find(Boolean);
    if (field) {
      window.__fieldAt = performance.now();
      fieldFound();
      if (mode === 'synthetic' && !typed) {
        typed = true;
        field.value = '6';
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    if (done()) window.__ready = performance.now();
  });
  const watch = (root) => observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root);
    watch(root);
    return root;
  };
  watch(document);
  const visible = (el) => el.checkVisibility() && el.getClientRects().length > 0;
  function done() {
    if (mode === 'compact') {
      const root = document.querySelector('hsm-salary-check')?.shadowRoot;
      if (!root?.textContent.includes('Meets the amount')) return false;
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walk.nextNode()) if (walk.currentNode.data.includes('Meets the amount')) return visible(walk.currentNode.parentElement);
      return false;
    }
    return roots.some((root) => {
      const result = root.querySelector('section.hsm-result, #result');
      return salaryField(root)?.value && result?.textContent.trim() && !/gross salary/i.test(result.textContent);
    });
  }
}

async function loadTime(browser, url, mode, problems) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(recorder, mode);
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.add(String(e)));
    await page.goto(url, { waitUntil: 'commit' });
    if (mode === 'keystroke') {
      await page.evaluate(() => window.__field);
      await page.getByLabel('Gross salary', { exact: true }).pressSequentially('6');
    }
    await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30_000 });
    return await page.evaluate(() => ({ ready: window.__ready, field: window.__fieldAt, key: window.__keyAt }));
  } finally {
    await context.close();
  }
}

// In the page: script time from dispatching `input` on the salary field to the
// last DOM mutation of the result it causes (Leptos applies its updates in
// microtasks, so the DOM is settled when a message-channel task runs).
async function keystrokes({ keys, warm }) {
  if (!crossOriginIsolated) throw new Error('not cross-origin isolated: performance.now() is too coarse');
  const root = document.querySelector('#hsm-salary-check')?.shadowRoot ?? document;
  const input = [...root.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Gross salary').control;
  const result = root.querySelector('section.hsm-result, #result');
  const nextTask = () => new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = resolve;
    port2.postMessage(0);
  });
  const times = [];
  for (let i = 0; i < warm + keys; i++) {
    const before = result.textContent;
    let last = NaN;
    const observer = new MutationObserver(() => { last = performance.now(); });
    observer.observe(result, { subtree: true, childList: true, characterData: true, attributes: true });
    input.value = String(5000 + i * 7); // every value changes the answer
    const t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await nextTask();
    observer.disconnect();
    if (result.textContent === before || Number.isNaN(last)) throw new Error(`keystroke ${i}: the result did not change`);
    if (i >= warm) times.push(last - t0);
    // One keystroke a frame, as typing is: rendering stays outside the measured time.
    await new Promise(requestAnimationFrame);
  }
  return times;
}

async function keystrokeTimes(browser, url, problems) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.add(String(e)));
    await page.goto(url);
    await page.getByLabel('Date of birth', { exact: true }).fill('1990-01-01');
    await page.getByLabel('Gross salary', { exact: true }).fill('4000');
    return await page.evaluate(keystrokes, { keys: KEYS, warm: WARM_KEYS });
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- report

const int = (n) => Math.round(n).toLocaleString('en-US');
const kb = (n) => (n / 1000).toFixed(1) + ' KB';
const ms = (n) => (n < 10 ? n.toFixed(3) : n.toFixed(1)) + ' ms';
const ratio = (a, b) => (a / b).toFixed(2) + '×';
const verdict = (ok) => (ok ? 'met' : '**not met**');

function git(...args) {
  try { return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return ''; }
}

function writeResults(section) {
  const file = join(BENCH, 'results.md');
  const block = `<!-- bench:start -->\n${section}\n<!-- bench:end -->`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n\n';
  const start = text.indexOf('<!-- bench:start -->');
  const end = text.indexOf('<!-- bench:end -->');
  if (start >= 0 && end > start) text = text.slice(0, start) + block + text.slice(end + '<!-- bench:end -->'.length);
  else if (text.includes('\n## Fuzzing')) text = text.replace('\n## Fuzzing', `\n${block}\n\n## Fuzzing`);
  else text = text.replace(/\n*$/, '\n\n') + block + '\n';
  writeFileSync(file, text);
}

async function main() {
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  console.error('==> sizes');
  const size = sizes();
  if (!size.sameWasm) log('warning: dist/ and pkg/ hold different wasm (src/ changed during the build?)');

  console.error('==> evaluate() in Node');
  initSync({ module: readFileSync(join(ROOT, 'pkg/hsm_salary_check_bg.wasm')) });
  const check = crossCheck();
  log(`baseline agrees with the widget on ${check.same} inputs, differs on ${check.differ}, both reject ${check.rejected}`);
  if (check.first) log('first difference:', JSON.stringify(check.first));
  const input = { applicationDate: '2026-03-15', birthDate: '1990-01-01',
    salary: { amount: '6000', period: 'month', holidayAllowanceIncluded: false } };
  const rate = { widget: callsPerSecond(wasmEvaluate, input), baseline: callsPerSecond(baselineEvaluate, input) };
  log(`widget ${int(rate.widget)}/s, baseline ${int(rate.baseline)}/s`);

  const dist = await serve(join(ROOT, 'dist'));
  const base = await serve(join(BENCH, 'baseline'));
  // For the keystrokes only: cross-origin isolation gives performance.now() 5 µs
  // steps instead of 100 µs, but it also makes Chromium swap renderer processes
  // on navigation, which would add ~100 ms to the page loads.
  const isolated = () => ({ 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
  const distIsolated = await serve(join(ROOT, 'dist'), isolated);
  const baseIsolated = await serve(join(BENCH, 'baseline'), isolated);
  const browser = await launch();
  const problems = new Set();
  const pages = {
    standalone: [dist.url + '/', 'keystroke'],
    baseline: [base.url + '/', 'keystroke'],
    standaloneSynthetic: [dist.url + '/', 'synthetic'],
    baselineSynthetic: [base.url + '/', 'synthetic'],
    vacancy: [dist.url + '/examples/vacancy.html', 'compact'],
  };
  const loads = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  const fieldAt = {}; // when the salary field was in the DOM
  const keyAt = {}; // when Playwright's key reached the page
  let keys;
  let chromium;
  try {
    chromium = `Chromium ${browser.version()}`;
    console.error(`==> page loads: ${RUNS} runs of each page, interleaved, after one unmeasured round`);
    for (let run = 0; run <= RUNS; run++) {
      const names = Object.keys(pages);
      // Rotate the order so no page always runs first (or after the same one).
      for (const name of names.map((_, i) => names[(i + run) % names.length])) {
        const t = await loadTime(browser, ...pages[name], problems);
        if (run > 0) {
          loads[name].push(t.ready);
          (fieldAt[name] ??= []).push(t.field);
          if (t.key !== undefined) (keyAt[name] ??= []).push(t.key);
        }
      }
    }
    for (const [name, xs] of Object.entries(loads)) {
      const extra = (fieldAt[name]?.[0] !== undefined ? `, field in DOM ${ms(median(fieldAt[name]))}` : '') +
        (keyAt[name] ? `, key arrived ${ms(median(keyAt[name]))}` : '');
      log(`${name}: median ${ms(median(xs))} (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}${extra})`);
    }

    console.error(`==> keystrokes: ${KEYS} each after ${WARM_KEYS} unmeasured`);
    keys = { widget: await keystrokeTimes(browser, distIsolated.url + '/', problems),
      baseline: await keystrokeTimes(browser, baseIsolated.url + '/', problems) };
    for (const [name, xs] of Object.entries(keys)) log(`${name}: median ${ms(median(xs))}, p90 ${ms(quantile(xs, 0.9))}`);
  } finally {
    await browser.close();
    for (const server of [dist, base, distIsolated, baseIsolated]) await server.close();
  }

  // ------------------------------------------------------------ tables
  const L = Object.fromEntries(Object.entries(loads).map(([k, v]) => [k, median(v)]));
  const K = { widget: median(keys.widget), baseline: median(keys.baseline) };
  const us = { widget: 1e6 / rate.widget, baseline: 1e6 / rate.baseline };
  const dirty = git('status', '--porcelain') ? '+dirty' : '';
  const sizeTable = [
    '| File | Raw | gzip -9 | brotli -q 11 |',
    '|---|---:|---:|---:|',
    ...size.rows.map(([name, s]) => `| ${name} | ${int(s.raw)} | ${int(s.gzip)} | ${int(s.brotli)} |`),
  ].join('\n');
  const speedTable = [
    '| Measure | Widget | Baseline | Widget ÷ baseline | Target |',
    '|---|---:|---:|---:|---|',
    `| Load to interactive, standalone page (median of ${RUNS}) | ${ms(L.standalone)} | ${ms(L.baseline)} | ${ratio(L.standalone, L.baseline)} | ≤ ${TARGET.load}×: ${verdict(L.standalone / L.baseline <= TARGET.load)} |`,
    `| Same, input dispatched in the page as soon as the field exists (no driver latency) | ${ms(L.standaloneSynthetic)} | ${ms(L.baselineSynthetic)} | ${ratio(L.standaloneSynthetic, L.baselineSynthetic)} | ≤ ${TARGET.load}×: ${verdict(L.standaloneSynthetic / L.baselineSynthetic <= TARGET.load)} |`,
    `| Load to "Meets the amount", \`examples/vacancy.html\` (median of ${RUNS}) | ${ms(L.vacancy)} | ${ms(L.baselineSynthetic)} ¹ | ${ratio(L.vacancy, L.baselineSynthetic)} | ≤ ${TARGET.load}×: ${verdict(L.vacancy / L.baselineSynthetic <= TARGET.load)} |`,
    `| Keystroke to updated result, script time (median of ${KEYS}) | ${ms(K.widget)} | ${ms(K.baseline)} | ${ratio(K.widget, K.baseline)} | ≤ ${TARGET.keyMs} ms: ${verdict(K.widget <= TARGET.keyMs)} |`,
    `| Keystroke to updated result, 90th percentile | ${ms(quantile(keys.widget, 0.9))} | ${ms(quantile(keys.baseline, 0.9))} | ${ratio(quantile(keys.widget, 0.9), quantile(keys.baseline, 0.9))} | |`,
    `| \`evaluate()\` in Node, time per call | ${us.widget.toFixed(2)} µs | ${us.baseline.toFixed(2)} µs | ${ratio(us.widget, us.baseline)} | |`,
    `| \`evaluate()\` in Node, calls per second | ${int(rate.widget)} | ${int(rate.baseline)} | ${ratio(rate.widget, rate.baseline)} | |`,
    `| Whole widget, brotli (wasm + JS glue) | ${kb(size.widget.brotli)} | | | ≤ ${kb(TARGET.brotli)}: ${verdict(size.widget.brotli <= TARGET.brotli)} |`,
  ].join('\n');

  const section = `## Benchmark

Run \`bench/run\` to repeat. Measured ${execFileSync('date', ['-u'], { encoding: 'utf8' }).trim()},
commit \`${git('rev-parse', '--short', 'HEAD')}${dirty}\`, Node ${process.version}, ${chromium} (headless),
${cpus().length} CPUs, load average at start ${load}.

### Size (bytes)

Compressed sizes are per file, summed; KB = 1,000 bytes. The widget's CSS is
compiled into the wasm (\`include_str!\`), so it is listed but not added.

${sizeTable}
${size.sameWasm ? '' : '\n**Warning**: `dist/` and `pkg/` hold different wasm files this run (src/ changed\nbetween the two builds?); the page timings use `dist/`.\n'}
### Speed

${speedTable}

¹ The baseline's driver-free load-to-interactive, for scale: the vacancy page
has no input, so its widget is timed to its first answer instead.

The baseline agrees with the widget's \`evaluate()\` on ${check.same} of
${check.same + check.differ} inputs where either answers (${check.rejected} rejected by both).
${problems.size ? `\nPage errors seen: ${[...problems].map((p) => `\`${p}\``).join(', ')}.\n` : ''}
How it is measured:

- **Load to interactive**: each run is a fresh browser context (empty cache).
  An init script records \`performance.now()\` (ms since navigation start) at the
  first DOM mutation after which the salary field (found by its label "Gross
  salary") holds the keystroke Playwright typed into it as soon as it could,
  and the result (\`section.hsm-result\` in the shadow root, \`#result\` in the
  baseline) no longer asks for the gross salary. Playwright's round trips
  (finding the field, checking it is editable, the key press) add tens of
  milliseconds to both pages alike, which pulls that ratio towards 1; the
  second row has the init script itself set the value and dispatch \`input\` the
  moment the field is in the DOM (in the baseline, before its script has run:
  the script renders the answer for what is already typed). For the vacancy
  page: the first \`hsm-salary-check\` shows the visible text "Meets the
  amount". The pages are loaded in turn, the order rotating each round; one
  unmeasured round first. Medians for scale: the salary field was in the DOM
  at ${ms(median(fieldAt.standaloneSynthetic))} in the widget and ${ms(median(fieldAt.baselineSynthetic))} in the baseline
  (there it is in the HTML, ahead of its script); Playwright's key reached the
  page at ${ms(median(keyAt.standalone))} and ${ms(median(keyAt.baseline))}.
- **Keystroke to result**: in the standalone page and the baseline, date of
  birth 1990-01-01, then ${KEYS} salary values (after ${WARM_KEYS} unmeasured): set
  \`input.value\`, dispatch \`input\`, time to the last mutation of the result
  before the next task. One keystroke per animation frame; rendering is not
  counted. Served here with COOP/COEP headers, so the pages are cross-origin
  isolated and \`performance.now()\` counts in 5 µs steps, not 100 µs.
- **\`evaluate()\`**: wasm \`evaluate\` from \`pkg/\` against the baseline's pure
  \`evaluate\`, same input (2026-03-15, born 1990-01-01, €6,000 a month), 0.5 s
  warm-up, then ${THROUGHPUT_MS / 1000} s. The wasm answer has more in it
  (reasons, thresholds, warnings, sources).
- The baseline (\`bench/baseline/\`) is a plain form with the same questions and
  2026 amounts: no warnings, other years, age field, translations, share link
  or scale.`;

  console.log('\n' + section + '\n');
  writeResults(section);
  console.error('==> wrote bench/results.md');
}

await main();
