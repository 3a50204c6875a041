// Lighthouse (bench/package.json's) on the standalone page in Debian's
// Chromium: its default mobile preset (a mid-range phone on a slow 4G link,
// simulated), the four categories, a fresh browser each run.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { serve } from '../../tests/browser/harness.mjs';
import { ROOT, BENCH, log, median } from './common.mjs';

const run = promisify(execFile);
const CLI = join(BENCH, 'node_modules', '.bin', 'lighthouse');
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};

// One report, as plain data: scores 0–100, times in ms, the LCP element.
async function once(url) {
  const { stdout } = await run(CLI, [
    url, '--quiet', '--output=json', '--output-path=stdout',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-path=${process.env.CHROMIUM ?? '/usr/bin/chromium'}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ], { maxBuffer: 64 << 20 });
  const report = JSON.parse(stdout);
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c].score * 100)]));
  const metrics = Object.fromEntries(Object.entries(AUDITS).map(([k, id]) => [k, report.audits[id].numericValue]));
  const element = report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  // Which copy of the introduction: index.html's (painted before the wasm) or
  // the widget's (in its shadow root, drawn after it), and when the unthrottled
  // load painted it: the simulated LCP counts what was loaded before that.
  const observed = report.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
  const where = element?.selector ? ` at ${element.selector}` : '';
  const when = Number.isFinite(observed) ? `, observed at ${Math.round(observed)} ms` : '';
  return { version: report.lighthouseVersion, scores, ...metrics,
    lcpElement: element ? `"${(element.nodeLabel ?? '').replace(/\s+/g, ' ').slice(0, 80)}"${where}${when}` : '' };
}

const range = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

// Each score and metric over `runs` reports ({ median, min, max }), and every
// run as measured.
export function summarise(runs) {
  const pick = (f) => range(runs.map(f));
  return {
    runs,
    version: runs[0]?.version,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((r) => r.scores[c])])),
    ...Object.fromEntries(Object.keys(AUDITS).map((k) => [k, pick((r) => r[k])])),
  };
}

// `dist/` served with brotli, `LIGHTHOUSE_RUNS` times (or `options.runs`);
// `options.brotli: false` serves it uncompressed, for comparison.
export async function lighthouse({ runs = LIGHTHOUSE_RUNS, brotli = true } = {}) {
  const server = await serve(join(ROOT, 'dist'), undefined, { brotli });
  console.error(`==> lighthouse: ${runs} runs, mobile preset, dist/ served ${brotli ? 'with brotli' : 'uncompressed'}`);
  try {
    const reports = [];
    for (let i = 0; i < runs; i++) {
      const r = await once(server.url + '/');
      log(`${Object.values(r.scores).join(' / ')}: FCP ${Math.round(r.fcp)} ms, LCP ${Math.round(r.lcp)} ms,` +
        ` TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)} (LCP element: ${r.lcpElement})`);
      reports.push(r);
    }
    return summarise(reports);
  } finally {
    await server.close();
  }
}

// `node bench/lib/lighthouse.mjs [runs] [--plain]`: this step alone, on the dist/ already built.
if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? LIGHTHOUSE_RUNS);
  const result = await lighthouse({ runs, brotli: !process.argv.includes('--plain') });
  const { runs: _, ...summary } = result;
  console.log(JSON.stringify(summary, null, 1));
}
