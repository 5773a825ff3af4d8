import { formatPlain } from '../../lib/number/index.ts';
import { fill, say, sheetWeightSum, type Scorecard } from '../../lib/scoring/index.ts';
import type { SheetNotice } from '../../lib/team-xlsx/index.ts';
import { templateHeaders, type TeamResult } from '../../lib/team/index.ts';
import type { SheetKey } from '../../lib/team-xlsx/index.ts';
import type { Templates } from '../../lib/scoring/index.ts';
import { useTeamText } from './team-text.tsx';

/** The engine's word on a sheet whose weights do not total 100, and the rescaling choice. */
export function WeightNote(p: {
  card: Scorecard;
  team: TeamResult;
  normalize: boolean;
  onNormalize: (on: boolean) => void;
}) {
  const t = useTeamText();
  const sum = sheetWeightSum(p.card);
  if (sum === 100) return null;
  return (
    <div className="team-weights" role="note">
      {p.team.weightNotes
        .map((n) => say(t.weightSteps, n))
        .map((n) => (
          <p key={n}>{n}</p>
        ))}
      {p.normalize && <p>{fill(t.normalized, { sum: formatPlain(sum) })}</p>}
      <label>
        <input
          type="checkbox"
          checked={p.normalize}
          onChange={(e) => p.onNormalize(e.currentTarget.checked)}
        />{' '}
        {t.normalize}
      </label>
    </div>
  );
}

/** Columns the CSV lacks or has beyond the template; a hint when it looks like another sheet's. */
export function ColumnNotes({ card, team }: { card: Scorecard; team: TeamResult }) {
  const t = useTeamText();
  const { missingColumns: missing, unknownColumns: unknown } = team;
  if (missing.length === 0 && unknown.length === 0) return null;
  return (
    <div className="team-notes" role="note">
      {missing.length >= templateHeaders(card).length - 1 && <p>{t.wrongSheet}</p>}
      {missing.length > 0 && (
        <p>{fill(t.missingColumns, { columns: missing.join(t.columnSep) })}</p>
      )}
      {unknown.length > 0 && (
        <p>{fill(t.unknownColumns, { columns: unknown.join(t.columnSep) })}</p>
      )}
    </div>
  );
}

/** What reading an .xlsx sheet noticed (text numbers, dates, merged cells, empty rows); the sheet is still graded. */
export function SheetNotes(p: {
  notices: readonly SheetNotice[];
  /** The words of what the reading says, loaded with the workbook. */
  words: Templates<SheetKey>;
}) {
  const { notices, words } = p;
  const t = useTeamText();
  if (notices.length === 0) return null;
  return (
    <div className="team-notes" role="note">
      <p>{t.sheetNotes}</p>
      <ul>
        {notices.map((n, k) => (
          <li key={k}>{say(words, n.message)}</li>
        ))}
      </ul>
    </div>
  );
}
