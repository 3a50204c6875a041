// The README's pictures, from the real build in dist/: the standalone widget
// with an answer, and the vacancy listing, each light and dark, written to
// docs/. Run through scripts/screenshots, which builds first.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, ROOT } from '../tests/browser/harness.mjs';

const OUT = join(ROOT, 'docs');
// A recruiter's case: a 35-year-old two years from a master's outside the
// top 200, changing employer; below the highly-skilled-migrant amount, above
// the EU Blue Card's for recent graduates.
const ANSWERS = 'si=changeOfEmployer&pc=underThirty&d=2026-03-15&b=1990-06-01&g=master&f=elsewhere&gd=2024-03-01&s=4800&p=month&l=en';

async function shot(browser, url, scheme, width, name, ready) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(url);
  // The listing's widgets are light unless the host says otherwise.
  await page.evaluate((theme) => document.querySelectorAll('hsm-salary-check').forEach((el) => { el.theme = theme; }), scheme);
  await page.locator(ready).first().waitFor();
  await page.screenshot({ path: join(OUT, name), fullPage: true });
  await context.close();
  console.error(`docs/${name}`);
}

mkdirSync(OUT, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const scheme of ['light', 'dark']) {
    await shot(browser, `${server.url}/#hsm=${ANSWERS}`, scheme, 1280, `widget-${scheme}.png`, '.hsm-blue');
    await shot(browser, `${server.url}/examples/vacancy.html`, scheme, 420, `vacancy-${scheme}.png`, '.hsm-compact-blue');
  }
} finally {
  await browser.close();
  await server.close();
}
