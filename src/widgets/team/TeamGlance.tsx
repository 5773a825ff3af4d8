import { useMemo } from 'react';
import { formatNumber } from '../../lib/number/index.ts';
import { fill } from '../../lib/phrase/index.ts';
import type { Scorecard } from '../../lib/scoring/index.ts';
import {
  gradeDistribution,
  indicatorSpreads,
  nearNextGrade,
  type TeamRow,
} from '../../lib/team/index.ts';
import { useTeamText, zh } from './team-text.tsx';

/** Bars of the histogram: each grade of the sheet, then the people without a grade (if any). */
function bars(card: Scorecard, rows: readonly TeamRow[], UNGRADED: string) {
  const d = gradeDistribution(
    card,
    rows.map((r) => r.result),
  );
  const out = d.counts.map((c) => ({ label: c.grade, count: c.count, ungraded: false }));
  if (d.ungraded > 0) out.push({ label: UNGRADED, count: d.ungraded, ungraded: true });
  return { bars: out, people: d.people };
}

/** Horizontal bars drawn to scale, with the count at the end of each; labelled as one image. */
function Histogram(p: {
  bars: { label: string; count: number; ungraded: boolean }[];
  label: string;
  en: boolean;
}) {
  const { bars, label, en } = p;
  const row = 30;
  // Room for the longest label at 14px: a Chinese character is about 14px wide, a Latin
  // letter 8 (“Not graded” needs more than 未评分).
  const width = (l: string) => [...l].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 14 : 8), 0);
  const left = Math.max(76, 12 + Math.max(0, ...bars.map((b) => width(b.label))));
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
            <text
              x={left - 8}
              y={y + 17}
              textAnchor="end"
              className="team-hist-label"
              lang={en && !b.ungraded ? 'zh-CN' : undefined}
            >
              {b.label}
            </text>
            <rect
              x={left}
              y={y}
              width={Math.max(w, b.count > 0 ? 2 : 0)}
              height={row - 8}
              rx={3}
              className={b.ungraded ? 'team-hist-bar is-ungraded' : 'team-hist-bar'}
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
  const t = useTeamText();
  const en = t.lang === 'en';
  const { bars: hist, people } = useMemo(
    () => bars(card, rows, t.ungraded),
    [card, rows, t.ungraded],
  );
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
  const histLabel = fill(t.gradesChart, {
    list: hist.map((b) => fill(t.bandCount, { band: b.label, n: b.count })).join(t.listSep),
  });
  const unit = (id: string) => {
    const kind = card.indicators.find((i) => i.id === id)?.kind;
    return kind === 'score' ? t.scoreUnit : '%';
  };
  return (
    <section className="team-glance" aria-labelledby={`${uid}-glance`}>
      <h2 id={`${uid}-glance`}>{t.glance}</h2>
      <div className="team-glance-grades">
        <div>
          <h3>{t.gradesTitle}</h3>
          <Histogram bars={hist} label={histLabel} en={en} />
        </div>
        <table className="team-grade-table">
          <caption>{fill(t.gradesCaption, { n: people })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colGrade}</th>
              <th scope="col" className="num">
                {t.colPeople}
              </th>
              <th scope="col" className="num">
                {t.colShare}
              </th>
            </tr>
          </thead>
          <tbody>
            {hist.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.ungraded ? b.label : zh(b.label, en)}</th>
                <td className="num">{b.count}</td>
                <td className="num">{share(b.count, people)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t.spreadTitle}</h3>
      <div className="table-wrap" role="region" aria-label={t.spreadTitle} tabIndex={0}>
        <table className="team-stat">
          <caption>{t.spreadCaption}</caption>
          <thead>
            <tr>
              {t.spreadHead.map((h, i) => (
                <th key={h} scope="col" className={i ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spreads.map((s) => (
              <tr key={s.id}>
                <th scope="row">{zh(s.label, en)}</th>
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

      <h3>{t.nearTitle}</h3>
      {near.length === 0 ? (
        <p className="muted">{t.nearNone}</p>
      ) : (
        <ul className="team-near">
          {near.map((n) => (
            <li key={n.person}>
              {fill(t.near, {
                name: n.name || t.unnamed,
                total: formatNumber(n.total),
                grade: n.grade,
                short: formatNumber(n.short),
                next: n.next,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
