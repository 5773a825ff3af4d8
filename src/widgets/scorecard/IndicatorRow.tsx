import { formatNumber } from '../../lib/number/index.ts';
import { errorMessage, WARNING_MESSAGES } from '../../lib/scoring/index.ts';
import type { ErrorCode, Field, Indicator, IndicatorResult } from '../../lib/scoring/index.ts';
import { NumberField } from '../common/NumberField.tsx';

interface Props {
  uid: string;
  ind: Indicator;
  values: { plan: string; actual: string; value: string };
  weight: string;
  weightError: string | undefined;
  result: IndicatorResult;
  onField: (field: Field, value: string) => void;
  onWeight: (value: string) => void;
}

/** Empty fields are not errors while typing; the summary says what is missing. */
const showError = (code: ErrorCode | undefined) => (code && code !== 'empty' ? code : undefined);

/** One indicator of the sheet: its inputs, weight, and the live figures. */
export function IndicatorRow({
  uid,
  ind,
  values,
  weight,
  weightError,
  result,
  onField,
  onWeight,
}: Props) {
  const id = `${uid}-${ind.id}`;
  const err = (f: Field) => {
    const code = showError(result.fieldErrors[f]);
    return code ? errorMessage(code) : undefined;
  };
  const unit = ind.unit ? `(${ind.unit})` : '';
  const xLabel = ind.kind === 'ratio' ? '完成率' : ind.kind === 'percent' ? '数值' : '评分';
  return (
    <fieldset className="ind">
      <legend>{ind.label}</legend>
      <div className="ind-inputs">
        {ind.kind === 'ratio' ? (
          <>
            <NumberField
              id={`${id}-plan`}
              hiddenPrefix={ind.label}
              label={`计划${unit}`}
              value={values.plan}
              error={err('plan')}
              onChange={(v) => onField('plan', v)}
            />
            <NumberField
              id={`${id}-actual`}
              hiddenPrefix={ind.label}
              label={`实际${unit}`}
              value={values.actual}
              error={err('actual')}
              onChange={(v) => onField('actual', v)}
            />
          </>
        ) : (
          <NumberField
            id={`${id}-value`}
            hiddenPrefix={ind.label}
            label={ind.kind === 'percent' ? '数值(%)' : '评分(0–100 分)'}
            value={values.value}
            error={err('value')}
            onChange={(v) => onField('value', v)}
          />
        )}
        <NumberField
          id={`${id}-weight`}
          hiddenPrefix={ind.label}
          label="权重(%)"
          value={weight}
          error={weightError}
          onChange={onWeight}
        />
      </div>
      <p className="ind-out">
        {result.x === undefined ? (
          <span className="muted">
            {result.status === 'invalid' ? '请先改正上面的输入' : '填写后显示得分'}
          </span>
        ) : (
          <>
            <span>
              {xLabel}{' '}
              <strong>
                {formatNumber(result.x)}
                {ind.kind === 'score' ? ' 分' : '%'}
              </strong>
            </span>
            {result.level && <span className={`level level-${result.level}`}>{result.level}</span>}
            <span>
              得分 <strong>{formatNumber(result.points ?? 0)}</strong>
            </span>
            <span>
              × {formatNumber(result.weight)}% ={' '}
              <strong>{formatNumber(result.weighted ?? 0)}</strong>
            </span>
          </>
        )}
      </p>
      {result.warnings.map((w) => (
        <p key={w} className="ind-warn">
          {WARNING_MESSAGES[w]}
        </p>
      ))}
    </fieldset>
  );
}
