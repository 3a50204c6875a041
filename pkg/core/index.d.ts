// hsm-salary-check/core: evaluate() alone, on the wasm built without the
// widget. The browser's entry (index.js) loads the wasm on the first
// evaluate() or load(); Node's (node.js, the `node` export condition) on
// import. The input and answer types are core.d.ts's, generated from the Rust.
import type { EvaluateInput, EvaluateResult, InitInput, WasmSource } from '../core.js';

export type * from '../core.js';

/** The answer before the wasm is loaded: the JavaScript entries never throw. */
export interface EvaluateNotReady {
  ok: false;
  errors: [{ field: null; code: 'notReady'; message: string }];
}

/** `evaluate(input)`: see the README. Before the wasm is loaded it answers `EvaluateNotReady` and starts loading it. */
export function evaluate(input: EvaluateInput): EvaluateResult | EvaluateNotReady;

/** Loads the wasm (by default the file next to this module); resolves when `evaluate` answers. */
export function load(input?: InitInput): Promise<void>;
export default load;

/** Awaiting it loads the wasm, as `load()` does. */
export const ready: PromiseLike<void> & Pick<Promise<void>, 'catch' | 'finally'>;

/** Loads the wasm at once from its bytes or a compiled module (a worker, Node). */
export function initSync(options: { module: WasmSource }): void;

/** Whether the wasm is loaded, so that `evaluate` answers. */
export function isReady(): boolean;
