// embed.js ships with wasm-bindgen's glue inside it (scripts/bundle-embed.mjs):
// the element is one module, and the glue's names stay apart from embed.js's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundle } from '../../scripts/bundle-embed.mjs';

const GLUE = `export class Widget { constructor() { this.kind = 'widget'; } }
export function evaluate(input) { return 'glue:' + input; }
export function mount() { return new Widget(); }
function initSync() { return 'sync'; }
async function __wbg_init() { return 'ready'; }
export { initSync, __wbg_init as default };`;

const EMBED = `import init, { evaluate as evaluateLoaded, mount as mountWidget } from './hsm_salary_check.js';
export function evaluate(input) { return 'embed(' + evaluateLoaded(input) + ')'; }
export function mount() { return mountWidget().kind; }
export const load = () => init();`;

const asModule = (code) => import(`data:text/javascript,${encodeURIComponent(code)}`);

test('the bundled module needs no glue file and keeps both sets of names apart', async () => {
  const code = bundle(GLUE, EMBED);
  assert.doesNotMatch(code, /hsm_salary_check\.js/);
  const m = await asModule(code);
  assert.equal(m.evaluate('x'), 'embed(glue:x)');
  assert.equal(m.mount(), 'widget');
  assert.equal(await m.load(), 'ready');
  // What embed.js did not import stays inside.
  assert.deepEqual(Object.keys(m).sort(), ['evaluate', 'load', 'mount']);
});

test('a glue or an embed.js of an unexpected shape stops the build', () => {
  assert.throws(() => bundle(`${GLUE}\nexport const extra = 1;`, EMBED), /import or export/);
  assert.throws(() => bundle(GLUE, EMBED.replace("'./hsm_salary_check.js'", "'./other.js'")), /does not import/);
  assert.throws(() => bundle(GLUE, EMBED.replace('mount as mountWidget', 'start as mountWidget')), /exports no start/);
});

test('pkg/embed.js as built imports nothing', () => {
  const shipped = readFileSync(new URL('../../pkg/embed.js', import.meta.url), 'utf8');
  assert.doesNotMatch(shipped, /\bimport\s*[\w{*("']/);
  assert.doesNotMatch(shipped, /hsm_salary_check\.js/);
  assert.match(shipped, /hsm_salary_check_bg\.wasm/);
});
