import { useEffect, useId, useMemo, useState } from 'react';
import { errorMessage, gradeScorecard, inputsOf } from '../../lib/scoring/index.ts';
import { sheetWeightWarning, weightMessage } from '../../lib/scoring/index.ts';
import type { Field, Scorecard } from '../../lib/scoring/index.ts';
import { NumberField } from '../common/NumberField.tsx';
import { TextInput } from '../common/typed-before-hydration.tsx';
import { IndicatorRow } from './IndicatorRow.tsx';
import { PrintSheet } from './PrintSheet.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { SheetGrid } from './SheetGrid.tsx';
import { useSheetState } from './use-sheet-state.ts';
import './scorecard-grader.css';

interface Props {
  card: Scorecard;
  cardId: string;
}

/** The grid needs the width of a desktop; phones keep the stacked form. */
const WIDE = '(min-width: 64rem)';
const VIEW_KEY = 'rolebook:scorecard-view';

function useWide(): boolean {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const q = matchMedia(WIDE);
    const on = () => setWide(q.matches);
    on();
    q.addEventListener('change', on);
    return () => q.removeEventListener('change', on);
  }, []);
  return wide;
}

/** Grid or stacked form, remembered across pages; the grid only where it fits. */
function useView() {
  const wide = useWide();
  const [grid, setGrid] = useState(false);
  useEffect(() => {
    try {
      setGrid(localStorage.getItem(VIEW_KEY) === 'grid');
    } catch {
      // storage blocked: start stacked
    }
  }, []);
  const choose = (on: boolean) => {
    setGrid(on);
    try {
      localStorage.setItem(VIEW_KEY, on ? 'grid' : 'stack');
    } catch {
      // storage blocked: the choice lasts for this page
    }
  };
  return { grid: grid && wide, chosen: grid, choose };
}

/** Prints only the 考核表 (not the page around it) when asked from the grader. */
function printSheet() {
  const root = document.documentElement;
  root.classList.add('sheet-print');
  addEventListener('afterprint', () => root.classList.remove('sheet-print'), { once: true });
  window.print();
}

/**
 * The scorecard grader: any sheet of content/scorecards, rendered from its
 * data alone. Every figure comes from the engine in src/lib/scoring.
 */
export default function ScorecardGrader({ card, cardId }: Props) {
  const uid = useId().replace(/[^a-zA-Z0-9-]/g, '') + cardId;
  const { state, setState, reset } = useSheetState(card, cardId);
  const [copied, setCopied] = useState('');
  const [person, setPerson] = useState('');
  const [period, setPeriod] = useState('');
  // The printable sheet is drawn once live: the server's HTML stays the form alone.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const view = useView();
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
    <div className={view.grid ? 'grader view-grid' : 'grader'}>
      {sheetWarning && (
        <p className="sheet-warning" role="note">
          {sheetWarning}
        </p>
      )}
      <div className="view-switch no-print">
        <button
          type="button"
          className="btn"
          aria-pressed={view.chosen}
          onClick={() => view.choose(!view.chosen)}
        >
          表格视图(考核表格式)
        </button>
      </div>
      {view.grid && (
        <div role="group" className="grader-form" aria-label={`${card.title}:填写`}>
          <SheetGrid
            uid={uid}
            card={card}
            state={state}
            result={result}
            weightError={(id) => weightMessage(result.weights.errors[id])}
            onField={setField}
            onWeight={(id, v) => setState((s) => ({ ...s, weights: { ...s.weights, [id]: v } }))}
            onDeduction={(id, v) =>
              setState((s) => ({ ...s, deductions: { ...s.deductions, [id]: v } }))
            }
          />
        </div>
      )}
      {!view.grid && (
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
      )}
      <ResultPanel
        card={card}
        result={result}
        uid={uid}
        normalize={state.normalize}
        onNormalize={(on) => setState((s) => ({ ...s, normalize: on }))}
      />
      <div className="grader-actions no-print">
        <div className="print-fields">
          <div className="field">
            <label htmlFor={`${uid}-person`}>被考核人</label>
            <TextInput id={`${uid}-person`} autoComplete="off" value={person} onValue={setPerson} />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-period`}>考核期间</label>
            <TextInput
              id={`${uid}-period`}
              autoComplete="off"
              placeholder="例如 2026年11月"
              value={period}
              onValue={setPeriod}
            />
          </div>
        </div>
        <button type="button" className="btn" onClick={share}>
          复制分享链接
        </button>
        <button type="button" className="btn" onClick={printSheet}>
          打印考核表
        </button>
        <button type="button" className="btn" onClick={reset}>
          清空重填
        </button>
        <p className="muted" aria-live="polite">
          {copied}
        </p>
      </div>
      {live && (
        <PrintSheet card={card} state={state} result={result} person={person} period={period} />
      )}
    </div>
  );
}
