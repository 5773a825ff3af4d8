import { DEFAULT_BANDS, SMALL_GROUP, type Distribution } from '../../lib/team/index.ts';
import { NumberField } from '../common/NumberField.tsx';

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
  const errId = `${uid}-share-err`;
  return (
    <div className="team-dist">
      <label className="team-check">
        <input type="checkbox" checked={show} onChange={(e) => onShow(e.currentTarget.checked)} />{' '}
        显示强制分布建议
      </label>
      {show && (
        <fieldset className="team-shares">
          <legend>各档比例(%,从好到差,合计 100)</legend>
          <div className="team-share-inputs">
            {DEFAULT_BANDS.map((b, i) => (
              <NumberField
                key={b.label}
                id={`${uid}-share-${i}`}
                label={`${b.label}(%)`}
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
              按总分排名建议:
              {DEFAULT_BANDS.map((b, i) => `${b.label} ${dist.counts[i]} 人`).join(',')}
              。这只是参考,不改变按分数得出的等级。
            </p>
          )}
          {dist?.warning === 'small-group' && (
            <p className="team-warn">人数少于 {SMALL_GROUP} 人,强制分布仅供参考。</p>
          )}
        </fieldset>
      )}
    </div>
  );
}
