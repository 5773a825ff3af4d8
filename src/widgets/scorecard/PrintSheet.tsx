import { formatNumber, gradeLabel } from '../../lib/scoring/index.ts';
import type { Scorecard, ScorecardResult, SheetState } from '../../lib/scoring/index.ts';
import { standardOf } from './standard.ts';
import { SheetHead } from './SheetHead.tsx';

interface Props {
  card: Scorecard;
  state: SheetState;
  result: ScorecardResult;
  person: string;
  period: string;
}

const PERIOD = { month: '月度', quarter: '季度', year: '年度' } as const;
const blank = (s: string) => s.trim() || '\u3000'.repeat(6);

/**
 * The graded sheet as a 考核表 to sign, shown only in print: who and which
 * period, each row's figures, the total and grade, the steps as an appendix,
 * and the signatures of 被考核人, 考核人 and 审核人, each with a date.
 */
export function PrintSheet({ card, state, result, person, period }: Props) {
  const n = card.indicators.length;
  const ok = result.status === 'ok';
  return (
    <section className="print-sheet">
      <h2>{card.title}</h2>
      <dl className="print-who">
        <div>
          <dt>被考核人</dt>
          <dd>{blank(person)}</dd>
        </div>
        <div>
          <dt>考核期间</dt>
          <dd>{blank(period)}</dd>
        </div>
        <div>
          <dt>考核周期</dt>
          <dd>{PERIOD[card.period]}</dd>
        </div>
      </dl>
      <table className="print-table">
        <SheetHead weight="权重" />
        <tbody>
          {card.indicators.map((ind, i) => {
            const r = result.indicators[i]!;
            const f = state.fields[ind.id]!;
            return (
              <tr key={ind.id}>
                <td>{i + 1}</td>
                <td>{ind.label}</td>
                <td>{standardOf(ind)}</td>
                <td>{ind.kind === 'ratio' ? f.plan : '—'}</td>
                <td>{ind.kind === 'ratio' ? f.actual : f.value}</td>
                <td>
                  {r.x === undefined
                    ? ''
                    : `${formatNumber(r.x)}${ind.kind === 'score' ? ' 分' : '%'}`}
                  {r.level ? ` ${r.level}` : ''}
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
                <td>扣分项:{d.label}</td>
                <td>
                  超过 {d.allowance} 次每次扣 {d.perUnit} 分,最多 {d.max} 分
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
              总分
            </th>
            <td colSpan={3}>
              {ok
                ? `${formatNumber(result.total!)} / ${formatNumber(card.maxTotal)}`
                : '未计算:表中有未填写或需改正的项目'}
            </td>
            <th scope="row">等级</th>
            <td colSpan={2}>{ok ? gradeLabel(result) : ''}</td>
          </tr>
        </tfoot>
      </table>
      <table className="print-signatures">
        <tbody>
          {['被考核人', '考核人', '审核人'].map((who) => (
            <tr key={who}>
              <th scope="row">{who}(签字)</th>
              <td />
              <th scope="row">日期</th>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="print-steps">
        <h3>附:计算过程</h3>
        <ol>
          {card.indicators.map((ind, i) => (
            <li key={ind.id}>
              {ind.label}:{result.indicators[i]!.steps.join(' ') || '未填写或有误'}
            </li>
          ))}
          {card.deductions.map((d, i) => (
            <li key={d.id}>
              {d.label}:{result.deductions[i]!.steps.join(' ') || '未填写或有误'}
            </li>
          ))}
          {result.steps.length > 0 && <li>总分:{result.steps.join(' ')}</li>}
        </ol>
      </div>
    </section>
  );
}
