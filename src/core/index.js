// hsm-salary-check/core: evaluate() alone, on the wasm built without the
// widget (cargo's --no-default-features, about a quarter of the widget's
// bytes). Importing it fetches nothing: the wasm next to this file is loaded
// by load() (or `await ready`), or by the first evaluate(), which answers
// `notReady` until it is there. In Node the `node` export condition gives
// node.js instead, which loads the wasm on import.
import init, { evaluate as evaluateLoaded, initSync as initGlue } from './hsm_salary_check.js';
import { lazy } from '../loader.js';

const wasm = lazy(init, new URL('./hsm_salary_check_bg.wasm', import.meta.url), evaluateLoaded);

/** `load(input?)`, `ready`, `evaluate` and `isReady()`, as in loader.js, on the core's wasm. */
export const { load, ready, evaluate, isReady } = wasm;

/** Loads the wasm from its bytes or a WebAssembly.Module at once (a worker, Node). */
export function initSync(module) {
  initGlue(module);
  wasm.loadedSync();
}

export default load;
