// What the measuring and the report share: where things are, how much is
// measured, the targets, and how numbers are summed up and written.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH = join(ROOT, 'bench');
export const RUNS = Math.max(15, Number(process.env.BENCH_RUNS ?? 21)); // page loads per page
// Consecutive rounds of the vacancy page's loads (bench/lib/browser.mjs).
export const ROUNDS = 5;
export const KEYS = 200;
export const WARM_KEYS = 20;
export const THROUGHPUT_MS = 2000;
// brotli: 120 KiB, the figure for the whole widget.
export const TARGET = { brotli: 120 * 1024, load: 1.3, keyMs: 1, evaluate: 2.5, lighthouse: 100, lcpMs: 1200 };

export const log = (...a) => console.error('  ', ...a);

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const quantile = (xs, q) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

export const int = (n) => Math.round(n).toLocaleString('en-US');
export const kb = (n) => (n / 1000).toFixed(1) + ' KB';
export const kib = (n) => (n / 1024).toFixed(1) + ' KiB';
export const ms = (n) => (n < 10 ? n.toFixed(3) : n.toFixed(1)) + ' ms';
export const ratio = (a, b) => (a / b).toFixed(2) + '×';
