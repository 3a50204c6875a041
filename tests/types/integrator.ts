// An integrator's page script: evaluate(), mount() and the answer, as the
// README shows them. Checked by tsc (types.test.mjs); never run.
import { ready, evaluate, mount } from 'hsm-salary-check';
import type {
  Band,
  BlueCardCondition,
  Code,
  EvaluateInput,
  EvaluateNotReady,
  EvaluateResult,
  Field,
  FieldError,
  WarningCode,
  WidgetHandle,
  WidgetOptions,
} from 'hsm-salary-check';
import { same } from './expect.js';

same<Awaited<typeof ready>, void>(true);

const input: EvaluateInput = {
  situation: 'firstPermit',
  applicationDate: '2026-03-15',
  birthDate: '1996-03-16',
  degree: 'master',
  degreeFrom: 'netherlands',
  graduationDate: '2024-06-30',
  orientationYear: false,
  role: 'employee',
  salary: { amount: '5.942,00', period: 'month', holidayAllowanceIncluded: false },
};

// What a form or a query string hands over: text for numbers and flags, null for empty.
const loose: EvaluateInput = {
  situation: 'extension',
  permitCriterion: 'underThirty',
  applicationDate: '2026-03-15',
  birthDate: null,
  age: '31',
  degree: null,
  orientationYear: 'true',
  salary: { amount: 6000, period: 'year', holidayAllowanceIncluded: 'false' },
};

const typo: EvaluateInput = {
  // @ts-expect-error a misspelt field
  applicationDte: '2026-03-15',
  salary: { amount: 6000, period: 'month' },
};

const fortnight: EvaluateInput = {
  applicationDate: '2026-03-15',
  // @ts-expect-error not a period
  salary: { amount: 6000, period: 'fortnight' },
};

const doctorate: EvaluateInput = {
  applicationDate: '2026-03-15',
  // @ts-expect-error not a degree
  degree: 'doctorate',
  salary: { amount: 6000, period: 'month' },
};

const ageAsBoolean: EvaluateInput = {
  applicationDate: '2026-03-15',
  // @ts-expect-error age is a number or text
  age: true,
  salary: { amount: 6000, period: 'month' },
};

void [loose, typo, fortnight, doctorate, ageAsBoolean];

await ready;
const answer = evaluate(input);
same<ReturnType<typeof evaluate>, EvaluateResult | EvaluateNotReady>(true);

// @ts-expect-error an error has no band: check `ok` first
void answer.band;

/** Before the wasm is loaded the only answer is `notReady`. */
function loaded(a: EvaluateResult | EvaluateNotReady): a is EvaluateResult {
  return a.ok || a.errors[0]?.code !== 'notReady';
}

/** Every block of an answer, read as a page would. */
function describe(r: EvaluateResult): string[] {
  if (!r.ok) {
    same<typeof r.errors, FieldError[]>(true);
    return r.errors.map((e) => {
      same<typeof e.field, Field>(true);
      same<typeof e.code, Code>(true);
      const where: Field = e.field;
      const what: Code = e.code;
      // @ts-expect-error not a code
      if (e.code === 'tooBig') return '';
      return `${where} ${what}: ${e.message}`;
    });
  }
  const lines: string[] = [];
  same<typeof r.ok, true>(true);
  same<typeof r.band, Band>(true);
  same<typeof r.threshold, string | null>(true);
  same<typeof r.monthlySalary, string>(true);
  same<typeof r.qualifies, boolean | null>(true);
  same<typeof r.margin, string | null>(true);
  same<typeof r.published, boolean>(true);
  lines.push(`${r.band}: ${r.threshold ?? 'no amount'} (${r.period.from} – ${r.period.to}, ${r.source})`);
  if (r.qualifies !== null) lines.push(r.qualifies ? `qualifies by ${r.margin}` : `short by ${r.margin}`);
  // @ts-expect-error not a band
  if (r.band === 'senior') lines.push('');

  const { reason } = r;
  switch (reason.code) {
    case 'graduated':
      lines.push(`${reason.programme}, ${reason.graduationDate} until ${reason.lastDay}`);
      break;
    case 'age':
      same<typeof reason.age, number | null>(true);
      lines.push(`aged ${reason.age}`);
      break;
    case 'carriedOver':
      lines.push(`${reason.situation}: ${reason.permitCriterion}`);
      break;
    case 'researcher':
    case 'doctorInTraining':
    case 'orientationYear':
      break;
    default: {
      const never: never = reason.code;
      return never;
    }
  }

  const { reduced, underThirty, thirtyPlus } = r.thresholds;
  lines.push([reduced, underThirty, thirtyPlus].join(' / '));

  const t = r.thirtyPercent;
  same<typeof t.percentage, number>(true);
  same<typeof t.meetsNorm, boolean | null>(true);
  same<typeof t.norm, string | null>(true);
  lines.push(
    `${t.normKind} ${t.norm} ${t.percentage}%: ${t.annualSalary} − ${t.allowance} = ${t.taxableSalary}`,
    `${t.meetsNorm} ${t.partialPossible} ${t.maxAllowance} ${t.salaryForFullAllowance} ${t.period.to} ${t.source}`,
  );

  const b = r.blueCard;
  same<typeof b.qualifies, boolean | null>(true);
  same<typeof b.thresholds.recentGraduates, string | null>(true);
  lines.push(
    `${b.threshold} (${b.thresholds.general}, ${b.thresholds.recentGraduates ?? '–'}) ${b.reduced} ${b.qualifies}`,
    `${b.margin} ${b.published} ${b.period.from} ${b.source} ${b.conditionsSource}`,
  );
  for (const c of b.conditions) {
    same<typeof c, BlueCardCondition>(true);
    same<typeof c.months, number | undefined>(true);
    lines.push(c.code === 'contract' ? `${c.message} (${c.months} months)` : c.message);
  }

  for (const w of r.warnings) {
    const code: WarningCode = w.code;
    same<typeof w.date, string | undefined>(true);
    same<typeof w.amount, string | undefined>(true);
    same<typeof w.published, boolean | undefined>(true);
    lines.push(`${code}: ${w.message} ${w.date ?? ''} ${w.amount ?? ''} ${w.published === false ? '(not published)' : ''}`);
  }

  lines.push(`rules ${r.rules.version}, amounts checked ${r.rules.amountsChecked}`);
  return lines;
}
if (loaded(answer)) describe(answer);

// mount() with options; a handle's ready resolves to the handle.
const options: WidgetOptions = {
  lang: 'nl',
  situation: 'changeOfEmployer',
  permitCriterion: 'reduced',
  applicationDate: '2026-03-15',
  salary: 6000,
  salaryPeriod: 'year',
  holidayAllowanceIncluded: true,
  role: 'researcher',
  compact: true,
  theme: 'auto',
};
const target = document.querySelector('#check');
if (target) {
  const handle: WidgetHandle = mount(target, options);
  same<Awaited<typeof handle.ready>, WidgetHandle>(true);
  handle.update({ salary: '6500' });
  // @ts-expect-error not a theme
  handle.update({ theme: 'blue' });
  // @ts-expect-error not an option
  handle.update({ salaryAmount: '6500' });
  handle.unmount();
}
