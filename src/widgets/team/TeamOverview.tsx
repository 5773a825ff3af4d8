// The team at a glance and the calibration, loaded once a team has been
// graded (React.lazy in TeamGrader.tsx), so the page's first script stays as
// it was before they existed.
import type { Scorecard } from '../../lib/scoring/index.ts';
import type { Calibration as Cal, Distribution, TeamRow } from '../../lib/team/index.ts';
import { Calibration } from './Calibration.tsx';
import { TeamGlance } from './TeamGlance.tsx';

interface Props {
  uid: string;
  card: Scorecard;
  /** Everyone graded or not, in the order of the file. */
  rows: TeamRow[];
  /** The people with a total, as the distribution indexes them. */
  graded: TeamRow[];
  labels: readonly string[];
  /** Present when the forced distribution is shown. */
  dist: Distribution | undefined;
  cal: Cal | undefined;
  onCal: (cal: Cal) => void;
}

export default function TeamOverview({ dist, cal, ...p }: Props) {
  return (
    <>
      <TeamGlance uid={p.uid} card={p.card} rows={p.rows} />
      {dist && cal && (
        <Calibration
          uid={p.uid}
          card={p.card}
          graded={p.graded}
          labels={p.labels}
          dist={dist}
          cal={cal}
          onCal={p.onCal}
        />
      )}
    </>
  );
}
