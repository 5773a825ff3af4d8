import { useEffect, useId, useMemo, useState } from 'react';
import { explain } from '../../lib/explain/index.ts';
import { gradeScorecard, inputsOf } from '../../lib/scoring/index.ts';
import { sheetWeightWarning, weightError } from '../../lib/scoring/index.ts';
import type { Field, Scorecard } from '../../lib/scoring/index.ts';
import { NumberField } from '../common/NumberField.tsx';
import { TextInput } from '../common/typed-before-hydration.tsx';
import { Fill } from '../common/words.tsx';
import { GraderText, useGraderText } from './grader-text.tsx';
import { IndicatorRow } from './IndicatorRow.tsx';
import { PrintSheet } from './PrintSheet.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { SheetGrid } from './SheetGrid.tsx';
import { useSheetState } from './use-sheet-state.ts';
import './scorecard-grader.css';

interface Props {
  card: Scorecard;
  cardId: string;
  /** The English names of the sheet's KPIs, by KPI id, on an English page. */
  kpiNames?: Record<string, string> | undefined;
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
 * data alone. Every figure comes from the engine in src/lib/scoring; its words
 * from the strings of the island's entry (ScorecardGrader.zh.tsx, .en.tsx).
 */
export default function ScorecardGrader({ card, cardId, kpiNames }: Props) {
  const { t } = useGraderText();
  const text = useMemo(() => {
    const names: Record<string, string> = {};
    for (const ind of card.indicators) {
      const en = ind.kpi && kpiNames?.[ind.kpi.id];
      if (en) names[ind.id] = en;
    }
    return { t, names };
  }, [card, t, kpiNames]);
  return (
    <GraderText.Provider value={text}>
      <Grader card={card} cardId={cardId} />
    </GraderText.Provider>
  );
}

function Grader({ card, cardId }: Props) {
  const { t, fill, step, error, name } = useGraderText();
  const uid = useId().replace(/[^a-zA-Z0-9-]/g, '') + cardId;
  const { state, setState, reset } = useSheetState(card, cardId);
  const [copied, setCopied] = useState('');
  const [person, setPerson] = useState('');
  const [period, setPeriod] = useState('');
  // The printable sheet is drawn once live: the server's HTML stays the form alone.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const view = useView();
  const { result, working } = useMemo(() => {
    const options = { normalizeWeights: state.normalize };
    const result = gradeScorecard(card, inputsOf(state), options);
    return { result, working: explain(card, result, options) };
  }, [card, state]);

  const setField = (id: string, field: Field, value: string) =>
    setState((s) => ({
      ...s,
      fields: { ...s.fields, [id]: { ...s.fields[id]!, [field]: value } },
    }));
  const share = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopied(t.shared);
    } catch {
      setCopied(t.notShared);
    }
  };
  const weightWarning = sheetWeightWarning(card);
  const sheetWarning = weightWarning && step(weightWarning);
  const weightMessage = (id: string) => {
    const code = weightError(result.weights.errors[id]);
    return code && error(code);
  };
  const sheetTitle = t.lang === 'en' && card.titleEn ? card.titleEn : card.title;
  const mark = (on: boolean | undefined) =>
    on ? <span className="assumption">{t.assumption}</span> : null;

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
          {t.gridView}
        </button>
      </div>
      {view.grid && (
        <div
          role="group"
          className="grader-form"
          aria-label={fill(t.entries, { title: sheetTitle })}
        >
          <SheetGrid
            uid={uid}
            card={card}
            title={sheetTitle}
            state={state}
            result={result}
            weightError={weightMessage}
            onField={setField}
            onWeight={(id, v) => setState((s) => ({ ...s, weights: { ...s.weights, [id]: v } }))}
            onDeduction={(id, v) =>
              setState((s) => ({ ...s, deductions: { ...s.deductions, [id]: v } }))
            }
          />
        </div>
      )}
      {!view.grid && (
        <div
          role="group"
          className="grader-form"
          aria-label={fill(t.entries, { title: sheetTitle })}
        >
          {card.indicators.map((ind, i) => (
            <IndicatorRow
              key={ind.id}
              uid={uid}
              ind={ind}
              values={state.fields[ind.id]!}
              weight={state.weights[ind.id] ?? ''}
              weightError={weightMessage(ind.id)}
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
                <legend>
                  <Fill template={t.deduction} slots={{ label: name(d) }} />
                </legend>
                <NumberField
                  id={id}
                  label={<Fill template={t.times} slots={{ label: name(d) }} />}
                  inputMode="numeric"
                  value={state.deductions[d.id] ?? ''}
                  error={bad ? error(bad, bad === 'out-of-range' ? range : undefined) : undefined}
                  describedBy={`${id}-rule`}
                  onChange={(typed) =>
                    setState((s) => ({ ...s, deductions: { ...s.deductions, [d.id]: typed } }))
                  }
                />
                <p id={`${id}-rule`} className="muted">
                  <Fill
                    template={t.rule}
                    slots={{
                      allowance: d.allowance,
                      perUnit: d.perUnit,
                      max: d.max,
                      perUnitMark: mark(d.perUnitBasis?.assumption),
                      maxMark: mark(d.maxBasis?.assumption),
                    }}
                  />
                  {t.ruleEnd}
                  {r.status === 'ok' && (
                    <strong>{fill(t.ruleDeducted, { n: r.deduction! })}</strong>
                  )}
                </p>
              </fieldset>
            );
          })}
        </div>
      )}
      <ResultPanel
        card={card}
        title={sheetTitle}
        result={result}
        working={working}
        uid={uid}
        normalize={state.normalize}
        onNormalize={(on) => setState((s) => ({ ...s, normalize: on }))}
      />
      <div className="grader-actions no-print">
        <div className="print-fields">
          <div className="field">
            <label htmlFor={`${uid}-person`}>{t.person}</label>
            <TextInput id={`${uid}-person`} autoComplete="off" value={person} onValue={setPerson} />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-period`}>{t.period}</label>
            <TextInput
              id={`${uid}-period`}
              autoComplete="off"
              placeholder={t.periodExample}
              value={period}
              onValue={setPeriod}
            />
          </div>
        </div>
        <button type="button" className="btn" onClick={share}>
          {t.share}
        </button>
        <button type="button" className="btn" onClick={printSheet}>
          {t.print}
        </button>
        <button type="button" className="btn" onClick={reset}>
          {t.reset}
        </button>
        <p className="muted" aria-live="polite">
          {copied}
        </p>
      </div>
      {live && (
        <PrintSheet
          card={card}
          state={state}
          result={result}
          working={working}
          person={person}
          period={period}
          title={sheetTitle}
        />
      )}
    </div>
  );
}
