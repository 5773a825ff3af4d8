// The team at a glance, loaded once a team has been graded (React.lazy in
// TeamGrader.tsx), and the calibration, loaded once the forced distribution is
// shown: the page's first script stays as it was before they existed.
import { lazy, Suspense } from 'react';
import type { Scorecard } from '../../lib/scoring/index.ts';
import type { Calibration as Cal, Distribution, TeamRow } from '../../lib/team/index.ts';
import { TeamGlance } from './TeamGlance.tsx';
import { useTeamText } from './team-text.tsx';

/** Said when the calibration's chunk cannot be fetched. */
function CalibrationFailed() {
  return <p className="field-error">{useTeamText().calFailed}</p>;
}

const Calibration = lazy(() =>
  import('./Calibration.tsx').then(
    (m) => ({ default: m.Calibration }),
    () => ({ default: CalibrationFailed }),
  ),
);

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
  const t = useTeamText();
  return (
    <>
      <TeamGlance uid={p.uid} card={p.card} rows={p.rows} />
      {dist && cal && (
        <Suspense fallback={<p className="muted">{t.calLoading}</p>}>
          <Calibration
            uid={p.uid}
            card={p.card}
            graded={p.graded}
            labels={p.labels}
            dist={dist}
            cal={cal}
            onCal={p.onCal}
          />
        </Suspense>
      )}
    </>
  );
}
