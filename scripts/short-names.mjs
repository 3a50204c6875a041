// Gives the glue the short import and export names that wasm-opt's
// --minify-imports-and-exports-and-modules gave the wasm (scripts/lib.sh). wasm-bindgen
// names each import after its function and a 16-digit hash, and each closure
// export after its whole Rust type: about 150 names, written once in the wasm
// and once in the glue, that the visitor downloads and nobody reads
// (3 KB brotli off the widget).
//
//   node scripts/short-names.mjs NAMES.json WASM GLUE.js [GLUE.d.ts]
//   (scripts/lib.sh's short_names runs wasm-opt and then this)
//
// NAMES.json is what wasm-opt printed: {"imports": [[module, old, new]...],
// "exports": [[old, new]...]}; the import module (the glue's own name) is
// shortened too, to the one module WASM now imports from. In the glue,
// wasm-bindgen writes each import as a key of the object it gives the wasm
// (`old: function`), under the module's name, and reads each export as
// `wasm.old`; in the .d.ts, `InitOutput` lists the exports as `readonly old:`.
// Imports the wasm no longer has are left out. The build fails if an old name
// is left over or the glue does not give every import the wasm has.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const word = (name) => name.replace(/[$]/g, '\\$');

/** `code` with the import module, every import key and `wasm.` export read renamed. */
export function shortNames(code, names, module) {
  const modules = new Set(names.imports.map(([from]) => from));
  const kept = new Set(names.imports.map(([, from]) => from));
  // Imports the optimised wasm no longer has (their callers were dead code) go.
  let out = code.replace(/^ {8}([\w$]+): function\([^)]*\) \{\n[^]*?^ {8}\},\n/gm, (entry, key) =>
    kept.has(key) ? entry : '');
  for (const from of modules) {
    const key = new RegExp(`${JSON.stringify(from).replace(/[.]/g, '\\.')}(?=: import\\d+\\b)`, 'g');
    if (!key.test(out)) throw new Error(`short-names: the glue gives no imports under ${from}`);
    out = out.replace(key, () => JSON.stringify(module));
  }
  for (const [, from, to] of names.imports) {
    const key = new RegExp(`(?<![\\w$.])${word(from)}(?=: function\\b)`, 'g');
    if (!key.test(out)) throw new Error(`short-names: import ${from} is not a key of the glue's imports`);
    out = out.replace(key, () => to);
  }
  for (const [from, to] of names.exports) {
    out = out.replace(new RegExp(`\\bwasm\\.${word(from)}(?![\\w$])`, 'g'), () => `wasm.${to}`);
  }
  return out;
}

/** The .d.ts's `InitOutput` with the new export names. */
export function shortTypes(types, names) {
  let out = types;
  for (const [from, to] of names.exports) {
    out = out.replace(new RegExp(`(readonly )${word(from)}(?=:)`, 'g'), (_, r) => `${r}${to}`);
  }
  return out;
}

/**
 * The old names that `code` still reads as a property (`x.old`, `x["old"]`)
 * or gives as an import key. The glue's own functions named after a closure
 * export may keep their names: terser shortens those.
 */
export function leftOver(code, names) {
  const olds = [...names.imports.map(([, from]) => from), ...names.exports.map(([from]) => from)];
  return olds.filter((from) =>
    new RegExp(`(\\.${word(from)}(?![\\w$])|\\[["'\`]${word(from)}["'\`]\\]|(?<![\\w$.])${word(from)}: function\\b)`).test(code));
}

/** The one module `wasm` imports from (wasm-opt gives them all one name). */
function onlyModule(wasm) {
  const modules = [...new Set(WebAssembly.Module.imports(wasm).map((i) => i.module))];
  if (modules.length !== 1) throw new Error(`short-names: the wasm imports from ${modules.length} modules`);
  return modules[0];
}

/** The wasm's imports that `glue` gives no function for. */
function missingImports(wasm, glue) {
  return WebAssembly.Module.imports(wasm)
    .filter((i) => !new RegExp(`(?<![\\w$.])${word(i.name)}: function\\b`).test(glue))
    .map((i) => i.name);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [namesPath, wasmPath, gluePath, typesPath] = process.argv.slice(2);
  const names = JSON.parse(readFileSync(namesPath, 'utf8'));
  const wasm = new WebAssembly.Module(readFileSync(wasmPath));
  const glue = shortNames(readFileSync(gluePath, 'utf8'), names, onlyModule(wasm));
  const left = leftOver(glue, names);
  if (left.length) throw new Error(`short-names: ${gluePath} still names ${left.join(', ')}`);
  const missing = missingImports(wasm, glue);
  if (missing.length) throw new Error(`short-names: ${gluePath} gives no ${missing.join(', ')}`);
  writeFileSync(gluePath, glue);
  if (typesPath) writeFileSync(typesPath, shortTypes(readFileSync(typesPath, 'utf8'), names));
}
