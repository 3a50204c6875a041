// The npm package as an integrator gets it: `npm pack` of pkg/ (built by
// scripts/build), installed from the tarball into a fresh project of its own
// in a temporary folder, and used there as pkg/README.md says: every entry
// imported in plain Node and under jsdom (as Vitest does it), evaluate() from
// /core in Node with no init call, a plain page and a module worker from
// node_modules, a Vite app (built and served, and on the dev server with
// optimizeDeps.exclude) and a webpack 5 build, in headless Chromium.
// The tools come from the npm cache that `npm ci` of this repository fills,
// at the versions pinned in its package.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, serve, launch, open, WidgetPage } from '../browser/harness.mjs';

const PKG = join(ROOT, 'pkg');
const TOOLS = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies;
const INPUT = { applicationDate: '2026-03-15', age: 31, salary: { amount: '6000', period: 'month' } };

let dir;
let browser;

const write = (name, text) => {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
};

/** Runs `code` as an ES module file of the temporary project, in a child Node. */
function node(name, code) {
  write(name, code);
  const r = spawnSync(process.execPath, [name], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stderr: r.stderr, out: r.status === 0 ? JSON.parse(r.stdout) : r.stdout };
}

before(async () => {
  assert.ok(existsSync(join(PKG, 'core', 'hsm_salary_check_bg.wasm')), 'pkg/ is not built: run scripts/build');
  dir = mkdtempSync(join(tmpdir(), 'hsm-package-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', PKG, '--json', '--pack-destination', dir], { encoding: 'utf8' }));
  const tarball = join(dir, packed[0].filename);
  write('package.json', JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', [
    'install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error',
    tarball, ...['jsdom', 'vite', 'webpack', 'typescript', '@types/react'].map((tool) => `${tool}@${TOOLS[tool]}`),
  ], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the tarball holds every file the exports name', () => {
  const root = join(dir, 'node_modules/hsm-salary-check');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = (v) => (typeof v === 'string' ? [v] : Object.values(v).flatMap(targets));
  const files = targets(pkg.exports);
  assert.ok(files.length >= 10);
  for (const file of files) assert.ok(existsSync(join(root, file)), file);
});

test('plain Node: every entry imports with no output, no fetch and no rejection; /core answers at once', () => {
  const r = node('plain.mjs', `
    import { createRequire } from 'node:module';
    import { existsSync } from 'node:fs';
    import { fileURLToPath } from 'node:url';
    let fetches = 0;
    const realFetch = globalThis.fetch;
    globalThis.fetch = (...args) => { fetches += 1; return realFetch(...args); };
    const main = await import('hsm-salary-check');
    const core = await import('hsm-salary-check/core');
    const fetchedOnImport = fetches;
    const resolved = {};
    for (const entry of ['hsm-salary-check', 'hsm-salary-check/core', 'hsm-salary-check/embed.css',
      'hsm-salary-check/package.json', 'hsm-salary-check/hsm_salary_check_bg.wasm',
      'hsm-salary-check/core/hsm_salary_check_bg.wasm']) {
      const url = import.meta.resolve(entry);
      resolved[entry] = { tail: url.split('/hsm-salary-check/')[1], exists: existsSync(fileURLToPath(url)) };
    }
    const version = createRequire(import.meta.url)('hsm-salary-check/package.json').version;
    const answer = core.evaluate(${JSON.stringify(INPUT)});
    // Before it is loaded the widget's evaluate answers notReady (and starts a
    // load that fails in Node, which must not be an unhandled rejection).
    const early = main.evaluate(${JSON.stringify(INPUT)});
    await new Promise((r) => setTimeout(r, 300));
    console.log(JSON.stringify({
      main: Object.keys(main).sort(), core: Object.keys(core).sort(), fetchedOnImport, resolved, version,
      answer: { ok: answer.ok, qualifies: answer.qualifies, band: answer.band, threshold: answer.threshold },
      early, coreReady: core.isReady(),
    }));
  `);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const { out } = r;
  assert.deepEqual(out.main, ['evaluate', 'load', 'mount', 'ready']);
  assert.deepEqual(out.core, ['default', 'evaluate', 'initSync', 'isReady', 'load', 'ready']);
  assert.equal(out.fetchedOnImport, 0);
  assert.deepEqual(out.resolved, {
    'hsm-salary-check': { tail: 'embed.js', exists: true },
    'hsm-salary-check/core': { tail: 'core/node.js', exists: true },
    'hsm-salary-check/embed.css': { tail: 'embed.css', exists: true },
    'hsm-salary-check/package.json': { tail: 'package.json', exists: true },
    'hsm-salary-check/hsm_salary_check_bg.wasm': { tail: 'hsm_salary_check_bg.wasm', exists: true },
    'hsm-salary-check/core/hsm_salary_check_bg.wasm': { tail: 'core/hsm_salary_check_bg.wasm', exists: true },
  });
  assert.equal(out.version, JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')).version);
  assert.deepEqual(out.answer, { ok: true, qualifies: true, band: 'thirtyPlus', threshold: '5942.00' });
  assert.equal(out.coreReady, true);
  assert.equal(out.early.ok, false);
  assert.deepEqual(out.early.errors.map(({ field, code }) => ({ field, code })), [{ field: null, code: 'notReady' }]);
});

test('jsdom (as in Vitest): importing defines the element and fetches nothing; a connected element says it cannot load', () => {
  const r = node('jsdom.mjs', `
    import { JSDOM } from 'jsdom';
    const dom = new JSDOM('<!doctype html><html lang="en"><body></body></html>', { url: 'http://localhost/' });
    // What Vitest's jsdom environment does: the window's globals on globalThis.
    for (const key of Object.getOwnPropertyNames(dom.window)) {
      if (!(key in globalThis)) globalThis[key] = dom.window[key];
    }
    globalThis.window = dom.window;
    globalThis.document = dom.window.document;
    let fetches = 0;
    const realFetch = globalThis.fetch;
    globalThis.fetch = (...args) => { fetches += 1; return realFetch(...args); };
    const main = await import('hsm-salary-check');
    const core = await import('hsm-salary-check/core');
    const defined = typeof customElements.get('hsm-salary-check');
    const fetchedOnImport = fetches;
    const answer = core.evaluate(${JSON.stringify(INPUT)});
    const logged = [];
    console.error = (...args) => logged.push(args.map(String).join(' '));
    const el = document.createElement('hsm-salary-check');
    document.body.append(el);
    const skeleton = el.shadowRoot?.textContent;
    await new Promise((r) => setTimeout(r, 500));
    console.log(JSON.stringify({ defined, fetchedOnImport, fetchedAfter: fetches, skeleton,
      shown: el.shadowRoot?.textContent, logged, qualifies: answer.qualifies, early: main.evaluate({}).errors[0].code }));
  `);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const { out } = r;
  assert.equal(out.defined, 'function');
  assert.equal(out.fetchedOnImport, 0);
  assert.equal(out.qualifies, true);
  assert.equal(out.skeleton, 'Loading the salary check…');
  // jsdom cannot load the wasm (Node's fetch has no file: URLs): the element
  // says so, and logs why, and nothing is thrown or left unhandled.
  assert.equal(out.fetchedAfter, 1);
  assert.equal(out.shown, 'The salary check could not be loaded.');
  assert.equal(out.logged.length, 1);
  assert.match(out.logged[0], /^<hsm-salary-check> could not load its wasm: TypeError: fetch failed/);
  assert.equal(out.early, 'notReady');
});

/** tsc over tests/types/'s integrator files in the temporary project, where
 *  `hsm-salary-check` is the installed tarball (no path mapping). */
function typeCheck(files, lib) {
  for (const f of [...files, 'expect.ts']) write(`types/${f}`, readFileSync(join(ROOT, 'tests/types', f), 'utf8'));
  write('types/tsconfig.json', JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', module: 'esnext',
      moduleResolution: 'bundler', verbatimModuleSyntax: true, noUnusedLocals: true, lib, jsx: 'react-jsx',
      types: [],
    },
    files,
  }));
  return spawnSync(join(dir, 'node_modules/.bin/tsc'), ['--pretty', 'false', '-p', 'types/tsconfig.json'],
    { cwd: dir, encoding: 'utf8' });
}

test('TypeScript: the installed package type-checks an integrator\'s files under strict, without skipLibCheck', () => {
  const page = typeCheck(['integrator.ts', 'element.ts', 'jsx.tsx'], ['es2022', 'dom', 'dom.iterable']);
  assert.equal(page.status, 0, page.stdout + page.stderr);
  const server = typeCheck(['core.ts'], ['es2022']);
  assert.equal(server.status, 0, server.stdout + server.stderr);
});

/** A Vite app: the element and mount() on one page, /core alone on another. */
function viteApp() {
  write('vite.config.js', `
    export default {
      // The dev server's dependency optimizer would move embed.js away from
      // its wasm (pkg/README.md, Vite).
      optimizeDeps: { exclude: ['hsm-salary-check'] },
      build: { rollupOptions: { input: { main: 'index.html', core: 'core.html' } } },
    };
  `);
  write('index.html', `<!doctype html>
    <html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Widget</title>
    <script type="module" src="/main.js"></script></head>
    <body><hsm-salary-check id="element" compact salary="6000" application-date="2026-03-15"></hsm-salary-check>
    <div id="mounted"></div></body></html>`);
  write('main.js', `
    import 'hsm-salary-check/embed.css';
    import { mount } from 'hsm-salary-check';
    mount(document.querySelector('#mounted'), { salary: '6500', applicationDate: '2026-03-15', compact: true });
  `);
  write('core.html', `<!doctype html>
    <html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Core</title>
    <script type="module" src="/core.js"></script></head><body></body></html>`);
  write('core.js', `
    import { evaluate, ready } from 'hsm-salary-check/core';
    const input = ${JSON.stringify(INPUT)};
    const early = evaluate(input);
    ready.then(() => { window.__core = { early, answer: evaluate(input) }; });
  `);
}

async function checkApp(base) {
  browser ??= await launch();
  const w = new WidgetPage(await open(browser, `${base}/index.html`, {
    init: () => {
      window.__results = {};
      document.addEventListener('hsm-result', (e) => { window.__results[e.target.id] = e.detail; });
    },
  }));
  await w.drawn();
  await w.page.locator('#element').getByText('€6,000.00').waitFor();
  await w.page.locator('#mounted').getByText('€6,500.00').waitFor();
  const results = await w.page.evaluate(() => JSON.parse(JSON.stringify(window.__results)));
  assert.deepEqual(
    Object.fromEntries(Object.entries(results).map(([id, r]) => [id, [r.band, r.qualifies, r.margin]])),
    { element: ['thirtyPlus', true, '58.00'], mounted: ['thirtyPlus', true, '558.00'] },
  );
  assert.deepEqual(w.problems, []);
  const wasm = w.requests.filter((u) => u.includes('.wasm'));
  assert.equal(wasm.length, 1, `one wasm for the widget: ${wasm}`);
  await w.close();

  const c = await open(browser, `${base}/core.html`);
  await c.page.waitForFunction(() => window.__core);
  const { early, answer } = await c.page.evaluate(() => window.__core);
  assert.equal(early.errors[0].code, 'notReady');
  assert.equal(answer.qualifies, true);
  assert.equal(answer.band, 'thirtyPlus');
  assert.deepEqual(c.problems, []);
  const coreWasm = c.requests.filter((u) => u.includes('.wasm'));
  assert.equal(coreWasm.length, 1, `${coreWasm}`);
  // Not the widget's: the core's own, a quarter of its size.
  const bytes = await (await fetch(coreWasm[0])).arrayBuffer();
  assert.equal(bytes.byteLength, readFileSync(join(PKG, 'core', 'hsm_salary_check_bg.wasm')).length);
  await c.page.close();
}

/** Serves a bundler's output folder of the temporary project and checks it in Chromium. */
async function checkBuild(folder) {
  const server = await serve(join(dir, folder));
  try {
    await checkApp(server.url);
  } finally {
    await server.close();
  }
}

test('Vite: a production build, served, draws the widget and answers in Chromium', async () => {
  viteApp();
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    cwd: dir, stdio: ['ignore', 'ignore', 'inherit'],
  });
  await checkBuild('dist');
});

test('webpack 5: a production build, with nothing configured for the wasm, draws the widget and answers in Chromium', async () => {
  viteApp(); // main.js and core.js; webpack gets its own pages
  write('webpack.mjs', `
    import webpack from 'webpack';
    webpack({
      mode: 'production', context: process.cwd(), entry: { main: './main.js', core: './core.js' },
      experiments: { css: true }, // for import 'hsm-salary-check/embed.css'
      output: { path: process.cwd() + '/webpack-dist' }, performance: { hints: false },
    }, (e, stats) => {
      if (e || stats.hasErrors()) {
        console.error(e ?? stats.toString('errors-only'));
        process.exitCode = 1;
      }
    });
  `);
  execFileSync(process.execPath, ['webpack.mjs'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  write('webpack-dist/index.html', `<!doctype html>
    <html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Widget</title>
    <link rel="stylesheet" href="main.css"><script src="main.js" defer></script></head>
    <body><hsm-salary-check id="element" compact salary="6000" application-date="2026-03-15"></hsm-salary-check>
    <div id="mounted"></div></body></html>`);
  write('webpack-dist/core.html', `<!doctype html>
    <html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Core</title>
    <script src="core.js" defer></script></head><body></body></html>`);
  await checkBuild('webpack-dist');
});

test('a plain page and a module worker, straight from node_modules, in Chromium', async () => {
  write('plain.html', `<!doctype html>
    <html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Plain</title>
    <link rel="stylesheet" href="/node_modules/hsm-salary-check/embed.css">
    <script type="module" src="/node_modules/hsm-salary-check/embed.js"></script></head>
    <body><hsm-salary-check compact salary="6000" application-date="2026-03-15"></hsm-salary-check>
    <script type="module">
      const worker = new Worker('/worker.js', { type: 'module' });
      worker.onmessage = (e) => { window.__worker = e.data; };
      worker.postMessage(${JSON.stringify(INPUT)});
    </script></body></html>`);
  write('worker.js', `
    import { evaluate, ready } from '/node_modules/hsm-salary-check/core/index.js';
    self.onmessage = async (e) => {
      await ready;
      self.postMessage(evaluate(e.data));
    };
  `);
  const server = await serve(dir);
  try {
    browser ??= await launch();
    const w = new WidgetPage(await open(browser, `${server.url}/plain.html`));
    await w.drawn();
    await w.page.getByText('€6,000.00').waitFor();
    await w.page.waitForFunction(() => window.__worker);
    const answer = await w.page.evaluate(() => window.__worker);
    assert.deepEqual([answer.band, answer.qualifies], ['thirtyPlus', true]);
    assert.deepEqual(w.problems, []);
    const wasm = w.requests.filter((u) => u.includes('.wasm')).map((u) => u.split('/hsm-salary-check/')[1]).sort();
    assert.deepEqual(wasm, ['core/hsm_salary_check_bg.wasm', 'hsm_salary_check_bg.wasm']);
    await w.close();
  } finally {
    await server.close();
  }
});

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

test('Vite: the dev server, with optimizeDeps.exclude, draws the widget and answers in Chromium', async () => {
  viteApp();
  const port = await freePort();
  const dev = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    // NO_COLOR: with CI set, Vite colours its banner, and the colour codes split ":port".
    cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  dev.stdout.on('data', (d) => { output += d; });
  dev.stderr.on('data', (d) => { output += d; });
  let exited = null;
  dev.on('exit', (code) => { exited = code; });
  try {
    // Ready when it answers over HTTP, not when its banner reads a certain way.
    const url = `http://127.0.0.1:${port}`;
    for (let waited = 0; ; waited += 200) {
      if (exited !== null) throw new Error(`vite dev exited ${exited}: ${output}`);
      if (waited > 30_000) throw new Error(`vite dev did not start: ${output}`);
      const up = await fetch(url).then((r) => r.ok, () => false);
      if (up) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await checkApp(url);
  } finally {
    dev.kill();
  }
});
