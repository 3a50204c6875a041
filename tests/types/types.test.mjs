// The package's TypeScript types as an integrator meets them: tsc --noEmit
// under "strict" without skipLibCheck over the files here (with the DOM lib
// and React's JSX; /core without the DOM lib), every recorded answer
// checked against EvaluateResult, and custom-elements.json against the
// element. Needs pkg/ built (scripts/build, or build_pkg in scripts/lib.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answersSource, recordedAnswers } from './answers.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const root = here('../../');
const tsc = join(root, 'node_modules/.bin/tsc');

assert.ok(existsSync(join(root, 'pkg/core.d.ts')), 'pkg/core.d.ts is missing: build pkg/ first (scripts/build)');
assert.ok(existsSync(tsc), 'node_modules/.bin/tsc is missing: npm ci');

/** tsc's exit code and output for a project. */
function check(project) {
  const run = spawnSync(tsc, ['--noEmit', '--pretty', 'false', '-p', project], { encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

function compiles(project) {
  const { code, output } = check(project);
  assert.equal(code, 0, `tsc -p ${project}:\n${output}`);
}

test('a page script: evaluate(), every answer block, mount(), the element and its event, React JSX', () => {
  compiles(here('tsconfig.json'));
});

test('hsm-salary-check/core without the DOM lib: init, initSync, evaluate and nothing internal', () => {
  compiles(here('tsconfig.nodom.json'));
});

test('every recorded answer is an EvaluateResult', () => {
  writeFileSync(here('answers.generated.ts'), answersSource(recordedAnswers()));
  compiles(here('tsconfig.answers.json'));
});

/** Checks `answer` alone against the types, in a scratch project. */
function checkAnswer(answer) {
  const dir = mkdtempSync(join(here('.'), '.scratch-'));
  try {
    writeFileSync(join(dir, 'answer.ts'), answersSource([answer]));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: '../tsconfig.answers.json', files: ['answer.ts'] }),
    );
    return check(join(dir, 'tsconfig.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an answer key the types lack, a key they require that is missing, or a wrong type fails', () => {
  const answers = recordedAnswers();
  const ok = structuredClone(answers.find((a) => a.ok && a.warnings.some((w) => w.date)));
  const bad = structuredClone(answers.find((a) => !a.ok));
  const unchanged = checkAnswer(ok);
  assert.equal(unchanged.code, 0, unchanged.output);
  const cases = [
    ['a new top-level key', (a) => (a.newKey = 1)],
    ['a new key in blueCard.thresholds', (a) => (a.blueCard.thresholds.extra = '1.00')],
    ['a new key in a warning', (a) => (a.warnings[0].extra = true)],
    ['a new key in a condition', (a) => (a.blueCard.conditions[0].extra = 1)],
    ['a missing key', (a) => delete a.thirtyPercent.norm],
    ['a number for a money string', (a) => (a.monthlySalary = 5000)],
    ['null where none is allowed', (a) => (a.blueCard.margin = null)],
    ['an unknown band', (a) => (a.band = 'senior')],
    ['an unknown warning code', (a) => (a.warnings[0].code = 'soon')],
  ];
  for (const [what, change] of cases) {
    const a = structuredClone(ok);
    change(a);
    assert.notEqual(checkAnswer(a).code, 0, `${what} passed the types`);
  }
  const error = structuredClone(bad);
  error.errors[0].field = 'salary.amountt';
  assert.notEqual(checkAnswer(error).code, 0, 'an unknown field passed the types');
  const extra = structuredClone(bad);
  extra.band = 'reduced';
  assert.notEqual(checkAnswer(extra).code, 0, 'an error with a band passed the types');
});

test('custom-elements.json lists the attributes, properties, parts and custom properties the element has', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'pkg/custom-elements.json'), 'utf8'));
  assert.equal(manifest.schemaVersion, '2.1.0');
  const [module] = manifest.modules;
  const element = module.declarations.find((d) => d.customElement);
  assert.equal(element.tagName, 'hsm-salary-check');
  assert.deepEqual(
    module.exports.find((e) => e.kind === 'custom-element-definition'),
    { kind: 'custom-element-definition', name: 'hsm-salary-check', declaration: { name: element.name, module: 'embed.js' } },
  );

  // embed.js's ATTRIBUTES: attribute → property.
  const embed = readFileSync(join(root, 'src/embed/embed.js'), 'utf8');
  const block = embed.match(/const ATTRIBUTES = \{([^}]*)\}/)[1];
  const attributes = Object.fromEntries(
    [...block.matchAll(/'?([a-z-]+)'?: '([a-zA-Z]+)'/g)].map(([, attribute, key]) => [attribute, key]),
  );
  assert.deepEqual(
    element.attributes.map((a) => a.name).sort(),
    Object.keys(attributes).sort(),
  );
  for (const a of element.attributes) {
    if (a.name !== 'lang') assert.equal(a.fieldName, attributes[a.name], a.name);
    assert.ok(a.type?.text && a.description, a.name);
  }
  assert.deepEqual(
    element.members.map((m) => m.name).sort(),
    Object.values(attributes).filter((k) => k !== 'lang').sort(),
  );
  assert.deepEqual(element.events.map((e) => e.name), ['hsm-result']);

  // The parts and custom properties the widget's markup and styles use.
  const sources = (dir, ext) =>
    readdirSync(join(root, dir), { recursive: true })
      .filter((f) => f.endsWith(ext))
      .map((f) => readFileSync(join(root, dir, f), 'utf8'))
      .join('\n');
  const parts = new Set([...sources('src/ui', '.rs').matchAll(/part="([a-z-]+)"/g)].map((m) => m[1]));
  assert.deepEqual(element.cssParts.map((p) => p.name).sort(), [...parts].sort());
  const styles = ['style/widget.css', 'style/dark.css', 'src/embed/embed.js']
    .map((f) => readFileSync(join(root, f), 'utf8'))
    .join('\n');
  const properties = new Set([...styles.matchAll(/var\((--hsm-[a-z-]+)/g)].map((m) => m[1]));
  assert.deepEqual(element.cssProperties.map((p) => p.name).sort(), [...properties].sort());
});

test('pkg/package.json points every entry at its types and ships them', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'pkg/package.json'), 'utf8'));
  assert.equal(pkg.types, 'embed.d.ts');
  assert.equal(pkg.exports['.'].types, './embed.d.ts');
  assert.equal(pkg.exports['./core'].types, './core/index.d.ts');
  assert.equal(pkg.exports['./react'].types, './react.d.ts');
  assert.equal(pkg.customElements, 'custom-elements.json');
  for (const file of ['embed.d.ts', 'core.d.ts', 'core/index.d.ts', 'react.d.ts', 'custom-elements.json']) {
    assert.ok(pkg.files.includes(file), `${file} is not in "files"`);
    assert.ok(existsSync(join(root, 'pkg', file)), `pkg/${file} is missing`);
  }
  // Only react.d.ts needs @types/react: a project without React still compiles.
  for (const file of ['embed.d.ts', 'core.d.ts', 'core/index.d.ts']) {
    assert.doesNotMatch(readFileSync(join(root, 'pkg', file), 'utf8'), /from 'react'|types="react"/, file);
  }
  // typesVersions is what TypeScript's older "node" resolution reads instead of exports.
  assert.deepEqual(pkg.typesVersions['*'], { core: ['core/index.d.ts'], react: ['react.d.ts'] });
});
