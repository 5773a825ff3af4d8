import {
  errorMessage,
  formatNumber,
  gradeLabel,
  type Scorecard,
  type ScorecardResult,
} from '../../lib/scoring/index.ts';
import { ScoreChart } from './ScoreChart.tsx';
import { useTypedChecked } from '../common/typed-before-hydration.tsx';

interface Props {
  card: Scorecard;
  result: ScorecardResult;
  normalize: boolean;
  onNormalize: (on: boolean) => void;
  uid: string;
}

function summaryOf(r: ScorecardResult): string {
  if (r.status === 'ok') return `总分 ${formatNumber(r.total!)},等级 ${gradeLabel(r)}`;
  if (r.status === 'invalid-weights') return '权重有误,暂不计算总分';
  const bad = [...r.indicators, ...r.deductions].filter((x) => x.status === 'invalid').length;
  if (r.status === 'invalid') return `有 ${bad} 项输入需要改正,暂不计算总分`;
  const empty = [...r.indicators, ...r.deductions].filter((x) => x.status === 'empty').length;
  return `还有 ${empty} 项未填写,填完后计算总分`;
}

/** Weight total, total and grade, the chart and every step of the arithmetic. */
export function ResultPanel({ card, result, normalize, onNormalize, uid }: Props) {
  const w = result.weights;
  const sumOk = w.sum === 100 && Object.keys(w.errors).length === 0;
  const normalizeRef = useTypedChecked(normalize, onNormalize);
  return (
    <section className="result" aria-labelledby={`${uid}-result`}>
      <h3 id={`${uid}-result`} className="visually-hidden">
        评分结果:{card.title}
      </h3>
      <div className={`weights ${sumOk ? 'ok' : 'off'}`}>
        <p>
          权重合计 <strong>{formatNumber(w.sum)}%</strong>
          {sumOk
            ? ' ✓'
            : w.missing > 0
              ? `,还差 ${formatNumber(w.missing)}%`
              : `,多出 ${formatNumber(-w.missing)}%`}
        </p>
        {w.hint === 'looks-like-fractions' && (
          <p className="field-error">{errorMessage('looks-like-fractions')}</p>
        )}
        {Object.keys(w.errors).length > 0 && (
          <p className="field-error">{errorMessage('weight-out-of-range')}</p>
        )}
        {(!sumOk || normalize) && Object.keys(w.errors).length === 0 && (
          <label className="normalize">
            <input
              ref={normalizeRef}
              type="checkbox"
              checked={normalize}
              onChange={(e) => onNormalize(e.currentTarget.checked)}
            />{' '}
            按比例折算为100%
          </label>
        )}
        {w.normalized && (
          <p className="muted">
            已按比例折算:
            {card.indicators
              .map((i) => `${i.label} ${formatNumber(w.effective[i.id] ?? 0)}%`)
              .join(',')}
          </p>
        )}
      </div>
      <output className={`total status-${result.status}`} aria-live="polite">
        {result.status === 'ok' ? (
          <>
            <span className="total-label">总分</span>
            <span className="total-value">{formatNumber(result.total!)}</span>
            <span className="total-max">/ {formatNumber(card.maxTotal)}</span>
            <span className={`level level-${result.level ?? ''}`}>{gradeLabel(result)}</span>
          </>
        ) : (
          <span className="pending">{summaryOf(result)}</span>
        )}
      </output>
      <ScoreChart card={card} results={result.indicators} />
      {card.indicators.some((i) => i.levels) && (
        <p className="chart-key muted">虚线:达到合格线的得分;实线:达到优秀线的得分。</p>
      )}
      <details className="steps">
        <summary>计算过程</summary>
        <ol>
          {card.indicators.map((ind, i) => (
            <li key={ind.id}>
              <strong>{ind.label}</strong>
              {result.indicators[i]!.steps.length ? (
                <ul>
                  {result.indicators[i]!.steps.map((s, k) => (
                    <li key={k}>{s}</li>
                  ))}
                </ul>
              ) : (
                <span className="muted">:未填写或有误</span>
              )}
            </li>
          ))}
          {result.deductions.map((d, i) => (
            <li key={d.id}>
              <strong>{card.deductions[i]!.label}</strong>
              {d.steps.length ? (
                <ul>
                  {d.steps.map((s, k) => (
                    <li key={k}>{s}</li>
                  ))}
                </ul>
              ) : (
                <span className="muted">:未填写或有误</span>
              )}
            </li>
          ))}
          {result.steps.length > 0 && (
            <li>
              <strong>总分</strong>
              <ul>
                {result.steps.map((s, k) => (
                  <li key={k}>{s}</li>
                ))}
              </ul>
            </li>
          )}
        </ol>
      </details>
    </section>
  );
}
