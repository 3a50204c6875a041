// The embedding layer on real host pages (examples/), in headless Chromium:
// <hsm-salary-check>, mount(), hsm-result events, shadow DOM isolation,
// strict CSP, and no request beyond the page's own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, open, ROOT } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serve(ROOT);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens an example page, recording results, CSP violations, errors and requests. */
async function example(name, { width = 1280, height = 900 } = {}) {
  const session = await open(browser, `${server.url}/examples/${name}.html`, {
    width,
    height,
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
  await session.page.waitForFunction(() =>
    [...document.querySelectorAll('hsm-salary-check')].every((el) => el.shadowRoot?.querySelector('.hsm')));
  return session;
}

const results = (page) => page.evaluate(() => window.__results);

function ownOrigin(requests) {
  for (const url of requests) assert.ok(url.startsWith(server.url + '/'), `request left the page: ${url}`);
}

test('every example page loads and renders the widget inside its shadow root', async () => {
  for (const name of ['careers-page', 'vacancy', 'hostile', 'strict-csp']) {
    const { page, problems, requests } = await example(name);
    const inShadow = await page.evaluate(() => [...document.querySelectorAll('hsm-salary-check')].map((el) => ({
      shadow: Boolean(el.shadowRoot?.querySelector('.hsm')),
      light: el.children.length,
    })));
    assert.ok(inShadow.length > 0, name);
    for (const el of inShadow) assert.deepEqual(el, { shadow: true, light: 0 }, name);
    assert.deepEqual(problems, [], name);
    ownOrigin(requests);
    // The wasm is fetched once however many widgets the page has.
    assert.equal(requests.filter((u) => u.endsWith('.wasm')).length, 1, name);
    await page.close();
  }
});

test('filling the embedded form gives what evaluate() gives, and hsm-result carries it', async () => {
  const { page, requests } = await example('careers-page');
  await page.getByLabel('Application date').fill('2026-03-15');
  await page.getByLabel('Date of birth').fill('1994-06-01');
  await page.getByLabel('Gross salary').pressSequentially('6000');
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
  await page.getByLabel('Gross salary').fill('6000');
  await page.waitForTimeout(100);
  assert.equal((await results(page)).length, count);
  ownOrigin(requests);
  await page.close();
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

test('a hostile host stylesheet leaves a usable form', async () => {
  const { page, problems } = await example('hostile');
  const salary = page.getByLabel('Gross salary');
  const box = await salary.boundingBox();
  assert.ok(box && box.width > 100 && box.height > 20 && box.height < 100, JSON.stringify(box));
  const font = await salary.evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(font, '16px');
  await page.getByLabel('Date of birth').fill('1990-01-01');
  await salary.fill('6000');
  await page.getByText('Qualifies: €58 above the amount').waitFor();
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'test-results', 'hostile.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
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
  const { page, problems, requests } = await example('strict-csp');
  await page.getByLabel('Date of birth').fill('1990-01-01');
  await page.getByLabel('Gross salary').fill('6000');
  await page.getByText('Qualifies: €58 above the amount').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  ownOrigin(requests);
  await page.close();
});

test('nothing on the page moves while the widget loads', async () => {
  for (const name of ['vacancy', 'careers-page']) {
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.url}/examples/${name}.html`);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('hsm-salary-check')].every((el) => el.shadowRoot?.querySelector('.hsm')));
      await page.waitForTimeout(300);
      const shift = await page.evaluate(() => window.__shift);
      // 0.1 is the web's "good" cumulative layout shift; the widget aims far lower.
      assert.ok(shift < 0.02, `${name} at ${width}px: layout shift ${shift}`);
      await page.close();
    }
  }
});
