// hsm-salary-check/core: evaluate() alone, on the wasm built without the
// widget (cargo's --no-default-features, about a quarter of the widget's
// bytes). Importing it fetches nothing: the wasm next to this file is loaded
// by load() (or `await ready`), or by the first evaluate(), which answers
// `notReady` until it is there. In Node the `node` export condition gives
// node.js instead, which loads the wasm on import.
import init, { evaluate as evaluateLoaded, initSync as initGlue } from './hsm_salary_check.js';

let loading = null;
let loaded = false;

/**
 * Loads the wasm (once; a failed load is tried again on the next call).
 * `input` is what wasm-bindgen's init takes (a URL, a Response, the bytes, a
 * WebAssembly.Module); by default the file next to this module.
 */
export function load(input) {
  if (loaded) return Promise.resolve();
  if (!loading) {
    loading = init({ module_or_path: input ?? new URL('./hsm_salary_check_bg.wasm', import.meta.url) }).then(
      () => {
        loaded = true;
      },
      (e) => {
        loading = null;
        throw e;
      },
    );
    loading.catch(() => {});
  }
  return loading;
}

/** Awaiting it loads the wasm (`load()`): `await ready`, `ready.then(…)`. */
export const ready = {
  then: (resolve, reject) => load().then(resolve, reject),
  catch: (reject) => load().catch(reject),
  finally: (f) => load().finally(f),
};

/** Loads the wasm from its bytes or a WebAssembly.Module at once (a worker, Node). */
export function initSync(module) {
  initGlue(module);
  loaded = true;
}

/** Whether the wasm is loaded, so that `evaluate` answers. */
export function isReady() {
  return loaded;
}

/**
 * `evaluate(input)` (see the README). Never throws: before the wasm is ready
 * it answers `notReady` and starts loading it.
 */
export function evaluate(input) {
  if (loaded) return evaluateLoaded(input);
  if (!loading) load();
  return {
    ok: false,
    errors: [{ field: null, code: 'notReady', message: 'The salary check is still loading: await ready (or load()) before evaluate.' }],
  };
}

export default load;
