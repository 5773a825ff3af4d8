// The team at a glance, loaded once a team has been graded (React.lazy in
// TeamGrader.tsx), and the calibration, loaded once the forced distribution is
// shown: the page's first script stays as it was before they existed.
import { lazy, Suspense } from 'react';
import type { Scorecard } from '../../lib/scoring/index.ts';
import type { Calibration as Cal, Distribution, TeamRow } from '../../lib/team/index.ts';
import { TeamGlance } from './TeamGlance.tsx';

const Calibration = lazy(() =>
  import('./Calibration.tsx').then(
    (m) => ({ default: m.Calibration }),
    () => ({
      default: () => <p className="field-error">无法加载校准工具,请刷新页面后重试。</p>,
    }),
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
  return (
    <>
      <TeamGlance uid={p.uid} card={p.card} rows={p.rows} />
      {dist && cal && (
        <Suspense fallback={<p className="muted">正在准备校准工具…</p>}>
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
