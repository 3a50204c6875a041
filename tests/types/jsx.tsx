// <hsm-salary-check> in a React component (React 19 types). Checked by tsc
// (types.test.mjs); never run.
import type {} from 'hsm-salary-check/react';
import type { HsmSalaryCheckElement } from 'hsm-salary-check';
import { useEffect, useRef } from 'react';

export function Vacancy({ salary }: { salary: number }) {
  const ref = useRef<HsmSalaryCheckElement>(null);
  useEffect(() => {
    const el = ref.current;
    const log = (e: CustomEvent) => console.log(e.detail);
    el?.addEventListener('hsm-result', (e) => e.detail.ok && console.log(e.detail.qualifies));
    return () => el?.removeEventListener('hsm-result', log);
  }, []);
  return (
    <div>
      <hsm-salary-check ref={ref} compact salary={salary} salary-period="year" holiday-allowance-included lang="nl" />
      <hsm-salary-check situation="extension" permit-criterion="underThirty" application-date="2026-03-15" theme="auto" role="researcher" className="check" />
      {/* @ts-expect-error not a period */}
      <hsm-salary-check salary-period="fortnight" />
    </div>
  );
}
