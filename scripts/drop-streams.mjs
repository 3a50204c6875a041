// Leaves wasm-streams' classes out of the widget's glue and types. server_fn,
// a Leptos dependency, exports them from the wasm (IntoUnderlyingSource,
// IntoUnderlyingSink, IntoUnderlyingByteSource, for streamed server calls);
// the widget has no server and never makes one. scripts/lib.sh removes their
// exports from the wasm (wasm-opt --remove-exports), so that the optimiser
// drops the code behind them; scripts/short-names.mjs then drops the imports only they
// used.
//
//   node scripts/drop-streams.mjs GLUE.js [GLUE.d.ts]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `glue` without the classes, their finalization registries and their dispose lines. */
export function withoutStreams(glue) {
  return glue
    .replace(/^export class (IntoUnderlying\w+) \{\n[^]*?^\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/gm, '')
    .replace(/^const IntoUnderlying\w+Finalization = [^;]*;\n/gm, '');
}

/** `types` without the classes and InitOutput's lines for their exports. */
export function typesWithoutStreams(types) {
  return types
    .replace(/^export class IntoUnderlying\w+ \{\n[^]*?^\}\n\n?/gm, '')
    .replace(/^ {4}readonly (__wbg_)?intounderlying\w+: .*\n/gm, '')
    .replace(/^\/\*\*\n \* The `ReadableStreamType` enum\.\n[^]*?\*\/\n\n?(?=export type ReadableStreamType)/m, '')
    .replace(/^export type ReadableStreamType = .*\n/m, '');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [gluePath, typesPath] = process.argv.slice(2);
  const glue = withoutStreams(readFileSync(gluePath, 'utf8'));
  if (/intounderlying/i.test(glue)) throw new Error(`drop-streams: ${gluePath} still names a stream class`);
  writeFileSync(gluePath, glue);
  if (!typesPath) process.exit(0);
  const types = typesWithoutStreams(readFileSync(typesPath, 'utf8'));
  if (/intounderlying|ReadableStreamType/i.test(types)) throw new Error(`drop-streams: ${typesPath} still names a stream class`);
  writeFileSync(typesPath, types);
}
