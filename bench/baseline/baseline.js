// Hand-written vanilla-JS baseline for the benchmark: the widget's questions
// and 2026 amounts, no framework, no wasm. `evaluate` is pure and takes the
// same input as the wasm `evaluate`, so Node can time the two side by side;
// the form is wired only where there is a document.

// Cents: IND amounts a month excl. holiday allowance, 30% norms a year.
const AMOUNT = { thirtyPlus: 594200, underThirty: 435700, reduced: 312200 };
const NORM = { general: 4801300, youngMaster: 3649700 };
const CAP = 26200000; // the 30% allowance is computed over at most €262,000
const YEAR = 2026;
const MAX = 100000000 * 100;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function day(text) {
  const m = ISO.exec(text ?? '');
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 ? d : null; // rejects 2026-02-30
}

// The same day `n` years later; 29 February becomes 28 February.
function later(d, n) {
  const r = new Date(Date.UTC(d.getUTCFullYear() + n, d.getUTCMonth(), d.getUTCDate()));
  if (r.getUTCDate() !== d.getUTCDate()) r.setUTCDate(0);
  return r;
}

function ageOn(birth, on) {
  const y = on.getUTCFullYear() - birth.getUTCFullYear();
  return later(birth, y) > on ? y - 1 : y;
}

// "5942", "5942,5", "5.942,00", "5,942.00", "€ 5 942": one kind of thousands
// separator in threes, a different decimal mark with one or two digits.
const AMOUNT_RE = /^(\d{1,3}(?:([.,])\d{3})?(?:\2\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/;
export function parseCents(text) {
  const m = AMOUNT_RE.exec(String(text ?? '').replace(/€|eur|[\s\u00a0\u202f]/gi, '').replace(/[.,]-$/, ''));
  if (!m || (m[2] && m[2] === m[3])) return NaN;
  const c = Number(m[1].replace(/[.,]/g, '')) * 100 + Number((m[4] ?? '').padEnd(2, '0'));
  return c > 0 && c <= MAX ? c : NaN;
}

const money = (c) => (c / 100).toFixed(2);

/** The same questions and answer shape (the parts the baseline shows) as the wasm evaluate(). */
export function evaluate(input) {
  const missing = [];
  const errors = [];
  const application = day(input.applicationDate);
  if (!application) missing.push('the application date');
  const birth = day(input.birthDate);
  const degree = input.degree || 'none';
  const from = degree === 'none' ? '' : input.degreeFrom || '';
  if (degree !== 'none' && !from) missing.push('where the degree was obtained');
  const graduated = day(input.graduationDate);
  const role = input.role || 'employee';
  const salary = input.salary ?? {};
  const c = salary.amount === '' || salary.amount == null ? null : parseCents(salary.amount);
  if (c === null) missing.push('the gross salary');
  else if (Number.isNaN(c)) errors.push('Enter the salary as a number, for example 5942 or 5.942,00.');

  // The IND's order: exempt roles, orientation year, recent graduate, age.
  let band = null;
  let age = birth && application ? ageOn(birth, application) : null;
  if (role === 'researcher' || role === 'doctorInTraining') band = 'exempt';
  else if (input.orientationYear === true || input.orientationYear === 'true') band = 'reduced';
  else if (application && ((degree === 'bachelor' && from === 'netherlands') ||
    ((degree === 'master' || degree === 'phd') && (from === 'netherlands' || from === 'top200')))) {
    if (!graduated) missing.push('the graduation date');
    else if (application <= later(graduated, 3)) band = 'reduced';
  }
  // The age decides the band when nothing else did, and the 30% norm for a master's or PhD.
  const youngMasterAsked = band !== 'exempt' && (degree === 'master' || degree === 'phd');
  const bandNeedsAge = band === null && !missing.includes('the graduation date');
  if ((bandNeedsAge || youngMasterAsked) && age === null && application) missing.push('your date of birth');
  if (birth && application && age < 0) errors.push('The date of birth is after the application date.');
  if (missing.length || errors.length || !application) return { ok: false, missing, errors };
  if (band === null) band = age < 30 ? 'underThirty' : 'thirtyPlus';

  // Monthly excl. and yearly incl. holiday allowance, in cents, rounded half up.
  const perYear = salary.period === 'year';
  const incl = salary.holidayAllowanceIncluded === true || salary.holidayAllowanceIncluded === 'true';
  const monthly = Math.round(perYear ? (incl ? (c * 100) / 1296 : c / 12) : incl ? (c * 100) / 108 : c);
  const annual = Math.round(perYear ? (incl ? c : (c * 108) / 100) : incl ? c * 12 : (c * 1296) / 100);
  const threshold = band === 'exempt' ? null : AMOUNT[band];
  const margin = threshold === null ? null : monthly - threshold;

  const normKind = band === 'exempt' ? 'none' : youngMasterAsked && age < 30 ? 'youngMaster' : 'general';
  const norm = normKind === 'none' ? null : NORM[normKind];
  // The allowance is at most 30%: in whole cents, rounded down.
  const taxable = annual - Math.floor((Math.min(annual, CAP) * 3) / 10);
  return {
    ok: true,
    band,
    threshold: threshold === null ? null : money(threshold),
    monthlySalary: money(monthly),
    qualifies: margin === null || margin >= 0,
    margin: margin === null ? null : money(margin),
    published: application.getUTCFullYear() === YEAR,
    thirtyPercent: {
      normKind,
      norm: norm === null ? null : money(norm),
      annualSalary: money(annual),
      taxableSalary: money(taxable),
      meetsNorm: norm === null || taxable > norm,
    },
  };
}

const BANDS = {
  exempt: 'No income criterion: scientific researcher or doctor in training',
  reduced: 'Reduced amount: recent graduate or after an orientation year',
  underThirty: 'Highly skilled migrant under 30',
  thirtyPlus: 'Highly skilled migrant aged 30 or older',
};

// Made once: a NumberFormat is costly to construct on every keystroke.
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The answer as lines of text: [class, text][]. */
export function describe(r) {
  if (!r.ok) {
    return r.errors.length
      ? r.errors.map((e) => ['no', e])
      : [['', `Still needed: ${r.missing.join(', ')}.`]];
  }
  const eur = (s, whole) => '€' + (whole && s.endsWith('.00') ? WHOLE : CENTS).format(Number(s));
  const m = r.margin === null ? 0 : Number(r.margin);
  const verdict = r.margin === null ? 'Qualifies: no income criterion applies'
    : m === 0 ? 'Qualifies: exactly the required amount'
    : m > 0 ? `Qualifies: ${eur(r.margin, true)} above the amount`
    : `Does not qualify: ${eur(r.margin.slice(1), true)} short`;
  const t = r.thirtyPercent;
  const lines = [
    [r.qualifies ? 'yes' : 'no', verdict],
    ['', `Band: ${BANDS[r.band]}`],
    ['', r.threshold === null ? 'Required: no amount' : `Required: ${eur(r.threshold)} a month (${YEAR} amounts, source: IND)`],
    ['', `Your salary: ${eur(r.monthlySalary)} a month, gross, excl. holiday allowance`],
    [t.meetsNorm ? 'yes' : 'no', t.norm === null ? '30% ruling: met, no salary norm applies to this role'
      : `30% ruling: ${t.meetsNorm ? 'met' : 'not met'}; taxable salary ${eur(t.taxableSalary)} a year, norm ${eur(t.norm)}`],
  ];
  if (!r.published) lines.push(['', `Only the ${YEAR} amounts are in this baseline; the answer is indicative.`]);
  return lines;
}

function wire(form, out) {
  const today = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  form.applicationDate.value ||= `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  const update = () => {
    const f = form.elements;
    const r = evaluate({
      applicationDate: f.applicationDate.value,
      birthDate: f.birthDate.value,
      degree: f.degree.value,
      degreeFrom: f.degreeFrom.value,
      graduationDate: f.graduationDate.value,
      orientationYear: f.orientationYear.value === 'true',
      role: f.role.value,
      salary: { amount: f.amount.value, period: f.period.value, holidayAllowanceIncluded: f.holidayAllowanceIncluded.checked },
    });
    out.replaceChildren(...describe(r).map(([cls, text]) => {
      const p = document.createElement('p');
      p.className = cls;
      p.textContent = text;
      return p;
    }));
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update(); // also picks up anything typed before this module ran
}

if (typeof document !== 'undefined') wire(document.getElementById('check'), document.getElementById('result'));
