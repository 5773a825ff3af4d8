import { useEffect, useState } from 'react';
import { decodeState, emptyState, encodeState, type Scorecard, type SheetState } from '../../lib/scoring/index.ts';

/** The URL parameter that holds one sheet's state: ?sc-<id>=1.<…> */
export const paramFor = (cardId: string) => `sc-${cardId}`;
const storageKey = (cardId: string) => `rolebook:scorecard:${cardId}`;

function readSaved(card: Scorecard, cardId: string): SheetState | undefined {
  const fromUrl = decodeState(card, new URLSearchParams(location.search).get(paramFor(cardId)));
  if (fromUrl) return fromUrl;
  try {
    return decodeState(card, localStorage.getItem(storageKey(cardId)));
  } catch {
    return undefined; // storage blocked: the URL still carries the state
  }
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
    const saved = readSaved(card, cardId);
    if (saved) setState(saved);
    setReady(true);
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
