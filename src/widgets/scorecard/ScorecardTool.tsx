import { useEffect, useState } from 'react';
import { SheetStatusNote } from '../common/SheetStatusNote.tsx';
import { useScorecard, type LoadedSheet, type SheetChoice } from '../common/use-scorecard.ts';
import ScorecardGrader from './ScorecardGrader.tsx';
import { paramFor } from './use-sheet-state.ts';

interface Props {
  /** Every sheet, by id and title only: the page stays the same size as the handbook grows. */
  cards: SheetChoice[];
  /** The first sheet's data, so the page can be graded without a request. */
  first: LoadedSheet;
}

/** The sheet a link asks for: ?card=<id>, or else the sheet whose state it carries (?sc-<id>=…). */
function wantedSheet(cards: SheetChoice[]): string | undefined {
  const q = new URLSearchParams(location.search);
  const named = q.get('card');
  if (named && cards.some((c) => c.id === named)) return named;
  return cards.find((c) => q.has(paramFor(c.id)))?.id;
}

/** /tools/scorecard/: pick any sheet (kept in ?card=) and grade it. */
export default function ScorecardTool({ cards, first }: Props) {
  const [id, setId] = useState(first.id);
  useEffect(() => {
    const wanted = wantedSheet(cards);
    if (wanted) setId(wanted);
  }, [cards]);
  const { sheet, status, retry } = useScorecard(cards, first, id);
  const pick = (next: string) => {
    setId(next);
    const url = new URL(location.href);
    url.searchParams.set('card', next);
    history.replaceState(history.state, '', url);
  };
  const current = sheet?.id === id ? sheet : undefined;
  return (
    <div>
      <div className="field picker">
        <label htmlFor="scorecard-picker">选择考核表</label>
        <select id="scorecard-picker" value={id} onChange={(e) => pick(e.currentTarget.value)}>
          {cards.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}({c.role})
            </option>
          ))}
        </select>
      </div>
      <SheetStatusNote status={status} onRetry={retry} />
      {current && (
        <>
          <h2 className="picked">{current.card.title}</h2>
          {current.card.description && <p>{current.card.description}</p>}
          <ScorecardGrader key={current.id} card={current.card} cardId={current.id} />
        </>
      )}
    </div>
  );
}
