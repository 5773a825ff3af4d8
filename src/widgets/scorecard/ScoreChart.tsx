import {
  formatNumber,
  pointsFor,
  type IndicatorResult,
  type Scorecard,
} from '../../lib/scoring/index.ts';

const ROW = 28;
const LABEL = 120;
const WIDTH = 420;
const SCALE = (WIDTH - LABEL - 50) / 100;

/**
 * Points per indicator as horizontal bars (0–100), with ticks at the points
 * its pass (合) and excellent (优) lines earn. Inline SVG, no chart library.
 */
export function ScoreChart({ card, results }: { card: Scorecard; results: IndicatorResult[] }) {
  const height = card.indicators.length * ROW + 24;
  const summary = card.indicators
    .map(
      (ind, i) =>
        `${ind.label} ${results[i]?.points === undefined ? '未填' : `${formatNumber(results[i]!.points!)} 分`}`,
    )
    .join(',');
  return (
    <svg
      className="score-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`各指标得分:${summary}`}
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
            <text x={LABEL - 6} y={y + 15} textAnchor="end" className="label">
              {ind.label.length > 8 ? `${ind.label.slice(0, 8)}…` : ind.label}
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
