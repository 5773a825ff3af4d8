import { fill } from '../../lib/phrase/index.ts';
import { SMALL_GROUP, type Distribution } from '../../lib/team/index.ts';
import { NumberField } from '../common/NumberField.tsx';
import { useTeamText } from './team-text.tsx';

interface Props {
  uid: string;
  show: boolean;
  onShow: (on: boolean) => void;
  shares: string[];
  onShare: (index: number, typed: string) => void;
  /** One message for the three fields (their total is what is wrong), or ''. */
  error: string;
  dist: Distribution | undefined;
}

/** The optional forced distribution: the bands' shares as typed, and the counts they give. */
export function BandShares({ uid, show, onShow, shares, onShare, error, dist }: Props) {
  const t = useTeamText();
  const errId = `${uid}-share-err`;
  return (
    <div className="team-dist">
      <label className="team-check">
        <input type="checkbox" checked={show} onChange={(e) => onShow(e.currentTarget.checked)} />{' '}
        {t.showDist}
      </label>
      {show && (
        <fieldset className="team-shares">
          <legend>{t.sharesLegend}</legend>
          <div className="team-share-inputs">
            {t.bands.map((band, i) => (
              <NumberField
                key={band}
                id={`${uid}-share-${i}`}
                label={fill(t.share, { band })}
                value={shares[i] ?? ''}
                invalid={error !== ''}
                describedBy={error ? errId : undefined}
                onChange={(typed) => onShare(i, typed)}
              />
            ))}
          </div>
          {error && (
            <p id={errId} className="field-error">
              {error}
            </p>
          )}
          {dist && (
            <p className="team-dist-out">
              {fill(t.distOut, {
                counts: t.bands
                  .map((band, i) => fill(t.bandCount, { band, n: dist.counts[i]! }))
                  .join(t.listSep),
              })}
            </p>
          )}
          {dist?.warning === 'small-group' && (
            <p className="team-warn">{fill(t.smallGroup, { n: SMALL_GROUP })}</p>
          )}
        </fieldset>
      )}
    </div>
  );
}
