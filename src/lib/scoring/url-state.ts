// zod/mini: the same schemas, a fraction of the bytes in the browser bundle.
import * as z from 'zod/mini';
import type { Scorecard } from './types.ts';

/** What a person typed into a scorecard, field by field, as strings. */
export interface SheetState {
  fields: Record<string, { plan: string; actual: string; value: string }>;
  deductions: Record<string, string>;
  weights: Record<string, string>;
  normalize: boolean;
}

export function emptyState(card: Scorecard): SheetState {
  return {
    fields: Object.fromEntries(card.indicators.map((i) => [i.id, { plan: '', actual: '', value: '' }])),
    deductions: Object.fromEntries(card.deductions.map((d) => [d.id, ''])),
    weights: Object.fromEntries(card.indicators.map((i) => [i.id, String(i.weight)])),
    normalize: false,
  };
}

const cell = z.string().check(z.maxLength(64));
/** Version 1: rows in the sheet's order; weights only when they differ from the sheet. */
const v1 = z.object({
  v: z.literal(1),
  i: z.array(z.tuple([cell, cell, cell])).check(z.maxLength(100)),
  d: z.array(cell).check(z.maxLength(100)),
  w: z.nullable(z.array(cell).check(z.maxLength(100))),
  n: z.boolean(),
});

function toBase64Url(text: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** A compact, versioned encoding of the sheet for a shareable URL: `1.<base64url JSON>`. */
export function encodeState(card: Scorecard, s: SheetState): string {
  const sheetWeights = card.indicators.every((i) => s.weights[i.id] === String(i.weight));
  const payload: z.input<typeof v1> = {
    v: 1,
    i: card.indicators.map((i) => {
      const f = s.fields[i.id] ?? { plan: '', actual: '', value: '' };
      return [f.plan, f.actual, f.value];
    }),
    d: card.deductions.map((d) => s.deductions[d.id] ?? ''),
    w: sheetWeights ? null : card.indicators.map((i) => s.weights[i.id] ?? ''),
    n: s.normalize,
  };
  return `1.${toBase64Url(JSON.stringify(payload))}`;
}

/**
 * Reads a shared link's state. Anything that is not exactly a version-1 state
 * for this sheet's shape is refused (undefined), never half-applied: the values
 * are only ever shown as input text, so a planted script stays text.
 */
export function decodeState(card: Scorecard, encoded: string | null | undefined): SheetState | undefined {
  if (!encoded || !encoded.startsWith('1.') || encoded.length > 8000) return undefined;
  let parsed: z.output<typeof v1>;
  try {
    const r = z.safeParse(v1, JSON.parse(fromBase64Url(encoded.slice(2))));
    if (!r.success) return undefined;
    parsed = r.data;
  } catch {
    return undefined;
  }
  if (parsed.i.length !== card.indicators.length || parsed.d.length !== card.deductions.length) return undefined;
  if (parsed.w && parsed.w.length !== card.indicators.length) return undefined;
  const state = emptyState(card);
  card.indicators.forEach((ind, k) => {
    const [plan, actual, value] = parsed.i[k]!;
    state.fields[ind.id] = { plan, actual, value };
    if (parsed.w) state.weights[ind.id] = parsed.w[k]!;
  });
  card.deductions.forEach((d, k) => (state.deductions[d.id] = parsed.d[k]!));
  state.normalize = parsed.n;
  return state;
}

/** The engine's inputs for a sheet state. */
export function inputsOf(s: SheetState) {
  return { indicators: s.fields, deductions: s.deductions, weights: s.weights };
}
