// The calculator's form: what a person typed (strings, kept as typed), the
// checks (a code for what is wrong, worded by the widget from src/i18n/targets/),
// and the compact URL form of the state.
import { exactHundredths, formatPlain, parseNumber, round2 } from '../number/index.ts';
import { fill } from '../phrase/index.ts';
import { MAX_ANNUAL, type BreakdownInput, type MonthMode } from './breakdown.ts';
import type { DayRule } from './working-calendar.ts';

export interface TargetForm {
  annual: string;
  year: string;
  shareMode: 'equal' | 'custom';
  shares: [string, string, string, string];
  monthMode: MonthMode;
  /** Real working days from the holiday data, or Monday–Friday only. */
  dayRule: DayRule;
}
export type FieldKey = 'annual' | 'year' | 'share0' | 'share1' | 'share2' | 'share3';

export const FORM_YEARS = { min: 1900, max: 2100 } as const;

export function defaultForm(year: number): TargetForm {
  return {
    annual: '',
    year: String(year),
    shareMode: 'equal',
    shares: ['25', '25', '25', '25'],
    monthMode: 'working-days',
    dayRule: 'official',
  };
}

/** What is wrong with a field; its message says so and what to type instead (yearBad names FORM_YEARS). */
export type FormError =
  | 'annualNaN'
  | 'annualNegative'
  | 'annualLarge'
  | 'annualDecimals'
  | 'yearEmpty'
  | 'yearBad'
  | 'shareEmpty'
  | 'shareNaN'
  | 'shareRange'
  | 'shareDecimals';
const E = (error: FormError) => ({ error });

export interface FormCheck {
  errors: Partial<Record<FieldKey, FormError>>;
  /** Custom shares: their total and what is missing to 100 (negative when over), in percent, once all four are numbers. */
  shareSum?: { total: number; missing: number } | undefined;
  /** Set when everything is valid and the annual target is filled in. */
  input?: BreakdownInput | undefined;
}

type Checked = { value?: number; error?: FormError };

function checkAnnual(text: string): Checked {
  const p = parseNumber(text);
  if (!p.ok)
    return p.error === 'empty' ? {} : E(p.error === 'too-large' ? 'annualLarge' : 'annualNaN');
  if (p.value < 0) return E('annualNegative');
  if (p.value > MAX_ANNUAL) return E('annualLarge');
  if (round2(p.value) !== p.value) return E('annualDecimals');
  return { value: p.value };
}

function checkYear(text: string): Checked {
  const p = parseNumber(text);
  if (!p.ok) return E(p.error === 'empty' ? 'yearEmpty' : 'yearBad');
  if (!Number.isInteger(p.value) || p.value < FORM_YEARS.min || p.value > FORM_YEARS.max)
    return E('yearBad');
  return { value: p.value };
}

function checkShare(text: string): Checked {
  const p = parseNumber(text, { percent: true });
  if (!p.ok)
    return E(
      p.error === 'empty' ? 'shareEmpty' : p.error === 'too-large' ? 'shareRange' : 'shareNaN',
    );
  if (p.value < 0 || p.value > 100) return E('shareRange');
  if (exactHundredths(p.value) === undefined) return E('shareDecimals');
  return { value: p.value };
}

/** A field's message in the page's words; yearBad names the years allowed. */
export const formErrorText = (errors: Readonly<Record<FormError, string>>, e: FormError) =>
  fill(errors[e], FORM_YEARS);

/** Checks every field; `input` is there only when the breakdown can be computed. */
export function checkForm(f: TargetForm): FormCheck {
  const errors: FormCheck['errors'] = {};
  const annual = checkAnnual(f.annual);
  if (annual.error) errors.annual = annual.error;
  const year = checkYear(f.year);
  if (year.error) errors.year = year.error;
  let shares: number[] | 'equal' = 'equal';
  let shareSum: FormCheck['shareSum'];
  let sharesOk = true;
  if (f.shareMode === 'custom') {
    const checked = f.shares.map(checkShare);
    checked.forEach((c, i) => {
      if (c.error) errors[`share${i}` as FieldKey] = c.error;
    });
    if (checked.every((c) => c.value !== undefined)) {
      shares = checked.map((c) => c.value!);
      const total = shares.reduce((a, s) => a + exactHundredths(s)!, 0);
      shareSum = { total: total / 100, missing: (10_000 - total) / 100 };
      sharesOk = total === 10_000;
    } else sharesOk = false;
  }
  const ok =
    Object.keys(errors).length === 0 &&
    sharesOk &&
    annual.value !== undefined &&
    year.value !== undefined;
  return {
    errors,
    shareSum,
    input: ok
      ? {
          annual: annual.value!,
          year: year.value!,
          quarterShares: shares,
          monthMode: f.monthMode,
          dayRule: f.dayRule,
        }
      : undefined,
  };
}

const pct = (v: number) => `${formatPlain(v)}%`;

type Words<K extends string> = Readonly<Record<K, string>>;

/** The live line under the custom shares: their total and what is missing or over. */
export function shareSumMessage(
  c: FormCheck,
  t: Words<'sumFix' | 'sumExact' | 'sumShort' | 'sumOver'>,
): string {
  const sum = c.shareSum;
  if (!sum) return t.sumFix;
  if (sum.missing === 0) return fill(t.sumExact, { total: pct(sum.total) });
  return fill(sum.missing > 0 ? t.sumShort : t.sumOver, {
    total: pct(sum.total),
    gap: pct(Math.abs(sum.missing)),
  });
}

/** What the results area says while there is nothing to show. */
export function pendingMessage(
  f: TargetForm,
  c: FormCheck,
  t: Words<'pendingFix' | 'pendingShares' | 'pendingEmpty'>,
): string {
  if (Object.keys(c.errors).length > 0) return t.pendingFix;
  if (f.shareMode === 'custom' && c.shareSum && c.shareSum.missing !== 0)
    return fill(t.pendingShares, { total: pct(c.shareSum.total) });
  return t.pendingEmpty;
}

// URL form, version 1: t=1.<annual>.<year>.<e | s1_s2_s3_s4>.<w | e>[.o]
// The trailing `o` asks for the official calendar; links from before it
// existed counted Monday–Friday, so without it they still do.
// Each typed text is percent-encoded with '.' and '_' escaped too, so the
// separators can never occur inside a value, and the text comes back exactly
// as typed (full-width digits included). Read from the raw query string,
// before any decoding. Anything else is refused whole, never half-applied.
const MAX_TEXT = 64;
/** Lone surrogates (which encodeURIComponent refuses) become U+FFFD. */
const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
const enc = (s: string) =>
  encodeURIComponent(wellFormed(s)).replace(
    /[._!~*'()-]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
function dec(s: string): string | undefined {
  try {
    const out = decodeURIComponent(s);
    return out.length <= MAX_TEXT ? out : undefined;
  } catch {
    return undefined;
  }
}

export function encodeForm(f: TargetForm): string {
  const shares = f.shareMode === 'equal' ? 'e' : f.shares.map(enc).join('_');
  const parts = ['1', enc(f.annual), enc(f.year), shares, f.monthMode === 'equal' ? 'e' : 'w'];
  if (f.dayRule === 'official') parts.push('o');
  return parts.join('.');
}

export function decodeForm(raw: string | null | undefined): TargetForm | undefined {
  if (!raw || raw.length > 2000) return undefined;
  const parts = raw.split('.');
  if (parts.length === 6 && parts[5] === 'o') parts.pop();
  else if (parts.length !== 5) return undefined;
  if (parts[0] !== '1') return undefined;
  const dayRule: DayRule = raw.split('.').length === 6 ? 'official' : 'weekdays';
  const [, a, y, s, m] = parts as [string, string, string, string, string];
  const annual = dec(a);
  const year = dec(y);
  if (annual === undefined || year === undefined || (m !== 'w' && m !== 'e')) return undefined;
  const form: TargetForm = {
    ...defaultForm(0),
    annual,
    year,
    monthMode: m === 'e' ? 'equal' : 'working-days',
    dayRule,
  };
  if (s === 'e') return form;
  const shares = s.split('_').map(dec);
  if (shares.length !== 4 || shares.some((x) => x === undefined)) return undefined;
  return { ...form, shareMode: 'custom', shares: shares as TargetForm['shares'] };
}

/** The raw (still percent-encoded) value of a query parameter. */
export function rawParam(search: string, name: string): string | null {
  const hit = search
    .replace(/^\?/, '')
    .split('&')
    .find((p) => p.startsWith(`${name}=`));
  return hit === undefined ? null : hit.slice(name.length + 1);
}

/** The query string with `name` set to an already-encoded value (or removed when null), other parameters kept. */
export function withRawParam(search: string, name: string, value: string | null): string {
  const others = search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '' && p !== name && !p.startsWith(`${name}=`));
  const all = value === null ? others : [...others, `${name}=${value}`];
  return all.length ? `?${all.join('&')}` : '';
}
