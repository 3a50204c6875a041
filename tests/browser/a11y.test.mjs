// Accessibility and language, in headless Chromium: axe-core in every state
// and language, the keyboard alone, narrow and zoomed screens, the live
// region, a shared link, and the printed summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, violations } from './harness.mjs';

const env = useBrowser(); // dist/: the page, with pkg/ and examples/ copied in

const L = {
  en: { birth: 'Date of birth', salary: 'Gross salary', qualifies: 'Qualifies: €58 above the amount', bad: 'Enter the salary as a number' },
  nl: { birth: 'Geboortedatum', salary: 'Brutosalaris', qualifies: 'Voldoet: € 58 boven het bedrag', bad: 'Vul het salaris in als getal' },
};

for (const path of ['/', '/examples/careers-page.html', '/examples/hostile.html', '/examples/strict-csp.html']) {
  for (const lang of ['en', 'nl']) {
    test(`axe: no violations on ${path} in ${lang}, empty, filled, error and result`, async () => {
      const w = await env.open(path);
      const { page } = w;
      await w.language(lang);
      const t = L[lang];
      const states = {};
      states.empty = await violations(page);
      await w.fill(t.birth, '1990-01-01');
      states.filled = await violations(page);
      await w.fill(t.salary, 'abc');
      await page.getByText(t.bad).waitFor();
      states.error = await violations(page);
      await w.fill(t.salary, '6000');
      await page.getByText(t.qualifies.replace(' ', ' ')).or(page.getByText(t.qualifies)).first().waitFor();
      states.result = await violations(page);
      assert.deepEqual(states, { empty: [], filled: [], error: [], result: [] });
      await w.close();
    });
  }
}

test('axe: no violations on the vacancy listing in both languages', async () => {
  const w = await env.open('/examples/vacancy.html');
  assert.deepEqual(await violations(w.page), []);
  await w.language('nl');
  await w.page.getByText('Voldoet aan het bedrag voor 30 jaar en ouder').first().waitFor();
  assert.deepEqual(await violations(w.page), []);
  await w.close();
});

test('axe: no violations in the dark theme, and it looks right', async () => {
  const w = await env.open('/', { colorScheme: 'dark' });
  assert.equal(await w.page.locator('.hsm').getAttribute('data-theme'), 'auto');
  await w.answer({ 'Date of birth': '1996-05-02', 'Gross salary': '4200' });
  await w.page.getByText('Does not qualify').waitFor();
  assert.deepEqual(await violations(w.page), []);
  await w.screenshot('dark-en.png');
  await w.language('nl');
  assert.deepEqual(await violations(w.page), []);
  await w.screenshot('dark-nl.png');
  await w.close();
});

test('Dutch: every label, money and date in Dutch', async () => {
  const w = await env.open('/');
  await w.language('nl');
  await w.answer({ Aanvraagdatum: '2026-03-15', Geboortedatum: '1996-05-02', Brutosalaris: '4.356,99' });
  const result = w.result('nl');
  await result.getByText('Voldoet niet: € 0,01 te weinig').waitFor();
  const text = await result.innerText();
  assert.match(text, /€\u00a04\.357,00 per maand/);
  assert.match(text, /geldig 1 januari 2026 – 31 december 2026/);
  assert.match(text, /Je bent 29 op 15 maart 2026/);
  assert.match(text, /Je wordt 30 op 2 mei 2026\. Wordt de aanvraag op of na die dag ingediend, dan geldt €\u00a05\.942\./);
  assert.doesNotMatch(text, /\b(the|amount|salary|month)\b/i, 'English left in the Dutch result');
  await w.screenshot('light-nl.png');
  // English uses its own conventions for the same answer.
  await w.language('en');
  await w.page.getByText('Does not qualify: €0.01 short').waitFor();
  assert.match(await w.resultText('en'), /€4,357\.00 a month/);
  await w.screenshot('light-en.png');
  await w.close();
});

test('the language follows the lang attribute, else the host page, else the browser', async () => {
  const ctx = await env.browser.newContext({ locale: 'nl-NL' });
  const { page } = await env.open('/examples/vacancy.html', { context: ctx });
  // The vacancy page says <html lang="en">: the page wins over the browser.
  await page.getByText('Meets the amount for people aged 30 or older').first().waitFor();
  await page.evaluate(() => { document.documentElement.lang = 'nl'; document.body.insertAdjacentHTML('beforeend', '<hsm-salary-check compact salary="6000"></hsm-salary-check>'); });
  await page.locator('hsm-salary-check').nth(2).getByText('Voldoet aan het bedrag voor 30 jaar en ouder').waitFor();
  // The standalone page follows the browser (nl-NL here).
  const standalone = await env.open('/', { context: ctx });
  await standalone.field('Aanvraagdatum').waitFor();
  await ctx.close();
});

test('the whole flow works with the keyboard alone, in reading order', async () => {
  const w = await env.open('/');
  const { page } = w;
  const k = page.keyboard;
  const focused = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.id || el?.getAttribute('name') || el?.tagName;
  });
  const order = [];
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 16; i++) {
    await k.press('Tab');
    order.push(await focused());
  }
  const expected = ['hsm-lang', 'hsm-situation', 'hsm-application-date', 'hsm-birth-date', 'hsm-age', 'hsm-degree', 'hsm-orientation', 'hsm-role', 'hsm-amount', 'hsm-period'];
  const firstSeen = expected.map((id) => order.indexOf(id));
  assert.ok(firstSeen.every((i) => i >= 0), `tab order ${order}`);
  assert.deepEqual([...firstSeen].sort((a, b) => a - b), firstSeen, `tab order ${order}`);

  // Now complete the form from the keyboard. In a date field Tab steps
  // through month, day and year first, as it does for a person.
  const next = async () => {
    const from = await focused();
    for (let i = 0; i < 4 && (await focused()) === from; i++) await k.press('Tab');
  };
  await w.field('Application date').focus();
  // Headless Chromium lays date fields out as month, day, year.
  await k.type('03152026');
  assert.equal(await w.field('Application date').inputValue(), '2026-03-15');
  await next();
  await k.type('06011994');
  await next(); // age
  await next(); // degree
  await k.type('Mas'); // a select finds its option by typing
  assert.equal(await w.field('Highest degree').inputValue(), 'master');
  await next(); // where
  await k.type('In'); // In the Netherlands
  assert.equal(await w.field('Where was it obtained?').inputValue(), 'netherlands');
  await next(); // graduation
  await k.type('06302025');
  await next(); // orientation: No
  await next(); // role: Employee
  await k.press('ArrowDown'); // researcher
  await k.press('ArrowUp'); // back to employee
  await next(); // salary
  assert.equal(await focused(), 'hsm-amount');
  await k.type('3500');
  const focusStyle = await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return getComputedStyle(el).outlineStyle;
  });
  assert.notEqual(focusStyle, 'none', 'no visible focus ring');
  await k.press('Enter');
  await page.getByText('Qualifies: €378 above the amount').waitFor();
  assert.match(await w.resultText(), /Reduced amount/);
  await w.close();
});

for (const width of [320, 640]) {
  test(`at ${width} px (${width === 640 ? '200% zoom of 1280' : 'narrowest phone'}) nothing scrolls sideways or overlaps`, async () => {
    const w = await env.open('/', { width, height: 800 });
    const { page } = w;
    await w.answer({ 'Date of birth': '1990-01-01', 'Highest degree': "Master's", 'Where was it obtained?': 'Elsewhere' });
    await w.fill('Gross salary', '6000');
    await page.getByText('Qualifies').first().waitFor();
    const layout = await page.evaluate(() => {
      const root = document.querySelector('#hsm-salary-check').shadowRoot;
      const boxes = [...root.querySelectorAll('label, input, select, button, .hsm-hint, dt, dd, .hsm-verdict-line, figure')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
      const overflow = boxes.filter((r) => r.right > innerWidth + 0.5 || r.left < -0.5).length;
      return { scroll: document.documentElement.scrollWidth, inner: innerWidth, overflow };
    });
    assert.ok(layout.scroll <= layout.inner, `scrolls sideways: ${JSON.stringify(layout)}`);
    assert.equal(layout.overflow, 0, JSON.stringify(layout));
    const fields = ['Application date', 'Date of birth', 'Or: age in years', 'Highest degree', 'Gross salary'];
    const rects = [];
    for (const f of fields) rects.push(await w.field(f).boundingBox());
    for (let i = 1; i < rects.length; i++) assert.ok(rects[i].y >= rects[i - 1].y + rects[i - 1].height, `${fields[i]} overlaps`);
    await w.screenshot(`width-${width}.png`);
    await w.close();
  });
}

test('the live region reads the verdict once, after typing stops', async () => {
  const w = await env.open('/');
  const { page } = w;
  await w.fill('Date of birth', '1990-01-01');
  await page.evaluate(() => {
    const live = document.querySelector('#hsm-salary-check').shadowRoot.querySelector('[aria-live="polite"].hsm-sr');
    window.__spoken = [];
    new MutationObserver(() => window.__spoken.push(live.textContent)).observe(live, { childList: true, subtree: true, characterData: true });
  });
  await w.type('Gross salary', '6000', { delay: 60 });
  await page.waitForTimeout(2000);
  const spoken = (await page.evaluate(() => window.__spoken)).filter(Boolean);
  assert.deepEqual(spoken, ['Qualifies: €58 above the amount']);
  // The visible result is not itself a live region (it would talk at every keystroke).
  assert.equal(await w.result().getAttribute('aria-live'), null);
  await w.close();
});

test('errors are tied to their field and announced', async () => {
  const w = await env.open('/');
  const salary = w.field('Gross salary');
  await salary.fill('12,345,67');
  const error = await w.error('Gross salary');
  const id = await error.getAttribute('id');
  await error.getByText('Use one thousands separator').waitFor();
  assert.equal(await error.getAttribute('aria-live'), 'polite');
  assert.equal(await salary.getAttribute('aria-invalid'), 'true');
  assert.match(await salary.getAttribute('aria-describedby'), new RegExp(id));
  await w.close();
});

test('a shared link round-trips the answers, in the fragment only', async () => {
  const ctx = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const w = await env.open('/', { context: ctx });
  await w.tick('Nederlands');
  await w.answer({
    Aanvraagdatum: '2026-04-01', Geboortedatum: '1998-07-07', 'Hoogste diploma': 'Master',
    'Waar behaald?': 'Top-200-universiteit in het buitenland', Afstudeerdatum: '2024-01-31', Brutosalaris: '3.500,50',
    'Inclusief 8% vakantiegeld': true,
  });
  await w.page.getByRole('button', { name: 'Kopieer link naar deze antwoorden' }).click();
  const link = await w.field('Link naar deze antwoorden').inputValue();
  assert.ok(link.startsWith(env.server.url + '/#hsm='), link);
  assert.equal(await w.page.evaluate(() => navigator.clipboard.readText()), link);
  const before = await w.resultText('nl');

  const other = await env.open(link, { context: ctx });
  await other.field('Brutosalaris').waitFor();
  assert.equal(await other.field('Brutosalaris').inputValue(), '3.500,50');
  assert.equal(await other.field('Afstudeerdatum').inputValue(), '2024-01-31');
  assert.equal(await other.field('Waar behaald?').inputValue(), 'top200');
  assert.ok(await other.field('Inclusief 8% vakantiegeld').isChecked());
  assert.equal(await other.resultText('nl'), before);
  // The answers never reach the server: no request carries them.
  for (const url of other.requests) assert.ok(!url.includes('3.500') && !url.includes('hsm='), url);
  await ctx.close();
});

test('printing gives a one-page summary without the form', async () => {
  const w = await env.open('/');
  const { page } = w;
  await w.answer({ 'Date of birth': '1990-01-01', 'Gross salary': '6000' });
  await page.getByText('Qualifies: €58 above the amount').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await w.field('Gross salary').isVisible(), false);
  assert.ok(await page.getByText('Qualifies: €58 above the amount').isVisible());
  assert.ok(await page.getByRole('heading', { name: 'Your answers' }).isVisible());
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, `${pages} pages`);
  await w.close();
});

test('switching language while an announcement is pending keeps the widget alive', async () => {
  const w = await env.open('/');
  await w.answer({ 'Date of birth': '1990-01-01', 'Gross salary': '6000' });
  await w.tick('Nederlands');
  await w.page.waitForTimeout(1800);
  await w.fill('Brutosalaris', '7000');
  await w.page.getByText('Voldoet: € 1.058 boven het bedrag').waitFor();
  assert.deepEqual(w.problems, []);
  await w.close();
});
