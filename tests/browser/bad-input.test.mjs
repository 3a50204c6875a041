// Bad input typed into the widget: each shows its own message under its own
// field, marks only that field, and the widget keeps working afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';

const env = useBrowser();

// (field label, what is typed, the message expected under that field)
const CASES = [
  ['Gross salary', 'abc', 'Enter the salary as a number'],
  ['Gross salary', '1e9', 'Enter the salary as a number'],
  ['Gross salary', 'NaN', 'Enter the salary as a number'],
  ['Gross salary', 'Infinity', 'Enter the salary as a number'],
  ['Gross salary', '-5000', 'The salary cannot be negative.'],
  ['Gross salary', '0', 'Enter a salary above zero.'],
  ['Gross salary', '0,00', 'Enter a salary above zero.'],
  ['Gross salary', '12345678901234567890', 'This salary is too large to be real'],
  ['Gross salary', '5942.123', 'Use at most two decimals (cents).'],
  ['Gross salary', '5.942,00.1', 'Use one thousands separator and one decimal mark'],
  ['Gross salary', '5,942,00', 'Use one thousands separator and one decimal mark'],
  ['Or: age in years', '9', 'Enter an age between 15 and 100.'],
  ['Or: age in years', '101', 'Enter an age between 15 and 100.'],
  ['Or: age in years', '-3', 'Enter the age in whole years'],
  ['Or: age in years', '29.5', 'Enter the age in whole years'],
  ['Or: age in years', 'twenty', 'Enter the age in whole years'],
  ['Date of birth', '2026-03-16', 'The date of birth is after the application date.'],
  ['Date of birth', '1900-01-01', 'the age on the application date is not between 15 and 100'],
  ['Application date', '2019-12-31', 'This check covers applications from 1 January 2020 on.'],
  ['Application date', '2200-01-01', 'Enter an application date before the year 2101.'],
];

test('every bad input shows its message under its field, and the widget recovers', async () => {
  const w = await env.open('/');
  const good = {
    'Application date': '2026-03-15', 'Date of birth': '1990-01-01', 'Or: age in years': '', 'Gross salary': '6000',
  };
  await w.answer(good);
  await w.page.getByText('Qualifies: €58 above the amount').waitFor();
  for (const [label, bad, message] of CASES) {
    const field = w.field(label, { exact: true });
    // The age is only checked against the date of birth when both are given.
    if (label === 'Or: age in years') await w.fill('Date of birth', '');
    await field.fill(bad);
    const shown = await w.error(label, { exact: true });
    await assert.doesNotReject(shown.getByText(message).waitFor({ timeout: 5000 }), `${label} = ${bad}`);
    assert.equal(await field.getAttribute('aria-invalid'), 'true', `${label} = ${bad}`);
    assert.equal(await w.invalid().count(), 1, `${label} = ${bad}: other fields marked`);
    // Put it right: the answer comes back.
    await field.fill(good[label]);
    if (label === 'Or: age in years') await w.fill('Date of birth', '1990-01-01');
    await w.page.getByText('Qualifies: €58 above the amount').waitFor({ timeout: 5000 });
    assert.equal(await field.getAttribute('aria-invalid'), 'false');
  }
  assert.deepEqual(w.problems, []);
  await w.close();
});

test('a graduation date before the date of birth is caught at the graduation date', async () => {
  const w = await env.open('/');
  await w.answer({
    'Date of birth': '1990-01-01', 'Gross salary': '6000', 'Highest degree': "Master's",
    'Where was it obtained?': 'In the Netherlands', 'Graduation date': '1989-06-30',
  });
  await w.page.getByText('The graduation date is before the date of birth.').waitFor();
  assert.equal(await w.field('Graduation date').getAttribute('aria-invalid'), 'true');
  await w.fill('Graduation date', '2025-06-30');
  await w.page.getByText('Qualifies: €2,878 above the amount').waitFor();
  await w.close();
});
