// A manager's calibration of the forced distribution: moves between bands, each
// with a reason, kept as a trail that the downloads carry.

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

/** Why a move was refused, worded by the widget next to the field it is about. */
export type MoveProblem =
  | { key: 'noPerson' }
  | { key: 'noBand'; vars: { bands: readonly string[] } }
  | { key: 'sameBand'; vars: { name: string; band: string } }
  | { key: 'noReason' };

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
  | { ok: false; field: 'reason' | 'to' | 'person'; problem: MoveProblem } {
  const from = cal.bands[move.person];
  const who = people[move.person];
  if (from === undefined || !who)
    return { ok: false, field: 'person', problem: { key: 'noPerson' } };
  if (!Number.isInteger(move.to) || move.to < 0 || move.to >= bandLabels.length)
    return { ok: false, field: 'to', problem: { key: 'noBand', vars: { bands: bandLabels } } };
  if (move.to === from)
    return {
      ok: false,
      field: 'to',
      problem: { key: 'sameBand', vars: { name: who.name, band: bandLabels[from]! } },
    };
  const reason = move.reason.trim();
  if (reason === '') return { ok: false, field: 'reason', problem: { key: 'noReason' } };
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
