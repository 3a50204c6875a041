// hsm-salary-check/core in Node (the `node` export condition): the wasm next
// to this file is read and instantiated on import, so `evaluate` answers at
// once, with no init call. Should the file be missing (a bundle that left it
// behind), the import still succeeds and evaluate() answers `notReady`.
import { readFileSync } from 'node:fs';
import { initSync } from './index.js';

try {
  initSync({ module: readFileSync(new URL('./hsm_salary_check_bg.wasm', import.meta.url)) });
} catch {
  // evaluate() says notReady; load() tries again and rejects with the reason.
}

export * from './index.js';
export { default } from './index.js';
