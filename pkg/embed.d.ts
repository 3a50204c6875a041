export { evaluate } from './hsm_salary_check.js';

/** Resolves once the wasm is loaded; call `evaluate` after it. */
export const ready: Promise<unknown>;

/** Loads the wasm (once; by default the file next to embed.js); resolves when `evaluate` and `mount` are ready. */
export function load(input?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;

export interface WidgetOptions {
  lang?: 'en' | 'nl';
  applicationDate?: string;
  salary?: string | number;
  salaryPeriod?: 'month' | 'year';
  holidayAllowanceIncluded?: boolean;
  role?: 'employee' | 'researcher' | 'doctorInTraining';
  compact?: boolean;
  theme?: 'light' | 'dark' | 'auto';
}

export interface WidgetHandle {
  /** Resolves when the widget is on screen. */
  ready: Promise<WidgetHandle>;
  update(options: WidgetOptions): void;
  unmount(): void;
}

/** Renders the widget in `element`'s shadow root; it dispatches `hsm-result` events on `element`. */
export function mount(element: Element, options?: WidgetOptions): WidgetHandle;
