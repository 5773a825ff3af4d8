import {
  formatNumber,
  pointsFor,
  type IndicatorResult,
  type Scorecard,
} from '../../lib/scoring/index.ts';
import { useGraderText } from './grader-text.tsx';

const ROW = 28;
const LABEL = 120;
const WIDTH = 420;
const SCALE = (WIDTH - LABEL - 50) / 100;

/** Room for 8 Chinese characters or 16 Latin ones: a label longer than that is cut. */
function short(label: string): string {
  let room = 16;
  for (let i = 0; i < label.length; i++) {
    room -= label.charCodeAt(i) > 0x2e7f ? 2 : 1;
    if (room < 0) return `${label.slice(0, i)}…`;
  }
  return label;
}

/**
 * Points per indicator as horizontal bars (0–100), with ticks at the points
 * its pass (合) and excellent (优) lines earn. Inline SVG, no chart library.
 */
export function ScoreChart({ card, results }: { card: Scorecard; results: IndicatorResult[] }) {
  const { t, fill, nameText, en } = useGraderText();
  const height = card.indicators.length * ROW + 24;
  const summary = card.indicators
    .map(
      (ind, i) =>
        `${nameText(ind)} ${results[i]?.points === undefined ? t.chartEmpty : `${formatNumber(results[i]!.points!)}${t.pointsAfter}`}`,
    )
    .join(t.listSep);
  return (
    <svg
      className="score-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={fill(t.chart, { list: summary })}
    >
      {[0, 60, 90, 100].map((v) => (
        <g key={v}>
          <line
            x1={LABEL + v * SCALE}
            x2={LABEL + v * SCALE}
            y1={4}
            y2={height - 18}
            className="grid"
          />
          <text x={LABEL + v * SCALE} y={height - 4} className="axis" textAnchor="middle">
            {v}
          </text>
        </g>
      ))}
      {card.indicators.map((ind, i) => {
        const y = 6 + i * ROW;
        const points = results[i]?.points;
        const marks = ind.levels
          ? ([
              ['合', pointsFor(ind, ind.levels.pass)],
              ['优', pointsFor(ind, ind.levels.excellent)],
            ] as const)
          : [];
        return (
          <g key={ind.id}>
            <text
              x={LABEL - 6}
              y={y + 15}
              textAnchor="end"
              className="label"
              lang={en && nameText(ind) === ind.label ? 'zh-CN' : undefined}
            >
              {short(nameText(ind))}
            </text>
            <rect
              x={LABEL}
              y={y + 3}
              width={Math.max(0, Math.min(100, points ?? 0)) * SCALE}
              height={ROW - 10}
              rx={3}
              className="bar"
            />
            {marks.map(([name, p]) => (
              <g key={name}>
                <line
                  x1={LABEL + p * SCALE}
                  x2={LABEL + p * SCALE}
                  y1={y}
                  y2={y + ROW - 4}
                  className={`mark mark-${name}`}
                />
              </g>
            ))}
            <text x={LABEL + Math.min(100, points ?? 0) * SCALE + 4} y={y + 15} className="value">
              {points === undefined ? '—' : formatNumber(points)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
