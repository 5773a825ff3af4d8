import { useId, useMemo, useState } from 'react';
import { errorMessage, gradeScorecard, inputsOf } from '../../lib/scoring/index.ts';
import { sheetWeightWarning, weightMessage } from '../../lib/scoring/index.ts';
import type { Field, Scorecard } from '../../lib/scoring/index.ts';
import { NumberField } from '../shared/NumberField.tsx';
import { IndicatorRow } from './IndicatorRow.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { useSheetState } from './use-sheet-state.ts';
import './scorecard-grader.css';

interface Props {
  card: Scorecard;
  cardId: string;
}

/**
 * The scorecard grader: any sheet of content/scorecards, rendered from its
 * data alone. Every figure comes from the engine in src/lib/scoring.
 */
export default function ScorecardGrader({ card, cardId }: Props) {
  const uid = useId().replace(/[^a-zA-Z0-9-]/g, '') + cardId;
  const { state, setState, reset } = useSheetState(card, cardId);
  const [copied, setCopied] = useState('');
  const result = useMemo(
    () => gradeScorecard(card, inputsOf(state), { normalizeWeights: state.normalize }),
    [card, state],
  );

  const setField = (id: string, field: Field, value: string) =>
    setState((s) => ({
      ...s,
      fields: { ...s.fields, [id]: { ...s.fields[id]!, [field]: value } },
    }));
  const share = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopied('链接已复制,打开它可以看到同样的填写内容。');
    } catch {
      setCopied('无法自动复制,请复制浏览器地址栏中的链接。');
    }
  };
  const sheetWarning = sheetWeightWarning(card);

  return (
    <div className="grader">
      {sheetWarning && (
        <p className="sheet-warning" role="note">
          {sheetWarning}
        </p>
      )}
      <div role="group" className="grader-form" aria-label={`${card.title}:填写`}>
        {card.indicators.map((ind, i) => (
          <IndicatorRow
            key={ind.id}
            uid={uid}
            ind={ind}
            values={state.fields[ind.id]!}
            weight={state.weights[ind.id] ?? ''}
            weightError={weightMessage(result.weights.errors[ind.id])}
            result={result.indicators[i]!}
            onField={(f, v) => setField(ind.id, f, v)}
            onWeight={(v) => setState((s) => ({ ...s, weights: { ...s.weights, [ind.id]: v } }))}
          />
        ))}
        {card.deductions.map((d, i) => {
          const r = result.deductions[i]!;
          const id = `${uid}-${d.id}`;
          const bad = r.status === 'invalid' && r.error;
          const range = { min: 0, max: d.maxCount };
          return (
            <fieldset key={d.id} className="ind deduction">
              <legend>扣分项:{d.label}</legend>
              <NumberField
                id={id}
                label={`${d.label}(次)`}
                inputMode="numeric"
                value={state.deductions[d.id] ?? ''}
                error={
                  bad ? errorMessage(bad, bad === 'out-of-range' ? range : undefined) : undefined
                }
                describedBy={`${id}-rule`}
                onChange={(typed) =>
                  setState((s) => ({ ...s, deductions: { ...s.deductions, [d.id]: typed } }))
                }
              />
              <p id={`${id}-rule`} className="muted">
                超过 {d.allowance} 次的部分每次扣 {d.perUnit} 分
                {d.perUnitBasis?.assumption && <span className="assumption">(假设)</span>},最多扣{' '}
                {d.max} 分{d.maxBasis?.assumption && <span className="assumption">(假设)</span>}。
                {r.status === 'ok' && <strong> 本项扣 {r.deduction} 分。</strong>}
              </p>
            </fieldset>
          );
        })}
      </div>
      <ResultPanel
        card={card}
        result={result}
        uid={uid}
        normalize={state.normalize}
        onNormalize={(on) => setState((s) => ({ ...s, normalize: on }))}
      />
      <div className="grader-actions no-print">
        <button type="button" className="btn" onClick={share}>
          复制分享链接
        </button>
        <button type="button" className="btn" onClick={() => window.print()}>
          打印结果
        </button>
        <button type="button" className="btn" onClick={reset}>
          清空重填
        </button>
        <p className="muted" aria-live="polite">
          {copied}
        </p>
      </div>
    </div>
  );
}
