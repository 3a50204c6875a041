// The embedding layer on real host pages (examples/), in headless Chromium:
// <hsm-salary-check>, mount(), hsm-result events, shadow DOM isolation,
// strict CSP, and no request beyond the page's own origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, ROOT } from './harness.mjs';

const env = useBrowser(ROOT);

/** Opens an example page, recording results, CSP violations, errors and requests. */
function example(name, options) {
  return env.open(`/examples/${name}.html`, {
    ...options,
    init: () => {
      window.__results = [];
      window.__violations = [];
      document.addEventListener('hsm-result', (e) => {
        window.__results.push({ target: e.target.closest('[id]')?.id ?? e.target.tagName, detail: JSON.parse(JSON.stringify(e.detail)) });
      });
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    },
  });
}

const results = (page) => page.evaluate(() => window.__results);

function ownOrigin(requests) {
  for (const url of requests) assert.ok(url.startsWith(env.server.url + '/'), `request left the page: ${url}`);
}

test('every example page loads and renders the widget inside its shadow root', async () => {
  for (const name of ['careers-page', 'vacancy', 'hostile', 'strict-csp']) {
    const w = await example(name);
    const inShadow = await w.page.evaluate(() => [...document.querySelectorAll('hsm-salary-check')].map((el) => ({
      shadow: Boolean(el.shadowRoot?.querySelector('.hsm')),
      light: el.children.length,
    })));
    assert.ok(inShadow.length > 0, name);
    for (const el of inShadow) assert.deepEqual(el, { shadow: true, light: 0 }, name);
    assert.deepEqual(w.problems, [], name);
    ownOrigin(w.requests);
    // The wasm is fetched once however many widgets the page has, and the
    // element's JavaScript is embed.js alone (the glue is inside it).
    assert.equal(w.requests.filter((u) => u.endsWith('.wasm')).length, 1, name);
    assert.deepEqual(w.requests.filter((u) => u.endsWith('.js')).map((u) => u.split('/').pop()), ['embed.js'], name);
    await w.close();
  }
});

test('filling the embedded form gives what evaluate() gives, and hsm-result carries it', async () => {
  const w = await example('careers-page');
  const { page } = w;
  await w.answer({ 'Application date': '2026-03-15', 'Date of birth': '1994-06-01' });
  await w.type('Gross salary', '6000');
  await page.getByText('Qualifies: €58 above the amount').waitFor();
  const expected = await page.evaluate(async () => {
    const m = await import('../pkg/embed.js');
    await m.ready;
    return m.evaluate({
      applicationDate: '2026-03-15', birthDate: '1994-06-01', age: '', degree: 'none', orientationYear: false,
      role: 'employee', salary: { amount: '6000', period: 'month', holidayAllowanceIncluded: false },
    });
  });
  assert.equal(expected.ok, true);
  assert.equal(expected.margin, '58.00');
  await page.waitForFunction(() => window.__results.at(-1)?.detail.margin === '58.00');
  const last = (await results(page)).at(-1);
  assert.deepEqual(last.detail, expected);
  // One event per change of answer, not per keystroke that changes nothing.
  const count = (await results(page)).length;
  await w.fill('Gross salary', '6000');
  await page.waitForTimeout(100);
  assert.equal((await results(page)).length, count);
  ownOrigin(w.requests);
  await w.close();
});

test('attribute and property changes update the widget', async () => {
  const { page } = await example('vacancy');
  const backend = page.locator('#backend hsm-salary-check');
  await backend.getByText('Meets the amount for people aged 30 or older (€5,942)').waitFor();
  await backend.evaluate((el) => el.setAttribute('salary', '5000'));
  await backend.getByText('Below the amount for people aged 30 or older (€5,942)').waitFor();
  await backend.evaluate((el) => { el.salaryPeriod = 'year'; });
  await backend.getByText('€416.67 a month').waitFor();
  // Dropping `compact` brings the whole form, with the pre-filled salary.
  await backend.evaluate((el) => { el.compact = false; });
  await backend.getByLabel('Gross salary').waitFor();
  assert.equal(await backend.getByLabel('Gross salary').inputValue(), '5000');
  assert.equal(await backend.getByLabel('Per', { exact: true }).inputValue(), 'year');
  await page.close();
});

test('two instances on one page do not interfere', async () => {
  const { page } = await example('vacancy');
  const backend = page.locator('#backend hsm-salary-check');
  const data = page.locator('#data hsm-salary-check');
  await backend.getByText('€6,250.00').waitFor();
  await data.getByText('€4,475.31').waitFor();
  await backend.evaluate((el) => el.setAttribute('salary', '7000'));
  await backend.getByText('€7,000.00').waitFor();
  assert.match(await data.locator('.hsm-result').innerText(), /€4,475\.31/);
  // Each element tells its own answer: compact widgets give the general criterion's.
  await page.waitForFunction(() => window.__results.some((r) => r.target === 'backend' && r.detail.monthlySalary === '7000.00'));
  const all = await results(page);
  const last = (id) => all.filter((r) => r.target === id).at(-1).detail;
  assert.equal(last('backend').monthlySalary, '7000.00');
  assert.equal(last('backend').band, 'thirtyPlus');
  assert.equal(last('data').monthlySalary, '4475.31');
  assert.equal(last('data').qualifies, false);
  await page.close();
});

test('widgets on one page share one parsed stylesheet', async () => {
  const { page } = await example('vacancy');
  await page.locator('#data hsm-salary-check').getByText('€4,475.31').waitFor();
  const sheets = await page.evaluate(() => {
    const [a, b] = [...document.querySelectorAll('hsm-salary-check')].map((el) => el.shadowRoot.adoptedStyleSheets);
    return { counts: [a.length, b.length], same: a[0] === b[0], rules: a[0].cssRules.length };
  });
  // One CSSStyleSheet object in both shadow roots: the CSS was parsed once.
  assert.deepEqual(sheets.counts, [1, 1]);
  assert.equal(sheets.same, true);
  assert.ok(sheets.rules > 50, `${sheets.rules} rules`);
  await page.close();
});

test('the first widget is drawn before the second one\'s task runs', async () => {
  // Each answer is noted when it enters the DOM; a user-blocking task posted
  // then runs ahead of ordinary tasks, so it sees the page as the browser
  // could paint it: the first answer drawn and the second not yet.
  const { page, problems } = await env.open('/examples/vacancy.html', {
    init: () => {
      window.__drawn = [];
      const drawn = () => [...document.querySelectorAll('hsm-salary-check')].map((el) => Boolean(el.shadowRoot?.querySelector('.hsm-result')));
      const observer = new MutationObserver(() => {
        const now = drawn();
        if (now[0] && !window.__drawn.length) {
          window.__drawn.push(now);
          scheduler.postTask(() => window.__drawn.push(drawn()), { priority: 'user-blocking' });
        }
      });
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        observer.observe(root, { subtree: true, childList: true });
        return root;
      };
    },
  });
  await page.locator('#data hsm-salary-check').getByText('€4,475.31').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__drawn), [[true, false], [true, false]]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('mount() renders in any element and returns update() and unmount()', async () => {
  const { page } = await example('strict-csp');
  const seen = await page.evaluate(async () => {
    const m = await import('../pkg/embed.js');
    const host = document.createElement('div');
    host.id = 'mounted';
    document.body.append(host);
    const handle = m.mount(host, { salary: '6000', applicationDate: '2026-03-15', compact: true });
    handle.update({ salary: '6500' }); // before the wasm is ready: kept for later
    await handle.ready;
    const text = () => host.shadowRoot.querySelector('.hsm-result')?.textContent ?? '';
    await new Promise((r) => setTimeout(r, 50));
    const before = text();
    handle.update({ salary: '3000' });
    await new Promise((r) => setTimeout(r, 50));
    const after = text();
    handle.unmount();
    return { before, after, empty: host.shadowRoot.childNodes.length };
  });
  assert.match(seen.before, /€6,500\.00/);
  assert.match(seen.after, /€3,000\.00/);
  assert.match(seen.after, /Below the amount for people aged 30 or older/);
  assert.equal(seen.empty, 0);
  await page.close();
});

test('hsm-result comes a task after the answer: one event for changes in one task, none after unmount()', async () => {
  const { page, problems } = await example('strict-csp');
  const seen = await page.evaluate(async () => {
    const m = await import('../pkg/embed.js');
    const host = document.createElement('div');
    document.body.append(host);
    const salaries = [];
    host.addEventListener('hsm-result', (e) => salaries.push(e.detail.monthlySalary));
    const handle = m.mount(host, { salary: '6000', applicationDate: '2026-03-15', compact: true });
    await handle.ready;
    const settle = () => new Promise((r) => setTimeout(r, 50));
    await settle();
    const first = [...salaries];
    handle.update({ salary: '6100' });
    await Promise.resolve();
    const sameTask = salaries.length;
    handle.update({ salary: '6200' });
    await settle();
    const afterTwo = [...salaries];
    handle.update({ salary: '6300' });
    await Promise.resolve();
    handle.unmount();
    await settle();
    return { first, sameTask, afterTwo, afterUnmount: [...salaries] };
  });
  assert.deepEqual(seen.first, ['6000.00']);
  // Not yet in the task that changed the answer; then once, with the last one.
  assert.equal(seen.sameTask, 1);
  assert.deepEqual(seen.afterTwo, ['6000.00', '6200.00']);
  assert.deepEqual(seen.afterUnmount, ['6000.00', '6200.00']);
  // The timer left behind by unmount() finds nothing to call into.
  assert.deepEqual(problems, []);
  await page.close();
});

test('a hostile host stylesheet leaves a usable form', async () => {
  const w = await example('hostile');
  const salary = w.field('Gross salary');
  const box = await salary.boundingBox();
  assert.ok(box && box.width > 100 && box.height > 20 && box.height < 100, JSON.stringify(box));
  const font = await salary.evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(font, '16px');
  await w.fill('Date of birth', '1990-01-01');
  await salary.fill('6000');
  await w.page.getByText('Qualifies: €58 above the amount').waitFor();
  await w.screenshot('hostile.png');
  assert.deepEqual(w.problems, []);
  await w.close();
});

test('the widget\'s styles do not leak into the host page', async () => {
  const { page } = await example('vacancy');
  const host = await page.evaluate(() => ({
    sheets: [...document.styleSheets].map((s) => s.href.split('/').pop()),
    adopted: document.adoptedStyleSheets.length,
    styleTags: document.querySelectorAll('style').length,
    h2: getComputedStyle(document.querySelector('.job h2')).fontFamily,
  }));
  // Only the page's own stylesheet and the optional embed.css, which styles the element itself.
  assert.deepEqual(host, { sheets: ['vacancy.css', 'embed.css'], adopted: 0, styleTags: 0, h2: 'Helvetica, Arial, sans-serif' });
  await page.close();
});

test('under a strict Content-Security-Policy nothing is blocked', async () => {
  const w = await example('strict-csp');
  await w.answer({ 'Date of birth': '1990-01-01', 'Gross salary': '6000' });
  await w.page.getByText('Qualifies: €58 above the amount').waitFor();
  assert.deepEqual(await w.page.evaluate(() => window.__violations), []);
  assert.deepEqual(w.problems, []);
  ownOrigin(w.requests);
  await w.close();
});

test('nothing on the page moves while the widget loads', async () => {
  for (const name of ['vacancy', 'careers-page']) {
    for (const width of [360, 1280]) {
      const w = await env.open(`/examples/${name}.html`, {
        width,
        height: 800,
        init: () => {
          window.__shift = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        },
      });
      await w.page.waitForTimeout(300);
      const shift = await w.page.evaluate(() => window.__shift);
      // 0.1 is the web's "good" cumulative layout shift; the widget aims far lower.
      assert.ok(shift < 0.02, `${name} at ${width}px: layout shift ${shift}`);
      await w.close();
    }
  }
});
