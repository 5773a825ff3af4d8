import type { ReactNode } from 'react';
import type { Breakdown, BreakdownLevel } from '../../lib/targets/index.ts';
import { fmt, useTargetText } from './labels.ts';

interface Props {
  label: string;
  head: string[];
  rows: ReactNode[][];
  total: ReactNode[];
  result: Breakdown;
  level: BreakdownLevel;
  /** How many columns after the first hold text rather than figures. */
  textCols?: number;
}

/**
 * A results table in a scrollable, focusable region, with a total row that is
 * checked against the annual target.
 */
export function AmountTable(p: Props) {
  const t = useTargetText();
  const cls = (j: number) => (j < (p.textCols ?? 0) ? 'tb-text' : undefined);
  const equal = p.result.totalCents[p.level] === p.result.totalCents.annual;
  return (
    <section className="table-wrap" tabIndex={0} aria-label={p.label}>
      <table className="tb-table">
        <caption>{p.label}</caption>
        <thead>
          <tr>
            {p.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map(([first, ...rest], i) => (
            <tr key={i}>
              <th scope="row">{first}</th>
              {rest.map((c, j) => (
                <td key={j} className={cls(j)}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.sum}</th>
            {p.total.map((c, j) => (
              <td key={j} className={cls(j)}>
                {c}
              </td>
            ))}
            <td>
              <strong>{fmt(p.result.totals[p.level])}</strong>
              <span className={equal ? 'tb-ok' : 'tb-off'}>{equal ? t.equal : t.unequal}</span>
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
