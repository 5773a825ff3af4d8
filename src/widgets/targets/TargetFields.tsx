import type { FieldKey, FormCheck, TargetForm } from '../../lib/targets/index.ts';
import { holidayYear, noDataMessage, shareSumMessage } from '../../lib/targets/index.ts';
import { NumberField } from '../common/NumberField.tsx';
import { Choice } from './Choice.tsx';
import { QUARTERS } from './labels.ts';

interface Props {
  uid: string;
  form: TargetForm;
  check: FormCheck;
  onChange: (patch: Partial<TargetForm>) => void;
  onShare: (index: number, typed: string) => void;
}

/** The annual target, the year, the quarters' shares and how months are split. */
export function TargetFields({ uid, form, check, onChange, onShare }: Props) {
  const err = (k: FieldKey) => check.errors[k];
  const sum = check.shareSum;
  // Said next to the year, before any amount is typed: the year's days are not from a notice.
  const year = Number(form.year);
  const noData =
    form.dayRule === 'official' && !err('year') && form.year.trim() !== '' && !holidayYear(year)
      ? noDataMessage(year)
      : undefined;
  return (
    <div role="group" aria-label="填写目标" className="tb-form">
      <div className="tb-row">
        <NumberField
          id={`${uid}-annual`}
          label="年度目标(元)"
          value={form.annual}
          error={err('annual')}
          onChange={(v) => onChange({ annual: v })}
        />
        <div className="tb-year">
          <NumberField
            id={`${uid}-year`}
            label="年份"
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
        legend="工作日"
        value={form.dayRule}
        options={[
          ['official', '按法定节假日和调休(国务院办公厅通知)'],
          ['weekdays', '只算周一至周五'],
        ]}
        onChange={(v) => onChange({ dayRule: v })}
      />
      <Choice
        name={`${uid}-qmode`}
        legend="季度分配"
        value={form.shareMode}
        options={[
          ['equal', '平均(每季度 25%)'],
          ['custom', '自定义占比'],
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
                  label={`${QUARTERS[i]}(%)`}
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
              {shareSumMessage(check)}
            </p>
          </>
        )}
      </Choice>
      <Choice
        name={`${uid}-mmode`}
        legend="月度分配方式(季度内分到三个月)"
        value={form.monthMode}
        options={[
          ['working-days', '按各月工作日天数'],
          ['equal', '平均分配'],
        ]}
        onChange={(v) => onChange({ monthMode: v })}
      />
    </div>
  );
}
