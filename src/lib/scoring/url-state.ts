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
    fields: Object.fromEntries(
      card.indicators.map((i) => [i.id, { plan: '', actual: '', value: '' }]),
    ),
    deductions: Object.fromEntries(card.deductions.map((d) => [d.id, ''])),
    weights: Object.fromEntries(card.indicators.map((i) => [i.id, String(i.weight)])),
    normalize: false,
  };
}

function toBase64Url(text: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
export function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(bin, (c) => c.charCodeAt(0)),
  );
}

/** A compact, versioned encoding of the sheet for a shareable URL: `1.<base64url JSON>`. */
export function encodeState(card: Scorecard, s: SheetState): string {
  const sheetWeights = card.indicators.every((i) => s.weights[i.id] === String(i.weight));
  const payload = {
    v: 1 as const,
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

/** The engine's inputs for a sheet state. */
export function inputsOf(s: SheetState) {
  return { indicators: s.fields, deductions: s.deductions, weights: s.weights };
}
