// The widget's and the core's wasm import and export short names
// (scripts/short-names.mjs, after wasm-opt's --minify-imports-and-exports-
// and-modules), and their glue gives and reads exactly those.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { shortNames, shortTypes, leftOver } from '../../scripts/short-names.mjs';

const NAMES = {
  imports: [['./x_bg.js', '__wbg_get_0123456789abcdef', 'a'], ['./x_bg.js', '__wbindgen_init_externref_table', '$']],
  exports: [['memory', 'b'], ['wasm_bindgen__invoke_true_', 'c']],
};
const GLUE = `function wasm_bindgen__invoke_true_(a) { wasm.wasm_bindgen__invoke_true_(a); }
function get() { return wasm.memory.buffer; }
function __wbg_get_imports() {
    const import0 = {
        __wbg_get_0123456789abcdef: function(arg0) { return arg0.get; },
        __wbindgen_init_externref_table: function() { wasm.memoryless = 1; },
    };
    return { "./x_bg.js": import0 };
}`;

test('import keys, the module and export reads get the short names; local names stay', () => {
  const out = shortNames(GLUE, NAMES, 'z');
  assert.match(out, /\ba: function\(arg0\)/);
  assert.match(out, /\$: function\(\)/);
  assert.match(out, /return \{ "z": import0 \}/);
  assert.match(out, /wasm\.b\.buffer/);
  assert.match(out, /wasm\.memoryless/, 'a longer name that starts like an export is not one');
  assert.match(out, /function wasm_bindgen__invoke_true_\(a\) \{ wasm\.c\(a\); \}/);
  assert.deepEqual(leftOver(out, NAMES), []);
});

test('a name read in another form is found left over', () => {
  assert.deepEqual(leftOver('x.memory.buffer', NAMES), ['memory']);
  assert.deepEqual(leftOver('wasm["wasm_bindgen__invoke_true_"]()', NAMES), ['wasm_bindgen__invoke_true_']);
  assert.deepEqual(leftOver('{ __wbg_get_0123456789abcdef: function() {} }', NAMES), ['__wbg_get_0123456789abcdef']);
  assert.throws(() => shortNames('const import0 = {};', NAMES, 'z'), /no imports under/);
});

test("InitOutput's exports get the short names", () => {
  assert.equal(shortTypes('readonly memory: WebAssembly.Memory;', NAMES), 'readonly b: WebAssembly.Memory;');
});

for (const dir of ['pkg', 'pkg/core']) {
  test(`${dir}: the wasm's names are short, and the glue gives each import`, () => {
    const url = (f) => new URL(`../../${dir}/${f}`, import.meta.url);
    const wasm = new WebAssembly.Module(readFileSync(url('hsm_salary_check_bg.wasm')));
    const imports = WebAssembly.Module.imports(wasm);
    const exports = WebAssembly.Module.exports(wasm);
    assert.ok(imports.length > 3 && exports.length > 3, `${imports.length} imports, ${exports.length} exports`);
    for (const { module, name } of [...imports, ...exports.map((e) => ({ module: 'a', name: e.name }))]) {
      assert.ok(module.length <= 2 && name.length <= 3, `${module} ${name}`);
    }
    const glue = readFileSync(url('hsm_salary_check.js'), 'utf8');
    assert.doesNotMatch(glue, /_[0-9a-f]{16}\b|"\.\/hsm_salary_check_bg\.js"/);
    for (const { name } of imports) assert.ok(glue.includes(`${name}:function`) || glue.includes(`"${name}":function`), name);
  });
}

test("the widget's glue, types and wasm leave out wasm-streams' classes (scripts/drop-streams.mjs)", async () => {
  const { withoutStreams, typesWithoutStreams } = await import('../../scripts/drop-streams.mjs');
  const sample = `export class IntoUnderlyingSink {
    free() { wasm.__wbg_intounderlyingsink_free(0, 0); }
}
if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;
export class Widget {
}
const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr >>> 0, 1));
const WidgetFinalization = 1;
`;
  assert.equal(withoutStreams(sample), 'export class Widget {\n}\nconst WidgetFinalization = 1;\n');
  assert.equal(typesWithoutStreams('export class IntoUnderlyingSink {\n    free(): void;\n}\n\nexport class Widget {\n}\n'),
    'export class Widget {\n}\n');
  const pkg = (f) => readFileSync(new URL(`../../pkg/${f}`, import.meta.url));
  for (const f of ['hsm_salary_check.js', 'hsm_salary_check.d.ts']) assert.doesNotMatch(pkg(f).toString(), /intounderlying/i, f);
});
