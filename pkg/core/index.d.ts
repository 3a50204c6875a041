// hsm-salary-check/core: the browser's entry (index.js) and Node's (node.js).
export { evaluate } from './hsm_salary_check.js';

/** Loads the wasm (by default the file next to this module); resolves when `evaluate` answers. */
export function load(input?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;
export default load;

/** Awaiting it loads the wasm, as `load()` does. */
export const ready: PromiseLike<void> & Pick<Promise<void>, 'catch' | 'finally'>;

/** Loads the wasm at once from its bytes or a compiled module. */
export function initSync(module: { module: BufferSource | WebAssembly.Module }): void;

/** Whether the wasm is loaded, so that `evaluate` answers. */
export function isReady(): boolean;
