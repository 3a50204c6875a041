// The standalone page in headless Chromium, filled in as a person would:
// fields found by their labels, typed into, chosen, and the answer read back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function page(opts) {
  const session = await open(browser, server.url + '/', opts);
  await session.page.getByLabel('Application date').waitFor();
  return session;
}

const result = (p) => p.getByRole('region', { name: 'Result' });

async function fillPerson(p, { date = '2026-03-15', birth, age, amount }) {
  await p.getByLabel('Application date').fill(date);
  if (birth) await p.getByLabel('Date of birth').fill(birth);
  if (age !== undefined) await p.getByLabel('Or: age in years').fill(String(age));
  if (amount !== undefined) await p.getByLabel('Gross salary').pressSequentially(amount);
}

test('the application date defaults to today and the form starts by saying what is needed', async () => {
  const { page: p, problems } = await page();
  const today = await p.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  assert.equal(await p.getByLabel('Application date').inputValue(), today);
  const text = await result(p).innerText();
  assert.match(text, /Still needed: .*date of birth or age.*gross salary/);
  // Nothing is marked invalid before the visitor has answered.
  assert.equal(await p.locator('[aria-invalid="true"]').count(), 0);
  assert.deepEqual(problems, []);
  await p.close();
});

test('a 31-year-old at €6,000 a month in 2026 qualifies by €58', async () => {
  const { page: p } = await page();
  await fillPerson(p, { birth: '1994-06-01', amount: '6000' });
  const r = result(p);
  await assert.doesNotReject(r.getByText('Qualifies: €58 above the amount').waitFor());
  const text = await r.innerText();
  assert.match(text, /aged 30 or older/);
  assert.match(text, /€5,942\.00 a month/);
  assert.match(text, /valid 1 January 2026 – 31 December 2026/);
  assert.equal(await r.getByRole('link', { name: 'source: IND' }).getAttribute('href'),
    'https://ind.nl/en/required-amounts-income-requirements');
  assert.match(text, /Your salary\s+€6,000\.00 a month/);
  assert.match(text, /30% ruling\s+Met/);
  await p.close();
});

test('a 29-year-old at €4,356.99 misses by €0.01', async () => {
  const { page: p } = await page();
  await fillPerson(p, { age: 29, amount: '4356,99' });
  const r = result(p);
  await r.getByText('Does not qualify: €0.01 short').waitFor();
  assert.match(await r.innerText(), /under 30/);
  assert.match(await r.innerText(), /€4,357\.00 a month/);
  // One more cent and it qualifies, at every keystroke without a button.
  await p.getByLabel('Gross salary').fill('4357');
  await r.getByText('Qualifies: exactly the required amount').waitFor();
  await p.close();
});

test('a recent Dutch master\'s graduate gets the reduced criterion', async () => {
  const { page: p } = await page();
  await fillPerson(p, { birth: '1999-02-10', amount: '3500' });
  await p.getByLabel('Highest degree').selectOption({ label: "Master's" });
  assert.match(await result(p).innerText(), /Still needed: .*where the degree was obtained/);
  await p.getByLabel('Where was it obtained?').selectOption({ label: 'In the Netherlands' });
  await p.getByLabel('Graduation date').fill('2025-08-31');
  const r = result(p);
  await r.getByText('Reduced amount: recent graduate or after an orientation year').waitFor();
  const text = await r.innerText();
  assert.match(text, /€3,122\.00 a month/);
  assert.match(text, /Qualifies: €378 above the amount/);
  // Under 30 with a master's: the lower 30% norm.
  assert.match(text, /€36,497\.00 a year/);
  await p.close();
});

test('a scientific researcher is exempt', async () => {
  const { page: p } = await page();
  await fillPerson(p, { amount: '2500' });
  await p.getByRole('radio', { name: 'Scientific researcher' }).check();
  const r = result(p);
  await r.getByText('Qualifies: no income criterion applies').waitFor();
  const text = await r.innerText();
  assert.match(text, /scientific researcher or doctor in training/);
  assert.match(text, /in line with the market/);
  assert.match(text, /no salary norm applies/);
  await p.close();
});

test('an annual salary including holiday allowance is normalised', async () => {
  const { page: p } = await page();
  await fillPerson(p, { birth: '1980-01-01', amount: '77.008,32' });
  await p.getByLabel('Per', { exact: true }).selectOption({ label: 'Per year' });
  await p.getByLabel('Includes 8% holiday allowance').check();
  const r = result(p);
  await r.getByText('Qualifies: exactly the required amount').waitFor();
  assert.match(await r.innerText(), /Your salary\s+€5,942\.00 a month/);
  assert.match(await r.innerText(), /gross €77,008\.32 incl\. holiday allowance/);
  await p.close();
});

test('letters in the salary show the salary message and keep the other answers', async () => {
  const { page: p } = await page();
  await fillPerson(p, { birth: '1990-04-04', amount: '6000' });
  await result(p).getByText('Qualifies: €58 above the amount').waitFor();
  await p.getByLabel('Gross salary').fill('six thousand');
  const salary = p.getByLabel('Gross salary');
  await p.getByText('Enter the salary as a number, for example 5942 or 5.942,00.').waitFor();
  assert.equal(await salary.getAttribute('aria-invalid'), 'true');
  const errorId = await salary.getAttribute('aria-errormessage');
  assert.match(await p.locator(`#${errorId}`).innerText(), /Enter the salary as a number/);
  // Only the salary is marked; the other answers stay as typed.
  assert.equal(await p.locator('[aria-invalid="true"]').count(), 1);
  assert.equal(await p.getByLabel('Date of birth').inputValue(), '1990-04-04');
  assert.equal(await p.getByLabel('Application date').inputValue(), '2026-03-15');
  assert.match(await result(p).innerText(), /need a correction/);
  // Correcting it brings the answer back.
  await salary.fill('6000');
  await result(p).getByText('Qualifies: €58 above the amount').waitFor();
  assert.equal(await salary.getAttribute('aria-invalid'), 'false');
  await p.close();
});

test('warnings are shown in plain words', async () => {
  const { page: p } = await page();
  await fillPerson(p, { birth: '1996-05-02', amount: '4500' });
  await result(p).getByText('You turn 30 on 2 May 2026. If the application is filed on or after that day, €5,942 applies.').waitFor();
  await p.getByLabel('Application date').fill('2027-01-10');
  await result(p).getByText('Amounts for 2027 are not yet in this version; these are the 2026 amounts.').waitFor();
  assert.match(await result(p).innerText(), /Indicative only/);
  await p.close();
});

test('the page requests only its own files, and nothing after the visitor types', async () => {
  const { page: p, requests, problems } = await page();
  await fillPerson(p, { birth: '1990-01-01', amount: '6000' });
  await result(p).getByText('Qualifies: €58 above the amount').waitFor();
  const before = requests.length;
  await p.getByLabel('Gross salary').fill('7000');
  await result(p).getByText('Qualifies: €1,058 above the amount').waitFor();
  assert.equal(requests.length, before, 'typing made a request');
  for (const url of requests) assert.ok(url.startsWith(server.url + '/'), `request to ${url}`);
  assert.deepEqual(problems, []);
  await p.close();
});

test('the Check button brings the answer into view on a phone', async () => {
  const { page: p } = await page({ width: 360, height: 640 });
  await fillPerson(p, { birth: '1990-01-01', amount: '6000' });
  await p.getByRole('button', { name: 'Check' }).click();
  await assert.doesNotReject(result(p).getByText('Qualifies: €58 above the amount').waitFor());
  const inView = await result(p).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  assert.ok(inView);
  const scrollWidth = await p.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 360, `page scrolls sideways: ${scrollWidth}`);
  await p.close();
});
