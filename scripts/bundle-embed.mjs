// embed.js with wasm-bindgen's glue inside it: one module for the element to
// fetch and run instead of two. The glue's code then runs as soon as embed.js
// has arrived (with `async`, before the page is parsed), the page makes one
// request less, and the two files compress better as one.
//
// The glue goes in a function of its own, so that its names (evaluate, mount)
// do not meet embed.js's; it hands out exactly what embed.js imports from it.
// pkg/hsm_salary_check.js stays as it is, for the tests that load the glue.
//
//   node scripts/bundle-embed.mjs GLUE EMBED OUT
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GLUE_IMPORT = /^import\s+(\w+)\s*,\s*\{([^}]*)\}\s*from\s*'\.\/hsm_salary_check\.js';?$/m;

/** `a, b as c` → [['a', 'a'], ['b', 'c']]: each name and what it is called on the other side. */
function specs(list) {
  return list.split(',').map((s) => s.trim()).filter(Boolean).map((spec) => {
    const [name, alias = name] = spec.split(/\s+as\s+/);
    return [name, alias];
  });
}

/** exported name → local name, and the glue without its `export`s. */
export function unexport(glue) {
  const names = new Map();
  let code = glue.replace(/^export (?:async )?(function|class) (\w+)/gm, (all, _kind, name) => {
    names.set(name, name);
    return all.replace(/^export /, '');
  });
  code = code.replace(/^export \{([^}]*)\};?$/gm, (_, list) => {
    for (const [local, exported] of specs(list)) names.set(exported, local);
    return '';
  });
  if (/^\s*(export|import)\b/m.test(code)) throw new Error('bundle-embed: the glue has an import or export this script does not know');
  return { code, names };
}

/** embed.js with its import of the glue replaced by the glue itself. */
export function bundle(glue, embed) {
  const found = embed.match(GLUE_IMPORT);
  if (!found) throw new Error("bundle-embed: embed.js does not import './hsm_salary_check.js' as expected");
  const [statement, defaultName, list] = found;
  const { code, names } = unexport(glue);
  const wanted = [['default', defaultName], ...specs(list)];
  const handed = wanted.map(([imported]) => {
    const local = names.get(imported);
    if (!local) throw new Error(`bundle-embed: the glue exports no ${imported}`);
    return `${JSON.stringify(imported)}: ${local}`;
  });
  const bindings = wanted.map(([imported, local]) => `${JSON.stringify(imported)}: ${local}`);
  const inlined = `const { ${bindings.join(', ')} } = (() => {\n${code}\nreturn { ${handed.join(', ')} };\n})();`;
  return embed.replace(statement, () => inlined);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [glue, embed, out] = process.argv.slice(2);
  writeFileSync(out, bundle(readFileSync(glue, 'utf8'), readFileSync(embed, 'utf8')));
}
