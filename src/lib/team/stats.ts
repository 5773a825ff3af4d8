// The team at a glance: how many people got each grade, each indicator's
// average and spread, who is within reach of the next grade, and a manager's
// calibration of the forced distribution with a reason for every move.
import { formatNumber } from '../number/index.ts';
import type { Scorecard, ScorecardResult } from '../scoring/types.ts';
import { toCsv } from '../csv.ts';

/** Cents, so 79.3 + 0.7 is 80 exactly. */
const cents = (v: number) => Math.round(v * 100);

export interface GradeCount {
  grade: string;
  count: number;
}

export interface GradeDistribution {
  /** Every grade band of the sheet, best first, with how many people have it (0 included). */
  counts: GradeCount[];
  /** People with no grade (errors or missing data). */
  ungraded: number;
  /** Everyone: Σ counts + ungraded. */
  people: number;
}

/** How many people fall in each of the sheet's grade bands. */
export function gradeDistribution(
  card: Scorecard,
  results: readonly ScorecardResult[],
): GradeDistribution {
  const counts = card.grades.map((g) => ({ grade: g.grade, count: 0 }));
  let ungraded = 0;
  for (const r of results) {
    const c = r.grade === undefined ? undefined : counts.find((x) => x.grade === r.grade);
    if (c) c.count++;
    else ungraded++;
  }
  return { counts, ungraded, people: results.length };
}

export interface Spread {
  /** How many people have a value. */
  n: number;
  mean: number;
  /** Population standard deviation (the team is the whole population, not a sample). */
  sd: number;
  min: number;
  max: number;
}

/** Mean, population standard deviation, min and max; undefined for no values. */
export function spread(values: readonly number[]): Spread | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // The mean of equal values is that value; clamping keeps rounding inside [min, max].
  const mean = Math.min(max, Math.max(min, sum / n));
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / n;
  return { n, mean, sd: Math.sqrt(variance), min, max };
}

export interface IndicatorSpread {
  id: string;
  label: string;
  /** Of the points on the indicator's scale. */
  points: Spread | undefined;
  /** Of the measured value: 完成率 in % for a ratio, the typed value otherwise. */
  value: Spread | undefined;
}

/** Each indicator's average and spread over the people who have it measured. */
export function indicatorSpreads(
  card: Scorecard,
  results: readonly ScorecardResult[],
): IndicatorSpread[] {
  return card.indicators.map((ind) => {
    const rows = results.flatMap((r) =>
      r.indicators.filter((i) => i.id === ind.id && i.status === 'ok'),
    );
    return {
      id: ind.id,
      label: ind.label,
      points: spread(rows.flatMap((i) => (i.points === undefined ? [] : [i.points]))),
      value: spread(rows.flatMap((i) => (i.x === undefined ? [] : [i.x]))),
    };
  });
}

export interface NearNext {
  /** Index into the people given. */
  person: number;
  name: string;
  total: number;
  grade: string;
  next: string;
  /** Points short of the next grade's minimum, > 0 and ≤ the margin. */
  short: number;
}

/**
 * Who sits within `margin` points (1 by default) below the next better
 * grade's minimum, closest first. People without a total are left out.
 */
export function nearNextGrade(
  card: Scorecard,
  people: readonly { name: string; total?: number | undefined }[],
  margin = 1,
): NearNext[] {
  const out: NearNext[] = [];
  people.forEach((p, person) => {
    if (p.total === undefined) return;
    const at = card.grades.findIndex((g) => g.min === undefined || p.total! >= g.min);
    if (at <= 0) return;
    const next = card.grades[at - 1]!;
    const short = (cents(next.min!) - cents(p.total)) / 100;
    if (short > 0 && short <= margin)
      out.push({
        person,
        name: p.name,
        total: p.total,
        grade: card.grades[at]!.grade,
        next: next.grade,
        short,
      });
  });
  return out.sort((a, b) => a.short - b.short || a.person - b.person);
}

export interface CalibrationMove {
  person: number;
  name: string;
  total?: number | undefined;
  /** Band indices (0 = best), as in the forced distribution. */
  from: number;
  to: number;
  reason: string;
}

export interface Calibration {
  /** Each person's band now: the forced distribution's, then every move applied. */
  bands: number[];
  /** The trail: every move in the order made. */
  moves: CalibrationMove[];
}

export const REASON_REQUIRED = '请填写调整理由:每一次调整都要写明原因,导出时记入校准记录。';

/** The starting point: the forced distribution's bands, no moves. */
export function startCalibration(bands: readonly number[]): Calibration {
  return { bands: [...bands], moves: [] };
}

/**
 * Moves a person to another band with a reason. Refused (with the message
 * to show next to the reason field) without a reason, to the band they are
 * already in, or to a band that does not exist. The calibration given is not
 * changed; a new one is returned.
 */
export function moveBand(
  cal: Calibration,
  people: readonly { name: string; total?: number | undefined }[],
  move: { person: number; to: number; reason: string },
  bandLabels: readonly string[],
):
  | { ok: true; calibration: Calibration }
  | { ok: false; field: 'reason' | 'to' | 'person'; message: string } {
  const from = cal.bands[move.person];
  const who = people[move.person];
  if (from === undefined || !who)
    return { ok: false, field: 'person', message: '找不到这个人:请先评分,再调整分布。' };
  if (!Number.isInteger(move.to) || move.to < 0 || move.to >= bandLabels.length)
    return { ok: false, field: 'to', message: `请选择调整后的分布:${bandLabels.join('、')}之一。` };
  if (move.to === from)
    return {
      ok: false,
      field: 'to',
      message: `${who.name}已在「${bandLabels[from]}」中,请选择另一档。`,
    };
  const reason = move.reason.trim();
  if (reason === '') return { ok: false, field: 'reason', message: REASON_REQUIRED };
  const bands = [...cal.bands];
  bands[move.person] = move.to;
  const entry: CalibrationMove = {
    person: move.person,
    name: who.name,
    total: who.total,
    from,
    to: move.to,
    reason,
  };
  return { ok: true, calibration: { bands, moves: [...cal.moves, entry] } };
}

/** People per band after calibration, best first. */
export function calibratedCounts(cal: Calibration, bandCount: number): number[] {
  const counts = Array.from({ length: bandCount }, () => 0);
  for (const b of cal.bands) counts[b]! += 1;
  return counts;
}

/**
 * The calibration trail as CSV (no BOM; the caller adds it): 序号, 姓名, 总分,
 * 原分布, 调整后, 理由, one row a move in the order made. toCsv escapes cells
 * a spreadsheet would run as formulas.
 */
export function calibrationCsv(
  moves: readonly CalibrationMove[],
  bandLabels: readonly string[],
): string {
  const label = (b: number) => bandLabels[b] ?? String(b + 1);
  return toCsv([
    ['序号', '姓名', '总分', '原分布', '调整后', '理由'],
    ...moves.map((m, i) => [
      String(i + 1),
      m.name,
      m.total === undefined ? '' : formatNumber(m.total),
      label(m.from),
      label(m.to),
      m.reason,
    ]),
  ]);
}
