// V8's explicit compile hint (Chrome 136 and later): a file that starts with
// this comment has all its functions compiled eagerly, off the main thread
// while it streams in, instead of each one on the main thread at its first
// call. The widget's glue and embed.js are nearly all called while the first
// widget is drawn. Other engines read it as a comment.
// https://v8.dev/blog/explicit-compile-hints
//
//   node scripts/compile-hint.mjs FILE...   puts the hint at the top of each
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function withHint(code) {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const path of process.argv.slice(2)) writeFileSync(path, withHint(readFileSync(path, 'utf8')));
}
