import { teamErrorText, type TeamError } from '../../lib/team/index.ts';
import { useTeamText } from './team-text.tsx';

/** Every refused cell, by line, column and reason. */
export function TeamErrors({ uid, errors }: { uid: string; errors: TeamError[] }) {
  const t = useTeamText();
  if (errors.length === 0) return null;
  return (
    <section className="team-errors" aria-labelledby={`${uid}-errors`}>
      <h2 id={`${uid}-errors`}>{t.errorsTitle}</h2>
      <ul>
        {errors.map((e, k) => (
          <li key={k} className="field-error">
            {teamErrorText(e, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}
