import { formatNumber } from '../../lib/scoring/index.ts';
import type { Step, Working } from '../../lib/explain/index.ts';
import type { Scorecard, ScorecardResult, SheetState } from '../../lib/scoring/index.ts';
import { Fill } from '../common/words.tsx';
import { useGraderText } from './grader-text.tsx';
import { standardOf } from './standard.ts';
import { SheetHead } from './SheetHead.tsx';

interface Props {
  card: Scorecard;
  state: SheetState;
  result: ScorecardResult;
  working: Working;
  person: string;
  period: string;
  /** The sheet's title as the page shows it. */
  title: string;
}

const blank = (s: string) => s.trim() || '\u3000'.repeat(6);

/**
 * The graded sheet as a 考核表 to sign, shown only in print: who and which
 * period, each row's figures, the total and grade, the steps as an appendix,
 * and the signatures of 被考核人, 考核人 and 审核人, each with a date.
 */
export function PrintSheet({ card, state, result, working, person, period, title }: Props) {
  const { t, fill, step, name, text, grade, level } = useGraderText();
  const n = card.indicators.length;
  const ok = result.status === 'ok';
  const steps = (list: Step[]) => text(list.map(step).join(' ') || t.noSteps);
  return (
    <section className="print-sheet">
      <h2>{text(title)}</h2>
      <dl className="print-who">
        <div>
          <dt>{t.person}</dt>
          <dd>{blank(person)}</dd>
        </div>
        <div>
          <dt>{t.period}</dt>
          <dd>{blank(period)}</dd>
        </div>
        <div>
          <dt>{t.printPeriod}</dt>
          <dd>{t.periods[card.period]}</dd>
        </div>
      </dl>
      <table className="print-table">
        <SheetHead heads={t.head} weight={t.printWeight} />
        <tbody>
          {card.indicators.map((ind, i) => {
            const r = result.indicators[i]!;
            const f = state.fields[ind.id]!;
            return (
              <tr key={ind.id}>
                <td>{i + 1}</td>
                <td>{name(ind)}</td>
                <td>{text(standardOf(ind, t))}</td>
                <td>{ind.kind === 'ratio' ? f.plan : '—'}</td>
                <td>{ind.kind === 'ratio' ? f.actual : f.value}</td>
                <td>
                  {r.x === undefined
                    ? ''
                    : `${formatNumber(r.x)}${ind.kind === 'score' ? t.pointsAfter : '%'}`}
                  {r.level ? ` ${level(r.level)}` : ''}
                </td>
                <td>{formatNumber(r.weight)}%</td>
                <td>{r.weighted === undefined ? '' : formatNumber(r.weighted)}</td>
              </tr>
            );
          })}
          {card.deductions.map((d, i) => {
            const r = result.deductions[i]!;
            return (
              <tr key={d.id}>
                <td>{n + i + 1}</td>
                <td>
                  <Fill template={t.deduction} slots={{ label: name(d) }} />
                </td>
                <td>
                  {fill(t.printRule, { allowance: d.allowance, perUnit: d.perUnit, max: d.max })}
                </td>
                <td>—</td>
                <td>{state.deductions[d.id] ?? ''}</td>
                <td />
                <td />
                <td>{r.status === 'ok' ? `−${formatNumber(r.deduction ?? 0)}` : ''}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t.printTotal}
            </th>
            <td colSpan={3}>
              {ok ? `${formatNumber(result.total!)} / ${formatNumber(card.maxTotal)}` : t.notGraded}
            </td>
            <th scope="row">{t.printGrade}</th>
            <td colSpan={2}>{ok ? text(grade(result)) : ''}</td>
          </tr>
        </tfoot>
      </table>
      <table className="print-signatures">
        <tbody>
          {t.signers.map((who) => (
            <tr key={who}>
              <th scope="row">{fill(t.signature, { who })}</th>
              <td />
              <th scope="row">{t.date}</th>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="print-steps">
        <h3>{t.appendix}</h3>
        <ol>
          {card.indicators.map((ind, i) => (
            <li key={ind.id}>
              {name(ind)}
              <Fill template={t.stepsAfter} slots={{ steps: steps(working.indicators[i]!) }} />
            </li>
          ))}
          {card.deductions.map((d, i) => (
            <li key={d.id}>
              {name(d)}
              <Fill template={t.stepsAfter} slots={{ steps: steps(working.deductions[i]!) }} />
            </li>
          ))}
          {working.total.length > 0 && (
            <li>
              {t.printTotal}
              <Fill template={t.stepsAfter} slots={{ steps: steps(working.total) }} />
            </li>
          )}
        </ol>
      </div>
    </section>
  );
}
