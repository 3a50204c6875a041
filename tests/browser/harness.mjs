// Shared by the browser tests: a static server for dist/ (and the repository
// root, for pkg/ and examples/), headless Debian Chromium via playwright-core,
// and the one page object every test file drives the widget through.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA violations on `page`, described. Evaluated through
 *  the devtools protocol, so a strict CSP does not stop it. */
export async function violations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** `body` for a client that sent `accept`: brotli at quality 11, as hosts serve
 *  static files precompressed, when the client takes it and the type gains by
 *  it. Compressed once per file: `cache` lives as long as its server. */
function encode(cache, file, body, accept = '') {
  if (!COMPRESS.has(extname(file)) || !/\bbr\b/.test(accept)) return { body, encoding: undefined };
  if (!cache.has(file)) {
    cache.set(file, brotliCompressSync(body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
    }));
  }
  return { body: cache.get(file), encoding: 'br' };
}

const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg']);

/** Serves `dir` on a free localhost port; `headers(path)` adds response headers.
 *  With `{ brotli: true }` it answers as a real host does, compressed for
 *  clients that accept `br` (the bench measures that); the tests need not. */
export async function serve(dir = join(ROOT, 'dist'), headers = () => ({}), { brotli = false } = {}) {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const raw = await readFile(file);
      const { body, encoding } = brotli
        ? encode(cache, file, raw, req.headers['accept-encoding'])
        : { body: raw, encoding: undefined };
      const vary = brotli && COMPRESS.has(extname(file)) ? { vary: 'Accept-Encoding' } : {};
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(encoding ? { 'content-encoding': encoding } : {}),
        ...vary,
        ...headers(path),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

// playwright-core gives every launch a fresh, empty profile directory itself.
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A page that records console errors, page errors and every request it makes;
 *  `init` runs in the page before any of its own scripts. Without `context` the
 *  page gets a context of its own (closed with the page), so that the colour
 *  scheme and the locale the widget follows are set per page. */
export async function open(browser, url, {
  width = 1280, height = 900, colorScheme = 'light', locale = 'en-GB', init, context,
} = {}) {
  const page = context
    ? await context.newPage()
    : await browser.newPage({ viewport: { width, height }, colorScheme, locale });
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return { page, problems, requests };
}

/** One static server (of `root`, dist/ by default) and one Chromium for a test
 *  file: started before its first test, stopped after its last, so that no
 *  test file writes this set-up again. `env.open(path, options)` opens a page
 *  of that server (or any URL) and waits until its widgets are drawn. */
export function useBrowser(root) {
  const env = {
    server: undefined,
    browser: undefined,
    async open(path, options) {
      const widget = new WidgetPage(await open(env.browser, new URL(path, env.server.url).href, options));
      await widget.drawn();
      return widget;
    },
  };
  before(async () => {
    env.server = await serve(root);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** The result region's accessible name, per language (src/ui/i18n/). */
const RESULT = { en: 'Result', nl: 'Uitkomst' };

/** A page with the widget on it, used as a visitor would: questions found by
 *  their labels (getByLabel pierces the open shadow roots), answered, and the
 *  answer read back. `page`, `problems` and `requests` are as `open` gives them. */
export class WidgetPage {
  constructor({ page, problems, requests }) {
    this.page = page;
    this.problems = problems;
    this.requests = requests;
  }

  /** Waits until every widget on the page (the standalone page's
   *  #hsm-salary-check, each <hsm-salary-check>) has drawn into its shadow root;
   *  a page without any is not drawn. */
  async drawn() {
    await this.page.waitForFunction(() => {
      const hosts = [...document.querySelectorAll('hsm-salary-check, #hsm-salary-check')];
      return hosts.length > 0 && hosts.every((el) => el.shadowRoot?.querySelector('.hsm'));
    });
  }

  /** The question labelled `label` (a substring, unless `{ exact: true }`). */
  field(label, options) {
    return this.page.getByLabel(label, options);
  }

  /** Replaces the answer at once, as pasting or a date picker does. */
  async fill(label, value) {
    await this.field(label).fill(value);
  }

  /** Types key by key, as a person does, each key an input event. */
  async type(label, text, options) {
    await this.field(label).pressSequentially(text, options);
  }

  /** Chooses the option whose visible text is `option`. */
  async choose(label, option, options) {
    await this.field(label, options).selectOption({ label: option });
  }

  /** Ticks the checkbox or radio button labelled `label`. */
  async tick(label) {
    await this.field(label).check();
  }

  /** Answers questions in the order given, as a person would: `true` ticks,
   *  a list gets the option of that text, anything else is filled in. */
  async answer(answers) {
    for (const [label, value] of Object.entries(answers)) {
      if (value === true) await this.tick(label);
      else if (await this.field(label).evaluate((el) => el.tagName === 'SELECT')) await this.choose(label, value);
      else await this.fill(label, value);
    }
  }

  /** Switches the widget's language: with its own switch where it shows one,
   *  else through the lang attribute of every <hsm-salary-check>. */
  async language(lang) {
    const own = this.page.getByRole('radio', { name: lang === 'nl' ? 'Nederlands' : 'English' });
    if (await own.count()) {
      await own.check();
    } else {
      await this.page.evaluate((l) => document.querySelectorAll('hsm-salary-check').forEach((el) => el.setAttribute('lang', l)), lang);
    }
    await this.page.locator(`.hsm[lang="${lang}"]`).first().waitFor();
  }

  /** The answer: the result region, by its name in `lang`, the language the
   *  widget shows. */
  result(lang = 'en') {
    return this.page.getByRole('region', { name: RESULT[lang] });
  }

  /** The answer as a person reads it. */
  async resultText(lang) {
    return this.result(lang).innerText();
  }

  /** The message shown under the question labelled `label`: the element its
   *  aria-errormessage names. */
  async error(label, options) {
    const id = await this.field(label, options).getAttribute('aria-errormessage');
    assert.ok(id, `${label} has no aria-errormessage`);
    return this.page.locator(`#${id}`);
  }

  /** Every question marked invalid. */
  invalid() {
    return this.page.locator('[aria-invalid="true"]');
  }

  /** A full-page screenshot in test-results/, to look at after a run. */
  async screenshot(name) {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await this.page.screenshot({ path: join(ROOT, 'test-results', name), fullPage: true });
  }

  async close() {
    await this.page.close();
  }
}
