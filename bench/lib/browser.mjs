// In Chromium: page loads to the first answer, and keystroke to updated result,
// for the widget and the baseline. Every function running in the page
// (recorder, keystrokes) is sent there as source, so it must not use anything
// from this module.
import { join } from 'node:path';
import { serve, launch } from '../../tests/browser/harness.mjs';
import { ROOT, BENCH, RUNS, ROUNDS, KEYS, WARM_KEYS, log, median, quantile, ms } from './common.mjs';

const CONTEXT = { locale: 'en-US', viewport: { width: 1280, height: 900 } };
// What the recorder logs once it has recorded the page as ready. The bench
// waits for this message rather than with page.waitForFunction, which would
// put Playwright's own script into the page while it loads (a 15-18 ms task,
// traced, landing at a different moment in each load) and then poll on every
// animation frame: work that neither page does for a visitor.
const READY = 'hsm-bench:ready';

// Injected before any page script. Records performance.now() (milliseconds
// since navigation start) at the first DOM mutation after which the page shows
// what `mode` waits for (`__ready`: in the DOM; in 'compact' mode also laid
// out, by the visibility check), and when the main thread has rendered the
// frame that paints it (`__shown`: a user-blocking task posted from the next
// animation frame's callbacks, which runs as soon as that frame's rendering
// is done, ahead of tasks of normal priority; the raster and display that
// follow are not counted).
// attachShadow is wrapped so mutations inside the widget's shadow root are
// seen too.
//   'keystroke': Playwright types "6" into the salary field; wait for the
//                result to stop asking for the salary.
//   'synthetic': the same, but this script sets the value and dispatches
//                `input` itself the moment the field exists: no driver latency.
//   'compact':   the first <hsm-salary-check> shows "Meets the amount".
function recorder({ mode, signal }) {
  const roots = [document];
  let typed = false;
  let fieldFound;
  // Resolves when the salary field is in the DOM, so Playwright starts typing
  // then rather than after its own retry back-off.
  window.__field = new Promise((resolve) => { fieldFound = resolve; });
  addEventListener('keydown', () => { window.__keyAt ??= performance.now(); }, true);
  const salaryField = (root) =>
    [...root.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Gross salary')?.control;
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
    if (done()) {
      window.__ready = performance.now();
      requestAnimationFrame(() => scheduler.postTask(() => {
        window.__shown = performance.now();
        console.debug(signal);
      }, { priority: 'user-blocking' }));
    }
  });
  const watch = (root) =>
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
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
      while (walk.nextNode()) {
        if (walk.currentNode.data.includes('Meets the amount')) return visible(walk.currentNode.parentElement);
      }
      return false;
    }
    return roots.some((root) => {
      const result = root.querySelector('section.hsm-result, #result');
      return salaryField(root)?.value && result?.textContent.trim() &&
        !/gross salary/i.test(result.textContent);
    });
  }
}

export async function loadTime(browser, url, mode, problems) {
  const context = await browser.newContext(CONTEXT);
  try {
    await context.addInitScript(recorder, { mode, signal: READY });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.add(String(e)));
    const ready = page.waitForEvent('console', { predicate: (m) => m.text() === READY, timeout: 30_000 });
    ready.catch(() => {}); // awaited below; a failed goto must not leave it unhandled
    await page.goto(url, { waitUntil: 'commit' });
    if (mode === 'keystroke') {
      await page.evaluate(() => window.__field);
      await page.getByLabel('Gross salary', { exact: true }).pressSequentially('6');
    }
    await ready;
    return await page.evaluate(() =>
      ({ ready: window.__ready, shown: window.__shown, field: window.__fieldAt, key: window.__keyAt }));
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
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Gross salary');
  const input = label.control;
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
    if (result.textContent === before || Number.isNaN(last)) {
      throw new Error(`keystroke ${i}: the result did not change`);
    }
    if (i >= warm) times.push(last - t0);
    // One keystroke a frame, as typing is: rendering stays outside the measured time.
    await new Promise(requestAnimationFrame);
  }
  return times;
}

export async function keystrokeTimes(browser, url, problems) {
  const context = await browser.newContext(CONTEXT);
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

async function pageLoads(browser, pages, problems) {
  const names = Object.keys(pages);
  const loads = Object.fromEntries(names.map((name) => [name, { shown: [], ready: [], field: [], key: [] }]));
  console.error(`==> page loads: ${RUNS} runs of each page, interleaved, after one unmeasured round`);
  for (let run = 0; run <= RUNS; run++) {
    // Rotate the order so no page always runs first (or after the same one).
    for (const name of names.map((_, i) => names[(i + run) % names.length])) {
      const t = await loadTime(browser, ...pages[name], problems);
      if (run === 0) continue;
      loads[name].shown.push(t.shown);
      loads[name].ready.push(t.ready);
      loads[name].field.push(t.field); // when the salary field was in the DOM
      if (t.key !== undefined) loads[name].key.push(t.key); // when Playwright's key reached the page
    }
  }
  for (const [name, { shown, ready, field, key }] of Object.entries(loads)) {
    const extra = (field[0] !== undefined ? `, field in DOM ${ms(median(field))}` : '') +
      (key.length ? `, key arrived ${ms(median(key))}` : '');
    const range = `min ${ms(Math.min(...shown))}, max ${ms(Math.max(...shown))}`;
    log(`${name}: on screen, median ${ms(median(shown))} (${range}; in the DOM ${ms(median(ready))}${extra})`);
  }
  return loads;
}

// The vacancy page against the baseline in ROUNDS consecutive rounds of RUNS
// loads each (as many as one whole run of the bench has), the two pages taking
// turns: the target must hold in each round, not only overall. Each round
// keeps both times of every load: on screen and in the DOM.
async function listingRounds(browser, pages, problems) {
  console.error(`==> listing rounds: ${ROUNDS} rounds of ${RUNS} loads of each page`);
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const round = { shown: { vacancy: [], baseline: [] }, ready: { vacancy: [], baseline: [] } };
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 ? ['baseline', 'vacancy'] : ['vacancy', 'baseline'];
      for (const name of order) {
        const t = await loadTime(browser, ...pages[name], problems);
        for (const time of ['shown', 'ready']) round[time][name].push(t[time]);
      }
    }
    const { shown: s, ready: d } = round;
    log(`round ${r + 1}: on screen vacancy ${ms(median(s.vacancy))}, baseline ${ms(median(s.baseline))}; ` +
      `in the DOM ${ms(median(d.vacancy))}, ${ms(median(d.baseline))}`);
    rounds.push(round);
  }
  return rounds;
}

async function keystrokeRuns(browser, urls, problems) {
  console.error(`==> keystrokes: ${KEYS} each after ${WARM_KEYS} unmeasured`);
  const keys = { widget: await keystrokeTimes(browser, urls.widget, problems),
    baseline: await keystrokeTimes(browser, urls.baseline, problems) };
  for (const [name, xs] of Object.entries(keys)) {
    log(`${name}: median ${ms(median(xs))}, p90 ${ms(quantile(xs, 0.9))}`);
  }
  return keys;
}

// Page loads ({ shown, ready, field, key } in ms since navigation start, per page) and
// keystroke times (ms, widget and baseline), with the page errors seen.
export async function browserTimings() {
  // Both pages served as real hosts serve them: brotli for clients that take it.
  const brotli = { brotli: true };
  const dist = await serve(join(ROOT, 'dist'), undefined, brotli);
  const base = await serve(join(BENCH, 'baseline'), undefined, brotli);
  // For the keystrokes only: cross-origin isolation gives performance.now() 5 µs
  // steps instead of 100 µs, but it also makes Chromium swap renderer processes
  // on navigation, which would add ~100 ms to the page loads.
  const isolated = () =>
    ({ 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
  const distIsolated = await serve(join(ROOT, 'dist'), isolated, brotli);
  const baseIsolated = await serve(join(BENCH, 'baseline'), isolated, brotli);
  const browser = await launch();
  const problems = new Set();
  const pages = {
    standalone: [dist.url + '/', 'keystroke'],
    baseline: [base.url + '/', 'keystroke'],
    standaloneSynthetic: [dist.url + '/', 'synthetic'],
    baselineSynthetic: [base.url + '/', 'synthetic'],
    vacancy: [dist.url + '/examples/vacancy.html', 'compact'],
  };
  try {
    const chromium = `Chromium ${browser.version()}`;
    const loads = await pageLoads(browser, pages, problems);
    const rounds = await listingRounds(browser, { vacancy: pages.vacancy, baseline: pages.baselineSynthetic }, problems);
    const isolatedPages = { widget: distIsolated.url + '/', baseline: baseIsolated.url + '/' };
    const keys = await keystrokeRuns(browser, isolatedPages, problems);
    return { chromium, loads, rounds, keys, problems: [...problems] };
  } finally {
    await browser.close();
    for (const server of [dist, base, distIsolated, baseIsolated]) await server.close();
  }
}
