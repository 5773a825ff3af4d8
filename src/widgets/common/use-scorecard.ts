import { useEffect, useState } from 'react';
import type { Scorecard } from '../../lib/scoring/index.ts';

/** What a sheet picker carries for each sheet: enough to list it, not to grade it. */
export interface SheetChoice {
  id: string;
  title: string;
  /** The role's title, where the picker shows it. */
  role?: string;
}
/** A sheet whose data is in hand. */
export interface LoadedSheet {
  id: string;
  card: Scorecard;
}

export const sheetUrl = (id: string) => `/api/scorecards/${encodeURIComponent(id)}.json`;

// One request per sheet per page: picking a sheet again uses what came back.
const cache = new Map<string, Promise<Scorecard>>();

async function fetchSheet(id: string): Promise<Scorecard> {
  const res = await fetch(sheetUrl(id), { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const data = (await res.json()) as Partial<Scorecard>;
  // The API's entry is the sheet's content plus id and dates; a page that is not one is refused.
  if (!Array.isArray(data.indicators) || !Array.isArray(data.grades)) throw new Error('format');
  return data as Scorecard;
}

function load(id: string): Promise<Scorecard> {
  let p = cache.get(id);
  if (!p) {
    p = fetchSheet(id);
    cache.set(id, p);
    p.catch(() => cache.delete(id)); // a failed request is tried again next time
  }
  return p;
}

export type SheetStatus =
  | { kind: 'ready' }
  | { kind: 'loading'; title: string }
  /** `http`: the response's status line (HTTP 404) when the server answered. */
  | { kind: 'error'; title: string; http?: string };

/**
 * The sheet with this id: the one the page carries at once, any other loaded
 * from /api/scorecards/<id>.json when it is picked. Until it arrives, `sheet`
 * is the last one loaded (undefined before any) and `status` says what is
 * happening; `retry` asks again after a failure.
 */
export function useScorecard(choices: SheetChoice[], first: LoadedSheet, id: string) {
  const [sheet, setSheet] = useState<LoadedSheet | undefined>(first.id === id ? first : undefined);
  const [status, setStatus] = useState<SheetStatus>({ kind: 'ready' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (id === first.id) {
      setSheet(first);
      setStatus({ kind: 'ready' });
      return;
    }
    const title = choices.find((c) => c.id === id)?.title ?? id;
    let live = true;
    setStatus({ kind: 'loading', title });
    load(id).then(
      (card) => {
        if (!live) return;
        setSheet({ id, card });
        setStatus({ kind: 'ready' });
      },
      (e: unknown) => {
        if (!live) return;
        const http = e instanceof Error && e.message.startsWith('HTTP') ? e.message : undefined;
        setStatus(http ? { kind: 'error', title, http } : { kind: 'error', title });
      },
    );
    return () => {
      live = false;
    };
  }, [choices, first, id, attempt]);

  return { sheet, status, retry: () => setAttempt((n) => n + 1) };
}
