// The permit situations and the EU Blue Card in headless Chromium, answered
// by their labels as a recruiter would, in English and Dutch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, violations } from './harness.mjs';

const env = useBrowser();

const SITUATION = 'First permit, extension, or change of employer?';
const CRITERION = 'Which amount was the current permit granted on?';

test('a first permit is preselected and the criterion is asked only for a permit already held', async () => {
  const w = await env.open('/');
  assert.equal(await w.field(SITUATION).inputValue(), 'firstPermit');
  assert.equal(await w.field(CRITERION).count(), 0);
  await w.choose(SITUATION, 'Extension (same employer)');
  await w.field(CRITERION).waitFor();
  await w.answer({ 'Date of birth': '1990-01-01', 'Gross salary': '6000' });
  await w.result().getByText('Still needed: the amount the current permit was granted on').waitFor();
  await w.choose(SITUATION, 'First permit');
  await w.result().getByText('Qualifies: €58 above the amount').waitFor();
  assert.deepEqual(w.problems, []);
  await w.close();
});

test('a 33-year-old on a reduced permit keeps the reduced amount after a change of employer', async () => {
  const w = await env.open('/');
  await w.answer({
    [SITUATION]: 'Change of employer',
    [CRITERION]: 'Reduced amount',
    'Application date': '2026-03-15', 'Date of birth': '1992-06-01', 'Gross salary': '3200',
  });
  const r = w.result();
  await r.getByText('Qualifies: €78 above the amount').waitFor();
  const text = await r.innerText();
  assert.match(text, /€3,122\.00 a month/);
  assert.match(text, /After a change of employer the criterion the current permit was granted on applies/);
  await w.close();
});

test('at an extension someone granted the under-30 amount keeps it at 31', async () => {
  const w = await env.open('/');
  await w.answer({
    [SITUATION]: 'Extension (same employer)', [CRITERION]: 'Under-30 amount',
    'Application date': '2026-03-15', 'Date of birth': '1995-01-01', 'Gross salary': '4357',
  });
  await w.result().getByText('Qualifies: exactly the required amount').waitFor();
  assert.match(await w.resultText(), /At an extension with the same employer/);
  await w.close();
});

test('below the highly-skilled-migrant amount but above the Blue Card graduates\' amount, the answer says so first', async () => {
  const w = await env.open('/');
  await w.answer({
    'Application date': '2026-03-15', 'Date of birth': '1990-06-01', 'Highest degree': "Master's",
    'Where was it obtained?': 'Elsewhere', 'Graduation date': '2024-03-01', 'Gross salary': '4800',
  });
  const r = w.result();
  await r.getByText('Does not qualify: €1,142 short').waitFor();
  const instead = r.locator('.hsm-instead');
  assert.match(await instead.innerText(), /meets the EU Blue Card amount/);
  const blue = r.locator('.hsm-blue');
  const text = await blue.innerText();
  assert.match(text, /Meets the Blue Card amount: €46 above it/);
  assert.match(text, /€4,754\.00 a month/);
  assert.match(text, /lower amount for recent graduates applies/);
  assert.match(text, /employment contract of at least 6 months/);
  assert.equal(await blue.getByRole('link', { name: "the IND's conditions" }).getAttribute('href'),
    'https://ind.nl/en/residence-permits/work/european-blue-card');
  await w.close();
});

test('in Dutch the labels say verlenging and andere werkgever, and axe finds nothing in the new states', async () => {
  for (const lang of ['en', 'nl']) {
    const w = await env.open('/');
    if (lang === 'nl') await w.language('nl');
    const situation = lang === 'nl' ? 'Eerste vergunning, verlenging of andere werkgever?' : SITUATION;
    const options = await w.field(situation).locator('option').allInnerTexts();
    if (lang === 'nl') {
      assert.ok(options.some((o) => /verlenging/i.test(o)), options.join(' | '));
      assert.ok(options.some((o) => /andere werkgever/i.test(o)), options.join(' | '));
    }
    await w.field(situation).selectOption('changeOfEmployer');
    assert.deepEqual(await violations(w.page), [], `${lang}, criterion asked`);
    const criterion = lang === 'nl' ? 'Op welk bedrag is de huidige vergunning verleend?' : CRITERION;
    await w.field(criterion).selectOption('underThirty');
    await w.answer(lang === 'nl'
      ? { Geboortedatum: '1996-01-01', 'Hoogste diploma': 'Bachelor', 'Waar behaald?': 'Elders', Afstudeerdatum: '2025-01-01', Brutosalaris: '4800' }
      : { 'Date of birth': '1996-01-01', 'Highest degree': "Bachelor's", 'Where was it obtained?': 'Elsewhere', 'Graduation date': '2025-01-01', 'Gross salary': '4800' });
    await w.result(lang).locator('.hsm-blue').waitFor();
    assert.deepEqual(await violations(w.page), [], `${lang}, with the Blue Card`);
    await w.close();
  }
});

test('the vacancy listing has a Blue Card line with both amounts', async () => {
  const w = await env.open('/examples/vacancy.html');
  const line = w.page.locator('hsm-salary-check').first().locator('.hsm-compact-blue');
  await line.waitFor();
  assert.match(await line.innerText(), /Meets the EU Blue Card amount \(€5,942; €4,754 for recent graduates\)/);
  assert.match(await line.innerText(), /€4,754 for recent graduates/);
  await w.close();
});

test('a shared link and the element carry the situation', async () => {
  const w = await env.open('/#hsm=si=extension&pc=underThirty&d=2026-03-15&b=1995-01-01&s=4357&p=month&l=en');
  assert.equal(await w.field(SITUATION).inputValue(), 'extension');
  assert.equal(await w.field(CRITERION).inputValue(), 'underThirty');
  await w.result().getByText('Qualifies: exactly the required amount').waitFor();
  await w.close();
  // The element takes them as attributes.
  const page = await env.open('/examples/careers-page.html');
  await page.page.evaluate(() => {
    const el = document.querySelector('hsm-salary-check');
    el.setAttribute('situation', 'changeOfEmployer');
    el.setAttribute('permit-criterion', 'reduced');
  });
  assert.equal(await page.field(SITUATION).first().inputValue(), 'changeOfEmployer');
  assert.equal(await page.field(CRITERION).first().inputValue(), 'reduced');
  await page.close();
});
