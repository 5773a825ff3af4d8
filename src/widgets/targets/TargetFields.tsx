import type { FieldKey, FormCheck, TargetForm } from '../../lib/targets/index.ts';
import { formErrorText, holidayYear } from '../../lib/targets/index.ts';
import { noDataMessage, shareSumMessage } from '../../lib/targets/index.ts';
import { fill } from '../../lib/phrase/index.ts';
import { NumberField } from '../common/NumberField.tsx';
import { Choice } from './Choice.tsx';
import { useTargetText } from './labels.ts';

interface Props {
  uid: string;
  form: TargetForm;
  check: FormCheck;
  onChange: (patch: Partial<TargetForm>) => void;
  onShare: (index: number, typed: string) => void;
}

/** The annual target, the year, the quarters' shares and how months are split. */
export function TargetFields({ uid, form, check, onChange, onShare }: Props) {
  const t = useTargetText();
  const err = (k: FieldKey) => {
    const e = check.errors[k];
    return e && formErrorText(t.errors, e);
  };
  const sum = check.shareSum;
  // Said next to the year, before any amount is typed: the year's days are not from a notice.
  const year = Number(form.year);
  const noData =
    form.dayRule === 'official' && !err('year') && form.year.trim() !== '' && !holidayYear(year)
      ? noDataMessage(year, t)
      : undefined;
  return (
    <div role="group" aria-label={t.form} className="tb-form">
      <div className="tb-row">
        <NumberField
          id={`${uid}-annual`}
          label={t.annual}
          value={form.annual}
          error={err('annual')}
          onChange={(v) => onChange({ annual: v })}
        />
        <div className="tb-year">
          <NumberField
            id={`${uid}-year`}
            label={t.year}
            value={form.year}
            error={err('year')}
            inputMode="numeric"
            describedBy={noData ? `${uid}-nodata` : undefined}
            onChange={(v) => onChange({ year: v })}
          />
          {noData && (
            <p id={`${uid}-nodata`} className="tb-nodata" role="status">
              {noData}
            </p>
          )}
        </div>
      </div>
      <Choice
        name={`${uid}-days`}
        legend={t.days}
        value={form.dayRule}
        options={[
          ['official', t.daysOfficial],
          ['weekdays', t.daysWeekdays],
        ]}
        onChange={(v) => onChange({ dayRule: v })}
      />
      <Choice
        name={`${uid}-qmode`}
        legend={t.split}
        value={form.shareMode}
        options={[
          ['equal', t.splitEqual],
          ['custom', t.splitCustom],
        ]}
        onChange={(v) => onChange({ shareMode: v })}
      >
        {form.shareMode === 'custom' && (
          <>
            <div className="tb-shares">
              {form.shares.map((s, i) => (
                <NumberField
                  key={i}
                  id={`${uid}-share${i}`}
                  label={fill(t.share, { quarter: t.quarters[i]! })}
                  value={s}
                  error={err(`share${i}` as FieldKey)}
                  describedBy={`${uid}-sum`}
                  onChange={(v) => onShare(i, v)}
                />
              ))}
            </div>
            <p
              id={`${uid}-sum`}
              className={sum?.missing === 0 ? 'tb-sum' : 'tb-sum tb-sum-off'}
              aria-live="polite"
            >
              {shareSumMessage(check, t)}
            </p>
          </>
        )}
      </Choice>
      <Choice
        name={`${uid}-mmode`}
        legend={t.monthMode}
        value={form.monthMode}
        options={[
          ['working-days', t.monthsByDays],
          ['equal', t.monthsEqual],
        ]}
        onChange={(v) => onChange({ monthMode: v })}
      />
    </div>
  );
}
