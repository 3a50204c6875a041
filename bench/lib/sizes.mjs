// Sizes of the built widget, the baseline and the standalone page as served:
// raw, gzip -9 and brotli -q 11, in bytes.
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, log } from './common.mjs';

function sizeOf(path) {
  const file = join(ROOT, path);
  const run = (cmd, args) => execFileSync(cmd, [...args, file], { maxBuffer: 1 << 28 }).length;
  return {
    raw: statSync(file).size,
    gzip: run('gzip', ['-9', '-c']),
    brotli: run('brotli', ['-q', '11', '-c']),
  };
}
const sum = (rows) => rows.reduce(
  (a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });

// What the standalone page actually downloads (Trunk's hashed copies): linked,
// imported, or the wasm its loader script names (minified, in backquotes).
function distFiles() {
  const index = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  const linked = [...index.matchAll(/(?:href|src|from|module_or_path)\s*[=:]?\s*['"`]?\/?([\w.-]+\.(?:js|wasm|css))(?=['"`\s>])/g)];
  return ['index.html', ...linked.map((m) => m[1])]
    .filter((f, i, a) => a.indexOf(f) === i && existsSync(join(ROOT, 'dist', f)));
}

// The same code, unless src/ changed between the two builds; Trunk only
// spells the import module with '-' where wasm-bindgen has '_'.
function sameWasm(files) {
  const distWasm = files.find((f) => f.endsWith('.wasm'));
  const bytes = (f) => readFileSync(join(ROOT, f)).map((b) => (b === 0x2d ? 0x5f : b));
  if (!distWasm) return false;
  return Buffer.compare(bytes(`dist/${distWasm}`), bytes('pkg/hsm_salary_check_bg.wasm')) === 0;
}

// The stylesheet as build.rs wrote it for the last release build of the
// widget (style/widget.css and style/dark.css, tight), which the wasm holds.
function compiledCss() {
  const build = 'target/wasm32-unknown-unknown/release/build';
  const outs = existsSync(join(ROOT, build)) ? readdirSync(join(ROOT, build))
    .map((d) => `${build}/${d}/out/widget.css`)
    .filter((f) => existsSync(join(ROOT, f))) : [];
  const newest = outs.sort((a, b) => statSync(join(ROOT, b)).mtimeMs - statSync(join(ROOT, a)).mtimeMs)[0];
  if (!newest) throw new Error('bench: no compiled widget.css; run without --no-build');
  return sizeOf(newest);
}

export function sizes() {
  console.error('==> sizes');
  const wasm = sizeOf('pkg/hsm_salary_check_bg.wasm');
  // embed.js holds wasm-bindgen's glue (scripts/bundle-embed.mjs): it is all
  // the JavaScript the element loads.
  const embed = sizeOf('pkg/embed.js');
  const css = compiledCss();
  // evaluate() alone (hsm-salary-check/core): its wasm, glue and browser entry.
  const core = sum(['core/hsm_salary_check_bg.wasm', 'core/hsm_salary_check.js', 'core/index.js']
    .map((f) => sizeOf(`pkg/${f}`)));
  const baseline = ['index.html', 'baseline.js', 'baseline.css'].map((f) => [f, sizeOf(`bench/baseline/${f}`)]);
  const files = distFiles();
  const dist = sum(files.map((f) => sizeOf(`dist/${f}`)));
  const same = sameWasm(files);
  if (!same) log('warning: dist/ and pkg/ hold different wasm (src/ changed during the build?)');
  return {
    wasm, embed, css, core,
    widget: sum([wasm, embed]),
    baseline,
    baselineTotal: sum(baseline.map(([, s]) => s)),
    distFiles: files,
    dist,
    sameWasm: same,
  };
}
