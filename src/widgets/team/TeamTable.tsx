import { formatNumber } from '../../lib/number/index.ts';
import { gradeLabel, type Scorecard } from '../../lib/scoring/index.ts';
import { deductionHeader, totalText, type TeamRow } from '../../lib/team/index.ts';

export type Sort = 'none' | 'descending' | 'ascending';

interface Props {
  card: Scorecard;
  rows: TeamRow[];
  /** CSV lines with an error: their rows are marked and say 有错误 instead of a total. */
  errorLines: ReadonlySet<number>;
  sort: Sort;
  onSort: () => void;
  /** The suggested band of each row, when the forced distribution is shown. */
  bandOf: ((row: TeamRow) => string | undefined) | undefined;
}

const arrow = (sort: Sort) => (sort === 'descending' ? ' ↓' : sort === 'ascending' ? ' ↑' : ' ↕');

/** Everyone's points per indicator, deductions, total and grade, sortable by total. */
export function TeamTable({ card, rows, errorLines, sort, onSort, bandOf }: Props) {
  return (
    <div className="table-wrap" role="region" aria-label="评分结果表" tabIndex={0}>
      <table className="team-table">
        <caption>各项指标按各自规则折算的得分、扣分、总分与等级</caption>
        <thead>
          <tr>
            <th scope="col">行号</th>
            <th scope="col">姓名</th>
            {card.indicators.map((i) => (
              <th scope="col" key={i.id} className="num">
                {i.label}
              </th>
            ))}
            {card.deductions.map((d) => (
              <th scope="col" key={d.id} className="num">
                {deductionHeader(card, d.label)}
              </th>
            ))}
            <th scope="col" className="num" aria-sort={sort}>
              <button type="button" className="team-sort" onClick={onSort}>
                总分
                <span aria-hidden="true">{arrow(sort)}</span>
              </button>
            </th>
            <th scope="col">等级</th>
            {bandOf && <th scope="col">建议分布</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const bad = errorLines.has(r.line) || r.result.status === 'invalid';
            const level = r.result.level;
            return (
              <tr key={r.line} className={bad ? 'has-error' : undefined}>
                <td className="num">{r.line}</td>
                <th scope="row">{r.name || '(未填姓名)'}</th>
                {r.result.indicators.map((i) => (
                  <td key={i.id} className="num">
                    {i.points === undefined ? '—' : formatNumber(i.points)}
                  </td>
                ))}
                {r.result.deductions.map((d) => (
                  <td key={d.id} className="num">
                    {d.deduction === undefined ? '—' : formatNumber(d.deduction)}
                  </td>
                ))}
                <td className="num total">{totalText(r.result, bad)}</td>
                <td>
                  {level ? (
                    <span className={`level level-${level}`}>{gradeLabel(r.result)}</span>
                  ) : (
                    '—'
                  )}
                </td>
                {bandOf && <td>{bandOf(r) ?? '—'}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
