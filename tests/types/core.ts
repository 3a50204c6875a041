// hsm-salary-check/core in Node or a worker, without the DOM lib. Checked by
// tsc (types.test.mjs); never run.
import init, { initSync, evaluate } from 'hsm-salary-check/core';
import type { EvaluateResult, WasmSource } from 'hsm-salary-check/core';
import * as core from 'hsm-salary-check/core';
import { same } from './expect.js';

// No DOM lib and no @types/node here: no console either.
declare function log(...values: unknown[]): void;

declare const bytes: Uint8Array;
declare const buffer: ArrayBuffer;
initSync({ module: bytes });
const source: WasmSource = buffer;
initSync({ module: source });
// @ts-expect-error the bytes go in { module }
initSync({ bytes });
await init();
await init({ module_or_path: 'https://example.com/hsm/hsm_salary_check_bg.wasm' });
await init({ module_or_path: Promise.resolve(bytes) });

const r = evaluate({ applicationDate: '2026-03-15', age: 31, salary: { amount: '6000', period: 'month' } });
same<typeof r, EvaluateResult>(true);
if (r.ok) log(r.band, r.thirtyPercent.meetsNorm);
else log(r.errors.map((e) => `${e.field}: ${e.message}`));

// Only evaluate(), the types and the init functions: not the widget's internals.
// @ts-expect-error
void core.mount;
// @ts-expect-error
void core.start;
// @ts-expect-error
void core.Widget;
// @ts-expect-error
void core.IntoUnderlyingSource;
