// The standalone page in headless Chromium, filled in as a person would:
// fields found by their labels, typed into, chosen, and the answer read back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, WidgetPage } from './harness.mjs';

const env = useBrowser();

/** The standalone page with the answers most tests start from; the salary is
 *  typed key by key, so the answer is worked out at every keystroke. */
async function person({ date = '2026-03-15', birth, age, amount } = {}, options) {
  const w = await env.open('/', options);
  await w.fill('Application date', date);
  if (birth) await w.fill('Date of birth', birth);
  if (age !== undefined) await w.fill('Or: age in years', String(age));
  if (amount !== undefined) await w.type('Gross salary', amount);
  return w;
}

test('the application date defaults to today and the form starts by saying what is needed', async () => {
  const w = await env.open('/');
  const today = await w.page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  assert.equal(await w.field('Application date').inputValue(), today);
  const text = await w.resultText();
  assert.match(text, /Still needed: .*date of birth or age.*gross salary/);
  // Nothing is marked invalid before the visitor has answered.
  assert.equal(await w.invalid().count(), 0);
  assert.deepEqual(w.problems, []);
  await w.close();
});

test('a 31-year-old at €6,000 a month in 2026 qualifies by €58', async () => {
  const w = await person({ birth: '1994-06-01', amount: '6000' });
  const r = w.result();
  await assert.doesNotReject(r.getByText('Qualifies: €58 above the amount').waitFor());
  const text = await r.innerText();
  assert.match(text, /aged 30 or older/);
  assert.match(text, /€5,942\.00 a month/);
  assert.match(text, /valid 1 January 2026 – 31 December 2026/);
  assert.equal(await r.locator('.hsm-threshold').getByRole('link', { name: 'source: IND' }).getAttribute('href'),
    'https://ind.nl/en/required-amounts-income-requirements');
  assert.match(text, /Your salary\s+€6,000\.00 a month/);
  assert.match(text, /30% ruling\s+Met/);
  await w.close();
});

test('a 29-year-old at €4,356.99 misses by €0.01', async () => {
  const w = await person({ age: 29, amount: '4356,99' });
  const r = w.result();
  await r.getByText('Does not qualify: €0.01 short').waitFor();
  assert.match(await r.innerText(), /under 30/);
  assert.match(await r.innerText(), /€4,357\.00 a month/);
  // One more cent and it qualifies, at every keystroke without a button.
  await w.fill('Gross salary', '4357');
  await r.getByText('Qualifies: exactly the required amount').waitFor();
  await w.close();
});

test('a recent Dutch master\'s graduate gets the reduced criterion', async () => {
  const w = await person({ birth: '1999-02-10', amount: '3500' });
  await w.choose('Highest degree', "Master's");
  assert.match(await w.resultText(), /Still needed: .*where the degree was obtained/);
  await w.answer({ 'Where was it obtained?': 'In the Netherlands', 'Graduation date': '2025-08-31' });
  const r = w.result();
  await r.getByText('Reduced amount: recent graduate or after an orientation year').waitFor();
  const text = await r.innerText();
  assert.match(text, /€3,122\.00 a month/);
  assert.match(text, /Qualifies: €378 above the amount/);
  // Under 30 with a master's: the lower 30% norm.
  assert.match(text, /€36,497\.00 a year/);
  await w.close();
});

test('a scientific researcher is exempt', async () => {
  const w = await person({ amount: '2500' });
  await w.tick('Scientific researcher');
  const r = w.result();
  await r.getByText('Qualifies: no income criterion applies').waitFor();
  const text = await r.innerText();
  assert.match(text, /scientific researcher or doctor in training/);
  assert.match(text, /in line with the market/);
  assert.match(text, /no salary norm applies/);
  await w.close();
});

test('an annual salary including holiday allowance is normalised', async () => {
  const w = await person({ birth: '1980-01-01', amount: '77.008,32' });
  await w.choose('Per', 'Per year', { exact: true });
  await w.tick('Includes 8% holiday allowance');
  const r = w.result();
  await r.getByText('Qualifies: exactly the required amount').waitFor();
  assert.match(await r.innerText(), /Your salary\s+€5,942\.00 a month/);
  assert.match(await r.innerText(), /gross €77,008\.32 incl\. holiday allowance/);
  await w.close();
});

test('letters in the salary show the salary message and keep the other answers', async () => {
  const w = await person({ birth: '1990-04-04', amount: '6000' });
  await w.result().getByText('Qualifies: €58 above the amount').waitFor();
  await w.fill('Gross salary', 'six thousand');
  const salary = w.field('Gross salary');
  await w.page.getByText('Enter the salary as a number, for example 5942 or 5.942,00.').waitFor();
  assert.equal(await salary.getAttribute('aria-invalid'), 'true');
  assert.match(await (await w.error('Gross salary')).innerText(), /Enter the salary as a number/);
  // Only the salary is marked; the other answers stay as typed.
  assert.equal(await w.invalid().count(), 1);
  assert.equal(await w.field('Date of birth').inputValue(), '1990-04-04');
  assert.equal(await w.field('Application date').inputValue(), '2026-03-15');
  assert.match(await w.resultText(), /need a correction/);
  // Correcting it brings the answer back.
  await salary.fill('6000');
  await w.result().getByText('Qualifies: €58 above the amount').waitFor();
  assert.equal(await salary.getAttribute('aria-invalid'), 'false');
  await w.close();
});

test('warnings are shown in plain words', async () => {
  const w = await person({ birth: '1996-05-02', amount: '4500' });
  const r = w.result();
  await r.getByText('You turn 30 on 2 May 2026. If the application is filed on or after that day, €5,942 applies.').waitFor();
  await w.fill('Application date', '2027-01-10');
  await r.getByText('Amounts for 2027 are not yet in this version; these are the 2026 amounts.').waitFor();
  assert.match(await r.innerText(), /Indicative only/);
  await w.close();
});

test('the page requests only its own files, and nothing after the visitor types', async () => {
  const w = await person({ birth: '1990-01-01', amount: '6000' });
  await w.result().getByText('Qualifies: €58 above the amount').waitFor();
  const before = w.requests.length;
  await w.fill('Gross salary', '7000');
  await w.result().getByText('Qualifies: €1,058 above the amount').waitFor();
  assert.equal(w.requests.length, before, 'typing made a request');
  for (const url of w.requests) assert.ok(url.startsWith(env.server.url + '/'), `request to ${url}`);
  assert.deepEqual(w.problems, []);
  await w.close();
});

test('the Check button brings the answer into view on a phone', async () => {
  const w = await person({ birth: '1990-01-01', amount: '6000' }, { width: 360, height: 640 });
  await w.page.getByRole('button', { name: 'Check' }).click();
  await assert.doesNotReject(w.result().getByText('Qualifies: €58 above the amount').waitFor());
  const inView = await w.result().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  assert.ok(inView);
  const scrollWidth = await w.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 360, `page scrolls sideways: ${scrollWidth}`);
  await w.close();
});

/** The standalone page with its wasm held back until `release()`, adding up
 *  its layout shifts in `window.__shift` from the start. */
async function wasmHeldBack({ locale, width }) {
  const page = await env.browser.newPage({ locale, viewport: { width, height: 800 } });
  let release;
  const arrived = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await arrived; await route.continue(); });
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(new URL('/', env.server.url).href);
  return { page, release };
}

const TITLE = { en: 'Salary check for highly skilled migrants', nl: 'Salarischeck voor kennismigranten' };

test('the heading stands before the wasm arrives, one at a time, in the visitor\'s language, and nothing moves', async () => {
  for (const [locale, lang, width] of [['en-GB', 'en', 360], ['en-GB', 'en', 1280], ['nl-NL', 'nl', 360]]) {
    const { page, release } = await wasmHeldBack({ locale, width });
    const heading = page.getByRole('heading', { level: 1 });
    // Before the wasm: the page's own, in its language (<html lang="en">).
    await heading.getByText(TITLE.en).waitFor();
    assert.deepEqual(await heading.allInnerTexts(), [TITLE.en], `${locale} at ${width}px, before`);
    const before = await heading.boundingBox();
    release();
    await new WidgetPage({ page }).drawn();
    assert.deepEqual(await heading.allInnerTexts(), [TITLE[lang]], `${locale} at ${width}px, drawn`);
    // Drawn where it stood: the widget's heading takes the page's place.
    if (lang === 'en') assert.deepEqual(await heading.boundingBox(), before, `${width}px: the heading moved`);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__shift), 0, `${locale} at ${width}px: layout shift`);
    await page.close();
  }
});

test('a wasm that cannot be loaded leaves a notice in both languages, not a silent page', async () => {
  const page = await env.browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(new URL('/', env.server.url).href);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /could not be loaded: reload the page/);
  assert.match(text, /kon niet worden geladen/);
  // The page's own heading still stands above it.
  assert.deepEqual(await page.getByRole('heading', { level: 1 }).allInnerTexts(), [TITLE.en]);
  await page.close();
});
