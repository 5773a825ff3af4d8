import { formatNumber } from '../../lib/number/index.ts';
import type { Scorecard } from '../../lib/scoring/index.ts';
import { deductionHeader, gradeText, totalText, type TeamRow } from '../../lib/team/index.ts';
import { useTeamText, zh, zhIn } from './team-text.tsx';

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
  const t = useTeamText();
  const en = t.lang === 'en';
  return (
    <div className="table-wrap" role="region" aria-label={t.tableRegion} tabIndex={0}>
      <table className="team-table">
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.headLine}</th>
            <th scope="col">{t.headName}</th>
            {card.indicators.map((i) => (
              <th scope="col" key={i.id} className="num">
                {zh(i.label, en)}
              </th>
            ))}
            {card.deductions.map((d) => (
              <th scope="col" key={d.id} className="num">
                {card.deductions.length > 1
                  ? zhIn(t.deductionOf, 'label', d.label, en)
                  : deductionHeader(card, d.label, t)}
              </th>
            ))}
            <th scope="col" className="num" aria-sort={sort}>
              <button type="button" className="team-sort" onClick={onSort}>
                {t.headTotal}
                <span aria-hidden="true">{arrow(sort)}</span>
              </button>
            </th>
            <th scope="col">{t.headGrade}</th>
            {bandOf && <th scope="col">{t.headBand}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const bad = errorLines.has(r.line) || r.result.status === 'invalid';
            const level = r.result.level;
            return (
              <tr key={r.line} className={bad ? 'has-error' : undefined}>
                <td className="num">{r.line}</td>
                <th scope="row">{r.name || t.unnamed}</th>
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
                <td className="num total">{totalText(t, r.result, bad, formatNumber)}</td>
                <td>
                  {level ? (
                    <span className={`level level-${level}`}>
                      {zhIn(
                        gradeText(t, r.result).replace(r.result.grade ?? '', '{g}'),
                        'g',
                        r.result.grade ?? '',
                        en,
                      )}
                    </span>
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
