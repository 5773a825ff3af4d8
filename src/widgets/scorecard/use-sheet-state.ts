import { useEffect, useState } from 'react';
import type { Scorecard } from '../../lib/scoring/index.ts';
import { emptyState, encodeState, type SheetState } from '../../lib/scoring/index.ts';

/** The URL parameter that holds one sheet's state: ?sc-<id>=1.<…> */
export const paramFor = (cardId: string) => `sc-${cardId}`;
export const storageKey = (cardId: string) => `rolebook:scorecard:${cardId}`;

function storedText(cardId: string): string | null {
  try {
    return localStorage.getItem(storageKey(cardId));
  } catch {
    return null; // storage blocked: the URL still carries the state
  }
}

/**
 * Reads a shared link's state, or else the one kept from the last visit. The
 * schema that checks it loads only when there is something to read.
 */
async function readSaved(card: Scorecard, cardId: string): Promise<SheetState | undefined> {
  const shared = new URLSearchParams(location.search).get(paramFor(cardId));
  const stored = storedText(cardId);
  if (!shared && !stored) return undefined;
  const { decodeState } = await import('../../lib/scoring/decode-state.ts');
  return decodeState(card, shared) ?? decodeState(card, stored);
}

/**
 * The saved sheet, with whatever the reader has already typed on this page
 * (before the saved state was read) put over it: their typing is newer.
 */
function keepTyped(saved: SheetState, now: SheetState, blank: SheetState): SheetState {
  type Row = Record<string, string>;
  const pick = (a: string, b: string | undefined, empty: string | undefined) =>
    b !== undefined && b !== empty ? b : a;
  const over = (a: Row, b: Row = {}, empty: Row = {}) =>
    Object.fromEntries(Object.entries(a).map(([id, v]) => [id, pick(v, b[id], empty[id])]));
  const fields = Object.fromEntries(
    Object.entries(saved.fields).map(([id, f]) => [
      id,
      over(f, now.fields[id], blank.fields[id]) as SheetState['fields'][string],
    ]),
  );
  return {
    fields,
    deductions: over(saved.deductions, now.deductions, blank.deductions),
    weights: over(saved.weights, now.weights, blank.weights),
    normalize: now.normalize !== blank.normalize ? now.normalize : saved.normalize,
  };
}

/**
 * A sheet's typed values, kept in the URL (so a link reproduces it) and in
 * localStorage (so a reload or a later visit finds it). The server renders
 * the empty sheet; the saved state is applied once the island is live.
 */
export function useSheetState(card: Scorecard, cardId: string) {
  const [state, setState] = useState<SheetState>(() => emptyState(card));
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    void readSaved(card, cardId).then((saved) => {
      if (!live) return;
      if (saved) setState((now) => keepTyped(saved, now, emptyState(card)));
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, [card, cardId]);

  useEffect(() => {
    if (!ready) return;
    const url = new URL(location.href);
    const blank = encodeState(card, emptyState(card));
    const encoded = encodeState(card, state);
    if (encoded === blank) url.searchParams.delete(paramFor(cardId));
    else url.searchParams.set(paramFor(cardId), encoded);
    history.replaceState(history.state, '', url);
    try {
      if (encoded === blank) localStorage.removeItem(storageKey(cardId));
      else localStorage.setItem(storageKey(cardId), encoded);
    } catch {
      // storage blocked: nothing to keep
    }
  }, [card, cardId, state, ready]);

  return { state, setState, reset: () => setState(emptyState(card)), ready };
}
