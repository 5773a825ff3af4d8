import { formatNumber, type Scorecard, type ScorecardResult } from '../../lib/scoring/index.ts';
import type { Step, Working } from '../../lib/explain/index.ts';
import { ScoreChart } from './ScoreChart.tsx';
import { useTypedChecked } from '../common/typed-before-hydration.tsx';
import { useGraderText } from './grader-text.tsx';

interface Props {
  card: Scorecard;
  result: ScorecardResult;
  /** 计算过程: the steps of every row and of the total. */
  working: Working;
  normalize: boolean;
  onNormalize: (on: boolean) => void;
  uid: string;
  /** The sheet's title as the page shows it. */
  title: string;
}

/** Weight total, total and grade, the chart and every step of the arithmetic. */
export function ResultPanel(p: Props) {
  const { card, result, working, normalize, onNormalize, uid, title } = p;
  const { t, fill, step, error, name, nameText, text, grade } = useGraderText();
  const w = result.weights;
  const sumOk = w.sum === 100 && Object.keys(w.errors).length === 0;
  const normalizeRef = useTypedChecked(normalize, onNormalize);
  const rows = [...result.indicators, ...result.deductions];
  const summary =
    result.status === 'ok'
      ? fill(t.summaryOk, { total: formatNumber(result.total!), grade: grade(result) })
      : result.status === 'invalid-weights'
        ? t.summaryWeights
        : result.status === 'invalid'
          ? fill(t.summaryInvalid, { n: rows.filter((x) => x.status === 'invalid').length })
          : fill(t.summaryEmpty, { n: rows.filter((x) => x.status === 'empty').length });
  const noSteps = <span className="muted">{fill(t.stepsAfter, { steps: t.noSteps })}</span>;
  const stepList = (steps: Step[]) => (
    <ul>
      {steps.map((s, k) => (
        <li key={k}>{text(step(s))}</li>
      ))}
    </ul>
  );
  return (
    <section className="result" aria-labelledby={`${uid}-result`}>
      <h3 id={`${uid}-result`} className="visually-hidden">
        {text(fill(t.result, { title }))}
      </h3>
      <div className={`weights ${sumOk ? 'ok' : 'off'}`}>
        <p>
          {t.weightSum} <strong>{formatNumber(w.sum)}%</strong>
          {sumOk
            ? ' ✓'
            : w.missing > 0
              ? fill(t.weightsShort, { n: formatNumber(w.missing) })
              : fill(t.weightsOver, { n: formatNumber(-w.missing) })}
        </p>
        {w.hint === 'looks-like-fractions' && (
          <p className="field-error">{error('looks-like-fractions')}</p>
        )}
        {Object.keys(w.errors).length > 0 && (
          <p className="field-error">{error('weight-out-of-range')}</p>
        )}
        {(!sumOk || normalize) && Object.keys(w.errors).length === 0 && (
          <label className="normalize">
            <input
              ref={normalizeRef}
              type="checkbox"
              checked={normalize}
              onChange={(e) => onNormalize(e.currentTarget.checked)}
            />{' '}
            {t.normalize}
          </label>
        )}
        {w.normalized && (
          <p className="muted">
            {t.normalized}
            {text(
              card.indicators
                .map((i) => `${nameText(i)} ${formatNumber(w.effective[i.id] ?? 0)}%`)
                .join(t.listSep),
            )}
          </p>
        )}
      </div>
      <output className={`total status-${result.status}`} aria-live="polite">
        {result.status === 'ok' ? (
          <>
            <span className="total-label">{t.total}</span>
            <span className="total-value">{formatNumber(result.total!)}</span>
            <span className="total-max">/ {formatNumber(card.maxTotal)}</span>
            <span className={`level level-${result.level ?? ''}`}>{text(grade(result))}</span>
          </>
        ) : (
          <span className="pending">{summary}</span>
        )}
      </output>
      <ScoreChart card={card} results={result.indicators} />
      {card.indicators.some((i) => i.levels) && <p className="chart-key muted">{t.chartKey}</p>}
      <details className="steps">
        <summary>{t.working}</summary>
        <ol>
          {card.indicators.map((ind, i) => (
            <li key={ind.id}>
              <strong>{name(ind)}</strong>
              {working.indicators[i]!.length ? stepList(working.indicators[i]!) : noSteps}
            </li>
          ))}
          {card.deductions.map((d, i) => (
            <li key={d.id}>
              <strong>{name(d)}</strong>
              {working.deductions[i]!.length ? stepList(working.deductions[i]!) : noSteps}
            </li>
          ))}
          {working.total.length > 0 && (
            <li>
              <strong>{t.total}</strong>
              {stepList(working.total)}
            </li>
          )}
        </ol>
      </details>
    </section>
  );
}
