// hsm-salary-check/core in Node or a worker, without the DOM lib. Checked by
// tsc (types.test.mjs); never run.
import load, { initSync, evaluate, isReady, ready } from 'hsm-salary-check/core';
import type { EvaluateNotReady, EvaluateResult, WasmSource } from 'hsm-salary-check/core';
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
await load();
await load('https://example.com/hsm/core/hsm_salary_check_bg.wasm');
await load(bytes);
await ready;
same<Awaited<typeof ready>, void>(true);
same<ReturnType<typeof isReady>, boolean>(true);

const r = evaluate({ applicationDate: '2026-03-15', age: 31, salary: { amount: '6000', period: 'month' } });
same<typeof r, EvaluateResult | EvaluateNotReady>(true);
if (r.ok) log(r.band, r.thirtyPercent.meetsNorm);
else log(r.errors.map((e) => (e.code === 'notReady' ? 'still loading' : `${e.field}: ${e.message}`)));

// Only evaluate(), the types and the loading functions: not the widget's
// internals, nor wasm-bindgen's own init.
// @ts-expect-error
void core.init;
// @ts-expect-error
void core.mount;
// @ts-expect-error
void core.start;
// @ts-expect-error
void core.Widget;
// @ts-expect-error
void core.IntoUnderlyingSource;
