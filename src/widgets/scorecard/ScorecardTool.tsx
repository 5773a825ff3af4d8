import { useEffect, useState } from 'react';
import { fill } from '../../lib/scoring/index.ts';
import { SheetStatusNote } from '../common/SheetStatusNote.tsx';
import { useScorecard, type LoadedSheet, type SheetChoice } from '../common/use-scorecard.ts';
import { Mixed } from '../common/words.tsx';
import { useGraderText } from './grader-text.tsx';
import ScorecardGrader from './ScorecardGrader.tsx';
import { paramFor } from './use-sheet-state.ts';

interface Props {
  /** Every sheet, by id and title only: the page stays the same size as the handbook grows. */
  cards: SheetChoice[];
  /** The first sheet's data, so the page can be graded without a request. */
  first: LoadedSheet;
  /** The English names of the sheets' KPIs, by KPI id, on an English page. */
  kpiNames?: Record<string, string> | undefined;
}

/** The sheet a link asks for: ?card=<id>, or else the sheet whose state it carries (?sc-<id>=…). */
function wantedSheet(cards: SheetChoice[]): string | undefined {
  const q = new URLSearchParams(location.search);
  const named = q.get('card');
  if (named && cards.some((c) => c.id === named)) return named;
  return cards.find((c) => q.has(paramFor(c.id)))?.id;
}

/** /tools/scorecard/: pick any sheet (kept in ?card=) and grade it. */
export default function ScorecardTool({ cards, first, kpiNames }: Props) {
  const { t } = useGraderText();
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
  const en = t.lang === 'en';
  // On an English page a sheet is titled by its English title where it has one.
  const title = current && (en && current.card.titleEn ? current.card.titleEn : current.card.title);
  return (
    <div>
      <div className="field picker">
        <label htmlFor="scorecard-picker">{t.pick}</label>
        <select id="scorecard-picker" value={id} onChange={(e) => pick(e.currentTarget.value)}>
          {cards.map((c) => (
            <option key={c.id} value={c.id}>
              {fill(t.option, { title: c.title, role: c.role ?? '' })}
            </option>
          ))}
        </select>
      </div>
      <SheetStatusNote status={status} onRetry={retry} t={t.sheetStatus} />
      {current && (
        <>
          <h2 className="picked">
            <Mixed text={title!} en={en} />
          </h2>
          {current.card.description && (
            <p lang={en ? 'zh-CN' : undefined}>{current.card.description}</p>
          )}
          <ScorecardGrader
            key={current.id}
            card={current.card}
            cardId={current.id}
            kpiNames={kpiNames}
          />
        </>
      )}
    </div>
  );
}
