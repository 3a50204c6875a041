// Measures the built widget against the hand-written baseline in bench/baseline/
// and writes bench/results.md. Run through bench/run, which builds first.
//
// Every timing is also given as a ratio to the baseline measured in the same
// run: absolute times on a shared 2-core machine move with the load.
//
//   lib/sizes.mjs, lib/evaluate.mjs, lib/browser.mjs,
//   lib/lighthouse.mjs                                 measure, into plain data
//   lib/tabulate.mjs                                   the tables, from that data
//   lib/report.mjs, results.template.md                the section around them, written
import { loadavg } from 'node:os';
import { sizes } from './lib/sizes.mjs';
import { evaluateInNode } from './lib/evaluate.mjs';
import { browserTimings } from './lib/browser.mjs';
import { lighthouse } from './lib/lighthouse.mjs';
import { runInfo, section, writeResults } from './lib/report.mjs';

async function main() {
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  const measured = {
    size: sizes(), node: evaluateInNode(), pages: await browserTimings(), lighthouse: await lighthouse(),
  };
  const text = section({ run: runInfo(load), ...measured });
  console.log('\n' + text + '\n');
  writeResults(text);
  console.error('==> wrote bench/results.md');
}

await main();
