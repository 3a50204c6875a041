// hsm-salary-check: the <hsm-salary-check> element, mount() and evaluate().
// The input and answer types are those of hsm-salary-check/core (core.d.ts,
// generated from the Rust). Needs TypeScript 5.1 or later and the DOM lib.

import type { EvaluateResult, InitInput, PermitCriterion, Role, SalaryPeriod, Situation } from './core.js';

export type * from './core.js';
export { evaluate, type EvaluateNotReady } from './core/index.js';

/** Awaiting it loads the wasm, as `load()` does; `evaluate` answers `notReady` until then. */
export const ready: PromiseLike<void> & Pick<Promise<void>, 'catch' | 'finally'>;

/** Loads the wasm (once; by default the file next to embed.js); resolves when `evaluate` and `mount` are ready. */
export function load(input?: InitInput): Promise<void>;

/** The widget's colours: `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** What the widget starts with (the same as the element's attributes); every option is optional. */
export interface WidgetOptions {
  /** Default: the page's `<html lang>`, else the browser's language. */
  lang?: 'en' | 'nl';
  situation?: Situation;
  /** For an extension or a change of employer: the amount the current permit was granted on. */
  permitCriterion?: PermitCriterion;
  /** ISO date, `'2026-03-15'` (default: today). */
  applicationDate?: string;
  /** `6000`, `'5.942,00'`, … */
  salary?: string | number;
  salaryPeriod?: SalaryPeriod;
  holidayAllowanceIncluded?: boolean;
  role?: Role;
  /** The result only, for a listing with a pre-filled salary. */
  compact?: boolean;
  theme?: Theme;
}

export interface WidgetHandle {
  /** Resolves when the widget is on screen. */
  ready: Promise<WidgetHandle>;
  /** Applies new options; what is not named stays as it is. */
  update(options: WidgetOptions): void;
  unmount(): void;
}

/** Renders the widget in `element`'s shadow root; it dispatches `hsm-result` events on `element`. */
export function mount(element: Element, options?: WidgetOptions): WidgetHandle;

/**
 * `<hsm-salary-check>`: its properties mirror its attributes (`salaryPeriod`
 * is `salary-period`); a property reads `null` when its attribute is absent.
 * `lang` is every element's own.
 */
export interface HsmSalaryCheckElement extends HTMLElement {
  get applicationDate(): string | null;
  set applicationDate(value: string | null | undefined);
  get salary(): string | null;
  set salary(value: string | number | null | undefined);
  get salaryPeriod(): SalaryPeriod | null;
  set salaryPeriod(value: SalaryPeriod | null | undefined);
  holidayAllowanceIncluded: boolean;
  get role(): Role | null;
  set role(value: Role | null | undefined);
  get situation(): Situation | null;
  set situation(value: Situation | null | undefined);
  get permitCriterion(): PermitCriterion | null;
  set permitCriterion(value: PermitCriterion | null | undefined);
  compact: boolean;
  get theme(): Theme | null;
  set theme(value: Theme | null | undefined);
}

/** The event every new answer dispatches (bubbling, composed); `detail` is what `evaluate()` returns. */
export type HsmResultEvent = CustomEvent<EvaluateResult>;

declare global {
  interface HTMLElementTagNameMap {
    'hsm-salary-check': HsmSalaryCheckElement;
  }
  // On the element, and on every ancestor up to the document and window
  // (HTMLElementEventMap, DocumentEventMap and WindowEventMap extend it).
  interface GlobalEventHandlersEventMap {
    'hsm-result': HsmResultEvent;
  }
}
