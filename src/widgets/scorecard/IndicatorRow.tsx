import { formatNumber } from '../../lib/number/index.ts';
import type { ErrorCode, Field, Indicator, IndicatorResult } from '../../lib/scoring/index.ts';
import { NumberField } from '../common/NumberField.tsx';
import { Fill } from '../common/words.tsx';
import { useGraderText } from './grader-text.tsx';

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
  const { t, error, name, text, level } = useGraderText();
  const id = `${uid}-${ind.id}`;
  const err = (f: Field) => {
    const code = showError(result.fieldErrors[f]);
    return code ? error(code) : undefined;
  };
  const label = name(ind);
  const withUnit = (what: string) =>
    ind.unit ? (
      <>
        {what}
        <Fill template={t.unit} slots={{ unit: text(ind.unit) }} />
      </>
    ) : (
      what
    );
  const xLabel = ind.kind === 'ratio' ? t.xRate : ind.kind === 'percent' ? t.xValue : t.xScore;
  return (
    <fieldset className="ind">
      <legend>{label}</legend>
      <div className="ind-inputs">
        {ind.kind === 'ratio' ? (
          <>
            <NumberField
              id={`${id}-plan`}
              hiddenPrefix={label}
              label={withUnit(t.plan)}
              value={values.plan}
              error={err('plan')}
              onChange={(v) => onField('plan', v)}
            />
            <NumberField
              id={`${id}-actual`}
              hiddenPrefix={label}
              label={withUnit(t.actual)}
              value={values.actual}
              error={err('actual')}
              onChange={(v) => onField('actual', v)}
            />
          </>
        ) : (
          <NumberField
            id={`${id}-value`}
            hiddenPrefix={label}
            label={ind.kind === 'percent' ? t.valuePct : t.score}
            value={values.value}
            error={err('value')}
            onChange={(v) => onField('value', v)}
          />
        )}
        <NumberField
          id={`${id}-weight`}
          hiddenPrefix={label}
          label={t.weightPct}
          value={weight}
          error={weightError}
          onChange={onWeight}
        />
      </div>
      <p className="ind-out">
        {result.x === undefined ? (
          <span className="muted">{result.status === 'invalid' ? t.fixAbove : t.fillFirst}</span>
        ) : (
          <>
            <span>
              {xLabel}{' '}
              <strong>
                {formatNumber(result.x)}
                {ind.kind === 'score' ? t.pointsAfter : '%'}
              </strong>
            </span>
            {result.level && (
              <span className={`level level-${result.level}`}>{level(result.level)}</span>
            )}
            <span>
              {t.points} <strong>{formatNumber(result.points ?? 0)}</strong>
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
          {error(w)}
        </p>
      ))}
    </fieldset>
  );
}
