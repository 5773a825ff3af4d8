import { reasons } from '../../i18n/team/zh.ts';
import { teamErrorText, type TeamError } from '../../lib/team/index.ts';

/** Every refused cell, by line, column and reason. */
export function TeamErrors({ uid, errors }: { uid: string; errors: TeamError[] }) {
  if (errors.length === 0) return null;
  return (
    <section className="team-errors" aria-labelledby={`${uid}-errors`}>
      <h2 id={`${uid}-errors`}>需要改正的地方</h2>
      <ul>
        {errors.map((e, k) => (
          <li key={k} className="field-error">
            {teamErrorText(e, reasons)}
          </li>
        ))}
      </ul>
    </section>
  );
}
