// <hsm-salary-check> in React's JSX (React 19 sets a custom element's
// attributes and properties as written). Include it once, in any file the
// project compiles:
//
//   import type {} from 'hsm-salary-check/react';
//
// It augments 'react', so it needs @types/react; without React, leave it out.

import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { HsmSalaryCheckElement, PermitCriterion, Role, SalaryPeriod, Situation, Theme } from './embed.js';

/** The element's attributes as JSX props (the same values as `mount()`'s options). */
export interface HsmSalaryCheckProps
  extends DetailedHTMLProps<HTMLAttributes<HsmSalaryCheckElement>, HsmSalaryCheckElement> {
  lang?: 'en' | 'nl';
  situation?: Situation;
  'permit-criterion'?: PermitCriterion;
  'application-date'?: string;
  salary?: string | number;
  'salary-period'?: SalaryPeriod;
  'holiday-allowance-included'?: boolean;
  /** The applicant's role (not an ARIA role). */
  role?: Role;
  compact?: boolean;
  theme?: Theme;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'hsm-salary-check': HsmSalaryCheckProps;
    }
  }
}
