// The host page stays the host's: a shared link keeps its hash route, and a
// compact widget can sit flat on a tinted listing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';

const env = useBrowser();

test('a shared link keeps the host page\'s hash route and the widget reads its answers back', async () => {
  const w = await env.open('/examples/careers-page.html#/jobs/42');
  await w.answer({ 'Application date': '2026-03-15', 'Date of birth': '1990-01-01', 'Gross salary': '6000' });
  await w.page.getByRole('button', { name: 'Copy link to these answers' }).click();
  const link = await w.field('Link to these answers').inputValue();
  const page = `${env.server.url}/examples/careers-page.html`;
  assert.ok(link.startsWith(`${page}#/jobs/42#hsm=`), link);
  // Copying changes nothing on the page itself.
  assert.equal(await w.page.evaluate(() => location.hash), '#/jobs/42');
  const before = await w.resultText();
  await w.close();

  const other = await env.open(link);
  assert.equal(await other.field('Gross salary').inputValue(), '6000');
  assert.equal(await other.resultText(), before);
  assert.ok((await other.page.evaluate(() => location.hash)).startsWith('#/jobs/42'));
  // A link copied again there carries one set of answers, after the route.
  await other.page.getByRole('button', { name: 'Copy link to these answers' }).click();
  const again = await other.field('Link to these answers').inputValue();
  assert.equal(again.split('#hsm=').length, 2, again);
  assert.ok(again.startsWith(`${page}#/jobs/42#hsm=`), again);
  await other.close();
});

test('a compact widget sits flat on a tinted listing with the documented custom property and parts', async () => {
  const w = await env.open('/examples/vacancy.html');
  await w.page.addStyleTag({ content: `
    .job { background: #eef4ff; }
    hsm-salary-check[compact] { --hsm-bg: transparent; }
    hsm-salary-check[compact]::part(root) { padding: 0; }
    hsm-salary-check[compact]::part(result) { border: 0; padding: 0; }` });
  const styles = await w.page.locator('hsm-salary-check').first().evaluate((el) => {
    const root = el.shadowRoot;
    const css = (selector) => getComputedStyle(root.querySelector(selector));
    return {
      background: css('.hsm').backgroundColor,
      padding: css('.hsm').paddingTop,
      border: css('.hsm-result').borderTopWidth,
      mark: css('.hsm-compact-list .hsm-icon').color,
      verdictPart: root.querySelector('[part~="verdict"]') !== null,
    };
  });
  assert.deepEqual(styles, {
    background: 'rgba(0, 0, 0, 0)', padding: '0px', border: '0px',
    // The ✓ stays readable on its green circle though the background is transparent.
    mark: 'rgb(255, 255, 255)', verdictPart: true,
  });
  await w.close();
});
