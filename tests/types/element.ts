// The element from a page's script: created, found, its properties set and
// its hsm-result events read. Checked by tsc (types.test.mjs); never run.
import 'hsm-salary-check';
import type { EvaluateResult, HsmSalaryCheckElement } from 'hsm-salary-check';
import { same } from './expect.js';

const el = document.createElement('hsm-salary-check');
same<typeof el, HsmSalaryCheckElement>(true);
same<typeof el.salary, string | null>(true);
el.salary = 6000;
el.salary = '5.942,00';
el.salaryPeriod = 'year';
el.applicationDate = '2026-03-15';
el.situation = 'extension';
el.permitCriterion = 'thirtyPlus';
el.role = 'doctorInTraining';
el.holidayAllowanceIncluded = true;
el.compact = true;
el.theme = 'dark';
el.lang = 'nl';
el.salary = null;
// @ts-expect-error not a period
el.salaryPeriod = 'fortnight';
// @ts-expect-error compact is a boolean
el.compact = 'yes';
document.body.append(el);

const found = document.querySelector('hsm-salary-check');
same<typeof found, HsmSalaryCheckElement | null>(true);
const compact: boolean | undefined = found?.compact;
void compact;

// The README's snippet, on the document, the window and the element.
document.addEventListener('hsm-result', (e) => console.log(e.detail.ok && e.detail.qualifies));
window.addEventListener('hsm-result', (e) => {
  same<typeof e.detail, EvaluateResult>(true);
});
el.addEventListener('hsm-result', (e) => {
  if (e.detail.ok) console.log(e.detail.band, e.detail.blueCard.qualifies);
  else console.log(e.detail.errors.map((x) => x.field));
});
// Other events keep their own types.
el.addEventListener('keydown', (e) => {
  same<typeof e, KeyboardEvent>(true);
});
