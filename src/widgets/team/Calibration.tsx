import { useState, type ReactNode } from 'react';
import { formatNumber } from '../../lib/number/index.ts';
import { fill, say } from '../../lib/phrase/index.ts';
import type { Scorecard } from '../../lib/scoring/index.ts';
import {
  calibratedCounts,
  moveBand,
  type Calibration as Cal,
  type Distribution,
  type TeamRow,
} from '../../lib/team/index.ts';
import { useTeamText, zh } from './team-text.tsx';

interface Props {
  uid: string;
  card: Scorecard;
  /** The graded people, in the order the distribution indexes them. */
  graded: TeamRow[];
  labels: readonly string[];
  dist: Distribution;
  cal: Cal;
  onCal: (cal: Cal) => void;
}

interface FieldProps {
  id: string;
  label: string;
  /** The refusal to show under the control, or ''. */
  error: string;
  /** Other elements that describe the control. */
  hint?: string;
  children: (a11y: {
    id: string;
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}

/** A labelled control of the move form, with its refusal under it and tied to it. */
function MoveField({ id, label, error, hint, children }: FieldProps) {
  const errId = `${id}-err`;
  const describedBy = [hint, error ? errId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p id={errId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Calibration: the forced distribution beside the absolute grades (a table
 * of people by grade and band), and moves between bands, each with a
 * required reason, kept as a trail that the downloads carry.
 */
export function Calibration({ uid, card, graded, labels, dist, cal, onCal }: Props) {
  const t = useTeamText();
  const en = t.lang === 'en';
  const UNNAMED = t.unnamed;
  const [picked, setPerson] = useState(0);
  // The team may have shrunk since the pick (a new grading): fall back to the first person.
  const person = picked < graded.length ? picked : 0;
  const [to, setTo] = useState(0);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ field: string; message: string }>();
  const [done, setDone] = useState('');
  const counts = calibratedCounts(cal, labels.length);
  const grades = card.grades.map((g) => g.grade);
  const cross = grades.map((g) =>
    labels.map(
      (_, b) => graded.filter((r, i) => r.result.grade === g && cal.bands[i] === b).length,
    ),
  );
  const who = graded[person];
  const current = cal.bands[person];

  const submit = () => {
    const r = moveBand(
      cal,
      graded.map((g) => ({ name: g.name || UNNAMED, total: g.result.total })),
      { person, to, reason },
      labels,
    );
    if (!r.ok) {
      setError({ field: r.field, message: say(t.moveProblems, r.problem) });
      setDone('');
      return;
    }
    const m = r.calibration.moves.at(-1)!;
    onCal(r.calibration);
    setError(undefined);
    setReason('');
    setDone(fill(t.moved, { name: m.name, from: labels[m.from]!, to: labels[m.to]! }));
  };
  const undo = () => {
    const last = cal.moves.at(-1);
    if (!last) return;
    const bands = [...cal.bands];
    bands[last.person] = last.from;
    onCal({ bands, moves: cal.moves.slice(0, -1) });
    setDone(fill(t.undone, { name: last.name }));
  };
  const errFor = (field: string) => (error?.field === field ? error.message : '');

  return (
    <div className="team-cal">
      <h3 id={`${uid}-cal`}>{t.cross}</h3>
      <div className="table-wrap" role="region" aria-label={t.cross} tabIndex={0}>
        <table className="team-stat">
          <caption>{t.crossCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.crossCorner}</th>
              {labels.map((l) => (
                <th scope="col" key={l} className="num">
                  {l}
                </th>
              ))}
              <th scope="col" className="num">
                {t.sum}
              </th>
            </tr>
          </thead>
          <tbody>
            {grades.map((g, k) => (
              <tr key={g}>
                <th scope="row">{zh(g, en)}</th>
                {cross[k]!.map((n, b) => (
                  <td key={b} className="num">
                    {n}
                  </td>
                ))}
                <td className="num">{cross[k]!.reduce((a, n) => a + n, 0)}</td>
              </tr>
            ))}
            <tr className="team-cal-sum">
              <th scope="row">{t.calibrated}</th>
              {counts.map((n, b) => (
                <td key={b} className="num">
                  {n}
                </td>
              ))}
              <td className="num">{graded.length}</td>
            </tr>
            <tr>
              <th scope="row">{t.suggested}</th>
              {dist.counts.map((n, b) => (
                <td key={b} className="num">
                  {n}
                </td>
              ))}
              <td className="num">{graded.length}</td>
            </tr>
          </tbody>
        </table>
      </div>

      <form
        className="team-move"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <fieldset>
          <legend>{t.moveLegend}</legend>
          <p className="muted team-hint" id={`${uid}-cal-hint`}>
            {t.moveHint}
          </p>
          <div className="team-move-fields">
            <MoveField id={`${uid}-cal-person`} label={t.movePerson} error={errFor('person')}>
              {(a11y) => (
                <select
                  {...a11y}
                  value={person}
                  onChange={(e) => setPerson(Number(e.currentTarget.value))}
                >
                  {graded.map((r, i) => (
                    <option key={r.line} value={i}>
                      {fill(t.personOption, {
                        name: r.name || UNNAMED,
                        line: r.line,
                        total: formatNumber(r.result.total!),
                        band: labels[cal.bands[i]!]!,
                      })}
                    </option>
                  ))}
                </select>
              )}
            </MoveField>
            <MoveField id={`${uid}-cal-to`} label={t.moveTo} error={errFor('to')}>
              {(a11y) => (
                <select {...a11y} value={to} onChange={(e) => setTo(Number(e.currentTarget.value))}>
                  {labels.map((l, b) => (
                    <option key={l} value={b}>
                      {l}
                    </option>
                  ))}
                </select>
              )}
            </MoveField>
          </div>
          <MoveField
            id={`${uid}-cal-reason`}
            label={t.moveReason}
            error={errFor('reason')}
            hint={`${uid}-cal-hint`}
          >
            {(a11y) => (
              <textarea
                {...a11y}
                rows={2}
                required
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            )}
          </MoveField>
          <div className="team-move-actions">
            <button type="submit" className="btn">
              {t.move}
            </button>
            {cal.moves.length > 0 && (
              <button type="button" className="btn" onClick={undo}>
                {t.undo}
              </button>
            )}
          </div>
          <p role="status" className="team-move-done">
            {done}
          </p>
          {who && current !== undefined && (
            <p className="muted team-hint">
              {fill(t.nowIn, {
                name: who.name || UNNAMED,
                band: labels[current]!,
                grade: who.result.grade ?? '',
              })}
            </p>
          )}
        </fieldset>
      </form>

      {cal.moves.length > 0 && (
        <div className="table-wrap" role="region" aria-label={t.trail} tabIndex={0}>
          <table className="team-stat team-trail">
            <caption>{t.trailCaption}</caption>
            <thead>
              <tr>
                {t.trailHead.map((h, i) => (
                  <th key={h} scope="col" className={i === 0 || i === 2 ? 'num' : undefined}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cal.moves.map((m, i) => (
                <tr key={i}>
                  <td className="num">{i + 1}</td>
                  <th scope="row">{m.name}</th>
                  <td className="num">{m.total === undefined ? '—' : formatNumber(m.total)}</td>
                  <td>{labels[m.from]}</td>
                  <td>{labels[m.to]}</td>
                  <td className="team-reason">{m.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
