// Trunk post-build hook (Trunk.toml): put the wasm's JavaScript snippets
// inside the standalone page's wasm-bindgen glue (scripts/inline-snippets.mjs,
// as for pkg/); in release builds, make the wasm as pkg/'s is made
// (scripts/lib.sh's widget_wasm: Trunk runs no wasm-opt, index.html), minify
// the glue, which Trunk 0.21 leaves as written, mark it for eager compilation
// (scripts/compile-hint.mjs), and put the new file's hash in index.html's
// integrity attributes, if any.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { minify } from 'terser';
import { inlineSnippets } from './inline-snippets.mjs';
import { withHint } from './compile-hint.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
const glue = dir ? readdirSync(dir).filter((f) => /^hsm-salary-check-[0-9a-f]+\.js$/.test(f)) : [];
if (dir && glue.length !== 1) throw new Error(`expected one wasm-bindgen glue file in ${dir}, found ${glue.length}`);
// The page is the widget: its wasm never sends a struct by its shape.
for (const name of glue) inlineSnippets(join(dir, name), { literals: false });
if (process.env.TRUNK_PROFILE === 'release' && dir) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  for (const name of glue) {
    const path = join(dir, name);
    const before = readFileSync(path);
    const wasm = join(dir, name.replace(/\.js$/, '_bg.wasm'));
    execFileSync('bash', ['-c', 'source scripts/lib.sh && widget_wasm "$@"', 'widget_wasm', wasm, path], { stdio: 'inherit' });
    const { code: minified } = await minify(readFileSync(path, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true });
    const code = withHint(minified);
    writeFileSync(path, code);
    // Trunk.toml's own preload and script carry no integrity; Trunk's default ones do.
    html = html.replaceAll(sri(before), sri(Buffer.from(code, 'utf8')));
  }
  writeFileSync(htmlPath, html);
}
