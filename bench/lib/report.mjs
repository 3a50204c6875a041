// The benchmark section of bench/results.md: bench/results.template.md with its
// {{placeholders}} filled in, written between the bench markers.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { ROOT, BENCH, RUNS, ROUNDS, KEYS, WARM_KEYS, THROUGHPUT_MS, median, ms } from './common.mjs';
import { sizeTable, speedTable, lighthouseTable } from './tabulate.mjs';

const TEMPLATE = join(BENCH, 'results.template.md');
const RESULTS = join(BENCH, 'results.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const WASM_WARNING = '\n**Warning**: `dist/` and `pkg/` hold different wasm files this run (src/ changed\n' +
  'between the two builds?); the page timings use `dist/`.\n';

function git(...args) {
  try { return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return ''; }
}

// When, on what and at which commit this run measured; `load` is the load average at its start.
export function runInfo(load) {
  const dirty = git('status', '--porcelain') ? '+dirty' : '';
  return {
    date: execFileSync('date', ['-u'], { encoding: 'utf8' }).trim(),
    commit: git('rev-parse', '--short', 'HEAD') + dirty,
    node: process.version,
    cpus: cpus().length,
    load,
  };
}

// The element Lighthouse named as the largest contentful paint in each run.
function lcpElements(runs) {
  return runs.map((r) => r.lcpElement || 'none named').join('; ');
}

function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`${TEMPLATE}: nothing to fill in for {{${name}}}`);
    return String(values[name]);
  });
}

export function section({ run, size, node: { check, rate, mix }, pages: { chromium, loads, rounds, keys, problems }, lighthouse }) {
  const errors = problems.map((p) => `\`${p}\``).join(', ');
  return fill(readFileSync(TEMPLATE, 'utf8').replace(/\n$/, ''), {
    ...run,
    chromium,
    sizeTable: sizeTable(size),
    wasmWarning: size.sameWasm ? '' : WASM_WARNING,
    speedTable: speedTable({ size, rate, loads, rounds, keys }),
    lighthouseTable: lighthouseTable(lighthouse),
    lcpElement: lcpElements(lighthouse.runs),
    lighthouseVersion: lighthouse.version,
    same: check.same,
    answered: check.same + check.differ,
    rejected: check.rejected,
    pageErrors: problems.length ? `\nPage errors seen: ${errors}.\n` : '',
    fieldWidget: ms(median(loads.standaloneSynthetic.field)),
    fieldBaseline: ms(median(loads.baselineSynthetic.field)),
    keyWidget: ms(median(loads.standalone.key)),
    keyBaseline: ms(median(loads.baseline.key)),
    keys: KEYS,
    rounds: ROUNDS,
    runs: RUNS,
    warmKeys: WARM_KEYS,
    throughputSeconds: THROUGHPUT_MS / 1000,
    goldenOf: mix.of,
    goldenAnswered: mix.answered,
    goldenRejected: mix.rejected,
  });
}

// Replaces what stands between the bench markers; the rest of the file is kept.
export function writeResults(text) {
  const block = `${START}\n${text}\n${END}`;
  let results = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n\n';
  const start = results.indexOf(START);
  const end = results.indexOf(END);
  if (start >= 0 && end > start) results = results.slice(0, start) + block + results.slice(end + END.length);
  else if (results.includes('\n## Fuzzing')) {
    results = results.replace('\n## Fuzzing', `\n${block}\n\n## Fuzzing`);
  }
  else results = results.replace(/\n*$/, '\n\n') + block + '\n';
  writeFileSync(RESULTS, results);
}
