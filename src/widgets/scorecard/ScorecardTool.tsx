import { useEffect, useState } from 'react';
import type { Scorecard } from '../../lib/scoring/index.ts';
import ScorecardGrader from './ScorecardGrader.tsx';

interface Props {
  cards: { id: string; card: Scorecard; role: string }[];
}

/** /tools/scorecard/: pick any sheet (kept in ?card=) and grade it. */
export default function ScorecardTool({ cards }: Props) {
  const [id, setId] = useState(cards[0]!.id);
  useEffect(() => {
    const wanted = new URLSearchParams(location.search).get('card');
    if (wanted && cards.some((c) => c.id === wanted)) setId(wanted);
  }, [cards]);
  const pick = (next: string) => {
    setId(next);
    const url = new URL(location.href);
    url.searchParams.set('card', next);
    history.replaceState(history.state, '', url);
  };
  const current = cards.find((c) => c.id === id) ?? cards[0]!;
  return (
    <div>
      <div className="field picker">
        <label htmlFor="scorecard-picker">选择考核表</label>
        <select
          id="scorecard-picker"
          value={current.id}
          onChange={(e) => pick(e.currentTarget.value)}
        >
          {cards.map((c) => (
            <option key={c.id} value={c.id}>
              {c.card.title}({c.role})
            </option>
          ))}
        </select>
      </div>
      <h2 className="picked">{current.card.title}</h2>
      {current.card.description && <p>{current.card.description}</p>}
      <ScorecardGrader key={current.id} card={current.card} cardId={current.id} />
    </div>
  );
}
