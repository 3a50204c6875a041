// Puts wasm-bindgen's JavaScript snippets (src/api/tape.js, imported by the
// wasm with `#[wasm_bindgen(module = ...)]`) inside the glue that imports
// them, and removes the snippets folder: the package and the page then load
// one module less, and bundlers have no extra file to find. Only what the
// glue imports is kept. With --no-literals, tape.js's object literals
// (between its `// literals:` and `// literals end` lines) are left out: the
// widget's wasm never sends a struct by its shape.
//   node scripts/inline-snippets.mjs [--no-literals] GLUE.js [GLUE.js ...]
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = /^import \{([^}]*)\} from '(\.\/snippets\/[^']+\.js)';$/gm;

/** The snippet as a block that returns its exports; only `export function` and `export const` are allowed. */
function asBlock(code, path) {
  if (/^\s*import\b/m.test(code)) throw new Error(`${path}: a snippet that imports cannot be inlined`);
  const names = [];
  const body = code.replace(/^export (function|const|let) ([A-Za-z_$][\w$]*)/gm, (_, kind, name) => {
    names.push(name);
    return `${kind} ${name}`;
  });
  if (/^\s*export\b/m.test(body)) throw new Error(`${path}: only 'export function' and 'export const' can be inlined`);
  return { body, names };
}

const LITERALS = /^\/\/ literals:.*\n[^]*^\/\/ literals end$/m;

export function inlineSnippets(gluePath, { literals = true } = {}) {
  const dir = dirname(gluePath);
  let found = 0;
  const glue = readFileSync(gluePath, 'utf8').replace(IMPORT, (_, list, relative) => {
    found += 1;
    const path = join(dir, relative);
    let code = readFileSync(path, 'utf8');
    if (!literals) {
      if (!LITERALS.test(code)) throw new Error(`${path}: no literals to leave out`);
      code = code.replace(LITERALS, 'const LITERALS = {};');
    }
    const { body, names } = asBlock(code, path);
    const bindings = list.split(',').map((s) => s.trim()).filter(Boolean).map((item) => {
      const [name, local = name] = item.split(/\s+as\s+/);
      if (!names.includes(name)) throw new Error(`${path} does not export ${name}`);
      return name === local ? name : `${name}: ${local}`;
    });
    const used = bindings.map((b) => b.split(':')[0]);
    return `const { ${bindings.join(', ')} } = (() => {\n${body}\nreturn { ${used.join(', ')} };\n})();`;
  });
  if (found === 0) throw new Error(`${gluePath} imports no snippet: is the wasm the one that uses src/api/tape.js?`);
  writeFileSync(gluePath, glue);
  rmSync(join(dir, 'snippets'), { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const literals = !args.includes('--no-literals');
  for (const path of args.filter((a) => a !== '--no-literals')) inlineSnippets(path, { literals });
}
