// What the first widget runs is marked for V8's eager compilation
// (scripts/compile-hint.mjs): the glue and embed.js as shipped start with the
// hint, which only counts on a file's first line, and still load as modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMPILE_HINT, withHint } from '../../scripts/compile-hint.mjs';

const pkg = (name) => new URL(`../../pkg/${name}`, import.meta.url);

test('the widget glue and embed.js start with the compile hint', () => {
  for (const name of ['hsm_salary_check.js', 'embed.js']) {
    const [first] = readFileSync(pkg(name), 'utf8').split('\n', 1);
    assert.equal(first, COMPILE_HINT, name);
  }
});

test('the hint is put once, on a line of its own', () => {
  const once = withHint('export const a = 1;');
  assert.equal(once, `${COMPILE_HINT}\nexport const a = 1;`);
  assert.equal(withHint(once), once);
});

test('embed.js with the hint still loads and exports its API', async () => {
  const embed = await import(pkg('embed.js'));
  for (const name of ['load', 'mount', 'evaluate', 'ready']) assert.ok(name in embed, name);
});
