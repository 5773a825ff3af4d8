import { weightSteps } from '../../i18n/grader/shared-zh.ts';
import { formatPlain } from '../../lib/number/index.ts';
import { say, sheetWeightSum, type Scorecard } from '../../lib/scoring/index.ts';
import type { SheetNotice } from '../../lib/team-xlsx/index.ts';
import { templateHeaders, type TeamResult } from '../../lib/team/index.ts';

/** The engine's word on a sheet whose weights do not total 100, and the rescaling choice. */
export function WeightNote(p: {
  card: Scorecard;
  team: TeamResult;
  normalize: boolean;
  onNormalize: (on: boolean) => void;
}) {
  const sum = sheetWeightSum(p.card);
  if (sum === 100) return null;
  return (
    <div className="team-weights" role="note">
      {p.team.weightNotes
        .map((n) => say(weightSteps, n))
        .map((n) => (
          <p key={n}>{n}</p>
        ))}
      {p.normalize && <p>权重原合计 {formatPlain(sum)}%,已按比例折算为 100% 计算。</p>}
      <label>
        <input
          type="checkbox"
          checked={p.normalize}
          onChange={(e) => p.onNormalize(e.currentTarget.checked)}
        />{' '}
        按比例折算为100%
      </label>
    </div>
  );
}

/** Columns the CSV lacks or has beyond the template; a hint when it looks like another sheet's. */
export function ColumnNotes({ card, team }: { card: Scorecard; team: TeamResult }) {
  const { missingColumns: missing, unknownColumns: unknown } = team;
  if (missing.length === 0 && unknown.length === 0) return null;
  return (
    <div className="team-notes" role="note">
      {missing.length >= templateHeaders(card).length - 1 && (
        <p>列名与这张考核表对不上,请确认是否选对了考核表。</p>
      )}
      {missing.length > 0 && (
        <p>缺少这些列,对应的项按未填写处理:{missing.join('、')}。可以下载模板 CSV 对照列名。</p>
      )}
      {unknown.length > 0 && <p>这些列不是本考核表的项目,已忽略:{unknown.join('、')}。</p>}
    </div>
  );
}

/** What reading an .xlsx sheet noticed (text numbers, dates, merged cells, empty rows); the sheet is still graded. */
export function SheetNotes({ notices }: { notices: readonly SheetNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="team-notes" role="note">
      <p>读取工作表时发现:</p>
      <ul>
        {notices.map((n, k) => (
          <li key={k}>{n.message}</li>
        ))}
      </ul>
    </div>
  );
}
