// The lazy loading that both entries share (embed.js for the widget,
// core/index.js for evaluate() alone): the wasm is loaded once, on first
// use; a failed load is tried again on the next call and is never an
// unhandled rejection; `evaluate` answers `notReady` until the wasm is there.

/**
 * `init` is wasm-bindgen's init, `wasm` the URL of the wasm next to the
 * entry, `evaluateLoaded` the glue's evaluate.
 */
export function lazy(init, wasm, evaluateLoaded) {
  let loading = null;
  let loaded = false;

  /** Loads the wasm; `input` is what wasm-bindgen's init takes (a URL, a Response, the bytes, a WebAssembly.Module). */
  function load(input) {
    if (loaded) return Promise.resolve();
    if (!loading) {
      loading = init({ module_or_path: input ?? wasm }).then(
        () => {
          loaded = true;
        },
        (e) => {
          loading = null;
          throw e;
        },
      );
      // Whoever awaits it sees the failure; nobody awaiting is not an unhandled rejection.
      loading.catch(() => {});
    }
    return loading;
  }

  /** Awaiting it loads the wasm (`load()`): `await ready`, `ready.then(…)`. */
  const ready = {
    then: (resolve, reject) => load().then(resolve, reject),
    catch: (reject) => load().catch(reject),
    finally: (f) => load().finally(f),
  };

  /** `evaluate(input)`: never throws; before the wasm is ready it answers `notReady` and starts loading it. */
  function evaluate(input) {
    if (loaded) return evaluateLoaded(input);
    if (!loading) load();
    return {
      ok: false,
      errors: [{ field: null, code: 'notReady', message: 'The salary check is still loading: await ready (or load()) before evaluate.' }],
    };
  }

  return { load, ready, evaluate, isReady: () => loaded, loadedSync: () => { loaded = true; } };
}
