// Loaded only when there is a saved or shared state to read, so the schema
// library stays out of the grader's first download.
import * as z from 'zod/mini';
import { emptyState, fromBase64Url, type SheetState } from './url-state.ts';
import type { Scorecard } from './types.ts';

const cell = z.string().check(z.maxLength(64));
/** Version 1: rows in the sheet's order; weights only when they differ from the sheet. */
const v1 = z.object({
  v: z.literal(1),
  i: z.array(z.tuple([cell, cell, cell])).check(z.maxLength(100)),
  d: z.array(cell).check(z.maxLength(100)),
  w: z.nullable(z.array(cell).check(z.maxLength(100))),
  n: z.boolean(),
});

/**
 * Reads a shared link's state. Anything that is not exactly a version-1 state
 * for this sheet's shape is refused (undefined), never half-applied: the values
 * are only ever shown as input text, so a planted script stays text.
 */
export function decodeState(
  card: Scorecard,
  encoded: string | null | undefined,
): SheetState | undefined {
  if (!encoded || !encoded.startsWith('1.') || encoded.length > 8000) return undefined;
  let parsed: z.output<typeof v1>;
  try {
    const r = z.safeParse(v1, JSON.parse(fromBase64Url(encoded.slice(2))));
    if (!r.success) return undefined;
    parsed = r.data;
  } catch {
    return undefined;
  }
  if (parsed.i.length !== card.indicators.length || parsed.d.length !== card.deductions.length)
    return undefined;
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
