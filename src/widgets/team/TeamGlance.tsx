import { useMemo } from 'react';
import { formatNumber } from '../../lib/number/index.ts';
import type { Scorecard } from '../../lib/scoring/index.ts';
import {
  gradeDistribution,
  indicatorSpreads,
  nearNextGrade,
  type TeamRow,
} from '../../lib/team/index.ts';

const UNGRADED = '未评分';

/** Bars of the histogram: each grade of the sheet, then the people without a grade (if any). */
function bars(card: Scorecard, rows: readonly TeamRow[]) {
  const d = gradeDistribution(
    card,
    rows.map((r) => r.result),
  );
  const out = d.counts.map((c) => ({ label: c.grade, count: c.count }));
  if (d.ungraded > 0) out.push({ label: UNGRADED, count: d.ungraded });
  return { bars: out, people: d.people };
}

/** Horizontal bars drawn to scale, with the count at the end of each; labelled as one image. */
function Histogram({ bars, label }: { bars: { label: string; count: number }[]; label: string }) {
  const row = 30;
  const left = 76;
  const span = 200;
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <svg
      className="team-hist"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${left + span + 44} ${bars.length * row + 4}`}
      width="100%"
    >
      {bars.map((b, i) => {
        const y = i * row + 4;
        const w = (b.count / max) * span;
        return (
          <g key={b.label}>
            <text x={left - 8} y={y + 17} textAnchor="end" className="team-hist-label">
              {b.label}
            </text>
            <rect
              x={left}
              y={y}
              width={Math.max(w, b.count > 0 ? 2 : 0)}
              height={row - 8}
              rx={3}
              className={b.label === UNGRADED ? 'team-hist-bar is-ungraded' : 'team-hist-bar'}
            />
            <text x={left + w + 6} y={y + 17} className="team-hist-count">
              {b.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const share = (n: number, of: number) => (of === 0 ? '—' : `${formatNumber((n / of) * 100)}%`);
const fmt = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v));

/**
 * The team at a glance, after grading: the grades as a histogram and a
 * table, each indicator's average and spread, and who is within 1 point of
 * the next better grade. Every figure comes from src/lib/team/stats.ts.
 */
export function TeamGlance({ uid, card, rows }: { uid: string; card: Scorecard; rows: TeamRow[] }) {
  const { bars: hist, people } = useMemo(() => bars(card, rows), [card, rows]);
  const spreads = useMemo(
    () =>
      indicatorSpreads(
        card,
        rows.map((r) => r.result),
      ),
    [card, rows],
  );
  const near = useMemo(
    () =>
      nearNextGrade(
        card,
        rows.map((r) => ({ name: r.name, total: r.result.total })),
      ),
    [card, rows],
  );
  const histLabel = `等级分布:${hist.map((b) => `${b.label} ${b.count} 人`).join(',')}`;
  const unit = (id: string) => {
    const kind = card.indicators.find((i) => i.id === id)?.kind;
    return kind === 'score' ? '分' : '%';
  };
  return (
    <section className="team-glance" aria-labelledby={`${uid}-glance`}>
      <h2 id={`${uid}-glance`}>团队概览</h2>
      <div className="team-glance-grades">
        <div>
          <h3>等级分布</h3>
          <Histogram bars={hist} label={histLabel} />
        </div>
        <table className="team-grade-table">
          <caption>各等级人数(共 {people} 人)</caption>
          <thead>
            <tr>
              <th scope="col">等级</th>
              <th scope="col" className="num">
                人数
              </th>
              <th scope="col" className="num">
                占比
              </th>
            </tr>
          </thead>
          <tbody>
            {hist.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td className="num">{b.count}</td>
                <td className="num">{share(b.count, people)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>各指标的平均与离散</h3>
      <div className="table-wrap" role="region" aria-label="各指标的平均与离散" tabIndex={0}>
        <table className="team-stat">
          <caption>
            只计已填写该项的人;标准差按全队计算(总体标准差)。完成率或数值:比率类指标为完成率,其余为填写的数值。
          </caption>
          <thead>
            <tr>
              <th scope="col">指标</th>
              <th scope="col" className="num">
                人数
              </th>
              <th scope="col" className="num">
                平均得分
              </th>
              <th scope="col" className="num">
                得分标准差
              </th>
              <th scope="col" className="num">
                最低–最高得分
              </th>
              <th scope="col" className="num">
                平均完成率或数值
              </th>
            </tr>
          </thead>
          <tbody>
            {spreads.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.label}</th>
                <td className="num">{s.points?.n ?? 0}</td>
                <td className="num">{fmt(s.points?.mean)}</td>
                <td className="num">{fmt(s.points?.sd)}</td>
                <td className="num">
                  {s.points ? `${formatNumber(s.points.min)}–${formatNumber(s.points.max)}` : '—'}
                </td>
                <td className="num">
                  {s.value ? `${formatNumber(s.value.mean)}${unit(s.id)}` : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>离上一等级不到 1 分的人</h3>
      {near.length === 0 ? (
        <p className="muted">没有人的总分在上一等级分数线下 1 分以内。</p>
      ) : (
        <ul className="team-near">
          {near.map((n) => (
            <li key={n.person}>
              {n.name || '(未填姓名)'}:总分 {formatNumber(n.total)}({n.grade}),差{' '}
              {formatNumber(n.short)} 分到「{n.next}」
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
