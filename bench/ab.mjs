// A/B between builds of the standalone page (each a copy of dist/, pkg/
// inside it), against the baseline, in one browser and one run: the vacancy
// listing's first answer and keystroke to result, the pages taking turns. For
// trying a change before it goes to bench/run, which measures one build.
//
//   node bench/ab.mjs DIST_A DIST_B [...]     ROUNDS=3 RUNS=21 KEYS=1 (0: no keystrokes) TIME=shown (or ready)
import { serve, launch } from '../tests/browser/harness.mjs';
import { loadTime, keystrokeTimes } from './lib/browser.mjs';
import { BENCH, median } from './lib/common.mjs';
import { join } from 'node:path';

const dirs = process.argv.slice(2);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const RUNS = Number(process.env.RUNS ?? 21);
// Which time of each load: 'shown' (on screen, the target's) or 'ready' (in the DOM).
const TIME = process.env.TIME ?? 'shown';
if (!['shown', 'ready'].includes(TIME)) throw new Error(`TIME=${TIME}: shown or ready`);
const brotli = { brotli: true };
const isolated = () => ({ 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
const servers = await Promise.all(dirs.map((d) => serve(d, undefined, brotli)));
const base = await serve(join(BENCH, 'baseline'), undefined, brotli);
const browser = await launch();
const problems = new Set();
const pages = Object.fromEntries(dirs.map((d, i) => [d, [`${servers[i].url}/examples/vacancy.html`, 'compact']]));
pages.baseline = [`${base.url}/`, 'synthetic'];
const names = Object.keys(pages);
try {
  for (const n of names) await loadTime(browser, ...pages[n], problems); // unmeasured
  for (let r = 0; r < ROUNDS; r++) {
    const t = Object.fromEntries(names.map((n) => [n, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const n of names.map((_, i) => names[(i + run) % names.length])) {
        t[n].push((await loadTime(browser, ...pages[n], problems))[TIME]);
      }
    }
    const b = median(t.baseline);
    console.log(`listing round ${r + 1}: baseline ${b.toFixed(1)} ms; ` +
      dirs.map((d) => `${d} ${median(t[d]).toFixed(1)} ms = ${(median(t[d]) / b).toFixed(2)}x`).join('; '));
  }
  if (process.env.KEYS !== '0') {
    for (const d of [...dirs, ...dirs]) {
      const s = await serve(d, isolated, brotli);
      const keys = await keystrokeTimes(browser, `${s.url}/`, problems);
      console.log(`keystroke ${d}: median ${median(keys).toFixed(3)} ms`);
      await s.close();
    }
  }
  if (problems.size) console.log('page errors:', [...problems]);
} finally {
  await browser.close();
  for (const s of [...servers, base]) await s.close();
}
